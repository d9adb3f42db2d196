-- SPDX-FileCopyrightText: 2026 Lejek authors
-- SPDX-License-Identifier: GPL-3.0-or-later
-- Version 29: lead_facts tells apart what touched each lead (touched_at, 021), so that a
-- past day's open leads touched since are looked up only in what changed since:
--
--   prior_activity_at  the time of its activity before the last (NULL: fewer than two)
--   tasks_at           its tasks' latest time made or done (NULL: no task)
--   owner_at           its latest owner change (NULL: none)
--
-- A lead whose last activity came after a day's end, and the one before it before then,
-- had that one as its last activity then; whose tasks were last made or done before,
-- had the tasks open then it has now; whose owner last changed before, had its owner.
-- Only the others are looked up. A month back at 1M, of the 64,000 open leads touched
-- since: each looked up in the owner changes before, none now; in the activities 23,000
-- before (active since), none now; in the tasks all before, 54,000 now (most of them
-- were touched by a task made or done). Version 30 keeps the columns in step and fills
-- them.
ALTER TABLE lead_facts ADD COLUMN prior_activity_at BIGINT;
ALTER TABLE lead_facts ADD COLUMN tasks_at BIGINT;
ALTER TABLE lead_facts ADD COLUMN owner_at BIGINT;

-- The definition of 021_lead_facts_touched.sql with the three columns, last, as the table
-- now has them.
DROP VIEW lead_facts_now;
CREATE VIEW lead_facts_now AS
SELECT lead_id, pipeline_id, entered_at, furthest_stage_id, stage_id, stage_entered_at,
       CASE WHEN (SELECT kind FROM stages WHERE id = stage_id) IN ('won', 'lost') THEN stage_entered_at END AS closed_at,
       merged_into, owner_id, source, campaign, score, lost_reason, value, currency, decision_date, last_activity_at,
       open_tasks, activity_at, touched_at, prior_activity_at, tasks_at, owner_at
FROM (SELECT l.id AS lead_id, l.pipeline_id,
             (SELECT MIN(e.changed_at) FROM stage_changes e WHERE e.lead_id = l.id AND e.pipeline_id = l.pipeline_id) AS entered_at,
             (SELECT s.id FROM stage_changes e JOIN stages s ON s.id = e.to_stage_id
               WHERE e.lead_id = l.id AND e.pipeline_id = l.pipeline_id AND s.kind IN ('open', 'won')
               ORDER BY s.kind = 'won' DESC, s.position DESC LIMIT 1) AS furthest_stage_id,
             (SELECT e.to_stage_id FROM stage_changes e WHERE e.lead_id = l.id AND e.pipeline_id = l.pipeline_id
               ORDER BY e.changed_at DESC, e.id DESC LIMIT 1) AS stage_id,
             (SELECT MAX(e.changed_at) FROM stage_changes e WHERE e.lead_id = l.id AND e.pipeline_id = l.pipeline_id) AS stage_entered_at,
             l.merged_into, l.owner_id, l.source, l.campaign, l.score, l.lost_reason, l.value, l.currency, l.decision_date,
             l.last_activity_at,
             (SELECT COUNT(*) FROM tasks t WHERE t.lead_id = l.id AND t.done_at IS NULL) AS open_tasks,
             (SELECT MAX(a.occurred_at) FROM activities a WHERE a.lead_id = l.id) AS activity_at,
             -- Each an index probe per lead (stage_changes_lead, owner_changes_lead,
             -- activities_lead, tasks_lead); a done_at is NULL while the task is open.
             (SELECT MAX(z.at) FROM (SELECT MAX(e.changed_at) AS at FROM stage_changes e WHERE e.lead_id = l.id
                                      UNION ALL SELECT MAX(o.changed_at) FROM owner_changes o WHERE o.lead_id = l.id
                                      UNION ALL SELECT MAX(a.occurred_at) FROM activities a WHERE a.lead_id = l.id
                                      UNION ALL SELECT MAX(t.created_at) FROM tasks t WHERE t.lead_id = l.id
                                      UNION ALL SELECT MAX(t.done_at) FROM tasks t WHERE t.lead_id = l.id) z) AS touched_at,
             -- The second latest of its activities' times (the latest again when two
             -- share it), its tasks' latest made or done, its owner's latest change.
             (SELECT a.occurred_at FROM activities a WHERE a.lead_id = l.id
               ORDER BY a.occurred_at DESC LIMIT 1 OFFSET 1) AS prior_activity_at,
             (SELECT MAX(z.at) FROM (SELECT MAX(t.created_at) AS at FROM tasks t WHERE t.lead_id = l.id
                                      UNION ALL SELECT MAX(t.done_at) FROM tasks t WHERE t.lead_id = l.id) z) AS tasks_at,
             (SELECT MAX(o.changed_at) FROM owner_changes o WHERE o.lead_id = l.id) AS owner_at
      FROM leads l) x
WHERE stage_id IS NOT NULL;
