# The two commands of the README: `make run` and `make test`. Both set up first.
.PHONY: setup run test lint bench

setup:
	@./scripts/setup.sh

run: setup
	.venv/bin/cardkeeper

test: setup
	.venv/bin/ruff check .
	.venv/bin/ruff format --check .
	.venv/bin/mypy
	.venv/bin/python -m pytest

bench: setup
	.venv/bin/python -m bench.accuracy
	.venv/bin/python -m bench.speed
	xvfb-run -a -s "-screen 0 1600x1000x24" .venv/bin/python -m bench.window
	xvfb-run -a -s "-screen 0 1600x1000x24" .venv/bin/python -m bench.scanner
	.venv/bin/python -m bench.exchange
	.venv/bin/python -m bench.sync
