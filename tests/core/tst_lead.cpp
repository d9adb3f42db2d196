// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Lead: what counts as a filled field, and what a lead is called by.
#include "Lead.h"

#include <QDate>
#include <QTest>

using namespace lejek;
using namespace Qt::Literals::StringLiterals;

class TestLead : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void isFilled_data()
    {
        QTest::addColumn<QVariant>("value");
        QTest::addColumn<bool>("filled");
        QTest::newRow("missing") << QVariant() << false;
        QTest::newRow("null string") << QVariant(QMetaType::fromType<QString>()) << false;
        QTest::newRow("empty string") << QVariant(QString()) << false;
        QTest::newRow("blank string") << QVariant(u" \t"_s) << false;
        QTest::newRow("text") << QVariant(u"Acme"_s) << true;
        QTest::newRow("zero") << QVariant(qlonglong(0)) << true;
        QTest::newRow("date") << QVariant(QDate(2026, 1, 1)) << true;
        QTest::newRow("empty list") << QVariant(QStringList()) << false;
        QTest::newRow("one choice") << QVariant(QStringList {u"CRM"_s}) << true;
        QTest::newRow("two choices") << QVariant(QStringList {u"CRM"_s, u"ERP"_s}) << true;
    }
    void isFilled()
    {
        QFETCH(QVariant, value);
        QFETCH(bool, filled);
        Lead lead;
        if (value.isValid())
            lead.values.insert(u"f"_s, value);
        QCOMPARE(lead.isFilled(u"f"_s), filled);
    }

    // The company, else the person, else the e-mail, else the external id.
    void displayName_data()
    {
        QTest::addColumn<QVariantMap>("values");
        QTest::addColumn<QString>("name");
        QTest::newRow("company") << QVariantMap {{u"company"_s, u"Acme"_s}, {u"first_name"_s, u"Jan"_s},
            {u"email"_s, u"j@a.pl"_s}}
                                 << u"Acme"_s;
        QTest::newRow("person") << QVariantMap {{u"first_name"_s, u"Jan"_s}, {u"last_name"_s, u"Kowalski"_s},
            {u"email"_s, u"j@a.pl"_s}}
                                << u"Jan Kowalski"_s;
        QTest::newRow("last name only") << QVariantMap {{u"last_name"_s, u"Kowalski"_s}} << u"Kowalski"_s;
        QTest::newRow("blank company") << QVariantMap {{u"company"_s, u"  "_s}, {u"first_name"_s, u"Jan"_s}} << u"Jan"_s;
        QTest::newRow("e-mail") << QVariantMap {{u"email"_s, u"j@a.pl"_s}, {u"external_id"_s, u"X-1"_s}} << u"j@a.pl"_s;
        QTest::newRow("external id") << QVariantMap {{u"external_id"_s, u"X-1"_s}} << u"X-1"_s;
        QTest::newRow("nothing") << QVariantMap {} << QString();
    }
    void displayName()
    {
        QFETCH(QVariantMap, values);
        QFETCH(QString, name);
        Lead lead;
        lead.values = values;
        QCOMPARE(lead.displayName(), name);
    }
};

QTEST_APPLESS_MAIN(TestLead)
#include "tst_lead.moc"
