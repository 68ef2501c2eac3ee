-- Routes, route items, work log and roadmaps for the monitoring benchmark
-- (docs/BENCHMARKS.md), added to the 1 000 000-teacher database after the
-- automatic plan was applied. Not used by the program.
BEGIN;
INSERT INTO routes (teacher_id, academic_year)
    SELECT teacher_id, '2025/2026' FROM diagnostics WHERE id % 4 <> 0 GROUP BY teacher_id;
INSERT INTO route_items (route_id, position, kind_id, title, status)
    SELECT r.id, 1, (SELECT id FROM dictionary_entries WHERE dictionary = 'route_item_kinds' AND code = 'course'),
           'Курсы ПК', CASE WHEN r.id % 3 = 0 THEN 'done' ELSE 'planned' END FROM routes r;
INSERT INTO route_items (route_id, position, kind_id, title, status)
    SELECT r.id, 2, (SELECT id FROM dictionary_entries WHERE dictionary = 'route_item_kinds' AND code = 'mentoring'),
           'Наставничество', CASE WHEN r.id % 2 = 0 THEN 'done' ELSE 'in_progress' END FROM routes r;
INSERT INTO work_log (methodist_id, teacher_id, work_kind_id, worked_on, duration_minutes)
    SELECT a.methodist_id, a.teacher_id,
           (SELECT id FROM dictionary_entries WHERE dictionary = 'work_kinds' AND code = 'lesson_visits'),
           '2025-10-' || printf('%02d', 1 + a.teacher_id % 28), 45
    FROM assignments a WHERE a.teacher_id % 2 = 0;
INSERT INTO roadmaps (methodist_id, academic_year) SELECT id, '2025/2026' FROM methodists WHERE active = 1;
WITH n(k) AS (VALUES (1), (2), (3), (4), (5), (6), (7))
    INSERT INTO roadmap_stages (roadmap_id, number) SELECT r.id, n.k FROM roadmaps r, n;
WITH p(k) AS (VALUES (1), (2), (3), (4))
    INSERT INTO roadmap_activities (stage_id, position, title, done)
    SELECT s.id, p.k, 'Мероприятие', CASE WHEN s.number < 4 THEN 1 ELSE 0 END FROM roadmap_stages s, p;
COMMIT;
