// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "FieldDefinition.h"
#include "Facts.h"
#include "Lead.h"

#include <QHash>
#include <QList>
#include <QSet>

#include <optional>

namespace lejek {

// The facts a condition may name, each in its slot with the type it is compared as:
// the lead card's fields (canonical and the pipeline's custom ones) and the state the
// services keep (stage, owner, pipeline, created_at, stage_entered_at,
// last_activity_at, closed_at). Conditions are compiled against a schema once and
// then judge any number of leads.
class FactSchema
{
public:
    enum class Type { Text, Number, Money, Date, Instant, List };
    struct Slot {
        QString key;
        Type type = Type::Text;
        FieldDefinition field; // how an operand is parsed (numbers, money)
    };

    explicit FactSchema(const QList<FieldDefinition> &customFields = {});

    std::optional<int> slot(const QString &key) const;
    const Slot &at(int slot) const { return m_slots.at(slot); }
    int size() const { return int(m_slots.size()); }

    // A lead's facts: its values, its stage by name, its owner by name, and which keys
    // the write being judged changed ("stage" and "owner" included).
    Facts factsOf(const Lead &lead, const QString &stageName, const QDateTime &now, const QDate &today,
                  const QSet<QString> &changed = {}) const;
    // Sets one fact from a typed value as a lead holds it (ValueParser's types).
    void set(Facts &facts, int slot, const QVariant &value) const;

private:
    void add(const QString &key, Type type, const FieldDefinition &field = {});

    static constexpr int StateFacts = 6; // stage, owner and the four times
    QList<Slot> m_slots;
    QHash<QString, int> m_index;
    int m_firstState = 0;
};

} // namespace lejek
