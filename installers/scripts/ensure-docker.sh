#!/usr/bin/env bash
# Makes sure a Docker engine answers. Uses one that already runs; otherwise, as root on Debian,
# installs Debian's docker.io (when dockerd is missing) and starts dockerd without a bridge, so
# no container can reach any address but its own loopback.
set -euo pipefail

LOG=${LABJUDGE_DOCKERD_LOG:-/var/log/labjudge-dockerd.log}
WAIT_SECONDS=${LABJUDGE_DOCKER_WAIT:-60}

engine_answers() { docker info >/dev/null 2>&1; }

if engine_answers; then
  echo "docker: engine already running"
  exit 0
fi

if [[ $(id -u) -ne 0 ]]; then
  echo "docker: no engine answers and this is not root; start Docker yourself or run as root" >&2
  exit 1
fi

if ! command -v dockerd >/dev/null 2>&1; then
  echo "docker: installing Debian's docker.io"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  # Keep a docker CLI that is already on the PATH; docker.io brings its own in /usr/bin.
  apt-get install -y -qq docker.io >/dev/null
fi

echo "docker: starting dockerd (--bridge=none), log in $LOG"
# setsid: the engine outlives the shell that started it (a test run, a session).
setsid dockerd --bridge=none --iptables=false --ip-masq=false >"$LOG" 2>&1 < /dev/null &

for ((i = 0; i < WAIT_SECONDS * 4; i++)); do
  if engine_answers; then
    echo "docker: engine answers"
    exit 0
  fi
  sleep 0.25
done
echo "docker: dockerd did not answer within ${WAIT_SECONDS}s; last lines of $LOG:" >&2
tail -n 20 "$LOG" >&2 || true
exit 1
