"""The JSON form in which analytics results live in the project's metadata and leave in the handover bundle.

The manifest writes its metadata with sorted keys, so a model card, the segments or the forecast read
back from a project has its keys in that order, and the bundle copies them as read.  A typed result
turned into this form therefore sorts its keys too: what ``to_dict`` gives is, byte for byte, what an
older version of Prevista stored and handed over.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from typing import Any


def json_form(value: object) -> Any:
    """``value`` as the store keeps it: dataclasses and mappings as objects with sorted keys, sequences as lists.

    A dataclass lists in ``OPTIONAL_KEYS`` the fields that older documents lack or that later steps add;
    such a field that is None is left out, so a document that never had the key does not gain it.
    """
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        optional = getattr(value, "OPTIONAL_KEYS", ())
        value = {field.name: getattr(value, field.name) for field in dataclasses.fields(value)
                 if not (field.name in optional and getattr(value, field.name) is None)}
    if isinstance(value, Mapping):
        return {key: json_form(value[key]) for key in sorted(value)}
    if isinstance(value, list | tuple):
        return [json_form(item) for item in value]
    return value

