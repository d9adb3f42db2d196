// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace lejek {

class DemoRandom;
struct DemoCompany;

// A contact person of the demo data.
struct DemoPerson {
    QString firstName;
    QString lastName; // in the form that agrees with the person: Kowalska, Kowalski
    bool female = false;
    QString jobTitle;
    QString email;    // ASCII, lower case, at the company's domain
    QString phone;    // normalised as the services store it: +48601234567
};

// Polish first names and surnames (surnames in -ski/-cki/-dzki take the feminine form
// -ska/-cka/-dzka; Nowak, Mazur, Zając do not change), job titles fitting the firm's
// size, e-mails derived from the name and the company's domain, mobile or landline
// phone numbers.
class DemoPeople
{
public:
    static DemoPerson make(DemoRandom &random, const DemoCompany &company);
    // A surname in its masculine (dictionary) form.
    static QString surname(DemoRandom &random);
    static QString feminine(const QString &surname);
};

} // namespace lejek
