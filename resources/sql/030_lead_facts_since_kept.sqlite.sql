-- SPDX-FileCopyrightText: 2026 Lejek authors
-- SPDX-License-Identifier: GPL-3.0-or-later
-- Version 30, SQLite: lead_facts.prior_activity_at, tasks_at and owner_at
-- (029_lead_facts_since.sql) kept in step, whoever writes, and filled. As touched_at is
-- (022): what is added (an activity, a task, an owner change) or a task done changes
-- them here; anything else rebuilds the lead's row from the view, which has them (an
-- owner change edited or deleted too, which 022 left out).
-- Each UPDATE's terms read the row as it was before it.
DROP TRIGGER activities_added_lead_facts;
CREATE TRIGGER activities_added_lead_facts AFTER INSERT ON activities
BEGIN
    UPDATE lead_facts SET activity_at = MAX(COALESCE(activity_at, NEW.occurred_at), NEW.occurred_at),
                          touched_at = MAX(touched_at, NEW.occurred_at),
                          -- The second latest: the latest so far when this one is as late
                          -- or later, else the later of this one and the one before.
                          prior_activity_at = CASE WHEN activity_at IS NULL THEN NULL
                                                   WHEN NEW.occurred_at >= activity_at THEN activity_at
                                                   ELSE MAX(COALESCE(prior_activity_at, NEW.occurred_at), NEW.occurred_at) END
    WHERE lead_id = NEW.lead_id;
END;

DROP TRIGGER owner_changes_lead_facts;
CREATE TRIGGER owner_changes_lead_facts AFTER INSERT ON owner_changes
BEGIN
    UPDATE lead_facts SET touched_at = MAX(touched_at, NEW.changed_at), owner_at = MAX(COALESCE(owner_at, NEW.changed_at), NEW.changed_at)
    WHERE lead_id = NEW.lead_id;
END;

-- An owner change edited or deleted (the services only ever add them; an SQL client
-- may): the row again, as for an activity (022).
CREATE TRIGGER owner_changes_changed_lead_facts AFTER UPDATE OF lead_id, changed_at ON owner_changes
BEGIN
    DELETE FROM lead_facts WHERE lead_id IN (OLD.lead_id, NEW.lead_id);
    INSERT INTO lead_facts SELECT * FROM lead_facts_now WHERE lead_id IN (OLD.lead_id, NEW.lead_id);
END;

CREATE TRIGGER owner_changes_deleted_lead_facts AFTER DELETE ON owner_changes
BEGIN
    DELETE FROM lead_facts WHERE lead_id = OLD.lead_id;
    INSERT INTO lead_facts SELECT * FROM lead_facts_now WHERE lead_id = OLD.lead_id;
END;

DROP TRIGGER tasks_added_touched_lead_facts;
CREATE TRIGGER tasks_added_touched_lead_facts AFTER INSERT ON tasks
BEGIN
    UPDATE lead_facts SET touched_at = MAX(touched_at, NEW.created_at, COALESCE(NEW.done_at, 0)),
                          tasks_at = MAX(COALESCE(tasks_at, 0), NEW.created_at, COALESCE(NEW.done_at, 0))
    WHERE lead_id = NEW.lead_id;
END;

DROP TRIGGER tasks_done_lead_facts;
CREATE TRIGGER tasks_done_lead_facts AFTER UPDATE OF lead_id, created_at, done_at ON tasks
WHEN OLD.lead_id = NEW.lead_id AND OLD.created_at <= NEW.created_at AND OLD.done_at IS NULL AND NEW.done_at IS NOT NULL
BEGIN
    UPDATE lead_facts SET touched_at = MAX(touched_at, NEW.created_at, NEW.done_at),
                          tasks_at = MAX(COALESCE(tasks_at, 0), NEW.created_at, NEW.done_at)
    WHERE lead_id = NEW.lead_id;
END;

-- Filled once the triggers are there, in their transaction: three look-ups per lead, not
-- the view's every column.
UPDATE lead_facts SET
    prior_activity_at = (SELECT a.occurred_at FROM activities a WHERE a.lead_id = lead_facts.lead_id
                         ORDER BY a.occurred_at DESC LIMIT 1 OFFSET 1),
    tasks_at = (SELECT MAX(MAX(t.created_at), COALESCE(MAX(t.done_at), 0)) FROM tasks t WHERE t.lead_id = lead_facts.lead_id),
    owner_at = (SELECT MAX(o.changed_at) FROM owner_changes o WHERE o.lead_id = lead_facts.lead_id);

-- The open leads by when they were last touched (028) with what those touched since read
-- of these: each a look-up only for what changed since.
DROP INDEX lead_facts_open_touched;
CREATE INDEX lead_facts_open_touched ON lead_facts (pipeline_id, touched_at, stage_entered_at, stage_id, decision_date, currency,
                                                    value, owner_id, activity_at, source, campaign, open_tasks, prior_activity_at,
                                                    tasks_at, owner_at, merged_into, closed_at)
    WHERE merged_into IS NULL AND closed_at IS NULL;
