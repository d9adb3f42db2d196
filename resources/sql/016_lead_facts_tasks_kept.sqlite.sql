-- SPDX-FileCopyrightText: 2026 Lejek authors
-- SPDX-License-Identifier: GPL-3.0-or-later
-- Version 16, SQLite: lead_facts.open_tasks (015_lead_facts_tasks.sql) kept in step with
-- tasks, whoever writes them: a task added, done, cancelled, reopened, moved to another
-- lead (a merge) or deleted recounts its leads' open tasks. A lead without a row yet
-- (no stage entered) gets its count with the row (the view counts it).
CREATE TRIGGER tasks_added_lead_facts AFTER INSERT ON tasks
BEGIN
    UPDATE lead_facts SET open_tasks = (SELECT COUNT(*) FROM tasks t WHERE t.lead_id = NEW.lead_id AND t.done_at IS NULL)
    WHERE lead_id = NEW.lead_id;
END;

CREATE TRIGGER tasks_changed_lead_facts AFTER UPDATE OF lead_id, done_at ON tasks
BEGIN
    UPDATE lead_facts SET open_tasks = (SELECT COUNT(*) FROM tasks t WHERE t.lead_id = lead_facts.lead_id AND t.done_at IS NULL)
    WHERE lead_id IN (OLD.lead_id, NEW.lead_id);
END;

CREATE TRIGGER tasks_deleted_lead_facts AFTER DELETE ON tasks
BEGIN
    UPDATE lead_facts SET open_tasks = (SELECT COUNT(*) FROM tasks t WHERE t.lead_id = OLD.lead_id AND t.done_at IS NULL)
    WHERE lead_id = OLD.lead_id;
END;

-- Filled once the triggers are there, in their transaction.
UPDATE lead_facts SET open_tasks = (SELECT COUNT(*) FROM tasks t WHERE t.lead_id = lead_facts.lead_id AND t.done_at IS NULL);
