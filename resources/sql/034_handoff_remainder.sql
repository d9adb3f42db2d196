-- SPDX-FileCopyrightText: 2026 Lejek authors
-- SPDX-License-Identifier: GPL-3.0-or-later
-- Version 34: the indexes for what the handoff counts by month (version 33) leave to be
-- read one by one (HandoffCountRepository), each part through a range of its own, not
-- a walk of every handoff of the period filtered row by row; and for a past day's report
-- from the same counts, corrected for what came after the day.
--
-- The entries into a stage again, apart: within the counted months only they are read
-- (the first entries are counted). It holds every column the read names, the index's
-- own terms' too: SQLite covers only then (its change id is the row id, which every
-- index holds anyway), PostgreSQL reads it alone.
CREATE INDEX stage_stays_reentered ON stage_stays (pipeline_id, stage_id, entered_at, prior_entered_at, lead_id, change_id, left_at,
                                                   next_stage_id, first_contact_at, owner_id, source, campaign, lost_reason,
                                                   merged_into)
    WHERE merged_into IS NULL AND prior_entered_at IS NOT NULL;
-- The counted handoffs by the stage they entered next: those that moved on elsewhere
-- first, or into the handoff stage again, looked up by their stays' change ids.
CREATE INDEX handoff_stays_next ON handoff_stays (pipeline_id, stage_id, next_stage_id, month, change_id);
-- A past day's corrections (HandoffCountRepository::takeOutCorrected): the counted
-- handoffs contacted or moved on since the day, by when, read from the index alone (it
-- holds the month and the change id); and those whose lead changed owner since, by the
-- changes since and then the leads.
DROP INDEX handoff_stays_contacted;
CREATE INDEX handoff_stays_contacted ON handoff_stays (pipeline_id, stage_id, first_contact_at, month, change_id);
DROP INDEX handoff_stays_left;
CREATE INDEX handoff_stays_left ON handoff_stays (pipeline_id, stage_id, left_at, month, change_id);
CREATE INDEX owner_changes_changed ON owner_changes (changed_at, lead_id);
CREATE INDEX handoff_stays_lead ON handoff_stays (lead_id);
