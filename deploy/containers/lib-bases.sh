# Base images built from Debian packages (no registry needed), sourced by deploy/containers/verify.
#
# Each rootfs is made once with debootstrap and kept as a tarball under $cache; an image already in
# podman's store is not imported again. Delete the cache folder (or `podman rmi` the image) to rebuild.

cache=${POWERMAP_CONTAINER_CACHE:-/var/cache/powermap-containers}
mirror=${DEBIAN_MIRROR:-$(awk '/^URIs:/{print $2; exit}' /etc/apt/sources.list.d/debian.sources 2>/dev/null)}
mirror=${mirror:-http://deb.debian.org/debian}

# rootfs_image IMAGE SUITE PACKAGES: debootstraps SUITE with PACKAGES into a cached tarball, imports it.
rootfs_image() {
  local image=$1 suite=$2 packages=$3 tarball="$cache/$(echo "$1" | tr '/:' '__').tar"
  if podman image exists "$image"; then echo "  $image: already in the image store"; return 0; fi
  mkdir -p "$cache"
  if [ ! -s "$tarball" ]; then
    local rootfs
    rootfs=$(mktemp -d "$cache/rootfs.XXXXXX")
    echo "  debootstrap $suite (+ $packages) from $mirror"
    debootstrap --variant=minbase --include="$packages" "$suite" "$rootfs" "$mirror" > "$cache/debootstrap-$suite.log" 2>&1 \
      || { echo "debootstrap failed, see $cache/debootstrap-$suite.log" >&2; rm -rf "$rootfs"; return 1; }
    # What a runtime image does not need: package caches, docs, man pages, locales but English.
    rm -rf "$rootfs"/var/cache/apt/archives/*.deb "$rootfs"/var/lib/apt/lists/* "$rootfs"/usr/share/doc/* \
           "$rootfs"/usr/share/man/* "$rootfs"/usr/share/info/* "$rootfs"/var/log/*.log
    find "$rootfs/usr/share/locale" -mindepth 1 -maxdepth 1 ! -name 'en*' ! -name locale.alias -exec rm -rf {} + 2>/dev/null || true
    tar -C "$rootfs" --numeric-owner -cf "$tarball.part" . && mv "$tarball.part" "$tarball"
    rm -rf "$rootfs"
  fi
  podman import -q --change 'CMD ["/bin/bash"]' "$tarball" "$image" > /dev/null
  echo "  $image imported from $tarball"
}
