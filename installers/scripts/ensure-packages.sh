#!/usr/bin/env bash
# Debian packages the test suite and the packaging need beyond Java and Maven: fakeroot and
# dpkg-deb (jpackage .deb), systemd (systemd-analyze verify), xvfb and x11-utils (the desktop
# app's window under a virtual display). Installs only what is missing; needs root for that.
set -euo pipefail
missing=()
command -v fakeroot >/dev/null || missing+=(fakeroot)
command -v systemd-analyze >/dev/null || missing+=(systemd)
command -v xvfb-run >/dev/null || missing+=(xvfb)
command -v xwininfo >/dev/null || missing+=(x11-utils)
command -v curl >/dev/null || missing+=(curl)
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
