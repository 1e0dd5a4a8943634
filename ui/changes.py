"""The one change broadcast: after a service call changes data, pages learn what changed.

Pages connect to ``bus.changed`` and decide for themselves whether to refresh; no page
reaches into another. Kinds are the coaches' words for records ("participant", "task"…).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from PySide6.QtCore import QObject, Signal

#: Every kind a page may care about. A sync can change anything.
KINDS = frozenset(
    {
        "participant",
        "household",
        "eligibility",
        "consent",
        "barrier",
        "support_service",
        "referral",
        "note",
        "task",
        "training",
        "employment",
        "activity",
        "info_session",
        "conflict",
        "duplicate",
        "reference",
        "outbox",
        "draft",
    }
)


@dataclass(frozen=True)
class Changes:
    kinds: frozenset[str]
    #: Ids of the records changed; empty means "any of these kinds" (after a sync).
    ids: frozenset[str] = frozenset()
    #: The participants the change belongs to, so a participant page knows it is concerned.
    participant_ids: frozenset[str] = frozenset()

    def touches(self, *kinds: str) -> bool:
        return bool(self.kinds.intersection(kinds))

    def concerns(self, participant_id: str) -> bool:
        return not self.participant_ids or participant_id in self.participant_ids


def changes(*kinds: str, ids: Iterable[str] = (), participant_ids: Iterable[str] = ()) -> Changes:
    unknown = set(kinds) - KINDS
    if unknown:
        raise ValueError(f"unknown change kinds: {sorted(unknown)}")
    # Every local change adds to the outbox: the status bar's pending count follows it.
    return Changes(frozenset((*kinds, "outbox")), frozenset(ids), frozenset(participant_ids))


EVERYTHING = Changes(KINDS)

#: An intake draft was saved or discarded. Drafts stay on this laptop (never synced), so this
#: is announced as it is, without the "outbox" every other local change carries.
DRAFTS = Changes(frozenset({"draft"}))


class ChangeBus(QObject):
    changed = Signal(object)

    def announce(self, what: Changes) -> None:
        self.changed.emit(what)
