// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CompiledCondition.h"

#include "ValueParser.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <string_view>

namespace lejek {

using namespace Qt::Literals::StringLiterals;

namespace {

QString tr(const char *text) { return QCoreApplication::translate("lejek::CompiledCondition", text); }

constexpr qint64 kDayMs = 86'400'000;
constexpr qint64 kJulianDayOfEpoch = 2'440'588; // 1970-01-01

bool isOrdering(ConditionExpr::Op op)
{
    using Op = ConditionExpr::Op;
    return op == Op::Greater || op == Op::GreaterOrEqual || op == Op::Less || op == Op::LessOrEqual || op == Op::Between;
}

} // namespace

qint64 CompiledCondition::DateOperand::resolve(const QDate &today) const
{
    switch (unit) {
    case 'd': return today.toJulianDay() + amount;
    case 'w': return today.toJulianDay() + 7LL * amount;
    case 'm': return today.addMonths(amount).toJulianDay();
    case 'y': return today.addYears(amount).toJulianDay();
    default: return julianDay;
    }
}

std::expected<CompiledCondition, QString> CompiledCondition::compile(const ConditionExpr &expr, const FactSchema &schema)
{
    auto root = compileNode(expr, schema);
    if (!root)
        return std::unexpected(root.error());
    CompiledCondition compiled;
    compiled.m_root = std::move(*root);
    return compiled;
}

std::expected<CompiledCondition::Node, QString> CompiledCondition::compileNode(const ConditionExpr &expr,
                                                                               const FactSchema &schema)
{
    using Op = ConditionExpr::Op;
    using Type = FactSchema::Type;
    Node node;
    node.kind = expr.kind;
    if (expr.kind != ConditionExpr::Kind::Compare) {
        for (const ConditionExpr &child : expr.children) {
            auto compiled = compileNode(child, schema);
            if (!compiled)
                return compiled;
            node.children.append(std::move(*compiled));
        }
        return node;
    }
    const auto slot = schema.slot(expr.field);
    if (!slot)
        return std::unexpected(tr("unknown field \"%1\"").arg(expr.field));
    node.slot = *slot;
    node.op = expr.op;
    node.daysSince = expr.daysSince;
    node.source = schema.at(*slot).type;
    node.type = expr.daysSince ? Type::Number : node.source;
    const Type fieldType = node.source;
    const QString text = expr.toText();
    if (expr.daysSince && fieldType != Type::Date && fieldType != Type::Instant)
        return std::unexpected(tr("\"%1\": \"days since\" needs a date field, and %2 is not one").arg(text, expr.field));
    if (expr.daysSince && expr.op == Op::Changed)
        return std::unexpected(tr("\"%1\": \"changed\" takes the field itself, not \"days since\"").arg(text));
    if (isOrdering(expr.op) && (node.type == Type::List || (node.type == Type::Text && expr.op == Op::Between)))
        return std::unexpected(tr("\"%1\": %2 cannot be compared by size").arg(text, expr.field));

    for (qsizetype i = 0; i < expr.operands.size(); ++i) {
        const QString &operand = expr.operands.at(i);
        switch (node.type) {
        case Type::Number:
        case Type::Money: {
            // Money is written in major units ("budget > 50000") and held in minor ones.
            FieldDefinition field = expr.daysSince ? FieldDefinition{} : schema.at(*slot).field;
            if (expr.daysSince)
                field.type = FieldType::Integer;
            const auto parsed = ValueParser::parse(field, operand);
            if (!parsed || parsed->isNull())
                return std::unexpected(tr("\"%1\": \"%2\" is not a number").arg(text, operand));
            (i == 0 ? node.low : node.high) = parsed->toLongLong();
            if (expr.op == Op::In || expr.op == Op::NotIn)
                node.texts.append(QString::number(parsed->toLongLong()));
            break;
        }
        case Type::Date:
        case Type::Instant: {
            static const QRegularExpression relative(u"^([+-]\\d{1,4})([dwmy])$"_s);
            DateOperand date;
            const QString t = operand.trimmed().toLower();
            if (t == u"today"_s) {
                date.unit = 'd';
            } else if (const auto m = relative.match(t); m.hasMatch()) {
                date.amount = m.captured(1).toInt();
                date.unit = char(m.captured(2).front().unicode());
            } else if (const auto day = ValueParser::parseDate(operand)) {
                date.julianDay = day->toJulianDay();
            } else {
                return std::unexpected(tr("\"%1\": \"%2\" is not a date (2026-06-30) or a relative one (today, +14d, -2w, +6m)")
                                           .arg(text, operand));
            }
            (i == 0 ? node.lowDate : node.highDate) = date;
            if (expr.op == Op::In || expr.op == Op::NotIn || expr.op == Op::Contains)
                return std::unexpected(tr("\"%1\": a date is compared with =, <, > or between").arg(text));
            break;
        }
        case Type::Text:
        case Type::List: node.texts.append(operand.trimmed().toCaseFolded()); break; // as the facts hold them
        }
    }
    return node;
}

bool CompiledCondition::holds(const Facts &facts) const { return holds(m_root, facts); }

bool CompiledCondition::holds(const Node &node, const Facts &facts)
{
    using Op = ConditionExpr::Op;
    switch (node.kind) {
    case ConditionExpr::Kind::All:
        for (const Node &child : node.children)
            if (!holds(child, facts))
                return false;
        return true;
    case ConditionExpr::Kind::Any:
        for (const Node &child : node.children)
            if (holds(child, facts))
                return true;
        return false;
    case ConditionExpr::Kind::Compare: break;
    }
    const FactValue &fact = facts.values.at(node.slot);
    switch (node.op) {
    case Op::IsEmpty: return !fact.filled;
    case Op::IsFilled: return fact.filled;
    case Op::Changed: return fact.changed;
    default: break;
    }
    // An empty field meets no comparison, "!=" and "not in" included: a rule over a
    // field says nothing of a lead that has not told us.
    if (!fact.filled)
        return false;
    if (node.daysSince) {
        // Whole days from the fact to now; a date counts calendar days to today.
        const qint64 elapsed = facts.now.toMSecsSinceEpoch() - fact.number;
        const qint64 days = node.source == FactSchema::Type::Date
                                ? facts.today.toJulianDay() - fact.number
                                : (elapsed >= 0 ? elapsed / kDayMs : (elapsed - kDayMs + 1) / kDayMs);
        return compareNumber(node, days, node.low, node.high);
    }
    switch (node.type) {
    case FactSchema::Type::Text:
    case FactSchema::Type::List: return compareText(node, fact);
    case FactSchema::Type::Number:
    case FactSchema::Type::Money: return compareNumber(node, fact.number, node.low, node.high);
    case FactSchema::Type::Date: {
        return compareNumber(node, fact.number, node.lowDate.resolve(facts.today), node.highDate.resolve(facts.today));
    }
    case FactSchema::Type::Instant: {
        // An instant compared with a date is compared by its UTC day.
        const qint64 day = (fact.number >= 0 ? fact.number / kDayMs : (fact.number - kDayMs + 1) / kDayMs) + kJulianDayOfEpoch;
        return compareNumber(node, day, node.lowDate.resolve(facts.today), node.highDate.resolve(facts.today));
    }
    }
    return false;
}

bool CompiledCondition::compareNumber(const Node &node, qint64 value, qint64 low, qint64 high)
{
    using Op = ConditionExpr::Op;
    switch (node.op) {
    case Op::Equals: return value == low;
    case Op::NotEquals: return value != low;
    case Op::Greater: return value > low;
    case Op::GreaterOrEqual: return value >= low;
    case Op::Less: return value < low;
    case Op::LessOrEqual: return value <= low;
    case Op::Between: return value >= low && value <= high;
    case Op::In:
    case Op::NotIn: {
        const bool found = node.texts.contains(QString::number(value));
        return node.op == Op::In ? found : !found;
    }
    case Op::Contains: return QString::number(value).contains(node.texts.value(0));
    default: return false;
    }
}

bool CompiledCondition::compareText(const Node &node, const FactValue &fact)
{
    using Op = ConditionExpr::Op;
    const auto equalsAnOperand = [&node](const QString &item) {
        for (const QString &operand : node.texts)
            if (item == operand)
                return true;
        return false;
    };
    // The standard library's search: a plain first-character scan, several times faster
    // than QString::contains() on the short texts a lead holds.
    const auto containsOperand = [&node](const QString &item) {
        const QStringView needle(node.texts.front());
        const QStringView haystack(item);
        return std::u16string_view(haystack.utf16(), size_t(haystack.size())).find(std::u16string_view(needle.utf16(), size_t(needle.size())))
               != std::u16string_view::npos;
    };
    // A multi-choice holds a list: "=", "in" and "contains" mean any of its items.
    const bool list = node.type == FactSchema::Type::List;
    const auto anyItem = [&](auto &&test) {
        if (!list)
            return test(fact.text);
        for (const QString &item : fact.items)
            if (test(item))
                return true;
        return false;
    };
    switch (node.op) {
    case Op::Equals:
    case Op::In: return anyItem(equalsAnOperand);
    case Op::NotEquals:
    case Op::NotIn: return !anyItem(equalsAnOperand);
    case Op::Contains: return anyItem(containsOperand);
    case Op::Greater: return fact.text.compare(node.texts.value(0)) > 0;
    case Op::GreaterOrEqual: return fact.text.compare(node.texts.value(0)) >= 0;
    case Op::Less: return fact.text.compare(node.texts.value(0)) < 0;
    case Op::LessOrEqual: return fact.text.compare(node.texts.value(0)) <= 0;
    default: return false;
    }
}

} // namespace lejek
