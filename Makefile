# The two commands of the README: `make run` and `make test`. Both set up first, with exactly
# the Python packages in requirements.lock.
.PHONY: setup run test lint bench lock upgrade-check

setup:
	@./scripts/setup.sh

run: setup
	.venv/bin/cardkeeper

test: setup
	.venv/bin/ruff check .
	.venv/bin/ruff format --check .
	.venv/bin/mypy
	.venv/bin/python -m pytest

# Re-pin requirements.lock after a change to pyproject.toml's dependencies (UPGRADE=1: newest).
lock: setup
	./scripts/lock.sh $(if $(UPGRADE),--upgrade)

# The whole suite on the newest versions pyproject allows, in .venv-upgrade.
upgrade-check:
	./scripts/upgrade_check.sh

bench: setup
	.venv/bin/python -m bench.accuracy
	.venv/bin/python -m bench.speed
	xvfb-run -a -s "-screen 0 1600x1000x24" .venv/bin/python -m bench.window
	xvfb-run -a -s "-screen 0 1600x1000x24" .venv/bin/python -m bench.scanner
	.venv/bin/python -m bench.exchange
	.venv/bin/python -m bench.sync
