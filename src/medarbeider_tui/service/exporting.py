"""Exports: choose entries, build one document (or one per entry), write it without harm.

The one way answers leave the private folder, and only when the person asks. A file is written
whole or not at all and never over anything (``fsio.create_private_file``); when writing fails,
the message says what is really wrong (a full disk, a folder, no permission) in the person's
language, and nothing is left behind.
"""

from __future__ import annotations

import contextlib
import dataclasses
import errno
import os
import stat
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from medarbeider_tui.diary import Entry, EntryNotFound, EntrySummary
from medarbeider_tui.diary.coach_notes import CoachNote
from medarbeider_tui.export.document import (
    ExportDocument,
    ExportedEntry,
    build_document,
    leave_out_private,
)
from medarbeider_tui.export.formats import FORMATS, Format
from medarbeider_tui.export.selection import Selection, select
from medarbeider_tui.fsio import PRIVATE_DIR_MODE, create_private_file, fsync_dir
from medarbeider_tui.i18n import LocalizedError, Translatable, format_date
from medarbeider_tui.report.model import Report


@dataclass(frozen=True)
class ExportRequest:
    """What the person asked for."""

    selection: Selection
    format: str = "markdown"
    language: str | None = None
    """Every entry in this language; None: each in its own (the language it was answered in)."""
    include_private: bool = False
    split: bool = False
    """One file per entry instead of one document."""
    include_coach_notes: bool = False
    """A coach's notes on each entry, in a section of their own (never unless asked)."""
    title: Translatable | None = None
    """The document's title when it holds several entries (e.g. «Dagens økt»); None: the
    usual «N oppføringer»."""


@dataclass(frozen=True)
class ExportFile:
    name: str
    """The name it would get in a folder (``--split``, or the suggestion in the interface)."""
    data: bytes


@dataclass(frozen=True)
class Export:
    """The files of an export, ready to write; how many entries and left-out answers."""

    files: list[ExportFile]
    entries: int
    left_out: int
    """Private answers left out (0 when they were asked for)."""


class Day:
    """A calendar day for a message, written as the reader's language writes dates."""

    __slots__ = ("day",)

    def __init__(self, day: date) -> None:
        self.day = day

    def render(self, language: str) -> str:
        return format_date(self.day, language)


def take_home_title(day: date) -> Translatable:
    """«Dagens økt, 27.11.2026»: the title of the take-home summary of ``day``."""
    return Translatable("export.take_home.title", date=Day(day))


class ExportWriteError(LocalizedError):
    """Writing an export failed; the message names the real reason. Nothing was left behind."""


class NoExportableEntries(LocalizedError):
    def __init__(self) -> None:
        super().__init__("export.nothing_left")


Loader = Callable[[str], Entry]
Reporter = Callable[[Entry, str], Report | None]


def make_export(
    summaries: list[EntrySummary],
    request: ExportRequest,
    load: Loader,
    report: Reporter,
    exercise_order: list[tuple[str, str]],
    interface_language: str,
    notice: Callable[[Translatable], None],
    coach_notes: Callable[[str], list[CoachNote]] | None = None,
) -> Export:
    """The export ``request`` asks for, from the diary's ``summaries``.

    ``report(entry, language)`` builds an entry's document (None when its pack is gone: such an
    entry is left out of every format but JSON, with a notice). Entries that could not be read
    any more are left out too (the diary has said why). ``coach_notes(entry_id)`` gives an
    entry's coach notes when the request asks for them.

    Raises:
        NothingChosen, NoSuchEntry, NothingMatches: from the selection.
        NoExportableEntries: nothing that was chosen can be shown in this format.
    """
    fmt = FORMATS[request.format]
    chosen = select(summaries, request.selection)
    items: list[ExportedEntry] = []
    left_out = 0
    for summary in chosen:
        try:
            entry = load(summary.id)
        except EntryNotFound:
            continue
        built = report(entry, request.language or entry.language)
        if built is None and fmt.needs_pack:
            notice(Translatable("export.skipped_no_pack", id=entry.id, pack=entry.pack.id))
            continue
        if request.include_private:
            item, hidden = ExportedEntry(entry, built), 0
        else:
            item, hidden = leave_out_private(entry, built)
        if request.include_coach_notes and coach_notes is not None:
            item = dataclasses.replace(item, coach_notes=coach_notes(entry.id))
        items.append(item)
        left_out += hidden
    if not items:
        raise NoExportableEntries()
    languages = {item.entry.language for item in items}
    language = request.language or (languages.pop() if len(languages) == 1 else interface_language)
    notes, title = request.include_coach_notes, request.title
    shown_title = title.render(language) if title is not None else None

    def document(chosen: list[ExportedEntry], hidden: int = 0) -> ExportDocument:
        built = build_document(chosen, language, exercise_order, hidden, with_coach_notes=notes)
        return dataclasses.replace(built, title=shown_title)

    if request.split:
        files = [
            ExportFile(_entry_file_name(item, fmt), fmt.encode(document([item]))) for item in items
        ]
    else:
        files = [ExportFile(_document_file_name(items, fmt), fmt.encode(document(items, left_out)))]
    return Export(files, len(items), left_out)


def _day(item: ExportedEntry) -> str:
    return datetime.fromisoformat(item.moment).strftime("%Y-%m-%d")


def _entry_file_name(item: ExportedEntry, fmt: Format) -> str:
    return f"{item.entry.exercise}-{item.entry.id}.{fmt.extension}"


def _document_file_name(items: list[ExportedEntry], fmt: Format) -> str:
    """«medarbeider-hall-kvadranten-2026-11-27.md»: the exercise (if one) and the last day."""
    exercises = {item.entry.exercise for item in items}
    latest = max(items, key=lambda item: item.moment)
    middle = f"{exercises.pop()}-" if len(exercises) == 1 else ""
    return f"medarbeider-{middle}{_day(latest)}.{fmt.extension}"


# --- writing -----------------------------------------------------------------------------------


def write_new_file(target: Path, data: bytes) -> Path:
    """Write ``data`` to a new private file ``target``; never over anything.

    Raises:
        ExportWriteError: the name is taken (by a file, a folder, a device), or the disk is
            full, the folder missing, read-only or not writable …; nothing was left behind.
    """
    _must_be_free(target)
    try:
        create_private_file(target, data)
    except FileExistsError:
        _must_be_free(target)  # taken meanwhile: say by what
        raise ExportWriteError("diary.export_exists", path=target) from None
    except OSError as exc:
        raise _write_error(exc, target) from None
    return target


def write_files_into(folder: Path, files: list[ExportFile]) -> list[Path]:
    """Each file into ``folder`` (created 0700 if missing; an existing folder is left as it
    is). Every name is checked first, and a failure removes what this call wrote.

    Raises:
        ExportWriteError: as `write_new_file`, or ``folder`` is not a folder.
    """
    made = False
    try:
        info = os.stat(folder)
    except FileNotFoundError:
        try:
            os.mkdir(folder, PRIVATE_DIR_MODE)
        except OSError as exc:
            raise _write_error(exc, folder) from None
        made = True
    except OSError as exc:
        raise _write_error(exc, folder) from None
    else:
        if not stat.S_ISDIR(info.st_mode):
            raise ExportWriteError("export.error.not_a_folder", folder=folder)
    targets = [folder / f.name for f in files]
    written: list[Path] = []
    try:
        for target in targets:
            _must_be_free(target)
        for file, target in zip(files, targets, strict=True):
            written.append(write_new_file(target, file.data))
    except BaseException:
        for path in written:
            path.unlink(missing_ok=True)
        if made:
            with contextlib.suppress(OSError):  # someone else put something there meanwhile
                os.rmdir(folder)
        elif written:
            fsync_dir(folder)
        raise
    return written


def _must_be_free(target: Path) -> None:
    """Say what is in the way, if anything has the name ``target``."""
    try:
        info = os.lstat(target)
    except FileNotFoundError:
        return
    except OSError as exc:
        raise _write_error(exc, target) from None
    if stat.S_ISDIR(info.st_mode):
        raise ExportWriteError("export.error.folder", path=target, example=target / "svar.md")
    if not stat.S_ISREG(info.st_mode):
        raise ExportWriteError("export.error.not_a_file", path=target)
    raise ExportWriteError("diary.export_exists", path=target)


def _write_error(exc: OSError, target: Path) -> ExportWriteError:
    folder = target.parent
    code = exc.errno
    if code in (errno.ENOSPC, errno.EDQUOT):
        return ExportWriteError("export.error.no_space", path=target)
    if code == errno.EROFS:
        return ExportWriteError("export.error.read_only", folder=folder)
    if code in (errno.EACCES, errno.EPERM):
        return ExportWriteError("export.error.no_permission", folder=folder)
    if code == errno.ENOENT:
        return ExportWriteError("export.error.no_folder", folder=folder)
    if code == errno.ENOTDIR:
        return ExportWriteError("export.error.not_a_folder", folder=folder)
    if code == errno.ENAMETOOLONG:
        return ExportWriteError("export.error.name_too_long", path=target)
    if code == errno.EISDIR:
        return ExportWriteError("export.error.folder", path=target, example=target / "svar.md")
    return ExportWriteError("export.error.other", path=target, reason=exc.strerror or str(exc))
