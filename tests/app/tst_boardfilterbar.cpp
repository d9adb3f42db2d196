// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The board's filter bar: typing is debounced into one signal, the other controls
// apply at once, "me" asks who you are, saved views set every control.
#include "application/Translations.h"
#include "filters/BoardFilterBar.h"
#include "filters/SavedViewsMenu.h"
#include "filters/ScoreBoundSpinBox.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QDialogButtonBox>
#include <QInputDialog>
#include <QLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QToolButton>

using namespace lejek;
using namespace lejek::app;
using namespace Qt::Literals::StringLiterals;

Q_DECLARE_METATYPE(lejek::LeadFilter)
Q_DECLARE_METATYPE(lejek::LeadSort)

namespace {
const User kAnna{7, u"Anna Nowak"_s, u"anna@firma.pl"_s, 3, u"AE Mid-Market PL"_s, u"rep"_s, true};
const User kPiotr{8, u"Piotr Zieliński"_s, u"piotr@firma.pl"_s, 3, u"AE Mid-Market PL"_s, u"rep"_s, true};
const User kEwa{9, u"Ewa Wójcik"_s, u"ewa@firma.pl"_s, 0, QString(), u"manager"_s, true};

// What a click on an entry does: the combo shows it and says it was activated.
bool choose(QComboBox *box, const QVariant &data, int role = Qt::UserRole)
{
    const int index = box->findData(data, role);
    if (index < 0)
        return false;
    box->setCurrentIndex(index);
    Q_EMIT box->activated(index);
    return true;
}

int sortIndex(QComboBox *box, LeadSort sort, bool descending)
{
    for (int i = 0; i < box->count(); ++i)
        if (box->itemData(i, Qt::UserRole).toInt() == static_cast<int>(sort)
            && box->itemData(i, Qt::UserRole + 1).toBool() == descending)
            return i;
    return -1;
}

BoardFilterState everything()
{
    BoardFilterState s;
    s.text = u"fabryka okien"_s;
    s.owner = OwnerScope::User;
    s.ownerUserId = kPiotr.id;
    s.source = u"webinar"_s;
    s.campaign = u"spring 2026"_s;
    s.minScore = 40;
    s.maxScore = 90;
    s.rottingOnly = true;
    s.sort = LeadSort::Value;
    s.descending = false;
    return s;
}
} // namespace

class TestBoardFilterBar : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<BoardFilterBar> m_bar;

    template<typename T>
    T *child(const QString &name) const
    {
        auto *w = m_bar->findChild<T *>(name);
        if (!w)
            qWarning() << "no child" << name;
        return w;
    }

private Q_SLOTS:
    void init()
    {
        m_bar = std::make_unique<BoardFilterBar>();
        m_bar->setUsers({kAnna, kPiotr, kEwa});
        m_bar->resize(1280, m_bar->sizeHint().height());
        m_bar->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_bar.get()));
    }

    void cleanup() { m_bar.reset(); }

    // Seven keystrokes, one filter: the bar waits for a pause in the typing.
    void typingIsCoalescedIntoOneSignal()
    {
        QSignalSpy filters(m_bar.get(), &BoardFilterBar::filterChanged);
        auto *search = child<QLineEdit>(u"search"_s);
        QVERIFY(search);
        QVERIFY(search->isClearButtonEnabled());
        QVERIFY(!search->placeholderText().isEmpty());
        search->setFocus();
        QTest::keyClicks(search, u"fabryka"_s);
        QCOMPARE(filters.count(), 0);
        QTRY_COMPARE(filters.count(), 1);
        QCOMPARE(filters.at(0).at(0).value<LeadFilter>().text, u"fabryka"_s);
        QTest::qWait(BoardFilterBar::TypingDelayMs * 2);
        QCOMPARE(filters.count(), 1);

        // Campaign typing is debounced alike; emptying the search applies at once.
        QTest::keyClicks(child<QLineEdit>(u"campaign"_s), u"spring"_s);
        QCOMPARE(filters.count(), 1);
        QTRY_COMPARE(filters.count(), 2);
        QCOMPARE(filters.at(1).at(0).value<LeadFilter>().campaign, u"spring"_s);
        search->clear();
        QCOMPARE(filters.count(), 3);
        QCOMPARE(filters.at(2).at(0).value<LeadFilter>().text, QString());
    }

    // A combo or check box applies at once, and takes the words being typed with it.
    void controlsApplyAtOnceWithPendingTyping()
    {
        QSignalSpy filters(m_bar.get(), &BoardFilterBar::filterChanged);
        QSignalSpy sorts(m_bar.get(), &BoardFilterBar::sortChanged);
        QTest::keyClicks(child<QLineEdit>(u"search"_s), u"acme"_s);
        QVERIFY(choose(child<QComboBox>(u"source"_s), u"webinar"_s));
        QCOMPARE(filters.count(), 1);
        LeadFilter f = filters.at(0).at(0).value<LeadFilter>();
        QCOMPARE(f.text, u"acme"_s);
        QCOMPARE(f.source, u"webinar"_s);

        child<QCheckBox>(u"rottingOnly"_s)->click();
        QCOMPARE(filters.count(), 2);
        QVERIFY(filters.at(1).at(0).value<LeadFilter>().rottingOnly);

        QVERIFY(choose(child<QComboBox>(u"owner"_s), kEwa.id, Qt::UserRole + 1));
        QCOMPARE(filters.count(), 3);
        QCOMPARE(filters.at(2).at(0).value<LeadFilter>().ownerId, kEwa.id);

        // The sort is its own signal; the filter did not change.
        auto *sort = child<QComboBox>(u"sort"_s);
        const int lowestValue = sortIndex(sort, LeadSort::Value, false);
        QVERIFY(lowestValue >= 0);
        sort->setCurrentIndex(lowestValue);
        Q_EMIT sort->activated(lowestValue);
        QCOMPARE(sorts.count(), 1);
        QCOMPARE(sorts.at(0).at(0).value<LeadSort>(), LeadSort::Value);
        QCOMPARE(sorts.at(0).at(1).toBool(), false);
        QTest::qWait(BoardFilterBar::TypingDelayMs * 2);
        QCOMPARE(filters.count(), 3); // the typing went with the source, not again later

        // Choosing what is already chosen says nothing.
        QVERIFY(choose(child<QComboBox>(u"source"_s), u"webinar"_s));
        QCOMPARE(filters.count(), 3);
    }

    // "Me" needs to know who you are: the bar asks, and applies Me once answered.
    void meAsksWhoYouAre()
    {
        QSignalSpy filters(m_bar.get(), &BoardFilterBar::filterChanged);
        QSignalSpy users(m_bar.get(), &BoardFilterBar::currentUserChanged);
        auto *owner = child<QComboBox>(u"owner"_s);
        QVERIFY(choose(owner, static_cast<int>(OwnerScope::Me)));
        QCOMPARE(filters.count(), 0);
        QCOMPARE(owner->currentData().toInt(), static_cast<int>(OwnerScope::Everyone)); // not applied yet
        QMenu *identity = m_bar->identityMenu();
        QTRY_VERIFY(identity->isVisible());
        QAction *anna = nullptr;
        for (QAction *a : identity->actions())
            if (a->data().toLongLong() == kAnna.id)
                anna = a;
        QVERIFY(anna);
        anna->trigger();
        identity->hide();
        QCOMPARE(users.count(), 1);
        QCOMPARE(users.at(0).at(0).toLongLong(), kAnna.id);
        QCOMPARE(m_bar->currentUserId(), kAnna.id);
        QCOMPARE(filters.count(), 1);
        QCOMPARE(filters.at(0).at(0).value<LeadFilter>().ownerId, kAnna.id);
        QCOMPARE(owner->currentData().toInt(), static_cast<int>(OwnerScope::Me));

        // My team: Anna's team. A user without a team: their own leads.
        QVERIFY(choose(owner, static_cast<int>(OwnerScope::MyTeam)));
        QCOMPARE(filters.count(), 2);
        LeadFilter team = filters.at(1).at(0).value<LeadFilter>();
        QCOMPARE(team.teamId, kAnna.teamId);
        QCOMPARE(team.ownerId, 0);
        m_bar->setCurrentUserId(kEwa.id);
        QCOMPARE(filters.count(), 3);
        QCOMPARE(filters.at(2).at(0).value<LeadFilter>().ownerId, kEwa.id);
        QCOMPARE(filters.at(2).at(0).value<LeadFilter>().teamId, 0);

        // Nobody chosen any more: the bar shows everyone's leads and says so.
        m_bar->setCurrentUserId(0);
        QCOMPARE(owner->currentData().toInt(), static_cast<int>(OwnerScope::Everyone));
        QCOMPARE(filters.count(), 4);
        QVERIFY(filters.at(3).at(0).value<LeadFilter>().isEmpty());
    }

    // The range is never empty: moving one end past the other brings the other along.
    void scoreRangeStaysInclusiveAndNonEmpty()
    {
        QSignalSpy filters(m_bar.get(), &BoardFilterBar::filterChanged);
        auto *low = child<ScoreBoundSpinBox>(u"minScore"_s);
        auto *high = child<ScoreBoundSpinBox>(u"maxScore"_s);
        QVERIFY(!low->bound() && !high->bound());
        QVERIFY(!low->specialValueText().isEmpty());
        high->stepBy(1); // from "any" to a useful highest score, not to -1000
        QCOMPARE(high->bound(), std::optional<int>(100));
        QCOMPARE(filters.count(), 1);
        QCOMPARE(filters.at(0).at(0).value<LeadFilter>().maxScore, std::optional<int>(100));
        low->setValue(120);
        QCOMPARE(high->bound(), std::optional<int>(120));
        QCOMPARE(filters.count(), 2);
        LeadFilter f = filters.at(1).at(0).value<LeadFilter>();
        QCOMPARE(f.minScore, std::optional<int>(120));
        QCOMPARE(f.maxScore, std::optional<int>(120));
        high->setValue(50);
        QCOMPARE(low->bound(), std::optional<int>(50));
        low->setValue(low->minimum()); // back to "any"
        QCOMPARE(m_bar->filter().minScore, std::nullopt);
        QCOMPARE(m_bar->filter().maxScore, std::optional<int>(50));
    }

    // Restoring a state (a saved view, the last session) sets every control and says
    // what changed once.
    void restoringAViewSetsEveryControl()
    {
        QSignalSpy filters(m_bar.get(), &BoardFilterBar::filterChanged);
        QSignalSpy sorts(m_bar.get(), &BoardFilterBar::sortChanged);
        QSignalSpy views(m_bar.get(), &BoardFilterBar::savedViewsChanged);
        m_bar->setState(everything());
        QCOMPARE(filters.count(), 1);
        QCOMPARE(sorts.count(), 1);
        QVERIFY(m_bar->saveView(u"  Webinar leads  "_s));
        QCOMPARE(views.count(), 1);
        QCOMPARE(m_bar->savedViews().at(0).name, u"Webinar leads"_s);
        QVERIFY(m_bar->viewsMenu()->viewAction(u"Webinar leads"_s)->isChecked());

        m_bar->clearFilters();
        QCOMPARE(filters.count(), 2);
        QVERIFY(filters.at(1).at(0).value<LeadFilter>().isEmpty());
        QCOMPARE(sorts.count(), 1); // the sort stays
        QVERIFY(!m_bar->viewsMenu()->viewAction(u"Webinar leads"_s)->isChecked());
        QVERIFY(child<QToolButton>(u"clearFilters"_s)->isHidden());

        m_bar->viewsMenu()->viewAction(u"Webinar leads"_s)->trigger();
        QCOMPARE(filters.count(), 3);
        QCOMPARE(m_bar->state(), everything());
        QCOMPARE(child<QLineEdit>(u"search"_s)->text(), u"fabryka okien"_s);
        QCOMPARE(child<QComboBox>(u"owner"_s)->currentData(Qt::UserRole + 1).toLongLong(), kPiotr.id);
        QCOMPARE(child<QComboBox>(u"source"_s)->currentData().toString(), u"webinar"_s);
        QCOMPARE(child<QLineEdit>(u"campaign"_s)->text(), u"spring 2026"_s);
        QCOMPARE(child<ScoreBoundSpinBox>(u"minScore"_s)->bound(), std::optional<int>(40));
        QCOMPARE(child<ScoreBoundSpinBox>(u"maxScore"_s)->bound(), std::optional<int>(90));
        QVERIFY(child<QCheckBox>(u"rottingOnly"_s)->isChecked());
        QCOMPARE(child<QComboBox>(u"sort"_s)->currentIndex(), sortIndex(child<QComboBox>(u"sort"_s), LeadSort::Value, false));
        QVERIFY(!child<QToolButton>(u"clearFilters"_s)->isHidden());
        const LeadFilter f = filters.at(2).at(0).value<LeadFilter>();
        QCOMPARE(f.text, u"fabryka okien"_s);
        QCOMPARE(f.ownerId, kPiotr.id);
        QCOMPARE(f.source, u"webinar"_s);
        QCOMPARE(f.campaign, u"spring 2026"_s);
        QCOMPARE(f.minScore, std::optional<int>(40));
        QCOMPARE(f.maxScore, std::optional<int>(90));
        QVERIFY(f.rottingOnly);
        QCOMPARE(sorts.count(), 1); // cleared filters kept the view's sort: nothing new

        // A view with another sort says so.
        BoardFilterState byScore = everything();
        byScore.sort = LeadSort::Score;
        m_bar->setState(byScore);
        QCOMPARE(sorts.count(), 2);
        QCOMPARE(filters.count(), 3);
        m_bar->viewsMenu()->viewAction(u"Webinar leads"_s)->trigger();
        QCOMPARE(sorts.count(), 3);
        QCOMPARE(sorts.at(2).at(0).value<LeadSort>(), LeadSort::Value);
        QCOMPARE(filters.count(), 3);
    }

    // Saving asks for a name (OK waits for one), a same name replaces, delete removes.
    void viewsAreSavedReplacedAndDeleted()
    {
        QSignalSpy views(m_bar.get(), &BoardFilterBar::savedViewsChanged);
        QVERIFY(!m_bar->saveView(u"   "_s));
        QCOMPARE(views.count(), 0);

        m_bar->viewsMenu()->saveAction()->trigger();
        auto *dialog = m_bar->findChild<QInputDialog *>(u"saveViewDialog"_s);
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        QPushButton *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        QVERIFY(!ok->isEnabled());
        dialog->setTextValue(u"Hot"_s);
        QVERIFY(ok->isEnabled());
        ok->click();
        QCOMPARE(views.count(), 1);
        QCOMPARE(m_bar->savedViews().size(), 1);
        QCOMPARE(m_bar->savedViews().at(0).name, u"Hot"_s);
        QCOMPARE(m_bar->savedViews().at(0).state, BoardFilterState{});

        m_bar->setState(everything());
        QVERIFY(m_bar->saveView(u"Cold"_s));
        QVERIFY(m_bar->saveView(u"HOT"_s)); // replaces Hot, in its place
        QCOMPARE(m_bar->savedViews().size(), 2);
        QCOMPARE(m_bar->savedViews().at(0).name, u"HOT"_s);
        QCOMPARE(m_bar->savedViews().at(0).state, everything());

        m_bar->viewsMenu()->deleteAction(u"Cold"_s)->trigger();
        QCOMPARE(m_bar->savedViews().size(), 1);
        QCOMPARE(views.count(), 4);
        QVERIFY(!m_bar->viewsMenu()->viewAction(u"Cold"_s));
        QVERIFY(!m_bar->deleteView(u"Cold"_s));
        QVERIFY(!m_bar->applyView(u"Cold"_s));
    }

    // In English and in Polish the whole bar fits a 1280-pixel window: no control is
    // squeezed below what its text needs. With LEJEK_SCREENSHOT_DIR set, the bar (with
    // a filter on) is saved there as filter-bar-<language>.png for a person to check.
    void fitsA1280WideWindow_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("en") << u"en"_s;
        QTest::newRow("pl") << u"pl"_s;
    }
    void fitsA1280WideWindow()
    {
        QFETCH(QString, language);
        Translations translations(language);
        QVERIFY(translations.install());
        m_bar = std::make_unique<BoardFilterBar>();
        m_bar->setUsers({kAnna, kPiotr, kEwa});
        m_bar->setCurrentUserId(kAnna.id);
        BoardFilterState state = everything();
        state.owner = OwnerScope::MyTeam;
        m_bar->setState(state);
        if (language == u"pl"_s)
            QCOMPARE(child<QCheckBox>(u"rottingOnly"_s)->text(), u"Tylko zamarłe"_s);
        QVERIFY2(m_bar->minimumSizeHint().width() <= 1280, qPrintable(QString::number(m_bar->minimumSizeHint().width())));
        m_bar->resize(1280, m_bar->sizeHint().height());
        m_bar->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_bar.get()));
        for (QWidget *w : m_bar->findChildren<QWidget *>(Qt::FindDirectChildrenOnly)) {
            if (w->isHidden() || w->isWindow())
                continue;
            QVERIFY2(w->geometry().right() < m_bar->width(), qPrintable(w->objectName()));
            QVERIFY2(w->width() >= w->minimumSizeHint().width(), qPrintable(w->objectName()));
        }
        if (const QString dir = qEnvironmentVariable("LEJEK_SCREENSHOT_DIR"); !dir.isEmpty()) {
            QDir().mkpath(dir);
            QVERIFY(m_bar->grab().save(dir + u"/filter-bar-"_s + language + u".png"_s));
            m_bar->setState(BoardFilterState{}); // placeholders and "any"
            m_bar->layout()->activate(); // the clear button went
            QVERIFY(m_bar->grab().save(dir + u"/filter-bar-"_s + language + u"-empty.png"_s));
        }
    }
};

QTEST_MAIN(TestBoardFilterBar)
#include "tst_boardfilterbar.moc"
