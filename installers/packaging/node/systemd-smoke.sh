#!/usr/bin/env bash
# Runs install-node.sh with the node .deb in a throwaway container that runs systemd as PID 1, and
# checks that labjudge-node.service, hardening included, starts, reaches this host's Docker engine
# (through the mounted socket), judges a program and stops cleanly. For machines (like CI's) whose PID 1 is not systemd, where the tests
# can only run `systemd-analyze verify`. Needs root, a Docker engine and the runtime images;
# building the systemd image fetches Debian's systemd package once (docker build --network host).
#
#   installers/packaging/node/systemd-smoke.sh [DEB]    (default: the .deb mvn -Ppackage built)
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
deb=${1:-}
if [[ -z $deb ]]; then
  debs=("$here"/../../target/packages/node/deb/labjudge-node_*.deb)
  deb=${debs[0]}
fi
[[ -f $deb ]] || { echo "systemd-smoke: no .deb (build one: mvn -Ppackage package -DskipTests)" >&2; exit 1; }
deb=$(readlink -f "$deb")
base=$(docker image ls labjudge/base-rootfs --format '{{.Repository}}:{{.Tag}}' | head -n 1)
base=${base:-debian:bookworm-slim}
image=labjudge/systemd-smoke:latest
name=labjudge-systemd-smoke-$$

if ! docker image inspect "$image" >/dev/null 2>&1; then
  echo "systemd-smoke: building $image from $base"
  printf '%s\n' "FROM $base" \
    "RUN apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends systemd systemd-sysv dbus >/dev/null && rm -rf /var/lib/apt/lists/*" \
    'CMD ["/sbin/init"]' | DOCKER_BUILDKIT=0 docker build -q --network host -t "$image" - >/dev/null
fi

# The container gets no network; it reaches the engine through the socket, as a lab machine does.
docker run -d --name "$name" --network none --cap-add SYS_ADMIN \
  --security-opt seccomp=unconfined --security-opt apparmor=unconfined \
  -v /sys/fs/cgroup:/sys/fs/cgroup:ro --tmpfs /run --tmpfs /run/lock --tmpfs /tmp \
  -v /var/run/docker.sock:/run/docker.sock -v "$(command -v docker):/usr/local/bin/docker:ro" \
  -v "$here/../..:/src/installers:ro" -v "$deb:/root/labjudge-node.deb:ro" "$image" >/dev/null
cleanup() {
  # Stop the service first: the node removes its sandbox containers when it stops.
  docker exec "$name" systemctl stop labjudge-node >/dev/null 2>&1 || true
  docker rm -f "$name" >/dev/null 2>&1 || true
}
trap cleanup EXIT

gid=$(stat -c %g /var/run/docker.sock)
docker exec -i "$name" bash -s "$gid" <<'EOF'
set -euo pipefail
for i in $(seq 1 60); do [[ $(systemctl is-system-running 2>/dev/null) =~ running|degraded ]] && break; sleep 0.5; done
getent group docker >/dev/null || groupadd -g "$1" docker
bash /src/installers/install-node.sh --deb /root/labjudge-node.deb --skip-images
http() {  # METHOD PATH [BODY]: one HTTP/1.0 request with the node's token; prints the body
  local token body=${3:-}
  token=$(labjudge-node-config tokens | head -n 1)
  exec 3<>/dev/tcp/127.0.0.1/7070
  printf '%s %s HTTP/1.0\r\nAuthorization: Bearer %s\r\nContent-Type: application/json\r\nContent-Length: %d\r\n\r\n%s' \
    "$1" "$2" "$token" "${#body}" "$body" >&3
  sed '1,/^\r$/d' <&3
}
for i in $(seq 1 120); do
  [[ $(http GET /api/v1/health 2>/dev/null) == *UP* ]] && break
  sleep 0.5
done
echo "health: $(http GET /api/v1/health)"
result=$(http POST /api/v1/runs '{"language":"python","source":"print(6 * 7)"}')
[[ $result == *'"stdout":"42\n"'* ]] || { echo "run: $result" >&2; exit 1; }
echo "judged: print(6 * 7) printed 42"
systemctl stop labjudge-node
systemctl show labjudge-node -p ActiveState -p Result -p NRestarts
[[ $(systemctl show labjudge-node -p Result --value) == success ]]
systemd-analyze security labjudge-node --no-pager | tail -n 1
EOF
echo "systemd-smoke: labjudge-node.service works under systemd"
