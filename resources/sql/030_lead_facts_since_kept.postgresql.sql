-- SPDX-FileCopyrightText: 2026 Lejek authors
-- SPDX-License-Identifier: GPL-3.0-or-later
-- Version 30, PostgreSQL: lead_facts.prior_activity_at, tasks_at and owner_at
-- (029_lead_facts_since.sql) kept in step, whoever writes, and filled. As touched_at is
-- (022): what is added (an activity, a task, an owner change) or a task done changes
-- them here; anything else rebuilds the lead's row from the view, which has them (an
-- owner change edited or deleted too, which 022 left out).
-- Each UPDATE's terms read the row as it was before it. Writers of an older build wait
-- for this to commit (as in version 22).
LOCK TABLE leads, activities, tasks, owner_changes IN SHARE MODE;

CREATE OR REPLACE FUNCTION lejek_activity_facts() RETURNS TRIGGER LANGUAGE plpgsql AS $$
BEGIN
    PERFORM 1 FROM leads WHERE id IN (OLD.lead_id, NEW.lead_id) ORDER BY id FOR NO KEY UPDATE;
    IF TG_OP = 'INSERT' THEN
        UPDATE lead_facts SET activity_at = GREATEST(activity_at, NEW.occurred_at), touched_at = GREATEST(touched_at, NEW.occurred_at),
            -- The second latest: the latest so far when this one is as late or later,
            -- else the later of this one and the one before.
            prior_activity_at = CASE WHEN activity_at IS NULL THEN NULL
                                     WHEN NEW.occurred_at >= activity_at THEN activity_at
                                     ELSE GREATEST(prior_activity_at, NEW.occurred_at) END
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

CREATE OR REPLACE FUNCTION lejek_task_touched_facts() RETURNS TRIGGER LANGUAGE plpgsql AS $$
BEGIN
    PERFORM 1 FROM leads WHERE id IN (OLD.lead_id, NEW.lead_id) ORDER BY id FOR NO KEY UPDATE;
    IF TG_OP = 'INSERT' OR (TG_OP = 'UPDATE' AND OLD.lead_id = NEW.lead_id AND OLD.created_at <= NEW.created_at
                            AND OLD.done_at IS NULL AND NEW.done_at IS NOT NULL) THEN
        UPDATE lead_facts SET touched_at = GREATEST(touched_at, NEW.created_at, NEW.done_at),
                              tasks_at = GREATEST(tasks_at, NEW.created_at, NEW.done_at)
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

-- An owner change added: its time, if later; edited or deleted (the services only ever
-- add them; an SQL client may): the row again, as for an activity.
CREATE OR REPLACE FUNCTION lejek_owner_change_facts() RETURNS TRIGGER LANGUAGE plpgsql AS $$
BEGIN
    PERFORM 1 FROM leads WHERE id IN (OLD.lead_id, NEW.lead_id) ORDER BY id FOR NO KEY UPDATE;
    IF TG_OP = 'INSERT' THEN
        UPDATE lead_facts SET touched_at = GREATEST(touched_at, NEW.changed_at), owner_at = GREATEST(owner_at, NEW.changed_at)
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
DROP TRIGGER owner_changes_lead_facts ON owner_changes;
CREATE TRIGGER owner_changes_lead_facts AFTER INSERT OR DELETE OR UPDATE OF lead_id, changed_at ON owner_changes
    FOR EACH ROW EXECUTE FUNCTION lejek_owner_change_facts();

DROP INDEX lead_facts_open_touched;

-- Filled as the table is rewritten once (an UPDATE would leave every row's old version
-- behind, as 026 found of the stays).
CREATE FUNCTION lejek_prior_activity(BIGINT) RETURNS BIGINT LANGUAGE sql STABLE AS $$
    SELECT a.occurred_at FROM activities a WHERE a.lead_id = $1 ORDER BY a.occurred_at DESC LIMIT 1 OFFSET 1
$$;
CREATE FUNCTION lejek_tasks_at(BIGINT) RETURNS BIGINT LANGUAGE sql STABLE AS $$
    SELECT GREATEST(MAX(t.created_at), MAX(t.done_at)) FROM tasks t WHERE t.lead_id = $1
$$;
CREATE FUNCTION lejek_owner_at(BIGINT) RETURNS BIGINT LANGUAGE sql STABLE AS $$
    SELECT MAX(o.changed_at) FROM owner_changes o WHERE o.lead_id = $1
$$;
ALTER TABLE lead_facts
    ALTER COLUMN prior_activity_at TYPE BIGINT USING lejek_prior_activity(lead_id),
    ALTER COLUMN tasks_at TYPE BIGINT USING lejek_tasks_at(lead_id),
    ALTER COLUMN owner_at TYPE BIGINT USING lejek_owner_at(lead_id);
DROP FUNCTION lejek_prior_activity(BIGINT);
DROP FUNCTION lejek_tasks_at(BIGINT);
DROP FUNCTION lejek_owner_at(BIGINT);

-- The open leads by when they were last touched (028) with what those touched since read
-- of these: each a look-up only for what changed since (dropped before the rewrite,
-- which would build it once more).
CREATE INDEX lead_facts_open_touched ON lead_facts (pipeline_id, touched_at, stage_entered_at, stage_id, decision_date, currency,
                                                    value, owner_id, activity_at, source, campaign, open_tasks, prior_activity_at,
                                                    tasks_at, owner_at, lead_id)
    WHERE merged_into IS NULL AND closed_at IS NULL;

-- The rewritten table's statistics, for the reads' plans: none until autovacuum else.
ANALYZE lead_facts;
