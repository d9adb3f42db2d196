-- SPDX-FileCopyrightText: 2026 Lejek authors
-- SPDX-License-Identifier: GPL-3.0-or-later
-- Version 4: history answers "what was true on date D".

-- Owner changes by user id, beside the timeline's field_edit (which names the people as
-- they were called then). Only changes are kept: the owner at D is the from_user_id of
-- the lead's first change after D, else the lead's owner_id; a lead created after D did
-- not exist. NULL ids: no owner (or, for rows carried over below, a name no user has).
CREATE TABLE owner_changes (
    id {{ID}},
    lead_id BIGINT NOT NULL REFERENCES leads(id),
    from_user_id BIGINT REFERENCES users(id),
    to_user_id BIGINT REFERENCES users(id),
    changed_at BIGINT NOT NULL,
    user_id BIGINT REFERENCES users(id),
    rule TEXT,
    imported INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX owner_changes_lead ON owner_changes (lead_id, changed_at);
CREATE INDEX owner_changes_to ON owner_changes (to_user_id, changed_at);

-- Versions 1-3 kept owner edits by name only: each is carried over, the name read back
-- to the user who bears it (the lowest id, should two people share a name).
INSERT INTO owner_changes (lead_id, from_user_id, to_user_id, changed_at, user_id, rule, imported)
SELECT a.lead_id,
       (SELECT MIN(u.id) FROM users u WHERE u.name = a.old_value),
       (SELECT MIN(u.id) FROM users u WHERE u.name = a.new_value),
       a.occurred_at, a.user_id, a.rule, 0
FROM activities a
WHERE a.kind = 'field_edit' AND a.field = 'owner'
ORDER BY a.occurred_at, a.id;

-- Stage configuration, versioned: each row is a stage as it stood from valid_from until
-- the stage's next row, written by changed_by (NULL: the database's owner, before any
-- user). The configuration as of D is each stage's last row at or before D, unless that
-- row says it was removed. Also the audit history the admin screens show.
CREATE TABLE stage_versions (
    id {{ID}},
    pipeline_id BIGINT NOT NULL REFERENCES pipelines(id),
    stage_id BIGINT NOT NULL REFERENCES stages(id),
    valid_from BIGINT NOT NULL,
    changed_by BIGINT REFERENCES users(id),
    change TEXT NOT NULL CHECK (change IN ('created', 'changed', 'removed')),
    position INTEGER NOT NULL,
    name TEXT NOT NULL,
    names TEXT NOT NULL DEFAULT '{}',
    kind TEXT NOT NULL,
    probability INTEGER NOT NULL,
    rotting_days INTEGER NOT NULL,
    required_fields TEXT NOT NULL,
    entry_criteria TEXT NOT NULL,
    sla_first_contact_minutes INTEGER NOT NULL,
    sla_decision_minutes INTEGER NOT NULL
);
CREATE INDEX stage_versions_pipeline ON stage_versions (pipeline_id, valid_from);

-- The stages of an older database have stood unchanged since their pipeline was made.
INSERT INTO stage_versions (pipeline_id, stage_id, valid_from, changed_by, change, position, name, names, kind,
                            probability, rotting_days, required_fields, entry_criteria,
                            sla_first_contact_minutes, sla_decision_minutes)
SELECT s.pipeline_id, s.id, p.created_at, NULL, 'created', s.position, s.name, s.names, s.kind,
       s.probability, s.rotting_days, s.required_fields, s.entry_criteria,
       s.sla_first_contact_minutes, s.sla_decision_minutes
FROM stages s JOIN pipelines p ON p.id = s.pipeline_id
ORDER BY s.pipeline_id, s.position;

-- Who works a pipeline (DOMAIN.md: a rep of product A never sees product B's leads): a
-- rep sees the unassigned leads of the pipelines listed for them. A pipeline nobody is
-- listed for is worked by everyone: solo mode, and every pipeline until an admin names
-- its people.
CREATE TABLE pipeline_members (
    pipeline_id BIGINT NOT NULL REFERENCES pipelines(id),
    user_id BIGINT NOT NULL REFERENCES users(id),
    PRIMARY KEY (pipeline_id, user_id)
);

-- Values the engine keeps (score is the other): the SLA due times of the lead's current
-- handoff. The engine writes them without bumping leads.version, so that a rule never
-- turns a rep's save into a conflict.
ALTER TABLE leads ADD COLUMN sla_first_contact_due_at BIGINT;
ALTER TABLE leads ADD COLUMN sla_decision_due_at BIGINT;
