-- SPDX-FileCopyrightText: 2026 Lejek authors
-- SPDX-License-Identifier: GPL-3.0-or-later
-- Version 26, PostgreSQL: each stay knows the furthest stage its lead had reached by then
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

-- Writers of an older build wait for this to commit, as in version 19; and a stage
-- reordered meanwhile, for the fill to have the order it keeps.
LOCK TABLE leads, stage_changes, stages, stage_stays IN SHARE ROW EXCLUSIVE MODE;

ALTER TABLE stage_stays ADD COLUMN furthest_stage_id BIGINT;
ALTER TABLE stage_stays ADD COLUMN lead_entered_at BIGINT;

-- The two new last columns: the triggers insert SELECT * from it into the table. The
-- first entry from the one window the view has (a second would compute every lead's).
CREATE OR REPLACE VIEW stage_stays_now AS
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

-- The furthest stage a lead had reached by a stay's entry, as the view has it (for the
-- fill and for a stage reordered), and when it came in (for the fill). Functions: a
-- rewrite's USING takes no subquery.
CREATE FUNCTION lejek_stay_furthest(BIGINT, BIGINT, BIGINT, BIGINT) RETURNS BIGINT LANGUAGE sql STABLE AS $$
    SELECT s.id FROM stage_changes p JOIN stages s ON s.id = p.to_stage_id
    WHERE p.lead_id = $1 AND p.pipeline_id = $2 AND s.kind IN ('open', 'won')
      AND (p.changed_at < $3 OR (p.changed_at = $3 AND p.id <= $4))
    ORDER BY s.kind = 'won' DESC, s.position DESC LIMIT 1
$$;

-- A stage reordered or of another kind changes the funnel's order: its pipeline's
-- furthest stages are computed again (an admin's rare change, as lead_facts' is), and
-- only the stays whose stage that changes are written (each a new row version).
CREATE FUNCTION lejek_stage_stays_furthest() RETURNS TRIGGER LANGUAGE plpgsql AS $$
BEGIN
    UPDATE stage_stays SET furthest_stage_id = lejek_stay_furthest(lead_id, pipeline_id, entered_at, change_id)
    WHERE pipeline_id = NEW.pipeline_id
      AND furthest_stage_id IS DISTINCT FROM lejek_stay_furthest(lead_id, pipeline_id, entered_at, change_id);
    RETURN NULL;
END
$$;
CREATE TRIGGER stages_stage_stays AFTER UPDATE OF position, kind ON stages
    FOR EACH ROW WHEN (OLD.position IS DISTINCT FROM NEW.position OR OLD.kind IS DISTINCT FROM NEW.kind)
    EXECUTE FUNCTION lejek_stage_stays_furthest();

CREATE FUNCTION lejek_lead_entered(BIGINT, BIGINT) RETURNS BIGINT LANGUAGE sql STABLE AS $$
    SELECT MIN(p.changed_at) FROM stage_changes p WHERE p.lead_id = $1 AND p.pipeline_id = $2
$$;

-- Filled as the table is rewritten once (an UPDATE would leave every row's old version
-- behind: the 1M demo's stays grew from 543 MB to 1,141 MB, and their reads with them).
ALTER TABLE stage_stays
    ALTER COLUMN furthest_stage_id TYPE BIGINT USING lejek_stay_furthest(lead_id, pipeline_id, entered_at, change_id),
    ALTER COLUMN lead_entered_at TYPE BIGINT USING lejek_lead_entered(lead_id, pipeline_id);
DROP FUNCTION lejek_lead_entered(BIGINT, BIGINT);

-- The stays left after a day, by when they were left, with when they began, when their
-- lead came in and how far it had gone, then the filters' columns and the lead (an
-- owner then): a past day's cohort of the leads moved since reads no table row.
CREATE INDEX stage_stays_since ON stage_stays (pipeline_id, left_at, entered_at, lead_entered_at, furthest_stage_id, owner_id, source,
                                               campaign, lead_id)
    WHERE merged_into IS NULL AND left_at IS NOT NULL;

-- The rewritten table's statistics, for the reads' plans: none until autovacuum else.
ANALYZE stage_stays;
