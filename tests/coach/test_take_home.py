"""Item 4: the take-home summary: the entries of today's session for this profile, as one
document in each entry's own language, from the service and from `diary export --today`."""

from __future__ import annotations

import json
from datetime import date, datetime, timedelta

import pytest

from medarbeider_tui.export.selection import Selection
from medarbeider_tui.i18n import LocalizedError, format_date
from medarbeider_tui.service import ExportRequest, ReflectionService
from tests.cli.test_cli import run

from .conftest import PLAN, complete


@pytest.fixture
def session(service: ReflectionService) -> dict[str, str]:
    """Kari's session today (one entry in nb, one in en), one of hers from yesterday, and
    Ola's entry today."""
    now = datetime.now().astimezone().replace(hour=12, minute=0, second=0, microsecond=0)
    service.profiles.create("Kari")
    service.profiles.create("Ola")
    kari, ola = service.for_profile("Kari"), service.for_profile("Ola")
    return {
        "hall": complete(kari, when=now - timedelta(minutes=50)).id,
        "plan": complete(kari, "lederferdigheter", PLAN, when=now, language="en").id,
        "yesterday": complete(kari, when=now - timedelta(days=1)).id,
        "ola": complete(ola, when=now).id,
    }


def test_today_for_this_profile_as_one_document(
    service: ReflectionService, session: dict[str, str]
) -> None:
    kari = service.for_profile("Kari")
    exported = kari.take_home("nb")
    [file] = exported.files
    text = file.data.decode("utf-8")
    assert exported.entries == 2
    assert text.startswith(f"# Dagens økt, {format_date(date.today(), 'nb')}\n")
    assert "## Hall-kvadranten" in text and "#### Resultat" in text  # Hall in bokmål
    assert "#### Result\n" in text and "Development area 1" in text  # the plan in English
    data = json.loads(kari.take_home("nb", ExportRequest(Selection(), "json")).files[0].data)
    assert sorted(e["id"] for e in data) == sorted([session["hall"], session["plan"]])
    assert file.name.endswith(f"{date.today():%Y-%m-%d}.md")


def test_the_take_home_can_bring_the_coach_notes_and_private_answers(
    service: ReflectionService, session: dict[str, str]
) -> None:
    kari = service.for_profile("Kari")
    kari.add_coach_note(session["hall"], "Fin økt.")
    plain = kari.take_home("nb").files[0].data.decode()
    assert "Fin økt." not in plain
    request = ExportRequest(Selection(), "html", include_coach_notes=True)
    html = kari.take_home("nb", request).files[0].data.decode()
    assert "Fin økt." in html and "Coachens notater" in html
    assert "<title>Dagens økt" in html


def test_nothing_today_is_said_calmly(service: ReflectionService, session: dict[str, str]) -> None:
    with pytest.raises(LocalizedError) as nothing:
        service.take_home("en")  # the default profile did nothing today
    assert nothing.value.render("en").startswith("No entries in this profile were completed today")
    ola = service.for_profile("Ola")
    with pytest.raises(LocalizedError):
        ola.take_home("nb", today=date.today() + timedelta(days=1))
    assert ola.take_home("nb").entries == 1


def test_diary_export_today(capsys: pytest.CaptureFixture[str], session: dict[str, str]) -> None:
    code, out, _ = run(
        capsys, "diary", "export", "--today", "--profile", "kari", "--format", "json"
    )
    assert code == 0
    assert sorted(e["id"] for e in json.loads(out)) == sorted([session["hall"], session["plan"]])
    code, out, _ = run(
        capsys, "diary", "export", "--today", "--profile", "kari", "--exercise", "hall-kvadranten"
    )
    assert code == 0 and out.startswith("# Dagens økt") and "lederferdigheter" not in out.lower()
    code, out, err = run(capsys, "diary", "export", "--today", "--lang", "nb")
    assert code == 1 and "Ingen oppføringer i denne profilen er fullført i dag" in err
