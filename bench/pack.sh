#!/usr/bin/env bash
# The certification pack of a busy centre's year (issue 7): generates (or reuses) a SQLite file with
# one structure, 20 staff, attendance on every working day of 2025 and 30,000 visits, starts the
# app, GETs the pack once and prints the time, the size and the app's peak memory (VmHWM).
# Usage: bench/pack.sh [--visits 30000] [--staff 20]      Not part of ./test.sh.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
visits=30000 staff=20
while [ $# -gt 0 ]; do
  case "$1" in
    --visits) visits=$2; shift 2 ;;
    --staff) staff=$2; shift 2 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done
BENCH_DIR=${BENCH_DIR:-/tmp/onestop-bench}
mkdir -p "$BENCH_DIR"
db="$BENCH_DIR/pack-$staff-$visits.db"
dotnet build bench/OneStop.Bench -c Release -nologo -v q -clp:ErrorsOnly >&2
bench="dotnet $root/bench/OneStop.Bench/bin/Release/net10.0/OneStop.Bench.dll"
web="$root/src/OneStop.Web/bin/Release/net10.0/OneStop.Web.dll"
if [ ! -f "$db.done" ]; then
  rm -f "$db"*
  $bench pack-generate --provider Sqlite --connection "Data Source=$db" --staff "$staff" --visits "$visits" >&2
  touch "$db.done"
fi
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')
Database__Provider=Sqlite ConnectionStrings__OneStop="Data Source=$db" ASPNETCORE_ENVIRONMENT=Production \
  dotnet "$web" --urls "http://127.0.0.1:$port" --contentRoot "$root/src/OneStop.Web" > "$BENCH_DIR/app-pack.log" 2>&1 &
app_pid=$!
trap 'kill $app_pid 2>/dev/null || true; wait $app_pid 2>/dev/null || true' EXIT
for _ in $(seq 1 120); do curl -sf "http://127.0.0.1:$port/health" >/dev/null 2>&1 && break; sleep 1; done
echo "| what | total | first byte | size |"
echo "|---|---|---|---|"
$bench pack --url "http://127.0.0.1:$port" --out "$BENCH_DIR/pack.zip"
echo
echo "app peak resident memory (VmHWM): $(grep VmHWM /proc/$app_pid/status | awk '{print $2/1024 " MB"}'); entries: $(unzip -l "$BENCH_DIR/pack.zip" | tail -1 | awk '{print $2}')"
