"""What pack validation says: each problem and its fix, in bokmål and English.

``problem.*`` says what is wrong, ``hint.*`` how to fix it; ``packs validate`` prints them as
``file:line:col: problem — hint``. The reader is a pack author with the YAML open, so what
belongs to YAML stays as written in both languages: field names, kinds, ids and values are
quoted as in the file ('optional', 'high'), numbers keep the decimal point YAML needs (3.5).
``hint.about.*`` describe fields: they fill "add 'title:' (…)" and the JSON Schema's
descriptions (in English).
"""

from __future__ import annotations

TEXTS: dict[str, dict[str, str | dict[str, str]]] = {
    "problem.warning_tag": {"nb": "advarsel:", "en": "warning:"},
    # --- what was found instead ------------------------------------------------------------
    "problem.found.mapping": {"nb": "nøkkel–verdi-par", "en": "a mapping"},
    "problem.found.list": {"nb": "en liste", "en": "a list"},
    "problem.found.nothing": {"nb": "ingenting", "en": "nothing"},
    "problem.found.value": {"nb": "{value!r}", "en": "{value!r}"},
    # --- the shape of a value --------------------------------------------------------------
    "problem.expected_text": {
        "nb": "forventet tekst, fant {found}",
        "en": "expected text, found {found}",
    },
    "hint.write_text": {"nb": "skriv teksten her", "en": "write the text here"},
    "problem.text_empty": {"nb": "teksten er tom", "en": "this text is empty"},
    "hint.write_or_remove": {
        "nb": "skriv noe, eller fjern feltet",
        "en": "write something or remove the field",
    },
    "problem.text_too_long": {
        "nb": "teksten har {length} tegn, over grensen på {limit}",
        "en": "this text is {length} characters long, over the limit of {limit}",
    },
    "hint.shorten": {"nb": "gjør den kortere", "en": "shorten it"},
    "problem.not_allowed": {
        "nb": "{value!r} er ikke tillatt her",
        "en": "{value!r} is not allowed here",
    },
    "problem.expected_whole_number": {
        "nb": "forventet et heltall, fant {found}",
        "en": "expected a whole number, found {found}",
    },
    "problem.expected_number": {
        "nb": "forventet et tall, fant {found}",
        "en": "expected a number, found {found}",
    },
    "hint.write_whole_number": {"nb": "skriv et heltall", "en": "write a whole number"},
    "hint.write_number": {"nb": "skriv et tall", "en": "write a number"},
    "hint.no_quotes": {
        "nb": "skriv tallet uten anførselstegn",
        "en": "write the number without quotes",
    },
    "hint.decimal_point": {
        "nb": "YAML bruker punktum som desimaltegn (3.5)",
        "en": "use a point as the decimal mark (3.5)",
    },
    "problem.not_finite": {
        "nb": "forventet et endelig tall, fant {value!r}",
        "en": "expected a finite number, found {value!r}",
    },
    "problem.below_minimum": {
        "nb": "{value} er under minimum {minimum}",
        "en": "{value} is below the minimum {minimum}",
    },
    "hint.at_least": {"nb": "bruk minst {minimum}", "en": "use a value of at least {minimum}"},
    "problem.above_maximum": {
        "nb": "{value} er over maksimum {maximum}",
        "en": "{value} is above the maximum {maximum}",
    },
    "hint.at_most": {"nb": "bruk høyst {maximum}", "en": "use a value of at most {maximum}"},
    "problem.expected_bool": {
        "nb": "forventet true eller false, fant {found}",
        "en": "expected true or false, found {found}",
    },
    "hint.true_or_false": {
        "nb": "skriv true eller false (yes/no/on/off godtas ikke)",
        "en": "write true or false (yes/no/on/off are not accepted)",
    },
    "problem.expected_local_text": {
        "nb": "forventet tekst eller tekst per språk, fant {found}",
        "en": "expected text or a map of languages, found {found}",
    },
    "hint.text_or_languages": {
        "nb": "skriv teksten, eller f.eks. {example}",
        "en": "write the text, or e.g. {example}",
    },
    "problem.unknown_language": {
        "nb": "ukjent språk {language!r} i denne teksten",
        "en": "unknown language {language!r} in this text",
    },
    "hint.comma_in_braces": {
        "nb": "et komma inne i {braces} starter en ny oppføring: sett teksten i anførselstegn",
        "en": "a comma inside {braces} starts a new entry: put the text in quotes",
    },
    "hint.pack_languages": {
        "nb": "bruk et av pakkens språk: {languages}",
        "en": "use one of the pack's languages: {languages}",
    },
    "problem.no_text": {"nb": "ingen tekst er gitt", "en": "no text given"},
    "problem.missing_translation": {
        "nb": "oversettelse mangler: {languages}",
        "en": "missing translation: {languages}",
    },
    "hint.add_translation": {
        "nb": "legg til '{language}:' her; inntil da ser leserne teksten på '{fallback}', merket",
        "en": "add '{language}:' here; until then readers see '{fallback}' text, marked",
    },
    "problem.expected_list": {
        "nb": "forventet en liste, fant {found}",
        "en": "expected a list, found {found}",
    },
    "hint.list_items": {
        "nb": "start hvert punkt på en egen linje med '- '",
        "en": "start each item on its own line with '- '",
    },
    "problem.too_few_items": {
        "nb": {
            "one": "listen må ha minst {count} punkt",
            "other": "listen må ha minst {count} punkter",
        },
        "en": {
            "one": "this list needs at least {count} item",
            "other": "this list needs at least {count} items",
        },
    },
    "problem.too_many_items": {
        "nb": "listen har {found} punkter, over grensen på {count}",
        "en": "this list has {found} items, over the limit of {count}",
    },
    "problem.expected_mapping": {
        "nb": "forventet nøkkel–verdi-par, fant {found}",
        "en": "expected a mapping, found {found}",
    },
    "hint.key_value_lines": {
        "nb": "skriv linjer på formen 'nøkkel: verdi'",
        "en": "write 'key: value' lines",
    },
    "problem.too_few_entries": {
        "nb": {
            "one": "her trengs minst {count} nøkkel",
            "other": "her trengs minst {count} nøkler",
        },
        "en": {
            "one": "this mapping needs at least {count} entry",
            "other": "this mapping needs at least {count} entries",
        },
    },
    "problem.same_key": {
        "nb": "{key!r} betyr det samme som nøkkelen på linje {line}",
        "en": "{key!r} means the same as the key on line {line}",
    },
    "hint.keep_one": {"nb": "behold bare én av dem", "en": "keep only one of them"},
    # --- fields and kinds ------------------------------------------------------------------
    "problem.expected_fields": {
        "nb": "forventet nøkkel–verdi-par med {fields}, fant {found}",
        "en": "expected a mapping with {fields}, found {found}",
    },
    "problem.unknown_field": {"nb": "ukjent felt {name!r}", "en": "unknown field {name!r}"},
    "hint.did_you_mean": {"nb": "mente du {suggestion!r}?", "en": "did you mean {suggestion!r}?"},
    "hint.allowed_fields": {"nb": "tillatt her: {fields}", "en": "allowed here: {fields}"},
    "problem.missing_field": {
        "nb": "feltet {name!r} mangler, og det er påkrevd",
        "en": "missing required field {name!r}",
    },
    "hint.add_field": {"nb": "legg til '{name}:' ({about})", "en": "add '{name}:' ({about})"},
    "problem.expected_tagged": {
        "nb": "forventet nøkkel–verdi-par med '{key}:', fant {found}",
        "en": "expected a mapping with '{key}:', found {found}",
    },
    "hint.start_with_key": {
        "nb": "begynn med '{key}: ' og ett av: {kinds}",
        "en": "start with '{key}: ' and one of: {kinds}",
    },
    "problem.unknown_kind": {
        "nb": "ukjent verdi for {key}: {kind!r}",
        "en": "unknown {key} {kind!r}",
    },
    "hint.one_of": {"nb": "bruk ett av: {kinds}", "en": "use one of: {kinds}"},
    "problem.missing_key": {"nb": "'{key}:' mangler", "en": "missing '{key}:'"},
    "hint.add_key": {
        "nb": "legg til '{key}:' med ett av: {kinds}",
        "en": "add '{key}:' with one of: {kinds}",
    },
    "hint.must_be": {"nb": "må være {value!r}", "en": "must be {value!r}"},
    "hint.ident": {
        "nb": "bruk små bokstaver a–z, sifre, '-' eller '_' (f.eks. 'sb1', "
        "'hall-kvadranten'), høyst 64 tegn",
        "en": "use lower-case letters, digits, '-' or '_' (e.g. 'sb1', 'hall-kvadranten'), "
        "at most 64 characters",
    },
    "hint.high_or_low": {"nb": "skriv high eller low", "en": "write high or low"},
    "hint.language_code": {
        "nb": "en språkkode som nb eller en",
        "en": "a language code such as nb or en",
    },
    "hint.exercise_path": {
        "nb": "en relativ sti til en .yaml-fil inne i pakkemappen (uten '..', ikke fra '/')",
        "en": "a relative path to a .yaml file inside the pack folder (no '..', not from '/')",
    },
    # --- what each field is for (missing-field hints, and the JSON Schema) -----------------
    "hint.about.see_schema": {
        "nb": "se «medarbeider packs schema»",
        "en": "see `medarbeider packs schema`",
    },
    "hint.about.text": {
        "nb": "tekst: én streng, eller en streng per språkkode",
        "en": "text: a string, or a map of language code to string",
    },
    "hint.about.markdown": {
        "nb": "Markdown-tekst: én streng, eller en streng per språkkode",
        "en": "Markdown text: a string or a map of language to string",
    },
    "hint.about.optional": {
        "nb": "kan personen la dette stå ubesvart?",
        "en": "may the person leave this unanswered?",
    },
    "hint.about.private": {
        "nb": "hold svarene utenfor eksport med mindre personen ber om dem",
        "en": "keep the answers out of exports unless the person asks",
    },
    "hint.about.scale": {
        "nb": "en svarskala med etiketter, f.eks. 1 Helt uenig … 5 Helt enig",
        "en": "a labelled answer scale, e.g. 1 Helt uenig … 5 Helt enig",
    },
    "hint.about.scale_min": {"nb": "skalaens laveste verdi", "en": "the scale's lowest value"},
    "hint.about.scale_max": {"nb": "skalaens høyeste verdi", "en": "the scale's highest value"},
    "hint.about.labels": {
        "nb": "en etikett per verdi (heltall), i alle fall for begge ender",
        "en": "a label for each value, at least the ends",
    },
    "hint.about.scale_id": {"nb": "skalaens id", "en": "scale id"},
    "hint.about.scales": {
        "nb": "navngitte svarskalaer, etter id",
        "en": "named answer scales, by id",
    },
    "hint.about.step_id": {
        "nb": "stegets faste id; svarene lagres under den",
        "en": "the step's stable id; answers are stored under it",
    },
    "hint.about.item_id": {
        "nb": "utsagnets faste id; bruk aldri samme id om igjen for en annen ordlyd",
        "en": "the item's stable id; never reuse an id for different wording",
    },
    "hint.about.reverse": {
        "nb": "snudd: skåres som min + maks − svar",
        "en": "reverse-keyed: scored as min+max−answer",
    },
    "hint.about.source": {
        "nb": "hvor ordlyden kommer fra: deck, deck-corrected, draft, slide-only",
        "en": "where the wording comes from: deck, deck-corrected, draft, slide-only",
    },
    "hint.about.option_id": {"nb": "alternativets id", "en": "option id"},
    "hint.about.cell_id": {"nb": "cellens id", "en": "cell id"},
    "hint.about.slot_id": {"nb": "plassens id", "en": "slot id"},
    "hint.about.level_id": {"nb": "nivåets id", "en": "level id"},
    "hint.about.quadrant_id": {"nb": "kvadrantens id", "en": "quadrant id"},
    "hint.about.score_id": {"nb": "skårens id", "en": "score id"},
    "hint.about.item_ref": {"nb": "id-en til et utsagn", "en": "scale item id"},
    "hint.about.mean_ref": {"nb": "id-en til en gjennomsnittsskår", "en": "mean score id"},
    "hint.about.mean_items": {
        "nb": "utsagnene gjennomsnittet regnes av, alle på samme skala",
        "en": "the scale items averaged, all on one scale",
    },
    "hint.about.grid": {
        "nb": "tegn cellene som et 2×2-rutenett: to kolonne- og to radoverskrifter",
        "en": "draw the cells as a 2×2 grid: two column and two row headings",
    },
    "hint.about.grid_columns": {
        "nb": "to kolonneoverskrifter (tekst, ikke celle-id-er)",
        "en": "two column headings (texts, not cell ids)",
    },
    "hint.about.grid_rows": {
        "nb": "to radoverskrifter (tekst, ikke celle-id-er)",
        "en": "two row headings (texts, not cell ids)",
    },
    "hint.about.options_from": {
        "nb": "hent alternativene fra et steg (utsagn, alternativer eller punkter) eller en "
        "rangeringsskår",
        "en": "take the options from a step (its items, options or entries) or a rank score",
    },
    "hint.about.options_step": {
        "nb": "et scale-, choice- eller list-steg",
        "en": "a scale, choice or list step",
    },
    "hint.about.options_score": {
        "nb": "en lowest- eller highest-skår",
        "en": "a lowest/highest score",
    },
    "hint.about.step": {"nb": "ett skjermbilde i en øvelse", "en": "one screen of an exercise"},
    "hint.about.steps": {
        "nb": "øvelsens steg, i den rekkefølgen de vises",
        "en": "the exercise's steps, in the order they are shown",
    },
    "hint.about.step_scale": {
        "nb": "id-en til en skala i øvelsen eller pakken",
        "en": "a scale id from this exercise or the pack",
    },
    "hint.about.scale_items": {
        "nb": "utsagnene personen svarer på, hvert med id og text",
        "en": "the statements to answer, each with id and text",
    },
    "hint.about.not_relevant": {"nb": "tilby «ikke relevant»", "en": "offer «ikke relevant»"},
    "hint.about.about": {
        "nb": "vis resultatet til denne skåren (og oppfølgingene) over spørsmålet",
        "en": "show this score's result (and follow-ups) above the prompt",
    },
    "hint.about.items_from": {
        "nb": "list-steget med punktene som sorteres",
        "en": "the list step whose entries are sorted",
    },
    "hint.about.cells": {
        "nb": "cellene punktene sorteres i, hver med id og label",
        "en": "the cells entries are sorted into, each with id and label",
    },
    "hint.about.slots": {
        "nb": "plassene i planen, hver med id og label",
        "en": "the plan's slots, each with id and label",
    },
    "hint.about.suggestions_from": {
        "nb": "en lowest- eller highest-skår som gir forslag",
        "en": "a lowest/highest score whose picks are offered",
    },
    "hint.about.review_date": {
        "nb": "spør etter en valgfri dato for å se på planen igjen",
        "en": "ask for an optional review date",
    },
    "hint.about.score": {
        "nb": "et beregnet resultat, beskrevet (ingen kode)",
        "en": "a computed result, declared (no code)",
    },
    "hint.about.axis_x": {
        "nb": "gjennomsnittsskåren på den vannrette aksen",
        "en": "mean score on the horizontal axis",
    },
    "hint.about.axis_y": {
        "nb": "gjennomsnittsskåren på den loddrette aksen",
        "en": "mean score on the vertical axis",
    },
    "hint.about.quadrants": {
        "nb": "de fire kvadrantene, hver med id, x, y og label",
        "en": "the four quadrants, each with id, x, y and label",
    },
    "hint.about.exercise": {
        "nb": "én øvelse i en innholdspakke: steg i rekkefølge og beskrevet skåring",
        "en": "one exercise of a content pack: ordered steps and declared scoring",
    },
    "hint.about.exercise_id": {
        "nb": "øvelsens faste id, f.eks. hall-kvadranten",
        "en": "the exercise's stable id, e.g. hall-kvadranten",
    },
    "hint.about.minutes": {"nb": "omtrent antall minutter", "en": "estimated minutes"},
    "hint.about.pack": {
        "nb": "pack.yaml: hva pakken er, språkene, felles skalaer og øvelsesfilene",
        "en": "pack.yaml: what the pack is, its languages, shared scales and exercise files",
    },
    "hint.about.format": {
        "nb": "versjonen av pakkeformatet ({version})",
        "en": "pack format version ({version})",
    },
    "hint.about.pack_id": {"nb": "pakkens faste id", "en": "the pack's stable id"},
    "hint.about.version": {
        "nb": "pakkens egen versjon, f.eks. 1.0.0",
        "en": "the pack's own version, e.g. 1.0.0",
    },
    "hint.about.languages": {
        "nb": "språkene tekstene er skrevet på, f.eks. [nb, en]; det første er reserve",
        "en": "the languages the texts are written in, e.g. [nb, en]; the first is the fallback",
    },
    "hint.about.exercises": {
        "nb": "øvelsesfilene, i den rekkefølgen de tilbys",
        "en": "exercise files, in the order they are offered",
    },
    # --- reading the file ------------------------------------------------------------------
    "problem.file.unreadable": {
        "nb": "kan ikke lese fila ({reason})",
        "en": "cannot read the file ({reason})",
    },
    "hint.file.readable": {
        "nb": "sjekk at den finnes og kan leses",
        "en": "check that it exists and is readable",
    },
    "problem.reason.not_found": {"nb": "den finnes ikke", "en": "it does not exist"},
    "problem.reason.no_access": {"nb": "ingen tilgang", "en": "permission denied"},
    "problem.reason.is_folder": {"nb": "det er en mappe", "en": "it is a folder"},
    "problem.reason.link_loop": {
        "nb": "en løkke av symbolske lenker",
        "en": "a loop of symbolic links",
    },
    "problem.reason.name_too_long": {"nb": "navnet er for langt", "en": "the name is too long"},
    "problem.reason.other": {"nb": "systemet svarte: {detail}", "en": "{detail}"},
    "problem.file.too_big": {
        "nb": "fila er på {size} byte, over grensen på {limit} byte for en pakkefil",
        "en": "the file is {size} bytes, over the {limit}-byte limit for a pack file",
    },
    "hint.file.split": {
        "nb": "del den i flere øvelsesfiler",
        "en": "split it into several exercise files",
    },
    "problem.file.not_utf8": {
        "nb": "fila er ikke gyldig UTF-8",
        "en": "the file is not valid UTF-8",
    },
    "hint.file.save_utf8": {
        "nb": "lagre den som UTF-8 (de fleste redigeringsprogrammer har dette under «Lagre som»)",
        "en": "save it as UTF-8 (most editors offer this in 'Save as')",
    },
    "problem.file.empty": {"nb": "fila er tom", "en": "the file is empty"},
    "hint.file.write_fields": {
        "nb": "skriv feltene; «{command}» viser dem",
        "en": "write the pack's fields, see `{command}`",
    },
    # --- YAML syntax -----------------------------------------------------------------------
    "problem.yaml.tab": {
        "nb": "YAML-syntaks: et tabulatortegn (tab) i innrykket",
        "en": "YAML syntax: a tab character in the indentation",
    },
    "hint.yaml.tab": {
        "nb": "YAML rykker inn bare med mellomrom: bytt tab-en ut med mellomrom (still "
        "redigeringsprogrammet til å sette inn mellomrom)",
        "en": "YAML indents with spaces only: replace the tab with spaces (set your editor to "
        "insert spaces for Tab)",
    },
    "problem.yaml.colon": {
        "nb": "YAML-syntaks: et kolon der en verdi var ventet",
        "en": "YAML syntax: a colon where a value was expected",
    },
    "hint.yaml.colon": {
        "nb": "sett tekst som inneholder ': ' i anførselstegn, eller sjekk innrykket",
        "en": "put text that holds ': ' in quotes, or check the indentation",
    },
    "problem.yaml.open_list": {
        "nb": "YAML-syntaks: en liste i [ ] blir ikke lukket",
        "en": "YAML syntax: a list in [ ] is not closed",
    },
    "hint.yaml.open_list": {
        "nb": "legg til ']' eller sett tekst med komma i anførselstegn",
        "en": "add the ']', or put text with commas in quotes",
    },
    "problem.yaml.open_mapping": {
        "nb": "YAML-syntaks: nøkkel–verdi-par i {braces} blir ikke lukket",
        "en": "YAML syntax: a mapping in {braces} is not closed",
    },
    "hint.yaml.open_mapping": {
        "nb": "legg til '{close}' eller sett tekst med komma i anførselstegn",
        "en": "add the '{close}', or put text with commas in quotes",
    },
    "problem.yaml.open_quote": {
        "nb": "YAML-syntaks: et anførselstegn blir aldri lukket",
        "en": "YAML syntax: a quote is never closed",
    },
    "hint.yaml.open_quote": {
        "nb": "lukk det, eller skriv '' for en apostrof inne i '…'",
        "en": "close it, or write '' for an apostrophe inside '…'",
    },
    "problem.yaml.indentation": {
        "nb": "YAML-syntaks: innrykket stemmer ikke med linjene over",
        "en": "YAML syntax: the indentation does not match the lines above",
    },
    "hint.yaml.indentation": {
        "nb": "still nøklene i samme nøkkel–verdi-par rett under hverandre, med mellomrom",
        "en": "line up the keys of one mapping under each other, with spaces",
    },
    "problem.yaml.undefined_alias": {
        "nb": "YAML-syntaks: et alias (*navn) uten et anker (&navn) foran",
        "en": "YAML syntax: an alias (*name) with no anchor (&name) before it",
    },
    "hint.yaml.undefined_alias": {
        "nb": "definer ankeret først, eller skriv verdien ut",
        "en": "define the anchor first, or write the value out",
    },
    "problem.yaml.duplicate_anchor": {
        "nb": "YAML-syntaks: samme anker (&navn) er definert to ganger",
        "en": "YAML syntax: the same anchor (&name) is defined twice",
    },
    "hint.yaml.duplicate_anchor": {
        "nb": "gi hvert anker sitt eget navn",
        "en": "give each anchor its own name",
    },
    "problem.yaml.escape": {
        "nb": 'YAML-syntaks: ukjent skiftesekvens (omvendt skråstrek) i "…"',
        "en": 'YAML syntax: an unknown escape (backslash) inside "…"',
    },
    "hint.yaml.escape": {
        "nb": "bruk enkle anførselstegn, eller skriv to omvendte skråstreker",
        "en": "use single quotes, or write two backslashes",
    },
    "problem.yaml.documents": {
        "nb": "YAML-syntaks: mer enn ett YAML-dokument i fila ('---' eller '...')",
        "en": "YAML syntax: more than one YAML document in the file ('---' or '...')",
    },
    "hint.yaml.documents": {
        "nb": "en pakkefil har ett dokument: fjern linjen med '---' eller '...'",
        "en": "a pack file holds one document: remove the '---' or '...' line",
    },
    "problem.yaml.no_value": {
        "nb": "YAML-syntaks: her var en verdi ventet",
        "en": "YAML syntax: a value was expected here",
    },
    "problem.yaml.character": {
        "nb": "YAML-syntaks: tegnet {character!r} kan ikke starte en verdi",
        "en": "YAML syntax: the character {character!r} cannot start a value",
    },
    "hint.yaml.character": {
        "nb": "sett teksten i anførselstegn (YAML reserverer @ og ` i starten av en verdi)",
        "en": "put the text in quotes (YAML reserves @ and ` at the start of a value)",
    },
    "problem.yaml.other": {
        "nb": "YAML-syntaks (YAML-leserens ord): {detail}",
        "en": "YAML syntax: {detail}",
    },
    "hint.yaml.syntax": {
        "nb": "sjekk innrykk, kolon og anførselstegn rundt dette stedet",
        "en": "check indentation, colons and quotes around this spot",
    },
    "problem.yaml.too_deep": {
        "nb": "YAML-fila er nøstet for dypt til å leses",
        "en": "the YAML is nested too deeply to be read",
    },
    "hint.yaml.simplify": {
        "nb": "gjør fila enklere: så dyp nøsting trengs aldri",
        "en": "simplify the file: nesting this deep is never needed",
    },
    "problem.yaml.too_many_nodes": {
        "nb": "fila blir til mer enn {limit} verdier (ankre og alias telles hver gang de brukes)",
        "en": "the file expands to more than {limit} values "
        "(anchors and aliases are counted each time they are used)",
    },
    "hint.yaml.too_many_nodes": {
        "nb": "skriv verdiene ut i stedet for å gjenta alias",
        "en": "write the values out instead of repeating aliases",
    },
    "problem.yaml.tag": {
        "nb": "taggen {tag!r} er ikke tillatt",
        "en": "the tag {tag!r} is not allowed",
    },
    "hint.yaml.tag": {
        "nb": "fjern '!'-taggen; pakker inneholder bare tekst, tall, lister og nøkkel–verdi-par",
        "en": "remove the '!' tag; packs hold plain text, numbers, lists and mappings only",
    },
    "problem.yaml.question_mark": {
        "nb": "tekst uten anførselstegn med '?' inne i {braces} eller [ ]: {text!r}",
        "en": "unquoted text with '?' inside {braces} or [ ]: {text!r}",
    },
    "hint.yaml.question_mark": {
        "nb": "sett teksten i anførselstegn; noen YAML-lesere kutter den ved '?'",
        "en": "put the text in quotes; some YAML readers cut it at the '?'",
    },
    "problem.yaml.merge_key": {
        "nb": "flettenøkler ('<<') støttes ikke",
        "en": "merge keys ('<<') are not supported",
    },
    "hint.yaml.merge_key": {
        "nb": "skriv nøklene ut i sin helhet",
        "en": "write the keys out in full",
    },
    "problem.yaml.key_not_text": {
        "nb": "en nøkkel må være vanlig tekst",
        "en": "a key must be plain text",
    },
    "hint.yaml.key": {"nb": "bruk et enkelt ord som nøkkel", "en": "use a simple word as the key"},
    "problem.yaml.duplicate_key": {
        "nb": "nøkkelen {key!r} står to ganger (først på linje {line})",
        "en": "duplicate key {key!r} (first on line {line})",
    },
    "hint.yaml.duplicate_key": {
        "nb": "fjern den ene; YAML ville i stillhet beholdt bare den siste",
        "en": "remove one of them; YAML would silently keep only the last",
    },
    # --- the pack folder -------------------------------------------------------------------
    "problem.pack.no_pack_yaml": {"nb": "ingen pack.yaml her", "en": "no pack.yaml here"},
    "hint.pack.what_a_pack_is": {
        "nb": "en pakke er en mappe med en pack.yaml-fil",
        "en": "a pack is a folder with a pack.yaml file",
    },
    "problem.pack.no_pack_above": {
        "nb": "fila hører ikke til noen pakke: ingen pack.yaml i mappen eller mappene over",
        "en": "this file belongs to no pack: no pack.yaml in its folder or the folders above",
    },
    "hint.pack.pass_folder": {
        "nb": "oppgi mappen som har pakkens pack.yaml",
        "en": "pass the folder that holds the pack's pack.yaml",
    },
    "problem.pack.file_not_listed": {
        "nb": "fila står ikke under 'exercises:' i {pack}, så den ble ikke sjekket",
        "en": "this file is not listed under 'exercises:' in {pack}, so it was not checked",
    },
    "hint.pack.list_file": {
        "nb": "legg den til under 'exercises:' for å sjekke den som en øvelse",
        "en": "add it under 'exercises:' to check it as an exercise",
    },
    "problem.pack.link_loop": {
        "nb": "øvelsesfila {file!r} er en løkke av symbolske lenker",
        "en": "the exercise file {file!r} is a loop of symbolic links",
    },
    "hint.pack.link_loop": {
        "nb": "la lenken peke på en ekte fil, eller før opp selve fila",
        "en": "point the link at a real file, or list the file itself",
    },
    "problem.pack.outside": {
        "nb": "øvelsesfila {file!r} ligger utenfor pakkemappen",
        "en": "the exercise file {file!r} lies outside the pack folder",
    },
    "hint.pack.outside": {
        "nb": "hold øvelsesfilene inne i pakkemappen",
        "en": "keep exercise files inside the pack folder",
    },
    "problem.pack.file_missing": {
        "nb": "øvelsesfila {file!r} finnes ikke",
        "en": "the exercise file {file!r} does not exist",
    },
    "hint.pack.file_missing": {
        "nb": "opprett {path} eller fjern denne linjen",
        "en": "create {path} or remove this line",
    },
    "problem.pack.exercise_id_twice": {
        "nb": "øvelses-id-en {id!r} brukes også i {file}",
        "en": "the exercise id {id!r} is also used in {file}",
    },
    "hint.pack.exercise_id_twice": {
        "nb": "gi hver øvelse sin egen id",
        "en": "give each exercise its own id",
    },
    # --- ids and references ----------------------------------------------------------------
    "problem.id_twice": {
        "nb": "id-en {id!r} brukes to ganger for {what} (først på linje {line})",
        "en": "the {what} id {id!r} is used twice (first on line {line})",
    },
    "problem.what.step_or_item": {"nb": "steg og utsagn", "en": "step or item"},
    "problem.what.score": {"nb": "skårer", "en": "score"},
    "problem.what.cell": {"nb": "celler", "en": "cell"},
    "problem.what.slot": {"nb": "plasser", "en": "slot"},
    "problem.what.option": {"nb": "alternativer", "en": "option"},
    "problem.what.level": {"nb": "nivåer", "en": "level"},
    "problem.what.quadrant": {"nb": "kvadranter", "en": "quadrant"},
    "hint.own_id": {"nb": "gi hver sin egen id", "en": "give each one its own id"},
    "hint.none_defined": {"nb": "ingen ennå", "en": "none"},
    "hint.define_score": {
        "nb": "definer den under 'scoring:' (definert: {defined})",
        "en": "define it under 'scoring:' (defined: {defined})",
    },
    "hint.define_scale": {
        "nb": "definer den under 'scales:' (definert: {defined})",
        "en": "define it under 'scales:' (defined: {defined})",
    },
    "hint.item_ref": {
        "nb": "bruk id-en til et utsagn i et scale-steg",
        "en": "use the id of an item of a scale step",
    },
    "hint.declare_rank_score": {
        "nb": "definer en med kind: lowest eller kind: highest",
        "en": "declare one with kind: lowest or kind: highest",
    },
    # --- scales ----------------------------------------------------------------------------
    "problem.scale.backwards": {
        "nb": "skalaen {scale!r} går fra {min} til {max}",
        "en": "scale {scale!r} runs from {min} to {max}",
    },
    "hint.scale.backwards": {
        "nb": "gjør 'min' mindre enn 'max'",
        "en": "make 'min' smaller than 'max'",
    },
    "problem.scale.labels_outside": {
        "nb": "skalaen {scale!r} har etiketter for {labels}, utenfor {min}–{max}",
        "en": "scale {scale!r} labels {labels}, outside {min}–{max}",
    },
    "hint.scale.labels_outside": {
        "nb": "fjern de etikettene, eller gjør skalaen bredere",
        "en": "remove those labels or widen the scale",
    },
    "problem.scale.end_label": {
        "nb": "skalaen {scale!r} har ingen etikett for {value}",
        "en": "scale {scale!r} has no label for {value}",
    },
    "hint.scale.end_label": {
        "nb": "legg til '{value}: ...' under labels; folk trenger å vite hva endene betyr",
        "en": "add '{value}: ...' under labels; people need to know what the ends mean",
    },
    "problem.scale.unknown": {"nb": "ukjent skala {scale!r}", "en": "unknown scale {scale!r}"},
    "problem.scale.no_not_relevant_label": {
        "nb": "'not_relevant: true', men skalaen {scale!r} har ingen 'not_relevant_label'",
        "en": "'not_relevant: true' but scale {scale!r} has no 'not_relevant_label'",
    },
    "hint.scale.add_not_relevant_label": {
        "nb": "gi skalaen en not_relevant_label",
        "en": "add a not_relevant_label to the scale",
    },
    # --- scores and the steps that use them ------------------------------------------------
    "problem.score.before_its_scores": {
        "nb": "skåren {score!r} står foran {scores}, som den bruker",
        "en": "the score {score!r} comes before {scores}, which it uses",
    },
    "hint.score.before_its_scores": {
        "nb": "flytt den under skårene den bruker: skårene regnes ut i rekkefølge",
        "en": "move it below the scores it uses: scores are computed in order",
    },
    "problem.score.undefined": {
        "nb": "'{field}' viser til skåren {score!r}, som ikke er definert",
        "en": "'{field}' names the score {score!r}, which is not defined",
    },
    "problem.score.asked_later": {
        "nb": "skåren {score!r} bruker {items}, som først spørres om på eller etter dette steget",
        "en": "the score {score!r} uses {items}, asked only at or after this step",
    },
    "hint.score.asked_later": {
        "nb": "flytt steget etter spørsmålene det bygger på",
        "en": "move this step after the questions it depends on",
    },
    "problem.mean.min_answered": {
        "nb": {
            "one": "'min_answered: {min_answered}', men skåren har bare {count} utsagn",
            "other": "'min_answered: {min_answered}', men skåren har bare {count} utsagn",
        },
        "en": {
            "one": "'min_answered: {min_answered}' but the score has only {count} item",
            "other": "'min_answered: {min_answered}' but the score has only {count} items",
        },
    },
    "hint.mean.min_answered": {
        "nb": "senk min_answered eller legg til utsagn",
        "en": "lower min_answered or add items",
    },
    "problem.count.levels": {
        "nb": {"one": "{count} nivå", "other": "{count} nivåer"},
        "en": {"one": "{count} level", "other": "{count} levels"},
    },
    "problem.count.thresholds": {
        "nb": {"one": "{count} terskel", "other": "{count} terskler"},
        "en": {"one": "{count} threshold", "other": "{count} thresholds"},
    },
    "problem.mean.levels": {
        "nb": "forventet {levels} for {thresholds}, fant {found}",
        "en": "expected {levels} for {thresholds}, found {found}",
    },
    "hint.mean.levels": {
        "nb": "nivåene ligger under, mellom og over tersklene",
        "en": "levels go below, between and above the thresholds",
    },
    "problem.mean.thresholds_order": {
        "nb": "tersklene må øke",
        "en": "thresholds must be increasing",
    },
    "hint.mean.thresholds_order": {
        "nb": "skriv dem fra lavest til høyest, hver bare én gang",
        "en": "write them from lowest to highest, each once",
    },
    "problem.mean.threshold_outside": {
        "nb": "en terskel ligger utenfor skalaens {min}–{max}",
        "en": "a threshold lies outside the scale's {min}–{max}",
    },
    "hint.mean.threshold_outside": {
        "nb": "legg tersklene helt innenfor skalaen",
        "en": "put thresholds strictly inside the scale",
    },
    "problem.mean.unknown_item": {
        "nb": "ukjent utsagn {item!r} i skåren {score!r}",
        "en": "unknown scale item {item!r} in score {score!r}",
    },
    "problem.mean.mixed_scales": {
        "nb": "skåren {score!r} blander skalaene {scales}",
        "en": "score {score!r} mixes scales {scales}",
    },
    "hint.mean.one_scale": {
        "nb": "et gjennomsnitt trenger utsagn på én skala",
        "en": "a mean needs items on one scale",
    },
    "problem.quadrant.axis": {
        "nb": "aksen {axis!r} må være en gjennomsnittsskår i denne øvelsen",
        "en": "the axis {axis!r} must be a mean score of this exercise",
    },
    "hint.quadrant.axis": {
        "nb": "definer den med kind: mean før den brukes som akse",
        "en": "declare it with kind: mean before using it as an axis",
    },
    "problem.quadrant.threshold_outside": {
        "nb": "terskelen {threshold} ligger utenfor skalaen {min}–{max}",
        "en": "the threshold {threshold} lies outside the scale {min}–{max}",
    },
    "hint.quadrant.threshold_outside": {
        "nb": "legg den helt innenfor skalaen",
        "en": "put it strictly inside the scale",
    },
    "problem.quadrant.corners": {
        "nb": "de fire kvadrantene må dekke high/low × high/low én gang hver",
        "en": "the four quadrants must cover high/low × high/low once each",
    },
    "hint.quadrant.corners": {
        "nb": "gi hver kvadrant sitt eget par av x og y",
        "en": "give each quadrant a different pair of x and y levels",
    },
    "problem.rank.items_or_scores": {
        "nb": "en {kind}-skår tar enten 'items' eller 'scores'",
        "en": "a {kind} score takes either 'items' or 'scores'",
    },
    "hint.rank.items_or_scores": {
        "nb": "ranger utsagn, eller ranger gjennomsnittsskårer",
        "en": "rank scale items, or rank mean scores",
    },
    "problem.rank.unknown_item": {
        "nb": "ukjent utsagn {item!r}",
        "en": "unknown scale item {item!r}",
    },
    "problem.rank.not_a_mean": {
        "nb": "{score!r} er ikke en gjennomsnittsskår i denne øvelsen",
        "en": "{score!r} is not a mean score of this exercise",
    },
    "hint.rank.mean": {
        "nb": "bruk id-en til en skår med kind: mean",
        "en": "use the id of a score with kind: mean",
    },
    # --- steps -----------------------------------------------------------------------------
    "problem.sort.items_from": {
        "nb": "'items_from: {source}' må vise til et tidligere list-steg",
        "en": "'items_from: {source}' must name an earlier list step",
    },
    "hint.sort.items_from": {
        "nb": "la det peke på list-steget med punktene som sorteres",
        "en": "point it at the list step whose entries are sorted",
    },
    "problem.sort.grid_cells": {
        "nb": {
            "one": "et rutenett trenger nøyaktig 4 celler, dette steget har {count}",
            "other": "et rutenett trenger nøyaktig 4 celler, dette steget har {count}",
        },
        "en": {
            "one": "a grid needs exactly 4 cells, this step has {count}",
            "other": "a grid needs exactly 4 cells, this step has {count}",
        },
    },
    "hint.sort.grid_cells": {
        "nb": "gi fire celler, i leserekkefølge",
        "en": "give four cells, in reading order",
    },
    "problem.plan.suggestions_from": {
        "nb": "'suggestions_from' må vise til en lowest- eller highest-skår",
        "en": "'suggestions_from' must name a lowest/highest score",
    },
    "problem.choice.options_or_from": {
        "nb": "et choice-steg trenger enten 'options' eller 'options_from', ikke begge",
        "en": "a choice step needs either 'options' or 'options_from', not both",
    },
    "hint.choice.options_or_from": {
        "nb": "før opp alternativene, eller hent dem fra et tidligere steg eller en skår",
        "en": "list the options, or take them from an earlier step or score",
    },
    "problem.choice.step_or_score": {
        "nb": "'options_from' tar enten 'step' eller 'score'",
        "en": "'options_from' takes either 'step' or 'score'",
    },
    "problem.choice.from_step": {
        "nb": "'step: {source}' må vise til et tidligere scale-, choice- eller list-steg",
        "en": "'step: {source}' must name an earlier scale, choice or list step",
    },
    "problem.choice.from_score": {
        "nb": "alternativer kan bare hentes fra en lowest- eller highest-skår",
        "en": "options can only come from a lowest/highest score",
    },
    "problem.choice.max_needs_multiple": {
        "nb": "'max_selected' over 1 krever 'multiple: true'",
        "en": "'max_selected' above 1 needs 'multiple: true'",
    },
    "hint.choice.multiple": {
        "nb": "legg til 'multiple: true', eller fjern max_selected",
        "en": "add 'multiple: true', or remove max_selected",
    },
    "problem.choice.min_above_max": {
        "nb": "'min_selected' er større enn 'max_selected'",
        "en": "'min_selected' is larger than 'max_selected'",
    },
    "hint.choice.min_above_max": {
        "nb": "senk min_selected eller øk max_selected",
        "en": "lower min_selected or raise max_selected",
    },
}

# --- over time: row summaries and actions (issue 11) -----------------------------------------
TEXTS.update(
    {
        "hint.about.action": {
            "nb": "svaret er noe du vil gjøre: det blir en handling du kan følge opp og se på "
            "igjen",
            "en": "the answer is something to do: it becomes an action to follow up and review",
        },
        "hint.about.review_in_days": {
            "nb": "handlinger fra steget kommer opp for å ses på igjen så mange dager etter at "
            "øvelsen er fullført (når de ikke har en egen dato)",
            "en": "actions from this step come up for review this many days after the exercise "
            "is completed (when they have no date of their own)",
        },
        "hint.about.summary": {
            "nb": "hva historikken sier om resultatet med noen få ord (én til tre deler)",
            "en": "what the history says of the result in a few words (one to three parts)",
        },
        "hint.about.summary_part": {
            "nb": "én del: 'score', 'count' eller 'lowest', og eventuelt en 'label'",
            "en": "one part: 'score', 'count' or 'lowest', with an optional 'label'",
        },
        "hint.about.summary_score": {
            "nb": "en skår: feltet til en kvadrantskår, verdien til et snitt eller det første "
            "valget til en lowest/highest-skår",
            "en": "a score: a quadrant's field, a mean's value, or a lowest/highest score's "
            "first pick",
        },
        "hint.about.summary_count": {
            "nb": "et list-, sort-, plan- eller flervalgssteg: hvor mange ting svaret har",
            "en": "a list, sort, plan or multiple-choice step: how many things its answer holds",
        },
        "problem.action.review_without_action": {
            "nb": "'review_in_days' gjelder bare steg med 'action: true'",
            "en": "'review_in_days' applies only to steps with 'action: true'",
        },
        "hint.action.add": {
            "nb": "legg til 'action: true', eller fjern review_in_days",
            "en": "add 'action: true', or remove review_in_days",
        },
        "problem.summary.one_of": {
            "nb": "en del av 'summary' tar nøyaktig én av 'score', 'count' og 'lowest'",
            "en": "a 'summary' part takes exactly one of 'score', 'count' and 'lowest'",
        },
        "hint.summary.one_of": {
            "nb": "del den i flere deler, én for hver ting",
            "en": "split it into several parts, one for each thing",
        },
        "problem.summary.count": {
            "nb": "'count: {step}' må vise til et list-, sort-, plan- eller flervalgssteg",
            "en": "'count: {step}' must name a list, sort, plan or multiple-choice step",
        },
        "hint.summary.count": {
            "nb": "tell et steg hvis svar er en liste av ting",
            "en": "count a step whose answer is a list of things",
        },
    }
)

# --- text that could drive a terminal (content.spec.control_problem; issue 9) ----------------
TEXTS.update(
    {
        "problem.control_character": {
            "nb": "teksten inneholder et styretegn ({char}, tegn nr. {position}) som kan styre "
            "terminalen eller snu retningen på teksten",
            "en": "this text holds a control character ({char}, character {position}) that can "
            "drive a terminal or reverse the direction of the text",
        },
        "hint.control_character": {
            "nb": "fjern tegnet (i YAML står det ofte som \\e, \\x.. eller \\u.... inni "
            "anførselstegn); et linjeskift skrives som en ny linje, og et tabulatortegn er lov",
            "en": "remove it (in YAML it is often written as \\e, \\x.. or \\u.... inside "
            "quotes); write a line break as a new line; a tab is fine",
        },
    }
)

# --- teaching cards (content.packspec CARD, content.semantic._check_cards; issue 13) ----------
TEXTS.update(
    {
        "hint.about.cards": {
            "nb": "læringskort: modellene i øvelsen, slik en coach kan vise dem før svarene "
            "(tegnet av programmet)",
            "en": "teaching cards: the exercise's models, as a coach can show them before "
            "answering (drawn by the app)",
        },
        "hint.about.card": {
            "nb": "ett kort: 'kind' er matrix (2×2), flow (bokser som fører til et resultat) "
            "eller parts (deler med sine handlinger)",
            "en": "one card: 'kind' is matrix (a 2×2), flow (boxes leading to an outcome) or "
            "parts (parts with their behaviours)",
        },
        "hint.about.card_id": {
            "nb": "kortets faste id (små bokstaver, sifre, - og _)",
            "en": "the card's stable id (lower-case letters, digits, - and _)",
        },
        "hint.about.card_score": {
            "nb": "en kvadrantskår i øvelsen: feltene, beskrivelsene og aksene hentes derfra",
            "en": "a quadrant score of the exercise: the fields, descriptions and axes come "
            "from it",
        },
        "hint.about.card_sort": {
            "nb": "et sort-steg med 'grid': overskriftene og cellene (med hint) hentes derfra",
            "en": "a sort step with a 'grid': the headings and cells (with hints) come from it",
        },
        "hint.about.card_cells": {
            "nb": "fire felt i leserekkefølge, hvert med 'label' og eventuelt 'text'",
            "en": "four fields in reading order, each with a 'label' and an optional 'text'",
        },
        "hint.about.flow_stage": {
            "nb": "én boks: en 'label', tingene i den ('items' eller 'scores'), eller begge",
            "en": "one box: a 'label', the things in it ('items' or 'scores'), or both",
        },
        "hint.about.flow_stages": {
            "nb": "boksene i rekkefølge; hver fører til den neste (2 til 6)",
            "en": "the boxes in order; each leads to the next (2 to 6)",
        },
        "hint.about.stage_scores": {
            "nb": "gjennomsnittsskårer i øvelsen: navnene deres blir tingene i boksen",
            "en": "mean scores of the exercise: their labels become the things in the box",
        },
        "hint.about.card_parts": {
            "nb": "delene (2 til 6), hver med 'label', eventuelt 'relates_to' og handlingene",
            "en": "the parts (2 to 6), each with a 'label', an optional 'relates_to' and its "
            "behaviours",
        },
        "hint.about.part_step": {
            "nb": "et scale-steg i øvelsen: utsagnene blir delens handlinger",
            "en": "a scale step of the exercise: its statements become the part's behaviours",
        },
        "problem.what.card": {"nb": "kort", "en": "card"},
        "problem.card.matrix_source": {
            "nb": "et matrix-kort tar feltene sine fra nøyaktig én av 'score', 'sort' og 'cells'",
            "en": "a matrix card takes its fields from exactly one of 'score', 'sort' and 'cells'",
        },
        "hint.card.matrix_source": {
            "nb": "vis til en kvadrantskår ('score'), et sort-steg med rutenett ('sort'), eller "
            "skriv de fire feltene selv ('cells' med 'columns' og 'rows')",
            "en": "name a quadrant score ('score') or a sort step with a grid ('sort'), or "
            "write the four fields yourself ('cells' with 'columns' and 'rows')",
        },
        "problem.card.not_quadrant": {
            "nb": "'score: {score}' er ikke en kvadrantskår i denne øvelsen",
            "en": "'score: {score}' is not a quadrant score of this exercise",
        },
        "hint.card.quadrant": {
            "nb": "bruk id-en til en skår med kind: quadrant (definert: {defined})",
            "en": "use the id of a score with kind: quadrant (defined: {defined})",
        },
        "problem.card.not_grid": {
            "nb": "'sort: {step}' er ikke et sort-steg med 'grid' og fire celler",
            "en": "'sort: {step}' is not a sort step with a 'grid' and four cells",
        },
        "hint.card.grid": {
            "nb": "vis til et sort-steg med 'grid', eller skriv feltene selv med 'cells'",
            "en": "name a sort step with a 'grid', or write the fields yourself with 'cells'",
        },
        "problem.card.headings": {
            "nb": "felt skrevet med 'cells' trenger 'columns' og 'rows'",
            "en": "fields written with 'cells' need 'columns' and 'rows'",
        },
        "hint.card.headings": {
            "nb": "legg til to kolonne- og to radoverskrifter",
            "en": "add two column and two row headings",
        },
        "problem.card.headings_unused": {
            "nb": "'columns' og 'rows' brukes bare sammen med 'cells'",
            "en": "'columns' and 'rows' are used only with 'cells'",
        },
        "hint.card.headings_unused": {
            "nb": "fjern dem: overskriftene hentes fra skåren eller steget",
            "en": "remove them: the headings come from the score or the step",
        },
        "problem.card.empty_stage": {
            "nb": "boksen er tom: den trenger en 'label', ting ('items' eller 'scores'), eller "
            "begge",
            "en": "this box is empty: it needs a 'label', things ('items' or 'scores'), or both",
        },
        "problem.card.items_and_scores": {
            "nb": "en boks tar tingene sine fra enten 'items' eller 'scores', ikke begge",
            "en": "a box takes its things from either 'items' or 'scores', not both",
        },
        "hint.card.stage": {
            "nb": "skriv tingene selv i 'items', eller hent navnene til snitt med 'scores'",
            "en": "write the things in 'items', or take the labels of means with 'scores'",
        },
        "problem.card.behaviours_and_step": {
            "nb": "en del tar handlingene sine fra enten 'behaviours' eller 'step', ikke begge",
            "en": "a part takes its behaviours from either 'behaviours' or 'step', not both",
        },
        "problem.card.not_scale": {
            "nb": "'step: {step}' er ikke et scale-steg i denne øvelsen",
            "en": "'step: {step}' is not a scale step of this exercise",
        },
        "hint.card.part": {
            "nb": "skriv handlingene i 'behaviours', eller hent utsagnene til et scale-steg med "
            "'step'",
            "en": "write the behaviours in 'behaviours', or take a scale step's statements with "
            "'step'",
        },
    }
)

# --- pack format 2 and the authoring kit (issue 16): conditions, placeholders, ranking and
# number steps, per-axis thresholds, positive labels; format-1 packs told what needs format 2.
TEXTS.update(
    {
        "hint.about.when": {
            "nb": "vis steget bare når et tidligere svar eller en skåre oppfyller dette",
            "en": "show the step only when an earlier answer or score meets this",
        },
        "hint.about.when_step": {
            "nb": "id-en til et tidligere svar (et steg eller et utsagn)",
            "en": "the id of an earlier answer (a step or a statement)",
        },
        "hint.about.when_score": {"nb": "id-en til en skåre", "en": "the id of a score"},
        "hint.about.when_equals": {
            "nb": "svaret, nivået eller feltet som må til",
            "en": "the answer, level or field it must be",
        },
        "hint.about.when_in": {
            "nb": "ett av disse svarene, nivåene eller feltene",
            "en": "one of these answers, levels or fields",
        },
        "hint.about.when_at_least": {"nb": "minst denne verdien", "en": "at least this value"},
        "hint.about.when_at_most": {"nb": "høyst denne verdien", "en": "at most this value"},
        "hint.about.positive": {
            "nb": "utsagnet sagt positivt, vist når det plukkes ut som en styrke",
            "en": "the statement said the positive way, shown when it is picked as a strength",
        },
        "hint.about.ranking_options": {
            "nb": "det som skal settes i rekkefølge",
            "en": "the things to put in order",
        },
        "hint.about.number_min": {"nb": "laveste tillatte tall", "en": "the lowest number allowed"},
        "hint.about.number_max": {
            "nb": "høyeste tillatte tall",
            "en": "the highest number allowed",
        },
        "hint.about.number_step": {
            "nb": "avstanden mellom tillatte tall, regnet fra min (standard 1)",
            "en": "the distance between allowed numbers, counted from min (default 1)",
        },
        "hint.about.x_threshold": {
            "nb": "egen terskel for den vannrette aksen",
            "en": "the horizontal axis's own threshold",
        },
        "hint.about.y_threshold": {
            "nb": "egen terskel for den loddrette aksen",
            "en": "the vertical axis's own threshold",
        },
        "problem.format.needs_2": {
            "nb": "«{what}» finnes fra pakkeformat 2, men pakken er skrevet i format 1",
            "en": "'{what}' exists from pack format 2, but the pack is written in format 1",
        },
        "hint.format.needs_2": {
            "nb": "skriv «format: 2» øverst i pack.yaml",
            "en": "write 'format: 2' at the top of pack.yaml",
        },
        "problem.positive.not_reverse": {
            "nb": "utsagnet {item!r} har 'positive', men er ikke omvendt skåret",
            "en": "statement {item!r} has 'positive' but is not reverse-keyed",
        },
        "hint.positive.not_reverse": {
            "nb": "'positive' er for utsagn med 'reverse: true'; fjern det eller legg til "
            "'reverse: true'",
            "en": "'positive' is for statements with 'reverse: true'; remove it or add "
            "'reverse: true'",
        },
        "problem.when.step_or_score": {
            "nb": "'when' trenger enten 'step' eller 'score' (ett av dem)",
            "en": "'when' needs either 'step' or 'score' (one of them)",
        },
        "hint.when.step_or_score": {"nb": "f.eks. «{example}»", "en": "e.g. '{example}'"},
        "problem.when.one_comparison": {
            "nb": "'when' trenger nøyaktig én av 'equals', 'in', 'at_least' og 'at_most'",
            "en": "'when' needs exactly one of 'equals', 'in', 'at_least' and 'at_most'",
        },
        "hint.when.one_comparison": {
            "nb": "behold én sammenligning; trenger du flere, del steget i to",
            "en": "keep one comparison; if you need more, split the step in two",
        },
        "problem.when.source_kind": {
            "nb": "'when' kan ikke bygge på {source!r} (et {kind}-steg)",
            "en": "'when' cannot build on {source!r} (a {kind} step)",
        },
        "hint.when.source_kind": {
            "nb": "bygg på et utsagn, et valg, et tall eller en skåre",
            "en": "build on a statement, a choice, a number or a score",
        },
        "problem.when.not_a_number": {
            "nb": "{source!r} gir ikke et tall å sammenligne med",
            "en": "{source!r} does not give a number to compare with",
        },
        "problem.when.unknown_step": {
            "nb": "'when' viser til {name!r}, som ikke er et steg eller utsagn her",
            "en": "'when' refers to {name!r}, which is not a step or statement here",
        },
        "problem.when.unknown_score": {
            "nb": "'when' viser til skåren {name!r}, som ikke finnes",
            "en": "'when' refers to score {name!r}, which does not exist",
        },
        "problem.when.later": {
            "nb": "'when' bygger på {source!r}, som først spørres etter dette steget",
            "en": "'when' builds on {source!r}, which is asked only after this step",
        },
        "hint.when.later": {
            "nb": "et steg kan bare avhenge av svar som kommer før det",
            "en": "a step can only depend on answers that come before it",
        },
        "problem.when.unknown_value": {
            "nb": "{value!r} kan aldri bli svaret her",
            "en": "{value!r} can never be the answer here",
        },
        "hint.when.values": {"nb": "mulige verdier: {values}", "en": "possible values: {values}"},
        "problem.placeholder.unknown": {
            "nb": "plassholderen {{{name}}} viser ikke til noe svar eller noen skåre",
            "en": "placeholder {{{name}}} names no answer or score",
        },
        "hint.placeholder.known": {
            "nb": "skriv id-en til et tidligere svar eller en skåre ({known}); «{{{{» gir en "
            "krøllparentes",
            "en": "write the id of an earlier answer or a score ({known}); '{{{{' writes a brace",
        },
        "problem.placeholder.later": {
            "nb": "plassholderen {{{name}}} viser til noe som først spørres senere",
            "en": "placeholder {{{name}}} names something asked only later",
        },
        "hint.placeholder.later": {
            "nb": "en tekst kan bare vise svar og skårer fra steg før den",
            "en": "a text can only show answers and scores from steps before it",
        },
        "problem.placeholder.kind": {
            "nb": "plassholderen {{{name}}} viser til et {kind}-steg, som ikke kan skrives inn "
            "i en tekst",
            "en": "placeholder {{{name}}} names a {kind} step, which cannot be put into a text",
        },
        "hint.placeholder.kind": {
            "nb": "bruk et utsagn, en tekst, et valg, en liste, et tall, en rangering eller en "
            "skåre",
            "en": "use a statement, a text, a choice, a list, a number, a ranking or a score",
        },
        "problem.number.backwards": {
            "nb": "'min' ({min}) må være mindre enn 'max' ({max})",
            "en": "'min' ({min}) must be less than 'max' ({max})",
        },
        "hint.number.backwards": {"nb": "bytt om eller rett tallene", "en": "swap or fix them"},
        "problem.number.step": {
            "nb": "avstanden {step} går ikke opp fra 'min' til 'max'",
            "en": "the step {step} does not lead from 'min' to 'max' in whole steps",
        },
        "hint.number.step": {
            "nb": "velg en avstand som går opp i max − min, f.eks. 1 eller 0.5",
            "en": "choose a step that divides max − min, e.g. 1 or 0.5",
        },
        "problem.scale.not_relevant_at_zero": {
            "nb": "skalaen {scale!r} begynner på 0, og da kan ikke «ikke relevant» velges "
            "(0 er allerede et svar)",
            "en": "scale {scale!r} starts at 0, so «not relevant» cannot be chosen (0 is "
            "already an answer)",
        },
        "hint.scale.not_relevant_at_zero": {
            "nb": "la skalaen begynne på 1, eller fjern 'not_relevant: true'",
            "en": "start the scale at 1, or remove 'not_relevant: true'",
        },
        "problem.quadrant.mixed_scales": {
            "nb": "aksene ligger på ulike skalaer ({x} og {y}), men har én felles terskel",
            "en": "the axes are on different scales ({x} and {y}) but share one threshold",
        },
        "hint.quadrant.mixed_scales": {
            "nb": "gi hver akse sin egen terskel: 'x_threshold' og 'y_threshold'",
            "en": "give each axis its own threshold: 'x_threshold' and 'y_threshold'",
        },
    }
)

# authoring (issue 16): `run --pack PATH --reload`, a new version of the pack on save.
TEXTS.update(
    {
        "problem.reload.exercise_gone": {
            "nb": "pakken har ikke lenger øvelsen «{id}» som du svarer på",
            "en": "the pack no longer has the exercise “{id}” being answered",
        },
        "hint.reload.exercise_gone": {
            "nb": "legg den tilbake under 'exercises:'; svarene dine er beholdt",
            "en": "put it back under 'exercises:'; your answers are kept",
        },
    }
)
