#!/usr/bin/env bash
# Pushes what a cluster's node pods pull to a registry the cluster reaches:
#   REPOSITORY/executor-node:<version>   the node image (build-node-image.sh)
#   REPOSITORY/<lang>:current            every runtime image (installers/images/build-images.sh)
#
#   push-images.sh REPOSITORY [NODE_IMAGE]     e.g. push-images.sh localhost:5000/labjudge
#
# REPOSITORY must match imageRepository in configmap.yaml and the node image in kustomization.yaml.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
[[ $# -ge 1 && $1 != -h && $1 != --help ]] || { sed -n '2,8p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; exit 2; }
repository=${1%/}
node_image=${2:-$(docker image ls --format '{{.Repository}}:{{.Tag}}' labjudge/executor-node | head -n 1)}
[[ -n $node_image ]] || { echo "push-images: no labjudge/executor-node image; run build-node-image.sh" >&2; exit 1; }

push() {
  docker tag "$1" "$2"
  docker push "$2"
}
push "$node_image" "$repository/executor-node:${node_image##*:}"
for dir in "$here"/../images/*/; do
  lang=$(basename "$dir")
  [[ $lang != base && -f $dir/Dockerfile ]] || continue
  push "labjudge/$lang:current" "$repository/$lang:current"
done
