#!/usr/bin/env bash
# A Python virtual environment for the Python SDK's engine tests: the Pulumi SDK from PyPI at the newest release
# not newer than the installed @pulumi/pulumi (PyPI's `pulumi` lags npm's by a few releases: npm has 3.276.0 where
# PyPI's newest is 3.272.0), and what the generated SDK (sdk/python) requires besides. Idempotent and cached
# outside the repo; prints the environment's python on its last line.
set -euo pipefail

repo=$(cd "$(dirname "$0")/.." && pwd)
say() { printf 'setup:python: %s\n' "$*" >&2; }

version=$(node -p "require('$repo/node_modules/@pulumi/pulumi/package.json').version" 2>/dev/null) ||
  { say "error: @pulumi/pulumi is not installed: run \`npm ci\` first"; exit 1; }
venv="${XDG_CACHE_HOME:-$HOME/.cache}/pulumi-frontegg/python-pulumi-$version"
python=${PYTHON:-python3}

if [ ! -e "$venv/.complete" ]; then
  command -v "$python" >/dev/null || { say "error: $python is not on PATH (set PYTHON to a Python 3.9 or later)"; exit 1; }
  say "creating $venv with pulumi<=$version from PyPI"
  rm -rf "$venv"
  "$python" -m venv "$venv"
  "$venv/bin/pip" install --quiet --disable-pip-version-check "pulumi<=$version" "parver>=0.2.1" "semver>=2.8.1"
  touch "$venv/.complete"
fi
echo "$venv/bin/python"
