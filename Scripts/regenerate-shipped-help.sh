#!/usr/bin/env bash
# Regenerates what is generated from the commands' help and shipped: the shell completions
# (Completions/) and the man page (Docs/wgdoc.1). Run after changing a command, an option,
# a help text or the rule catalogue; the tests fail while they are stale.
#
#   bash Scripts/regenerate-shipped-help.sh [PATH_TO_WGDOC]   # default: the debug build
set -euo pipefail
cd "$(dirname "$0")/.."
wgdoc="${1:-}"
if [ -z "$wgdoc" ]; then
  swift build --product wgdoc >&2
  wgdoc="$(swift build --show-bin-path)/wgdoc"
fi
"$wgdoc" --generate-completion-script bash >Completions/wgdoc.bash
"$wgdoc" --generate-completion-script zsh >Completions/_wgdoc
"$wgdoc" --generate-completion-script fish >Completions/wgdoc.fish
"$wgdoc" --experimental-dump-help | python3 Scripts/make-manpage.py >Docs/wgdoc.1
git status --short Completions Docs
