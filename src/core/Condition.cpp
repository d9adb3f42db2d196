// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Condition.h"

#include "ValueParser.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <array>
#include <utility>

namespace lejek {

using namespace Qt::Literals::StringLiterals;

namespace {

QString tr(const char *text) { return QCoreApplication::translate("lejek::Condition", text); }

// Longest symbols first so ">=" is not read as ">".
const std::array<std::pair<QLatin1StringView, Condition::Op>, 8> kSymbols{{
    {">="_L1, Condition::Op::GreaterOrEqual},
    {"<="_L1, Condition::Op::LessOrEqual},
    {"!="_L1, Condition::Op::NotEquals},
    {"="_L1, Condition::Op::Equals},
    {">"_L1, Condition::Op::Greater},
    {"<"_L1, Condition::Op::Less},
    {" in "_L1, Condition::Op::OneOf},
    {" filled"_L1, Condition::Op::Filled},
}};

QString symbol(Condition::Op op)
{
    for (const auto &[s, o] : kSymbols)
        if (o == op)
            return QString(s).trimmed();
    return {};
}

std::optional<QDate> resolveDate(const QString &operand, QDate today)
{
    static const QRegularExpression relative(u"^([+-]\\d+)([dwmy])$"_s);
    const QString t = operand.trimmed().toLower();
    if (t == u"today"_s)
        return today;
    if (const auto m = relative.match(t); m.hasMatch()) {
        const int n = m.captured(1).toInt();
        switch (m.captured(2).front().unicode()) {
        case 'd': return today.addDays(n);
        case 'w': return today.addDays(7LL * n);
        case 'm': return today.addMonths(n);
        case 'y': return today.addYears(n);
        default: break;
        }
    }
    return ValueParser::parseDate(operand);
}

// -1, 0, 1, or nullopt when the values cannot be compared.
std::optional<int> compare(const FieldDefinition &field, const QVariant &value, const QString &operand, QDate today)
{
    switch (field.type) {
    case FieldType::Integer:
    case FieldType::Money: {
        const auto parsed = ValueParser::parse(field, operand);
        if (!parsed || parsed->isNull())
            return std::nullopt;
        const qlonglong a = value.toLongLong();
        const qlonglong b = parsed->toLongLong();
        return a < b ? -1 : (a > b ? 1 : 0);
    }
    case FieldType::Date: {
        const auto b = resolveDate(operand, today);
        if (!b)
            return std::nullopt;
        const QDate a = value.toDate();
        return a < *b ? -1 : (a > *b ? 1 : 0);
    }
    default:
        return QString::compare(value.toString(), operand.trimmed(), Qt::CaseInsensitive) < 0
                   ? -1
                   : (QString::compare(value.toString(), operand.trimmed(), Qt::CaseInsensitive) > 0 ? 1 : 0);
    }
}

} // namespace

std::expected<Condition, QString> Condition::parse(const QString &text)
{
    const QString t = text.trimmed();
    for (const auto &[s, op] : kSymbols) {
        const qsizetype at = t.indexOf(s, 0, Qt::CaseInsensitive);
        if (at <= 0)
            continue;
        Condition c{t.left(at).trimmed(), op, t.mid(at + s.size()).trimmed()};
        if (op == Op::Filled) {
            if (!c.operand.isEmpty())
                continue;
        } else if (c.operand.isEmpty()) {
            return std::unexpected(tr("the condition \"%1\" has no value after the operator").arg(text));
        }
        if (c.field.contains(u' '))
            return std::unexpected(tr("\"%1\" is not a field key").arg(c.field));
        return c;
    }
    return std::unexpected(tr("cannot read the condition \"%1\" (expected e.g. \"budget > 50000\")").arg(text));
}

QString Condition::toText() const
{
    if (op == Op::Filled)
        return field + u" filled"_s;
    return u"%1 %2 %3"_s.arg(field, symbol(op), operand);
}

QJsonObject Condition::toJson() const
{
    return QJsonObject{{u"field"_s, field}, {u"op"_s, symbol(op)}, {u"value"_s, operand}};
}

std::expected<Condition, QString> Condition::fromJson(const QJsonObject &object)
{
    const QString opText = object.value(u"op"_s).toString();
    for (const auto &[s, op] : kSymbols)
        if (QString(s).trimmed() == opText)
            return Condition{object.value(u"field"_s).toString(), op, object.value(u"value"_s).toString()};
    return std::unexpected(tr("unknown operator \"%1\"").arg(opText));
}

std::expected<void, QString> Condition::validateFor(const FieldDefinition &def) const
{
    if (op == Op::Filled)
        return {};
    if (op == Op::OneOf) {
        if (operand.split(u',', Qt::SkipEmptyParts).isEmpty())
            return std::unexpected(tr("\"%1\" lists no values").arg(toText()));
        return {};
    }
    if (def.type == FieldType::Date) {
        if (!resolveDate(operand, QDate(2000, 1, 1)))
            return std::unexpected(tr("\"%1\" is not a date or a relative date like +6m").arg(operand));
        return {};
    }
    if (def.type == FieldType::Integer || def.type == FieldType::Money) {
        const auto parsed = ValueParser::parse(def, operand);
        if (!parsed)
            return std::unexpected(tr("\"%1\" %2").arg(def.key, parsed.error()));
    }
    return {};
}

bool Condition::holds(const FieldDefinition &def, const QVariantMap &values, QDate today) const
{
    const QVariant value = values.value(field);
    // A multi-choice value is a list: filled when it has an item, "in" when any item is.
    const QStringList items = value.typeId() == QMetaType::QStringList ? value.toStringList()
                              : (value.isValid() && !value.isNull() && !value.toString().isEmpty()) ? QStringList{value.toString()}
                                                                                                  : QStringList{};
    const bool filled = !items.isEmpty();
    if (op == Op::Filled)
        return filled;
    if (!filled)
        return false;
    if (op == Op::OneOf || (def.type == FieldType::MultiChoice && (op == Op::Equals || op == Op::NotEquals))) {
        bool any = false;
        for (const QString &option : operand.split(u',', Qt::SkipEmptyParts))
            for (const QString &item : items)
                any = any || option.trimmed().compare(item, Qt::CaseInsensitive) == 0;
        return op == Op::NotEquals ? !any : any;
    }
    const auto cmp = compare(def, value, operand, today);
    if (!cmp)
        return false;
    switch (op) {
    case Op::Equals: return *cmp == 0;
    case Op::NotEquals: return *cmp != 0;
    case Op::Greater: return *cmp > 0;
    case Op::GreaterOrEqual: return *cmp >= 0;
    case Op::Less: return *cmp < 0;
    case Op::LessOrEqual: return *cmp <= 0;
    default: return false;
    }
}

QString Condition::describe(const QString &fieldLabel) const
{
    if (op == Op::Filled)
        return tr("%1 is filled").arg(fieldLabel);
    if (op == Op::OneOf)
        return tr("%1 is one of %2").arg(fieldLabel, operand);
    return u"%1 %2 %3"_s.arg(fieldLabel, symbol(op), operand);
}

} // namespace lejek
