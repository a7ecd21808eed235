#!/usr/bin/env bash
# Runs every test: unit and integration tests on SQLite, the same suite on a throwaway PostgreSQL
# server started here, then the browser tests in headless Chromium. Installs what a fresh machine
# lacks (Debian's chromium, poppler-utils, qpdf). Usage: ./test.sh   (extra arguments go to every `dotnet test`)
set -euo pipefail
cd "$(dirname "$0")"
root=$(pwd)
log_dir=$(mktemp -d /tmp/onestop-test.XXXXXX)
chmod 755 "$log_dir"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

say() { printf '\n== %s\n' "$*"; }

as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

# --- what a fresh machine lacks -------------------------------------------------------------
# Debian packages the tests call: chromium (browser tests), pdftotext/pdftoppm (poppler-utils) and
# qpdf (the PDFs are read and checked by other people's tools).
missing=()
command -v chromium >/dev/null 2>&1 || missing+=(chromium fonts-dejavu-core)
command -v pdftotext >/dev/null 2>&1 || missing+=(poppler-utils)
command -v qpdf >/dev/null 2>&1 || missing+=(qpdf)
if [ ${#missing[@]} -gt 0 ]; then
  say "installing Debian's ${missing[*]}"
  as_root apt-get update -qq
  DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq "${missing[@]}" >/dev/null
fi
PG_BIN=${PG_BIN:-/usr/lib/postgresql/15/bin}
if [ ! -x "$PG_BIN/initdb" ]; then
  say "installing PostgreSQL 15"
  as_root apt-get update -qq
  DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq postgresql-15 >/dev/null
fi

# --- a throwaway PostgreSQL server, as a non-root user, on a free port, in a temp folder ------
pg_dir="$log_dir/pg"
pg_port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')
pg_user=$(id -un)
run_pg() { "$@"; }
if [ "$(id -u)" = 0 ]; then
  pg_user=postgres
  id postgres >/dev/null 2>&1 || useradd --system --no-create-home postgres
  run_pg() { runuser -u postgres -- "$@"; }
fi
mkdir -p "$pg_dir" && chown "$pg_user" "$pg_dir" 2>/dev/null || true
stop_pg() { run_pg "$PG_BIN/pg_ctl" -D "$pg_dir/data" -m immediate stop >/dev/null 2>&1 || true; }
trap 'stop_pg; rm -rf "$log_dir"' EXIT

say "starting PostgreSQL on port $pg_port"
run_pg "$PG_BIN/initdb" -D "$pg_dir/data" -U "$pg_user" --auth=trust --encoding=UTF8 --locale=C.UTF-8 >/dev/null
run_pg "$PG_BIN/pg_ctl" -D "$pg_dir/data" -l "$pg_dir/server.log" -w \
  -o "-p $pg_port -k $pg_dir -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" start >/dev/null

# --- build once, then run --------------------------------------------------------------------
say "building"
dotnet build OneStop.slnx -c Release -nologo -v q -clp:ErrorsOnly

status=0
run_tests() {
  local name=$1; shift
  say "$name"
  if ! dotnet test "$@" -c Release --no-build -nologo 2>&1 | tee "$log_dir/$name.log"; then status=1; fi
}

run_tests sqlite tests/OneStop.Tests "${@}"
ONESTOP_TEST_PROVIDER=Postgres ONESTOP_TEST_PG="Host=127.0.0.1;Port=$pg_port;Username=$pg_user" \
  run_tests postgres tests/OneStop.Tests "${@}"
if [ -d tests/OneStop.E2E ]; then
  run_tests browser tests/OneStop.E2E "${@}"
fi

# --- one closing line for every run -----------------------------------------------------------
passed=$(cat "$log_dir"/*.log | sed -n 's/.*Passed: *\([0-9]*\).*/\1/p' | awk '{s+=$1} END {print s+0}')
failed=$(cat "$log_dir"/*.log | sed -n 's/.*Failed: *\([0-9]*\),.*/\1/p' | awk '{s+=$1} END {print s+0}')
passed=${passed:-0}; failed=${failed:-0}
[ "$status" = 0 ] || [ "$failed" != 0 ] || failed=1
echo
echo "${passed} passed, ${failed} failed"
exit $status
