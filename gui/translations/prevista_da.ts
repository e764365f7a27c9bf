<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da_DK" sourcelanguage="en">
<context>
    <name>Actions</name>
    <message>
        <source>Check in personally to learn what would help them stay</source>
        <translation>Kontakt dem personligt for at høre, hvad der kunne få dem til at blive</translation>
    </message>
    <message>
        <source>Keep in touch with regular, useful updates</source>
        <translation>Hold kontakten med jævnlige, nyttige opdateringer</translation>
    </message>
    <message>
        <source>Thank them with a loyalty perk or invite them to refer others</source>
        <translation>Tak dem med en loyalitetsfordel, eller inviter dem til at anbefale jer til andre</translation>
    </message>
    <message>
        <source>Call them for a check-in and offer a short refresher on the features they use less</source>
        <translation>Ring til dem for at høre, hvordan det går, og tilbyd en kort genopfriskning af de funktioner, de bruger mindre</translation>
    </message>
    <message>
        <source>Offer a billing review and payment terms that suit them</source>
        <translation>Tilbyd en gennemgang af faktureringen og betalingsbetingelser, der passer dem</translation>
    </message>
    <message>
        <source>Have a support specialist resolve their open issues before they ask again</source>
        <translation>Lad en supportspecialist løse deres åbne sager, før de henvender sig igen</translation>
    </message>
    <message>
        <source>Ask for their feedback and follow up personally on what went wrong</source>
        <translation>Bed om deres feedback, og følg personligt op på det, der gik galt</translation>
    </message>
    <message>
        <source>Offer a guided session on the paid features they have not used yet</source>
        <translation>Tilbyd en guidet gennemgang af de betalte funktioner, de ikke har brugt endnu</translation>
    </message>
    <message>
        <source>Give them extra onboarding help in their first months</source>
        <translation>Giv dem ekstra hjælp til at komme i gang i de første måneder</translation>
    </message>
    <message>
        <source>Remind them of add-ons that saved them time before</source>
        <translation>Mind dem om tilkøb, der tidligere har sparet dem tid</translation>
    </message>
    <message>
        <source>Suggest the plan or add-ons that fit their growing use</source>
        <translation>Foreslå det abonnement eller de tilkøb, der passer til deres voksende brug</translation>
    </message>
    <message>
        <source>Offer extra licences on good terms as their team grows</source>
        <translation>Tilbyd ekstra licenser på gode vilkår, efterhånden som deres team vokser</translation>
    </message>
    <message>
        <source>Send a personal note with something useful for what they bought before</source>
        <translation>Send en personlig hilsen med noget nyttigt til det, de har købt før</translation>
    </message>
    <message>
        <source>Re-engage them with a personal message about what is new for them</source>
        <translation>Væk deres interesse igen med en personlig besked om, hvad der er nyt for dem</translation>
    </message>
    <message>
        <source>Give them extra onboarding help and a named contact in their first months</source>
        <translation>Giv dem ekstra hjælp til at komme i gang og en fast kontaktperson i de første måneder</translation>
    </message>
    <message>
        <source>Review their plan with them so they pay only for what they use</source>
        <translation>Gennemgå deres abonnement sammen med dem, så de kun betaler for det, de bruger</translation>
    </message>
    <message>
        <source>Show them one more product that fits what they already use</source>
        <translation>Vis dem endnu et produkt, der passer til det, de allerede bruger</translation>
    </message>
    <message>
        <source>Offer them a personal adviser and a review of their terms</source>
        <translation>Tilbyd dem en personlig rådgiver og en gennemgang af deres vilkår</translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <source>Message</source>
        <translation>Meddelelse</translation>
    </message>
</context>
<context>
    <name>CampaignActions</name>
    <message>
        <source>Planning the campaign</source>
        <translation>Planlægger kampagnen</translation>
    </message>
    <message>
        <source>Campaign “{0}” from {1}: about {2} customers to act on, {3} held back at random as the control group (not contacted, never exported).</source>
        <translation>Kampagne “{0}” fra {1}: omkring {2} kunder, som handlingen rettes mod, {3} tilfældigt holdt tilbage som kontrolgruppe (kontaktes ikke, eksporteres aldrig).</translation>
    </message>
    <message>
        <source>Action: {0}</source>
        <translation>Handling: {0}</translation>
    </message>
    <message>
        <source>It can detect a change in churn of {0:.0f} points or more (churn risk of these customers: {1:.0%}).</source>
        <translation>Den kan påvise en ændring i kundeafgangen på {0:.0f} procentpoint eller mere (afgangsrisiko for disse kunder: {1:.0%}).</translation>
    </message>
    <message>
        <source>About {0} customers are left out: they are in a campaign that started recently.</source>
        <translation>Omkring {0} kunder er udeladt: de er med i en kampagne, der startede for nylig.</translation>
    </message>
    <message>
        <source>Warnings:</source>
        <translation>Advarsler:</translation>
    </message>
    <message>
        <source>Nobody in these segments can be in a new campaign, so it was not started.</source>
        <translation>Ingen i disse segmenter kan indgå i en ny kampagne, så den blev ikke startet.</translation>
    </message>
    <message>
        <source>Start this campaign? It is recorded in the processing log with its purpose, and the random seed that drew the control group is logged so it can be redrawn.</source>
        <translation>Vil du starte denne kampagne? Den registreres i behandlingsloggen sammen med formålet, og det tilfældige frø, der udtrak kontrolgruppen, logføres, så den kan udtrækkes igen.</translation>
    </message>
    <message>
        <source>Start campaign</source>
        <translation>Start kampagne</translation>
    </message>
    <message>
        <source>The campaign was not started; nothing was recorded.</source>
        <translation>Kampagnen blev ikke startet; intet blev registreret.</translation>
    </message>
    <message>
        <source>Starting the campaign</source>
        <translation>Starter kampagnen</translation>
    </message>
    <message>
        <source>Started campaign {0} “{1}” (processing log entry {2}): {3} customers to act on, {4} held back. The Campaigns page shows it and measures it once later exports are imported.</source>
        <translation>Startede kampagne {0} “{1}” (post {2} i behandlingsloggen): {3} kunder, som handlingen rettes mod, {4} holdt tilbage. Siden Kampagner viser den og måler den, når senere eksporter er importeret.</translation>
    </message>
    <message>
        <source>Save the contact list</source>
        <translation>Gem kontaktlisten</translation>
    </message>
    <message>
        <source>Save the contact list of campaign {0} now? It names the customers to act on; the control group is never in it. You can also save it later on the Campaigns page.</source>
        <translation>Vil du gemme kontaktlisten for kampagne {0} nu? Den nævner de kunder, som handlingen rettes mod; kontrolgruppen er aldrig med. Du kan også gemme den senere på siden Kampagner.</translation>
    </message>
    <message>
        <source>Save the contact list (treated customers only)</source>
        <translation>Gem kontaktlisten (kun testgruppen)</translation>
    </message>
    <message>
        <source>campaign-{0}-contacts.csv</source>
        <translation>kampagne-{0}-kontakter.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-filer (*.csv)</translation>
    </message>
    <message>
        <source>Writing the contact list</source>
        <translation>Skriver kontaktlisten</translation>
    </message>
    <message>
        <source>{0} customers to act on written to {1} (processing log entry {2}); the control group is not in it. This file holds personal data: keep it out of shared folders and e-mail, and delete it when the action is done.</source>
        <translation>{0} kunder, som handlingen rettes mod, skrevet til {1} (post {2} i behandlingsloggen); kontrolgruppen er ikke med. Denne fil indeholder personoplysninger: hold den ude af delte mapper og e-mail, og slet den, når handlingen er udført.</translation>
    </message>
</context>
<context>
    <name>Campaigns</name>
    <message>
        <source>No data after the start ({0}) yet: import the next exports, then measure again.</source>
        <translation>Endnu ingen data efter starten ({0}): importér de næste eksporter, og mål derefter igen.</translation>
    </message>
    <message>
        <source>No customers export imported since the start ({0}): a snapshot shows churn only in a later export.</source>
        <translation>Ingen kundeeksport importeret siden starten ({0}): et øjebliksbillede viser først kundeafgang i en senere eksport.</translation>
    </message>
    <message>
        <source>The customers export has no churn label to measure churn by.</source>
        <translation>Kundeeksporten har ingen churn-markering at måle kundeafgangen ud fra.</translation>
    </message>
    <message>
        <source>the churn label in the latest customers export</source>
        <translation>churn-markeringen i den seneste kundeeksport</translation>
    </message>
    <message>
        <source>fewer than {0} customers in an arm</source>
        <translation>færre end {0} kunder i en af grupperne</translation>
    </message>
    <message>
        <source>Fewer than {0} customers in an arm: nothing can be published.</source>
        <translation>Færre end {0} kunder i en af grupperne: intet kan offentliggøres.</translation>
    </message>
    <message>
        <source>No spend was measured (the data has no order values), so no return can be shown.</source>
        <translation>Der blev ikke målt noget forbrug (dataene har ingen ordreværdier), så der kan ikke vises noget afkast.</translation>
    </message>
    <message>
        <source>No cost per contact was entered, so no ROI can be worked out.</source>
        <translation>Der blev ikke angivet nogen omkostning pr. kontakt, så investeringsafkastet kan ikke beregnes.</translation>
    </message>
    <message>
        <source>It paid off: even the low end of the interval returns more than it cost.</source>
        <translation>Det betalte sig: selv den nedre ende af intervallet giver mere tilbage, end det kostede.</translation>
    </message>
    <message>
        <source>It did not pay off: even the high end of the interval returns less than it cost.</source>
        <translation>Det betalte sig ikke: selv den øvre ende af intervallet giver mindre tilbage, end det kostede.</translation>
    </message>
    <message>
        <source>Whether it paid off cannot be told yet: the interval spans both a loss and a gain.</source>
        <translation>Om det betalte sig, kan endnu ikke afgøres: intervallet spænder over både et tab og en gevinst.</translation>
    </message>
    <message>
        <source>Nobody is held back: whether the action helped can never be measured.</source>
        <translation>Ingen holdes tilbage: om handlingen hjalp, kan aldrig måles.</translation>
    </message>
    <message>
        <source>An arm has fewer than {0} customers: its results will be withheld.</source>
        <translation>En af grupperne har færre end {0} kunder: dens resultater vises ikke.</translation>
    </message>
    <message>
        <source>With about {0} treated and {1} held back, the campaign can only detect a change in churn of {2} points or more, while a good action plausibly changes it by about {3} points: choose more segments or a larger control group, or expect &apos;no effect measurable&apos;.</source>
        <translation>Med omkring {0} i testgruppen og {1} i kontrolgruppen kan kampagnen kun påvise en ændring i kundeafgangen på {2} procentpoint eller mere, mens en god handling sandsynligvis ændrer den med omkring {3} procentpoint: vælg flere segmenter eller en større kontrolgruppe, eller regn med &apos;ingen målbar effekt&apos;.</translation>
    </message>
    <message>
        <source>churn</source>
        <translation>kundeafgang</translation>
    </message>
    <message>
        <source>purchases</source>
        <translation>køb</translation>
    </message>
    <message>
        <source>spend per customer</source>
        <translation>forbrug pr. kunde</translation>
    </message>
    <message>
        <source>tickets per customer</source>
        <translation>sager pr. kunde</translation>
    </message>
    <message>
        <source>{0} points</source>
        <translation>{0} procentpoint</translation>
    </message>
    <message>
        <source>{0:.0%} interval {1} to {2} points</source>
        <translation>{0:.0%}-interval {1} til {2} procentpoint</translation>
    </message>
    <message>
        <source>{0:.0%} interval {1} to {2}</source>
        <translation>{0:.0%}-interval {1} til {2}</translation>
    </message>
    <message>
        <source>No effect on {0} measurable yet ({1}); come back after the next export.</source>
        <translation>Endnu ingen målbar effekt på {0} ({1}); kom tilbage efter næste eksport.</translation>
    </message>
    <message>
        <source>No effect on {0} measurable yet: {1} customers in the smaller group ({2}); come back after the next export.</source>
        <translation>Endnu ingen målbar effekt på {0}: {1} kunder i den mindste gruppe ({2}); kom tilbage efter næste eksport.</translation>
    </message>
    <message>
        <source>Reduced {0} by {1} ({2}).</source>
        <translation>Mindskede {0} med {1} ({2}).</translation>
    </message>
    <message>
        <source>Raised {0} by {1} ({2}).</source>
        <translation>Øgede {0} med {1} ({2}).</translation>
    </message>
    <message>
        <source>Reduced {0} by {1} ({2}) — the action seems to have made this worse.</source>
        <translation>Mindskede {0} med {1} ({2}) — handlingen ser ud til at have gjort det værre.</translation>
    </message>
    <message>
        <source>Raised {0} by {1} ({2}) — the action seems to have made this worse.</source>
        <translation>Øgede {0} med {1} ({2}) — handlingen ser ud til at have gjort det værre.</translation>
    </message>
</context>
<context>
    <name>CampaignsPage</name>
    <message>
        <source>Churn</source>
        <translation>Kundeafgang</translation>
    </message>
    <message>
        <source>Purchases</source>
        <translation>Køb</translation>
    </message>
    <message>
        <source>Spend per customer</source>
        <translation>Forbrug pr. kunde</translation>
    </message>
    <message>
        <source>Support tickets per customer</source>
        <translation>Supportsager pr. kunde</translation>
    </message>
    <message>
        <source>Its campaigns were erased with it; none can be started.</source>
        <translation>Dens kampagner blev slettet sammen med den; der kan ikke startes nogen.</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>Kampagner</translation>
    </message>
    <message>
        <source>No campaigns yet. Start one from a segment: on the Segments page choose the segment, then Start campaign. A random share of its customers is held back, so that the difference shows later what the action changed.</source>
        <translation>Ingen kampagner endnu. Start en ud fra et segment: vælg segmentet på siden Segmenter, og klik derefter på Start kampagne. En tilfældig andel af dets kunder holdes tilbage, så forskellen senere viser, hvad handlingen ændrede.</translation>
    </message>
    <message>
        <source>Go to &amp;Segments</source>
        <translation>Gå til &amp;Segmenter</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Kampagne</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Treated</source>
        <translation>Testgruppe</translation>
    </message>
    <message>
        <source>Held back</source>
        <translation>Kontrolgruppe</translation>
    </message>
    <message>
        <source>Latest result</source>
        <translation>Seneste resultat</translation>
    </message>
    <message>
        <source>Selected campaign</source>
        <translation>Valgt kampagne</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Udfald</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Forskel</translation>
    </message>
    <message>
        <source>{0:.0%} interval</source>
        <translation>{0:.0%}-interval</translation>
    </message>
    <message>
        <source>Measured outcomes</source>
        <translation>Målte udfald</translation>
    </message>
    <message>
        <source>Campaign result chart</source>
        <translation>Diagram over kampagnens resultat</translation>
    </message>
    <message>
        <source>C&amp;hart:</source>
        <translation>&amp;Diagram:</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>Results per segment</source>
        <translation>Resultater pr. segment</translation>
    </message>
    <message>
        <source>&amp;Measure now</source>
        <translation>&amp;Mål nu</translation>
    </message>
    <message>
        <source>Measure from the data imported so far and keep the result (logged)</source>
        <translation>Mål ud fra de data, der er importeret indtil nu, og gem resultatet (logføres)</translation>
    </message>
    <message>
        <source>E&amp;xport contact list…</source>
        <translation>E&amp;ksportér kontaktliste…</translation>
    </message>
    <message>
        <source>Write the customers to act on to a CSV file (logged)</source>
        <translation>Skriv de kunder, som handlingen rettes mod, til en CSV-fil (logføres)</translation>
    </message>
    <message>
        <source>&amp;Import contact outcomes…</source>
        <translation>&amp;Importér kontaktresultater…</translation>
    </message>
    <message>
        <source>The CRM&apos;s record of who was reached (and who accepted the offer), for the effect among those reached (logged)</source>
        <translation>CRM&apos;ets registrering af, hvem der blev nået (og hvem der tog imod tilbuddet), til effekten blandt dem, der blev nået (logføres)</translation>
    </message>
    <message>
        <source>The contact list holds the treated customers only. The control group is never exported: they are held back so that comparing the two shows what the action changed.</source>
        <translation>Kontaktlisten indeholder kun kunderne i testgruppen. Kontrolgruppen eksporteres aldrig: den holdes tilbage, så en sammenligning af de to viser, hvad handlingen ændrede.</translation>
    </message>
    <message>
        <source>not measured yet</source>
        <translation>ikke målt endnu</translation>
    </message>
    <message>
        <source>#{0} {1}</source>
        <translation>#{0} {1}</translation>
    </message>
    <message>
        <source>Measured {0} (recorded).</source>
        <translation>Målt {0} (registreret).</translation>
    </message>
    <message>
        <source>Action: {0}</source>
        <translation>Handling: {0}</translation>
    </message>
    <message>
        <source>Purpose: {0} ({1})</source>
        <translation>Formål: {0} ({1})</translation>
    </message>
    <message>
        <source>Started {0} on segments {1}; {2:.0%} held back at random (the seed is in the processing log).</source>
        <translation>Startet {0} på segmenterne {1}; {2:.0%} tilfældigt holdt tilbage (frøet står i behandlingsloggen).</translation>
    </message>
    <message>
        <source>At the start it could detect a change in churn of {0:.0f} points or more.</source>
        <translation>Ved starten kunne den påvise en ændring i kundeafgangen på {0:.0f} procentpoint eller mere.</translation>
    </message>
    <message>
        <source>At the start it was too small to detect a change in churn.</source>
        <translation>Ved starten var den for lille til at påvise en ændring i kundeafgangen.</translation>
    </message>
    <message>
        <source>Cost per contact: {0}</source>
        <translation>Omkostning pr. kontakt: {0}</translation>
    </message>
    <message>
        <source>Not measured yet: Measure now measures it from the data imported so far.</source>
        <translation>Ikke målt endnu: Mål nu måler den ud fra de data, der er importeret indtil nu.</translation>
    </message>
    <message>
        <source>Reading the campaign&apos;s result</source>
        <translation>Læser kampagnens resultat</translation>
    </message>
    <message>
        <source>Not measured yet; as it would come out now (not recorded):</source>
        <translation>Ikke målt endnu; sådan ville det blive nu (ikke registreret):</translation>
    </message>
    <message>
        <source>About {0} treated and {1} held back; outcomes from {2} to {3}.</source>
        <translation>Omkring {0} i testgruppen og {1} i kontrolgruppen; udfald fra {2} til {3}.</translation>
    </message>
    <message>
        <source>Churn from {0}.</source>
        <translation>Kundeafgang taget fra {0}.</translation>
    </message>
    <message>
        <source>{0:.1f} months</source>
        <translation>{0:.1f} måneder</translation>
    </message>
    <message>
        <source>Return on investment: {0:.0%} (90 % interval {1:.0%} to {2:.0%}): {3} extra spend against {4} cost; break-even after {5} at the measured pace. {6}</source>
        <translation>Investeringsafkast: {0:.0%} (90 %-interval {1:.0%} til {2:.0%}): {3} ekstra forbrug mod {4} i omkostninger; break-even efter {5} i det målte tempo. {6}</translation>
    </message>
    <message>
        <source>{0:+d} points</source>
        <translation>{0:+d} procentpoint</translation>
    </message>
    <message>
        <source>{0:+d} to {1:+d} points</source>
        <translation>{0:+d} til {1:+d} procentpoint</translation>
    </message>
    <message>
        <source>{0} to {1}</source>
        <translation>{0} til {1}</translation>
    </message>
    <message>
        <source>Among those reached ({0:.0%} of the treated):</source>
        <translation>Blandt dem, der blev nået ({0:.0%} af testgruppen):</translation>
    </message>
    <message>
        <source>{0} ({1})</source>
        <translation>{0} ({1})</translation>
    </message>
    <message>
        <source>Per segment: treated minus held back, with the {0:.0%} interval. A segment with too few customers in an arm shows no figure.</source>
        <translation>Pr. segment: testgruppen minus kontrolgruppen med {0:.0%}-intervallet. Et segment med for få kunder i en af grupperne viser intet tal.</translation>
    </message>
    <message>
        <source>{0} (%)</source>
        <translation>{0} (%)</translation>
    </message>
    <message>
        <source>{0}: difference {1}</source>
        <translation>{0}: forskel {1}</translation>
    </message>
    <message>
        <source>Measuring the campaign</source>
        <translation>Måler kampagnen</translation>
    </message>
    <message>
        <source>Measured campaign {0} (processing log entry {1}).</source>
        <translation>Målte kampagne {0} (post {1} i behandlingsloggen).</translation>
    </message>
    <message>
        <source>The CRM&apos;s record of who was reached in campaign {0}</source>
        <translation>CRM&apos;ets registrering af, hvem der blev nået i kampagne {0}</translation>
    </message>
    <message>
        <source>Exports (*.csv *.tsv *.txt *.xlsx *.xlsm *.json *.zip *.gz);;All files (*)</source>
        <translation>Eksporter (*.csv *.tsv *.txt *.xlsx *.xlsm *.json *.zip *.gz);;Alle filer (*)</translation>
    </message>
    <message>
        <source>Choose one file: it replaces the contact outcomes of this campaign.</source>
        <translation>Vælg én fil: den erstatter kontaktresultaterne for denne kampagne.</translation>
    </message>
    <message>
        <source>Reading the contact outcomes</source>
        <translation>Læser kontaktresultaterne</translation>
    </message>
    <message>
        <source>Campaign {0}: {1} of the customers acted on were reached (processing log entry {2}).</source>
        <translation>Kampagne {0}: {1} af kunderne i testgruppen blev nået (post {2} i behandlingsloggen).</translation>
    </message>
    <message>
        <source>{0} accepted the offer.</source>
        <translation>{0} tog imod tilbuddet.</translation>
    </message>
    <message>
        <source>Read customer IDs from &apos;{0}&apos; and reached from &apos;{1}&apos;.</source>
        <translation>Kunde-id&apos;er læst fra “{0}” og nået fra “{1}”.</translation>
    </message>
    <message>
        <source>{0} rows name nobody in this campaign&apos;s treated group; they were left out.</source>
        <translation>{0} rækker nævner ingen i denne kampagnes testgruppe; de blev udeladt.</translation>
    </message>
    <message>
        <source>{0} customers of the control group are marked as reached: they were contacted although they were to be held back, which blurs the comparison.</source>
        <translation>{0} kunder i kontrolgruppen er markeret som nået: de blev kontaktet, selvom de skulle holdes tilbage, hvilket udvisker sammenligningen.</translation>
    </message>
    <message>
        <source>Measure now to see the effect among those reached.</source>
        <translation>Mål nu for at se effekten blandt dem, der blev nået.</translation>
    </message>
</context>
<context>
    <name>ChecklistRow</name>
    <message>
        <source>done</source>
        <translation>udført</translation>
    </message>
    <message>
        <source>next step</source>
        <translation>næste trin</translation>
    </message>
    <message>
        <source>not done yet</source>
        <translation>ikke udført endnu</translation>
    </message>
</context>
<context>
    <name>ClosedPilotBanner</name>
    <message>
        <source>Pilot closed</source>
        <translation>Pilot afsluttet</translation>
    </message>
    <message>
        <source>This pilot was closed on {0}: all its data was erased for good. {1} What remains is the processing log (Privacy → Processing log) and the Art. 30 record (Reports).</source>
        <translation>Denne pilot blev afsluttet den {0}: alle dens data blev slettet permanent. {1} Tilbage er behandlingsloggen (Databeskyttelse → Behandlingslog) og fortegnelsen efter art. 30 (Rapporter).</translation>
    </message>
</context>
<context>
    <name>CommitStep</name>
    <message>
        <source>&amp;Append to the data already imported (otherwise each imported table replaces the stored table of the same kind)</source>
        <translation>Tilføj til de allerede importerede &amp;data (ellers erstatter hver importeret tabel den gemte tabel af samme type)</translation>
    </message>
    <message>
        <source>What each customer is worth a year: revenue at risk is churn risk times this. A monthly fee or charge counts twelve times.</source>
        <translation>Hvad hver kunde er værd om året: omsætning i risiko er afgangsrisikoen gange dette beløb. Et månedligt gebyr eller en månedlig betaling tælles tolv gange.</translation>
    </message>
    <message>
        <source>for example EUR</source>
        <translation>for eksempel EUR</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importér</translation>
    </message>
    <message>
        <source>P&amp;urpose (logged):</source>
        <translation>For&amp;mål (logføres):</translation>
    </message>
    <message>
        <source>Le&amp;gal basis:</source>
        <translation>&amp;Retsgrundlag:</translation>
    </message>
    <message>
        <source>Customer &amp;value:</source>
        <translation>&amp;Kundeværdi:</translation>
    </message>
    <message>
        <source>C&amp;urrency of amounts:</source>
        <translation>Beløbenes &amp;valuta:</translation>
    </message>
    <message>
        <source>As set (this import has no customer amounts)</source>
        <translation>Som angivet (denne import har ingen kundebeløb)</translation>
    </message>
    <message>
        <source>Found in the data</source>
        <translation>Fundet i dataene</translation>
    </message>
    <message>
        <source>{0} ({1}, {2} rows)</source>
        <translation>{0} ({1}, {2} rækker)</translation>
    </message>
    <message>
        <source>kept in the separately encrypted identity table</source>
        <translation>gemmes i den separat krypterede identitetstabel</translation>
    </message>
    <message>
        <source>dropped</source>
        <translation>kasseres</translation>
    </message>
    <message>
        <source>Ready to import {0}. Customer IDs are replaced by encrypted IDs, names and contact details are {1}, and customers who opted out are removed. Nothing is written until you press Import.</source>
        <translation>Klar til at importere {0}. Kunde-id&apos;er erstattes af krypterede id&apos;er, navne og kontaktoplysninger {1}, og kunder, der har gjort indsigelse, fjernes. Intet skrives, før du klikker på Importér.</translation>
    </message>
</context>
<context>
    <name>CreatePanel</name>
    <message>
        <source>Project folder</source>
        <translation>Projektmappe</translation>
    </message>
    <message>
        <source>B&amp;rowse…</source>
        <translation>Ge&amp;nnemse…</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Adgangsfrase</translation>
    </message>
    <message>
        <source>Repeat passphrase</source>
        <translation>Gentag adgangsfrasen</translation>
    </message>
    <message>
        <source>Passphrase strength</source>
        <translation>Adgangsfrasens styrke</translation>
    </message>
    <message>
        <source>&amp;Create project</source>
        <translation>&amp;Opret projekt</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Tilbage</translation>
    </message>
    <message>
        <source>Everything in the project folder is encrypted with a key protected by this passphrase. Without it nobody — including us — can read the data. Keep it safe.</source>
        <translation>Alt i projektmappen krypteres med en nøgle, der er beskyttet af denne adgangsfrase. Uden den kan ingen – heller ikke vi – læse dataene. Opbevar den sikkert.</translation>
    </message>
    <message>
        <source>Project &amp;folder:</source>
        <translation>Projekt&amp;mappe:</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Adgangsfrase:</translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation>G&amp;entag:</translation>
    </message>
    <message>
        <source>Strength:</source>
        <translation>Styrke:</translation>
    </message>
    <message>
        <source>Where should the project folder be created?</source>
        <translation>Hvor skal projektmappen oprettes?</translation>
    </message>
    <message>
        <source>very weak</source>
        <translation>meget svag</translation>
    </message>
    <message>
        <source>weak</source>
        <translation>svag</translation>
    </message>
    <message>
        <source>fair</source>
        <translation>rimelig</translation>
    </message>
    <message>
        <source>strong</source>
        <translation>stærk</translation>
    </message>
    <message>
        <source>very strong</source>
        <translation>meget stærk</translation>
    </message>
    <message>
        <source>Strength: {0}.</source>
        <translation>Styrke: {0}.</translation>
    </message>
    <message>
        <source>Too easy to guess: use at least four ordinary words, or 12+ mixed characters.</source>
        <translation>For let at gætte: brug mindst fire almindelige ord eller mindst 12 blandede tegn.</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>De to adgangsfraser er forskellige.</translation>
    </message>
    <message>
        <source>Choose the project folder first.</source>
        <translation>Vælg først projektmappen.</translation>
    </message>
    <message>
        <source>Creating the project and deriving its key…</source>
        <translation>Opretter projektet og udleder dets nøgle…</translation>
    </message>
</context>
<context>
    <name>DoneStep</name>
    <message>
        <source>Import &amp;more files</source>
        <translation>Importér fle&amp;re filer</translation>
    </message>
    <message>
        <source>Go to M&amp;odels to train</source>
        <translation>Gå til &amp;Modeller for at træne</translation>
    </message>
    <message>
        <source>{0}: {1} rows</source>
        <translation>{0}: {1} rækker</translation>
    </message>
    <message>
        <source>Imported {0} customers ({1} new). Stored: {2}. {3} rows of customers who opted out were removed. The import is entry {4} of the processing log.</source>
        <translation>Importerede {0} kunder ({1} nye). Gemt: {2}. {3} rækker for kunder, der har gjort indsigelse, blev fjernet. Importen er post {4} i behandlingsloggen.</translation>
    </message>
    <message>
        <source>{0} rows without a customer ID were left out.</source>
        <translation>{0} rækker uden kunde-id blev udeladt.</translation>
    </message>
    <message>
        <source>{0} tickets name no customer: they feed the support-load forecast only.</source>
        <translation>{0} sager nævner ingen kunde: de indgår kun i prognosen for supportbelastning.</translation>
    </message>
</context>
<context>
    <name>Drivers</name>
    <message>
        <source>{0} → higher {1} risk</source>
        <translation>{0} → højere risiko ({1})</translation>
    </message>
    <message>
        <source>Which {0} a customer has changes their {1} risk</source>
        <translation>Hvilken {0} en kunde har, ændrer kundens risiko ({1})</translation>
    </message>
    <message>
        <source>Customers with {0} &apos;{1}&apos; have the highest {2} risk</source>
        <translation>Kunder med {0} &apos;{1}&apos; har den højeste risiko ({2})</translation>
    </message>
</context>
<context>
    <name>Evidence</name>
    <message>
        <source>General rule of thumb; not yet measured in this business.</source>
        <translation>Generel tommelfingerregel; endnu ikke målt i denne virksomhed.</translation>
    </message>
    <message>
        <source>Measured in this business (campaign {0}): {1}</source>
        <translation>Målt i denne virksomhed (kampagne {0}): {1}</translation>
    </message>
    <message>
        <source>Tried in campaign {0}: {1} Until then, the general rule of thumb.</source>
        <translation>Afprøvet i kampagne {0}: {1} Indtil da gælder den generelle tommelfingerregel.</translation>
    </message>
</context>
<context>
    <name>Features</name>
    <message>
        <source>time as a customer</source>
        <translation>tid som kunde</translation>
    </message>
    <message>
        <source>age</source>
        <translation>alder</translation>
    </message>
    <message>
        <source>days since last activity</source>
        <translation>dage siden seneste aktivitet</translation>
    </message>
    <message>
        <source>days since last product use</source>
        <translation>dage siden seneste brug af produktet</translation>
    </message>
    <message>
        <source>product use (4 weeks)</source>
        <translation>brug af produktet (4 uger)</translation>
    </message>
    <message>
        <source>product use (12 weeks)</source>
        <translation>brug af produktet (12 uger)</translation>
    </message>
    <message>
        <source>usage trend</source>
        <translation>udvikling i brug</translation>
    </message>
    <message>
        <source>logins (4 weeks)</source>
        <translation>logins (4 uger)</translation>
    </message>
    <message>
        <source>login trend</source>
        <translation>udvikling i logins</translation>
    </message>
    <message>
        <source>usage growth (8 weeks)</source>
        <translation>vækst i brug (8 uger)</translation>
    </message>
    <message>
        <source>features used (12 weeks)</source>
        <translation>funktioner brugt (12 uger)</translation>
    </message>
    <message>
        <source>days since last purchase</source>
        <translation>dage siden seneste køb</translation>
    </message>
    <message>
        <source>purchases (12 weeks)</source>
        <translation>køb (12 uger)</translation>
    </message>
    <message>
        <source>purchases (52 weeks)</source>
        <translation>køb (52 uger)</translation>
    </message>
    <message>
        <source>spend (12 weeks)</source>
        <translation>forbrug (12 uger)</translation>
    </message>
    <message>
        <source>spend (52 weeks)</source>
        <translation>forbrug (52 uger)</translation>
    </message>
    <message>
        <source>spend trend</source>
        <translation>udvikling i forbrug</translation>
    </message>
    <message>
        <source>small add-on orders (12 weeks)</source>
        <translation>små tilkøbsordrer (12 uger)</translation>
    </message>
    <message>
        <source>small add-on order trend</source>
        <translation>udvikling i små tilkøbsordrer</translation>
    </message>
    <message>
        <source>late payments (26 weeks)</source>
        <translation>forsinkede betalinger (26 uger)</translation>
    </message>
    <message>
        <source>payment delay in days</source>
        <translation>betalingsforsinkelse i dage</translation>
    </message>
    <message>
        <source>overdue invoices</source>
        <translation>forfaldne fakturaer</translation>
    </message>
    <message>
        <source>support tickets (4 weeks)</source>
        <translation>supportsager (4 uger)</translation>
    </message>
    <message>
        <source>support tickets per month</source>
        <translation>supportsager pr. måned</translation>
    </message>
    <message>
        <source>support ticket trend</source>
        <translation>udvikling i supportsager</translation>
    </message>
    <message>
        <source>open support tickets</source>
        <translation>åbne supportsager</translation>
    </message>
    <message>
        <source>ticket resolution time in days</source>
        <translation>løsningstid for sager i dage</translation>
    </message>
    <message>
        <source>tickets in the first three months</source>
        <translation>sager i de første tre måneder</translation>
    </message>
    <message>
        <source>feedback score (12 weeks)</source>
        <translation>feedbackscore (12 uger)</translation>
    </message>
    <message>
        <source>feedback score trend</source>
        <translation>udvikling i feedbackscore</translation>
    </message>
    <message>
        <source>chance of still buying (buy-till-you-die)</source>
        <translation>sandsynlighed for stadig at købe (buy-till-you-die)</translation>
    </message>
    <message>
        <source>expected purchases (buy-till-you-die)</source>
        <translation>forventede køb (buy-till-you-die)</translation>
    </message>
    <message>
        <source>churn risk</source>
        <translation>afgangsrisiko</translation>
    </message>
</context>
<context>
    <name>FilesStep</name>
    <message>
        <source>Choose the CRM exports to import — CSV (any delimiter or encoding), Excel workbooks (XLSX) or JSON — or drop them onto this page. Nothing is written to the project until you press Import at the end.</source>
        <translation>Vælg de CRM-eksporter, der skal importeres – CSV (vilkårligt skilletegn og vilkårlig tegnkodning), Excel-projektmapper (XLSX) eller JSON – eller slip dem på denne side. Intet skrives til projektet, før du klikker på Importér til sidst.</translation>
    </message>
    <message>
        <source>Files to import</source>
        <translation>Filer, der skal importeres</translation>
    </message>
    <message>
        <source>&amp;Add files…</source>
        <translation>Ti&amp;lføj filer…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>Fj&amp;ern</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>&amp;Ryd</translation>
    </message>
</context>
<context>
    <name>Findings</name>
    <message>
        <source>only {0} customers: predictions need at least {1} (ideally {2}+); per-customer results this small would expose individuals</source>
        <translation>kun {0} kunder: forudsigelser kræver mindst {1} (helst {2}+); resultater pr. kunde med så få kunder ville afsløre enkeltpersoner</translation>
    </message>
    <message>
        <source>{0} customers: models work best with {1} or more; expect wide uncertainty</source>
        <translation>{0} kunder: modellerne fungerer bedst med {1} eller flere; forvent stor usikkerhed</translation>
    </message>
    <message>
        <source>no customer in this file is among the customers already imported: it may come from another system or key customers differently; check that it belongs to this project</source>
        <translation>ingen kunde i denne fil er blandt de kunder, der allerede er importeret: filen kan stamme fra et andet system eller identificere kunderne på en anden måde; kontrollér, at den hører til dette projekt</translation>
    </message>
    <message>
        <source>{0} share no customer ID: they cannot be joined and may come from different systems or key customers differently (e-mail in one, customer number in the other); check that they belong together</source>
        <translation>{0} har intet kunde-id til fælles: de kan ikke kobles sammen og kan stamme fra forskellige systemer eller identificere kunderne på forskellig måde (e-mail i den ene, kundenummer i den anden); kontrollér, at de hører sammen</translation>
    </message>
    <message>
        <source>{0} cover periods that do not overlap ({1} … {2} and {3} … {4}): their events cannot describe the same time; check that they belong together</source>
        <translation>{0} dækker perioder, der ikke overlapper ({1} … {2} og {3} … {4}): deres hændelser kan ikke beskrive den samme tid; kontrollér, at de hører sammen</translation>
    </message>
    <message>
        <source>no dates: this export is a snapshot, so each model is checked on customers it did not learn from, in turns, rather than on a later period</source>
        <translation>ingen datoer: denne eksport er et øjebliksbillede, så hver model kontrolleres på skift på kunder, den ikke har lært af, i stedet for på en senere periode</translation>
    </message>
    <message>
        <source>history covers {0:.0f} months ({1} … {2}): at least {3} are needed for reliable churn signals</source>
        <translation>historikken dækker {0:.0f} måneder ({1} … {2}): der kræves mindst {3} for pålidelige signaler om kundeafgang</translation>
    </message>
    <message>
        <source>history covers {0:.0f} months: enough for churn; a seasonal business should provide {1}</source>
        <translation>historikken dækker {0:.0f} måneder: nok til kundeafgang; en sæsonpræget virksomhed bør levere {1}</translation>
    </message>
    <message>
        <source>only {0:.1%} of rows are in the rarer label class: the model will have little to learn from</source>
        <translation>kun {0:.1%} af rækkerne er i den sjældnere etiketklasse: modellen får kun lidt at lære af</translation>
    </message>
    <message>
        <source>{0} customers in this file are not in the customers file; their rows are kept as customers without master data</source>
        <translation>{0} kunder i denne fil findes ikke i kundefilen; deres rækker bevares som kunder uden stamdata</translation>
    </message>
    <message>
        <source>{0} and {1} more</source>
        <translation>{0} og {1} til</translation>
    </message>
    <message>
        <source>cells start with =, +, - or @, which a spreadsheet would run as a formula; they are imported as plain text and exports mark them as text. Check the file if you did not expect formulas</source>
        <translation>celler begynder med =, +, - eller @, som et regneark ville udføre som en formel; de importeres som almindelig tekst, og eksporter markerer dem som tekst. Kontrollér filen, hvis du ikke forventede formler</translation>
    </message>
    <message>
        <source>no customer column: its {0} tickets feed the support-load forecast and ticket volume views only, not any customer&apos;s features or risk. If a column does name the customer, give it the customer ID role</source>
        <translation>ingen kundekolonne: filens {0} sager indgår kun i prognosen for supportbelastning og visningerne af sagsmængden, ikke i nogen kundes egenskaber eller risiko. Hvis en kolonne nævner kunden, så giv den rollen kunde-id</translation>
    </message>
    <message>
        <source>no column is mapped as the customer ID; tables can only be joined by one</source>
        <translation>ingen kolonne er tilknyttet som kunde-id; tabeller kan kun kobles sammen via et kunde-id</translation>
    </message>
    <message>
        <source>{0} of {1} rows ({2:.1%}) have no customer ID (guest orders, or rows not linked to a customer). Leave them out, or fill the IDs in</source>
        <translation>{0} af {1} rækker ({2:.1%}) har intet kunde-id (gæsteordrer eller rækker, der ikke er knyttet til en kunde). Udelad dem, eller udfyld id&apos;erne</translation>
    </message>
    <message>
        <source>no column holds a customer number, so the e-mail address is taken as the customer: each address is linked to the customer who has it in the other files or in the project (letter case aside), and an address nobody has is a customer of its own. If a column does hold the customer number, give it the customer ID role</source>
        <translation>ingen kolonne indeholder et kundenummer, så e-mailadressen tages som kunden: hver adresse knyttes til den kunde, der har den i de andre filer eller i projektet (uanset store og små bogstaver), og en adresse, som ingen har, er en kunde for sig. Hvis en kolonne alligevel indeholder kundenummeret, så giv den rollen kunde-ID</translation>
    </message>
    <message>
        <source>the customer IDs are e-mail addresses, some written with capitals: they are taken in lower case, so that an address typed two ways is one customer</source>
        <translation>kunde-ID&apos;erne er e-mailadresser, nogle skrevet med store bogstaver: de tages med små bogstaver, så en adresse skrevet på to måder er én kunde</translation>
    </message>
    <message>
        <source>the customer ID contains invisible, control or non-breaking space characters; remove them so that the ID matches in every file</source>
        <translation>kunde-id&apos;et indeholder usynlige tegn, kontroltegn eller hårde mellemrum; fjern dem, så id&apos;et stemmer overens i alle filer</translation>
    </message>
    <message>
        <source>the row is associated with several customers (IDs separated by &apos;;&apos;); export one association per row, or keep one customer per row</source>
        <translation>rækken er knyttet til flere kunder (id&apos;er adskilt af &apos;;&apos;); eksportér én tilknytning pr. række, eller behold én kunde pr. række</translation>
    </message>
    <message>
        <source>no date format fits this column&apos;s values; map it as category or text instead</source>
        <translation>intet datoformat passer til kolonnens værdier; tilknyt den som kategori eller tekst i stedet</translation>
    </message>
    <message>
        <source>no number format fits this column&apos;s values; map it as category or text instead</source>
        <translation>intet talformat passer til kolonnens værdier; tilknyt den som kategori eller tekst i stedet</translation>
    </message>
    <message>
        <source>the date format is ambiguous: read as {0}; if that is wrong, set the format</source>
        <translation>datoformatet er tvetydigt: læst som {0}; hvis det er forkert, så angiv formatet</translation>
    </message>
    <message>
        <source>the number format is ambiguous: read as {0}; if that is wrong, set the format</source>
        <translation>talformatet er tvetydigt: læst som {0}; hvis det er forkert, så angiv formatet</translation>
    </message>
    <message>
        <source>values are not a date like {0}; fix them in the file, or map the column differently</source>
        <translation>værdierne er ikke en dato som {0}; ret dem i filen, eller tilknyt kolonnen på en anden måde</translation>
    </message>
    <message>
        <source>values are not a number ({0}); fix them in the file, or map the column differently</source>
        <translation>værdierne er ikke et tal ({0}); ret dem i filen, eller tilknyt kolonnen på en anden måde</translation>
    </message>
    <message>
        <source>values are not a plausible number ({0}); fix them in the file, or map the column differently</source>
        <translation>værdierne er ikke et plausibelt tal ({0}); ret dem i filen, eller tilknyt kolonnen på en anden måde</translation>
    </message>
    <message>
        <source>values are not yes/no, true/false or 1/0; fix them in the file, or map the column differently</source>
        <translation>værdierne er ikke ja/nej, sand/falsk eller 1/0; ret dem i filen, eller tilknyt kolonnen på en anden måde</translation>
    </message>
    <message>
        <source>looks like GDPR Art. 9 special-category data ({0}); it is refused unless you record the customers&apos; explicit consent to processing it, or leave the column out</source>
        <translation>ligner særlige kategorier af personoplysninger efter GDPR artikel 9 ({0}); kolonnen afvises, medmindre du registrerer kundernes udtrykkelige samtykke til at behandle dem, eller udelader kolonnen</translation>
    </message>
    <message>
        <source>this column name is reserved by Prevista; rename it</source>
        <translation>dette kolonnenavn er reserveret af Prevista; omdøb kolonnen</translation>
    </message>
    <message>
        <source>{0} of {1} rows have no customer ID (guest orders, or rows not linked to a customer): left out as you chose; they are not stored</source>
        <translation>{0} af {1} rækker har intet kunde-id (gæsteordrer eller rækker, der ikke er knyttet til en kunde): udeladt, som du valgte; de gemmes ikke</translation>
    </message>
    <message>
        <source>{0} lines had this field empty and took the value the other lines of their order hold (order numbers in &apos;{1}&apos;), as a shop system writes an order&apos;s own fields on its first line only; check that they belong to it</source>
        <translation>{0} linjer havde feltet tomt og fik den værdi, ordrens øvrige linjer har (ordrenumre i &apos;{1}&apos;), da et butikssystem kun skriver en ordres egne felter på dens første linje; kontrollér, at de hører til den</translation>
    </message>
    <message>
        <source>{0} of {1} rows ({2:.1%}) share one customer ID that reads as a guest or as nobody (such as 0 or &apos;guest&apos;) and stands on far more rows than any customer: taken as rows without a customer ID, not as one customer</source>
        <translation>{0} af {1} rækker ({2:.1%}) deler et kunde-ID, der betyder gæst eller ingen (for eksempel 0 eller &apos;guest&apos;) og står på langt flere rækker end nogen kunde: taget som rækker uden kunde-ID, ikke som én kunde</translation>
    </message>
    <message>
        <source>line value = {0} (the unit price alone is not what a line is worth); it is used for spend and revenue at risk</source>
        <translation>linjeværdi = {0} (enhedsprisen alene er ikke, hvad en linje er værd); den bruges til forbrug og omsætning i fare</translation>
    </message>
    <message>
        <source>holds each order&apos;s amount on every line of the order (the same value on the lines of {0} orders of several lines): summed over its lines, an order would count once per line; a line is worth {1} instead</source>
        <translation>indeholder hver ordres beløb på hver af ordrens linjer (samme værdi på linjerne i {0} ordrer med flere linjer): lagt sammen over linjerne ville en ordre tælle én gang pr. linje; en linje er i stedet {1} værd</translation>
    </message>
    <message>
        <source>holds each order&apos;s amount on every line of the order (the same value on the lines of {0} orders of several lines): summed over its lines, an order would count once per line; it is counted once per order instead</source>
        <translation>indeholder hver ordres beløb på hver af ordrens linjer (samme værdi på linjerne i {0} ordrer med flere linjer): lagt sammen over linjerne ville en ordre tælle én gang pr. linje; beløbet tælles i stedet én gang pr. ordre</translation>
    </message>
    <message>
        <source>names {0} currencies: the amounts in &apos;{1}&apos; would be added up as if they were one; convert them to one currency before exporting, or import one currency&apos;s rows at a time</source>
        <translation>nævner {0} valutaer: beløbene i &apos;{1}&apos; ville blive lagt sammen, som var de én; omregn dem til én valuta før eksporten, eller importér hver valutas rækker for sig</translation>
    </message>
    <message>
        <source>{0} lines grouped into {1} orders by their order number: purchases count orders, not lines</source>
        <translation>{0} linjer samlet i {1} ordrer efter ordrenummer: køb tæller ordrer, ikke linjer</translation>
    </message>
    <message>
        <source>{0} cancellation or return lines ({1}): netted out of spend, not counted as purchases or as activity</source>
        <translation>{0} annullerings- eller returlinjer ({1}): modregnet i forbruget, tælles hverken som køb eller som aktivitet</translation>
    </message>
    <message>
        <source>{0} lines have a negative amount: too many to be refunds, so they are read as ordinary lines, not as cancellations</source>
        <translation>{0} linjer har et negativt beløb: for mange til at være tilbagebetalinger, så de læses som almindelige linjer, ikke som annulleringer</translation>
    </message>
    <message>
        <source>{0} lines sell no product (postage, fees, manual adjustments, discounts; found in {1}): not counted as purchases, spend or activity</source>
        <translation>{0} linjer sælger intet produkt (porto, gebyrer, manuelle justeringer, rabatter; fundet i {1}): tælles ikke som køb, forbrug eller aktivitet</translation>
    </message>
    <message>
        <source>exact duplicate rows will be imported once</source>
        <translation>helt identiske rækker importeres én gang</translation>
    </message>
    <message>
        <source>the same customer ID appears on rows with different values; keep one row per customer</source>
        <translation>det samme kunde-id optræder i rækker med forskellige værdier; behold én række pr. kunde</translation>
    </message>
    <message>
        <source>line {0}</source>
        <translation>linje {0}</translation>
    </message>
    <message>
        <source>record {0}</source>
        <translation>post {0}</translation>
    </message>
    <message>
        <source>{0}!row {1}</source>
        <translation>{0}!række {1}</translation>
    </message>
    <message>
        <source>{0} of {1} e-mail addresses belong to customers known by their customer number (in the other files or in the project) and stand for them; the other {2} are customers of their own</source>
        <translation>{0} af {1} e-mailadresser tilhører kunder, der kendes under deres kundenummer (i de andre filer eller i projektet), og står for dem; de øvrige {2} er kunder for sig</translation>
    </message>
</context>
<context>
    <name>Forecast</name>
    <message>
        <source>The forecast starts after the week of {0}, the last complete one: tickets come on {1}, and the data runs to {2}.</source>
        <translation>Prognosen starter efter ugen fra {0}, den sidste hele uge: sagerne kommer ind om {1}, og dataene går til {2}.</translation>
    </message>
    <message>
        <source>Only {0} complete weeks of history: the methods were tested on forecasts {1} weeks ahead instead of {2}, so the quality figures are rough.</source>
        <translation>Kun {0} hele ugers historik: metoderne blev testet på prognoser {1} uger frem i stedet for {2}, så kvalitetstallene er omtrentlige.</translation>
    </message>
    <message>
        <source>The methods could be tested from only {0} past point(s) in time; the band rests on few errors and may be too narrow.</source>
        <translation>Metoderne kunne kun testes fra {0} tidligere tidspunkt(er); båndet bygger på få fejl og kan være for smalt.</translation>
    </message>
    <message>
        <source>The band and the error to expect come from the {0} backtest forecasts made since the change in level.</source>
        <translation>Båndet og den forventede afvigelse bygger på de {0} prognoser i backtesten siden niveauændringen.</translation>
    </message>
    <message>
        <source>The ticket forecast needs at least {0} complete weeks of tickets; the data has {1}.</source>
        <translation>Sagsprognosen kræver mindst {0} hele ugers sager; dataene har {1}.</translation>
    </message>
    <message>
        <source>Less than two years of history: a yearly season can be followed only roughly, or not at all.</source>
        <translation>Mindre end to års historik: en årlig sæson kan kun følges groft eller slet ikke.</translation>
    </message>
    <message>
        <source>mean of the last 4 weeks</source>
        <translation>gennemsnit af de sidste 4 uger</translation>
    </message>
    <message>
        <source>same week last year</source>
        <translation>samme uge sidste år</translation>
    </message>
    <message>
        <source>damped-trend exponential smoothing</source>
        <translation>eksponentiel udjævning med dæmpet trend</translation>
    </message>
    <message>
        <source>seasonal exponential smoothing</source>
        <translation>sæsonbestemt eksponentiel udjævning</translation>
    </message>
    <message>
        <source>Poisson trend and season</source>
        <translation>Poisson med trend og sæson</translation>
    </message>
    <message>
        <source>Volume dropped by about {0:.0%} from the week of {1} (about {2:.0f} tickets a week before, {3:.0f} since); the forecast uses the {4} weeks since.</source>
        <translation>Antallet af sager faldt med omkring {0:.0%} fra ugen, der starter {1} (omkring {2:.0f} sager om ugen før, {3:.0f} siden); prognosen bruger de {4} uger siden da.</translation>
    </message>
    <message>
        <source>Volume rose by about {0:.0%} from the week of {1} (about {2:.0f} tickets a week before, {3:.0f} since); the forecast uses the {4} weeks since.</source>
        <translation>Antallet af sager steg med omkring {0:.0%} fra ugen, der starter {1} (omkring {2:.0f} sager om ugen før, {3:.0f} siden); prognosen bruger de {4} uger siden da.</translation>
    </message>
    <message>
        <source>Volume dropped by about {0:.0%} from the week of {1} (about {2:.0f} tickets a week before, {3:.0f} since); the forecast follows the new level, weighing the {4} weeks since the most.</source>
        <translation>Antallet af sager faldt med omkring {0:.0%} fra ugen, der starter {1} (omkring {2:.0f} sager om ugen før, {3:.0f} siden); prognosen følger det nye niveau og vægter de {4} uger siden da højest.</translation>
    </message>
    <message>
        <source>Volume rose by about {0:.0%} from the week of {1} (about {2:.0f} tickets a week before, {3:.0f} since); the forecast follows the new level, weighing the {4} weeks since the most.</source>
        <translation>Antallet af sager steg med omkring {0:.0%} fra ugen, der starter {1} (omkring {2:.0f} sager om ugen før, {3:.0f} siden); prognosen følger det nye niveau og vægter de {4} uger siden da højest.</translation>
    </message>
    <message>
        <source>withheld: customers whose tickets it counted have since been excluded (opt-out, erasure or retention cleanup); it is recomputed at the next training or forecast refresh</source>
        <translation>vises ikke: kunder, hvis sager den talte med, er siden udelukket (indsigelse, sletning eller oprydning efter opbevaringsperiode); den beregnes igen ved næste træning eller opdatering af prognosen</translation>
    </message>
</context>
<context>
    <name>ForecastPage</name>
    <message>
        <source> weeks</source>
        <translation> uger</translation>
    </message>
    <message>
        <source>&amp;Forecast the next:</source>
        <translation>&amp;Prognose for de næste:</translation>
    </message>
    <message>
        <source>&amp;Refresh forecast</source>
        <translation>&amp;Opdatér prognose</translation>
    </message>
    <message>
        <source>Support tickets per week: history and forecast</source>
        <translation>Supportsager pr. uge: historik og prognose</translation>
    </message>
    <message>
        <source>Week of</source>
        <translation>Uge fra</translation>
    </message>
    <message>
        <source>Expected tickets</source>
        <translation>Forventede sager</translation>
    </message>
    <message>
        <source>At least</source>
        <translation>Mindst</translation>
    </message>
    <message>
        <source>At most</source>
        <translation>Højst</translation>
    </message>
    <message>
        <source>At least (95 %)</source>
        <translation>Mindst (95 %)</translation>
    </message>
    <message>
        <source>At most (95 %)</source>
        <translation>Højst (95 %)</translation>
    </message>
    <message>
        <source>Forecast per week</source>
        <translation>Prognose pr. uge</translation>
    </message>
    <message>
        <source> min a ticket</source>
        <translation> min pr. sag</translation>
    </message>
    <message>
        <source> h a week</source>
        <translation> t om ugen</translation>
    </message>
    <message>
        <source>&amp;Handling time:</source>
        <translation>&amp;Behandlingstid:</translation>
    </message>
    <message>
        <source>Ticket hours per &amp;agent:</source>
        <translation>Sagstimer pr. &amp;medarbejder:</translation>
    </message>
    <message>
        <source>There are no tickets left to forecast from.</source>
        <translation>Der er ingen sager tilbage at lave prognose ud fra.</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>Prognose</translation>
    </message>
    <message>
        <source>Enter the handling time of a ticket and the hours an agent spends on tickets in a week to see the agents needed per week.</source>
        <translation>Angiv behandlingstiden for en sag og de timer, en medarbejder bruger på sager om ugen, for at se det nødvendige antal medarbejdere pr. uge.</translation>
    </message>
    <message>
        <source>Week of {0}: {1:.1f} agents; a busy week (top of the {2:.0%} band) needs {3}.</source>
        <translation>Ugen fra {0}: {1:.1f} medarbejdere; en travl uge (toppen af {2:.0%}-båndet) kræver {3}.</translation>
    </message>
    <message>
        <source>No stored forecast: {0}</source>
        <translation>Ingen gemt prognose: {0}</translation>
    </message>
    <message>
        <source>No stored forecast yet. Training makes one; Refresh computes one now from the imported tickets.</source>
        <translation>Ingen gemt prognose endnu. Træningen laver en; Opdatér prognose beregner en nu ud fra de importerede sager.</translation>
    </message>
    <message>
        <source>Forecast made at training.</source>
        <translation>Prognose lavet ved træningen.</translation>
    </message>
    <message>
        <source>Forecasting support tickets</source>
        <translation>Laver prognose for supportsager</translation>
    </message>
    <message>
        <source>Fresh forecast (logged).</source>
        <translation>Ny prognose (logført).</translation>
    </message>
    <message>
        <source>Support tickets, next {0} weeks: about {1:,.0f} expected ({2}; forecasting {3} weeks ahead from past points in time, it was off by {4:.1f} tickets a week on average against {5:.1f} for the best other method, {6}). The band holds {7:.0%} of likely outcomes.</source>
        <translation>Supportsager, næste {0} uger: omkring {1:,.0f} forventet ({2}; ved prognoser {3} uger frem fra tidligere tidspunkter ramte den i gennemsnit {4:.1f} sager om ugen ved siden af mod {5:.1f} for den bedste anden metode, {6}). Båndet rummer {7:.0%} af de sandsynlige udfald.</translation>
    </message>
    <message>
        <source>Expect it to be off by about {0:.1f} tickets a week. In the backtest the {1:.0%} band held {2:.0%} of the weeks (the 95 % band {3:.0%}) and was about {4:.0f} tickets wide.</source>
        <translation>Regn med en afvigelse på omkring {0:.1f} sager om ugen. I backtesten rummede {1:.0%}-båndet {2:.0%} af ugerne (95 %-båndet {3:.0%}) og var omkring {4:.0f} sager bredt.</translation>
    </message>
    <message>
        <source>Backtest error per method, tickets a week: {0}.</source>
        <translation>Backtest-fejl pr. metode, sager om ugen: {0}.</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>mandag</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>tirsdag</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>onsdag</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>torsdag</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>fredag</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>lørdag</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>søndag</translation>
    </message>
    <message>
        <source>Share of a week&apos;s tickets per working day: {0}.</source>
        <translation>Andel af en uges sager pr. arbejdsdag: {0}.</translation>
    </message>
    <message>
        <source>Tickets per week</source>
        <translation>Sager pr. uge</translation>
    </message>
    <message>
        <source>{0:.0%} interval</source>
        <translation>{0:.0%}-interval</translation>
    </message>
    <message>
        <source>Support tickets per week</source>
        <translation>Supportsager pr. uge</translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation>Sager</translation>
    </message>
    <message>
        <source>{0} weeks of history, then {1} forecast weeks; the forecast values are listed in the table.</source>
        <translation>{0} ugers historik, derefter {1} prognoseuger; prognoseværdierne står i tabellen.</translation>
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
        <translation>En gruppe kunder, der opfører sig ens. Et segment vises kun, når det har mindst lige så mange kunder som den mindste gruppestørrelse (k).</translation>
    </message>
    <message>
        <source>Churn risk</source>
        <translation>Afgangsrisiko</translation>
    </message>
    <message>
        <source>The chance, estimated by the model, that a customer stops buying or cancels within the outcome horizon. For a segment it is the average of its customers.</source>
        <translation>Sandsynligheden, som modellen anslår, for at en kunde holder op med at købe eller opsiger inden for udfaldshorisonten. For et segment er det gennemsnittet for dets kunder.</translation>
    </message>
    <message>
        <source>Expected churners</source>
        <translation>Forventede tabte kunder</translation>
    </message>
    <message>
        <source>How many customers of a segment are likely to leave: their churn risks added up. It is an estimate for the group, not a list of people.</source>
        <translation>Hvor mange af et segments kunder der sandsynligvis forsvinder: deres afgangsrisici lagt sammen. Det er et skøn for gruppen, ikke en liste over personer.</translation>
    </message>
    <message>
        <source>Revenue at risk</source>
        <translation>Omsætning i risiko</translation>
    </message>
    <message>
        <source>The yearly value of the customers likely to leave: each customer&apos;s spend or fee times their churn risk, added up. Without a value (spend, fee, balance) in the data it cannot be computed and shows a dash.</source>
        <translation>Den årlige værdi af de kunder, der sandsynligvis forsvinder: hver kundes forbrug eller gebyr gange kundens afgangsrisiko, lagt sammen. Uden en værdi (forbrug, gebyr, saldo) i dataene kan den ikke beregnes, og der vises en tankestreg.</translation>
    </message>
    <message>
        <source>Purchase propensity</source>
        <translation>Købstilbøjelighed</translation>
    </message>
    <message>
        <source>The chance that a customer buys again within the outcome horizon. Customers with a high propensity are the likeliest to respond to an offer.</source>
        <translation>Sandsynligheden for, at en kunde køber igen inden for udfaldshorisonten. Kunder med høj tilbøjelighed er dem, der mest sandsynligt reagerer på et tilbud.</translation>
    </message>
    <message>
        <source>Forecast tickets</source>
        <translation>Forventede sager</translation>
    </message>
    <message>
        <source>The support tickets the customers of a segment are expected to open in the forecast period.</source>
        <translation>De supportsager, som et segments kunder forventes at oprette i prognoseperioden.</translation>
    </message>
    <message>
        <source>Still active (buy-till-you-die)</source>
        <translation>Stadig aktive (buy-till-you-die)</translation>
    </message>
    <message>
        <source>For shops without subscriptions: from how often and how recently each customer bought, a classic model estimates the chance that they are still a customer and how many repeat purchases to expect.</source>
        <translation>Til butikker uden abonnementer: ud fra hvor ofte og hvor nylig hver kunde har købt, anslår en klassisk model sandsynligheden for, at kunden stadig er kunde, og hvor mange genkøb der kan forventes.</translation>
    </message>
    <message>
        <source>Outcome horizon</source>
        <translation>Udfaldshorisont</translation>
    </message>
    <message>
        <source>The period after the cut-off date in which a customer counts as lost or as a buyer, for example 90 days.</source>
        <translation>Perioden efter skæringsdatoen, hvor en kunde tæller som tabt eller som køber, for eksempel 90 dage.</translation>
    </message>
    <message>
        <source>Drivers</source>
        <translation>Påvirkende faktorer</translation>
    </message>
    <message>
        <source>The customer traits that move the model&apos;s estimate most, such as fewer orders lately. They explain a prediction; they do not prove a cause.</source>
        <translation>De kundeegenskaber, der flytter modellens skøn mest, for eksempel færre ordrer på det seneste. De forklarer en forudsigelse; de beviser ikke en årsag.</translation>
    </message>
    <message>
        <source>Held-out data</source>
        <translation>Tilbageholdte data</translation>
    </message>
    <message>
        <source>Customers or a later period kept aside during training and used only to measure the model: a fair test of how it does on customers it has never seen.</source>
        <translation>Kunder eller en senere periode, der holdes til side under træningen og kun bruges til at måle modellen: en fair test af, hvordan den klarer sig på kunder, den aldrig har set.</translation>
    </message>
    <message>
        <source>Baseline (reference model)</source>
        <translation>Referencemodel (baseline)</translation>
    </message>
    <message>
        <source>A deliberately simple way to predict, measured the same way as the model. The model is only worth using where it clearly beats its baselines.</source>
        <translation>En bevidst enkel måde at forudsige på, målt på samme måde som modellen. Modellen er kun værd at bruge, hvor den klart slår sine referencemodeller.</translation>
    </message>
    <message>
        <source>ROC AUC</source>
        <translation>ROC AUC</translation>
    </message>
    <message>
        <source>How well the model ranks customers who leave above customers who stay: 0.5 is guessing, 1 is perfect; real churn models reach about 0.7 to 0.85.</source>
        <translation>Hvor godt modellen rangerer kunder, der forsvinder, over kunder, der bliver: 0,5 er gætværk, 1 er perfekt; rigtige churn-modeller når omkring 0,7 til 0,85.</translation>
    </message>
    <message>
        <source>PR AUC</source>
        <translation>PR AUC</translation>
    </message>
    <message>
        <source>How many of the model&apos;s top picks really leave, over lists of every length; higher is better. It matters most when few customers leave.</source>
        <translation>Hvor mange af modellens øverste valg der virkelig forsvinder, over lister af enhver længde; højere er bedre. Det betyder mest, når få kunder forsvinder.</translation>
    </message>
    <message>
        <source>Brier score</source>
        <translation>Brier-score</translation>
    </message>
    <message>
        <source>The average squared gap between the predicted chances and what happened; lower is better.</source>
        <translation>Den gennemsnitlige kvadrerede afstand mellem de forudsagte sandsynligheder og det, der faktisk skete; lavere er bedre.</translation>
    </message>
    <message>
        <source>Lift</source>
        <translation>Lift</translation>
    </message>
    <message>
        <source>How many times more churners a list chosen by the model holds than a list of the same length chosen at random. Top-decile lift compares the 10 % with the highest risk.</source>
        <translation>Hvor mange gange flere tabte kunder en liste valgt af modellen rummer end en tilfældigt valgt liste af samme længde. Lift i øverste decil sammenligner de 10 % med højest risiko.</translation>
    </message>
    <message>
        <source>Calibration</source>
        <translation>Kalibrering</translation>
    </message>
    <message>
        <source>Whether the predicted chances come true: of the customers given a 20 % risk, about 20 % should leave. The calibration chart sets predicted against observed rates.</source>
        <translation>Om de forudsagte sandsynligheder holder stik: af de kunder, der får en risiko på 20 %, bør omkring 20 % forsvinde. Kalibreringsdiagrammet stiller forudsagte andele op mod observerede.</translation>
    </message>
    <message>
        <source>95 % range</source>
        <translation>95 %-interval</translation>
    </message>
    <message>
        <source>The span that holds a quality measure in 95 % of resamples of the held-out customers. The wider it is, the less certain the measure.</source>
        <translation>Det spænd, der rummer et kvalitetsmål i 95 % af genudtrækningerne af de tilbageholdte kunder. Jo bredere det er, desto mere usikkert er målet.</translation>
    </message>
    <message>
        <source>Shift (PSI)</source>
        <translation>Forskydning (PSI)</translation>
    </message>
    <message>
        <source>How much today&apos;s customers differ from those the model learnt from. A large shift means the model should be retrained.</source>
        <translation>Hvor meget dagens kunder adskiller sig fra dem, modellen lærte af. En stor forskydning betyder, at modellen bør trænes igen.</translation>
    </message>
    <message>
        <source>Control group (held back)</source>
        <translation>Kontrolgruppe (holdt tilbage)</translation>
    </message>
    <message>
        <source>Customers of a campaign chosen at random and deliberately not acted on. Comparing them with the treated customers shows what the action itself changed.</source>
        <translation>Kunder i en kampagne, der er udvalgt tilfældigt, og som handlingen bevidst ikke rettes mod. En sammenligning med testgruppen viser, hvad selve handlingen ændrede.</translation>
    </message>
    <message>
        <source>Treated</source>
        <translation>Testgruppe</translation>
    </message>
    <message>
        <source>The customers of a campaign who are acted on (called, mailed, offered a discount).</source>
        <translation>De kunder i en kampagne, som handlingen rettes mod (de bliver ringet op, får post eller tilbydes en rabat).</translation>
    </message>
    <message>
        <source>Uplift (difference)</source>
        <translation>Mereffekt (forskel)</translation>
    </message>
    <message>
        <source>The difference in an outcome between treated and held-back customers: the effect of the action beyond what would have happened anyway.</source>
        <translation>Forskellen i et udfald mellem testgruppen og kontrolgruppen: effekten af handlingen ud over det, der ville være sket alligevel.</translation>
    </message>
    <message>
        <source>Interval (90 %)</source>
        <translation>Interval (90 %)</translation>
    </message>
    <message>
        <source>The range that holds the true value with the stated confidence, usually 90 %; the wider, the less certain. A campaign interval that includes zero means the action may have changed nothing.</source>
        <translation>Det spænd, der rummer den sande værdi med den angivne sikkerhed, normalt 90 %; jo bredere, desto mere usikkert. Et kampagneinterval, der omfatter nul, betyder, at handlingen måske ikke har ændret noget.</translation>
    </message>
    <message>
        <source>Backtest</source>
        <translation>Backtest</translation>
    </message>
    <message>
        <source>Testing a forecast on past weeks as if they were the future: each method forecasts them from the weeks before, and the result is compared with what really happened.</source>
        <translation>En test af en prognose på tidligere uger, som om de var fremtiden: hver metode laver en prognose for dem ud fra ugerne før, og resultatet sammenlignes med det, der faktisk skete.</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>Dækning</translation>
    </message>
    <message>
        <source>How often the real value fell inside the forecast&apos;s interval in the backtest. For a 90 % interval about 90 % is right; much less means the interval is too narrow.</source>
        <translation>Hvor ofte den faktiske værdi faldt inden for prognosens interval i backtesten. For et 90 %-interval er omkring 90 % rigtigt; meget mindre betyder, at intervallet er for smalt.</translation>
    </message>
    <message>
        <source>Smallest group (k)</source>
        <translation>Mindste gruppe (k)</translation>
    </message>
    <message>
        <source>The fewest customers any group shown or exported may have. Smaller groups are withheld, so that no figure describes a single recognisable person.</source>
        <translation>Det mindste antal kunder, som en vist eller eksporteret gruppe må have. Mindre grupper tilbageholdes, så intet tal beskriver en enkelt genkendelig person.</translation>
    </message>
    <message>
        <source>Encrypted ID (pseudonymisation)</source>
        <translation>Krypteret id (pseudonymisering)</translation>
    </message>
    <message>
        <source>Customer numbers are replaced by encrypted IDs before anything is stored, and names and contact details are dropped unless you choose to keep them. Without the passphrase nobody can trace the data to a person.</source>
        <translation>Kundenumre erstattes af krypterede id&apos;er, før noget gemmes, og navne og kontaktoplysninger kasseres, medmindre du vælger at beholde dem. Uden adgangsfrasen kan ingen spore dataene tilbage til en person.</translation>
    </message>
    <message>
        <source>Opt-out (objection)</source>
        <translation>Indsigelse (opt-out)</translation>
    </message>
    <message>
        <source>A customer&apos;s objection to being analysed or contacted. Their data is removed, and their encrypted ID stays on the opt-out register so that no later import can bring them back.</source>
        <translation>En kundes indsigelse mod at blive analyseret eller kontaktet. Kundens data fjernes, og det krypterede id bliver stående i indsigelsesregistret, så ingen senere import kan bringe kunden tilbage.</translation>
    </message>
    <message>
        <source>Retention deadline</source>
        <translation>Opbevaringsfrist</translation>
    </message>
    <message>
        <source>How long each kind of data may be kept. Data past its deadline must be deleted: the Privacy screen shows what is due and deletes it in a cleanup.</source>
        <translation>Hvor længe hver type data må opbevares. Data, der har overskredet fristen, skal slettes: skærmen Databeskyttelse viser, hvad der skal slettes, og sletter det ved en oprydning.</translation>
    </message>
    <message>
        <source>Processing log</source>
        <translation>Behandlingslog</translation>
    </message>
    <message>
        <source>A signed record of every processing step (imports, training, exports, deletions) that holds no personal data. Your data protection officer can check it without the passphrase.</source>
        <translation>En signeret registrering af hvert behandlingstrin (importer, træning, eksporter, sletninger), der ikke indeholder personoplysninger. Din databeskyttelsesrådgiver kan kontrollere den uden adgangsfrasen.</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Fingeraftryk</translation>
    </message>
    <message>
        <source>A short code computed from the log&apos;s public key. If it matches the one your data protection officer noted, the log was signed by this project and not by someone else.</source>
        <translation>En kort kode, der er beregnet ud fra loggens offentlige nøgle. Hvis den passer med den, din databeskyttelsesrådgiver noterede, er loggen signeret af dette projekt og ikke af en anden.</translation>
    </message>
    <message>
        <source>Checkpoint</source>
        <translation>Kontrolpunkt</translation>
    </message>
    <message>
        <source>The log&apos;s latest entry as your data protection officer last saw it. Checking the log against it later shows whether any entry was removed or rewritten since.</source>
        <translation>Loggens seneste post, som din databeskyttelsesrådgiver sidst så den. Når loggen senere kontrolleres op imod den, viser det, om nogen post er fjernet eller omskrevet siden.</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Formål</translation>
    </message>
    <message>
        <source>What the data is processed for. It is recorded with every step, and the data may only be used for it.</source>
        <translation>Det, som dataene behandles til. Det registreres ved hvert trin, og dataene må kun bruges til det.</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Retsgrundlag</translation>
    </message>
    <message>
        <source>The reason under data protection law that allows the processing, such as legitimate interest. It is recorded with every import.</source>
        <translation>Grunden efter databeskyttelsesreglerne til, at behandlingen er tilladt, for eksempel legitim interesse. Det registreres ved hver import.</translation>
    </message>
    <message>
        <source>KPI baseline</source>
        <translation>KPI-udgangsværdier</translation>
    </message>
    <message>
        <source>The key figures recorded at the start of the pilot, so that later figures can be compared with them.</source>
        <translation>De nøgletal, der registreres ved pilotens start, så senere tal kan sammenlignes med dem.</translation>
    </message>
    <message>
        <source>Undo the last import</source>
        <translation>Fortryd seneste import</translation>
    </message>
    <message>
        <source>Puts the data back as it was before the most recent import. Opt-outs and erasures recorded since stay in force, and models trained on the undone data are marked for retraining.</source>
        <translation>Sætter dataene tilbage, som de var før den seneste import. Indsigelser og sletninger, der er registreret siden, forbliver gældende, og modeller, der er trænet på de fortrudte data, markeres til gentræning.</translation>
    </message>
</context>
<context>
    <name>GlossaryTab</name>
    <message>
        <source>Search the glossary</source>
        <translation>Søg i ordlisten</translation>
    </message>
    <message>
        <source>Terms</source>
        <translation>Begreber</translation>
    </message>
    <message>
        <source>No term matches.</source>
        <translation>Intet begreb passer.</translation>
    </message>
</context>
<context>
    <name>GuideTab</name>
    <message>
        <source>Prevista turns your CRM exports into segments you can act on, entirely on this computer. These are the steps, in order:</source>
        <translation>Prevista gør dine CRM-eksporter til segmenter, du kan handle på, helt på denne computer. Her er trinnene i rækkefølge:</translation>
    </message>
    <message>
        <source>1. Import your CRM exports</source>
        <translation>1. Importér dine CRM-eksporter</translation>
    </message>
    <message>
        <source>Export customers, orders or invoices, and support tickets from your CRM as CSV or Excel files and import them. Customer numbers are replaced by encrypted IDs before anything is stored; names and contact details are dropped unless you choose to keep them.</source>
        <translation>Eksportér kunder, ordrer eller fakturaer og supportsager fra dit CRM som CSV- eller Excel-filer, og importér dem. Kundenumre erstattes af krypterede id&apos;er, før noget gemmes; navne og kontaktoplysninger kasseres, medmindre du vælger at beholde dem.</translation>
    </message>
    <message>
        <source>Go to &amp;Import</source>
        <translation>Gå til &amp;Import</translation>
    </message>
    <message>
        <source>2. Check the data</source>
        <translation>2. Kontrollér dataene</translation>
    </message>
    <message>
        <source>Before anything is stored, the import shows what it found: which column means what, and problems such as too few customers or too short a history. Correct a column&apos;s meaning there, or fix the export and import it again.</source>
        <translation>Før noget gemmes, viser importen, hvad den har fundet: hvilken kolonne der betyder hvad, og problemer som for få kunder eller for kort historik. Ret en kolonnes betydning dér, eller ret eksporten, og importér den igen.</translation>
    </message>
    <message>
        <source>Go to the &amp;quality check</source>
        <translation>Gå til k&amp;valitetskontrollen</translation>
    </message>
    <message>
        <source>3. Train the models</source>
        <translation>3. Træn modellerne</translation>
    </message>
    <message>
        <source>Training learns from your history who is likely to leave and who is likely to buy, and measures itself on customers it never saw, beside simple baselines. The Models page says how good the result is in plain words.</source>
        <translation>Træningen lærer af din historik, hvem der sandsynligvis forsvinder, og hvem der sandsynligvis køber, og måler sig selv på kunder, den aldrig har set, ved siden af simple referencemodeller. Siden Modeller fortæller med almindelige ord, hvor godt resultatet er.</translation>
    </message>
    <message>
        <source>Go to &amp;Models</source>
        <translation>Gå til &amp;Modeller</translation>
    </message>
    <message>
        <source>4. Look at the segments and act</source>
        <translation>4. Se på segmenterne, og handl</translation>
    </message>
    <message>
        <source>Customers are grouped into segments, each with its churn risk, revenue at risk and a suggested action. Start a campaign for a segment: a random part of it is held back, so that the effect can be measured later.</source>
        <translation>Kunderne grupperes i segmenter, hver med sin afgangsrisiko, omsætning i risiko og en foreslået handling. Start en kampagne for et segment: en tilfældig del af det holdes tilbage, så effekten kan måles senere.</translation>
    </message>
    <message>
        <source>Go to &amp;Segments</source>
        <translation>Gå til &amp;Segmenter</translation>
    </message>
    <message>
        <source>5. Measure and report</source>
        <translation>5. Mål og rapportér</translation>
    </message>
    <message>
        <source>After the campaign, import who was reached and measure: the difference between treated and held-back customers shows what the action changed. The reports sum up the pilot and the processing for your records.</source>
        <translation>Efter kampagnen importerer du, hvem der blev nået, og måler: forskellen mellem testgruppen og kontrolgruppen viser, hvad handlingen ændrede. Rapporterne opsummerer piloten og behandlingen til din dokumentation.</translation>
    </message>
    <message>
        <source>Go to &amp;Campaigns</source>
        <translation>Gå til &amp;Kampagner</translation>
    </message>
    <message>
        <source>Your privacy duties</source>
        <translation>Dine databeskyttelsesopgaver</translation>
    </message>
    <message>
        <source>Record objections (opt-outs) and requests for access or erasure as they arrive, and delete data past its retention deadline when the Privacy screen says a cleanup is due. Every step is written to the signed processing log your data protection officer can check.</source>
        <translation>Registrér indsigelser (opt-outs) og anmodninger om indsigt eller sletning, efterhånden som de kommer ind, og slet data, der har overskredet opbevaringsfristen, når skærmen Databeskyttelse siger, at der skal ryddes op. Hvert trin skrives i den signerede behandlingslog, som din databeskyttelsesrådgiver kan kontrollere.</translation>
    </message>
    <message>
        <source>Go to &amp;Privacy</source>
        <translation>Gå til &amp;Databeskyttelse</translation>
    </message>
    <message>
        <source>Create or open a project first (File menu, or the start screen): the buttons below then lead to each step&apos;s screen.</source>
        <translation>Opret eller åbn først et projekt (menuen Filer eller startskærmen): knapperne nedenfor fører derefter til skærmen for hvert trin.</translation>
    </message>
</context>
<context>
    <name>HelpActions</name>
    <message>
        <source>&amp;Guide</source>
        <translation>&amp;Vejledning</translation>
    </message>
    <message>
        <source>G&amp;lossary</source>
        <translation>O&amp;rdliste</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <source>Prevista help</source>
        <translation>Hjælp til Prevista</translation>
    </message>
    <message>
        <source>&amp;Guide</source>
        <translation>&amp;Vejledning</translation>
    </message>
    <message>
        <source>G&amp;lossary</source>
        <translation>O&amp;rdliste</translation>
    </message>
</context>
<context>
    <name>ImportHistoryDialog</name>
    <message>
        <source>Import history</source>
        <translation>Importhistorik</translation>
    </message>
    <message>
        <source>Log entry</source>
        <translation>Logpost</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Hvornår</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Måde</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Filer</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Kunder</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Imports, newest first</source>
        <translation>Importer, nyeste først</translation>
    </message>
    <message>
        <source>Files are shown by kind, size and the start of their checksum: file names are not kept, because a name can itself identify a person.</source>
        <translation>Filer vises efter type, størrelse og begyndelsen af deres kontrolsum: filnavne gemmes ikke, fordi et navn i sig selv kan identificere en person.</translation>
    </message>
    <message>
        <source>&amp;Undo the last import…</source>
        <translation>&amp;Fortryd seneste import…</translation>
    </message>
    <message>
        <source>Reading the import history</source>
        <translation>Læser importhistorikken</translation>
    </message>
    <message>
        <source>{0}, {1}, {2} rows ({3}…)</source>
        <translation>{0}, {1}, {2} rækker ({3}…)</translation>
    </message>
    <message>
        <source>added</source>
        <translation>tilføjet</translation>
    </message>
    <message>
        <source>replaced</source>
        <translation>erstattet</translation>
    </message>
    <message>
        <source>undone (log entry {0})</source>
        <translation>fortrudt (logpost {0})</translation>
    </message>
    <message>
        <source>in effect</source>
        <translation>gældende</translation>
    </message>
    <message>
        <source>Checking what undoing would change</source>
        <translation>Undersøger, hvad en fortrydelse ville ændre</translation>
    </message>
    <message>
        <source>{0}: back to {1} rows</source>
        <translation>{0}: tilbage til {1} rækker</translation>
    </message>
    <message>
        <source>{0}: removed (the import created it)</source>
        <translation>{0}: fjernet (importen oprettede den)</translation>
    </message>
    <message>
        <source>{0} customers the import added are removed</source>
        <translation>{0} kunder, som importen tilføjede, fjernes</translation>
    </message>
    <message>
        <source>the models were trained on this data: retrain them afterwards</source>
        <translation>modellerne blev trænet på disse data: træn dem igen bagefter</translation>
    </message>
    <message>
        <source>Undo the import of {0}?</source>
        <translation>Vil du fortryde importen af {0}?</translation>
    </message>
    <message>
        <source>Opt-outs and erasures recorded since stay in force.</source>
        <translation>Indsigelser og sletninger, der er registreret siden, forbliver gældende.</translation>
    </message>
    <message>
        <source>The last import cannot be undone: {0}.</source>
        <translation>Den seneste import kan ikke fortrydes: {0}.</translation>
    </message>
    <message>
        <source>Undo the last import</source>
        <translation>Fortryd seneste import</translation>
    </message>
    <message>
        <source>Undoing the last import</source>
        <translation>Fortryder seneste import</translation>
    </message>
    <message>
        <source>The import was undone (processing log entry {0}).</source>
        <translation>Importen blev fortrudt (post {0} i behandlingsloggen).</translation>
    </message>
</context>
<context>
    <name>ImportPage</name>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Tilbage</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Næste</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>&amp;Historik…</translation>
    </message>
    <message>
        <source>Nothing can be imported into it any more: create a new project for a new pilot.</source>
        <translation>Der kan ikke længere importeres noget i det: opret et nyt projekt til en ny pilot.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Choose the files</source>
        <translation>Vælg filerne</translation>
    </message>
    <message>
        <source>Preview and column roles</source>
        <translation>Eksempel og kolonneroller</translation>
    </message>
    <message>
        <source>Data-quality report</source>
        <translation>Datakvalitetsrapport</translation>
    </message>
    <message>
        <source>Purpose and import</source>
        <translation>Formål og import</translation>
    </message>
    <message>
        <source>Import complete</source>
        <translation>Importen er fuldført</translation>
    </message>
    <message>
        <source>Step {0} of {1}: {2}</source>
        <translation>Trin {0} af {1}: {2}</translation>
    </message>
    <message>
        <source>Choose exports to import</source>
        <translation>Vælg eksporter, der skal importeres</translation>
    </message>
    <message>
        <source>Exports (*.csv *.tsv *.txt *.xlsx *.xlsm *.json *.zip *.gz);;All files (*)</source>
        <translation>Eksporter (*.csv *.tsv *.txt *.xlsx *.xlsm *.json *.zip *.gz);;Alle filer (*)</translation>
    </message>
    <message>
        <source>Reading a preview of {0}</source>
        <translation>Læser et eksempel på {0}</translation>
    </message>
    <message>
        <source>Reading and checking the files</source>
        <translation>Læser og kontrollerer filerne</translation>
    </message>
    <message>
        <source>State the purpose of the import: it is recorded in the processing log.</source>
        <translation>Angiv formålet med importen: det registreres i behandlingsloggen.</translation>
    </message>
    <message>
        <source>Pseudonymizing and importing</source>
        <translation>Pseudonymiserer og importerer</translation>
    </message>
    <message>
        <source>Nothing was imported: the data-quality check refused it.</source>
        <translation>Intet blev importeret: datakvalitetskontrollen afviste importen.</translation>
    </message>
</context>
<context>
    <name>JobBar</name>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Annuller</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annullerer…</translation>
    </message>
    <message>
        <source>Saving the result; too late to cancel…</source>
        <translation>Gemmer resultatet; for sent at annullere…</translation>
    </message>
</context>
<context>
    <name>JobPanel</name>
    <message>
        <source>Nothing was changed.</source>
        <translation>Intet blev ændret.</translation>
    </message>
</context>
<context>
    <name>Kpis</name>
    <message>
        <source>per {0} days</source>
        <translation>pr. {0} dage</translation>
    </message>
    <message>
        <source>{0:+.0f} points</source>
        <translation>{0:+.0f} procentpoint</translation>
    </message>
    <message>
        <source>no support tickets were imported</source>
        <translation>der er ikke importeret nogen supportsager</translation>
    </message>
    <message>
        <source>no dated orders or transactions were imported</source>
        <translation>der er ikke importeret nogen daterede ordrer eller transaktioner</translation>
    </message>
    <message>
        <source>the ticket export has no closing date, so resolution cannot be measured</source>
        <translation>sagseksporten har ingen lukkedato, så løsningen kan ikke måles</translation>
    </message>
    <message>
        <source>no support cost was entered: enter what support costs a month in the settings (support_cost_per_month)</source>
        <translation>der er ikke angivet nogen supportomkostning: angiv i indstillingerne, hvad support koster om måneden (support_cost_per_month)</translation>
    </message>
    <message>
        <source>Churn rate</source>
        <translation>Afgangsrate</translation>
    </message>
    <message>
        <source>Repeat-purchase rate</source>
        <translation>Genkøbsrate</translation>
    </message>
    <message>
        <source>Average order value</source>
        <translation>Gennemsnitlig ordreværdi</translation>
    </message>
    <message>
        <source>Customer lifetime value (estimate)</source>
        <translation>Kundens livstidsværdi (skøn)</translation>
    </message>
    <message>
        <source>Tickets per customer</source>
        <translation>Sager pr. kunde</translation>
    </message>
    <message>
        <source>First-contact resolution</source>
        <translation>Løsning ved første kontakt</translation>
    </message>
    <message>
        <source>Resolution time (median)</source>
        <translation>Løsningstid (median)</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>timer</translation>
    </message>
    <message>
        <source>CSAT (mean satisfaction score)</source>
        <translation>CSAT (gennemsnitlig tilfredshedsscore)</translation>
    </message>
    <message>
        <source>Cost per ticket</source>
        <translation>Omkostning pr. sag</translation>
    </message>
</context>
<context>
    <name>LegalBasis</name>
    <message>
        <source>Art. 6(1)(a) GDPR — consent</source>
        <translation>Art. 6, stk. 1, litra a, GDPR — samtykke</translation>
    </message>
    <message>
        <source>Art. 6(1)(b) GDPR — performance of a contract</source>
        <translation>Art. 6, stk. 1, litra b, GDPR — opfyldelse af en kontrakt</translation>
    </message>
    <message>
        <source>Art. 6(1)(f) GDPR — legitimate interest</source>
        <translation>Art. 6, stk. 1, litra f, GDPR — legitim interesse</translation>
    </message>
</context>
<context>
    <name>LogActions</name>
    <message>
        <source>Project created</source>
        <translation>Projekt oprettet</translation>
    </message>
    <message>
        <source>Passphrase changed</source>
        <translation>Adgangsfrase ændret</translation>
    </message>
    <message>
        <source>Operation not completed</source>
        <translation>Handling ikke fuldført</translation>
    </message>
    <message>
        <source>Log loss recorded</source>
        <translation>Tab af log registreret</translation>
    </message>
    <message>
        <source>Settings changed</source>
        <translation>Indstillinger ændret</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Import refused</source>
        <translation>Import afvist</translation>
    </message>
    <message>
        <source>Import not confirmed</source>
        <translation>Import ikke bekræftet</translation>
    </message>
    <message>
        <source>Import undone</source>
        <translation>Import fortrudt</translation>
    </message>
    <message>
        <source>Models trained</source>
        <translation>Modeller trænet</translation>
    </message>
    <message>
        <source>Drift check</source>
        <translation>Kontrol af drift i data</translation>
    </message>
    <message>
        <source>Ticket forecast</source>
        <translation>Sagsprognose</translation>
    </message>
    <message>
        <source>Opt-out recorded</source>
        <translation>Indsigelse registreret</translation>
    </message>
    <message>
        <source>Opt-out withdrawn</source>
        <translation>Indsigelse trukket tilbage</translation>
    </message>
    <message>
        <source>Action list prepared</source>
        <translation>Handlingsliste udarbejdet</translation>
    </message>
    <message>
        <source>KPI baseline taken</source>
        <translation>KPI-udgangsværdier registreret</translation>
    </message>
    <message>
        <source>Campaign started</source>
        <translation>Kampagne startet</translation>
    </message>
    <message>
        <source>Campaign contact list exported</source>
        <translation>Kampagnens kontaktliste eksporteret</translation>
    </message>
    <message>
        <source>Campaign contact outcomes imported</source>
        <translation>Kampagnens kontaktresultater importeret</translation>
    </message>
    <message>
        <source>Campaign measured</source>
        <translation>Kampagne målt</translation>
    </message>
    <message>
        <source>Retention policy set</source>
        <translation>Opbevaringsregler fastsat</translation>
    </message>
    <message>
        <source>Retention cleanup</source>
        <translation>Oprydning efter opbevaringsfrist</translation>
    </message>
    <message>
        <source>Access request answered</source>
        <translation>Anmodning om indsigt besvaret</translation>
    </message>
    <message>
        <source>Erasure on request</source>
        <translation>Sletning efter anmodning</translation>
    </message>
    <message>
        <source>Art. 30 record written</source>
        <translation>Art. 30-fortegnelse skrevet</translation>
    </message>
    <message>
        <source>Pilot report written</source>
        <translation>Pilotrapport skrevet</translation>
    </message>
    <message>
        <source>Table exported</source>
        <translation>Tabel eksporteret</translation>
    </message>
    <message>
        <source>Handover bundle written</source>
        <translation>Overdragelsespakke skrevet</translation>
    </message>
    <message>
        <source>Log package for the DPO exported</source>
        <translation>Logpakke til databeskyttelsesrådgiveren eksporteret</translation>
    </message>
    <message>
        <source>Pilot closed</source>
        <translation>Pilot afsluttet</translation>
    </message>
</context>
<context>
    <name>LogEntriesView</name>
    <message>
        <source>Filter the log</source>
        <translation>Filtrér loggen</translation>
    </message>
    <message>
        <source>Action, operator, purpose or details contain…</source>
        <translation>Handling, operatør, formål eller detaljer indeholder…</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Handling</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>Fra dato</translation>
    </message>
    <message>
        <source>any</source>
        <translation>alle</translation>
    </message>
    <message>
        <source>Until date</source>
        <translation>Til dato</translation>
    </message>
    <message>
        <source>Fro&amp;m:</source>
        <translation>F&amp;ra:</translation>
    </message>
    <message>
        <source>Un&amp;til:</source>
        <translation>T&amp;il:</translation>
    </message>
    <message>
        <source>&amp;Filter:</source>
        <translation>&amp;Filter:</translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation>Hand&amp;ling:</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tidspunkt</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Operatør</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Formål</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Retsgrundlag</translation>
    </message>
    <message>
        <source>Counts and details</source>
        <translation>Antal og detaljer</translation>
    </message>
    <message>
        <source>The selected entry in full</source>
        <translation>Den valgte post i sin helhed</translation>
    </message>
    <message>
        <source>Select an entry to read it in full.</source>
        <translation>Vælg en post for at læse den i sin helhed.</translation>
    </message>
    <message>
        <source>Processing log entries</source>
        <translation>Poster i behandlingsloggen</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>Alle handlinger</translation>
    </message>
    <message>
        <source>Showing {0} of {1} entries.</source>
        <translation>Viser {0} af {1} poster.</translation>
    </message>
    <message>
        <source>action {0}</source>
        <translation>handling {0}</translation>
    </message>
    <message>
        <source>containing &quot;{0}&quot;</source>
        <translation>der indeholder &quot;{0}&quot;</translation>
    </message>
    <message>
        <source>from {0}</source>
        <translation>fra {0}</translation>
    </message>
    <message>
        <source>until {0}</source>
        <translation>til {0}</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Post</translation>
    </message>
</context>
<context>
    <name>LogFields</name>
    <message>
        <source>rows</source>
        <translation>rækker</translation>
    </message>
    <message>
        <source>rows stored</source>
        <translation>rækker gemt</translation>
    </message>
    <message>
        <source>new customers</source>
        <translation>nye kunder</translation>
    </message>
    <message>
        <source>rows removed for opt-out</source>
        <translation>rækker fjernet pga. indsigelse</translation>
    </message>
    <message>
        <source>opt-out register size</source>
        <translation>indsigelsesregistrets størrelse</translation>
    </message>
    <message>
        <source>rows without ID left out</source>
        <translation>rækker uden id udeladt</translation>
    </message>
    <message>
        <source>tickets without customer</source>
        <translation>sager uden kunde</translation>
    </message>
    <message>
        <source>cancellation lines</source>
        <translation>annulleringslinjer</translation>
    </message>
    <message>
        <source>non-product lines</source>
        <translation>ikke-produktlinjer</translation>
    </message>
    <message>
        <source>pilot KPIs</source>
        <translation>pilotens KPI&apos;er</translation>
    </message>
    <message>
        <source>customers scored</source>
        <translation>kunder med score</translation>
    </message>
    <message>
        <source>segments</source>
        <translation>segmenter</translation>
    </message>
    <message>
        <source>churners held out</source>
        <translation>tilbageholdte tabte kunder</translation>
    </message>
    <message>
        <source>customers held out</source>
        <translation>tilbageholdte kunder</translation>
    </message>
    <message>
        <source>churners trained on</source>
        <translation>tabte kunder i træningen</translation>
    </message>
    <message>
        <source>customers trained on</source>
        <translation>kunder i træningen</translation>
    </message>
    <message>
        <source>horizon (days)</source>
        <translation>horisont (dage)</translation>
    </message>
    <message>
        <source>model</source>
        <translation>model</translation>
    </message>
    <message>
        <source>validation</source>
        <translation>validering</translation>
    </message>
    <message>
        <source>people</source>
        <translation>personer</translation>
    </message>
    <message>
        <source>requests</source>
        <translation>anmodninger</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>trukket tilbage</translation>
    </message>
    <message>
        <source>register size</source>
        <translation>registrets størrelse</translation>
    </message>
    <message>
        <source>treated</source>
        <translation>testgruppe</translation>
    </message>
    <message>
        <source>held back</source>
        <translation>kontrolgruppe</translation>
    </message>
    <message>
        <source>people listed</source>
        <translation>personer på listen</translation>
    </message>
    <message>
        <source>segment</source>
        <translation>segment</translation>
    </message>
    <message>
        <source>segment size</source>
        <translation>segmentstørrelse</translation>
    </message>
    <message>
        <source>format</source>
        <translation>format</translation>
    </message>
    <message>
        <source>table</source>
        <translation>tabel</translation>
    </message>
    <message>
        <source>months</source>
        <translation>måneder</translation>
    </message>
    <message>
        <source>months before</source>
        <translation>måneder før</translation>
    </message>
    <message>
        <source>justification</source>
        <translation>begrundelse</translation>
    </message>
    <message>
        <source>settings</source>
        <translation>indstillinger</translation>
    </message>
    <message>
        <source>files</source>
        <translation>filer</translation>
    </message>
    <message>
        <source>bytes</source>
        <translation>byte</translation>
    </message>
    <message>
        <source>log entries</source>
        <translation>logposter</translation>
    </message>
    <message>
        <source>weeks</source>
        <translation>uger</translation>
    </message>
    <message>
        <source>key derivation</source>
        <translation>nøgleafledning</translation>
    </message>
    <message>
        <source>iterations</source>
        <translation>iterationer</translation>
    </message>
    <message>
        <source>lanes</source>
        <translation>baner</translation>
    </message>
    <message>
        <source>memory (KiB)</source>
        <translation>hukommelse (KiB)</translation>
    </message>
    <message>
        <source>entries</source>
        <translation>poster</translation>
    </message>
    <message>
        <source>outcome</source>
        <translation>udfald</translation>
    </message>
    <message>
        <source>import entry</source>
        <translation>importpost</translation>
    </message>
    <message>
        <source>tables restored</source>
        <translation>tabeller gendannet</translation>
    </message>
    <message>
        <source>retraining recommended</source>
        <translation>gentræning anbefalet</translation>
    </message>
    <message>
        <source>left out (in another campaign)</source>
        <translation>udeladt (i en anden kampagne)</translation>
    </message>
    <message>
        <source>settings changed</source>
        <translation>indstillinger ændret</translation>
    </message>
    <message>
        <source>on later data (time-based)</source>
        <translation>på senere data (tidsbaseret)</translation>
    </message>
    <message>
        <source>on other customers</source>
        <translation>på andre kunder</translation>
    </message>
    <message>
        <source>on a snapshot</source>
        <translation>på et øjebliksbillede</translation>
    </message>
    <message>
        <source>recomputed</source>
        <translation>genberegnet</translation>
    </message>
    <message>
        <source>recomputed, baseline taken</source>
        <translation>genberegnet, udgangsværdier registreret</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nej</translation>
    </message>
</context>
<context>
    <name>LogTab</name>
    <message>
        <source>&amp;Verify</source>
        <translation>&amp;Verificér</translation>
    </message>
    <message>
        <source>Export public &amp;key…</source>
        <translation>Eksportér off&amp;entlig nøgle…</translation>
    </message>
    <message>
        <source>Record the log &amp;loss…</source>
        <translation>Registrér &amp;tab af loggen…</translation>
    </message>
    <message>
        <source>Only when no good copy of the log exists: writes are refused until the loss is recorded</source>
        <translation>Kun når der ikke findes en god kopi af loggen: ændringer afvises, indtil tabet er registreret</translation>
    </message>
    <message>
        <source>The processing log does not match the project&apos;s record of it: {0} Every change is refused until it does. Put back the good copy of processing-log.jsonl if you have one; only if none exists, record the loss.</source>
        <translation>Behandlingsloggen passer ikke med projektets registrering af den: {0} Alle ændringer afvises, indtil den passer. Læg den gode kopi af processing-log.jsonl tilbage, hvis du har en; kun hvis ingen findes, registrér tabet.</translation>
    </message>
    <message>
        <source>Export for the &amp;DPO…</source>
        <translation>Eksportér til data&amp;beskyttelsesrådgiveren…</translation>
    </message>
    <message>
        <source>One file with the signed log, its public key and a checkpoint: what the DPO verifies on the start screen, without the passphrase</source>
        <translation>Én fil med den signerede log, dens offentlige nøgle og et kontrolpunkt: det, databeskyttelsesrådgiveren verificerer på startskærmen uden adgangsfrasen</translation>
    </message>
    <message>
        <source>E&amp;xport a readable copy…</source>
        <translation>Eksportér en læsbar &amp;kopi…</translation>
    </message>
    <message>
        <source>CSV or JSON to read and sort; a copy cannot be verified</source>
        <translation>CSV eller JSON til læsning og sortering; en kopi kan ikke verificeres</translation>
    </message>
    <message>
        <source>Verifying the processing log</source>
        <translation>Verificerer behandlingsloggen</translation>
    </message>
    <message>
        <source>OK: {0} entries, hash chain intact, every entry and the head signed by the project&apos;s key; the log ends where the project&apos;s last commit says.</source>
        <translation>OK: {0} poster, hashkæden er intakt, hver post og kædens ende er signeret med projektets nøgle; loggen slutter dér, hvor projektets seneste commit angiver.</translation>
    </message>
    <message>
        <source>OK: {0} entries, hash chain intact; signatures NOT checked: anyone can rebuild a hash chain.</source>
        <translation>OK: {0} poster, hashkæden er intakt; signaturerne er IKKE kontrolleret: enhver kan genopbygge en hashkæde.</translation>
    </message>
    <message>
        <source>Record in the processing log that it no longer matches the project&apos;s record? The entries that are missing stay missing, the record of the loss stays in the log for good, and a DPO&apos;s saved checkpoint will no longer match. Do this only when no good copy of the log exists.</source>
        <translation>Registrér i behandlingsloggen, at den ikke længere passer med projektets registrering? Manglende poster forbliver tabt, registreringen af tabet bliver i loggen for altid, og DPO&apos;ens gemte kontrolpunkt passer ikke længere. Gør det kun, når der ikke findes en god kopi af loggen.</translation>
    </message>
    <message>
        <source>Recording the log loss</source>
        <translation>Registrerer tab af loggen</translation>
    </message>
    <message>
        <source>The loss is recorded in log entry {0}; changes are possible again.</source>
        <translation>Tabet er registreret i logpost {0}; ændringer er mulige igen.</translation>
    </message>
    <message>
        <source>FAILED: {0}</source>
        <translation>MISLYKKEDES: {0}</translation>
    </message>
    <message>
        <source>Export the processing log</source>
        <translation>Eksportér behandlingsloggen</translation>
    </message>
    <message>
        <source>CSV for spreadsheets (*.csv);;JSON (*.json)</source>
        <translation>CSV til regneark (*.csv);;JSON (*.json)</translation>
    </message>
    <message>
        <source>Exporting the processing log</source>
        <translation>Eksporterer behandlingsloggen</translation>
    </message>
    <message>
        <source>Exported the processing log as {0} to {1}.</source>
        <translation>Eksporterede behandlingsloggen som {0} til {1}.</translation>
    </message>
    <message>
        <source>Export the processing log for the DPO</source>
        <translation>Eksportér behandlingsloggen til databeskyttelsesrådgiveren</translation>
    </message>
    <message>
        <source>ZIP archives (*.zip)</source>
        <translation>ZIP-arkiver (*.zip)</translation>
    </message>
    <message>
        <source>Writing the DPO log package</source>
        <translation>Skriver logpakken til databeskyttelsesrådgiveren</translation>
    </message>
    <message>
        <source>Wrote the log package ({0} entries, the public key and a checkpoint) to {1}. Give it to the DPO, who checks it with &quot;Verify a processing log&quot; on the start screen and the key fingerprint kept when the project was created.</source>
        <translation>Skrev logpakken ({0} poster, den offentlige nøgle og et kontrolpunkt) til {1}. Giv den til databeskyttelsesrådgiveren, som kontrollerer den med &quot;Verificér en behandlingslog&quot; på startskærmen og det nøglefingeraftryk, der blev gemt, da projektet blev oprettet.</translation>
    </message>
    <message>
        <source>Export the log&apos;s public key</source>
        <translation>Eksportér loggens offentlige nøgle</translation>
    </message>
    <message>
        <source>Public key (*.pub *.pem)</source>
        <translation>Offentlig nøgle (*.pub *.pem)</translation>
    </message>
    <message>
        <source>Exporting the public key</source>
        <translation>Eksporterer den offentlige nøgle</translation>
    </message>
    <message>
        <source>Wrote the log&apos;s public key to {0}: hand it to the DPO with the log.</source>
        <translation>Skrev loggens offentlige nøgle til {0}: giv den til databeskyttelsesrådgiveren sammen med loggen.</translation>
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
        <translation>&amp;Filer</translation>
    </message>
    <message>
        <source>&amp;New project…</source>
        <translation>&amp;Nyt projekt…</translation>
    </message>
    <message>
        <source>&amp;Open project…</source>
        <translation>Å&amp;bn projekt…</translation>
    </message>
    <message>
        <source>&amp;Verify a processing log…</source>
        <translation>&amp;Verificér en behandlingslog…</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Lås</translation>
    </message>
    <message>
        <source>&amp;Close project</source>
        <translation>Lu&amp;k projekt</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Afslut</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Gå til</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hjælp</translation>
    </message>
    <message>
        <source>&amp;About Prevista</source>
        <translation>&amp;Om Prevista</translation>
    </message>
    <message>
        <source>About Prevista</source>
        <translation>Om Prevista</translation>
    </message>
    <message>
        <source>Prevista predicts churn, purchases and support load from your own CRM exports, entirely offline. Customer identities are replaced by encrypted IDs before anything is stored; every processing step is written to a signed log.</source>
        <translation>Prevista forudsiger kundeafgang, køb og supportbelastning ud fra dine egne CRM-eksporter, helt offline. Kundernes identiteter erstattes af krypterede id&apos;er, før noget gemmes; hvert behandlingstrin skrives i en signeret log.</translation>
    </message>
    <message>
        <source>Quit Prevista?</source>
        <translation>Afslut Prevista?</translation>
    </message>
    <message>
        <source>A job is still running. Quit anyway? The project keeps its previous state.</source>
        <translation>Et job kører stadig. Vil du afslutte alligevel? Projektet beholder sin tidligere tilstand.</translation>
    </message>
</context>
<context>
    <name>MappingStep</name>
    <message>
        <source>generic</source>
        <translation>generel</translation>
    </message>
    <message>
        <source>saved from an earlier import</source>
        <translation>gemt fra en tidligere import</translation>
    </message>
    <message>
        <source>detected</source>
        <translation>genkendt</translation>
    </message>
    <message>
        <source>{0}, changed by you</source>
        <translation>{0}, ændret af dig</translation>
    </message>
    <message>
        <source>Customer ID (replaced by an encrypted ID)</source>
        <translation>Kunde-id (erstattes af et krypteret id)</translation>
    </message>
    <message>
        <source>Direct identifier (name, e-mail, phone, address…)</source>
        <translation>Direkte identifikator (navn, e-mail, telefon, adresse…)</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Tal</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <source>Label (e.g. churned)</source>
        <translation>Etiket (f.eks. opsagt)</translation>
    </message>
    <message>
        <source>Consent / opt-out flag</source>
        <translation>Samtykke/indsigelsesflag</translation>
    </message>
    <message>
        <source>Free text (dropped)</source>
        <translation>Fritekst (kasseres)</translation>
    </message>
    <message>
        <source>Ignore (not imported)</source>
        <translation>Ignorér (importeres ikke)</translation>
    </message>
    <message>
        <source>whole numbers (1234)</source>
        <translation>heltal (1234)</translation>
    </message>
    <message>
        <source>decimal point (1234.5)</source>
        <translation>decimalpunktum (1234.5)</translation>
    </message>
    <message>
        <source>decimal comma (1234,5)</source>
        <translation>decimalkomma (1234,5)</translation>
    </message>
    <message>
        <source>comma thousands, decimal point (1,234.5)</source>
        <translation>komma som tusindtalsseparator, decimalpunktum (1,234.5)</translation>
    </message>
    <message>
        <source>dot thousands, decimal comma (1.234,5)</source>
        <translation>punktum som tusindtalsseparator, decimalkomma (1.234,5)</translation>
    </message>
    <message>
        <source>space thousands, decimal comma (1 234,5)</source>
        <translation>mellemrum som tusindtalsseparator, decimalkomma (1 234,5)</translation>
    </message>
    <message>
        <source>spreadsheet day numbers (45292)</source>
        <translation>dagnumre fra regneark (45292)</translation>
    </message>
    <message>
        <source>Unix time, seconds (1700000000)</source>
        <translation>Unix-tid, sekunder (1700000000)</translation>
    </message>
    <message>
        <source>Unix time, milliseconds (1700000000000)</source>
        <translation>Unix-tid, millisekunder (1700000000000)</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>F&amp;il:</translation>
    </message>
    <message>
        <source>First rows of the chosen file</source>
        <translation>De første rækker i den valgte fil</translation>
    </message>
    <message>
        <source>Column roles</source>
        <translation>Kolonneroller</translation>
    </message>
    <message>
        <source>First {0} rows</source>
        <translation>De første {0} rækker</translation>
    </message>
    <message>
        <source>&amp;Keep names and contact details in the separately encrypted identity table (needed to prepare action lists)</source>
        <translation>&amp;Behold navne og kontaktoplysninger i den separat krypterede identitetstabel (kræves til handlingslister)</translation>
    </message>
    <message>
        <source>A role applies to every chosen file with a column of that name. Direct identifiers are never used for analysis; without the identity table they are not stored at all.</source>
        <translation>En rolle gælder for hver valgt fil med en kolonne med det navn. Direkte identifikatorer bruges aldrig til analyse; uden identitetstabellen gemmes de slet ikke.</translation>
    </message>
    <message>
        <source>used for analysis</source>
        <translation>bruges til analyse</translation>
    </message>
    <message>
        <source>identity table</source>
        <translation>identitetstabel</translation>
    </message>
    <message>
        <source>encrypted ID</source>
        <translation>krypteret id</translation>
    </message>
    <message>
        <source>dropped</source>
        <translation>kasseres</translation>
    </message>
    <message>
        <source>opt-out register</source>
        <translation>indsigelsesregister</translation>
    </message>
    <message>
        <source>{0}: {1} table, {2} preset, mapping {3}. {4} rows, {5} distinct customers.</source>
        <translation>{0}: tabel {1}, forudindstilling {2}, tilknytning {3}. {4} rækker, {5} forskellige kunder.</translation>
    </message>
    <message>
        <source>No column names the customer: these tickets feed the support-load forecast only, not any customer&apos;s features or risk. Give a column the Customer ID role if one does name the customer.</source>
        <translation>Ingen kolonne nævner kunden: disse sager indgår kun i prognosen for supportbelastning, ikke i nogen kundes egenskaber eller risiko. Giv en kolonne rollen kunde-id, hvis en af dem nævner kunden.</translation>
    </message>
    <message>
        <source>Dates from {0} to {1}.</source>
        <translation>Datoer fra {0} til {1}.</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Kolonne</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Stored as</source>
        <translation>Gemmes som</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Mangler</translation>
    </message>
    <message>
        <source>Written as</source>
        <translation>Skrevet som</translation>
    </message>
    <message>
        <source>Art. 9 consent</source>
        <translation>Samtykke efter art. 9</translation>
    </message>
    <message>
        <source>Role of column {0}</source>
        <translation>Rolle for kolonnen {0}</translation>
    </message>
    <message>
        <source>Explicit consent recorded</source>
        <translation>Udtrykkeligt samtykke registreret</translation>
    </message>
    <message>
        <source>Explicit consent recorded for column {0}</source>
        <translation>Udtrykkeligt samtykke registreret for kolonnen {0}</translation>
    </message>
    <message>
        <source>This column looks like GDPR Art. 9 special-category data ({0}). Tick only if every customer gave explicit consent to this use; otherwise set its role to Ignore.</source>
        <translation>Denne kolonne ligner særlige kategorier af personoplysninger efter GDPR artikel 9 ({0}). Sæt kun flueben, hvis hver kunde har givet udtrykkeligt samtykke til denne brug; ellers skal du sætte dens rolle til Ignorér.</translation>
    </message>
    <message>
        <source>How the values of column {0} are written</source>
        <translation>Hvordan værdierne i kolonnen {0} er skrevet</translation>
    </message>
    <message>
        <source>How the dates or numbers of this column are written. Each choice shows how the column&apos;s first value would read; the ways that read every value shown above come first.</source>
        <translation>Hvordan datoerne eller tallene i denne kolonne er skrevet. Hvert valg viser, hvordan kolonnens første værdi ville blive læst; de måder, der kan læse alle de værdier, der er vist ovenfor, står først.</translation>
    </message>
    <message>
        <source>Choose how the values are written</source>
        <translation>Vælg, hvordan værdierne er skrevet</translation>
    </message>
    <message>
        <source>{0}: {1} → {2}</source>
        <translation>{0}: {1} → {2}</translation>
    </message>
    <message>
        <source>cannot be read</source>
        <translation>kan ikke læses</translation>
    </message>
</context>
<context>
    <name>Models</name>
    <message>
        <source>logistic regression</source>
        <translation>logistisk regression</translation>
    </message>
    <message>
        <source>gradient boosting</source>
        <translation>gradient boosting</translation>
    </message>
    <message>
        <source>prior rate</source>
        <translation>grundrate</translation>
    </message>
    <message>
        <source>BG/NBD</source>
        <translation>BG/NBD</translation>
    </message>
    <message>
        <source>the cancellation date in &apos;{0}&apos;</source>
        <translation>opsigelsesdatoen i &apos;{0}&apos;</translation>
    </message>
    <message>
        <source>the churn label &apos;{0}&apos;, dated at each churner&apos;s last activity</source>
        <translation>churn-markeringen &apos;{0}&apos;, dateret til hver tabt kundes seneste aktivitet</translation>
    </message>
    <message>
        <source>no activity in the {0} days after the cutoff, among customers active in the {1} days before it (no churn label or cancellation date in the data)</source>
        <translation>ingen aktivitet i de {0} dage efter skæringsdatoen blandt kunder, der var aktive i de {1} dage før den (ingen churn-markering eller opsigelsesdato i dataene)</translation>
    </message>
    <message>
        <source>features as of {0}</source>
        <translation>egenskaber pr. {0}</translation>
    </message>
    <message>
        <source>features as of {0} cutoffs a season apart, the latest {1},</source>
        <translation>egenskaber pr. {0} skæringsdatoer med en sæsons mellemrum, den seneste {1},</translation>
    </message>
    <message>
        <source>time-based hold-out: trained on {0} with outcomes in the {1} days after; tested on features as of {2} with outcomes up to {3}</source>
        <translation>tidsbaseret tilbageholdelse: trænet på {0} med udfald i de {1} dage efter; testet på egenskaber pr. {2} med udfald til og med {3}</translation>
    </message>
    <message>
        <source>hold-out of 30 % of customers at one cutoff ({0}); the history is too short for a time-based hold-out</source>
        <translation>30 % af kunderne tilbageholdt ved én skæringsdato ({0}); historikken er for kort til en tidsbaseret tilbageholdelse</translation>
    </message>
    <message>
        <source>the churn rate was about {0:.0%} in the training windows but {1:.0%} in the test window: churn depends on the season or the business changed, so the figures for the next period may be off</source>
        <translation>kundeafgangen var omkring {0:.0%} i træningsvinduerne, men {1:.0%} i testvinduet: kundeafgangen afhænger af sæsonen, eller virksomheden har ændret sig, så tallene for næste periode kan være forkerte</translation>
    </message>
    <message>
        <source>history covers less than {0} months: seasonal effects and slow churn are not learnt</source>
        <translation>historikken dækker mindre end {0} måneder: sæsoneffekter og langsom kundeafgang læres ikke</translation>
    </message>
    <message>
        <source>only about {0} current customers: expect wide uncertainty in every figure</source>
        <translation>kun omkring {0} nuværende kunder: regn med stor usikkerhed i alle tal</translation>
    </message>
    <message>
        <source>churn is rare in the training data (about {0} of {1}): the model has little to learn from</source>
        <translation>kundeafgang er sjælden i træningsdataene (omkring {0} af {1}): modellen har kun lidt at lære af</translation>
    </message>
    <message>
        <source>every measure comes with its 95 % interval over {0} bootstrap resamples of the held-out customers; a narrower range means a more certain figure</source>
        <translation>hvert mål angives med sit 95 %-interval over {0} bootstrap-genudtrækninger af de tilbageholdte kunder; et smallere spænd betyder et mere sikkert tal</translation>
    </message>
    <message>
        <source>only {0} customers had the rarer outcome (at most {1}): a strongly regularised logistic regression is used without a model contest, and drivers are shown only where their interval excludes zero; expect wide intervals</source>
        <translation>kun {0} kunder havde det sjældnere udfald (højst {1}): der bruges en stærkt regulariseret logistisk regression uden modelkonkurrence, og påvirkende faktorer vises kun, hvor deres interval udelukker nul; regn med brede intervaller</translation>
    </message>
    <message>
        <source>gradient boosting did not beat the logistic regression beyond the noise of the held-out data, so the simpler model is kept</source>
        <translation>gradient boosting slog ikke den logistiske regression ud over støjen i de tilbageholdte data, så den enklere model beholdes</translation>
    </message>
    <message>
        <source>alone predicts the outcome with ROC AUC {0:.2f}: it most likely records it</source>
        <translation>forudsiger alene udfaldet med ROC AUC {0:.2f}: den registrerer det sandsynligvis</translation>
    </message>
    <message>
        <source>on the customers it never saw, the churn model&apos;s ranking cannot be told apart from chance (ROC AUC {0}): read its risks as the average rate rather than as a ranking; try a longer horizon (so that stopping shows in the history) or a longer history</source>
        <translation>på de kunder, den aldrig har set, kan afgangsmodellens rangering ikke skelnes fra tilfældighed (ROC AUC {0}): læs dens risici som den gennemsnitlige rate snarere end som en rangering; prøv en længere horisont (så ophør kan ses i historikken) eller en længere historik</translation>
    </message>
    <message>
        <source>on the customers it never saw, the churn model&apos;s ranking cannot be told apart from chance (ROC AUC {0}): read its risks as the average rate rather than as a ranking; try more customers, or more columns that describe them</source>
        <translation>på de kunder, den aldrig har set, kan afgangsmodellens rangering ikke skelnes fra tilfældighed (ROC AUC {0}): læs dens risici som den gennemsnitlige rate snarere end som en rangering; prøv med flere kunder eller flere kolonner, der beskriver dem</translation>
    </message>
    <message>
        <source>trained on a stratified sample of {0:,d} of {1:,d} rows</source>
        <translation>trænet på en stratificeret stikprøve på {0:,d} af {1:,d} rækker</translation>
    </message>
    <message>
        <source>measured on a stratified sample of {0:,d} of {1:,d} held-out rows</source>
        <translation>målt på en stratificeret stikprøve på {0:,d} af {1:,d} tilbageholdte rækker</translation>
    </message>
    <message>
        <source>stratified {0}-fold cross-validation (a static snapshot has no history for a time-based hold-out); each customer is measured with the fold model that never saw them, and the model kept is refitted on all customers and calibrated on those out-of-fold scores</source>
        <translation>stratificeret {0}-fold krydsvalidering (et statisk øjebliksbillede har ingen historik til en tidsbaseret tilbageholdelse); hver kunde måles med den fold-model, der aldrig har set kunden, og den valgte model tilpasses igen på alle kunder og kalibreres på disse out-of-fold-scorer</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; shifted (PSI {1:.2f})</source>
        <translation>&apos;{0}&apos; har forskudt sig (PSI {1:.2f})</translation>
    </message>
    <message>
        <source>the model is {0:.0f} days old (retrain at least every {1} days)</source>
        <translation>modellen er {0:.0f} dage gammel (gentræn mindst hver {1}. dag)</translation>
    </message>
    <message>
        <source>customers whose data trained the model have since opted out</source>
        <translation>kunder, hvis data trænede modellen, har siden gjort indsigelse</translation>
    </message>
    <message>
        <source>customers whose data trained the model have since been erased on request</source>
        <translation>kunder, hvis data trænede modellen, er siden slettet efter anmodning</translation>
    </message>
    <message>
        <source>a retention cleanup has deleted data the model was trained on</source>
        <translation>en oprydning efter opbevaringsperiode har slettet data, som modellen blev trænet på</translation>
    </message>
</context>
<context>
    <name>ModelsPage</name>
    <message>
        <source>Models</source>
        <translation>Modeller</translation>
    </message>
    <message>
        <source>Train</source>
        <translation>Træn</translation>
    </message>
    <message>
        <source> days</source>
        <translation> dage</translation>
    </message>
    <message>
        <source> weeks</source>
        <translation> uger</translation>
    </message>
    <message>
        <source>&amp;Train models</source>
        <translation>&amp;Træn modeller</translation>
    </message>
    <message>
        <source>Predict churn and purchases &amp;within:</source>
        <translation>Forudsig kundeafgang og køb &amp;inden for:</translation>
    </message>
    <message>
        <source>Forecast support tickets for the &amp;next:</source>
        <translation>Forudsig supportsager for de &amp;næste:</translation>
    </message>
    <message>
        <source>P&amp;urpose (logged):</source>
        <translation>For&amp;mål (logføres):</translation>
    </message>
    <message>
        <source>Le&amp;gal basis:</source>
        <translation>&amp;Retsgrundlag:</translation>
    </message>
    <message>
        <source>State the purpose of the analysis: it is recorded in the processing log.</source>
        <translation>Angiv formålet med analysen: det registreres i behandlingsloggen.</translation>
    </message>
    <message>
        <source>Training models</source>
        <translation>Træner modeller</translation>
    </message>
    <message>
        <source>Models trained and logged. The segments dashboard now shows the new results.</source>
        <translation>Modellerne er trænet og logført. Segmentoversigten viser nu de nye resultater.</translation>
    </message>
    <message>
        <source>Drift</source>
        <translation>Drift i data</translation>
    </message>
    <message>
        <source>Check &amp;drift</source>
        <translation>Kontrollér &amp;drift</translation>
    </message>
    <message>
        <source>Checking drift</source>
        <translation>Kontrollerer drift</translation>
    </message>
    <message>
        <source>Not checked yet. Checking compares today&apos;s customers with the ones the model learnt from; the check is recorded in the processing log.</source>
        <translation>Ikke kontrolleret endnu. Kontrollen sammenligner dagens kunder med dem, modellen lærte af; kontrollen registreres i behandlingsloggen.</translation>
    </message>
    <message>
        <source>Retrain recommended:</source>
        <translation>Gentræning anbefales:</translation>
    </message>
    <message>
        <source>No retraining needed: the population looks like the training data.</source>
        <translation>Ingen gentræning nødvendig: populationen ligner træningsdataene.</translation>
    </message>
    <message>
        <source>Shift (PSI) of {0}: {1:.3f}</source>
        <translation>Forskydning (PSI) for {0}: {1:.3f}</translation>
    </message>
    <message>
        <source>Moderate shift in: {0}</source>
        <translation>Moderat forskydning i: {0}</translation>
    </message>
    <message>
        <source>Model age: {0:.0f} days</source>
        <translation>Modellens alder: {0:.0f} dage</translation>
    </message>
    <message>
        <source>&amp;Show model:</source>
        <translation>&amp;Vis model:</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Model</translation>
    </message>
    <message>
        <source>Measured on held-out data the model never saw. ROC AUC: 0.5 is guessing, 1 is perfect (real churn models reach about 0.7–0.85). PR AUC: higher is better. Brier score: lower is better. Top-decile lift: how many times more churners the 10 % with the highest risk hold than 10 % picked at random. Each 95 % range holds the measure in 95 % of resamples of the held-out customers: the wider it is, the less certain.</source>
        <translation>Målt på tilbageholdte data, som modellen aldrig har set. ROC AUC: 0,5 er gætværk, 1 er perfekt (rigtige churn-modeller når omkring 0,7–0,85). PR AUC: højere er bedre. Brier-score: lavere er bedre. Top-decil-lift: hvor mange gange flere, der forlader os, de 10 % med højest risiko rummer end tilfældigt valgte 10 %. Hvert 95 %-interval rummer målet i 95 % af genudtrækningerne af de tilbageholdte kunder: jo bredere, desto mere usikkert.</translation>
    </message>
    <message>
        <source>outcome horizon {0} days; churn taken from {1}</source>
        <translation>udfaldshorisont {0} dage; churn taget fra {1}</translation>
    </message>
    <message>
        <source>churn as marked by {0}; the label has no time window</source>
        <translation>churn som markeret af {0}; markeringen har intet tidsvindue</translation>
    </message>
    <message>
        <source>There is nothing left to train the models on.</source>
        <translation>Der er intet tilbage at træne modellerne på.</translation>
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
        <translation>Brier-score</translation>
    </message>
    <message>
        <source>Top-decile lift</source>
        <translation>Lift i øverste decil</translation>
    </message>
    <message>
        <source>{0}, 95 % range</source>
        <translation>{0}, 95 %-interval</translation>
    </message>
    <message>
        <source>Held-out quality of the model and its baselines</source>
        <translation>Kvaliteten af modellen og dens referencemodeller på tilbageholdte data</translation>
    </message>
    <message>
        <source>Calibration chart</source>
        <translation>Kalibreringsdiagram</translation>
    </message>
    <message>
        <source>Lift chart</source>
        <translation>Liftdiagram</translation>
    </message>
    <message>
        <source>No trained model yet. Choose the options above and press Train models: the models learn from the imported history and are tested on data they never saw.</source>
        <translation>Ingen trænet model endnu. Vælg indstillingerne ovenfor, og klik på Træn modeller: modellerne lærer af den importerede historik og testes på data, de aldrig har set.</translation>
    </message>
    <message>
        <source>Models trained {0}; {1}.</source>
        <translation>Modeller trænet {0}; {1}.</translation>
    </message>
    <message>
        <source>Recurring charges, not predicted as purchases: {0}</source>
        <translation>Tilbagevendende betalinger, forudsiges ikke som køb: {0}</translation>
    </message>
    <message>
        <source>Left out &apos;{0}&apos;: {1}</source>
        <translation>Udeladt “{0}”: {1}</translation>
    </message>
    <message>
        <source>Churn risk</source>
        <translation>Afgangsrisiko</translation>
    </message>
    <message>
        <source>Purchase propensity ({0})</source>
        <translation>Købstilbøjelighed ({0})</translation>
    </message>
    <message>
        <source>Buy-till-you-die ({0}): about {1} repeat purchases expected in the next {2} days, about {3} per week.</source>
        <translation>Buy-till-you-die ({0}): omkring {1} genkøb forventes i de næste {2} dage, omkring {3} om ugen.</translation>
    </message>
    <message>
        <source>Adjusted ×{0} for the season and trend: in the same days a year earlier, that many times the purchases the model then expected came.</source>
        <translation>Justeret ×{0} for sæson og tendens: i de samme dage et år tidligere kom så mange gange de køb, modellen dengang forventede.</translation>
    </message>
    <message>
        <source>On the last {0} days, which it never saw, it expected {1} and there were {2}.</source>
        <translation>I de sidste {0} dage, som den aldrig så, forventede den {1}, og der var {2}.</translation>
    </message>
    <message>
        <source>{0}. Validation: {1}.</source>
        <translation>{0}. Validering: {1}.</translation>
    </message>
    <message>
        <source>{0} (kept), held-out</source>
        <translation>{0} (valgt), tilbageholdte data</translation>
    </message>
    <message>
        <source>Baseline: {0}</source>
        <translation>Referencemodel: {0}</translation>
    </message>
    <message>
        <source>What drives it:</source>
        <translation>Hvad der påvirker:</translation>
    </message>
    <message>
        <source>No drivers were computed for this model.</source>
        <translation>Der blev ikke beregnet påvirkende faktorer for denne model.</translation>
    </message>
    <message>
        <source>Calibration: predicted against observed</source>
        <translation>Kalibrering: forudsagt i forhold til observeret</translation>
    </message>
    <message>
        <source>This model</source>
        <translation>Denne model</translation>
    </message>
    <message>
        <source>Perfect calibration</source>
        <translation>Perfekt kalibrering</translation>
    </message>
    <message>
        <source>Predicted probability</source>
        <translation>Forudsagt sandsynlighed</translation>
    </message>
    <message>
        <source>Observed rate</source>
        <translation>Observeret andel</translation>
    </message>
    <message>
        <source>Predicted against observed rate per group of customers: {0}</source>
        <translation>Forudsagt i forhold til observeret andel pr. kundegruppe: {0}</translation>
    </message>
    <message>
        <source>Lift by decile</source>
        <translation>Lift pr. decil</translation>
    </message>
    <message>
        <source>Decile (highest predicted risk first)</source>
        <translation>Decil (højeste forudsagte risiko først)</translation>
    </message>
    <message>
        <source>Lift</source>
        <translation>Lift</translation>
    </message>
    <message>
        <source>Picking at random (1×)</source>
        <translation>Tilfældigt valg (1×)</translation>
    </message>
    <message>
        <source>Lift per decile, highest predicted risk first: {0}</source>
        <translation>Lift pr. decil, højeste forudsagte risiko først: {0}</translation>
    </message>
</context>
<context>
    <name>OptOutsTab</name>
    <message>
        <source>Opt-out register counts</source>
        <translation>Antal i indsigelsesregistret</translation>
    </message>
    <message>
        <source>A customer who objects (GDPR Art. 21) is removed from every table and score at once and left out of every later import. Type customer IDs as in the CRM export and/or e-mail addresses, one per line or separated by commas.</source>
        <translation>En kunde, der gør indsigelse (GDPR artikel 21), fjernes straks fra alle tabeller og scorer og udelades ved hver senere import. Skriv kunde-id&apos;er som i CRM-eksporten og/eller e-mailadresser, én pr. linje eller adskilt med kommaer.</translation>
    </message>
    <message>
        <source>Customer IDs</source>
        <translation>Kunde-id&apos;er</translation>
    </message>
    <message>
        <source>E-mail addresses</source>
        <translation>E-mailadresser</translation>
    </message>
    <message>
        <source>Customer &amp;IDs:</source>
        <translation>&amp;Kunde-id&apos;er:</translation>
    </message>
    <message>
        <source>E-&amp;mail addresses:</source>
        <translation>&amp;E-mailadresser:</translation>
    </message>
    <message>
        <source>Record ob&amp;jection</source>
        <translation>Registrér in&amp;dsigelse</translation>
    </message>
    <message>
        <source>Objections from a &amp;file…</source>
        <translation>Indsigelser fra fi&amp;l…</translation>
    </message>
    <message>
        <source>Record re-co&amp;nsent…</source>
        <translation>Registrér fornyet &amp;samtykke…</translation>
    </message>
    <message>
        <source>On the register: {0} customers who objected, {1} erased on request, {2} e-mail addresses not yet matched to a customer.</source>
        <translation>I registret: {0} kunder, der har gjort indsigelse, {1} slettet efter anmodning, {2} e-mailadresser, der endnu ikke er matchet med en kunde.</translation>
    </message>
    <message>
        <source>Type at least one customer ID or e-mail address first.</source>
        <translation>Skriv mindst ét kunde-id eller én e-mailadresse først.</translation>
    </message>
    <message>
        <source>Files listing the customers who object</source>
        <translation>Filer med de kunder, der gør indsigelse</translation>
    </message>
    <message>
        <source>Lists (*.csv *.txt *.xlsx *.json);;All files (*)</source>
        <translation>Lister (*.csv *.txt *.xlsx *.json);;Alle filer (*)</translation>
    </message>
    <message>
        <source>Reading the opt-out list</source>
        <translation>Læser indsigelseslisten</translation>
    </message>
    <message>
        <source>Record the objection of {0} customer IDs and {1} e-mail addresses? Their data is removed from every table now, for good; after a re-consent it returns only with the next import.</source>
        <translation>Registrér indsigelse for {0} kunde-id&apos;er og {1} e-mailadresser? Deres data fjernes nu fra alle tabeller, permanent; efter et fornyet samtykke kommer de først tilbage med næste import.</translation>
    </message>
    <message>
        <source>Record objection</source>
        <translation>Registrér indsigelse</translation>
    </message>
    <message>
        <source>Recorded. {0} customers&apos; data removed ({1} rows); {2} e-mail addresses will be excluded when they appear; register holds {3}. Log entry {4}.</source>
        <translation>Registreret. Data for {0} kunder fjernet ({1} rækker); {2} e-mailadresser udelukkes, når de dukker op; registret rummer {3}. Logpost {4}.</translation>
    </message>
    <message>
        <source>Record re-consent for {0} customer IDs and {1} e-mail addresses? They leave the opt-out register; their data returns with the next import.</source>
        <translation>Registrér fornyet samtykke for {0} kunde-id&apos;er og {1} e-mailadresser? De fjernes fra indsigelsesregistret; deres data kommer tilbage med næste import.</translation>
    </message>
    <message>
        <source>Record re-consent</source>
        <translation>Registrér fornyet samtykke</translation>
    </message>
    <message>
        <source>Re-consent recorded for {0} customers; their data returns with the next import. Log entry {1}.</source>
        <translation>Fornyet samtykke registreret for {0} kunder; deres data kommer tilbage med næste import. Logpost {1}.</translation>
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
        <translation>Kunder:</translation>
    </message>
    <message>
        <source>Tables:</source>
        <translation>Tabeller:</translation>
    </message>
    <message>
        <source>Last import:</source>
        <translation>Seneste import:</translation>
    </message>
    <message>
        <source>Processing log:</source>
        <translation>Behandlingslog:</translation>
    </message>
    <message>
        <source>&amp;Import data…</source>
        <translation>&amp;Importér data…</translation>
    </message>
    <message>
        <source>&amp;Train models…</source>
        <translation>&amp;Træn modeller…</translation>
    </message>
    <message>
        <source>Retention &amp;cleanup…</source>
        <translation>&amp;Ryd op i forældede data…</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>Næste trin</translation>
    </message>
    <message>
        <source>1. Import your customer data</source>
        <translation>1. Importér dine kundedata</translation>
    </message>
    <message>
        <source>2. Check the import report</source>
        <translation>2. Kontrollér importrapporten</translation>
    </message>
    <message>
        <source>Import &amp;report…</source>
        <translation>Importra&amp;pport…</translation>
    </message>
    <message>
        <source>3. Train the models</source>
        <translation>3. Træn modellerne</translation>
    </message>
    <message>
        <source>4. Look at the segments</source>
        <translation>4. Se på segmenterne</translation>
    </message>
    <message>
        <source>&amp;Segments…</source>
        <translation>&amp;Segmenter…</translation>
    </message>
    <message>
        <source>5. Start a campaign or export an action list</source>
        <translation>5. Start en kampagne, eller eksportér en handlingsliste</translation>
    </message>
    <message>
        <source>Ca&amp;mpaigns…</source>
        <translation>&amp;Kampagner…</translation>
    </message>
    <message>
        <source>Pilot closed</source>
        <translation>Pilot afsluttet</translation>
    </message>
    <message>
        <source>Processing &amp;log…</source>
        <translation>Behandlings&amp;log…</translation>
    </message>
    <message>
        <source>Read, verify and export the processing log</source>
        <translation>Læs, verificér og eksportér behandlingsloggen</translation>
    </message>
    <message>
        <source>&amp;Art. 30 record…</source>
        <translation>&amp;Fortegnelse efter art. 30…</translation>
    </message>
    <message>
        <source>Save the record of processing activities for the data-protection officer</source>
        <translation>Gem fortegnelsen over behandlingsaktiviteter til databeskyttelsesrådgiveren</translation>
    </message>
    <message>
        <source>Pilot KPIs</source>
        <translation>Pilotens KPI&apos;er</translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Udgangsværdi</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Nu</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Ændring</translation>
    </message>
    <message>
        <source>Take &amp;baseline now</source>
        <translation>Registrér &amp;udgangsværdier nu</translation>
    </message>
    <message>
        <source>Record today&apos;s KPIs as the baseline the pilot is measured against</source>
        <translation>Registrér dagens KPI&apos;er som de udgangsværdier, piloten måles op imod</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Oversigt</translation>
    </message>
    <message>
        <source>Reading the project</source>
        <translation>Læser projektet</translation>
    </message>
    <message>
        <source>Replace the KPI baseline</source>
        <translation>Erstat KPI-udgangsværdierne</translation>
    </message>
    <message>
        <source>A baseline was taken on {0}; the pilot is measured against it. Replace it with today&apos;s figures?</source>
        <translation>Der blev registreret udgangsværdier den {0}; piloten måles op imod dem. Vil du erstatte dem med dagens tal?</translation>
    </message>
    <message>
        <source>Taking the KPI baseline</source>
        <translation>Registrerer KPI-udgangsværdier</translation>
    </message>
    <message>
        <source>Baseline taken: the KPIs from now on are compared with today&apos;s.</source>
        <translation>Udgangsværdier registreret: KPI&apos;erne sammenlignes fremover med dagens.</translation>
    </message>
    <message>
        <source>Baseline taken on {0} (data up to {1}).</source>
        <translation>Udgangsværdier registreret den {0} (data til og med {1}).</translation>
    </message>
    <message>
        <source>No baseline yet: it is taken at the first training, or now.</source>
        <translation>Ingen udgangsværdier endnu: de registreres ved den første træning eller nu.</translation>
    </message>
    <message>
        <source>Now: data up to {0}.</source>
        <translation>Nu: data til og med {0}.</translation>
    </message>
    <message>
        <source>This pilot was closed on {0}. Erased for good, their keys destroyed: customers, events, scores, identities, the opt-out register and the models (rows: {1}; tables: {2}; stored models: {3}). Nothing can be imported or trained in this project any more; create a new project for a new pilot.
What remains: the processing log (entries: {4}), which the data-protection officer can still verify and export, and the Art. 30 record, which can still be saved. The client keeps the handover bundle saved before closing.</source>
        <translation>Denne pilot blev afsluttet den {0}. Slettet permanent, med nøglerne destrueret: kunder, hændelser, scorer, identiteter, indsigelsesregistret og modellerne (rækker: {1}; tabeller: {2}; gemte modeller: {3}). Der kan ikke længere importeres eller trænes noget i dette projekt; opret et nyt projekt til en ny pilot.
Tilbage er: behandlingsloggen (poster: {4}), som databeskyttelsesrådgiveren stadig kan verificere og eksportere, og fortegnelsen efter art. 30, som stadig kan gemmes. Kunden beholder den overdragelsespakke, der blev gemt før afslutningen.</translation>
    </message>
    <message>
        <source>Customers imported: {0}</source>
        <translation>Importerede kunder: {0}</translation>
    </message>
    <message>
        <source>No data yet</source>
        <translation>Ingen data endnu</translation>
    </message>
    <message>
        <source>The last import was refused: import the export again to see its report and what to fix</source>
        <translation>Den seneste import blev afvist: importér eksporten igen for at se dens rapport, og hvad der skal rettes</translation>
    </message>
    <message>
        <source>The last import&apos;s warnings were not confirmed: import the export again and review them</source>
        <translation>Advarslerne fra den seneste import blev ikke bekræftet: importér eksporten igen, og gennemgå dem</translation>
    </message>
    <message>
        <source>Warnings confirmed at import: {0}</source>
        <translation>Advarsler bekræftet ved import: {0}</translation>
    </message>
    <message>
        <source>Trained</source>
        <translation>Trænet</translation>
    </message>
    <message>
        <source>Segments: {0}</source>
        <translation>Segmenter: {0}</translation>
    </message>
    <message>
        <source>Campaigns and action lists so far: {0}</source>
        <translation>Kampagner og handlingslister indtil nu: {0}</translation>
    </message>
    <message>
        <source>{0} (as encrypted IDs); opt-out register: {1}</source>
        <translation>{0} (som krypterede id&apos;er); indsigelsesregister: {1}</translation>
    </message>
    <message>
        <source>{0}: {1} rows</source>
        <translation>{0}: {1} rækker</translation>
    </message>
    <message>
        <source>None: erased when the pilot was closed.</source>
        <translation>Ingen: slettet, da piloten blev afsluttet.</translation>
    </message>
    <message>
        <source>No data imported yet.</source>
        <translation>Ingen data importeret endnu.</translation>
    </message>
    <message>
        <source>{0} entries, verified</source>
        <translation>{0} poster, verificeret</translation>
    </message>
    <message>
        <source>DOES NOT VERIFY: {0}</source>
        <translation>KAN IKKE VERIFICERES: {0}</translation>
    </message>
    <message>
        <source>Retention cleanup is due: some data is past its retention period ({0}). Open Privacy → Retention to review and delete it.</source>
        <translation>Oprydning påkrævet: nogle data har overskredet deres opbevaringsperiode ({0}). Åbn Databeskyttelse → Opbevaring for at gennemgå og slette dem.</translation>
    </message>
    <message>
        <source>Retrain recommended: the models were trained on data that includes people since excluded (opt-out, erasure or retention cleanup). Open Models to train them again.</source>
        <translation>Gentræning anbefales: modellerne blev trænet på data, der omfatter personer, som siden er udelukket (indsigelse, sletning eller oprydning efter opbevaringsperiode). Åbn Modeller for at træne dem igen.</translation>
    </message>
</context>
<context>
    <name>Phrases</name>
    <message>
        <source>All customers</source>
        <translation>Alle kunder</translation>
    </message>
    <message>
        <source>Typical customers</source>
        <translation>Typiske kunder</translation>
    </message>
    <message>
        <source>high {0}</source>
        <translation>høj {0}</translation>
    </message>
    <message>
        <source>low {0}</source>
        <translation>lav {0}</translation>
    </message>
    <message>
        <source>long-standing customers</source>
        <translation>mangeårige kunder</translation>
    </message>
    <message>
        <source>new customers</source>
        <translation>nye kunder</translation>
    </message>
    <message>
        <source>older customers</source>
        <translation>ældre kunder</translation>
    </message>
    <message>
        <source>younger customers</source>
        <translation>yngre kunder</translation>
    </message>
    <message>
        <source>inactive for a while</source>
        <translation>inaktive i et stykke tid</translation>
    </message>
    <message>
        <source>recently active</source>
        <translation>aktive for nylig</translation>
    </message>
    <message>
        <source>not using the product lately</source>
        <translation>ingen brug af produktet på det seneste</translation>
    </message>
    <message>
        <source>used the product recently</source>
        <translation>brugt produktet for nylig</translation>
    </message>
    <message>
        <source>heavy recent usage</source>
        <translation>meget brug på det seneste</translation>
    </message>
    <message>
        <source>little recent usage</source>
        <translation>lidt brug på det seneste</translation>
    </message>
    <message>
        <source>heavy usage</source>
        <translation>meget brug</translation>
    </message>
    <message>
        <source>light usage</source>
        <translation>lidt brug</translation>
    </message>
    <message>
        <source>usage rising over the last 4 weeks</source>
        <translation>stigende brug de sidste 4 uger</translation>
    </message>
    <message>
        <source>usage falling over the last 4 weeks</source>
        <translation>faldende brug de sidste 4 uger</translation>
    </message>
    <message>
        <source>frequent logins</source>
        <translation>hyppige logins</translation>
    </message>
    <message>
        <source>few logins</source>
        <translation>få logins</translation>
    </message>
    <message>
        <source>logins rising</source>
        <translation>stigende antal logins</translation>
    </message>
    <message>
        <source>logins falling over the last 4 weeks</source>
        <translation>faldende antal logins de sidste 4 uger</translation>
    </message>
    <message>
        <source>usage growing (8 weeks)</source>
        <translation>voksende brug (8 uger)</translation>
    </message>
    <message>
        <source>usage shrinking (8 weeks)</source>
        <translation>aftagende brug (8 uger)</translation>
    </message>
    <message>
        <source>many features in use</source>
        <translation>mange funktioner i brug</translation>
    </message>
    <message>
        <source>few features in use</source>
        <translation>få funktioner i brug</translation>
    </message>
    <message>
        <source>no purchase for a while</source>
        <translation>intet køb i et stykke tid</translation>
    </message>
    <message>
        <source>bought recently</source>
        <translation>købt for nylig</translation>
    </message>
    <message>
        <source>frequent purchases</source>
        <translation>hyppige køb</translation>
    </message>
    <message>
        <source>few purchases</source>
        <translation>få køb</translation>
    </message>
    <message>
        <source>many purchases this year</source>
        <translation>mange køb i år</translation>
    </message>
    <message>
        <source>few purchases this year</source>
        <translation>få køb i år</translation>
    </message>
    <message>
        <source>high recent spend</source>
        <translation>højt forbrug på det seneste</translation>
    </message>
    <message>
        <source>low recent spend</source>
        <translation>lavt forbrug på det seneste</translation>
    </message>
    <message>
        <source>high spend</source>
        <translation>højt forbrug</translation>
    </message>
    <message>
        <source>low spend</source>
        <translation>lavt forbrug</translation>
    </message>
    <message>
        <source>spend rising</source>
        <translation>stigende forbrug</translation>
    </message>
    <message>
        <source>spend falling</source>
        <translation>faldende forbrug</translation>
    </message>
    <message>
        <source>many small add-on orders</source>
        <translation>mange små tilkøbsordrer</translation>
    </message>
    <message>
        <source>few small add-on orders</source>
        <translation>få små tilkøbsordrer</translation>
    </message>
    <message>
        <source>more small add-on orders</source>
        <translation>flere små tilkøbsordrer</translation>
    </message>
    <message>
        <source>fewer small add-on orders</source>
        <translation>færre små tilkøbsordrer</translation>
    </message>
    <message>
        <source>repeatedly late payments</source>
        <translation>gentagne forsinkede betalinger</translation>
    </message>
    <message>
        <source>payments on time</source>
        <translation>betalinger til tiden</translation>
    </message>
    <message>
        <source>long payment delays</source>
        <translation>lange betalingsforsinkelser</translation>
    </message>
    <message>
        <source>prompt payment</source>
        <translation>hurtig betaling</translation>
    </message>
    <message>
        <source>overdue invoices</source>
        <translation>forfaldne fakturaer</translation>
    </message>
    <message>
        <source>no overdue invoices</source>
        <translation>ingen forfaldne fakturaer</translation>
    </message>
    <message>
        <source>many recent support tickets</source>
        <translation>mange supportsager på det seneste</translation>
    </message>
    <message>
        <source>few recent support tickets</source>
        <translation>få supportsager på det seneste</translation>
    </message>
    <message>
        <source>many support tickets per month</source>
        <translation>mange supportsager pr. måned</translation>
    </message>
    <message>
        <source>few support tickets</source>
        <translation>få supportsager</translation>
    </message>
    <message>
        <source>support tickets rising</source>
        <translation>stigende antal supportsager</translation>
    </message>
    <message>
        <source>support tickets falling</source>
        <translation>faldende antal supportsager</translation>
    </message>
    <message>
        <source>unresolved tickets</source>
        <translation>uløste sager</translation>
    </message>
    <message>
        <source>no open tickets</source>
        <translation>ingen åbne sager</translation>
    </message>
    <message>
        <source>slow ticket resolution</source>
        <translation>langsom løsning af sager</translation>
    </message>
    <message>
        <source>fast ticket resolution</source>
        <translation>hurtig løsning af sager</translation>
    </message>
    <message>
        <source>many tickets in the first three months</source>
        <translation>mange sager i de første tre måneder</translation>
    </message>
    <message>
        <source>few tickets in the first three months</source>
        <translation>få sager i de første tre måneder</translation>
    </message>
    <message>
        <source>good feedback scores</source>
        <translation>gode feedbackscorer</translation>
    </message>
    <message>
        <source>poor feedback scores</source>
        <translation>dårlige feedbackscorer</translation>
    </message>
    <message>
        <source>feedback improving</source>
        <translation>bedre feedback</translation>
    </message>
    <message>
        <source>feedback worsening</source>
        <translation>dårligere feedback</translation>
    </message>
    <message>
        <source>spend of the last 52 weeks</source>
        <translation>forbrug de seneste 52 uger</translation>
    </message>
    <message>
        <source>likely still buying (buy-till-you-die)</source>
        <translation>køber sandsynligvis stadig (buy-till-you-die)</translation>
    </message>
    <message>
        <source>likely to have stopped buying (buy-till-you-die)</source>
        <translation>har sandsynligvis holdt op med at købe (buy-till-you-die)</translation>
    </message>
    <message>
        <source>many purchases expected (buy-till-you-die)</source>
        <translation>mange køb forventet (buy-till-you-die)</translation>
    </message>
    <message>
        <source>few purchases expected (buy-till-you-die)</source>
        <translation>få køb forventet (buy-till-you-die)</translation>
    </message>
    <message>
        <source>churn</source>
        <translation>kundeafgang</translation>
    </message>
    <message>
        <source>purchase</source>
        <translation>køb</translation>
    </message>
    <message>
        <source>purchase: {0}</source>
        <translation>køb: {0}</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>mandag</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>tirsdag</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>onsdag</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>torsdag</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>fredag</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>lørdag</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>søndag</translation>
    </message>
    <message>
        <source>{0}–{1}</source>
        <translation>{0}–{1}</translation>
    </message>
    <message>
        <source>spreadsheet day numbers (45292 = 2024-01-01)</source>
        <translation>regnearkets dagnumre (45292 = 2024-01-01)</translation>
    </message>
    <message>
        <source>Unix time in seconds (1700000000 = 2023-11-14 22:13:20 UTC)</source>
        <translation>Unix-tid i sekunder (1700000000 = 2023-11-14 22:13:20 UTC)</translation>
    </message>
    <message>
        <source>Unix time in milliseconds (1700000000000 = 2023-11-14 22:13:20 UTC)</source>
        <translation>Unix-tid i millisekunder (1700000000000 = 2023-11-14 22:13:20 UTC)</translation>
    </message>
</context>
<context>
    <name>PrivacyPage</name>
    <message>
        <source>Privacy duties</source>
        <translation>Databeskyttelsesopgaver</translation>
    </message>
    <message>
        <source>&amp;Opt-out register</source>
        <translation>&amp;Indsigelsesregister</translation>
    </message>
    <message>
        <source>&amp;Retention</source>
        <translation>&amp;Opbevaring</translation>
    </message>
    <message>
        <source>Data-subject re&amp;quests</source>
        <translation>&amp;Registreredes anmodninger</translation>
    </message>
    <message>
        <source>Processing lo&amp;g</source>
        <translation>&amp;Behandlingslog</translation>
    </message>
    <message>
        <source>The opt-out register, the retention deadlines and data-subject requests have no data left to act on; the processing log remains.</source>
        <translation>Indsigelsesregistret, opbevaringsfristerne og de registreredes anmodninger har ingen data tilbage at handle på; behandlingsloggen er tilbage.</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>Databeskyttelse</translation>
    </message>
</context>
<context>
    <name>Reasons</name>
    <message>
        <source>&apos;{0}&apos; did not reduce churn in this business</source>
        <translation>&apos;{0}&apos; ikke mindskede kundeafgangen i denne virksomhed</translation>
    </message>
    <message>
        <source>their churn risk is {0:.1f} times the average</source>
        <translation>deres afgangsrisiko er {0:.1f} gange gennemsnittet</translation>
    </message>
    <message>
        <source>their churn risk is {0:.1f} times the average; they stand out by {1}</source>
        <translation>deres afgangsrisiko er {0:.1f} gange gennemsnittet; de skiller sig ud ved {1}</translation>
    </message>
    <message>
        <source>their churn risk is below average</source>
        <translation>deres afgangsrisiko er under gennemsnittet</translation>
    </message>
    <message>
        <source>they are valuable and likely to stay</source>
        <translation>de er værdifulde og sandsynligvis bliver</translation>
    </message>
    <message>
        <source>their usage fell over the last four weeks</source>
        <translation>deres brug faldt i løbet af de sidste fire uger</translation>
    </message>
    <message>
        <source>they have been paying late</source>
        <translation>de har betalt for sent</translation>
    </message>
    <message>
        <source>they need support often</source>
        <translation>de ofte har brug for support</translation>
    </message>
    <message>
        <source>their feedback scores are worsening</source>
        <translation>deres feedbackscorer bliver dårligere</translation>
    </message>
    <message>
        <source>they use few of the features they pay for</source>
        <translation>de bruger få af de funktioner, de betaler for</translation>
    </message>
    <message>
        <source>they needed a lot of support early on</source>
        <translation>de havde brug for meget support i starten</translation>
    </message>
    <message>
        <source>they order fewer small add-ons</source>
        <translation>de bestiller færre små tilkøb</translation>
    </message>
    <message>
        <source>their usage is growing</source>
        <translation>deres brug vokser</translation>
    </message>
    <message>
        <source>their team is growing</source>
        <translation>deres team vokser</translation>
    </message>
    <message>
        <source>they have not bought for longer than most</source>
        <translation>de ikke har købt noget i længere tid end de fleste</translation>
    </message>
    <message>
        <source>they have been less active than most</source>
        <translation>de har været mindre aktive end de fleste</translation>
    </message>
    <message>
        <source>they are newer customers than most</source>
        <translation>de er nyere kunder end de fleste</translation>
    </message>
    <message>
        <source>they pay more than most each month</source>
        <translation>de betaler mere end de fleste hver måned</translation>
    </message>
    <message>
        <source>they use fewer products than most</source>
        <translation>de bruger færre produkter end de fleste</translation>
    </message>
    <message>
        <source>they hold larger balances than most</source>
        <translation>de har større saldi end de fleste</translation>
    </message>
</context>
<context>
    <name>RecordSettingsDialog</name>
    <message>
        <source>Details for the Art. 30 record</source>
        <translation>Oplysninger til fortegnelsen efter art. 30</translation>
    </message>
    <message>
        <source>address, e-mail or phone</source>
        <translation>adresse, e-mail eller telefon</translation>
    </message>
    <message>
        <source>the DPO&apos;s contact, or “none appointed”</source>
        <translation>databeskyttelsesrådgiverens kontaktoplysninger eller “ingen udpeget”</translation>
    </message>
    <message>
        <source>e.g. access limited to two named staff, screen lock</source>
        <translation>f.eks. adgang begrænset til to navngivne medarbejdere, skærmlås</translation>
    </message>
    <message>
        <source>The record of processing activities names who is responsible. These details are not filled in yet; they are saved in the project&apos;s settings (the change is logged) and used for every later record.</source>
        <translation>Fortegnelsen over behandlingsaktiviteter angiver, hvem der er ansvarlig. Disse oplysninger er ikke udfyldt endnu; de gemmes i projektets indstillinger (ændringen logføres) og bruges til hver senere fortegnelse.</translation>
    </message>
    <message>
        <source>&amp;Save and continue</source>
        <translation>&amp;Gem og fortsæt</translation>
    </message>
</context>
<context>
    <name>ReportStep</name>
    <message>
        <source>Full data-quality report</source>
        <translation>Fuld datakvalitetsrapport</translation>
    </message>
    <message>
        <source>Show &amp;technical details</source>
        <translation>Vis &amp;tekniske detaljer</translation>
    </message>
    <message>
        <source>I have &amp;read the warnings and want to import anyway</source>
        <translation>Jeg har &amp;læst advarslerne og vil importere alligevel</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Fund</translation>
    </message>
    <message>
        <source>Hide &amp;technical details</source>
        <translation>Skjul &amp;tekniske detaljer</translation>
    </message>
    <message>
        <source>Import refused: what is listed under &quot;Must be fixed&quot; has to be fixed first. Each finding says what to do: usually go Back to the Columns step and choose another role for a column, or correct the file and choose it again.</source>
        <translation>Importen blev afvist: det, der står under &quot;Skal rettes&quot;, skal rettes først. Hvert fund siger, hvad du skal gøre: som regel går du Tilbage til kolonnetrinnet og vælger en anden rolle for en kolonne, eller du retter filen og vælger den igen.</translation>
    </message>
    <message>
        <source>Must be fixed before importing</source>
        <translation>Skal rettes før import</translation>
    </message>
    <message>
        <source>Check, then confirm below</source>
        <translation>Kontrollér, og bekræft derefter nedenfor</translation>
    </message>
    <message>
        <source>Good to know</source>
        <translation>Godt at vide</translation>
    </message>
    <message>
        <source>column “{0}”</source>
        <translation>kolonnen “{0}”</translation>
    </message>
    <message>
        <source>Or</source>
        <translation>Eller</translation>
    </message>
    <message>
        <source>What to do: {0}</source>
        <translation>Det skal du gøre: {0}</translation>
    </message>
    <message>
        <source>tick “Leave out the rows that have no customer ID” below.</source>
        <translation>sæt flueben i “Udelad rækkerne uden kunde-id” nedenfor.</translation>
    </message>
    <message>
        <source>only if every customer gave explicit consent, tick “Explicit consent recorded” for “{0}” on the Columns step.</source>
        <translation>kun hvis hver kunde har givet udtrykkeligt samtykke: sæt flueben i “Udtrykkeligt samtykke registreret” for “{0}” på kolonnetrinnet.</translation>
    </message>
    <message>
        <source>check a few values of “{0}” in the file; if they were read the wrong way round, choose how they are written under “Written as” on the Columns step.</source>
        <translation>kontrollér nogle få værdier af “{0}” i filen; hvis de blev læst omvendt, så vælg, hvordan de er skrevet, under “Skrevet som” på kolonnetrinnet.</translation>
    </message>
    <message>
        <source>on the Columns step, choose “{0}” for “{1}”.</source>
        <translation>vælg “{0}” for “{1}” på kolonnetrinnet.</translation>
    </message>
    <message>
        <source>on the Columns step, choose “{0}” for the column that holds it.</source>
        <translation>vælg “{0}” for den kolonne, der indeholder det, på kolonnetrinnet.</translation>
    </message>
    <message>
        <source>on the Columns step, choose another role for “{0}”.</source>
        <translation>vælg en anden rolle for “{0}” på kolonnetrinnet.</translation>
    </message>
    <message>
        <source>Rows without a customer ID can be left out with the box below.</source>
        <translation>Rækker uden kunde-id kan udelades med feltet nedenfor.</translation>
    </message>
    <message>
        <source>Nothing refused. Read the warnings and confirm them to continue.</source>
        <translation>Intet afvist. Læs advarslerne, og bekræft dem for at fortsætte.</translation>
    </message>
    <message>
        <source>Nothing refused and no warnings: ready to import.</source>
        <translation>Intet afvist og ingen advarsler: klar til import.</translation>
    </message>
    <message>
        <source>&amp;Leave out the {0} rows that have no customer ID (guest orders); they are counted in the report and in the processing log</source>
        <translation>&amp;Udelad de {0} rækker uden kunde-id (gæsteordrer); de tælles med i rapporten og i behandlingsloggen</translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <source>Record of processing activities (GDPR Art. 30)</source>
        <translation>Fortegnelse over behandlingsaktiviteter (GDPR Art. 30)</translation>
    </message>
    <message>
        <source>1. Controller and data protection officer</source>
        <translation>1. Dataansvarlig og databeskyttelsesrådgiver</translation>
    </message>
    <message>
        <source>2. Purposes of the processing and legal bases</source>
        <translation>2. Formål med behandlingen og retsgrundlag</translation>
    </message>
    <message>
        <source>3. Categories of data subjects</source>
        <translation>3. Kategorier af registrerede</translation>
    </message>
    <message>
        <source>4. Categories of personal data</source>
        <translation>4. Kategorier af personoplysninger</translation>
    </message>
    <message>
        <source>5. Recipients and transfers to third countries</source>
        <translation>5. Modtagere og overførsler til tredjelande</translation>
    </message>
    <message>
        <source>6. Retention periods</source>
        <translation>6. Opbevaringsperioder</translation>
    </message>
    <message>
        <source>7. Technical and organisational measures</source>
        <translation>7. Tekniske og organisatoriske sikkerhedsforanstaltninger</translation>
    </message>
    <message>
        <source>8. Data held</source>
        <translation>8. Opbevarede data</translation>
    </message>
    <message>
        <source>9. Opt-outs honoured</source>
        <translation>9. Efterkomne indsigelser</translation>
    </message>
    <message>
        <source>10. Retention runs and erasures</source>
        <translation>10. Oprydninger og sletninger</translation>
    </message>
    <message>
        <source>11. Models trained</source>
        <translation>11. Trænede modeller</translation>
    </message>
    <message>
        <source>12. Re-identification risk</source>
        <translation>12. Risiko for genidentifikation</translation>
    </message>
    <message>
        <source>13. Processing log</source>
        <translation>13. Behandlingslog</translation>
    </message>
    <message>
        <source>not configured (project setting &apos;{0}&apos;)</source>
        <translation>ikke konfigureret (projektindstillingen &apos;{0}&apos;)</translation>
    </message>
    <message>
        <source>Customers and contacts of the controller (persons in the imported CRM exports)</source>
        <translation>Den dataansvarliges kunder og kontaktpersoner (personer i de importerede CRM-eksporter)</translation>
    </message>
    <message>
        <source>Limits per table, enforced by Prevista&apos;s retention cleanup (expired rows are deleted and the replaced files crypto-shredded):</source>
        <translation>Grænser pr. tabel, håndhævet af Previstas oprydning efter opbevaringsperiode (udløbne rækker slettes, og de erstattede filer slettes kryptografisk):</translation>
    </message>
    <message>
        <source>Special categories (Art. 9) processed with explicit consent: {0}</source>
        <translation>Særlige kategorier (Art. 9), der behandles med udtrykkeligt samtykke: {0}</translation>
    </message>
    <message>
        <source>Organisational measures of the controller: {0}</source>
        <translation>Den dataansvarliges organisatoriske foranstaltninger: {0}</translation>
    </message>
    <message>
        <source>Retention runs carried out: {0}.</source>
        <translation>Gennemførte oprydninger efter opbevaringsperiode: {0}.</translation>
    </message>
    <message>
        <source>Erasures carried out (Art. 17): {0}.</source>
        <translation>Gennemførte sletninger (Art. 17): {0}.</translation>
    </message>
    <message>
        <source>Rows in &apos;{0}&apos;</source>
        <translation>Rækker i &apos;{0}&apos;</translation>
    </message>
    <message>
        <source>DOES NOT VERIFY — entry {0}: {1}. The activity sections above are left empty because the log cannot vouch for them.</source>
        <translation>KAN IKKE VERIFICERES — post {0}: {1}. Afsnittene om aktiviteter ovenfor er tomme, fordi loggen ikke kan stå inde for dem.</translation>
    </message>
    <message>
        <source>A DPO can check the log without the data passphrase, against the fingerprint kept on file (not the key file beside the log, which anyone could replace): prevista audit verify --log processing-log.jsonl --pubkey processing-log.pub --fingerprint {0}</source>
        <translation>En databeskyttelsesrådgiver kan kontrollere loggen uden dataenes adgangsfrase op imod det fingeraftryk, der opbevares separat (ikke nøglefilen ved siden af loggen, som enhver kunne udskifte): prevista audit verify --log processing-log.jsonl --pubkey processing-log.pub --fingerprint {0}</translation>
    </message>
    <message>
        <source>Generated by Prevista on {0} UTC. Aggregates only: this record contains no personal data.</source>
        <translation>Genereret af Prevista den {0} UTC. Kun aggregerede data: denne fortegnelse indeholder ingen personoplysninger.</translation>
    </message>
    <message>
        <source>Offline processing: Prevista makes no network connections; data, models and reports stay on this computer.</source>
        <translation>Offlinebehandling: Prevista opretter ingen netværksforbindelser; data, modeller og rapporter forbliver på denne computer.</translation>
    </message>
    <message>
        <source>Pseudonymization: customer IDs are replaced by encrypted IDs (deterministic AES-SIV under a project subkey), reversible only with the key; analysis tables hold a numeric key only.</source>
        <translation>Pseudonymisering: kunde-id&apos;er erstattes af krypterede id&apos;er (deterministisk AES-SIV under en projektundernøgle), som kun kan føres tilbage med nøglen; analysetabellerne indeholder kun en numerisk nøgle.</translation>
    </message>
    <message>
        <source>Crypto-shredding: replaced or deleted table files lose their data keys, so copies left on disk are unreadable.</source>
        <translation>Kryptografisk sletning (crypto-shredding): erstattede eller slettede tabelfiler mister deres datanøgler, så kopier, der er tilbage på disken, er ulæselige.</translation>
    </message>
    <message>
        <source>Tamper-evident processing log: hash-chained entries signed with Ed25519 and a signed head; a DPO verifies it with the public key alone, without the data passphrase.</source>
        <translation>Behandlingslog, der afslører manipulation: hashkædede poster signeret med Ed25519 og en signeret kædeende; en databeskyttelsesrådgiver verificerer den alene med den offentlige nøgle, uden dataenes adgangsfrase.</translation>
    </message>
    <message>
        <source>Opt-out register (right to object, Art. 21): honoured at every import, training, scoring and export.</source>
        <translation>Indsigelsesregister (ret til indsigelse, Art. 21): efterkommes ved hver import, træning, scoring og eksport.</translation>
    </message>
    <message>
        <source>Special categories of data (Art. 9), recognised by column name in six languages and by values (religions, diagnoses, parties, ethnicities, halal/kosher), are refused at import unless explicit consent is recorded.</source>
        <translation>Særlige kategorier af personoplysninger (Art. 9), der genkendes på kolonnenavne på seks sprog og på værdier (religioner, diagnoser, partier, etniciteter, halal/kosher), afvises ved import, medmindre der er registreret udtrykkeligt samtykke.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Hvornår</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Handling</translation>
    </message>
    <message>
        <source>Counts</source>
        <translation>Antal</translation>
    </message>
    <message>
        <source>Controller</source>
        <translation>Dataansvarlig</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Data protection officer</source>
        <translation>Databeskyttelsesrådgiver</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Formål</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Retsgrundlag</translation>
    </message>
    <message>
        <source>Logged steps</source>
        <translation>Logførte trin</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <source>No data imported yet.</source>
        <translation>Ingen data importeret endnu.</translation>
    </message>
    <message>
        <source>Special categories (Art. 9) processed with explicit consent: none.</source>
        <translation>Særlige kategorier (Art. 9), der behandles med udtrykkeligt samtykke: ingen.</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabel</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Kolonne</translation>
    </message>
    <message>
        <source>Special category (Art. 9)</source>
        <translation>Særlig kategori (Art. 9)</translation>
    </message>
    <message>
        <source>No special-category column is stored.</source>
        <translation>Der gemmes ingen kolonne med særlige kategorier af oplysninger.</translation>
    </message>
    <message>
        <source>Columns stored for analysis (after pseudonymization):</source>
        <translation>Kolonner, der gemmes til analyse (efter pseudonymisering):</translation>
    </message>
    <message>
        <source>Columns (use, meaning)</source>
        <translation>Kolonner (brug, betydning)</translation>
    </message>
    <message>
        <source>No tables stored.</source>
        <translation>Ingen tabeller gemt.</translation>
    </message>
    <message>
        <source>Data subjects (encrypted IDs)</source>
        <translation>Registrerede (krypterede id&apos;er)</translation>
    </message>
    <message>
        <source>Opt-out register</source>
        <translation>Indsigelsesregister</translation>
    </message>
    <message>
        <source>Identity table</source>
        <translation>Identitetstabel</translation>
    </message>
    <message>
        <source>kept under a separate key</source>
        <translation>opbevares under en separat nøgle</translation>
    </message>
    <message>
        <source>not kept</source>
        <translation>opbevares ikke</translation>
    </message>
    <message>
        <source>Customers in the opt-out register</source>
        <translation>Kunder i indsigelsesregistret</translation>
    </message>
    <message>
        <source>Opt-out recordings</source>
        <translation>Registrerede indsigelser</translation>
    </message>
    <message>
        <source>Re-consents (withdrawn opt-outs)</source>
        <translation>Fornyede samtykker (tilbagetrukne indsigelser)</translation>
    </message>
    <message>
        <source>Rows of opted-out customers removed at import</source>
        <translation>Rækker for kunder med indsigelse fjernet ved import</translation>
    </message>
    <message>
        <source>No opt-outs recorded after import.</source>
        <translation>Ingen indsigelser registreret efter import.</translation>
    </message>
    <message>
        <source>No retention cleanup has been run.</source>
        <translation>Der er ikke kørt nogen oprydning efter opbevaringsperiode.</translation>
    </message>
    <message>
        <source>No erasure has been carried out.</source>
        <translation>Der er ikke gennemført nogen sletning.</translation>
    </message>
    <message>
        <source>Model ID</source>
        <translation>Model-id</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Model</translation>
    </message>
    <message>
        <source>Customers scored</source>
        <translation>Kunder med score</translation>
    </message>
    <message>
        <source>No model has been trained.</source>
        <translation>Der er ikke trænet nogen model.</translation>
    </message>
    <message>
        <source>Records (customer table)</source>
        <translation>Poster (kundetabel)</translation>
    </message>
    <message>
        <source>Quasi-identifiers</source>
        <translation>Kvasi-identifikatorer</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ingen</translation>
    </message>
    <message>
        <source>Minimum class size k</source>
        <translation>Mindste klassestørrelse k</translation>
    </message>
    <message>
        <source>Equivalence classes</source>
        <translation>Ækvivalensklasser</translation>
    </message>
    <message>
        <source>{0} (smallest: {1})</source>
        <translation>{0} (mindste: {1})</translation>
    </message>
    <message>
        <source>Unique records</source>
        <translation>Unikke poster</translation>
    </message>
    <message>
        <source>Records in classes below k</source>
        <translation>Poster i klasser under k</translation>
    </message>
    <message>
        <source>Prosecutor risk, highest</source>
        <translation>Anklagerrisiko, højeste</translation>
    </message>
    <message>
        <source>Prosecutor risk, average</source>
        <translation>Anklagerrisiko, gennemsnitlig</translation>
    </message>
    <message>
        <source>Journalist risk, highest / average</source>
        <translation>Journalistrisiko, højeste / gennemsnitlig</translation>
    </message>
    <message>
        <source>Marketer risk</source>
        <translation>Marketingrisiko</translation>
    </message>
    <message>
        <source>Risk level</source>
        <translation>Risikoniveau</translation>
    </message>
    <message>
        <source>Column dropped</source>
        <translation>Fjernet kolonne</translation>
    </message>
    <message>
        <source>Unique without it</source>
        <translation>Unikke uden den</translation>
    </message>
    <message>
        <source>Below k without it</source>
        <translation>Under k uden den</translation>
    </message>
    <message>
        <source>Suggestions to lower the risk:</source>
        <translation>Forslag til at sænke risikoen:</translation>
    </message>
    <message>
        <source>verified (hash chain, signatures and signed head)</source>
        <translation>verificeret (hashkæde, signaturer og signeret kædeende)</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Poster</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Log key fingerprint (SHA-256)</source>
        <translation>Lognøglens fingeraftryk (SHA-256)</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Modtagere</translation>
    </message>
    <message>
        <source>Transfers to third countries</source>
        <translation>Overførsler til tredjelande</translation>
    </message>
    <message>
        <source>Technical measures built into Prevista:</source>
        <translation>Tekniske foranstaltninger indbygget i Prevista:</translation>
    </message>
    <message>
        <source>No campaign was started: the pilot&apos;s predictions were not yet acted on with a control group, so nothing can be said about what acting on them changes. Start one from a segment (Start campaign…, or prevista campaign start).</source>
        <translation>Der blev ikke startet nogen kampagne: der er endnu ikke handlet på pilotens forudsigelser med en kontrolgruppe, så der kan ikke siges noget om, hvad det ændrer at handle på dem. Start en fra et segment (Start kampagne…, eller prevista campaign start).</translation>
    </message>
    <message>
        <source>{0} campaign(s) acted on about {1} customers, with about {2} held back at random as a control group to measure against.</source>
        <translation>{0} kampagne(r) rettede handlingen mod omkring {1} kunder, og omkring {2} blev tilfældigt holdt tilbage som kontrolgruppe at måle op imod.</translation>
    </message>
    <message>
        <source>{0}: campaigns {1} and the pilot {2}</source>
        <translation>{0}: kampagner {1} og piloten {2}</translation>
    </message>
    <message>
        <source>{0}: campaigns {1} (no pilot cost entered)</source>
        <translation>{0}: kampagner {1} (ingen pilotomkostning angivet)</translation>
    </message>
    <message>
        <source>{0} extra spend by the customers acted on (90 % interval {1} to {2})</source>
        <translation>{0} ekstra forbrug fra de kunder, handlingen blev rettet mod (90 %-interval {1} til {2})</translation>
    </message>
    <message>
        <source>{0:.0%} (90 % interval {1:.0%} to {2:.0%})</source>
        <translation>{0:.0%} (90 %-interval {1:.0%} til {2:.0%})</translation>
    </message>
    <message>
        <source>{0:.1f} months</source>
        <translation>{0:.1f} måneder</translation>
    </message>
    <message>
        <source>{0} (soonest {1}, latest {2})</source>
        <translation>{0} (tidligst {1}, senest {2})</translation>
    </message>
    <message>
        <source>{0}; about {1} acted on, {2} held back ({3:.0%}); it can detect a change in churn of {4:.0%} or more</source>
        <translation>{0}; omkring {1} i testgruppen, {2} holdt tilbage ({3:.0%}); den kan påvise en ændring i kundeafgangen på {4:.0%} eller mere</translation>
    </message>
    <message>
        <source>Not measured yet.</source>
        <translation>Ikke målt endnu.</translation>
    </message>
    <message>
        <source>not at the measured pace</source>
        <translation>ikke i det målte tempo</translation>
    </message>
    <message>
        <source>never</source>
        <translation>aldrig</translation>
    </message>
    <message>
        <source>not within the interval</source>
        <translation>ikke inden for intervallet</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Kampagne</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultat</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>Hvad der blev gjort</translation>
    </message>
    <message>
        <source>What it cost</source>
        <translation>Hvad det kostede</translation>
    </message>
    <message>
        <source>What it returned</source>
        <translation>Hvad det gav</translation>
    </message>
    <message>
        <source>Return on investment</source>
        <translation>Investeringsafkast</translation>
    </message>
    <message>
        <source>Cost and return</source>
        <translation>Omkostning og afkast</translation>
    </message>
    <message>
        <source>Not yet available: enter a cost per contact and measure a campaign on data with order values.</source>
        <translation>Endnu ikke tilgængeligt: angiv en omkostning pr. kontakt, og mål en kampagne på data med ordreværdier.</translation>
    </message>
    <message>
        <source>What it changed (measured against the control group):</source>
        <translation>Hvad det ændrede (målt op imod kontrolgruppen):</translation>
    </message>
    <message>
        <source>How sure: each figure is a difference between randomly assigned groups with its 90 % interval; &apos;no effect measurable yet&apos; means the groups are still too small or too recent.</source>
        <translation>Hvor sikkert: hvert tal er en forskel mellem tilfældigt fordelte grupper med sit 90 %-interval; &apos;ingen målbar effekt endnu&apos; betyder, at grupperne stadig er for små eller for nye.</translation>
    </message>
    <message>
        <source>Change in churn against the control group, in percentage points, with its 90 % interval (left of the dashed line: fewer customers lost).</source>
        <translation>Ændring i kundeafgang i forhold til kontrolgruppen i procentpoint med 90 %-interval (til venstre for den stiplede linje: færre tabte kunder).</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Startet</translation>
    </message>
    <message>
        <source>Break-even</source>
        <translation>Break-even</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Udfald</translation>
    </message>
    <message>
        <source>Acted on</source>
        <translation>Testgruppe</translation>
    </message>
    <message>
        <source>Held back</source>
        <translation>Kontrolgruppe</translation>
    </message>
    <message>
        <source>Difference (90 % interval)</source>
        <translation>Forskel (90 %-interval)</translation>
    </message>
    <message>
        <source>{0} — page {1} of {2}</source>
        <translation>{0} — side {1} af {2}</translation>
    </message>
    <message>
        <source>Pilot report: customer predictions</source>
        <translation>Pilotrapport: forudsigelser om kunder</translation>
    </message>
    <message>
        <source>1. Executive summary</source>
        <translation>1. Resumé</translation>
    </message>
    <message>
        <source>2. Key figures</source>
        <translation>2. Nøgletal</translation>
    </message>
    <message>
        <source>3. KPIs since the baseline</source>
        <translation>3. KPI&apos;er siden udgangsværdierne</translation>
    </message>
    <message>
        <source>4. Campaigns: what acting changed, and what it returned</source>
        <translation>4. Kampagner: hvad handlingen ændrede, og hvad den gav</translation>
    </message>
    <message>
        <source>5. Model quality</source>
        <translation>5. Modelkvalitet</translation>
    </message>
    <message>
        <source>6. Segment findings</source>
        <translation>6. Resultater for segmenter</translation>
    </message>
    <message>
        <source>7. Support-ticket forecast</source>
        <translation>7. Prognose for supportsager</translation>
    </message>
    <message>
        <source>8. Privacy and data protection</source>
        <translation>8. Privatliv og databeskyttelse</translation>
    </message>
    <message>
        <source>No model trained yet: train the models first (prevista train, or the Models screen), then produce this report again.</source>
        <translation>Ingen model trænet endnu: træn først modellerne (prevista train eller skærmen Modeller), og lav derefter denne rapport igen.</translation>
    </message>
    <message>
        <source>No dated support tickets were imported, so there is no ticket forecast.</source>
        <translation>Der blev ikke importeret nogen daterede supportsager, så der er ingen sagsprognose.</translation>
    </message>
    <message>
        <source>ROC AUC (0.5 = chance)</source>
        <translation>ROC AUC (0,5 = tilfældighed)</translation>
    </message>
    <message>
        <source>Brier score (lower is better)</source>
        <translation>Brier-score (lavere er bedre)</translation>
    </message>
    <message>
        <source>Top-decile lift (×)</source>
        <translation>Lift i øverste decil (×)</translation>
    </message>
    <message>
        <source>Aggregates only: this report contains no customer ID, encrypted ID, name, contact detail or value of any single customer.</source>
        <translation>Kun aggregerede data: denne rapport indeholder intet kunde-id, krypteret id, navn, kontaktoplysning eller værdi for nogen enkelt kunde.</translation>
    </message>
    <message>
        <source>Prepared with Prevista for {0} on {1} UTC. {2}</source>
        <translation>Udarbejdet med Prevista for {0} den {1} UTC. {2}</translation>
    </message>
    <message>
        <source>up to date: no data is held past its retention limit</source>
        <translation>ajour: ingen data opbevares ud over opbevaringsgrænsen</translation>
    </message>
    <message>
        <source>cleanup due — past their limit: {0} (run the retention cleanup)</source>
        <translation>oprydning påkrævet — over grænsen: {0} (kør oprydningen efter opbevaringsperiode)</translation>
    </message>
    <message>
        <source>{0} customers in the opt-out register, excluded from every analysis; {1} erased on request; {2} e-mail addresses excluded as soon as they appear</source>
        <translation>{0} kunder i indsigelsesregistret, udelukket fra alle analyser; {1} slettet efter anmodning; {2} e-mailadresser udelukkes, så snart de dukker op</translation>
    </message>
    <message>
        <source>{0} – {1}</source>
        <translation>{0} – {1}</translation>
    </message>
    <message>
        <source>Calibration: over {0} equal-sized risk bands of held-out customers, predicted and observed churn differ by {1:.1f} percentage points on average (at most {2:.1f}); in the highest-risk band {3} was predicted and {4} observed.</source>
        <translation>Kalibrering: over {0} lige store risikobånd af tilbageholdte kunder afviger forudsagt og observeret kundeafgang i gennemsnit med {1:.1f} procentpoint (højst {2:.1f}); i båndet med højest risiko blev {3} forudsagt og {4} observeret.</translation>
    </message>
    <message>
        <source>{0} of {1} customers within {2} days</source>
        <translation>{0} af {1} kunder inden for {2} dage</translation>
    </message>
    <message>
        <source>{0} of {1} customers marked as churned by the label</source>
        <translation>{0} af {1} kunder markeret som tabte af churn-markeringen</translation>
    </message>
    <message>
        <source>{0} ({1})</source>
        <translation>{0} ({1})</translation>
    </message>
    <message>
        <source>withheld: fewer scored customers than the minimum segment size</source>
        <translation>vises ikke: færre kunder med score end den mindste segmentstørrelse</translation>
    </message>
    <message>
        <source>{0} current customers scored</source>
        <translation>{0} nuværende kunder med score</translation>
    </message>
    <message>
        <source>Predicted churn, next {0} days</source>
        <translation>Forudsagt kundeafgang, næste {0} dage</translation>
    </message>
    <message>
        <source>Predicted churn (as the label defines it)</source>
        <translation>Forudsagt kundeafgang (som markeringen definerer den)</translation>
    </message>
    <message>
        <source>{0} — about {1:.0f} expected churners</source>
        <translation>{0} — omkring {1:.0f} forventede tabte kunder</translation>
    </message>
    <message>
        <source>{0} (churn risk × {1})</source>
        <translation>{0} (afgangsrisiko × {1})</translation>
    </message>
    <message>
        <source>{0} segments of at least k = {1} customers; {2} of {3} customers analysed fall in a listed segment (smaller groups are not shown).</source>
        <translation>{0} segmenter med mindst k = {1} kunder; {2} af {3} analyserede kunder falder i et af de viste segmenter (mindre grupper vises ikke).</translation>
    </message>
    <message>
        <source>Revenue at risk = churn risk × {0}.</source>
        <translation>Omsætning i risiko = afgangsrisiko × {0}.</translation>
    </message>
    <message>
        <source>{0}: {1}. Recommended: {2} (because {3}).</source>
        <translation>{0}: {1}. Anbefalet: {2} (fordi {3}).</translation>
    </message>
    <message>
        <source>Evidence: {0}</source>
        <translation>Grundlag: {0}</translation>
    </message>
    <message>
        <source>About {0:.0f} support tickets expected over the next {1} weeks ({2}). Forecasting {3} weeks ahead from past points in time, it was off by {4:.1f} tickets a week on average, against {5:.1f} for the best other method ({6}).</source>
        <translation>Omkring {0:.0f} supportsager forventes over de næste {1} uger ({2}). Ved prognoser {3} uger frem fra tidligere tidspunkter ramte den i gennemsnit {4:.1f} sager om ugen ved siden af, mod {5:.1f} for den bedste anden metode ({6}).</translation>
    </message>
    <message>
        <source>verified: {0} entries, hash chain and signatures intact</source>
        <translation>verificeret: {0} poster, hashkæde og signaturer intakte</translation>
    </message>
    <message>
        <source>verified: 1 entry, hash chain and signatures intact</source>
        <translation>verificeret: 1 post, hashkæde og signaturer intakte</translation>
    </message>
    <message>
        <source>DOES NOT VERIFY: {0}</source>
        <translation>KAN IKKE VERIFICERES: {0}</translation>
    </message>
    <message>
        <source>Data period</source>
        <translation>Dataperiode</translation>
    </message>
    <message>
        <source>Churn observed on held-out data</source>
        <translation>Observeret kundeafgang i tilbageholdte data</translation>
    </message>
    <message>
        <source>Customers analysed</source>
        <translation>Analyserede kunder</translation>
    </message>
    <message>
        <source>Revenue at risk</source>
        <translation>Omsætning i risiko</translation>
    </message>
    <message>
        <source>Client (controller)</source>
        <translation>Opdragsgiver (dataansvarlig)</translation>
    </message>
    <message>
        <source>Opt-outs honoured</source>
        <translation>Efterkomne indsigelser</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Opbevaring</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Rækker</translation>
    </message>
    <message>
        <source>The KPIs were not gathered for this report.</source>
        <translation>KPI&apos;erne blev ikke indsamlet til denne rapport.</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Udgangsværdi</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Nu</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Ændring</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Kunder</translation>
    </message>
    <message>
        <source>No KPI computed.</source>
        <translation>Ingen KPI beregnet.</translation>
    </message>
    <message>
        <source>How each figure is computed:</source>
        <translation>Sådan beregnes hvert tal:</translation>
    </message>
    <message>
        <source>Not shown, and why:</source>
        <translation>Ikke vist, og hvorfor:</translation>
    </message>
    <message>
        <source>Calibration: not measured.</source>
        <translation>Kalibrering: ikke målt.</translation>
    </message>
    <message>
        <source>Held-out measure</source>
        <translation>Mål på tilbageholdte data</translation>
    </message>
    <message>
        <source>Purchase propensity</source>
        <translation>Købstilbøjelighed</translation>
    </message>
    <message>
        <source>Model kept</source>
        <translation>Valgt model</translation>
    </message>
    <message>
        <source>Baselines (ROC AUC)</source>
        <translation>Referencemodeller (ROC AUC)</translation>
    </message>
    <message>
        <source>No purchase-propensity model (no dated purchases to learn from).</source>
        <translation>Ingen model for købstilbøjelighed (ingen daterede køb at lære af).</translation>
    </message>
    <message>
        <source>{0} (every {1} days), or earlier when the drift check reports a shift</source>
        <translation>{0} (hver {1}. dag) eller tidligere, hvis kontrollen af drift i data viser en forskydning</translation>
    </message>
    <message>
        <source>Churn model kept</source>
        <translation>Valgt afgangsmodel</translation>
    </message>
    <message>
        <source>Trained</source>
        <translation>Trænet</translation>
    </message>
    <message>
        <source>churn within {0} days, from {1}</source>
        <translation>kundeafgang inden for {0} dage, fra {1}</translation>
    </message>
    <message>
        <source>churn as marked by {0}; the label has no time window</source>
        <translation>churn som markeret af {0}; markeringen har intet tidsvindue</translation>
    </message>
    <message>
        <source>Validation</source>
        <translation>Validering</translation>
    </message>
    <message>
        <source>Quality on held-out customers the model never saw, next to the baselines it had to beat (in brackets: the range that holds the measure in 95 % of resamples of those customers):</source>
        <translation>Kvalitet på tilbageholdte kunder, som modellen aldrig har set, ved siden af de referencemodeller, den skulle slå (i parentes: det spænd, der rummer målet i 95 % af genudtrækningerne af disse kunder):</translation>
    </message>
    <message>
        <source>What drives churn risk:</source>
        <translation>Hvad der driver afgangsrisikoen:</translation>
    </message>
    <message>
        <source>No single driver stands out.</source>
        <translation>Ingen enkelt faktor skiller sig ud.</translation>
    </message>
    <message>
        <source>Warnings and notes:</source>
        <translation>Advarsler og bemærkninger:</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Ingen.</translation>
    </message>
    <message>
        <source>Drift reference</source>
        <translation>Reference for drift</translation>
    </message>
    <message>
        <source>customers as of {0}</source>
        <translation>kunder pr. {0}</translation>
    </message>
    <message>
        <source>Retrain by</source>
        <translation>Gentræn senest</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>Churn risk</source>
        <translation>Afgangsrisiko</translation>
    </message>
    <message>
        <source>Expected churners</source>
        <translation>Forventede tabte kunder</translation>
    </message>
    <message>
        <source>No segment reaches the minimum size.</source>
        <translation>Intet segment når den mindste størrelse.</translation>
    </message>
    <message>
        <source>What sets each segment apart, and what to do:</source>
        <translation>Hvad der adskiller hvert segment, og hvad der skal gøres:</translation>
    </message>
    <message>
        <source>Week of</source>
        <translation>Uge fra</translation>
    </message>
    <message>
        <source>Expected tickets</source>
        <translation>Forventede sager</translation>
    </message>
    <message>
        <source>Range ({0:.0%})</source>
        <translation>Spænd ({0:.0%})</translation>
    </message>
    <message>
        <source>kept only in a separately keyed identity table, never used for analysis</source>
        <translation>opbevares kun i en identitetstabel med separat nøgle og bruges aldrig til analyse</translation>
    </message>
    <message>
        <source>dropped at import and not stored</source>
        <translation>fjernes ved import og gemmes ikke</translation>
    </message>
    <message>
        <source>Processing log</source>
        <translation>Behandlingslog</translation>
    </message>
    <message>
        <source>Minimum segment size</source>
        <translation>Mindste segmentstørrelse</translation>
    </message>
    <message>
        <source>{0} customers: no figure in this report describes fewer</source>
        <translation>{0} kunder: intet tal i denne rapport beskriver færre</translation>
    </message>
    <message>
        <source>Direct identifiers</source>
        <translation>Direkte identifikatorer</translation>
    </message>
    <message>
        <source>All processing ran offline on this computer; no data was uploaded or shared.</source>
        <translation>Al behandling foregik offline på denne computer; ingen data blev uploadet eller delt.</translation>
    </message>
    <message>
        <source>Customer IDs were replaced by encrypted IDs at import; opted-out customers were removed.</source>
        <translation>Kunde-id&apos;er blev erstattet af krypterede id&apos;er ved import; kunder med indsigelse blev fjernet.</translation>
    </message>
    <message>
        <source>Predictions are meant to offer customers help; a person decides on every action.</source>
        <translation>Forudsigelserne skal bruges til at tilbyde kunderne hjælp; et menneske træffer beslutning om hver handling.</translation>
    </message>
    <message>
        <source>No population table is available, so the dataset itself is taken as the population: journalist risk equals prosecutor risk.</source>
        <translation>Der findes ingen populationstabel, så selve datasættet bruges som population: journalistrisikoen er lig med anklagerrisikoen.</translation>
    </message>
    <message>
        <source>Marketer risk is the expected share of records re-identified when every record is attacked; it equals the average prosecutor risk.</source>
        <translation>Marketingrisikoen er den forventede andel af poster, der genidentificeres, når alle poster angribes; den er lig med den gennemsnitlige anklagerrisiko.</translation>
    </message>
    <message>
        <source>No customer records are stored, so no one can be re-identified from them.</source>
        <translation>Der gemmes ingen kundeposter, så ingen kan genidentificeres ud fra dem.</translation>
    </message>
    <message>
        <source>No quasi-identifiers remain in the stored customer table: all {0} customers look alike on what an attacker could know. Re-identification risk is low.</source>
        <translation>Der er ingen kvasi-identifikatorer tilbage i den gemte kundetabel: alle {0} kunder ligner hinanden med hensyn til det, en angriber kunne vide. Risikoen for genidentifikation er lav.</translation>
    </message>
    <message>
        <source>On {0}: {1} of {2} customers ({3:.1%}) are unique and {4} ({5:.1%}) are in groups smaller than k = {6}. Re-identification risk is low.</source>
        <translation>På {0}: {1} af {2} kunder ({3:.1%}) er unikke, og {4} ({5:.1%}) er i grupper mindre end k = {6}. Risikoen for genidentifikation er lav.</translation>
    </message>
    <message>
        <source>On {0}: {1} of {2} customers ({3:.1%}) are unique and {4} ({5:.1%}) are in groups smaller than k = {6}. Re-identification risk is medium.</source>
        <translation>På {0}: {1} af {2} kunder ({3:.1%}) er unikke, og {4} ({5:.1%}) er i grupper mindre end k = {6}. Risikoen for genidentifikation er middel.</translation>
    </message>
    <message>
        <source>On {0}: {1} of {2} customers ({3:.1%}) are unique and {4} ({5:.1%}) are in groups smaller than k = {6}. Re-identification risk is high.</source>
        <translation>På {0}: {1} af {2} kunder ({3:.1%}) er unikke, og {4} ({5:.1%}) er i grupper mindre end k = {6}. Risikoen for genidentifikation er høj.</translation>
    </message>
    <message>
        <source>generalise &apos;{0}&apos; to its first two digits</source>
        <translation>generalisér &apos;{0}&apos; til de første to cifre</translation>
    </message>
    <message>
        <source>band &apos;{0}&apos; into 10-year groups, or drop the birth date</source>
        <translation>inddel &apos;{0}&apos; i 10-årsgrupper, eller fjern fødselsdatoen</translation>
    </message>
    <message>
        <source>drop &apos;{0}&apos; or band it into 10-year groups</source>
        <translation>fjern &apos;{0}&apos;, eller inddel den i 10-årsgrupper</translation>
    </message>
    <message>
        <source>generalise &apos;{0}&apos; to region or country, or drop it</source>
        <translation>generalisér &apos;{0}&apos; til region eller land, eller fjern den</translation>
    </message>
    <message>
        <source>band &apos;{0}&apos; into a few ranges, or drop it</source>
        <translation>inddel &apos;{0}&apos; i nogle få intervaller, eller fjern den</translation>
    </message>
    <message>
        <source>merge values of &apos;{0}&apos; held by fewer than {1} customers into &apos;Other&apos;, or drop it</source>
        <translation>slå værdier af &apos;{0}&apos;, som færre end {1} kunder har, sammen til &apos;Andet&apos;, eller fjern den</translation>
    </message>
    <message>
        <source>{0} entry</source>
        <translation>{0} post</translation>
    </message>
    <message>
        <source>{0} entries</source>
        <translation>{0} poster</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Reports</source>
        <translation>Rapporter</translation>
    </message>
    <message>
        <source>Save a report</source>
        <translation>Gem en rapport</translation>
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
        <translation>For&amp;mat:</translation>
    </message>
    <message>
        <source>Save the &amp;pilot report…</source>
        <translation>Gem &amp;pilotrapport…</translation>
    </message>
    <message>
        <source>Key figures, model quality, segment findings and a privacy summary for the client; aggregates only</source>
        <translation>Nøgletal, modelkvalitet, resultater for segmenterne og et resumé af databeskyttelsen til kunden; kun aggregerede data</translation>
    </message>
    <message>
        <source>Save the &amp;Art. 30 record…</source>
        <translation>Gem fortegn&amp;else efter art. 30…</translation>
    </message>
    <message>
        <source>The record of processing activities (GDPR Art. 30) for the data-protection officer</source>
        <translation>Fortegnelsen over behandlingsaktiviteter (GDPR artikel 30) til databeskyttelsesrådgiveren</translation>
    </message>
    <message>
        <source>Pilot report: headline figures</source>
        <translation>Pilotrapport: nøgletal</translation>
    </message>
    <message>
        <source>Customers analysed:</source>
        <translation>Analyserede kunder:</translation>
    </message>
    <message>
        <source>Data period:</source>
        <translation>Dataperiode:</translation>
    </message>
    <message>
        <source>Predicted churn:</source>
        <translation>Forudsagt kundeafgang:</translation>
    </message>
    <message>
        <source>Revenue at risk:</source>
        <translation>Omsætning i risiko:</translation>
    </message>
    <message>
        <source>Churn model quality:</source>
        <translation>Kvalitet af afgangsmodellen:</translation>
    </message>
    <message>
        <source>Segments:</source>
        <translation>Segmenter:</translation>
    </message>
    <message>
        <source>Opt-outs honoured:</source>
        <translation>Respekterede indsigelser:</translation>
    </message>
    <message>
        <source>Retention:</source>
        <translation>Opbevaring:</translation>
    </message>
    <message>
        <source>Processing log:</source>
        <translation>Behandlingslog:</translation>
    </message>
    <message>
        <source>Re-identification risk of the stored customers</source>
        <translation>Risiko for genidentifikation af de gemte kunder</translation>
    </message>
    <message>
        <source>Risk level</source>
        <translation>Risikoniveau</translation>
    </message>
    <message>
        <source>Risk summary</source>
        <translation>Resumé af risikoen</translation>
    </message>
    <message>
        <source>How to lower the risk</source>
        <translation>Sådan sænkes risikoen</translation>
    </message>
    <message>
        <source>Handover</source>
        <translation>Overdragelse</translation>
    </message>
    <message>
        <source>Save &amp;handover bundle…</source>
        <translation>Gem &amp;overdragelsespakke…</translation>
    </message>
    <message>
        <source>Model card, segments, forecast, reports and the processing log in one ZIP file the client may keep; no personal data</source>
        <translation>Modelkort, segmenter, prognose, rapporter og behandlingsloggen i én ZIP-fil, som kunden må beholde; ingen personoplysninger</translation>
    </message>
    <message>
        <source>C&amp;lose the pilot…</source>
        <translation>Af&amp;slut piloten…</translation>
    </message>
    <message>
        <source>Erase all data of this pilot for good; only the handover bundle and the processing log remain</source>
        <translation>Slet alle data i denne pilot permanent; kun overdragelsespakken og behandlingsloggen er tilbage</translation>
    </message>
    <message>
        <source>Reading the report figures</source>
        <translation>Læser rapportens tal</translation>
    </message>
    <message>
        <source>Save the pilot report</source>
        <translation>Gem pilotrapporten</translation>
    </message>
    <message>
        <source>Saved the pilot report to {0}. It holds aggregates only and can be handed to the client.</source>
        <translation>Pilotrapporten blev gemt i {0}. Den indeholder kun aggregerede data og kan gives til kunden.</translation>
    </message>
    <message>
        <source>The record was not saved: it needs the controller details first.</source>
        <translation>Fortegnelsen blev ikke gemt: den kræver først oplysningerne om den dataansvarlige.</translation>
    </message>
    <message>
        <source>Saving the record&apos;s details</source>
        <translation>Gemmer fortegnelsens oplysninger</translation>
    </message>
    <message>
        <source>The controller details were saved in the project&apos;s settings (logged).</source>
        <translation>Oplysningerne om den dataansvarlige blev gemt i projektets indstillinger (logført).</translation>
    </message>
    <message>
        <source>Save the record of processing activities</source>
        <translation>Gem fortegnelsen over behandlingsaktiviteter</translation>
    </message>
    <message>
        <source>Saved the record of processing activities to {0}.</source>
        <translation>Fortegnelsen over behandlingsaktiviteter blev gemt i {0}.</translation>
    </message>
    <message>
        <source>Save the handover bundle</source>
        <translation>Gem overdragelsespakken</translation>
    </message>
    <message>
        <source>ZIP archives (*.zip)</source>
        <translation>ZIP-arkiver (*.zip)</translation>
    </message>
    <message>
        <source>Save a handover bundle first: closing the pilot keeps only that bundle and the processing log.</source>
        <translation>Gem først en overdragelsespakke: når piloten afsluttes, er kun den pakke og behandlingsloggen tilbage.</translation>
    </message>
    <message>
        <source>This erases ALL data of this pilot for good: customers, events, scores, identities, the opt-out register and the models. Only the processing log and the handover bundle {0} remain. This cannot be undone. Close the pilot now?</source>
        <translation>Dette sletter ALLE data i denne pilot permanent: kunder, hændelser, risikoscorer, identiteter, indsigelsesregistret og modellerne. Kun behandlingsloggen og overdragelsespakken {0} er tilbage. Det kan ikke fortrydes. Afslut piloten nu?</translation>
    </message>
    <message>
        <source>Closing the pilot</source>
        <translation>Afslutter piloten</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-dokumenter (*.pdf)</translation>
    </message>
    <message>
        <source>HTML pages (*.html)</source>
        <translation>HTML-sider (*.html)</translation>
    </message>
    <message>
        <source>Writing {0}</source>
        <translation>Skriver {0}</translation>
    </message>
    <message>
        <source>Saved the handover bundle to {0}. It holds no personal data: the client may keep it after the pilot is closed.</source>
        <translation>Overdragelsespakken blev gemt i {0}. Den indeholder ingen personoplysninger: kunden må beholde den, når piloten er afsluttet.</translation>
    </message>
    <message>
        <source>The pilot is closed: all its data was erased and the keys of its files destroyed. Keep the handover bundle; the project now holds only the processing log.</source>
        <translation>Piloten er afsluttet: alle dens data er slettet, og nøglerne til dens filer er destrueret. Behold overdragelsespakken; projektet indeholder nu kun behandlingsloggen.</translation>
    </message>
    <message>
        <source>This pilot was closed on {0}: {1} rows and the models were erased for good, so there is no pilot report or handover bundle to make any more (the client keeps the bundle saved before closing). The processing log (entries: {2}) remains, and the Art. 30 record above can still be saved from it.</source>
        <translation>Denne pilot blev afsluttet den {0}: {1} rækker og modellerne blev slettet permanent, så der kan ikke længere laves en pilotrapport eller en overdragelsespakke (kunden beholder den pakke, der blev gemt før afslutningen). Behandlingsloggen (poster: {2}) er tilbage, og fortegnelsen efter art. 30 ovenfor kan stadig gemmes ud fra den.</translation>
    </message>
    <message>
        <source>{0} customers in the register, excluded from every analysis</source>
        <translation>{0} kunder i registret, udelukket fra al analyse</translation>
    </message>
    <message>
        <source>cleanup due</source>
        <translation>oprydning påkrævet</translation>
    </message>
    <message>
        <source>up to date</source>
        <translation>intet at rydde op</translation>
    </message>
    <message>
        <source>verified, {0} entries</source>
        <translation>verificeret, {0} poster</translation>
    </message>
    <message>
        <source>DOES NOT VERIFY: {0}</source>
        <translation>KAN IKKE VERIFICERES: {0}</translation>
    </message>
    <message>
        <source>No model trained yet: train the models first; the pilot report then carries predictions and segments.</source>
        <translation>Ingen model trænet endnu: træn modellerne først; pilotrapporten indeholder derefter forudsigelser og segmenter.</translation>
    </message>
    <message>
        <source>{0} to {1}</source>
        <translation>{0} til {1}</translation>
    </message>
    <message>
        <source>ROC AUC {0:.3f} on held-out data ({1})</source>
        <translation>ROC AUC {0:.3f} på tilbageholdte data ({1})</translation>
    </message>
    <message>
        <source>{0} segments of at least {1} customers</source>
        <translation>{0} segmenter med mindst {1} kunder</translation>
    </message>
    <message>
        <source>{0} current customers</source>
        <translation>{0} nuværende kunder</translation>
    </message>
    <message>
        <source>{0:.1%} in the next {1} days, about {2:.0f} customers</source>
        <translation>{0:.1%} inden for de næste {1} dage, ca. {2:.0f} kunder</translation>
    </message>
    <message>
        <source>{0:.1%} as the churn label defines it, about {1:.0f} customers</source>
        <translation>{0:.1%} som churn-markeringen definerer det, omkring {1:.0f} kunder</translation>
    </message>
    <message>
        <source>low</source>
        <translation>lav</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>middel</translation>
    </message>
    <message>
        <source>high</source>
        <translation>høj</translation>
    </message>
    <message>
        <source>Risk level: {0}</source>
        <translation>Risikoniveau: {0}</translation>
    </message>
    <message>
        <source>To lower it:</source>
        <translation>Sådan sænkes den:</translation>
    </message>
</context>
<context>
    <name>RequestsTab</name>
    <message>
        <source>Type the customer ID exactly as it appears in the CRM export. An access report holds everything kept about the person, readable: save it outside the project folder and hand it over securely. An erasure deletes the person&apos;s data everywhere, for good.</source>
        <translation>Skriv kunde-id&apos;et præcis, som det står i CRM-eksporten. En indsigtsrapport indeholder alt, hvad der opbevares om personen, i læsbar form: gem den uden for projektmappen, og udlevér den på en sikker måde. En sletning fjerner personens data overalt, permanent.</translation>
    </message>
    <message>
        <source>Customer ID</source>
        <translation>Kunde-id</translation>
    </message>
    <message>
        <source>Customer &amp;ID:</source>
        <translation>&amp;Kunde-id:</translation>
    </message>
    <message>
        <source>&amp;Access report…</source>
        <translation>Indsig&amp;tsrapport…</translation>
    </message>
    <message>
        <source>&amp;Erase…</source>
        <translation>&amp;Slet…</translation>
    </message>
    <message>
        <source>Type the customer ID first.</source>
        <translation>Skriv først kunde-id&apos;et.</translation>
    </message>
    <message>
        <source>Save the access report (outside the project folder)</source>
        <translation>Gem indsigtsrapporten (uden for projektmappen)</translation>
    </message>
    <message>
        <source>Web page (*.html)</source>
        <translation>Webside (*.html)</translation>
    </message>
    <message>
        <source>Preparing the access report</source>
        <translation>Udarbejder indsigtsrapporten</translation>
    </message>
    <message>
        <source>Wrote everything held about this person ({0} records in {1} tables) to {2}. The file is readable personal data: hand it over securely and delete your copy.</source>
        <translation>Skrev alt, hvad der opbevares om denne person ({0} poster i {1} tabeller), til {2}. Filen indeholder læsbare personoplysninger: udlevér den på en sikker måde, og slet din kopi.</translation>
    </message>
    <message>
        <source>No data is held about this person: they were erased on request; only their encrypted ID is kept, so that no import brings them back. The report saying so is in {0}.</source>
        <translation>Der opbevares ingen data om denne person: personen blev slettet efter anmodning; kun det krypterede id gemmes, så ingen import bringer personen tilbage. Rapporten, der siger dette, ligger i {0}.</translation>
    </message>
    <message>
        <source>No data is held about this person: they objected; only their encrypted ID is kept on the opt-out register. The report saying so is in {0}.</source>
        <translation>Der opbevares ingen data om denne person: personen har gjort indsigelse; kun det krypterede id står i indsigelsesregistret. Rapporten, der siger dette, ligger i {0}.</translation>
    </message>
    <message>
        <source>No records are held about this person. The report saying so is in {0}.</source>
        <translation>Der opbevares ingen poster om denne person. Rapporten, der siger dette, ligger i {0}.</translation>
    </message>
    <message>
        <source>Finding this person&apos;s data</source>
        <translation>Finder personens data</translation>
    </message>
    <message>
        <source>Erase this person&apos;s data everywhere, for good? {0} rows in {1} tables are deleted and cannot be recovered; only their encrypted ID is kept, so that no later import brings them back.</source>
        <translation>Slet personens data overalt, permanent? {0} rækker i {1} tabeller slettes og kan ikke gendannes; kun det krypterede id gemmes, så ingen senere import bringer personen tilbage.</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>Slet</translation>
    </message>
    <message>
        <source>Erased everywhere: {0} rows deleted; future imports will leave this person out. Log entry {1}.</source>
        <translation>Slettet overalt: {0} rækker fjernet; fremtidige importer udelader denne person. Logpost {1}.</translation>
    </message>
</context>
<context>
    <name>RetentionTab</name>
    <message>
        <source>Customers</source>
        <translation>Kunder</translation>
    </message>
    <message>
        <source>Transactions</source>
        <translation>Transaktioner</translation>
    </message>
    <message>
        <source>Interactions</source>
        <translation>Interaktioner</translation>
    </message>
    <message>
        <source>Usage</source>
        <translation>Brug</translation>
    </message>
    <message>
        <source>Encrypted IDs</source>
        <translation>Krypterede id&apos;er</translation>
    </message>
    <message>
        <source>Scores</source>
        <translation>Scorer</translation>
    </message>
    <message>
        <source>Identities</source>
        <translation>Identiteter</translation>
    </message>
    <message>
        <source>E-mail index</source>
        <translation>E-mailindeks</translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation>Seneste aktivitet</translation>
    </message>
    <message>
        <source>Campaign members</source>
        <translation>Kampagnedeltagere</translation>
    </message>
    <message>
        <source>Campaign contact outcomes</source>
        <translation>Kampagners kontaktresultater</translation>
    </message>
    <message>
        <source>Retention status</source>
        <translation>Opbevaringsstatus</translation>
    </message>
    <message>
        <source>Sa&amp;ve policies</source>
        <translation>Ge&amp;m regler</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabel</translation>
    </message>
    <message>
        <source>Limit (months)</source>
        <translation>Grænse (måneder)</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Opbevaret</translation>
    </message>
    <message>
        <source>Counted in</source>
        <translation>Talt i</translation>
    </message>
    <message>
        <source>Past the limit</source>
        <translation>Over grænsen</translation>
    </message>
    <message>
        <source>Expiring in the next 12 months</source>
        <translation>Udløber inden for 12 måneder</translation>
    </message>
    <message>
        <source>Next expiries</source>
        <translation>Næste udløb</translation>
    </message>
    <message>
        <source>Undated (kept)</source>
        <translation>Udateret (beholdes)</translation>
    </message>
    <message>
        <source>Expiring later</source>
        <translation>Udløber senere</translation>
    </message>
    <message>
        <source>Each customer or row held is counted once: past the limit, expiring in the next 12 months, expiring later, or undated. Undated ones stay, because nothing says when they expire.</source>
        <translation>Hver opbevaret kunde eller række tælles én gang: over grænsen, udløber inden for 12 måneder, udløber senere eller udateret. Udaterede beholdes, fordi intet siger, hvornår de udløber.</translation>
    </message>
    <message>
        <source>Retention deadlines</source>
        <translation>Opbevaringsfrister</translation>
    </message>
    <message>
        <source>&amp;Dry run</source>
        <translation>&amp;Prøvekørsel</translation>
    </message>
    <message>
        <source>C&amp;lean up…</source>
        <translation>R&amp;yd op…</translation>
    </message>
    <message>
        <source>Deadlines</source>
        <translation>Frister</translation>
    </message>
    <message>
        <source>C&amp;ustomers:</source>
        <translation>&amp;Kunder:</translation>
    </message>
    <message>
        <source>&amp;Transactions:</source>
        <translation>&amp;Transaktioner:</translation>
    </message>
    <message>
        <source>&amp;Interactions:</source>
        <translation>I&amp;nteraktioner:</translation>
    </message>
    <message>
        <source>U&amp;sage:</source>
        <translation>Br&amp;ug:</translation>
    </message>
    <message>
        <source>Ca&amp;mpaign members:</source>
        <translation>K&amp;ampagnedeltagere:</translation>
    </message>
    <message>
        <source>Policies</source>
        <translation>Regler</translation>
    </message>
    <message>
        <source>Keep for</source>
        <translation>Opbevar i</translation>
    </message>
    <message>
        <source>Why this period</source>
        <translation>Hvorfor denne periode</translation>
    </message>
    <message>
        <source> months</source>
        <translation> måneder</translation>
    </message>
    <message>
        <source>{0}: months kept</source>
        <translation>{0}: opbevaring i måneder</translation>
    </message>
    <message>
        <source>{0}: why this period</source>
        <translation>{0}: hvorfor denne periode</translation>
    </message>
    <message>
        <source>Reading retention deadlines</source>
        <translation>Læser opbevaringsfrister</translation>
    </message>
    <message>
        <source>customers</source>
        <translation>kunder</translation>
    </message>
    <message>
        <source>rows</source>
        <translation>rækker</translation>
    </message>
    <message>
        <source>{0}: {1} {2}</source>
        <translation>{0}: {1} {2}</translation>
    </message>
    <message>
        <source>Cleanup overdue: {0} past the retention limit. Run a dry run to see what would go, then clean up.</source>
        <translation>Oprydning forsinket: {0} over opbevaringsgrænsen. Lav en prøvekørsel for at se, hvad der ville blive slettet, og ryd derefter op.</translation>
    </message>
    <message>
        <source>Nothing is past its retention limit (as of {0}).</source>
        <translation>Intet har overskredet sin opbevaringsgrænse (pr. {0}).</translation>
    </message>
    <message>
        <source>No policy was changed.</source>
        <translation>Ingen regel blev ændret.</translation>
    </message>
    <message>
        <source>Saving retention policies</source>
        <translation>Gemmer opbevaringsregler</translation>
    </message>
    <message>
        <source>Retention for {0}: {1} months ({2}).</source>
        <translation>Opbevaring for {0}: {1} måneder ({2}).</translation>
    </message>
    <message>
        <source>Working out what has expired</source>
        <translation>Finder ud af, hvad der er udløbet</translation>
    </message>
    <message>
        <source>Nothing has passed its retention limit: a cleanup would delete nothing.</source>
        <translation>Intet har overskredet sin opbevaringsgrænse: en oprydning ville ikke slette noget.</translation>
    </message>
    <message>
        <source>Dry run — nothing deleted. A cleanup on {0} would delete {1}; {2} customers are past the customers limit; {3} encrypted IDs would no longer be needed.</source>
        <translation>Prøvekørsel – intet slettet. En oprydning den {0} ville slette {1}; {2} kunder har overskredet grænsen for kunder; {3} krypterede id&apos;er ville ikke længere være nødvendige.</translation>
    </message>
    <message>
        <source>{0}: {1} rows</source>
        <translation>{0}: {1} rækker</translation>
    </message>
    <message>
        <source>Delete for good: {0}? The replaced files&apos; keys are destroyed, so this cannot be undone.</source>
        <translation>Slet permanent: {0}? Nøglerne til de erstattede filer destrueres, så dette kan ikke fortrydes.</translation>
    </message>
    <message>
        <source>Clean up</source>
        <translation>Ryd op</translation>
    </message>
    <message>
        <source>Cleanup done: deleted {0}; the replaced files&apos; keys are destroyed. Log entry {1}.</source>
        <translation>Oprydning fuldført: slettede {0}; nøglerne til de erstattede filer er destrueret. Logpost {1}.</translation>
    </message>
</context>
<context>
    <name>SegmentsPage</name>
    <message>
        <source>Churn risk (%)</source>
        <translation>Afgangsrisiko (%)</translation>
    </message>
    <message>
        <source>Expected churners</source>
        <translation>Forventede tabte kunder</translation>
    </message>
    <message>
        <source>Revenue at risk</source>
        <translation>Omsætning i risiko</translation>
    </message>
    <message>
        <source>Purchase propensity (%)</source>
        <translation>Købstilbøjelighed (%)</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Kunder</translation>
    </message>
    <message>
        <source>Forecast support tickets</source>
        <translation>Forventede supportsager</translation>
    </message>
    <message>
        <source>Expected purchases</source>
        <translation>Forventede køb</translation>
    </message>
    <message>
        <source>There are no segments left to show or act on.</source>
        <translation>Der er ingen segmenter tilbage at vise eller handle på.</translation>
    </message>
    <message>
        <source>Segments</source>
        <translation>Segmenter</translation>
    </message>
    <message>
        <source>Go to &amp;Models</source>
        <translation>Gå til &amp;Modeller</translation>
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
        <translation>Afgangsrisiko</translation>
    </message>
    <message>
        <source>Purchase propensity</source>
        <translation>Købstilbøjelighed</translation>
    </message>
    <message>
        <source>Forecast tickets</source>
        <translation>Forventede sager</translation>
    </message>
    <message>
        <source>C&amp;hart:</source>
        <translation>&amp;Diagram:</translation>
    </message>
    <message>
        <source>Segments chart</source>
        <translation>Segmentdiagram</translation>
    </message>
    <message>
        <source>Selected segment</source>
        <translation>Valgt segment</translation>
    </message>
    <message>
        <source>&amp;Start campaign…</source>
        <translation>&amp;Start kampagne…</translation>
    </message>
    <message>
        <source>Act on this segment with a random control group held back, so that what the action changed can be measured</source>
        <translation>Handl på dette segment med en tilfældig kontrolgruppe holdt tilbage, så det kan måles, hvad handlingen ændrede</translation>
    </message>
    <message>
        <source>E&amp;xport segments…</source>
        <translation>&amp;Eksportér segmenter…</translation>
    </message>
    <message>
        <source>Save every segment with its figures, reason and suggested action as an Excel workbook or CSV file</source>
        <translation>Gem hvert segment med dets tal, begrundelse og foreslåede handling som Excel-projektmappe eller CSV-fil</translation>
    </message>
    <message>
        <source>Export segments</source>
        <translation>Eksportér segmenter</translation>
    </message>
    <message>
        <source>segments</source>
        <translation>segmenter</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
        <translation>Excel-projektmappe (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <source>Exporting the segments</source>
        <translation>Eksporterer segmenterne</translation>
    </message>
    <message>
        <source>Saved {0}.</source>
        <translation>{0} er gemt.</translation>
    </message>
    <message>
        <source>{0} segments from the models trained {1}. Segments smaller than {2} customers are never shown.</source>
        <translation>{0} segmenter fra modellerne trænet {1}. Segmenter med færre end {2} kunder vises aldrig.</translation>
    </message>
    <message>
        <source>Revenue at risk = churn risk × {0}, in {1}.</source>
        <translation>Omsætning i risiko = afgangsrisiko × {0}, i {1}.</translation>
    </message>
    <message>
        <source>No revenue at risk: it needs what each customer is worth (spend, a fee, a balance or an order value), and this project has none that Prevista recognised. Choose the customer value column in Settings, then train again.</source>
        <translation>Ingen omsætning i risiko: det kræver, hvad hver kunde er værd (forbrug, et gebyr, en saldo eller en ordreværdi), og dette projekt har ingen, som Prevista genkendte. Vælg kolonnen med kundeværdi under Indstillinger, og træn derefter igen.</translation>
    </message>
    <message>
        <source>likely still buying {0}, about {1} purchases expected from their buying pattern</source>
        <translation>køber sandsynligvis stadig {0}, omkring {1} køb forventet ud fra deres købsmønster</translation>
    </message>
    <message>
        <source>Best time to reach: {0}, {1}–{2} h{3} ({4} of their contacts)</source>
        <translation>Bedste tidspunkt at nå dem: {0}, kl. {1}–{2}{3} ({4} af deres henvendelser)</translation>
    </message>
    <message>
        <source>Buys most: {0}, {1}–{2} h{3} ({4} of their purchases)</source>
        <translation>Køber mest: {0}, kl. {1}–{2}{3} ({4} af deres køb)</translation>
    </message>
    <message>
        <source>#{0}</source>
        <translation>#{0}</translation>
    </message>
    <message>
        <source>No segments yet. Train a model first: the segments, their risks and the recommended actions appear here once it exists.</source>
        <translation>Ingen segmenter endnu. Træn først en model: segmenterne, deres risici og de anbefalede handlinger vises her, når den findes.</translation>
    </message>
    <message>
        <source>Likely still buying (%)</source>
        <translation>Køber sandsynligvis stadig (%)</translation>
    </message>
    <message>
        <source>No segment has at least {0} customers, so none can be shown. Lower the smallest segment size in Settings or import more customers, then retrain.</source>
        <translation>Intet segment har mindst {0} kunder, så intet kan vises. Sænk den mindste segmentstørrelse under Indstillinger, eller importér flere kunder, og træn derefter igen.</translation>
    </message>
    <message>
        <source>Retrain recommended: these segments were computed from data that includes people since excluded (opt-out, erasure or retention cleanup). Their figures are recounted without them; train again on the Models page for new segments.</source>
        <translation>Gentræning anbefales: disse segmenter blev beregnet ud fra data, der omfatter personer, som siden er udelukket (indsigelse, sletning eller oprydning efter opbevaringsperioden). Deres tal er talt op igen uden dem; træn igen på siden Modeller for at få nye segmenter.</translation>
    </message>
    <message>
        <source>Revenue at risk = churn risk × {0}.</source>
        <translation>Omsætning i risiko = afgangsrisiko × {0}.</translation>
    </message>
    <message>
        <source>Forecast tickets: each segment&apos;s share of the support tickets expected in the next {0} weeks.</source>
        <translation>Forventede sager: hvert segments andel af de supportsager, der forventes de næste {0} uger.</translation>
    </message>
    <message>
        <source>Ticket forecast not available: {0}</source>
        <translation>Prognose for sager ikke tilgængelig: {0}</translation>
    </message>
    <message>
        <source>#{0} {1}</source>
        <translation>#{0} {1}</translation>
    </message>
    <message>
        <source>{0} customers</source>
        <translation>{0} kunder</translation>
    </message>
    <message>
        <source>churn risk {0}</source>
        <translation>afgangsrisiko {0}</translation>
    </message>
    <message>
        <source>expected churners {0}</source>
        <translation>forventede tabte kunder {0}</translation>
    </message>
    <message>
        <source>revenue at risk {0}</source>
        <translation>omsætning i risiko {0}</translation>
    </message>
    <message>
        <source>purchase propensity {0}</source>
        <translation>købstilbøjelighed {0}</translation>
    </message>
    <message>
        <source>What sets it apart:</source>
        <translation>Hvad der kendetegner det:</translation>
    </message>
    <message>
        <source>Recommended action: {0} (because {1}).</source>
        <translation>Anbefalet handling: {0} (fordi {1}).</translation>
    </message>
    <message>
        <source>What drives churn across all customers:</source>
        <translation>Hvad der driver kundeafgang på tværs af alle kunder:</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>Unlocking</source>
        <translation>Låser op</translation>
    </message>
    <message>
        <source>Creating the project</source>
        <translation>Opretter projektet</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>Customer analytics: predicting churn, purchases and support load to offer customers timely help</source>
        <translation>Kundeanalyse: forudsigelse af kundeafgang, køb og supportbelastning for at kunne tilbyde kunderne rettidig hjælp</translation>
    </message>
    <message>
        <source>None — processing is local and offline; no data is disclosed to anyone</source>
        <translation>Ingen — behandlingen er lokal og offline; ingen data videregives til nogen</translation>
    </message>
    <message>
        <source>None — the data never leaves this computer</source>
        <translation>Ingen — dataene forlader aldrig denne computer</translation>
    </message>
    <message>
        <source>no longer needed for the analysis 36 months after the customer&apos;s last activity</source>
        <translation>ikke længere nødvendige for analysen 36 måneder efter kundens seneste aktivitet</translation>
    </message>
    <message>
        <source>bookkeeping period (10 years by default; set it to the period your country&apos;s law requires)</source>
        <translation>bogføringsperiode (10 år som standard; sæt den til den periode, som dit lands lovgivning kræver)</translation>
    </message>
    <message>
        <source>24 months after the ticket was closed (or created, when it has no closure date)</source>
        <translation>24 måneder efter at sagen blev lukket (eller oprettet, hvis den ingen lukkedato har)</translation>
    </message>
    <message>
        <source>24 months after the usage event</source>
        <translation>24 måneder efter brugshændelsen</translation>
    </message>
    <message>
        <source>24 months after the campaign&apos;s start: long enough to measure it over the exports that follow</source>
        <translation>24 måneder efter kampagnens start: længe nok til at måle den over de eksporter, der følger</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>Indstillinger</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>Denne computer</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Systemets sprog</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min.</translation>
    </message>
    <message>
        <source>Save &amp;preferences</source>
        <translation>Gem &amp;præferencer</translation>
    </message>
    <message>
        <source>&amp;Operator name (in the processing log):</source>
        <translation>&amp;Operatørnavn (i behandlingsloggen):</translation>
    </message>
    <message>
        <source>&amp;Language (after restart):</source>
        <translation>&amp;Sprog (efter genstart):</translation>
    </message>
    <message>
        <source>&amp;Lock after idle:</source>
        <translation>&amp;Lås efter inaktivitet:</translation>
    </message>
    <message>
        <source>Could not save the preferences: {0}</source>
        <translation>Præferencerne kunne ikke gemmes: {0}</translation>
    </message>
    <message>
        <source>Preferences saved.</source>
        <translation>Præferencerne er gemt.</translation>
    </message>
    <message>
        <source>This project</source>
        <translation>Dette projekt</translation>
    </message>
    <message>
        <source>Support cost per mont&amp;h (0 = not entered):</source>
        <translation>Supportomkostninger pr. m&amp;åned (0 = ikke angivet):</translation>
    </message>
    <message>
        <source>Cost of the pilot itse&amp;lf (0 = not entered):</source>
        <translation>Omkostninger til selve pilotprojektet (0 = ikke an&amp;givet):</translation>
    </message>
    <message>
        <source>Customer &amp;value column (empty = found in the data):</source>
        <translation>Kolonne med kundev&amp;ærdi (tom = findes i dataene):</translation>
    </message>
    <message>
        <source>Curre&amp;ncy (for example EUR):</source>
        <translation>V&amp;aluta (f.eks. EUR):</translation>
    </message>
    <message>
        <source> days</source>
        <translation> dage</translation>
    </message>
    <message>
        <source>&amp;Controller (your business):</source>
        <translation>&amp;Dataansvarlig (din virksomhed):</translation>
    </message>
    <message>
        <source>Controller con&amp;tact:</source>
        <translation>&amp;Kontakt til dataansvarlig:</translation>
    </message>
    <message>
        <source>&amp;DPO contact:</source>
        <translation>Kontakt til data&amp;beskyttelsesrådgiver:</translation>
    </message>
    <message>
        <source>Reci&amp;pients:</source>
        <translation>&amp;Modtagere:</translation>
    </message>
    <message>
        <source>Third-country trans&amp;fers:</source>
        <translation>Overførsler til &amp;tredjelande:</translation>
    </message>
    <message>
        <source>Retention (in &amp;words):</source>
        <translation>Opbe&amp;varing (med ord):</translation>
    </message>
    <message>
        <source>Organisational &amp;measures:</source>
        <translation>Organisatoriske fora&amp;nstaltninger:</translation>
    </message>
    <message>
        <source>&amp;Save project settings</source>
        <translation>Gem pro&amp;jektindstillinger</translation>
    </message>
    <message>
        <source>Retention &amp;policies…</source>
        <translation>Opbevaringsr&amp;egler…</translation>
    </message>
    <message>
        <source>Default p&amp;urpose:</source>
        <translation>Standardfo&amp;rmål:</translation>
    </message>
    <message>
        <source>Default le&amp;gal basis:</source>
        <translation>Standardretsgr&amp;undlag:</translation>
    </message>
    <message>
        <source>S&amp;mallest segment shown (k):</source>
        <translation>M&amp;indste viste segment (k):</translation>
    </message>
    <message>
        <source>Recommend retraining a&amp;fter:</source>
        <translation>Foreslå n&amp;y træning efter:</translation>
    </message>
    <message>
        <source>Nothing changed.</source>
        <translation>Intet er ændret.</translation>
    </message>
    <message>
        <source>Saving settings</source>
        <translation>Gemmer indstillinger</translation>
    </message>
    <message>
        <source>Project settings saved and logged.</source>
        <translation>Projektindstillingerne er gemt og logført.</translation>
    </message>
</context>
<context>
    <name>StartCampaignDialog</name>
    <message>
        <source>Start campaign</source>
        <translation>Start kampagne</translation>
    </message>
    <message>
        <source>A campaign acts on the customers of the chosen segments and holds a random share of them back as a control group, who are not contacted: comparing the two later shows what the action changed. Customers who objected (opt-outs) are in neither group. The next step shows what the campaign can detect before anything is recorded.</source>
        <translation>En kampagne retter sig mod kunderne i de valgte segmenter og holder en tilfældig andel af dem tilbage som kontrolgruppe, der ikke kontaktes: en senere sammenligning af de to viser, hvad handlingen ændrede. Kunder, der har gjort indsigelse, er ikke i nogen af grupperne. Næste trin viser, hvad kampagnen kan påvise, før noget registreres.</translation>
    </message>
    <message>
        <source>Segments</source>
        <translation>Segmenter</translation>
    </message>
    <message>
        <source>#{0} {1} ({2} customers)</source>
        <translation>#{0} {1} ({2} kunder)</translation>
    </message>
    <message>
        <source>e.g. call customers at risk to offer help</source>
        <translation>f.eks. ringe til kunder i risiko for at tilbyde hjælp</translation>
    </message>
    <message>
        <source>the segment&apos;s suggested action</source>
        <translation>segmentets foreslåede handling</translation>
    </message>
    <message>
        <source>default: the segments&apos; names</source>
        <translation>standard: segmenternes navne</translation>
    </message>
    <message>
        <source>optional, for the return on investment</source>
        <translation>valgfrit, til beregning af investeringsafkastet</translation>
    </message>
    <message>
        <source>&amp;Plan campaign</source>
        <translation>&amp;Planlæg kampagne</translation>
    </message>
    <message>
        <source>&amp;Segments:</source>
        <translation>&amp;Segmenter:</translation>
    </message>
    <message>
        <source>P&amp;urpose (required):</source>
        <translation>For&amp;mål (påkrævet):</translation>
    </message>
    <message>
        <source>Le&amp;gal basis:</source>
        <translation>&amp;Retsgrundlag:</translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation>Hand&amp;ling:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Navn:</translation>
    </message>
    <message>
        <source>S&amp;tart date:</source>
        <translation>S&amp;tartdato:</translation>
    </message>
    <message>
        <source>&amp;Held back as control group:</source>
        <translation>&amp;Holdes tilbage som kontrolgruppe:</translation>
    </message>
    <message>
        <source>&amp;Cost per contact:</source>
        <translation>&amp;Omkostning pr. kontakt:</translation>
    </message>
    <message>
        <source>Choose at least one segment for the campaign.</source>
        <translation>Vælg mindst ét segment til kampagnen.</translation>
    </message>
    <message>
        <source>State the purpose of the campaign: it is recorded in the processing log and the record of processing activities.</source>
        <translation>Angiv formålet med kampagnen: det registreres i behandlingsloggen og i fortegnelsen over behandlingsaktiviteter.</translation>
    </message>
    <message>
        <source>The cost per contact must be a number of 0 or more, or empty.</source>
        <translation>Omkostningen pr. kontakt skal være et tal på 0 eller derover eller være tom.</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <source>Recent projects</source>
        <translation>Seneste projekter</translation>
    </message>
    <message>
        <source>&amp;New project…</source>
        <translation>&amp;Nyt projekt…</translation>
    </message>
    <message>
        <source>&amp;Open project…</source>
        <translation>Å&amp;bn projekt…</translation>
    </message>
    <message>
        <source>Try the &amp;demo</source>
        <translation>Prøv &amp;demoen</translation>
    </message>
    <message>
        <source>Creates a demo project from the bundled fictional CRM exports, imports and trains it, then opens it.</source>
        <translation>Opretter et demoprojekt ud fra de medfølgende fiktive CRM-eksporter, importerer og træner det og åbner det derefter.</translation>
    </message>
    <message>
        <source>&amp;Verify a processing log…</source>
        <translation>&amp;Verificér en behandlingslog…</translation>
    </message>
    <message>
        <source>For the data-protection officer: check a project&apos;s processing log and read its entries without the project&apos;s passphrase.</source>
        <translation>Til databeskyttelsesrådgiveren: kontrollér et projekts behandlingslog, og læs dens poster uden projektets adgangsfrase.</translation>
    </message>
    <message>
        <source>Prevista</source>
        <translation>Prevista</translation>
    </message>
    <message>
        <source>Predict churn, purchases and support load from your own CRM exports — offline, with every customer pseudonymized.</source>
        <translation>Forudsig kundeafgang, køb og supportbelastning ud fra dine egne CRM-eksporter – offline, med hver kunde pseudonymiseret.</translation>
    </message>
    <message>
        <source>&amp;Recent projects:</source>
        <translation>&amp;Seneste projekter:</translation>
    </message>
    <message>
        <source>{0} (not found)</source>
        <translation>{0} (ikke fundet)</translation>
    </message>
    <message>
        <source>Open a Prevista project folder</source>
        <translation>Åbn en Prevista-projektmappe</translation>
    </message>
    <message>
        <source>{0} is not a Prevista project folder.</source>
        <translation>{0} er ikke en Prevista-projektmappe.</translation>
    </message>
    <message>
        <source>Building the demo project</source>
        <translation>Opretter demoprojektet</translation>
    </message>
    <message>
        <source>Demo project created in {0}; its passphrase is &quot;{1}&quot;.</source>
        <translation>Demoprojektet er oprettet i {0}; dets adgangsfrase er “{1}”.</translation>
    </message>
</context>
<context>
    <name>TableKind</name>
    <message>
        <source>customers</source>
        <translation>kunder</translation>
    </message>
    <message>
        <source>transactions</source>
        <translation>transaktioner</translation>
    </message>
    <message>
        <source>interactions</source>
        <translation>interaktioner</translation>
    </message>
    <message>
        <source>usage events</source>
        <translation>brugshændelser</translation>
    </message>
</context>
<context>
    <name>Tables</name>
    <message>
        <source>Customers</source>
        <translation>Kunder</translation>
    </message>
    <message>
        <source>Transactions</source>
        <translation>Transaktioner</translation>
    </message>
    <message>
        <source>Interactions</source>
        <translation>Interaktioner</translation>
    </message>
    <message>
        <source>Usage</source>
        <translation>Brug</translation>
    </message>
    <message>
        <source>Campaign members</source>
        <translation>Kampagnedeltagere</translation>
    </message>
    <message>
        <source>Campaign contact outcomes</source>
        <translation>Kampagners kontaktresultater</translation>
    </message>
</context>
<context>
    <name>UnlockPanel</name>
    <message>
        <source>Passphrase</source>
        <translation>Adgangsfrase</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>Lås &amp;op</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Tilbage</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Adgangsfrase:</translation>
    </message>
    <message>
        <source>Locked after a period without activity. Type the passphrase of {0} to continue.</source>
        <translation>Låst efter en periode uden aktivitet. Skriv adgangsfrasen til {0} for at fortsætte.</translation>
    </message>
    <message>
        <source>Type the passphrase of {0}.</source>
        <translation>Skriv adgangsfrasen til {0}.</translation>
    </message>
    <message>
        <source>{0} is not a Prevista project (or it was moved).</source>
        <translation>{0} er ikke et Prevista-projekt (eller det er blevet flyttet).</translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation>Låser op…</translation>
    </message>
</context>
<context>
    <name>VerifyLogPanel</name>
    <message>
        <source>Verify a processing log</source>
        <translation>Verificér en behandlingslog</translation>
    </message>
    <message>
        <source>For the data-protection officer: check that nobody changed a project&apos;s processing log, without its passphrase. Pick the log package exported on the Privacy screen (or the log file, or a handover bundle) and type the key fingerprint you kept when the project was created.</source>
        <translation>Til databeskyttelsesrådgiveren: kontrollér, at ingen har ændret et projekts behandlingslog, uden projektets adgangsfrase. Vælg den logpakke, der er eksporteret på skærmen Databeskyttelse (eller logfilen eller en overdragelsespakke), og skriv det nøglefingeraftryk, du gemte, da projektet blev oprettet.</translation>
    </message>
    <message>
        <source>Log, package or bundle</source>
        <translation>Log, pakke eller overdragelsespakke</translation>
    </message>
    <message>
        <source>Public key file</source>
        <translation>Fil med offentlig nøgle</translation>
    </message>
    <message>
        <source>Optional: the key in the package or beside the log is used</source>
        <translation>Valgfrit: nøglen i pakken eller ved siden af loggen bruges</translation>
    </message>
    <message>
        <source>Earlier package or checkpoint</source>
        <translation>Tidligere pakke eller kontrolpunkt</translation>
    </message>
    <message>
        <source>Optional: shows whether entries were removed or changed since</source>
        <translation>Valgfrit: viser, om poster er fjernet eller ændret siden</translation>
    </message>
    <message>
        <source>Key fingerprint</source>
        <translation>Nøglens fingeraftryk</translation>
    </message>
    <message>
        <source>64 hexadecimal digits, as shown when the project was created</source>
        <translation>64 hexadecimale cifre, som vist, da projektet blev oprettet</translation>
    </message>
    <message>
        <source>Br&amp;owse…</source>
        <translation>G&amp;ennemse…</translation>
    </message>
    <message>
        <source>Brow&amp;se…</source>
        <translation>Genne&amp;mse…</translation>
    </message>
    <message>
        <source>Brows&amp;e…</source>
        <translation>Gennem&amp;se…</translation>
    </message>
    <message>
        <source>&amp;Log, package or bundle:</source>
        <translation>&amp;Log, pakke eller overdragelsespakke:</translation>
    </message>
    <message>
        <source>Public &amp;key file:</source>
        <translation>Fil med offentlig &amp;nøgle:</translation>
    </message>
    <message>
        <source>Key fin&amp;gerprint:</source>
        <translation>Nøglens &amp;fingeraftryk:</translation>
    </message>
    <message>
        <source>Earlier pa&amp;ckage or checkpoint:</source>
        <translation>Tidligere pakke eller &amp;kontrolpunkt:</translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation>&amp;Verificér</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>Eksportér &amp;PDF…</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Tilbage</translation>
    </message>
    <message>
        <source>Choose the processing log, log package or handover bundle</source>
        <translation>Vælg behandlingsloggen, logpakken eller overdragelsespakken</translation>
    </message>
    <message>
        <source>Logs and packages (*.zip *.jsonl);;All files (*)</source>
        <translation>Logfiler og pakker (*.zip *.jsonl);;Alle filer (*)</translation>
    </message>
    <message>
        <source>Choose the log&apos;s public key</source>
        <translation>Vælg loggens offentlige nøgle</translation>
    </message>
    <message>
        <source>Public key (*.pub *.pem);;All files (*)</source>
        <translation>Offentlig nøgle (*.pub *.pem);;Alle filer (*)</translation>
    </message>
    <message>
        <source>Choose the earlier log package or checkpoint you kept</source>
        <translation>Vælg den tidligere logpakke eller det kontrolpunkt, du har gemt</translation>
    </message>
    <message>
        <source>Packages and checkpoints (*.zip *.json);;All files (*)</source>
        <translation>Pakker og kontrolpunkter (*.zip *.json);;Alle filer (*)</translation>
    </message>
    <message>
        <source>Choose the log, package or bundle first.</source>
        <translation>Vælg først loggen, pakken eller overdragelsespakken.</translation>
    </message>
    <message>
        <source>Verifying the processing log</source>
        <translation>Verificerer behandlingsloggen</translation>
    </message>
    <message>
        <source>FAILED: {0}. The entries below are as read from the file and cannot be relied on from entry {1} on.</source>
        <translation>MISLYKKEDES: {0}. Posterne nedenfor er, som de blev læst fra filen, og der kan ikke stoles på dem fra post {1} og frem.</translation>
    </message>
    <message>
        <source>OK: {0} entries, hash chain intact, every entry and the head signed by the project&apos;s key you kept, and the log continues the earlier package or checkpoint: nothing up to it was removed or changed.</source>
        <translation>OK: {0} poster, hashkæden er intakt, hver post og kædens ende er signeret med projektets nøgle, som du har gemt, og loggen fortsætter den tidligere pakke eller det tidligere kontrolpunkt: intet frem til det er fjernet eller ændret.</translation>
    </message>
    <message>
        <source>OK: {0} entries, hash chain intact, every entry and the head signed by the project&apos;s key with the fingerprint you kept.</source>
        <translation>OK: {0} poster, hashkæden er intakt, hver post og kædens ende er signeret med projektets nøgle med det fingeraftryk, du har gemt.</translation>
    </message>
    <message>
        <source>Hash chain intact and signed ({0} entries), but only by the key that came with the log (fingerprint {1}): whoever could change the log could have replaced that key too. Type the fingerprint you kept to be sure.</source>
        <translation>Hashkæden er intakt og signeret ({0} poster), men kun med den nøgle, der fulgte med loggen (fingeraftryk {1}): den, der kunne ændre loggen, kunne også have udskiftet nøglen. Skriv det fingeraftryk, du har gemt, for at være sikker.</translation>
    </message>
    <message>
        <source>OK: {0} entries, hash chain intact; signatures NOT checked (no public key): anyone can rebuild a hash chain.</source>
        <translation>OK: {0} poster, hashkæden er intakt; signaturerne er IKKE kontrolleret (ingen offentlig nøgle): enhver kan genopbygge en hashkæde.</translation>
    </message>
    <message>
        <source>Export the processing log as PDF</source>
        <translation>Eksportér behandlingsloggen som PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Writing the PDF</source>
        <translation>Skriver PDF-filen</translation>
    </message>
    <message>
        <source>Wrote the processing log as PDF to {0}.</source>
        <translation>Skrev behandlingsloggen som PDF til {0}.</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>Screens</source>
        <translation>Skærme</translation>
    </message>
</context>
</TS>
