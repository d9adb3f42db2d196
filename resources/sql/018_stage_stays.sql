-- SPDX-FileCopyrightText: 2026 Lejek authors
-- SPDX-License-Identifier: GPL-3.0-or-later
-- Version 18: stage_stays, one row per stage entry of each lead in the pipeline it is in,
-- what the history panels read (time in stage, handoff quality, speed to lead and the
-- SLAs) instead of every lead's whole path (16-23 s on 1M leads with 3.6M changes). It
-- is derived data, like lead_facts: every column follows from stage_changes and the
-- lead's row. Version 19 fills it and adds the triggers that keep it in step inside the
-- writing transaction, whoever writes. tst_stagestays checks it against the log on both
-- databases, and the panels read from it against the panels from the whole log.
--
--   change_id         the stage change that began the stay
--   entered_at        when it began; left_at when the lead entered its next stage there
--                     (NULL: it is still in this one), next_stage_id that stage, and
--                     duration left_at - entered_at (a stage entered again is a new stay)
--   prior_entered_at  when the lead last entered this stage before (NULL: never), so that
--                     "the first entry in a period" is a test of the row alone
--   first_contact_at  the first contact at or after the entry (speed to lead, SLA 1): a
--                     call, an e-mail sent or a meeting (Activity::contactKinds) by the
--                     lead's owner, or by anyone on a lead nobody owns or when nobody
--                     in particular logged it
--   the rest          the lead's own columns of those names: what the filters, the
--                     breakdowns and the disqualified handoffs' reasons read
-- The definition, read from the log: the triggers materialise it for the lead a write
-- touched, and tst_stagestays compares the table with it. One window, partitioned by
-- the lead, and scalar subqueries: SQLite then computes a lead's rows from its own
-- changes alone (with a second window it would compute every lead's).
CREATE VIEW stage_stays_now AS
SELECT x.change_id, x.lead_id, x.pipeline_id, x.stage_id, x.entered_at, x.left_at, x.left_at - x.entered_at AS duration,
       x.next_stage_id,
       (SELECT MAX(p.changed_at) FROM stage_changes p
         WHERE p.lead_id = x.lead_id AND p.pipeline_id = x.pipeline_id AND p.to_stage_id = x.stage_id
           AND (p.changed_at < x.entered_at OR (p.changed_at = x.entered_at AND p.id < x.change_id))) AS prior_entered_at,
       (SELECT MIN(a.occurred_at) FROM activities a
         WHERE a.lead_id = x.lead_id AND a.kind IN ('call', 'email_sent', 'meeting') AND a.occurred_at >= x.entered_at
           AND (a.user_id IS NULL OR COALESCE(l.owner_id, 0) = 0 OR a.user_id = l.owner_id)) AS first_contact_at,
       l.merged_into, l.owner_id, l.source, l.campaign, l.lost_reason
FROM (SELECT c.id AS change_id, c.lead_id, c.pipeline_id, c.to_stage_id AS stage_id, c.changed_at AS entered_at,
             LEAD(c.changed_at) OVER w AS left_at, LEAD(c.to_stage_id) OVER w AS next_stage_id
      FROM stage_changes c WINDOW w AS (PARTITION BY c.lead_id, c.pipeline_id ORDER BY c.changed_at, c.id)) x
JOIN leads l ON l.id = x.lead_id AND l.pipeline_id = x.pipeline_id;

CREATE TABLE stage_stays (
    change_id {{KEY}},
    lead_id BIGINT NOT NULL,
    pipeline_id BIGINT NOT NULL,
    stage_id BIGINT NOT NULL,
    entered_at BIGINT NOT NULL,
    left_at BIGINT,
    duration BIGINT,
    next_stage_id BIGINT,
    prior_entered_at BIGINT,
    first_contact_at BIGINT,
    merged_into BIGINT,
    owner_id BIGINT,
    source TEXT,
    campaign TEXT,
    lost_reason TEXT
);
-- A lead's stays in order: what the triggers rewrite, and a handoff's later entries.
CREATE INDEX stage_stays_lead ON stage_stays (lead_id, entered_at, stage_id);
-- Each read's index, partial as its terms are (merged leads are never counted), holding
-- every column it names, in the order it walks them, then the owner, source and campaign
-- the filters and breakdowns read:
-- - the stays that ended in a period, by stage: each stage's count, reading only the
--   period's;
CREATE INDEX stage_stays_left ON stage_stays (pipeline_id, stage_id, left_at, owner_id, source, campaign)
    WHERE merged_into IS NULL AND left_at IS NOT NULL;
-- - the same by stage and length: a stage's median and p90 as the row at that rank
--   (LIMIT 1 OFFSET k), without a sort;
CREATE INDEX stage_stays_ended ON stage_stays (pipeline_id, stage_id, duration, left_at, owner_id, source, campaign)
    WHERE merged_into IS NULL AND left_at IS NOT NULL;
-- - the leads still in a stage, oldest first (ageing);
CREATE INDEX stage_stays_open ON stage_stays (pipeline_id, stage_id, entered_at, owner_id, source, campaign, lead_id)
    WHERE merged_into IS NULL AND left_at IS NULL;
-- - the entries into a stage in a period (the handoffs), with what came next.
CREATE INDEX stage_stays_entered ON stage_stays (pipeline_id, stage_id, entered_at, prior_entered_at, lead_id, left_at,
                                                 next_stage_id, first_contact_at, owner_id, source, campaign, lost_reason)
    WHERE merged_into IS NULL;
