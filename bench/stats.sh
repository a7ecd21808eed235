#!/usr/bin/env bash
# Statistics at national scale (issue 6): builds Release, starts a throwaway PostgreSQL
# (shared_buffers=1GB), generates (or reuses) people, visits, ESF participations, cases and
# referrals, starts the app, times over HTTP
#   (a) GET /api/v1/reports/esf?framework=2021-2027&from&to            (national Auditor, a whole year)
#   (b) GET /api/v1/reports/activity?from&to&granularity=month         (national Auditor, a whole year)
#   (c) GET /api/v1/reports/esf/microdata?format=xlsx&framework=2021-2027&from=2000-01-01&to=2100-12-31
#       (Supervisor of the municipality: every participant), with the app's peak memory,
# then the raw SQL of (a) and (b): the statements the app sent (PostgreSQL's statement log during
# one call), EXPLAIN (ANALYZE, BUFFERS) once and N timed runs with psql. Writes a markdown table.
#
# Usage: bench/stats.sh [--people 1000000] [--visits 10000000] [--participations 1200000]
#                       [--structures 20] [--runs 3] [--xlsx-runs 1] [--check-xlsx]
#                       [--from 2025-01-01] [--to 2025-12-31] [--generate-only]
# Small first: bench/stats.sh --people 20000 --visits 200000 --participations 24000
# Data is kept in $BENCH_DIR (default /tmp/onestop-bench) and reused by later runs of the same size.
# Not part of ./test.sh.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

people=1000000 visits=10000000 participations=1200000 structures=20 runs=3 xlsx_runs=1
from=2025-01-01 to=2025-12-31 check="" generate_only=""
while [ $# -gt 0 ]; do
  case "$1" in
    --people) people=$2; shift 2 ;;
    --visits) visits=$2; shift 2 ;;
    --participations) participations=$2; shift 2 ;;
    --structures) structures=$2; shift 2 ;;
    --runs) runs=$2; shift 2 ;;
    --xlsx-runs) xlsx_runs=$2; shift 2 ;;
    --from) from=$2; shift 2 ;;
    --to) to=$2; shift 2 ;;
    --check-xlsx) check="--check-xlsx"; shift ;;
    --generate-only) generate_only=1; shift ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done

BENCH_DIR=${BENCH_DIR:-/tmp/onestop-bench}
PG_BIN=${PG_BIN:-/usr/lib/postgresql/15/bin}
mkdir -p "$BENCH_DIR" && chmod 755 "$BENCH_DIR"
size="$people-$visits-$participations"
results="$BENCH_DIR/results-stats-$size.md"

say() { printf '\n== %s\n' "$*" >&2; }
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'; }

say "building Release"
dotnet build bench/OneStop.Bench -c Release -nologo -v q -clp:ErrorsOnly >&2
# Run from a copy, so that a build during a long generation does not replace the running files.
bin="$BENCH_DIR/stats-bin-$$"
rm -rf "$bin" && cp -r "$root/bench/OneStop.Bench/bin/Release/net10.0" "$bin"
bench="dotnet $bin/OneStop.Bench.dll"
web="$root/src/OneStop.Web/bin/Release/net10.0/OneStop.Web.dll"

app_pid="" pg_dir="" pg_user=$(id -un)
run_pg() { "$@"; }
if [ "$(id -u)" = 0 ]; then
  pg_user=postgres
  id postgres >/dev/null 2>&1 || useradd --system --no-create-home postgres
  run_pg() { runuser -u postgres -- "$@"; }
fi
stop_app() { if [ -n "$app_pid" ]; then kill "$app_pid" 2>/dev/null || true; wait "$app_pid" 2>/dev/null || true; app_pid=""; fi; }
stop_pg() { if [ -n "$pg_dir" ]; then run_pg "$PG_BIN/pg_ctl" -D "$pg_dir" -m fast stop >/dev/null 2>&1 || true; pg_dir=""; fi; }
trap 'stop_app; stop_pg; rm -rf "$bin"' EXIT

pg_root="$BENCH_DIR/pg-stats-$size"
marker="$BENCH_DIR/Postgres-stats-$size.done"
if [ ! -f "$marker" ]; then
  rm -rf "$pg_root"; mkdir -p "$pg_root"; chown "$pg_user" "$pg_root" 2>/dev/null || true
  run_pg "$PG_BIN/initdb" -D "$pg_root/data" -U "$pg_user" --auth=trust --encoding=UTF8 --locale=C.UTF-8 >/dev/null
fi
pg_dir="$pg_root/data"
pg_port=$(free_port)
say "starting PostgreSQL on port $pg_port (shared_buffers=1GB, durable defaults otherwise)"
run_pg "$PG_BIN/pg_ctl" -D "$pg_dir" -l "$pg_root/server.log" -w \
  -o "-p $pg_port -k $pg_root -c listen_addresses=127.0.0.1 -c shared_buffers=1GB" start >/dev/null
connection="Host=127.0.0.1;Port=$pg_port;Username=$pg_user;Database=onestop_bench"
psql_() { psql -h 127.0.0.1 -p "$pg_port" -U "$pg_user" -d onestop_bench -X -q "$@"; }

if [ -f "$marker" ]; then
  say "reusing the data ($size, generated in $(cat "$marker") s)"
else
  say "generating: $people people, $visits visits, $participations participations, $structures structures"
  start=$SECONDS
  nice -n 5 $bench generate --provider Postgres --connection "$connection" --people "$people" --visits "$visits" \
    --participations "$participations" --structures "$structures" 2>&1 | tee "$BENCH_DIR/gen-stats-$size.log" >&2
  echo "$((SECONDS - start))" > "$marker"
fi
[ -n "$generate_only" ] && exit 0

port=$(free_port)
say "starting the app on port $port"
Database__Provider=Postgres ConnectionStrings__OneStop="$connection" ASPNETCORE_ENVIRONMENT=Production \
  OneStop__Bootstrap__AdminEmail=admin@bench.test OneStop__Bootstrap__AdminPassword=Bench-Password-1 \
  dotnet "$web" --urls "http://127.0.0.1:$port" --contentRoot "$root/src/OneStop.Web" > "$BENCH_DIR/app-stats.log" 2>&1 &
app_pid=$!
for _ in $(seq 1 1800); do
  curl -sf "http://127.0.0.1:$port/health" >/dev/null 2>&1 && break
  sleep 1
done
url="http://127.0.0.1:$port"

counts=$(psql_ -Atc "SELECT (SELECT count(*) FROM beneficiaries) || ' people, ' || (SELECT count(*) FROM visits) || ' visits, ' || (SELECT count(*) FROM participations) || ' participations, ' || (SELECT count(*) FROM cases) || ' cases, ' || (SELECT count(*) FROM referrals) || ' referrals; database ' || pg_size_pretty(pg_database_size('onestop_bench'))")
{
  echo "### PostgreSQL — $counts (generated in $(cat "$marker") s); $(date -u '+%d/%m/%Y %H:%M UTC'), load average $(cut -d' ' -f1-3 /proc/loadavg)"
  echo
  $bench stats --url "$url" --pid "$app_pid" --runs "$runs" --xlsx-runs "$xlsx_runs" --from "$from" --to "$to" $check
  echo
  echo "| raw SQL (PostgreSQL statement log of one call, replayed with psql) | in the app's call | EXPLAIN ANALYZE | timed runs |"
  echo "|---|---:|---:|---|"
} | tee "$results"

# The raw SQL: log every statement for one call of each report, then replay the slowest one.
log="$pg_root/server.log"
for report in esf activity-month activity; do
  offset=$(stat -c %s "$log")
  psql_ -c "ALTER SYSTEM SET log_min_duration_statement = 0" -c "SELECT pg_reload_conf()" >/dev/null
  sleep 1
  answer=$($bench stats --url "$url" --only "$report" --runs 1 --from "$from" --to "$to" || true)
  psql_ -c "ALTER SYSTEM RESET log_min_duration_statement" -c "SELECT pg_reload_conf()" >/dev/null
  sleep 1
  if grep -q "not available (404)" <<<"$answer"; then
    echo "| raw SQL of $report | not available: the endpoint answers 404 on this build | | | |" | tee -a "$results"
    continue
  fi
  python3 -B "$root/bench/sqltime.py" --log "$log" --offset "$offset" --label "$report" --runs 10 \
    --psql "psql -h 127.0.0.1 -p $pg_port -U $pg_user -d onestop_bench -X -q" \
    --explain "$BENCH_DIR/explain-$report-$size.txt" --sql "$BENCH_DIR/sql-$report-$size.sql" | tee -a "$results"
done
stop_app

say "results ($results)"
cat "$results"
