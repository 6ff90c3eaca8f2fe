#!/usr/bin/env bash
# Builds the executor node's container image from the labjudge-node .deb.
#
#   build-node-image.sh [--deb FILE] [--tag NAME] [--base IMAGE]
#
# --deb   default: installers/target/packages/node/deb/labjudge-node_*.deb (mvn -Ppackage package)
# --tag   default: labjudge/executor-node:<the .deb's version>
# --base  default: debian:bookworm-slim; any Debian 12 image works (e.g. labjudge/base-rootfs:<h12>
#         that installers/images/build-images.sh made, where no registry answers)
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
deb=
tag=
base=debian:bookworm-slim
while (($#)); do
  case $1 in
    --deb) deb=$2; shift 2 ;;
    --tag) tag=$2; shift 2 ;;
    --base) base=$2; shift 2 ;;
    -h|--help) sed -n '2,10p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "build-node-image: unknown option $1" >&2; exit 2 ;;
  esac
done
if [[ -z $deb ]]; then
  debs=("$here"/../target/packages/node/deb/labjudge-node_*.deb)
  deb=${debs[0]}
  [[ -f $deb ]] || { echo "build-node-image: no .deb; build it: mvn -Ppackage -DskipTests package" >&2; exit 1; }
fi
version=$(dpkg-deb -f "$deb" Version)
tag=${tag:-labjudge/executor-node:${version%-*}}
context=$(mktemp -d)
trap 'rm -rf "$context"' EXIT
cp "$here/node-image/Dockerfile" "$context/"
cp "$deb" "$context/labjudge-node.deb"
DOCKER_BUILDKIT=0 docker build --network none --build-arg "BASE=$base" -t "$tag" "$context" >&2
echo "$tag"
