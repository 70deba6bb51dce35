#!/usr/bin/env bash
# A Python virtual environment for the Python SDK's engine tests and the release's sdist and wheel: the Pulumi SDK
# from PyPI at the newest release not newer than the installed @pulumi/pulumi (PyPI's `pulumi` lags npm's by a few
# releases: npm has 3.276.0 where PyPI's newest is 3.272.0), what the generated SDK (sdk/python) requires besides,
# and PyPI's `build` with setuptools, which `npm run release` builds the SDK with (`--no-isolation`: the build
# then needs no index). Beside it, `wheelhouse/` holds the wheels of everything the SDK's wheel depends on, with
# `pulumi` at the environment's own release, so a test can install the wheel into a fresh virtualenv with
# `pip install --no-index --find-links <wheelhouse>` and reach PyPI only here, once.
# Idempotent and cached outside the repo; prints the environment's python on its last line.
set -euo pipefail

repo=$(cd "$(dirname "$0")/.." && pwd)
say() { printf 'setup:python: %s\n' "$*" >&2; }

version=$(node -p "require('$repo/node_modules/@pulumi/pulumi/package.json').version" 2>/dev/null) ||
  { say "error: @pulumi/pulumi is not installed: run \`npm ci\` first"; exit 1; }
venv="${XDG_CACHE_HOME:-$HOME/.cache}/pulumi-frontegg/python-pulumi-$version"
python=${PYTHON:-python3}
pip() { "$venv/bin/pip" --quiet --disable-pip-version-check "$@"; }

if [ ! -e "$venv/.complete" ]; then
  command -v "$python" >/dev/null || { say "error: $python is not on PATH (set PYTHON to a Python 3.9 or later)"; exit 1; }
  say "creating $venv with pulumi<=$version from PyPI"
  rm -rf "$venv"
  "$python" -m venv "$venv"
  pip install "pulumi<=$version" "parver>=0.2.1" "semver>=2.8.1"
  touch "$venv/.complete"
fi

# The SDK's dependencies as pyproject.toml states them, `pulumi` pinned to the release this environment has: the
# wheelhouse is made again when they change (its marker names their hash).
requirements=$("$venv/bin/python" - "$repo/sdk/python/pyproject.toml" <<'PY'
import json, re, sys
from importlib.metadata import version
text = open(sys.argv[1], encoding="utf-8").read()
found = re.search(r"^\s*dependencies\s*=\s*(\[.*?\])\s*$", text, re.M)
if not found:
    sys.exit(f"{sys.argv[1]} has no one-line `dependencies = [...]`: say here how to read the SDK's dependencies")
for requirement in json.loads(found.group(1)):
    print(f"pulumi=={version('pulumi')}" if re.match(r"pulumi\b(?![-_])", requirement) else requirement)
PY
)
# setuptools 70.1 and later build wheels without PyPI's `wheel`.
tools=("build>=1.2" "setuptools>=70.1")
marker="$venv/.release-tools-$(printf '%s\n' "${tools[@]}" "$requirements" | sha256sum | cut -c1-16)"
if [ ! -e "$marker" ]; then
  say "adding build and setuptools to $venv, and the SDK's dependencies' wheels to $venv/wheelhouse, from PyPI"
  pip install "${tools[@]}"
  rm -rf "$venv/wheelhouse" "$venv"/.release-tools-*
  mapfile -t specs <<<"$requirements"
  pip download --dest "$venv/wheelhouse" --only-binary=:all: "${specs[@]}"
  touch "$marker"
fi
echo "$venv/bin/python"
