#!/usr/bin/env bash
# The Debian mirror this host's apt uses, for tools that bootstrap a Debian root (debootstrap) so
# they reach what apt reaches. No mirror host name is written in this repository.
#
#   source apt-mirror.sh; apt_mirror SUITE           -> URI of SUITE's source (else the first main one)
#                         apt_security_mirror SUITE  -> URI of SUITE-security's source, or nothing

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

apt_mirror() {
  local suite=$1 sources mirror
  sources=$(host_apt_sources)
  mirror=$(awk -v s="$suite" '$2 == s { print $1; exit }' <<<"$sources")
  # A host on another release: the URI of its first main (non-security) source.
  [[ -n $mirror ]] || mirror=$(awk '$2 !~ /-security$/ { print $1; exit }' <<<"$sources")
  printf '%s\n' "$mirror"
}

apt_security_mirror() {
  awk -v s="$1-security" '$2 == s { print $1; exit }' <<<"$(host_apt_sources)"
}
