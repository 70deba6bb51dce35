#!/usr/bin/env bash
# Runs a command under a Node.js the installed @pulumi/pulumi supports, so `npm test` and `npm run demo` work
# from the README on a machine whose Node.js is older than the SDK's `engines` (Node 20, say, with
# @pulumi/pulumi >= 3.249, which requires Node 22).
#
#   bash scripts/with-node.sh CMD...                  the machine's node if the SDK supports it, else Node $pinned
#   bash scripts/with-node.sh --node 20.20.2 CMD...   exactly that Node.js (CI pins one per leg)
#
# A Node.js that is not the machine's comes from the npm registry's `node` package (a prebuilt binary), installed
# once into ~/.cache/pulumi-frontegg/node-<version> and put first on PATH, so every process the command starts
# through PATH (npm, jest, the Pulumi engine's dynamic provider plugin) runs on it. Idempotent and cached.
set -euo pipefail

# The newest Node.js 22 release when this was written: exact, so every machine tests on the same binary. .ci/run
# reads it from here for its newest leg.
pinned=22.23.3
repo=$(cd "$(dirname "$0")/.." && pwd)
cache=${XDG_CACHE_HOME:-$HOME/.cache}/pulumi-frontegg
say() { printf 'with-node: %s\n' "$*" >&2; }
fail() { say "error: $*"; exit 1; }

want=
if [ "${1:-}" = "--node" ]; then
  want=${2:?--node needs a version such as 22.23.3}
  want=${want#v}
  shift 2
fi
[ $# -gt 0 ] || fail "usage: with-node.sh [--node VERSION] COMMAND [ARGS...]"
command -v node >/dev/null || fail "Node.js is not on PATH"
have=$(node -p 'process.versions.node')

if [ -z "$want" ]; then
  # The lowest major the SDK's engines field accepts (">=22" → 22); no SDK yet (before `npm ci`) → any node.
  need=$(node -p "const e = (() => { try { return require('$repo/node_modules/@pulumi/pulumi/package.json').engines?.node; } catch { return ''; } })();
    (String(e ?? '').match(/\d+/) ?? ['0'])[0]")
  [ "${have%%.*}" -ge "$need" ] && exec "$@"
  [ "${pinned%%.*}" -ge "$need" ] || fail "@pulumi/pulumi needs Node.js $need or later, newer than the Node.js $pinned this script installs: raise \`pinned\` in $0"
  want=$pinned
  say "Node.js $have is older than the $need that the installed @pulumi/pulumi requires: using Node.js $want"
fi
[ "$have" = "$want" ] && exec "$@"

prefix="$cache/node-$want"
node_bin="$prefix/node_modules/node/bin"
if [ "$("$node_bin/node" --version 2>/dev/null)" != "v$want" ]; then
  say "installing Node.js $want from the npm registry into $prefix (once)"
  # Into a fresh directory moved in place only when complete, so an interrupted install is never used.
  rm -rf "$prefix.tmp"
  mkdir -p "$prefix.tmp"
  npm install --prefix "$prefix.tmp" --no-save --no-package-lock --no-audit --no-fund --loglevel=error "node@$want" >&2 ||
    fail "could not install node@$want from the npm registry"
  [ "$("$prefix.tmp/node_modules/node/bin/node" --version 2>/dev/null)" = "v$want" ] || fail "node@$want installed no working binary"
  rm -rf "$prefix"
  mv "$prefix.tmp" "$prefix"
fi
export PATH="$node_bin:$PATH"
exec "$@"
