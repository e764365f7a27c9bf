"""GDPR Art. 9 special categories: the words that give a column away, by name or by its values.

Names are matched after folding (lower case, diacritics removed, ``ł→l``, ``ø→o``,
``æ→ae``), so one pattern covers ``Náboženství`` and ``nabozenstvi``.  Patterns are
word-anchored at the start so compounds still match (``Gesundheitszustand``,
``sjukdomshistorik``) and end-anchored where a short stem would otherwise hit
ordinary words (``lek`` but not ``lekcja``).

Deliberately *not* special (common CRM columns; see ``NOT_SPECIAL``): a customer-
success metric ("Health score", "Account health", "Customer health"), a contract's
"Payment condition" or "Terms and conditions", a "Third party ID", the "European
Union" or a "Credit union", a "Trace ID", an "Account disabled" flag, IT
"Diagnostics", a "Tax treatment".  A bare "Party" or "Disabled" is not flagged by
name; its values decide.  "Health status" *is* flagged: on a person it means health.

Values: a category column whose values are largely religions, diagnoses, parties,
ethnicities or religious dietary markers (halal, kosher) reveals the category
whatever its name ("Meal preference", "Group").  Party names are short and
ambiguous ("Labour", "Reform"), so a party column needs two distinct parties; the
ethnicity list leaves out colours ("White", "Black") that name products.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

import polars as pl

_FOLD_CHARS = {"ł": "l", "ø": "o", "æ": "ae", "đ": "d", "ß": "ss"}  # letters NFKD does not take apart
_FOLD = str.maketrans(_FOLD_CHARS)


def fold(text: str) -> str:
    """Lower case without diacritics: the form every pattern here is written in."""
    decomposed = unicodedata.normalize("NFKD", text.casefold().translate(_FOLD))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


@dataclass(frozen=True)
class SpecialCategory:
    """One Art. 9 category: name patterns (folded, regex fragments), exclusions, and value words."""

    label: str
    names: tuple[str, ...]
    values: tuple[str, ...] = ()
    whole_values: bool = False  # the value must be the word itself, not contain it ("KO", not "KO-op")
    min_distinct_values: int = 1  # how many different matching values a column needs

    def name_pattern(self) -> re.Pattern[str]:
        return re.compile("|".join(f"(?:{n})" for n in self.names))

    def value_pattern(self) -> str:
        """A polars (Rust) regex over folded values: whole words, or whole values."""
        words = "|".join(self.values)
        return rf"^(?:{words})$" if self.whole_values else rf"\b(?:{words})\b"


HEALTH = SpecialCategory(
    "health",
    names=(
        # English
        r"\bhealth", r"\bmedica", r"\bmedici", r"\bdiagno(s|z)(?!tic)", r"\bdisease", r"\billness", r"\bsick",
        r"^(chronic |medical |pre ?existing |existing |underlying )?conditions?$", r"\bprescri", r"\btreatment",
        r"\btherap", r"\bdisabilit", r"\bhandicap", r"\bblood", r"\bhiv\b", r"\bmental", r"\bpsychiatr",
        r"\bpregnan", r"\bsmok(er|ers|ing)\b", r"\ballerg", r"\bsymptom", r"\bpatient", r"\bvaccin", r"\bwheelchair",
        r"\bdisorder", r"\binjur", r"\bhospital(s|i[sz]ed|i[sz]ation)?\b", r"\bicd ?1[01]\b",
        # German
        r"\bgesundheit", r"\bkrank", r"erkrank", r"\bmedikament", r"\bmedizin", r"\barznei",
        r"\bbehinder", r"\bschwanger", r"\braucher", r"\bblutgruppe", r"\bpsychisch", r"\bpflegegrad",
        # Polish
        r"\bzdrow", r"\bchorob", r"\blek(i|ow|y|u|arstw\w*|ar\w*)?\b", r"\bleczeni", r"\brecept[ay]?\b",
        r"\bniepelnospraw", r"\bw ciazy\b", r"\bciaz[ay]\b", r"\bpalacz", r"\bgrupa krwi\b", r"\bkrwi\b",
        r"\buczulen", r"\bpsychiczn",
        # Czech
        r"\bzdrav", r"\bnemoc", r"\blec(ba|by|eni|iv\w*)\b", r"\bpostizeni",
        r"\btehoten", r"\bkurak", r"\bkrevni", r"\binvalidit", r"\bdusevni",
        # Danish
        r"\bhelbred", r"\bsygdom", r"\bsyg(e\w*)?\b", r"\bgravid", r"\bryger", r"\bblodtype",
        r"\bpsykisk", r"\bfunktionsnedsaettelse",
        # Swedish
        r"\bhals[ao]", r"\bsjuk", r"\blakemedel", r"\bfunktionsneds", r"\bfunktionshind", r"\brokare",
        r"\bblodgrupp",
    ),
    values=(
        "diabetes", "diabetic", "asthma", "hiv", "aids", "cancer", "tumou?r", "carcinoma", "leuka?emia",
        "depression", "bipolar", "schizophrenia", "adhd", "autism", "autistic", "epilepsy", "hypertension",
        "high blood pressure", "heart disease", "dementia", "alzheimer'?s?", "parkinson'?s?", "multiple sclerosis",
        "hepatitis", "tuberculosis", "arthritis", "copd", "migraine", "coeliac", "celiac", "pregnant",
        # German, Polish, Czech, Danish, Swedish
        "krebs", "bluthochdruck", "epilepsie", "demenz", "depressionen", "cukrzyca", "astma", "nowotwor", "rak",
        "depresja", "nadcisnienie", "padaczka", "cukrovka", "rakovina", "deprese", "sukkersyge", "kraeft",
        "epilepsi", "demens", "hogt blodtryck",
    ),
)

RELIGION = SpecialCategory(
    "religion or belief",
    names=(
        r"\breligi", r"\bfaith", r"\bchurch", r"\bdenominat", r"\bbelief", r"\bconfession", r"\bspiritual",
        r"\bworship", r"\bmosque", r"\bsynagog", r"\batheis",
        r"\bglaub", r"\bkonfession", r"\bkirche", r"\bbekenntnis",
        r"\bwyznani", r"\bwiar[ay]\b", r"\bkosciol", r"\bvyznani", r"\bnabozen", r"\bvir[ay]\b", r"\bcirkev",
        r"\btros(retning|uppfattning|samfund|bekendelse|tillhorighet|inriktning)", r"\btro\b", r"\bkirke",
        r"\bkyrk",
    ),
    values=(
        "catholic", "roman catholic", "protestant", "lutheran", "evangelical", "anglican", "methodist", "baptist",
        "pentecostal", "calvinist", "orthodox", "christian", "muslim", "moslem", "islam", "islamic", "sunni",
        "shia", "jewish", "jew", "judaism", "hindu", "hinduism", "buddhist", "buddhism", "sikh", "jain", "atheist",
        "agnostic", "jehovah'?s? witness", "mormon", "halal", "kosher",
        # German, Polish, Czech, Danish, Swedish
        "katholisch", "kath", "evangelisch", "evang", "judisch", "jude", "islamisch", "konfessionslos",
        "buddhistisch", "koscher", "katolik", "katolicki", "katolicka", "ewangelik", "ewangelicki", "prawoslawn\\w*",
        "muzulman\\w*", "zyd", "zydowski", "zydowska", "hinduista", "buddysta", "ateista", "bezwyznaniow\\w*",
        "koszern\\w*", "katolicky", "katolicka", "evangelicky", "pravoslavn\\w*", "muslimsky", "zidovsky",
        "zidovska", "buddhista", "ateista", "bez vyznani", "koser", "katolsk", "protestantisk", "muslimsk",
        "jodisk", "judisk", "ortodoks", "ortodox", "ateist", "folkekirken", "svenska kyrkan",
    ),
)

ETHNICITY = SpecialCategory(
    "racial or ethnic origin",
    names=(r"\bethni", r"\betni", r"\brace$", r"\brace (and |ethni|origin|group|categor)", r"\bracial", r"\brasse\b", r"\brasa\b", r"\bskin colou?r",
           r"\bhautfarbe", r"\bkolor skory", r"\bbarva pleti", r"\bhudfar"),
    values=("caucasian", "hispanic", "latino", "latina", "african american", "afro ?caribbean", "black british",
            "white british", "asian british", "mixed race", "biracial", "aboriginal", "indigenous", "first nations",
            "inuit", "romani", "roma people", "sinti", "romski", "romska", "romsky"),
)

POLITICS = SpecialCategory(
    "political opinion",
    names=(r"\bpolit(ic|isch|ycz|ick|isk)", r"\bparty (affiliation|membership|member|preference|support)",
           r"\bpartei", r"\bpartyjn", r"^parti[aei]?$", r"^strana$",
           r"\bparti(tilhor|tillhor|medlem|sympati|preference)", r"\bstranick", r"\bwahl(verhalten|praferenz)"),
    values=("labour", "conservatives?", "tory", "tories", "liberal democrats?", "lib dems?", "snp", "ukip",
            "democrats?", "republicans?", "cdu", "csu", "spd", "fdp", "afd", "die linke", "grunen", "pis",
            "prawo i sprawiedliwosc", "ko", "koalicja obywatelska", "platforma obywatelska", "psl", "lewica",
            "konfederacja", "ods", "pirati", "kscm", "top 09", "socialdemokratiet", "venstre",
            "dansk folkeparti", "moderaterne", "socialdemokraterna", "moderaterna", "sverigedemokraterna",
            "vansterpartiet", "centerpartiet", "kristdemokraterna", "liberalerna", "miljopartiet"),
    whole_values=True,
    min_distinct_values=2,
)

TRADE_UNION = SpecialCategory(
    "trade-union membership",
    names=(r"\b(trade|labou?r|workers?) unions?\b", r"\bunion (member|membership|affiliation|dues)",
           r"^unions?( membership)?$", r"\bunioni[sz]ed", r"\bgewerkschaft", r"\bzwiaz\w* zawod", r"\bodbor(y|u|ech|ov\w*|ar\w*)\b",
           r"\bfagforening", r"\bfagforbund", r"\bfackforbund", r"\bfackforening", r"^fack$"),
)

SEXUAL = SpecialCategory(
    "sex life or sexual orientation",
    names=(r"\bsex(ual|uell|ualn)", r"\bseks(ual|uel)", r"\bsex life\b", r"\blgbt", r"\bhomosex", r"\bheterosex",
           r"\bbisex"),
)

GENETIC = SpecialCategory(
    "genetic data",
    names=(r"\bgenet", r"\bgenom", r"\bdna\b", r"\bgenotyp", r"\bgen ?test"),
)

BIOMETRIC = SpecialCategory(
    "biometric data",
    names=(r"\bbiometr", r"\bfinger ?print", r"\bface ?id\b", r"\bfacial", r"\bretina", r"\biris scan",
           r"\bvoice ?print", r"\bfingerabdruck", r"\bgesichtserkennung", r"\bodcisk", r"\botisk prst",
           r"\bfingeraftryk", r"\bfingeravtryck"),
)

CATEGORIES: tuple[SpecialCategory, ...] = (HEALTH, RELIGION, ETHNICITY, POLITICS, TRADE_UNION, SEXUAL, GENETIC,
                                           BIOMETRIC)

# Business columns that contain a category word but are not about a person's special data.
NOT_SPECIAL = re.compile(
    r"\b(health (score|index|rating|check|metric)|(account|customer|client|company|deal|pipeline|system|project|"
    r"portfolio|relationship|product|service|server|site|kunden|konto) health|(tax|vat|accounting) treatment|"
    r"(third|3rd|counter|contract|contracting|other) ?part(y|ies)|credit union|european union)"
)

_NAME_PATTERNS = tuple((category.label, category.name_pattern()) for category in CATEGORIES)
_VALUE_PATTERNS = tuple((category, category.value_pattern()) for category in CATEGORIES if category.values)
VALUE_SHARE = 0.2  # of a column's distinct values, or of its rows, that must match


def category_of_name(name: str) -> str | None:
    """The Art. 9 category a column name points to, after the business phrases are taken out."""
    folded = NOT_SPECIAL.sub(" ", fold(name))
    return next((label for label, pattern in _NAME_PATTERNS if pattern.search(folded)), None)


def _fold_values(values: pl.Series) -> pl.Series:
    """:func:`fold`, vectorised."""
    return (values.str.to_lowercase().str.replace_many(list(_FOLD_CHARS), list(_FOLD_CHARS.values()))
            .str.normalize("NFKD").str.replace_all(r"\p{Mn}", "").str.strip_chars())


def category_of_values(values: pl.Series) -> str | None:
    """The Art. 9 category a category column's values reveal, whatever its name.

    Works on the distinct values with their counts (a category column has few), so a
    sample of 100,000 rows costs one ``value_counts`` and a few regex passes.
    """
    counts = values.drop_nulls().cast(pl.String).rename("value").value_counts(name="rows")
    if counts.height == 0:
        return None
    folded = _fold_values(counts.get_column("value"))
    rows = counts.get_column("rows")
    total = int(rows.sum())
    for category, pattern in _VALUE_PATTERNS:
        hits = folded.str.contains(pattern).fill_null(False)
        distinct = int(hits.sum())
        if distinct < category.min_distinct_values:
            continue
        if distinct >= VALUE_SHARE * counts.height or int(rows.filter(hits).sum()) >= VALUE_SHARE * total:
            return category.label
    return None
