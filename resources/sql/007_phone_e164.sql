-- SPDX-FileCopyrightText: 2026 Lejek authors
-- SPDX-License-Identifier: GPL-3.0-or-later
-- Version 7: phones in E.164. The numbers are read by libphonenumber in DataMigrations
-- (SQL cannot); each one rewritten is a field edit in its lead's timeline, and each one
-- it could not read stays as it was, with a note in the timeline that says so. This
-- index finds the leads a phone call comes from.
CREATE INDEX leads_phone ON leads (phone);
