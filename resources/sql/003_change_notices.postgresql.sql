-- SPDX-FileCopyrightText: 2026 Lejek authors
-- SPDX-License-Identifier: GPL-3.0-or-later
-- Version 3, PostgreSQL: every committed change to leads and their tasks, or to a
-- pipeline's configuration, is announced on the channel lejek_changes, whoever made it
-- (another window, lejek-cli, lejekd, any SQL client), so open windows follow it. NOTIFY
-- is delivered at commit only, so a rolled-back change is never announced, and identical
-- notices of one transaction arrive once. The payload is JSON: "pid", the writer's server
-- process (so a reader can tell its own connection's changes), and one of
--   "leads": [[lead id, pipeline id, stage before or null, stage after or null], ...]
--   "configuration": true     pipelines, stages or custom fields changed
-- Leads and tasks notify per row: Lejek writes them one row per statement, and a row
-- trigger costs a fraction of a statement trigger with transition tables there.
-- Timeline entries need no trigger: each is written with a change to its lead or a task.
-- SQLite needs none of this (003_change_notices.sqlite.sql).

-- One notice per lead row; the text is spelled out in each branch, as calling a shared
-- function for it doubled the cost of a write.
CREATE FUNCTION lejek_lead_changed() RETURNS TRIGGER LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        PERFORM pg_notify('lejek_changes', json_build_object('pid', pg_backend_pid(), 'leads',
            json_build_array(json_build_array(NEW.id, NEW.pipeline_id, NULL::BIGINT, NEW.stage_id)))::TEXT);
    ELSIF TG_OP = 'DELETE' THEN
        PERFORM pg_notify('lejek_changes', json_build_object('pid', pg_backend_pid(), 'leads',
            json_build_array(json_build_array(OLD.id, OLD.pipeline_id, OLD.stage_id, NULL::BIGINT)))::TEXT);
    ELSIF OLD.pipeline_id = NEW.pipeline_id THEN
        PERFORM pg_notify('lejek_changes', json_build_object('pid', pg_backend_pid(), 'leads',
            json_build_array(json_build_array(NEW.id, NEW.pipeline_id, OLD.stage_id, NEW.stage_id)))::TEXT);
    ELSE
        -- Gone from one pipeline's board, new on another's.
        PERFORM pg_notify('lejek_changes', json_build_object('pid', pg_backend_pid(), 'leads',
            json_build_array(json_build_array(OLD.id, OLD.pipeline_id, OLD.stage_id, NULL::BIGINT),
                             json_build_array(NEW.id, NEW.pipeline_id, NULL::BIGINT, NEW.stage_id)))::TEXT);
    END IF;
    RETURN NULL;
END
$$;

-- A task changes its lead's card, not its stage.
CREATE FUNCTION lejek_task_changed() RETURNS TRIGGER LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('lejek_changes', json_build_object('pid', pg_backend_pid(), 'leads',
        json_build_array(json_build_array(id, pipeline_id, NULL::BIGINT, NULL::BIGINT)))::TEXT)
    FROM leads WHERE id = NEW.lead_id;
    RETURN NULL;
END
$$;

CREATE FUNCTION lejek_configuration_changed() RETURNS TRIGGER LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('lejek_changes', json_build_object('pid', pg_backend_pid(), 'configuration', TRUE)::TEXT);
    RETURN NULL;
END
$$;

CREATE TRIGGER leads_announce AFTER INSERT OR UPDATE OR DELETE ON leads
    FOR EACH ROW EXECUTE FUNCTION lejek_lead_changed();
CREATE TRIGGER tasks_announce AFTER INSERT OR UPDATE ON tasks
    FOR EACH ROW EXECUTE FUNCTION lejek_task_changed();
-- Once per statement: several rows of one configuration change make one notice.
CREATE TRIGGER pipelines_announce AFTER INSERT OR UPDATE OR DELETE ON pipelines
    FOR EACH STATEMENT EXECUTE FUNCTION lejek_configuration_changed();
CREATE TRIGGER stages_announce AFTER INSERT OR UPDATE OR DELETE ON stages
    FOR EACH STATEMENT EXECUTE FUNCTION lejek_configuration_changed();
CREATE TRIGGER field_definitions_announce AFTER INSERT OR UPDATE OR DELETE ON field_definitions
    FOR EACH STATEMENT EXECUTE FUNCTION lejek_configuration_changed();
