// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ConditionExpr.h"

#include "ConditionParser.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

#include <array>
#include <utility>

namespace lejek {

using namespace Qt::Literals::StringLiterals;

namespace {

QString tr(const char *text) { return QCoreApplication::translate("lejek::ConditionExpr", text); }

const std::array<std::pair<QLatin1StringView, ConditionExpr::Op>, 13> kOps{{
    {"="_L1, ConditionExpr::Op::Equals},
    {"!="_L1, ConditionExpr::Op::NotEquals},
    {">"_L1, ConditionExpr::Op::Greater},
    {">="_L1, ConditionExpr::Op::GreaterOrEqual},
    {"<"_L1, ConditionExpr::Op::Less},
    {"<="_L1, ConditionExpr::Op::LessOrEqual},
    {"in"_L1, ConditionExpr::Op::In},
    {"not in"_L1, ConditionExpr::Op::NotIn},
    {"contains"_L1, ConditionExpr::Op::Contains},
    {"between"_L1, ConditionExpr::Op::Between},
    {"is empty"_L1, ConditionExpr::Op::IsEmpty},
    {"is not empty"_L1, ConditionExpr::Op::IsFilled},
    {"changed"_L1, ConditionExpr::Op::Changed},
}};

int operandCount(ConditionExpr::Op op)
{
    switch (op) {
    case ConditionExpr::Op::IsEmpty:
    case ConditionExpr::Op::IsFilled:
    case ConditionExpr::Op::Changed: return 0;
    case ConditionExpr::Op::Between: return 2;
    case ConditionExpr::Op::In:
    case ConditionExpr::Op::NotIn: return -1; // one or more
    default: return 1;
    }
}

// A value the parser reads back as itself: bare when it is one plain word that is not
// a keyword, else quoted.
QString quoted(const QString &value)
{
    static const QStringList keywords{u"and"_s, u"or"_s, u"not"_s, u"in"_s, u"is"_s, u"empty"_s, u"contains"_s,
                                      u"between"_s, u"changed"_s, u"filled"_s, u"days"_s, u"since"_s};
    bool plain = !value.isEmpty() && !keywords.contains(value.toLower());
    for (const QChar c : value)
        plain = plain && !(c.isSpace() || u"(),\"'=<>!\\"_s.contains(c));
    if (plain)
        return value;
    QString escaped = value;
    escaped.replace(u"\\"_s, u"\\\\"_s).replace(u"\""_s, u"\\\""_s);
    return u'"' + escaped + u'"';
}

QJsonValue jsonOperand(const QString &value)
{
    bool isNumber = false;
    const qlonglong number = value.toLongLong(&isNumber);
    return isNumber && QString::number(number) == value ? QJsonValue(number) : QJsonValue(value);
}

std::expected<QString, ConditionError> operandOf(const QJsonValue &value, const QString &path)
{
    if (value.isString())
        return value.toString();
    if (value.isDouble()) {
        const double d = value.toDouble();
        return d == qint64(d) ? QString::number(qint64(d)) : QString::number(d, 'g', 15);
    }
    if (value.isBool())
        return value.toBool() ? u"true"_s : u"false"_s;
    return std::unexpected(ConditionError{-1, path, QCoreApplication::translate("lejek::ConditionExpr", "%1: expected a text or a number").arg(path)});
}

ConditionError jsonError(const QString &path, const QString &what)
{
    return ConditionError{-1, path, u"%1: %2"_s.arg(path.isEmpty() ? u"condition"_s : path, what)};
}

} // namespace

ConditionExpr ConditionExpr::compare(QString field, Op op, QStringList operands, bool daysSince)
{
    ConditionExpr e;
    e.kind = Kind::Compare;
    e.field = std::move(field);
    e.op = op;
    e.operands = std::move(operands);
    e.daysSince = daysSince;
    return e;
}

ConditionExpr ConditionExpr::all(QList<ConditionExpr> children)
{
    ConditionExpr e;
    e.kind = Kind::All;
    e.children = std::move(children);
    return e;
}

ConditionExpr ConditionExpr::any(QList<ConditionExpr> children)
{
    ConditionExpr e;
    e.kind = Kind::Any;
    e.children = std::move(children);
    return e;
}

std::expected<ConditionExpr, ConditionError> ConditionExpr::parse(const QString &text)
{
    return ConditionParser(text).parse();
}

QString ConditionExpr::toText() const
{
    if (kind != Kind::Compare) {
        QStringList parts;
        for (const ConditionExpr &child : children) {
            // A nested group keeps its brackets, so the text reads back to the same tree.
            const bool group = child.kind != Kind::Compare;
            parts.append(group ? u'(' + child.toText() + u')' : child.toText());
        }
        return parts.join(kind == Kind::All ? u" and "_s : u" or "_s);
    }
    QString text = (daysSince ? u"days since "_s : QString()) + field + u' ' + opText(op);
    switch (op) {
    case Op::IsEmpty:
    case Op::IsFilled:
    case Op::Changed: return text;
    case Op::In:
    case Op::NotIn: {
        QStringList items;
        for (const QString &operand : operands)
            items.append(quoted(operand));
        return text + u" ("_s + items.join(u", "_s) + u')';
    }
    case Op::Between: return text + u' ' + quoted(operands.value(0)) + u" and "_s + quoted(operands.value(1));
    default: return text + u' ' + quoted(operands.value(0));
    }
}

QJsonValue ConditionExpr::toJson() const
{
    if (kind != Kind::Compare) {
        QJsonArray items;
        for (const ConditionExpr &child : children)
            items.append(child.toJson());
        return QJsonObject{{kind == Kind::All ? u"all"_s : u"any"_s, items}};
    }
    QJsonObject object{{daysSince ? u"days_since"_s : u"field"_s, field}, {u"op"_s, opText(op)}};
    if (operandCount(op) == 1) {
        object.insert(u"value"_s, jsonOperand(operands.value(0)));
    } else if (operandCount(op) != 0) {
        QJsonArray values;
        for (const QString &operand : operands)
            values.append(jsonOperand(operand));
        object.insert(u"values"_s, values);
    }
    return object;
}

std::expected<ConditionExpr, ConditionError> ConditionExpr::fromJson(const QJsonValue &json)
{
    // One recursive walk that knows where it is, for the error's path.
    struct Reader {
        std::expected<ConditionExpr, ConditionError> read(const QJsonValue &value, const QString &path)
        {
            if (value.isString()) {
                auto parsed = ConditionExpr::parse(value.toString());
                if (!parsed)
                    return std::unexpected(jsonError(path, parsed.error().message));
                return parsed;
            }
            if (!value.isObject())
                return std::unexpected(jsonError(path, tr("expected an object or a condition in words")));
            const QJsonObject object = value.toObject();
            for (const auto &[key, kind] : {std::pair{u"all"_s, Kind::All}, std::pair{u"any"_s, Kind::Any}}) {
                if (!object.contains(key))
                    continue;
                if (!object.value(key).isArray())
                    return std::unexpected(jsonError(path, tr("\"%1\" must be a list of conditions").arg(key)));
                QList<ConditionExpr> children;
                const QJsonArray items = object.value(key).toArray();
                for (qsizetype i = 0; i < items.size(); ++i) {
                    const QString at = (path.isEmpty() ? key : path + u'.' + key) + u'[' + QString::number(i) + u']';
                    auto child = read(items.at(i), at);
                    if (!child)
                        return child;
                    children.append(std::move(*child));
                }
                return kind == Kind::All ? ConditionExpr::all(std::move(children)) : ConditionExpr::any(std::move(children));
            }
            const bool daysSince = object.contains(u"days_since"_s);
            const QString field = object.value(daysSince ? u"days_since"_s : u"field"_s).toString();
            if (field.isEmpty())
                return std::unexpected(jsonError(path, tr("expected \"field\", \"days_since\", \"all\" or \"any\"")));
            const QString opName = object.value(u"op"_s).toString();
            const QString opPath = path.isEmpty() ? u"op"_s : path + u".op"_s;
            Op op;
            if (!opFromText(opName, &op))
                return std::unexpected(jsonError(opPath, tr("unknown operator \"%1\"").arg(opName)));
            QStringList operands;
            if (object.value(u"values"_s).isArray()) {
                const QJsonArray values = object.value(u"values"_s).toArray();
                for (qsizetype i = 0; i < values.size(); ++i) {
                    auto operand = operandOf(values.at(i), (path.isEmpty() ? u"values"_s : path + u".values"_s) + u'['
                                                               + QString::number(i) + u']');
                    if (!operand)
                        return std::unexpected(operand.error());
                    operands.append(*operand);
                }
            } else if (object.contains(u"value"_s)) {
                auto operand = operandOf(object.value(u"value"_s), path.isEmpty() ? u"value"_s : path + u".value"_s);
                if (!operand)
                    return std::unexpected(operand.error());
                // A stage criterion of schema 1 wrote "in" with one comma-separated value.
                operands = (op == Op::In || op == Op::NotIn) ? operand->split(u',', Qt::SkipEmptyParts) : QStringList{*operand};
                for (QString &o : operands)
                    o = o.trimmed();
            }
            const int wanted = operandCount(op);
            if ((wanted >= 0 && operands.size() != wanted) || (wanted < 0 && operands.isEmpty()))
                return std::unexpected(jsonError(path, wanted == 2   ? tr("\"between\" needs \"values\": [low, high]")
                                                       : wanted == 0 ? tr("\"%1\" takes no value").arg(opName)
                                                       : wanted < 0  ? tr("\"%1\" needs \"values\": [...]").arg(opName)
                                                                     : tr("\"%1\" needs a \"value\"").arg(opName)));
            return ConditionExpr::compare(field, op, operands, daysSince);
        }
    };
    return Reader{}.read(json, {});
}

QStringList ConditionExpr::fields() const
{
    if (kind == Kind::Compare)
        return {field};
    QStringList keys;
    for (const ConditionExpr &child : children)
        for (const QString &key : child.fields())
            if (!keys.contains(key))
                keys.append(key);
    return keys;
}

bool operator==(const ConditionExpr &a, const ConditionExpr &b)
{
    if (a.kind != b.kind || a.field != b.field || a.daysSince != b.daysSince || a.op != b.op || a.operands != b.operands
        || a.children.size() != b.children.size())
        return false;
    for (qsizetype i = 0; i < a.children.size(); ++i)
        if (!(a.children.at(i) == b.children.at(i)))
            return false;
    return true;
}

QString ConditionExpr::opText(Op op)
{
    for (const auto &[text, o] : kOps)
        if (o == op)
            return text;
    return {};
}

bool ConditionExpr::opFromText(const QString &text, Op *op)
{
    const QString t = text.trimmed().toLower();
    for (const auto &[name, o] : kOps)
        if (t == name) {
            *op = o;
            return true;
        }
    const std::array<std::pair<QLatin1StringView, Op>, 3> aliases{{{"=="_L1, Op::Equals}, {"<>"_L1, Op::NotEquals}, {"filled"_L1, Op::IsFilled}}};
    for (const auto &[name, o] : aliases)
        if (t == name) {
            *op = o;
            return true;
        }
    return false;
}

} // namespace lejek
