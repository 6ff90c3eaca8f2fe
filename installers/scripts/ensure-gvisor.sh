#!/usr/bin/env bash
# Makes gVisor's runsc a runtime of the running Docker engine, for a node whose config says
# "runtime": "runsc". Installs Debian's runsc when it is missing or too old to have the systrap
# platform, adds it to the engine's daemon.json (with --platform=systrap) and makes the engine re-read
# its configuration with SIGHUP: the engine is never stopped or restarted, so its running containers
# (and other users of it) are not touched. Skips what is already there.
#
#   ensure-gvisor.sh            (as root for the first run; later runs only check)
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
CONFIG=${LABJUDGE_DOCKERD_CONFIG:-/etc/docker/daemon.json}
RUNTIME=runsc
# systrap: gVisor's default platform since 2023. Under ptrace, the only one of Debian 12's runsc
# (0.0~20221219), a fork bomb made gVisor's own kernel take hundreds of host threads a second until
# the sandbox died, and a program beside it was charged ten times its CPU time (docs/sandbox.md). kvm
# needs a /dev/kvm that runs a stock kernel, which this kind of machine lacks.
PLATFORM=systrap
# The first Debian release whose runsc has systrap (0.0~20240729). A static Go binary with no
# dependencies, so its package installs on Debian 12 as it is.
SYSTRAP_SUITE=trixie

has_runtime() { docker info --format '{{json .Runtimes}}' 2>/dev/null | grep -q "\"$RUNTIME\""; }
# The runtime as this script registers it: an older entry (ptrace, or without --network=none) is rewritten.
registered() {
  has_runtime && grep -q -- "--platform=$PLATFORM" "$CONFIG" 2>/dev/null && grep -q -- '--network=none' "$CONFIG" 2>/dev/null
}
has_platform() { command -v runsc >/dev/null && runsc flags 2>&1 | grep -q -- "$PLATFORM"; }

# Debian 13's runsc, fetched with a source list of its own (the host's mirror, the host's archive
# keys) into a directory of its own: the host's apt sources are not changed.
install_systrap_runsc() {
  source "$root/installers/scripts/apt-mirror.sh"
  local mirror work apt
  # The mirror of the host's own Debian release (a third-party source may come first in the lists).
  mirror=$(apt_mirror "$(. /etc/os-release && echo "${VERSION_CODENAME:-}")")
  [[ -n $mirror ]] || { echo "gvisor: no Debian source in the host's apt to fetch runsc from" >&2; exit 1; }
  work=$(mktemp -d)
  trap 'rm -rf "$work"' RETURN
  mkdir -p "$work/lists/partial" "$work/cache/archives/partial"
  echo "deb [signed-by=/usr/share/keyrings/debian-archive-keyring.gpg] $mirror $SYSTRAP_SUITE main" >"$work/sources.list"
  apt=(-q -o "Dir::Etc::sourcelist=$work/sources.list" -o Dir::Etc::sourceparts=/dev/null
    -o "Dir::State::Lists=$work/lists" -o "Dir::Cache=$work/cache" -o APT::Sandbox::User=root)
  echo "gvisor: the installed runsc has no $PLATFORM platform; installing $SYSTRAP_SUITE's runsc"
  apt-get "${apt[@]}" update >/dev/null
  (cd "$work" && apt-get "${apt[@]}" download runsc >/dev/null)
  dpkg -i "$work"/runsc_*.deb >/dev/null
}

if registered && has_platform; then
  echo "gvisor: the engine has the $RUNTIME runtime ($PLATFORM)"
  exit 0
fi
"$root/installers/scripts/ensure-packages.sh" runsc
if [[ $(id -u) -ne 0 ]]; then
  echo "gvisor: the engine has no $RUNTIME runtime on $PLATFORM and this is not root; add it to $CONFIG yourself" >&2
  exit 1
fi
has_platform || install_systrap_runsc
has_platform || { echo "gvisor: $(runsc --version | head -1) has no $PLATFORM platform" >&2; exit 1; }
path=$(command -v runsc)
mkdir -p "$(dirname "$CONFIG")"
# Merged into what the file has (python3 ships with Debian): other settings stay as they are.
python3 - "$CONFIG" "$RUNTIME" "$path" "$PLATFORM" <<'PY'
import json, os, sys
config, name, path, platform = sys.argv[1:]
# network=none: sandboxes have no network, and runsc refuses to set one up from the namespace Docker
# gives a --network none container.
ARGS = ["--platform=" + platform, "--network=none"]
settings = json.load(open(config)) if os.path.exists(config) and os.path.getsize(config) > 0 else {}
settings.setdefault("runtimes", {})[name] = {"path": path, "runtimeArgs": ARGS}
with open(config + ".tmp", "w") as out:
    json.dump(settings, out, indent=2)
os.replace(config + ".tmp", config)
PY
pid=$(pgrep -xo dockerd || true)
if [[ -z "$pid" ]]; then
  echo "gvisor: no dockerd process to reload; $CONFIG has the runtime for its next start" >&2
  exit 1
fi
echo "gvisor: added $RUNTIME ($path --platform=$PLATFORM --network=none) to $CONFIG; reloading dockerd (SIGHUP, pid $pid)"
kill -HUP "$pid"
for ((i = 0; i < 40; i++)); do
  if registered; then
    echo "gvisor: the engine has the $RUNTIME runtime ($PLATFORM)"
    exit 0
  fi
  sleep 0.25
done
echo "gvisor: the engine did not take the runtime; see its log" >&2
exit 1
