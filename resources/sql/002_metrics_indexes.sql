-- SPDX-FileCopyrightText: 2026 Lejek authors
-- SPDX-License-Identifier: GPL-3.0-or-later
-- Version 2: what the metrics of DOMAIN.md read. Cohorts are leads created in a period
-- of one pipeline; win rate and cycle length read closed leads by close date; funnel,
-- time in stage and speed to lead read the stage-change log by stage and time.
CREATE INDEX leads_pipeline_created ON leads (pipeline_id, created_at);
CREATE INDEX leads_pipeline_closed ON leads (pipeline_id, closed_at);
CREATE INDEX stage_changes_stage ON stage_changes (pipeline_id, to_stage_id, changed_at);
CREATE INDEX activities_kind ON activities (kind, lead_id, occurred_at);
CREATE INDEX leads_source_campaign ON leads (pipeline_id, source, campaign);
