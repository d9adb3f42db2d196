-- SPDX-FileCopyrightText: 2026 Lejek authors
-- SPDX-License-Identifier: GPL-3.0-or-later
-- Version 31, PostgreSQL: the handoffs of a period read from indexes alone. The read
-- (StageStayRepository::tallyHandoffs) names each handoff stay's change id, to find the
-- lead's later stays in order (the stage it moved on to, the first deciding entry), and
-- those look-ups name it too. Without it in either index, the 452,717 handoffs of all
-- time at 1M were a scan of the whole table (3.6M stays) and 25,609 look-ups of each
-- lead's stays in the table: 1.0 s in the server; with it, index-only scans: 0.32 s.
-- SQLite (031_handoff_indexes.sqlite.sql) keeps the change id, its row id, in every
-- index already.

DROP INDEX stage_stays_entered;
CREATE INDEX stage_stays_entered ON stage_stays (pipeline_id, stage_id, entered_at, prior_entered_at, lead_id, change_id, left_at,
                                                 next_stage_id, first_contact_at, owner_id, source, campaign, lost_reason)
    WHERE merged_into IS NULL;

DROP INDEX stage_stays_lead;
CREATE INDEX stage_stays_lead ON stage_stays (lead_id, entered_at, stage_id, change_id);
