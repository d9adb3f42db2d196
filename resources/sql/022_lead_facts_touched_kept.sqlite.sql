-- SPDX-FileCopyrightText: 2026 Lejek authors
-- SPDX-License-Identifier: GPL-3.0-or-later
-- Version 22, SQLite: lead_facts.activity_at and touched_at (021_lead_facts_touched.sql)
-- kept in step, whoever writes, and filled. What is added (an activity, an owner change,
-- a task) or a task done can only make them later: the latest of the two. What is
-- otherwise changed or deleted (an activity or a task moved to another lead by a merge, a
-- task reopened or deleted) may make them earlier: the lead's row is read again from its
-- definition, as a stage change does (014), which is rare enough for the look-ups it takes.
-- A stage change rebuilds the row from the view, which has both (no trigger here).
CREATE TRIGGER activities_added_lead_facts AFTER INSERT ON activities
BEGIN
    UPDATE lead_facts SET activity_at = MAX(COALESCE(activity_at, NEW.occurred_at), NEW.occurred_at),
                          touched_at = MAX(touched_at, NEW.occurred_at)
    WHERE lead_id = NEW.lead_id;
END;

CREATE TRIGGER activities_changed_lead_facts AFTER UPDATE OF lead_id, occurred_at ON activities
BEGIN
    DELETE FROM lead_facts WHERE lead_id IN (OLD.lead_id, NEW.lead_id);
    INSERT INTO lead_facts SELECT * FROM lead_facts_now WHERE lead_id IN (OLD.lead_id, NEW.lead_id);
END;

CREATE TRIGGER activities_deleted_lead_facts AFTER DELETE ON activities
BEGIN
    DELETE FROM lead_facts WHERE lead_id = OLD.lead_id;
    INSERT INTO lead_facts SELECT * FROM lead_facts_now WHERE lead_id = OLD.lead_id;
END;

CREATE TRIGGER owner_changes_lead_facts AFTER INSERT ON owner_changes
BEGIN
    UPDATE lead_facts SET touched_at = MAX(touched_at, NEW.changed_at) WHERE lead_id = NEW.lead_id;
END;

CREATE TRIGGER tasks_added_touched_lead_facts AFTER INSERT ON tasks
BEGIN
    UPDATE lead_facts SET touched_at = MAX(touched_at, NEW.created_at, COALESCE(NEW.done_at, 0)) WHERE lead_id = NEW.lead_id;
END;

-- Done (the usual change, only ever later) or otherwise changed.
CREATE TRIGGER tasks_done_lead_facts AFTER UPDATE OF lead_id, created_at, done_at ON tasks
WHEN OLD.lead_id = NEW.lead_id AND OLD.created_at <= NEW.created_at AND OLD.done_at IS NULL AND NEW.done_at IS NOT NULL
BEGIN
    UPDATE lead_facts SET touched_at = MAX(touched_at, NEW.created_at, NEW.done_at) WHERE lead_id = NEW.lead_id;
END;

CREATE TRIGGER tasks_changed_touched_lead_facts AFTER UPDATE OF lead_id, created_at, done_at ON tasks
WHEN NOT (OLD.lead_id = NEW.lead_id AND OLD.created_at <= NEW.created_at AND OLD.done_at IS NULL AND NEW.done_at IS NOT NULL)
BEGIN
    DELETE FROM lead_facts WHERE lead_id IN (OLD.lead_id, NEW.lead_id);
    INSERT INTO lead_facts SELECT * FROM lead_facts_now WHERE lead_id IN (OLD.lead_id, NEW.lead_id);
END;

CREATE TRIGGER tasks_deleted_touched_lead_facts AFTER DELETE ON tasks
BEGIN
    DELETE FROM lead_facts WHERE lead_id = OLD.lead_id;
    INSERT INTO lead_facts SELECT * FROM lead_facts_now WHERE lead_id = OLD.lead_id;
END;

-- Filled once the triggers are there, in their transaction (5 s on the 1M demo).
UPDATE lead_facts SET (activity_at, touched_at) = (SELECT v.activity_at, v.touched_at FROM lead_facts_now v WHERE v.lead_id = lead_facts.lead_id);

-- The open leads' index (017) with what a past day reads of the untouched ones, and the
-- touched ones by when: a day's end is a range of it.
DROP INDEX lead_facts_open;
CREATE INDEX lead_facts_open ON lead_facts (pipeline_id, stage_id, decision_date, currency, value, owner_id, open_tasks,
                                            last_activity_at, source, campaign, touched_at, activity_at, stage_entered_at)
    WHERE merged_into IS NULL AND closed_at IS NULL;
CREATE INDEX lead_facts_touched ON lead_facts (touched_at);
