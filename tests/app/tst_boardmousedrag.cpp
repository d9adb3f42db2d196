// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
// A real mouse drag on a real window: xdotool presses, moves and releases the X
// server's pointer over the board (under Xvfb in scripts/test), Qt runs its own drag
// and drop, and the lead is then looked up in the database.
#include "Await.h"
#include "BoardTestData.h"
#include "LocalBackend.h"
#include "TestDatabase.h"
#include "application/Translations.h"
#include "board/BoardView.h"
#include "board/LeadMover.h"
#include "board/StageColumn.h"
#include "board/StageLeadModel.h"
#include "board/StageListView.h"

#include <QApplication>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QUndoStack>

using namespace lejek;
using namespace lejek::app;
using namespace lejek::test;
using namespace Qt::Literals::StringLiterals;

class TestBoardMouseDrag : public QObject
{
    Q_OBJECT

private:
    static QStringList dragArguments(QPoint from, QPoint to)
    {
        // Pressed, nudged past the drag distance, carried over in steps, released.
        QStringList args {u"mousemove"_s, QString::number(from.x()), QString::number(from.y()), u"sleep"_s, u"0.3"_s,
            u"mousedown"_s, u"1"_s, u"sleep"_s, u"0.2"_s};
        constexpr int Steps = 15;
        for (int i = 1; i <= Steps; ++i) {
            const QPoint p = from + (to - from) * i / Steps;
            args << u"mousemove"_s << QString::number(p.x()) << QString::number(p.y()) << u"sleep"_s << u"0.04"_s;
        }
        args << u"sleep"_s << u"0.3"_s << u"mouseup"_s << u"1"_s;
        return args;
    }

private Q_SLOTS:
    void aMouseDragMovesTheLeadInTheDatabase()
    {
        if (QApplication::platformName() != u"xcb"_s)
            QSKIP("needs an X server (scripts/test runs this under Xvfb)");
        const QString xdotool = QStandardPaths::findExecutable(u"xdotool"_s);
        if (xdotool.isEmpty())
            QSKIP("needs xdotool (scripts/test installs it)");

        Translations english(u"en"_s);
        QVERIFY(english.install());
        TestDatabase db(TestDatabase::Kind::SQLite);
        LocalBackend backend(db.settings());
        QVERIFY(await(backend.open()).has_value());
        auto pipeline = await(backend.pipelines().createFromTemplate(Principal::owner(), u"b2b"_s, {}));
        QVERIFY(pipeline.has_value());
        const QList<User> users = BoardTestData::createUsers(backend);
        const Stage &newLeads = *pipeline->stageByName(u"New leads"_s);
        const Stage &qualification = *pipeline->stageByName(u"Qualification"_s);
        QCOMPARE(BoardTestData::addLeads(backend, *pipeline, newLeads, 20, users, QDateTime::currentDateTimeUtc()), 20);

        BoardView board;
        board.setWindowFlag(Qt::FramelessWindowHint);
        board.setServices(&backend.leads(), &backend.notifier(), Principal::owner());
        board.setPipeline(*pipeline);
        board.setGeometry(0, 0, 1280, 760);
        board.show();
        QVERIFY(QTest::qWaitForWindowExposed(&board));
        StageColumn *source = board.column(newLeads.id);
        StageColumn *target = board.column(qualification.id);
        QTRY_VERIFY(source->model()->isPageCached(0));
        QTest::qWait(200); // the window manager-less server settles the geometry

        const QModelIndex first = source->model()->index(0);
        const qint64 leadId = first.data(StageLeadModel::LeadIdRole).toLongLong();
        QVERIFY(leadId > 0);
        const QPoint from = source->view()->viewport()->mapToGlobal(source->view()->visualRect(first).center());
        const QPoint to = target->view()->viewport()->mapToGlobal(target->view()->viewport()->rect().center());

        QSignalSpy finished(board.mover(), &LeadMover::movesFinished);
        QProcess mouse;
        mouse.start(xdotool, dragArguments(from, to));
        QVERIFY2(mouse.waitForStarted(), qPrintable(mouse.errorString()));
        // Qt's drag loop runs inside this process while xdotool moves the pointer.
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 15000);
        QVERIFY(mouse.state() == QProcess::NotRunning || mouse.waitForFinished(10000));
        QCOMPARE(mouse.exitCode(), 0);
        QCOMPARE(finished.first().at(0).toInt(), 1);

        auto lead = await(backend.leads().lead(Principal::owner(), leadId));
        QVERIFY(lead.has_value());
        QCOMPARE(lead->stageId, qualification.id);
        QTRY_COMPARE(target->model()->rowCount(), 1);
        QTRY_COMPARE(target->model()->index(0).data(StageLeadModel::LeadIdRole).toLongLong(), leadId);
        QCOMPARE(source->model()->rowCount(), 19);
        QCOMPARE(board.mover()->undoStack()->count(), 1);
    }
};

int main(int argc, char **argv)
{
    // Without an X server the xcb platform would abort: fall back so the test can say why it skips.
    if (qEnvironmentVariableIsEmpty("DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    TestBoardMouseDrag test;
    return QTest::qExec(&test, argc, argv);
}
#include "tst_boardmousedrag.moc"
