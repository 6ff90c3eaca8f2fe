#!/bin/bash
# Runs inside the cgroup v2 guest at boot (labjudge-check.service runs it from the share): loads the runtime images the host
# shares, starts the node from the share, runs the verdict matrix against it, writes everything to
# /mnt/share/out and powers the guest off. bin/test-cgroup2 reads the results.
set -u
share=/mnt/share
out=$share/out
mkdir -p "$out"
trap 'systemctl poweroff --no-block' EXIT
say() { echo "guest: $*" | tee -a "$out/guest.log"; }
now() { date +%s; }
t0=$(now)

say "kernel $(uname -r); /sys/fs/cgroup is $(stat -fc %T /sys/fs/cgroup)"
for _ in $(seq 1 300); do docker info >/dev/null 2>&1 && break; sleep 1; done
say "docker $(docker version --format '{{.Server.Version}}'): $(docker info --format 'cgroup driver {{.CgroupDriver}}, cgroup version {{.CgroupVersion}}')"

say "$(nproc) CPUs; cpuset controller: $(grep -ow cpuset /sys/fs/cgroup/cgroup.subtree_control || echo not enabled at the root)"

# Images are loaded once and kept on the guest's disk; a changed image (another id) is loaded again.
for tar in "$share"/images/*.tar; do
  lang=$(basename "$tar" .tar)
  read -r want repo <"$share/images/$lang.id"
  have=$(docker image inspect -f '{{.Id}}' "$repo/$lang:current" 2>/dev/null || true)
  if [[ $have != "$want" ]]; then
    t=$(now)
    docker load -q -i "$tar" >/dev/null
    say "loaded $repo/$lang:current in $(( $(now) - t )) s"
  else
    say "$repo/$lang:current already loaded"
  fi
done

t=$(now)
# shellcheck disable=SC2046
java $(cat "$share/node-jvm-options") -jar "$share/node.jar" serve --config "$share/node.json" --port 7070 \
  --node-id cgroup2-guest --slots "$(cat "$share/slots")" \
  >"$out/node.out" 2>"$out/node.log" &
node=$!
for _ in $(seq 1 900); do
  [[ $(curl -fs http://127.0.0.1:7070/api/v1/health 2>/dev/null) == *UP* ]] && break
  kill -0 $node 2>/dev/null || break
  sleep 1
done 2>/dev/null
say "node up after $(( $(now) - t )) s"

t=$(now)
java -cp "$share/node.jar:$share/matrix" org.labjudge.node.bench.VerdictMatrix run http://127.0.0.1:7070 \
  "$out/guest.tsv" "$(cat "$share/time-scale")" >"$out/matrix.txt" 2>&1
echo $? >"$out/matrix.rc"
say "matrix took $(( $(now) - t )) s"
say "runs the node refused with 503 (engine slow to answer) and the matrix sent again: $(grep -c 'HTTP 503' "$out/matrix.txt")"
kill -TERM $node; wait $node 2>/dev/null
left=$(docker ps -aq --filter label=org.labjudge.node=cgroup2-guest | wc -l)
say "containers left behind: $left"
say "guest done in $(( $(now) - t0 )) s"
