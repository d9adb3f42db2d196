// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Database.h"

namespace lejek {

// The part of a migration that SQL cannot say: values the domain computes (the
// templates' guidance texts, phone numbers read by libphonenumber). Runs after the
// step's SQL, in its transaction.
class DataMigrations
{
public:
    static Result<void> after(Database &db, int version);

private:
    // 6: stages made from a template before stages kept guidance get the template's,
    // in every version of them (the text shipped with the template they came from).
    static Result<void> templateGuidance(Database &db);
    // 7: phones in E.164 (PhoneNumber). A number rewritten is a field edit by the rule
    // "schema 7"; one that cannot be read stays, with a "data_note" in the timeline.
    static Result<void> phonesInE164(Database &db);
    // 9: every lead's web domain (WebDomain), which duplicate checks match on.
    static Result<void> webDomains(Database &db);
    // 10: won leads written without their customer (demo data and history recorded
    // before the services made one on every path) get it, found or made as a win makes it.
    static Result<void> customersOfWonLeads(Database &db);
    // 32: the calendars' working days (WorkingHoursRepository::fillAll), which only the
    // domain's calendar can tell.
    // 33: each pipeline's handoff stage, which the scoring model names, and with it the
    // handoffs' working times (HandoffStayRepository::refreshAll).
};

} // namespace lejek
