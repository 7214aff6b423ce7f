"""Broken machines, as the command line meets them: one clear message, exit 1, no traceback
(issue 9, item 4).

Each case runs ``medarbeider`` as its own process, the way a person's shell does, and reads the
raw bytes it wrote: a full standard output (``> /dev/full``), a reader that goes away (``| head``),
a closed standard output, a data path that is a file, a home folder that does not exist, a
shared folder, input that is not UTF-8 under a strict locale, and an output encoding that
cannot hold «ø». The faults that need root (a read-only disk, a full disk, another user's
folder) are in ``tests/reliability/test_cli_storage_faults.py``.
"""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from medarbeider_tui.paths import Locations
from tests.cli.test_cli import WORKED_EXAMPLE
from tests.conftest import TEST_PACK
from tests.hostile import assert_clean, run_cli, unsafe_in

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX devices and file descriptors")

PACK = ["--pack", str(TEST_PACK)]
FULL = {
    "nb": "det er ikke mer plass der. Ingenting er halvveis lagret.",
    "en": "there is no space left there. Nothing was left half-written.",
}
#: What Python prints when it fails to flush at exit (and then exits with 120).
EXIT_FLUSH = b"Exception ignored"


def cli(
    *args: str | Path,
    stdout: int | None = subprocess.PIPE,
    env: dict[str, str] | None = None,
    stdin: bytes = b"",
    **options: object,
) -> subprocess.CompletedProcess[bytes]:
    """Like `run_cli`, but standard output may go elsewhere (a device, a closed pipe)."""
    return subprocess.run(
        [sys.executable, "-m", "medarbeider_tui", *map(str, args)],
        input=stdin,
        stdout=stdout,
        stderr=subprocess.PIPE,
        env={**os.environ, **(env or {})},
        timeout=120,
        check=False,
        **options,  # type: ignore[arg-type]
    )


def one_message(done: subprocess.CompletedProcess[bytes], expected: str) -> str:
    """Exit 1, and exactly one message on stderr, holding ``expected``: nothing else."""
    err = done.stderr.decode("utf-8")
    assert done.returncode == 1, err
    assert "Traceback" not in err and EXIT_FLUSH.decode() not in err, err
    assert expected in err, err
    assert err.count("\n") == 1 and err.endswith("\n"), err
    assert unsafe_in(done.stderr) == []
    return err


@pytest.fixture
def answers(tmp_path: Path) -> Path:
    path = tmp_path / "answers.yaml"
    path.write_text(WORKED_EXAMPLE, encoding="utf-8")
    return path


@pytest.fixture
def saved(answers: Path, isolated_environment: Locations) -> str:
    """One complete entry in the diary; its id."""
    assert run_cli("run", "hall", *PACK, "--answers", answers).returncode == 0
    [path] = isolated_environment.entries_dir.glob("*.json")
    return path.stem


def entry_files(locations: Locations) -> list[Path]:
    return sorted(locations.entries_dir.glob("*")) if locations.entries_dir.exists() else []


# --- standard output ----------------------------------------------------------------------


COMMANDS = {
    "where": ["where"],
    "packs list": ["packs", "list", *PACK],
    "packs validate": ["packs", "validate", str(TEST_PACK)],
    "packs schema": ["packs", "schema"],
    "diary list": ["diary", "list", *PACK],
    "diary show": ["diary", "show", "{id}", *PACK],
    "diary show --json": ["diary", "show", "{id}", "--json"],
    "--help": ["--help"],
    "run --help": ["run", "--help"],
}


@pytest.mark.slow
@pytest.mark.parametrize("language", ["nb", "en"])
@pytest.mark.parametrize("command", COMMANDS)
def test_a_full_standard_output_is_one_message(saved: str, command: str, language: str) -> None:
    """``medarbeider … > /dev/full``: told once, in the person's language; exit 1, not 120."""
    args = [word.replace("{id}", saved) for word in COMMANDS[command]]
    with open("/dev/full", "wb") as full:
        done = cli(*args, "--lang", language, stdout=full.fileno())
    one_message(done, FULL[language])


def test_version_to_a_full_standard_output(saved: str) -> None:
    with open("/dev/full", "wb") as full:
        done = cli("--version", stdout=full.fileno(), env={"MEDARBEIDER_LANG": "en"})
    one_message(done, FULL["en"])


def test_run_answers_to_a_full_standard_output_saves_the_entry_whole(
    answers: Path, isolated_environment: Locations
) -> None:
    with open("/dev/full", "wb") as full:
        done = cli("run", "hall", *PACK, "--answers", answers, stdout=full.fileno())
    one_message(done, FULL["nb"])
    [entry] = [p for p in entry_files(isolated_environment) if p.suffix == ".json"]
    data = json.loads(entry.read_bytes())
    assert data["status"] == "complete" and data["answers"]["sb6"] == 2
    assert [p.name for p in entry_files(isolated_environment) if p.name.endswith(".tmp")] == []


def test_a_reader_that_goes_away_is_no_news(saved: str) -> None:
    """``medarbeider diary list | head -0``: a closed pipe (EPIPE) is said by the exit code
    only, as Python's own documentation recommends; no message, no traceback."""
    read, write = os.pipe()
    os.close(read)
    try:
        done = cli("diary", "list", *PACK, stdout=write)
    finally:
        os.close(write)
    assert done.returncode == 1
    assert done.stderr == b""


@pytest.mark.slow
@pytest.mark.parametrize("command", ["where", "diary list"])
def test_a_closed_standard_output(saved: str, command: str) -> None:
    """``medarbeider where >&-``: Python starts without a stdout; said, not silently lost."""
    done = cli(
        *COMMANDS[command],
        "--lang",
        "en",
        stdout=None,
        preexec_fn=lambda: os.close(1),
    )
    one_message(done, "cannot write to standard output: it is closed")


def test_standard_error_full_as_well(tmp_path: Path) -> None:
    """Both streams full, and a data folder that cannot be used: nowhere to say it, so the
    exit code says it (1), and nothing is printed about not being able to print."""
    bad = tmp_path / "a-file"
    bad.write_text("x", encoding="utf-8")
    with open("/dev/full", "wb") as full:
        done = subprocess.run(
            [sys.executable, "-m", "medarbeider_tui", "diary", "list"],
            stdout=full.fileno(),
            stderr=full.fileno(),
            env={**os.environ, "MEDARBEIDER_DATA_DIR": str(bad)},
            timeout=120,
            check=False,
        )
    assert done.returncode == 1


# --- the data folder ----------------------------------------------------------------------


@pytest.mark.slow
@pytest.mark.parametrize("language", ["nb", "en"])
@pytest.mark.parametrize(
    "args",
    [["diary", "list"], ["run", "hall", *PACK, "--answers", "{answers}"], ["diary", "show", "x"]],
    ids=["diary list", "run --answers", "diary show"],
)
def test_a_data_path_that_is_a_file(
    tmp_path: Path, answers: Path, language: str, args: list[str]
) -> None:
    data = tmp_path / "data-is-a-file"
    data.write_bytes(b"my own notes\n")
    os.chmod(data, 0o640)
    before = data.stat()
    argv = [word.replace("{answers}", str(answers)) for word in args]
    done = run_cli(*argv, "--lang", language, env={"MEDARBEIDER_DATA_DIR": str(data)})
    expected = {"nb": "men der (eller på veien dit) ligger det en fil", "en": "there is a file"}
    err = one_message(done, expected[language])
    assert str(data) in err
    after = data.stat()
    assert (after.st_mode, after.st_mtime_ns, data.read_bytes()) == (
        before.st_mode,
        before.st_mtime_ns,
        b"my own notes\n",
    )


@pytest.fixture
def missing_home(tmp_path: Path) -> dict[str, str]:
    """No data or config folder set, and a HOME that does not exist (``HOME=/nonexistent``)."""
    home = tmp_path / "nonexistent"
    env = dict(os.environ)
    for name in ("MEDARBEIDER_DATA_DIR", "MEDARBEIDER_CONFIG_DIR", "XDG_DATA_HOME"):
        env.pop(name, None)
    return {**env, "HOME": str(home)}


@pytest.mark.slow
@pytest.mark.parametrize("language", ["nb", "en"])
def test_a_home_folder_that_does_not_exist(
    missing_home: dict[str, str], answers: Path, language: str
) -> None:
    home = Path(missing_home["HOME"])
    expected = {"nb": f"Hjemmemappen {home} finnes ikke", "en": f"The home folder {home} does"}
    for args in (["diary", "list"], ["run", "hall", *PACK, "--answers", str(answers)]):
        done = subprocess.run(
            [sys.executable, "-m", "medarbeider_tui", *args, "--lang", language],
            capture_output=True,
            env=missing_home,
            timeout=120,
            check=False,
        )
        one_message(done, expected[language])
    for args in (["where"], ["packs", "list", *PACK]):  # these need no diary: they work
        done = subprocess.run(
            [sys.executable, "-m", "medarbeider_tui", *args],
            capture_output=True,
            env=missing_home,
            timeout=120,
            check=False,
        )
        assert done.returncode == 0 and done.stderr == b"", done.stderr
    assert not home.exists(), "medarbeider never creates a home folder (not even for a cache)"


def test_a_shared_folder_is_refused_and_left_as_it_was(tmp_path: Path) -> None:
    shared = tmp_path / "shared"
    shared.mkdir()
    os.chmod(shared, 0o1777)
    done = run_cli("diary", "list", "--lang", "en", env={"MEDARBEIDER_DATA_DIR": str(shared)})
    one_message(done, "Other users can change what is in the folder")
    assert stat.S_IMODE(shared.stat().st_mode) == 0o1777
    assert list(shared.iterdir()) == []


# --- input that is not UTF-8, output that cannot hold every letter ------------------------

#: A UTF-8 locale such as nb_NO.UTF-8 makes Python decode standard input strictly; this is the
#: same, without depending on which locales the machine has.
STRICT = {"PYTHONIOENCODING": "utf-8:strict"}


@pytest.mark.slow
@pytest.mark.parametrize(
    "env", [STRICT, {"LC_ALL": "C"}, {"LC_ALL": "C.UTF-8"}], ids=["strict", "C", "C.UTF-8"]
)
def test_a_latin1_answer_to_the_delete_question(saved: str, env: dict[str, str]) -> None:
    """«æ» from a Latin-1 terminal is not yes: nothing deleted, and no UnicodeDecodeError."""
    done = run_cli("diary", "delete", saved, "--lang", "en", stdin=b"\xe6\n", env=env)
    assert done.returncode == 1
    assert_clean(done)
    assert b"Nothing was deleted." in done.stdout
    yes = run_cli("diary", "delete", saved, "--lang", "en", stdin=b"ja\n", env=env)
    assert yes.returncode == 0 and f"Deleted {saved}.".encode() in yes.stdout


PLAIN_WALK = (
    b"\n"  # the intro
    + b"4\n4\n3\n5\n4\n2\n"
    + b"2\n3\n2\n3\n2\n4\n"
    + b"bl\xe5b\xe6r og s\xf8t\n.\n"  # «blåbær og søt», typed in a Latin-1 terminal
    + b"\n"
)


@pytest.mark.slow
@pytest.mark.parametrize("env", [STRICT, {"LC_ALL": "C"}], ids=["strict", "C"])
def test_a_latin1_answer_in_plain_mode_is_kept_and_stored_as_valid_json(
    isolated_environment: Locations, env: dict[str, str]
) -> None:
    done = run_cli("run", "hall", *PACK, "--plain", "--new", stdin=PLAIN_WALK, env=env)
    assert done.returncode == 0, done.stderr.decode()
    assert_clean(done)
    [path] = isolated_environment.entries_dir.glob("*.json")
    raw = path.read_bytes()
    raw.decode("ascii")  # lone surrogates are kept as \udcXX escapes: plain ASCII JSON
    stored = json.loads(raw)
    typed = "bl\udce5b\udce6r og s\udcf8t"
    assert stored["answers"]["notat"] == typed, "kept exactly as typed (bytes recoverable)"
    assert os.fsencode(typed) == b"bl\xe5b\xe6r og s\xf8t"

    shown = run_cli("diary", "show", path.stem, *PACK, env=env)
    assert shown.returncode == 0
    assert_clean(shown)
    assert "bl\ufffdb\ufffdr og s\ufffdt" in shown.stdout.decode("utf-8")
    as_json = run_cli("diary", "show", path.stem, "--json", env=env)
    assert_clean(as_json)
    assert json.loads(as_json.stdout) == stored


@pytest.mark.parametrize("command", ["where", "--help", "diary list", "packs list"])
def test_an_output_encoding_without_norwegian_letters(command: str) -> None:
    """``PYTHONIOENCODING=ascii`` (or an old 7-bit terminal): «ø» becomes «?», not a crash."""
    args = ["--help"] if command == "--help" else COMMANDS[command]
    done = run_cli(*args, env={"PYTHONIOENCODING": "ascii:strict"})
    assert done.returncode == 0, done.stderr.decode()
    assert_clean(done)
    done.stdout.decode("ascii")
    assert b"?" in done.stdout
