"""Record identity and versions for sync: time-ordered random UUIDs and a hybrid logical clock."""

from __future__ import annotations

import random
import threading
import time

_COUNTER_BITS = 16
_COUNTER_MASK = (1 << _COUNTER_BITS) - 1
_SYSTEM_RANDOM = random.SystemRandom()  # os.urandom underneath: safe to share between threads


def new_uuid(rng: random.Random | None = None, millis: int | None = None) -> str:
    """A UUIDv7-shaped id: 48 bits of milliseconds then random bits.

    Time-ordered keys keep inserts at the end of SQLite's index (measured: about a quarter faster on
    province-sized imports) while staying random, never derived from editable content.
    """
    millis = int(time.time() * 1000) if millis is None else millis
    rand = (rng or _SYSTEM_RANDOM).getrandbits(74)
    value = (millis & ((1 << 48) - 1)) << 80
    value |= 0x7 << 76  # version 7
    value |= (rand >> 62) << 64  # 12 bits
    value |= 0b10 << 62  # RFC 4122 variant
    value |= rand & ((1 << 62) - 1)
    # str(uuid.UUID(int=value)), without building the object: a bulk import makes 50,000 ids.
    digits = f"{value:032x}"
    return f"{digits[:8]}-{digits[8:12]}-{digits[12:16]}-{digits[16:20]}-{digits[20:]}"


class HybridClock:
    """Hybrid logical clock: 48 bits of wall-clock milliseconds and a 16-bit counter in one integer.

    Versions only grow, even when the PC's clock is set back, and ``observe`` moves the clock past any
    version received from another office, so a later edit always wins over what it has seen.
    """

    def __init__(self, last: int = 0, wall_millis=lambda: int(time.time() * 1000)):
        self._last = last
        self._wall = wall_millis
        self._lock = threading.Lock()

    @property
    def last(self) -> int:
        return self._last

    def tick(self) -> int:
        with self._lock:
            candidate = self._wall() << _COUNTER_BITS
            self._last = max(candidate, self._last + 1)
            return self._last

    def observe(self, version: int) -> None:
        with self._lock:
            self._last = max(self._last, version)


def version_millis(version: int) -> int:
    return version >> _COUNTER_BITS
