-- SPDX-FileCopyrightText: 2026 Lejek authors
-- SPDX-License-Identifier: GPL-3.0-or-later
-- Version 9: duplicates by company web domain, and merged leads.
-- web_domain: the website's host, else a company e-mail's domain (WebDomain), written
-- with every lead and filled for older leads by the data step of this version.
ALTER TABLE leads ADD COLUMN web_domain TEXT;
CREATE INDEX leads_web_domain ON leads (web_domain);
-- A merged lead is kept, never deleted, and points to the lead it was merged into.
ALTER TABLE leads ADD COLUMN merged_into BIGINT REFERENCES leads(id);
CREATE INDEX leads_merged_into ON leads (merged_into) WHERE merged_into IS NOT NULL;
-- Boards list only leads that are not merged. The board's indexes leave merged leads
-- out, so that a column's page and its totals still read the index alone; each ends with
-- merged_into because SQLite counts an index covering only if it holds every column the
-- query names, the one its WHERE already fixes included.
DROP INDEX leads_stage_activity;
DROP INDEX leads_stage_entered;
DROP INDEX leads_stage_score;
DROP INDEX leads_stage_value;
CREATE INDEX leads_stage_activity ON leads (stage_id, last_activity_at, id, merged_into) WHERE merged_into IS NULL;
CREATE INDEX leads_stage_entered ON leads (stage_id, stage_entered_at, id, merged_into) WHERE merged_into IS NULL;
CREATE INDEX leads_stage_score ON leads (stage_id, score, id, merged_into) WHERE merged_into IS NULL;
CREATE INDEX leads_stage_value ON leads (stage_id, value, id, merged_into) WHERE merged_into IS NULL;
