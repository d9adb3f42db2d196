-- SPDX-FileCopyrightText: 2026 Lejek authors
-- SPDX-License-Identifier: GPL-3.0-or-later
-- Version 25, PostgreSQL: time in stage from counts (the tables, what they count and the
-- length's bucket: 025_stay_lengths.sqlite.sql), kept in step with stage_stays in the
-- writer's transaction as version 23's counts are: a changed stay notes its change in
-- report_day_changes, and the transaction folds its notes at commit, after the other
-- counts', in the counts' key order (no two transactions wait for each other in a cycle).
LOCK TABLE lead_facts, stage_stays, leads, stage_changes IN SHARE ROW EXCLUSIVE MODE;

CREATE TABLE stay_lengths (
    pipeline_id BIGINT NOT NULL,
    stage_id BIGINT NOT NULL,
    day BIGINT NOT NULL,
    bucket BIGINT NOT NULL,
    stays BIGINT NOT NULL,
    PRIMARY KEY (pipeline_id, stage_id, day, bucket)
);
CREATE TABLE open_stays (
    pipeline_id BIGINT NOT NULL,
    stage_id BIGINT NOT NULL,
    owner_id BIGINT NOT NULL,
    stays BIGINT NOT NULL,
    PRIMARY KEY (pipeline_id, stage_id, owner_id)
);

-- A length's bucket, as SQLite's triggers compute it.
CREATE FUNCTION lejek_stay_length_bucket(duration BIGINT) RETURNS BIGINT LANGUAGE sql IMMUTABLE AS $$
    SELECT CASE WHEN duration <= 0 THEN 0 WHEN duration < 10 THEN duration
                ELSE length(CAST(duration AS TEXT)) * 100 + CAST(substr(CAST(duration AS TEXT), 1, 2) AS INTEGER) / 5 * 5 END
$$;

-- The notes now also of lengths (counts 'length', by stage, day and bucket) and of open
-- stays (counts 'open', by stage and owner; day 0).
ALTER TABLE report_day_changes ADD COLUMN bucket BIGINT NOT NULL DEFAULT 0;
ALTER TABLE report_day_changes DROP CONSTRAINT report_day_changes_counts_check;
ALTER TABLE report_day_changes ADD CONSTRAINT report_day_changes_counts_check
    CHECK (counts IN ('cohort', 'outcome', 'stay', 'length', 'open'));

-- A stay added, removed or changed in what is counted by: counted by day (stay_days) and
-- by length while it is ended, as open while it is not.
CREATE OR REPLACE FUNCTION lejek_stage_stays_days() RETURNS TRIGGER LANGUAGE plpgsql AS $$
BEGIN
    IF (TG_OP = 'INSERT' OR OLD.merged_into IS NOT NULL) AND (TG_OP = 'DELETE' OR NEW.merged_into IS NOT NULL) THEN
        RETURN NULL; -- merged: not counted
    END IF;
    IF TG_OP <> 'INSERT' AND OLD.merged_into IS NULL THEN
        IF OLD.left_at IS NOT NULL THEN
            INSERT INTO report_day_changes (counts, pipeline_id, day, stage_id, owner_id, change)
            VALUES ('stay', OLD.pipeline_id, OLD.left_at / 86400000, OLD.stage_id, COALESCE(OLD.owner_id, 0), -1);
            INSERT INTO report_day_changes (counts, pipeline_id, day, stage_id, owner_id, bucket, change)
            VALUES ('length', OLD.pipeline_id, OLD.left_at / 86400000, OLD.stage_id, 0, lejek_stay_length_bucket(OLD.duration), -1);
        ELSE
            INSERT INTO report_day_changes (counts, pipeline_id, day, stage_id, owner_id, change)
            VALUES ('open', OLD.pipeline_id, 0, OLD.stage_id, COALESCE(OLD.owner_id, 0), -1);
        END IF;
    END IF;
    IF TG_OP <> 'DELETE' AND NEW.merged_into IS NULL THEN
        IF NEW.left_at IS NOT NULL THEN
            INSERT INTO report_day_changes (counts, pipeline_id, day, stage_id, owner_id, change)
            VALUES ('stay', NEW.pipeline_id, NEW.left_at / 86400000, NEW.stage_id, COALESCE(NEW.owner_id, 0), 1);
            INSERT INTO report_day_changes (counts, pipeline_id, day, stage_id, owner_id, bucket, change)
            VALUES ('length', NEW.pipeline_id, NEW.left_at / 86400000, NEW.stage_id, 0, lejek_stay_length_bucket(NEW.duration), 1);
        ELSE
            INSERT INTO report_day_changes (counts, pipeline_id, day, stage_id, owner_id, change)
            VALUES ('open', NEW.pipeline_id, 0, NEW.stage_id, COALESCE(NEW.owner_id, 0), 1);
        END IF;
    END IF;
    INSERT INTO report_day_folds VALUES (txid_current()) ON CONFLICT DO NOTHING;
    RETURN NULL;
END
$$;
DROP TRIGGER stage_stays_days_changed ON stage_stays;
CREATE TRIGGER stage_stays_days_changed AFTER UPDATE OF pipeline_id, stage_id, left_at, duration, owner_id, merged_into ON stage_stays
    FOR EACH ROW
    WHEN (OLD.pipeline_id IS DISTINCT FROM NEW.pipeline_id OR OLD.stage_id IS DISTINCT FROM NEW.stage_id
          OR OLD.left_at IS DISTINCT FROM NEW.left_at OR OLD.duration IS DISTINCT FROM NEW.duration
          OR OLD.owner_id IS DISTINCT FROM NEW.owner_id OR OLD.merged_into IS DISTINCT FROM NEW.merged_into)
    EXECUTE FUNCTION lejek_stage_stays_days();

-- At commit: the transaction's changes summed by count and added, in one order.
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
    DELETE FROM report_day_folds WHERE txid = NEW.txid;
    RETURN NULL;
END
$$;

-- Filled once the triggers are there, in their transaction: no change can fall between.
INSERT INTO stay_lengths
SELECT pipeline_id, stage_id, left_at / 86400000, lejek_stay_length_bucket(duration), COUNT(*)
FROM stage_stays WHERE merged_into IS NULL AND left_at IS NOT NULL GROUP BY 1, 2, 3, 4;
INSERT INTO open_stays
SELECT pipeline_id, stage_id, COALESCE(owner_id, 0), COUNT(*)
FROM stage_stays WHERE merged_into IS NULL AND left_at IS NULL GROUP BY 1, 2, 3;
