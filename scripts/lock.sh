#!/usr/bin/env bash
# Compiles requirements.lock: every Python package CardKeeper's setup installs, direct and
# indirect, pinned with the hashes of all their files, for every platform (the bundle is built
# on Windows and macOS too). pyproject.toml keeps the ranges; this file is what was tested.
#   scripts/lock.sh              keep what is locked, add only what pyproject now asks for
#   scripts/lock.sh --upgrade    take the newest versions pyproject allows
set -euo pipefail
cd "$(dirname "$0")/.."
upgrade=()
[[ ${1:-} == --upgrade ]] && upgrade=(--upgrade)
.venv/bin/uv pip compile pyproject.toml --extra dev --extra dist \
    --universal --python-version 3.11 --generate-hashes --quiet \
    --custom-compile-command "scripts/lock.sh" "${upgrade[@]}" \
    --output-file requirements.lock
