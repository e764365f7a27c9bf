"""Core's marked sentences can always be read back: the window translates a stored sentence by its template.

If two templates could make the same sentence, or a filled-in value could hide the template, a shop owner would
see a wrong translation or an English sentence; these tests fill every marked template with hostile values
and check that the sentence parses back to a template that says the same thing.
"""

from __future__ import annotations

import string

from hypothesis import given, settings
from hypothesis import strategies as st

import prevista.core.analytics.evidence  # noqa: F401 - imported for the templates they mark
import prevista.core.analytics.kpis  # noqa: F401
import prevista.core.analytics.training  # noqa: F401
import prevista.core.ingest.importer  # noqa: F401
import prevista.core.project.settings  # noqa: F401
from prevista.core.analytics.recommendations import recommend
from prevista.privacy.catalogue import parse, templates

CONTEXTS = ("Phrases", "Actions", "Reasons", "Drivers", "Evidence", "LegalBasis", "Settings", "Findings", "Kpis")
texts = st.text(st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=30)


def _fields(template: str) -> list[str]:
    return [spec or "" for _literal, field, spec, _conv in string.Formatter().parse(template) if field is not None]


@settings(max_examples=60, deadline=None)
@given(st.data())
def test_every_marked_sentence_reads_back_to_what_it_says(data: st.DataObject) -> None:
    context = data.draw(st.sampled_from(CONTEXTS))
    template = data.draw(st.sampled_from(templates(context)))
    values = [data.draw(st.floats(0, 1e6, allow_nan=False) if spec else texts) for spec in _fields(template)]
    sentence = template.format(*values)
    found = parse(context, sentence)
    assert found is not None, sentence
    parsed_template, parsed_values = found
    assert parsed_template.format(*parsed_values) == sentence  # the same words, whichever template was found


def test_every_context_has_templates_and_unmarked_text_is_left_alone() -> None:
    assert all(templates(context) for context in CONTEXTS)
    assert parse("Actions", "Sell them anything") is None
    action, because = recommend({}, churn_ratio=1.25, value_z=None, sets_apart=("high Age", "low Balance"))
    assert parse("Actions", action) == (action, ())
    assert parse("Reasons", because)[1] == (1.2, "high Age, low Balance")
