"""`medarbeider cards list [EXERCISE] | show EXERCISE [CARD]`: the teaching cards of the packs.

`show` says a card in words (what a screen reader reads; the full-screen interface draws it),
or writes the cards as one printable HTML file (``--format html``, to stdout or ``-o FILE``).
"""

from __future__ import annotations

from medarbeider_tui.commands.context import Context
from medarbeider_tui.commands.diary import write_stdout
from medarbeider_tui.commands.run import find_exercise
from medarbeider_tui.content.text import render
from medarbeider_tui.export.cards import card_lines, cards_page
from medarbeider_tui.i18n import t
from medarbeider_tui.service import Export, ExportFile


def list_cards(ctx: Context) -> int:
    lang = ctx.language
    if ctx.args.exercise is not None:
        found = find_exercise(ctx, ctx.args.exercise)
        if found is None:
            return 2
        chosen = [found]
    else:
        chosen = [(p, e) for p in ctx.service.catalog.packs for e in p.exercises]
    shown = 0
    for pack, exercise in chosen:
        for card in ctx.service.cards(exercise, lang):
            ctx.out(f"{exercise.id} {card.card_id}  {card.title}  [{pack.id}]")
            shown += 1
    if not shown:
        ctx.out(t("cards.none", lang))
    return 0


def show(ctx: Context) -> int:
    lang = ctx.language
    found = find_exercise(ctx, ctx.args.exercise)
    if found is None:
        return 2
    _, exercise = found
    cards = ctx.service.cards(exercise, lang)
    if ctx.args.card is not None:
        cards = [card for card in cards if card.card_id == ctx.args.card]
        if not cards:
            known = ", ".join(c.id for c in exercise.cards) or "–"
            ctx.err(t("cards.unknown", lang, card=ctx.args.card, exercise=exercise.id, known=known))
            return 2
    if not cards:
        ctx.out(t("cards.none_in", lang, exercise=exercise.id))
        return 0
    if ctx.args.format == "html":
        title = t("cards.page_title", lang, exercise=render(exercise.title, lang))
        data = cards_page(cards, title, lang).encode("utf-8")
        if ctx.args.output is None or str(ctx.args.output) == "-":
            write_stdout(ctx, data)
            return 0
        name = f"{exercise.id}-{'-'.join(c.card_id for c in cards)}.html"
        path = ctx.service.write_export(Export([ExportFile(name, data)], 0, 0), ctx.args.output)
        ctx.err(t("cards.wrote", lang, path=path))
        return 0
    for number, card in enumerate(cards):
        if number:
            ctx.out()
        for line in card_lines(card, lang):
            ctx.out(line)
    return 0
