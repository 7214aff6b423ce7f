"""Piped key sequences for every built-in exercise, and the entries they gave before plain mode
was rebuilt (captured on commit 499ce8c): scripts that pipe answers must keep getting the same.

``{review}`` stands for a review date two months ahead, ``{review_iso}`` for the same date as
stored (a fixed date would turn into a past date, which is refused now).
"""

from __future__ import annotations

from typing import Any

REVIEW = "{review}"

WALKS: dict[str, str] = {
    "hall-kvadranten": "\n\n4\n4\n?\n3\n<\n3\n5\n4\n2\n2\n3\n2\n3\n2\n4\n"
    + "Første linje\n\nTredje linje\n.\n",
    "lederferdigheter": "\n"
    + "3\n4\n2\n5\n\n3\n4\n4\n2\n3\n5\n1\n4\n3\n"
    + "1\nØve hver uke\n"
    + REVIEW
    + "\nEget mål\nKurs\n\n"
    + "1\nDele mer\n\n",
    "medarbeiderskap": "\n\n"
    + "4\n3\n5\n2\n3\n4\n5\n\n1\n"
    + "\n"
    + "Noe å tenke på\nog en linje til\n.\n",
    "prestasjonsdrivere": "\n\n" + "3\n4\n2\n5\n4\n4\n1\n2\n3\n3\n5\n4\n" + "\n",
    "prioritering": "\n"
    + "Mail\nMøte\nRapport\n\n"
    + "3\n1\n2\n"
    + "Slutte med mail om kvelden\n.\n"
    + "\n"
    + "Mer planlegging\nhver fredag\n.\n"
    + "\n"
    + "Avklare rollen\n.\n",
    "selvledelse": "\n" + "1 3 5\n" + "2\n" + "Oppsummert\n.\n" + "\n" + "Hjelp fra leder\n.\n",
    "tre-sporsmal": "\n" + "En som lytter\n.\n" + "\n" + "Lære mer\nom ledelse\n.\n",
}

EXPECTED: dict[str, dict[str, Any]] = {
    "hall-kvadranten": {
        "status": "complete",
        "answers": {
            "sb1": 4,
            "sb2": 4,
            "sb3": 3,
            "sb4": 5,
            "sb5": 4,
            "sb6": 2,
            "od1": 2,
            "od2": 3,
            "od3": 2,
            "od4": 3,
            "od5": 2,
            "od6": 4,
            "egen-refleksjon": "Første linje\n\nTredje linje",
        },
    },
    "lederferdigheter": {
        "status": "complete",
        "answers": {
            "lf1": 3,
            "lf2": 4,
            "lf3": 2,
            "lf4": 5,
            "lf6": 3,
            "lf7": 4,
            "lf8": 4,
            "lf9": 2,
            "lf10": 3,
            "lf11": 5,
            "lf12": 1,
            "lf13": 4,
            "lf14": 3,
            "plan-utvikling": {
                "utvikling-1": {
                    "what": "Jeg dyrker arbeidsplassen som en arena for hverdagslæring",
                    "how": "Øve hver uke",
                    "review": "{review_iso}",
                },
                "utvikling-2": {"what": "Eget mål", "how": "Kurs", "review": None},
            },
            "plan-styrker": {
                "styrke-1": {
                    "what": "Jeg gir tydelig oppgaveansvar og delegerer myndighet",
                    "how": "Dele mer",
                    "review": None,
                }
            },
        },
    },
    "medarbeiderskap": {
        "status": "complete",
        "answers": {
            "sl1": 4,
            "sl2": 3,
            "sl3": 5,
            "ml1": 2,
            "ml2": 3,
            "ml3": 4,
            "mdl1": 5,
            "mdl3": 1,
            "refleksjon": "Noe å tenke på\nog en linje til",
        },
    },
    "prestasjonsdrivere": {
        "status": "complete",
        "answers": {
            "ls1": 3,
            "ls2": 4,
            "ks1": 2,
            "ks2": 5,
            "id1": 4,
            "id2": 4,
            "tu1": 1,
            "tu2": 2,
            "mr1": 3,
            "mr2": 3,
            "ja1": 5,
            "ja2": 4,
        },
    },
    "prioritering": {
        "status": "complete",
        "answers": {
            "oppgaver": ["Mail", "Møte", "Rapport"],
            "matrise": [
                {"item": "Mail", "cell": "q3"},
                {"item": "Møte", "cell": "q1"},
                {"item": "Rapport", "cell": "q2"},
            ],
            "slutte": "Slutte med mail om kvelden",
            "mer": "Mer planlegging\nhver fredag",
            "avklare": "Avklare rollen",
        },
    },
    "selvledelse": {
        "status": "complete",
        "answers": {
            "styrker": ["initiativ", "prioritere", "avstemme"],
            "krevende": ["mal-og-plan"],
            "oppsummering": "Oppsummert",
            "hjelp": "Hjelp fra leder",
        },
    },
    "tre-sporsmal": {
        "status": "complete",
        "answers": {"hvem-er-du": "En som lytter", "hva-vil-du": "Lære mer\nom ledelse"},
    },
}
