"""The one assertion every reader refusal shares: it names the file and never echoes a value."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from prevista.privacy.errors import InputError


def refusal(reader: Callable[..., Any], path: Path, secret: str, **kwargs: object) -> str:
    with pytest.raises(InputError) as caught:
        reader(path, **kwargs)
    message = str(caught.value)
    assert message.startswith(path.name)
    assert secret not in message
    return message
