// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ConflictDialog.h"

#include "ui_ConflictDialog.h"

#include <QButtonGroup>
#include <QPushButton>
#include <QRadioButton>

namespace lejek::app {

using namespace Qt::Literals::StringLiterals;

ConflictDialog::ConflictDialog(const QString &leadName, const QList<Field> &fields, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ConflictDialog>())
{
    m_ui->setupUi(this);
    m_ui->intro->setText(tr("Someone saved %1 after you opened it, and changed fields you changed too. Choose, field by "
                            "field, which value to keep; the rest of your edits are saved as you made them.")
                             .arg(leadName));
    m_ui->buttons->button(QDialogButtonBox::Save)->setText(tr("Save my choices"));
    QFont bold = m_ui->fieldHeader->font();
    bold.setBold(true);
    for (QLabel *header : {m_ui->fieldHeader, m_ui->theirsHeader, m_ui->yoursHeader})
        header->setFont(bold);
    int row = 1;
    auto shown = [](const QString &text) { return text.isEmpty() ? tr("(empty)") : text; };
    for (const Field &f : fields) {
        auto *label = new QLabel(f.label, m_ui->choices);
        auto *theirs = new QRadioButton(shown(f.theirs), m_ui->choices);
        auto *yours = new QRadioButton(shown(f.yours), m_ui->choices);
        theirs->setObjectName(u"theirs_"_s + f.key);
        yours->setObjectName(u"yours_"_s + f.key);
        theirs->setAccessibleName(tr("%1: keep theirs").arg(f.label));
        yours->setAccessibleName(tr("%1: keep yours").arg(f.label));
        auto *group = new QButtonGroup(this);
        group->addButton(theirs);
        group->addButton(yours);
        theirs->setChecked(true);
        m_ui->grid->addWidget(label, row, 0, Qt::AlignTop);
        m_ui->grid->addWidget(theirs, row, 1, Qt::AlignTop);
        m_ui->grid->addWidget(yours, row, 2, Qt::AlignTop);
        m_yours.insert(f.key, yours);
        ++row;
    }
    m_ui->grid->setRowStretch(row, 1);
    // As tall as its rows, up to the screen's half; more rows scroll.
    m_ui->scroll->setMinimumHeight(std::min(m_ui->choices->sizeHint().height() + 4, 400));
    // As wide as the longest values (Polish headers are long), never scrolled sideways.
    m_ui->scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_ui->scroll->setMinimumWidth(std::min(m_ui->choices->sizeHint().width() + 24, 1000));
    adjustSize();
    m_ui->grid->setColumnStretch(1, 1);
    m_ui->grid->setColumnStretch(2, 1);
}

ConflictDialog::~ConflictDialog() = default;

QMap<QString, bool> ConflictDialog::keepYours() const
{
    QMap<QString, bool> choices;
    for (auto it = m_yours.begin(); it != m_yours.end(); ++it)
        choices.insert(it.key(), it.value()->isChecked());
    return choices;
}

void ConflictDialog::choose(const QString &key, bool yours)
{
    if (QRadioButton *button = m_yours.value(key))
        button->setChecked(yours);
    if (auto *theirs = findChild<QRadioButton *>(u"theirs_"_s + key); theirs && !yours)
        theirs->setChecked(true);
}

} // namespace lejek::app
