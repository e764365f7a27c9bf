<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en">
<context>
    <name>Actions</name>
    <message>
        <source>Check in personally to learn what would help them stay</source>
        <translation>Persönlich nachfragen, was ihnen helfen würde, zu bleiben</translation>
    </message>
    <message>
        <source>Keep in touch with regular, useful updates</source>
        <translation>Mit regelmäßigen, nützlichen Neuigkeiten in Kontakt bleiben</translation>
    </message>
    <message>
        <source>Thank them with a loyalty perk or invite them to refer others</source>
        <translation>Sich mit einem Treuebonus bedanken oder sie einladen, Ihr Geschäft weiterzuempfehlen</translation>
    </message>
    <message>
        <source>Call them for a check-in and offer a short refresher on the features they use less</source>
        <translation>Sie anrufen, nachfragen, wie es läuft, und eine kurze Auffrischung zu den Funktionen anbieten, die sie weniger nutzen</translation>
    </message>
    <message>
        <source>Offer a billing review and payment terms that suit them</source>
        <translation>Eine Prüfung der Abrechnung und passende Zahlungsbedingungen anbieten</translation>
    </message>
    <message>
        <source>Have a support specialist resolve their open issues before they ask again</source>
        <translation>Ihre offenen Anliegen von einer Support-Fachkraft lösen lassen, bevor sie erneut nachfragen</translation>
    </message>
    <message>
        <source>Ask for their feedback and follow up personally on what went wrong</source>
        <translation>Um ihr Feedback bitten und persönlich nachfassen, was schiefgelaufen ist</translation>
    </message>
    <message>
        <source>Offer a guided session on the paid features they have not used yet</source>
        <translation>Eine begleitete Einführung in die bezahlten Funktionen anbieten, die sie noch nicht genutzt haben</translation>
    </message>
    <message>
        <source>Give them extra onboarding help in their first months</source>
        <translation>Ihnen in den ersten Monaten zusätzliche Hilfe beim Einstieg geben</translation>
    </message>
    <message>
        <source>Remind them of add-ons that saved them time before</source>
        <translation>Sie an Zusatzprodukte erinnern, die ihnen früher Zeit gespart haben</translation>
    </message>
    <message>
        <source>Suggest the plan or add-ons that fit their growing use</source>
        <translation>Den Tarif oder die Zusatzprodukte vorschlagen, die zu ihrer wachsenden Nutzung passen</translation>
    </message>
    <message>
        <source>Offer extra licences on good terms as their team grows</source>
        <translation>Zusätzliche Lizenzen zu guten Konditionen anbieten, wenn ihr Team wächst</translation>
    </message>
    <message>
        <source>Send a personal note with something useful for what they bought before</source>
        <translation>Eine persönliche Nachricht mit etwas Nützlichem zu ihren früheren Käufen senden</translation>
    </message>
    <message>
        <source>Re-engage them with a personal message about what is new for them</source>
        <translation>Sie mit einer persönlichen Nachricht über Neues für sie wieder ansprechen</translation>
    </message>
    <message>
        <source>Give them extra onboarding help and a named contact in their first months</source>
        <translation>Ihnen in den ersten Monaten zusätzliche Hilfe beim Einstieg und einen festen Ansprechpartner geben</translation>
    </message>
    <message>
        <source>Review their plan with them so they pay only for what they use</source>
        <translation>Ihren Tarif gemeinsam mit ihnen prüfen, damit sie nur für das zahlen, was sie nutzen</translation>
    </message>
    <message>
        <source>Show them one more product that fits what they already use</source>
        <translation>Ihnen ein weiteres Produkt zeigen, das zu dem passt, was sie bereits nutzen</translation>
    </message>
    <message>
        <source>Offer them a personal adviser and a review of their terms</source>
        <translation>Ihnen einen persönlichen Berater und eine Überprüfung ihrer Konditionen anbieten</translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
</context>
<context>
    <name>CampaignActions</name>
    <message>
        <source>Planning the campaign</source>
        <translation>Kampagne wird geplant</translation>
    </message>
    <message>
        <source>Campaign “{0}” from {1}: about {2} customers to act on, {3} held back at random as the control group (not contacted, never exported).</source>
        <translation>Kampagne „{0}“ ab {1}: etwa {2} Kunden für die Maßnahme, {3} zufällig als Kontrollgruppe zurückgehalten (werden nicht kontaktiert und nie exportiert).</translation>
    </message>
    <message>
        <source>Action: {0}</source>
        <translation>Maßnahme: {0}</translation>
    </message>
    <message>
        <source>It can detect a change in churn of {0:.0f} points or more (churn risk of these customers: {1:.0%}).</source>
        <translation>Sie kann eine Veränderung der Abwanderung um {0:.0f} Prozentpunkte oder mehr erkennen (Abwanderungsrisiko dieser Kunden: {1:.0%}).</translation>
    </message>
    <message>
        <source>About {0} customers are left out: they are in a campaign that started recently.</source>
        <translation>Etwa {0} Kunden werden ausgelassen: Sie sind in einer kürzlich gestarteten Kampagne.</translation>
    </message>
    <message>
        <source>Warnings:</source>
        <translation>Warnungen:</translation>
    </message>
    <message>
        <source>Nobody in these segments can be in a new campaign, so it was not started.</source>
        <translation>Niemand in diesen Segmenten kann in eine neue Kampagne aufgenommen werden, daher wurde sie nicht gestartet.</translation>
    </message>
    <message>
        <source>Start this campaign? It is recorded in the processing log with its purpose, and the random seed that drew the control group is logged so it can be redrawn.</source>
        <translation>Diese Kampagne starten? Sie wird mit ihrem Zweck im Verarbeitungsprotokoll festgehalten, und der Zufallsstartwert, mit dem die Kontrollgruppe gezogen wurde, wird protokolliert, damit sie erneut gezogen werden kann.</translation>
    </message>
    <message>
        <source>Start campaign</source>
        <translation>Kampagne starten</translation>
    </message>
    <message>
        <source>The campaign was not started; nothing was recorded.</source>
        <translation>Die Kampagne wurde nicht gestartet; es wurde nichts festgehalten.</translation>
    </message>
    <message>
        <source>Starting the campaign</source>
        <translation>Kampagne wird gestartet</translation>
    </message>
    <message>
        <source>Started campaign {0} “{1}” (processing log entry {2}): {3} customers to act on, {4} held back. The Campaigns page shows it and measures it once later exports are imported.</source>
        <translation>Kampagne {0} „{1}“ gestartet (Eintrag {2} im Verarbeitungsprotokoll): {3} Kunden für die Maßnahme, {4} zurückgehalten. Die Seite Kampagnen zeigt sie an und misst sie, sobald spätere Exporte importiert sind.</translation>
    </message>
    <message>
        <source>Save the contact list</source>
        <translation>Kontaktliste speichern</translation>
    </message>
    <message>
        <source>Save the contact list of campaign {0} now? It names the customers to act on; the control group is never in it. You can also save it later on the Campaigns page.</source>
        <translation>Kontaktliste der Kampagne {0} jetzt speichern? Sie nennt die Kunden für die Maßnahme; die Kontrollgruppe ist nie darin enthalten. Sie können sie auch später auf der Seite Kampagnen speichern.</translation>
    </message>
    <message>
        <source>Save the contact list (treated customers only)</source>
        <translation>Kontaktliste speichern (nur die Testgruppe)</translation>
    </message>
    <message>
        <source>campaign-{0}-contacts.csv</source>
        <translation>kampagne-{0}-kontakte.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Writing the contact list</source>
        <translation>Kontaktliste wird geschrieben</translation>
    </message>
    <message>
        <source>{0} customers to act on written to {1} (processing log entry {2}); the control group is not in it. This file holds personal data: keep it out of shared folders and e-mail, and delete it when the action is done.</source>
        <translation>{0} Kunden für die Maßnahme nach {1} geschrieben (Eintrag {2} im Verarbeitungsprotokoll); die Kontrollgruppe ist nicht darin enthalten. Diese Datei enthält personenbezogene Daten: Halten Sie sie aus geteilten Ordnern und E-Mails heraus und löschen Sie sie, wenn die Maßnahme abgeschlossen ist.</translation>
    </message>
</context>
<context>
    <name>Campaigns</name>
    <message>
        <source>No data after the start ({0}) yet: import the next exports, then measure again.</source>
        <translation>Noch keine Daten nach dem Start ({0}): Importieren Sie die nächsten Exporte und messen Sie dann erneut.</translation>
    </message>
    <message>
        <source>No customers export imported since the start ({0}): a snapshot shows churn only in a later export.</source>
        <translation>Seit dem Start ({0}) wurde kein Kundenexport importiert: Bei einer Momentaufnahme zeigt sich Abwanderung erst in einem späteren Export.</translation>
    </message>
    <message>
        <source>The customers export has no churn label to measure churn by.</source>
        <translation>Der Kundenexport hat keine Abwanderungskennzeichnung, an der sich die Abwanderung messen ließe.</translation>
    </message>
    <message>
        <source>the churn label in the latest customers export</source>
        <translation>die Abwanderungskennzeichnung im neuesten Kundenexport</translation>
    </message>
    <message>
        <source>fewer than {0} customers in an arm</source>
        <translation>weniger als {0} Kunden in einer Gruppe</translation>
    </message>
    <message>
        <source>Fewer than {0} customers in an arm: nothing can be published.</source>
        <translation>Weniger als {0} Kunden in einer Gruppe: Es kann nichts veröffentlicht werden.</translation>
    </message>
    <message>
        <source>No spend was measured (the data has no order values), so no return can be shown.</source>
        <translation>Es wurden keine Ausgaben gemessen (die Daten enthalten keine Bestellwerte), daher kann kein Ertrag angezeigt werden.</translation>
    </message>
    <message>
        <source>No cost per contact was entered, so no ROI can be worked out.</source>
        <translation>Es wurden keine Kosten pro Kontakt eingegeben, daher lässt sich kein ROI berechnen.</translation>
    </message>
    <message>
        <source>It paid off: even the low end of the interval returns more than it cost.</source>
        <translation>Es hat sich gelohnt: Selbst das untere Ende des Intervalls bringt mehr ein, als es gekostet hat.</translation>
    </message>
    <message>
        <source>It did not pay off: even the high end of the interval returns less than it cost.</source>
        <translation>Es hat sich nicht gelohnt: Selbst das obere Ende des Intervalls bringt weniger ein, als es gekostet hat.</translation>
    </message>
    <message>
        <source>Whether it paid off cannot be told yet: the interval spans both a loss and a gain.</source>
        <translation>Ob es sich gelohnt hat, lässt sich noch nicht sagen: Das Intervall umfasst sowohl einen Verlust als auch einen Gewinn.</translation>
    </message>
    <message>
        <source>Nobody is held back: whether the action helped can never be measured.</source>
        <translation>Niemand wird zurückgehalten: Ob die Maßnahme geholfen hat, lässt sich so nie messen.</translation>
    </message>
    <message>
        <source>An arm has fewer than {0} customers: its results will be withheld.</source>
        <translation>Eine Gruppe hat weniger als {0} Kunden: Ihre Ergebnisse werden zurückgehalten.</translation>
    </message>
    <message>
        <source>With about {0} treated and {1} held back, the campaign can only detect a change in churn of {2} points or more, while a good action plausibly changes it by about {3} points: choose more segments or a larger control group, or expect &apos;no effect measurable&apos;.</source>
        <translation>Mit etwa {0} Kunden in der Testgruppe und {1} in der Kontrollgruppe kann die Kampagne nur eine Veränderung der Abwanderung um {2} Prozentpunkte oder mehr erkennen, während eine gute Maßnahme sie plausibel um etwa {3} Prozentpunkte verändert: Wählen Sie mehr Segmente oder eine größere Kontrollgruppe, oder rechnen Sie mit &apos;keine Wirkung messbar&apos;.</translation>
    </message>
    <message>
        <source>churn</source>
        <translation>Abwanderung</translation>
    </message>
    <message>
        <source>purchases</source>
        <translation>Käufe</translation>
    </message>
    <message>
        <source>spend per customer</source>
        <translation>Ausgaben pro Kunde</translation>
    </message>
    <message>
        <source>tickets per customer</source>
        <translation>Tickets pro Kunde</translation>
    </message>
    <message>
        <source>{0} points</source>
        <translation>{0} Prozentpunkte</translation>
    </message>
    <message>
        <source>{0:.0%} interval {1} to {2} points</source>
        <translation>{0:.0%}-Intervall {1} bis {2} Prozentpunkte</translation>
    </message>
    <message>
        <source>{0:.0%} interval {1} to {2}</source>
        <translation>{0:.0%}-Intervall {1} bis {2}</translation>
    </message>
    <message>
        <source>No effect on {0} measurable yet ({1}); come back after the next export.</source>
        <translation>Noch keine messbare Wirkung auf die {0} ({1}); schauen Sie nach dem nächsten Export wieder vorbei.</translation>
    </message>
    <message>
        <source>No effect on {0} measurable yet: {1} customers in the smaller group ({2}); come back after the next export.</source>
        <translation>Noch keine messbare Wirkung auf die {0}: {1} Kunden in der kleineren Gruppe ({2}); schauen Sie nach dem nächsten Export wieder vorbei.</translation>
    </message>
    <message>
        <source>Reduced {0} by {1} ({2}).</source>
        <translation>{0} um {1} gesenkt ({2}).</translation>
    </message>
    <message>
        <source>Raised {0} by {1} ({2}).</source>
        <translation>{0} um {1} erhöht ({2}).</translation>
    </message>
    <message>
        <source>Reduced {0} by {1} ({2}) — the action seems to have made this worse.</source>
        <translation>{0} um {1} gesenkt ({2}) — die Maßnahme scheint dies verschlechtert zu haben.</translation>
    </message>
    <message>
        <source>Raised {0} by {1} ({2}) — the action seems to have made this worse.</source>
        <translation>{0} um {1} erhöht ({2}) — die Maßnahme scheint dies verschlechtert zu haben.</translation>
    </message>
</context>
<context>
    <name>CampaignsPage</name>
    <message>
        <source>Churn</source>
        <translation>Abwanderung</translation>
    </message>
    <message>
        <source>Purchases</source>
        <translation>Käufe</translation>
    </message>
    <message>
        <source>Spend per customer</source>
        <translation>Ausgaben pro Kunde</translation>
    </message>
    <message>
        <source>Support tickets per customer</source>
        <translation>Support-Tickets pro Kunde</translation>
    </message>
    <message>
        <source>Its campaigns were erased with it; none can be started.</source>
        <translation>Ihre Kampagnen wurden mit ihm gelöscht; es kann keine gestartet werden.</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>Kampagnen</translation>
    </message>
    <message>
        <source>No campaigns yet. Start one from a segment: on the Segments page choose the segment, then Start campaign. A random share of its customers is held back, so that the difference shows later what the action changed.</source>
        <translation>Noch keine Kampagnen. Starten Sie eine aus einem Segment: Wählen Sie auf der Seite Segmente das Segment und dann „Kampagne starten“. Ein zufälliger Teil seiner Kunden wird zurückgehalten, damit der Unterschied später zeigt, was die Maßnahme bewirkt hat.</translation>
    </message>
    <message>
        <source>Go to &amp;Segments</source>
        <translation>Zu den &amp;Segmenten wechseln</translation>
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
        <translation>Kontrollgruppe</translation>
    </message>
    <message>
        <source>Latest result</source>
        <translation>Letztes Ergebnis</translation>
    </message>
    <message>
        <source>Selected campaign</source>
        <translation>Ausgewählte Kampagne</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnisgröße</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Unterschied</translation>
    </message>
    <message>
        <source>{0:.0%} interval</source>
        <translation>{0:.0%}-Intervall</translation>
    </message>
    <message>
        <source>Measured outcomes</source>
        <translation>Gemessene Ergebnisgrößen</translation>
    </message>
    <message>
        <source>Campaign result chart</source>
        <translation>Diagramm des Kampagnenergebnisses</translation>
    </message>
    <message>
        <source>C&amp;hart:</source>
        <translation>D&amp;iagramm:</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>Results per segment</source>
        <translation>Ergebnisse je Segment</translation>
    </message>
    <message>
        <source>&amp;Measure now</source>
        <translation>Jetzt &amp;messen</translation>
    </message>
    <message>
        <source>Measure from the data imported so far and keep the result (logged)</source>
        <translation>Anhand der bisher importierten Daten messen und das Ergebnis speichern (wird protokolliert)</translation>
    </message>
    <message>
        <source>E&amp;xport contact list…</source>
        <translation>Kontaktliste e&amp;xportieren…</translation>
    </message>
    <message>
        <source>Write the customers to act on to a CSV file (logged)</source>
        <translation>Die Kunden für die Maßnahme in eine CSV-Datei schreiben (wird protokolliert)</translation>
    </message>
    <message>
        <source>&amp;Import contact outcomes…</source>
        <translation>Kontaktergebnisse im&amp;portieren…</translation>
    </message>
    <message>
        <source>The CRM&apos;s record of who was reached (and who accepted the offer), for the effect among those reached (logged)</source>
        <translation>Die Aufzeichnung des CRM, wer erreicht wurde (und wer das Angebot angenommen hat), für die Wirkung bei den Erreichten (wird protokolliert)</translation>
    </message>
    <message>
        <source>The contact list holds the treated customers only. The control group is never exported: they are held back so that comparing the two shows what the action changed.</source>
        <translation>Die Kontaktliste enthält nur die Kunden der Testgruppe. Die Kontrollgruppe wird nie exportiert: Sie wird zurückgehalten, damit der Vergleich der beiden zeigt, was die Maßnahme bewirkt hat.</translation>
    </message>
    <message>
        <source>not measured yet</source>
        <translation>noch nicht gemessen</translation>
    </message>
    <message>
        <source>#{0} {1}</source>
        <translation>#{0} {1}</translation>
    </message>
    <message>
        <source>Measured {0} (recorded).</source>
        <translation>Gemessen am {0} (festgehalten).</translation>
    </message>
    <message>
        <source>Action: {0}</source>
        <translation>Maßnahme: {0}</translation>
    </message>
    <message>
        <source>Purpose: {0} ({1})</source>
        <translation>Zweck: {0} ({1})</translation>
    </message>
    <message>
        <source>Started {0} on segments {1}; {2:.0%} held back at random (the seed is in the processing log).</source>
        <translation>Gestartet am {0} für die Segmente {1}; {2:.0%} zufällig zurückgehalten (der Startwert steht im Verarbeitungsprotokoll).</translation>
    </message>
    <message>
        <source>At the start it could detect a change in churn of {0:.0f} points or more.</source>
        <translation>Beim Start konnte sie eine Veränderung der Abwanderung um {0:.0f} Prozentpunkte oder mehr erkennen.</translation>
    </message>
    <message>
        <source>At the start it was too small to detect a change in churn.</source>
        <translation>Beim Start war sie zu klein, um eine Veränderung der Abwanderung zu erkennen.</translation>
    </message>
    <message>
        <source>Cost per contact: {0}</source>
        <translation>Kosten pro Kontakt: {0}</translation>
    </message>
    <message>
        <source>Not measured yet: Measure now measures it from the data imported so far.</source>
        <translation>Noch nicht gemessen: „Jetzt messen“ misst sie anhand der bisher importierten Daten.</translation>
    </message>
    <message>
        <source>Reading the campaign&apos;s result</source>
        <translation>Ergebnis der Kampagne wird gelesen</translation>
    </message>
    <message>
        <source>Not measured yet; as it would come out now (not recorded):</source>
        <translation>Noch nicht gemessen; so würde es jetzt ausfallen (nicht festgehalten):</translation>
    </message>
    <message>
        <source>About {0} treated and {1} held back; outcomes from {2} to {3}.</source>
        <translation>Etwa {0} in der Testgruppe und {1} in der Kontrollgruppe; Ergebnisse von {2} bis {3}.</translation>
    </message>
    <message>
        <source>Churn from {0}.</source>
        <translation>Abwanderung aus {0}.</translation>
    </message>
    <message>
        <source>{0:.1f} months</source>
        <translation>{0:.1f} Monaten</translation>
    </message>
    <message>
        <source>Return on investment: {0:.0%} (90 % interval {1:.0%} to {2:.0%}): {3} extra spend against {4} cost; break-even after {5} at the measured pace. {6}</source>
        <translation>Kapitalrendite: {0:.0%} (90-%-Intervall {1:.0%} bis {2:.0%}): {3} Mehrumsatz gegenüber {4} Kosten; Gewinnschwelle nach {5} beim gemessenen Tempo. {6}</translation>
    </message>
    <message>
        <source>{0:+d} points</source>
        <translation>{0:+d} Prozentpunkte</translation>
    </message>
    <message>
        <source>{0:+d} to {1:+d} points</source>
        <translation>{0:+d} bis {1:+d} Prozentpunkte</translation>
    </message>
    <message>
        <source>{0} to {1}</source>
        <translation>{0} bis {1}</translation>
    </message>
    <message>
        <source>Among those reached ({0:.0%} of the treated):</source>
        <translation>Unter den Erreichten ({0:.0%} der Testgruppe):</translation>
    </message>
    <message>
        <source>{0} ({1})</source>
        <translation>{0} ({1})</translation>
    </message>
    <message>
        <source>Per segment: treated minus held back, with the {0:.0%} interval. A segment with too few customers in an arm shows no figure.</source>
        <translation>Je Segment: Testgruppe minus Kontrollgruppe, mit dem {0:.0%}-Intervall. Ein Segment mit zu wenigen Kunden in einer der Gruppen zeigt keinen Wert.</translation>
    </message>
    <message>
        <source>{0} (%)</source>
        <translation>{0} (%)</translation>
    </message>
    <message>
        <source>{0}: difference {1}</source>
        <translation>{0}: Unterschied {1}</translation>
    </message>
    <message>
        <source>Measuring the campaign</source>
        <translation>Kampagne wird gemessen</translation>
    </message>
    <message>
        <source>Measured campaign {0} (processing log entry {1}).</source>
        <translation>Kampagne {0} gemessen (Eintrag {1} im Verarbeitungsprotokoll).</translation>
    </message>
    <message>
        <source>The CRM&apos;s record of who was reached in campaign {0}</source>
        <translation>Aufzeichnung des CRM, wer in Kampagne {0} erreicht wurde</translation>
    </message>
    <message>
        <source>Exports (*.csv *.tsv *.txt *.xlsx *.xlsm *.json *.zip *.gz);;All files (*)</source>
        <translation>Exporte (*.csv *.tsv *.txt *.xlsx *.xlsm *.json *.zip *.gz);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Choose one file: it replaces the contact outcomes of this campaign.</source>
        <translation>Wählen Sie eine einzige Datei: Sie ersetzt die Kontaktergebnisse dieser Kampagne.</translation>
    </message>
    <message>
        <source>Reading the contact outcomes</source>
        <translation>Kontaktergebnisse werden gelesen</translation>
    </message>
    <message>
        <source>Campaign {0}: {1} of the customers acted on were reached (processing log entry {2}).</source>
        <translation>Kampagne {0}: {1} der Kunden aus der Testgruppe wurden erreicht (Eintrag {2} im Verarbeitungsprotokoll).</translation>
    </message>
    <message>
        <source>{0} accepted the offer.</source>
        <translation>{0} haben das Angebot angenommen.</translation>
    </message>
    <message>
        <source>Read customer IDs from &apos;{0}&apos; and reached from &apos;{1}&apos;.</source>
        <translation>Kundennummern aus „{0}“ und Erreicht aus „{1}“ gelesen.</translation>
    </message>
    <message>
        <source>{0} rows name nobody in this campaign&apos;s treated group; they were left out.</source>
        <translation>{0} Zeilen nennen niemanden aus der Testgruppe dieser Kampagne; sie wurden ausgelassen.</translation>
    </message>
    <message>
        <source>{0} customers of the control group are marked as reached: they were contacted although they were to be held back, which blurs the comparison.</source>
        <translation>{0} Kunden der Kontrollgruppe sind als erreicht markiert: Sie wurden kontaktiert, obwohl sie zurückgehalten werden sollten, was den Vergleich verwischt.</translation>
    </message>
    <message>
        <source>Measure now to see the effect among those reached.</source>
        <translation>Messen Sie jetzt, um die Wirkung bei den Erreichten zu sehen.</translation>
    </message>
</context>
<context>
    <name>ChecklistRow</name>
    <message>
        <source>done</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <source>next step</source>
        <translation>nächster Schritt</translation>
    </message>
    <message>
        <source>not done yet</source>
        <translation>noch nicht erledigt</translation>
    </message>
</context>
<context>
    <name>ClosedPilotBanner</name>
    <message>
        <source>Pilot closed</source>
        <translation>Pilotprojekt abgeschlossen</translation>
    </message>
    <message>
        <source>This pilot was closed on {0}: all its data was erased for good. {1} What remains is the processing log (Privacy → Processing log) and the Art. 30 record (Reports).</source>
        <translation>Dieses Pilotprojekt wurde am {0} abgeschlossen: Alle seine Daten wurden endgültig gelöscht. {1} Erhalten bleiben das Verarbeitungsprotokoll (Datenschutz → Verarbeitungsprotokoll) und das Verzeichnis nach Art. 30 (Berichte).</translation>
    </message>
</context>
<context>
    <name>CommitStep</name>
    <message>
        <source>&amp;Append to the data already imported (otherwise each imported table replaces the stored table of the same kind)</source>
        <translation>&amp;Bereits importierte Daten ergänzen (sonst ersetzt jede importierte Tabelle die gespeicherte gleicher Art)</translation>
    </message>
    <message>
        <source>What each customer is worth a year: revenue at risk is churn risk times this. A monthly fee or charge counts twelve times.</source>
        <translation>Was jeder Kunde pro Jahr wert ist: Der gefährdete Umsatz ist das Abwanderungsrisiko mal diesem Wert. Eine monatliche Gebühr oder Belastung zählt zwölffach.</translation>
    </message>
    <message>
        <source>for example EUR</source>
        <translation>zum Beispiel EUR</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>P&amp;urpose (logged):</source>
        <translation>Zwec&amp;k (wird protokolliert):</translation>
    </message>
    <message>
        <source>Le&amp;gal basis:</source>
        <translation>&amp;Rechtsgrundlage:</translation>
    </message>
    <message>
        <source>Customer &amp;value:</source>
        <translation>Kunden&amp;wert:</translation>
    </message>
    <message>
        <source>C&amp;urrency of amounts:</source>
        <translation>Wä&amp;hrung der Beträge:</translation>
    </message>
    <message>
        <source>As set (this import has no customer amounts)</source>
        <translation>Wie festgelegt (dieser Import enthält keine Kundenbeträge)</translation>
    </message>
    <message>
        <source>Found in the data</source>
        <translation>In den Daten gefunden</translation>
    </message>
    <message>
        <source>{0} ({1}, {2} rows)</source>
        <translation>{0} ({1}, {2} Zeilen)</translation>
    </message>
    <message>
        <source>kept in the separately encrypted identity table</source>
        <translation>in der separat verschlüsselten Identitätstabelle aufbewahrt</translation>
    </message>
    <message>
        <source>dropped</source>
        <translation>verworfen</translation>
    </message>
    <message>
        <source>Ready to import {0}. Customer IDs are replaced by encrypted IDs, names and contact details are {1}, and customers who opted out are removed. Nothing is written until you press Import.</source>
        <translation>Bereit zum Import von {0}. Kunden-IDs werden durch verschlüsselte IDs ersetzt, Namen und Kontaktdaten werden {1}, und Kunden, die widersprochen haben, werden entfernt. Es wird nichts geschrieben, bevor Sie auf „Importieren“ klicken.</translation>
    </message>
</context>
<context>
    <name>CreatePanel</name>
    <message>
        <source>Project folder</source>
        <translation>Projektordner</translation>
    </message>
    <message>
        <source>B&amp;rowse…</source>
        <translation>Durch&amp;suchen…</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>Repeat passphrase</source>
        <translation>Passphrase wiederholen</translation>
    </message>
    <message>
        <source>Passphrase strength</source>
        <translation>Stärke der Passphrase</translation>
    </message>
    <message>
        <source>&amp;Create project</source>
        <translation>Projekt &amp;anlegen</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Zurück</translation>
    </message>
    <message>
        <source>Everything in the project folder is encrypted with a key protected by this passphrase. Without it nobody — including us — can read the data. Keep it safe.</source>
        <translation>Alles im Projektordner wird mit einem Schlüssel verschlüsselt, der durch diese Passphrase geschützt ist. Ohne sie kann niemand – auch wir nicht – die Daten lesen. Bewahren Sie sie sicher auf.</translation>
    </message>
    <message>
        <source>Project &amp;folder:</source>
        <translation>Projekt&amp;ordner:</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation>&amp;Wiederholen:</translation>
    </message>
    <message>
        <source>Strength:</source>
        <translation>Stärke:</translation>
    </message>
    <message>
        <source>Where should the project folder be created?</source>
        <translation>Wo soll der Projektordner angelegt werden?</translation>
    </message>
    <message>
        <source>very weak</source>
        <translation>sehr schwach</translation>
    </message>
    <message>
        <source>weak</source>
        <translation>schwach</translation>
    </message>
    <message>
        <source>fair</source>
        <translation>mittel</translation>
    </message>
    <message>
        <source>strong</source>
        <translation>stark</translation>
    </message>
    <message>
        <source>very strong</source>
        <translation>sehr stark</translation>
    </message>
    <message>
        <source>Strength: {0}.</source>
        <translation>Stärke: {0}.</translation>
    </message>
    <message>
        <source>Too easy to guess: use at least four ordinary words, or 12+ mixed characters.</source>
        <translation>Zu leicht zu erraten: Verwenden Sie mindestens vier gewöhnliche Wörter oder 12+ gemischte Zeichen.</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Die beiden Passphrasen stimmen nicht überein.</translation>
    </message>
    <message>
        <source>Choose the project folder first.</source>
        <translation>Wählen Sie zuerst den Projektordner.</translation>
    </message>
    <message>
        <source>Creating the project and deriving its key…</source>
        <translation>Projekt wird angelegt und sein Schlüssel abgeleitet…</translation>
    </message>
</context>
<context>
    <name>DoneStep</name>
    <message>
        <source>Import &amp;more files</source>
        <translation>&amp;Weitere Dateien importieren</translation>
    </message>
    <message>
        <source>Go to M&amp;odels to train</source>
        <translation>Zu den &amp;Modellen wechseln und trainieren</translation>
    </message>
    <message>
        <source>{0}: {1} rows</source>
        <translation>{0}: {1} Zeilen</translation>
    </message>
    <message>
        <source>Imported {0} customers ({1} new). Stored: {2}. {3} rows of customers who opted out were removed. The import is entry {4} of the processing log.</source>
        <translation>{0} Kunden importiert ({1} neu). Gespeichert: {2}. {3} Zeilen von Kunden, die widersprochen haben, wurden entfernt. Der Import ist Eintrag {4} im Verarbeitungsprotokoll.</translation>
    </message>
    <message>
        <source>{0} rows without a customer ID were left out.</source>
        <translation>{0} Zeilen ohne Kunden-ID wurden ausgelassen.</translation>
    </message>
    <message>
        <source>{0} tickets name no customer: they feed the support-load forecast only.</source>
        <translation>{0} Tickets nennen keinen Kunden: sie fließen nur in die Prognose der Support-Last ein.</translation>
    </message>
</context>
<context>
    <name>Drivers</name>
    <message>
        <source>{0} → higher {1} risk</source>
        <translation>{0} → höheres Risiko ({1})</translation>
    </message>
    <message>
        <source>Which {0} a customer has changes their {1} risk</source>
        <translation>Je nach {0} eines Kunden ändert sich sein Risiko ({1})</translation>
    </message>
    <message>
        <source>Customers with {0} &apos;{1}&apos; have the highest {2} risk</source>
        <translation>Kunden mit {0} &apos;{1}&apos; haben das höchste Risiko ({2})</translation>
    </message>
</context>
<context>
    <name>Evidence</name>
    <message>
        <source>General rule of thumb; not yet measured in this business.</source>
        <translation>Allgemeine Faustregel; in diesem Unternehmen noch nicht gemessen.</translation>
    </message>
    <message>
        <source>Measured in this business (campaign {0}): {1}</source>
        <translation>In diesem Unternehmen gemessen (Kampagne {0}): {1}</translation>
    </message>
    <message>
        <source>Tried in campaign {0}: {1} Until then, the general rule of thumb.</source>
        <translation>In Kampagne {0} erprobt: {1} Bis dahin gilt die allgemeine Faustregel.</translation>
    </message>
</context>
<context>
    <name>Features</name>
    <message>
        <source>time as a customer</source>
        <translation>Dauer der Kundenbeziehung</translation>
    </message>
    <message>
        <source>age</source>
        <translation>Alter</translation>
    </message>
    <message>
        <source>days since last activity</source>
        <translation>Tage seit der letzten Aktivität</translation>
    </message>
    <message>
        <source>days since last product use</source>
        <translation>Tage seit der letzten Produktnutzung</translation>
    </message>
    <message>
        <source>product use (4 weeks)</source>
        <translation>Produktnutzung (4 Wochen)</translation>
    </message>
    <message>
        <source>product use (12 weeks)</source>
        <translation>Produktnutzung (12 Wochen)</translation>
    </message>
    <message>
        <source>usage trend</source>
        <translation>Nutzungstrend</translation>
    </message>
    <message>
        <source>logins (4 weeks)</source>
        <translation>Anmeldungen (4 Wochen)</translation>
    </message>
    <message>
        <source>login trend</source>
        <translation>Anmeldetrend</translation>
    </message>
    <message>
        <source>usage growth (8 weeks)</source>
        <translation>Nutzungswachstum (8 Wochen)</translation>
    </message>
    <message>
        <source>features used (12 weeks)</source>
        <translation>Anzahl genutzter Funktionen (12 Wochen)</translation>
    </message>
    <message>
        <source>days since last purchase</source>
        <translation>Tage seit dem letzten Kauf</translation>
    </message>
    <message>
        <source>purchases (12 weeks)</source>
        <translation>Käufe (12 Wochen)</translation>
    </message>
    <message>
        <source>purchases (52 weeks)</source>
        <translation>Käufe (52 Wochen)</translation>
    </message>
    <message>
        <source>spend (12 weeks)</source>
        <translation>Ausgaben (12 Wochen)</translation>
    </message>
    <message>
        <source>spend (52 weeks)</source>
        <translation>Ausgaben (52 Wochen)</translation>
    </message>
    <message>
        <source>spend trend</source>
        <translation>Ausgabentrend</translation>
    </message>
    <message>
        <source>small add-on orders (12 weeks)</source>
        <translation>kleine Zusatzbestellungen (12 Wochen)</translation>
    </message>
    <message>
        <source>small add-on order trend</source>
        <translation>Trend der kleinen Zusatzbestellungen</translation>
    </message>
    <message>
        <source>late payments (26 weeks)</source>
        <translation>verspätete Zahlungen (26 Wochen)</translation>
    </message>
    <message>
        <source>payment delay in days</source>
        <translation>Zahlungsverzug in Tagen</translation>
    </message>
    <message>
        <source>overdue invoices</source>
        <translation>überfällige Rechnungen</translation>
    </message>
    <message>
        <source>support tickets (4 weeks)</source>
        <translation>Support-Tickets (4 Wochen)</translation>
    </message>
    <message>
        <source>support tickets per month</source>
        <translation>Support-Tickets pro Monat</translation>
    </message>
    <message>
        <source>support ticket trend</source>
        <translation>Trend der Support-Tickets</translation>
    </message>
    <message>
        <source>open support tickets</source>
        <translation>offene Support-Tickets</translation>
    </message>
    <message>
        <source>ticket resolution time in days</source>
        <translation>Lösungszeit der Tickets in Tagen</translation>
    </message>
    <message>
        <source>tickets in the first three months</source>
        <translation>Tickets in den ersten drei Monaten</translation>
    </message>
    <message>
        <source>feedback score (12 weeks)</source>
        <translation>Feedback-Bewertung (12 Wochen)</translation>
    </message>
    <message>
        <source>feedback score trend</source>
        <translation>Trend der Feedback-Bewertung</translation>
    </message>
    <message>
        <source>chance of still buying (buy-till-you-die)</source>
        <translation>Wahrscheinlichkeit, dass noch gekauft wird (Buy-till-you-die)</translation>
    </message>
    <message>
        <source>expected purchases (buy-till-you-die)</source>
        <translation>erwartete Käufe (Buy-till-you-die)</translation>
    </message>
    <message>
        <source>churn risk</source>
        <translation>Abwanderungsrisiko</translation>
    </message>
</context>
<context>
    <name>FilesStep</name>
    <message>
        <source>Choose the CRM exports to import — CSV (any delimiter or encoding), Excel workbooks (XLSX) or JSON — or drop them onto this page. Nothing is written to the project until you press Import at the end.</source>
        <translation>Wählen Sie die zu importierenden CRM-Exporte – CSV (beliebiges Trennzeichen und beliebige Kodierung), Excel-Arbeitsmappen (XLSX) oder JSON – oder ziehen Sie sie auf diese Seite. In das Projekt wird nichts geschrieben, bevor Sie am Ende auf „Importieren“ klicken.</translation>
    </message>
    <message>
        <source>Files to import</source>
        <translation>Zu importierende Dateien</translation>
    </message>
    <message>
        <source>&amp;Add files…</source>
        <translation>Dateien hinzu&amp;fügen…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>&amp;Leeren</translation>
    </message>
</context>
<context>
    <name>Findings</name>
    <message>
        <source>only {0} customers: predictions need at least {1} (ideally {2}+); per-customer results this small would expose individuals</source>
        <translation>nur {0} Kunden: Vorhersagen brauchen mindestens {1} (idealerweise {2}+); bei so wenigen Kunden würden Ergebnisse pro Kunde einzelne Personen erkennbar machen</translation>
    </message>
    <message>
        <source>{0} customers: models work best with {1} or more; expect wide uncertainty</source>
        <translation>{0} Kunden: Modelle funktionieren am besten mit {1} oder mehr; rechnen Sie mit großer Unsicherheit</translation>
    </message>
    <message>
        <source>no customer in this file is among the customers already imported: it may come from another system or key customers differently; check that it belongs to this project</source>
        <translation>kein Kunde in dieser Datei gehört zu den bereits importierten Kunden: sie stammt vielleicht aus einem anderen System oder identifiziert Kunden auf andere Weise; prüfen Sie, ob sie zu diesem Projekt gehört</translation>
    </message>
    <message>
        <source>{0} share no customer ID: they cannot be joined and may come from different systems or key customers differently (e-mail in one, customer number in the other); check that they belong together</source>
        <translation>{0} haben keine gemeinsame Kunden-ID: sie lassen sich nicht verknüpfen und stammen vielleicht aus verschiedenen Systemen oder identifizieren Kunden unterschiedlich (E-Mail in der einen, Kundennummer in der anderen); prüfen Sie, ob sie zusammengehören</translation>
    </message>
    <message>
        <source>{0} cover periods that do not overlap ({1} … {2} and {3} … {4}): their events cannot describe the same time; check that they belong together</source>
        <translation>{0} umfassen Zeiträume, die sich nicht überschneiden ({1} … {2} und {3} … {4}): ihre Ereignisse können nicht dieselbe Zeit beschreiben; prüfen Sie, ob sie zusammengehören</translation>
    </message>
    <message>
        <source>no dates: this export is a snapshot, so each model is checked on customers it did not learn from, in turns, rather than on a later period</source>
        <translation>keine Datumsangaben: dieser Export ist eine Momentaufnahme, daher wird jedes Modell abwechselnd an Kunden geprüft, von denen es nicht gelernt hat, statt an einem späteren Zeitraum</translation>
    </message>
    <message>
        <source>history covers {0:.0f} months ({1} … {2}): at least {3} are needed for reliable churn signals</source>
        <translation>der Verlauf umfasst {0:.0f} Monate ({1} … {2}): für verlässliche Abwanderungssignale sind mindestens {3} nötig</translation>
    </message>
    <message>
        <source>history covers {0:.0f} months: enough for churn; a seasonal business should provide {1}</source>
        <translation>der Verlauf umfasst {0:.0f} Monate: genug für die Abwanderung; ein Saisongeschäft sollte {1} liefern</translation>
    </message>
    <message>
        <source>only {0:.1%} of rows are in the rarer label class: the model will have little to learn from</source>
        <translation>nur {0:.1%} der Zeilen gehören zur selteneren Klasse der Kennzeichnung: das Modell hat wenig, woraus es lernen kann</translation>
    </message>
    <message>
        <source>{0} customers in this file are not in the customers file; their rows are kept as customers without master data</source>
        <translation>{0} Kunden in dieser Datei fehlen in der Kundendatei; ihre Zeilen werden als Kunden ohne Stammdaten behalten</translation>
    </message>
    <message>
        <source>{0} and {1} more</source>
        <translation>{0} und {1} weitere</translation>
    </message>
    <message>
        <source>cells start with =, +, - or @, which a spreadsheet would run as a formula; they are imported as plain text and exports mark them as text. Check the file if you did not expect formulas</source>
        <translation>einige Zellen beginnen mit =, +, - oder @, was eine Tabellenkalkulation als Formel ausführen würde; sie werden als reiner Text importiert, und Exporte kennzeichnen sie als Text. Prüfen Sie die Datei, wenn Sie keine Formeln erwartet haben</translation>
    </message>
    <message>
        <source>no customer column: its {0} tickets feed the support-load forecast and ticket volume views only, not any customer&apos;s features or risk. If a column does name the customer, give it the customer ID role</source>
        <translation>keine Kundenspalte: die {0} Tickets dieser Datei fließen nur in die Prognose der Support-Last und die Ansichten zum Ticketaufkommen ein, nicht in Merkmale oder Risiko eines Kunden. Falls eine Spalte den Kunden nennt, geben Sie ihr die Rolle Kunden-ID</translation>
    </message>
    <message>
        <source>no column is mapped as the customer ID; tables can only be joined by one</source>
        <translation>keine Spalte ist als Kunden-ID zugeordnet; Tabellen lassen sich nur über eine Kunden-ID verknüpfen</translation>
    </message>
    <message>
        <source>{0} of {1} rows ({2:.1%}) have no customer ID (guest orders, or rows not linked to a customer). Leave them out, or fill the IDs in</source>
        <translation>{0} von {1} Zeilen ({2:.1%}) haben keine Kunden-ID (Gastbestellungen oder Zeilen ohne Bezug zu einem Kunden). Lassen Sie sie aus oder ergänzen Sie die IDs</translation>
    </message>
    <message>
        <source>no column holds a customer number, so the e-mail address is taken as the customer: each address is linked to the customer who has it in the other files or in the project (letter case aside), and an address nobody has is a customer of its own. If a column does hold the customer number, give it the customer ID role</source>
        <translation>keine Spalte enthält eine Kundennummer, daher gilt die E-Mail-Adresse als Kunde: jede Adresse wird dem Kunden zugeordnet, der sie in den anderen Dateien oder im Projekt hat (ohne Rücksicht auf Groß- und Kleinschreibung), und eine Adresse, die niemand hat, ist ein eigener Kunde. Wenn eine Spalte doch die Kundennummer enthält, geben Sie ihr die Rolle Kunden-ID</translation>
    </message>
    <message>
        <source>the customer IDs are e-mail addresses, some written with capitals: they are taken in lower case, so that an address typed two ways is one customer</source>
        <translation>die Kunden-IDs sind E-Mail-Adressen, einige mit Großbuchstaben geschrieben: sie werden in Kleinbuchstaben übernommen, damit eine auf zwei Arten getippte Adresse ein Kunde ist</translation>
    </message>
    <message>
        <source>the customer ID contains invisible, control or non-breaking space characters; remove them so that the ID matches in every file</source>
        <translation>die Kunden-ID enthält unsichtbare Zeichen, Steuerzeichen oder geschützte Leerzeichen; entfernen Sie sie, damit die ID in jeder Datei übereinstimmt</translation>
    </message>
    <message>
        <source>the row is associated with several customers (IDs separated by &apos;;&apos;); export one association per row, or keep one customer per row</source>
        <translation>die Zeile ist mehreren Kunden zugeordnet (IDs durch &apos;;&apos; getrennt); exportieren Sie eine Zuordnung pro Zeile oder behalten Sie einen Kunden pro Zeile</translation>
    </message>
    <message>
        <source>no date format fits this column&apos;s values; map it as category or text instead</source>
        <translation>kein Datumsformat passt zu den Werten dieser Spalte; ordnen Sie sie stattdessen als Kategorie oder Text zu</translation>
    </message>
    <message>
        <source>no number format fits this column&apos;s values; map it as category or text instead</source>
        <translation>kein Zahlenformat passt zu den Werten dieser Spalte; ordnen Sie sie stattdessen als Kategorie oder Text zu</translation>
    </message>
    <message>
        <source>the date format is ambiguous: read as {0}; if that is wrong, set the format</source>
        <translation>das Datumsformat ist mehrdeutig: gelesen als {0}; falls das falsch ist, legen Sie das Format fest</translation>
    </message>
    <message>
        <source>the number format is ambiguous: read as {0}; if that is wrong, set the format</source>
        <translation>das Zahlenformat ist mehrdeutig: gelesen als {0}; falls das falsch ist, legen Sie das Format fest</translation>
    </message>
    <message>
        <source>values are not a date like {0}; fix them in the file, or map the column differently</source>
        <translation>die Werte sind kein Datum wie {0}; korrigieren Sie sie in der Datei oder ordnen Sie die Spalte anders zu</translation>
    </message>
    <message>
        <source>values are not a number ({0}); fix them in the file, or map the column differently</source>
        <translation>die Werte sind keine Zahl ({0}); korrigieren Sie sie in der Datei oder ordnen Sie die Spalte anders zu</translation>
    </message>
    <message>
        <source>values are not a plausible number ({0}); fix them in the file, or map the column differently</source>
        <translation>die Werte sind keine plausible Zahl ({0}); korrigieren Sie sie in der Datei oder ordnen Sie die Spalte anders zu</translation>
    </message>
    <message>
        <source>values are not yes/no, true/false or 1/0; fix them in the file, or map the column differently</source>
        <translation>die Werte sind nicht ja/nein, wahr/falsch oder 1/0; korrigieren Sie sie in der Datei oder ordnen Sie die Spalte anders zu</translation>
    </message>
    <message>
        <source>looks like GDPR Art. 9 special-category data ({0}); it is refused unless you record the customers&apos; explicit consent to processing it, or leave the column out</source>
        <translation>sieht nach besonderen Kategorien personenbezogener Daten nach Art. 9 DSGVO aus ({0}); die Spalte wird abgelehnt, sofern Sie nicht die ausdrückliche Einwilligung der Kunden in diese Verarbeitung erfassen, oder lassen Sie die Spalte aus</translation>
    </message>
    <message>
        <source>this column name is reserved by Prevista; rename it</source>
        <translation>dieser Spaltenname ist für Prevista reserviert; benennen Sie die Spalte um</translation>
    </message>
    <message>
        <source>{0} of {1} rows have no customer ID (guest orders, or rows not linked to a customer): left out as you chose; they are not stored</source>
        <translation>{0} von {1} Zeilen haben keine Kunden-ID (Gastbestellungen oder Zeilen ohne Bezug zu einem Kunden): wie gewählt ausgelassen; sie werden nicht gespeichert</translation>
    </message>
    <message>
        <source>{0} lines had this field empty and took the value the other lines of their order hold (order numbers in &apos;{1}&apos;), as a shop system writes an order&apos;s own fields on its first line only; check that they belong to it</source>
        <translation>{0} Positionen hatten dieses Feld leer und übernahmen den Wert, den die übrigen Positionen ihrer Bestellung haben (Bestellnummern in &apos;{1}&apos;), da ein Shopsystem die Angaben einer Bestellung nur in ihre erste Zeile schreibt; prüfen Sie, dass sie dazugehören</translation>
    </message>
    <message>
        <source>{0} of {1} rows ({2:.1%}) share one customer ID that reads as a guest or as nobody (such as 0 or &apos;guest&apos;) and stands on far more rows than any customer: taken as rows without a customer ID, not as one customer</source>
        <translation>{0} von {1} Zeilen ({2:.1%}) teilen sich eine Kunden-ID, die als Gast oder als niemand zu lesen ist (etwa 0 oder &apos;guest&apos;) und auf weit mehr Zeilen steht als jeder Kunde: als Zeilen ohne Kunden-ID genommen, nicht als ein Kunde</translation>
    </message>
    <message>
        <source>line value = {0} (the unit price alone is not what a line is worth); it is used for spend and revenue at risk</source>
        <translation>Zeilenwert = {0} (der Stückpreis allein ist nicht, was eine Zeile wert ist); er wird für Umsatz und gefährdeten Umsatz verwendet</translation>
    </message>
    <message>
        <source>holds each order&apos;s amount on every line of the order (the same value on the lines of {0} orders of several lines): summed over its lines, an order would count once per line; a line is worth {1} instead</source>
        <translation>enthält den Betrag jeder Bestellung auf jeder ihrer Zeilen (derselbe Wert auf den Zeilen von {0} Bestellungen mit mehreren Zeilen): über ihre Zeilen summiert, zählte eine Bestellung einmal je Zeile; eine Zeile ist stattdessen {1} wert</translation>
    </message>
    <message>
        <source>holds each order&apos;s amount on every line of the order (the same value on the lines of {0} orders of several lines): summed over its lines, an order would count once per line; it is counted once per order instead</source>
        <translation>enthält den Betrag jeder Bestellung auf jeder ihrer Zeilen (derselbe Wert auf den Zeilen von {0} Bestellungen mit mehreren Zeilen): über ihre Zeilen summiert, zählte eine Bestellung einmal je Zeile; er zählt stattdessen einmal je Bestellung</translation>
    </message>
    <message>
        <source>names {0} currencies: the amounts in &apos;{1}&apos; would be added up as if they were one; convert them to one currency before exporting, or import one currency&apos;s rows at a time</source>
        <translation>nennt {0} Währungen: die Beträge in &apos;{1}&apos; würden addiert, als wären sie eine; rechnen Sie sie vor dem Export in eine Währung um, oder importieren Sie die Zeilen jeder Währung für sich</translation>
    </message>
    <message>
        <source>{0} lines grouped into {1} orders by their order number: purchases count orders, not lines</source>
        <translation>{0} Positionen anhand ihrer Bestellnummer zu {1} Bestellungen zusammengefasst: als Käufe zählen Bestellungen, nicht Positionen</translation>
    </message>
    <message>
        <source>{0} cancellation or return lines ({1}): netted out of spend, not counted as purchases or as activity</source>
        <translation>{0} Storno- oder Retourenpositionen ({1}): mit den Ausgaben verrechnet, nicht als Käufe oder als Aktivität gezählt</translation>
    </message>
    <message>
        <source>{0} lines have a negative amount: too many to be refunds, so they are read as ordinary lines, not as cancellations</source>
        <translation>{0} Positionen haben einen negativen Betrag: zu viele für Erstattungen, daher werden sie als normale Positionen gelesen, nicht als Stornierungen</translation>
    </message>
    <message>
        <source>{0} lines sell no product (postage, fees, manual adjustments, discounts; found in {1}): not counted as purchases, spend or activity</source>
        <translation>{0} Positionen verkaufen kein Produkt (Porto, Gebühren, manuelle Korrekturen, Rabatte; gefunden in {1}): nicht als Käufe, Ausgaben oder Aktivität gezählt</translation>
    </message>
    <message>
        <source>exact duplicate rows will be imported once</source>
        <translation>exakt doppelte Zeilen werden nur einmal importiert</translation>
    </message>
    <message>
        <source>the same customer ID appears on rows with different values; keep one row per customer</source>
        <translation>dieselbe Kunden-ID erscheint in Zeilen mit unterschiedlichen Werten; behalten Sie eine Zeile pro Kunde</translation>
    </message>
    <message>
        <source>line {0}</source>
        <translation>Zeile {0}</translation>
    </message>
    <message>
        <source>record {0}</source>
        <translation>Datensatz {0}</translation>
    </message>
    <message>
        <source>{0}!row {1}</source>
        <translation>{0}!Zeile {1}</translation>
    </message>
    <message>
        <source>{0} of {1} e-mail addresses belong to customers known by their customer number (in the other files or in the project) and stand for them; the other {2} are customers of their own</source>
        <translation>{0} von {1} E-Mail-Adressen gehören Kunden, die unter ihrer Kundennummer bekannt sind (in den anderen Dateien oder im Projekt), und stehen für sie; die übrigen {2} sind eigene Kunden</translation>
    </message>
</context>
<context>
    <name>Forecast</name>
    <message>
        <source>The forecast starts after the week of {0}, the last complete one: tickets come on {1}, and the data runs to {2}.</source>
        <translation>Die Prognose beginnt nach der Woche ab {0}, der letzten vollständigen: Tickets gehen {1} ein, und die Daten reichen bis {2}.</translation>
    </message>
    <message>
        <source>Only {0} complete weeks of history: the methods were tested on forecasts {1} weeks ahead instead of {2}, so the quality figures are rough.</source>
        <translation>Nur {0} vollständige Wochen Verlauf: Die Methoden wurden an Prognosen {1} Wochen im Voraus statt {2} getestet, daher sind die Qualitätszahlen nur grob.</translation>
    </message>
    <message>
        <source>The methods could be tested from only {0} past point(s) in time; the band rests on few errors and may be too narrow.</source>
        <translation>Die Methoden konnten nur von {0} früheren Zeitpunkt(en) aus getestet werden; das Band beruht auf wenigen Fehlern und ist möglicherweise zu schmal.</translation>
    </message>
    <message>
        <source>The band and the error to expect come from the {0} backtest forecasts made since the change in level.</source>
        <translation>Das Band und die zu erwartende Abweichung beruhen auf den {0} Prognosen des Backtests seit der Niveauänderung.</translation>
    </message>
    <message>
        <source>The ticket forecast needs at least {0} complete weeks of tickets; the data has {1}.</source>
        <translation>Die Ticket-Prognose braucht mindestens {0} vollständige Wochen mit Tickets; die Daten enthalten {1}.</translation>
    </message>
    <message>
        <source>Less than two years of history: a yearly season can be followed only roughly, or not at all.</source>
        <translation>Weniger als zwei Jahre Verlauf: Eine jährliche Saison lässt sich nur grob oder gar nicht abbilden.</translation>
    </message>
    <message>
        <source>mean of the last 4 weeks</source>
        <translation>Mittelwert der letzten 4 Wochen</translation>
    </message>
    <message>
        <source>same week last year</source>
        <translation>gleiche Woche im Vorjahr</translation>
    </message>
    <message>
        <source>damped-trend exponential smoothing</source>
        <translation>exponentielle Glättung mit gedämpftem Trend</translation>
    </message>
    <message>
        <source>seasonal exponential smoothing</source>
        <translation>saisonale exponentielle Glättung</translation>
    </message>
    <message>
        <source>Poisson trend and season</source>
        <translation>Poisson mit Trend und Saison</translation>
    </message>
    <message>
        <source>Volume dropped by about {0:.0%} from the week of {1} (about {2:.0f} tickets a week before, {3:.0f} since); the forecast uses the {4} weeks since.</source>
        <translation>Das Volumen ist ab der Woche ab {1} um etwa {0:.0%} gesunken (vorher etwa {2:.0f} Tickets pro Woche, seitdem {3:.0f}); die Prognose nutzt die {4} Wochen seitdem.</translation>
    </message>
    <message>
        <source>Volume rose by about {0:.0%} from the week of {1} (about {2:.0f} tickets a week before, {3:.0f} since); the forecast uses the {4} weeks since.</source>
        <translation>Das Volumen ist ab der Woche ab {1} um etwa {0:.0%} gestiegen (vorher etwa {2:.0f} Tickets pro Woche, seitdem {3:.0f}); die Prognose nutzt die {4} Wochen seitdem.</translation>
    </message>
    <message>
        <source>Volume dropped by about {0:.0%} from the week of {1} (about {2:.0f} tickets a week before, {3:.0f} since); the forecast follows the new level, weighing the {4} weeks since the most.</source>
        <translation>Das Volumen ist ab der Woche ab {1} um etwa {0:.0%} gesunken (vorher etwa {2:.0f} Tickets pro Woche, seitdem {3:.0f}); die Prognose folgt dem neuen Niveau und gewichtet die {4} Wochen seitdem am stärksten.</translation>
    </message>
    <message>
        <source>Volume rose by about {0:.0%} from the week of {1} (about {2:.0f} tickets a week before, {3:.0f} since); the forecast follows the new level, weighing the {4} weeks since the most.</source>
        <translation>Das Volumen ist ab der Woche ab {1} um etwa {0:.0%} gestiegen (vorher etwa {2:.0f} Tickets pro Woche, seitdem {3:.0f}); die Prognose folgt dem neuen Niveau und gewichtet die {4} Wochen seitdem am stärksten.</translation>
    </message>
    <message>
        <source>withheld: customers whose tickets it counted have since been excluded (opt-out, erasure or retention cleanup); it is recomputed at the next training or forecast refresh</source>
        <translation>zurückgehalten: Kunden, deren Tickets mitgezählt wurden, sind inzwischen ausgeschlossen (Widerspruch, Löschung auf Antrag oder Löschung abgelaufener Daten); der Wert wird beim nächsten Training oder bei der nächsten Aktualisierung der Prognose neu berechnet</translation>
    </message>
</context>
<context>
    <name>ForecastPage</name>
    <message>
        <source> weeks</source>
        <translation> Wochen</translation>
    </message>
    <message>
        <source>&amp;Forecast the next:</source>
        <translation>&amp;Prognose für die nächsten:</translation>
    </message>
    <message>
        <source>&amp;Refresh forecast</source>
        <translation>Prognose ak&amp;tualisieren</translation>
    </message>
    <message>
        <source>Support tickets per week: history and forecast</source>
        <translation>Support-Tickets pro Woche: Verlauf und Prognose</translation>
    </message>
    <message>
        <source>Week of</source>
        <translation>Woche ab</translation>
    </message>
    <message>
        <source>Expected tickets</source>
        <translation>Erwartete Tickets</translation>
    </message>
    <message>
        <source>At least</source>
        <translation>Mindestens</translation>
    </message>
    <message>
        <source>At most</source>
        <translation>Höchstens</translation>
    </message>
    <message>
        <source>At least (95 %)</source>
        <translation>Mindestens (95 %)</translation>
    </message>
    <message>
        <source>At most (95 %)</source>
        <translation>Höchstens (95 %)</translation>
    </message>
    <message>
        <source>Forecast per week</source>
        <translation>Prognose pro Woche</translation>
    </message>
    <message>
        <source> min a ticket</source>
        <translation> Min. pro Ticket</translation>
    </message>
    <message>
        <source> h a week</source>
        <translation> Std. pro Woche</translation>
    </message>
    <message>
        <source>&amp;Handling time:</source>
        <translation>&amp;Bearbeitungszeit:</translation>
    </message>
    <message>
        <source>Ticket hours per &amp;agent:</source>
        <translation>Ticketstunden pro &amp;Mitarbeiter:</translation>
    </message>
    <message>
        <source>There are no tickets left to forecast from.</source>
        <translation>Es sind keine Tickets mehr vorhanden, aus denen eine Prognose erstellt werden kann.</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>Prognose</translation>
    </message>
    <message>
        <source>Enter the handling time of a ticket and the hours an agent spends on tickets in a week to see the agents needed per week.</source>
        <translation>Geben Sie die Bearbeitungszeit eines Tickets und die Stunden ein, die ein Mitarbeiter pro Woche für Tickets aufwendet, um den Personalbedarf pro Woche zu sehen.</translation>
    </message>
    <message>
        <source>Week of {0}: {1:.1f} agents; a busy week (top of the {2:.0%} band) needs {3}.</source>
        <translation>Woche ab {0}: {1:.1f} Mitarbeiter; eine volle Woche (oberer Rand des {2:.0%}-Bands) braucht {3}.</translation>
    </message>
    <message>
        <source>No stored forecast: {0}</source>
        <translation>Keine gespeicherte Prognose: {0}</translation>
    </message>
    <message>
        <source>No stored forecast yet. Training makes one; Refresh computes one now from the imported tickets.</source>
        <translation>Noch keine gespeicherte Prognose. Das Training erstellt eine; „Prognose aktualisieren“ berechnet jetzt eine aus den importierten Tickets.</translation>
    </message>
    <message>
        <source>Forecast made at training.</source>
        <translation>Beim Training erstellte Prognose.</translation>
    </message>
    <message>
        <source>Forecasting support tickets</source>
        <translation>Support-Tickets werden prognostiziert</translation>
    </message>
    <message>
        <source>Fresh forecast (logged).</source>
        <translation>Neue Prognose (protokolliert).</translation>
    </message>
    <message>
        <source>Support tickets, next {0} weeks: about {1:,.0f} expected ({2}; forecasting {3} weeks ahead from past points in time, it was off by {4:.1f} tickets a week on average against {5:.1f} for the best other method, {6}). The band holds {7:.0%} of likely outcomes.</source>
        <translation>Support-Tickets, nächste {0} Wochen: etwa {1:,.0f} erwartet ({2}; bei Prognosen {3} Wochen voraus von früheren Zeitpunkten lag es im Schnitt um {4:.1f} Tickets pro Woche daneben, gegenüber {5:.1f} für die beste andere Methode, {6}). Das Band umfasst {7:.0%} der wahrscheinlichen Ergebnisse.</translation>
    </message>
    <message>
        <source>Expect it to be off by about {0:.1f} tickets a week. In the backtest the {1:.0%} band held {2:.0%} of the weeks (the 95 % band {3:.0%}) and was about {4:.0f} tickets wide.</source>
        <translation>Rechnen Sie mit etwa {0:.1f} Tickets pro Woche Abweichung. Im Backtest enthielt das {1:.0%}-Band {2:.0%} der Wochen (das 95-%-Band {3:.0%}) und war etwa {4:.0f} Tickets breit.</translation>
    </message>
    <message>
        <source>Backtest error per method, tickets a week: {0}.</source>
        <translation>Backtest-Fehler je Methode, Tickets pro Woche: {0}.</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>Montag</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>Dienstag</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>Mittwoch</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>Donnerstag</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>Freitag</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>Samstag</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>Sonntag</translation>
    </message>
    <message>
        <source>Share of a week&apos;s tickets per working day: {0}.</source>
        <translation>Anteil der Tickets einer Woche je Arbeitstag: {0}.</translation>
    </message>
    <message>
        <source>Tickets per week</source>
        <translation>Tickets pro Woche</translation>
    </message>
    <message>
        <source>{0:.0%} interval</source>
        <translation>{0:.0%}-Intervall</translation>
    </message>
    <message>
        <source>Support tickets per week</source>
        <translation>Support-Tickets pro Woche</translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation>Tickets</translation>
    </message>
    <message>
        <source>{0} weeks of history, then {1} forecast weeks; the forecast values are listed in the table.</source>
        <translation>{0} Wochen Verlauf, dann {1} Prognosewochen; die Prognosewerte stehen in der Tabelle.</translation>
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
        <translation>Eine Gruppe von Kunden, die sich ähnlich verhalten. Ein Segment wird nur angezeigt, wenn es mindestens die kleinste Gruppengröße (k) an Kunden hat.</translation>
    </message>
    <message>
        <source>Churn risk</source>
        <translation>Abwanderungsrisiko</translation>
    </message>
    <message>
        <source>The chance, estimated by the model, that a customer stops buying or cancels within the outcome horizon. For a segment it is the average of its customers.</source>
        <translation>Die vom Modell geschätzte Wahrscheinlichkeit, dass ein Kunde innerhalb des Ergebnishorizonts nicht mehr kauft oder kündigt. Für ein Segment ist es der Durchschnitt seiner Kunden.</translation>
    </message>
    <message>
        <source>Expected churners</source>
        <translation>Erwartete Abwanderer</translation>
    </message>
    <message>
        <source>How many customers of a segment are likely to leave: their churn risks added up. It is an estimate for the group, not a list of people.</source>
        <translation>Wie viele Kunden eines Segments voraussichtlich abwandern: ihre Abwanderungsrisiken zusammengezählt. Es ist eine Schätzung für die Gruppe, keine Liste von Personen.</translation>
    </message>
    <message>
        <source>Revenue at risk</source>
        <translation>Gefährdeter Umsatz</translation>
    </message>
    <message>
        <source>The yearly value of the customers likely to leave: each customer&apos;s spend or fee times their churn risk, added up. Without a value (spend, fee, balance) in the data it cannot be computed and shows a dash.</source>
        <translation>Der jährliche Wert der Kunden, die voraussichtlich abwandern: die Ausgaben oder die Gebühr jedes Kunden mal seinem Abwanderungsrisiko, zusammengezählt. Ohne einen Wert (Ausgaben, Gebühr, Guthaben) in den Daten lässt er sich nicht berechnen und es wird ein Strich angezeigt.</translation>
    </message>
    <message>
        <source>Purchase propensity</source>
        <translation>Kaufneigung</translation>
    </message>
    <message>
        <source>The chance that a customer buys again within the outcome horizon. Customers with a high propensity are the likeliest to respond to an offer.</source>
        <translation>Die Wahrscheinlichkeit, dass ein Kunde innerhalb des Ergebnishorizonts erneut kauft. Kunden mit hoher Kaufneigung reagieren am ehesten auf ein Angebot.</translation>
    </message>
    <message>
        <source>Forecast tickets</source>
        <translation>Prognostizierte Tickets</translation>
    </message>
    <message>
        <source>The support tickets the customers of a segment are expected to open in the forecast period.</source>
        <translation>Die Support-Tickets, die die Kunden eines Segments im Prognosezeitraum voraussichtlich eröffnen.</translation>
    </message>
    <message>
        <source>Still active (buy-till-you-die)</source>
        <translation>Noch aktiv (Buy-till-you-die)</translation>
    </message>
    <message>
        <source>For shops without subscriptions: from how often and how recently each customer bought, a classic model estimates the chance that they are still a customer and how many repeat purchases to expect.</source>
        <translation>Für Shops ohne Abonnements: Aus der Häufigkeit und der Aktualität der Käufe jedes Kunden schätzt ein klassisches Modell die Wahrscheinlichkeit, dass er noch Kunde ist, und wie viele Wiederholungskäufe zu erwarten sind.</translation>
    </message>
    <message>
        <source>Outcome horizon</source>
        <translation>Ergebnishorizont</translation>
    </message>
    <message>
        <source>The period after the cut-off date in which a customer counts as lost or as a buyer, for example 90 days.</source>
        <translation>Der Zeitraum nach dem Stichtag, in dem ein Kunde als verloren oder als Käufer gilt, zum Beispiel 90 Tage.</translation>
    </message>
    <message>
        <source>Drivers</source>
        <translation>Einflussfaktoren</translation>
    </message>
    <message>
        <source>The customer traits that move the model&apos;s estimate most, such as fewer orders lately. They explain a prediction; they do not prove a cause.</source>
        <translation>Die Kundenmerkmale, die die Schätzung des Modells am stärksten beeinflussen, etwa weniger Bestellungen in letzter Zeit. Sie erklären eine Vorhersage; eine Ursache beweisen sie nicht.</translation>
    </message>
    <message>
        <source>Held-out data</source>
        <translation>Zurückgehaltene Daten</translation>
    </message>
    <message>
        <source>Customers or a later period kept aside during training and used only to measure the model: a fair test of how it does on customers it has never seen.</source>
        <translation>Kunden oder ein späterer Zeitraum, die beim Training beiseitegelegt und nur zum Messen des Modells verwendet werden: ein fairer Test, wie es bei Kunden abschneidet, die es nie gesehen hat.</translation>
    </message>
    <message>
        <source>Baseline (reference model)</source>
        <translation>Vergleichsmodell (Referenzmodell)</translation>
    </message>
    <message>
        <source>A deliberately simple way to predict, measured the same way as the model. The model is only worth using where it clearly beats its baselines.</source>
        <translation>Eine bewusst einfache Art der Vorhersage, die genauso gemessen wird wie das Modell. Das Modell lohnt sich nur dort, wo es seine Vergleichsmodelle deutlich übertrifft.</translation>
    </message>
    <message>
        <source>ROC AUC</source>
        <translation>ROC AUC</translation>
    </message>
    <message>
        <source>How well the model ranks customers who leave above customers who stay: 0.5 is guessing, 1 is perfect; real churn models reach about 0.7 to 0.85.</source>
        <translation>Wie gut das Modell Kunden, die abwandern, vor Kunden einordnet, die bleiben: 0,5 ist Raten, 1 ist perfekt; echte Abwanderungsmodelle erreichen etwa 0,7 bis 0,85.</translation>
    </message>
    <message>
        <source>PR AUC</source>
        <translation>PR AUC</translation>
    </message>
    <message>
        <source>How many of the model&apos;s top picks really leave, over lists of every length; higher is better. It matters most when few customers leave.</source>
        <translation>Wie viele der vom Modell zuerst gewählten Kunden tatsächlich abwandern, über Listen jeder Länge hinweg; höher ist besser. Am wichtigsten ist dieses Maß, wenn nur wenige Kunden abwandern.</translation>
    </message>
    <message>
        <source>Brier score</source>
        <translation>Brier-Score</translation>
    </message>
    <message>
        <source>The average squared gap between the predicted chances and what happened; lower is better.</source>
        <translation>Die durchschnittliche quadrierte Abweichung zwischen den vorhergesagten Wahrscheinlichkeiten und dem, was tatsächlich eingetreten ist; niedriger ist besser.</translation>
    </message>
    <message>
        <source>Lift</source>
        <translation>Lift</translation>
    </message>
    <message>
        <source>How many times more churners a list chosen by the model holds than a list of the same length chosen at random. Top-decile lift compares the 10 % with the highest risk.</source>
        <translation>Wie viel mal mehr Abwanderer eine vom Modell gewählte Liste enthält als eine zufällig gewählte Liste gleicher Länge. Der Lift im obersten Dezil vergleicht die 10 % mit dem höchsten Risiko.</translation>
    </message>
    <message>
        <source>Calibration</source>
        <translation>Kalibrierung</translation>
    </message>
    <message>
        <source>Whether the predicted chances come true: of the customers given a 20 % risk, about 20 % should leave. The calibration chart sets predicted against observed rates.</source>
        <translation>Ob die vorhergesagten Wahrscheinlichkeiten eintreffen: Von den Kunden mit 20 % Risiko sollten etwa 20 % abwandern. Das Kalibrierungsdiagramm stellt vorhergesagte und beobachtete Raten gegenüber.</translation>
    </message>
    <message>
        <source>95 % range</source>
        <translation>95-%-Bereich</translation>
    </message>
    <message>
        <source>The span that holds a quality measure in 95 % of resamples of the held-out customers. The wider it is, the less certain the measure.</source>
        <translation>Die Spanne, in der ein Qualitätsmaß in 95 % der Stichproben aus den zurückgehaltenen Kunden liegt. Je breiter sie ist, desto unsicherer ist das Maß.</translation>
    </message>
    <message>
        <source>Shift (PSI)</source>
        <translation>Verschiebung (PSI)</translation>
    </message>
    <message>
        <source>How much today&apos;s customers differ from those the model learnt from. A large shift means the model should be retrained.</source>
        <translation>Wie stark sich die heutigen Kunden von denen unterscheiden, aus denen das Modell gelernt hat. Eine große Verschiebung bedeutet, dass das Modell neu trainiert werden sollte.</translation>
    </message>
    <message>
        <source>Control group (held back)</source>
        <translation>Kontrollgruppe (zurückgehalten)</translation>
    </message>
    <message>
        <source>Customers of a campaign chosen at random and deliberately not acted on. Comparing them with the treated customers shows what the action itself changed.</source>
        <translation>Zufällig ausgewählte Kunden einer Kampagne, bei denen bewusst nichts unternommen wird. Der Vergleich mit der Testgruppe zeigt, was die Maßnahme selbst bewirkt hat.</translation>
    </message>
    <message>
        <source>Treated</source>
        <translation>Testgruppe</translation>
    </message>
    <message>
        <source>The customers of a campaign who are acted on (called, mailed, offered a discount).</source>
        <translation>Die Kunden einer Kampagne, bei denen die Maßnahme durchgeführt wird (Anruf, Mailing, Rabattangebot).</translation>
    </message>
    <message>
        <source>Uplift (difference)</source>
        <translation>Uplift (Unterschied)</translation>
    </message>
    <message>
        <source>The difference in an outcome between treated and held-back customers: the effect of the action beyond what would have happened anyway.</source>
        <translation>Der Unterschied in einer Ergebnisgröße zwischen Testgruppe und Kontrollgruppe: die Wirkung der Maßnahme über das hinaus, was ohnehin passiert wäre.</translation>
    </message>
    <message>
        <source>Interval (90 %)</source>
        <translation>Intervall (90 %)</translation>
    </message>
    <message>
        <source>The range that holds the true value with the stated confidence, usually 90 %; the wider, the less certain. A campaign interval that includes zero means the action may have changed nothing.</source>
        <translation>Der Bereich, der den wahren Wert mit der angegebenen Sicherheit enthält, meist 90 %; je breiter, desto unsicherer. Schließt das Intervall einer Kampagne null ein, hat die Maßnahme möglicherweise nichts bewirkt.</translation>
    </message>
    <message>
        <source>Backtest</source>
        <translation>Backtest</translation>
    </message>
    <message>
        <source>Testing a forecast on past weeks as if they were the future: each method forecasts them from the weeks before, and the result is compared with what really happened.</source>
        <translation>Eine Prognose an vergangenen Wochen testen, als lägen sie in der Zukunft: Jede Methode prognostiziert sie aus den Wochen davor, und das Ergebnis wird mit dem verglichen, was tatsächlich geschah.</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>Abdeckung</translation>
    </message>
    <message>
        <source>How often the real value fell inside the forecast&apos;s interval in the backtest. For a 90 % interval about 90 % is right; much less means the interval is too narrow.</source>
        <translation>Wie oft der tatsächliche Wert im Backtest innerhalb des Prognoseintervalls lag. Bei einem 90-%-Intervall sind etwa 90 % richtig; deutlich weniger bedeutet, dass das Intervall zu eng ist.</translation>
    </message>
    <message>
        <source>Smallest group (k)</source>
        <translation>Kleinste Gruppe (k)</translation>
    </message>
    <message>
        <source>The fewest customers any group shown or exported may have. Smaller groups are withheld, so that no figure describes a single recognisable person.</source>
        <translation>Die Mindestzahl an Kunden, die jede angezeigte oder exportierte Gruppe haben muss. Kleinere Gruppen werden zurückgehalten, damit keine Zahl eine einzelne erkennbare Person beschreibt.</translation>
    </message>
    <message>
        <source>Encrypted ID (pseudonymisation)</source>
        <translation>Verschlüsselte ID (Pseudonymisierung)</translation>
    </message>
    <message>
        <source>Customer numbers are replaced by encrypted IDs before anything is stored, and names and contact details are dropped unless you choose to keep them. Without the passphrase nobody can trace the data to a person.</source>
        <translation>Kundennummern werden durch verschlüsselte IDs ersetzt, bevor irgendetwas gespeichert wird, und Namen und Kontaktdaten werden verworfen, sofern Sie sie nicht behalten möchten. Ohne die Passphrase kann niemand die Daten einer Person zuordnen.</translation>
    </message>
    <message>
        <source>Opt-out (objection)</source>
        <translation>Widerspruch (Opt-out)</translation>
    </message>
    <message>
        <source>A customer&apos;s objection to being analysed or contacted. Their data is removed, and their encrypted ID stays on the opt-out register so that no later import can bring them back.</source>
        <translation>Der Widerspruch eines Kunden gegen Analyse oder Kontaktaufnahme. Seine Daten werden entfernt, und seine verschlüsselte ID bleibt im Widerspruchsregister, damit kein späterer Import ihn zurückbringt.</translation>
    </message>
    <message>
        <source>Retention deadline</source>
        <translation>Aufbewahrungsfrist</translation>
    </message>
    <message>
        <source>How long each kind of data may be kept. Data past its deadline must be deleted: the Privacy screen shows what is due and deletes it in a cleanup.</source>
        <translation>Wie lange jede Art von Daten aufbewahrt werden darf. Daten nach Ablauf ihrer Frist müssen gelöscht werden: Die Seite Datenschutz zeigt, was fällig ist, und löscht es bei einer Bereinigung.</translation>
    </message>
    <message>
        <source>Processing log</source>
        <translation>Verarbeitungsprotokoll</translation>
    </message>
    <message>
        <source>A signed record of every processing step (imports, training, exports, deletions) that holds no personal data. Your data protection officer can check it without the passphrase.</source>
        <translation>Ein signiertes Protokoll jedes Verarbeitungsschritts (Importe, Training, Exporte, Löschungen), das keine personenbezogenen Daten enthält. Ihr Datenschutzbeauftragter kann es ohne die Passphrase prüfen.</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Fingerabdruck</translation>
    </message>
    <message>
        <source>A short code computed from the log&apos;s public key. If it matches the one your data protection officer noted, the log was signed by this project and not by someone else.</source>
        <translation>Ein kurzer Code, der aus dem öffentlichen Schlüssel des Protokolls berechnet wird. Stimmt er mit dem überein, den sich Ihr Datenschutzbeauftragter notiert hat, wurde das Protokoll von diesem Projekt signiert und nicht von jemand anderem.</translation>
    </message>
    <message>
        <source>Checkpoint</source>
        <translation>Prüfpunkt</translation>
    </message>
    <message>
        <source>The log&apos;s latest entry as your data protection officer last saw it. Checking the log against it later shows whether any entry was removed or rewritten since.</source>
        <translation>Der letzte Eintrag des Protokolls, so wie Ihr Datenschutzbeauftragter ihn zuletzt gesehen hat. Eine spätere Prüfung des Protokolls dagegen zeigt, ob seitdem ein Eintrag entfernt oder umgeschrieben wurde.</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Zweck</translation>
    </message>
    <message>
        <source>What the data is processed for. It is recorded with every step, and the data may only be used for it.</source>
        <translation>Wofür die Daten verarbeitet werden. Er wird bei jedem Schritt festgehalten, und die Daten dürfen nur dafür verwendet werden.</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Rechtsgrundlage</translation>
    </message>
    <message>
        <source>The reason under data protection law that allows the processing, such as legitimate interest. It is recorded with every import.</source>
        <translation>Der Grund nach Datenschutzrecht, der die Verarbeitung erlaubt, etwa berechtigtes Interesse. Sie wird bei jedem Import festgehalten.</translation>
    </message>
    <message>
        <source>KPI baseline</source>
        <translation>KPI-Ausgangswerte</translation>
    </message>
    <message>
        <source>The key figures recorded at the start of the pilot, so that later figures can be compared with them.</source>
        <translation>Die Kennzahlen, die zu Beginn des Pilotprojekts erfasst werden, damit spätere Zahlen mit ihnen verglichen werden können.</translation>
    </message>
    <message>
        <source>Undo the last import</source>
        <translation>Letzten Import rückgängig machen</translation>
    </message>
    <message>
        <source>Puts the data back as it was before the most recent import. Opt-outs and erasures recorded since stay in force, and models trained on the undone data are marked for retraining.</source>
        <translation>Stellt die Daten so wieder her, wie sie vor dem letzten Import waren. Seitdem erfasste Widersprüche und Löschungen bleiben wirksam, und Modelle, die mit den rückgängig gemachten Daten trainiert wurden, werden zum Neutraining markiert.</translation>
    </message>
</context>
<context>
    <name>GlossaryTab</name>
    <message>
        <source>Search the glossary</source>
        <translation>Glossar durchsuchen</translation>
    </message>
    <message>
        <source>Terms</source>
        <translation>Begriffe</translation>
    </message>
    <message>
        <source>No term matches.</source>
        <translation>Kein Begriff passt.</translation>
    </message>
</context>
<context>
    <name>GuideTab</name>
    <message>
        <source>Prevista turns your CRM exports into segments you can act on, entirely on this computer. These are the steps, in order:</source>
        <translation>Prevista macht aus Ihren CRM-Exporten Segmente, mit denen Sie arbeiten können – vollständig auf diesem Computer. Das sind die Schritte, der Reihe nach:</translation>
    </message>
    <message>
        <source>1. Import your CRM exports</source>
        <translation>1. Ihre CRM-Exporte importieren</translation>
    </message>
    <message>
        <source>Export customers, orders or invoices, and support tickets from your CRM as CSV or Excel files and import them. Customer numbers are replaced by encrypted IDs before anything is stored; names and contact details are dropped unless you choose to keep them.</source>
        <translation>Exportieren Sie Kunden, Bestellungen oder Rechnungen und Support-Tickets aus Ihrem CRM als CSV- oder Excel-Dateien und importieren Sie sie. Kundennummern werden durch verschlüsselte IDs ersetzt, bevor irgendetwas gespeichert wird; Namen und Kontaktdaten werden verworfen, sofern Sie sie nicht behalten möchten.</translation>
    </message>
    <message>
        <source>Go to &amp;Import</source>
        <translation>Zum &amp;Import wechseln</translation>
    </message>
    <message>
        <source>2. Check the data</source>
        <translation>2. Die Daten prüfen</translation>
    </message>
    <message>
        <source>Before anything is stored, the import shows what it found: which column means what, and problems such as too few customers or too short a history. Correct a column&apos;s meaning there, or fix the export and import it again.</source>
        <translation>Bevor irgendetwas gespeichert wird, zeigt der Import, was er gefunden hat: welche Spalte was bedeutet, und Probleme wie zu wenige Kunden oder einen zu kurzen Verlauf. Korrigieren Sie dort die Bedeutung einer Spalte, oder korrigieren Sie den Export und importieren Sie ihn erneut.</translation>
    </message>
    <message>
        <source>Go to the &amp;quality check</source>
        <translation>Zur &amp;Qualitätsprüfung wechseln</translation>
    </message>
    <message>
        <source>3. Train the models</source>
        <translation>3. Die Modelle trainieren</translation>
    </message>
    <message>
        <source>Training learns from your history who is likely to leave and who is likely to buy, and measures itself on customers it never saw, beside simple baselines. The Models page says how good the result is in plain words.</source>
        <translation>Das Training lernt aus Ihrem Verlauf, wer voraussichtlich abwandert und wer voraussichtlich kauft, und misst sich an Kunden, die es nie gesehen hat, im Vergleich mit einfachen Vergleichsmodellen. Die Seite Modelle sagt in klaren Worten, wie gut das Ergebnis ist.</translation>
    </message>
    <message>
        <source>Go to &amp;Models</source>
        <translation>Zu den &amp;Modellen wechseln</translation>
    </message>
    <message>
        <source>4. Look at the segments and act</source>
        <translation>4. Die Segmente ansehen und handeln</translation>
    </message>
    <message>
        <source>Customers are grouped into segments, each with its churn risk, revenue at risk and a suggested action. Start a campaign for a segment: a random part of it is held back, so that the effect can be measured later.</source>
        <translation>Kunden werden in Segmente gruppiert, jedes mit seinem Abwanderungsrisiko, seinem gefährdeten Umsatz und einer vorgeschlagenen Maßnahme. Starten Sie eine Kampagne für ein Segment: Ein zufälliger Teil davon wird zurückgehalten, damit die Wirkung später gemessen werden kann.</translation>
    </message>
    <message>
        <source>Go to &amp;Segments</source>
        <translation>Zu den &amp;Segmenten wechseln</translation>
    </message>
    <message>
        <source>5. Measure and report</source>
        <translation>5. Messen und berichten</translation>
    </message>
    <message>
        <source>After the campaign, import who was reached and measure: the difference between treated and held-back customers shows what the action changed. The reports sum up the pilot and the processing for your records.</source>
        <translation>Importieren Sie nach der Kampagne, wer erreicht wurde, und messen Sie: Der Unterschied zwischen Testgruppe und Kontrollgruppe zeigt, was die Maßnahme bewirkt hat. Die Berichte fassen das Pilotprojekt und die Verarbeitung für Ihre Unterlagen zusammen.</translation>
    </message>
    <message>
        <source>Go to &amp;Campaigns</source>
        <translation>Zu den &amp;Kampagnen wechseln</translation>
    </message>
    <message>
        <source>Your privacy duties</source>
        <translation>Ihre Datenschutzpflichten</translation>
    </message>
    <message>
        <source>Record objections (opt-outs) and requests for access or erasure as they arrive, and delete data past its retention deadline when the Privacy screen says a cleanup is due. Every step is written to the signed processing log your data protection officer can check.</source>
        <translation>Erfassen Sie Widersprüche (Opt-outs) sowie Auskunfts- und Löschanträge, sobald sie eingehen, und löschen Sie Daten nach Ablauf ihrer Aufbewahrungsfrist, wenn die Seite Datenschutz eine Bereinigung als fällig meldet. Jeder Schritt wird im signierten Verarbeitungsprotokoll festgehalten, das Ihr Datenschutzbeauftragter prüfen kann.</translation>
    </message>
    <message>
        <source>Go to &amp;Privacy</source>
        <translation>Zum &amp;Datenschutz wechseln</translation>
    </message>
    <message>
        <source>Create or open a project first (File menu, or the start screen): the buttons below then lead to each step&apos;s screen.</source>
        <translation>Legen Sie zuerst ein Projekt an oder öffnen Sie eines (Menü Datei oder Startbildschirm): Die Schaltflächen unten führen dann zur Seite des jeweiligen Schritts.</translation>
    </message>
</context>
<context>
    <name>HelpActions</name>
    <message>
        <source>&amp;Guide</source>
        <translation>&amp;Anleitung</translation>
    </message>
    <message>
        <source>G&amp;lossary</source>
        <translation>&amp;Glossar</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <source>Prevista help</source>
        <translation>Prevista-Hilfe</translation>
    </message>
    <message>
        <source>&amp;Guide</source>
        <translation>&amp;Anleitung</translation>
    </message>
    <message>
        <source>G&amp;lossary</source>
        <translation>&amp;Glossar</translation>
    </message>
</context>
<context>
    <name>ImportHistoryDialog</name>
    <message>
        <source>Import history</source>
        <translation>Importverlauf</translation>
    </message>
    <message>
        <source>Log entry</source>
        <translation>Protokolleintrag</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Zeitpunkt</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Modus</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Dateien</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Imports, newest first</source>
        <translation>Importe, neueste zuerst</translation>
    </message>
    <message>
        <source>Files are shown by kind, size and the start of their checksum: file names are not kept, because a name can itself identify a person.</source>
        <translation>Dateien werden nach Art, Größe und dem Anfang ihrer Prüfsumme angezeigt: Dateinamen werden nicht aufbewahrt, weil schon ein Name eine Person identifizieren kann.</translation>
    </message>
    <message>
        <source>&amp;Undo the last import…</source>
        <translation>Letzten Import &amp;rückgängig machen…</translation>
    </message>
    <message>
        <source>Reading the import history</source>
        <translation>Importverlauf wird gelesen</translation>
    </message>
    <message>
        <source>{0}, {1}, {2} rows ({3}…)</source>
        <translation>{0}, {1}, {2} Zeilen ({3}…)</translation>
    </message>
    <message>
        <source>added</source>
        <translation>ergänzt</translation>
    </message>
    <message>
        <source>replaced</source>
        <translation>ersetzt</translation>
    </message>
    <message>
        <source>undone (log entry {0})</source>
        <translation>rückgängig gemacht (Protokolleintrag {0})</translation>
    </message>
    <message>
        <source>in effect</source>
        <translation>wirksam</translation>
    </message>
    <message>
        <source>Checking what undoing would change</source>
        <translation>Auswirkungen des Rückgängigmachens werden geprüft</translation>
    </message>
    <message>
        <source>{0}: back to {1} rows</source>
        <translation>{0}: zurück auf {1} Zeilen</translation>
    </message>
    <message>
        <source>{0}: removed (the import created it)</source>
        <translation>{0}: entfernt (vom Import angelegt)</translation>
    </message>
    <message>
        <source>{0} customers the import added are removed</source>
        <translation>{0} vom Import hinzugefügte Kunden werden entfernt</translation>
    </message>
    <message>
        <source>the models were trained on this data: retrain them afterwards</source>
        <translation>die Modelle wurden mit diesen Daten trainiert: Trainieren Sie sie danach neu</translation>
    </message>
    <message>
        <source>Undo the import of {0}?</source>
        <translation>Import von {0} rückgängig machen?</translation>
    </message>
    <message>
        <source>Opt-outs and erasures recorded since stay in force.</source>
        <translation>Seitdem erfasste Widersprüche und Löschungen bleiben wirksam.</translation>
    </message>
    <message>
        <source>The last import cannot be undone: {0}.</source>
        <translation>Der letzte Import kann nicht rückgängig gemacht werden: {0}.</translation>
    </message>
    <message>
        <source>Undo the last import</source>
        <translation>Letzten Import rückgängig machen</translation>
    </message>
    <message>
        <source>Undoing the last import</source>
        <translation>Letzter Import wird rückgängig gemacht</translation>
    </message>
    <message>
        <source>The import was undone (processing log entry {0}).</source>
        <translation>Der Import wurde rückgängig gemacht (Eintrag {0} im Verarbeitungsprotokoll).</translation>
    </message>
</context>
<context>
    <name>ImportPage</name>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Zurück</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Weiter</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>&amp;Verlauf…</translation>
    </message>
    <message>
        <source>Nothing can be imported into it any more: create a new project for a new pilot.</source>
        <translation>In dieses Projekt kann nichts mehr importiert werden: Legen Sie für ein neues Pilotprojekt ein neues Projekt an.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Choose the files</source>
        <translation>Dateien auswählen</translation>
    </message>
    <message>
        <source>Preview and column roles</source>
        <translation>Vorschau und Spaltenrollen</translation>
    </message>
    <message>
        <source>Data-quality report</source>
        <translation>Datenqualitätsbericht</translation>
    </message>
    <message>
        <source>Purpose and import</source>
        <translation>Zweck und Import</translation>
    </message>
    <message>
        <source>Import complete</source>
        <translation>Import abgeschlossen</translation>
    </message>
    <message>
        <source>Step {0} of {1}: {2}</source>
        <translation>Schritt {0} von {1}: {2}</translation>
    </message>
    <message>
        <source>Choose exports to import</source>
        <translation>Zu importierende Exporte auswählen</translation>
    </message>
    <message>
        <source>Exports (*.csv *.tsv *.txt *.xlsx *.xlsm *.json *.zip *.gz);;All files (*)</source>
        <translation>Exporte (*.csv *.tsv *.txt *.xlsx *.xlsm *.json *.zip *.gz);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Reading a preview of {0}</source>
        <translation>Vorschau von {0} wird gelesen</translation>
    </message>
    <message>
        <source>Reading and checking the files</source>
        <translation>Dateien werden gelesen und geprüft</translation>
    </message>
    <message>
        <source>State the purpose of the import: it is recorded in the processing log.</source>
        <translation>Geben Sie den Zweck des Imports an: Er wird im Verarbeitungsprotokoll festgehalten.</translation>
    </message>
    <message>
        <source>Pseudonymizing and importing</source>
        <translation>Pseudonymisieren und importieren</translation>
    </message>
    <message>
        <source>Nothing was imported: the data-quality check refused it.</source>
        <translation>Es wurde nichts importiert: Die Datenqualitätsprüfung hat den Import abgelehnt.</translation>
    </message>
</context>
<context>
    <name>JobBar</name>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Abbrechen</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <source>Saving the result; too late to cancel…</source>
        <translation>Ergebnis wird gespeichert; Abbrechen ist nicht mehr möglich…</translation>
    </message>
</context>
<context>
    <name>JobPanel</name>
    <message>
        <source>Nothing was changed.</source>
        <translation>Es wurde nichts geändert.</translation>
    </message>
</context>
<context>
    <name>Kpis</name>
    <message>
        <source>per {0} days</source>
        <translation>je {0} Tage</translation>
    </message>
    <message>
        <source>{0:+.0f} points</source>
        <translation>{0:+.0f} Prozentpunkte</translation>
    </message>
    <message>
        <source>no support tickets were imported</source>
        <translation>es wurden keine Support-Tickets importiert</translation>
    </message>
    <message>
        <source>no dated orders or transactions were imported</source>
        <translation>es wurden keine datierten Bestellungen oder Transaktionen importiert</translation>
    </message>
    <message>
        <source>the ticket export has no closing date, so resolution cannot be measured</source>
        <translation>der Ticket-Export hat kein Abschlussdatum, daher lässt sich die Lösung nicht messen</translation>
    </message>
    <message>
        <source>no support cost was entered: enter what support costs a month in the settings (support_cost_per_month)</source>
        <translation>es wurden keine Supportkosten eingegeben: tragen Sie in den Einstellungen ein, was der Support im Monat kostet (support_cost_per_month)</translation>
    </message>
    <message>
        <source>Churn rate</source>
        <translation>Abwanderungsrate</translation>
    </message>
    <message>
        <source>Repeat-purchase rate</source>
        <translation>Wiederkaufrate</translation>
    </message>
    <message>
        <source>Average order value</source>
        <translation>Durchschnittlicher Bestellwert</translation>
    </message>
    <message>
        <source>Customer lifetime value (estimate)</source>
        <translation>Kundenwert über die Lebensdauer (Schätzung)</translation>
    </message>
    <message>
        <source>Tickets per customer</source>
        <translation>Tickets pro Kunde</translation>
    </message>
    <message>
        <source>First-contact resolution</source>
        <translation>Lösung beim ersten Kontakt</translation>
    </message>
    <message>
        <source>Resolution time (median)</source>
        <translation>Lösungszeit (Median)</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>Stunden</translation>
    </message>
    <message>
        <source>CSAT (mean satisfaction score)</source>
        <translation>CSAT (mittlere Zufriedenheitsbewertung)</translation>
    </message>
    <message>
        <source>Cost per ticket</source>
        <translation>Kosten pro Ticket</translation>
    </message>
</context>
<context>
    <name>LegalBasis</name>
    <message>
        <source>Art. 6(1)(a) GDPR — consent</source>
        <translation>Art. 6 Abs. 1 lit. a DSGVO — Einwilligung</translation>
    </message>
    <message>
        <source>Art. 6(1)(b) GDPR — performance of a contract</source>
        <translation>Art. 6 Abs. 1 lit. b DSGVO — Erfüllung eines Vertrags</translation>
    </message>
    <message>
        <source>Art. 6(1)(f) GDPR — legitimate interest</source>
        <translation>Art. 6 Abs. 1 lit. f DSGVO — berechtigtes Interesse</translation>
    </message>
</context>
<context>
    <name>LogActions</name>
    <message>
        <source>Project created</source>
        <translation>Projekt angelegt</translation>
    </message>
    <message>
        <source>Passphrase changed</source>
        <translation>Passphrase geändert</translation>
    </message>
    <message>
        <source>Operation not completed</source>
        <translation>Vorgang nicht abgeschlossen</translation>
    </message>
    <message>
        <source>Log loss recorded</source>
        <translation>Protokollverlust festgehalten</translation>
    </message>
    <message>
        <source>Settings changed</source>
        <translation>Einstellungen geändert</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Import refused</source>
        <translation>Import abgelehnt</translation>
    </message>
    <message>
        <source>Import not confirmed</source>
        <translation>Import nicht bestätigt</translation>
    </message>
    <message>
        <source>Import undone</source>
        <translation>Import rückgängig gemacht</translation>
    </message>
    <message>
        <source>Models trained</source>
        <translation>Modelle trainiert</translation>
    </message>
    <message>
        <source>Drift check</source>
        <translation>Drift-Prüfung</translation>
    </message>
    <message>
        <source>Ticket forecast</source>
        <translation>Ticket-Prognose</translation>
    </message>
    <message>
        <source>Opt-out recorded</source>
        <translation>Widerspruch erfasst</translation>
    </message>
    <message>
        <source>Opt-out withdrawn</source>
        <translation>Widerspruch zurückgezogen</translation>
    </message>
    <message>
        <source>Action list prepared</source>
        <translation>Aktionsliste erstellt</translation>
    </message>
    <message>
        <source>KPI baseline taken</source>
        <translation>KPI-Ausgangswerte erfasst</translation>
    </message>
    <message>
        <source>Campaign started</source>
        <translation>Kampagne gestartet</translation>
    </message>
    <message>
        <source>Campaign contact list exported</source>
        <translation>Kontaktliste der Kampagne exportiert</translation>
    </message>
    <message>
        <source>Campaign contact outcomes imported</source>
        <translation>Kontaktergebnisse der Kampagne importiert</translation>
    </message>
    <message>
        <source>Campaign measured</source>
        <translation>Kampagne gemessen</translation>
    </message>
    <message>
        <source>Retention policy set</source>
        <translation>Aufbewahrungsfristen festgelegt</translation>
    </message>
    <message>
        <source>Retention cleanup</source>
        <translation>Löschung abgelaufener Daten</translation>
    </message>
    <message>
        <source>Access request answered</source>
        <translation>Auskunftsantrag beantwortet</translation>
    </message>
    <message>
        <source>Erasure on request</source>
        <translation>Löschung auf Antrag</translation>
    </message>
    <message>
        <source>Art. 30 record written</source>
        <translation>Verzeichnis nach Art. 30 erstellt</translation>
    </message>
    <message>
        <source>Pilot report written</source>
        <translation>Pilotbericht erstellt</translation>
    </message>
    <message>
        <source>Table exported</source>
        <translation>Tabelle exportiert</translation>
    </message>
    <message>
        <source>Handover bundle written</source>
        <translation>Übergabepaket erstellt</translation>
    </message>
    <message>
        <source>Log package for the DPO exported</source>
        <translation>Protokollpaket für den Datenschutzbeauftragten exportiert</translation>
    </message>
    <message>
        <source>Pilot closed</source>
        <translation>Pilotprojekt abgeschlossen</translation>
    </message>
</context>
<context>
    <name>LogEntriesView</name>
    <message>
        <source>Filter the log</source>
        <translation>Protokoll filtern</translation>
    </message>
    <message>
        <source>Action, operator, purpose or details contain…</source>
        <translation>Aktion, Bearbeiter, Zweck oder Details enthalten…</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>Ab Datum</translation>
    </message>
    <message>
        <source>any</source>
        <translation>beliebig</translation>
    </message>
    <message>
        <source>Until date</source>
        <translation>Bis Datum</translation>
    </message>
    <message>
        <source>Fro&amp;m:</source>
        <translation>&amp;Von:</translation>
    </message>
    <message>
        <source>Un&amp;til:</source>
        <translation>&amp;Bis:</translation>
    </message>
    <message>
        <source>&amp;Filter:</source>
        <translation>&amp;Filter:</translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation>&amp;Aktion:</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Bearbeiter</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Zweck</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Rechtsgrundlage</translation>
    </message>
    <message>
        <source>Counts and details</source>
        <translation>Anzahlen und Details</translation>
    </message>
    <message>
        <source>The selected entry in full</source>
        <translation>Der ausgewählte Eintrag vollständig</translation>
    </message>
    <message>
        <source>Select an entry to read it in full.</source>
        <translation>Wählen Sie einen Eintrag aus, um ihn vollständig zu lesen.</translation>
    </message>
    <message>
        <source>Processing log entries</source>
        <translation>Einträge des Verarbeitungsprotokolls</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>Alle Aktionen</translation>
    </message>
    <message>
        <source>Showing {0} of {1} entries.</source>
        <translation>{0} von {1} Einträgen werden angezeigt.</translation>
    </message>
    <message>
        <source>action {0}</source>
        <translation>Aktion {0}</translation>
    </message>
    <message>
        <source>containing &quot;{0}&quot;</source>
        <translation>enthält „{0}“</translation>
    </message>
    <message>
        <source>from {0}</source>
        <translation>ab {0}</translation>
    </message>
    <message>
        <source>until {0}</source>
        <translation>bis {0}</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Eintrag</translation>
    </message>
</context>
<context>
    <name>LogFields</name>
    <message>
        <source>rows</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <source>rows stored</source>
        <translation>Gespeicherte Zeilen</translation>
    </message>
    <message>
        <source>new customers</source>
        <translation>Neue Kunden</translation>
    </message>
    <message>
        <source>rows removed for opt-out</source>
        <translation>Wegen Widerspruch entfernte Zeilen</translation>
    </message>
    <message>
        <source>opt-out register size</source>
        <translation>Größe des Widerspruchsregisters</translation>
    </message>
    <message>
        <source>rows without ID left out</source>
        <translation>Ausgelassene Zeilen ohne ID</translation>
    </message>
    <message>
        <source>tickets without customer</source>
        <translation>Tickets ohne Kunde</translation>
    </message>
    <message>
        <source>cancellation lines</source>
        <translation>Stornopositionen</translation>
    </message>
    <message>
        <source>non-product lines</source>
        <translation>Positionen ohne Produkt</translation>
    </message>
    <message>
        <source>pilot KPIs</source>
        <translation>KPIs des Pilotprojekts</translation>
    </message>
    <message>
        <source>customers scored</source>
        <translation>Bewertete Kunden</translation>
    </message>
    <message>
        <source>segments</source>
        <translation>Segmente</translation>
    </message>
    <message>
        <source>churners held out</source>
        <translation>Zurückgehaltene Abwanderer</translation>
    </message>
    <message>
        <source>customers held out</source>
        <translation>Zurückgehaltene Kunden</translation>
    </message>
    <message>
        <source>churners trained on</source>
        <translation>Abwanderer im Training</translation>
    </message>
    <message>
        <source>customers trained on</source>
        <translation>Kunden im Training</translation>
    </message>
    <message>
        <source>horizon (days)</source>
        <translation>Horizont (Tage)</translation>
    </message>
    <message>
        <source>model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>validation</source>
        <translation>Validierung</translation>
    </message>
    <message>
        <source>people</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>requests</source>
        <translation>Anträge</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>Zurückgezogen</translation>
    </message>
    <message>
        <source>register size</source>
        <translation>Registergröße</translation>
    </message>
    <message>
        <source>treated</source>
        <translation>Testgruppe</translation>
    </message>
    <message>
        <source>held back</source>
        <translation>Kontrollgruppe</translation>
    </message>
    <message>
        <source>people listed</source>
        <translation>Aufgeführte Personen</translation>
    </message>
    <message>
        <source>segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>segment size</source>
        <translation>Segmentgröße</translation>
    </message>
    <message>
        <source>format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>table</source>
        <translation>Tabelle</translation>
    </message>
    <message>
        <source>months</source>
        <translation>Monate</translation>
    </message>
    <message>
        <source>months before</source>
        <translation>Monate zuvor</translation>
    </message>
    <message>
        <source>justification</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <source>settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>files</source>
        <translation>Dateien</translation>
    </message>
    <message>
        <source>bytes</source>
        <translation>Bytes</translation>
    </message>
    <message>
        <source>log entries</source>
        <translation>Protokolleinträge</translation>
    </message>
    <message>
        <source>weeks</source>
        <translation>Wochen</translation>
    </message>
    <message>
        <source>key derivation</source>
        <translation>Schlüsselableitung</translation>
    </message>
    <message>
        <source>iterations</source>
        <translation>Iterationen</translation>
    </message>
    <message>
        <source>lanes</source>
        <translation>Lanes</translation>
    </message>
    <message>
        <source>memory (KiB)</source>
        <translation>Speicher (KiB)</translation>
    </message>
    <message>
        <source>entries</source>
        <translation>Einträge</translation>
    </message>
    <message>
        <source>outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>import entry</source>
        <translation>Import-Eintrag</translation>
    </message>
    <message>
        <source>tables restored</source>
        <translation>Wiederhergestellte Tabellen</translation>
    </message>
    <message>
        <source>retraining recommended</source>
        <translation>Neutraining empfohlen</translation>
    </message>
    <message>
        <source>left out (in another campaign)</source>
        <translation>Ausgelassen (in anderer Kampagne)</translation>
    </message>
    <message>
        <source>settings changed</source>
        <translation>Geänderte Einstellungen</translation>
    </message>
    <message>
        <source>on later data (time-based)</source>
        <translation>an späteren Daten (zeitbasiert)</translation>
    </message>
    <message>
        <source>on other customers</source>
        <translation>an anderen Kunden</translation>
    </message>
    <message>
        <source>on a snapshot</source>
        <translation>an einer Momentaufnahme</translation>
    </message>
    <message>
        <source>recomputed</source>
        <translation>neu berechnet</translation>
    </message>
    <message>
        <source>recomputed, baseline taken</source>
        <translation>neu berechnet, Ausgangswerte erfasst</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
</context>
<context>
    <name>LogTab</name>
    <message>
        <source>&amp;Verify</source>
        <translation>&amp;Verifizieren</translation>
    </message>
    <message>
        <source>Export public &amp;key…</source>
        <translation>Öffentlichen &amp;Schlüssel exportieren…</translation>
    </message>
    <message>
        <source>Record the log &amp;loss…</source>
        <translation>Protokoll&amp;verlust festhalten…</translation>
    </message>
    <message>
        <source>Only when no good copy of the log exists: writes are refused until the loss is recorded</source>
        <translation>Nur wenn keine gute Kopie des Protokolls existiert: Änderungen werden verweigert, bis der Verlust festgehalten ist</translation>
    </message>
    <message>
        <source>The processing log does not match the project&apos;s record of it: {0} Every change is refused until it does. Put back the good copy of processing-log.jsonl if you have one; only if none exists, record the loss.</source>
        <translation>Das Verarbeitungsprotokoll stimmt nicht mit dem Eintrag des Projekts überein: {0} Jede Änderung wird verweigert, bis es wieder übereinstimmt. Legen Sie die gute Kopie von processing-log.jsonl zurück, falls Sie eine haben; nur wenn keine existiert, halten Sie den Verlust fest.</translation>
    </message>
    <message>
        <source>Export for the &amp;DPO…</source>
        <translation>Für den &amp;DSB exportieren…</translation>
    </message>
    <message>
        <source>One file with the signed log, its public key and a checkpoint: what the DPO verifies on the start screen, without the passphrase</source>
        <translation>Eine Datei mit dem signierten Protokoll, seinem öffentlichen Schlüssel und einem Prüfpunkt: das, was der Datenschutzbeauftragte auf dem Startbildschirm ohne die Passphrase verifiziert</translation>
    </message>
    <message>
        <source>E&amp;xport a readable copy…</source>
        <translation>Lesbare Kopie e&amp;xportieren…</translation>
    </message>
    <message>
        <source>CSV or JSON to read and sort; a copy cannot be verified</source>
        <translation>CSV oder JSON zum Lesen und Sortieren; eine Kopie kann nicht verifiziert werden</translation>
    </message>
    <message>
        <source>Verifying the processing log</source>
        <translation>Verarbeitungsprotokoll wird verifiziert</translation>
    </message>
    <message>
        <source>OK: {0} entries, hash chain intact, every entry and the head signed by the project&apos;s key; the log ends where the project&apos;s last commit says.</source>
        <translation>OK: {0} Einträge, Hash-Kette intakt, jeder Eintrag und das Kettenende mit dem Schlüssel des Projekts signiert; das Protokoll endet dort, wo der letzte Commit des Projekts es angibt.</translation>
    </message>
    <message>
        <source>OK: {0} entries, hash chain intact; signatures NOT checked: anyone can rebuild a hash chain.</source>
        <translation>OK: {0} Einträge, Hash-Kette intakt; Signaturen NICHT geprüft: Eine Hash-Kette kann jeder neu aufbauen.</translation>
    </message>
    <message>
        <source>Record in the processing log that it no longer matches the project&apos;s record? The entries that are missing stay missing, the record of the loss stays in the log for good, and a DPO&apos;s saved checkpoint will no longer match. Do this only when no good copy of the log exists.</source>
        <translation>Im Verarbeitungsprotokoll festhalten, dass es nicht mehr mit dem Eintrag des Projekts übereinstimmt? Fehlende Einträge bleiben verloren, der Vermerk über den Verlust bleibt für immer im Protokoll, und ein gespeicherter Prüfpunkt des DSB passt nicht mehr. Tun Sie das nur, wenn keine gute Kopie des Protokolls existiert.</translation>
    </message>
    <message>
        <source>Recording the log loss</source>
        <translation>Protokollverlust wird festgehalten</translation>
    </message>
    <message>
        <source>The loss is recorded in log entry {0}; changes are possible again.</source>
        <translation>Der Verlust ist in Protokolleintrag {0} festgehalten; Änderungen sind wieder möglich.</translation>
    </message>
    <message>
        <source>FAILED: {0}</source>
        <translation>FEHLGESCHLAGEN: {0}</translation>
    </message>
    <message>
        <source>Export the processing log</source>
        <translation>Verarbeitungsprotokoll exportieren</translation>
    </message>
    <message>
        <source>CSV for spreadsheets (*.csv);;JSON (*.json)</source>
        <translation>CSV für Tabellenkalkulationen (*.csv);;JSON (*.json)</translation>
    </message>
    <message>
        <source>Exporting the processing log</source>
        <translation>Verarbeitungsprotokoll wird exportiert</translation>
    </message>
    <message>
        <source>Exported the processing log as {0} to {1}.</source>
        <translation>Verarbeitungsprotokoll als {0} nach {1} exportiert.</translation>
    </message>
    <message>
        <source>Export the processing log for the DPO</source>
        <translation>Verarbeitungsprotokoll für den Datenschutzbeauftragten exportieren</translation>
    </message>
    <message>
        <source>ZIP archives (*.zip)</source>
        <translation>ZIP-Archive (*.zip)</translation>
    </message>
    <message>
        <source>Writing the DPO log package</source>
        <translation>Protokollpaket für den DSB wird geschrieben</translation>
    </message>
    <message>
        <source>Wrote the log package ({0} entries, the public key and a checkpoint) to {1}. Give it to the DPO, who checks it with &quot;Verify a processing log&quot; on the start screen and the key fingerprint kept when the project was created.</source>
        <translation>Protokollpaket ({0} Einträge, der öffentliche Schlüssel und ein Prüfpunkt) nach {1} geschrieben. Übergeben Sie es dem Datenschutzbeauftragten, der es auf dem Startbildschirm mit „Verarbeitungsprotokoll verifizieren“ und dem beim Anlegen des Projekts notierten Schlüssel-Fingerabdruck prüft.</translation>
    </message>
    <message>
        <source>Export the log&apos;s public key</source>
        <translation>Öffentlichen Schlüssel des Protokolls exportieren</translation>
    </message>
    <message>
        <source>Public key (*.pub *.pem)</source>
        <translation>Öffentlicher Schlüssel (*.pub *.pem)</translation>
    </message>
    <message>
        <source>Exporting the public key</source>
        <translation>Öffentlicher Schlüssel wird exportiert</translation>
    </message>
    <message>
        <source>Wrote the log&apos;s public key to {0}: hand it to the DPO with the log.</source>
        <translation>Öffentlicher Schlüssel des Protokolls nach {0} geschrieben: Übergeben Sie ihn zusammen mit dem Protokoll an den Datenschutzbeauftragten.</translation>
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
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;New project…</source>
        <translation>&amp;Neues Projekt…</translation>
    </message>
    <message>
        <source>&amp;Open project…</source>
        <translation>Projekt ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>&amp;Verify a processing log…</source>
        <translation>Verarbeitungsprotokoll &amp;verifizieren…</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Sperren</translation>
    </message>
    <message>
        <source>&amp;Close project</source>
        <translation>Projekt s&amp;chließen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Gehe zu</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Prevista</source>
        <translation>Ü&amp;ber Prevista</translation>
    </message>
    <message>
        <source>About Prevista</source>
        <translation>Über Prevista</translation>
    </message>
    <message>
        <source>Prevista predicts churn, purchases and support load from your own CRM exports, entirely offline. Customer identities are replaced by encrypted IDs before anything is stored; every processing step is written to a signed log.</source>
        <translation>Prevista sagt Abwanderung, Käufe und Supportaufkommen aus Ihren eigenen CRM-Exporten voraus – vollständig offline. Kundenidentitäten werden durch verschlüsselte IDs ersetzt, bevor irgendetwas gespeichert wird; jeder Verarbeitungsschritt wird in einem signierten Protokoll festgehalten.</translation>
    </message>
    <message>
        <source>Quit Prevista?</source>
        <translation>Prevista beenden?</translation>
    </message>
    <message>
        <source>A job is still running. Quit anyway? The project keeps its previous state.</source>
        <translation>Es läuft noch ein Vorgang. Trotzdem beenden? Das Projekt behält seinen vorherigen Stand.</translation>
    </message>
</context>
<context>
    <name>MappingStep</name>
    <message>
        <source>generic</source>
        <translation>allgemein</translation>
    </message>
    <message>
        <source>saved from an earlier import</source>
        <translation>aus einem früheren Import übernommen</translation>
    </message>
    <message>
        <source>detected</source>
        <translation>erkannt</translation>
    </message>
    <message>
        <source>{0}, changed by you</source>
        <translation>{0}, von Ihnen geändert</translation>
    </message>
    <message>
        <source>Customer ID (replaced by an encrypted ID)</source>
        <translation>Kunden-ID (durch eine verschlüsselte ID ersetzt)</translation>
    </message>
    <message>
        <source>Direct identifier (name, e-mail, phone, address…)</source>
        <translation>Direkter Identifikator (Name, E-Mail, Telefon, Adresse…)</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Zahl</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Label (e.g. churned)</source>
        <translation>Label (z. B. abgewandert)</translation>
    </message>
    <message>
        <source>Consent / opt-out flag</source>
        <translation>Einwilligung / Widerspruchskennzeichen</translation>
    </message>
    <message>
        <source>Free text (dropped)</source>
        <translation>Freitext (verworfen)</translation>
    </message>
    <message>
        <source>Ignore (not imported)</source>
        <translation>Ignorieren (nicht importiert)</translation>
    </message>
    <message>
        <source>whole numbers (1234)</source>
        <translation>ganze Zahlen (1234)</translation>
    </message>
    <message>
        <source>decimal point (1234.5)</source>
        <translation>Dezimalpunkt (1234.5)</translation>
    </message>
    <message>
        <source>decimal comma (1234,5)</source>
        <translation>Dezimalkomma (1234,5)</translation>
    </message>
    <message>
        <source>comma thousands, decimal point (1,234.5)</source>
        <translation>Tausender mit Komma, Dezimalpunkt (1,234.5)</translation>
    </message>
    <message>
        <source>dot thousands, decimal comma (1.234,5)</source>
        <translation>Tausender mit Punkt, Dezimalkomma (1.234,5)</translation>
    </message>
    <message>
        <source>space thousands, decimal comma (1 234,5)</source>
        <translation>Tausender mit Leerzeichen, Dezimalkomma (1 234,5)</translation>
    </message>
    <message>
        <source>spreadsheet day numbers (45292)</source>
        <translation>Tageszahlen aus der Tabellenkalkulation (45292)</translation>
    </message>
    <message>
        <source>Unix time, seconds (1700000000)</source>
        <translation>Unix-Zeit, Sekunden (1700000000)</translation>
    </message>
    <message>
        <source>Unix time, milliseconds (1700000000000)</source>
        <translation>Unix-Zeit, Millisekunden (1700000000000)</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>Da&amp;tei:</translation>
    </message>
    <message>
        <source>First rows of the chosen file</source>
        <translation>Erste Zeilen der gewählten Datei</translation>
    </message>
    <message>
        <source>Column roles</source>
        <translation>Spaltenrollen</translation>
    </message>
    <message>
        <source>First {0} rows</source>
        <translation>Erste {0} Zeilen</translation>
    </message>
    <message>
        <source>&amp;Keep names and contact details in the separately encrypted identity table (needed to prepare action lists)</source>
        <translation>Namen und Kontaktdaten separat verschlüsselt in der Identitätstabelle &amp;behalten (nötig für Aktionslisten)</translation>
    </message>
    <message>
        <source>A role applies to every chosen file with a column of that name. Direct identifiers are never used for analysis; without the identity table they are not stored at all.</source>
        <translation>Eine Rolle gilt für jede gewählte Datei mit einer Spalte dieses Namens. Direkte Identifikatoren werden nie für Analysen verwendet; ohne Identitätstabelle werden sie gar nicht gespeichert.</translation>
    </message>
    <message>
        <source>used for analysis</source>
        <translation>für Analysen verwendet</translation>
    </message>
    <message>
        <source>identity table</source>
        <translation>Identitätstabelle</translation>
    </message>
    <message>
        <source>encrypted ID</source>
        <translation>verschlüsselte ID</translation>
    </message>
    <message>
        <source>dropped</source>
        <translation>verworfen</translation>
    </message>
    <message>
        <source>opt-out register</source>
        <translation>Widerspruchsregister</translation>
    </message>
    <message>
        <source>{0}: {1} table, {2} preset, mapping {3}. {4} rows, {5} distinct customers.</source>
        <translation>{0}: Tabelle {1}, Vorlage {2}, Zuordnung {3}. {4} Zeilen, {5} verschiedene Kunden.</translation>
    </message>
    <message>
        <source>No column names the customer: these tickets feed the support-load forecast only, not any customer&apos;s features or risk. Give a column the Customer ID role if one does name the customer.</source>
        <translation>Keine Spalte nennt den Kunden: diese Tickets fließen nur in die Prognose der Support-Last ein, nicht in Merkmale oder Risiko eines Kunden. Geben Sie einer Spalte die Rolle Kunden-ID, falls eine den Kunden nennt.</translation>
    </message>
    <message>
        <source>Dates from {0} to {1}.</source>
        <translation>Zeitraum der Daten: {0} bis {1}.</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Spalte</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Stored as</source>
        <translation>Gespeichert als</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Fehlend</translation>
    </message>
    <message>
        <source>Written as</source>
        <translation>Geschrieben als</translation>
    </message>
    <message>
        <source>Art. 9 consent</source>
        <translation>Einwilligung nach Art. 9</translation>
    </message>
    <message>
        <source>Role of column {0}</source>
        <translation>Rolle der Spalte {0}</translation>
    </message>
    <message>
        <source>Explicit consent recorded</source>
        <translation>Ausdrückliche Einwilligung liegt vor</translation>
    </message>
    <message>
        <source>Explicit consent recorded for column {0}</source>
        <translation>Ausdrückliche Einwilligung liegt vor für Spalte {0}</translation>
    </message>
    <message>
        <source>This column looks like GDPR Art. 9 special-category data ({0}). Tick only if every customer gave explicit consent to this use; otherwise set its role to Ignore.</source>
        <translation>Diese Spalte sieht nach besonderen Kategorien personenbezogener Daten nach Art. 9 DSGVO aus ({0}). Setzen Sie das Häkchen nur, wenn jeder Kunde ausdrücklich in diese Verwendung eingewilligt hat; andernfalls setzen Sie ihre Rolle auf „Ignorieren“.</translation>
    </message>
    <message>
        <source>How the values of column {0} are written</source>
        <translation>Wie die Werte der Spalte {0} geschrieben sind</translation>
    </message>
    <message>
        <source>How the dates or numbers of this column are written. Each choice shows how the column&apos;s first value would read; the ways that read every value shown above come first.</source>
        <translation>Wie die Datumsangaben oder Zahlen dieser Spalte geschrieben sind. Jede Auswahl zeigt, wie der erste Wert der Spalte gelesen würde; die Schreibweisen, mit denen sich alle oben gezeigten Werte lesen lassen, stehen zuerst.</translation>
    </message>
    <message>
        <source>Choose how the values are written</source>
        <translation>Wählen Sie, wie die Werte geschrieben sind</translation>
    </message>
    <message>
        <source>{0}: {1} → {2}</source>
        <translation>{0}: {1} → {2}</translation>
    </message>
    <message>
        <source>cannot be read</source>
        <translation>nicht lesbar</translation>
    </message>
</context>
<context>
    <name>Models</name>
    <message>
        <source>logistic regression</source>
        <translation>logistische Regression</translation>
    </message>
    <message>
        <source>gradient boosting</source>
        <translation>Gradient Boosting</translation>
    </message>
    <message>
        <source>prior rate</source>
        <translation>Basisrate</translation>
    </message>
    <message>
        <source>BG/NBD</source>
        <translation>BG/NBD</translation>
    </message>
    <message>
        <source>the cancellation date in &apos;{0}&apos;</source>
        <translation>das Kündigungsdatum in &apos;{0}&apos;</translation>
    </message>
    <message>
        <source>the churn label &apos;{0}&apos;, dated at each churner&apos;s last activity</source>
        <translation>die Abwanderungskennzeichnung &apos;{0}&apos;, datiert auf die letzte Aktivität jedes Abwanderers</translation>
    </message>
    <message>
        <source>no activity in the {0} days after the cutoff, among customers active in the {1} days before it (no churn label or cancellation date in the data)</source>
        <translation>keine Aktivität in den {0} Tagen nach dem Stichtag, unter Kunden, die in den {1} Tagen davor aktiv waren (keine Abwanderungskennzeichnung und kein Kündigungsdatum in den Daten)</translation>
    </message>
    <message>
        <source>features as of {0}</source>
        <translation>Merkmale zum Stand {0}</translation>
    </message>
    <message>
        <source>features as of {0} cutoffs a season apart, the latest {1},</source>
        <translation>Merkmale zu {0} Stichtagen im Abstand einer Saison, der letzte am {1},</translation>
    </message>
    <message>
        <source>time-based hold-out: trained on {0} with outcomes in the {1} days after; tested on features as of {2} with outcomes up to {3}</source>
        <translation>zeitbasierte Hold-out-Prüfung: trainiert mit {0} und Ergebnissen in den {1} Tagen danach; getestet an Merkmalen zum Stand {2} mit Ergebnissen bis {3}</translation>
    </message>
    <message>
        <source>hold-out of 30 % of customers at one cutoff ({0}); the history is too short for a time-based hold-out</source>
        <translation>Hold-out von 30 % der Kunden an einem Stichtag ({0}); der Verlauf ist zu kurz für eine zeitbasierte Hold-out-Prüfung</translation>
    </message>
    <message>
        <source>the churn rate was about {0:.0%} in the training windows but {1:.0%} in the test window: churn depends on the season or the business changed, so the figures for the next period may be off</source>
        <translation>die Abwanderungsrate lag in den Trainingszeiträumen bei etwa {0:.0%}, im Testzeitraum aber bei {1:.0%}: Die Abwanderung hängt von der Saison ab oder das Geschäft hat sich verändert, daher können die Zahlen für den nächsten Zeitraum danebenliegen</translation>
    </message>
    <message>
        <source>history covers less than {0} months: seasonal effects and slow churn are not learnt</source>
        <translation>der Verlauf umfasst weniger als {0} Monate: saisonale Effekte und langsame Abwanderung werden nicht gelernt</translation>
    </message>
    <message>
        <source>only about {0} current customers: expect wide uncertainty in every figure</source>
        <translation>nur etwa {0} aktuelle Kunden: Rechnen Sie bei jeder Zahl mit großer Unsicherheit</translation>
    </message>
    <message>
        <source>churn is rare in the training data (about {0} of {1}): the model has little to learn from</source>
        <translation>Abwanderung ist in den Trainingsdaten selten (etwa {0} von {1}): Das Modell hat wenig, woraus es lernen kann</translation>
    </message>
    <message>
        <source>every measure comes with its 95 % interval over {0} bootstrap resamples of the held-out customers; a narrower range means a more certain figure</source>
        <translation>jedes Maß wird mit seinem 95-%-Intervall über {0} Bootstrap-Stichproben der zurückgehaltenen Kunden angegeben; eine engere Spanne bedeutet eine sicherere Zahl</translation>
    </message>
    <message>
        <source>only {0} customers had the rarer outcome (at most {1}): a strongly regularised logistic regression is used without a model contest, and drivers are shown only where their interval excludes zero; expect wide intervals</source>
        <translation>nur {0} Kunden hatten das seltenere Ergebnis (höchstens {1}): Es wird eine stark regularisierte logistische Regression ohne Modellvergleich verwendet, und Einflussfaktoren werden nur gezeigt, wenn ihr Intervall die Null ausschließt; rechnen Sie mit breiten Intervallen</translation>
    </message>
    <message>
        <source>gradient boosting did not beat the logistic regression beyond the noise of the held-out data, so the simpler model is kept</source>
        <translation>Gradient Boosting war der logistischen Regression nicht über das Rauschen der zurückgehaltenen Daten hinaus überlegen, daher wird das einfachere Modell beibehalten</translation>
    </message>
    <message>
        <source>alone predicts the outcome with ROC AUC {0:.2f}: it most likely records it</source>
        <translation>sagt allein das Ergebnis mit ROC AUC {0:.2f} voraus: Höchstwahrscheinlich ist das Ergebnis darin bereits erfasst</translation>
    </message>
    <message>
        <source>on the customers it never saw, the churn model&apos;s ranking cannot be told apart from chance (ROC AUC {0}): read its risks as the average rate rather than as a ranking; try a longer horizon (so that stopping shows in the history) or a longer history</source>
        <translation>bei den Kunden, die es nie gesehen hat, lässt sich die Rangfolge des Abwanderungsmodells nicht vom Zufall unterscheiden (ROC AUC {0}): Lesen Sie seine Risiken als durchschnittliche Rate statt als Rangfolge; versuchen Sie einen längeren Horizont (damit sich das Aufhören im Verlauf zeigt) oder einen längeren Verlauf</translation>
    </message>
    <message>
        <source>on the customers it never saw, the churn model&apos;s ranking cannot be told apart from chance (ROC AUC {0}): read its risks as the average rate rather than as a ranking; try more customers, or more columns that describe them</source>
        <translation>bei den Kunden, die es nie gesehen hat, lässt sich die Rangfolge des Abwanderungsmodells nicht vom Zufall unterscheiden (ROC AUC {0}): Lesen Sie seine Risiken als durchschnittliche Rate statt als Rangfolge; versuchen Sie es mit mehr Kunden oder mit mehr Spalten, die sie beschreiben</translation>
    </message>
    <message>
        <source>trained on a stratified sample of {0:,d} of {1:,d} rows</source>
        <translation>trainiert mit einer geschichteten Stichprobe von {0:,d} von {1:,d} Zeilen</translation>
    </message>
    <message>
        <source>measured on a stratified sample of {0:,d} of {1:,d} held-out rows</source>
        <translation>gemessen an einer geschichteten Stichprobe von {0:,d} von {1:,d} zurückgehaltenen Zeilen</translation>
    </message>
    <message>
        <source>stratified {0}-fold cross-validation (a static snapshot has no history for a time-based hold-out); each customer is measured with the fold model that never saw them, and the model kept is refitted on all customers and calibrated on those out-of-fold scores</source>
        <translation>geschichtete {0}-fache Kreuzvalidierung (eine statische Momentaufnahme hat keinen Verlauf für eine zeitbasierte Hold-out-Prüfung); jeder Kunde wird mit dem Teilmodell gemessen, das ihn nie gesehen hat, und das beibehaltene Modell wird mit allen Kunden neu angepasst und an diesen Out-of-Fold-Werten kalibriert</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; shifted (PSI {1:.2f})</source>
        <translation>&apos;{0}&apos; hat sich verschoben (PSI {1:.2f})</translation>
    </message>
    <message>
        <source>the model is {0:.0f} days old (retrain at least every {1} days)</source>
        <translation>das Modell ist {0:.0f} Tage alt (mindestens alle {1} Tage neu trainieren)</translation>
    </message>
    <message>
        <source>customers whose data trained the model have since opted out</source>
        <translation>Kunden, mit deren Daten das Modell trainiert wurde, haben inzwischen widersprochen</translation>
    </message>
    <message>
        <source>customers whose data trained the model have since been erased on request</source>
        <translation>Kunden, mit deren Daten das Modell trainiert wurde, wurden inzwischen auf Antrag gelöscht</translation>
    </message>
    <message>
        <source>a retention cleanup has deleted data the model was trained on</source>
        <translation>eine Löschung abgelaufener Daten hat Daten entfernt, mit denen das Modell trainiert wurde</translation>
    </message>
</context>
<context>
    <name>ModelsPage</name>
    <message>
        <source>Models</source>
        <translation>Modelle</translation>
    </message>
    <message>
        <source>Train</source>
        <translation>Training</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source> weeks</source>
        <translation> Wochen</translation>
    </message>
    <message>
        <source>&amp;Train models</source>
        <translation>Modelle &amp;trainieren</translation>
    </message>
    <message>
        <source>Predict churn and purchases &amp;within:</source>
        <translation>Abwanderung und Käufe vorhersagen &amp;innerhalb von:</translation>
    </message>
    <message>
        <source>Forecast support tickets for the &amp;next:</source>
        <translation>Support-Tickets prognostizieren für die &amp;nächsten:</translation>
    </message>
    <message>
        <source>P&amp;urpose (logged):</source>
        <translation>Zwec&amp;k (wird protokolliert):</translation>
    </message>
    <message>
        <source>Le&amp;gal basis:</source>
        <translation>&amp;Rechtsgrundlage:</translation>
    </message>
    <message>
        <source>State the purpose of the analysis: it is recorded in the processing log.</source>
        <translation>Geben Sie den Zweck der Analyse an: Er wird im Verarbeitungsprotokoll festgehalten.</translation>
    </message>
    <message>
        <source>Training models</source>
        <translation>Modelle werden trainiert</translation>
    </message>
    <message>
        <source>Models trained and logged. The segments dashboard now shows the new results.</source>
        <translation>Modelle trainiert und protokolliert. Das Segment-Dashboard zeigt jetzt die neuen Ergebnisse.</translation>
    </message>
    <message>
        <source>Drift</source>
        <translation>Drift</translation>
    </message>
    <message>
        <source>Check &amp;drift</source>
        <translation>Dri&amp;ft prüfen</translation>
    </message>
    <message>
        <source>Checking drift</source>
        <translation>Drift wird geprüft</translation>
    </message>
    <message>
        <source>Not checked yet. Checking compares today&apos;s customers with the ones the model learnt from; the check is recorded in the processing log.</source>
        <translation>Noch nicht geprüft. Die Prüfung vergleicht die heutigen Kunden mit denen, aus denen das Modell gelernt hat; sie wird im Verarbeitungsprotokoll festgehalten.</translation>
    </message>
    <message>
        <source>Retrain recommended:</source>
        <translation>Neutraining empfohlen:</translation>
    </message>
    <message>
        <source>No retraining needed: the population looks like the training data.</source>
        <translation>Kein Neutraining nötig: Die Population ähnelt den Trainingsdaten.</translation>
    </message>
    <message>
        <source>Shift (PSI) of {0}: {1:.3f}</source>
        <translation>Verschiebung (PSI) von {0}: {1:.3f}</translation>
    </message>
    <message>
        <source>Moderate shift in: {0}</source>
        <translation>Mäßige Verschiebung bei: {0}</translation>
    </message>
    <message>
        <source>Model age: {0:.0f} days</source>
        <translation>Alter des Modells: {0:.0f} Tage</translation>
    </message>
    <message>
        <source>&amp;Show model:</source>
        <translation>&amp;Modell anzeigen:</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Measured on held-out data the model never saw. ROC AUC: 0.5 is guessing, 1 is perfect (real churn models reach about 0.7–0.85). PR AUC: higher is better. Brier score: lower is better. Top-decile lift: how many times more churners the 10 % with the highest risk hold than 10 % picked at random. Each 95 % range holds the measure in 95 % of resamples of the held-out customers: the wider it is, the less certain.</source>
        <translation>Gemessen an zurückgehaltenen Daten, die das Modell nie gesehen hat. ROC AUC: 0,5 ist Raten, 1 ist perfekt (echte Abwanderungsmodelle erreichen etwa 0,7–0,85). PR AUC: höher ist besser. Brier-Score: niedriger ist besser. Top-Dezil-Lift: wie viel mal mehr Abwanderer die 10 % mit dem höchsten Risiko enthalten als zufällig gewählte 10 %. Jeder 95-%-Bereich enthält das Maß in 95 % der Stichproben aus den zurückgehaltenen Kunden: Je breiter er ist, desto unsicherer.</translation>
    </message>
    <message>
        <source>outcome horizon {0} days; churn taken from {1}</source>
        <translation>Ergebnishorizont {0} Tage; Abwanderung aus {1}</translation>
    </message>
    <message>
        <source>churn as marked by {0}; the label has no time window</source>
        <translation>Abwanderung wie markiert durch {0}; die Kennzeichnung hat kein Zeitfenster</translation>
    </message>
    <message>
        <source>There is nothing left to train the models on.</source>
        <translation>Es ist nichts mehr vorhanden, womit die Modelle trainiert werden könnten.</translation>
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
        <translation>Brier-Score</translation>
    </message>
    <message>
        <source>Top-decile lift</source>
        <translation>Lift im obersten Dezil</translation>
    </message>
    <message>
        <source>{0}, 95 % range</source>
        <translation>{0}, 95-%-Bereich</translation>
    </message>
    <message>
        <source>Held-out quality of the model and its baselines</source>
        <translation>Qualität des Modells und seiner Vergleichsmodelle auf zurückgehaltenen Daten</translation>
    </message>
    <message>
        <source>Calibration chart</source>
        <translation>Kalibrierungsdiagramm</translation>
    </message>
    <message>
        <source>Lift chart</source>
        <translation>Lift-Diagramm</translation>
    </message>
    <message>
        <source>No trained model yet. Choose the options above and press Train models: the models learn from the imported history and are tested on data they never saw.</source>
        <translation>Noch kein trainiertes Modell. Wählen Sie oben die Optionen und klicken Sie auf „Modelle trainieren“: Die Modelle lernen aus dem importierten Verlauf und werden auf Daten getestet, die sie nie gesehen haben.</translation>
    </message>
    <message>
        <source>Models trained {0}; {1}.</source>
        <translation>Modelle trainiert am {0}; {1}.</translation>
    </message>
    <message>
        <source>Recurring charges, not predicted as purchases: {0}</source>
        <translation>Wiederkehrende Gebühren, nicht als Käufe vorhergesagt: {0}</translation>
    </message>
    <message>
        <source>Left out &apos;{0}&apos;: {1}</source>
        <translation>„{0}“ ausgelassen: {1}</translation>
    </message>
    <message>
        <source>Churn risk</source>
        <translation>Abwanderungsrisiko</translation>
    </message>
    <message>
        <source>Purchase propensity ({0})</source>
        <translation>Kaufneigung ({0})</translation>
    </message>
    <message>
        <source>Buy-till-you-die ({0}): about {1} repeat purchases expected in the next {2} days, about {3} per week.</source>
        <translation>Buy-till-you-die ({0}): etwa {1} Wiederholungskäufe in den nächsten {2} Tagen erwartet, etwa {3} pro Woche.</translation>
    </message>
    <message>
        <source>Adjusted ×{0} for the season and trend: in the same days a year earlier, that many times the purchases the model then expected came.</source>
        <translation>Um ×{0} für Saison und Trend angepasst: in denselben Tagen ein Jahr zuvor kamen so viel Mal die Käufe, die das Modell damals erwartete.</translation>
    </message>
    <message>
        <source>On the last {0} days, which it never saw, it expected {1} and there were {2}.</source>
        <translation>In den letzten {0} Tagen, die es nie sah, erwartete es {1}, und es waren {2}.</translation>
    </message>
    <message>
        <source>{0}. Validation: {1}.</source>
        <translation>{0}. Validierung: {1}.</translation>
    </message>
    <message>
        <source>{0} (kept), held-out</source>
        <translation>{0} (gewählt), zurückgehaltene Daten</translation>
    </message>
    <message>
        <source>Baseline: {0}</source>
        <translation>Vergleichsmodell: {0}</translation>
    </message>
    <message>
        <source>What drives it:</source>
        <translation>Was es beeinflusst:</translation>
    </message>
    <message>
        <source>No drivers were computed for this model.</source>
        <translation>Für dieses Modell wurden keine Einflussfaktoren berechnet.</translation>
    </message>
    <message>
        <source>Calibration: predicted against observed</source>
        <translation>Kalibrierung: vorhergesagt gegenüber beobachtet</translation>
    </message>
    <message>
        <source>This model</source>
        <translation>Dieses Modell</translation>
    </message>
    <message>
        <source>Perfect calibration</source>
        <translation>Perfekte Kalibrierung</translation>
    </message>
    <message>
        <source>Predicted probability</source>
        <translation>Vorhergesagte Wahrscheinlichkeit</translation>
    </message>
    <message>
        <source>Observed rate</source>
        <translation>Beobachtete Rate</translation>
    </message>
    <message>
        <source>Predicted against observed rate per group of customers: {0}</source>
        <translation>Vorhergesagte gegenüber beobachteter Rate je Kundengruppe: {0}</translation>
    </message>
    <message>
        <source>Lift by decile</source>
        <translation>Lift nach Dezil</translation>
    </message>
    <message>
        <source>Decile (highest predicted risk first)</source>
        <translation>Dezil (höchstes vorhergesagtes Risiko zuerst)</translation>
    </message>
    <message>
        <source>Lift</source>
        <translation>Lift</translation>
    </message>
    <message>
        <source>Picking at random (1×)</source>
        <translation>Zufallsauswahl (1×)</translation>
    </message>
    <message>
        <source>Lift per decile, highest predicted risk first: {0}</source>
        <translation>Lift je Dezil, höchstes vorhergesagtes Risiko zuerst: {0}</translation>
    </message>
</context>
<context>
    <name>OptOutsTab</name>
    <message>
        <source>Opt-out register counts</source>
        <translation>Zähler des Widerspruchsregisters</translation>
    </message>
    <message>
        <source>A customer who objects (GDPR Art. 21) is removed from every table and score at once and left out of every later import. Type customer IDs as in the CRM export and/or e-mail addresses, one per line or separated by commas.</source>
        <translation>Ein Kunde, der widerspricht (Art. 21 DSGVO), wird sofort aus jeder Tabelle und jedem Score entfernt und bei jedem späteren Import ausgelassen. Geben Sie Kunden-IDs wie im CRM-Export und/oder E-Mail-Adressen ein, eine pro Zeile oder durch Kommas getrennt.</translation>
    </message>
    <message>
        <source>Customer IDs</source>
        <translation>Kunden-IDs</translation>
    </message>
    <message>
        <source>E-mail addresses</source>
        <translation>E-Mail-Adressen</translation>
    </message>
    <message>
        <source>Customer &amp;IDs:</source>
        <translation>&amp;Kunden-IDs:</translation>
    </message>
    <message>
        <source>E-&amp;mail addresses:</source>
        <translation>&amp;E-Mail-Adressen:</translation>
    </message>
    <message>
        <source>Record ob&amp;jection</source>
        <translation>&amp;Widerspruch erfassen</translation>
    </message>
    <message>
        <source>Objections from a &amp;file…</source>
        <translation>Widersprüche aus Da&amp;tei…</translation>
    </message>
    <message>
        <source>Record re-co&amp;nsent…</source>
        <translation>Erneute Einwilligung erfa&amp;ssen…</translation>
    </message>
    <message>
        <source>On the register: {0} customers who objected, {1} erased on request, {2} e-mail addresses not yet matched to a customer.</source>
        <translation>Im Register: {0} Kunden mit Widerspruch, {1} auf Antrag gelöscht, {2} E-Mail-Adressen noch keinem Kunden zugeordnet.</translation>
    </message>
    <message>
        <source>Type at least one customer ID or e-mail address first.</source>
        <translation>Geben Sie zuerst mindestens eine Kunden-ID oder E-Mail-Adresse ein.</translation>
    </message>
    <message>
        <source>Files listing the customers who object</source>
        <translation>Dateien mit den Kunden, die widersprechen</translation>
    </message>
    <message>
        <source>Lists (*.csv *.txt *.xlsx *.json);;All files (*)</source>
        <translation>Listen (*.csv *.txt *.xlsx *.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Reading the opt-out list</source>
        <translation>Widerspruchsliste wird gelesen</translation>
    </message>
    <message>
        <source>Record the objection of {0} customer IDs and {1} e-mail addresses? Their data is removed from every table now, for good; after a re-consent it returns only with the next import.</source>
        <translation>Widerspruch von {0} Kunden-IDs und {1} E-Mail-Adressen erfassen? Ihre Daten werden jetzt endgültig aus jeder Tabelle entfernt; nach einer erneuten Einwilligung kommen sie erst mit dem nächsten Import zurück.</translation>
    </message>
    <message>
        <source>Record objection</source>
        <translation>Widerspruch erfassen</translation>
    </message>
    <message>
        <source>Recorded. {0} customers&apos; data removed ({1} rows); {2} e-mail addresses will be excluded when they appear; register holds {3}. Log entry {4}.</source>
        <translation>Erfasst. Daten von {0} Kunden entfernt ({1} Zeilen); {2} E-Mail-Adressen werden ausgeschlossen, sobald sie auftauchen; das Register umfasst {3}. Protokolleintrag {4}.</translation>
    </message>
    <message>
        <source>Record re-consent for {0} customer IDs and {1} e-mail addresses? They leave the opt-out register; their data returns with the next import.</source>
        <translation>Erneute Einwilligung für {0} Kunden-IDs und {1} E-Mail-Adressen erfassen? Sie werden aus dem Widerspruchsregister entfernt; ihre Daten kommen mit dem nächsten Import zurück.</translation>
    </message>
    <message>
        <source>Record re-consent</source>
        <translation>Erneute Einwilligung erfassen</translation>
    </message>
    <message>
        <source>Re-consent recorded for {0} customers; their data returns with the next import. Log entry {1}.</source>
        <translation>Erneute Einwilligung für {0} Kunden erfasst; ihre Daten kommen mit dem nächsten Import zurück. Protokolleintrag {1}.</translation>
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
        <translation>Kunden:</translation>
    </message>
    <message>
        <source>Tables:</source>
        <translation>Tabellen:</translation>
    </message>
    <message>
        <source>Last import:</source>
        <translation>Letzter Import:</translation>
    </message>
    <message>
        <source>Processing log:</source>
        <translation>Verarbeitungsprotokoll:</translation>
    </message>
    <message>
        <source>&amp;Import data…</source>
        <translation>Daten &amp;importieren…</translation>
    </message>
    <message>
        <source>&amp;Train models…</source>
        <translation>Modelle &amp;trainieren…</translation>
    </message>
    <message>
        <source>Retention &amp;cleanup…</source>
        <translation>Abgelaufene Daten &amp;löschen…</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>Nächste Schritte</translation>
    </message>
    <message>
        <source>1. Import your customer data</source>
        <translation>1. Ihre Kundendaten importieren</translation>
    </message>
    <message>
        <source>2. Check the import report</source>
        <translation>2. Den Importbericht prüfen</translation>
    </message>
    <message>
        <source>Import &amp;report…</source>
        <translation>Import&amp;bericht…</translation>
    </message>
    <message>
        <source>3. Train the models</source>
        <translation>3. Die Modelle trainieren</translation>
    </message>
    <message>
        <source>4. Look at the segments</source>
        <translation>4. Die Segmente ansehen</translation>
    </message>
    <message>
        <source>&amp;Segments…</source>
        <translation>&amp;Segmente…</translation>
    </message>
    <message>
        <source>5. Start a campaign or export an action list</source>
        <translation>5. Eine Kampagne starten oder eine Aktionsliste exportieren</translation>
    </message>
    <message>
        <source>Ca&amp;mpaigns…</source>
        <translation>&amp;Kampagnen…</translation>
    </message>
    <message>
        <source>Pilot closed</source>
        <translation>Pilotprojekt abgeschlossen</translation>
    </message>
    <message>
        <source>Processing &amp;log…</source>
        <translation>Verarbeitungs&amp;protokoll…</translation>
    </message>
    <message>
        <source>Read, verify and export the processing log</source>
        <translation>Verarbeitungsprotokoll lesen, verifizieren und exportieren</translation>
    </message>
    <message>
        <source>&amp;Art. 30 record…</source>
        <translation>&amp;Verzeichnis nach Art. 30…</translation>
    </message>
    <message>
        <source>Save the record of processing activities for the data-protection officer</source>
        <translation>Das Verzeichnis von Verarbeitungstätigkeiten für den Datenschutzbeauftragten speichern</translation>
    </message>
    <message>
        <source>Pilot KPIs</source>
        <translation>KPIs des Pilotprojekts</translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Ausgangswert</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Jetzt</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Veränderung</translation>
    </message>
    <message>
        <source>Take &amp;baseline now</source>
        <translation>&amp;Ausgangswerte jetzt erfassen</translation>
    </message>
    <message>
        <source>Record today&apos;s KPIs as the baseline the pilot is measured against</source>
        <translation>Die heutigen KPIs als Ausgangswerte festhalten, an denen das Pilotprojekt gemessen wird</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Reading the project</source>
        <translation>Projekt wird gelesen</translation>
    </message>
    <message>
        <source>Replace the KPI baseline</source>
        <translation>KPI-Ausgangswerte ersetzen</translation>
    </message>
    <message>
        <source>A baseline was taken on {0}; the pilot is measured against it. Replace it with today&apos;s figures?</source>
        <translation>Am {0} wurden Ausgangswerte erfasst; das Pilotprojekt wird an ihnen gemessen. Durch die heutigen Zahlen ersetzen?</translation>
    </message>
    <message>
        <source>Taking the KPI baseline</source>
        <translation>KPI-Ausgangswerte werden erfasst</translation>
    </message>
    <message>
        <source>Baseline taken: the KPIs from now on are compared with today&apos;s.</source>
        <translation>Ausgangswerte erfasst: Die KPIs werden ab jetzt mit den heutigen verglichen.</translation>
    </message>
    <message>
        <source>Baseline taken on {0} (data up to {1}).</source>
        <translation>Ausgangswerte erfasst am {0} (Daten bis {1}).</translation>
    </message>
    <message>
        <source>No baseline yet: it is taken at the first training, or now.</source>
        <translation>Noch keine Ausgangswerte: Sie werden beim ersten Training erfasst oder jetzt.</translation>
    </message>
    <message>
        <source>Now: data up to {0}.</source>
        <translation>Jetzt: Daten bis {0}.</translation>
    </message>
    <message>
        <source>This pilot was closed on {0}. Erased for good, their keys destroyed: customers, events, scores, identities, the opt-out register and the models (rows: {1}; tables: {2}; stored models: {3}). Nothing can be imported or trained in this project any more; create a new project for a new pilot.
What remains: the processing log (entries: {4}), which the data-protection officer can still verify and export, and the Art. 30 record, which can still be saved. The client keeps the handover bundle saved before closing.</source>
        <translation>Dieses Pilotprojekt wurde am {0} abgeschlossen. Endgültig gelöscht, ihre Schlüssel vernichtet: Kunden, Ereignisse, Risikowerte, Identitäten, das Widerspruchsregister und die Modelle (Zeilen: {1}; Tabellen: {2}; gespeicherte Modelle: {3}). In diesem Projekt kann nichts mehr importiert oder trainiert werden; legen Sie für ein neues Pilotprojekt ein neues Projekt an.
Erhalten bleiben: das Verarbeitungsprotokoll (Einträge: {4}), das der Datenschutzbeauftragte weiterhin verifizieren und exportieren kann, und das Verzeichnis nach Art. 30, das weiterhin gespeichert werden kann. Der Kunde behält das vor dem Abschluss gespeicherte Übergabepaket.</translation>
    </message>
    <message>
        <source>Customers imported: {0}</source>
        <translation>Importierte Kunden: {0}</translation>
    </message>
    <message>
        <source>No data yet</source>
        <translation>Noch keine Daten</translation>
    </message>
    <message>
        <source>The last import was refused: import the export again to see its report and what to fix</source>
        <translation>Der letzte Import wurde abgelehnt: Importieren Sie den Export erneut, um seinen Bericht und die nötigen Korrekturen zu sehen</translation>
    </message>
    <message>
        <source>The last import&apos;s warnings were not confirmed: import the export again and review them</source>
        <translation>Die Warnungen des letzten Imports wurden nicht bestätigt: Importieren Sie den Export erneut und prüfen Sie sie</translation>
    </message>
    <message>
        <source>Warnings confirmed at import: {0}</source>
        <translation>Beim Import bestätigte Warnungen: {0}</translation>
    </message>
    <message>
        <source>Trained</source>
        <translation>Trainiert</translation>
    </message>
    <message>
        <source>Segments: {0}</source>
        <translation>Segmente: {0}</translation>
    </message>
    <message>
        <source>Campaigns and action lists so far: {0}</source>
        <translation>Bisherige Kampagnen und Aktionslisten: {0}</translation>
    </message>
    <message>
        <source>{0} (as encrypted IDs); opt-out register: {1}</source>
        <translation>{0} (als verschlüsselte IDs); Widerspruchsregister: {1}</translation>
    </message>
    <message>
        <source>{0}: {1} rows</source>
        <translation>{0}: {1} Zeilen</translation>
    </message>
    <message>
        <source>None: erased when the pilot was closed.</source>
        <translation>Keine: beim Abschluss des Pilotprojekts gelöscht.</translation>
    </message>
    <message>
        <source>No data imported yet.</source>
        <translation>Noch keine Daten importiert.</translation>
    </message>
    <message>
        <source>{0} entries, verified</source>
        <translation>{0} Einträge, verifiziert</translation>
    </message>
    <message>
        <source>DOES NOT VERIFY: {0}</source>
        <translation>NICHT VERIFIZIERBAR: {0}</translation>
    </message>
    <message>
        <source>Retention cleanup is due: some data is past its retention period ({0}). Open Privacy → Retention to review and delete it.</source>
        <translation>Löschung fällig: Einige Daten haben ihre Aufbewahrungsfrist überschritten ({0}). Öffnen Sie Datenschutz → Aufbewahrung, um sie zu prüfen und zu löschen.</translation>
    </message>
    <message>
        <source>Retrain recommended: the models were trained on data that includes people since excluded (opt-out, erasure or retention cleanup). Open Models to train them again.</source>
        <translation>Neutraining empfohlen: Die Modelle wurden mit Daten trainiert, die inzwischen ausgeschlossene Personen enthalten (Widerspruch, Löschung oder Aufbewahrungsbereinigung). Öffnen Sie Modelle, um sie neu zu trainieren.</translation>
    </message>
</context>
<context>
    <name>Phrases</name>
    <message>
        <source>All customers</source>
        <translation>Alle Kunden</translation>
    </message>
    <message>
        <source>Typical customers</source>
        <translation>Typische Kunden</translation>
    </message>
    <message>
        <source>high {0}</source>
        <translation>{0} hoch</translation>
    </message>
    <message>
        <source>low {0}</source>
        <translation>{0} niedrig</translation>
    </message>
    <message>
        <source>long-standing customers</source>
        <translation>langjährige Kunden</translation>
    </message>
    <message>
        <source>new customers</source>
        <translation>neue Kunden</translation>
    </message>
    <message>
        <source>older customers</source>
        <translation>ältere Kunden</translation>
    </message>
    <message>
        <source>younger customers</source>
        <translation>jüngere Kunden</translation>
    </message>
    <message>
        <source>inactive for a while</source>
        <translation>seit einiger Zeit inaktiv</translation>
    </message>
    <message>
        <source>recently active</source>
        <translation>kürzlich aktiv</translation>
    </message>
    <message>
        <source>not using the product lately</source>
        <translation>Produkt zuletzt nicht genutzt</translation>
    </message>
    <message>
        <source>used the product recently</source>
        <translation>Produkt kürzlich genutzt</translation>
    </message>
    <message>
        <source>heavy recent usage</source>
        <translation>zuletzt starke Nutzung</translation>
    </message>
    <message>
        <source>little recent usage</source>
        <translation>zuletzt wenig Nutzung</translation>
    </message>
    <message>
        <source>heavy usage</source>
        <translation>starke Nutzung</translation>
    </message>
    <message>
        <source>light usage</source>
        <translation>geringe Nutzung</translation>
    </message>
    <message>
        <source>usage rising over the last 4 weeks</source>
        <translation>Nutzung in den letzten 4 Wochen steigend</translation>
    </message>
    <message>
        <source>usage falling over the last 4 weeks</source>
        <translation>Nutzung in den letzten 4 Wochen sinkend</translation>
    </message>
    <message>
        <source>frequent logins</source>
        <translation>häufige Anmeldungen</translation>
    </message>
    <message>
        <source>few logins</source>
        <translation>wenige Anmeldungen</translation>
    </message>
    <message>
        <source>logins rising</source>
        <translation>Anmeldungen steigend</translation>
    </message>
    <message>
        <source>logins falling over the last 4 weeks</source>
        <translation>Anmeldungen in den letzten 4 Wochen sinkend</translation>
    </message>
    <message>
        <source>usage growing (8 weeks)</source>
        <translation>Nutzung wachsend (8 Wochen)</translation>
    </message>
    <message>
        <source>usage shrinking (8 weeks)</source>
        <translation>Nutzung schrumpfend (8 Wochen)</translation>
    </message>
    <message>
        <source>many features in use</source>
        <translation>viele Funktionen in Gebrauch</translation>
    </message>
    <message>
        <source>few features in use</source>
        <translation>wenige Funktionen in Gebrauch</translation>
    </message>
    <message>
        <source>no purchase for a while</source>
        <translation>seit einiger Zeit kein Kauf</translation>
    </message>
    <message>
        <source>bought recently</source>
        <translation>kürzlich gekauft</translation>
    </message>
    <message>
        <source>frequent purchases</source>
        <translation>häufige Käufe</translation>
    </message>
    <message>
        <source>few purchases</source>
        <translation>wenige Käufe</translation>
    </message>
    <message>
        <source>many purchases this year</source>
        <translation>viele Käufe in diesem Jahr</translation>
    </message>
    <message>
        <source>few purchases this year</source>
        <translation>wenige Käufe in diesem Jahr</translation>
    </message>
    <message>
        <source>high recent spend</source>
        <translation>zuletzt hohe Ausgaben</translation>
    </message>
    <message>
        <source>low recent spend</source>
        <translation>zuletzt niedrige Ausgaben</translation>
    </message>
    <message>
        <source>high spend</source>
        <translation>hohe Ausgaben</translation>
    </message>
    <message>
        <source>low spend</source>
        <translation>niedrige Ausgaben</translation>
    </message>
    <message>
        <source>spend rising</source>
        <translation>Ausgaben steigend</translation>
    </message>
    <message>
        <source>spend falling</source>
        <translation>Ausgaben sinkend</translation>
    </message>
    <message>
        <source>many small add-on orders</source>
        <translation>viele kleine Zusatzbestellungen</translation>
    </message>
    <message>
        <source>few small add-on orders</source>
        <translation>wenige kleine Zusatzbestellungen</translation>
    </message>
    <message>
        <source>more small add-on orders</source>
        <translation>mehr kleine Zusatzbestellungen</translation>
    </message>
    <message>
        <source>fewer small add-on orders</source>
        <translation>weniger kleine Zusatzbestellungen</translation>
    </message>
    <message>
        <source>repeatedly late payments</source>
        <translation>wiederholt verspätete Zahlungen</translation>
    </message>
    <message>
        <source>payments on time</source>
        <translation>pünktliche Zahlungen</translation>
    </message>
    <message>
        <source>long payment delays</source>
        <translation>lange Zahlungsverzüge</translation>
    </message>
    <message>
        <source>prompt payment</source>
        <translation>prompte Zahlung</translation>
    </message>
    <message>
        <source>overdue invoices</source>
        <translation>überfällige Rechnungen</translation>
    </message>
    <message>
        <source>no overdue invoices</source>
        <translation>keine überfälligen Rechnungen</translation>
    </message>
    <message>
        <source>many recent support tickets</source>
        <translation>zuletzt viele Support-Tickets</translation>
    </message>
    <message>
        <source>few recent support tickets</source>
        <translation>zuletzt wenige Support-Tickets</translation>
    </message>
    <message>
        <source>many support tickets per month</source>
        <translation>viele Support-Tickets pro Monat</translation>
    </message>
    <message>
        <source>few support tickets</source>
        <translation>wenige Support-Tickets</translation>
    </message>
    <message>
        <source>support tickets rising</source>
        <translation>Support-Tickets steigend</translation>
    </message>
    <message>
        <source>support tickets falling</source>
        <translation>Support-Tickets sinkend</translation>
    </message>
    <message>
        <source>unresolved tickets</source>
        <translation>ungelöste Tickets</translation>
    </message>
    <message>
        <source>no open tickets</source>
        <translation>keine offenen Tickets</translation>
    </message>
    <message>
        <source>slow ticket resolution</source>
        <translation>langsame Ticketlösung</translation>
    </message>
    <message>
        <source>fast ticket resolution</source>
        <translation>schnelle Ticketlösung</translation>
    </message>
    <message>
        <source>many tickets in the first three months</source>
        <translation>viele Tickets in den ersten drei Monaten</translation>
    </message>
    <message>
        <source>few tickets in the first three months</source>
        <translation>wenige Tickets in den ersten drei Monaten</translation>
    </message>
    <message>
        <source>good feedback scores</source>
        <translation>gute Feedback-Bewertungen</translation>
    </message>
    <message>
        <source>poor feedback scores</source>
        <translation>schlechte Feedback-Bewertungen</translation>
    </message>
    <message>
        <source>feedback improving</source>
        <translation>Feedback verbessert sich</translation>
    </message>
    <message>
        <source>feedback worsening</source>
        <translation>Feedback verschlechtert sich</translation>
    </message>
    <message>
        <source>spend of the last 52 weeks</source>
        <translation>Ausgaben der letzten 52 Wochen</translation>
    </message>
    <message>
        <source>likely still buying (buy-till-you-die)</source>
        <translation>kauft wahrscheinlich noch (Buy-till-you-die)</translation>
    </message>
    <message>
        <source>likely to have stopped buying (buy-till-you-die)</source>
        <translation>hat wahrscheinlich aufgehört zu kaufen (Buy-till-you-die)</translation>
    </message>
    <message>
        <source>many purchases expected (buy-till-you-die)</source>
        <translation>viele Käufe erwartet (Buy-till-you-die)</translation>
    </message>
    <message>
        <source>few purchases expected (buy-till-you-die)</source>
        <translation>wenige Käufe erwartet (Buy-till-you-die)</translation>
    </message>
    <message>
        <source>churn</source>
        <translation>Abwanderung</translation>
    </message>
    <message>
        <source>purchase</source>
        <translation>Kauf</translation>
    </message>
    <message>
        <source>purchase: {0}</source>
        <translation>Kauf: {0}</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>Montag</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>Dienstag</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>Mittwoch</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>Donnerstag</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>Freitag</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>Samstag</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>Sonntag</translation>
    </message>
    <message>
        <source>{0}–{1}</source>
        <translation>{0}–{1}</translation>
    </message>
    <message>
        <source>spreadsheet day numbers (45292 = 2024-01-01)</source>
        <translation>Tagesnummern einer Tabellenkalkulation (45292 = 2024-01-01)</translation>
    </message>
    <message>
        <source>Unix time in seconds (1700000000 = 2023-11-14 22:13:20 UTC)</source>
        <translation>Unix-Zeit in Sekunden (1700000000 = 2023-11-14 22:13:20 UTC)</translation>
    </message>
    <message>
        <source>Unix time in milliseconds (1700000000000 = 2023-11-14 22:13:20 UTC)</source>
        <translation>Unix-Zeit in Millisekunden (1700000000000 = 2023-11-14 22:13:20 UTC)</translation>
    </message>
</context>
<context>
    <name>PrivacyPage</name>
    <message>
        <source>Privacy duties</source>
        <translation>Datenschutzpflichten</translation>
    </message>
    <message>
        <source>&amp;Opt-out register</source>
        <translation>Widerspruchs&amp;register</translation>
    </message>
    <message>
        <source>&amp;Retention</source>
        <translation>A&amp;ufbewahrung</translation>
    </message>
    <message>
        <source>Data-subject re&amp;quests</source>
        <translation>&amp;Betroffenenanfragen</translation>
    </message>
    <message>
        <source>Processing lo&amp;g</source>
        <translation>Verarbeitungs&amp;protokoll</translation>
    </message>
    <message>
        <source>The opt-out register, the retention deadlines and data-subject requests have no data left to act on; the processing log remains.</source>
        <translation>Für das Widerspruchsregister, die Aufbewahrungsfristen und die Betroffenenanfragen sind keine Daten mehr vorhanden; das Verarbeitungsprotokoll bleibt erhalten.</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>Datenschutz</translation>
    </message>
</context>
<context>
    <name>Reasons</name>
    <message>
        <source>&apos;{0}&apos; did not reduce churn in this business</source>
        <translation>&apos;{0}&apos; die Abwanderung in diesem Unternehmen nicht verringert hat</translation>
    </message>
    <message>
        <source>their churn risk is {0:.1f} times the average</source>
        <translation>ihr Abwanderungsrisiko {0:.1f}-mal so hoch wie der Durchschnitt ist</translation>
    </message>
    <message>
        <source>their churn risk is {0:.1f} times the average; they stand out by {1}</source>
        <translation>ihr Abwanderungsrisiko {0:.1f}-mal so hoch wie der Durchschnitt ist; auffällig bei ihnen: {1}</translation>
    </message>
    <message>
        <source>their churn risk is below average</source>
        <translation>ihr Abwanderungsrisiko unter dem Durchschnitt liegt</translation>
    </message>
    <message>
        <source>they are valuable and likely to stay</source>
        <translation>sie wertvoll sind und voraussichtlich bleiben</translation>
    </message>
    <message>
        <source>their usage fell over the last four weeks</source>
        <translation>ihre Nutzung in den letzten vier Wochen gesunken ist</translation>
    </message>
    <message>
        <source>they have been paying late</source>
        <translation>sie verspätet gezahlt haben</translation>
    </message>
    <message>
        <source>they need support often</source>
        <translation>sie oft Support brauchen</translation>
    </message>
    <message>
        <source>their feedback scores are worsening</source>
        <translation>ihre Feedback-Bewertungen schlechter werden</translation>
    </message>
    <message>
        <source>they use few of the features they pay for</source>
        <translation>sie nur wenige der Funktionen nutzen, für die sie bezahlen</translation>
    </message>
    <message>
        <source>they needed a lot of support early on</source>
        <translation>sie anfangs viel Support gebraucht haben</translation>
    </message>
    <message>
        <source>they order fewer small add-ons</source>
        <translation>sie weniger kleine Zusatzprodukte bestellen</translation>
    </message>
    <message>
        <source>their usage is growing</source>
        <translation>ihre Nutzung wächst</translation>
    </message>
    <message>
        <source>their team is growing</source>
        <translation>ihr Team wächst</translation>
    </message>
    <message>
        <source>they have not bought for longer than most</source>
        <translation>sie länger als die meisten nichts gekauft haben</translation>
    </message>
    <message>
        <source>they have been less active than most</source>
        <translation>sie weniger aktiv waren als die meisten</translation>
    </message>
    <message>
        <source>they are newer customers than most</source>
        <translation>sie erst kürzer Kunden sind als die meisten</translation>
    </message>
    <message>
        <source>they pay more than most each month</source>
        <translation>sie jeden Monat mehr zahlen als die meisten</translation>
    </message>
    <message>
        <source>they use fewer products than most</source>
        <translation>sie weniger Produkte nutzen als die meisten</translation>
    </message>
    <message>
        <source>they hold larger balances than most</source>
        <translation>sie höhere Guthaben haben als die meisten</translation>
    </message>
</context>
<context>
    <name>RecordSettingsDialog</name>
    <message>
        <source>Details for the Art. 30 record</source>
        <translation>Angaben für das Verzeichnis nach Art. 30</translation>
    </message>
    <message>
        <source>address, e-mail or phone</source>
        <translation>Adresse, E-Mail oder Telefon</translation>
    </message>
    <message>
        <source>the DPO&apos;s contact, or “none appointed”</source>
        <translation>Kontakt des Datenschutzbeauftragten oder „nicht benannt“</translation>
    </message>
    <message>
        <source>e.g. access limited to two named staff, screen lock</source>
        <translation>z. B. Zugriff auf zwei namentlich benannte Mitarbeiter beschränkt, Bildschirmsperre</translation>
    </message>
    <message>
        <source>The record of processing activities names who is responsible. These details are not filled in yet; they are saved in the project&apos;s settings (the change is logged) and used for every later record.</source>
        <translation>Das Verzeichnis von Verarbeitungstätigkeiten nennt, wer verantwortlich ist. Diese Angaben sind noch nicht ausgefüllt; sie werden in den Projekteinstellungen gespeichert (die Änderung wird protokolliert) und für jedes spätere Verzeichnis verwendet.</translation>
    </message>
    <message>
        <source>&amp;Save and continue</source>
        <translation>&amp;Speichern und fortfahren</translation>
    </message>
</context>
<context>
    <name>ReportStep</name>
    <message>
        <source>Full data-quality report</source>
        <translation>Vollständiger Datenqualitätsbericht</translation>
    </message>
    <message>
        <source>Show &amp;technical details</source>
        <translation>&amp;Technische Details anzeigen</translation>
    </message>
    <message>
        <source>I have &amp;read the warnings and want to import anyway</source>
        <translation>Ich habe die Warnungen ge&amp;lesen und möchte trotzdem importieren</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Befunde</translation>
    </message>
    <message>
        <source>Hide &amp;technical details</source>
        <translation>&amp;Technische Details ausblenden</translation>
    </message>
    <message>
        <source>Import refused: what is listed under &quot;Must be fixed&quot; has to be fixed first. Each finding says what to do: usually go Back to the Columns step and choose another role for a column, or correct the file and choose it again.</source>
        <translation>Import abgelehnt: Was unter „Vor dem Import zu beheben“ aufgeführt ist, muss zuerst behoben werden. Jeder Befund sagt, was zu tun ist: Meist gehen Sie mit „Zurück“ zum Schritt „Spaltenrollen“ und wählen eine andere Rolle für eine Spalte, oder Sie korrigieren die Datei und wählen sie erneut.</translation>
    </message>
    <message>
        <source>Must be fixed before importing</source>
        <translation>Vor dem Import zu beheben</translation>
    </message>
    <message>
        <source>Check, then confirm below</source>
        <translation>Prüfen, dann unten bestätigen</translation>
    </message>
    <message>
        <source>Good to know</source>
        <translation>Gut zu wissen</translation>
    </message>
    <message>
        <source>column “{0}”</source>
        <translation>Spalte „{0}“</translation>
    </message>
    <message>
        <source>Or</source>
        <translation>Oder</translation>
    </message>
    <message>
        <source>What to do: {0}</source>
        <translation>Was zu tun ist: {0}</translation>
    </message>
    <message>
        <source>tick “Leave out the rows that have no customer ID” below.</source>
        <translation>setzen Sie unten das Häkchen bei „Die Zeilen ohne Kunden-ID auslassen“.</translation>
    </message>
    <message>
        <source>only if every customer gave explicit consent, tick “Explicit consent recorded” for “{0}” on the Columns step.</source>
        <translation>nur wenn jeder Kunde ausdrücklich eingewilligt hat: Setzen Sie im Schritt „Spaltenrollen“ das Häkchen „Ausdrückliche Einwilligung liegt vor“ für „{0}“.</translation>
    </message>
    <message>
        <source>check a few values of “{0}” in the file; if they were read the wrong way round, choose how they are written under “Written as” on the Columns step.</source>
        <translation>prüfen Sie einige Werte von „{0}“ in der Datei; falls sie verkehrt herum gelesen wurden, wählen Sie im Schritt „Spaltenrollen“ unter „Geschrieben als“, wie sie geschrieben sind.</translation>
    </message>
    <message>
        <source>on the Columns step, choose “{0}” for “{1}”.</source>
        <translation>wählen Sie im Schritt „Spaltenrollen“ „{0}“ für „{1}“.</translation>
    </message>
    <message>
        <source>on the Columns step, choose “{0}” for the column that holds it.</source>
        <translation>wählen Sie im Schritt „Spaltenrollen“ „{0}“ für die Spalte, die diese Angabe enthält.</translation>
    </message>
    <message>
        <source>on the Columns step, choose another role for “{0}”.</source>
        <translation>wählen Sie im Schritt „Spaltenrollen“ eine andere Rolle für „{0}“.</translation>
    </message>
    <message>
        <source>Rows without a customer ID can be left out with the box below.</source>
        <translation>Zeilen ohne Kunden-ID können mit dem Kästchen unten ausgelassen werden.</translation>
    </message>
    <message>
        <source>Nothing refused. Read the warnings and confirm them to continue.</source>
        <translation>Nichts abgelehnt. Lesen Sie die Warnungen und bestätigen Sie sie, um fortzufahren.</translation>
    </message>
    <message>
        <source>Nothing refused and no warnings: ready to import.</source>
        <translation>Nichts abgelehnt und keine Warnungen: bereit zum Import.</translation>
    </message>
    <message>
        <source>&amp;Leave out the {0} rows that have no customer ID (guest orders); they are counted in the report and in the processing log</source>
        <translation>Die {0} Zeilen ohne Kunden-ID (Gastbestellungen) &amp;auslassen; sie werden im Bericht und im Verarbeitungsprotokoll gezählt</translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <source>Record of processing activities (GDPR Art. 30)</source>
        <translation>Verzeichnis von Verarbeitungstätigkeiten (Art. 30 DSGVO)</translation>
    </message>
    <message>
        <source>1. Controller and data protection officer</source>
        <translation>1. Verantwortlicher und Datenschutzbeauftragter</translation>
    </message>
    <message>
        <source>2. Purposes of the processing and legal bases</source>
        <translation>2. Zwecke der Verarbeitung und Rechtsgrundlagen</translation>
    </message>
    <message>
        <source>3. Categories of data subjects</source>
        <translation>3. Kategorien betroffener Personen</translation>
    </message>
    <message>
        <source>4. Categories of personal data</source>
        <translation>4. Kategorien personenbezogener Daten</translation>
    </message>
    <message>
        <source>5. Recipients and transfers to third countries</source>
        <translation>5. Empfänger und Übermittlungen an Drittländer</translation>
    </message>
    <message>
        <source>6. Retention periods</source>
        <translation>6. Speicherdauer und Löschfristen</translation>
    </message>
    <message>
        <source>7. Technical and organisational measures</source>
        <translation>7. Technische und organisatorische Maßnahmen</translation>
    </message>
    <message>
        <source>8. Data held</source>
        <translation>8. Gespeicherte Daten</translation>
    </message>
    <message>
        <source>9. Opt-outs honoured</source>
        <translation>9. Berücksichtigte Widersprüche</translation>
    </message>
    <message>
        <source>10. Retention runs and erasures</source>
        <translation>10. Fristlöschungen und Löschungen auf Antrag</translation>
    </message>
    <message>
        <source>11. Models trained</source>
        <translation>11. Trainierte Modelle</translation>
    </message>
    <message>
        <source>12. Re-identification risk</source>
        <translation>12. Re-Identifizierungsrisiko</translation>
    </message>
    <message>
        <source>13. Processing log</source>
        <translation>13. Verarbeitungsprotokoll</translation>
    </message>
    <message>
        <source>not configured (project setting &apos;{0}&apos;)</source>
        <translation>nicht konfiguriert (Projekteinstellung &apos;{0}&apos;)</translation>
    </message>
    <message>
        <source>Customers and contacts of the controller (persons in the imported CRM exports)</source>
        <translation>Kunden und Kontakte des Verantwortlichen (Personen in den importierten CRM-Exporten)</translation>
    </message>
    <message>
        <source>Limits per table, enforced by Prevista&apos;s retention cleanup (expired rows are deleted and the replaced files crypto-shredded):</source>
        <translation>Fristen je Tabelle, durchgesetzt durch die Löschung abgelaufener Daten in Prevista (abgelaufene Zeilen werden gelöscht und die ersetzten Dateien kryptografisch vernichtet):</translation>
    </message>
    <message>
        <source>Special categories (Art. 9) processed with explicit consent: {0}</source>
        <translation>Besondere Kategorien (Art. 9), verarbeitet mit ausdrücklicher Einwilligung: {0}</translation>
    </message>
    <message>
        <source>Organisational measures of the controller: {0}</source>
        <translation>Organisatorische Maßnahmen des Verantwortlichen: {0}</translation>
    </message>
    <message>
        <source>Retention runs carried out: {0}.</source>
        <translation>Durchgeführte Fristlöschungen: {0}.</translation>
    </message>
    <message>
        <source>Erasures carried out (Art. 17): {0}.</source>
        <translation>Durchgeführte Löschungen (Art. 17): {0}.</translation>
    </message>
    <message>
        <source>Rows in &apos;{0}&apos;</source>
        <translation>Zeilen in &apos;{0}&apos;</translation>
    </message>
    <message>
        <source>DOES NOT VERIFY — entry {0}: {1}. The activity sections above are left empty because the log cannot vouch for them.</source>
        <translation>NICHT VERIFIZIERBAR — Eintrag {0}: {1}. Die Abschnitte zu den Tätigkeiten oben bleiben leer, weil das Protokoll nicht für sie bürgen kann.</translation>
    </message>
    <message>
        <source>A DPO can check the log without the data passphrase, against the fingerprint kept on file (not the key file beside the log, which anyone could replace): prevista audit verify --log processing-log.jsonl --pubkey processing-log.pub --fingerprint {0}</source>
        <translation>Ein Datenschutzbeauftragter kann das Protokoll ohne die Daten-Passphrase prüfen, anhand des hinterlegten Fingerabdrucks (nicht anhand der Schlüsseldatei neben dem Protokoll, die jeder ersetzen könnte): prevista audit verify --log processing-log.jsonl --pubkey processing-log.pub --fingerprint {0}</translation>
    </message>
    <message>
        <source>Generated by Prevista on {0} UTC. Aggregates only: this record contains no personal data.</source>
        <translation>Erstellt von Prevista am {0} UTC. Nur aggregierte Daten: Dieses Verzeichnis enthält keine personenbezogenen Daten.</translation>
    </message>
    <message>
        <source>Offline processing: Prevista makes no network connections; data, models and reports stay on this computer.</source>
        <translation>Offline-Verarbeitung: Prevista baut keine Netzwerkverbindungen auf; Daten, Modelle und Berichte bleiben auf diesem Computer.</translation>
    </message>
    <message>
        <source>Pseudonymization: customer IDs are replaced by encrypted IDs (deterministic AES-SIV under a project subkey), reversible only with the key; analysis tables hold a numeric key only.</source>
        <translation>Pseudonymisierung: Kunden-IDs werden durch verschlüsselte IDs ersetzt (deterministisches AES-SIV unter einem Projekt-Unterschlüssel), nur mit dem Schlüssel umkehrbar; Analysetabellen enthalten nur einen numerischen Schlüssel.</translation>
    </message>
    <message>
        <source>Crypto-shredding: replaced or deleted table files lose their data keys, so copies left on disk are unreadable.</source>
        <translation>Kryptografisches Löschen (Crypto-Shredding): Ersetzte oder gelöschte Tabellendateien verlieren ihre Datenschlüssel, sodass auf dem Datenträger verbliebene Kopien unlesbar sind.</translation>
    </message>
    <message>
        <source>Tamper-evident processing log: hash-chained entries signed with Ed25519 and a signed head; a DPO verifies it with the public key alone, without the data passphrase.</source>
        <translation>Manipulationserkennendes Verarbeitungsprotokoll: per Hash verkettete, mit Ed25519 signierte Einträge und ein signierter Kopf; ein Datenschutzbeauftragter prüft es allein mit dem öffentlichen Schlüssel, ohne die Daten-Passphrase.</translation>
    </message>
    <message>
        <source>Opt-out register (right to object, Art. 21): honoured at every import, training, scoring and export.</source>
        <translation>Widerspruchsregister (Widerspruchsrecht, Art. 21): berücksichtigt bei jedem Import, Training, jeder Bewertung und jedem Export.</translation>
    </message>
    <message>
        <source>Special categories of data (Art. 9), recognised by column name in six languages and by values (religions, diagnoses, parties, ethnicities, halal/kosher), are refused at import unless explicit consent is recorded.</source>
        <translation>Besondere Kategorien von Daten (Art. 9), erkannt am Spaltennamen in sechs Sprachen und an den Werten (Religionen, Diagnosen, Parteien, ethnische Zugehörigkeiten, halal/koscher), werden beim Import abgelehnt, sofern keine ausdrückliche Einwilligung erfasst ist.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Zeitpunkt</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Counts</source>
        <translation>Anzahlen</translation>
    </message>
    <message>
        <source>Controller</source>
        <translation>Verantwortlicher</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Data protection officer</source>
        <translation>Datenschutzbeauftragter</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Zweck</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Rechtsgrundlage</translation>
    </message>
    <message>
        <source>Logged steps</source>
        <translation>Protokollierte Schritte</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>No data imported yet.</source>
        <translation>Noch keine Daten importiert.</translation>
    </message>
    <message>
        <source>Special categories (Art. 9) processed with explicit consent: none.</source>
        <translation>Besondere Kategorien (Art. 9), verarbeitet mit ausdrücklicher Einwilligung: keine.</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabelle</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Spalte</translation>
    </message>
    <message>
        <source>Special category (Art. 9)</source>
        <translation>Besondere Kategorie (Art. 9)</translation>
    </message>
    <message>
        <source>No special-category column is stored.</source>
        <translation>Es ist keine Spalte einer besonderen Kategorie gespeichert.</translation>
    </message>
    <message>
        <source>Columns stored for analysis (after pseudonymization):</source>
        <translation>Für die Analyse gespeicherte Spalten (nach der Pseudonymisierung):</translation>
    </message>
    <message>
        <source>Columns (use, meaning)</source>
        <translation>Spalten (Verwendung, Bedeutung)</translation>
    </message>
    <message>
        <source>No tables stored.</source>
        <translation>Keine Tabellen gespeichert.</translation>
    </message>
    <message>
        <source>Data subjects (encrypted IDs)</source>
        <translation>Betroffene Personen (verschlüsselte IDs)</translation>
    </message>
    <message>
        <source>Opt-out register</source>
        <translation>Widerspruchsregister</translation>
    </message>
    <message>
        <source>Identity table</source>
        <translation>Identitätstabelle</translation>
    </message>
    <message>
        <source>kept under a separate key</source>
        <translation>unter einem separaten Schlüssel aufbewahrt</translation>
    </message>
    <message>
        <source>not kept</source>
        <translation>nicht aufbewahrt</translation>
    </message>
    <message>
        <source>Customers in the opt-out register</source>
        <translation>Kunden im Widerspruchsregister</translation>
    </message>
    <message>
        <source>Opt-out recordings</source>
        <translation>Erfasste Widersprüche</translation>
    </message>
    <message>
        <source>Re-consents (withdrawn opt-outs)</source>
        <translation>Erneute Einwilligungen (zurückgezogene Widersprüche)</translation>
    </message>
    <message>
        <source>Rows of opted-out customers removed at import</source>
        <translation>Beim Import entfernte Zeilen von Kunden mit Widerspruch</translation>
    </message>
    <message>
        <source>No opt-outs recorded after import.</source>
        <translation>Nach dem Import wurden keine Widersprüche erfasst.</translation>
    </message>
    <message>
        <source>No retention cleanup has been run.</source>
        <translation>Es wurde noch keine Löschung abgelaufener Daten durchgeführt.</translation>
    </message>
    <message>
        <source>No erasure has been carried out.</source>
        <translation>Es wurde keine Löschung durchgeführt.</translation>
    </message>
    <message>
        <source>Model ID</source>
        <translation>Modell-ID</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Customers scored</source>
        <translation>Bewertete Kunden</translation>
    </message>
    <message>
        <source>No model has been trained.</source>
        <translation>Es wurde kein Modell trainiert.</translation>
    </message>
    <message>
        <source>Records (customer table)</source>
        <translation>Datensätze (Kundentabelle)</translation>
    </message>
    <message>
        <source>Quasi-identifiers</source>
        <translation>Quasi-Identifikatoren</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Minimum class size k</source>
        <translation>Minimale Klassengröße k</translation>
    </message>
    <message>
        <source>Equivalence classes</source>
        <translation>Äquivalenzklassen</translation>
    </message>
    <message>
        <source>{0} (smallest: {1})</source>
        <translation>{0} (kleinste: {1})</translation>
    </message>
    <message>
        <source>Unique records</source>
        <translation>Eindeutige Datensätze</translation>
    </message>
    <message>
        <source>Records in classes below k</source>
        <translation>Datensätze in Klassen unter k</translation>
    </message>
    <message>
        <source>Prosecutor risk, highest</source>
        <translation>Prosecutor-Risiko, höchstes</translation>
    </message>
    <message>
        <source>Prosecutor risk, average</source>
        <translation>Prosecutor-Risiko, durchschnittlich</translation>
    </message>
    <message>
        <source>Journalist risk, highest / average</source>
        <translation>Journalist-Risiko, höchstes / durchschnittlich</translation>
    </message>
    <message>
        <source>Marketer risk</source>
        <translation>Marketer-Risiko</translation>
    </message>
    <message>
        <source>Risk level</source>
        <translation>Risikostufe</translation>
    </message>
    <message>
        <source>Column dropped</source>
        <translation>Entfernte Spalte</translation>
    </message>
    <message>
        <source>Unique without it</source>
        <translation>Eindeutig ohne sie</translation>
    </message>
    <message>
        <source>Below k without it</source>
        <translation>Unter k ohne sie</translation>
    </message>
    <message>
        <source>Suggestions to lower the risk:</source>
        <translation>Vorschläge zur Senkung des Risikos:</translation>
    </message>
    <message>
        <source>verified (hash chain, signatures and signed head)</source>
        <translation>verifiziert (Hash-Kette, Signaturen und signierter Kopf)</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Einträge</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Log key fingerprint (SHA-256)</source>
        <translation>Fingerabdruck des Protokollschlüssels (SHA-256)</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Empfänger</translation>
    </message>
    <message>
        <source>Transfers to third countries</source>
        <translation>Übermittlungen an Drittländer</translation>
    </message>
    <message>
        <source>Technical measures built into Prevista:</source>
        <translation>In Prevista eingebaute technische Maßnahmen:</translation>
    </message>
    <message>
        <source>No campaign was started: the pilot&apos;s predictions were not yet acted on with a control group, so nothing can be said about what acting on them changes. Start one from a segment (Start campaign…, or prevista campaign start).</source>
        <translation>Es wurde keine Kampagne gestartet: Auf die Vorhersagen des Pilotprojekts wurde noch nicht mit einer Kontrollgruppe reagiert, daher lässt sich nichts darüber sagen, was ein Handeln auf ihrer Grundlage verändert. Starten Sie eine aus einem Segment (Kampagne starten…, oder prevista campaign start).</translation>
    </message>
    <message>
        <source>{0} campaign(s) acted on about {1} customers, with about {2} held back at random as a control group to measure against.</source>
        <translation>{0} Kampagne(n) richteten sich an etwa {1} Kunden, während etwa {2} zufällig als Kontrollgruppe zum Vergleich zurückgehalten wurden.</translation>
    </message>
    <message>
        <source>{0}: campaigns {1} and the pilot {2}</source>
        <translation>{0}: Kampagnen {1} und das Pilotprojekt {2}</translation>
    </message>
    <message>
        <source>{0}: campaigns {1} (no pilot cost entered)</source>
        <translation>{0}: Kampagnen {1} (keine Kosten für das Pilotprojekt eingegeben)</translation>
    </message>
    <message>
        <source>{0} extra spend by the customers acted on (90 % interval {1} to {2})</source>
        <translation>{0} Mehrumsatz durch die Kunden der Testgruppe (90-%-Intervall {1} bis {2})</translation>
    </message>
    <message>
        <source>{0:.0%} (90 % interval {1:.0%} to {2:.0%})</source>
        <translation>{0:.0%} (90-%-Intervall {1:.0%} bis {2:.0%})</translation>
    </message>
    <message>
        <source>{0:.1f} months</source>
        <translation>{0:.1f} Monate</translation>
    </message>
    <message>
        <source>{0} (soonest {1}, latest {2})</source>
        <translation>{0} (frühestens {1}, spätestens {2})</translation>
    </message>
    <message>
        <source>{0}; about {1} acted on, {2} held back ({3:.0%}); it can detect a change in churn of {4:.0%} or more</source>
        <translation>{0}; etwa {1} in der Testgruppe, {2} in der Kontrollgruppe ({3:.0%}); sie kann eine Veränderung der Abwanderung um {4:.0%} oder mehr erkennen</translation>
    </message>
    <message>
        <source>Not measured yet.</source>
        <translation>Noch nicht gemessen.</translation>
    </message>
    <message>
        <source>not at the measured pace</source>
        <translation>nicht beim gemessenen Tempo</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>not within the interval</source>
        <translation>nicht innerhalb des Intervalls</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Kampagne</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>Was getan wurde</translation>
    </message>
    <message>
        <source>What it cost</source>
        <translation>Was es gekostet hat</translation>
    </message>
    <message>
        <source>What it returned</source>
        <translation>Was es eingebracht hat</translation>
    </message>
    <message>
        <source>Return on investment</source>
        <translation>Kapitalrendite</translation>
    </message>
    <message>
        <source>Cost and return</source>
        <translation>Kosten und Ertrag</translation>
    </message>
    <message>
        <source>Not yet available: enter a cost per contact and measure a campaign on data with order values.</source>
        <translation>Noch nicht verfügbar: Geben Sie Kosten pro Kontakt ein und messen Sie eine Kampagne mit Daten, die Bestellwerte enthalten.</translation>
    </message>
    <message>
        <source>What it changed (measured against the control group):</source>
        <translation>Was sich verändert hat (gemessen an der Kontrollgruppe):</translation>
    </message>
    <message>
        <source>How sure: each figure is a difference between randomly assigned groups with its 90 % interval; &apos;no effect measurable yet&apos; means the groups are still too small or too recent.</source>
        <translation>Wie sicher: Jede Zahl ist ein Unterschied zwischen zufällig zugeteilten Gruppen, mit ihrem 90-%-Intervall; &apos;noch keine Wirkung messbar&apos; bedeutet, dass die Gruppen noch zu klein oder zu neu sind.</translation>
    </message>
    <message>
        <source>Change in churn against the control group, in percentage points, with its 90 % interval (left of the dashed line: fewer customers lost).</source>
        <translation>Veränderung der Abwanderung gegenüber der Kontrollgruppe in Prozentpunkten, mit ihrem 90-%-Intervall (links der gestrichelten Linie: weniger verlorene Kunden).</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <source>Break-even</source>
        <translation>Gewinnschwelle</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnisgröße</translation>
    </message>
    <message>
        <source>Acted on</source>
        <translation>Testgruppe</translation>
    </message>
    <message>
        <source>Held back</source>
        <translation>Kontrollgruppe</translation>
    </message>
    <message>
        <source>Difference (90 % interval)</source>
        <translation>Unterschied (90-%-Intervall)</translation>
    </message>
    <message>
        <source>{0} — page {1} of {2}</source>
        <translation>{0} — Seite {1} von {2}</translation>
    </message>
    <message>
        <source>Pilot report: customer predictions</source>
        <translation>Pilotbericht: Kundenvorhersagen</translation>
    </message>
    <message>
        <source>1. Executive summary</source>
        <translation>1. Zusammenfassung</translation>
    </message>
    <message>
        <source>2. Key figures</source>
        <translation>2. Kennzahlen</translation>
    </message>
    <message>
        <source>3. KPIs since the baseline</source>
        <translation>3. KPIs seit den Ausgangswerten</translation>
    </message>
    <message>
        <source>4. Campaigns: what acting changed, and what it returned</source>
        <translation>4. Kampagnen: was das Handeln verändert und was es eingebracht hat</translation>
    </message>
    <message>
        <source>5. Model quality</source>
        <translation>5. Modellqualität</translation>
    </message>
    <message>
        <source>6. Segment findings</source>
        <translation>6. Erkenntnisse zu den Segmenten</translation>
    </message>
    <message>
        <source>7. Support-ticket forecast</source>
        <translation>7. Prognose der Support-Tickets</translation>
    </message>
    <message>
        <source>8. Privacy and data protection</source>
        <translation>8. Privatsphäre und Datenschutz</translation>
    </message>
    <message>
        <source>No model trained yet: train the models first (prevista train, or the Models screen), then produce this report again.</source>
        <translation>Noch kein Modell trainiert: Trainieren Sie zuerst die Modelle (prevista train oder die Seite Modelle) und erstellen Sie diesen Bericht dann erneut.</translation>
    </message>
    <message>
        <source>No dated support tickets were imported, so there is no ticket forecast.</source>
        <translation>Es wurden keine datierten Support-Tickets importiert, daher gibt es keine Ticket-Prognose.</translation>
    </message>
    <message>
        <source>ROC AUC (0.5 = chance)</source>
        <translation>ROC AUC (0,5 = Zufall)</translation>
    </message>
    <message>
        <source>Brier score (lower is better)</source>
        <translation>Brier-Score (niedriger ist besser)</translation>
    </message>
    <message>
        <source>Top-decile lift (×)</source>
        <translation>Lift im obersten Dezil (×)</translation>
    </message>
    <message>
        <source>Aggregates only: this report contains no customer ID, encrypted ID, name, contact detail or value of any single customer.</source>
        <translation>Nur aggregierte Daten: Dieser Bericht enthält keine Kunden-ID, keine verschlüsselte ID, keinen Namen, keine Kontaktdaten und keinen Wert eines einzelnen Kunden.</translation>
    </message>
    <message>
        <source>Prepared with Prevista for {0} on {1} UTC. {2}</source>
        <translation>Erstellt mit Prevista für {0} am {1} UTC. {2}</translation>
    </message>
    <message>
        <source>up to date: no data is held past its retention limit</source>
        <translation>aktuell: Es werden keine Daten über ihre Aufbewahrungsfrist hinaus gespeichert</translation>
    </message>
    <message>
        <source>cleanup due — past their limit: {0} (run the retention cleanup)</source>
        <translation>Löschung fällig — Frist überschritten: {0} (führen Sie die Löschung abgelaufener Daten aus)</translation>
    </message>
    <message>
        <source>{0} customers in the opt-out register, excluded from every analysis; {1} erased on request; {2} e-mail addresses excluded as soon as they appear</source>
        <translation>{0} Kunden im Widerspruchsregister, von jeder Analyse ausgeschlossen; {1} auf Antrag gelöscht; {2} E-Mail-Adressen werden ausgeschlossen, sobald sie auftauchen</translation>
    </message>
    <message>
        <source>{0} – {1}</source>
        <translation>{0} – {1}</translation>
    </message>
    <message>
        <source>Calibration: over {0} equal-sized risk bands of held-out customers, predicted and observed churn differ by {1:.1f} percentage points on average (at most {2:.1f}); in the highest-risk band {3} was predicted and {4} observed.</source>
        <translation>Kalibrierung: Über {0} gleich große Risikobänder der zurückgehaltenen Kunden weichen vorhergesagte und beobachtete Abwanderung im Schnitt um {1:.1f} Prozentpunkte voneinander ab (höchstens {2:.1f}); im Band mit dem höchsten Risiko wurden {3} vorhergesagt und {4} beobachtet.</translation>
    </message>
    <message>
        <source>{0} of {1} customers within {2} days</source>
        <translation>{0} von {1} Kunden innerhalb von {2} Tagen</translation>
    </message>
    <message>
        <source>{0} of {1} customers marked as churned by the label</source>
        <translation>{0} von {1} Kunden laut Kennzeichnung abgewandert</translation>
    </message>
    <message>
        <source>{0} ({1})</source>
        <translation>{0} ({1})</translation>
    </message>
    <message>
        <source>withheld: fewer scored customers than the minimum segment size</source>
        <translation>zurückgehalten: weniger bewertete Kunden als die Mindestgröße eines Segments</translation>
    </message>
    <message>
        <source>{0} current customers scored</source>
        <translation>{0} aktuelle Kunden bewertet</translation>
    </message>
    <message>
        <source>Predicted churn, next {0} days</source>
        <translation>Vorhergesagte Abwanderung, nächste {0} Tage</translation>
    </message>
    <message>
        <source>Predicted churn (as the label defines it)</source>
        <translation>Vorhergesagte Abwanderung (gemäß der Kennzeichnung)</translation>
    </message>
    <message>
        <source>{0} — about {1:.0f} expected churners</source>
        <translation>{0} — etwa {1:.0f} erwartete Abwanderer</translation>
    </message>
    <message>
        <source>{0} (churn risk × {1})</source>
        <translation>{0} (Abwanderungsrisiko × {1})</translation>
    </message>
    <message>
        <source>{0} segments of at least k = {1} customers; {2} of {3} customers analysed fall in a listed segment (smaller groups are not shown).</source>
        <translation>{0} Segmente mit mindestens k = {1} Kunden; {2} von {3} analysierten Kunden fallen in ein aufgeführtes Segment (kleinere Gruppen werden nicht gezeigt).</translation>
    </message>
    <message>
        <source>Revenue at risk = churn risk × {0}.</source>
        <translation>Gefährdeter Umsatz = Abwanderungsrisiko × {0}.</translation>
    </message>
    <message>
        <source>{0}: {1}. Recommended: {2} (because {3}).</source>
        <translation>{0}: {1}. Empfohlen: {2} (Grund: {3}).</translation>
    </message>
    <message>
        <source>Evidence: {0}</source>
        <translation>Belege: {0}</translation>
    </message>
    <message>
        <source>About {0:.0f} support tickets expected over the next {1} weeks ({2}). Forecasting {3} weeks ahead from past points in time, it was off by {4:.1f} tickets a week on average, against {5:.1f} for the best other method ({6}).</source>
        <translation>Etwa {0:.0f} Support-Tickets in den nächsten {1} Wochen erwartet ({2}). Bei Prognosen {3} Wochen im Voraus von früheren Zeitpunkten aus lag die Methode im Schnitt um {4:.1f} Tickets pro Woche daneben, gegenüber {5:.1f} bei der besten anderen Methode ({6}).</translation>
    </message>
    <message>
        <source>verified: {0} entries, hash chain and signatures intact</source>
        <translation>verifiziert: {0} Einträge, Hash-Kette und Signaturen intakt</translation>
    </message>
    <message>
        <source>verified: 1 entry, hash chain and signatures intact</source>
        <translation>verifiziert: 1 Eintrag, Hash-Kette und Signaturen intakt</translation>
    </message>
    <message>
        <source>DOES NOT VERIFY: {0}</source>
        <translation>NICHT VERIFIZIERBAR: {0}</translation>
    </message>
    <message>
        <source>Data period</source>
        <translation>Datenzeitraum</translation>
    </message>
    <message>
        <source>Churn observed on held-out data</source>
        <translation>Beobachtete Abwanderung in zurückgehaltenen Daten</translation>
    </message>
    <message>
        <source>Customers analysed</source>
        <translation>Analysierte Kunden</translation>
    </message>
    <message>
        <source>Revenue at risk</source>
        <translation>Gefährdeter Umsatz</translation>
    </message>
    <message>
        <source>Client (controller)</source>
        <translation>Auftraggeber (Verantwortlicher)</translation>
    </message>
    <message>
        <source>Opt-outs honoured</source>
        <translation>Berücksichtigte Widersprüche</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Aufbewahrung</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <source>The KPIs were not gathered for this report.</source>
        <translation>Die KPIs wurden für diesen Bericht nicht erhoben.</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Ausgangswert</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Jetzt</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Veränderung</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <source>No KPI computed.</source>
        <translation>Keine KPI berechnet.</translation>
    </message>
    <message>
        <source>How each figure is computed:</source>
        <translation>So wird jede Zahl berechnet:</translation>
    </message>
    <message>
        <source>Not shown, and why:</source>
        <translation>Nicht gezeigt, und warum:</translation>
    </message>
    <message>
        <source>Calibration: not measured.</source>
        <translation>Kalibrierung: nicht gemessen.</translation>
    </message>
    <message>
        <source>Held-out measure</source>
        <translation>Maß auf zurückgehaltenen Daten</translation>
    </message>
    <message>
        <source>Purchase propensity</source>
        <translation>Kaufneigung</translation>
    </message>
    <message>
        <source>Model kept</source>
        <translation>Beibehaltenes Modell</translation>
    </message>
    <message>
        <source>Baselines (ROC AUC)</source>
        <translation>Vergleichsmodelle (ROC AUC)</translation>
    </message>
    <message>
        <source>No purchase-propensity model (no dated purchases to learn from).</source>
        <translation>Kein Kaufneigungsmodell (keine datierten Käufe, aus denen es lernen könnte).</translation>
    </message>
    <message>
        <source>{0} (every {1} days), or earlier when the drift check reports a shift</source>
        <translation>{0} (alle {1} Tage) oder früher, wenn die Drift-Prüfung eine Verschiebung meldet</translation>
    </message>
    <message>
        <source>Churn model kept</source>
        <translation>Beibehaltenes Abwanderungsmodell</translation>
    </message>
    <message>
        <source>Trained</source>
        <translation>Trainiert</translation>
    </message>
    <message>
        <source>churn within {0} days, from {1}</source>
        <translation>Abwanderung innerhalb von {0} Tagen, ab {1}</translation>
    </message>
    <message>
        <source>churn as marked by {0}; the label has no time window</source>
        <translation>Abwanderung wie markiert durch {0}; die Kennzeichnung hat kein Zeitfenster</translation>
    </message>
    <message>
        <source>Validation</source>
        <translation>Validierung</translation>
    </message>
    <message>
        <source>Quality on held-out customers the model never saw, next to the baselines it had to beat (in brackets: the range that holds the measure in 95 % of resamples of those customers):</source>
        <translation>Qualität an zurückgehaltenen Kunden, die das Modell nie gesehen hat, neben den Vergleichsmodellen, die es schlagen musste (in Klammern: die Spanne, in der das Maß in 95 % der Stichproben aus diesen Kunden liegt):</translation>
    </message>
    <message>
        <source>What drives churn risk:</source>
        <translation>Was das Abwanderungsrisiko beeinflusst:</translation>
    </message>
    <message>
        <source>No single driver stands out.</source>
        <translation>Kein einzelner Einflussfaktor sticht heraus.</translation>
    </message>
    <message>
        <source>Warnings and notes:</source>
        <translation>Warnungen und Hinweise:</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Keine.</translation>
    </message>
    <message>
        <source>Drift reference</source>
        <translation>Drift-Referenz</translation>
    </message>
    <message>
        <source>customers as of {0}</source>
        <translation>Kunden zum Stand {0}</translation>
    </message>
    <message>
        <source>Retrain by</source>
        <translation>Neu trainieren bis</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>Churn risk</source>
        <translation>Abwanderungsrisiko</translation>
    </message>
    <message>
        <source>Expected churners</source>
        <translation>Erwartete Abwanderer</translation>
    </message>
    <message>
        <source>No segment reaches the minimum size.</source>
        <translation>Kein Segment erreicht die Mindestgröße.</translation>
    </message>
    <message>
        <source>What sets each segment apart, and what to do:</source>
        <translation>Was jedes Segment auszeichnet und was zu tun ist:</translation>
    </message>
    <message>
        <source>Week of</source>
        <translation>Woche ab</translation>
    </message>
    <message>
        <source>Expected tickets</source>
        <translation>Erwartete Tickets</translation>
    </message>
    <message>
        <source>Range ({0:.0%})</source>
        <translation>Bereich ({0:.0%})</translation>
    </message>
    <message>
        <source>kept only in a separately keyed identity table, never used for analysis</source>
        <translation>nur in einer separat verschlüsselten Identitätstabelle aufbewahrt, nie für die Analyse verwendet</translation>
    </message>
    <message>
        <source>dropped at import and not stored</source>
        <translation>beim Import verworfen und nicht gespeichert</translation>
    </message>
    <message>
        <source>Processing log</source>
        <translation>Verarbeitungsprotokoll</translation>
    </message>
    <message>
        <source>Minimum segment size</source>
        <translation>Mindestgröße eines Segments</translation>
    </message>
    <message>
        <source>{0} customers: no figure in this report describes fewer</source>
        <translation>{0} Kunden: Keine Zahl in diesem Bericht beschreibt weniger</translation>
    </message>
    <message>
        <source>Direct identifiers</source>
        <translation>Direkte Identifikatoren</translation>
    </message>
    <message>
        <source>All processing ran offline on this computer; no data was uploaded or shared.</source>
        <translation>Die gesamte Verarbeitung lief offline auf diesem Computer; es wurden keine Daten hochgeladen oder weitergegeben.</translation>
    </message>
    <message>
        <source>Customer IDs were replaced by encrypted IDs at import; opted-out customers were removed.</source>
        <translation>Kunden-IDs wurden beim Import durch verschlüsselte IDs ersetzt; Kunden mit Widerspruch wurden entfernt.</translation>
    </message>
    <message>
        <source>Predictions are meant to offer customers help; a person decides on every action.</source>
        <translation>Vorhersagen sollen dazu dienen, Kunden Hilfe anzubieten; über jede Maßnahme entscheidet ein Mensch.</translation>
    </message>
    <message>
        <source>No population table is available, so the dataset itself is taken as the population: journalist risk equals prosecutor risk.</source>
        <translation>Es ist keine Populationstabelle verfügbar, daher wird der Datensatz selbst als Population angenommen: Das Journalist-Risiko entspricht dem Prosecutor-Risiko.</translation>
    </message>
    <message>
        <source>Marketer risk is the expected share of records re-identified when every record is attacked; it equals the average prosecutor risk.</source>
        <translation>Das Marketer-Risiko ist der erwartete Anteil re-identifizierter Datensätze, wenn jeder Datensatz angegriffen wird; es entspricht dem durchschnittlichen Prosecutor-Risiko.</translation>
    </message>
    <message>
        <source>No customer records are stored, so no one can be re-identified from them.</source>
        <translation>Es sind keine Kundendatensätze gespeichert, daher kann niemand anhand von ihnen re-identifiziert werden.</translation>
    </message>
    <message>
        <source>No quasi-identifiers remain in the stored customer table: all {0} customers look alike on what an attacker could know. Re-identification risk is low.</source>
        <translation>In der gespeicherten Kundentabelle verbleiben keine Quasi-Identifikatoren: Alle {0} Kunden sehen in dem, was ein Angreifer wissen könnte, gleich aus. Das Re-Identifizierungsrisiko ist niedrig.</translation>
    </message>
    <message>
        <source>On {0}: {1} of {2} customers ({3:.1%}) are unique and {4} ({5:.1%}) are in groups smaller than k = {6}. Re-identification risk is low.</source>
        <translation>Anhand von {0}: {1} von {2} Kunden ({3:.1%}) sind eindeutig und {4} ({5:.1%}) sind in Gruppen kleiner als k = {6}. Das Re-Identifizierungsrisiko ist niedrig.</translation>
    </message>
    <message>
        <source>On {0}: {1} of {2} customers ({3:.1%}) are unique and {4} ({5:.1%}) are in groups smaller than k = {6}. Re-identification risk is medium.</source>
        <translation>Anhand von {0}: {1} von {2} Kunden ({3:.1%}) sind eindeutig und {4} ({5:.1%}) sind in Gruppen kleiner als k = {6}. Das Re-Identifizierungsrisiko ist mittel.</translation>
    </message>
    <message>
        <source>On {0}: {1} of {2} customers ({3:.1%}) are unique and {4} ({5:.1%}) are in groups smaller than k = {6}. Re-identification risk is high.</source>
        <translation>Anhand von {0}: {1} von {2} Kunden ({3:.1%}) sind eindeutig und {4} ({5:.1%}) sind in Gruppen kleiner als k = {6}. Das Re-Identifizierungsrisiko ist hoch.</translation>
    </message>
    <message>
        <source>generalise &apos;{0}&apos; to its first two digits</source>
        <translation>&apos;{0}&apos; auf die ersten zwei Ziffern verallgemeinern</translation>
    </message>
    <message>
        <source>band &apos;{0}&apos; into 10-year groups, or drop the birth date</source>
        <translation>&apos;{0}&apos; in 10-Jahres-Gruppen einteilen oder das Geburtsdatum entfernen</translation>
    </message>
    <message>
        <source>drop &apos;{0}&apos; or band it into 10-year groups</source>
        <translation>&apos;{0}&apos; entfernen oder in 10-Jahres-Gruppen einteilen</translation>
    </message>
    <message>
        <source>generalise &apos;{0}&apos; to region or country, or drop it</source>
        <translation>&apos;{0}&apos; auf Region oder Land verallgemeinern oder entfernen</translation>
    </message>
    <message>
        <source>band &apos;{0}&apos; into a few ranges, or drop it</source>
        <translation>&apos;{0}&apos; in wenige Bereiche einteilen oder entfernen</translation>
    </message>
    <message>
        <source>merge values of &apos;{0}&apos; held by fewer than {1} customers into &apos;Other&apos;, or drop it</source>
        <translation>Werte von &apos;{0}&apos;, die weniger als {1} Kunden haben, zu &apos;Sonstige&apos; zusammenfassen oder die Spalte entfernen</translation>
    </message>
    <message>
        <source>{0} entry</source>
        <translation>{0} Eintrag</translation>
    </message>
    <message>
        <source>{0} entries</source>
        <translation>{0} Einträge</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Reports</source>
        <translation>Berichte</translation>
    </message>
    <message>
        <source>Save a report</source>
        <translation>Bericht speichern</translation>
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
        <translation>&amp;Pilotbericht speichern…</translation>
    </message>
    <message>
        <source>Key figures, model quality, segment findings and a privacy summary for the client; aggregates only</source>
        <translation>Kennzahlen, Modellqualität, Erkenntnisse zu den Segmenten und eine Datenschutzzusammenfassung für den Kunden; nur aggregierte Daten</translation>
    </message>
    <message>
        <source>Save the &amp;Art. 30 record…</source>
        <translation>&amp;Verzeichnis nach Art. 30 speichern…</translation>
    </message>
    <message>
        <source>The record of processing activities (GDPR Art. 30) for the data-protection officer</source>
        <translation>Das Verzeichnis von Verarbeitungstätigkeiten (Art. 30 DSGVO) für den Datenschutzbeauftragten</translation>
    </message>
    <message>
        <source>Pilot report: headline figures</source>
        <translation>Pilotbericht: wichtigste Kennzahlen</translation>
    </message>
    <message>
        <source>Customers analysed:</source>
        <translation>Analysierte Kunden:</translation>
    </message>
    <message>
        <source>Data period:</source>
        <translation>Datenzeitraum:</translation>
    </message>
    <message>
        <source>Predicted churn:</source>
        <translation>Vorhergesagte Abwanderung:</translation>
    </message>
    <message>
        <source>Revenue at risk:</source>
        <translation>Gefährdeter Umsatz:</translation>
    </message>
    <message>
        <source>Churn model quality:</source>
        <translation>Qualität des Abwanderungsmodells:</translation>
    </message>
    <message>
        <source>Segments:</source>
        <translation>Segmente:</translation>
    </message>
    <message>
        <source>Opt-outs honoured:</source>
        <translation>Berücksichtigte Widersprüche:</translation>
    </message>
    <message>
        <source>Retention:</source>
        <translation>Aufbewahrung:</translation>
    </message>
    <message>
        <source>Processing log:</source>
        <translation>Verarbeitungsprotokoll:</translation>
    </message>
    <message>
        <source>Re-identification risk of the stored customers</source>
        <translation>Re-Identifizierungsrisiko der gespeicherten Kunden</translation>
    </message>
    <message>
        <source>Risk level</source>
        <translation>Risikostufe</translation>
    </message>
    <message>
        <source>Risk summary</source>
        <translation>Risikozusammenfassung</translation>
    </message>
    <message>
        <source>How to lower the risk</source>
        <translation>So senken Sie das Risiko</translation>
    </message>
    <message>
        <source>Handover</source>
        <translation>Übergabe</translation>
    </message>
    <message>
        <source>Save &amp;handover bundle…</source>
        <translation>Übergabepa&amp;ket speichern…</translation>
    </message>
    <message>
        <source>Model card, segments, forecast, reports and the processing log in one ZIP file the client may keep; no personal data</source>
        <translation>Modellkarte, Segmente, Prognose, Berichte und das Verarbeitungsprotokoll in einer ZIP-Datei, die der Kunde behalten darf; keine personenbezogenen Daten</translation>
    </message>
    <message>
        <source>C&amp;lose the pilot…</source>
        <translation>Pilotprojekt a&amp;bschließen…</translation>
    </message>
    <message>
        <source>Erase all data of this pilot for good; only the handover bundle and the processing log remain</source>
        <translation>Alle Daten dieses Pilotprojekts endgültig löschen; nur das Übergabepaket und das Verarbeitungsprotokoll bleiben</translation>
    </message>
    <message>
        <source>Reading the report figures</source>
        <translation>Kennzahlen für den Bericht werden gelesen</translation>
    </message>
    <message>
        <source>Save the pilot report</source>
        <translation>Pilotbericht speichern</translation>
    </message>
    <message>
        <source>Saved the pilot report to {0}. It holds aggregates only and can be handed to the client.</source>
        <translation>Pilotbericht unter {0} gespeichert. Er enthält nur aggregierte Daten und kann dem Kunden übergeben werden.</translation>
    </message>
    <message>
        <source>The record was not saved: it needs the controller details first.</source>
        <translation>Das Verzeichnis wurde nicht gespeichert: Zuerst werden die Angaben zum Verantwortlichen benötigt.</translation>
    </message>
    <message>
        <source>Saving the record&apos;s details</source>
        <translation>Angaben für das Verzeichnis werden gespeichert</translation>
    </message>
    <message>
        <source>The controller details were saved in the project&apos;s settings (logged).</source>
        <translation>Die Angaben zum Verantwortlichen wurden in den Projekteinstellungen gespeichert (protokolliert).</translation>
    </message>
    <message>
        <source>Save the record of processing activities</source>
        <translation>Verzeichnis von Verarbeitungstätigkeiten speichern</translation>
    </message>
    <message>
        <source>Saved the record of processing activities to {0}.</source>
        <translation>Verzeichnis von Verarbeitungstätigkeiten unter {0} gespeichert.</translation>
    </message>
    <message>
        <source>Save the handover bundle</source>
        <translation>Übergabepaket speichern</translation>
    </message>
    <message>
        <source>ZIP archives (*.zip)</source>
        <translation>ZIP-Archive (*.zip)</translation>
    </message>
    <message>
        <source>Save a handover bundle first: closing the pilot keeps only that bundle and the processing log.</source>
        <translation>Speichern Sie zuerst ein Übergabepaket: Nach dem Abschluss des Pilotprojekts bleiben nur dieses Paket und das Verarbeitungsprotokoll.</translation>
    </message>
    <message>
        <source>This erases ALL data of this pilot for good: customers, events, scores, identities, the opt-out register and the models. Only the processing log and the handover bundle {0} remain. This cannot be undone. Close the pilot now?</source>
        <translation>Dadurch werden ALLE Daten dieses Pilotprojekts endgültig gelöscht: Kunden, Ereignisse, Risikowerte, Identitäten, das Widerspruchsregister und die Modelle. Nur das Verarbeitungsprotokoll und das Übergabepaket {0} bleiben erhalten. Dies kann nicht rückgängig gemacht werden. Pilotprojekt jetzt abschließen?</translation>
    </message>
    <message>
        <source>Closing the pilot</source>
        <translation>Pilotprojekt wird abgeschlossen</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message>
        <source>HTML pages (*.html)</source>
        <translation>HTML-Seiten (*.html)</translation>
    </message>
    <message>
        <source>Writing {0}</source>
        <translation>{0} wird geschrieben</translation>
    </message>
    <message>
        <source>Saved the handover bundle to {0}. It holds no personal data: the client may keep it after the pilot is closed.</source>
        <translation>Übergabepaket unter {0} gespeichert. Es enthält keine personenbezogenen Daten: Der Kunde darf es nach dem Abschluss des Pilotprojekts behalten.</translation>
    </message>
    <message>
        <source>The pilot is closed: all its data was erased and the keys of its files destroyed. Keep the handover bundle; the project now holds only the processing log.</source>
        <translation>Das Pilotprojekt ist abgeschlossen: Alle seine Daten wurden gelöscht und die Schlüssel seiner Dateien vernichtet. Bewahren Sie das Übergabepaket auf; das Projekt enthält jetzt nur noch das Verarbeitungsprotokoll.</translation>
    </message>
    <message>
        <source>This pilot was closed on {0}: {1} rows and the models were erased for good, so there is no pilot report or handover bundle to make any more (the client keeps the bundle saved before closing). The processing log (entries: {2}) remains, and the Art. 30 record above can still be saved from it.</source>
        <translation>Dieses Pilotprojekt wurde am {0} abgeschlossen: {1} Zeilen und die Modelle wurden endgültig gelöscht, daher können kein Pilotbericht und kein Übergabepaket mehr erstellt werden (der Kunde behält das vor dem Abschluss gespeicherte Paket). Das Verarbeitungsprotokoll (Einträge: {2}) bleibt erhalten, und das Verzeichnis nach Art. 30 oben kann weiterhin daraus gespeichert werden.</translation>
    </message>
    <message>
        <source>{0} customers in the register, excluded from every analysis</source>
        <translation>{0} Kunden im Register, von jeder Analyse ausgeschlossen</translation>
    </message>
    <message>
        <source>cleanup due</source>
        <translation>Löschung fällig</translation>
    </message>
    <message>
        <source>up to date</source>
        <translation>nichts fällig</translation>
    </message>
    <message>
        <source>verified, {0} entries</source>
        <translation>verifiziert, {0} Einträge</translation>
    </message>
    <message>
        <source>DOES NOT VERIFY: {0}</source>
        <translation>NICHT VERIFIZIERBAR: {0}</translation>
    </message>
    <message>
        <source>No model trained yet: train the models first; the pilot report then carries predictions and segments.</source>
        <translation>Noch kein Modell trainiert: Trainieren Sie zuerst die Modelle; der Pilotbericht enthält dann Vorhersagen und Segmente.</translation>
    </message>
    <message>
        <source>{0} to {1}</source>
        <translation>{0} bis {1}</translation>
    </message>
    <message>
        <source>ROC AUC {0:.3f} on held-out data ({1})</source>
        <translation>ROC AUC {0:.3f} auf zurückgehaltenen Daten ({1})</translation>
    </message>
    <message>
        <source>{0} segments of at least {1} customers</source>
        <translation>{0} Segmente mit mindestens {1} Kunden</translation>
    </message>
    <message>
        <source>{0} current customers</source>
        <translation>{0} aktuelle Kunden</translation>
    </message>
    <message>
        <source>{0:.1%} in the next {1} days, about {2:.0f} customers</source>
        <translation>{0:.1%} in den nächsten {1} Tagen, etwa {2:.0f} Kunden</translation>
    </message>
    <message>
        <source>{0:.1%} as the churn label defines it, about {1:.0f} customers</source>
        <translation>{0:.1%} gemäß der Abwanderungskennzeichnung, etwa {1:.0f} Kunden</translation>
    </message>
    <message>
        <source>low</source>
        <translation>niedrig</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>mittel</translation>
    </message>
    <message>
        <source>high</source>
        <translation>hoch</translation>
    </message>
    <message>
        <source>Risk level: {0}</source>
        <translation>Risikostufe: {0}</translation>
    </message>
    <message>
        <source>To lower it:</source>
        <translation>So senken Sie es:</translation>
    </message>
</context>
<context>
    <name>RequestsTab</name>
    <message>
        <source>Type the customer ID exactly as it appears in the CRM export. An access report holds everything kept about the person, readable: save it outside the project folder and hand it over securely. An erasure deletes the person&apos;s data everywhere, for good.</source>
        <translation>Geben Sie die Kunden-ID genau so ein, wie sie im CRM-Export steht. Eine Auskunft enthält alles, was über die Person gespeichert ist, in lesbarer Form: Speichern Sie sie außerhalb des Projektordners und übergeben Sie sie auf sicherem Weg. Eine Löschung entfernt die Daten der Person überall und endgültig.</translation>
    </message>
    <message>
        <source>Customer ID</source>
        <translation>Kunden-ID</translation>
    </message>
    <message>
        <source>Customer &amp;ID:</source>
        <translation>&amp;Kunden-ID:</translation>
    </message>
    <message>
        <source>&amp;Access report…</source>
        <translation>Auskunft &amp;erteilen…</translation>
    </message>
    <message>
        <source>&amp;Erase…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <source>Type the customer ID first.</source>
        <translation>Geben Sie zuerst die Kunden-ID ein.</translation>
    </message>
    <message>
        <source>Save the access report (outside the project folder)</source>
        <translation>Auskunft speichern (außerhalb des Projektordners)</translation>
    </message>
    <message>
        <source>Web page (*.html)</source>
        <translation>Webseite (*.html)</translation>
    </message>
    <message>
        <source>Preparing the access report</source>
        <translation>Auskunft wird vorbereitet</translation>
    </message>
    <message>
        <source>Wrote everything held about this person ({0} records in {1} tables) to {2}. The file is readable personal data: hand it over securely and delete your copy.</source>
        <translation>Alles, was über diese Person gespeichert ist ({0} Datensätze in {1} Tabellen), wurde nach {2} geschrieben. Die Datei enthält lesbare personenbezogene Daten: Übergeben Sie sie auf sicherem Weg und löschen Sie Ihre Kopie.</translation>
    </message>
    <message>
        <source>No data is held about this person: they were erased on request; only their encrypted ID is kept, so that no import brings them back. The report saying so is in {0}.</source>
        <translation>Über diese Person sind keine Daten gespeichert: Sie wurde auf Antrag gelöscht; nur ihre verschlüsselte ID wird aufbewahrt, damit kein Import sie zurückbringt. Die Auskunft darüber liegt in {0}.</translation>
    </message>
    <message>
        <source>No data is held about this person: they objected; only their encrypted ID is kept on the opt-out register. The report saying so is in {0}.</source>
        <translation>Über diese Person sind keine Daten gespeichert: Sie hat widersprochen; nur ihre verschlüsselte ID steht im Widerspruchsregister. Die Auskunft darüber liegt in {0}.</translation>
    </message>
    <message>
        <source>No records are held about this person. The report saying so is in {0}.</source>
        <translation>Über diese Person sind keine Datensätze gespeichert. Die Auskunft darüber liegt in {0}.</translation>
    </message>
    <message>
        <source>Finding this person&apos;s data</source>
        <translation>Daten dieser Person werden gesucht</translation>
    </message>
    <message>
        <source>Erase this person&apos;s data everywhere, for good? {0} rows in {1} tables are deleted and cannot be recovered; only their encrypted ID is kept, so that no later import brings them back.</source>
        <translation>Die Daten dieser Person überall endgültig löschen? {0} Zeilen in {1} Tabellen werden gelöscht und können nicht wiederhergestellt werden; nur ihre verschlüsselte ID wird aufbewahrt, damit kein späterer Import sie zurückbringt.</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Erased everywhere: {0} rows deleted; future imports will leave this person out. Log entry {1}.</source>
        <translation>Überall gelöscht: {0} Zeilen entfernt; künftige Importe lassen diese Person aus. Protokolleintrag {1}.</translation>
    </message>
</context>
<context>
    <name>RetentionTab</name>
    <message>
        <source>Customers</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <source>Transactions</source>
        <translation>Transaktionen</translation>
    </message>
    <message>
        <source>Interactions</source>
        <translation>Interaktionen</translation>
    </message>
    <message>
        <source>Usage</source>
        <translation>Nutzung</translation>
    </message>
    <message>
        <source>Encrypted IDs</source>
        <translation>Verschlüsselte IDs</translation>
    </message>
    <message>
        <source>Scores</source>
        <translation>Scores</translation>
    </message>
    <message>
        <source>Identities</source>
        <translation>Identitäten</translation>
    </message>
    <message>
        <source>E-mail index</source>
        <translation>E-Mail-Index</translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation>Letzte Aktivität</translation>
    </message>
    <message>
        <source>Campaign members</source>
        <translation>Kampagnenmitglieder</translation>
    </message>
    <message>
        <source>Campaign contact outcomes</source>
        <translation>Kontaktergebnisse der Kampagnen</translation>
    </message>
    <message>
        <source>Retention status</source>
        <translation>Aufbewahrungsstatus</translation>
    </message>
    <message>
        <source>Sa&amp;ve policies</source>
        <translation>Regeln &amp;speichern</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabelle</translation>
    </message>
    <message>
        <source>Limit (months)</source>
        <translation>Frist (Monate)</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Vorhanden</translation>
    </message>
    <message>
        <source>Counted in</source>
        <translation>Gezählt in</translation>
    </message>
    <message>
        <source>Past the limit</source>
        <translation>Frist überschritten</translation>
    </message>
    <message>
        <source>Expiring in the next 12 months</source>
        <translation>Läuft in den nächsten 12 Monaten ab</translation>
    </message>
    <message>
        <source>Next expiries</source>
        <translation>Nächste Fristabläufe</translation>
    </message>
    <message>
        <source>Undated (kept)</source>
        <translation>Ohne Datum (behalten)</translation>
    </message>
    <message>
        <source>Expiring later</source>
        <translation>Läuft später ab</translation>
    </message>
    <message>
        <source>Each customer or row held is counted once: past the limit, expiring in the next 12 months, expiring later, or undated. Undated ones stay, because nothing says when they expire.</source>
        <translation>Jeder gespeicherte Kunde bzw. jede gespeicherte Zeile wird einmal gezählt: Frist überschritten, läuft in den nächsten 12 Monaten ab, läuft später ab oder ohne Datum. Einträge ohne Datum bleiben erhalten, weil nichts angibt, wann sie ablaufen.</translation>
    </message>
    <message>
        <source>Retention deadlines</source>
        <translation>Aufbewahrungsfristen</translation>
    </message>
    <message>
        <source>&amp;Dry run</source>
        <translation>Probe&amp;lauf</translation>
    </message>
    <message>
        <source>C&amp;lean up…</source>
        <translation>Berei&amp;nigen…</translation>
    </message>
    <message>
        <source>Deadlines</source>
        <translation>Fristen</translation>
    </message>
    <message>
        <source>C&amp;ustomers:</source>
        <translation>&amp;Kunden:</translation>
    </message>
    <message>
        <source>&amp;Transactions:</source>
        <translation>&amp;Transaktionen:</translation>
    </message>
    <message>
        <source>&amp;Interactions:</source>
        <translation>&amp;Interaktionen:</translation>
    </message>
    <message>
        <source>U&amp;sage:</source>
        <translation>Nut&amp;zung:</translation>
    </message>
    <message>
        <source>Ca&amp;mpaign members:</source>
        <translation>Kampagnen&amp;mitglieder:</translation>
    </message>
    <message>
        <source>Policies</source>
        <translation>Regeln</translation>
    </message>
    <message>
        <source>Keep for</source>
        <translation>Aufbewahren für</translation>
    </message>
    <message>
        <source>Why this period</source>
        <translation>Begründung der Frist</translation>
    </message>
    <message>
        <source> months</source>
        <translation> Monate</translation>
    </message>
    <message>
        <source>{0}: months kept</source>
        <translation>{0}: Aufbewahrung in Monaten</translation>
    </message>
    <message>
        <source>{0}: why this period</source>
        <translation>{0}: Begründung der Frist</translation>
    </message>
    <message>
        <source>Reading retention deadlines</source>
        <translation>Aufbewahrungsfristen werden gelesen</translation>
    </message>
    <message>
        <source>customers</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <source>rows</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <source>{0}: {1} {2}</source>
        <translation>{0}: {1} {2}</translation>
    </message>
    <message>
        <source>Cleanup overdue: {0} past the retention limit. Run a dry run to see what would go, then clean up.</source>
        <translation>Bereinigung überfällig: {0} über der Aufbewahrungsfrist. Führen Sie einen Probelauf durch, um zu sehen, was gelöscht würde, und bereinigen Sie dann.</translation>
    </message>
    <message>
        <source>Nothing is past its retention limit (as of {0}).</source>
        <translation>Nichts hat seine Aufbewahrungsfrist überschritten (Stand {0}).</translation>
    </message>
    <message>
        <source>No policy was changed.</source>
        <translation>Es wurde keine Regel geändert.</translation>
    </message>
    <message>
        <source>Saving retention policies</source>
        <translation>Aufbewahrungsregeln werden gespeichert</translation>
    </message>
    <message>
        <source>Retention for {0}: {1} months ({2}).</source>
        <translation>Aufbewahrung für {0}: {1} Monate ({2}).</translation>
    </message>
    <message>
        <source>Working out what has expired</source>
        <translation>Abgelaufene Daten werden ermittelt</translation>
    </message>
    <message>
        <source>Nothing has passed its retention limit: a cleanup would delete nothing.</source>
        <translation>Nichts hat seine Aufbewahrungsfrist überschritten: Eine Bereinigung würde nichts löschen.</translation>
    </message>
    <message>
        <source>Dry run — nothing deleted. A cleanup on {0} would delete {1}; {2} customers are past the customers limit; {3} encrypted IDs would no longer be needed.</source>
        <translation>Probelauf – nichts gelöscht. Eine Bereinigung am {0} würde {1} löschen; {2} Kunden haben die Frist für Kunden überschritten; {3} verschlüsselte IDs würden nicht mehr benötigt.</translation>
    </message>
    <message>
        <source>{0}: {1} rows</source>
        <translation>{0}: {1} Zeilen</translation>
    </message>
    <message>
        <source>Delete for good: {0}? The replaced files&apos; keys are destroyed, so this cannot be undone.</source>
        <translation>Endgültig löschen: {0}? Die Schlüssel der ersetzten Dateien werden vernichtet, daher kann dies nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>Clean up</source>
        <translation>Bereinigen</translation>
    </message>
    <message>
        <source>Cleanup done: deleted {0}; the replaced files&apos; keys are destroyed. Log entry {1}.</source>
        <translation>Bereinigung abgeschlossen: {0} gelöscht; die Schlüssel der ersetzten Dateien sind vernichtet. Protokolleintrag {1}.</translation>
    </message>
</context>
<context>
    <name>SegmentsPage</name>
    <message>
        <source>Churn risk (%)</source>
        <translation>Abwanderungsrisiko (%)</translation>
    </message>
    <message>
        <source>Expected churners</source>
        <translation>Erwartete Abwanderer</translation>
    </message>
    <message>
        <source>Revenue at risk</source>
        <translation>Gefährdeter Umsatz</translation>
    </message>
    <message>
        <source>Purchase propensity (%)</source>
        <translation>Kaufneigung (%)</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <source>Forecast support tickets</source>
        <translation>Prognostizierte Support-Tickets</translation>
    </message>
    <message>
        <source>Expected purchases</source>
        <translation>Erwartete Käufe</translation>
    </message>
    <message>
        <source>There are no segments left to show or act on.</source>
        <translation>Es sind keine Segmente mehr vorhanden, die angezeigt oder bearbeitet werden könnten.</translation>
    </message>
    <message>
        <source>Segments</source>
        <translation>Segmente</translation>
    </message>
    <message>
        <source>Go to &amp;Models</source>
        <translation>Zu den &amp;Modellen wechseln</translation>
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
        <translation>Abwanderungsrisiko</translation>
    </message>
    <message>
        <source>Purchase propensity</source>
        <translation>Kaufneigung</translation>
    </message>
    <message>
        <source>Forecast tickets</source>
        <translation>Prognostizierte Tickets</translation>
    </message>
    <message>
        <source>C&amp;hart:</source>
        <translation>D&amp;iagramm:</translation>
    </message>
    <message>
        <source>Segments chart</source>
        <translation>Segmentdiagramm</translation>
    </message>
    <message>
        <source>Selected segment</source>
        <translation>Ausgewähltes Segment</translation>
    </message>
    <message>
        <source>&amp;Start campaign…</source>
        <translation>Kampagne &amp;starten…</translation>
    </message>
    <message>
        <source>Act on this segment with a random control group held back, so that what the action changed can be measured</source>
        <translation>Bei diesem Segment handeln und eine zufällige Kontrollgruppe zurückhalten, damit gemessen werden kann, was die Maßnahme bewirkt hat</translation>
    </message>
    <message>
        <source>E&amp;xport segments…</source>
        <translation>Segmente e&amp;xportieren…</translation>
    </message>
    <message>
        <source>Save every segment with its figures, reason and suggested action as an Excel workbook or CSV file</source>
        <translation>Jedes Segment mit seinen Kennzahlen, seiner Begründung und der vorgeschlagenen Maßnahme als Excel-Arbeitsmappe oder CSV-Datei speichern</translation>
    </message>
    <message>
        <source>Export segments</source>
        <translation>Segmente exportieren</translation>
    </message>
    <message>
        <source>segments</source>
        <translation>segmente</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
        <translation>Excel-Arbeitsmappe (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <source>Exporting the segments</source>
        <translation>Segmente werden exportiert</translation>
    </message>
    <message>
        <source>Saved {0}.</source>
        <translation>{0} gespeichert.</translation>
    </message>
    <message>
        <source>{0} segments from the models trained {1}. Segments smaller than {2} customers are never shown.</source>
        <translation>{0} Segmente aus den am {1} trainierten Modellen. Segmente mit weniger als {2} Kunden werden nie angezeigt.</translation>
    </message>
    <message>
        <source>Revenue at risk = churn risk × {0}, in {1}.</source>
        <translation>Gefährdeter Umsatz = Abwanderungsrisiko × {0}, in {1}.</translation>
    </message>
    <message>
        <source>No revenue at risk: it needs what each customer is worth (spend, a fee, a balance or an order value), and this project has none that Prevista recognised. Choose the customer value column in Settings, then train again.</source>
        <translation>Kein gefährdeter Umsatz: Dafür wird benötigt, was jeder Kunde wert ist (Ausgaben, eine Gebühr, ein Guthaben oder ein Bestellwert), und dieses Projekt enthält nichts davon, was Prevista erkannt hat. Wählen Sie in den Einstellungen die Spalte für den Kundenwert und trainieren Sie dann erneut.</translation>
    </message>
    <message>
        <source>likely still buying {0}, about {1} purchases expected from their buying pattern</source>
        <translation>wahrscheinlich noch kaufend {0}, etwa {1} Käufe aufgrund ihres Kaufverhaltens erwartet</translation>
    </message>
    <message>
        <source>Best time to reach: {0}, {1}–{2} h{3} ({4} of their contacts)</source>
        <translation>Beste Zeit für eine Kontaktaufnahme: {0}, {1}–{2} Uhr{3} ({4} ihrer Kontakte)</translation>
    </message>
    <message>
        <source>Buys most: {0}, {1}–{2} h{3} ({4} of their purchases)</source>
        <translation>Meiste Käufe: {0}, {1}–{2} Uhr{3} ({4} ihrer Käufe)</translation>
    </message>
    <message>
        <source>#{0}</source>
        <translation>#{0}</translation>
    </message>
    <message>
        <source>No segments yet. Train a model first: the segments, their risks and the recommended actions appear here once it exists.</source>
        <translation>Noch keine Segmente. Trainieren Sie zuerst ein Modell: Die Segmente, ihre Risiken und die empfohlenen Maßnahmen erscheinen hier, sobald es existiert.</translation>
    </message>
    <message>
        <source>Likely still buying (%)</source>
        <translation>Wahrscheinlich noch kaufend (%)</translation>
    </message>
    <message>
        <source>No segment has at least {0} customers, so none can be shown. Lower the smallest segment size in Settings or import more customers, then retrain.</source>
        <translation>Kein Segment hat mindestens {0} Kunden, daher kann keines angezeigt werden. Verringern Sie die kleinste Segmentgröße in den Einstellungen oder importieren Sie mehr Kunden und trainieren Sie dann neu.</translation>
    </message>
    <message>
        <source>Retrain recommended: these segments were computed from data that includes people since excluded (opt-out, erasure or retention cleanup). Their figures are recounted without them; train again on the Models page for new segments.</source>
        <translation>Neutraining empfohlen: Diese Segmente wurden aus Daten berechnet, die inzwischen ausgeschlossene Personen enthalten (Widerspruch, Löschung oder Aufbewahrungsbereinigung). Ihre Zahlen sind ohne sie neu gezählt; trainieren Sie auf der Seite Modelle erneut, um neue Segmente zu erhalten.</translation>
    </message>
    <message>
        <source>Revenue at risk = churn risk × {0}.</source>
        <translation>Gefährdeter Umsatz = Abwanderungsrisiko × {0}.</translation>
    </message>
    <message>
        <source>Forecast tickets: each segment&apos;s share of the support tickets expected in the next {0} weeks.</source>
        <translation>Prognostizierte Tickets: Anteil jedes Segments an den Support-Tickets, die in den nächsten {0} Wochen erwartet werden.</translation>
    </message>
    <message>
        <source>Ticket forecast not available: {0}</source>
        <translation>Ticketprognose nicht verfügbar: {0}</translation>
    </message>
    <message>
        <source>#{0} {1}</source>
        <translation>#{0} {1}</translation>
    </message>
    <message>
        <source>{0} customers</source>
        <translation>{0} Kunden</translation>
    </message>
    <message>
        <source>churn risk {0}</source>
        <translation>Abwanderungsrisiko {0}</translation>
    </message>
    <message>
        <source>expected churners {0}</source>
        <translation>erwartete Abwanderer {0}</translation>
    </message>
    <message>
        <source>revenue at risk {0}</source>
        <translation>gefährdeter Umsatz {0}</translation>
    </message>
    <message>
        <source>purchase propensity {0}</source>
        <translation>Kaufneigung {0}</translation>
    </message>
    <message>
        <source>What sets it apart:</source>
        <translation>Was es auszeichnet:</translation>
    </message>
    <message>
        <source>Recommended action: {0} (because {1}).</source>
        <translation>Empfohlene Maßnahme: {0} (weil {1}).</translation>
    </message>
    <message>
        <source>What drives churn across all customers:</source>
        <translation>Was die Abwanderung über alle Kunden hinweg treibt:</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>Unlocking</source>
        <translation>Wird entsperrt</translation>
    </message>
    <message>
        <source>Creating the project</source>
        <translation>Projekt wird angelegt</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>Customer analytics: predicting churn, purchases and support load to offer customers timely help</source>
        <translation>Kundenanalyse: Vorhersage von Abwanderung, Käufen und Supportaufkommen, um Kunden rechtzeitig Hilfe anzubieten</translation>
    </message>
    <message>
        <source>None — processing is local and offline; no data is disclosed to anyone</source>
        <translation>Keine — die Verarbeitung erfolgt lokal und offline; es werden keinerlei Daten offengelegt</translation>
    </message>
    <message>
        <source>None — the data never leaves this computer</source>
        <translation>Keine — die Daten verlassen diesen Computer nie</translation>
    </message>
    <message>
        <source>no longer needed for the analysis 36 months after the customer&apos;s last activity</source>
        <translation>für die Analyse nicht mehr erforderlich 36 Monate nach der letzten Aktivität des Kunden</translation>
    </message>
    <message>
        <source>bookkeeping period (10 years by default; set it to the period your country&apos;s law requires)</source>
        <translation>Aufbewahrungsfrist der Buchhaltung (standardmäßig 10 Jahre; stellen Sie den Zeitraum ein, den das Recht Ihres Landes vorschreibt)</translation>
    </message>
    <message>
        <source>24 months after the ticket was closed (or created, when it has no closure date)</source>
        <translation>24 Monate nach dem Schließen des Tickets (oder nach dem Anlegen, wenn es kein Abschlussdatum hat)</translation>
    </message>
    <message>
        <source>24 months after the usage event</source>
        <translation>24 Monate nach dem Nutzungsereignis</translation>
    </message>
    <message>
        <source>24 months after the campaign&apos;s start: long enough to measure it over the exports that follow</source>
        <translation>24 Monate nach dem Start der Kampagne: lang genug, um sie über die folgenden Exporte zu messen</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>Dieser Computer</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <source>Save &amp;preferences</source>
        <translation>Einstellungen &amp;speichern</translation>
    </message>
    <message>
        <source>&amp;Operator name (in the processing log):</source>
        <translation>&amp;Name des Bearbeiters (im Verarbeitungsprotokoll):</translation>
    </message>
    <message>
        <source>&amp;Language (after restart):</source>
        <translation>S&amp;prache (nach Neustart):</translation>
    </message>
    <message>
        <source>&amp;Lock after idle:</source>
        <translation>Sperren nach &amp;Inaktivität:</translation>
    </message>
    <message>
        <source>Could not save the preferences: {0}</source>
        <translation>Die Einstellungen konnten nicht gespeichert werden: {0}</translation>
    </message>
    <message>
        <source>Preferences saved.</source>
        <translation>Einstellungen gespeichert.</translation>
    </message>
    <message>
        <source>This project</source>
        <translation>Dieses Projekt</translation>
    </message>
    <message>
        <source>Support cost per mont&amp;h (0 = not entered):</source>
        <translation>Supportkosten pro Mon&amp;at (0 = nicht angegeben):</translation>
    </message>
    <message>
        <source>Cost of the pilot itse&amp;lf (0 = not entered):</source>
        <translation>Kosten des Pilotprojekts sel&amp;bst (0 = nicht angegeben):</translation>
    </message>
    <message>
        <source>Customer &amp;value column (empty = found in the data):</source>
        <translation>Spalte für den Kun&amp;denwert (leer = aus den Daten ermittelt):</translation>
    </message>
    <message>
        <source>Curre&amp;ncy (for example EUR):</source>
        <translation>Wä&amp;hrung (zum Beispiel EUR):</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>&amp;Controller (your business):</source>
        <translation>&amp;Verantwortlicher (Ihr Unternehmen):</translation>
    </message>
    <message>
        <source>Controller con&amp;tact:</source>
        <translation>&amp;Kontakt des Verantwortlichen:</translation>
    </message>
    <message>
        <source>&amp;DPO contact:</source>
        <translation>Kontakt des Datensch&amp;utzbeauftragten:</translation>
    </message>
    <message>
        <source>Reci&amp;pients:</source>
        <translation>&amp;Empfänger:</translation>
    </message>
    <message>
        <source>Third-country trans&amp;fers:</source>
        <translation>Übermittlungen in Dri&amp;ttländer:</translation>
    </message>
    <message>
        <source>Retention (in &amp;words):</source>
        <translation>Aufbewahrung (in &amp;Worten):</translation>
    </message>
    <message>
        <source>Organisational &amp;measures:</source>
        <translation>&amp;Organisatorische Maßnahmen:</translation>
    </message>
    <message>
        <source>&amp;Save project settings</source>
        <translation>Projekteinstellungen spei&amp;chern</translation>
    </message>
    <message>
        <source>Retention &amp;policies…</source>
        <translation>Aufbewahrungs&amp;regeln…</translation>
    </message>
    <message>
        <source>Default p&amp;urpose:</source>
        <translation>Standard&amp;zweck:</translation>
    </message>
    <message>
        <source>Default le&amp;gal basis:</source>
        <translation>Standard-Rechtsgrund&amp;lage:</translation>
    </message>
    <message>
        <source>S&amp;mallest segment shown (k):</source>
        <translation>Kleinstes angezeigtes Seg&amp;ment (k):</translation>
    </message>
    <message>
        <source>Recommend retraining a&amp;fter:</source>
        <translation>Neutraining emp&amp;fehlen nach:</translation>
    </message>
    <message>
        <source>Nothing changed.</source>
        <translation>Nichts geändert.</translation>
    </message>
    <message>
        <source>Saving settings</source>
        <translation>Einstellungen werden gespeichert</translation>
    </message>
    <message>
        <source>Project settings saved and logged.</source>
        <translation>Projekteinstellungen gespeichert und protokolliert.</translation>
    </message>
</context>
<context>
    <name>StartCampaignDialog</name>
    <message>
        <source>Start campaign</source>
        <translation>Kampagne starten</translation>
    </message>
    <message>
        <source>A campaign acts on the customers of the chosen segments and holds a random share of them back as a control group, who are not contacted: comparing the two later shows what the action changed. Customers who objected (opt-outs) are in neither group. The next step shows what the campaign can detect before anything is recorded.</source>
        <translation>Eine Kampagne wendet sich an die Kunden der gewählten Segmente und hält einen zufälligen Teil davon als Kontrollgruppe zurück, die nicht kontaktiert wird: Der spätere Vergleich der beiden zeigt, was die Maßnahme bewirkt hat. Kunden, die widersprochen haben, sind in keiner der beiden Gruppen. Der nächste Schritt zeigt, was die Kampagne erkennen kann, bevor irgendetwas festgehalten wird.</translation>
    </message>
    <message>
        <source>Segments</source>
        <translation>Segmente</translation>
    </message>
    <message>
        <source>#{0} {1} ({2} customers)</source>
        <translation>#{0} {1} ({2} Kunden)</translation>
    </message>
    <message>
        <source>e.g. call customers at risk to offer help</source>
        <translation>z. B. gefährdete Kunden anrufen und Hilfe anbieten</translation>
    </message>
    <message>
        <source>the segment&apos;s suggested action</source>
        <translation>die vorgeschlagene Maßnahme des Segments</translation>
    </message>
    <message>
        <source>default: the segments&apos; names</source>
        <translation>Standard: die Namen der Segmente</translation>
    </message>
    <message>
        <source>optional, for the return on investment</source>
        <translation>optional, für die Berechnung des ROI</translation>
    </message>
    <message>
        <source>&amp;Plan campaign</source>
        <translation>Kampagne &amp;planen</translation>
    </message>
    <message>
        <source>&amp;Segments:</source>
        <translation>&amp;Segmente:</translation>
    </message>
    <message>
        <source>P&amp;urpose (required):</source>
        <translation>Zwec&amp;k (erforderlich):</translation>
    </message>
    <message>
        <source>Le&amp;gal basis:</source>
        <translation>&amp;Rechtsgrundlage:</translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation>&amp;Maßnahme:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>S&amp;tart date:</source>
        <translation>S&amp;tartdatum:</translation>
    </message>
    <message>
        <source>&amp;Held back as control group:</source>
        <translation>Als Kontrollgruppe &amp;zurückhalten:</translation>
    </message>
    <message>
        <source>&amp;Cost per contact:</source>
        <translation>K&amp;osten pro Kontakt:</translation>
    </message>
    <message>
        <source>Choose at least one segment for the campaign.</source>
        <translation>Wählen Sie mindestens ein Segment für die Kampagne.</translation>
    </message>
    <message>
        <source>State the purpose of the campaign: it is recorded in the processing log and the record of processing activities.</source>
        <translation>Geben Sie den Zweck der Kampagne an: Er wird im Verarbeitungsprotokoll und im Verzeichnis von Verarbeitungstätigkeiten festgehalten.</translation>
    </message>
    <message>
        <source>The cost per contact must be a number of 0 or more, or empty.</source>
        <translation>Die Kosten pro Kontakt müssen eine Zahl ab 0 sein oder leer bleiben.</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <source>Recent projects</source>
        <translation>Zuletzt verwendete Projekte</translation>
    </message>
    <message>
        <source>&amp;New project…</source>
        <translation>&amp;Neues Projekt…</translation>
    </message>
    <message>
        <source>&amp;Open project…</source>
        <translation>Projekt ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Try the &amp;demo</source>
        <translation>Demo aus&amp;probieren</translation>
    </message>
    <message>
        <source>Creates a demo project from the bundled fictional CRM exports, imports and trains it, then opens it.</source>
        <translation>Legt aus den mitgelieferten fiktiven CRM-Exporten ein Demoprojekt an, importiert und trainiert es und öffnet es anschließend.</translation>
    </message>
    <message>
        <source>&amp;Verify a processing log…</source>
        <translation>Verarbeitungsprotokoll &amp;verifizieren…</translation>
    </message>
    <message>
        <source>For the data-protection officer: check a project&apos;s processing log and read its entries without the project&apos;s passphrase.</source>
        <translation>Für den Datenschutzbeauftragten: das Verarbeitungsprotokoll eines Projekts prüfen und seine Einträge ohne die Passphrase des Projekts lesen.</translation>
    </message>
    <message>
        <source>Prevista</source>
        <translation>Prevista</translation>
    </message>
    <message>
        <source>Predict churn, purchases and support load from your own CRM exports — offline, with every customer pseudonymized.</source>
        <translation>Abwanderung, Käufe und Supportaufkommen aus Ihren eigenen CRM-Exporten vorhersagen – offline, mit jedem Kunden pseudonymisiert.</translation>
    </message>
    <message>
        <source>&amp;Recent projects:</source>
        <translation>&amp;Zuletzt verwendete Projekte:</translation>
    </message>
    <message>
        <source>{0} (not found)</source>
        <translation>{0} (nicht gefunden)</translation>
    </message>
    <message>
        <source>Open a Prevista project folder</source>
        <translation>Prevista-Projektordner öffnen</translation>
    </message>
    <message>
        <source>{0} is not a Prevista project folder.</source>
        <translation>{0} ist kein Prevista-Projektordner.</translation>
    </message>
    <message>
        <source>Building the demo project</source>
        <translation>Demoprojekt wird erstellt</translation>
    </message>
    <message>
        <source>Demo project created in {0}; its passphrase is &quot;{1}&quot;.</source>
        <translation>Demoprojekt in {0} angelegt; seine Passphrase lautet „{1}“.</translation>
    </message>
</context>
<context>
    <name>TableKind</name>
    <message>
        <source>customers</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <source>transactions</source>
        <translation>Transaktionen</translation>
    </message>
    <message>
        <source>interactions</source>
        <translation>Interaktionen</translation>
    </message>
    <message>
        <source>usage events</source>
        <translation>Nutzungsereignisse</translation>
    </message>
</context>
<context>
    <name>Tables</name>
    <message>
        <source>Customers</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <source>Transactions</source>
        <translation>Transaktionen</translation>
    </message>
    <message>
        <source>Interactions</source>
        <translation>Interaktionen</translation>
    </message>
    <message>
        <source>Usage</source>
        <translation>Nutzung</translation>
    </message>
    <message>
        <source>Campaign members</source>
        <translation>Kampagnenmitglieder</translation>
    </message>
    <message>
        <source>Campaign contact outcomes</source>
        <translation>Kontaktergebnisse der Kampagnen</translation>
    </message>
</context>
<context>
    <name>UnlockPanel</name>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Entsperren</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Zurück</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <source>Locked after a period without activity. Type the passphrase of {0} to continue.</source>
        <translation>Nach einer Zeit ohne Aktivität gesperrt. Geben Sie die Passphrase von {0} ein, um fortzufahren.</translation>
    </message>
    <message>
        <source>Type the passphrase of {0}.</source>
        <translation>Geben Sie die Passphrase von {0} ein.</translation>
    </message>
    <message>
        <source>{0} is not a Prevista project (or it was moved).</source>
        <translation>{0} ist kein Prevista-Projekt (oder es wurde verschoben).</translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation>Wird entsperrt…</translation>
    </message>
</context>
<context>
    <name>VerifyLogPanel</name>
    <message>
        <source>Verify a processing log</source>
        <translation>Verarbeitungsprotokoll verifizieren</translation>
    </message>
    <message>
        <source>For the data-protection officer: check that nobody changed a project&apos;s processing log, without its passphrase. Pick the log package exported on the Privacy screen (or the log file, or a handover bundle) and type the key fingerprint you kept when the project was created.</source>
        <translation>Für den Datenschutzbeauftragten: prüfen, dass niemand das Verarbeitungsprotokoll eines Projekts verändert hat – ohne dessen Passphrase. Wählen Sie das auf der Seite Datenschutz exportierte Protokollpaket (oder die Protokolldatei oder ein Übergabepaket) und geben Sie den Schlüssel-Fingerabdruck ein, den Sie beim Anlegen des Projekts notiert haben.</translation>
    </message>
    <message>
        <source>Log, package or bundle</source>
        <translation>Protokoll, Protokollpaket oder Übergabepaket</translation>
    </message>
    <message>
        <source>Public key file</source>
        <translation>Öffentliche Schlüsseldatei</translation>
    </message>
    <message>
        <source>Optional: the key in the package or beside the log is used</source>
        <translation>Optional: sonst wird der Schlüssel im Paket oder neben dem Protokoll verwendet</translation>
    </message>
    <message>
        <source>Earlier package or checkpoint</source>
        <translation>Früheres Paket oder früherer Prüfpunkt</translation>
    </message>
    <message>
        <source>Optional: shows whether entries were removed or changed since</source>
        <translation>Optional: zeigt, ob seitdem Einträge entfernt oder geändert wurden</translation>
    </message>
    <message>
        <source>Key fingerprint</source>
        <translation>Schlüssel-Fingerabdruck</translation>
    </message>
    <message>
        <source>64 hexadecimal digits, as shown when the project was created</source>
        <translation>64 Hexadezimalziffern, wie beim Anlegen des Projekts angezeigt</translation>
    </message>
    <message>
        <source>Br&amp;owse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>Brow&amp;se…</source>
        <translation>Dur&amp;chsuchen…</translation>
    </message>
    <message>
        <source>Brows&amp;e…</source>
        <translation>Durc&amp;hsuchen…</translation>
    </message>
    <message>
        <source>&amp;Log, package or bundle:</source>
        <translation>&amp;Protokoll, Protokollpaket oder Übergabepaket:</translation>
    </message>
    <message>
        <source>Public &amp;key file:</source>
        <translation>Öffentliche &amp;Schlüsseldatei:</translation>
    </message>
    <message>
        <source>Key fin&amp;gerprint:</source>
        <translation>Schlüssel-&amp;Fingerabdruck:</translation>
    </message>
    <message>
        <source>Earlier pa&amp;ckage or checkpoint:</source>
        <translation>Früh&amp;eres Paket oder früherer Prüfpunkt:</translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation>&amp;Verifizieren</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>PDF e&amp;xportieren…</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Zurück</translation>
    </message>
    <message>
        <source>Choose the processing log, log package or handover bundle</source>
        <translation>Verarbeitungsprotokoll, Protokollpaket oder Übergabepaket auswählen</translation>
    </message>
    <message>
        <source>Logs and packages (*.zip *.jsonl);;All files (*)</source>
        <translation>Protokolle und Pakete (*.zip *.jsonl);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Choose the log&apos;s public key</source>
        <translation>Öffentlichen Schlüssel des Protokolls auswählen</translation>
    </message>
    <message>
        <source>Public key (*.pub *.pem);;All files (*)</source>
        <translation>Öffentlicher Schlüssel (*.pub *.pem);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Choose the earlier log package or checkpoint you kept</source>
        <translation>Das frühere Protokollpaket oder den früheren Prüfpunkt auswählen, den Sie aufbewahrt haben</translation>
    </message>
    <message>
        <source>Packages and checkpoints (*.zip *.json);;All files (*)</source>
        <translation>Pakete und Prüfpunkte (*.zip *.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Choose the log, package or bundle first.</source>
        <translation>Wählen Sie zuerst das Protokoll, Protokollpaket oder Übergabepaket.</translation>
    </message>
    <message>
        <source>Verifying the processing log</source>
        <translation>Verarbeitungsprotokoll wird verifiziert</translation>
    </message>
    <message>
        <source>FAILED: {0}. The entries below are as read from the file and cannot be relied on from entry {1} on.</source>
        <translation>FEHLGESCHLAGEN: {0}. Die Einträge unten sind so wiedergegeben, wie sie aus der Datei gelesen wurden, und ab Eintrag {1} nicht verlässlich.</translation>
    </message>
    <message>
        <source>OK: {0} entries, hash chain intact, every entry and the head signed by the project&apos;s key you kept, and the log continues the earlier package or checkpoint: nothing up to it was removed or changed.</source>
        <translation>OK: {0} Einträge, Hash-Kette intakt, jeder Eintrag und das Kettenende mit dem von Ihnen aufbewahrten Schlüssel des Projekts signiert, und das Protokoll setzt das frühere Paket bzw. den früheren Prüfpunkt fort: Bis dorthin wurde nichts entfernt oder geändert.</translation>
    </message>
    <message>
        <source>OK: {0} entries, hash chain intact, every entry and the head signed by the project&apos;s key with the fingerprint you kept.</source>
        <translation>OK: {0} Einträge, Hash-Kette intakt, jeder Eintrag und das Kettenende mit dem Schlüssel des Projekts signiert, dessen Fingerabdruck Sie notiert haben.</translation>
    </message>
    <message>
        <source>Hash chain intact and signed ({0} entries), but only by the key that came with the log (fingerprint {1}): whoever could change the log could have replaced that key too. Type the fingerprint you kept to be sure.</source>
        <translation>Hash-Kette intakt und signiert ({0} Einträge), aber nur mit dem Schlüssel, der mit dem Protokoll mitgeliefert wurde (Fingerabdruck {1}): Wer das Protokoll ändern konnte, hätte auch diesen Schlüssel ersetzen können. Geben Sie den notierten Fingerabdruck ein, um sicherzugehen.</translation>
    </message>
    <message>
        <source>OK: {0} entries, hash chain intact; signatures NOT checked (no public key): anyone can rebuild a hash chain.</source>
        <translation>OK: {0} Einträge, Hash-Kette intakt; Signaturen NICHT geprüft (kein öffentlicher Schlüssel): Eine Hash-Kette kann jeder neu aufbauen.</translation>
    </message>
    <message>
        <source>Export the processing log as PDF</source>
        <translation>Verarbeitungsprotokoll als PDF exportieren</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Writing the PDF</source>
        <translation>PDF wird geschrieben</translation>
    </message>
    <message>
        <source>Wrote the processing log as PDF to {0}.</source>
        <translation>Verarbeitungsprotokoll als PDF nach {0} geschrieben.</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>Screens</source>
        <translation>Bildschirme</translation>
    </message>
</context>
</TS>
