-- SPDX-FileCopyrightText: 2026 Lejek authors
-- SPDX-License-Identifier: GPL-3.0-or-later
-- Version 26, SQLite: each stay knows the furthest stage its lead had reached by then
-- and when the lead came into the pipeline, so that a past day's cohort needs no walk
-- of each moved lead's stays. The leads moved since that day are those whose stay then
-- was left since: one range of an index (stage_stays_since) holds them with both,
-- instead of a look-up of every such lead's earlier stays (all time as of a month back
-- at 1M: 60,000 leads, 0.36 s of the 0.40 s its cohort took).
--
--   furthest_stage_id  the furthest stage entered up to and with this entry, in the
--                      funnel's order (lead_facts' rule: open stages by position, then
--                      won); NULL: none yet (parked or lost only)
--   lead_entered_at    the lead's first entry into the pipeline (lead_facts.entered_at)

ALTER TABLE stage_stays ADD COLUMN furthest_stage_id BIGINT;
ALTER TABLE stage_stays ADD COLUMN lead_entered_at BIGINT;

-- The two new last columns: the triggers insert SELECT * from it into the table. The
-- first entry from the one window the view has (a second would compute every lead's).
DROP VIEW stage_stays_now;
CREATE VIEW stage_stays_now AS
SELECT x.change_id, x.lead_id, x.pipeline_id, x.stage_id, x.entered_at, x.left_at, x.left_at - x.entered_at AS duration,
       x.next_stage_id,
       (SELECT MAX(p.changed_at) FROM stage_changes p
         WHERE p.lead_id = x.lead_id AND p.pipeline_id = x.pipeline_id AND p.to_stage_id = x.stage_id
           AND (p.changed_at < x.entered_at OR (p.changed_at = x.entered_at AND p.id < x.change_id))) AS prior_entered_at,
       (SELECT MIN(a.occurred_at) FROM activities a
         WHERE a.lead_id = x.lead_id AND a.kind IN ('call', 'email_sent', 'meeting') AND a.occurred_at >= x.entered_at
           AND (a.user_id IS NULL OR COALESCE(l.owner_id, 0) = 0 OR a.user_id = l.owner_id)) AS first_contact_at,
       l.merged_into, l.owner_id, l.source, l.campaign, l.lost_reason, l.value,
       (SELECT s.id FROM stage_changes p JOIN stages s ON s.id = p.to_stage_id
         WHERE p.lead_id = x.lead_id AND p.pipeline_id = x.pipeline_id AND s.kind IN ('open', 'won')
           AND (p.changed_at < x.entered_at OR (p.changed_at = x.entered_at AND p.id <= x.change_id))
         ORDER BY s.kind = 'won' DESC, s.position DESC LIMIT 1) AS furthest_stage_id,
       x.lead_entered_at
FROM (SELECT c.id AS change_id, c.lead_id, c.pipeline_id, c.to_stage_id AS stage_id, c.changed_at AS entered_at,
             LEAD(c.changed_at) OVER w AS left_at, LEAD(c.to_stage_id) OVER w AS next_stage_id,
             FIRST_VALUE(c.changed_at) OVER w AS lead_entered_at
      FROM stage_changes c WINDOW w AS (PARTITION BY c.lead_id, c.pipeline_id ORDER BY c.changed_at, c.id)) x
JOIN leads l ON l.id = x.lead_id AND l.pipeline_id = x.pipeline_id;

-- A stage reordered or of another kind changes the funnel's order: its pipeline's
-- furthest stages are computed again (an admin's rare change, as lead_facts' is), and
-- only the stays whose stage that changes are written.
CREATE TRIGGER stages_stage_stays AFTER UPDATE OF position, kind ON stages
WHEN OLD.position IS NOT NEW.position OR OLD.kind IS NOT NEW.kind
BEGIN
    UPDATE stage_stays SET furthest_stage_id = (
        SELECT s.id FROM stage_changes p JOIN stages s ON s.id = p.to_stage_id
        WHERE p.lead_id = stage_stays.lead_id AND p.pipeline_id = stage_stays.pipeline_id AND s.kind IN ('open', 'won')
          AND (p.changed_at < stage_stays.entered_at OR (p.changed_at = stage_stays.entered_at AND p.id <= stage_stays.change_id))
        ORDER BY s.kind = 'won' DESC, s.position DESC LIMIT 1)
    WHERE pipeline_id = NEW.pipeline_id
      AND furthest_stage_id IS NOT (
        SELECT s.id FROM stage_changes p JOIN stages s ON s.id = p.to_stage_id
        WHERE p.lead_id = stage_stays.lead_id AND p.pipeline_id = stage_stays.pipeline_id AND s.kind IN ('open', 'won')
          AND (p.changed_at < stage_stays.entered_at OR (p.changed_at = stage_stays.entered_at AND p.id <= stage_stays.change_id))
        ORDER BY s.kind = 'won' DESC, s.position DESC LIMIT 1);
END;

-- Filled from the view's definition, stay by stay (the lead's changes by its index).
UPDATE stage_stays SET
    furthest_stage_id = (
        SELECT s.id FROM stage_changes p JOIN stages s ON s.id = p.to_stage_id
        WHERE p.lead_id = stage_stays.lead_id AND p.pipeline_id = stage_stays.pipeline_id AND s.kind IN ('open', 'won')
          AND (p.changed_at < stage_stays.entered_at OR (p.changed_at = stage_stays.entered_at AND p.id <= stage_stays.change_id))
        ORDER BY s.kind = 'won' DESC, s.position DESC LIMIT 1),
    lead_entered_at = (SELECT MIN(p.changed_at) FROM stage_changes p
                       WHERE p.lead_id = stage_stays.lead_id AND p.pipeline_id = stage_stays.pipeline_id);

-- The stays left after a day, by when they were left, with when they began, when their
-- lead came in and how far it had gone, then the filters' columns and the lead (an
-- owner then): a past day's cohort of the leads moved since reads no table row.
CREATE INDEX stage_stays_since ON stage_stays (pipeline_id, left_at, entered_at, lead_entered_at, furthest_stage_id, owner_id, source,
                                               campaign, lead_id)
    WHERE merged_into IS NULL AND left_at IS NOT NULL;
