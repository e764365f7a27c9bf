<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl_PL" sourcelanguage="en">
<context>
    <name>Actions</name>
    <message>
        <source>Check in personally to learn what would help them stay</source>
        <translation>Skontaktuj się z nimi osobiście, aby dowiedzieć się, co pomogłoby im zostać</translation>
    </message>
    <message>
        <source>Keep in touch with regular, useful updates</source>
        <translation>Utrzymuj kontakt, wysyłając regularne, przydatne informacje</translation>
    </message>
    <message>
        <source>Thank them with a loyalty perk or invite them to refer others</source>
        <translation>Podziękuj im nagrodą za lojalność lub zaproś ich do polecania Twojej firmy innym</translation>
    </message>
    <message>
        <source>Call them for a check-in and offer a short refresher on the features they use less</source>
        <translation>Zadzwoń, aby zapytać, jak im idzie, i zaproponuj krótkie przypomnienie funkcji, z których korzystają rzadziej</translation>
    </message>
    <message>
        <source>Offer a billing review and payment terms that suit them</source>
        <translation>Zaproponuj przegląd rozliczeń i dogodne dla nich warunki płatności</translation>
    </message>
    <message>
        <source>Have a support specialist resolve their open issues before they ask again</source>
        <translation>Poproś specjalistę wsparcia, aby rozwiązał ich otwarte problemy, zanim zgłoszą się ponownie</translation>
    </message>
    <message>
        <source>Ask for their feedback and follow up personally on what went wrong</source>
        <translation>Poproś ich o opinię i osobiście zajmij się tym, co poszło nie tak</translation>
    </message>
    <message>
        <source>Offer a guided session on the paid features they have not used yet</source>
        <translation>Zaproponuj prowadzone szkolenie z płatnych funkcji, z których jeszcze nie korzystali</translation>
    </message>
    <message>
        <source>Give them extra onboarding help in their first months</source>
        <translation>Zapewnij im dodatkową pomoc na start w pierwszych miesiącach</translation>
    </message>
    <message>
        <source>Remind them of add-ons that saved them time before</source>
        <translation>Przypomnij im o dodatkach, które wcześniej oszczędziły im czas</translation>
    </message>
    <message>
        <source>Suggest the plan or add-ons that fit their growing use</source>
        <translation>Zaproponuj plan lub dodatki dopasowane do ich rosnącego użycia</translation>
    </message>
    <message>
        <source>Offer extra licences on good terms as their team grows</source>
        <translation>Zaproponuj dodatkowe licencje na korzystnych warunkach, gdy ich zespół się powiększa</translation>
    </message>
    <message>
        <source>Send a personal note with something useful for what they bought before</source>
        <translation>Wyślij osobistą wiadomość z czymś przydatnym do tego, co wcześniej kupili</translation>
    </message>
    <message>
        <source>Re-engage them with a personal message about what is new for them</source>
        <translation>Odnów z nimi kontakt osobistą wiadomością o nowościach, które mogą ich zainteresować</translation>
    </message>
    <message>
        <source>Give them extra onboarding help and a named contact in their first months</source>
        <translation>Zapewnij im dodatkową pomoc na start i stałą osobę kontaktową w pierwszych miesiącach</translation>
    </message>
    <message>
        <source>Review their plan with them so they pay only for what they use</source>
        <translation>Przejrzyj z nimi ich plan, aby płacili tylko za to, z czego korzystają</translation>
    </message>
    <message>
        <source>Show them one more product that fits what they already use</source>
        <translation>Pokaż im jeszcze jeden produkt, który pasuje do tego, z czego już korzystają</translation>
    </message>
    <message>
        <source>Offer them a personal adviser and a review of their terms</source>
        <translation>Zaproponuj im osobistego doradcę i przegląd ich warunków</translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <source>Message</source>
        <translation>Komunikat</translation>
    </message>
</context>
<context>
    <name>CampaignActions</name>
    <message>
        <source>Planning the campaign</source>
        <translation>Planowanie kampanii</translation>
    </message>
    <message>
        <source>Campaign “{0}” from {1}: about {2} customers to act on, {3} held back at random as the control group (not contacted, never exported).</source>
        <translation>Kampania „{0}” od {1}: około {2} klientów objętych działaniem, {3} losowo wydzielonych jako grupa kontrolna (bez kontaktu, nigdy nieeksportowanych).</translation>
    </message>
    <message>
        <source>Action: {0}</source>
        <translation>Działanie: {0}</translation>
    </message>
    <message>
        <source>It can detect a change in churn of {0:.0f} points or more (churn risk of these customers: {1:.0%}).</source>
        <translation>Pozwala wykryć zmianę odsetka odejść o {0:.0f} pkt proc. lub więcej (ryzyko odejścia tych klientów: {1:.0%}).</translation>
    </message>
    <message>
        <source>About {0} customers are left out: they are in a campaign that started recently.</source>
        <translation>Około {0} klientów pominięto: są w kampanii, która niedawno się rozpoczęła.</translation>
    </message>
    <message>
        <source>Warnings:</source>
        <translation>Ostrzeżenia:</translation>
    </message>
    <message>
        <source>Nobody in these segments can be in a new campaign, so it was not started.</source>
        <translation>Nikt z tych segmentów nie może wziąć udziału w nowej kampanii, więc jej nie rozpoczęto.</translation>
    </message>
    <message>
        <source>Start this campaign? It is recorded in the processing log with its purpose, and the random seed that drew the control group is logged so it can be redrawn.</source>
        <translation>Rozpocząć tę kampanię? Zostanie odnotowana w dzienniku przetwarzania wraz z celem, a ziarno losowania, którym wylosowano grupę kontrolną, zostanie zapisane w dzienniku, aby można było wylosować ją ponownie.</translation>
    </message>
    <message>
        <source>Start campaign</source>
        <translation>Rozpocznij kampanię</translation>
    </message>
    <message>
        <source>The campaign was not started; nothing was recorded.</source>
        <translation>Kampanii nie rozpoczęto; nic nie zostało zapisane.</translation>
    </message>
    <message>
        <source>Starting the campaign</source>
        <translation>Rozpoczynanie kampanii</translation>
    </message>
    <message>
        <source>Started campaign {0} “{1}” (processing log entry {2}): {3} customers to act on, {4} held back. The Campaigns page shows it and measures it once later exports are imported.</source>
        <translation>Rozpoczęto kampanię {0} „{1}” (wpis dziennika przetwarzania nr {2}): klienci objęci działaniem: {3}, wydzieleni do grupy kontrolnej: {4}. Strona Kampanie pokazuje ją i zmierzy jej wynik, gdy zostaną zaimportowane późniejsze eksporty.</translation>
    </message>
    <message>
        <source>Save the contact list</source>
        <translation>Zapisz listę kontaktów</translation>
    </message>
    <message>
        <source>Save the contact list of campaign {0} now? It names the customers to act on; the control group is never in it. You can also save it later on the Campaigns page.</source>
        <translation>Zapisać teraz listę kontaktów kampanii {0}? Wymienia klientów objętych działaniem; grupa kontrolna nigdy się na niej nie znajduje. Możesz ją też zapisać później na stronie Kampanie.</translation>
    </message>
    <message>
        <source>Save the contact list (treated customers only)</source>
        <translation>Zapisz listę kontaktów (tylko grupa testowa)</translation>
    </message>
    <message>
        <source>campaign-{0}-contacts.csv</source>
        <translation>kampania-{0}-kontakty.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Pliki CSV (*.csv)</translation>
    </message>
    <message>
        <source>Writing the contact list</source>
        <translation>Zapisywanie listy kontaktów</translation>
    </message>
    <message>
        <source>{0} customers to act on written to {1} (processing log entry {2}); the control group is not in it. This file holds personal data: keep it out of shared folders and e-mail, and delete it when the action is done.</source>
        <translation>Zapisano klientów objętych działaniem (liczba: {0}) w pliku {1} (wpis dziennika przetwarzania nr {2}); grupy kontrolnej w nim nie ma. Plik zawiera dane osobowe: nie umieszczaj go w udostępnionych folderach ani w wiadomościach e-mail i usuń go po zakończeniu działania.</translation>
    </message>
</context>
<context>
    <name>Campaigns</name>
    <message>
        <source>No data after the start ({0}) yet: import the next exports, then measure again.</source>
        <translation>Brak jeszcze danych po rozpoczęciu ({0}): zaimportuj kolejne eksporty, a następnie zmierz ponownie.</translation>
    </message>
    <message>
        <source>No customers export imported since the start ({0}): a snapshot shows churn only in a later export.</source>
        <translation>Od rozpoczęcia ({0}) nie zaimportowano eksportu klientów: stan z jednej chwili pokazuje odejścia dopiero w późniejszym eksporcie.</translation>
    </message>
    <message>
        <source>The customers export has no churn label to measure churn by.</source>
        <translation>Eksport klientów nie ma etykiety odejścia, na podstawie której można by zmierzyć odejścia.</translation>
    </message>
    <message>
        <source>the churn label in the latest customers export</source>
        <translation>etykieta odejścia w najnowszym eksporcie klientów</translation>
    </message>
    <message>
        <source>fewer than {0} customers in an arm</source>
        <translation>mniej niż {0} klientów w jednej z grup</translation>
    </message>
    <message>
        <source>Fewer than {0} customers in an arm: nothing can be published.</source>
        <translation>Mniej niż {0} klientów w jednej z grup: nie można niczego opublikować.</translation>
    </message>
    <message>
        <source>No spend was measured (the data has no order values), so no return can be shown.</source>
        <translation>Nie zmierzono wydatków (dane nie zawierają wartości zamówień), więc nie można pokazać zwrotu.</translation>
    </message>
    <message>
        <source>No cost per contact was entered, so no ROI can be worked out.</source>
        <translation>Nie podano kosztu na kontakt, więc nie można obliczyć zwrotu z inwestycji.</translation>
    </message>
    <message>
        <source>It paid off: even the low end of the interval returns more than it cost.</source>
        <translation>Opłaciło się: nawet przy dolnej granicy przedziału zwrot przewyższa koszt.</translation>
    </message>
    <message>
        <source>It did not pay off: even the high end of the interval returns less than it cost.</source>
        <translation>Nie opłaciło się: nawet przy górnej granicy przedziału zwrot jest niższy niż koszt.</translation>
    </message>
    <message>
        <source>Whether it paid off cannot be told yet: the interval spans both a loss and a gain.</source>
        <translation>Nie można jeszcze stwierdzić, czy się opłaciło: przedział obejmuje zarówno stratę, jak i zysk.</translation>
    </message>
    <message>
        <source>Nobody is held back: whether the action helped can never be measured.</source>
        <translation>Nikt nie jest wydzielony do grupy kontrolnej: nigdy nie będzie można zmierzyć, czy działanie pomogło.</translation>
    </message>
    <message>
        <source>An arm has fewer than {0} customers: its results will be withheld.</source>
        <translation>Jedna z grup ma mniej niż {0} klientów: jej wyniki zostaną ukryte.</translation>
    </message>
    <message>
        <source>With about {0} treated and {1} held back, the campaign can only detect a change in churn of {2} points or more, while a good action plausibly changes it by about {3} points: choose more segments or a larger control group, or expect &apos;no effect measurable&apos;.</source>
        <translation>Przy około {0} klientach w grupie testowej i {1} w grupie kontrolnej kampania może wykryć jedynie zmianę odsetka odejść o {2} pkt proc. lub więcej, podczas gdy dobre działanie realnie zmienia go o około {3} pkt proc.: wybierz więcej segmentów lub większą grupę kontrolną albo licz się z wynikiem „brak mierzalnego efektu”.</translation>
    </message>
    <message>
        <source>churn</source>
        <translation>odejścia</translation>
    </message>
    <message>
        <source>purchases</source>
        <translation>zakupy</translation>
    </message>
    <message>
        <source>spend per customer</source>
        <translation>wydatki na klienta</translation>
    </message>
    <message>
        <source>tickets per customer</source>
        <translation>zgłoszenia na klienta</translation>
    </message>
    <message>
        <source>{0} points</source>
        <translation>{0} pkt proc.</translation>
    </message>
    <message>
        <source>{0:.0%} interval {1} to {2} points</source>
        <translation>przedział {0:.0%}: od {1} do {2} pkt proc.</translation>
    </message>
    <message>
        <source>{0:.0%} interval {1} to {2}</source>
        <translation>przedział {0:.0%}: od {1} do {2}</translation>
    </message>
    <message>
        <source>No effect on {0} measurable yet ({1}); come back after the next export.</source>
        <translation>Brak jeszcze mierzalnego wpływu na {0} ({1}); wróć po następnym eksporcie.</translation>
    </message>
    <message>
        <source>No effect on {0} measurable yet: {1} customers in the smaller group ({2}); come back after the next export.</source>
        <translation>Brak jeszcze mierzalnego wpływu na {0}: {1} klientów w mniejszej grupie ({2}); wróć po następnym eksporcie.</translation>
    </message>
    <message>
        <source>Reduced {0} by {1} ({2}).</source>
        <translation>Zmniejszono {0} o {1} ({2}).</translation>
    </message>
    <message>
        <source>Raised {0} by {1} ({2}).</source>
        <translation>Zwiększono {0} o {1} ({2}).</translation>
    </message>
    <message>
        <source>Reduced {0} by {1} ({2}) — the action seems to have made this worse.</source>
        <translation>Zmniejszono {0} o {1} ({2}) — wygląda na to, że działanie pogorszyło sytuację.</translation>
    </message>
    <message>
        <source>Raised {0} by {1} ({2}) — the action seems to have made this worse.</source>
        <translation>Zwiększono {0} o {1} ({2}) — wygląda na to, że działanie pogorszyło sytuację.</translation>
    </message>
</context>
<context>
    <name>CampaignsPage</name>
    <message>
        <source>Churn</source>
        <translation>Odejścia</translation>
    </message>
    <message>
        <source>Purchases</source>
        <translation>Zakupy</translation>
    </message>
    <message>
        <source>Spend per customer</source>
        <translation>Wydatki na klienta</translation>
    </message>
    <message>
        <source>Support tickets per customer</source>
        <translation>Zgłoszenia serwisowe na klienta</translation>
    </message>
    <message>
        <source>Its campaigns were erased with it; none can be started.</source>
        <translation>Jego kampanie zostały usunięte wraz z nim; nie można rozpocząć żadnej kampanii.</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>Kampanie</translation>
    </message>
    <message>
        <source>No campaigns yet. Start one from a segment: on the Segments page choose the segment, then Start campaign. A random share of its customers is held back, so that the difference shows later what the action changed.</source>
        <translation>Brak kampanii. Rozpocznij ją z poziomu segmentu: na stronie Segmenty wybierz segment, a następnie „Rozpocznij kampanię”. Losowa część jego klientów zostaje wydzielona, aby różnica pokazała później, co zmieniło działanie.</translation>
    </message>
    <message>
        <source>Go to &amp;Segments</source>
        <translation>Przejdź do &amp;segmentów</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Kampania</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Początek</translation>
    </message>
    <message>
        <source>Treated</source>
        <translation>Grupa testowa</translation>
    </message>
    <message>
        <source>Held back</source>
        <translation>Grupa kontrolna</translation>
    </message>
    <message>
        <source>Latest result</source>
        <translation>Ostatni wynik</translation>
    </message>
    <message>
        <source>Selected campaign</source>
        <translation>Wybrana kampania</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Wskaźnik</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Różnica</translation>
    </message>
    <message>
        <source>{0:.0%} interval</source>
        <translation>Przedział {0:.0%}</translation>
    </message>
    <message>
        <source>Measured outcomes</source>
        <translation>Zmierzone wskaźniki</translation>
    </message>
    <message>
        <source>Campaign result chart</source>
        <translation>Wykres wyniku kampanii</translation>
    </message>
    <message>
        <source>C&amp;hart:</source>
        <translation>&amp;Wykres:</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>Results per segment</source>
        <translation>Wyniki według segmentów</translation>
    </message>
    <message>
        <source>&amp;Measure now</source>
        <translation>&amp;Zmierz teraz</translation>
    </message>
    <message>
        <source>Measure from the data imported so far and keep the result (logged)</source>
        <translation>Zmierz na podstawie dotychczas zaimportowanych danych i zachowaj wynik (odnotowywane w dzienniku)</translation>
    </message>
    <message>
        <source>E&amp;xport contact list…</source>
        <translation>&amp;Eksportuj listę kontaktów…</translation>
    </message>
    <message>
        <source>Write the customers to act on to a CSV file (logged)</source>
        <translation>Zapisz klientów objętych działaniem do pliku CSV (odnotowywane w dzienniku)</translation>
    </message>
    <message>
        <source>&amp;Import contact outcomes…</source>
        <translation>&amp;Importuj wyniki kontaktów…</translation>
    </message>
    <message>
        <source>The CRM&apos;s record of who was reached (and who accepted the offer), for the effect among those reached (logged)</source>
        <translation>Zapis z CRM o tym, do kogo dotarto (i kto przyjął ofertę), aby zmierzyć efekt wśród osób, do których dotarto (odnotowywane w dzienniku)</translation>
    </message>
    <message>
        <source>The contact list holds the treated customers only. The control group is never exported: they are held back so that comparing the two shows what the action changed.</source>
        <translation>Lista kontaktów zawiera tylko klientów z grupy testowej. Grupa kontrolna nigdy nie jest eksportowana: jest wydzielona, aby porównanie obu grup pokazało, co zmieniło działanie.</translation>
    </message>
    <message>
        <source>not measured yet</source>
        <translation>jeszcze nie zmierzono</translation>
    </message>
    <message>
        <source>#{0} {1}</source>
        <translation>#{0} {1}</translation>
    </message>
    <message>
        <source>Measured {0} (recorded).</source>
        <translation>Zmierzono {0} (zapisano).</translation>
    </message>
    <message>
        <source>Action: {0}</source>
        <translation>Działanie: {0}</translation>
    </message>
    <message>
        <source>Purpose: {0} ({1})</source>
        <translation>Cel: {0} ({1})</translation>
    </message>
    <message>
        <source>Started {0} on segments {1}; {2:.0%} held back at random (the seed is in the processing log).</source>
        <translation>Rozpoczęta {0} w segmentach {1}; {2:.0%} losowo wydzielono do grupy kontrolnej (ziarno losowania jest w dzienniku przetwarzania).</translation>
    </message>
    <message>
        <source>At the start it could detect a change in churn of {0:.0f} points or more.</source>
        <translation>Na starcie pozwalała wykryć zmianę odsetka odejść o {0:.0f} pkt proc. lub więcej.</translation>
    </message>
    <message>
        <source>At the start it was too small to detect a change in churn.</source>
        <translation>Na starcie była zbyt mała, aby wykryć zmianę odsetka odejść.</translation>
    </message>
    <message>
        <source>Cost per contact: {0}</source>
        <translation>Koszt na kontakt: {0}</translation>
    </message>
    <message>
        <source>Not measured yet: Measure now measures it from the data imported so far.</source>
        <translation>Jeszcze nie zmierzono: „Zmierz teraz” mierzy wynik na podstawie dotychczas zaimportowanych danych.</translation>
    </message>
    <message>
        <source>Reading the campaign&apos;s result</source>
        <translation>Wczytywanie wyniku kampanii</translation>
    </message>
    <message>
        <source>Not measured yet; as it would come out now (not recorded):</source>
        <translation>Jeszcze nie zmierzono; tak wyglądałby wynik teraz (niezapisany):</translation>
    </message>
    <message>
        <source>About {0} treated and {1} held back; outcomes from {2} to {3}.</source>
        <translation>Około {0} w grupie testowej i {1} w grupie kontrolnej; wyniki od {2} do {3}.</translation>
    </message>
    <message>
        <source>Churn from {0}.</source>
        <translation>Odejścia ustalone na podstawie: {0}.</translation>
    </message>
    <message>
        <source>{0:.1f} months</source>
        <translation>{0:.1f} mies.</translation>
    </message>
    <message>
        <source>Return on investment: {0:.0%} (90 % interval {1:.0%} to {2:.0%}): {3} extra spend against {4} cost; break-even after {5} at the measured pace. {6}</source>
        <translation>Zwrot z inwestycji: {0:.0%} (przedział 90 % od {1:.0%} do {2:.0%}): {3} dodatkowych wydatków klientów wobec {4} kosztów; próg rentowności po {5} przy zmierzonym tempie. {6}</translation>
    </message>
    <message>
        <source>{0:+d} points</source>
        <translation>{0:+d} pkt proc.</translation>
    </message>
    <message>
        <source>{0:+d} to {1:+d} points</source>
        <translation>od {0:+d} do {1:+d} pkt proc.</translation>
    </message>
    <message>
        <source>{0} to {1}</source>
        <translation>od {0} do {1}</translation>
    </message>
    <message>
        <source>Among those reached ({0:.0%} of the treated):</source>
        <translation>Wśród osób, do których dotarto ({0:.0%} grupy testowej):</translation>
    </message>
    <message>
        <source>{0} ({1})</source>
        <translation>{0} ({1})</translation>
    </message>
    <message>
        <source>Per segment: treated minus held back, with the {0:.0%} interval. A segment with too few customers in an arm shows no figure.</source>
        <translation>W podziale na segmenty: grupa testowa minus grupa kontrolna, z przedziałem {0:.0%}. Segment ze zbyt małą liczbą klientów w jednej z grup nie pokazuje wartości.</translation>
    </message>
    <message>
        <source>{0} (%)</source>
        <translation>{0} (%)</translation>
    </message>
    <message>
        <source>{0}: difference {1}</source>
        <translation>{0}: różnica {1}</translation>
    </message>
    <message>
        <source>Measuring the campaign</source>
        <translation>Mierzenie wyniku kampanii</translation>
    </message>
    <message>
        <source>Measured campaign {0} (processing log entry {1}).</source>
        <translation>Zmierzono wynik kampanii {0} (wpis dziennika przetwarzania nr {1}).</translation>
    </message>
    <message>
        <source>The CRM&apos;s record of who was reached in campaign {0}</source>
        <translation>Zapis z CRM o tym, do kogo dotarto w kampanii {0}</translation>
    </message>
    <message>
        <source>Exports (*.csv *.tsv *.txt *.xlsx *.xlsm *.json *.zip *.gz);;All files (*)</source>
        <translation>Eksporty (*.csv *.tsv *.txt *.xlsx *.xlsm *.json *.zip *.gz);;Wszystkie pliki (*)</translation>
    </message>
    <message>
        <source>Choose one file: it replaces the contact outcomes of this campaign.</source>
        <translation>Wybierz jeden plik: zastąpi on wyniki kontaktów tej kampanii.</translation>
    </message>
    <message>
        <source>Reading the contact outcomes</source>
        <translation>Wczytywanie wyników kontaktów</translation>
    </message>
    <message>
        <source>Campaign {0}: {1} of the customers acted on were reached (processing log entry {2}).</source>
        <translation>Kampania {0}: dotarto do {1} klientów objętych działaniem (wpis dziennika przetwarzania nr {2}).</translation>
    </message>
    <message>
        <source>{0} accepted the offer.</source>
        <translation>Ofertę przyjęło: {0}.</translation>
    </message>
    <message>
        <source>Read customer IDs from &apos;{0}&apos; and reached from &apos;{1}&apos;.</source>
        <translation>Odczytano identyfikatory klientów z „{0}” i informację o dotarciu z „{1}”.</translation>
    </message>
    <message>
        <source>{0} rows name nobody in this campaign&apos;s treated group; they were left out.</source>
        <translation>Wiersze niewskazujące nikogo z grupy testowej tej kampanii: {0}; zostały pominięte.</translation>
    </message>
    <message>
        <source>{0} customers of the control group are marked as reached: they were contacted although they were to be held back, which blurs the comparison.</source>
        <translation>Klienci z grupy kontrolnej oznaczeni jako ci, do których dotarto: {0}; skontaktowano się z nimi, choć mieli pozostać wydzieleni, co zaciera porównanie.</translation>
    </message>
    <message>
        <source>Measure now to see the effect among those reached.</source>
        <translation>Zmierz teraz, aby zobaczyć efekt wśród osób, do których dotarto.</translation>
    </message>
</context>
<context>
    <name>ChecklistRow</name>
    <message>
        <source>done</source>
        <translation>wykonano</translation>
    </message>
    <message>
        <source>next step</source>
        <translation>następny krok</translation>
    </message>
    <message>
        <source>not done yet</source>
        <translation>jeszcze nie wykonano</translation>
    </message>
</context>
<context>
    <name>ClosedPilotBanner</name>
    <message>
        <source>Pilot closed</source>
        <translation>Pilotaż zamknięty</translation>
    </message>
    <message>
        <source>This pilot was closed on {0}: all its data was erased for good. {1} What remains is the processing log (Privacy → Processing log) and the Art. 30 record (Reports).</source>
        <translation>Ten pilotaż zamknięto {0}: wszystkie jego dane zostały trwale usunięte. {1} Pozostają dziennik przetwarzania (Ochrona danych → Dziennik przetwarzania) i rejestr z art. 30 (Raporty).</translation>
    </message>
</context>
<context>
    <name>CommitStep</name>
    <message>
        <source>&amp;Append to the data already imported (otherwise each imported table replaces the stored table of the same kind)</source>
        <translation>D&amp;ołącz do zaimportowanych danych (inaczej importowana tabela zastąpi zapisaną tabelę tego rodzaju)</translation>
    </message>
    <message>
        <source>What each customer is worth a year: revenue at risk is churn risk times this. A monthly fee or charge counts twelve times.</source>
        <translation>Ile każdy klient jest wart w ciągu roku: zagrożony przychód to ryzyko odejścia pomnożone przez tę wartość. Miesięczny abonament lub opłata liczy się dwanaście razy.</translation>
    </message>
    <message>
        <source>for example EUR</source>
        <translation>na przykład PLN</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importuj</translation>
    </message>
    <message>
        <source>P&amp;urpose (logged):</source>
        <translation>C&amp;el (do dziennika):</translation>
    </message>
    <message>
        <source>Le&amp;gal basis:</source>
        <translation>Podstawa p&amp;rawna:</translation>
    </message>
    <message>
        <source>Customer &amp;value:</source>
        <translation>Wartość &amp;klienta:</translation>
    </message>
    <message>
        <source>C&amp;urrency of amounts:</source>
        <translation>&amp;Waluta kwot:</translation>
    </message>
    <message>
        <source>As set (this import has no customer amounts)</source>
        <translation>Jak ustawiono (ten import nie zawiera kwot klientów)</translation>
    </message>
    <message>
        <source>Found in the data</source>
        <translation>Znaleziona w danych</translation>
    </message>
    <message>
        <source>{0} ({1}, {2} rows)</source>
        <translation>{0} ({1}, wierszy: {2})</translation>
    </message>
    <message>
        <source>kept in the separately encrypted identity table</source>
        <translation>przechowywane w osobno szyfrowanej tabeli tożsamości</translation>
    </message>
    <message>
        <source>dropped</source>
        <translation>pomijane</translation>
    </message>
    <message>
        <source>Ready to import {0}. Customer IDs are replaced by encrypted IDs, names and contact details are {1}, and customers who opted out are removed. Nothing is written until you press Import.</source>
        <translation>Gotowe do importu: {0}. Identyfikatory klientów są zastępowane zaszyfrowanymi identyfikatorami, imiona, nazwiska i dane kontaktowe są {1}, a klienci, którzy wnieśli sprzeciw, są usuwani. Nic nie zostanie zapisane, dopóki nie naciśniesz „Importuj”.</translation>
    </message>
</context>
<context>
    <name>CreatePanel</name>
    <message>
        <source>Project folder</source>
        <translation>Folder projektu</translation>
    </message>
    <message>
        <source>B&amp;rowse…</source>
        <translation>Prze&amp;glądaj…</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Hasło</translation>
    </message>
    <message>
        <source>Repeat passphrase</source>
        <translation>Powtórz hasło</translation>
    </message>
    <message>
        <source>Passphrase strength</source>
        <translation>Siła hasła</translation>
    </message>
    <message>
        <source>&amp;Create project</source>
        <translation>&amp;Utwórz projekt</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Wstecz</translation>
    </message>
    <message>
        <source>Everything in the project folder is encrypted with a key protected by this passphrase. Without it nobody — including us — can read the data. Keep it safe.</source>
        <translation>Wszystko w folderze projektu jest szyfrowane kluczem chronionym tym hasłem. Bez niego nikt — także my — nie odczyta danych. Przechowuj je w bezpiecznym miejscu.</translation>
    </message>
    <message>
        <source>Project &amp;folder:</source>
        <translation>&amp;Folder projektu:</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Hasło:</translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation>Powtó&amp;rz hasło:</translation>
    </message>
    <message>
        <source>Strength:</source>
        <translation>Siła:</translation>
    </message>
    <message>
        <source>Where should the project folder be created?</source>
        <translation>Gdzie utworzyć folder projektu?</translation>
    </message>
    <message>
        <source>very weak</source>
        <translation>bardzo słabe</translation>
    </message>
    <message>
        <source>weak</source>
        <translation>słabe</translation>
    </message>
    <message>
        <source>fair</source>
        <translation>przeciętne</translation>
    </message>
    <message>
        <source>strong</source>
        <translation>silne</translation>
    </message>
    <message>
        <source>very strong</source>
        <translation>bardzo silne</translation>
    </message>
    <message>
        <source>Strength: {0}.</source>
        <translation>Siła: {0}.</translation>
    </message>
    <message>
        <source>Too easy to guess: use at least four ordinary words, or 12+ mixed characters.</source>
        <translation>Zbyt łatwe do odgadnięcia: użyj co najmniej czterech zwykłych słów albo co najmniej 12 znaków różnego rodzaju.</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Wpisane hasła się różnią.</translation>
    </message>
    <message>
        <source>Choose the project folder first.</source>
        <translation>Najpierw wybierz folder projektu.</translation>
    </message>
    <message>
        <source>Creating the project and deriving its key…</source>
        <translation>Tworzenie projektu i wyprowadzanie klucza…</translation>
    </message>
</context>
<context>
    <name>DoneStep</name>
    <message>
        <source>Import &amp;more files</source>
        <translation>Importuj &amp;więcej plików</translation>
    </message>
    <message>
        <source>Go to M&amp;odels to train</source>
        <translation>Przejdź do &amp;modeli, aby je wytrenować</translation>
    </message>
    <message>
        <source>{0}: {1} rows</source>
        <translation>{0} (wierszy: {1})</translation>
    </message>
    <message>
        <source>Imported {0} customers ({1} new). Stored: {2}. {3} rows of customers who opted out were removed. The import is entry {4} of the processing log.</source>
        <translation>Zaimportowano klientów: {0} (nowych: {1}). Zapisano: {2}. Usunięte wiersze klientów, którzy wnieśli sprzeciw: {3}. Import jest wpisem nr {4} w dzienniku przetwarzania.</translation>
    </message>
    <message>
        <source>{0} rows without a customer ID were left out.</source>
        <translation>Pominięto {0} wierszy bez identyfikatora klienta.</translation>
    </message>
    <message>
        <source>{0} tickets name no customer: they feed the support-load forecast only.</source>
        <translation>{0} zgłoszeń nie wskazuje klienta: trafiają tylko do prognozy obciążenia wsparcia.</translation>
    </message>
</context>
<context>
    <name>Drivers</name>
    <message>
        <source>{0} → higher {1} risk</source>
        <translation>{0} → wyższe ryzyko ({1})</translation>
    </message>
    <message>
        <source>Which {0} a customer has changes their {1} risk</source>
        <translation>Wartość {0} klienta wpływa na jego ryzyko ({1})</translation>
    </message>
    <message>
        <source>Customers with {0} &apos;{1}&apos; have the highest {2} risk</source>
        <translation>Klienci z wartością {0} &apos;{1}&apos; mają najwyższe ryzyko ({2})</translation>
    </message>
</context>
<context>
    <name>Evidence</name>
    <message>
        <source>General rule of thumb; not yet measured in this business.</source>
        <translation>Ogólna praktyczna zasada; jeszcze niezmierzona w tej firmie.</translation>
    </message>
    <message>
        <source>Measured in this business (campaign {0}): {1}</source>
        <translation>Zmierzono w tej firmie (kampania {0}): {1}</translation>
    </message>
    <message>
        <source>Tried in campaign {0}: {1} Until then, the general rule of thumb.</source>
        <translation>Wypróbowano w kampanii {0}: {1} Do czasu potwierdzenia obowiązuje ogólna praktyczna zasada.</translation>
    </message>
</context>
<context>
    <name>Features</name>
    <message>
        <source>time as a customer</source>
        <translation>staż klienta</translation>
    </message>
    <message>
        <source>age</source>
        <translation>wiek</translation>
    </message>
    <message>
        <source>days since last activity</source>
        <translation>dni od ostatniej aktywności</translation>
    </message>
    <message>
        <source>days since last product use</source>
        <translation>dni od ostatniego użycia produktu</translation>
    </message>
    <message>
        <source>product use (4 weeks)</source>
        <translation>użycie produktu (4 tygodnie)</translation>
    </message>
    <message>
        <source>product use (12 weeks)</source>
        <translation>użycie produktu (12 tygodni)</translation>
    </message>
    <message>
        <source>usage trend</source>
        <translation>trend użycia</translation>
    </message>
    <message>
        <source>logins (4 weeks)</source>
        <translation>logowania (4 tygodnie)</translation>
    </message>
    <message>
        <source>login trend</source>
        <translation>trend logowań</translation>
    </message>
    <message>
        <source>usage growth (8 weeks)</source>
        <translation>wzrost użycia (8 tygodni)</translation>
    </message>
    <message>
        <source>features used (12 weeks)</source>
        <translation>używane funkcje (12 tygodni)</translation>
    </message>
    <message>
        <source>days since last purchase</source>
        <translation>dni od ostatniego zakupu</translation>
    </message>
    <message>
        <source>purchases (12 weeks)</source>
        <translation>zakupy (12 tygodni)</translation>
    </message>
    <message>
        <source>purchases (52 weeks)</source>
        <translation>zakupy (52 tygodnie)</translation>
    </message>
    <message>
        <source>spend (12 weeks)</source>
        <translation>wydatki (12 tygodni)</translation>
    </message>
    <message>
        <source>spend (52 weeks)</source>
        <translation>wydatki (52 tygodnie)</translation>
    </message>
    <message>
        <source>spend trend</source>
        <translation>trend wydatków</translation>
    </message>
    <message>
        <source>small add-on orders (12 weeks)</source>
        <translation>małe zamówienia uzupełniające (12 tygodni)</translation>
    </message>
    <message>
        <source>small add-on order trend</source>
        <translation>trend małych zamówień uzupełniających</translation>
    </message>
    <message>
        <source>late payments (26 weeks)</source>
        <translation>opóźnione płatności (26 tygodni)</translation>
    </message>
    <message>
        <source>payment delay in days</source>
        <translation>opóźnienie płatności w dniach</translation>
    </message>
    <message>
        <source>overdue invoices</source>
        <translation>zaległe faktury</translation>
    </message>
    <message>
        <source>support tickets (4 weeks)</source>
        <translation>zgłoszenia do wsparcia (4 tygodnie)</translation>
    </message>
    <message>
        <source>support tickets per month</source>
        <translation>zgłoszenia do wsparcia na miesiąc</translation>
    </message>
    <message>
        <source>support ticket trend</source>
        <translation>trend zgłoszeń do wsparcia</translation>
    </message>
    <message>
        <source>open support tickets</source>
        <translation>otwarte zgłoszenia do wsparcia</translation>
    </message>
    <message>
        <source>ticket resolution time in days</source>
        <translation>czas rozwiązania zgłoszenia w dniach</translation>
    </message>
    <message>
        <source>tickets in the first three months</source>
        <translation>zgłoszenia w pierwszych trzech miesiącach</translation>
    </message>
    <message>
        <source>feedback score (12 weeks)</source>
        <translation>ocena zadowolenia (12 tygodni)</translation>
    </message>
    <message>
        <source>feedback score trend</source>
        <translation>trend oceny zadowolenia</translation>
    </message>
    <message>
        <source>chance of still buying (buy-till-you-die)</source>
        <translation>szansa na dalsze zakupy (model buy-till-you-die)</translation>
    </message>
    <message>
        <source>expected purchases (buy-till-you-die)</source>
        <translation>oczekiwane zakupy (model buy-till-you-die)</translation>
    </message>
    <message>
        <source>churn risk</source>
        <translation>ryzyko odejścia</translation>
    </message>
</context>
<context>
    <name>FilesStep</name>
    <message>
        <source>Choose the CRM exports to import — CSV (any delimiter or encoding), Excel workbooks (XLSX) or JSON — or drop them onto this page. Nothing is written to the project until you press Import at the end.</source>
        <translation>Wybierz eksporty z CRM do zaimportowania — CSV (dowolny separator i kodowanie), skoroszyty Excel (XLSX) lub JSON — albo upuść je na tę stronę. Nic nie zostanie zapisane w projekcie, dopóki na końcu nie naciśniesz „Importuj”.</translation>
    </message>
    <message>
        <source>Files to import</source>
        <translation>Pliki do importu</translation>
    </message>
    <message>
        <source>&amp;Add files…</source>
        <translation>Dodaj p&amp;liki…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Usuń</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>W&amp;yczyść</translation>
    </message>
</context>
<context>
    <name>Findings</name>
    <message>
        <source>only {0} customers: predictions need at least {1} (ideally {2}+); per-customer results this small would expose individuals</source>
        <translation>liczba klientów to tylko {0}: prognozy wymagają co najmniej {1} (najlepiej {2}+); przy tak małej liczbie wyniki dla poszczególnych klientów ujawniałyby konkretne osoby</translation>
    </message>
    <message>
        <source>{0} customers: models work best with {1} or more; expect wide uncertainty</source>
        <translation>liczba klientów to {0}: modele działają najlepiej przy {1} lub więcej; licz się z dużą niepewnością</translation>
    </message>
    <message>
        <source>no customer in this file is among the customers already imported: it may come from another system or key customers differently; check that it belongs to this project</source>
        <translation>żaden klient z tego pliku nie występuje wśród już zaimportowanych klientów: plik może pochodzić z innego systemu lub inaczej identyfikować klientów; sprawdź, czy należy do tego projektu</translation>
    </message>
    <message>
        <source>{0} share no customer ID: they cannot be joined and may come from different systems or key customers differently (e-mail in one, customer number in the other); check that they belong together</source>
        <translation>pliki {0} nie mają wspólnych identyfikatorów klientów: nie można ich połączyć i mogą pochodzić z różnych systemów lub inaczej identyfikować klientów (w jednym e-mail, w drugim numer klienta); sprawdź, czy na pewno do siebie pasują</translation>
    </message>
    <message>
        <source>{0} cover periods that do not overlap ({1} … {2} and {3} … {4}): their events cannot describe the same time; check that they belong together</source>
        <translation>pliki {0} obejmują okresy, które się nie pokrywają ({1} … {2} oraz {3} … {4}): ich zdarzenia nie mogą dotyczyć tego samego czasu; sprawdź, czy na pewno do siebie pasują</translation>
    </message>
    <message>
        <source>no dates: this export is a snapshot, so each model is checked on customers it did not learn from, in turns, rather than on a later period</source>
        <translation>brak dat: ten eksport to stan z jednej chwili, więc każdy model jest sprawdzany kolejno na różnych grupach klientów, na których się nie uczył, a nie na późniejszym okresie</translation>
    </message>
    <message>
        <source>history covers {0:.0f} months ({1} … {2}): at least {3} are needed for reliable churn signals</source>
        <translation>historia obejmuje {0:.0f} mies. ({1} … {2}): potrzeba co najmniej {3} mies., aby sygnały odejść były wiarygodne</translation>
    </message>
    <message>
        <source>history covers {0:.0f} months: enough for churn; a seasonal business should provide {1}</source>
        <translation>historia obejmuje {0:.0f} mies.: to wystarczy do prognozy odejść; firma o sezonowej sprzedaży powinna dostarczyć {1} mies. historii</translation>
    </message>
    <message>
        <source>only {0:.1%} of rows are in the rarer label class: the model will have little to learn from</source>
        <translation>tylko {0:.1%} wierszy należy do rzadszej klasy etykiety: model będzie miał niewiele przykładów do nauki</translation>
    </message>
    <message>
        <source>{0} customers in this file are not in the customers file; their rows are kept as customers without master data</source>
        <translation>klienci z tego pliku nieobecni w pliku klientów: {0}; ich wiersze są zachowywane jako klienci bez danych podstawowych</translation>
    </message>
    <message>
        <source>{0} and {1} more</source>
        <translation>{0} i jeszcze {1}</translation>
    </message>
    <message>
        <source>cells start with =, +, - or @, which a spreadsheet would run as a formula; they are imported as plain text and exports mark them as text. Check the file if you did not expect formulas</source>
        <translation>komórki zaczynają się od =, +, - lub @, co arkusz kalkulacyjny wykonałby jako formułę; są importowane jako zwykły tekst, a eksporty oznaczają je jako tekst. Sprawdź plik, jeśli nie powinno w nim być formuł</translation>
    </message>
    <message>
        <source>no customer column: its {0} tickets feed the support-load forecast and ticket volume views only, not any customer&apos;s features or risk. If a column does name the customer, give it the customer ID role</source>
        <translation>brak kolumny klienta: zgłoszenia z tego pliku (łącznie {0}) trafiają tylko do prognozy obciążenia wsparcia i widoków liczby zgłoszeń, nie do cech ani ryzyka żadnego klienta. Jeśli któraś kolumna wskazuje klienta, nadaj jej rolę identyfikatora klienta</translation>
    </message>
    <message>
        <source>no column is mapped as the customer ID; tables can only be joined by one</source>
        <translation>żadna kolumna nie jest zmapowana jako identyfikator klienta; tabele można połączyć tylko za jego pomocą</translation>
    </message>
    <message>
        <source>{0} of {1} rows ({2:.1%}) have no customer ID (guest orders, or rows not linked to a customer). Leave them out, or fill the IDs in</source>
        <translation>{0} z {1} wierszy ({2:.1%}) nie ma identyfikatora klienta (zamówienia gości lub wiersze niepowiązane z klientem). Pomiń je albo uzupełnij identyfikatory</translation>
    </message>
    <message>
        <source>no column holds a customer number, so the e-mail address is taken as the customer: each address is linked to the customer who has it in the other files or in the project (letter case aside), and an address nobody has is a customer of its own. If a column does hold the customer number, give it the customer ID role</source>
        <translation>żadna kolumna nie zawiera numeru klienta, więc klientem jest adres e-mail: każdy adres zostaje powiązany z klientem, który ma go w pozostałych plikach lub w projekcie (bez względu na wielkość liter), a adres, którego nikt nie ma, jest osobnym klientem. Jeśli któraś kolumna jednak zawiera numer klienta, nadaj jej rolę identyfikatora klienta</translation>
    </message>
    <message>
        <source>the customer IDs are e-mail addresses, some written with capitals: they are taken in lower case, so that an address typed two ways is one customer</source>
        <translation>identyfikatory klientów to adresy e-mail, niektóre zapisane wielkimi literami: są przyjmowane małymi literami, aby adres wpisany na dwa sposoby był jednym klientem</translation>
    </message>
    <message>
        <source>the customer ID contains invisible, control or non-breaking space characters; remove them so that the ID matches in every file</source>
        <translation>identyfikator klienta zawiera znaki niewidoczne, sterujące lub spacje nierozdzielające; usuń je, aby identyfikator był zgodny we wszystkich plikach</translation>
    </message>
    <message>
        <source>the row is associated with several customers (IDs separated by &apos;;&apos;); export one association per row, or keep one customer per row</source>
        <translation>wiersz jest powiązany z kilkoma klientami (identyfikatory rozdzielone znakiem &apos;;&apos;); eksportuj jedno powiązanie na wiersz albo zachowaj jednego klienta na wiersz</translation>
    </message>
    <message>
        <source>no date format fits this column&apos;s values; map it as category or text instead</source>
        <translation>żaden format daty nie pasuje do wartości tej kolumny; zamiast tego zmapuj ją jako kategorię lub tekst</translation>
    </message>
    <message>
        <source>no number format fits this column&apos;s values; map it as category or text instead</source>
        <translation>żaden format liczby nie pasuje do wartości tej kolumny; zamiast tego zmapuj ją jako kategorię lub tekst</translation>
    </message>
    <message>
        <source>the date format is ambiguous: read as {0}; if that is wrong, set the format</source>
        <translation>format daty jest niejednoznaczny: odczytano go jako {0}; jeśli to błąd, ustaw format</translation>
    </message>
    <message>
        <source>the number format is ambiguous: read as {0}; if that is wrong, set the format</source>
        <translation>format liczby jest niejednoznaczny: odczytano go jako {0}; jeśli to błąd, ustaw format</translation>
    </message>
    <message>
        <source>values are not a date like {0}; fix them in the file, or map the column differently</source>
        <translation>wartości nie są datami w postaci {0}; popraw je w pliku albo zmapuj kolumnę inaczej</translation>
    </message>
    <message>
        <source>values are not a number ({0}); fix them in the file, or map the column differently</source>
        <translation>wartości nie są liczbami ({0}); popraw je w pliku albo zmapuj kolumnę inaczej</translation>
    </message>
    <message>
        <source>values are not a plausible number ({0}); fix them in the file, or map the column differently</source>
        <translation>wartości nie są wiarygodnymi liczbami ({0}); popraw je w pliku albo zmapuj kolumnę inaczej</translation>
    </message>
    <message>
        <source>values are not yes/no, true/false or 1/0; fix them in the file, or map the column differently</source>
        <translation>wartości nie mają postaci tak/nie, prawda/fałsz ani 1/0; popraw je w pliku albo zmapuj kolumnę inaczej</translation>
    </message>
    <message>
        <source>looks like GDPR Art. 9 special-category data ({0}); it is refused unless you record the customers&apos; explicit consent to processing it, or leave the column out</source>
        <translation>wygląda na szczególną kategorię danych osobowych w rozumieniu art. 9 RODO ({0}); te dane zostaną odrzucone, chyba że odnotujesz wyraźną zgodę klientów na ich przetwarzanie lub pominiesz tę kolumnę</translation>
    </message>
    <message>
        <source>this column name is reserved by Prevista; rename it</source>
        <translation>ta nazwa kolumny jest zarezerwowana w programie Prevista; zmień ją</translation>
    </message>
    <message>
        <source>{0} of {1} rows have no customer ID (guest orders, or rows not linked to a customer): left out as you chose; they are not stored</source>
        <translation>{0} z {1} wierszy nie ma identyfikatora klienta (zamówienia gości lub wiersze niepowiązane z klientem): pominięto je zgodnie z Twoim wyborem; nie są zapisywane</translation>
    </message>
    <message>
        <source>{0} lines had this field empty and took the value the other lines of their order hold (order numbers in &apos;{1}&apos;), as a shop system writes an order&apos;s own fields on its first line only; check that they belong to it</source>
        <translation>pozycje z pustym polem przejęły wartość z pozostałych pozycji swojego zamówienia (pozycji: {0}; numery zamówień w &apos;{1}&apos;), bo system sklepu zapisuje dane zamówienia tylko w jego pierwszym wierszu; sprawdź, czy do niego należą</translation>
    </message>
    <message>
        <source>{0} of {1} rows ({2:.1%}) share one customer ID that reads as a guest or as nobody (such as 0 or &apos;guest&apos;) and stands on far more rows than any customer: taken as rows without a customer ID, not as one customer</source>
        <translation>{0} z {1} wierszy ({2:.1%}) ma wspólny identyfikator klienta, który oznacza gościa lub nikogo (np. 0 albo &apos;guest&apos;) i występuje w znacznie większej liczbie wierszy niż u jakiegokolwiek klienta: potraktowano je jako wiersze bez identyfikatora klienta, a nie jako jednego klienta</translation>
    </message>
    <message>
        <source>line value = {0} (the unit price alone is not what a line is worth); it is used for spend and revenue at risk</source>
        <translation>wartość wiersza = {0} (sama cena jednostkowa nie jest tym, ile wart jest wiersz); służy do wydatków i zagrożonych przychodów</translation>
    </message>
    <message>
        <source>holds each order&apos;s amount on every line of the order (the same value on the lines of {0} orders of several lines): summed over its lines, an order would count once per line; a line is worth {1} instead</source>
        <translation>zawiera kwotę całego zamówienia w każdym jego wierszu (ta sama wartość w wierszach {0} zamówień z kilkoma wierszami): zsumowane po wierszach, zamówienie liczyłoby się raz na wiersz; zamiast tego wiersz jest wart {1}</translation>
    </message>
    <message>
        <source>holds each order&apos;s amount on every line of the order (the same value on the lines of {0} orders of several lines): summed over its lines, an order would count once per line; it is counted once per order instead</source>
        <translation>zawiera kwotę całego zamówienia w każdym jego wierszu (ta sama wartość w wierszach {0} zamówień z kilkoma wierszami): zsumowane po wierszach, zamówienie liczyłoby się raz na wiersz; zamiast tego jest liczona raz na zamówienie</translation>
    </message>
    <message>
        <source>names {0} currencies: the amounts in &apos;{1}&apos; would be added up as if they were one; convert them to one currency before exporting, or import one currency&apos;s rows at a time</source>
        <translation>podaje {0} waluty: kwoty w &apos;{1}&apos; zostałyby zsumowane, jakby były w jednej; przelicz je na jedną walutę przed eksportem albo importuj wiersze każdej waluty osobno</translation>
    </message>
    <message>
        <source>{0} lines grouped into {1} orders by their order number: purchases count orders, not lines</source>
        <translation>pozycje zgrupowane według numeru zamówienia (pozycji: {0}, zamówień: {1}): zakupy są liczone jako zamówienia, a nie pozycje</translation>
    </message>
    <message>
        <source>{0} cancellation or return lines ({1}): netted out of spend, not counted as purchases or as activity</source>
        <translation>pozycje anulowań lub zwrotów (łącznie {0}; {1}): odjęte od wydatków, nie są liczone jako zakupy ani jako aktywność</translation>
    </message>
    <message>
        <source>{0} lines have a negative amount: too many to be refunds, so they are read as ordinary lines, not as cancellations</source>
        <translation>pozycje z ujemną kwotą (łącznie {0}): jest ich zbyt wiele, by mogły być zwrotami, więc są traktowane jako zwykłe pozycje, a nie anulowania</translation>
    </message>
    <message>
        <source>{0} lines sell no product (postage, fees, manual adjustments, discounts; found in {1}): not counted as purchases, spend or activity</source>
        <translation>pozycje niebędące sprzedażą produktu (łącznie {0}; wysyłka, opłaty, ręczne korekty, rabaty; wykryte w {1}): nie są liczone jako zakupy, wydatki ani aktywność</translation>
    </message>
    <message>
        <source>exact duplicate rows will be imported once</source>
        <translation>identyczne, zduplikowane wiersze zostaną zaimportowane tylko raz</translation>
    </message>
    <message>
        <source>the same customer ID appears on rows with different values; keep one row per customer</source>
        <translation>ten sam identyfikator klienta występuje w wierszach o różnych wartościach; zachowaj jeden wiersz na klienta</translation>
    </message>
    <message>
        <source>line {0}</source>
        <translation>linia {0}</translation>
    </message>
    <message>
        <source>record {0}</source>
        <translation>rekord {0}</translation>
    </message>
    <message>
        <source>{0}!row {1}</source>
        <translation>{0}!wiersz {1}</translation>
    </message>
    <message>
        <source>{0} of {1} e-mail addresses belong to customers known by their customer number (in the other files or in the project) and stand for them; the other {2} are customers of their own</source>
        <translation>{0} z {1} adresów e-mail należy do klientów znanych z numeru klienta (w pozostałych plikach lub w projekcie) i oznacza tych klientów; pozostałe {2} to osobni klienci</translation>
    </message>
</context>
<context>
    <name>Forecast</name>
    <message>
        <source>The forecast starts after the week of {0}, the last complete one: tickets come on {1}, and the data runs to {2}.</source>
        <translation>Prognoza zaczyna się po tygodniu od {0}, ostatnim pełnym tygodniu: zgłoszenia wpływają w dni: {1}, a dane sięgają do {2}.</translation>
    </message>
    <message>
        <source>Only {0} complete weeks of history: the methods were tested on forecasts {1} weeks ahead instead of {2}, so the quality figures are rough.</source>
        <translation>Tylko {0} pełnych tyg. historii: metody przetestowano na prognozach o {1} tyg. naprzód zamiast {2}, więc wskaźniki jakości są przybliżone.</translation>
    </message>
    <message>
        <source>The methods could be tested from only {0} past point(s) in time; the band rests on few errors and may be too narrow.</source>
        <translation>Metody można było przetestować tylko z {0} wcześniejszych momentów; przedział opiera się na niewielu błędach i może być zbyt wąski.</translation>
    </message>
    <message>
        <source>The band and the error to expect come from the {0} backtest forecasts made since the change in level.</source>
        <translation>Przedział i spodziewane odchylenie opierają się na {0} prognozach testu wstecznego wykonanych od zmiany poziomu.</translation>
    </message>
    <message>
        <source>The ticket forecast needs at least {0} complete weeks of tickets; the data has {1}.</source>
        <translation>Prognoza zgłoszeń wymaga co najmniej {0} pełnych tyg. zgłoszeń; dane obejmują {1}.</translation>
    </message>
    <message>
        <source>Less than two years of history: a yearly season can be followed only roughly, or not at all.</source>
        <translation>Historia krótsza niż dwa lata: sezonowość roczną można uwzględnić tylko w przybliżeniu albo wcale.</translation>
    </message>
    <message>
        <source>mean of the last 4 weeks</source>
        <translation>średnia z ostatnich 4 tygodni</translation>
    </message>
    <message>
        <source>same week last year</source>
        <translation>ten sam tydzień rok temu</translation>
    </message>
    <message>
        <source>damped-trend exponential smoothing</source>
        <translation>wygładzanie wykładnicze z tłumionym trendem</translation>
    </message>
    <message>
        <source>seasonal exponential smoothing</source>
        <translation>sezonowe wygładzanie wykładnicze</translation>
    </message>
    <message>
        <source>Poisson trend and season</source>
        <translation>trend i sezonowość Poissona</translation>
    </message>
    <message>
        <source>Volume dropped by about {0:.0%} from the week of {1} (about {2:.0f} tickets a week before, {3:.0f} since); the forecast uses the {4} weeks since.</source>
        <translation>Liczba zgłoszeń spadła o około {0:.0%} od tygodnia od {1} (wcześniej około {2:.0f} zgłoszeń tygodniowo, od tego czasu {3:.0f}); prognoza wykorzystuje {4} tyg. od tego momentu.</translation>
    </message>
    <message>
        <source>Volume rose by about {0:.0%} from the week of {1} (about {2:.0f} tickets a week before, {3:.0f} since); the forecast uses the {4} weeks since.</source>
        <translation>Liczba zgłoszeń wzrosła o około {0:.0%} od tygodnia od {1} (wcześniej około {2:.0f} zgłoszeń tygodniowo, od tego czasu {3:.0f}); prognoza wykorzystuje {4} tyg. od tego momentu.</translation>
    </message>
    <message>
        <source>Volume dropped by about {0:.0%} from the week of {1} (about {2:.0f} tickets a week before, {3:.0f} since); the forecast follows the new level, weighing the {4} weeks since the most.</source>
        <translation>Liczba zgłoszeń spadła o około {0:.0%} od tygodnia od {1} (wcześniej około {2:.0f} zgłoszeń tygodniowo, od tego czasu {3:.0f}); prognoza podąża za nowym poziomem, przypisując największą wagę {4} tyg. od tego momentu.</translation>
    </message>
    <message>
        <source>Volume rose by about {0:.0%} from the week of {1} (about {2:.0f} tickets a week before, {3:.0f} since); the forecast follows the new level, weighing the {4} weeks since the most.</source>
        <translation>Liczba zgłoszeń wzrosła o około {0:.0%} od tygodnia od {1} (wcześniej około {2:.0f} zgłoszeń tygodniowo, od tego czasu {3:.0f}); prognoza podąża za nowym poziomem, przypisując największą wagę {4} tyg. od tego momentu.</translation>
    </message>
    <message>
        <source>withheld: customers whose tickets it counted have since been excluded (opt-out, erasure or retention cleanup); it is recomputed at the next training or forecast refresh</source>
        <translation>ukryte: klienci, których zgłoszenia zostały uwzględnione, zostali od tego czasu wykluczeni (sprzeciw, usunięcie lub czyszczenie po okresie przechowywania); wartość zostanie przeliczona przy następnym trenowaniu lub odświeżeniu prognozy</translation>
    </message>
</context>
<context>
    <name>ForecastPage</name>
    <message>
        <source> weeks</source>
        <translation> tyg.</translation>
    </message>
    <message>
        <source>&amp;Forecast the next:</source>
        <translation>Prognoza na &amp;kolejne:</translation>
    </message>
    <message>
        <source>&amp;Refresh forecast</source>
        <translation>&amp;Odśwież prognozę</translation>
    </message>
    <message>
        <source>Support tickets per week: history and forecast</source>
        <translation>Zgłoszenia serwisowe tygodniowo: historia i prognoza</translation>
    </message>
    <message>
        <source>Week of</source>
        <translation>Tydzień od</translation>
    </message>
    <message>
        <source>Expected tickets</source>
        <translation>Oczekiwane zgłoszenia</translation>
    </message>
    <message>
        <source>At least</source>
        <translation>Co najmniej</translation>
    </message>
    <message>
        <source>At most</source>
        <translation>Co najwyżej</translation>
    </message>
    <message>
        <source>At least (95 %)</source>
        <translation>Co najmniej (95 %)</translation>
    </message>
    <message>
        <source>At most (95 %)</source>
        <translation>Co najwyżej (95 %)</translation>
    </message>
    <message>
        <source>Forecast per week</source>
        <translation>Prognoza tygodniowa</translation>
    </message>
    <message>
        <source> min a ticket</source>
        <translation> min na zgłoszenie</translation>
    </message>
    <message>
        <source> h a week</source>
        <translation> godz. tygodniowo</translation>
    </message>
    <message>
        <source>&amp;Handling time:</source>
        <translation>&amp;Czas obsługi:</translation>
    </message>
    <message>
        <source>Ticket hours per &amp;agent:</source>
        <translation>Godziny zgłoszeń na &amp;agenta:</translation>
    </message>
    <message>
        <source>There are no tickets left to forecast from.</source>
        <translation>Nie pozostały żadne zgłoszenia, na podstawie których można by przygotować prognozę.</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>Prognoza</translation>
    </message>
    <message>
        <source>Enter the handling time of a ticket and the hours an agent spends on tickets in a week to see the agents needed per week.</source>
        <translation>Wpisz czas obsługi zgłoszenia i liczbę godzin, które agent poświęca na zgłoszenia w tygodniu, aby zobaczyć potrzebną liczbę agentów na tydzień.</translation>
    </message>
    <message>
        <source>Week of {0}: {1:.1f} agents; a busy week (top of the {2:.0%} band) needs {3}.</source>
        <translation>Tydzień od {0}: {1:.1f} agentów; pracowity tydzień (górna granica przedziału {2:.0%}) wymaga {3}.</translation>
    </message>
    <message>
        <source>No stored forecast: {0}</source>
        <translation>Brak zapisanej prognozy: {0}</translation>
    </message>
    <message>
        <source>No stored forecast yet. Training makes one; Refresh computes one now from the imported tickets.</source>
        <translation>Brak zapisanej prognozy. Trenowanie modeli tworzy prognozę; „Odśwież prognozę” oblicza ją teraz na podstawie zaimportowanych zgłoszeń.</translation>
    </message>
    <message>
        <source>Forecast made at training.</source>
        <translation>Prognoza utworzona podczas trenowania.</translation>
    </message>
    <message>
        <source>Forecasting support tickets</source>
        <translation>Prognozowanie zgłoszeń serwisowych</translation>
    </message>
    <message>
        <source>Fresh forecast (logged).</source>
        <translation>Nowa prognoza (odnotowana w dzienniku).</translation>
    </message>
    <message>
        <source>Support tickets, next {0} weeks: about {1:,.0f} expected ({2}; forecasting {3} weeks ahead from past points in time, it was off by {4:.1f} tickets a week on average against {5:.1f} for the best other method, {6}). The band holds {7:.0%} of likely outcomes.</source>
        <translation>Zgłoszenia do wsparcia, następne {0} tygodni: około {1:,.0f} oczekiwanych ({2}; prognozując {3} tygodni naprzód z wcześniejszych momentów, mylił się średnio o {4:.1f} zgłoszeń tygodniowo wobec {5:.1f} dla najlepszej innej metody, {6}). Przedział obejmuje {7:.0%} prawdopodobnych wyników.</translation>
    </message>
    <message>
        <source>Expect it to be off by about {0:.1f} tickets a week. In the backtest the {1:.0%} band held {2:.0%} of the weeks (the 95 % band {3:.0%}) and was about {4:.0f} tickets wide.</source>
        <translation>Spodziewaj się odchylenia o około {0:.1f} zgłoszeń tygodniowo. W teście wstecznym przedział {1:.0%} objął {2:.0%} tygodni (przedział 95 %: {3:.0%}) i miał szerokość około {4:.0f} zgłoszeń.</translation>
    </message>
    <message>
        <source>Backtest error per method, tickets a week: {0}.</source>
        <translation>Błąd testu wstecznego według metody, zgłoszeń tygodniowo: {0}.</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>poniedziałek</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>wtorek</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>środa</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>czwartek</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>piątek</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>sobota</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>niedziela</translation>
    </message>
    <message>
        <source>Share of a week&apos;s tickets per working day: {0}.</source>
        <translation>Udział zgłoszeń tygodnia według dnia roboczego: {0}.</translation>
    </message>
    <message>
        <source>Tickets per week</source>
        <translation>Zgłoszenia tygodniowo</translation>
    </message>
    <message>
        <source>{0:.0%} interval</source>
        <translation>Przedział {0:.0%}</translation>
    </message>
    <message>
        <source>Support tickets per week</source>
        <translation>Zgłoszenia serwisowe tygodniowo</translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation>Zgłoszenia</translation>
    </message>
    <message>
        <source>{0} weeks of history, then {1} forecast weeks; the forecast values are listed in the table.</source>
        <translation>Historia: {0} tyg., następnie prognoza: {1} tyg.; prognozowane wartości podano w tabeli.</translation>
    </message>
</context>
<context>
    <name>Glossary</name>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>A group of customers who behave alike. A segment is only shown when it has at least the smallest group size (k) of customers.</source>
        <translation>Grupa klientów, którzy zachowują się podobnie. Segment jest pokazywany tylko wtedy, gdy liczy co najmniej minimalną wielkość grupy (k).</translation>
    </message>
    <message>
        <source>Churn risk</source>
        <translation>Ryzyko odejścia</translation>
    </message>
    <message>
        <source>The chance, estimated by the model, that a customer stops buying or cancels within the outcome horizon. For a segment it is the average of its customers.</source>
        <translation>Oszacowane przez model prawdopodobieństwo, że klient przestanie kupować lub zrezygnuje w horyzoncie wyniku. Dla segmentu jest to średnia z jego klientów.</translation>
    </message>
    <message>
        <source>Expected churners</source>
        <translation>Oczekiwane odejścia</translation>
    </message>
    <message>
        <source>How many customers of a segment are likely to leave: their churn risks added up. It is an estimate for the group, not a list of people.</source>
        <translation>Ilu klientów z segmentu prawdopodobnie odejdzie: suma ich ryzyk odejścia. To szacunek dla grupy, a nie lista osób.</translation>
    </message>
    <message>
        <source>Revenue at risk</source>
        <translation>Zagrożony przychód</translation>
    </message>
    <message>
        <source>The yearly value of the customers likely to leave: each customer&apos;s spend or fee times their churn risk, added up. Without a value (spend, fee, balance) in the data it cannot be computed and shows a dash.</source>
        <translation>Roczna wartość klientów, którzy prawdopodobnie odejdą: suma wydatków lub opłat każdego klienta pomnożonych przez jego ryzyko odejścia. Bez wartości w danych (wydatków, opłaty, salda) nie da się go obliczyć i wyświetlana jest kreska.</translation>
    </message>
    <message>
        <source>Purchase propensity</source>
        <translation>Skłonność do zakupu</translation>
    </message>
    <message>
        <source>The chance that a customer buys again within the outcome horizon. Customers with a high propensity are the likeliest to respond to an offer.</source>
        <translation>Prawdopodobieństwo, że klient ponownie dokona zakupu w horyzoncie wyniku. Klienci o wysokiej skłonności najchętniej reagują na ofertę.</translation>
    </message>
    <message>
        <source>Forecast tickets</source>
        <translation>Prognozowane zgłoszenia</translation>
    </message>
    <message>
        <source>The support tickets the customers of a segment are expected to open in the forecast period.</source>
        <translation>Zgłoszenia serwisowe, które według prognozy złożą klienci z segmentu w prognozowanym okresie.</translation>
    </message>
    <message>
        <source>Still active (buy-till-you-die)</source>
        <translation>Nadal aktywni (buy-till-you-die)</translation>
    </message>
    <message>
        <source>For shops without subscriptions: from how often and how recently each customer bought, a classic model estimates the chance that they are still a customer and how many repeat purchases to expect.</source>
        <translation>Dla sklepów bez subskrypcji: na podstawie tego, jak często i jak niedawno każdy klient kupował, klasyczny model szacuje prawdopodobieństwo, że nadal jest klientem, oraz ile ponownych zakupów można oczekiwać.</translation>
    </message>
    <message>
        <source>Outcome horizon</source>
        <translation>Horyzont wyniku</translation>
    </message>
    <message>
        <source>The period after the cut-off date in which a customer counts as lost or as a buyer, for example 90 days.</source>
        <translation>Okres po dacie granicznej, w którym klient jest liczony jako utracony lub jako kupujący, na przykład 90 dni.</translation>
    </message>
    <message>
        <source>Drivers</source>
        <translation>Czynniki wpływu</translation>
    </message>
    <message>
        <source>The customer traits that move the model&apos;s estimate most, such as fewer orders lately. They explain a prediction; they do not prove a cause.</source>
        <translation>Cechy klientów, które najbardziej zmieniają oszacowanie modelu, na przykład mniejsza liczba zamówień w ostatnim czasie. Wyjaśniają prognozę, ale nie dowodzą przyczyny.</translation>
    </message>
    <message>
        <source>Held-out data</source>
        <translation>Odłożone dane testowe</translation>
    </message>
    <message>
        <source>Customers or a later period kept aside during training and used only to measure the model: a fair test of how it does on customers it has never seen.</source>
        <translation>Klienci lub późniejszy okres odłożeni na bok podczas trenowania i używani tylko do pomiaru modelu: uczciwy test tego, jak model radzi sobie z klientami, których nigdy nie widział.</translation>
    </message>
    <message>
        <source>Baseline (reference model)</source>
        <translation>Model bazowy (model odniesienia)</translation>
    </message>
    <message>
        <source>A deliberately simple way to predict, measured the same way as the model. The model is only worth using where it clearly beats its baselines.</source>
        <translation>Celowo prosty sposób prognozowania, mierzony tak samo jak model. Model warto stosować tylko tam, gdzie wyraźnie wypada lepiej niż modele bazowe.</translation>
    </message>
    <message>
        <source>ROC AUC</source>
        <translation>ROC AUC</translation>
    </message>
    <message>
        <source>How well the model ranks customers who leave above customers who stay: 0.5 is guessing, 1 is perfect; real churn models reach about 0.7 to 0.85.</source>
        <translation>Jak dobrze model stawia klientów, którzy odchodzą, wyżej niż tych, którzy zostają: 0,5 to zgadywanie, 1 to ideał; rzeczywiste modele odejść osiągają około 0,7–0,85.</translation>
    </message>
    <message>
        <source>PR AUC</source>
        <translation>PR AUC</translation>
    </message>
    <message>
        <source>How many of the model&apos;s top picks really leave, over lists of every length; higher is better. It matters most when few customers leave.</source>
        <translation>Ilu spośród klientów wskazanych przez model na początku listy naprawdę odchodzi, dla list każdej długości; im wyżej, tym lepiej. Ma to największe znaczenie, gdy odchodzi niewielu klientów.</translation>
    </message>
    <message>
        <source>Brier score</source>
        <translation>Wynik Briera</translation>
    </message>
    <message>
        <source>The average squared gap between the predicted chances and what happened; lower is better.</source>
        <translation>Średni kwadrat różnicy między przewidywanym prawdopodobieństwem a tym, co się wydarzyło; im niżej, tym lepiej.</translation>
    </message>
    <message>
        <source>Lift</source>
        <translation>Lift</translation>
    </message>
    <message>
        <source>How many times more churners a list chosen by the model holds than a list of the same length chosen at random. Top-decile lift compares the 10 % with the highest risk.</source>
        <translation>Ile razy więcej odchodzących klientów zawiera lista wybrana przez model niż lista tej samej długości wybrana losowo. Lift w górnym decylu porównuje 10 % klientów o najwyższym ryzyku.</translation>
    </message>
    <message>
        <source>Calibration</source>
        <translation>Kalibracja</translation>
    </message>
    <message>
        <source>Whether the predicted chances come true: of the customers given a 20 % risk, about 20 % should leave. The calibration chart sets predicted against observed rates.</source>
        <translation>Czy przewidywane prawdopodobieństwa się sprawdzają: spośród klientów z ryzykiem 20 % powinno odejść około 20 %. Wykres kalibracji zestawia przewidywane odsetki z zaobserwowanymi.</translation>
    </message>
    <message>
        <source>95 % range</source>
        <translation>Zakres 95 %</translation>
    </message>
    <message>
        <source>The span that holds a quality measure in 95 % of resamples of the held-out customers. The wider it is, the less certain the measure.</source>
        <translation>Przedział, w którym miara jakości mieści się w 95 % losowań spośród odłożonych klientów. Im jest szerszy, tym mniej pewna jest miara.</translation>
    </message>
    <message>
        <source>Shift (PSI)</source>
        <translation>Przesunięcie (PSI)</translation>
    </message>
    <message>
        <source>How much today&apos;s customers differ from those the model learnt from. A large shift means the model should be retrained.</source>
        <translation>Jak bardzo obecni klienci różnią się od tych, na których uczył się model. Duże przesunięcie oznacza, że model należy wytrenować ponownie.</translation>
    </message>
    <message>
        <source>Control group (held back)</source>
        <translation>Grupa kontrolna (wydzielona)</translation>
    </message>
    <message>
        <source>Customers of a campaign chosen at random and deliberately not acted on. Comparing them with the treated customers shows what the action itself changed.</source>
        <translation>Losowo wybrani klienci kampanii, wobec których celowo nie podejmuje się działania. Porównanie ich z grupą testową pokazuje, co zmieniło samo działanie.</translation>
    </message>
    <message>
        <source>Treated</source>
        <translation>Grupa testowa</translation>
    </message>
    <message>
        <source>The customers of a campaign who are acted on (called, mailed, offered a discount).</source>
        <translation>Klienci kampanii, wobec których podejmuje się działanie (telefon, wiadomość, oferta rabatu).</translation>
    </message>
    <message>
        <source>Uplift (difference)</source>
        <translation>Uplift (różnica)</translation>
    </message>
    <message>
        <source>The difference in an outcome between treated and held-back customers: the effect of the action beyond what would have happened anyway.</source>
        <translation>Różnica w wyniku między grupą testową a grupą kontrolną: efekt działania ponad to, co i tak by się wydarzyło.</translation>
    </message>
    <message>
        <source>Interval (90 %)</source>
        <translation>Przedział (90 %)</translation>
    </message>
    <message>
        <source>The range that holds the true value with the stated confidence, usually 90 %; the wider, the less certain. A campaign interval that includes zero means the action may have changed nothing.</source>
        <translation>Zakres, który zawiera prawdziwą wartość z podaną pewnością, zwykle 90 %; im szerszy, tym mniej pewny. Przedział kampanii obejmujący zero oznacza, że działanie mogło niczego nie zmienić.</translation>
    </message>
    <message>
        <source>Backtest</source>
        <translation>Test wsteczny</translation>
    </message>
    <message>
        <source>Testing a forecast on past weeks as if they were the future: each method forecasts them from the weeks before, and the result is compared with what really happened.</source>
        <translation>Sprawdzanie prognozy na minionych tygodniach tak, jakby były przyszłością: każda metoda prognozuje je na podstawie wcześniejszych tygodni, a wynik porównuje się z tym, co naprawdę się wydarzyło.</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>Pokrycie</translation>
    </message>
    <message>
        <source>How often the real value fell inside the forecast&apos;s interval in the backtest. For a 90 % interval about 90 % is right; much less means the interval is too narrow.</source>
        <translation>Jak często w teście wstecznym prawdziwa wartość mieściła się w przedziale prognozy. Dla przedziału 90 % właściwe jest około 90 %; znacznie mniej oznacza, że przedział jest zbyt wąski.</translation>
    </message>
    <message>
        <source>Smallest group (k)</source>
        <translation>Minimalna wielkość grupy (k)</translation>
    </message>
    <message>
        <source>The fewest customers any group shown or exported may have. Smaller groups are withheld, so that no figure describes a single recognisable person.</source>
        <translation>Najmniejsza liczba klientów, jaką może mieć każda pokazywana lub eksportowana grupa. Mniejsze grupy są ukrywane, aby żadna liczba nie opisywała jednej rozpoznawalnej osoby.</translation>
    </message>
    <message>
        <source>Encrypted ID (pseudonymisation)</source>
        <translation>Zaszyfrowany identyfikator (pseudonimizacja)</translation>
    </message>
    <message>
        <source>Customer numbers are replaced by encrypted IDs before anything is stored, and names and contact details are dropped unless you choose to keep them. Without the passphrase nobody can trace the data to a person.</source>
        <translation>Numery klientów są zastępowane zaszyfrowanymi identyfikatorami, zanim cokolwiek zostanie zapisane, a imiona, nazwiska i dane kontaktowe są pomijane, chyba że zdecydujesz się je zachować. Bez hasła nikt nie powiąże danych z konkretną osobą.</translation>
    </message>
    <message>
        <source>Opt-out (objection)</source>
        <translation>Sprzeciw (opt-out)</translation>
    </message>
    <message>
        <source>A customer&apos;s objection to being analysed or contacted. Their data is removed, and their encrypted ID stays on the opt-out register so that no later import can bring them back.</source>
        <translation>Sprzeciw klienta wobec analizowania jego danych lub kontaktowania się z nim. Jego dane są usuwane, a jego zaszyfrowany identyfikator pozostaje w rejestrze sprzeciwów, aby żaden późniejszy import nie przywrócił tych danych.</translation>
    </message>
    <message>
        <source>Retention deadline</source>
        <translation>Termin przechowywania</translation>
    </message>
    <message>
        <source>How long each kind of data may be kept. Data past its deadline must be deleted: the Privacy screen shows what is due and deletes it in a cleanup.</source>
        <translation>Jak długo można przechowywać każdy rodzaj danych. Dane po terminie trzeba usunąć: ekran Ochrona danych pokazuje, co należy usunąć, i usuwa to podczas czyszczenia.</translation>
    </message>
    <message>
        <source>Processing log</source>
        <translation>Dziennik przetwarzania</translation>
    </message>
    <message>
        <source>A signed record of every processing step (imports, training, exports, deletions) that holds no personal data. Your data protection officer can check it without the passphrase.</source>
        <translation>Podpisany zapis każdej czynności przetwarzania (importów, trenowania, eksportów, usunięć), który nie zawiera danych osobowych. Twój inspektor ochrony danych może go sprawdzić bez hasła.</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Odcisk klucza</translation>
    </message>
    <message>
        <source>A short code computed from the log&apos;s public key. If it matches the one your data protection officer noted, the log was signed by this project and not by someone else.</source>
        <translation>Krótki kod obliczony z klucza publicznego dziennika. Jeśli zgadza się z tym, który zanotował Twój inspektor ochrony danych, dziennik podpisał ten projekt, a nie ktoś inny.</translation>
    </message>
    <message>
        <source>Checkpoint</source>
        <translation>Punkt kontrolny</translation>
    </message>
    <message>
        <source>The log&apos;s latest entry as your data protection officer last saw it. Checking the log against it later shows whether any entry was removed or rewritten since.</source>
        <translation>Ostatni wpis dziennika w postaci, w jakiej ostatnio widział go Twój inspektor ochrony danych. Późniejsze sprawdzenie dziennika względem niego pokazuje, czy od tego czasu jakiś wpis usunięto lub zmieniono.</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Cel</translation>
    </message>
    <message>
        <source>What the data is processed for. It is recorded with every step, and the data may only be used for it.</source>
        <translation>W jakim celu dane są przetwarzane. Cel jest zapisywany przy każdej czynności, a dane można wykorzystywać tylko do niego.</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Podstawa prawna</translation>
    </message>
    <message>
        <source>The reason under data protection law that allows the processing, such as legitimate interest. It is recorded with every import.</source>
        <translation>Wynikająca z przepisów o ochronie danych przyczyna, która pozwala na przetwarzanie, na przykład prawnie uzasadniony interes. Jest zapisywana przy każdym imporcie.</translation>
    </message>
    <message>
        <source>KPI baseline</source>
        <translation>Wartości bazowe KPI</translation>
    </message>
    <message>
        <source>The key figures recorded at the start of the pilot, so that later figures can be compared with them.</source>
        <translation>Kluczowe wskaźniki zapisane na początku pilotażu, aby można było porównać z nimi późniejsze wyniki.</translation>
    </message>
    <message>
        <source>Undo the last import</source>
        <translation>Cofnij ostatni import</translation>
    </message>
    <message>
        <source>Puts the data back as it was before the most recent import. Opt-outs and erasures recorded since stay in force, and models trained on the undone data are marked for retraining.</source>
        <translation>Przywraca dane do stanu sprzed ostatniego importu. Sprzeciwy i usunięcia danych zarejestrowane od tego czasu pozostają w mocy, a modele wytrenowane na cofniętych danych zostają oznaczone do ponownego trenowania.</translation>
    </message>
</context>
<context>
    <name>GlossaryTab</name>
    <message>
        <source>Search the glossary</source>
        <translation>Szukaj w słowniczku</translation>
    </message>
    <message>
        <source>Terms</source>
        <translation>Pojęcia</translation>
    </message>
    <message>
        <source>No term matches.</source>
        <translation>Żadne pojęcie nie pasuje.</translation>
    </message>
</context>
<context>
    <name>GuideTab</name>
    <message>
        <source>Prevista turns your CRM exports into segments you can act on, entirely on this computer. These are the steps, in order:</source>
        <translation>Prevista zamienia Twoje eksporty z CRM w segmenty, na podstawie których możesz działać, i robi to w całości na tym komputerze. Oto kolejne kroki:</translation>
    </message>
    <message>
        <source>1. Import your CRM exports</source>
        <translation>1. Zaimportuj eksporty z CRM</translation>
    </message>
    <message>
        <source>Export customers, orders or invoices, and support tickets from your CRM as CSV or Excel files and import them. Customer numbers are replaced by encrypted IDs before anything is stored; names and contact details are dropped unless you choose to keep them.</source>
        <translation>Wyeksportuj z CRM klientów, zamówienia lub faktury oraz zgłoszenia serwisowe jako pliki CSV lub Excel i zaimportuj je. Numery klientów są zastępowane zaszyfrowanymi identyfikatorami, zanim cokolwiek zostanie zapisane; imiona, nazwiska i dane kontaktowe są pomijane, chyba że zdecydujesz się je zachować.</translation>
    </message>
    <message>
        <source>Go to &amp;Import</source>
        <translation>Przejdź do &amp;importu</translation>
    </message>
    <message>
        <source>2. Check the data</source>
        <translation>2. Sprawdź dane</translation>
    </message>
    <message>
        <source>Before anything is stored, the import shows what it found: which column means what, and problems such as too few customers or too short a history. Correct a column&apos;s meaning there, or fix the export and import it again.</source>
        <translation>Zanim cokolwiek zostanie zapisane, import pokazuje, co znalazł: co oznacza każda kolumna oraz problemy, takie jak zbyt mała liczba klientów lub zbyt krótka historia. Popraw tam znaczenie kolumny albo popraw eksport i zaimportuj go ponownie.</translation>
    </message>
    <message>
        <source>Go to the &amp;quality check</source>
        <translation>Przejdź do kontroli &amp;jakości</translation>
    </message>
    <message>
        <source>3. Train the models</source>
        <translation>3. Wytrenuj modele</translation>
    </message>
    <message>
        <source>Training learns from your history who is likely to leave and who is likely to buy, and measures itself on customers it never saw, beside simple baselines. The Models page says how good the result is in plain words.</source>
        <translation>Podczas trenowania modele uczą się na Twojej historii, kto prawdopodobnie odejdzie, a kto prawdopodobnie kupi, i są mierzone na klientach, których nigdy nie widziały, w porównaniu z prostymi modelami bazowymi. Strona Modele mówi prostymi słowami, jak dobry jest wynik.</translation>
    </message>
    <message>
        <source>Go to &amp;Models</source>
        <translation>Przejdź do &amp;modeli</translation>
    </message>
    <message>
        <source>4. Look at the segments and act</source>
        <translation>4. Przejrzyj segmenty i działaj</translation>
    </message>
    <message>
        <source>Customers are grouped into segments, each with its churn risk, revenue at risk and a suggested action. Start a campaign for a segment: a random part of it is held back, so that the effect can be measured later.</source>
        <translation>Klienci są grupowani w segmenty, a każdy segment ma ryzyko odejścia, zagrożony przychód i sugerowane działanie. Rozpocznij kampanię dla segmentu: losowa część jego klientów zostaje wydzielona, aby można było później zmierzyć efekt.</translation>
    </message>
    <message>
        <source>Go to &amp;Segments</source>
        <translation>Przejdź do &amp;segmentów</translation>
    </message>
    <message>
        <source>5. Measure and report</source>
        <translation>5. Zmierz wynik i przygotuj raporty</translation>
    </message>
    <message>
        <source>After the campaign, import who was reached and measure: the difference between treated and held-back customers shows what the action changed. The reports sum up the pilot and the processing for your records.</source>
        <translation>Po kampanii zaimportuj informację o tym, do kogo dotarto, i zmierz wynik: różnica między grupą testową a grupą kontrolną pokazuje, co zmieniło działanie. Raporty podsumowują pilotaż i przetwarzanie na potrzeby Twojej dokumentacji.</translation>
    </message>
    <message>
        <source>Go to &amp;Campaigns</source>
        <translation>Przejdź do &amp;kampanii</translation>
    </message>
    <message>
        <source>Your privacy duties</source>
        <translation>Twoje obowiązki w zakresie ochrony danych</translation>
    </message>
    <message>
        <source>Record objections (opt-outs) and requests for access or erasure as they arrive, and delete data past its retention deadline when the Privacy screen says a cleanup is due. Every step is written to the signed processing log your data protection officer can check.</source>
        <translation>Rejestruj sprzeciwy oraz żądania dostępu lub usunięcia danych na bieżąco, gdy napływają, i usuwaj dane po terminie przechowywania, gdy ekran Ochrona danych wskazuje, że należy wykonać czyszczenie. Każda czynność jest zapisywana w podpisanym dzienniku przetwarzania, który może sprawdzić Twój inspektor ochrony danych.</translation>
    </message>
    <message>
        <source>Go to &amp;Privacy</source>
        <translation>Przejdź do &amp;ochrony danych</translation>
    </message>
    <message>
        <source>Create or open a project first (File menu, or the start screen): the buttons below then lead to each step&apos;s screen.</source>
        <translation>Najpierw utwórz lub otwórz projekt (menu Plik lub ekran startowy): przyciski poniżej prowadzą wtedy do ekranu każdego kroku.</translation>
    </message>
</context>
<context>
    <name>HelpActions</name>
    <message>
        <source>&amp;Guide</source>
        <translation>&amp;Przewodnik</translation>
    </message>
    <message>
        <source>G&amp;lossary</source>
        <translation>&amp;Słowniczek</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <source>Prevista help</source>
        <translation>Pomoc programu Prevista</translation>
    </message>
    <message>
        <source>&amp;Guide</source>
        <translation>&amp;Przewodnik</translation>
    </message>
    <message>
        <source>G&amp;lossary</source>
        <translation>&amp;Słowniczek</translation>
    </message>
</context>
<context>
    <name>ImportHistoryDialog</name>
    <message>
        <source>Import history</source>
        <translation>Historia importów</translation>
    </message>
    <message>
        <source>Log entry</source>
        <translation>Wpis dziennika</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Kiedy</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Tryb</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Pliki</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Klienci</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stan</translation>
    </message>
    <message>
        <source>Imports, newest first</source>
        <translation>Importy, od najnowszego</translation>
    </message>
    <message>
        <source>Files are shown by kind, size and the start of their checksum: file names are not kept, because a name can itself identify a person.</source>
        <translation>Pliki są pokazywane według rodzaju, rozmiaru i początku sumy kontrolnej: nazwy plików nie są przechowywane, ponieważ sama nazwa może identyfikować osobę.</translation>
    </message>
    <message>
        <source>&amp;Undo the last import…</source>
        <translation>&amp;Cofnij ostatni import…</translation>
    </message>
    <message>
        <source>Reading the import history</source>
        <translation>Wczytywanie historii importów</translation>
    </message>
    <message>
        <source>{0}, {1}, {2} rows ({3}…)</source>
        <translation>{0}, {1}, wierszy: {2} ({3}…)</translation>
    </message>
    <message>
        <source>added</source>
        <translation>dołączono</translation>
    </message>
    <message>
        <source>replaced</source>
        <translation>zastąpiono</translation>
    </message>
    <message>
        <source>undone (log entry {0})</source>
        <translation>cofnięty (wpis dziennika {0})</translation>
    </message>
    <message>
        <source>in effect</source>
        <translation>obowiązuje</translation>
    </message>
    <message>
        <source>Checking what undoing would change</source>
        <translation>Sprawdzanie, co zmieniłoby cofnięcie</translation>
    </message>
    <message>
        <source>{0}: back to {1} rows</source>
        <translation>{0}: powrót do stanu sprzed importu (wierszy: {1})</translation>
    </message>
    <message>
        <source>{0}: removed (the import created it)</source>
        <translation>{0}: usunięcie tabeli (utworzył ją import)</translation>
    </message>
    <message>
        <source>{0} customers the import added are removed</source>
        <translation>klienci dodani przez import zostaną usunięci: {0}</translation>
    </message>
    <message>
        <source>the models were trained on this data: retrain them afterwards</source>
        <translation>modele wytrenowano na tych danych: wytrenuj je potem ponownie</translation>
    </message>
    <message>
        <source>Undo the import of {0}?</source>
        <translation>Cofnąć import z dnia {0}?</translation>
    </message>
    <message>
        <source>Opt-outs and erasures recorded since stay in force.</source>
        <translation>Sprzeciwy i usunięcia danych zarejestrowane od tego czasu pozostaną w mocy.</translation>
    </message>
    <message>
        <source>The last import cannot be undone: {0}.</source>
        <translation>Nie można cofnąć ostatniego importu: {0}.</translation>
    </message>
    <message>
        <source>Undo the last import</source>
        <translation>Cofnij ostatni import</translation>
    </message>
    <message>
        <source>Undoing the last import</source>
        <translation>Cofanie ostatniego importu</translation>
    </message>
    <message>
        <source>The import was undone (processing log entry {0}).</source>
        <translation>Import został cofnięty (wpis dziennika przetwarzania nr {0}).</translation>
    </message>
</context>
<context>
    <name>ImportPage</name>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Wstecz</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>Dale&amp;j</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>&amp;Historia importów…</translation>
    </message>
    <message>
        <source>Nothing can be imported into it any more: create a new project for a new pilot.</source>
        <translation>Nie można już do niego niczego zaimportować: utwórz nowy projekt dla nowego pilotażu.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Choose the files</source>
        <translation>Wybór plików</translation>
    </message>
    <message>
        <source>Preview and column roles</source>
        <translation>Podgląd i role kolumn</translation>
    </message>
    <message>
        <source>Data-quality report</source>
        <translation>Raport jakości danych</translation>
    </message>
    <message>
        <source>Purpose and import</source>
        <translation>Cel i import</translation>
    </message>
    <message>
        <source>Import complete</source>
        <translation>Import zakończony</translation>
    </message>
    <message>
        <source>Step {0} of {1}: {2}</source>
        <translation>Krok {0} z {1}: {2}</translation>
    </message>
    <message>
        <source>Choose exports to import</source>
        <translation>Wybierz eksporty do zaimportowania</translation>
    </message>
    <message>
        <source>Exports (*.csv *.tsv *.txt *.xlsx *.xlsm *.json *.zip *.gz);;All files (*)</source>
        <translation>Eksporty (*.csv *.tsv *.txt *.xlsx *.xlsm *.json *.zip *.gz);;Wszystkie pliki (*)</translation>
    </message>
    <message>
        <source>Reading a preview of {0}</source>
        <translation>Wczytywanie podglądu pliku {0}</translation>
    </message>
    <message>
        <source>Reading and checking the files</source>
        <translation>Wczytywanie i sprawdzanie plików</translation>
    </message>
    <message>
        <source>State the purpose of the import: it is recorded in the processing log.</source>
        <translation>Podaj cel importu: zostanie on zapisany w dzienniku przetwarzania.</translation>
    </message>
    <message>
        <source>Pseudonymizing and importing</source>
        <translation>Pseudonimizacja i import</translation>
    </message>
    <message>
        <source>Nothing was imported: the data-quality check refused it.</source>
        <translation>Nic nie zaimportowano: kontrola jakości danych odrzuciła import.</translation>
    </message>
</context>
<context>
    <name>JobBar</name>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Anuluj</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Anulowanie…</translation>
    </message>
    <message>
        <source>Saving the result; too late to cancel…</source>
        <translation>Zapisywanie wyniku; na anulowanie jest już za późno…</translation>
    </message>
</context>
<context>
    <name>JobPanel</name>
    <message>
        <source>Nothing was changed.</source>
        <translation>Nic nie zostało zmienione.</translation>
    </message>
</context>
<context>
    <name>Kpis</name>
    <message>
        <source>per {0} days</source>
        <translation>na {0} dni</translation>
    </message>
    <message>
        <source>{0:+.0f} points</source>
        <translation>{0:+.0f} pkt proc.</translation>
    </message>
    <message>
        <source>no support tickets were imported</source>
        <translation>nie zaimportowano zgłoszeń serwisowych</translation>
    </message>
    <message>
        <source>no dated orders or transactions were imported</source>
        <translation>nie zaimportowano datowanych zamówień ani transakcji</translation>
    </message>
    <message>
        <source>the ticket export has no closing date, so resolution cannot be measured</source>
        <translation>eksport zgłoszeń nie ma daty zamknięcia, więc nie można zmierzyć rozwiązania</translation>
    </message>
    <message>
        <source>no support cost was entered: enter what support costs a month in the settings (support_cost_per_month)</source>
        <translation>nie wpisano kosztu obsługi: wpisz w ustawieniach, ile obsługa klienta kosztuje miesięcznie (support_cost_per_month)</translation>
    </message>
    <message>
        <source>Churn rate</source>
        <translation>Wskaźnik odejść</translation>
    </message>
    <message>
        <source>Repeat-purchase rate</source>
        <translation>Wskaźnik ponownych zakupów</translation>
    </message>
    <message>
        <source>Average order value</source>
        <translation>Średnia wartość zamówienia</translation>
    </message>
    <message>
        <source>Customer lifetime value (estimate)</source>
        <translation>Wartość klienta w czasie współpracy (szacunek)</translation>
    </message>
    <message>
        <source>Tickets per customer</source>
        <translation>Zgłoszenia na klienta</translation>
    </message>
    <message>
        <source>First-contact resolution</source>
        <translation>Rozwiązanie przy pierwszym kontakcie</translation>
    </message>
    <message>
        <source>Resolution time (median)</source>
        <translation>Czas rozwiązania (mediana)</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>godziny</translation>
    </message>
    <message>
        <source>CSAT (mean satisfaction score)</source>
        <translation>CSAT (średnia ocena zadowolenia)</translation>
    </message>
    <message>
        <source>Cost per ticket</source>
        <translation>Koszt na zgłoszenie</translation>
    </message>
</context>
<context>
    <name>LegalBasis</name>
    <message>
        <source>Art. 6(1)(a) GDPR — consent</source>
        <translation>Art. 6 ust. 1 lit. a RODO — zgoda</translation>
    </message>
    <message>
        <source>Art. 6(1)(b) GDPR — performance of a contract</source>
        <translation>Art. 6 ust. 1 lit. b RODO — wykonanie umowy</translation>
    </message>
    <message>
        <source>Art. 6(1)(f) GDPR — legitimate interest</source>
        <translation>Art. 6 ust. 1 lit. f RODO — prawnie uzasadniony interes</translation>
    </message>
</context>
<context>
    <name>LogActions</name>
    <message>
        <source>Project created</source>
        <translation>Utworzono projekt</translation>
    </message>
    <message>
        <source>Passphrase changed</source>
        <translation>Zmieniono hasło</translation>
    </message>
    <message>
        <source>Operation not completed</source>
        <translation>Operacja nieukończona</translation>
    </message>
    <message>
        <source>Log loss recorded</source>
        <translation>Zapisano utratę dziennika</translation>
    </message>
    <message>
        <source>Settings changed</source>
        <translation>Zmieniono ustawienia</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Import refused</source>
        <translation>Import odrzucony</translation>
    </message>
    <message>
        <source>Import not confirmed</source>
        <translation>Import niepotwierdzony</translation>
    </message>
    <message>
        <source>Import undone</source>
        <translation>Import cofnięty</translation>
    </message>
    <message>
        <source>Models trained</source>
        <translation>Wytrenowano modele</translation>
    </message>
    <message>
        <source>Drift check</source>
        <translation>Sprawdzenie dryfu danych</translation>
    </message>
    <message>
        <source>Ticket forecast</source>
        <translation>Prognoza zgłoszeń</translation>
    </message>
    <message>
        <source>Opt-out recorded</source>
        <translation>Zarejestrowano sprzeciw</translation>
    </message>
    <message>
        <source>Opt-out withdrawn</source>
        <translation>Wycofano sprzeciw</translation>
    </message>
    <message>
        <source>Action list prepared</source>
        <translation>Przygotowano listę działań</translation>
    </message>
    <message>
        <source>KPI baseline taken</source>
        <translation>Zapisano wartości bazowe KPI</translation>
    </message>
    <message>
        <source>Campaign started</source>
        <translation>Rozpoczęto kampanię</translation>
    </message>
    <message>
        <source>Campaign contact list exported</source>
        <translation>Wyeksportowano listę kontaktów kampanii</translation>
    </message>
    <message>
        <source>Campaign contact outcomes imported</source>
        <translation>Zaimportowano wyniki kontaktów kampanii</translation>
    </message>
    <message>
        <source>Campaign measured</source>
        <translation>Zmierzono wynik kampanii</translation>
    </message>
    <message>
        <source>Retention policy set</source>
        <translation>Ustawiono zasady przechowywania</translation>
    </message>
    <message>
        <source>Retention cleanup</source>
        <translation>Czyszczenie po okresie przechowywania</translation>
    </message>
    <message>
        <source>Access request answered</source>
        <translation>Udzielono odpowiedzi na żądanie dostępu</translation>
    </message>
    <message>
        <source>Erasure on request</source>
        <translation>Usunięcie danych na żądanie</translation>
    </message>
    <message>
        <source>Art. 30 record written</source>
        <translation>Zapisano rejestr z art. 30</translation>
    </message>
    <message>
        <source>Pilot report written</source>
        <translation>Zapisano raport pilotażowy</translation>
    </message>
    <message>
        <source>Table exported</source>
        <translation>Wyeksportowano tabelę</translation>
    </message>
    <message>
        <source>Handover bundle written</source>
        <translation>Zapisano pakiet przekazania</translation>
    </message>
    <message>
        <source>Log package for the DPO exported</source>
        <translation>Wyeksportowano pakiet dziennika dla IOD</translation>
    </message>
    <message>
        <source>Pilot closed</source>
        <translation>Pilotaż zamknięty</translation>
    </message>
</context>
<context>
    <name>LogEntriesView</name>
    <message>
        <source>Filter the log</source>
        <translation>Filtruj dziennik</translation>
    </message>
    <message>
        <source>Action, operator, purpose or details contain…</source>
        <translation>Czynność, operator, cel lub szczegóły zawierają…</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Czynność</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>Data od</translation>
    </message>
    <message>
        <source>any</source>
        <translation>dowolna</translation>
    </message>
    <message>
        <source>Until date</source>
        <translation>Data do</translation>
    </message>
    <message>
        <source>Fro&amp;m:</source>
        <translation>&amp;Od:</translation>
    </message>
    <message>
        <source>Un&amp;til:</source>
        <translation>&amp;Do:</translation>
    </message>
    <message>
        <source>&amp;Filter:</source>
        <translation>&amp;Filtr:</translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation>&amp;Czynność:</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Nr</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Czas</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Operator</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Cel</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Podstawa prawna</translation>
    </message>
    <message>
        <source>Counts and details</source>
        <translation>Liczby i szczegóły</translation>
    </message>
    <message>
        <source>The selected entry in full</source>
        <translation>Pełna treść wybranego wpisu</translation>
    </message>
    <message>
        <source>Select an entry to read it in full.</source>
        <translation>Wybierz wpis, aby przeczytać jego pełną treść.</translation>
    </message>
    <message>
        <source>Processing log entries</source>
        <translation>Wpisy dziennika przetwarzania</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>Wszystkie czynności</translation>
    </message>
    <message>
        <source>Showing {0} of {1} entries.</source>
        <translation>Wyświetlane wpisy: {0} z {1}.</translation>
    </message>
    <message>
        <source>action {0}</source>
        <translation>czynność {0}</translation>
    </message>
    <message>
        <source>containing &quot;{0}&quot;</source>
        <translation>zawierające „{0}”</translation>
    </message>
    <message>
        <source>from {0}</source>
        <translation>od {0}</translation>
    </message>
    <message>
        <source>until {0}</source>
        <translation>do {0}</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Wpis</translation>
    </message>
</context>
<context>
    <name>LogFields</name>
    <message>
        <source>rows</source>
        <translation>wiersze</translation>
    </message>
    <message>
        <source>rows stored</source>
        <translation>zapisane wiersze</translation>
    </message>
    <message>
        <source>new customers</source>
        <translation>nowi klienci</translation>
    </message>
    <message>
        <source>rows removed for opt-out</source>
        <translation>wiersze usunięte z powodu sprzeciwu</translation>
    </message>
    <message>
        <source>opt-out register size</source>
        <translation>liczba pozycji w rejestrze sprzeciwów</translation>
    </message>
    <message>
        <source>rows without ID left out</source>
        <translation>pominięte wiersze bez identyfikatora</translation>
    </message>
    <message>
        <source>tickets without customer</source>
        <translation>zgłoszenia bez klienta</translation>
    </message>
    <message>
        <source>cancellation lines</source>
        <translation>pozycje anulowań</translation>
    </message>
    <message>
        <source>non-product lines</source>
        <translation>pozycje niebędące produktami</translation>
    </message>
    <message>
        <source>pilot KPIs</source>
        <translation>KPI pilotażu</translation>
    </message>
    <message>
        <source>customers scored</source>
        <translation>klienci z obliczonym ryzykiem</translation>
    </message>
    <message>
        <source>segments</source>
        <translation>segmenty</translation>
    </message>
    <message>
        <source>churners held out</source>
        <translation>odchodzący w danych testowych</translation>
    </message>
    <message>
        <source>customers held out</source>
        <translation>klienci w danych testowych</translation>
    </message>
    <message>
        <source>churners trained on</source>
        <translation>odchodzący w danych treningowych</translation>
    </message>
    <message>
        <source>customers trained on</source>
        <translation>klienci w danych treningowych</translation>
    </message>
    <message>
        <source>horizon (days)</source>
        <translation>horyzont (dni)</translation>
    </message>
    <message>
        <source>model</source>
        <translation>model</translation>
    </message>
    <message>
        <source>validation</source>
        <translation>walidacja</translation>
    </message>
    <message>
        <source>people</source>
        <translation>osoby</translation>
    </message>
    <message>
        <source>requests</source>
        <translation>żądania</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>wycofane</translation>
    </message>
    <message>
        <source>register size</source>
        <translation>liczba pozycji w rejestrze</translation>
    </message>
    <message>
        <source>treated</source>
        <translation>grupa testowa</translation>
    </message>
    <message>
        <source>held back</source>
        <translation>grupa kontrolna</translation>
    </message>
    <message>
        <source>people listed</source>
        <translation>osoby na liście</translation>
    </message>
    <message>
        <source>segment</source>
        <translation>segment</translation>
    </message>
    <message>
        <source>segment size</source>
        <translation>wielkość segmentu</translation>
    </message>
    <message>
        <source>format</source>
        <translation>format</translation>
    </message>
    <message>
        <source>table</source>
        <translation>tabela</translation>
    </message>
    <message>
        <source>months</source>
        <translation>miesiące</translation>
    </message>
    <message>
        <source>months before</source>
        <translation>miesiące wcześniej</translation>
    </message>
    <message>
        <source>justification</source>
        <translation>uzasadnienie</translation>
    </message>
    <message>
        <source>settings</source>
        <translation>ustawienia</translation>
    </message>
    <message>
        <source>files</source>
        <translation>pliki</translation>
    </message>
    <message>
        <source>bytes</source>
        <translation>bajty</translation>
    </message>
    <message>
        <source>log entries</source>
        <translation>wpisy dziennika</translation>
    </message>
    <message>
        <source>weeks</source>
        <translation>tygodnie</translation>
    </message>
    <message>
        <source>key derivation</source>
        <translation>wyprowadzanie klucza</translation>
    </message>
    <message>
        <source>iterations</source>
        <translation>iteracje</translation>
    </message>
    <message>
        <source>lanes</source>
        <translation>ścieżki równoległe</translation>
    </message>
    <message>
        <source>memory (KiB)</source>
        <translation>pamięć (KiB)</translation>
    </message>
    <message>
        <source>entries</source>
        <translation>wpisy</translation>
    </message>
    <message>
        <source>outcome</source>
        <translation>wynik</translation>
    </message>
    <message>
        <source>import entry</source>
        <translation>wpis importu</translation>
    </message>
    <message>
        <source>tables restored</source>
        <translation>przywrócone tabele</translation>
    </message>
    <message>
        <source>retraining recommended</source>
        <translation>zalecane ponowne trenowanie</translation>
    </message>
    <message>
        <source>left out (in another campaign)</source>
        <translation>pominięci (w innej kampanii)</translation>
    </message>
    <message>
        <source>settings changed</source>
        <translation>zmienione ustawienia</translation>
    </message>
    <message>
        <source>on later data (time-based)</source>
        <translation>na późniejszych danych (w czasie)</translation>
    </message>
    <message>
        <source>on other customers</source>
        <translation>na innych klientach</translation>
    </message>
    <message>
        <source>on a snapshot</source>
        <translation>na stanie z jednej chwili</translation>
    </message>
    <message>
        <source>recomputed</source>
        <translation>przeliczono</translation>
    </message>
    <message>
        <source>recomputed, baseline taken</source>
        <translation>przeliczono, zapisano wartości bazowe</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>tak</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nie</translation>
    </message>
</context>
<context>
    <name>LogTab</name>
    <message>
        <source>&amp;Verify</source>
        <translation>&amp;Weryfikuj</translation>
    </message>
    <message>
        <source>Export public &amp;key…</source>
        <translation>Eksportuj &amp;klucz publiczny…</translation>
    </message>
    <message>
        <source>Record the log &amp;loss…</source>
        <translation>Zapisz &amp;utratę dziennika…</translation>
    </message>
    <message>
        <source>Only when no good copy of the log exists: writes are refused until the loss is recorded</source>
        <translation>Tylko gdy nie istnieje dobra kopia dziennika: zmiany są odrzucane, dopóki utrata nie zostanie zapisana</translation>
    </message>
    <message>
        <source>The processing log does not match the project&apos;s record of it: {0} Every change is refused until it does. Put back the good copy of processing-log.jsonl if you have one; only if none exists, record the loss.</source>
        <translation>Dziennik przetwarzania nie zgadza się z zapisem projektu: {0} Każda zmiana jest odrzucana, dopóki się nie zgadza. Przywróć dobrą kopię processing-log.jsonl, jeśli ją masz; tylko gdy jej nie ma, zapisz utratę.</translation>
    </message>
    <message>
        <source>Export for the &amp;DPO…</source>
        <translation>Eksportuj dla &amp;IOD…</translation>
    </message>
    <message>
        <source>One file with the signed log, its public key and a checkpoint: what the DPO verifies on the start screen, without the passphrase</source>
        <translation>Jeden plik z podpisanym dziennikiem, jego kluczem publicznym i punktem kontrolnym: to, co IOD weryfikuje na ekranie startowym bez hasła</translation>
    </message>
    <message>
        <source>E&amp;xport a readable copy…</source>
        <translation>Eksportuj &amp;czytelną kopię…</translation>
    </message>
    <message>
        <source>CSV or JSON to read and sort; a copy cannot be verified</source>
        <translation>CSV lub JSON do czytania i sortowania; kopii nie można zweryfikować</translation>
    </message>
    <message>
        <source>Verifying the processing log</source>
        <translation>Weryfikowanie dziennika przetwarzania</translation>
    </message>
    <message>
        <source>OK: {0} entries, hash chain intact, every entry and the head signed by the project&apos;s key; the log ends where the project&apos;s last commit says.</source>
        <translation>OK – wpisów: {0}; łańcuch skrótów nienaruszony, każdy wpis i koniec łańcucha podpisane kluczem projektu; dziennik kończy się tam, gdzie wskazuje ostatni zapis projektu.</translation>
    </message>
    <message>
        <source>OK: {0} entries, hash chain intact; signatures NOT checked: anyone can rebuild a hash chain.</source>
        <translation>OK – wpisów: {0}; łańcuch skrótów nienaruszony; podpisy NIE zostały sprawdzone: każdy może odtworzyć łańcuch skrótów.</translation>
    </message>
    <message>
        <source>Record in the processing log that it no longer matches the project&apos;s record? The entries that are missing stay missing, the record of the loss stays in the log for good, and a DPO&apos;s saved checkpoint will no longer match. Do this only when no good copy of the log exists.</source>
        <translation>Zapisać w dzienniku przetwarzania, że nie zgadza się już z zapisem projektu? Brakujące wpisy pozostaną utracone, wzmianka o utracie zostanie w dzienniku na zawsze, a zapisany punkt kontrolny IOD przestanie się zgadzać. Zrób to tylko wtedy, gdy nie istnieje dobra kopia dziennika.</translation>
    </message>
    <message>
        <source>Recording the log loss</source>
        <translation>Zapisywanie utraty dziennika</translation>
    </message>
    <message>
        <source>The loss is recorded in log entry {0}; changes are possible again.</source>
        <translation>Utrata jest zapisana we wpisie dziennika {0}; zmiany są znów możliwe.</translation>
    </message>
    <message>
        <source>FAILED: {0}</source>
        <translation>BŁĄD: {0}</translation>
    </message>
    <message>
        <source>Export the processing log</source>
        <translation>Eksportuj dziennik przetwarzania</translation>
    </message>
    <message>
        <source>CSV for spreadsheets (*.csv);;JSON (*.json)</source>
        <translation>CSV dla arkuszy kalkulacyjnych (*.csv);;JSON (*.json)</translation>
    </message>
    <message>
        <source>Exporting the processing log</source>
        <translation>Eksportowanie dziennika przetwarzania</translation>
    </message>
    <message>
        <source>Exported the processing log as {0} to {1}.</source>
        <translation>Wyeksportowano dziennik przetwarzania w formacie {0} do {1}.</translation>
    </message>
    <message>
        <source>Export the processing log for the DPO</source>
        <translation>Eksportuj dziennik przetwarzania dla IOD</translation>
    </message>
    <message>
        <source>ZIP archives (*.zip)</source>
        <translation>Archiwa ZIP (*.zip)</translation>
    </message>
    <message>
        <source>Writing the DPO log package</source>
        <translation>Zapisywanie pakietu dziennika dla IOD</translation>
    </message>
    <message>
        <source>Wrote the log package ({0} entries, the public key and a checkpoint) to {1}. Give it to the DPO, who checks it with &quot;Verify a processing log&quot; on the start screen and the key fingerprint kept when the project was created.</source>
        <translation>Zapisano pakiet dziennika (wpisów: {0}, klucz publiczny i punkt kontrolny) w {1}. Przekaż go inspektorowi ochrony danych, który sprawdzi go funkcją „Zweryfikuj dziennik przetwarzania” na ekranie startowym, korzystając z odcisku klucza zachowanego przy tworzeniu projektu.</translation>
    </message>
    <message>
        <source>Export the log&apos;s public key</source>
        <translation>Eksportuj klucz publiczny dziennika</translation>
    </message>
    <message>
        <source>Public key (*.pub *.pem)</source>
        <translation>Klucz publiczny (*.pub *.pem)</translation>
    </message>
    <message>
        <source>Exporting the public key</source>
        <translation>Eksportowanie klucza publicznego</translation>
    </message>
    <message>
        <source>Wrote the log&apos;s public key to {0}: hand it to the DPO with the log.</source>
        <translation>Zapisano klucz publiczny dziennika w {0}: przekaż go inspektorowi ochrony danych razem z dziennikiem.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Prevista</source>
        <translation>Prevista</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Plik</translation>
    </message>
    <message>
        <source>&amp;New project…</source>
        <translation>&amp;Nowy projekt…</translation>
    </message>
    <message>
        <source>&amp;Open project…</source>
        <translation>&amp;Otwórz projekt…</translation>
    </message>
    <message>
        <source>&amp;Verify a processing log…</source>
        <translation>Z&amp;weryfikuj dziennik przetwarzania…</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Zablokuj</translation>
    </message>
    <message>
        <source>&amp;Close project</source>
        <translation>Za&amp;mknij projekt</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Za&amp;kończ</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>Przej&amp;dź</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Pomo&amp;c</translation>
    </message>
    <message>
        <source>&amp;About Prevista</source>
        <translation>&amp;O programie Prevista</translation>
    </message>
    <message>
        <source>About Prevista</source>
        <translation>O programie Prevista</translation>
    </message>
    <message>
        <source>Prevista predicts churn, purchases and support load from your own CRM exports, entirely offline. Customer identities are replaced by encrypted IDs before anything is stored; every processing step is written to a signed log.</source>
        <translation>Prevista prognozuje odejścia klientów, zakupy i obciążenie działu wsparcia na podstawie Twoich własnych eksportów z CRM, całkowicie offline. Zanim cokolwiek zostanie zapisane, tożsamość klientów jest zastępowana zaszyfrowanymi identyfikatorami; każda czynność przetwarzania jest zapisywana w podpisanym dzienniku.</translation>
    </message>
    <message>
        <source>Quit Prevista?</source>
        <translation>Zamknąć program Prevista?</translation>
    </message>
    <message>
        <source>A job is still running. Quit anyway? The project keeps its previous state.</source>
        <translation>Zadanie jest nadal w toku. Zamknąć mimo to? Projekt zachowa poprzedni stan.</translation>
    </message>
</context>
<context>
    <name>MappingStep</name>
    <message>
        <source>generic</source>
        <translation>ogólny</translation>
    </message>
    <message>
        <source>saved from an earlier import</source>
        <translation>zapisane z wcześniejszego importu</translation>
    </message>
    <message>
        <source>detected</source>
        <translation>wykryte</translation>
    </message>
    <message>
        <source>{0}, changed by you</source>
        <translation>{0}, zmienione przez Ciebie</translation>
    </message>
    <message>
        <source>Customer ID (replaced by an encrypted ID)</source>
        <translation>Identyfikator klienta (zastępowany zaszyfrowanym identyfikatorem)</translation>
    </message>
    <message>
        <source>Direct identifier (name, e-mail, phone, address…)</source>
        <translation>Identyfikator bezpośredni (imię i nazwisko, e-mail, telefon, adres…)</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Liczba</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategoria</translation>
    </message>
    <message>
        <source>Label (e.g. churned)</source>
        <translation>Etykieta (np. odejście klienta)</translation>
    </message>
    <message>
        <source>Consent / opt-out flag</source>
        <translation>Zgoda / znacznik sprzeciwu</translation>
    </message>
    <message>
        <source>Free text (dropped)</source>
        <translation>Tekst dowolny (pomijany)</translation>
    </message>
    <message>
        <source>Ignore (not imported)</source>
        <translation>Ignoruj (nie importuj)</translation>
    </message>
    <message>
        <source>whole numbers (1234)</source>
        <translation>liczby całkowite (1234)</translation>
    </message>
    <message>
        <source>decimal point (1234.5)</source>
        <translation>kropka dziesiętna (1234.5)</translation>
    </message>
    <message>
        <source>decimal comma (1234,5)</source>
        <translation>przecinek dziesiętny (1234,5)</translation>
    </message>
    <message>
        <source>comma thousands, decimal point (1,234.5)</source>
        <translation>przecinek tysięcy, kropka dziesiętna (1,234.5)</translation>
    </message>
    <message>
        <source>dot thousands, decimal comma (1.234,5)</source>
        <translation>kropka tysięcy, przecinek dziesiętny (1.234,5)</translation>
    </message>
    <message>
        <source>space thousands, decimal comma (1 234,5)</source>
        <translation>spacja tysięcy, przecinek dziesiętny (1 234,5)</translation>
    </message>
    <message>
        <source>spreadsheet day numbers (45292)</source>
        <translation>numery dni arkusza kalkulacyjnego (45292)</translation>
    </message>
    <message>
        <source>Unix time, seconds (1700000000)</source>
        <translation>czas uniksowy, sekundy (1700000000)</translation>
    </message>
    <message>
        <source>Unix time, milliseconds (1700000000000)</source>
        <translation>czas uniksowy, milisekundy (1700000000000)</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>P&amp;lik:</translation>
    </message>
    <message>
        <source>First rows of the chosen file</source>
        <translation>Pierwsze wiersze wybranego pliku</translation>
    </message>
    <message>
        <source>Column roles</source>
        <translation>Role kolumn</translation>
    </message>
    <message>
        <source>First {0} rows</source>
        <translation>Pierwsze wiersze ({0})</translation>
    </message>
    <message>
        <source>&amp;Keep names and contact details in the separately encrypted identity table (needed to prepare action lists)</source>
        <translation>&amp;Zachowaj nazwiska i dane kontaktowe w osobno szyfrowanej tabeli tożsamości (potrzebne do list działań)</translation>
    </message>
    <message>
        <source>A role applies to every chosen file with a column of that name. Direct identifiers are never used for analysis; without the identity table they are not stored at all.</source>
        <translation>Rola dotyczy każdego wybranego pliku, który ma kolumnę o tej nazwie. Identyfikatory bezpośrednie nigdy nie są używane do analizy; bez tabeli tożsamości nie są w ogóle zapisywane.</translation>
    </message>
    <message>
        <source>used for analysis</source>
        <translation>używane do analizy</translation>
    </message>
    <message>
        <source>identity table</source>
        <translation>tabela tożsamości</translation>
    </message>
    <message>
        <source>encrypted ID</source>
        <translation>zaszyfrowany identyfikator</translation>
    </message>
    <message>
        <source>dropped</source>
        <translation>pomijane</translation>
    </message>
    <message>
        <source>opt-out register</source>
        <translation>rejestr sprzeciwów</translation>
    </message>
    <message>
        <source>{0}: {1} table, {2} preset, mapping {3}. {4} rows, {5} distinct customers.</source>
        <translation>{0}: rodzaj tabeli: {1}, szablon: {2}, mapowanie: {3}. Wierszy: {4}, unikalnych klientów: {5}.</translation>
    </message>
    <message>
        <source>No column names the customer: these tickets feed the support-load forecast only, not any customer&apos;s features or risk. Give a column the Customer ID role if one does name the customer.</source>
        <translation>Żadna kolumna nie wskazuje klienta: te zgłoszenia trafiają tylko do prognozy obciążenia wsparcia, nie do cech ani ryzyka żadnego klienta. Nadaj kolumnie rolę ID klienta, jeśli któraś wskazuje klienta.</translation>
    </message>
    <message>
        <source>Dates from {0} to {1}.</source>
        <translation>Daty od {0} do {1}.</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Kolumna</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rola</translation>
    </message>
    <message>
        <source>Stored as</source>
        <translation>Sposób zapisu</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Braki</translation>
    </message>
    <message>
        <source>Written as</source>
        <translation>Zapis w pliku</translation>
    </message>
    <message>
        <source>Art. 9 consent</source>
        <translation>Zgoda (art. 9)</translation>
    </message>
    <message>
        <source>Role of column {0}</source>
        <translation>Rola kolumny {0}</translation>
    </message>
    <message>
        <source>Explicit consent recorded</source>
        <translation>Odnotowano wyraźną zgodę</translation>
    </message>
    <message>
        <source>Explicit consent recorded for column {0}</source>
        <translation>Odnotowano wyraźną zgodę dla kolumny {0}</translation>
    </message>
    <message>
        <source>This column looks like GDPR Art. 9 special-category data ({0}). Tick only if every customer gave explicit consent to this use; otherwise set its role to Ignore.</source>
        <translation>Ta kolumna wygląda na szczególną kategorię danych osobowych w rozumieniu art. 9 RODO ({0}). Zaznacz tylko wtedy, gdy każdy klient wyraził wyraźną zgodę na takie wykorzystanie; w przeciwnym razie ustaw jej rolę na „Ignoruj”.</translation>
    </message>
    <message>
        <source>How the values of column {0} are written</source>
        <translation>Jak zapisane są wartości kolumny {0}</translation>
    </message>
    <message>
        <source>How the dates or numbers of this column are written. Each choice shows how the column&apos;s first value would read; the ways that read every value shown above come first.</source>
        <translation>Jak zapisane są daty lub liczby w tej kolumnie. Każda opcja pokazuje, jak zostałaby odczytana pierwsza wartość kolumny; na początku listy są sposoby, które pozwalają odczytać wszystkie wartości widoczne powyżej.</translation>
    </message>
    <message>
        <source>Choose how the values are written</source>
        <translation>Wybierz, jak zapisane są wartości</translation>
    </message>
    <message>
        <source>{0}: {1} → {2}</source>
        <translation>{0}: {1} → {2}</translation>
    </message>
    <message>
        <source>cannot be read</source>
        <translation>nie da się odczytać</translation>
    </message>
</context>
<context>
    <name>Models</name>
    <message>
        <source>logistic regression</source>
        <translation>regresja logistyczna</translation>
    </message>
    <message>
        <source>gradient boosting</source>
        <translation>wzmacnianie gradientowe</translation>
    </message>
    <message>
        <source>prior rate</source>
        <translation>odsetek bazowy</translation>
    </message>
    <message>
        <source>BG/NBD</source>
        <translation>BG/NBD</translation>
    </message>
    <message>
        <source>the cancellation date in &apos;{0}&apos;</source>
        <translation>data rezygnacji w kolumnie „{0}”</translation>
    </message>
    <message>
        <source>the churn label &apos;{0}&apos;, dated at each churner&apos;s last activity</source>
        <translation>etykieta odejścia „{0}”, datowana na ostatnią aktywność każdego odchodzącego klienta</translation>
    </message>
    <message>
        <source>no activity in the {0} days after the cutoff, among customers active in the {1} days before it (no churn label or cancellation date in the data)</source>
        <translation>brak aktywności w ciągu {0} dni po dacie granicznej wśród klientów aktywnych w ciągu {1} dni przed nią (w danych nie ma etykiety odejścia ani daty rezygnacji)</translation>
    </message>
    <message>
        <source>features as of {0}</source>
        <translation>cechy na dzień {0}</translation>
    </message>
    <message>
        <source>features as of {0} cutoffs a season apart, the latest {1},</source>
        <translation>cechy na {0} dat granicznych oddalonych o sezon, ostatnia {1},</translation>
    </message>
    <message>
        <source>time-based hold-out: trained on {0} with outcomes in the {1} days after; tested on features as of {2} with outcomes up to {3}</source>
        <translation>odłożenie danych w czasie: trenowano na danych: {0} z wynikami w ciągu {1} dni później; testowano na cechach na dzień {2} z wynikami do {3}</translation>
    </message>
    <message>
        <source>hold-out of 30 % of customers at one cutoff ({0}); the history is too short for a time-based hold-out</source>
        <translation>odłożenie 30 % klientów przy jednej dacie granicznej ({0}); historia jest zbyt krótka, by odłożyć dane w czasie</translation>
    </message>
    <message>
        <source>the churn rate was about {0:.0%} in the training windows but {1:.0%} in the test window: churn depends on the season or the business changed, so the figures for the next period may be off</source>
        <translation>odsetek odejść wynosił około {0:.0%} w oknach treningowych, ale {1:.0%} w oknie testowym: odejścia zależą od sezonu lub firma się zmieniła, więc liczby dla następnego okresu mogą być nietrafne</translation>
    </message>
    <message>
        <source>history covers less than {0} months: seasonal effects and slow churn are not learnt</source>
        <translation>historia obejmuje mniej niż {0} mies.: efekty sezonowe i powolne odejścia nie zostają wyuczone</translation>
    </message>
    <message>
        <source>only about {0} current customers: expect wide uncertainty in every figure</source>
        <translation>tylko około {0} obecnych klientów: licz się z dużą niepewnością każdej liczby</translation>
    </message>
    <message>
        <source>churn is rare in the training data (about {0} of {1}): the model has little to learn from</source>
        <translation>odejścia są rzadkie w danych treningowych (około {0} z {1}): model ma niewiele przykładów do nauki</translation>
    </message>
    <message>
        <source>every measure comes with its 95 % interval over {0} bootstrap resamples of the held-out customers; a narrower range means a more certain figure</source>
        <translation>każda miara ma swój przedział 95 % z {0} losowań bootstrap spośród odłożonych klientów; węższy zakres oznacza pewniejszą liczbę</translation>
    </message>
    <message>
        <source>only {0} customers had the rarer outcome (at most {1}): a strongly regularised logistic regression is used without a model contest, and drivers are shown only where their interval excludes zero; expect wide intervals</source>
        <translation>tylko {0} klientów miało rzadszy wynik (co najwyżej {1}): używana jest silnie regularyzowana regresja logistyczna bez porównywania modeli, a czynniki wpływu są pokazywane tylko tam, gdzie ich przedział nie obejmuje zera; licz się z szerokimi przedziałami</translation>
    </message>
    <message>
        <source>gradient boosting did not beat the logistic regression beyond the noise of the held-out data, so the simpler model is kept</source>
        <translation>wzmacnianie gradientowe nie wypadło lepiej niż regresja logistyczna ponad szum odłożonych danych, więc zachowano prostszy model</translation>
    </message>
    <message>
        <source>alone predicts the outcome with ROC AUC {0:.2f}: it most likely records it</source>
        <translation>samodzielnie przewiduje wynik z ROC AUC {0:.2f}: najprawdopodobniej już go zawiera</translation>
    </message>
    <message>
        <source>on the customers it never saw, the churn model&apos;s ranking cannot be told apart from chance (ROC AUC {0}): read its risks as the average rate rather than as a ranking; try a longer horizon (so that stopping shows in the history) or a longer history</source>
        <translation>na klientach, których nigdy nie widział, ranking modelu odejść jest nieodróżnialny od przypadku (ROC AUC {0}): traktuj jego ryzyka jako średni odsetek, a nie jako ranking; spróbuj dłuższego horyzontu (aby rezygnacja była widoczna w historii) lub dłuższej historii</translation>
    </message>
    <message>
        <source>on the customers it never saw, the churn model&apos;s ranking cannot be told apart from chance (ROC AUC {0}): read its risks as the average rate rather than as a ranking; try more customers, or more columns that describe them</source>
        <translation>na klientach, których nigdy nie widział, ranking modelu odejść jest nieodróżnialny od przypadku (ROC AUC {0}): traktuj jego ryzyka jako średni odsetek, a nie jako ranking; spróbuj większej liczby klientów lub większej liczby kolumn, które ich opisują</translation>
    </message>
    <message>
        <source>trained on a stratified sample of {0:,d} of {1:,d} rows</source>
        <translation>trenowano na próbie warstwowej {0:,d} z {1:,d} wierszy</translation>
    </message>
    <message>
        <source>measured on a stratified sample of {0:,d} of {1:,d} held-out rows</source>
        <translation>zmierzono na próbie warstwowej {0:,d} z {1:,d} odłożonych wierszy</translation>
    </message>
    <message>
        <source>stratified {0}-fold cross-validation (a static snapshot has no history for a time-based hold-out); each customer is measured with the fold model that never saw them, and the model kept is refitted on all customers and calibrated on those out-of-fold scores</source>
        <translation>warstwowa walidacja krzyżowa z {0} podziałami (stan z jednej chwili nie ma historii do odłożenia danych w czasie); każdy klient jest mierzony modelem z podziału, który go nigdy nie widział, a zachowany model jest ponownie dopasowywany na wszystkich klientach i kalibrowany na tych wynikach spoza podziału</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; shifted (PSI {1:.2f})</source>
        <translation>„{0}”: przesunięcie (PSI {1:.2f})</translation>
    </message>
    <message>
        <source>the model is {0:.0f} days old (retrain at least every {1} days)</source>
        <translation>model ma {0:.0f} dni (trenuj ponownie co najmniej co {1} dni)</translation>
    </message>
    <message>
        <source>customers whose data trained the model have since opted out</source>
        <translation>klienci, na których danych trenowano model, wnieśli od tego czasu sprzeciw</translation>
    </message>
    <message>
        <source>customers whose data trained the model have since been erased on request</source>
        <translation>dane klientów, na których trenowano model, zostały od tego czasu usunięte na ich żądanie</translation>
    </message>
    <message>
        <source>a retention cleanup has deleted data the model was trained on</source>
        <translation>czyszczenie po okresie przechowywania usunęło dane, na których trenowano model</translation>
    </message>
</context>
<context>
    <name>ModelsPage</name>
    <message>
        <source>Models</source>
        <translation>Modele</translation>
    </message>
    <message>
        <source>Train</source>
        <translation>Trenowanie</translation>
    </message>
    <message>
        <source> days</source>
        <translation> dni</translation>
    </message>
    <message>
        <source> weeks</source>
        <translation> tyg.</translation>
    </message>
    <message>
        <source>&amp;Train models</source>
        <translation>&amp;Trenuj modele</translation>
    </message>
    <message>
        <source>Predict churn and purchases &amp;within:</source>
        <translation>Prognozuj odejścia i zakupy w &amp;horyzoncie:</translation>
    </message>
    <message>
        <source>Forecast support tickets for the &amp;next:</source>
        <translation>Prognozuj zgłoszenia serwisowe na &amp;kolejne:</translation>
    </message>
    <message>
        <source>P&amp;urpose (logged):</source>
        <translation>C&amp;el (do dziennika):</translation>
    </message>
    <message>
        <source>Le&amp;gal basis:</source>
        <translation>Podstawa p&amp;rawna:</translation>
    </message>
    <message>
        <source>State the purpose of the analysis: it is recorded in the processing log.</source>
        <translation>Podaj cel analizy: zostanie on zapisany w dzienniku przetwarzania.</translation>
    </message>
    <message>
        <source>Training models</source>
        <translation>Trenowanie modeli</translation>
    </message>
    <message>
        <source>Models trained and logged. The segments dashboard now shows the new results.</source>
        <translation>Modele wytrenowane i odnotowane w dzienniku. Panel segmentów pokazuje teraz nowe wyniki.</translation>
    </message>
    <message>
        <source>Drift</source>
        <translation>Dryf danych</translation>
    </message>
    <message>
        <source>Check &amp;drift</source>
        <translation>Sprawdź dr&amp;yf</translation>
    </message>
    <message>
        <source>Checking drift</source>
        <translation>Sprawdzanie dryfu danych</translation>
    </message>
    <message>
        <source>Not checked yet. Checking compares today&apos;s customers with the ones the model learnt from; the check is recorded in the processing log.</source>
        <translation>Jeszcze nie sprawdzono. Sprawdzenie porównuje obecnych klientów z tymi, na których uczył się model; sprawdzenie jest odnotowywane w dzienniku przetwarzania.</translation>
    </message>
    <message>
        <source>Retrain recommended:</source>
        <translation>Zalecane ponowne trenowanie:</translation>
    </message>
    <message>
        <source>No retraining needed: the population looks like the training data.</source>
        <translation>Ponowne trenowanie nie jest potrzebne: populacja przypomina dane treningowe.</translation>
    </message>
    <message>
        <source>Shift (PSI) of {0}: {1:.3f}</source>
        <translation>Przesunięcie (PSI) dla {0}: {1:.3f}</translation>
    </message>
    <message>
        <source>Moderate shift in: {0}</source>
        <translation>Umiarkowane przesunięcie w: {0}</translation>
    </message>
    <message>
        <source>Model age: {0:.0f} days</source>
        <translation>Wiek modelu (dni): {0:.0f}</translation>
    </message>
    <message>
        <source>&amp;Show model:</source>
        <translation>P&amp;okaż model:</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Model</translation>
    </message>
    <message>
        <source>Measured on held-out data the model never saw. ROC AUC: 0.5 is guessing, 1 is perfect (real churn models reach about 0.7–0.85). PR AUC: higher is better. Brier score: lower is better. Top-decile lift: how many times more churners the 10 % with the highest risk hold than 10 % picked at random. Each 95 % range holds the measure in 95 % of resamples of the held-out customers: the wider it is, the less certain.</source>
        <translation>Zmierzone na odłożonych danych, których model nigdy nie widział. ROC AUC: 0,5 to zgadywanie, 1 to ideał (rzeczywiste modele odejść osiągają około 0,7–0,85). PR AUC: im wyżej, tym lepiej. Wynik Briera: im niżej, tym lepiej. Lift górnego decyla: ile razy więcej odchodzących jest wśród 10 % o najwyższym ryzyku niż wśród losowych 10 %. Każdy zakres 95 % obejmuje miarę w 95 % losowań spośród odłożonych klientów: im szerszy, tym mniej pewny.</translation>
    </message>
    <message>
        <source>outcome horizon {0} days; churn taken from {1}</source>
        <translation>horyzont wyniku {0} dni; odejście ustalone na podstawie: {1}</translation>
    </message>
    <message>
        <source>churn as marked by {0}; the label has no time window</source>
        <translation>odejście oznaczone przez {0}; etykieta nie ma okna czasowego</translation>
    </message>
    <message>
        <source>There is nothing left to train the models on.</source>
        <translation>Nie pozostały żadne dane, na których można by trenować modele.</translation>
    </message>
    <message>
        <source>ROC AUC</source>
        <translation>ROC AUC</translation>
    </message>
    <message>
        <source>PR AUC</source>
        <translation>PR AUC</translation>
    </message>
    <message>
        <source>Brier score</source>
        <translation>Wynik Briera</translation>
    </message>
    <message>
        <source>Top-decile lift</source>
        <translation>Lift w górnym decylu</translation>
    </message>
    <message>
        <source>{0}, 95 % range</source>
        <translation>{0}, zakres 95 %</translation>
    </message>
    <message>
        <source>Held-out quality of the model and its baselines</source>
        <translation>Jakość modelu i modeli bazowych na odłożonych danych testowych</translation>
    </message>
    <message>
        <source>Calibration chart</source>
        <translation>Wykres kalibracji</translation>
    </message>
    <message>
        <source>Lift chart</source>
        <translation>Wykres liftu</translation>
    </message>
    <message>
        <source>No trained model yet. Choose the options above and press Train models: the models learn from the imported history and are tested on data they never saw.</source>
        <translation>Brak wytrenowanego modelu. Wybierz powyższe opcje i naciśnij „Trenuj modele”: modele uczą się na zaimportowanej historii i są testowane na danych, których nigdy nie widziały.</translation>
    </message>
    <message>
        <source>Models trained {0}; {1}.</source>
        <translation>Modele wytrenowano {0}; {1}.</translation>
    </message>
    <message>
        <source>Recurring charges, not predicted as purchases: {0}</source>
        <translation>Opłaty cykliczne, nieprognozowane jako zakupy: {0}</translation>
    </message>
    <message>
        <source>Left out &apos;{0}&apos;: {1}</source>
        <translation>Pominięto „{0}”: {1}</translation>
    </message>
    <message>
        <source>Churn risk</source>
        <translation>Ryzyko odejścia</translation>
    </message>
    <message>
        <source>Purchase propensity ({0})</source>
        <translation>Skłonność do zakupu ({0})</translation>
    </message>
    <message>
        <source>Buy-till-you-die ({0}): about {1} repeat purchases expected in the next {2} days, about {3} per week.</source>
        <translation>Buy-till-you-die ({0}): około {1} ponownych zakupów oczekiwanych w ciągu najbliższych {2} dni, około {3} tygodniowo.</translation>
    </message>
    <message>
        <source>Adjusted ×{0} for the season and trend: in the same days a year earlier, that many times the purchases the model then expected came.</source>
        <translation>Skorygowano ×{0} o sezon i trend: w tych samych dniach rok wcześniej przyszło tyle razy więcej zakupów, niż model wtedy oczekiwał.</translation>
    </message>
    <message>
        <source>On the last {0} days, which it never saw, it expected {1} and there were {2}.</source>
        <translation>W ostatnich {0} dniach, których nie widział, oczekiwał {1}, a było ich {2}.</translation>
    </message>
    <message>
        <source>{0}. Validation: {1}.</source>
        <translation>{0}. Walidacja: {1}.</translation>
    </message>
    <message>
        <source>{0} (kept), held-out</source>
        <translation>{0} (wybrany), na danych testowych</translation>
    </message>
    <message>
        <source>Baseline: {0}</source>
        <translation>Model bazowy: {0}</translation>
    </message>
    <message>
        <source>What drives it:</source>
        <translation>Co na to wpływa:</translation>
    </message>
    <message>
        <source>No drivers were computed for this model.</source>
        <translation>Dla tego modelu nie obliczono czynników wpływu.</translation>
    </message>
    <message>
        <source>Calibration: predicted against observed</source>
        <translation>Kalibracja: przewidywane a zaobserwowane</translation>
    </message>
    <message>
        <source>This model</source>
        <translation>Ten model</translation>
    </message>
    <message>
        <source>Perfect calibration</source>
        <translation>Idealna kalibracja</translation>
    </message>
    <message>
        <source>Predicted probability</source>
        <translation>Przewidywane prawdopodobieństwo</translation>
    </message>
    <message>
        <source>Observed rate</source>
        <translation>Zaobserwowany odsetek</translation>
    </message>
    <message>
        <source>Predicted against observed rate per group of customers: {0}</source>
        <translation>Przewidywany a zaobserwowany odsetek w grupach klientów: {0}</translation>
    </message>
    <message>
        <source>Lift by decile</source>
        <translation>Lift według decyli</translation>
    </message>
    <message>
        <source>Decile (highest predicted risk first)</source>
        <translation>Decyl (od najwyższego przewidywanego ryzyka)</translation>
    </message>
    <message>
        <source>Lift</source>
        <translation>Lift</translation>
    </message>
    <message>
        <source>Picking at random (1×)</source>
        <translation>Wybór losowy (1×)</translation>
    </message>
    <message>
        <source>Lift per decile, highest predicted risk first: {0}</source>
        <translation>Lift w decylach, od najwyższego przewidywanego ryzyka: {0}</translation>
    </message>
</context>
<context>
    <name>OptOutsTab</name>
    <message>
        <source>Opt-out register counts</source>
        <translation>Liczniki rejestru sprzeciwów</translation>
    </message>
    <message>
        <source>A customer who objects (GDPR Art. 21) is removed from every table and score at once and left out of every later import. Type customer IDs as in the CRM export and/or e-mail addresses, one per line or separated by commas.</source>
        <translation>Klient, który wnosi sprzeciw (art. 21 RODO), jest natychmiast usuwany ze wszystkich tabel i wyników oraz pomijany przy każdym kolejnym imporcie. Wpisz identyfikatory klientów w postaci z eksportu CRM i/lub adresy e-mail, po jednym w wierszu lub rozdzielone przecinkami.</translation>
    </message>
    <message>
        <source>Customer IDs</source>
        <translation>Identyfikatory klientów</translation>
    </message>
    <message>
        <source>E-mail addresses</source>
        <translation>Adresy e-mail</translation>
    </message>
    <message>
        <source>Customer &amp;IDs:</source>
        <translation>&amp;Identyfikatory klientów:</translation>
    </message>
    <message>
        <source>E-&amp;mail addresses:</source>
        <translation>Adresy &amp;e-mail:</translation>
    </message>
    <message>
        <source>Record ob&amp;jection</source>
        <translation>Zarejestruj sp&amp;rzeciw</translation>
    </message>
    <message>
        <source>Objections from a &amp;file…</source>
        <translation>Sprzeciwy z pli&amp;ku…</translation>
    </message>
    <message>
        <source>Record re-co&amp;nsent…</source>
        <translation>Zarejestruj ponowną z&amp;godę…</translation>
    </message>
    <message>
        <source>On the register: {0} customers who objected, {1} erased on request, {2} e-mail addresses not yet matched to a customer.</source>
        <translation>W rejestrze: klienci, którzy wnieśli sprzeciw: {0}; usunięci na żądanie: {1}; adresy e-mail jeszcze nieprzypisane do klienta: {2}.</translation>
    </message>
    <message>
        <source>Type at least one customer ID or e-mail address first.</source>
        <translation>Najpierw wpisz co najmniej jeden identyfikator klienta lub adres e-mail.</translation>
    </message>
    <message>
        <source>Files listing the customers who object</source>
        <translation>Pliki z listą klientów wnoszących sprzeciw</translation>
    </message>
    <message>
        <source>Lists (*.csv *.txt *.xlsx *.json);;All files (*)</source>
        <translation>Listy (*.csv *.txt *.xlsx *.json);;Wszystkie pliki (*)</translation>
    </message>
    <message>
        <source>Reading the opt-out list</source>
        <translation>Wczytywanie listy sprzeciwów</translation>
    </message>
    <message>
        <source>Record the objection of {0} customer IDs and {1} e-mail addresses? Their data is removed from every table now, for good; after a re-consent it returns only with the next import.</source>
        <translation>Zarejestrować sprzeciw dla identyfikatorów klientów ({0}) i adresów e-mail ({1})? Ich dane zostaną teraz trwale usunięte ze wszystkich tabel; po ponownym wyrażeniu zgody wrócą dopiero przy następnym imporcie.</translation>
    </message>
    <message>
        <source>Record objection</source>
        <translation>Zarejestruj sprzeciw</translation>
    </message>
    <message>
        <source>Recorded. {0} customers&apos; data removed ({1} rows); {2} e-mail addresses will be excluded when they appear; register holds {3}. Log entry {4}.</source>
        <translation>Zarejestrowano. Usunięto dane klientów: {0} (wierszy: {1}); adresy e-mail, które zostaną wykluczone, gdy się pojawią: {2}; pozycje w rejestrze: {3}. Wpis dziennika: {4}.</translation>
    </message>
    <message>
        <source>Record re-consent for {0} customer IDs and {1} e-mail addresses? They leave the opt-out register; their data returns with the next import.</source>
        <translation>Zarejestrować ponowną zgodę dla identyfikatorów klientów ({0}) i adresów e-mail ({1})? Zostaną usunięte z rejestru sprzeciwów; dane tych klientów wrócą przy następnym imporcie.</translation>
    </message>
    <message>
        <source>Record re-consent</source>
        <translation>Zarejestruj ponowną zgodę</translation>
    </message>
    <message>
        <source>Re-consent recorded for {0} customers; their data returns with the next import. Log entry {1}.</source>
        <translation>Zarejestrowano ponowną zgodę klientów: {0}; ich dane wrócą przy następnym imporcie. Wpis dziennika: {1}.</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>Project:</source>
        <translation>Projekt:</translation>
    </message>
    <message>
        <source>Customers:</source>
        <translation>Klienci:</translation>
    </message>
    <message>
        <source>Tables:</source>
        <translation>Tabele:</translation>
    </message>
    <message>
        <source>Last import:</source>
        <translation>Ostatni import:</translation>
    </message>
    <message>
        <source>Processing log:</source>
        <translation>Dziennik przetwarzania:</translation>
    </message>
    <message>
        <source>&amp;Import data…</source>
        <translation>&amp;Importuj dane…</translation>
    </message>
    <message>
        <source>&amp;Train models…</source>
        <translation>&amp;Trenuj modele…</translation>
    </message>
    <message>
        <source>Retention &amp;cleanup…</source>
        <translation>&amp;Usuwanie danych po terminie…</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>Kolejne kroki</translation>
    </message>
    <message>
        <source>1. Import your customer data</source>
        <translation>1. Zaimportuj dane klientów</translation>
    </message>
    <message>
        <source>2. Check the import report</source>
        <translation>2. Sprawdź raport z importu</translation>
    </message>
    <message>
        <source>Import &amp;report…</source>
        <translation>&amp;Raport z importu…</translation>
    </message>
    <message>
        <source>3. Train the models</source>
        <translation>3. Wytrenuj modele</translation>
    </message>
    <message>
        <source>4. Look at the segments</source>
        <translation>4. Przejrzyj segmenty</translation>
    </message>
    <message>
        <source>&amp;Segments…</source>
        <translation>&amp;Segmenty…</translation>
    </message>
    <message>
        <source>5. Start a campaign or export an action list</source>
        <translation>5. Rozpocznij kampanię lub wyeksportuj listę działań</translation>
    </message>
    <message>
        <source>Ca&amp;mpaigns…</source>
        <translation>&amp;Kampanie…</translation>
    </message>
    <message>
        <source>Pilot closed</source>
        <translation>Pilotaż zamknięty</translation>
    </message>
    <message>
        <source>Processing &amp;log…</source>
        <translation>&amp;Dziennik przetwarzania…</translation>
    </message>
    <message>
        <source>Read, verify and export the processing log</source>
        <translation>Przeglądaj, weryfikuj i eksportuj dziennik przetwarzania</translation>
    </message>
    <message>
        <source>&amp;Art. 30 record…</source>
        <translation>Rejestr z &amp;art. 30…</translation>
    </message>
    <message>
        <source>Save the record of processing activities for the data-protection officer</source>
        <translation>Zapisz rejestr czynności przetwarzania dla inspektora ochrony danych</translation>
    </message>
    <message>
        <source>Pilot KPIs</source>
        <translation>KPI pilotażu</translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Wartość bazowa</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Obecnie</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Zmiana</translation>
    </message>
    <message>
        <source>Take &amp;baseline now</source>
        <translation>Zapisz &amp;wartości bazowe teraz</translation>
    </message>
    <message>
        <source>Record today&apos;s KPIs as the baseline the pilot is measured against</source>
        <translation>Zapisz dzisiejsze KPI jako wartości bazowe, względem których mierzony jest pilotaż</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Przegląd</translation>
    </message>
    <message>
        <source>Reading the project</source>
        <translation>Wczytywanie projektu</translation>
    </message>
    <message>
        <source>Replace the KPI baseline</source>
        <translation>Zastąp wartości bazowe KPI</translation>
    </message>
    <message>
        <source>A baseline was taken on {0}; the pilot is measured against it. Replace it with today&apos;s figures?</source>
        <translation>Wartości bazowe zapisano {0}; pilotaż jest mierzony względem nich. Zastąpić je dzisiejszymi liczbami?</translation>
    </message>
    <message>
        <source>Taking the KPI baseline</source>
        <translation>Zapisywanie wartości bazowych KPI</translation>
    </message>
    <message>
        <source>Baseline taken: the KPIs from now on are compared with today&apos;s.</source>
        <translation>Zapisano wartości bazowe: od teraz KPI są porównywane z dzisiejszymi.</translation>
    </message>
    <message>
        <source>Baseline taken on {0} (data up to {1}).</source>
        <translation>Wartości bazowe zapisano {0} (dane do {1}).</translation>
    </message>
    <message>
        <source>No baseline yet: it is taken at the first training, or now.</source>
        <translation>Brak wartości bazowych: zostaną zapisane przy pierwszym trenowaniu albo teraz.</translation>
    </message>
    <message>
        <source>Now: data up to {0}.</source>
        <translation>Obecnie: dane do {0}.</translation>
    </message>
    <message>
        <source>This pilot was closed on {0}. Erased for good, their keys destroyed: customers, events, scores, identities, the opt-out register and the models (rows: {1}; tables: {2}; stored models: {3}). Nothing can be imported or trained in this project any more; create a new project for a new pilot.
What remains: the processing log (entries: {4}), which the data-protection officer can still verify and export, and the Art. 30 record, which can still be saved. The client keeps the handover bundle saved before closing.</source>
        <translation>Ten pilotaż zamknięto {0}. Trwale usunięte (ich klucze zniszczono): klienci, zdarzenia, oceny ryzyka, tożsamości, rejestr sprzeciwów i modele (wiersze: {1}; tabele: {2}; zapisane modele: {3}). W tym projekcie nie można już niczego importować ani trenować; utwórz nowy projekt dla nowego pilotażu.
Co pozostaje: dziennik przetwarzania (wpisy: {4}), który inspektor ochrony danych nadal może weryfikować i eksportować, oraz rejestr z art. 30, który nadal można zapisać. Klient zachowuje pakiet przekazania zapisany przed zamknięciem.</translation>
    </message>
    <message>
        <source>Customers imported: {0}</source>
        <translation>Zaimportowani klienci: {0}</translation>
    </message>
    <message>
        <source>No data yet</source>
        <translation>Brak danych</translation>
    </message>
    <message>
        <source>The last import was refused: import the export again to see its report and what to fix</source>
        <translation>Ostatni import został odrzucony: zaimportuj eksport ponownie, aby zobaczyć jego raport i to, co trzeba poprawić</translation>
    </message>
    <message>
        <source>The last import&apos;s warnings were not confirmed: import the export again and review them</source>
        <translation>Ostrzeżenia ostatniego importu nie zostały potwierdzone: zaimportuj eksport ponownie i przejrzyj je</translation>
    </message>
    <message>
        <source>Warnings confirmed at import: {0}</source>
        <translation>Ostrzeżenia potwierdzone przy imporcie: {0}</translation>
    </message>
    <message>
        <source>Trained</source>
        <translation>Wytrenowano</translation>
    </message>
    <message>
        <source>Segments: {0}</source>
        <translation>Segmenty: {0}</translation>
    </message>
    <message>
        <source>Campaigns and action lists so far: {0}</source>
        <translation>Dotychczasowe kampanie i listy działań: {0}</translation>
    </message>
    <message>
        <source>{0} (as encrypted IDs); opt-out register: {1}</source>
        <translation>{0} (jako zaszyfrowane identyfikatory); rejestr sprzeciwów: {1}</translation>
    </message>
    <message>
        <source>{0}: {1} rows</source>
        <translation>{0} (wierszy: {1})</translation>
    </message>
    <message>
        <source>None: erased when the pilot was closed.</source>
        <translation>Brak: usunięte przy zamknięciu pilotażu.</translation>
    </message>
    <message>
        <source>No data imported yet.</source>
        <translation>Nie zaimportowano jeszcze danych.</translation>
    </message>
    <message>
        <source>{0} entries, verified</source>
        <translation>Wpisów: {0}, zweryfikowano</translation>
    </message>
    <message>
        <source>DOES NOT VERIFY: {0}</source>
        <translation>NIE PRZECHODZI WERYFIKACJI: {0}</translation>
    </message>
    <message>
        <source>Retention cleanup is due: some data is past its retention period ({0}). Open Privacy → Retention to review and delete it.</source>
        <translation>Należy usunąć dane: część danych przekroczyła okres przechowywania ({0}). Otwórz ekran Ochrona danych → Przechowywanie, aby je przejrzeć i usunąć.</translation>
    </message>
    <message>
        <source>Retrain recommended: the models were trained on data that includes people since excluded (opt-out, erasure or retention cleanup). Open Models to train them again.</source>
        <translation>Zalecane ponowne trenowanie: modele wytrenowano na danych obejmujących osoby od tego czasu wykluczone (sprzeciw, usunięcie lub czyszczenie po okresie przechowywania). Otwórz Modele, aby wytrenować je ponownie.</translation>
    </message>
</context>
<context>
    <name>Phrases</name>
    <message>
        <source>All customers</source>
        <translation>Wszyscy klienci</translation>
    </message>
    <message>
        <source>Typical customers</source>
        <translation>Typowi klienci</translation>
    </message>
    <message>
        <source>high {0}</source>
        <translation>wysoka wartość {0}</translation>
    </message>
    <message>
        <source>low {0}</source>
        <translation>niska wartość {0}</translation>
    </message>
    <message>
        <source>long-standing customers</source>
        <translation>klienci z długim stażem</translation>
    </message>
    <message>
        <source>new customers</source>
        <translation>nowi klienci</translation>
    </message>
    <message>
        <source>older customers</source>
        <translation>starsi klienci</translation>
    </message>
    <message>
        <source>younger customers</source>
        <translation>młodsi klienci</translation>
    </message>
    <message>
        <source>inactive for a while</source>
        <translation>brak aktywności od pewnego czasu</translation>
    </message>
    <message>
        <source>recently active</source>
        <translation>niedawna aktywność</translation>
    </message>
    <message>
        <source>not using the product lately</source>
        <translation>brak korzystania z produktu w ostatnim czasie</translation>
    </message>
    <message>
        <source>used the product recently</source>
        <translation>niedawne korzystanie z produktu</translation>
    </message>
    <message>
        <source>heavy recent usage</source>
        <translation>intensywne użycie w ostatnim czasie</translation>
    </message>
    <message>
        <source>little recent usage</source>
        <translation>niewielkie użycie w ostatnim czasie</translation>
    </message>
    <message>
        <source>heavy usage</source>
        <translation>intensywne użycie</translation>
    </message>
    <message>
        <source>light usage</source>
        <translation>niewielkie użycie</translation>
    </message>
    <message>
        <source>usage rising over the last 4 weeks</source>
        <translation>rosnące użycie w ostatnich 4 tygodniach</translation>
    </message>
    <message>
        <source>usage falling over the last 4 weeks</source>
        <translation>malejące użycie w ostatnich 4 tygodniach</translation>
    </message>
    <message>
        <source>frequent logins</source>
        <translation>częste logowania</translation>
    </message>
    <message>
        <source>few logins</source>
        <translation>mało logowań</translation>
    </message>
    <message>
        <source>logins rising</source>
        <translation>coraz więcej logowań</translation>
    </message>
    <message>
        <source>logins falling over the last 4 weeks</source>
        <translation>coraz mniej logowań w ostatnich 4 tygodniach</translation>
    </message>
    <message>
        <source>usage growing (8 weeks)</source>
        <translation>rosnące użycie (8 tygodni)</translation>
    </message>
    <message>
        <source>usage shrinking (8 weeks)</source>
        <translation>malejące użycie (8 tygodni)</translation>
    </message>
    <message>
        <source>many features in use</source>
        <translation>korzystanie z wielu funkcji</translation>
    </message>
    <message>
        <source>few features in use</source>
        <translation>korzystanie z niewielu funkcji</translation>
    </message>
    <message>
        <source>no purchase for a while</source>
        <translation>brak zakupów od pewnego czasu</translation>
    </message>
    <message>
        <source>bought recently</source>
        <translation>niedawny zakup</translation>
    </message>
    <message>
        <source>frequent purchases</source>
        <translation>częste zakupy</translation>
    </message>
    <message>
        <source>few purchases</source>
        <translation>mało zakupów</translation>
    </message>
    <message>
        <source>many purchases this year</source>
        <translation>wiele zakupów w tym roku</translation>
    </message>
    <message>
        <source>few purchases this year</source>
        <translation>mało zakupów w tym roku</translation>
    </message>
    <message>
        <source>high recent spend</source>
        <translation>wysokie wydatki w ostatnim czasie</translation>
    </message>
    <message>
        <source>low recent spend</source>
        <translation>niskie wydatki w ostatnim czasie</translation>
    </message>
    <message>
        <source>high spend</source>
        <translation>wysokie wydatki</translation>
    </message>
    <message>
        <source>low spend</source>
        <translation>niskie wydatki</translation>
    </message>
    <message>
        <source>spend rising</source>
        <translation>rosnące wydatki</translation>
    </message>
    <message>
        <source>spend falling</source>
        <translation>malejące wydatki</translation>
    </message>
    <message>
        <source>many small add-on orders</source>
        <translation>wiele małych zamówień dodatków</translation>
    </message>
    <message>
        <source>few small add-on orders</source>
        <translation>mało małych zamówień dodatków</translation>
    </message>
    <message>
        <source>more small add-on orders</source>
        <translation>coraz więcej małych zamówień dodatków</translation>
    </message>
    <message>
        <source>fewer small add-on orders</source>
        <translation>coraz mniej małych zamówień dodatków</translation>
    </message>
    <message>
        <source>repeatedly late payments</source>
        <translation>powtarzające się spóźnione płatności</translation>
    </message>
    <message>
        <source>payments on time</source>
        <translation>płatności na czas</translation>
    </message>
    <message>
        <source>long payment delays</source>
        <translation>długie opóźnienia płatności</translation>
    </message>
    <message>
        <source>prompt payment</source>
        <translation>szybkie płatności</translation>
    </message>
    <message>
        <source>overdue invoices</source>
        <translation>zaległe faktury</translation>
    </message>
    <message>
        <source>no overdue invoices</source>
        <translation>brak zaległych faktur</translation>
    </message>
    <message>
        <source>many recent support tickets</source>
        <translation>wiele niedawnych zgłoszeń serwisowych</translation>
    </message>
    <message>
        <source>few recent support tickets</source>
        <translation>mało niedawnych zgłoszeń serwisowych</translation>
    </message>
    <message>
        <source>many support tickets per month</source>
        <translation>wiele zgłoszeń serwisowych miesięcznie</translation>
    </message>
    <message>
        <source>few support tickets</source>
        <translation>mało zgłoszeń serwisowych</translation>
    </message>
    <message>
        <source>support tickets rising</source>
        <translation>coraz więcej zgłoszeń serwisowych</translation>
    </message>
    <message>
        <source>support tickets falling</source>
        <translation>coraz mniej zgłoszeń serwisowych</translation>
    </message>
    <message>
        <source>unresolved tickets</source>
        <translation>nierozwiązane zgłoszenia</translation>
    </message>
    <message>
        <source>no open tickets</source>
        <translation>brak otwartych zgłoszeń</translation>
    </message>
    <message>
        <source>slow ticket resolution</source>
        <translation>powolne rozwiązywanie zgłoszeń</translation>
    </message>
    <message>
        <source>fast ticket resolution</source>
        <translation>szybkie rozwiązywanie zgłoszeń</translation>
    </message>
    <message>
        <source>many tickets in the first three months</source>
        <translation>wiele zgłoszeń w pierwszych trzech miesiącach</translation>
    </message>
    <message>
        <source>few tickets in the first three months</source>
        <translation>mało zgłoszeń w pierwszych trzech miesiącach</translation>
    </message>
    <message>
        <source>good feedback scores</source>
        <translation>dobre oceny zadowolenia</translation>
    </message>
    <message>
        <source>poor feedback scores</source>
        <translation>słabe oceny zadowolenia</translation>
    </message>
    <message>
        <source>feedback improving</source>
        <translation>poprawiające się oceny zadowolenia</translation>
    </message>
    <message>
        <source>feedback worsening</source>
        <translation>pogarszające się oceny zadowolenia</translation>
    </message>
    <message>
        <source>spend of the last 52 weeks</source>
        <translation>wydatki z ostatnich 52 tygodni</translation>
    </message>
    <message>
        <source>likely still buying (buy-till-you-die)</source>
        <translation>prawdopodobnie nadal kupują (buy-till-you-die)</translation>
    </message>
    <message>
        <source>likely to have stopped buying (buy-till-you-die)</source>
        <translation>prawdopodobnie przestali kupować (buy-till-you-die)</translation>
    </message>
    <message>
        <source>many purchases expected (buy-till-you-die)</source>
        <translation>oczekiwanych wiele zakupów (buy-till-you-die)</translation>
    </message>
    <message>
        <source>few purchases expected (buy-till-you-die)</source>
        <translation>oczekiwanych mało zakupów (buy-till-you-die)</translation>
    </message>
    <message>
        <source>churn</source>
        <translation>odejście</translation>
    </message>
    <message>
        <source>purchase</source>
        <translation>zakup</translation>
    </message>
    <message>
        <source>purchase: {0}</source>
        <translation>zakup: {0}</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>poniedziałek</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>wtorek</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>środa</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>czwartek</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>piątek</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>sobota</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>niedziela</translation>
    </message>
    <message>
        <source>{0}–{1}</source>
        <translation>{0}–{1}</translation>
    </message>
    <message>
        <source>spreadsheet day numbers (45292 = 2024-01-01)</source>
        <translation>numery dni arkusza kalkulacyjnego (45292 = 2024-01-01)</translation>
    </message>
    <message>
        <source>Unix time in seconds (1700000000 = 2023-11-14 22:13:20 UTC)</source>
        <translation>czas uniksowy w sekundach (1700000000 = 2023-11-14 22:13:20 UTC)</translation>
    </message>
    <message>
        <source>Unix time in milliseconds (1700000000000 = 2023-11-14 22:13:20 UTC)</source>
        <translation>czas uniksowy w milisekundach (1700000000000 = 2023-11-14 22:13:20 UTC)</translation>
    </message>
</context>
<context>
    <name>PrivacyPage</name>
    <message>
        <source>Privacy duties</source>
        <translation>Obowiązki w zakresie ochrony danych</translation>
    </message>
    <message>
        <source>&amp;Opt-out register</source>
        <translation>Rejestr &amp;sprzeciwów</translation>
    </message>
    <message>
        <source>&amp;Retention</source>
        <translation>Przec&amp;howywanie</translation>
    </message>
    <message>
        <source>Data-subject re&amp;quests</source>
        <translation>Żądania &amp;osób, których dane dotyczą</translation>
    </message>
    <message>
        <source>Processing lo&amp;g</source>
        <translation>Dziennik przetwar&amp;zania</translation>
    </message>
    <message>
        <source>The opt-out register, the retention deadlines and data-subject requests have no data left to act on; the processing log remains.</source>
        <translation>Rejestr sprzeciwów, terminy przechowywania i żądania osób, których dane dotyczą, nie mają już danych, na których można by działać; dziennik przetwarzania pozostaje.</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>Ochrona danych</translation>
    </message>
</context>
<context>
    <name>Reasons</name>
    <message>
        <source>&apos;{0}&apos; did not reduce churn in this business</source>
        <translation>działanie &apos;{0}&apos; nie zmniejszyło odejść w tej firmie</translation>
    </message>
    <message>
        <source>their churn risk is {0:.1f} times the average</source>
        <translation>ich ryzyko odejścia jest {0:.1f} razy wyższe od średniej</translation>
    </message>
    <message>
        <source>their churn risk is {0:.1f} times the average; they stand out by {1}</source>
        <translation>ich ryzyko odejścia jest {0:.1f} razy wyższe od średniej; wyróżniają się cechami: {1}</translation>
    </message>
    <message>
        <source>their churn risk is below average</source>
        <translation>ich ryzyko odejścia jest niższe od średniej</translation>
    </message>
    <message>
        <source>they are valuable and likely to stay</source>
        <translation>są cennymi klientami i prawdopodobnie zostaną</translation>
    </message>
    <message>
        <source>their usage fell over the last four weeks</source>
        <translation>ich użycie produktu spadło w ostatnich czterech tygodniach</translation>
    </message>
    <message>
        <source>they have been paying late</source>
        <translation>płacą z opóźnieniem</translation>
    </message>
    <message>
        <source>they need support often</source>
        <translation>często potrzebują wsparcia</translation>
    </message>
    <message>
        <source>their feedback scores are worsening</source>
        <translation>ich oceny zadowolenia się pogarszają</translation>
    </message>
    <message>
        <source>they use few of the features they pay for</source>
        <translation>korzystają z niewielu funkcji, za które płacą</translation>
    </message>
    <message>
        <source>they needed a lot of support early on</source>
        <translation>na początku potrzebowali dużo wsparcia</translation>
    </message>
    <message>
        <source>they order fewer small add-ons</source>
        <translation>zamawiają mniej małych dodatków</translation>
    </message>
    <message>
        <source>their usage is growing</source>
        <translation>ich użycie produktu rośnie</translation>
    </message>
    <message>
        <source>their team is growing</source>
        <translation>ich zespół się powiększa</translation>
    </message>
    <message>
        <source>they have not bought for longer than most</source>
        <translation>nie kupowali dłużej niż większość klientów</translation>
    </message>
    <message>
        <source>they have been less active than most</source>
        <translation>są mniej aktywni niż większość klientów</translation>
    </message>
    <message>
        <source>they are newer customers than most</source>
        <translation>są klientami od krótszego czasu niż większość</translation>
    </message>
    <message>
        <source>they pay more than most each month</source>
        <translation>płacą co miesiąc więcej niż większość klientów</translation>
    </message>
    <message>
        <source>they use fewer products than most</source>
        <translation>korzystają z mniejszej liczby produktów niż większość klientów</translation>
    </message>
    <message>
        <source>they hold larger balances than most</source>
        <translation>mają wyższe salda niż większość klientów</translation>
    </message>
</context>
<context>
    <name>RecordSettingsDialog</name>
    <message>
        <source>Details for the Art. 30 record</source>
        <translation>Dane do rejestru z art. 30</translation>
    </message>
    <message>
        <source>address, e-mail or phone</source>
        <translation>adres, e-mail lub telefon</translation>
    </message>
    <message>
        <source>the DPO&apos;s contact, or “none appointed”</source>
        <translation>kontakt do IOD lub „nie wyznaczono”</translation>
    </message>
    <message>
        <source>e.g. access limited to two named staff, screen lock</source>
        <translation>np. dostęp ograniczony do dwóch wskazanych pracowników, blokada ekranu</translation>
    </message>
    <message>
        <source>The record of processing activities names who is responsible. These details are not filled in yet; they are saved in the project&apos;s settings (the change is logged) and used for every later record.</source>
        <translation>Rejestr czynności przetwarzania wskazuje, kto odpowiada za przetwarzanie. Te dane nie zostały jeszcze uzupełnione; zostaną zapisane w ustawieniach projektu (zmiana jest odnotowywana w dzienniku) i użyte w każdym kolejnym rejestrze.</translation>
    </message>
    <message>
        <source>&amp;Save and continue</source>
        <translation>Zapisz i ko&amp;ntynuuj</translation>
    </message>
</context>
<context>
    <name>ReportStep</name>
    <message>
        <source>Full data-quality report</source>
        <translation>Pełny raport jakości danych</translation>
    </message>
    <message>
        <source>Show &amp;technical details</source>
        <translation>Pokaż &amp;szczegóły techniczne</translation>
    </message>
    <message>
        <source>I have &amp;read the warnings and want to import anyway</source>
        <translation>Po&amp;twierdzam zapoznanie się z ostrzeżeniami i mimo to chcę importować</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Ustalenia</translation>
    </message>
    <message>
        <source>Hide &amp;technical details</source>
        <translation>Ukryj &amp;szczegóły techniczne</translation>
    </message>
    <message>
        <source>Import refused: what is listed under &quot;Must be fixed&quot; has to be fixed first. Each finding says what to do: usually go Back to the Columns step and choose another role for a column, or correct the file and choose it again.</source>
        <translation>Import odrzucony: najpierw trzeba poprawić to, co wymieniono w sekcji „Do poprawienia”. Każde ustalenie mówi, co zrobić: zwykle należy wrócić przyciskiem Wstecz do kroku z rolami kolumn i wybrać inną rolę dla kolumny albo poprawić plik i wybrać go ponownie.</translation>
    </message>
    <message>
        <source>Must be fixed before importing</source>
        <translation>Do poprawienia przed importem</translation>
    </message>
    <message>
        <source>Check, then confirm below</source>
        <translation>Sprawdź, a następnie potwierdź poniżej</translation>
    </message>
    <message>
        <source>Good to know</source>
        <translation>Warto wiedzieć</translation>
    </message>
    <message>
        <source>column “{0}”</source>
        <translation>kolumna „{0}”</translation>
    </message>
    <message>
        <source>Or</source>
        <translation>Albo</translation>
    </message>
    <message>
        <source>What to do: {0}</source>
        <translation>Co zrobić: {0}</translation>
    </message>
    <message>
        <source>tick “Leave out the rows that have no customer ID” below.</source>
        <translation>zaznacz poniżej „Pomiń wiersze bez identyfikatora klienta”.</translation>
    </message>
    <message>
        <source>only if every customer gave explicit consent, tick “Explicit consent recorded” for “{0}” on the Columns step.</source>
        <translation>tylko jeśli każdy klient wyraził wyraźną zgodę, zaznacz „Odnotowano wyraźną zgodę” dla „{0}” w kroku z rolami kolumn.</translation>
    </message>
    <message>
        <source>check a few values of “{0}” in the file; if they were read the wrong way round, choose how they are written under “Written as” on the Columns step.</source>
        <translation>sprawdź kilka wartości „{0}” w pliku; jeśli zostały odczytane odwrotnie, w kroku z rolami kolumn wybierz w polu „Zapis w pliku”, jak są zapisane.</translation>
    </message>
    <message>
        <source>on the Columns step, choose “{0}” for “{1}”.</source>
        <translation>w kroku z rolami kolumn wybierz „{0}” dla „{1}”.</translation>
    </message>
    <message>
        <source>on the Columns step, choose “{0}” for the column that holds it.</source>
        <translation>w kroku z rolami kolumn wybierz „{0}” dla kolumny, która zawiera tę informację.</translation>
    </message>
    <message>
        <source>on the Columns step, choose another role for “{0}”.</source>
        <translation>w kroku z rolami kolumn wybierz inną rolę dla „{0}”.</translation>
    </message>
    <message>
        <source>Rows without a customer ID can be left out with the box below.</source>
        <translation>Wiersze bez identyfikatora klienta można pominąć za pomocą pola poniżej.</translation>
    </message>
    <message>
        <source>Nothing refused. Read the warnings and confirm them to continue.</source>
        <translation>Nic nie odrzucono. Przeczytaj ostrzeżenia i potwierdź je, aby kontynuować.</translation>
    </message>
    <message>
        <source>Nothing refused and no warnings: ready to import.</source>
        <translation>Nic nie odrzucono i brak ostrzeżeń: gotowe do importu.</translation>
    </message>
    <message>
        <source>&amp;Leave out the {0} rows that have no customer ID (guest orders); they are counted in the report and in the processing log</source>
        <translation>&amp;Pomiń {0} wierszy bez identyfikatora klienta (zamówienia gości); są liczone w raporcie i w dzienniku przetwarzania</translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <source>Record of processing activities (GDPR Art. 30)</source>
        <translation>Rejestr czynności przetwarzania (art. 30 RODO)</translation>
    </message>
    <message>
        <source>1. Controller and data protection officer</source>
        <translation>1. Administrator i inspektor ochrony danych</translation>
    </message>
    <message>
        <source>2. Purposes of the processing and legal bases</source>
        <translation>2. Cele przetwarzania i podstawy prawne</translation>
    </message>
    <message>
        <source>3. Categories of data subjects</source>
        <translation>3. Kategorie osób, których dane dotyczą</translation>
    </message>
    <message>
        <source>4. Categories of personal data</source>
        <translation>4. Kategorie danych osobowych</translation>
    </message>
    <message>
        <source>5. Recipients and transfers to third countries</source>
        <translation>5. Odbiorcy i przekazywanie do państw trzecich</translation>
    </message>
    <message>
        <source>6. Retention periods</source>
        <translation>6. Okresy przechowywania</translation>
    </message>
    <message>
        <source>7. Technical and organisational measures</source>
        <translation>7. Środki techniczne i organizacyjne</translation>
    </message>
    <message>
        <source>8. Data held</source>
        <translation>8. Przechowywane dane</translation>
    </message>
    <message>
        <source>9. Opt-outs honoured</source>
        <translation>9. Uwzględnione sprzeciwy</translation>
    </message>
    <message>
        <source>10. Retention runs and erasures</source>
        <translation>10. Czyszczenia po okresie przechowywania i usunięcia danych</translation>
    </message>
    <message>
        <source>11. Models trained</source>
        <translation>11. Wytrenowane modele</translation>
    </message>
    <message>
        <source>12. Re-identification risk</source>
        <translation>12. Ryzyko ponownej identyfikacji</translation>
    </message>
    <message>
        <source>13. Processing log</source>
        <translation>13. Dziennik przetwarzania</translation>
    </message>
    <message>
        <source>not configured (project setting &apos;{0}&apos;)</source>
        <translation>nie skonfigurowano (ustawienie projektu „{0}”)</translation>
    </message>
    <message>
        <source>Customers and contacts of the controller (persons in the imported CRM exports)</source>
        <translation>Klienci i kontakty administratora (osoby w zaimportowanych eksportach z CRM)</translation>
    </message>
    <message>
        <source>Limits per table, enforced by Prevista&apos;s retention cleanup (expired rows are deleted and the replaced files crypto-shredded):</source>
        <translation>Limity dla poszczególnych tabel, egzekwowane przez czyszczenie po okresie przechowywania w programie Prevista (wygasłe wiersze są usuwane, a zastąpione pliki poddawane kryptograficznemu niszczeniu):</translation>
    </message>
    <message>
        <source>Special categories (Art. 9) processed with explicit consent: {0}</source>
        <translation>Szczególne kategorie danych (art. 9) przetwarzane na podstawie wyraźnej zgody: {0}</translation>
    </message>
    <message>
        <source>Organisational measures of the controller: {0}</source>
        <translation>Środki organizacyjne administratora: {0}</translation>
    </message>
    <message>
        <source>Retention runs carried out: {0}.</source>
        <translation>Przeprowadzone czyszczenia po okresie przechowywania: {0}.</translation>
    </message>
    <message>
        <source>Erasures carried out (Art. 17): {0}.</source>
        <translation>Przeprowadzone usunięcia danych (art. 17): {0}.</translation>
    </message>
    <message>
        <source>Rows in &apos;{0}&apos;</source>
        <translation>Wiersze w tabeli „{0}”</translation>
    </message>
    <message>
        <source>DOES NOT VERIFY — entry {0}: {1}. The activity sections above are left empty because the log cannot vouch for them.</source>
        <translation>NIE PRZECHODZI WERYFIKACJI — wpis {0}: {1}. Powyższe sekcje dotyczące czynności pozostawiono puste, ponieważ dziennik nie może ich potwierdzić.</translation>
    </message>
    <message>
        <source>A DPO can check the log without the data passphrase, against the fingerprint kept on file (not the key file beside the log, which anyone could replace): prevista audit verify --log processing-log.jsonl --pubkey processing-log.pub --fingerprint {0}</source>
        <translation>IOD może sprawdzić dziennik bez hasła do danych, porównując go z zachowanym odciskiem klucza (a nie z plikiem klucza obok dziennika, który każdy mógłby podmienić): prevista audit verify --log processing-log.jsonl --pubkey processing-log.pub --fingerprint {0}</translation>
    </message>
    <message>
        <source>Generated by Prevista on {0} UTC. Aggregates only: this record contains no personal data.</source>
        <translation>Wygenerowano w programie Prevista dnia {0} UTC. Wyłącznie dane zagregowane: ten rejestr nie zawiera danych osobowych.</translation>
    </message>
    <message>
        <source>Offline processing: Prevista makes no network connections; data, models and reports stay on this computer.</source>
        <translation>Przetwarzanie offline: Prevista nie nawiązuje połączeń sieciowych; dane, modele i raporty pozostają na tym komputerze.</translation>
    </message>
    <message>
        <source>Pseudonymization: customer IDs are replaced by encrypted IDs (deterministic AES-SIV under a project subkey), reversible only with the key; analysis tables hold a numeric key only.</source>
        <translation>Pseudonimizacja: identyfikatory klientów są zastępowane zaszyfrowanymi identyfikatorami (deterministyczny AES-SIV z podkluczem projektu), odwracalnymi tylko za pomocą klucza; tabele analityczne zawierają wyłącznie klucz liczbowy.</translation>
    </message>
    <message>
        <source>Crypto-shredding: replaced or deleted table files lose their data keys, so copies left on disk are unreadable.</source>
        <translation>Kryptograficzne niszczenie danych: zastąpione lub usunięte pliki tabel tracą klucze danych, więc kopie pozostawione na dysku są nieczytelne.</translation>
    </message>
    <message>
        <source>Tamper-evident processing log: hash-chained entries signed with Ed25519 and a signed head; a DPO verifies it with the public key alone, without the data passphrase.</source>
        <translation>Dziennik przetwarzania odporny na manipulacje: wpisy powiązane łańcuchem skrótów, podpisane algorytmem Ed25519, z podpisanym końcem łańcucha; IOD weryfikuje go samym kluczem publicznym, bez hasła do danych.</translation>
    </message>
    <message>
        <source>Opt-out register (right to object, Art. 21): honoured at every import, training, scoring and export.</source>
        <translation>Rejestr sprzeciwów (prawo do sprzeciwu, art. 21): uwzględniany przy każdym imporcie, trenowaniu, obliczaniu ryzyka i eksporcie.</translation>
    </message>
    <message>
        <source>Special categories of data (Art. 9), recognised by column name in six languages and by values (religions, diagnoses, parties, ethnicities, halal/kosher), are refused at import unless explicit consent is recorded.</source>
        <translation>Szczególne kategorie danych (art. 9), rozpoznawane po nazwie kolumny w sześciu językach i po wartościach (wyznania, diagnozy, partie, pochodzenie etniczne, halal/koszerne), są odrzucane przy imporcie, chyba że odnotowano wyraźną zgodę.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Kiedy</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Czynność</translation>
    </message>
    <message>
        <source>Counts</source>
        <translation>Liczby</translation>
    </message>
    <message>
        <source>Controller</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Data protection officer</source>
        <translation>Inspektor ochrony danych</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Cel</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Podstawa prawna</translation>
    </message>
    <message>
        <source>Logged steps</source>
        <translation>Zarejestrowane kroki</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Okres</translation>
    </message>
    <message>
        <source>No data imported yet.</source>
        <translation>Nie zaimportowano jeszcze danych.</translation>
    </message>
    <message>
        <source>Special categories (Art. 9) processed with explicit consent: none.</source>
        <translation>Szczególne kategorie danych (art. 9) przetwarzane na podstawie wyraźnej zgody: brak.</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabela</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Kolumna</translation>
    </message>
    <message>
        <source>Special category (Art. 9)</source>
        <translation>Szczególna kategoria danych (art. 9)</translation>
    </message>
    <message>
        <source>No special-category column is stored.</source>
        <translation>Nie jest przechowywana żadna kolumna ze szczególnej kategorii danych.</translation>
    </message>
    <message>
        <source>Columns stored for analysis (after pseudonymization):</source>
        <translation>Kolumny przechowywane do analizy (po pseudonimizacji):</translation>
    </message>
    <message>
        <source>Columns (use, meaning)</source>
        <translation>Kolumny (zastosowanie, znaczenie)</translation>
    </message>
    <message>
        <source>No tables stored.</source>
        <translation>Nie przechowuje się żadnych tabel.</translation>
    </message>
    <message>
        <source>Data subjects (encrypted IDs)</source>
        <translation>Osoby, których dane dotyczą (zaszyfrowane identyfikatory)</translation>
    </message>
    <message>
        <source>Opt-out register</source>
        <translation>Rejestr sprzeciwów</translation>
    </message>
    <message>
        <source>Identity table</source>
        <translation>Tabela tożsamości</translation>
    </message>
    <message>
        <source>kept under a separate key</source>
        <translation>przechowywana z osobnym kluczem</translation>
    </message>
    <message>
        <source>not kept</source>
        <translation>nieprzechowywana</translation>
    </message>
    <message>
        <source>Customers in the opt-out register</source>
        <translation>Klienci w rejestrze sprzeciwów</translation>
    </message>
    <message>
        <source>Opt-out recordings</source>
        <translation>Zarejestrowane sprzeciwy</translation>
    </message>
    <message>
        <source>Re-consents (withdrawn opt-outs)</source>
        <translation>Ponowne zgody (wycofane sprzeciwy)</translation>
    </message>
    <message>
        <source>Rows of opted-out customers removed at import</source>
        <translation>Wiersze klientów, którzy wnieśli sprzeciw, usunięte przy imporcie</translation>
    </message>
    <message>
        <source>No opt-outs recorded after import.</source>
        <translation>Po imporcie nie zarejestrowano sprzeciwów.</translation>
    </message>
    <message>
        <source>No retention cleanup has been run.</source>
        <translation>Nie przeprowadzono czyszczenia po okresie przechowywania.</translation>
    </message>
    <message>
        <source>No erasure has been carried out.</source>
        <translation>Nie przeprowadzono usunięcia danych.</translation>
    </message>
    <message>
        <source>Model ID</source>
        <translation>Identyfikator modelu</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Model</translation>
    </message>
    <message>
        <source>Customers scored</source>
        <translation>Klienci z obliczonym ryzykiem</translation>
    </message>
    <message>
        <source>No model has been trained.</source>
        <translation>Nie wytrenowano żadnego modelu.</translation>
    </message>
    <message>
        <source>Records (customer table)</source>
        <translation>Rekordy (tabela klientów)</translation>
    </message>
    <message>
        <source>Quasi-identifiers</source>
        <translation>Quasi-identyfikatory</translation>
    </message>
    <message>
        <source>none</source>
        <translation>brak</translation>
    </message>
    <message>
        <source>Minimum class size k</source>
        <translation>Minimalna liczebność klasy k</translation>
    </message>
    <message>
        <source>Equivalence classes</source>
        <translation>Klasy równoważności</translation>
    </message>
    <message>
        <source>{0} (smallest: {1})</source>
        <translation>{0} (najmniejsza: {1})</translation>
    </message>
    <message>
        <source>Unique records</source>
        <translation>Unikalne rekordy</translation>
    </message>
    <message>
        <source>Records in classes below k</source>
        <translation>Rekordy w klasach mniejszych niż k</translation>
    </message>
    <message>
        <source>Prosecutor risk, highest</source>
        <translation>Ryzyko prokuratora, najwyższe</translation>
    </message>
    <message>
        <source>Prosecutor risk, average</source>
        <translation>Ryzyko prokuratora, średnie</translation>
    </message>
    <message>
        <source>Journalist risk, highest / average</source>
        <translation>Ryzyko dziennikarza, najwyższe / średnie</translation>
    </message>
    <message>
        <source>Marketer risk</source>
        <translation>Ryzyko marketera</translation>
    </message>
    <message>
        <source>Risk level</source>
        <translation>Poziom ryzyka</translation>
    </message>
    <message>
        <source>Column dropped</source>
        <translation>Usunięta kolumna</translation>
    </message>
    <message>
        <source>Unique without it</source>
        <translation>Unikalne bez niej</translation>
    </message>
    <message>
        <source>Below k without it</source>
        <translation>Poniżej k bez niej</translation>
    </message>
    <message>
        <source>Suggestions to lower the risk:</source>
        <translation>Propozycje obniżenia ryzyka:</translation>
    </message>
    <message>
        <source>verified (hash chain, signatures and signed head)</source>
        <translation>zweryfikowany (łańcuch skrótów, podpisy i podpisany koniec łańcucha)</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Wpisy</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stan</translation>
    </message>
    <message>
        <source>Log key fingerprint (SHA-256)</source>
        <translation>Odcisk klucza dziennika (SHA-256)</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Odbiorcy</translation>
    </message>
    <message>
        <source>Transfers to third countries</source>
        <translation>Przekazywanie do państw trzecich</translation>
    </message>
    <message>
        <source>Technical measures built into Prevista:</source>
        <translation>Środki techniczne wbudowane w program Prevista:</translation>
    </message>
    <message>
        <source>No campaign was started: the pilot&apos;s predictions were not yet acted on with a control group, so nothing can be said about what acting on them changes. Start one from a segment (Start campaign…, or prevista campaign start).</source>
        <translation>Nie rozpoczęto żadnej kampanii: na podstawie prognoz z pilotażu nie podjęto jeszcze działań z grupą kontrolną, więc nie można nic powiedzieć o tym, co zmienia działanie na ich podstawie. Rozpocznij kampanię z poziomu segmentu („Rozpocznij kampanię…” lub prevista campaign start).</translation>
    </message>
    <message>
        <source>{0} campaign(s) acted on about {1} customers, with about {2} held back at random as a control group to measure against.</source>
        <translation>Kampanie ({0}) objęły działaniem około {1} klientów, a około {2} losowo wydzielono jako grupę kontrolną do porównania.</translation>
    </message>
    <message>
        <source>{0}: campaigns {1} and the pilot {2}</source>
        <translation>{0}: kampanie {1} i pilotaż {2}</translation>
    </message>
    <message>
        <source>{0}: campaigns {1} (no pilot cost entered)</source>
        <translation>{0}: kampanie {1} (nie podano kosztu pilotażu)</translation>
    </message>
    <message>
        <source>{0} extra spend by the customers acted on (90 % interval {1} to {2})</source>
        <translation>{0} dodatkowych wydatków klientów objętych działaniem (przedział 90 % od {1} do {2})</translation>
    </message>
    <message>
        <source>{0:.0%} (90 % interval {1:.0%} to {2:.0%})</source>
        <translation>{0:.0%} (przedział 90 % od {1:.0%} do {2:.0%})</translation>
    </message>
    <message>
        <source>{0:.1f} months</source>
        <translation>{0:.1f} mies.</translation>
    </message>
    <message>
        <source>{0} (soonest {1}, latest {2})</source>
        <translation>{0} (najwcześniej {1}, najpóźniej {2})</translation>
    </message>
    <message>
        <source>{0}; about {1} acted on, {2} held back ({3:.0%}); it can detect a change in churn of {4:.0%} or more</source>
        <translation>{0}; około {1} objętych działaniem, {2} w grupie kontrolnej ({3:.0%}); może wykryć zmianę odsetka odejść o {4:.0%} lub więcej</translation>
    </message>
    <message>
        <source>Not measured yet.</source>
        <translation>Jeszcze nie zmierzono.</translation>
    </message>
    <message>
        <source>not at the measured pace</source>
        <translation>nie przy zmierzonym tempie</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nigdy</translation>
    </message>
    <message>
        <source>not within the interval</source>
        <translation>poza przedziałem</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Kampania</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Wynik</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>Co zrobiono</translation>
    </message>
    <message>
        <source>What it cost</source>
        <translation>Ile to kosztowało</translation>
    </message>
    <message>
        <source>What it returned</source>
        <translation>Co to przyniosło</translation>
    </message>
    <message>
        <source>Return on investment</source>
        <translation>Zwrot z inwestycji</translation>
    </message>
    <message>
        <source>Cost and return</source>
        <translation>Koszt i zwrot</translation>
    </message>
    <message>
        <source>Not yet available: enter a cost per contact and measure a campaign on data with order values.</source>
        <translation>Jeszcze niedostępne: podaj koszt na kontakt i zmierz kampanię na danych z wartościami zamówień.</translation>
    </message>
    <message>
        <source>What it changed (measured against the control group):</source>
        <translation>Co to zmieniło (w porównaniu z grupą kontrolną):</translation>
    </message>
    <message>
        <source>How sure: each figure is a difference between randomly assigned groups with its 90 % interval; &apos;no effect measurable yet&apos; means the groups are still too small or too recent.</source>
        <translation>Jak pewne są wyniki: każda liczba to różnica między losowo przydzielonymi grupami z przedziałem 90 %; „brak jeszcze mierzalnego efektu” oznacza, że grupy są wciąż zbyt małe lub zbyt świeże.</translation>
    </message>
    <message>
        <source>Change in churn against the control group, in percentage points, with its 90 % interval (left of the dashed line: fewer customers lost).</source>
        <translation>Zmiana odsetka odejść w porównaniu z grupą kontrolną, w punktach procentowych, z przedziałem 90 % (na lewo od linii przerywanej: mniej utraconych klientów).</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Rozpoczęto</translation>
    </message>
    <message>
        <source>Break-even</source>
        <translation>Próg rentowności</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Wskaźnik</translation>
    </message>
    <message>
        <source>Acted on</source>
        <translation>Objęci działaniem</translation>
    </message>
    <message>
        <source>Held back</source>
        <translation>Grupa kontrolna</translation>
    </message>
    <message>
        <source>Difference (90 % interval)</source>
        <translation>Różnica (przedział 90 %)</translation>
    </message>
    <message>
        <source>{0} — page {1} of {2}</source>
        <translation>{0} — strona {1} z {2}</translation>
    </message>
    <message>
        <source>Pilot report: customer predictions</source>
        <translation>Raport pilotażowy: prognozy dotyczące klientów</translation>
    </message>
    <message>
        <source>1. Executive summary</source>
        <translation>1. Podsumowanie</translation>
    </message>
    <message>
        <source>2. Key figures</source>
        <translation>2. Kluczowe liczby</translation>
    </message>
    <message>
        <source>3. KPIs since the baseline</source>
        <translation>3. KPI od zapisania wartości bazowych</translation>
    </message>
    <message>
        <source>4. Campaigns: what acting changed, and what it returned</source>
        <translation>4. Kampanie: co zmieniło działanie i co przyniosło</translation>
    </message>
    <message>
        <source>5. Model quality</source>
        <translation>5. Jakość modelu</translation>
    </message>
    <message>
        <source>6. Segment findings</source>
        <translation>6. Wnioski dotyczące segmentów</translation>
    </message>
    <message>
        <source>7. Support-ticket forecast</source>
        <translation>7. Prognoza zgłoszeń serwisowych</translation>
    </message>
    <message>
        <source>8. Privacy and data protection</source>
        <translation>8. Prywatność i ochrona danych</translation>
    </message>
    <message>
        <source>No model trained yet: train the models first (prevista train, or the Models screen), then produce this report again.</source>
        <translation>Nie wytrenowano jeszcze modelu: najpierw wytrenuj modele (prevista train lub ekran Modele), a następnie ponownie przygotuj ten raport.</translation>
    </message>
    <message>
        <source>No dated support tickets were imported, so there is no ticket forecast.</source>
        <translation>Nie zaimportowano datowanych zgłoszeń serwisowych, więc nie ma prognozy zgłoszeń.</translation>
    </message>
    <message>
        <source>ROC AUC (0.5 = chance)</source>
        <translation>ROC AUC (0,5 = przypadek)</translation>
    </message>
    <message>
        <source>Brier score (lower is better)</source>
        <translation>Wynik Briera (im niżej, tym lepiej)</translation>
    </message>
    <message>
        <source>Top-decile lift (×)</source>
        <translation>Lift w górnym decylu (×)</translation>
    </message>
    <message>
        <source>Aggregates only: this report contains no customer ID, encrypted ID, name, contact detail or value of any single customer.</source>
        <translation>Wyłącznie dane zagregowane: ten raport nie zawiera identyfikatora klienta, zaszyfrowanego identyfikatora, imienia i nazwiska, danych kontaktowych ani wartości dotyczących pojedynczego klienta.</translation>
    </message>
    <message>
        <source>Prepared with Prevista for {0} on {1} UTC. {2}</source>
        <translation>Przygotowano w programie Prevista dla {0} dnia {1} UTC. {2}</translation>
    </message>
    <message>
        <source>up to date: no data is held past its retention limit</source>
        <translation>bez zaległości: żadne dane nie są przechowywane dłużej, niż pozwala okres przechowywania</translation>
    </message>
    <message>
        <source>cleanup due — past their limit: {0} (run the retention cleanup)</source>
        <translation>należy usunąć dane — po terminie: {0} (uruchom czyszczenie po okresie przechowywania)</translation>
    </message>
    <message>
        <source>{0} customers in the opt-out register, excluded from every analysis; {1} erased on request; {2} e-mail addresses excluded as soon as they appear</source>
        <translation>klienci w rejestrze sprzeciwów, wykluczeni z każdej analizy: {0}; usunięci na żądanie: {1}; adresy e-mail wykluczane, gdy tylko się pojawią: {2}</translation>
    </message>
    <message>
        <source>{0} – {1}</source>
        <translation>{0} – {1}</translation>
    </message>
    <message>
        <source>Calibration: over {0} equal-sized risk bands of held-out customers, predicted and observed churn differ by {1:.1f} percentage points on average (at most {2:.1f}); in the highest-risk band {3} was predicted and {4} observed.</source>
        <translation>Kalibracja: w {0} równolicznych przedziałach ryzyka wśród odłożonych klientów przewidywany i zaobserwowany odsetek odejść różnią się średnio o {1:.1f} pkt proc. (najwyżej o {2:.1f}); w przedziale o najwyższym ryzyku przewidywano {3}, a zaobserwowano {4}.</translation>
    </message>
    <message>
        <source>{0} of {1} customers within {2} days</source>
        <translation>{0} z {1} klientów w ciągu {2} dni</translation>
    </message>
    <message>
        <source>{0} of {1} customers marked as churned by the label</source>
        <translation>{0} z {1} klientów oznaczonych przez etykietę jako odchodzący</translation>
    </message>
    <message>
        <source>{0} ({1})</source>
        <translation>{0} ({1})</translation>
    </message>
    <message>
        <source>withheld: fewer scored customers than the minimum segment size</source>
        <translation>ukryte: mniej klientów z obliczonym ryzykiem niż minimalna wielkość segmentu</translation>
    </message>
    <message>
        <source>{0} current customers scored</source>
        <translation>obecni klienci z obliczonym ryzykiem: {0}</translation>
    </message>
    <message>
        <source>Predicted churn, next {0} days</source>
        <translation>Prognozowane odejścia, następne {0} dni</translation>
    </message>
    <message>
        <source>Predicted churn (as the label defines it)</source>
        <translation>Prognozowane odejścia (według definicji etykiety)</translation>
    </message>
    <message>
        <source>{0} — about {1:.0f} expected churners</source>
        <translation>{0} — oczekiwane odejścia: około {1:.0f}</translation>
    </message>
    <message>
        <source>{0} (churn risk × {1})</source>
        <translation>{0} (ryzyko odejścia × {1})</translation>
    </message>
    <message>
        <source>{0} segments of at least k = {1} customers; {2} of {3} customers analysed fall in a listed segment (smaller groups are not shown).</source>
        <translation>Segmenty liczące co najmniej k = {1} klientów: {0}; {2} z {3} przeanalizowanych klientów należy do wymienionego segmentu (mniejsze grupy nie są pokazywane).</translation>
    </message>
    <message>
        <source>Revenue at risk = churn risk × {0}.</source>
        <translation>Zagrożony przychód = ryzyko odejścia × {0}.</translation>
    </message>
    <message>
        <source>{0}: {1}. Recommended: {2} (because {3}).</source>
        <translation>{0}: {1}. Zalecane: {2} (ponieważ {3}).</translation>
    </message>
    <message>
        <source>Evidence: {0}</source>
        <translation>Uzasadnienie: {0}</translation>
    </message>
    <message>
        <source>About {0:.0f} support tickets expected over the next {1} weeks ({2}). Forecasting {3} weeks ahead from past points in time, it was off by {4:.1f} tickets a week on average, against {5:.1f} for the best other method ({6}).</source>
        <translation>W ciągu następnych {1} tyg. oczekiwanych jest około {0:.0f} zgłoszeń serwisowych ({2}). Prognozując {3} tyg. naprzód z wcześniejszych momentów, metoda myliła się średnio o {4:.1f} zgłoszeń tygodniowo, wobec {5:.1f} dla najlepszej innej metody ({6}).</translation>
    </message>
    <message>
        <source>verified: {0} entries, hash chain and signatures intact</source>
        <translation>zweryfikowany: wpisów: {0}, łańcuch skrótów i podpisy nienaruszone</translation>
    </message>
    <message>
        <source>verified: 1 entry, hash chain and signatures intact</source>
        <translation>zweryfikowany: 1 wpis, łańcuch skrótów i podpisy nienaruszone</translation>
    </message>
    <message>
        <source>DOES NOT VERIFY: {0}</source>
        <translation>NIE PRZECHODZI WERYFIKACJI: {0}</translation>
    </message>
    <message>
        <source>Data period</source>
        <translation>Okres danych</translation>
    </message>
    <message>
        <source>Churn observed on held-out data</source>
        <translation>Odejścia zaobserwowane na odłożonych danych</translation>
    </message>
    <message>
        <source>Customers analysed</source>
        <translation>Przeanalizowani klienci</translation>
    </message>
    <message>
        <source>Revenue at risk</source>
        <translation>Zagrożony przychód</translation>
    </message>
    <message>
        <source>Client (controller)</source>
        <translation>Klient (administrator)</translation>
    </message>
    <message>
        <source>Opt-outs honoured</source>
        <translation>Uwzględnione sprzeciwy</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Przechowywanie</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Wiersze</translation>
    </message>
    <message>
        <source>The KPIs were not gathered for this report.</source>
        <translation>Do tego raportu nie zebrano KPI.</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Wartość bazowa</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Obecnie</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Zmiana</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Klienci</translation>
    </message>
    <message>
        <source>No KPI computed.</source>
        <translation>Nie obliczono żadnego KPI.</translation>
    </message>
    <message>
        <source>How each figure is computed:</source>
        <translation>Jak obliczana jest każda liczba:</translation>
    </message>
    <message>
        <source>Not shown, and why:</source>
        <translation>Czego nie pokazano i dlaczego:</translation>
    </message>
    <message>
        <source>Calibration: not measured.</source>
        <translation>Kalibracja: nie zmierzono.</translation>
    </message>
    <message>
        <source>Held-out measure</source>
        <translation>Miara na odłożonych danych</translation>
    </message>
    <message>
        <source>Purchase propensity</source>
        <translation>Skłonność do zakupu</translation>
    </message>
    <message>
        <source>Model kept</source>
        <translation>Zachowany model</translation>
    </message>
    <message>
        <source>Baselines (ROC AUC)</source>
        <translation>Modele bazowe (ROC AUC)</translation>
    </message>
    <message>
        <source>No purchase-propensity model (no dated purchases to learn from).</source>
        <translation>Brak modelu skłonności do zakupu (brak datowanych zakupów, na których mógłby się uczyć).</translation>
    </message>
    <message>
        <source>{0} (every {1} days), or earlier when the drift check reports a shift</source>
        <translation>{0} (co {1} dni) lub wcześniej, gdy sprawdzenie dryfu danych wykaże przesunięcie</translation>
    </message>
    <message>
        <source>Churn model kept</source>
        <translation>Zachowany model odejść</translation>
    </message>
    <message>
        <source>Trained</source>
        <translation>Wytrenowano</translation>
    </message>
    <message>
        <source>churn within {0} days, from {1}</source>
        <translation>odejście w ciągu {0} dni, ustalone na podstawie: {1}</translation>
    </message>
    <message>
        <source>churn as marked by {0}; the label has no time window</source>
        <translation>odejście oznaczone przez {0}; etykieta nie ma okna czasowego</translation>
    </message>
    <message>
        <source>Validation</source>
        <translation>Walidacja</translation>
    </message>
    <message>
        <source>Quality on held-out customers the model never saw, next to the baselines it had to beat (in brackets: the range that holds the measure in 95 % of resamples of those customers):</source>
        <translation>Jakość na odłożonych klientach, których model nigdy nie widział, obok modeli bazowych, od których musiał być lepszy (w nawiasach: zakres, w którym miara mieści się w 95 % losowań spośród tych klientów):</translation>
    </message>
    <message>
        <source>What drives churn risk:</source>
        <translation>Co wpływa na ryzyko odejścia:</translation>
    </message>
    <message>
        <source>No single driver stands out.</source>
        <translation>Żaden pojedynczy czynnik się nie wyróżnia.</translation>
    </message>
    <message>
        <source>Warnings and notes:</source>
        <translation>Ostrzeżenia i uwagi:</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Brak.</translation>
    </message>
    <message>
        <source>Drift reference</source>
        <translation>Punkt odniesienia dryfu</translation>
    </message>
    <message>
        <source>customers as of {0}</source>
        <translation>klienci na dzień {0}</translation>
    </message>
    <message>
        <source>Retrain by</source>
        <translation>Ponowne trenowanie do</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>Churn risk</source>
        <translation>Ryzyko odejścia</translation>
    </message>
    <message>
        <source>Expected churners</source>
        <translation>Oczekiwane odejścia</translation>
    </message>
    <message>
        <source>No segment reaches the minimum size.</source>
        <translation>Żaden segment nie osiąga minimalnej wielkości.</translation>
    </message>
    <message>
        <source>What sets each segment apart, and what to do:</source>
        <translation>Co wyróżnia każdy segment i co zrobić:</translation>
    </message>
    <message>
        <source>Week of</source>
        <translation>Tydzień od</translation>
    </message>
    <message>
        <source>Expected tickets</source>
        <translation>Oczekiwane zgłoszenia</translation>
    </message>
    <message>
        <source>Range ({0:.0%})</source>
        <translation>Zakres ({0:.0%})</translation>
    </message>
    <message>
        <source>kept only in a separately keyed identity table, never used for analysis</source>
        <translation>przechowywane tylko w tabeli tożsamości z osobnym kluczem, nigdy nieużywane do analizy</translation>
    </message>
    <message>
        <source>dropped at import and not stored</source>
        <translation>pomijane przy imporcie i nieprzechowywane</translation>
    </message>
    <message>
        <source>Processing log</source>
        <translation>Dziennik przetwarzania</translation>
    </message>
    <message>
        <source>Minimum segment size</source>
        <translation>Minimalna wielkość segmentu</translation>
    </message>
    <message>
        <source>{0} customers: no figure in this report describes fewer</source>
        <translation>{0} klientów: żadna liczba w tym raporcie nie opisuje mniejszej grupy</translation>
    </message>
    <message>
        <source>Direct identifiers</source>
        <translation>Bezpośrednie identyfikatory</translation>
    </message>
    <message>
        <source>All processing ran offline on this computer; no data was uploaded or shared.</source>
        <translation>Całe przetwarzanie odbyło się offline na tym komputerze; żadne dane nie zostały przesłane ani udostępnione.</translation>
    </message>
    <message>
        <source>Customer IDs were replaced by encrypted IDs at import; opted-out customers were removed.</source>
        <translation>Identyfikatory klientów zostały zastąpione zaszyfrowanymi identyfikatorami przy imporcie; klientów, którzy wnieśli sprzeciw, usunięto.</translation>
    </message>
    <message>
        <source>Predictions are meant to offer customers help; a person decides on every action.</source>
        <translation>Prognozy służą temu, by oferować klientom pomoc; o każdym działaniu decyduje człowiek.</translation>
    </message>
    <message>
        <source>No population table is available, so the dataset itself is taken as the population: journalist risk equals prosecutor risk.</source>
        <translation>Brak tabeli populacji, więc za populację przyjmuje się sam zbiór danych: ryzyko dziennikarza jest równe ryzyku prokuratora.</translation>
    </message>
    <message>
        <source>Marketer risk is the expected share of records re-identified when every record is attacked; it equals the average prosecutor risk.</source>
        <translation>Ryzyko marketera to oczekiwany odsetek rekordów zidentyfikowanych ponownie, gdy atak dotyczy każdego rekordu; jest równe średniemu ryzyku prokuratora.</translation>
    </message>
    <message>
        <source>No customer records are stored, so no one can be re-identified from them.</source>
        <translation>Nie są przechowywane żadne rekordy klientów, więc nikogo nie można na ich podstawie ponownie zidentyfikować.</translation>
    </message>
    <message>
        <source>No quasi-identifiers remain in the stored customer table: all {0} customers look alike on what an attacker could know. Re-identification risk is low.</source>
        <translation>W zapisanej tabeli klientów nie pozostały żadne quasi-identyfikatory: wszyscy klienci ({0}) wyglądają tak samo pod względem tego, co mógłby wiedzieć atakujący. Ryzyko ponownej identyfikacji jest niskie.</translation>
    </message>
    <message>
        <source>On {0}: {1} of {2} customers ({3:.1%}) are unique and {4} ({5:.1%}) are in groups smaller than k = {6}. Re-identification risk is low.</source>
        <translation>Biorąc pod uwagę {0}: {1} z {2} klientów ({3:.1%}) jest unikalnych, a {4} ({5:.1%}) należy do grup mniejszych niż k = {6}. Ryzyko ponownej identyfikacji jest niskie.</translation>
    </message>
    <message>
        <source>On {0}: {1} of {2} customers ({3:.1%}) are unique and {4} ({5:.1%}) are in groups smaller than k = {6}. Re-identification risk is medium.</source>
        <translation>Biorąc pod uwagę {0}: {1} z {2} klientów ({3:.1%}) jest unikalnych, a {4} ({5:.1%}) należy do grup mniejszych niż k = {6}. Ryzyko ponownej identyfikacji jest średnie.</translation>
    </message>
    <message>
        <source>On {0}: {1} of {2} customers ({3:.1%}) are unique and {4} ({5:.1%}) are in groups smaller than k = {6}. Re-identification risk is high.</source>
        <translation>Biorąc pod uwagę {0}: {1} z {2} klientów ({3:.1%}) jest unikalnych, a {4} ({5:.1%}) należy do grup mniejszych niż k = {6}. Ryzyko ponownej identyfikacji jest wysokie.</translation>
    </message>
    <message>
        <source>generalise &apos;{0}&apos; to its first two digits</source>
        <translation>uogólnij „{0}” do pierwszych dwóch cyfr</translation>
    </message>
    <message>
        <source>band &apos;{0}&apos; into 10-year groups, or drop the birth date</source>
        <translation>pogrupuj „{0}” w przedziały 10-letnie lub usuń datę urodzenia</translation>
    </message>
    <message>
        <source>drop &apos;{0}&apos; or band it into 10-year groups</source>
        <translation>usuń „{0}” lub pogrupuj w przedziały 10-letnie</translation>
    </message>
    <message>
        <source>generalise &apos;{0}&apos; to region or country, or drop it</source>
        <translation>uogólnij „{0}” do regionu lub kraju albo usuń tę kolumnę</translation>
    </message>
    <message>
        <source>band &apos;{0}&apos; into a few ranges, or drop it</source>
        <translation>pogrupuj „{0}” w kilka przedziałów albo usuń tę kolumnę</translation>
    </message>
    <message>
        <source>merge values of &apos;{0}&apos; held by fewer than {1} customers into &apos;Other&apos;, or drop it</source>
        <translation>połącz wartości „{0}” występujące u mniej niż {1} klientów w kategorię „Inne” albo usuń tę kolumnę</translation>
    </message>
    <message>
        <source>{0} entry</source>
        <translation>{0} wpis</translation>
    </message>
    <message>
        <source>{0} entries</source>
        <translation>wpisy: {0}</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Reports</source>
        <translation>Raporty</translation>
    </message>
    <message>
        <source>Save a report</source>
        <translation>Zapisz raport</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>HTML</source>
        <translation>HTML</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>Save the &amp;pilot report…</source>
        <translation>Zapisz &amp;raport pilotażowy…</translation>
    </message>
    <message>
        <source>Key figures, model quality, segment findings and a privacy summary for the client; aggregates only</source>
        <translation>Kluczowe liczby, jakość modelu, wnioski dotyczące segmentów i podsumowanie ochrony danych dla klienta; wyłącznie dane zagregowane</translation>
    </message>
    <message>
        <source>Save the &amp;Art. 30 record…</source>
        <translation>Zapisz r&amp;ejestr z art. 30…</translation>
    </message>
    <message>
        <source>The record of processing activities (GDPR Art. 30) for the data-protection officer</source>
        <translation>Rejestr czynności przetwarzania (art. 30 RODO) dla inspektora ochrony danych</translation>
    </message>
    <message>
        <source>Pilot report: headline figures</source>
        <translation>Raport pilotażowy: najważniejsze liczby</translation>
    </message>
    <message>
        <source>Customers analysed:</source>
        <translation>Przeanalizowani klienci:</translation>
    </message>
    <message>
        <source>Data period:</source>
        <translation>Okres danych:</translation>
    </message>
    <message>
        <source>Predicted churn:</source>
        <translation>Prognozowane odejścia:</translation>
    </message>
    <message>
        <source>Revenue at risk:</source>
        <translation>Zagrożony przychód:</translation>
    </message>
    <message>
        <source>Churn model quality:</source>
        <translation>Jakość modelu odejść:</translation>
    </message>
    <message>
        <source>Segments:</source>
        <translation>Segmenty:</translation>
    </message>
    <message>
        <source>Opt-outs honoured:</source>
        <translation>Uwzględnione sprzeciwy:</translation>
    </message>
    <message>
        <source>Retention:</source>
        <translation>Przechowywanie:</translation>
    </message>
    <message>
        <source>Processing log:</source>
        <translation>Dziennik przetwarzania:</translation>
    </message>
    <message>
        <source>Re-identification risk of the stored customers</source>
        <translation>Ryzyko ponownej identyfikacji zapisanych klientów</translation>
    </message>
    <message>
        <source>Risk level</source>
        <translation>Poziom ryzyka</translation>
    </message>
    <message>
        <source>Risk summary</source>
        <translation>Podsumowanie ryzyka</translation>
    </message>
    <message>
        <source>How to lower the risk</source>
        <translation>Jak obniżyć ryzyko</translation>
    </message>
    <message>
        <source>Handover</source>
        <translation>Przekazanie</translation>
    </message>
    <message>
        <source>Save &amp;handover bundle…</source>
        <translation>Zapisz &amp;pakiet przekazania…</translation>
    </message>
    <message>
        <source>Model card, segments, forecast, reports and the processing log in one ZIP file the client may keep; no personal data</source>
        <translation>Karta modelu, segmenty, prognoza, raporty i dziennik przetwarzania w jednym pliku ZIP, który klient może zachować; bez danych osobowych</translation>
    </message>
    <message>
        <source>C&amp;lose the pilot…</source>
        <translation>&amp;Zamknij pilotaż…</translation>
    </message>
    <message>
        <source>Erase all data of this pilot for good; only the handover bundle and the processing log remain</source>
        <translation>Trwale usuń wszystkie dane tego pilotażu; pozostaną tylko pakiet przekazania i dziennik przetwarzania</translation>
    </message>
    <message>
        <source>Reading the report figures</source>
        <translation>Wczytywanie liczb do raportu</translation>
    </message>
    <message>
        <source>Save the pilot report</source>
        <translation>Zapisz raport pilotażowy</translation>
    </message>
    <message>
        <source>Saved the pilot report to {0}. It holds aggregates only and can be handed to the client.</source>
        <translation>Zapisano raport pilotażowy w {0}. Zawiera wyłącznie dane zagregowane i można go przekazać klientowi.</translation>
    </message>
    <message>
        <source>The record was not saved: it needs the controller details first.</source>
        <translation>Rejestr nie został zapisany: najpierw potrzebne są dane administratora.</translation>
    </message>
    <message>
        <source>Saving the record&apos;s details</source>
        <translation>Zapisywanie danych do rejestru</translation>
    </message>
    <message>
        <source>The controller details were saved in the project&apos;s settings (logged).</source>
        <translation>Dane administratora zapisano w ustawieniach projektu (odnotowano w dzienniku).</translation>
    </message>
    <message>
        <source>Save the record of processing activities</source>
        <translation>Zapisz rejestr czynności przetwarzania</translation>
    </message>
    <message>
        <source>Saved the record of processing activities to {0}.</source>
        <translation>Zapisano rejestr czynności przetwarzania w {0}.</translation>
    </message>
    <message>
        <source>Save the handover bundle</source>
        <translation>Zapisz pakiet przekazania</translation>
    </message>
    <message>
        <source>ZIP archives (*.zip)</source>
        <translation>Archiwa ZIP (*.zip)</translation>
    </message>
    <message>
        <source>Save a handover bundle first: closing the pilot keeps only that bundle and the processing log.</source>
        <translation>Najpierw zapisz pakiet przekazania: po zamknięciu pilotażu pozostaną tylko ten pakiet i dziennik przetwarzania.</translation>
    </message>
    <message>
        <source>This erases ALL data of this pilot for good: customers, events, scores, identities, the opt-out register and the models. Only the processing log and the handover bundle {0} remain. This cannot be undone. Close the pilot now?</source>
        <translation>Spowoduje to trwałe usunięcie WSZYSTKICH danych tego pilotażu: klientów, zdarzeń, ocen ryzyka, tożsamości, rejestru sprzeciwów i modeli. Pozostaną tylko dziennik przetwarzania i pakiet przekazania {0}. Tej operacji nie można cofnąć. Zamknąć pilotaż teraz?</translation>
    </message>
    <message>
        <source>Closing the pilot</source>
        <translation>Zamykanie pilotażu</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Dokumenty PDF (*.pdf)</translation>
    </message>
    <message>
        <source>HTML pages (*.html)</source>
        <translation>Strony HTML (*.html)</translation>
    </message>
    <message>
        <source>Writing {0}</source>
        <translation>Zapisywanie pliku {0}</translation>
    </message>
    <message>
        <source>Saved the handover bundle to {0}. It holds no personal data: the client may keep it after the pilot is closed.</source>
        <translation>Zapisano pakiet przekazania w {0}. Nie zawiera danych osobowych: klient może go zachować po zamknięciu pilotażu.</translation>
    </message>
    <message>
        <source>The pilot is closed: all its data was erased and the keys of its files destroyed. Keep the handover bundle; the project now holds only the processing log.</source>
        <translation>Pilotaż został zamknięty: wszystkie jego dane usunięto, a klucze jego plików zniszczono. Zachowaj pakiet przekazania; projekt zawiera teraz tylko dziennik przetwarzania.</translation>
    </message>
    <message>
        <source>This pilot was closed on {0}: {1} rows and the models were erased for good, so there is no pilot report or handover bundle to make any more (the client keeps the bundle saved before closing). The processing log (entries: {2}) remains, and the Art. 30 record above can still be saved from it.</source>
        <translation>Ten pilotaż zamknięto {0}: wiersze (liczba: {1}) i modele zostały trwale usunięte, więc nie można już przygotować raportu pilotażowego ani pakietu przekazania (klient zachowuje pakiet zapisany przed zamknięciem). Dziennik przetwarzania (wpisy: {2}) pozostaje, a rejestr z art. 30 powyżej nadal można na jego podstawie zapisać.</translation>
    </message>
    <message>
        <source>{0} customers in the register, excluded from every analysis</source>
        <translation>{0} (klienci w rejestrze, wykluczeni z każdej analizy)</translation>
    </message>
    <message>
        <source>cleanup due</source>
        <translation>należy usunąć dane</translation>
    </message>
    <message>
        <source>up to date</source>
        <translation>bez zaległości</translation>
    </message>
    <message>
        <source>verified, {0} entries</source>
        <translation>zweryfikowany, wpisów: {0}</translation>
    </message>
    <message>
        <source>DOES NOT VERIFY: {0}</source>
        <translation>NIE PRZECHODZI WERYFIKACJI: {0}</translation>
    </message>
    <message>
        <source>No model trained yet: train the models first; the pilot report then carries predictions and segments.</source>
        <translation>Nie wytrenowano jeszcze modelu: najpierw wytrenuj modele; raport pilotażowy będzie wtedy zawierał prognozy i segmenty.</translation>
    </message>
    <message>
        <source>{0} to {1}</source>
        <translation>od {0} do {1}</translation>
    </message>
    <message>
        <source>ROC AUC {0:.3f} on held-out data ({1})</source>
        <translation>ROC AUC {0:.3f} na odłożonych danych testowych ({1})</translation>
    </message>
    <message>
        <source>{0} segments of at least {1} customers</source>
        <translation>{0} (minimalna liczebność: {1})</translation>
    </message>
    <message>
        <source>{0} current customers</source>
        <translation>{0} (obecni klienci)</translation>
    </message>
    <message>
        <source>{0:.1%} in the next {1} days, about {2:.0f} customers</source>
        <translation>{0:.1%} w ciągu następnych {1} dni (odchodzący klienci: ok. {2:.0f})</translation>
    </message>
    <message>
        <source>{0:.1%} as the churn label defines it, about {1:.0f} customers</source>
        <translation>{0:.1%} według etykiety odejścia, około {1:.0f} klientów</translation>
    </message>
    <message>
        <source>low</source>
        <translation>niski</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>średni</translation>
    </message>
    <message>
        <source>high</source>
        <translation>wysoki</translation>
    </message>
    <message>
        <source>Risk level: {0}</source>
        <translation>Poziom ryzyka: {0}</translation>
    </message>
    <message>
        <source>To lower it:</source>
        <translation>Jak je obniżyć:</translation>
    </message>
</context>
<context>
    <name>RequestsTab</name>
    <message>
        <source>Type the customer ID exactly as it appears in the CRM export. An access report holds everything kept about the person, readable: save it outside the project folder and hand it over securely. An erasure deletes the person&apos;s data everywhere, for good.</source>
        <translation>Wpisz identyfikator klienta dokładnie tak, jak występuje w eksporcie z CRM. Raport dostępu zawiera w czytelnej postaci wszystko, co przechowujemy o danej osobie: zapisz go poza folderem projektu i przekaż w bezpieczny sposób. Usunięcie trwale kasuje dane osoby we wszystkich miejscach.</translation>
    </message>
    <message>
        <source>Customer ID</source>
        <translation>Identyfikator klienta</translation>
    </message>
    <message>
        <source>Customer &amp;ID:</source>
        <translation>&amp;Identyfikator klienta:</translation>
    </message>
    <message>
        <source>&amp;Access report…</source>
        <translation>&amp;Raport dostępu…</translation>
    </message>
    <message>
        <source>&amp;Erase…</source>
        <translation>&amp;Usuń dane…</translation>
    </message>
    <message>
        <source>Type the customer ID first.</source>
        <translation>Najpierw wpisz identyfikator klienta.</translation>
    </message>
    <message>
        <source>Save the access report (outside the project folder)</source>
        <translation>Zapisz raport dostępu (poza folderem projektu)</translation>
    </message>
    <message>
        <source>Web page (*.html)</source>
        <translation>Strona internetowa (*.html)</translation>
    </message>
    <message>
        <source>Preparing the access report</source>
        <translation>Przygotowywanie raportu dostępu</translation>
    </message>
    <message>
        <source>Wrote everything held about this person ({0} records in {1} tables) to {2}. The file is readable personal data: hand it over securely and delete your copy.</source>
        <translation>Zapisano wszystko, co przechowujemy o tej osobie (rekordy: {0}, tabele: {1}), w pliku {2}. Plik zawiera czytelne dane osobowe: przekaż go w bezpieczny sposób i usuń swoją kopię.</translation>
    </message>
    <message>
        <source>No data is held about this person: they were erased on request; only their encrypted ID is kept, so that no import brings them back. The report saying so is in {0}.</source>
        <translation>Nie przechowujemy żadnych danych tej osoby: zostały usunięte na jej żądanie; zachowano tylko zaszyfrowany identyfikator, aby żaden import ich nie przywrócił. Raport z tą informacją zapisano w pliku {0}.</translation>
    </message>
    <message>
        <source>No data is held about this person: they objected; only their encrypted ID is kept on the opt-out register. The report saying so is in {0}.</source>
        <translation>Nie przechowujemy żadnych danych tej osoby: wniosła sprzeciw; w rejestrze sprzeciwów zachowano tylko jej zaszyfrowany identyfikator. Raport z tą informacją zapisano w pliku {0}.</translation>
    </message>
    <message>
        <source>No records are held about this person. The report saying so is in {0}.</source>
        <translation>Nie przechowujemy żadnych rekordów dotyczących tej osoby. Raport z tą informacją zapisano w pliku {0}.</translation>
    </message>
    <message>
        <source>Finding this person&apos;s data</source>
        <translation>Wyszukiwanie danych tej osoby</translation>
    </message>
    <message>
        <source>Erase this person&apos;s data everywhere, for good? {0} rows in {1} tables are deleted and cannot be recovered; only their encrypted ID is kept, so that no later import brings them back.</source>
        <translation>Trwale usunąć dane tej osoby we wszystkich miejscach? Wiersze do usunięcia: {0}, w tabelach: {1}; nie będzie można ich odzyskać. Zachowany zostanie tylko zaszyfrowany identyfikator, aby żaden późniejszy import nie przywrócił tych danych.</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>Usuń dane</translation>
    </message>
    <message>
        <source>Erased everywhere: {0} rows deleted; future imports will leave this person out. Log entry {1}.</source>
        <translation>Dane usunięte we wszystkich miejscach (wierszy: {0}); przyszłe importy pominą tę osobę. Wpis dziennika: {1}.</translation>
    </message>
</context>
<context>
    <name>RetentionTab</name>
    <message>
        <source>Customers</source>
        <translation>Klienci</translation>
    </message>
    <message>
        <source>Transactions</source>
        <translation>Transakcje</translation>
    </message>
    <message>
        <source>Interactions</source>
        <translation>Interakcje</translation>
    </message>
    <message>
        <source>Usage</source>
        <translation>Użycie</translation>
    </message>
    <message>
        <source>Encrypted IDs</source>
        <translation>Zaszyfrowane identyfikatory</translation>
    </message>
    <message>
        <source>Scores</source>
        <translation>Wyniki modelu</translation>
    </message>
    <message>
        <source>Identities</source>
        <translation>Tożsamości</translation>
    </message>
    <message>
        <source>E-mail index</source>
        <translation>Indeks adresów e-mail</translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation>Ostatnia aktywność</translation>
    </message>
    <message>
        <source>Campaign members</source>
        <translation>Uczestnicy kampanii</translation>
    </message>
    <message>
        <source>Campaign contact outcomes</source>
        <translation>Wyniki kontaktów w kampaniach</translation>
    </message>
    <message>
        <source>Retention status</source>
        <translation>Stan przechowywania</translation>
    </message>
    <message>
        <source>Sa&amp;ve policies</source>
        <translation>Zapisz zasad&amp;y</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabela</translation>
    </message>
    <message>
        <source>Limit (months)</source>
        <translation>Limit (miesiące)</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Przechowywane</translation>
    </message>
    <message>
        <source>Counted in</source>
        <translation>Jednostka</translation>
    </message>
    <message>
        <source>Past the limit</source>
        <translation>Po terminie</translation>
    </message>
    <message>
        <source>Expiring in the next 12 months</source>
        <translation>Wygasające w ciągu 12 miesięcy</translation>
    </message>
    <message>
        <source>Next expiries</source>
        <translation>Najbliższe terminy</translation>
    </message>
    <message>
        <source>Undated (kept)</source>
        <translation>Bez daty (zachowane)</translation>
    </message>
    <message>
        <source>Expiring later</source>
        <translation>Wygasające później</translation>
    </message>
    <message>
        <source>Each customer or row held is counted once: past the limit, expiring in the next 12 months, expiring later, or undated. Undated ones stay, because nothing says when they expire.</source>
        <translation>Każdy przechowywany klient lub wiersz jest liczony raz: po terminie, wygasający w ciągu najbliższych 12 miesięcy, wygasający później lub bez daty. Te bez daty pozostają, ponieważ nic nie wskazuje, kiedy wygasają.</translation>
    </message>
    <message>
        <source>Retention deadlines</source>
        <translation>Terminy przechowywania</translation>
    </message>
    <message>
        <source>&amp;Dry run</source>
        <translation>Próbny prze&amp;bieg</translation>
    </message>
    <message>
        <source>C&amp;lean up…</source>
        <translation>&amp;Wykonaj czyszczenie…</translation>
    </message>
    <message>
        <source>Deadlines</source>
        <translation>Terminy</translation>
    </message>
    <message>
        <source>C&amp;ustomers:</source>
        <translation>&amp;Klienci:</translation>
    </message>
    <message>
        <source>&amp;Transactions:</source>
        <translation>&amp;Transakcje:</translation>
    </message>
    <message>
        <source>&amp;Interactions:</source>
        <translation>&amp;Interakcje:</translation>
    </message>
    <message>
        <source>U&amp;sage:</source>
        <translation>&amp;Użycie:</translation>
    </message>
    <message>
        <source>Ca&amp;mpaign members:</source>
        <translation>Uczestnicy kam&amp;panii:</translation>
    </message>
    <message>
        <source>Policies</source>
        <translation>Zasady</translation>
    </message>
    <message>
        <source>Keep for</source>
        <translation>Przechowuj przez</translation>
    </message>
    <message>
        <source>Why this period</source>
        <translation>Uzasadnienie okresu</translation>
    </message>
    <message>
        <source> months</source>
        <translation> mies.</translation>
    </message>
    <message>
        <source>{0}: months kept</source>
        <translation>{0}: okres przechowywania w miesiącach</translation>
    </message>
    <message>
        <source>{0}: why this period</source>
        <translation>{0}: uzasadnienie okresu</translation>
    </message>
    <message>
        <source>Reading retention deadlines</source>
        <translation>Wczytywanie terminów przechowywania</translation>
    </message>
    <message>
        <source>customers</source>
        <translation>klienci</translation>
    </message>
    <message>
        <source>rows</source>
        <translation>wiersze</translation>
    </message>
    <message>
        <source>{0}: {1} {2}</source>
        <translation>{0}: {1} ({2})</translation>
    </message>
    <message>
        <source>Cleanup overdue: {0} past the retention limit. Run a dry run to see what would go, then clean up.</source>
        <translation>Zaległe czyszczenie: {0} po upływie okresu przechowywania. Wykonaj próbny przebieg, aby zobaczyć, co zostałoby usunięte, a następnie wyczyść dane.</translation>
    </message>
    <message>
        <source>Nothing is past its retention limit (as of {0}).</source>
        <translation>Nic nie przekroczyło okresu przechowywania (stan na {0}).</translation>
    </message>
    <message>
        <source>No policy was changed.</source>
        <translation>Nie zmieniono żadnej zasady.</translation>
    </message>
    <message>
        <source>Saving retention policies</source>
        <translation>Zapisywanie zasad przechowywania</translation>
    </message>
    <message>
        <source>Retention for {0}: {1} months ({2}).</source>
        <translation>{0}: okres przechowywania {1} mies. ({2}).</translation>
    </message>
    <message>
        <source>Working out what has expired</source>
        <translation>Ustalanie, co wygasło</translation>
    </message>
    <message>
        <source>Nothing has passed its retention limit: a cleanup would delete nothing.</source>
        <translation>Nic nie przekroczyło okresu przechowywania: czyszczenie niczego by nie usunęło.</translation>
    </message>
    <message>
        <source>Dry run — nothing deleted. A cleanup on {0} would delete {1}; {2} customers are past the customers limit; {3} encrypted IDs would no longer be needed.</source>
        <translation>Próbny przebieg — nic nie usunięto. Czyszczenie w dniu {0} usunęłoby: {1}; klienci po upływie limitu dla tabeli klientów: {2}; zaszyfrowane identyfikatory, które nie byłyby już potrzebne: {3}.</translation>
    </message>
    <message>
        <source>{0}: {1} rows</source>
        <translation>{0} (wierszy: {1})</translation>
    </message>
    <message>
        <source>Delete for good: {0}? The replaced files&apos; keys are destroyed, so this cannot be undone.</source>
        <translation>Trwale usunąć: {0}? Klucze zastąpionych plików zostaną zniszczone, więc tej operacji nie można cofnąć.</translation>
    </message>
    <message>
        <source>Clean up</source>
        <translation>Wyczyść dane</translation>
    </message>
    <message>
        <source>Cleanup done: deleted {0}; the replaced files&apos; keys are destroyed. Log entry {1}.</source>
        <translation>Czyszczenie zakończone: usunięto {0}; klucze zastąpionych plików zostały zniszczone. Wpis dziennika: {1}.</translation>
    </message>
</context>
<context>
    <name>SegmentsPage</name>
    <message>
        <source>Churn risk (%)</source>
        <translation>Ryzyko odejścia (%)</translation>
    </message>
    <message>
        <source>Expected churners</source>
        <translation>Oczekiwane odejścia</translation>
    </message>
    <message>
        <source>Revenue at risk</source>
        <translation>Zagrożony przychód</translation>
    </message>
    <message>
        <source>Purchase propensity (%)</source>
        <translation>Skłonność do zakupu (%)</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Klienci</translation>
    </message>
    <message>
        <source>Forecast support tickets</source>
        <translation>Prognozowane zgłoszenia serwisowe</translation>
    </message>
    <message>
        <source>Expected purchases</source>
        <translation>Oczekiwane zakupy</translation>
    </message>
    <message>
        <source>There are no segments left to show or act on.</source>
        <translation>Nie pozostały żadne segmenty do pokazania ani do działania.</translation>
    </message>
    <message>
        <source>Segments</source>
        <translation>Segmenty</translation>
    </message>
    <message>
        <source>Go to &amp;Models</source>
        <translation>Przejdź do &amp;modeli</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>Churn risk</source>
        <translation>Ryzyko odejścia</translation>
    </message>
    <message>
        <source>Purchase propensity</source>
        <translation>Skłonność do zakupu</translation>
    </message>
    <message>
        <source>Forecast tickets</source>
        <translation>Prognozowane zgłoszenia</translation>
    </message>
    <message>
        <source>C&amp;hart:</source>
        <translation>&amp;Wykres:</translation>
    </message>
    <message>
        <source>Segments chart</source>
        <translation>Wykres segmentów</translation>
    </message>
    <message>
        <source>Selected segment</source>
        <translation>Wybrany segment</translation>
    </message>
    <message>
        <source>&amp;Start campaign…</source>
        <translation>&amp;Rozpocznij kampanię…</translation>
    </message>
    <message>
        <source>Act on this segment with a random control group held back, so that what the action changed can be measured</source>
        <translation>Podejmij działanie wobec tego segmentu z losowo wydzieloną grupą kontrolną, aby można było zmierzyć, co zmieniło działanie</translation>
    </message>
    <message>
        <source>E&amp;xport segments…</source>
        <translation>&amp;Eksportuj segmenty…</translation>
    </message>
    <message>
        <source>Save every segment with its figures, reason and suggested action as an Excel workbook or CSV file</source>
        <translation>Zapisz każdy segment z jego liczbami, uzasadnieniem i sugerowanym działaniem jako skoroszyt Excel lub plik CSV</translation>
    </message>
    <message>
        <source>Export segments</source>
        <translation>Eksportuj segmenty</translation>
    </message>
    <message>
        <source>segments</source>
        <translation>segmenty</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
        <translation>Skoroszyt Excel (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <source>Exporting the segments</source>
        <translation>Eksportowanie segmentów</translation>
    </message>
    <message>
        <source>Saved {0}.</source>
        <translation>Zapisano {0}.</translation>
    </message>
    <message>
        <source>{0} segments from the models trained {1}. Segments smaller than {2} customers are never shown.</source>
        <translation>Segmenty: {0}, z modeli wytrenowanych {1}. Segmenty liczące mniej klientów niż {2} nigdy nie są pokazywane.</translation>
    </message>
    <message>
        <source>Revenue at risk = churn risk × {0}, in {1}.</source>
        <translation>Zagrożony przychód = ryzyko odejścia × {0}, w {1}.</translation>
    </message>
    <message>
        <source>No revenue at risk: it needs what each customer is worth (spend, a fee, a balance or an order value), and this project has none that Prevista recognised. Choose the customer value column in Settings, then train again.</source>
        <translation>Brak zagrożonego przychodu: do jego obliczenia potrzebna jest wartość każdego klienta (wydatki, abonament, saldo lub wartość zamówienia), a ten projekt nie ma żadnej, którą Prevista rozpoznała. Wybierz kolumnę wartości klienta w Ustawieniach, a następnie ponownie wytrenuj modele.</translation>
    </message>
    <message>
        <source>likely still buying {0}, about {1} purchases expected from their buying pattern</source>
        <translation>prawdopodobnie nadal kupują: {0}; na podstawie ich wzorca zakupów oczekiwanych jest około {1} zakupów</translation>
    </message>
    <message>
        <source>Best time to reach: {0}, {1}–{2} h{3} ({4} of their contacts)</source>
        <translation>Najlepszy czas na kontakt: {0}, godz. {1}–{2}{3} ({4} ich kontaktów)</translation>
    </message>
    <message>
        <source>Buys most: {0}, {1}–{2} h{3} ({4} of their purchases)</source>
        <translation>Najwięcej zakupów: {0}, godz. {1}–{2}{3} ({4} ich zakupów)</translation>
    </message>
    <message>
        <source>#{0}</source>
        <translation>#{0}</translation>
    </message>
    <message>
        <source>No segments yet. Train a model first: the segments, their risks and the recommended actions appear here once it exists.</source>
        <translation>Brak segmentów. Najpierw wytrenuj model: segmenty, ich ryzyka i zalecane działania pojawią się tutaj, gdy model będzie gotowy.</translation>
    </message>
    <message>
        <source>Likely still buying (%)</source>
        <translation>Prawdopodobnie nadal kupują (%)</translation>
    </message>
    <message>
        <source>No segment has at least {0} customers, so none can be shown. Lower the smallest segment size in Settings or import more customers, then retrain.</source>
        <translation>Żaden segment nie ma co najmniej {0} klientów, więc nie można żadnego pokazać. Zmniejsz minimalną wielkość segmentu w Ustawieniach lub zaimportuj więcej klientów, a następnie ponownie wytrenuj model.</translation>
    </message>
    <message>
        <source>Retrain recommended: these segments were computed from data that includes people since excluded (opt-out, erasure or retention cleanup). Their figures are recounted without them; train again on the Models page for new segments.</source>
        <translation>Zalecane ponowne trenowanie: te segmenty wyliczono z danych obejmujących osoby później wykluczone (sprzeciw, usunięcie lub czyszczenie po okresie przechowywania). Ich liczby przeliczono bez tych osób; wytrenuj ponownie na stronie Modele, aby uzyskać nowe segmenty.</translation>
    </message>
    <message>
        <source>Revenue at risk = churn risk × {0}.</source>
        <translation>Zagrożony przychód = ryzyko odejścia × {0}.</translation>
    </message>
    <message>
        <source>Forecast tickets: each segment&apos;s share of the support tickets expected in the next {0} weeks.</source>
        <translation>Prognozowane zgłoszenia: udział każdego segmentu w zgłoszeniach serwisowych oczekiwanych w ciągu następnych {0} tyg.</translation>
    </message>
    <message>
        <source>Ticket forecast not available: {0}</source>
        <translation>Prognoza zgłoszeń niedostępna: {0}</translation>
    </message>
    <message>
        <source>#{0} {1}</source>
        <translation>#{0} {1}</translation>
    </message>
    <message>
        <source>{0} customers</source>
        <translation>Klienci: {0}</translation>
    </message>
    <message>
        <source>churn risk {0}</source>
        <translation>ryzyko odejścia {0}</translation>
    </message>
    <message>
        <source>expected churners {0}</source>
        <translation>oczekiwane odejścia {0}</translation>
    </message>
    <message>
        <source>revenue at risk {0}</source>
        <translation>zagrożony przychód {0}</translation>
    </message>
    <message>
        <source>purchase propensity {0}</source>
        <translation>skłonność do zakupu {0}</translation>
    </message>
    <message>
        <source>What sets it apart:</source>
        <translation>Co go wyróżnia:</translation>
    </message>
    <message>
        <source>Recommended action: {0} (because {1}).</source>
        <translation>Zalecane działanie: {0} (ponieważ {1}).</translation>
    </message>
    <message>
        <source>What drives churn across all customers:</source>
        <translation>Co wpływa na odejścia wśród wszystkich klientów:</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>Unlocking</source>
        <translation>Odblokowywanie</translation>
    </message>
    <message>
        <source>Creating the project</source>
        <translation>Tworzenie projektu</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>Customer analytics: predicting churn, purchases and support load to offer customers timely help</source>
        <translation>Analityka klientów: prognozowanie odejść, zakupów i obciążenia działu wsparcia, aby w porę oferować klientom pomoc</translation>
    </message>
    <message>
        <source>None — processing is local and offline; no data is disclosed to anyone</source>
        <translation>Brak — przetwarzanie odbywa się lokalnie i offline; dane nie są nikomu ujawniane</translation>
    </message>
    <message>
        <source>None — the data never leaves this computer</source>
        <translation>Brak — dane nigdy nie opuszczają tego komputera</translation>
    </message>
    <message>
        <source>no longer needed for the analysis 36 months after the customer&apos;s last activity</source>
        <translation>niepotrzebne już do analizy po 36 miesiącach od ostatniej aktywności klienta</translation>
    </message>
    <message>
        <source>bookkeeping period (10 years by default; set it to the period your country&apos;s law requires)</source>
        <translation>okres przechowywania dokumentacji księgowej (domyślnie 10 lat; ustaw okres wymagany przez prawo Twojego kraju)</translation>
    </message>
    <message>
        <source>24 months after the ticket was closed (or created, when it has no closure date)</source>
        <translation>24 miesiące po zamknięciu zgłoszenia (lub jego utworzeniu, jeśli nie ma daty zamknięcia)</translation>
    </message>
    <message>
        <source>24 months after the usage event</source>
        <translation>24 miesiące po zdarzeniu użycia</translation>
    </message>
    <message>
        <source>24 months after the campaign&apos;s start: long enough to measure it over the exports that follow</source>
        <translation>24 miesiące od rozpoczęcia kampanii: wystarczająco długo, by zmierzyć jej wynik na kolejnych eksportach</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>Ustawienia</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>Ten komputer</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Język systemu</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Save &amp;preferences</source>
        <translation>Zapisz pre&amp;ferencje</translation>
    </message>
    <message>
        <source>&amp;Operator name (in the processing log):</source>
        <translation>&amp;Nazwa operatora (w dzienniku przetwarzania):</translation>
    </message>
    <message>
        <source>&amp;Language (after restart):</source>
        <translation>&amp;Język (po ponownym uruchomieniu):</translation>
    </message>
    <message>
        <source>&amp;Lock after idle:</source>
        <translation>&amp;Blokuj po bezczynności:</translation>
    </message>
    <message>
        <source>Could not save the preferences: {0}</source>
        <translation>Nie udało się zapisać preferencji: {0}</translation>
    </message>
    <message>
        <source>Preferences saved.</source>
        <translation>Preferencje zapisane.</translation>
    </message>
    <message>
        <source>This project</source>
        <translation>Ten projekt</translation>
    </message>
    <message>
        <source>Support cost per mont&amp;h (0 = not entered):</source>
        <translation>Koszt obsługi klient&amp;a miesięcznie (0 = nie podano):</translation>
    </message>
    <message>
        <source>Cost of the pilot itse&amp;lf (0 = not entered):</source>
        <translation>Koszt samego &amp;pilotażu (0 = nie podano):</translation>
    </message>
    <message>
        <source>Customer &amp;value column (empty = found in the data):</source>
        <translation>Kolumna wartości klienta (puste = wykryta w &amp;danych):</translation>
    </message>
    <message>
        <source>Curre&amp;ncy (for example EUR):</source>
        <translation>Wa&amp;luta (na przykład EUR):</translation>
    </message>
    <message>
        <source> days</source>
        <translation> dni</translation>
    </message>
    <message>
        <source>&amp;Controller (your business):</source>
        <translation>Administrator (&amp;Twoja firma):</translation>
    </message>
    <message>
        <source>Controller con&amp;tact:</source>
        <translation>&amp;Kontakt do administratora:</translation>
    </message>
    <message>
        <source>&amp;DPO contact:</source>
        <translation>Kontakt do &amp;IOD:</translation>
    </message>
    <message>
        <source>Reci&amp;pients:</source>
        <translation>&amp;Odbiorcy:</translation>
    </message>
    <message>
        <source>Third-country trans&amp;fers:</source>
        <translation>Przekazywanie do pań&amp;stw trzecich:</translation>
    </message>
    <message>
        <source>Retention (in &amp;words):</source>
        <translation>Opis okresu przec&amp;howywania:</translation>
    </message>
    <message>
        <source>Organisational &amp;measures:</source>
        <translation>Środki organi&amp;zacyjne:</translation>
    </message>
    <message>
        <source>&amp;Save project settings</source>
        <translation>Zapisz &amp;ustawienia projektu</translation>
    </message>
    <message>
        <source>Retention &amp;policies…</source>
        <translation>Zasady przechowy&amp;wania…</translation>
    </message>
    <message>
        <source>Default p&amp;urpose:</source>
        <translation>Domyślny c&amp;el:</translation>
    </message>
    <message>
        <source>Default le&amp;gal basis:</source>
        <translation>Domyślna podstawa p&amp;rawna:</translation>
    </message>
    <message>
        <source>S&amp;mallest segment shown (k):</source>
        <translation>&amp;Minimalna wielkość segmentu (k):</translation>
    </message>
    <message>
        <source>Recommend retraining a&amp;fter:</source>
        <translation>Zalecaj ponowne trenowanie po upł&amp;ywie:</translation>
    </message>
    <message>
        <source>Nothing changed.</source>
        <translation>Brak zmian.</translation>
    </message>
    <message>
        <source>Saving settings</source>
        <translation>Zapisywanie ustawień</translation>
    </message>
    <message>
        <source>Project settings saved and logged.</source>
        <translation>Ustawienia projektu zapisane i odnotowane w dzienniku.</translation>
    </message>
</context>
<context>
    <name>StartCampaignDialog</name>
    <message>
        <source>Start campaign</source>
        <translation>Rozpocznij kampanię</translation>
    </message>
    <message>
        <source>A campaign acts on the customers of the chosen segments and holds a random share of them back as a control group, who are not contacted: comparing the two later shows what the action changed. Customers who objected (opt-outs) are in neither group. The next step shows what the campaign can detect before anything is recorded.</source>
        <translation>Kampania obejmuje działaniem klientów z wybranych segmentów i losowo wydziela część z nich jako grupę kontrolną, z którą nie ma kontaktu: późniejsze porównanie obu grup pokazuje, co zmieniło działanie. Klienci, którzy wnieśli sprzeciw, nie należą do żadnej z grup. Następny krok pokazuje, co kampania może wykryć, zanim cokolwiek zostanie zapisane.</translation>
    </message>
    <message>
        <source>Segments</source>
        <translation>Segmenty</translation>
    </message>
    <message>
        <source>#{0} {1} ({2} customers)</source>
        <translation>#{0} {1} (klienci: {2})</translation>
    </message>
    <message>
        <source>e.g. call customers at risk to offer help</source>
        <translation>np. zadzwonić do zagrożonych klientów i zaoferować pomoc</translation>
    </message>
    <message>
        <source>the segment&apos;s suggested action</source>
        <translation>działanie sugerowane dla segmentu</translation>
    </message>
    <message>
        <source>default: the segments&apos; names</source>
        <translation>domyślnie: nazwy segmentów</translation>
    </message>
    <message>
        <source>optional, for the return on investment</source>
        <translation>opcjonalnie, do obliczenia zwrotu z inwestycji</translation>
    </message>
    <message>
        <source>&amp;Plan campaign</source>
        <translation>&amp;Zaplanuj kampanię</translation>
    </message>
    <message>
        <source>&amp;Segments:</source>
        <translation>&amp;Segmenty:</translation>
    </message>
    <message>
        <source>P&amp;urpose (required):</source>
        <translation>C&amp;el (wymagany):</translation>
    </message>
    <message>
        <source>Le&amp;gal basis:</source>
        <translation>Podstawa p&amp;rawna:</translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation>&amp;Działanie:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nazwa:</translation>
    </message>
    <message>
        <source>S&amp;tart date:</source>
        <translation>Data rozpo&amp;częcia:</translation>
    </message>
    <message>
        <source>&amp;Held back as control group:</source>
        <translation>Odsetek w grupie &amp;kontrolnej:</translation>
    </message>
    <message>
        <source>&amp;Cost per contact:</source>
        <translation>K&amp;oszt na kontakt:</translation>
    </message>
    <message>
        <source>Choose at least one segment for the campaign.</source>
        <translation>Wybierz co najmniej jeden segment dla kampanii.</translation>
    </message>
    <message>
        <source>State the purpose of the campaign: it is recorded in the processing log and the record of processing activities.</source>
        <translation>Podaj cel kampanii: zostanie on zapisany w dzienniku przetwarzania i w rejestrze czynności przetwarzania.</translation>
    </message>
    <message>
        <source>The cost per contact must be a number of 0 or more, or empty.</source>
        <translation>Koszt na kontakt musi być liczbą nie mniejszą niż 0 lub pozostać pusty.</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <source>Recent projects</source>
        <translation>Ostatnie projekty</translation>
    </message>
    <message>
        <source>&amp;New project…</source>
        <translation>&amp;Nowy projekt…</translation>
    </message>
    <message>
        <source>&amp;Open project…</source>
        <translation>&amp;Otwórz projekt…</translation>
    </message>
    <message>
        <source>Try the &amp;demo</source>
        <translation>&amp;Wypróbuj demo</translation>
    </message>
    <message>
        <source>Creates a demo project from the bundled fictional CRM exports, imports and trains it, then opens it.</source>
        <translation>Tworzy projekt demonstracyjny z dołączonych fikcyjnych eksportów CRM, importuje dane i trenuje modele, a następnie go otwiera.</translation>
    </message>
    <message>
        <source>&amp;Verify a processing log…</source>
        <translation>Zweryfikuj &amp;dziennik przetwarzania…</translation>
    </message>
    <message>
        <source>For the data-protection officer: check a project&apos;s processing log and read its entries without the project&apos;s passphrase.</source>
        <translation>Dla inspektora ochrony danych: sprawdź dziennik przetwarzania projektu i przeczytaj jego wpisy bez hasła projektu.</translation>
    </message>
    <message>
        <source>Prevista</source>
        <translation>Prevista</translation>
    </message>
    <message>
        <source>Predict churn, purchases and support load from your own CRM exports — offline, with every customer pseudonymized.</source>
        <translation>Prognozuj odejścia klientów, zakupy i obciążenie działu wsparcia na podstawie własnych eksportów z CRM — offline, z pseudonimizacją każdego klienta.</translation>
    </message>
    <message>
        <source>&amp;Recent projects:</source>
        <translation>Ostatnie p&amp;rojekty:</translation>
    </message>
    <message>
        <source>{0} (not found)</source>
        <translation>{0} (nie znaleziono)</translation>
    </message>
    <message>
        <source>Open a Prevista project folder</source>
        <translation>Otwórz folder projektu Prevista</translation>
    </message>
    <message>
        <source>{0} is not a Prevista project folder.</source>
        <translation>{0} nie jest folderem projektu Prevista.</translation>
    </message>
    <message>
        <source>Building the demo project</source>
        <translation>Tworzenie projektu demonstracyjnego</translation>
    </message>
    <message>
        <source>Demo project created in {0}; its passphrase is &quot;{1}&quot;.</source>
        <translation>Projekt demonstracyjny utworzono w {0}; jego hasło to „{1}”.</translation>
    </message>
</context>
<context>
    <name>TableKind</name>
    <message>
        <source>customers</source>
        <translation>klienci</translation>
    </message>
    <message>
        <source>transactions</source>
        <translation>transakcje</translation>
    </message>
    <message>
        <source>interactions</source>
        <translation>interakcje</translation>
    </message>
    <message>
        <source>usage events</source>
        <translation>zdarzenia użycia</translation>
    </message>
</context>
<context>
    <name>Tables</name>
    <message>
        <source>Customers</source>
        <translation>Klienci</translation>
    </message>
    <message>
        <source>Transactions</source>
        <translation>Transakcje</translation>
    </message>
    <message>
        <source>Interactions</source>
        <translation>Interakcje</translation>
    </message>
    <message>
        <source>Usage</source>
        <translation>Użycie</translation>
    </message>
    <message>
        <source>Campaign members</source>
        <translation>Uczestnicy kampanii</translation>
    </message>
    <message>
        <source>Campaign contact outcomes</source>
        <translation>Wyniki kontaktów w kampaniach</translation>
    </message>
</context>
<context>
    <name>UnlockPanel</name>
    <message>
        <source>Passphrase</source>
        <translation>Hasło</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Odblokuj</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Wstecz</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Hasło:</translation>
    </message>
    <message>
        <source>Locked after a period without activity. Type the passphrase of {0} to continue.</source>
        <translation>Zablokowano po okresie bezczynności. Wpisz hasło projektu {0}, aby kontynuować.</translation>
    </message>
    <message>
        <source>Type the passphrase of {0}.</source>
        <translation>Wpisz hasło projektu {0}.</translation>
    </message>
    <message>
        <source>{0} is not a Prevista project (or it was moved).</source>
        <translation>{0} nie jest projektem Prevista (lub został przeniesiony).</translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation>Odblokowywanie…</translation>
    </message>
</context>
<context>
    <name>VerifyLogPanel</name>
    <message>
        <source>Verify a processing log</source>
        <translation>Weryfikacja dziennika przetwarzania</translation>
    </message>
    <message>
        <source>For the data-protection officer: check that nobody changed a project&apos;s processing log, without its passphrase. Pick the log package exported on the Privacy screen (or the log file, or a handover bundle) and type the key fingerprint you kept when the project was created.</source>
        <translation>Dla inspektora ochrony danych: sprawdź, czy nikt nie zmienił dziennika przetwarzania projektu, bez znajomości jego hasła. Wybierz pakiet dziennika wyeksportowany na ekranie Ochrona danych (albo plik dziennika lub pakiet przekazania) i wpisz odcisk klucza zachowany przy tworzeniu projektu.</translation>
    </message>
    <message>
        <source>Log, package or bundle</source>
        <translation>Dziennik, pakiet dziennika lub pakiet przekazania</translation>
    </message>
    <message>
        <source>Public key file</source>
        <translation>Plik klucza publicznego</translation>
    </message>
    <message>
        <source>Optional: the key in the package or beside the log is used</source>
        <translation>Opcjonalnie: używany jest klucz z pakietu lub znajdujący się obok dziennika</translation>
    </message>
    <message>
        <source>Earlier package or checkpoint</source>
        <translation>Wcześniejszy pakiet lub punkt kontrolny</translation>
    </message>
    <message>
        <source>Optional: shows whether entries were removed or changed since</source>
        <translation>Opcjonalnie: pokazuje, czy od tego czasu usunięto lub zmieniono wpisy</translation>
    </message>
    <message>
        <source>Key fingerprint</source>
        <translation>Odcisk klucza</translation>
    </message>
    <message>
        <source>64 hexadecimal digits, as shown when the project was created</source>
        <translation>64 cyfry szesnastkowe, tak jak pokazano przy tworzeniu projektu</translation>
    </message>
    <message>
        <source>Br&amp;owse…</source>
        <translation>Prze&amp;glądaj…</translation>
    </message>
    <message>
        <source>Brow&amp;se…</source>
        <translation>P&amp;rzeglądaj…</translation>
    </message>
    <message>
        <source>Brows&amp;e…</source>
        <translation>Przegląd&amp;aj…</translation>
    </message>
    <message>
        <source>&amp;Log, package or bundle:</source>
        <translation>&amp;Dziennik, pakiet dziennika lub pakiet przekazania:</translation>
    </message>
    <message>
        <source>Public &amp;key file:</source>
        <translation>Plik &amp;klucza publicznego:</translation>
    </message>
    <message>
        <source>Key fin&amp;gerprint:</source>
        <translation>&amp;Odcisk klucza:</translation>
    </message>
    <message>
        <source>Earlier pa&amp;ckage or checkpoint:</source>
        <translation>Wcześ&amp;niejszy pakiet lub punkt kontrolny:</translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation>Wery&amp;fikuj</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>Eksportuj &amp;PDF…</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Wstecz</translation>
    </message>
    <message>
        <source>Choose the processing log, log package or handover bundle</source>
        <translation>Wybierz dziennik przetwarzania, pakiet dziennika lub pakiet przekazania</translation>
    </message>
    <message>
        <source>Logs and packages (*.zip *.jsonl);;All files (*)</source>
        <translation>Dzienniki i pakiety (*.zip *.jsonl);;Wszystkie pliki (*)</translation>
    </message>
    <message>
        <source>Choose the log&apos;s public key</source>
        <translation>Wybierz klucz publiczny dziennika</translation>
    </message>
    <message>
        <source>Public key (*.pub *.pem);;All files (*)</source>
        <translation>Klucz publiczny (*.pub *.pem);;Wszystkie pliki (*)</translation>
    </message>
    <message>
        <source>Choose the earlier log package or checkpoint you kept</source>
        <translation>Wybierz zachowany wcześniejszy pakiet dziennika lub punkt kontrolny</translation>
    </message>
    <message>
        <source>Packages and checkpoints (*.zip *.json);;All files (*)</source>
        <translation>Pakiety i punkty kontrolne (*.zip *.json);;Wszystkie pliki (*)</translation>
    </message>
    <message>
        <source>Choose the log, package or bundle first.</source>
        <translation>Najpierw wybierz dziennik, pakiet dziennika lub pakiet przekazania.</translation>
    </message>
    <message>
        <source>Verifying the processing log</source>
        <translation>Weryfikowanie dziennika przetwarzania</translation>
    </message>
    <message>
        <source>FAILED: {0}. The entries below are as read from the file and cannot be relied on from entry {1} on.</source>
        <translation>BŁĄD: {0}. Poniższe wpisy pokazano tak, jak odczytano je z pliku; od wpisu {1} włącznie nie można na nich polegać.</translation>
    </message>
    <message>
        <source>OK: {0} entries, hash chain intact, every entry and the head signed by the project&apos;s key you kept, and the log continues the earlier package or checkpoint: nothing up to it was removed or changed.</source>
        <translation>OK – wpisów: {0}; łańcuch skrótów nienaruszony, każdy wpis i koniec łańcucha podpisane zachowanym przez Ciebie kluczem projektu, a dziennik jest kontynuacją wcześniejszego pakietu lub punktu kontrolnego: do tego miejsca niczego nie usunięto ani nie zmieniono.</translation>
    </message>
    <message>
        <source>OK: {0} entries, hash chain intact, every entry and the head signed by the project&apos;s key with the fingerprint you kept.</source>
        <translation>OK – wpisów: {0}; łańcuch skrótów nienaruszony, każdy wpis i koniec łańcucha podpisane kluczem projektu o zachowanym przez Ciebie odcisku.</translation>
    </message>
    <message>
        <source>Hash chain intact and signed ({0} entries), but only by the key that came with the log (fingerprint {1}): whoever could change the log could have replaced that key too. Type the fingerprint you kept to be sure.</source>
        <translation>Łańcuch skrótów nienaruszony i podpisany (wpisów: {0}), ale tylko kluczem dołączonym do dziennika (odcisk {1}): kto mógł zmienić dziennik, mógł też podmienić ten klucz. Wpisz zachowany odcisk klucza, aby mieć pewność.</translation>
    </message>
    <message>
        <source>OK: {0} entries, hash chain intact; signatures NOT checked (no public key): anyone can rebuild a hash chain.</source>
        <translation>OK – wpisów: {0}; łańcuch skrótów nienaruszony; podpisy NIE zostały sprawdzone (brak klucza publicznego): każdy może odtworzyć łańcuch skrótów.</translation>
    </message>
    <message>
        <source>Export the processing log as PDF</source>
        <translation>Eksportuj dziennik przetwarzania do PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Writing the PDF</source>
        <translation>Zapisywanie pliku PDF</translation>
    </message>
    <message>
        <source>Wrote the processing log as PDF to {0}.</source>
        <translation>Zapisano dziennik przetwarzania jako PDF w {0}.</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>Screens</source>
        <translation>Ekrany</translation>
    </message>
</context>
</TS>
