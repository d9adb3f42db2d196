-- SPDX-FileCopyrightText: 2026 Lejek authors
-- SPDX-License-Identifier: GPL-3.0-or-later
-- Version 33, PostgreSQL: each handoff's working times kept as it is written, and counted by
-- month, so that speed to lead, the SLAs and handoff quality need not read and measure
-- every handoff of a period (all time at 1M: 452,717, each measured on the client in
-- its owner's team's working time at every refresh).
--
--   handoff_stages   each pipeline's handoff stage (where marketing hands leads to
--                    sales: the scoring model's, MQL unless configured otherwise), as
--                    the store resolves it from the configuration (HandoffStages).
--   handoff_stays    a lead's first entry into its pipeline's handoff stage (a stay
--                    with no earlier entry into the same stage; merged leads not kept),
--                    with what the reports read of it: its owner (0: nobody) and month
--                    (UTC, year * 12 + month - 1), when it was entered, first contacted
--                    and left, the stage entered next (0: none yet) and the lead's lost
--                    reason ('': none); and in the working time of the owner's team
--                    (working_hours, migration 32; a lead nobody in a team owns: the
--                    default calendar), from the entry to the first contact and to the
--                    move on (NULL: not yet, or either instant outside the table's
--                    days), each with its length's bucket: stay_lengths' (migration 25),
--                    or -1 for not yet, -2 for not measured.
--   handoff_contacts the first entries by month, owner and contact bucket;
--   handoff_moves    by month, owner, stage entered next and move bucket;
--   handoff_reasons  by month, owner, stage entered next and lost reason (those with
--                    one): the counts the reports read instead of the entries, whose
--                    rows they read only at a rank or near an SLA's limit.
--
-- Re-entries into the handoff stage are not kept: a period counts one only when the
-- entry before it came before the period, which the stays themselves tell. The counts
-- are kept in step by triggers, in the writer's transaction; a count that falls to 0
-- keeps its row, as in version 23. What the triggers cannot see is kept by the store in
-- the same transaction as the change: a calendar saved (WorkingHoursRepository), the
-- handoff stage configured anew (HandoffStayRepository).
--
-- As with version 23's counts, a handoff_stays row added or removed only notes its
-- change (report_day_changes: day holds the month, and next_stage_id the stage entered
-- next), which the transaction folds into the counts at commit, in the counts' order.

-- Writers wait for this to commit, as in version 23.
LOCK TABLE lead_facts, stage_stays, leads, stage_changes, users IN SHARE ROW EXCLUSIVE MODE;

CREATE TABLE handoff_stages (
    pipeline_id BIGINT PRIMARY KEY,
    stage_id BIGINT NOT NULL
);

CREATE TABLE handoff_stays (
    change_id BIGINT PRIMARY KEY,
    lead_id BIGINT NOT NULL,
    pipeline_id BIGINT NOT NULL,
    stage_id BIGINT NOT NULL,
    owner_id BIGINT NOT NULL,
    month BIGINT NOT NULL,
    entered_at BIGINT NOT NULL,
    first_contact_at BIGINT,
    left_at BIGINT,
    next_stage_id BIGINT NOT NULL,
    lost_reason TEXT NOT NULL,
    contact_ms BIGINT,
    contact_bucket BIGINT NOT NULL,
    move_ms BIGINT,
    move_bucket BIGINT NOT NULL
);
-- A bucket's entries in order of their working time, whole or one owner's: the reads
-- at a rank or at an SLA's limit.
CREATE INDEX handoff_stays_contacts ON handoff_stays (pipeline_id, stage_id, contact_bucket, month, owner_id, contact_ms, entered_at,
                                                      first_contact_at, lead_id);
CREATE INDEX handoff_stays_moves ON handoff_stays (pipeline_id, stage_id, move_bucket, month, owner_id, next_stage_id, move_ms,
                                                   entered_at, left_at, lead_id);
CREATE INDEX handoff_stays_owner ON handoff_stays (owner_id);
-- The latest contact and move: a report the counts serve has none later than now.
CREATE INDEX handoff_stays_contacted ON handoff_stays (pipeline_id, stage_id, first_contact_at);
CREATE INDEX handoff_stays_left ON handoff_stays (pipeline_id, stage_id, left_at);

CREATE TABLE handoff_contacts (
    pipeline_id BIGINT NOT NULL,
    stage_id BIGINT NOT NULL,
    month BIGINT NOT NULL,
    owner_id BIGINT NOT NULL,
    bucket BIGINT NOT NULL,
    handoffs BIGINT NOT NULL,
    PRIMARY KEY (pipeline_id, stage_id, month, owner_id, bucket)
);
CREATE TABLE handoff_moves (
    pipeline_id BIGINT NOT NULL,
    stage_id BIGINT NOT NULL,
    month BIGINT NOT NULL,
    owner_id BIGINT NOT NULL,
    next_stage_id BIGINT NOT NULL,
    bucket BIGINT NOT NULL,
    handoffs BIGINT NOT NULL,
    PRIMARY KEY (pipeline_id, stage_id, month, owner_id, next_stage_id, bucket)
);
CREATE TABLE handoff_reasons (
    pipeline_id BIGINT NOT NULL,
    stage_id BIGINT NOT NULL,
    month BIGINT NOT NULL,
    owner_id BIGINT NOT NULL,
    next_stage_id BIGINT NOT NULL,
    lost_reason TEXT NOT NULL,
    handoffs BIGINT NOT NULL,
    PRIMARY KEY (pipeline_id, stage_id, month, owner_id, next_stage_id, lost_reason)
);

-- The working time a calendar (a team's id, 0: the default) counts by an instant (ms
-- since the epoch): WorkingHoursRepository's elapsedSql as a function (its plan made
-- once a session, where the view's twelve look-ups spelled out cost each statement of
-- the triggers 7-14 ms of planning: an import crawled). NULL outside the table's days.
CREATE FUNCTION lejek_working_elapsed(team BIGINT, instant BIGINT) RETURNS BIGINT LANGUAGE plpgsql STABLE AS $$
BEGIN
    RETURN (SELECT h.before_ms + LEAST(GREATEST(instant - h.opens_at, 0), h.closes_at - h.opens_at) FROM working_hours h
            WHERE h.team_id = team AND h.opens_at <= instant
              AND instant < (SELECT MAX(z.opens_at) FROM working_hours z WHERE z.team_id = team)
            ORDER BY h.opens_at DESC LIMIT 1);
END
$$;

-- A first entry into a handoff stage as handoff_stays keeps it, computed from its stay.
-- The month in UTC whatever the session's zone.
CREATE VIEW handoff_stays_now AS
SELECT x.change_id, x.lead_id, x.pipeline_id, x.stage_id, x.owner_id, x.month, x.entered_at, x.first_contact_at, x.left_at,
       x.next_stage_id, x.lost_reason,
       x.contact_ms, CASE WHEN x.first_contact_at IS NULL THEN -1 WHEN x.contact_ms IS NULL THEN -2 ELSE lejek_stay_length_bucket(x.contact_ms) END AS contact_bucket,
       x.move_ms, CASE WHEN x.left_at IS NULL THEN -1 WHEN x.move_ms IS NULL THEN -2 ELSE lejek_stay_length_bucket(x.move_ms) END AS move_bucket
FROM (SELECT y.change_id, y.lead_id, y.pipeline_id, y.stage_id, y.owner_id, y.month, y.entered_at, y.first_contact_at, y.left_at,
             y.next_stage_id, y.lost_reason,
             lejek_working_elapsed(y.team, y.first_contact_at) - lejek_working_elapsed(y.team, y.entered_at) AS contact_ms,
             lejek_working_elapsed(y.team, y.left_at) - lejek_working_elapsed(y.team, y.entered_at) AS move_ms
      FROM (SELECT s.change_id, s.lead_id, s.pipeline_id, s.stage_id, COALESCE(s.owner_id, 0) AS owner_id,
                   CAST(EXTRACT(YEAR FROM to_timestamp(s.entered_at / 1000.0) AT TIME ZONE 'UTC') * 12
                        + EXTRACT(MONTH FROM to_timestamp(s.entered_at / 1000.0) AT TIME ZONE 'UTC') - 1 AS BIGINT) AS month,
                   s.entered_at, s.first_contact_at, s.left_at, COALESCE(s.next_stage_id, 0) AS next_stage_id,
                   COALESCE(s.lost_reason, '') AS lost_reason,
                   -- The owner's team; nobody, or nobody in a team: the default calendar (0).
                   COALESCE((SELECT u.team_id FROM users u WHERE u.id = s.owner_id), 0) AS team
            FROM stage_stays s JOIN handoff_stages g ON g.pipeline_id = s.pipeline_id AND g.stage_id = s.stage_id
            WHERE s.merged_into IS NULL AND s.prior_entered_at IS NULL) y) x;

-- A stay added, removed or changed in what handoff_stays keeps of it: its row there
-- computed again (a lead's stays are written again at each of its moves).
-- Only a stay in its pipeline's handoff stage is looked for in the view, by a plan made
-- once a session (the change id picks the stay whatever the table holds): planned anew
-- for each of an import's stays, the view cost more than the rest of the import.
CREATE FUNCTION lejek_stage_stays_handoffs() RETURNS TRIGGER LANGUAGE plpgsql SET plan_cache_mode = force_generic_plan AS $$
BEGIN
    IF TG_OP <> 'INSERT' THEN
        DELETE FROM handoff_stays WHERE change_id = OLD.change_id;
    END IF;
    IF TG_OP <> 'DELETE' AND NEW.merged_into IS NULL AND NEW.prior_entered_at IS NULL
       AND EXISTS (SELECT 1 FROM handoff_stages g WHERE g.pipeline_id = NEW.pipeline_id AND g.stage_id = NEW.stage_id) THEN
        INSERT INTO handoff_stays SELECT * FROM handoff_stays_now WHERE change_id = NEW.change_id;
    END IF;
    RETURN NULL;
END
$$;
CREATE TRIGGER stage_stays_handoffs_added AFTER INSERT ON stage_stays
    FOR EACH ROW WHEN (NEW.merged_into IS NULL AND NEW.prior_entered_at IS NULL) EXECUTE FUNCTION lejek_stage_stays_handoffs();
CREATE TRIGGER stage_stays_handoffs_removed AFTER DELETE ON stage_stays
    FOR EACH ROW WHEN (OLD.merged_into IS NULL AND OLD.prior_entered_at IS NULL) EXECUTE FUNCTION lejek_stage_stays_handoffs();
CREATE TRIGGER stage_stays_handoffs_changed
    AFTER UPDATE OF pipeline_id, stage_id, entered_at, left_at, next_stage_id, prior_entered_at, first_contact_at, merged_into, owner_id,
                    lost_reason ON stage_stays
    FOR EACH ROW
    WHEN (OLD.pipeline_id IS DISTINCT FROM NEW.pipeline_id OR OLD.stage_id IS DISTINCT FROM NEW.stage_id
          OR OLD.entered_at IS DISTINCT FROM NEW.entered_at OR OLD.left_at IS DISTINCT FROM NEW.left_at
          OR OLD.next_stage_id IS DISTINCT FROM NEW.next_stage_id OR OLD.prior_entered_at IS DISTINCT FROM NEW.prior_entered_at
          OR OLD.first_contact_at IS DISTINCT FROM NEW.first_contact_at OR OLD.merged_into IS DISTINCT FROM NEW.merged_into
          OR OLD.owner_id IS DISTINCT FROM NEW.owner_id OR OLD.lost_reason IS DISTINCT FROM NEW.lost_reason)
    EXECUTE FUNCTION lejek_stage_stays_handoffs();

-- A user moved to another team: their handoffs are measured in its calendar.
CREATE FUNCTION lejek_users_handoff_stays() RETURNS TRIGGER LANGUAGE plpgsql AS $$
BEGIN
    DELETE FROM handoff_stays WHERE owner_id = NEW.id;
    INSERT INTO handoff_stays SELECT * FROM handoff_stays_now WHERE owner_id = NEW.id;
    RETURN NULL;
END
$$;
CREATE TRIGGER users_handoff_stays AFTER UPDATE OF team_id ON users
    FOR EACH ROW WHEN (OLD.team_id IS DISTINCT FROM NEW.team_id) EXECUTE FUNCTION lejek_users_handoff_stays();

-- The counts' changes, noted with handoff_stays' rows (which are only ever added and
-- removed) and folded at commit.
ALTER TABLE report_day_changes ADD COLUMN next_stage_id BIGINT NOT NULL DEFAULT 0;
ALTER TABLE report_day_changes DROP CONSTRAINT report_day_changes_counts_check;
ALTER TABLE report_day_changes ADD CONSTRAINT report_day_changes_counts_check
    CHECK (counts IN ('cohort', 'outcome', 'stay', 'length', 'open', 'contact', 'move', 'reason'));

CREATE FUNCTION lejek_handoff_stays_counts() RETURNS TRIGGER LANGUAGE plpgsql AS $$
DECLARE
    r handoff_stays;
    delta INTEGER;
BEGIN
    IF TG_OP = 'INSERT' THEN
        r := NEW;
        delta := 1;
    ELSE
        r := OLD;
        delta := -1;
    END IF;
    INSERT INTO report_day_changes (counts, pipeline_id, day, stage_id, owner_id, bucket, change)
    VALUES ('contact', r.pipeline_id, r.month, r.stage_id, r.owner_id, r.contact_bucket, delta);
    INSERT INTO report_day_changes (counts, pipeline_id, day, stage_id, owner_id, next_stage_id, bucket, change)
    VALUES ('move', r.pipeline_id, r.month, r.stage_id, r.owner_id, r.next_stage_id, r.move_bucket, delta);
    IF r.lost_reason <> '' THEN
        INSERT INTO report_day_changes (counts, pipeline_id, day, stage_id, owner_id, next_stage_id, lost_reason, change)
        VALUES ('reason', r.pipeline_id, r.month, r.stage_id, r.owner_id, r.next_stage_id, r.lost_reason, delta);
    END IF;
    INSERT INTO report_day_folds VALUES (txid_current()) ON CONFLICT DO NOTHING;
    RETURN NULL;
END
$$;
CREATE TRIGGER handoff_stays_counted AFTER INSERT OR DELETE ON handoff_stays FOR EACH ROW EXECUTE FUNCTION lejek_handoff_stays_counts();

-- At commit: the transaction's changes summed by count and added, in one order (version
-- 25's, and the handoffs' after them).
CREATE OR REPLACE FUNCTION lejek_report_days_fold() RETURNS TRIGGER LANGUAGE plpgsql AS $$
BEGIN
    WITH gone AS (DELETE FROM report_day_changes WHERE txid = NEW.txid AND counts = 'cohort' RETURNING *)
    INSERT INTO cohort_days
    SELECT pipeline_id, day, stage_id, owner_id, SUM(change) FROM gone GROUP BY 1, 2, 3, 4 HAVING SUM(change) <> 0 ORDER BY 1, 2, 3, 4
    ON CONFLICT (pipeline_id, day, furthest_stage_id, owner_id) DO UPDATE SET leads = cohort_days.leads + EXCLUDED.leads;
    WITH gone AS (DELETE FROM report_day_changes WHERE txid = NEW.txid AND counts = 'outcome' RETURNING *)
    INSERT INTO outcome_days
    SELECT pipeline_id, day, stage_id, lost_reason, owner_id, SUM(change) FROM gone GROUP BY 1, 2, 3, 4, 5 HAVING SUM(change) <> 0
    ORDER BY 1, 2, 3, 4, 5
    ON CONFLICT (pipeline_id, day, stage_id, lost_reason, owner_id) DO UPDATE SET leads = outcome_days.leads + EXCLUDED.leads;
    WITH gone AS (DELETE FROM report_day_changes WHERE txid = NEW.txid AND counts = 'stay' RETURNING *)
    INSERT INTO stay_days
    SELECT pipeline_id, day, stage_id, owner_id, SUM(change) FROM gone GROUP BY 1, 2, 3, 4 HAVING SUM(change) <> 0 ORDER BY 1, 2, 3, 4
    ON CONFLICT (pipeline_id, day, stage_id, owner_id) DO UPDATE SET stays = stay_days.stays + EXCLUDED.stays;
    WITH gone AS (DELETE FROM report_day_changes WHERE txid = NEW.txid AND counts = 'length' RETURNING *)
    INSERT INTO stay_lengths
    SELECT pipeline_id, stage_id, day, bucket, SUM(change) FROM gone GROUP BY 1, 2, 3, 4 HAVING SUM(change) <> 0 ORDER BY 1, 2, 3, 4
    ON CONFLICT (pipeline_id, stage_id, day, bucket) DO UPDATE SET stays = stay_lengths.stays + EXCLUDED.stays;
    WITH gone AS (DELETE FROM report_day_changes WHERE txid = NEW.txid AND counts = 'open' RETURNING *)
    INSERT INTO open_stays
    SELECT pipeline_id, stage_id, owner_id, SUM(change) FROM gone GROUP BY 1, 2, 3 HAVING SUM(change) <> 0 ORDER BY 1, 2, 3
    ON CONFLICT (pipeline_id, stage_id, owner_id) DO UPDATE SET stays = open_stays.stays + EXCLUDED.stays;
    WITH gone AS (DELETE FROM report_day_changes WHERE txid = NEW.txid AND counts = 'contact' RETURNING *)
    INSERT INTO handoff_contacts
    SELECT pipeline_id, stage_id, day, owner_id, bucket, SUM(change) FROM gone GROUP BY 1, 2, 3, 4, 5 HAVING SUM(change) <> 0
    ORDER BY 1, 2, 3, 4, 5
    ON CONFLICT (pipeline_id, stage_id, month, owner_id, bucket) DO UPDATE SET handoffs = handoff_contacts.handoffs + EXCLUDED.handoffs;
    WITH gone AS (DELETE FROM report_day_changes WHERE txid = NEW.txid AND counts = 'move' RETURNING *)
    INSERT INTO handoff_moves
    SELECT pipeline_id, stage_id, day, owner_id, next_stage_id, bucket, SUM(change) FROM gone GROUP BY 1, 2, 3, 4, 5, 6
    HAVING SUM(change) <> 0 ORDER BY 1, 2, 3, 4, 5, 6
    ON CONFLICT (pipeline_id, stage_id, month, owner_id, next_stage_id, bucket)
    DO UPDATE SET handoffs = handoff_moves.handoffs + EXCLUDED.handoffs;
    WITH gone AS (DELETE FROM report_day_changes WHERE txid = NEW.txid AND counts = 'reason' RETURNING *)
    INSERT INTO handoff_reasons
    SELECT pipeline_id, stage_id, day, owner_id, next_stage_id, lost_reason, SUM(change) FROM gone GROUP BY 1, 2, 3, 4, 5, 6
    HAVING SUM(change) <> 0 ORDER BY 1, 2, 3, 4, 5, 6
    ON CONFLICT (pipeline_id, stage_id, month, owner_id, next_stage_id, lost_reason)
    DO UPDATE SET handoffs = handoff_reasons.handoffs + EXCLUDED.handoffs;
    DELETE FROM report_day_folds WHERE txid = NEW.txid;
    RETURN NULL;
END
$$;

-- Filled by the store once the handoff stages are resolved (DataMigrations, in this
-- step's transaction): handoff_stages is empty until then, and so is what follows it.
