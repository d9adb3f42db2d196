-- SPDX-FileCopyrightText: 2026 Lejek authors
-- SPDX-License-Identifier: GPL-3.0-or-later
-- Lejek schema, version 1. One text for SQLite and PostgreSQL: {{ID}} is the dialect's
-- auto-increment primary key. Times are UTC milliseconds since the epoch (BIGINT),
-- calendar dates ISO text, money integer minor units beside a currency code.

CREATE TABLE teams (
    id {{ID}},
    name TEXT NOT NULL UNIQUE,
    assignment TEXT NOT NULL DEFAULT 'round_robin'
        CHECK (assignment IN ('round_robin', 'least_loaded', 'specialisation'))
);

CREATE TABLE users (
    id {{ID}},
    name TEXT NOT NULL,
    email TEXT UNIQUE,
    team_id BIGINT REFERENCES teams(id),
    role TEXT NOT NULL DEFAULT 'rep' CHECK (role IN ('rep', 'manager', 'admin')),
    capacity INTEGER NOT NULL DEFAULT 0,
    out_of_office INTEGER NOT NULL DEFAULT 0,
    active INTEGER NOT NULL DEFAULT 1,
    created_at BIGINT NOT NULL
);

CREATE TABLE pipelines (
    id {{ID}},
    name TEXT NOT NULL UNIQUE,
    template TEXT,
    currency TEXT NOT NULL DEFAULT 'PLN',
    created_at BIGINT NOT NULL
);

CREATE TABLE stages (
    id {{ID}},
    pipeline_id BIGINT NOT NULL REFERENCES pipelines(id),
    position INTEGER NOT NULL,
    name TEXT NOT NULL,
    names TEXT NOT NULL DEFAULT '{}',
    kind TEXT NOT NULL CHECK (kind IN ('open', 'parked', 'won', 'lost')),
    probability INTEGER NOT NULL DEFAULT 0 CHECK (probability BETWEEN 0 AND 100),
    rotting_days INTEGER NOT NULL DEFAULT 0,
    required_fields TEXT NOT NULL DEFAULT '[]',
    entry_criteria TEXT NOT NULL DEFAULT '[]',
    sla_first_contact_minutes INTEGER NOT NULL DEFAULT 0,
    sla_decision_minutes INTEGER NOT NULL DEFAULT 0,
    UNIQUE (pipeline_id, position),
    UNIQUE (pipeline_id, name)
);

CREATE TABLE field_definitions (
    id {{ID}},
    pipeline_id BIGINT NOT NULL REFERENCES pipelines(id),
    key TEXT NOT NULL,
    label TEXT NOT NULL,
    type TEXT NOT NULL,
    choices TEXT NOT NULL DEFAULT '[]',
    position INTEGER NOT NULL DEFAULT 0,
    UNIQUE (pipeline_id, key)
);

CREATE TABLE lost_reasons (
    code TEXT PRIMARY KEY,
    label TEXT NOT NULL,
    position INTEGER NOT NULL DEFAULT 0
);
INSERT INTO lost_reasons (code, label, position) VALUES
    ('price', 'Price', 1), ('timing', 'Timing', 2), ('competition', 'Competition', 3),
    ('no_fit', 'No fit', 4), ('no_response', 'No response', 5), ('other', 'Other', 6);

CREATE TABLE customers (
    id {{ID}},
    company TEXT,
    nip TEXT,
    email TEXT,
    website TEXT,
    country TEXT,
    city TEXT,
    created_at BIGINT NOT NULL,
    first_lead_id BIGINT
);
CREATE INDEX customers_nip ON customers (nip);
CREATE INDEX customers_company ON customers (company);

CREATE TABLE leads (
    id {{ID}},
    pipeline_id BIGINT NOT NULL REFERENCES pipelines(id),
    stage_id BIGINT NOT NULL REFERENCES stages(id),
    owner_id BIGINT REFERENCES users(id),
    customer_id BIGINT REFERENCES customers(id),
    external_id TEXT,
    version INTEGER NOT NULL DEFAULT 1,
    first_name TEXT,
    last_name TEXT,
    job_title TEXT,
    email TEXT,
    phone TEXT,
    company TEXT,
    industry TEXT,
    employees BIGINT,
    country TEXT,
    city TEXT,
    website TEXT,
    nip TEXT,
    source TEXT,
    campaign TEXT,
    pains TEXT,
    goals TEXT,
    decision_date TEXT,
    budget BIGINT,
    currency TEXT NOT NULL DEFAULT 'PLN',
    notes TEXT,
    next_step TEXT,
    score INTEGER NOT NULL DEFAULT 0,
    value BIGINT,
    lost_reason TEXT REFERENCES lost_reasons(code),
    lost_comment TEXT,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL,
    stage_entered_at BIGINT NOT NULL,
    last_activity_at BIGINT NOT NULL,
    closed_at BIGINT,
    -- company, contact, e-mail, NIP and phone folded by SearchText (case and diacritics)
    search_text TEXT
);
-- Idempotent re-imports: one external id per pipeline (NULLs never collide).
CREATE UNIQUE INDEX leads_external_id ON leads (pipeline_id, external_id);
-- Keyset paging of one stage by each board sort; the id breaks ties.
CREATE INDEX leads_stage_activity ON leads (stage_id, last_activity_at, id);
CREATE INDEX leads_stage_entered ON leads (stage_id, stage_entered_at, id);
CREATE INDEX leads_stage_score ON leads (stage_id, score, id);
-- Per-stage counts and value sums read this index alone.
CREATE INDEX leads_stage_value ON leads (stage_id, value, id);
-- Duplicate matching (e-mail, then NIP) and owner filters.
CREATE INDEX leads_email ON leads (email);
CREATE INDEX leads_nip ON leads (nip);
CREATE INDEX leads_owner_stage ON leads (owner_id, stage_id);

CREATE TABLE lead_custom_values (
    lead_id BIGINT NOT NULL REFERENCES leads(id),
    field_id BIGINT NOT NULL REFERENCES field_definitions(id),
    value TEXT,
    PRIMARY KEY (lead_id, field_id)
);

-- Append-only: every stage change, by a person (user_id) or a rule (rule).
CREATE TABLE stage_changes (
    id {{ID}},
    lead_id BIGINT NOT NULL REFERENCES leads(id),
    pipeline_id BIGINT NOT NULL REFERENCES pipelines(id),
    from_stage_id BIGINT REFERENCES stages(id),
    to_stage_id BIGINT NOT NULL REFERENCES stages(id),
    changed_at BIGINT NOT NULL,
    user_id BIGINT REFERENCES users(id),
    rule TEXT,
    note TEXT,
    imported INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX stage_changes_lead ON stage_changes (lead_id, changed_at);

-- Append-only timeline: notes, calls, e-mails, meetings, behaviour events, field
-- edits (field, old_value, new_value) and the lead version each write produced.
CREATE TABLE activities (
    id {{ID}},
    lead_id BIGINT NOT NULL REFERENCES leads(id),
    kind TEXT NOT NULL,
    occurred_at BIGINT NOT NULL,
    user_id BIGINT REFERENCES users(id),
    rule TEXT,
    lead_version INTEGER,
    subject TEXT,
    body TEXT,
    field TEXT,
    old_value TEXT,
    new_value TEXT
);
CREATE INDEX activities_lead ON activities (lead_id, occurred_at);
CREATE INDEX activities_lead_version ON activities (lead_id, lead_version);

CREATE TABLE tasks (
    id {{ID}},
    lead_id BIGINT NOT NULL REFERENCES leads(id),
    title TEXT NOT NULL,
    due_at BIGINT,
    owner_id BIGINT REFERENCES users(id),
    created_at BIGINT NOT NULL,
    done_at BIGINT,
    rule TEXT
);
CREATE INDEX tasks_lead ON tasks (lead_id, done_at, due_at);
CREATE INDEX tasks_owner_due ON tasks (owner_id, done_at, due_at);
