// SPDX-FileCopyrightText: 2026 Lejek authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "StageGuidance.h"

#include <QHash>

namespace lejek {

using namespace Qt::Literals::StringLiterals;

namespace {
struct Text {
    const char16_t *en;
    const char16_t *pl;
};

// Stages both templates share read the same.
const Text kSql{u"Meets the business criteria (budget, need, timeline, decision maker). Confirm that an offer "
                u"process makes sense and agree the next step with the client.",
                u"Spełnia kryteria biznesowe (budżet, potrzeba, timeline, decision maker). Handlowiec potwierdza, "
                u"że jest sens prowadzić proces ofertowy; ustal z klientem kolejny krok."};
const Text kWon{u"Won: the customer moves to the customer records (onboarding, billing, support).",
                u"Wygrana – klient migruje do CRM-u (onboarding, billing, support)."};
const Text kLost{u"Lost: archived with a reason code (price, timing, competition, no fit). Look at it again in "
                 u"the half-yearly review of lost leads.",
                 u"Przegrana – archiwizacja z kodem przyczyny (cena, timing, konkurencja, brak fit). Wróć do niej "
                 u"przy półrocznym przeglądzie przegranych leadów."};

const QHash<QString, Text> &b2b()
{
    static const QHash<QString, Text> texts{
        {u"New leads"_s,
         {u"A contact from an e-mail campaign, a web form, LinkedIn ads, an event or a webinar. It is in the "
          u"database, but we do not know yet whether it is worth pursuing: make the first contact.",
          u"Kontakty z kampanii e-mail, formularzy na stronie, reklam LinkedIn, eventów, webinarów. Lead wszedł "
          u"do bazy, ale nie wiemy jeszcze, czy jest wartościowy: nawiąż pierwszy kontakt."}},
        {u"Qualification"_s,
         {u"After the first contact with a rep: verify interest and the fit of industry, budget and "
          u"decision-making. A first filter.",
          u"Lead po pierwszym kontakcie z handlowcem – zweryfikuj zainteresowanie, dopasowanie branży, budżetu, "
          u"decyzyjności. Filtr wstępny."}},
        {u"MQL"_s,
         {u"The lead took a defined action: booked a meeting, downloaded a case study, attended a demo. "
          u"Marketing hands it to sales as \u201Cready to talk\u201D: call within the SLA and continue from its history.",
          u"Lead wykonał określoną akcję: umówił spotkanie, pobrał case study, uczestniczył w demo. Marketing "
          u"przekazuje go do sprzedaży jako \u201Egotowy do rozmowy\u201D: zadzwoń w ramach SLA i nawiąż do historii."}},
        {u"SQL"_s, kSql},
        {u"Follow-up"_s,
         {u"Interested, but later (\u201Clet's talk in Q2\u201D, \u201Cwe are waiting for the budget\u201D). Plan the next "
          u"contact as a task: this stage keeps such contacts from being lost.",
          u"Zainteresowany, ale odroczone w czasie (np. \u201Eporozmawiamy w Q2\u201D, \u201Eczekamy na budżet\u201D). Zaplanuj "
          u"kolejny kontakt jako zadanie – ten etap zapobiega gubieniu takich kontaktów."}},
        {u"Opportunity"_s,
         {u"Closing has begun: the offer is sent, negotiation, technical terms, integrations. The stage with "
          u"the highest predictive value: keep the value and the decision date current.",
          u"Rozpoczęty proces finalizacji – oferta wysłana, negocjacje, warunki techniczne, integracje. Etap z "
          u"najwyższą wartością predykcyjną: aktualizuj wartość i termin decyzji."}},
        {u"Won"_s, kWon},
        {u"Lost"_s, kLost},
    };
    return texts;
}

const QHash<QString, Text> &handoff()
{
    static const QHash<QString, Text> texts{
        {u"New"_s,
         {u"A new contact. Marketing scores it and keeps it warm until it meets the handoff rule.",
          u"Nowy kontakt. Marketing ocenia go scoringiem i podtrzymuje kontakt, dopóki nie spełni warunków handoffu."}},
        {u"MQL"_s,
         {u"Handed to an SDR: 70 points of lead scoring and at least one high-intent action (demo request / "
          u"pricing). First contact within SLA 1 (15 minutes).",
          u"Lead przechodzi do SDR, gdy osiągnie 70 punktów lead scoring + wykona co najmniej 1 akcję "
          u"high-intent (demo request / pricing). Pierwszy kontakt w ramach SLA 1 (15 minut)."}},
        {u"SAL"_s,
         {u"Sales accepted the lead. Start the conversation as a continuation of its history, not from zero; "
          u"within 2 days (SLA 2) it must have a status: SQL, disqualified or nurture.",
          u"Sprzedaż przyjęła leada. Wejdź w rozmowę \u201Ejak kontynuację\u201D, a nie od zera; w ciągu 2 dni (SLA 2) "
          u"kontakt musi mieć status: SQL / disqualified / nurture."}},
        {u"SQL"_s, kSql},
        {u"Nurture"_s,
         {u"Not now: marketing keeps in touch with educational content until the lead shows buying intent again.",
          u"Jeszcze nie teraz – marketing podtrzymuje kontakt treściami edukacyjnymi (nurture), aż lead znów "
          u"pokaże intencję zakupową."}},
        {u"Won"_s, kWon},
        {u"Lost"_s, kLost},
        {u"Disqualified"_s,
         {u"Not a fit for the ideal customer profile. Record the reason, so marketing can sharpen its "
          u"qualification criteria.",
          u"Brak dopasowania do ICP. Zapisz powód, aby marketing mógł poprawić kryteria kwalifikacji."}},
    };
    return texts;
}
} // namespace

QMap<QString, QString> StageGuidance::ofTemplate(const QString &templateKey, const QString &stageName)
{
    const QHash<QString, Text> *texts = templateKey == u"b2b"_s ? &b2b() : templateKey == u"handoff"_s ? &handoff() : nullptr;
    if (!texts || !texts->contains(stageName))
        return {};
    const Text &t = texts->value(stageName);
    return {{u"en"_s, QString::fromUtf16(t.en)}, {u"pl"_s, QString::fromUtf16(t.pl)}};
}

} // namespace lejek
