-- SPDX-FileCopyrightText: 2026 Lejek authors
-- SPDX-License-Identifier: GPL-3.0-or-later
-- Version 8: a task can be cancelled. A cancelled task is closed (done_at is set, so
-- every "open tasks" query and index stays as it is) and says when it was cancelled.
ALTER TABLE tasks ADD COLUMN cancelled_at BIGINT;
