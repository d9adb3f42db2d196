// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "BoardPreferences.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSettings>

namespace lejek::app {

using namespace Qt::Literals::StringLiterals;

namespace {
// A location holds '/' and ':' that QSettings reads as groups: keys use its hash.
QString groupOf(const QString &location)
{
    const QByteArray hash = QCryptographicHash::hash(location.toUtf8(), QCryptographicHash::Sha256).toHex().left(16);
    return u"boards/"_s + QString::fromLatin1(hash);
}
} // namespace

BoardPreferences::BoardPreferences(const QString &databaseLocation) : m_group(groupOf(databaseLocation))
{
    QSettings settings;
    // For a person reading the settings file: which database the hash stands for.
    settings.setValue(m_group + u"/location"_s, databaseLocation);
    m_userId = settings.value(m_group + u"/currentUser"_s).toLongLong();
}

void BoardPreferences::setCurrentUserId(qint64 userId)
{
    m_userId = userId;
    QSettings().setValue(m_group + u"/currentUser"_s, userId);
}

QString BoardPreferences::userGroup() const
{
    return m_group + u"/user-"_s + QString::number(m_userId);
}

qint64 BoardPreferences::lastPipelineId() const
{
    return QSettings().value(userGroup() + u"/pipeline"_s).toLongLong();
}

void BoardPreferences::setLastPipelineId(qint64 pipelineId)
{
    QSettings().setValue(userGroup() + u"/pipeline"_s, pipelineId);
}

BoardFilterState BoardPreferences::filterState() const
{
    const QByteArray json = QSettings().value(userGroup() + u"/filter"_s).toByteArray();
    return BoardFilterState::fromJson(QJsonDocument::fromJson(json).object());
}

void BoardPreferences::setFilterState(const BoardFilterState &state)
{
    QSettings().setValue(userGroup() + u"/filter"_s,
                         QString::fromUtf8(QJsonDocument(state.toJson()).toJson(QJsonDocument::Compact)));
}

QList<SavedBoardView> BoardPreferences::savedViews() const
{
    const QByteArray json = QSettings().value(userGroup() + u"/views"_s).toByteArray();
    QList<SavedBoardView> views;
    for (const QJsonValue &v : QJsonDocument::fromJson(json).array()) {
        const QJsonObject view = v.toObject();
        const QString name = view.value(u"name"_s).toString().trimmed();
        if (name.isEmpty())
            continue; // nothing to show it by in the menu
        views.append(SavedBoardView{name, BoardFilterState::fromJson(view.value(u"filter"_s).toObject())});
    }
    return views;
}

void BoardPreferences::setSavedViews(const QList<SavedBoardView> &views)
{
    QJsonArray array;
    for (const SavedBoardView &view : views)
        array.append(QJsonObject{{u"name"_s, view.name}, {u"filter"_s, view.state.toJson()}});
    QSettings().setValue(userGroup() + u"/views"_s, QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact)));
}

} // namespace lejek::app
