# Coalition: `make run` opens the app, `make test` runs the whole suite headless.
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: run test install clean demo bench bench-quick

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

install: $(STAMP)

run: $(STAMP) translations
	$(BIN)/coalition

# The window's Spanish: the catalogue coalition_es.ts (Qt Linguist's format, edited by
# hand or in pyside6-linguist) is compiled to the .qm the app loads.  The .qm is kept in
# the repository beside its .ts so that a wheel built by any means carries it;
# tests/app/test_translations.py fails when it no longer matches its .ts.
# `make update-translations` collects the strings of the window into the .ts again.
# The services' sentences (errors, validation messages, labels, the command line's lines),
# marked with QT_TRANSLATE_NOOP/translate from coalition/common/i18n.py, have a catalogue
# of their own, coalition_services_es.ts, collected from every package but the window's.
TRANSLATIONS := coalition/resources/translations
UI_TS        := $(TRANSLATIONS)/coalition_es.ts
SERVICES_TS  := $(TRANSLATIONS)/coalition_services_es.ts
# English's own plural forms ("1 day late", "3 days late"): only the window's %Ln strings.
PLURALS_TS   := $(TRANSLATIONS)/coalition_en.ts
TS_FILES     := $(UI_TS) $(SERVICES_TS) $(PLURALS_TS)
QM_FILES     := $(TS_FILES:.ts=.qm)

.PHONY: translations update-translations
translations: $(QM_FILES)

$(TRANSLATIONS)/%.qm: $(TRANSLATIONS)/%.ts | $(STAMP)
	$(BIN)/pyside6-lrelease -silent $< -qm $@

update-translations: $(STAMP)
	$(BIN)/pyside6-lupdate -no-obsolete -locations none \
	  $$(find coalition/ui -name '*.py' | sort) -ts $(UI_TS)
	$(BIN)/pyside6-lupdate -pluralonly -no-obsolete -locations none \
	  -source-language en -target-language en \
	  $$(find coalition/ui -name '*.py' | sort) -ts $(PLURALS_TS)
	$(BIN)/pyside6-lupdate -no-obsolete -locations none \
	  $$(find coalition -name '*.py' -not -path 'coalition/ui/*' | sort) -ts $(SERVICES_TS)

# The .ics exports are also read by Mozilla's ical.js under Node (tests/icaljs), pinned by
# its package-lock.json; the stamp inside node_modules goes when node_modules does.
ICALJS       := tests/icaljs
ICALJS_STAMP := $(ICALJS)/node_modules/.installed

$(ICALJS_STAMP): $(ICALJS)/package.json $(ICALJS)/package-lock.json
	@if ! command -v npm >/dev/null 2>&1 && [ "$$(id -u)" = 0 ] \
	    && [ -f /etc/debian_version ] && command -v apt-get >/dev/null 2>&1; then \
	  echo "npm not found: installing Node.js and npm with apt-get (for tests/icaljs)"; \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nodejs npm; \
	fi; \
	if command -v npm >/dev/null 2>&1; then \
	  npm ci --prefix $(ICALJS) --no-audit --no-fund && touch $@; \
	else \
	  echo "*** npm not found: cannot install ical.js into $(ICALJS)/node_modules." >&2; \
	  echo "*** Install Node.js and npm (Debian: apt-get install nodejs npm) and run make test" >&2; \
	  echo "*** again. Until then the .ics tests that need ical.js skip (or fail when CI is set)." >&2; \
	fi

# The tests of the shared server start a throwaway PostgreSQL (tests/pgserver.py) from the
# machine's server programs: pg_config --bindir, /usr/lib/postgresql/*/bin, or PATH.
PG_SERVER_FOUND = { d=$$(pg_config --bindir 2>/dev/null) && [ -x "$$d/initdb" ]; } \
	|| ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null 2>&1

.PHONY: postgresql-server
postgresql-server:
	@if ! ( $(PG_SERVER_FOUND) ); then \
	  if [ "$$(id -u)" = 0 ] && [ -f /etc/debian_version ] && command -v apt-get >/dev/null 2>&1; then \
	    echo "PostgreSQL server programs not found: installing postgresql with apt-get (for tests/pgserver.py)"; \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql \
	      || echo "*** apt-get could not install postgresql; the tests of the shared server will say so." >&2; \
	  else \
	    echo "*** PostgreSQL server programs (initdb, pg_ctl, postgres) not found." >&2; \
	    echo "*** Install PostgreSQL (Debian: apt-get install postgresql) and run make test again." >&2; \
	    echo "*** Until then the tests of the shared server skip (or fail when CI is set)." >&2; \
	  fi; \
	fi

# The keyring tests (tests/secret_service.py) start their own Secret Service: a private
# D-Bus session (dbus-daemon) and gnome-keyring-daemon on it, never the desktop's.
SECRET_SERVICE_FOUND = command -v dbus-daemon >/dev/null 2>&1 && command -v gnome-keyring-daemon >/dev/null 2>&1

.PHONY: secret-service
secret-service:
	@if ! ( $(SECRET_SERVICE_FOUND) ); then \
	  if [ "$$(id -u)" = 0 ] && [ -f /etc/debian_version ] && command -v apt-get >/dev/null 2>&1; then \
	    echo "dbus-daemon or gnome-keyring-daemon not found: installing gnome-keyring and dbus with apt-get (for tests/secret_service.py)"; \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq gnome-keyring dbus \
	      || echo "*** apt-get could not install gnome-keyring and dbus; the Secret Service tests will say so." >&2; \
	  else \
	    echo "*** dbus-daemon or gnome-keyring-daemon not found." >&2; \
	    echo "*** Install them (Debian: apt-get install gnome-keyring dbus) and run make test again." >&2; \
	    echo "*** Until then the Secret Service tests skip (or fail when CI is set)." >&2; \
	  fi; \
	fi

# The .ics exports are read a third time by libical (Evolution's parser) through GObject
# introspection (tests/libical_runner.py): Debian's python3-gi and gir1.2-ical-3.0, which
# belong to the system's Python (/usr/bin/python3), not to the venv.
LIBICAL_FOUND = /usr/bin/python3 -c "import gi; gi.require_version('ICalGLib', '3.0'); from gi.repository import ICalGLib" >/dev/null 2>&1

.PHONY: libical
libical:
	@if ! ( $(LIBICAL_FOUND) ); then \
	  if [ "$$(id -u)" = 0 ] && [ -f /etc/debian_version ] && command -v apt-get >/dev/null 2>&1; then \
	    echo "libical's introspection data not found: installing python3-gi and gir1.2-ical-3.0 with apt-get (for tests/libical_runner.py)"; \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq python3-gi gir1.2-ical-3.0 \
	      || echo "*** apt-get could not install python3-gi and gir1.2-ical-3.0; the libical tests will say so." >&2; \
	  else \
	    echo "*** /usr/bin/python3 cannot load libical (ICalGLib 3.0) through GObject introspection." >&2; \
	    echo "*** Install it (Debian: apt-get install python3-gi gir1.2-ical-3.0) and run make test again." >&2; \
	    echo "*** Until then the .ics tests that need libical skip (or fail when CI is set)." >&2; \
	  fi; \
	fi

# The desktop entry and the AppStream metadata (coalition/resources) are checked by
# freedesktop.org's own validators (tests/app/test_desktop_files.py): Debian's
# desktop-file-utils (desktop-file-validate) and appstream (appstreamcli).
DESKTOP_VALIDATORS_FOUND = command -v desktop-file-validate >/dev/null 2>&1 && command -v appstreamcli >/dev/null 2>&1

.PHONY: desktop-validators
desktop-validators:
	@if ! ( $(DESKTOP_VALIDATORS_FOUND) ); then \
	  if [ "$$(id -u)" = 0 ] && [ -f /etc/debian_version ] && command -v apt-get >/dev/null 2>&1; then \
	    echo "desktop-file-validate or appstreamcli not found: installing desktop-file-utils and appstream with apt-get (for tests/app/test_desktop_files.py)"; \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq desktop-file-utils appstream \
	      || echo "*** apt-get could not install desktop-file-utils and appstream; the validation tests will say so." >&2; \
	  else \
	    echo "*** desktop-file-validate or appstreamcli not found." >&2; \
	    echo "*** Install them (Debian: apt-get install desktop-file-utils appstream) and run make test again." >&2; \
	    echo "*** Until then the tests of the desktop files skip (or fail when CI is set)." >&2; \
	  fi; \
	fi

# The checks that hold the house's shape (pyproject.toml): the layers' contracts, the lint
# rules and the types.
.PHONY: check
check: $(STAMP)
	$(BIN)/lint-imports --no-cache
	$(BIN)/ruff check coalition tests bench
	$(BIN)/ruff format --check coalition tests bench
	$(BIN)/mypy

# The suite with branch coverage; the store and the services (below the screens) must keep
# 90% of their branches covered, each layer as a whole.
empty :=
comma := ,
SERVICES := common search directory endorsements calls drafts decisions mail goals sync security
SERVICE_FILES := $(subst $(empty) $(empty),$(comma),$(foreach s,$(SERVICES),coalition/$(s)/*))
FLOOR := 90
# One worker a core, at most four; each test file runs whole in one worker (its servers and
# fixtures started once).  `make test TEST_WORKERS=` runs the suite in this process alone.
TEST_WORKERS ?= -n auto --maxprocesses=4 --dist loadfile

test: check translations $(ICALJS_STAMP) postgresql-server secret-service libical desktop-validators
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest $(TEST_WORKERS) --cov --cov-report=
	@$(MAKE) --no-print-directory coverage

.PHONY: coverage
coverage:
	@$(BIN)/python -m coverage html -q
	@echo "Coverage report: build/coverage/index.html"
	@for layer in "store=coalition/store/*" "services=$(SERVICE_FILES)"; do \
	  name=$${layer%%=*}; files=$${layer#*=}; \
	  total=$$($(BIN)/python -m coverage report --format=total --include="$$files"); \
	  echo "Branch coverage of the $$name: $$total% (floor: $(FLOOR)%)"; \
	  [ "$$total" -ge $(FLOOR) ] || { echo "*** the $$name fall under the floor" >&2; exit 1; }; \
	done

demo: $(STAMP)
	$(BIN)/coalition demo

# The screenshots of the README and the AppStream page (docs/screenshots/*.png), taken by
# tools/screenshots.py from the real window at 1366x768 under Xvfb (the sign-up kiosk also at
# 1280x800, hence the screen's 800 lines), over a fresh database
# holding the sample coalition, in English (docs/screenshots) and in Spanish
# (docs/screenshots/es).  The sample is loaded in English whatever the machine speaks
# (the demo writes its own words in the language it runs in), so both sets show the same
# records.  The Pacific time zone, and a clock started at SHOTS_NOW by libfaketime (the
# sample's dates follow the clock), keep the pictures the same from one run to the next.
# Xvfb and faketime come from apt-get when missing and the user is root on Debian;
# without faketime the pictures carry today's dates.
# `make screenshots EVERY_AREA=1` also pictures every area in both languages under
# build/screenshots/every/ (not kept), to look them all over.
SHOTS_DB  := build/screenshots/sample.db
SHOTS_NOW ?= 2026-12-07 10:00:00
SHOTS_X    = xvfb-run -a -s "-screen 0 1366x800x24"

.PHONY: screenshots
screenshots: $(STAMP) translations
	@if ! command -v xvfb-run >/dev/null 2>&1 || ! command -v faketime >/dev/null 2>&1; then \
	  if [ "$$(id -u)" = 0 ] && [ -f /etc/debian_version ] && command -v apt-get >/dev/null 2>&1; then \
	    echo "xvfb-run or faketime not found: installing xvfb and faketime with apt-get (for make screenshots)"; \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq xvfb xauth faketime; \
	  elif ! command -v xvfb-run >/dev/null 2>&1; then \
	    echo "*** xvfb-run not found: install Xvfb (Debian: apt-get install xvfb) and run make screenshots again." >&2; \
	    exit 1; \
	  else \
	    echo "*** faketime not found (Debian: apt-get install faketime): the pictures carry today's dates." >&2; \
	  fi; \
	fi
	rm -rf build/screenshots && mkdir -p build/screenshots
	@run() { \
	  if command -v faketime >/dev/null 2>&1; then TZ=America/Los_Angeles faketime -f "@$(SHOTS_NOW)" "$$@"; \
	  else TZ=America/Los_Angeles "$$@"; fi; \
	}; set -e; \
	run env COALITION_LANGUAGE=en $(BIN)/coalition --db $(SHOTS_DB) --plain demo >/dev/null; \
	run $(SHOTS_X) $(BIN)/python tools/screenshots.py --db $(SHOTS_DB) docs/screenshots; \
	run $(SHOTS_X) $(BIN)/python tools/screenshots.py --language es --db $(SHOTS_DB) docs/screenshots/es
	@if [ -n "$(EVERY_AREA)" ]; then \
	  run() { \
	    if command -v faketime >/dev/null 2>&1; then TZ=America/Los_Angeles faketime -f "@$(SHOTS_NOW)" "$$@"; \
	    else TZ=America/Los_Angeles "$$@"; fi; \
	  }; set -e; \
	  run $(SHOTS_X) $(BIN)/python tools/screenshots.py --every-area --db $(SHOTS_DB) build/screenshots/every/en; \
	  run $(SHOTS_X) $(BIN)/python tools/screenshots.py --every-area --language es --db $(SHOTS_DB) build/screenshots/every/es; \
	  echo "Every area, in English and Spanish: build/screenshots/every/"; \
	fi

# The benchmarks (bench/run.py): one Markdown table.  Without DB=PATH a database
# of the full size (bench) or a tenth of it (bench-quick) is generated first.
bench: $(STAMP)
	@QT_QPA_PLATFORM=offscreen $(BIN)/python -m bench.run $(if $(DB),--db $(DB))

bench-quick: $(STAMP)
	@QT_QPA_PLATFORM=offscreen $(BIN)/python -m bench.run --quick $(if $(DB),--db $(DB))

# Mutation testing of the core modules (mutation/run.py), one module after the other, each
# against its own test files; prints the score of each.  Not part of `make test`: on two
# busy cores it took from 5 minutes (validation) to over an hour (calls, 944 mutants);
# MODULES="validation changes" runs some of them only.  Results are kept in build/mutation/
MUTATION_STAMP := $(VENV)/.installed-mutation

$(MUTATION_STAMP): pyproject.toml | $(STAMP)
	$(BIN)/python -m pip install --quiet -e '.[test,mutation]'
	touch $@

.PHONY: mutation
mutation: $(MUTATION_STAMP)
	$(BIN)/python mutation/run.py $(MODULES)

# The standalone bundle (packaging/README.md): dist/coalition/, a one-folder program that
# needs no Python, and dist/coalition-VERSION-linux-ARCH.tar.gz with install.sh.  Takes a
# few minutes, so it is not part of `make test`; `make package-test` builds it and runs it
# headless (packaging/smoke.py), printing its size and start time against the venv's.
PACKAGE_STAMP := $(VENV)/.installed-package

$(PACKAGE_STAMP): pyproject.toml | $(STAMP)
	$(BIN)/python -m pip install --quiet -e '.[test,package]'
	touch $@

# Qt's ICU data is cut to what the app asks of it (packaging/linux/trim_icu.py) with ICU's
# icupkg and binutils; without them the bundle keeps all of it (32 MB more).
.PHONY: package package-test icu-devtools
icu-devtools:
	@if ! command -v icupkg >/dev/null 2>&1 || ! command -v ld >/dev/null 2>&1; then \
	  if [ "$$(id -u)" = 0 ] && [ -f /etc/debian_version ] && command -v apt-get >/dev/null 2>&1; then \
	    echo "icupkg or ld not found: installing icu-devtools and binutils with apt-get (for packaging/linux/trim_icu.py)"; \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq icu-devtools binutils \
	      || echo "*** apt-get could not install icu-devtools; the bundle keeps all of Qt's ICU data." >&2; \
	  else \
	    echo "*** icupkg (Debian: apt-get install icu-devtools) or ld (binutils) not found:" >&2; \
	    echo "*** the bundle keeps all of Qt's ICU data (25 MB more, over the goal of 150 MB)." >&2; \
	  fi; \
	fi

package: $(PACKAGE_STAMP) icu-devtools
	packaging/linux/build.sh $(BIN)/python

package-test: package
	$(BIN)/python packaging/smoke.py

clean:
	rm -rf $(VENV) build dist *.egg-info .pytest_cache
