-- SPDX-FileCopyrightText: 2026 Lejek authors
-- SPDX-License-Identifier: GPL-3.0-or-later
-- Version 24: two indexes that answer a past day's reports from the index alone (on
-- PostgreSQL the first: the second is for SQLite's INDEXED BY, which weighs no ranges).
--
-- tasks_lead also holds when each task was made, so "a task open at the day's end" (made
-- before it, not done until after: OpenLeadsThen::NoTask) is read from the index, not
-- from each task's row (1M leads, the 278,000 open leads of a day a month back: 0.48 s
-- -> 0.33 s in sqlite3). Its first three columns are the old index's, for today's next
-- task by due date.
DROP INDEX tasks_lead;
CREATE INDEX tasks_lead ON tasks (lead_id, done_at, due_at, created_at);

-- The leads moved since a past day, by when they entered their stage: the cohort then
-- corrects only those (LeadFactsRepository::tally), and when the period is longer than
-- the time since that day, they are fewer than the period's leads (all time as of a
-- month back at 1M: 238,000 entries read, not 822,000; 0.12 s -> 0.04 s, and their
-- furthest stage then 0.34-0.43 s -> 0.25-0.30 s).
CREATE INDEX lead_facts_moved ON lead_facts (pipeline_id, stage_entered_at, entered_at, furthest_stage_id, owner_id, source, campaign)
    WHERE merged_into IS NULL;
