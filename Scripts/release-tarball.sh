#!/usr/bin/env bash
# Builds a release tarball of wgdoc for Linux: the binary linked with a static Swift standard
# library and Foundation (nothing of the Swift toolchain is needed where it runs; libxml2
# is, as libxml2 2.9 or later: `apt-get install libxml2`), its resources bundle beside it,
# the man page, the shell completions, the XML catalog with the schema, and the README.
#
#   bash Scripts/release-tarball.sh [OUTPUT_DIR]     # default: dist/
#
# Prints the tarball's path. Same sources and toolchain, same bytes: entries sorted, owner
# root, times set to 0, gzip without a name or time.
set -euo pipefail
cd "$(dirname "$0")/.."
out="${1:-dist}"

swift build -c release --product wgdoc --static-swift-stdlib >&2
bin="$(swift build -c release --static-swift-stdlib --show-bin-path)"
version="$("$bin/wgdoc" --version | awk '{print $2}')"
name="wgdoc-$version-linux-$(uname -m)"

stage="$(mktemp -d)"
trap 'rm -rf "$stage"' EXIT
root="$stage/$name"
mkdir -p "$root/bin" "$root/share/man/man1" "$root/share/bash-completion/completions" \
  "$root/share/zsh/site-functions" "$root/share/fish/vendor_completions.d" "$root/share/wgdoc"
cp "$bin/wgdoc" "$root/bin/"
# wgdoc finds its schema, templates and language packs in this folder next to the binary.
cp -R "$bin/wgdoc_WGDocCompiler.resources" "$root/bin/"
cp Docs/wgdoc.1 "$root/share/man/man1/"
cp Completions/wgdoc.bash "$root/share/bash-completion/completions/wgdoc"
cp Completions/_wgdoc "$root/share/zsh/site-functions/"
cp Completions/wgdoc.fish "$root/share/fish/vendor_completions.d/"
cp Schemas/catalog.xml Schemas/wgdoc.xsd "$root/share/wgdoc/"
cp README.md "$root/"

# No Swift runtime library may be needed at run time.
if ldd "$root/bin/wgdoc" | grep -E 'libswift|libFoundation|libdispatch' >&2; then
  echo "release-tarball: the binary still links a Swift library dynamically" >&2
  exit 1
fi

mkdir -p "$out"
tarball="$out/$name.tar.gz"
tar --sort=name --owner=0 --group=0 --numeric-owner --mtime=@0 -C "$stage" -cf - "$name" | gzip -n -9 >"$tarball"
echo "$tarball"
