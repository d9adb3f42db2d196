-- SPDX-FileCopyrightText: 2026 Lejek authors
-- SPDX-License-Identifier: GPL-3.0-or-later
-- Version 27, SQLite: the stays copy the lead's decision date and currency too, as they
-- copy its value, so that a past day's open leads whose stay then was left since are
-- read from the stays alone: their forecast's month and currency were the only columns
-- read through a join with lead_facts, which PostgreSQL, expecting four times the rows
-- it got, made a hash of all 1M leads' summaries (0.29-0.56 s for 60,000 stays at 1M).

ALTER TABLE stage_stays ADD COLUMN decision_date TEXT;
ALTER TABLE stage_stays ADD COLUMN currency TEXT;

DROP VIEW stage_stays_now;
CREATE VIEW stage_stays_now AS
SELECT x.change_id, x.lead_id, x.pipeline_id, x.stage_id, x.entered_at, x.left_at, x.left_at - x.entered_at AS duration,
       x.next_stage_id,
       (SELECT MAX(p.changed_at) FROM stage_changes p
         WHERE p.lead_id = x.lead_id AND p.pipeline_id = x.pipeline_id AND p.to_stage_id = x.stage_id
           AND (p.changed_at < x.entered_at OR (p.changed_at = x.entered_at AND p.id < x.change_id))) AS prior_entered_at,
       (SELECT MIN(a.occurred_at) FROM activities a
         WHERE a.lead_id = x.lead_id AND a.kind IN ('call', 'email_sent', 'meeting') AND a.occurred_at >= x.entered_at
           AND (a.user_id IS NULL OR COALESCE(l.owner_id, 0) = 0 OR a.user_id = l.owner_id)) AS first_contact_at,
       l.merged_into, l.owner_id, l.source, l.campaign, l.lost_reason, l.value,
       (SELECT s.id FROM stage_changes p JOIN stages s ON s.id = p.to_stage_id
         WHERE p.lead_id = x.lead_id AND p.pipeline_id = x.pipeline_id AND s.kind IN ('open', 'won')
           AND (p.changed_at < x.entered_at OR (p.changed_at = x.entered_at AND p.id <= x.change_id))
         ORDER BY s.kind = 'won' DESC, s.position DESC LIMIT 1) AS furthest_stage_id,
       x.lead_entered_at, l.decision_date, l.currency
FROM (SELECT c.id AS change_id, c.lead_id, c.pipeline_id, c.to_stage_id AS stage_id, c.changed_at AS entered_at,
             LEAD(c.changed_at) OVER w AS left_at, LEAD(c.to_stage_id) OVER w AS next_stage_id,
             FIRST_VALUE(c.changed_at) OVER w AS lead_entered_at
      FROM stage_changes c WINDOW w AS (PARTITION BY c.lead_id, c.pipeline_id ORDER BY c.changed_at, c.id)) x
JOIN leads l ON l.id = x.lead_id AND l.pipeline_id = x.pipeline_id;

DROP TRIGGER leads_stage_stays;
CREATE TRIGGER leads_stage_stays AFTER UPDATE OF merged_into, owner_id, source, campaign, lost_reason, value, decision_date, currency ON leads
WHEN OLD.pipeline_id IS NEW.pipeline_id
 AND (OLD.merged_into IS NOT NEW.merged_into OR OLD.owner_id IS NOT NEW.owner_id OR OLD.source IS NOT NEW.source
      OR OLD.campaign IS NOT NEW.campaign OR OLD.lost_reason IS NOT NEW.lost_reason OR OLD.value IS NOT NEW.value
      OR OLD.decision_date IS NOT NEW.decision_date OR OLD.currency IS NOT NEW.currency)
BEGIN
    UPDATE stage_stays SET merged_into = NEW.merged_into, owner_id = NEW.owner_id, source = NEW.source, campaign = NEW.campaign,
        lost_reason = NEW.lost_reason, value = NEW.value, decision_date = NEW.decision_date, currency = NEW.currency,
        first_contact_at = (SELECT MIN(a.occurred_at) FROM activities a WHERE a.lead_id = stage_stays.lead_id AND a.kind IN ('call', 'email_sent', 'meeting')
             AND a.occurred_at >= stage_stays.entered_at AND (a.user_id IS NULL OR COALESCE(NEW.owner_id, 0) = 0 OR a.user_id = NEW.owner_id))
    WHERE lead_id = NEW.id;
END;

UPDATE stage_stays SET decision_date = (SELECT l.decision_date FROM leads l WHERE l.id = stage_stays.lead_id),
                       currency = (SELECT l.currency FROM leads l WHERE l.id = stage_stays.lead_id);
