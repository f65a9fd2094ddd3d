"""The engine's thread count follows the machine's load (no model needed)."""

from __future__ import annotations

from pathlib import Path

from models.engine.threads import CpuLoad, FixedThreads, LoadAwareThreads


class FakeLoad(CpuLoad):
    def __init__(self, values: list[float | None]) -> None:
        self.values = values

    def others_busy_cores(self) -> float | None:
        return self.values.pop(0)


class Clock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


def policy(cores: int, loads: list[float | None], load_average: float = 0.0) -> tuple[LoadAwareThreads, Clock]:
    clock = Clock()
    fake = FakeLoad([0.0, *loads])  # the first value starts the first window
    return LoadAwareThreads(cores, fake, clock, lambda: load_average), clock


def test_the_first_prompt_goes_by_the_load_average() -> None:
    quiet, _ = policy(2, [], load_average=0.2)
    assert quiet.prefill_threads() == 2
    busy, _ = policy(2, [], load_average=6.5)
    assert busy.prefill_threads() == 1
    eight, _ = policy(8, [], load_average=2.7)
    assert eight.prefill_threads() == 5


def test_every_core_while_the_machine_is_idle_one_less_per_busy_core() -> None:
    threads, clock = policy(2, [0.1, 0.8, 0.9, 0.1])
    assert threads.prefill_threads() == 2  # the load average says idle
    seen = []
    for _ in range(4):
        clock.now += 1
        seen.append(threads.decode_threads())
    assert seen == [2, 1, 1, 2]


def test_a_core_comes_back_only_once_the_others_are_quiet() -> None:
    threads, clock = policy(2, [1.0, 0.4, 0.3, 0.2])
    threads.decode_threads()
    seen = []
    for _ in range(4):
        clock.now += 1
        seen.append(threads.decode_threads())
    assert seen == [1, 1, 1, 2]  # 0.4 and 0.3 are not idle enough to add the thread back


def test_bigger_machines_give_up_as_many_cores_as_are_busy() -> None:
    threads, clock = policy(8, [2.6, 20.0])
    threads.decode_threads()
    clock.now += 1
    assert threads.decode_threads() == 5
    clock.now += 1
    assert threads.decode_threads() == 1


def test_no_second_look_within_half_a_second() -> None:
    threads, clock = policy(2, [])
    assert threads.decode_threads() == 2
    clock.now += 0.1
    assert threads.decode_threads() == 2  # FakeLoad would fail if asked again


def test_unreadable_load_means_every_core(tmp_path: Path) -> None:
    load = CpuLoad(stat=tmp_path / "missing")
    assert load.others_busy_cores() is None
    threads, clock = policy(4, [None])
    threads.decode_threads()
    clock.now += 1
    assert threads.decode_threads() == 4


def test_cpu_load_reads_this_machine() -> None:
    load = CpuLoad()
    busy = sum(i * i for i in range(200_000))  # some own work, not counted as others'
    assert busy > 0
    others = load.others_busy_cores()
    assert others is None or others >= 0.0


def test_fixed_threads() -> None:
    fixed = FixedThreads(prefill=2, decode=1)
    assert (fixed.prefill_threads(), fixed.decode_threads()) == (2, 1)


def test_the_test_suites_pin_applies_only_where_the_user_fixed_no_number() -> None:
    from models.engine.threads import THREADS_ENV, thread_policy

    pinned = {THREADS_ENV: "1"}
    assert thread_policy(0, 0, pinned) == FixedThreads(prefill=1, decode=1)
    assert thread_policy(3, 0, pinned) == FixedThreads(prefill=3, decode=3)  # the user's own setting wins
    assert thread_policy(2, 4, {}) == FixedThreads(prefill=4, decode=2)
    assert isinstance(thread_policy(0, 0, {}), LoadAwareThreads)  # a user's default: follow the load
    for junk in ("", "0", "-1", "two"):
        assert isinstance(thread_policy(0, 0, {THREADS_ENV: junk}), LoadAwareThreads)
