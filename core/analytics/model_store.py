"""Trained models inside the encrypted project, with a model card.

Models are pickled only into a sealed blob whose AEAD context names the
project, so a pickle is unpickled only after it has been authenticated as
this project's own (pickles run code when loaded: never load an
unauthenticated one).  The card — data period, counts, features, metrics,
baselines, training date, library versions — is plain metadata.
"""

from __future__ import annotations

import hashlib
import pickle
import platform
from datetime import datetime, timezone
from typing import Any

import polars as pl
import sklearn

from prevista.privacy.errors import PrevistaError
from prevista.privacy.schema import Meta, Table
from prevista.privacy.store import ProjectStore

FORMAT_VERSION = 1


def library_versions() -> dict[str, str]:
    return {"python": platform.python_version(), "scikit-learn": sklearn.__version__, "polars": pl.__version__}


def save_models(store: ProjectStore, models: dict[str, Any], card: dict[str, Any]) -> tuple[dict[str, bytes], dict[str, Any]]:
    """What ``store.commit`` needs to persist the models: the sealed blob and the card metadata."""
    payload = pickle.dumps({"format": FORMAT_VERSION, "project_id": store.project_id, "models": models},
                           protocol=pickle.HIGHEST_PROTOCOL)
    card = {**card, "model_id": hashlib.sha256(payload).hexdigest()[:16], "format": FORMAT_VERSION,
            "libraries": library_versions()}
    return {Table.MODELS: payload}, {Meta.MODEL_CARD: card}


def model_card(store: ProjectStore) -> dict[str, Any]:
    """The last training's card, without unpickling anything (screens that only show figures)."""
    card = store.meta(Meta.MODEL_CARD)
    if card is None or not store.has_table(Table.MODELS):
        raise PrevistaError("No trained model in this project yet: run 'prevista train' first.")
    return card


def load_models(store: ProjectStore) -> tuple[dict[str, Any], dict[str, Any]]:
    """The project's models and card; refuses missing, foreign or mismatched models."""
    card = model_card(store)
    payload = store.read_blob(Table.MODELS)  # authenticated decryption happens here, before unpickling
    if hashlib.sha256(payload).hexdigest()[:16] != card["model_id"]:
        raise PrevistaError("The stored model does not match its model card; retrain the model.")
    content = pickle.loads(payload)  # noqa: S301 - authenticated as this project's own (see module doc)
    if content.get("project_id") != store.project_id or content.get("format") != FORMAT_VERSION:
        raise PrevistaError("The stored model belongs to a different project or format; retrain the model.")
    if card["libraries"]["scikit-learn"] != sklearn.__version__:
        raise PrevistaError(f"The model was trained with scikit-learn {card['libraries']['scikit-learn']} and this "
                            f"installation has {sklearn.__version__}; retrain the model.")
    return content["models"], card


def model_age_days(card: dict[str, Any], now: datetime | None = None) -> float:
    trained = datetime.fromisoformat(card["trained_at"])
    return ((now or datetime.now(timezone.utc)) - trained).total_seconds() / 86400
