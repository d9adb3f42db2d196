// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "LostReason.h"

#include <QCoreApplication>

namespace lejek {

namespace {
// The labels of resources/sql/001_initial.sql, for lupdate.
[[maybe_unused]] constexpr const char *BuiltInLabels[] = {
    QT_TRANSLATE_NOOP("lejek::LostReason", "Price"),
    QT_TRANSLATE_NOOP("lejek::LostReason", "Timing"),
    QT_TRANSLATE_NOOP("lejek::LostReason", "Competition"),
    QT_TRANSLATE_NOOP("lejek::LostReason", "No fit"),
    QT_TRANSLATE_NOOP("lejek::LostReason", "No response"),
    QT_TRANSLATE_NOOP("lejek::LostReason", "Other"),
};
} // namespace

QString LostReason::displayLabel() const
{
    if (label.isEmpty())
        return code;
    // An unknown label comes back unchanged.
    return QCoreApplication::translate("lejek::LostReason", label.toUtf8().constData());
}

} // namespace lejek
