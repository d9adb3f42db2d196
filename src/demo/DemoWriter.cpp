// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "DemoWriter.h"

#include "DemoGenerator.h"
#include "DemoTexts.h"
#include "LocalBackend.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFuture>

namespace lejek {

using namespace Qt::Literals::StringLiterals;

namespace {

QString tr(const char *s) { return QCoreApplication::translate("lejek::DemoWriter", s); }

template<typename T>
T wait(QFuture<T> future)
{
    future.waitForFinished();
    return future.result();
}

} // namespace

DemoWriter::DemoWriter(PipelineService &pipelines, LeadService &leads, Principal by)
    : m_pipelines(pipelines), m_leads(leads), m_by(std::move(by))
{
}

DemoWriter::DemoWriter(LocalBackend &backend, Principal by) : DemoWriter(backend.pipelines(), backend.leads(), std::move(by)) {}

User DemoWriter::admin()
{
    User u;
    u.name = u"Ewa Nowicka"_s;
    u.email = u"ewa.nowicka@lejek-demo.pl"_s;
    u.teamName = u"RevOps"_s;
    u.role = u"admin"_s;
    return u;
}

QList<User> DemoWriter::salesTeam()
{
    struct Member {
        QStringView name;
        QStringView team;
        QStringView role;
    };
    static constexpr Member members[] = {
        {u"Marek Zieliński", u"AE Enterprise", u"manager"},
        {u"Katarzyna Wiśniewska", u"AE Enterprise", u"rep"},
        {u"Piotr Kamiński", u"AE Enterprise", u"rep"},
        {u"Agnieszka Dąbrowska", u"AE Enterprise", u"rep"},
        {u"Michał Kozłowski", u"AE Mid-Market PL", u"rep"},
        {u"Joanna Jankowska", u"AE Mid-Market PL", u"rep"},
        {u"Paweł Mazur", u"AE Mid-Market PL", u"rep"},
        {u"Aleksandra Krawczyk", u"AE Mid-Market PL", u"rep"},
        {u"Jakub Piotrowski", u"SDR", u"rep"},
        {u"Natalia Grabowska", u"SDR", u"rep"},
        {u"Kamil Pawłowski", u"SDR", u"rep"},
        {u"Zofia Michalska", u"SDR", u"rep"},
    };
    QList<User> team;
    for (const Member &m : members) {
        User u;
        u.name = m.name.toString();
        u.email = DemoTexts::asciiFold(m.name).toLower().replace(u' ', u'.') + u"@lejek-demo.pl"_s;
        u.teamName = m.team.toString();
        u.role = m.role.toString();
        team.append(u);
    }
    return team;
}

Result<Pipeline> DemoWriter::ensurePipeline(const QString &templateKey)
{
    auto all = wait(m_pipelines.pipelines(m_by));
    if (!all)
        return std::unexpected(all.error());
    for (const Pipeline &p : *all)
        if (p.templateKey == templateKey)
            return p;
    return wait(m_pipelines.createFromTemplate(m_by, templateKey, {}));
}

Result<QList<User>> DemoWriter::ensureTeam(int *created)
{
    if (created)
        *created = 0;
    auto existing = wait(m_pipelines.users(m_by));
    if (!existing)
        return std::unexpected(existing.error());
    if (existing->isEmpty()) {
        auto made = wait(m_pipelines.createUser(m_by, admin()));
        if (!made)
            return std::unexpected(made.error());
        if (created)
            ++*created;
    }
    QList<User> team;
    for (const User &wanted : salesTeam()) {
        const auto found = std::find_if(existing->begin(), existing->end(), [&](const User &u) {
            return u.name.compare(wanted.name, Qt::CaseInsensitive) == 0;
        });
        if (found != existing->end()) {
            team.append(*found);
            continue;
        }
        auto user = wait(m_pipelines.createUser(m_by, wanted));
        if (!user)
            return std::unexpected(user.error());
        team.append(*user);
        if (created)
            ++*created;
    }
    return team;
}

Result<DemoSummary> DemoWriter::write(const Options &options, const Progress &progress)
{
    QElapsedTimer clock;
    clock.start();
    if (options.leads < 0)
        return std::unexpected(Error::invalid(tr("the number of demo leads cannot be negative"), {{u"leads"_s, tr("is negative")}}));
    DemoSummary summary;
    auto pipeline = ensurePipeline(options.templateKey);
    if (!pipeline)
        return std::unexpected(pipeline.error());
    summary.pipelineId = pipeline->id;
    auto team = ensureTeam(&summary.usersCreated);
    if (!team)
        return std::unexpected(team.error());
    QList<User> reps;
    for (const User &u : *team)
        if (u.role == u"rep"_s)
            reps.append(u);

    QDateTime now = options.now.isValid() ? options.now.toUTC() : QDateTime::currentDateTimeUtc();
    if (!options.now.isValid())
        now.setTime(QTime(now.time().hour(), now.time().minute()));
    const DemoGenerator generator(*pipeline, reps, options.leads, options.seed, now);
    const int batchSize = std::max(1, options.batchSize);

    if (progress)
        progress(0, options.leads);
    QElapsedTimer phase;
    phase.start();
    QList<HistoricLead> next = generator.batch(0, batchSize);
    summary.generateMs += phase.elapsed();
    qint64 first = 0;
    while (!next.isEmpty()) {
        const QList<HistoricLead> current = std::move(next);
        next = {};
        QFuture<Result<int>> written = m_leads.recordHistory(m_by, current);
        // Generate the next batch while the store thread writes this one.
        phase.restart();
        next = generator.batch(first + current.size(), batchSize);
        summary.generateMs += phase.elapsed();
        phase.restart();
        const Result<int> result = wait(written);
        summary.waitMs += phase.elapsed();
        if (!result) {
            Error error = result.error();
            error.message = tr("writing demo leads %1 to %2 failed: %3")
                                .arg(first + 1)
                                .arg(first + current.size())
                                .arg(error.message);
            return std::unexpected(error);
        }
        first += current.size();
        summary.leads += *result;
        if (progress)
            progress(summary.leads, options.leads);
    }
    summary.elapsedMs = clock.elapsed();
    return summary;
}

} // namespace lejek
