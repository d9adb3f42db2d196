// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ColumnMapping.h"

#include "LeadFields.h"

#include <QCoreApplication>

namespace lejek {

using namespace Qt::Literals::StringLiterals;

namespace {
QString normalizedHeader(const QString &text) { return text.simplified().toCaseFolded(); }

// Every name a column may carry for `field`: the key, its English label, its label in
// the installed translation.
QStringList namesOf(const FieldDefinition &field, const QList<const QTranslator *> &translators)
{
    QStringList names{field.key, field.label};
    if (!field.custom) {
        names.append(LeadFields::label(field.key));
        for (const QTranslator *t : translators)
            names.append(t->translate("lejek::LeadFields", field.label.toUtf8().constData()));
    }
    names.removeAll(QString());
    for (QString &n : names)
        n = normalizedHeader(n);
    return names;
}
} // namespace

const QStringList &ColumnMapping::extraKeys()
{
    // Not fields, but what an import needs. "stage" and "owner" first: build() relies on it.
    static const QStringList keys{u"stage"_s, u"owner"_s, u"created_at"_s, u"stage_entered_at"_s, u"last_activity_at"_s, u"closed_at"_s};
    return keys;
}

std::expected<ColumnMapping, QString> ColumnMapping::build(const QStringList &header, const Pipeline &pipeline,
                                                          const QMap<QString, QString> &explicitMap,
                                                          const QList<const QTranslator *> &labelTranslators)
{
    const auto tr = [](const char *s) { return QCoreApplication::translate("lejek::ColumnMapping", s); };
    ColumnMapping mapping;
    mapping.m_header = header;
    mapping.m_keys = QStringList(header.size());
    const QStringList &special = extraKeys();
    // The stage and the owner map by their labels too; the dates by their keys only.
    QList<QStringList> specialLabels(special.size());
    specialLabels[0].append(normalizedHeader(tr("Stage")));
    specialLabels[1].append(normalizedHeader(tr("Owner")));
    for (const QTranslator *t : labelTranslators) {
        specialLabels[0].append(normalizedHeader(t->translate("lejek::ColumnMapping", "Stage")));
        specialLabels[1].append(normalizedHeader(t->translate("lejek::ColumnMapping", "Owner")));
    }

    for (auto it = explicitMap.begin(); it != explicitMap.end(); ++it) {
        const qsizetype column = header.indexOf(it.key());
        if (column < 0)
            return std::unexpected(tr("--map names the column \"%1\", which the file does not have").arg(it.key()));
        const QString key = it.value().trimmed().toLower();
        if (!special.contains(key) && !pipeline.field(key))
            return std::unexpected(tr("--map %1=%2: \"%2\" is not a field of the pipeline \"%3\"").arg(it.key(), key, pipeline.name));
        mapping.m_keys[column] = key;
    }
    const QList<FieldDefinition> fields = pipeline.fields();
    for (qsizetype column = 0; column < header.size(); ++column) {
        if (!mapping.m_keys[column].isEmpty())
            continue;
        const QString name = normalizedHeader(header[column]);
        for (qsizetype i = 0; i < special.size(); ++i)
            if (name == special[i] || specialLabels[i].contains(name))
                mapping.m_keys[column] = special[i];
        for (const FieldDefinition &field : fields)
            if (mapping.m_keys[column].isEmpty() && namesOf(field, labelTranslators).contains(name))
                mapping.m_keys[column] = field.key;
    }
    for (qsizetype column = 0; column < header.size(); ++column) {
        const QString &key = mapping.m_keys[column];
        if (!key.isEmpty() && mapping.m_keys.indexOf(key) != column)
            return std::unexpected(tr("the columns \"%1\" and \"%2\" both feed %3; map one of them elsewhere with --map")
                                       .arg(header[mapping.m_keys.indexOf(key)], header[column], key));
    }
    return mapping;
}

QStringList ColumnMapping::ignoredColumns() const
{
    QStringList ignored;
    for (qsizetype i = 0; i < m_header.size(); ++i)
        if (m_keys.value(i).isEmpty())
            ignored.append(m_header[i]);
    return ignored;
}

} // namespace lejek
