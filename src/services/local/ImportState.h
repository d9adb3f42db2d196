// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Database.h"
#include "DryRunKeyRepository.h"
#include "ImportBatch.h"
#include "LeadChange.h"
#include "LeadMatchRepository.h"
#include "Pipeline.h"
#include "ValueParser.h"

#include <QHash>
#include <QList>
#include <QSet>

#include <array>

namespace lejek {

// One batch of an import in progress. Duplicates are found as findDuplicate() would
// find them, without a query per row: the stored leads matching the batch's keys are
// read once per key kind, and the rows the batch writes or queues are added as it goes.
struct ImportState {
    // How a batch writes its new leads: in one multi-row write, or (after that failed)
    // each row on its own, so that each stands or falls alone with its own reason.
    enum class Writes { MultiRow, RowByRow };

    // Duplicates are matched on the stored (normalised) form: "526-000-12-46" is 5260001246.
    static QString duplicateKey(const Pipeline &pipeline, const ImportRow &row, const QString &key)
    {
        const QString text = row.fields.value(key);
        const auto field = pipeline.field(key);
        const auto parsed = field && !text.trimmed().isEmpty() ? ValueParser::parse(*field, text) : std::expected<QVariant, QString>();
        return parsed && parsed->isValid() ? parsed->toString() : QString();
    }

    // The keys of LeadMatchRepository::findDuplicate(), in its order.
    static inline const std::array<QString, 3> kDuplicateKeys{QStringLiteral("external_id"), QStringLiteral("email"), QStringLiteral("nip")};

    // Whether a row is looked up by this key. A NIP names a company, not a person: a row
    // with an e-mail is another contact at that company unless the e-mail (or the external
    // id) matches; only a row without an e-mail is the company's lead again by its NIP.
    static bool looksUpBy(std::size_t key, const std::array<QString, 3> &rowKeys)
    {
        return !rowKeys[key].isEmpty() && (key != 2 || rowKeys[1].isEmpty());
    }

    struct Queued {
        Lead lead;
        qint64 stageId = 0;
        qsizetype row = 0;
        qsizetype outcome = 0;
        bool history = false; // created, entered and closed at the lead's own dates
    };

    ImportState(const Pipeline &p, const ImportBatch &b) : pipeline(p), batch(b), done{LeadChange::Kind::Created, p.id, {}, {}, {}}
    {
        rowKeys.reserve(b.rows.size());
        for (const ImportRow &row : b.rows)
            rowKeys.append({duplicateKey(p, row, kDuplicateKeys[0]), duplicateKey(p, row, kDuplicateKeys[1]),
                            duplicateKey(p, row, kDuplicateKeys[2])});
    }

    // The stored leads matching the keys of rows from `fromRow` on (again after an update,
    // which may have changed a lead's keys).
    Result<void> load(Database &db, qsizetype fromRow)
    {
        LeadMatchRepository leads(db);
        for (std::size_t k = 0; k < kDuplicateKeys.size(); ++k) {
            QStringList values;
            QSet<QString> seen;
            for (qsizetype row = fromRow; row < rowKeys.size(); ++row)
                if (const QString &v = rowKeys[row][k]; !v.isEmpty() && !seen.contains(v)) {
                    seen.insert(v);
                    values.append(v);
                }
            auto found = leads.firstIds(pipeline.id, kDuplicateKeys[k], values);
            if (!found)
                return std::unexpected(found.error());
            ids[k] = *found;
            if (batch.options.dryRun && batch.continuesRun) {
                auto lines = DryRunKeyRepository(db).lines(static_cast<int>(k), values);
                if (!lines)
                    return std::unexpected(lines.error());
                earlier[k] = *lines;
            }
        }
        return ok();
    }
    // A stored lead (leadId > 0), a queued row (leadId < 0: flush, then ask again) or,
    // in a dry run, the line of an earlier batch's row.
    struct Duplicate {
        qint64 leadId = 0;
        int line = 0;
    };
    // The duplicate of `row`, in findDuplicate()'s order of keys. Under one key a stored
    // lead comes first: an earlier batch's row would have been written after it.
    Duplicate find(qsizetype row) const
    {
        for (std::size_t k = 0; k < kDuplicateKeys.size(); ++k)
            if (const QString &v = rowKeys[row][k]; looksUpBy(k, rowKeys[row])) {
                if (const auto it = ids[k].constFind(v); it != ids[k].cend())
                    return {*it, 0};
                if (const auto it = earlier[k].constFind(v); it != earlier[k].cend())
                    return {0, *it};
            }
        return {};
    }
    Duplicate findExternalId(const QString &externalId) const { return {ids[0].value(externalId), 0}; }
    // The keys of the rows the batch wrote or changed, with their lines: what a dry run
    // keeps for its later batches. One outcome per row, in the rows' order.
    QList<DryRunKeyRepository::Key> writtenKeys() const
    {
        Q_ASSERT(report.outcomes.size() == rowKeys.size());
        QList<DryRunKeyRepository::Key> keys;
        for (qsizetype row = 0; row < report.outcomes.size(); ++row) {
            const ImportOutcome::Status status = report.outcomes[row].status;
            if (status != ImportOutcome::Status::Imported && status != ImportOutcome::Status::Updated)
                continue;
            for (std::size_t k = 0; k < kDuplicateKeys.size(); ++k)
                if (const QString &value = rowKeys[row][k]; !value.isEmpty())
                    keys.append({static_cast<int>(k), value, batch.rows[row].line});
        }
        return keys;
    }
    // In a dry run, the line of an earlier batch's row with `row`'s external id; 0 none.
    int earlierExternalIdLine(qsizetype row) const { return rowKeys[row][0].isEmpty() ? 0 : earlier[0].value(rowKeys[row][0]); }
    // Only the first lead with a value counts, as findDuplicate()'s ORDER BY id.
    // `id` < 0 is a queued row's; a written one's also names the lead by its line.
    void remember(qsizetype row, qint64 id)
    {
        for (std::size_t k = 0; k < kDuplicateKeys.size(); ++k)
            if (const QString &v = rowKeys[row][k]; !v.isEmpty() && !ids[k].contains(v))
                ids[k].insert(v, id);
        if (id > 0)
            lineOfLead.insert(id, batch.rows[row].line);
    }
    void forget(qsizetype row, qint64 id)
    {
        for (std::size_t k = 0; k < kDuplicateKeys.size(); ++k)
            if (const auto it = ids[k].find(rowKeys[row][k]); it != ids[k].end() && *it == id)
                ids[k].erase(it);
    }

    const Pipeline &pipeline;
    const ImportBatch &batch;
    ImportReport report;
    LeadChange done;
    QList<std::array<QString, 3>> rowKeys;     // normalised external id, e-mail, NIP of every row
    std::array<QHash<QString, qint64>, 3> ids; // value -> lead id; -(n + 1): the n-th queued row
    std::array<QHash<QString, int>, 3> earlier; // a dry run's earlier batches: value -> line
    // The leads this batch made -> their rows' lines: a duplicate of one is named by its
    // line, since a dry run (or an all-or-nothing import that fails) never keeps it.
    QHash<qint64, int> lineOfLead;
    QList<Queued> queued;
    Writes writes = Writes::MultiRow;
    bool multiRowWriteFailed = false;
};
} // namespace lejek
