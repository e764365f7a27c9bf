"""The segment detail tells when the segment gets in touch, beside its recommended action, and nothing without it."""

from __future__ import annotations

from dataclasses import replace

from prevista.core.analytics.contact_timing import ContactTiming
from prevista.gui.screens.segments import SegmentsPage
from tests.gui.conftest import shown_page


def test_the_detail_shows_the_best_time_beside_the_action(qtbot, trained_project):
    page = shown_page(qtbot, SegmentsPage, trained_project)
    assert page.data is not None and len(page.data.segments) >= 2
    page.view.selectRow(0)
    assert page.timing.text() == ""  # the demo's tickets follow one office pattern for everyone: no timing
    first = page.selected_segment()
    assert first is not None
    timing = ContactTiming("tickets", 1, (10, 12), 0.31, 40, 15, False)
    bought = ContactTiming("purchases", 5, (18, 20), 0.22, 40, 10, True)
    page.data = replace(page.data, segments=tuple(replace(row, contact_timing=(timing, bought))
                                                  if row.segment == first.segment else row for row in page.data.segments))
    page.view.selectRow(1)
    page.view.selectRow(0)
    assert page.action.isVisible() and page.timing.isVisible()
    assert page.timing.text().splitlines() == ["Best time to reach: Tuesday, 10–12 h (31% of their contacts)",
                                               "Buys most: Saturday, 18–20 h UTC (22% of their purchases)"]
