-- SPDX-FileCopyrightText: 2026 Lejek authors
-- SPDX-License-Identifier: GPL-3.0-or-later
-- Version 22, PostgreSQL: lead_facts.activity_at and touched_at (021_lead_facts_touched.sql)
-- kept in step, whoever writes, and filled. What is added (an activity, an owner change,
-- a task) can only make them later: the latest of the two. What is changed or deleted
-- (an activity or a task moved to another lead by a merge, a task reopened or deleted)
-- may make them earlier: the lead's row is read again from its definition, as a stage
-- change does (014). A stage change rebuilds the row from the view, which has both.
-- Writers of an older build wait for this to commit (as in version 19).
LOCK TABLE leads, activities, tasks, owner_changes IN SHARE MODE;

-- Each first locks the leads it updates, as their own writers and the other summaries'
-- triggers do (019): a move committing meanwhile rewrites the row, which this
-- statement's snapshot would then not see, and the update would be lost.
CREATE FUNCTION lejek_lead_facts_again(lead BIGINT) RETURNS VOID LANGUAGE plpgsql AS $$
BEGIN
    DELETE FROM lead_facts WHERE lead_id = lead;
    INSERT INTO lead_facts SELECT * FROM lead_facts_now WHERE lead_id = lead;
END
$$;

-- An activity added: its time, if later; changed or deleted: the row again.
CREATE FUNCTION lejek_activity_facts() RETURNS TRIGGER LANGUAGE plpgsql AS $$
BEGIN
    PERFORM 1 FROM leads WHERE id IN (OLD.lead_id, NEW.lead_id) ORDER BY id FOR NO KEY UPDATE;
    IF TG_OP = 'INSERT' THEN
        UPDATE lead_facts SET activity_at = GREATEST(activity_at, NEW.occurred_at), touched_at = GREATEST(touched_at, NEW.occurred_at)
        WHERE lead_id = NEW.lead_id;
        RETURN NULL;
    END IF;
    PERFORM lejek_lead_facts_again(OLD.lead_id);
    IF TG_OP = 'UPDATE' AND NEW.lead_id <> OLD.lead_id THEN
        PERFORM lejek_lead_facts_again(NEW.lead_id);
    END IF;
    RETURN NULL;
END
$$;
CREATE TRIGGER activities_touched_lead_facts AFTER INSERT OR DELETE OR UPDATE OF lead_id, occurred_at ON activities
    FOR EACH ROW EXECUTE FUNCTION lejek_activity_facts();

-- A task added or done (the usual change, only ever later): its times, if later;
-- otherwise changed (reopened, moved) or deleted: the row again.
CREATE FUNCTION lejek_task_touched_facts() RETURNS TRIGGER LANGUAGE plpgsql AS $$
BEGIN
    PERFORM 1 FROM leads WHERE id IN (OLD.lead_id, NEW.lead_id) ORDER BY id FOR NO KEY UPDATE;
    IF TG_OP = 'INSERT' THEN
        UPDATE lead_facts SET touched_at = GREATEST(touched_at, NEW.created_at, NEW.done_at) WHERE lead_id = NEW.lead_id;
        RETURN NULL;
    END IF;
    IF TG_OP = 'UPDATE' AND OLD.lead_id = NEW.lead_id AND OLD.created_at <= NEW.created_at AND OLD.done_at IS NULL
       AND NEW.done_at IS NOT NULL THEN
        UPDATE lead_facts SET touched_at = GREATEST(touched_at, NEW.created_at, NEW.done_at) WHERE lead_id = NEW.lead_id;
        RETURN NULL;
    END IF;
    PERFORM lejek_lead_facts_again(OLD.lead_id);
    IF TG_OP = 'UPDATE' AND NEW.lead_id <> OLD.lead_id THEN
        PERFORM lejek_lead_facts_again(NEW.lead_id);
    END IF;
    RETURN NULL;
END
$$;
CREATE TRIGGER tasks_touched_lead_facts AFTER INSERT OR DELETE OR UPDATE OF lead_id, created_at, done_at ON tasks
    FOR EACH ROW EXECUTE FUNCTION lejek_task_touched_facts();

-- An owner change (the log is only ever added to): its time, if later.
CREATE FUNCTION lejek_owner_change_facts() RETURNS TRIGGER LANGUAGE plpgsql AS $$
BEGIN
    PERFORM 1 FROM leads WHERE id = NEW.lead_id FOR NO KEY UPDATE;
    UPDATE lead_facts SET touched_at = GREATEST(touched_at, NEW.changed_at) WHERE lead_id = NEW.lead_id;
    RETURN NULL;
END
$$;
CREATE TRIGGER owner_changes_lead_facts AFTER INSERT ON owner_changes
    FOR EACH ROW EXECUTE FUNCTION lejek_owner_change_facts();

-- Filled once the triggers are there, in their transaction.
UPDATE lead_facts SET (activity_at, touched_at) = (SELECT v.activity_at, v.touched_at FROM lead_facts_now v WHERE v.lead_id = lead_facts.lead_id);

-- The open leads' index (017) with what a past day reads of the untouched ones, and the
-- touched ones by when: a day's end is a range of it.
DROP INDEX lead_facts_open;
CREATE INDEX lead_facts_open ON lead_facts (pipeline_id, stage_id, decision_date, currency, value, owner_id, open_tasks,
                                            last_activity_at, source, campaign, touched_at, activity_at, stage_entered_at)
    WHERE merged_into IS NULL AND closed_at IS NULL;
CREATE INDEX lead_facts_touched ON lead_facts (touched_at);
