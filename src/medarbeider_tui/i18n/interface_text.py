"""Every interface string, in bokmål and English, in one place (questions live in the packs).

What the full-screen interface, plain mode and the CLI say; pack validation and answer checks
have catalogues of their own beside this one.

Keys are stable names; values map a language code to a ``str.format`` template.
"""

from __future__ import annotations

INTERFACE_TEXT: dict[str, dict[str, str | dict[str, str]]] = {
    # --- general -------------------------------------------------------------------------
    "app.tagline": {
        "nb": "medarbeider – refleksjon over egen arbeidshverdag",
        "en": "medarbeider – reflecting on your own working life",
    },
    "privacy.statement": {
        "nb": "medarbeider er et verktøy for egen refleksjon. Det er ikke en test, en diagnose "
        "eller en vurdering fra arbeidsgiver, og spørsmålene er ikke et vitenskapelig validert "
        "måleinstrument. Svarene dine lagres bare på denne maskinen, og ingenting sendes noe "
        "sted. Ikke skriv inn helseopplysninger, diagnoser eller opplysninger om andre "
        "personer. Resultatene skal ikke brukes til vurdering av medarbeidere, ansettelser "
        "eller oppfølging av sykefravær.",
        "en": "medarbeider is a tool for personal reflection. It is not a test, a diagnosis or "
        "an assessment by your employer, and the questions are not a scientifically validated "
        "instrument. Your answers are stored only on this machine and nothing is sent "
        "anywhere. Do not enter health information, diagnoses or information about other "
        "people. The results must not be used to assess employees, for hiring, or for "
        "sickness-absence follow-up.",
    },
    "privacy.where": {
        "nb": "Svarene lagres som JSON-filer i {path}, bare lesbare for deg. Du sletter dem "
        "med «medarbeider diary delete ID» eller ved å slette mappen.",
        "en": "Answers are stored as JSON files in {path}, readable only by you. Delete them "
        "with “medarbeider diary delete ID” or by deleting the folder.",
    },
    "tui.needs_terminal": {
        "nb": "Det fullskjermede grensesnittet trenger en terminal. Uten terminal kan du "
        "bruke enkel modus: «medarbeider run ØVELSE --plain» («medarbeider packs list» viser "
        "øvelsene).",
        "en": "The full-screen interface needs a terminal. Without one, use the plain mode: "
        "“medarbeider run EXERCISE --plain” (“medarbeider packs list” shows the exercises).",
    },
    # --- where / packs -------------------------------------------------------------------
    "where.data": {"nb": "Data (dagbok)", "en": "Data (diary)"},
    "where.entries": {"nb": "Dagbokoppføringer", "en": "Diary entries"},
    "where.quarantine": {"nb": "Karantene", "en": "Quarantine"},
    "where.config": {"nb": "Innstillinger", "en": "Settings"},
    "where.cache": {"nb": "Mellomlager (kan slettes)", "en": "Cache (safe to delete)"},
    "where.builtin": {"nb": "Innebygde pakker", "en": "Built-in packs"},
    "where.user_packs": {"nb": "Dine pakker", "en": "Your packs"},
    "packs.none": {
        "nb": "Fant ingen innholdspakker.",
        "en": "No content packs found.",
    },
    "packs.minutes": {"nb": "ca. {n} min", "en": "about {n} min"},
    "packs.skipped": {
        "nb": "Pakken i {path} ble hoppet over fordi den har feil. "
        "Kjør «medarbeider packs validate {path}» for detaljer.",
        "en": "The pack in {path} was skipped because it has errors. "
        "Run “medarbeider packs validate {path}” for details.",
    },
    # --- diary ---------------------------------------------------------------------------
    "diary.empty": {
        "nb": "Dagboken er tom. Start en øvelse med «medarbeider run ØVELSE».",
        "en": "The diary is empty. Start an exercise with “medarbeider run EXERCISE”.",
    },
    "diary.status.draft": {"nb": "utkast", "en": "draft"},
    "diary.status.complete": {"nb": "fullført", "en": "complete"},
    "diary.not_found": {
        "nb": "Fant ingen oppføring med id {id}. «medarbeider diary list» viser alle.",
        "en": "No entry with id {id}. “medarbeider diary list” shows them all.",
    },
    "diary.deleted": {"nb": "Slettet {id}.", "en": "Deleted {id}."},
    "diary.exported": {
        "nb": "Skrev {path} (bare lesbar for deg). Du bestemmer hvem som får se den.",
        "en": "Wrote {path} (readable only by you). You decide who gets to see it.",
    },
    "diary.export_exists": {
        "nb": "{path} finnes allerede; velg et annet filnavn.",
        "en": "{path} already exists; choose another file name.",
    },
    "diary.confirm_delete": {
        "nb": "Slette {id} for godt? [j/N] ",
        "en": "Delete {id} for good? [y/N] ",
    },
    "diary.kept": {"nb": "Ingenting ble slettet.", "en": "Nothing was deleted."},
    "diary.pack_missing": {
        "nb": "(pakken {pack} finnes ikke lenger; svarene vises med id-ene sine)",
        "en": "(the pack {pack} is no longer installed; answers are shown by id)",
    },
    "warning.quarantined": {
        "nb": "Fila {path} kunne ikke leses og er flyttet til karantene: {detail}",
        "en": "The file {path} could not be read and was moved to quarantine: {detail}",
    },
    "warning.permissions": {
        "nb": "Mappen {path} var lesbar for andre; tilgangen er strammet inn til bare deg.",
        "en": "The folder {path} was readable by others; access is now limited to you.",
    },
    "warning.unreadable": {
        "nb": "Hoppet over {path}: {detail}",
        "en": "Skipped {path}: {detail}",
    },
    "warning.conflict": {
        "nb": "Oppføringen ble endret et annet sted samtidig; dine svar er lagret som en "
        "egen kopi ({path}).",
        "en": "The entry was changed elsewhere at the same time; your answers were saved as "
        "a separate copy ({path}).",
    },
    # --- run -----------------------------------------------------------------------------
    "run.unknown_exercise": {
        "nb": "Fant ingen øvelse som heter «{name}». Tilgjengelige: {available}",
        "en": "No exercise called “{name}”. Available: {available}",
    },
    "run.ambiguous": {
        "nb": "«{name}» finnes i flere pakker; skriv PAKKE/ØVELSE, f.eks. {example}",
        "en": "“{name}” exists in several packs; write PACK/EXERCISE, e.g. {example}",
    },
    "run.needs_terminal": {
        "nb": "Det fullskjermede grensesnittet trenger en terminal; bruker enkel modus.",
        "en": "The full-screen interface needs a terminal; using plain mode.",
    },
    "run.answers_error": {
        "nb": "{file}: {problem}",
        "en": "{file}: {problem}",
    },
    "run.answers_not_saved": {
        "nb": "Ingenting ble lagret. Rett fila og prøv igjen.",
        "en": "Nothing was saved. Fix the file and try again.",
    },
    "run.saved_complete": {
        "nb": "Lagret som {id} ({path}).",
        "en": "Saved as {id} ({path}).",
    },
    "run.resume_offer": {
        "nb": "Du har et utkast av denne øvelsen fra {when}. Fortsette der du slapp? [J/n] ",
        "en": "You have a draft of this exercise from {when}. Continue where you left off? [Y/n] ",
    },
    "run.draft_kept": {
        "nb": "Utkastet er lagret. Fortsett senere med: medarbeider run {exercise} --resume {id}",
        "en": "Your draft is saved. Continue later with: medarbeider run {exercise} --resume {id}",
    },
    "run.no_such_draft": {
        "nb": "Fant ikke utkastet {id} for denne øvelsen.",
        "en": "Draft {id} was not found for this exercise.",
    },
    "result.your_answers": {"nb": "Dine svar", "en": "Your answers"},
    # --- results -------------------------------------------------------------------------
    "result.title": {"nb": "Resultat", "en": "Result"},
    "result.not_enough": {
        "nb": "Ikke nok svar ({answered} av minst {needed}).",
        "en": "Not enough answers ({answered} of at least {needed}).",
    },
    "result.placed_in": {
        "nb": "Plassering: {quadrant}",
        "en": "Placement: {quadrant}",
    },
    "result.between": {"nb": "mellom {names}", "en": "between {names}"},
    "result.and": {"nb": "og", "en": "and"},
    "result.no_quadrant": {
        "nb": "Ingen plassering: ikke nok svar på begge aksene.",
        "en": "No placement: not enough answers on both axes.",
    },
    "result.point": {"nb": "Du", "en": "You"},
    "result.low": {"nb": "Lav", "en": "Low"},
    "result.high": {"nb": "Høy", "en": "High"},
    "result.why": {"nb": "Hvorfor: svarene bak", "en": "Why: the answers behind it"},
    "result.reversed": {"nb": "snudd", "en": "reversed"},
    "result.not_answered": {"nb": "ikke besvart", "en": "not answered"},
    "result.reflection": {"nb": "Til refleksjon", "en": "To reflect on"},
    "result.picks_none": {"nb": "Ingen ennå.", "en": "None yet."},
}

# --- the full-screen interface ------------------------------------------------------------
INTERFACE_TEXT.update(
    {
        # keys shown in the footer
        "key.quit": {"nb": "Avslutt", "en": "Quit"},
        "key.language": {"nb": "English", "en": "Norsk"},
        "key.history": {"nb": "Historikk", "en": "History"},
        "key.about": {"nb": "Om", "en": "About"},
        "key.theme": {"nb": "Tema", "en": "Theme"},
        "key.start": {"nb": "Start", "en": "Start"},
        "key.new": {"nb": "Ny", "en": "New"},  # short: every key fits the footer at 80 columns
        "key.next": {"nb": "Neste", "en": "Next"},
        "key.back": {"nb": "Tilbake", "en": "Back"},
        "key.review": {"nb": "Oversikt", "en": "Review"},
        "key.close": {"nb": "Lukk", "en": "Close"},
        "key.editor": {"nb": "Editor", "en": "Editor"},
        "key.finish": {"nb": "Fullfør", "en": "Finish"},
        "key.open": {"nb": "Åpne", "en": "Open"},
        "key.resume": {"nb": "Fortsett", "en": "Resume"},
        "key.delete": {"nb": "Slett", "en": "Delete"},
        "key.ok": {"nb": "OK", "en": "OK"},
        "key.yes": {"nb": "Ja", "en": "Yes"},
        "key.no": {"nb": "Nei", "en": "No"},
        "key.remove": {"nb": "Fjern", "en": "Remove"},
        "key.edit": {"nb": "Endre", "en": "Edit"},
        "key.answer": {"nb": "Svar", "en": "Answer"},
        "key.toggle": {"nb": "Velg", "en": "Select"},
        "key.unplace": {"nb": "Ta ut", "en": "Take out"},
        "key.hide": {"nb": "Skjul", "en": "Hide"},
        # home
        "ui.home.title": {"nb": "Øvelser", "en": "Exercises"},
        "ui.home.intro": {
            "nb": "Velg en øvelse med piltastene og trykk Enter. Svarene lagres bare her.",
            "en": "Choose an exercise with the arrow keys and press Enter. Answers stay here.",
        },
        "ui.status.new": {"nb": "ny", "en": "new"},
        "ui.status.draft": {"nb": "utkast – fortsett", "en": "draft – resume"},
        "ui.status.done": {"nb": "sist fullført {date}", "en": "last completed {date}"},
        "ui.minutes": {"nb": "ca. {n} min", "en": "about {n} min"},
        # exercise
        "ui.progress": {"nb": "Steg {n} av {total}", "en": "Step {n} of {total}"},
        "ui.saved": {"nb": "✓ lagret", "en": "✓ saved"},
        "ui.saving": {"nb": "lagrer …", "en": "saving …"},
        "ui.optional": {"nb": "valgfritt", "en": "optional"},
        "ui.leave.title": {"nb": "Lukke øvelsen?", "en": "Close the exercise?"},
        "ui.leave.body": {
            "nb": "Svarene dine er lagret som et utkast. Du kan fortsette senere fra startsiden.",
            "en": "Your answers are saved as a draft. You can continue later from the start page.",
        },
        "ui.required": {
            "nb": "Dette steget må besvares før du kan fullføre.",
            "en": "This step needs an answer before you can finish.",
        },
        "ui.scale.help": {
            "nb": "Trykk et tall, eller velg med piltastene og Enter.",
            "en": "Press a number, or choose with the arrow keys and Enter.",
        },
        "ui.scale.not_relevant_key": {"nb": "0", "en": "0"},
        "ui.choice.single": {
            "nb": "Trykk et tall, eller velg med piltastene og Enter.",
            "en": "Press a number, or choose with the arrow keys and Enter.",
        },
        "ui.choice.multiple": {
            "nb": "Trykk tall eller mellomrom for å velge og velge bort.",
            "en": "Press numbers or space to select and deselect.",
        },
        "ui.choice.none": {
            "nb": "Det er ingenting å velge mellom ennå (steget bygger på et tidligere svar).",
            "en": "There is nothing to choose from yet (this step builds on an earlier answer).",
        },
        "ui.text.editor": {"nb": "Ctrl+E åpner {editor}", "en": "Ctrl+E opens {editor}"},
        "ui.editor.failed": {
            "nb": "Kunne ikke åpne redigeringsprogrammet «{editor}»: {error}",
            "en": "Could not open the editor “{editor}”: {error}",
        },
        "ui.list.placeholder": {
            "nb": "Skriv et punkt og trykk Enter",
            "en": "Type an item and press Enter",
        },
        "ui.list.help": {
            "nb": "Enter legger til. Velg et punkt i listen: Enter endrer, Delete fjerner.",
            "en": "Enter adds. Pick an item in the list: Enter edits, Delete removes.",
        },
        "ui.list.empty": {"nb": "Ingen punkter ennå.", "en": "No items yet."},
        "ui.sort.help": {
            "nb": "Velg et punkt med ↑ ↓ og trykk 1–{n} for feltet det hører til (0 tar det ut).",
            "en": "Pick an item with ↑ ↓ and press 1–{n} for the cell it belongs in (0 takes "
            "it out).",
        },
        "ui.sort.unsorted": {"nb": "Ikke plassert", "en": "Not placed"},
        "ui.sort.empty": {
            "nb": "Listen dette steget bygger på er tom. Gå tilbake og skriv noen punkter.",
            "en": "The list this step builds on is empty. Go back and write a few items.",
        },
        "ui.plan.what": {"nb": "Hva", "en": "What"},
        "ui.plan.how": {"nb": "Hvordan", "en": "How"},
        "ui.plan.review": {"nb": "Se på igjen (dd.mm.åååå)", "en": "Look again (dd.mm.yyyy)"},
        "ui.plan.suggestions": {
            "nb": "Forslag fra svarene dine",
            "en": "Suggested by your answers",
        },
        "ui.plan.bad_date": {
            "nb": "«{text}» er ikke en dato. Skriv f.eks. 15.01.2027.",
            "en": "“{text}” is not a date. Write e.g. 15.01.2027.",
        },
        # review
        "ui.review.title": {"nb": "Oversikt over svarene", "en": "Your answers"},
        "ui.review.help": {
            "nb": "Velg et svar og trykk Enter for å endre det. F fullfører.",
            "en": "Pick an answer and press Enter to change it. F finishes.",
        },
        "ui.review.unanswered": {"nb": "ikke besvart", "en": "not answered"},
        "ui.review.missing": {
            "nb": "Disse stegene må besvares før du kan fullføre: {steps}",
            "en": "These steps need an answer before you can finish: {steps}",
        },
        # result
        "ui.result.title": {"nb": "Resultat", "en": "Result"},
        "ui.result.saved": {
            "nb": "Fullført og lagret {date}.",
            "en": "Completed and saved {date}.",
        },
        "ui.result.readonly": {
            "nb": "Lagret {date} – kun visning.",
            "en": "Saved {date} – read only.",
        },
        "ui.result.why": {"nb": "Hvorfor – svarene bak", "en": "Why – the answers behind it"},
        "ui.result.axis_not_enough": {
            "nb": "{axis}: ikke nok svar ({answered} av minst {needed})",
            "en": "{axis}: not enough answers ({answered} of at least {needed})",
        },
        "ui.result.near": {"nb": "nær grensen", "en": "close to the line"},
        # history
        "ui.history.title": {"nb": "Historikk", "en": "History"},
        "ui.history.empty": {
            "nb": "Ingen oppføringer ennå. Fullførte øvelser og utkast vises her.",
            "en": "No entries yet. Completed exercises and drafts appear here.",
        },
        "ui.history.date": {"nb": "Dato", "en": "Date"},
        "ui.history.exercise": {"nb": "Øvelse", "en": "Exercise"},
        "ui.history.status": {"nb": "Status", "en": "Status"},
        "ui.delete.title": {"nb": "Slette oppføringen?", "en": "Delete the entry?"},
        "ui.delete.body": {
            "nb": "{exercise}, {date}. Dette kan ikke angres.",
            "en": "{exercise}, {date}. This cannot be undone.",
        },
        "ui.deleted": {"nb": "Oppføringen er slettet.", "en": "The entry was deleted."},
        "ui.not_resumable": {
            "nb": "Bare utkast kan fortsettes.",
            "en": "Only drafts can be resumed.",
        },
        # about / privacy
        "ui.about.title": {"nb": "Om medarbeider", "en": "About medarbeider"},
        "ui.privacy.title": {"nb": "Personvern", "en": "Privacy"},
        "ui.about.keys": {
            "nb": "Alt kan gjøres med tastaturet; tastene står nederst på skjermen. "
            "Ctrl+P åpner kommandopaletten.",
            "en": "Everything works from the keyboard; the keys are shown at the bottom. "
            "Ctrl+P opens the command palette.",
        },
        "ui.theme.changed": {"nb": "Tema: {name}", "en": "Theme: {name}"},
        "ui.cmd.language": {"nb": "Bytt språk", "en": "Switch language"},
        "ui.cmd.theme": {
            "nb": "Bytt tema (rolig, lys, høy kontrast)",
            "en": "Switch theme (calm, light, high contrast)",
        },
        "ui.cmd.history": {"nb": "Vis historikk", "en": "Show history"},
        "ui.cmd.about": {"nb": "Om og personvern", "en": "About and privacy"},
    }
)

# --- the application service and the results model -------------------------------------------
INTERFACE_TEXT.update(
    {
        "warning.permissions_file": {
            "nb": "Fila {path} var lesbar for andre; tilgangen er strammet inn til bare deg.",
            "en": "The file {path} was readable by others; access is now limited to you.",
        },
        "report.plan.how": {"nb": "Hvordan", "en": "How"},
        "report.plan.review": {"nb": "Se på igjen", "en": "Look again"},
    }
)

# --- the command line -------------------------------------------------------------------------
INTERFACE_TEXT.update(
    {
        "cli.description": {
            "nb": "Veiledet refleksjon over egen arbeidshverdag: «Aktivt medarbeiderskap». "
            "Uten kommando starter fullskjermgrensesnittet, eller menyen i enkel modus når det "
            "ikke er noen terminal.",
            "en": "Guided reflection on your working life: «Aktivt medarbeiderskap». "
            "With no command, the full-screen interface starts, or the plain-mode menu when "
            "there is no terminal.",
        },
        "cli.epilog": {
            "nb": "Ingenting forlater denne maskinen: ingen telemetri, ingen oppdateringssjekk; "
            "bare «medarbeider serve» lytter, og bare på denne maskinen. "
            "Datamappen: «medarbeider where».",
            "en": "Nothing leaves this machine: no telemetry, no update check; only "
            "`medarbeider serve` listens, on this machine only. Data folder: `medarbeider where`.",
        },
        "cli.version": {"nb": "vis versjonen og avslutt", "en": "show the version and exit"},
        "cli.lang": {
            "nb": "språk: nb (bokmål, standard) eller en; også MEDARBEIDER_LANG",
            "en": "language: nb (bokmål, default) or en; also MEDARBEIDER_LANG",
        },
        "cli.pack": {
            "nb": "bruk også innholdspakken i MAPPE (kan gjentas)",
            "en": "also use the content pack in PATH (may be repeated)",
        },
        "cli.command": {"nb": "KOMMANDO", "en": "COMMAND"},
        "cli.metavar.exercise": {"nb": "ØVELSE", "en": "EXERCISE"},
        "cli.metavar.folder": {"nb": "MAPPE", "en": "PATH"},
        "cli.metavar.file": {"nb": "FIL", "en": "FILE"},
        "cli.diary.export.format": {
            "nb": "markdown (et dokument, standard) eller json (dataene slik de er lagret)",
            "en": "markdown (a document, the default) or json (the data as stored)",
        },
        "cli.action": {"nb": "HANDLING", "en": "ACTION"},
        "cli.where": {
            "nb": "vis hvor data, innstillinger og pakker ligger",
            "en": "show where data, settings and packs live",
        },
        "cli.packs": {"nb": "innholdspakker", "en": "content packs"},
        "cli.packs.list": {
            "nb": "list pakkene og øvelsene deres",
            "en": "list packs and their exercises",
        },
        "cli.packs.validate": {
            "nb": "sjekk pakker; avslutter med 1 ved feil",
            "en": "check packs; exit 1 on errors",
        },
        "cli.packs.validate.paths": {
            "nb": "pakkemapper, eller en fil i en pakke (standard: alle installerte pakker)",
            "en": "pack folders, or a file inside a pack (default: every installed pack)",
        },
        "cli.packs.schema.file": {
            "nb": "skjemaet for pack.yaml eller for en øvelsesfil alene (standard: begge i ett)",
            "en": "the schema of pack.yaml or of an exercise file alone (default: both in one)",
        },
        "cli.packs.schema": {
            "nb": "skriv ut JSON-skjemaet for pakkefiler (for redigeringsprogrammer)",
            "en": "print the JSON Schema of pack files (for editors)",
        },
        "cli.diary": {"nb": "de lagrede oppføringene dine", "en": "your saved entries"},
        "cli.diary.list": {
            "nb": "list oppføringene, nyeste først",
            "en": "list entries, newest first",
        },
        "cli.diary.show": {
            "nb": "vis én oppføring med resultater",
            "en": "show one entry and its results",
        },
        "cli.diary.show.json": {
            "nb": "skriv ut den lagrede JSON-en slik den er",
            "en": "print the stored JSON as it is",
        },
        "cli.diary.export": {
            "nb": "skriv én oppføring som Markdown eller JSON, til å ta med",
            "en": "write one entry as Markdown or JSON, to take along",
        },
        "cli.diary.export.output": {
            "nb": "skriv til FIL (privat, 0600) i stedet for standard ut",
            "en": "write to FILE (0600) instead of stdout",
        },
        "cli.diary.delete": {"nb": "slett én oppføring", "en": "delete one entry"},
        "cli.diary.delete.yes": {"nb": "ikke spør først", "en": "do not ask for confirmation"},
        "cli.run": {"nb": "gjør en øvelse", "en": "do an exercise"},
        "cli.run.exercise": {
            "nb": "øvelsens id, eller PAKKE/ØVELSE (se «medarbeider packs list»)",
            "en": "exercise id, or PACK/EXERCISE (see `medarbeider packs list`)",
        },
        "cli.run.answers": {
            "nb": "ta svarene fra en YAML- eller JSON-fil og lagre en fullført oppføring",
            "en": "take the answers from a YAML or JSON file and save a complete entry",
        },
        "cli.run.resume": {"nb": "fortsett dette utkastet", "en": "continue this draft"},
        "cli.serve": {
            "nb": "fullskjermgrensesnittet i en nettleserfane, bak en engangsnøkkel "
            "(krever medarbeider[serve])",
            "en": "the full-screen interface in a browser tab, behind a one-time token "
            "(needs medarbeider[serve])",
        },
        "cli.serve.port": {
            "nb": "porten å lytte på (standard: en ledig)",
            "en": "port to listen on (default: a free one)",
        },
        "cli.metavar.address": {"nb": "ADRESSE", "en": "ADDRESS"},
        "cli.serve.host": {
            "nb": "adressen å lytte på (standard 127.0.0.1: bare denne maskinen); en annen "
            "adresse kan nås fra nettverket, og en advarsel sier hva det betyr",
            "en": "address to listen on (default 127.0.0.1: this machine only); any other "
            "address can be reached from the network, and a warning says what that means",
        },
        "cli.serve.open": {
            "nb": "åpne adressen i nettleseren din",
            "en": "open the address in your browser",
        },
        "cli.run.new": {
            "nb": "begynn på nytt selv om det finnes et utkast",
            "en": "start afresh even if a draft exists",
        },
    }
)

# --- the browser view: `medarbeider serve` and its pages ----------------------------------------
INTERFACE_TEXT.update(
    {
        "serve.open_this": {
            "nb": "Åpne denne adressen i nettleseren. Den gjelder bare denne gangen; ikke del "
            "den med andre:",
            "en": "Open this address in your browser. It is valid for this run only; do not "
            "share it:",
        },
        "serve.loopback_only": {
            "nb": "Bare denne maskinen kan nå den (127.0.0.1). Én fane om gangen.",
            "en": "Only this machine can reach it (127.0.0.1). One tab at a time.",
        },
        "serve.stop_hint": {
            "nb": "Ctrl+C stopper serveren. Svarene lagres underveis.",
            "en": "Ctrl+C stops the server. Answers are saved as you go.",
        },
        "serve.stopped": {"nb": "Serveren er stoppet.", "en": "The server has stopped."},
        "serve.exposed_warning": {
            "nb": "Advarsel: serveren lytter på {host}, ikke bare på denne maskinen. Andre på "
            "nettverket kan nå den, og da er adressens nøkkel det eneste som beskytter svarene "
            "dine. Trafikken er ikke kryptert: alle som ser nettverket, kan lese nøkkelen og "
            "svarene. Bruk heller en SSH-tunnel til 127.0.0.1 om du kan.",
            "en": "Warning: the server listens on {host}, not on this machine only. Others on "
            "the network can reach it, and then the key in the address is the only thing that "
            "protects your answers. The traffic is not encrypted: anyone who can watch the "
            "network can read the key and the answers. Prefer an SSH tunnel to 127.0.0.1 if you "
            "can.",
        },
        "serve.other_machines": {
            "nb": "Fra en annen maskin: bytt ut {host} med denne maskinens adresse.",
            "en": "From another machine: replace {host} with this machine's address.",
        },
        "serve.bad_host": {
            "nb": "«{host}» er ikke en IP-adresse. Oppgi for eksempel --host 127.0.0.1 (standard) "
            "eller, med vilje og med advarselen over i mente, --host 0.0.0.0.",
            "en": "“{host}” is not an IP address. Give for example --host 127.0.0.1 (the "
            "default) or, on purpose and with the warning in mind, --host 0.0.0.0.",
        },
        "serve.cannot_listen": {
            "nb": "Kan ikke lytte på {host}:{port}: {error}",
            "en": "Cannot listen on {host}:{port}: {error}",
        },
        "serve.not_installed": {
            "nb": "Nettleservisningen trenger tillegget «serve»: pip install 'medarbeider[serve]'",
            "en": "The browser view needs the “serve” extra: pip install 'medarbeider[serve]'",
        },
        "serve.browser_failed": {
            "nb": "Fant ingen nettleser å åpne; åpne adressen over selv.",
            "en": "Found no browser to open; open the address above yourself.",
        },
        "serve.page.connecting": {
            "nb": "medarbeider starter …",
            "en": "medarbeider is starting …",
        },
        "serve.page.closed": {
            "nb": "Økten er lukket. Svarene du har gitt, er lagret.",
            "en": "The session is closed. The answers you gave are saved.",
        },
        "serve.page.reopen": {"nb": "Åpne igjen", "en": "Open again"},
        "serve.page.in_use.title": {
            "nb": "medarbeider er allerede åpen",
            "en": "medarbeider is already open",
        },
        "serve.page.in_use.body": {
            "nb": "En annen fane eller nettleser bruker økten nå (eller serveren er stoppet). Én "
            "økt om gangen holder dagboken trygg. Lukk den andre fanen, og last så inn denne "
            "siden på nytt.",
            "en": "Another tab or browser is using the session now (or the server has stopped). "
            "One session at a time keeps the diary safe. Close the other tab, then reload this "
            "page.",
        },
        "serve.page.reload": {"nb": "Last inn på nytt", "en": "Reload"},
    }
)

# --- pack validation (packs validate, notices while finding packs) -------------------------
INTERFACE_TEXT.update(
    {
        "packs.valid": {
            "nb": "{path}: gyldig ({exercises}, {warnings})",
            "en": "{path}: valid ({exercises}, {warnings})",
        },
        "packs.invalid": {
            "nb": "{path}: {errors}, {warnings}",
            "en": "{path}: {errors}, {warnings}",
        },
        "packs.count.exercises": {
            "nb": {"one": "{count} øvelse", "other": "{count} øvelser"},
            "en": {"one": "{count} exercise", "other": "{count} exercises"},
        },
        "packs.count.errors": {
            "nb": {"one": "{count} feil", "other": "{count} feil"},
            "en": {"one": "{count} error", "other": "{count} errors"},
        },
        "packs.count.warnings": {
            "nb": {"one": "{count} advarsel", "other": "{count} advarsler"},
            "en": {"one": "{count} warning", "other": "{count} warnings"},
        },
        "packs.checked_pack_of": {
            "nb": "{file} hører til pakken i {folder}; sjekker hele pakken.",
            "en": "{file} belongs to the pack in {folder}; checking the whole pack.",
        },
        "packs.note": {"nb": "Merk: {notice}", "en": "Note: {notice}"},
        "packs.notice.overrides": {
            "nb": "{folder} erstatter pakken {id!r} fra {previous}",
            "en": "{folder} overrides the pack {id!r} from {previous}",
        },
    }
)

# --- storage: folders and files that cannot be used (fsio.StorageError, diary.EntryDeleted) --
# Values: path (the folder or file), setting (the environment variable that names the folder),
# owner, mode, home and code where the key uses them.
INTERFACE_TEXT.update(
    {
        "storage.no_space": {
            "nb": "Disken er full, så medarbeider fikk ikke lagret i {path}. Frigjør litt plass "
            "og prøv igjen.",
            "en": "The disk is full, so medarbeider could not save in {path}. Free some space "
            "and try again.",
        },
        "storage.read_only": {
            "nb": "{path} ligger på en skrivebeskyttet disk, så medarbeider kan ikke lagre der. "
            "Gjør disken skrivbar, eller velg en annen mappe med {setting}=/sti/til/mappe.",
            "en": "{path} is on a read-only disk, so medarbeider cannot save there. Make the "
            "disk writable, or choose another folder with {setting}=/path/to/folder.",
        },
        "storage.denied": {
            "nb": "medarbeider har ikke tilgang til {path}. Sjekk hvem som eier mappen, og "
            "hvilke tilganger den har («ls -ld {path}»), eller velg en annen mappe med "
            "{setting}=/sti/til/mappe.",
            "en": "medarbeider has no access to {path}. Check who owns the folder and its "
            "permissions (“ls -ld {path}”), or choose another folder with "
            "{setting}=/path/to/folder.",
        },
        "storage.not_a_folder": {
            "nb": "medarbeider trenger en mappe i {path}, men der (eller på veien dit) ligger "
            "det en fil. Fila er ikke rørt. Flytt den, eller velg en annen mappe med "
            "{setting}=/sti/til/mappe.",
            "en": "medarbeider needs a folder at {path}, but there is a file there (or on the "
            "way there). The file has not been touched. Move it, or choose another folder with "
            "{setting}=/path/to/folder.",
        },
        "storage.foreign_owner": {
            "nb": "Mappen {path} tilhører en annen bruker ({owner}), så medarbeider lagrer ikke "
            "svarene dine der. Velg en egen mappe med {setting}=/sti/til/mappe.",
            "en": "The folder {path} belongs to another user ({owner}), so medarbeider will not "
            "keep your answers there. Choose a folder of your own with "
            "{setting}=/path/to/folder.",
        },
        "storage.shared": {
            "nb": "Andre brukere kan endre innholdet i mappen {path} (tilgang {mode}), så "
            "medarbeider lagrer ikke svarene dine der, og mappen er ikke endret. Er mappen din "
            "og bare for deg, gjør du den privat med «chmod 700 {path}». Ellers velger du en "
            "egen mappe med {setting}=/sti/til/mappe.",
            "en": "Other users can change what is in the folder {path} (mode {mode}), so "
            "medarbeider will not keep your answers there, and has not changed the folder. If "
            "the folder is yours alone, make it private with “chmod 700 {path}”; otherwise "
            "choose a folder of your own with {setting}=/path/to/folder.",
        },
        "storage.no_home": {
            "nb": "Hjemmemappen {home} finnes ikke, så medarbeider har ingen plass å lagre "
            "svarene dine. Velg en mappe med {setting}=/sti/til/mappe.",
            "en": "The home folder {home} does not exist, so medarbeider has no place to keep "
            "your answers. Choose a folder with {setting}=/path/to/folder.",
        },
        "storage.failed": {
            "nb": "medarbeider fikk ikke brukt {path} (systemfeil {code}). Prøv igjen; hjelper "
            "ikke det, kan du velge en annen mappe med {setting}=/sti/til/mappe.",
            "en": "medarbeider could not use {path} (system error {code}). Try again; if that "
            "does not help, choose another folder with {setting}=/path/to/folder.",
        },
        "diary.entry_deleted": {
            "nb": "Denne oppføringen er slettet et annet sted (i et annet vindu eller med "
            "«medarbeider diary delete»). Svarene du har gitt her, er ikke lagret. Du kan "
            "beholde dem som en ny oppføring, eller la dem gå.",
            "en": "This entry was deleted elsewhere (in another window, or with “medarbeider "
            "diary delete”). The answers you gave here have not been saved. You can keep them "
            "as a new entry, or let them go.",
        },
    }
)

# --- plain mode: the walk, the screen-reader setting and the plain menu -----------------------
# Every prompt ends in one line: what to answer, then what Enter and the keys do there. Key names
# ({key}) are the characters themselves, or words with the screen-reader setting.
INTERFACE_TEXT.update(
    {
        # the walk
        "plain.intro": {
            "nb": "Enkel modus: skriv svaret og trykk Enter. Tastene er de samme overalt: "
            "{repeat} gjentar spørsmålet, {back} går ett spørsmål tilbake, {clear} fjerner "
            "svaret, og når du har fått et resultat, gjentar {result} det. En tom linje beholder "
            "svaret du har, eller hopper over et valgfritt spørsmål. Et svar over flere linjer "
            "avslutter du med en linje med bare {end}. Ctrl+D eller Ctrl+C avslutter; alt du har "
            "svart, er lagret underveis.",
            "en": "Plain mode: write your answer and press Enter. The keys are the same "
            "everywhere: {repeat} repeats the question, {back} goes back one question, {clear} "
            "clears the answer, and once you have had a result, {result} repeats it. An empty "
            "line keeps the answer you have, or skips an optional question. End an answer of "
            "several lines with a line holding only {end}. Ctrl+D or Ctrl+C quits; everything "
            "you have answered is saved as you go.",
        },
        "plain.step": {"nb": "Steg {n} av {total}", "en": "Step {n} of {total}"},
        "plain.item": {"nb": "Utsagn {n} av {total}", "en": "Statement {n} of {total}"},
        "plain.at_start": {
            "nb": "Dette er det første spørsmålet.",
            "en": "This is the first question.",
        },
        "plain.enter_to_continue": {
            "nb": "Trykk Enter for å gå videre.",
            "en": "Press Enter to continue.",
        },
        "plain.result_continue": {
            "nb": "Det var resultatet. Trykk Enter for å gå videre.",
            "en": "That was the result. Press Enter to continue.",
        },
        "plain.missing": {
            "nb": "Før øvelsen er ferdig, må dette besvares: {steps}.",
            "en": "Before the exercise is done, this needs an answer: {steps}.",
        },
        "plain.cannot_finish": {
            "nb": "Øvelsen kan ikke fullføres ennå, fordi dette mangler svar og ikke kan besvares "
            "nå: {steps}. Gå tilbake og svar på det det bygger på.",
            "en": "The exercise cannot be finished yet: this has no answer and cannot be answered "
            "now: {steps}. Go back and answer what it builds on.",
        },
        "plain.done": {
            "nb": "Ferdig. Svarene er lagret som {id}.",
            "en": "Done. Your answers are saved as {id}.",
        },
        "plain.save_retry": {
            "nb": "Svaret er husket her og blir lagret så snart det går.",
            "en": "The answer is kept here and will be saved as soon as that works.",
        },
        "plain.saved_again": {
            "nb": "Nå er alt lagret igjen.",
            "en": "Everything is saved again now.",
        },
        "plain.not_saved": {
            "nb": "Svarene er ikke lagret: {reason}",
            "en": "Your answers are not saved: {reason}",
        },
        "plain.line_cut": {
            "nb": "Linjen var lengre enn terminalen tar imot på én gang (høyst {limit} byte), "
            "så slutten av den kom ikke fram. Det som kom fram, er tatt vare på.",
            "en": "The line was longer than the terminal takes at once (at most {limit} bytes), "
            "so its end did not arrive. What did arrive is kept.",
        },
        # what Enter and the keys do (the end of every prompt)
        "plain.keyname.repeat": {"nb": "spørsmålstegn", "en": "question mark"},
        "plain.keyname.back": {"nb": "mindre enn-tegn", "en": "less-than sign"},
        "plain.keyname.clear": {"nb": "minus", "en": "minus"},
        "plain.keyname.result": {"nb": "likhetstegn", "en": "equals sign"},
        "plain.keyname.end": {"nb": "et punktum (.)", "en": "a full stop (.)"},
        "plain.keyname.end_spoken": {"nb": "et punktum", "en": "a full stop"},
        "plain.key.repeat": {"nb": "{key} gjentar", "en": "{key} repeats"},
        "plain.key.back": {"nb": "{key} går tilbake", "en": "{key} goes back"},
        "plain.key.result": {"nb": "{key} gjentar resultatet", "en": "{key} repeats the result"},
        "plain.key.clear": {"nb": "{key} fjerner svaret", "en": "{key} clears the answer"},
        "plain.key.clear_list": {"nb": "{key} tømmer listen", "en": "{key} empties the list"},
        "plain.key.clear_place": {"nb": "{key} tar det ut igjen", "en": "{key} takes it out"},
        "plain.key.clear_date": {"nb": "{key} fjerner datoen", "en": "{key} removes the date"},
        "plain.enter.keep": {
            "nb": "Enter alene beholder svaret",
            "en": "Enter alone keeps the answer",
        },
        "plain.enter.skip": {"nb": "Enter alene hopper over", "en": "Enter alone skips"},
        "plain.enter.next": {"nb": "Enter går videre", "en": "Enter goes on"},
        "plain.enter.end_list": {
            "nb": "Enter alene avslutter listen",
            "en": "Enter alone ends the list",
        },
        "plain.enter.leave_empty": {
            "nb": "Enter alene lar det stå tomt",
            "en": "Enter alone leaves it empty",
        },
        "plain.enter.no_date": {
            "nb": "Enter alene lar det være uten dato",
            "en": "Enter alone leaves it without a date",
        },
        # a wrong answer: one line, then the same prompt
        "plain.wrong.echo": {
            "nb": "«{text}» passer ikke: {what}",
            "en": "“{text}” does not fit: {what}",
        },
        "plain.wrong": {"nb": "Det passer ikke: {what}", "en": "That does not fit: {what}"},
        "plain.what.scale": {
            "nb": "skriv et tall fra {min} til {max}.",
            "en": "write a number from {min} to {max}.",
        },
        "plain.what.scale_or": {
            "nb": "skriv et tall fra {min} til {max}, eller 0 for {label}.",
            "en": "write a number from {min} to {max}, or 0 for {label}.",
        },
        "plain.what.one": {
            "nb": "skriv ett nummer fra 1 til {max}.",
            "en": "write one number from 1 to {max}.",
        },
        "plain.what.many": {
            "nb": "skriv ett eller flere numre fra 1 til {max}, skilt med mellomrom.",
            "en": "write one or more numbers from 1 to {max}, separated by spaces.",
        },
        "plain.what.shorter": {
            "nb": "svaret kan ha høyst {limit} tegn, og dette har {length}.",
            "en": "the answer can have at most {limit} characters, and this has {length}.",
        },
        "plain.what.new_item": {
            "nb": "det står allerede på listen.",
            "en": "it is on the list already.",
        },
        "plain.required": {
            "nb": "Dette spørsmålet må besvares.",
            "en": "This question needs an answer.",
        },
        "plain.cleared": {"nb": "Svaret er fjernet.", "en": "The answer is cleared."},
        "plain.nothing_to_clear": {
            "nb": "Her er det ikke noe svar å fjerne.",
            "en": "There is no answer to clear here.",
        },
        "plain.current": {"nb": "Ditt svar nå: {answer}", "en": "Your answer now: {answer}"},
        "plain.current_start": {
            "nb": "Ditt svar nå, {length} tegn, begynner slik: {start} …",
            "en": "Your answer now, {length} characters, begins: {start} …",
        },
        # scales
        "plain.scale_range": {
            "nb": "Svar med et tall fra {min} til {max}",
            "en": "Answer with a number from {min} to {max}",
        },
        "plain.scale_range_or": {
            "nb": "{range}, eller 0 ({label})",
            "en": "{range}, or 0 ({label})",
        },
        # written answers
        "plain.text_one_line": {
            "nb": "Skriv svaret på én linje.",
            "en": "Write your answer on one line.",
        },
        "plain.text_lines": {
            "nb": "Skriv svaret; det kan gå over flere linjer. Avslutt med en linje med bare "
            "{end}.",
            "en": "Write your answer; it may take several lines. End with a line holding only "
            "{end}.",
        },
        "plain.text_replaces": {
            "nb": "Det du skriver nå, erstatter svaret.",
            "en": "What you write now replaces the answer.",
        },
        "plain.text_line": {"nb": "Linje {n}", "en": "Line {n}"},
        "plain.text_room": {
            "nb": {"one": "Plass til ett tegn til.", "other": "Plass til {shown} tegn til."},
            "en": {
                "one": "Room for one more character.",
                "other": "Room for {shown} more characters.",
            },
        },
        "plain.text_full": {
            "nb": "Den linjen får ikke plass: svaret kan ha høyst {limit} tegn og har {length} "
            "allerede. Skriv en kortere linje, eller avslutt med {end}.",
            "en": "That line does not fit: the answer can have at most {limit} characters and "
            "has {length} already. Write a shorter line, or end with {end}.",
        },
        "plain.kept_text": {
            "nb": {
                "one": "Linjen du skrev, er lagret i utkastet.",
                "other": "De {count} linjene du skrev, er lagret i utkastet.",
            },
            "en": {
                "one": "The line you wrote is saved in the draft.",
                "other": "The {count} lines you wrote are saved in the draft.",
            },
        },
        # choices
        "plain.choose_one": {
            "nb": "Velg ett nummer fra 1 til {max}.",
            "en": "Choose one number from 1 to {max}.",
        },
        "plain.choose_many": {
            "nb": "Velg ett eller flere numre fra 1 til {max}, skilt med mellomrom.",
            "en": "Choose one or more numbers from 1 to {max}, separated by spaces.",
        },
        "plain.choose_up_to": {
            "nb": "Velg opptil {most} numre fra 1 til {max}, skilt med mellomrom.",
            "en": "Choose up to {most} numbers from 1 to {max}, separated by spaces.",
        },
        "plain.chosen": {"nb": "Valgt: {choices}.", "en": "Chosen: {choices}."},
        "plain.chosen_now": {"nb": "Valgt nå: {choices}.", "en": "Chosen now: {choices}."},
        "plain.no_list_items": {
            "nb": "Det er ingenting å velge mellom her, fordi listen steget bygger på er tom. "
            "Steget hoppes over.",
            "en": "There is nothing to choose from here, because the list this step builds on "
            "is empty. The step is skipped.",
        },
        # lists
        "plain.list_how": {
            "nb": "Skriv ett punkt per linje, høyst {max}. Nye punkter kommer til slutt i listen.",
            "en": "Write one item per line, at most {max}. New items go at the end of the list.",
        },
        "plain.list_has": {
            "nb": {
                "one": "Listen har ett punkt: {entries}.",
                "other": "Listen har {count} punkter: {entries}.",
            },
            "en": {
                "one": "The list has one item: {entries}.",
                "other": "The list has {count} items: {entries}.",
            },
        },
        "plain.list_item": {"nb": "Punkt {n} av høyst {max}", "en": "Item {n} of at most {max}"},
        "plain.list_one_left": {
            "nb": "Det er plass til ett punkt til.",
            "en": "There is room for one more item.",
        },
        "plain.list_full": {
            "nb": "Listen er full: den har {max} av {max} punkter.",
            "en": "The list is full: it has {max} of {max} items.",
        },
        "plain.list_not_added": {
            "nb": "Listen er full, så den linjen ble ikke lagt til.",
            "en": "The list is full, so that line was not added.",
        },
        "plain.list_emptied": {"nb": "Listen er tømt.", "en": "The list is empty now."},
        "plain.list_too_long": {
            "nb": "Et punkt kan ha høyst {limit} tegn, og dette har {length}. Skriv det kortere.",
            "en": "An item can have at most {limit} characters, and this has {length}. Write it "
            "shorter.",
        },
        "plain.kept_list": {
            "nb": {
                "one": "Listen er lagret i utkastet med ett punkt.",
                "other": "Listen er lagret i utkastet med {count} punkter.",
            },
            "en": {
                "one": "The list is saved in the draft with one item.",
                "other": "The list is saved in the draft with {count} items.",
            },
        },
        # sorting
        "plain.sort_entry": {
            "nb": "«{item}», punkt {n} av {total}.",
            "en": "“{item}”, item {n} of {total}.",
        },
        "plain.sort_now": {"nb": "Plassert nå: {cell}.", "en": "Placed now: {cell}."},
        "plain.sort_ask": {
            "nb": "Hvor hører det hjemme? Skriv et nummer fra 1 til {max}.",
            "en": "Where does it belong? Write a number from 1 to {max}.",
        },
        "plain.placed": {"nb": "Plassert i {cell}.", "en": "Placed in {cell}."},
        "plain.unplaced": {"nb": "Tatt ut igjen.", "en": "Taken out again."},
        # plans
        "plain.suggested": {"nb": "Forslag fra svarene dine:", "en": "Suggested by your answers:"},
        "plain.plan_slot": {"nb": "{slot}, {n} av {total}.", "en": "{slot}, {n} of {total}."},
        "plain.plan_what_pick": {
            "nb": "Hva? Skriv med egne ord, eller et nummer fra 1 til {max} for et av forslagene.",
            "en": "What? Write it in your own words, or a number from 1 to {max} for one of the "
            "suggestions.",
        },
        "plain.plan_what_free": {
            "nb": "Hva? Skriv med egne ord.",
            "en": "What? Write it in your own words.",
        },
        "plain.plan_how_ask": {
            "nb": "{slot}, {n} av {total}, hvordan: skriv med egne ord.",
            "en": "{slot}, {n} of {total}, how: write it in your own words.",
        },
        "plain.plan_date_ask": {
            "nb": "{slot}, {n} av {total}, dato for å se på dette igjen: skriv den som {example} "
            "(dag, måned, år).",
            "en": "{slot}, {n} of {total}, a date to look at this again: write it as {example} "
            "(day.month.year).",
        },
        "plain.date_set": {"nb": "Dato: {date}.", "en": "Date: {date}."},
        "plain.date_bad": {
            "nb": "det er ikke en dato; skriv den som {example} (dag, måned, år).",
            "en": "that is not a date; write it as {example} (day.month.year).",
        },
        "plain.date_past": {
            "nb": "den datoen er passert; skriv en dato fra i dag og fremover, som {example}.",
            "en": "that date has passed; write a date from today on, such as {example}.",
        },
        "plain.date_far": {
            "nb": "det er mer enn fem år fram; skriv en dato til og med {last}, som {example}.",
            "en": "that is more than five years ahead; write a date up to {last}, such as "
            "{example}.",
        },
        # results
        "result.answer": {"nb": "Svar", "en": "Answer"},
        # the plain menu
        "plain.menu.welcome": {
            "nb": "medarbeider, enkel modus. Velg med et nummer og trykk Enter.",
            "en": "medarbeider, plain mode. Choose by number and press Enter.",
        },
        "plain.menu.welcome_spoken": {
            "nb": "medarbeider, enkel modus med skjermleserinnstillingen på. Velg med et nummer "
            "og trykk Enter.",
            "en": "medarbeider, plain mode with the screen-reader setting on. Choose by number "
            "and press Enter.",
        },
        "plain.menu.main": {"nb": "Hovedmeny:", "en": "Main menu:"},
        "plain.menu.quit": {"nb": "Avslutt", "en": "Quit"},
        "plain.menu.back": {"nb": "Tilbake", "en": "Back"},
        "plain.menu.at_top": {
            "nb": "Dette er hovedmenyen; 0 avslutter.",
            "en": "This is the main menu; 0 quits.",
        },
        "plain.menu.ask": {
            "nb": "Velg et nummer fra 0 til {max}.",
            "en": "Choose a number from 0 to {max}.",
        },
        "plain.what.menu": {
            "nb": "skriv et nummer fra 0 til {max}.",
            "en": "write a number from 0 to {max}.",
        },
        "plain.menu.exercise": {
            "nb": "{title}, omtrent {minutes} minutter: {status}",
            "en": "{title}, about {minutes} minutes: {status}",
        },
        "plain.status.new": {"nb": "ikke gjort før", "en": "not done before"},
        "plain.status.draft": {
            "nb": "utkast fra {when} som kan fortsettes",
            "en": "a draft from {when} to resume",
        },
        "plain.status.done": {"nb": "sist fullført {when}", "en": "last completed {when}"},
        "plain.menu.history": {
            "nb": {"one": "Historikken, én oppføring", "other": "Historikken, {count} oppføringer"},
            "en": {"one": "The history, one entry", "other": "The history, {count} entries"},
        },
        "plain.menu.screen_reader_off": {
            "nb": "Skjermleserinnstillingen er av; velg for å slå den på",
            "en": "The screen-reader setting is off; choose to turn it on",
        },
        "plain.menu.screen_reader_on": {
            "nb": "Skjermleserinnstillingen er på; velg for å slå den av",
            "en": "The screen-reader setting is on; choose to turn it off",
        },
        "plain.menu.screen_reader_now_on": {
            "nb": "Skjermleserinnstillingen er på: alt sies i ord, uten tegninger, pynt eller "
            "harde linjeskift. Den huskes til neste gang.",
            "en": "The screen-reader setting is on: everything is said in words, without "
            "drawings, decoration or hard line breaks. It is remembered for next time.",
        },
        "plain.menu.screen_reader_now_off": {
            "nb": "Skjermleserinnstillingen er av. Den huskes til neste gang.",
            "en": "The screen-reader setting is off. It is remembered for next time.",
        },
        "plain.menu.draft_offer": {
            "nb": "{title} har et utkast fra {when}.",
            "en": "{title} has a draft from {when}.",
        },
        "plain.menu.resume": {"nb": "Fortsett utkastet", "en": "Continue the draft"},
        "plain.menu.start_anew": {
            "nb": "Begynn på nytt; utkastet blir liggende i historikken",
            "en": "Start afresh; the draft stays in the history",
        },
        "plain.menu.history_heading": {
            "nb": {
                "one": "Historikken, én oppføring:",
                "other": "Historikken, {count} oppføringer, nyeste først:",
            },
            "en": {
                "one": "The history, one entry:",
                "other": "The history, {count} entries, newest first:",
            },
        },
        "plain.menu.history_empty": {
            "nb": "Historikken er tom. Fullførte øvelser og utkast kommer her.",
            "en": "The history is empty. Completed exercises and drafts appear here.",
        },
        "plain.menu.entry": {"nb": "{title}, {status} {when}", "en": "{title}, {status} {when}"},
        "plain.menu.entry_gone": {
            "nb": "Den oppføringen finnes ikke lenger.",
            "en": "That entry no longer exists.",
        },
        "plain.menu.action.resume": {"nb": "Fortsett utkastet", "en": "Continue the draft"},
        "plain.menu.action.result": {"nb": "Vis resultatet", "en": "Show the result"},
        "plain.menu.action.answers": {"nb": "Vis svarene", "en": "Show the answers"},
        "plain.menu.action.export": {"nb": "Eksporter til en fil", "en": "Export to a file"},
        "plain.menu.action.delete": {"nb": "Slett oppføringen", "en": "Delete the entry"},
        "plain.menu.no_result": {
            "nb": "Denne oppføringen har ikke noe resultat.",
            "en": "This entry has no result.",
        },
        "plain.menu.export_heading": {
            "nb": "Eksporter i hvilket format?",
            "en": "Export in which format?",
        },
        "plain.menu.export_markdown": {
            "nb": "Markdown: et dokument å lese, skrive ut eller ta med",
            "en": "Markdown: a document to read, print or take along",
        },
        "plain.menu.export_json": {
            "nb": "JSON: dataene slik de er lagret",
            "en": "JSON: the data as it is stored",
        },
        "plain.menu.export_name": {
            "nb": "Filnavn: skriv et navn, eller bruk {name} i mappen {folder}.",
            "en": "File name: write a name, or use {name} in the folder {folder}.",
        },
        "plain.enter.offered_name": {
            "nb": "Enter alene bruker det navnet",
            "en": "Enter alone uses that name",
        },
        "plain.menu.export_failed": {
            "nb": "Kunne ikke skrive {path}: {error}",
            "en": "Could not write {path}: {error}",
        },
        "plain.menu.delete_confirm": {
            "nb": "Slette oppføringen for godt? Det kan ikke angres. Skriv ja for å slette, eller "
            "bare Enter for å la den være: ",
            "en": "Delete the entry for good? It cannot be undone. Write yes to delete it, or "
            "just Enter to keep it: ",
        },
        "plain.menu.yes": {"nb": "ja", "en": "yes"},
        # the command line
        "cli.plain": {
            "nb": "enkel modus: linje for linje, for skjermlesere og enkle terminaler (uten "
            "kommando: menyen med øvelser, utkast og historikk)",
            "en": "plain mode: line by line, for screen readers and plain terminals (with no "
            "command: the menu of exercises, drafts and history)",
        },
        "cli.screen_reader": {
            "nb": "skjermleserinnstillingen for enkel modus: alt i ord, ingen tegninger eller "
            "pynt, ingen harde linjeskift; huskes til neste gang (også "
            "MEDARBEIDER_SCREEN_READER=1)",
            "en": "the screen-reader setting of plain mode: everything in words, no drawings "
            "or decoration, no hard line breaks; remembered for next time (also "
            "MEDARBEIDER_SCREEN_READER=1)",
        },
        # run: a draft with no one to ask
        "run.resume_piped": {
            "nb": "Fortsetter utkastet fra {when} ({id}), fordi det ikke er noen terminal å spørre "
            "i. Vil du heller begynne på nytt, legg til --new; et annet utkast velger du med "
            "--resume ID.",
            "en": "Continuing the draft from {when} ({id}), since there is no terminal to ask "
            "in. To start afresh instead, add --new; choose another draft with --resume ID.",
        },
    }
)
