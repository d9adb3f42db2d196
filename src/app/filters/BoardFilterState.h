// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "LeadFilter.h"
#include "User.h"

#include <QJsonObject>
#include <QString>

#include <optional>

namespace lejek::app {

// Whose leads the board shows. Me and MyTeam follow whoever uses the app, so a saved
// view "my rotting leads" means the same to every user who applies it.
enum class OwnerScope { Everyone, Me, MyTeam, User };

// Everything the filter bar sets: the filter as the user chose it (owner as a scope,
// not an id) and the sort. What BoardPreferences keeps and a saved view holds.
struct BoardFilterState {
    QString text;
    OwnerScope owner = OwnerScope::Everyone;
    qint64 ownerUserId = 0; // OwnerScope::User
    QString source;
    QString campaign;
    std::optional<int> minScore;
    std::optional<int> maxScore;
    bool rottingOnly = false;
    LeadSort sort = LeadSort::LastActivity;
    bool descending = true;

    // The store's filter for `me` (the app's user; nullopt when nobody is chosen, and
    // then Me and MyTeam show everyone's leads). A user without a team is a team of one.
    LeadFilter toLeadFilter(const std::optional<User> &me) const;

    QJsonObject toJson() const;
    // Unknown or malformed members keep their defaults: settings written by another
    // version never stop the board from opening.
    static BoardFilterState fromJson(const QJsonObject &json);

    friend bool operator==(const BoardFilterState &, const BoardFilterState &) = default;
};

// A named BoardFilterState the user saved from the Views menu.
struct SavedBoardView {
    QString name;
    BoardFilterState state;

    friend bool operator==(const SavedBoardView &, const SavedBoardView &) = default;
};

} // namespace lejek::app
