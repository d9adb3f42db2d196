// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "LeadCardFields.h"

#include "LeadFields.h"
#include "ValueParser.h"
#include "ui_LeadCardFields.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>

namespace lejek::app {

using namespace Qt::Literals::StringLiterals;

namespace {
const QString kStage = u"stage"_s;
const QString kOwner = u"owner"_s;
const QString kLostReason = u"lost_reason"_s;
const QString kErrorStyle = u"color: #b3261e;"_s; // a dark red that reads on light and grey

// The form layout holding `widget` and its row there.
QFormLayout *formOf(QWidget *widget, int *row)
{
    for (QWidget *w = widget->parentWidget(); w; w = w->parentWidget()) {
        if (auto *form = qobject_cast<QFormLayout *>(w->layout())) {
            QFormLayout::ItemRole role;
            form->getWidgetPosition(widget, row, &role);
            if (*row >= 0)
                return form;
        }
    }
    return nullptr;
}

QString userKey(const User &user) { return user.email.isEmpty() ? user.name : user.email; }
} // namespace

LeadCardFields::LeadCardFields(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::LeadCardFields>())
{
    m_ui->setupUi(this);
    const QString prefix = u"field_"_s;
    for (QWidget *w : findChildren<QWidget *>()) {
        if (w->objectName().startsWith(prefix))
            m_editors.insert(w->objectName().mid(prefix.size()), w);
    }
    for (auto it = m_editors.begin(); it != m_editors.end(); ++it) {
        auto *label = findChild<QLabel *>(u"label_"_s + it.key());
        m_labels.insert(it.key(), label);
        if (label)
            label->setText(it.key() == kStage ? tr("Stage") : it.key() == kOwner ? tr("Owner") : LeadFields::label(it.key()));
    }
    const QMap<QString, QString> infoLabels{{u"score"_s, LeadFields::label(u"score"_s)},
                                            {u"created_at"_s, tr("Created")},
                                            {u"stage_entered_at"_s, tr("In this stage since")},
                                            {u"last_activity_at"_s, tr("Last activity")},
                                            {u"closed_at"_s, tr("Closed")}};
    for (auto it = infoLabels.begin(); it != infoLabels.end(); ++it)
        if (auto *label = findChild<QLabel *>(u"label_"_s + it.key()))
            label->setText(it.value());
    m_ui->customGroup->hide();
    m_ui->behaviourSummary->setText(tr("No pages visited, materials downloaded or forms sent yet."));
    // An error line under every field, shown while it holds a value the services refuse.
    for (auto it = m_editors.begin(); it != m_editors.end(); ++it) {
        int row = -1;
        QFormLayout *form = formOf(it.value(), &row);
        if (!form)
            continue;
        auto *error = new QLabel(this);
        error->setObjectName(u"error_"_s + it.key());
        error->setWordWrap(true);
        error->setStyleSheet(kErrorStyle);
        error->hide();
        form->insertRow(row + 1, QString(), error);
        m_errors.insert(it.key(), error);
    }
    for (auto it = m_editors.begin(); it != m_editors.end(); ++it) {
        QWidget *w = it.value();
        if (auto *line = qobject_cast<QLineEdit *>(w))
            connect(line, &QLineEdit::textChanged, this, &LeadCardFields::validate);
        else if (auto *text = qobject_cast<QPlainTextEdit *>(w))
            connect(text, &QPlainTextEdit::textChanged, this, &LeadCardFields::validate);
        else if (auto *combo = qobject_cast<QComboBox *>(w))
            connect(combo, &QComboBox::currentIndexChanged, this, &LeadCardFields::validate);
    }
    static_cast<QLineEdit *>(m_editors.value(u"email"_s))->setPlaceholderText(tr("name@company.pl"));
    static_cast<QLineEdit *>(m_editors.value(u"phone"_s))->setPlaceholderText(tr("+48 600 100 200"));
    static_cast<QLineEdit *>(m_editors.value(u"nip"_s))->setPlaceholderText(tr("10 digits, e.g. 526-000-12-46"));
    static_cast<QLineEdit *>(m_editors.value(u"website"_s))->setPlaceholderText(tr("https://company.pl"));
    static_cast<QLineEdit *>(m_editors.value(u"decision_date"_s))->setPlaceholderText(tr("YYYY-MM-DD or DD.MM.YYYY"));
    static_cast<QLineEdit *>(m_editors.value(u"budget"_s))->setPlaceholderText(tr("e.g. 12 500,00"));
    static_cast<QLineEdit *>(m_editors.value(u"value"_s))->setPlaceholderText(tr("e.g. 12 500,00"));
    static_cast<QLineEdit *>(m_editors.value(u"currency"_s))->setPlaceholderText(u"PLN"_s);
}

LeadCardFields::~LeadCardFields() = default;

QLabel *LeadCardFields::behaviourSummary() const { return m_ui->behaviourSummary; }

void LeadCardFields::setLead(const Pipeline &pipeline, const Lead &lead, const QList<User> &users, const QList<LostReason> &reasons)
{
    m_filling = true;
    const bool newPipeline = pipeline.id != m_pipeline.id || pipeline.customFields != m_pipeline.customFields;
    m_pipeline = pipeline;
    m_lead = lead;
    m_users = users;
    m_reasons = reasons;
    m_serviceErrors.clear();
    if (newPipeline)
        addCustomFields();
    fillChoices();
    for (auto it = m_editors.begin(); it != m_editors.end(); ++it)
        setEditorText(it.value(), displayText(lead, it.key()));
    auto time = [](const QDateTime &t) { return t.isValid() ? QLocale().toString(t.toLocalTime(), QLocale::ShortFormat) : u"—"_s; };
    m_ui->info_score->setText(QLocale().toString(lead.value(u"score"_s).toInt()));
    m_ui->info_created_at->setText(time(lead.createdAt));
    m_ui->info_stage_entered_at->setText(time(lead.stageEnteredAt));
    m_ui->info_last_activity_at->setText(time(lead.lastActivityAt));
    m_ui->info_closed_at->setText(time(lead.closedAt));
    m_filling = false;
    validate();
}

void LeadCardFields::addCustomFields()
{
    qDeleteAll(m_customRows);
    m_customRows.clear();
    // The previous pipeline's fields: their widgets are gone.
    for (const QString &key : std::as_const(m_customKeys)) {
        m_editors.remove(key);
        m_errors.remove(key);
        m_labels.remove(key);
    }
    m_customKeys.clear();
    while (m_ui->customForm->rowCount() > 0)
        m_ui->customForm->removeRow(0);
    for (const FieldDefinition &f : std::as_const(m_pipeline.customFields)) {
        QWidget *editor = nullptr;
        if (f.type == FieldType::Choice) {
            auto *combo = new QComboBox(m_ui->customGroup);
            connect(combo, &QComboBox::currentIndexChanged, this, &LeadCardFields::validate);
            editor = combo;
        } else if (f.type == FieldType::LongText) {
            auto *text = new QPlainTextEdit(m_ui->customGroup);
            text->setTabChangesFocus(true);
            text->setMaximumHeight(84);
            connect(text, &QPlainTextEdit::textChanged, this, &LeadCardFields::validate);
            editor = text;
        } else {
            auto *line = new QLineEdit(m_ui->customGroup);
            line->setClearButtonEnabled(true);
            if (f.type == FieldType::MultiChoice)
                line->setPlaceholderText(tr("Separate with semicolons: %1").arg(f.choices.join(u"; "_s)));
            connect(line, &QLineEdit::textChanged, this, &LeadCardFields::validate);
            editor = line;
        }
        editor->setObjectName(u"field_"_s + f.key);
        auto *label = new QLabel(f.label, m_ui->customGroup);
        label->setBuddy(editor);
        auto *error = new QLabel(m_ui->customGroup);
        error->setWordWrap(true);
        error->setStyleSheet(kErrorStyle);
        error->hide();
        m_ui->customForm->addRow(label, editor);
        m_ui->customForm->addRow(QString(), error);
        m_editors.insert(f.key, editor);
        m_labels.insert(f.key, label);
        m_errors.insert(f.key, error);
        m_customRows << label << editor << error;
        m_customKeys.append(f.key);
    }
    m_ui->customGroup->setVisible(!m_pipeline.customFields.isEmpty());
}

void LeadCardFields::fillChoices()
{
    auto *stage = static_cast<QComboBox *>(m_editors.value(kStage));
    stage->clear();
    for (const Stage &s : std::as_const(m_pipeline.stages))
        stage->addItem(s.displayName(), QString::number(s.id));
    auto *owner = static_cast<QComboBox *>(m_editors.value(kOwner));
    owner->clear();
    owner->addItem(tr("Nobody (the manager's queue)"), QString());
    for (const User &u : std::as_const(m_users))
        if (u.active || u.id == m_lead.ownerId)
            owner->addItem(u.name, userKey(u));
    auto *lost = static_cast<QComboBox *>(m_editors.value(kLostReason));
    lost->clear();
    lost->addItem(tr("— none —"), QString());
    for (const LostReason &r : std::as_const(m_reasons))
        lost->addItem(r.displayLabel(), r.code);
    auto *source = static_cast<QComboBox *>(m_editors.value(u"source"_s));
    source->clear();
    source->addItem(tr("— unknown —"), QString());
    for (const QString &s : LeadFields::sources())
        source->addItem(s, s);
    for (const FieldDefinition &f : std::as_const(m_pipeline.customFields)) {
        if (f.type != FieldType::Choice)
            continue;
        auto *combo = static_cast<QComboBox *>(m_editors.value(f.key));
        combo->clear();
        combo->addItem(tr("— none —"), QString());
        for (const QString &choice : f.choices)
            combo->addItem(choice, choice);
    }
}

QString LeadCardFields::displayText(const Lead &lead, const QString &key) const
{
    if (key == kStage)
        return QString::number(lead.stageId);
    if (key == kOwner) {
        for (const User &u : m_users)
            if (u.id == lead.ownerId)
                return userKey(u);
        return {};
    }
    const auto field = m_pipeline.field(key);
    if (!field)
        return lead.value(key).toString();
    QString text = ValueParser::toText(*field, lead.value(key));
    if (field->type == FieldType::Money && QLocale().decimalPoint() != u"."_s)
        text.replace(u'.', QLocale().decimalPoint());
    return text;
}

void LeadCardFields::setEditorText(QWidget *editor, const QString &text)
{
    if (auto *line = qobject_cast<QLineEdit *>(editor)) {
        line->setText(text);
    } else if (auto *plain = qobject_cast<QPlainTextEdit *>(editor)) {
        plain->setPlainText(text);
    } else if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        int index = combo->findData(text);
        if (index < 0 && !text.isEmpty()) { // a value no longer offered stays shown
            combo->addItem(text, text);
            index = combo->count() - 1;
        }
        combo->setCurrentIndex(std::max(index, 0));
    }
}

QString LeadCardFields::editorText(QWidget *editor) const
{
    if (auto *line = qobject_cast<QLineEdit *>(editor))
        return line->text();
    if (auto *plain = qobject_cast<QPlainTextEdit *>(editor))
        return plain->toPlainText();
    if (auto *combo = qobject_cast<QComboBox *>(editor))
        return combo->currentData().toString();
    return {};
}

QString LeadCardFields::fieldText(const QString &key) const
{
    QWidget *editor = m_editors.value(key);
    return editor ? editorText(editor) : QString();
}

void LeadCardFields::setFieldText(const QString &key, const QString &text)
{
    if (QWidget *editor = m_editors.value(key))
        setEditorText(editor, text);
}

FieldInput LeadCardFields::changes() const
{
    FieldInput changed;
    for (auto it = m_editors.begin(); it != m_editors.end(); ++it) {
        if (it.key() == kStage)
            continue;
        const QString text = editorText(it.value());
        if (text.trimmed() != displayText(m_lead, it.key()).trimmed())
            changed.insert(it.key(), text);
    }
    return changed;
}

qint64 LeadCardFields::stageId() const
{
    return editorText(m_editors.value(kStage)).toLongLong();
}

QMap<QString, QString> LeadCardFields::problems() const
{
    QMap<QString, QString> problems;
    const FieldInput changed = changes();
    for (auto it = changed.begin(); it != changed.end(); ++it) {
        const auto field = m_pipeline.field(it.key());
        if (!field || it.key() == kOwner || it.key() == kLostReason)
            continue;
        if (auto parsed = ValueParser::parse(*field, it.value()); !parsed)
            problems.insert(it.key(), parsed.error());
    }
    // DOMAIN.md: a lead needs something to call it by (the services' own rule).
    Lead named = m_lead;
    for (const QString &key : LeadFields::identityKeys())
        if (m_editors.contains(key))
            named.values.insert(key, editorText(m_editors.value(key)));
    if (!named.isNameable())
        problems.insert(u"company"_s, LeadFields::unnamedReason());
    return problems;
}

void LeadCardFields::showServiceErrors(const QMap<QString, QString> &byKey)
{
    m_serviceErrors = byKey;
    validate();
}

QString LeadCardFields::errorText(const QString &key) const
{
    const QLabel *label = m_errors.value(key);
    return label && !label->isHidden() ? label->text() : QString();
}

void LeadCardFields::markRequired(const QStringList &keys, const QString &stageName)
{
    for (auto it = m_labels.begin(); it != m_labels.end(); ++it) {
        QLabel *label = it.value();
        if (!label)
            continue;
        const bool required = keys.contains(it.key());
        QFont font = label->font();
        font.setBold(required);
        label->setFont(font);
        label->setToolTip(required ? tr("Required to enter %1").arg(stageName) : QString());
        if (QWidget *editor = m_editors.value(it.key()))
            editor->setAccessibleDescription(label->toolTip());
    }
}

void LeadCardFields::validate()
{
    if (m_filling)
        return;
    if (sender()) // an edit clears what the services said about that field
        for (auto it = m_editors.begin(); it != m_editors.end(); ++it)
            if (it.value() == sender())
                m_serviceErrors.remove(it.key());
    const QMap<QString, QString> found = problems();
    for (auto it = m_errors.begin(); it != m_errors.end(); ++it) {
        const QString text = found.contains(it.key()) ? found.value(it.key()) : m_serviceErrors.value(it.key());
        it.value()->setText(text);
        it.value()->setVisible(!text.isEmpty());
        if (QWidget *editor = m_editors.value(it.key()))
            editor->setProperty("invalid", !text.isEmpty());
    }
    Q_EMIT edited();
}

} // namespace lejek::app
