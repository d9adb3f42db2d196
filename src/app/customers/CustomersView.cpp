// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CustomersView.h"

#include "ChangeNotifier.h"
#include "LeadService.h"
#include "Money.h"
#include "application/FutureWatch.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace lejek::app {

using namespace Qt::Literals::StringLiterals;

namespace {
constexpr int kIdRole = Qt::UserRole + 1;

QTreeWidget *table(const QStringList &headers, const QString &name, QWidget *parent)
{
    auto *tree = new QTreeWidget(parent);
    tree->setHeaderLabels(headers);
    tree->setRootIsDecorated(false);
    tree->setAlternatingRowColors(true);
    tree->setAccessibleName(name);
    tree->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    tree->header()->setStretchLastSection(true);
    return tree;
}

QString day(const QDateTime &at) { return at.isValid() ? QLocale().toString(at.toLocalTime().date(), QLocale::ShortFormat) : QString(); }
} // namespace

CustomersView::CustomersView(QWidget *parent)
    : QWidget(parent)
    , m_search(new QLineEdit(this))
    , m_customers(table({tr("Company"), tr("NIP"), tr("City"), tr("Customer since"), tr("Won deals"), tr("Won value"), tr("Open deals")},
                        tr("Customers"), this))
    , m_empty(new QLabel(this))
    , m_title(new QLabel(this))
    , m_contacts(table({tr("Contact"), tr("Role"), tr("E-mail"), tr("Phone")}, tr("Contacts"), this))
    , m_deals(table({tr("Deal"), tr("Pipeline"), tr("Stage"), tr("Value"), tr("Closed")}, tr("Deals"), this))
    , m_pipeline(new QComboBox(this))
    , m_newOpportunity(new QPushButton(tr("&New opportunity"), this))
{
    m_search->setPlaceholderText(tr("Search by company or NIP"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search customers"));
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setTextFormat(Qt::PlainText);
    m_empty->hide();
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_title->setTextFormat(Qt::PlainText);
    m_pipeline->setAccessibleName(tr("Pipeline of the new opportunity"));
    m_newOpportunity->setToolTip(tr("Open a lead for this customer in the chosen pipeline, marked as an existing customer (upsell)"));

    auto *detail = new QWidget(this);
    auto *detailLayout = new QVBoxLayout(detail);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    auto *header = new QHBoxLayout;
    header->addWidget(m_title, 1);
    header->addWidget(new QLabel(tr("in"), detail));
    header->addWidget(m_pipeline);
    header->addWidget(m_newOpportunity);
    detailLayout->addLayout(header);
    auto *lists = new QSplitter(Qt::Horizontal, detail);
    lists->addWidget(m_contacts);
    lists->addWidget(m_deals);
    detailLayout->addWidget(lists, 1);

    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_customers);
    split->addWidget(detail);
    split->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_search);
    layout->addWidget(split, 1);
    layout->addWidget(m_empty, 1);

    m_debounce.setSingleShot(true);
    m_debounce.setInterval(300);
    connect(&m_debounce, &QTimer::timeout, this, &CustomersView::reload);
    connect(m_search, &QLineEdit::textChanged, this, [this] { m_debounce.start(); });
    connect(m_customers, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        if (item)
            select(item->data(0, kIdRole).toLongLong());
    });
    connect(m_deals, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        if (const qint64 id = item->data(0, kIdRole).toLongLong())
            Q_EMIT openLeadRequested(id);
    });
    connect(m_contacts, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) { Q_EMIT openLeadRequested(item->data(0, kIdRole).toLongLong()); });
    connect(m_newOpportunity, &QPushButton::clicked, this, &CustomersView::newOpportunity);
    showDetail({});
}

void CustomersView::setServices(LeadService *leads, ChangeNotifier *notifier, const Principal &principal)
{
    if (m_notifier)
        disconnect(m_notifier, nullptr, this, nullptr);
    m_leads = leads;
    m_notifier = notifier;
    m_principal = principal;
    if (m_notifier)
        connect(m_notifier, &ChangeNotifier::leadsChanged, this, [this] { m_debounce.start(); });
    reload();
}

void CustomersView::setPipelines(const QList<Pipeline> &pipelines)
{
    m_pipelines = pipelines;
    const qint64 chosen = m_pipeline->currentData().toLongLong();
    m_pipeline->clear();
    for (const Pipeline &p : pipelines)
        m_pipeline->addItem(p.name, p.id);
    if (const int i = m_pipeline->findData(chosen); i >= 0)
        m_pipeline->setCurrentIndex(i);
}

QString CustomersView::emptyText() const { return m_empty->isHidden() ? QString() : m_empty->text(); }

void CustomersView::reload()
{
    const quint64 request = ++m_request;
    if (!m_leads) {
        show({});
        return;
    }
    FutureWatch::then(this, m_leads->customers(m_principal, m_search->text(), 500), [this, request](const Result<QList<Customer>> &r) {
        if (request != m_request)
            return;
        show(r ? *r : QList<Customer>{});
        if (!r)
            Q_EMIT failed(r.error().message);
        Q_EMIT loaded();
    });
}

void CustomersView::show(const QList<Customer> &customers)
{
    const qint64 selected = m_selected.id;
    m_customers->clear();
    QTreeWidgetItem *current = nullptr;
    for (const Customer &c : customers) {
        auto *item = new QTreeWidgetItem(m_customers, {c.company, c.nip, c.city, day(c.createdAt), QLocale().toString(c.wonDeals),
                                                       Money::format(c.wonValueMinor, u"PLN"_s), QLocale().toString(c.openDeals)});
        item->setData(0, kIdRole, c.id);
        for (const int column : {4, 5, 6})
            item->setTextAlignment(column, Qt::AlignRight | Qt::AlignVCenter);
        if (c.id == selected)
            current = item;
    }
    const bool empty = customers.isEmpty() && m_leads;
    m_empty->setText(m_search->text().trimmed().isEmpty()
                         ? tr("No customers yet. Moving a lead to a won stage makes its company a customer, with its won deal.")
                         : tr("No customer's company or NIP contains “%1”.").arg(m_search->text().trimmed()));
    m_empty->setVisible(empty);
    m_customers->parentWidget()->setVisible(!empty); // the splitter with the detail
    // The same customer again (its detail reloaded: a change may be its), else the first.
    if (current)
        m_customers->setCurrentItem(current);
    else if (m_customers->topLevelItemCount() > 0)
        m_customers->setCurrentItem(m_customers->topLevelItem(0));
    else
        showDetail({});
}

void CustomersView::select(qint64 customerId)
{
    const quint64 request = ++m_detailRequest;
    if (!m_leads || !customerId) {
        showDetail({});
        return;
    }
    FutureWatch::then(this, m_leads->customer(m_principal, customerId), [this, request](const Result<Customer> &c) {
        if (request != m_detailRequest)
            return;
        if (!c)
            Q_EMIT failed(c.error().message);
        showDetail(c ? *c : Customer{});
        Q_EMIT detailLoaded();
    });
}

void CustomersView::showDetail(const Customer &customer)
{
    m_selected = customer;
    m_contacts->clear();
    m_deals->clear();
    m_title->setText(customer.id ? customer.company : tr("Choose a customer"));
    m_newOpportunity->setEnabled(customer.id != 0 && m_pipeline->count() > 0);
    for (const CustomerContact &p : customer.contacts) {
        auto *item = new QTreeWidgetItem(m_contacts, {p.name, p.jobTitle, p.email, p.phone});
        item->setData(0, kIdRole, p.leadId);
    }
    for (const Lead &l : customer.deals) {
        const Pipeline *pipeline = nullptr;
        for (const Pipeline &p : m_pipelines)
            if (p.id == l.pipelineId)
                pipeline = &p;
        const Stage *stage = pipeline ? pipeline->stage(l.stageId) : nullptr;
        const QString value = l.isFilled(u"value"_s) ? Money::format(l.value(u"value"_s).toLongLong(), l.value(u"currency"_s).toString()) : QString();
        auto *item = new QTreeWidgetItem(m_deals, {tr("%1 (lead %2)").arg(l.displayName()).arg(l.id), pipeline ? pipeline->name : QString(),
                                                   stage ? stage->displayName() : QString(), value, day(l.closedAt)});
        item->setData(0, kIdRole, l.id);
        item->setTextAlignment(3, Qt::AlignRight | Qt::AlignVCenter);
    }
    if (customer.hiddenDeals > 0) {
        auto *item = new QTreeWidgetItem(m_deals, {tr("%n deal(s) of other owners, not shown to you", "", customer.hiddenDeals)});
        item->setFirstColumnSpanned(true);
        item->setFlags(Qt::ItemIsEnabled);
        item->setForeground(0, palette().placeholderText());
    }
}

void CustomersView::newOpportunity()
{
    if (!m_leads || !m_selected.id)
        return;
    const UpsellRequest request{m_selected.id, m_pipeline->currentData().toLongLong(), {}, {}, {}};
    m_newOpportunity->setEnabled(false);
    FutureWatch::then(this, m_leads->upsell(m_principal, request), [this](const Result<Lead> &lead) {
        m_newOpportunity->setEnabled(m_selected.id != 0);
        if (!lead) {
            Q_EMIT failed(lead.error().message);
            return;
        }
        Q_EMIT openLeadRequested(lead->id);
    });
}

} // namespace lejek::app
