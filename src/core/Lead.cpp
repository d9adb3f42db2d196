// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Lead.h"

#include "LeadFields.h"

#include <QStringList>

#include <algorithm>

namespace lejek {

using namespace Qt::Literals::StringLiterals;

bool Lead::isFilled(const QString &key) const
{
    const QVariant v = values.value(key);
    if (!v.isValid() || v.isNull())
        return false;
    if (v.typeId() == QMetaType::QStringList)
        return !v.toStringList().isEmpty();
    return !v.toString().trimmed().isEmpty();
}

bool Lead::isNameable() const
{
    return std::any_of(LeadFields::identityKeys().begin(), LeadFields::identityKeys().end(),
                       [this](const QString &key) { return isFilled(key); });
}

QString Lead::contactName() const
{
    return QStringList{values.value(u"first_name"_s).toString(), values.value(u"last_name"_s).toString()}
        .join(u' ')
        .trimmed();
}

QString Lead::displayName() const
{
    if (isFilled(u"company"_s))
        return values.value(u"company"_s).toString();
    if (const QString person = contactName(); !person.isEmpty())
        return person;
    if (isFilled(u"email"_s))
        return values.value(u"email"_s).toString();
    return values.value(u"external_id"_s).toString();
}

} // namespace lejek
