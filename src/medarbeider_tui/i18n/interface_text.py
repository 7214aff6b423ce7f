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
        "ui.plan.bad_date": {"nb": "«{text}»: {problem}", "en": "“{text}”: {problem}"},
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
            "nb": "markdown (et dokument, standard), html (et dokument å åpne eller skrive ut "
            "som PDF), csv (en rad per svar, for regneark) eller json (dataene slik de er "
            "lagret)",
            "en": "markdown (a document, the default), html (a document to open or print as "
            "PDF), csv (a row per answer, for spreadsheets) or json (the data as stored)",
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
            "nb": "skriv oppføringer som et dokument eller som data, til å ta med",
            "en": "write entries as a document or as data, to take along",
        },
        "cli.diary.export.output": {
            "nb": "skriv til en ny FIL (privat, 0600; en fil som finnes, blir aldri "
            "overskrevet) i stedet for standard ut; «-» er standard ut",
            "en": "write to a new FILE (private, 0600; an existing file is never "
            "overwritten) instead of stdout; “-” is stdout",
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

# --- the full-screen interface: saving told truthfully, typed text never lost, crashes and
# signals that save first, recovered editor texts (issues 8 and 9) ------------------------------
# Values: problem (why a save failed, a whole sentence from storage.* or ui.save.failed_other),
# reason (an answer.* text), kind (an exception's class name), count and shown (a number, shown
# grouped), entry, max, length, limit, path, when, names.
INTERFACE_TEXT.update(
    {
        "key.save_again": {"nb": "Lagre", "en": "Save"},
        "ui.save.failed": {"nb": "⚠ ikke lagret", "en": "⚠ not saved"},
        "ui.save.problem": {
            "nb": "Svarene dine er ikke lagret. {problem} Ctrl+S prøver igjen.",
            "en": "Your answers are not saved. {problem} Ctrl+S tries again.",
        },
        "ui.save.failed_other": {
            "nb": "medarbeider fikk ikke lagret på grunn av en uventet feil ({kind}). Prøv igjen "
            "med Ctrl+S.",
            "en": "medarbeider could not save because of an unexpected error ({kind}). Try "
            "again with Ctrl+S.",
        },
        "ui.save.retried": {"nb": "Svarene dine er lagret.", "en": "Your answers are saved."},
        "ui.answer.refused": {
            "nb": "Dette svaret er ikke lagret: {reason}.",
            "en": "This answer is not saved: {reason}.",
        },
        "ui.refused.title": {
            "nb": "Gå videre uten å lagre svaret?",
            "en": "Move on without saving this answer?",
        },
        "ui.refused.body": {
            "nb": "Svaret på dette steget er ikke lagret: {reason}. Går du videre, blir det "
            "som var lagret fra før, stående, og teksten på skjermen forsvinner.",
            "en": "The answer to this step is not saved: {reason}. If you move on, what was "
            "saved before stays, and the text on the screen goes.",
        },
        "ui.refused.go": {"nb": "Gå videre", "en": "Move on"},
        "ui.stay": {"nb": "Bli her", "en": "Stay"},
        "ui.room.left": {
            "nb": {"one": "{shown} tegn igjen", "other": "{shown} tegn igjen"},
            "en": {"one": "{shown} character left", "other": "{shown} characters left"},
        },
        "ui.room.over": {
            "nb": {
                "one": "{shown} tegn for mye – kort ned teksten, så blir den lagret",
                "other": "{shown} tegn for mye – kort ned teksten, så blir den lagret",
            },
            "en": {
                "one": "{shown} character too many – shorten the text and it will be saved",
                "other": "{shown} characters too many – shorten the text and it will be saved",
            },
        },
        "ui.leave.unsaved.title": {"nb": "Lukke uten å lagre?", "en": "Close without saving?"},
        "ui.leave.unsaved.body": {
            "nb": "{problem}\n\nLukker du nå, går det som ikke er lagret, tapt. Velg «Bli her» "
            "for å prøve igjen.",
            "en": "{problem}\n\nIf you close now, what is not saved is lost. Choose “Stay” to "
            "try again.",
        },
        "ui.leave.unsaved.yes": {"nb": "Lukk uten å lagre", "en": "Close without saving"},
        "ui.quit.unsaved.title": {
            "nb": "Avslutte uten å lagre?",
            "en": "Quit without saving?",
        },
        "ui.quit.unsaved.body": {
            "nb": "{problem}\n\nAvslutter du nå, går det som ikke er lagret, tapt. Velg «Bli her» "
            "for å prøve igjen.",
            "en": "{problem}\n\nIf you quit now, what is not saved is lost. Choose “Stay” to "
            "try again.",
        },
        "ui.quit.unsaved.yes": {"nb": "Avslutt uten å lagre", "en": "Quit without saving"},
        "ui.exit.unsaved": {
            "nb": "Ikke alle svarene dine ble lagret før medarbeider ble avsluttet. {problem}",
            "en": "Not all your answers were saved before medarbeider closed. {problem}",
        },
        "ui.finish.failed": {
            "nb": "Øvelsen er ikke fullført, fordi den ikke kunne lagres. {problem}",
            "en": "The exercise is not finished, because it could not be saved. {problem}",
        },
        "ui.deleted_elsewhere.title": {
            "nb": "Oppføringen er slettet",
            "en": "The entry was deleted",
        },
        "ui.deleted_elsewhere.keep": {"nb": "Behold som ny", "en": "Keep as new"},
        "ui.deleted_elsewhere.let_go": {"nb": "La dem gå", "en": "Let them go"},
        "ui.deleted_elsewhere.kept": {
            "nb": "Svarene dine er lagret som en ny oppføring.",
            "en": "Your answers were saved as a new entry.",
        },
        "ui.deleted_elsewhere.gone": {
            "nb": "Svarene er ikke lagret, og øvelsen er lukket.",
            "en": "The answers were not saved, and the exercise is closed.",
        },
        "ui.text.no_editor": {
            "nb": "Ingen tekstredigerer funnet",
            "en": "No text editor found",
        },
        "ui.editor.none": {
            "nb": "Fant ingen tekstredigerer å åpne. Skriv svaret her, eller start medarbeider "
            "med EDITOR satt til en redigerer du har (for eksempel EDITOR=nano).",
            "en": "No text editor was found to open. Write your answer here, or start "
            "medarbeider with EDITOR set to an editor you have (for example EDITOR=nano).",
        },
        "ui.list.duplicate": {
            "nb": "«{entry}» står allerede på lista.",
            "en": "“{entry}” is already on the list.",
        },
        "ui.list.full": {
            "nb": "Lista er full: den har plass til {max} punkter. Fjern et punkt for å legge "
            "til et nytt.",
            "en": "The list is full: it takes {max} entries. Remove one to add another.",
        },
        "ui.list.now_full": {
            "nb": "Lista er full nå ({max} punkter).",
            "en": "The list is full now ({max} entries).",
        },
        "ui.list.too_long": {
            "nb": "Punktet har {length} tegn, men det er plass til {limit}. Kort det ned og "
            "trykk Enter igjen.",
            "en": "The entry has {length} characters, but there is room for {limit}. Shorten "
            "it and press Enter again.",
        },
        "ui.crash.title": {
            "nb": "medarbeider stoppet på grunn av en uventet feil.",
            "en": "medarbeider stopped because of an unexpected error.",
        },
        "ui.crash.saved": {
            "nb": "Svarene dine er lagret som utkast, så du kan fortsette der du slapp.",
            "en": "Your answers are saved as a draft, so you can continue where you left off.",
        },
        "ui.crash.not_saved": {
            "nb": "Svarene dine kunne ikke lagres: {problem}",
            "en": "Your answers could not be saved: {problem}",
        },
        "ui.crash.report": {
            "nb": "En feilrapport uten svarene dine ligger i {path}.",
            "en": "An error report without your answers is in {path}.",
        },
        "ui.crash.no_report": {
            "nb": "Feilrapporten kunne ikke skrives.",
            "en": "The error report could not be written.",
        },
        "ui.debug_ignored": {
            "nb": "{names} er slått av: de ville ha skrevet svarene dine til filer eller en port "
            "som andre kan lese.",
            "en": "{names} switched off: they would have written your answers to files or a port "
            "others can read.",
        },
        "ui.recover.title": {
            "nb": "Tekst fra en redigering som ble avbrutt",
            "en": "Text from an edit that was interrupted",
        },
        "ui.recover.body": {
            "nb": "Denne teksten var åpen i tekstredigereren da medarbeider sist ble stoppet "
            "({when}). Den er ikke lagret i noe svar.",
            "en": "This text was open in the text editor when medarbeider was last stopped "
            "({when}). It is not saved in any answer.",
        },
        "ui.recover.copy": {"nb": "Kopier", "en": "Copy"},
        "ui.recover.keep": {"nb": "Behold til neste gang", "en": "Keep for next time"},
        "ui.recover.discard": {"nb": "Kast", "en": "Throw away"},
        "ui.recover.copied": {
            "nb": "Kopiert. Lim teksten inn i et svar med Ctrl+V.",
            "en": "Copied. Paste the text into an answer with Ctrl+V.",
        },
        "ui.recover.changed": {
            "nb": "Fila er endret siden den ble funnet, så den er beholdt.",
            "en": "The file has changed since it was found, so it was kept.",
        },
    }
)

# --- export: documents, selection, private answers, writing files (issue 12, issue 9.5) ------
INTERFACE_TEXT.update(
    {
        "report.private": {"nb": "privat", "en": "private"},
        "export.document_title": {
            "nb": {
                "one": "medarbeider: {count} oppføring",
                "other": "medarbeider: {count} oppføringer",
            },
            "en": {"one": "medarbeider: {count} entry", "other": "medarbeider: {count} entries"},
        },
        "export.column.statement": {"nb": "Utsagn", "en": "Statement"},
        "export.column.answer": {"nb": "Svar", "en": "Answer"},
        "export.column.meaning": {"nb": "Betydning", "en": "Meaning"},
        "export.column.score": {"nb": "Mål", "en": "Measure"},
        "export.column.mean": {"nb": "Snitt", "en": "Mean"},
        "export.column.level": {"nb": "Nivå", "en": "Level"},
        "export.on_the_line": {"nb": "på grensen", "en": "on the line"},
        "export.near": {"nb": "nær grensen", "en": "close to the line"},
        # choosing entries
        "export.nothing_chosen": {
            "nb": "Si hvilke oppføringer som skal med: ID-er, --exercise ØVELSE, --since/--until "
            "DATO, --last N eller --all. «medarbeider diary list» viser ID-ene.",
            "en": "Say which entries to export: IDs, --exercise EXERCISE, --since/--until DATE, "
            "--last N or --all. “medarbeider diary list” shows the IDs.",
        },
        "export.nothing_matches": {
            "nb": "Ingen fullførte oppføringer passer til det du valgte.",
            "en": "No completed entries match what you chose.",
        },
        "export.nothing_left": {
            "nb": "Ingen av oppføringene du valgte kan vises som dokument (pakkene deres finnes "
            "ikke lenger); «--format json» tar med dataene slik de er.",
            "en": "None of the entries you chose can be shown as a document (their packs are no "
            "longer installed); “--format json” exports the data as it is.",
        },
        "export.skipped_no_pack": {
            "nb": "{id} er ikke tatt med: pakken {pack} finnes ikke lenger.",
            "en": "{id} was left out: the pack {pack} is no longer installed.",
        },
        # what was written
        "export.wrote_files": {
            "nb": {
                "one": "Skrev {count} fil i {folder} (bare lesbar for deg).",
                "other": "Skrev {count} filer i {folder} (bare lesbare for deg).",
            },
            "en": {
                "one": "Wrote {count} file in {folder} (readable only by you).",
                "other": "Wrote {count} files in {folder} (readable only by you).",
            },
        },
        "export.left_out": {
            "nb": {
                "one": "{count} privat svar er holdt utenfor.",
                "other": "{count} private svar er holdt utenfor.",
            },
            "en": {
                "one": "{count} private answer was left out.",
                "other": "{count} private answers were left out.",
            },
        },
        "export.left_out_hint": {
            "nb": "«--include-private» tar dem med.",
            "en": "“--include-private” includes them.",
        },
        # why writing failed (issue 9, item 5): the real reason, nothing left behind
        "export.error.folder": {
            "nb": "{path} er en mappe. Oppgi et filnavn i den, f.eks. {example}.",
            "en": "{path} is a folder. Name a file in it, e.g. {example}.",
        },
        "export.error.not_a_file": {
            "nb": "{path} er ikke en vanlig fil. Skriv «-o -» for å skrive til standard ut.",
            "en": "{path} is not a regular file. Use “-o -” to write to standard output.",
        },
        "export.error.no_space": {
            "nb": "Det er ikke nok plass på disken til {path}. Ingenting ble skrevet.",
            "en": "There is not enough space on the disk for {path}. Nothing was written.",
        },
        "export.error.no_permission": {
            "nb": "Du har ikke lov til å skrive i {folder}. Ingenting ble skrevet.",
            "en": "You cannot write in {folder} (no permission). Nothing was written.",
        },
        "export.error.read_only": {
            "nb": "{folder} kan bare leses (skrivebeskyttet). Ingenting ble skrevet.",
            "en": "{folder} is read-only: you cannot write there. Nothing was written.",
        },
        "export.error.no_folder": {
            "nb": "Mappen {folder} finnes ikke.",
            "en": "The folder {folder} does not exist.",
        },
        "export.error.not_a_folder": {
            "nb": "{folder} er ikke en mappe.",
            "en": "{folder} is not a folder.",
        },
        "export.error.name_too_long": {
            "nb": "Filnavnet er for langt: {path}",
            "en": "The file name is too long: {path}",
        },
        "export.error.other": {
            "nb": "Kunne ikke skrive {path}: {reason}. Ingenting ble skrevet.",
            "en": "Could not write {path}: {reason}. Nothing was written.",
        },
        "export.error.stdout": {
            "nb": "Kunne ikke skrive til standard ut: {reason}",
            "en": "Could not write to standard output: {reason}",
        },
        # the command line
        "cli.metavar.date": {"nb": "DATO", "en": "DATE"},
        "cli.error.date": {
            "nb": "«{text}» er ikke en dato; skriv dd.mm.åååå eller åååå-mm-dd",
            "en": "“{text}” is not a date; write dd.mm.yyyy or yyyy-mm-dd",
        },
        "cli.error.count": {
            "nb": "«{text}» er ikke et helt tall større enn 0",
            "en": "“{text}” is not a whole number above 0",
        },
        "cli.diary.export.ids": {
            "nb": "oppføringene som skal med (se «medarbeider diary list»)",
            "en": "the entries to export (see “medarbeider diary list”)",
        },
        "cli.diary.export.which": {
            "nb": "hvilke oppføringer (fullførte; kan kombineres med ID-er)",
            "en": "which entries (completed ones; may be combined with IDs)",
        },
        "cli.diary.export.exercise": {
            "nb": "oppføringene av denne øvelsen (id, eller PAKKE/ØVELSE)",
            "en": "the entries of this exercise (id, or PACK/EXERCISE)",
        },
        "cli.diary.export.since": {
            "nb": "fullført denne dagen eller senere (dd.mm.åååå)",
            "en": "completed on this day or later (dd.mm.yyyy or yyyy-mm-dd)",
        },
        "cli.diary.export.until": {
            "nb": "fullført denne dagen eller tidligere",
            "en": "completed on this day or earlier",
        },
        "cli.diary.export.last": {
            "nb": "bare de N nyeste av dem",
            "en": "only the newest N of them",
        },
        "cli.diary.export.all": {
            "nb": "alle fullførte oppføringer",
            "en": "every completed entry",
        },
        "cli.diary.export.include_private": {
            "nb": "ta med svarene du har merket som private (de holdes ellers utenfor)",
            "en": "include the answers marked private (left out otherwise)",
        },
        # the full-screen interface: the export dialog, marking, private answers
        "key.export": {"nb": "Eksporter", "en": "Export"},
        "key.copy": {"nb": "Kopier", "en": "Copy"},
        "key.mark": {"nb": "Merk", "en": "Mark"},
        "key.private": {"nb": "Privat", "en": "Private"},
        "ui.export.title": {"nb": "Eksporter", "en": "Export"},
        "ui.export.what": {
            "nb": {"one": "{count} oppføring", "other": "{count} oppføringer"},
            "en": {"one": "{count} entry", "other": "{count} entries"},
        },
        "ui.export.format.markdown": {
            "nb": "Markdown – et dokument for Markdown-lesere",
            "en": "Markdown – a document for Markdown viewers",
        },
        "ui.export.format.html": {
            "nb": "HTML – et dokument for nettleseren (og PDF)",
            "en": "HTML – a document for the browser (and PDF)",
        },
        "ui.export.format.csv": {
            "nb": "CSV – en rad per svar, for regneark",
            "en": "CSV – a row per answer, for spreadsheets",
        },
        "ui.export.format.json": {
            "nb": "JSON – dataene slik de er lagret",
            "en": "JSON – the data as stored",
        },
        "ui.export.include_private": {
            "nb": "Ta med de private svarene",
            "en": "Include the private answers",
        },
        "ui.export.where": {"nb": "Lagres som", "en": "Saved as"},
        "ui.export.private": {
            "nb": "Fila blir bare lesbar for deg, og en fil som finnes, blir aldri overskrevet.",
            "en": "The file is readable only by you, and an existing file is never overwritten.",
        },
        "ui.export.write": {"nb": "Eksporter", "en": "Export"},
        "ui.export.copy": {"nb": "Kopier stien", "en": "Copy the path"},
        "ui.export.copied": {"nb": "Stien er kopiert.", "en": "The path was copied."},
        "ui.export.no_path": {
            "nb": "Skriv hvor fila skal lagres.",
            "en": "Type where to save the file.",
        },
        "ui.text.private": {
            "nb": "Privat: holdes utenfor eksporter (Ctrl+T)",
            "en": "Private: left out of exports (Ctrl+T)",
        },
        "ui.text.private_by_pack": {
            "nb": "Privat: øvelsen holder dette svaret utenfor eksporter",
            "en": "Private: the exercise keeps this answer out of exports",
        },
        "ui.text.not_private": {
            "nb": "Ctrl+T gjør svaret privat",
            "en": "Ctrl+T makes the answer private",
        },
        "cli.diary.export.split": {
            "nb": "én fil per oppføring i MAPPE (lages om den mangler) i stedet for ett dokument",
            "en": "one file per entry in PATH (made if missing) instead of one document",
        },
    }
)

# --- over time (issue 11): row summaries, trends and the trail, compare, last time, actions ---
INTERFACE_TEXT.update(
    {
        # Row summaries (report/summary.py)
        "summary.draft": {
            "nb": {
                "one": "utkast: {count} svar så langt",
                "other": "utkast: {count} svar så langt",
            },
            "en": {"one": "draft: {count} answer so far", "other": "draft: {count} answers so far"},
        },
        "summary.answers": {
            "nb": {"one": "{count} svar", "other": "{count} svar"},
            "en": {"one": "{count} answer", "other": "{count} answers"},
        },
        "summary.between": {"nb": "på grensen: {names}", "en": "on the line: {names}"},
        "summary.not_placed": {"nb": "ikke plassert", "en": "not placed"},
        "summary.lowest": {"nb": "Lavest", "en": "Lowest"},
        "summary.no_results": {
            "nb": "resultatet kunne ikke leses",
            "en": "the result could not be read",
        },
        "summary.pack_missing": {
            "nb": "pakken er ikke installert; viser det som er lagret",
            "en": "the pack is not installed; showing what was saved",
        },
        "summary.other_version": {
            "nb": "laget med en annen versjon av pakken",
            "en": "made with another version of the pack",
        },
        # Trends and the trail (report/trends.py, export/overtime_text.py)
        "trend.heading": {
            "nb": {
                "one": "{title}: {count} fullført oppføring",
                "other": "{title}: {count} fullførte oppføringer",
            },
            "en": {
                "one": "{title}: {count} completed entry",
                "other": "{title}: {count} completed entries",
            },
        },
        "trend.none": {
            "nb": "Ingen fullførte oppføringer av «{title}» ennå.",
            "en": "No completed entries of “{title}” yet.",
        },
        "trend.one": {
            "nb": "Bare én fullført oppføring av «{title}» så langt – ingenting å sammenligne "
            "med ennå. Neste gang du gjør øvelsen, ser du hva som har endret seg.",
            "en": "Only one completed entry of “{title}” so far – nothing to compare with yet. "
            "Next time you do the exercise, you will see what has changed.",
        },
        "trend.pack_missing": {
            "nb": "Pakken øvelsen kom fra, er ikke installert. Trenden viser det som er lagret, "
            "med id-ene i stedet for navnene.",
            "en": "The pack the exercise came from is not installed. The trend shows what was "
            "saved, with ids in place of names.",
        },
        "trend.unreadable": {
            "nb": {
                "one": "{count} oppføring kunne ikke leses og er ikke med.",
                "other": "{count} oppføringer kunne ikke leses og er ikke med.",
            },
            "en": {
                "one": "{count} entry could not be read and is left out.",
                "other": "{count} entries could not be read and are left out.",
            },
        },
        "trend.pack_changed_here": {
            "nb": "– pakken er endret her –",
            "en": "– the pack changed here –",
        },
        "trend.on_common": {
            "nb": "(utsagnene er endret: sammenlignet på {count} felles)",
            "en": "(the statements changed: compared on {count} in common)",
        },
        "trend.not_comparable": {
            "nb": "(utsagnene er endret: ingen felles å sammenligne på)",
            "en": "(the statements changed: none in common to compare)",
        },
        "trend.first_to_last": {
            "nb": "Fra første til siste: {change}",
            "en": "From first to last: {change}",
        },
        "trend.trail_legend": {"nb": "({y} / {x})", "en": "({y} / {x})"},
        "trend.month_year": {"nb": "{month} {year}", "en": "{month} {year}"},
        "trend.no_such_exercise": {
            "nb": "Fant ingen øvelse som heter «{name}», og ingen oppføringer av den. "
            "«medarbeider packs list» viser øvelsene.",
            "en": "No exercise called “{name}”, and no entries of it. “medarbeider packs list” "
            "shows the exercises.",
        },
        "trend.bad_date": {
            "nb": "«{given}» er ikke en dato. Skriv den som dd.mm.åååå, f.eks. 01.03.2026.",
            "en": "“{given}” is not a date. Write it as dd.mm.yyyy or yyyy-mm-dd, e.g. 2026-03-01.",
        },
        "month.1": {"nb": "januar", "en": "January"},
        "month.2": {"nb": "februar", "en": "February"},
        "month.3": {"nb": "mars", "en": "March"},
        "month.4": {"nb": "april", "en": "April"},
        "month.5": {"nb": "mai", "en": "May"},
        "month.6": {"nb": "juni", "en": "June"},
        "month.7": {"nb": "juli", "en": "July"},
        "month.8": {"nb": "august", "en": "August"},
        "month.9": {"nb": "september", "en": "September"},
        "month.10": {"nb": "oktober", "en": "October"},
        "month.11": {"nb": "november", "en": "November"},
        "month.12": {"nb": "desember", "en": "December"},
        # Compare (report/compare.py)
        "compare.sides": {
            "nb": "Før: {before}  ·  Etter: {after}",
            "en": "Before: {before}  ·  After: {after}",
        },
        "compare.moved_count": {
            "nb": {"one": "{count} ting har endret seg.", "other": "{count} ting har endret seg."},
            "en": {"one": "{count} thing has changed.", "other": "{count} things have changed."},
        },
        "compare.same": {"nb": "uendret", "en": "unchanged"},
        "compare.answers": {"nb": "Svar", "en": "Answers"},
        "compare.pack_changed": {
            "nb": "De to ble laget med ulike versjoner av pakken ({before} og {after}); svarene "
            "er sammenlignet der id-ene er de samme.",
            "en": "The two were made with different versions of the pack ({before} and "
            "{after}); answers are compared where the ids match.",
        },
        "compare.pack_missing": {
            "nb": "Pakken er ikke installert: viser det som er lagret, med id-ene i stedet for "
            "spørsmålene.",
            "en": "The pack is not installed: showing what was saved, with ids in place of the "
            "questions.",
        },
        "compare.common_items": {
            "nb": {
                "one": "utsagnene er endret; endringen gjelder {count} felles utsagn",
                "other": "utsagnene er endret; endringen gjelder {count} felles utsagn",
            },
            "en": {
                "one": "the statements changed; the change is on {count} statement in common",
                "other": "the statements changed; the change is on {count} statements in common",
            },
        },
        "compare.not_comparable": {
            "nb": "utsagnene er endret, og ingen er felles",
            "en": "the statements changed, and none are in common",
        },
        "compare.different": {
            "nb": "De to oppføringene er fra ulike øvelser («{first}» og «{second}») og kan ikke "
            "sammenlignes.",
            "en": "The two entries are of different exercises (“{first}” and “{second}”) and "
            "cannot be compared.",
        },
        # Last time (report/lasttime.py)
        "lasttime.note": {"nb": "sist: {answer} · {date}", "en": "last time: {answer} · {date}"},
        # Actions (service/actions.py, commands/actions.py)
        "actions.due": {
            "nb": {
                "one": "{count} handling å se på igjen",
                "other": "{count} handlinger å se på igjen",
            },
            "en": {
                "one": "{count} action to look at again",
                "other": "{count} actions to look at again",
            },
        },
        "actions.none": {
            "nb": "Ingen åpne handlinger. Planer du lager i øvelsene, kommer hit.",
            "en": "No open actions. Plans you make in the exercises come here.",
        },
        "actions.none_due": {
            "nb": "Ingen handlinger å se på igjen nå.",
            "en": "No actions to look at again now.",
        },
        "actions.review_due": {
            "nb": "Se på igjen: {date} (nå)",
            "en": "Look at again: {date} (now)",
        },
        "actions.review_on": {"nb": "Se på igjen: {date}", "en": "Look at again: {date}"},
        "actions.orphaned": {
            "nb": "Oppføringen den kom fra, er slettet. Behold den med «medarbeider actions keep "
            "{id}», eller la den gå med «medarbeider actions drop {id}».",
            "en": "The entry it came from was deleted. Keep it with “medarbeider actions keep "
            "{id}”, or let it go with “medarbeider actions drop {id}”.",
        },
        "actions.state.open": {"nb": "åpen", "en": "open"},
        "actions.state.going_on": {"nb": "fortsetter", "en": "going on"},
        "actions.state.done": {"nb": "ferdig", "en": "done"},
        "actions.state.let_go": {"nb": "latt gå", "en": "let go"},
        "actions.last_review": {
            "nb": "Sist sett på {date}: {state}",
            "en": "Last looked at on {date}: {state}",
        },
        "actions.past_review": {"nb": "{date}: {state}", "en": "{date}: {state}"},
        "actions.helped": {"nb": "Hva hjalp?", "en": "What helped?"},
        "actions.hindered": {"nb": "Hva sto i veien?", "en": "What got in the way?"},
        "actions.ask_state": {
            "nb": "Hvordan står det til nå? 1 Ferdig, 2 Fortsetter, 3 La den gå [2]:",
            "en": "Where does it stand now? 1 Done, 2 Going on, 3 Let it go [2]:",
        },
        "actions.ask_next": {
            "nb": "Når vil du se på den igjen? (dd.mm.åååå, tomt for ingen dato):",
            "en": "When do you want to look at it again? (dd.mm.yyyy or yyyy-mm-dd, empty for "
            "no date):",
        },
        "actions.ask_next_again": {
            "nb": "Det ble ikke en dato. Skriv den som dd.mm.åååå (tomt for ingen dato):",
            "en": "That is not a date. Write it as dd.mm.yyyy or yyyy-mm-dd (empty for no date):",
        },
        "actions.not_reviewed": {
            "nb": "Ingenting er lagret.",
            "en": "Nothing was saved.",
        },
        "actions.reviewed.done": {
            "nb": "Lagret: ferdig. Godt jobbet.",
            "en": "Saved: done. Well done.",
        },
        "actions.reviewed.going_on": {
            "nb": "Lagret: fortsetter. {date}",
            "en": "Saved: going on. {date}",
        },
        "actions.reviewed.let_go": {
            "nb": "Lagret: latt gå. Den er med i dagboken som før.",
            "en": "Saved: let go. It stays in the diary as before.",
        },
        "actions.not_found": {
            "nb": "Fant ingen handling med id {id}. «medarbeider actions list --all» viser dem.",
            "en": "No action with id {id}. “medarbeider actions list --all” shows them.",
        },
        "actions.exported": {
            "nb": {
                "one": "Skrev {count} dato til {path} (bare lesbar for deg).",
                "other": "Skrev {count} datoer til {path} (bare lesbar for deg).",
            },
            "en": {
                "one": "Wrote {count} date to {path} (readable only by you).",
                "other": "Wrote {count} dates to {path} (readable only by you).",
            },
        },
        "actions.kept": {"nb": "Handlingen er beholdt.", "en": "The action is kept."},
        "actions.dropped": {
            "nb": "Handlingen er fjernet.",
            "en": "The action has been removed.",
        },
        "actions.drop_only_orphans": {
            "nb": "Handlingen {id} hører til en oppføring som finnes. Vil du la den gå, bruker du "
            "«medarbeider actions review {id}».",
            "en": "The action {id} belongs to an entry that still exists. To let it go, use "
            "“medarbeider actions review {id}”.",
        },
        "actions.kept_after_delete": {
            "nb": {
                "one": "{count} handling kom fra denne oppføringen. Den er beholdt; «medarbeider "
                "actions list» viser den, og der velger du om du vil beholde den eller la den gå.",
                "other": "{count} handlinger kom fra denne oppføringen. De er beholdt; "
                "«medarbeider actions list» viser dem, og der velger du om du vil beholde dem "
                "eller la dem gå.",
            },
            "en": {
                "one": "{count} action came from this entry. It is kept; “medarbeider actions "
                "list” shows it, and there you choose whether to keep it or let it go.",
                "other": "{count} actions came from this entry. They are kept; “medarbeider "
                "actions list” shows them, and there you choose whether to keep them or let "
                "them go.",
            },
        },
        "actions.text_too_long": {
            "nb": "Teksten er for lang (høyst {limit} tegn).",
            "en": "The text is too long (at most {limit} characters).",
        },
        "ics.summary": {"nb": "Se på igjen: {what}", "en": "Look at again: {what}"},
        "ics.source": {
            "nb": "{label} – fra «{exercise}», {date} (medarbeider)",
            "en": "{label} – from “{exercise}”, {date} (medarbeider)",
        },
        # The command line
        "cli.metavar.text": {"nb": "TEKST", "en": "TEXT"},
        "cli.diary.trend": {
            "nb": "vis hvordan resultatene av en øvelse har endret seg over tid",
            "en": "show how an exercise's results have changed over time",
        },
        "cli.diary.trend.exercise": {
            "nb": "øvelsen (id, eller pakke/id)",
            "en": "the exercise (id, or pack/id)",
        },
        "cli.diary.trend.since": {
            "nb": "bare oppføringer fullført fra og med denne datoen (dd.mm.åååå)",
            "en": "only entries completed on or after this date (yyyy-mm-dd or dd.mm.yyyy)",
        },
        "cli.diary.compare": {
            "nb": "sammenlign to oppføringer av samme øvelse: hva har endret seg, og hvor mye",
            "en": "compare two entries of the same exercise: what moved, and by how much",
        },
        "cli.actions": {
            "nb": "handlingene fra planene dine: se på dem igjen, og følg dem opp",
            "en": "the actions from your plans: look at them again, and follow them up",
        },
        "cli.actions.list": {"nb": "vis de åpne handlingene", "en": "list the open actions"},
        "cli.actions.list.due": {
            "nb": "bare de som skal ses på igjen nå",
            "en": "only those to look at again now",
        },
        "cli.actions.list.all": {
            "nb": "også de som er ferdige eller latt gå",
            "en": "also those done or let go",
        },
        "cli.actions.review": {
            "nb": "se på en handling igjen: hva hjalp, hva sto i veien, og hvordan står det til",
            "en": "look at an action again: what helped, what got in the way, and where it stands",
        },
        "cli.actions.review.state": {
            "nb": "svar uten spørsmål: done (ferdig), going-on (fortsetter) eller let-go (la gå)",
            "en": "answer without questions: done, going-on or let-go",
        },
        "cli.actions.helped": {"nb": "hva som hjalp", "en": "what helped"},
        "cli.actions.hindered": {"nb": "hva som sto i veien", "en": "what got in the way"},
        "cli.actions.next": {
            "nb": "neste dato å se på den igjen (dd.mm.åååå)",
            "en": "the next date to look at it again (yyyy-mm-dd or dd.mm.yyyy)",
        },
        "cli.actions.export": {
            "nb": "skriv datoene for å se på igjen til en kalenderfil",
            "en": "write the review dates to a calendar file",
        },
        "cli.actions.ics": {
            "nb": "kalenderfilen (.ics) som skal lages; en fil som finnes, blir ikke overskrevet",
            "en": "the calendar file (.ics) to create; an existing file is never overwritten",
        },
        "cli.actions.keep": {
            "nb": "behold en handling fra en slettet oppføring",
            "en": "keep an action from a deleted entry",
        },
        "cli.actions.drop": {
            "nb": "la en handling fra en slettet oppføring gå (den fjernes)",
            "en": "let an action from a deleted entry go (it is removed)",
        },
    }
)

# --- the command line's errors, and what the diary says about files (issue 9) ----------------
# cli.output.*: standard output or error could not be written (``stream`` is a cli.stream.*
# text, ``code`` the system's name for the error); cli.os_error*: any other system error that
# reached the command line. store.*: the diary's warnings and why an entry cannot be read
# (StoreWarning.detail, EntryNotFound); ``code`` is a system error name such as EACCES, and
# ``problem`` a technical description of what is wrong inside a file.
INTERFACE_TEXT.update(
    {
        "cli.stream.stdout": {"nb": "standard ut (stdout)", "en": "standard output"},
        "cli.stream.stderr": {"nb": "standard feil (stderr)", "en": "standard error"},
        "cli.output.no_space": {
            "nb": "medarbeider fikk ikke skrevet alt til {stream}: det er ikke mer plass der. "
            "Ingenting er halvveis lagret. Frigjør plass, eller send utdataene et annet sted, "
            "og prøv igjen.",
            "en": "medarbeider could not write everything to {stream}: there is no space left "
            "there. Nothing was left half-written. Free some space, or send the output "
            "elsewhere, and try again.",
        },
        "cli.output.closed": {
            "nb": "medarbeider kan ikke skrive til {stream}, for den er lukket. Ingenting er "
            "halvveis lagret. Kjør kommandoen igjen med {stream} åpen (for eksempel uten "
            "«>&-»).",
            "en": "medarbeider cannot write to {stream}: it is closed. Nothing was left "
            "half-written. Run the command again with {stream} open (for example without "
            "“>&-”).",
        },
        "cli.output.failed": {
            "nb": "medarbeider fikk ikke skrevet alt til {stream} (systemfeil {code}). Ingenting "
            "er halvveis lagret. Prøv igjen, eller send utdataene et annet sted.",
            "en": "medarbeider could not write everything to {stream} (system error {code}). "
            "Nothing was left half-written. Try again, or send the output elsewhere.",
        },
        "cli.os_error": {
            "nb": "medarbeider måtte stoppe på grunn av en systemfeil ({code}). Ingenting er "
            "halvveis lagret. Prøv igjen; «medarbeider where» viser hvor filene ligger.",
            "en": "medarbeider had to stop because of a system error ({code}). Nothing was "
            "left half-written. Try again; “medarbeider where” shows where its files are.",
        },
        "cli.os_error.at": {
            "nb": "medarbeider måtte stoppe på grunn av en systemfeil ({code}) ved {path}. "
            "Ingenting er halvveis lagret. Prøv igjen; «medarbeider where» viser hvor filene "
            "ligger.",
            "en": "medarbeider had to stop because of a system error ({code}) at {path}. "
            "Nothing was left half-written. Try again; “medarbeider where” shows where its "
            "files are.",
        },
        "diary.not_found.invalid_id": {
            "nb": "«{id}» er ikke en gyldig id for en dagbokoppføring (en id ser slik ut: "
            "20261127-143000-a1b2c3). «medarbeider diary list» viser alle.",
            "en": "“{id}” is not a valid diary entry id (ids look like 20261127-143000-a1b2c3). "
            "“medarbeider diary list” shows them all.",
        },
        "diary.not_found.unreadable": {
            "nb": "Oppføringen {id} kan ikke leses: {why}.",
            "en": "The entry {id} cannot be read: {why}.",
        },
        "store.what.link": {"nb": "en symbolsk lenke", "en": "a symbolic link"},
        "store.what.folder": {"nb": "en mappe", "en": "a folder"},
        "store.what.special": {"nb": "en spesialfil", "en": "a special file"},
        "store.reason.denied": {"nb": "ingen tilgang til å lese den", "en": "permission denied"},
        "store.reason.too_large": {"nb": "større enn 5 MB", "en": "larger than 5 MB"},
        "store.reason.not_an_entry": {
            "nb": "ikke en gyldig dagbokoppføring: {problem}",
            "en": "{problem}",
        },
        "store.reason.id_mismatch": {
            "nb": "id-en inni fila ({inside}) stemmer ikke med filnavnet",
            "en": "the id inside ({inside}) does not match the file name",
        },
        "store.detail.tightened": {
            "nb": "var åpen for andre brukere; nå privat ({mode})",
            "en": "was open to other users; now private ({mode})",
        },
        "store.detail.saved_elsewhere": {
            "nb": "{id} ble lagret et annet sted i mellomtiden (versjon {on_disk} på disken; "
            "denne versjonen bygde på versjon {started_from})",
            "en": "{id} was saved elsewhere meanwhile (revision {on_disk} on disk; this "
            "version started from revision {started_from})",
        },
        "store.detail.not_replaced": {
            "nb": "{id} kunne ikke erstattes: {why}",
            "en": "{id} could not be replaced: {why}",
        },
        "store.detail.saved_as_copy": {
            "nb": "{why}; denne versjonen er lagret som {copy}",
            "en": "{why}; this version was saved as {copy}",
        },
        "store.detail.not_a_file": {
            "nb": "{what} ligger der en dagbokoppføring skulle ligge; latt i fred, ikke fulgt",
            "en": "{what} is where a diary entry should be; left in place, not followed",
        },
        "store.detail.not_regular": {
            "nb": "ikke en vanlig fil; latt i fred",
            "en": "not a regular file; left in place",
        },
        "store.detail.read_failed": {
            "nb": "kunne ikke leses (systemfeil {code}); latt i fred",
            "en": "could not be read (system error {code}); left in place",
        },
        "store.detail.not_moved": {
            "nb": "{reason}; kunne ikke flyttes til karantene (systemfeil {code}), latt i fred",
            "en": "{reason}; could not be moved to quarantine (system error {code}), left in place",
        },
        "store.detail.changed_while_read": {
            "nb": "fila ble endret mens den ble lest; prøv igjen",
            "en": "the file changed while it was being read; try again",
        },
        "store.detail.file": {"nb": "{name}: {reason}", "en": "{name}: {reason}"},
        "store.detail.moved": {
            "nb": "uleselig ({reason}); flyttet til {path}",
            "en": "unreadable ({reason}); moved to {path}",
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

# --- coach mode below the full-screen interface (issue 13): profiles, coach notes, teaching
# cards, the take-home summary, notices without paths ------------------------------------------
INTERFACE_TEXT.update(
    {
        # profiles (service.profiles, diary.profiles, commands.profiles)
        "profiles.default": {"nb": "standardprofilen", "en": "the default profile"},
        "profiles.entries": {
            "nb": {"one": "{shown} oppføring", "other": "{shown} oppføringer"},
            "en": {"one": "{shown} entry", "other": "{shown} entries"},
        },
        "profiles.none_named": {
            "nb": "Ingen navngitte profiler ennå. Lag en med «medarbeider profiles create NAVN».",
            "en": "No named profiles yet. Make one with “medarbeider profiles create NAME”.",
        },
        "profiles.damaged_mark": {
            "nb": "(profilfila mangler eller kan ikke leses; svarene er urørt)",
            "en": "(its profile file is missing or unreadable; the answers are untouched)",
        },
        "profiles.created": {
            "nb": "Laget profilen «{name}». Bruk den med --profile «{name}».",
            "en": "Made the profile “{name}”. Use it with --profile “{name}”.",
        },
        "profiles.renamed": {
            "nb": "Profilen «{old}» heter nå «{new}»; alle svarene fulgte med.",
            "en": "The profile “{old}” is now called “{new}”; all its answers came along.",
        },
        "profiles.deleted": {
            "nb": "Slettet profilen «{name}» og alt i dagboken dens.",
            "en": "Deleted the profile “{name}” and everything in its diary.",
        },
        "profiles.exists": {
            "nb": "Det finnes allerede en profil som heter «{name}» (store og små bokstaver "
            "regnes som like). Velg et annet navn, for eksempel med etternavnets forbokstav.",
            "en": "There is already a profile called “{name}” (capital and small letters count "
            "as the same). Choose another name, for example with an initial added.",
        },
        "profiles.name.empty": {
            "nb": "Et profilnavn kan ikke være tomt. Skriv et navn eller noen initialer.",
            "en": "A profile name cannot be empty. Write a name or some initials.",
        },
        "profiles.name.too_long": {
            "nb": "Profilnavnet er {length} tegn langt; det kan være høyst {limit}. Initialer "
            "eller et fornavn holder.",
            "en": "The profile name is {length} characters long; it can be at most {limit}. "
            "Initials or a first name are enough.",
        },
        "profiles.name.control": {
            "nb": "Profilnavnet inneholder et usynlig styretegn ({char}) som kan få navnet til å "
            "se annerledes ut enn det er. Skriv navnet uten det.",
            "en": "The profile name holds an invisible control character ({char}) that could "
            "make it look different from what it is. Write the name without it.",
        },
        "profiles.not_found": {
            "nb": "Fant ingen profil som heter «{name}». Profilene er: {known}. "
            "«medarbeider profiles create NAVN» lager en ny.",
            "en": "No profile called “{name}”. The profiles are: {known}. "
            "“medarbeider profiles create NAME” makes a new one.",
        },
        "profiles.not_found.none": {
            "nb": "Fant ingen profil som heter «{name}», og det finnes ingen profiler ennå. "
            "«medarbeider profiles create NAVN» lager en.",
            "en": "No profile called “{name}”, and there are no profiles yet. "
            "“medarbeider profiles create NAME” makes one.",
        },
        "profiles.delete.warning": {
            "nb": {
                "one": "Profilen «{name}» og dagboken dens ({count} oppføring, handlingene og "
                "coachnotatene) slettes for godt.",
                "other": "Profilen «{name}» og dagboken dens ({count} oppføringer, handlingene "
                "og coachnotatene) slettes for godt.",
            },
            "en": {
                "one": "The profile “{name}” and its diary ({count} entry, its actions and "
                "coach notes) will be deleted for good.",
                "other": "The profile “{name}” and its diary ({count} entries, its actions and "
                "coach notes) will be deleted for good.",
            },
        },
        "profiles.delete.ask": {
            "nb": "Skriv navnet på profilen for å slette den: ",
            "en": "Type the name of the profile to delete it: ",
        },
        "profiles.delete.not_confirmed": {
            "nb": "Det du skrev, er ikke navnet på profilen («{name}»), så ingenting er slettet.",
            "en": "What you typed is not the profile's name (“{name}”), so nothing was deleted.",
        },
        "profiles.delete.yes_not_enough": {
            "nb": "--yes er ikke nok for å slette en profil: den har en hel dagbok. Skriv navnet "
            "når du blir spurt, eller gi det med --confirm «{name}».",
            "en": "--yes is not enough to delete a profile: it holds a whole diary. Type its "
            "name when asked, or give it with --confirm “{name}”.",
        },
        "profiles.warning.stray": {
            "nb": "{path} ligger blant profilene, men er ingen profil; den er latt i fred.",
            "en": "{path} is among the profiles but is not one; it was left as it is.",
        },
        "profiles.warning.damaged": {
            "nb": "Profilfila i {path} mangler eller kan ikke leses; profilen vises med "
            "mappenavnet. Svarene er urørt; gi den navnet igjen med «medarbeider profiles "
            "rename».",
            "en": "The profile file in {path} is missing or unreadable; the profile is shown by "
            "its folder's name. Its answers are untouched; name it again with “medarbeider "
            "profiles rename”.",
        },
        "where.profiles": {"nb": "Profiler", "en": "Profiles"},
        "where.profile": {"nb": "Denne profilens dagbok", "en": "This profile's diary"},
        # notices on a shared screen (service.notices)
        "notice.path_hidden": {"nb": "(sti skjult)", "en": "(path hidden)"},
        # coach notes (service.coach_notes, commands.notes, the exports)
        "notes.empty": {
            "nb": "Notatet er tomt, så ingenting er lagret.",
            "en": "The note is empty, so nothing was saved.",
        },
        "notes.too_long": {
            "nb": "Notatet er {length} tegn langt; det kan være høyst {limit}. Del det i flere "
            "notater.",
            "en": "The note is {length} characters long; it can be at most {limit}. Split it "
            "into several notes.",
        },
        "notes.type_it": {
            "nb": "Skriv notatet. Avslutt med Ctrl+D på en tom linje.",
            "en": "Type the note. Finish with Ctrl+D on an empty line.",
        },
        "notes.added": {
            "nb": "Lagret coachnotatet på {id}. Det holdes atskilt fra svarene og blir ikke med "
            "i eksporter uten --include-coach-notes.",
            "en": "Saved the coach note on {id}. It is kept apart from the answers and left out "
            "of exports unless --include-coach-notes is given.",
        },
        "notes.heading": {
            "nb": "Coachnotater på {title}, {when} ({id})",
            "en": "Coach notes on {title}, {when} ({id})",
        },
        "notes.none": {
            "nb": "Ingen coachnotater på {id} ennå. «medarbeider notes add {id}» skriver ett.",
            "en": "No coach notes on {id} yet. “medarbeider notes add {id}” writes one.",
        },
        "notes.deleted_with_entry": {
            "nb": {
                "one": "Coachnotatet på oppføringen ble slettet med den.",
                "other": "De {count} coachnotatene på oppføringen ble slettet med den.",
            },
            "en": {
                "one": "The coach note on the entry was deleted with it.",
                "other": "The {count} coach notes on the entry were deleted with it.",
            },
        },
        "export.coach_notes.title": {"nb": "Coachens notater", "en": "The coach's notes"},
        "export.coach_notes.about": {
            "nb": "Skrevet av coachen, ikke en del av svarene.",
            "en": "Written by the coach; not part of the answers.",
        },
        "export.coach_notes.none": {
            "nb": "Ingen coachnotater på denne oppføringen.",
            "en": "No coach notes on this entry.",
        },
        # the take-home summary (service.core.take_home, diary export --today)
        "export.take_home.title": {"nb": "Dagens økt, {date}", "en": "Today's session, {date}"},
        "export.take_home.nothing": {
            "nb": "Ingen oppføringer i denne profilen er fullført i dag ({date}).",
            "en": "No entries in this profile were completed today ({date}).",
        },
        # teaching cards (report.cards, export.cards, commands.cards)
        "card.position.top_left": {"nb": "Øverst til venstre", "en": "Top left"},
        "card.position.top_right": {"nb": "Øverst til høyre", "en": "Top right"},
        "card.position.bottom_left": {"nb": "Nederst til venstre", "en": "Bottom left"},
        "card.position.bottom_right": {"nb": "Nederst til høyre", "en": "Bottom right"},
        "card.matrix.across": {
            "nb": "Vannrett: {axis}, med «{left}» til venstre og «{right}» til høyre.",
            "en": "Across: {axis}, with “{left}” on the left and “{right}” on the right.",
        },
        "card.matrix.down": {
            "nb": "Loddrett: {axis}, med «{top}» øverst og «{bottom}» nederst.",
            "en": "Up and down: {axis}, with “{top}” at the top and “{bottom}” at the bottom.",
        },
        "card.matrix.columns": {
            "nb": "Kolonner: «{left}» til venstre og «{right}» til høyre.",
            "en": "Columns: “{left}” on the left and “{right}” on the right.",
        },
        "card.matrix.rows": {
            "nb": "Rader: «{top}» øverst og «{bottom}» nederst.",
            "en": "Rows: “{top}” at the top and “{bottom}” at the bottom.",
        },
        "card.matrix.fields": {"nb": "De fire feltene:", "en": "The four fields:"},
        "card.matrix.on_axis": {"nb": "{axis}: {value}", "en": "{axis}: {value}"},
        "card.flow.leads_to": {"nb": "fører til", "en": "leads to"},
        "cards.none": {
            "nb": "Ingen av øvelsene har læringskort.",
            "en": "None of the exercises has teaching cards.",
        },
        "cards.none_in": {
            "nb": "Øvelsen {exercise} har ingen læringskort.",
            "en": "The exercise {exercise} has no teaching cards.",
        },
        "cards.unknown": {
            "nb": "Øvelsen {exercise} har ikke noe kort som heter «{card}». Kortene er: {known}",
            "en": "The exercise {exercise} has no card called “{card}”. Its cards are: {known}",
        },
        "cards.page_title": {
            "nb": "Modellene i «{exercise}»",
            "en": "The models of “{exercise}”",
        },
        "cards.wrote": {
            "nb": "Skrev {path} (bare lesbar for deg).",
            "en": "Wrote {path} (readable only by you).",
        },
        # the command line (cli.py)
        "cli.profile": {
            "nb": "bruk dagboken til profilen NAVN (en klient eller en person du coacher); "
            "standard: MEDARBEIDER_PROFILE, ellers standardprofilen",
            "en": "use the diary of the profile NAME (a client, or a person you coach); "
            "default: MEDARBEIDER_PROFILE, else the default profile",
        },
        "cli.metavar.name": {"nb": "NAVN", "en": "NAME"},
        "cli.metavar.new_name": {"nb": "NYTT_NAVN", "en": "NEW_NAME"},
        "cli.metavar.card": {"nb": "KORT", "en": "CARD"},
        "cli.profiles": {
            "nb": "profiler: én dagbok for hver person du coacher",
            "en": "profiles: one diary for each person you coach",
        },
        "cli.profiles.list": {
            "nb": "vis profilene og hvor mange oppføringer hver har",
            "en": "list the profiles and how many entries each holds",
        },
        "cli.profiles.create": {"nb": "lag en ny profil", "en": "make a new profile"},
        "cli.profiles.rename": {
            "nb": "gi en profil et nytt navn (svarene følger med)",
            "en": "give a profile a new name (its answers come along)",
        },
        "cli.profiles.delete": {
            "nb": "slett en profil og hele dagboken dens (du skriver navnet for å bekrefte)",
            "en": "delete a profile and its whole diary (you type its name to confirm)",
        },
        "cli.profiles.name": {
            "nb": "profilens navn (store og små bokstaver regnes som like)",
            "en": "the profile's name (capital and small letters count as the same)",
        },
        "cli.profiles.new": {"nb": "det nye navnet", "en": "the new name"},
        "cli.profiles.delete.confirm": {
            "nb": "bekreft med navnet her i stedet for å skrive det når du blir spurt",
            "en": "confirm with the name here instead of typing it when asked",
        },
        "cli.profiles.delete.yes": {
            "nb": "ikke nok for en profil: bruk --confirm NAVN",
            "en": "not enough for a profile: use --confirm NAME",
        },
        "cli.notes": {
            "nb": "coachens egne notater på en oppføring (holdes atskilt fra svarene)",
            "en": "the coach's own notes on an entry (kept apart from the answers)",
        },
        "cli.notes.add": {"nb": "skriv et notat på en oppføring", "en": "write a note on an entry"},
        "cli.notes.text": {
            "nb": "notatet; uten det leses notatet fra standard inn",
            "en": "the note; without it, the note is read from standard input",
        },
        "cli.notes.show": {
            "nb": "vis notatene på en oppføring",
            "en": "show the notes on an entry",
        },
        "cli.cards": {
            "nb": "læringskort: modellene i øvelsene, til å vise før svarene",
            "en": "teaching cards: the exercises' models, to show before answering",
        },
        "cli.cards.list": {"nb": "vis kortene", "en": "list the cards"},
        "cli.cards.show": {
            "nb": "vis et kort (eller alle kortene i øvelsen) med ord",
            "en": "show a card (or all of the exercise's cards) in words",
        },
        "cli.cards.exercise": {
            "nb": "øvelsens id (eller pakke-id/øvelses-id)",
            "en": "the exercise id (or pack-id/exercise-id)",
        },
        "cli.cards.card": {
            "nb": "kortets id; uten den vises alle kortene i øvelsen",
            "en": "the card's id; without it, every card of the exercise is shown",
        },
        "cli.cards.format": {
            "nb": "text: med ord (standard); html: en fil til å skrive ut",
            "en": "text: in words (default); html: a file to print",
        },
        "cli.cards.output": {
            "nb": "skriv HTML-fila hit (en ny fil, bare lesbar for deg); standard: standard ut",
            "en": "write the HTML file here (a new file, readable only by you); default: "
            "standard output",
        },
        "cli.diary.export.today": {
            "nb": "dagens økt: oppføringene i denne profilen som er fullført i dag, som ett "
            "dokument å ta med hjem",
            "en": "today's session: the entries of this profile completed today, as one "
            "document to take home",
        },
        "cli.diary.export.include_coach_notes": {
            "nb": "ta med coachens notater, i en egen del merket som coachens",
            "en": "include the coach's notes, in a section of their own marked as the coach's",
        },
    }
)

# coach mode in the TUI (issue 13): the profile picker, the presentation view, the curtain,
# teaching cards, the take-home summary, and the fixes for a shared screen
# Values: name (a profile's name, person text), shortcut (a key's name, «F7»), n and total, count.
INTERFACE_TEXT.update(
    {
        # the privacy text names the way History deletes (d); without a path when presenting
        "privacy.where": {
            "nb": "Svarene lagres som JSON-filer i {path}, bare lesbare for deg. Du sletter en "
            "oppføring i historikken (h, så d), eller alt ved å slette mappen.",
            "en": "Answers are stored as JSON files in {path}, readable only by you. Delete an "
            "entry in the history (h, then d), or everything by deleting the folder.",
        },
        "privacy.where.present": {
            "nb": "Svarene lagres som filer på denne maskinen, bare lesbare for deg. Du sletter "
            "en oppføring i historikken (h, så d).",
            "en": "Answers are stored as files on this machine, readable only by you. Delete an "
            "entry in the history (h, then d).",
        },
        "cli.present": {
            "nb": "start i presentasjonsvisning (delt skjerm: mer luft, ingen filstier, ingen "
            "andre oppføringer på forsiden)",
            "en": "start in the presentation view (a shared screen: more space, no file paths, "
            "no other entries on home)",
        },
        # keys in the footer: short, so every footer fits 80 columns
        "key.curtain": {"nb": "Skjul", "en": "Hide"},
        "key.present": {"nb": "Presenter", "en": "Present"},
        "key.cards": {"nb": "Modell", "en": "Model"},
        "key.profiles": {"nb": "Profil", "en": "Profile"},
        "key.choose": {"nb": "Velg", "en": "Choose"},
        "key.rename": {"nb": "Gi nytt navn", "en": "Rename"},
        "key.next_card": {"nb": "Neste", "en": "Next"},
        "key.previous_card": {"nb": "Forrige", "en": "Previous"},
        "key.take_home": {"nb": "Ta med", "en": "Take home"},
        # home
        "ui.home.tagline": {
            "nb": "Refleksjon over egen arbeidshverdag",
            "en": "Reflecting on your own working life",
        },
        # the curtain
        "ui.curtain.hint": {"nb": "{shortcut}", "en": "{shortcut}"},
        # the presentation view
        "ui.present.on": {
            "nb": "Presentasjonsvisning: mer luft, ingen filstier, ingen andre oppføringer. "
            "{shortcut} slår den av.",
            "en": "Presentation view: more space, no file paths, no other entries. "
            "{shortcut} turns it off.",
        },
        "ui.present.off": {"nb": "Vanlig visning.", "en": "Usual view."},
        # profiles
        "ui.profile.current": {"nb": "Profil: {name}", "en": "Profile: {name}"},
        "ui.profiles.title": {"nb": "Hvem gjelder økten?", "en": "Who is this session for?"},
        "ui.profiles.help": {
            "nb": "Velg en profil og trykk Enter. Hver profil har sin egen dagbok; ingen ser "
            "de andres. n lager en ny, r gir nytt navn, d sletter.",
            "en": "Choose a profile and press Enter. Each profile has a diary of its own; none "
            "sees the others'. n makes a new one, r renames, d deletes.",
        },
        "ui.profiles.in_use": {"nb": "i bruk nå", "en": "in use now"},
        "ui.profiles.default_fixed": {
            "nb": "Standardprofilen kan ikke få nytt navn eller slettes.",
            "en": "The default profile cannot be renamed or deleted.",
        },
        "ui.profiles.in_use_kept": {
            "nb": "Profilen er i bruk nå. Velg en annen først, så kan du slette denne.",
            "en": "This profile is in use now. Choose another first, then you can delete it.",
        },
        "ui.profiles.create.title": {
            "nb": "Ny profil: skriv et navn eller initialer",
            "en": "New profile: type a name or initials",
        },
        "ui.profiles.rename.title": {
            "nb": "Nytt navn på «{name}»",
            "en": "New name for “{name}”",
        },
        "ui.profiles.delete.title": {
            "nb": "Slette profilen «{name}»?",
            "en": "Delete the profile “{name}”?",
        },
        "ui.profiles.delete.body": {
            "nb": {
                "one": "Profilen og dagboken dens ({count} oppføring) slettes for godt. Skriv "
                "navnet «{name}» for å bekrefte.",
                "other": "Profilen og dagboken dens ({count} oppføringer) slettes for godt. "
                "Skriv navnet «{name}» for å bekrefte.",
            },
            "en": {
                "one": "The profile and its diary ({count} entry) are deleted for good. Type "
                "the name “{name}” to confirm.",
                "other": "The profile and its diary ({count} entries) are deleted for good. "
                "Type the name “{name}” to confirm.",
            },
        },
        "ui.profiles.deleted": {"nb": "Profilen er slettet.", "en": "The profile is deleted."},
        # teaching cards
        "ui.cards.none": {
            "nb": "Denne øvelsen har ingen modell å vise.",
            "en": "This exercise has no model to show.",
        },
        "ui.cards.counter": {"nb": "Modell {n} av {total}", "en": "Model {n} of {total}"},
        # the take-home summary
        "ui.take_home.title": {"nb": "Dagens økt", "en": "Today's session"},
        # the result: how its sections open (Enter no longer closes it)
        "ui.result.sections": {
            "nb": "Tab går til «Dine svar» og «Hvorfor»; Enter åpner og lukker dem. Esc lukker.",
            "en": "Tab goes to “Your answers” and “Why”; Enter opens and closes them. Esc closes.",
        },
        # the command palette and Textual's own notices, in the person's language
        "key.palette": {"nb": "kommandoer", "en": "commands"},
        "ui.cmd.search": {"nb": "Søk etter kommandoer …", "en": "Search for commands…"},
        "ui.cmd.present": {
            "nb": "Presentasjonsvisning av eller på",
            "en": "Presentation view on or off",
        },
        "ui.cmd.curtain": {"nb": "Skjul skjermen", "en": "Hide the screen"},
        "ui.cmd.keys": {"nb": "Taster", "en": "Keys"},
        "ui.cmd.keys.show": {
            "nb": "Vis hjelp og tastene som virker her",
            "en": "Show help and the keys that work here",
        },
        "ui.cmd.keys.hide": {"nb": "Skjul hjelpen og tastene", "en": "Hide the help and keys"},
        "ui.cmd.quit": {"nb": "Avslutt", "en": "Quit"},
        "ui.cmd.quit.help": {
            "nb": "Lagre og avslutt medarbeider",
            "en": "Save and quit medarbeider",
        },
        "ui.cmd.how_to_quit": {
            "nb": "Trykk Ctrl+Q for å avslutte (alt er lagret først).",
            "en": "Press Ctrl+Q to quit (everything is saved first).",
        },
        "ui.theme.name.medarbeider": {"nb": "rolig", "en": "calm"},
        "ui.theme.name.medarbeider-lys": {"nb": "lys", "en": "light"},
        "ui.theme.name.medarbeider-kontrast": {"nb": "høy kontrast", "en": "high contrast"},
    }
)

# over time in the TUI (issue 11): the history's story, last time, trends, the trail, compare,
# actions
INTERFACE_TEXT.update(
    {
        "ui.history.story": {"nb": "Øvelse og resultat", "en": "Exercise and result"},
        "ui.history.all": {"nb": "alle", "en": "all"},
        "ui.history.filters": {
            "nb": "x Øvelse: {exercise}  ·  s Status: {status}  ·  {shown}",
            "en": "x Exercise: {exercise}  ·  s Status: {status}  ·  {shown}",
        },
        "ui.history.showing": {
            "nb": "{first}–{last} av {total}",
            "en": "{first}–{last} of {total}",
        },
        "key.compare": {"nb": "Sammenlign", "en": "Compare"},
        "key.trend": {"nb": "Trend", "en": "Trend"},
        "key.filter_exercise": {"nb": "Øvelse", "en": "Exercise"},
        "key.filter_status": {"nb": "Status", "en": "Status"},
        "ui.compare.mark_two": {
            "nb": "Merk to fullførte oppføringer av samme øvelse med mellomrom, og trykk c.",
            "en": "Mark two completed entries of the same exercise with space, then press c.",
        },
        "ui.trend.title": {"nb": "Over tid", "en": "Over time"},
        "trend.showing_last": {
            "nb": "Søylene viser de siste {shown} av {count}; linja under viser alle.",
            "en": "The bars show the last {shown} of {count}; the line below shows them all.",
        },
        "trend.common_note": {
            "nb": "utsagnene er endret: endringen gjelder utsagnene de to har felles",
            "en": "the statements changed: the change is on the statements the two share",
        },
        "trail.newest": {"nb": "{when} (nyest)", "en": "{when} (newest)"},
        "trail.older": {
            "nb": {"one": "{count} eldre", "other": "{count} eldre"},
            "en": {"one": "{count} older", "other": "{count} older"},
        },
        "ui.trend.trail": {
            "nb": "Plasseringene over tid {legend}",
            "en": "The placements over time {legend}",
        },
        "ui.compare.title": {"nb": "Sammenligning", "en": "Comparison"},
        "ui.compare.moved": {"nb": "Endring", "en": "Moved"},
        "ui.compare.changed": {"nb": "endret", "en": "changed"},
        "key.only_moved": {"nb": "Bare endringer", "en": "Only changes"},
        "ui.compare.before": {"nb": "Før", "en": "Before"},
        "ui.compare.after": {"nb": "Etter", "en": "After"},
        "key.last_time": {"nb": "Sist", "en": "Last time"},
        "ui.last.text": {"nb": "Sist ({date}) skrev du:", "en": "Last time ({date}) you wrote:"},
        "ui.last.text_hint": {
            "nb": "Ctrl+L viser det du skrev sist.",
            "en": "Ctrl+L shows what you wrote last time.",
        },
        "ui.last.list": {
            "nb": {
                "one": "Sist ({date}) hadde du {count} oppføring. Ctrl+L tar den med hit, så "
                "beholder, fjerner eller legger du til.",
                "other": "Sist ({date}) hadde du {count} oppføringer. Ctrl+L tar dem med hit, så "
                "beholder, fjerner eller legger du til.",
            },
            "en": {
                "one": "Last time ({date}) you had {count} entry. Ctrl+L brings it here; then "
                "keep, remove or add.",
                "other": "Last time ({date}) you had {count} entries. Ctrl+L brings them here; "
                "then keep, remove or add.",
            },
        },
        "ui.actions.title": {"nb": "Handlinger", "en": "Actions"},
        "ui.actions.orphaned": {
            "nb": "Oppføringen den kom fra, er slettet: k beholder den, l lar den gå.",
            "en": "The entry it came from was deleted: k keeps it, l lets it go.",
        },
        "ui.actions.let_go.title": {"nb": "La handlingen gå?", "en": "Let the action go?"},
        "ui.actions.let_go.body": {
            "nb": "«{what}» fjernes for godt, med det du har skrevet om den. Dette kan ikke "
            "angres.",
            "en": "“{what}” is removed for good, with what you wrote about it. This cannot be "
            "undone.",
        },
        "ui.actions.review.title": {
            "nb": "Se på handlingen igjen",
            "en": "Look at the action again",
        },
        "ui.actions.state": {"nb": "Hvordan står det til nå?", "en": "Where does it stand now?"},
        "ui.actions.choose.done": {"nb": "Ferdig", "en": "Done"},
        "ui.actions.choose.going_on": {"nb": "Fortsetter", "en": "Going on"},
        "ui.actions.choose.let_go": {"nb": "La den gå", "en": "Let it go"},
        "ui.actions.next": {
            "nb": "Når vil du se på den igjen? (tomt for ingen dato)",
            "en": "When do you want to look at it again? (empty for no date)",
        },
        "ui.actions.date_placeholder": {"nb": "dd.mm.åååå", "en": "dd.mm.yyyy or yyyy-mm-dd"},
        "ui.actions.bad_date": {
            "nb": "«{text}» er ikke en dato. Skriv den som dd.mm.åååå, f.eks. 15.03.2027.",
            "en": "“{text}” is not a date. Write it as dd.mm.yyyy or yyyy-mm-dd, e.g. 2027-03-15.",
        },
        "ui.actions.saved.done": {
            "nb": "Lagret: ferdig. Godt jobbet.",
            "en": "Saved: done. Well done.",
        },
        "ui.actions.saved.going_on": {"nb": "Lagret: fortsetter.", "en": "Saved: going on."},
        "ui.actions.saved.let_go": {"nb": "Lagret: latt gå.", "en": "Saved: let go."},
        "ui.actions.first.title": {
            "nb": {
                "one": "Dette planla du sist, og den er fortsatt åpen:",
                "other": "Dette planla du sist, og {count} er fortsatt åpne:",
            },
            "en": {
                "one": "You planned this last time, and it is still open:",
                "other": "You planned these last time, and {count} are still open:",
            },
        },
        "key.review_action": {"nb": "Se på igjen", "en": "Look at again"},
        "key.keep_action": {"nb": "Behold", "en": "Keep"},
        "key.let_go_action": {"nb": "La gå", "en": "Let go"},
        "key.save_review": {"nb": "Lagre", "en": "Save"},
        "key.go_on": {"nb": "Videre til øvelsen", "en": "On to the exercise"},
        "key.actions": {"nb": "Handlinger", "en": "Actions"},
        "ui.home.due": {"nb": "{due} – trykk a", "en": "{due} – press a"},
    }
)

# authoring (issue 16): placeholders, ranking and number steps in plain mode, `packs new`,
# `packs validate --watch`, and the TUI's --reload.
INTERFACE_TEXT.update(
    {
        "placeholder.unanswered": {"nb": "(ikke besvart)", "en": "(not answered)"},
        "cli.packs.validate.watch": {
            "nb": "sjekk igjen hver gang en fil i pakken lagres (til Ctrl+C)",
            "en": "check again whenever a file of the pack is saved (until Ctrl+C)",
        },
        "cli.packs.new": {
            "nb": "lag en ny pakke med kommentarer og én øvelse med alle stegtypene",
            "en": "make a new, commented pack with one exercise using every kind of step",
        },
        "cli.packs.new.id": {
            "nb": "pakkens id (små bokstaver, tall, - og _); blir navnet på mappen",
            "en": "the pack's id (lower-case letters, digits, - and _); also the folder's name",
        },
        "cli.packs.new.into": {
            "nb": "mappen den nye pakken legges i (standard: denne mappen)",
            "en": "the folder to put the new pack in (default: this folder)",
        },
        "packs.new.bad_id": {
            "nb": "«{id}» kan ikke være en pakke-id: bruk små bokstaver, tall, - og _, f.eks. "
            "«min-pakke».",
            "en": "“{id}” cannot be a pack id: use lower-case letters, digits, - and _, e.g. "
            "“my-pack”.",
        },
        "packs.new.exists": {
            "nb": "{path} finnes allerede; ingenting er endret. Velg en annen id eller mappe.",
            "en": "{path} already exists; nothing was changed. Choose another id or folder.",
        },
        "packs.new.done": {
            "nb": "Ny pakke i {path}. Sjekk den med «medarbeider packs validate --watch {path}», "
            "og prøv den med «medarbeider run first --pack {path}».",
            "en": "New pack in {path}. Check it with “medarbeider packs validate --watch "
            "{path}”, and try it with “medarbeider run first --pack {path}”.",
        },
        "packs.watching": {
            "nb": "Ser etter endringer (Ctrl+C avslutter) …",
            "en": "Watching for changes (Ctrl+C ends) …",
        },
        "packs.changed": {"nb": "— endret {time} —", "en": "— changed {time} —"},
        "plain.rank": {
            "nb": "Skriv numrene 1 til {max} i den rekkefølgen du vil ha dem, det viktigste "
            "først (f.eks. «2 1 3»).",
            "en": "Write the numbers 1 to {max} in the order you want them, most important "
            "first (e.g. “2 1 3”).",
        },
        "plain.what.rank": {
            "nb": "skriv hvert nummer fra 1 til {max} én gang, det viktigste først.",
            "en": "write each number from 1 to {max} once, most important first.",
        },
        "plain.ranked": {"nb": "Rekkefølge: {order}.", "en": "Order: {order}."},
        "key.rank_up": {"nb": "Flytt opp", "en": "Move up"},
        "key.rank_down": {"nb": "Flytt ned", "en": "Move down"},
        "ui.ranking.help": {
            "nb": "↑ ↓ velger, Shift+↑ og Shift+↓ flytter. Det viktigste øverst.",
            "en": "↑ ↓ choose, Shift+↑ and Shift+↓ move. Most important at the top.",
        },
        "ui.number.help": {
            "nb": "Skriv et tall fra {min} til {max}.",
            "en": "Type a number from {min} to {max}.",
        },
        "plain.ranked_now": {"nb": "Rekkefølge nå: {order}.", "en": "Order now: {order}."},
        "plain.number_range": {
            "nb": "Svar med et tall fra {min} til {max}",
            "en": "Answer with a number from {min} to {max}",
        },
        "plain.number_step": {
            "nb": "{range}, i steg på {step}",
            "en": "{range}, in steps of {step}",
        },
        "cli.run.reload": {
            "nb": "les pakken inn på nytt hver gang en av filene lagres, og vis feilene i den "
            "(fullskjerm; for den som skriver pakker)",
            "en": "read the pack again whenever one of its files is saved, and show its errors "
            "(full screen; for pack authors)",
        },
        "ui.reload.problems": {
            "nb": {
                "one": "Pakken har en feil, så forrige versjon vises fortsatt. Svarene dine er "
                "trygge. Rett feilen og lagre igjen:",
                "other": "Pakken har {count} feil, så forrige versjon vises fortsatt. Svarene "
                "dine er trygge. Rett feilene og lagre igjen:",
            },
            "en": {
                "one": "The pack has an error, so the previous version is still shown. Your "
                "answers are safe. Fix it and save again:",
                "other": "The pack has {count} errors, so the previous version is still shown. "
                "Your answers are safe. Fix them and save again:",
            },
        },
        "ui.reload.more": {
            "nb": "… og {count} til (alle: medarbeider packs validate)",
            "en": "… and {count} more (all of them: medarbeider packs validate)",
        },
        "ui.reload.done": {
            "nb": "Pakken er lest inn på nytt ({time}).",
            "en": "The pack was read again ({time}).",
        },
        "ui.reload.kept": {
            "nb": {
                "one": "Svaret {keys} hører til et steg som ikke finnes nå; det er beholdt i "
                "utkastet.",
                "other": "Svarene {keys} hører til steg som ikke finnes nå; de er beholdt i "
                "utkastet.",
            },
            "en": {
                "one": "The answer {keys} belongs to a step that is not there now; it is kept "
                "in the draft.",
                "other": "The answers {keys} belong to steps that are not there now; they are "
                "kept in the draft.",
            },
        },
        "plain.list_how_between": {
            "nb": "Skriv ett punkt per linje, minst {min} og høyst {max}. Nye punkter kommer til "
            "slutt i listen.",
            "en": "Write one item per line, at least {min} and at most {max}. New items go at the "
            "end of the list.",
        },
        "plain.list_needs_more": {
            "nb": {
                "one": "Listen trenger minst {min} punkter og har {have}. Skriv ett til.",
                "other": "Listen trenger minst {min} punkter og har {have}. Skriv {count} til.",
            },
            "en": {
                "one": "The list needs at least {min} items and has {have}. Write one more.",
                "other": "The list needs at least {min} items and has {have}. Write {count} more.",
            },
        },
    }
)

# --- the TUI on a shared screen (issue 13) and a 0–10 scale's key for 10 (issue 16) ----------
INTERFACE_TEXT.update(
    {
        "ui.scale.help_ten": {
            "nb": "Trykk et tall (t for 10), eller velg med piltastene og Enter.",
            "en": "Press a number (t for 10), or choose with the arrow keys and Enter.",
        },
    }
)

# --- Scale and bad input (issue 11): a trend over entries made with another pack version ---------
INTERFACE_TEXT.update(
    {
        "trend.other_version": {
            "nb": "Oppføringene er laget med en annen versjon av pakken ({versions}) enn den som "
            "er installert ({installed}). Trenden viser det som er lagret; det pakken ikke har "
            "lenger, står med id-en.",
            "en": "The entries were made with another version of the pack ({versions}) than the "
            "one installed ({installed}). The trend shows what was stored; what the pack no "
            "longer has is shown by its id.",
        },
    }
)

# --- Trends from columns (issue 11): the trend screen says the last placements in words ----------
INTERFACE_TEXT.update(
    {
        "ui.trend.words_last": {
            "nb": "I ord, de siste {shown} av {count} plasseringene:",
            "en": "In words, the last {shown} of {count} placements:",
        },
    }
)
