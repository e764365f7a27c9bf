"""How strong a new passphrase is, judged by zxcvbn (dictionaries, keyboard patterns, dates, l33t).

The project key is only as strong as its passphrase: Argon2id slows each guess,
but a passphrase from a top-10k list falls anyway.  New passphrases must reach
score 3 ("safely unguessable": about 10^10 guesses), which a long phrase of
ordinary words does easily.
"""

from __future__ import annotations

from dataclasses import dataclass

from zxcvbn import zxcvbn

from prevista.privacy.errors import PrevistaError
from prevista.privacy.kdf import check_passphrase_length

MIN_SCORE = 3
VERDICTS = ("very weak", "weak", "fair", "strong", "very strong")
MAX_CHECKED = 100  # zxcvbn is quadratic; anything longer than this is long enough


@dataclass(frozen=True)
class Strength:
    score: int  # 0 … 4
    verdict: str
    advice: str

    @property
    def acceptable(self) -> bool:
        return self.score >= MIN_SCORE


def strength(passphrase: str) -> Strength:
    """Never logged or stored: only the score leaves this function."""
    if not passphrase:
        return Strength(0, VERDICTS[0], "Type a passphrase: several ordinary words make a strong one.")
    result = zxcvbn(passphrase[:MAX_CHECKED])
    score = int(result["score"])
    feedback = result.get("feedback") or {}
    advice = " ".join(filter(None, [feedback.get("warning") or "", *(feedback.get("suggestions") or [])]))
    if score < MIN_SCORE and not advice:
        advice = "Add another word or two."
    return Strength(score, VERDICTS[score], advice)


def check_new_passphrase(passphrase: str) -> None:
    """Refuse a new passphrase that is shorter than the vault accepts or that a guessing attack would find:
    the one rule every front end applies to a new project's or a changed passphrase."""
    check_passphrase_length(passphrase)
    judged = strength(passphrase)
    if not judged.acceptable:
        raise PrevistaError(f"That passphrase is {judged.verdict}: it would be guessed. {judged.advice} "
                            "Use at least four ordinary words, or 12+ mixed characters.")
