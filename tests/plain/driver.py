"""The plain runner on a thread, fed one line at a time: after each line the test knows the
runner has done everything that line asked (it is waiting for the next one, or has ended)."""

from __future__ import annotations

import io
import json
import queue
import threading
from pathlib import Path
from typing import Any

from medarbeider_tui.paths import Locations
from medarbeider_tui.plain.runner import PlainRunner
from medarbeider_tui.service import ReflectionService

WAIT = 20.0


class ScriptedInput(io.TextIOBase):
    """A stdin whose ``readline`` waits for the test to hand over a line ("" is the end)."""

    def __init__(self) -> None:
        self._lines: queue.Queue[str] = queue.Queue()
        self.events: queue.Queue[str] = queue.Queue()

    def readable(self) -> bool:
        return True

    def isatty(self) -> bool:
        return False

    def readline(self, size: int | None = -1) -> str:  # type: ignore[override]
        self.events.put("waiting")
        return self._lines.get()

    def give(self, line: str | None) -> None:
        self._lines.put("" if line is None else line + "\n")


class RunnerThread:
    """One walk of ``exercise`` in plain mode, started fresh in ``locations``."""

    def __init__(
        self, locations: Locations, pack: Path, exercise: str, language: str = "nb"
    ) -> None:
        self.locations = locations
        service = ReflectionService(locations, [pack])
        [(found_pack, found_exercise)] = service.find_exercise(exercise)
        self.pack, self.exercise = found_pack, found_exercise
        session = service.start(found_pack, found_exercise, language)
        self.stdin = ScriptedInput()
        self.stdout = io.StringIO()
        self.runner = PlainRunner(session, language, self.stdin, self.stdout)
        self.result: int | BaseException | None = None
        self.thread = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        try:
            self.result = self.runner.run()
        except BaseException as exc:  # shown by the test
            self.result = exc
        finally:
            self.stdin.events.put("ended")

    def start(self) -> str:
        self.thread.start()
        return self.stdin.events.get(timeout=WAIT)

    def type(self, line: str | None) -> str:
        """Hand over one line; 'waiting' or 'ended' once the runner has dealt with it."""
        self.stdin.give(line)
        return self.stdin.events.get(timeout=WAIT)

    def on_disk(self) -> tuple[str | None, dict[str, Any]]:
        """The entry's status and answers as saved (no file yet: nothing saved)."""
        files = sorted(self.locations.entries_dir.glob("*.json"))
        if not files:
            return None, {}
        assert len(files) == 1, files
        saved = json.loads(files[0].read_text(encoding="utf-8"))
        return saved["status"], saved["answers"]
