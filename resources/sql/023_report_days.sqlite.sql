-- SPDX-FileCopyrightText: 2026 Lejek authors
-- SPDX-License-Identifier: GPL-3.0-or-later
-- Version 23, SQLite: today's cohort, outcomes and ended stays counted by day, so that a
-- report reads a few rows a day instead of every lead or stay of its period (the 1M
-- demo's last quarter holds 296,000 leads: its cohort by owner took 0.25 s, its outcomes
-- by owner 0.15 s, its ended stays 0.14 s; the counts by day of a year are 20,000 to
-- 25,000 rows each).
--
--   cohort_days   leads by the UTC day they came into the pipeline, the furthest stage
--                 they reached (0: none) and their owner (0: nobody)
--   outcome_days  leads won or lost by the UTC day they were closed, the stage they are
--                 in, their lost reason ('' none) and their owner (0: nobody)
--   stay_days     stays that ended, by the UTC day they ended, their stage and owner
--
-- Merged leads are not counted, as the reports count none. The first two are kept in
-- step with lead_facts by its triggers, the third with stage_stays by its, in the
-- writer's transaction; each is tested to equal its table's rows grouped (tst_leadfacts,
-- tst_stagestays). A day is the UTC day of a time after 1970 (integer division), the
-- days a report's period is made of (ReportDayRepository::read). Only the owner is kept
-- of what a filter or breakdown reads: a report filtered or broken down by anything
-- else reads the rows themselves (ReportDayRepository::serves).
-- A count that falls to 0 keeps its row: harmless to a sum, and a lead's row rebuilt
-- (deleted and inserted again at each move) takes its count to 0 and back at once.
CREATE TABLE cohort_days (
    pipeline_id BIGINT NOT NULL,
    day BIGINT NOT NULL,
    furthest_stage_id BIGINT NOT NULL,
    owner_id BIGINT NOT NULL,
    leads BIGINT NOT NULL,
    PRIMARY KEY (pipeline_id, day, furthest_stage_id, owner_id)
) WITHOUT ROWID;
CREATE TABLE outcome_days (
    pipeline_id BIGINT NOT NULL,
    day BIGINT NOT NULL,
    stage_id BIGINT NOT NULL,
    lost_reason TEXT NOT NULL,
    owner_id BIGINT NOT NULL,
    leads BIGINT NOT NULL,
    PRIMARY KEY (pipeline_id, day, stage_id, lost_reason, owner_id)
) WITHOUT ROWID;
CREATE TABLE stay_days (
    pipeline_id BIGINT NOT NULL,
    day BIGINT NOT NULL,
    stage_id BIGINT NOT NULL,
    owner_id BIGINT NOT NULL,
    stays BIGINT NOT NULL,
    PRIMARY KEY (pipeline_id, day, stage_id, owner_id)
) WITHOUT ROWID;

-- A lead's row added (a lead created, or its row rebuilt by a stage change): counted.
CREATE TRIGGER lead_facts_days_added AFTER INSERT ON lead_facts
WHEN NEW.merged_into IS NULL
BEGIN
    INSERT INTO cohort_days
    VALUES (NEW.pipeline_id, NEW.entered_at / 86400000, COALESCE(NEW.furthest_stage_id, 0), COALESCE(NEW.owner_id, 0), 1)
    ON CONFLICT (pipeline_id, day, furthest_stage_id, owner_id) DO UPDATE SET leads = leads + 1;
    INSERT INTO outcome_days
    SELECT NEW.pipeline_id, NEW.closed_at / 86400000, NEW.stage_id, COALESCE(NEW.lost_reason, ''), COALESCE(NEW.owner_id, 0), 1
    WHERE NEW.closed_at IS NOT NULL
    ON CONFLICT (pipeline_id, day, stage_id, lost_reason, owner_id) DO UPDATE SET leads = leads + 1;
END;

-- Removed: no longer counted.
CREATE TRIGGER lead_facts_days_removed AFTER DELETE ON lead_facts
WHEN OLD.merged_into IS NULL
BEGIN
    UPDATE cohort_days SET leads = leads - 1
    WHERE pipeline_id = OLD.pipeline_id AND day = OLD.entered_at / 86400000 AND furthest_stage_id = COALESCE(OLD.furthest_stage_id, 0)
      AND owner_id = COALESCE(OLD.owner_id, 0);
    UPDATE outcome_days SET leads = leads - 1
    WHERE pipeline_id = OLD.pipeline_id AND day = OLD.closed_at / 86400000 AND stage_id = OLD.stage_id
      AND lost_reason = COALESCE(OLD.lost_reason, '') AND owner_id = COALESCE(OLD.owner_id, 0);
END;

-- Changed in what is counted by (an owner changed, a lead merged, a reason given): out
-- of the old day's count, into the new one. An edit of anything else passes by.
CREATE TRIGGER lead_facts_days_changed
AFTER UPDATE OF pipeline_id, entered_at, furthest_stage_id, owner_id, merged_into, stage_id, closed_at, lost_reason ON lead_facts
WHEN OLD.pipeline_id IS NOT NEW.pipeline_id OR OLD.entered_at IS NOT NEW.entered_at
  OR OLD.furthest_stage_id IS NOT NEW.furthest_stage_id OR OLD.owner_id IS NOT NEW.owner_id OR OLD.merged_into IS NOT NEW.merged_into
  OR OLD.stage_id IS NOT NEW.stage_id OR OLD.closed_at IS NOT NEW.closed_at OR OLD.lost_reason IS NOT NEW.lost_reason
BEGIN
    UPDATE cohort_days SET leads = leads - 1
    WHERE OLD.merged_into IS NULL AND pipeline_id = OLD.pipeline_id AND day = OLD.entered_at / 86400000
      AND furthest_stage_id = COALESCE(OLD.furthest_stage_id, 0) AND owner_id = COALESCE(OLD.owner_id, 0);
    UPDATE outcome_days SET leads = leads - 1
    WHERE OLD.merged_into IS NULL AND pipeline_id = OLD.pipeline_id AND day = OLD.closed_at / 86400000 AND stage_id = OLD.stage_id
      AND lost_reason = COALESCE(OLD.lost_reason, '') AND owner_id = COALESCE(OLD.owner_id, 0);
    INSERT INTO cohort_days
    SELECT NEW.pipeline_id, NEW.entered_at / 86400000, COALESCE(NEW.furthest_stage_id, 0), COALESCE(NEW.owner_id, 0), 1
    WHERE NEW.merged_into IS NULL
    ON CONFLICT (pipeline_id, day, furthest_stage_id, owner_id) DO UPDATE SET leads = leads + 1;
    INSERT INTO outcome_days
    SELECT NEW.pipeline_id, NEW.closed_at / 86400000, NEW.stage_id, COALESCE(NEW.lost_reason, ''), COALESCE(NEW.owner_id, 0), 1
    WHERE NEW.merged_into IS NULL AND NEW.closed_at IS NOT NULL
    ON CONFLICT (pipeline_id, day, stage_id, lost_reason, owner_id) DO UPDATE SET leads = leads + 1;
END;

-- A stay added (its lead's stays are written again at each of its moves) and ended: counted.
CREATE TRIGGER stage_stays_days_added AFTER INSERT ON stage_stays
WHEN NEW.merged_into IS NULL AND NEW.left_at IS NOT NULL
BEGIN
    INSERT INTO stay_days VALUES (NEW.pipeline_id, NEW.left_at / 86400000, NEW.stage_id, COALESCE(NEW.owner_id, 0), 1)
    ON CONFLICT (pipeline_id, day, stage_id, owner_id) DO UPDATE SET stays = stays + 1;
END;

CREATE TRIGGER stage_stays_days_removed AFTER DELETE ON stage_stays
WHEN OLD.merged_into IS NULL AND OLD.left_at IS NOT NULL
BEGIN
    UPDATE stay_days SET stays = stays - 1
    WHERE pipeline_id = OLD.pipeline_id AND day = OLD.left_at / 86400000 AND stage_id = OLD.stage_id
      AND owner_id = COALESCE(OLD.owner_id, 0);
END;

CREATE TRIGGER stage_stays_days_changed AFTER UPDATE OF pipeline_id, stage_id, left_at, owner_id, merged_into ON stage_stays
WHEN OLD.pipeline_id IS NOT NEW.pipeline_id OR OLD.stage_id IS NOT NEW.stage_id OR OLD.left_at IS NOT NEW.left_at
  OR OLD.owner_id IS NOT NEW.owner_id OR OLD.merged_into IS NOT NEW.merged_into
BEGIN
    UPDATE stay_days SET stays = stays - 1
    WHERE OLD.merged_into IS NULL AND pipeline_id = OLD.pipeline_id AND day = OLD.left_at / 86400000 AND stage_id = OLD.stage_id
      AND owner_id = COALESCE(OLD.owner_id, 0);
    INSERT INTO stay_days
    SELECT NEW.pipeline_id, NEW.left_at / 86400000, NEW.stage_id, COALESCE(NEW.owner_id, 0), 1
    WHERE NEW.merged_into IS NULL AND NEW.left_at IS NOT NULL
    ON CONFLICT (pipeline_id, day, stage_id, owner_id) DO UPDATE SET stays = stays + 1;
END;

-- Filled in the migration's transaction, which holds the write lock.
INSERT INTO cohort_days
SELECT pipeline_id, entered_at / 86400000, COALESCE(furthest_stage_id, 0), COALESCE(owner_id, 0), COUNT(*)
FROM lead_facts WHERE merged_into IS NULL GROUP BY 1, 2, 3, 4;
INSERT INTO outcome_days
SELECT pipeline_id, closed_at / 86400000, stage_id, COALESCE(lost_reason, ''), COALESCE(owner_id, 0), COUNT(*)
FROM lead_facts WHERE merged_into IS NULL AND closed_at IS NOT NULL GROUP BY 1, 2, 3, 4, 5;
INSERT INTO stay_days
SELECT pipeline_id, left_at / 86400000, stage_id, COALESCE(owner_id, 0), COUNT(*)
FROM stage_stays WHERE merged_into IS NULL AND left_at IS NOT NULL GROUP BY 1, 2, 3, 4;
