"""The person a note the page publishes but shows no one names right beside their own home or phone.

A CMS keeps text in a page that a visitor never sees on screen but anyone reads in its source: an editor's HTML
comment ("TODO remove before publishing: Applicant: Ana Ruiz  12 Elm St / PQHP acct ... ph 909-..."), a panel its
``hidden`` attribute, its style or a hiding class hides, a ``<noscript>`` or ``<template>`` block, a ``<meta>``
description ("Refuse service change for Ana Ruiz, 12 Elm St."), and the text that describes an element (an image's
alt or title, a button's ``aria-label``: "Call Ana Ruiz at (562) ..." on a "Call back" button), and so does an office
document its reviewers' comments ("Check Ana Ruiz, 12 Elm St - already on a plan" beside a memo's paragraph; a
spreadsheet's cell notes are read with the sheet's figures, in ``context.tables``). Such a note is a
worker's: a private person's name right beside a street address or a phone of theirs there, only a comma, a dash, a
bracket or "at"/"of" between, is that person's record, and the note's other contact details and usage figures are
theirs too (the note is read as one record, as a card is), and so is the number under an account's word in it
("PQHP acct CCA 454663142"). A note's given name and a word that is a surname and a place's too right before an
account's word ("Escalation: Ray Park, account ...", "Consuelo Street - acct ...") is the account's holder: the City
publishes its parks' meters to be read, and keeps no park's account out of sight. Visible text is read by the other modules, which ask more
of it (a public card may give a volunteer's own number on purpose).

Not records: an official or staff named by title or role (the Mayor in a photo's alt text, "Maria Lopez, Billing
Supervisor", or named so anywhere on the page: a staff directory's link titled with the name), the City's own lines and places (``Analysis.contact_fields`` leaves them out), a number at the exchange
of the site's own lines in its header or footer (a staff directory link's title "Maria Lopez (909) 378-4123"), an
instruction to the reader to call a contact ("Call the Utility Billing office at ..."), and notes of build or
template markup, which name no one.
"""
from __future__ import annotations

import re

from ..model import ELEMENT_DESCRIPTIONS, Segment
from ..public_contacts import ORGANIZATION_CUE, to_e164
from .analysis import Analysis
from .cues import contact_to_call
from .persons import given_before_word_surname, names_an_official
from .public_people import in_a_role, names_a_business
from .shapes import consumption_below, phone_spans

# what a page publishes and shows no one on screen: a comment, an element its attribute, style or class hides, a
# noscript or template block, a meta tag's content, and the attributes that describe an element; and a Word, ODF or
# PowerPoint reviewer's comment
_UNSEEN = frozenset({"html comment", "hidden attribute", "display:none", "visibility:hidden", "noscript", "template",
                     "meta tag", "comment"}) | ELEMENT_DESCRIPTIONS
_NOTE_CHARS = 1000  # a note, not a page of text
# between a name and the home or phone right after it: "Ana Ruiz  12 Elm St", "Ana Ruiz, 12 Elm St", "Ana Ruiz (909)
# ...", "Ana Ruiz - 909 ...", "Ana Ruiz at 12 Elm St", "Ana Ruiz of 12 Elm St", "Ana Ruiz ph 909 ..."
_BETWEEN = re.compile(r"[ \t]*(?:[-\u2013\u2014/|,:;=(][ \t]*|(?:at|of|on|from|ph|tel|phone|cell)\.?[ \t:]+)?\(?")
_WHY = "name beside their own home or phone in a note the page publishes but shows no one"
_HOLDER_WHY = "name right before their account in a note the page publishes but shows no one"
# the account a person's note gives under an account's word, a program's letters maybe between ("PQHP acct CCA
# 454663142", "Acct # W-1234567", "a/c 8-007-659-073"): six digits or more, a number the identifier detectors may not
# read alone
_NOTE_ACCOUNT = re.compile(r"(?i)(?<![\w/])(?:acct|account|a/c|cuenta)\b\.?[ \t]*(?:no\.?|num(?:ber)?|#)?[ \t:#.]*"
                           r"(?:(?-i:[A-Z]{2,6})[ \t-]?)?(?P<value>\d(?:[ -]?\d){5,15})(?![\w-])")


# a given name and a word that is a surname and a place's too, right before the account's word a note gives after it
# ("Escalation: Ray Park, account 3001-...", "Consuelo Street - acct PCE-747736 - 2,772 kWh"): the customer's name,
# which read alone is a park's or a street's
_WORD_NAME_BEFORE_ACCOUNT = re.compile(r"(?<![\w'-])(?P<name>[A-Z][a-z]+[ \t][A-Z][a-z]+)"
                                       r"(?=[ \t]*[-\u2013\u2014,:;|][ \t]*(?i:acct|account|a/c)\b)")


def find(analysis: Analysis) -> None:
    notes = [s for s in analysis.document.segments if _unseen(s) and len(s.text) <= _NOTE_CHARS
             and any(c.isdigit() for c in s.text)]
    if not notes:
        return
    site_exchanges = _site_exchanges(analysis)
    shown = {s.text for s in analysis.document.segments if not s.hidden}
    for segment in notes:
        if segment.text in shown:
            continue  # a copy of what the page shows (a menu or a card for small screens): the visible text decides
        _read_note(analysis, segment, site_exchanges)


# the City's plant a note may list by the places it serves: "Irrigation meters: Victoria Park, acct ...; Grace Park,
# acct ...", "Streetlight accounts", "Facility sites"
_PLANT_WORDS = re.compile(r"(?i)\b(?:meters?|irrigation|sprinklers?|streetlights?|street[ \t]+lights?|lighting|"
                          r"facilit(?:y|ies)|sites?|pumps?|wells?|fields?)\b")


def _holder_before_account(text: str) -> list[tuple[int, int]]:
    """The span of the one given name and word surname a note gives right before an account ("Escalation: Ray Park,
    account ..."); none in a note listing more than one account so, or naming the City's plant: a list of meters of
    places named after words ("Irrigation meters: Victoria Park, acct ...; Grace Park, acct ...")."""
    before_accounts = list(_WORD_NAME_BEFORE_ACCOUNT.finditer(text))
    if len(before_accounts) != 1 or _PLANT_WORDS.search(text):
        return []
    held = before_accounts[0]
    return [held.span("name")] if given_before_word_surname(held["name"]) and _NOTE_ACCOUNT.search(text, held.end()) \
        else []


def _unseen(segment: Segment) -> bool:
    hidden = segment.hidden or ""
    return hidden in _UNSEEN or hidden.startswith("class ")


def _read_note(analysis: Analysis, segment: Segment, site_exchanges: set[str]) -> None:
    text = segment.text
    names = analysis.private_names_in(text)
    held = _holder_before_account(text)
    if not names and not held:
        return
    fields = [f for f in analysis.contact_fields(Analysis.lines([segment]))
              if not (f[0] == "phone" and _exchange(text[f[2]:f[3]]) in site_exchanges)]
    if held:  # the holder's usage, which a place's word in their name made a facility's ("Consuelo Park - acct ... -
        # 1,550 kWh last cycle")
        fields += [("usage", segment, a, b) for a, b in consumption_below(text, 0, len(text), None, None)
                   if not any(f[2] == a for f in fields)]
    reached = [f for f in fields if f[0] in ("address", "phone")]
    owners = [(start, end) for start, end in [*names, *held]
              if (any(_BETWEEN.fullmatch(text, end, f[2]) for f in reached) or (start, end) in held)
              and not in_a_role(text, start, end) and not contact_to_call(text, start, end)
              and not names_an_official(text[start:end], analysis.officials)
              and not _shown_in_a_role(analysis, text[start:end])]
    if not owners:
        return
    for start, end in owners:
        analysis.add("name", segment, start, end, _HOLDER_WHY if (start, end) in held else _WHY)
    for kind, field_segment, start, end in fields:
        analysis.add(kind, field_segment, start, end, _WHY)
    for account in _NOTE_ACCOUNT.finditer(text):
        if not analysis.anchors_in(segment, account.start("value"), account.end("value")):
            analysis.add("number", segment, account.start("value"), account.end("value"), _WHY)


# a firm the person is named of, right after the name: "Luis Ortega of Sunrise Solar", "Luis Ortega, Sunrise Solar"
_FIRM_AFTER = re.compile(r"[ \t]*(?:,[ \t]*|[ \t]+(?:of|from|with)[ \t]+)(?P<firm>[A-Z][\w&'.-]*(?:[ \t]+[A-Z][\w&'.-]*){0,4})")


# a contractor's trade in its name: "Sunrise Solar", "Valley Electric", "Acme Roofing Co"
_FIRM_WORDS = re.compile(r"(?i)\b(?:solar|electric(?:al)?|plumbing|roofing|construction|energy|services?|hvac|heating|"
                         r"cooling|air|builders?|contractors?|install(?:ers?|ations?)|power|insulation|windows|"
                         r"weatherization|co|inc|llc|corp|company|group|partners)\b")


def _shown_in_a_role(analysis: Analysis, name: str) -> bool:
    """Whether the page gives the name with a role, a title or a firm beside it ("Maria Lopez, Billing Supervisor"
    over the directory link whose title gives her number; a photo's "Luis Ortega of Sunrise Solar" and its title's
    "Luis Ortega (909-...)": the installer's contact)."""
    for segment in analysis.document.segments:
        at = segment.text.find(name)
        while at >= 0:
            end = at + len(name)
            firm = _FIRM_AFTER.match(segment.text, end)
            if in_a_role(segment.text, at, end) or firm and (names_a_business(firm.group("firm"))
                                                             or _FIRM_WORDS.search(firm.group("firm"))
                                                             or ORGANIZATION_CUE.search(firm.group("firm"))):
                return True
            at = segment.text.find(name, at + 1)
    return False


def _exchange(phone: str) -> str | None:
    """The area code and exchange of a North American number ("+1909378"), which a city's lines share."""
    e164 = to_e164(phone)
    return e164[:8] if e164 and e164.startswith("+1") else None


def _site_exchanges(analysis: Analysis) -> set[str]:
    """The exchanges of the phones the site's own header and footer give: the City's lines, whose staff's direct
    numbers share them."""
    found = set()
    for segment in analysis.document.segments:
        if segment.chrome and not segment.hidden:
            found.update(_exchange(segment.text[a:b]) for a, b in phone_spans(segment.text))
    found.discard(None)
    return found
