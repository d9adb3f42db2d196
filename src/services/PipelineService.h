// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Error.h"
#include "LostReason.h"
#include "Pipeline.h"
#include "User.h"

#include <QFuture>
#include <QList>

namespace lejek {

// Pipelines, stages, users and reference data. Every front end (app, CLI, server)
// goes through this interface; local and remote implementations behave alike.
class PipelineService
{
public:
    virtual ~PipelineService() = default;

    virtual QFuture<Result<QList<Pipeline>>> pipelines() = 0;
    // A pipeline from one of PipelineTemplate::keys(); `name` empty: the template's name.
    virtual QFuture<Result<Pipeline>> createFromTemplate(const QString &templateKey, const QString &name) = 0;
    // Validates stage names, kinds, probabilities, required field keys and criteria.
    virtual QFuture<Result<Pipeline>> createPipeline(const Pipeline &draft) = 0;
    virtual QFuture<Result<QList<LostReason>>> lostReasons() = 0;
    virtual QFuture<Result<QList<User>>> users() = 0;
    // A user in a team (created when missing); the name must be unique.
    virtual QFuture<Result<User>> createUser(const User &user) = 0;
};

} // namespace lejek
