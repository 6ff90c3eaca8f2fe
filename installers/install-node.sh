#!/usr/bin/env bash
# Installs a LabJudge executor node on this machine (Debian or Ubuntu, as root), in one command:
#   1. a Docker engine: Debian's docker.io when none answers, as a systemd service where systemd
#      runs                                                     (else installers/scripts/ensure-docker.sh)
#   2. the runtime images the node runs programs in, of the languages its config chooses
#                                                               (installers/images/build-images.sh)
#   3. the labjudge-node package; built from this checkout when no --deb is given (needs Java 17, Maven)
#   4. the service: systemd's labjudge-node.service, or, where systemd does not run (a container),
#      the node started in the background as user labjudge, its log in /var/log/labjudge-node.log
# then waits until http://127.0.0.1:<port>/api/v1/health answers. Running it again upgrades the
# package and restarts the node; the config and its token are kept.
#
#   sudo installers/install-node.sh [--deb FILE] [--skip-images] [--no-start] [--gvisor]
#
# --gvisor runs every sandbox under gVisor: installs runsc, registers it with the engine
# (installers/scripts/ensure-gvisor.sh) and sets "runtime": "runsc" in the config. A config that
# already says so gets the runtime ensured on every run; without either, nothing of gVisor is installed.
#
# The first install prints the node's token once; root can read it again in /etc/labjudge/node.json.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/.." && pwd)
config=/etc/labjudge/node.json
pid_file=/run/labjudge-node.pid
log_file=/var/log/labjudge-node.log
launcher=/opt/labjudge-node/bin/labjudge-node

deb=
images=1
start=1
gvisor=0
while (($#)); do
  case $1 in
    --deb) deb=$2; shift 2 ;;
    --skip-images) images=0; shift ;;
    --no-start) start=0; shift ;;
    --gvisor) gvisor=1; shift ;;
    -h|--help) awk 'NR > 1 && /^#/ { sub(/^# ?/, ""); print; next } NR > 1 { exit }' "${BASH_SOURCE[0]}"; exit 0 ;;
    *) echo "install-node: unknown option $1 (see --help)" >&2; exit 2 ;;
  esac
done

say() { echo "install-node: $*"; }
die() { echo "install-node: error: $*" >&2; exit 1; }

[[ $(id -u) -eq 0 ]] || die "run as root (sudo $0)"
command -v dpkg >/dev/null || die "this installs a .deb: Debian or Ubuntu only"

systemd_runs() { [[ -d /run/systemd/system ]]; }

# 1. Docker engine. Under systemd, as Debian's docker.service, so it comes back after a reboot
#    (the unit starts after it); ensure-docker.sh then finds it answering. Elsewhere ensure-docker.sh
#    installs docker.io if needed and starts dockerd itself.
if systemd_runs && ! docker info >/dev/null 2>&1; then
  if ! command -v dockerd >/dev/null 2>&1; then
    say "installing Debian's docker.io"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq docker.io >/dev/null
  fi
  if systemctl cat docker.service >/dev/null 2>&1; then
    systemctl enable --now docker.service
  fi
fi
"$root/installers/scripts/ensure-docker.sh"
wants_gvisor() { ((gvisor)) || grep -qE '"runtime"[[:space:]]*:[[:space:]]*"runsc"' "$config" 2>/dev/null; }
if wants_gvisor; then
  "$root/installers/scripts/ensure-gvisor.sh"
fi

# 2. Runtime images (a second run skips what is built): those of the languages the config chooses
#    ("languages"; every one when it lists none, and on a first install, which has no config yet).
if ((images)); then
  if [[ -f $config ]]; then
    "$root/installers/images/build-images.sh" --config "$config"
  else
    "$root/installers/images/build-images.sh"
  fi
fi

# 3. The package
built_deb() {
  local debs=("$root"/installers/target/packages/node/deb/labjudge-node_*.deb)
  [[ -f ${debs[0]} ]] && echo "${debs[0]}"
}
if [[ -z $deb ]]; then
  deb=$(built_deb || true)
fi
if [[ -z $deb ]]; then
  say "no .deb given or built yet: building it from this checkout"
  command -v mvn >/dev/null || die "building the package needs Maven (or pass --deb FILE)"
  if ! command -v fakeroot >/dev/null; then
    apt-get install -y -qq fakeroot >/dev/null || { apt-get update -qq && apt-get install -y -qq fakeroot >/dev/null; }
  fi
  (cd "$root" && mvn -B -q --no-transfer-progress -DskipTests -Ppackage \
      -Dlabjudge.package.desktop=none package)
  deb=$(built_deb) || die "the build left no .deb in installers/target/packages/node/deb"
fi
deb=$(readlink -f "$deb")
[[ -f $deb ]] || die "no such package: $deb"

# A node this script started earlier without systemd stops first (it drains running work).
stop_background_node() {
  [[ -f $pid_file ]] || return 0
  local pid
  pid=$(cat "$pid_file")
  if kill -TERM "$pid" 2>/dev/null; then
    for ((i = 0; i < 45 * 4; i++)); do kill -0 "$pid" 2>/dev/null || break; sleep 0.25; done
  fi
  rm -f "$pid_file"
}
stop_background_node

say "installing $(basename "$deb")"
export DEBIAN_FRONTEND=noninteractive
# apt resolves the package's dependencies; recommends (docker.io) are already handled above.
# --reinstall: a rebuilt package of the same version still replaces the installed files.
apt_install() { apt-get install -y -q --reinstall --no-install-recommends "$deb"; }
if ! apt_install; then
  apt-get update -qq
  apt_install
fi

if ((gvisor)) && ! grep -qE '"runtime"[[:space:]]*:' "$config"; then
  say "every sandbox runs under gVisor: \"runtime\": \"runsc\" in $config"
  sed -i '0,/{/s//{\n  "runtime": "runsc",/' "$config"
fi

((start)) || { say "installed; not started (--no-start)"; exit 0; }

# 4. The service (under systemd the package's postinst has enabled and restarted it)
if systemd_runs; then
  systemctl is-enabled --quiet labjudge-node.service || systemctl enable labjudge-node.service
  systemctl is-active --quiet labjudge-node.service || systemctl start labjudge-node.service
else
  # A dockerd started by hand before the docker group existed owns its socket as root:root.
  socket=/var/run/docker.sock
  if [[ -S $socket && $(stat -c %G "$socket") != docker ]]; then
    chgrp docker "$socket" && chmod g+rw "$socket"
  fi
  say "systemd is not running here: starting the node in the background (log: $log_file)"
  # setpriv execs the node in place, so the pid file names the node itself (SIGTERM drains it).
  setsid setpriv --reuid=labjudge --regid=labjudge --init-groups -- \
    "$launcher" serve --config "$config" >>"$log_file" 2>&1 </dev/null &
  echo $! >"$pid_file"
fi

port=$(sed -n 's/^[[:space:]]*"port"[[:space:]]*:[[:space:]]*\([0-9]*\).*/\1/p' "$config" | head -n 1)
port=${port:-7070}
# bash's /dev/tcp, in a subshell so its descriptor and error messages stay there: no curl needed.
health() (
  exec 3<>"/dev/tcp/127.0.0.1/$port" || exit 1
  printf 'GET /api/v1/health HTTP/1.0\r\nHost: 127.0.0.1\r\n\r\n' >&3
  answer=$(timeout 5 cat <&3 || true)
  [[ $answer == *'"status":"UP"'* ]]
)
for ((i = 0; i < 240; i++)); do
  if health 2>/dev/null; then
    address=$(hostname -I 2>/dev/null | awk '{print $1}')
    say "the node is UP on port $port"
    say "its entry for the lab's nodes.json: {\"name\": \"$(uname -n | cut -d. -f1)\", \"url\": \"http://${address:-THIS-HOST}:$port\"}"
    exit 0
  fi
  if ! systemd_runs && ! kill -0 "$(cat "$pid_file")" 2>/dev/null; then
    tail -n 20 "$log_file" >&2
    die "the node exited; its log is $log_file"
  fi
  sleep 0.5
done
if systemd_runs; then
  journalctl -u labjudge-node -n 20 --no-pager >&2 || true
fi
die "the node did not report UP within 2 minutes (is the Docker engine running?)"
