// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
// My tasks over a real SQLite database: a rep's open tasks of two pipelines grouped as
// overdue, today and upcoming; Enter opens the lead; a change elsewhere reloads it; a
// task falling due is announced once; without a user it says what to do.
#include "Await.h"
#include "LocalBackend.h"
#include "TestDatabase.h"
#include "application/Translations.h"
#include "tasks/MyTasksView.h"

#include <QSignalSpy>
#include <QTest>
#include <QTreeWidget>

using namespace lejek;
using namespace lejek::app;
using namespace lejek::test;
using namespace Qt::Literals::StringLiterals;

class TestMyTasksView : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Translations> m_english;
    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<LocalBackend> m_backend;
    QDateTime m_now = QDateTime::currentDateTimeUtc();
    Principal m_anna;
    qint64 m_okna = 0, m_huta = 0;

    qint64 task(qint64 leadId, const QString &title, const QDateTime &due)
    {
        auto t = await(m_backend->leads().createTask(m_anna, NewTask{leadId, title, due, {}, {}}));
        return t ? t->id : 0;
    }
    static QStringList groups(QTreeWidget *tree)
    {
        QStringList texts;
        for (int i = 0; i < tree->topLevelItemCount(); ++i) {
            QTreeWidgetItem *g = tree->topLevelItem(i);
            QStringList children;
            for (int c = 0; c < g->childCount(); ++c)
                children.append(g->child(c)->text(1));
            texts.append(g->text(0) + u": "_s + children.join(u", "_s));
        }
        return texts;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_english = std::make_unique<Translations>(u"en"_s);
        QVERIFY(m_english->install());
    }

    void init()
    {
        m_db = std::make_unique<TestDatabase>(TestDatabase::Kind::SQLite);
        m_backend = std::make_unique<LocalBackend>(m_db->settings(), [this] { return m_now; });
        QVERIFY(await(m_backend->open()).has_value());
        auto b2b = await(m_backend->pipelines().createFromTemplate(Principal::owner(), u"b2b"_s, {}));
        auto handoff = await(m_backend->pipelines().createFromTemplate(Principal::owner(), u"handoff"_s, {}));
        QVERIFY(b2b && handoff);
        auto anna = await(m_backend->pipelines().createUser(Principal::owner(), User{0, u"Anna Nowak"_s, {}, 0, {}, u"rep"_s, true}));
        QVERIFY(anna.has_value());
        m_anna = Principal::of(*anna);
        m_okna = await(m_backend->leads().createLead(Principal::owner(), NewLead{b2b->id, {}, {{u"company"_s, u"Fabryka Okien"_s}, {u"owner"_s, u"Anna Nowak"_s}}, {}}))->id;
        m_huta = await(m_backend->leads().createLead(Principal::owner(), NewLead{handoff->id, {}, {{u"company"_s, u"Huta"_s}, {u"owner"_s, u"Anna Nowak"_s}}, {}}))->id;
    }

    void cleanup()
    {
        m_backend.reset();
        m_db.reset();
    }

    void groupsTasksAndOpensTheirLeads()
    {
        task(m_huta, u"Call back"_s, m_now.addSecs(-7200));
        task(m_okna, u"Send the offer"_s, m_now.addDays(9));
        MyTasksView view;
        view.setClock([this] { return m_now; });
        QSignalSpy loaded(&view, &MyTasksView::loaded);
        view.setServices(&m_backend->leads(), m_backend->leads().notifier(), m_anna);
        QVERIFY(loaded.wait(5000));
        QCOMPARE(groups(view.tree()), (QStringList{u"Overdue (1): Call back"_s, u"Today (0): "_s, u"Upcoming (1): Send the offer"_s}));
        QCOMPARE(view.tree()->topLevelItem(0)->child(0)->text(2), u"Huta"_s);
        QCOMPARE(view.tree()->topLevelItem(0)->child(0)->text(3), u"Lead handoff"_s);

        QSignalSpy open(&view, &MyTasksView::openLeadRequested);
        Q_EMIT view.tree()->itemActivated(view.tree()->topLevelItem(2)->child(0), 0);
        QCOMPARE(open.size(), 1);
        QCOMPARE(open.first().first().toLongLong(), m_okna);

        // A task planned elsewhere shows up by itself.
        task(m_okna, u"Ask about the budget"_s, m_now.addDays(2));
        QVERIFY(loaded.wait(5000));
        QCOMPARE(groups(view.tree()).last(), u"Upcoming (2): Ask about the budget, Send the offer"_s);

        // Falling due while the app runs: announced once.
        QSignalSpy due(&view, &MyTasksView::fellDue);
        m_now = m_now.addDays(3);
        view.checkDue();
        QCOMPARE(due.size(), 1);
        QCOMPARE(due.first().first().value<Task>().title, u"Ask about the budget"_s);
        view.checkDue();
        QCOMPARE(due.size(), 1);
    }

    void saysWhatToDoWhenEmptyOrWithoutAUser()
    {
        MyTasksView view;
        QSignalSpy loaded(&view, &MyTasksView::loaded);
        view.setServices(&m_backend->leads(), m_backend->leads().notifier(), m_anna);
        QVERIFY(loaded.wait(5000));
        QVERIFY2(view.emptyText().contains(u"Plan a task"_s), qPrintable(view.emptyText()));
        view.setServices(&m_backend->leads(), m_backend->leads().notifier(), Principal::owner());
        QVERIFY(view.emptyText().contains(u"Choose who you are"_s));
    }
};

QTEST_MAIN(TestMyTasksView)
#include "tst_mytasksview.moc"
