// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TimelineModel.h"

#include "application/FutureWatch.h"
#include "LeadFields.h"
#include "LeadService.h"

#include <QLocale>

namespace lejek::app {

using namespace Qt::Literals::StringLiterals;

TimelineModel::TimelineModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

void TimelineModel::setSource(LeadService *leads, const Principal &principal)
{
    m_leads = leads;
    m_principal = principal;
}

void TimelineModel::setLead(qint64 leadId)
{
    m_leadId = leadId;
    reload();
}

void TimelineModel::setCategories(const QList<TimelineEntry::Category> &categories)
{
    m_categories = categories;
    reload();
}

void TimelineModel::reload()
{
    ++m_epoch;
    beginResetModel();
    m_entries.clear();
    m_hasMore = false;
    m_loading = false;
    m_pages = 0;
    m_next = {};
    endResetModel();
    if (m_leads && m_leadId)
        request();
}

void TimelineModel::request()
{
    m_loading = true;
    TimelineRequest r{m_leadId, m_categories, m_pageSize, {}};
    if (m_pages > 0)
        r.before = m_next;
    FutureWatch::then(this, m_leads->timelinePage(m_principal, r), [this, epoch = m_epoch](const Result<TimelinePage> &page) {
        if (epoch != m_epoch)
            return;
        m_loading = false;
        if (!page) {
            Q_EMIT loadFailed(page.error().message);
            return;
        }
        if (!page->entries.isEmpty()) {
            beginInsertRows({}, static_cast<int>(m_entries.size()), static_cast<int>(m_entries.size() + page->entries.size() - 1));
            m_entries += page->entries;
            endInsertRows();
        }
        m_hasMore = page->hasMore;
        m_next = page->next;
        ++m_pages;
        Q_EMIT pageLoaded();
    });
}

int TimelineModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_entries.size());
}

bool TimelineModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_hasMore && !m_loading;
}

void TimelineModel::fetchMore(const QModelIndex &parent)
{
    if (canFetchMore(parent))
        request();
}

QString TimelineModel::kindLabel(const QString &kind)
{
    static const QHash<QString, const char *> labels{
        {u"note"_s, QT_TR_NOOP("Note")},
        {u"call"_s, QT_TR_NOOP("Call")},
        {u"email_sent"_s, QT_TR_NOOP("E-mail sent")},
        {u"email_received"_s, QT_TR_NOOP("E-mail received")},
        {u"meeting"_s, QT_TR_NOOP("Meeting")},
        {u"page_visit"_s, QT_TR_NOOP("Page visited")},
        {u"download"_s, QT_TR_NOOP("Material downloaded")},
        {u"form_sent"_s, QT_TR_NOOP("Form sent")},
        {u"webinar"_s, QT_TR_NOOP("Webinar")},
        {u"demo_request"_s, QT_TR_NOOP("Demo requested")},
        {u"pricing_visit"_s, QT_TR_NOOP("Pricing page visited")},
        {u"email_click"_s, QT_TR_NOOP("E-mail clicked")},
        {u"task_created"_s, QT_TR_NOOP("Task planned")},
        {u"task_done"_s, QT_TR_NOOP("Task done")},
        {u"task_rescheduled"_s, QT_TR_NOOP("Task rescheduled")},
        {u"task_cancelled"_s, QT_TR_NOOP("Task cancelled")},
        {u"created"_s, QT_TR_NOOP("Lead created")},
        {u"lost_comment"_s, QT_TR_NOOP("Lost, with a comment")},
        {u"merged"_s, QT_TR_NOOP("Merged")},
        {u"merged_into"_s, QT_TR_NOOP("Merged into another lead")},
        {u"routed"_s, QT_TR_NOOP("Routed")},
        {u"scored"_s, QT_TR_NOOP("Score")},
        {u"handoff"_s, QT_TR_NOOP("Handed off")},
        {u"engine_note"_s, QT_TR_NOOP("Not done by a rule")},
    };
    const char *label = labels.value(kind);
    return label ? tr(label) : kind;
}

QString TimelineModel::categoryLabel(TimelineEntry::Category category)
{
    using C = TimelineEntry::Category;
    switch (category) {
    case C::Stage: return tr("Stage changes");
    case C::FieldEdit: return tr("Field edits");
    case C::Note: return tr("Notes");
    case C::Call: return tr("Calls");
    case C::Email: return tr("E-mails");
    case C::Meeting: return tr("Meetings");
    case C::Behaviour: return tr("Online behaviour");
    case C::Task: return tr("Tasks");
    case C::Other: return tr("Other");
    }
    return {};
}

QString TimelineModel::what(const TimelineEntry &e)
{
    if (e.type == TimelineEntry::Type::StageChange)
        return e.fromStage.isEmpty() ? tr("Entered %1").arg(e.toStage) : tr("Stage: %1 → %2").arg(e.fromStage, e.toStage);
    const Activity &a = e.activity;
    if (a.kind == u"field_edit"_s) {
        const QString label = a.field == u"owner"_s ? tr("Owner") : LeadFields::label(a.field);
        return tr("%1: “%2” → “%3”").arg(label, a.oldValue, a.newValue);
    }
    if (a.kind == u"merged"_s)
        return tr("Lead %1 (%2) was merged into this one").arg(a.newValue, a.subject);
    if (a.kind == u"merged_into"_s)
        return tr("Merged into lead %1 (%2)").arg(a.newValue, a.subject);
    if (a.kind == u"data_note"_s) // an upgrade could not read a value and kept it
        return tr("%1 “%2” could not be read and was kept as it was: correct it on the card").arg(LeadFields::label(a.field), a.oldValue);
    const QString kind = kindLabel(a.kind);
    return a.subject.isEmpty() ? kind : tr("%1: %2").arg(kind, a.subject);
}

QString TimelineModel::detail(const TimelineEntry &e) const
{
    if (e.type == TimelineEntry::Type::StageChange) {
        if (!e.stageLeadId || e.stageLeadId == m_leadId)
            return e.note;
        // A move of a lead merged into this one: its own history, shown here.
        const QString whose = tr("Lead %1, merged into this one").arg(e.stageLeadId);
        return e.note.isEmpty() ? whose : tr("%1: %2").arg(whose, e.note);
    }
    const Activity &a = e.activity;
    if (a.kind == u"merged"_s && !a.body.isEmpty()) {
        // "key: value" per value the merged lead had and this one did not keep.
        QStringList lines;
        for (const QString &line : a.body.split(u'\n')) {
            const qsizetype colon = line.indexOf(u": "_s);
            const QString key = line.left(colon);
            const QString label = key == u"owner"_s ? tr("Owner") : LeadFields::label(key);
            lines.append(colon < 0 ? line : tr("%1: %2").arg(label, line.mid(colon + 2)));
        }
        return tr("Not kept from it: %1").arg(lines.join(u"; "_s));
    }
    return a.body;
}

QVariant TimelineModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_entries.size())
        return {};
    const TimelineEntry &e = m_entries.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case WhatRole:
        return what(e);
    case WhoWhenRole: {
        const QString when = QLocale().toString(e.at.toLocalTime(), QLocale::ShortFormat);
        QString who = e.rule.isEmpty() ? e.who : tr("rule “%1”").arg(e.rule);
        if (e.imported)
            who = tr("imported history");
        return who.isEmpty() ? when : tr("%1 · %2").arg(when, who);
    }
    case DetailRole:
        return detail(e);
    case CategoryRole:
        return static_cast<int>(e.category());
    case Qt::AccessibleTextRole:
        return what(e) + u". "_s + data(index, WhoWhenRole).toString();
    default:
        return {};
    }
}

} // namespace lejek::app
