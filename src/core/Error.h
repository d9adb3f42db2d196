// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <expected>

namespace lejek {

// One field that failed validation: which field, and why, in words a user reads.
struct FieldError {
    QString field;
    QString reason;
    friend bool operator==(const FieldError &, const FieldError &) = default;
};

// Why one lead may not enter a stage: the fields it lacks and the criteria it fails,
// by name, exactly as the user has to be told.
struct GateRefusal {
    qint64 leadId = 0;
    QString stage;
    QStringList missingFields;
    QStringList failedCriteria;
    friend bool operator==(const GateRefusal &, const GateRefusal &) = default;
};

// The error every layer returns. The code decides the exit status and the UI's
// reaction; the message is one line that says what and why.
struct Error {
    enum class Code {
        Invalid,  // bad input: see fieldErrors
        Refused,  // a rule refused the change: see refusals
        Conflict, // stale version: see conflictingFields
        NotFound,
        Storage,  // the database failed or refused
        Schema,   // a database we cannot or must not open
        Forbidden, // the acting principal may not see or do this (see Visibility)
    };
    Code code = Code::Invalid;
    QString message;
    QList<FieldError> fieldErrors;
    QList<GateRefusal> refusals;
    QStringList conflictingFields;
    int currentVersion = 0;

    static Error invalid(QString message, QList<FieldError> fields = {})
    {
        return Error{Code::Invalid, std::move(message), std::move(fields), {}, {}, 0};
    }
    static Error notFound(QString message) { return Error{Code::NotFound, std::move(message), {}, {}, {}, 0}; }
    static Error forbidden(QString message, QList<FieldError> fields = {})
    {
        return Error{Code::Forbidden, std::move(message), std::move(fields), {}, {}, 0};
    }
    static Error storage(QString message) { return Error{Code::Storage, std::move(message), {}, {}, {}, 0}; }
    static Error schema(QString message) { return Error{Code::Schema, std::move(message), {}, {}, {}, 0}; }
};

template<typename T>
using Result = std::expected<T, Error>;

// Result<void> success value, spelled once.
inline Result<void> ok() { return {}; }

} // namespace lejek
