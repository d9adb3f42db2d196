// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CustomersCommand.h"

#include "CliContext.h"
#include "ExitCode.h"
#include "Money.h"
#include "TextTable.h"

#include <QCoreApplication>

namespace lejek::cli {

using namespace Qt::Literals::StringLiterals;

namespace {
QString tr(const char *s) { return QCoreApplication::translate("lejek::cli::CustomersCommand", s); }
QString amount(qint64 minor) { return u"%1"_s.arg(Money::toMajor(minor), 0, 'f', 2); }
} // namespace

QString CustomersCommand::synopsis() const { return u"customers --db DB [--search TEXT] [CUSTOMER]"_s; }
QString CustomersCommand::summary() const
{
    return tr("List the customers (companies that bought) with their won and open deals; with an id, one customer's "
              "contacts and deals.");
}

int CustomersCommand::run(CliContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(summary());
    CliContext::addDatabaseOption(parser);
    parser.addOption(QCommandLineOption(u"search"_s, tr("Only customers whose company or NIP contains TEXT."), u"TEXT"_s));
    parser.addPositionalArgument(u"CUSTOMER"_s, tr("A customer's id: its contacts and deals."));
    if (auto done = context.parse(parser, arguments))
        return *done;
    const QStringList positional = parser.positionalArguments();
    bool ok = true;
    const qint64 id = positional.isEmpty() ? 0 : positional.first().toLongLong(&ok);
    if (positional.size() > 1 || !ok || id < 0)
        return context.usage(tr("give at most one customer id"));
    if (auto stop = context.openDatabase(parser, CliContext::Missing::Refuse, CliContext::Access::Read))
        return *stop;
    if (id == 0) {
        auto customers = context.await(context.backend().leads().customers(context.principal(), parser.value(u"search"_s), 1000));
        if (!customers)
            return context.fail(customers.error());
        if (customers->isEmpty()) {
            context.out() << tr("no customers yet: a lead moved to a won stage makes its company one") << Qt::endl;
            return Success;
        }
        TextTable table({tr("id"), tr("company"), tr("NIP"), tr("city"), tr("customer since"), tr("won"), tr("won value"), tr("open")});
        for (const Customer &c : *customers)
            table.addRow({QString::number(c.id), c.company, c.nip, c.city, c.createdAt.toUTC().date().toString(Qt::ISODate),
                          QString::number(c.wonDeals), amount(c.wonValueMinor), QString::number(c.openDeals)});
        table.print(context.out());
        return Success;
    }
    auto c = context.await(context.backend().leads().customer(context.principal(), id));
    if (!c)
        return context.fail(c.error());
    context.out() << tr("%1 (customer %2), NIP %3, since %4").arg(c->company).arg(c->id).arg(c->nip.isEmpty() ? u"-"_s : c->nip)
                         .arg(c->createdAt.toUTC().date().toString(Qt::ISODate))
                  << Qt::endl;
    TextTable people({tr("contact"), tr("role"), tr("e-mail"), tr("phone")});
    for (const CustomerContact &p : c->contacts)
        people.addRow({p.name, p.jobTitle, p.email, p.phone});
    people.print(context.out());
    TextTable deals({tr("lead"), tr("name"), tr("pipeline"), tr("stage"), tr("value"), tr("closed")});
    for (const Lead &l : c->deals) {
        auto pipeline = context.pipelineOfLead(l.id);
        const Stage *stage = pipeline ? pipeline->stage(l.stageId) : nullptr;
        deals.addRow({QString::number(l.id), l.displayName(), pipeline ? pipeline->name : QString(), stage ? stage->name : QString(),
                      l.isFilled(u"value"_s) ? amount(l.value(u"value"_s).toLongLong()) + u" "_s + l.value(u"currency"_s).toString() : QString(),
                      l.closedAt.isValid() ? l.closedAt.toUTC().date().toString(Qt::ISODate) : QString()});
    }
    deals.print(context.out());
    return Success;
}

} // namespace lejek::cli
