"""Private files on disk: crash-safe writes, folder syncs, the folder rules, and clean-up.

The one neutral file layer: the diary, the pack cache, settings and exports all write through
here, so every file medarbeider writes is private and whole.

A file is written to a temp file beside it, flushed to disk, then renamed over the target, so
a reader sees the old file or the new one, never half of one. Temp names carry the writer's
pid, so clean-up can tell a crashed writer's leftovers from a live writer's work in progress.

Folders come in two kinds. The folder a person chose (``MEDARBEIDER_DATA_DIR``, or the
platform's default) is used only if it is a folder of this user that nobody else can write
to; otherwise medarbeider refuses it and says how to fix it, and never changes its mode (a
shared folder such as ``/tmp`` would lose its sticky bit and lock out every other user).
medarbeider's own folders inside it (``entries``, ``quarantine``, ``cache``, ``tmp``) are
created owner-only and tightened back to 0700 if they were opened up. Every failure is a
`StorageError`: what went wrong and what to do, in the person's language.
"""

from __future__ import annotations

import contextlib
import errno
import os
import re
import secrets
import stat
import time
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from medarbeider_tui.i18n import LocalizedError
from medarbeider_tui.paths import DATA_DIR_ENV

#: Folder and file modes: the answers are personal, so only the owner may read them.
PRIVATE_DIR_MODE = 0o700
PRIVATE_FILE_MODE = 0o600


#: A temp file this old is stale even if a process with its pid is alive (the pid was reused).
STALE_TEMP_SECONDS = 3600

_TEMP_RE = re.compile(r"\A\..+\.(?P<pid>[0-9]{1,10})\.[0-9a-f]{8}\.tmp\Z")
_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)
_CLOEXEC = getattr(os, "O_CLOEXEC", 0)
_BINARY = getattr(os, "O_BINARY", 0)


class StorageError(LocalizedError, OSError):
    """medarbeider cannot use a folder or file: why, and what to do, in the person's language.

    An `OSError` too, so code that catches those keeps working; ``errno`` is the system's error
    number where there was one. ``reason`` is stable, for callers that act on it:

    - ``no_space``: the disk (or the quota) is full; freeing space and retrying helps;
    - ``read_only``: the file system is read-only;
    - ``denied``: this user may not write (or read) there;
    - ``not_a_folder``: a file (or a broken link) sits where a folder should be; left as it is;
    - ``foreign_owner``: the folder belongs to another user;
    - ``shared``: other users can change the folder (group- or world-writable);
    - ``no_home``: the home folder the default location lies in does not exist;
    - ``failed``: any other system error (``code`` names it, e.g. ``EIO``).
    """

    def __init__(
        self,
        reason: str,
        path: Path,
        *,
        setting: str = DATA_DIR_ENV,
        errno: int | None = None,
        **values: object,
    ) -> None:
        LocalizedError.__init__(self, f"storage.{reason}", path=path, setting=setting, **values)
        self.reason = reason
        self.path = path
        self.setting = setting
        self.errno = errno

    @classmethod
    def from_os_error(
        cls, exc: OSError, path: Path, *, setting: str = DATA_DIR_ENV
    ) -> StorageError:
        """The `StorageError` (of this class) for a system error met while using ``path``."""
        if isinstance(exc, StorageError):
            return cls.like(exc)
        code = exc.errno
        reason = _REASONS.get(code, "failed") if code is not None else "failed"
        name = errno.errorcode.get(code, str(code)) if code is not None else type(exc).__name__
        return cls(reason, path, setting=setting, errno=code, code=name)

    @classmethod
    def like(cls, other: StorageError) -> StorageError:
        """``other`` as this class (e.g. the diary's own error), same reason and values."""
        if isinstance(other, cls):
            return other
        values = {k: v for k, v in other.message.values.items() if k not in ("path", "setting")}
        return cls(other.reason, other.path, setting=other.setting, errno=other.errno, **values)


_REASONS = {
    errno.ENOSPC: "no_space",
    getattr(errno, "EDQUOT", errno.ENOSPC): "no_space",
    errno.EROFS: "read_only",
    errno.EACCES: "denied",
    errno.EPERM: "denied",
    errno.ENOTDIR: "not_a_folder",
    errno.EEXIST: "not_a_folder",
}


def temp_name(target_name: str) -> str:
    """Hidden, not ``.json``, unique, and tagged with this process's pid."""
    return f".{target_name}.{os.getpid()}.{secrets.token_hex(4)}.tmp"


def write_private_file(folder: Path, name: str, data: bytes | Iterable[bytes]) -> None:
    """Replace ``folder/name`` with ``data`` atomically and durably, readable by the owner only.

    ``data`` may be given as chunks, written in order as they come (a large cache need not be
    held whole); if producing one raises, the file is left as it was, as for any failure.

    The temp file is created with mode 0600 from the start (and set exactly, whatever the
    umask), so the answers are never readable by others, not even for a moment. If anything
    fails (a full disk, a signal's exception) the temp file is removed and ``folder/name`` is
    as it was; only a failure to sync the folder after the rename leaves the new file in place
    (whole, but perhaps not yet durable), and that failure is raised too.

    Raises:
        OSError: the system refused a step; nothing half-written is left behind.
    """
    tmp = folder / temp_name(name)
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | _NOFOLLOW | _CLOEXEC | _BINARY
    fd = os.open(tmp, flags, PRIVATE_FILE_MODE)
    try:
        try:
            if os.name == "posix":
                os.fchmod(fd, PRIVATE_FILE_MODE)
            if isinstance(data, bytes | bytearray):
                _write_all(fd, data)
            else:
                for chunk in data:
                    _write_all(fd, chunk)
            os.fsync(fd)
        finally:
            os.close(fd)
        os.replace(tmp, folder / name)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
    fsync_dir(folder)


def _write_all(fd: int, data: bytes) -> None:
    """``os.write`` until every byte is written (a write may take only part of it)."""
    view = memoryview(data)
    while view:
        written = os.write(fd, view)
        view = view[written:]


#: What ``link`` says where a file system has no hard links (FAT, some network drives).
_NO_LINKS = {
    errno.EPERM,
    errno.ENOTSUP,
    errno.EOPNOTSUPP,
    errno.EXDEV,
    errno.ENOSYS,
    errno.EMLINK,
}


def create_private_file(path: Path, data: bytes) -> None:
    """Create ``path`` holding ``data``, whole or not at all, never over anything already there.

    The data goes to a hidden 0600 temp file beside it and is flushed to disk; the file then
    gets its name by a hard link, which fails if the name is taken (by a file, a link, a folder
    or a device) where a rename would replace it. The temp file is removed whatever happens, so
    a full disk leaves nothing behind. Where the file system has no hard links, the file is
    created exclusively and written in place instead, and removed again if writing fails.

    Raises:
        FileExistsError: something already has that name; it is left as it was.
        OSError: anything else (no space, no permission, no such folder …); nothing is left.
    """
    folder = path.parent
    tmp = folder / temp_name(path.name)
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | _NOFOLLOW | _CLOEXEC | _BINARY
    fd = os.open(tmp, flags, PRIVATE_FILE_MODE)
    try:
        _write_new_file(fd, data)
        try:
            os.link(tmp, path, follow_symlinks=False)
        except FileExistsError:
            raise
        except OSError as exc:
            if exc.errno not in _NO_LINKS:
                raise
            _create_in_place(path, data)
    finally:
        tmp.unlink(missing_ok=True)
    fsync_dir(folder)


def _write_new_file(fd: int, data: bytes) -> None:
    """Write, flush and sync ``data`` to the new file ``fd`` (closed afterwards), mode 0600."""
    with os.fdopen(fd, "wb") as handle:
        if os.name == "posix":
            os.fchmod(handle.fileno(), PRIVATE_FILE_MODE)
        handle.write(data)
        handle.flush()
        os.fsync(handle.fileno())


def _create_in_place(path: Path, data: bytes) -> None:
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | _NOFOLLOW | _CLOEXEC | _BINARY
    fd = os.open(path, flags, PRIVATE_FILE_MODE)
    try:
        _write_all(fd, data)
    except BaseException:
        path.unlink(missing_ok=True)
        raise


def fsync_dir(folder: Path) -> None:
    """Make a rename or unlink in ``folder`` survive a power cut (POSIX)."""
    if os.name != "posix":
        return  # folders cannot be opened on Windows; NTFS journals renames itself
    fd = os.open(folder, os.O_RDONLY | os.O_DIRECTORY)
    try:
        os.fsync(fd)
    except OSError as exc:
        if exc.errno != errno.EINVAL:  # EINVAL: this file system cannot sync folders
            raise
    finally:
        os.close(fd)


def sweep_stale_temps(folder: Path, now: float | None = None) -> list[Path]:
    """Remove temp files left by crashed writers; return what was removed.

    A temp file is stale when its writer's pid is gone, or when it is older than
    `STALE_TEMP_SECONDS`. A live writer's temp file is left alone.
    """
    clock = time.time() if now is None else now
    removed: list[Path] = []
    # Filter on the cheap suffix first: the folder may hold 100,000 entries and no temp file.
    for name in sorted(n for n in os.listdir(folder) if n.endswith(".tmp")):
        match = _TEMP_RE.match(name)
        if match is None:
            continue
        path = folder / name
        try:
            info = os.lstat(path)
            if not stat.S_ISREG(info.st_mode):
                continue
            if pid_alive(int(match["pid"])) and clock - info.st_mtime < STALE_TEMP_SECONDS:
                continue
            path.unlink()
        except FileNotFoundError:
            continue  # its writer finished (renamed it) after we listed the folder
        removed.append(path)
    return removed


def pid_alive(pid: int) -> bool:
    """Whether a process with this pid exists (on Windows: assume so, and rely on age)."""
    if os.name != "posix":
        return True  # os.kill(pid, 0) would terminate the process on Windows
    if pid <= 0 or pid >= 2**31:
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # it exists but belongs to another user
    return True


def ensure_private_dir(path: Path, *, setting: str = DATA_DIR_ENV) -> bool:
    """Make ``path``, one of medarbeider's own folders, exist with owner-only access.

    A missing folder is created 0700, and so are its missing parents (``mkdir(parents=True)``
    would give them the default mode). An existing one that belongs to this user and is open
    to others is tightened to 0700. Nothing else is ever changed: a folder of another user, or
    a file where the folder should be, is refused and left exactly as it is.

    Returns:
        True if an existing folder was open to others and has been tightened.

    Raises:
        StorageError: the folder cannot be made or used; the message says why and what to do.
    """
    try:
        _create_missing(path)
        info = os.stat(path)
    except OSError as exc:
        raise StorageError.from_os_error(exc, path, setting=setting) from exc
    _refuse_unusable(path, info, setting)
    if os.name != "posix" or not info.st_mode & 0o077:
        return False
    try:
        os.chmod(path, PRIVATE_DIR_MODE)
    except OSError as exc:
        raise StorageError.from_os_error(exc, path, setting=setting) from exc
    return True


def ensure_chosen_folder(
    path: Path,
    *,
    setting: str = DATA_DIR_ENV,
    home: Path | None = None,
    own_marker: str | None = None,
) -> bool:
    """Make sure ``path``, the folder a person chose for medarbeider (or the default), is usable.

    A missing folder is created 0700 (but never a missing ``home``: the default folders lie in
    the home folder, and a home that does not exist means there is no place for answers). An
    existing folder must be a folder of this user that nobody else can write to; otherwise it
    is refused, and its mode is never changed. It is tightened to 0700 only when it is
    recognisably medarbeider's own (it holds ``own_marker``, e.g. ``entries``) and others can
    read it.

    Returns:
        True if the folder was readable by others and has been tightened.

    Raises:
        StorageError: ``no_home``, ``not_a_folder``, ``foreign_owner``, ``shared``, or a system
            error while creating or checking the folder.
    """
    try:
        if (
            home is not None
            and not os.path.lexists(path)
            and _inside(path, home)
            and not os.path.isdir(home)
        ):
            raise StorageError("no_home", path, setting=setting, home=home)
        if _create_missing(path):
            return False
        info = os.stat(path)
    except OSError as exc:
        raise StorageError.from_os_error(exc, path, setting=setting) from exc
    _refuse_unusable(path, info, setting)
    if os.name != "posix":
        return False
    if info.st_mode & 0o022:
        raise StorageError("shared", path, setting=setting, mode=f"{stat.S_IMODE(info.st_mode):o}")
    if not info.st_mode & 0o077 or own_marker is None or not (path / own_marker).exists():
        return False
    try:
        os.chmod(path, PRIVATE_DIR_MODE)
    except OSError as exc:
        raise StorageError.from_os_error(exc, path, setting=setting) from exc
    return True


def _create_missing(path: Path) -> bool:
    """Create ``path`` and its missing parents, each exactly 0700; True if ``path`` was made."""
    missing = []
    for folder in (path, *path.parents):
        if os.path.lexists(folder):
            break
        missing.append(folder)
    for folder in reversed(missing):
        os.mkdir(folder, PRIVATE_DIR_MODE)
        if os.name == "posix":
            os.chmod(folder, PRIVATE_DIR_MODE)  # the umask may have taken bits away
    return bool(missing)


def _refuse_unusable(path: Path, info: os.stat_result, setting: str) -> None:
    if not stat.S_ISDIR(info.st_mode):
        raise StorageError("not_a_folder", path, setting=setting)
    if hasattr(os, "geteuid") and info.st_uid != os.geteuid():
        raise StorageError("foreign_owner", path, setting=setting, owner=_user_name(info.st_uid))


def _inside(path: Path, home: Path) -> bool:
    try:
        return path.absolute().is_relative_to(home.absolute())
    except (OSError, ValueError):
        return False


def _user_name(uid: int) -> str:
    """The login name of ``uid``, or the number when it has none."""
    try:
        import pwd

        return pwd.getpwuid(uid).pw_name
    except (ImportError, KeyError):
        return str(uid)


# --- editor scratch files ------------------------------------------------------------------

#: An editor opened for a text answer works on ``svar-<pid>-<hex>.md`` in the scratch folder;
#: ``svar-<8 characters>.md`` is the name older versions used (``tempfile.mkstemp``), and
#: ``….md.save`` what nano writes when it is killed with unsaved text.
_SCRATCH_RE = re.compile(
    r"\Asvar-(?:(?P<pid>[0-9]{1,10})-[0-9a-f]{8}|[A-Za-z0-9_]{8})\.md(?:\.save)?\Z"
)
#: A scratch file of a live process is still being edited, unless it is older than this
#: (the pid was reused): a person may well leave an editor open for hours.
STALE_SCRATCH_SECONDS = 24 * 3600
#: A scratch file larger than this is not offered back (no answer gets near it).
MAX_SCRATCH_BYTES = 5 * 1024 * 1024


@dataclass(frozen=True)
class ScratchText:
    """The text of an editor scratch file a crashed run left behind, to offer back."""

    path: Path
    text: str
    """As the editor left it, less its final newlines; undecodable bytes shown as U+FFFD."""
    modified: float
    """When the editor last wrote it (seconds since the epoch), to say when it was written."""
    identity: tuple[int, int, int]
    """(inode, size, mtime_ns) when found: `discard_scratch` removes only that version."""


def new_scratch_file(scratch_dir: Path, text: str) -> Path:
    """A new private (0600) scratch file holding ``text``, for an editor to work on.

    Named ``svar-<pid>-<hex>.md`` inside the private scratch folder (never /tmp), so that
    `find_scratch_texts` in another run can tell it is still being edited. The caller removes
    it when the editor is done (``path.unlink(missing_ok=True)``); if the run crashes first,
    the next start finds it.

    Raises:
        StorageError: the scratch folder cannot be made or written.
    """
    ensure_private_dir(scratch_dir)
    path = scratch_dir / f"svar-{os.getpid()}-{secrets.token_hex(4)}.md"
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | _NOFOLLOW | _CLOEXEC | _BINARY
    try:
        fd = os.open(path, flags, PRIVATE_FILE_MODE)
        try:
            if os.name == "posix":
                os.fchmod(fd, PRIVATE_FILE_MODE)
            _write_all(fd, (text + "\n" if text else "").encode("utf-8", "surrogatepass"))
        finally:
            os.close(fd)
    except OSError as exc:
        with contextlib.suppress(OSError):
            os.unlink(path)
        raise StorageError.from_os_error(exc, scratch_dir) from exc
    return path


def find_scratch_texts(scratch_dir: Path, now: float | None = None) -> list[ScratchText]:
    """Editor scratch files left by runs that crashed while an editor was open, oldest first.

    Nothing is removed: the interface offers each text back (a text of ``""`` has nothing to
    offer) and calls `discard_scratch` when the person has taken it or let it go. Files of a
    live run (its pid still running, written within `STALE_SCRATCH_SECONDS`), links, other
    users' files and files over `MAX_SCRATCH_BYTES` are left out. A missing or unreadable
    folder means there is nothing to offer.
    """
    clock = time.time() if now is None else now
    try:
        names = os.listdir(scratch_dir)
    except OSError:
        return []
    found: list[ScratchText] = []
    for name in names:
        match = _SCRATCH_RE.match(name)
        if match is None:
            continue
        path = scratch_dir / name
        try:
            leftover = _read_scratch(path)
        except OSError:
            continue  # gone meanwhile, or unreadable: nothing to offer
        if leftover is None:
            continue
        pid = match["pid"]
        if (
            pid is not None
            and pid != str(os.getpid())  # this run edits nothing yet: an older run's file
            and pid_alive(int(pid))
            and clock - leftover.modified < STALE_SCRATCH_SECONDS
        ):
            continue  # another run is editing it right now
        found.append(leftover)
    return sorted(found, key=lambda s: (s.modified, s.path.name))


def discard_scratch(leftover: ScratchText) -> bool:
    """Remove a scratch file found by `find_scratch_texts`, unless it changed since.

    Returns:
        True if it was removed (or was gone already); False if it changed and was kept.
    """
    try:
        info = os.lstat(leftover.path)
    except FileNotFoundError:
        return True
    except OSError:
        return False
    if (info.st_ino, info.st_size, info.st_mtime_ns) != leftover.identity:
        return False
    try:
        os.unlink(leftover.path)
    except FileNotFoundError:
        pass
    except OSError:
        return False
    return True


def _read_scratch(path: Path) -> ScratchText | None:
    """The scratch file at ``path``, or None unless it is this user's own regular file."""
    fd = os.open(path, os.O_RDONLY | _NOFOLLOW | getattr(os, "O_NONBLOCK", 0) | _CLOEXEC)
    try:
        info = os.fstat(fd)
        if (
            not stat.S_ISREG(info.st_mode)
            or info.st_size > MAX_SCRATCH_BYTES
            or (hasattr(os, "geteuid") and info.st_uid != os.geteuid())
        ):
            return None
        chunks: list[bytes] = []
        while chunk := os.read(fd, 1 << 16):
            chunks.append(chunk)
            if sum(map(len, chunks)) > MAX_SCRATCH_BYTES:
                return None
    finally:
        os.close(fd)
    text = b"".join(chunks).decode("utf-8", "replace").rstrip("\n")
    return ScratchText(path, text, info.st_mtime, (info.st_ino, info.st_size, info.st_mtime_ns))
