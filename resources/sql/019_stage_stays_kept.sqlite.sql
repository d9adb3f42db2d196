-- SPDX-FileCopyrightText: 2026 Lejek authors
-- SPDX-License-Identifier: GPL-3.0-or-later
-- Version 19, SQLite: stage_stays (018_stage_stays.sql) kept in step, row by row, and
-- filled. The migration holds the write lock (BEGIN IMMEDIATE) throughout.

-- A change entered (in any order: imports may bring older history after newer): the
-- lead's stays there, computed again (a lead has a handful).
CREATE TRIGGER stage_changes_stage_stays AFTER INSERT ON stage_changes
BEGIN
    DELETE FROM stage_stays WHERE lead_id = NEW.lead_id;
    INSERT INTO stage_stays SELECT * FROM stage_stays_now WHERE lead_id = NEW.lead_id;
END;

-- A lead moved to another pipeline: its stays are those of its path there.
CREATE TRIGGER leads_pipeline_stage_stays AFTER UPDATE OF pipeline_id ON leads
WHEN OLD.pipeline_id IS NOT NEW.pipeline_id
BEGIN
    DELETE FROM stage_stays WHERE lead_id = NEW.id;
    INSERT INTO stage_stays SELECT * FROM stage_stays_now WHERE lead_id = NEW.id;
END;

-- The lead's own columns the stays copy, when one of them changed (not on every
-- activity, which touches the lead's row too); a new owner has other first contacts.
CREATE TRIGGER leads_stage_stays AFTER UPDATE OF merged_into, owner_id, source, campaign, lost_reason ON leads
WHEN OLD.pipeline_id IS NEW.pipeline_id
 AND (OLD.merged_into IS NOT NEW.merged_into OR OLD.owner_id IS NOT NEW.owner_id OR OLD.source IS NOT NEW.source
      OR OLD.campaign IS NOT NEW.campaign OR OLD.lost_reason IS NOT NEW.lost_reason)
BEGIN
    UPDATE stage_stays SET merged_into = NEW.merged_into, owner_id = NEW.owner_id, source = NEW.source, campaign = NEW.campaign,
        lost_reason = NEW.lost_reason,
        first_contact_at = (SELECT MIN(a.occurred_at) FROM activities a WHERE a.lead_id = stage_stays.lead_id AND a.kind IN ('call', 'email_sent', 'meeting')
             AND a.occurred_at >= stage_stays.entered_at AND (a.user_id IS NULL OR COALESCE(NEW.owner_id, 0) = 0 OR a.user_id = NEW.owner_id))
    WHERE lead_id = NEW.id;
END;

-- A contact logged: the first contact of the stays it follows, if it is the owner's (or
-- nobody owns the lead, or nobody in particular logged it) and earlier than theirs.
CREATE TRIGGER activities_added_stage_stays AFTER INSERT ON activities
WHEN NEW.kind IN ('call', 'email_sent', 'meeting')
BEGIN
    UPDATE stage_stays SET first_contact_at = NEW.occurred_at
    WHERE lead_id = NEW.lead_id AND entered_at <= NEW.occurred_at
      AND (first_contact_at IS NULL OR first_contact_at > NEW.occurred_at)
      AND (NEW.user_id IS NULL OR COALESCE(owner_id, 0) = 0 OR owner_id = NEW.user_id);
END;

-- An activity changed (moved to another lead by a merge, say) or deleted: the first
-- contacts of its leads' stays, computed again.
CREATE TRIGGER activities_changed_stage_stays AFTER UPDATE OF lead_id, kind, occurred_at, user_id ON activities
BEGIN
    UPDATE stage_stays SET first_contact_at = (SELECT MIN(a.occurred_at) FROM activities a WHERE a.lead_id = stage_stays.lead_id AND a.kind IN ('call', 'email_sent', 'meeting')
             AND a.occurred_at >= stage_stays.entered_at AND (a.user_id IS NULL OR COALESCE(stage_stays.owner_id, 0) = 0 OR a.user_id = stage_stays.owner_id))
    WHERE lead_id IN (OLD.lead_id, NEW.lead_id);
END;

CREATE TRIGGER activities_deleted_stage_stays AFTER DELETE ON activities
WHEN OLD.kind IN ('call', 'email_sent', 'meeting')
BEGIN
    UPDATE stage_stays SET first_contact_at = (SELECT MIN(a.occurred_at) FROM activities a WHERE a.lead_id = stage_stays.lead_id AND a.kind IN ('call', 'email_sent', 'meeting')
             AND a.occurred_at >= stage_stays.entered_at AND (a.user_id IS NULL OR COALESCE(stage_stays.owner_id, 0) = 0 OR a.user_id = stage_stays.owner_id))
    WHERE lead_id = OLD.lead_id;
END;

-- Filled once the triggers are there, in their transaction: no change can fall between.
INSERT INTO stage_stays SELECT * FROM stage_stays_now;
