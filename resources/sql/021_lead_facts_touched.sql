-- SPDX-FileCopyrightText: 2026 Lejek authors
-- SPDX-License-Identifier: GPL-3.0-or-later
-- Version 21: lead_facts also holds when each lead last had an activity and when it last
-- changed in any way a past day's open leads read, so that most leads' leaks as of a past
-- day are the summary's own columns, not three look-ups each into owner_changes, tasks
-- and activities (~430,000 open leads at 1M: 3.4 s in sqlite3, against 0.1 s):
--
--   activity_at  its last activity's time (as it occurred); NULL: none
--   touched_at   its last stage entry (in any pipeline), owner change, task made or done
--                and activity, whichever is latest
--
-- A lead untouched since a day's end was then as it is now: in the same stage, owned by
-- the same user, with the same tasks open, and its last activity or move (what rotting
-- counts from) the same. Only the leads touched since are looked up one by one
-- (StageStayRepository::tallyOpenAsOf). Version 22 keeps the columns in step and fills them.
ALTER TABLE lead_facts ADD COLUMN activity_at BIGINT;
ALTER TABLE lead_facts ADD COLUMN touched_at BIGINT NOT NULL DEFAULT 0;

-- The definition of 015_lead_facts_tasks.sql with the two columns, last, as the table now
-- has them.
DROP VIEW lead_facts_now;
CREATE VIEW lead_facts_now AS
SELECT lead_id, pipeline_id, entered_at, furthest_stage_id, stage_id, stage_entered_at,
       CASE WHEN (SELECT kind FROM stages WHERE id = stage_id) IN ('won', 'lost') THEN stage_entered_at END AS closed_at,
       merged_into, owner_id, source, campaign, score, lost_reason, value, currency, decision_date, last_activity_at,
       open_tasks, activity_at, touched_at
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
                                      UNION ALL SELECT MAX(t.done_at) FROM tasks t WHERE t.lead_id = l.id) z) AS touched_at
      FROM leads l) x
WHERE stage_id IS NOT NULL;
