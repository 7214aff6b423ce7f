"""The pack `medarbeider packs new` writes, on disk for a test, and answers that complete it."""

from __future__ import annotations

from pathlib import Path

from medarbeider_tui.content.template_pack import template_files

#: Answers to every step of the new pack's exercise, as an answers file holds them.
ANSWERS_YAML = """\
glede: 4
mestring: 5
verktoy: 1
paavirke: 6
bestemme: 5
viktigst: faget
timer: "7,5"
oppgaver: [Rapport, E-post, Møte]
rekkefolge: [E-post, Rapport, Møte]
matrise: {Rapport: gjor, E-post: planlegg, Møte: dropp}
refleksjon: Fordi den haster mest.
plan: {neste: {what: Rydde innboksen, how: Hver fredag, review: 2027-01-15}}
"""

#: The same walk in plain mode (nb): one line per prompt.
PLAIN_KEYS = "\n".join(
    [
        "",  # the info page
        "4",
        "5",
        "1",
        "6",
        "5",
        "2",  # Faget: the step «Noe annet» stays hidden
        "7,5",
        "Rapport",
        "E-post",
        "Møte",
        "",  # end of the list
        "2 1 3",  # E-post, Rapport, Møte
        "1",
        "2",
        "4",
        "",  # the result
        "Fordi den haster mest.",
        ".",
        "Rydde innboksen",
        "Hver fredag",
        "15.01.2027",
        "",
    ]
)


def new_pack(folder: Path, pack_id: str = "min-pakke") -> Path:
    """The files of ``packs new pack_id`` in ``folder/pack_id``."""
    root = folder / pack_id
    for name, data in template_files(pack_id).items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_bytes(data)
    return root
