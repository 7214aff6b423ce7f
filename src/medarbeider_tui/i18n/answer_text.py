"""What answer checks say when an answer does not fit its question (nb and en).

The reader is the person answering (in the interface, in plain mode, or in an ``--answers``
file), so the texts say what would fit. Values the person gave come in already shown the way
YAML would (``'fire'``, ``[4]``) and cut short with «…» when long; question ids stay as in the
pack.
"""

from __future__ import annotations

TEXTS: dict[str, dict[str, str | dict[str, str]]] = {
    "answer.unknown_key": {
        "nb": "ukjent spørsmåls-id {key}; kjente id-er: {known}",
        "en": "unknown question id {key}; known ids: {known}",
    },
    "answer.no_answer": {"nb": "{key!r} tar ikke noe svar", "en": "{key!r} takes no answer"},
    # --- scale -----------------------------------------------------------------------------
    "answer.scale.range": {
        "nb": "forventet et heltall fra {min} til {max}, fikk {value}",
        "en": "expected a whole number from {min} to {max}, got {value}",
    },
    "answer.scale.range_or_not_relevant": {
        "nb": "forventet et heltall fra {min} til {max} eller {not_relevant!r}, fikk {value}",
        "en": "expected a whole number from {min} to {max} or {not_relevant!r}, got {value}",
    },
    # --- text ------------------------------------------------------------------------------
    "answer.text.expected": {
        "nb": "forventet tekst, fikk {value}",
        "en": "expected text, got {value}",
    },
    "answer.text.single_line": {"nb": "forventet én linje", "en": "expected a single line"},
    "answer.text.too_long": {
        "nb": "teksten har {length} tegn, over grensen på {limit}",
        "en": "the text is {length} characters, over the limit of {limit}",
    },
    # --- choice ----------------------------------------------------------------------------
    "answer.choice.one_of": {
        "nb": "forventet ett av {options}, fikk {value}",
        "en": "expected one of {options}, got {value}",
    },
    "answer.choice.list_of": {
        "nb": "forventet en liste med alternativer fra {options}, fikk {value}",
        "en": "expected a list of options from {options}, got {value}",
    },
    "answer.choice.at_least": {
        "nb": {"one": "velg minst {count}", "other": "velg minst {count}"},
        "en": {"one": "choose at least {count}", "other": "choose at least {count}"},
    },
    "answer.choice.at_most": {
        "nb": {"one": "velg høyst {count}", "other": "velg høyst {count}"},
        "en": {"one": "choose at most {count}", "other": "choose at most {count}"},
    },
    "answer.choice.no_options_step": {
        "nb": "det er ingenting å velge mellom ennå: alternativene kommer fra {source!r}, "
        "som ikke har noe svar",
        "en": "there is nothing to choose from yet: the options come from {source!r}, "
        "which has no answer",
    },
    "answer.choice.no_options_score": {
        "nb": "det er ingenting å velge mellom ennå: alternativene kommer fra skåren "
        "{source!r}, som ikke har noe resultat",
        "en": "there is nothing to choose from yet: the options come from the score "
        "{source!r}, which has no result",
    },
    # --- list ------------------------------------------------------------------------------
    "answer.list.expected": {
        "nb": "forventet en liste med korte tekster, fikk {value}",
        "en": "expected a list of short texts, got {value}",
    },
    "answer.list.twice": {
        "nb": "{entry} står to ganger; hvert punkt må være ulikt de andre",
        "en": "{entry} is listed twice; make each entry distinct",
    },
    "answer.list.entry_too_long": {
        "nb": "hvert punkt er én linje på høyst {limit} tegn",
        "en": "each entry is one line of at most {limit} characters",
    },
    "answer.list.count": {
        "nb": "forventet {min} til {max} punkter, fikk {count}",
        "en": "expected {min} to {max} entries, got {count}",
    },
    # --- sort ------------------------------------------------------------------------------
    "answer.sort.nothing_to_place": {
        "nb": "det er ingenting å sortere ennå: {source!r} har ingen punkter",
        "en": "there is nothing to sort yet: {source!r} has no entries",
    },
    "answer.sort.expected": {
        "nb": "forventet en liste med par {shape}, eller punkt: celle",
        "en": "expected a list of {shape} pairs, or entry: cell",
    },
    "answer.sort.pair": {
        "nb": "forventet {shape}, fikk {value}",
        "en": "expected {shape}, got {value}",
    },
    "answer.sort.not_listed": {
        "nb": "{item} er ikke et av punktene i listen {entries}",
        "en": "{item} is not one of the listed entries {entries}",
    },
    "answer.sort.unknown_cell": {
        "nb": "ukjent celle {cell}; cellene er {cells}",
        "en": "unknown cell {cell}; cells are {cells}",
    },
    "answer.sort.twice": {"nb": "{item} er plassert to ganger", "en": "{item} is placed twice"},
    "answer.sort.empty": {"nb": "plasser minst ett punkt", "en": "place at least one entry"},
    "answer.sort.unplaced": {
        "nb": {
            "one": "hvert punkt må plasseres; {count} er ikke plassert ennå: {entries}",
            "other": "hvert punkt må plasseres; {count} er ikke plassert ennå: {entries}",
        },
        "en": {
            "one": "every entry must be placed; {count} is not placed yet: {entries}",
            "other": "every entry must be placed; {count} are not placed yet: {entries}",
        },
    },
    # --- plan ------------------------------------------------------------------------------
    "answer.plan.expected": {
        "nb": "forventet plassene {slots}, hver med {shape}",
        "en": "expected a mapping of slots {slots} to {shape}",
    },
    "answer.plan.unknown_slot": {
        "nb": "ukjent plass {slot}; plassene er {slots}",
        "en": "unknown slot {slot}; slots are {slots}",
    },
    "answer.plan.slot_keys": {
        "nb": "plass {slot}: forventet what, how og eventuelt review",
        "en": "slot {slot}: expected what, how and an optional review",
    },
    "answer.plan.what": {
        "nb": "plass {slot}: 'what' må være en kort tekst",
        "en": "slot {slot}: 'what' must be a short text",
    },
    "answer.plan.how": {
        "nb": "plass {slot}: 'how' må være tekst",
        "en": "slot {slot}: 'how' must be text",
    },
    "answer.plan.too_long": {
        "nb": "plass {slot}: tekstene er på høyst {limit} tegn",
        "en": "slot {slot}: texts are at most {limit} characters",
    },
    "answer.plan.no_review": {
        "nb": "plass {slot}: denne planen tar ingen dato for ny gjennomgang",
        "en": "slot {slot}: this plan takes no review date",
    },
    "answer.plan.review_date": {
        "nb": "plass {slot}: review må være en dato ÅÅÅÅ-MM-DD, fikk {value}",
        "en": "slot {slot}: review must be a date YYYY-MM-DD, got {value}",
    },
    "answer.required_missing": {
        "nb": "må besvares, men står ikke i fila",
        "en": "required, but not in the file",
    },
    "answer.held_back": {
        "nb": "ikke sjekket: bygger på {source!r}, som har en feil over",
        "en": "not checked: it builds on {source!r}, which has a problem above",
    },
}

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

# --- pack format 2 (issue 16): ranking and number answers, answers to hidden questions ----------
TEXTS.update(
    {
        "answer.ranking.nothing": {
            "nb": "det er ingenting å rangere ennå: det kommer fra {source!r}, som ikke har noe "
            "svar",
            "en": "there is nothing to rank yet: it comes from {source!r}, which has no answer",
        },
        "answer.ranking.expected": {
            "nb": "ventet alt i rekkefølge, det viktigste først ({options}), fikk {value}",
            "en": "expected everything in order, most important first ({options}), got {value}",
        },
        "answer.ranking.unknown": {
            "nb": "{value} er ikke blant det som skal rangeres ({options})",
            "en": "{value} is not among the things to rank ({options})",
        },
        "answer.ranking.twice": {
            "nb": "{value} står to ganger i rekkefølgen",
            "en": "{value} is in the order twice",
        },
        "answer.ranking.missing": {
            "nb": "rekkefølgen må ha med alt; den mangler {options}",
            "en": "the order must hold everything; it leaves out {options}",
        },
        "answer.number.range": {
            "nb": "ventet et tall fra {min} til {max}, fikk {value}",
            "en": "expected a number from {min} to {max}, got {value}",
        },
        "answer.number.step": {
            "nb": "tallet må gå opp i steg på {step} fra {min}",
            "en": "the number must be {min} plus whole steps of {step}",
        },
        "answer.hidden": {
            "nb": "dette spørsmålet stilles ikke med disse svarene (det avhenger av {source!r})",
            "en": "this question is not asked with these answers (it depends on {source!r})",
        },
    }
)
