# The two commands of the README: `make run` and `make test`. Both set up first, with exactly
# the Python packages in requirements.lock.
.PHONY: setup run test lint bench lock upgrade-check dist

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

# The one-folder app in dist/cardkeeper (PyInstaller, packaging/cardkeeper.spec), then the
# smoke check that runs what was built: the commands on a sample card and the window on Xvfb.
dist: setup
	@start=$$(date +%s) && \
	.venv/bin/pyinstaller --noconfirm --clean --log-level WARN \
		--distpath dist --workpath build packaging/cardkeeper.spec && \
	xvfb-run -a -s "-screen 0 1280x800x24" .venv/bin/python packaging/smoke_check.py dist \
		--build-seconds $$(( $$(date +%s) - start ))

bench: setup
	.venv/bin/python -m bench.accuracy
	.venv/bin/python -m bench.speed
	xvfb-run -a -s "-screen 0 1600x1000x24" .venv/bin/python -m bench.window
	xvfb-run -a -s "-screen 0 1600x1000x24" .venv/bin/python -m bench.scanner
	.venv/bin/python -m bench.exchange
	.venv/bin/python -m bench.sync
