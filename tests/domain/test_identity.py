"""Record identity (UUIDv7-shaped ids) and the hybrid logical clock that versions every change."""

from __future__ import annotations

import random
import re
import threading
import uuid

from uniondesk.domain.identity import HybridClock, new_uuid, version_millis

UUID_SHAPE = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$")
MILLIS = 1_650_000_000_000  # 15/04/2022


def test_new_uuid_is_a_version_7_uuid():
    for _ in range(200):
        text = new_uuid()
        assert UUID_SHAPE.match(text), text
        parsed = uuid.UUID(text)
        assert parsed.version == 7
        assert parsed.variant == uuid.RFC_4122


def test_new_uuid_starts_with_its_milliseconds():
    value = uuid.UUID(new_uuid(millis=MILLIS)).int
    assert value >> 80 == MILLIS


def test_new_uuids_are_ordered_by_time():
    ids = [new_uuid(millis=MILLIS + step) for step in range(0, 5000, 7)]
    assert ids == sorted(ids)
    assert new_uuid(millis=MILLIS) < new_uuid(millis=MILLIS + 1)


def test_new_uuid_is_deterministic_for_a_seeded_rng_and_fixed_time():
    first = [new_uuid(random.Random(42), MILLIS) for _ in range(3)]
    again = [new_uuid(random.Random(42), MILLIS) for _ in range(3)]
    assert first == again
    assert new_uuid(random.Random(43), MILLIS) != first[0]
    rng = random.Random(7)
    sequence = [new_uuid(rng, MILLIS) for _ in range(100)]
    assert len(set(sequence)) == 100  # same millisecond, still distinct


def test_new_uuid_without_rng_is_random():
    assert len({new_uuid(millis=MILLIS) for _ in range(1000)}) == 1000


class FakeWall:
    def __init__(self, millis: int):
        self.millis = millis

    def __call__(self) -> int:
        return self.millis


def test_clock_follows_the_wall_clock():
    wall = FakeWall(MILLIS)
    clock = HybridClock(wall_millis=wall)
    first = clock.tick()
    assert version_millis(first) == MILLIS
    wall.millis += 1000
    second = clock.tick()
    assert version_millis(second) == MILLIS + 1000
    assert clock.last == second


def test_clock_grows_within_one_millisecond():
    clock = HybridClock(wall_millis=FakeWall(MILLIS))
    versions = [clock.tick() for _ in range(1000)]
    assert versions == sorted(set(versions))
    assert all(version_millis(v) == MILLIS for v in versions)


def test_clock_is_monotonic_when_the_wall_clock_goes_back():
    wall = FakeWall(MILLIS)
    clock = HybridClock(wall_millis=wall)
    before = clock.tick()
    wall.millis -= 86_400_000  # the PC's clock was set back a day
    after = [clock.tick() for _ in range(5)]
    assert after[0] > before
    assert after == sorted(set(after))
    wall.millis = MILLIS + 5000  # and forward again
    assert version_millis(clock.tick()) == MILLIS + 5000


def test_clock_continues_after_a_stored_version():
    stored = (MILLIS + 60_000) << 16
    clock = HybridClock(stored, wall_millis=FakeWall(MILLIS))
    assert clock.tick() == stored + 1


def test_observe_moves_the_clock_past_a_received_version():
    clock = HybridClock(wall_millis=FakeWall(MILLIS))
    mine = clock.tick()
    received = (MILLIS + 3_600_000) << 16 | 5  # another office whose clock is an hour ahead
    clock.observe(received)
    assert clock.tick() > received > mine


def test_observe_never_moves_the_clock_back():
    clock = HybridClock(wall_millis=FakeWall(MILLIS))
    latest = clock.tick()
    clock.observe(latest - 1000)
    assert clock.last == latest
    assert clock.tick() > latest


def test_clock_is_safe_across_threads():
    clock = HybridClock(wall_millis=FakeWall(MILLIS))
    seen: list[int] = []

    def work():
        seen.extend(clock.tick() for _ in range(2000))

    threads = [threading.Thread(target=work) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(set(seen)) == 8000


def test_new_uuid_is_written_as_the_uuid_module_writes_it():
    rng = random.Random(11)
    for step in range(300):
        text = new_uuid(rng, MILLIS + step * 997)
        assert text == str(uuid.UUID(text))
