#!/usr/bin/env bash
# Runs the whole suite on the newest versions pyproject.toml allows, in .venv-upgrade, so that a
# break from a new release (OpenCV 5 moved a card outline) is seen on purpose, before a newcomer's
# fresh install or a lock upgrade meets it. Lists what differs from requirements.lock first.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/setup.sh  # the system packages, and the locked venv whose uv reads the lock below

rm -rf .venv-upgrade
"${PYTHON:-python3}" -m venv .venv-upgrade
.venv-upgrade/bin/python -m pip install --quiet --upgrade pip
.venv-upgrade/bin/python -m pip install --quiet --upgrade --upgrade-strategy eager -e ".[dev,dist]"

echo "Versions that differ from requirements.lock:"
.venv-upgrade/bin/python - <<'PY'
import re
from collections import defaultdict
from importlib.metadata import distributions

locked = defaultdict(set)  # a package may be pinned twice, under two markers
for name, version in re.findall(r"^([a-z0-9][a-z0-9._-]*)==([^ ;\\]+)", open("requirements.lock").read(), re.M):
    locked[name].add(version)
for dist in sorted(distributions(), key=lambda d: d.metadata["Name"].lower()):
    name = re.sub(r"[-_.]+", "-", dist.metadata["Name"]).lower()
    if name in locked and dist.version not in locked[name]:
        print(f"  {name}: {' or '.join(sorted(locked[name]))} -> {dist.version}")
PY

.venv-upgrade/bin/ruff check .
.venv-upgrade/bin/mypy
.venv-upgrade/bin/python -m pytest -p no:cacheprovider "$@"
echo "The suite passes on the newest versions allowed: scripts/lock.sh --upgrade takes them."
