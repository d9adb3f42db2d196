// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChangeNotifier.h"

namespace lejek {

ChangeNotifier::ChangeNotifier(QObject *parent) : QObject(parent)
{
    qRegisterMetaType<lejek::LeadChange>();
}

void ChangeNotifier::post(const LeadChange &change)
{
    QMetaObject::invokeMethod(this, [this, change] { Q_EMIT leadsChanged(change); }, Qt::QueuedConnection);
}

} // namespace lejek
