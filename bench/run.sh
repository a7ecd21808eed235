#!/usr/bin/env bash
# Scale measurement of OneStop (issue 3): builds Release, generates (or reuses) a SQLite file and a
# PostgreSQL database of fictitious people and visits, starts the app on each, runs the load
# scenarios over loopback and the raw SQL of the search, and prints one markdown table.
#
# Usage: bench/run.sh [--people 1000000] [--visits 5000000] [--structures 20] [--clients 8]
#                     [--duration 30] [--warmup 15] [--providers "sqlite postgres"]
#                     [--today "/FrontDesk/Today?structureId={structure}&date={date}"]
#        bench/run.sh --import 100000      (issue 4: the participant import on a fresh SQLite file)
# Data is kept in $BENCH_DIR (default /tmp/onestop-bench) and reused by later runs of the same size.
# Not part of ./test.sh.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

import_rows=""
people=1000000 visits=5000000 structures=20 clients=8 duration=30 warmup=15 providers="sqlite postgres"
today_path="/FrontDesk/Today?structureId={structure}&date={date}"
while [ $# -gt 0 ]; do
  case "$1" in
    --people) people=$2; shift 2 ;;
    --visits) visits=$2; shift 2 ;;
    --structures) structures=$2; shift 2 ;;
    --clients) clients=$2; shift 2 ;;
    --duration) duration=$2; shift 2 ;;
    --warmup) warmup=$2; shift 2 ;;
    --providers) providers=$2; shift 2 ;;
    --today) today_path=$2; shift 2 ;;
    --import) import_rows=$2; shift 2 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done

BENCH_DIR=${BENCH_DIR:-/tmp/onestop-bench}
PG_BIN=${PG_BIN:-/usr/lib/postgresql/15/bin}
mkdir -p "$BENCH_DIR" && chmod 755 "$BENCH_DIR"
size="$people-$visits"
results="$BENCH_DIR/results-$size.md"
: > "$results"

say() { printf '\n== %s\n' "$*" >&2; }
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'; }

say "building Release"
dotnet build bench/OneStop.Bench -c Release -nologo -v q -clp:ErrorsOnly >&2
bench="dotnet $root/bench/OneStop.Bench/bin/Release/net10.0/OneStop.Bench.dll"
web="$root/src/OneStop.Web/bin/Release/net10.0/OneStop.Web.dll"

app_pid=""
pg_dir="" pg_user=$(id -un)
run_pg() { "$@"; }
if [ "$(id -u)" = 0 ]; then
  pg_user=postgres
  id postgres >/dev/null 2>&1 || useradd --system --no-create-home postgres
  run_pg() { runuser -u postgres -- "$@"; }
fi
stop_app() { if [ -n "$app_pid" ]; then kill "$app_pid" 2>/dev/null || true; wait "$app_pid" 2>/dev/null || true; app_pid=""; fi; }
stop_pg() { if [ -n "$pg_dir" ]; then run_pg "$PG_BIN/pg_ctl" -D "$pg_dir" -m fast stop >/dev/null 2>&1 || true; pg_dir=""; fi; }
trap 'stop_app; stop_pg' EXIT

# $1 provider, $2 connection string: generate unless this size was already generated.
generate() {
  # v2: visits in time order (ids follow days); data of an older generator is made again.
  local marker="$BENCH_DIR/$1-$size.v2.done"
  if [ -f "$marker" ]; then say "reusing the $1 data ($size)"; return; fi
  say "generating $1: $people people, $visits visits, $structures structures"
  local start=$SECONDS
  nice -n 5 $bench generate --provider "$1" --connection "$2" --people "$people" --visits "$visits" --structures "$structures" >&2
  echo "$((SECONDS - start))" > "$marker"
}

# $1 provider, $2 connection string: start the app, run the scenarios, stop it.
measure() {
  local provider=$1 connection=$2 port
  port=$(free_port)
  say "starting the app on $provider, port $port"
  Database__Provider=$provider ConnectionStrings__OneStop="$connection" ASPNETCORE_ENVIRONMENT=Production \
    OneStop__Bootstrap__AdminEmail=admin@bench.test OneStop__Bootstrap__AdminPassword=Bench-Password-1 \
    dotnet "$web" --urls "http://127.0.0.1:$port" --contentRoot "$root/src/OneStop.Web" > "$BENCH_DIR/app-$provider.log" 2>&1 &
  app_pid=$!
  for _ in $(seq 1 1800); do
    curl -sf "http://127.0.0.1:$port/health" >/dev/null 2>&1 && break
    sleep 1
  done
  local url="http://127.0.0.1:$port"
  {
    echo "### $provider — $people people, $visits visits (generated in $(cat "$BENCH_DIR/$provider-$size.done") s)"
    echo
    $bench run --url "$url" --clients "$clients" --duration "$duration" --warmup "$warmup" --scenario search --people "$people"
    $bench run --url "$url" --clients "$clients" --duration "$duration" --warmup "$warmup" --scenario visits --people "$people" | tail -n 1
    $bench run --url "$url" --clients "$clients" --duration "$duration" --warmup "$warmup" --scenario url --path "$today_path" | tail -n 1
    echo
    $bench sql --provider "$provider" --connection "$connection" --people "$people" --iterations 100 --warmup 5 --shape app | tail -n 3
    echo
  } | tee -a "$results"
  stop_app
}

# The participant import: a fresh SQLite file with the demo municipality, N rows posted by its
# Caseworker, then the same file again; time and the app's peak resident memory.
if [ -n "$import_rows" ]; then
  db="$BENCH_DIR/import-$import_rows.db"
  rm -f "$db"*
  port=$(free_port)
  say "starting the app on a fresh SQLite file (demo data), port $port"
  Database__Provider=Sqlite ConnectionStrings__OneStop="Data Source=$db" ASPNETCORE_ENVIRONMENT=Production OneStop__DemoData=true \
    dotnet "$web" --urls "http://127.0.0.1:$port" --contentRoot "$root/src/OneStop.Web" > "$BENCH_DIR/app-import.log" 2>&1 &
  app_pid=$!
  for _ in $(seq 1 120); do
    curl -sf "http://127.0.0.1:$port/health" >/dev/null 2>&1 && break
    sleep 1
  done
  $bench import --url "http://127.0.0.1:$port" --rows "$import_rows" --email caseworker@demo.test --password Demo-OneStop-2026 --pid "$app_pid" | tee "$BENCH_DIR/results-import-$import_rows.md"
  stop_app
  exit 0
fi

for provider in $providers; do
  case "$provider" in
    sqlite)
      connection="Data Source=$BENCH_DIR/sqlite-$size.db"
      [ -f "$BENCH_DIR/Sqlite-$size.v2.done" ] || rm -f "$BENCH_DIR/sqlite-$size.db"*
      generate Sqlite "$connection"
      measure Sqlite "$connection"
      ;;
    postgres)
      pg_root="$BENCH_DIR/pg-$size"
      if [ ! -f "$BENCH_DIR/Postgres-$size.v2.done" ]; then
        rm -rf "$pg_root"; mkdir -p "$pg_root"; chown "$pg_user" "$pg_root" 2>/dev/null || true
        run_pg "$PG_BIN/initdb" -D "$pg_root/data" -U "$pg_user" --auth=trust --encoding=UTF8 --locale=C.UTF-8 >/dev/null
      fi
      pg_dir="$pg_root/data"
      pg_port=$(free_port)
      say "starting PostgreSQL on port $pg_port (shared_buffers=1GB, durable defaults otherwise)"
      run_pg "$PG_BIN/pg_ctl" -D "$pg_dir" -l "$pg_root/server.log" -w \
        -o "-p $pg_port -k $pg_root -c listen_addresses=127.0.0.1 -c shared_buffers=1GB" start >/dev/null
      connection="Host=127.0.0.1;Port=$pg_port;Username=$pg_user;Database=onestop_bench"
      generate Postgres "$connection"
      measure Postgres "$connection"
      stop_pg
      ;;
    *) echo "unknown provider $provider" >&2; exit 2 ;;
  esac
done

say "results ($results)"
cat "$results"
