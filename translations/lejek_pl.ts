<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl_PL" sourcelanguage="en">
<context>
    <name>ActivityDialog</name>
    <message>
        <location filename="../ui/ActivityDialog.ui"/>
        <source>&amp;What</source>
        <translation>&amp;Co</translation>
    </message>
    <message>
        <location/>
        <source>W&amp;hen</source>
        <translation>&amp;Kiedy</translation>
    </message>
    <message>
        <location/>
        <source>&amp;Outcome</source>
        <translation>&amp;Wynik</translation>
    </message>
    <message>
        <location/>
        <source>&amp;Subject</source>
        <translation>&amp;Temat</translation>
    </message>
    <message>
        <location/>
        <source>&amp;Notes</source>
        <translation>&amp;Notatki</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../ui/ConflictDialog.ui"/>
        <source>The lead changed meanwhile</source>
        <translation>Lead zmienił się w międzyczasie</translation>
    </message>
    <message>
        <location/>
        <source>Field</source>
        <translation>Pole</translation>
    </message>
    <message>
        <location/>
        <source>Theirs (saved meanwhile)</source>
        <translation>Cudze (zapisane w międzyczasie)</translation>
    </message>
    <message>
        <location/>
        <source>Yours (not saved yet)</source>
        <translation>Twoje (jeszcze niezapisane)</translation>
    </message>
</context>
<context>
    <name>LeadCardFields</name>
    <message>
        <location filename="../ui/LeadCardFields.ui"/>
        <source>Contact</source>
        <translation>Dane kontaktowe</translation>
    </message>
    <message>
        <location/>
        <source>Company</source>
        <translation>Dane firmowe</translation>
    </message>
    <message>
        <location/>
        <source>Source</source>
        <translation>Źródło leada</translation>
    </message>
    <message>
        <location/>
        <source>Online behaviour</source>
        <translation>Zachowania online</translation>
    </message>
    <message>
        <location/>
        <source>Pains and goals</source>
        <translation>Bóle i cele</translation>
    </message>
    <message>
        <location/>
        <source>Timeline and budget</source>
        <translation>Timeline/budżet</translation>
    </message>
    <message>
        <location/>
        <source>Previous contacts</source>
        <translation>Poprzednie kontakty</translation>
    </message>
    <message>
        <location/>
        <source>State</source>
        <translation>Stan</translation>
    </message>
    <message>
        <location/>
        <source>Custom fields</source>
        <translation>Pola własne</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <location filename="../ui/MergeDialog.ui"/>
        <source>Merge two leads</source>
        <translation>Scal dwa leady</translation>
    </message>
    <message>
        <location/>
        <source>The lead you keep stays on the board and gets both histories, all tasks and activities. The other one is kept as merged, points to it, and leaves every list.</source>
        <translation>Lead, który zostaje, pozostaje na tablicy i dostaje obie historie, wszystkie zadania i aktywności. Drugi zostaje zachowany jako scalony, wskazuje na niego i znika ze wszystkich list.</translation>
    </message>
    <message>
        <location/>
        <source>Keep</source>
        <translation>Zostaw</translation>
    </message>
    <message>
        <location/>
        <source>Where the two differ, choose the value to keep. A field only one of them fills keeps that value.</source>
        <translation>Tam, gdzie się różnią, wybierz wartość do zachowania. Pole wypełnione tylko w jednym z nich zachowuje tę wartość.</translation>
    </message>
    <message>
        <location/>
        <source>Field</source>
        <translation>Pole</translation>
    </message>
</context>
<context>
    <name>TaskDialog</name>
    <message>
        <location filename="../ui/TaskDialog.ui"/>
        <source>&amp;Task</source>
        <translation>&amp;Zadanie</translation>
    </message>
    <message>
        <location/>
        <source>&amp;Due</source>
        <translation>&amp;Termin</translation>
    </message>
    <message>
        <location/>
        <source>&amp;Assignee</source>
        <translation>&amp;Wykonawca</translation>
    </message>
</context>
<context>
    <name>lejek</name>
    <message>
        <location filename="../src/store/Database.cpp" line="+25"/>
        <source>another program or import has been writing to this database file for longer than this write could wait; try again when it is done (%1)</source>
        <translation>inny program lub import zapisuje do tego pliku bazy dłużej, niż ten zapis mógł czekać; spróbuj ponownie, gdy skończy (%1)</translation>
    </message>
    <message>
        <location filename="../src/services/local/LeadMerge.cpp" line="+27"/>
        <source>lead %1 was changed by someone else (version %2, you had %3): look at it again before merging</source>
        <translation>lead %1 zmienił ktoś inny (wersja %2, masz %3): obejrzyj go ponownie przed scaleniem</translation>
    </message>
    <message>
        <location filename="../src/engine/TeamSettingsJson.cpp" line="+33"/>
        <source>%1: &quot;%2&quot; is not a date such as 2026-12-31</source>
        <translation>%1: „%2” nie jest datą, np. 2026-12-31</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: calendar</source>
        <translation>%1: kalendarz</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+49"/>
        <source>%1: expected an object</source>
        <translation>%1: oczekiwano obiektu</translation>
    </message>
    <message>
        <location line="-41"/>
        <source>%1: unknown time zone &quot;%2&quot; (such as Europe/Warsaw)</source>
        <translation>%1: nieznana strefa czasowa „%2” (np. Europe/Warsaw)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: hours &quot;%2&quot; are not a working day such as 09:00-17:00</source>
        <translation>%1: godziny „%2” nie są dniem pracy, np. 09:00-17:00</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: &quot;%2&quot; is not a day (mon, tue, wed, thu, fri, sat, sun)</source>
        <translation>%1: „%2” nie jest dniem (mon, tue, wed, thu, fri, sat, sun)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: a team works at least one day a week</source>
        <translation>%1: zespół pracuje co najmniej jeden dzień w tygodniu</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: days_off</source>
        <translation>%1: days_off</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1: member %2</source>
        <translation>%1: członek %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: member &quot;%2&quot;</source>
        <translation>%1: członek „%2”</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: &quot;user&quot; names the member (an e-mail or a name)</source>
        <translation>%1: „user” wskazuje członka (e-mail lub imię i nazwisko)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: capacity must be a whole number of open leads, 0 for no limit</source>
        <translation>%1: limit to liczba całkowita otwartych leadów, 0 oznacza brak limitu</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: away</source>
        <translation>%1: nieobecność</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1: %2 is before %3</source>
        <translation>%1: %2 jest przed %3</translation>
    </message>
    <message>
        <location filename="../src/services/local/LocalReportService.cpp" line="+121"/>
        <source>the period ends (%1) before it begins (%2)</source>
        <translation>okres kończy się (%1) przed swoim początkiem (%2)</translation>
    </message>
    <message>
        <location filename="../src/store/Migrator.cpp" line="+107"/>
        <source>migration %1 failed: %2</source>
        <translation>migracja %1 nie powiodła się: %2</translation>
    </message>
</context>
<context>
    <name>lejek::ActivityCommands</name>
    <message>
        <location filename="../src/services/local/ActivityCommands.cpp" line="+30"/>
        <source>&quot;%1&quot; is not an activity type (one of %2)</source>
        <translation>„%1” nie jest rodzajem aktywności (dostępne: %2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unknown activity type</source>
        <translation>nieznany rodzaj aktywności</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the activity text is too long</source>
        <translation>opis aktywności jest za długi</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+36"/>
        <source>is too long</source>
        <translation>jest za długie</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>log an activity on</source>
        <translation>rejestrować aktywności dla</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>a task needs a title of at most %1 characters</source>
        <translation>zadanie potrzebuje tytułu o długości najwyżej %1 znaków</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <location line="+89"/>
        <source>is empty</source>
        <translation>jest puste</translation>
    </message>
    <message>
        <location line="-89"/>
        <location line="+89"/>
        <source>a task needs a due date</source>
        <translation>zadanie potrzebuje terminu</translation>
    </message>
    <message>
        <location line="-73"/>
        <source>no user named &quot;%1&quot;</source>
        <translation>nie ma użytkownika „%1”</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>unknown user</source>
        <translation>nieznany użytkownik</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>add a task to</source>
        <translation>dodawać zadań do</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>change a task of</source>
        <translation>zmieniać zadania</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>task %1 is already done</source>
        <translation>zadanie %1 jest już wykonane</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>task %1 is done and cannot be rescheduled</source>
        <translation>zadanie %1 jest wykonane; nie można zmienić jego terminu</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>task %1 is already cancelled</source>
        <translation>zadanie %1 jest już anulowane</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>task %1 is done and cannot be cancelled</source>
        <translation>zadanie %1 jest wykonane i nie można go anulować</translation>
    </message>
</context>
<context>
    <name>lejek::BehaviourEventCommands</name>
    <message>
        <location filename="../src/services/local/BehaviourEventCommands.cpp" line="+41"/>
        <source>event %1: %2: %3</source>
        <translation>zdarzenie %1: %2: %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unknown type &quot;%1&quot; (one of %2, form)</source>
        <translation>nieznany typ „%1” (jeden z: %2, form)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an event needs an e-mail, a NIP or a website to find its lead by</source>
        <translation>zdarzenie potrzebuje e-maila, NIP-u lub strony www, by znaleźć swój lead</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;%1&quot; is not an e-mail address</source>
        <translation>„%1” nie jest adresem e-mail</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+2"/>
        <source>is longer than %1 characters</source>
        <translation>ma więcej niż %1 znaków</translation>
    </message>
    <message>
        <location line="+63"/>
        <location line="+11"/>
        <source>event %1: %2</source>
        <translation>zdarzenie %1: %2</translation>
    </message>
</context>
<context>
    <name>lejek::BehaviourEventFile</name>
    <message>
        <location filename="../src/import/BehaviourEventFile.cpp" line="+38"/>
        <source>line %1: at: &quot;%2&quot; is not an ISO 8601 time (2026-03-02T10:15:00Z)</source>
        <translation>wiersz %1: at: „%2” nie jest czasem w formacie ISO 8601 (2026-03-02T10:15:00Z)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>line %1: type: &quot;%2&quot; is not one of %3, form</source>
        <translation>wiersz %1: type: „%2” nie jest żadnym z: %3, form</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>line %1: email: an event needs an e-mail, a NIP or a website to find its lead by</source>
        <translation>wiersz %1: email: zdarzenie potrzebuje e-maila, NIP-u lub strony www, by znaleźć swój lead</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>… and %1 more</source>
        <translation>… i %1 więcej</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: nothing was recorded: %2 problem(s) in the file:
%3</source>
        <translation>%1: nic nie zapisano; problemy w pliku (%2):
%3</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>cannot read %1: %2</source>
        <translation>nie można odczytać %1: %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>line %1: not a JSON object (%2)</source>
        <translation>wiersz %1: to nie jest obiekt JSON (%2)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>line %1: unknown key &quot;%2&quot; (expected %3)</source>
        <translation>wiersz %1: nieznany klucz „%2” (oczekiwano: %3)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1: unknown column &quot;%2&quot; (the columns are %3)</source>
        <translation>%1: nieznana kolumna „%2” (kolumny to: %3)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>line %1: %2 fields, the header has %3</source>
        <translation>wiersz %1: pól: %2, a nagłówek ma %3</translation>
    </message>
</context>
<context>
    <name>lejek::BoardReads</name>
    <message>
        <location filename="../src/services/local/BoardReads.cpp" line="+32"/>
        <source>see</source>
        <translation>zobaczyć</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>a list holds at most %1 leads, not %2</source>
        <translation>lista mieści najwyżej %1 leadów, nie %2</translation>
    </message>
    <message>
        <location line="+34"/>
        <location line="+12"/>
        <source>read the timeline of</source>
        <translation>przeglądać historii</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>a timeline page holds 1 to %1 entries, not %2</source>
        <translation>strona historii mieści od 1 do %1 wpisów, nie %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>see the tasks of</source>
        <translation>zobaczyć zadań</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>a list of tasks holds 1 to 1000, not %1</source>
        <translation>lista zadań mieści od 1 do 1000 pozycji, nie %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the database&apos;s owner is no user and has no tasks of their own; act as a user (--as)</source>
        <translation>właściciel bazy nie jest użytkownikiem i nie ma własnych zadań; działaj jako użytkownik (--as)</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>list 1 to 10,000 pairs per key, not %1</source>
        <translation>wypisz od 1 do 10 000 par na klucz, nie %1</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>the lowest score %1 is above the highest %2</source>
        <translation>najniższy scoring %1 jest wyższy niż najwyższy %2</translation>
    </message>
</context>
<context>
    <name>lejek::ColumnMapping</name>
    <message>
        <location filename="../src/core/ColumnMapping.cpp" line="+51"/>
        <location line="+3"/>
        <source>Stage</source>
        <translation>Etap</translation>
    </message>
    <message>
        <location line="-2"/>
        <location line="+3"/>
        <source>Owner</source>
        <translation>Właściciel</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--map names the column &quot;%1&quot;, which the file does not have</source>
        <translation>--map wskazuje kolumnę „%1”, której nie ma w pliku</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--map %1=%2: &quot;%2&quot; is not a field of the pipeline &quot;%3&quot;</source>
        <translation>--map %1=%2: „%2” nie jest polem lejka „%3”</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>the columns &quot;%1&quot; and &quot;%2&quot; both feed %3; map one of them elsewhere with --map</source>
        <translation>kolumny „%1” i „%2” trafiają do tego samego pola %3; przypisz jedną z nich gdzie indziej opcją --map</translation>
    </message>
</context>
<context>
    <name>lejek::CompiledCondition</name>
    <message>
        <location filename="../src/engine/CompiledCondition.cpp" line="+70"/>
        <source>unknown field &quot;%1&quot;</source>
        <translation>nieznane pole „%1”</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&quot;%1&quot;: &quot;days since&quot; needs a date field, and %2 is not one</source>
        <translation>„%1”: „days since” wymaga pola z datą, a %2 nim nie jest</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;%1&quot;: &quot;changed&quot; takes the field itself, not &quot;days since&quot;</source>
        <translation>„%1”: „changed” dotyczy samego pola, nie „days since”</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;%1&quot;: %2 cannot be compared by size</source>
        <translation>„%1”: %2 nie da się porównać co do wielkości</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&quot;%1&quot;: &quot;%2&quot; is not a number</source>
        <translation>„%1”: „%2” nie jest liczbą</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&quot;%1&quot;: &quot;%2&quot; is not a date (2026-06-30) or a relative one (today, +14d, -2w, +6m)</source>
        <translation>„%1”: „%2” nie jest datą (2026-06-30) ani datą względną (today, +14d, -2w, +6m)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;%1&quot;: a date is compared with =, &lt;, &gt; or between</source>
        <translation>„%1”: datę porównuje się przez =, &lt;, &gt; lub between</translation>
    </message>
</context>
<context>
    <name>lejek::Condition</name>
    <message>
        <location filename="../src/core/Condition.cpp" line="+101"/>
        <source>the condition &quot;%1&quot; has no value after the operator</source>
        <translation>warunek „%1” nie ma wartości po operatorze</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;%1&quot; is not a field key</source>
        <translation>„%1” nie jest kluczem pola</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cannot read the condition &quot;%1&quot; (expected e.g. &quot;budget &gt; 50000&quot;)</source>
        <translation>nie można odczytać warunku „%1” (oczekiwano np. „budget &gt; 50000”)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>unknown operator &quot;%1&quot;</source>
        <translation>nieznany operator „%1”</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&quot;%1&quot; lists no values</source>
        <translation>„%1” nie podaje żadnych wartości</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;%1&quot; is not a date or a relative date like +6m</source>
        <translation>„%1” nie jest datą ani datą względną, np. +6m</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&quot;%1&quot; %2</source>
        <translation>„%1” %2</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>%1 is filled</source>
        <translation>%1 jest wypełnione</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is one of %2</source>
        <translation>%1 jest jednym z: %2</translation>
    </message>
</context>
<context>
    <name>lejek::ConditionExpr</name>
    <message>
        <location filename="../src/engine/ConditionExpr.cpp" line="+84"/>
        <source>%1: expected a text or a number</source>
        <translation>%1: oczekiwano tekstu lub liczby</translation>
    </message>
    <message>
        <location line="+103"/>
        <source>expected an object or a condition in words</source>
        <translation>oczekiwano obiektu lub warunku zapisanego słowami</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&quot;%1&quot; must be a list of conditions</source>
        <translation>„%1” musi być listą warunków</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>expected &quot;field&quot;, &quot;days_since&quot;, &quot;all&quot; or &quot;any&quot;</source>
        <translation>oczekiwano „field”, „days_since”, „all” lub „any”</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>unknown operator &quot;%1&quot;</source>
        <translation>nieznany operator „%1”</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&quot;between&quot; needs &quot;values&quot;: [low, high]</source>
        <translation>„between” wymaga „values”: [od, do]</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&quot;%1&quot; takes no value</source>
        <translation>„%1” nie przyjmuje wartości</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&quot;%1&quot; needs &quot;values&quot;: [...]</source>
        <translation>„%1” wymaga „values”: [...]</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&quot;%1&quot; needs a &quot;value&quot;</source>
        <translation>„%1” wymaga „value”</translation>
    </message>
</context>
<context>
    <name>lejek::ConditionParser</name>
    <message>
        <location filename="../src/engine/ConditionParser.cpp" line="+46"/>
        <source>&quot;and&quot;, &quot;or&quot; or the end (quote a value that has spaces)</source>
        <translation>„and”, „or” albo koniec (wartość ze spacjami ujmij w cudzysłów)</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>at character %1: the quoted value is not closed (expected %2)</source>
        <translation>na znaku %1: wartość w cudzysłowie nie jest zamknięta (oczekiwano %2)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>at character %1: expected &quot;!=&quot;</source>
        <translation>na znaku %1: oczekiwano „!=”</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>&quot;)&quot; closing the &quot;(&quot; at character %1</source>
        <translation>„)” zamykającego „(” ze znaku %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&quot;since&quot; after &quot;days&quot;</source>
        <translation>„since” po „days”</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a field key such as employees or industry</source>
        <translation>klucza pola, np. employees lub industry</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>an operator: =, !=, &lt;, &lt;=, &gt;, &gt;=, in, not in, contains, between, is empty, is not empty or changed</source>
        <translation>operatora: =, !=, &lt;, &lt;=, &gt;, &gt;=, in, not in, contains, between, is empty, is not empty lub changed</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>a value after &quot;%1&quot;</source>
        <translation>wartości po „%1”</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>a value after &quot;contains&quot;</source>
        <translation>wartości po „contains”</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the lower bound after &quot;between&quot;</source>
        <translation>dolnej granicy po „between”</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;and&quot; between the two bounds</source>
        <translation>„and” między granicami</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the upper bound after &quot;and&quot;</source>
        <translation>górnej granicy po „and”</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&quot;empty&quot; after &quot;is not&quot;</source>
        <translation>„empty” po „is not”</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&quot;empty&quot; or &quot;not empty&quot; after &quot;is&quot;</source>
        <translation>„empty” lub „not empty” po „is”</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>a value to look for</source>
        <translation>szukanej wartości</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>a value after &quot;,&quot;</source>
        <translation>wartości po „,”</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;,&quot; or &quot;)&quot; in the list</source>
        <translation>„,” lub „)” w liście</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>the end</source>
        <translation>koniec</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>at character %1: expected %2, found %3</source>
        <translation>na znaku %1: oczekiwano %2, jest %3</translation>
    </message>
</context>
<context>
    <name>lejek::ConnectionSettings</name>
    <message>
        <location filename="../src/store/ConnectionSettings.cpp" line="+19"/>
        <source>no database given</source>
        <translation>nie podano bazy danych</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>not a PostgreSQL URL (postgresql://user@host:port/database): %1</source>
        <translation>to nie jest adres PostgreSQL (postgresql://użytkownik@host:port/baza): %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a password does not belong in the database URL; store it with &quot;lejek-cli password set&quot; or in ~/.pgpass</source>
        <translation>hasło nie powinno być częścią adresu bazy; zapisz je poleceniem „lejek-cli password set” albo w ~/.pgpass</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the PostgreSQL URL names no database: %1</source>
        <translation>adres PostgreSQL nie wskazuje bazy danych: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the PostgreSQL URL option &quot;%1&quot; is not supported (use %2)</source>
        <translation>opcja „%1” adresu PostgreSQL nie jest obsługiwana (użyj: %2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the PostgreSQL URL option &quot;%1&quot; has an invalid value</source>
        <translation>opcja „%1” adresu PostgreSQL ma niepoprawną wartość</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>unsupported database URL (use a file path or postgresql://...): %1</source>
        <translation>nieobsługiwany adres bazy (podaj ścieżkę pliku albo postgresql://...): %1</translation>
    </message>
</context>
<context>
    <name>lejek::CsvReader</name>
    <message>
        <location filename="../src/import/CsvReader.cpp" line="+79"/>
        <source>this build of Qt cannot decode Windows-1250 text</source>
        <translation>ta wersja Qt nie potrafi dekodować tekstu w kodowaniu Windows-1250</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the delimiter must be &quot;,&quot; or &quot;;&quot;</source>
        <translation>separatorem musi być „,” albo „;”</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cannot open %1: %2</source>
        <translation>nie można otworzyć %1: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the CSV input is not open for reading</source>
        <translation>wejście CSV nie jest otwarte do odczytu</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>cannot start the CSV parser</source>
        <translation>nie można uruchomić parsera CSV</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the file is empty</source>
        <translation>plik jest pusty</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>the record has %1 fields, the header %2</source>
        <translation>liczba pól w rekordzie: %1, w nagłówku: %2</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>cannot read the file: %1</source>
        <translation>nie można odczytać pliku: %1</translation>
    </message>
    <message>
        <location line="+104"/>
        <source>line %1: the text is not valid UTF-8 (if the file was saved as Windows-1250, read it with that encoding)</source>
        <translation>wiersz %1: tekst nie jest poprawnym UTF-8 (jeśli plik zapisano w kodowaniu Windows-1250, wczytaj go z tym kodowaniem)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>line %1: a quote inside an unquoted field, or text after a closing quote (a field with quotes must be quoted whole, its quotes doubled)</source>
        <translation>wiersz %1: cudzysłów wewnątrz pola bez cudzysłowów albo tekst po cudzysłowie zamykającym (pole zawierające cudzysłowy musi być w całości ujęte w cudzysłów, a cudzysłowy w nim – podwojone)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>line %1: %2</source>
        <translation>wiersz %1: %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>line %1: a field is larger than 1 MiB (is a quote not closed?)</source>
        <translation>wiersz %1: pole jest większe niż 1 MiB (czy nie brakuje cudzysłowu zamykającego?)</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+98"/>
        <source>line %1: the record is larger than 4 MiB</source>
        <translation>wiersz %1: rekord jest większy niż 4 MiB</translation>
    </message>
    <message>
        <location line="-89"/>
        <source>line %1: the text is not valid UTF-8 (the file ends inside a character)</source>
        <translation>wiersz %1: tekst nie jest poprawnym UTF-8 (plik kończy się w środku znaku)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>line %1: a quoted field is not closed</source>
        <translation>wiersz %1: pole w cudzysłowie nie zostało zamknięte</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>line %1: columns without a name in the header: %2</source>
        <translation>wiersz %1: kolumny bez nazwy w nagłówku: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>line %1: column names used twice in the header: %2</source>
        <translation>wiersz %1: nazwy kolumn powtórzone w nagłówku: %2</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>line %1: a field is larger than 1 MiB</source>
        <translation>wiersz %1: pole jest większe niż 1 MiB</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>line %1: the record has more than %2 fields</source>
        <translation>wiersz %1: rekord ma więcej pól niż %2</translation>
    </message>
</context>
<context>
    <name>lejek::CsvWriter</name>
    <message>
        <location filename="../src/import/CsvWriter.cpp" line="+55"/>
        <source>cannot write the CSV file: %1</source>
        <translation>nie można zapisać pliku CSV: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no file</source>
        <translation>brak pliku</translation>
    </message>
</context>
<context>
    <name>lejek::CustomerCommands</name>
    <message>
        <location filename="../src/services/local/CustomerCommands.cpp" line="+22"/>
        <source>list 1 to 1,000 customers, not %1</source>
        <translation>wypisz od 1 do 1000 klientów, nie %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>there is no customer %1</source>
        <translation>nie ma klienta %1</translation>
    </message>
</context>
<context>
    <name>lejek::Database</name>
    <message>
        <location filename="../src/store/Database.cpp" line="+85"/>
        <source>the Qt SQL driver %1 is not installed</source>
        <translation>sterownik Qt SQL %1 nie jest zainstalowany</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>cannot open %1: the folder %2 does not exist</source>
        <translation>nie można otworzyć %1: folder %2 nie istnieje</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>cannot open %1</source>
        <translation>nie można otworzyć %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>cannot set the connection up</source>
        <translation>nie można przygotować połączenia</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>cannot prepare a statement</source>
        <translation>nie można przygotować zapytania</translation>
    </message>
    <message>
        <location line="-69"/>
        <location filename="../src/store/PostgresRows.cpp" line="+22"/>
        <location filename="../src/store/SqliteStatement.cpp" line="+102"/>
        <source>the database refused a statement</source>
        <translation>baza danych odrzuciła zapytanie</translation>
    </message>
    <message>
        <location line="+122"/>
        <source>a schema statement failed</source>
        <translation>polecenie schematu nie powiodło się</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>cannot start a transaction</source>
        <translation>nie można rozpocząć transakcji</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>commit without a transaction</source>
        <translation>zatwierdzenie bez transakcji</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>a part of this change failed, so none of it was written</source>
        <translation>część tej zmiany się nie powiodła, więc nic nie zostało zapisane</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cannot commit</source>
        <translation>nie można zatwierdzić transakcji</translation>
    </message>
    <message>
        <location filename="../src/store/SqliteStatement.cpp" line="-59"/>
        <source>%1 values for %2 parameters</source>
        <translation>liczba wartości (%1) nie zgadza się z liczbą parametrów zapytania (%2)</translation>
    </message>
</context>
<context>
    <name>lejek::DemoWriter</name>
    <message>
        <location filename="../src/demo/DemoWriter.cpp" line="+129"/>
        <source>the number of demo leads cannot be negative</source>
        <translation>liczba leadów demonstracyjnych nie może być ujemna</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>is negative</source>
        <translation>jest ujemne</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>writing demo leads %1 to %2 failed: %3</source>
        <translation>zapis leadów demonstracyjnych od %1 do %2 nie powiódł się: %3</translation>
    </message>
</context>
<context>
    <name>lejek::EngineConfigCommands</name>
    <message>
        <location filename="../src/services/engine/EngineConfigCommands.cpp" line="+101"/>
        <source>unknown section &quot;%1&quot; (expected teams, routing, scoring, sla)</source>
        <translation>nieznana sekcja „%1” (oczekiwano: teams, routing, scoring, sla)</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>routing row %1: unknown team &quot;%2&quot;</source>
        <translation>wiersz routingu %1: nieznany zespół „%2”</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>routing row %1: the pipeline has no stage &quot;%2&quot;</source>
        <translation>wiersz routingu %1: lejek nie ma etapu „%2”</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>routing row %1: unknown user &quot;%2&quot;</source>
        <translation>wiersz routingu %1: nieznany użytkownik „%2”</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>scoring handoff: the pipeline has no stage &quot;%1&quot;</source>
        <translation>przekazanie w scoringu: lejek nie ma etapu „%1”</translation>
    </message>
</context>
<context>
    <name>lejek::EngineConfigJson</name>
    <message>
        <location filename="../src/engine/EngineConfigJson.cpp" line="+41"/>
        <source>%1: unknown key &quot;%2&quot; (expected %3)</source>
        <translation>%1: nieznany klucz „%2” (oczekiwano: %3)</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: &quot;%2&quot; must be a whole number</source>
        <translation>%1: „%2” musi być liczbą całkowitą</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>routing: expected a list of rows</source>
        <translation>routing: oczekiwano listy wierszy</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>routing row %1</source>
        <translation>wiersz routingu %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: expected an object</source>
        <translation>%1: oczekiwano obiektu</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1: name exactly one of &quot;team&quot;, &quot;user&quot; or &quot;queue&quot;: true</source>
        <translation>%1: podaj dokładnie jedno z: „team”, „user” lub „queue”: true</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: the team or user has no name</source>
        <translation>%1: zespół lub użytkownik bez nazwy</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: &quot;later&quot; needs a &quot;team&quot; and the &quot;stage&quot; it takes over at</source>
        <translation>%1: „later” wymaga „team” i etapu („stage”), na którym zespół przejmuje lead</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>scoring: expected an object</source>
        <translation>scoring: oczekiwano obiektu</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+7"/>
        <source>scoring</source>
        <translation>scoring</translation>
    </message>
    <message>
        <location line="-3"/>
        <location line="+2"/>
        <source>scoring handoff</source>
        <translation>przekazanie w scoringu</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>scoring rule %1</source>
        <translation>reguła scoringu %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>scoring rule &quot;%1&quot;</source>
        <translation>reguła scoringu „%1”</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: a rule needs a &quot;name&quot; (a score is explained by its rules&apos; names)</source>
        <translation>%1: reguła potrzebuje nazwy („name”): wynik tłumaczą nazwy reguł</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: a rule needs an &quot;event&quot; or a &quot;when&quot;</source>
        <translation>%1: reguła potrzebuje „event” lub „when”</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: &quot;points&quot; is missing</source>
        <translation>%1: brak „points”</translation>
    </message>
</context>
<context>
    <name>lejek::EngineReplay</name>
    <message>
        <location filename="../src/services/engine/EngineReplay.cpp" line="+100"/>
        <source>the pipeline %1 has no stage &quot;%2&quot;</source>
        <translation>lejek %1 nie ma etapu „%2”</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;%1&quot; cannot count as converted: reaching a stage means reaching an open or won one</source>
        <translation>„%1” nie może oznaczać konwersji: osiągnąć można etap otwarty lub wygrany</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the pipeline %1 has neither an SQL nor a won stage: name the stage that counts as converted</source>
        <translation>lejek %1 nie ma ani etapu SQL, ani wygranego: wskaż etap, który oznacza konwersję</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>the pipeline %1 has no routing table to replay: save one, or replay a proposed one</source>
        <translation>lejek %1 nie ma tabeli routingu do odtworzenia: zapisz ją albo odtwórz proponowaną</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>the pipeline %1 has no scoring model to replay: save one, or replay a proposed one</source>
        <translation>lejek %1 nie ma modelu scoringu do odtworzenia: zapisz go albo odtwórz proponowany</translation>
    </message>
</context>
<context>
    <name>lejek::EngineSetupCache</name>
    <message>
        <location filename="../src/services/engine/EngineSetup.cpp" line="+38"/>
        <source>the engine configuration of pipeline %1 no longer holds: %2</source>
        <translation>konfiguracja reguł lejka %1 jest już nieaktualna: %2</translation>
    </message>
</context>
<context>
    <name>lejek::EngineValueRepository</name>
    <message>
        <location filename="../src/store/EngineValueRepository.cpp" line="+16"/>
        <source>no lead with id %1</source>
        <translation>nie ma leada o id %1</translation>
    </message>
</context>
<context>
    <name>lejek::ExportJob</name>
    <message>
        <location filename="../src/import/ExportJob.cpp" line="+94"/>
        <source>cannot write: %1</source>
        <translation>nie można zapisać: %1</translation>
    </message>
    <message>
        <location line="+64"/>
        <location line="+47"/>
        <source>cannot write %1: %2</source>
        <translation>nie można zapisać %1: %2</translation>
    </message>
    <message>
        <location line="-41"/>
        <source>no file to export to</source>
        <translation>nie wskazano pliku do eksportu</translation>
    </message>
</context>
<context>
    <name>lejek::ExternalChangeWatcher</name>
    <message>
        <location filename="../src/services/local/ExternalChangeWatcher.cpp" line="+87"/>
        <source>cannot follow changes made elsewhere: %1</source>
        <translation>nie można śledzić zmian wprowadzanych gdzie indziej: %1</translation>
    </message>
</context>
<context>
    <name>lejek::HistoryImport</name>
    <message>
        <location filename="../src/services/local/HistoryImport.cpp" line="+35"/>
        <source>record leads with their past</source>
        <translation>zapisywać leadów wraz z ich historią</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>record %1 names a pipeline or stage that does not exist</source>
        <translation>rekord %1 wskazuje lejek lub etap, który nie istnieje</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>is not a date or time: %1</source>
        <translation>nie jest datą ani godziną: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>closed_at is given, but %1 is an open stage: an open lead has not closed</source>
        <translation>podano closed_at, ale %1 to etap otwarty: otwarty lead nie został zamknięty</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>is for won or lost rows</source>
        <translation>dotyczy tylko wierszy wygranych lub przegranych</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a won or lost lead enters its stage when it closes, but stage_entered_at is %1 and closed_at %2 (map an earlier date to created_at)</source>
        <translation>wygrany lub przegrany lead wchodzi do swojego etapu w chwili zamknięcia, a stage_entered_at to %1, closed_at zaś %2 (wcześniejszą datę przypisz do created_at)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>differs from closed_at</source>
        <translation>różni się od closed_at</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the dates are out of order: created %1, stage entered %2, closed %3</source>
        <translation>daty są w złej kolejności: utworzono %1, wejście do etapu %2, zamknięto %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>, last activity %1</source>
        <translation>, ostatnia aktywność %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>created_at is in the future: %1</source>
        <translation>created_at jest w przyszłości: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>last_activity_at is in the future: %1</source>
        <translation>last_activity_at jest w przyszłości: %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>a lead needs a company, a person&apos;s name, an e-mail or an external id</source>
        <translation>lead potrzebuje firmy, imienia i nazwiska osoby, adresu e-mail albo identyfikatora zewnętrznego</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a lost row needs a lost reason (or give one for all with --lost-reason)</source>
        <translation>przegrany wiersz wymaga powodu przegranej (albo podaj jeden dla wszystkich opcją --lost-reason)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is empty</source>
        <translation>jest puste</translation>
    </message>
    <message>
        <location line="+118"/>
        <source>lead %1 already has the external id %2</source>
        <translation>lead %1 ma już identyfikator zewnętrzny %2</translation>
    </message>
</context>
<context>
    <name>lejek::ImportJob</name>
    <message>
        <location filename="../src/import/ImportJob.cpp" line="+47"/>
        <source>the file has %1 columns now, but %2 were mapped; choose the file again</source>
        <translation>plik ma teraz %1 kolumn, a przypisano %2; wybierz plik ponownie</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the column &quot;%1&quot; is mapped to &quot;%2&quot;, which is not a field of the pipeline &quot;%3&quot;</source>
        <translation>kolumna „%1” jest przypisana do „%2”, które nie jest polem lejka „%3”</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the columns &quot;%1&quot; and &quot;%2&quot; both feed %3</source>
        <translation>kolumny „%1” i „%2” zasilają to samo pole: %3</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+80"/>
        <location line="+117"/>
        <source>cannot write %1: %2</source>
        <translation>nie można zapisać %1: %2</translation>
    </message>
    <message>
        <location line="-109"/>
        <source>line</source>
        <translation>wiersz</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>reason</source>
        <translation>powód</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>%1 changed while it was being imported</source>
        <translation>plik %1 zmienił się w trakcie importu</translation>
    </message>
</context>
<context>
    <name>lejek::KeychainCredentials</name>
    <message>
        <location filename="../src/services/KeychainCredentials.cpp" line="+34"/>
        <source>the keychain refused: %1</source>
        <translation>pęk kluczy odmówił: %1</translation>
    </message>
</context>
<context>
    <name>lejek::LeadEngine</name>
    <message>
        <location filename="../src/services/engine/LeadEngine.cpp" line="+200"/>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>score %1 ≥ %2 with a high-intent event</source>
        <translation>scoring %1 ≥ %2 i zdarzenie wysokiej intencji</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>score %1 ≥ %2</source>
        <translation>scoring %1 ≥ %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>not handed off</source>
        <translation>nie przekazano</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>the pipeline has no stage %1</source>
        <translation>lejek nie ma etapu %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>not moved to %1</source>
        <translation>nie przeniesiono do %1</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>not given to %1</source>
        <translation>nie przydzielono: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the manager&apos;s queue</source>
        <translation>kolejka managera</translation>
    </message>
</context>
<context>
    <name>lejek::LeadFactsRepository</name>
    <message>
        <location filename="../src/store/LeadFactsRepository.cpp" line="+455"/>
        <source>the handoffs are not listed here</source>
        <translation>przekazania leadów nie są tu wyliczane</translation>
    </message>
</context>
<context>
    <name>lejek::LeadFields</name>
    <message>
        <location filename="../src/core/LeadFields.cpp" line="+19"/>
        <source>First name</source>
        <translation>Imię</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last name</source>
        <translation>Nazwisko</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>Stanowisko</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Industry</source>
        <translation>Branża</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Company size</source>
        <translation>Wielkość firmy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country</source>
        <translation>Kraj</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>City</source>
        <translation>Miasto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Website</source>
        <translation>Strona WWW</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source</source>
        <translation>Źródło</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Campaign</source>
        <translation>Kampania</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Main pain</source>
        <translation>Główny problem</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Goals</source>
        <translation>Cele</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decision date</source>
        <translation>Termin decyzji</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Budget</source>
        <translation>Budżet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Currency</source>
        <translation>Waluta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Notatki</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next step</source>
        <translation>Następny krok</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Score</source>
        <translation>Scoring</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deal value</source>
        <translation>Wartość transakcji</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lost reason</source>
        <translation>Powód przegranej</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>External id</source>
        <translation>Identyfikator zewnętrzny</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>a lead needs a company, a person&apos;s name, an e-mail or an external id</source>
        <translation>lead potrzebuje firmy, imienia i nazwiska osoby, adresu e-mail albo identyfikatora zewnętrznego</translation>
    </message>
</context>
<context>
    <name>lejek::LeadImport</name>
    <message>
        <location filename="../src/services/local/LeadImport.cpp" line="+56"/>
        <location line="+336"/>
        <source>duplicate of lead %1 (same external id, e-mail or NIP)</source>
        <translation>duplikat leada %1 (ten sam identyfikator zewnętrzny, e-mail lub NIP)</translation>
    </message>
    <message>
        <location line="-295"/>
        <source>stays in %1: %2</source>
        <translation>zostaje w etapie %1: %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>lead %1 already has these values</source>
        <translation>lead %1 ma już te wartości</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>lead %1 unchanged: %2</source>
        <translation>lead %1 bez zmian: %2</translation>
    </message>
    <message>
        <location line="+28"/>
        <location line="+323"/>
        <source>placed in %1 instead: %2</source>
        <translation>zamiast tego umieszczono w etapie %1: %2</translation>
    </message>
    <message>
        <location line="-229"/>
        <source>same web domain as lead %1 (%2): see lejek-cli duplicates</source>
        <translation>ta sama domena firmy co lead %1 (%2): zobacz lejek-cli duplicates</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>updates the lead of line %1</source>
        <translation>zaktualizuje leada z wiersza %1</translation>
    </message>
    <message>
        <location line="+130"/>
        <source>duplicate of the row on line %1 (same external id, e-mail or NIP)</source>
        <translation>duplikat wiersza %1 (ten sam identyfikator zewnętrzny, e-mail lub NIP)</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+28"/>
        <source>the row on line %1 already has the external id %2</source>
        <translation>wiersz %1 ma już identyfikator zewnętrzny %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>lead %1 already has the external id %2</source>
        <translation>lead %1 ma już identyfikator zewnętrzny %2</translation>
    </message>
</context>
<context>
    <name>lejek::LeadMerge</name>
    <message>
        <location filename="../src/services/local/LeadMerge.cpp" line="+32"/>
        <source>lead %1 cannot be merged into itself</source>
        <translation>leada %1 nie można scalić z nim samym</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>merge</source>
        <translation>scalić</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>lead %1 is in &quot;%2&quot; and lead %3 in &quot;%4&quot;: only leads of one pipeline can be merged</source>
        <translation>lead %1 jest w lejku „%2”, a lead %3 w „%4”: scalać można tylko leady jednego lejka</translation>
    </message>
</context>
<context>
    <name>lejek::LeadRepository</name>
    <message>
        <location filename="../src/store/LeadRepository.cpp" line="+242"/>
        <location line="+80"/>
        <source>no lead with id %1</source>
        <translation>nie ma leada o id %1</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>the database returned %1 ids for %2 new leads</source>
        <translation>baza danych zwróciła %1 identyfikatorów dla %2 nowych leadów</translation>
    </message>
    <message>
        <location line="+106"/>
        <source>no stage with id %1 in %2</source>
        <translation>nie ma etapu o id %1 w lejku %2</translation>
    </message>
</context>
<context>
    <name>lejek::LeadWrites</name>
    <message>
        <location filename="../src/services/local/LeadWrites.cpp" line="+70"/>
        <source>add the owner &quot;%1&quot;</source>
        <translation>dodać właściciela „%1”</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>no user named &quot;%1&quot;</source>
        <translation>nie ma użytkownika „%1”</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>is changed by moving the lead, not by editing it</source>
        <translation>zmienia się przez przeniesienie leada, a nie edycję</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is kept by Lejek and cannot be set</source>
        <translation>ustala Lejek; nie można tego ustawić ręcznie</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>is not a field of the pipeline &quot;%1&quot;</source>
        <translation>nie jest polem lejka „%1”</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>must be one of %1: %2</source>
        <translation>musi być jednym z: %1: %2</translation>
    </message>
    <message>
        <location line="+106"/>
        <source>missing %1</source>
        <translation>brakuje: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not met: %1</source>
        <translation>niespełnione: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>lead %1 cannot enter %2: %3</source>
        <translation>lead %1 nie może wejść do etapu %2: %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the lead cannot enter %1: %2</source>
        <translation>lead nie może wejść do etapu %1: %2</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>the pipeline &quot;%1&quot; has no stage &quot;%2&quot;</source>
        <translation>lejek „%1” nie ma etapu „%2”</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no such stage: %1</source>
        <translation>nie ma takiego etapu: %1</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>is empty, and so are the name, e-mail and external id</source>
        <translation>jest puste, podobnie jak imię i nazwisko, e-mail i identyfikator zewnętrzny</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>lead %1 already has the external id %2</source>
        <translation>lead %1 ma już identyfikator zewnętrzny %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is already used by lead %1</source>
        <translation>jest już użyty przez leada %1</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>change</source>
        <translation>zmieniać</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>lead %1 was changed by someone else (version %2, you had %3); changed meanwhile: %4</source>
        <translation>lead %1 został zmieniony przez kogoś innego (wersja %2, u Ciebie %3); w międzyczasie zmieniono: %4</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>lead %1 is in %2, which needs what this edit removes: %3</source>
        <translation>lead %1 jest w etapie %2, który wymaga tego, co ta zmiana usuwa: %3</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>lead %1 was changed by someone else while saving</source>
        <translation>lead %1 został zmieniony przez kogoś innego podczas zapisu</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>no leads to move</source>
        <translation>brak leadów do przeniesienia</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no stage with id %1</source>
        <translation>nie ma etapu o id %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>move</source>
        <translation>przenosić</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>lead %1 is not in the pipeline &quot;%2&quot;</source>
        <translation>lead %1 nie należy do lejka „%2”</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>lead %1 was changed by someone else; changed meanwhile: %2</source>
        <translation>lead %1 został zmieniony przez kogoś innego; w międzyczasie zmieniono: %2</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>lead %1 was changed by someone else while moving</source>
        <translation>lead %1 został zmieniony przez kogoś innego podczas przenoszenia</translation>
    </message>
</context>
<context>
    <name>lejek::LocalPipelineService</name>
    <message>
        <location filename="../src/services/local/LocalPipelineService.cpp" line="+38"/>
        <location line="+14"/>
        <source>create a pipeline</source>
        <translation>utworzyć lejka</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>no template &quot;%1&quot; (one of %2)</source>
        <translation>nie ma szablonu „%1” (dostępne: %2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown template</source>
        <translation>nieznany szablon</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>change a stage</source>
        <translation>zmienić etapu</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the pipeline &quot;%1&quot; has no stage with id %2</source>
        <translation>lejek „%1” nie ma etapu o id %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the stage &quot;%1&quot; still has leads in it (%2); its kind changes only while it is empty</source>
        <translation>w etapie „%1” są leady (%2); jego rodzaj można zmienić tylko, gdy jest pusty</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cannot change while the stage holds leads</source>
        <translation>nie może się zmienić, gdy w etapie są leady</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>choose who works a pipeline</source>
        <translation>wybierać, kto pracuje w lejku</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>there is no user with id %1</source>
        <translation>nie ma użytkownika o id %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>unknown user %1</source>
        <translation>nieznany użytkownik %1</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>add a user</source>
        <translation>dodać użytkownika</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a user needs a name of 1 to 100 characters</source>
        <translation>użytkownik potrzebuje nazwy o długości od 1 do 100 znaków</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>is empty or too long</source>
        <translation>jest puste lub za długie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not an e-mail address: %1</source>
        <translation>to nie jest adres e-mail: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>is not an e-mail address</source>
        <translation>nie jest adresem e-mail</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a role is rep, manager or admin</source>
        <translation>rola to rep (handlowiec), manager albo admin</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>unknown role</source>
        <translation>nieznana rola</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>a user named &quot;%1&quot; exists</source>
        <translation>użytkownik „%1” już istnieje</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>is taken</source>
        <translation>jest już zajęte</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>configure routing and scoring</source>
        <translation>konfigurować routing i scoring</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>replay routing and scoring</source>
        <translation>odtwarzać routingu i scoringu</translation>
    </message>
</context>
<context>
    <name>lejek::LocalReportService</name>
    <message>
        <location filename="../src/services/local/LocalReportService.cpp" line="-40"/>
        <source>the report as of %1: that day is after today</source>
        <translation>raport na dzień %1: ten dzień jest po dzisiejszym</translation>
    </message>
    <message>
        <location line="+192"/>
        <source>the board as of %1: that day is after today</source>
        <translation>tablica na dzień %1: ten dzień jest po dzisiejszym</translation>
    </message>
</context>
<context>
    <name>lejek::LostLeadCommands</name>
    <message>
        <location filename="../src/services/local/LostLeadCommands.cpp" line="+24"/>
        <source>list 1 to 1,000 leads, not %1</source>
        <translation>wypisz od 1 do 1000 leadów, nie %1</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>lead %1 is in %2, not lost: only a lost lead is reactivated</source>
        <translation>lead %1 jest w etapie %2, nie jest przegrany: reaktywuje się tylko przegrane leady</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>lead %1 is in &quot;%2&quot;, which has no stage with id %3</source>
        <translation>lead %1 jest w lejku „%2”, który nie ma etapu o id %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a lead is reactivated into an open or parked stage, not %1</source>
        <translation>lead reaktywuje się do etapu otwartego lub odłożonego, nie do %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is closed</source>
        <translation>jest zamknięty</translation>
    </message>
</context>
<context>
    <name>lejek::LostReason</name>
    <message>
        <location filename="../src/core/LostReason.cpp" line="+12"/>
        <source>Price</source>
        <translation>Cena</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Timing</source>
        <translation>Timing</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Competition</source>
        <translation>Konkurencja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No fit</source>
        <translation>Brak dopasowania (fit)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No response</source>
        <translation>Brak odpowiedzi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>Inne</translation>
    </message>
</context>
<context>
    <name>lejek::Migrator</name>
    <message>
        <location filename="../src/store/Migrator.cpp" line="+24"/>
        <source>%1 holds other tables but no Lejek schema; refusing to write to it</source>
        <translation>%1 zawiera inne tabele, ale nie schemat Lejka; Lejek nie będzie do niej zapisywał</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 has no readable schema version</source>
        <translation>%1 nie ma czytelnej wersji schematu</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 was created by a newer Lejek (schema version %2; this version knows up to %3). Open it with a newer Lejek; nothing was changed.</source>
        <translation>%1 została utworzona przez nowszą wersję Lejka (wersja schematu %2; ta wersja zna najwyżej %3). Otwórz ją nowszym Lejkiem; niczego nie zmieniono.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>migration %1 is missing from this build</source>
        <translation>w tej wersji brakuje migracji %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+2"/>
        <source>migration %1 failed: %2</source>
        <translation>migracja %1 nie powiodła się: %2</translation>
    </message>
</context>
<context>
    <name>lejek::Pipeline</name>
    <message>
        <location filename="../src/core/Pipeline.cpp" line="+72"/>
        <source>must be 1 to 100 characters</source>
        <translation>musi mieć od 1 do 100 znaków</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a pipeline needs at least one stage</source>
        <translation>lejek potrzebuje co najmniej jednego etapu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a pipeline needs at least one open stage</source>
        <translation>lejek potrzebuje co najmniej jednego otwartego etapu</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a custom field needs a new, unique key</source>
        <translation>pole własne potrzebuje nowego, niepowtarzalnego klucza</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a field key is 1 to 40 lower-case letters, digits and _, starting with a letter</source>
        <translation>klucz pola to od 1 do 40 małych liter, cyfr i _, zaczynając od litery</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a choice field needs its choices</source>
        <translation>pole wyboru potrzebuje listy wartości</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>a stage name must be 1 to 60 characters</source>
        <translation>nazwa etapu musi mieć od 1 do 60 znaków</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>two stages are named &quot;%1&quot;</source>
        <translation>dwa etapy nazywają się „%1”</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>win probability must be between 0 and 100</source>
        <translation>prawdopodobieństwo wygranej musi wynosić od 0 do 100</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>rotting days cannot be negative</source>
        <translation>liczba dni do zamarcia nie może być ujemna</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SLA minutes cannot be negative</source>
        <translation>minuty SLA nie mogą być ujemne</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>requires &quot;%1&quot;, which is not a field</source>
        <translation>wymaga „%1”, a to nie jest pole</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>has a criterion on &quot;%1&quot;, which is not a field</source>
        <translation>ma kryterium dla „%1”, a to nie jest pole</translation>
    </message>
</context>
<context>
    <name>lejek::PipelineRepository</name>
    <message>
        <location filename="../src/store/PipelineRepository.cpp" line="+91"/>
        <source>no pipeline with id %1</source>
        <translation>nie ma lejka o id %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>a pipeline named &quot;%1&quot; already exists</source>
        <translation>lejek „%1” już istnieje</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is taken</source>
        <translation>jest już zajęte</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>pipeline %1 has no stage with id %2</source>
        <translation>lejek %1 nie ma etapu o id %2</translation>
    </message>
</context>
<context>
    <name>lejek::Principal</name>
    <message>
        <location filename="../src/core/Principal.cpp" line="+42"/>
        <source>Rep</source>
        <translation>Handlowiec</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Manager</source>
        <translation>Manager</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Admin</source>
        <translation>Administrator</translation>
    </message>
</context>
<context>
    <name>lejek::ReadSnapshot</name>
    <message>
        <location filename="../src/store/Database.cpp" line="+29"/>
        <source>cannot start reading</source>
        <translation>nie można rozpocząć odczytu</translation>
    </message>
</context>
<context>
    <name>lejek::Readiness</name>
    <message>
        <location filename="../src/core/Readiness.cpp" line="+66"/>
        <source>Ready for %1</source>
        <translation>Gotowy do %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not ready for %1 — %2</source>
        <translation>Niegotowy do %1 — %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ready for %1: %2 of %3</source>
        <translation>Gotowość do %1: %2 z %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ready for %1: %2 of %3 — missing %4</source>
        <translation>Gotowość do %1: %2 z %3 — brakuje: %4</translation>
    </message>
</context>
<context>
    <name>lejek::ReportComparison</name>
    <message>
        <location filename="../src/metrics/ReportComparison.cpp" line="+33"/>
        <source>Leads that came in</source>
        <translation>Leady, które wpłynęły</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Of them, reached the last stage</source>
        <translation>Z nich doszły do ostatniego etapu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Won</source>
        <translation>Wygrane</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lost</source>
        <translation>Przegrane</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Win rate</source>
        <translation>Skuteczność (win rate)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cycle length, median</source>
        <translation>Długość cyklu, mediana</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Handed off to sales</source>
        <translation>Przekazane do sprzedaży</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accepted by sales</source>
        <translation>Przyjęte przez sprzedaż</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Speed to lead, median</source>
        <translation>Czas reakcji, mediana</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SLA 1 met</source>
        <translation>SLA 1 dotrzymane</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SLA 2 met</source>
        <translation>SLA 2 dotrzymane</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open leads leaking</source>
        <translation>Otwarte leady z wyciekiem</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 pp</source>
        <translation>%1 p.p.</translation>
    </message>
</context>
<context>
    <name>lejek::ReportTable</name>
    <message>
        <location filename="../src/metrics/ReportTable.cpp" line="+71"/>
        <source>Owner</source>
        <translation>Właściciel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Team</source>
        <translation>Zespół</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source</source>
        <translation>Źródło</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Campaign</source>
        <translation>Kampania</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+8"/>
        <location line="+24"/>
        <source>Stage</source>
        <translation>Etap</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>Reached</source>
        <translation>Osiągnęło</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From the stage before</source>
        <translation>Z poprzedniego etapu</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>From</source>
        <translation>Z</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>To</source>
        <translation>Do</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reached from</source>
        <translation>Osiągnęło „z”</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reached to</source>
        <translation>Osiągnęło „do”</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Conversion</source>
        <translation>Konwersja</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stays ended</source>
        <translation>Zakończone pobyty</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Median</source>
        <translation>Mediana</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+8"/>
        <source>p90</source>
        <translation>p90</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Still there</source>
        <translation>Nadal w etapie</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Oldest</source>
        <translation>Najdłużej</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+3"/>
        <location line="+4"/>
        <source>Won</source>
        <translation>Wygrane</translation>
    </message>
    <message>
        <location line="-7"/>
        <location line="+8"/>
        <source>Lost</source>
        <translation>Przegrane</translation>
    </message>
    <message>
        <location line="-8"/>
        <location line="+8"/>
        <source>Win rate</source>
        <translation>Odsetek wygranych</translation>
    </message>
    <message>
        <location line="-5"/>
        <location line="+6"/>
        <source>Median cycle</source>
        <translation>Mediana cyklu</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Came in</source>
        <translation>Wpłynęło</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Speed to lead</source>
        <translation>Szybkość reakcji</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SLA 1 met</source>
        <translation>SLA 1 dotrzymane</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Expected close</source>
        <translation>Spodziewane zamknięcie</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Currency</source>
        <translation>Waluta</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+4"/>
        <source>Open leads</source>
        <translation>Otwarte</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Value</source>
        <translation>Wartość</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weighted</source>
        <translation>Ważona</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No owner</source>
        <translation>Bez właściciela</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No next task</source>
        <translation>Bez zadania</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rotting</source>
        <translation>Zamarłe</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Leaking</source>
        <translation>Wyciekające</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+15"/>
        <source>Reason</source>
        <translation>Powód</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>After the handoff</source>
        <translation>Po przekazaniu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leads</source>
        <translation>Leady</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Handed off</source>
        <translation>Przekazane</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Contacted</source>
        <translation>Z kontaktem</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not contacted yet</source>
        <translation>Jeszcze bez kontaktu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Median (working time)</source>
        <translation>Mediana (czas roboczy)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>p90 (working time)</source>
        <translation>p90 (czas roboczy)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>SLA</source>
        <translation>SLA</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Limit (working time)</source>
        <translation>Limit (czas roboczy)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Met</source>
        <translation>Dotrzymane</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Breached</source>
        <translation>Przekroczone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Running</source>
        <translation>W toku</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Compliance</source>
        <translation>Dotrzymanie</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Count</source>
        <translation>Liczba</translation>
    </message>
    <message>
        <location line="+97"/>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <location line="-111"/>
        <location line="+14"/>
        <source>Share</source>
        <translation>Udział</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+44"/>
        <location line="+19"/>
        <source>(none)</source>
        <translation>(brak)</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>accepted by sales</source>
        <translation>przyjęte przez sprzedaż</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>returned to marketing or nurture</source>
        <translation>zwrócone do marketingu lub do nurturingu</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <source>disqualified</source>
        <translation>zdyskwalifikowane</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>waiting for sales</source>
        <translation>czekające na sprzedaż</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>SLA 1: first contact</source>
        <translation>SLA 1: pierwszy kontakt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SLA 2: decision</source>
        <translation>SLA 2: decyzja o statusie</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>(no date)</source>
        <translation>(bez daty)</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+4"/>
        <source>%1 h</source>
        <translation>%1 godz.</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>%1 d</source>
        <translation>%1 dni</translation>
    </message>
</context>
<context>
    <name>lejek::Router</name>
    <message>
        <location filename="../src/engine/Router.cpp" line="+77"/>
        <source>routing row %1: %2</source>
        <translation>wiersz routingu %1: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>routing row %1: the action names no user or team</source>
        <translation>wiersz routingu %1: akcja nie wskazuje użytkownika ani zespołu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>routing row %1: a later team needs the stage it takes over at, and the stage a team</source>
        <translation>wiersz routingu %1: późniejszy zespół wymaga etapu przejęcia, a etap — zespołu</translation>
    </message>
</context>
<context>
    <name>lejek::RoutingDecision</name>
    <message>
        <location line="-46"/>
        <source>no routing row matched → the manager&apos;s queue</source>
        <translation>żaden wiersz routingu nie pasował → kolejka managera</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>routed by row %1</source>
        <translation>przydzielono wierszem %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>routed by row %1: %2</source>
        <translation>przydzielono wierszem %1: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>round robin</source>
        <translation>po kolei (round robin)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>least loaded (%1 of %2 open)</source>
        <translation>najmniej obciążony (%1 z %2 otwartych)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>least loaded (%1 open)</source>
        <translation>najmniej obciążony (%1 otwartych)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>specialised in %1</source>
        <translation>specjalizacja: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no %1 to specialise by, round robin</source>
        <translation>brak pola %1 do specjalizacji, po kolei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no specialist in %1, round robin</source>
        <translation>brak specjalisty od %1, po kolei</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 → the manager&apos;s queue</source>
        <translation>%1 → kolejka managera</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 → %2, %3 → %4</source>
        <translation>%1 → %2, %3 → %4</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 → %2, who is not a user → the manager&apos;s queue</source>
        <translation>%1 → %2, którego nie ma wśród użytkowników → kolejka managera</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 → %2, out of office → the manager&apos;s queue</source>
        <translation>%1 → %2, nieobecny → kolejka managera</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 → %2, inactive → the manager&apos;s queue</source>
        <translation>%1 → %2, nieaktywny → kolejka managera</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 → team %2, which does not exist → the manager&apos;s queue</source>
        <translation>%1 → zespół %2, który nie istnieje → kolejka managera</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 → %2, nobody available (out of office or inactive) → the manager&apos;s queue</source>
        <translation>%1 → %2, nikt nie jest dostępny (nieobecni lub nieaktywni) → kolejka managera</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 → %2, every available member at capacity → the manager&apos;s queue</source>
        <translation>%1 → %2, wszyscy dostępni mają pełne obłożenie → kolejka managera</translation>
    </message>
</context>
<context>
    <name>lejek::RoutingReplay</name>
    <message>
        <location filename="../src/engine/RoutingReplay.cpp" line="+45"/>
        <source>manager&apos;s queue</source>
        <translation>kolejka managera</translation>
    </message>
</context>
<context>
    <name>lejek::Savepoint</name>
    <message>
        <location filename="../src/store/Database.cpp" line="+39"/>
        <source>a savepoint needs an open transaction</source>
        <translation>punkt zapisu wymaga otwartej transakcji</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>cannot set a savepoint</source>
        <translation>nie można ustawić punktu zapisu</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>a part of this change failed, so it was undone</source>
        <translation>część tej zmiany się nie powiodła, więc ją wycofano</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cannot release a savepoint</source>
        <translation>nie można zwolnić punktu zapisu</translation>
    </message>
</context>
<context>
    <name>lejek::Scorer</name>
    <message>
        <location filename="../src/engine/Scorer.cpp" line="+54"/>
        <source>(unnamed)</source>
        <translation>(bez nazwy)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>scoring rule &quot;%1&quot;: unknown event type &quot;%2&quot; (expected one of %3)</source>
        <translation>reguła scoringu „%1”: nieznany typ zdarzenia „%2” (oczekiwano jednego z: %3)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>scoring rule &quot;%1&quot;: the cap cannot be negative</source>
        <translation>reguła scoringu „%1”: limit nie może być ujemny</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>scoring rule &quot;%1&quot;: %2</source>
        <translation>reguła scoringu „%1”: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>handoff rule: unknown high-intent event type &quot;%1&quot;</source>
        <translation>reguła przekazania: nieznany typ zdarzenia wysokiej intencji „%1”</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>decay per idle week cannot be negative</source>
        <translation>spadek za tydzień bez aktywności nie może być ujemny</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>idle decay</source>
        <translation>spadek za brak aktywności</translation>
    </message>
</context>
<context>
    <name>lejek::SlaConfig</name>
    <message>
        <location filename="../src/services/engine/SlaConfig.cpp" line="+36"/>
        <source>sla: expected a list of stages</source>
        <translation>sla: oczekiwano listy etapów</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>sla %1</source>
        <translation>SLA %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>sla &quot;%1&quot;</source>
        <translation>SLA „%1”</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: the pipeline has no stage &quot;%2&quot;</source>
        <translation>%1: lejek nie ma etapu „%2”</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: listed twice</source>
        <translation>%1: podano dwukrotnie</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: %2 must be whole working minutes from 0 (none) to %3</source>
        <translation>%1: %2 to pełne minuty robocze od 0 (brak) do %3</translation>
    </message>
</context>
<context>
    <name>lejek::StageGate</name>
    <message>
        <location filename="../src/core/StageGate.cpp" line="+85"/>
        <source>Required from stage “%1”</source>
        <translation>Wymagane od etapu „%1”</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>A lost lead needs a reason</source>
        <translation>Przegrany lead wymaga powodu</translation>
    </message>
</context>
<context>
    <name>lejek::StageStayRepository</name>
    <message>
        <location filename="../src/store/StageStayRepository.cpp" line="+42"/>
        <source>the stays changed while they were counted: no stay at rank %1 of %2</source>
        <translation>pobyty w etapach zmieniły się podczas liczenia: brak pobytu na pozycji %1 z %2</translation>
    </message>
    <message>
        <location line="+357"/>
        <source>the stays&apos; counts disagree: %1 by length, %2 by day</source>
        <translation>liczniki pobytów w etapach się nie zgadzają: %1 według długości, %2 według dni</translation>
    </message>
</context>
<context>
    <name>lejek::StoreThread</name>
    <message>
        <location filename="../src/store/StoreThread.cpp" line="+63"/>
        <source>the database is not open</source>
        <translation>baza danych nie jest otwarta</translation>
    </message>
</context>
<context>
    <name>lejek::TaskRepository</name>
    <message>
        <location filename="../src/store/TaskRepository.cpp" line="+50"/>
        <source>no task with id %1</source>
        <translation>nie ma zadania o id %1</translation>
    </message>
</context>
<context>
    <name>lejek::TeamSettingsJson</name>
    <message>
        <location filename="../src/engine/TeamSettingsJson.cpp" line="+52"/>
        <source>teams: expected a list</source>
        <translation>teams: oczekiwano listy</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>team %1</source>
        <translation>zespół %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>team &quot;%1&quot;</source>
        <translation>zespół „%1”</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: a team needs a name</source>
        <translation>%1: zespół potrzebuje nazwy</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: listed twice</source>
        <translation>%1: podano dwukrotnie</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: unknown strategy &quot;%2&quot; (round_robin, least_loaded, specialisation)</source>
        <translation>%1: nieznana strategia „%2” (round_robin, least_loaded, specialisation)</translation>
    </message>
</context>
<context>
    <name>lejek::TeamsConfig</name>
    <message>
        <location filename="../src/services/engine/TeamsConfig.cpp" line="+27"/>
        <source>team &quot;%1&quot;</source>
        <translation>zespół „%1”</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: unknown field &quot;%2&quot; to specialise by</source>
        <translation>%1: nieznane pole specjalizacji „%2”</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: unknown user &quot;%2&quot;</source>
        <translation>%1: nieznany użytkownik „%2”</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: &quot;%2&quot; is also a member of team &quot;%3&quot; (a user is in one team)</source>
        <translation>%1: „%2” jest też członkiem zespołu „%3” (użytkownik należy do jednego zespołu)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>unknown user &quot;%1&quot;</source>
        <translation>nieznany użytkownik „%1”</translation>
    </message>
</context>
<context>
    <name>lejek::ValueParser</name>
    <message>
        <location filename="../src/core/ValueParser.cpp" line="+76"/>
        <source>is too long (%1 characters, at most %2)</source>
        <translation>jest za długie (%1 znaków, najwyżej %2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>contains control characters</source>
        <translation>zawiera znaki sterujące</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>is not a valid e-mail address: %1</source>
        <translation>nie jest poprawnym adresem e-mail: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>is not a phone number (a Polish one of 9 digits, or one with its country code, e.g. +49 30 1234567): %1</source>
        <translation>nie jest numerem telefonu (polski ma 9 cyfr, zagraniczny podaj z kodem kraju, np. +49 30 1234567): %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>is not a valid NIP (10 digits with a correct check digit): %1</source>
        <translation>nie jest poprawnym NIP-em (10 cyfr z prawidłową cyfrą kontrolną): %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>is not a web address: %1</source>
        <translation>nie jest adresem strony WWW: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>is not a whole number: %1</source>
        <translation>nie jest liczbą całkowitą: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>is not an amount (e.g. 1234.56 or 1 234,56): %1</source>
        <translation>nie jest kwotą (np. 1234.56 lub 1 234,56): %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>is not a date (YYYY-MM-DD or DD.MM.YYYY): %1</source>
        <translation>nie jest datą (RRRR-MM-DD lub DD.MM.RRRR): %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>is not a currency code (three letters, e.g. PLN): %1</source>
        <translation>nie jest kodem waluty (trzy litery, np. PLN): %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>must be one of %1: %2</source>
        <translation>musi być jednym z: %1: %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>must be among %1: %2</source>
        <translation>musi należeć do: %1: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>has an unknown type</source>
        <translation>ma nieznany typ</translation>
    </message>
</context>
<context>
    <name>lejek::Visibility</name>
    <message>
        <location filename="../src/services/local/Visibility.cpp" line="+32"/>
        <source>user %1</source>
        <translation>użytkownik %1</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>there is no lead %1</source>
        <translation>nie ma leada %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 may not %2 lead %3: it is unassigned in a pipeline they do not work</source>
        <translation>%1 nie może %2 leada %3: jest nieprzypisany w lejku, w którym ta osoba nie pracuje</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 may not %2 lead %3, which %4 owns</source>
        <translation>%1 nie może %2 leada %3, którego właścicielem jest %4</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>lead %1 was merged into lead %2: %3 lead %2 instead</source>
        <translation>lead %1 scalono z leadem %2: zamiast tego %3 lead %2</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>lead %1</source>
        <translation>leada %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>a new lead</source>
        <translation>nowego leada</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 may not leave %2 unassigned in a pipeline they do not work</source>
        <translation>%1 nie może zostawić %2 bez właściciela w lejku, w którym ta osoba nie pracuje</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is empty in a pipeline %1 does not work</source>
        <translation>jest pusty w lejku, w którym %1 nie pracuje</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 may not give %2 to someone outside their own leads; a manager or an admin reassigns leads</source>
        <translation>%1 nie może przekazać %2 nikomu spoza własnych leadów; leady przepisuje manager lub administrator</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is outside what %1 may assign</source>
        <translation>wykracza poza to, co %1 może przypisać</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 may not %2: only an admin may</source>
        <translation>%1 nie może %2: wolno to tylko administratorowi</translation>
    </message>
</context>
<context>
    <name>lejek::app::ActivityDialog</name>
    <message>
        <location filename="../src/app/card/ActivityDialog.cpp" line="+20"/>
        <source>Log an activity</source>
        <translation>Dodaj wpis</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What it was about, e.g. first call, offer sent</source>
        <translation>Czego dotyczyła, np. pierwsza rozmowa, wysłana oferta</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Reached</source>
        <translation>Dodzwoniono się</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No answer</source>
        <translation>Brak odpowiedzi</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Left a voicemail</source>
        <translation>Zostawiono wiadomość głosową</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Wrong number</source>
        <translation>Błędny numer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Held</source>
        <translation>Odbyło się</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rescheduled</source>
        <translation>Przełożone</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No-show</source>
        <translation>Nieobecność klienta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sent</source>
        <translation>Wysłany</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Replied</source>
        <translation>Odpowiedział</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Bounced</source>
        <translation>Odbity</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Log: %1</source>
        <translation>Nowy wpis: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>lejek::app::BoardAsOfView</name>
    <message>
        <location filename="../src/app/board/BoardAsOfView.cpp" line="+55"/>
        <source>&amp;Day:</source>
        <translation>&amp;Dzień:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Back to &amp;Today</source>
        <translation>Wróć do &amp;dziś</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>The board as of %1: read only, from history</source>
        <translation>Tablica na dzień %1: tylko do odczytu, z historii</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Not a stage any more</source>
        <translation>Tego etapu już nie ma</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Today: %1 (%2)
%3 (%4)</source>
        <translation>Dziś: %1 (%2)
%3 (%4)</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>No lead had come into this pipeline (or passed the filter) by the end of that day. Choose a later day above, or go back to today.</source>
        <translation>Do końca tego dnia do lejka nie wpłynął żaden lead (albo żaden nie przechodzi przez filtr). Wybierz późniejszy dzień powyżej albo wróć do dziś.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Each stage as it stood at the end of the day: how many leads were in it and what they are worth, with the stages, names and owners of that day, and below, how that compares with today. The cards and the moves are on today&apos;s board.</source>
        <translation>Każdy etap taki, jaki był na koniec dnia: ile było w nim leadów i ile są warte, z etapami, nazwami i właścicielami z tego dnia, a poniżej porównanie z dniem dzisiejszym. Karty i przesuwanie leadów są na dzisiejszej tablicy.</translation>
    </message>
</context>
<context>
    <name>lejek::app::BoardFilterBar</name>
    <message>
        <location filename="../src/app/filters/BoardFilterBar.cpp" line="+166"/>
        <source>Search company, contact, e-mail, NIP, phone</source>
        <translation>Firma, kontakt, e-mail, NIP, tel.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search leads</source>
        <translation>Szukaj leadów</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every word must appear in the company, contact, e-mail, NIP or phone; letter case and Polish characters do not matter</source>
        <translation>Każde słowo musi wystąpić w firmie, kontakcie, e-mailu, NIP-ie lub telefonie; wielkość liter i polskie znaki nie mają znaczenia</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Owner</source>
        <translation>Właściciel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Whose leads the board shows</source>
        <translation>Czyje leady pokazuje tablica</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source</source>
        <translation>Źródło</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Campaign</source>
        <translation>Kampania</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only leads of this campaign (its exact name)</source>
        <translation>Tylko leady z tej kampanii (dokładna nazwa)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Score</source>
        <translation>Scoring</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>any</source>
        <comment>lowest score: no limit</comment>
        <translation>dowolny</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lowest score</source>
        <translation>Najniższy scoring</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lowest score, included</source>
        <translation>Najniższy scoring, włącznie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>any</source>
        <comment>highest score: no limit</comment>
        <translation>dowolny</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Highest score</source>
        <translation>Najwyższy scoring</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Highest score, included</source>
        <translation>Najwyższy scoring, włącznie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rotting only</source>
        <translation>Tylko zamarłe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only leads with no activity for longer than their stage&apos;s rotting days</source>
        <translation>Tylko leady bez aktywności dłużej, niż pozwala liczba dni do zamarcia ich etapu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear</source>
        <comment>filters</comment>
        <translation>Wyczyść</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show every lead again; the sort stays</source>
        <translation>Pokaż znów wszystkie leady; sortowanie zostaje</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Sort</source>
        <translation>Sortuj</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The order of the cards in every column</source>
        <translation>Kolejność kart w każdej kolumnie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Views</source>
        <translation>Widoki</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the filters and sort as a named view, or apply one</source>
        <translation>Zapisz filtry i sortowanie jako nazwany widok albo zastosuj zapisany</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I am</source>
        <translation>Jestem</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Any source</source>
        <translation>Dowolne źródło</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Web form</source>
        <translation>Formularz WWW</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ads</source>
        <translation>Reklamy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SEO</source>
        <translation>SEO</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>LinkedIn</source>
        <translation>LinkedIn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail campaign</source>
        <translation>Mailing</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Webinar</source>
        <translation>Webinar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Event</source>
        <translation>Wydarzenie</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Outbound</source>
        <translation>Outbound</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Referral</source>
        <translation>Polecenie</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Other</source>
        <translation>Inne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Existing customer</source>
        <translation>Obecny klient</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Latest activity</source>
        <comment>sort</comment>
        <translation>Najnowsza aktywność</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Oldest activity</source>
        <comment>sort</comment>
        <translation>Najstarsza aktywność</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Highest value</source>
        <comment>sort</comment>
        <translation>Najwyższa wartość</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lowest value</source>
        <comment>sort</comment>
        <translation>Najniższa wartość</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Highest score</source>
        <comment>sort</comment>
        <translation>Najwyższy scoring</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lowest score</source>
        <comment>sort</comment>
        <translation>Najniższy scoring</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Longest in stage</source>
        <comment>sort</comment>
        <translation>Najdłużej w etapie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shortest in stage</source>
        <comment>sort</comment>
        <translation>Najkrócej w etapie</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Everyone</source>
        <translation>Wszyscy</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Every owner&apos;s leads, and those without one</source>
        <translation>Leady wszystkich właścicieli i te bez właściciela</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Me</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+9"/>
        <source>Leads owned by %1</source>
        <translation>Leady, których właścicielem jest %1</translation>
    </message>
    <message>
        <location line="-9"/>
        <location line="+1"/>
        <source>Choose who you are first</source>
        <translation>Najpierw wybierz, kim jesteś</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Leads owned by the team %1</source>
        <translation>Leady zespołu %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 is in no team: only their own leads</source>
        <translation>%1 nie należy do zespołu: tylko własne leady</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>My team</source>
        <translation>Mój zespół</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>User %1</source>
        <translation>Użytkownik %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No users yet</source>
        <translation>Jeszcze brak użytkowników</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (%2, %3)</source>
        <translation>%1 (%2, %3)</translation>
    </message>
    <message>
        <location line="+190"/>
        <source>Save view</source>
        <translation>Zapisz widok</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name of the view (one of the same name is replaced):</source>
        <translation>Nazwa widoku (widok o tej samej nazwie zostanie zastąpiony):</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>search “%1”</source>
        <translation>wyszukiwanie „%1”</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>owner: %1</source>
        <translation>właściciel: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>source: %1</source>
        <translation>źródło: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>campaign: %1</source>
        <translation>kampania: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>score %1 to %2</source>
        <translation>scoring od %1 do %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>any</source>
        <translation>dowolny</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>rotting only</source>
        <translation>tylko zamarłe</translation>
    </message>
</context>
<context>
    <name>lejek::app::BoardView</name>
    <message>
        <location filename="../src/app/board/BoardView.cpp" line="+247"/>
        <source>Move to</source>
        <translation>Przenieś do</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>&amp;Open</source>
        <translation>&amp;Otwórz</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open in a &amp;New Window</source>
        <translation>Otwórz w &amp;nowym oknie</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Undo</source>
        <translation>Cofnij</translation>
    </message>
</context>
<context>
    <name>lejek::app::ClosedStageTile</name>
    <message numerus="yes">
        <location filename="../src/app/board/ClosedStageTile.cpp" line="+42"/>
        <source>%1 lead(s)</source>
        <translation>
            <numerusform>%1 lead</numerusform>
            <numerusform>%1 leady</numerusform>
            <numerusform>%1 leadów</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+27"/>
        <source>%1, %2 lead(s)</source>
        <comment>stage name, lead count</comment>
        <translation>
            <numerusform>%1, %2 lead</numerusform>
            <numerusform>%1, %2 leady</numerusform>
            <numerusform>%1, %2 leadów</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Value: %1</source>
        <translation>Wartość: %1</translation>
    </message>
</context>
<context>
    <name>lejek::app::ColumnMappingTable</name>
    <message>
        <location filename="../src/app/transfer/ColumnMappingTable.cpp" line="+37"/>
        <source>Fields for the columns</source>
        <translation>Pola dla kolumn</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+32"/>
        <source>Field</source>
        <translation>Pole</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>The file&apos;s first rows</source>
        <translation>Pierwsze wiersze pliku</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Field for the column %1</source>
        <translation>Pole dla kolumny %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ignore</source>
        <translation>Pomiń</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Line %1 has %2 fields, the header %3: it will be rejected.</source>
        <translation>Wiersz %1: liczba pól %2, w nagłówku %3; zostanie odrzucony.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Numbers on the left are the file&apos;s line numbers.</source>
        <translation>Liczby po lewej to numery wierszy w pliku.</translation>
    </message>
</context>
<context>
    <name>lejek::app::CommandLine</name>
    <message>
        <location filename="../src/app/application/CommandLine.cpp" line="+34"/>
        <source>Lejek: B2B sales pipelines on your desktop.</source>
        <translation>Lejek: lejki sprzedażowe B2B na Twoim komputerze.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The database: an SQLite file or postgresql://user@host:port/database (default: %1).</source>
        <translation>Baza danych: plik SQLite albo postgresql://użytkownik@host:port/baza (domyślnie: %1).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>DB</source>
        <translation>BAZA</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Language of the user interface: %1 (default: the system&apos;s).</source>
        <translation>Język interfejsu: %1 (domyślnie język systemu).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>LANGUAGE</source>
        <translation>JĘZYK</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start with this lead&apos;s card open.</source>
        <translation>Uruchom z otwartą kartą tego leada.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>unexpected argument: %1</source>
        <translation>nieoczekiwany argument: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>unknown language &quot;%1&quot; (one of %2)</source>
        <translation>nieznany język „%1” (dostępne: %2)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--lead takes a lead&apos;s id (a positive number), not &quot;%1&quot;</source>
        <translation>--lead przyjmuje identyfikator leada (liczbę dodatnią), nie „%1”</translation>
    </message>
</context>
<context>
    <name>lejek::app::ComparisonView</name>
    <message>
        <location filename="../src/app/dashboard/ComparisonView.cpp" line="+28"/>
        <source>Figure</source>
        <translation>Wskaźnik</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Change</source>
        <translation>Zmiana</translation>
    </message>
</context>
<context>
    <name>lejek::app::CompleteToMoveDialog</name>
    <message>
        <location filename="../src/app/card/CompleteToMoveDialog.cpp" line="+31"/>
        <source>Complete to move</source>
        <translation>Uzupełnij, aby przenieść</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>To move &lt;b&gt;%1&lt;/b&gt; to &lt;b&gt;%2&lt;/b&gt;, fill in what this stage asks for.</source>
        <translation>Aby przenieść &lt;b&gt;%1&lt;/b&gt; do etapu &lt;b&gt;%2&lt;/b&gt;, uzupełnij pola, których wymaga ten etap.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>What happened, and what to try when the lead is reviewed</source>
        <translation>Co się stało i czego spróbować przy przeglądzie leada</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+2"/>
        <source>Comment</source>
        <translation>Komentarz</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Save and move</source>
        <translation>Zapisz i przenieś</translation>
    </message>
    <message numerus="yes">
        <location line="+28"/>
        <source>To move &lt;b&gt;%n lead(s)&lt;/b&gt; to &lt;b&gt;%1&lt;/b&gt;, fill in what this stage asks for. The values go to each of them.</source>
        <translation>
            <numerusform>Aby przenieść &lt;b&gt;%n lead&lt;/b&gt; do etapu &lt;b&gt;%1&lt;/b&gt;, uzupełnij pola, których wymaga ten etap. Wartości trafią do każdego z nich.</numerusform>
            <numerusform>Aby przenieść &lt;b&gt;%n leady&lt;/b&gt; do etapu &lt;b&gt;%1&lt;/b&gt;, uzupełnij pola, których wymaga ten etap. Wartości trafią do każdego z nich.</numerusform>
            <numerusform>Aby przenieść &lt;b&gt;%n leadów&lt;/b&gt; do etapu &lt;b&gt;%1&lt;/b&gt;, uzupełnij pola, których wymaga ten etap. Wartości trafią do każdego z nich.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Still missing: %1</source>
        <translation>Nadal brakuje: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not met: %1</source>
        <translation>Niespełnione: %1</translation>
    </message>
</context>
<context>
    <name>lejek::app::ConflictDialog</name>
    <message>
        <location filename="../src/app/card/ConflictDialog.cpp" line="+20"/>
        <source>Someone saved %1 after you opened it, and changed fields you changed too. Choose, field by field, which value to keep; the rest of your edits are saved as you made them.</source>
        <translation>Ktoś zapisał %1 po tym, jak go otworzyłeś, i zmienił pola, które Ty też zmieniłeś. Wybierz dla każdego pola, którą wartość zachować; pozostałe Twoje zmiany zostaną zapisane tak, jak je wprowadziłeś.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save my choices</source>
        <translation>Zapisz moje wybory</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>(empty)</source>
        <translation>(puste)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: keep theirs</source>
        <translation>%1: zachowaj cudze</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: keep yours</source>
        <translation>%1: zachowaj swoje</translation>
    </message>
</context>
<context>
    <name>lejek::app::CustomersView</name>
    <message>
        <location filename="../src/app/customers/CustomersView.cpp" line="+46"/>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>City</source>
        <translation>Miasto</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Customer since</source>
        <translation>Klient od</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Won deals</source>
        <translation>Wygrane transakcje</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Won value</source>
        <translation>Wartość wygranych</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open deals</source>
        <translation>Otwarte szanse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customers</source>
        <translation>Klienci</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Contact</source>
        <translation>Osoba kontaktowa</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Role</source>
        <translation>Stanowisko</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Contacts</source>
        <translation>Osoby kontaktowe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deal</source>
        <translation>Transakcja</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pipeline</source>
        <translation>Lejek</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Stage</source>
        <translation>Etap</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation>Wartość</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Closed</source>
        <translation>Zamknięta</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Deals</source>
        <translation>Transakcje</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;New opportunity</source>
        <translation>&amp;Nowa szansa sprzedażowa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search by company or NIP</source>
        <translation>Szukaj po firmie lub NIP</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search customers</source>
        <translation>Szukaj klientów</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Pipeline of the new opportunity</source>
        <translation>Lejek nowej szansy sprzedażowej</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open a lead for this customer in the chosen pipeline, marked as an existing customer (upsell)</source>
        <translation>Otwórz lead dla tego klienta w wybranym lejku, oznaczony jako obecny klient (upsell)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>in</source>
        <translation>w</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>No customers yet. Moving a lead to a won stage makes its company a customer, with its won deal.</source>
        <translation>Nie ma jeszcze klientów. Przeniesienie leada do etapu wygranej czyni jego firmę klientem, z wygraną transakcją.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No customer&apos;s company or NIP contains “%1”.</source>
        <translation>Żadna firma ani NIP klienta nie zawiera „%1”.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Choose a customer</source>
        <translation>Wybierz klienta</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 (lead %2)</source>
        <translation>%1 (lead %2)</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n deal(s) of other owners, not shown to you</source>
        <translation>
            <numerusform>%n transakcja innego właściciela, niewidoczna dla ciebie</numerusform>
            <numerusform>%n transakcje innych właścicieli, niewidoczne dla ciebie</numerusform>
            <numerusform>%n transakcji innych właścicieli, niewidocznych dla ciebie</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lejek::app::DashboardExport</name>
    <message>
        <location filename="../src/app/dashboard/DashboardExport.cpp" line="+35"/>
        <source>the picture could not be made</source>
        <translation>nie udało się utworzyć obrazu</translation>
    </message>
</context>
<context>
    <name>lejek::app::DashboardPanel</name>
    <message>
        <location filename="../src/app/dashboard/DashboardPanel.cpp" line="+37"/>
        <source>Computing %1</source>
        <translation>Liczenie: %1</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Counting…</source>
        <translation>Liczę…</translation>
    </message>
</context>
<context>
    <name>lejek::app::DashboardView</name>
    <message>
        <location filename="../src/app/dashboard/DashboardView.cpp" line="+53"/>
        <source>No leads came in during these days. Choose a longer period above, or look at another pipeline.</source>
        <translation>W tych dniach nie wpłynął żaden lead. Wybierz wyżej dłuższy okres albo zajrzyj do innego lejka.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>E&amp;xport</source>
        <translation>E&amp;ksportuj</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>As a &amp;Picture (PNG)…</source>
        <translation>Jako &amp;obraz (PNG)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>As a &amp;PDF Report…</source>
        <translation>Jako &amp;raport PDF…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Compared with the period before</source>
        <translation>W porównaniu z poprzednim okresem</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The headline figures of these days beside those of the period before (this quarter so far against the same days of the last one), and the change.</source>
        <translation>Główne wskaźniki tych dni obok wskaźników poprzedniego okresu (ten kwartał do dziś wobec tych samych dni poprzedniego) i zmiana.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Funnel</source>
        <translation>Lejek</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Stage to stage</source>
        <translation>Konwersja między etapami</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Of the leads created in these days that reached a stage, the share that reached the next.</source>
        <translation>Spośród leadów utworzonych w tych dniach, które doszły do etapu, odsetek tych, które doszły do następnego.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Win rate and cycle</source>
        <translation>Skuteczność i cykl sprzedaży</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leads won or lost in these days, whenever they came in.</source>
        <translation>Leady wygrane lub przegrane w tych dniach, niezależnie od tego, kiedy wpłynęły.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lost reasons</source>
        <translation>Powody przegranych</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Weighted forecast</source>
        <translation>Prognoza ważona</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Leakage</source>
        <translation>Wycieki z lejka</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Handoff quality</source>
        <translation>Jakość przekazania do sprzedaży</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leads marketing handed to sales in these days (their entry into the handoff stage), by what sales did next: took them on, sent them back or to nurture, or disqualified them.</source>
        <translation>Leady przekazane przez marketing do sprzedaży w tych dniach (wejście do etapu przekazania), według tego, co sprzedaż zrobiła dalej: przyjęła je, odesłała z powrotem lub do nurturingu albo zdyskwalifikowała.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Speed to lead and SLAs</source>
        <translation>Czas reakcji i SLA</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The same handed-off leads: how soon their owner first called, e-mailed or met them, and whether the handoff stage&apos;s two SLAs were kept, in the team&apos;s working hours.</source>
        <translation>Te same przekazane leady: jak szybko ich opiekun pierwszy raz zadzwonił, napisał e-mail lub się spotkał i czy dotrzymano obu SLA etapu przekazania, w godzinach pracy zespołu.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Time in stage</source>
        <translation>Czas w etapie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stays in a stage that ended in these days, as median and p90. Leads still in a stage are listed as waiting, never averaged in.</source>
        <translation>Pobyty w etapie zakończone w tych dniach: mediana i p90. Leady, które wciąż są w etapie, liczymy jako czekające, nie wliczamy ich do średnich.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>By owner</source>
        <translation>Według właściciela</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Per owner: the leads that came in during these days, those won and lost in them, and how soon the owner contacted the leads handed over (median, and the share within SLA 1).</source>
        <translation>Dla każdego właściciela: leady, które wpłynęły w tych dniach, wygrane i przegrane w tym czasie oraz jak szybko nawiązał kontakt z przekazanymi leadami (mediana i odsetek w ramach SLA 1).</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>CSV…</source>
        <translation>CSV…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save this table for a spreadsheet</source>
        <translation>Zapisz tę tabelę do arkusza kalkulacyjnego</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Reached %1</source>
        <translation>Doszły do etapu %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Lost: %1</source>
        <translation>Przegrane: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The leads could not be listed: %1</source>
        <translation>Nie udało się wypisać leadów: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Double-click a stage to list its leaking leads</source>
        <translation>Kliknij dwukrotnie etap, aby zobaczyć jego wyciekające leady</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Double-click a stage to list the leads waiting in it</source>
        <translation>Kliknij dwukrotnie etap, aby zobaczyć czekające w nim leady</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>Leads nobody owns</source>
        <translation>Leady bez właściciela</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Leads with no next task</source>
        <translation>Leady bez kolejnego zadania</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rotting leads</source>
        <translation>Zamarłe leady</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Leaking in %1</source>
        <translation>Wyciekające z etapu %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Waiting in %1, the longest first</source>
        <translation>Czekające w etapie %1, najdłużej czekające najpierw</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Open a database and choose a pipeline to see its numbers.</source>
        <translation>Otwórz bazę danych i wybierz lejek, aby zobaczyć jego liczby.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>%1 to %2</source>
        <translation>od %1 do %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1, as of %2</source>
        <translation>%1, stan na %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>(no reason given)</source>
        <translation>(bez podanego powodu)</translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>%1, %2 to %3: %4 lead(s) came in, %5 won and %6 lost.</source>
        <translation>
            <numerusform>%1, od %2 do %3: wpłynął %4 lead, wygrane: %5, przegrane: %6.</numerusform>
            <numerusform>%1, od %2 do %3: wpłynęły %4 leady, wygrane: %5, przegrane: %6.</numerusform>
            <numerusform>%1, od %2 do %3: wpłynęło %4 leadów, wygrane: %5, przegrane: %6.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1, %2 to %3: counting the leads…</source>
        <translation>%1, od %2 do %3: liczenie leadów…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>As of the end of %1, from history. %2</source>
        <translation>Stan na koniec dnia %1, z historii. %2</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+11"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="-9"/>
        <location line="+11"/>
        <source>Leads</source>
        <translation>Leady</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No lead was won or lost in these days. Choose a longer period above.</source>
        <translation>W tych dniach żaden lead nie został wygrany ani przegrany. Wybierz wyżej dłuższy okres.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No lead was lost in these days.</source>
        <translation>W tych dniach nie przegrano żadnego leada.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>No lead left a stage in these days, and none is waiting in one.</source>
        <translation>W tych dniach żaden lead nie opuścił etapu i żaden w nim nie czeka.</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>No lead is open in this pipeline now: every one is won or lost.</source>
        <translation>W tym lejku nie ma teraz otwartych leadów: każdy jest wygrany lub przegrany.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>This pipeline has no handoff stage: name one in the scoring configuration (lejek-cli config).</source>
        <translation>Ten lejek nie ma etapu przekazania: wskaż go w konfiguracji scoringu (lejek-cli config).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No lead was handed off to sales in these days.</source>
        <translation>W tych dniach żaden lead nie został przekazany do sprzedaży.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Weighted value (%1)</source>
        <translation>Wartość ważona (%1)</translation>
    </message>
    <message>
        <location line="-300"/>
        <location line="+306"/>
        <source>The numbers could not be computed: %1</source>
        <translation>Nie udało się policzyć liczb: %1</translation>
    </message>
    <message>
        <location line="-410"/>
        <source>Leads created in these days, by the furthest stage each reached (a lead that skipped a stage counts for it). In brackets: the share of those at the stage before. A bar lists its leads.</source>
        <translation>Leady utworzone w tych dniach, według najdalszego etapu, do którego doszły (lead, który pominął etap, liczy się i dla niego). W nawiasie: odsetek tych z poprzedniego etapu. Słupek pokazuje listę swoich leadów.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Leads lost in these days, by the reason given. A bar lists its leads.</source>
        <translation>Leady przegrane w tych dniach, według podanego powodu. Słupek pokazuje listę swoich leadów.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The leads open now (or at the end of the day chosen above), by the month their decision is expected: their value times the win probability of the stage each is in. Parked leads are left out.</source>
        <translation>Leady otwarte teraz (lub na koniec dnia wybranego powyżej) według miesiąca spodziewanej decyzji: ich wartość razy prawdopodobieństwo wygranej etapu, w którym każdy jest. Leady odłożone są pominięte.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The leads open or parked now (or at the end of the day chosen above) that nobody owns, that have no next task planned, or that have had no activity for longer than their stage allows.</source>
        <translation>Leady otwarte lub odłożone teraz (lub na koniec dnia wybranego powyżej), których nikt nie prowadzi, które nie mają zaplanowanego kolejnego zadania albo w których nic się nie działo dłużej, niż pozwala ich etap.</translation>
    </message>
    <message>
        <location line="+398"/>
        <source>Save Table</source>
        <translation>Zapisz tabelę</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV files (*.csv)</source>
        <translation>Pliki CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>dashboard</source>
        <translation>pulpit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save as PDF</source>
        <translation>Zapisz jako PDF</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PDF files (*.pdf)</source>
        <translation>Pliki PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save as Picture</source>
        <translation>Zapisz jako obraz</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PNG pictures (*.png)</source>
        <translation>Obrazy PNG (*.png)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1: sales dashboard</source>
        <translation>%1: pulpit sprzedaży</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Days: %1 to %2 (both included)</source>
        <translation>Dni: od %1 do %2 (włącznie)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Leads: %1</source>
        <translation>Leady: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>all the leads you may see</source>
        <translation>wszystkie leady, które możesz zobaczyć</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Made on %1</source>
        <translation>Utworzono %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Could not save %1: %2</source>
        <translation>Nie udało się zapisać %1: %2</translation>
    </message>
</context>
<context>
    <name>lejek::app::DuplicatePrompt</name>
    <message>
        <location filename="../src/app/card/DuplicatePrompt.cpp" line="+14"/>
        <source>This lead may already exist</source>
        <translation>Ten lead może już istnieć</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>This lead may already exist in %1:</source>
        <translation>Ten lead może już istnieć w lejku %1:</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n more lead(s) you may not see share the e-mail, NIP or web domain.</source>
        <translation>
            <numerusform>%n lead, którego nie widzisz, ma ten sam e-mail, NIP lub domenę firmy.</numerusform>
            <numerusform>%n leady, których nie widzisz, mają ten sam e-mail, NIP lub domenę firmy.</numerusform>
            <numerusform>%n leadów, których nie widzisz, ma ten sam e-mail, NIP lub domenę firmy.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save anyway</source>
        <translation>Zapisz mimo to</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Create anyway</source>
        <translation>Utwórz mimo to</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open lead %1</source>
        <translation>Otwórz lead %1</translation>
    </message>
</context>
<context>
    <name>lejek::app::ExportDialog</name>
    <message>
        <location filename="../src/app/transfer/ExportDialog.cpp" line="+53"/>
        <source>&amp;Export</source>
        <translation>&amp;Eksportuj</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export Leads from %1</source>
        <translation>Eksport leadów z lejka %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every lead of the pipeline %1, with all its fields, as a CSV file (UTF-8) that spreadsheets open directly. Cells that a spreadsheet would run as a formula start with an apostrophe.</source>
        <translation>Wszystkie leady lejka %1 ze wszystkimi polami, jako plik CSV (UTF-8), który arkusz kalkulacyjny otworzy od razu. Komórki, które arkusz uruchomiłby jako formułę, zaczynają się od apostrofu.</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Przeglądaj…</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Comma (,)</source>
        <translation>Przecinek (,)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Semicolon (;), for spreadsheets with a decimal comma (Polish)</source>
        <translation>Średnik (;), dla arkuszy z przecinkiem dziesiętnym (polskich)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export progress</source>
        <translation>Postęp eksportu</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;File:</source>
        <translation>&amp;Plik:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delimiter:</source>
        <translation>&amp;Separator:</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Export Leads</source>
        <translation>Eksport leadów</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Pliki CSV (*.csv);;Wszystkie pliki (*)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Exported %1 of %2 leads…</source>
        <translation>Wyeksportowano %1 z %2 leadów…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Counting the leads…</source>
        <translation>Liczenie leadów…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cancelling…</source>
        <translation>Anulowanie…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The export failed: %1</source>
        <translation>Eksport nie powiódł się: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The export was cancelled; no file was written.</source>
        <translation>Eksport anulowano; żaden plik nie został zapisany.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exported %1 leads to %2.</source>
        <translation>Wyeksportowane leady: %1, do pliku %2.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Close</source>
        <translation>Zamknij</translation>
    </message>
</context>
<context>
    <name>lejek::app::FieldEditor</name>
    <message>
        <location filename="../src/app/card/FieldEditor.cpp" line="+23"/>
        <location line="+56"/>
        <source>— choose —</source>
        <translation>— wybierz —</translation>
    </message>
    <message>
        <location line="-42"/>
        <source>e.g. 12 500,00</source>
        <translation>np. 12 500,00</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>YYYY-MM-DD or DD.MM.YYYY</source>
        <translation>RRRR-MM-DD lub DD.MM.RRRR</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>name@company.pl</source>
        <translation>imie@firma.pl</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>+48 600 100 200</source>
        <translation>+48 600 100 200</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>10 digits, e.g. 526-000-12-46</source>
        <translation>10 cyfr, np. 526-000-12-46</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Separate values with commas</source>
        <translation>Wartości oddziel przecinkami</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comma-separated: %1</source>
        <translation>Oddzielone przecinkami: %1</translation>
    </message>
</context>
<context>
    <name>lejek::app::FigureGrid</name>
    <message>
        <location filename="../src/app/dashboard/FigureGrid.cpp" line="+43"/>
        <source>List these leads</source>
        <translation>Pokaż te leady</translation>
    </message>
</context>
<context>
    <name>lejek::app::HandoffFigures</name>
    <message>
        <location filename="../src/app/dashboard/HandoffFigures.cpp" line="+25"/>
        <source>%1 of %2 handed off</source>
        <translation>%1 z %2 przekazanych</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%n more reason(s)</source>
        <translation>
            <numerusform>jeszcze %n powód</numerusform>
            <numerusform>jeszcze %n powody</numerusform>
            <numerusform>jeszcze %n powodów</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accepted by sales</source>
        <translation>Przyjęte przez sprzedaż</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Returned or nurtured</source>
        <translation>Zwrócone lub w nurturingu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disqualified</source>
        <translation>Zdyskwalifikowane</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Waiting for sales</source>
        <translation>Czekają na sprzedaż</translation>
    </message>
</context>
<context>
    <name>lejek::app::ImportDialog</name>
    <message>
        <location filename="../src/app/transfer/ImportDialog.cpp" line="+28"/>
        <source>Import Leads into %1</source>
        <translation>Import leadów do lejka %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Import Now</source>
        <translation>&amp;Importuj teraz</translation>
    </message>
</context>
<context>
    <name>lejek::app::ImportFieldChoices</name>
    <message>
        <location filename="../src/app/transfer/ImportFieldChoices.cpp" line="+22"/>
        <source>Stage</source>
        <translation>Etap</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owner</source>
        <translation>Właściciel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created on (history)</source>
        <translation>Data utworzenia (historia)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Entered the stage on (history)</source>
        <translation>Data wejścia do etapu (historia)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last activity on (history)</source>
        <translation>Data ostatniej aktywności (historia)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed on (history)</source>
        <translation>Data zamknięcia (historia)</translation>
    </message>
</context>
<context>
    <name>lejek::app::ImportFilePage</name>
    <message>
        <location filename="../src/app/transfer/ImportFilePage.cpp" line="+33"/>
        <source>Choose a CSV File</source>
        <translation>Wybierz plik CSV</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every row is checked like a lead entered by hand. Rows that cannot be imported are listed at the end and saved beside the file, to be fixed and imported again.</source>
        <translation>Każdy wiersz jest sprawdzany tak jak lead wpisany ręcznie. Wiersze, których nie da się zaimportować, zostaną na końcu wypisane i zapisane obok pliku, by można je było poprawić i zaimportować ponownie.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The CSV file to import</source>
        <translation>Plik CSV do zaimportowania</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Przeglądaj…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Comma (,)</source>
        <translation>Przecinek (,)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Semicolon (;)</source>
        <translation>Średnik (;)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>UTF-8</source>
        <translation>UTF-8</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Windows-1250 (Polish Excel)</source>
        <translation>Windows-1250 (polski Excel)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;File:</source>
        <translation>&amp;Plik:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delimiter:</source>
        <translation>&amp;Separator:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Encoding:</source>
        <translation>&amp;Kodowanie:</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Import Leads</source>
        <translation>Import leadów</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>Pliki CSV (*.csv *.txt);;Wszystkie pliki (*)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Reading the file…</source>
        <translation>Wczytywanie pliku…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This file cannot be imported: %1</source>
        <translation>Tego pliku nie da się zaimportować: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This file has a header but no rows under it: there is nothing to import. Choose the file with the leads.</source>
        <translation>Ten plik ma nagłówek, ale pod nim nie ma żadnych wierszy: nie ma czego importować. Wybierz plik z leadami.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 columns; %2. The next step shows the first rows.</source>
        <translation>Kolumny: %1; %2. Następny krok pokaże pierwsze wiersze.</translation>
    </message>
</context>
<context>
    <name>lejek::app::ImportMappingPage</name>
    <message>
        <location filename="../src/app/transfer/ImportMappingPage.cpp" line="+28"/>
        <source>&amp;Dry run: check every row and report, write nothing</source>
        <translation>&amp;Próba: sprawdź każdy wiersz i pokaż wynik, nic nie zapisuj</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import &amp;nothing unless every row can be imported</source>
        <translation>&amp;Nie importuj niczego, jeśli któregoś wiersza nie da się zaimportować</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Match the Columns to Fields</source>
        <translation>Przypisz kolumny do pól</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Columns named like a field (in English or Polish) are matched already. Choose “Ignore” for a column you do not want.</source>
        <translation>Kolumny nazwane tak jak pole (po polsku lub angielsku) są już przypisane. Dla kolumny, której nie potrzebujesz, wybierz „Pomiń”.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+35"/>
        <source>&amp;Import</source>
        <translation>&amp;Importuj</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>Skip the row</source>
        <translation>Pomiń wiersz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fill in and update the existing lead</source>
        <translation>Uzupełnij i zaktualizuj istniejący lead</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import it as another lead</source>
        <translation>Zaimportuj jako kolejny lead</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reject the row</source>
        <translation>Odrzuć wiersz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Place the lead in the first stage</source>
        <translation>Umieść leada w pierwszym etapie</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Options</source>
        <translation>Opcje</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A lead with the same external id, e-mail or NIP exists:</source>
        <translation>Istnieje lead z tym samym identyfikatorem zewnętrznym, e-mailem lub NIP-em:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The row&apos;s stage requires fields it lacks:</source>
        <translation>Etap wiersza wymaga pól, których brakuje:</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Check</source>
        <translation>&amp;Sprawdź</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Choose a field for at least one column.</source>
        <translation>Wybierz pole dla co najmniej jednej kolumny.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every column will be imported.</source>
        <translation>Zaimportowane zostaną wszystkie kolumny.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 of %2 columns will be imported; ignored: %3.</source>
        <translation>Zaimportowane zostanie %1 z %2 kolumn; pominięte: %3.</translation>
    </message>
</context>
<context>
    <name>lejek::app::ImportResultPage</name>
    <message>
        <location filename="../src/app/transfer/ImportResultPage.cpp" line="+40"/>
        <source>Import Result</source>
        <translation>Wynik importu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What was written, and every row that was not, with its line in the file.</source>
        <translation>Co zostało zapisane oraz każdy wiersz, którego nie zapisano, z jego numerem w pliku.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Rows not imported as they were</source>
        <translation>Wiersze nie zaimportowane tak, jak były</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Rows read:</source>
        <translation>Wczytane wiersze:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Imported:</source>
        <translation>Zaimportowane:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Updated:</source>
        <translation>Zaktualizowane:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skipped:</source>
        <translation>Pominięte:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rejected:</source>
        <translation>Odrzucone:</translation>
    </message>
    <message>
        <location line="-49"/>
        <source>Line</source>
        <translation>Wiersz</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>Show only the rejected rows</source>
        <translation>Pokaż tylko odrzucone wiersze</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>What happened</source>
        <translation>Co się stało</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Why</source>
        <translation>Dlaczego</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>To be imported:</source>
        <translation>Do zaimportowania:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To be updated:</source>
        <translation>Do aktualizacji:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To be skipped:</source>
        <translation>Do pominięcia:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To be rejected:</source>
        <translation>Do odrzucenia:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The file has no rows under its header: nothing to import.</source>
        <translation>Pod nagłówkiem pliku nie ma wierszy: nie ma czego importować.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dry run complete: nothing was written.</source>
        <translation>Próba zakończona: nic nie zostało zapisane.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The import is complete, but no row was imported.</source>
        <translation>Import zakończony, ale nie zaimportowano żadnego wiersza.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The import is complete.</source>
        <translation>Import zakończony.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The import is complete; some rows were not imported.</source>
        <translation>Import zakończony; niektórych wierszy nie zaimportowano.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The check was cancelled; nothing was written.</source>
        <translation>Sprawdzanie anulowano; nic nie zostało zapisane.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The import was cancelled; nothing was written.</source>
        <translation>Import anulowano; nic nie zostało zapisane.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The import was cancelled. Rows written before it stopped: %1; they stay in the pipeline.</source>
        <translation>Import anulowano. Wiersze zapisane przed zatrzymaniem: %1; pozostają w lejku.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>To add the rest, import the same file again: the rows already in are skipped as duplicates.</source>
        <translation>Aby dodać resztę, zaimportuj ten sam plik ponownie: wiersze, które już są w bazie, zostaną pominięte jako duplikaty.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing was written: some rows cannot be imported, and you asked for all or nothing.</source>
        <translation>Nic nie zostało zapisane: niektórych wierszy nie da się zaimportować, a wybrano „wszystko albo nic”.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rows ready to import once those are fixed: %1.</source>
        <translation>Wiersze gotowe do importu po poprawieniu tamtych: %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The columns do not fit the pipeline: %1</source>
        <translation>Kolumny nie pasują do lejka: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The import stopped: %1. Rows written before: %2; they stay in the pipeline.</source>
        <translation>Import przerwany: %1. Wiersze zapisane wcześniej: %2; pozostają w lejku.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The import stopped: %1. Nothing was written.</source>
        <translation>Import przerwany: %1. Nic nie zostało zapisane.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>The first %1 of %2 rows with a note are listed.</source>
        <translation>Pokazano pierwsze %1 z %2 wierszy z uwagami.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>imported</source>
        <translation>zaimportowany</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>updated</source>
        <translation>zaktualizowany</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>skipped</source>
        <translation>pominięty</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>rejected</source>
        <translation>odrzucony</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>The rejected rows, with their line and reason, are saved in &lt;a href=&quot;%1&quot;&gt;%2&lt;/a&gt;; fix them there and import that file again.</source>
        <translation>Odrzucone wiersze, z numerem wiersza i powodem, zapisano w pliku &lt;a href=&quot;%1&quot;&gt;%2&lt;/a&gt;; popraw je tam i zaimportuj ten plik ponownie.</translation>
    </message>
</context>
<context>
    <name>lejek::app::ImportRunPage</name>
    <message>
        <location filename="../src/app/transfer/ImportRunPage.cpp" line="+31"/>
        <source>Importing</source>
        <translation>Importowanie</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Rows are written in batches of %1. Cancel stops after the batch being written; what was written stays.</source>
        <translation>Wiersze są zapisywane partiami po %1. Anulowanie zatrzymuje import po bieżącej partii; to, co zapisano, zostaje.</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>Show the Result</source>
        <translation>Pokaż wynik</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Import progress</source>
        <translation>Postęp importu</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Rows are checked in batches of %1; nothing is written.</source>
        <translation>Wiersze są sprawdzane partiami po %1; nic nie jest zapisywane.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All rows are written in one transaction, saved only when none is rejected. Cancel writes nothing.</source>
        <translation>Wszystkie wiersze są zapisywane w jednej transakcji, zatwierdzanej tylko wtedy, gdy żaden nie zostanie odrzucony. Anulowanie niczego nie zapisze.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Checking %1 against the pipeline %2; nothing is written.</source>
        <translation>Sprawdzanie pliku %1 względem lejka %2; nic nie jest zapisywane.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Importing %1 into the pipeline %2: all rows or none.</source>
        <translation>Importowanie pliku %1 do lejka %2: wszystkie wiersze albo żaden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Importing %1 into the pipeline %2.</source>
        <translation>Importowanie pliku %1 do lejka %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Checking the file…</source>
        <translation>Sprawdzanie pliku…</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Cancelling after the batch being written…</source>
        <translation>Anulowanie po zapisaniu bieżącej partii…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancelling; nothing will be written…</source>
        <translation>Anulowanie; nic nie zostanie zapisane…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Rows read: %1 · to be imported: %2 · to be updated: %3 · to be skipped: %4 · to be rejected: %5</source>
        <translation>Wczytane wiersze: %1 · do zaimportowania: %2 · do aktualizacji: %3 · do pominięcia: %4 · do odrzucenia: %5</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rows read: %1 · imported: %2 · updated: %3 · skipped: %4 · rejected: %5</source>
        <translation>Wczytane wiersze: %1 · zaimportowane: %2 · zaktualizowane: %3 · pominięte: %4 · odrzucone: %5</translation>
    </message>
</context>
<context>
    <name>lejek::app::LeadCardDelegate</name>
    <message>
        <location filename="../src/app/board/LeadCardDelegate.cpp" line="+151"/>
        <source>No contact person</source>
        <translation>Brak osoby kontaktowej</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>saving…</source>
        <comment>a moved card waits for the database</comment>
        <translation>zapisuję…</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln d</source>
        <comment>days in the stage, abbreviated</comment>
        <translation>
            <numerusform>%Ln dzień</numerusform>
            <numerusform>%Ln dni</numerusform>
            <numerusform>%Ln dni</numerusform>
        </translation>
    </message>
    <message>
        <location line="-1"/>
        <source>today</source>
        <comment>entered the stage today</comment>
        <translation>dziś</translation>
    </message>
    <message>
        <location line="-53"/>
        <source>d MMM</source>
        <comment>a task&apos;s due date on a card</comment>
        <translation>d MMM</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>SLA breached</source>
        <translation>SLA przekroczone</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>SLA %Ln min</source>
        <comment>time left to the SLA&apos;s due time</comment>
        <translation>
            <numerusform>SLA %Ln min</numerusform>
            <numerusform>SLA %Ln min</numerusform>
            <numerusform>SLA %Ln min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>SLA %Ln h</source>
        <comment>time left to the SLA&apos;s due time</comment>
        <translation>
            <numerusform>SLA %Ln godz.</numerusform>
            <numerusform>SLA %Ln godz.</numerusform>
            <numerusform>SLA %Ln godz.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>SLA %Ln d</source>
        <comment>time left to the SLA&apos;s due time</comment>
        <translation>
            <numerusform>SLA %Ln dzień</numerusform>
            <numerusform>SLA %Ln dni</numerusform>
            <numerusform>SLA %Ln dni</numerusform>
        </translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Loading…</source>
        <translation>Wczytywanie…</translation>
    </message>
</context>
<context>
    <name>lejek::app::LeadCardFields</name>
    <message>
        <location filename="../src/app/card/LeadCardFields.cpp" line="+56"/>
        <source>Stage</source>
        <translation>Etap</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Owner</source>
        <translation>Właściciel</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Created</source>
        <translation>Utworzony</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In this stage since</source>
        <translation>Na tym etapie od</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last activity</source>
        <translation>Ostatnia aktywność</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed</source>
        <translation>Zamknięty</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No pages visited, materials downloaded or forms sent yet.</source>
        <translation>Brak odwiedzonych stron, pobranych materiałów i wysłanych formularzy.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>name@company.pl</source>
        <translation>imie@firma.pl</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>+48 600 100 200</source>
        <translation>+48 600 100 200</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>10 digits, e.g. 526-000-12-46</source>
        <translation>10 cyfr, np. 526-000-12-46</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>https://company.pl</source>
        <translation>https://firma.pl</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>YYYY-MM-DD or DD.MM.YYYY</source>
        <translation>RRRR-MM-DD lub DD.MM.RRRR</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>e.g. 12 500,00</source>
        <translation>np. 12 500,00</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Separate with semicolons: %1</source>
        <translation>Oddziel średnikami: %1</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Nobody (the manager&apos;s queue)</source>
        <translation>Nikt (kolejka managera)</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+13"/>
        <source>— none —</source>
        <translation>— brak —</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>— unknown —</source>
        <translation>— nieznane —</translation>
    </message>
    <message>
        <location line="+133"/>
        <source>Required to enter %1</source>
        <translation>Wymagane, aby wejść do etapu %1</translation>
    </message>
</context>
<context>
    <name>lejek::app::LeadCardPanel</name>
    <message>
        <location filename="../src/app/card/LeadCardPanel.cpp" line="+59"/>
        <source>Revert</source>
        <translation>Przywróć</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+276"/>
        <location line="+99"/>
        <source>Save</source>
        <translation>Zapisz</translation>
    </message>
    <message>
        <location line="-346"/>
        <source>Timeline</source>
        <translation>Historia</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+4"/>
        <source>Tasks</source>
        <translation>Zadania</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Tasks (%1, %2 overdue)</source>
        <translation>Zadania (%1, po terminie: %2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tasks (%1)</source>
        <translation>Zadania (%1)</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>No lead open</source>
        <translation>Żaden lead nie jest otwarty</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Double-click a card on the board, or press Enter on it, to open it here.</source>
        <translation>Kliknij dwukrotnie kartę na tablicy albo naciśnij na niej Enter, aby otworzyć ją tutaj.</translation>
    </message>
    <message>
        <location line="+158"/>
        <source>New lead</source>
        <translation>Nowy lead</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Lead %1</source>
        <translation>Lead %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no owner yet</source>
        <translation>jeszcze bez właściciela</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>owner: %1</source>
        <translation>właściciel: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>changed by someone else since you opened it</source>
        <translation>ktoś inny zmienił go, odkąd go otworzyłeś</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 needs: %2.</source>
        <translation>%1 wymaga: %2.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot save yet: %1</source>
        <translation>Nie można jeszcze zapisać: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Create lead</source>
        <translation>Utwórz leada</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save and move</source>
        <translation>Zapisz i przenieś</translation>
    </message>
    <message>
        <location line="+97"/>
        <source>Lost</source>
        <translation>Przegrana</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What happened, and what to try when the lead is reviewed (optional):</source>
        <translation>Co się stało i czego spróbować przy przeglądzie leada (opcjonalnie):</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>Owner</source>
        <translation>Właściciel</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Stage</source>
        <translation>Etap</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Not saved: the lead changed meanwhile. Your edits are still here; Save asks again.</source>
        <translation>Nie zapisano: lead zmienił się w międzyczasie. Twoje zmiany są nadal tutaj; Zapisz zapyta ponownie.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>required to enter %1</source>
        <translation>wymagane, aby wejść do etapu %1</translation>
    </message>
</context>
<context>
    <name>lejek::app::LeadCards</name>
    <message>
        <location filename="../src/app/card/LeadCards.cpp" line="+18"/>
        <source>Lead card</source>
        <translation>Karta leada</translation>
    </message>
</context>
<context>
    <name>lejek::app::LeadListDialog</name>
    <message>
        <location filename="../src/app/dashboard/LeadListDialog.cpp" line="+25"/>
        <source>Loading the leads…</source>
        <translation>Wczytywanie leadów…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Lead</source>
        <translation>Lead</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Stage</source>
        <translation>Etap</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Owner</source>
        <translation>Właściciel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last activity</source>
        <translation>Ostatnia aktywność</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation>Wartość</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The leads could not be loaded: %1</source>
        <translation>Nie udało się wczytać leadów: %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>(nobody)</source>
        <translation>(nikt)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>None of these leads is yours to see any more: they were reassigned, merged or closed since.</source>
        <translation>Żadnego z tych leadów nie możesz już zobaczyć: od tego czasu przypisano je komuś innemu, scalono lub zamknięto.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The first %1 of %2 leads. Enter or a double-click opens a lead&apos;s card.</source>
        <translation>Pierwsze %1 z %2 leadów. Enter lub dwukrotne kliknięcie otwiera kartę leada.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%1 lead(s). Enter or a double-click opens a lead&apos;s card.</source>
        <translation>
            <numerusform>%1 lead. Enter lub dwukrotne kliknięcie otwiera kartę leada.</numerusform>
            <numerusform>%1 leady. Enter lub dwukrotne kliknięcie otwiera kartę leada.</numerusform>
            <numerusform>%1 leadów. Enter lub dwukrotne kliknięcie otwiera kartę leada.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lejek::app::LeadMover</name>
    <message>
        <location filename="../src/app/board/LeadMover.cpp" line="+97"/>
        <source>Needs: %1</source>
        <translation>Wymaga: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Drop to mark %n lead(s) as won; you confirm first.</source>
        <translation>
            <numerusform>Upuść, aby oznaczyć %n lead jako wygrany; najpierw potwierdzisz.</numerusform>
            <numerusform>Upuść, aby oznaczyć %n leady jako wygrane; najpierw potwierdzisz.</numerusform>
            <numerusform>Upuść, aby oznaczyć %n leadów jako wygrane; najpierw potwierdzisz.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Drop to mark %n lead(s) as lost; you give the reason.</source>
        <translation>
            <numerusform>Upuść, aby oznaczyć %n lead jako przegrany; podasz powód.</numerusform>
            <numerusform>Upuść, aby oznaczyć %n leady jako przegrane; podasz powód.</numerusform>
            <numerusform>Upuść, aby oznaczyć %n leadów jako przegrane; podasz powód.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Drop to fill them in.</source>
        <translation>Upuść, aby je uzupełnić.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Move %n lead(s) here</source>
        <translation>
            <numerusform>Przenieś tutaj %n lead</numerusform>
            <numerusform>Przenieś tutaj %n leady</numerusform>
            <numerusform>Przenieś tutaj %n leadów</numerusform>
        </translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Still saving the previous move of %1.</source>
        <translation>Wciąż zapisuję poprzednie przeniesienie: %1.</translation>
    </message>
    <message>
        <location line="+59"/>
        <location line="+6"/>
        <source>Mark as won</source>
        <translation>Oznacz jako wygrane</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Mark %1 as won?</source>
        <translation>Oznaczyć %1 jako wygrany?</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Mark %n lead(s) as won?</source>
        <translation>
            <numerusform>Oznaczyć %n lead jako wygrany?</numerusform>
            <numerusform>Oznaczyć %n leady jako wygrane?</numerusform>
            <numerusform>Oznaczyć %n leadów jako wygrane?</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Each becomes a customer: found by its NIP, or created from its company.</source>
        <translation>Każdy zostanie klientem: odnalezionym po NIP albo utworzonym z danych firmy.</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Not moved: %1 stays where it was.</source>
        <translation>Nie przeniesiono: %1 zostaje na swoim miejscu.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1 of %2 moved; the others show why on their cards.</source>
        <translation>Przeniesiono %1 z %2; pozostałe pokazują przyczynę na swoich kartach.</translation>
    </message>
    <message numerus="yes">
        <location line="+67"/>
        <source>Move %n lead(s) to “%1”</source>
        <translation>
            <numerusform>Przeniesienie %n leada do „%1”</numerusform>
            <numerusform>Przeniesienie %n leadów do „%1”</numerusform>
            <numerusform>Przeniesienie %n leadów do „%1”</numerusform>
        </translation>
    </message>
    <message>
        <location line="+16"/>
        <source>missing %1</source>
        <translation>brakuje: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not met: %1</source>
        <translation>niespełnione: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not moved: %1</source>
        <translation>Nie przeniesiono: %1</translation>
    </message>
</context>
<context>
    <name>lejek::app::LeadRoles</name>
    <message>
        <location filename="../src/app/board/LeadRoles.cpp" line="+97"/>
        <source>Deal value: %1</source>
        <translation>Wartość transakcji: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No owner yet</source>
        <translation>Jeszcze bez właściciela</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Owner: %1</source>
        <translation>Właściciel: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln day(s) in this stage</source>
        <translation>
            <numerusform>%Ln dzień w tym etapie</numerusform>
            <numerusform>%Ln dni w tym etapie</numerusform>
            <numerusform>%Ln dni w tym etapie</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Score: %1</source>
        <translation>Scoring: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>SLA breached: first contact was due %1</source>
        <translation>SLA przekroczone: pierwszy kontakt był wymagany do %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SLA breached: a decision was due %1</source>
        <translation>SLA przekroczone: decyzja była wymagana do %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SLA: first contact due %1</source>
        <translation>SLA: pierwszy kontakt do %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>SLA: decision due %1</source>
        <translation>SLA: decyzja do %1</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Rotting: no activity for more than %n day(s)</source>
        <translation>
            <numerusform>Zamarł: brak aktywności od ponad %n dnia</numerusform>
            <numerusform>Zamarł: brak aktywności od ponad %n dni</numerusform>
            <numerusform>Zamarł: brak aktywności od ponad %n dni</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Next task overdue since %1</source>
        <translation>Następne zadanie po terminie od %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next task due %1</source>
        <translation>Następne zadanie: termin %1</translation>
    </message>
</context>
<context>
    <name>lejek::app::LeadTasksBox</name>
    <message>
        <location filename="../src/app/card/LeadTasksBox.cpp" line="+23"/>
        <source>Plan a task…</source>
        <translation>Zaplanuj zadanie…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done</source>
        <translation>Wykonane</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reschedule…</source>
        <translation>Zmień termin…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel task</source>
        <translation>Anuluj zadanie</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+8"/>
        <source>Open tasks</source>
        <translation>Otwarte zadania</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Overdue since %1</source>
        <translation>Po terminie od %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No open task: plan the next step, so this lead is not forgotten.</source>
        <translation>Brak otwartych zadań: zaplanuj kolejny krok, aby ten lead nie został zapomniany.</translation>
    </message>
</context>
<context>
    <name>lejek::app::LeadTimelineBox</name>
    <message>
        <location filename="../src/app/card/LeadTimelineBox.cpp" line="+32"/>
        <source>&amp;Log…</source>
        <translation>&amp;Dodaj wpis…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log a note, a call, a meeting or an e-mail</source>
        <translation>Dodaj notatkę, rozmowę, spotkanie lub e-mail</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Show in the timeline</source>
        <translation>Pokaż w historii</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Everything</source>
        <translation>Wszystko</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Timeline</source>
        <translation>Historia</translation>
    </message>
</context>
<context>
    <name>lejek::app::LeakageFigures</name>
    <message>
        <location filename="../src/app/dashboard/LeakageFigures.cpp" line="+23"/>
        <source>of %1 open</source>
        <translation>z %1 otwartych</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No owner</source>
        <translation>Bez właściciela</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No next task</source>
        <translation>Bez kolejnego zadania</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rotting</source>
        <translation>Zamarłe</translation>
    </message>
</context>
<context>
    <name>lejek::app::ListDocks</name>
    <message>
        <location filename="../src/app/mainwindow/ListDocks.cpp" line="+26"/>
        <source>My tasks</source>
        <translation>Moje zadania</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customers</source>
        <translation>Klienci</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lost, to review</source>
        <translation>Przegrane do przeglądu</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Lead %1 is back on the board.</source>
        <translation>Lead %1 wrócił na tablicę.</translation>
    </message>
</context>
<context>
    <name>lejek::app::LostReviewView</name>
    <message>
        <location filename="../src/app/customers/LostReviewView.cpp" line="+28"/>
        <source>&amp;Reactivate</source>
        <translation>&amp;Reaktywuj</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lost on</source>
        <translation>Przegrany dnia</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Lead</source>
        <translation>Lead</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pipeline</source>
        <translation>Lejek</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reason</source>
        <translation>Powód</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Owner</source>
        <translation>Właściciel</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lost leads to review</source>
        <translation>Przegrane leady do przeglądu</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Stage to bring it back to</source>
        <translation>Etap, do którego wraca</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bring the lead back to the chosen stage, through its gate</source>
        <translation>Przywróć leada do wybranego etapu, przez jego bramkę</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lost more than six months ago: look at each again, and bring back those whose reason has passed.</source>
        <translation>Przegrane ponad pół roku temu: przejrzyj każdy ponownie i przywróć te, których powód przeminął.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Back to</source>
        <translation>Wróć do</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>%1 (lead %2)</source>
        <translation>%1 (lead %2)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No lost leads to review: none was lost more than six months ago.</source>
        <translation>Brak przegranych leadów do przeglądu: żaden nie został przegrany ponad pół roku temu.</translation>
    </message>
</context>
<context>
    <name>lejek::app::MainWindow</name>
    <message>
        <location filename="../src/app/mainwindow/MainWindow.cpp" line="+100"/>
        <source>Could not load leads: %1</source>
        <translation>Nie udało się wczytać leadów: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Moved %n lead(s).</source>
        <translation>
            <numerusform>Przeniesiono %n lead.</numerusform>
            <numerusform>Przeniesiono %n leady.</numerusform>
            <numerusform>Przeniesiono %n leadów.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+65"/>
        <source>&amp;File</source>
        <translation>&amp;Plik</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open Database…</source>
        <translation>&amp;Otwórz bazę danych…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Quit</source>
        <translation>&amp;Zakończ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Edit</source>
        <translation>&amp;Edycja</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Undo</source>
        <translation>&amp;Cofnij</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Redo</source>
        <translation>&amp;Ponów</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;View</source>
        <translation>&amp;Widok</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Odśwież</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Board &amp;as of a Past Day</source>
        <translation>Tablica &amp;na dzień z przeszłości</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Lead</source>
        <translation>&amp;Lead</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New Lead</source>
        <translation>&amp;Nowy lead</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Help</source>
        <translation>Pomo&amp;c</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Lejek</source>
        <translation>&amp;O programie Lejek</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>About &amp;Qt</source>
        <translation>O &amp;Qt</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+9"/>
        <source>Pipeline</source>
        <translation>Lejek sprzedażowy</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>&amp;Pipeline:</source>
        <translation>&amp;Lejek sprzedażowy:</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Filters</source>
        <translation>Filtry</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>Welcome, %1. Add your team with lejek-cli user add.</source>
        <translation>Witaj, %1. Resztę zespołu dodasz poleceniem lejek-cli user add.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>No database is open</source>
        <translation>Żadna baza danych nie jest otwarta</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open a Lejek database with File › Open Database…</source>
        <translation>Otwórz bazę Lejka poleceniem Plik › Otwórz bazę danych…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open Database…</source>
        <translation>Otwórz bazę danych…</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>This is not a database Lejek can open</source>
        <translation>Lejek nie potrafi otworzyć takiej bazy danych</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Database: %1</source>
        <translation>Baza danych: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Opening the database…</source>
        <translation>Otwieranie bazy danych…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Open Another Database…</source>
        <translation>Otwórz inną bazę danych…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Lejek could not open the database</source>
        <translation>Lejek nie mógł otworzyć bazy danych</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>This pipeline has no leads yet. Import them from a spreadsheet or another CRM (File › Import Leads…), add one with “lejek-cli add --db %1”, or try Lejek with demo data: “lejek-cli demo --db %1” (then View › Refresh).</source>
        <translation>W tym lejku nie ma jeszcze leadów. Zaimportuj je z arkusza albo innego CRM-u (Plik › Importuj leady…), dodaj pierwszego poleceniem „lejek-cli add --db %1” albo wypróbuj Lejka na danych demonstracyjnych: „lejek-cli demo --db %1” (potem Widok › Odśwież).</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Counting leads…</source>
        <translation>Liczenie leadów…</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>%1 lead(s) in this pipeline</source>
        <translation>
            <numerusform>%1 lead w tym lejku</numerusform>
            <numerusform>%1 leady w tym lejku</numerusform>
            <numerusform>%1 leadów w tym lejku</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Open Database</source>
        <translation>Otwórz bazę danych</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Lejek databases (*.sqlite *.db);;All files (*)</source>
        <translation>Bazy Lejka (*.sqlite *.db);;Wszystkie pliki (*)</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>About Lejek</source>
        <translation>O programie Lejek</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;Lejek %1&lt;/h3&gt;&lt;p&gt;Lejek runs your B2B sales pipelines: every lead moves through clear stages, from the first contact to a signed deal.&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Lejek %1&lt;/h3&gt;&lt;p&gt;Lejek prowadzi Twoje lejki sprzedażowe B2B: każdy lead przechodzi przez jasno określone etapy, od pierwszego kontaktu do podpisanej umowy.&lt;/p&gt;&lt;p&gt;Licencja: GNU General Public License w wersji 3 lub nowszej.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="-416"/>
        <source>&amp;Import Leads…</source>
        <translation>&amp;Importuj leady…</translation>
    </message>
    <message>
        <location line="-103"/>
        <location line="+128"/>
        <source>&amp;Board</source>
        <translation>&amp;Tablica</translation>
    </message>
    <message>
        <location line="-127"/>
        <location line="+129"/>
        <source>&amp;Dashboard</source>
        <translation>&amp;Pulpit</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>&amp;Export Leads…</source>
        <translation>&amp;Eksportuj leady…</translation>
    </message>
</context>
<context>
    <name>lejek::app::MergeDialog</name>
    <message>
        <location filename="../src/app/card/MergeDialog.cpp" line="+22"/>
        <location line="+14"/>
        <location line="+1"/>
        <source>Lead %1</source>
        <translation>Lead %1</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>%1 (lead %2)</source>
        <translation>%1 (lead %2)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Merge</source>
        <translation>Scal</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Owner</source>
        <translation>Właściciel</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+1"/>
        <source>%1: keep %2</source>
        <translation>%1: zostaw %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The two fill no field differently: the lead you keep takes what only the other one has.</source>
        <translation>Żadne pole nie różni się między nimi: lead, który zostaje, przejmie to, co ma tylko drugi.</translation>
    </message>
</context>
<context>
    <name>lejek::app::MyTasksView</name>
    <message>
        <location filename="../src/app/tasks/MyTasksView.cpp" line="+31"/>
        <source>Due</source>
        <translation>Termin</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Task</source>
        <translation>Zadanie</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Lead</source>
        <translation>Lead</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pipeline</source>
        <translation>Lejek</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>My tasks</source>
        <translation>Moje zadania</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Choose who you are (“I am” in the filter bar) to see your tasks.</source>
        <translation>Wybierz, kim jesteś („Jestem” na pasku filtrów), aby zobaczyć swoje zadania.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Overdue</source>
        <translation>Po terminie</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Today</source>
        <translation>Dziś</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Upcoming</source>
        <translation>Nadchodzące</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>No open tasks. Plan the next step of a lead from its card (Open tasks › Plan a task…).</source>
        <translation>Brak otwartych zadań. Zaplanuj kolejny krok leada na jego karcie (Otwarte zadania › Zaplanuj zadanie…).</translation>
    </message>
</context>
<context>
    <name>lejek::app::NameOnlyIconProvider</name>
    <message>
        <location filename="../src/app/application/NameOnlyIconProvider.cpp" line="+20"/>
        <source>Folder</source>
        <translation>Folder</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>File</source>
        <translation>Plik</translation>
    </message>
</context>
<context>
    <name>lejek::app::OutcomeFigures</name>
    <message>
        <location filename="../src/app/dashboard/OutcomeFigures.cpp" line="+18"/>
        <source>Win rate</source>
        <translation>Skuteczność (win rate)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 won and %2 lost of the leads closed in these days</source>
        <translation>wygrane: %1, przegrane: %2 spośród leadów zamkniętych w tych dniach</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cycle length, median</source>
        <translation>Długość cyklu, mediana</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>from created to won: no lead was won in these days</source>
        <translation>od utworzenia do wygranej: w tych dniach nie wygrano żadnego leada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>from created to won; 90% within %1</source>
        <translation>od utworzenia do wygranej; 90% w ciągu %1</translation>
    </message>
</context>
<context>
    <name>lejek::app::PeriodBar</name>
    <message>
        <location filename="../src/app/dashboard/PeriodBar.cpp" line="+25"/>
        <source>&amp;As of the end of</source>
        <translation>&amp;Stan na koniec dnia</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Last 30 days</source>
        <translation>Ostatnie 30 dni</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This month</source>
        <translation>Ten miesiąc</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last month</source>
        <translation>Poprzedni miesiąc</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This quarter</source>
        <translation>Ten kwartał</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last quarter</source>
        <translation>Poprzedni kwartał</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This year</source>
        <translation>Ten rok</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last year</source>
        <translation>Poprzedni rok</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All time</source>
        <translation>Cały czas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Custom</source>
        <translation>Własny</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Period</source>
        <translation>Okres</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>First day</source>
        <translation>Pierwszy dzień</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last day</source>
        <translation>Ostatni dzień</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P&amp;eriod:</source>
        <translation>Ok&amp;res:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Every figure as it stood at the end of a past day, from history</source>
        <translation>Każda liczba taka, jaka była na koniec minionego dnia, z historii</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>As of the end of</source>
        <translation>Stan na koniec dnia</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No comparison</source>
        <translation>Bez porównania</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compare with the period before</source>
        <translation>Porównaj z poprzednim okresem</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compare</source>
        <translation>Porównanie</translation>
    </message>
</context>
<context>
    <name>lejek::app::SameLeadBar</name>
    <message>
        <location filename="../src/app/card/SameLeadBar.cpp" line="+21"/>
        <source>&amp;Merge…</source>
        <translation>&amp;Scal…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Make the two leads one: choose which stays and which values it keeps</source>
        <translation>Połącz dwa leady w jeden: wybierz, który zostaje i jakie wartości zachowuje</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 (lead %2): the same e-mail, %3</source>
        <translation>%1 (lead %2): ten sam e-mail, %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (lead %2): the same NIP, %3</source>
        <translation>%1 (lead %2): ten sam NIP, %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (lead %2): the same web domain, %3</source>
        <translation>%1 (lead %2): ta sama domena firmy, %3</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>This lead was merged into lead %1 and is kept as it was then. Work on lead %1.</source>
        <translation>Ten lead scalono z leadem %1; zachowano go takim, jaki był wtedy. Pracuj na leadzie %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+24"/>
        <source>Open lead %1</source>
        <translation>Otwórz lead %1</translation>
    </message>
    <message numerus="yes">
        <location line="-3"/>
        <source>and %n more</source>
        <translation>
            <numerusform>i %n inny</numerusform>
            <numerusform>i %n inne</numerusform>
            <numerusform>i %n innych</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Possibly the same as %1</source>
        <translation>Możliwy duplikat: %1</translation>
    </message>
</context>
<context>
    <name>lejek::app::SavedViewsMenu</name>
    <message>
        <location filename="../src/app/filters/SavedViewsMenu.cpp" line="+11"/>
        <source>Save current view…</source>
        <translation>Zapisz bieżący widok…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep the current filters and sort under a name</source>
        <translation>Zachowaj bieżące filtry i sortowanie pod nazwą</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete view</source>
        <translation>Usuń widok</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>No saved views yet</source>
        <translation>Jeszcze brak zapisanych widoków</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Saved views</source>
        <translation>Zapisane widoki</translation>
    </message>
</context>
<context>
    <name>lejek::app::Session</name>
    <message>
        <location filename="../src/app/application/Session.cpp" line="+90"/>
        <source>B2B funnel</source>
        <translation>Lejek B2B</translation>
    </message>
</context>
<context>
    <name>lejek::app::SpeedFigures</name>
    <message>
        <location filename="../src/app/dashboard/SpeedFigures.cpp" line="+27"/>
        <source>nobody handed off was contacted yet</source>
        <translation>nikt z przekazanych nie miał jeszcze kontaktu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>to the owner&apos;s first call, e-mail or meeting; 90% within %1</source>
        <translation>do pierwszego telefonu, e-maila lub spotkania opiekuna; 90% w ciągu %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Speed to lead, median</source>
        <translation>Czas reakcji, mediana</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 contacted, %2 not yet</source>
        <translation>z kontaktem: %1, jeszcze bez: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the handoff stage sets no limit for it</source>
        <translation>etap przekazania nie ustala tu limitu</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 met, %2 broken, %3 still running</source>
        <translation>dotrzymane: %1, przekroczone: %2, w toku: %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>SLA 1: first contact</source>
        <translation>SLA 1: pierwszy kontakt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>contacted within %1 of working time</source>
        <translation>kontakt w ciągu %1 czasu pracy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SLA 2: decision</source>
        <translation>SLA 2: decyzja o statusie</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>SQL, disqualified or nurture within %1 of working time</source>
        <translation>SQL, dyskwalifikacja lub nurturing w ciągu %1 czasu pracy</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Handed off and not contacted yet</source>
        <translation>Przekazane i jeszcze bez kontaktu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leads that broke SLA 1 (first contact)</source>
        <translation>Leady z przekroczonym SLA 1 (pierwszy kontakt)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leads that broke SLA 2 (decision)</source>
        <translation>Leady z przekroczonym SLA 2 (decyzja o statusie)</translation>
    </message>
</context>
<context>
    <name>lejek::app::StageColumn</name>
    <message>
        <location filename="../src/app/board/StageColumn.cpp" line="+30"/>
        <source>No leads here yet. Import a CSV file (File › Import Leads…) or add one with lejek-cli add.</source>
        <translation>Nie ma tu jeszcze leadów. Zaimportuj plik CSV (Plik › Importuj leady…) albo dodaj leada poleceniem lejek-cli add.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No leads in this stage. Drag a card here to move it.</source>
        <translation>Brak leadów na tym etapie. Przeciągnij tu kartę, aby ją przenieść.</translation>
    </message>
    <message numerus="yes">
        <location line="+32"/>
        <source>%1, %2 lead(s)</source>
        <comment>stage name, lead count</comment>
        <translation>
            <numerusform>%1, %2 lead</numerusform>
            <numerusform>%1, %2 leady</numerusform>
            <numerusform>%1, %2 leadów</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lejek::app::StageHeader</name>
    <message>
        <location filename="../src/app/board/StageHeader.cpp" line="+64"/>
        <source>weighted %1</source>
        <comment>the weighted value: value x the stage&apos;s win probability</comment>
        <translation>ważona: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>%1 lead(s)</source>
        <translation>
            <numerusform>%1 lead</numerusform>
            <numerusform>%1 leady</numerusform>
            <numerusform>%1 leadów</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Value: %1</source>
        <translation>Wartość: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weighted value: %1 (win probability %2%)</source>
        <translation>Wartość ważona: %1 (prawdopodobieństwo wygranej %2%)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Parked: follow up later; kept out of conversion rates.</source>
        <translation>Odroczony: kontakt później; poza współczynnikami konwersji.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>A lead rots after %n day(s) without activity.</source>
        <translation>
            <numerusform>Lead zamiera po %n dniu bez aktywności.</numerusform>
            <numerusform>Lead zamiera po %n dniach bez aktywności.</numerusform>
            <numerusform>Lead zamiera po %n dniach bez aktywności.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Required to enter: %1</source>
        <translation>Wymagane, by wejść do etapu: %1</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>parked: not in the forecast</source>
        <translation>odroczony: poza prognozą</translation>
    </message>
</context>
<context>
    <name>lejek::app::StageLeadModel</name>
    <message>
        <location filename="../src/app/board/StageLeadModel.cpp" line="+464"/>
        <source>Loading…</source>
        <translation>Wczytywanie…</translation>
    </message>
</context>
<context>
    <name>lejek::app::StagePath</name>
    <message>
        <location filename="../src/app/card/StagePath.cpp" line="+23"/>
        <source>Stage path</source>
        <translation>Ścieżka etapów</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Current stage: %1</source>
        <translation>Bieżący etap: %1</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>Move to %1</source>
        <translation>Przenieś do: %1</translation>
    </message>
</context>
<context>
    <name>lejek::app::TaskDialog</name>
    <message>
        <location filename="../src/app/card/TaskDialog.cpp" line="+18"/>
        <source>Plan a task</source>
        <translation>Zaplanuj zadanie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. Call back about the budget</source>
        <translation>np. Oddzwonić w sprawie budżetu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The lead&apos;s owner</source>
        <translation>Właściciel leada</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Reschedule the task</source>
        <translation>Zmień termin zadania</translation>
    </message>
</context>
<context>
    <name>lejek::app::TaskNotifier</name>
    <message>
        <location filename="../src/app/tasks/TaskNotifier.cpp" line="+31"/>
        <source>Task due: %1</source>
        <translation>Termin zadania: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 · due %2</source>
        <translation>%1 · termin %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (%2) · due %3</source>
        <translation>%1 (%2) · termin %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Open lead</source>
        <translation>Otwórz lead</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lejek</source>
        <translation>Lejek</translation>
    </message>
</context>
<context>
    <name>lejek::app::TimelineModel</name>
    <message>
        <location filename="../src/app/card/TimelineModel.cpp" line="+97"/>
        <source>Note</source>
        <translation>Notatka</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Call</source>
        <translation>Rozmowa telefoniczna</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail sent</source>
        <translation>Wysłany e-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail received</source>
        <translation>Odebrany e-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meeting</source>
        <translation>Spotkanie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Page visited</source>
        <translation>Odwiedzona strona</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Material downloaded</source>
        <translation>Pobrany materiał</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Form sent</source>
        <translation>Wysłany formularz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Webinar</source>
        <translation>Webinar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Demo requested</source>
        <translation>Prośba o demo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pricing page visited</source>
        <translation>Odwiedzony cennik</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail clicked</source>
        <translation>Kliknięcie w e-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Task planned</source>
        <translation>Zaplanowane zadanie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Task done</source>
        <translation>Wykonane zadanie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Task rescheduled</source>
        <translation>Przełożone zadanie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Task cancelled</source>
        <translation>Anulowane zadanie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lead created</source>
        <translation>Utworzenie leada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lost, with a comment</source>
        <translation>Przegrana, z komentarzem</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merged</source>
        <translation>Scalenie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merged into another lead</source>
        <translation>Scalony z innym leadem</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Routed</source>
        <translation>Przydzielono</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Score</source>
        <translation>Scoring</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Handed off</source>
        <translation>Przekazano</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not done by a rule</source>
        <translation>Reguła nie wykonała</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Stage changes</source>
        <translation>Zmiany etapu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Field edits</source>
        <translation>Zmiany pól</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Notatki</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Calls</source>
        <translation>Rozmowy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mails</source>
        <translation>E-maile</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meetings</source>
        <translation>Spotkania</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Online behaviour</source>
        <translation>Zachowania online</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tasks</source>
        <translation>Zadania</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>Inne</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Entered %1</source>
        <translation>Wejście do etapu %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Stage: %1 → %2</source>
        <translation>Etap: %1 → %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+29"/>
        <source>Owner</source>
        <translation>Właściciel</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>%1: “%2” → “%3”</source>
        <translation>%1: „%2” → „%3”</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lead %1 (%2) was merged into this one</source>
        <translation>Lead %1 (%2) scalono z tym leadem</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Merged into lead %1 (%2)</source>
        <translation>Scalony z leadem %1 (%2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 “%2” could not be read and was kept as it was: correct it on the card</source>
        <translation>Wartości „%2” pola %1 nie dało się odczytać i została bez zmian: popraw ją na karcie</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+10"/>
        <location line="+10"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Lead %1, merged into this one</source>
        <translation>Lead %1, scalony z tym</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Not kept from it: %1</source>
        <translation>Nie zachowano z niego: %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>rule “%1”</source>
        <translation>reguła „%1”</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>imported history</source>
        <translation>historia z importu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>lejek::app::WelcomeBar</name>
    <message>
        <location filename="../src/app/mainwindow/WelcomeBar.cpp" line="+75"/>
        <source>&lt;b&gt;Welcome to Lejek.&lt;/b&gt; Who are you? Your name goes on the moves and edits you make. As the first person here you are this database&apos;s admin: you add the rest of the team.</source>
        <translation>&lt;b&gt;Witaj w Lejku.&lt;/b&gt; Kim jesteś? Twoje imię i nazwisko trafi do historii przeniesień i zmian, których dokonasz. Jako pierwsza osoba w tej bazie jesteś jej administratorem: to Ty dodajesz resztę zespołu.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your name, e.g. Anna Nowak</source>
        <translation>Imię i nazwisko, np. Anna Nowak</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your name</source>
        <translation>Imię i nazwisko</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Start</source>
        <translation>&amp;Zaczynamy</translation>
    </message>
</context>
<context>
    <name>lejek::cli</name>
    <message>
        <location filename="../src/cli/commands/DuplicatesCommand.cpp" line="+22"/>
        <source>web domain</source>
        <translation>domena firmy</translation>
    </message>
    <message>
        <location filename="../src/cli/ReplayPrinter.cpp" line="+38"/>
        <source>manager&apos;s queue</source>
        <translation>kolejka managera</translation>
    </message>
    <message>
        <location filename="../src/cli/commands/BoardCommand.cpp" line="+32"/>
        <source>Stage</source>
        <translation>Etap</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+1"/>
        <source>Leads</source>
        <translation>Leady</translation>
    </message>
    <message>
        <location line="-1"/>
        <location line="+1"/>
        <source>Value</source>
        <translation>Wartość</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Weighted</source>
        <translation>Ważona</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed</source>
        <translation>Zamknięte</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>parked</source>
        <translation>odłożone</translation>
    </message>
</context>
<context>
    <name>lejek::cli::AddCommand</name>
    <message>
        <location filename="../src/cli/commands/AddCommand.cpp" line="+20"/>
        <source>Create a lead from canonical field keys; prints its id.</source>
        <translation>Tworzy leada z pól podanych po kluczach kanonicznych; wypisuje jego id.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The pipeline, by name.</source>
        <translation>Lejek, po nazwie.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The stage, by name (the first stage by default).</source>
        <translation>Etap, po nazwie (domyślnie pierwszy etap).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Field values by canonical key, e.g. company=&quot;Acme&quot; email=jan@acme.pl nip=5260001246 owner=&quot;Anna Nowak&quot;.</source>
        <translation>Wartości pól po kluczach kanonicznych, np. company=&quot;Acme&quot; email=jan@acme.pl nip=5260001246 owner=&quot;Anna Nowak&quot;.</translation>
    </message>
</context>
<context>
    <name>lejek::cli::BoardCommand</name>
    <message>
        <location filename="../src/cli/commands/BoardCommand.cpp" line="+33"/>
        <source>The board&apos;s column counts and values, with the Won and Lost tiles: today, or as they were at the end of a past day, from history.</source>
        <translation>Liczby leadów i wartości w kolumnach tablicy, z kafelkami Wygrane i Przegrane: dziś albo na koniec minionego dnia, z historii.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The pipeline, by name (not needed when there is only one).</source>
        <translation>Lejek, po nazwie (niepotrzebne, gdy jest tylko jeden).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The board at the end of this day (ISO 8601), from history.</source>
        <translation>Tablica na koniec tego dnia (ISO 8601), z historii.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>table (default) or json.</source>
        <translation>table (domyślnie) albo json.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--format is table or json</source>
        <translation>--format to table albo json</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--as-of needs an ISO 8601 date, such as 2026-06-30</source>
        <translation>--as-of wymaga daty ISO 8601, np. 2026-06-30</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>%1 as of the end of %2 (from history; read only)</source>
        <translation>%1 na koniec dnia %2 (z historii; tylko do odczytu)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 today</source>
        <translation>%1 dziś</translation>
    </message>
</context>
<context>
    <name>lejek::cli::CliApp</name>
    <message>
        <location filename="../src/cli/CliApp.cpp" line="+78"/>
        <source>Lejek: B2B sales pipelines from the command line.

Usage: lejek-cli COMMAND [OPTIONS]

Commands:
</source>
        <translation>Lejek: lejki sprzedażowe B2B z wiersza poleceń.

Użycie: lejek-cli POLECENIE [OPCJE]

Polecenia:
</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>
--db takes an SQLite file or postgresql://user@host:port/database. A PostgreSQL password never goes on the command line: store it with &quot;lejek-cli password set&quot; (OS keychain) or in ~/.pgpass (mode 0600).
Exit codes: 0 success, 1 refused or partly done, 2 usage or I/O error, 3 conflict (stale --expect-version).
&quot;lejek-cli COMMAND --help&quot; describes a command.
</source>
        <translation>
--db przyjmuje plik SQLite albo postgresql://użytkownik@host:port/baza. Hasło do PostgreSQL nigdy nie trafia do wiersza poleceń: zapisz je poleceniem „lejek-cli password set” (pęk kluczy systemu) albo w ~/.pgpass (uprawnienia 0600).
Kody wyjścia: 0 sukces, 1 odmowa lub wykonano częściowo, 2 błąd użycia lub wejścia/wyjścia, 3 konflikt (nieaktualne --expect-version).
„lejek-cli POLECENIE --help” opisuje polecenie.
</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>unknown command &quot;%1&quot;</source>
        <translation>nieznane polecenie „%1”</translation>
    </message>
</context>
<context>
    <name>lejek::cli::CliContext</name>
    <message>
        <location filename="../src/cli/CliContext.cpp" line="+26"/>
        <source>The database: an SQLite file or postgresql://user@host:port/database.</source>
        <translation>Baza danych: plik SQLite albo postgresql://użytkownik@host:port/baza.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Act as this user (name or e-mail); without it, the database&apos;s only admin.</source>
        <translation>Działaj jako ten użytkownik (imię i nazwisko albo e-mail); bez tej opcji działa jedyny administrator bazy.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>--db is required</source>
        <translation>wymagana jest opcja --db</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no database at %1 (lejek-cli init --db %1 makes one)</source>
        <translation>brak bazy danych %1 (utworzy ją lejek-cli init --db %1)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>--as %1: the database has no users yet (lejek-cli user add makes one)</source>
        <translation>--as %1: baza nie ma jeszcze użytkowników (lejek-cli user add dodaje użytkownika)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>--as %1: no user of that name or e-mail</source>
        <translation>--as %1: nie ma użytkownika o takim imieniu i nazwisku ani adresie e-mail</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the database has several admins (%1): say who acts with --as</source>
        <translation>baza ma kilku administratorów (%1): wskaż opcją --as, kto działa</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>no pipeline named &quot;%1&quot;; the database has none (run lejek-cli init)</source>
        <translation>nie ma lejka „%1”; baza nie ma żadnego lejka (uruchom lejek-cli init)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no pipeline named &quot;%1&quot; (there are: %2)</source>
        <translation>nie ma lejka „%1” (są: %2)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--pipeline is required</source>
        <translation>wymagana jest opcja --pipeline</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>the database has no pipeline yet: create one with lejek-cli pipeline create</source>
        <translation>baza nie ma jeszcze lejka: utwórz go poleceniem lejek-cli pipeline create</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>--pipeline is required: the database has %1 pipelines (%2)</source>
        <translation>wymagane --pipeline: lejków w bazie jest %1 (%2)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>lead %1 has no pipeline</source>
        <translation>lead %1 nie należy do żadnego lejka</translation>
    </message>
    <message>
        <location line="+13"/>
        <source> (see --help)</source>
        <translation> (zobacz --help)</translation>
    </message>
</context>
<context>
    <name>lejek::cli::ConfigCommand</name>
    <message>
        <location filename="../src/cli/commands/ConfigCommand.cpp" line="+24"/>
        <source>Write or read a pipeline&apos;s engine configuration as one JSON file: teams (strategies, working calendars, members with capacity, specialisations and time out of office), routing table, scoring model and SLAs.</source>
        <translation>Zapisuje lub wczytuje konfigurację silnika lejka jako jeden plik JSON: zespoły (strategie, kalendarze pracy, członkowie z limitem, specjalizacjami i nieobecnościami), tabelę routingu, model scoringu i SLA.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The pipeline, by name (not needed when there is only one).</source>
        <translation>Lejek, po nazwie (niepotrzebny, gdy jest tylko jeden).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>export or import.</source>
        <translation>export lub import.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The JSON file.</source>
        <translation>Plik JSON.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>give export or import, and a file</source>
        <translation>podaj export lub import oraz plik</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>cannot write %1: %2</source>
        <translation>nie można zapisać %1: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the configuration of &quot;%1&quot; is in %2</source>
        <translation>konfiguracja lejka „%1” jest w %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is the configuration of &quot;%2&quot;: give --pipeline to apply it to &quot;%3&quot;</source>
        <translation>%1 to konfiguracja lejka „%2”: podaj --pipeline, by zastosować ją do „%3”</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the configuration of &quot;%1&quot; is saved from %2</source>
        <translation>konfiguracja lejka „%1” zapisana z %2</translation>
    </message>
</context>
<context>
    <name>lejek::cli::ConfigFile</name>
    <message>
        <location filename="../src/cli/ConfigFile.cpp" line="+22"/>
        <source>cannot read %1: %2</source>
        <translation>nie można odczytać %1: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is not a JSON object: %2 at byte %3</source>
        <translation>%1 nie jest obiektem JSON: %2 w bajcie %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: &quot;lejek_config&quot;: %2 is missing or not a format this Lejek reads</source>
        <translation>%1: brak „lejek_config”: %2 albo to format, którego ten Lejek nie czyta</translation>
    </message>
</context>
<context>
    <name>lejek::cli::CustomersCommand</name>
    <message>
        <location filename="../src/cli/commands/CustomersCommand.cpp" line="+24"/>
        <source>List the customers (companies that bought) with their won and open deals; with an id, one customer&apos;s contacts and deals.</source>
        <translation>Wypisz klientów (firmy, które kupiły) z wygranymi i otwartymi szansami; z id — osoby kontaktowe i transakcje jednego klienta.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Only customers whose company or NIP contains TEXT.</source>
        <translation>Tylko klienci, których firma lub NIP zawiera TEXT.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A customer&apos;s id: its contacts and deals.</source>
        <translation>Id klienta: jego osoby kontaktowe i transakcje.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>give at most one customer id</source>
        <translation>podaj co najwyżej jedno id klienta</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>no customers yet: a lead moved to a won stage makes its company one</source>
        <translation>nie ma jeszcze klientów: lead przeniesiony do etapu wygranej czyni swoją firmę klientem</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>company</source>
        <translation>firma</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>city</source>
        <translation>miasto</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>customer since</source>
        <translation>klient od</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>won</source>
        <translation>wygrane</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>won value</source>
        <translation>wartość wygranych</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>open</source>
        <translation>otwarte</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 (customer %2), NIP %3, since %4</source>
        <translation>%1 (klient %2), NIP %3, od %4</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>contact</source>
        <translation>osoba kontaktowa</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>role</source>
        <translation>stanowisko</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>e-mail</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>phone</source>
        <translation>telefon</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>lead</source>
        <translation>lead</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>name</source>
        <translation>nazwa</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>pipeline</source>
        <translation>lejek</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>stage</source>
        <translation>etap</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>value</source>
        <translation>wartość</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>closed</source>
        <translation>zamknięta</translation>
    </message>
</context>
<context>
    <name>lejek::cli::DemoCommand</name>
    <message>
        <location filename="../src/cli/commands/DemoCommand.cpp" line="+26"/>
        <source>Fill a database with realistic Polish B2B leads and about a year of history; the same seed gives the same data.</source>
        <translation>Wypełnia bazę realistycznymi polskimi leadami B2B z mniej więcej rokiem historii; to samo ziarno daje te same dane.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>How many leads (up to 10,000,000).</source>
        <translation>Ile leadów (najwyżej 10 000 000).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Random seed (1 by default).</source>
        <translation>Ziarno losowania (domyślnie 1).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pipeline template: b2b (default) or handoff.</source>
        <translation>Szablon lejka: b2b (domyślnie) albo handoff.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--leads takes a number from 0 to 10000000</source>
        <translation>--leads przyjmuje liczbę od 0 do 10000000</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--seed takes a non-negative number</source>
        <translation>--seed przyjmuje liczbę nieujemną</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>writing demo leads: %1 / %2 (%3%)</source>
        <translation>zapis leadów demonstracyjnych: %1 / %2 (%3%)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>wrote %1 demo leads in %2 s (%3 leads/s)</source>
        <translation>zapisano %1 leadów demonstracyjnych w %2 s (%3 leadów/s)</translation>
    </message>
</context>
<context>
    <name>lejek::cli::DuplicatesCommand</name>
    <message>
        <location filename="../src/cli/commands/DuplicatesCommand.cpp" line="+8"/>
        <source>List pairs of leads that may be one: the same e-mail, NIP or company web domain. Merge them with merge.</source>
        <translation>Wypisz pary leadów, które mogą być jednym: ten sam e-mail, NIP lub domena firmy. Scal je poleceniem merge.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The pipeline, by name.</source>
        <translation>Lejek, po nazwie.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At most N pairs per key (default 1000).</source>
        <translation>Najwyżej N par na klucz (domyślnie 1000).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--limit is a number from 1 to 10000</source>
        <translation>--limit to liczba od 1 do 10000</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>no leads of &quot;%1&quot; share an e-mail, NIP or web domain</source>
        <translation>żadne leady lejka „%1” nie mają wspólnego e-maila, NIP-u ani domeny firmy</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>lead</source>
        <translation>lead</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>name</source>
        <translation>nazwa</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>same</source>
        <translation>wspólne</translation>
    </message>
</context>
<context>
    <name>lejek::cli::EditCommand</name>
    <message>
        <location filename="../src/cli/commands/EditCommand.cpp" line="+22"/>
        <source>Change a lead&apos;s fields; with --expect-version a lead changed meanwhile is refused (exit 3).</source>
        <translation>Zmienia pola leada; z --expect-version lead zmieniony w międzyczasie zostaje odrzucony (kod wyjścia 3).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Refuse unless the lead is still at this version.</source>
        <translation>Odmów, jeśli lead nie jest już w tej wersji.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The lead&apos;s id.</source>
        <translation>Id leada.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New values by canonical key; an empty value clears the field.</source>
        <translation>Nowe wartości po kluczach kanonicznych; pusta wartość czyści pole.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the first argument must be a lead id</source>
        <translation>pierwszym argumentem musi być id leada</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--expect-version takes a positive number</source>
        <translation>--expect-version przyjmuje liczbę dodatnią</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>nothing to change: give KEY=VALUE</source>
        <translation>nic do zmiany: podaj KLUCZ=WARTOŚĆ</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>lead %1 is at version %2</source>
        <translation>lead %1 ma wersję %2</translation>
    </message>
</context>
<context>
    <name>lejek::cli::EventCommand</name>
    <message>
        <location filename="../src/cli/commands/EventCommand.cpp" line="+27"/>
        <source>Record a behaviour event for its lead (by e-mail, then NIP, then web domain) or a new one.</source>
        <translation>Zapisz zdarzenie behawioralne przy jego leadzie (po e-mailu, potem NIP-ie, potem domenie) albo przy nowym.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The pipeline, by name (not needed when there is only one).</source>
        <translation>Lejek, po nazwie (niepotrzebny, gdy jest tylko jeden).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The person&apos;s e-mail.</source>
        <translation>E-mail osoby.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The company&apos;s NIP.</source>
        <translation>NIP firmy.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The company&apos;s website.</source>
        <translation>Strona www firmy.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What happened.</source>
        <translation>Co się stało.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Which page, material or webinar.</source>
        <translation>Która strona, materiał lub webinar.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When it happened (ISO 8601; now by default).</source>
        <translation>Kiedy to się stało (ISO 8601; domyślnie teraz).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The event&apos;s id in its source: the same id is recorded once.</source>
        <translation>Id zdarzenia w źródle: to samo id zapisuje się raz.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unexpected argument: %1</source>
        <translation>nieoczekiwany argument: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--type is required</source>
        <translation>wymagane --type</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>give --email, --nip or --website to find the lead by</source>
        <translation>podaj --email, --nip lub --website, by znaleźć lead</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--at is not an ISO 8601 time: %1</source>
        <translation>--at nie jest czasem w formacie ISO 8601: %1</translation>
    </message>
</context>
<context>
    <name>lejek::cli::EventReport</name>
    <message>
        <location filename="../src/cli/EventReport.cpp" line="+20"/>
        <source>already recorded for lead %1: nothing changed</source>
        <translation>już zapisane przy leadzie %1: nic się nie zmieniło</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>lead %1 created for it</source>
        <translation>utworzono dla niego lead %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>recorded for lead %1</source>
        <translation>zapisano przy leadzie %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: score %2, stage %3, owner %4</source>
        <translation>%1: scoring %2, etap %3, opiekun %4</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>none (the manager&apos;s queue)</source>
        <translation>brak (kolejka managera)</translation>
    </message>
</context>
<context>
    <name>lejek::cli::EventsCommand</name>
    <message>
        <location filename="../src/cli/commands/EventsCommand.cpp" line="+25"/>
        <source>Record a file of behaviour events (columns or keys: %1).</source>
        <translation>Zapisz plik zdarzeń behawioralnych (kolumny lub klucze: %1).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The pipeline, by name (not needed when there is only one).</source>
        <translation>Lejek, po nazwie (niepotrzebny, gdy jest tylko jeden).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A CSV file with a header, or JSON Lines (.jsonl).</source>
        <translation>Plik CSV z nagłówkiem albo JSON Lines (.jsonl).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>give one file</source>
        <translation>podaj jeden plik</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>from line %1 on nothing more was recorded (%2 events before it were): %3</source>
        <translation>od wiersza %1 niczego więcej nie zapisano (wcześniejszych zdarzeń zapisano: %2): %3</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 events recorded (%2 new leads), %3 already recorded before</source>
        <translation>zapisano zdarzeń: %1 (nowych leadów: %2), wcześniej zapisanych: %3</translation>
    </message>
</context>
<context>
    <name>lejek::cli::ExportCommand</name>
    <message>
        <location filename="../src/cli/commands/ExportCommand.cpp" line="+28"/>
        <source>Export a pipeline&apos;s leads: CSV (UTF-8 with a BOM, cells that would run as a formula neutralised) or the JSON of &quot;leads --format json&quot;. The file is replaced only when the export is complete.</source>
        <translation>Eksportuje leady lejka: CSV (UTF-8 z BOM, komórki, które zostałyby wykonane jako formuła, są zneutralizowane) albo JSON taki jak z „leads --format json”. Plik zostaje zastąpiony dopiero po zakończeniu eksportu.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The pipeline, by name.</source>
        <translation>Lejek, po nazwie.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>csv or json.</source>
        <translation>csv albo json.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only this stage.</source>
        <translation>Tylko ten etap.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV delimiter: , (default) or ; for Polish spreadsheets.</source>
        <translation>Separator CSV: , (domyślnie) albo ; dla polskich arkuszy kalkulacyjnych.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write to FILE instead of standard output.</source>
        <translation>Zapis do pliku FILE zamiast na standardowe wyjście.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--format is csv or json</source>
        <translation>--format to csv albo json</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--delimiter is , or ;</source>
        <translation>--delimiter to , albo ;</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>cannot write to standard output</source>
        <translation>nie można pisać na standardowe wyjście</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>exported %1 leads to %2</source>
        <translation>wyeksportowano leady do %2 (łącznie: %1)</translation>
    </message>
</context>
<context>
    <name>lejek::cli::FieldArguments</name>
    <message>
        <location filename="../src/cli/FieldArguments.cpp" line="+23"/>
        <source>expected KEY=VALUE, got &quot;%1&quot;</source>
        <translation>oczekiwano KLUCZ=WARTOŚĆ, otrzymano „%1”</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is given twice</source>
        <translation>%1 podano dwa razy</translation>
    </message>
</context>
<context>
    <name>lejek::cli::ImportCommand</name>
    <message>
        <location filename="../src/cli/commands/ImportCommand.cpp" line="+31"/>
        <source>Import leads from CSV. Every row is checked like any other write; rejected rows are reported by line on standard error and in FILE.rejects.csv, the others are imported (or none with --all-or-nothing).</source>
        <translation>Importuje leady z pliku CSV. Każdy wiersz jest sprawdzany jak każdy inny zapis; odrzucone wiersze są zgłaszane z numerem wiersza na standardowym wyjściu błędów i w pliku FILE.rejects.csv, a pozostałe zostają zaimportowane (z --all-or-nothing żaden).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The pipeline, by name.</source>
        <translation>Lejek, po nazwie.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Feed a column to a field key (repeatable): &quot;Account name=company&quot;.</source>
        <translation>Przypisuje kolumnę do klucza pola (można powtarzać): &quot;Nazwa firmy=company&quot;.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A row matching a lead by external id, e-mail or NIP: skip (default), update or allow.</source>
        <translation>Wiersz pasujący do leada po identyfikatorze zewnętrznym, adresie e-mail lub NIP-ie: skip (domyślnie), update albo allow.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A row that does not meet its stage&apos;s gate: reject (default) or first-stage.</source>
        <translation>Wiersz, który nie spełnia wymagań swojego etapu: reject (domyślnie) albo first-stage.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check and report everything (the rejects file too), write nothing to the database.</source>
        <translation>Sprawdza i zgłasza wszystko (także w pliku odrzuconych), niczego nie zapisuje w bazie.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write nothing unless every row can be imported.</source>
        <translation>Nie zapisuje niczego, jeśli nie da się zaimportować wszystkich wierszy.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Field delimiter, , or ; (detected from the header and the first row by default).</source>
        <translation>Separator pól, , albo ; (domyślnie wykrywany z nagłówka i pierwszego wiersza).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>utf-8 (default) or cp1250.</source>
        <translation>utf-8 (domyślnie) albo cp1250.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rename the file&apos;s stages: &quot;Prospecting=New leads,Engaging=Qualification&quot;.</source>
        <translation>Zmień nazwy etapów z pliku: „Prospecting=New leads,Engaging=Qualification”.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create owners not found by name or e-mail, in this team.</source>
        <translation>Utwórz w tym zespole właścicieli, których nie znaleziono po nazwie ani adresie e-mail.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The currency of amounts in rows without a currency column (PLN by default).</source>
        <translation>Waluta kwot w wierszach bez kolumny waluty (domyślnie PLN).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The reason code for lost rows that have none (e.g. other).</source>
        <translation>Kod powodu dla przegranych wierszy, które go nie mają (np. other).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where to write the rejected rows (FILE.rejects.csv by default).</source>
        <translation>Dokąd zapisać odrzucone wiersze (domyślnie FILE.rejects.csv).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The CSV file.</source>
        <translation>Plik CSV.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>give one CSV file</source>
        <translation>podaj jeden plik CSV</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--pipeline is required</source>
        <translation>wymagana jest opcja --pipeline</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>--dedupe is skip, update or allow</source>
        <translation>--dedupe to skip, update albo allow</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--gate is reject or first-stage</source>
        <translation>--gate to reject albo first-stage</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--delimiter is , or ;</source>
        <translation>--delimiter to , albo ;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--encoding is utf-8 or cp1250</source>
        <translation>--encoding to utf-8 albo cp1250</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--stage-map takes FROM=TO pairs, got &quot;%1&quot;</source>
        <translation>--stage-map przyjmuje pary Z=DO, podano „%1”</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--currency takes a three-letter code such as PLN or EUR, got &quot;%1&quot;</source>
        <translation>--currency przyjmuje trzyliterowy kod, np. PLN lub EUR, podano „%1”</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--map takes COLUMN=key, got &quot;%1&quot;</source>
        <translation>--map przyjmuje COLUMN=key, otrzymano „%1”</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>--lost-reason is one of %1, got &quot;%2&quot;</source>
        <translation>--lost-reason to jeden z kodów %1, podano „%2”</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>line %1: imported, %2</source>
        <translation>wiersz %1: zaimportowany, %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>line %1: updated, %2</source>
        <translation>wiersz %1: zaktualizowany, %2</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>the import was cancelled</source>
        <translation>import został anulowany</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>ignored columns: %1</source>
        <translation>zignorowane kolumny: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>line %1: %2</source>
        <translation>wiersz %1: %2</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>line %1: skipped, %2</source>
        <translation>wiersz %1: pominięty, %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>importing: %1% (%2 rows)</source>
        <translation>import: %1% (wiersze: %2)</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+20"/>
        <source>rejected rows are in %1 with their line and reason</source>
        <translation>odrzucone wiersze są w %1 wraz z numerem wiersza i powodem</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>read %1, imported 0, updated 0, skipped %2, rejected %3: nothing written (--all-or-nothing)</source>
        <translation>wczytano: %1, zaimportowano: 0, zaktualizowano: 0, pominięto: %2, odrzucono: %3 – nic nie zapisano (--all-or-nothing)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>dry run: read %1, would import %2, update %3, skip %4, reject %5; nothing written</source>
        <translation>próba: wczytano: %1, do zaimportowania: %2, do aktualizacji: %3, do pominięcia: %4, do odrzucenia: %5; nic nie zapisano</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>read %1, imported %2, updated %3, skipped %4, rejected %5</source>
        <translation>wczytano: %1, zaimportowano: %2, zaktualizowano: %3, pominięto: %4, odrzucono: %5</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>lost rows given the reason &quot;%1&quot;: %2</source>
        <translation>przegrane wiersze z nadanym powodem „%1”: %2</translation>
    </message>
</context>
<context>
    <name>lejek::cli::InitCommand</name>
    <message>
        <location filename="../src/cli/commands/InitCommand.cpp" line="+21"/>
        <source>Create or upgrade a database and add a pipeline from a template.</source>
        <translation>Tworzy lub aktualizuje bazę danych i dodaje lejek z szablonu.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Pipeline template: b2b (default) or handoff.</source>
        <translation>Szablon lejka: b2b (domyślnie) albo handoff.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name of the new pipeline (the template&apos;s by default).</source>
        <translation>Nazwa nowego lejka (domyślnie nazwa szablonu).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unexpected argument %1</source>
        <translation>nieoczekiwany argument %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no template &quot;%1&quot; (one of %2)</source>
        <translation>nie ma szablonu „%1” (dostępne: %2)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 is ready (schema %2); the pipeline &quot;%3&quot; exists already.</source>
        <translation>%1 jest gotowa (schemat %2); lejek „%3” już istnieje.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 is ready (schema %2) with the pipeline &quot;%3&quot; (%4 stages).</source>
        <translation>%1 jest gotowa (schemat %2) z lejkiem „%3” (etapy: %4).</translation>
    </message>
</context>
<context>
    <name>lejek::cli::LeadFilterOptions</name>
    <message>
        <location filename="../src/cli/LeadFilterOptions.cpp" line="+20"/>
        <source>Only this owner&apos;s leads (name or e-mail).</source>
        <translation>Tylko leady tego właściciela (imię i nazwisko lub e-mail).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only the leads of this team&apos;s members.</source>
        <translation>Tylko leady członków tego zespołu.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only leads from this source.</source>
        <translation>Tylko leady z tego źródła.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only leads of this campaign.</source>
        <translation>Tylko leady z tej kampanii.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>no user named &quot;%1&quot;</source>
        <translation>nie ma użytkownika „%1”</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no team &quot;%1&quot; with members</source>
        <translation>nie ma zespołu „%1” z członkami</translation>
    </message>
</context>
<context>
    <name>lejek::cli::LeadPager</name>
    <message>
        <location filename="../src/cli/LeadPager.cpp" line="+17"/>
        <source>the pipeline &quot;%1&quot; has no stage &quot;%2&quot;</source>
        <translation>lejek „%1” nie ma etapu „%2”</translation>
    </message>
</context>
<context>
    <name>lejek::cli::LeadsCommand</name>
    <message>
        <location filename="../src/cli/commands/LeadsCommand.cpp" line="+24"/>
        <source>List leads stage by stage; JSON is an array of lead objects.</source>
        <translation>Wypisuje leady etap po etapie; JSON to tablica obiektów leadów.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The pipeline, by name.</source>
        <translation>Lejek, po nazwie.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only this stage.</source>
        <translation>Tylko ten etap.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only leads whose company, contact, e-mail, NIP or phone contains TEXT.</source>
        <translation>Tylko leady, których firma, osoba kontaktowa, e-mail, NIP lub telefon zawiera TEKST.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>table (default) or json.</source>
        <translation>table (domyślnie) albo json.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--format is table or json</source>
        <translation>--format to table albo json</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>company</source>
        <translation>firma</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>contact</source>
        <translation>kontakt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>stage</source>
        <translation>etap</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>owner</source>
        <translation>właściciel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>value</source>
        <translation>wartość</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>version</source>
        <translation>wersja</translation>
    </message>
</context>
<context>
    <name>lejek::cli::LogCommand</name>
    <message>
        <location filename="../src/cli/commands/LogCommand.cpp" line="+20"/>
        <source>Record an activity on a lead&apos;s timeline.</source>
        <translation>Zapisuje aktywność na osi czasu leada.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>One of: %1.</source>
        <translation>Jedno z: %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A short subject.</source>
        <translation>Krótki temat.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Details.</source>
        <translation>Szczegóły.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When it happened (ISO 8601; now by default).</source>
        <translation>Kiedy to się stało (ISO 8601; domyślnie teraz).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The lead&apos;s id.</source>
        <translation>Id leada.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>give one lead id</source>
        <translation>podaj jedno id leada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--kind is required</source>
        <translation>wymagana jest opcja --kind</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--at is not an ISO 8601 time: %1</source>
        <translation>--at nie jest czasem w formacie ISO 8601: %1</translation>
    </message>
</context>
<context>
    <name>lejek::cli::MergeCommand</name>
    <message>
        <location filename="../src/cli/commands/MergeCommand.cpp" line="+22"/>
        <source>Merge lead OTHER into lead KEEP. KEEP keeps its own values unless KEY=VALUE chooses another, and takes every value only OTHER has, OTHER&apos;s activities and tasks. OTHER is kept, marked merged, and leaves every list.</source>
        <translation>Scal lead OTHER z leadem KEEP. KEEP zachowuje swoje wartości, chyba że KEY=VALUE wybiera inną, i przejmuje każdą wartość, którą ma tylko OTHER, oraz aktywności i zadania OTHER. OTHER zostaje zachowany, oznaczony jako scalony, i znika ze wszystkich list.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The lead that stays.</source>
        <translation>Lead, który zostaje.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The lead merged into it.</source>
        <translation>Lead scalany z nim.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The value KEEP is to have, where the two differ.</source>
        <translation>Wartość, którą ma mieć KEEP tam, gdzie się różnią.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>give the id of the lead to keep, then the id of the lead to merge into it</source>
        <translation>podaj id leada, który zostaje, a potem id leada do scalenia z nim</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>lead %1 was merged into lead %2 (version %3)</source>
        <translation>lead %1 scalono z leadem %2 (wersja %3)</translation>
    </message>
</context>
<context>
    <name>lejek::cli::MoveCommand</name>
    <message>
        <location filename="../src/cli/commands/MoveCommand.cpp" line="+22"/>
        <source>Move leads to a stage. Refused, naming every missing field and failed criterion, unless the leads meet the stage&apos;s gate; the missing values may be given and are written in the same transaction.</source>
        <translation>Przenosi leady do etapu. Jeśli leady nie spełniają wymagań etapu, przeniesienie zostaje odrzucone z listą wszystkich brakujących pól i niespełnionych kryteriów; brakujące wartości można podać, zostaną zapisane w tej samej transakcji.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Lost reason code, required for a lost stage (price, timing, competition, no_fit, no_response, other).</source>
        <translation>Kod powodu przegranej, wymagany dla etapu przegranej (price, timing, competition, no_fit, no_response, other).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A comment kept with the stage change (e.g. why it was lost).</source>
        <translation>Komentarz zapisany przy zmianie etapu (np. dlaczego przegrana).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lead ids.</source>
        <translation>Id leadów.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The target stage, by name.</source>
        <translation>Etap docelowy, po nazwie.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Values to fill in with the move.</source>
        <translation>Wartości do uzupełnienia razem z przeniesieniem.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>give one or more lead ids and then a stage</source>
        <translation>podaj jedno lub więcej id leadów, a potem etap</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the pipeline &quot;%1&quot; has no stage &quot;%2&quot;</source>
        <translation>lejek „%1” nie ma etapu „%2”</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>lead %1 is in %2 (version %3)</source>
        <translation>lead %1 jest w etapie %2 (wersja %3)</translation>
    </message>
</context>
<context>
    <name>lejek::cli::PasswordCommand</name>
    <message>
        <location filename="../src/cli/commands/PasswordCommand.cpp" line="+29"/>
        <source>Password: </source>
        <translation>Hasło: </translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Store (read from standard input) or forget a PostgreSQL password in the OS keychain.</source>
        <translation>Zapisuje (czytając ze standardowego wejścia) lub usuwa hasło do PostgreSQL w pęku kluczy systemu.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The action.</source>
        <translation>Czynność.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>give one action: set or forget</source>
        <translation>podaj jedną czynność: set albo forget</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>only a PostgreSQL database has a password</source>
        <translation>hasło ma tylko baza PostgreSQL</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>forgot the password of %1</source>
        <translation>usunięto hasło do %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no password on standard input</source>
        <translation>brak hasła na standardowym wejściu</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>stored the password of %1 in the keychain</source>
        <translation>zapisano hasło do %1 w pęku kluczy</translation>
    </message>
</context>
<context>
    <name>lejek::cli::PipelineCommand</name>
    <message>
        <location filename="../src/cli/commands/PipelineCommand.cpp" line="+58"/>
        <source>The action.</source>
        <translation>Czynność.</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>Create a pipeline (a stage is NAME[:KIND[:PROBABILITY]] with KIND open, parked, won or lost); change a stage; choose who works it; show who changed its stages when, or the stages as of a date.</source>
        <translation>Tworzy lejek (etap to NAZWA[:RODZAJ[:PRAWDOPODOBIEŃSTWO]], RODZAJ: open, parked, won albo lost); zmienia etap; wybiera, kto pracuje w lejku; pokazuje, kto i kiedy zmieniał etapy, albo etapy na wskazany dzień.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>stage, members, history: the pipeline.</source>
        <translation>stage, members, history: lejek.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>create: the pipeline&apos;s name.</source>
        <translation>create: nazwa lejka.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>create: comma-separated stages in order.</source>
        <translation>create: etapy po kolei, rozdzielone przecinkami.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fields a stage requires: STAGE=key,key for create (repeatable), key,key for stage (the whole list; empty: none).</source>
        <translation>Pola wymagane przez etap: ETAP=klucz,klucz dla create (można powtarzać), klucz,klucz dla stage (cała lista; pusta: brak).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>create: an entry criterion (repeatable), &quot;STAGE=budget &gt; 50000&quot;.</source>
        <translation>create: kryterium wejścia (można powtarzać), „ETAP=budget &gt; 50000”.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>create: a custom field (repeatable), KEY:TYPE[:LABEL[:CHOICE|CHOICE...]] with TYPE text, number, money, date, choice, multi_choice, ...</source>
        <translation>create: pole własne (można powtarzać), KLUCZ:TYP[:ETYKIETA[:WARTOŚĆ|WARTOŚĆ...]], TYP to text, number, money, date, choice, multi_choice, ...</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>the pipeline command takes an action: create, stage, members or history</source>
        <translation>polecenie pipeline wymaga czynności: create, stage, members albo history</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--name and --stages are required</source>
        <translation>wymagane są opcje --name i --stages</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&quot;%1&quot; is not a stage kind (open, parked, won, lost)</source>
        <translation>„%1” nie jest rodzajem etapu (open, parked, won, lost)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;%1&quot; is not a probability</source>
        <translation>„%1” nie jest prawdopodobieństwem</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>--require %1 names no stage of the pipeline</source>
        <translation>--require %1 nie wskazuje żadnego etapu lejka</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>--criterion %1 names no stage of the pipeline</source>
        <translation>--criterion %1 nie wskazuje żadnego etapu lejka</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>--field %1: give KEY:TYPE with TYPE one of text, long_text, email, phone, nip, url, number, money, date, currency, choice, multi_choice</source>
        <translation>--field %1: podaj KLUCZ:TYP, gdzie TYP to jeden z: text, long_text, email, phone, nip, url, number, money, date, currency, choice, multi_choice</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>created the pipeline &quot;%1&quot; with %2 stages (id %3)</source>
        <translation>utworzono lejek „%1” (etapy: %2, id %3)</translation>
    </message>
</context>
<context>
    <name>lejek::cli::PipelineHistoryAction</name>
    <message>
        <location filename="../src/cli/commands/PipelineHistoryAction.cpp" line="+42"/>
        <source>history: a date or time (ISO 8601, UTC); shows the stages as they stood then.</source>
        <translation>history: data lub czas (ISO 8601, UTC); pokazuje etapy takie, jakie wtedy były.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--as-of needs an ISO 8601 date or time, such as 2026-03-02</source>
        <translation>--as-of wymaga daty lub czasu w formacie ISO 8601, np. 2026-03-02</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>kind</source>
        <translation>rodzaj</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>probability</source>
        <translation>prawdopodobieństwo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>rotting days</source>
        <translation>dni do zamarcia</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>required</source>
        <translation>wymagane</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>SLA 1 min</source>
        <translation>SLA 1 min</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>SLA 2 min</source>
        <translation>SLA 2 min</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the stages of &quot;%1&quot; were first recorded on %2; as first recorded:</source>
        <translation>etapy lejka „%1” zapisano po raz pierwszy %2; tak jak wtedy zapisano:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>#</source>
        <translation>nr</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+6"/>
        <source>stage</source>
        <translation>etap</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>from (UTC)</source>
        <translation>od (UTC)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>who</source>
        <translation>kto</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>change</source>
        <translation>zmiana</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(database owner)</source>
        <translation>(właściciel bazy)</translation>
    </message>
</context>
<context>
    <name>lejek::cli::PipelineMembersAction</name>
    <message>
        <location filename="../src/cli/commands/PipelineMembersAction.cpp" line="+29"/>
        <source>members: the people who work it, by name or e-mail, comma-separated.</source>
        <translation>members: osoby pracujące w lejku, po nazwisku lub e-mailu, rozdzielone przecinkami.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>members: everyone works it (the default).</source>
        <translation>members: w lejku pracują wszyscy (domyślnie).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--set and --everyone exclude each other</source>
        <translation>--set i --everyone wykluczają się nawzajem</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>no user named &quot;%1&quot; (lejek-cli user list shows them)</source>
        <translation>nie ma użytkownika „%1” (lista: lejek-cli user list)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--set needs at least one user; --everyone opens the pipeline to all</source>
        <translation>--set wymaga co najmniej jednego użytkownika; --everyone otwiera lejek dla wszystkich</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>everyone works the pipeline &quot;%1&quot;</source>
        <translation>w lejku „%1” pracują wszyscy</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>name</source>
        <translation>nazwa</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>team</source>
        <translation>zespół</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>role</source>
        <translation>rola</translation>
    </message>
</context>
<context>
    <name>lejek::cli::PipelineStageAction</name>
    <message>
        <location filename="../src/cli/commands/PipelineStageAction.cpp" line="+40"/>
        <source>stage: the stage to change.</source>
        <translation>stage: etap do zmiany.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>stage: a new name for the stage.</source>
        <translation>stage: nowa nazwa etapu.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>stage: win probability, 0 to 100.</source>
        <translation>stage: prawdopodobieństwo wygranej, od 0 do 100.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>stage: days without activity before an open lead rots; 0: never.</source>
        <translation>stage: liczba dni bez aktywności, po których otwarty lead zamiera; 0: nigdy.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>stage: SLA 1, working minutes to first contact; 0: none.</source>
        <translation>stage: SLA 1, minuty robocze do pierwszego kontaktu; 0: brak.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>stage: SLA 2, working minutes to a status decision; 0: none.</source>
        <translation>stage: SLA 2, minuty robocze do decyzji o statusie; 0: brak.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--stage names the stage to change</source>
        <translation>--stage wskazuje etap do zmiany</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the pipeline &quot;%1&quot; has no stage &quot;%2&quot;</source>
        <translation>lejek „%1” nie ma etapu „%2”</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>--%1 takes a whole number from %2 to %3</source>
        <translation>--%1 przyjmuje liczbę całkowitą od %2 do %3</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--require takes the stage&apos;s whole list once: key,key</source>
        <translation>--require podaje się raz, z całą listą etapu: klucz,klucz</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>nothing to change: the stage &quot;%1&quot; is already so</source>
        <translation>nic do zmiany: etap „%1” już tak wygląda</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>changed the stage &quot;%1&quot; of &quot;%2&quot;: probability %3%, rotting after %4 days, requires %5, SLA %6 / %7 minutes</source>
        <translation>zmieniono etap „%1” lejka „%2”: prawdopodobieństwo %3%, zamiera po %4 dniach, wymaga: %5, SLA %6 / %7 minut</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>nothing</source>
        <translation>nic</translation>
    </message>
</context>
<context>
    <name>lejek::cli::PipelinesCommand</name>
    <message>
        <location filename="../src/cli/commands/PipelinesCommand.cpp" line="+23"/>
        <source>List the pipelines with their stages in order.</source>
        <translation>Wypisuje lejki z ich etapami po kolei.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>table (default) or json.</source>
        <translation>table (domyślnie) albo json.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--format is table or json</source>
        <translation>--format to table albo json</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>pipeline</source>
        <translation>lejek</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>#</source>
        <translation>nr</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>stage</source>
        <translation>etap</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>kind</source>
        <translation>rodzaj</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>probability</source>
        <translation>prawdopodobieństwo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>required</source>
        <translation>wymagane</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>criteria</source>
        <translation>kryteria</translation>
    </message>
</context>
<context>
    <name>lejek::cli::ReactivateCommand</name>
    <message>
        <location filename="../src/cli/commands/ReactivateCommand.cpp" line="+22"/>
        <source>Bring a lost lead back to an open or parked stage, through that stage&apos;s gate (the values it lacks may be given); the move is kept in its history.</source>
        <translation>Przywróć przegranego leada do etapu otwartego lub odłożonego, przez bramkę tego etapu (brakujące wartości można podać); przeniesienie zostaje w jego historii.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Why it comes back, kept with the stage change.</source>
        <translation>Dlaczego wraca; zapisane przy zmianie etapu.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The lost lead&apos;s id.</source>
        <translation>Id przegranego leada.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The stage it goes back to, by name.</source>
        <translation>Etap, do którego wraca, po nazwie.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Values the stage requires.</source>
        <translation>Wartości wymagane przez etap.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>give the lead&apos;s id, then a stage</source>
        <translation>podaj id leada, a potem etap</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the pipeline &quot;%1&quot; has no stage &quot;%2&quot;</source>
        <translation>lejek „%1” nie ma etapu „%2”</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>lead %1 is back in %2 (version %3)</source>
        <translation>lead %1 wrócił do etapu %2 (wersja %3)</translation>
    </message>
</context>
<context>
    <name>lejek::cli::ReplayPrinter</name>
    <message>
        <location filename="../src/cli/ReplayPrinter.cpp" line="+56"/>
        <source>Leads replayed: %1. %2 would go to whoever got them first (%3), %4 to someone else; %5 would wait in the manager&apos;s queue</source>
        <translation>Odtworzone leady: %1. %2 trafiłoby do tych, którzy dostali je pierwsi (%3), %4 do kogoś innego; %5 czekałoby w kolejce managera</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>User</source>
        <translation>Użytkownik</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Got</source>
        <translation>Dostał(a)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Would get</source>
        <translation>Dostał(a)by</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Change</source>
        <translation>Zmiana</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Capacity</source>
        <translation>Limit</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+70"/>
        <source>Lead</source>
        <translation>Lead</translation>
    </message>
    <message>
        <location line="-70"/>
        <source>Created</source>
        <translation>Utworzony</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Got it</source>
        <translation>Dostał(a) go</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Would get it</source>
        <translation>Dostał(a)by go</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+70"/>
        <source>Why</source>
        <translation>Dlaczego</translation>
    </message>
    <message>
        <location line="-64"/>
        <source>Leads that would go to someone else:</source>
        <translation>Leady, które trafiłyby do kogoś innego:</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+72"/>
        <source>… and %1 more (--format csv lists every lead)</source>
        <translation>… i %1 więcej (--format csv wypisuje wszystkie leady)</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>Leads replayed: %1. Converted: reached %2 or later; handoff: %3 points</source>
        <translation>Odtworzone leady: %1. Konwersja: osiągnięcie etapu %2 lub dalszego; przekazanie: %3 pkt</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+15"/>
        <source>Converted</source>
        <translation>Konwersja</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Not converted</source>
        <translation>Bez konwersji</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+6"/>
        <source>All</source>
        <translation>Razem</translation>
    </message>
    <message>
        <location line="-3"/>
        <location line="+12"/>
        <source>Handed off</source>
        <translation>Przekazane</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Not handed off</source>
        <translation>Nieprzekazane</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Precision %1 (of the leads handed off, the share that converted)</source>
        <translation>Precyzja %1 (jaka część przekazanych leadów dała konwersję)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recall    %1 (of the leads that converted, the share handed off)</source>
        <translation>Czułość %1 (jaka część leadów z konwersją została przekazana)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Base rate %1 (of all leads, the share that converted)</source>
        <translation>Odsetek bazowy %1 (jaka część wszystkich leadów dała konwersję)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lift      %1 (precision over the base rate: how much better than picking at random)</source>
        <translation>Lift %1 (precyzja do odsetka bazowego: o ile lepiej niż wybór na ślepo)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Score</source>
        <translation>Scoring</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no</source>
        <translation>nie</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Leads that would have been handed off:</source>
        <translation>Leady, które zostałyby przekazane:</translation>
    </message>
</context>
<context>
    <name>lejek::cli::ReportCommand</name>
    <message>
        <location filename="../src/cli/commands/ReportCommand.cpp" line="+31"/>
        <source>The dashboards&apos; numbers from history (DOMAIN.md&apos;s definitions): the funnel of the leads created in the period, stage-to-stage conversion, time in stage, speed to lead and SLA compliance in working time, and the win rate, cycle length and lost reasons of the leads closed in it.</source>
        <translation>Liczby pulpitu z historii (według definicji DOMAIN.md): lejek leadów utworzonych w okresie, konwersja między etapami, czas w etapie, czas reakcji i dotrzymanie SLA w czasie pracy oraz skuteczność, długość cyklu i powody przegranych leadów zamkniętych w okresie.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The pipeline, by name (not needed when there is only one).</source>
        <translation>Lejek, po nazwie (niepotrzebne, gdy jest tylko jeden).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The period&apos;s first day (ISO 8601; default: the first lead&apos;s).</source>
        <translation>Pierwszy dzień okresu (ISO 8601; domyślnie: dzień pierwszego leada).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The period&apos;s last day, included (default: today).</source>
        <translation>Ostatni dzień okresu, włącznie (domyślnie: dziś).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every figure as it stood at the end of that day, from history (ISO 8601).</source>
        <translation>Każda liczba taka, jaka była na koniec tego dnia, z historii (ISO 8601).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Break the figures down by owner, team, source or campaign.</source>
        <translation>Rozbij liczby według właściciela, zespołu, źródła lub kampanii.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>table (default), json or csv.</source>
        <translation>table (domyślnie), json albo csv.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>give one report: %1</source>
        <translation>podaj jeden raport: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--format is table, json or csv</source>
        <translation>--format to table, json albo csv</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--%1 needs an ISO 8601 date, such as 2026-01-31</source>
        <translation>--%1 wymaga daty ISO 8601, np. 2026-01-31</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--by is owner, team, source or campaign</source>
        <translation>--by to owner, team, source albo campaign</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1, %2 to %3: %4 leads came in, %5 won and %6 lost</source>
        <translation>%1, od %2 do %3: wpłynęło leadów: %4, wygranych: %5, przegranych: %6</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>As of the end of %1, from history.</source>
        <translation>Stan na koniec dnia %1, z historii.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No open leads in this pipeline.</source>
        <translation>W tym lejku nie ma otwartych leadów.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This pipeline has no handoff stage: name one in the scoring configuration (lejek-cli config).</source>
        <translation>Ten lejek nie ma etapu przekazania: wskaż go w konfiguracji scoringu (lejek-cli config).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No lead was handed off to sales in these days: widen the period with --from and --to.</source>
        <translation>W tych dniach żaden lead nie został przekazany do sprzedaży: poszerz okres opcjami --from i --to.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The handoff stage has no SLA: set its minutes in the pipeline&apos;s configuration.</source>
        <translation>Etap przekazania nie ma SLA: ustaw jego minuty w konfiguracji lejka.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing to show for these days: widen the period with --from and --to.</source>
        <translation>Brak danych z tych dni: poszerz okres opcjami --from i --to.</translation>
    </message>
</context>
<context>
    <name>lejek::cli::SimulateCommand</name>
    <message>
        <location filename="../src/cli/commands/SimulateCommand.cpp" line="+27"/>
        <source>Replay past leads through the routing table or scoring model in force, or a proposed one, writing nothing: who would have got which leads against who did, or which leads would have been handed off against those that converted (precision, recall, lift).</source>
        <translation>Odtwarza dawne leady przez obowiązującą lub proponowaną tabelę routingu albo model scoringu, niczego nie zapisując: kto dostałby które leady wobec tego, kto je dostał, albo które leady zostałyby przekazane wobec tych, które dały konwersję (precyzja, czułość, lift).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The pipeline, by name (not needed when there is only one).</source>
        <translation>Lejek, po nazwie (niepotrzebne, gdy jest tylko jeden).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only leads created on or after this day (ISO 8601, such as 2026-01-01).</source>
        <translation>Tylko leady utworzone tego dnia lub później (ISO 8601, np. 2026-01-01).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A proposed configuration, as &quot;config export&quot; writes it; what it lacks is taken from the one in force.</source>
        <translation>Proponowana konfiguracja, w postaci zapisywanej przez „config export”; czego w niej brak, bierze się z obowiązującej.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>scoring: the stage whose reaching counts as converted (default: SQL, else the won stage).</source>
        <translation>scoring: etap, którego osiągnięcie oznacza konwersję (domyślnie SQL, a bez niego etap wygrany).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>table (default), json or csv (a row per lead).</source>
        <translation>table (domyślnie), json albo csv (wiersz na lead).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What to replay.</source>
        <translation>Co odtworzyć.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>give routing or scoring</source>
        <translation>podaj routing albo scoring</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--format is table, json or csv</source>
        <translation>--format to table, json albo csv</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--since needs an ISO 8601 date, such as 2026-01-01</source>
        <translation>--since wymaga daty ISO 8601, np. 2026-01-01</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--converted is for a scoring replay</source>
        <translation>--converted dotyczy odtworzenia scoringu</translation>
    </message>
</context>
<context>
    <name>lejek::cli::TaskCommand</name>
    <message>
        <location filename="../src/cli/commands/TaskCommand.cpp" line="+46"/>
        <source>What to do.</source>
        <translation>Co zrobić.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due date or time (ISO 8601).</source>
        <translation>Termin: data lub czas (ISO 8601).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who does it (the lead&apos;s owner by default).</source>
        <translation>Kto je wykona (domyślnie właściciel leada).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The action.</source>
        <translation>Czynność.</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Create, complete, reschedule, cancel or list a lead&apos;s tasks, or list yours across every pipeline.</source>
        <translation>Tworzy, kończy, przekłada, anuluje lub wyświetla zadania leada albo Twoje zadania ze wszystkich lejków.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>list: your open tasks in every pipeline, overdue, today and upcoming (with --as).</source>
        <translation>list: Twoje otwarte zadania we wszystkich lejkach: po terminie, dziś i nadchodzące (z --as).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A lead id (add, list) or a task id (done, reschedule, cancel).</source>
        <translation>Identyfikator leada (add, list) lub zadania (done, reschedule, cancel).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--mine goes with list, without an id</source>
        <translation>--mine działa z list, bez identyfikatora</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>give an action (add, done, reschedule, cancel, list) and one id</source>
        <translation>podaj akcję (add, done, reschedule, cancel, list) i jeden identyfikator</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;%1&quot; is not an id</source>
        <translation>„%1” nie jest identyfikatorem</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--due needs an ISO 8601 date or time</source>
        <translation>--due wymaga daty lub czasu w formacie ISO 8601</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>due (UTC)</source>
        <translation>termin (UTC)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>done</source>
        <translation>wykonane</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+33"/>
        <source>title</source>
        <translation>tytuł</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>cancelled %1</source>
        <translation>anulowane %1</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Overdue</source>
        <translation>Po terminie</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Today</source>
        <translation>Dziś</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Upcoming</source>
        <translation>Nadchodzące</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>task</source>
        <translation>zadanie</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>due (local time)</source>
        <translation>termin (czas lokalny)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>lead</source>
        <translation>lead</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>pipeline</source>
        <translation>lejek</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No open tasks: plan one with lejek-cli task add LEAD --title TEXT --due DATE.</source>
        <translation>Brak otwartych zadań: zaplanuj je poleceniem lejek-cli task add LEAD --title TEKST --due DATA.</translation>
    </message>
</context>
<context>
    <name>lejek::cli::TimelineCommand</name>
    <message>
        <location filename="../src/cli/commands/TimelineCommand.cpp" line="+23"/>
        <source>Show a lead&apos;s history: stage changes, edits, activities and tasks.</source>
        <translation>Pokazuje historię leada: zmiany etapów, edycje, aktywności i zadania.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>table (default) or json.</source>
        <translation>table (domyślnie) albo json.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The lead&apos;s id.</source>
        <translation>Id leada.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--format is table or json</source>
        <translation>--format to table albo json</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>give one lead id</source>
        <translation>podaj jedno id leada</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>when (UTC)</source>
        <translation>kiedy (UTC)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>who</source>
        <translation>kto</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>what</source>
        <translation>co</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>detail</source>
        <translation>szczegóły</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>rule: %1</source>
        <translation>reguła: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>entered %1</source>
        <translation>wszedł do etapu %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>imported history</source>
        <translation>zaimportowana historia</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>of merged lead %1</source>
        <translation>scalonego leada %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>of merged lead %1: %2</source>
        <translation>scalonego leada %1: %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>lead %1 (%2)</source>
        <translation>lead %1 (%2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not kept: %1</source>
        <translation>nie zachowano: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: &quot;%2&quot; → &quot;%3&quot;</source>
        <translation>%1: „%2” → „%3”</translation>
    </message>
</context>
<context>
    <name>lejek::cli::UpsellCommand</name>
    <message>
        <location filename="../src/cli/commands/UpsellCommand.cpp" line="+22"/>
        <source>Open a lead for an existing customer in a pipeline: its company and latest contact, marked as an existing customer (source existing_customer) and linked to it; prints the lead&apos;s id.</source>
        <translation>Otwórz lead dla obecnego klienta w lejku: jego firma i ostatnia osoba kontaktowa, oznaczony jako obecny klient (źródło existing_customer) i powiązany z nim; wypisuje id leada.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The pipeline, by name.</source>
        <translation>Lejek, po nazwie.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The stage to start in (default: the first).</source>
        <translation>Etap początkowy (domyślnie pierwszy).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The customer&apos;s id (see customers).</source>
        <translation>Id klienta (zobacz customers).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>More values for the new lead.</source>
        <translation>Dodatkowe wartości nowego leada.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>give the customer&apos;s id</source>
        <translation>podaj id klienta</translation>
    </message>
</context>
<context>
    <name>lejek::cli::UserCommand</name>
    <message>
        <location filename="../src/cli/commands/UserCommand.cpp" line="+20"/>
        <source>Add or list the people who own leads.</source>
        <translation>Dodaje lub wypisuje osoby, które są właścicielami leadów.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Full name.</source>
        <translation>Imię i nazwisko.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail address.</source>
        <translation>Adres e-mail.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Team (created when missing).</source>
        <translation>Zespół (tworzony, gdy go brakuje).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rep (default), manager or admin.</source>
        <translation>rep (domyślnie), manager albo admin.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The action.</source>
        <translation>Czynność.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the user command takes one action: add or list</source>
        <translation>polecenie user przyjmuje jedną czynność: add albo list</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--name is required</source>
        <translation>wymagana jest opcja --name</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>name</source>
        <translation>nazwa</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>e-mail</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>team</source>
        <translation>zespół</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>role</source>
        <translation>rola</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 is the database&apos;s first user, so its admin</source>
        <translation>%1 to pierwszy użytkownik bazy, więc jej administrator</translation>
    </message>
</context>
</TS>
