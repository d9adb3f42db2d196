-- SPDX-FileCopyrightText: 2026 Lejek authors
-- SPDX-License-Identifier: GPL-3.0-or-later
-- Version 13, PostgreSQL: lead_facts, what the reports read of each lead's path through its
-- pipeline, one row per lead, so that a cohort, the leads closed in a period or the open
-- leads are one indexed range, not a walk through the stage-change log (19 s on 1M leads
-- with 3.6M changes). It is derived data: every
-- column follows from stage_changes, leads.pipeline_id and the stages' order and kind,
-- and triggers keep it in step inside the writing transaction, whoever writes (services,
-- import, demo, any SQL client). 013_lead_facts.sqlite.sql does the same for SQLite;
-- tst_leadfacts checks both against the log.
--
--   entered_at         the lead's first entry into the pipeline it is in (a cohort's date)
--   furthest_stage_id  the furthest stage entered there in the funnel's order (open
--                      stages by position, then won); NULL: none (parked or lost only)
--   stage_id           the stage of its last entry there, and stage_entered_at its time
--   closed_at          stage_entered_at when that stage is won or lost; NULL: open
--   the rest           the lead's own columns of those names: what the reports' filters,
--                      breakdowns, outcomes and forecast read, so that they need not
--                      visit each lead's row (1M leads: 0.1 s instead of 3 s on SQLite)
-- The definition, read from the log: the triggers materialise it for the leads a write
-- touched, and tst_leadfacts compares the table with it. Only scalar subqueries, each an
-- index probe per lead (stage_changes_lead), so that a filter on the lead reaches leads'
-- primary key on both databases (a join on a subquery's result made PostgreSQL scan).
CREATE VIEW lead_facts_now AS
SELECT lead_id, pipeline_id, entered_at, furthest_stage_id, stage_id, stage_entered_at,
       CASE WHEN (SELECT kind FROM stages WHERE id = stage_id) IN ('won', 'lost') THEN stage_entered_at END AS closed_at,
       merged_into, owner_id, source, campaign, score, lost_reason, value, currency, decision_date, last_activity_at
FROM (SELECT l.id AS lead_id, l.pipeline_id,
             (SELECT MIN(e.changed_at) FROM stage_changes e WHERE e.lead_id = l.id AND e.pipeline_id = l.pipeline_id) AS entered_at,
             (SELECT s.id FROM stage_changes e JOIN stages s ON s.id = e.to_stage_id
               WHERE e.lead_id = l.id AND e.pipeline_id = l.pipeline_id AND s.kind IN ('open', 'won')
               ORDER BY s.kind = 'won' DESC, s.position DESC LIMIT 1) AS furthest_stage_id,
             (SELECT e.to_stage_id FROM stage_changes e WHERE e.lead_id = l.id AND e.pipeline_id = l.pipeline_id
               ORDER BY e.changed_at DESC, e.id DESC LIMIT 1) AS stage_id,
             (SELECT MAX(e.changed_at) FROM stage_changes e WHERE e.lead_id = l.id AND e.pipeline_id = l.pipeline_id) AS stage_entered_at,
             l.merged_into, l.owner_id, l.source, l.campaign, l.score, l.lost_reason, l.value, l.currency, l.decision_date,
             l.last_activity_at
      FROM leads l) x
WHERE stage_id IS NOT NULL;

CREATE TABLE lead_facts (
    lead_id BIGINT PRIMARY KEY,
    pipeline_id BIGINT NOT NULL,
    entered_at BIGINT NOT NULL,
    furthest_stage_id BIGINT,
    stage_id BIGINT NOT NULL,
    stage_entered_at BIGINT NOT NULL,
    closed_at BIGINT,
    merged_into BIGINT,
    owner_id BIGINT,
    source TEXT,
    campaign TEXT,
    score INTEGER NOT NULL,
    lost_reason TEXT,
    value BIGINT,
    currency TEXT NOT NULL,
    decision_date TEXT,
    last_activity_at BIGINT NOT NULL
);
INSERT INTO lead_facts SELECT * FROM lead_facts_now;
CREATE INDEX lead_facts_entered ON lead_facts (pipeline_id, entered_at, furthest_stage_id, lead_id);
CREATE INDEX lead_facts_closed ON lead_facts (pipeline_id, closed_at, stage_id, lead_id);

-- Once per statement, from its transition table: a COPY or a many-row INSERT of an
-- import refreshes each lead it touched once, not once per row.
CREATE FUNCTION lejek_stage_changes_facts() RETURNS TRIGGER LANGUAGE plpgsql AS $$
BEGIN
    DELETE FROM lead_facts WHERE lead_id IN (SELECT lead_id FROM added);
    INSERT INTO lead_facts SELECT * FROM lead_facts_now WHERE lead_id IN (SELECT lead_id FROM added);
    RETURN NULL;
END
$$;
CREATE TRIGGER stage_changes_lead_facts AFTER INSERT ON stage_changes
    REFERENCING NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION lejek_stage_changes_facts();

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
