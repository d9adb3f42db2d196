-- SPDX-FileCopyrightText: 2026 Lejek authors
-- SPDX-License-Identifier: GPL-3.0-or-later
-- Version 28, PostgreSQL: what a past day's open leads read, in indexes that hold it all,
-- so that they are scanned alone (index only: the table's pages visible to all, as
-- vacuum marks them) and no table page is read:
--  - the stays left since the day with their stage, value, decision date and currency
--    (stage_stays_since): a month back at 1M, 60,000 stays on 44,000 of the table's
--    pages;
--  - the open leads by when they were last touched: those touched since the day are a
--    range of it (64,000 of 278,000 a month back at 1M), not a bitmap of every lead
--    touched since, open or not (302,000), each looked up in the table.
-- PostgreSQL, unlike SQLite (028_covering_indexes.sqlite.sql), needs no column the
-- partial index's own terms name.

DROP INDEX stage_stays_since;
CREATE INDEX stage_stays_since ON stage_stays (pipeline_id, left_at, entered_at, lead_entered_at, furthest_stage_id, owner_id, source,
                                               campaign, lead_id, stage_id, value, decision_date, currency)
    WHERE merged_into IS NULL AND left_at IS NOT NULL;

CREATE INDEX lead_facts_open_touched ON lead_facts (pipeline_id, touched_at, stage_entered_at, stage_id, decision_date, currency,
                                                    value, owner_id, activity_at, source, campaign, lead_id)
    WHERE merged_into IS NULL AND closed_at IS NULL;

-- Which the touched leads were read by (022), and which nothing reads now: the open
-- leads' touches are in lead_facts_open_touched.
DROP INDEX lead_facts_touched;
