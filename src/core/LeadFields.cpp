// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "LeadFields.h"

#include <QCoreApplication>

namespace lejek {

using namespace Qt::Literals::StringLiterals;

namespace {

QList<FieldDefinition> makeCanonical()
{
    auto f = [](const char *key, FieldType type, const char *label, QStringList choices = {}) {
        return FieldDefinition{QString::fromLatin1(key), type, QString::fromUtf8(label), std::move(choices), false, 0};
    };
    return {
        f("first_name", FieldType::Text, QT_TRANSLATE_NOOP("lejek::LeadFields", "First name")),
        f("last_name", FieldType::Text, QT_TRANSLATE_NOOP("lejek::LeadFields", "Last name")),
        f("job_title", FieldType::Text, QT_TRANSLATE_NOOP("lejek::LeadFields", "Role")),
        f("email", FieldType::Email, QT_TRANSLATE_NOOP("lejek::LeadFields", "E-mail")),
        f("phone", FieldType::Phone, QT_TRANSLATE_NOOP("lejek::LeadFields", "Phone")),
        f("company", FieldType::Text, QT_TRANSLATE_NOOP("lejek::LeadFields", "Company")),
        f("industry", FieldType::Text, QT_TRANSLATE_NOOP("lejek::LeadFields", "Industry")),
        f("employees", FieldType::Integer, QT_TRANSLATE_NOOP("lejek::LeadFields", "Company size")),
        f("country", FieldType::Text, QT_TRANSLATE_NOOP("lejek::LeadFields", "Country")),
        f("city", FieldType::Text, QT_TRANSLATE_NOOP("lejek::LeadFields", "City")),
        f("website", FieldType::Url, QT_TRANSLATE_NOOP("lejek::LeadFields", "Website")),
        f("nip", FieldType::Nip, QT_TRANSLATE_NOOP("lejek::LeadFields", "NIP")),
        f("source", FieldType::Choice, QT_TRANSLATE_NOOP("lejek::LeadFields", "Source"), LeadFields::sources()),
        f("campaign", FieldType::Text, QT_TRANSLATE_NOOP("lejek::LeadFields", "Campaign")),
        f("pains", FieldType::LongText, QT_TRANSLATE_NOOP("lejek::LeadFields", "Main pain")),
        f("goals", FieldType::LongText, QT_TRANSLATE_NOOP("lejek::LeadFields", "Goals")),
        f("decision_date", FieldType::Date, QT_TRANSLATE_NOOP("lejek::LeadFields", "Decision date")),
        f("budget", FieldType::Money, QT_TRANSLATE_NOOP("lejek::LeadFields", "Budget")),
        f("currency", FieldType::Currency, QT_TRANSLATE_NOOP("lejek::LeadFields", "Currency")),
        f("notes", FieldType::LongText, QT_TRANSLATE_NOOP("lejek::LeadFields", "Notes")),
        f("next_step", FieldType::Text, QT_TRANSLATE_NOOP("lejek::LeadFields", "Next step")),
        f("score", FieldType::Integer, QT_TRANSLATE_NOOP("lejek::LeadFields", "Score")),
        f("value", FieldType::Money, QT_TRANSLATE_NOOP("lejek::LeadFields", "Deal value")),
        f("lost_reason", FieldType::Text, QT_TRANSLATE_NOOP("lejek::LeadFields", "Lost reason")),
        f("external_id", FieldType::Text, QT_TRANSLATE_NOOP("lejek::LeadFields", "External id")),
    };
}

} // namespace

const QList<FieldDefinition> &LeadFields::canonical()
{
    static const QList<FieldDefinition> fields = makeCanonical();
    return fields;
}

std::optional<FieldDefinition> LeadFields::find(const QString &key)
{
    for (const auto &field : canonical())
        if (field.key == key)
            return field;
    return std::nullopt;
}

QString LeadFields::label(const FieldDefinition &field)
{
    return field.custom ? field.label : label(field.key);
}

QString LeadFields::label(const QString &key)
{
    if (const auto field = find(key))
        return QCoreApplication::translate("lejek::LeadFields", field->label.toUtf8().constData());
    return key;
}

const QStringList &LeadFields::sources()
{
    static const QStringList list{u"form"_s, u"ads"_s, u"seo"_s, u"linkedin"_s, u"email_campaign"_s,
                                  u"webinar"_s, u"event"_s, u"outbound"_s, u"referral"_s, u"other"_s,
                                  u"existing_customer"_s};
    return list;
}

QString LeadFields::unnamedReason()
{
    return QCoreApplication::translate("lejek::LeadFields", "a lead needs a company, a person's name, an e-mail or an external id");
}

const QStringList &LeadFields::identityKeys()
{
    static const QStringList keys{u"company"_s, u"first_name"_s, u"last_name"_s, u"email"_s, u"external_id"_s};
    return keys;
}

bool LeadFields::isMergeable(const QString &key)
{
    return key != QLatin1String("score") && key != QLatin1String("lost_reason");
}

} // namespace lejek
