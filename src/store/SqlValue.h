// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "FieldType.h"

#include <QDateTime>
#include <QStringList>
#include <QVariant>

namespace lejek {

// Conversions between typed values and what the schema stores: times as UTC
// milliseconds, dates as ISO text, money and numbers as 64-bit integers.
class SqlValue
{
public:
    static QVariant fromTime(const QDateTime &time);
    static QDateTime toTime(const QVariant &value);
    static QVariant fromField(FieldType type, const QVariant &typed);
    static QVariant toField(FieldType type, const QVariant &stored);
    // NULL as Qt's drivers bind it: an invalid or null QVariant, a null QString or
    // QByteArray (a QVariant holding one is not isNull() in Qt 6), a null date or time.
    static bool isNull(const QVariant &value);
    static QVariant nullInt();
    static QVariant nullText();
    // A PostgreSQL array literal of `values`, each element quoted (quotes and
    // backslashes escaped), for CAST(? AS TEXT[]): many values bound as one.
    static QString arrayLiteral(const QStringList &values);
    // "12, 15, 40" for IN (...): ids are numbers, not text, so safe to write in (many
    // ids in one statement without binding each). No ids: "NULL", which matches none
    // (an empty IN list is not SQL).
    static QString idList(const QList<qint64> &ids);
    // "%text%" for LIKE ? ESCAPE '\': the text's own %, _ and backslash matched literally.
    static QString likePattern(const QString &text);
};

} // namespace lejek
