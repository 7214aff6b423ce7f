"""What answer checks say when an answer does not fit its question (nb and en)."""

from __future__ import annotations

TEXTS: dict[str, dict[str, str | dict[str, str]]] = {}

# --- answers files (content/answers_file.py) ------------------------------------------------
# Values: path (the file), line and column (1-based), detail (what the YAML reader found),
# code (a system error name such as EACCES), limit (megabytes).
TEXTS.update(
    {
        "answer.file.missing": {
            "nb": "Fant ikke svarfila {path}.",
            "en": "The answers file {path} was not found.",
        },
        "answer.file.unreadable": {
            "nb": "Svarfila {path} kan ikke leses ({code}). Sjekk at den finnes og at du har "
            "lov til å lese den.",
            "en": "The answers file {path} cannot be read ({code}). Check that it exists and "
            "that you may read it.",
        },
        "answer.file.not_a_file": {
            "nb": "{path} er ikke en vanlig fil. Skriv svarene i en YAML- eller JSON-fil, og "
            "oppgi den.",
            "en": "{path} is not a regular file. Write the answers in a YAML or JSON file, and "
            "name that file.",
        },
        "answer.file.too_big": {
            "nb": "Svarfila {path} er større enn {limit} MB. En svarfil er aldri så stor; er "
            "det riktig fil?",
            "en": "The answers file {path} is larger than {limit} MB. An answers file is never "
            "that big; is it the right file?",
        },
        "answer.file.empty": {
            "nb": "Svarfila {path} er tom. Skriv ett svar per linje, for eksempel «sb1: 4».",
            "en": "The answers file {path} is empty. Write one answer per line, e.g. “sb1: 4”.",
        },
        "answer.file.not_utf8": {
            "nb": "Svarfila {path} er ikke gyldig UTF-8 (linje {line}). Lagre den som UTF-8; "
            "de fleste redigeringsprogrammer har det under «Lagre som».",
            "en": "The answers file {path} is not valid UTF-8 (line {line}). Save it as UTF-8; "
            "most editors offer this under “Save as”.",
        },
        "answer.file.yaml": {
            "nb": "Svarfila {path} kan ikke leses som YAML eller JSON (linje {line}, kolonne "
            "{column}): {detail}",
            "en": "The answers file {path} cannot be read as YAML or JSON (line {line}, column "
            "{column}): {detail}",
        },
        "answer.file.not_mapping": {
            "nb": "Svarfila {path} må inneholde spørsmål-id-er med svar, ett per linje, for "
            "eksempel «sb1: 4».",
            "en": "The answers file {path} must hold question ids with their answers, one per "
            "line, e.g. “sb1: 4”.",
        },
    }
)
