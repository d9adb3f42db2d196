// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TimelineEntry.h"

namespace lejek {

using namespace Qt::Literals::StringLiterals;

namespace {
struct KindsOfCategory {
    TimelineEntry::Category category;
    QStringList kinds;
};

const QList<KindsOfCategory> &kindTable()
{
    using C = TimelineEntry::Category;
    static const QList<KindsOfCategory> table{
        {C::FieldEdit, {u"field_edit"_s}},
        {C::Note, {u"note"_s}},
        {C::Call, {u"call"_s}},
        {C::Email, {u"email_sent"_s, u"email_received"_s}},
        {C::Meeting, {u"meeting"_s}},
        {C::Behaviour, {u"page_visit"_s, u"download"_s, u"form_sent"_s, u"webinar"_s, u"demo_request"_s,
                        u"pricing_visit"_s, u"email_click"_s}},
        {C::Task, {u"task_created"_s, u"task_done"_s, u"task_rescheduled"_s, u"task_cancelled"_s}},
    };
    return table;
}
} // namespace

TimelineEntry::Category TimelineEntry::category() const
{
    return type == Type::StageChange ? Category::Stage : categoryOf(activity.kind);
}

TimelineEntry::Category TimelineEntry::categoryOf(const QString &activityKind)
{
    for (const auto &row : kindTable())
        if (row.kinds.contains(activityKind))
            return row.category;
    return Category::Other;
}

QStringList TimelineEntry::kindsOf(Category category)
{
    for (const auto &row : kindTable())
        if (row.category == category)
            return row.kinds;
    return {};
}

const QList<TimelineEntry::Category> &TimelineEntry::categories()
{
    static const QList<Category> all{Category::Stage, Category::FieldEdit, Category::Note, Category::Call, Category::Email,
                                     Category::Meeting, Category::Behaviour, Category::Task, Category::Other};
    return all;
}

} // namespace lejek
