# The two commands of the README. Each creates .venv with Python 3.11 and pip if needed.
PYTHON ?= python3.11
VENV   := .venv
BIN    := $(VENV)/bin

.PHONY: demo test install clean

$(BIN)/ai-etl: pyproject.toml plugins/dbt-chdb/pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet ./plugins/dbt-chdb -e '.[test]'
	touch $@

install: $(BIN)/ai-etl

## Run the main job on the embedded defaults: PostgreSQL up, demo data, dbt parse, materialize daily_sales.
demo: install
	$(BIN)/ai-etl demo

## Run the whole test suite (starts its own embedded PostgreSQL and moto S3 server).
test: install
	$(BIN)/ai-etl prepare
	$(BIN)/pytest -n 2 --dist loadfile

clean:
	-$(BIN)/ai-etl db stop
	rm -rf projects/*/.data dbt_project/target .dagster_home
