"""Trained models inside the encrypted project, with a model card.

Models are pickled only into a sealed blob whose AEAD context names the
project, so a pickle is unpickled only after it has been authenticated as
this project's own (pickles run code when loaded: never load an
unauthenticated one).  The card — data period, counts, features, metrics,
baselines, training date, library versions — is plain metadata, named by the
hash of the sealed models so a card cannot pass for another training's models.
"""

from __future__ import annotations

import hashlib
import pickle
import platform
from collections.abc import Mapping
from datetime import datetime, timezone
from typing import TYPE_CHECKING

import polars as pl

from prevista.core.analytics.card import ModelCard
from prevista.privacy.errors import PrevistaError
from prevista.privacy.schema import Meta, Table
from prevista.privacy.store import ProjectStore

if TYPE_CHECKING:
    from prevista.core.analytics.modeling import BinaryModel

FORMAT_VERSION = 1


def library_versions() -> dict[str, str]:
    return {"python": platform.python_version(), "scikit-learn": _sklearn_version(), "polars": pl.__version__}


def _sklearn_version() -> str:
    """Asked only where models are saved or loaded, so that reading a project does not load scikit-learn."""
    import sklearn

    return str(sklearn.__version__)


def sealed_models(store: ProjectStore, models: Mapping[str, BinaryModel]) -> tuple[bytes, str]:
    """The blob ``store.commit`` seals as ``Table.MODELS``, and the model ID its card carries."""
    payload = pickle.dumps({"format": FORMAT_VERSION, "project_id": store.project_id, "models": dict(models)},
                           protocol=pickle.HIGHEST_PROTOCOL)
    return payload, _model_id(payload)


def _model_id(payload: bytes) -> str:
    return hashlib.sha256(payload).hexdigest()[:16]


def model_card(store: ProjectStore) -> ModelCard:
    """The last training's card, without unpickling anything (screens that only show figures)."""
    card = store.meta(Meta.MODEL_CARD)
    if card is None or not store.has_table(Table.MODELS):
        raise PrevistaError("No trained model in this project yet: train the models first.")
    return ModelCard.from_dict(card)


def load_models(store: ProjectStore) -> tuple[dict[str, BinaryModel], ModelCard]:
    """The project's models and card; refuses missing, foreign or mismatched models."""
    card = model_card(store)
    payload = store.read_blob(Table.MODELS)  # authenticated decryption happens here, before unpickling
    if _model_id(payload) != card.model_id:
        raise PrevistaError("The stored model does not match its model card; retrain the model.")
    content = pickle.loads(payload)  # noqa: S301 - authenticated as this project's own (see module doc)
    if content.get("project_id") != store.project_id or content.get("format") != FORMAT_VERSION:
        raise PrevistaError("The stored model belongs to a different project or format; retrain the model.")
    if card.libraries["scikit-learn"] != _sklearn_version():
        raise PrevistaError(f"The model was trained with scikit-learn {card.libraries['scikit-learn']} and this "
                            f"installation has {_sklearn_version()}; retrain the model.")
    models: dict[str, BinaryModel] = content["models"]
    return models, card


def model_age_days(card: ModelCard, now: datetime | None = None) -> float:
    trained = datetime.fromisoformat(card.trained_at)
    return ((now or datetime.now(timezone.utc)) - trained).total_seconds() / 86400
