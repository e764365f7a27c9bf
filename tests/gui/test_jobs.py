"""The job adapter: outcomes and progress arrive on the UI thread; cancel stops a job cleanly."""

from __future__ import annotations

import threading
import time

from prevista.core.runtime.jobs import Progress
from prevista.gui.jobs import Job
from prevista.gui.widgets import JobBar
from prevista.privacy.errors import PrevistaError
from tests.gui.conftest import finish


def _collect(job: Job) -> dict:
    seen: dict = {"threads": set(), "progress": []}
    main = threading.get_ident()

    def note(name):
        def slot(*args):
            seen[name] = args
            seen["threads"].add(threading.get_ident() == main)
        return slot
    for name in ("succeeded", "failed", "cancelled"):
        getattr(job, name).connect(note(name))
    job.progressed.connect(lambda f, m: (seen["progress"].append(f), seen["threads"].add(threading.get_ident() == main)))
    return seen


def test_result_and_progress_arrive_on_the_ui_thread(qtbot):
    def work(progress: Progress) -> int:
        for step in range(5):
            progress.report(step / 4, f"step {step}")
        return 42
    job = Job("sum", work)
    seen = _collect(job)
    finish(qtbot, job.start())
    assert seen["succeeded"] == (42,)
    assert seen["threads"] == {True}
    assert seen["progress"][-1] == 1.0


def test_failure_is_a_message_and_foreign_errors_hide_their_text(qtbot):
    own = Job("own", lambda p: (_ for _ in ()).throw(PrevistaError("file x.csv, line 3: bad date")))
    foreign = Job("foreign", lambda p: (_ for _ in ()).throw(ValueError("anna@example.org")))
    seen_own, seen_foreign = _collect(own), _collect(foreign)
    finish(qtbot, own.start())
    finish(qtbot, foreign.start())
    assert seen_own["failed"] == ("file x.csv, line 3: bad date",)
    assert "ValueError" in seen_foreign["failed"][0] and "anna" not in seen_foreign["failed"][0]


def test_cancel_stops_at_the_next_checkpoint(qtbot):
    started = threading.Event()

    def work(progress: Progress) -> str:
        started.set()
        while True:
            progress.report(0.5, "waiting")
    job = Job("endless", work)
    seen = _collect(job)
    job.start()
    assert started.wait(5)
    job.cancel()
    finish(qtbot, job, timeout=5000)
    assert "cancelled" in seen and "succeeded" not in seen


def test_the_bar_shows_stage_and_time_and_says_cancelling_until_the_job_ends(qtbot):
    def work(progress: Progress) -> str:
        progress.report(0.1, "Churn: gradient boosting, fold 2 of 3")
        while True:  # one long step with a cancellation point every few milliseconds
            progress.check_cancelled()
            time.sleep(0.02)
    bar = JobBar()
    qtbot.addWidget(bar)
    job = bar.attach(Job("Training", work).start())
    qtbot.waitUntil(lambda: bar.label.text() == "Churn: gradient boosting, fold 2 of 3", timeout=5000)
    qtbot.waitUntil(lambda: bar.elapsed.text() == "0:01", timeout=5000)  # the clock runs without reports
    bar.cancel()
    assert bar.label.text() == "Cancelling…" and not bar.cancel_button.isEnabled() and job.cancelling
    job.progressed.emit(0.5, "Churn: gradient boosting, fold 3 of 3")  # a report queued before the cancel
    assert bar.label.text() == "Cancelling…"
    seen = _collect(job)
    finish(qtbot, job)
    assert "cancelled" in seen and bar.isHidden()


def test_a_cancel_while_the_job_saves_is_refused_in_plain_words(qtbot):
    saving, release = threading.Event(), threading.Event()

    def work(progress: Progress) -> str:
        with progress.committing():
            saving.set()
            release.wait(5)
        return "saved"
    bar = JobBar()
    qtbot.addWidget(bar)
    job = bar.attach(Job("Import", work).start())
    assert saving.wait(5)
    bar.cancel()
    assert "too late" in bar.label.text()
    seen = _collect(job)
    release.set()
    finish(qtbot, job)
    assert seen.get("succeeded") == ("saved",)
