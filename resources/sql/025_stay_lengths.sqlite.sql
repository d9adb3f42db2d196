-- SPDX-FileCopyrightText: 2026 Lejek authors
-- SPDX-License-Identifier: GPL-3.0-or-later
-- Version 25, SQLite: time in stage from counts, so that a stage's median and p90 are
-- found without walking half its stays, and its leads waiting without counting them.
--
--   stay_lengths  the ended stays by stage, UTC day they ended (as stay_days) and length
--                 bucket. A stay at rank k of its stage's period lies in the bucket where
--                 the buckets' running sum passes k: the read then walks that bucket's
--                 stays alone, not every stay shorter than it (the 1M demo's first stage
--                 ended 921,000 stays: its median was a walk of 460,000 index entries).
--   open_stays    the stays not ended (the leads in each stage now), by stage and owner
--                 (0: nobody): each stage's leads waiting, without counting 1M rows.
--
-- A length's bucket: its first two digits rounded down to a multiple of 5, after its
-- number of digits (1,234 ms: 4 digits, "12" -> 10: bucket 410, [1,000, 1,500) ms); up
-- to 9 ms, the length itself; 0 and below, 0. 18 buckets a decade, each at most 1.5
-- times as long at its top as at its bottom, ordered as the lengths are: a bucket's
-- bounds follow from its number alone (StayLengths::bounds). A few dozen buckets a stage
-- and day. Integer arithmetic on the length's text, the same on both databases: a
-- logarithm's rounding at a bound could differ between them. (In parentheses where it
-- ends a statement: a trigger's body is read up to the first "END;".)
--
-- Merged leads are not counted, as the reports count none. Both are kept in step with
-- stage_stays by its triggers, in the writer's transaction, and tested to equal its rows
-- grouped (tst_stagestays). Only the owner is kept of what a filter reads (open_stays),
-- or nothing (stay_lengths): a report filtered by anything else, or the lengths of
-- anything but a whole pipeline, reads the rows themselves. A count that falls to 0
-- keeps its row, as in version 23.
CREATE TABLE stay_lengths (
    pipeline_id BIGINT NOT NULL,
    stage_id BIGINT NOT NULL,
    day BIGINT NOT NULL,
    bucket BIGINT NOT NULL,
    stays BIGINT NOT NULL,
    PRIMARY KEY (pipeline_id, stage_id, day, bucket)
) WITHOUT ROWID;
CREATE TABLE open_stays (
    pipeline_id BIGINT NOT NULL,
    stage_id BIGINT NOT NULL,
    owner_id BIGINT NOT NULL,
    stays BIGINT NOT NULL,
    PRIMARY KEY (pipeline_id, stage_id, owner_id)
) WITHOUT ROWID;

-- A stay added (its lead's stays are written again at each of its moves): counted, as
-- ended or as open.
CREATE TRIGGER stage_stays_lengths_added AFTER INSERT ON stage_stays
WHEN NEW.merged_into IS NULL
BEGIN
    INSERT INTO stay_lengths
    SELECT NEW.pipeline_id, NEW.stage_id, NEW.left_at / 86400000,
           CASE WHEN NEW.duration <= 0 THEN 0 WHEN NEW.duration < 10 THEN NEW.duration
                ELSE length(CAST(NEW.duration AS TEXT)) * 100 + CAST(substr(CAST(NEW.duration AS TEXT), 1, 2) AS INTEGER) / 5 * 5 END, 1
    WHERE NEW.left_at IS NOT NULL
    ON CONFLICT (pipeline_id, stage_id, day, bucket) DO UPDATE SET stays = stays + 1;
    INSERT INTO open_stays SELECT NEW.pipeline_id, NEW.stage_id, COALESCE(NEW.owner_id, 0), 1 WHERE NEW.left_at IS NULL
    ON CONFLICT (pipeline_id, stage_id, owner_id) DO UPDATE SET stays = stays + 1;
END;

CREATE TRIGGER stage_stays_lengths_removed AFTER DELETE ON stage_stays
WHEN OLD.merged_into IS NULL
BEGIN
    UPDATE stay_lengths SET stays = stays - 1
    WHERE OLD.left_at IS NOT NULL AND pipeline_id = OLD.pipeline_id AND stage_id = OLD.stage_id AND day = OLD.left_at / 86400000
      AND bucket = (CASE WHEN OLD.duration <= 0 THEN 0 WHEN OLD.duration < 10 THEN OLD.duration
                         ELSE length(CAST(OLD.duration AS TEXT)) * 100 + CAST(substr(CAST(OLD.duration AS TEXT), 1, 2) AS INTEGER) / 5 * 5 END);
    UPDATE open_stays SET stays = stays - 1
    WHERE OLD.left_at IS NULL AND pipeline_id = OLD.pipeline_id AND stage_id = OLD.stage_id AND owner_id = COALESCE(OLD.owner_id, 0);
END;

-- Changed in what is counted by (an owner changed, a lead merged): out of the old
-- count, into the new one. Anything else passes by.
CREATE TRIGGER stage_stays_lengths_changed
AFTER UPDATE OF pipeline_id, stage_id, left_at, duration, owner_id, merged_into ON stage_stays
WHEN OLD.pipeline_id IS NOT NEW.pipeline_id OR OLD.stage_id IS NOT NEW.stage_id OR OLD.left_at IS NOT NEW.left_at
  OR OLD.duration IS NOT NEW.duration OR OLD.owner_id IS NOT NEW.owner_id OR OLD.merged_into IS NOT NEW.merged_into
BEGIN
    UPDATE stay_lengths SET stays = stays - 1
    WHERE OLD.merged_into IS NULL AND OLD.left_at IS NOT NULL AND pipeline_id = OLD.pipeline_id AND stage_id = OLD.stage_id
      AND day = OLD.left_at / 86400000
      AND bucket = (CASE WHEN OLD.duration <= 0 THEN 0 WHEN OLD.duration < 10 THEN OLD.duration
                         ELSE length(CAST(OLD.duration AS TEXT)) * 100 + CAST(substr(CAST(OLD.duration AS TEXT), 1, 2) AS INTEGER) / 5 * 5 END);
    UPDATE open_stays SET stays = stays - 1
    WHERE OLD.merged_into IS NULL AND OLD.left_at IS NULL AND pipeline_id = OLD.pipeline_id AND stage_id = OLD.stage_id
      AND owner_id = COALESCE(OLD.owner_id, 0);
    INSERT INTO stay_lengths
    SELECT NEW.pipeline_id, NEW.stage_id, NEW.left_at / 86400000,
           CASE WHEN NEW.duration <= 0 THEN 0 WHEN NEW.duration < 10 THEN NEW.duration
                ELSE length(CAST(NEW.duration AS TEXT)) * 100 + CAST(substr(CAST(NEW.duration AS TEXT), 1, 2) AS INTEGER) / 5 * 5 END, 1
    WHERE NEW.merged_into IS NULL AND NEW.left_at IS NOT NULL
    ON CONFLICT (pipeline_id, stage_id, day, bucket) DO UPDATE SET stays = stays + 1;
    INSERT INTO open_stays SELECT NEW.pipeline_id, NEW.stage_id, COALESCE(NEW.owner_id, 0), 1
    WHERE NEW.merged_into IS NULL AND NEW.left_at IS NULL
    ON CONFLICT (pipeline_id, stage_id, owner_id) DO UPDATE SET stays = stays + 1;
END;

-- Filled in the migration's transaction, which holds the write lock.
INSERT INTO stay_lengths
SELECT pipeline_id, stage_id, left_at / 86400000, bucket, COUNT(*)
FROM (SELECT pipeline_id, stage_id, left_at,
             CASE WHEN duration <= 0 THEN 0 WHEN duration < 10 THEN duration
                  ELSE length(CAST(duration AS TEXT)) * 100 + CAST(substr(CAST(duration AS TEXT), 1, 2) AS INTEGER) / 5 * 5 END AS bucket
      FROM stage_stays WHERE merged_into IS NULL AND left_at IS NOT NULL)
GROUP BY 1, 2, 3, 4;
INSERT INTO open_stays
SELECT pipeline_id, stage_id, COALESCE(owner_id, 0), COUNT(*)
FROM stage_stays WHERE merged_into IS NULL AND left_at IS NULL GROUP BY 1, 2, 3;
