// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
// LeadFields: the canonical keys of DOMAIN.md's lead card.
#include "LeadFields.h"

#include <QSet>
#include <QTest>

using namespace lejek;
using namespace Qt::Literals::StringLiterals;

class TestLeadFields : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Every editable key of the card table is there, with a fitting type.
    void canonicalKeysOfTheCard()
    {
        const QList<std::pair<QString, FieldType>> expected {{u"first_name"_s, FieldType::Text},
            {u"last_name"_s, FieldType::Text}, {u"job_title"_s, FieldType::Text}, {u"email"_s, FieldType::Email},
            {u"phone"_s, FieldType::Phone}, {u"company"_s, FieldType::Text}, {u"industry"_s, FieldType::Text},
            {u"employees"_s, FieldType::Integer}, {u"country"_s, FieldType::Text}, {u"city"_s, FieldType::Text},
            {u"website"_s, FieldType::Url}, {u"nip"_s, FieldType::Nip}, {u"source"_s, FieldType::Choice},
            {u"campaign"_s, FieldType::Text}, {u"pains"_s, FieldType::LongText}, {u"goals"_s, FieldType::LongText},
            {u"decision_date"_s, FieldType::Date}, {u"budget"_s, FieldType::Money}, {u"currency"_s, FieldType::Currency},
            {u"notes"_s, FieldType::LongText}, {u"next_step"_s, FieldType::Text}, {u"score"_s, FieldType::Integer},
            {u"value"_s, FieldType::Money}, {u"lost_reason"_s, FieldType::Text}, {u"external_id"_s, FieldType::Text}};
        for (const auto &[key, type] : expected) {
            const auto f = LeadFields::find(key);
            QVERIFY2(f.has_value(), qPrintable(key));
            QCOMPARE(f->type, type);
            QVERIFY(!f->custom);
            QVERIFY(!f->label.isEmpty());
        }
        // Keys are unique; state kept by the services is not editable through the catalogue.
        QSet<QString> keys;
        for (const FieldDefinition &f : LeadFields::canonical())
            keys.insert(f.key);
        QCOMPARE(keys.size(), LeadFields::canonical().size());
        for (const QString &state : {u"id"_s, u"stage"_s, u"pipeline"_s, u"version"_s, u"created_at"_s, u"closed_at"_s})
            QVERIFY2(!LeadFields::find(state).has_value(), qPrintable(state));
    }

    void labels()
    {
        QCOMPARE(LeadFields::label(u"employees"_s), u"Company size"_s);
        QCOMPARE(LeadFields::label(u"job_title"_s), u"Role"_s);
        QCOMPARE(LeadFields::label(u"colour"_s), u"colour"_s); // unknown: the key itself
    }

    void sourcesAndIdentity()
    {
        for (const QString &s : {u"form"_s, u"ads"_s, u"seo"_s, u"linkedin"_s, u"email_campaign"_s, u"webinar"_s, u"event"_s,
                 u"outbound"_s, u"referral"_s})
            QVERIFY2(LeadFields::sources().contains(s), qPrintable(s));
        QCOMPARE(LeadFields::find(u"source"_s)->choices, LeadFields::sources());
        QStringList identity = LeadFields::identityKeys();
        identity.sort();
        QCOMPARE(identity, (QStringList {u"company"_s, u"email"_s, u"external_id"_s, u"first_name"_s, u"last_name"_s}));
    }
};

QTEST_APPLESS_MAIN(TestLeadFields)
#include "tst_leadfields.moc"
