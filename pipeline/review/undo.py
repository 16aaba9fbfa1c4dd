"""What the review server needs to undo an annotator's last actions: for each change it made, the
claim's record before it, keyed by the claim's version after it.

An undo names the claim and the version its client last saw; it is done only when the claim is still
at that version (nobody changed it since) and the server still holds the change (the log lives in
the server's memory and keeps the latest LIMIT changes).
"""

from __future__ import annotations

import threading
from collections import OrderedDict

LIMIT = 10_000


class UndoLog:
    def __init__(self, limit: int = LIMIT):
        self.limit = limit
        self._before: OrderedDict[tuple[str, str, str], dict | None] = OrderedDict()
        self._lock = threading.Lock()

    def push(self, doc_id: str, claim_id: str, version_after: str, before: dict | None) -> None:
        """Remember the record before a change (None: the change added the claim)."""
        with self._lock:
            key = (doc_id, claim_id, version_after)
            self._before[key] = before
            self._before.move_to_end(key)
            while len(self._before) > self.limit:
                self._before.popitem(last=False)

    def before(self, doc_id: str, claim_id: str, version: str) -> tuple[bool, dict | None]:
        """(found, the record before the change that left the claim at `version`)."""
        with self._lock:
            key = (doc_id, claim_id, version)
            return (key in self._before), self._before.get(key)

    def drop(self, doc_id: str, claim_id: str, version: str) -> None:
        with self._lock:
            self._before.pop((doc_id, claim_id, version), None)
