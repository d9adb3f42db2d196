// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Customer.h"
#include "Pipeline.h"
#include "Principal.h"

#include <QTimer>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTreeWidget;

namespace lejek {
class ChangeNotifier;
class LeadService;
} // namespace lejek

namespace lejek::app {

// Customers: the companies won leads made, searched by company or NIP, each with its
// won and open deals; below, the chosen one's contacts and deals (Enter or a double-click
// opens a deal's card), and New opportunity: a lead for it in a pipeline, marked as an
// existing customer (upsell), opened on its card. Follows the services' change notices.
class CustomersView : public QWidget
{
    Q_OBJECT
public:
    explicit CustomersView(QWidget *parent = nullptr);

    void setServices(LeadService *leads, ChangeNotifier *notifier, const Principal &principal);
    void setPipelines(const QList<Pipeline> &pipelines);
    void reload();

    QLineEdit *search() const { return m_search; }
    QTreeWidget *customers() const { return m_customers; }
    QTreeWidget *contacts() const { return m_contacts; }
    QTreeWidget *deals() const { return m_deals; }
    QComboBox *pipelineChoice() const { return m_pipeline; }
    QPushButton *newOpportunityButton() const { return m_newOpportunity; }
    QString emptyText() const;
    // Shows one customer's contacts and deals (detailLoaded()).
    void select(qint64 customerId);
    qint64 selectedId() const { return m_selected.id; }

Q_SIGNALS:
    void openLeadRequested(qint64 leadId);
    void loaded();
    void detailLoaded();
    void failed(const QString &message);

private:
    void show(const QList<Customer> &customers);
    void showDetail(const Customer &customer);
    void newOpportunity();

    LeadService *m_leads = nullptr;
    ChangeNotifier *m_notifier = nullptr;
    Principal m_principal;
    QList<Pipeline> m_pipelines;
    Customer m_selected;
    quint64 m_request = 0;
    quint64 m_detailRequest = 0;
    QLineEdit *m_search;
    QTreeWidget *m_customers;
    QLabel *m_empty;
    QLabel *m_title;
    QTreeWidget *m_contacts;
    QTreeWidget *m_deals;
    QComboBox *m_pipeline;
    QPushButton *m_newOpportunity;
    QTimer m_debounce;
};

} // namespace lejek::app
