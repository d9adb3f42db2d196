-- SPDX-FileCopyrightText: 2026 Lejek authors
-- SPDX-License-Identifier: GPL-3.0-or-later
-- Version 6: each stage's guidance, what a rep does there, by language code
-- ({"en": "…", "pl": "…"}), versioned with the rest of the stage. Stages made from a
-- template before this version get the template's text (DataMigrations).
ALTER TABLE stages ADD COLUMN guidance TEXT NOT NULL DEFAULT '{}';
ALTER TABLE stage_versions ADD COLUMN guidance TEXT NOT NULL DEFAULT '{}';
