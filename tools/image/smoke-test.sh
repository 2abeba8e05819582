#!/usr/bin/env bash
# Runs the built OCI image without a container engine: unpacks its layers in order into a root file system and runs
# the entrypoint there under chroot as the image's user, with the image's environment and working directory:
# `--help`, then `tag` on three articles, whose output must name the companies. Needs root (chroot, mount).
#   tools/image/smoke-test.sh app/target/newspulse-image.tar
set -euo pipefail
image=${1:?usage: smoke-test.sh IMAGE.tar}
work=$(mktemp -d "${TMPDIR:-$(dirname "$image")}/image-smoke.XXXXXX")
root="$work/rootfs"
cleanup() { umount "$root/proc" 2>/dev/null || true; rm -rf "$work"; }
trap cleanup EXIT
mkdir -p "$root" "$work/oci"
tar -C "$work/oci" -xf "$image"

# The image's layers (in order) and its config, from the OCI index.
python3 - "$work/oci" > "$work/plan" <<'PY'
import json, sys, os
oci = sys.argv[1]
def blob(d): return os.path.join(oci, "blobs", *d.split(":"))
index = json.load(open(os.path.join(oci, "index.json")))
manifest = json.load(open(blob(index["manifests"][0]["digest"])))
config = json.load(open(blob(manifest["config"]["digest"])))["config"]
for layer in manifest["layers"]:
    print("layer", blob(layer["digest"]))
print("user", config.get("User", "0"))
print("workdir", config.get("WorkingDir", "/"))
for e in config.get("Env", []):
    print("env", e)
print("cmd", json.dumps(config.get("Entrypoint", []) + (config.get("Cmd") or [])))
PY
while read -r kind value; do
  [ "$kind" = layer ] && tar --warning=no-unknown-keyword -C "$root" -xf "$value"
done < "$work/plan"
user=$(awk '$1=="user"{print $2}' "$work/plan")
workdir=$(awk '$1=="workdir"{print $2}' "$work/plan")
mapfile -t envs < <(awk '$1=="env"{sub(/^env /,""); print}' "$work/plan")
mapfile -t entry < <(awk '$1=="cmd"{sub(/^cmd /,""); print}' "$work/plan" | python3 -c 'import json,sys; [print(a) for a in json.load(sys.stdin)]')
echo "image: $(grep -c '^layer' "$work/plan") layers, user $user, workdir $workdir, entrypoint ${entry[0]} … ${entry[-1]}" >&2
[ "$user" != 0 ] && [ "$user" != root ] || { echo "image runs as root" >&2; exit 1; }
mount -t proc proc "$root/proc"
run() { chroot --userspec="$user" "$root" /usr/bin/env -i "${envs[@]}" HOME="$workdir" /bin/bash -c 'cd "$0" && exec "$@"' "$workdir" "${entry[@]}" "$@"; }

run --help > "$work/help.txt"
grep -q "stream" "$work/help.txt" || { echo "--help does not list the commands" >&2; cat "$work/help.txt" >&2; exit 1; }
cat > "$root/$workdir/in.jsonl" <<'JSONL'
{"id":"s1","lang":"en","title":"Toyota raises its profit forecast","body":"Toyota Motor expects record operating profit this year."}
{"id":"s2","lang":"ja","title":"ソフトバンクグループ、通期で黒字","body":"ソフトバンクグループは決算を発表した。"}
{"id":"s3","lang":"en","title":"Microsoft shares slip","body":"Shares of Microsoft fell after the results."}
JSONL
chmod 644 "$root/$workdir/in.jsonl"
run tag --in "$workdir/in.jsonl" --out "$workdir/out.jsonl"
for company in toyota softbank-group microsoft; do
  grep -q "\"id\":\"$company\"" "$root/$workdir/out.jsonl" || { echo "tag in the image missed $company" >&2; cat "$root/$workdir/out.jsonl" >&2; exit 1; }
done
echo "image smoke test passed: --help and tag ran as user $user in $workdir" >&2
