-- SPDX-FileCopyrightText: 2026 Lejek authors
-- SPDX-License-Identifier: GPL-3.0-or-later
-- Version 5, PostgreSQL: who works a pipeline is configuration too, announced like the
-- pipelines, stages and fields (003) so that other windows reload it.
CREATE TRIGGER pipeline_members_announce AFTER INSERT OR UPDATE OR DELETE ON pipeline_members
    FOR EACH STATEMENT EXECUTE FUNCTION lejek_configuration_changed();
