#!/usr/bin/env bash
# Set-up shared by the README's two commands: a Docker engine that answers and every runtime
# image. Each step skips what is already there, so a second run takes seconds.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
start_ms=$(( $(date +%s%N) / 1000000 ))

for tool in java mvn; do
  command -v "$tool" >/dev/null || { echo "set-up: $tool is required (Java 17+, Maven 3.8.7+)" >&2; exit 1; }
done
"$root/installers/scripts/ensure-packages.sh"
"$root/installers/scripts/ensure-docker.sh"
# gVisor only when asked for (bin/test-gvisor sets it): nothing of it is installed otherwise.
if [[ ${LABJUDGE_RUNTIME:-} == runsc ]]; then
  "$root/installers/scripts/ensure-gvisor.sh"
fi
"$root/installers/images/build-images.sh"

elapsed_ms=$(( $(date +%s%N) / 1000000 - start_ms ))
printf 'set-up took %d.%03d s\n' $((elapsed_ms / 1000)) $((elapsed_ms % 1000))
