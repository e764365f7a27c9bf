"""The batch of e-mail tokens an import stores must equal the token a later opt-out by e-mail computes,
for any spelling: otherwise the objection finds nobody (issue 18 made the batch faster)."""

from __future__ import annotations

import hashlib
import hmac

import polars as pl
from hypothesis import given, settings
from hypothesis import strategies as st

from prevista.privacy.lookup import email_token, email_tokens

KEY = bytes(range(32))
SPACES = st.sampled_from(["", " ", "\t", "\u00a0", "\u2003", "\x1c", "\n"])
ADDRESSES = st.builds(lambda before, text, after: before + text + after, SPACES,
                      st.text(min_size=0, max_size=30), SPACES)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.one_of(st.none(), ADDRESSES, st.sampled_from(["Anna@Example.COM", " anna@example.com", "ŁUKASZ@x.pl"])),
                max_size=25))
def test_a_batch_of_tokens_equals_the_tokens_of_each_address(addresses: list[str | None]) -> None:
    batch = email_tokens(KEY, pl.Series("email", addresses, dtype=pl.String)).to_list()
    assert batch == [None if address is None else email_token(KEY, address) for address in addresses]


def test_spellings_of_one_address_share_a_token_and_another_key_gives_another() -> None:
    tokens = email_tokens(KEY, pl.Series(["Anna@Example.com", "  anna@example.COM\t", "ben@example.com"])).to_list()
    assert tokens[0] == tokens[1] != tokens[2]
    assert email_tokens(bytes(32), pl.Series(["anna@example.com"])).item() != tokens[0]


def test_tokens_stay_the_hmac_sha256_earlier_imports_stored() -> None:
    """Stored tokens were made with the standard library's HMAC: an objection must still find them."""
    stored = hmac.new(KEY, b"anna@example.com", hashlib.sha256).hexdigest()
    assert email_token(KEY, " Anna@Example.COM") == stored
    assert email_tokens(KEY, pl.Series(["Anna@Example.com "])).item() == stored
