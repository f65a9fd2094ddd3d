"""Choosing the path and the context for a request (no model needed)."""

from __future__ import annotations

import pytest

from models.engine.plan import (
    PATH_PARALLEL,
    PATH_SEQUENTIAL,
    ContextShape,
    PromptTooLong,
    plan_request,
    round_cells,
)


def test_several_conversations_that_fit_go_in_parallel_with_one_stream_each() -> None:
    plan = plan_request([600, 610, 605, 598], 300, limit=8192, current=None, memory_shareable=True)
    assert plan.path == PATH_PARALLEL and plan.note == ""
    assert plan.use == ContextShape(4, 1024)  # 610 + 300 rounded up to 256
    assert plan.use.n_ctx == 4096


def test_a_single_conversation_is_written_alone() -> None:
    plan = plan_request([600], 300, limit=8192, current=None, memory_shareable=True)
    assert plan.path == PATH_SEQUENTIAL and plan.note == ""
    assert plan.use == ContextShape(1, 1024)


def test_the_current_context_is_kept_when_it_is_big_enough() -> None:
    current = ContextShape(4, 1024)
    assert plan_request([700], 160, limit=8192, current=current, memory_shareable=True).use is current
    assert plan_request([500, 500], 160, limit=8192, current=current, memory_shareable=True).use is current
    bigger = plan_request([900] * 4, 300, limit=8192, current=current, memory_shareable=True)
    assert bigger.use == ContextShape(4, 1280)
    more = plan_request([500] * 6, 160, limit=8192, current=current, memory_shareable=True)
    assert more.use == ContextShape(6, 768)


def test_too_small_a_context_for_all_at_once_falls_back_and_says_why() -> None:
    plan = plan_request([2000] * 4, 480, limit=8192, current=None, memory_shareable=True)
    assert plan.path == PATH_SEQUENTIAL
    assert "4 x 2,480 = 9,920 tokens" in plan.note and "8,192" in plan.note
    assert plan.use == ContextShape(1, 2560)


def test_recurrent_models_and_a_request_for_sequential_fall_back() -> None:
    recurrent = plan_request([500] * 3, 160, limit=8192, current=None, memory_shareable=False)
    assert recurrent.path == PATH_SEQUENTIAL and "recurrent" in recurrent.note
    asked = plan_request([500] * 3, 160, limit=8192, current=None, memory_shareable=True, allow_parallel=False)
    assert asked.path == PATH_SEQUENTIAL and "turned off" in asked.note


def test_a_prompt_that_cannot_fit_even_alone_is_refused() -> None:
    with pytest.raises(PromptTooLong) as caught:
        plan_request([500, 900], 200, limit=1024, current=None, memory_shareable=True)
    assert (caught.value.prompt_tokens, caught.value.limit, caught.value.reply_tokens) == (900, 1024, 200)


def test_the_sequential_context_never_exceeds_the_limit() -> None:
    plan = plan_request([1000], 20, limit=1024, current=None, memory_shareable=True)
    assert plan.use == ContextShape(1, 1024)


@pytest.mark.parametrize(("cells", "rounded"), [(1, 512), (512, 512), (513, 768), (910, 1024), (1024, 1024)])
def test_cells_are_rounded_to_whole_pages(cells: int, rounded: int) -> None:
    assert round_cells(cells) == rounded
