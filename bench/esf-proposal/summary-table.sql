-- Experiment (bench database only, dropped afterwards): one precomputed row per participant
-- (INDICATORS.md: earliest entry gives the entry data, latest exit once all are closed gives the
-- exit data), as a participants table or two flags on participations maintained on write would
-- give. The ESF report then reads only the participants of the period (entry or exit in it).
SET jit = off;
DROP TABLE IF EXISTS bench_participants;
CREATE TABLE bench_participants AS
SELECT p.structure_id, p.beneficiary_id, p.gender, p.birth_date, p.entry_date, p.labour_status, p.unemployed_months, p.isced,
       p.disability, p.foreign_background, p.minority, p.homeless, p.other_disadvantaged, p.third_country_national, p.rural,
       s.exit_date, s.exit_situation, s.qualification_gained, s.situation6m, s.improved6m
FROM participations AS p
LEFT JOIN (
    SELECT p1.beneficiary_id, p1.exit_date, p1.exit_situation, p1.improved6m, p1.qualification_gained, p1.situation6m, p1.structure_id
    FROM participations AS p1
    WHERE p1.exit_date IS NOT NULL AND NOT EXISTS (
        SELECT 1 FROM participations AS p2
        WHERE p2.structure_id = p1.structure_id AND p2.beneficiary_id = p1.beneficiary_id AND (p2.exit_date IS NULL OR p2.exit_date > p1.exit_date OR (p2.exit_date = p1.exit_date AND p2.id > p1.id)))
) AS s ON p.structure_id = s.structure_id AND p.beneficiary_id = s.beneficiary_id
WHERE NOT EXISTS (SELECT 1 FROM participations AS p0 WHERE p0.structure_id = p.structure_id AND p0.beneficiary_id = p.beneficiary_id AND p0.entry_date < p.entry_date);
CREATE INDEX ON bench_participants (entry_date);
CREATE INDEX ON bench_participants (exit_date);
ANALYZE bench_participants;
