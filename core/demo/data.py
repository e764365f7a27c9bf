"""Deterministic demo CRM exports for a fictional subscription business.

The demo has to show the whole product honestly: the import must cope with
the same quirks a real export has (a UTF-8 HubSpot-style file set and a
cp1250, semicolon, decimal-comma set from a Polish/Czech firm), and the models
must find a genuine but noisy signal, so that the numbers on screen look like
the ones a customer will see (AUC well below 1.0).  Everything is drawn from
seeded numpy generators and written by polars, so the same arguments give the
same bytes, and a million customers with ten million events take well under
a minute.

Every person, e-mail address (``example.*`` domains only) and phone number is
invented.
"""

from __future__ import annotations

import argparse
import calendar
import datetime
import os
import sys
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import NotRequired, TypedDict, TypeVar

import numpy as np
import polars as pl

__all__ = ["generate", "ground_truth", "main"]

_T = TypeVar("_T")

TABLES = ("customers", "transactions", "tickets", "usage")
_EPOCH = datetime.date(1970, 1, 1)
_NEVER = 1 << 30  # a day number far beyond any history: "did not happen"
_DAY_S = 86_400

# Streams of randomness are separate so that changing how one table is drawn
# does not reshuffle the others (and both variants share the same behaviour).
_STREAMS = ("population", "early_tickets", "churn", "expansion", "tickets", "usage", "deals",
            "identity")

# --- the business ----------------------------------------------------------

PLANS = ("Basic", "Pro", "Premium")
_SEAT_PRICE_CENTS = np.array([1290, 2490, 4490])
_PERIOD_MONTHS = np.array([1, 3, 12])
_CORE_FEATURES = ("contacts", "invoicing", "calendar", "dashboard")
# Paid features per plan, cumulative: Pro unlocks the first two, Premium all.
_PAID_FEATURES = ("automation", "api", "forecasting", "advanced_reports", "sso")
_PAID_PER_PLAN = np.array([0, 2, 5])
EVENT_TYPES = ("login", "feature_use", "export", "report")

# Product codes shared by both variants; names and categories are per variant.
_SUB = 0  # 0..8 = plan * 3 + billing period index
_UPGRADE = 9  # 9 = to Pro, 10 = to Premium
_LICENCES = 11
_SMALL_ADDONS = (12, 13, 14, 15)
_SMALL_ADDON_CENTS = np.array([1900, 2500, 3900, 900])
_MIGRATION, _INTEGRATION, _WORKSHOP, _WEBINAR = 16, 17, 18, 19
_PRODUCT_CATEGORY = np.array([0] * 11 + [1] * 5 + [2, 2, 3, 3])

_WEEKDAY_USAGE = np.array([1.0, 1.0, 1.0, 1.0, 0.95, 0.35, 0.3])  # Monday first
_WEEKDAY_TICKETS = np.array([1.0, 0.95, 0.95, 0.9, 0.85, 0.25, 0.15])
_USAGE_HOURS = np.array(
    [1, 1, 1, 1, 1, 2, 4, 8, 14, 16, 15, 13, 11, 13, 14, 14, 12, 9, 7, 6, 5, 4, 3, 2], float
)
_TICKET_HOURS = np.array(
    [0.2, 0.1, 0.1, 0.1, 0.1, 0.3, 1, 4, 10, 12, 12, 11, 8, 10, 11, 10, 8, 5, 3, 2, 1.5, 1, 0.6, 0.3]
)
# Ticket categories (Billing, Technical, How-to, Complaint) per stream:
# onboarding questions, everyday load, and a customer in trouble.
_TICKET_MIX = np.array(
    [[0.15, 0.30, 0.50, 0.05], [0.22, 0.35, 0.33, 0.10], [0.32, 0.28, 0.08, 0.32]]
)
_PRIORITY_MIX = np.array([[0.30, 0.50, 0.15, 0.05], [0.10, 0.40, 0.35, 0.15]])


# --- who the customers are -------------------------------------------------


@dataclass(frozen=True)
class _Country:
    label: str
    weight: float
    first_f: tuple[str, ...]
    first_m: tuple[str, ...]
    last_m: tuple[str, ...]
    cities: tuple[tuple[str, str], ...]  # (city, postcode template)
    streets: tuple[str, ...]
    phone: str  # template: '#' digit, '@' digit 2-9, '?' capital letter
    number_first: bool = False  # "12 Main Street" rather than "Hauptstraße 12"
    last_f: tuple[str, ...] | None = None  # Slavic surnames change with gender
    flats: bool = False  # "ul. Lipowa 12/4"


class _Names(TypedDict):
    """The fields of a :class:`_Country` that the Central European variants share."""

    first_f: tuple[str, ...]
    first_m: tuple[str, ...]
    last_m: tuple[str, ...]
    last_f: tuple[str, ...]
    cities: tuple[tuple[str, str], ...]
    streets: tuple[str, ...]
    phone: str
    flats: NotRequired[bool]


_PL: _Names = {
    "first_f": ("Małgorzata", "Anna", "Katarzyna", "Agnieszka", "Żaneta", "Joanna",
                "Magdalena", "Ewa", "Zofia", "Urszula", "Beata", "Jadwiga"),
    "first_m": ("Łukasz", "Przemysław", "Piotr", "Krzysztof", "Tomasz", "Paweł",
                "Michał", "Grzegorz", "Jarosław", "Wojciech", "Bartłomiej", "Mikołaj"),
    "last_m": ("Nowak", "Kowalski", "Wiśniewski", "Wójcik", "Kowalczyk", "Kamiński",
               "Lewandowski", "Zieliński", "Szymański", "Woźniak", "Dąbrowski",
               "Kozłowski", "Jabłoński", "Król"),
    "last_f": ("Nowak", "Kowalska", "Wiśniewska", "Wójcik", "Kowalczyk", "Kamińska",
               "Lewandowska", "Zielińska", "Szymańska", "Woźniak", "Dąbrowska",
               "Kozłowska", "Jabłońska", "Król"),
    "cities": (("Warszawa", "0#-###"), ("Kraków", "3#-###"), ("Łódź", "9#-###"),
               ("Wrocław", "5#-###"), ("Poznań", "6#-###"), ("Gdańsk", "80-###"),
               ("Szczecin", "7#-###"), ("Lublin", "20-###"), ("Katowice", "40-###"),
               ("Białystok", "15-###"), ("Rzeszów", "35-###"), ("Toruń", "87-###"),
               ("Częstochowa", "42-###")),
    "streets": ("ul. Marszałkowska", "ul. Długa", "ul. Kwiatowa", "ul. Ogrodowa",
                "ul. Lipowa", "ul. Polna", "ul. Leśna", "ul. Słoneczna", "ul. Szkolna",
                "al. Jerozolimskie", "ul. Żeromskiego", "ul. Piłsudskiego",
                "ul. Mickiewicza", "ul. Kościuszki"),
    "phone": "+48 @## ### ###",
    "flats": True,
}
_CZ: _Names = {
    "first_f": ("Šárka", "Jana", "Petra", "Lucie", "Kateřina", "Tereza", "Veronika",
                "Markéta", "Zdeňka", "Hana"),
    "first_m": ("Jiří", "Zbyněk", "Jan", "Petr", "Tomáš", "Martin", "Ondřej", "Lukáš",
                "Vojtěch", "Jaroslav", "Radek"),
    "last_m": ("Dvořák", "Novák", "Svoboda", "Novotný", "Černý", "Procházka", "Kučera",
               "Veselý", "Horák", "Němec", "Pokorný", "Růžička"),
    "last_f": ("Dvořáková", "Nováková", "Svobodová", "Novotná", "Černá", "Procházková",
               "Kučerová", "Veselá", "Horáková", "Němcová", "Pokorná", "Růžičková"),
    "cities": (("Praha", "1## ##"), ("Brno", "6## ##"), ("Ostrava", "7## ##"),
               ("Plzeň", "3## ##"), ("Liberec", "46# ##"), ("Olomouc", "77# ##"),
               ("České Budějovice", "37# ##"), ("Hradec Králové", "50# ##"),
               ("Ústí nad Labem", "40# ##"), ("Pardubice", "53# ##")),
    "streets": ("Vinohradská", "Husova", "Nádražní", "Masarykova", "Palackého", "Školní",
                "Zahradní", "Komenského", "Žižkova", "Jiráskova", "Křižíkova", "Dlouhá"),
    "phone": "+420 @## ### ###",
    "flats": True,
}
_SK: _Names = {
    "first_f": ("Zuzana", "Ľubica", "Mária", "Katarína", "Lenka"),
    "first_m": ("Ľubomír", "Marek", "Peter", "Juraj", "Martin"),
    "last_m": ("Horváth", "Kováč", "Varga", "Tóth", "Nagy"),
    "last_f": ("Horváthová", "Kováčová", "Vargová", "Tóthová", "Nagyová"),
    "cities": (("Bratislava", "8## ##"), ("Košice", "04# ##"), ("Žilina", "010 ##")),
    "streets": ("Hlavná", "Štúrova", "Obchodná", "Námestie SNP"),
    "phone": "+421 9## ### ###",
}

_INTERNATIONAL = (
    _Country(
        "United States", 30,
        ("Emma", "Olivia", "Ava", "Sophia", "Isabella", "Mia", "Abigail", "Emily",
         "Madison", "Harper", "Chloe", "Grace"),
        ("Liam", "Noah", "James", "William", "Benjamin", "Lucas", "Henry", "Mason",
         "Ethan", "Daniel", "Michael", "Jacob"),
        ("Smith", "Johnson", "Williams", "Brown", "Jones", "Garcia", "Miller", "Davis",
         "Rodriguez", "Martinez", "Wilson", "Anderson", "Taylor", "Thomas", "Moore",
         "Jackson", "Lee", "Thompson", "White", "Harris", "Clark"),
        (("New York", "100##"), ("San Francisco", "941##"), ("Chicago", "606##"),
         ("Austin", "787##"), ("Seattle", "981##"), ("Boston", "021##"),
         ("Denver", "802##")),
        ("Main Street", "Oak Avenue", "Maple Drive", "Park Avenue", "Cedar Lane",
         "Elm Street", "Washington Street", "Lake Road"),
        "+1 @##-555-01##", number_first=True,
    ),
    _Country(
        "United Kingdom", 18,
        ("Olivia", "Amelia", "Isla", "Zoë", "Poppy", "Charlotte", "Freya", "Imogen"),
        ("Oliver", "George", "Harry", "Jack", "Charlie", "Thomas", "Alfie", "Oscar"),
        ("Smith", "Jones", "Taylor", "Brown", "Williams", "Wilson", "Evans", "Roberts",
         "Walker", "Wright", "Hughes", "Edwards", "O'Brien"),
        (("London", "SE1 #??"), ("Manchester", "M1# #??"), ("Birmingham", "B1# #??"),
         ("Leeds", "LS@ #??"), ("Bristol", "BS@ #??")),
        ("High Street", "Station Road", "Church Lane", "Victoria Road", "Green Lane",
         "Mill Road", "King Street"),
        "+44 7700 900###", number_first=True,
    ),
    _Country(
        "Denmark", 8,
        ("Freja", "Ida", "Sofie", "Mette", "Karen", "Astrid"),
        ("Søren", "Mikkel", "Rasmus", "Jens", "Anders", "Frederik", "Magnus"),
        ("Nielsen", "Jensen", "Hansen", "Pedersen", "Andersen", "Christensen", "Larsen",
         "Sørensen", "Rasmussen", "Jørgensen"),
        (("København", "1###"), ("Aarhus", "80##"), ("Odense", "5###"),
         ("Aalborg", "90##")),
        ("Nørregade", "Vestergade", "Østerbrogade", "Strandvejen", "Algade"),
        "+45 @# ## ## ##",
    ),
    _Country(
        "Sweden", 7,
        ("Åsa", "Ingrid", "Elsa", "Maja", "Linnéa", "Astrid"),
        ("Erik", "Lars", "Johan", "Björn", "Oskar", "Nils"),
        ("Andersson", "Johansson", "Karlsson", "Nilsson", "Eriksson", "Larsson",
         "Olsson", "Persson", "Lindström", "Åberg"),
        (("Stockholm", "11# ##"), ("Göteborg", "41# ##"), ("Malmö", "21# ##"),
         ("Uppsala", "75# ##")),
        ("Storgatan", "Drottninggatan", "Kungsgatan", "Sveavägen", "Götgatan"),
        "+46 7@ ### ## ##",
    ),
    _Country(
        "Norway", 4,
        ("Ingrid", "Sigrid", "Kari", "Solveig"),
        ("Bjørn", "Ole", "Håkon", "Magnus", "Eirik"),
        ("Hansen", "Johansen", "Olsen", "Berg", "Haugen", "Bakke", "Dahl", "Løken"),
        (("Oslo", "0@##"), ("Bergen", "50##"), ("Trondheim", "70##")),
        ("Storgata", "Kirkegata", "Bygdøy allé", "Thorvald Meyers gate"),
        "+47 @## ## ###",
    ),
    _Country(
        "Germany", 10,
        ("Anna", "Lena", "Sophie", "Marie", "Lea", "Katharina"),
        ("Lukas", "Jonas", "Felix", "Maximilian", "Paul", "Jürgen", "Stefan"),
        ("Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner",
         "Becker", "Schäfer", "Groß", "Koch"),
        (("Berlin", "10###"), ("München", "80###"), ("Hamburg", "20###"),
         ("Köln", "50###"), ("Frankfurt am Main", "60###")),
        ("Hauptstraße", "Bahnhofstraße", "Schulstraße", "Gartenstraße", "Lindenallee"),
        "+49 1@# #######",
    ),
    _Country(
        "Spain", 7,
        ("María", "Lucía", "Carmen", "Sofía", "Elena", "Paula"),
        ("José", "Javier", "Alejandro", "Pablo", "Álvaro", "Sergio"),
        ("García", "Fernández", "González", "Rodríguez", "López", "Martínez", "Sánchez",
         "Pérez", "Gómez", "Muñoz"),
        (("Madrid", "280##"), ("Barcelona", "080##"), ("Valencia", "460##"),
         ("Sevilla", "410##")),
        ("Calle Mayor", "Calle de Alcalá", "Avenida de la Constitución", "Calle Real"),
        "+34 6## ### ###",
    ),
    _Country(
        "France", 6,
        ("Camille", "Léa", "Chloé", "Manon", "Inès", "Zoé"),
        ("François", "Hugo", "Louis", "Jules", "Théo", "Mathéo"),
        ("Martin", "Bernard", "Dubois", "Thomas", "Robert", "Richard", "Petit", "Durand",
         "Lefèvre", "Moreau"),
        (("Paris", "750##"), ("Lyon", "6900#"), ("Marseille", "130##"),
         ("Toulouse", "310##")),
        ("rue de la Paix", "rue Victor Hugo", "avenue Jean Jaurès", "boulevard Voltaire"),
        "+33 6 ## ## ## ##", number_first=True,
    ),
    _Country("Poland", 5, **_PL),
    _Country("Czech Republic", 5, **_CZ),
)
_CENTRAL_EUROPEAN = (_Country("PL", 62, **_PL), _Country("CZ", 33, **_CZ), _Country("SK", 5, **_SK))


# --- how each export looks ---------------------------------------------------


@dataclass(frozen=True)
class _Variant:
    files: dict[str, str]
    columns: dict[str, tuple[str, ...]]  # header per table, in internal column order
    countries: tuple[_Country, ...]
    encoding: str
    separator: str
    decimal_comma: bool
    date_format: str
    datetime_format: str
    line_terminator: str
    true_false: tuple[str, str]  # for the opt-out flag
    churned_labels: tuple[str, str]
    stages: tuple[str, str]  # regular customer, reference customer
    ticket_categories: tuple[str, ...]
    priorities: tuple[str, ...]
    subjects: tuple[tuple[str, ...], ...]  # per ticket category
    name_subject: str  # a subject that names the customer, "{}" = first name
    products: tuple[str, ...]
    product_categories: tuple[str, ...]
    invoice_numbers: bool  # "FV/12/03/2025" instead of a plain deal ID
    first_customer: int  # customer numbers count up from here in signup order


def _subscription_names(template: str, periods: tuple[str, str, str]) -> tuple[str, ...]:
    return tuple(template.format(plan=p, period=q) for p in PLANS for q in periods)


HUBSPOT = _Variant(
    files={"customers": "contacts.csv", "transactions": "deals.csv",
           "tickets": "tickets.csv", "usage": "usage.csv"},
    columns={
        "customers": ("Record ID", "First Name", "Last Name", "Email", "Phone Number",
                      "Street Address", "City", "Postal Code", "Country", "Create Date",
                      "Lifecycle Stage", "Plan", "Seats", "Monthly Fee",
                      "Marketing Opt Out", "Churned"),
        "transactions": ("Deal ID", "Associated Contact ID", "Deal Name",
                         "Product Category", "Amount", "Close Date", "Due Date",
                         "Paid Date"),
        "tickets": ("Ticket ID", "Contact ID", "Create Date", "Close Date", "Category",
                    "Priority", "Satisfaction Score", "Subject"),
        "usage": ("Contact ID", "Event Time", "Event Type", "Feature"),
    },
    countries=_INTERNATIONAL,
    encoding="utf-8",
    separator=",",
    decimal_comma=False,
    date_format="%Y-%m-%d",
    datetime_format="%Y-%m-%d %H:%M:%S",
    line_terminator="\n",
    true_false=("true", "false"),
    churned_labels=("Yes", "No"),
    stages=("Customer", "Evangelist"),
    ticket_categories=("Billing", "Technical", "How-to", "Complaint"),
    priorities=("Low", "Medium", "High", "Urgent"),
    subjects=(
        ("Question about invoice", "Invoice copy needed", "Card payment failed",
         "VAT number on invoice", "Refund request", "Change billing address"),
        ("Cannot log in", "Export is stuck", "Calendar sync error", "Pages load slowly",
         "API returns error 500", "CSV import fails"),
        ("How to add a user?", "How do I export contacts?", "Setting up automation",
         "Where are my reports?", "How to change my plan?"),
        ("Unhappy with response time", "Service outage again", "Charged twice",
         "Feature removed without notice"),
    ),
    name_subject="{} asks for a call back",
    products=_subscription_names("Subscription: {plan} plan ({period})",
                                 ("monthly", "quarterly", "annual"))
    + ("Upgrade: Pro plan", "Upgrade: Premium plan", "Add-on: Extra licences",
       "Add-on: Extra storage", "Add-on: SMS credits", "Add-on: API call pack",
       "Add-on: Template pack", "Services: Data migration",
       "Services: Custom integration", "Training: Onboarding workshop",
       "Training: Admin webinar"),
    product_categories=("Subscription", "Add-on", "Services", "Training"),
    invoice_numbers=False,
    first_customer=1_000_001,
)

EUROPEAN = _Variant(
    files={"customers": "klienci.csv", "transactions": "faktury.csv",
           "tickets": "zgloszenia.csv", "usage": "aktywnosc.csv"},
    columns={
        "customers": ("Customer No", "Name", "Surname", "E-mail", "Telephone", "Address",
                      "Postcode", "City", "Country", "Signup date", "Customer type",
                      "Tariff", "Licences", "Monthly fee (net)", "Marketing objection",
                      "Cancelled"),
        "transactions": ("Invoice No", "Customer No", "Item", "Product group",
                         "Net amount", "Issue date", "Due date", "Payment date"),
        "tickets": ("Ticket No", "Customer No", "Opened", "Closed", "Type", "Priority",
                    "Rating", "Subject"),
        "usage": ("Customer No", "Timestamp", "Activity", "Module"),
    },
    countries=_CENTRAL_EUROPEAN,
    encoding="cp1250",
    separator=";",
    decimal_comma=True,
    date_format="%d.%m.%Y",
    datetime_format="%d.%m.%Y %H:%M",
    line_terminator="\r\n",
    true_false=("1", "0"),
    churned_labels=("1", "0"),
    stages=("Klient", "Klient referencyjny"),
    ticket_categories=("Płatności", "Problem techniczny", "Pytanie", "Reklamacja"),
    priorities=("niski", "normalny", "wysoki", "pilny"),
    subjects=(
        ("Pytanie o fakturę", "Prośba o duplikat faktury", "Nieudana płatność kartą",
         "Błędny NIP na fakturze", "Zwrot płatności", "Zmiana adresu do faktury"),
        ("Nie mogę się zalogować", "Eksport się zawiesza", "Błąd synchronizacji kalendarza",
         "Strona ładuje się wolno", "Błąd API 500", "Import CSV nie działa"),
        ("Jak dodać użytkownika?", "Jak wyeksportować kontakty?",
         "Konfiguracja automatyzacji", "Gdzie są moje raporty?", "Jak zmienić pakiet?"),
        ("Za długi czas odpowiedzi", "Znowu awaria usługi", "Podwójne obciążenie karty",
         "Usunięto funkcję bez uprzedzenia"),
    ),
    name_subject="{} prosi o kontakt",
    products=_subscription_names("Abonament {plan} ({period})",
                                 ("miesięczny", "kwartalny", "roczny"))
    + ("Zmiana pakietu na Pro", "Zmiana pakietu na Premium", "Dodatkowe licencje",
       "Dodatkowa przestrzeń", "Pakiet SMS", "Pakiet wywołań API", "Pakiet szablonów",
       "Migracja danych", "Integracja na zamówienie", "Szkolenie wdrożeniowe",
       "Webinar dla administratorów"),
    product_categories=("Abonament", "Dodatek", "Usługi", "Szkolenie"),
    invoice_numbers=True,
    first_customer=10_001,
)
VARIANTS = {"hubspot": HUBSPOT, "european": EUROPEAN}


# --- time --------------------------------------------------------------------


def _day(date: datetime.date) -> int:
    return (date - _EPOCH).days


def _add_months(date: datetime.date, months: int) -> datetime.date:
    index = date.year * 12 + date.month - 1 + months
    year, month = divmod(index, 12)
    return date.replace(year=year, month=month + 1,
                        day=min(date.day, calendar.monthrange(year, month + 1)[1]))


@dataclass(frozen=True)
class _Clock:
    start: int  # first day of history
    end: int  # last day of history (inclusive)
    churn_from: int  # churn dates are spread from here on


def _clock(end: datetime.date, months: int) -> _Clock:
    after = end + datetime.timedelta(days=1)
    return _Clock(start=_day(_add_months(after, -months)), end=_day(end),
                  churn_from=_day(_add_months(after, -min(15, months - 3))))


def _month(day: np.ndarray) -> np.ndarray:
    """Months since 1970-01 of day numbers."""
    return day.astype("datetime64[D]").astype("datetime64[M]").astype(np.int64)


def _month_start(month: np.ndarray) -> np.ndarray:
    """Day number of the 1st of each month index; a lookup, as dates repeat a lot."""
    if month.size == 0:
        return month.copy()
    first = month.min()
    table = np.arange(first, month.max() + 1).astype("datetime64[M]").astype("datetime64[D]")
    starts: np.ndarray = table.astype(np.int64)[month - first]
    return starts


def _weekday(day: np.ndarray) -> np.ndarray:
    """Monday = 0; 1970-01-01 was a Thursday."""
    return (day + 3) % 7


def _ticket_season(day: np.ndarray) -> np.ndarray:
    """Relative ticket load: a yearly wave peaking around New Year, quiet weekends."""
    if day.size == 0:
        return np.zeros(0)
    first = day.min()
    days = np.arange(first, day.max() + 1)
    year_start = days.astype("datetime64[D]").astype("datetime64[Y]").astype("datetime64[D]")
    yearly = (1 + 0.35 * np.cos(2 * np.pi * (days - year_start.astype(np.int64)) / 365.25)) / 1.35
    season: np.ndarray = (yearly * _WEEKDAY_TICKETS[_weekday(days)])[day - first]
    return season


# --- randomness helpers ------------------------------------------------------


def _rng(seed: int, stream: str) -> np.random.Generator:
    return np.random.default_rng([seed, _STREAMS.index(stream)])


def _sigmoid(x: np.ndarray) -> np.ndarray:
    y: np.ndarray = 1 / (1 + np.exp(-x))
    return y


def _pick(rng: np.random.Generator, probs: np.ndarray, rows: np.ndarray | None = None,
          size: int = 0) -> np.ndarray:
    """Category draws; ``rows`` selects a row of a probability table per draw."""
    cum = np.cumsum(probs, axis=-1)
    picked: np.ndarray
    if rows is None:
        picked = np.searchsorted(cum, rng.random(size) * cum[-1], side="right").clip(0, len(cum) - 1)
        return picked
    u = rng.random(len(rows)) * cum[rows, -1]
    picked = (u[:, None] >= cum[rows]).sum(axis=1).clip(0, probs.shape[1] - 1)
    return picked


def _arrivals(rng: np.random.Generator, lo: np.ndarray, span: np.ndarray,
              rate: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Poisson arrivals per customer in [lo, lo + span): whole vectors, no row loop."""
    span = np.maximum(span, 0)
    counts = rng.poisson(rate * span)
    who = np.repeat(np.arange(len(lo), dtype=np.int32), counts)
    day = lo[who] + (rng.random(who.size) * span[who]).astype(np.int64)
    return who, day


def _seconds(rng: np.random.Generator, day: np.ndarray, hours: np.ndarray) -> np.ndarray:
    hour = _pick(rng, hours, size=day.size)
    seconds: np.ndarray = day * _DAY_S + hour * 3600 + (rng.random(day.size) * 3600).astype(np.int64)
    return seconds


# --- the customers' hidden story ---------------------------------------------


@dataclass(frozen=True)
class _Population:
    """Latent state per customer, index = signup order; arrays of equal length.

    It starts as a world where nobody leaves or grows; the churn and expansion
    steps return updated copies, so each step's effect stays easy to follow.
    """

    signup: np.ndarray
    active_from: np.ndarray
    active_to: np.ndarray  # exclusive: churn day or the day after history
    risk: np.ndarray  # latent churn propensity, standard normal
    b2b: np.ndarray
    plan: np.ndarray  # before any upgrade
    seats: np.ndarray  # before any licence purchase
    discount: np.ndarray
    period: np.ndarray  # index into _PERIOD_MONTHS
    terms: np.ndarray  # days to pay
    activity: np.ndarray
    ticket_rate: np.ndarray  # per day
    late_odds: np.ndarray  # log-odds of paying an invoice late
    adoption: np.ndarray  # share of feature use that goes to paid features
    satisfaction: np.ndarray
    addon_rate: np.ndarray  # per day
    evangelist: np.ndarray
    opt_out: np.ndarray
    churn: np.ndarray  # day, _NEVER when staying
    churn_logit: np.ndarray  # log-odds of the churn draw, NaN when too new to churn
    signal: np.ndarray  # how loudly a rough patch shows: 1 churner, 0.6 passing, 0 none
    trouble_start: np.ndarray  # a rough patch: before churning, or one that passes
    trouble_len: np.ndarray
    usage_drop: np.ndarray
    ticket_boost: np.ndarray  # extra tickets per day at the worst point
    sat_drop: np.ndarray
    late_boost: np.ndarray
    expand_day: np.ndarray
    upgrades: np.ndarray  # expansion is a plan upgrade (else extra seats)
    extra_seats: np.ndarray

    @property
    def size(self) -> int:
        return len(self.signup)

    def trouble(self, who: np.ndarray, day: np.ndarray) -> np.ndarray:
        """0 outside a rough patch, ramping to 1 at its end: signals build up, they don't jump."""
        progress = (day - self.trouble_start[who] + 1) / self.trouble_len[who]
        return np.where((progress > 0) & (progress <= 1), progress, 0.0)

    def plan_on(self, who: np.ndarray, day: np.ndarray) -> np.ndarray:
        plan: np.ndarray = self.plan[who] + (self.upgrades[who] & (day >= self.expand_day[who]))
        return plan

    def seats_on(self, who: np.ndarray, day: np.ndarray) -> np.ndarray:
        seats: np.ndarray = self.seats[who] + np.where(day >= self.expand_day[who], self.extra_seats[who], 0)
        return seats


def _signups(rng: np.random.Generator, n: int, clock: _Clock) -> np.ndarray:
    """A base that predates the history plus a growing stream of new sign-ups."""
    existing = rng.random(n) < 0.45
    before = clock.start - rng.integers(1, 4 * 365, n)
    span = clock.end - clock.start + 1
    after = clock.start + (rng.random(n) ** 0.8 * span).astype(np.int64)
    return np.sort(np.where(existing, before, after))


def _population(seed: int, n: int, clock: _Clock) -> _Population:
    rng = _rng(seed, "population")
    signup = _signups(rng, n, clock)
    risk = rng.standard_normal(n)
    b2b = rng.random(n) < 0.6
    seats = np.where(b2b, 2 + np.minimum(rng.lognormal(1.0, 0.9, n), 240).astype(np.int64), 1)
    plan = np.where(b2b, _pick(rng, np.array([0.35, 0.4, 0.25]), size=n),
                    _pick(rng, np.array([0.6, 0.3, 0.1]), size=n))

    def noise(sigma: float) -> np.ndarray:
        return rng.normal(0, sigma, n)

    log_seats = np.log(seats)
    never = np.full(n, _NEVER, dtype=np.int64)
    return _Population(
        signup=signup,
        active_from=np.maximum(signup, clock.start),
        active_to=np.full(n, clock.end + 1, dtype=np.int64),
        risk=risk,
        b2b=b2b,
        plan=plan,
        seats=seats,
        discount=np.array([0.0, 0.1, 0.2])[_pick(rng, np.array([0.75, 0.18, 0.07]), size=n)],
        period=_pick(rng, np.array([0.65, 0.25, 0.10]), size=n),
        terms=np.where(b2b & (rng.random(n) < 0.5), 30, 14),
        activity=np.exp(noise(0.5) - 0.4 * risk + 0.15 * log_seats),
        ticket_rate=0.3 / 30 * np.exp(noise(0.35) + 0.6 * risk + 0.1 * log_seats),
        late_odds=-2.4 + 1.0 * risk + noise(0.6),
        adoption=_sigmoid(0.8 - 0.9 * risk + noise(0.7)),
        satisfaction=np.clip(4.2 - 0.5 * risk + noise(0.35), 2.0, 4.9),
        addon_rate=0.1 / 30 * np.exp(noise(0.4) - 0.6 * risk),
        evangelist=rng.random(n) < 0.1 * _sigmoid(-1.5 * risk),
        opt_out=rng.random(n) < 0.02,
        churn=never,
        churn_logit=np.full(n, np.nan),
        signal=np.zeros(n),
        trouble_start=never,
        trouble_len=np.ones(n, dtype=np.int64),
        usage_drop=np.zeros(n),
        ticket_boost=np.zeros(n),
        sat_drop=np.zeros(n),
        late_boost=np.zeros(n),
        expand_day=never,
        upgrades=np.zeros(n, dtype=bool),
        extra_seats=np.zeros(n, dtype=np.int64),
    )


def _early_tickets(seed: int, pop: _Population, clock: _Clock) -> tuple[np.ndarray, np.ndarray]:
    """Onboarding tickets of the first 90 days; drawn first because they steer churn."""
    rng = _rng(seed, "early_tickets")
    new = pop.signup >= clock.start
    lo = np.where(new, pop.signup, clock.end + 1)
    span = np.minimum(lo + 90, clock.end + 1) - lo
    rate = 1.3 / 30 * np.exp(0.5 * pop.risk + rng.normal(0, 0.3, pop.size))
    who, day = _arrivals(rng, lo, span, rate)
    keep = rng.random(who.size) < _ticket_season(day)
    return who[keep], day[keep]


def _with_churn(seed: int, pop: _Population, clock: _Clock, early: np.ndarray) -> _Population:
    """Who leaves and how it shows: a few weeks of decline before the churn day.

    Some churners leave silently and some stayers go through a rough patch and
    recover, so the signal is real but never a certainty.
    """
    rng = _rng(seed, "churn")
    n = pop.size
    length = rng.integers(42, 85, n)
    lo = np.maximum(clock.churn_from, pop.active_from + 104 + length)
    hi = clock.end + 46  # a few churn after the export: at risk, not yet gone
    eligible = lo < hi
    early_load = (np.bincount(early, minlength=n) >= 5) & (pop.signup >= clock.start)
    unused = (pop.plan == 2) & (pop.adoption < 0.35)
    logit = 2.0 * pop.risk + 1.0 * early_load + 0.7 * unused
    logit = logit + _calibrate(logit, eligible, target=0.26 * eligible.sum())
    churns = eligible & (rng.random(n) < _sigmoid(logit))
    churn = np.where(churns, lo + (rng.random(n) * (hi - lo)).astype(np.int64), _NEVER)
    active_to = np.minimum(churn, clock.end + 1)
    recovers = ~churns & (active_to - pop.active_from > 120) & (rng.random(n) < 0.12)
    loud = churns & (rng.random(n) < 0.85)  # the rest leave without warning
    strength = np.where(loud, 1.0, np.where(recovers, 0.6, 0.0))
    span = active_to - pop.active_from
    recover_start = pop.active_from + 30 + (rng.random(n) * (span - 90)).astype(np.int64)
    return replace(
        pop,
        churn=churn,
        churn_logit=np.where(eligible, logit, np.nan),
        signal=strength,
        active_to=active_to,
        trouble_start=np.where(churns, churn - length, np.where(recovers, recover_start, _NEVER)),
        trouble_len=np.where(recovers, length - 14, length),
        usage_drop=strength * rng.uniform(0.45, 0.8, n),
        ticket_boost=strength * (rng.random(n) < 0.75) * rng.uniform(5, 9, n) / 30,
        sat_drop=strength * rng.uniform(1.0, 2.0, n),
        late_boost=strength * rng.uniform(1.5, 3.0, n),
    )


def _calibrate(logit: np.ndarray, eligible: np.ndarray, target: float) -> float:
    """Intercept giving the wanted number of churners whatever the mix of customers."""
    lo, hi = -20.0, 20.0
    for _ in range(50):
        mid = (lo + hi) / 2
        if (_sigmoid(logit + mid) * eligible).sum() > target:
            hi = mid
        else:
            lo = mid
    return (lo + hi) / 2


def _with_expansion(seed: int, pop: _Population, clock: _Clock) -> _Population:
    """Stayers who grow: usage climbs ~30 % over two months, a month later they buy more.

    Some expansion days fall just after the export, so the demo has customers
    who are ready to buy now.
    """
    rng = _rng(seed, "expansion")
    n = pop.size
    lo = pop.active_from + 120
    hi = clock.end + 46
    can_upgrade = pop.plan < 2
    possible = (pop.churn == _NEVER) & (lo < hi) & (can_upgrade | pop.b2b)
    expands = possible & (rng.random(n) < 0.4 * _sigmoid(-pop.risk))
    upgrades = expands & can_upgrade & (~pop.b2b | (rng.random(n) < 0.6))
    return replace(
        pop,
        expand_day=np.where(expands, lo + (rng.random(n) * (hi - lo)).astype(np.int64), _NEVER),
        upgrades=upgrades,
        extra_seats=np.where(expands & ~upgrades, 1 + rng.geometric(0.4, n), 0),
    )


def _simulate(seed: int, n: int, clock: _Clock) -> tuple[_Population, tuple[np.ndarray, np.ndarray]]:
    pop = _population(seed, n, clock)
    early = _early_tickets(seed, pop, clock)
    pop = _with_expansion(seed, _with_churn(seed, pop, clock, early[0]), clock)
    return pop, early


# --- event tables (internal codes; labels come with the variant) -------------


def _usage(seed: int, pop: _Population, clock: _Clock, events: int) -> pl.DataFrame:
    """Usage events by thinning: candidates at a flat rate, kept by a weight.

    The weight carries the weekly rhythm, the fade before churning and the
    growth before buying, with no per-customer loop; scaling it also lands
    the total on the requested number of rows.
    """
    rng = _rng(seed, "usage")
    span = pop.active_to - pop.active_from
    exposure = float((pop.activity * np.maximum(span, 0)).sum())
    rate = pop.activity * (events / (0.7 * exposure) if exposure else 0.0)
    who, day = _arrivals(rng, pop.active_from, span, rate)
    share = 0.15 + 0.3 * pop.adoption[who]
    u = rng.random(who.size)
    kind = np.where(u < share, 1, _pick(rng, np.array([0.7, 0.0, 0.12, 0.18]), size=who.size))
    weight = _usage_weight(pop, who, day, kind)
    keep = rng.random(who.size) * max(1.0, weight.sum() / max(events, 1)) < weight
    who, day, kind = who[keep], day[keep], kind[keep]
    feature = _features(rng, pop, who, day, kind)
    return pl.DataFrame({
        "customer": who,
        "time": _seconds(rng, day, _USAGE_HOURS),
        "kind": kind.astype(np.int8),
        "feature": feature,
    }).sort("time", "customer", "kind", "feature", maintain_order=True)


def _usage_weight(pop: _Population, who: np.ndarray, day: np.ndarray,
                  kind: np.ndarray) -> np.ndarray:
    """Acceptance weight in [0, 1]: weekends, decline before churn, growth before buying."""
    decline = 1 - pop.usage_drop[who] * np.sqrt(pop.trouble(who, day))  # logins fade early
    decline = np.where(kind == 1, decline**2, decline)  # paid features go unused first
    ramp = np.clip((day - pop.expand_day[who] + 84) / 56, 0, 1)
    growth = (1 + 0.3 * ramp) / np.where(pop.expand_day[who] < _NEVER, 1.3, 1.0)
    weight: np.ndarray = _WEEKDAY_USAGE[_weekday(day)] * decline * growth
    return weight


def _features(rng: np.random.Generator, pop: _Population, who: np.ndarray, day: np.ndarray,
              kind: np.ndarray) -> np.ndarray:
    """Feature index per event (-1 = not a feature_use): paid ones only if the plan has them."""
    paid_count = _PAID_PER_PLAN[pop.plan_on(who, day)]
    paid = (paid_count > 0) & (rng.random(who.size) < pop.adoption[who])
    u = rng.random(who.size)
    core = (u * len(_CORE_FEATURES)).astype(np.int64)
    extra = len(_CORE_FEATURES) + (u * paid_count).astype(np.int64)
    return np.where(kind == 1, np.where(paid, extra, core), -1).astype(np.int8)


def _tickets(seed: int, pop: _Population, clock: _Clock,
             early: tuple[np.ndarray, np.ndarray]) -> pl.DataFrame:
    """Onboarding, everyday and trouble tickets as separate streams, each tunable on its own."""
    rng = _rng(seed, "tickets")
    span = pop.active_to - pop.active_from
    base = _arrivals(rng, pop.active_from, span, pop.ticket_rate)
    lo = np.maximum(pop.trouble_start, pop.active_from).clip(max=clock.end + 1)
    hi = np.minimum(pop.trouble_start + pop.trouble_len, pop.active_to)
    burst = _arrivals(rng, lo, hi - lo, pop.ticket_boost)
    who = np.concatenate([early[0], base[0], burst[0]])
    day = np.concatenate([early[1], base[1], burst[1]])
    stream = np.repeat(np.arange(3), [early[0].size, base[0].size, burst[0].size])
    weight = np.where(stream == 2, pop.trouble(who, day), 1.0)
    keep = (stream == 0) | (rng.random(who.size) < weight * _ticket_season(day))
    return _ticket_details(rng, pop, clock, who[keep], day[keep], stream[keep])


def _ticket_details(rng: np.random.Generator, pop: _Population, clock: _Clock, who: np.ndarray,
                    day: np.ndarray, stream: np.ndarray) -> pl.DataFrame:
    """Category, priority, reply time and score; all worsen as a customer's trouble grows."""
    trouble = pop.trouble(who, day)
    category = _pick(rng, _TICKET_MIX, stream)
    priority = _pick(rng, _PRIORITY_MIX, ((stream == 2) | (category == 3)).astype(np.int64))
    opened = _seconds(rng, day, _TICKET_HOURS)
    hours = rng.lognormal(np.log(5), 1.0, who.size) * (1 + 1.5 * trouble) * np.where(category == 1, 2, 1)
    closed = opened + np.maximum(hours * 3600, 600).astype(np.int64)
    is_open = closed > (clock.end + 1) * _DAY_S - 1
    mood = pop.satisfaction[who] - pop.sat_drop[who] * trouble + rng.normal(0, 0.7, who.size)
    score = np.clip(np.rint(mood), 1, 5)
    answered = ~is_open & (rng.random(who.size) < 0.65)
    return pl.DataFrame({
        "customer": who,
        "opened": opened,
        "closed": np.where(is_open, -1, closed),
        "category": category.astype(np.int8),
        "priority": priority.astype(np.int8),
        "score": np.where(answered, score, 0).astype(np.int8),
        "subject": rng.random(who.size),  # resolved into text per variant
        "names_customer": rng.random(who.size) < 0.06,
    }).sort("opened", "customer", maintain_order=True)


_Deals = tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]  # customer, day, product, cents


def _deals(seed: int, pop: _Population, clock: _Clock) -> pl.DataFrame:
    """Invoices and one-off orders, cut to the history and to the customer's lifetime."""
    rng = _rng(seed, "deals")
    parts = [_subscriptions(pop, clock), _expansions(pop, clock),
             _onboarding(rng, pop, clock), _small_addons(rng, pop), _integrations(rng, pop)]
    who = np.concatenate([p[0] for p in parts])
    day = np.concatenate([p[1] for p in parts])
    product = np.concatenate([p[2] for p in parts])
    cents = np.concatenate([p[3] for p in parts])
    inside = (day >= clock.start) & (day <= clock.end) & (day < pop.active_to[who])
    who, day, product, cents = who[inside], day[inside], product[inside], cents[inside]
    due, paid = _payments(rng, pop, clock, who, day)
    return pl.DataFrame({
        "customer": who, "product": product.astype(np.int8), "amount": cents / 100,
        "day": day, "due": due, "paid": paid,
    }).sort("day", "customer", "product", maintain_order=True)


def _fee_cents(pop: _Population, who: np.ndarray, day: np.ndarray) -> np.ndarray:
    plan, seats = pop.plan_on(who, day), pop.seats_on(who, day)
    cents: np.ndarray = np.rint(_SEAT_PRICE_CENTS[plan] * seats * (1 - pop.discount[who]))
    return cents


def _subscriptions(pop: _Population, clock: _Clock) -> _Deals:
    """Invoices on the sign-up day of the month, every 1, 3 or 12 months.

    Most deal rows are these, so per-customer values are computed once and
    repeated rather than looked up row by row.
    """
    first_month = _month(pop.signup)
    step = _PERIOD_MONTHS[pop.period]
    j_lo = np.maximum((_month(pop.active_from) - first_month) // step, 0)
    count = np.maximum((_month(pop.active_to - 1) - first_month) // step + 1 - j_lo, 0)

    def per_row(values: np.ndarray) -> np.ndarray:
        return np.repeat(values, count)

    j = np.arange(count.sum()) - per_row(np.cumsum(count) - count - j_lo)
    dom = np.minimum(pop.signup - _month_start(first_month), 27)
    day = _month_start(per_row(first_month) + j * per_row(step)) + per_row(dom)
    day = np.maximum(day, per_row(pop.signup))
    grown = day >= per_row(pop.expand_day)
    everyone = np.arange(pop.size)
    before = _fee_cents(pop, everyone, pop.expand_day - 1) * step
    after = _fee_cents(pop, everyone, pop.expand_day) * step
    plan = per_row(pop.plan) + (grown & per_row(pop.upgrades))
    return (per_row(everyone.astype(np.int32)), day, _SUB + plan * 3 + per_row(pop.period),
            np.where(grown, per_row(after), per_row(before)))


def _expansions(pop: _Population, clock: _Clock) -> _Deals:
    who = np.flatnonzero(pop.expand_day <= clock.end).astype(np.int32)
    day = pop.expand_day[who]
    upgrade = pop.upgrades[who]
    cents = _fee_cents(pop, who, day) - _fee_cents(pop, who, day - 1)
    product = np.where(upgrade, _UPGRADE + pop.plan[who], _LICENCES)
    return who, day, product, cents


def _onboarding(rng: np.random.Generator, pop: _Population, clock: _Clock) -> _Deals:
    """New customers often book training and, for companies, a data migration."""
    n = pop.size
    new = pop.signup >= clock.start
    trained = new & (rng.random(n) < 0.3)
    migrated = new & pop.b2b & (rng.random(n) < 0.15)
    t_who = np.flatnonzero(trained).astype(np.int32)
    m_who = np.flatnonzero(migrated).astype(np.int32)
    t_product = np.where(pop.b2b[t_who], _WORKSHOP, _WEBINAR)
    t_cents = np.where(pop.b2b[t_who], 29000, 9000)
    return (
        np.concatenate([t_who, m_who]),
        np.concatenate([pop.signup[t_who] + rng.integers(3, 21, t_who.size),
                        pop.signup[m_who] + rng.integers(0, 11, m_who.size)]),
        np.concatenate([t_product, np.full(m_who.size, _MIGRATION)]),
        np.concatenate([t_cents, rng.integers(9, 51, m_who.size) * 5000]),
    )


def _small_addons(rng: np.random.Generator, pop: _Population) -> _Deals:
    """Small add-on orders, which dry up while a customer is drifting away."""
    who, day = _arrivals(rng, pop.active_from, pop.active_to - pop.active_from, pop.addon_rate)
    keep = rng.random(who.size) < 1 - 0.9 * pop.trouble(who, day)
    who, day = who[keep], day[keep]
    which = _pick(rng, np.array([0.35, 0.3, 0.2, 0.15]), size=who.size)
    cents = _SMALL_ADDON_CENTS[which] * np.where(which == 1, rng.integers(1, 5, who.size), 1)
    return who, day, np.array(_SMALL_ADDONS)[which], cents


def _integrations(rng: np.random.Generator, pop: _Population) -> _Deals:
    rate = np.where(pop.b2b, 0.01 / 30, 0.0)
    who, day = _arrivals(rng, pop.active_from, pop.active_to - pop.active_from, rate)
    return who, day, np.full(who.size, _INTEGRATION), rng.integers(12, 61, who.size) * 10000


def _payments(rng: np.random.Generator, pop: _Population, clock: _Clock, who: np.ndarray,
              day: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Due and paid days (-1 = unpaid); customers in trouble pay late, or not at all."""
    trouble = pop.trouble(who, day)
    due = day + pop.terms[who]
    late_odds = pop.late_odds[who] + pop.late_boost[who] * trouble
    late = rng.random(who.size) < _sigmoid(late_odds)
    delay = np.ceil(rng.exponential(9, who.size) * (1 + trouble)).astype(np.int64) + 1
    early = (rng.random(who.size) * (pop.terms[who] + 1)).astype(np.int64)
    paid = np.where(late, due + delay, day + early)
    written_off = late & (trouble > 0.5) & (rng.random(who.size) < 0.3)
    return due, np.where(written_off | (paid > clock.end), -1, paid)


# --- identities --------------------------------------------------------------


def _ascii_fold(text: str) -> str:
    """Lower-case ASCII letters only, as mail providers would accept: Łukasz -> lukasz."""
    special = str.maketrans({"ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "æ": "ae", "ß": "ss"})
    plain = unicodedata.normalize("NFKD", text.translate(special))
    return "".join(c for c in plain.lower() if "a" <= c <= "z")


def _choose(rng: np.random.Generator, groups: np.ndarray, sizes: np.ndarray) -> np.ndarray:
    """Index into a flat pool, uniform within each row's group."""
    offsets = np.concatenate([[0], np.cumsum(sizes)[:-1]])
    chosen: np.ndarray = offsets[groups] + (rng.random(len(groups)) * sizes[groups]).astype(np.int64)
    return chosen


def _fill(rng: np.random.Generator, templates: list[str], which: np.ndarray) -> pl.Series:
    """Random characters into per-row templates: plausible postcodes and phones, not real ones."""
    width = max(len(t) for t in templates)
    out = np.zeros(len(which), dtype=f"S{width}")
    order = np.argsort(which, kind="stable")
    bounds = np.concatenate([[0], np.cumsum(np.bincount(which, minlength=len(templates)))])
    for k, template in enumerate(templates):
        rows = order[bounds[k]:bounds[k + 1]]
        chars = np.tile(np.frombuffer(template.encode("ascii"), dtype=np.uint8), (rows.size, 1))
        for pos, char in enumerate(template):
            if char in "#@?":
                low, count = {"#": (48, 10), "@": (50, 8), "?": (65, 26)}[char]
                chars[:, pos] = low + rng.integers(0, count, rows.size)
        out[rows] = chars.view(f"S{len(template)}").ravel()
    return pl.Series(out).cast(pl.String)


def _flat(pools: Iterable[Iterable[_T]]) -> list[_T]:
    return [item for pool in pools for item in pool]


def _identities(seed: int, n: int, variant: _Variant) -> pl.DataFrame:
    rng = _rng(seed, "identity")
    countries = variant.countries
    weights = np.array([c.weight for c in countries])
    country = _pick(rng, weights, size=n)
    female = rng.random(n) < 0.5
    person = country * 2 + female
    firsts = [pool for c in countries for pool in (c.first_m, c.first_f)]
    lasts = [pool for c in countries for pool in (c.last_m, c.last_f or c.last_m)]
    first_i = _choose(rng, person, np.array([len(p) for p in firsts]))
    last_i = _choose(rng, person, np.array([len(p) for p in lasts]))
    city_i = _choose(rng, country, np.array([len(c.cities) for c in countries]))
    street_i = _choose(rng, country, np.array([len(c.streets) for c in countries]))
    cities = _flat(c.cities for c in countries)
    frame = pl.DataFrame({
        "first": pl.Series(_flat(firsts)).gather(first_i),
        "last": pl.Series(_flat(lasts)).gather(last_i),
        "first_ascii": pl.Series([_ascii_fold(s) for s in _flat(firsts)]).gather(first_i),
        "last_ascii": pl.Series([_ascii_fold(s) for s in _flat(lasts)]).gather(last_i),
        "street": pl.Series(_flat(c.streets for c in countries)).gather(street_i),
        "house": rng.integers(1, 40, n) * rng.integers(1, 6, n),
        "flat": np.where(np.array([c.flats for c in countries])[country] & (rng.random(n) < 0.4),
                         rng.integers(1, 60, n), 0),
        "number_first": np.array([c.number_first for c in countries])[country],
        "city": pl.Series([c for c, _ in cities]).gather(city_i),
        "postcode": _fill(rng, [t for _, t in cities], city_i),
        "country": pl.Series([c.label for c in countries]).gather(country),
        "phone": _fill(rng, [c.phone for c in countries], country),
        "style": rng.integers(0, 3, n),
        "number": rng.permutation(n) + 1,
        "domain": pl.Series(["example.com", "example.net", "example.org"]).gather(rng.integers(0, 3, n)),
    })
    return frame.select("first", "last", _email(), "phone", _address(), "city", "postcode", "country")


def _email() -> pl.Expr:
    """Unique by construction: a letters-only prefix plus a number used once."""
    first, last = pl.col("first_ascii"), pl.col("last_ascii")
    prefix = (pl.when(pl.col("style") == 0).then(pl.concat_str(first, pl.lit("."), last))
              .when(pl.col("style") == 1).then(pl.concat_str(first, last))
              .otherwise(pl.concat_str(first.str.slice(0, 1), pl.lit("."), last)))
    return pl.concat_str(prefix, pl.col("number").cast(pl.String), pl.lit("@"),
                         pl.col("domain")).alias("email")


def _address() -> pl.Expr:
    house = pl.col("house").cast(pl.String)
    house = pl.when(pl.col("flat") > 0).then(
        pl.concat_str(house, pl.lit("/"), pl.col("flat").cast(pl.String))).otherwise(house)
    return (pl.when(pl.col("number_first"))
            .then(pl.concat_str(house, pl.lit(" "), pl.col("street")))
            .otherwise(pl.concat_str(pl.col("street"), pl.lit(" "), house))).alias("address")


# --- the files ----------------------------------------------------------------


def _as_date(days: pl.Expr) -> pl.Expr:
    return days.cast(pl.Int32).cast(pl.Date)


def _as_datetime(seconds: pl.Expr) -> pl.Expr:
    return (seconds * 1000).cast(pl.Datetime("ms"))


def _unless_missing(name: str) -> pl.Expr:
    """-1 marks an empty cell in the simulation; the export leaves it blank."""
    return pl.when(pl.col(name) >= 0).then(pl.col(name))


def _label(codes: pl.Expr, labels: tuple[str, ...]) -> pl.Expr:
    return pl.lit(pl.Series(labels)).gather(codes)


def _customers_table(pop: _Population, people: pl.DataFrame, clock: _Clock,
                     variant: _Variant) -> pl.DataFrame:
    at_export = np.full(pop.size, clock.end)
    who = np.arange(pop.size)
    yes, no = variant.churned_labels
    true, false = variant.true_false
    facts = pl.DataFrame({
        "id": variant.first_customer + who,
        "signup": pop.signup,
        "stage": pop.evangelist.astype(np.int8),
        "plan": pop.plan_on(who, at_export),
        "seats": pop.seats_on(who, at_export),
        "fee": _fee_cents(pop, who, at_export) / 100,
        "opt_out": pop.opt_out,
        "churned": pop.churn <= clock.end,
    })
    return pl.concat([facts, people], how="horizontal").select(
        "id", "first", "last", "email", "phone", "address", "city", "postcode", "country",
        _as_date(pl.col("signup")),
        _label(pl.col("stage"), variant.stages).alias("stage"),
        _label(pl.col("plan"), PLANS).alias("plan"),
        "seats", "fee",
        pl.when(pl.col("opt_out")).then(pl.lit(true)).otherwise(pl.lit(false)).alias("opt_out"),
        pl.when(pl.col("churned")).then(pl.lit(yes)).otherwise(pl.lit(no)).alias("churned"),
    )


def _deals_table(deals: pl.DataFrame, variant: _Variant) -> pl.DataFrame:
    categories = pl.Series(variant.product_categories).gather(_PRODUCT_CATEGORY)
    if variant.invoice_numbers:
        date = _as_date(pl.col("day"))
        sequence = pl.int_range(1, pl.len() + 1).over(date.dt.year(), date.dt.month())
        deal_id = pl.format("FV/{}/{}/{}", sequence, date.dt.strftime("%m"), date.dt.year())
    else:
        deal_id = 30_000_001 + pl.int_range(pl.len(), dtype=pl.Int64)
    return deals.select(
        deal_id.alias("id"),
        (variant.first_customer + pl.col("customer")).alias("customer"),
        _label(pl.col("product"), variant.products).alias("name"),
        pl.lit(categories).gather(pl.col("product")).alias("category"),
        "amount",
        _as_date(pl.col("day")), _as_date(pl.col("due")), _as_date(_unless_missing("paid")),
    )


def _tickets_table(tickets: pl.DataFrame, people: pl.DataFrame, variant: _Variant) -> pl.DataFrame:
    counts = [len(s) for s in variant.subjects]
    offsets = np.concatenate([[0], np.cumsum(counts)[:-1]])
    subjects = pl.Series([s for group in variant.subjects for s in group])
    category = pl.col("category").cast(pl.Int64)
    pick = (pl.lit(pl.Series(offsets)).gather(category)
            + (pl.col("subject") * pl.lit(pl.Series(counts)).gather(category)).cast(pl.Int64))
    before, after = variant.name_subject.split("{}")
    first = pl.lit(people["first"]).gather(pl.col("customer"))
    named = pl.concat_str(pl.lit(before), first, pl.lit(after))
    return tickets.select(
        ((70_001 if variant.invoice_numbers else 50_000_001) + pl.int_range(pl.len())).alias("id"),
        (variant.first_customer + pl.col("customer")).alias("customer"),
        _as_datetime(pl.col("opened")), _as_datetime(_unless_missing("closed")),
        _label(category, variant.ticket_categories).alias("category"),
        _label(pl.col("priority").cast(pl.Int64), variant.priorities).alias("priority"),
        pl.when(pl.col("score") > 0).then(pl.col("score")).alias("score"),
        pl.when(pl.col("names_customer")).then(named)
        .otherwise(pl.lit(subjects).gather(pick)).alias("subject"),
    )


def _usage_table(usage: pl.DataFrame, variant: _Variant) -> pl.DataFrame:
    features = pl.Series(_CORE_FEATURES + _PAID_FEATURES)
    feature = pl.col("feature").cast(pl.Int64)
    return usage.select(
        (variant.first_customer + pl.col("customer")).alias("customer"),
        _as_datetime(pl.col("time")),
        _label(pl.col("kind").cast(pl.Int64), EVENT_TYPES).alias("kind"),
        pl.when(feature >= 0).then(pl.lit(features).gather(feature.clip(0))).alias("feature"),
    )


class _CsvOptions(TypedDict):
    """How a variant writes its CSV files (keyword arguments of ``DataFrame.write_csv``)."""

    separator: str
    line_terminator: str
    date_format: str
    datetime_format: str
    decimal_comma: bool
    float_precision: int


def _write(frame: pl.DataFrame, paths: dict[str, Path], variant: _Variant, table: str) -> None:
    """Atomic, and cp1250 written in slices so 10M rows never sit in memory twice."""
    frame = frame.rename(dict(zip(frame.columns, variant.columns[table], strict=True)))
    path = paths[table]
    options: _CsvOptions = {"separator": variant.separator, "line_terminator": variant.line_terminator,
                            "date_format": variant.date_format, "datetime_format": variant.datetime_format,
                            "decimal_comma": variant.decimal_comma, "float_precision": 2}
    partial = path.with_name(path.name + ".partial")
    if variant.encoding == "utf-8":
        frame.write_csv(partial, **options)
    else:
        with open(partial, "wb") as handle:
            for offset in range(0, max(frame.height, 1), 1_000_000):
                text = frame.slice(offset, 1_000_000).write_csv(include_header=offset == 0, **options)
                handle.write(text.encode(variant.encoding))
    os.replace(partial, path)


def _check(customers: int, events: int | None, variant: str, seed: int, months: int,
           caller: str = "generate") -> None:
    """Parameter errors read the same way everywhere in Prevista."""
    problems = [
        ("customers", customers < 1, "an int in the range [1, inf)", customers),
        ("events", events is not None and events < 0, "None or an int in the range [0, inf)", events),
        ("variant", variant not in VARIANTS, "one of 'hubspot', 'european'", variant),
        ("seed", seed < 0, "an int in the range [0, inf)", seed),
        ("months", months < 3, "an int in the range [3, inf)", months),
    ]
    for name, bad, expected, got in problems:
        if bad:
            raise ValueError(f"The '{name}' parameter of {caller} must be {expected}. Got {got!r} instead.")


def generate(out_dir: Path, *, customers: int = 500, events: int | None = None,
             variant: str = "hubspot", seed: int = 7, end: datetime.date = datetime.date(2026, 9, 30),
             months: int = 27) -> dict[str, Path]:
    """Write the four export files of one fictional business into ``out_dir``.

    ``events`` is the approximate number of usage rows (default 20 per
    customer).  The behaviour behind the files depends only on ``seed``,
    ``customers``, ``events``, ``end`` and ``months``, so both variants tell the
    same story in two export dialects.  Returns the path of each table.
    """
    _check(customers, events, variant, seed, months)
    style = VARIANTS[variant]
    clock = _clock(end, months)
    pop, early = _simulate(seed, customers, clock)
    people = _identities(seed, customers, style)
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    paths = {table: out_dir / style.files[table] for table in TABLES}
    # One table at a time, so only one large frame is ever in memory.
    _write(_customers_table(pop, people, clock, style), paths, style, "customers")
    _write(_deals_table(_deals(seed, pop, clock), style), paths, style, "transactions")
    _write(_tickets_table(_tickets(seed, pop, clock, early), people, style), paths, style, "tickets")
    usage_rows = 20 * customers if events is None else events
    _write(_usage_table(_usage(seed, pop, clock, usage_rows), style), paths, style, "usage")
    return paths


def ground_truth(*, customers: int = 500, variant: str = "hubspot", seed: int = 7,
                 end: datetime.date = datetime.date(2026, 9, 30), months: int = 27,
                 events: int | None = None) -> pl.DataFrame:
    """The hidden story behind ``generate`` with the same arguments, one row per customer.

    It runs the same simulation (no files, no identities), so model tests can
    score against what was planted.  Rows are in the customer file's order.

    ``customer_id`` (String): as written in the variant's customer-ID column.
    ``churn_date`` (Date): the latent churn day, null for stayers; it can be up
    to 45 days after ``end``.  ``churned_by_end``: the export's churn label.
    ``at_risk``: labelled not churned but churning after ``end`` (always
    within 45 days: the generator's "at risk, not yet gone"); their decline
    is already building in the export unless they churn silently.
    ``latent_risk``: the hidden standard-normal propensity behind churn and
    every behavioural signal.  ``churn_logit``: the log-odds of the churn draw
    (2 x latent risk, +1 for 5+ early tickets, +0.7 for an unused Premium plan,
    plus the calibrated intercept), null when too new to churn.
    ``silent_churn``: a churner without the usage drop, ticket burst, worse
    scores and extra late payments.  ``recovers``: a stayer with a rough patch
    that passes (a false alarm).  ``decline_at_end``: how strongly those
    signals show on ``end``, 0 (none) to 1 (a churner at the worst point;
    passing patches peak at 0.6).  ``early_tickets``: onboarding tickets in the
    first 90 days after a sign-up inside the history.
    ``expands``/``expand_date``: a planted upgrade or licence purchase (the
    date can be up to 45 days after ``end``); ``upgrade``: it is a plan
    upgrade, else ``extra_seats`` more licences.  ``events`` changes only the
    usage volume, never the truth, and is accepted for symmetry.
    """
    _check(customers, events, variant, seed, months, caller="ground_truth")
    clock = _clock(end, months)
    pop, early = _simulate(seed, customers, clock)
    who = np.arange(pop.size)
    churns = pop.churn < _NEVER
    expands = pop.expand_day < _NEVER
    frame = pl.DataFrame({
        "customer_id": VARIANTS[variant].first_customer + who,
        "churn": np.where(churns, pop.churn, -1),
        "churned_by_end": pop.churn <= clock.end,
        "at_risk": churns & (pop.churn > clock.end),
        "latent_risk": pop.risk,
        "churn_logit": pop.churn_logit,
        "silent_churn": churns & (pop.signal == 0),
        "recovers": ~churns & (pop.signal > 0),
        "decline_at_end": pop.signal * pop.trouble(who, np.full(pop.size, clock.end)),
        "early_tickets": np.bincount(early[0], minlength=pop.size),
        "expands": expands,
        "expand": np.where(expands, pop.expand_day, -1),
        "upgrade": pop.upgrades,
        "extra_seats": pop.extra_seats,
    })
    return frame.select(
        pl.col("customer_id").cast(pl.String),
        _as_date(_unless_missing("churn")).alias("churn_date"),
        "churned_by_end", "at_risk", "latent_risk",
        pl.col("churn_logit").fill_nan(None),
        "silent_churn", "recovers", "decline_at_end",
        pl.col("early_tickets").cast(pl.Int64),
        "expands",
        _as_date(_unless_missing("expand")).alias("expand_date"),
        "upgrade",
        pl.col("extra_seats").cast(pl.Int64),
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m prevista.core.demo.data",
                                     description="Write demo CRM export files.")
    parser.add_argument("out_dir", type=Path)
    parser.add_argument("--customers", type=int, default=500)
    parser.add_argument("--events", type=int, default=None)
    parser.add_argument("--variant", choices=sorted(VARIANTS), default="hubspot")
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args(argv)
    try:
        paths = generate(args.out_dir, customers=args.customers, events=args.events,
                         variant=args.variant, seed=args.seed)
    except ValueError as error:
        parser.error(str(error))
    for table, path in paths.items():
        print(f"{table}: {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
