#!/usr/bin/env bash
# Builds the base root file system with debootstrap into DIR (which must not exist or be empty),
# ready for `tar -C DIR -c . | docker import -`. Called by ../build-images.sh when no registry
# answers. Needs root. The Debian mirror is read from the host's apt sources at run time; no
# mirror host name is written in this repository.
#
#   make-rootfs.sh DIR
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
# shellcheck source=rootfs.conf
. "$here/rootfs.conf"

die() { echo "make-rootfs: $*" >&2; exit 1; }

[[ $# -eq 1 ]] || die "usage: make-rootfs.sh DIR"
dir=$1
[[ $(id -u) -eq 0 ]] || die "debootstrap needs root"

# Prints "URI SUITE" for every enabled binary ("deb") source the host's apt knows.
host_apt_sources() {
  local f
  for f in /etc/apt/sources.list.d/*.sources; do
    [[ -r $f ]] || continue
    awk 'BEGIN { RS = ""; FS = "\n" }
      {
        types = ""; uris = ""; suites = ""; enabled = "yes"
        for (i = 1; i <= NF; i++) {
          line = $i
          if (line ~ /^[ \t]*#/) continue
          if (match(line, /^[A-Za-z-]+:/)) {
            key = tolower(substr(line, 1, RLENGTH - 1)); val = substr(line, RLENGTH + 1)
            if (key == "types") types = val
            else if (key == "uris") uris = val
            else if (key == "suites") suites = val
            else if (key == "enabled") enabled = tolower(val)
          }
        }
        gsub(/^[ \t]+|[ \t]+$/, "", enabled)
        if (enabled == "no" || (" " types " ") !~ /[ \t]deb[ \t]/) next
        nu = split(uris, u, /[ \t]+/); ns = split(suites, s, /[ \t]+/)
        for (a = 1; a <= nu; a++) for (b = 1; b <= ns; b++)
          if (u[a] != "" && s[b] != "") print u[a], s[b]
      }' "$f"
  done
  local lists=()
  [[ -r /etc/apt/sources.list ]] && lists+=(/etc/apt/sources.list)
  for f in /etc/apt/sources.list.d/*.list; do [[ -r $f ]] && lists+=("$f"); done
  if ((${#lists[@]})); then
    # deb [options] URI SUITE COMPONENT...
    sed -E -e 's/#.*//' -e 's/\[[^]]*\]//' "${lists[@]}" | awk '$1 == "deb" && NF >= 3 { print $2, $3 }'
  fi
}

sources=$(host_apt_sources)
mirror=$(awk -v s="$SUITE" '$2 == s { print $1; exit }' <<<"$sources")
security=$(awk -v s="$SUITE-security" '$2 == s { print $1; exit }' <<<"$sources")
if [[ -z $mirror ]]; then
  # A host on another release: use the URI of its first main (non-security) source.
  mirror=$(awk '$2 !~ /-security$/ { print $1; exit }' <<<"$sources")
fi
[[ -n $mirror ]] || die "no Debian mirror found in /etc/apt/sources.list or /etc/apt/sources.list.d/*.sources"

if ! command -v debootstrap >/dev/null 2>&1; then
  echo "make-rootfs: installing debootstrap"
  export DEBIAN_FRONTEND=noninteractive
  # TMPDIR: apt's unprivileged _apt user must be able to write there (on some hosts /tmp is 0700).
  export TMPDIR=/var/tmp
  apt-get update -qq || die "apt-get update failed (is the package mirror reachable?)"
  apt-get install -y -qq --no-install-recommends debootstrap >/dev/null || die "apt-get install debootstrap failed"
fi

mkdir -p "$dir"
echo "make-rootfs: debootstrap --variant=$VARIANT $SUITE from $mirror"
debootstrap --variant="$VARIANT" "$SUITE" "$dir" "$mirror" >"$dir.debootstrap.log" 2>&1 || {
  tail -n 30 "$dir.debootstrap.log" >&2
  die "debootstrap failed; full log in $dir.debootstrap.log"
}
rm -f "$dir.debootstrap.log"

# apt sources inside the image: the same mirror as the host (plus updates and security).
keyring=/usr/share/keyrings/debian-archive-keyring.gpg
signed_by=""
[[ -f $dir$keyring ]] && signed_by="Signed-By: $keyring"
rm -f "$dir/etc/apt/sources.list"
{
  printf 'Types: deb\nURIs: %s\nSuites: %s %s-updates\nComponents: main\n%s\n' \
    "$mirror" "$SUITE" "$SUITE" "$signed_by"
  if [[ -n $security ]]; then
    printf '\nTypes: deb\nURIs: %s\nSuites: %s-security\nComponents: main\n%s\n' \
      "$security" "$SUITE" "$signed_by"
  fi
} | sed '/^$/N;/^\n$/D' >"$dir/etc/apt/sources.list.d/debian.sources"

# Leave out what a runtime image never needs: docs, package lists, caches, logs, host files.
find "$dir/usr/share/doc" -mindepth 1 ! -name copyright ! -type d -delete 2>/dev/null || true
find "$dir/usr/share/doc" -mindepth 1 -type d -empty -delete 2>/dev/null || true
rm -rf "$dir"/usr/share/{man,info,groff,lintian,linda,locale}/* \
       "$dir"/var/lib/apt/lists/* "$dir"/var/cache/apt/* "$dir"/var/cache/debconf/*-old \
       "$dir"/var/log/* "$dir"/tmp/* "$dir"/var/tmp/*
: >"$dir/etc/resolv.conf"
: >"$dir/etc/hostname"
: >"$dir/etc/machine-id" 2>/dev/null || true
echo "make-rootfs: done ($(du -sh "$dir" | cut -f1))"
