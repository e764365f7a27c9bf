<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="cs_CZ" sourcelanguage="en">
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
        <source>{0}: difference {1} (interval {2})</source>
        <translation>{0}: rozdíl {1} (interval {2})</translation>
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
        <source>Exports (*.csv *.tsv *.txt *.xlsx *.xlsm *.json);;All files (*)</source>
        <translation>Exporty (*.csv *.tsv *.txt *.xlsx *.xlsm *.json);;Všechny soubory (*)</translation>
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
    <name>CommitStep</name>
    <message>
        <source>&amp;Append to the data already imported (otherwise each imported table replaces the stored table of the same kind)</source>
        <translation>Připo&amp;jit k již importovaným datům (jinak importovaná tabulka nahradí uloženou tabulku stejného druhu)</translation>
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
        <source>Exports (*.csv *.tsv *.txt *.xlsx *.xlsm *.json);;All files (*)</source>
        <translation>Exporty (*.csv *.tsv *.txt *.xlsx *.xlsm *.json);;Všechny soubory (*)</translation>
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
</context>
<context>
    <name>JobPanel</name>
    <message>
        <source>Nothing was changed.</source>
        <translation>Nic nebylo změněno.</translation>
    </message>
</context>
<context>
    <name>LogTab</name>
    <message>
        <source>Filter the log</source>
        <translation>Filtrovat protokol</translation>
    </message>
    <message>
        <source>Action, operator or purpose contains…</source>
        <translation>Akce, operátor nebo účel obsahuje…</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Akce</translation>
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
        <source>Time (UTC)</source>
        <translation>Čas (UTC)</translation>
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
        <source>Processing log entries</source>
        <translation>Záznamy protokolu zpracování</translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation>&amp;Ověřit</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportovat…</translation>
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
        <source>All actions</source>
        <translation>Všechny akce</translation>
    </message>
    <message>
        <source>Showing {0} of {1} entries.</source>
        <translation>Zobrazeno záznamů: {0} z {1}.</translation>
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
        <source>Model {0}, trained {1}; {2}.</source>
        <translation>Model {0}, natrénován {1}; {2}.</translation>
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
        <source>{0} (as encrypted IDs); opt-out register: {1}</source>
        <translation>{0} (jako šifrovaná ID); registr námitek: {1}</translation>
    </message>
    <message>
        <source>{0}: {1} rows</source>
        <translation>{0} (řádků: {1})</translation>
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
        <source>Privacy</source>
        <translation>Ochrana údajů</translation>
    </message>
</context>
<context>
    <name>ReportStep</name>
    <message>
        <source>Full data-quality report</source>
        <translation>Úplná zpráva o kvalitě dat</translation>
    </message>
    <message>
        <source>I have &amp;read the warnings and want to import anyway</source>
        <translation>&amp;Beru varování na vědomí a přesto chci importovat</translation>
    </message>
    <message>
        <source>Full report</source>
        <translation>Úplná zpráva</translation>
    </message>
    <message>
        <source>Import refused: the findings under &quot;Refused&quot; must be fixed first. Go back to give a column another role (Ignore leaves it out) or to record explicit consent for a special-category column, or correct the file and choose it again. Where a hint names --role or --allow-special, those are the same choices on the command line.</source>
        <translation>Import odmítnut: nejprve je třeba opravit nálezy v části „Odmítnuto“. Vraťte se a přiřaďte sloupci jinou roli (Ignorovat jej vynechá) nebo zaznamenejte výslovný souhlas u sloupce se zvláštní kategorií údajů, případně opravte soubor a vyberte jej znovu. Pokud nápověda uvádí --role nebo --allow-special, jde o stejné volby v příkazovém řádku.</translation>
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
        <source>Refused:</source>
        <translation>Odmítnuto:</translation>
    </message>
    <message>
        <source>Warnings:</source>
        <translation>Varování:</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Poznámky:</translation>
    </message>
    <message>
        <source>&amp;Leave out the {0} rows that have no customer ID (guest orders); they are counted in the report and in the processing log</source>
        <translation>&amp;Vynechat {0} řádků bez ID zákazníka (objednávky hostů); jsou započteny ve zprávě a v protokolu zpracování</translation>
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
        <source>This pilot was closed on {0}: the project holds no data any more.</source>
        <translation>Tento pilotní projekt byl ukončen {0}: projekt už neobsahuje žádná data.</translation>
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
        <source>Still active, buy-till-you-die (%)</source>
        <translation>Stále aktivní, buy-till-you-die (%)</translation>
    </message>
    <message>
        <source>Expected purchases</source>
        <translation>Očekávané nákupy</translation>
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
        <source>Best time to reach: {0}, {1}–{2} h{3} ({4} of their contacts)</source>
        <translation>Nejlepší čas k zastižení: {0}, {1}–{2} h{3} ({4} jejich kontaktů)</translation>
    </message>
    <message>
        <source>Buys most: {0}, {1}–{2} h{3} ({4} of their purchases)</source>
        <translation>Nejvíce nakupují: {0}, {1}–{2} h{3} ({4} jejich nákupů)</translation>
    </message>
    <message>
        <source>No segments yet. Train a model first: the segments, their risks and the recommended actions appear here once it exists.</source>
        <translation>Zatím žádné segmenty. Nejprve natrénujte model: segmenty, jejich rizika a doporučené akce se zde zobrazí, jakmile bude existovat.</translation>
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
        <source>{0} segments from model {1}. Segments smaller than {2} customers are never shown.</source>
        <translation>Segmenty: {0} z modelu {1}. Segmenty menší než {2} zákazníků se nikdy nezobrazují.</translation>
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
        <source>still active {0}, about {1} purchases expected (buy-till-you-die)</source>
        <translation>stále aktivní {0}, očekáváno asi {1} nákupů (buy-till-you-die)</translation>
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
    <name>Workspace</name>
    <message>
        <source>Screens</source>
        <translation>Obrazovky</translation>
    </message>
</context>
</TS>
