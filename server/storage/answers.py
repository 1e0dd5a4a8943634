"""Answers of the sync routes as plain values, written out as JSON by ``orjson``.

A push answers with every row it wrote, a pull page with up to 2,000: building a pydantic
model per row and having pydantic write it out again cost more than reading the rows.
The values are already in their wire form (``coachapp.models.wire``), so they go out as they
are. ``model()`` gives the checked answer (for tests and in-process callers), and the tests
hold the two equal.
"""

from __future__ import annotations

from typing import ClassVar

import orjson
from pydantic import BaseModel


class WireAnswer:
    """Base of a dataclass whose fields are the answer's, holding wire values only."""

    _checked: ClassVar[type[BaseModel]]

    def json(self) -> bytes:
        return orjson.dumps(vars(self))

    def _model(self) -> BaseModel:
        return self._checked.model_validate_json(self.json())
