"""The home a picture's text places a family at, and the person its other text names by that family's surname.

A program's photo gallery describes each customer's installation in the image's alternative text and title, which a
visitor never sees but any reader of the page's source does: alt="Rooftop array at the Ruiz home, 12 Elm St" and
title="Ana Ruiz - 7.2 kW, NEM 3.0". The alt text gives a private home's street address as a family's ("the Ruiz
home", "the Ruiz family's residence at ..."), and the title names the household's member by that surname: a
customer's home and name (PCE-01 4.1), on a page about the utility's service (solar, meters, kWh, a program).

Not a landmark's or a museum's house ("the historic Ruiz House, built in 1890": capitalised, or a history told), a
firm's or a facility's address ("Sunrise Solar crew at 14100 Puente Ave": no family's home), a photo credit, nor an
official the title names by their office (a councilmember at a ribbon cutting).

So does an image's text naming one person at their home's address ("Ana Ruiz next to the new charger in the garage
at 12 Elm St"): a program participant's name and service address, on such a page.
"""
from __future__ import annotations

import re

from ..vocabulary import common_word, fold, surnames
from .analysis import Analysis
from .lists import business_name
from .persons import named_officially, names_in, person_name
from .shapes import street_addresses

# the texts an image carries (its alt and title are located at the img itself) and its figure's caption
_IMAGE = re.compile(r"(?:^|> )(?:img|figcaption)(?:[:.#\[]|$)")
# "the Ruiz home, 12 Elm St", "the Ruiz family's residence at 12 Elm St", "the Nguyens' house on ..."
_FAMILY_HOME = re.compile(r"\b[Tt]he[ \t]+(?P<surname>[A-Z][^\W\d_]+(?:[-'\u2019][A-Z][^\W\d_]+)?)(?:s['\u2019])?"
                          r"(?:[ \t]+family)?(?:['\u2019]s)?[ \t]+(?:home|house|residence|household)"
                          r"[ \t]*(?:,|\(|[-\u2013\u2014]|\bat\b|\bon\b)[ \t]*")
# a house a history or a register tells of: a landmark's, no customer's
_HISTORIC = re.compile(r"(?i)\b(?:historic(?:al)?|landmark|museum|heritage|built\s+in|circa|c\.\s*\d{4}|register|"
                       r"century|victorian|craftsman\s+style)\b")


# a page or an image about the utility's service to a home: solar, net metering, a battery, a rebate, usage, an account
_SERVICE = re.compile(r"(?i)\b(?:solar|nem|net[ -]metering|kw|kwh|batter(?:y|ies)|heat[ -]pump|rebates?|acct|"
                      r"account|utility|electric\w*|energy)\b")


def find(analysis: Analysis) -> None:
    if not analysis.cues.any("utility matter") and not any(
            _SERVICE.search(s.text) for s in analysis.document.segments if _IMAGE.search(s.location.element or "")):
        return
    segments = analysis.document.segments
    _people_at_home(analysis, segments)
    for k, segment in enumerate(segments):
        element = segment.location.element or ""
        if not _IMAGE.search(element) or "home" not in segment.text and "house" not in segment.text \
                and "residence" not in segment.text:
            continue
        text = segment.text
        if _HISTORIC.search(text):
            continue
        for match in _FAMILY_HOME.finditer(text):
            surname = match.group("surname")
            if fold(surname) not in surnames() or common_word(surname):
                continue
            home = next((m for m in street_addresses(text, match.end()) if m.start() == match.end()), None)
            if home is None:
                continue
            analysis.add("address", segment, home.start(), home.end(), "home a picture's text places a family at")
            for other in segments[max(0, k - 2):k + 3]:  # the same image's other text, its caption
                if (other.location.element or "") != element and not _IMAGE.search(other.location.element or ""):
                    continue
                _member_named(analysis, other, surname)


def _member_named(analysis: Analysis, segment, surname: str) -> None:
    """The person the image's text names by the family's surname ("Ana Ruiz - 7.2 kW")."""
    text = segment.text
    for match in re.finditer(rf"(?<![\w-])(?:[A-Z][^\W\d_]*\.?[ \t]+){{1,2}}{re.escape(surname)}(?![\w-])", text):
        start, end = match.span()
        if not person_name(match.group()) or named_officially(text, start, end):
            continue
        analysis.add("name", segment, start, end, "member of the family whose home a picture's text gives")


# the part of a home a picture shows a person at, right before the home's address: "in the garage at", "in front of
# their home on", "on the roof of the house at", "in her driveway at"
_AT_HOME = re.compile(r"(?i)\b(?:home|house|residence|garage|driveway|carport|backyard|yard|roof|rooftop|apartment|"
                      r"condo|duplex|porch|patio)(?:[ \t]+of[ \t]+(?:the|their|his|her)[ \t]+(?:home|house))?[ \t,]+"
                      r"(?:at|on)[ \t]+$")
_AT_HOME_REACH = 40  # characters before an address where its home's words are


def _people_at_home(analysis: Analysis, segments) -> None:
    """An image's text naming a person with their home's street address ("Ana Ruiz next to the new Level 2 charger in
    the garage at 12 Elm St, Apt 3"): on a page about the utility's service (see ``find``), a participant of its
    program at their home, a customer's name and service address. Not an official or a firm's crew (no one's home is
    given: "Mayor Ana Ruiz at the ribbon cutting at City Hall"), a historic house, nor a name the text gives with no
    home's words before the address."""
    why = "person a picture's text shows at their home, with its address"
    for segment in segments:
        text = segment.text
        if not _IMAGE.search(segment.location.element or "") or not any(c.isdigit() for c in text) or (
                _HISTORIC.search(text)):
            continue
        homes = [m for m in street_addresses(text) if _AT_HOME.search(text, max(0, m.start() - _AT_HOME_REACH),
                                                                       m.start())
                 and not analysis.contacts.address_is_public(m.group())]
        if not homes:
            continue
        people = [(a, b) for a, b in names_in(text, 0, homes[0].start(), anchored=True)
                  if person_name(text[a:b], strict=True) and not business_name(text[a:b])
                  and not named_officially(text, a, b)]
        if len(people) != 1:
            continue  # no one, or several people whose home it is the text does not say
        analysis.add("name", segment, *people[0], why)
        for home in homes:
            analysis.add("address", segment, home.start(), home.end(), why)
