// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "MergeDialog.h"

#include "LeadFields.h"
#include "ValueParser.h"

#include "ui_MergeDialog.h"

#include <QButtonGroup>
#include <QPushButton>
#include <QRadioButton>

namespace lejek::app {

using namespace Qt::Literals::StringLiterals;

namespace {
QString nameOf(const Lead &lead)
{
    const QString name = lead.displayName();
    return name.isEmpty() ? MergeDialog::tr("Lead %1").arg(lead.id) : MergeDialog::tr("%1 (lead %2)").arg(name).arg(lead.id);
}
} // namespace

MergeDialog::MergeDialog(const Pipeline &pipeline, const Lead &first, const Lead &second, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::MergeDialog>())
    , m_first(first)
    , m_second(second)
{
    m_ui->setupUi(this);
    m_ui->buttons->button(QDialogButtonBox::Ok)->setText(tr("Merge"));
    m_ui->keepFirst->setText(nameOf(first));
    m_ui->keepSecond->setText(nameOf(second));
    m_ui->firstHeader->setText(tr("Lead %1").arg(first.id));
    m_ui->secondHeader->setText(tr("Lead %1").arg(second.id));
    QFont bold = m_ui->fieldHeader->font();
    bold.setBold(true);
    for (QLabel *header : {m_ui->fieldHeader, m_ui->firstHeader, m_ui->secondHeader})
        header->setFont(bold);

    // The owner first (who works it matters most), then the fields in the card's order.
    QList<std::tuple<QString, QString, QString, QString>> rows; // key, label, first's, second's
    if (first.ownerId && second.ownerId && first.ownerId != second.ownerId)
        rows.append({u"owner"_s, tr("Owner"), first.ownerName, second.ownerName});
    for (const FieldDefinition &f : pipeline.fields()) {
        if (!LeadFields::isMergeable(f.key) || !first.isFilled(f.key) || !second.isFilled(f.key)
            || first.value(f.key) == second.value(f.key))
            continue;
        rows.append({f.key, LeadFields::label(f), ValueParser::toText(f, first.value(f.key)), ValueParser::toText(f, second.value(f.key))});
    }
    int row = 1;
    for (const auto &[key, label, firstText, secondText] : rows) {
        auto *name = new QLabel(label, m_ui->choices);
        auto *a = new QRadioButton(firstText, m_ui->choices);
        auto *b = new QRadioButton(secondText, m_ui->choices);
        a->setObjectName(u"first_"_s + key);
        b->setObjectName(u"second_"_s + key);
        a->setAccessibleName(tr("%1: keep %2").arg(label, firstText));
        b->setAccessibleName(tr("%1: keep %2").arg(label, secondText));
        auto *group = new QButtonGroup(this);
        group->addButton(a);
        group->addButton(b);
        a->setChecked(true);
        m_ui->grid->addWidget(name, row, 0, Qt::AlignTop);
        m_ui->grid->addWidget(a, row, 1, Qt::AlignTop);
        m_ui->grid->addWidget(b, row, 2, Qt::AlignTop);
        m_firstChoice.insert(key, a);
        m_secondChoice.insert(key, b);
        m_texts.insert(key, {firstText, secondText});
        ++row;
    }
    if (rows.isEmpty()) {
        m_ui->choose->setText(tr("The two fill no field differently: the lead you keep takes what only the other one has."));
        m_ui->scroll->hide();
    }
    m_ui->grid->setRowStretch(row, 1);
    m_ui->grid->setColumnStretch(1, 1);
    m_ui->grid->setColumnStretch(2, 1);
    m_ui->scroll->setMinimumHeight(std::min(m_ui->choices->sizeHint().height() + 4, 360));
    m_ui->scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_ui->scroll->setMinimumWidth(std::min(m_ui->choices->sizeHint().width() + 24, 1000));
    // Keeping the other lead keeps its values, until the user picks otherwise.
    connect(m_ui->keepSecond, &QRadioButton::toggled, this, [this](bool keepingSecond) {
        for (auto it = m_firstChoice.begin(); it != m_firstChoice.end(); ++it)
            choose(it.key(), keepingSecond);
    });
    adjustSize();
}

MergeDialog::~MergeDialog() = default;

bool MergeDialog::keepsSecond() const { return m_ui->keepSecond->isChecked(); }

void MergeDialog::keepSecond(bool second)
{
    (second ? m_ui->keepSecond : m_ui->keepFirst)->setChecked(true);
}

void MergeDialog::choose(const QString &key, bool second)
{
    if (QRadioButton *button = (second ? m_secondChoice : m_firstChoice).value(key))
        button->setChecked(true);
}

MergeRequest MergeDialog::request() const
{
    const bool second = keepsSecond();
    const Lead &keep = second ? m_second : m_first;
    const Lead &other = second ? m_first : m_second;
    MergeRequest r;
    r.keepId = keep.id;
    r.otherId = other.id;
    r.keepVersion = keep.version;
    r.otherVersion = other.version;
    // Only where the other lead's value was chosen: the survivor keeps its own otherwise.
    for (auto it = m_secondChoice.begin(); it != m_secondChoice.end(); ++it) {
        const bool secondChosen = it.value()->isChecked();
        if (secondChosen != second)
            r.values.insert(it.key(), secondChosen ? m_texts.value(it.key()).second : m_texts.value(it.key()).first);
    }
    return r;
}

} // namespace lejek::app
