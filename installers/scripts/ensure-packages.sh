#!/usr/bin/env bash
# Debian packages the build, the test suite, the packaging and the main job use beyond Java and
# Maven. Each is checked by its dpkg status (not by a command on the PATH: libraries have none),
# and only the missing ones are installed; needs root for that. The Docker engine and debootstrap
# are installed by ensure-docker.sh and make-rootfs.sh, where they are needed.
#
#   ensure-packages.sh [PACKAGE...]   also the packages named (a tool that needs more, e.g. bin/test-cgroup2)
set -euo pipefail

# package        used by
packages=(
  fakeroot       # jpackage --type deb
  systemd        # systemd-analyze verify of the node's unit
  xvfb           # xvfb-run: the packaging's AppCDS training start, bin/app-cds, cold-start benchmark
  xauth          # xvfb-run needs it; a Recommends of xvfb, which --no-install-recommends skips
  x11-utils      # xwininfo: waits for the training window
  libgtk-3-0     # JavaFX's glass toolkit in a real window ("Unable to load glass GTK library")
  curl           # bin/start waits for the node's health
  clangd         # the editor's C/C++ language server (completion, diagnostics) and ServerConnectionTest
  "$@"
)
# npm fetches TypeScript's compiler for its image on this host (installers/images/stage-artifacts.sh;
# Maven does Kotlin's and Scala's). Checked by its command, not its package: a Node.js from elsewhere
# (NodeSource's bundles npm) serves as well, and its package conflicts with Debian's npm.
command -v npm >/dev/null 2>&1 || packages+=(npm)

installed() { [[ $(dpkg-query -W -f='${db:Status-Abbrev}' "$1" 2>/dev/null) == ii* ]]; }

missing=()
for p in "${packages[@]}"; do
  installed "$p" || missing+=("$p")
done
if ((${#missing[@]} == 0)); then
  echo "packages: all present"
  exit 0
fi
if [[ $(id -u) -ne 0 ]]; then
  echo "packages: missing ${missing[*]}; install them (apt-get install ${missing[*]}) or run as root" >&2
  exit 1
fi
echo "packages: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
