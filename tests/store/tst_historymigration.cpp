// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Migration 004 on SQLite and PostgreSQL: a version-3 database keeps every row of its
// history, and gains owner changes by id and its stages' first configuration version.
#include "EngineValueRepository.h"
#include "HistoryRepository.h"
#include "TimelineRepository.h"
#include "Migrator.h"
#include "OldSchemaRows.h"
#include "PipelineRepository.h"
#include "StageVersionRepository.h"
#include "StoreTest.h"

#include <QFile>

using namespace lejek;
using namespace lejek::test;
using namespace Qt::Literals::StringLiterals;

namespace {
// Every line of every lead's timeline, and the leads' versions: what must survive.
Result<QStringList> timelineLines(Database &db, const QList<Pipeline> &pipelines);

Result<QStringList> historyText(Database &db)
{
    // The pipelines as every schema version has them (the timeline names stages): not
    // PipelineRepository, which reads version 4's tables.
    QList<Pipeline> pipelines;
    auto stages = db.exec(u"SELECT pipeline_id, id, name FROM stages ORDER BY pipeline_id, position"_s);
    if (!stages)
        return std::unexpected(stages.error());
    while ((*stages)->next()) {
        if (pipelines.isEmpty() || pipelines.last().id != (*stages)->value(0).toLongLong())
            pipelines.append(Pipeline{(*stages)->value(0).toLongLong(), {}, {}, {}, {}, {}});
        Stage stage;
        stage.id = (*stages)->value(1).toLongLong();
        stage.name = (*stages)->value(2).toString();
        pipelines.last().stages.append(stage);
    }
    (*stages)->finish();
    // Timelines read leads.merged_into (schema 9): an older schema is read through a
    // temporary view that adds it, empty, in front of the table (both backends look in
    // the temporary schema first).
    auto version = Migrator::currentVersion(db);
    if (!version)
        return std::unexpected(version.error());
    const bool shimmed = *version < 9;
    if (shimmed) {
        const QString table = db.dialect().kind() == SqlDialect::Kind::SQLite ? u"main.leads"_s : u"public.leads"_s;
        if (auto r = db.execScript(u"CREATE TEMP VIEW leads AS SELECT l.*, CAST(NULL AS BIGINT) AS merged_into FROM %1 l"_s.arg(table)); !r)
            return std::unexpected(r.error());
    }
    auto lines = timelineLines(db, pipelines);
    if (shimmed)
        if (auto r = db.execScript(u"DROP VIEW leads"_s); !r)
            return std::unexpected(r.error());
    return lines;
}

Result<QStringList> timelineLines(Database &db, const QList<Pipeline> &pipelines)
{
    QStringList lines;
    for (const Pipeline &pipeline : pipelines) {
        auto ids = db.exec(u"SELECT id, version FROM leads WHERE pipeline_id = ? ORDER BY id"_s, {pipeline.id});
        if (!ids)
            return std::unexpected(ids.error());
        QList<std::pair<qint64, int>> leads;
        while ((*ids)->next())
            leads.append({(*ids)->value(0).toLongLong(), (*ids)->value(1).toInt()});
        (*ids)->finish();
        for (const auto &[id, version] : leads) {
            lines.append(u"lead %1 v%2"_s.arg(id).arg(version));
            auto timeline = TimelineRepository(db).all(pipeline, id);
            if (!timeline)
                return std::unexpected(timeline.error());
            for (const TimelineEntry &e : *timeline)
                lines.append(QStringList{e.at.toString(Qt::ISODateWithMs), e.who, e.rule, e.fromStage, e.toStage, e.note,
                                         e.activity.kind, e.activity.subject, e.activity.body, e.activity.field,
                                         e.activity.oldValue, e.activity.newValue}
                                 .join(u'|'));
        }
    }
    return lines;
}

qint64 userNamed(Database &db, const QString &name)
{
    auto id = db.scalar(u"SELECT id FROM users WHERE name = ?"_s, {name});
    return id ? id->toLongLong() : -1;
}
} // namespace

class TestHistoryMigration : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestDatabase> m_test;

    std::unique_ptr<Database> open() { return openOrWarn(m_test->settings()); }

private Q_SLOTS:
    void initTestCase_data() { addBackendRows(); }

    void init()
    {
        QFETCH_GLOBAL(TestDatabase::Kind, kind);
        m_test = std::make_unique<TestDatabase>(kind);
        QString why;
        if (!m_test->isAvailable(&why))
            QSKIP(qPrintable(why));
    }

    void cleanup() { m_test.reset(); }

    // Rows as version 3 wrote them: the owner edit (by name) becomes an owner change by
    // id, the stages get their first version, and the timeline reads as before.
    void versionThreeRowsAreCarriedOver()
    {
        auto db = open();
        QVERIFY(db);
        QVERIFY(Migrator::migrate(*db, 3).has_value());
        auto written = writeOldRows(*db);
        QVERIFY2(written.has_value(), LEJEK_MESSAGE(written));
        auto before = historyText(*db);
        QVERIFY2(before.has_value(), LEJEK_MESSAGE(before));
        QCOMPARE(before->size(), 1 + 5);

        auto migrated = Migrator::migrate(*db);
        QVERIFY2(migrated.has_value(), LEJEK_MESSAGE(migrated));
        QCOMPARE(Migrator::currentVersion(*db).value(), Migrator::latestVersion());
        QCOMPARE(historyText(*db).value(), *before);

        HistoryRepository history(*db);
        QCOMPARE(history.ownerAsOf(1, oldRowsAt(0)).value(), qint64(1));
        QCOMPARE(history.ownerAsOf(1, oldRowsAt(1).addMSecs(-1)).value(), qint64(1));
        QCOMPARE(history.ownerAsOf(1, oldRowsAt(1)).value(), qint64(2));
        auto changes = db->exec(u"SELECT from_user_id, to_user_id, changed_at, user_id FROM owner_changes"_s);
        QVERIFY(changes && (*changes)->next());
        QCOMPARE((*changes)->value(0).toLongLong(), qint64(1));
        QCOMPARE((*changes)->value(1).toLongLong(), qint64(2));
        QCOMPARE((*changes)->value(2).toLongLong(), oldRowsAt(1).toMSecsSinceEpoch());
        QCOMPARE((*changes)->value(3).toLongLong(), qint64(1));
        QVERIFY(!(*changes)->next());
        (*changes)->finish();

        auto versions = StageVersionRepository(*db).history(1);
        QVERIFY2(versions.has_value(), LEJEK_MESSAGE(versions));
        QCOMPARE(versions->size(), 2);
        for (const StageVersion &v : *versions) {
            QCOMPARE(v.change, StageVersion::Change::Created);
            QCOMPARE(v.validFrom, oldRowsAt(0));
            QCOMPARE(v.changedBy, qint64(0));
        }
        auto pipeline = PipelineRepository(*db).load(1);
        QVERIFY(pipeline.has_value());
        QCOMPARE(StageVersion::asOf(*versions, oldRowsAt(5)), pipeline->stages);
        QCOMPARE(pipeline->stages.first().translated.value(u"pl"_s), u"Nowe"_s);
        QCOMPARE(pipeline->stages.first().slaDecisionMinutes, 2880);

        // The engine's columns exist, empty; the lead's score is what it was.
        auto engine = EngineValueRepository(*db).read(1);
        QVERIFY2(engine.has_value(), LEJEK_MESSAGE(engine));
        QCOMPARE(*engine, EngineValueRepository::Values{});
    }

    // A database the previous release made and worked in (lejek-cli demo, owner edits,
    // a lost lead reactivated: see data/README.md) opens with its history intact.
    void demoDatabaseOfVersionThreeOpensIntact()
    {
        if (m_test->settings().isPostgres())
            QSKIP("the saved database is an SQLite file");
        QFile::remove(m_test->settings().path);
        QVERIFY(QFile::copy(QStringLiteral(LEJEK_TEST_DATA_DIR "/lejek-v3-demo.sqlite"), m_test->settings().path));
        QFile::setPermissions(m_test->settings().path, QFile::ReadOwner | QFile::WriteOwner);
        auto db = open();
        QVERIFY(db);
        QCOMPARE(Migrator::currentVersion(*db).value(), 3);
        auto before = historyText(*db);
        QVERIFY2(before.has_value(), LEJEK_MESSAGE(before));
        QCOMPARE(before->size(), 120 + 450 + 404); // a line per lead, stage change and activity

        auto migrated = Migrator::migrate(*db);
        QVERIFY2(migrated.has_value(), LEJEK_MESSAGE(migrated));
        auto after = historyText(*db);
        QVERIFY2(after.has_value(), LEJEK_MESSAGE(after));
        // Schema 7 adds a note to each lead whose phone libphonenumber cannot read (the
        // demo's made-up foreign numbers), and changes nothing else.
        QStringList notes;
        for (const QString &line : std::as_const(*after))
            if (line.contains(u"|schema 7|"_s))
                notes.append(line);
        for (const QString &note : std::as_const(notes)) {
            QVERIFY2(note.contains(u"|data_note|"_s) && note.contains(u"|phone|"_s), qPrintable(note));
            after->removeOne(note);
        }
        QCOMPARE(notes.size(), 3);
        QCOMPARE(*after, *before);

        // Lead 106 went from Michał Kozłowski to Paweł Mazur to Zofia Michalska; lead
        // 105 from Aleksandra Krawczyk to nobody.
        const qint64 michal = userNamed(*db, u"Michał Kozłowski"_s), pawel = userNamed(*db, u"Paweł Mazur"_s),
                     zofia = userNamed(*db, u"Zofia Michalska"_s), aleksandra = userNamed(*db, u"Aleksandra Krawczyk"_s);
        HistoryRepository history(*db);
        const QDateTime created(QDate(2026, 2, 20), QTime(15, 0), Qt::UTC);
        const QDateTime firstEdit = QDateTime::fromMSecsSinceEpoch(1796415857064, Qt::UTC);
        const QDateTime secondEdit = QDateTime::fromMSecsSinceEpoch(1796415857095, Qt::UTC);
        QCOMPARE(history.ownerAsOf(106, created).value(), michal);
        QCOMPARE(history.ownerAsOf(106, firstEdit).value(), pawel);
        QCOMPARE(history.ownerAsOf(106, secondEdit).value(), zofia);
        QCOMPARE(history.ownerAsOf(105, created).value(), aleksandra);
        QCOMPARE(history.ownerAsOf(105, secondEdit.addSecs(1)).value(), qint64(0));
        QCOMPARE(db->scalar(u"SELECT COUNT(*) FROM owner_changes"_s)->toInt(), 3);

        auto pipeline = PipelineRepository(*db).loadAll();
        QVERIFY(pipeline.has_value() && pipeline->size() == 1);
        auto versions = StageVersionRepository(*db).history(pipeline->first().id);
        QVERIFY(versions.has_value());
        QCOMPARE(versions->size(), 8);
        QCOMPARE(StageVersion::asOf(*versions, secondEdit), pipeline->first().stages);
        // Schema 6: the template's guidance, in both languages, on the stage and its versions.
        const Stage *sql = pipeline->first().stageByName(u"SQL"_s);
        QVERIFY(sql);
        QVERIFY2(sql->guidanceText(QLocale(QLocale::Polish)).startsWith(u"Spełnia kryteria biznesowe"_s),
                 qPrintable(sql->guidanceText(QLocale(QLocale::Polish))));
        QVERIFY(sql->guidanceText(QLocale(QLocale::English)).startsWith(u"Meets the business criteria"_s));
    }
};

QTEST_GUILESS_MAIN(TestHistoryMigration)
#include "tst_historymigration.moc"
