"""Detecting a table's kind and its columns' roles from names and content.

Order of evidence: a CRM preset's exact column names, then generic name
patterns (English plus the languages of our first markets), then the values
themselves.  Anything that looks like it could identify a person and is not
clearly needed for analysis lands on a role that is *not* stored.  Art. 9
special categories are flagged by name and by values (``special_categories``);
staging refuses a flagged column unless explicit consent is recorded.
"""

from __future__ import annotations

import re
from concurrent.futures import ThreadPoolExecutor
from dataclasses import replace
from pathlib import Path

import polars as pl

from prevista.core.ingest import parsing
from prevista.core.ingest.mapping import ColumnMapping, TableMapping
from prevista.core.ingest.presets import KNOWN_NAMES, customer_columns, detect_preset
from prevista.core.ingest.readers.raw import HEADERLESS, RawTable, detection_rows
from prevista.core.ingest.special_categories import category_of_name, category_of_values
from prevista.core.runtime.threads import cores
from prevista.privacy.schema import Role, TableKind

_SQUASHED = {name.replace(" ", ""): name for name in KNOWN_NAMES}


def normalise_name(name: str) -> str:
    """'CreatedDate' / 'Person - E-mail' / 'created_date' → 'created date' / 'person e mail';
    a known name written in capitals without spaces ('HASOPTEDOUTOFEMAIL') is spaced out again."""
    spaced = re.sub(r"(?<=[a-z0-9])(?=[A-Z])", " ", name.strip())
    normal = re.sub(r"[^\w]+|_", " ", spaced.casefold()).strip()
    return _SQUASHED.get(normal, normal) if " " not in normal else normal


def _any(patterns: str) -> re.Pattern[str]:
    return re.compile(patterns, re.IGNORECASE)


_CONSENT = _any(r"wypisan|odhl[aá][sš]en|abgemeldet|afmeldt|avregistrerad|no contactar|oposici[oó]n|d[eé]sabonn|d[eé]sinscri|opposizione|disiscritt|afgemeld|uitgeschreven|bezwaar|consentimiento|consentement|consenso|toestemming"
                r"|opt ?out|opted out|unsubscrib|do not (contact|call|e ?mail|mail)|\bdnc\b|consent|objection|\bobject(ed|s)?\b|sprzeciw|n[aá]mitk|widerspruch|indsigelse|inv[aä]ndning|\bgdpr\b|rodo|marketing (status|permission)|zgoda|souhlas|einwilligung|samtykke|samtycke|newsletter")
_OPT_OUT = _any(r"opt ?out|opted out|unsubscrib|do not|\bdnc\b|objection|\bobject(ed|s)?\b|sprzeciw|n[aá]mitk|widerspruch|indsigelse|inv[aä]ndning"
               r"|wypisan|odhl[aá][sš]en|abgemeldet|afmeldt|avregistrerad|no contactar|oposici[oó]n|d[eé]sabonn|d[eé]sinscri|opposizione|disiscritt|afgemeld|uitgeschreven|bezwaar")
_ROW_INDEX = _any(r"^(row ?(number|no|nr|id|index|num)|index|#|lp|l p)$")
_CUSTOMER_ID = _any(
    r"\b(customer|client|contact|kontakt|account|person|user|member|subscriber|requester|requestor|buyer|k[aä]ufer|kaeufer|kupuj[aą]cy|comprador|acheteur|acquirente|koper|k[oö]pare|k[oø]ber|klient|klienta|zakaznik|zákazník|kunde|kunden|kund|cliente|klant|abonado|abonn[eé]|abbonato|socio)s? ?(id|no|nr|number|num|code|key|ref|numer|cislo|číslo|nummer|n[uú]mero|num[eé]ro|codigo|código|codice|code)\b"
    r"|^(customer|client|klient|kunde|kund|cliente|klant|zákazník|zakaznik)$|^(id|record id|customer|uid)$"
    r"|^(buyer|k[aä]ufer|nabywca|kupuj[aą]cy|odb[eě]ratel|comprador|acheteur|acquirente|koper|k[oö]pare|k[oø]ber)$"  # an invoice's buyer
    r"|^(distinct id|user pseudo id|visitor id)$"  # the person an event tracker's events are of (Mixpanel, GA4, Matomo)
    r"|^(id|nr|no|n|numer|cislo|číslo|kod|n[uú]mero|num[eé]ro|codigo|código|code|codice|id del|n del|numero del|num[eé]ro de|num[eé]ro du|n[uú]mero de|c[oó]digo de) ?(klienta|zakaznika|zákazníka|cliente|client|klant|kunde|kunden)$"
    r"|^(kunden|kunde|kund|klant|klanten|cliente|client)(nummer|nr|id)$"
    # the customer's account in a bookkeeping export ("Debitorennummer", Exact's "Relatiecode")
    r"|^(debitor|debitoren|debiteur|debtor) ?(nummer|nr|no|number|code|id|konto)?$|^(debitor|debiteur)(en)?(nummer|nr)$"
    r"|^relatie ?(code|nummer|nr|id)$"
)
# the shop's own order/invoice number: not personal data, and the key that groups lines into orders
_ORDER_ID = _any(
    r"^(order|invoice|receipt|basket|sales order|zam[oó]wienie|faktura|paragon|objedn[aá]vka|doklad|rechnung|bestellung|beleg|ordre|kvitto|pedido|factura|commande|facture|ordine|fattura|bestelling|factuur)( ?(id|no|nr|number|num|numer|nummer|cislo|číslo|code|ref|reference|n[uú]mero|num[eé]ro))?$"
    # the number first, as Polish, Czech and the Romance languages put it ("Číslo dokladu", "Número de pedido")
    r"|^(nr|n|nº|no|numer|cislo|číslo|n[uú]mero|num[eé]ro|numero) (de |du |del |della |dell )?(zam[oó]wienia|faktury|paragonu|objedn[aá]vky|dokladu"
    r"|pedido|factura|albar[aá]n|commande|facture|ordine|fattura)$"
    r"|^(bestell|rechnungs|order|ordre|faktura|factuur|bestel)(nummer|nr)$|^transaction ?(id|no|nr|number|num)$"
)
_OTHER_ID = _any(r"\b(id|no|nr|number|num|ref|reference|numer|cislo|číslo|nummer)$|^(id|nr) ")
# a ticket's or case's own number (a help desk's "Ticket #", "Nr zgłoszenia", "Ärendenummer"): the record, never the customer
_TICKET_ID = _any(
    r"^(ticket|tiket|case|incident|issue|request|service request|support request|conversation|inquiry|enquiry|complaint|call|chat) ?(id|no|nr|number|num|ref|reference|key|code|nummer)$"
    r"|^(ticket|tiket|vorgangs?|fall|anfrage|meldings?|zaak|sags?|[aä]rende|incident) ?(nummer|nr|id)$"
    r"|^(nr|numer|id|no|n[º°]?|nro|num|n[uú]mero|num[eé]ro|[cč][ií]slo) (de |du |del |di |of )?(zg[lł]oszenia|sprawy|ticketu|tiketu|ticket|po[zž]adavku|incidentu|p[rř][ií]padu"
    r"|caso|incidencia|solicitud|incidente|dossier|demande|segnalazione|richiesta|case|incident|request|issue)$"
)
_TICKET = _any(r"^(ticket|tiket|incident|zg[lł]oszenie|[aä]rende)$")  # "Ticket #": in a ticket export, its number
_STAFF = _any(r"\b(owner|sales ?rep|assigned|assignee|submitter|agent|handled by|besitzer|bearbeiter|zust[aä]ndig\w*|inhaber|w[lł]a[sś]ciciel|[rř]e[sš]itel|ansvarlig|ansvarig|handl[aä]ggare|agente|propri[eé]taire|proprietario|eigenaar|behandelaar|opiekun|handlowiec|obchodník|betreuer|vendedor|comercial|commercial|venditore|verkoper|s[aä]ljare|s[æa]lger)\b"
              r"|\b(created|modified|updated|changed|closed|edited|erstellt|ge[aä]ndert|utworzone|zmodyfikowane|vytvořil|upravil|oprettet|[æa]ndret|skapad|[aä]ndrad|creado|modificado|cr[eé]{2}|modifi[eé]|creato|modificato|aangemaakt|gewijzigd) (by|von|przez|af|av|por|par|da|door)( id)?$"
              r"|(besitzer|bearbeiter|inhaber|ansvarlig|ansvarig)$")
_IDENTIFIERS: list[tuple[str, re.Pattern[str]]] = [
    ("email", _any(r"\be ?mail\b|\bmail address\b|\bemail address\b|\bmejl\b")),
    ("phone", _any(r"\b(phone|mobile|tel|telephone|telefon|telefonnummer|fax|cell|komórka|komorka|mobil|handy)\b")),
    ("address", _any(r"\b(address|street|addr|ulica|ulice|adres|adresa|strasse|straße|gade|gata|vej|house number)\b")),
    ("ip", _any(r"\bip( address)?\b")),
    ("national_id", _any(r"\b(ssn|pesel|nip|iban|passport|national id|tax id|personnummer|cpr|rodne cislo|rodné číslo|birth number|vat|regon|ičo|ico|dic|dič|bank account)\b")),
    ("online_id", _any(r"\b(linkedin|twitter|facebook|instagram|website|url|homepage|www)\b")),
    ("organisation", _any(r"\b(company|organi[sz]ation|firma|firmy|společnost|spolecnost|unternehmen|virksomhed|företag)( name)?$")),
]
_NON_PERSON_NAME = _any(r"\b(deal|product|plan|feature|ticket|campaign|pipeline|stage|event|file|page|package|item|line ?item|variant|sku|task|project|sheet|report|category|type|subject|title|template|opportunity|producto|produit|prodotto|artikel|art[ií]culo|article|articolo)\b")
# when someone was assigned or how often an agent replied ("Assigned at", "Agent interactions"): no one's name
_STAFF_FIGURE = _any(r"\b(at|on|date|time|datum|zeit|interactions|replies|responses|messages|count|number)$")
_PERSON_NAME = _any(
    r"\brequest[eo]r$|\bname\b|\bsurname\b|\bforename\b|\b(first|last|full|middle|given|family|nick)name\b|\bnombre\b|\bapellidos?\b|\bnom\b|\bpr[eé]nom\b|\bnome\b|\bcognome\b|\b(voor|achter)?naam\b|\bimi[eę]\b|\bnazwisko\b|\bjm[eé]no\b|\bp[rř][ií]jmen[ií]\b|\bvorname\b|\bnachname\b|\b(for|efter)?navn\b|\b(för|for|efter)?namn\b"
)
_LABEL = _any(r"\b(churn|churned|exited|attrition|cancell?ed|is churn|lost customer|odszed[lł]|zrezygnowa[lł]|rezygnacja|odej[sś]cie|odešel|odchod|gekündigt|gekuendigt|k[uü]ndigung|abwanderung|abgewandert|opsagt|opsigelse|afgang|uppsagd|upps[aä]gning|avslutad|abandono|baja|r[eé]sili[eé]|r[eé]siliation|d[eé]sabonnement|abbandono|disdetta|opgezegd|opzegging|vertrokken|verloop)\b"
              r"|^(customer |account |subscription )?status$")
_FREE_TEXT = _any(r"\b(note|notes|comment|comments|description|body|message|subject|title|text|remarks|uwagi|notatka|poznámka|poznamka|bemerkung|notiz|beskrivelse|beskrivning|opis|popis)\b")

_DATE_MEANINGS: list[tuple[str | None, re.Pattern[str]]] = [
    ("birth", _any(r"birth|\bdob\b|urodzeni|narozen|geburt|fødsel|födelse")),
    ("due", _any(r"\bdue\b|termin|splatnost|fällig|faellig|forfald|förfall|verval|scadenz|vencimiento|[eé]ch[eé]ance")),
    ("paid", _any(r"\bpaid\b|payment|zapłac|zaplac|zaplacen|zap[lł]at|bezahlt|betalt|uhrazen|\bpago\b|pagad|\bpay[eé]|pagat|betaald|betalad|betaldatum|betalningsdatum|betalingsdato")),
    ("end", _any(r"churn|cancel|\bend\b|terminat|ukończ|ukonc|zrušen|zrusen|kündig")),
    ("closed", _any(r"\bclose|\bclosed|resolved|zamkni|uzavřen|uzavren|geschlossen|lukket|stängd")),
    ("last_activity", _any(r"last (activity|login|seen|contact|visit)")),
    # "customer since" and "created on" as CRMs in the markets' languages head them ("Kunde seit", "Fecha de alta")
    ("created", _any(r"creat|sign ?up|registr|registo|joined|\bstart|\bsince\b|\bopened\b|rejestrac|založen|zalozen|erstellt|oprettet|skapad|dodan"
                     r"|\b(seit|sinds|siden|sedan|depuis|desde|dal)$|angelegt|anmelde|angemeldet|\binscri|\biscri|\balta\b|cr[eé]{2}|cread|creaci|creaz|criad"
                     r"|aangemaakt|aangemeld|utworz|vytvo[rř]|cadastr|oprettelse")),
    ("event", _any(r"time|timestamp|date|\bat\b|\bwhen\b|data|datum|czas|čas|tid|fecha|\bdato\b|\bfch\b")),
]
# a number that is one part of a bill (its discount, shipping, tax or refund), not what was bought: a shop's order
# export beside its total ("Cart Discount Amount", "Order Shipping Amount", "Kwota VAT"); what a total is given with
# or without ("Total incl. VAT", "Price after discount", "Cena s DPH") is the total
_TAX = r"(?:\b(vat|tax(es)?|mwst|ust|iva|tva|btw|dph|moms|gst|hst|podatek)\b|steuer(betrag|summe)?\b|(umsatz|mehrwert)steuer)"
_PARTS = (r"\b(discounts?|coupons?|vouchers?|gift ?cards?|rabat\w*|rabais|descuentos?|sconto|korting|slev\w*|remise|gutschein"
          r"|skont\w*|shipping|postage|freight|carriage|delivery|versand\w*|porto|fracht|frakt|fragt|wysy[lł]k\w*|przesy[lł]k\w*"
          r"|dostaw\w*|doprav\w*|env[ií]o|livraison|frais de port|spedizion\w*|verzend\w*"
          r"|refund(s|ed)?|\w*erstattung\w*|zwrot\w*|reembolso|rimborso|remboursement|terugbetaling|[aå]terbetalning"
          r"|outstanding|balance due|amount due|open amount|offen(er)? betrag)\b")
_INCLUDED = (r"\b(incl|inkl|including|inclusive|excl|exkl|excluding|exclusive|ex|w o|without|with|after|before|less|minus"
             r"|ohne|mit|nach|vor|zzgl|abzgl|bez|z|po|przed|s|sin|con|sans|avec|hors|senza|zonder|met|uden|utan|med"
             r"|net|netto|gross|brutto)\b")
_BILL_PART = _any(rf"^(?!.*{_INCLUDED}).*({_PARTS}|{_TAX})")
_TAX_FIGURE = _any(rf"{_TAX}.*\b(amount|total|sum|value|price|rate|betrag|summe|preis|satz|kwota|warto[sś][cć]|cena|stawka|"
                   rf"[cč][aá]stka|sazba|importe|montant|importo|bedrag|bel[oø]b|belopp|summa)\b|\b(amount|total|sum|value|"
                   rf"betrag|summe|kwota|warto[sś][cć]|[cč][aá]stka|importe|montant|importo|bedrag|bel[oø]b|belopp|podatek)\b.*{_TAX}"
                   rf"|{_INCLUDED}.*{_TAX}")
# what a payment provider or marketplace charges the shop, and a running balance: amounts, but not what a customer
# spent where the table has that too (a PayPal "Fee" beside "Gross", eBay's "Recycling Fee" beside "Total Price")
_SECONDARY_AMOUNT = _any(r"\b(fees?|charges?|commissions?|provisions?|geb[uü]hr(en)?|op[lł]at[ay]|poplat\w*|avgift(er)?|gebyr"
                         r"|comisi[oó]n|commissione|frais|balance|saldo)\b")
# an amount converted into the shop's own currency, where the sales came in several
_CONVERTED = _any(r"\b(converted|settlement|settled|account currency|home currency|umgerechnet|przeliczon\w*)\b|\bbase( currency)?$")
_MONEY = r"^-?\d+[.,]\d{2}$"
_NUMBER_MEANINGS: list[tuple[str | None, re.Pattern[str]]] = [
    ("unit_price", _any(r"\bsold for\b|(item|product|line ?item|article|artikel|produkt|art[ií]culo|article) ?(price|cost|preis|cena|precio|prix|prezzo|prijs|pris)$|unit ?(price|cost)|price ?(each|per)|per unit|^(price|cena|preis|pris|prix|precio|prezzo|prijs)$|cena jednostkowa|cena jedn|jednotkov[aá] cena|einzelpreis|st[uü]ckpreis|enhedspris|styckpris|precio unitario|prix unitaire|prezzo unitario|stuksprijs")),
    ("quantity", _any(r"quantity|\bqty\b|ilość|ilosc|počet|pocet|množství|mnozstvi|anzahl|menge|st[uü]ck|antal|cantidad|quantit[eéà]|aantal|\bszt\b|\bstk\b|unidades|unit[eé]s|pezzi")),
    (None, _BILL_PART),
    ("amount", _any(r"\bsales\b|line ?total|\bsubtotal\b|umsatz|sprzeda[zż]|tr[zž]by|oms[aæ]tning|f[oö]rs[aä]ljning|ventas|ventes|vendite|omzet")),
    ("amount", _any(r"^(gross|net)( amount| total| value| sales| revenue)?$|amount|value|\w*wert\b|revenue|price|total|fee|importe|\bmonto\b|montant|importo|bedrag|\bcargos?\b|charges?\b|gasto|d[eé]pense|spesa|betalning|op[lł]ata|poplat|geb[uü]hr|avgift|gebyr|cuota|frais|canone|\bmrr\b|\barr\b|balance|salary|sum|kwota|celkem|k [uú]hrad[eě]|wartość|wartosc|cena|částka|castka|cena|betrag|preis|beløb|belob|belopp|summa|netto|brutto")),
    ("seats", _any(r"seat|licen|users|employees|stanowisk|licenc|lizenz")),
    ("score", _any(r"score|rating|satisf|csat|\bnps\b|ocena|hodnocen|bewertung|bedømmelse|betyg|zufriedenheit|tilfredshed|n[oö]jdhet"
                   r"|spokojenost|zadowoleni|satisfacci|soddisfazione|tevredenheid")),
    ("age", _any(r"^age$|\bwiek\b|\bvěk\b|\balter\b|\balder\b|\bålder\b|\bedad\b|^âge$|\bet[aà]\b|\bleeftijd\b")),
    ("tenure", _any(r"tenure|months active|staż|staz|antig[uü]edad|anciennet[eé]|anzianit[aà]|kundendauer|looptijd|anciennit")),
]
# what a cancelled or returned order is called, in a column's name ("Returned", "Storno") and in a status
# value ("anulowane", "Rückgabe"): one vocabulary for both, so a word the importer knows is known everywhere
CANCELLATION_WORDS = (
    r"cancel|storn|\breturn(s|ed)?\b|refund|zwrot|zwr[oó]c|anulow|retour|annul|r[uü]ckgabe|erstatt|reklamac|devuel|devoluc"
    r"|rimbors|\breso\b|\bvoid|\brevers(al|ed)\b|chargeback|zru[sš]en|vr[aá]cen|returner|[aå]terbetal|credit ?note|korekt"
)
# a postal code, however it is written ('01067', 80331): a place, by its name alone
_POSTCODE_WORDS = (r"post ?code|postal ?code|^postal$|\bzip( ?code)?$|\bplz\b|postleitzahl|postnummer|postnr|kod pocztowy|\bps[cč]\b"
                   r"|c[oó]digo postal|code postal|codice postale|^cap$")
_POSTCODE = _any(_POSTCODE_WORDS)
_CATEGORY_MEANINGS: list[tuple[str | None, re.Pattern[str]]] = [
    ("currency", _any(r"^(\w+ )?(currency|w[aä]hrung|waehrung|waluta|m[eě]na|valuta|moneda|devise|divisa)( code)?$|^(iso )?ccy$")),
    ("quasi_identifier", _any(_POSTCODE_WORDS + r"|country|city|region|state|province|gender|sex\b|geography|kraj|miasto|město|mesto|land|stadt|by$|ort$|kön|køn|płeć|plec|pohlaví"
                                      r"|anrede|salutation|civilit[eé]|tratamiento|osloven[ií]|tiltale|tilltal|aanhef|appellativo")),
    ("plan", _any(r"\bplan\b|tier|subscription|package|pakiet|tarif|abonament|předplatné")),
    ("event_type", _any(r"event ?type|action|activity ?type|event$|zdarzeni|typ zdarzenia|udalost|událost")),
    ("feature", _any(r"feature|module|funkcj|funkce|funktion")),
    ("category", _any(r"categor|kategori|product|produkt|type$|typ$")),
    ("priority", _any(r"priority|priorytet|priorita|priorität|prioritet")),
    ("channel", _any(r"channel|source|kanał|kanal|zdroj|quelle")),
    ("cancellation", _any(CANCELLATION_WORDS)),
    ("status", _any(r"status|stage|stan|stav")),
]

_EMAIL_VALUE = r"^[^@\s]+@[^@\s]+\.[^@\s]+$"
_IP_VALUE = r"^(\d{1,3}\.){3}\d{1,3}$|^[0-9a-fA-F:]{6,}:[0-9a-fA-F:]+$"
_PHONE_VALUE = r"^\+?[\d\s().-]{7,20}$"

_KIND_FILE_HINTS: dict[TableKind, re.Pattern[str]] = {
    TableKind.CUSTOMERS: _any(r"contact|customer|client|klient|account|compan|kunde|kund|zakazn|person|member|subscriber|churn|organi[sz]ation"),
    TableKind.TRANSACTIONS: _any(r"deal|order|invoice|transaction|faktur|zamowien|zamówien|objedn|payment|purchase|sale|rechnung|bestell|opportunit"),
    TableKind.INTERACTIONS: _any(r"ticket|case|interaction|call|email|zgloszen|zgłoszen|support|request|complaint|pozadav|požadav|anfrage|sag|ärende|arende|helpdesk"),
    TableKind.USAGE: _any(r"usage|event|login|activity|aktywn|aktivit|session|feature|clickstream|log"),
}
_KIND_COLUMN_HINTS: dict[TableKind, re.Pattern[str]] = {
    TableKind.CUSTOMERS: _any(r"first name|last name|surname|sign ?up|lifecycle|plan|seats|churn|exited|birth|gender|tenure|credit ?score|imie|nazwisko|jmeno|prijmeni"
                              r"|rezygnacja|odej[sś]cie|odchod|k[uü]ndigung|abwanderung|abgewandert|opsagt|uppsagd|abandono|\bbaja\b|r[eé]siliation|d[eé]sabonnement|abbandono|disdetta|opzegging|verloop"
                              r"|g[eé]nero|\bsexo?\b|geschlecht|genere|geslacht|pohlav|p[lł]e[cć]|\bk[oøö]n\b|antig[uü]edad|anciennet|anzianit|apellido|pr[eé]nom|cognome|achternaam|nachname|efternavn|efternamn"),
    TableKind.TRANSACTIONS: _any(r"amount|deal|order|invoice|price|revenue|total|paid|due|quantity|product|kwota|faktur|částka|castka|betrag"
                                 r"|ordre|pedido|commande|ordine|bestel|objedn|zam[oó]w|bel[oø]b|belopp|importe|montant|importo|bedrag"
                                 r"|cantidad|quantit|aantal|menge|antal|ilo[sś][cć]|množství|mnozstvi"
                                 # an invoice list's words in the markets' languages: its number, net and gross, when due and paid
                                 r"|rechnung|beleg|netto|brutto|f[aä]llig|bezahlt|factuur|verval|\bbtw\b|doklad|splatnost|uhrazen|\bdph\b"
                                 r"|celkem|warto[sś][cć]|nabywc|zap[lł]at|f[oö]rfall|forfald|\bmoms\b|fattur|factur|scadenz|vencimiento|[eé]ch[eé]ance"),
    TableKind.INTERACTIONS: _any(r"ticket|case|priority|satisf|csat|subject|resolution|channel|agent|zgloszen|priorytet|priorita"),
    TableKind.USAGE: _any(r"event|login|feature|session|page|click|action|aktywn|zdarzeni|udalost|událost"),
}


def detect_kind(path: Path, normalised_headers: list[str]) -> TableKind:
    """Score file name and column names; customers win ties (the safest kind to stage)."""
    stem = normalise_name(path.stem)
    scores = {kind: 0 for kind in TableKind}
    for kind, pattern in _KIND_FILE_HINTS.items():
        if pattern.search(stem):
            scores[kind] += 3
    for name in normalised_headers:
        for kind, pattern in _KIND_COLUMN_HINTS.items():
            if pattern.search(name):
                scores[kind] += 1
        scores[TableKind.INTERACTIONS] += bool(_TICKET_ID.search(name))  # a ticket's own number, in any language
    return max(TableKind, key=lambda kind: (scores[kind], kind is TableKind.CUSTOMERS))


def special_category_of(name: str, role: Role | None = None, values: pl.Series | None = None) -> str | None:
    """The GDPR Art. 9 category of a column: by its name, else by the values of a category column
    (the only free-form role that is stored; text is dropped and numbers and dates name no religion)."""
    by_name = category_of_name(name)
    if by_name is not None or role is not Role.CATEGORY or values is None:
        return by_name
    return category_of_values(values)


def _meaning(name: str, table: list[tuple[str | None, re.Pattern[str]]]) -> str | None:
    for meaning, pattern in table:
        if pattern.search(name):
            return meaning
    return None


def _role_by_name(name: str, kind: TableKind) -> tuple[Role, str | None] | None:
    if _ROW_INDEX.search(name):
        return Role.IGNORE, "row_index"
    if _CONSENT.search(name):
        return Role.CONSENT, "opt_out" if _OPT_OUT.search(name) else "consent"
    if _CUSTOMER_ID.search(name):
        return Role.CUSTOMER_ID, None
    if _TICKET_ID.search(name) or (kind is TableKind.INTERACTIONS and _TICKET.search(name)):
        return Role.IGNORE, "record_id"
    if _STAFF.search(name) and not _STAFF_FIGURE.search(name):
        return Role.IDENTIFIER, "staff"
    for meaning, pattern in _IDENTIFIERS:
        if pattern.search(name) and not (meaning == "national_id" and _TAX_FIGURE.search(name)):  # 'VAT amount'
            return Role.IDENTIFIER, meaning
    if _PERSON_NAME.search(name) and not _NON_PERSON_NAME.search(name):
        return Role.IDENTIFIER, "name"
    if _ORDER_ID.search(name):
        return Role.CATEGORY, "order_id"
    if _OTHER_ID.search(name):
        return Role.IGNORE, "record_id"
    if kind is TableKind.CUSTOMERS and _LABEL.search(name):
        return Role.LABEL, "churn"
    if _FREE_TEXT.search(name):
        return Role.TEXT, None
    return None


def _share(sample: pl.Series, pattern: str) -> float:
    return (parsing.series_mean(sample.str.contains(pattern)) or 0.0) if len(sample) else 0.0


def _date_format(values: pl.Series, prefer_european: bool) -> tuple[str | None, bool]:
    """A format every sampled value fits (else one nine in ten fit, so staging can name
    the misfits); and whether day/month order had to be guessed.

    A column mixing date formats is still a date column: its most common format
    is chosen so that staging names the rows written another way, instead of the
    column being dropped as free text.
    """
    fmt, ambiguous = parsing.resolve_day_month(parsing.date_format_candidates(values), prefer_european)
    if fmt is not None:
        return fmt, ambiguous
    best, share = parsing.date_format_share(values)
    if best == parsing.COMPACT_DATE:  # eight-digit numbers with a few misfits are numbers
        return (best, True) if share >= 0.9 else (None, False)
    if share >= 0.9 or (share >= 0.5 and max(parsing.date_coverage(values), parsing.date_shaped_share(values)) >= 0.9):
        return best, False
    return None, False


def _number_format(values: pl.Series, prefer_european: bool) -> tuple[str | None, bool]:
    fmt, ambiguous = parsing.choose_number_format(parsing.number_format_candidates(values), prefer_european)
    if fmt is not None:
        return fmt, ambiguous
    best, share = parsing.number_format_share(values)
    if share >= 0.9 or (share >= 0.5 and parsing.number_shaped_share(values) >= 0.9):
        return best, False
    return None, False


def _role_by_content(name: str, header: str, values: pl.Series, prefer_european: bool) -> ColumnMapping:
    """The role, meaning and format that what the values look like suggests."""
    if values.null_count() == values.len():  # O(1), and wide exports are mostly empty columns
        return ColumnMapping(header, Role.CATEGORY)
    sample = values.drop_nulls().unique()
    if _share(sample, _EMAIL_VALUE) > 0.5:
        return ColumnMapping(header, Role.IDENTIFIER, "email")
    if _share(sample, _IP_VALUE) > 0.5:
        return ColumnMapping(header, Role.IDENTIFIER, "ip")
    if _POSTCODE.search(name):  # never a number to add up
        role, _ = _text_role(name, values, sample)
        return ColumnMapping(header, role, "quasi_identifier" if role is Role.CATEGORY else None)
    fmt, ambiguous = _date_format(values, prefer_european)
    if fmt:
        return ColumnMapping(header, Role.DATE, _meaning(name, _DATE_MEANINGS) or "event", fmt, ambiguous=ambiguous)
    fmt, ambiguous = _number_format(values, prefer_european)
    if fmt:
        if _share(sample, _PHONE_VALUE) > 0.9 and sample.str.contains(r"[\s()+-]").any():
            return ColumnMapping(header, Role.IDENTIFIER, "phone")
        return ColumnMapping(header, Role.NUMBER, _meaning(name, _NUMBER_MEANINGS), fmt, ambiguous=ambiguous)
    role, meaning = _text_role(name, values, sample)
    return ColumnMapping(header, role, meaning)


def _text_role(name: str, values: pl.Series, sample: pl.Series) -> tuple[Role, str | None]:
    distinct = len(sample)
    rows = values.drop_nulls().len()
    mean_length = parsing.series_mean(sample.str.len_chars()) or 0.0
    is_category = distinct <= 50 or distinct <= 0.05 * rows
    if is_category and mean_length <= 40:
        return Role.CATEGORY, _meaning(name, _CATEGORY_MEANINGS)
    return Role.TEXT, None


def detect_column(
    header: str, values: pl.Series, kind: TableKind, prefer_european: bool
) -> ColumnMapping:
    """Role of one column by generic rules (no preset), and the Art. 9 category it looks like."""
    mapping = _order_number(_flag_not_identifier(_detect_role(header, values, kind, prefer_european), values), values, kind)
    mapping = _tax_amount(mapping, values, prefer_european)
    return replace(mapping, special_category=special_category_of(normalise_name(header), mapping.role, values))


_NUMBERED = r"^#?\s*\d+$"  # '#1001', '1001'


def _order_number(mapping: ColumnMapping, values: pl.Series, kind: TableKind) -> ColumnMapping:
    """A bare "Name" of numbers in a log of orders ('#1001': how a shop system names each order) is the order
    number, not a person's name; taken for a name, each of its lines would have been read as an order."""
    cells = values.drop_nulls()
    if (kind is not TableKind.TRANSACTIONS or mapping.role is not Role.IDENTIFIER or mapping.meaning != "name"
            or normalise_name(mapping.column) != "name" or not len(cells) or _share(cells, _NUMBERED) < 0.9):
        return mapping
    return replace(mapping, role=Role.CATEGORY, meaning="order_id")


def _detect_role(header: str, values: pl.Series, kind: TableKind, prefer_european: bool) -> ColumnMapping:
    name = normalise_name(header)
    by_name = _role_by_name(name, kind)
    if by_name is not None and by_name[0] not in (Role.LABEL,):
        role, meaning = by_name
        fmt = None
        if role is Role.CONSENT:
            fmt = "flag"
        return ColumnMapping(header, role, meaning, fmt)
    if by_name is not None:  # a label by name must also look like one
        if values.drop_nulls().n_unique() <= 10:
            return ColumnMapping(header, Role.LABEL, "churn")
    return _role_by_content(name, header, values, prefer_european)


# a quantity, whatever its name holds of a date's words ("Data used (bytes)", "Time spent"): never a day number
_QUANTITY = _any(r"\b(bytes?|[kmgt]i?b|usage|used|volume|spent|duration|length|count|size|total|sum|amount)\b")


def _number_date(mapping: ColumnMapping, sample: pl.DataFrame, formats: tuple[str, ...]) -> ColumnMapping:
    """A date-named column of numbers that read as dates under one of ``formats`` holds dates: a spreadsheet's day
    numbers without date formatting (45292), an event tracker's Unix time (1700000000).  So does a column a
    preset names a date whose values no written date format reads.  Like any guessed format, the user confirms
    it."""
    name = normalise_name(mapping.column)
    meaning = (mapping.meaning or "event") if mapping.role is Role.DATE else _meaning(name, _DATE_MEANINGS)
    if meaning is None or _QUANTITY.search(name) or not (
            mapping.role is Role.NUMBER or (mapping.role is Role.DATE and mapping.fmt is None)):
        return mapping
    values = parsing.normalise_missing(sample[mapping.column])
    fmt = next((fmt for fmt in formats if parsing.number_date_share(values, fmt) >= 0.9), None)
    if fmt is None:
        return mapping
    return replace(mapping, role=Role.DATE, meaning=meaning, fmt=fmt, ambiguous=True)


def _first_column_as_customer(columns: list[ColumnMapping], sample: pl.DataFrame) -> list[ColumnMapping]:
    """In a log without column names ('00001 19970101 1 11.77') the first column, when its values
    repeat and are no dates, is taken for the customer; the reader's warning asks the user to check."""
    first = columns[0]
    values = sample[first.column].drop_nulls()
    if any(c.role is Role.CUSTOMER_ID for c in columns) or first.role is Role.DATE or values.n_unique() >= len(values):
        return columns
    return [ColumnMapping(first.column, Role.CUSTOMER_ID), *columns[1:]]


def _flag_not_identifier(mapping: ColumnMapping, values: pl.Series) -> ColumnMapping:
    """A column of yes/no flags ('PhoneService': Yes/No) identifies nobody, whatever its name says:
    it is a category."""
    if mapping.role is not Role.IDENTIFIER or not parsing.is_flag_column(values):
        return mapping
    return replace(mapping, role=Role.CATEGORY, meaning="flag")


def _with_format(mapping: ColumnMapping, values: pl.Series, prefer_european: bool) -> ColumnMapping:
    """Presets name roles; the values still decide the date or number format."""
    if mapping.fmt is not None or mapping.role not in (Role.DATE, Role.NUMBER):
        return mapping
    detect = _date_format if mapping.role is Role.DATE else _number_format
    fmt, ambiguous = detect(values, prefer_european)
    return replace(mapping, fmt=fmt, ambiguous=ambiguous)


def prefers_european(raw: RawTable) -> bool:
    """Semicolon-separated and cp1250 files come from locales that write 31.12.2025 and 3,50."""
    return raw.delimiter == ";" or (raw.encoding or "").startswith("cp125")


def _spend_first(columns: list[ColumnMapping]) -> list[ColumnMapping]:
    """In a log of purchases, the amounts that are charged to the shop or carried over (fees, a balance) are no
    purchase's worth where the log has one; and where the log gives each sale converted to the shop's own
    currency (Stripe's "Converted Amount"), the sales in their customers' currencies are not it either: only what
    is left keeps the amount meaning spend is taken from."""
    amounts = [c.column for c in columns if c.role is Role.NUMBER and c.meaning == "amount"]
    fees = {a for a in amounts if _SECONDARY_AMOUNT.search(normalise_name(a))}
    dropped = fees if len(fees) < len(amounts) else set()
    left = [a for a in amounts if a not in dropped]
    converted = {a for a in left if _CONVERTED.search(normalise_name(a))}
    if converted and len(converted) < len(left):
        dropped |= set(left) - converted
    return [replace(c, meaning=None) if c.column in dropped else c for c in columns]


def _tax_amount(mapping: ColumnMapping, values: pl.Series, prefer_european: bool) -> ColumnMapping:
    """A bare "VAT" of money amounts ('19.00') is the tax on a sale, not a company's VAT number (which is
    never written with two decimals)."""
    if (mapping.role is not Role.IDENTIFIER or mapping.meaning != "national_id"
            or not re.fullmatch(_TAX, normalise_name(mapping.column), re.IGNORECASE)
            or _share(values.drop_nulls(), _MONEY) < 0.9):
        return mapping
    fmt, ambiguous = _number_format(values, prefer_european)
    return ColumnMapping(mapping.column, Role.NUMBER, None, fmt, ambiguous=ambiguous) if fmt else mapping


def _email_as_customer(columns: list[ColumnMapping]) -> list[ColumnMapping]:
    """Without a column of customer numbers, the e-mail address names the customer: a shop's order export has only
    the buyer's address ("Email", on Shopify), a newsletter tool's activity the same.  Staging says so for the user
    to confirm, and the import links each address to the customer it belongs to in the other files."""
    if any(c.role is Role.CUSTOMER_ID for c in columns):
        return columns
    email = next((c for c in columns if c.role is Role.IDENTIFIER and c.meaning == "email"), None)
    return [replace(c, role=Role.CUSTOMER_ID) if c is email else c for c in columns]


def _single_customer_id(columns: list[ColumnMapping], kind: TableKind) -> list[ColumnMapping]:
    """Keep one customer-ID column: the most specific; the others are record IDs."""
    ids = [c for c in columns if c.role is Role.CUSTOMER_ID]
    if len(ids) <= 1:
        return columns
    def specificity(c: ColumnMapping) -> int:
        name = normalise_name(c.column)
        return 0 if name in ("id", "record id", "uid") else 1
    keep = max(ids, key=specificity) if kind is not TableKind.CUSTOMERS else min(ids, key=lambda c: -specificity(c))
    return [
        c if c.role is not Role.CUSTOMER_ID or c is keep else ColumnMapping(c.column, Role.IGNORE, "record_id")
        for c in columns
    ]


OWN_ID_MIN_ROWS = 20  # fewer tickets may all come from different customers by chance


def _own_record_id(mapping: ColumnMapping, sample: pl.DataFrame) -> ColumnMapping:
    """A bare "ID" of a ticket export that differs on every row numbers the tickets, not their customers: a
    help desk's log often has no customer column at all (and is then imported as tickets of no customer)."""
    if mapping.role is not Role.CUSTOMER_ID or normalise_name(mapping.column) not in ("id", "record id", "uid"):
        return mapping
    values = parsing.normalise_missing(sample[mapping.column]).drop_nulls()
    if len(values) < OWN_ID_MIN_ROWS or values.n_unique() < len(values):
        return mapping
    return ColumnMapping(mapping.column, Role.IGNORE, "record_id")


def detection_sample(raw: RawTable) -> pl.DataFrame:
    """The rows roles and formats are decided on (:func:`detection_rows`); staging then checks every row
    against them.  A table whose rows are read later already holds just these."""
    rows = detection_rows(raw.frame.height) if raw.deferred is None else None
    return raw.frame if rows is None else raw.frame[rows]


def detect_mapping(raw: RawTable, kind: TableKind | None = None) -> TableMapping:
    """The full detected mapping of one raw table."""
    headers = raw.frame.columns
    sample = detection_sample(raw)
    names = [normalise_name(h) for h in headers]
    table_kind = kind or detect_kind(raw.source, names)
    preset = detect_preset(names)
    european = prefers_european(raw)
    overrides = customer_columns(preset, names)

    def column(header: str, name: str) -> ColumnMapping:
        values = parsing.normalise_missing(sample[header])
        known = overrides.get(name) or (preset.columns.get(name) if preset else None)
        if known is None:
            return detect_column(header, values, table_kind, european)
        role, meaning = known
        mapping = ColumnMapping(header, role, meaning, "flag" if role is Role.CONSENT else None,
                                special_category_of(name, role, values))
        return _flag_not_identifier(_with_format(mapping, values, european), values)

    # Each column is judged alone, and polars parses the candidate formats without the interpreter lock, so the
    # columns are judged side by side; ``map`` keeps the file's column order.
    with ThreadPoolExecutor(cores(), thread_name_prefix="detection") as pool:
        columns = list(pool.map(column, headers, names))
    columns = _email_as_customer(_single_customer_id(columns, table_kind))
    if table_kind is TableKind.TRANSACTIONS:
        columns = _spend_first(columns)
    if table_kind is TableKind.INTERACTIONS:
        columns = [_own_record_id(c, sample) for c in columns]
    if any(code == HEADERLESS for code, _ in raw.warnings):
        columns = _first_column_as_customer(columns, sample)
        if kind is None and any(c.role is Role.DATE for c in columns) and columns[0].role is Role.CUSTOMER_ID:
            table_kind = TableKind.TRANSACTIONS  # no names to go by: repeated customers with dates are a log
    # a CSV's day numbers are not a spreadsheet's: its cells were written as the spreadsheet showed them
    number_dates = parsing.NUMBER_DATES if raw.format == "xlsx" else (parsing.UNIX_SECONDS, parsing.UNIX_MILLISECONDS)
    columns = [_number_date(c, sample, number_dates) for c in columns]
    return TableMapping(kind=table_kind, columns=tuple(columns), preset=preset.name if preset else "generic")
