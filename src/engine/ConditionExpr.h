// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

#include <expected>

namespace lejek {

// Why a condition could not be read: where (a character offset in the text form, or a
// JSON path) and what was expected there, in words an admin reads.
struct ConditionError {
    qsizetype position = -1; // 0-based offset into the text; -1 for JSON
    QString path;            // JSON: "any[1].op"
    QString message;         // the whole sentence, position included
};

// A condition over a lead's facts, as routing rows, scoring rules and (next) automations
// hold it: comparisons of one field, combined with ALL / ANY and nested. Pure data, read
// from and written to a text form and JSON; CompiledCondition evaluates it.
//
// Text form (keywords in any case; a value with spaces or symbols is quoted):
//   employees >= 200 and industry = software
//   employees between 20 and 199 and country = PL
//   (source = event or source = webinar) and industry in (software, it)
//   job_title contains director and nip is not empty
//   days since last_activity_at >= 14 and stage changed
struct ConditionExpr {
    enum class Kind { Compare, All, Any };
    enum class Op {
        Equals, NotEquals, Greater, GreaterOrEqual, Less, LessOrEqual,
        In, NotIn, Contains, Between, IsEmpty, IsFilled, Changed,
    };

    Kind kind = Kind::All; // an empty All holds always
    // Compare: the field (a lead field's key, custom ones included) and, with daysSince,
    // the whole days from that date or time to now instead of its value.
    QString field;
    bool daysSince = false;
    Op op = Op::Equals;
    QStringList operands; // In / NotIn: the list; Between: low, high; IsEmpty/IsFilled/Changed: none
    QList<ConditionExpr> children; // All / Any

    static ConditionExpr always() { return {}; }
    static ConditionExpr compare(QString field, Op op, QStringList operands = {}, bool daysSince = false);
    static ConditionExpr all(QList<ConditionExpr> children);
    static ConditionExpr any(QList<ConditionExpr> children);
    bool isAlways() const { return kind == Kind::All && children.isEmpty(); }

    static std::expected<ConditionExpr, ConditionError> parse(const QString &text);
    // The text form parse() reads back to the same expression ("" for always).
    QString toText() const;

    // {"field": "employees", "op": ">=", "value": 200}, {"field": "industry", "op": "in",
    // "values": ["software", "it"]}, {"days_since": "last_activity_at", "op": ">", "value": 14},
    // {"all": [...]}, {"any": [...]}. Also a JSON string in the text form.
    QJsonValue toJson() const;
    static std::expected<ConditionExpr, ConditionError> fromJson(const QJsonValue &json);

    // Every field the condition names (an admin may not delete one a rule uses).
    QStringList fields() const;

    // The operator's text: "=", ">=", "in", "between", "is empty", ...
    static QString opText(Op op);
    static bool opFromText(const QString &text, Op *op);

    // Written out: QList's own == cannot see through a type that holds a list of itself.
    friend bool operator==(const ConditionExpr &a, const ConditionExpr &b);
};

} // namespace lejek
