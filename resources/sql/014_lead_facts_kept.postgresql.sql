-- SPDX-FileCopyrightText: 2026 Lejek authors
-- SPDX-License-Identifier: GPL-3.0-or-later
-- Version 14, PostgreSQL: lead_facts (013_lead_facts.sql) kept in step, filled, and its
-- dates indexed for the planner, which has the statistics to tell a short period from a
-- long one (014_lead_facts_kept.sqlite.sql does without). Clients of an older build may
-- still be writing: until this commits they do not see the triggers, so their writes
-- wait for it, and the fill sees every change committed before.
LOCK TABLE leads, stage_changes, stages IN SHARE MODE;
CREATE INDEX lead_facts_entered ON lead_facts (pipeline_id, entered_at, furthest_stage_id, lead_id);
CREATE INDEX lead_facts_closed ON lead_facts (pipeline_id, closed_at, stage_id, lead_id);

-- A change entered (in any order: imports may bring older history after newer), row by
-- row: each refresh is a look-up by key. (Once per statement from a transition table
-- was as fast on a fresh import but, after an import was killed, let the next one's
-- statements pick plans that scanned: 150 s for 60,000 rows instead of 30 s.)
CREATE FUNCTION lejek_stage_changes_facts() RETURNS TRIGGER LANGUAGE plpgsql AS $$
BEGIN
    DELETE FROM lead_facts WHERE lead_id = NEW.lead_id;
    INSERT INTO lead_facts SELECT * FROM lead_facts_now WHERE lead_id = NEW.lead_id;
    RETURN NULL;
END
$$;
CREATE TRIGGER stage_changes_lead_facts AFTER INSERT ON stage_changes
    FOR EACH ROW EXECUTE FUNCTION lejek_stage_changes_facts();

-- A lead moved to another pipeline: its facts are those of its path there; any other
-- edit: its own columns, copied.
CREATE FUNCTION lejek_lead_facts() RETURNS TRIGGER LANGUAGE plpgsql AS $$
BEGIN
    IF OLD.pipeline_id IS DISTINCT FROM NEW.pipeline_id THEN
        DELETE FROM lead_facts WHERE lead_id = NEW.id;
        INSERT INTO lead_facts SELECT * FROM lead_facts_now WHERE lead_id = NEW.id;
    ELSE
        UPDATE lead_facts SET merged_into = NEW.merged_into, owner_id = NEW.owner_id, source = NEW.source, campaign = NEW.campaign,
            score = NEW.score, lost_reason = NEW.lost_reason, value = NEW.value, currency = NEW.currency,
            decision_date = NEW.decision_date, last_activity_at = NEW.last_activity_at
        WHERE lead_id = NEW.id;
    END IF;
    RETURN NULL;
END
$$;
CREATE TRIGGER leads_lead_facts AFTER UPDATE ON leads FOR EACH ROW EXECUTE FUNCTION lejek_lead_facts();

-- A stage reordered or of another kind changes the funnel's order and what is closed:
-- its pipeline's facts are computed again (an admin's rare change; a rename is not one).
CREATE FUNCTION lejek_stage_facts() RETURNS TRIGGER LANGUAGE plpgsql AS $$
BEGIN
    DELETE FROM lead_facts WHERE pipeline_id = NEW.pipeline_id;
    INSERT INTO lead_facts SELECT * FROM lead_facts_now WHERE pipeline_id = NEW.pipeline_id;
    RETURN NULL;
END
$$;
CREATE TRIGGER stages_lead_facts AFTER UPDATE OF position, kind ON stages
    FOR EACH ROW WHEN (OLD.position IS DISTINCT FROM NEW.position OR OLD.kind IS DISTINCT FROM NEW.kind)
    EXECUTE FUNCTION lejek_stage_facts();

-- Filled once the triggers are there, in their transaction: no change can fall between.
INSERT INTO lead_facts SELECT * FROM lead_facts_now;
