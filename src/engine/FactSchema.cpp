// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "FactSchema.h"

#include "LeadFields.h"

namespace lejek {

using namespace Qt::Literals::StringLiterals;

namespace {

FactSchema::Type typeOf(FieldType type)
{
    switch (type) {
    case FieldType::Integer: return FactSchema::Type::Number;
    case FieldType::Money: return FactSchema::Type::Money;
    case FieldType::Date: return FactSchema::Type::Date;
    case FieldType::MultiChoice: return FactSchema::Type::List;
    default: return FactSchema::Type::Text;
    }
}

} // namespace

FactSchema::FactSchema(const QList<FieldDefinition> &customFields)
{
    for (const FieldDefinition &field : LeadFields::canonical())
        add(field.key, typeOf(field.type), field);
    for (const FieldDefinition &field : customFields)
        if (!m_index.contains(field.key))
            add(field.key, typeOf(field.type), field);
    // The state facts, in the order factsOf() fills them.
    m_firstState = int(m_slots.size());
    for (const char *key : {"stage", "owner"})
        add(QString::fromLatin1(key), Type::Text);
    for (const char *key : {"created_at", "stage_entered_at", "last_activity_at", "closed_at"})
        add(QString::fromLatin1(key), Type::Instant);
}

void FactSchema::add(const QString &key, Type type, const FieldDefinition &field)
{
    m_index.insert(key, int(m_slots.size()));
    m_slots.append(Slot{key, type, field});
}

std::optional<int> FactSchema::slot(const QString &key) const
{
    const auto it = m_index.constFind(key);
    return it == m_index.cend() ? std::nullopt : std::optional<int>(*it);
}

void FactSchema::set(Facts &facts, int slot, const QVariant &value) const
{
    FactValue &fact = facts.values[slot];
    const bool changed = fact.changed;
    fact = FactValue{};
    fact.changed = changed;
    if (!value.isValid() || value.isNull())
        return;
    switch (m_slots.at(slot).type) {
    case Type::Number:
    case Type::Money:
        fact.number = value.toLongLong();
        fact.filled = true;
        return;
    case Type::Date:
        fact.number = value.toDate().toJulianDay();
        fact.filled = value.toDate().isValid();
        return;
    case Type::Instant: {
        // Asked of an invalid time, toMSecsSinceEpoch() reads the time-zone files.
        const QDateTime at = value.toDateTime();
        fact.filled = at.isValid();
        fact.number = fact.filled ? at.toMSecsSinceEpoch() : 0;
        return;
    }
    case Type::List:
        for (const QString &item : value.toStringList())
            fact.items.append(item.toCaseFolded());
        fact.filled = !fact.items.isEmpty();
        return;
    case Type::Text:
        fact.text = value.toString().toCaseFolded();
        fact.filled = !fact.text.isEmpty();
        return;
    }
}

Facts FactSchema::factsOf(const Lead &lead, const QString &stageName, const QDateTime &now, const QDate &today,
                          const QSet<QString> &changed) const
{
    Facts facts{QList<FactValue>(m_slots.size()), now, today};
    // The lead's own values, each to its slot; the state the services keep by its key.
    for (auto it = lead.values.cbegin(); it != lead.values.cend(); ++it)
        if (const auto found = m_index.constFind(it.key()); found != m_index.cend())
            set(facts, *found, it.value());
    const QVariant state[] = {stageName, lead.ownerName, lead.createdAt, lead.stageEnteredAt, lead.lastActivityAt, lead.closedAt};
    for (int i = 0; i < StateFacts; ++i)
        set(facts, m_firstState + i, state[i]);
    for (const QString &key : changed)
        if (const auto found = m_index.constFind(key); found != m_index.cend())
            facts.values[*found].changed = true;
    return facts;
}

} // namespace lejek
