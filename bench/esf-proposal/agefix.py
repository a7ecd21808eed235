#!/usr/bin/env python3
"""Variant of a captured ESF statement where the age at entry is computed once per row (a LATERAL
subquery with OFFSET 0, which PostgreSQL does not flatten) instead of once per indicator."""
import sys, re
src = open(sys.argv[1]).read()
# the age block as EF writes it: CASE WHEN p.birth_date IS NULL THEN NULL ELSE ... END ... END
m = re.search(r"CASE\n\s*WHEN p\.birth_date IS NULL THEN NULL\n.*?\n\s*END\n\s*END", src, re.S)
block = m.group(0)
n = src.count(block)
out = src.replace(block, "a.age")
anchor = "\tINNER JOIN beneficiaries AS b ON p.beneficiary_id = b.id\n"
out = out.replace(anchor, anchor + "\tCROSS JOIN LATERAL (SELECT " + block + " AS age OFFSET 0) AS a\n", 1)
out = out.replace("bench_q", "bench_a").replace("bench_r", "bench_a")
sys.stderr.write(f"age expression replaced {n} times\n")
sys.stdout.write(out)
