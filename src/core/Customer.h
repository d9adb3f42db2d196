// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Lead.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace lejek {

// A person at a customer: the contact of one of its leads (DOMAIN.md: winning migrates
// the contact and the company to the customer records).
struct CustomerContact {
    QString name;
    QString jobTitle;
    QString email;
    QString phone;
    qint64 leadId = 0; // the latest lead the person was the contact of
};

// A company that bought (DOMAIN.md, "Won, lost, customers"): made or found, by NIP and
// then by company name, when a lead is won. Onboarding, billing and support live in the
// CRM; Lejek keeps who it is, its won deals, and the leads that sell it more (upsell).
struct Customer {
    qint64 id = 0;
    QString company;
    QString nip;
    QString email;
    QString website;
    QString country;
    QString city;
    QDateTime createdAt; // when it first bought
    int wonDeals = 0;
    qint64 wonValueMinor = 0; // the won deals' values, in the currency of each (PLN mostly)
    int openDeals = 0;        // open leads linked to it: upsells in progress
    // Read with one customer only (LeadService::customer).
    QList<CustomerContact> contacts;
    QList<Lead> deals; // the leads linked to it that the user may see, newest first
    int hiddenDeals = 0; // and those they may not (another owner's, another team's)
};

} // namespace lejek
