#!/usr/bin/env bash
# Builds the Pulumi language hosts that `pulumi up` in a project directory needs, from Go modules, for machines
# where Pulumi's installer cannot run (a user's own Pulumi installation ships current hosts; this is for the tests
# and CI here).
#
#   bash scripts/setup-language-hosts.sh    prints the directory holding the hosts on its last line
#
#   pulumi-language-nodejs        TypeScript/JavaScript programs   github.com/pulumi/pulumi/sdk/v3 v3.68.0
#   pulumi-language-python        Python programs                  github.com/pulumi/pulumi/sdk/v3 v3.68.0
#   pulumi-language-python-exec   the script the Python host runs  (copied from the same module)
#   pulumi-language-yaml          Pulumi YAML programs             github.com/pulumi/pulumi-yaml v1.25.0
#
# Why these versions: v3.68.0 is the last release in which the Node.js and Python hosts are packages of the
# module github.com/pulumi/pulumi/sdk/v3; from v3.69.0 on they are modules of their own, which the Go module proxy
# does not serve. They speak the language host protocol current engines still speak, so they run programs under
# CLI 3.2xx. Their limits: no GenerateProgram (`pulumi import` imports, then exits 1 without printing code), and
# the Python host ignores `runtime.options.virtualenv` (activate the virtualenv: its bin first on PATH,
# VIRTUAL_ENV set). pulumi-yaml v1.25.0 is the newest the proxy serves; it does print code on `pulumi import`.
#
# Idempotent and cached in ~/.cache/pulumi-frontegg/language-hosts-<versions>/bin: once built, a run takes a
# second. The directory goes on the engine's PATH beside the CLI.
set -euo pipefail

sdk_version=v3.68.0
yaml_version=v1.25.0
cache=${XDG_CACHE_HOME:-$HOME/.cache}/pulumi-frontegg
dir="$cache/language-hosts-sdk-$sdk_version-yaml-$yaml_version"
bin="$dir/bin"
say() { printf 'setup:language-hosts: %s\n' "$*" >&2; }
fail() { say "error: $*"; exit 1; }

hosts=(pulumi-language-nodejs pulumi-language-python pulumi-language-python-exec pulumi-language-yaml)
complete() { for host in "${hosts[@]}"; do [ -x "$bin/$host" ] || return 1; done; [ -e "$bin/.complete" ]; }
if complete; then
  echo "$bin"
  exit 0
fi

command -v go >/dev/null || fail "Go is not installed: the language hosts are built from Go modules (Go >= 1.25), or install the Pulumi CLI with its hosts (https://www.pulumi.com/docs/install/)"
work="$dir/build"
mkdir -p "$work" "$bin"
started=$(date +%s)

# Pulumi's modules carry replace directives, so `go install module@version` is refused: a throwaway module
# requires them instead. Each host gets a module of its own, so their dependency graphs do not constrain each other.
export GONOSUMDB="${GONOSUMDB:+$GONOSUMDB,}github.com/pulumi/*"
export GOFLAGS="${GOFLAGS:-} -mod=mod"

# build MODULE_DIR REQUIRE PACKAGE OUTPUT
build() {
  local module=$1 require=$2 package=$3 output=$4
  mkdir -p "$work/$module"
  printf 'module pulumi-frontegg/%s\n\ngo 1.25\n' "$module" > "$work/$module/go.mod"
  printf '//go:build tools\n\npackage tools\n\nimport _ "%s"\n' "$package" > "$work/$module/tools.go"
  (cd "$work/$module" && go get "$require" && go mod tidy) > "$work/$module.log" 2>&1 ||
    { tail -n 20 "$work/$module.log" >&2; fail "could not resolve $require through the Go module proxy ($(go env GOPROXY)): see $work/$module.log"; }
  (cd "$work/$module" && go build -trimpath -ldflags "-s -w" -o "$bin/$output.tmp" "$package") >> "$work/$module.log" 2>&1 ||
    { tail -n 20 "$work/$module.log" >&2; fail "compiling $output failed: see $work/$module.log"; }
  mv "$bin/$output.tmp" "$bin/$output"
  say "built $output"
}

say "building the Node.js, Python and YAML language hosts from Go modules into $bin (once, about two minutes)"
build nodejs "github.com/pulumi/pulumi/sdk/v3@$sdk_version" github.com/pulumi/pulumi/sdk/v3/nodejs/cmd/pulumi-language-nodejs pulumi-language-nodejs
build python "github.com/pulumi/pulumi/sdk/v3@$sdk_version" github.com/pulumi/pulumi/sdk/v3/python/cmd/pulumi-language-python pulumi-language-python
# The Python host runs this script (it ships beside the host in every Pulumi installation).
exec_script="$(cd "$work/python" && go list -m -f '{{.Dir}}' github.com/pulumi/pulumi/sdk/v3)/python/cmd/pulumi-language-python-exec"
[ -f "$exec_script" ] || fail "no pulumi-language-python-exec in the sdk/v3 $sdk_version module"
install -m 0755 "$exec_script" "$bin/pulumi-language-python-exec"
build yaml "github.com/pulumi/pulumi-yaml/cmd/pulumi-language-yaml@$yaml_version" github.com/pulumi/pulumi-yaml/cmd/pulumi-language-yaml pulumi-language-yaml
touch "$bin/.complete"
say "built the language hosts in $(( $(date +%s) - started )) s"
echo "$bin"
