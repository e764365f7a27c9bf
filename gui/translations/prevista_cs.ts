<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="cs_CZ" sourcelanguage="en">
<context>
    <name>Actions</name>
    <message>
        <source>Check in personally to learn what would help them stay</source>
        <translation>Ozvěte se jim osobně a zjistěte, co by jim pomohlo zůstat</translation>
    </message>
    <message>
        <source>Keep in touch with regular, useful updates</source>
        <translation>Zůstaňte s nimi v kontaktu díky pravidelným a užitečným novinkám</translation>
    </message>
    <message>
        <source>Thank them with a loyalty perk or invite them to refer others</source>
        <translation>Poděkujte jim věrnostní výhodou nebo je požádejte, aby vás doporučili dalším</translation>
    </message>
    <message>
        <source>Call them for a check-in and offer a short refresher on the features they use less</source>
        <translation>Zavolejte jim, zeptejte se, jak jsou spokojeni, a nabídněte krátké připomenutí funkcí, které používají méně</translation>
    </message>
    <message>
        <source>Offer a billing review and payment terms that suit them</source>
        <translation>Nabídněte jim kontrolu fakturace a platební podmínky, které jim vyhovují</translation>
    </message>
    <message>
        <source>Have a support specialist resolve their open issues before they ask again</source>
        <translation>Nechte specialistu podpory vyřešit jejich otevřené problémy dřív, než se budou muset ozvat znovu</translation>
    </message>
    <message>
        <source>Ask for their feedback and follow up personally on what went wrong</source>
        <translation>Požádejte je o zpětnou vazbu a osobně se věnujte tomu, co se pokazilo</translation>
    </message>
    <message>
        <source>Offer a guided session on the paid features they have not used yet</source>
        <translation>Nabídněte jim provedení placenými funkcemi, které zatím nevyužili</translation>
    </message>
    <message>
        <source>Give them extra onboarding help in their first months</source>
        <translation>Věnujte jim v prvních měsících víc pomoci se začátky</translation>
    </message>
    <message>
        <source>Remind them of add-ons that saved them time before</source>
        <translation>Připomeňte jim doplňky, které jim dříve ušetřily čas</translation>
    </message>
    <message>
        <source>Suggest the plan or add-ons that fit their growing use</source>
        <translation>Navrhněte jim tarif nebo doplňky, které odpovídají jejich rostoucímu využití</translation>
    </message>
    <message>
        <source>Offer extra licences on good terms as their team grows</source>
        <translation>Nabídněte jim s růstem jejich týmu další licence za výhodných podmínek</translation>
    </message>
    <message>
        <source>Send a personal note with something useful for what they bought before</source>
        <translation>Pošlete jim osobní vzkaz s něčím užitečným k tomu, co si dříve koupili</translation>
    </message>
    <message>
        <source>Re-engage them with a personal message about what is new for them</source>
        <translation>Oslovte je znovu osobní zprávou o tom, co je pro ně nového</translation>
    </message>
    <message>
        <source>Give them extra onboarding help and a named contact in their first months</source>
        <translation>Věnujte jim v prvních měsících víc pomoci se začátky a přidělte jim konkrétní kontaktní osobu</translation>
    </message>
    <message>
        <source>Review their plan with them so they pay only for what they use</source>
        <translation>Projděte s nimi jejich tarif, aby platili jen za to, co používají</translation>
    </message>
    <message>
        <source>Show them one more product that fits what they already use</source>
        <translation>Ukažte jim další produkt, který se hodí k tomu, co už používají</translation>
    </message>
    <message>
        <source>Offer them a personal adviser and a review of their terms</source>
        <translation>Nabídněte jim osobního poradce a revizi jejich podmínek</translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <source>Message</source>
        <translation>Zpráva</translation>
    </message>
</context>
<context>
    <name>CampaignActions</name>
    <message>
        <source>Planning the campaign</source>
        <translation>Plánuje se kampaň</translation>
    </message>
    <message>
        <source>Campaign “{0}” from {1}: about {2} customers to act on, {3} held back at random as the control group (not contacted, never exported).</source>
        <translation>Kampaň „{0}“ od {1}: asi {2} zákazníků k oslovení, {3} náhodně ponecháno stranou jako kontrolní skupina (nebudou kontaktováni ani nikdy exportováni).</translation>
    </message>
    <message>
        <source>Action: {0}</source>
        <translation>Akce: {0}</translation>
    </message>
    <message>
        <source>It can detect a change in churn of {0:.0f} points or more (churn risk of these customers: {1:.0%}).</source>
        <translation>Dokáže odhalit změnu míry odchodu o {0:.0f} p. b. či více (riziko odchodu těchto zákazníků: {1:.0%}).</translation>
    </message>
    <message>
        <source>About {0} customers are left out: they are in a campaign that started recently.</source>
        <translation>Asi {0} zákazníků je vynecháno: jsou v kampani, která nedávno začala.</translation>
    </message>
    <message>
        <source>Warnings:</source>
        <translation>Varování:</translation>
    </message>
    <message>
        <source>Nobody in these segments can be in a new campaign, so it was not started.</source>
        <translation>Nikdo z těchto segmentů nemůže být v nové kampani, proto nebyla zahájena.</translation>
    </message>
    <message>
        <source>Start this campaign? It is recorded in the processing log with its purpose, and the random seed that drew the control group is logged so it can be redrawn.</source>
        <translation>Zahájit tuto kampaň? Zaznamená se do protokolu zpracování i s účelem a náhodné semínko, kterým byla vylosována kontrolní skupina, se zapíše do protokolu, aby ji bylo možné vylosovat znovu.</translation>
    </message>
    <message>
        <source>Start campaign</source>
        <translation>Zahájit kampaň</translation>
    </message>
    <message>
        <source>The campaign was not started; nothing was recorded.</source>
        <translation>Kampaň nebyla zahájena; nic nebylo zaznamenáno.</translation>
    </message>
    <message>
        <source>Starting the campaign</source>
        <translation>Zahajuje se kampaň</translation>
    </message>
    <message>
        <source>Started campaign {0} “{1}” (processing log entry {2}): {3} customers to act on, {4} held back. The Campaigns page shows it and measures it once later exports are imported.</source>
        <translation>Kampaň {0} „{1}“ byla zahájena (záznam protokolu zpracování č. {2}): zákazníci k oslovení: {3}, ponecháni stranou: {4}. Stránka Kampaně ji zobrazuje a změří ji, jakmile budou importovány pozdější exporty.</translation>
    </message>
    <message>
        <source>Save the contact list</source>
        <translation>Uložit seznam kontaktů</translation>
    </message>
    <message>
        <source>Save the contact list of campaign {0} now? It names the customers to act on; the control group is never in it. You can also save it later on the Campaigns page.</source>
        <translation>Uložit nyní seznam kontaktů kampaně {0}? Uvádí zákazníky k oslovení; kontrolní skupina v něm nikdy není. Můžete jej uložit i později na stránce Kampaně.</translation>
    </message>
    <message>
        <source>Save the contact list (treated customers only)</source>
        <translation>Uložit seznam kontaktů (jen testovací skupina)</translation>
    </message>
    <message>
        <source>campaign-{0}-contacts.csv</source>
        <translation>kampan-{0}-kontakty.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Soubory CSV (*.csv)</translation>
    </message>
    <message>
        <source>Writing the contact list</source>
        <translation>Zapisuje se seznam kontaktů</translation>
    </message>
    <message>
        <source>{0} customers to act on written to {1} (processing log entry {2}); the control group is not in it. This file holds personal data: keep it out of shared folders and e-mail, and delete it when the action is done.</source>
        <translation>Zákazníci k oslovení (počet: {0}) byli zapsáni do {1} (záznam protokolu zpracování č. {2}); kontrolní skupina v něm není. Tento soubor obsahuje osobní údaje: neukládejte jej do sdílených složek ani neposílejte e-mailem a po dokončení akce jej smažte.</translation>
    </message>
</context>
<context>
    <name>Campaigns</name>
    <message>
        <source>No data after the start ({0}) yet: import the next exports, then measure again.</source>
        <translation>Po zahájení ({0}) zatím nejsou k dispozici žádná data: importujte další exporty a pak měřte znovu.</translation>
    </message>
    <message>
        <source>No customers export imported since the start ({0}): a snapshot shows churn only in a later export.</source>
        <translation>Od zahájení ({0}) nebyl importován žádný export zákazníků: snímek ukazuje odchod až v pozdějším exportu.</translation>
    </message>
    <message>
        <source>The customers export has no churn label to measure churn by.</source>
        <translation>Export zákazníků nemá označení odchodu, podle kterého by se dal odchod měřit.</translation>
    </message>
    <message>
        <source>the churn label in the latest customers export</source>
        <translation>označení odchodu v posledním exportu zákazníků</translation>
    </message>
    <message>
        <source>fewer than {0} customers in an arm</source>
        <translation>méně než {0} zákazníků v jedné ze skupin</translation>
    </message>
    <message>
        <source>Fewer than {0} customers in an arm: nothing can be published.</source>
        <translation>Méně než {0} zákazníků v jedné ze skupin: nelze nic zveřejnit.</translation>
    </message>
    <message>
        <source>No spend was measured (the data has no order values), so no return can be shown.</source>
        <translation>Útrata nebyla změřena (data neobsahují hodnoty objednávek), takže nelze ukázat žádnou návratnost.</translation>
    </message>
    <message>
        <source>No cost per contact was entered, so no ROI can be worked out.</source>
        <translation>Nebyly zadány náklady na kontakt, takže nelze vypočítat ROI.</translation>
    </message>
    <message>
        <source>It paid off: even the low end of the interval returns more than it cost.</source>
        <translation>Vyplatilo se to: i dolní hranice intervalu vrací víc, než to stálo.</translation>
    </message>
    <message>
        <source>It did not pay off: even the high end of the interval returns less than it cost.</source>
        <translation>Nevyplatilo se to: i horní hranice intervalu vrací méně, než to stálo.</translation>
    </message>
    <message>
        <source>Whether it paid off cannot be told yet: the interval spans both a loss and a gain.</source>
        <translation>Zda se to vyplatilo, zatím nelze říct: interval zahrnuje ztrátu i zisk.</translation>
    </message>
    <message>
        <source>Nobody is held back: whether the action helped can never be measured.</source>
        <translation>Nikdo není ponechán stranou: zda akce pomohla, nebude nikdy možné změřit.</translation>
    </message>
    <message>
        <source>An arm has fewer than {0} customers: its results will be withheld.</source>
        <translation>Některá ze skupin má méně než {0} zákazníků: její výsledky nebudou zobrazeny.</translation>
    </message>
    <message>
        <source>With about {0} treated and {1} held back, the campaign can only detect a change in churn of {2} points or more, while a good action plausibly changes it by about {3} points: choose more segments or a larger control group, or expect &apos;no effect measurable&apos;.</source>
        <translation>S přibližně {0} zákazníky v testovací a {1} v kontrolní skupině dokáže kampaň odhalit jen změnu míry odchodu o {2} p. b. či více, zatímco dobrá akce ji pravděpodobně změní asi o {3} p. b.: zvolte více segmentů nebo větší kontrolní skupinu, nebo počítejte s výsledkem &apos;účinek nelze změřit&apos;.</translation>
    </message>
    <message>
        <source>churn</source>
        <translation>míra odchodu</translation>
    </message>
    <message>
        <source>purchases</source>
        <translation>nákupy</translation>
    </message>
    <message>
        <source>spend per customer</source>
        <translation>útrata na zákazníka</translation>
    </message>
    <message>
        <source>tickets per customer</source>
        <translation>požadavky na podporu na zákazníka</translation>
    </message>
    <message>
        <source>{0} points</source>
        <translation>{0} p. b.</translation>
    </message>
    <message>
        <source>{0:.0%} interval {1} to {2} points</source>
        <translation>interval {0:.0%}: {1} až {2} p. b.</translation>
    </message>
    <message>
        <source>{0:.0%} interval {1} to {2}</source>
        <translation>interval {0:.0%}: {1} až {2}</translation>
    </message>
    <message>
        <source>No effect on {0} measurable yet ({1}); come back after the next export.</source>
        <translation>Účinek na ukazatel {0} zatím nelze změřit ({1}); vraťte se po dalším exportu.</translation>
    </message>
    <message>
        <source>No effect on {0} measurable yet: {1} customers in the smaller group ({2}); come back after the next export.</source>
        <translation>Účinek na ukazatel {0} zatím nelze změřit: počet zákazníků v menší skupině je {1} ({2}); vraťte se po dalším exportu.</translation>
    </message>
    <message>
        <source>Reduced {0} by {1} ({2}).</source>
        <translation>Kampaň snížila ukazatel {0} o {1} ({2}).</translation>
    </message>
    <message>
        <source>Raised {0} by {1} ({2}).</source>
        <translation>Kampaň zvýšila ukazatel {0} o {1} ({2}).</translation>
    </message>
    <message>
        <source>Reduced {0} by {1} ({2}) — the action seems to have made this worse.</source>
        <translation>Kampaň snížila ukazatel {0} o {1} ({2}) — zdá se, že to akce zhoršila.</translation>
    </message>
    <message>
        <source>Raised {0} by {1} ({2}) — the action seems to have made this worse.</source>
        <translation>Kampaň zvýšila ukazatel {0} o {1} ({2}) — zdá se, že to akce zhoršila.</translation>
    </message>
</context>
<context>
    <name>CampaignsPage</name>
    <message>
        <source>Churn</source>
        <translation>Odchod</translation>
    </message>
    <message>
        <source>Purchases</source>
        <translation>Nákupy</translation>
    </message>
    <message>
        <source>Spend per customer</source>
        <translation>Útrata na zákazníka</translation>
    </message>
    <message>
        <source>Support tickets per customer</source>
        <translation>Požadavky na podporu na zákazníka</translation>
    </message>
    <message>
        <source>Its campaigns were erased with it; none can be started.</source>
        <translation>Jeho kampaně byly vymazány spolu s ním; žádnou nelze zahájit.</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>Kampaně</translation>
    </message>
    <message>
        <source>No campaigns yet. Start one from a segment: on the Segments page choose the segment, then Start campaign. A random share of its customers is held back, so that the difference shows later what the action changed.</source>
        <translation>Zatím žádné kampaně. Zahajte ji ze segmentu: na stránce Segmenty vyberte segment a pak Zahájit kampaň. Náhodná část jeho zákazníků je ponechána stranou, aby rozdíl později ukázal, co akce změnila.</translation>
    </message>
    <message>
        <source>Go to &amp;Segments</source>
        <translation>Přejít na &amp;Segmenty</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Kampaň</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Zahájení</translation>
    </message>
    <message>
        <source>Treated</source>
        <translation>Testovací skupina</translation>
    </message>
    <message>
        <source>Held back</source>
        <translation>Kontrolní skupina</translation>
    </message>
    <message>
        <source>Latest result</source>
        <translation>Poslední výsledek</translation>
    </message>
    <message>
        <source>Selected campaign</source>
        <translation>Vybraná kampaň</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ukazatel</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Rozdíl</translation>
    </message>
    <message>
        <source>{0:.0%} interval</source>
        <translation>Interval {0:.0%}</translation>
    </message>
    <message>
        <source>Measured outcomes</source>
        <translation>Změřené ukazatele</translation>
    </message>
    <message>
        <source>Campaign result chart</source>
        <translation>Graf výsledku kampaně</translation>
    </message>
    <message>
        <source>C&amp;hart:</source>
        <translation>&amp;Graf:</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>Results per segment</source>
        <translation>Výsledky podle segmentů</translation>
    </message>
    <message>
        <source>&amp;Measure now</source>
        <translation>&amp;Změřit nyní</translation>
    </message>
    <message>
        <source>Measure from the data imported so far and keep the result (logged)</source>
        <translation>Změřit z dosud importovaných dat a ponechat výsledek (zaznamená se do protokolu)</translation>
    </message>
    <message>
        <source>E&amp;xport contact list…</source>
        <translation>E&amp;xportovat seznam kontaktů…</translation>
    </message>
    <message>
        <source>Write the customers to act on to a CSV file (logged)</source>
        <translation>Zapsat zákazníky k oslovení do souboru CSV (zaznamená se do protokolu)</translation>
    </message>
    <message>
        <source>&amp;Import contact outcomes…</source>
        <translation>&amp;Importovat výsledky kontaktů…</translation>
    </message>
    <message>
        <source>The CRM&apos;s record of who was reached (and who accepted the offer), for the effect among those reached (logged)</source>
        <translation>Záznam z CRM o tom, kdo byl zastižen (a kdo přijal nabídku), pro účinek mezi zastiženými (zaznamená se do protokolu)</translation>
    </message>
    <message>
        <source>The contact list holds the treated customers only. The control group is never exported: they are held back so that comparing the two shows what the action changed.</source>
        <translation>Seznam kontaktů obsahuje jen zákazníky z testovací skupiny. Kontrolní skupina se nikdy neexportuje: je ponechána stranou, aby porovnání obou skupin ukázalo, co akce změnila.</translation>
    </message>
    <message>
        <source>not measured yet</source>
        <translation>zatím nezměřeno</translation>
    </message>
    <message>
        <source>#{0} {1}</source>
        <translation>#{0} {1}</translation>
    </message>
    <message>
        <source>Measured {0} (recorded).</source>
        <translation>Změřeno {0} (zaznamenáno).</translation>
    </message>
    <message>
        <source>Action: {0}</source>
        <translation>Akce: {0}</translation>
    </message>
    <message>
        <source>Purpose: {0} ({1})</source>
        <translation>Účel: {0} ({1})</translation>
    </message>
    <message>
        <source>Started {0} on segments {1}; {2:.0%} held back at random (the seed is in the processing log).</source>
        <translation>Zahájena {0} pro segmenty {1}; {2:.0%} náhodně ponecháno stranou (semínko je v protokolu zpracování).</translation>
    </message>
    <message>
        <source>At the start it could detect a change in churn of {0:.0f} points or more.</source>
        <translation>Na začátku dokázala odhalit změnu míry odchodu o {0:.0f} p. b. či více.</translation>
    </message>
    <message>
        <source>At the start it was too small to detect a change in churn.</source>
        <translation>Na začátku byla příliš malá na to, aby odhalila změnu míry odchodu.</translation>
    </message>
    <message>
        <source>Cost per contact: {0}</source>
        <translation>Náklady na kontakt: {0}</translation>
    </message>
    <message>
        <source>Not measured yet: Measure now measures it from the data imported so far.</source>
        <translation>Zatím nezměřeno: Změřit nyní ji změří z dosud importovaných dat.</translation>
    </message>
    <message>
        <source>Reading the campaign&apos;s result</source>
        <translation>Načítá se výsledek kampaně</translation>
    </message>
    <message>
        <source>Not measured yet; as it would come out now (not recorded):</source>
        <translation>Zatím nezměřeno; takto by to vyšlo nyní (nezaznamenáno):</translation>
    </message>
    <message>
        <source>About {0} treated and {1} held back; outcomes from {2} to {3}.</source>
        <translation>Asi {0} v testovací a {1} v kontrolní skupině; výsledky od {2} do {3}.</translation>
    </message>
    <message>
        <source>Churn from {0}.</source>
        <translation>Odchod převzat z: {0}.</translation>
    </message>
    <message>
        <source>{0:.1f} months</source>
        <translation>{0:.1f} měs.</translation>
    </message>
    <message>
        <source>Return on investment: {0:.0%} (90 % interval {1:.0%} to {2:.0%}): {3} extra spend against {4} cost; break-even after {5} at the measured pace. {6}</source>
        <translation>Návratnost investice: {0:.0%} (90% interval {1:.0%} až {2:.0%}): {3} útraty navíc proti nákladům {4}; bod zvratu po {5} při naměřeném tempu. {6}</translation>
    </message>
    <message>
        <source>{0:+d} points</source>
        <translation>{0:+d} p. b.</translation>
    </message>
    <message>
        <source>{0:+d} to {1:+d} points</source>
        <translation>{0:+d} až {1:+d} p. b.</translation>
    </message>
    <message>
        <source>{0} to {1}</source>
        <translation>{0} až {1}</translation>
    </message>
    <message>
        <source>Among those reached ({0:.0%} of the treated):</source>
        <translation>Mezi zastiženými ({0:.0%} testovací skupiny):</translation>
    </message>
    <message>
        <source>{0} ({1})</source>
        <translation>{0} ({1})</translation>
    </message>
    <message>
        <source>Per segment: treated minus held back, with the {0:.0%} interval. A segment with too few customers in an arm shows no figure.</source>
        <translation>Podle segmentů: testovací minus kontrolní skupina, s intervalem {0:.0%}. Segment s příliš malým počtem zákazníků v některé ze skupin nezobrazuje žádnou hodnotu.</translation>
    </message>
    <message>
        <source>{0} (%)</source>
        <translation>{0} (%)</translation>
    </message>
    <message>
        <source>{0}: difference {1}</source>
        <translation>{0}: rozdíl {1}</translation>
    </message>
    <message>
        <source>Measuring the campaign</source>
        <translation>Měří se kampaň</translation>
    </message>
    <message>
        <source>Measured campaign {0} (processing log entry {1}).</source>
        <translation>Kampaň {0} byla změřena (záznam protokolu zpracování č. {1}).</translation>
    </message>
    <message>
        <source>The CRM&apos;s record of who was reached in campaign {0}</source>
        <translation>Záznam z CRM o tom, kdo byl v kampani {0} zastižen</translation>
    </message>
    <message>
        <source>Exports (*.csv *.tsv *.txt *.xlsx *.xlsm *.json *.zip *.gz);;All files (*)</source>
        <translation>Exporty (*.csv *.tsv *.txt *.xlsx *.xlsm *.json *.zip *.gz);;Všechny soubory (*)</translation>
    </message>
    <message>
        <source>Choose one file: it replaces the contact outcomes of this campaign.</source>
        <translation>Vyberte jeden soubor: nahradí výsledky kontaktů této kampaně.</translation>
    </message>
    <message>
        <source>Reading the contact outcomes</source>
        <translation>Načítají se výsledky kontaktů</translation>
    </message>
    <message>
        <source>Campaign {0}: {1} of the customers acted on were reached (processing log entry {2}).</source>
        <translation>Kampaň {0}: zastižení zákazníci z testovací skupiny: {1} (záznam protokolu zpracování č. {2}).</translation>
    </message>
    <message>
        <source>{0} accepted the offer.</source>
        <translation>Nabídku přijalo: {0}.</translation>
    </message>
    <message>
        <source>Read customer IDs from &apos;{0}&apos; and reached from &apos;{1}&apos;.</source>
        <translation>Čísla zákazníků načtena z „{0}“ a zastižení z „{1}“.</translation>
    </message>
    <message>
        <source>{0} rows name nobody in this campaign&apos;s treated group; they were left out.</source>
        <translation>Řádky, které neuvádějí nikoho z testovací skupiny této kampaně: {0}; byly vynechány.</translation>
    </message>
    <message>
        <source>{0} customers of the control group are marked as reached: they were contacted although they were to be held back, which blurs the comparison.</source>
        <translation>Zákazníci z kontrolní skupiny označení jako zastižení: {0}; byli kontaktováni, přestože měli zůstat stranou, což zkresluje porovnání.</translation>
    </message>
    <message>
        <source>Measure now to see the effect among those reached.</source>
        <translation>Změřte nyní a uvidíte účinek mezi zastiženými.</translation>
    </message>
</context>
<context>
    <name>ChecklistRow</name>
    <message>
        <source>done</source>
        <translation>hotovo</translation>
    </message>
    <message>
        <source>next step</source>
        <translation>další krok</translation>
    </message>
    <message>
        <source>not done yet</source>
        <translation>zatím nehotovo</translation>
    </message>
</context>
<context>
    <name>ClosedPilotBanner</name>
    <message>
        <source>Pilot closed</source>
        <translation>Pilotní projekt ukončen</translation>
    </message>
    <message>
        <source>This pilot was closed on {0}: all its data was erased for good. {1} What remains is the processing log (Privacy → Processing log) and the Art. 30 record (Reports).</source>
        <translation>Tento pilotní projekt byl ukončen {0}: všechna jeho data byla trvale vymazána. {1} Zůstává protokol zpracování (Ochrana údajů → Protokol zpracování) a záznamy dle čl. 30 (Zprávy).</translation>
    </message>
</context>
<context>
    <name>CommitStep</name>
    <message>
        <source>&amp;Append to the data already imported (otherwise each imported table replaces the stored table of the same kind)</source>
        <translation>Připo&amp;jit k již importovaným datům (jinak importovaná tabulka nahradí uloženou tabulku stejného druhu)</translation>
    </message>
    <message>
        <source>What each customer is worth a year: revenue at risk is churn risk times this. A monthly fee or charge counts twelve times.</source>
        <translation>Roční hodnota každého zákazníka: ohrožené tržby jsou riziko odchodu krát tato hodnota. Měsíční poplatek nebo platba se počítá dvanáctkrát.</translation>
    </message>
    <message>
        <source>for example EUR</source>
        <translation>například CZK nebo EUR</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importovat</translation>
    </message>
    <message>
        <source>P&amp;urpose (logged):</source>
        <translation>Úč&amp;el (do protokolu):</translation>
    </message>
    <message>
        <source>Le&amp;gal basis:</source>
        <translation>P&amp;rávní základ:</translation>
    </message>
    <message>
        <source>Customer &amp;value:</source>
        <translation>&amp;Hodnota zákazníka:</translation>
    </message>
    <message>
        <source>C&amp;urrency of amounts:</source>
        <translation>&amp;Měna částek:</translation>
    </message>
    <message>
        <source>As set (this import has no customer amounts)</source>
        <translation>Podle nastavení (tento import neobsahuje částky zákazníků)</translation>
    </message>
    <message>
        <source>Found in the data</source>
        <translation>Nalezeno v datech</translation>
    </message>
    <message>
        <source>{0} ({1}, {2} rows)</source>
        <translation>{0} ({1}, řádků: {2})</translation>
    </message>
    <message>
        <source>kept in the separately encrypted identity table</source>
        <translation>uloženy v samostatně šifrované tabulce identit</translation>
    </message>
    <message>
        <source>dropped</source>
        <translation>zahozeny</translation>
    </message>
    <message>
        <source>Ready to import {0}. Customer IDs are replaced by encrypted IDs, names and contact details are {1}, and customers who opted out are removed. Nothing is written until you press Import.</source>
        <translation>Připraveno k importu: {0}. ID zákazníků se nahradí šifrovanými ID, jména a kontaktní údaje budou {1} a zákazníci, kteří vznesli námitku, budou odstraněni. Nic se nezapíše, dokud nestisknete Importovat.</translation>
    </message>
</context>
<context>
    <name>CreatePanel</name>
    <message>
        <source>Project folder</source>
        <translation>Složka projektu</translation>
    </message>
    <message>
        <source>B&amp;rowse…</source>
        <translation>Pro&amp;cházet…</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Heslo</translation>
    </message>
    <message>
        <source>Repeat passphrase</source>
        <translation>Zopakujte heslo</translation>
    </message>
    <message>
        <source>Passphrase strength</source>
        <translation>Síla hesla</translation>
    </message>
    <message>
        <source>&amp;Create project</source>
        <translation>V&amp;ytvořit projekt</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>Zpě&amp;t</translation>
    </message>
    <message>
        <source>Everything in the project folder is encrypted with a key protected by this passphrase. Without it nobody — including us — can read the data. Keep it safe.</source>
        <translation>Vše ve složce projektu je šifrováno klíčem chráněným tímto heslem. Bez něj nikdo — ani my — data nepřečte. Uschovejte si ho bezpečně.</translation>
    </message>
    <message>
        <source>Project &amp;folder:</source>
        <translation>Složka pro&amp;jektu:</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Heslo:</translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation>Z&amp;opakovat heslo:</translation>
    </message>
    <message>
        <source>Strength:</source>
        <translation>Síla:</translation>
    </message>
    <message>
        <source>Where should the project folder be created?</source>
        <translation>Kde se má složka projektu vytvořit?</translation>
    </message>
    <message>
        <source>very weak</source>
        <translation>velmi slabé</translation>
    </message>
    <message>
        <source>weak</source>
        <translation>slabé</translation>
    </message>
    <message>
        <source>fair</source>
        <translation>přijatelné</translation>
    </message>
    <message>
        <source>strong</source>
        <translation>silné</translation>
    </message>
    <message>
        <source>very strong</source>
        <translation>velmi silné</translation>
    </message>
    <message>
        <source>Strength: {0}.</source>
        <translation>Síla: {0}.</translation>
    </message>
    <message>
        <source>Too easy to guess: use at least four ordinary words, or 12+ mixed characters.</source>
        <translation>Příliš snadno uhodnutelné: použijte alespoň čtyři běžná slova nebo 12 a více různých znaků.</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Hesla se neshodují.</translation>
    </message>
    <message>
        <source>Choose the project folder first.</source>
        <translation>Nejprve vyberte složku projektu.</translation>
    </message>
    <message>
        <source>Creating the project and deriving its key…</source>
        <translation>Vytváří se projekt a odvozuje se jeho klíč…</translation>
    </message>
</context>
<context>
    <name>DoneStep</name>
    <message>
        <source>Import &amp;more files</source>
        <translation>Importovat &amp;další soubory</translation>
    </message>
    <message>
        <source>Go to M&amp;odels to train</source>
        <translation>Přejít na &amp;Modely a trénovat</translation>
    </message>
    <message>
        <source>{0}: {1} rows</source>
        <translation>{0} (řádků: {1})</translation>
    </message>
    <message>
        <source>Imported {0} customers ({1} new). Stored: {2}. {3} rows of customers who opted out were removed. The import is entry {4} of the processing log.</source>
        <translation>Importováno zákazníků: {0} (nových: {1}). Uloženo: {2}. Odstraněné řádky zákazníků, kteří vznesli námitku: {3}. Import je záznam č. {4} v protokolu zpracování.</translation>
    </message>
    <message>
        <source>{0} rows without a customer ID were left out.</source>
        <translation>{0} řádků bez ID zákazníka bylo vynecháno.</translation>
    </message>
    <message>
        <source>{0} tickets name no customer: they feed the support-load forecast only.</source>
        <translation>{0} tiketů neuvádí zákazníka: slouží jen prognóze zátěže podpory.</translation>
    </message>
</context>
<context>
    <name>Drivers</name>
    <message>
        <source>{0} → higher {1} risk</source>
        <translation>{0} → vyšší riziko ({1})</translation>
    </message>
    <message>
        <source>Which {0} a customer has changes their {1} risk</source>
        <translation>Riziko ({1}) závisí na tom, jakou hodnotu {0} zákazník má</translation>
    </message>
    <message>
        <source>Customers with {0} &apos;{1}&apos; have the highest {2} risk</source>
        <translation>Zákazníci s hodnotou {0} &apos;{1}&apos; mají nejvyšší riziko ({2})</translation>
    </message>
</context>
<context>
    <name>Evidence</name>
    <message>
        <source>General rule of thumb; not yet measured in this business.</source>
        <translation>Obecné pravidlo z praxe; v této firmě zatím nezměřeno.</translation>
    </message>
    <message>
        <source>Measured in this business (campaign {0}): {1}</source>
        <translation>Změřeno v této firmě (kampaň {0}): {1}</translation>
    </message>
    <message>
        <source>Tried in campaign {0}: {1} Until then, the general rule of thumb.</source>
        <translation>Vyzkoušeno v kampani {0}: {1} Do té doby platí obecné pravidlo z praxe.</translation>
    </message>
</context>
<context>
    <name>Features</name>
    <message>
        <source>time as a customer</source>
        <translation>délka zákaznického vztahu</translation>
    </message>
    <message>
        <source>age</source>
        <translation>věk</translation>
    </message>
    <message>
        <source>days since last activity</source>
        <translation>dny od poslední aktivity</translation>
    </message>
    <message>
        <source>days since last product use</source>
        <translation>dny od posledního použití produktu</translation>
    </message>
    <message>
        <source>product use (4 weeks)</source>
        <translation>využití produktu (4 týdny)</translation>
    </message>
    <message>
        <source>product use (12 weeks)</source>
        <translation>využití produktu (12 týdnů)</translation>
    </message>
    <message>
        <source>usage trend</source>
        <translation>trend využití</translation>
    </message>
    <message>
        <source>logins (4 weeks)</source>
        <translation>přihlášení (4 týdny)</translation>
    </message>
    <message>
        <source>login trend</source>
        <translation>trend přihlášení</translation>
    </message>
    <message>
        <source>usage growth (8 weeks)</source>
        <translation>růst využití (8 týdnů)</translation>
    </message>
    <message>
        <source>features used (12 weeks)</source>
        <translation>používané funkce (12 týdnů)</translation>
    </message>
    <message>
        <source>days since last purchase</source>
        <translation>dny od posledního nákupu</translation>
    </message>
    <message>
        <source>purchases (12 weeks)</source>
        <translation>nákupy (12 týdnů)</translation>
    </message>
    <message>
        <source>purchases (52 weeks)</source>
        <translation>nákupy (52 týdnů)</translation>
    </message>
    <message>
        <source>spend (12 weeks)</source>
        <translation>útrata (12 týdnů)</translation>
    </message>
    <message>
        <source>spend (52 weeks)</source>
        <translation>útrata (52 týdnů)</translation>
    </message>
    <message>
        <source>spend trend</source>
        <translation>trend útraty</translation>
    </message>
    <message>
        <source>small add-on orders (12 weeks)</source>
        <translation>malé doplňkové objednávky (12 týdnů)</translation>
    </message>
    <message>
        <source>small add-on order trend</source>
        <translation>trend malých doplňkových objednávek</translation>
    </message>
    <message>
        <source>late payments (26 weeks)</source>
        <translation>opožděné platby (26 týdnů)</translation>
    </message>
    <message>
        <source>payment delay in days</source>
        <translation>zpoždění plateb ve dnech</translation>
    </message>
    <message>
        <source>overdue invoices</source>
        <translation>faktury po splatnosti</translation>
    </message>
    <message>
        <source>support tickets (4 weeks)</source>
        <translation>požadavky na podporu (4 týdny)</translation>
    </message>
    <message>
        <source>support tickets per month</source>
        <translation>požadavky na podporu měsíčně</translation>
    </message>
    <message>
        <source>support ticket trend</source>
        <translation>trend požadavků na podporu</translation>
    </message>
    <message>
        <source>open support tickets</source>
        <translation>otevřené požadavky na podporu</translation>
    </message>
    <message>
        <source>ticket resolution time in days</source>
        <translation>doba vyřešení požadavků ve dnech</translation>
    </message>
    <message>
        <source>tickets in the first three months</source>
        <translation>požadavky v prvních třech měsících</translation>
    </message>
    <message>
        <source>feedback score (12 weeks)</source>
        <translation>hodnocení ve zpětné vazbě (12 týdnů)</translation>
    </message>
    <message>
        <source>feedback score trend</source>
        <translation>trend hodnocení ve zpětné vazbě</translation>
    </message>
    <message>
        <source>chance of still buying (buy-till-you-die)</source>
        <translation>pravděpodobnost, že stále nakupuje (buy-till-you-die)</translation>
    </message>
    <message>
        <source>expected purchases (buy-till-you-die)</source>
        <translation>očekávané nákupy (buy-till-you-die)</translation>
    </message>
    <message>
        <source>churn risk</source>
        <translation>riziko odchodu</translation>
    </message>
</context>
<context>
    <name>FilesStep</name>
    <message>
        <source>Choose the CRM exports to import — CSV (any delimiter or encoding), Excel workbooks (XLSX) or JSON — or drop them onto this page. Nothing is written to the project until you press Import at the end.</source>
        <translation>Vyberte exporty z CRM k importu — CSV (libovolný oddělovač i kódování), sešity Excelu (XLSX) nebo JSON — nebo je přetáhněte na tuto stránku. Do projektu se nic nezapíše, dokud na konci nestisknete Importovat.</translation>
    </message>
    <message>
        <source>Files to import</source>
        <translation>Soubory k importu</translation>
    </message>
    <message>
        <source>&amp;Add files…</source>
        <translation>Přid&amp;at soubory…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Odebrat</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>Vy&amp;mazat</translation>
    </message>
</context>
<context>
    <name>Findings</name>
    <message>
        <source>only {0} customers: predictions need at least {1} (ideally {2}+); per-customer results this small would expose individuals</source>
        <translation>jen {0} zákazníků: předpovědi potřebují alespoň {1} (ideálně {2} a více); u tak malého počtu by výsledky za jednotlivé zákazníky odhalily konkrétní osoby</translation>
    </message>
    <message>
        <source>{0} customers: models work best with {1} or more; expect wide uncertainty</source>
        <translation>{0} zákazníků: modely fungují nejlépe s {1} a více zákazníky; počítejte s velkou nejistotou</translation>
    </message>
    <message>
        <source>no customer in this file is among the customers already imported: it may come from another system or key customers differently; check that it belongs to this project</source>
        <translation>žádný zákazník v tomto souboru není mezi již importovanými zákazníky: soubor může pocházet z jiného systému nebo identifikovat zákazníky jinak; ověřte, že patří k tomuto projektu</translation>
    </message>
    <message>
        <source>{0} share no customer ID: they cannot be joined and may come from different systems or key customers differently (e-mail in one, customer number in the other); check that they belong together</source>
        <translation>{0} nemají žádné společné ID zákazníka: nelze je propojit a mohou pocházet z různých systémů nebo identifikovat zákazníky jinak (v jednom e-mailem, v druhém číslem zákazníka); ověřte, že k sobě patří</translation>
    </message>
    <message>
        <source>{0} cover periods that do not overlap ({1} … {2} and {3} … {4}): their events cannot describe the same time; check that they belong together</source>
        <translation>{0} pokrývají období, která se nepřekrývají ({1} … {2} a {3} … {4}): jejich události nemohou popisovat stejnou dobu; ověřte, že k sobě patří</translation>
    </message>
    <message>
        <source>no dates: this export is a snapshot, so each model is checked on customers it did not learn from, in turns, rather than on a later period</source>
        <translation>žádná data (datumy): tento export je snímek jednoho okamžiku, takže se každý model ověřuje postupně na zákaznících, ze kterých se neučil, a ne na pozdějším období</translation>
    </message>
    <message>
        <source>history covers {0:.0f} months ({1} … {2}): at least {3} are needed for reliable churn signals</source>
        <translation>historie pokrývá {0:.0f} měs. ({1} … {2}): pro spolehlivé signály odchodu je potřeba alespoň {3}</translation>
    </message>
    <message>
        <source>history covers {0:.0f} months: enough for churn; a seasonal business should provide {1}</source>
        <translation>historie pokrývá {0:.0f} měs.: pro odchody to stačí; sezónní podnik by měl dodat {1}</translation>
    </message>
    <message>
        <source>only {0:.1%} of rows are in the rarer label class: the model will have little to learn from</source>
        <translation>jen {0:.1%} řádků patří do méně časté třídy štítku: model se nebude mít z čeho učit</translation>
    </message>
    <message>
        <source>{0} customers in this file are not in the customers file; their rows are kept as customers without master data</source>
        <translation>{0} zákazníků z tohoto souboru není v souboru zákazníků; jejich řádky se ponechají jako zákazníci bez kmenových údajů</translation>
    </message>
    <message>
        <source>{0} and {1} more</source>
        <translation>{0} a {1} dalších</translation>
    </message>
    <message>
        <source>cells start with =, +, - or @, which a spreadsheet would run as a formula; they are imported as plain text and exports mark them as text. Check the file if you did not expect formulas</source>
        <translation>buňky začínají znakem =, +, - nebo @, který by tabulkový procesor spustil jako vzorec; importují se jako prostý text a exporty je označí jako text. Pokud jste vzorce nečekali, zkontrolujte soubor</translation>
    </message>
    <message>
        <source>no customer column: its {0} tickets feed the support-load forecast and ticket volume views only, not any customer&apos;s features or risk. If a column does name the customer, give it the customer ID role</source>
        <translation>žádný sloupec zákazníka: {0} tiketů z tohoto souboru slouží jen prognóze zátěže podpory a přehledům objemu tiketů, ne vlastnostem ani riziku žádného zákazníka. Pokud některý sloupec zákazníka uvádí, dejte mu roli ID zákazníka</translation>
    </message>
    <message>
        <source>no column is mapped as the customer ID; tables can only be joined by one</source>
        <translation>žádný sloupec nemá roli ID zákazníka; tabulky lze propojit jen pomocí něj</translation>
    </message>
    <message>
        <source>{0} of {1} rows ({2:.1%}) have no customer ID (guest orders, or rows not linked to a customer). Leave them out, or fill the IDs in</source>
        <translation>{0} z {1} řádků ({2:.1%}) nemá ID zákazníka (objednávky hostů nebo řádky nepropojené se zákazníkem). Vynechte je, nebo ID doplňte</translation>
    </message>
    <message>
        <source>no column holds a customer number, so the e-mail address is taken as the customer: each address is linked to the customer who has it in the other files or in the project (letter case aside), and an address nobody has is a customer of its own. If a column does hold the customer number, give it the customer ID role</source>
        <translation>žádný sloupec neobsahuje číslo zákazníka, proto je zákazníkem e-mailová adresa: každá adresa se přiřadí zákazníkovi, který ji má v ostatních souborech nebo v projektu (bez ohledu na velikost písmen), a adresa, kterou nikdo nemá, je samostatným zákazníkem. Pokud některý sloupec číslo zákazníka přece obsahuje, dejte mu roli ID zákazníka</translation>
    </message>
    <message>
        <source>the customer IDs are e-mail addresses, some written with capitals: they are taken in lower case, so that an address typed two ways is one customer</source>
        <translation>ID zákazníků jsou e-mailové adresy, některé psané velkými písmeny: berou se malými písmeny, aby adresa napsaná dvěma způsoby byla jedním zákazníkem</translation>
    </message>
    <message>
        <source>the customer ID contains invisible, control or non-breaking space characters; remove them so that the ID matches in every file</source>
        <translation>v ID zákazníka jsou neviditelné nebo řídicí znaky či nezlomitelné mezery; odstraňte je, aby ID souhlasilo ve všech souborech</translation>
    </message>
    <message>
        <source>the row is associated with several customers (IDs separated by &apos;;&apos;); export one association per row, or keep one customer per row</source>
        <translation>řádek je přiřazen více zákazníkům (ID oddělená znakem &apos;;&apos;); exportujte jedno přiřazení na řádek, nebo ponechte na každém řádku jednoho zákazníka</translation>
    </message>
    <message>
        <source>no date format fits this column&apos;s values; map it as category or text instead</source>
        <translation>hodnotám tohoto sloupce neodpovídá žádný formát data; přiřaďte mu místo toho roli kategorie nebo textu</translation>
    </message>
    <message>
        <source>no number format fits this column&apos;s values; map it as category or text instead</source>
        <translation>hodnotám tohoto sloupce neodpovídá žádný formát čísla; přiřaďte mu místo toho roli kategorie nebo textu</translation>
    </message>
    <message>
        <source>the date format is ambiguous: read as {0}; if that is wrong, set the format</source>
        <translation>formát data je nejednoznačný: načteno jako {0}; pokud je to špatně, nastavte formát</translation>
    </message>
    <message>
        <source>the number format is ambiguous: read as {0}; if that is wrong, set the format</source>
        <translation>formát čísla je nejednoznačný: načteno jako {0}; pokud je to špatně, nastavte formát</translation>
    </message>
    <message>
        <source>values are not a date like {0}; fix them in the file, or map the column differently</source>
        <translation>hodnoty nejsou datum ve tvaru {0}; opravte je v souboru, nebo sloupci přiřaďte jinou roli</translation>
    </message>
    <message>
        <source>values are not a number ({0}); fix them in the file, or map the column differently</source>
        <translation>hodnoty nejsou číslo ({0}); opravte je v souboru, nebo sloupci přiřaďte jinou roli</translation>
    </message>
    <message>
        <source>values are not a plausible number ({0}); fix them in the file, or map the column differently</source>
        <translation>hodnoty nejsou věrohodné číslo ({0}); opravte je v souboru, nebo sloupci přiřaďte jinou roli</translation>
    </message>
    <message>
        <source>values are not yes/no, true/false or 1/0; fix them in the file, or map the column differently</source>
        <translation>hodnoty nejsou ano/ne (yes/no), true/false ani 1/0; opravte je v souboru, nebo sloupci přiřaďte jinou roli</translation>
    </message>
    <message>
        <source>looks like GDPR Art. 9 special-category data ({0}); it is refused unless you record the customers&apos; explicit consent to processing it, or leave the column out</source>
        <translation>vypadá jako zvláštní kategorie osobních údajů podle čl. 9 GDPR ({0}); sloupec bude odmítnut, pokud nezaznamenáte výslovný souhlas zákazníků s jejich zpracováním nebo sloupec nevynecháte</translation>
    </message>
    <message>
        <source>this column name is reserved by Prevista; rename it</source>
        <translation>tento název sloupce je v aplikaci Prevista vyhrazen; sloupec přejmenujte</translation>
    </message>
    <message>
        <source>{0} of {1} rows have no customer ID (guest orders, or rows not linked to a customer): left out as you chose; they are not stored</source>
        <translation>{0} z {1} řádků nemá ID zákazníka (objednávky hostů nebo řádky nepropojené se zákazníkem): podle vaší volby vynechány; neukládají se</translation>
    </message>
    <message>
        <source>{0} lines had this field empty and took the value the other lines of their order hold (order numbers in &apos;{1}&apos;), as a shop system writes an order&apos;s own fields on its first line only; check that they belong to it</source>
        <translation>položky s prázdným polem převzaly hodnotu z ostatních položek své objednávky (položek: {0}; čísla objednávek v &apos;{1}&apos;), protože e-shop zapisuje údaje objednávky jen do jejího prvního řádku; ověřte, že k ní patří</translation>
    </message>
    <message>
        <source>{0} of {1} rows ({2:.1%}) share one customer ID that reads as a guest or as nobody (such as 0 or &apos;guest&apos;) and stands on far more rows than any customer: taken as rows without a customer ID, not as one customer</source>
        <translation>{0} z {1} řádků ({2:.1%}) sdílí jedno ID zákazníka, které znamená hosta nebo nikoho (například 0 nebo &apos;guest&apos;) a je na mnohem více řádcích než u kteréhokoli zákazníka: bráno jako řádky bez ID zákazníka, ne jako jeden zákazník</translation>
    </message>
    <message>
        <source>line value = {0} (the unit price alone is not what a line is worth); it is used for spend and revenue at risk</source>
        <translation>hodnota řádku = {0} (samotná jednotková cena není to, kolik řádek stojí); používá se pro útratu a ohrožené tržby</translation>
    </message>
    <message>
        <source>holds each order&apos;s amount on every line of the order (the same value on the lines of {0} orders of several lines): summed over its lines, an order would count once per line; a line is worth {1} instead</source>
        <translation>obsahuje částku celé objednávky na každém jejím řádku (stejná hodnota na řádcích {0} objednávek s více řádky): sečteno přes řádky by se objednávka počítala jednou za každý řádek; řádek má místo toho hodnotu {1}</translation>
    </message>
    <message>
        <source>holds each order&apos;s amount on every line of the order (the same value on the lines of {0} orders of several lines): summed over its lines, an order would count once per line; it is counted once per order instead</source>
        <translation>obsahuje částku celé objednávky na každém jejím řádku (stejná hodnota na řádcích {0} objednávek s více řádky): sečteno přes řádky by se objednávka počítala jednou za každý řádek; místo toho se počítá jednou za objednávku</translation>
    </message>
    <message>
        <source>names {0} currencies: the amounts in &apos;{1}&apos; would be added up as if they were one; convert them to one currency before exporting, or import one currency&apos;s rows at a time</source>
        <translation>uvádí {0} měny: částky v &apos;{1}&apos; by se sečetly, jako by byly v jedné; před exportem je převeďte na jednu měnu, nebo importujte řádky každé měny zvlášť</translation>
    </message>
    <message>
        <source>{0} lines grouped into {1} orders by their order number: purchases count orders, not lines</source>
        <translation>{0} položek seskupeno podle čísla objednávky do {1} objednávek: nákupy se počítají po objednávkách, ne po položkách</translation>
    </message>
    <message>
        <source>{0} cancellation or return lines ({1}): netted out of spend, not counted as purchases or as activity</source>
        <translation>{0} položek storna nebo vrácení ({1}): odečteny od útraty, nepočítají se jako nákupy ani jako aktivita</translation>
    </message>
    <message>
        <source>{0} lines have a negative amount: too many to be refunds, so they are read as ordinary lines, not as cancellations</source>
        <translation>{0} položek má zápornou částku: je jich příliš mnoho na to, aby šlo o vrácení peněz, proto se berou jako běžné položky, ne jako storna</translation>
    </message>
    <message>
        <source>{0} lines sell no product (postage, fees, manual adjustments, discounts; found in {1}): not counted as purchases, spend or activity</source>
        <translation>{0} položek neprodává žádný produkt (poštovné, poplatky, ruční úpravy, slevy; nalezeno v {1}): nepočítají se jako nákupy, útrata ani aktivita</translation>
    </message>
    <message>
        <source>exact duplicate rows will be imported once</source>
        <translation>přesně shodné duplicitní řádky se naimportují jen jednou</translation>
    </message>
    <message>
        <source>the same customer ID appears on rows with different values; keep one row per customer</source>
        <translation>stejné ID zákazníka se objevuje na řádcích s různými hodnotami; ponechte jeden řádek na zákazníka</translation>
    </message>
    <message>
        <source>line {0}</source>
        <translation>řádek {0}</translation>
    </message>
    <message>
        <source>record {0}</source>
        <translation>záznam {0}</translation>
    </message>
    <message>
        <source>{0}!row {1}</source>
        <translation>{0}!řádek {1}</translation>
    </message>
    <message>
        <source>{0} of {1} e-mail addresses belong to customers known by their customer number (in the other files or in the project) and stand for them; the other {2} are customers of their own</source>
        <translation>{0} z {1} e-mailových adres patří zákazníkům známým podle čísla zákazníka (v ostatních souborech nebo v projektu) a zastupuje je; zbývajících {2} jsou samostatní zákazníci</translation>
    </message>
</context>
<context>
    <name>Forecast</name>
    <message>
        <source>The forecast starts after the week of {0}, the last complete one: tickets come on {1}, and the data runs to {2}.</source>
        <translation>Předpověď začíná po týdnu od {0}, posledním úplném týdnu; den, kdy přicházejí požadavky: {1}; data sahají do {2}.</translation>
    </message>
    <message>
        <source>Only {0} complete weeks of history: the methods were tested on forecasts {1} weeks ahead instead of {2}, so the quality figures are rough.</source>
        <translation>Úplných týdnů historie je jen {0}: metody byly otestovány na předpovědích o {1} týd. dopředu místo {2}, takže ukazatele kvality jsou jen orientační.</translation>
    </message>
    <message>
        <source>The methods could be tested from only {0} past point(s) in time; the band rests on few errors and may be too narrow.</source>
        <translation>Metody bylo možné otestovat jen z tohoto počtu minulých okamžiků: {0}; pásmo vychází z malého počtu chyb a může být příliš úzké.</translation>
    </message>
    <message>
        <source>The band and the error to expect come from the {0} backtest forecasts made since the change in level.</source>
        <translation>Pásmo a očekávaná odchylka vycházejí z prognóz zpětného testu od změny úrovně (počet: {0}).</translation>
    </message>
    <message>
        <source>The ticket forecast needs at least {0} complete weeks of tickets; the data has {1}.</source>
        <translation>Předpověď požadavků potřebuje alespoň {0} úplných týdnů požadavků; data jich mají {1}.</translation>
    </message>
    <message>
        <source>Less than two years of history: a yearly season can be followed only roughly, or not at all.</source>
        <translation>Historie je kratší než dva roky: roční sezónnost lze sledovat jen přibližně, nebo vůbec.</translation>
    </message>
    <message>
        <source>mean of the last 4 weeks</source>
        <translation>průměr posledních 4 týdnů</translation>
    </message>
    <message>
        <source>same week last year</source>
        <translation>stejný týden loni</translation>
    </message>
    <message>
        <source>damped-trend exponential smoothing</source>
        <translation>exponenciální vyrovnávání s tlumeným trendem</translation>
    </message>
    <message>
        <source>seasonal exponential smoothing</source>
        <translation>sezónní exponenciální vyrovnávání</translation>
    </message>
    <message>
        <source>Poisson trend and season</source>
        <translation>Poissonův model s trendem a sezónností</translation>
    </message>
    <message>
        <source>Volume dropped by about {0:.0%} from the week of {1} (about {2:.0f} tickets a week before, {3:.0f} since); the forecast uses the {4} weeks since.</source>
        <translation>Objem klesl asi o {0:.0%} počínaje týdnem od {1} (předtím asi {2:.0f} požadavků týdně, od té doby {3:.0f}); předpověď vychází z {4} týd. od té doby.</translation>
    </message>
    <message>
        <source>Volume rose by about {0:.0%} from the week of {1} (about {2:.0f} tickets a week before, {3:.0f} since); the forecast uses the {4} weeks since.</source>
        <translation>Objem vzrostl asi o {0:.0%} počínaje týdnem od {1} (předtím asi {2:.0f} požadavků týdně, od té doby {3:.0f}); předpověď vychází z {4} týd. od té doby.</translation>
    </message>
    <message>
        <source>Volume dropped by about {0:.0%} from the week of {1} (about {2:.0f} tickets a week before, {3:.0f} since); the forecast follows the new level, weighing the {4} weeks since the most.</source>
        <translation>Objem klesl asi o {0:.0%} počínaje týdnem od {1} (předtím asi {2:.0f} požadavků týdně, od té doby {3:.0f}); předpověď sleduje novou úroveň a nejvíce váží {4} týd. od té doby.</translation>
    </message>
    <message>
        <source>Volume rose by about {0:.0%} from the week of {1} (about {2:.0f} tickets a week before, {3:.0f} since); the forecast follows the new level, weighing the {4} weeks since the most.</source>
        <translation>Objem vzrostl asi o {0:.0%} počínaje týdnem od {1} (předtím asi {2:.0f} požadavků týdně, od té doby {3:.0f}); předpověď sleduje novou úroveň a nejvíce váží {4} týd. od té doby.</translation>
    </message>
    <message>
        <source>withheld: customers whose tickets it counted have since been excluded (opt-out, erasure or retention cleanup); it is recomputed at the next training or forecast refresh</source>
        <translation>nezobrazeno: zákazníci, jejichž požadavky byly započítány, byli mezitím vyřazeni (námitka, výmaz nebo promazání dat po lhůtě); přepočítá se při příštím trénování nebo obnovení předpovědi</translation>
    </message>
</context>
<context>
    <name>ForecastPage</name>
    <message>
        <source> weeks</source>
        <translation> týd.</translation>
    </message>
    <message>
        <source>&amp;Forecast the next:</source>
        <translation>Předpověď na &amp;následující:</translation>
    </message>
    <message>
        <source>&amp;Refresh forecast</source>
        <translation>&amp;Obnovit předpověď</translation>
    </message>
    <message>
        <source>Support tickets per week: history and forecast</source>
        <translation>Požadavky na podporu za týden: historie a předpověď</translation>
    </message>
    <message>
        <source>Week of</source>
        <translation>Týden od</translation>
    </message>
    <message>
        <source>Expected tickets</source>
        <translation>Očekávané požadavky</translation>
    </message>
    <message>
        <source>At least</source>
        <translation>Nejméně</translation>
    </message>
    <message>
        <source>At most</source>
        <translation>Nejvýše</translation>
    </message>
    <message>
        <source>At least (95 %)</source>
        <translation>Nejméně (95 %)</translation>
    </message>
    <message>
        <source>At most (95 %)</source>
        <translation>Nejvýše (95 %)</translation>
    </message>
    <message>
        <source>Forecast per week</source>
        <translation>Předpověď po týdnech</translation>
    </message>
    <message>
        <source> min a ticket</source>
        <translation> min na tiket</translation>
    </message>
    <message>
        <source> h a week</source>
        <translation> h týdně</translation>
    </message>
    <message>
        <source>&amp;Handling time:</source>
        <translation>&amp;Doba zpracování:</translation>
    </message>
    <message>
        <source>Ticket hours per &amp;agent:</source>
        <translation>Hodiny tiketů na &amp;agenta:</translation>
    </message>
    <message>
        <source>There are no tickets left to forecast from.</source>
        <translation>Nezůstaly žádné požadavky, ze kterých by šlo předpovídat.</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>Předpověď</translation>
    </message>
    <message>
        <source>Enter the handling time of a ticket and the hours an agent spends on tickets in a week to see the agents needed per week.</source>
        <translation>Zadejte dobu zpracování tiketu a hodiny, které agent týdně věnuje tiketům, a uvidíte potřebný počet agentů na týden.</translation>
    </message>
    <message>
        <source>Week of {0}: {1:.1f} agents; a busy week (top of the {2:.0%} band) needs {3}.</source>
        <translation>Týden od {0}: {1:.1f} agentů; rušný týden (horní okraj pásma {2:.0%}) potřebuje {3}.</translation>
    </message>
    <message>
        <source>No stored forecast: {0}</source>
        <translation>Žádná uložená předpověď: {0}</translation>
    </message>
    <message>
        <source>No stored forecast yet. Training makes one; Refresh computes one now from the imported tickets.</source>
        <translation>Zatím žádná uložená předpověď. Trénování ji vytvoří; „Obnovit předpověď“ ji vypočítá hned z importovaných požadavků.</translation>
    </message>
    <message>
        <source>Forecast made at training.</source>
        <translation>Předpověď vytvořená při trénování.</translation>
    </message>
    <message>
        <source>Forecasting support tickets</source>
        <translation>Předpovídají se požadavky na podporu</translation>
    </message>
    <message>
        <source>Fresh forecast (logged).</source>
        <translation>Nová předpověď (zaznamenána v protokolu).</translation>
    </message>
    <message>
        <source>Support tickets, next {0} weeks: about {1:,.0f} expected ({2}; forecasting {3} weeks ahead from past points in time, it was off by {4:.1f} tickets a week on average against {5:.1f} for the best other method, {6}). The band holds {7:.0%} of likely outcomes.</source>
        <translation>Tikety podpory, příštích {0} týdnů: očekává se asi {1:,.0f} ({2}; při prognózách {3} týdnů dopředu z dřívějších okamžiků se v průměru mýlil o {4:.1f} tiketů týdně oproti {5:.1f} u nejlepší jiné metody, {6}). Pásmo zahrnuje {7:.0%} pravděpodobných výsledků.</translation>
    </message>
    <message>
        <source>Expect it to be off by about {0:.1f} tickets a week. In the backtest the {1:.0%} band held {2:.0%} of the weeks (the 95 % band {3:.0%}) and was about {4:.0f} tickets wide.</source>
        <translation>Počítejte s odchylkou asi {0:.1f} tiketů týdně. Ve zpětném testu pásmo {1:.0%} zahrnulo {2:.0%} týdnů (pásmo 95 % {3:.0%}) a bylo široké asi {4:.0f} tiketů.</translation>
    </message>
    <message>
        <source>Backtest error per method, tickets a week: {0}.</source>
        <translation>Chyba zpětného testu podle metody, tiketů týdně: {0}.</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>pondělí</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>úterý</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>středa</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>čtvrtek</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>pátek</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>sobota</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>neděle</translation>
    </message>
    <message>
        <source>Share of a week&apos;s tickets per working day: {0}.</source>
        <translation>Podíl tiketů týdne podle pracovního dne: {0}.</translation>
    </message>
    <message>
        <source>Tickets per week</source>
        <translation>Požadavky za týden</translation>
    </message>
    <message>
        <source>{0:.0%} interval</source>
        <translation>Interval {0:.0%}</translation>
    </message>
    <message>
        <source>Support tickets per week</source>
        <translation>Požadavky na podporu za týden</translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation>Požadavky</translation>
    </message>
    <message>
        <source>{0} weeks of history, then {1} forecast weeks; the forecast values are listed in the table.</source>
        <translation>Historie: {0} týd., poté předpověď: {1} týd.; předpovězené hodnoty jsou uvedeny v tabulce.</translation>
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
        <translation>Skupina zákazníků, kteří se chovají podobně. Segment se zobrazí jen tehdy, když má alespoň tolik zákazníků, kolik činí nejmenší velikost skupiny (k).</translation>
    </message>
    <message>
        <source>Churn risk</source>
        <translation>Riziko odchodu</translation>
    </message>
    <message>
        <source>The chance, estimated by the model, that a customer stops buying or cancels within the outcome horizon. For a segment it is the average of its customers.</source>
        <translation>Modelem odhadnutá pravděpodobnost, že zákazník během horizontu výsledku přestane nakupovat nebo zruší službu. U segmentu jde o průměr jeho zákazníků.</translation>
    </message>
    <message>
        <source>Expected churners</source>
        <translation>Očekávané odchody</translation>
    </message>
    <message>
        <source>How many customers of a segment are likely to leave: their churn risks added up. It is an estimate for the group, not a list of people.</source>
        <translation>Kolik zákazníků segmentu pravděpodobně odejde: součet jejich rizik odchodu. Je to odhad za celou skupinu, ne seznam konkrétních lidí.</translation>
    </message>
    <message>
        <source>Revenue at risk</source>
        <translation>Ohrožené tržby</translation>
    </message>
    <message>
        <source>The yearly value of the customers likely to leave: each customer&apos;s spend or fee times their churn risk, added up. Without a value (spend, fee, balance) in the data it cannot be computed and shows a dash.</source>
        <translation>Roční hodnota zákazníků, kteří pravděpodobně odejdou: útrata nebo poplatek každého zákazníka vynásobené jeho rizikem odchodu a sečtené. Bez hodnoty v datech (útrata, poplatek, zůstatek) je nelze spočítat a zobrazí se pomlčka.</translation>
    </message>
    <message>
        <source>Purchase propensity</source>
        <translation>Sklon k nákupu</translation>
    </message>
    <message>
        <source>The chance that a customer buys again within the outcome horizon. Customers with a high propensity are the likeliest to respond to an offer.</source>
        <translation>Pravděpodobnost, že zákazník během horizontu výsledku znovu nakoupí. Zákazníci s vysokým sklonem k nákupu nejspíše zareagují na nabídku.</translation>
    </message>
    <message>
        <source>Forecast tickets</source>
        <translation>Předpověď požadavků</translation>
    </message>
    <message>
        <source>The support tickets the customers of a segment are expected to open in the forecast period.</source>
        <translation>Požadavky na podporu, které zákazníci segmentu podle očekávání založí v předpovídaném období.</translation>
    </message>
    <message>
        <source>Still active (buy-till-you-die)</source>
        <translation>Stále aktivní (buy-till-you-die)</translation>
    </message>
    <message>
        <source>For shops without subscriptions: from how often and how recently each customer bought, a classic model estimates the chance that they are still a customer and how many repeat purchases to expect.</source>
        <translation>Pro obchody bez předplatného: klasický model podle toho, jak často a jak nedávno každý zákazník nakoupil, odhadne pravděpodobnost, že je stále zákazníkem, a kolik opakovaných nákupů lze očekávat.</translation>
    </message>
    <message>
        <source>Outcome horizon</source>
        <translation>Horizont výsledku</translation>
    </message>
    <message>
        <source>The period after the cut-off date in which a customer counts as lost or as a buyer, for example 90 days.</source>
        <translation>Období po rozhodném datu, během kterého se zákazník počítá jako ztracený nebo jako kupující, například 90 dní.</translation>
    </message>
    <message>
        <source>Drivers</source>
        <translation>Ovlivňující faktory</translation>
    </message>
    <message>
        <source>The customer traits that move the model&apos;s estimate most, such as fewer orders lately. They explain a prediction; they do not prove a cause.</source>
        <translation>Vlastnosti zákazníka, které nejvíce ovlivňují odhad modelu, například méně objednávek v poslední době. Vysvětlují předpověď, ale nedokazují příčinu.</translation>
    </message>
    <message>
        <source>Held-out data</source>
        <translation>Odložená data</translation>
    </message>
    <message>
        <source>Customers or a later period kept aside during training and used only to measure the model: a fair test of how it does on customers it has never seen.</source>
        <translation>Zákazníci nebo pozdější období, které se při trénování odloží stranou a slouží jen k měření modelu: férový test toho, jak si model vede u zákazníků, které nikdy neviděl.</translation>
    </message>
    <message>
        <source>Baseline (reference model)</source>
        <translation>Srovnávací model (baseline)</translation>
    </message>
    <message>
        <source>A deliberately simple way to predict, measured the same way as the model. The model is only worth using where it clearly beats its baselines.</source>
        <translation>Záměrně jednoduchý způsob předpovědi, měřený stejně jako model. Model má smysl používat jen tam, kde své srovnávací modely jasně překonává.</translation>
    </message>
    <message>
        <source>ROC AUC</source>
        <translation>ROC AUC</translation>
    </message>
    <message>
        <source>How well the model ranks customers who leave above customers who stay: 0.5 is guessing, 1 is perfect; real churn models reach about 0.7 to 0.85.</source>
        <translation>Jak dobře model řadí odcházející zákazníky výš než ty, kteří zůstávají: 0,5 je hádání, 1 je dokonalost; skutečné modely odchodu dosahují asi 0,7 až 0,85.</translation>
    </message>
    <message>
        <source>PR AUC</source>
        <translation>PR AUC</translation>
    </message>
    <message>
        <source>How many of the model&apos;s top picks really leave, over lists of every length; higher is better. It matters most when few customers leave.</source>
        <translation>Kolik zákazníků, které model označil za nejrizikovější, skutečně odejde, a to u seznamů libovolné délky; vyšší je lepší. Nejvíc na něm záleží, když odchází jen málo zákazníků.</translation>
    </message>
    <message>
        <source>Brier score</source>
        <translation>Brierovo skóre</translation>
    </message>
    <message>
        <source>The average squared gap between the predicted chances and what happened; lower is better.</source>
        <translation>Průměrná druhá mocnina rozdílu mezi předpovězenými pravděpodobnostmi a tím, co skutečně nastalo; nižší je lepší.</translation>
    </message>
    <message>
        <source>Lift</source>
        <translation>Lift</translation>
    </message>
    <message>
        <source>How many times more churners a list chosen by the model holds than a list of the same length chosen at random. Top-decile lift compares the 10 % with the highest risk.</source>
        <translation>Kolikrát více odcházejících zákazníků obsahuje seznam vybraný modelem než stejně dlouhý seznam vybraný náhodně. Lift v horním decilu porovnává 10 % zákazníků s nejvyšším rizikem.</translation>
    </message>
    <message>
        <source>Calibration</source>
        <translation>Kalibrace</translation>
    </message>
    <message>
        <source>Whether the predicted chances come true: of the customers given a 20 % risk, about 20 % should leave. The calibration chart sets predicted against observed rates.</source>
        <translation>Zda se předpovězené pravděpodobnosti naplňují: ze zákazníků s rizikem 20 % by mělo odejít asi 20 %. Kalibrační graf porovnává předpovězené podíly s pozorovanými.</translation>
    </message>
    <message>
        <source>95 % range</source>
        <translation>95% rozsah</translation>
    </message>
    <message>
        <source>The span that holds a quality measure in 95 % of resamples of the held-out customers. The wider it is, the less certain the measure.</source>
        <translation>Rozpětí, do kterého ukazatel kvality padne v 95 % opakovaných výběrů z odložených zákazníků. Čím je širší, tím je ukazatel méně jistý.</translation>
    </message>
    <message>
        <source>Shift (PSI)</source>
        <translation>Posun (PSI)</translation>
    </message>
    <message>
        <source>How much today&apos;s customers differ from those the model learnt from. A large shift means the model should be retrained.</source>
        <translation>Jak moc se dnešní zákazníci liší od těch, ze kterých se model učil. Velký posun znamená, že by se model měl přetrénovat.</translation>
    </message>
    <message>
        <source>Control group (held back)</source>
        <translation>Kontrolní skupina (ponechaná stranou)</translation>
    </message>
    <message>
        <source>Customers of a campaign chosen at random and deliberately not acted on. Comparing them with the treated customers shows what the action itself changed.</source>
        <translation>Náhodně vybraní zákazníci kampaně, které záměrně neoslovíte. Porovnání s testovací skupinou ukáže, co změnila samotná akce.</translation>
    </message>
    <message>
        <source>Treated</source>
        <translation>Testovací skupina</translation>
    </message>
    <message>
        <source>The customers of a campaign who are acted on (called, mailed, offered a discount).</source>
        <translation>Zákazníci kampaně, u kterých se akce provede (zavoláte jim, napíšete jim, nabídnete jim slevu).</translation>
    </message>
    <message>
        <source>Uplift (difference)</source>
        <translation>Uplift (rozdíl)</translation>
    </message>
    <message>
        <source>The difference in an outcome between treated and held-back customers: the effect of the action beyond what would have happened anyway.</source>
        <translation>Rozdíl ve výsledku mezi testovací a kontrolní skupinou: účinek akce nad rámec toho, co by se stalo i tak.</translation>
    </message>
    <message>
        <source>Interval (90 %)</source>
        <translation>Interval (90 %)</translation>
    </message>
    <message>
        <source>The range that holds the true value with the stated confidence, usually 90 %; the wider, the less certain. A campaign interval that includes zero means the action may have changed nothing.</source>
        <translation>Rozpětí, ve kterém leží skutečná hodnota s uvedenou spolehlivostí, obvykle 90 %; čím je širší, tím méně jisté. Pokud interval kampaně zahrnuje nulu, akce možná nic nezměnila.</translation>
    </message>
    <message>
        <source>Backtest</source>
        <translation>Zpětný test</translation>
    </message>
    <message>
        <source>Testing a forecast on past weeks as if they were the future: each method forecasts them from the weeks before, and the result is compared with what really happened.</source>
        <translation>Ověření předpovědi na minulých týdnech, jako by šlo o budoucnost: každá metoda je předpoví z předchozích týdnů a výsledek se porovná s tím, co se skutečně stalo.</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>Pokrytí</translation>
    </message>
    <message>
        <source>How often the real value fell inside the forecast&apos;s interval in the backtest. For a 90 % interval about 90 % is right; much less means the interval is too narrow.</source>
        <translation>Jak často skutečná hodnota ve zpětném testu padla do intervalu předpovědi. U 90% intervalu je správně asi 90 %; mnohem méně znamená, že je interval příliš úzký.</translation>
    </message>
    <message>
        <source>Smallest group (k)</source>
        <translation>Nejmenší skupina (k)</translation>
    </message>
    <message>
        <source>The fewest customers any group shown or exported may have. Smaller groups are withheld, so that no figure describes a single recognisable person.</source>
        <translation>Nejmenší počet zákazníků, který smí mít každá zobrazená nebo exportovaná skupina. Menší skupiny se nezobrazují, aby žádné číslo nepopisovalo jednu rozpoznatelnou osobu.</translation>
    </message>
    <message>
        <source>Encrypted ID (pseudonymisation)</source>
        <translation>Šifrované ID (pseudonymizace)</translation>
    </message>
    <message>
        <source>Customer numbers are replaced by encrypted IDs before anything is stored, and names and contact details are dropped unless you choose to keep them. Without the passphrase nobody can trace the data to a person.</source>
        <translation>Čísla zákazníků se před uložením čehokoli nahradí šifrovanými ID a jména a kontaktní údaje se zahodí, pokud se nerozhodnete je ponechat. Bez hesla nikdo nedokáže data přiřadit ke konkrétní osobě.</translation>
    </message>
    <message>
        <source>Opt-out (objection)</source>
        <translation>Námitka (opt-out)</translation>
    </message>
    <message>
        <source>A customer&apos;s objection to being analysed or contacted. Their data is removed, and their encrypted ID stays on the opt-out register so that no later import can bring them back.</source>
        <translation>Námitka zákazníka proti analýze nebo kontaktování. Jeho data se odstraní a jeho šifrované ID zůstane v registru námitek, aby ho žádný pozdější import nemohl vrátit zpět.</translation>
    </message>
    <message>
        <source>Retention deadline</source>
        <translation>Lhůta uchovávání</translation>
    </message>
    <message>
        <source>How long each kind of data may be kept. Data past its deadline must be deleted: the Privacy screen shows what is due and deletes it in a cleanup.</source>
        <translation>Jak dlouho se smí jednotlivé druhy dat uchovávat. Data po lhůtě se musí smazat: obrazovka Ochrana údajů ukáže, co je na řadě, a při promazání to smaže.</translation>
    </message>
    <message>
        <source>Processing log</source>
        <translation>Protokol zpracování</translation>
    </message>
    <message>
        <source>A signed record of every processing step (imports, training, exports, deletions) that holds no personal data. Your data protection officer can check it without the passphrase.</source>
        <translation>Podepsaný záznam každého kroku zpracování (importy, trénování, exporty, mazání), který neobsahuje žádné osobní údaje. Váš pověřenec pro ochranu osobních údajů ho může zkontrolovat bez hesla.</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Otisk klíče</translation>
    </message>
    <message>
        <source>A short code computed from the log&apos;s public key. If it matches the one your data protection officer noted, the log was signed by this project and not by someone else.</source>
        <translation>Krátký kód vypočtený z veřejného klíče protokolu. Pokud se shoduje s tím, který si poznamenal váš pověřenec pro ochranu osobních údajů, protokol podepsal tento projekt, a ne někdo jiný.</translation>
    </message>
    <message>
        <source>Checkpoint</source>
        <translation>Kontrolní bod</translation>
    </message>
    <message>
        <source>The log&apos;s latest entry as your data protection officer last saw it. Checking the log against it later shows whether any entry was removed or rewritten since.</source>
        <translation>Poslední záznam protokolu tak, jak ho váš pověřenec pro ochranu osobních údajů viděl naposledy. Pozdější kontrola protokolu proti němu ukáže, zda byl od té doby některý záznam odstraněn nebo přepsán.</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Účel</translation>
    </message>
    <message>
        <source>What the data is processed for. It is recorded with every step, and the data may only be used for it.</source>
        <translation>K čemu se data zpracovávají. Zaznamenává se u každého kroku a data se smí použít jen k tomuto účelu.</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Právní základ</translation>
    </message>
    <message>
        <source>The reason under data protection law that allows the processing, such as legitimate interest. It is recorded with every import.</source>
        <translation>Důvod podle práva na ochranu osobních údajů, který zpracování umožňuje, například oprávněný zájem. Zaznamenává se u každého importu.</translation>
    </message>
    <message>
        <source>KPI baseline</source>
        <translation>Výchozí hodnoty KPI</translation>
    </message>
    <message>
        <source>The key figures recorded at the start of the pilot, so that later figures can be compared with them.</source>
        <translation>Klíčové údaje zaznamenané na začátku pilotního projektu, aby s nimi bylo možné porovnat pozdější údaje.</translation>
    </message>
    <message>
        <source>Undo the last import</source>
        <translation>Vrátit zpět poslední import</translation>
    </message>
    <message>
        <source>Puts the data back as it was before the most recent import. Opt-outs and erasures recorded since stay in force, and models trained on the undone data are marked for retraining.</source>
        <translation>Vrátí data do stavu před posledním importem. Námitky a výmazy zaznamenané od té doby zůstávají v platnosti a modely natrénované na datech vráceného importu se označí k přetrénování.</translation>
    </message>
</context>
<context>
    <name>GlossaryTab</name>
    <message>
        <source>Search the glossary</source>
        <translation>Hledat ve slovníčku pojmů</translation>
    </message>
    <message>
        <source>Terms</source>
        <translation>Pojmy</translation>
    </message>
    <message>
        <source>No term matches.</source>
        <translation>Žádný pojem neodpovídá.</translation>
    </message>
</context>
<context>
    <name>GuideTab</name>
    <message>
        <source>Prevista turns your CRM exports into segments you can act on, entirely on this computer. These are the steps, in order:</source>
        <translation>Prevista promění vaše exporty z CRM v segmenty, se kterými můžete pracovat, a to zcela na tomto počítači. Toto jsou kroky v pořadí:</translation>
    </message>
    <message>
        <source>1. Import your CRM exports</source>
        <translation>1. Importujte exporty z CRM</translation>
    </message>
    <message>
        <source>Export customers, orders or invoices, and support tickets from your CRM as CSV or Excel files and import them. Customer numbers are replaced by encrypted IDs before anything is stored; names and contact details are dropped unless you choose to keep them.</source>
        <translation>Vyexportujte ze svého CRM zákazníky, objednávky nebo faktury a požadavky na podporu jako soubory CSV nebo Excel a importujte je. Čísla zákazníků se před uložením čehokoli nahradí šifrovanými ID; jména a kontaktní údaje se zahodí, pokud se nerozhodnete je ponechat.</translation>
    </message>
    <message>
        <source>Go to &amp;Import</source>
        <translation>Přejít na &amp;Import</translation>
    </message>
    <message>
        <source>2. Check the data</source>
        <translation>2. Zkontrolujte data</translation>
    </message>
    <message>
        <source>Before anything is stored, the import shows what it found: which column means what, and problems such as too few customers or too short a history. Correct a column&apos;s meaning there, or fix the export and import it again.</source>
        <translation>Před uložením čehokoli import ukáže, co našel: co který sloupec znamená a problémy, jako je příliš málo zákazníků nebo příliš krátká historie. Význam sloupce opravte přímo tam, nebo opravte export a importujte ho znovu.</translation>
    </message>
    <message>
        <source>Go to the &amp;quality check</source>
        <translation>Přejít na kontrolu k&amp;vality</translation>
    </message>
    <message>
        <source>3. Train the models</source>
        <translation>3. Natrénujte modely</translation>
    </message>
    <message>
        <source>Training learns from your history who is likely to leave and who is likely to buy, and measures itself on customers it never saw, beside simple baselines. The Models page says how good the result is in plain words.</source>
        <translation>Při trénování se modely z vaší historie naučí, kdo pravděpodobně odejde a kdo pravděpodobně nakoupí, a jejich kvalita se změří na zákaznících, které nikdy neviděly, vedle jednoduchých srovnávacích modelů. Stránka Modely srozumitelně řekne, jak dobrý je výsledek.</translation>
    </message>
    <message>
        <source>Go to &amp;Models</source>
        <translation>Přejít na &amp;Modely</translation>
    </message>
    <message>
        <source>4. Look at the segments and act</source>
        <translation>4. Prohlédněte si segmenty a jednejte</translation>
    </message>
    <message>
        <source>Customers are grouped into segments, each with its churn risk, revenue at risk and a suggested action. Start a campaign for a segment: a random part of it is held back, so that the effect can be measured later.</source>
        <translation>Zákazníci jsou rozděleni do segmentů, každý s rizikem odchodu, ohroženými tržbami a navrženou akcí. Zahajte kampaň pro segment: náhodná část jeho zákazníků se ponechá stranou, aby bylo možné účinek později změřit.</translation>
    </message>
    <message>
        <source>Go to &amp;Segments</source>
        <translation>Přejít na &amp;Segmenty</translation>
    </message>
    <message>
        <source>5. Measure and report</source>
        <translation>5. Změřte výsledky a připravte zprávy</translation>
    </message>
    <message>
        <source>After the campaign, import who was reached and measure: the difference between treated and held-back customers shows what the action changed. The reports sum up the pilot and the processing for your records.</source>
        <translation>Po kampani importujte, koho se podařilo zastihnout, a změřte výsledek: rozdíl mezi testovací a kontrolní skupinou ukáže, co akce změnila. Zprávy shrnou pilotní projekt a zpracování pro vaši dokumentaci.</translation>
    </message>
    <message>
        <source>Go to &amp;Campaigns</source>
        <translation>Přejít na &amp;Kampaně</translation>
    </message>
    <message>
        <source>Your privacy duties</source>
        <translation>Vaše povinnosti v oblasti ochrany údajů</translation>
    </message>
    <message>
        <source>Record objections (opt-outs) and requests for access or erasure as they arrive, and delete data past its retention deadline when the Privacy screen says a cleanup is due. Every step is written to the signed processing log your data protection officer can check.</source>
        <translation>Zaznamenávejte námitky a žádosti o přístup nebo výmaz, jakmile přijdou, a mažte data po lhůtě uchovávání, když obrazovka Ochrana údajů ohlásí, že je třeba promazat. Každý krok se zapisuje do podepsaného protokolu zpracování, který může zkontrolovat váš pověřenec pro ochranu osobních údajů.</translation>
    </message>
    <message>
        <source>Go to &amp;Privacy</source>
        <translation>Přejít na &amp;Ochranu údajů</translation>
    </message>
    <message>
        <source>Create or open a project first (File menu, or the start screen): the buttons below then lead to each step&apos;s screen.</source>
        <translation>Nejprve vytvořte nebo otevřete projekt (nabídka Soubor nebo úvodní obrazovka): tlačítka níže pak vedou na obrazovku každého kroku.</translation>
    </message>
</context>
<context>
    <name>HelpActions</name>
    <message>
        <source>&amp;Guide</source>
        <translation>&amp;Průvodce</translation>
    </message>
    <message>
        <source>G&amp;lossary</source>
        <translation>&amp;Slovníček pojmů</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <source>Prevista help</source>
        <translation>Nápověda k aplikaci Prevista</translation>
    </message>
    <message>
        <source>&amp;Guide</source>
        <translation>&amp;Průvodce</translation>
    </message>
    <message>
        <source>G&amp;lossary</source>
        <translation>&amp;Slovníček pojmů</translation>
    </message>
</context>
<context>
    <name>ImportHistoryDialog</name>
    <message>
        <source>Import history</source>
        <translation>Historie importů</translation>
    </message>
    <message>
        <source>Log entry</source>
        <translation>Záznam protokolu</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Kdy</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Režim</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Soubory</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Zákazníci</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stav</translation>
    </message>
    <message>
        <source>Imports, newest first</source>
        <translation>Importy, od nejnovějšího</translation>
    </message>
    <message>
        <source>Files are shown by kind, size and the start of their checksum: file names are not kept, because a name can itself identify a person.</source>
        <translation>Soubory se zobrazují podle druhu, velikosti a začátku kontrolního součtu: názvy souborů se neukládají, protože už samotný název může identifikovat osobu.</translation>
    </message>
    <message>
        <source>&amp;Undo the last import…</source>
        <translation>&amp;Vrátit zpět poslední import…</translation>
    </message>
    <message>
        <source>Reading the import history</source>
        <translation>Načítá se historie importů</translation>
    </message>
    <message>
        <source>{0}, {1}, {2} rows ({3}…)</source>
        <translation>{0}, {1}, řádků: {2} ({3}…)</translation>
    </message>
    <message>
        <source>added</source>
        <translation>přidáno</translation>
    </message>
    <message>
        <source>replaced</source>
        <translation>nahrazeno</translation>
    </message>
    <message>
        <source>undone (log entry {0})</source>
        <translation>vráceno zpět (záznam protokolu {0})</translation>
    </message>
    <message>
        <source>in effect</source>
        <translation>v platnosti</translation>
    </message>
    <message>
        <source>Checking what undoing would change</source>
        <translation>Zjišťuje se, co by vrácení zpět změnilo</translation>
    </message>
    <message>
        <source>{0}: back to {1} rows</source>
        <translation>{0}: počet řádků se vrátí na {1}</translation>
    </message>
    <message>
        <source>{0}: removed (the import created it)</source>
        <translation>{0}: odstraněno (vytvořil ho import)</translation>
    </message>
    <message>
        <source>{0} customers the import added are removed</source>
        <translation>Zákazníci přidaní importem, kteří se odstraní: {0}</translation>
    </message>
    <message>
        <source>the models were trained on this data: retrain them afterwards</source>
        <translation>modely byly natrénovány na těchto datech: poté je přetrénujte</translation>
    </message>
    <message>
        <source>Undo the import of {0}?</source>
        <translation>Vrátit zpět import z {0}?</translation>
    </message>
    <message>
        <source>Opt-outs and erasures recorded since stay in force.</source>
        <translation>Námitky a výmazy zaznamenané od té doby zůstávají v platnosti.</translation>
    </message>
    <message>
        <source>The last import cannot be undone: {0}.</source>
        <translation>Poslední import nelze vrátit zpět: {0}.</translation>
    </message>
    <message>
        <source>Undo the last import</source>
        <translation>Vrátit zpět poslední import</translation>
    </message>
    <message>
        <source>Undoing the last import</source>
        <translation>Vrací se zpět poslední import</translation>
    </message>
    <message>
        <source>The import was undone (processing log entry {0}).</source>
        <translation>Import byl vrácen zpět (záznam protokolu zpracování č. {0}).</translation>
    </message>
</context>
<context>
    <name>ImportPage</name>
    <message>
        <source>&amp;Back</source>
        <translation>Zpě&amp;t</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Další</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>&amp;Historie…</translation>
    </message>
    <message>
        <source>Nothing can be imported into it any more: create a new project for a new pilot.</source>
        <translation>Do tohoto projektu už nelze nic importovat: pro nový pilotní projekt vytvořte nový projekt.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Choose the files</source>
        <translation>Výběr souborů</translation>
    </message>
    <message>
        <source>Preview and column roles</source>
        <translation>Náhled a role sloupců</translation>
    </message>
    <message>
        <source>Data-quality report</source>
        <translation>Zpráva o kvalitě dat</translation>
    </message>
    <message>
        <source>Purpose and import</source>
        <translation>Účel a import</translation>
    </message>
    <message>
        <source>Import complete</source>
        <translation>Import dokončen</translation>
    </message>
    <message>
        <source>Step {0} of {1}: {2}</source>
        <translation>Krok {0} z {1}: {2}</translation>
    </message>
    <message>
        <source>Choose exports to import</source>
        <translation>Vyberte exporty k importu</translation>
    </message>
    <message>
        <source>Exports (*.csv *.tsv *.txt *.xlsx *.xlsm *.json *.zip *.gz);;All files (*)</source>
        <translation>Exporty (*.csv *.tsv *.txt *.xlsx *.xlsm *.json *.zip *.gz);;Všechny soubory (*)</translation>
    </message>
    <message>
        <source>Reading a preview of {0}</source>
        <translation>Načítá se náhled souboru {0}</translation>
    </message>
    <message>
        <source>Reading and checking the files</source>
        <translation>Načítají se a kontrolují soubory</translation>
    </message>
    <message>
        <source>State the purpose of the import: it is recorded in the processing log.</source>
        <translation>Uveďte účel importu: zaznamená se do protokolu zpracování.</translation>
    </message>
    <message>
        <source>Pseudonymizing and importing</source>
        <translation>Pseudonymizace a import</translation>
    </message>
    <message>
        <source>Nothing was imported: the data-quality check refused it.</source>
        <translation>Nic nebylo importováno: kontrola kvality dat import odmítla.</translation>
    </message>
</context>
<context>
    <name>JobBar</name>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Zrušit</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Ruší se…</translation>
    </message>
    <message>
        <source>Saving the result; too late to cancel…</source>
        <translation>Ukládá se výsledek; na zrušení je už pozdě…</translation>
    </message>
</context>
<context>
    <name>JobPanel</name>
    <message>
        <source>Nothing was changed.</source>
        <translation>Nic nebylo změněno.</translation>
    </message>
</context>
<context>
    <name>Kpis</name>
    <message>
        <source>per {0} days</source>
        <translation>za {0} dní</translation>
    </message>
    <message>
        <source>{0:+.0f} points</source>
        <translation>{0:+.0f} p. b.</translation>
    </message>
    <message>
        <source>no support tickets were imported</source>
        <translation>nebyly importovány žádné požadavky na podporu</translation>
    </message>
    <message>
        <source>no dated orders or transactions were imported</source>
        <translation>nebyly importovány žádné datované objednávky ani transakce</translation>
    </message>
    <message>
        <source>the ticket export has no closing date, so resolution cannot be measured</source>
        <translation>export požadavků nemá datum uzavření, takže vyřešení nelze změřit</translation>
    </message>
    <message>
        <source>no support cost was entered: enter what support costs a month in the settings (support_cost_per_month)</source>
        <translation>nebyly zadány náklady na podporu: v nastavení zadejte, kolik podpora stojí měsíčně (support_cost_per_month)</translation>
    </message>
    <message>
        <source>Churn rate</source>
        <translation>Míra odchodu</translation>
    </message>
    <message>
        <source>Repeat-purchase rate</source>
        <translation>Míra opakovaných nákupů</translation>
    </message>
    <message>
        <source>Average order value</source>
        <translation>Průměrná hodnota objednávky</translation>
    </message>
    <message>
        <source>Customer lifetime value (estimate)</source>
        <translation>Celoživotní hodnota zákazníka (odhad)</translation>
    </message>
    <message>
        <source>Tickets per customer</source>
        <translation>Požadavky na zákazníka</translation>
    </message>
    <message>
        <source>First-contact resolution</source>
        <translation>Vyřešení při prvním kontaktu</translation>
    </message>
    <message>
        <source>Resolution time (median)</source>
        <translation>Doba vyřešení (medián)</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>hodiny</translation>
    </message>
    <message>
        <source>CSAT (mean satisfaction score)</source>
        <translation>CSAT (průměrné hodnocení spokojenosti)</translation>
    </message>
    <message>
        <source>Cost per ticket</source>
        <translation>Náklady na požadavek</translation>
    </message>
</context>
<context>
    <name>LegalBasis</name>
    <message>
        <source>Art. 6(1)(a) GDPR — consent</source>
        <translation>čl. 6 odst. 1 písm. a) GDPR — souhlas</translation>
    </message>
    <message>
        <source>Art. 6(1)(b) GDPR — performance of a contract</source>
        <translation>čl. 6 odst. 1 písm. b) GDPR — plnění smlouvy</translation>
    </message>
    <message>
        <source>Art. 6(1)(f) GDPR — legitimate interest</source>
        <translation>čl. 6 odst. 1 písm. f) GDPR — oprávněný zájem</translation>
    </message>
</context>
<context>
    <name>LogActions</name>
    <message>
        <source>Project created</source>
        <translation>Projekt vytvořen</translation>
    </message>
    <message>
        <source>Passphrase changed</source>
        <translation>Heslo změněno</translation>
    </message>
    <message>
        <source>Operation not completed</source>
        <translation>Operace nedokončena</translation>
    </message>
    <message>
        <source>Log loss recorded</source>
        <translation>Ztráta protokolu zaznamenána</translation>
    </message>
    <message>
        <source>Settings changed</source>
        <translation>Nastavení změněno</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Import refused</source>
        <translation>Import odmítnut</translation>
    </message>
    <message>
        <source>Import not confirmed</source>
        <translation>Import nepotvrzen</translation>
    </message>
    <message>
        <source>Import undone</source>
        <translation>Import vrácen zpět</translation>
    </message>
    <message>
        <source>Models trained</source>
        <translation>Modely natrénovány</translation>
    </message>
    <message>
        <source>Drift check</source>
        <translation>Kontrola driftu</translation>
    </message>
    <message>
        <source>Ticket forecast</source>
        <translation>Předpověď požadavků</translation>
    </message>
    <message>
        <source>Opt-out recorded</source>
        <translation>Námitka zaznamenána</translation>
    </message>
    <message>
        <source>Opt-out withdrawn</source>
        <translation>Námitka odvolána</translation>
    </message>
    <message>
        <source>Action list prepared</source>
        <translation>Seznam akcí připraven</translation>
    </message>
    <message>
        <source>KPI baseline taken</source>
        <translation>Výchozí hodnoty KPI zaznamenány</translation>
    </message>
    <message>
        <source>Campaign started</source>
        <translation>Kampaň zahájena</translation>
    </message>
    <message>
        <source>Campaign contact list exported</source>
        <translation>Seznam kontaktů kampaně exportován</translation>
    </message>
    <message>
        <source>Campaign contact outcomes imported</source>
        <translation>Výsledky kontaktů kampaně importovány</translation>
    </message>
    <message>
        <source>Campaign measured</source>
        <translation>Kampaň změřena</translation>
    </message>
    <message>
        <source>Retention policy set</source>
        <translation>Lhůty uchovávání nastaveny</translation>
    </message>
    <message>
        <source>Retention cleanup</source>
        <translation>Promazání dat po lhůtě</translation>
    </message>
    <message>
        <source>Access request answered</source>
        <translation>Žádost o přístup vyřízena</translation>
    </message>
    <message>
        <source>Erasure on request</source>
        <translation>Výmaz na žádost</translation>
    </message>
    <message>
        <source>Art. 30 record written</source>
        <translation>Záznamy dle čl. 30 uloženy</translation>
    </message>
    <message>
        <source>Pilot report written</source>
        <translation>Pilotní zpráva uložena</translation>
    </message>
    <message>
        <source>Table exported</source>
        <translation>Tabulka exportována</translation>
    </message>
    <message>
        <source>Handover bundle written</source>
        <translation>Předávací balíček uložen</translation>
    </message>
    <message>
        <source>Log package for the DPO exported</source>
        <translation>Balíček protokolu pro pověřence exportován</translation>
    </message>
    <message>
        <source>Pilot closed</source>
        <translation>Pilotní projekt ukončen</translation>
    </message>
</context>
<context>
    <name>LogEntriesView</name>
    <message>
        <source>Filter the log</source>
        <translation>Filtrovat protokol</translation>
    </message>
    <message>
        <source>Action, operator, purpose or details contain…</source>
        <translation>Akce, operátor, účel nebo podrobnosti obsahují…</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Akce</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>Od data</translation>
    </message>
    <message>
        <source>any</source>
        <translation>libovolné</translation>
    </message>
    <message>
        <source>Until date</source>
        <translation>Do data</translation>
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
        <translation>&amp;Akce:</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Č.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Čas</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Operátor</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Účel</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Právní základ</translation>
    </message>
    <message>
        <source>Counts and details</source>
        <translation>Počty a podrobnosti</translation>
    </message>
    <message>
        <source>The selected entry in full</source>
        <translation>Vybraný záznam v plném znění</translation>
    </message>
    <message>
        <source>Select an entry to read it in full.</source>
        <translation>Vyberte záznam a přečtěte si ho celý.</translation>
    </message>
    <message>
        <source>Processing log entries</source>
        <translation>Záznamy protokolu zpracování</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>Všechny akce</translation>
    </message>
    <message>
        <source>Showing {0} of {1} entries.</source>
        <translation>Zobrazeno záznamů: {0} z {1}.</translation>
    </message>
    <message>
        <source>action {0}</source>
        <translation>akce {0}</translation>
    </message>
    <message>
        <source>containing &quot;{0}&quot;</source>
        <translation>obsahuje „{0}“</translation>
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
        <translation>Záznam</translation>
    </message>
</context>
<context>
    <name>LogFields</name>
    <message>
        <source>rows</source>
        <translation>řádky</translation>
    </message>
    <message>
        <source>rows stored</source>
        <translation>uložené řádky</translation>
    </message>
    <message>
        <source>new customers</source>
        <translation>noví zákazníci</translation>
    </message>
    <message>
        <source>rows removed for opt-out</source>
        <translation>řádky odebrané kvůli námitce</translation>
    </message>
    <message>
        <source>opt-out register size</source>
        <translation>velikost registru námitek</translation>
    </message>
    <message>
        <source>rows without ID left out</source>
        <translation>vynechané řádky bez ID</translation>
    </message>
    <message>
        <source>tickets without customer</source>
        <translation>požadavky bez zákazníka</translation>
    </message>
    <message>
        <source>cancellation lines</source>
        <translation>položky storna</translation>
    </message>
    <message>
        <source>non-product lines</source>
        <translation>neproduktové položky</translation>
    </message>
    <message>
        <source>pilot KPIs</source>
        <translation>KPI pilotního projektu</translation>
    </message>
    <message>
        <source>customers scored</source>
        <translation>ohodnocení zákazníci</translation>
    </message>
    <message>
        <source>segments</source>
        <translation>segmenty</translation>
    </message>
    <message>
        <source>churners held out</source>
        <translation>odchody v odložených datech</translation>
    </message>
    <message>
        <source>customers held out</source>
        <translation>zákazníci v odložených datech</translation>
    </message>
    <message>
        <source>churners trained on</source>
        <translation>odchody v trénovacích datech</translation>
    </message>
    <message>
        <source>customers trained on</source>
        <translation>zákazníci v trénovacích datech</translation>
    </message>
    <message>
        <source>horizon (days)</source>
        <translation>horizont (dny)</translation>
    </message>
    <message>
        <source>model</source>
        <translation>model</translation>
    </message>
    <message>
        <source>validation</source>
        <translation>validace</translation>
    </message>
    <message>
        <source>people</source>
        <translation>osoby</translation>
    </message>
    <message>
        <source>requests</source>
        <translation>žádosti</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>odvoláno</translation>
    </message>
    <message>
        <source>register size</source>
        <translation>velikost registru</translation>
    </message>
    <message>
        <source>treated</source>
        <translation>testovací skupina</translation>
    </message>
    <message>
        <source>held back</source>
        <translation>kontrolní skupina</translation>
    </message>
    <message>
        <source>people listed</source>
        <translation>uvedené osoby</translation>
    </message>
    <message>
        <source>segment</source>
        <translation>segment</translation>
    </message>
    <message>
        <source>segment size</source>
        <translation>velikost segmentu</translation>
    </message>
    <message>
        <source>format</source>
        <translation>formát</translation>
    </message>
    <message>
        <source>table</source>
        <translation>tabulka</translation>
    </message>
    <message>
        <source>months</source>
        <translation>měsíce</translation>
    </message>
    <message>
        <source>months before</source>
        <translation>předchozí měsíce</translation>
    </message>
    <message>
        <source>justification</source>
        <translation>odůvodnění</translation>
    </message>
    <message>
        <source>settings</source>
        <translation>nastavení</translation>
    </message>
    <message>
        <source>files</source>
        <translation>soubory</translation>
    </message>
    <message>
        <source>bytes</source>
        <translation>bajty</translation>
    </message>
    <message>
        <source>log entries</source>
        <translation>záznamy protokolu</translation>
    </message>
    <message>
        <source>weeks</source>
        <translation>týdny</translation>
    </message>
    <message>
        <source>key derivation</source>
        <translation>odvození klíče</translation>
    </message>
    <message>
        <source>iterations</source>
        <translation>iterace</translation>
    </message>
    <message>
        <source>lanes</source>
        <translation>dráhy (lanes)</translation>
    </message>
    <message>
        <source>memory (KiB)</source>
        <translation>paměť (KiB)</translation>
    </message>
    <message>
        <source>entries</source>
        <translation>záznamy</translation>
    </message>
    <message>
        <source>outcome</source>
        <translation>výsledek</translation>
    </message>
    <message>
        <source>import entry</source>
        <translation>záznam importu</translation>
    </message>
    <message>
        <source>tables restored</source>
        <translation>obnovené tabulky</translation>
    </message>
    <message>
        <source>retraining recommended</source>
        <translation>doporučeno přetrénování</translation>
    </message>
    <message>
        <source>left out (in another campaign)</source>
        <translation>vynecháno (v jiné kampani)</translation>
    </message>
    <message>
        <source>settings changed</source>
        <translation>změněná nastavení</translation>
    </message>
    <message>
        <source>on later data (time-based)</source>
        <translation>na pozdějších datech (podle času)</translation>
    </message>
    <message>
        <source>on other customers</source>
        <translation>na jiných zákaznících</translation>
    </message>
    <message>
        <source>on a snapshot</source>
        <translation>na snímku dat</translation>
    </message>
    <message>
        <source>recomputed</source>
        <translation>přepočteno</translation>
    </message>
    <message>
        <source>recomputed, baseline taken</source>
        <translation>přepočteno, výchozí hodnoty zaznamenány</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ano</translation>
    </message>
    <message>
        <source>no</source>
        <translation>ne</translation>
    </message>
</context>
<context>
    <name>LogTab</name>
    <message>
        <source>&amp;Verify</source>
        <translation>&amp;Ověřit</translation>
    </message>
    <message>
        <source>Export public &amp;key…</source>
        <translation>Exportovat veřejný &amp;klíč…</translation>
    </message>
    <message>
        <source>Record the log &amp;loss…</source>
        <translation>Zaznamenat &amp;ztrátu protokolu…</translation>
    </message>
    <message>
        <source>Only when no good copy of the log exists: writes are refused until the loss is recorded</source>
        <translation>Jen když neexistuje dobrá kopie protokolu: změny jsou odmítány, dokud není ztráta zaznamenána</translation>
    </message>
    <message>
        <source>The processing log does not match the project&apos;s record of it: {0} Every change is refused until it does. Put back the good copy of processing-log.jsonl if you have one; only if none exists, record the loss.</source>
        <translation>Protokol zpracování neodpovídá záznamu projektu: {0} Každá změna je odmítnuta, dokud nebude odpovídat. Vraťte dobrou kopii processing-log.jsonl, pokud ji máte; jen pokud žádná neexistuje, zaznamenejte ztrátu.</translation>
    </message>
    <message>
        <source>Export for the &amp;DPO…</source>
        <translation>Exportovat pro &amp;pověřence…</translation>
    </message>
    <message>
        <source>One file with the signed log, its public key and a checkpoint: what the DPO verifies on the start screen, without the passphrase</source>
        <translation>Jeden soubor s podepsaným protokolem, jeho veřejným klíčem a kontrolním bodem: to, co pověřenec ověří na úvodní obrazovce, bez hesla</translation>
    </message>
    <message>
        <source>E&amp;xport a readable copy…</source>
        <translation>E&amp;xportovat čitelnou kopii…</translation>
    </message>
    <message>
        <source>CSV or JSON to read and sort; a copy cannot be verified</source>
        <translation>CSV nebo JSON ke čtení a řazení; kopii nelze ověřit</translation>
    </message>
    <message>
        <source>Verifying the processing log</source>
        <translation>Ověřuje se protokol zpracování</translation>
    </message>
    <message>
        <source>OK: {0} entries, hash chain intact, every entry and the head signed by the project&apos;s key; the log ends where the project&apos;s last commit says.</source>
        <translation>OK – záznamů: {0}; řetězec hashů je neporušený, každý záznam i konec řetězce jsou podepsány klíčem projektu; protokol končí tam, kde uvádí poslední commit projektu.</translation>
    </message>
    <message>
        <source>OK: {0} entries, hash chain intact; signatures NOT checked: anyone can rebuild a hash chain.</source>
        <translation>OK – záznamů: {0}; řetězec hashů je neporušený; podpisy NEBYLY ověřeny: řetězec hashů může sestavit znovu kdokoli.</translation>
    </message>
    <message>
        <source>Record in the processing log that it no longer matches the project&apos;s record? The entries that are missing stay missing, the record of the loss stays in the log for good, and a DPO&apos;s saved checkpoint will no longer match. Do this only when no good copy of the log exists.</source>
        <translation>Zaznamenat do protokolu zpracování, že už neodpovídá záznamu projektu? Chybějící záznamy zůstanou ztracené, záznam o ztrátě zůstane v protokolu natrvalo a uložený kontrolní bod pověřence přestane odpovídat. Udělejte to jen tehdy, když neexistuje dobrá kopie protokolu.</translation>
    </message>
    <message>
        <source>Recording the log loss</source>
        <translation>Zaznamenávání ztráty protokolu</translation>
    </message>
    <message>
        <source>The loss is recorded in log entry {0}; changes are possible again.</source>
        <translation>Ztráta je zaznamenána v záznamu protokolu {0}; změny jsou opět možné.</translation>
    </message>
    <message>
        <source>FAILED: {0}</source>
        <translation>CHYBA: {0}</translation>
    </message>
    <message>
        <source>Export the processing log</source>
        <translation>Exportovat protokol zpracování</translation>
    </message>
    <message>
        <source>CSV for spreadsheets (*.csv);;JSON (*.json)</source>
        <translation>CSV pro tabulkové procesory (*.csv);;JSON (*.json)</translation>
    </message>
    <message>
        <source>Exporting the processing log</source>
        <translation>Exportuje se protokol zpracování</translation>
    </message>
    <message>
        <source>Exported the processing log as {0} to {1}.</source>
        <translation>Protokol zpracování byl exportován ve formátu {0} do {1}.</translation>
    </message>
    <message>
        <source>Export the processing log for the DPO</source>
        <translation>Exportovat protokol zpracování pro pověřence</translation>
    </message>
    <message>
        <source>ZIP archives (*.zip)</source>
        <translation>Archivy ZIP (*.zip)</translation>
    </message>
    <message>
        <source>Writing the DPO log package</source>
        <translation>Zapisuje se balíček protokolu pro pověřence</translation>
    </message>
    <message>
        <source>Wrote the log package ({0} entries, the public key and a checkpoint) to {1}. Give it to the DPO, who checks it with &quot;Verify a processing log&quot; on the start screen and the key fingerprint kept when the project was created.</source>
        <translation>Balíček protokolu (záznamů: {0}, veřejný klíč a kontrolní bod) byl zapsán do {1}. Předejte ho pověřenci, který ho zkontroluje pomocí „Ověřit protokol zpracování“ na úvodní obrazovce a otisku klíče uschovaného při vytvoření projektu.</translation>
    </message>
    <message>
        <source>Export the log&apos;s public key</source>
        <translation>Exportovat veřejný klíč protokolu</translation>
    </message>
    <message>
        <source>Public key (*.pub *.pem)</source>
        <translation>Veřejný klíč (*.pub *.pem)</translation>
    </message>
    <message>
        <source>Exporting the public key</source>
        <translation>Exportuje se veřejný klíč</translation>
    </message>
    <message>
        <source>Wrote the log&apos;s public key to {0}: hand it to the DPO with the log.</source>
        <translation>Veřejný klíč protokolu byl zapsán do {0}: předejte ho pověřenci pro ochranu osobních údajů spolu s protokolem.</translation>
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
        <translation>&amp;Soubor</translation>
    </message>
    <message>
        <source>&amp;New project…</source>
        <translation>&amp;Nový projekt…</translation>
    </message>
    <message>
        <source>&amp;Open project…</source>
        <translation>&amp;Otevřít projekt…</translation>
    </message>
    <message>
        <source>&amp;Verify a processing log…</source>
        <translation>Ověřit p&amp;rotokol zpracování…</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Zamknout</translation>
    </message>
    <message>
        <source>&amp;Close project</source>
        <translation>Zavří&amp;t projekt</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Ukončit</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Přejít</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Nápo&amp;věda</translation>
    </message>
    <message>
        <source>&amp;About Prevista</source>
        <translation>&amp;O aplikaci Prevista</translation>
    </message>
    <message>
        <source>About Prevista</source>
        <translation>O aplikaci Prevista</translation>
    </message>
    <message>
        <source>Prevista predicts churn, purchases and support load from your own CRM exports, entirely offline. Customer identities are replaced by encrypted IDs before anything is stored; every processing step is written to a signed log.</source>
        <translation>Prevista předpovídá odchody zákazníků, nákupy a zatížení podpory z vašich vlastních exportů z CRM, zcela offline. Identity zákazníků se před uložením čehokoli nahrazují šifrovanými ID; každý krok zpracování se zapisuje do podepsaného protokolu.</translation>
    </message>
    <message>
        <source>Quit Prevista?</source>
        <translation>Ukončit Prevista?</translation>
    </message>
    <message>
        <source>A job is still running. Quit anyway? The project keeps its previous state.</source>
        <translation>Úloha stále běží. Přesto ukončit? Projekt si ponechá předchozí stav.</translation>
    </message>
</context>
<context>
    <name>MappingStep</name>
    <message>
        <source>generic</source>
        <translation>obecná</translation>
    </message>
    <message>
        <source>saved from an earlier import</source>
        <translation>uložené z dřívějšího importu</translation>
    </message>
    <message>
        <source>detected</source>
        <translation>rozpoznané</translation>
    </message>
    <message>
        <source>{0}, changed by you</source>
        <translation>{0}, upravené vámi</translation>
    </message>
    <message>
        <source>Customer ID (replaced by an encrypted ID)</source>
        <translation>ID zákazníka (nahrazeno šifrovaným ID)</translation>
    </message>
    <message>
        <source>Direct identifier (name, e-mail, phone, address…)</source>
        <translation>Přímý identifikátor (jméno, e-mail, telefon, adresa…)</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Číslo</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Label (e.g. churned)</source>
        <translation>Štítek (např. odešel)</translation>
    </message>
    <message>
        <source>Consent / opt-out flag</source>
        <translation>Souhlas / příznak námitky</translation>
    </message>
    <message>
        <source>Free text (dropped)</source>
        <translation>Volný text (zahozen)</translation>
    </message>
    <message>
        <source>Ignore (not imported)</source>
        <translation>Ignorovat (neimportuje se)</translation>
    </message>
    <message>
        <source>whole numbers (1234)</source>
        <translation>celá čísla (1234)</translation>
    </message>
    <message>
        <source>decimal point (1234.5)</source>
        <translation>desetinná tečka (1234.5)</translation>
    </message>
    <message>
        <source>decimal comma (1234,5)</source>
        <translation>desetinná čárka (1234,5)</translation>
    </message>
    <message>
        <source>comma thousands, decimal point (1,234.5)</source>
        <translation>tisíce oddělené čárkou, desetinná tečka (1,234.5)</translation>
    </message>
    <message>
        <source>dot thousands, decimal comma (1.234,5)</source>
        <translation>tisíce oddělené tečkou, desetinná čárka (1.234,5)</translation>
    </message>
    <message>
        <source>space thousands, decimal comma (1 234,5)</source>
        <translation>tisíce oddělené mezerou, desetinná čárka (1 234,5)</translation>
    </message>
    <message>
        <source>spreadsheet day numbers (45292)</source>
        <translation>pořadová čísla dnů z tabulkového procesoru (45292)</translation>
    </message>
    <message>
        <source>Unix time, seconds (1700000000)</source>
        <translation>unixový čas, sekundy (1700000000)</translation>
    </message>
    <message>
        <source>Unix time, milliseconds (1700000000000)</source>
        <translation>unixový čas, milisekundy (1700000000000)</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>S&amp;oubor:</translation>
    </message>
    <message>
        <source>First rows of the chosen file</source>
        <translation>První řádky vybraného souboru</translation>
    </message>
    <message>
        <source>Column roles</source>
        <translation>Role sloupců</translation>
    </message>
    <message>
        <source>First {0} rows</source>
        <translation>Prvních {0} řádků</translation>
    </message>
    <message>
        <source>&amp;Keep names and contact details in the separately encrypted identity table (needed to prepare action lists)</source>
        <translation>Po&amp;nechat jména a kontaktní údaje v samostatně šifrované tabulce identit (nutné pro přípravu seznamů akcí)</translation>
    </message>
    <message>
        <source>A role applies to every chosen file with a column of that name. Direct identifiers are never used for analysis; without the identity table they are not stored at all.</source>
        <translation>Role platí pro každý vybraný soubor se sloupcem tohoto názvu. Přímé identifikátory se nikdy nepoužívají k analýze; bez tabulky identit se vůbec neukládají.</translation>
    </message>
    <message>
        <source>used for analysis</source>
        <translation>použito k analýze</translation>
    </message>
    <message>
        <source>identity table</source>
        <translation>tabulka identit</translation>
    </message>
    <message>
        <source>encrypted ID</source>
        <translation>šifrované ID</translation>
    </message>
    <message>
        <source>dropped</source>
        <translation>zahozeny</translation>
    </message>
    <message>
        <source>opt-out register</source>
        <translation>registr námitek</translation>
    </message>
    <message>
        <source>{0}: {1} table, {2} preset, mapping {3}. {4} rows, {5} distinct customers.</source>
        <translation>{0}: druh tabulky: {1}, předvolba: {2}, mapování: {3}. Řádků: {4}, různých zákazníků: {5}.</translation>
    </message>
    <message>
        <source>No column names the customer: these tickets feed the support-load forecast only, not any customer&apos;s features or risk. Give a column the Customer ID role if one does name the customer.</source>
        <translation>Žádný sloupec neuvádí zákazníka: tyto tikety slouží jen prognóze zátěže podpory, ne vlastnostem ani riziku žádného zákazníka. Pokud některý sloupec zákazníka uvádí, dejte mu roli ID zákazníka.</translation>
    </message>
    <message>
        <source>Dates from {0} to {1}.</source>
        <translation>Data od {0} do {1}.</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Sloupec</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Stored as</source>
        <translation>Uloženo jako</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Chybí</translation>
    </message>
    <message>
        <source>Written as</source>
        <translation>Zapsáno jako</translation>
    </message>
    <message>
        <source>Art. 9 consent</source>
        <translation>Souhlas dle čl. 9</translation>
    </message>
    <message>
        <source>Role of column {0}</source>
        <translation>Role sloupce {0}</translation>
    </message>
    <message>
        <source>Explicit consent recorded</source>
        <translation>Výslovný souhlas zaznamenán</translation>
    </message>
    <message>
        <source>Explicit consent recorded for column {0}</source>
        <translation>Výslovný souhlas zaznamenán pro sloupec {0}</translation>
    </message>
    <message>
        <source>This column looks like GDPR Art. 9 special-category data ({0}). Tick only if every customer gave explicit consent to this use; otherwise set its role to Ignore.</source>
        <translation>Tento sloupec vypadá jako zvláštní kategorie osobních údajů podle čl. 9 GDPR ({0}). Zaškrtněte jen tehdy, pokud každý zákazník dal k tomuto použití výslovný souhlas; jinak nastavte jeho roli na Ignorovat.</translation>
    </message>
    <message>
        <source>How the values of column {0} are written</source>
        <translation>Jak jsou zapsány hodnoty sloupce {0}</translation>
    </message>
    <message>
        <source>How the dates or numbers of this column are written. Each choice shows how the column&apos;s first value would read; the ways that read every value shown above come first.</source>
        <translation>Jak jsou v tomto sloupci zapsána data nebo čísla. U každé možnosti je vidět, jak by se načetla první hodnota sloupce; jako první jsou uvedeny způsoby, kterými lze načíst všechny hodnoty zobrazené výše.</translation>
    </message>
    <message>
        <source>Choose how the values are written</source>
        <translation>Zvolte, jak jsou hodnoty zapsány</translation>
    </message>
    <message>
        <source>{0}: {1} → {2}</source>
        <translation>{0}: {1} → {2}</translation>
    </message>
    <message>
        <source>cannot be read</source>
        <translation>nelze načíst</translation>
    </message>
</context>
<context>
    <name>Models</name>
    <message>
        <source>logistic regression</source>
        <translation>logistická regrese</translation>
    </message>
    <message>
        <source>gradient boosting</source>
        <translation>gradient boosting</translation>
    </message>
    <message>
        <source>prior rate</source>
        <translation>základní míra</translation>
    </message>
    <message>
        <source>BG/NBD</source>
        <translation>BG/NBD</translation>
    </message>
    <message>
        <source>the cancellation date in &apos;{0}&apos;</source>
        <translation>datum zrušení v &apos;{0}&apos;</translation>
    </message>
    <message>
        <source>the churn label &apos;{0}&apos;, dated at each churner&apos;s last activity</source>
        <translation>označení odchodu &apos;{0}&apos;, datované k poslední aktivitě každého odešlého zákazníka</translation>
    </message>
    <message>
        <source>no activity in the {0} days after the cutoff, among customers active in the {1} days before it (no churn label or cancellation date in the data)</source>
        <translation>žádná aktivita během {0} dní po rozhodném datu u zákazníků aktivních během {1} dní před ním (data neobsahují označení odchodu ani datum zrušení)</translation>
    </message>
    <message>
        <source>features as of {0}</source>
        <translation>proměnné ke dni {0}</translation>
    </message>
    <message>
        <source>features as of {0} cutoffs a season apart, the latest {1},</source>
        <translation>proměnné k {0} rozhodným datům vzdáleným od sebe o jednu sezónu, poslední {1},</translation>
    </message>
    <message>
        <source>time-based hold-out: trained on {0} with outcomes in the {1} days after; tested on features as of {2} with outcomes up to {3}</source>
        <translation>odložení podle času: trénováno na {0} s výsledky během {1} dní poté; testováno na proměnných ke dni {2} s výsledky do {3}</translation>
    </message>
    <message>
        <source>hold-out of 30 % of customers at one cutoff ({0}); the history is too short for a time-based hold-out</source>
        <translation>odložení 30 % zákazníků k jednomu rozhodnému datu ({0}); historie je na odložení podle času příliš krátká</translation>
    </message>
    <message>
        <source>the churn rate was about {0:.0%} in the training windows but {1:.0%} in the test window: churn depends on the season or the business changed, so the figures for the next period may be off</source>
        <translation>míra odchodu byla v trénovacích obdobích asi {0:.0%}, ale v testovacím období {1:.0%}: odchody závisí na sezóně nebo se podnik změnil, takže údaje pro další období mohou být nepřesné</translation>
    </message>
    <message>
        <source>history covers less than {0} months: seasonal effects and slow churn are not learnt</source>
        <translation>historie pokrývá méně než {0} měsíců: sezónní vlivy a pomalé odchody se model nenaučí</translation>
    </message>
    <message>
        <source>only about {0} current customers: expect wide uncertainty in every figure</source>
        <translation>jen asi {0} současných zákazníků: počítejte s velkou nejistotou u každého údaje</translation>
    </message>
    <message>
        <source>churn is rare in the training data (about {0} of {1}): the model has little to learn from</source>
        <translation>odchody jsou v trénovacích datech vzácné (asi {0} z {1}): model se nemá z čeho učit</translation>
    </message>
    <message>
        <source>every measure comes with its 95 % interval over {0} bootstrap resamples of the held-out customers; a narrower range means a more certain figure</source>
        <translation>každý ukazatel má svůj 95% interval z {0} opakovaných výběrů (bootstrap) odložených zákazníků; užší rozpětí znamená jistější údaj</translation>
    </message>
    <message>
        <source>only {0} customers had the rarer outcome (at most {1}): a strongly regularised logistic regression is used without a model contest, and drivers are shown only where their interval excludes zero; expect wide intervals</source>
        <translation>méně častý výsledek mělo jen {0} zákazníků (nejvýše {1}): používá se silně regularizovaná logistická regrese bez soutěže modelů a ovlivňující faktory se zobrazují jen tam, kde jejich interval nezahrnuje nulu; počítejte se širokými intervaly</translation>
    </message>
    <message>
        <source>gradient boosting did not beat the logistic regression beyond the noise of the held-out data, so the simpler model is kept</source>
        <translation>gradient boosting nepřekonal logistickou regresi nad rámec šumu odložených dat, proto se ponechává jednodušší model</translation>
    </message>
    <message>
        <source>alone predicts the outcome with ROC AUC {0:.2f}: it most likely records it</source>
        <translation>sám předpovídá výsledek s ROC AUC {0:.2f}: nejspíš ho přímo zaznamenává</translation>
    </message>
    <message>
        <source>on the customers it never saw, the churn model&apos;s ranking cannot be told apart from chance (ROC AUC {0}): read its risks as the average rate rather than as a ranking; try a longer horizon (so that stopping shows in the history) or a longer history</source>
        <translation>na zákaznících, které nikdy neviděl, nelze pořadí modelu odchodu odlišit od náhody (ROC AUC {0}): jeho rizika čtěte jako průměrnou míru, ne jako pořadí; zkuste delší horizont (aby se ukončení nákupů projevilo v historii) nebo delší historii</translation>
    </message>
    <message>
        <source>on the customers it never saw, the churn model&apos;s ranking cannot be told apart from chance (ROC AUC {0}): read its risks as the average rate rather than as a ranking; try more customers, or more columns that describe them</source>
        <translation>na zákaznících, které nikdy neviděl, nelze pořadí modelu odchodu odlišit od náhody (ROC AUC {0}): jeho rizika čtěte jako průměrnou míru, ne jako pořadí; zkuste více zákazníků nebo více sloupců, které je popisují</translation>
    </message>
    <message>
        <source>trained on a stratified sample of {0:,d} of {1:,d} rows</source>
        <translation>trénováno na stratifikovaném vzorku {0:,d} z {1:,d} řádků</translation>
    </message>
    <message>
        <source>measured on a stratified sample of {0:,d} of {1:,d} held-out rows</source>
        <translation>měřeno na stratifikovaném vzorku {0:,d} z {1:,d} odložených řádků</translation>
    </message>
    <message>
        <source>stratified {0}-fold cross-validation (a static snapshot has no history for a time-based hold-out); each customer is measured with the fold model that never saw them, and the model kept is refitted on all customers and calibrated on those out-of-fold scores</source>
        <translation>stratifikovaná {0}násobná křížová validace (statický snímek nemá historii pro odložení podle času); každý zákazník se měří modelem té části, která ho nikdy neviděla, a ponechaný model se znovu natrénuje na všech zákaznících a kalibruje na těchto skóre mimo danou část</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; shifted (PSI {1:.2f})</source>
        <translation>posun u &apos;{0}&apos; (PSI {1:.2f})</translation>
    </message>
    <message>
        <source>the model is {0:.0f} days old (retrain at least every {1} days)</source>
        <translation>model je starý {0:.0f} dní (přetrénujte ho alespoň každých {1} dní)</translation>
    </message>
    <message>
        <source>customers whose data trained the model have since opted out</source>
        <translation>zákazníci, z jejichž dat se model učil, mezitím vznesli námitku</translation>
    </message>
    <message>
        <source>customers whose data trained the model have since been erased on request</source>
        <translation>zákazníci, z jejichž dat se model učil, byli mezitím na žádost vymazáni</translation>
    </message>
    <message>
        <source>a retention cleanup has deleted data the model was trained on</source>
        <translation>promazání dat po lhůtě smazalo data, na kterých byl model natrénován</translation>
    </message>
</context>
<context>
    <name>ModelsPage</name>
    <message>
        <source>Models</source>
        <translation>Modely</translation>
    </message>
    <message>
        <source>Train</source>
        <translation>Trénování</translation>
    </message>
    <message>
        <source> days</source>
        <translation> dní</translation>
    </message>
    <message>
        <source> weeks</source>
        <translation> týd.</translation>
    </message>
    <message>
        <source>&amp;Train models</source>
        <translation>&amp;Trénovat modely</translation>
    </message>
    <message>
        <source>Predict churn and purchases &amp;within:</source>
        <translation>Předpovídat odchody a nákupy &amp;během:</translation>
    </message>
    <message>
        <source>Forecast support tickets for the &amp;next:</source>
        <translation>Předpovídat požadavky na podporu na &amp;následující:</translation>
    </message>
    <message>
        <source>P&amp;urpose (logged):</source>
        <translation>Úč&amp;el (do protokolu):</translation>
    </message>
    <message>
        <source>Le&amp;gal basis:</source>
        <translation>P&amp;rávní základ:</translation>
    </message>
    <message>
        <source>State the purpose of the analysis: it is recorded in the processing log.</source>
        <translation>Uveďte účel analýzy: zaznamená se do protokolu zpracování.</translation>
    </message>
    <message>
        <source>Training models</source>
        <translation>Trénují se modely</translation>
    </message>
    <message>
        <source>Models trained and logged. The segments dashboard now shows the new results.</source>
        <translation>Modely jsou natrénovány a zaznamenány v protokolu. Přehled segmentů nyní zobrazuje nové výsledky.</translation>
    </message>
    <message>
        <source>Drift</source>
        <translation>Drift dat</translation>
    </message>
    <message>
        <source>Check &amp;drift</source>
        <translation>Zkontrolovat &amp;drift</translation>
    </message>
    <message>
        <source>Checking drift</source>
        <translation>Kontroluje se drift</translation>
    </message>
    <message>
        <source>Not checked yet. Checking compares today&apos;s customers with the ones the model learnt from; the check is recorded in the processing log.</source>
        <translation>Zatím nezkontrolováno. Kontrola porovná dnešní zákazníky s těmi, ze kterých se model učil; kontrola se zaznamená do protokolu zpracování.</translation>
    </message>
    <message>
        <source>Retrain recommended:</source>
        <translation>Doporučeno přetrénování:</translation>
    </message>
    <message>
        <source>No retraining needed: the population looks like the training data.</source>
        <translation>Přetrénování není potřeba: populace odpovídá trénovacím datům.</translation>
    </message>
    <message>
        <source>Shift (PSI) of {0}: {1:.3f}</source>
        <translation>Posun (PSI) u {0}: {1:.3f}</translation>
    </message>
    <message>
        <source>Moderate shift in: {0}</source>
        <translation>Mírný posun u: {0}</translation>
    </message>
    <message>
        <source>Model age: {0:.0f} days</source>
        <translation>Stáří modelu (dny): {0:.0f}</translation>
    </message>
    <message>
        <source>&amp;Show model:</source>
        <translation>Zobrazit &amp;model:</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Model</translation>
    </message>
    <message>
        <source>Measured on held-out data the model never saw. ROC AUC: 0.5 is guessing, 1 is perfect (real churn models reach about 0.7–0.85). PR AUC: higher is better. Brier score: lower is better. Top-decile lift: how many times more churners the 10 % with the highest risk hold than 10 % picked at random. Each 95 % range holds the measure in 95 % of resamples of the held-out customers: the wider it is, the less certain.</source>
        <translation>Měřeno na odložených datech, která model nikdy neviděl. ROC AUC: 0,5 je hádání, 1 je dokonalost (skutečné modely odchodu dosahují asi 0,7–0,85). PR AUC: vyšší je lepší. Brierovo skóre: nižší je lepší. Lift horního decilu: kolikrát více odcházejících obsahuje 10 % s nejvyšším rizikem než náhodně vybraných 10 %. Každý 95% rozsah obsahuje míru v 95 % převzorkování odložených zákazníků: čím je širší, tím méně jistý.</translation>
    </message>
    <message>
        <source>outcome horizon {0} days; churn taken from {1}</source>
        <translation>horizont výsledku {0} dní; odchod převzat z: {1}</translation>
    </message>
    <message>
        <source>churn as marked by {0}; the label has no time window</source>
        <translation>odchod podle označení {0}; označení nemá časové okno</translation>
    </message>
    <message>
        <source>There is nothing left to train the models on.</source>
        <translation>Nezůstalo nic, na čem by se daly modely trénovat.</translation>
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
        <translation>Brierovo skóre</translation>
    </message>
    <message>
        <source>Top-decile lift</source>
        <translation>Lift v horním decilu</translation>
    </message>
    <message>
        <source>{0}, 95 % range</source>
        <translation>{0}, 95% rozsah</translation>
    </message>
    <message>
        <source>Held-out quality of the model and its baselines</source>
        <translation>Kvalita modelu a jeho srovnávacích modelů na odložených datech</translation>
    </message>
    <message>
        <source>Calibration chart</source>
        <translation>Kalibrační graf</translation>
    </message>
    <message>
        <source>Lift chart</source>
        <translation>Graf liftu</translation>
    </message>
    <message>
        <source>No trained model yet. Choose the options above and press Train models: the models learn from the imported history and are tested on data they never saw.</source>
        <translation>Zatím žádný natrénovaný model. Zvolte výše uvedené možnosti a stiskněte Trénovat modely: modely se učí z importované historie a testují se na datech, která nikdy neviděly.</translation>
    </message>
    <message>
        <source>Models trained {0}; {1}.</source>
        <translation>Modely natrénovány {0}; {1}.</translation>
    </message>
    <message>
        <source>Recurring charges, not predicted as purchases: {0}</source>
        <translation>Opakované platby, nepředpovídané jako nákupy: {0}</translation>
    </message>
    <message>
        <source>Left out &apos;{0}&apos;: {1}</source>
        <translation>Vynecháno „{0}“: {1}</translation>
    </message>
    <message>
        <source>Churn risk</source>
        <translation>Riziko odchodu</translation>
    </message>
    <message>
        <source>Purchase propensity ({0})</source>
        <translation>Sklon k nákupu ({0})</translation>
    </message>
    <message>
        <source>Buy-till-you-die ({0}): about {1} repeat purchases expected in the next {2} days, about {3} per week.</source>
        <translation>Buy-till-you-die ({0}): v příštích {2} dnech se očekává asi {1} opakovaných nákupů, asi {3} týdně.</translation>
    </message>
    <message>
        <source>Adjusted ×{0} for the season and trend: in the same days a year earlier, that many times the purchases the model then expected came.</source>
        <translation>Upraveno ×{0} o sezónu a trend: ve stejných dnech o rok dříve přišlo tolikrát nákupů, kolik model tehdy očekával.</translation>
    </message>
    <message>
        <source>On the last {0} days, which it never saw, it expected {1} and there were {2}.</source>
        <translation>V posledních {0} dnech, které nikdy neviděl, očekával {1} a bylo jich {2}.</translation>
    </message>
    <message>
        <source>{0}. Validation: {1}.</source>
        <translation>{0}. Validace: {1}.</translation>
    </message>
    <message>
        <source>{0} (kept), held-out</source>
        <translation>{0} (ponechaný), odložená data</translation>
    </message>
    <message>
        <source>Baseline: {0}</source>
        <translation>Srovnávací model: {0}</translation>
    </message>
    <message>
        <source>What drives it:</source>
        <translation>Co jej ovlivňuje:</translation>
    </message>
    <message>
        <source>No drivers were computed for this model.</source>
        <translation>Pro tento model nebyly vypočteny žádné ovlivňující faktory.</translation>
    </message>
    <message>
        <source>Calibration: predicted against observed</source>
        <translation>Kalibrace: předpovězené oproti pozorovanému</translation>
    </message>
    <message>
        <source>This model</source>
        <translation>Tento model</translation>
    </message>
    <message>
        <source>Perfect calibration</source>
        <translation>Dokonalá kalibrace</translation>
    </message>
    <message>
        <source>Predicted probability</source>
        <translation>Předpovězená pravděpodobnost</translation>
    </message>
    <message>
        <source>Observed rate</source>
        <translation>Pozorovaný podíl</translation>
    </message>
    <message>
        <source>Predicted against observed rate per group of customers: {0}</source>
        <translation>Předpovězený oproti pozorovanému podílu podle skupin zákazníků: {0}</translation>
    </message>
    <message>
        <source>Lift by decile</source>
        <translation>Lift podle decilů</translation>
    </message>
    <message>
        <source>Decile (highest predicted risk first)</source>
        <translation>Decil (od nejvyššího předpovězeného rizika)</translation>
    </message>
    <message>
        <source>Lift</source>
        <translation>Lift</translation>
    </message>
    <message>
        <source>Picking at random (1×)</source>
        <translation>Náhodný výběr (1×)</translation>
    </message>
    <message>
        <source>Lift per decile, highest predicted risk first: {0}</source>
        <translation>Lift podle decilů, od nejvyššího předpovězeného rizika: {0}</translation>
    </message>
</context>
<context>
    <name>OptOutsTab</name>
    <message>
        <source>Opt-out register counts</source>
        <translation>Počty v registru námitek</translation>
    </message>
    <message>
        <source>A customer who objects (GDPR Art. 21) is removed from every table and score at once and left out of every later import. Type customer IDs as in the CRM export and/or e-mail addresses, one per line or separated by commas.</source>
        <translation>Zákazník, který vznese námitku (čl. 21 GDPR), je okamžitě odstraněn ze všech tabulek a skóre a vynechán při každém dalším importu. Zadejte ID zákazníků tak, jak jsou v exportu z CRM, a/nebo e-mailové adresy, jednu na řádek nebo oddělené čárkami.</translation>
    </message>
    <message>
        <source>Customer IDs</source>
        <translation>ID zákazníků</translation>
    </message>
    <message>
        <source>E-mail addresses</source>
        <translation>E-mailové adresy</translation>
    </message>
    <message>
        <source>Customer &amp;IDs:</source>
        <translation>&amp;ID zákazníků:</translation>
    </message>
    <message>
        <source>E-&amp;mail addresses:</source>
        <translation>&amp;E-mailové adresy:</translation>
    </message>
    <message>
        <source>Record ob&amp;jection</source>
        <translation>Zaznamenat &amp;námitku</translation>
    </message>
    <message>
        <source>Objections from a &amp;file…</source>
        <translation>Námitky ze soub&amp;oru…</translation>
    </message>
    <message>
        <source>Record re-co&amp;nsent…</source>
        <translation>Zaznamenat opětovný sou&amp;hlas…</translation>
    </message>
    <message>
        <source>On the register: {0} customers who objected, {1} erased on request, {2} e-mail addresses not yet matched to a customer.</source>
        <translation>V registru: zákazníci s námitkou: {0}; vymazaní na žádost: {1}; e-mailové adresy dosud nepřiřazené k zákazníkovi: {2}.</translation>
    </message>
    <message>
        <source>Type at least one customer ID or e-mail address first.</source>
        <translation>Nejprve zadejte alespoň jedno ID zákazníka nebo e-mailovou adresu.</translation>
    </message>
    <message>
        <source>Files listing the customers who object</source>
        <translation>Soubory se seznamem zákazníků, kteří vznášejí námitku</translation>
    </message>
    <message>
        <source>Lists (*.csv *.txt *.xlsx *.json);;All files (*)</source>
        <translation>Seznamy (*.csv *.txt *.xlsx *.json);;Všechny soubory (*)</translation>
    </message>
    <message>
        <source>Reading the opt-out list</source>
        <translation>Načítá se seznam námitek</translation>
    </message>
    <message>
        <source>Record the objection of {0} customer IDs and {1} e-mail addresses? Their data is removed from every table now, for good; after a re-consent it returns only with the next import.</source>
        <translation>Zaznamenat námitku pro ID zákazníků ({0}) a e-mailové adresy ({1})? Jejich data se nyní trvale odstraní ze všech tabulek; po opětovném souhlasu se vrátí až s dalším importem.</translation>
    </message>
    <message>
        <source>Record objection</source>
        <translation>Zaznamenat námitku</translation>
    </message>
    <message>
        <source>Recorded. {0} customers&apos; data removed ({1} rows); {2} e-mail addresses will be excluded when they appear; register holds {3}. Log entry {4}.</source>
        <translation>Zaznamenáno. Odstraněna data zákazníků: {0} (řádků: {1}); e-mailové adresy vyloučené, jakmile se objeví: {2}; položek v registru: {3}. Záznam protokolu: {4}.</translation>
    </message>
    <message>
        <source>Record re-consent for {0} customer IDs and {1} e-mail addresses? They leave the opt-out register; their data returns with the next import.</source>
        <translation>Zaznamenat opětovný souhlas pro ID zákazníků ({0}) a e-mailové adresy ({1})? Budou odebrány z registru námitek; jejich data se vrátí s dalším importem.</translation>
    </message>
    <message>
        <source>Record re-consent</source>
        <translation>Zaznamenat opětovný souhlas</translation>
    </message>
    <message>
        <source>Re-consent recorded for {0} customers; their data returns with the next import. Log entry {1}.</source>
        <translation>Opětovný souhlas zaznamenán u zákazníků: {0}; jejich data se vrátí s dalším importem. Záznam protokolu: {1}.</translation>
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
        <translation>Zákazníci:</translation>
    </message>
    <message>
        <source>Tables:</source>
        <translation>Tabulky:</translation>
    </message>
    <message>
        <source>Last import:</source>
        <translation>Poslední import:</translation>
    </message>
    <message>
        <source>Processing log:</source>
        <translation>Protokol zpracování:</translation>
    </message>
    <message>
        <source>&amp;Import data…</source>
        <translation>&amp;Importovat data…</translation>
    </message>
    <message>
        <source>&amp;Train models…</source>
        <translation>&amp;Trénovat modely…</translation>
    </message>
    <message>
        <source>Retention &amp;cleanup…</source>
        <translation>Pro&amp;mazat data po lhůtě…</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>Další kroky</translation>
    </message>
    <message>
        <source>1. Import your customer data</source>
        <translation>1. Importujte data zákazníků</translation>
    </message>
    <message>
        <source>2. Check the import report</source>
        <translation>2. Zkontrolujte zprávu o importu</translation>
    </message>
    <message>
        <source>Import &amp;report…</source>
        <translation>&amp;Zpráva o importu…</translation>
    </message>
    <message>
        <source>3. Train the models</source>
        <translation>3. Natrénujte modely</translation>
    </message>
    <message>
        <source>4. Look at the segments</source>
        <translation>4. Prohlédněte si segmenty</translation>
    </message>
    <message>
        <source>&amp;Segments…</source>
        <translation>&amp;Segmenty…</translation>
    </message>
    <message>
        <source>5. Start a campaign or export an action list</source>
        <translation>5. Zahajte kampaň nebo exportujte seznam akcí</translation>
    </message>
    <message>
        <source>Ca&amp;mpaigns…</source>
        <translation>&amp;Kampaně…</translation>
    </message>
    <message>
        <source>Pilot closed</source>
        <translation>Pilotní projekt ukončen</translation>
    </message>
    <message>
        <source>Processing &amp;log…</source>
        <translation>&amp;Protokol zpracování…</translation>
    </message>
    <message>
        <source>Read, verify and export the processing log</source>
        <translation>Přečíst, ověřit a exportovat protokol zpracování</translation>
    </message>
    <message>
        <source>&amp;Art. 30 record…</source>
        <translation>Zázn&amp;amy dle čl. 30…</translation>
    </message>
    <message>
        <source>Save the record of processing activities for the data-protection officer</source>
        <translation>Uložit záznamy o činnostech zpracování pro pověřence pro ochranu osobních údajů</translation>
    </message>
    <message>
        <source>Pilot KPIs</source>
        <translation>KPI pilotního projektu</translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Výchozí hodnota</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Nyní</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Změna</translation>
    </message>
    <message>
        <source>Take &amp;baseline now</source>
        <translation>Zaznamenat &amp;výchozí hodnoty nyní</translation>
    </message>
    <message>
        <source>Record today&apos;s KPIs as the baseline the pilot is measured against</source>
        <translation>Zaznamenat dnešní KPI jako výchozí hodnoty, se kterými se pilotní projekt porovnává</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Přehled</translation>
    </message>
    <message>
        <source>Reading the project</source>
        <translation>Načítá se projekt</translation>
    </message>
    <message>
        <source>Replace the KPI baseline</source>
        <translation>Nahradit výchozí hodnoty KPI</translation>
    </message>
    <message>
        <source>A baseline was taken on {0}; the pilot is measured against it. Replace it with today&apos;s figures?</source>
        <translation>Výchozí hodnoty byly zaznamenány {0}; pilotní projekt se s nimi porovnává. Nahradit je dnešními údaji?</translation>
    </message>
    <message>
        <source>Taking the KPI baseline</source>
        <translation>Zaznamenávají se výchozí hodnoty KPI</translation>
    </message>
    <message>
        <source>Baseline taken: the KPIs from now on are compared with today&apos;s.</source>
        <translation>Výchozí hodnoty zaznamenány: KPI se od nynějška porovnávají s dnešními.</translation>
    </message>
    <message>
        <source>Baseline taken on {0} (data up to {1}).</source>
        <translation>Výchozí hodnoty zaznamenány {0} (data do {1}).</translation>
    </message>
    <message>
        <source>No baseline yet: it is taken at the first training, or now.</source>
        <translation>Zatím žádné výchozí hodnoty: zaznamenají se při prvním trénování, nebo hned.</translation>
    </message>
    <message>
        <source>Now: data up to {0}.</source>
        <translation>Nyní: data do {0}.</translation>
    </message>
    <message>
        <source>This pilot was closed on {0}. Erased for good, their keys destroyed: customers, events, scores, identities, the opt-out register and the models (rows: {1}; tables: {2}; stored models: {3}). Nothing can be imported or trained in this project any more; create a new project for a new pilot.
What remains: the processing log (entries: {4}), which the data-protection officer can still verify and export, and the Art. 30 record, which can still be saved. The client keeps the handover bundle saved before closing.</source>
        <translation>Tento pilotní projekt byl ukončen {0}. Trvale vymazáno, klíče zničeny: zákazníci, události, skóre rizika, identity, registr námitek a modely (řádky: {1}; tabulky: {2}; uložené modely: {3}). V tomto projektu už nelze nic importovat ani trénovat; pro nový pilotní projekt vytvořte nový projekt.
Co zůstává: protokol zpracování (záznamy: {4}), který může pověřenec pro ochranu osobních údajů stále ověřit a exportovat, a záznamy dle čl. 30, které lze stále uložit. Klient si ponechává předávací balíček uložený před ukončením.</translation>
    </message>
    <message>
        <source>Customers imported: {0}</source>
        <translation>Importovaní zákazníci: {0}</translation>
    </message>
    <message>
        <source>No data yet</source>
        <translation>Zatím žádná data</translation>
    </message>
    <message>
        <source>The last import was refused: import the export again to see its report and what to fix</source>
        <translation>Poslední import byl odmítnut: importujte export znovu, abyste viděli jeho zprávu a co je třeba opravit</translation>
    </message>
    <message>
        <source>The last import&apos;s warnings were not confirmed: import the export again and review them</source>
        <translation>Varování posledního importu nebyla potvrzena: importujte export znovu a projděte je</translation>
    </message>
    <message>
        <source>Warnings confirmed at import: {0}</source>
        <translation>Varování potvrzená při importu: {0}</translation>
    </message>
    <message>
        <source>Trained</source>
        <translation>Natrénováno</translation>
    </message>
    <message>
        <source>Segments: {0}</source>
        <translation>Segmenty: {0}</translation>
    </message>
    <message>
        <source>Campaigns and action lists so far: {0}</source>
        <translation>Dosavadní kampaně a seznamy akcí: {0}</translation>
    </message>
    <message>
        <source>{0} (as encrypted IDs); opt-out register: {1}</source>
        <translation>{0} (jako šifrovaná ID); registr námitek: {1}</translation>
    </message>
    <message>
        <source>{0}: {1} rows</source>
        <translation>{0} (řádků: {1})</translation>
    </message>
    <message>
        <source>None: erased when the pilot was closed.</source>
        <translation>Žádné: vymazáno při ukončení pilotního projektu.</translation>
    </message>
    <message>
        <source>No data imported yet.</source>
        <translation>Zatím nebyla importována žádná data.</translation>
    </message>
    <message>
        <source>{0} entries, verified</source>
        <translation>Záznamů: {0}, ověřeno</translation>
    </message>
    <message>
        <source>DOES NOT VERIFY: {0}</source>
        <translation>NELZE OVĚŘIT: {0}</translation>
    </message>
    <message>
        <source>Retention cleanup is due: some data is past its retention period ({0}). Open Privacy → Retention to review and delete it.</source>
        <translation>Je třeba promazat data: některá data překročila dobu uložení ({0}). Otevřete Ochrana údajů → Uchovávání, kde je můžete zkontrolovat a smazat.</translation>
    </message>
    <message>
        <source>Retrain recommended: the models were trained on data that includes people since excluded (opt-out, erasure or retention cleanup). Open Models to train them again.</source>
        <translation>Doporučeno přetrénovat: modely byly natrénovány na datech, která zahrnují osoby mezitím vyloučené (námitka, výmaz nebo čištění po lhůtě uchování). Otevřete Modely a natrénujte je znovu.</translation>
    </message>
</context>
<context>
    <name>Phrases</name>
    <message>
        <source>All customers</source>
        <translation>Všichni zákazníci</translation>
    </message>
    <message>
        <source>Typical customers</source>
        <translation>Typičtí zákazníci</translation>
    </message>
    <message>
        <source>high {0}</source>
        <translation>vysoká hodnota {0}</translation>
    </message>
    <message>
        <source>low {0}</source>
        <translation>nízká hodnota {0}</translation>
    </message>
    <message>
        <source>long-standing customers</source>
        <translation>dlouholetí zákazníci</translation>
    </message>
    <message>
        <source>new customers</source>
        <translation>noví zákazníci</translation>
    </message>
    <message>
        <source>older customers</source>
        <translation>starší zákazníci</translation>
    </message>
    <message>
        <source>younger customers</source>
        <translation>mladší zákazníci</translation>
    </message>
    <message>
        <source>inactive for a while</source>
        <translation>delší dobu neaktivní</translation>
    </message>
    <message>
        <source>recently active</source>
        <translation>nedávno aktivní</translation>
    </message>
    <message>
        <source>not using the product lately</source>
        <translation>v poslední době produkt nepoužívají</translation>
    </message>
    <message>
        <source>used the product recently</source>
        <translation>produkt nedávno použili</translation>
    </message>
    <message>
        <source>heavy recent usage</source>
        <translation>vysoké nedávné využití</translation>
    </message>
    <message>
        <source>little recent usage</source>
        <translation>nízké nedávné využití</translation>
    </message>
    <message>
        <source>heavy usage</source>
        <translation>vysoké využití</translation>
    </message>
    <message>
        <source>light usage</source>
        <translation>nízké využití</translation>
    </message>
    <message>
        <source>usage rising over the last 4 weeks</source>
        <translation>rostoucí využití za poslední 4 týdny</translation>
    </message>
    <message>
        <source>usage falling over the last 4 weeks</source>
        <translation>klesající využití za poslední 4 týdny</translation>
    </message>
    <message>
        <source>frequent logins</source>
        <translation>častá přihlášení</translation>
    </message>
    <message>
        <source>few logins</source>
        <translation>málo přihlášení</translation>
    </message>
    <message>
        <source>logins rising</source>
        <translation>přibývající přihlášení</translation>
    </message>
    <message>
        <source>logins falling over the last 4 weeks</source>
        <translation>ubývající přihlášení za poslední 4 týdny</translation>
    </message>
    <message>
        <source>usage growing (8 weeks)</source>
        <translation>rostoucí využití (8 týdnů)</translation>
    </message>
    <message>
        <source>usage shrinking (8 weeks)</source>
        <translation>klesající využití (8 týdnů)</translation>
    </message>
    <message>
        <source>many features in use</source>
        <translation>velký počet používaných funkcí</translation>
    </message>
    <message>
        <source>few features in use</source>
        <translation>malý počet používaných funkcí</translation>
    </message>
    <message>
        <source>no purchase for a while</source>
        <translation>delší dobu bez nákupu</translation>
    </message>
    <message>
        <source>bought recently</source>
        <translation>nedávný nákup</translation>
    </message>
    <message>
        <source>frequent purchases</source>
        <translation>časté nákupy</translation>
    </message>
    <message>
        <source>few purchases</source>
        <translation>málo nákupů</translation>
    </message>
    <message>
        <source>many purchases this year</source>
        <translation>mnoho nákupů letos</translation>
    </message>
    <message>
        <source>few purchases this year</source>
        <translation>málo nákupů letos</translation>
    </message>
    <message>
        <source>high recent spend</source>
        <translation>vysoká nedávná útrata</translation>
    </message>
    <message>
        <source>low recent spend</source>
        <translation>nízká nedávná útrata</translation>
    </message>
    <message>
        <source>high spend</source>
        <translation>vysoká útrata</translation>
    </message>
    <message>
        <source>low spend</source>
        <translation>nízká útrata</translation>
    </message>
    <message>
        <source>spend rising</source>
        <translation>rostoucí útrata</translation>
    </message>
    <message>
        <source>spend falling</source>
        <translation>klesající útrata</translation>
    </message>
    <message>
        <source>many small add-on orders</source>
        <translation>mnoho malých doplňkových objednávek</translation>
    </message>
    <message>
        <source>few small add-on orders</source>
        <translation>málo malých doplňkových objednávek</translation>
    </message>
    <message>
        <source>more small add-on orders</source>
        <translation>přibývající malé doplňkové objednávky</translation>
    </message>
    <message>
        <source>fewer small add-on orders</source>
        <translation>ubývající malé doplňkové objednávky</translation>
    </message>
    <message>
        <source>repeatedly late payments</source>
        <translation>opakovaně opožděné platby</translation>
    </message>
    <message>
        <source>payments on time</source>
        <translation>platby včas</translation>
    </message>
    <message>
        <source>long payment delays</source>
        <translation>dlouhá zpoždění plateb</translation>
    </message>
    <message>
        <source>prompt payment</source>
        <translation>rychlé placení</translation>
    </message>
    <message>
        <source>overdue invoices</source>
        <translation>faktury po splatnosti</translation>
    </message>
    <message>
        <source>no overdue invoices</source>
        <translation>žádné faktury po splatnosti</translation>
    </message>
    <message>
        <source>many recent support tickets</source>
        <translation>mnoho nedávných požadavků na podporu</translation>
    </message>
    <message>
        <source>few recent support tickets</source>
        <translation>málo nedávných požadavků na podporu</translation>
    </message>
    <message>
        <source>many support tickets per month</source>
        <translation>mnoho požadavků na podporu měsíčně</translation>
    </message>
    <message>
        <source>few support tickets</source>
        <translation>málo požadavků na podporu</translation>
    </message>
    <message>
        <source>support tickets rising</source>
        <translation>přibývající požadavky na podporu</translation>
    </message>
    <message>
        <source>support tickets falling</source>
        <translation>ubývající požadavky na podporu</translation>
    </message>
    <message>
        <source>unresolved tickets</source>
        <translation>nevyřešené požadavky</translation>
    </message>
    <message>
        <source>no open tickets</source>
        <translation>žádné otevřené požadavky</translation>
    </message>
    <message>
        <source>slow ticket resolution</source>
        <translation>pomalé řešení požadavků</translation>
    </message>
    <message>
        <source>fast ticket resolution</source>
        <translation>rychlé řešení požadavků</translation>
    </message>
    <message>
        <source>many tickets in the first three months</source>
        <translation>mnoho požadavků v prvních třech měsících</translation>
    </message>
    <message>
        <source>few tickets in the first three months</source>
        <translation>málo požadavků v prvních třech měsících</translation>
    </message>
    <message>
        <source>good feedback scores</source>
        <translation>dobré hodnocení ve zpětné vazbě</translation>
    </message>
    <message>
        <source>poor feedback scores</source>
        <translation>slabé hodnocení ve zpětné vazbě</translation>
    </message>
    <message>
        <source>feedback improving</source>
        <translation>zlepšující se zpětná vazba</translation>
    </message>
    <message>
        <source>feedback worsening</source>
        <translation>zhoršující se zpětná vazba</translation>
    </message>
    <message>
        <source>spend of the last 52 weeks</source>
        <translation>útrata za posledních 52 týdnů</translation>
    </message>
    <message>
        <source>likely still buying (buy-till-you-die)</source>
        <translation>pravděpodobně stále nakupují (buy-till-you-die)</translation>
    </message>
    <message>
        <source>likely to have stopped buying (buy-till-you-die)</source>
        <translation>pravděpodobně přestali nakupovat (buy-till-you-die)</translation>
    </message>
    <message>
        <source>many purchases expected (buy-till-you-die)</source>
        <translation>očekává se mnoho nákupů (buy-till-you-die)</translation>
    </message>
    <message>
        <source>few purchases expected (buy-till-you-die)</source>
        <translation>očekává se málo nákupů (buy-till-you-die)</translation>
    </message>
    <message>
        <source>churn</source>
        <translation>odchod</translation>
    </message>
    <message>
        <source>purchase</source>
        <translation>nákup</translation>
    </message>
    <message>
        <source>purchase: {0}</source>
        <translation>nákup: {0}</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>pondělí</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>úterý</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>středa</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>čtvrtek</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>pátek</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>sobota</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>neděle</translation>
    </message>
    <message>
        <source>{0}–{1}</source>
        <translation>{0}–{1}</translation>
    </message>
    <message>
        <source>spreadsheet day numbers (45292 = 2024-01-01)</source>
        <translation>čísla dnů tabulkového procesoru (45292 = 2024-01-01)</translation>
    </message>
    <message>
        <source>Unix time in seconds (1700000000 = 2023-11-14 22:13:20 UTC)</source>
        <translation>unixový čas v sekundách (1700000000 = 2023-11-14 22:13:20 UTC)</translation>
    </message>
    <message>
        <source>Unix time in milliseconds (1700000000000 = 2023-11-14 22:13:20 UTC)</source>
        <translation>unixový čas v milisekundách (1700000000000 = 2023-11-14 22:13:20 UTC)</translation>
    </message>
</context>
<context>
    <name>PrivacyPage</name>
    <message>
        <source>Privacy duties</source>
        <translation>Povinnosti v oblasti ochrany údajů</translation>
    </message>
    <message>
        <source>&amp;Opt-out register</source>
        <translation>&amp;Registr námitek</translation>
    </message>
    <message>
        <source>&amp;Retention</source>
        <translation>&amp;Uchovávání</translation>
    </message>
    <message>
        <source>Data-subject re&amp;quests</source>
        <translation>Žádosti su&amp;bjektů údajů</translation>
    </message>
    <message>
        <source>Processing lo&amp;g</source>
        <translation>Protoko&amp;l zpracování</translation>
    </message>
    <message>
        <source>The opt-out register, the retention deadlines and data-subject requests have no data left to act on; the processing log remains.</source>
        <translation>Registr námitek, lhůty uchovávání ani žádosti subjektů údajů už nemají žádná data, se kterými by šlo pracovat; protokol zpracování zůstává.</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>Ochrana údajů</translation>
    </message>
</context>
<context>
    <name>Reasons</name>
    <message>
        <source>&apos;{0}&apos; did not reduce churn in this business</source>
        <translation>akce &apos;{0}&apos; v této firmě odchody zákazníků nesnížila</translation>
    </message>
    <message>
        <source>their churn risk is {0:.1f} times the average</source>
        <translation>jejich riziko odchodu je {0:.1f}násobkem průměru</translation>
    </message>
    <message>
        <source>their churn risk is {0:.1f} times the average; they stand out by {1}</source>
        <translation>jejich riziko odchodu je {0:.1f}násobkem průměru; vyznačují se těmito rysy: {1}</translation>
    </message>
    <message>
        <source>their churn risk is below average</source>
        <translation>jejich riziko odchodu je pod průměrem</translation>
    </message>
    <message>
        <source>they are valuable and likely to stay</source>
        <translation>jsou pro vás cenní a pravděpodobně zůstanou</translation>
    </message>
    <message>
        <source>their usage fell over the last four weeks</source>
        <translation>jejich využití za poslední čtyři týdny kleslo</translation>
    </message>
    <message>
        <source>they have been paying late</source>
        <translation>platí pozdě</translation>
    </message>
    <message>
        <source>they need support often</source>
        <translation>často potřebují podporu</translation>
    </message>
    <message>
        <source>their feedback scores are worsening</source>
        <translation>jejich hodnocení ve zpětné vazbě se zhoršuje</translation>
    </message>
    <message>
        <source>they use few of the features they pay for</source>
        <translation>využívají jen málo funkcí, za které platí</translation>
    </message>
    <message>
        <source>they needed a lot of support early on</source>
        <translation>na začátku potřebovali hodně podpory</translation>
    </message>
    <message>
        <source>they order fewer small add-ons</source>
        <translation>objednávají méně malých doplňků</translation>
    </message>
    <message>
        <source>their usage is growing</source>
        <translation>jejich využití roste</translation>
    </message>
    <message>
        <source>their team is growing</source>
        <translation>jejich tým roste</translation>
    </message>
    <message>
        <source>they have not bought for longer than most</source>
        <translation>nenakoupili déle než většina ostatních</translation>
    </message>
    <message>
        <source>they have been less active than most</source>
        <translation>jsou méně aktivní než většina ostatních</translation>
    </message>
    <message>
        <source>they are newer customers than most</source>
        <translation>jsou zákazníky kratší dobu než většina ostatních</translation>
    </message>
    <message>
        <source>they pay more than most each month</source>
        <translation>platí měsíčně víc než většina ostatních</translation>
    </message>
    <message>
        <source>they use fewer products than most</source>
        <translation>používají méně produktů než většina ostatních</translation>
    </message>
    <message>
        <source>they hold larger balances than most</source>
        <translation>mají vyšší zůstatky než většina ostatních</translation>
    </message>
</context>
<context>
    <name>RecordSettingsDialog</name>
    <message>
        <source>Details for the Art. 30 record</source>
        <translation>Údaje pro záznamy dle čl. 30</translation>
    </message>
    <message>
        <source>address, e-mail or phone</source>
        <translation>adresa, e-mail nebo telefon</translation>
    </message>
    <message>
        <source>the DPO&apos;s contact, or “none appointed”</source>
        <translation>kontakt na pověřence, nebo „nejmenován“</translation>
    </message>
    <message>
        <source>e.g. access limited to two named staff, screen lock</source>
        <translation>např. přístup omezen na dva jmenované zaměstnance, zámek obrazovky</translation>
    </message>
    <message>
        <source>The record of processing activities names who is responsible. These details are not filled in yet; they are saved in the project&apos;s settings (the change is logged) and used for every later record.</source>
        <translation>Záznamy o činnostech zpracování uvádějí, kdo je odpovědný. Tyto údaje zatím nejsou vyplněny; uloží se do nastavení projektu (změna se zaznamená do protokolu) a použijí se pro všechny další záznamy.</translation>
    </message>
    <message>
        <source>&amp;Save and continue</source>
        <translation>&amp;Uložit a pokračovat</translation>
    </message>
</context>
<context>
    <name>ReportStep</name>
    <message>
        <source>Full data-quality report</source>
        <translation>Úplná zpráva o kvalitě dat</translation>
    </message>
    <message>
        <source>Show &amp;technical details</source>
        <translation>Zobrazit &amp;technické podrobnosti</translation>
    </message>
    <message>
        <source>I have &amp;read the warnings and want to import anyway</source>
        <translation>&amp;Beru varování na vědomí a přesto chci importovat</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Zjištění</translation>
    </message>
    <message>
        <source>Hide &amp;technical details</source>
        <translation>Skrýt &amp;technické podrobnosti</translation>
    </message>
    <message>
        <source>Import refused: what is listed under &quot;Must be fixed&quot; has to be fixed first. Each finding says what to do: usually go Back to the Columns step and choose another role for a column, or correct the file and choose it again.</source>
        <translation>Import odmítnut: nejprve je třeba opravit to, co je uvedeno v části „Nutno opravit“. U každého zjištění je uvedeno, co dělat: obvykle se tlačítkem Zpět vraťte ke kroku s rolemi sloupců a zvolte pro sloupec jinou roli, nebo opravte soubor a vyberte ho znovu.</translation>
    </message>
    <message>
        <source>Must be fixed before importing</source>
        <translation>Nutno opravit před importem</translation>
    </message>
    <message>
        <source>Check, then confirm below</source>
        <translation>Zkontrolujte a pak níže potvrďte</translation>
    </message>
    <message>
        <source>Good to know</source>
        <translation>Pro informaci</translation>
    </message>
    <message>
        <source>column “{0}”</source>
        <translation>sloupec „{0}“</translation>
    </message>
    <message>
        <source>Or</source>
        <translation>Nebo</translation>
    </message>
    <message>
        <source>What to do: {0}</source>
        <translation>Co dělat: {0}</translation>
    </message>
    <message>
        <source>tick “Leave out the rows that have no customer ID” below.</source>
        <translation>níže zaškrtněte „Vynechat řádky bez ID zákazníka“.</translation>
    </message>
    <message>
        <source>only if every customer gave explicit consent, tick “Explicit consent recorded” for “{0}” on the Columns step.</source>
        <translation>jen pokud každý zákazník dal výslovný souhlas, zaškrtněte u „{0}“ v kroku s rolemi sloupců „Výslovný souhlas zaznamenán“.</translation>
    </message>
    <message>
        <source>check a few values of “{0}” in the file; if they were read the wrong way round, choose how they are written under “Written as” on the Columns step.</source>
        <translation>zkontrolujte v souboru několik hodnot sloupce „{0}“; pokud byly načteny obráceně, zvolte v kroku s rolemi sloupců pod „Zapsáno jako“, jak jsou zapsány.</translation>
    </message>
    <message>
        <source>on the Columns step, choose “{0}” for “{1}”.</source>
        <translation>v kroku s rolemi sloupců zvolte pro „{1}“ roli „{0}“.</translation>
    </message>
    <message>
        <source>on the Columns step, choose “{0}” for the column that holds it.</source>
        <translation>v kroku s rolemi sloupců zvolte roli „{0}“ pro sloupec, který tento údaj obsahuje.</translation>
    </message>
    <message>
        <source>on the Columns step, choose another role for “{0}”.</source>
        <translation>v kroku s rolemi sloupců zvolte pro „{0}“ jinou roli.</translation>
    </message>
    <message>
        <source>Rows without a customer ID can be left out with the box below.</source>
        <translation>Řádky bez ID zákazníka lze vynechat pomocí políčka níže.</translation>
    </message>
    <message>
        <source>Nothing refused. Read the warnings and confirm them to continue.</source>
        <translation>Nic nebylo odmítnuto. Přečtěte si varování a potvrďte je, abyste mohli pokračovat.</translation>
    </message>
    <message>
        <source>Nothing refused and no warnings: ready to import.</source>
        <translation>Nic nebylo odmítnuto a nejsou žádná varování: připraveno k importu.</translation>
    </message>
    <message>
        <source>&amp;Leave out the {0} rows that have no customer ID (guest orders); they are counted in the report and in the processing log</source>
        <translation>&amp;Vynechat {0} řádků bez ID zákazníka (objednávky hostů); jsou započteny ve zprávě a v protokolu zpracování</translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <source>Record of processing activities (GDPR Art. 30)</source>
        <translation>Záznamy o činnostech zpracování (čl. 30 GDPR)</translation>
    </message>
    <message>
        <source>1. Controller and data protection officer</source>
        <translation>1. Správce a pověřenec pro ochranu osobních údajů</translation>
    </message>
    <message>
        <source>2. Purposes of the processing and legal bases</source>
        <translation>2. Účely zpracování a právní základy</translation>
    </message>
    <message>
        <source>3. Categories of data subjects</source>
        <translation>3. Kategorie subjektů údajů</translation>
    </message>
    <message>
        <source>4. Categories of personal data</source>
        <translation>4. Kategorie osobních údajů</translation>
    </message>
    <message>
        <source>5. Recipients and transfers to third countries</source>
        <translation>5. Příjemci a předávání do třetích zemí</translation>
    </message>
    <message>
        <source>6. Retention periods</source>
        <translation>6. Doby uchovávání</translation>
    </message>
    <message>
        <source>7. Technical and organisational measures</source>
        <translation>7. Technická a organizační opatření</translation>
    </message>
    <message>
        <source>8. Data held</source>
        <translation>8. Uložená data</translation>
    </message>
    <message>
        <source>9. Opt-outs honoured</source>
        <translation>9. Respektované námitky</translation>
    </message>
    <message>
        <source>10. Retention runs and erasures</source>
        <translation>10. Promazání po lhůtě a výmazy</translation>
    </message>
    <message>
        <source>11. Models trained</source>
        <translation>11. Natrénované modely</translation>
    </message>
    <message>
        <source>12. Re-identification risk</source>
        <translation>12. Riziko opětovné identifikace</translation>
    </message>
    <message>
        <source>13. Processing log</source>
        <translation>13. Protokol zpracování</translation>
    </message>
    <message>
        <source>not configured (project setting &apos;{0}&apos;)</source>
        <translation>nenastaveno (nastavení projektu &apos;{0}&apos;)</translation>
    </message>
    <message>
        <source>Customers and contacts of the controller (persons in the imported CRM exports)</source>
        <translation>Zákazníci a kontakty správce (osoby v importovaných exportech z CRM)</translation>
    </message>
    <message>
        <source>Limits per table, enforced by Prevista&apos;s retention cleanup (expired rows are deleted and the replaced files crypto-shredded):</source>
        <translation>Limity pro jednotlivé tabulky, vynucované promazáním dat po lhůtě v aplikaci Prevista (řádky po lhůtě se smažou a nahrazené soubory se kryptograficky skartují):</translation>
    </message>
    <message>
        <source>Special categories (Art. 9) processed with explicit consent: {0}</source>
        <translation>Zvláštní kategorie (čl. 9) zpracovávané s výslovným souhlasem: {0}</translation>
    </message>
    <message>
        <source>Organisational measures of the controller: {0}</source>
        <translation>Organizační opatření správce: {0}</translation>
    </message>
    <message>
        <source>Retention runs carried out: {0}.</source>
        <translation>Provedená promazání po lhůtě: {0}.</translation>
    </message>
    <message>
        <source>Erasures carried out (Art. 17): {0}.</source>
        <translation>Provedené výmazy (čl. 17): {0}.</translation>
    </message>
    <message>
        <source>Rows in &apos;{0}&apos;</source>
        <translation>Řádky v &apos;{0}&apos;</translation>
    </message>
    <message>
        <source>DOES NOT VERIFY — entry {0}: {1}. The activity sections above are left empty because the log cannot vouch for them.</source>
        <translation>NELZE OVĚŘIT — záznam {0}: {1}. Oddíly o činnostech výše zůstávají prázdné, protože protokol za ně nemůže ručit.</translation>
    </message>
    <message>
        <source>A DPO can check the log without the data passphrase, against the fingerprint kept on file (not the key file beside the log, which anyone could replace): prevista audit verify --log processing-log.jsonl --pubkey processing-log.pub --fingerprint {0}</source>
        <translation>Pověřenec může protokol ověřit bez hesla k datům, a to proti otisku uloženému v dokumentaci (ne proti souboru s klíčem vedle protokolu, který by mohl kdokoli nahradit): prevista audit verify --log processing-log.jsonl --pubkey processing-log.pub --fingerprint {0}</translation>
    </message>
    <message>
        <source>Generated by Prevista on {0} UTC. Aggregates only: this record contains no personal data.</source>
        <translation>Vytvořeno aplikací Prevista dne {0} UTC. Pouze agregovaná data: tyto záznamy neobsahují žádné osobní údaje.</translation>
    </message>
    <message>
        <source>Offline processing: Prevista makes no network connections; data, models and reports stay on this computer.</source>
        <translation>Zpracování offline: Prevista nenavazuje žádná síťová spojení; data, modely i zprávy zůstávají v tomto počítači.</translation>
    </message>
    <message>
        <source>Pseudonymization: customer IDs are replaced by encrypted IDs (deterministic AES-SIV under a project subkey), reversible only with the key; analysis tables hold a numeric key only.</source>
        <translation>Pseudonymizace: ID zákazníků jsou nahrazena šifrovanými ID (deterministické AES-SIV s podklíčem projektu), která lze zpětně převést jen s klíčem; analytické tabulky obsahují jen číselný klíč.</translation>
    </message>
    <message>
        <source>Crypto-shredding: replaced or deleted table files lose their data keys, so copies left on disk are unreadable.</source>
        <translation>Kryptografická skartace: nahrazené nebo smazané soubory tabulek přicházejí o své datové klíče, takže kopie, které zůstaly na disku, jsou nečitelné.</translation>
    </message>
    <message>
        <source>Tamper-evident processing log: hash-chained entries signed with Ed25519 and a signed head; a DPO verifies it with the public key alone, without the data passphrase.</source>
        <translation>Protokol zpracování chráněný proti nepozorovaným změnám: záznamy zřetězené hashi a podepsané Ed25519 a podepsaný konec řetězce; pověřenec ho ověří jen pomocí veřejného klíče, bez hesla k datům.</translation>
    </message>
    <message>
        <source>Opt-out register (right to object, Art. 21): honoured at every import, training, scoring and export.</source>
        <translation>Registr námitek (právo vznést námitku, čl. 21): uplatňuje se při každém importu, trénování, hodnocení i exportu.</translation>
    </message>
    <message>
        <source>Special categories of data (Art. 9), recognised by column name in six languages and by values (religions, diagnoses, parties, ethnicities, halal/kosher), are refused at import unless explicit consent is recorded.</source>
        <translation>Zvláštní kategorie údajů (čl. 9), rozpoznávané podle názvu sloupce v šesti jazycích a podle hodnot (náboženství, diagnózy, politické strany, etnika, halal/košer), jsou při importu odmítnuty, pokud není zaznamenán výslovný souhlas.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Kdy</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Akce</translation>
    </message>
    <message>
        <source>Counts</source>
        <translation>Počty</translation>
    </message>
    <message>
        <source>Controller</source>
        <translation>Správce</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Data protection officer</source>
        <translation>Pověřenec pro ochranu osobních údajů</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Účel</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Právní základ</translation>
    </message>
    <message>
        <source>Logged steps</source>
        <translation>Zaznamenané kroky</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Období</translation>
    </message>
    <message>
        <source>No data imported yet.</source>
        <translation>Zatím nebyla importována žádná data.</translation>
    </message>
    <message>
        <source>Special categories (Art. 9) processed with explicit consent: none.</source>
        <translation>Zvláštní kategorie (čl. 9) zpracovávané s výslovným souhlasem: žádné.</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabulka</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Sloupec</translation>
    </message>
    <message>
        <source>Special category (Art. 9)</source>
        <translation>Zvláštní kategorie (čl. 9)</translation>
    </message>
    <message>
        <source>No special-category column is stored.</source>
        <translation>Není uložen žádný sloupec zvláštní kategorie.</translation>
    </message>
    <message>
        <source>Columns stored for analysis (after pseudonymization):</source>
        <translation>Sloupce uložené pro analýzu (po pseudonymizaci):</translation>
    </message>
    <message>
        <source>Columns (use, meaning)</source>
        <translation>Sloupce (použití, význam)</translation>
    </message>
    <message>
        <source>No tables stored.</source>
        <translation>Nejsou uloženy žádné tabulky.</translation>
    </message>
    <message>
        <source>Data subjects (encrypted IDs)</source>
        <translation>Subjekty údajů (šifrovaná ID)</translation>
    </message>
    <message>
        <source>Opt-out register</source>
        <translation>Registr námitek</translation>
    </message>
    <message>
        <source>Identity table</source>
        <translation>Tabulka identit</translation>
    </message>
    <message>
        <source>kept under a separate key</source>
        <translation>uchovávána pod samostatným klíčem</translation>
    </message>
    <message>
        <source>not kept</source>
        <translation>neuchovává se</translation>
    </message>
    <message>
        <source>Customers in the opt-out register</source>
        <translation>Zákazníci v registru námitek</translation>
    </message>
    <message>
        <source>Opt-out recordings</source>
        <translation>Zaznamenání námitek</translation>
    </message>
    <message>
        <source>Re-consents (withdrawn opt-outs)</source>
        <translation>Opětovné souhlasy (odvolané námitky)</translation>
    </message>
    <message>
        <source>Rows of opted-out customers removed at import</source>
        <translation>Řádky zákazníků s námitkou odebrané při importu</translation>
    </message>
    <message>
        <source>No opt-outs recorded after import.</source>
        <translation>Po importu nebyly zaznamenány žádné námitky.</translation>
    </message>
    <message>
        <source>No retention cleanup has been run.</source>
        <translation>Promazání dat po lhůtě dosud neproběhlo.</translation>
    </message>
    <message>
        <source>No erasure has been carried out.</source>
        <translation>Nebyl proveden žádný výmaz.</translation>
    </message>
    <message>
        <source>Model ID</source>
        <translation>ID modelu</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Model</translation>
    </message>
    <message>
        <source>Customers scored</source>
        <translation>Ohodnocení zákazníci</translation>
    </message>
    <message>
        <source>No model has been trained.</source>
        <translation>Nebyl natrénován žádný model.</translation>
    </message>
    <message>
        <source>Records (customer table)</source>
        <translation>Záznamy (tabulka zákazníků)</translation>
    </message>
    <message>
        <source>Quasi-identifiers</source>
        <translation>Kvaziidentifikátory</translation>
    </message>
    <message>
        <source>none</source>
        <translation>žádné</translation>
    </message>
    <message>
        <source>Minimum class size k</source>
        <translation>Minimální velikost třídy k</translation>
    </message>
    <message>
        <source>Equivalence classes</source>
        <translation>Třídy ekvivalence</translation>
    </message>
    <message>
        <source>{0} (smallest: {1})</source>
        <translation>{0} (nejmenší: {1})</translation>
    </message>
    <message>
        <source>Unique records</source>
        <translation>Jedinečné záznamy</translation>
    </message>
    <message>
        <source>Records in classes below k</source>
        <translation>Záznamy ve třídách menších než k</translation>
    </message>
    <message>
        <source>Prosecutor risk, highest</source>
        <translation>Riziko prokurátora, nejvyšší</translation>
    </message>
    <message>
        <source>Prosecutor risk, average</source>
        <translation>Riziko prokurátora, průměrné</translation>
    </message>
    <message>
        <source>Journalist risk, highest / average</source>
        <translation>Riziko novináře, nejvyšší / průměrné</translation>
    </message>
    <message>
        <source>Marketer risk</source>
        <translation>Riziko marketéra</translation>
    </message>
    <message>
        <source>Risk level</source>
        <translation>Úroveň rizika</translation>
    </message>
    <message>
        <source>Column dropped</source>
        <translation>Vypuštěný sloupec</translation>
    </message>
    <message>
        <source>Unique without it</source>
        <translation>Jedinečné bez něj</translation>
    </message>
    <message>
        <source>Below k without it</source>
        <translation>Pod k bez něj</translation>
    </message>
    <message>
        <source>Suggestions to lower the risk:</source>
        <translation>Návrhy na snížení rizika:</translation>
    </message>
    <message>
        <source>verified (hash chain, signatures and signed head)</source>
        <translation>ověřeno (řetězec hashů, podpisy a podepsaný konec řetězce)</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Záznamy</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stav</translation>
    </message>
    <message>
        <source>Log key fingerprint (SHA-256)</source>
        <translation>Otisk klíče protokolu (SHA-256)</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Příjemci</translation>
    </message>
    <message>
        <source>Transfers to third countries</source>
        <translation>Předávání do třetích zemí</translation>
    </message>
    <message>
        <source>Technical measures built into Prevista:</source>
        <translation>Technická opatření zabudovaná v aplikaci Prevista:</translation>
    </message>
    <message>
        <source>No campaign was started: the pilot&apos;s predictions were not yet acted on with a control group, so nothing can be said about what acting on them changes. Start one from a segment (Start campaign…, or prevista campaign start).</source>
        <translation>Nebyla zahájena žádná kampaň: podle předpovědí pilotního projektu se zatím nejednalo s kontrolní skupinou, takže nelze říct nic o tom, co jednání podle nich změní. Zahajte ji ze segmentu (Zahájit kampaň… nebo prevista campaign start).</translation>
    </message>
    <message>
        <source>{0} campaign(s) acted on about {1} customers, with about {2} held back at random as a control group to measure against.</source>
        <translation>Kampaně (počet: {0}) oslovily asi {1} zákazníků, přičemž asi {2} bylo náhodně ponecháno stranou jako kontrolní skupina pro srovnání.</translation>
    </message>
    <message>
        <source>{0}: campaigns {1} and the pilot {2}</source>
        <translation>{0}: kampaně {1} a pilotní projekt {2}</translation>
    </message>
    <message>
        <source>{0}: campaigns {1} (no pilot cost entered)</source>
        <translation>{0}: kampaně {1} (náklady pilotního projektu nebyly zadány)</translation>
    </message>
    <message>
        <source>{0} extra spend by the customers acted on (90 % interval {1} to {2})</source>
        <translation>{0} dodatečná útrata oslovených zákazníků (90% interval {1} až {2})</translation>
    </message>
    <message>
        <source>{0:.0%} (90 % interval {1:.0%} to {2:.0%})</source>
        <translation>{0:.0%} (90% interval {1:.0%} až {2:.0%})</translation>
    </message>
    <message>
        <source>{0:.1f} months</source>
        <translation>{0:.1f} měs.</translation>
    </message>
    <message>
        <source>{0} (soonest {1}, latest {2})</source>
        <translation>{0} (nejdříve {1}, nejpozději {2})</translation>
    </message>
    <message>
        <source>{0}; about {1} acted on, {2} held back ({3:.0%}); it can detect a change in churn of {4:.0%} or more</source>
        <translation>{0}; osloveno asi {1}, ponecháno stranou {2} ({3:.0%}); dokáže odhalit změnu míry odchodu o {4:.0%} či více</translation>
    </message>
    <message>
        <source>Not measured yet.</source>
        <translation>Zatím nezměřeno.</translation>
    </message>
    <message>
        <source>not at the measured pace</source>
        <translation>ne při naměřeném tempu</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nikdy</translation>
    </message>
    <message>
        <source>not within the interval</source>
        <translation>ne v rámci intervalu</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Kampaň</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Výsledek</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>Co se udělalo</translation>
    </message>
    <message>
        <source>What it cost</source>
        <translation>Kolik to stálo</translation>
    </message>
    <message>
        <source>What it returned</source>
        <translation>Co to vrátilo</translation>
    </message>
    <message>
        <source>Return on investment</source>
        <translation>Návratnost investice</translation>
    </message>
    <message>
        <source>Cost and return</source>
        <translation>Náklady a výnos</translation>
    </message>
    <message>
        <source>Not yet available: enter a cost per contact and measure a campaign on data with order values.</source>
        <translation>Zatím není k dispozici: zadejte náklady na kontakt a změřte kampaň na datech s hodnotami objednávek.</translation>
    </message>
    <message>
        <source>What it changed (measured against the control group):</source>
        <translation>Co to změnilo (měřeno oproti kontrolní skupině):</translation>
    </message>
    <message>
        <source>How sure: each figure is a difference between randomly assigned groups with its 90 % interval; &apos;no effect measurable yet&apos; means the groups are still too small or too recent.</source>
        <translation>Jak jisté to je: každý údaj je rozdílem mezi náhodně přiřazenými skupinami s 90% intervalem; &apos;účinek zatím nelze změřit&apos; znamená, že skupiny jsou ještě příliš malé nebo příliš nové.</translation>
    </message>
    <message>
        <source>Change in churn against the control group, in percentage points, with its 90 % interval (left of the dashed line: fewer customers lost).</source>
        <translation>Změna míry odchodu oproti kontrolní skupině v procentních bodech s 90% intervalem (vlevo od přerušované čáry: méně ztracených zákazníků).</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Zahájeno</translation>
    </message>
    <message>
        <source>Break-even</source>
        <translation>Bod zvratu</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ukazatel</translation>
    </message>
    <message>
        <source>Acted on</source>
        <translation>Testovací skupina</translation>
    </message>
    <message>
        <source>Held back</source>
        <translation>Kontrolní skupina</translation>
    </message>
    <message>
        <source>Difference (90 % interval)</source>
        <translation>Rozdíl (90% interval)</translation>
    </message>
    <message>
        <source>{0} — page {1} of {2}</source>
        <translation>{0} — strana {1} z {2}</translation>
    </message>
    <message>
        <source>Pilot report: customer predictions</source>
        <translation>Pilotní zpráva: předpovědi o zákaznících</translation>
    </message>
    <message>
        <source>1. Executive summary</source>
        <translation>1. Shrnutí pro vedení</translation>
    </message>
    <message>
        <source>2. Key figures</source>
        <translation>2. Klíčové údaje</translation>
    </message>
    <message>
        <source>3. KPIs since the baseline</source>
        <translation>3. KPI od výchozích hodnot</translation>
    </message>
    <message>
        <source>4. Campaigns: what acting changed, and what it returned</source>
        <translation>4. Kampaně: co jednání změnilo a co přineslo</translation>
    </message>
    <message>
        <source>5. Model quality</source>
        <translation>5. Kvalita modelu</translation>
    </message>
    <message>
        <source>6. Segment findings</source>
        <translation>6. Zjištění o segmentech</translation>
    </message>
    <message>
        <source>7. Support-ticket forecast</source>
        <translation>7. Předpověď požadavků na podporu</translation>
    </message>
    <message>
        <source>8. Privacy and data protection</source>
        <translation>8. Soukromí a ochrana osobních údajů</translation>
    </message>
    <message>
        <source>No model trained yet: train the models first (prevista train, or the Models screen), then produce this report again.</source>
        <translation>Zatím není natrénován žádný model: nejprve natrénujte modely (prevista train nebo obrazovka Modely) a pak tuto zprávu vytvořte znovu.</translation>
    </message>
    <message>
        <source>No dated support tickets were imported, so there is no ticket forecast.</source>
        <translation>Nebyly importovány žádné datované požadavky na podporu, proto předpověď požadavků není k dispozici.</translation>
    </message>
    <message>
        <source>ROC AUC (0.5 = chance)</source>
        <translation>ROC AUC (0,5 = náhoda)</translation>
    </message>
    <message>
        <source>Brier score (lower is better)</source>
        <translation>Brierovo skóre (nižší je lepší)</translation>
    </message>
    <message>
        <source>Top-decile lift (×)</source>
        <translation>Lift v horním decilu (×)</translation>
    </message>
    <message>
        <source>Aggregates only: this report contains no customer ID, encrypted ID, name, contact detail or value of any single customer.</source>
        <translation>Pouze agregovaná data: tato zpráva neobsahuje žádné ID zákazníka, šifrované ID, jméno, kontaktní údaj ani hodnotu žádného jednotlivého zákazníka.</translation>
    </message>
    <message>
        <source>Prepared with Prevista for {0} on {1} UTC. {2}</source>
        <translation>Připraveno v aplikaci Prevista pro {0} dne {1} UTC. {2}</translation>
    </message>
    <message>
        <source>up to date: no data is held past its retention limit</source>
        <translation>aktuální: žádná data se neuchovávají déle, než dovoluje jejich lhůta</translation>
    </message>
    <message>
        <source>cleanup due — past their limit: {0} (run the retention cleanup)</source>
        <translation>je třeba promazat — po lhůtě: {0} (spusťte promazání dat po lhůtě)</translation>
    </message>
    <message>
        <source>{0} customers in the opt-out register, excluded from every analysis; {1} erased on request; {2} e-mail addresses excluded as soon as they appear</source>
        <translation>Zákazníci v registru námitek, vyloučení ze všech analýz: {0}; vymazaní na žádost: {1}; e-mailové adresy vyloučené hned, jakmile se objeví: {2}</translation>
    </message>
    <message>
        <source>{0} – {1}</source>
        <translation>{0} – {1}</translation>
    </message>
    <message>
        <source>Calibration: over {0} equal-sized risk bands of held-out customers, predicted and observed churn differ by {1:.1f} percentage points on average (at most {2:.1f}); in the highest-risk band {3} was predicted and {4} observed.</source>
        <translation>Kalibrace: v {0} stejně velkých pásmech rizika odložených zákazníků se předpovězená a pozorovaná míra odchodu liší v průměru o {1:.1f} p. b. (nejvýše o {2:.1f}); v pásmu s nejvyšším rizikem bylo předpovězeno {3} a pozorováno {4}.</translation>
    </message>
    <message>
        <source>{0} of {1} customers within {2} days</source>
        <translation>{0} z {1} zákazníků během {2} dní</translation>
    </message>
    <message>
        <source>{0} of {1} customers marked as churned by the label</source>
        <translation>{0} z {1} zákazníků označených štítkem jako odešlí</translation>
    </message>
    <message>
        <source>{0} ({1})</source>
        <translation>{0} ({1})</translation>
    </message>
    <message>
        <source>withheld: fewer scored customers than the minimum segment size</source>
        <translation>nezobrazeno: ohodnocených zákazníků je méně, než je minimální velikost segmentu</translation>
    </message>
    <message>
        <source>{0} current customers scored</source>
        <translation>Ohodnocení současní zákazníci: {0}</translation>
    </message>
    <message>
        <source>Predicted churn, next {0} days</source>
        <translation>Předpovězený odchod, příštích {0} dní</translation>
    </message>
    <message>
        <source>Predicted churn (as the label defines it)</source>
        <translation>Předpovězený odchod (podle definice štítku)</translation>
    </message>
    <message>
        <source>{0} — about {1:.0f} expected churners</source>
        <translation>{0} — asi {1:.0f} očekávaných odchodů</translation>
    </message>
    <message>
        <source>{0} (churn risk × {1})</source>
        <translation>{0} (riziko odchodu × {1})</translation>
    </message>
    <message>
        <source>{0} segments of at least k = {1} customers; {2} of {3} customers analysed fall in a listed segment (smaller groups are not shown).</source>
        <translation>Segmenty s alespoň k = {1} zákazníky: {0}; {2} z {3} analyzovaných zákazníků patří do některého z uvedených segmentů (menší skupiny se nezobrazují).</translation>
    </message>
    <message>
        <source>Revenue at risk = churn risk × {0}.</source>
        <translation>Ohrožené tržby = riziko odchodu × {0}.</translation>
    </message>
    <message>
        <source>{0}: {1}. Recommended: {2} (because {3}).</source>
        <translation>{0}: {1}. Doporučeno: {2} (protože {3}).</translation>
    </message>
    <message>
        <source>Evidence: {0}</source>
        <translation>Podklady: {0}</translation>
    </message>
    <message>
        <source>About {0:.0f} support tickets expected over the next {1} weeks ({2}). Forecasting {3} weeks ahead from past points in time, it was off by {4:.1f} tickets a week on average, against {5:.1f} for the best other method ({6}).</source>
        <translation>V příštích {1} týd. se očekává asi {0:.0f} požadavků na podporu ({2}). Při předpovídání {3} týd. dopředu z minulých okamžiků se předpověď v průměru mýlila o {4:.1f} požadavku týdně, oproti {5:.1f} u nejlepší jiné metody ({6}).</translation>
    </message>
    <message>
        <source>verified: {0} entries, hash chain and signatures intact</source>
        <translation>ověřeno – záznamů: {0}; řetězec hashů a podpisy jsou neporušené</translation>
    </message>
    <message>
        <source>verified: 1 entry, hash chain and signatures intact</source>
        <translation>ověřeno: 1 záznam, řetězec hashů a podpisy jsou neporušené</translation>
    </message>
    <message>
        <source>DOES NOT VERIFY: {0}</source>
        <translation>NELZE OVĚŘIT: {0}</translation>
    </message>
    <message>
        <source>Data period</source>
        <translation>Období dat</translation>
    </message>
    <message>
        <source>Churn observed on held-out data</source>
        <translation>Odchod pozorovaný na odložených datech</translation>
    </message>
    <message>
        <source>Customers analysed</source>
        <translation>Analyzovaní zákazníci</translation>
    </message>
    <message>
        <source>Revenue at risk</source>
        <translation>Ohrožené tržby</translation>
    </message>
    <message>
        <source>Client (controller)</source>
        <translation>Klient (správce)</translation>
    </message>
    <message>
        <source>Opt-outs honoured</source>
        <translation>Respektované námitky</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Uchovávání</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Řádky</translation>
    </message>
    <message>
        <source>The KPIs were not gathered for this report.</source>
        <translation>KPI nebyly pro tuto zprávu shromážděny.</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Výchozí hodnota</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Nyní</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Změna</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Zákazníci</translation>
    </message>
    <message>
        <source>No KPI computed.</source>
        <translation>Nebyl vypočten žádný KPI.</translation>
    </message>
    <message>
        <source>How each figure is computed:</source>
        <translation>Jak se jednotlivé údaje počítají:</translation>
    </message>
    <message>
        <source>Not shown, and why:</source>
        <translation>Co se nezobrazuje a proč:</translation>
    </message>
    <message>
        <source>Calibration: not measured.</source>
        <translation>Kalibrace: neměřeno.</translation>
    </message>
    <message>
        <source>Held-out measure</source>
        <translation>Ukazatel na odložených datech</translation>
    </message>
    <message>
        <source>Purchase propensity</source>
        <translation>Sklon k nákupu</translation>
    </message>
    <message>
        <source>Model kept</source>
        <translation>Ponechaný model</translation>
    </message>
    <message>
        <source>Baselines (ROC AUC)</source>
        <translation>Srovnávací modely (ROC AUC)</translation>
    </message>
    <message>
        <source>No purchase-propensity model (no dated purchases to learn from).</source>
        <translation>Žádný model sklonu k nákupu (nejsou datované nákupy, ze kterých by se mohl učit).</translation>
    </message>
    <message>
        <source>{0} (every {1} days), or earlier when the drift check reports a shift</source>
        <translation>{0} (každých {1} dní), nebo dříve, pokud kontrola driftu ohlásí posun</translation>
    </message>
    <message>
        <source>Churn model kept</source>
        <translation>Ponechaný model odchodu</translation>
    </message>
    <message>
        <source>Trained</source>
        <translation>Natrénováno</translation>
    </message>
    <message>
        <source>churn within {0} days, from {1}</source>
        <translation>odchod během {0} dní, od {1}</translation>
    </message>
    <message>
        <source>churn as marked by {0}; the label has no time window</source>
        <translation>odchod podle označení {0}; označení nemá časové okno</translation>
    </message>
    <message>
        <source>Validation</source>
        <translation>Validace</translation>
    </message>
    <message>
        <source>Quality on held-out customers the model never saw, next to the baselines it had to beat (in brackets: the range that holds the measure in 95 % of resamples of those customers):</source>
        <translation>Kvalita na odložených zákaznících, které model nikdy neviděl, vedle srovnávacích modelů, které musel překonat (v závorkách: rozpětí, do kterého ukazatel padne v 95 % opakovaných výběrů z těchto zákazníků):</translation>
    </message>
    <message>
        <source>What drives churn risk:</source>
        <translation>Co ovlivňuje riziko odchodu:</translation>
    </message>
    <message>
        <source>No single driver stands out.</source>
        <translation>Žádný jednotlivý faktor nevyčnívá.</translation>
    </message>
    <message>
        <source>Warnings and notes:</source>
        <translation>Upozornění a poznámky:</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Žádné.</translation>
    </message>
    <message>
        <source>Drift reference</source>
        <translation>Referenční data pro drift</translation>
    </message>
    <message>
        <source>customers as of {0}</source>
        <translation>zákazníci ke dni {0}</translation>
    </message>
    <message>
        <source>Retrain by</source>
        <translation>Přetrénovat do</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>Churn risk</source>
        <translation>Riziko odchodu</translation>
    </message>
    <message>
        <source>Expected churners</source>
        <translation>Očekávané odchody</translation>
    </message>
    <message>
        <source>No segment reaches the minimum size.</source>
        <translation>Žádný segment nedosahuje minimální velikosti.</translation>
    </message>
    <message>
        <source>What sets each segment apart, and what to do:</source>
        <translation>Čím se jednotlivé segmenty liší a co dělat:</translation>
    </message>
    <message>
        <source>Week of</source>
        <translation>Týden od</translation>
    </message>
    <message>
        <source>Expected tickets</source>
        <translation>Očekávané požadavky</translation>
    </message>
    <message>
        <source>Range ({0:.0%})</source>
        <translation>Rozsah ({0:.0%})</translation>
    </message>
    <message>
        <source>kept only in a separately keyed identity table, never used for analysis</source>
        <translation>uchovávány jen v samostatně šifrované tabulce identit, nikdy se nepoužívají k analýze</translation>
    </message>
    <message>
        <source>dropped at import and not stored</source>
        <translation>zahozeny při importu a neukládají se</translation>
    </message>
    <message>
        <source>Processing log</source>
        <translation>Protokol zpracování</translation>
    </message>
    <message>
        <source>Minimum segment size</source>
        <translation>Minimální velikost segmentu</translation>
    </message>
    <message>
        <source>{0} customers: no figure in this report describes fewer</source>
        <translation>{0} zákazníků: žádný údaj v této zprávě nepopisuje menší počet</translation>
    </message>
    <message>
        <source>Direct identifiers</source>
        <translation>Přímé identifikátory</translation>
    </message>
    <message>
        <source>All processing ran offline on this computer; no data was uploaded or shared.</source>
        <translation>Veškeré zpracování proběhlo offline v tomto počítači; žádná data nebyla nahrána ani sdílena.</translation>
    </message>
    <message>
        <source>Customer IDs were replaced by encrypted IDs at import; opted-out customers were removed.</source>
        <translation>ID zákazníků byla při importu nahrazena šifrovanými ID; zákazníci s námitkou byli odebráni.</translation>
    </message>
    <message>
        <source>Predictions are meant to offer customers help; a person decides on every action.</source>
        <translation>Předpovědi mají sloužit k tomu, aby zákazníkům nabídly pomoc; o každé akci rozhoduje člověk.</translation>
    </message>
    <message>
        <source>No population table is available, so the dataset itself is taken as the population: journalist risk equals prosecutor risk.</source>
        <translation>Není k dispozici žádná tabulka populace, proto se za populaci považuje samotný soubor dat: riziko novináře se rovná riziku prokurátora.</translation>
    </message>
    <message>
        <source>Marketer risk is the expected share of records re-identified when every record is attacked; it equals the average prosecutor risk.</source>
        <translation>Riziko marketéra je očekávaný podíl záznamů, které budou opětovně identifikovány, pokud je napaden každý záznam; rovná se průměrnému riziku prokurátora.</translation>
    </message>
    <message>
        <source>No customer records are stored, so no one can be re-identified from them.</source>
        <translation>Nejsou uloženy žádné záznamy zákazníků, takže z nich nelze nikoho opětovně identifikovat.</translation>
    </message>
    <message>
        <source>No quasi-identifiers remain in the stored customer table: all {0} customers look alike on what an attacker could know. Re-identification risk is low.</source>
        <translation>V uložené tabulce zákazníků nezůstaly žádné kvaziidentifikátory: všichni zákazníci ({0}) vypadají z hlediska toho, co by mohl útočník vědět, stejně. Riziko opětovné identifikace je nízké.</translation>
    </message>
    <message>
        <source>On {0}: {1} of {2} customers ({3:.1%}) are unique and {4} ({5:.1%}) are in groups smaller than k = {6}. Re-identification risk is low.</source>
        <translation>Kvaziidentifikátory {0}: {1} z {2} zákazníků ({3:.1%}) je jedinečných a {4} ({5:.1%}) je ve skupinách menších než k = {6}. Riziko opětovné identifikace je nízké.</translation>
    </message>
    <message>
        <source>On {0}: {1} of {2} customers ({3:.1%}) are unique and {4} ({5:.1%}) are in groups smaller than k = {6}. Re-identification risk is medium.</source>
        <translation>Kvaziidentifikátory {0}: {1} z {2} zákazníků ({3:.1%}) je jedinečných a {4} ({5:.1%}) je ve skupinách menších než k = {6}. Riziko opětovné identifikace je střední.</translation>
    </message>
    <message>
        <source>On {0}: {1} of {2} customers ({3:.1%}) are unique and {4} ({5:.1%}) are in groups smaller than k = {6}. Re-identification risk is high.</source>
        <translation>Kvaziidentifikátory {0}: {1} z {2} zákazníků ({3:.1%}) je jedinečných a {4} ({5:.1%}) je ve skupinách menších než k = {6}. Riziko opětovné identifikace je vysoké.</translation>
    </message>
    <message>
        <source>generalise &apos;{0}&apos; to its first two digits</source>
        <translation>zobecněte &apos;{0}&apos; na první dvě číslice</translation>
    </message>
    <message>
        <source>band &apos;{0}&apos; into 10-year groups, or drop the birth date</source>
        <translation>seskupte &apos;{0}&apos; do desetiletých skupin, nebo vypusťte datum narození</translation>
    </message>
    <message>
        <source>drop &apos;{0}&apos; or band it into 10-year groups</source>
        <translation>vypusťte &apos;{0}&apos;, nebo ho seskupte do desetiletých skupin</translation>
    </message>
    <message>
        <source>generalise &apos;{0}&apos; to region or country, or drop it</source>
        <translation>zobecněte &apos;{0}&apos; na region nebo zemi, nebo ho vypusťte</translation>
    </message>
    <message>
        <source>band &apos;{0}&apos; into a few ranges, or drop it</source>
        <translation>seskupte &apos;{0}&apos; do několika rozsahů, nebo ho vypusťte</translation>
    </message>
    <message>
        <source>merge values of &apos;{0}&apos; held by fewer than {1} customers into &apos;Other&apos;, or drop it</source>
        <translation>hodnoty &apos;{0}&apos;, které má méně než {1} zákazníků, slučte do &apos;Ostatní&apos;, nebo sloupec vypusťte</translation>
    </message>
    <message>
        <source>{0} entry</source>
        <translation>{0} záznam</translation>
    </message>
    <message>
        <source>{0} entries</source>
        <translation>{0} záznamů</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Reports</source>
        <translation>Zprávy</translation>
    </message>
    <message>
        <source>Save a report</source>
        <translation>Uložit zprávu</translation>
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
        <translation>&amp;Formát:</translation>
    </message>
    <message>
        <source>Save the &amp;pilot report…</source>
        <translation>Uložit pi&amp;lotní zprávu…</translation>
    </message>
    <message>
        <source>Key figures, model quality, segment findings and a privacy summary for the client; aggregates only</source>
        <translation>Klíčové údaje, kvalita modelu, zjištění o segmentech a shrnutí ochrany údajů pro klienta; pouze agregovaná data</translation>
    </message>
    <message>
        <source>Save the &amp;Art. 30 record…</source>
        <translation>Uložit zázn&amp;amy dle čl. 30…</translation>
    </message>
    <message>
        <source>The record of processing activities (GDPR Art. 30) for the data-protection officer</source>
        <translation>Záznamy o činnostech zpracování (čl. 30 GDPR) pro pověřence pro ochranu osobních údajů</translation>
    </message>
    <message>
        <source>Pilot report: headline figures</source>
        <translation>Pilotní zpráva: hlavní údaje</translation>
    </message>
    <message>
        <source>Customers analysed:</source>
        <translation>Analyzovaní zákazníci:</translation>
    </message>
    <message>
        <source>Data period:</source>
        <translation>Období dat:</translation>
    </message>
    <message>
        <source>Predicted churn:</source>
        <translation>Předpovězený odchod:</translation>
    </message>
    <message>
        <source>Revenue at risk:</source>
        <translation>Ohrožené tržby:</translation>
    </message>
    <message>
        <source>Churn model quality:</source>
        <translation>Kvalita modelu odchodu:</translation>
    </message>
    <message>
        <source>Segments:</source>
        <translation>Segmenty:</translation>
    </message>
    <message>
        <source>Opt-outs honoured:</source>
        <translation>Respektované námitky:</translation>
    </message>
    <message>
        <source>Retention:</source>
        <translation>Uchovávání:</translation>
    </message>
    <message>
        <source>Processing log:</source>
        <translation>Protokol zpracování:</translation>
    </message>
    <message>
        <source>Re-identification risk of the stored customers</source>
        <translation>Riziko opětovné identifikace uložených zákazníků</translation>
    </message>
    <message>
        <source>Risk level</source>
        <translation>Úroveň rizika</translation>
    </message>
    <message>
        <source>Risk summary</source>
        <translation>Shrnutí rizika</translation>
    </message>
    <message>
        <source>How to lower the risk</source>
        <translation>Jak riziko snížit</translation>
    </message>
    <message>
        <source>Handover</source>
        <translation>Předání</translation>
    </message>
    <message>
        <source>Save &amp;handover bundle…</source>
        <translation>Uložit předávací &amp;balíček…</translation>
    </message>
    <message>
        <source>Model card, segments, forecast, reports and the processing log in one ZIP file the client may keep; no personal data</source>
        <translation>Karta modelu, segmenty, předpověď, zprávy a protokol zpracování v jednom souboru ZIP, který si klient může ponechat; žádné osobní údaje</translation>
    </message>
    <message>
        <source>C&amp;lose the pilot…</source>
        <translation>&amp;Ukončit pilotní projekt…</translation>
    </message>
    <message>
        <source>Erase all data of this pilot for good; only the handover bundle and the processing log remain</source>
        <translation>Trvale vymazat všechna data tohoto pilotního projektu; zůstane jen předávací balíček a protokol zpracování</translation>
    </message>
    <message>
        <source>Reading the report figures</source>
        <translation>Načítají se údaje pro zprávu</translation>
    </message>
    <message>
        <source>Save the pilot report</source>
        <translation>Uložit pilotní zprávu</translation>
    </message>
    <message>
        <source>Saved the pilot report to {0}. It holds aggregates only and can be handed to the client.</source>
        <translation>Pilotní zpráva byla uložena do {0}. Obsahuje pouze agregovaná data a lze ji předat klientovi.</translation>
    </message>
    <message>
        <source>The record was not saved: it needs the controller details first.</source>
        <translation>Záznamy nebyly uloženy: nejprve je třeba vyplnit údaje o správci.</translation>
    </message>
    <message>
        <source>Saving the record&apos;s details</source>
        <translation>Ukládají se údaje pro záznamy</translation>
    </message>
    <message>
        <source>The controller details were saved in the project&apos;s settings (logged).</source>
        <translation>Údaje o správci byly uloženy do nastavení projektu (zaznamenáno do protokolu).</translation>
    </message>
    <message>
        <source>Save the record of processing activities</source>
        <translation>Uložit záznamy o činnostech zpracování</translation>
    </message>
    <message>
        <source>Saved the record of processing activities to {0}.</source>
        <translation>Záznamy o činnostech zpracování byly uloženy do {0}.</translation>
    </message>
    <message>
        <source>Save the handover bundle</source>
        <translation>Uložit předávací balíček</translation>
    </message>
    <message>
        <source>ZIP archives (*.zip)</source>
        <translation>Archivy ZIP (*.zip)</translation>
    </message>
    <message>
        <source>Save a handover bundle first: closing the pilot keeps only that bundle and the processing log.</source>
        <translation>Nejprve uložte předávací balíček: po ukončení pilotního projektu zůstane jen tento balíček a protokol zpracování.</translation>
    </message>
    <message>
        <source>This erases ALL data of this pilot for good: customers, events, scores, identities, the opt-out register and the models. Only the processing log and the handover bundle {0} remain. This cannot be undone. Close the pilot now?</source>
        <translation>Tímto se trvale vymažou VŠECHNA data tohoto pilotního projektu: zákazníci, události, skóre rizika, identity, registr námitek a modely. Zůstane jen protokol zpracování a předávací balíček {0}. Tuto akci nelze vrátit zpět. Ukončit pilotní projekt nyní?</translation>
    </message>
    <message>
        <source>Closing the pilot</source>
        <translation>Ukončení pilotního projektu</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Dokumenty PDF (*.pdf)</translation>
    </message>
    <message>
        <source>HTML pages (*.html)</source>
        <translation>Stránky HTML (*.html)</translation>
    </message>
    <message>
        <source>Writing {0}</source>
        <translation>Zapisuje se {0}</translation>
    </message>
    <message>
        <source>Saved the handover bundle to {0}. It holds no personal data: the client may keep it after the pilot is closed.</source>
        <translation>Předávací balíček byl uložen do {0}. Neobsahuje žádné osobní údaje: klient si ho může ponechat i po ukončení pilotního projektu.</translation>
    </message>
    <message>
        <source>The pilot is closed: all its data was erased and the keys of its files destroyed. Keep the handover bundle; the project now holds only the processing log.</source>
        <translation>Pilotní projekt je ukončen: všechna jeho data byla vymazána a klíče jeho souborů zničeny. Uschovejte předávací balíček; projekt nyní obsahuje jen protokol zpracování.</translation>
    </message>
    <message>
        <source>This pilot was closed on {0}: {1} rows and the models were erased for good, so there is no pilot report or handover bundle to make any more (the client keeps the bundle saved before closing). The processing log (entries: {2}) remains, and the Art. 30 record above can still be saved from it.</source>
        <translation>Tento pilotní projekt byl ukončen {0}: řádky (počet: {1}) a modely byly trvale vymazány, takže už nelze vytvořit pilotní zprávu ani předávací balíček (klient si ponechává balíček uložený před ukončením). Protokol zpracování (záznamy: {2}) zůstává a záznamy dle čl. 30 výše z něj lze stále uložit.</translation>
    </message>
    <message>
        <source>{0} customers in the register, excluded from every analysis</source>
        <translation>{0} (zákazníci v registru, vyloučeni ze všech analýz)</translation>
    </message>
    <message>
        <source>cleanup due</source>
        <translation>je třeba promazat</translation>
    </message>
    <message>
        <source>up to date</source>
        <translation>vše v pořádku</translation>
    </message>
    <message>
        <source>verified, {0} entries</source>
        <translation>ověřeno, záznamů: {0}</translation>
    </message>
    <message>
        <source>DOES NOT VERIFY: {0}</source>
        <translation>NELZE OVĚŘIT: {0}</translation>
    </message>
    <message>
        <source>No model trained yet: train the models first; the pilot report then carries predictions and segments.</source>
        <translation>Zatím není natrénován žádný model: nejprve natrénujte modely; pilotní zpráva pak bude obsahovat předpovědi a segmenty.</translation>
    </message>
    <message>
        <source>{0} to {1}</source>
        <translation>{0} až {1}</translation>
    </message>
    <message>
        <source>ROC AUC {0:.3f} on held-out data ({1})</source>
        <translation>ROC AUC {0:.3f} na odložených datech ({1})</translation>
    </message>
    <message>
        <source>{0} segments of at least {1} customers</source>
        <translation>{0} (minimální velikost: {1})</translation>
    </message>
    <message>
        <source>{0} current customers</source>
        <translation>{0} (současní zákazníci)</translation>
    </message>
    <message>
        <source>{0:.1%} in the next {1} days, about {2:.0f} customers</source>
        <translation>{0:.1%} během příštích {1} dní (odcházející zákazníci: asi {2:.0f})</translation>
    </message>
    <message>
        <source>{0:.1%} as the churn label defines it, about {1:.0f} customers</source>
        <translation>{0:.1%} podle označení odchodu, asi {1:.0f} zákazníků</translation>
    </message>
    <message>
        <source>low</source>
        <translation>nízká</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>střední</translation>
    </message>
    <message>
        <source>high</source>
        <translation>vysoká</translation>
    </message>
    <message>
        <source>Risk level: {0}</source>
        <translation>Úroveň rizika: {0}</translation>
    </message>
    <message>
        <source>To lower it:</source>
        <translation>Jak ho snížit:</translation>
    </message>
</context>
<context>
    <name>RequestsTab</name>
    <message>
        <source>Type the customer ID exactly as it appears in the CRM export. An access report holds everything kept about the person, readable: save it outside the project folder and hand it over securely. An erasure deletes the person&apos;s data everywhere, for good.</source>
        <translation>Zadejte ID zákazníka přesně tak, jak je uvedeno v exportu z CRM. Výpis údajů obsahuje v čitelné podobě vše, co je o osobě uloženo: uložte jej mimo složku projektu a předejte ho bezpečně. Výmaz odstraní údaje osoby všude a natrvalo.</translation>
    </message>
    <message>
        <source>Customer ID</source>
        <translation>ID zákazníka</translation>
    </message>
    <message>
        <source>Customer &amp;ID:</source>
        <translation>&amp;ID zákazníka:</translation>
    </message>
    <message>
        <source>&amp;Access report…</source>
        <translation>Výpis ú&amp;dajů…</translation>
    </message>
    <message>
        <source>&amp;Erase…</source>
        <translation>Vy&amp;mazat…</translation>
    </message>
    <message>
        <source>Type the customer ID first.</source>
        <translation>Nejprve zadejte ID zákazníka.</translation>
    </message>
    <message>
        <source>Save the access report (outside the project folder)</source>
        <translation>Uložit výpis údajů (mimo složku projektu)</translation>
    </message>
    <message>
        <source>Web page (*.html)</source>
        <translation>Webová stránka (*.html)</translation>
    </message>
    <message>
        <source>Preparing the access report</source>
        <translation>Připravuje se výpis údajů</translation>
    </message>
    <message>
        <source>Wrote everything held about this person ({0} records in {1} tables) to {2}. The file is readable personal data: hand it over securely and delete your copy.</source>
        <translation>Vše, co je o této osobě uloženo (záznamy: {0}, tabulky: {1}), bylo zapsáno do {2}. Soubor obsahuje čitelné osobní údaje: předejte jej bezpečně a svou kopii smažte.</translation>
    </message>
    <message>
        <source>No data is held about this person: they were erased on request; only their encrypted ID is kept, so that no import brings them back. The report saying so is in {0}.</source>
        <translation>O této osobě nejsou uložena žádná data: byla na žádost vymazána; ponecháno je jen její šifrované ID, aby ji žádný import nevrátil. Zpráva, která to uvádí, je v {0}.</translation>
    </message>
    <message>
        <source>No data is held about this person: they objected; only their encrypted ID is kept on the opt-out register. The report saying so is in {0}.</source>
        <translation>O této osobě nejsou uložena žádná data: vznesla námitku; v registru námitek je ponecháno jen její šifrované ID. Zpráva, která to uvádí, je v {0}.</translation>
    </message>
    <message>
        <source>No records are held about this person. The report saying so is in {0}.</source>
        <translation>O této osobě nejsou uloženy žádné záznamy. Zpráva, která to uvádí, je v {0}.</translation>
    </message>
    <message>
        <source>Finding this person&apos;s data</source>
        <translation>Vyhledávají se údaje této osoby</translation>
    </message>
    <message>
        <source>Erase this person&apos;s data everywhere, for good? {0} rows in {1} tables are deleted and cannot be recovered; only their encrypted ID is kept, so that no later import brings them back.</source>
        <translation>Trvale vymazat údaje této osoby všude? Smaže se řádků: {0} v tabulkách: {1} a nelze je obnovit; ponecháno bude jen její šifrované ID, aby ji žádný pozdější import nevrátil.</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>Vymazat</translation>
    </message>
    <message>
        <source>Erased everywhere: {0} rows deleted; future imports will leave this person out. Log entry {1}.</source>
        <translation>Vymazáno všude, smazáno řádků: {0}; budoucí importy tuto osobu vynechají. Záznam protokolu: {1}.</translation>
    </message>
</context>
<context>
    <name>RetentionTab</name>
    <message>
        <source>Customers</source>
        <translation>Zákazníci</translation>
    </message>
    <message>
        <source>Transactions</source>
        <translation>Transakce</translation>
    </message>
    <message>
        <source>Interactions</source>
        <translation>Interakce</translation>
    </message>
    <message>
        <source>Usage</source>
        <translation>Využití</translation>
    </message>
    <message>
        <source>Encrypted IDs</source>
        <translation>Šifrovaná ID</translation>
    </message>
    <message>
        <source>Scores</source>
        <translation>Skóre</translation>
    </message>
    <message>
        <source>Identities</source>
        <translation>Identity</translation>
    </message>
    <message>
        <source>E-mail index</source>
        <translation>Index e-mailů</translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation>Poslední aktivita</translation>
    </message>
    <message>
        <source>Campaign members</source>
        <translation>Účastníci kampaní</translation>
    </message>
    <message>
        <source>Campaign contact outcomes</source>
        <translation>Výsledky kontaktů v kampaních</translation>
    </message>
    <message>
        <source>Retention status</source>
        <translation>Stav uchovávání</translation>
    </message>
    <message>
        <source>Sa&amp;ve policies</source>
        <translation>Uložit pravi&amp;dla</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabulka</translation>
    </message>
    <message>
        <source>Limit (months)</source>
        <translation>Lhůta (měsíce)</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Uloženo</translation>
    </message>
    <message>
        <source>Counted in</source>
        <translation>Jednotka</translation>
    </message>
    <message>
        <source>Past the limit</source>
        <translation>Po lhůtě</translation>
    </message>
    <message>
        <source>Expiring in the next 12 months</source>
        <translation>Vyprší během 12 měsíců</translation>
    </message>
    <message>
        <source>Next expiries</source>
        <translation>Nejbližší vypršení</translation>
    </message>
    <message>
        <source>Undated (kept)</source>
        <translation>Bez data (ponecháno)</translation>
    </message>
    <message>
        <source>Expiring later</source>
        <translation>Vyprší později</translation>
    </message>
    <message>
        <source>Each customer or row held is counted once: past the limit, expiring in the next 12 months, expiring later, or undated. Undated ones stay, because nothing says when they expire.</source>
        <translation>Každý uložený zákazník nebo řádek se počítá jednou: po lhůtě, vyprší během 12 měsíců, vyprší později, nebo bez data. Ty bez data zůstávají, protože nic neříká, kdy vyprší.</translation>
    </message>
    <message>
        <source>Retention deadlines</source>
        <translation>Lhůty uchovávání</translation>
    </message>
    <message>
        <source>&amp;Dry run</source>
        <translation>Zkušeb&amp;ní běh</translation>
    </message>
    <message>
        <source>C&amp;lean up…</source>
        <translation>Pro&amp;mazat…</translation>
    </message>
    <message>
        <source>Deadlines</source>
        <translation>Lhůty</translation>
    </message>
    <message>
        <source>C&amp;ustomers:</source>
        <translation>Zá&amp;kazníci:</translation>
    </message>
    <message>
        <source>&amp;Transactions:</source>
        <translation>&amp;Transakce:</translation>
    </message>
    <message>
        <source>&amp;Interactions:</source>
        <translation>&amp;Interakce:</translation>
    </message>
    <message>
        <source>U&amp;sage:</source>
        <translation>V&amp;yužití:</translation>
    </message>
    <message>
        <source>Ca&amp;mpaign members:</source>
        <translation>Úča&amp;stníci kampaní:</translation>
    </message>
    <message>
        <source>Policies</source>
        <translation>Pravidla</translation>
    </message>
    <message>
        <source>Keep for</source>
        <translation>Uchovávat</translation>
    </message>
    <message>
        <source>Why this period</source>
        <translation>Proč tato doba</translation>
    </message>
    <message>
        <source> months</source>
        <translation> měs.</translation>
    </message>
    <message>
        <source>{0}: months kept</source>
        <translation>{0}: doba uchování v měsících</translation>
    </message>
    <message>
        <source>{0}: why this period</source>
        <translation>{0}: proč tato doba</translation>
    </message>
    <message>
        <source>Reading retention deadlines</source>
        <translation>Načítají se lhůty uchovávání</translation>
    </message>
    <message>
        <source>customers</source>
        <translation>zákazníci</translation>
    </message>
    <message>
        <source>rows</source>
        <translation>řádky</translation>
    </message>
    <message>
        <source>{0}: {1} {2}</source>
        <translation>{0}: {1} ({2})</translation>
    </message>
    <message>
        <source>Cleanup overdue: {0} past the retention limit. Run a dry run to see what would go, then clean up.</source>
        <translation>Promazání je po termínu: {0} po lhůtě uchovávání. Spusťte zkušební běh, abyste viděli, co by se smazalo, a pak data promažte.</translation>
    </message>
    <message>
        <source>Nothing is past its retention limit (as of {0}).</source>
        <translation>Nic nepřekročilo lhůtu uchovávání (k {0}).</translation>
    </message>
    <message>
        <source>No policy was changed.</source>
        <translation>Žádné pravidlo nebylo změněno.</translation>
    </message>
    <message>
        <source>Saving retention policies</source>
        <translation>Ukládají se pravidla uchovávání</translation>
    </message>
    <message>
        <source>Retention for {0}: {1} months ({2}).</source>
        <translation>Uchovávání pro {0}: {1} měs. ({2}).</translation>
    </message>
    <message>
        <source>Working out what has expired</source>
        <translation>Zjišťuje se, co vypršelo</translation>
    </message>
    <message>
        <source>Nothing has passed its retention limit: a cleanup would delete nothing.</source>
        <translation>Nic nepřekročilo lhůtu uchovávání: promazání by nic nesmazalo.</translation>
    </message>
    <message>
        <source>Dry run — nothing deleted. A cleanup on {0} would delete {1}; {2} customers are past the customers limit; {3} encrypted IDs would no longer be needed.</source>
        <translation>Zkušební běh — nic nebylo smazáno. Promazání ke dni {0} by smazalo: {1}; zákazníci po lhůtě pro zákazníky: {2}; šifrovaná ID, která by už nebyla potřeba: {3}.</translation>
    </message>
    <message>
        <source>{0}: {1} rows</source>
        <translation>{0} (řádků: {1})</translation>
    </message>
    <message>
        <source>Delete for good: {0}? The replaced files&apos; keys are destroyed, so this cannot be undone.</source>
        <translation>Trvale smazat: {0}? Klíče nahrazených souborů budou zničeny, takže tuto akci nelze vrátit zpět.</translation>
    </message>
    <message>
        <source>Clean up</source>
        <translation>Promazat</translation>
    </message>
    <message>
        <source>Cleanup done: deleted {0}; the replaced files&apos; keys are destroyed. Log entry {1}.</source>
        <translation>Promazání dokončeno: smazáno {0}; klíče nahrazených souborů jsou zničeny. Záznam protokolu: {1}.</translation>
    </message>
</context>
<context>
    <name>SegmentsPage</name>
    <message>
        <source>Churn risk (%)</source>
        <translation>Riziko odchodu (%)</translation>
    </message>
    <message>
        <source>Expected churners</source>
        <translation>Očekávané odchody</translation>
    </message>
    <message>
        <source>Revenue at risk</source>
        <translation>Ohrožené tržby</translation>
    </message>
    <message>
        <source>Purchase propensity (%)</source>
        <translation>Sklon k nákupu (%)</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Zákazníci</translation>
    </message>
    <message>
        <source>Forecast support tickets</source>
        <translation>Předpověď požadavků na podporu</translation>
    </message>
    <message>
        <source>Expected purchases</source>
        <translation>Očekávané nákupy</translation>
    </message>
    <message>
        <source>There are no segments left to show or act on.</source>
        <translation>Nezůstaly žádné segmenty k zobrazení ani k provedení akcí.</translation>
    </message>
    <message>
        <source>Segments</source>
        <translation>Segmenty</translation>
    </message>
    <message>
        <source>Go to &amp;Models</source>
        <translation>Přejít na &amp;Modely</translation>
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
        <translation>Riziko odchodu</translation>
    </message>
    <message>
        <source>Purchase propensity</source>
        <translation>Sklon k nákupu</translation>
    </message>
    <message>
        <source>Forecast tickets</source>
        <translation>Předpověď požadavků</translation>
    </message>
    <message>
        <source>C&amp;hart:</source>
        <translation>&amp;Graf:</translation>
    </message>
    <message>
        <source>Segments chart</source>
        <translation>Graf segmentů</translation>
    </message>
    <message>
        <source>Selected segment</source>
        <translation>Vybraný segment</translation>
    </message>
    <message>
        <source>&amp;Start campaign…</source>
        <translation>&amp;Zahájit kampaň…</translation>
    </message>
    <message>
        <source>Act on this segment with a random control group held back, so that what the action changed can be measured</source>
        <translation>Provést akci u tohoto segmentu s náhodnou kontrolní skupinou ponechanou stranou, aby bylo možné změřit, co akce změnila</translation>
    </message>
    <message>
        <source>E&amp;xport segments…</source>
        <translation>E&amp;xportovat segmenty…</translation>
    </message>
    <message>
        <source>Save every segment with its figures, reason and suggested action as an Excel workbook or CSV file</source>
        <translation>Uložit všechny segmenty s jejich čísly, zdůvodněním a navrženou akcí jako sešit Excel nebo soubor CSV</translation>
    </message>
    <message>
        <source>Export segments</source>
        <translation>Exportovat segmenty</translation>
    </message>
    <message>
        <source>segments</source>
        <translation>segmenty</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
        <translation>Sešit Excel (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <source>Exporting the segments</source>
        <translation>Exportují se segmenty</translation>
    </message>
    <message>
        <source>Saved {0}.</source>
        <translation>Uloženo: {0}.</translation>
    </message>
    <message>
        <source>{0} segments from the models trained {1}. Segments smaller than {2} customers are never shown.</source>
        <translation>Segmenty z modelů natrénovaných {1}: {0}. Segmenty, které mají méně zákazníků než {2}, se nikdy nezobrazují.</translation>
    </message>
    <message>
        <source>Revenue at risk = churn risk × {0}, in {1}.</source>
        <translation>Ohrožené tržby = riziko odchodu × {0}, v {1}.</translation>
    </message>
    <message>
        <source>No revenue at risk: it needs what each customer is worth (spend, a fee, a balance or an order value), and this project has none that Prevista recognised. Choose the customer value column in Settings, then train again.</source>
        <translation>Ohrožené tržby nejsou k dispozici: potřebují hodnotu každého zákazníka (útratu, poplatek, zůstatek nebo hodnotu objednávky) a tento projekt žádnou takovou, kterou by Prevista rozpoznala, nemá. Zvolte v Nastavení sloupec s hodnotou zákazníka a pak modely znovu natrénujte.</translation>
    </message>
    <message>
        <source>likely still buying {0}, about {1} purchases expected from their buying pattern</source>
        <translation>pravděpodobně stále nakupuje {0}, podle nákupního vzorce se očekává asi {1} nákupů</translation>
    </message>
    <message>
        <source>Best time to reach: {0}, {1}–{2} h{3} ({4} of their contacts)</source>
        <translation>Nejlepší čas k zastižení: {0}, {1}–{2} h{3} ({4} jejich kontaktů)</translation>
    </message>
    <message>
        <source>Buys most: {0}, {1}–{2} h{3} ({4} of their purchases)</source>
        <translation>Nejvíce nakupují: {0}, {1}–{2} h{3} ({4} jejich nákupů)</translation>
    </message>
    <message>
        <source>#{0}</source>
        <translation>#{0}</translation>
    </message>
    <message>
        <source>No segments yet. Train a model first: the segments, their risks and the recommended actions appear here once it exists.</source>
        <translation>Zatím žádné segmenty. Nejprve natrénujte model: segmenty, jejich rizika a doporučené akce se zde zobrazí, jakmile bude existovat.</translation>
    </message>
    <message>
        <source>Likely still buying (%)</source>
        <translation>Pravděpodobně stále nakupuje (%)</translation>
    </message>
    <message>
        <source>No segment has at least {0} customers, so none can be shown. Lower the smallest segment size in Settings or import more customers, then retrain.</source>
        <translation>Žádný segment nemá alespoň {0} zákazníků, takže nelze žádný zobrazit. Snižte nejmenší velikost segmentu v Nastavení nebo importujte více zákazníků a poté model přetrénujte.</translation>
    </message>
    <message>
        <source>Retrain recommended: these segments were computed from data that includes people since excluded (opt-out, erasure or retention cleanup). Their figures are recounted without them; train again on the Models page for new segments.</source>
        <translation>Doporučeno znovu natrénovat: tyto segmenty byly spočteny z dat, která zahrnují později vyloučené osoby (námitka, výmaz nebo úklid po době uchování). Jejich čísla jsou přepočtena bez nich; pro nové segmenty trénujte znovu na stránce Modely.</translation>
    </message>
    <message>
        <source>Revenue at risk = churn risk × {0}.</source>
        <translation>Ohrožené tržby = riziko odchodu × {0}.</translation>
    </message>
    <message>
        <source>Forecast tickets: each segment&apos;s share of the support tickets expected in the next {0} weeks.</source>
        <translation>Předpověď požadavků: podíl každého segmentu na požadavcích na podporu očekávaných v příštích týdnech ({0} týd.).</translation>
    </message>
    <message>
        <source>Ticket forecast not available: {0}</source>
        <translation>Předpověď požadavků není k dispozici: {0}</translation>
    </message>
    <message>
        <source>#{0} {1}</source>
        <translation>#{0} {1}</translation>
    </message>
    <message>
        <source>{0} customers</source>
        <translation>Zákazníci: {0}</translation>
    </message>
    <message>
        <source>churn risk {0}</source>
        <translation>riziko odchodu {0}</translation>
    </message>
    <message>
        <source>expected churners {0}</source>
        <translation>očekávané odchody {0}</translation>
    </message>
    <message>
        <source>revenue at risk {0}</source>
        <translation>ohrožené tržby {0}</translation>
    </message>
    <message>
        <source>purchase propensity {0}</source>
        <translation>sklon k nákupu {0}</translation>
    </message>
    <message>
        <source>What sets it apart:</source>
        <translation>Čím se odlišuje:</translation>
    </message>
    <message>
        <source>Recommended action: {0} (because {1}).</source>
        <translation>Doporučená akce: {0} (protože {1}).</translation>
    </message>
    <message>
        <source>What drives churn across all customers:</source>
        <translation>Co ovlivňuje odchody napříč všemi zákazníky:</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>Unlocking</source>
        <translation>Odemyká se</translation>
    </message>
    <message>
        <source>Creating the project</source>
        <translation>Vytváří se projekt</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>Customer analytics: predicting churn, purchases and support load to offer customers timely help</source>
        <translation>Analýza zákazníků: předpověď odchodů, nákupů a zatížení podpory, aby zákazníci mohli včas dostat pomoc</translation>
    </message>
    <message>
        <source>None — processing is local and offline; no data is disclosed to anyone</source>
        <translation>Žádní — zpracování probíhá lokálně a offline; data nejsou nikomu zpřístupněna</translation>
    </message>
    <message>
        <source>None — the data never leaves this computer</source>
        <translation>Žádné — data nikdy neopustí tento počítač</translation>
    </message>
    <message>
        <source>no longer needed for the analysis 36 months after the customer&apos;s last activity</source>
        <translation>pro analýzu už nejsou potřeba 36 měsíců po poslední aktivitě zákazníka</translation>
    </message>
    <message>
        <source>bookkeeping period (10 years by default; set it to the period your country&apos;s law requires)</source>
        <translation>lhůta pro archivaci účetních záznamů (ve výchozím nastavení 10 let; nastavte lhůtu, kterou vyžadují zákony vaší země)</translation>
    </message>
    <message>
        <source>24 months after the ticket was closed (or created, when it has no closure date)</source>
        <translation>24 měsíců po uzavření požadavku (nebo po jeho vytvoření, pokud nemá datum uzavření)</translation>
    </message>
    <message>
        <source>24 months after the usage event</source>
        <translation>24 měsíců po události využití</translation>
    </message>
    <message>
        <source>24 months after the campaign&apos;s start: long enough to measure it over the exports that follow</source>
        <translation>24 měsíců po zahájení kampaně: dost dlouho na to, aby ji bylo možné změřit na následujících exportech</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>Nastavení</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>Tento počítač</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Jazyk systému</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Save &amp;preferences</source>
        <translation>&amp;Uložit předvolby</translation>
    </message>
    <message>
        <source>&amp;Operator name (in the processing log):</source>
        <translation>&amp;Jméno operátora (v protokolu zpracování):</translation>
    </message>
    <message>
        <source>&amp;Language (after restart):</source>
        <translation>Jaz&amp;yk (po restartu):</translation>
    </message>
    <message>
        <source>&amp;Lock after idle:</source>
        <translation>Zamknout po &amp;nečinnosti:</translation>
    </message>
    <message>
        <source>Could not save the preferences: {0}</source>
        <translation>Předvolby se nepodařilo uložit: {0}</translation>
    </message>
    <message>
        <source>Preferences saved.</source>
        <translation>Předvolby uloženy.</translation>
    </message>
    <message>
        <source>This project</source>
        <translation>Tento projekt</translation>
    </message>
    <message>
        <source>Support cost per mont&amp;h (0 = not entered):</source>
        <translation>Náklady na &amp;podporu za měsíc (0 = nezadáno):</translation>
    </message>
    <message>
        <source>Cost of the pilot itse&amp;lf (0 = not entered):</source>
        <translation>Náklady na &amp;samotný pilotní projekt (0 = nezadáno):</translation>
    </message>
    <message>
        <source>Customer &amp;value column (empty = found in the data):</source>
        <translation>Sloupec hodnoty &amp;zákazníka (prázdné = zjistí se z dat):</translation>
    </message>
    <message>
        <source>Curre&amp;ncy (for example EUR):</source>
        <translation>Měna (&amp;v níž jsou částky, například EUR):</translation>
    </message>
    <message>
        <source> days</source>
        <translation> dní</translation>
    </message>
    <message>
        <source>&amp;Controller (your business):</source>
        <translation>Sp&amp;rávce (vaše firma):</translation>
    </message>
    <message>
        <source>Controller con&amp;tact:</source>
        <translation>&amp;Kontakt na správce:</translation>
    </message>
    <message>
        <source>&amp;DPO contact:</source>
        <translation>Kontakt na pověř&amp;ence:</translation>
    </message>
    <message>
        <source>Reci&amp;pients:</source>
        <translation>Příje&amp;mci:</translation>
    </message>
    <message>
        <source>Third-country trans&amp;fers:</source>
        <translation>Předávání do &amp;třetích zemí:</translation>
    </message>
    <message>
        <source>Retention (in &amp;words):</source>
        <translation>&amp;Doba uložení (slovy):</translation>
    </message>
    <message>
        <source>Organisational &amp;measures:</source>
        <translation>&amp;Organizační opatření:</translation>
    </message>
    <message>
        <source>&amp;Save project settings</source>
        <translation>U&amp;ložit nastavení projektu</translation>
    </message>
    <message>
        <source>Retention &amp;policies…</source>
        <translation>Pravidla uc&amp;hovávání…</translation>
    </message>
    <message>
        <source>Default p&amp;urpose:</source>
        <translation>Vý&amp;chozí účel:</translation>
    </message>
    <message>
        <source>Default le&amp;gal basis:</source>
        <translation>Výchozí právní zákl&amp;ad:</translation>
    </message>
    <message>
        <source>S&amp;mallest segment shown (k):</source>
        <translation>Nejmenší zo&amp;brazený segment (k):</translation>
    </message>
    <message>
        <source>Recommend retraining a&amp;fter:</source>
        <translation>Doporuč&amp;it přetrénování po:</translation>
    </message>
    <message>
        <source>Nothing changed.</source>
        <translation>Nic se nezměnilo.</translation>
    </message>
    <message>
        <source>Saving settings</source>
        <translation>Ukládá se nastavení</translation>
    </message>
    <message>
        <source>Project settings saved and logged.</source>
        <translation>Nastavení projektu uloženo a zaznamenáno v protokolu.</translation>
    </message>
</context>
<context>
    <name>StartCampaignDialog</name>
    <message>
        <source>Start campaign</source>
        <translation>Zahájit kampaň</translation>
    </message>
    <message>
        <source>A campaign acts on the customers of the chosen segments and holds a random share of them back as a control group, who are not contacted: comparing the two later shows what the action changed. Customers who objected (opt-outs) are in neither group. The next step shows what the campaign can detect before anything is recorded.</source>
        <translation>Kampaň cílí na zákazníky vybraných segmentů a náhodnou část z nich ponechá stranou jako kontrolní skupinu, která není kontaktována: pozdější porovnání obou skupin ukáže, co akce změnila. Zákazníci, kteří vznesli námitku, nejsou v žádné ze skupin. Další krok ukáže, co kampaň dokáže odhalit, ještě než se cokoli zaznamená.</translation>
    </message>
    <message>
        <source>Segments</source>
        <translation>Segmenty</translation>
    </message>
    <message>
        <source>#{0} {1} ({2} customers)</source>
        <translation>#{0} {1} (zákazníci: {2})</translation>
    </message>
    <message>
        <source>e.g. call customers at risk to offer help</source>
        <translation>např. zavolat ohroženým zákazníkům a nabídnout pomoc</translation>
    </message>
    <message>
        <source>the segment&apos;s suggested action</source>
        <translation>akce navržená pro segment</translation>
    </message>
    <message>
        <source>default: the segments&apos; names</source>
        <translation>výchozí: názvy segmentů</translation>
    </message>
    <message>
        <source>optional, for the return on investment</source>
        <translation>volitelné, pro výpočet návratnosti investice</translation>
    </message>
    <message>
        <source>&amp;Plan campaign</source>
        <translation>Na&amp;plánovat kampaň</translation>
    </message>
    <message>
        <source>&amp;Segments:</source>
        <translation>&amp;Segmenty:</translation>
    </message>
    <message>
        <source>P&amp;urpose (required):</source>
        <translation>Úč&amp;el (povinný):</translation>
    </message>
    <message>
        <source>Le&amp;gal basis:</source>
        <translation>P&amp;rávní základ:</translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation>&amp;Akce:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Název:</translation>
    </message>
    <message>
        <source>S&amp;tart date:</source>
        <translation>&amp;Datum zahájení:</translation>
    </message>
    <message>
        <source>&amp;Held back as control group:</source>
        <translation>Ponechat stranou jako &amp;kontrolní skupinu:</translation>
    </message>
    <message>
        <source>&amp;Cost per contact:</source>
        <translation>Nák&amp;lady na kontakt:</translation>
    </message>
    <message>
        <source>Choose at least one segment for the campaign.</source>
        <translation>Vyberte pro kampaň alespoň jeden segment.</translation>
    </message>
    <message>
        <source>State the purpose of the campaign: it is recorded in the processing log and the record of processing activities.</source>
        <translation>Uveďte účel kampaně: zaznamená se do protokolu zpracování a do záznamů o činnostech zpracování.</translation>
    </message>
    <message>
        <source>The cost per contact must be a number of 0 or more, or empty.</source>
        <translation>Náklady na kontakt musí být číslo 0 nebo větší, nebo prázdné.</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <source>Recent projects</source>
        <translation>Nedávné projekty</translation>
    </message>
    <message>
        <source>&amp;New project…</source>
        <translation>&amp;Nový projekt…</translation>
    </message>
    <message>
        <source>&amp;Open project…</source>
        <translation>&amp;Otevřít projekt…</translation>
    </message>
    <message>
        <source>Try the &amp;demo</source>
        <translation>Vyzkoušet &amp;demo</translation>
    </message>
    <message>
        <source>Creates a demo project from the bundled fictional CRM exports, imports and trains it, then opens it.</source>
        <translation>Vytvoří ukázkový projekt z přiložených smyšlených exportů z CRM, importuje data, natrénuje modely a pak projekt otevře.</translation>
    </message>
    <message>
        <source>&amp;Verify a processing log…</source>
        <translation>O&amp;věřit protokol zpracování…</translation>
    </message>
    <message>
        <source>For the data-protection officer: check a project&apos;s processing log and read its entries without the project&apos;s passphrase.</source>
        <translation>Pro pověřence pro ochranu osobních údajů: zkontrolujte protokol zpracování projektu a přečtěte si jeho záznamy bez hesla projektu.</translation>
    </message>
    <message>
        <source>Prevista</source>
        <translation>Prevista</translation>
    </message>
    <message>
        <source>Predict churn, purchases and support load from your own CRM exports — offline, with every customer pseudonymized.</source>
        <translation>Předpovídejte odchody zákazníků, nákupy a zatížení podpory z vlastních exportů z CRM — offline a s pseudonymizací každého zákazníka.</translation>
    </message>
    <message>
        <source>&amp;Recent projects:</source>
        <translation>Nedávné p&amp;rojekty:</translation>
    </message>
    <message>
        <source>{0} (not found)</source>
        <translation>{0} (nenalezeno)</translation>
    </message>
    <message>
        <source>Open a Prevista project folder</source>
        <translation>Otevřít složku projektu Prevista</translation>
    </message>
    <message>
        <source>{0} is not a Prevista project folder.</source>
        <translation>{0} není složka projektu Prevista.</translation>
    </message>
    <message>
        <source>Building the demo project</source>
        <translation>Vytváří se ukázkový projekt</translation>
    </message>
    <message>
        <source>Demo project created in {0}; its passphrase is &quot;{1}&quot;.</source>
        <translation>Ukázkový projekt byl vytvořen v {0}; jeho heslo je „{1}“.</translation>
    </message>
</context>
<context>
    <name>TableKind</name>
    <message>
        <source>customers</source>
        <translation>zákazníci</translation>
    </message>
    <message>
        <source>transactions</source>
        <translation>transakce</translation>
    </message>
    <message>
        <source>interactions</source>
        <translation>interakce</translation>
    </message>
    <message>
        <source>usage events</source>
        <translation>události využití</translation>
    </message>
</context>
<context>
    <name>Tables</name>
    <message>
        <source>Customers</source>
        <translation>Zákazníci</translation>
    </message>
    <message>
        <source>Transactions</source>
        <translation>Transakce</translation>
    </message>
    <message>
        <source>Interactions</source>
        <translation>Interakce</translation>
    </message>
    <message>
        <source>Usage</source>
        <translation>Využití</translation>
    </message>
    <message>
        <source>Campaign members</source>
        <translation>Účastníci kampaní</translation>
    </message>
    <message>
        <source>Campaign contact outcomes</source>
        <translation>Výsledky kontaktů v kampaních</translation>
    </message>
</context>
<context>
    <name>UnlockPanel</name>
    <message>
        <source>Passphrase</source>
        <translation>Heslo</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Odemknout</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>Zpě&amp;t</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Heslo:</translation>
    </message>
    <message>
        <source>Locked after a period without activity. Type the passphrase of {0} to continue.</source>
        <translation>Zamčeno po době nečinnosti. Pro pokračování zadejte heslo projektu {0}.</translation>
    </message>
    <message>
        <source>Type the passphrase of {0}.</source>
        <translation>Zadejte heslo projektu {0}.</translation>
    </message>
    <message>
        <source>{0} is not a Prevista project (or it was moved).</source>
        <translation>{0} není projekt Prevista (nebo byl přesunut).</translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation>Odemyká se…</translation>
    </message>
</context>
<context>
    <name>VerifyLogPanel</name>
    <message>
        <source>Verify a processing log</source>
        <translation>Ověřit protokol zpracování</translation>
    </message>
    <message>
        <source>For the data-protection officer: check that nobody changed a project&apos;s processing log, without its passphrase. Pick the log package exported on the Privacy screen (or the log file, or a handover bundle) and type the key fingerprint you kept when the project was created.</source>
        <translation>Pro pověřence pro ochranu osobních údajů: ověřte bez hesla projektu, že protokol zpracování nikdo nezměnil. Vyberte balíček protokolu exportovaný na obrazovce Ochrana údajů (nebo soubor protokolu či předávací balíček) a zadejte otisk klíče, který jste si uschovali při vytvoření projektu.</translation>
    </message>
    <message>
        <source>Log, package or bundle</source>
        <translation>Protokol, balíček protokolu nebo předávací balíček</translation>
    </message>
    <message>
        <source>Public key file</source>
        <translation>Soubor veřejného klíče</translation>
    </message>
    <message>
        <source>Optional: the key in the package or beside the log is used</source>
        <translation>Nepovinné: použije se klíč z balíčku nebo klíč uložený vedle protokolu</translation>
    </message>
    <message>
        <source>Earlier package or checkpoint</source>
        <translation>Dřívější balíček nebo kontrolní bod</translation>
    </message>
    <message>
        <source>Optional: shows whether entries were removed or changed since</source>
        <translation>Nepovinné: ukáže, zda byly od té doby záznamy odstraněny nebo změněny</translation>
    </message>
    <message>
        <source>Key fingerprint</source>
        <translation>Otisk klíče</translation>
    </message>
    <message>
        <source>64 hexadecimal digits, as shown when the project was created</source>
        <translation>64 šestnáctkových číslic, jak byly zobrazeny při vytvoření projektu</translation>
    </message>
    <message>
        <source>Br&amp;owse…</source>
        <translation>P&amp;rocházet…</translation>
    </message>
    <message>
        <source>Brow&amp;se…</source>
        <translation>Pro&amp;cházet…</translation>
    </message>
    <message>
        <source>Brows&amp;e…</source>
        <translation>Procház&amp;et…</translation>
    </message>
    <message>
        <source>&amp;Log, package or bundle:</source>
        <translation>&amp;Protokol, balíček protokolu nebo předávací balíček:</translation>
    </message>
    <message>
        <source>Public &amp;key file:</source>
        <translation>Soubor veřejného &amp;klíče:</translation>
    </message>
    <message>
        <source>Key fin&amp;gerprint:</source>
        <translation>Ot&amp;isk klíče:</translation>
    </message>
    <message>
        <source>Earlier pa&amp;ckage or checkpoint:</source>
        <translation>Dřívější &amp;balíček nebo kontrolní bod:</translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation>&amp;Ověřit</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>Exportovat P&amp;DF…</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>Zpě&amp;t</translation>
    </message>
    <message>
        <source>Choose the processing log, log package or handover bundle</source>
        <translation>Vyberte protokol zpracování, balíček protokolu nebo předávací balíček</translation>
    </message>
    <message>
        <source>Logs and packages (*.zip *.jsonl);;All files (*)</source>
        <translation>Protokoly a balíčky (*.zip *.jsonl);;Všechny soubory (*)</translation>
    </message>
    <message>
        <source>Choose the log&apos;s public key</source>
        <translation>Vyberte veřejný klíč protokolu</translation>
    </message>
    <message>
        <source>Public key (*.pub *.pem);;All files (*)</source>
        <translation>Veřejný klíč (*.pub *.pem);;Všechny soubory (*)</translation>
    </message>
    <message>
        <source>Choose the earlier log package or checkpoint you kept</source>
        <translation>Vyberte dřívější balíček protokolu nebo kontrolní bod, který jste si uschovali</translation>
    </message>
    <message>
        <source>Packages and checkpoints (*.zip *.json);;All files (*)</source>
        <translation>Balíčky a kontrolní body (*.zip *.json);;Všechny soubory (*)</translation>
    </message>
    <message>
        <source>Choose the log, package or bundle first.</source>
        <translation>Nejprve vyberte protokol, balíček protokolu nebo předávací balíček.</translation>
    </message>
    <message>
        <source>Verifying the processing log</source>
        <translation>Ověřuje se protokol zpracování</translation>
    </message>
    <message>
        <source>FAILED: {0}. The entries below are as read from the file and cannot be relied on from entry {1} on.</source>
        <translation>CHYBA: {0}. Záznamy níže jsou zobrazeny tak, jak byly načteny ze souboru, a od záznamu {1} dál se na ně nelze spolehnout.</translation>
    </message>
    <message>
        <source>OK: {0} entries, hash chain intact, every entry and the head signed by the project&apos;s key you kept, and the log continues the earlier package or checkpoint: nothing up to it was removed or changed.</source>
        <translation>OK – záznamů: {0}; řetězec hashů je neporušený, každý záznam i konec řetězce jsou podepsány klíčem projektu, který jste si uschovali, a protokol navazuje na dřívější balíček nebo kontrolní bod: nic až po něj nebylo odstraněno ani změněno.</translation>
    </message>
    <message>
        <source>OK: {0} entries, hash chain intact, every entry and the head signed by the project&apos;s key with the fingerprint you kept.</source>
        <translation>OK – záznamů: {0}; řetězec hashů je neporušený, každý záznam i konec řetězce jsou podepsány klíčem projektu s otiskem, který jste si uschovali.</translation>
    </message>
    <message>
        <source>Hash chain intact and signed ({0} entries), but only by the key that came with the log (fingerprint {1}): whoever could change the log could have replaced that key too. Type the fingerprint you kept to be sure.</source>
        <translation>Řetězec hashů je neporušený a podepsaný (záznamů: {0}), ale jen klíčem, který byl přiložen k protokolu (otisk {1}): kdo mohl změnit protokol, mohl nahradit i tento klíč. Pro jistotu zadejte otisk, který jste si uschovali.</translation>
    </message>
    <message>
        <source>OK: {0} entries, hash chain intact; signatures NOT checked (no public key): anyone can rebuild a hash chain.</source>
        <translation>OK – záznamů: {0}; řetězec hashů je neporušený; podpisy NEBYLY ověřeny (chybí veřejný klíč): řetězec hashů může sestavit znovu kdokoli.</translation>
    </message>
    <message>
        <source>Export the processing log as PDF</source>
        <translation>Exportovat protokol zpracování jako PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Writing the PDF</source>
        <translation>Zapisuje se PDF</translation>
    </message>
    <message>
        <source>Wrote the processing log as PDF to {0}.</source>
        <translation>Protokol zpracování byl zapsán jako PDF do {0}.</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>Screens</source>
        <translation>Obrazovky</translation>
    </message>
</context>
</TS>
