#!/usr/bin/env bash
# cpu.sh FILE [SETTINGS]: runs a captured PREPARE/EXECUTE file serially (no parallel workers, no JIT)
# and prints the wall time and the backend's CPU time of the EXECUTE.
P="psql -h 127.0.0.1 -p ${PGPORT_BENCH:-55433} -U postgres -d onestop_bench -X -q"
( echo "SET jit = off; SET max_parallel_workers_per_gather = 0; $2"
  echo "SELECT pg_backend_pid() AS pid \gset"; echo "\\setenv BPID :pid"
  grep -v "^--" "$1" | grep -v "^EXECUTE"
  echo "\\! awk '{print \"cpu_before_ticks\", \$14+\$15}' /proc/\$BPID/stat"
  echo "\\timing on"; echo "\\o /dev/null"; grep "^EXECUTE" "$1"; echo "\\o"; echo "\\timing off"
  echo "\\! awk '{print \"cpu_after_ticks\", \$14+\$15}' /proc/\$BPID/stat" ) | $P 2>&1 | grep -E "cpu_|Time|ERROR" | tr '\n' ' '
echo
