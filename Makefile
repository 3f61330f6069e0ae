# The two commands of the README: `make run` and `make test`. Everything else is what they build on.
SHELL := /bin/bash
PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
PY := $(BIN)/python
# The virtual environment is rebuilt when the declared dependencies change.
STAMP := $(VENV)/.installed
HOST ?= 127.0.0.1
PORT ?= 8000

NODE_STAMP := node_modules/.installed

.PHONY: run test test-fast lint format install browser-tools database migrate demo messages screenshots audit bench backup restore clean

run: export DJANGO_DEBUG ?= true
run: install database
	$(PY) manage.py migrate --no-input
	$(PY) manage.py load_demo
	$(PY) manage.py make_thumbnails
	$(PY) manage.py demo_admin
	$(PY) manage.py demo_partner
	@echo "The portal: http://$(HOST):$(PORT)/   the admin: http://$(HOST):$(PORT)/admin/"
	@echo "The task worker runs beside it: the e-mails it sends are printed here. Ctrl-C stops both."
# The worker (manage.py db_worker) in the background, the server in the foreground; the trap stops
# the worker however the server ends. Ctrl-C reaches both, and each stops cleanly.
	@trap 'kill $$worker 2>/dev/null; wait $$worker 2>/dev/null' EXIT; \
	$(PY) manage.py db_worker & worker=$$!; \
	$(PY) manage.py runserver $(HOST):$(PORT)

test: export DJANGO_SETTINGS_MODULE = tests.settings
# A fresh test database each time: a reused one may have lost the rows migrations create.
# Branch coverage of the code run in this process; the floor is fail_under in pyproject.toml.
test: install browser-tools database lint
	$(BIN)/pytest --create-db --cov --cov-report=term:skip-covered

# The inner loop: ruff and the tests not marked browser or slow (pyproject.toml lists the markers).
test-fast: export DJANGO_SETTINGS_MODULE = tests.settings
test-fast: install database lint
	$(BIN)/pytest --create-db -m "not browser and not slow"

lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/lint-imports

format: install
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

install: $(STAMP)

$(STAMP): pyproject.toml
	@command -v $(PYTHON) >/dev/null || { echo "Python 3.11 is needed: install it (e.g. apt-get install python3.11 python3.11-venv) or set PYTHON=/path/to/python3.11"; exit 1; }
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check --upgrade pip
	$(PY) -m pip install --quiet --disable-pip-version-check --editable ".[dev]"
	touch $(STAMP)

# What the browser tests need besides Python: Debian's Chromium (driven by Playwright), Java for the
# W3C HTML checker, and the Node packages of package.json (axe-core, vnu-jar, Lighthouse).
browser-tools: $(NODE_STAMP)
	@command -v chromium >/dev/null || $(call apt_install,chromium)
	@command -v java >/dev/null || $(call apt_install,default-jre-headless)

$(NODE_STAMP): package.json package-lock.json
	@command -v npm >/dev/null || $(call apt_install,nodejs npm)
	npm ci --no-audit --no-fund --loglevel=error
	touch $(NODE_STAMP)

# Installs Debian packages as root; anyone else is told the command to run.
define apt_install
{ if [ "$$(id -u)" = 0 ]; then echo "Installing $(1) from Debian..."; apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $(1); else echo "The browser tests need $(1): run  sudo apt-get install $(1)  and try again."; exit 1; fi; }
endef

database: export DJANGO_DEBUG ?= true
database: install
	$(PY) manage.py ensure_database

# Re-extract the interface strings of every app and template into portal/locale (English is the
# source language), then compile them. Needs GNU gettext (apt-get install gettext).
messages: export DJANGO_DEBUG ?= true
messages: install
	$(PY) manage.py makemessages --locale pl --locale cs --no-location --no-obsolete \
		--ignore=$(VENV) --ignore=staticfiles --ignore=media --ignore=tests
	$(PY) manage.py compilemessages --ignore=$(VENV)

# Pictures of the main pages (desktop and phone) into docs/screenshots/, shown in the README.
screenshots: install browser-tools database
	$(PY) -m tests.browser.screenshots

# Lighthouse's four scores (mobile) for home, the practice list and a practice, against the
# production-like server, into docs/quality.md; fails below 95.
audit: install browser-tools database
	$(PY) -m tests.browser.audit

# Requests per second and latency (wrk) of the main pages at the default scale, cold and cached,
# against a bare Django view on the same production-like server, into docs/performance.md. Seeds
# its own database (crossborder_bench) the first time; installs wrk with apt when run as root.
bench: install
	$(PY) -m bench.run

# A consistent copy of the database (pg_dump) and of the uploaded files, in a new folder under
# $(BACKUP_DIR) with a manifest; `make restore BACKUP=backups/<stamp>` brings one back into an empty
# database and empty file folders. Both need PostgreSQL's client programs (pg_dump, pg_restore).
BACKUP_DIR ?= backups
backup: export DJANGO_DEBUG ?= true
backup: install
	$(PY) manage.py backup --dir $(BACKUP_DIR)

restore: export DJANGO_DEBUG ?= true
restore: install database
	@test -n "$(BACKUP)" || { echo "Name the backup to restore: make restore BACKUP=$(BACKUP_DIR)/<stamp>"; exit 1; }
	$(PY) manage.py restore $(BACKUP)

clean:
	rm -rf $(VENV) node_modules staticfiles .coverage
