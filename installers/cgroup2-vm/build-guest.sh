#!/usr/bin/env bash
# Builds the cgroup v2 test guest into DIR: a Debian bookworm root (kernel, systemd, Docker with the
# systemd cgroup driver, a Java runtime) on a raw ext4 disk, plus the kernel and initrd to boot it
# with qemu's -kernel. The guest has no network device; bin/test-cgroup2 hands it the node, the
# runtime images and the checks through a 9p share. Needs root (debootstrap).
#
#   build-guest.sh DIR
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
# shellcheck source=../scripts/apt-mirror.sh
. "$here/../scripts/apt-mirror.sh"
die() { echo "build-guest: $*" >&2; exit 1; }
[[ $# -eq 1 ]] || die "usage: build-guest.sh DIR"
[[ $(id -u) -eq 0 ]] || die "needs root (debootstrap)"
out=$1
root=$out/root
rm -rf "$root" "$out/disk.img"
mkdir -p "$root"

mirror=$(apt_mirror bookworm)
[[ -n $mirror ]] || die "no Debian mirror found in the host's apt sources"
packages=linux-image-amd64,systemd-sysv,docker.io,apparmor,openjdk-17-jre-headless,procps,kmod,curl
echo "build-guest: debootstrap bookworm ($packages)"
debootstrap --variant=minbase --include="$packages" bookworm "$root" "$mirror" >"$out/debootstrap.log" 2>&1 \
  || { tail -n 30 "$out/debootstrap.log" >&2; die "debootstrap failed; log in $out/debootstrap.log"; }

echo "labjudge-cgroup2" > "$root/etc/hostname"
printf '/dev/vda / ext4 rw,relatime 0 1\nshare /mnt/share 9p trans=virtio,version=9p2000.L,msize=524288,nofail 0 0\n' \
  > "$root/etc/fstab"
mkdir -p "$root/mnt/share" "$root/etc/docker"
# The systemd cgroup driver, as on the lab hosts of today; no bridge and no iptables, as on this host.
cat > "$root/etc/docker/daemon.json" <<'JSON'
{"exec-opts": ["native.cgroupdriver=systemd"], "bridge": "none", "iptables": false, "ip-masq": false}
JSON
install -m 0644 "$here/guest/labjudge-check.service" "$root/etc/systemd/system/labjudge-check.service"
ln -sf /etc/systemd/system/labjudge-check.service "$root/etc/systemd/system/multi-user.target.wants/labjudge-check.service"
# Nothing waits for a network that is not there, nor for a login.
rm -f "$root/etc/systemd/system/multi-user.target.wants/"{networking.service,docker.socket} 2>/dev/null || true
chroot "$root" systemctl mask getty@tty1.service serial-getty@ttyS0.service apt-daily.timer apt-daily-upgrade.timer \
  e2scrub_all.timer fstrim.timer >/dev/null 2>&1 || true
rm -rf "$root/var/cache/apt/archives/"*.deb "$root/var/lib/apt/lists/"*

cp "$(ls "$root"/boot/vmlinuz-* | head -n 1)" "$out/vmlinuz"
cp "$(ls "$root"/boot/initrd.img-* | head -n 1)" "$out/initrd.img"
# Room for the runtime images Docker keeps inside; a sparse file takes only what is written.
echo "build-guest: making the disk ($(du -sh "$root" | cut -f1) of files)"
mkfs.ext4 -q -F -L labjudge -d "$root" "$out/disk.img" 8G
rm -rf "$root"
echo "build-guest: done in $out"
