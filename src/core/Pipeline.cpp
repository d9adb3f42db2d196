// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Pipeline.h"

#include "LeadFields.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace lejek {

const Stage *Pipeline::stage(qint64 stageId) const
{
    for (const Stage &s : stages)
        if (s.id == stageId)
            return &s;
    return nullptr;
}

const Stage *Pipeline::stageByName(const QString &text) const
{
    for (const Stage &s : stages)
        if (s.matchesName(text))
            return &s;
    return nullptr;
}

const Stage *Pipeline::firstStage() const
{
    for (const Stage &s : stages)
        if (s.kind == StageKind::Open)
            return &s;
    return stages.isEmpty() ? nullptr : &stages.front();
}

bool Pipeline::decidesSla(const Stage &to, const Stage &clock) const
{
    if (to.kind != StageKind::Open)
        return true;
    if (const Stage *sql = stageByName(QStringLiteral("SQL")))
        return to.position >= sql->position;
    return to.position > clock.position;
}

std::optional<FieldDefinition> Pipeline::field(const QString &key) const
{
    if (auto canonical = LeadFields::find(key))
        return canonical;
    for (const FieldDefinition &f : customFields)
        if (f.key == key)
            return f;
    return std::nullopt;
}

QString Pipeline::labelOf(const QString &key) const
{
    const auto f = field(key);
    return f ? LeadFields::label(*f) : LeadFields::label(key);
}

QList<FieldDefinition> Pipeline::fields() const
{
    return LeadFields::canonical() + customFields;
}

Result<void> Pipeline::validate() const
{
    using namespace Qt::Literals::StringLiterals;
    const auto tr = [](const char *s) { return QCoreApplication::translate("lejek::Pipeline", s); };
    QList<FieldError> errors;
    if (name.trimmed().isEmpty() || name.size() > 100)
        errors.append({u"name"_s, tr("must be 1 to 100 characters")});
    if (stages.isEmpty())
        errors.append({u"stages"_s, tr("a pipeline needs at least one stage")});
    if (std::none_of(stages.begin(), stages.end(), [](const Stage &s) { return s.kind == StageKind::Open; }))
        errors.append({u"stages"_s, tr("a pipeline needs at least one open stage")});
    QStringList seen;
    QStringList customKeys;
    // A key is named in conditions, mappings and the API: lower-case letters, digits and _.
    static const QRegularExpression keyPattern(u"^[a-z][a-z0-9_]{0,39}$"_s);
    for (const FieldDefinition &f : customFields) {
        if (LeadFields::find(f.key) || customKeys.contains(f.key) || f.key.isEmpty())
            errors.append({f.key, tr("a custom field needs a new, unique key")});
        else if (!keyPattern.match(f.key).hasMatch())
            errors.append({f.key, tr("a field key is 1 to 40 lower-case letters, digits and _, starting with a letter")});
        if ((f.type == FieldType::Choice || f.type == FieldType::MultiChoice) && f.choices.isEmpty())
            errors.append({f.key, tr("a choice field needs its choices")});
        customKeys.append(f.key);
    }
    for (const Stage &s : stages) {
        const QString stageName = s.name.trimmed();
        if (stageName.isEmpty() || stageName.size() > 60)
            errors.append({u"stages"_s, tr("a stage name must be 1 to 60 characters")});
        // Stages are found by any of their names, so no name may be used twice.
        QStringList names{stageName};
        for (const QString &translatedName : s.translated)
            if (translatedName.trimmed().compare(stageName, Qt::CaseInsensitive) != 0)
                names.append(translatedName.trimmed());
        for (const QString &n : names) {
            if (seen.contains(n.toLower()))
                errors.append({stageName, tr("two stages are named \"%1\"").arg(n)});
            seen.append(n.toLower());
        }
        if (s.probability < 0 || s.probability > 100)
            errors.append({stageName, tr("win probability must be between 0 and 100")});
        if (s.rottingDays < 0)
            errors.append({stageName, tr("rotting days cannot be negative")});
        if (s.slaFirstContactMinutes < 0 || s.slaDecisionMinutes < 0)
            errors.append({stageName, tr("SLA minutes cannot be negative")});
        for (const QString &key : s.requiredFields)
            if (!field(key))
                errors.append({stageName, tr("requires \"%1\", which is not a field").arg(key)});
        for (const Condition &c : s.criteria) {
            const auto f = field(c.field);
            if (!f)
                errors.append({stageName, tr("has a criterion on \"%1\", which is not a field").arg(c.field)});
            else if (auto valid = c.validateFor(*f); !valid)
                errors.append({stageName, valid.error()});
        }
    }
    if (errors.isEmpty())
        return {};
    QStringList parts;
    for (const FieldError &e : errors)
        parts.append(u"%1: %2"_s.arg(e.field, e.reason));
    return std::unexpected(Error::invalid(parts.join(u"; "_s), errors));
}

} // namespace lejek
