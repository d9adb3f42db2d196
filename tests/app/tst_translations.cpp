// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The embedded Polish translation: the UI and the services' messages speak Polish,
// money and stage names follow the locale, and English keeps its plural forms.
#include "FieldDefinition.h"
#include "LeadFields.h"
#include "Money.h"
#include "PipelineTemplate.h"
#include "ValueParser.h"
#include "application/Translations.h"

#include <QCoreApplication>
#include <QTest>

using namespace lejek;
using namespace lejek::app;
using namespace Qt::Literals::StringLiterals;

class TestTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void choosesTheLanguage()
    {
        QCOMPARE(Translations::choose(u"pl"_s, QLocale(QLocale::English, QLocale::UnitedStates)), u"pl"_s);
        QCOMPARE(Translations::choose(u"EN"_s, QLocale(QLocale::Polish, QLocale::Poland)), u"en"_s);
        QCOMPARE(Translations::choose({}, QLocale(QLocale::Polish, QLocale::Poland)), u"pl"_s);
        QCOMPARE(Translations::choose({}, QLocale(QLocale::German, QLocale::Germany)), u"en"_s);
        QCOMPARE(Translations::choose(u"de"_s, QLocale(QLocale::German, QLocale::Germany)), u"en"_s);
        QCOMPARE(Translations::locale(u"pl"_s, QLocale(QLocale::English, QLocale::UnitedKingdom)).language(), QLocale::Polish);
        QCOMPARE(
            Translations::locale(u"en"_s, QLocale(QLocale::English, QLocale::UnitedKingdom)).territory(), QLocale::UnitedKingdom);
    }

    void polishUi()
    {
        Translations polish(u"pl"_s);
        QVERIFY(polish.install());
        QCOMPARE(QLocale().language(), QLocale::Polish);
        QCOMPARE(QCoreApplication::translate("lejek::app::MainWindow", "&File"), u"&Plik"_s);
        QCOMPARE(QCoreApplication::translate("lejek::app::MainWindow", "%1 lead(s) in this pipeline", nullptr, 1).arg(1),
            u"1 lead w tym lejku"_s);
        QCOMPARE(QCoreApplication::translate("lejek::app::MainWindow", "%1 lead(s) in this pipeline", nullptr, 3).arg(3),
            u"3 leady w tym lejku"_s);
        QCOMPARE(QCoreApplication::translate("lejek::app::MainWindow", "%1 lead(s) in this pipeline", nullptr, 25).arg(25),
            u"25 leadów w tym lejku"_s);
        // Qt's own texts too.
        QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), u"Anuluj"_s);
        // Stage names and money follow the default locale.
        QCOMPARE(PipelineTemplate::b2bFunnel().stages.at(5).displayName(QLocale()), u"Szansa sprzedażowa"_s);
        QCOMPARE(Money::format(1'234'500, u"PLN"_s), u"12\u00A0345\u00A0zł"_s);
    }

    void polishServiceMessages()
    {
        Translations polish(u"pl"_s);
        QVERIFY(polish.install());
        const auto email = ValueParser::parse(*LeadFields::find(u"email"_s), u"jan(at)acme"_s);
        QVERIFY(!email.has_value());
        QCOMPARE(email.error(), u"nie jest poprawnym adresem e-mail: jan(at)acme"_s);
        QCOMPARE(LeadFields::label(u"pains"_s), u"Główny problem"_s);
        QCOMPARE(LeadFields::label(u"lost_reason"_s), u"Powód przegranej"_s);
    }

    void englishKeepsItsPlurals()
    {
        Translations english(u"en"_s);
        QVERIFY(english.install());
        QCOMPARE(QCoreApplication::translate("lejek::app::MainWindow", "&File"), u"&File"_s);
        QCOMPARE(QCoreApplication::translate("lejek::app::MainWindow", "%1 lead(s) in this pipeline", nullptr, 1).arg(1),
            u"1 lead in this pipeline"_s);
        QCOMPARE(QCoreApplication::translate("lejek::app::MainWindow", "%1 lead(s) in this pipeline", nullptr, 2).arg(2),
            u"2 leads in this pipeline"_s);
    }

    void uninstalledOnDestruction()
    {
        {
            Translations polish(u"pl"_s);
            QVERIFY(polish.install());
        }
        QCOMPARE(QCoreApplication::translate("lejek::app::MainWindow", "&File"), u"&File"_s);
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
