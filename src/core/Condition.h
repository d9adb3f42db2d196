// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "FieldDefinition.h"

#include <QDate>
#include <QJsonObject>
#include <QString>
#include <QVariantMap>

#include <expected>

namespace lejek {

// One condition over a lead field: a stage's entry criterion ("budget > 50000",
// "decision_date <= +6m") and, later, a routing or automation condition.
// Money operands are in major units; date operands are ISO dates or relative to
// today: "today", "+14d", "-2w", "+6m", "+1y".
struct Condition {
    enum class Op { Filled, Equals, NotEquals, Greater, GreaterOrEqual, Less, LessOrEqual, OneOf };
    QString field;
    Op op = Op::Filled;
    QString operand;

    // "budget > 50000", "industry in software,it", "email filled".
    static std::expected<Condition, QString> parse(const QString &text);
    QString toText() const;
    QJsonObject toJson() const;
    static std::expected<Condition, QString> fromJson(const QJsonObject &object);

    // Checks the operand fits the field's type (so a stage cannot hold a criterion
    // that can never be evaluated).
    std::expected<void, QString> validateFor(const FieldDefinition &field) const;
    // True when the typed values meet the condition on that day.
    bool holds(const FieldDefinition &field, const QVariantMap &values, QDate today) const;
    // The criterion in words, for a refusal: "Budget > 50000".
    QString describe(const QString &fieldLabel) const;

    friend bool operator==(const Condition &, const Condition &) = default;
};

} // namespace lejek
