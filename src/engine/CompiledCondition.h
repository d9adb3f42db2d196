// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ConditionExpr.h"
#include "FactSchema.h"
#include "Facts.h"

#include <QList>

#include <expected>

namespace lejek {

// A ConditionExpr bound to a FactSchema: field keys resolved to slots and operands
// parsed to the field's type once, so judging a lead is comparisons of plain values
// (the engine judges a million leads a second). Compiling is where a condition that
// can never be evaluated is refused: an unknown field, "employees > many", "between"
// over a text, "days since" a field that is not a date.
class CompiledCondition
{
public:
    CompiledCondition() = default; // holds always
    static std::expected<CompiledCondition, QString> compile(const ConditionExpr &expr, const FactSchema &schema);

    bool holds(const Facts &facts) const;

private:
    // A date operand: fixed (a Julian day) or relative to the facts' today ("+6m").
    struct DateOperand {
        qint64 julianDay = 0;
        int amount = 0;
        char unit = 0; // 0: fixed; 'd', 'w', 'm', 'y'
        qint64 resolve(const QDate &today) const;
    };
    struct Node {
        ConditionExpr::Kind kind = ConditionExpr::Kind::All;
        ConditionExpr::Op op = ConditionExpr::Op::Equals;
        FactSchema::Type type = FactSchema::Type::Text;   // compared as
        FactSchema::Type source = FactSchema::Type::Text; // the field's own type
        bool daysSince = false;
        int slot = 0;
        qint64 low = 0;  // numbers and days
        qint64 high = 0;
        DateOperand lowDate;
        DateOperand highDate;
        QStringList texts; // text operands (compared without case)
        QList<Node> children;
    };

    static std::expected<Node, QString> compileNode(const ConditionExpr &expr, const FactSchema &schema);
    static bool holds(const Node &node, const Facts &facts);
    static bool compareText(const Node &node, const FactValue &fact);
    static bool compareNumber(const Node &node, qint64 value, qint64 low, qint64 high);

    Node m_root;
};

} // namespace lejek
