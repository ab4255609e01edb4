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
from .shapes import EMAIL_RE, phone_spans, street_addresses

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
# the program's equipment a picture shows the person named right before it with, at the home's address: "Ana Ruiz
# with the new heat pump at 12 Elm St", "Ana Ruiz next to her new solar panels on ..." (the installation is at their
# home; a firm's crew or an official is no one the text names so, see _people_at_home)
_WITH_EQUIPMENT_AT = re.compile(r"(?i)[ \t]+(?:with|beside|next[ \t]+to|and)[ \t]+"
                                r"(?:(?:the|their|his|her|a|an)[ \t]+)?(?:new[ \t]+)?(?:[\w-]+[ \t]+){0,2}?"
                                r"(?:heat[ \t]+pumps?|solar[ \t]+(?:panels?|arrays?|systems?)|(?:ev[ \t]+)?chargers?|"
                                r"batter(?:y|ies)|(?:water[ \t]+)?heaters?|thermostats?|meters?|furnaces?|"
                                r"air[ \t]+conditioners?|mini-?splits?|insulation|induction[ \t]+"
                                r"(?:ranges?|stoves?|cooktops?))[ \t,]+(?:at|on)[ \t]+$")
_EQUIPMENT_REACH = 80


def _people_at_home(analysis: Analysis, segments) -> None:
    """An image's text naming a person with their home's street address ("Ana Ruiz next to the new Level 2 charger in
    the garage at 12 Elm St, Apt 3"): on a page about the utility's service (see ``find``), a participant of its
    program at their home, a customer's name and service address. Not an official or a firm's crew (no one's home is
    given: "Mayor Ana Ruiz at the ribbon cutting at City Hall"), a historic house, nor a name the text gives with no
    home's words before the address. A person named right before the program's equipment at an address is at their
    home too ("Ana Ruiz with the new heat pump at 12 Elm St"). The image's other text naming the same person with a
    phone or a mailbox ("Ana Ruiz (909-555-0147)" in its title) gives that person's contact."""
    why = "person a picture's text shows at their home, with its address"
    for k, segment in enumerate(segments):
        text = segment.text
        if not _IMAGE.search(segment.location.element or "") or not any(c.isdigit() for c in text) or (
                _HISTORIC.search(text)):
            continue
        addresses = [m for m in street_addresses(text) if not analysis.contacts.address_is_public(m.group())]
        homes = [m for m in addresses if _AT_HOME.search(text, max(0, m.start() - _AT_HOME_REACH), m.start())]
        equipped = [m for m in addresses if m not in homes
                    and _WITH_EQUIPMENT_AT.search(text, max(0, m.start() - _EQUIPMENT_REACH), m.start())]
        if not homes and not equipped:
            continue
        people = [(a, b) for a, b in names_in(text, 0, (homes or equipped)[0].start(), anchored=True)
                  if person_name(text[a:b], strict=True) and not business_name(text[a:b])
                  and not named_officially(text, a, b)]
        if len(people) != 1:
            continue  # no one, or several people whose home it is the text does not say
        if not homes:  # the equipment's words right after the name: the person named is the one with it
            cue = _WITH_EQUIPMENT_AT.search(text, people[0][1], equipped[0].start())
            if cue is None or cue.start() != people[0][1]:
                continue
            homes = equipped
        analysis.add("name", segment, *people[0], why)
        for home in homes:
            analysis.add("address", segment, home.start(), home.end(), why)
        _contact_of(analysis, segments[max(0, k - 2):k + 3], segment, text[slice(*people[0])])


def _contact_of(analysis: Analysis, nearby, shown, name: str) -> None:
    """The phone or mailbox the same image's other text gives right after the name of the person it shows at their
    home ("Ana Ruiz (909-555-0147)", "Ana Ruiz - ana.ruiz@gmail.com"): that person's."""
    why = "contact of the person a picture's text shows at their home"
    element = shown.location.element
    for other in nearby:
        if other is shown or other.location.element != element:
            continue
        text = other.text
        for match in re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])[ \t]*[(,:\u2013\u2014-]?[ \t]*", text):
            contact = next((span for span in phone_spans(text, match.end()) if span[0] == match.end()), None)
            email = EMAIL_RE.match(text, match.end())
            if contact is None and email is None:
                continue
            analysis.add("name", other, match.start(), match.start() + len(name), why)
            if contact is not None:
                analysis.add("phone", other, *contact, why)
            else:
                analysis.add("email", other, *email.span(), why)
