"""The generation worker: finished always arrives, cancel works, and cross-thread signals are safe."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from dataclasses import replace
from pathlib import Path

from pytestqt.qtbot import QtBot

from app.options import Length
from app.presets import load_catalog
from app.prompt import PromptInput
from app.rewrite import DraftJob, DraftTask
from models.contract import ContextTooLongError, ModelMissingError
from models.fake import ScriptedBackend
from ui.worker import WorkerHost

CATALOG = load_catalog()
REQUEST = PromptInput(story="A story.", tone=CATALOG.tone("warm"), length=Length.SHORT)


def job(host: WorkerHost, *angle_ids: str) -> DraftJob:
    return DraftJob(host.new_job_id(), REQUEST, tuple(DraftTask(a, CATALOG.angle(a)) for a in angle_ids))


class Recorder:
    def __init__(self, host: WorkerHost) -> None:
        self.events: list[tuple[str, object]] = []
        worker = host.worker
        worker.chunkReady.connect(lambda j, c, t: self.events.append(("chunk", t)))
        worker.jobFailed.connect(lambda j, m: self.events.append(("failed", m)))
        worker.jobFinished.connect(lambda j, c: self.events.append(("finished", c)))
        worker.modelReady.connect(lambda info: self.events.append(("ready", info.name)))
        worker.modelFailed.connect(lambda m: self.events.append(("model-failed", m)))

    def kinds(self) -> list[str]:
        return [kind for kind, _ in self.events]


def make_host(qtbot: QtBot, backend: ScriptedBackend) -> tuple[WorkerHost, Recorder]:
    host = WorkerHost(lambda path: backend)
    recorder = Recorder(host)
    host.load_model(Path("model.gguf"))
    qtbot.waitUntil(lambda: "ready" in recorder.kinds() or "model-failed" in recorder.kinds(), timeout=5000)
    return host, recorder


def test_job_streams_then_finishes(qtbot: QtBot) -> None:
    host, recorder = make_host(qtbot, ScriptedBackend(replies=["one two three"]))
    try:
        host.submit(job(host, "team", "learned"))
        qtbot.waitUntil(lambda: "finished" in recorder.kinds(), timeout=5000)
        assert recorder.kinds().count("chunk") == 6
        assert recorder.events[-1] == ("finished", False)
    finally:
        host.stop()


def test_failure_still_emits_finished_exactly_once(qtbot: QtBot) -> None:
    backend = ScriptedBackend(fail_after_chunks=(1, ContextTooLongError(9000, 8192, 300)))
    host, recorder = make_host(qtbot, backend)
    try:
        host.submit(job(host, "team", "learned"))
        qtbot.waitUntil(lambda: "finished" in recorder.kinds(), timeout=5000)
        assert recorder.kinds() == ["ready", "chunk", "failed", "finished"]
        message = str(recorder.events[2][1])
        assert "about 6,300 words" in message and "token" not in message  # users count words
    finally:
        host.stop()


def test_cancel_stops_the_running_job_only(qtbot: QtBot) -> None:
    backend = ScriptedBackend(replies=[" ".join(["word"] * 120)], chunk_delay_s=0.01)
    host, recorder = make_host(qtbot, backend)
    try:
        first = job(host, "team", "learned")
        host.submit(first)
        qtbot.waitUntil(lambda: recorder.kinds().count("chunk") >= 3, timeout=5000)
        host.cancel(first.job_id)
        qtbot.waitUntil(lambda: "finished" in recorder.kinds(), timeout=5000)
        assert recorder.events[-1] == ("finished", True)
        assert recorder.kinds().count("chunk") < 60
        backend.chunk_delay_s = 0
        recorder.events.clear()
        # A later job is not affected by the earlier cancel: a long post gets every word (the
        # short one's token limit, 72 of this backend's one-word tokens, would cut it).
        long_job = DraftJob(host.new_job_id(), replace(REQUEST, length=Length.LONG), (DraftTask("team", CATALOG.angle("team")),))
        host.submit(long_job)
        qtbot.waitUntil(lambda: "finished" in recorder.kinds(), timeout=5000)
        assert recorder.kinds().count("chunk") == 120 and recorder.events[-1] == ("finished", False)
    finally:
        host.stop()


def test_cancel_card_stops_that_card_and_the_others_finish(qtbot: QtBot) -> None:
    backend = ScriptedBackend(replies=[" ".join(["word"] * 60)], chunk_delay_s=0.005)
    host, _ = make_host(qtbot, backend)
    chunks: dict[str, int] = {"team": 0, "learned": 0}
    results: dict[str, object] = {}
    host.worker.chunkReady.connect(lambda j, card, t: chunks.__setitem__(card, chunks[card] + 1))
    host.worker.taskFinished.connect(lambda j, card, result: results.__setitem__(card, result))
    finished: list[bool] = []
    host.worker.jobFinished.connect(lambda j, cancelled: finished.append(cancelled))
    try:
        running = job(host, "team", "learned")
        host.submit(running)
        qtbot.waitUntil(lambda: chunks["learned"] >= 3, timeout=5000)
        host.cancel_card(running.job_id, "learned")
        qtbot.waitUntil(lambda: bool(finished), timeout=10_000)
        assert finished == [False]  # the job itself was not cancelled
        assert chunks["team"] == 60 and chunks["learned"] < 60
        assert not getattr(results["team"], "cancelled") and getattr(results["learned"], "cancelled")
    finally:
        host.stop()


def test_model_load_failure_is_reported_and_jobs_explain(qtbot: QtBot) -> None:
    backend = ScriptedBackend(fail_on_load=ModelMissingError("/nowhere/model.gguf"))
    host, recorder = make_host(qtbot, backend)
    try:
        assert recorder.kinds() == ["model-failed"]
        host.submit(job(host, "team"))
        qtbot.waitUntil(lambda: "finished" in recorder.kinds(), timeout=5000)
        assert recorder.kinds()[-2:] == ["failed", "finished"]
        assert "does not exist" in str(recorder.events[-2][1])  # the reason, again, not a traceback
    finally:
        host.stop()


def test_stop_closes_the_backend_in_its_thread(qtbot: QtBot) -> None:
    backend = ScriptedBackend()
    host, _ = make_host(qtbot, backend)
    host.stop()
    assert backend.closed
    assert not host.thread.isRunning()


def test_many_cross_thread_signals_do_not_corrupt_reference_counts() -> None:
    """PySide6 6.12.0 crashed here ("none_dealloc"); we pin a version that does not."""
    code = textwrap.dedent(
        """
        from PySide6.QtCore import QCoreApplication, QObject, QThread, QTimer, Signal, Slot

        class Worker(QObject):
            chunk = Signal(int, str)
            done = Signal(int, bool)
            go = Signal()

            @Slot()
            def run(self):
                for i in range(2000):
                    self.chunk.emit(i, "text")
                self.done.emit(1, False)

        class Receiver(QObject):
            count = 0
            def on_chunk(self, i, text):
                self.count += 1

        app = QCoreApplication([])
        thread = QThread()
        worker = Worker()
        worker.moveToThread(thread)
        thread.start()
        receiver = Receiver()
        worker.chunk.connect(receiver.on_chunk)
        worker.done.connect(lambda *a: app.quit())
        worker.go.connect(worker.run)
        worker.go.emit()
        QTimer.singleShot(20000, app.quit)
        app.exec()
        thread.quit()
        thread.wait()
        print(receiver.count)
        """
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.strip() == "2000"
