-- SPDX-FileCopyrightText: 2026 Lejek authors
-- SPDX-License-Identifier: GPL-3.0-or-later
-- Version 28, SQLite: the summaries' indexes hold every column their reads name, so that
-- SQLite reads no table row for them.
--
-- Every read of lead_facts and stage_stays names merged_into (the board's terms: "not
-- merged"), and a past day's open leads closed_at or left_at. Those are the partial
-- indexes' own terms, but SQLite 3.40 (Debian 12) treats an index as covering only when
-- its columns hold every column a query names, those of its WHERE included: without them
-- it looked up each row of the index in its table. A past day's stays left since at 1M
-- (60,000): 0.52-0.62 s -> 0.26 s in sqlite3; the untouched open leads then 0.18 ->
-- 0.15 s; all time's handoffs (452,000) 0.37 -> 0.31 s. The columns are appended: each
-- index keeps its order, and its entries grow by a byte per column always NULL in it
-- (the value's type in the record's header; a NULL has no body).
--
-- Besides, what a past day's open leads read of the stays left since (their stage,
-- value, decision date and currency: stage_stays_since), and a new index of the open
-- leads by when they were last touched: those touched since a day are a range of it, not
-- a filter over all of them (64,000 of 278,000 a month back at 1M).
--
-- On the 1M demo: ~80 s (each index of the 3.6M stays built anew).

DROP INDEX lead_facts_cohort;
CREATE INDEX lead_facts_cohort ON lead_facts (pipeline_id, furthest_stage_id, entered_at, owner_id, source, campaign, merged_into)
    WHERE merged_into IS NULL;

DROP INDEX lead_facts_outcomes;
CREATE INDEX lead_facts_outcomes ON lead_facts (pipeline_id, stage_id, lost_reason, closed_at, entered_at, owner_id, source,
                                                campaign, merged_into)
    WHERE merged_into IS NULL AND closed_at IS NOT NULL;

DROP INDEX lead_facts_then;
CREATE INDEX lead_facts_then ON lead_facts (pipeline_id, entered_at, stage_entered_at, furthest_stage_id, owner_id, source, campaign,
                                            merged_into)
    WHERE merged_into IS NULL;

DROP INDEX lead_facts_moved;
CREATE INDEX lead_facts_moved ON lead_facts (pipeline_id, stage_entered_at, entered_at, furthest_stage_id, owner_id, source, campaign,
                                             merged_into)
    WHERE merged_into IS NULL;

DROP INDEX lead_facts_open;
CREATE INDEX lead_facts_open ON lead_facts (pipeline_id, stage_id, decision_date, currency, value, owner_id, open_tasks,
                                            last_activity_at, source, campaign, touched_at, activity_at, stage_entered_at,
                                            merged_into, closed_at)
    WHERE merged_into IS NULL AND closed_at IS NULL;

CREATE INDEX lead_facts_open_touched ON lead_facts (pipeline_id, touched_at, stage_entered_at, stage_id, decision_date, currency,
                                                    value, owner_id, activity_at, source, campaign, merged_into, closed_at)
    WHERE merged_into IS NULL AND closed_at IS NULL;

DROP INDEX stage_stays_left;
CREATE INDEX stage_stays_left ON stage_stays (pipeline_id, stage_id, left_at, owner_id, source, campaign, merged_into)
    WHERE merged_into IS NULL AND left_at IS NOT NULL;

DROP INDEX stage_stays_ended;
CREATE INDEX stage_stays_ended ON stage_stays (pipeline_id, stage_id, duration, left_at, owner_id, source, campaign, merged_into)
    WHERE merged_into IS NULL AND left_at IS NOT NULL;

DROP INDEX stage_stays_open;
CREATE INDEX stage_stays_open ON stage_stays (pipeline_id, stage_id, entered_at, owner_id, source, campaign, lead_id, merged_into,
                                              left_at)
    WHERE merged_into IS NULL AND left_at IS NULL;

DROP INDEX stage_stays_entered;
CREATE INDEX stage_stays_entered ON stage_stays (pipeline_id, stage_id, entered_at, prior_entered_at, lead_id, left_at,
                                                 next_stage_id, first_contact_at, owner_id, source, campaign, lost_reason,
                                                 merged_into)
    WHERE merged_into IS NULL;

DROP INDEX stage_stays_board;
CREATE INDEX stage_stays_board ON stage_stays (pipeline_id, stage_id, left_at, entered_at, value, owner_id, source, campaign, lead_id,
                                               merged_into)
    WHERE merged_into IS NULL;

DROP INDEX stage_stays_since;
CREATE INDEX stage_stays_since ON stage_stays (pipeline_id, left_at, entered_at, lead_entered_at, furthest_stage_id, owner_id, source,
                                               campaign, lead_id, stage_id, value, decision_date, currency, merged_into)
    WHERE merged_into IS NULL AND left_at IS NOT NULL;

-- Which the touched leads were read by (022), and which nothing reads now: the open
-- leads' touches are in lead_facts_open_touched.
DROP INDEX lead_facts_touched;
