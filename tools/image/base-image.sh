#!/usr/bin/env bash
# Builds the container image's base without Docker or Docker Hub: a Debian root file system with Java 17 made by
# mmdebstrap from a Debian mirror, saved in `docker save` layout for Jib (-Dnewspulse.image.base=tar://OUT).
#   tools/image/base-image.sh OUT.tar [SUITE] [MIRROR]
# Needs root (or fakeroot) and mmdebstrap (apt-get install mmdebstrap). Defaults: bookworm, deb.debian.org.
set -euo pipefail
out=${1:?usage: base-image.sh OUT.tar [SUITE] [MIRROR]}
suite=${2:-bookworm}
mirror=${3:-http://deb.debian.org/debian}
work=$(mktemp -d "${TMPDIR:-${out%/*}}/base-image.XXXXXX")
trap 'rm -rf "$work"' EXIT

# minbase + the JRE and bash (the launcher's shell); no docs, man pages or locales in the layer (the JRE's
# update-alternatives still links its man page into man1, so that directory is made first).
mmdebstrap --variant=minbase --include=openjdk-17-jre-headless,bash,ca-certificates \
  --setup-hook='mkdir -p "$1/usr/share/man/man1"' \
  --dpkgopt='path-exclude=/usr/share/man/*' --dpkgopt='path-exclude=/usr/share/doc/*' \
  --dpkgopt='path-exclude=/usr/share/locale/*' --dpkgopt='path-include=/usr/share/doc/*/copyright' \
  "$suite" "$work/layer.tar" "$mirror"

digest=$(sha256sum "$work/layer.tar" | cut -d' ' -f1)
cat > "$work/config.json" <<JSON
{"architecture":"amd64","os":"linux",
 "config":{"Env":["PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin","LANG=C.UTF-8"]},
 "rootfs":{"type":"layers","diff_ids":["sha256:$digest"]}}
JSON
cat > "$work/manifest.json" <<JSON
[{"Config":"config.json","RepoTags":["newspulse-base:$suite"],"Layers":["layer.tar"]}]
JSON
tar -C "$work" -cf "$out" manifest.json config.json layer.tar
echo "base image: $out ($(du -h "$out" | cut -f1), Debian $suite with openjdk-17-jre-headless)" >&2
