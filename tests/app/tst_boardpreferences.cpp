// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
// What the board remembers per database and user, through QSettings in the test
// mode's own folder: the app's user, the last pipeline, the filter and sort, and the
// saved views, which come back into a new filter bar setting every control.
#include "filters/BoardFilterBar.h"
#include "filters/BoardPreferences.h"

#include <QComboBox>
#include <QFile>
#include <QJsonDocument>
#include <QLineEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace lejek;
using namespace lejek::app;
using namespace Qt::Literals::StringLiterals;

namespace {
const QString kSqlite = u"/home/anna/.local/share/lejek/lejek.sqlite"_s;
const QString kPostgres = u"postgresql://anna@db.firma.pl:5432/sales"_s;

BoardFilterState hotLeads()
{
    BoardFilterState s;
    s.text = u"Łódź"_s;
    s.owner = OwnerScope::MyTeam;
    s.source = u"linkedin"_s;
    s.campaign = u"Q2 \"ABM\" / 2026"_s;
    s.minScore = -20;
    s.maxScore = 70;
    s.rottingOnly = true;
    s.sort = LeadSort::Age;
    s.descending = false;
    return s;
}
} // namespace

class TestBoardPreferences : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"Lejek"_s);
        QCoreApplication::setApplicationName(u"tst_boardpreferences"_s);
        // The test mode's folder, never the user's real settings.
        const QString file = QSettings().fileName();
        QVERIFY2(file.startsWith(QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation)), qPrintable(file));
        QVERIFY(file.contains(u".qttest"_s));
    }

    void init() { QSettings().clear(); }

    void cleanupTestCase()
    {
        const QString file = QSettings().fileName();
        QSettings().clear();
        QFile::remove(file);
    }

    void stateSurvivesJson_data()
    {
        QTest::addColumn<int>("which");
        QTest::newRow("default") << 0;
        QTest::newRow("everything") << 1;
        QTest::newRow("one person") << 2;
    }
    void stateSurvivesJson()
    {
        QFETCH(int, which);
        BoardFilterState state = which == 1 ? hotLeads() : BoardFilterState{};
        if (which == 2) {
            state.owner = OwnerScope::User;
            state.ownerUserId = 42;
        }
        const QByteArray json = QJsonDocument(state.toJson()).toJson();
        QCOMPARE(BoardFilterState::fromJson(QJsonDocument::fromJson(json).object()), state);
    }

    // Settings from another version or edited by hand never stop the board opening.
    void malformedJsonGivesDefaults()
    {
        const auto parse = [](const char *json) { return BoardFilterState::fromJson(QJsonDocument::fromJson(json).object()); };
        QCOMPARE(parse("not json"), BoardFilterState{});
        QCOMPARE(parse(R"({"owner": "martians", "sort": "colour", "minScore": "high", "descending": 3})"), BoardFilterState{});
        QCOMPARE(parse(R"({"owner": "user"})").owner, OwnerScope::Everyone); // nobody named
        const BoardFilterState swapped = parse(R"({"minScore": 80, "maxScore": 10})");
        QCOMPARE(swapped.minScore, std::optional<int>(80));
        QCOMPARE(swapped.maxScore, std::optional<int>(80)); // never an empty range
        BoardPreferences prefs(kSqlite);
        QSettings().setValue(prefs.userGroup() + u"/filter"_s, u"{{{"_s);
        QSettings().setValue(prefs.userGroup() + u"/views"_s, u"[{\"name\": \"\"}, 7, {\"name\": \"Ok\"}]"_s);
        QCOMPARE(prefs.filterState(), BoardFilterState{});
        QCOMPARE(prefs.savedViews().size(), 1);
        QCOMPARE(prefs.savedViews().at(0).name, u"Ok"_s);
    }

    void everythingRoundTripsPerDatabaseAndUser()
    {
        {
            BoardPreferences prefs(kSqlite);
            QCOMPARE(prefs.currentUserId(), 0);
            QCOMPARE(prefs.lastPipelineId(), 0);
            prefs.setCurrentUserId(7);
            prefs.setLastPipelineId(3);
            prefs.setFilterState(hotLeads());
            prefs.setSavedViews({{u"Hot"_s, hotLeads()}, {u"Wszystkie"_s, BoardFilterState{}}});
        }
        QSettings().sync();
        BoardPreferences again(kSqlite);
        QCOMPARE(again.currentUserId(), 7);
        QCOMPARE(again.lastPipelineId(), 3);
        QCOMPARE(again.filterState(), hotLeads());
        const QList<SavedBoardView> expected{{u"Hot"_s, hotLeads()}, {u"Wszystkie"_s, BoardFilterState{}}};
        QCOMPARE(again.savedViews(), expected);

        // Another user of the same database starts from nothing, and back.
        again.setCurrentUserId(8);
        QCOMPARE(again.lastPipelineId(), 0);
        QCOMPARE(again.filterState(), BoardFilterState{});
        QVERIFY(again.savedViews().isEmpty());
        again.setLastPipelineId(5);
        again.setCurrentUserId(7);
        QCOMPARE(again.lastPipelineId(), 3);
        QCOMPARE(BoardPreferences(kSqlite).currentUserId(), 7);

        // Another database: its own user and settings.
        BoardPreferences postgres(kPostgres);
        QVERIFY(postgres.databaseGroup() != again.databaseGroup());
        QCOMPARE(postgres.currentUserId(), 0);
        QCOMPARE(postgres.lastPipelineId(), 0);
        QVERIFY(postgres.savedViews().isEmpty());
        // The location is kept readable beside its hashed group, without a password
        // (the caller passes ConnectionSettings::displayName()).
        QCOMPARE(QSettings().value(postgres.databaseGroup() + u"/location"_s).toString(), kPostgres);
    }

    // A view saved in one session is applied in the next: from the bar through
    // QSettings into a new bar, setting every control.
    void savedViewsComeBackIntoANewBar()
    {
        const QList<User> users{{7, u"Anna Nowak"_s, u"anna@firma.pl"_s, 3, u"AE Mid-Market PL"_s, u"rep"_s, true}};
        {
            BoardPreferences prefs(kSqlite);
            prefs.setCurrentUserId(7);
            BoardFilterBar bar;
            bar.setUsers(users);
            bar.setCurrentUserId(prefs.currentUserId());
            QObject::connect(&bar, &BoardFilterBar::savedViewsChanged, &bar,
                             [&prefs](const QList<SavedBoardView> &views) { prefs.setSavedViews(views); });
            QObject::connect(&bar, &BoardFilterBar::stateChanged, &bar,
                             [&prefs](const BoardFilterState &state) { prefs.setFilterState(state); });
            bar.setState(hotLeads());
            QVERIFY(bar.saveView(u"Hot"_s));
            bar.clearFilters();
        }
        QSettings().sync();
        BoardPreferences prefs(kSqlite);
        QCOMPARE(prefs.filterState().text, QString()); // the last state: cleared
        QCOMPARE(prefs.filterState().sort, LeadSort::Age);
        BoardFilterBar bar;
        bar.setUsers(users);
        bar.setCurrentUserId(prefs.currentUserId());
        bar.setState(prefs.filterState());
        bar.setSavedViews(prefs.savedViews());
        QSignalSpy filters(&bar, &BoardFilterBar::filterChanged);
        QVERIFY(bar.applyView(u"Hot"_s));
        QCOMPARE(bar.state(), hotLeads());
        QCOMPARE(filters.count(), 1);
        QCOMPARE(bar.filter().teamId, 3);
        QCOMPARE(bar.findChild<QLineEdit *>(u"search"_s)->text(), u"Łódź"_s);
        QCOMPARE(bar.findChild<QLineEdit *>(u"campaign"_s)->text(), u"Q2 \"ABM\" / 2026"_s);
        QCOMPARE(bar.findChild<QComboBox *>(u"source"_s)->currentData().toString(), u"linkedin"_s);
        QCOMPARE(bar.findChild<QComboBox *>(u"owner"_s)->currentData().toInt(), static_cast<int>(OwnerScope::MyTeam));
    }
};

QTEST_MAIN(TestBoardPreferences)
#include "tst_boardpreferences.moc"
