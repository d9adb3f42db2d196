// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "FieldArguments.h"

#include <QTest>

using namespace lejek::cli;
using namespace Qt::Literals::StringLiterals;

class TestFieldArguments : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parsesAssignments()
    {
        auto input = FieldArguments::parse({u"company=Acme = Co"_s, u"Email=jan@acme.pl"_s, u"notes="_s});
        QVERIFY(input.has_value());
        QCOMPARE(input->value(u"company"_s), u"Acme = Co"_s);
        QCOMPARE(input->value(u"email"_s), u"jan@acme.pl"_s); // keys are case-insensitive
        QVERIFY(input->contains(u"notes"_s));
        QCOMPARE(input->value(u"notes"_s), QString());
    }
    void refusesMalformedAndRepeated()
    {
        QVERIFY(!FieldArguments::parse({u"company"_s}).has_value());
        QVERIFY(!FieldArguments::parse({u"=x"_s}).has_value());
        QVERIFY(!FieldArguments::parse({u"1a=x"_s}).has_value());
        const auto twice = FieldArguments::parse({u"city=A"_s, u"CITY=B"_s});
        QVERIFY(!twice.has_value());
        QVERIFY(twice.error().contains(u"city"_s));
    }
};

QTEST_APPLESS_MAIN(TestFieldArguments)
#include "tst_fieldarguments.moc"
