# Wissensnetz: `make run` serves the demo site, `make test` runs every check. `make help` lists all targets.
SHELL := /bin/bash
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
PY := $(VENV)/bin/python
MANAGE := DJANGO_SETTINGS_MODULE=config.settings.dev $(PY) manage.py
HOST ?= 127.0.0.1
PORT ?= 8000

.DEFAULT_GOAL := help

.PHONY: help
help: ## List the targets
	@grep -E '^[a-zA-Z_-]+:.*?## ' $(MAKEFILE_LIST) | awk 'BEGIN {FS = ":.*?## "}; {printf "  \033[36m%-14s\033[0m %s\n", $$1, $$2}'

$(VENV)/.runtime: requirements.txt
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -r requirements.txt
	touch $@

$(VENV)/.dev: $(VENV)/.runtime requirements-dev.txt
	$(PY) -m pip install --quiet -r requirements-dev.txt
	touch $@

.PHONY: venv
venv: $(VENV)/.dev ## Create or update the virtualenv with runtime and test dependencies

.PHONY: migrate
migrate: $(VENV)/.runtime ## Apply database migrations
	$(MANAGE) migrate --noinput

.PHONY: demo
demo: migrate ## Load the demo content (idempotent), set up editorial roles and review, build the search index
	$(MANAGE) load_demo
	$(MANAGE) setup_roles
	$(MANAGE) search_index rebuild --no-progress

.PHONY: run
run: demo ## Set everything up and serve the demo site on http://127.0.0.1:8000 (SQLite, database search)
	$(MANAGE) ensure_dev_admin
	$(MANAGE) runserver $(HOST):$(PORT)

.PHONY: lint
lint: $(VENV)/.dev ## Ruff lint and format check
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

.PHONY: format
format: $(VENV)/.dev ## Format the code with ruff
	$(VENV)/bin/ruff format .
	$(VENV)/bin/ruff check --fix .

.PHONY: check
check: $(VENV)/.dev migrate ## Django system checks, the missing-migrations check and a check of the demo file
	$(MANAGE) check
	DJANGO_SETTINGS_MODULE=config.settings.production SECRET_KEY=$$($(PY) -c "import secrets; print(secrets.token_urlsafe(50))") ALLOWED_HOSTS=wissensnetz.example.org \
		$(PY) manage.py check --deploy --fail-level WARNING
	$(MANAGE) makemigrations --check --dry-run
	$(MANAGE) import_exchange --check exchange/demo/demo.json

.PHONY: test
test: lint check ## Lint, checks and the whole test suite (with a local search engine when Java and Maven exist)
	scripts/with-search-engine .venv/bin/pytest

# Elasticsearch's integ-test distribution has no analysis-common: its indices get the portable analysis profile,
# so the tests that need the German one are deselected. So are the search tests that never reach the remote
# engine (the database engine's own tests and variants, named "database"; query parsing; the views, which
# run on the database engine): `make test` runs those.
ELASTICSEARCH := SEARCH_ENGINE_FLAVOUR=elasticsearch scripts/search-engine
ELASTICSEARCH_TESTS := tests/search -m "not german_analysis" -k "not database" \
	--ignore=tests/search/test_intent.py --ignore=tests/search/test_search_views.py

.PHONY: test-elasticsearch
test-elasticsearch: $(VENV)/.dev ## The search tests against a local Elasticsearch 9 (portable analysis; started and stopped here)
	@started=""; $(ELASTICSEARCH) status >/dev/null 2>&1 || started=yes; \
	url=$$($(ELASTICSEARCH) start) || exit 1; \
	if [ -n "$$started" ]; then trap '$(ELASTICSEARCH) stop' EXIT; fi; \
	echo "test-elasticsearch: SEARCH_URL=$$url"; \
	SEARCH_URL=$$url $(VENV)/bin/pytest $(ELASTICSEARCH_TESTS)

.PHONY: bench
bench: $(VENV)/.dev ## Search relevance and latency, index rebuild, import, image and subscription figures → docs/benchmarks.md
	scripts/with-search-engine $(PY) scripts/bench/run.py

.PHONY: bench-relevance
bench-relevance: $(VENV)/.dev ## Only search relevance on the demo and the independent set → its section of docs/benchmarks.md
	scripts/with-search-engine $(PY) scripts/bench/run.py --only relevance

.PHONY: bench-scale
bench-scale: $(VENV)/.dev ## Only the remote engine with 100,000 documents (a node of its own on port 9202) → its section of docs/benchmarks.md
	$(PY) scripts/bench/run.py --only scale

.PHONY: search-engine
search-engine: ## Start the local OpenSearch (fetched from Maven Central) and print its SEARCH_URL
	scripts/search-engine start

.PHONY: search-engine-stop
search-engine-stop: ## Stop the local OpenSearch
	scripts/search-engine stop

.PHONY: clean
clean: ## Remove the virtualenv, the SQLite database and uploaded media
	rm -rf $(VENV) db.sqlite3 media staticfiles
