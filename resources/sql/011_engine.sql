-- SPDX-FileCopyrightText: 2026 Lejek authors
-- SPDX-License-Identifier: GPL-3.0-or-later
-- Version 11: Engine I (routing, scoring, SLAs) keeps its configuration, its teams'
-- state and each lead's engine values here.

-- Configuration as data, versioned: each row is one piece (a pipeline's routing table,
-- scoring model or SLA policy; the teams, with pipeline_id NULL) as saved from
-- valid_from on, by changed_by (NULL: the database's owner). The piece in force is its
-- latest row; the earlier ones are its history (and the admin's audit trail).
CREATE TABLE engine_configs (
    id {{ID}},
    pipeline_id BIGINT REFERENCES pipelines(id),
    kind TEXT NOT NULL CHECK (kind IN ('routing', 'scoring', 'sla', 'teams')),
    body TEXT NOT NULL,
    valid_from BIGINT NOT NULL,
    changed_by BIGINT REFERENCES users(id)
);
CREATE INDEX engine_configs_piece ON engine_configs (pipeline_id, kind, id);

-- A team's strategy field and working calendar (DOMAIN.md: Mon-Fri 9:00-17:00
-- Europe/Warsaw unless set), and its round-robin cursor: the member who got its last
-- lead, kept here so the rotation is fair across restarts and processes.
ALTER TABLE teams ADD COLUMN specialisation_field TEXT NOT NULL DEFAULT 'industry';
ALTER TABLE teams ADD COLUMN time_zone TEXT NOT NULL DEFAULT 'Europe/Warsaw';
ALTER TABLE teams ADD COLUMN work_start TEXT NOT NULL DEFAULT '09:00';
ALTER TABLE teams ADD COLUMN work_end TEXT NOT NULL DEFAULT '17:00';
ALTER TABLE teams ADD COLUMN work_days TEXT NOT NULL DEFAULT '[1,2,3,4,5]';
ALTER TABLE teams ADD COLUMN days_off TEXT NOT NULL DEFAULT '[]';
ALTER TABLE teams ADD COLUMN last_assigned_user_id BIGINT REFERENCES users(id);

-- Out of office as a date range (ISO dates, both days included), and what a user
-- specialises in (values of their team's specialisation field, a JSON list).
ALTER TABLE users ADD COLUMN away_from TEXT;
ALTER TABLE users ADD COLUMN away_until TEXT;
ALTER TABLE users ADD COLUMN specialisations TEXT NOT NULL DEFAULT '[]';

-- The engine's values of a lead (beside score and the SLA due times of version 4):
-- why its score is what it is (a JSON list of rule and points), why its owner was
-- chosen, whether a person chose the owner (the engine then never reassigns it),
-- whether its score met the handoff rule when last computed (a handoff fires once per
-- crossing), and its current SLA: when it entered the SLA's stage, when the owner
-- first contacted it, when its status was decided.
ALTER TABLE leads ADD COLUMN score_reasons TEXT;
ALTER TABLE leads ADD COLUMN routing_reason TEXT;
ALTER TABLE leads ADD COLUMN owner_by_hand INTEGER NOT NULL DEFAULT 0;
ALTER TABLE leads ADD COLUMN handoff_met INTEGER NOT NULL DEFAULT 0;
ALTER TABLE leads ADD COLUMN sla_started_at BIGINT;
ALTER TABLE leads ADD COLUMN sla_first_contact_at BIGINT;
ALTER TABLE leads ADD COLUMN sla_decided_at BIGINT;

-- Behaviour events are activities of their kinds; event_key makes loading them
-- idempotent: the source's event id, else e-mail, type, detail and time.
ALTER TABLE activities ADD COLUMN event_key TEXT;
CREATE UNIQUE INDEX activities_event_key ON activities (event_key);
