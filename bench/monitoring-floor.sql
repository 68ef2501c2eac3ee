-- The floor of the monitoring report (bench/run.sh): the same rows the report
-- reads (MonitoringRepository::countAll), read by sqlite3 itself and only
-- summed, with nothing counted per municipality. Year 2025/2026.
SELECT sum(id), sum(municipality_id), sum(low_results) FROM organisations;
SELECT sum(organisation_id), sum(id) FROM (SELECT organisation_id, id FROM teachers ORDER BY organisation_id);
SELECT sum(teacher_id) FROM assignments WHERE academic_year = '2025/2026' AND ended_on IS NULL;
SELECT sum(teacher_id) FROM diagnostics WHERE diagnosed_on <= '2026-08-31';
SELECT sum(teacher_id) FROM professional_development
    WHERE completed_on BETWEEN '2025-09-01' AND '2026-08-31' AND federal_registry = 1 AND teacher_id IS NOT NULL;
SELECT sum(teacher_id) FROM work_log WHERE worked_on BETWEEN '2025-09-01' AND '2026-08-31';
SELECT sum(c.teacher_id) FROM teacher_support_categories c JOIN dictionary_entries e ON e.id = c.category_id
    WHERE e.dictionary = 'support_categories' AND e.code IN ('young_specialists', 'association_heads', 'contest_participants');
SELECT sum(mem.teacher_id) FROM network_members mem JOIN network_units u ON u.id = mem.unit_id
    WHERE mem.teacher_id IS NOT NULL;
SELECT sum(p.teacher_id) FROM professional_development p
    WHERE p.federal_registry = 1 AND p.completed_on <= '2026-08-31' AND p.teacher_id IS NOT NULL;
SELECT sum(t.id) FROM teachers t WHERE t.category_assigned_on BETWEEN '2025-09-01' AND '2026-08-31';
SELECT sum(t.id) FROM teachers t WHERE t.category_applied_on BETWEEN '2025-09-01' AND '2026-08-31';
SELECT sum(r.teacher_id), sum(i.status = 'done'), sum(i.status <> 'cancelled') FROM routes r
    LEFT JOIN route_items i ON i.route_id = r.id WHERE r.academic_year = '2025/2026';
SELECT sum(m.id), sum(m.municipality_id) FROM methodists m;
SELECT sum(n), sum(d) FROM (SELECT r.methodist_id, count(*) AS n, sum(act.done) AS d FROM roadmaps r
    JOIN roadmap_stages st ON st.roadmap_id = r.id JOIN roadmap_activities act ON act.stage_id = st.id
    WHERE r.academic_year = '2025/2026' GROUP BY r.id);
