// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace lejek {

class DemoRandom;

// One made-up company of the demo data: everything a lead card's company area holds.
struct DemoCompany {
    QString name;      // "Elektromex Sp. z o.o."
    QString domain;    // "elektromex.pl", ASCII
    QString website;   // "https://www.elektromex.pl"
    QString nip;       // ten digits with a valid check digit; empty abroad
    QString country;   // ISO code: "PL" mostly
    QString city;
    QString areaCode;  // the city's telephone prefix, "22" ("" abroad)
    QString phonePrefix; // "+48"
    int phoneDigits = 9; // of the national number, area code included
    QString industry;  // software, manufacturing, logistics, ...
    qint64 employees = 0;
};

// Polish (and a few foreign) companies built from name parts, legal forms, cities
// with their tax offices' NIP prefixes and area codes, industries and a size skewed
// to the small: many micro and small firms, few large ones.
class DemoCompanies
{
public:
    static DemoCompany make(DemoRandom &random);
    // A NIP for the tax office prefix (three digits): six random digits and the
    // check digit; digits that have none (mod 11 gives 10) are drawn again.
    static QString nip(const QString &officePrefix, DemoRandom &random);
    static const QStringList &industries();
};

} // namespace lejek
