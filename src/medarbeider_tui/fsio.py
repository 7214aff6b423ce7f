"""Private files on disk: crash-safe writes, folder syncs, the permission rules, and clean-up.

The one neutral file layer: the diary, the pack cache, settings and exports all write through
here, so every file medarbeider writes is private and whole.


A file is written to a temp file beside it, flushed to disk, then renamed over the target, so
a reader sees the old file or the new one, never half of one. Temp names carry the writer's
pid, so clean-up can tell a crashed writer's leftovers from a live writer's work in progress.
"""

from __future__ import annotations

import errno
import os
import re
import secrets
import stat
import time
from pathlib import Path

#: Folder and file modes: the answers are personal, so only the owner may read them.
PRIVATE_DIR_MODE = 0o700
PRIVATE_FILE_MODE = 0o600


#: A temp file this old is stale even if a process with its pid is alive (the pid was reused).
STALE_TEMP_SECONDS = 3600

_TEMP_RE = re.compile(r"\A\..+\.(?P<pid>[0-9]{1,10})\.[0-9a-f]{8}\.tmp\Z")
_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)
_CLOEXEC = getattr(os, "O_CLOEXEC", 0)
_BINARY = getattr(os, "O_BINARY", 0)


def temp_name(target_name: str) -> str:
    """Hidden, not ``.json``, unique, and tagged with this process's pid."""
    return f".{target_name}.{os.getpid()}.{secrets.token_hex(4)}.tmp"


def write_private_file(folder: Path, name: str, data: bytes) -> None:
    """Replace ``folder/name`` with ``data`` atomically and durably, readable by the owner only.

    The temp file is created with mode 0600 from the start (and set exactly, whatever the
    umask), so the answers are never readable by others, not even for a moment.
    """
    tmp = folder / temp_name(name)
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | _NOFOLLOW | _CLOEXEC | _BINARY
    fd = os.open(tmp, flags, PRIVATE_FILE_MODE)
    try:
        with os.fdopen(fd, "wb") as handle:
            if os.name == "posix":
                os.fchmod(handle.fileno(), PRIVATE_FILE_MODE)
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, folder / name)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    fsync_dir(folder)


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
        _write_all(fd, data)
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


def _write_all(fd: int, data: bytes) -> None:
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


def ensure_private_dir(path: Path) -> None:
    """Create ``path`` with owner-only access; tighten it if it already exists.

    Missing parents are created owner-only too (``mkdir(parents=True)`` would give them the
    default mode), so making ``data/cache`` first never leaves ``data`` open to others.
    """
    missing = []
    for folder in (path, *path.parents):
        if folder.exists():
            break
        missing.append(folder)
    for folder in reversed(missing):
        folder.mkdir(mode=PRIVATE_DIR_MODE, exist_ok=True)
    if os.name == "posix" and (path.stat().st_mode & 0o777) != PRIVATE_DIR_MODE:
        os.chmod(path, PRIVATE_DIR_MODE)


def is_too_open(path: Path) -> bool:
    """True if group or others can reach ``path`` (POSIX only)."""
    if os.name != "posix" or not path.exists():
        return False
    return bool(path.stat().st_mode & 0o077)
