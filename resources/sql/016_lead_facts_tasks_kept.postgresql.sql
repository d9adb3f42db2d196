-- SPDX-FileCopyrightText: 2026 Lejek authors
-- SPDX-License-Identifier: GPL-3.0-or-later
-- Version 16, PostgreSQL: lead_facts.open_tasks (015_lead_facts_tasks.sql) kept in step
-- with tasks, whoever writes them: a task added, done, cancelled, reopened, moved to
-- another lead (a merge) or deleted recounts its leads' open tasks. A lead without a row
-- yet (no stage entered) gets its count with the row (the view counts it). Writers of an
-- older build wait for this to commit (as in version 14).
LOCK TABLE tasks IN SHARE MODE;

-- Each recount first locks its lead, as the lead's own writers do (LeadRepository::
-- lockForWrite): two transactions writing tasks of one lead, or a task and a move
-- (whose trigger rewrites the row), then take turns, and the later recount, a statement
-- of its own, sees what the earlier committed.
CREATE FUNCTION lejek_task_facts() RETURNS TRIGGER LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP <> 'INSERT' THEN
        PERFORM 1 FROM leads WHERE id = OLD.lead_id FOR UPDATE;
        UPDATE lead_facts SET open_tasks = (SELECT COUNT(*) FROM tasks t WHERE t.lead_id = OLD.lead_id AND t.done_at IS NULL)
        WHERE lead_id = OLD.lead_id;
    END IF;
    IF TG_OP <> 'DELETE' THEN
        PERFORM 1 FROM leads WHERE id = NEW.lead_id FOR UPDATE;
        UPDATE lead_facts SET open_tasks = (SELECT COUNT(*) FROM tasks t WHERE t.lead_id = NEW.lead_id AND t.done_at IS NULL)
        WHERE lead_id = NEW.lead_id;
    END IF;
    RETURN NULL;
END
$$;
CREATE TRIGGER tasks_lead_facts AFTER INSERT OR DELETE OR UPDATE OF lead_id, done_at ON tasks
    FOR EACH ROW EXECUTE FUNCTION lejek_task_facts();

-- Filled once the trigger is there, in its transaction.
UPDATE lead_facts SET open_tasks = (SELECT COUNT(*) FROM tasks t WHERE t.lead_id = lead_facts.lead_id AND t.done_at IS NULL);
