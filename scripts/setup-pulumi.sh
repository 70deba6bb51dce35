#!/usr/bin/env bash
# Makes the Pulumi engine usable for the tests and the demo.
#
#   bash scripts/setup-pulumi.sh            a CLI at least as new as the installed @pulumi/pulumi
#   bash scripts/setup-pulumi.sh 3.248.0    exactly that CLI version (CI pins one per leg of the version matrix)
#
# 1. Without a version, a `pulumi` of a supported version already on PATH (the usual case for users) is used.
#    When no `pulumi-resource-pulumi-nodejs` comes with it, the launcher is written beside a link to that CLI in
#    ~/.cache/pulumi-frontegg/pulumi-from-path/bin, and the link is chosen.
# 2. A CLI this script built earlier is reused: ~/.cache/pulumi-frontegg/pulumi-<version>/bin, one directory per
#    version so several live side by side (or, from earlier versions of this script, ~/.pulumi/bin).
# 3. Otherwise the CLI is built from Pulumi's Go modules into ~/.cache/pulumi-frontegg/pulumi-<version>/bin,
#    together with the `pulumi-resource-pulumi-nodejs` launcher of the dynamic provider plugin. The Node.js
#    language host is built too when the Go module proxy serves it.
#
# The chosen CLI is recorded in node_modules/.cache/pulumi-frontegg/pulumi-cli, where the engine tests and the
# demo look first (after $PULUMI_FRONTEGG_CLI). Idempotent and cached: once built, a run takes a second. Prints
# where the engine is on its last line.
set -euo pipefail

repo=$(cd "$(dirname "$0")/.." && pwd)
legacy_bin=${PULUMI_HOME:-$HOME/.pulumi}/bin
cache=${XDG_CACHE_HOME:-$HOME/.cache}/pulumi-frontegg
say() { printf 'setup:pulumi: %s\n' "$*" >&2; }
fail() { say "error: $*"; exit 1; }

command -v node >/dev/null || fail "Node.js is not on PATH"
exact=${1:-}
exact=${exact#v}
if [ -n "$exact" ]; then
  [[ "$exact" =~ ^[0-9]+\.[0-9]+\.[0-9]+$ ]] || fail "'$1' is not a release version such as 3.260.0"
  version=$exact
else
  version=$(node -p "require('$repo/node_modules/@pulumi/pulumi/package.json').version" 2>/dev/null) ||
    fail "@pulumi/pulumi is not installed: run \`npm ci\` first"
fi
bin="$cache/pulumi-$version/bin"

# Without a pinned version, the CLI must be at least the SDK's: older engines lack what the provider relies on
# (read returning inputs). With one, it must be that version.
supported() {
  local found
  found=$("$1" version 2>/dev/null | sed -E 's/^v//; s/[-+].*$//') || return 1
  [ -n "$exact" ] && { [ "$found" = "$exact" ]; return; }
  node -e '
    const [a, b] = process.argv.slice(1).map((v) => v.split(".").map(Number));
    process.exit(a[0] === b[0] && (a[1] > b[1] || (a[1] === b[1] && a[2] >= b[2])) ? 0 : 1);
  ' "$found" "$version"
}

# Records the choice for the engine tests and the demo (this checkout only), then prints it.
chosen() {
  mkdir -p "$repo/node_modules/.cache/pulumi-frontegg"
  printf '%s\n' "$1" > "$repo/node_modules/.cache/pulumi-frontegg/pulumi-cli"
  echo "$1"
  exit 0
}

# The dynamic provider plugin: Pulumi's own dynamic-provider host, resolved from the program's directory. `exec`
# makes node the engine's direct child, so the plugin notices (its parent changes) when the engine is killed.
launcher_text='#!/bin/sh
# pulumi-frontegg: launcher of the Node.js dynamic provider plugin (written by scripts/setup-pulumi.sh)
exec node "$(node -e '"'"'process.stdout.write(require.resolve("@pulumi/pulumi/cmd/dynamic-provider"))'"'"')" "$@"'

write_launcher() {
  local launcher="$1/pulumi-resource-pulumi-nodejs"
  if [ -e "$launcher" ]; then
    [ "$(cat "$launcher")" = "$launcher_text" ] && [ -x "$launcher" ] && return 0
    # Rewrite only a launcher this script wrote (any earlier version of it); never someone else's.
    grep -q 'require.resolve("@pulumi/pulumi/cmd/dynamic-provider")' "$launcher" || return 0
    say "updating $launcher"
  fi
  mkdir -p "$1"
  printf '%s\n' "$launcher_text" > "$launcher.tmp"
  chmod +x "$launcher.tmp"
  mv "$launcher.tmp" "$launcher"
}

if [ -z "$exact" ] && on_path=$(command -v pulumi) && supported "$on_path" &&
  [ "$on_path" != "$legacy_bin/pulumi" ] && [[ "$on_path" != "$cache/"* ]]; then
  say "using $on_path ($("$on_path" version))"
  if [ ! -x "$(dirname "$on_path")/pulumi-resource-pulumi-nodejs" ] && ! command -v pulumi-resource-pulumi-nodejs >/dev/null; then
    # The engine looks for the plugin's launcher on PATH, and the tests and the demo add only the chosen CLI's
    # directory to it: so the launcher goes beside a link to this CLI, and the link is what is chosen.
    linked="$cache/pulumi-from-path/bin"
    write_launcher "$linked"
    ln -sfn "$on_path" "$linked/pulumi"
    on_path="$linked/pulumi"
  fi
  chosen "$on_path"
fi

for dir in "$bin" "$legacy_bin"; do
  # The legacy location only when this script built what is there (the official installer uses it too).
  [ "$dir" = "$legacy_bin" ] && [ ! -e "$dir/.built-by-pulumi-frontegg" ] && continue
  if [ -x "$dir/pulumi" ] && supported "$dir/pulumi"; then
    write_launcher "$dir"
    say "using $dir/pulumi ($("$dir/pulumi" version), built earlier)"
    chosen "$dir/pulumi"
  fi
done

marker="$bin/.built-by-pulumi-frontegg"
command -v go >/dev/null || fail "no Pulumi CLI >= v$version on PATH, and Go is not installed to build one. Install the Pulumi CLI (https://www.pulumi.com/docs/install/) or Go >= 1.25, then run this again"

work="$cache/pulumi-cli-v$version"
mkdir -p "$work" "$bin"
say "building the Pulumi CLI v$version from Go modules in $work (the first build takes several minutes)"
started=$(date +%s)

# Pulumi's modules carry replace directives, so `go install module@version` is refused: a throwaway module
# requires them instead and repeats the third-party replacements they need.
cat > "$work/go.mod" <<GOMOD
module pulumi-frontegg/pulumi-cli-build

go 1.25

require (
	github.com/pulumi/pulumi/pkg/v3 v$version
	github.com/pulumi/pulumi/sdk/v3 v$version
)

replace github.com/atotto/clipboard => github.com/tgummerer/clipboard v0.0.0-20241001131231-d02d263e614e

replace golang.org/x/text => golang.org/x/text v0.3.8
GOMOD
cat > "$work/tools.go" <<'GOFILE'
//go:build tools

package tools

import _ "github.com/pulumi/pulumi/pkg/v3/cmd/pulumi"
GOFILE

# Release versions of Pulumi's own modules are not always in the checksum database this machine can reach;
# everything else is still verified.
export GONOSUMDB="${GONOSUMDB:+$GONOSUMDB,}github.com/pulumi/*"
export GOFLAGS="${GOFLAGS:-} -mod=mod"

say "resolving modules (step 1 of 2)"
if ! (cd "$work" && go mod tidy 2> "$work/tidy.log"); then
  tail -n 20 "$work/tidy.log" >&2
  fail "could not resolve github.com/pulumi/pulumi/pkg/v3@v$version through the Go module proxy ($(go env GOPROXY)): see $work/tidy.log"
fi

say "compiling pulumi (step 2 of 2)"
ldflags="-s -w -X github.com/pulumi/pulumi/sdk/v3/go/common/version.Version=v$version"
if ! (cd "$work" && go build -trimpath -ldflags "$ldflags" -o "$bin/pulumi.tmp" github.com/pulumi/pulumi/pkg/v3/cmd/pulumi 2> "$work/build.log"); then
  tail -n 20 "$work/build.log" >&2
  fail "compiling the Pulumi CLI failed: see $work/build.log"
fi
mv "$bin/pulumi.tmp" "$bin/pulumi"
echo "v$version" > "$marker"
write_launcher "$bin"

# The Node.js language host, needed only to run a program directory with `pulumi up` (the tests and the demo
# run programs through the Automation API's in-process runtime). It has no tags of its own: its version is the
# pseudo-version of the release commit, which the module proxy may not serve.
language_host=github.com/pulumi/pulumi/sdk/nodejs/cmd/pulumi-language-nodejs/v3
pseudo=$(cd "$work" && go list -m -json "github.com/pulumi/pulumi/pkg/v3@v$version" 2>/dev/null |
  node -e 'let s="";process.stdin.on("data",(d)=>s+=d).on("end",()=>{const m=JSON.parse(s);if(m.Origin&&m.Origin.Hash)console.log(`v3.0.0-${m.Time.replace(/[-:TZ]/g,"").slice(0,14)}-${m.Origin.Hash.slice(0,12)}`)})' || true)
if [ -n "$pseudo" ] && (cd "$work" && go get "$language_host@$pseudo" 2> "$work/language-host.log" &&
  go build -trimpath -ldflags "-s -w" -o "$bin/pulumi-language-nodejs" "$language_host" 2>> "$work/language-host.log"); then
  say "built the Node.js language host ($pseudo)"
else
  say "note: the Go module proxy does not serve the Node.js language host at ${pseudo:-this release} (see $work/language-host.log);"
  say "      programs run through the Automation API's in-process Node.js runtime instead (tests, npm run demo)."
fi

say "built $("$bin/pulumi" version) in $(( $(date +%s) - started )) s"
chosen "$bin/pulumi"
