<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE" sourcelanguage="en">
<context>
    <name>Actions</name>
    <message>
        <source>Check in personally to learn what would help them stay</source>
        <translation>Hör av dig personligen för att ta reda på vad som skulle få dem att stanna</translation>
    </message>
    <message>
        <source>Keep in touch with regular, useful updates</source>
        <translation>Håll kontakten med regelbundna, användbara uppdateringar</translation>
    </message>
    <message>
        <source>Thank them with a loyalty perk or invite them to refer others</source>
        <translation>Tacka dem med en lojalitetsförmån eller be dem rekommendera er till andra</translation>
    </message>
    <message>
        <source>Call them for a check-in and offer a short refresher on the features they use less</source>
        <translation>Ring dem för att höra hur det går och erbjud en kort repetition av de funktioner de använder mindre</translation>
    </message>
    <message>
        <source>Offer a billing review and payment terms that suit them</source>
        <translation>Erbjud en genomgång av faktureringen och betalningsvillkor som passar dem</translation>
    </message>
    <message>
        <source>Have a support specialist resolve their open issues before they ask again</source>
        <translation>Låt en supportspecialist lösa deras öppna ärenden innan de hör av sig igen</translation>
    </message>
    <message>
        <source>Ask for their feedback and follow up personally on what went wrong</source>
        <translation>Be om deras synpunkter och följ personligen upp det som gick fel</translation>
    </message>
    <message>
        <source>Offer a guided session on the paid features they have not used yet</source>
        <translation>Erbjud en guidad genomgång av de betalda funktioner som de ännu inte har använt</translation>
    </message>
    <message>
        <source>Give them extra onboarding help in their first months</source>
        <translation>Ge dem extra hjälp att komma igång under de första månaderna</translation>
    </message>
    <message>
        <source>Remind them of add-ons that saved them time before</source>
        <translation>Påminn dem om tillägg som tidigare har sparat tid åt dem</translation>
    </message>
    <message>
        <source>Suggest the plan or add-ons that fit their growing use</source>
        <translation>Föreslå det abonnemang eller de tillägg som passar deras ökande användning</translation>
    </message>
    <message>
        <source>Offer extra licences on good terms as their team grows</source>
        <translation>Erbjud fler licenser på goda villkor när deras team växer</translation>
    </message>
    <message>
        <source>Send a personal note with something useful for what they bought before</source>
        <translation>Skicka ett personligt meddelande med något användbart till det de har köpt tidigare</translation>
    </message>
    <message>
        <source>Re-engage them with a personal message about what is new for them</source>
        <translation>Väck deras intresse igen med ett personligt meddelande om vad som är nytt för dem</translation>
    </message>
    <message>
        <source>Give them extra onboarding help and a named contact in their first months</source>
        <translation>Ge dem extra hjälp att komma igång och en egen kontaktperson under de första månaderna</translation>
    </message>
    <message>
        <source>Review their plan with them so they pay only for what they use</source>
        <translation>Gå igenom deras abonnemang med dem så att de bara betalar för det de använder</translation>
    </message>
    <message>
        <source>Show them one more product that fits what they already use</source>
        <translation>Visa dem ytterligare en produkt som passar det de redan använder</translation>
    </message>
    <message>
        <source>Offer them a personal adviser and a review of their terms</source>
        <translation>Erbjud dem en personlig rådgivare och en genomgång av deras villkor</translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <source>Message</source>
        <translation>Meddelande</translation>
    </message>
</context>
<context>
    <name>CampaignActions</name>
    <message>
        <source>Planning the campaign</source>
        <translation>Planerar kampanjen</translation>
    </message>
    <message>
        <source>Campaign “{0}” from {1}: about {2} customers to act on, {3} held back at random as the control group (not contacted, never exported).</source>
        <translation>Kampanj ”{0}” från {1}: omkring {2} kunder som åtgärden riktas mot, {3} slumpmässigt undanhållna som kontrollgrupp (kontaktas inte, exporteras aldrig).</translation>
    </message>
    <message>
        <source>Action: {0}</source>
        <translation>Åtgärd: {0}</translation>
    </message>
    <message>
        <source>It can detect a change in churn of {0:.0f} points or more (churn risk of these customers: {1:.0%}).</source>
        <translation>Den kan upptäcka en förändring i kundbortfallet på {0:.0f} procentenheter eller mer (bortfallsrisk för dessa kunder: {1:.0%}).</translation>
    </message>
    <message>
        <source>About {0} customers are left out: they are in a campaign that started recently.</source>
        <translation>Omkring {0} kunder utelämnas: de ingår i en kampanj som startade nyligen.</translation>
    </message>
    <message>
        <source>Warnings:</source>
        <translation>Varningar:</translation>
    </message>
    <message>
        <source>Nobody in these segments can be in a new campaign, so it was not started.</source>
        <translation>Ingen i dessa segment kan ingå i en ny kampanj, så den startades inte.</translation>
    </message>
    <message>
        <source>Start this campaign? It is recorded in the processing log with its purpose, and the random seed that drew the control group is logged so it can be redrawn.</source>
        <translation>Vill du starta den här kampanjen? Den registreras i behandlingsloggen med sitt ändamål, och slumpfröet som drog kontrollgruppen loggas så att den kan dras på nytt.</translation>
    </message>
    <message>
        <source>Start campaign</source>
        <translation>Starta kampanj</translation>
    </message>
    <message>
        <source>The campaign was not started; nothing was recorded.</source>
        <translation>Kampanjen startades inte; inget registrerades.</translation>
    </message>
    <message>
        <source>Starting the campaign</source>
        <translation>Startar kampanjen</translation>
    </message>
    <message>
        <source>Started campaign {0} “{1}” (processing log entry {2}): {3} customers to act on, {4} held back. The Campaigns page shows it and measures it once later exports are imported.</source>
        <translation>Startade kampanj {0} ”{1}” (post {2} i behandlingsloggen): {3} kunder som åtgärden riktas mot, {4} undanhållna. Sidan Kampanjer visar den och mäter den när senare exporter har importerats.</translation>
    </message>
    <message>
        <source>Save the contact list</source>
        <translation>Spara kontaktlistan</translation>
    </message>
    <message>
        <source>Save the contact list of campaign {0} now? It names the customers to act on; the control group is never in it. You can also save it later on the Campaigns page.</source>
        <translation>Vill du spara kontaktlistan för kampanj {0} nu? Den anger de kunder som åtgärden riktas mot; kontrollgruppen finns aldrig med. Du kan också spara den senare på sidan Kampanjer.</translation>
    </message>
    <message>
        <source>Save the contact list (treated customers only)</source>
        <translation>Spara kontaktlistan (endast testgruppen)</translation>
    </message>
    <message>
        <source>campaign-{0}-contacts.csv</source>
        <translation>kampanj-{0}-kontakter.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-filer (*.csv)</translation>
    </message>
    <message>
        <source>Writing the contact list</source>
        <translation>Skriver kontaktlistan</translation>
    </message>
    <message>
        <source>{0} customers to act on written to {1} (processing log entry {2}); the control group is not in it. This file holds personal data: keep it out of shared folders and e-mail, and delete it when the action is done.</source>
        <translation>{0} kunder som åtgärden riktas mot skrevs till {1} (post {2} i behandlingsloggen); kontrollgruppen finns inte med. Filen innehåller personuppgifter: håll den borta från delade mappar och e-post och radera den när åtgärden är klar.</translation>
    </message>
</context>
<context>
    <name>Campaigns</name>
    <message>
        <source>No data after the start ({0}) yet: import the next exports, then measure again.</source>
        <translation>Inga data efter starten ({0}) ännu: importera nästa exporter och mät sedan igen.</translation>
    </message>
    <message>
        <source>No customers export imported since the start ({0}): a snapshot shows churn only in a later export.</source>
        <translation>Ingen kundexport har importerats sedan starten ({0}): en ögonblicksbild visar kundbortfall först i en senare export.</translation>
    </message>
    <message>
        <source>The customers export has no churn label to measure churn by.</source>
        <translation>Kundexporten har ingen bortfallsetikett att mäta kundbortfallet med.</translation>
    </message>
    <message>
        <source>the churn label in the latest customers export</source>
        <translation>bortfallsetiketten i den senaste kundexporten</translation>
    </message>
    <message>
        <source>fewer than {0} customers in an arm</source>
        <translation>färre än {0} kunder i en grupp</translation>
    </message>
    <message>
        <source>Fewer than {0} customers in an arm: nothing can be published.</source>
        <translation>Färre än {0} kunder i en grupp: inget kan publiceras.</translation>
    </message>
    <message>
        <source>No spend was measured (the data has no order values), so no return can be shown.</source>
        <translation>Inget köpbelopp mättes (data saknar ordervärden), så ingen avkastning kan visas.</translation>
    </message>
    <message>
        <source>No cost per contact was entered, so no ROI can be worked out.</source>
        <translation>Ingen kostnad per kontakt angavs, så ingen avkastning på investeringen kan beräknas.</translation>
    </message>
    <message>
        <source>It paid off: even the low end of the interval returns more than it cost.</source>
        <translation>Det lönade sig: även intervallets nedre gräns ger mer än det kostade.</translation>
    </message>
    <message>
        <source>It did not pay off: even the high end of the interval returns less than it cost.</source>
        <translation>Det lönade sig inte: även intervallets övre gräns ger mindre än det kostade.</translation>
    </message>
    <message>
        <source>Whether it paid off cannot be told yet: the interval spans both a loss and a gain.</source>
        <translation>Det går ännu inte att säga om det lönade sig: intervallet omfattar både en förlust och en vinst.</translation>
    </message>
    <message>
        <source>Nobody is held back: whether the action helped can never be measured.</source>
        <translation>Ingen hålls undan som kontrollgrupp: om åtgärden hjälpte kan aldrig mätas.</translation>
    </message>
    <message>
        <source>An arm has fewer than {0} customers: its results will be withheld.</source>
        <translation>En grupp har färre än {0} kunder: dess resultat kommer att undanhållas.</translation>
    </message>
    <message>
        <source>With about {0} treated and {1} held back, the campaign can only detect a change in churn of {2} points or more, while a good action plausibly changes it by about {3} points: choose more segments or a larger control group, or expect &apos;no effect measurable&apos;.</source>
        <translation>Med omkring {0} i testgruppen och {1} i kontrollgruppen kan kampanjen bara upptäcka en förändring i kundbortfallet på {2} procentenheter eller mer, medan en bra åtgärd rimligen ändrar det med omkring {3} procentenheter: välj fler segment eller en större kontrollgrupp, eller räkna med &apos;ingen mätbar effekt&apos;.</translation>
    </message>
    <message>
        <source>churn</source>
        <translation>kundbortfall</translation>
    </message>
    <message>
        <source>purchases</source>
        <translation>köp</translation>
    </message>
    <message>
        <source>spend per customer</source>
        <translation>köpbelopp per kund</translation>
    </message>
    <message>
        <source>tickets per customer</source>
        <translation>ärenden per kund</translation>
    </message>
    <message>
        <source>{0} points</source>
        <translation>{0} procentenheter</translation>
    </message>
    <message>
        <source>{0:.0%} interval {1} to {2} points</source>
        <translation>{0:.0%}-intervall {1} till {2} procentenheter</translation>
    </message>
    <message>
        <source>{0:.0%} interval {1} to {2}</source>
        <translation>{0:.0%}-intervall {1} till {2}</translation>
    </message>
    <message>
        <source>No effect on {0} measurable yet ({1}); come back after the next export.</source>
        <translation>Ingen mätbar effekt på {0} ännu ({1}); kom tillbaka efter nästa export.</translation>
    </message>
    <message>
        <source>No effect on {0} measurable yet: {1} customers in the smaller group ({2}); come back after the next export.</source>
        <translation>Ingen mätbar effekt på {0} ännu: {1} kunder i den mindre gruppen ({2}); kom tillbaka efter nästa export.</translation>
    </message>
    <message>
        <source>Reduced {0} by {1} ({2}).</source>
        <translation>Minskade {0} med {1} ({2}).</translation>
    </message>
    <message>
        <source>Raised {0} by {1} ({2}).</source>
        <translation>Ökade {0} med {1} ({2}).</translation>
    </message>
    <message>
        <source>Reduced {0} by {1} ({2}) — the action seems to have made this worse.</source>
        <translation>Minskade {0} med {1} ({2}) – åtgärden verkar ha gjort det sämre.</translation>
    </message>
    <message>
        <source>Raised {0} by {1} ({2}) — the action seems to have made this worse.</source>
        <translation>Ökade {0} med {1} ({2}) – åtgärden verkar ha gjort det sämre.</translation>
    </message>
</context>
<context>
    <name>CampaignsPage</name>
    <message>
        <source>Churn</source>
        <translation>Kundbortfall</translation>
    </message>
    <message>
        <source>Purchases</source>
        <translation>Köp</translation>
    </message>
    <message>
        <source>Spend per customer</source>
        <translation>Köpbelopp per kund</translation>
    </message>
    <message>
        <source>Support tickets per customer</source>
        <translation>Supportärenden per kund</translation>
    </message>
    <message>
        <source>Its campaigns were erased with it; none can be started.</source>
        <translation>Dess kampanjer raderades tillsammans med den; inga kampanjer kan startas.</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>Kampanjer</translation>
    </message>
    <message>
        <source>No campaigns yet. Start one from a segment: on the Segments page choose the segment, then Start campaign. A random share of its customers is held back, so that the difference shows later what the action changed.</source>
        <translation>Inga kampanjer ännu. Starta en utifrån ett segment: välj segmentet på sidan Segment och sedan Starta kampanj. En slumpmässig andel av dess kunder undanhålls, så att skillnaden senare visar vad åtgärden förändrade.</translation>
    </message>
    <message>
        <source>Go to &amp;Segments</source>
        <translation>Gå till &amp;Segment</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Kampanj</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Treated</source>
        <translation>Testgrupp</translation>
    </message>
    <message>
        <source>Held back</source>
        <translation>Kontrollgrupp</translation>
    </message>
    <message>
        <source>Latest result</source>
        <translation>Senaste resultat</translation>
    </message>
    <message>
        <source>Selected campaign</source>
        <translation>Vald kampanj</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Utfall</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Skillnad</translation>
    </message>
    <message>
        <source>{0:.0%} interval</source>
        <translation>{0:.0%}-intervall</translation>
    </message>
    <message>
        <source>Measured outcomes</source>
        <translation>Uppmätta utfall</translation>
    </message>
    <message>
        <source>Campaign result chart</source>
        <translation>Diagram över kampanjens resultat</translation>
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
        <translation>Resultat per segment</translation>
    </message>
    <message>
        <source>&amp;Measure now</source>
        <translation>&amp;Mät nu</translation>
    </message>
    <message>
        <source>Measure from the data imported so far and keep the result (logged)</source>
        <translation>Mät utifrån de data som har importerats hittills och spara resultatet (loggas)</translation>
    </message>
    <message>
        <source>E&amp;xport contact list…</source>
        <translation>E&amp;xportera kontaktlista…</translation>
    </message>
    <message>
        <source>Write the customers to act on to a CSV file (logged)</source>
        <translation>Skriv de kunder som åtgärden riktas mot till en CSV-fil (loggas)</translation>
    </message>
    <message>
        <source>&amp;Import contact outcomes…</source>
        <translation>&amp;Importera kontaktresultat…</translation>
    </message>
    <message>
        <source>The CRM&apos;s record of who was reached (and who accepted the offer), for the effect among those reached (logged)</source>
        <translation>CRM:ets uppgifter om vilka som nåddes (och vilka som tackade ja till erbjudandet), för effekten bland dem som nåddes (loggas)</translation>
    </message>
    <message>
        <source>The contact list holds the treated customers only. The control group is never exported: they are held back so that comparing the two shows what the action changed.</source>
        <translation>Kontaktlistan innehåller endast kunderna i testgruppen. Kontrollgruppen exporteras aldrig: den undanhålls så att en jämförelse av de två visar vad åtgärden förändrade.</translation>
    </message>
    <message>
        <source>not measured yet</source>
        <translation>inte mätt ännu</translation>
    </message>
    <message>
        <source>#{0} {1}</source>
        <translation>#{0} {1}</translation>
    </message>
    <message>
        <source>Measured {0} (recorded).</source>
        <translation>Mätt {0} (registrerat).</translation>
    </message>
    <message>
        <source>Action: {0}</source>
        <translation>Åtgärd: {0}</translation>
    </message>
    <message>
        <source>Purpose: {0} ({1})</source>
        <translation>Ändamål: {0} ({1})</translation>
    </message>
    <message>
        <source>Started {0} on segments {1}; {2:.0%} held back at random (the seed is in the processing log).</source>
        <translation>Startad {0} för segmenten {1}; {2:.0%} slumpmässigt undanhållna (fröet finns i behandlingsloggen).</translation>
    </message>
    <message>
        <source>At the start it could detect a change in churn of {0:.0f} points or more.</source>
        <translation>Vid starten kunde den upptäcka en förändring i kundbortfallet på {0:.0f} procentenheter eller mer.</translation>
    </message>
    <message>
        <source>At the start it was too small to detect a change in churn.</source>
        <translation>Vid starten var den för liten för att upptäcka en förändring i kundbortfallet.</translation>
    </message>
    <message>
        <source>Cost per contact: {0}</source>
        <translation>Kostnad per kontakt: {0}</translation>
    </message>
    <message>
        <source>Not measured yet: Measure now measures it from the data imported so far.</source>
        <translation>Inte mätt ännu: Mät nu mäter den utifrån de data som har importerats hittills.</translation>
    </message>
    <message>
        <source>Reading the campaign&apos;s result</source>
        <translation>Läser kampanjens resultat</translation>
    </message>
    <message>
        <source>Not measured yet; as it would come out now (not recorded):</source>
        <translation>Inte mätt ännu; så här skulle det bli nu (inte registrerat):</translation>
    </message>
    <message>
        <source>About {0} treated and {1} held back; outcomes from {2} to {3}.</source>
        <translation>Omkring {0} i testgruppen och {1} i kontrollgruppen; utfall från {2} till {3}.</translation>
    </message>
    <message>
        <source>Churn from {0}.</source>
        <translation>Kundbortfall hämtat från {0}.</translation>
    </message>
    <message>
        <source>{0:.1f} months</source>
        <translation>{0:.1f} månader</translation>
    </message>
    <message>
        <source>Return on investment: {0:.0%} (90 % interval {1:.0%} to {2:.0%}): {3} extra spend against {4} cost; break-even after {5} at the measured pace. {6}</source>
        <translation>Avkastning på investeringen: {0:.0%} (90 %-intervall {1:.0%} till {2:.0%}): {3} extra köp mot {4} i kostnad; break-even efter {5} i uppmätt takt. {6}</translation>
    </message>
    <message>
        <source>{0:+d} points</source>
        <translation>{0:+d} procentenheter</translation>
    </message>
    <message>
        <source>{0:+d} to {1:+d} points</source>
        <translation>{0:+d} till {1:+d} procentenheter</translation>
    </message>
    <message>
        <source>{0} to {1}</source>
        <translation>{0} till {1}</translation>
    </message>
    <message>
        <source>Among those reached ({0:.0%} of the treated):</source>
        <translation>Bland dem som nåddes ({0:.0%} av testgruppen):</translation>
    </message>
    <message>
        <source>{0} ({1})</source>
        <translation>{0} ({1})</translation>
    </message>
    <message>
        <source>Per segment: treated minus held back, with the {0:.0%} interval. A segment with too few customers in an arm shows no figure.</source>
        <translation>Per segment: testgruppen minus kontrollgruppen, med {0:.0%}-intervallet. Ett segment med för få kunder i någon av grupperna visar ingen siffra.</translation>
    </message>
    <message>
        <source>{0} (%)</source>
        <translation>{0} (%)</translation>
    </message>
    <message>
        <source>{0}: difference {1}</source>
        <translation>{0}: skillnad {1}</translation>
    </message>
    <message>
        <source>Measuring the campaign</source>
        <translation>Mäter kampanjen</translation>
    </message>
    <message>
        <source>Measured campaign {0} (processing log entry {1}).</source>
        <translation>Mätte kampanj {0} (post {1} i behandlingsloggen).</translation>
    </message>
    <message>
        <source>The CRM&apos;s record of who was reached in campaign {0}</source>
        <translation>CRM:ets uppgifter om vilka som nåddes i kampanj {0}</translation>
    </message>
    <message>
        <source>Exports (*.csv *.tsv *.txt *.xlsx *.xlsm *.json *.zip *.gz);;All files (*)</source>
        <translation>Exporter (*.csv *.tsv *.txt *.xlsx *.xlsm *.json *.zip *.gz);;Alla filer (*)</translation>
    </message>
    <message>
        <source>Choose one file: it replaces the contact outcomes of this campaign.</source>
        <translation>Välj en fil: den ersätter kontaktresultaten för den här kampanjen.</translation>
    </message>
    <message>
        <source>Reading the contact outcomes</source>
        <translation>Läser kontaktresultaten</translation>
    </message>
    <message>
        <source>Campaign {0}: {1} of the customers acted on were reached (processing log entry {2}).</source>
        <translation>Kampanj {0}: {1} av kunderna i testgruppen nåddes (post {2} i behandlingsloggen).</translation>
    </message>
    <message>
        <source>{0} accepted the offer.</source>
        <translation>{0} tackade ja till erbjudandet.</translation>
    </message>
    <message>
        <source>Read customer IDs from &apos;{0}&apos; and reached from &apos;{1}&apos;.</source>
        <translation>Kund-id:n lästa från ”{0}” och nådd från ”{1}”.</translation>
    </message>
    <message>
        <source>{0} rows name nobody in this campaign&apos;s treated group; they were left out.</source>
        <translation>{0} rader anger ingen i den här kampanjens testgrupp; de utelämnades.</translation>
    </message>
    <message>
        <source>{0} customers of the control group are marked as reached: they were contacted although they were to be held back, which blurs the comparison.</source>
        <translation>{0} kunder i kontrollgruppen är markerade som nådda: de kontaktades trots att de skulle undanhållas, vilket gör jämförelsen otydligare.</translation>
    </message>
    <message>
        <source>Measure now to see the effect among those reached.</source>
        <translation>Mät nu för att se effekten bland dem som nåddes.</translation>
    </message>
</context>
<context>
    <name>ChecklistRow</name>
    <message>
        <source>done</source>
        <translation>klart</translation>
    </message>
    <message>
        <source>next step</source>
        <translation>nästa steg</translation>
    </message>
    <message>
        <source>not done yet</source>
        <translation>inte klart ännu</translation>
    </message>
</context>
<context>
    <name>ClosedPilotBanner</name>
    <message>
        <source>Pilot closed</source>
        <translation>Piloten avslutad</translation>
    </message>
    <message>
        <source>This pilot was closed on {0}: all its data was erased for good. {1} What remains is the processing log (Privacy → Processing log) and the Art. 30 record (Reports).</source>
        <translation>Den här piloten avslutades {0}: alla dess data har raderats permanent. {1} Det som finns kvar är behandlingsloggen (Dataskydd → Behandlingslogg) och registret enligt art. 30 (Rapporter).</translation>
    </message>
</context>
<context>
    <name>CommitStep</name>
    <message>
        <source>&amp;Append to the data already imported (otherwise each imported table replaces the stored table of the same kind)</source>
        <translation>&amp;Lägg till i redan importerade data (annars ersätter varje importerad tabell den lagrade tabellen av samma slag)</translation>
    </message>
    <message>
        <source>What each customer is worth a year: revenue at risk is churn risk times this. A monthly fee or charge counts twelve times.</source>
        <translation>Vad varje kund är värd per år: intäkter i riskzonen är bortfallsrisken gånger detta värde. En månadsavgift eller återkommande avgift räknas tolv gånger.</translation>
    </message>
    <message>
        <source>for example EUR</source>
        <translation>till exempel SEK</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importera</translation>
    </message>
    <message>
        <source>P&amp;urpose (logged):</source>
        <translation>Ända&amp;mål (loggas):</translation>
    </message>
    <message>
        <source>Le&amp;gal basis:</source>
        <translation>&amp;Rättslig grund:</translation>
    </message>
    <message>
        <source>Customer &amp;value:</source>
        <translation>&amp;Kundvärde:</translation>
    </message>
    <message>
        <source>C&amp;urrency of amounts:</source>
        <translation>&amp;Valuta för belopp:</translation>
    </message>
    <message>
        <source>As set (this import has no customer amounts)</source>
        <translation>Enligt inställningen (den här importen har inga kundbelopp)</translation>
    </message>
    <message>
        <source>Found in the data</source>
        <translation>Hittad i data</translation>
    </message>
    <message>
        <source>{0} ({1}, {2} rows)</source>
        <translation>{0} ({1}, {2} rader)</translation>
    </message>
    <message>
        <source>kept in the separately encrypted identity table</source>
        <translation>sparas i den separat krypterade identitetstabellen</translation>
    </message>
    <message>
        <source>dropped</source>
        <translation>tas bort</translation>
    </message>
    <message>
        <source>Ready to import {0}. Customer IDs are replaced by encrypted IDs, names and contact details are {1}, and customers who opted out are removed. Nothing is written until you press Import.</source>
        <translation>Klart att importera {0}. Kund-id:n ersätts med krypterade id:n, namn och kontaktuppgifter {1}, och kunder som har gjort invändning tas bort. Inget skrivs förrän du klickar på Importera.</translation>
    </message>
</context>
<context>
    <name>CreatePanel</name>
    <message>
        <source>Project folder</source>
        <translation>Projektmapp</translation>
    </message>
    <message>
        <source>B&amp;rowse…</source>
        <translation>&amp;Bläddra…</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Lösenfras</translation>
    </message>
    <message>
        <source>Repeat passphrase</source>
        <translation>Upprepa lösenfrasen</translation>
    </message>
    <message>
        <source>Passphrase strength</source>
        <translation>Lösenfrasens styrka</translation>
    </message>
    <message>
        <source>&amp;Create project</source>
        <translation>S&amp;kapa projekt</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Tillbaka</translation>
    </message>
    <message>
        <source>Everything in the project folder is encrypted with a key protected by this passphrase. Without it nobody — including us — can read the data. Keep it safe.</source>
        <translation>Allt i projektmappen krypteras med en nyckel som skyddas av den här lösenfrasen. Utan den kan ingen – inte ens vi – läsa data. Förvara den säkert.</translation>
    </message>
    <message>
        <source>Project &amp;folder:</source>
        <translation>Projekt&amp;mapp:</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Lösenfras:</translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation>&amp;Upprepa:</translation>
    </message>
    <message>
        <source>Strength:</source>
        <translation>Styrka:</translation>
    </message>
    <message>
        <source>Where should the project folder be created?</source>
        <translation>Var ska projektmappen skapas?</translation>
    </message>
    <message>
        <source>very weak</source>
        <translation>mycket svag</translation>
    </message>
    <message>
        <source>weak</source>
        <translation>svag</translation>
    </message>
    <message>
        <source>fair</source>
        <translation>godtagbar</translation>
    </message>
    <message>
        <source>strong</source>
        <translation>stark</translation>
    </message>
    <message>
        <source>very strong</source>
        <translation>mycket stark</translation>
    </message>
    <message>
        <source>Strength: {0}.</source>
        <translation>Styrka: {0}.</translation>
    </message>
    <message>
        <source>Too easy to guess: use at least four ordinary words, or 12+ mixed characters.</source>
        <translation>För lätt att gissa: använd minst fyra vanliga ord eller minst 12 blandade tecken.</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Lösenfraserna skiljer sig åt.</translation>
    </message>
    <message>
        <source>Choose the project folder first.</source>
        <translation>Välj projektmappen först.</translation>
    </message>
    <message>
        <source>Creating the project and deriving its key…</source>
        <translation>Skapar projektet och härleder dess nyckel…</translation>
    </message>
</context>
<context>
    <name>DoneStep</name>
    <message>
        <source>Import &amp;more files</source>
        <translation>Importera &amp;fler filer</translation>
    </message>
    <message>
        <source>Go to M&amp;odels to train</source>
        <translation>Gå till &amp;Modeller för att träna</translation>
    </message>
    <message>
        <source>{0}: {1} rows</source>
        <translation>{0}: {1} rader</translation>
    </message>
    <message>
        <source>Imported {0} customers ({1} new). Stored: {2}. {3} rows of customers who opted out were removed. The import is entry {4} of the processing log.</source>
        <translation>Importerade {0} kunder ({1} nya). Lagrat: {2}. {3} rader för kunder som har gjort invändning togs bort. Importen är post {4} i behandlingsloggen.</translation>
    </message>
    <message>
        <source>{0} rows without a customer ID were left out.</source>
        <translation>{0} rader utan kund-id utelämnades.</translation>
    </message>
    <message>
        <source>{0} tickets name no customer: they feed the support-load forecast only.</source>
        <translation>{0} ärenden anger ingen kund: de används bara i prognosen för supportbelastning.</translation>
    </message>
</context>
<context>
    <name>Drivers</name>
    <message>
        <source>{0} → higher {1} risk</source>
        <translation>{0} → högre risk ({1})</translation>
    </message>
    <message>
        <source>Which {0} a customer has changes their {1} risk</source>
        <translation>Vilket värde på {0} en kund har påverkar kundens risk ({1})</translation>
    </message>
    <message>
        <source>Customers with {0} &apos;{1}&apos; have the highest {2} risk</source>
        <translation>Kunder med {0} &apos;{1}&apos; har högst risk ({2})</translation>
    </message>
</context>
<context>
    <name>Evidence</name>
    <message>
        <source>General rule of thumb; not yet measured in this business.</source>
        <translation>Allmän tumregel; ännu inte mätt i den här verksamheten.</translation>
    </message>
    <message>
        <source>Measured in this business (campaign {0}): {1}</source>
        <translation>Mätt i den här verksamheten (kampanj {0}): {1}</translation>
    </message>
    <message>
        <source>Tried in campaign {0}: {1} Until then, the general rule of thumb.</source>
        <translation>Prövad i kampanj {0}: {1} Till dess gäller den allmänna tumregeln.</translation>
    </message>
</context>
<context>
    <name>Features</name>
    <message>
        <source>time as a customer</source>
        <translation>tid som kund</translation>
    </message>
    <message>
        <source>age</source>
        <translation>ålder</translation>
    </message>
    <message>
        <source>days since last activity</source>
        <translation>dagar sedan senaste aktivitet</translation>
    </message>
    <message>
        <source>days since last product use</source>
        <translation>dagar sedan produkten senast användes</translation>
    </message>
    <message>
        <source>product use (4 weeks)</source>
        <translation>produktanvändning (4 veckor)</translation>
    </message>
    <message>
        <source>product use (12 weeks)</source>
        <translation>produktanvändning (12 veckor)</translation>
    </message>
    <message>
        <source>usage trend</source>
        <translation>användningstrend</translation>
    </message>
    <message>
        <source>logins (4 weeks)</source>
        <translation>inloggningar (4 veckor)</translation>
    </message>
    <message>
        <source>login trend</source>
        <translation>inloggningstrend</translation>
    </message>
    <message>
        <source>usage growth (8 weeks)</source>
        <translation>användningstillväxt (8 veckor)</translation>
    </message>
    <message>
        <source>features used (12 weeks)</source>
        <translation>använda funktioner (12 veckor)</translation>
    </message>
    <message>
        <source>days since last purchase</source>
        <translation>dagar sedan senaste köp</translation>
    </message>
    <message>
        <source>purchases (12 weeks)</source>
        <translation>köp (12 veckor)</translation>
    </message>
    <message>
        <source>purchases (52 weeks)</source>
        <translation>köp (52 veckor)</translation>
    </message>
    <message>
        <source>spend (12 weeks)</source>
        <translation>köpbelopp (12 veckor)</translation>
    </message>
    <message>
        <source>spend (52 weeks)</source>
        <translation>köpbelopp (52 veckor)</translation>
    </message>
    <message>
        <source>spend trend</source>
        <translation>trend för köpbelopp</translation>
    </message>
    <message>
        <source>small add-on orders (12 weeks)</source>
        <translation>små tilläggsbeställningar (12 veckor)</translation>
    </message>
    <message>
        <source>small add-on order trend</source>
        <translation>trend för små tilläggsbeställningar</translation>
    </message>
    <message>
        <source>late payments (26 weeks)</source>
        <translation>sena betalningar (26 veckor)</translation>
    </message>
    <message>
        <source>payment delay in days</source>
        <translation>betalningsförsening i dagar</translation>
    </message>
    <message>
        <source>overdue invoices</source>
        <translation>förfallna fakturor</translation>
    </message>
    <message>
        <source>support tickets (4 weeks)</source>
        <translation>supportärenden (4 veckor)</translation>
    </message>
    <message>
        <source>support tickets per month</source>
        <translation>supportärenden per månad</translation>
    </message>
    <message>
        <source>support ticket trend</source>
        <translation>trend för supportärenden</translation>
    </message>
    <message>
        <source>open support tickets</source>
        <translation>öppna supportärenden</translation>
    </message>
    <message>
        <source>ticket resolution time in days</source>
        <translation>lösningstid för ärenden i dagar</translation>
    </message>
    <message>
        <source>tickets in the first three months</source>
        <translation>ärenden under de tre första månaderna</translation>
    </message>
    <message>
        <source>feedback score (12 weeks)</source>
        <translation>omdöme (12 veckor)</translation>
    </message>
    <message>
        <source>feedback score trend</source>
        <translation>trend för omdömen</translation>
    </message>
    <message>
        <source>chance of still buying (buy-till-you-die)</source>
        <translation>sannolikhet att kunden fortfarande köper (buy-till-you-die)</translation>
    </message>
    <message>
        <source>expected purchases (buy-till-you-die)</source>
        <translation>förväntade köp (buy-till-you-die)</translation>
    </message>
    <message>
        <source>churn risk</source>
        <translation>bortfallsrisk</translation>
    </message>
</context>
<context>
    <name>FilesStep</name>
    <message>
        <source>Choose the CRM exports to import — CSV (any delimiter or encoding), Excel workbooks (XLSX) or JSON — or drop them onto this page. Nothing is written to the project until you press Import at the end.</source>
        <translation>Välj de CRM-exporter som ska importeras – CSV (valfri avgränsare och teckenkodning), Excel-arbetsböcker (XLSX) eller JSON – eller släpp dem på den här sidan. Inget skrivs till projektet förrän du klickar på Importera i slutet.</translation>
    </message>
    <message>
        <source>Files to import</source>
        <translation>Filer att importera</translation>
    </message>
    <message>
        <source>&amp;Add files…</source>
        <translation>&amp;Lägg till filer…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>Ta b&amp;ort</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>&amp;Rensa</translation>
    </message>
</context>
<context>
    <name>Findings</name>
    <message>
        <source>only {0} customers: predictions need at least {1} (ideally {2}+); per-customer results this small would expose individuals</source>
        <translation>bara {0} kunder: förutsägelser kräver minst {1} (helst {2}+); resultat per kund för så få kunder skulle kunna avslöja enskilda personer</translation>
    </message>
    <message>
        <source>{0} customers: models work best with {1} or more; expect wide uncertainty</source>
        <translation>{0} kunder: modellerna fungerar bäst med {1} eller fler; räkna med stor osäkerhet</translation>
    </message>
    <message>
        <source>no customer in this file is among the customers already imported: it may come from another system or key customers differently; check that it belongs to this project</source>
        <translation>ingen kund i den här filen finns bland de kunder som redan har importerats: filen kan komma från ett annat system eller identifiera kunderna på ett annat sätt; kontrollera att den hör till det här projektet</translation>
    </message>
    <message>
        <source>{0} share no customer ID: they cannot be joined and may come from different systems or key customers differently (e-mail in one, customer number in the other); check that they belong together</source>
        <translation>{0} har inget gemensamt kund-id: de kan inte kopplas ihop och kan komma från olika system eller identifiera kunderna på olika sätt (e-post i den ena, kundnummer i den andra); kontrollera att de hör ihop</translation>
    </message>
    <message>
        <source>{0} cover periods that do not overlap ({1} … {2} and {3} … {4}): their events cannot describe the same time; check that they belong together</source>
        <translation>{0} täcker perioder som inte överlappar ({1} … {2} och {3} … {4}): deras händelser kan inte beskriva samma tid; kontrollera att de hör ihop</translation>
    </message>
    <message>
        <source>no dates: this export is a snapshot, so each model is checked on customers it did not learn from, in turns, rather than on a later period</source>
        <translation>inga datum: den här exporten är en ögonblicksbild, så varje modell kontrolleras i tur och ordning på kunder som den inte har lärt sig av, i stället för på en senare period</translation>
    </message>
    <message>
        <source>history covers {0:.0f} months ({1} … {2}): at least {3} are needed for reliable churn signals</source>
        <translation>historiken täcker {0:.0f} månader ({1} … {2}): minst {3} behövs för tillförlitliga signaler om kundbortfall</translation>
    </message>
    <message>
        <source>history covers {0:.0f} months: enough for churn; a seasonal business should provide {1}</source>
        <translation>historiken täcker {0:.0f} månader: det räcker för kundbortfall; en säsongsberoende verksamhet bör ta med {1}</translation>
    </message>
    <message>
        <source>only {0:.1%} of rows are in the rarer label class: the model will have little to learn from</source>
        <translation>bara {0:.1%} av raderna tillhör den ovanligare etikettklassen: modellen får lite att lära sig av</translation>
    </message>
    <message>
        <source>{0} customers in this file are not in the customers file; their rows are kept as customers without master data</source>
        <translation>{0} kunder i den här filen finns inte i kundfilen; deras rader behålls som kunder utan stamdata</translation>
    </message>
    <message>
        <source>{0} and {1} more</source>
        <translation>{0} och {1} till</translation>
    </message>
    <message>
        <source>cells start with =, +, - or @, which a spreadsheet would run as a formula; they are imported as plain text and exports mark them as text. Check the file if you did not expect formulas</source>
        <translation>celler börjar med =, +, - eller @, vilket ett kalkylprogram skulle köra som en formel; de importeras som vanlig text och markeras som text i exporter. Kontrollera filen om du inte väntade dig formler</translation>
    </message>
    <message>
        <source>no customer column: its {0} tickets feed the support-load forecast and ticket volume views only, not any customer&apos;s features or risk. If a column does name the customer, give it the customer ID role</source>
        <translation>ingen kundkolumn: filens {0} ärenden används bara i prognosen för supportbelastning och i vyerna för ärendevolym, inte i någon kunds egenskaper eller risk. Om en kolumn faktiskt anger kunden, ge den rollen kund-id</translation>
    </message>
    <message>
        <source>no column is mapped as the customer ID; tables can only be joined by one</source>
        <translation>ingen kolumn är mappad som kund-id; tabeller kan bara kopplas ihop via ett sådant</translation>
    </message>
    <message>
        <source>{0} of {1} rows ({2:.1%}) have no customer ID (guest orders, or rows not linked to a customer). Leave them out, or fill the IDs in</source>
        <translation>{0} av {1} rader ({2:.1%}) saknar kund-id (gästbeställningar eller rader som inte är kopplade till en kund). Utelämna dem eller fyll i id:na</translation>
    </message>
    <message>
        <source>no column holds a customer number, so the e-mail address is taken as the customer: each address is linked to the customer who has it in the other files or in the project (letter case aside), and an address nobody has is a customer of its own. If a column does hold the customer number, give it the customer ID role</source>
        <translation>ingen kolumn innehåller ett kundnummer, så e-postadressen tas som kunden: varje adress kopplas till den kund som har den i de andra filerna eller i projektet (oavsett versaler och gemener), och en adress som ingen har är en egen kund. Om en kolumn ändå innehåller kundnumret, ge den rollen kund-ID</translation>
    </message>
    <message>
        <source>the customer IDs are e-mail addresses, some written with capitals: they are taken in lower case, so that an address typed two ways is one customer</source>
        <translation>kund-ID:na är e-postadresser, några skrivna med versaler: de tas med gemener, så att en adress som skrivits på två sätt är en kund</translation>
    </message>
    <message>
        <source>the customer ID contains invisible, control or non-breaking space characters; remove them so that the ID matches in every file</source>
        <translation>kund-id:t innehåller osynliga tecken, styrtecken eller hårda blanksteg; ta bort dem så att id:t stämmer i alla filer</translation>
    </message>
    <message>
        <source>the row is associated with several customers (IDs separated by &apos;;&apos;); export one association per row, or keep one customer per row</source>
        <translation>raden är kopplad till flera kunder (id:n avgränsade med &apos;;&apos;); exportera en koppling per rad, eller behåll en kund per rad</translation>
    </message>
    <message>
        <source>no date format fits this column&apos;s values; map it as category or text instead</source>
        <translation>inget datumformat passar värdena i den här kolumnen; mappa den som kategori eller text i stället</translation>
    </message>
    <message>
        <source>no number format fits this column&apos;s values; map it as category or text instead</source>
        <translation>inget talformat passar värdena i den här kolumnen; mappa den som kategori eller text i stället</translation>
    </message>
    <message>
        <source>the date format is ambiguous: read as {0}; if that is wrong, set the format</source>
        <translation>datumformatet är tvetydigt: tolkat som {0}; om det är fel, ange formatet</translation>
    </message>
    <message>
        <source>the number format is ambiguous: read as {0}; if that is wrong, set the format</source>
        <translation>talformatet är tvetydigt: tolkat som {0}; om det är fel, ange formatet</translation>
    </message>
    <message>
        <source>values are not a date like {0}; fix them in the file, or map the column differently</source>
        <translation>värdena är inte datum som {0}; rätta dem i filen eller mappa kolumnen på ett annat sätt</translation>
    </message>
    <message>
        <source>values are not a number ({0}); fix them in the file, or map the column differently</source>
        <translation>värdena är inte tal ({0}); rätta dem i filen eller mappa kolumnen på ett annat sätt</translation>
    </message>
    <message>
        <source>values are not a plausible number ({0}); fix them in the file, or map the column differently</source>
        <translation>värdena är inte rimliga tal ({0}); rätta dem i filen eller mappa kolumnen på ett annat sätt</translation>
    </message>
    <message>
        <source>values are not yes/no, true/false or 1/0; fix them in the file, or map the column differently</source>
        <translation>värdena är inte ja/nej, sant/falskt eller 1/0; rätta dem i filen eller mappa kolumnen på ett annat sätt</translation>
    </message>
    <message>
        <source>looks like GDPR Art. 9 special-category data ({0}); it is refused unless you record the customers&apos; explicit consent to processing it, or leave the column out</source>
        <translation>ser ut att vara särskilda kategorier av personuppgifter enligt artikel 9 i GDPR ({0}); kolumnen avvisas om du inte registrerar kundernas uttryckliga samtycke till behandlingen eller utelämnar den</translation>
    </message>
    <message>
        <source>this column name is reserved by Prevista; rename it</source>
        <translation>det här kolumnnamnet är reserverat av Prevista; byt namn på kolumnen</translation>
    </message>
    <message>
        <source>{0} of {1} rows have no customer ID (guest orders, or rows not linked to a customer): left out as you chose; they are not stored</source>
        <translation>{0} av {1} rader saknar kund-id (gästbeställningar eller rader som inte är kopplade till en kund): utelämnade enligt ditt val; de lagras inte</translation>
    </message>
    <message>
        <source>{0} lines had this field empty and took the value the other lines of their order hold (order numbers in &apos;{1}&apos;), as a shop system writes an order&apos;s own fields on its first line only; check that they belong to it</source>
        <translation>{0} rader hade fältet tomt och fick värdet som beställningens övriga rader har (ordernummer i &apos;{1}&apos;), eftersom ett butikssystem skriver en beställnings egna uppgifter bara på dess första rad; kontrollera att de hör till den</translation>
    </message>
    <message>
        <source>{0} of {1} rows ({2:.1%}) share one customer ID that reads as a guest or as nobody (such as 0 or &apos;guest&apos;) and stands on far more rows than any customer: taken as rows without a customer ID, not as one customer</source>
        <translation>{0} av {1} rader ({2:.1%}) delar ett kund-ID som betyder gäst eller ingen (till exempel 0 eller &apos;guest&apos;) och står på långt fler rader än någon kund: räknas som rader utan kund-ID, inte som en kund</translation>
    </message>
    <message>
        <source>line value = {0} (the unit price alone is not what a line is worth); it is used for spend and revenue at risk</source>
        <translation>radvärde = {0} (styckpriset ensamt är inte vad en rad är värd); det används för köp och intäkter i fara</translation>
    </message>
    <message>
        <source>holds each order&apos;s amount on every line of the order (the same value on the lines of {0} orders of several lines): summed over its lines, an order would count once per line; a line is worth {1} instead</source>
        <translation>innehåller varje orders belopp på var och en av orderns rader (samma värde på raderna i {0} ordrar med flera rader): summerat över raderna skulle en order räknas en gång per rad; en rad är i stället värd {1}</translation>
    </message>
    <message>
        <source>holds each order&apos;s amount on every line of the order (the same value on the lines of {0} orders of several lines): summed over its lines, an order would count once per line; it is counted once per order instead</source>
        <translation>innehåller varje orders belopp på var och en av orderns rader (samma värde på raderna i {0} ordrar med flera rader): summerat över raderna skulle en order räknas en gång per rad; beloppet räknas i stället en gång per order</translation>
    </message>
    <message>
        <source>names {0} currencies: the amounts in &apos;{1}&apos; would be added up as if they were one; convert them to one currency before exporting, or import one currency&apos;s rows at a time</source>
        <translation>anger {0} valutor: beloppen i &apos;{1}&apos; skulle summeras som om de vore en; räkna om dem till en valuta före exporten, eller importera varje valutas rader för sig</translation>
    </message>
    <message>
        <source>{0} lines grouped into {1} orders by their order number: purchases count orders, not lines</source>
        <translation>{0} rader grupperade i {1} beställningar efter ordernummer: köp räknas per beställning, inte per rad</translation>
    </message>
    <message>
        <source>{0} cancellation or return lines ({1}): netted out of spend, not counted as purchases or as activity</source>
        <translation>{0} annullerings- eller returrader ({1}): avräknade från köpbeloppet, räknas inte som köp eller som aktivitet</translation>
    </message>
    <message>
        <source>{0} lines have a negative amount: too many to be refunds, so they are read as ordinary lines, not as cancellations</source>
        <translation>{0} rader har ett negativt belopp: för många för att vara återbetalningar, så de tolkas som vanliga rader, inte som annulleringar</translation>
    </message>
    <message>
        <source>{0} lines sell no product (postage, fees, manual adjustments, discounts; found in {1}): not counted as purchases, spend or activity</source>
        <translation>{0} rader säljer ingen produkt (frakt, avgifter, manuella justeringar, rabatter; hittade i {1}): räknas inte som köp, köpbelopp eller aktivitet</translation>
    </message>
    <message>
        <source>exact duplicate rows will be imported once</source>
        <translation>exakt likadana rader importeras en gång</translation>
    </message>
    <message>
        <source>the same customer ID appears on rows with different values; keep one row per customer</source>
        <translation>samma kund-id förekommer på rader med olika värden; behåll en rad per kund</translation>
    </message>
    <message>
        <source>line {0}</source>
        <translation>rad {0}</translation>
    </message>
    <message>
        <source>record {0}</source>
        <translation>post {0}</translation>
    </message>
    <message>
        <source>{0}!row {1}</source>
        <translation>{0}!rad {1}</translation>
    </message>
    <message>
        <source>{0} of {1} e-mail addresses belong to customers known by their customer number (in the other files or in the project) and stand for them; the other {2} are customers of their own</source>
        <translation>{0} av {1} e-postadresser tillhör kunder som är kända under sitt kundnummer (i de andra filerna eller i projektet) och står för dem; de övriga {2} är egna kunder</translation>
    </message>
</context>
<context>
    <name>Forecast</name>
    <message>
        <source>The forecast starts after the week of {0}, the last complete one: tickets come on {1}, and the data runs to {2}.</source>
        <translation>Prognosen börjar efter veckan från {0}, den sista fullständiga: ärenden kommer in {1}, och data sträcker sig till {2}.</translation>
    </message>
    <message>
        <source>Only {0} complete weeks of history: the methods were tested on forecasts {1} weeks ahead instead of {2}, so the quality figures are rough.</source>
        <translation>Bara {0} fullständiga veckor med historik: metoderna testades på prognoser {1} veckor framåt i stället för {2}, så kvalitetssiffrorna är ungefärliga.</translation>
    </message>
    <message>
        <source>The methods could be tested from only {0} past point(s) in time; the band rests on few errors and may be too narrow.</source>
        <translation>Metoderna kunde testas från bara {0} tidigare tidpunkt(er); intervallet bygger på få fel och kan vara för smalt.</translation>
    </message>
    <message>
        <source>The band and the error to expect come from the {0} backtest forecasts made since the change in level.</source>
        <translation>Intervallet och det förväntade felet bygger på de {0} prognoserna i backtestet sedan nivåförändringen.</translation>
    </message>
    <message>
        <source>The ticket forecast needs at least {0} complete weeks of tickets; the data has {1}.</source>
        <translation>Ärendeprognosen behöver minst {0} fullständiga veckor med ärenden; data har {1}.</translation>
    </message>
    <message>
        <source>Less than two years of history: a yearly season can be followed only roughly, or not at all.</source>
        <translation>Mindre än två års historik: en årlig säsong kan bara följas ungefärligt, eller inte alls.</translation>
    </message>
    <message>
        <source>mean of the last 4 weeks</source>
        <translation>medelvärde för de senaste 4 veckorna</translation>
    </message>
    <message>
        <source>same week last year</source>
        <translation>samma vecka förra året</translation>
    </message>
    <message>
        <source>damped-trend exponential smoothing</source>
        <translation>exponentiell utjämning med dämpad trend</translation>
    </message>
    <message>
        <source>seasonal exponential smoothing</source>
        <translation>säsongsbaserad exponentiell utjämning</translation>
    </message>
    <message>
        <source>Poisson trend and season</source>
        <translation>Poisson med trend och säsong</translation>
    </message>
    <message>
        <source>Volume dropped by about {0:.0%} from the week of {1} (about {2:.0f} tickets a week before, {3:.0f} since); the forecast uses the {4} weeks since.</source>
        <translation>Volymen sjönk med omkring {0:.0%} från och med veckan från {1} (omkring {2:.0f} ärenden i veckan före, {3:.0f} sedan dess); prognosen använder de {4} veckorna sedan dess.</translation>
    </message>
    <message>
        <source>Volume rose by about {0:.0%} from the week of {1} (about {2:.0f} tickets a week before, {3:.0f} since); the forecast uses the {4} weeks since.</source>
        <translation>Volymen ökade med omkring {0:.0%} från och med veckan från {1} (omkring {2:.0f} ärenden i veckan före, {3:.0f} sedan dess); prognosen använder de {4} veckorna sedan dess.</translation>
    </message>
    <message>
        <source>Volume dropped by about {0:.0%} from the week of {1} (about {2:.0f} tickets a week before, {3:.0f} since); the forecast follows the new level, weighing the {4} weeks since the most.</source>
        <translation>Volymen sjönk med omkring {0:.0%} från och med veckan från {1} (omkring {2:.0f} ärenden i veckan före, {3:.0f} sedan dess); prognosen följer den nya nivån och väger de {4} veckorna sedan dess tyngst.</translation>
    </message>
    <message>
        <source>Volume rose by about {0:.0%} from the week of {1} (about {2:.0f} tickets a week before, {3:.0f} since); the forecast follows the new level, weighing the {4} weeks since the most.</source>
        <translation>Volymen ökade med omkring {0:.0%} från och med veckan från {1} (omkring {2:.0f} ärenden i veckan före, {3:.0f} sedan dess); prognosen följer den nya nivån och väger de {4} veckorna sedan dess tyngst.</translation>
    </message>
    <message>
        <source>withheld: customers whose tickets it counted have since been excluded (opt-out, erasure or retention cleanup); it is recomputed at the next training or forecast refresh</source>
        <translation>undanhållen: kunder vars ärenden räknades har sedan dess uteslutits (invändning, radering eller gallring); den beräknas om vid nästa träning eller prognosuppdatering</translation>
    </message>
</context>
<context>
    <name>ForecastPage</name>
    <message>
        <source> weeks</source>
        <translation> veckor</translation>
    </message>
    <message>
        <source>&amp;Forecast the next:</source>
        <translation>&amp;Prognos för de närmaste:</translation>
    </message>
    <message>
        <source>&amp;Refresh forecast</source>
        <translation>&amp;Uppdatera prognos</translation>
    </message>
    <message>
        <source>Support tickets per week: history and forecast</source>
        <translation>Supportärenden per vecka: historik och prognos</translation>
    </message>
    <message>
        <source>Week of</source>
        <translation>Vecka från</translation>
    </message>
    <message>
        <source>Expected tickets</source>
        <translation>Förväntade ärenden</translation>
    </message>
    <message>
        <source>At least</source>
        <translation>Minst</translation>
    </message>
    <message>
        <source>At most</source>
        <translation>Högst</translation>
    </message>
    <message>
        <source>At least (95 %)</source>
        <translation>Minst (95 %)</translation>
    </message>
    <message>
        <source>At most (95 %)</source>
        <translation>Högst (95 %)</translation>
    </message>
    <message>
        <source>Forecast per week</source>
        <translation>Prognos per vecka</translation>
    </message>
    <message>
        <source> min a ticket</source>
        <translation> min per ärende</translation>
    </message>
    <message>
        <source> h a week</source>
        <translation> tim i veckan</translation>
    </message>
    <message>
        <source>&amp;Handling time:</source>
        <translation>&amp;Hanteringstid:</translation>
    </message>
    <message>
        <source>Ticket hours per &amp;agent:</source>
        <translation>Ärendetimmar per &amp;handläggare:</translation>
    </message>
    <message>
        <source>There are no tickets left to forecast from.</source>
        <translation>Det finns inga ärenden kvar att göra en prognos utifrån.</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>Prognos</translation>
    </message>
    <message>
        <source>Enter the handling time of a ticket and the hours an agent spends on tickets in a week to see the agents needed per week.</source>
        <translation>Ange hanteringstiden för ett ärende och de timmar en handläggare lägger på ärenden i veckan för att se hur många handläggare som behövs per vecka.</translation>
    </message>
    <message>
        <source>Week of {0}: {1:.1f} agents; a busy week (top of the {2:.0%} band) needs {3}.</source>
        <translation>Veckan från {0}: {1:.1f} handläggare; en hektisk vecka (toppen av {2:.0%}-bandet) kräver {3}.</translation>
    </message>
    <message>
        <source>No stored forecast: {0}</source>
        <translation>Ingen sparad prognos: {0}</translation>
    </message>
    <message>
        <source>No stored forecast yet. Training makes one; Refresh computes one now from the imported tickets.</source>
        <translation>Ingen sparad prognos ännu. Träningen skapar en; Uppdatera prognos beräknar en nu utifrån de importerade ärendena.</translation>
    </message>
    <message>
        <source>Forecast made at training.</source>
        <translation>Prognos skapad vid träningen.</translation>
    </message>
    <message>
        <source>Forecasting support tickets</source>
        <translation>Prognostiserar supportärenden</translation>
    </message>
    <message>
        <source>Fresh forecast (logged).</source>
        <translation>Ny prognos (loggad).</translation>
    </message>
    <message>
        <source>Support tickets, next {0} weeks: about {1:,.0f} expected ({2}; forecasting {3} weeks ahead from past points in time, it was off by {4:.1f} tickets a week on average against {5:.1f} for the best other method, {6}). The band holds {7:.0%} of likely outcomes.</source>
        <translation>Supportärenden, kommande {0} veckor: omkring {1:,.0f} väntas ({2}; vid prognoser {3} veckor framåt från tidigare tidpunkter låg den i snitt fel med {4:.1f} ärenden i veckan mot {5:.1f} för den bästa andra metoden, {6}). Bandet rymmer {7:.0%} av de sannolika utfallen.</translation>
    </message>
    <message>
        <source>Expect it to be off by about {0:.1f} tickets a week. In the backtest the {1:.0%} band held {2:.0%} of the weeks (the 95 % band {3:.0%}) and was about {4:.0f} tickets wide.</source>
        <translation>Räkna med att den ligger fel med omkring {0:.1f} ärenden i veckan. I backtestet rymde {1:.0%}-bandet {2:.0%} av veckorna (95 %-bandet {3:.0%}) och var omkring {4:.0f} ärenden brett.</translation>
    </message>
    <message>
        <source>Backtest error per method, tickets a week: {0}.</source>
        <translation>Backtestfel per metod, ärenden i veckan: {0}.</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>måndag</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>tisdag</translation>
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
        <translation>lördag</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>söndag</translation>
    </message>
    <message>
        <source>Share of a week&apos;s tickets per working day: {0}.</source>
        <translation>Andel av en veckas ärenden per arbetsdag: {0}.</translation>
    </message>
    <message>
        <source>Tickets per week</source>
        <translation>Ärenden per vecka</translation>
    </message>
    <message>
        <source>{0:.0%} interval</source>
        <translation>{0:.0%}-intervall</translation>
    </message>
    <message>
        <source>Support tickets per week</source>
        <translation>Supportärenden per vecka</translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation>Ärenden</translation>
    </message>
    <message>
        <source>{0} weeks of history, then {1} forecast weeks; the forecast values are listed in the table.</source>
        <translation>{0} veckors historik, sedan {1} prognosveckor; prognosvärdena finns i tabellen.</translation>
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
        <translation>En grupp kunder som beter sig likartat. Ett segment visas bara när det har minst så många kunder som den minsta gruppstorleken (k).</translation>
    </message>
    <message>
        <source>Churn risk</source>
        <translation>Bortfallsrisk</translation>
    </message>
    <message>
        <source>The chance, estimated by the model, that a customer stops buying or cancels within the outcome horizon. For a segment it is the average of its customers.</source>
        <translation>Sannolikheten, enligt modellens uppskattning, att en kund slutar köpa eller säger upp sig inom utfallshorisonten. För ett segment är det genomsnittet för dess kunder.</translation>
    </message>
    <message>
        <source>Expected churners</source>
        <translation>Förväntat antal förlorade kunder</translation>
    </message>
    <message>
        <source>How many customers of a segment are likely to leave: their churn risks added up. It is an estimate for the group, not a list of people.</source>
        <translation>Hur många kunder i ett segment som sannolikt lämnar: summan av deras bortfallsrisker. Det är en uppskattning för gruppen, inte en lista över personer.</translation>
    </message>
    <message>
        <source>Revenue at risk</source>
        <translation>Intäkter i riskzonen</translation>
    </message>
    <message>
        <source>The yearly value of the customers likely to leave: each customer&apos;s spend or fee times their churn risk, added up. Without a value (spend, fee, balance) in the data it cannot be computed and shows a dash.</source>
        <translation>Årsvärdet av de kunder som sannolikt lämnar: varje kunds köpbelopp eller avgift gånger kundens bortfallsrisk, summerat. Utan ett värde (köpbelopp, avgift, saldo) i data kan det inte beräknas och visas som ett streck.</translation>
    </message>
    <message>
        <source>Purchase propensity</source>
        <translation>Köpbenägenhet</translation>
    </message>
    <message>
        <source>The chance that a customer buys again within the outcome horizon. Customers with a high propensity are the likeliest to respond to an offer.</source>
        <translation>Sannolikheten att en kund köper igen inom utfallshorisonten. Kunder med hög köpbenägenhet är de som mest sannolikt nappar på ett erbjudande.</translation>
    </message>
    <message>
        <source>Forecast tickets</source>
        <translation>Prognostiserade ärenden</translation>
    </message>
    <message>
        <source>The support tickets the customers of a segment are expected to open in the forecast period.</source>
        <translation>De supportärenden som kunderna i ett segment förväntas skapa under prognosperioden.</translation>
    </message>
    <message>
        <source>Still active (buy-till-you-die)</source>
        <translation>Fortfarande aktiva (buy-till-you-die)</translation>
    </message>
    <message>
        <source>For shops without subscriptions: from how often and how recently each customer bought, a classic model estimates the chance that they are still a customer and how many repeat purchases to expect.</source>
        <translation>För butiker utan prenumerationer: utifrån hur ofta och hur nyligen varje kund har köpt uppskattar en klassisk modell sannolikheten att personen fortfarande är kund och hur många återköp som kan väntas.</translation>
    </message>
    <message>
        <source>Outcome horizon</source>
        <translation>Utfallshorisont</translation>
    </message>
    <message>
        <source>The period after the cut-off date in which a customer counts as lost or as a buyer, for example 90 days.</source>
        <translation>Perioden efter brytdatumet då en kund räknas som förlorad eller som köpare, till exempel 90 dagar.</translation>
    </message>
    <message>
        <source>Drivers</source>
        <translation>Påverkande faktorer</translation>
    </message>
    <message>
        <source>The customer traits that move the model&apos;s estimate most, such as fewer orders lately. They explain a prediction; they do not prove a cause.</source>
        <translation>De kundegenskaper som påverkar modellens uppskattning mest, till exempel färre beställningar på sistone. De förklarar en förutsägelse; de bevisar inte ett orsakssamband.</translation>
    </message>
    <message>
        <source>Held-out data</source>
        <translation>Undanhållna data</translation>
    </message>
    <message>
        <source>Customers or a later period kept aside during training and used only to measure the model: a fair test of how it does on customers it has never seen.</source>
        <translation>Kunder eller en senare period som hålls undan under träningen och bara används för att mäta modellen: ett rättvist test av hur den klarar sig på kunder den aldrig har sett.</translation>
    </message>
    <message>
        <source>Baseline (reference model)</source>
        <translation>Jämförelsemodell (baslinje)</translation>
    </message>
    <message>
        <source>A deliberately simple way to predict, measured the same way as the model. The model is only worth using where it clearly beats its baselines.</source>
        <translation>Ett medvetet enkelt sätt att förutsäga, mätt på samma sätt som modellen. Modellen är bara värd att använda där den tydligt slår sina jämförelsemodeller.</translation>
    </message>
    <message>
        <source>ROC AUC</source>
        <translation>ROC AUC</translation>
    </message>
    <message>
        <source>How well the model ranks customers who leave above customers who stay: 0.5 is guessing, 1 is perfect; real churn models reach about 0.7 to 0.85.</source>
        <translation>Hur väl modellen rangordnar kunder som lämnar före kunder som stannar: 0,5 är gissning, 1 är perfekt; verkliga bortfallsmodeller når ungefär 0,7 till 0,85.</translation>
    </message>
    <message>
        <source>PR AUC</source>
        <translation>PR AUC</translation>
    </message>
    <message>
        <source>How many of the model&apos;s top picks really leave, over lists of every length; higher is better. It matters most when few customers leave.</source>
        <translation>Hur många av modellens främsta val som verkligen lämnar, över listor av alla längder; högre är bättre. Det spelar störst roll när få kunder lämnar.</translation>
    </message>
    <message>
        <source>Brier score</source>
        <translation>Brier-poäng</translation>
    </message>
    <message>
        <source>The average squared gap between the predicted chances and what happened; lower is better.</source>
        <translation>Den genomsnittliga kvadrerade skillnaden mellan de förutsagda sannolikheterna och det som faktiskt hände; lägre är bättre.</translation>
    </message>
    <message>
        <source>Lift</source>
        <translation>Lyft</translation>
    </message>
    <message>
        <source>How many times more churners a list chosen by the model holds than a list of the same length chosen at random. Top-decile lift compares the 10 % with the highest risk.</source>
        <translation>Hur många gånger fler kunder som lämnar en lista vald av modellen innehåller jämfört med en lika lång lista vald slumpmässigt. Lyft i översta decilen jämför de 10 % med högst risk.</translation>
    </message>
    <message>
        <source>Calibration</source>
        <translation>Kalibrering</translation>
    </message>
    <message>
        <source>Whether the predicted chances come true: of the customers given a 20 % risk, about 20 % should leave. The calibration chart sets predicted against observed rates.</source>
        <translation>Om de förutsagda sannolikheterna slår in: av de kunder som får 20 % risk bör ungefär 20 % lämna. Kalibreringsdiagrammet ställer förutsagda andelar mot observerade.</translation>
    </message>
    <message>
        <source>95 % range</source>
        <translation>95 %-intervall</translation>
    </message>
    <message>
        <source>The span that holds a quality measure in 95 % of resamples of the held-out customers. The wider it is, the less certain the measure.</source>
        <translation>Det spann som rymmer ett kvalitetsmått i 95 % av omsamplingarna av de undanhållna kunderna. Ju bredare det är, desto osäkrare är måttet.</translation>
    </message>
    <message>
        <source>Shift (PSI)</source>
        <translation>Förskjutning (PSI)</translation>
    </message>
    <message>
        <source>How much today&apos;s customers differ from those the model learnt from. A large shift means the model should be retrained.</source>
        <translation>Hur mycket dagens kunder skiljer sig från dem som modellen lärde sig av. En stor förskjutning betyder att modellen bör tränas om.</translation>
    </message>
    <message>
        <source>Control group (held back)</source>
        <translation>Kontrollgrupp (undanhållen)</translation>
    </message>
    <message>
        <source>Customers of a campaign chosen at random and deliberately not acted on. Comparing them with the treated customers shows what the action itself changed.</source>
        <translation>Kunder i en kampanj som väljs slumpmässigt och medvetet inte får åtgärden. En jämförelse med testgruppen visar vad själva åtgärden förändrade.</translation>
    </message>
    <message>
        <source>Treated</source>
        <translation>Testgrupp</translation>
    </message>
    <message>
        <source>The customers of a campaign who are acted on (called, mailed, offered a discount).</source>
        <translation>De kunder i en kampanj som åtgärden riktas mot (som blir uppringda, får ett utskick eller erbjuds rabatt).</translation>
    </message>
    <message>
        <source>Uplift (difference)</source>
        <translation>Uplift (skillnad)</translation>
    </message>
    <message>
        <source>The difference in an outcome between treated and held-back customers: the effect of the action beyond what would have happened anyway.</source>
        <translation>Skillnaden i ett utfall mellan testgruppen och kontrollgruppen: åtgärdens effekt utöver det som ändå skulle ha hänt.</translation>
    </message>
    <message>
        <source>Interval (90 %)</source>
        <translation>Intervall (90 %)</translation>
    </message>
    <message>
        <source>The range that holds the true value with the stated confidence, usually 90 %; the wider, the less certain. A campaign interval that includes zero means the action may have changed nothing.</source>
        <translation>Det spann som rymmer det sanna värdet med angiven säkerhet, oftast 90 %; ju bredare, desto osäkrare. Om en kampanjs intervall innehåller noll kan åtgärden ha förändrat ingenting.</translation>
    </message>
    <message>
        <source>Backtest</source>
        <translation>Backtest</translation>
    </message>
    <message>
        <source>Testing a forecast on past weeks as if they were the future: each method forecasts them from the weeks before, and the result is compared with what really happened.</source>
        <translation>Att testa en prognos på tidigare veckor som om de vore framtiden: varje metod gör en prognos för dem utifrån veckorna före, och resultatet jämförs med vad som faktiskt hände.</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>Täckning</translation>
    </message>
    <message>
        <source>How often the real value fell inside the forecast&apos;s interval in the backtest. For a 90 % interval about 90 % is right; much less means the interval is too narrow.</source>
        <translation>Hur ofta det verkliga värdet hamnade inom prognosens intervall i backtestet. För ett 90 %-intervall är ungefär 90 % rätt; betydligt mindre betyder att intervallet är för smalt.</translation>
    </message>
    <message>
        <source>Smallest group (k)</source>
        <translation>Minsta grupp (k)</translation>
    </message>
    <message>
        <source>The fewest customers any group shown or exported may have. Smaller groups are withheld, so that no figure describes a single recognisable person.</source>
        <translation>Det minsta antal kunder som en grupp som visas eller exporteras får ha. Mindre grupper visas inte, så att ingen siffra beskriver en enskild person som går att känna igen.</translation>
    </message>
    <message>
        <source>Encrypted ID (pseudonymisation)</source>
        <translation>Krypterat id (pseudonymisering)</translation>
    </message>
    <message>
        <source>Customer numbers are replaced by encrypted IDs before anything is stored, and names and contact details are dropped unless you choose to keep them. Without the passphrase nobody can trace the data to a person.</source>
        <translation>Kundnummer ersätts med krypterade id:n innan något lagras, och namn och kontaktuppgifter tas bort om du inte väljer att spara dem. Utan lösenfrasen kan ingen koppla data till en person.</translation>
    </message>
    <message>
        <source>Opt-out (objection)</source>
        <translation>Invändning (opt-out)</translation>
    </message>
    <message>
        <source>A customer&apos;s objection to being analysed or contacted. Their data is removed, and their encrypted ID stays on the opt-out register so that no later import can bring them back.</source>
        <translation>En kunds invändning mot att analyseras eller kontaktas. Kundens data tas bort, och det krypterade id:t finns kvar i invändningsregistret så att ingen senare import kan föra tillbaka kunden.</translation>
    </message>
    <message>
        <source>Retention deadline</source>
        <translation>Lagringsfrist</translation>
    </message>
    <message>
        <source>How long each kind of data may be kept. Data past its deadline must be deleted: the Privacy screen shows what is due and deletes it in a cleanup.</source>
        <translation>Hur länge varje typ av data får sparas. Data som har passerat sin frist måste raderas: skärmen Dataskydd visar vad som ska bort och raderar det vid en gallring.</translation>
    </message>
    <message>
        <source>Processing log</source>
        <translation>Behandlingslogg</translation>
    </message>
    <message>
        <source>A signed record of every processing step (imports, training, exports, deletions) that holds no personal data. Your data protection officer can check it without the passphrase.</source>
        <translation>En signerad förteckning över varje behandlingssteg (importer, träning, exporter, raderingar) som inte innehåller några personuppgifter. Ditt dataskyddsombud kan kontrollera den utan lösenfrasen.</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Fingeravtryck</translation>
    </message>
    <message>
        <source>A short code computed from the log&apos;s public key. If it matches the one your data protection officer noted, the log was signed by this project and not by someone else.</source>
        <translation>En kort kod som beräknas från loggens öppna nyckel. Om den stämmer med den som ditt dataskyddsombud antecknade har loggen signerats av det här projektet och inte av någon annan.</translation>
    </message>
    <message>
        <source>Checkpoint</source>
        <translation>Kontrollpunkt</translation>
    </message>
    <message>
        <source>The log&apos;s latest entry as your data protection officer last saw it. Checking the log against it later shows whether any entry was removed or rewritten since.</source>
        <translation>Loggens senaste post så som ditt dataskyddsombud senast såg den. Om loggen senare kontrolleras mot den syns det om någon post har tagits bort eller skrivits om sedan dess.</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Ändamål</translation>
    </message>
    <message>
        <source>What the data is processed for. It is recorded with every step, and the data may only be used for it.</source>
        <translation>Vad data behandlas för. Ändamålet registreras vid varje steg, och data får bara användas för det.</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Rättslig grund</translation>
    </message>
    <message>
        <source>The reason under data protection law that allows the processing, such as legitimate interest. It is recorded with every import.</source>
        <translation>Det skäl enligt dataskyddslagstiftningen som gör behandlingen tillåten, till exempel berättigat intresse. Den registreras vid varje import.</translation>
    </message>
    <message>
        <source>KPI baseline</source>
        <translation>KPI-utgångsvärden</translation>
    </message>
    <message>
        <source>The key figures recorded at the start of the pilot, so that later figures can be compared with them.</source>
        <translation>De nyckeltal som registrerades när piloten startade, så att senare siffror kan jämföras med dem.</translation>
    </message>
    <message>
        <source>Undo the last import</source>
        <translation>Ångra den senaste importen</translation>
    </message>
    <message>
        <source>Puts the data back as it was before the most recent import. Opt-outs and erasures recorded since stay in force, and models trained on the undone data are marked for retraining.</source>
        <translation>Återställer data till hur de var före den senaste importen. Invändningar och raderingar som registrerats sedan dess gäller fortfarande, och modeller som tränats på de ångrade data markeras för omträning.</translation>
    </message>
</context>
<context>
    <name>GlossaryTab</name>
    <message>
        <source>Search the glossary</source>
        <translation>Sök i ordlistan</translation>
    </message>
    <message>
        <source>Terms</source>
        <translation>Begrepp</translation>
    </message>
    <message>
        <source>No term matches.</source>
        <translation>Inget begrepp matchar.</translation>
    </message>
</context>
<context>
    <name>GuideTab</name>
    <message>
        <source>Prevista turns your CRM exports into segments you can act on, entirely on this computer. These are the steps, in order:</source>
        <translation>Prevista gör om dina CRM-exporter till segment som du kan agera på, helt och hållet på den här datorn. Det här är stegen, i ordning:</translation>
    </message>
    <message>
        <source>1. Import your CRM exports</source>
        <translation>1. Importera dina CRM-exporter</translation>
    </message>
    <message>
        <source>Export customers, orders or invoices, and support tickets from your CRM as CSV or Excel files and import them. Customer numbers are replaced by encrypted IDs before anything is stored; names and contact details are dropped unless you choose to keep them.</source>
        <translation>Exportera kunder, beställningar eller fakturor och supportärenden från ditt CRM som CSV- eller Excel-filer och importera dem. Kundnummer ersätts med krypterade id:n innan något lagras; namn och kontaktuppgifter tas bort om du inte väljer att spara dem.</translation>
    </message>
    <message>
        <source>Go to &amp;Import</source>
        <translation>Gå till &amp;Import</translation>
    </message>
    <message>
        <source>2. Check the data</source>
        <translation>2. Kontrollera data</translation>
    </message>
    <message>
        <source>Before anything is stored, the import shows what it found: which column means what, and problems such as too few customers or too short a history. Correct a column&apos;s meaning there, or fix the export and import it again.</source>
        <translation>Innan något lagras visar importen vad den hittade: vilken kolumn som betyder vad, och problem som för få kunder eller för kort historik. Rätta en kolumns betydelse där, eller rätta exporten och importera den igen.</translation>
    </message>
    <message>
        <source>Go to the &amp;quality check</source>
        <translation>Gå till &amp;kvalitetskontrollen</translation>
    </message>
    <message>
        <source>3. Train the models</source>
        <translation>3. Träna modellerna</translation>
    </message>
    <message>
        <source>Training learns from your history who is likely to leave and who is likely to buy, and measures itself on customers it never saw, beside simple baselines. The Models page says how good the result is in plain words.</source>
        <translation>Träningen lär sig av din historik vilka som sannolikt lämnar och vilka som sannolikt köper, och mäter sig själv på kunder den aldrig har sett, bredvid enkla jämförelsemodeller. Sidan Modeller beskriver med enkla ord hur bra resultatet är.</translation>
    </message>
    <message>
        <source>Go to &amp;Models</source>
        <translation>Gå till &amp;Modeller</translation>
    </message>
    <message>
        <source>4. Look at the segments and act</source>
        <translation>4. Titta på segmenten och agera</translation>
    </message>
    <message>
        <source>Customers are grouped into segments, each with its churn risk, revenue at risk and a suggested action. Start a campaign for a segment: a random part of it is held back, so that the effect can be measured later.</source>
        <translation>Kunderna delas in i segment, vart och ett med sin bortfallsrisk, sina intäkter i riskzonen och en föreslagen åtgärd. Starta en kampanj för ett segment: en slumpmässig del av det undanhålls, så att effekten kan mätas senare.</translation>
    </message>
    <message>
        <source>Go to &amp;Segments</source>
        <translation>Gå till &amp;Segment</translation>
    </message>
    <message>
        <source>5. Measure and report</source>
        <translation>5. Mät och rapportera</translation>
    </message>
    <message>
        <source>After the campaign, import who was reached and measure: the difference between treated and held-back customers shows what the action changed. The reports sum up the pilot and the processing for your records.</source>
        <translation>Efter kampanjen importerar du vilka som nåddes och mäter: skillnaden mellan testgruppen och kontrollgruppen visar vad åtgärden förändrade. Rapporterna sammanfattar piloten och behandlingen för din dokumentation.</translation>
    </message>
    <message>
        <source>Go to &amp;Campaigns</source>
        <translation>Gå till Kam&amp;panjer</translation>
    </message>
    <message>
        <source>Your privacy duties</source>
        <translation>Dina dataskyddsskyldigheter</translation>
    </message>
    <message>
        <source>Record objections (opt-outs) and requests for access or erasure as they arrive, and delete data past its retention deadline when the Privacy screen says a cleanup is due. Every step is written to the signed processing log your data protection officer can check.</source>
        <translation>Registrera invändningar (opt-out) och begäranden om registerutdrag eller radering när de kommer in, och radera data som har passerat sin lagringsfrist när skärmen Dataskydd säger att en gallring krävs. Varje steg skrivs till den signerade behandlingsloggen som ditt dataskyddsombud kan kontrollera.</translation>
    </message>
    <message>
        <source>Go to &amp;Privacy</source>
        <translation>Gå till &amp;Dataskydd</translation>
    </message>
    <message>
        <source>Create or open a project first (File menu, or the start screen): the buttons below then lead to each step&apos;s screen.</source>
        <translation>Skapa eller öppna ett projekt först (menyn Arkiv eller startskärmen): knapparna nedan leder sedan till skärmen för varje steg.</translation>
    </message>
</context>
<context>
    <name>HelpActions</name>
    <message>
        <source>&amp;Guide</source>
        <translation>&amp;Guide</translation>
    </message>
    <message>
        <source>G&amp;lossary</source>
        <translation>&amp;Ordlista</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <source>Prevista help</source>
        <translation>Hjälp för Prevista</translation>
    </message>
    <message>
        <source>&amp;Guide</source>
        <translation>&amp;Guide</translation>
    </message>
    <message>
        <source>G&amp;lossary</source>
        <translation>&amp;Ordlista</translation>
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
        <translation>Loggpost</translation>
    </message>
    <message>
        <source>When</source>
        <translation>När</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Läge</translation>
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
        <translation>Importer, nyaste först</translation>
    </message>
    <message>
        <source>Files are shown by kind, size and the start of their checksum: file names are not kept, because a name can itself identify a person.</source>
        <translation>Filerna visas med typ, storlek och början av kontrollsumman: filnamn sparas inte, eftersom ett namn i sig kan identifiera en person.</translation>
    </message>
    <message>
        <source>&amp;Undo the last import…</source>
        <translation>&amp;Ångra den senaste importen…</translation>
    </message>
    <message>
        <source>Reading the import history</source>
        <translation>Läser importhistoriken</translation>
    </message>
    <message>
        <source>{0}, {1}, {2} rows ({3}…)</source>
        <translation>{0}, {1}, {2} rader ({3}…)</translation>
    </message>
    <message>
        <source>added</source>
        <translation>tillagt</translation>
    </message>
    <message>
        <source>replaced</source>
        <translation>ersatt</translation>
    </message>
    <message>
        <source>undone (log entry {0})</source>
        <translation>ångrad (loggpost {0})</translation>
    </message>
    <message>
        <source>in effect</source>
        <translation>gäller</translation>
    </message>
    <message>
        <source>Checking what undoing would change</source>
        <translation>Kontrollerar vad en ångring skulle ändra</translation>
    </message>
    <message>
        <source>{0}: back to {1} rows</source>
        <translation>{0}: tillbaka till {1} rader</translation>
    </message>
    <message>
        <source>{0}: removed (the import created it)</source>
        <translation>{0}: tas bort (importen skapade den)</translation>
    </message>
    <message>
        <source>{0} customers the import added are removed</source>
        <translation>{0} kunder som importen lade till tas bort</translation>
    </message>
    <message>
        <source>the models were trained on this data: retrain them afterwards</source>
        <translation>modellerna tränades på dessa data: träna om dem efteråt</translation>
    </message>
    <message>
        <source>Undo the import of {0}?</source>
        <translation>Ångra importen från {0}?</translation>
    </message>
    <message>
        <source>Opt-outs and erasures recorded since stay in force.</source>
        <translation>Invändningar och raderingar som registrerats sedan dess gäller fortfarande.</translation>
    </message>
    <message>
        <source>The last import cannot be undone: {0}.</source>
        <translation>Den senaste importen kan inte ångras: {0}.</translation>
    </message>
    <message>
        <source>Undo the last import</source>
        <translation>Ångra den senaste importen</translation>
    </message>
    <message>
        <source>Undoing the last import</source>
        <translation>Ångrar den senaste importen</translation>
    </message>
    <message>
        <source>The import was undone (processing log entry {0}).</source>
        <translation>Importen ångrades (post {0} i behandlingsloggen).</translation>
    </message>
</context>
<context>
    <name>ImportPage</name>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Tillbaka</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Nästa</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>&amp;Historik…</translation>
    </message>
    <message>
        <source>Nothing can be imported into it any more: create a new project for a new pilot.</source>
        <translation>Inget kan längre importeras till det: skapa ett nytt projekt för en ny pilot.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Choose the files</source>
        <translation>Välj filerna</translation>
    </message>
    <message>
        <source>Preview and column roles</source>
        <translation>Förhandsgranskning och kolumnroller</translation>
    </message>
    <message>
        <source>Data-quality report</source>
        <translation>Datakvalitetsrapport</translation>
    </message>
    <message>
        <source>Purpose and import</source>
        <translation>Ändamål och import</translation>
    </message>
    <message>
        <source>Import complete</source>
        <translation>Importen är klar</translation>
    </message>
    <message>
        <source>Step {0} of {1}: {2}</source>
        <translation>Steg {0} av {1}: {2}</translation>
    </message>
    <message>
        <source>Choose exports to import</source>
        <translation>Välj exporter att importera</translation>
    </message>
    <message>
        <source>Exports (*.csv *.tsv *.txt *.xlsx *.xlsm *.json *.zip *.gz);;All files (*)</source>
        <translation>Exporter (*.csv *.tsv *.txt *.xlsx *.xlsm *.json *.zip *.gz);;Alla filer (*)</translation>
    </message>
    <message>
        <source>Reading a preview of {0}</source>
        <translation>Läser en förhandsgranskning av {0}</translation>
    </message>
    <message>
        <source>Reading and checking the files</source>
        <translation>Läser och kontrollerar filerna</translation>
    </message>
    <message>
        <source>State the purpose of the import: it is recorded in the processing log.</source>
        <translation>Ange ändamålet med importen: det registreras i behandlingsloggen.</translation>
    </message>
    <message>
        <source>Pseudonymizing and importing</source>
        <translation>Pseudonymiserar och importerar</translation>
    </message>
    <message>
        <source>Nothing was imported: the data-quality check refused it.</source>
        <translation>Inget importerades: datakvalitetskontrollen avvisade importen.</translation>
    </message>
</context>
<context>
    <name>JobBar</name>
    <message>
        <source>&amp;Cancel</source>
        <translation>Av&amp;bryt</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Avbryter…</translation>
    </message>
    <message>
        <source>Saving the result; too late to cancel…</source>
        <translation>Sparar resultatet; för sent att avbryta…</translation>
    </message>
</context>
<context>
    <name>JobPanel</name>
    <message>
        <source>Nothing was changed.</source>
        <translation>Inget ändrades.</translation>
    </message>
</context>
<context>
    <name>Kpis</name>
    <message>
        <source>per {0} days</source>
        <translation>per {0} dagar</translation>
    </message>
    <message>
        <source>{0:+.0f} points</source>
        <translation>{0:+.0f} procentenheter</translation>
    </message>
    <message>
        <source>no support tickets were imported</source>
        <translation>inga supportärenden har importerats</translation>
    </message>
    <message>
        <source>no dated orders or transactions were imported</source>
        <translation>inga daterade beställningar eller transaktioner har importerats</translation>
    </message>
    <message>
        <source>the ticket export has no closing date, so resolution cannot be measured</source>
        <translation>ärendeexporten saknar stängningsdatum, så lösningen kan inte mätas</translation>
    </message>
    <message>
        <source>no support cost was entered: enter what support costs a month in the settings (support_cost_per_month)</source>
        <translation>ingen supportkostnad har angetts: ange i inställningarna vad supporten kostar per månad (support_cost_per_month)</translation>
    </message>
    <message>
        <source>Churn rate</source>
        <translation>Bortfallsgrad</translation>
    </message>
    <message>
        <source>Repeat-purchase rate</source>
        <translation>Återköpsgrad</translation>
    </message>
    <message>
        <source>Average order value</source>
        <translation>Genomsnittligt ordervärde</translation>
    </message>
    <message>
        <source>Customer lifetime value (estimate)</source>
        <translation>Kundens livstidsvärde (uppskattning)</translation>
    </message>
    <message>
        <source>Tickets per customer</source>
        <translation>Ärenden per kund</translation>
    </message>
    <message>
        <source>First-contact resolution</source>
        <translation>Lösning vid första kontakten</translation>
    </message>
    <message>
        <source>Resolution time (median)</source>
        <translation>Lösningstid (median)</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>timmar</translation>
    </message>
    <message>
        <source>CSAT (mean satisfaction score)</source>
        <translation>CSAT (genomsnittligt nöjdhetsbetyg)</translation>
    </message>
    <message>
        <source>Cost per ticket</source>
        <translation>Kostnad per ärende</translation>
    </message>
</context>
<context>
    <name>LegalBasis</name>
    <message>
        <source>Art. 6(1)(a) GDPR — consent</source>
        <translation>Art. 6.1 a GDPR — samtycke</translation>
    </message>
    <message>
        <source>Art. 6(1)(b) GDPR — performance of a contract</source>
        <translation>Art. 6.1 b GDPR — fullgörande av ett avtal</translation>
    </message>
    <message>
        <source>Art. 6(1)(f) GDPR — legitimate interest</source>
        <translation>Art. 6.1 f GDPR — berättigat intresse</translation>
    </message>
</context>
<context>
    <name>LogActions</name>
    <message>
        <source>Project created</source>
        <translation>Projekt skapat</translation>
    </message>
    <message>
        <source>Passphrase changed</source>
        <translation>Lösenfras ändrad</translation>
    </message>
    <message>
        <source>Operation not completed</source>
        <translation>Åtgärden slutfördes inte</translation>
    </message>
    <message>
        <source>Log loss recorded</source>
        <translation>Förlust av loggen registrerad</translation>
    </message>
    <message>
        <source>Settings changed</source>
        <translation>Inställningar ändrade</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Import refused</source>
        <translation>Import avvisad</translation>
    </message>
    <message>
        <source>Import not confirmed</source>
        <translation>Import inte bekräftad</translation>
    </message>
    <message>
        <source>Import undone</source>
        <translation>Import ångrad</translation>
    </message>
    <message>
        <source>Models trained</source>
        <translation>Modeller tränade</translation>
    </message>
    <message>
        <source>Drift check</source>
        <translation>Driftkontroll</translation>
    </message>
    <message>
        <source>Ticket forecast</source>
        <translation>Ärendeprognos</translation>
    </message>
    <message>
        <source>Opt-out recorded</source>
        <translation>Invändning registrerad</translation>
    </message>
    <message>
        <source>Opt-out withdrawn</source>
        <translation>Invändning återkallad</translation>
    </message>
    <message>
        <source>Action list prepared</source>
        <translation>Åtgärdslista förberedd</translation>
    </message>
    <message>
        <source>KPI baseline taken</source>
        <translation>KPI-utgångsvärden registrerade</translation>
    </message>
    <message>
        <source>Campaign started</source>
        <translation>Kampanj startad</translation>
    </message>
    <message>
        <source>Campaign contact list exported</source>
        <translation>Kampanjens kontaktlista exporterad</translation>
    </message>
    <message>
        <source>Campaign contact outcomes imported</source>
        <translation>Kampanjens kontaktresultat importerade</translation>
    </message>
    <message>
        <source>Campaign measured</source>
        <translation>Kampanj mätt</translation>
    </message>
    <message>
        <source>Retention policy set</source>
        <translation>Lagringsregler fastställda</translation>
    </message>
    <message>
        <source>Retention cleanup</source>
        <translation>Gallring</translation>
    </message>
    <message>
        <source>Access request answered</source>
        <translation>Begäran om registerutdrag besvarad</translation>
    </message>
    <message>
        <source>Erasure on request</source>
        <translation>Radering på begäran</translation>
    </message>
    <message>
        <source>Art. 30 record written</source>
        <translation>Register enligt Art. 30 skrivet</translation>
    </message>
    <message>
        <source>Pilot report written</source>
        <translation>Pilotrapport skriven</translation>
    </message>
    <message>
        <source>Table exported</source>
        <translation>Tabell exporterad</translation>
    </message>
    <message>
        <source>Handover bundle written</source>
        <translation>Överlämningspaket skrivet</translation>
    </message>
    <message>
        <source>Log package for the DPO exported</source>
        <translation>Loggpaket för dataskyddsombudet exporterat</translation>
    </message>
    <message>
        <source>Pilot closed</source>
        <translation>Piloten avslutad</translation>
    </message>
</context>
<context>
    <name>LogEntriesView</name>
    <message>
        <source>Filter the log</source>
        <translation>Filtrera loggen</translation>
    </message>
    <message>
        <source>Action, operator, purpose or details contain…</source>
        <translation>Åtgärd, operatör, ändamål eller detaljer innehåller…</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Åtgärd</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>Från datum</translation>
    </message>
    <message>
        <source>any</source>
        <translation>alla</translation>
    </message>
    <message>
        <source>Until date</source>
        <translation>Till datum</translation>
    </message>
    <message>
        <source>Fro&amp;m:</source>
        <translation>&amp;Från:</translation>
    </message>
    <message>
        <source>Un&amp;til:</source>
        <translation>&amp;Till:</translation>
    </message>
    <message>
        <source>&amp;Filter:</source>
        <translation>F&amp;ilter:</translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation>&amp;Åtgärd:</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Nr</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tid</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Operatör</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Ändamål</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Rättslig grund</translation>
    </message>
    <message>
        <source>Counts and details</source>
        <translation>Antal och detaljer</translation>
    </message>
    <message>
        <source>The selected entry in full</source>
        <translation>Den valda posten i sin helhet</translation>
    </message>
    <message>
        <source>Select an entry to read it in full.</source>
        <translation>Välj en post för att läsa den i sin helhet.</translation>
    </message>
    <message>
        <source>Processing log entries</source>
        <translation>Poster i behandlingsloggen</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>Alla åtgärder</translation>
    </message>
    <message>
        <source>Showing {0} of {1} entries.</source>
        <translation>Visar {0} av {1} poster.</translation>
    </message>
    <message>
        <source>action {0}</source>
        <translation>åtgärd {0}</translation>
    </message>
    <message>
        <source>containing &quot;{0}&quot;</source>
        <translation>som innehåller ”{0}”</translation>
    </message>
    <message>
        <source>from {0}</source>
        <translation>från {0}</translation>
    </message>
    <message>
        <source>until {0}</source>
        <translation>till {0}</translation>
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
        <translation>rader</translation>
    </message>
    <message>
        <source>rows stored</source>
        <translation>lagrade rader</translation>
    </message>
    <message>
        <source>new customers</source>
        <translation>nya kunder</translation>
    </message>
    <message>
        <source>rows removed for opt-out</source>
        <translation>rader borttagna på grund av invändning</translation>
    </message>
    <message>
        <source>opt-out register size</source>
        <translation>invändningsregistrets storlek</translation>
    </message>
    <message>
        <source>rows without ID left out</source>
        <translation>utelämnade rader utan id</translation>
    </message>
    <message>
        <source>tickets without customer</source>
        <translation>ärenden utan kund</translation>
    </message>
    <message>
        <source>cancellation lines</source>
        <translation>annulleringsrader</translation>
    </message>
    <message>
        <source>non-product lines</source>
        <translation>rader utan produkt</translation>
    </message>
    <message>
        <source>pilot KPIs</source>
        <translation>pilotens KPI:er</translation>
    </message>
    <message>
        <source>customers scored</source>
        <translation>bedömda kunder</translation>
    </message>
    <message>
        <source>segments</source>
        <translation>segment</translation>
    </message>
    <message>
        <source>churners held out</source>
        <translation>undanhållna förlorade kunder</translation>
    </message>
    <message>
        <source>customers held out</source>
        <translation>undanhållna kunder</translation>
    </message>
    <message>
        <source>churners trained on</source>
        <translation>förlorade kunder i träningen</translation>
    </message>
    <message>
        <source>customers trained on</source>
        <translation>kunder i träningen</translation>
    </message>
    <message>
        <source>horizon (days)</source>
        <translation>horisont (dagar)</translation>
    </message>
    <message>
        <source>model</source>
        <translation>modell</translation>
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
        <translation>begäranden</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>återkallade</translation>
    </message>
    <message>
        <source>register size</source>
        <translation>registrets storlek</translation>
    </message>
    <message>
        <source>treated</source>
        <translation>testgrupp</translation>
    </message>
    <message>
        <source>held back</source>
        <translation>kontrollgrupp</translation>
    </message>
    <message>
        <source>people listed</source>
        <translation>listade personer</translation>
    </message>
    <message>
        <source>segment</source>
        <translation>segment</translation>
    </message>
    <message>
        <source>segment size</source>
        <translation>segmentets storlek</translation>
    </message>
    <message>
        <source>format</source>
        <translation>format</translation>
    </message>
    <message>
        <source>table</source>
        <translation>tabell</translation>
    </message>
    <message>
        <source>months</source>
        <translation>månader</translation>
    </message>
    <message>
        <source>months before</source>
        <translation>månader före</translation>
    </message>
    <message>
        <source>justification</source>
        <translation>motivering</translation>
    </message>
    <message>
        <source>settings</source>
        <translation>inställningar</translation>
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
        <translation>loggposter</translation>
    </message>
    <message>
        <source>weeks</source>
        <translation>veckor</translation>
    </message>
    <message>
        <source>key derivation</source>
        <translation>nyckelhärledning</translation>
    </message>
    <message>
        <source>iterations</source>
        <translation>iterationer</translation>
    </message>
    <message>
        <source>lanes</source>
        <translation>parallella trådar</translation>
    </message>
    <message>
        <source>memory (KiB)</source>
        <translation>minne (KiB)</translation>
    </message>
    <message>
        <source>entries</source>
        <translation>poster</translation>
    </message>
    <message>
        <source>outcome</source>
        <translation>utfall</translation>
    </message>
    <message>
        <source>import entry</source>
        <translation>importpost</translation>
    </message>
    <message>
        <source>tables restored</source>
        <translation>återställda tabeller</translation>
    </message>
    <message>
        <source>retraining recommended</source>
        <translation>omträning rekommenderas</translation>
    </message>
    <message>
        <source>left out (in another campaign)</source>
        <translation>utelämnade (i en annan kampanj)</translation>
    </message>
    <message>
        <source>settings changed</source>
        <translation>ändrade inställningar</translation>
    </message>
    <message>
        <source>on later data (time-based)</source>
        <translation>på senare data (tidsbaserat)</translation>
    </message>
    <message>
        <source>on other customers</source>
        <translation>på andra kunder</translation>
    </message>
    <message>
        <source>on a snapshot</source>
        <translation>på en ögonblicksbild</translation>
    </message>
    <message>
        <source>recomputed</source>
        <translation>omräknade</translation>
    </message>
    <message>
        <source>recomputed, baseline taken</source>
        <translation>omräknade, utgångsvärden registrerade</translation>
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
        <translation>&amp;Verifiera</translation>
    </message>
    <message>
        <source>Export public &amp;key…</source>
        <translation>Exportera öppen &amp;nyckel…</translation>
    </message>
    <message>
        <source>Record the log &amp;loss…</source>
        <translation>Registrera &amp;förlust av loggen…</translation>
    </message>
    <message>
        <source>Only when no good copy of the log exists: writes are refused until the loss is recorded</source>
        <translation>Bara när det inte finns någon bra kopia av loggen: ändringar vägras tills förlusten är registrerad</translation>
    </message>
    <message>
        <source>The processing log does not match the project&apos;s record of it: {0} Every change is refused until it does. Put back the good copy of processing-log.jsonl if you have one; only if none exists, record the loss.</source>
        <translation>Behandlingsloggen stämmer inte med projektets uppgift om den: {0} Varje ändring vägras tills den stämmer. Lägg tillbaka den bra kopian av processing-log.jsonl om du har en; bara om ingen finns, registrera förlusten.</translation>
    </message>
    <message>
        <source>Export for the &amp;DPO…</source>
        <translation>Exportera för &amp;dataskyddsombudet…</translation>
    </message>
    <message>
        <source>One file with the signed log, its public key and a checkpoint: what the DPO verifies on the start screen, without the passphrase</source>
        <translation>En fil med den signerade loggen, dess öppna nyckel och en kontrollpunkt: det som dataskyddsombudet verifierar på startskärmen, utan lösenfrasen</translation>
    </message>
    <message>
        <source>E&amp;xport a readable copy…</source>
        <translation>E&amp;xportera en läsbar kopia…</translation>
    </message>
    <message>
        <source>CSV or JSON to read and sort; a copy cannot be verified</source>
        <translation>CSV eller JSON att läsa och sortera; en kopia kan inte verifieras</translation>
    </message>
    <message>
        <source>Verifying the processing log</source>
        <translation>Verifierar behandlingsloggen</translation>
    </message>
    <message>
        <source>OK: {0} entries, hash chain intact, every entry and the head signed by the project&apos;s key; the log ends where the project&apos;s last commit says.</source>
        <translation>OK: {0} poster, hashkedjan intakt, varje post och kedjans slut signerade med projektets nyckel; loggen slutar där projektets senaste commit anger.</translation>
    </message>
    <message>
        <source>OK: {0} entries, hash chain intact; signatures NOT checked: anyone can rebuild a hash chain.</source>
        <translation>OK: {0} poster, hashkedjan intakt; signaturerna INTE kontrollerade: vem som helst kan bygga om en hashkedja.</translation>
    </message>
    <message>
        <source>Record in the processing log that it no longer matches the project&apos;s record? The entries that are missing stay missing, the record of the loss stays in the log for good, and a DPO&apos;s saved checkpoint will no longer match. Do this only when no good copy of the log exists.</source>
        <translation>Registrera i behandlingsloggen att den inte längre stämmer med projektets uppgift? Saknade poster förblir borta, noteringen om förlusten stannar i loggen för alltid och dataskyddsombudets sparade kontrollpunkt stämmer inte längre. Gör detta bara när det inte finns någon bra kopia av loggen.</translation>
    </message>
    <message>
        <source>Recording the log loss</source>
        <translation>Registrerar förlust av loggen</translation>
    </message>
    <message>
        <source>The loss is recorded in log entry {0}; changes are possible again.</source>
        <translation>Förlusten är registrerad i loggpost {0}; ändringar är möjliga igen.</translation>
    </message>
    <message>
        <source>FAILED: {0}</source>
        <translation>MISSLYCKADES: {0}</translation>
    </message>
    <message>
        <source>Export the processing log</source>
        <translation>Exportera behandlingsloggen</translation>
    </message>
    <message>
        <source>CSV for spreadsheets (*.csv);;JSON (*.json)</source>
        <translation>CSV för kalkylprogram (*.csv);;JSON (*.json)</translation>
    </message>
    <message>
        <source>Exporting the processing log</source>
        <translation>Exporterar behandlingsloggen</translation>
    </message>
    <message>
        <source>Exported the processing log as {0} to {1}.</source>
        <translation>Exporterade behandlingsloggen som {0} till {1}.</translation>
    </message>
    <message>
        <source>Export the processing log for the DPO</source>
        <translation>Exportera behandlingsloggen för dataskyddsombudet</translation>
    </message>
    <message>
        <source>ZIP archives (*.zip)</source>
        <translation>ZIP-arkiv (*.zip)</translation>
    </message>
    <message>
        <source>Writing the DPO log package</source>
        <translation>Skriver loggpaketet för dataskyddsombudet</translation>
    </message>
    <message>
        <source>Wrote the log package ({0} entries, the public key and a checkpoint) to {1}. Give it to the DPO, who checks it with &quot;Verify a processing log&quot; on the start screen and the key fingerprint kept when the project was created.</source>
        <translation>Loggpaketet ({0} poster, den öppna nyckeln och en kontrollpunkt) skrevs till {1}. Lämna det till dataskyddsombudet, som kontrollerar det med ”Verifiera en behandlingslogg” på startskärmen och nyckelns fingeravtryck som sparades när projektet skapades.</translation>
    </message>
    <message>
        <source>Export the log&apos;s public key</source>
        <translation>Exportera loggens öppna nyckel</translation>
    </message>
    <message>
        <source>Public key (*.pub *.pem)</source>
        <translation>Öppen nyckel (*.pub *.pem)</translation>
    </message>
    <message>
        <source>Exporting the public key</source>
        <translation>Exporterar den öppna nyckeln</translation>
    </message>
    <message>
        <source>Wrote the log&apos;s public key to {0}: hand it to the DPO with the log.</source>
        <translation>Skrev loggens öppna nyckel till {0}: lämna den till dataskyddsombudet tillsammans med loggen.</translation>
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
        <translation>&amp;Arkiv</translation>
    </message>
    <message>
        <source>&amp;New project…</source>
        <translation>&amp;Nytt projekt…</translation>
    </message>
    <message>
        <source>&amp;Open project…</source>
        <translation>Ö&amp;ppna projekt…</translation>
    </message>
    <message>
        <source>&amp;Verify a processing log…</source>
        <translation>Verifiera en &amp;behandlingslogg…</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Lås</translation>
    </message>
    <message>
        <source>&amp;Close project</source>
        <translation>&amp;Stäng projekt</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>A&amp;vsluta</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Gå</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hjälp</translation>
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
        <translation>Prevista förutsäger kundbortfall, köp och supportbelastning utifrån dina egna CRM-exporter, helt offline. Kundernas identiteter ersätts med krypterade id:n innan något lagras; varje behandlingssteg skrivs till en signerad logg.</translation>
    </message>
    <message>
        <source>Quit Prevista?</source>
        <translation>Avsluta Prevista?</translation>
    </message>
    <message>
        <source>A job is still running. Quit anyway? The project keeps its previous state.</source>
        <translation>Ett jobb pågår fortfarande. Vill du avsluta ändå? Projektet behåller sitt tidigare tillstånd.</translation>
    </message>
</context>
<context>
    <name>MappingStep</name>
    <message>
        <source>generic</source>
        <translation>generell</translation>
    </message>
    <message>
        <source>saved from an earlier import</source>
        <translation>sparad från en tidigare import</translation>
    </message>
    <message>
        <source>detected</source>
        <translation>identifierad</translation>
    </message>
    <message>
        <source>{0}, changed by you</source>
        <translation>{0}, ändrad av dig</translation>
    </message>
    <message>
        <source>Customer ID (replaced by an encrypted ID)</source>
        <translation>Kund-id (ersätts med ett krypterat id)</translation>
    </message>
    <message>
        <source>Direct identifier (name, e-mail, phone, address…)</source>
        <translation>Direkt identifierare (namn, e-post, telefon, adress…)</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
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
        <translation>Etikett (t.ex. förlorad kund)</translation>
    </message>
    <message>
        <source>Consent / opt-out flag</source>
        <translation>Samtycke/invändningsflagga</translation>
    </message>
    <message>
        <source>Free text (dropped)</source>
        <translation>Fritext (tas bort)</translation>
    </message>
    <message>
        <source>Ignore (not imported)</source>
        <translation>Ignorera (importeras inte)</translation>
    </message>
    <message>
        <source>whole numbers (1234)</source>
        <translation>heltal (1234)</translation>
    </message>
    <message>
        <source>decimal point (1234.5)</source>
        <translation>decimalpunkt (1234.5)</translation>
    </message>
    <message>
        <source>decimal comma (1234,5)</source>
        <translation>decimalkomma (1234,5)</translation>
    </message>
    <message>
        <source>comma thousands, decimal point (1,234.5)</source>
        <translation>komma som tusentalsavgränsare, decimalpunkt (1,234.5)</translation>
    </message>
    <message>
        <source>dot thousands, decimal comma (1.234,5)</source>
        <translation>punkt som tusentalsavgränsare, decimalkomma (1.234,5)</translation>
    </message>
    <message>
        <source>space thousands, decimal comma (1 234,5)</source>
        <translation>mellanslag som tusentalsavgränsare, decimalkomma (1 234,5)</translation>
    </message>
    <message>
        <source>spreadsheet day numbers (45292)</source>
        <translation>dagnummer från kalkylprogram (45292)</translation>
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
        <translation>&amp;Fil:</translation>
    </message>
    <message>
        <source>First rows of the chosen file</source>
        <translation>De första raderna i den valda filen</translation>
    </message>
    <message>
        <source>Column roles</source>
        <translation>Kolumnroller</translation>
    </message>
    <message>
        <source>First {0} rows</source>
        <translation>De första {0} raderna</translation>
    </message>
    <message>
        <source>&amp;Keep names and contact details in the separately encrypted identity table (needed to prepare action lists)</source>
        <translation>&amp;Spara namn och kontaktuppgifter i den separat krypterade identitetstabellen (behövs för åtgärdslistor)</translation>
    </message>
    <message>
        <source>A role applies to every chosen file with a column of that name. Direct identifiers are never used for analysis; without the identity table they are not stored at all.</source>
        <translation>En roll gäller för varje vald fil som har en kolumn med det namnet. Direkta identifierare används aldrig för analys; utan identitetstabellen lagras de inte alls.</translation>
    </message>
    <message>
        <source>used for analysis</source>
        <translation>används för analys</translation>
    </message>
    <message>
        <source>identity table</source>
        <translation>identitetstabell</translation>
    </message>
    <message>
        <source>encrypted ID</source>
        <translation>krypterat id</translation>
    </message>
    <message>
        <source>dropped</source>
        <translation>tas bort</translation>
    </message>
    <message>
        <source>opt-out register</source>
        <translation>invändningsregister</translation>
    </message>
    <message>
        <source>{0}: {1} table, {2} preset, mapping {3}. {4} rows, {5} distinct customers.</source>
        <translation>{0}: tabell {1}, förinställning {2}, mappning {3}. {4} rader, {5} unika kunder.</translation>
    </message>
    <message>
        <source>No column names the customer: these tickets feed the support-load forecast only, not any customer&apos;s features or risk. Give a column the Customer ID role if one does name the customer.</source>
        <translation>Ingen kolumn anger kunden: dessa ärenden används bara i prognosen för supportbelastning, inte i någon kunds egenskaper eller risk. Ge en kolumn rollen kund-id om någon anger kunden.</translation>
    </message>
    <message>
        <source>Dates from {0} to {1}.</source>
        <translation>Datum från {0} till {1}.</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Kolumn</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Roll</translation>
    </message>
    <message>
        <source>Stored as</source>
        <translation>Lagras som</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Saknas</translation>
    </message>
    <message>
        <source>Written as</source>
        <translation>Skrivs som</translation>
    </message>
    <message>
        <source>Art. 9 consent</source>
        <translation>Samtycke enl. art. 9</translation>
    </message>
    <message>
        <source>Role of column {0}</source>
        <translation>Roll för kolumnen {0}</translation>
    </message>
    <message>
        <source>Explicit consent recorded</source>
        <translation>Uttryckligt samtycke registrerat</translation>
    </message>
    <message>
        <source>Explicit consent recorded for column {0}</source>
        <translation>Uttryckligt samtycke registrerat för kolumnen {0}</translation>
    </message>
    <message>
        <source>This column looks like GDPR Art. 9 special-category data ({0}). Tick only if every customer gave explicit consent to this use; otherwise set its role to Ignore.</source>
        <translation>Den här kolumnen ser ut att innehålla särskilda kategorier av personuppgifter enligt artikel 9 i GDPR ({0}). Markera bara om varje kund har gett uttryckligt samtycke till den här användningen; ange annars rollen Ignorera.</translation>
    </message>
    <message>
        <source>How the values of column {0} are written</source>
        <translation>Hur värdena i kolumnen {0} är skrivna</translation>
    </message>
    <message>
        <source>How the dates or numbers of this column are written. Each choice shows how the column&apos;s first value would read; the ways that read every value shown above come first.</source>
        <translation>Hur datumen eller talen i den här kolumnen är skrivna. Varje alternativ visar hur kolumnens första värde skulle tolkas; de skrivsätt som kan läsa alla värden som visas ovan står först.</translation>
    </message>
    <message>
        <source>Choose how the values are written</source>
        <translation>Välj hur värdena är skrivna</translation>
    </message>
    <message>
        <source>{0}: {1} → {2}</source>
        <translation>{0}: {1} → {2}</translation>
    </message>
    <message>
        <source>cannot be read</source>
        <translation>kan inte läsas</translation>
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
        <translation>grundfrekvens</translation>
    </message>
    <message>
        <source>BG/NBD</source>
        <translation>BG/NBD</translation>
    </message>
    <message>
        <source>the cancellation date in &apos;{0}&apos;</source>
        <translation>uppsägningsdatumet i &apos;{0}&apos;</translation>
    </message>
    <message>
        <source>the churn label &apos;{0}&apos;, dated at each churner&apos;s last activity</source>
        <translation>bortfallsetiketten &apos;{0}&apos;, daterad till varje förlorad kunds senaste aktivitet</translation>
    </message>
    <message>
        <source>no activity in the {0} days after the cutoff, among customers active in the {1} days before it (no churn label or cancellation date in the data)</source>
        <translation>ingen aktivitet under de {0} dagarna efter brytdatumet, bland kunder som var aktiva under de {1} dagarna före det (ingen bortfallsetikett eller uppsägningsdatum i data)</translation>
    </message>
    <message>
        <source>features as of {0}</source>
        <translation>egenskaper per {0}</translation>
    </message>
    <message>
        <source>features as of {0} cutoffs a season apart, the latest {1},</source>
        <translation>egenskaper per {0} brytdatum med en säsongs mellanrum, det senaste {1},</translation>
    </message>
    <message>
        <source>time-based hold-out: trained on {0} with outcomes in the {1} days after; tested on features as of {2} with outcomes up to {3}</source>
        <translation>tidsbaserad undanhållning: tränad på {0} med utfall under de {1} dagarna efter; testad på egenskaper per {2} med utfall fram till {3}</translation>
    </message>
    <message>
        <source>hold-out of 30 % of customers at one cutoff ({0}); the history is too short for a time-based hold-out</source>
        <translation>30 % av kunderna undanhållna vid ett brytdatum ({0}); historiken är för kort för en tidsbaserad undanhållning</translation>
    </message>
    <message>
        <source>the churn rate was about {0:.0%} in the training windows but {1:.0%} in the test window: churn depends on the season or the business changed, so the figures for the next period may be off</source>
        <translation>kundbortfallet var omkring {0:.0%} i träningsperioderna men {1:.0%} i testperioden: kundbortfallet beror på säsongen eller så har verksamheten förändrats, så siffrorna för nästa period kan slå fel</translation>
    </message>
    <message>
        <source>history covers less than {0} months: seasonal effects and slow churn are not learnt</source>
        <translation>historiken täcker mindre än {0} månader: säsongseffekter och långsamt kundbortfall lärs inte in</translation>
    </message>
    <message>
        <source>only about {0} current customers: expect wide uncertainty in every figure</source>
        <translation>bara omkring {0} nuvarande kunder: räkna med stor osäkerhet i varje siffra</translation>
    </message>
    <message>
        <source>churn is rare in the training data (about {0} of {1}): the model has little to learn from</source>
        <translation>kundbortfall är sällsynt i träningsdata (omkring {0} av {1}): modellen får lite att lära sig av</translation>
    </message>
    <message>
        <source>every measure comes with its 95 % interval over {0} bootstrap resamples of the held-out customers; a narrower range means a more certain figure</source>
        <translation>varje mått anges med sitt 95 %-intervall över {0} bootstrap-omsamplingar av de undanhållna kunderna; ett smalare intervall betyder en säkrare siffra</translation>
    </message>
    <message>
        <source>only {0} customers had the rarer outcome (at most {1}): a strongly regularised logistic regression is used without a model contest, and drivers are shown only where their interval excludes zero; expect wide intervals</source>
        <translation>bara {0} kunder hade det ovanligare utfallet (högst {1}): en starkt regulariserad logistisk regression används utan modelltävling, och påverkande faktorer visas bara där deras intervall utesluter noll; räkna med breda intervall</translation>
    </message>
    <message>
        <source>gradient boosting did not beat the logistic regression beyond the noise of the held-out data, so the simpler model is kept</source>
        <translation>gradient boosting slog inte den logistiska regressionen med mer än bruset i de undanhållna data, så den enklare modellen behålls</translation>
    </message>
    <message>
        <source>alone predicts the outcome with ROC AUC {0:.2f}: it most likely records it</source>
        <translation>förutsäger ensam utfallet med ROC AUC {0:.2f}: den registrerar troligen själva utfallet</translation>
    </message>
    <message>
        <source>on the customers it never saw, the churn model&apos;s ranking cannot be told apart from chance (ROC AUC {0}): read its risks as the average rate rather than as a ranking; try a longer horizon (so that stopping shows in the history) or a longer history</source>
        <translation>på de kunder den aldrig har sett går bortfallsmodellens rangordning inte att skilja från slumpen (ROC AUC {0}): läs dess risker som den genomsnittliga andelen snarare än som en rangordning; prova en längre horisont (så att kunder som slutar syns i historiken) eller en längre historik</translation>
    </message>
    <message>
        <source>on the customers it never saw, the churn model&apos;s ranking cannot be told apart from chance (ROC AUC {0}): read its risks as the average rate rather than as a ranking; try more customers, or more columns that describe them</source>
        <translation>på de kunder den aldrig har sett går bortfallsmodellens rangordning inte att skilja från slumpen (ROC AUC {0}): läs dess risker som den genomsnittliga andelen snarare än som en rangordning; prova fler kunder, eller fler kolumner som beskriver dem</translation>
    </message>
    <message>
        <source>trained on a stratified sample of {0:,d} of {1:,d} rows</source>
        <translation>tränad på ett stratifierat urval av {0:,d} av {1:,d} rader</translation>
    </message>
    <message>
        <source>measured on a stratified sample of {0:,d} of {1:,d} held-out rows</source>
        <translation>mätt på ett stratifierat urval av {0:,d} av {1:,d} undanhållna rader</translation>
    </message>
    <message>
        <source>stratified {0}-fold cross-validation (a static snapshot has no history for a time-based hold-out); each customer is measured with the fold model that never saw them, and the model kept is refitted on all customers and calibrated on those out-of-fold scores</source>
        <translation>stratifierad korsvalidering med {0} delar (en statisk ögonblicksbild har ingen historik för en tidsbaserad undanhållning); varje kund mäts med den delmodell som aldrig har sett kunden, och den valda modellen tränas om på alla kunder och kalibreras på dessa poäng utanför respektive del</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; shifted (PSI {1:.2f})</source>
        <translation>&apos;{0}&apos; har förskjutits (PSI {1:.2f})</translation>
    </message>
    <message>
        <source>the model is {0:.0f} days old (retrain at least every {1} days)</source>
        <translation>modellen är {0:.0f} dagar gammal (träna om minst var {1}:e dag)</translation>
    </message>
    <message>
        <source>customers whose data trained the model have since opted out</source>
        <translation>kunder vars data modellen tränades på har sedan dess gjort invändning</translation>
    </message>
    <message>
        <source>customers whose data trained the model have since been erased on request</source>
        <translation>kunder vars data modellen tränades på har sedan dess raderats på begäran</translation>
    </message>
    <message>
        <source>a retention cleanup has deleted data the model was trained on</source>
        <translation>en gallring har raderat data som modellen tränades på</translation>
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
        <translation>Träna</translation>
    </message>
    <message>
        <source> days</source>
        <translation> dagar</translation>
    </message>
    <message>
        <source> weeks</source>
        <translation> veckor</translation>
    </message>
    <message>
        <source>&amp;Train models</source>
        <translation>&amp;Träna modeller</translation>
    </message>
    <message>
        <source>Predict churn and purchases &amp;within:</source>
        <translation>Förutsäg kundbortfall och köp &amp;inom:</translation>
    </message>
    <message>
        <source>Forecast support tickets for the &amp;next:</source>
        <translation>Prognostisera supportärenden för de &amp;närmaste:</translation>
    </message>
    <message>
        <source>P&amp;urpose (logged):</source>
        <translation>Ända&amp;mål (loggas):</translation>
    </message>
    <message>
        <source>Le&amp;gal basis:</source>
        <translation>&amp;Rättslig grund:</translation>
    </message>
    <message>
        <source>State the purpose of the analysis: it is recorded in the processing log.</source>
        <translation>Ange ändamålet med analysen: det registreras i behandlingsloggen.</translation>
    </message>
    <message>
        <source>Training models</source>
        <translation>Tränar modeller</translation>
    </message>
    <message>
        <source>Models trained and logged. The segments dashboard now shows the new results.</source>
        <translation>Modellerna är tränade och loggade. Segmentöversikten visar nu de nya resultaten.</translation>
    </message>
    <message>
        <source>Drift</source>
        <translation>Drift i data</translation>
    </message>
    <message>
        <source>Check &amp;drift</source>
        <translation>Kontrollera &amp;drift</translation>
    </message>
    <message>
        <source>Checking drift</source>
        <translation>Kontrollerar drift</translation>
    </message>
    <message>
        <source>Not checked yet. Checking compares today&apos;s customers with the ones the model learnt from; the check is recorded in the processing log.</source>
        <translation>Inte kontrollerad ännu. Kontrollen jämför dagens kunder med dem som modellen lärde sig av; kontrollen registreras i behandlingsloggen.</translation>
    </message>
    <message>
        <source>Retrain recommended:</source>
        <translation>Omträning rekommenderas:</translation>
    </message>
    <message>
        <source>No retraining needed: the population looks like the training data.</source>
        <translation>Ingen omträning behövs: populationen liknar träningsdata.</translation>
    </message>
    <message>
        <source>Shift (PSI) of {0}: {1:.3f}</source>
        <translation>Förskjutning (PSI) för {0}: {1:.3f}</translation>
    </message>
    <message>
        <source>Moderate shift in: {0}</source>
        <translation>Måttlig förskjutning i: {0}</translation>
    </message>
    <message>
        <source>Model age: {0:.0f} days</source>
        <translation>Modellens ålder: {0:.0f} dagar</translation>
    </message>
    <message>
        <source>&amp;Show model:</source>
        <translation>&amp;Visa modell:</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Measured on held-out data the model never saw. ROC AUC: 0.5 is guessing, 1 is perfect (real churn models reach about 0.7–0.85). PR AUC: higher is better. Brier score: lower is better. Top-decile lift: how many times more churners the 10 % with the highest risk hold than 10 % picked at random. Each 95 % range holds the measure in 95 % of resamples of the held-out customers: the wider it is, the less certain.</source>
        <translation>Mätt på undanhållna data som modellen aldrig har sett. ROC AUC: 0,5 är gissning, 1 är perfekt (verkliga churnmodeller når ungefär 0,7–0,85). PR AUC: högre är bättre. Brier-poäng: lägre är bättre. Lyft i översta decilen: hur många gånger fler som lämnar finns bland de 10 % med högst risk än bland slumpvis valda 10 %. Varje 95 %-intervall rymmer måttet i 95 % av omsamplingarna av de undanhållna kunderna: ju bredare, desto osäkrare.</translation>
    </message>
    <message>
        <source>outcome horizon {0} days; churn taken from {1}</source>
        <translation>utfallshorisont {0} dagar; churn hämtad från {1}</translation>
    </message>
    <message>
        <source>churn as marked by {0}; the label has no time window</source>
        <translation>churn enligt markeringen {0}; markeringen har inget tidsfönster</translation>
    </message>
    <message>
        <source>There is nothing left to train the models on.</source>
        <translation>Det finns inget kvar att träna modellerna på.</translation>
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
        <translation>Brier-poäng</translation>
    </message>
    <message>
        <source>Top-decile lift</source>
        <translation>Lyft i översta decilen</translation>
    </message>
    <message>
        <source>{0}, 95 % range</source>
        <translation>{0}, 95 %-intervall</translation>
    </message>
    <message>
        <source>Held-out quality of the model and its baselines</source>
        <translation>Modellens och jämförelsemodellernas kvalitet på undanhållna data</translation>
    </message>
    <message>
        <source>Calibration chart</source>
        <translation>Kalibreringsdiagram</translation>
    </message>
    <message>
        <source>Lift chart</source>
        <translation>Lyftdiagram</translation>
    </message>
    <message>
        <source>No trained model yet. Choose the options above and press Train models: the models learn from the imported history and are tested on data they never saw.</source>
        <translation>Ingen tränad modell ännu. Välj alternativen ovan och klicka på Träna modeller: modellerna lär sig av den importerade historiken och testas på data som de aldrig har sett.</translation>
    </message>
    <message>
        <source>Models trained {0}; {1}.</source>
        <translation>Modellerna tränades {0}; {1}.</translation>
    </message>
    <message>
        <source>Recurring charges, not predicted as purchases: {0}</source>
        <translation>Återkommande avgifter, förutsägs inte som köp: {0}</translation>
    </message>
    <message>
        <source>Left out &apos;{0}&apos;: {1}</source>
        <translation>Utelämnade ”{0}”: {1}</translation>
    </message>
    <message>
        <source>Churn risk</source>
        <translation>Bortfallsrisk</translation>
    </message>
    <message>
        <source>Purchase propensity ({0})</source>
        <translation>Köpbenägenhet ({0})</translation>
    </message>
    <message>
        <source>Buy-till-you-die ({0}): about {1} repeat purchases expected in the next {2} days, about {3} per week.</source>
        <translation>Buy-till-you-die ({0}): omkring {1} återköp väntas under de kommande {2} dagarna, omkring {3} per vecka.</translation>
    </message>
    <message>
        <source>Adjusted ×{0} for the season and trend: in the same days a year earlier, that many times the purchases the model then expected came.</source>
        <translation>Justerat ×{0} för säsong och trend: under samma dagar ett år tidigare kom så många gånger de köp som modellen då väntade.</translation>
    </message>
    <message>
        <source>On the last {0} days, which it never saw, it expected {1} and there were {2}.</source>
        <translation>Under de senaste {0} dagarna, som den aldrig såg, väntade den {1} och det blev {2}.</translation>
    </message>
    <message>
        <source>{0}. Validation: {1}.</source>
        <translation>{0}. Validering: {1}.</translation>
    </message>
    <message>
        <source>{0} (kept), held-out</source>
        <translation>{0} (vald), undanhållna data</translation>
    </message>
    <message>
        <source>Baseline: {0}</source>
        <translation>Jämförelsemodell: {0}</translation>
    </message>
    <message>
        <source>What drives it:</source>
        <translation>Vad som påverkar:</translation>
    </message>
    <message>
        <source>No drivers were computed for this model.</source>
        <translation>Inga påverkande faktorer beräknades för den här modellen.</translation>
    </message>
    <message>
        <source>Calibration: predicted against observed</source>
        <translation>Kalibrering: förutsagt mot observerat</translation>
    </message>
    <message>
        <source>This model</source>
        <translation>Den här modellen</translation>
    </message>
    <message>
        <source>Perfect calibration</source>
        <translation>Perfekt kalibrering</translation>
    </message>
    <message>
        <source>Predicted probability</source>
        <translation>Förutsagd sannolikhet</translation>
    </message>
    <message>
        <source>Observed rate</source>
        <translation>Observerad andel</translation>
    </message>
    <message>
        <source>Predicted against observed rate per group of customers: {0}</source>
        <translation>Förutsagd mot observerad andel per kundgrupp: {0}</translation>
    </message>
    <message>
        <source>Lift by decile</source>
        <translation>Lyft per decil</translation>
    </message>
    <message>
        <source>Decile (highest predicted risk first)</source>
        <translation>Decil (högst förutsagd risk först)</translation>
    </message>
    <message>
        <source>Lift</source>
        <translation>Lyft</translation>
    </message>
    <message>
        <source>Picking at random (1×)</source>
        <translation>Slumpmässigt urval (1×)</translation>
    </message>
    <message>
        <source>Lift per decile, highest predicted risk first: {0}</source>
        <translation>Lyft per decil, högst förutsagd risk först: {0}</translation>
    </message>
</context>
<context>
    <name>OptOutsTab</name>
    <message>
        <source>Opt-out register counts</source>
        <translation>Antal i invändningsregistret</translation>
    </message>
    <message>
        <source>A customer who objects (GDPR Art. 21) is removed from every table and score at once and left out of every later import. Type customer IDs as in the CRM export and/or e-mail addresses, one per line or separated by commas.</source>
        <translation>En kund som gör invändning (artikel 21 i GDPR) tas genast bort från alla tabeller och poäng och utelämnas vid varje senare import. Ange kund-id:n som i CRM-exporten och/eller e-postadresser, en per rad eller avgränsade med kommatecken.</translation>
    </message>
    <message>
        <source>Customer IDs</source>
        <translation>Kund-id:n</translation>
    </message>
    <message>
        <source>E-mail addresses</source>
        <translation>E-postadresser</translation>
    </message>
    <message>
        <source>Customer &amp;IDs:</source>
        <translation>&amp;Kund-id:n:</translation>
    </message>
    <message>
        <source>E-&amp;mail addresses:</source>
        <translation>&amp;E-postadresser:</translation>
    </message>
    <message>
        <source>Record ob&amp;jection</source>
        <translation>Registrera in&amp;vändning</translation>
    </message>
    <message>
        <source>Objections from a &amp;file…</source>
        <translation>Invändningar från &amp;fil…</translation>
    </message>
    <message>
        <source>Record re-co&amp;nsent…</source>
        <translation>Registrera förnyat &amp;samtycke…</translation>
    </message>
    <message>
        <source>On the register: {0} customers who objected, {1} erased on request, {2} e-mail addresses not yet matched to a customer.</source>
        <translation>I registret: {0} kunder som har gjort invändning, {1} raderade på begäran, {2} e-postadresser som ännu inte matchats mot en kund.</translation>
    </message>
    <message>
        <source>Type at least one customer ID or e-mail address first.</source>
        <translation>Ange minst ett kund-id eller en e-postadress först.</translation>
    </message>
    <message>
        <source>Files listing the customers who object</source>
        <translation>Filer med kunder som gör invändning</translation>
    </message>
    <message>
        <source>Lists (*.csv *.txt *.xlsx *.json);;All files (*)</source>
        <translation>Listor (*.csv *.txt *.xlsx *.json);;Alla filer (*)</translation>
    </message>
    <message>
        <source>Reading the opt-out list</source>
        <translation>Läser invändningslistan</translation>
    </message>
    <message>
        <source>Record the objection of {0} customer IDs and {1} e-mail addresses? Their data is removed from every table now, for good; after a re-consent it returns only with the next import.</source>
        <translation>Registrera invändning för {0} kund-id:n och {1} e-postadresser? Deras data tas bort från alla tabeller nu, permanent; efter ett förnyat samtycke kommer de tillbaka först med nästa import.</translation>
    </message>
    <message>
        <source>Record objection</source>
        <translation>Registrera invändning</translation>
    </message>
    <message>
        <source>Recorded. {0} customers&apos; data removed ({1} rows); {2} e-mail addresses will be excluded when they appear; register holds {3}. Log entry {4}.</source>
        <translation>Registrerat. Data för {0} kunder borttagna ({1} rader); {2} e-postadresser utesluts när de dyker upp; registret innehåller {3}. Loggpost {4}.</translation>
    </message>
    <message>
        <source>Record re-consent for {0} customer IDs and {1} e-mail addresses? They leave the opt-out register; their data returns with the next import.</source>
        <translation>Registrera förnyat samtycke för {0} kund-id:n och {1} e-postadresser? De tas bort från invändningsregistret; deras data kommer tillbaka med nästa import.</translation>
    </message>
    <message>
        <source>Record re-consent</source>
        <translation>Registrera förnyat samtycke</translation>
    </message>
    <message>
        <source>Re-consent recorded for {0} customers; their data returns with the next import. Log entry {1}.</source>
        <translation>Förnyat samtycke registrerat för {0} kunder; deras data kommer tillbaka med nästa import. Loggpost {1}.</translation>
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
        <translation>Senaste import:</translation>
    </message>
    <message>
        <source>Processing log:</source>
        <translation>Behandlingslogg:</translation>
    </message>
    <message>
        <source>&amp;Import data…</source>
        <translation>&amp;Importera data…</translation>
    </message>
    <message>
        <source>&amp;Train models…</source>
        <translation>&amp;Träna modeller…</translation>
    </message>
    <message>
        <source>Retention &amp;cleanup…</source>
        <translation>Gallring enligt &amp;lagringstid…</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>Nästa steg</translation>
    </message>
    <message>
        <source>1. Import your customer data</source>
        <translation>1. Importera dina kunddata</translation>
    </message>
    <message>
        <source>2. Check the import report</source>
        <translation>2. Kontrollera importrapporten</translation>
    </message>
    <message>
        <source>Import &amp;report…</source>
        <translation>Import&amp;rapport…</translation>
    </message>
    <message>
        <source>3. Train the models</source>
        <translation>3. Träna modellerna</translation>
    </message>
    <message>
        <source>4. Look at the segments</source>
        <translation>4. Titta på segmenten</translation>
    </message>
    <message>
        <source>&amp;Segments…</source>
        <translation>&amp;Segment…</translation>
    </message>
    <message>
        <source>5. Start a campaign or export an action list</source>
        <translation>5. Starta en kampanj eller exportera en åtgärdslista</translation>
    </message>
    <message>
        <source>Ca&amp;mpaigns…</source>
        <translation>Ka&amp;mpanjer…</translation>
    </message>
    <message>
        <source>Pilot closed</source>
        <translation>Piloten avslutad</translation>
    </message>
    <message>
        <source>Processing &amp;log…</source>
        <translation>&amp;Behandlingslogg…</translation>
    </message>
    <message>
        <source>Read, verify and export the processing log</source>
        <translation>Läs, verifiera och exportera behandlingsloggen</translation>
    </message>
    <message>
        <source>&amp;Art. 30 record…</source>
        <translation>Register enligt &amp;art. 30…</translation>
    </message>
    <message>
        <source>Save the record of processing activities for the data-protection officer</source>
        <translation>Spara registret över behandling för dataskyddsombudet</translation>
    </message>
    <message>
        <source>Pilot KPIs</source>
        <translation>Pilotens KPI:er</translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Utgångsvärde</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Nu</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Förändring</translation>
    </message>
    <message>
        <source>Take &amp;baseline now</source>
        <translation>Registrera &amp;utgångsvärden nu</translation>
    </message>
    <message>
        <source>Record today&apos;s KPIs as the baseline the pilot is measured against</source>
        <translation>Registrera dagens KPI:er som de utgångsvärden piloten mäts mot</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Översikt</translation>
    </message>
    <message>
        <source>Reading the project</source>
        <translation>Läser projektet</translation>
    </message>
    <message>
        <source>Replace the KPI baseline</source>
        <translation>Ersätt KPI-utgångsvärdena</translation>
    </message>
    <message>
        <source>A baseline was taken on {0}; the pilot is measured against it. Replace it with today&apos;s figures?</source>
        <translation>Utgångsvärden registrerades {0}; piloten mäts mot dem. Vill du ersätta dem med dagens siffror?</translation>
    </message>
    <message>
        <source>Taking the KPI baseline</source>
        <translation>Registrerar KPI-utgångsvärden</translation>
    </message>
    <message>
        <source>Baseline taken: the KPIs from now on are compared with today&apos;s.</source>
        <translation>Utgångsvärden registrerade: KPI:erna jämförs från och med nu med dagens.</translation>
    </message>
    <message>
        <source>Baseline taken on {0} (data up to {1}).</source>
        <translation>Utgångsvärden registrerade {0} (data till och med {1}).</translation>
    </message>
    <message>
        <source>No baseline yet: it is taken at the first training, or now.</source>
        <translation>Inga utgångsvärden ännu: de registreras vid den första träningen eller nu.</translation>
    </message>
    <message>
        <source>Now: data up to {0}.</source>
        <translation>Nu: data till och med {0}.</translation>
    </message>
    <message>
        <source>This pilot was closed on {0}. Erased for good, their keys destroyed: customers, events, scores, identities, the opt-out register and the models (rows: {1}; tables: {2}; stored models: {3}). Nothing can be imported or trained in this project any more; create a new project for a new pilot.
What remains: the processing log (entries: {4}), which the data-protection officer can still verify and export, and the Art. 30 record, which can still be saved. The client keeps the handover bundle saved before closing.</source>
        <translation>Den här piloten avslutades {0}. Permanent raderade, med sina nycklar förstörda: kunder, händelser, riskpoäng, identiteter, invändningsregistret och modellerna (rader: {1}; tabeller: {2}; lagrade modeller: {3}). Inget kan längre importeras eller tränas i det här projektet; skapa ett nytt projekt för en ny pilot.
Det som finns kvar: behandlingsloggen (poster: {4}), som dataskyddsombudet fortfarande kan verifiera och exportera, och registret enligt art. 30, som fortfarande kan sparas. Kunden behåller överlämningspaketet som sparades före avslutet.</translation>
    </message>
    <message>
        <source>Customers imported: {0}</source>
        <translation>Importerade kunder: {0}</translation>
    </message>
    <message>
        <source>No data yet</source>
        <translation>Inga data ännu</translation>
    </message>
    <message>
        <source>The last import was refused: import the export again to see its report and what to fix</source>
        <translation>Den senaste importen avvisades: importera exporten igen för att se rapporten och vad som behöver rättas</translation>
    </message>
    <message>
        <source>The last import&apos;s warnings were not confirmed: import the export again and review them</source>
        <translation>Varningarna från den senaste importen bekräftades inte: importera exporten igen och granska dem</translation>
    </message>
    <message>
        <source>Warnings confirmed at import: {0}</source>
        <translation>Varningar bekräftade vid import: {0}</translation>
    </message>
    <message>
        <source>Trained</source>
        <translation>Tränade</translation>
    </message>
    <message>
        <source>Segments: {0}</source>
        <translation>Segment: {0}</translation>
    </message>
    <message>
        <source>Campaigns and action lists so far: {0}</source>
        <translation>Kampanjer och åtgärdslistor hittills: {0}</translation>
    </message>
    <message>
        <source>{0} (as encrypted IDs); opt-out register: {1}</source>
        <translation>{0} (som krypterade id:n); invändningsregister: {1}</translation>
    </message>
    <message>
        <source>{0}: {1} rows</source>
        <translation>{0}: {1} rader</translation>
    </message>
    <message>
        <source>None: erased when the pilot was closed.</source>
        <translation>Inga: raderade när piloten avslutades.</translation>
    </message>
    <message>
        <source>No data imported yet.</source>
        <translation>Inga data har importerats ännu.</translation>
    </message>
    <message>
        <source>{0} entries, verified</source>
        <translation>{0} poster, verifierad</translation>
    </message>
    <message>
        <source>DOES NOT VERIFY: {0}</source>
        <translation>KAN INTE VERIFIERAS: {0}</translation>
    </message>
    <message>
        <source>Retention cleanup is due: some data is past its retention period ({0}). Open Privacy → Retention to review and delete it.</source>
        <translation>Gallring krävs: vissa data har passerat sin lagringstid ({0}). Öppna Dataskydd → Lagringstid för att granska och radera dem.</translation>
    </message>
    <message>
        <source>Retrain recommended: the models were trained on data that includes people since excluded (opt-out, erasure or retention cleanup). Open Models to train them again.</source>
        <translation>Omträning rekommenderas: modellerna tränades på data som innehåller personer som sedan dess har uteslutits (invändning, radering eller gallring). Öppna Modeller för att träna dem igen.</translation>
    </message>
</context>
<context>
    <name>Phrases</name>
    <message>
        <source>All customers</source>
        <translation>Alla kunder</translation>
    </message>
    <message>
        <source>Typical customers</source>
        <translation>Typiska kunder</translation>
    </message>
    <message>
        <source>high {0}</source>
        <translation>hög {0}</translation>
    </message>
    <message>
        <source>low {0}</source>
        <translation>låg {0}</translation>
    </message>
    <message>
        <source>long-standing customers</source>
        <translation>långvariga kunder</translation>
    </message>
    <message>
        <source>new customers</source>
        <translation>nya kunder</translation>
    </message>
    <message>
        <source>older customers</source>
        <translation>äldre kunder</translation>
    </message>
    <message>
        <source>younger customers</source>
        <translation>yngre kunder</translation>
    </message>
    <message>
        <source>inactive for a while</source>
        <translation>inaktiva en tid</translation>
    </message>
    <message>
        <source>recently active</source>
        <translation>nyligen aktiva</translation>
    </message>
    <message>
        <source>not using the product lately</source>
        <translation>använder inte produkten på sistone</translation>
    </message>
    <message>
        <source>used the product recently</source>
        <translation>har använt produkten nyligen</translation>
    </message>
    <message>
        <source>heavy recent usage</source>
        <translation>hög användning på sistone</translation>
    </message>
    <message>
        <source>little recent usage</source>
        <translation>låg användning på sistone</translation>
    </message>
    <message>
        <source>heavy usage</source>
        <translation>hög användning</translation>
    </message>
    <message>
        <source>light usage</source>
        <translation>låg användning</translation>
    </message>
    <message>
        <source>usage rising over the last 4 weeks</source>
        <translation>ökande användning de senaste 4 veckorna</translation>
    </message>
    <message>
        <source>usage falling over the last 4 weeks</source>
        <translation>minskande användning de senaste 4 veckorna</translation>
    </message>
    <message>
        <source>frequent logins</source>
        <translation>täta inloggningar</translation>
    </message>
    <message>
        <source>few logins</source>
        <translation>få inloggningar</translation>
    </message>
    <message>
        <source>logins rising</source>
        <translation>ökande inloggningar</translation>
    </message>
    <message>
        <source>logins falling over the last 4 weeks</source>
        <translation>minskande inloggningar de senaste 4 veckorna</translation>
    </message>
    <message>
        <source>usage growing (8 weeks)</source>
        <translation>växande användning (8 veckor)</translation>
    </message>
    <message>
        <source>usage shrinking (8 weeks)</source>
        <translation>krympande användning (8 veckor)</translation>
    </message>
    <message>
        <source>many features in use</source>
        <translation>många funktioner i bruk</translation>
    </message>
    <message>
        <source>few features in use</source>
        <translation>få funktioner i bruk</translation>
    </message>
    <message>
        <source>no purchase for a while</source>
        <translation>inget köp på ett tag</translation>
    </message>
    <message>
        <source>bought recently</source>
        <translation>köpte nyligen</translation>
    </message>
    <message>
        <source>frequent purchases</source>
        <translation>täta köp</translation>
    </message>
    <message>
        <source>few purchases</source>
        <translation>få köp</translation>
    </message>
    <message>
        <source>many purchases this year</source>
        <translation>många köp i år</translation>
    </message>
    <message>
        <source>few purchases this year</source>
        <translation>få köp i år</translation>
    </message>
    <message>
        <source>high recent spend</source>
        <translation>högt köpbelopp på sistone</translation>
    </message>
    <message>
        <source>low recent spend</source>
        <translation>lågt köpbelopp på sistone</translation>
    </message>
    <message>
        <source>high spend</source>
        <translation>högt köpbelopp</translation>
    </message>
    <message>
        <source>low spend</source>
        <translation>lågt köpbelopp</translation>
    </message>
    <message>
        <source>spend rising</source>
        <translation>ökande köpbelopp</translation>
    </message>
    <message>
        <source>spend falling</source>
        <translation>minskande köpbelopp</translation>
    </message>
    <message>
        <source>many small add-on orders</source>
        <translation>många små tilläggsbeställningar</translation>
    </message>
    <message>
        <source>few small add-on orders</source>
        <translation>få små tilläggsbeställningar</translation>
    </message>
    <message>
        <source>more small add-on orders</source>
        <translation>fler små tilläggsbeställningar</translation>
    </message>
    <message>
        <source>fewer small add-on orders</source>
        <translation>färre små tilläggsbeställningar</translation>
    </message>
    <message>
        <source>repeatedly late payments</source>
        <translation>upprepade sena betalningar</translation>
    </message>
    <message>
        <source>payments on time</source>
        <translation>betalningar i tid</translation>
    </message>
    <message>
        <source>long payment delays</source>
        <translation>långa betalningsförseningar</translation>
    </message>
    <message>
        <source>prompt payment</source>
        <translation>snabb betalning</translation>
    </message>
    <message>
        <source>overdue invoices</source>
        <translation>förfallna fakturor</translation>
    </message>
    <message>
        <source>no overdue invoices</source>
        <translation>inga förfallna fakturor</translation>
    </message>
    <message>
        <source>many recent support tickets</source>
        <translation>många supportärenden på sistone</translation>
    </message>
    <message>
        <source>few recent support tickets</source>
        <translation>få supportärenden på sistone</translation>
    </message>
    <message>
        <source>many support tickets per month</source>
        <translation>många supportärenden per månad</translation>
    </message>
    <message>
        <source>few support tickets</source>
        <translation>få supportärenden</translation>
    </message>
    <message>
        <source>support tickets rising</source>
        <translation>ökande antal supportärenden</translation>
    </message>
    <message>
        <source>support tickets falling</source>
        <translation>minskande antal supportärenden</translation>
    </message>
    <message>
        <source>unresolved tickets</source>
        <translation>olösta ärenden</translation>
    </message>
    <message>
        <source>no open tickets</source>
        <translation>inga öppna ärenden</translation>
    </message>
    <message>
        <source>slow ticket resolution</source>
        <translation>ärenden löses långsamt</translation>
    </message>
    <message>
        <source>fast ticket resolution</source>
        <translation>ärenden löses snabbt</translation>
    </message>
    <message>
        <source>many tickets in the first three months</source>
        <translation>många ärenden under de tre första månaderna</translation>
    </message>
    <message>
        <source>few tickets in the first three months</source>
        <translation>få ärenden under de tre första månaderna</translation>
    </message>
    <message>
        <source>good feedback scores</source>
        <translation>goda omdömen</translation>
    </message>
    <message>
        <source>poor feedback scores</source>
        <translation>dåliga omdömen</translation>
    </message>
    <message>
        <source>feedback improving</source>
        <translation>allt bättre omdömen</translation>
    </message>
    <message>
        <source>feedback worsening</source>
        <translation>allt sämre omdömen</translation>
    </message>
    <message>
        <source>spend of the last 52 weeks</source>
        <translation>köpbelopp de senaste 52 veckorna</translation>
    </message>
    <message>
        <source>likely still buying (buy-till-you-die)</source>
        <translation>troligen fortfarande köpande (buy-till-you-die)</translation>
    </message>
    <message>
        <source>likely to have stopped buying (buy-till-you-die)</source>
        <translation>har troligen slutat köpa (buy-till-you-die)</translation>
    </message>
    <message>
        <source>many purchases expected (buy-till-you-die)</source>
        <translation>många köp förväntas (buy-till-you-die)</translation>
    </message>
    <message>
        <source>few purchases expected (buy-till-you-die)</source>
        <translation>få köp förväntas (buy-till-you-die)</translation>
    </message>
    <message>
        <source>churn</source>
        <translation>kundbortfall</translation>
    </message>
    <message>
        <source>purchase</source>
        <translation>köp</translation>
    </message>
    <message>
        <source>purchase: {0}</source>
        <translation>köp: {0}</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>måndag</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>tisdag</translation>
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
        <translation>lördag</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>söndag</translation>
    </message>
    <message>
        <source>{0}–{1}</source>
        <translation>{0}–{1}</translation>
    </message>
    <message>
        <source>spreadsheet day numbers (45292 = 2024-01-01)</source>
        <translation>kalkylarkets dagnummer (45292 = 2024-01-01)</translation>
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
        <translation>Dataskyddsskyldigheter</translation>
    </message>
    <message>
        <source>&amp;Opt-out register</source>
        <translation>&amp;Invändningsregister</translation>
    </message>
    <message>
        <source>&amp;Retention</source>
        <translation>&amp;Lagringstid</translation>
    </message>
    <message>
        <source>Data-subject re&amp;quests</source>
        <translation>&amp;Registrerades begäranden</translation>
    </message>
    <message>
        <source>Processing lo&amp;g</source>
        <translation>Behan&amp;dlingslogg</translation>
    </message>
    <message>
        <source>The opt-out register, the retention deadlines and data-subject requests have no data left to act on; the processing log remains.</source>
        <translation>Invändningsregistret, lagringsfristerna och de registrerades begäranden har inga data kvar att agera på; behandlingsloggen finns kvar.</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>Dataskydd</translation>
    </message>
</context>
<context>
    <name>Reasons</name>
    <message>
        <source>&apos;{0}&apos; did not reduce churn in this business</source>
        <translation>&apos;{0}&apos; inte minskade kundbortfallet i den här verksamheten</translation>
    </message>
    <message>
        <source>their churn risk is {0:.1f} times the average</source>
        <translation>deras bortfallsrisk är {0:.1f} gånger genomsnittet</translation>
    </message>
    <message>
        <source>their churn risk is {0:.1f} times the average; they stand out by {1}</source>
        <translation>deras bortfallsrisk är {0:.1f} gånger genomsnittet; de utmärker sig genom {1}</translation>
    </message>
    <message>
        <source>their churn risk is below average</source>
        <translation>deras bortfallsrisk ligger under genomsnittet</translation>
    </message>
    <message>
        <source>they are valuable and likely to stay</source>
        <translation>de är värdefulla och troligen stannar</translation>
    </message>
    <message>
        <source>their usage fell over the last four weeks</source>
        <translation>deras användning har minskat de senaste fyra veckorna</translation>
    </message>
    <message>
        <source>they have been paying late</source>
        <translation>de har betalat sent</translation>
    </message>
    <message>
        <source>they need support often</source>
        <translation>de ofta behöver support</translation>
    </message>
    <message>
        <source>their feedback scores are worsening</source>
        <translation>deras omdömen blir allt sämre</translation>
    </message>
    <message>
        <source>they use few of the features they pay for</source>
        <translation>de använder få av de funktioner som de betalar för</translation>
    </message>
    <message>
        <source>they needed a lot of support early on</source>
        <translation>de behövde mycket support i början</translation>
    </message>
    <message>
        <source>they order fewer small add-ons</source>
        <translation>de beställer färre små tillägg</translation>
    </message>
    <message>
        <source>their usage is growing</source>
        <translation>deras användning ökar</translation>
    </message>
    <message>
        <source>their team is growing</source>
        <translation>deras team växer</translation>
    </message>
    <message>
        <source>they have not bought for longer than most</source>
        <translation>de inte har köpt något på längre tid än de flesta</translation>
    </message>
    <message>
        <source>they have been less active than most</source>
        <translation>de har varit mindre aktiva än de flesta</translation>
    </message>
    <message>
        <source>they are newer customers than most</source>
        <translation>de är nyare kunder än de flesta</translation>
    </message>
    <message>
        <source>they pay more than most each month</source>
        <translation>de betalar mer än de flesta varje månad</translation>
    </message>
    <message>
        <source>they use fewer products than most</source>
        <translation>de använder färre produkter än de flesta</translation>
    </message>
    <message>
        <source>they hold larger balances than most</source>
        <translation>de har större saldon än de flesta</translation>
    </message>
</context>
<context>
    <name>RecordSettingsDialog</name>
    <message>
        <source>Details for the Art. 30 record</source>
        <translation>Uppgifter för registret enligt art. 30</translation>
    </message>
    <message>
        <source>address, e-mail or phone</source>
        <translation>adress, e-post eller telefon</translation>
    </message>
    <message>
        <source>the DPO&apos;s contact, or “none appointed”</source>
        <translation>dataskyddsombudets kontaktuppgifter, eller ”inget utsett”</translation>
    </message>
    <message>
        <source>e.g. access limited to two named staff, screen lock</source>
        <translation>t.ex. åtkomst begränsad till två namngivna anställda, skärmlås</translation>
    </message>
    <message>
        <source>The record of processing activities names who is responsible. These details are not filled in yet; they are saved in the project&apos;s settings (the change is logged) and used for every later record.</source>
        <translation>Registret över behandling anger vem som är ansvarig. De här uppgifterna är inte ifyllda ännu; de sparas i projektets inställningar (ändringen loggas) och används för varje senare register.</translation>
    </message>
    <message>
        <source>&amp;Save and continue</source>
        <translation>&amp;Spara och fortsätt</translation>
    </message>
</context>
<context>
    <name>ReportStep</name>
    <message>
        <source>Full data-quality report</source>
        <translation>Fullständig datakvalitetsrapport</translation>
    </message>
    <message>
        <source>Show &amp;technical details</source>
        <translation>Visa &amp;tekniska detaljer</translation>
    </message>
    <message>
        <source>I have &amp;read the warnings and want to import anyway</source>
        <translation>Jag har &amp;läst varningarna och vill importera ändå</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Iakttagelser</translation>
    </message>
    <message>
        <source>Hide &amp;technical details</source>
        <translation>Dölj &amp;tekniska detaljer</translation>
    </message>
    <message>
        <source>Import refused: what is listed under &quot;Must be fixed&quot; has to be fixed first. Each finding says what to do: usually go Back to the Columns step and choose another role for a column, or correct the file and choose it again.</source>
        <translation>Importen avvisades: det som står under ”Måste rättas” måste rättas först. Varje iakttagelse anger vad du ska göra: oftast gå Tillbaka till steget Kolumner och välja en annan roll för en kolumn, eller rätta filen och välja den igen.</translation>
    </message>
    <message>
        <source>Must be fixed before importing</source>
        <translation>Måste rättas före import</translation>
    </message>
    <message>
        <source>Check, then confirm below</source>
        <translation>Kontrollera och bekräfta sedan nedan</translation>
    </message>
    <message>
        <source>Good to know</source>
        <translation>Bra att veta</translation>
    </message>
    <message>
        <source>column “{0}”</source>
        <translation>kolumnen ”{0}”</translation>
    </message>
    <message>
        <source>Or</source>
        <translation>Eller</translation>
    </message>
    <message>
        <source>What to do: {0}</source>
        <translation>Vad du ska göra: {0}</translation>
    </message>
    <message>
        <source>tick “Leave out the rows that have no customer ID” below.</source>
        <translation>markera ”Utelämna raderna utan kund-id” nedan.</translation>
    </message>
    <message>
        <source>only if every customer gave explicit consent, tick “Explicit consent recorded” for “{0}” on the Columns step.</source>
        <translation>endast om varje kund har gett uttryckligt samtycke: markera ”Uttryckligt samtycke registrerat” för ”{0}” i steget Kolumner.</translation>
    </message>
    <message>
        <source>check a few values of “{0}” in the file; if they were read the wrong way round, choose how they are written under “Written as” on the Columns step.</source>
        <translation>kontrollera några värden i ”{0}” i filen; om de har tolkats på fel sätt, välj hur de är skrivna under ”Skrivs som” i steget Kolumner.</translation>
    </message>
    <message>
        <source>on the Columns step, choose “{0}” for “{1}”.</source>
        <translation>i steget Kolumner, välj ”{0}” för ”{1}”.</translation>
    </message>
    <message>
        <source>on the Columns step, choose “{0}” for the column that holds it.</source>
        <translation>i steget Kolumner, välj ”{0}” för den kolumn som innehåller det.</translation>
    </message>
    <message>
        <source>on the Columns step, choose another role for “{0}”.</source>
        <translation>i steget Kolumner, välj en annan roll för ”{0}”.</translation>
    </message>
    <message>
        <source>Rows without a customer ID can be left out with the box below.</source>
        <translation>Rader utan kund-id kan utelämnas med rutan nedan.</translation>
    </message>
    <message>
        <source>Nothing refused. Read the warnings and confirm them to continue.</source>
        <translation>Inget avvisat. Läs varningarna och bekräfta dem för att fortsätta.</translation>
    </message>
    <message>
        <source>Nothing refused and no warnings: ready to import.</source>
        <translation>Inget avvisat och inga varningar: klart att importera.</translation>
    </message>
    <message>
        <source>&amp;Leave out the {0} rows that have no customer ID (guest orders); they are counted in the report and in the processing log</source>
        <translation>&amp;Utelämna de {0} raderna utan kund-id (gästbeställningar); de räknas i rapporten och i behandlingsloggen</translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <source>Record of processing activities (GDPR Art. 30)</source>
        <translation>Register över behandlingar (GDPR Art. 30)</translation>
    </message>
    <message>
        <source>1. Controller and data protection officer</source>
        <translation>1. Personuppgiftsansvarig och dataskyddsombud</translation>
    </message>
    <message>
        <source>2. Purposes of the processing and legal bases</source>
        <translation>2. Ändamål med behandlingen och rättsliga grunder</translation>
    </message>
    <message>
        <source>3. Categories of data subjects</source>
        <translation>3. Kategorier av registrerade</translation>
    </message>
    <message>
        <source>4. Categories of personal data</source>
        <translation>4. Kategorier av personuppgifter</translation>
    </message>
    <message>
        <source>5. Recipients and transfers to third countries</source>
        <translation>5. Mottagare och överföringar till tredjeländer</translation>
    </message>
    <message>
        <source>6. Retention periods</source>
        <translation>6. Lagringstider</translation>
    </message>
    <message>
        <source>7. Technical and organisational measures</source>
        <translation>7. Tekniska och organisatoriska säkerhetsåtgärder</translation>
    </message>
    <message>
        <source>8. Data held</source>
        <translation>8. Lagrade data</translation>
    </message>
    <message>
        <source>9. Opt-outs honoured</source>
        <translation>9. Beaktade invändningar</translation>
    </message>
    <message>
        <source>10. Retention runs and erasures</source>
        <translation>10. Gallringar och raderingar</translation>
    </message>
    <message>
        <source>11. Models trained</source>
        <translation>11. Tränade modeller</translation>
    </message>
    <message>
        <source>12. Re-identification risk</source>
        <translation>12. Risk för återidentifiering</translation>
    </message>
    <message>
        <source>13. Processing log</source>
        <translation>13. Behandlingslogg</translation>
    </message>
    <message>
        <source>not configured (project setting &apos;{0}&apos;)</source>
        <translation>inte konfigurerat (projektinställningen &apos;{0}&apos;)</translation>
    </message>
    <message>
        <source>Customers and contacts of the controller (persons in the imported CRM exports)</source>
        <translation>Den personuppgiftsansvariges kunder och kontakter (personer i de importerade CRM-exporterna)</translation>
    </message>
    <message>
        <source>Limits per table, enforced by Prevista&apos;s retention cleanup (expired rows are deleted and the replaced files crypto-shredded):</source>
        <translation>Gränser per tabell, som upprätthålls av Previstas gallring (rader som passerat sin gräns raderas och de ersatta filerna kryptoraderas):</translation>
    </message>
    <message>
        <source>Special categories (Art. 9) processed with explicit consent: {0}</source>
        <translation>Särskilda kategorier (Art. 9) som behandlas med uttryckligt samtycke: {0}</translation>
    </message>
    <message>
        <source>Organisational measures of the controller: {0}</source>
        <translation>Den personuppgiftsansvariges organisatoriska åtgärder: {0}</translation>
    </message>
    <message>
        <source>Retention runs carried out: {0}.</source>
        <translation>Genomförda gallringar: {0}.</translation>
    </message>
    <message>
        <source>Erasures carried out (Art. 17): {0}.</source>
        <translation>Genomförda raderingar (Art. 17): {0}.</translation>
    </message>
    <message>
        <source>Rows in &apos;{0}&apos;</source>
        <translation>Rader i &apos;{0}&apos;</translation>
    </message>
    <message>
        <source>DOES NOT VERIFY — entry {0}: {1}. The activity sections above are left empty because the log cannot vouch for them.</source>
        <translation>KAN INTE VERIFIERAS – post {0}: {1}. Avsnitten om aktiviteter ovan lämnas tomma eftersom loggen inte kan gå i god för dem.</translation>
    </message>
    <message>
        <source>A DPO can check the log without the data passphrase, against the fingerprint kept on file (not the key file beside the log, which anyone could replace): prevista audit verify --log processing-log.jsonl --pubkey processing-log.pub --fingerprint {0}</source>
        <translation>Ett dataskyddsombud kan kontrollera loggen utan datalösenfrasen, mot det fingeravtryck som finns sparat (inte nyckelfilen bredvid loggen, som vem som helst skulle kunna byta ut): prevista audit verify --log processing-log.jsonl --pubkey processing-log.pub --fingerprint {0}</translation>
    </message>
    <message>
        <source>Generated by Prevista on {0} UTC. Aggregates only: this record contains no personal data.</source>
        <translation>Skapat av Prevista den {0} UTC. Endast aggregerade data: det här registret innehåller inga personuppgifter.</translation>
    </message>
    <message>
        <source>Offline processing: Prevista makes no network connections; data, models and reports stay on this computer.</source>
        <translation>Behandling offline: Prevista upprättar inga nätverksanslutningar; data, modeller och rapporter stannar på den här datorn.</translation>
    </message>
    <message>
        <source>Pseudonymization: customer IDs are replaced by encrypted IDs (deterministic AES-SIV under a project subkey), reversible only with the key; analysis tables hold a numeric key only.</source>
        <translation>Pseudonymisering: kund-id ersätts med krypterade id (deterministisk AES-SIV under en undernyckel för projektet), som bara kan återställas med nyckeln; analystabellerna innehåller bara en numerisk nyckel.</translation>
    </message>
    <message>
        <source>Crypto-shredding: replaced or deleted table files lose their data keys, so copies left on disk are unreadable.</source>
        <translation>Kryptoradering: ersatta eller raderade tabellfiler förlorar sina datanycklar, så kopior som ligger kvar på disken är oläsliga.</translation>
    </message>
    <message>
        <source>Tamper-evident processing log: hash-chained entries signed with Ed25519 and a signed head; a DPO verifies it with the public key alone, without the data passphrase.</source>
        <translation>Manipuleringssäker behandlingslogg: hashkedjade poster signerade med Ed25519 och ett signerat huvud; ett dataskyddsombud verifierar den med enbart den öppna nyckeln, utan datalösenfrasen.</translation>
    </message>
    <message>
        <source>Opt-out register (right to object, Art. 21): honoured at every import, training, scoring and export.</source>
        <translation>Invändningsregister (rätt att göra invändningar, Art. 21): beaktas vid varje import, träning, poängsättning och export.</translation>
    </message>
    <message>
        <source>Special categories of data (Art. 9), recognised by column name in six languages and by values (religions, diagnoses, parties, ethnicities, halal/kosher), are refused at import unless explicit consent is recorded.</source>
        <translation>Särskilda kategorier av personuppgifter (Art. 9), som känns igen på kolumnnamn på sex språk och på värden (religioner, diagnoser, partier, etniciteter, halal/kosher), avvisas vid import om inte uttryckligt samtycke har registrerats.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>När</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Åtgärd</translation>
    </message>
    <message>
        <source>Counts</source>
        <translation>Antal</translation>
    </message>
    <message>
        <source>Controller</source>
        <translation>Personuppgiftsansvarig</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Data protection officer</source>
        <translation>Dataskyddsombud</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Ändamål</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Rättslig grund</translation>
    </message>
    <message>
        <source>Logged steps</source>
        <translation>Loggade steg</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>No data imported yet.</source>
        <translation>Inga data har importerats ännu.</translation>
    </message>
    <message>
        <source>Special categories (Art. 9) processed with explicit consent: none.</source>
        <translation>Särskilda kategorier (Art. 9) som behandlas med uttryckligt samtycke: inga.</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabell</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Kolumn</translation>
    </message>
    <message>
        <source>Special category (Art. 9)</source>
        <translation>Särskild kategori (Art. 9)</translation>
    </message>
    <message>
        <source>No special-category column is stored.</source>
        <translation>Ingen kolumn med särskilda kategorier lagras.</translation>
    </message>
    <message>
        <source>Columns stored for analysis (after pseudonymization):</source>
        <translation>Kolumner som lagras för analys (efter pseudonymisering):</translation>
    </message>
    <message>
        <source>Columns (use, meaning)</source>
        <translation>Kolumner (användning, betydelse)</translation>
    </message>
    <message>
        <source>No tables stored.</source>
        <translation>Inga tabeller lagras.</translation>
    </message>
    <message>
        <source>Data subjects (encrypted IDs)</source>
        <translation>Registrerade (krypterade id)</translation>
    </message>
    <message>
        <source>Opt-out register</source>
        <translation>Invändningsregister</translation>
    </message>
    <message>
        <source>Identity table</source>
        <translation>Identitetstabell</translation>
    </message>
    <message>
        <source>kept under a separate key</source>
        <translation>sparas under en separat nyckel</translation>
    </message>
    <message>
        <source>not kept</source>
        <translation>sparas inte</translation>
    </message>
    <message>
        <source>Customers in the opt-out register</source>
        <translation>Kunder i invändningsregistret</translation>
    </message>
    <message>
        <source>Opt-out recordings</source>
        <translation>Registrerade invändningar</translation>
    </message>
    <message>
        <source>Re-consents (withdrawn opt-outs)</source>
        <translation>Nya samtycken (återkallade invändningar)</translation>
    </message>
    <message>
        <source>Rows of opted-out customers removed at import</source>
        <translation>Rader för kunder som gjort invändning, borttagna vid import</translation>
    </message>
    <message>
        <source>No opt-outs recorded after import.</source>
        <translation>Inga invändningar har registrerats efter import.</translation>
    </message>
    <message>
        <source>No retention cleanup has been run.</source>
        <translation>Ingen gallring har körts.</translation>
    </message>
    <message>
        <source>No erasure has been carried out.</source>
        <translation>Ingen radering har genomförts.</translation>
    </message>
    <message>
        <source>Model ID</source>
        <translation>Modell-id</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Customers scored</source>
        <translation>Bedömda kunder</translation>
    </message>
    <message>
        <source>No model has been trained.</source>
        <translation>Ingen modell har tränats.</translation>
    </message>
    <message>
        <source>Records (customer table)</source>
        <translation>Poster (kundtabell)</translation>
    </message>
    <message>
        <source>Quasi-identifiers</source>
        <translation>Kvasiidentifierare</translation>
    </message>
    <message>
        <source>none</source>
        <translation>inga</translation>
    </message>
    <message>
        <source>Minimum class size k</source>
        <translation>Minsta klasstorlek k</translation>
    </message>
    <message>
        <source>Equivalence classes</source>
        <translation>Ekvivalensklasser</translation>
    </message>
    <message>
        <source>{0} (smallest: {1})</source>
        <translation>{0} (minsta: {1})</translation>
    </message>
    <message>
        <source>Unique records</source>
        <translation>Unika poster</translation>
    </message>
    <message>
        <source>Records in classes below k</source>
        <translation>Poster i klasser under k</translation>
    </message>
    <message>
        <source>Prosecutor risk, highest</source>
        <translation>Åklagarrisk, högsta</translation>
    </message>
    <message>
        <source>Prosecutor risk, average</source>
        <translation>Åklagarrisk, genomsnitt</translation>
    </message>
    <message>
        <source>Journalist risk, highest / average</source>
        <translation>Journalistrisk, högsta/genomsnitt</translation>
    </message>
    <message>
        <source>Marketer risk</source>
        <translation>Marknadsförarrisk</translation>
    </message>
    <message>
        <source>Risk level</source>
        <translation>Risknivå</translation>
    </message>
    <message>
        <source>Column dropped</source>
        <translation>Borttagen kolumn</translation>
    </message>
    <message>
        <source>Unique without it</source>
        <translation>Unika utan den</translation>
    </message>
    <message>
        <source>Below k without it</source>
        <translation>Under k utan den</translation>
    </message>
    <message>
        <source>Suggestions to lower the risk:</source>
        <translation>Förslag för att sänka risken:</translation>
    </message>
    <message>
        <source>verified (hash chain, signatures and signed head)</source>
        <translation>verifierad (hashkedja, signaturer och signerat huvud)</translation>
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
        <translation>Loggnyckelns fingeravtryck (SHA-256)</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Mottagare</translation>
    </message>
    <message>
        <source>Transfers to third countries</source>
        <translation>Överföringar till tredjeländer</translation>
    </message>
    <message>
        <source>Technical measures built into Prevista:</source>
        <translation>Tekniska åtgärder inbyggda i Prevista:</translation>
    </message>
    <message>
        <source>No campaign was started: the pilot&apos;s predictions were not yet acted on with a control group, so nothing can be said about what acting on them changes. Start one from a segment (Start campaign…, or prevista campaign start).</source>
        <translation>Ingen kampanj startades: pilotens förutsägelser har ännu inte använts för åtgärder med en kontrollgrupp, så inget kan sägas om vad åtgärderna förändrar. Starta en från ett segment (Starta kampanj… eller prevista campaign start).</translation>
    </message>
    <message>
        <source>{0} campaign(s) acted on about {1} customers, with about {2} held back at random as a control group to measure against.</source>
        <translation>{0} kampanj(er) riktade åtgärder mot omkring {1} kunder, med omkring {2} slumpmässigt undanhållna som kontrollgrupp att mäta mot.</translation>
    </message>
    <message>
        <source>{0}: campaigns {1} and the pilot {2}</source>
        <translation>{0}: kampanjer {1} och piloten {2}</translation>
    </message>
    <message>
        <source>{0}: campaigns {1} (no pilot cost entered)</source>
        <translation>{0}: kampanjer {1} (ingen pilotkostnad angiven)</translation>
    </message>
    <message>
        <source>{0} extra spend by the customers acted on (90 % interval {1} to {2})</source>
        <translation>{0} i extra köpbelopp från kunderna i testgruppen (90 %-intervall {1} till {2})</translation>
    </message>
    <message>
        <source>{0:.0%} (90 % interval {1:.0%} to {2:.0%})</source>
        <translation>{0:.0%} (90 %-intervall {1:.0%} till {2:.0%})</translation>
    </message>
    <message>
        <source>{0:.1f} months</source>
        <translation>{0:.1f} månader</translation>
    </message>
    <message>
        <source>{0} (soonest {1}, latest {2})</source>
        <translation>{0} (tidigast {1}, senast {2})</translation>
    </message>
    <message>
        <source>{0}; about {1} acted on, {2} held back ({3:.0%}); it can detect a change in churn of {4:.0%} or more</source>
        <translation>{0}; omkring {1} i testgruppen, {2} i kontrollgruppen ({3:.0%}); den kan upptäcka en förändring i kundbortfallet på {4:.0%} eller mer</translation>
    </message>
    <message>
        <source>Not measured yet.</source>
        <translation>Inte mätt ännu.</translation>
    </message>
    <message>
        <source>not at the measured pace</source>
        <translation>inte i den uppmätta takten</translation>
    </message>
    <message>
        <source>never</source>
        <translation>aldrig</translation>
    </message>
    <message>
        <source>not within the interval</source>
        <translation>inte inom intervallet</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Kampanj</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultat</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>Vad som gjordes</translation>
    </message>
    <message>
        <source>What it cost</source>
        <translation>Vad det kostade</translation>
    </message>
    <message>
        <source>What it returned</source>
        <translation>Vad det gav</translation>
    </message>
    <message>
        <source>Return on investment</source>
        <translation>Avkastning på investeringen</translation>
    </message>
    <message>
        <source>Cost and return</source>
        <translation>Kostnad och avkastning</translation>
    </message>
    <message>
        <source>Not yet available: enter a cost per contact and measure a campaign on data with order values.</source>
        <translation>Inte tillgängligt ännu: ange en kostnad per kontakt och mät en kampanj på data med ordervärden.</translation>
    </message>
    <message>
        <source>What it changed (measured against the control group):</source>
        <translation>Vad det förändrade (mätt mot kontrollgruppen):</translation>
    </message>
    <message>
        <source>How sure: each figure is a difference between randomly assigned groups with its 90 % interval; &apos;no effect measurable yet&apos; means the groups are still too small or too recent.</source>
        <translation>Hur säkert: varje siffra är en skillnad mellan slumpmässigt indelade grupper med sitt 90 %-intervall; &apos;ingen mätbar effekt ännu&apos; betyder att grupperna fortfarande är för små eller för nya.</translation>
    </message>
    <message>
        <source>Change in churn against the control group, in percentage points, with its 90 % interval (left of the dashed line: fewer customers lost).</source>
        <translation>Förändring i kundbortfall jämfört med kontrollgruppen, i procentenheter, med sitt 90 %-intervall (till vänster om den streckade linjen: färre förlorade kunder).</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Startad</translation>
    </message>
    <message>
        <source>Break-even</source>
        <translation>Break-even</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Utfall</translation>
    </message>
    <message>
        <source>Acted on</source>
        <translation>Testgrupp</translation>
    </message>
    <message>
        <source>Held back</source>
        <translation>Kontrollgrupp</translation>
    </message>
    <message>
        <source>Difference (90 % interval)</source>
        <translation>Skillnad (90 %-intervall)</translation>
    </message>
    <message>
        <source>{0} — page {1} of {2}</source>
        <translation>{0} – sida {1} av {2}</translation>
    </message>
    <message>
        <source>Pilot report: customer predictions</source>
        <translation>Pilotrapport: förutsägelser om kunder</translation>
    </message>
    <message>
        <source>1. Executive summary</source>
        <translation>1. Sammanfattning</translation>
    </message>
    <message>
        <source>2. Key figures</source>
        <translation>2. Nyckeltal</translation>
    </message>
    <message>
        <source>3. KPIs since the baseline</source>
        <translation>3. KPI:er sedan utgångsvärdena</translation>
    </message>
    <message>
        <source>4. Campaigns: what acting changed, and what it returned</source>
        <translation>4. Kampanjer: vad åtgärderna förändrade och vad de gav</translation>
    </message>
    <message>
        <source>5. Model quality</source>
        <translation>5. Modellkvalitet</translation>
    </message>
    <message>
        <source>6. Segment findings</source>
        <translation>6. Resultat per segment</translation>
    </message>
    <message>
        <source>7. Support-ticket forecast</source>
        <translation>7. Prognos för supportärenden</translation>
    </message>
    <message>
        <source>8. Privacy and data protection</source>
        <translation>8. Integritet och dataskydd</translation>
    </message>
    <message>
        <source>No model trained yet: train the models first (prevista train, or the Models screen), then produce this report again.</source>
        <translation>Ingen modell har tränats ännu: träna först modellerna (prevista train eller skärmen Modeller) och skapa sedan den här rapporten igen.</translation>
    </message>
    <message>
        <source>No dated support tickets were imported, so there is no ticket forecast.</source>
        <translation>Inga daterade supportärenden har importerats, så det finns ingen ärendeprognos.</translation>
    </message>
    <message>
        <source>ROC AUC (0.5 = chance)</source>
        <translation>ROC AUC (0,5 = slump)</translation>
    </message>
    <message>
        <source>Brier score (lower is better)</source>
        <translation>Brier-poäng (lägre är bättre)</translation>
    </message>
    <message>
        <source>Top-decile lift (×)</source>
        <translation>Lyft i översta decilen (×)</translation>
    </message>
    <message>
        <source>Aggregates only: this report contains no customer ID, encrypted ID, name, contact detail or value of any single customer.</source>
        <translation>Endast aggregerade data: den här rapporten innehåller inga kund-id, krypterade id, namn, kontaktuppgifter eller värden för någon enskild kund.</translation>
    </message>
    <message>
        <source>Prepared with Prevista for {0} on {1} UTC. {2}</source>
        <translation>Framtagen med Prevista för {0} den {1} UTC. {2}</translation>
    </message>
    <message>
        <source>up to date: no data is held past its retention limit</source>
        <translation>aktuellt: inga data sparas längre än sin lagringsgräns</translation>
    </message>
    <message>
        <source>cleanup due — past their limit: {0} (run the retention cleanup)</source>
        <translation>gallring krävs – har passerat sin gräns: {0} (kör gallringen)</translation>
    </message>
    <message>
        <source>{0} customers in the opt-out register, excluded from every analysis; {1} erased on request; {2} e-mail addresses excluded as soon as they appear</source>
        <translation>{0} kunder i invändningsregistret, uteslutna ur varje analys; {1} raderade på begäran; {2} e-postadresser utesluts så snart de dyker upp</translation>
    </message>
    <message>
        <source>{0} – {1}</source>
        <translation>{0} – {1}</translation>
    </message>
    <message>
        <source>Calibration: over {0} equal-sized risk bands of held-out customers, predicted and observed churn differ by {1:.1f} percentage points on average (at most {2:.1f}); in the highest-risk band {3} was predicted and {4} observed.</source>
        <translation>Kalibrering: över {0} lika stora riskband av undanhållna kunder skiljer sig förutsagt och observerat kundbortfall åt med {1:.1f} procentenheter i genomsnitt (högst {2:.1f}); i bandet med högst risk förutsades {3} och observerades {4}.</translation>
    </message>
    <message>
        <source>{0} of {1} customers within {2} days</source>
        <translation>{0} av {1} kunder inom {2} dagar</translation>
    </message>
    <message>
        <source>{0} of {1} customers marked as churned by the label</source>
        <translation>{0} av {1} kunder markerade som förlorade av etiketten</translation>
    </message>
    <message>
        <source>{0} ({1})</source>
        <translation>{0} ({1})</translation>
    </message>
    <message>
        <source>withheld: fewer scored customers than the minimum segment size</source>
        <translation>undanhållet: färre bedömda kunder än den minsta segmentstorleken</translation>
    </message>
    <message>
        <source>{0} current customers scored</source>
        <translation>{0} nuvarande kunder bedömda</translation>
    </message>
    <message>
        <source>Predicted churn, next {0} days</source>
        <translation>Förutsagt kundbortfall, kommande {0} dagar</translation>
    </message>
    <message>
        <source>Predicted churn (as the label defines it)</source>
        <translation>Förutsagt kundbortfall (enligt etikettens definition)</translation>
    </message>
    <message>
        <source>{0} — about {1:.0f} expected churners</source>
        <translation>{0} – omkring {1:.0f} förväntade förlorade kunder</translation>
    </message>
    <message>
        <source>{0} (churn risk × {1})</source>
        <translation>{0} (bortfallsrisk × {1})</translation>
    </message>
    <message>
        <source>{0} segments of at least k = {1} customers; {2} of {3} customers analysed fall in a listed segment (smaller groups are not shown).</source>
        <translation>{0} segment med minst k = {1} kunder; {2} av {3} analyserade kunder ingår i ett listat segment (mindre grupper visas inte).</translation>
    </message>
    <message>
        <source>Revenue at risk = churn risk × {0}.</source>
        <translation>Intäkter i riskzonen = bortfallsrisk × {0}.</translation>
    </message>
    <message>
        <source>{0}: {1}. Recommended: {2} (because {3}).</source>
        <translation>{0}: {1}. Rekommendation: {2} (eftersom {3}).</translation>
    </message>
    <message>
        <source>Evidence: {0}</source>
        <translation>Underlag: {0}</translation>
    </message>
    <message>
        <source>About {0:.0f} support tickets expected over the next {1} weeks ({2}). Forecasting {3} weeks ahead from past points in time, it was off by {4:.1f} tickets a week on average, against {5:.1f} for the best other method ({6}).</source>
        <translation>Omkring {0:.0f} supportärenden förväntas under de kommande {1} veckorna ({2}). Vid prognoser {3} veckor framåt från tidigare tidpunkter låg den i genomsnitt fel med {4:.1f} ärenden i veckan, mot {5:.1f} för den bästa andra metoden ({6}).</translation>
    </message>
    <message>
        <source>verified: {0} entries, hash chain and signatures intact</source>
        <translation>verifierad: {0} poster, hashkedja och signaturer intakta</translation>
    </message>
    <message>
        <source>verified: 1 entry, hash chain and signatures intact</source>
        <translation>verifierad: 1 post, hashkedja och signaturer intakta</translation>
    </message>
    <message>
        <source>DOES NOT VERIFY: {0}</source>
        <translation>KAN INTE VERIFIERAS: {0}</translation>
    </message>
    <message>
        <source>Data period</source>
        <translation>Dataperiod</translation>
    </message>
    <message>
        <source>Churn observed on held-out data</source>
        <translation>Kundbortfall observerat på undanhållna data</translation>
    </message>
    <message>
        <source>Customers analysed</source>
        <translation>Analyserade kunder</translation>
    </message>
    <message>
        <source>Revenue at risk</source>
        <translation>Intäkter i riskzonen</translation>
    </message>
    <message>
        <source>Client (controller)</source>
        <translation>Uppdragsgivare (personuppgiftsansvarig)</translation>
    </message>
    <message>
        <source>Opt-outs honoured</source>
        <translation>Beaktade invändningar</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Lagringstid</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Rader</translation>
    </message>
    <message>
        <source>The KPIs were not gathered for this report.</source>
        <translation>KPI:erna samlades inte in för den här rapporten.</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Utgångsvärde</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Nu</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Förändring</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Kunder</translation>
    </message>
    <message>
        <source>No KPI computed.</source>
        <translation>Ingen KPI beräknad.</translation>
    </message>
    <message>
        <source>How each figure is computed:</source>
        <translation>Så beräknas varje siffra:</translation>
    </message>
    <message>
        <source>Not shown, and why:</source>
        <translation>Visas inte, och varför:</translation>
    </message>
    <message>
        <source>Calibration: not measured.</source>
        <translation>Kalibrering: inte mätt.</translation>
    </message>
    <message>
        <source>Held-out measure</source>
        <translation>Mått på undanhållna data</translation>
    </message>
    <message>
        <source>Purchase propensity</source>
        <translation>Köpbenägenhet</translation>
    </message>
    <message>
        <source>Model kept</source>
        <translation>Vald modell</translation>
    </message>
    <message>
        <source>Baselines (ROC AUC)</source>
        <translation>Jämförelsemodeller (ROC AUC)</translation>
    </message>
    <message>
        <source>No purchase-propensity model (no dated purchases to learn from).</source>
        <translation>Ingen modell för köpbenägenhet (inga daterade köp att lära sig av).</translation>
    </message>
    <message>
        <source>{0} (every {1} days), or earlier when the drift check reports a shift</source>
        <translation>{0} (var {1}:e dag), eller tidigare om driftkontrollen rapporterar en förskjutning</translation>
    </message>
    <message>
        <source>Churn model kept</source>
        <translation>Vald bortfallsmodell</translation>
    </message>
    <message>
        <source>Trained</source>
        <translation>Tränad</translation>
    </message>
    <message>
        <source>churn within {0} days, from {1}</source>
        <translation>kundbortfall inom {0} dagar, från {1}</translation>
    </message>
    <message>
        <source>churn as marked by {0}; the label has no time window</source>
        <translation>kundbortfall enligt markeringen i {0}; etiketten har inget tidsfönster</translation>
    </message>
    <message>
        <source>Validation</source>
        <translation>Validering</translation>
    </message>
    <message>
        <source>Quality on held-out customers the model never saw, next to the baselines it had to beat (in brackets: the range that holds the measure in 95 % of resamples of those customers):</source>
        <translation>Kvalitet på undanhållna kunder som modellen aldrig har sett, bredvid de jämförelsemodeller den måste slå (inom parentes: det intervall som innehåller måttet i 95 % av omsamplingarna av dessa kunder):</translation>
    </message>
    <message>
        <source>What drives churn risk:</source>
        <translation>Vad som driver bortfallsrisken:</translation>
    </message>
    <message>
        <source>No single driver stands out.</source>
        <translation>Ingen enskild faktor sticker ut.</translation>
    </message>
    <message>
        <source>Warnings and notes:</source>
        <translation>Varningar och anmärkningar:</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Inga.</translation>
    </message>
    <message>
        <source>Drift reference</source>
        <translation>Referens för drift</translation>
    </message>
    <message>
        <source>customers as of {0}</source>
        <translation>kunder per {0}</translation>
    </message>
    <message>
        <source>Retrain by</source>
        <translation>Träna om senast</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>Churn risk</source>
        <translation>Bortfallsrisk</translation>
    </message>
    <message>
        <source>Expected churners</source>
        <translation>Förväntat antal förlorade kunder</translation>
    </message>
    <message>
        <source>No segment reaches the minimum size.</source>
        <translation>Inget segment når den minsta storleken.</translation>
    </message>
    <message>
        <source>What sets each segment apart, and what to do:</source>
        <translation>Vad som utmärker varje segment, och vad du kan göra:</translation>
    </message>
    <message>
        <source>Week of</source>
        <translation>Vecka från</translation>
    </message>
    <message>
        <source>Expected tickets</source>
        <translation>Förväntade ärenden</translation>
    </message>
    <message>
        <source>Range ({0:.0%})</source>
        <translation>Intervall ({0:.0%})</translation>
    </message>
    <message>
        <source>kept only in a separately keyed identity table, never used for analysis</source>
        <translation>sparas bara i en identitetstabell med separat nyckel, används aldrig för analys</translation>
    </message>
    <message>
        <source>dropped at import and not stored</source>
        <translation>tas bort vid import och lagras inte</translation>
    </message>
    <message>
        <source>Processing log</source>
        <translation>Behandlingslogg</translation>
    </message>
    <message>
        <source>Minimum segment size</source>
        <translation>Minsta segmentstorlek</translation>
    </message>
    <message>
        <source>{0} customers: no figure in this report describes fewer</source>
        <translation>{0} kunder: ingen siffra i den här rapporten beskriver färre</translation>
    </message>
    <message>
        <source>Direct identifiers</source>
        <translation>Direkta identifierare</translation>
    </message>
    <message>
        <source>All processing ran offline on this computer; no data was uploaded or shared.</source>
        <translation>All behandling skedde offline på den här datorn; inga data laddades upp eller delades.</translation>
    </message>
    <message>
        <source>Customer IDs were replaced by encrypted IDs at import; opted-out customers were removed.</source>
        <translation>Kund-id ersattes med krypterade id vid import; kunder som gjort invändning togs bort.</translation>
    </message>
    <message>
        <source>Predictions are meant to offer customers help; a person decides on every action.</source>
        <translation>Förutsägelserna är tänkta att hjälpa kunderna; en människa beslutar om varje åtgärd.</translation>
    </message>
    <message>
        <source>No population table is available, so the dataset itself is taken as the population: journalist risk equals prosecutor risk.</source>
        <translation>Ingen populationstabell finns, så själva datamängden används som population: journalistrisken är lika med åklagarrisken.</translation>
    </message>
    <message>
        <source>Marketer risk is the expected share of records re-identified when every record is attacked; it equals the average prosecutor risk.</source>
        <translation>Marknadsförarrisken är den förväntade andelen poster som återidentifieras när varje post angrips; den är lika med den genomsnittliga åklagarrisken.</translation>
    </message>
    <message>
        <source>No customer records are stored, so no one can be re-identified from them.</source>
        <translation>Inga kundposter lagras, så ingen kan återidentifieras utifrån dem.</translation>
    </message>
    <message>
        <source>No quasi-identifiers remain in the stored customer table: all {0} customers look alike on what an attacker could know. Re-identification risk is low.</source>
        <translation>Inga kvasiidentifierare finns kvar i den lagrade kundtabellen: alla {0} kunder ser likadana ut utifrån det en angripare skulle kunna känna till. Risken för återidentifiering är låg.</translation>
    </message>
    <message>
        <source>On {0}: {1} of {2} customers ({3:.1%}) are unique and {4} ({5:.1%}) are in groups smaller than k = {6}. Re-identification risk is low.</source>
        <translation>För {0}: {1} av {2} kunder ({3:.1%}) är unika och {4} ({5:.1%}) ingår i grupper mindre än k = {6}. Risken för återidentifiering är låg.</translation>
    </message>
    <message>
        <source>On {0}: {1} of {2} customers ({3:.1%}) are unique and {4} ({5:.1%}) are in groups smaller than k = {6}. Re-identification risk is medium.</source>
        <translation>För {0}: {1} av {2} kunder ({3:.1%}) är unika och {4} ({5:.1%}) ingår i grupper mindre än k = {6}. Risken för återidentifiering är medelhög.</translation>
    </message>
    <message>
        <source>On {0}: {1} of {2} customers ({3:.1%}) are unique and {4} ({5:.1%}) are in groups smaller than k = {6}. Re-identification risk is high.</source>
        <translation>För {0}: {1} av {2} kunder ({3:.1%}) är unika och {4} ({5:.1%}) ingår i grupper mindre än k = {6}. Risken för återidentifiering är hög.</translation>
    </message>
    <message>
        <source>generalise &apos;{0}&apos; to its first two digits</source>
        <translation>generalisera &apos;{0}&apos; till de två första siffrorna</translation>
    </message>
    <message>
        <source>band &apos;{0}&apos; into 10-year groups, or drop the birth date</source>
        <translation>dela in &apos;{0}&apos; i 10-årsgrupper, eller ta bort födelsedatumet</translation>
    </message>
    <message>
        <source>drop &apos;{0}&apos; or band it into 10-year groups</source>
        <translation>ta bort &apos;{0}&apos; eller dela in den i 10-årsgrupper</translation>
    </message>
    <message>
        <source>generalise &apos;{0}&apos; to region or country, or drop it</source>
        <translation>generalisera &apos;{0}&apos; till region eller land, eller ta bort den</translation>
    </message>
    <message>
        <source>band &apos;{0}&apos; into a few ranges, or drop it</source>
        <translation>dela in &apos;{0}&apos; i några få intervall, eller ta bort den</translation>
    </message>
    <message>
        <source>merge values of &apos;{0}&apos; held by fewer than {1} customers into &apos;Other&apos;, or drop it</source>
        <translation>slå ihop värden i &apos;{0}&apos; som färre än {1} kunder har till &apos;Övrigt&apos;, eller ta bort den</translation>
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
        <translation>Spara en rapport</translation>
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
        <translation>Spara &amp;pilotrapport…</translation>
    </message>
    <message>
        <source>Key figures, model quality, segment findings and a privacy summary for the client; aggregates only</source>
        <translation>Nyckeltal, modellkvalitet, resultat per segment och en sammanfattning av dataskyddet för kunden; endast aggregerade data</translation>
    </message>
    <message>
        <source>Save the &amp;Art. 30 record…</source>
        <translation>Spara &amp;register enligt art. 30…</translation>
    </message>
    <message>
        <source>The record of processing activities (GDPR Art. 30) for the data-protection officer</source>
        <translation>Registret över behandling (artikel 30 i GDPR) för dataskyddsombudet</translation>
    </message>
    <message>
        <source>Pilot report: headline figures</source>
        <translation>Pilotrapport: nyckeltal</translation>
    </message>
    <message>
        <source>Customers analysed:</source>
        <translation>Analyserade kunder:</translation>
    </message>
    <message>
        <source>Data period:</source>
        <translation>Dataperiod:</translation>
    </message>
    <message>
        <source>Predicted churn:</source>
        <translation>Förutsagt kundbortfall:</translation>
    </message>
    <message>
        <source>Revenue at risk:</source>
        <translation>Intäkter i riskzonen:</translation>
    </message>
    <message>
        <source>Churn model quality:</source>
        <translation>Bortfallsmodellens kvalitet:</translation>
    </message>
    <message>
        <source>Segments:</source>
        <translation>Segment:</translation>
    </message>
    <message>
        <source>Opt-outs honoured:</source>
        <translation>Respekterade invändningar:</translation>
    </message>
    <message>
        <source>Retention:</source>
        <translation>Lagringstid:</translation>
    </message>
    <message>
        <source>Processing log:</source>
        <translation>Behandlingslogg:</translation>
    </message>
    <message>
        <source>Re-identification risk of the stored customers</source>
        <translation>Risk för återidentifiering av de lagrade kunderna</translation>
    </message>
    <message>
        <source>Risk level</source>
        <translation>Risknivå</translation>
    </message>
    <message>
        <source>Risk summary</source>
        <translation>Sammanfattning av risken</translation>
    </message>
    <message>
        <source>How to lower the risk</source>
        <translation>Så sänker du risken</translation>
    </message>
    <message>
        <source>Handover</source>
        <translation>Överlämning</translation>
    </message>
    <message>
        <source>Save &amp;handover bundle…</source>
        <translation>Spara ö&amp;verlämningspaket…</translation>
    </message>
    <message>
        <source>Model card, segments, forecast, reports and the processing log in one ZIP file the client may keep; no personal data</source>
        <translation>Modellkort, segment, prognos, rapporter och behandlingsloggen i en ZIP-fil som kunden får behålla; inga personuppgifter</translation>
    </message>
    <message>
        <source>C&amp;lose the pilot…</source>
        <translation>&amp;Avsluta piloten…</translation>
    </message>
    <message>
        <source>Erase all data of this pilot for good; only the handover bundle and the processing log remain</source>
        <translation>Radera alla data i den här piloten permanent; endast överlämningspaketet och behandlingsloggen finns kvar</translation>
    </message>
    <message>
        <source>Reading the report figures</source>
        <translation>Läser rapportens siffror</translation>
    </message>
    <message>
        <source>Save the pilot report</source>
        <translation>Spara pilotrapporten</translation>
    </message>
    <message>
        <source>Saved the pilot report to {0}. It holds aggregates only and can be handed to the client.</source>
        <translation>Pilotrapporten sparades i {0}. Den innehåller endast aggregerade data och kan lämnas till kunden.</translation>
    </message>
    <message>
        <source>The record was not saved: it needs the controller details first.</source>
        <translation>Registret sparades inte: uppgifterna om den personuppgiftsansvarige behövs först.</translation>
    </message>
    <message>
        <source>Saving the record&apos;s details</source>
        <translation>Sparar registrets uppgifter</translation>
    </message>
    <message>
        <source>The controller details were saved in the project&apos;s settings (logged).</source>
        <translation>Uppgifterna om den personuppgiftsansvarige sparades i projektets inställningar (loggat).</translation>
    </message>
    <message>
        <source>Save the record of processing activities</source>
        <translation>Spara registret över behandling</translation>
    </message>
    <message>
        <source>Saved the record of processing activities to {0}.</source>
        <translation>Registret över behandling sparades i {0}.</translation>
    </message>
    <message>
        <source>Save the handover bundle</source>
        <translation>Spara överlämningspaketet</translation>
    </message>
    <message>
        <source>ZIP archives (*.zip)</source>
        <translation>ZIP-arkiv (*.zip)</translation>
    </message>
    <message>
        <source>Save a handover bundle first: closing the pilot keeps only that bundle and the processing log.</source>
        <translation>Spara först ett överlämningspaket: när piloten avslutas finns bara det paketet och behandlingsloggen kvar.</translation>
    </message>
    <message>
        <source>This erases ALL data of this pilot for good: customers, events, scores, identities, the opt-out register and the models. Only the processing log and the handover bundle {0} remain. This cannot be undone. Close the pilot now?</source>
        <translation>Detta raderar ALLA data i den här piloten permanent: kunder, händelser, riskpoäng, identiteter, invändningsregistret och modellerna. Endast behandlingsloggen och överlämningspaketet {0} finns kvar. Detta kan inte ångras. Avsluta piloten nu?</translation>
    </message>
    <message>
        <source>Closing the pilot</source>
        <translation>Avslutar piloten</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-dokument (*.pdf)</translation>
    </message>
    <message>
        <source>HTML pages (*.html)</source>
        <translation>HTML-sidor (*.html)</translation>
    </message>
    <message>
        <source>Writing {0}</source>
        <translation>Skriver {0}</translation>
    </message>
    <message>
        <source>Saved the handover bundle to {0}. It holds no personal data: the client may keep it after the pilot is closed.</source>
        <translation>Överlämningspaketet sparades i {0}. Det innehåller inga personuppgifter: kunden får behålla det när piloten har avslutats.</translation>
    </message>
    <message>
        <source>The pilot is closed: all its data was erased and the keys of its files destroyed. Keep the handover bundle; the project now holds only the processing log.</source>
        <translation>Piloten är avslutad: alla dess data har raderats och nycklarna till dess filer har förstörts. Behåll överlämningspaketet; projektet innehåller nu bara behandlingsloggen.</translation>
    </message>
    <message>
        <source>This pilot was closed on {0}: {1} rows and the models were erased for good, so there is no pilot report or handover bundle to make any more (the client keeps the bundle saved before closing). The processing log (entries: {2}) remains, and the Art. 30 record above can still be saved from it.</source>
        <translation>Den här piloten avslutades {0}: {1} rader och modellerna raderades permanent, så det går inte längre att ta fram någon pilotrapport eller något överlämningspaket (kunden behåller paketet som sparades före avslutet). Behandlingsloggen (poster: {2}) finns kvar, och registret enligt art. 30 ovan kan fortfarande sparas utifrån den.</translation>
    </message>
    <message>
        <source>{0} customers in the register, excluded from every analysis</source>
        <translation>{0} kunder i registret, undantagna från all analys</translation>
    </message>
    <message>
        <source>cleanup due</source>
        <translation>gallring krävs</translation>
    </message>
    <message>
        <source>up to date</source>
        <translation>inget att gallra</translation>
    </message>
    <message>
        <source>verified, {0} entries</source>
        <translation>verifierad, {0} poster</translation>
    </message>
    <message>
        <source>DOES NOT VERIFY: {0}</source>
        <translation>KAN INTE VERIFIERAS: {0}</translation>
    </message>
    <message>
        <source>No model trained yet: train the models first; the pilot report then carries predictions and segments.</source>
        <translation>Ingen modell tränad ännu: träna modellerna först; pilotrapporten innehåller då prognoser och segment.</translation>
    </message>
    <message>
        <source>{0} to {1}</source>
        <translation>{0} till {1}</translation>
    </message>
    <message>
        <source>ROC AUC {0:.3f} on held-out data ({1})</source>
        <translation>ROC AUC {0:.3f} på undanhållna data ({1})</translation>
    </message>
    <message>
        <source>{0} segments of at least {1} customers</source>
        <translation>{0} segment med minst {1} kunder</translation>
    </message>
    <message>
        <source>{0} current customers</source>
        <translation>{0} nuvarande kunder</translation>
    </message>
    <message>
        <source>{0:.1%} in the next {1} days, about {2:.0f} customers</source>
        <translation>{0:.1%} de närmaste {1} dagarna, cirka {2:.0f} kunder</translation>
    </message>
    <message>
        <source>{0:.1%} as the churn label defines it, about {1:.0f} customers</source>
        <translation>{0:.1%} enligt churnmarkeringen, ungefär {1:.0f} kunder</translation>
    </message>
    <message>
        <source>low</source>
        <translation>låg</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>medel</translation>
    </message>
    <message>
        <source>high</source>
        <translation>hög</translation>
    </message>
    <message>
        <source>Risk level: {0}</source>
        <translation>Risknivå: {0}</translation>
    </message>
    <message>
        <source>To lower it:</source>
        <translation>Så sänker du den:</translation>
    </message>
</context>
<context>
    <name>RequestsTab</name>
    <message>
        <source>Type the customer ID exactly as it appears in the CRM export. An access report holds everything kept about the person, readable: save it outside the project folder and hand it over securely. An erasure deletes the person&apos;s data everywhere, for good.</source>
        <translation>Ange kund-id:t exakt som det står i CRM-exporten. Ett registerutdrag innehåller allt som lagras om personen, i läsbar form: spara det utanför projektmappen och lämna över det på ett säkert sätt. En radering tar bort personens data överallt, permanent.</translation>
    </message>
    <message>
        <source>Customer ID</source>
        <translation>Kund-id</translation>
    </message>
    <message>
        <source>Customer &amp;ID:</source>
        <translation>&amp;Kund-id:</translation>
    </message>
    <message>
        <source>&amp;Access report…</source>
        <translation>Register&amp;utdrag…</translation>
    </message>
    <message>
        <source>&amp;Erase…</source>
        <translation>Rad&amp;era…</translation>
    </message>
    <message>
        <source>Type the customer ID first.</source>
        <translation>Ange kund-id:t först.</translation>
    </message>
    <message>
        <source>Save the access report (outside the project folder)</source>
        <translation>Spara registerutdraget (utanför projektmappen)</translation>
    </message>
    <message>
        <source>Web page (*.html)</source>
        <translation>Webbsida (*.html)</translation>
    </message>
    <message>
        <source>Preparing the access report</source>
        <translation>Tar fram registerutdraget</translation>
    </message>
    <message>
        <source>Wrote everything held about this person ({0} records in {1} tables) to {2}. The file is readable personal data: hand it over securely and delete your copy.</source>
        <translation>Skrev allt som lagras om den här personen ({0} poster i {1} tabeller) till {2}. Filen innehåller läsbara personuppgifter: lämna över den på ett säkert sätt och radera din kopia.</translation>
    </message>
    <message>
        <source>No data is held about this person: they were erased on request; only their encrypted ID is kept, so that no import brings them back. The report saying so is in {0}.</source>
        <translation>Inga data lagras om den här personen: personen raderades på begäran; endast det krypterade id:t sparas, så att ingen import för tillbaka personen. Rapporten som visar detta finns i {0}.</translation>
    </message>
    <message>
        <source>No data is held about this person: they objected; only their encrypted ID is kept on the opt-out register. The report saying so is in {0}.</source>
        <translation>Inga data lagras om den här personen: personen har gjort invändning; endast det krypterade id:t finns kvar i invändningsregistret. Rapporten som visar detta finns i {0}.</translation>
    </message>
    <message>
        <source>No records are held about this person. The report saying so is in {0}.</source>
        <translation>Inga poster lagras om den här personen. Rapporten som visar detta finns i {0}.</translation>
    </message>
    <message>
        <source>Finding this person&apos;s data</source>
        <translation>Söker efter personens data</translation>
    </message>
    <message>
        <source>Erase this person&apos;s data everywhere, for good? {0} rows in {1} tables are deleted and cannot be recovered; only their encrypted ID is kept, so that no later import brings them back.</source>
        <translation>Radera personens data överallt, permanent? {0} rader i {1} tabeller raderas och kan inte återställas; endast det krypterade id:t sparas, så att ingen senare import för tillbaka personen.</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>Radera</translation>
    </message>
    <message>
        <source>Erased everywhere: {0} rows deleted; future imports will leave this person out. Log entry {1}.</source>
        <translation>Raderat överallt: {0} rader borttagna; framtida importer utelämnar den här personen. Loggpost {1}.</translation>
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
        <translation>Användning</translation>
    </message>
    <message>
        <source>Encrypted IDs</source>
        <translation>Krypterade id:n</translation>
    </message>
    <message>
        <source>Scores</source>
        <translation>Poäng</translation>
    </message>
    <message>
        <source>Identities</source>
        <translation>Identiteter</translation>
    </message>
    <message>
        <source>E-mail index</source>
        <translation>E-postindex</translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation>Senaste aktivitet</translation>
    </message>
    <message>
        <source>Campaign members</source>
        <translation>Kampanjdeltagare</translation>
    </message>
    <message>
        <source>Campaign contact outcomes</source>
        <translation>Kampanjers kontaktutfall</translation>
    </message>
    <message>
        <source>Retention status</source>
        <translation>Lagringsstatus</translation>
    </message>
    <message>
        <source>Sa&amp;ve policies</source>
        <translation>&amp;Spara regler</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabell</translation>
    </message>
    <message>
        <source>Limit (months)</source>
        <translation>Gräns (månader)</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Lagrat</translation>
    </message>
    <message>
        <source>Counted in</source>
        <translation>Räknat i</translation>
    </message>
    <message>
        <source>Past the limit</source>
        <translation>Över gränsen</translation>
    </message>
    <message>
        <source>Expiring in the next 12 months</source>
        <translation>Löper ut inom 12 månader</translation>
    </message>
    <message>
        <source>Next expiries</source>
        <translation>Nästa utgångar</translation>
    </message>
    <message>
        <source>Undated (kept)</source>
        <translation>Odaterat (behålls)</translation>
    </message>
    <message>
        <source>Expiring later</source>
        <translation>Löper ut senare</translation>
    </message>
    <message>
        <source>Each customer or row held is counted once: past the limit, expiring in the next 12 months, expiring later, or undated. Undated ones stay, because nothing says when they expire.</source>
        <translation>Varje kund eller rad som lagras räknas en gång: över gränsen, löper ut inom 12 månader, löper ut senare eller odaterad. Odaterade behålls, eftersom inget anger när de löper ut.</translation>
    </message>
    <message>
        <source>Retention deadlines</source>
        <translation>Lagringsfrister</translation>
    </message>
    <message>
        <source>&amp;Dry run</source>
        <translation>&amp;Testkörning</translation>
    </message>
    <message>
        <source>C&amp;lean up…</source>
        <translation>&amp;Utför gallring…</translation>
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
        <translation>Tra&amp;nsaktioner:</translation>
    </message>
    <message>
        <source>&amp;Interactions:</source>
        <translation>Int&amp;eraktioner:</translation>
    </message>
    <message>
        <source>U&amp;sage:</source>
        <translation>An&amp;vändning:</translation>
    </message>
    <message>
        <source>Ca&amp;mpaign members:</source>
        <translation>Kampanj&amp;deltagare:</translation>
    </message>
    <message>
        <source>Policies</source>
        <translation>Regler</translation>
    </message>
    <message>
        <source>Keep for</source>
        <translation>Behåll i</translation>
    </message>
    <message>
        <source>Why this period</source>
        <translation>Varför denna tid</translation>
    </message>
    <message>
        <source> months</source>
        <translation> månader</translation>
    </message>
    <message>
        <source>{0}: months kept</source>
        <translation>{0}: antal månader som data behålls</translation>
    </message>
    <message>
        <source>{0}: why this period</source>
        <translation>{0}: varför denna tid</translation>
    </message>
    <message>
        <source>Reading retention deadlines</source>
        <translation>Läser lagringsfrister</translation>
    </message>
    <message>
        <source>customers</source>
        <translation>kunder</translation>
    </message>
    <message>
        <source>rows</source>
        <translation>rader</translation>
    </message>
    <message>
        <source>{0}: {1} {2}</source>
        <translation>{0}: {1} {2}</translation>
    </message>
    <message>
        <source>Cleanup overdue: {0} past the retention limit. Run a dry run to see what would go, then clean up.</source>
        <translation>Gallring försenad: {0} över lagringsgränsen. Gör en testkörning för att se vad som skulle tas bort och gallra sedan.</translation>
    </message>
    <message>
        <source>Nothing is past its retention limit (as of {0}).</source>
        <translation>Inget har passerat sin lagringsgräns (per {0}).</translation>
    </message>
    <message>
        <source>No policy was changed.</source>
        <translation>Ingen regel ändrades.</translation>
    </message>
    <message>
        <source>Saving retention policies</source>
        <translation>Sparar lagringsregler</translation>
    </message>
    <message>
        <source>Retention for {0}: {1} months ({2}).</source>
        <translation>Lagringstid för {0}: {1} månader ({2}).</translation>
    </message>
    <message>
        <source>Working out what has expired</source>
        <translation>Tar reda på vad som har löpt ut</translation>
    </message>
    <message>
        <source>Nothing has passed its retention limit: a cleanup would delete nothing.</source>
        <translation>Inget har passerat sin lagringsgräns: en gallring skulle inte radera något.</translation>
    </message>
    <message>
        <source>Dry run — nothing deleted. A cleanup on {0} would delete {1}; {2} customers are past the customers limit; {3} encrypted IDs would no longer be needed.</source>
        <translation>Testkörning – inget raderat. En gallring den {0} skulle radera {1}; {2} kunder har passerat gränsen för kunder; {3} krypterade id:n skulle inte längre behövas.</translation>
    </message>
    <message>
        <source>{0}: {1} rows</source>
        <translation>{0}: {1} rader</translation>
    </message>
    <message>
        <source>Delete for good: {0}? The replaced files&apos; keys are destroyed, so this cannot be undone.</source>
        <translation>Radera permanent: {0}? Nycklarna till de ersatta filerna förstörs, så detta kan inte ångras.</translation>
    </message>
    <message>
        <source>Clean up</source>
        <translation>Gallra</translation>
    </message>
    <message>
        <source>Cleanup done: deleted {0}; the replaced files&apos; keys are destroyed. Log entry {1}.</source>
        <translation>Gallring klar: raderade {0}; nycklarna till de ersatta filerna är förstörda. Loggpost {1}.</translation>
    </message>
</context>
<context>
    <name>SegmentsPage</name>
    <message>
        <source>Churn risk (%)</source>
        <translation>Bortfallsrisk (%)</translation>
    </message>
    <message>
        <source>Expected churners</source>
        <translation>Förväntat antal förlorade kunder</translation>
    </message>
    <message>
        <source>Revenue at risk</source>
        <translation>Intäkter i riskzonen</translation>
    </message>
    <message>
        <source>Purchase propensity (%)</source>
        <translation>Köpbenägenhet (%)</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Kunder</translation>
    </message>
    <message>
        <source>Forecast support tickets</source>
        <translation>Prognostiserade supportärenden</translation>
    </message>
    <message>
        <source>Expected purchases</source>
        <translation>Förväntade köp</translation>
    </message>
    <message>
        <source>There are no segments left to show or act on.</source>
        <translation>Det finns inga segment kvar att visa eller agera på.</translation>
    </message>
    <message>
        <source>Segments</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>Go to &amp;Models</source>
        <translation>Gå till &amp;Modeller</translation>
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
        <translation>Bortfallsrisk</translation>
    </message>
    <message>
        <source>Purchase propensity</source>
        <translation>Köpbenägenhet</translation>
    </message>
    <message>
        <source>Forecast tickets</source>
        <translation>Prognostiserade ärenden</translation>
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
        <translation>Valt segment</translation>
    </message>
    <message>
        <source>&amp;Start campaign…</source>
        <translation>&amp;Starta kampanj…</translation>
    </message>
    <message>
        <source>Act on this segment with a random control group held back, so that what the action changed can be measured</source>
        <translation>Agera på det här segmentet med en slumpmässig kontrollgrupp undanhållen, så att det går att mäta vad åtgärden förändrade</translation>
    </message>
    <message>
        <source>E&amp;xport segments…</source>
        <translation>E&amp;xportera segment…</translation>
    </message>
    <message>
        <source>Save every segment with its figures, reason and suggested action as an Excel workbook or CSV file</source>
        <translation>Spara varje segment med dess siffror, motivering och föreslagna åtgärd som en Excel-arbetsbok eller CSV-fil</translation>
    </message>
    <message>
        <source>Export segments</source>
        <translation>Exportera segment</translation>
    </message>
    <message>
        <source>segments</source>
        <translation>segment</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
        <translation>Excel-arbetsbok (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <source>Exporting the segments</source>
        <translation>Exporterar segmenten</translation>
    </message>
    <message>
        <source>Saved {0}.</source>
        <translation>Sparade {0}.</translation>
    </message>
    <message>
        <source>{0} segments from the models trained {1}. Segments smaller than {2} customers are never shown.</source>
        <translation>{0} segment från modellerna som tränades {1}. Segment med färre än {2} kunder visas aldrig.</translation>
    </message>
    <message>
        <source>Revenue at risk = churn risk × {0}, in {1}.</source>
        <translation>Intäkter i riskzonen = bortfallsrisk × {0}, i {1}.</translation>
    </message>
    <message>
        <source>No revenue at risk: it needs what each customer is worth (spend, a fee, a balance or an order value), and this project has none that Prevista recognised. Choose the customer value column in Settings, then train again.</source>
        <translation>Inga intäkter i riskzonen: det kräver vad varje kund är värd (köpbelopp, en avgift, ett saldo eller ett ordervärde), och det här projektet har inget som Prevista kände igen. Välj kolumnen för kundvärde under Inställningar och träna sedan igen.</translation>
    </message>
    <message>
        <source>likely still buying {0}, about {1} purchases expected from their buying pattern</source>
        <translation>troligen fortfarande köpande {0}, omkring {1} köp förväntas utifrån köpmönstret</translation>
    </message>
    <message>
        <source>Best time to reach: {0}, {1}–{2} h{3} ({4} of their contacts)</source>
        <translation>Bästa tid att nå dem: {0}, kl. {1}–{2}{3} ({4} av deras kontakter)</translation>
    </message>
    <message>
        <source>Buys most: {0}, {1}–{2} h{3} ({4} of their purchases)</source>
        <translation>Köper mest: {0}, kl. {1}–{2}{3} ({4} av deras köp)</translation>
    </message>
    <message>
        <source>#{0}</source>
        <translation>#{0}</translation>
    </message>
    <message>
        <source>No segments yet. Train a model first: the segments, their risks and the recommended actions appear here once it exists.</source>
        <translation>Inga segment ännu. Träna en modell först: segmenten, deras risker och de rekommenderade åtgärderna visas här när den finns.</translation>
    </message>
    <message>
        <source>Likely still buying (%)</source>
        <translation>Troligen fortfarande köpande (%)</translation>
    </message>
    <message>
        <source>No segment has at least {0} customers, so none can be shown. Lower the smallest segment size in Settings or import more customers, then retrain.</source>
        <translation>Inget segment har minst {0} kunder, så inget kan visas. Sänk den minsta segmentstorleken under Inställningar eller importera fler kunder och träna sedan om.</translation>
    </message>
    <message>
        <source>Retrain recommended: these segments were computed from data that includes people since excluded (opt-out, erasure or retention cleanup). Their figures are recounted without them; train again on the Models page for new segments.</source>
        <translation>Omträning rekommenderas: dessa segment beräknades från data som innehåller personer som sedan dess har uteslutits (invändning, radering eller gallring efter lagringstiden). Deras siffror är omräknade utan dem; träna igen på sidan Modeller för nya segment.</translation>
    </message>
    <message>
        <source>Revenue at risk = churn risk × {0}.</source>
        <translation>Intäkter i riskzonen = bortfallsrisk × {0}.</translation>
    </message>
    <message>
        <source>Forecast tickets: each segment&apos;s share of the support tickets expected in the next {0} weeks.</source>
        <translation>Prognostiserade ärenden: varje segments andel av de supportärenden som förväntas de närmaste {0} veckorna.</translation>
    </message>
    <message>
        <source>Ticket forecast not available: {0}</source>
        <translation>Ärendeprognos inte tillgänglig: {0}</translation>
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
        <translation>bortfallsrisk {0}</translation>
    </message>
    <message>
        <source>expected churners {0}</source>
        <translation>förväntat antal förlorade kunder {0}</translation>
    </message>
    <message>
        <source>revenue at risk {0}</source>
        <translation>intäkter i riskzonen {0}</translation>
    </message>
    <message>
        <source>purchase propensity {0}</source>
        <translation>köpbenägenhet {0}</translation>
    </message>
    <message>
        <source>What sets it apart:</source>
        <translation>Vad som utmärker det:</translation>
    </message>
    <message>
        <source>Recommended action: {0} (because {1}).</source>
        <translation>Rekommenderad åtgärd: {0} (eftersom {1}).</translation>
    </message>
    <message>
        <source>What drives churn across all customers:</source>
        <translation>Vad som driver kundbortfall bland alla kunder:</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>Unlocking</source>
        <translation>Låser upp</translation>
    </message>
    <message>
        <source>Creating the project</source>
        <translation>Skapar projektet</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>Customer analytics: predicting churn, purchases and support load to offer customers timely help</source>
        <translation>Kundanalys: prognoser för kundbortfall, köp och supportbelastning för att kunna erbjuda kunderna hjälp i rätt tid</translation>
    </message>
    <message>
        <source>None — processing is local and offline; no data is disclosed to anyone</source>
        <translation>Inga – behandlingen sker lokalt och offline; inga data lämnas ut till någon</translation>
    </message>
    <message>
        <source>None — the data never leaves this computer</source>
        <translation>Inga – data lämnar aldrig den här datorn</translation>
    </message>
    <message>
        <source>no longer needed for the analysis 36 months after the customer&apos;s last activity</source>
        <translation>behövs inte längre för analysen 36 månader efter kundens senaste aktivitet</translation>
    </message>
    <message>
        <source>bookkeeping period (10 years by default; set it to the period your country&apos;s law requires)</source>
        <translation>bokföringsperiod (10 år som standard; ange den period som lagen i ditt land kräver)</translation>
    </message>
    <message>
        <source>24 months after the ticket was closed (or created, when it has no closure date)</source>
        <translation>24 månader efter att ärendet stängdes (eller skapades, om det saknar stängningsdatum)</translation>
    </message>
    <message>
        <source>24 months after the usage event</source>
        <translation>24 månader efter användningshändelsen</translation>
    </message>
    <message>
        <source>24 months after the campaign&apos;s start: long enough to measure it over the exports that follow</source>
        <translation>24 månader efter kampanjens start: tillräckligt länge för att mäta den över de exporter som följer</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>Inställningar</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>Den här datorn</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Systemets språk</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Save &amp;preferences</source>
        <translation>Spara &amp;inställningar</translation>
    </message>
    <message>
        <source>&amp;Operator name (in the processing log):</source>
        <translation>&amp;Operatörens namn (i behandlingsloggen):</translation>
    </message>
    <message>
        <source>&amp;Language (after restart):</source>
        <translation>&amp;Språk (efter omstart):</translation>
    </message>
    <message>
        <source>&amp;Lock after idle:</source>
        <translation>&amp;Lås efter inaktivitet:</translation>
    </message>
    <message>
        <source>Could not save the preferences: {0}</source>
        <translation>Det gick inte att spara inställningarna: {0}</translation>
    </message>
    <message>
        <source>Preferences saved.</source>
        <translation>Inställningarna har sparats.</translation>
    </message>
    <message>
        <source>This project</source>
        <translation>Det här projektet</translation>
    </message>
    <message>
        <source>Support cost per mont&amp;h (0 = not entered):</source>
        <translation>Supportkostnad per m&amp;ånad (0 = inte angivet):</translation>
    </message>
    <message>
        <source>Cost of the pilot itse&amp;lf (0 = not entered):</source>
        <translation>Kostnad för sj&amp;älva piloten (0 = inte angivet):</translation>
    </message>
    <message>
        <source>Customer &amp;value column (empty = found in the data):</source>
        <translation>Kolumn f&amp;ör kundvärde (tomt = hittas i data):</translation>
    </message>
    <message>
        <source>Curre&amp;ncy (for example EUR):</source>
        <translation>V&amp;aluta (till exempel EUR):</translation>
    </message>
    <message>
        <source> days</source>
        <translation> dagar</translation>
    </message>
    <message>
        <source>&amp;Controller (your business):</source>
        <translation>&amp;Personuppgiftsansvarig (ditt företag):</translation>
    </message>
    <message>
        <source>Controller con&amp;tact:</source>
        <translation>&amp;Kontakt till personuppgiftsansvarig:</translation>
    </message>
    <message>
        <source>&amp;DPO contact:</source>
        <translation>Kontakt till &amp;dataskyddsombud:</translation>
    </message>
    <message>
        <source>Reci&amp;pients:</source>
        <translation>&amp;Mottagare:</translation>
    </message>
    <message>
        <source>Third-country trans&amp;fers:</source>
        <translation>Överföringar till &amp;tredjeland:</translation>
    </message>
    <message>
        <source>Retention (in &amp;words):</source>
        <translation>Lagringstid (i te&amp;xt):</translation>
    </message>
    <message>
        <source>Organisational &amp;measures:</source>
        <translation>Organisatoriska åtgä&amp;rder:</translation>
    </message>
    <message>
        <source>&amp;Save project settings</source>
        <translation>Spara pro&amp;jektinställningar</translation>
    </message>
    <message>
        <source>Retention &amp;policies…</source>
        <translation>Lagringsregl&amp;er…</translation>
    </message>
    <message>
        <source>Default p&amp;urpose:</source>
        <translation>Standardä&amp;ndamål:</translation>
    </message>
    <message>
        <source>Default le&amp;gal basis:</source>
        <translation>Standard för rättslig gr&amp;und:</translation>
    </message>
    <message>
        <source>S&amp;mallest segment shown (k):</source>
        <translation>Minsta segment som &amp;visas (k):</translation>
    </message>
    <message>
        <source>Recommend retraining a&amp;fter:</source>
        <translation>Rekommendera omträning e&amp;fter:</translation>
    </message>
    <message>
        <source>Nothing changed.</source>
        <translation>Inget har ändrats.</translation>
    </message>
    <message>
        <source>Saving settings</source>
        <translation>Sparar inställningar</translation>
    </message>
    <message>
        <source>Project settings saved and logged.</source>
        <translation>Projektinställningarna har sparats och loggats.</translation>
    </message>
</context>
<context>
    <name>StartCampaignDialog</name>
    <message>
        <source>Start campaign</source>
        <translation>Starta kampanj</translation>
    </message>
    <message>
        <source>A campaign acts on the customers of the chosen segments and holds a random share of them back as a control group, who are not contacted: comparing the two later shows what the action changed. Customers who objected (opt-outs) are in neither group. The next step shows what the campaign can detect before anything is recorded.</source>
        <translation>En kampanj riktar sig till kunderna i de valda segmenten och undanhåller en slumpmässig andel av dem som kontrollgrupp, som inte kontaktas: en senare jämförelse av de två visar vad åtgärden förändrade. Kunder som har gjort invändning ingår inte i någon av grupperna. Nästa steg visar vad kampanjen kan upptäcka innan något registreras.</translation>
    </message>
    <message>
        <source>Segments</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>#{0} {1} ({2} customers)</source>
        <translation>#{0} {1} ({2} kunder)</translation>
    </message>
    <message>
        <source>e.g. call customers at risk to offer help</source>
        <translation>t.ex. ringa kunder i riskzonen för att erbjuda hjälp</translation>
    </message>
    <message>
        <source>the segment&apos;s suggested action</source>
        <translation>segmentets föreslagna åtgärd</translation>
    </message>
    <message>
        <source>default: the segments&apos; names</source>
        <translation>standard: segmentens namn</translation>
    </message>
    <message>
        <source>optional, for the return on investment</source>
        <translation>valfritt, för beräkning av avkastningen på investeringen</translation>
    </message>
    <message>
        <source>&amp;Plan campaign</source>
        <translation>&amp;Planera kampanj</translation>
    </message>
    <message>
        <source>&amp;Segments:</source>
        <translation>&amp;Segment:</translation>
    </message>
    <message>
        <source>P&amp;urpose (required):</source>
        <translation>Ända&amp;mål (obligatoriskt):</translation>
    </message>
    <message>
        <source>Le&amp;gal basis:</source>
        <translation>&amp;Rättslig grund:</translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation>Å&amp;tgärd:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Namn:</translation>
    </message>
    <message>
        <source>S&amp;tart date:</source>
        <translation>Start&amp;datum:</translation>
    </message>
    <message>
        <source>&amp;Held back as control group:</source>
        <translation>&amp;Undanhålls som kontrollgrupp:</translation>
    </message>
    <message>
        <source>&amp;Cost per contact:</source>
        <translation>&amp;Kostnad per kontakt:</translation>
    </message>
    <message>
        <source>Choose at least one segment for the campaign.</source>
        <translation>Välj minst ett segment för kampanjen.</translation>
    </message>
    <message>
        <source>State the purpose of the campaign: it is recorded in the processing log and the record of processing activities.</source>
        <translation>Ange ändamålet med kampanjen: det registreras i behandlingsloggen och i registret över behandling.</translation>
    </message>
    <message>
        <source>The cost per contact must be a number of 0 or more, or empty.</source>
        <translation>Kostnaden per kontakt måste vara ett tal som är 0 eller större, eller tom.</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <source>Recent projects</source>
        <translation>Senaste projekt</translation>
    </message>
    <message>
        <source>&amp;New project…</source>
        <translation>&amp;Nytt projekt…</translation>
    </message>
    <message>
        <source>&amp;Open project…</source>
        <translation>Ö&amp;ppna projekt…</translation>
    </message>
    <message>
        <source>Try the &amp;demo</source>
        <translation>Prova &amp;demon</translation>
    </message>
    <message>
        <source>Creates a demo project from the bundled fictional CRM exports, imports and trains it, then opens it.</source>
        <translation>Skapar ett demoprojekt från de medföljande fiktiva CRM-exporterna, importerar och tränar det och öppnar det sedan.</translation>
    </message>
    <message>
        <source>&amp;Verify a processing log…</source>
        <translation>&amp;Verifiera en behandlingslogg…</translation>
    </message>
    <message>
        <source>For the data-protection officer: check a project&apos;s processing log and read its entries without the project&apos;s passphrase.</source>
        <translation>För dataskyddsombudet: kontrollera ett projekts behandlingslogg och läs dess poster utan projektets lösenfras.</translation>
    </message>
    <message>
        <source>Prevista</source>
        <translation>Prevista</translation>
    </message>
    <message>
        <source>Predict churn, purchases and support load from your own CRM exports — offline, with every customer pseudonymized.</source>
        <translation>Förutsäg kundbortfall, köp och supportbelastning utifrån dina egna CRM-exporter – offline, med varje kund pseudonymiserad.</translation>
    </message>
    <message>
        <source>&amp;Recent projects:</source>
        <translation>&amp;Senaste projekt:</translation>
    </message>
    <message>
        <source>{0} (not found)</source>
        <translation>{0} (hittades inte)</translation>
    </message>
    <message>
        <source>Open a Prevista project folder</source>
        <translation>Öppna en Prevista-projektmapp</translation>
    </message>
    <message>
        <source>{0} is not a Prevista project folder.</source>
        <translation>{0} är inte en Prevista-projektmapp.</translation>
    </message>
    <message>
        <source>Building the demo project</source>
        <translation>Skapar demoprojektet</translation>
    </message>
    <message>
        <source>Demo project created in {0}; its passphrase is &quot;{1}&quot;.</source>
        <translation>Demoprojektet skapades i {0}; dess lösenfras är ”{1}”.</translation>
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
        <translation>användningshändelser</translation>
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
        <translation>Användning</translation>
    </message>
    <message>
        <source>Campaign members</source>
        <translation>Kampanjdeltagare</translation>
    </message>
    <message>
        <source>Campaign contact outcomes</source>
        <translation>Kampanjens kontaktresultat</translation>
    </message>
</context>
<context>
    <name>UnlockPanel</name>
    <message>
        <source>Passphrase</source>
        <translation>Lösenfras</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>Lås &amp;upp</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Tillbaka</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Lösenfras:</translation>
    </message>
    <message>
        <source>Locked after a period without activity. Type the passphrase of {0} to continue.</source>
        <translation>Låst efter en period utan aktivitet. Ange lösenfrasen för {0} för att fortsätta.</translation>
    </message>
    <message>
        <source>Type the passphrase of {0}.</source>
        <translation>Ange lösenfrasen för {0}.</translation>
    </message>
    <message>
        <source>{0} is not a Prevista project (or it was moved).</source>
        <translation>{0} är inget Prevista-projekt (eller så har det flyttats).</translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation>Låser upp…</translation>
    </message>
</context>
<context>
    <name>VerifyLogPanel</name>
    <message>
        <source>Verify a processing log</source>
        <translation>Verifiera en behandlingslogg</translation>
    </message>
    <message>
        <source>For the data-protection officer: check that nobody changed a project&apos;s processing log, without its passphrase. Pick the log package exported on the Privacy screen (or the log file, or a handover bundle) and type the key fingerprint you kept when the project was created.</source>
        <translation>För dataskyddsombudet: kontrollera att ingen har ändrat ett projekts behandlingslogg, utan dess lösenfras. Välj loggpaketet som exporterades på skärmen Dataskydd (eller loggfilen, eller ett överlämningspaket) och ange nyckelns fingeravtryck som du sparade när projektet skapades.</translation>
    </message>
    <message>
        <source>Log, package or bundle</source>
        <translation>Logg, paket eller överlämningspaket</translation>
    </message>
    <message>
        <source>Public key file</source>
        <translation>Fil med öppen nyckel</translation>
    </message>
    <message>
        <source>Optional: the key in the package or beside the log is used</source>
        <translation>Valfritt: nyckeln i paketet eller bredvid loggen används</translation>
    </message>
    <message>
        <source>Earlier package or checkpoint</source>
        <translation>Tidigare paket eller kontrollpunkt</translation>
    </message>
    <message>
        <source>Optional: shows whether entries were removed or changed since</source>
        <translation>Valfritt: visar om poster har tagits bort eller ändrats sedan dess</translation>
    </message>
    <message>
        <source>Key fingerprint</source>
        <translation>Nyckelns fingeravtryck</translation>
    </message>
    <message>
        <source>64 hexadecimal digits, as shown when the project was created</source>
        <translation>64 hexadecimala tecken, som de visades när projektet skapades</translation>
    </message>
    <message>
        <source>Br&amp;owse…</source>
        <translation>&amp;Bläddra…</translation>
    </message>
    <message>
        <source>Brow&amp;se…</source>
        <translation>Bläd&amp;dra…</translation>
    </message>
    <message>
        <source>Brows&amp;e…</source>
        <translation>Bläddr&amp;a…</translation>
    </message>
    <message>
        <source>&amp;Log, package or bundle:</source>
        <translation>&amp;Logg, paket eller överlämningspaket:</translation>
    </message>
    <message>
        <source>Public &amp;key file:</source>
        <translation>Fil med öppen &amp;nyckel:</translation>
    </message>
    <message>
        <source>Key fin&amp;gerprint:</source>
        <translation>Nyckelns &amp;fingeravtryck:</translation>
    </message>
    <message>
        <source>Earlier pa&amp;ckage or checkpoint:</source>
        <translation>Tidigare paket eller &amp;kontrollpunkt:</translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation>&amp;Verifiera</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>Exportera &amp;PDF…</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Tillbaka</translation>
    </message>
    <message>
        <source>Choose the processing log, log package or handover bundle</source>
        <translation>Välj behandlingsloggen, loggpaketet eller överlämningspaketet</translation>
    </message>
    <message>
        <source>Logs and packages (*.zip *.jsonl);;All files (*)</source>
        <translation>Loggar och paket (*.zip *.jsonl);;Alla filer (*)</translation>
    </message>
    <message>
        <source>Choose the log&apos;s public key</source>
        <translation>Välj loggens öppna nyckel</translation>
    </message>
    <message>
        <source>Public key (*.pub *.pem);;All files (*)</source>
        <translation>Öppen nyckel (*.pub *.pem);;Alla filer (*)</translation>
    </message>
    <message>
        <source>Choose the earlier log package or checkpoint you kept</source>
        <translation>Välj det tidigare loggpaketet eller den kontrollpunkt som du sparade</translation>
    </message>
    <message>
        <source>Packages and checkpoints (*.zip *.json);;All files (*)</source>
        <translation>Paket och kontrollpunkter (*.zip *.json);;Alla filer (*)</translation>
    </message>
    <message>
        <source>Choose the log, package or bundle first.</source>
        <translation>Välj loggen, paketet eller överlämningspaketet först.</translation>
    </message>
    <message>
        <source>Verifying the processing log</source>
        <translation>Verifierar behandlingsloggen</translation>
    </message>
    <message>
        <source>FAILED: {0}. The entries below are as read from the file and cannot be relied on from entry {1} on.</source>
        <translation>MISSLYCKADES: {0}. Posterna nedan visas så som de lästes från filen och går inte att lita på från och med post {1}.</translation>
    </message>
    <message>
        <source>OK: {0} entries, hash chain intact, every entry and the head signed by the project&apos;s key you kept, and the log continues the earlier package or checkpoint: nothing up to it was removed or changed.</source>
        <translation>OK: {0} poster, hashkedjan intakt, varje post och kedjans slut signerade med projektets nyckel som du sparade, och loggen fortsätter det tidigare paketet eller kontrollpunkten: inget fram till dit har tagits bort eller ändrats.</translation>
    </message>
    <message>
        <source>OK: {0} entries, hash chain intact, every entry and the head signed by the project&apos;s key with the fingerprint you kept.</source>
        <translation>OK: {0} poster, hashkedjan intakt, varje post och kedjans slut signerade med projektets nyckel med det fingeravtryck som du sparade.</translation>
    </message>
    <message>
        <source>Hash chain intact and signed ({0} entries), but only by the key that came with the log (fingerprint {1}): whoever could change the log could have replaced that key too. Type the fingerprint you kept to be sure.</source>
        <translation>Hashkedjan är intakt och signerad ({0} poster), men bara med nyckeln som följde med loggen (fingeravtryck {1}): den som kunde ändra loggen kunde också ha bytt ut den nyckeln. Ange fingeravtrycket som du sparade för att vara säker.</translation>
    </message>
    <message>
        <source>OK: {0} entries, hash chain intact; signatures NOT checked (no public key): anyone can rebuild a hash chain.</source>
        <translation>OK: {0} poster, hashkedjan intakt; signaturerna INTE kontrollerade (ingen öppen nyckel): vem som helst kan bygga om en hashkedja.</translation>
    </message>
    <message>
        <source>Export the processing log as PDF</source>
        <translation>Exportera behandlingsloggen som PDF</translation>
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
        <translation>Behandlingsloggen skrevs som PDF till {0}.</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>Screens</source>
        <translation>Skärmar</translation>
    </message>
</context>
</TS>
