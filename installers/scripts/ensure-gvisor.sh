#!/usr/bin/env bash
# Makes gVisor's runsc a runtime of the running Docker engine, for a node whose config says
# "runtime": "runsc". Installs Debian's runsc when it is missing, adds it to the engine's
# daemon.json (with --platform=ptrace: the kvm platform does not run on this kind of machine) and
# makes the engine re-read its configuration with SIGHUP: the engine is never stopped or restarted,
# so its running containers (and other users of it) are not touched. Skips what is already there.
#
#   ensure-gvisor.sh            (as root for the first run; later runs only check)
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
CONFIG=${LABJUDGE_DOCKERD_CONFIG:-/etc/docker/daemon.json}
RUNTIME=runsc

has_runtime() { docker info --format '{{json .Runtimes}}' 2>/dev/null | grep -q "\"$RUNTIME\""; }
# The runtime as this script registers it: an older entry (without --network=none) is rewritten.
registered() { has_runtime && grep -q -- '--network=none' "$CONFIG" 2>/dev/null; }

if registered; then
  echo "gvisor: the engine has the $RUNTIME runtime"
  exit 0
fi
"$root/installers/scripts/ensure-packages.sh" runsc
if [[ $(id -u) -ne 0 ]]; then
  echo "gvisor: the engine has no $RUNTIME runtime and this is not root; add it to $CONFIG yourself" >&2
  exit 1
fi
path=$(command -v runsc)
mkdir -p "$(dirname "$CONFIG")"
# Merged into what the file has (python3 ships with Debian): other settings stay as they are.
python3 - "$CONFIG" "$RUNTIME" "$path" <<'PY'
import json, os, sys
config, name, path = sys.argv[1:]
# ptrace: gVisor's kvm platform needs a /dev/kvm that runs a stock kernel. network=none: sandboxes have
# no network, and runsc refuses to set one up from the namespace Docker gives a --network none container.
ARGS = ["--platform=ptrace", "--network=none"]
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
echo "gvisor: added $RUNTIME ($path --platform=ptrace --network=none) to $CONFIG; reloading dockerd (SIGHUP, pid $pid)"
kill -HUP "$pid"
for ((i = 0; i < 40; i++)); do
  if registered; then
    echo "gvisor: the engine has the $RUNTIME runtime"
    exit 0
  fi
  sleep 0.25
done
echo "gvisor: the engine did not take the runtime; see its log" >&2
exit 1
