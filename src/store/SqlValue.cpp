// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SqlValue.h"

#include <QDate>
#include <QStringList>

namespace lejek {

using namespace Qt::Literals::StringLiterals;

QVariant SqlValue::nullInt() { return QVariant(QMetaType::fromType<qlonglong>()); }
QVariant SqlValue::nullText() { return QVariant(QMetaType::fromType<QString>()); }

QVariant SqlValue::fromTime(const QDateTime &time)
{
    return time.isValid() ? QVariant(time.toMSecsSinceEpoch()) : nullInt();
}

bool SqlValue::isNull(const QVariant &value)
{
    if (value.isNull())
        return true;
    switch (value.typeId()) {
    case QMetaType::QString: return static_cast<const QString *>(value.constData())->isNull();
    case QMetaType::QByteArray: return static_cast<const QByteArray *>(value.constData())->isNull();
    case QMetaType::QDateTime: return static_cast<const QDateTime *>(value.constData())->isNull();
    case QMetaType::QDate: return static_cast<const QDate *>(value.constData())->isNull();
    case QMetaType::QTime: return static_cast<const QTime *>(value.constData())->isNull();
    default: return false;
    }
}

QDateTime SqlValue::toTime(const QVariant &value)
{
    if (value.isNull())
        return {};
    return QDateTime::fromMSecsSinceEpoch(value.toLongLong(), Qt::UTC);
}

QVariant SqlValue::fromField(FieldType type, const QVariant &typed)
{
    const bool empty = !typed.isValid() || typed.isNull();
    switch (type) {
    case FieldType::Integer:
    case FieldType::Money:
        return empty ? nullInt() : QVariant(typed.toLongLong());
    case FieldType::Date:
        return empty ? nullText() : QVariant(typed.toDate().toString(Qt::ISODate));
    case FieldType::MultiChoice:
        return empty ? nullText() : QVariant(typed.toStringList().join(u';'));
    default:
        return empty ? nullText() : QVariant(typed.toString());
    }
}

QVariant SqlValue::toField(FieldType type, const QVariant &stored)
{
    if (stored.isNull())
        return {};
    switch (type) {
    case FieldType::Integer:
    case FieldType::Money:
        return stored.toLongLong();
    case FieldType::Date:
        return QDate::fromString(stored.toString(), Qt::ISODate);
    case FieldType::MultiChoice:
        return stored.toString().split(u';', Qt::SkipEmptyParts);
    default:
        return stored.toString();
    }
}

QString SqlValue::arrayLiteral(const QStringList &values)
{
    QString text = u"{"_s;
    for (qsizetype i = 0; i < values.size(); ++i) {
        QString element = values[i];
        element.replace(u"\\"_s, u"\\\\"_s).replace(u"\""_s, u"\\\""_s);
        text += (i ? u",\""_s : u"\""_s) + element + u"\""_s;
    }
    return text + u"}"_s;
}

QString SqlValue::likePattern(const QString &text)
{
    QString escaped = text;
    escaped.replace(u"\\"_s, u"\\\\"_s).replace(u"%"_s, u"\\%"_s).replace(u"_"_s, u"\\_"_s);
    return u"%"_s + escaped + u"%"_s;
}

QString SqlValue::idList(const QList<qint64> &ids)
{
    if (ids.isEmpty())
        return u"NULL"_s;
    QStringList list;
    list.reserve(ids.size());
    for (qint64 id : ids)
        list.append(QString::number(id));
    return list.join(u", "_s);
}

} // namespace lejek
