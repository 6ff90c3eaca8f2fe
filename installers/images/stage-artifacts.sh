#!/usr/bin/env bash
# Makes the docker build context of a language whose toolchain is no Debian package: a copy of its
# folder, plus what the folder names, fetched on this host with the registry's own client (its
# settings and mirrors, as for the project's build). Called by build-images.sh only when the image
# is missing, so a built image costs no registry look-up.
#
#   stage-artifacts.sh LANG_DIR CONTEXT_DIR
#
#   LANG_DIR/compiler-pom.xml  a pom whose dependencies are the toolchain: Maven copies them, with
#                              their transitive dependencies and without versions in the file
#                              names, into CONTEXT_DIR/lib/
#   LANG_DIR/npm-packages      name@version lines (# comments): npm installs them into
#                              CONTEXT_DIR/node/node_modules/
set -euo pipefail

die() { echo "stage-artifacts: error: $*" >&2; exit 1; }
(($# == 2)) || die "usage: stage-artifacts.sh LANG_DIR CONTEXT_DIR"
src=$1
ctx=$2
[[ -d $src ]] || die "no folder $src"
mkdir -p "$ctx"
cp -a "$src/." "$ctx/"

if [[ -f $src/compiler-pom.xml ]]; then
  command -v mvn >/dev/null 2>&1 || die "$src/compiler-pom.xml needs Maven (mvn) on this host"
  # The plugin's version is pinned: Maven 3.8's default (2.8) is too old for these options.
  # Its output only on failure: even a quiet Maven prints colour resets.
  if ! out=$(mvn -B -q --no-transfer-progress -Dstyle.color=never -f "$ctx/compiler-pom.xml" \
      org.apache.maven.plugins:maven-dependency-plugin:3.8.1:copy-dependencies \
      -DoutputDirectory="$ctx/lib" -Dmdep.stripVersion=true -DincludeScope=runtime 2>&1); then
    printf '%s\n' "$out" >&2
    die "Maven could not fetch the artifacts of $src/compiler-pom.xml"
  fi
  rm -f "$ctx/compiler-pom.xml"
fi

if [[ -f $src/npm-packages ]]; then
  command -v npm >/dev/null 2>&1 || die "$src/npm-packages needs npm on this host"
  mapfile -t packages < <(sed -e 's/#.*//' -e 's/[[:space:]]//g' "$src/npm-packages" | grep -v '^$')
  ((${#packages[@]})) || die "$src/npm-packages names no package"
  mkdir -p "$ctx/node"
  # Exact versions, no lock file (it would record the registry's address), no scripts run.
  npm install --prefix "$ctx/node" --no-save --no-package-lock --no-audit --no-fund --ignore-scripts \
      --omit=dev --loglevel=error "${packages[@]}" >/dev/null \
    || die "npm could not install ${packages[*]}"
  # npm's own record of the install names the registry it used; the image needs none of it.
  rm -f "$ctx/npm-packages" "$ctx/node/node_modules/.package-lock.json" "$ctx/node/package.json" "$ctx/node/package-lock.json"
fi
