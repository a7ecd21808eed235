#!/usr/bin/env python3
"""The raw SQL time of a report (issue 6), used by bench/stats.sh.

Reads PostgreSQL's server log from --offset (written with log_min_duration_statement = 0 during one
HTTP call of the report), takes the slowest statement the app executed (the aggregation), and
replays it with psql exactly as the app runs it: PREPARE with the app's $n placeholders (types
inferred by the server, as for Npgsql's prepared statements), EXPLAIN (ANALYZE, BUFFERS) EXECUTE
once, then --runs timed EXECUTEs. Prints one markdown table row.
"""
import argparse
import os
import re
import shlex
import statistics
import subprocess
import sys

ENTRY = re.compile(r"^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d[.\d]* \S+ \[\d+\] (LOG|DETAIL|ERROR|STATEMENT|HINT|CONTEXT|WARNING):\s+(.*)$")
DURATION = re.compile(r"duration: ([\d.]+) ms\s+(execute|statement)(?: [^:]*)?: (.*)", re.S)
PARAM = re.compile(r"\$(\d+) = (NULL|'(?:[^']|'')*')")


def entries(text):
    current = None
    for line in text.splitlines():
        m = ENTRY.match(line)
        if m:
            if current:
                yield current
            current = [m.group(1), m.group(2)]
        elif current:
            current[1] += "\n" + line
    if current:
        yield current


def statements(text):
    """(duration ms, sql, [parameter literals]) of every executed statement."""
    found = []
    for kind, body in entries(text):
        if kind == "LOG":
            m = DURATION.match(body)
            if m:
                found.append([float(m.group(1)), m.group(3).strip(), []])
        elif kind == "DETAIL" and body.startswith("parameters:") and found:
            found[-1][2] = [v for _, v in sorted(((int(n), v) for n, v in PARAM.findall(body)))]
    return found


def psql(command, script):
    return subprocess.run(shlex.split(command) + ["-v", "ON_ERROR_STOP=1"], input=script, capture_output=True, text=True)


def main():
    a = argparse.ArgumentParser()
    a.add_argument("--log", required=True)
    a.add_argument("--offset", type=int, default=0)
    a.add_argument("--label", required=True)
    a.add_argument("--runs", type=int, default=10)
    a.add_argument("--psql", required=True)
    a.add_argument("--explain")
    a.add_argument("--sql")
    o = a.parse_args()
    with open(o.log, encoding="utf-8", errors="replace") as f:
        f.seek(o.offset)
        text = f.read()
    found = [s for s in statements(text) if s[1].lstrip().upper().startswith(("SELECT", "WITH"))
             and "pg_reload_conf" not in s[1] and "log_min_duration" not in s[1]]
    if not found:
        print(f"| raw SQL of {o.label} | no statement logged (endpoint not available?) | | | |")
        return 0
    duration, sql, params = max(found, key=lambda s: s[0])
    args = "(" + ", ".join(params) + ")" if params else ""
    prepare = f"PREPARE bench_q AS {sql};\n"
    if o.sql:
        with open(o.sql, "w", encoding="utf-8") as f:
            f.write(f"-- the slowest of {len(found)} statements of one {o.label} call: {duration:.1f} ms in the app's call\n")
            f.write(prepare + f"EXECUTE bench_q{args};\n")
    explain = psql(o.psql, prepare + f"EXPLAIN (ANALYZE, BUFFERS) EXECUTE bench_q{args};\n")
    if explain.returncode != 0:
        print(f"| raw SQL of {o.label} | replay failed: {explain.stderr.strip()[:200]} | | | |")
        return 1
    if o.explain:
        with open(o.explain, "w", encoding="utf-8") as f:
            f.write(sql + "\n-- parameters: " + ", ".join(params) + "\n\n" + explain.stdout)
    execution = re.search(r"Execution Time: ([\d.]+) ms", explain.stdout)
    timed = psql(o.psql, prepare + "\\timing on\n\\o /dev/null\n" + f"EXECUTE bench_q{args};\n" * o.runs)
    times = sorted(float(t) for t in re.findall(r"Time: ([\d.]+) ms", timed.stdout))
    if not times:
        print(f"| raw SQL of {o.label} | timing failed: {timed.stderr.strip()[:200]} | | | |")
        return 1
    # CPU seconds of one run, without parallel workers (whose CPU the backend's /proc entry does not
    # show): the figure that does not depend on the other load of a shared machine.
    cpu = psql(o.psql, prepare + "SET max_parallel_workers_per_gather = 0;\n"
               "SELECT pg_backend_pid() AS pid \\gset\n\\setenv BPID :pid\n\\o /dev/null\n"
               f"EXECUTE bench_q{args};\n"
               "\\! awk '{print \"ticks\", $14+$15}' /proc/$BPID/stat\n"
               + f"EXECUTE bench_q{args};\n" * 3 +
               "\\! awk '{print \"ticks\", $14+$15}' /proc/$BPID/stat\n")
    ticks = [int(t) for t in re.findall(r"ticks (\d+)", cpu.stdout)]
    serial = f"; serial CPU {(ticks[1] - ticks[0]) / os.sysconf('SC_CLK_TCK') / 3:.2f} s a run" if len(ticks) == 2 else ""
    print(f"| raw SQL of {o.label} ({len(found)} statements in the call; slowest) | {duration:.0f} ms in the app's call | "
          f"EXPLAIN ANALYZE {execution.group(1) if execution else '?'} ms | {len(times)} runs: median {statistics.median(times):.0f} ms, "
          f"min {times[0]:.0f} ms, max {times[-1]:.0f} ms{serial} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
