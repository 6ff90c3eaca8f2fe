#!/usr/bin/env bash
# Builds the LabJudge runtime images that are missing, and tags each language image
# <repo>/<lang>:current for the executor node. Everything already present is skipped, so a
# second run takes a second or two.
#
#   build-images.sh [LANG...]                 (no LANG: every folder next to this script that has a Dockerfile)
#   build-images.sh --config NODE_JSON        the languages the node's config lists in "languages"
#                                              (none listed, or no such setting: every language)
#
# Tags carry the recipe's hash:
#   labjudge/base-rootfs:<h12>  h = sha256 of base/rootfs.conf + base/make-rootfs.sh
#   labjudge/base:<h12>         h = sha256 of the files in base/
#   labjudge/<lang>:<h12>       h = sha256 of the files in <lang>/ plus the base tag, or plus the tag
#                               of the language image <lang>/builds-on names (built first)
#   labjudge/<lang>:current     the image above; what the node runs
#
# A language folder may name a toolchain from Maven Central or the npm registry (compiler-pom.xml,
# npm-packages): stage-artifacts.sh fetches it on this host into the build context first.
#
# The summary gives each image's build time and size.
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
  -h|--help) sed -n '2,27p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; exit 0 ;;
esac

# The ids of a node config's "languages" list, one a line (nothing when it has none). The file is
# the node's own JSON; a flat list of strings is all this reads, so sed does without a JSON tool.
config_languages() {
  [[ -r $1 ]] || die "cannot read the node config $1"
  tr '\n' ' ' <"$1" | sed -n 's/.*"languages"[[:space:]]*:[[:space:]]*\[\([^]]*\)\].*/\1/p' \
    | tr ',' '\n' | sed -e 's/^[[:space:]]*"//' -e 's/"[[:space:]]*$//' | grep -v '^[[:space:]]*$' || true
}
if [[ ${1:-} == --config ]]; then
  (($# == 2)) || die "usage: build-images.sh --config NODE_JSON"
  mapfile -t chosen < <(config_languages "$2")
  say "node config $2: ${chosen[*]:-every language}"
  set -- "${chosen[@]}"
fi

command -v docker >/dev/null 2>&1 || die "the docker CLI is not on the PATH"
docker info >/dev/null 2>&1 \
  || die "no Docker engine answers; start one (as root: installers/scripts/ensure-docker.sh)"

known=()
for d in "$images_dir"/*/; do
  name=$(basename "$d")
  [[ $name != base && -f $d/Dockerfile ]] && known+=("$name")
done
every_language=0
if (($# == 0)); then
  every_language=1
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

# Removes the recipe tags (<h12>) of $repo/NAME other than KEEP. An image that a container still uses
# is refused by docker and stays (the next build tries again); a tag of the image kept is only a tag.
prune_superseded() {
  local name=$1 keep=$2 ref
  [[ ${LABJUDGE_PRUNE_IMAGES:-1} != 0 ]] || return 0
  while read -r ref; do
    [[ -z $ref || $ref == "$repo/$name:current" || $ref == "$keep" ]] && continue
    # Only recipe tags: others (a test node's own tag of :current) belong to whoever made them.
    [[ ${ref##*:} =~ ^[0-9a-f]{12}$ ]] || continue
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

# The image's size as the engine reports it (its layers, the base's included), e.g. 412 MB.
image_size() { docker image inspect -f '{{.Size}}' "$1" | awk '{ printf "%d MB", $1 / 1000000 }'; }

# The build context of a language: its folder, or a staged copy with the toolchain it names.
context_dir() {
  local dir=$images_dir/$1
  if [[ -f $dir/compiler-pom.xml || -f $dir/npm-packages ]]; then
    local ctx="$stage_root/$1"
    say "fetching the toolchain $1 names (stage-artifacts.sh)" >&2
    "$images_dir/stage-artifacts.sh" "$dir" "$ctx" >&2
    echo "$ctx"
  else
    echo "$dir"
  fi
}
stage_root=$(mktemp -d /var/tmp/labjudge-stage.XXXXXX 2>/dev/null || mktemp -d)
trap 'rm -rf "$stage_root"' EXIT

# A folder with a builds-on file (one language id) is built FROM that language's image instead of
# the base (kotlin and scala on java's JDK): that image is built first, chosen or not, and its tag
# is part of the hash, so a rebuilt java rebuilds them too.
parent_of() {
  local file=$images_dir/$1/builds-on
  [[ -f $file ]] || return 0
  local parent
  parent=$(tr -d '[:space:]' <"$file")
  [[ " ${known[*]} " == *" $parent "* ]] || die "$1/builds-on names '$parent', which has no image folder"
  echo "$parent"
}
# The recipe hash of a language image: its folder and the tag of the image it is built FROM.
recipe_of() {
  local parent from=$base_tag depth=${2:-0}
  ((depth < 8)) || die "the builds-on files from $1 on form a cycle"
  parent=$(parent_of "$1")
  [[ -z $parent ]] || from=$repo/$parent:$(recipe_of "$parent" $((depth + 1)) | cut -c1-12)
  recipe_hash "$images_dir/$1" "base=$from"
}

# What this host lacks to build LANG's missing image (or an image it builds on): the registry
# client that fetches its toolchain (stage-artifacts.sh), as an install hint; nothing if none.
missing_tool() {
  local lang=$1 dir=$images_dir/$1 parent
  image_exists "$repo/$lang:$(recipe_of "$lang" | cut -c1-12)" && return 0
  if [[ -f $dir/compiler-pom.xml ]] && ! command -v mvn >/dev/null 2>&1; then
    echo "Maven (the mvn command; on Debian: apt-get install maven)"
  elif [[ -f $dir/npm-packages ]] && ! command -v npm >/dev/null 2>&1; then
    echo "npm (on Debian: apt-get install npm)"
  else
    parent=$(parent_of "$lang")
    [[ -z $parent ]] || missing_tool "$parent"
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

# A toolchain from Maven Central or the npm registry is fetched on this host. Without the tool, a
# language chosen by name stops the build before anything is built; with every language asked
# for, the others are built and those are left out, with a warning (the node then does not offer them).
blocked=()
kept=()
skipped=()
for lang in "${langs[@]}"; do
  tool=$(missing_tool "$lang")
  if [[ -z $tool ]]; then
    kept+=("$lang")
  else
    blocked+=("$lang needs $tool")
  fi
done
if ((${#blocked[@]})); then
  if ((every_language)); then
    for line in "${blocked[@]}"; do
      echo "build-images: warning: skipping ${line%% *}: its toolchain is fetched by ${line#* needs }; install that and run again to add it" >&2
      skipped+=("${line%% *}|not built|needs ${line#* needs }")
    done
    langs=("${kept[@]}")
  else
    printf 'build-images: error: %s, to fetch its toolchain\n' "${blocked[@]}" >&2
    die "install what is named above and run again, or leave those languages out (the node config's \"languages\")"
  fi
fi

if image_exists "$base_tag"; then
  summary+=("base|$base_tag|present, skipped, $(image_size "$base_tag")")
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
      trap 'rm -rf "$work" "$stage_root"' EXIT
      "$base_dir/make-rootfs.sh" "$work/root"
      tar --numeric-owner -C "$work/root" -c . \
        | docker import -m "labjudge debootstrap root, recipe $rootfs_hash" - "$rootfs_tag" >/dev/null \
        || die "docker import of the root file system failed"
      rm -rf "$work"
      trap 'rm -rf "$stage_root"' EXIT
    fi
    say "root file system $rootfs_tag ready after $(secs_since "$t0")"
  fi
  t1=$(now_ms)
  docker_build base -t "$base_tag" --build-arg "ROOTFS=$rootfs_tag" --build-arg "RECIPE=$base_hash" "$base_dir"
  summary+=("base|$base_tag|built in $(secs_since "$t0") (image $(secs_since "$t1")), $(image_size "$base_tag")")
fi
docker tag "$base_tag" "$repo/base:current"

# --- languages --------------------------------------------------------------------------------
declare -A building=()
build_language() {
  local lang=$1 from=$base_tag parent hash tag t0 ctx
  [[ -n ${lang_tags[$lang]:-} ]] && return 0
  [[ -z ${building[$lang]:-} ]] || die "the builds-on files of $lang form a cycle"
  building[$lang]=1
  parent=$(parent_of "$lang")
  if [[ -n $parent ]]; then
    build_language "$parent"
    from=${lang_tags[$parent]}
  fi
  hash=$(recipe_of "$lang")
  tag=$repo/$lang:${hash:0:12}
  if image_exists "$tag"; then
    summary+=("$lang|$tag|present, skipped, $(image_size "$tag")")
  else
    say "building $tag${parent:+ on $from}"
    t0=$(now_ms)
    ctx=$(context_dir "$lang")
    docker_build "$lang" -t "$tag" --build-arg "BASE=$from" --build-arg "RECIPE=$hash" "$ctx"
    summary+=("$lang|$tag|built in $(secs_since "$t0"), $(image_size "$tag")")
  fi
  docker tag "$tag" "$repo/$lang:current"
  lang_tags[$lang]=$tag
}
for lang in "${langs[@]}"; do
  build_language "$lang"
done

prune_superseded base-rootfs "$rootfs_tag"
prune_superseded base "$base_tag"
for lang in "${!lang_tags[@]}"; do
  prune_superseded "$lang" "${lang_tags[$lang]}"
done
if [[ ${LABJUDGE_PRUNE_IMAGES:-1} != 0 ]]; then
  docker image prune -f --filter label=org.labjudge.stage=agent-build >/dev/null 2>&1 || true
fi

for line in "${summary[@]}" "${skipped[@]}"; do
  IFS='|' read -r what tag status <<<"$line"
  printf 'build-images: %-11s %-32s %s\n' "$what" "$tag" "$status"
done
say "done in $(secs_since "$start_all"); language images tagged $repo/<lang>:current"
