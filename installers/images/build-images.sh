#!/usr/bin/env bash
# Builds the LabJudge runtime images that are missing, and tags each language image
# <repo>/<lang>:current for the executor node. Everything already present is skipped, so a
# second run takes a second or two.
#
#   build-images.sh [LANG...]      (no LANG: every folder next to this script that has a Dockerfile)
#
# Tags carry the recipe's hash:
#   labjudge/base-rootfs:<h12>  h = sha256 of base/rootfs.conf + base/make-rootfs.sh
#   labjudge/base:<h12>         h = sha256 of the files in base/
#   labjudge/<lang>:<h12>       h = sha256 of the files in <lang>/ plus the base tag
#   labjudge/<lang>:current     the image above; what the node runs
#
# Superseded images (older <h12> tags of the images built here, and the agent's build stages left
# dangling by rebuilds) are removed, unless a container still uses them.
#
# Environment: LABJUDGE_IMAGE_REPO (default labjudge), LABJUDGE_BUILD_LOG_DIR (default
# /tmp/labjudge-image-builds), LABJUDGE_BUILD_VERBOSE=1 (stream docker build output),
# LABJUDGE_PRUNE_IMAGES=0 (keep superseded images, e.g. for a node pinned to an <h12> tag).
set -euo pipefail

images_dir=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo=${LABJUDGE_IMAGE_REPO:-labjudge}
log_dir=${LABJUDGE_BUILD_LOG_DIR:-/tmp/labjudge-image-builds}
verbose=${LABJUDGE_BUILD_VERBOSE:-0}
export DOCKER_BUILDKIT=0   # the legacy builder: this CLI has no buildx

die() { echo "build-images: error: $*" >&2; exit 1; }
say() { echo "build-images: $*"; }
now_ms() { date +%s%3N; }
secs_since() { local d=$(($(now_ms) - $1)); printf '%d.%01ds' $((d / 1000)) $((d % 1000 / 100)); }

case ${1:-} in
  -h|--help) sed -n '2,21p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; exit 0 ;;
esac

command -v docker >/dev/null 2>&1 || die "the docker CLI is not on the PATH"
docker info >/dev/null 2>&1 \
  || die "no Docker engine answers; start one (as root: installers/scripts/ensure-docker.sh)"

known=()
for d in "$images_dir"/*/; do
  name=$(basename "$d")
  [[ $name != base && -f $d/Dockerfile ]] && known+=("$name")
done
if (($# == 0)); then
  langs=("${known[@]}")
else
  langs=()
  for lang in "$@"; do
    [[ " ${known[*]} " == *" $lang "* ]] || die "unknown language '$lang' (known: ${known[*]})"
    langs+=("$lang")
  done
fi

# One build at a time on this engine (a test run and an install script may start together).
mkdir -p "$log_dir"
exec 9>"$log_dir/.lock"
flock -w 3600 9 || die "another build-images.sh still holds $log_dir/.lock"

# sha256 over the relative paths and contents of the files in DIR, then any EXTRA lines.
recipe_hash() {
  local dir=$1; shift
  {
    (cd "$dir" && find . -type f -print0 | LC_ALL=C sort -z | xargs -0 sha256sum)
    (($# == 0)) || printf '%s\n' "$@"
  } | sha256sum | cut -c1-64
}
image_exists() { docker image inspect "$1" >/dev/null 2>&1; }

# Removes the tags of $repo/NAME other than :current and KEEP. An image that a container still uses
# is refused by docker and stays (the next build tries again); a tag of the image kept is only a tag.
prune_superseded() {
  local name=$1 keep=$2 ref
  [[ ${LABJUDGE_PRUNE_IMAGES:-1} != 0 ]] || return 0
  while read -r ref; do
    [[ -z $ref || $ref == "$repo/$name:current" || $ref == "$keep" ]] && continue
    if docker rmi "$ref" >/dev/null 2>&1; then say "removed superseded $ref"; fi
  done < <(docker images "$repo/$name" --format '{{.Repository}}:{{.Tag}}')
}

# Runs docker build, its output in $log_dir/NAME.log (and on the terminal when verbose).
docker_build() {
  local name=$1; shift
  local log="$log_dir/$name.log"
  if [[ $verbose == 1 ]]; then
    docker build --force-rm --network host "$@" 2>&1 | tee "$log" >&2 \
      || die "building $name failed; log in $log"
  elif ! docker build --force-rm --network host "$@" >"$log" 2>&1; then
    tail -n 40 "$log" >&2
    die "building $name failed; full log in $log"
  fi
}

start_all=$(now_ms)
summary=()
declare -A lang_tags=()

# --- base -------------------------------------------------------------------------------------
base_dir=$images_dir/base
[[ -f $base_dir/Dockerfile && -f $base_dir/rootfs.conf ]] || die "missing $base_dir/Dockerfile or rootfs.conf"
base_hash=$(recipe_hash "$base_dir")
base_tag=$repo/base:${base_hash:0:12}
rootfs_hash=$(cat "$base_dir/rootfs.conf" "$base_dir/make-rootfs.sh" | sha256sum | cut -c1-64)
rootfs_tag=$repo/base-rootfs:${rootfs_hash:0:12}

if image_exists "$base_tag"; then
  summary+=("base|$base_tag|present, skipped")
else
  t0=$(now_ms)
  if image_exists "$rootfs_tag"; then
    say "root file system $rootfs_tag present"
  else
    # shellcheck source=base/rootfs.conf
    pull_image=$(. "$base_dir/rootfs.conf"; echo "$PULL_IMAGE")
    say "trying docker pull $pull_image (20 s at most)"
    if timeout 20 docker pull "$pull_image" >"$log_dir/pull.log" 2>&1; then
      docker tag "$pull_image" "$rootfs_tag"
      say "root file system: pulled $pull_image"
    else
      say "no registry answered; building the root file system with debootstrap"
      [[ $(id -u) -eq 0 ]] || die "debootstrap needs root: run this script as root once (later runs skip it)"
      work=$(mktemp -d /var/tmp/labjudge-rootfs.XXXXXX)
      trap 'rm -rf "$work"' EXIT
      "$base_dir/make-rootfs.sh" "$work/root"
      tar --numeric-owner -C "$work/root" -c . \
        | docker import -m "labjudge debootstrap root, recipe $rootfs_hash" - "$rootfs_tag" >/dev/null \
        || die "docker import of the root file system failed"
      rm -rf "$work"
      trap - EXIT
    fi
    say "root file system $rootfs_tag ready after $(secs_since "$t0")"
  fi
  t1=$(now_ms)
  docker_build base -t "$base_tag" --build-arg "ROOTFS=$rootfs_tag" --build-arg "RECIPE=$base_hash" "$base_dir"
  summary+=("base|$base_tag|built in $(secs_since "$t0") (image $(secs_since "$t1"))")
fi
docker tag "$base_tag" "$repo/base:current"

# --- languages --------------------------------------------------------------------------------
for lang in "${langs[@]}"; do
  hash=$(recipe_hash "$images_dir/$lang" "base=$base_tag")
  tag=$repo/$lang:${hash:0:12}
  if image_exists "$tag"; then
    summary+=("$lang|$tag|present, skipped")
  else
    say "building $tag"
    t0=$(now_ms)
    docker_build "$lang" -t "$tag" --build-arg "BASE=$base_tag" --build-arg "RECIPE=$hash" "$images_dir/$lang"
    summary+=("$lang|$tag|built in $(secs_since "$t0")")
  fi
  docker tag "$tag" "$repo/$lang:current"
  lang_tags[$lang]=$tag
done

prune_superseded base-rootfs "$rootfs_tag"
prune_superseded base "$base_tag"
for lang in "${langs[@]}"; do
  prune_superseded "$lang" "${lang_tags[$lang]}"
done
if [[ ${LABJUDGE_PRUNE_IMAGES:-1} != 0 ]]; then
  docker image prune -f --filter label=org.labjudge.stage=agent-build >/dev/null 2>&1 || true
fi

for line in "${summary[@]}"; do
  IFS='|' read -r what tag status <<<"$line"
  printf 'build-images: %-11s %-32s %s\n' "$what" "$tag" "$status"
done
say "done in $(secs_since "$start_all"); language images tagged $repo/<lang>:current"
