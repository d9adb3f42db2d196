-- SPDX-FileCopyrightText: 2026 Lejek authors
-- SPDX-License-Identifier: GPL-3.0-or-later
-- Version 23, PostgreSQL: today's cohort, outcomes and ended stays counted by day (the
-- tables and what they count: 023_report_days.sqlite.sql), kept in step with lead_facts
-- and stage_stays in the writer's transaction.
--
-- Unlike SQLite's single writer, many transactions here change the same day's count (a
-- team's moves of one day), each holding the row until it commits: changed as each row
-- is, two bulk moves could take the same counts in opposite orders and deadlock. So a
-- row changing only notes the change (report_day_changes, inserted: no lock taken), and
-- the transaction folds its notes into the counts at commit (a deferred trigger, fired
-- once per transaction through report_day_folds), in one order: by table, then by the
-- counts' key. No transaction then waits for another in a cycle. Read-only sessions
-- see only committed counts, which a commit changes together with the rows counted.
-- Writers wait for this to commit (as in version 19), whichever table they write first:
-- the summaries' triggers write lead_facts and stage_stays for leads, stage changes,
-- activities, tasks and owner changes alike.
LOCK TABLE lead_facts, stage_stays, leads, stage_changes IN SHARE ROW EXCLUSIVE MODE;

CREATE TABLE cohort_days (
    pipeline_id BIGINT NOT NULL,
    day BIGINT NOT NULL,
    furthest_stage_id BIGINT NOT NULL,
    owner_id BIGINT NOT NULL,
    leads BIGINT NOT NULL,
    PRIMARY KEY (pipeline_id, day, furthest_stage_id, owner_id)
);
CREATE TABLE outcome_days (
    pipeline_id BIGINT NOT NULL,
    day BIGINT NOT NULL,
    stage_id BIGINT NOT NULL,
    lost_reason TEXT NOT NULL,
    owner_id BIGINT NOT NULL,
    leads BIGINT NOT NULL,
    PRIMARY KEY (pipeline_id, day, stage_id, lost_reason, owner_id)
);
CREATE TABLE stay_days (
    pipeline_id BIGINT NOT NULL,
    day BIGINT NOT NULL,
    stage_id BIGINT NOT NULL,
    owner_id BIGINT NOT NULL,
    stays BIGINT NOT NULL,
    PRIMARY KEY (pipeline_id, day, stage_id, owner_id)
);

-- A transaction's changes to the counts, until it commits: `counts` names the table
-- (cohort: stage_id is the furthest stage; lost_reason is '' but for an outcome).
-- Both only ever hold rows of transactions not yet committed: unlogged, as a crash
-- leaves none to keep.
CREATE UNLOGGED TABLE report_day_changes (
    txid BIGINT NOT NULL DEFAULT txid_current(),
    counts TEXT NOT NULL CHECK (counts IN ('cohort', 'outcome', 'stay')),
    pipeline_id BIGINT NOT NULL,
    day BIGINT NOT NULL,
    stage_id BIGINT NOT NULL,
    lost_reason TEXT NOT NULL DEFAULT '',
    owner_id BIGINT NOT NULL,
    change INTEGER NOT NULL
);
CREATE INDEX report_day_changes_txid ON report_day_changes (txid);
-- The transactions with changes to fold: one row each, whose deferred trigger folds them.
CREATE UNLOGGED TABLE report_day_folds (txid BIGINT PRIMARY KEY);

-- A lead's row added, removed or changed in what is counted by.
CREATE FUNCTION lejek_lead_facts_days() RETURNS TRIGGER LANGUAGE plpgsql AS $$
BEGIN
    IF (TG_OP = 'INSERT' OR OLD.merged_into IS NOT NULL) AND (TG_OP = 'DELETE' OR NEW.merged_into IS NOT NULL) THEN
        RETURN NULL; -- merged: not counted
    END IF;
    IF TG_OP <> 'INSERT' AND OLD.merged_into IS NULL THEN
        INSERT INTO report_day_changes (counts, pipeline_id, day, stage_id, owner_id, change)
        VALUES ('cohort', OLD.pipeline_id, OLD.entered_at / 86400000, COALESCE(OLD.furthest_stage_id, 0), COALESCE(OLD.owner_id, 0), -1);
        IF OLD.closed_at IS NOT NULL THEN
            INSERT INTO report_day_changes (counts, pipeline_id, day, stage_id, lost_reason, owner_id, change)
            VALUES ('outcome', OLD.pipeline_id, OLD.closed_at / 86400000, OLD.stage_id, COALESCE(OLD.lost_reason, ''), COALESCE(OLD.owner_id, 0), -1);
        END IF;
    END IF;
    IF TG_OP <> 'DELETE' AND NEW.merged_into IS NULL THEN
        INSERT INTO report_day_changes (counts, pipeline_id, day, stage_id, owner_id, change)
        VALUES ('cohort', NEW.pipeline_id, NEW.entered_at / 86400000, COALESCE(NEW.furthest_stage_id, 0), COALESCE(NEW.owner_id, 0), 1);
        IF NEW.closed_at IS NOT NULL THEN
            INSERT INTO report_day_changes (counts, pipeline_id, day, stage_id, lost_reason, owner_id, change)
            VALUES ('outcome', NEW.pipeline_id, NEW.closed_at / 86400000, NEW.stage_id, COALESCE(NEW.lost_reason, ''), COALESCE(NEW.owner_id, 0), 1);
        END IF;
    END IF;
    INSERT INTO report_day_folds VALUES (txid_current()) ON CONFLICT DO NOTHING;
    RETURN NULL;
END
$$;
CREATE TRIGGER lead_facts_days AFTER INSERT OR DELETE ON lead_facts FOR EACH ROW EXECUTE FUNCTION lejek_lead_facts_days();
CREATE TRIGGER lead_facts_days_changed
    AFTER UPDATE OF pipeline_id, entered_at, furthest_stage_id, owner_id, merged_into, stage_id, closed_at, lost_reason ON lead_facts
    FOR EACH ROW
    WHEN (OLD.pipeline_id IS DISTINCT FROM NEW.pipeline_id OR OLD.entered_at IS DISTINCT FROM NEW.entered_at
          OR OLD.furthest_stage_id IS DISTINCT FROM NEW.furthest_stage_id OR OLD.owner_id IS DISTINCT FROM NEW.owner_id
          OR OLD.merged_into IS DISTINCT FROM NEW.merged_into OR OLD.stage_id IS DISTINCT FROM NEW.stage_id
          OR OLD.closed_at IS DISTINCT FROM NEW.closed_at OR OLD.lost_reason IS DISTINCT FROM NEW.lost_reason)
    EXECUTE FUNCTION lejek_lead_facts_days();

-- A stay added, removed or changed in what is counted by: counted while it is ended.
CREATE FUNCTION lejek_stage_stays_days() RETURNS TRIGGER LANGUAGE plpgsql AS $$
BEGIN
    IF (TG_OP = 'INSERT' OR OLD.merged_into IS NOT NULL OR OLD.left_at IS NULL)
       AND (TG_OP = 'DELETE' OR NEW.merged_into IS NOT NULL OR NEW.left_at IS NULL) THEN
        RETURN NULL; -- a stay still open, or merged: not counted
    END IF;
    IF TG_OP <> 'INSERT' AND OLD.merged_into IS NULL AND OLD.left_at IS NOT NULL THEN
        INSERT INTO report_day_changes (counts, pipeline_id, day, stage_id, owner_id, change)
        VALUES ('stay', OLD.pipeline_id, OLD.left_at / 86400000, OLD.stage_id, COALESCE(OLD.owner_id, 0), -1);
    END IF;
    IF TG_OP <> 'DELETE' AND NEW.merged_into IS NULL AND NEW.left_at IS NOT NULL THEN
        INSERT INTO report_day_changes (counts, pipeline_id, day, stage_id, owner_id, change)
        VALUES ('stay', NEW.pipeline_id, NEW.left_at / 86400000, NEW.stage_id, COALESCE(NEW.owner_id, 0), 1);
    END IF;
    INSERT INTO report_day_folds VALUES (txid_current()) ON CONFLICT DO NOTHING;
    RETURN NULL;
END
$$;
CREATE TRIGGER stage_stays_days AFTER INSERT OR DELETE ON stage_stays FOR EACH ROW EXECUTE FUNCTION lejek_stage_stays_days();
CREATE TRIGGER stage_stays_days_changed AFTER UPDATE OF pipeline_id, stage_id, left_at, owner_id, merged_into ON stage_stays
    FOR EACH ROW
    WHEN (OLD.pipeline_id IS DISTINCT FROM NEW.pipeline_id OR OLD.stage_id IS DISTINCT FROM NEW.stage_id
          OR OLD.left_at IS DISTINCT FROM NEW.left_at OR OLD.owner_id IS DISTINCT FROM NEW.owner_id
          OR OLD.merged_into IS DISTINCT FROM NEW.merged_into)
    EXECUTE FUNCTION lejek_stage_stays_days();

-- At commit: the transaction's changes summed by count and added, in one order.
CREATE FUNCTION lejek_report_days_fold() RETURNS TRIGGER LANGUAGE plpgsql AS $$
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
    DELETE FROM report_day_folds WHERE txid = NEW.txid;
    RETURN NULL;
END
$$;
CREATE CONSTRAINT TRIGGER report_day_folds_at_commit AFTER INSERT ON report_day_folds DEFERRABLE INITIALLY DEFERRED
    FOR EACH ROW EXECUTE FUNCTION lejek_report_days_fold();

-- Filled once the triggers are there, in their transaction: no change can fall between.
INSERT INTO cohort_days
SELECT pipeline_id, entered_at / 86400000, COALESCE(furthest_stage_id, 0), COALESCE(owner_id, 0), COUNT(*)
FROM lead_facts WHERE merged_into IS NULL GROUP BY 1, 2, 3, 4;
INSERT INTO outcome_days
SELECT pipeline_id, closed_at / 86400000, stage_id, COALESCE(lost_reason, ''), COALESCE(owner_id, 0), COUNT(*)
FROM lead_facts WHERE merged_into IS NULL AND closed_at IS NOT NULL GROUP BY 1, 2, 3, 4, 5;
INSERT INTO stay_days
SELECT pipeline_id, left_at / 86400000, stage_id, COALESCE(owner_id, 0), COUNT(*)
FROM stage_stays WHERE merged_into IS NULL AND left_at IS NOT NULL GROUP BY 1, 2, 3, 4;
