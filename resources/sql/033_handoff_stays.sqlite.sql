-- SPDX-FileCopyrightText: 2026 Lejek authors
-- SPDX-License-Identifier: GPL-3.0-or-later
-- Version 33, SQLite: each handoff's working times kept as it is written, and counted by
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
-- handoff stage configured anew (HandoffStages).

CREATE TABLE handoff_stages (
    pipeline_id BIGINT PRIMARY KEY,
    stage_id BIGINT NOT NULL
) WITHOUT ROWID;

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
) WITHOUT ROWID;
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
) WITHOUT ROWID;
CREATE TABLE handoff_moves (
    pipeline_id BIGINT NOT NULL,
    stage_id BIGINT NOT NULL,
    month BIGINT NOT NULL,
    owner_id BIGINT NOT NULL,
    next_stage_id BIGINT NOT NULL,
    bucket BIGINT NOT NULL,
    handoffs BIGINT NOT NULL,
    PRIMARY KEY (pipeline_id, stage_id, month, owner_id, next_stage_id, bucket)
) WITHOUT ROWID;
CREATE TABLE handoff_reasons (
    pipeline_id BIGINT NOT NULL,
    stage_id BIGINT NOT NULL,
    month BIGINT NOT NULL,
    owner_id BIGINT NOT NULL,
    next_stage_id BIGINT NOT NULL,
    lost_reason TEXT NOT NULL,
    handoffs BIGINT NOT NULL,
    PRIMARY KEY (pipeline_id, stage_id, month, owner_id, next_stage_id, lost_reason)
) WITHOUT ROWID;

-- A first entry into a handoff stage as handoff_stays keeps it, computed from its stay.
-- The working time elapsed by an instant in a calendar is WorkingHoursRepository's
-- elapsedSql spelled out (a view cannot call the store): the last working day opened by
-- then, its working time before it and what it had worked of that day.
CREATE VIEW handoff_stays_now AS
SELECT x.change_id, x.lead_id, x.pipeline_id, x.stage_id, x.owner_id, x.month, x.entered_at, x.first_contact_at, x.left_at,
       x.next_stage_id, x.lost_reason,
       x.contact_ms, CASE WHEN x.first_contact_at IS NULL THEN -1 WHEN x.contact_ms IS NULL THEN -2 WHEN x.contact_ms <= 0 THEN 0 WHEN x.contact_ms < 10 THEN x.contact_ms
            ELSE length(CAST(x.contact_ms AS TEXT)) * 100 + CAST(substr(CAST(x.contact_ms AS TEXT), 1, 2) AS INTEGER) / 5 * 5 END,
       x.move_ms, CASE WHEN x.left_at IS NULL THEN -1 WHEN x.move_ms IS NULL THEN -2 WHEN x.move_ms <= 0 THEN 0 WHEN x.move_ms < 10 THEN x.move_ms
            ELSE length(CAST(x.move_ms AS TEXT)) * 100 + CAST(substr(CAST(x.move_ms AS TEXT), 1, 2) AS INTEGER) / 5 * 5 END
FROM (SELECT y.change_id, y.lead_id, y.pipeline_id, y.stage_id, y.owner_id, y.month, y.entered_at, y.first_contact_at, y.left_at,
             y.next_stage_id, y.lost_reason,
             (SELECT h.before_ms + MIN(MAX(y.first_contact_at - h.opens_at, 0), h.closes_at - h.opens_at) FROM working_hours h
               WHERE h.team_id = y.team AND h.opens_at <= y.first_contact_at
                 AND y.first_contact_at < (SELECT MAX(z.opens_at) FROM working_hours z WHERE z.team_id = y.team)
               ORDER BY h.opens_at DESC LIMIT 1)
             - (SELECT h.before_ms + MIN(MAX(y.entered_at - h.opens_at, 0), h.closes_at - h.opens_at) FROM working_hours h
               WHERE h.team_id = y.team AND h.opens_at <= y.entered_at
                 AND y.entered_at < (SELECT MAX(z.opens_at) FROM working_hours z WHERE z.team_id = y.team)
               ORDER BY h.opens_at DESC LIMIT 1) AS contact_ms,
             (SELECT h.before_ms + MIN(MAX(y.left_at - h.opens_at, 0), h.closes_at - h.opens_at) FROM working_hours h
               WHERE h.team_id = y.team AND h.opens_at <= y.left_at
                 AND y.left_at < (SELECT MAX(z.opens_at) FROM working_hours z WHERE z.team_id = y.team)
               ORDER BY h.opens_at DESC LIMIT 1)
             - (SELECT h.before_ms + MIN(MAX(y.entered_at - h.opens_at, 0), h.closes_at - h.opens_at) FROM working_hours h
               WHERE h.team_id = y.team AND h.opens_at <= y.entered_at
                 AND y.entered_at < (SELECT MAX(z.opens_at) FROM working_hours z WHERE z.team_id = y.team)
               ORDER BY h.opens_at DESC LIMIT 1) AS move_ms
      FROM (SELECT s.change_id, s.lead_id, s.pipeline_id, s.stage_id, COALESCE(s.owner_id, 0) AS owner_id,
                   CAST(strftime('%Y', s.entered_at / 1000, 'unixepoch') AS INTEGER) * 12
                       + CAST(strftime('%m', s.entered_at / 1000, 'unixepoch') AS INTEGER) - 1 AS month,
                   s.entered_at, s.first_contact_at, s.left_at, COALESCE(s.next_stage_id, 0) AS next_stage_id,
                   COALESCE(s.lost_reason, '') AS lost_reason,
                   -- The owner's team; nobody, or nobody in a team: the default calendar (0).
                   COALESCE((SELECT u.team_id FROM users u WHERE u.id = s.owner_id), 0) AS team
            FROM stage_stays s JOIN handoff_stages g ON g.pipeline_id = s.pipeline_id AND g.stage_id = s.stage_id
            WHERE s.merged_into IS NULL AND s.prior_entered_at IS NULL) y) x;

-- A stay added, removed or changed in what handoff_stays keeps of it: its row there
-- computed again (a lead's stays are written again at each of its moves).
CREATE TRIGGER stage_stays_handoffs_added AFTER INSERT ON stage_stays
WHEN NEW.merged_into IS NULL AND NEW.prior_entered_at IS NULL
BEGIN
    INSERT INTO handoff_stays SELECT * FROM handoff_stays_now WHERE change_id = NEW.change_id;
END;

CREATE TRIGGER stage_stays_handoffs_removed AFTER DELETE ON stage_stays
WHEN OLD.merged_into IS NULL AND OLD.prior_entered_at IS NULL
BEGIN
    DELETE FROM handoff_stays WHERE change_id = OLD.change_id;
END;

CREATE TRIGGER stage_stays_handoffs_changed
AFTER UPDATE OF pipeline_id, stage_id, entered_at, left_at, next_stage_id, prior_entered_at, first_contact_at, merged_into, owner_id,
                lost_reason ON stage_stays
WHEN OLD.pipeline_id IS NOT NEW.pipeline_id OR OLD.stage_id IS NOT NEW.stage_id OR OLD.entered_at IS NOT NEW.entered_at
  OR OLD.left_at IS NOT NEW.left_at OR OLD.next_stage_id IS NOT NEW.next_stage_id OR OLD.prior_entered_at IS NOT NEW.prior_entered_at
  OR OLD.first_contact_at IS NOT NEW.first_contact_at OR OLD.merged_into IS NOT NEW.merged_into OR OLD.owner_id IS NOT NEW.owner_id
  OR OLD.lost_reason IS NOT NEW.lost_reason
BEGIN
    DELETE FROM handoff_stays WHERE change_id = OLD.change_id;
    INSERT INTO handoff_stays SELECT * FROM handoff_stays_now WHERE change_id = NEW.change_id;
END;

-- A user moved to another team: their handoffs are measured in its calendar.
CREATE TRIGGER users_handoff_stays AFTER UPDATE OF team_id ON users
WHEN OLD.team_id IS NOT NEW.team_id
BEGIN
    DELETE FROM handoff_stays WHERE owner_id = NEW.id;
    INSERT INTO handoff_stays SELECT * FROM handoff_stays_now WHERE owner_id = NEW.id;
END;

-- The counts, kept with handoff_stays' rows (which are only ever added and removed).
CREATE TRIGGER handoff_stays_counted AFTER INSERT ON handoff_stays
BEGIN
    INSERT INTO handoff_contacts VALUES (NEW.pipeline_id, NEW.stage_id, NEW.month, NEW.owner_id, NEW.contact_bucket, 1)
    ON CONFLICT (pipeline_id, stage_id, month, owner_id, bucket) DO UPDATE SET handoffs = handoffs + 1;
    INSERT INTO handoff_moves VALUES (NEW.pipeline_id, NEW.stage_id, NEW.month, NEW.owner_id, NEW.next_stage_id, NEW.move_bucket, 1)
    ON CONFLICT (pipeline_id, stage_id, month, owner_id, next_stage_id, bucket) DO UPDATE SET handoffs = handoffs + 1;
    INSERT INTO handoff_reasons
    SELECT NEW.pipeline_id, NEW.stage_id, NEW.month, NEW.owner_id, NEW.next_stage_id, NEW.lost_reason, 1 WHERE NEW.lost_reason <> ''
    ON CONFLICT (pipeline_id, stage_id, month, owner_id, next_stage_id, lost_reason) DO UPDATE SET handoffs = handoffs + 1;
END;

CREATE TRIGGER handoff_stays_uncounted AFTER DELETE ON handoff_stays
BEGIN
    UPDATE handoff_contacts SET handoffs = handoffs - 1
    WHERE pipeline_id = OLD.pipeline_id AND stage_id = OLD.stage_id AND month = OLD.month AND owner_id = OLD.owner_id
      AND bucket = OLD.contact_bucket;
    UPDATE handoff_moves SET handoffs = handoffs - 1
    WHERE pipeline_id = OLD.pipeline_id AND stage_id = OLD.stage_id AND month = OLD.month AND owner_id = OLD.owner_id
      AND next_stage_id = OLD.next_stage_id AND bucket = OLD.move_bucket;
    UPDATE handoff_reasons SET handoffs = handoffs - 1
    WHERE OLD.lost_reason <> '' AND pipeline_id = OLD.pipeline_id AND stage_id = OLD.stage_id AND month = OLD.month
      AND owner_id = OLD.owner_id AND next_stage_id = OLD.next_stage_id AND lost_reason = OLD.lost_reason;
END;

-- Filled by the store once the handoff stages are resolved (DataMigrations, in this
-- step's transaction): handoff_stages is empty until then, and so is what follows it.
