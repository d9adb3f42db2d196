-- SPDX-FileCopyrightText: 2026 Lejek authors
-- SPDX-License-Identifier: GPL-3.0-or-later
-- Version 19, PostgreSQL: stage_stays (018_stage_stays.sql) kept in step, row by row
-- like lead_facts (014), and filled. Clients of an older build may still be writing:
-- until this commits they do not see the triggers, so their writes wait for it, and
-- the fill sees every change committed before.
LOCK TABLE leads, stage_changes, activities IN SHARE MODE;

-- A change entered (in any order: imports may bring older history after newer): the
-- lead's stays there, computed again (a lead has a handful).
CREATE FUNCTION lejek_stage_changes_stays() RETURNS TRIGGER LANGUAGE plpgsql AS $$
BEGIN
    DELETE FROM stage_stays WHERE lead_id = NEW.lead_id;
    INSERT INTO stage_stays SELECT * FROM stage_stays_now WHERE lead_id = NEW.lead_id;
    RETURN NULL;
END
$$;
CREATE TRIGGER stage_changes_stage_stays AFTER INSERT ON stage_changes
    FOR EACH ROW EXECUTE FUNCTION lejek_stage_changes_stays();

-- A lead moved to another pipeline: its stays are those of its path there; the lead's
-- own columns the stays copy, when one of them changed (not on every activity, which
-- touches the lead's row too); a new owner has other first contacts.
CREATE FUNCTION lejek_lead_stays() RETURNS TRIGGER LANGUAGE plpgsql AS $$
BEGIN
    IF OLD.pipeline_id IS DISTINCT FROM NEW.pipeline_id THEN
        DELETE FROM stage_stays WHERE lead_id = NEW.id;
        INSERT INTO stage_stays SELECT * FROM stage_stays_now WHERE lead_id = NEW.id;
    ELSE
        UPDATE stage_stays SET merged_into = NEW.merged_into, owner_id = NEW.owner_id, source = NEW.source, campaign = NEW.campaign,
            lost_reason = NEW.lost_reason,
            first_contact_at = (SELECT MIN(a.occurred_at) FROM activities a WHERE a.lead_id = stage_stays.lead_id AND a.kind IN ('call', 'email_sent', 'meeting')
                 AND a.occurred_at >= stage_stays.entered_at AND (a.user_id IS NULL OR COALESCE(NEW.owner_id, 0) = 0 OR a.user_id = NEW.owner_id))
        WHERE lead_id = NEW.id;
    END IF;
    RETURN NULL;
END
$$;
CREATE TRIGGER leads_stage_stays AFTER UPDATE ON leads FOR EACH ROW
    WHEN (OLD.pipeline_id IS DISTINCT FROM NEW.pipeline_id OR OLD.merged_into IS DISTINCT FROM NEW.merged_into
          OR OLD.owner_id IS DISTINCT FROM NEW.owner_id OR OLD.source IS DISTINCT FROM NEW.source
          OR OLD.campaign IS DISTINCT FROM NEW.campaign OR OLD.lost_reason IS DISTINCT FROM NEW.lost_reason)
    EXECUTE FUNCTION lejek_lead_stays();

-- A contact logged: the first contact of the stays it follows, if it is the owner's (or
-- nobody owns the lead, or nobody in particular logged it) and earlier than theirs. An
-- activity changed (moved to another lead by a merge, say) or deleted: the first
-- contacts of its leads' stays, computed again. The lead is locked first: an activity
-- may be logged before its lead is touched, and a move committing meanwhile rewrites
-- the stays, which this statement's snapshot would then not see. (NO KEY UPDATE: the
-- key share the activity's foreign key took does not block it, so two activities
-- logged at once on one lead wait for each other rather than deadlock.)
CREATE FUNCTION lejek_activity_stays() RETURNS TRIGGER LANGUAGE plpgsql AS $$
BEGIN
    PERFORM 1 FROM leads WHERE id IN (OLD.lead_id, NEW.lead_id) ORDER BY id FOR NO KEY UPDATE;
    IF TG_OP = 'INSERT' THEN
        UPDATE stage_stays SET first_contact_at = NEW.occurred_at
        WHERE lead_id = NEW.lead_id AND entered_at <= NEW.occurred_at
          AND (first_contact_at IS NULL OR first_contact_at > NEW.occurred_at)
          AND (NEW.user_id IS NULL OR COALESCE(owner_id, 0) = 0 OR owner_id = NEW.user_id);
    ELSE
        UPDATE stage_stays SET first_contact_at = (SELECT MIN(a.occurred_at) FROM activities a WHERE a.lead_id = stage_stays.lead_id AND a.kind IN ('call', 'email_sent', 'meeting')
                 AND a.occurred_at >= stage_stays.entered_at AND (a.user_id IS NULL OR COALESCE(stage_stays.owner_id, 0) = 0 OR a.user_id = stage_stays.owner_id))
        WHERE lead_id = OLD.lead_id OR (TG_OP = 'UPDATE' AND lead_id = NEW.lead_id);
    END IF;
    RETURN NULL;
END
$$;
CREATE TRIGGER activities_added_stage_stays AFTER INSERT ON activities FOR EACH ROW
    WHEN (NEW.kind IN ('call', 'email_sent', 'meeting')) EXECUTE FUNCTION lejek_activity_stays();
CREATE TRIGGER activities_changed_stage_stays AFTER UPDATE OF lead_id, kind, occurred_at, user_id ON activities FOR EACH ROW
    EXECUTE FUNCTION lejek_activity_stays();
CREATE TRIGGER activities_deleted_stage_stays AFTER DELETE ON activities FOR EACH ROW
    WHEN (OLD.kind IN ('call', 'email_sent', 'meeting')) EXECUTE FUNCTION lejek_activity_stays();

-- Filled once the triggers are there, in their transaction: no change can fall between.
INSERT INTO stage_stays SELECT * FROM stage_stays_now;
