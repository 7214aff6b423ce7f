"""A save that fails in plain mode (a full disk) is said once, never claimed, and retried with
the next answer (issue 8, case 3 for plain mode)."""

from __future__ import annotations

import errno
import io
import os
from collections.abc import Callable
from typing import Any

import pytest

from medarbeider_tui.paths import Locations
from medarbeider_tui.plain.runner import PlainRunner
from medarbeider_tui.service import ReflectionService
from tests.conftest import TEST_PACK
from tests.plain.helpers import saved_entries


class FullDisk:
    """``os.fsync`` fails with ENOSPC for the next ``times`` calls."""

    def __init__(self, times: int) -> None:
        self.times = times
        self.real: Callable[[int], None] = os.fsync

    def __call__(self, fd: int) -> None:
        if self.times > 0:
            self.times -= 1
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        self.real(fd)


def walk_with(loc: Locations, keys: str, fault: FullDisk, monkeypatch: pytest.MonkeyPatch) -> Any:
    service = ReflectionService(loc, [TEST_PACK])
    [(pack, exercise)] = service.find_exercise("hall")
    session = service.start(pack, exercise, "nb")
    _ = service.store  # the folders exist before the disk fills
    monkeypatch.setattr(os, "fsync", fault)
    out = io.StringIO()
    code = PlainRunner(session, "nb", io.StringIO(keys), out).run()
    monkeypatch.setattr(os, "fsync", fault.real)
    return code, out.getvalue()


def test_a_full_disk_is_said_once_and_no_save_is_claimed(
    isolated_environment: Locations, monkeypatch: pytest.MonkeyPatch
) -> None:
    code, out = walk_with(isolated_environment, "\n4\n4\n", FullDisk(10_000), monkeypatch)
    assert code == 130
    assert out.count("Disken er full") == 2  # when it happened, and at the end
    assert "Svarene er ikke lagret:" in out
    assert "Utkastet er lagret" not in out
    assert saved_entries(isolated_environment) == []


def test_the_next_answer_saves_what_could_not_be_saved(
    isolated_environment: Locations, monkeypatch: pytest.MonkeyPatch
) -> None:
    code, out = walk_with(isolated_environment, "\n4\n3\n", FullDisk(1), monkeypatch)
    assert code == 130
    assert "Disken er full" in out
    assert "Nå er alt lagret igjen." in out
    assert "Utkastet er lagret." in out
    [entry] = saved_entries(isolated_environment)
    assert entry["answers"] == {"sb1": 4, "sb2": 3}
