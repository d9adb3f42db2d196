// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
// WebDomain: the company domain two leads are matched by.
#include "Lead.h"
#include "WebDomain.h"

#include <QTest>

using namespace lejek;
using namespace Qt::Literals::StringLiterals;

class TestWebDomain : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fromWebsite_data()
    {
        QTest::addColumn<QString>("website");
        QTest::addColumn<QString>("domain");
        QTest::newRow("bare") << u"acme.pl"_s << u"acme.pl"_s;
        QTest::newRow("scheme, www, path") << u"https://www.Acme.pl/kontakt?x=1"_s << u"acme.pl"_s;
        QTest::newRow("http and port") << u"http://shop.acme.pl:8080"_s << u"shop.acme.pl"_s;
        QTest::newRow("blanks and trailing dot") << u"  www.acme.pl. "_s << u"acme.pl"_s;
        QTest::newRow("no scheme, path") << u"acme.pl/o-nas"_s << u"acme.pl"_s;
        QTest::newRow("unicode host") << u"https://Łódź-Maszyny.pl"_s << u"łódź-maszyny.pl"_s;
        QTest::newRow("a bare word") << u"acme"_s << QString();
        QTest::newRow("empty") << QString() << QString();
        QTest::newRow("only a scheme") << u"https://"_s << QString();
    }
    void fromWebsite()
    {
        QFETCH(QString, website);
        QFETCH(QString, domain);
        QCOMPARE(WebDomain::fromWebsite(website), domain);
    }

    void fromEmailSkipsFreeMail_data()
    {
        QTest::addColumn<QString>("email");
        QTest::addColumn<QString>("domain");
        QTest::newRow("company") << u"jan.kowalski@Acme.pl"_s << u"acme.pl"_s;
        QTest::newRow("subdomain") << u"anna@sales.acme.com"_s << u"sales.acme.com"_s;
        QTest::newRow("wp.pl") << u"jan@wp.pl"_s << QString();
        QTest::newRow("gmail, any case") << u"jan@GMail.com"_s << QString();
        QTest::newRow("interia") << u"ola@interia.pl"_s << QString();
        QTest::newRow("no @") << u"jan.acme.pl"_s << QString();
        QTest::newRow("empty") << QString() << QString();
    }
    void fromEmailSkipsFreeMail()
    {
        QFETCH(QString, email);
        QFETCH(QString, domain);
        QCOMPARE(WebDomain::fromEmail(email), domain);
    }

    void leadPrefersItsWebsite()
    {
        Lead lead;
        lead.values.insert(u"email"_s, u"jan@acme-group.com"_s);
        QCOMPARE(WebDomain::of(lead), u"acme-group.com"_s);
        lead.values.insert(u"website"_s, u"www.acme.pl"_s);
        QCOMPARE(WebDomain::of(lead), u"acme.pl"_s);
        lead.values.insert(u"website"_s, u"acme"_s); // unreadable: the e-mail's
        QCOMPARE(WebDomain::of(lead), u"acme-group.com"_s);
        lead.values.insert(u"email"_s, u"jan@gmail.com"_s);
        QCOMPARE(WebDomain::of(lead), QString());
    }
};

QTEST_APPLESS_MAIN(TestWebDomain)
#include "tst_webdomain.moc"
