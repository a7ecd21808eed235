#!/usr/bin/env python3
"""Rewrites the captured ESF statement (PREPARE ... EXECUTE) with the proposed FROM/WHERE: candidate
keys from the period first (entries in the period UNION exits in the period), then the first and the
last participation of each key by index probes (LEFT JOIN LATERAL). Same SELECT list, same parameters."""
import sys, re
src = open(sys.argv[1]).read()
start = src.index("\tFROM participations AS p\n")
end = src.index("GROUP BY p.gender;")
new_from = """\tFROM (
\t    SELECT structure_id, beneficiary_id FROM participations WHERE structure_id = ANY ($5) AND entry_date >= $6 AND entry_date <= $7
\t    UNION
\t    SELECT structure_id, beneficiary_id FROM participations WHERE structure_id = ANY ($5) AND exit_date >= $8 AND exit_date <= $9
\t) AS k
\tINNER JOIN participations AS p ON p.structure_id = k.structure_id AND p.beneficiary_id = k.beneficiary_id
\tINNER JOIN beneficiaries AS b ON p.beneficiary_id = b.id
\tLEFT JOIN LATERAL (
\t    SELECT p1.exit_date, p1.exit_situation, p1.improved6m, p1.qualification_gained, p1.situation6m
\t    FROM participations AS p1
\t    WHERE p1.structure_id = p.structure_id AND p1.beneficiary_id = p.beneficiary_id AND p1.exit_date IS NOT NULL AND NOT EXISTS (
\t        SELECT 1 FROM participations AS p2
\t        WHERE p2.structure_id = p1.structure_id AND p2.beneficiary_id = p1.beneficiary_id AND (p2.exit_date IS NULL OR p2.exit_date > p1.exit_date OR (p2.exit_date = p1.exit_date AND p2.id > p1.id)))
\t) AS s ON TRUE
\tWHERE b.merged_into_id IS NULL AND NOT EXISTS (
\t    SELECT 1 FROM participations AS p0
\t    WHERE p0.structure_id = p.structure_id AND p0.beneficiary_id = p.beneficiary_id AND p0.entry_date < p.entry_date) AND ((p.entry_date >= $6 AND p.entry_date <= $7) OR (s.exit_date >= $8 AND s.exit_date <= $9))
\t"""
out = src[:start] + new_from + src[end:]
out = out.replace("PREPARE bench_q AS", "PREPARE bench_r AS").replace("EXECUTE bench_q(", "EXECUTE bench_r(")
sys.stdout.write(out)
