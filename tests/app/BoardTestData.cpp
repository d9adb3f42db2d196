// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "BoardTestData.h"

#include "Await.h"

#include <QStringList>

namespace lejek::test {

using namespace Qt::Literals::StringLiterals;

QList<User> BoardTestData::createUsers(LocalBackend &backend)
{
    QList<User> users;
    for (const auto &[name, email] :
        {std::pair {u"Anna Nowak"_s, u"anna.nowak@firma.pl"_s}, std::pair {u"Piotr Wiśniewski"_s, u"piotr.wisniewski@firma.pl"_s},
            std::pair {u"Katarzyna Zielińska"_s, u"katarzyna.zielinska@firma.pl"_s}}) {
        auto user = await(backend.pipelines().createUser(Principal::owner(), User {0, name, email, 0, u"AE Mid-Market PL"_s, u"rep"_s, true}));
        if (user)
            users.append(*user);
        else
            qWarning() << user.error().message;
    }
    return users;
}

int BoardTestData::addLeads(LocalBackend &backend, const Pipeline &pipeline, const Stage &stage, int count,
    const QList<User> &owners, const QDateTime &now, int spreadDays, int seed)
{
    static const QStringList companies {u"Fabryka Okien Sp. z o.o."_s, u"Nordtech S.A."_s, u"Piekarnia Złoty Kłos"_s,
        u"Mazowiecka Logistyka Sp. z o.o."_s, u"Softronic Polska"_s, u"Zakłady Mięsne Sokołów-Wschód"_s, u"Grupa Medica"_s,
        u"Budimex-Serwis Sp.k."_s, u"Kancelaria Prawna Lis i Wspólnicy"_s, u"EkoEnergia Pomorze"_s, u"Hotel Pod Wawelem"_s,
        u"TransBałtyk Spedycja"_s, u"Drukarnia Offsetowa Kraków"_s, u"Apteki Zdrowie24"_s, u"Meble Kowalczyk"_s,
        u"CloudForge Sp. z o.o."_s, u"Szkoła Językowa Lingua"_s, u"AgroPol Dystrybucja"_s};
    static const QStringList firstNames {u"Jan"_s, u"Agnieszka"_s, u"Tomasz"_s, u"Magdalena"_s, u"Paweł"_s, u"Joanna"_s,
        u"Michał"_s, u"Ewa"_s, u"Krzysztof"_s, u"Aleksandra"_s};
    static const QStringList lastNames {u"Kowalski"_s, u"Wójcik"_s, u"Kamiński"_s, u"Lewandowska"_s, u"Zieliński"_s,
        u"Szymańska"_s, u"Woźniak"_s, u"Dąbrowska"_s, u"Kozłowski"_s, u"Jankowska"_s};
    static const QStringList titles {u"Prezes zarządu"_s, u"Dyrektor sprzedaży"_s, u"Head of Marketing"_s, u"CFO"_s,
        u"Kierownik zakupów"_s, u"IT Manager"_s, u"COO"_s, u"Dyrektor operacyjny"_s};
    QList<HistoricLead> records;
    records.reserve(count);
    for (int i = 0; i < count; ++i) {
        const int k = i + seed * 7919;
        HistoricLead record;
        Lead &lead = record.lead;
        lead.pipelineId = pipeline.id;
        lead.stageId = stage.id;
        if (!owners.isEmpty() && i % 5 != 4)
            lead.ownerId = owners.at(k % owners.size()).id;
        lead.values.insert(u"company"_s, companies.at(k % companies.size()));
        lead.values.insert(u"first_name"_s, firstNames.at((k * 3) % firstNames.size()));
        lead.values.insert(u"last_name"_s, lastNames.at((k * 7) % lastNames.size()));
        lead.values.insert(u"job_title"_s, titles.at((k * 5) % titles.size()));
        lead.values.insert(u"email"_s, u"kontakt%1.%2@example.pl"_s.arg(seed).arg(i));
        lead.values.insert(u"currency"_s, u"PLN"_s);
        lead.values.insert(u"value"_s, qint64(5'000 + (k * 7'919) % 245'000) * 100);
        lead.values.insert(u"score"_s, qint64((k * 37) % 101));
        lead.values.insert(u"source"_s, u"form"_s);
        // Strictly decreasing last activity: row i of the column is lead i.
        const QDateTime lastActivity = now.addSecs(-qint64(i) * spreadDays * 86'400 / std::max(1, count) - 60);
        lead.lastActivityAt = lastActivity;
        lead.stageEnteredAt = lastActivity.addDays(-(k % 9));
        lead.createdAt = lead.stageEnteredAt.addDays(-3);
        lead.updatedAt = lastActivity;
        record.moves.append(HistoricLead::Move {0, stage.id, lead.stageEnteredAt, 0});
        records.append(record);
    }
    auto written = await(backend.leads().recordHistory(Principal::owner(), records));
    if (!written) {
        qWarning() << written.error().message;
        return 0;
    }
    return *written;
}

} // namespace lejek::test
