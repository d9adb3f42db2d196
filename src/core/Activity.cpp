// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Activity.h"

namespace lejek {

using namespace Qt::Literals::StringLiterals;

const QStringList &Activity::loggableKinds()
{
    static const QStringList kinds{u"note"_s, u"call"_s, u"email_sent"_s, u"email_received"_s, u"meeting"_s,
                                   u"page_visit"_s, u"download"_s, u"form_sent"_s, u"webinar"_s,
                                   u"demo_request"_s, u"pricing_visit"_s, u"email_click"_s};
    return kinds;
}

const QStringList &Activity::contactKinds()
{
    static const QStringList kinds{u"call"_s, u"email_sent"_s, u"meeting"_s};
    return kinds;
}

} // namespace lejek
