"""The shared analysis of one document that every record strategy reads and adds to.

It holds the document's text in the forms the strategies search (all text but the page chrome joined into
one string, so that each pattern runs once per document and not once per table cell; the text outside
records; its lines), the anchors the identifier detectors found, the cues, the pages addressed to a public body, and
the customer fields found so far. ``judge`` is the one rule by which cells become a customer record.
"""
from __future__ import annotations

import re
from array import array
from bisect import bisect_right
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cached_property, lru_cache, partial
from itertools import accumulate
from typing import NamedTuple

from .. import work_clock
from ..base import QUOTE_MARKS
from ..facts import DocumentFacts, IdentityIndex
from ..labels import PLACEHOLDER
from ..model import Document, Segment
from ..public_contacts import (FACILITY_CUE, PublicContacts, clause_before, desk_extension, in_address_element, public_cue,
                               to_e164)
from .plural_families import household_reached
from .businesses import business_listings
from .cues import CUSTOMER_ROLE, CueIndex, message_mark
from .fields import Anchor, CustomerContext, CustomerField
from .item_records import one_persons_lists
from .headers import FIRST_NAME_COLUMN, LAST_NAME_COLUMN, MESSAGE_COLUMN, SPEAKER_COLUMN, person_role_column, ties
from .people_columns import column_key, column_people, columns, person_by_column
from .place_headings import heading_place_kinds
from .record_cards import holder_of_card
from .persons import (DOCUMENT_KEEPER, given_before_place_surname, split_name_halves, is_person, is_place, mailbox_names, name_end,
                      named_officially, names_in, person_name, plain_name, speaker_label_end, titled_names,
                      trade_name)
from .shapes import (ADDRESS_RE, BOX_ADDRESS_RE, EMAIL_RE, FACILITY_NAMED, MAIL_HINT, PUBLIC_BODY, USAGE_RE,
                     address_across, before_next_column, consumption_across, consumption_below, cued_streets,
                     email_across, facility_names_blanked, hundred_block, listed_across, opens_an_address,
                     parcel_not_premises, person_word, phone_across, phone_spans, plain_email, span,
                     spelt_number_spans, street_addresses)

_DIGIT_GROUP = re.compile(r"\d+")
# the place a city's or a county's site is of, as its title, its header or its footer write it: "City of Santa Olinda",
# "Town of Apple Valley", "County of Riverside"
_OWN_PLACE = re.compile(r"\b(?:City|Town|Village|County|Ciudad|Condado)\s+(?:of|de|del)\s+"
                        r"([A-Z][\w'\u2019-]+(?:[ \t]+(?:[A-Z][\w'\u2019-]+|de|del|la|las|los)){0,3})")
# a column that makes a table's people a utility program's, not writers to a public body: the same table pasted
# into a page of correspondence received is a list of customers all the same
_PROGRAM_COLUMN = re.compile(r"(?i)\b(?:rebates?|recipients?|participants?|enrollees?|awardees?|incentives?)\b")
_FACILITY_USE_REACH = 160  # characters back from a consumption figure to the facility its clause names
# a home's words: "her house by the park used ..." is a household's use, whatever facility the clause names
_HOME_WORDS = re.compile(r"(?i)\b(?:home|house|household|family|apartment|unit|bungalow)\b")


def facilitys_use(text: str, start: int, above: str = "") -> bool:
    """Whether a consumption figure is one of the City's facilities': its clause names the facility and no person
    ("the Alder Park Senior Center, 1200 Vine St (SCE service account ...), which used 98,400 kWh last fiscal
    year"). The City publishes what its buildings use; a sentence's other clauses may tell of a person, whose record
    the figure is not. A facility's word that is a person's surname after their given name is no facility ("Eun-ji
    Park averaged 56 kWh a day"). ``above``: the end of the line before, where a sentence a wrap cut began."""
    from .public_holders import facilitys_account_used  # here: public_holders reads lists, which reads this module
    if facilitys_account_used(text, start):
        return True
    clause = clause_before(text, start, _FACILITY_USE_REACH)
    clause = clause[speaker_label_end(clause):]  # "Douglas Amankwah: The Library's ...": who reads it out
    if _facility_alone(clause):
        return True  # its own line names the facility: a record on the line above ("... | (951)" / "209-7856 |
        # $2687.40" over "The Corporation Yard (...) used 773,000 kWh") is no part of its clause
    if above and not _SENTENCE_ENDS.search(above) and clause == text[max(0, start - _FACILITY_USE_REACH):start] \
            and start <= _FACILITY_USE_REACH:
        return _facility_alone(f"{clause_before(above, len(above), _FACILITY_USE_REACH)} {clause}")  # opened above
    return False


def _facility_alone(clause: str) -> bool:
    """Whether a clause names one of the City's facilities and no person, nor a home."""
    facility = any(not person_name(f"{before.group()} {m.group()}")
                   if (before := _WORD_BEFORE.search(clause, 0, m.start())) else True
                   for m in FACILITY_NAMED.finditer(clause))
    return (facility and not names_in(facility_names_blanked(clause))
            and not person_word(clause) and not _HOME_WORDS.search(clause))


_SENTENCE_ENDS = re.compile(r"[.!?;:][\"\u201d)]?\s*$")  # the line above ended its sentence: no clause runs on
_WORD_BEFORE = re.compile(r"[^\W\d_][\w'\u2019-]*(?=\s+$)")  # the word right before a facility's word


# the words right before a figure that make it the whole system's or the City's ("System peak 46,788,155 kWh",
# "citywide sales", "portfolio load"): no household's usage, whoever the text names a line above
_COLLECTIVE_BEFORE = re.compile(r"(?i)\b(?:system(?:[\s-]?wide)?|city[\s-]?wide|community[\s-]?wide|portfolio|"
                                r"service\s+territory)(?:\s+(?:net\s+|coincident\s+|annual\s+|monthly\s+)?(?:peak|load|"
                                r"sales|usage|use|consumption|demand|energy|deliveries))?\b[^\n\d.;]{0,12}$")
_COLLECTIVE_REACH = 40
_CELL_LINE = re.compile(r"[^\S\n]*(\S[^\n]*?)[^\S\n]*(?=\n|$)")  # a line of a cell, without its blanks
# a call placed to the number right before it: "kept getting our calls at", "called her at", "by phone (", "cell:"
_CALLED_AT = re.compile(r"(?i)\b(?:calls?|called|calling|phoned?|texts?|texted|reached|cell|mobile|tel|vm|"
                        r"voice-?\s?mails?|msg)\b\.?"
                        # "called back from 9096222768", "called the household at 90955...", "her cell, 90988...", a
                        # record's "tel. 2135550147" in its brackets; a writer's "Please call me at 7145550123"; a
                        # hand-off log's "VM from 9098903754 - ...": the number the caller left a message from
                        r"(?:\s+(?:him|her|them|me|back|the\s+(?:household|family|customer|resident)))?\s*"
                        r"(?:at|on|from|:|\(|,)?\s*$"
                        # "a contact telephone number of 56...", "his telephone number on file, 95168..."
                        r"|\b(?:tele)?phone\s+(?:number\s+)?(?:of|is|on\s+file\s*,)\s*$"
                        # a claim's or a record's bare "contact" right before the digits: "...; contact 5625550148"
                        r"|\bcontact(?:\s+(?:no|number|#|phone|tel)\.?)?\s*:?\s*$"
                        # a few words between: "may be contacted by her attorney or directly at 81871...", "the plan we
                        # discussed by telephone at 8182..."
                        r"|\b(?:contacted|reached|telephone|phone)\b[^.;\n\d]{0,30}?\bat\s*$"
                        # a callback owed to the person named: "Call back Ana Ruiz at 9096222768" (a CRM's button label)
                        r"|\b(?:call(?:ed)?|phone|text)\s+back\s+(?-i:[A-Z\u00c0-\u00de][\w'\u2019.-]*"
                        r"(?:\s+[A-Z\u00c0-\u00de][\w'\u2019.-]*){1,3})\s+(?:at|on)\s*$")
# the number a person called from, whichever line they called, the words maybe on the line above: "called the
# committee" / "line from ...", "phoned the Clerk's office from ..."
_CALLED_FROM = re.compile(r"(?i)\b(?:called|calling|phoned|phoning|texted|rang)\s+(?:the\s+)?(?:[\w'\u2019-]+\s+){0,3}?"
                          r"from\s*$"
                          # one person of the case's household who called the office, at the number they called on:
                          # "Son called us at 562...", "She phoned staff at ...", "the tenant called in on ..." (not an
                          # office's "call us at", nor a crowd's "customers called us at" its line)
                          r"|(?:^|(?<=[\s.;,:(]))(?:he|she|(?:(?:his|her|their|the)\s+)?(?:son|daughter|husband|"
                          r"wife|spouse|partner|mother|father|mom|dad|grandson|granddaughter|grandmother|grandfather|"
                          r"niece|nephew|sister|brother|caregiver|tenant|customer|caller|resident|homeowner|"
                          r"account\s?holder))\s+(?:called|phoned|texted|rang)\s+(?:us|me|staff|in|"
                          r"(?:the|our)\s+office)\s+(?:at|on)\s*$")
_CALLED_AT_REACH = 60  # "his telephone number on file, ", "Call back María Eugenia Acevedo at "
# an item of a callback list run on in its label's line: "Residents who asked to be called back: Ana Ruiz at
# 9096222768, Luis Soto at 6265550199"; the label may stand a few items before the number
_CALLBACK_LIST = re.compile(r"(?i)\b(?:call(?:ed)?[\s-]?backs?|return\s+calls?)\b[^:\n]{0,40}:")
_CALLBACK_LIST_REACH = 400
# ten bare digits in brackets right after a person's name, as an FAQ's case or a note gives their number ("when Ana
# Ruiz (9095550147) fell behind"): not after a number's label ("Service Account (...)"), nor one of SCE's own
# ten-digit account forms (8..., 700...)
_NAME_BRACKET = re.compile(r"(?-i:[A-Z][\w'\u2019-]+(?:\s+[A-Z]\.)?\s+[A-Z][\w'\u2019-]+)\s*\($")
_NUMBER_LABEL = re.compile(r"(?i)\b(?:account|acct|meter|number|id|agreement|service|premises?|order|invoice|permit|"
                           r"case|parcel|apn|claim|file|ticket|reference|ref|contract|policy)\b")
_SCE_ACCOUNT_FORM = re.compile(r"8\d{9}(?!\d)|700\d")
_NAME_AT = re.compile(r"(?-i:[A-Z\u00c0-\u00de][\w'\u2019.-]*(?:\s+[A-Z\u00c0-\u00de][\w'\u2019.-]*){1,3})\s+(?:at|on)\s*$")
# where a field of a record written in a sentence or a line starts (Chinese and Japanese commas and brackets too)
_FIELD_START = re.compile(r"[,;(|\t\u00b7\u2013\u2014\u3001\uff08\uff0c\uff1b]")
_ASIDE = re.compile(r"\([^()\n]{1,60}\)")  # words in brackets, an aside of the sentence
_ONE_CUSTOMER = r"(?:customer|ratepayer|account ?holder)"  # after "the", "this", "that": one person
# "Customer Maria Lopez called from ...", "the customer can be reached at ...": a customer word naming the person,
# not an office's "customer service" or "customer line"
# a capital letter of a name, accented too ("Ángela", "Émile", "Łukasz")
_CAPITAL = "A-Z\u00c0-\u00d6\u00d8-\u00de\u0100-\u024f"
_ROLE_NAMING = re.compile(CUSTOMER_ROLE.pattern + rf"(?=[ ,:]{{1,3}}(?:the )?(?-i:[{_CAPITAL}]))"
                          rf"|(?i:(?<=\bthe )|(?<=\bthis )|(?<=\bthat )){_ONE_CUSTOMER}\b"
                          # the customer doing something: "Customer asked for callback at ...", "cust wants ..."
                          r"|(?i:\b(?:customer|cust|cx|caller|account ?holder|ratepayer)\s+(?=(?:(?:later|then|also|"
                          r"again|first|finally|subsequently)\s+)?(?:asked|requested|"
                          r"wants|wanted|prefers|called|said|says|states|stated|left|gave|provided|can|may|will|"
                          r"would|is|was)\b))")
# the number is the customer's, whoever reaches for it: "Staff attempted to reach the customer at (909) ...", "Call
# customer at (541) ...", "Staff spoke with Guerra by telephone at 562...", "left a message for Ms. Ortiz at ...",
# "Staff reached Ana Ruiz at ..." (a case note's call: the number staff reached her at is hers)
# the day a call was made, between the person called and the number: " on March 11", " on 3/11/2024", " on Tuesday"
_ON_A_DAY = (r"(?:\s+on\s+(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?"
             r"(?:,?\s+\d{4})?|\d{1,2}/\d{1,2}(?:/\d{2,4})?|(?:mon|tues|wednes|thurs|fri|satur|sun)day))?")
_CUSTOMER_AT = re.compile(rf"(?i)\b(?:the|this|that|call|phone|text|reach|contact) {_ONE_CUSTOMER}(?:'s \w+)? (?:at|on)\s*$"
                          # staff calling the case's household or customer: "Staff called the household at ..."
                          r"|(?i:\b(?:staff|crew|technician|agent|we)\s+(?:reached|called|phoned|contacted)\s+the\s+"
                          r"(?:household|family|customer|ratepayer|account ?holder|resident|tenant|appellant|"
                          r"complainant)\s+(?:at|on)\s*$)"
                          # the one customer named right after the word, whoever called them: "The supervisor called
                          # the customer Noor Haddad at ...", "reached the ratepayer, Ana Ruiz, on ..." (lower case: not
                          # an office's "the Customer Service Center at")
                          rf"|\b(?:the|this|that)\s+(?-i:customer|ratepayer|account ?holder)(?:,?\s+(?:(?:mr|ms|mrs|mx|dr)\.?\s+)?"
                          r"(?!(?:service|services|care|support|relations|center|centre|line|portal|desk|advocate|team|"
                          r"office|department|program|contact|call|information|info|help|hotline|assistance|"
                          r"experience|engagement|outreach|account|accounts|billing)\b)"
                          rf"(?-i:[{_CAPITAL}][\w'\u2019-]+(?:\s+[{_CAPITAL}][\w'\u2019-]+){{0,2}}))?,?\s+(?:at|on)\s*$"
                          r"|(?i:\b(?:(?:spoke|spoken|talked|met|followed up|left (?:a )?(?:message|voicemail|vm))\s+"
                          r"(?:with|for)|(?:staff|crew|technician|agent|we)\s+(?:reached|called|phoned|contacted))\s+"
                          r"(?:(?:mr|ms|mrs|dr)\.?\s+)?)"
                          rf"(?-i:[{_CAPITAL}][\w'\u2019-]+(?:\s+[{_CAPITAL}][\w'\u2019-]+)?)"  # ("... Ruiz back at")
                          rf"(?i:(?:\s+back)?{_ON_A_DAY}\s+(?:by\s+(?:tele)?phone\s+)?(?:at|on))\s*$"
                          # ... or a call with the case's party the text names by its role, on the day it was: "Staff
                          # spoke with the appellant on March 11 at (951) ...", "left a message for the tenant at ..."
                          r"|(?i:\b(?:spoke|spoken|talked|followed up|left (?:a )?(?:message|voicemail|vm))\s+"
                          r"(?:with|for)\s+the\s+(?:customer|ratepayer|account ?holder|household|family|resident|"
                          r"tenant|appellant|complainant|claimant|homeowner|caller)"
                          rf"{_ON_A_DAY}\s+(?:by\s+(?:tele)?phone\s+)?(?:at|on))\s*$"
                          # staff to call the number: "asked that staff call (559) ...", "the crew will phone her at"
                          r"|(?i:\b(?:staff|crew|technician|dispatcher|agent|we)\s+(?:(?:to|should|will|would|could|"
                          r"can|may|must|please)\s+)?(?:call|phone|text|reach|contact)(?:\s+(?:him|her|them))?"
                          r"(?:\s+(?:at|on))?)\s*$"
                          # what a call with the case's person settled, and the number it reached them at: "a payment
                          # plan was set up over the phone at ...", "the credit was confirmed by phone at ..." (not the
                          # office's offer "payments can be made over the phone at ...")
                          r"|(?i:\b(?:was|were)\s+(?:[a-z-]+\s+){1,3}?(?:over|by)\s+(?:the\s+)?(?:tele)?phone\s+(?:at|on))\s*$"
                          # staff to get back to the person at their number: "she would follow up with him at ..."
                          r"|(?i:\b(?:(?:follow(?:ed|ing)?\s+up\s+with|get\s+back\s+to)\s+(?:him|her|them)"
                          r"|call(?:ed)?\s+(?:him|her|them)\s+back)(?:\s+by\s+(?:tele)?phone)?\s+(?:at|on))\s*$"
                          # a callback to a named person, or to a relative of the customer: "Call back Ana Ruiz at ...",
                          # "reach her son at ..." (an office's contact is called, not called back)
                          r"|(?i:\b(?:call(?:ed)?|phoned?|text(?:ed)?)\s+back\s+(?:(?:mr|ms|mrs|dr)\.?\s+)?)"
                          rf"(?-i:[{_CAPITAL}][\w'\u2019-]+(?:\s+[{_CAPITAL}][\w'\u2019-]+){{0,2}})(?i:\s+(?:at|on))\s*$"
                          r"|(?i:\b(?:call(?:ed)?|phoned?|reach(?:ed)?|contact(?:ed)?|text(?:ed)?)\s+(?:her|his|their)\s+"
                          r"(?:son|daughter|husband|wife|partner|mother|father|mom|dad|sister|brother|grandson|"
                          r"granddaughter|caregiver|neighbou?r|landlord|tenant)\s+(?:at|on))\s*$"
                          # a note to staff about reaching the person: "Drop her a line or call (928) ...", a route
                          # sheet's "call ahead 505...", "gets our calls at 915-...", "testified by telephone from ..."
                          r"|(?i:\b(?:drop|give|shoot)\s+(?:her|him|them)\s+a\s+(?:line|call|text|ring)"
                          r"(?:(?:(?!\.\s)[^;!?\n]){0,60}?\b(?:or|and)\s+(?:call|text|phone))?|\bcall\s+ahead"
                          r"|\b(?:get|gets|getting|got|receiv(?:e|es|ed|ing)|tak(?:e|es|ing)|took)\s+(?:our|my|the|"
                          r"staff's|staff['\u2019]s)?\s*(?:calls|texts|messages|voicemails)"
                          r"|\b(?:testified|spoke|appeared|called|participated|joined)\s+(?:in\s+)?by\s+(?:tele)?phone"
                          r"\s+from|\bcalled\s+in\s+from)(?:\s+(?:at|on))?\s*$")
# the next field's account label after a phone: the utility's name there is no office's ("..., PCE account ..."),
# nor is "service" of the next field's "service address" or "service account" a service desk's
# (a record's next field, "... at 531/979-3912 Customer account 4471-...", is no "(909) ... Customer Service")
# (an SCE form's "cust acct", and an account in brackets, "(PCE acct 4164...)", not "(PCE Customer Service)")
_ACCOUNT_AFTER = re.compile(r"(?i)[\s,;|/-]*(?:(?:sce|pce|edison|utility)\s+(?:account|acct|customer|service)"
                            r"|service\s+(?:address|addr|account|acct)\b|(?:(?:sce|pce|edison|utility)\s+)?"
                            r"(?:customer|cust)\.?\s+(?:account|acct)\b)"
                            r"|\s*\(\s*(?:(?:sce|pce|edison|utility)\s+)?(?:(?:customer|cust)\.?\s+)?(?:account|acct)\b")
# a member of staff named as the contact or as the document's keeper, their number after the name: "Staff contact:
# Priya Raman, (760) ...", "Template owner: Lee Park, (909) ...", "Prepared by Ana Ruiz (909) ..."
_STAFF_CONTACT = re.compile(r"(?i)\b(?:(?:staff|city|program|project)\s+(?:contact|liaison|manager|lead)\s*:|"
                            rf"(?:{DOCUMENT_KEEPER}|prepared\s+by)\s*:?)\s*"
                            r"(?-i:[A-Z][\w.'\u2019-]*)(?:\s+(?-i:[A-Z][\w.'\u2019-]*)){0,3}\s*[,(-]?\s*$")

# a contractor's or a consultant's person a notice about City work sends readers to, their work phone and mailbox after
# them in the same sentence: "the contractor's project manager, Ana Ruiz of Acme Paving Inc, at (714) ... or
# aruiz@acmepaving.com", "Project manager: Ana Ruiz, Acme Paving Inc., (626) ..."; a firm's staff, no customer
_IN_SENTENCE = r"(?:[^;!?\n.]|\.(?!\s+[A-Z]))"
_CONTRACTORS_PERSON = re.compile(
    r"(?i)\b(?:contractor|subcontractor|consultant|vendor|(?:design|construction|engineering)\s+firm)(?:['\u2019]s)?\s+"
    r"(?:[\w-]+\s+){0,2}?(?:manager|superintendent|foreman|representative|rep|contact|liaison|coordinator|engineer|"
    r"supervisor|lead)\b" + _IN_SENTENCE + "{0,120}$"
    r"|\b(?:project|construction|site)\s+(?:manager|superintendent|engineer|coordinator|lead|supervisor)\s*:"
    + _IN_SENTENCE + r"{0,60}\b(?:inc|llc|corp|co|company|construction|contractors?|builders|paving|engineering|"
    r"electric|plumbing|landscaping|roofing)\b" + _IN_SENTENCE + "{0,60}$")
_CONTRACTOR_REACH = 200


def _contractors_contact(text: str, start: int, position: int) -> bool:
    """Whether the phone or mailbox at ``position`` is a contractor's person's (see ``_CONTRACTORS_PERSON``)."""
    return _CONTRACTORS_PERSON.search(text, max(start, position - _CONTRACTOR_REACH), position) is not None


# a street the City's work closes, in a notice of it: "Road closure: the 1400 block of Elm Street and the frontage of
# 519 Gibbs Blvd will be closed 7 a.m. to 4 p.m.", "Detour via ...": a work site, no one's home
_ROAD_WORK_BEFORE = re.compile(r"(?i)\b(?:(?:road|street|lane|sidewalk|traffic|full|partial)\s+closures?|detours?|"
                               r"closed\s+to\s+(?:traffic|through\s+traffic)|frontage\s+of)\b"
                               + _IN_SENTENCE + "{0,100}$")
_ROAD_WORK_AFTER = re.compile(r"(?i)[^.;!?\n]{0,40}?\b(?:will\s+be|is|are|to\s+be)\s+(?:closed|restricted|reduced\s+to)\b")
_ROAD_WORK_REACH = 160


def _named_bracket(text: str, begin: int, start: int, end: int) -> bool:
    """Whether the ten bare digits at ``text[start:end]`` stand alone in brackets right after a person's name."""
    bracket = _NAME_BRACKET.search(text, max(begin, start - 60), start)
    return bool(bracket) and text.startswith(")", end) and not _NUMBER_LABEL.search(bracket.group()) \
        and not _SCE_ACCOUNT_FORM.match(text, start)


def _road_work_site(text: str, start: int, end: int) -> bool:
    """Whether the street address at ``text[start:end]`` is a work site a road-closure notice names."""
    return (_ROAD_WORK_BEFORE.search(text, max(0, start - _ROAD_WORK_REACH), start) is not None
            or _ROAD_WORK_AFTER.match(text, end) is not None)


# an organisation's or a program's kind ending the words before a bracket: its contacts are in the bracket
# ("referred to the utility assistance program ((909) ...)", "the installer, Hall and Cole Corp. (12 Main St, Suite
# 4; (916) ...)"); a person's name before it ("Mrs. Kwan (909 802 ...)") leaves them the person's
_ORGANIZATION_BEFORE_BRACKET = re.compile(
    r"(?i)\b(?:program|programs|agency|corp|corporation|inc|llc|llp|ltd|co|company|foundation|association|army|"
    r"ministries|clinic|hospital|center|centre|office|department|dept|services|network|coalition|alliance|"
    r"council|commission|authority|district|partners|group|installer|contractor|vendor)\.?,?[ \t]*\($")
_ASIDE_REACH = 120  # how far back, in its line, the bracket around a phone may open
# an organisation's kind or its defined name right before a street address, as a contract's party clause gives its
# office ('..., a joint powers authority ("MACE"), 77 Cordova ...', "Sol Power Corporation, 12 Main St"); the
# customer's side of the clause is a person ('Ana Ruiz ("Customer"), 915 ...')
_PARTY_OFFICE = re.compile(r"(?i)\b(?:authority|agency|district|commission|corporation|cooperative|inc|llc|llp|ltd|"
                           r"corp|company)\.?\s*(?:\(\s*(?:the\s+)?[\"\u201c][^\"\u201d]{1,30}[\"\u201d]\s*\)\s*)?,?\s*$")
# a government office's title right before its street address, as a resolution or a notice directs filings and
# payments to it ("the County Auditor-Controller, 500 W. Temple Street", "Treasurer and Tax Collector, 225 N. Hill
# Street", "Registrar of Voters, ...", "the City Clerk, ..."): the office's address, and its phone after it, are public
_GOVERNMENT_OFFICE = re.compile(r"(?i)\b(?:treasurer|tax[\s-]+collector|auditor(?:[\s-]+controller)?|controller|"
                                r"comptroller|assessor|recorder|registrar(?:\s+of\s+voters)?|"
                                r"(?:city|county|town|village|borough|deputy)\s+clerk|board\s+of\s+supervisors)"
                                r"(?:['\u2019]s\s+office)?\.?\s*,?\s*$")
# what may stand between a street address and the phone after it, in the same place's listing: its floor, suite or
# room, its town, state and ZIP ("500 W. Temple Street" / ", 4th Floor, Los Angeles, CA 90012, " / "(213) ...")
_ADDRESS_TAIL = re.compile(r"(?:[\s,;:\u2013-]+(?:(?i:\d{1,2}(?:st|nd|rd|th)\s+floor|(?:suite|ste|room|rm|floor|fl|unit|"
                           r"bldg|building)\.?\s*#?\s*\w+)|[A-Z][\w.'-]*|\d{5}(?:-\d{4})?))*"
                           r"[\s,;:\u2013-]*")
_TAIL_REACH = 80
# a sentence's end, the next one opening with a capital: a place the sentence before names ("Walk-in at City Hall.
# Customer Ana Ruiz, 1301 ...") gives no address of its own in this one
_LAST_SENTENCE = re.compile(r".*[.!?][\"\u201d\u2019)]?\s+(?=[\"\u201c]?[A-Z])", re.DOTALL)
# an e-mail header's "From:" line and its mailbox, within a header's reach of its "To:" line
# a column of a vendor's, a payee's or a contractor's name: in a 1099 or a W-9 list the EIN beside a sole proprietor's
# name is the business's and confidential, the name is a vendor's, not a customer's; beside the person's own SSN or
# ITIN (NNN-NN-NNNN) the vendor is named as the person
_VENDOR_COLUMN = re.compile(r"(?i)\b(?:vendors?|payees?|suppliers?|contractors?|sub-?contractors?|bidders?|"
                            r"proveedor(?:es)?|contratistas?)\b")
# a list of rebates or incentives a utility paid, as its file name or title words it; and an office's part of a
# building in an address ("Suite 200"), which no home has
_REBATE_LIST = re.compile(r"(?i)(?<![^\W_])(?:rebates?|incentives?)(?![^\W_])")
_REBATE_REACH = 300
_OFFICE_PART = re.compile(r"(?i)\b(?:suite|ste|floor|fl|bldg|building|tower)\b")
_PERSONS_OWN_ID = re.compile(r"(?<!\d)\d{3}[- ]?\d{2}[- ]?\d{4}(?!\d)")
_FROM_LINE = re.compile(r"(?im)(?:^|\x00)[ \t]*from:[^\n\x00@]*?([\w.+-]+@[\w-]+(?:\.[\w-]+)+)")
_HEADER_REACH = 300


# an organisation the text sends people to, its phone and its mailbox after its name: "were referred to Foothill
# Tool Library, (909) ..., desk@foothilltools.org", "contact Inland Valley Repair Cafe at ... or ivrc@..." (see
# _organizations_listing)
_REFERRAL = re.compile(r"(?:(?i:referred|refer|directed|sent|contact|call|reach|visit)\s+(?:them\s+|him\s+|her\s+)?"
                       r"(?i:to\s+|with\s+)?(?i:the\s+)?)(?P<name>[A-Z][\w'\u2019&-]*(?:\s+(?:&\s+|of\s+|and\s+)?"
                       r"[A-Z][\w'\u2019&-]*){1,6})(?P<contacts>[^.;\n@]{0,80}?)"
                       r"(?P<mailbox>[\w.+-]+@(?P<domain>[\w-]+(?:\.[\w-]+)+))")


def _spells(label: str, words: list[str]) -> bool:
    """Whether a domain's name is made of an organisation's name in order: its words whole or by their initials,
    some left out, at least one whole word of three letters or more ("pvhabitat" of "Pomona Valley Habitat ReStore",
    "iehvac" of "Inland Empire HVAC Cooperative")."""
    @lru_cache(maxsize=None)
    def rest(i: int, k: int) -> bool:  # whether label[i:] is spelt by words[k:]
        if i == len(label):
            return True
        if k == len(words):
            return False
        word = words[k]
        return rest(i, k + 1) or (label.startswith(word[0], i) and rest(i + 1, k + 1)) or (
            len(word) >= 3 and label.startswith(word, i) and (i + len(word) == len(label) or rest(i + len(word), k + 1)))

    whole = [w for w in words if len(w) >= 3]
    return any(w in label for w in whole) and rest(0, 0)


def _organizations_listing(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The spans, in ``text[start:end]``, of an organisation's contacts that the text sends people to: its name
    after "referred to", "contact", "call" or "visit", and its phone and mailbox after it, the mailbox on a domain
    its name spells (the organisation's own). Not a person's own domain ("contact Ana Ruiz, ana@anaruiz.net"): a
    name that reads as a person's is none."""
    spans = []
    for m in _REFERRAL.finditer(text, start, end):
        name = m.group("name")
        label = re.sub(r"[\W\d_]", "", m.group("domain").rsplit(".", 1)[0].rsplit(".", 1)[-1].lower())
        words = [w.lower() for w in re.findall(r"[^\W\d_]+", name)
                 if w.lower() not in ("of", "and", "the")]
        if label and not person_name(name, strict=False) and _spells(label, words):
            spans.append((m.start("contacts"), m.end("mailbox")))
    return spans


def _organizations_aside(text: str, start: int, position: int) -> bool:
    """Whether the value at ``position`` stands in a bracket opened right after an organisation's or a program's
    name, within ``text[start:position]``: the bracket gives that organisation's contacts."""
    depth = 0
    for k in range(position - 1, start - 1, -1):
        if text[k] == ")":
            depth += 1
        elif text[k] == "(":
            if not depth:
                return bool(_ORGANIZATION_BEFORE_BRACKET.search(text, max(0, k - 40), k + 1))
            depth -= 1
        elif text[k] == "\n":
            return False
    return False


def page_of(segment: Segment):
    """The page a segment is on, the scope of blocks, letters and cards; a file embedded in the document (an
    e-mail in a mailbox, a zip's member, an attachment) has pages of its own: (its name, page)."""
    location = segment.location
    return (location.attachment, location.page) if location.attachment else location.page


def _word_start(text: str, at: int, floor: int) -> int:
    """``at`` moved back to the start of its word, not before ``floor``: where a line's tail is read from."""
    while at > floor and not text[at - 1].isspace():
        at -= 1
    return at


# a note after a phone on how to use it, as a tracker's "How to reach" cell adds one: "(text only)", "- cell",
# "(evenings)", "- no voicemail"
_REACH_NOTE = re.compile(r"(?i)\s*(?:\(\s*|[-\u2013,;]\s*)(?:texts?(?:\s+only|\s+ok)?|cell|mobile|home|landline|"
                         r"evenings?|daytime|mornings?|afternoons?|weekdays?|weekends?|after\s+\d{1,2}(?::\d\d)?\s*"
                         r"(?:am|pm)?|no\s+(?:vm|voicemail|texts?)|leave\s+(?:a\s+)?(?:msg|message|vm)|call\s+only|"
                         r"preferred|best)\s*\)?\s*")


class Line(NamedTuple):
    """One line of a segment's text (a PDF or text file segment is one line; an HTML block may hold several)."""

    segment: Segment
    start: int
    end: int

    @property
    def text(self) -> str:
        return self.segment.text[self.start:self.end]


# a record written as one string, its fields parted by bars, as a form's hidden field, a table's cell or a script
# keeps a shipment's or a request's contact ("Ana Ruiz|12 Elm St, Pomona CA 91767|909 555 0142")
_BAR_JOINED = re.compile(r"[^|\n]+(?:\|[^|\n]+){2,}")


# the labels of a data file's fields that hold prose: an image's caption, an item's description or summary, a chat
# or social media export's message text ("text", "full_text": Slack's, a post's), a form's or a survey's free-text
# answer as its API serves it ("message", "comment", "feedback", "response", "answer")
_PROSE_FIELD = re.compile(r"(?i)(?:^|\W)(?:caption|description|summary|abstract|text|full_text|message|comments?|feedback|"
                          r"response|answer)$")
_PROSE_WORDS = 6  # how many words make a field's text a sentence rather than a value


def told_in_field(segment: Segment) -> bool:
    """Whether a record's field is a data file's caption or description told as a sentence ("Rebate recipient Ana
    Ruiz at her home, 12 Elm St"): read as running text, as the same words on a page are. Not a table's cells, whose
    records their rows are."""
    return (segment.label is not None and segment.location.element is not None
            and segment.location.element.startswith(("/", "$")) and bool(_PROSE_FIELD.search(segment.label))
            and len(segment.text.split()) >= _PROSE_WORDS)


# a note written in a table's cell: enough words, most of them the lower-case words of a sentence, not a list of
# names, places or figures ("Ana Ruiz called about her 640 kWh June bill; reach her at 909 ...")
_NOTE_WORDS = 8
_LOWER_WORD = re.compile(r"(?<!\S)[a-z\u00e0-\u00ff]+[,;:.]?(?!\S)")


def _written_in_cell(segment: Segment) -> bool:
    """Whether a record's field holds running text, as a "Notes", "Comments" or "Details" column of a call log
    does: read as running text too, as the same sentence in a paragraph is, since the row around it (a date, a
    topic) holds no field of the person the sentence tells of; so does a cell under no column's label, a note typed on
    a sheet ("Per phone call, Ana Ruiz at 909 ... wants the refund mailed to 12 Elm St, Upland, CA 91786."), whose
    names, numbers and places leave fewer lower-case words. The prose rules then judge it as any paragraph. Not
    a voicemail log's message column, a caller's own words, which ``speakers`` reads knowing a public comment left
    by phone from a customer's call."""
    words = segment.text.split()
    share = 2 if segment.label else 3  # a note typed on a sheet under no column: a third of its words lower-case
    return (len(words) >= _NOTE_WORDS and share * len(_LOWER_WORD.findall(segment.text)) >= len(words)
            and not MESSAGE_COLUMN.search(segment.label or ""))


def joined_by_bars(text: str) -> bool:
    """Whether ``text`` holds a record joined by bars (see ``_BAR_JOINED``): three fields or more, a number among
    them. No sentence stands around its values: in a record's field it is read as a line of text too, as it is
    outside one, and the words before its home and phone are the person's name."""
    return "|" in text and any(any(c.isdigit() for c in m.group()) for m in _BAR_JOINED.finditer(text))


@dataclass(eq=False)
class Cell:
    """A candidate field of a record: a table cell, a label's value, a value found in running text."""

    kind: str
    segment: Segment
    start: int
    end: int
    label: str = ""
    strong: bool = False  # its label says "customer" outright

    @property
    def text(self) -> str:
        return self.segment.text[self.start:self.end]


# a mail draft a mailto: link starts ("To: ...", "Subject: ..."): text a person wrote, not a URL
_DRAFT_LINE = re.compile(r"\w+: ")


_URL_ALONE = re.compile(r"\s*https?://\S+\s*", re.IGNORECASE)


def _link_url(segment: Segment) -> bool:
    """Whether a segment is a link's URL (its target with its query decoded), not a mail draft or a query's value."""
    return segment.hidden == "link target" and segment.label is None and not _DRAFT_LINE.match(segment.text)


# the end of the line over a street line that names an agency or its unit: its inside address ("California Public
# Utilities Commission" / "505 Van Ness Avenue"), not a person's home
_AGENCY_ENDS = re.compile(r"(?i)\b(?:commission|board|branch|bureau|agency|authority|affairs)\s*$")
# a name's own mailbox right after it: "Ana Ruiz <aruiz@cityname.gov>", "Ana Ruiz (aruiz@cityname.gov)"
_MAILBOX_AFTER_NAME = re.compile(r"\s*[(<\[]\s*([\w.+-]+@[\w-]+(?:\.[\w-]+)+)\s*[)>\]]")
# the words of a figure's class or a statistic, which no person's name holds
_STATISTIC = re.compile(r"(?i)\b(?:average|avg|median|mean|total|typical|system[- ]?wide|all\s+customers)\b")

_RUNNING_EDGE = 2  # how many lines at a page's top and at its foot a running head or foot may take
_DIGITS = re.compile(r"\d+")
_TITLE_LINES = 5  # how many lines open a file's first page: its running head and its title


# a quoted line's marks ("> ", ">> ") and the bars a one-line signature parts its fields with ("Ana Ruiz | Billing
# Supervisor | (909) ...")
_QUOTE_MARKS = re.compile(r"[ \t]*(?:>[ \t]*)+")
_SIGNATURE_BARS = re.compile(r"[ \t]*[|\u2022\u00b7][ \t]*")


def quoted_staff_signature(text: str) -> bool:
    """Whether a quoted line of a reply is a member of staff's one-line signature, their name then their title ("> Ana
    Ruiz | Management Analyst | (909) ..."): the office's reply the customer's message quotes, its phone the desk's,
    though its header named no mailbox ("On Oct 24, 2026, Ana Ruiz wrote:")."""
    marks = _QUOTE_MARKS.match(text)
    if not marks:
        return False
    line = _SIGNATURE_BARS.sub(", ", text[marks.end():])
    names = names_in(line, 0, len(line), anchored=True)
    return bool(names) and names[0][0] == 0 and named_officially(line, *names[0])



def _first_and_last(cells: list[Cell]) -> tuple[Cell, Cell] | None:
    """The record's one first-name column's and one last-name column's name cells ("First Name" | "Last Name",
    "FNAME" | "LNAME"), else None."""
    names = [c for c in cells if c.kind == "name" and c.label]
    first = [c for c in names if FIRST_NAME_COLUMN.search(c.label) and not LAST_NAME_COLUMN.search(c.label)]
    last = [c for c in names if LAST_NAME_COLUMN.search(c.label) and not FIRST_NAME_COLUMN.search(c.label)]
    return (first[0], last[0]) if len(first) == 1 and len(last) == 1 else None

# a phone's exchange and line, opening the line after the one its area code ended (``phone_across``)
_EXCHANGE_AND_LINE = re.compile(r"[2-9]\d\d[ .-]\d{4}(?!\d)")
_CUT_PHONE_READ = 24  # characters each side of a line break in which a phone it cut is read


class Analysis:
    def __init__(self, document: Document, contacts: PublicContacts, anchors: list[Anchor], facts: DocumentFacts):
        self.document = document
        self.contacts = contacts
        self.facts = facts
        self.context = CustomerContext()
        self.context.positions = facts.positions
        self.context.spelt_numbers = partial(facts.per_text, spelt_number_spans)
        self.anchor_pages: set = set()  # pages that name a customer or an account
        self._column_people: dict = {}  # how each table column's cells read as people's names, by column
        # the segments of a staff member's card (label_blocks' "Contact: ..." over an official mailbox): no line of
        # the customer's case the card stands beside
        self.staff_cards: set[int] = set()
        self.usage_tables: list = []  # records of usage figures alone, waiting for a customer on their page
        self.usage_month_headers: set[tuple[str, ...]] = set()  # text tables' headers whose months hold usage
        # text tables' headers under a title that dates them before 1960 (an old ledger a history transcribes), and the
        # ids of their rows' segments, which no reading of running text takes for a record
        self.old_record_headers: set[tuple[str, ...]] = set()
        self.old_record_rows: set[int] = set()
        # text tables' headers whose rows are a program's participants: their columns' kinds by their cells' shapes
        self.participant_headers: dict[tuple[str, ...], tuple] = {}
        self.secrets: list = []  # (segment, start, end) of each credential the credential detector found
        self.deadline: float | None = None  # work_clock.now() past which the rules stop (see ``out_of_time``)
        self.ran_out = False  # whether a rule stopped at the deadline, or rules were left unrun
        # the cells of a parcel's column of a table laid out in text ("APN"), by segment id: no record's account
        self.parcels: dict[int, list[tuple[int, int]]] = defaultdict(list)
        # the fields added in each segment, a list of them once there are several: a table cell holds one value,
        # and a table's 180,000 cells need no list, key tuple or span tuple each
        self._taken: dict[Segment, CustomerField | list[CustomerField]] = {}
        self._shapes: dict[str, str | None] = {}  # what sniff() read each value as
        self._private_names: dict[str, list[tuple[int, int]]] = {}  # private_names_in() of each value
        self._reasons: dict[tuple[str, str | None], str] = {}  # see reason()
        self.segments = facts.read  # all but the page chrome a reader sees on every page
        # text outside records, a record's field that holds a whole record of its own joined by bars, and a data
        # file's caption or description written as a sentence (a sitemap's image caption, a feed's description), and
        # a table's cell of notes written as sentences
        self.free = [s for s in self.segments if not facts.in_record(s) or joined_by_bars(s.text) or told_in_field(s)
                     or _written_in_cell(s)]
        self.free_index = {id(s): i for i, s in enumerate(self.free)}
        self.joined = "\x00".join(s.text for s in self.segments)
        self.lower = self.joined.lower()
        # an array, not a list of int objects: a table's 180,000 offsets in 1.4 MB, not 7
        self.offsets = array("q", accumulate((len(s.text) + 1 for s in self.segments[:-1]), initial=0))
        # the index of each segment read: the document's positions themselves when all of it is read (a file)
        self.segment_index = facts.positions if self.segments is document.segments else IdentityIndex(self.segments)
        self.cues = CueIndex(self._cue_text())
        self.anchors: dict[int, list[Anchor]] = defaultdict(list)
        for anchor in anchors:
            if id(anchor.segment) in self.segment_index:
                self.anchors[id(anchor.segment)].append(anchor)
                self.anchor_pages.add(page_of(anchor.segment))
        self._contacts_of_segments()
        for kind in ("public comment", "public comment line"):
            for position in self.cues.find(kind):
                if not self._sent_by_the_city(position):
                    self.context.public_comment.add(page_of(self.locate(position)[0]))
        for position in self.cues.find("public comment"):
            self.context.public_comment |= self._compiled_comments(self.locate(position)[0])
        self.context.running = self.running_lines
        sign_in = {page_of(self.locate(position)[0]) for position in self.cues.find("sign-in sheet")}
        if sign_in:
            self.context.public_comment |= sign_in - {page_of(self.locate(position)[0])
                                                      for position in self.cues.find("utility matter")}

    def out_of_time(self) -> bool:
        """Whether the time to read the document's records is up: the strategies left are not run, and a long one
        (``prose.find``) stops between its blocks; what was found by then is kept."""
        if self.deadline is not None and work_clock.now() > self.deadline:
            self.ran_out = True
        return self.ran_out

    def _cue_text(self) -> str:
        """The lower-cased text with the links' URLs blanked, and any text that is a URL alone (a sitemap's or a
        feed's ``<loc>``): a URL's words ("/Search?searchPhrase=utility", "/utility-billing", ".../ecomments") say
        where a link leads, on a page's every link to it, not what the page is about."""
        links = [_link_url(segment) or bool(_URL_ALONE.fullmatch(segment.text)) for segment in self.segments]
        if not any(links):
            return self.lower
        return "\x00".join(" " * len(s.text) if link else s.text for s, link in zip(self.segments, links)).lower()

    def _sent_by_the_city(self, position: int) -> bool:
        """Whether the cue at ``position`` is an e-mail's "To: council@..." line whose "From:" line, in the same
        header, is a government mailbox: staff writing to the council (an investigator's findings), not a resident's
        comment to a public body."""
        if not self.lower.startswith("to:", position):
            return False
        header = self.joined[max(0, position - _HEADER_REACH):position + _HEADER_REACH]
        sender = _FROM_LINE.search(header)
        return bool(sender) and self.contacts.email_is_official(plain_email(sender.group(1)), self.document.url)

    def _contacts_of_segments(self) -> None:
        """Phone spans and the segments holding an "@", found once over the joined text."""
        for begin, end in phone_spans(self.joined):
            segment, start = self.locate(begin)
            self.context.phones.setdefault(id(segment), []).append((start, start + end - begin))
        hint = MAIL_HINT.search(self.joined)
        while hint:
            segment, start = self.locate(hint.start())
            self.context.mail.append(segment)
            hint = MAIL_HINT.search(self.joined, hint.start() + len(segment.text) - start + 1)  # on from the next segment

    # -- where things are --------------------------------------------------------------------------

    def locate(self, position: int) -> tuple[Segment, int]:
        """The segment and the offset in it of a position in ``joined``."""
        i = bisect_right(self.offsets, position) - 1
        return self.segments[i], position - self.offsets[i]

    def offset(self, segment: Segment) -> int:
        """Where a segment's text starts in ``joined``."""
        return self.offsets[self.segment_index[id(segment)]]

    def anchors_in(self, segment: Segment, start: int = 0, end: int | None = None) -> list[Anchor]:
        end = len(segment.text) if end is None else end
        return [a for a in self.anchors.get(id(segment), ()) if start <= a.start and a.end <= end]

    def named_pages(self) -> set:
        """The pages (``page_of``) where a customer's name has been recorded so far."""
        return {page_of(f.segment) for f in self.context.fields if f.kind == "name"}

    def in_parcel_column(self, segment: Segment, start: int, end: int) -> bool:
        """Whether ``segment[start:end]`` lies in a cell of a text table's parcel column (see ``parcels``)."""
        return any(a < end and start < b for a, b in self.parcels.get(id(segment), ()))

    def line_above(self, segment: Segment) -> Segment | None:
        """The segment read just before ``segment`` on its page."""
        at = self.segment_index.get(id(segment))
        above = self.segments[at - 1] if at else None
        return above if above is not None and page_of(above) == page_of(segment) else None

    def usage_cut_at(self, segment: Segment, start: int) -> bool:
        """Whether a usage unit's word at ``start`` belongs to a consumption figure a line break cut: the figure and
        the unit's first word ending this line ("... a bill for 2,200 kilowatt" / "hours in May") or the figure
        ending the line above ("... a bill for 1,940" / "kWh in March")."""
        at = self.segment_index.get(id(segment))
        if at is None:
            return False
        above = self.line_above(segment)
        if above is not None and not segment.text[:start].strip() and \
                consumption_across(above.text[-60:], segment.text[:24]):
            return True
        below = self.segments[at + 1] if at + 1 < len(self.segments) else None
        return below is not None and page_of(below) == page_of(segment) and \
            consumption_across(segment.text[max(0, start - 60):], below.text[:24]) is not None

    def rest_of_cut_address(self, segment: Segment, start: int, end: int) -> tuple[Segment, int, int] | None:
        """The start of the next line where a street address that ends its line goes on ("... of 7185 Cedar" /
        "Hollow Rd (phone ...", "... of 7185 Cedar Hollow" / "Rd (phone ..."): the same home, no other place's name
        in that line."""
        at = self.segment_index.get(id(segment))
        if at is None or at + 1 >= len(self.segments) or segment.text[end:].strip():
            return None
        below = self.segments[at + 1]
        if page_of(below) != page_of(segment):
            return None
        cut = address_across(segment.text[start:end], below.text[:60])
        return (below, 0, cut[1]) if cut else None

    def in_record_of(self, segment: Segment, lines: list[Line]) -> list[Line]:
        """The ``lines`` that are fields of the record ``segment`` is a field of (all of them when it is in none): a
        cell of running text in an export (a survey's answer, a 311 request's description) is one row's, its writer's
        or its caller's; the answer in the row above or below is another person's, and the number they called ("I
        called (909) ... and was on hold") is no part of this one's."""
        record = self.facts.record_of(segment)
        if record is None:
            return lines
        fields = {id(field) for field in record.fields}
        return [line for line in lines if id(line.segment) in fields]

    @cached_property
    def heading_place_kinds(self) -> frozenset[str]:
        """The kinds of place the document's title and headings are about ("Park Usage": parks), whose word ending a
        lone row's holder names a place of that kind, no person (``place_headings``)."""
        return heading_place_kinds(self.document)

    @cached_property
    def officials(self) -> set[tuple[str, ...]]:
        """The names the document gives with an official's or a staff member's title ("General Manager Szymanski"):
        those people wherever the document names them again ("Mr. Szymanski reported on the complaint")."""
        return titled_names(self.joined) | self._staff_mailbox_names

    @cached_property
    def _staff_mailbox_names(self) -> set[tuple[str, ...]]:
        """The names an e-mail gives with one of the City's or a government's mailboxes ("To: Trent Holloway
        <tholloway@redmesa.gov>", "... Trent Holloway <tholloway@redmesa.gov> wrote:"): staff, whom the letter then
        greets ("Ms. Holloway,") or names, never the customer writing to them."""
        return {name for name, mailbox in mailbox_names(self.joined)
                if self.contacts.email_is_official(mailbox, self.document.url)}

    @cached_property
    def running_lines(self) -> set[int]:
        """Ids of the segments that are a paged file's running head or foot (see ``_running``): the page's frame,
        never part of the text a speaker's turn runs on in."""
        return {id(segment) for segments in self._running for segment in segments}

    @cached_property
    def _running(self) -> list[list[Segment]]:
        """A paged file's running heads and feet, each the list of its lines: a page's first or last lines whose
        text, its numbers aside ("Public Hearing - May 14, 2024   3"), opens or closes at least half of the pages
        (two at least), as a court reporter's firm and phone stand at the foot of every page."""
        pages: dict = defaultdict(list)
        for segment in self.segments:  # (a page's hidden text, read after its lines, stands at no edge of it)
            if segment.location.page is not None and segment.text.strip() and not segment.hidden:
                pages[page_of(segment)].append(segment)
        if len(pages) < 2:
            return []
        edges: dict[str, list[Segment]] = defaultdict(list)
        for segments in pages.values():
            for segment in {id(s): s for s in segments[:_RUNNING_EDGE] + segments[-_RUNNING_EDGE:]}.values():
                edges[_DIGITS.sub("#", " ".join(segment.text.split()))].append(segment)
        least = max(2, len(pages) / 2)
        return [segments for text, segments in edges.items()
                if text.strip("# ") and len({page_of(s) for s in segments}) >= least]

    @cached_property
    def _title_lines(self) -> list[Segment]:
        """The opening lines of a paged file's first page: its running head and its title."""
        first = []
        for segment in self.segments:
            if segment.location.page is not None and segment.text.strip():
                if first and page_of(segment) != page_of(first[0]) or len(first) == _TITLE_LINES:
                    break
                first.append(segment)
        return first

    def _compiled_comments(self, segment: Segment) -> set:
        """The pages of a file that compiles public comments, when ``segment`` (the words that say so: "Written
        Public Comments Received") is its first page's title: every page framed by the same running head or foot as
        that first page is the compilation's, however the comment on it is addressed; so is every page that opens
        with an e-mail's "From:" line, as a clerk prints each comment received on a page of its own. None when the
        words stand lower (an agenda's item)."""
        if not any(s is segment for s in self._title_lines):
            return set()
        framed = {page_of(s) for segments in self._running if any(page_of(t) == page_of(segment) for t in segments)
                  for s in segments}
        return framed | {page_of(s) for s in self._page_openers if message_mark(s.text, None) == "sender"}

    @cached_property
    def _page_openers(self) -> list[Segment]:
        """The first line of text of each page of a paged file."""
        openers: dict = {}
        for segment in self.segments:
            if segment.location.page is not None and segment.text.strip():
                openers.setdefault(page_of(segment), segment)
        return list(openers.values())

    @cached_property
    def free_lines(self) -> list[Line]:
        """The lines of the text outside records, in document order."""
        return self.lines(self.free)

    @cached_property
    def one_persons_lists(self) -> dict[int, tuple[int, int]]:
        """The free lines (by index) that are items of a short list naming one person only, each to the first and last
        index of its list's lines (see ``item_records``): one record over several items."""
        return one_persons_lists(self.free_lines, partial(names_in, anchored=True))

    @cached_property
    def message_openers(self) -> dict[tuple[int, int], str]:
        """The free lines that open the next message of an e-mail thread or packet printed as text, by (id of their
        segment, start), and how (``cues.message_mark``). Each message is its writer's: whether one writer is a
        customer says nothing of the next ("From: Ana Ruiz" / "Subject: Item 12" / "Please vote yes." under another
        resident's shut-off complaint). A subject line opens one only below an earlier message (a letter's "Subject:
        meter access - acct ..." under its inside address is its reference line, not a message of its own)."""
        openers, thread, above = {}, False, None
        for line in self.free_lines:
            mark = message_mark(line.text, above)
            if mark and (mark != "subject" or thread):
                openers[id(line.segment), line.start] = mark
            thread = thread or mark in ("sender", "mark", "quotation")
            above = line.text
        return openers

    def opens_a_message(self, line: Line, quotation: bool = True) -> bool:
        """Whether a free line opens the next message of a thread (``message_openers``); ``quotation``: a reply's
        quotation of the message it answers ("On ... wrote:") counts too."""
        mark = self.message_openers.get((id(line.segment), line.start))
        return mark is not None and (quotation or mark != "quotation")

    @cached_property
    def _line_ranges(self) -> dict[int, tuple[int, int]]:
        """Id of a free segment -> the range of its lines in ``free_lines``."""
        ranges: dict[int, tuple[int, int]] = {}
        for i, line in enumerate(self.free_lines):
            first = ranges.get(id(line.segment), (i, i))[0]
            ranges[id(line.segment)] = (first, i + 1)
        return ranges

    def line_at(self, segment: Segment, position: int) -> int | None:
        """The index in ``free_lines`` of the line holding ``position`` of a free segment."""
        found = self._line_ranges.get(id(segment))
        if found is None:
            return None
        return max(found[0], bisect_right(self.free_lines, position, *found, key=lambda line: line.start) - 1)

    @staticmethod
    def lines(segments: list[Segment]) -> list[Line]:
        """The lines of the segments that hold text, each without the quote marks of an e-mail's reply ("> Atentamente,"
        / "> Ana Ruiz": the quoted message is read as its writer wrote it)."""
        lines = []
        for segment in segments:
            text, start = segment.text, 0
            while start <= len(text):
                end = text.find("\n", start)
                end = len(text) if end < 0 else end
                if text[start:end].strip():
                    quoted = QUOTE_MARKS.match(text, start, end)
                    if quoted is None:
                        lines.append(Line(segment, start, end))
                    elif text[quoted.end():end].strip():
                        lines.append(Line(segment, quoted.end(), end))
                start = end + 1
        return lines

    # -- what was found ----------------------------------------------------------------------------

    def add(self, kind: str, segment: Segment, start: int, end: int, why: str) -> None:
        start, end = span(segment.text, start, end)
        if kind == "name":
            end = name_end(segment.text, start, end)
            if self._own_place(segment.text[start:end]):
                return  # "..., Santa Olinda, had used 2212 kWh": the site's own city is no one's name
        elif kind == "address" and hundred_block(segment.text[start:end]):
            return  # a log's "1400 BLK CAMINO ALTO" beside a customer's note: where the call was, no one's home
        elif kind == "number" and self._phone_tail(segment, start):
            return  # a wrapped call log's "cb (562)" / "836-1247. 10/18 ...": a phone's tail and the next entry's date
        if start >= end:
            return
        if self.staff_cards and kind != "usage" and id(segment) in self.staff_cards:
            return  # a staff member's card beside a customer's: its name, desk phone and mailbox are the office's
        if kind in ("name", "phone", "email") and ">" in segment.text:
            opening = segment.text.rfind("\n", 0, start) + 1
            closing = segment.text.find("\n", end)
            if quoted_staff_signature(segment.text[opening:len(segment.text) if closing < 0 else closing]):
                return  # "> Ana Ruiz | Billing Specialist | (909) ...": the office's reply a customer's e-mail quotes
        taken = self._taken.get(segment)
        if taken is not None and any(f.kind == kind and f.start < end and start < f.end
                                     for f in (taken if type(taken) is list else (taken,))):
            return  # found once, by the first reading
        field = CustomerField(kind, segment, start, end, why)
        if taken is None:  # the usual case: a table cell's one value
            self._taken[segment] = field
        elif type(taken) is list:
            taken.append(field)
        else:
            self._taken[segment] = [taken, field]
        self.context.fields.append(field)

    def _phone_tail(self, segment: Segment, start: int) -> bool:
        """Whether the number at ``start`` opens its line with a phone's exchange and line ("836-1247"), the rest of a
        phone whose area code ended the line before ("... cb (562)"; ``phone_across``), whatever digits follow it."""
        text = segment.text
        line_start = text.rfind("\n", 0, start) + 1
        if text[line_start:start].strip() or not _EXCHANGE_AND_LINE.match(text, start):
            return False
        above = text[:line_start - 1] if line_start else (getattr(self.facts.line_before(segment), "text", ""))
        return phone_across(above[-_CUT_PHONE_READ:], text[start:start + _CUT_PHONE_READ]) is not None

    def _own_place(self, name: str) -> bool:
        """Whether ``name`` is the place the document's site is of ("City of Santa Olinda" in its title or footer)."""
        return " ".join(name.lower().split()) in self._own_places

    @cached_property
    def _own_places(self) -> frozenset[str]:
        """The places "City of X", "Town of X", "County of X" name in the document, and each of their leading words
        of two or more ("City of Santa Olinda Customer Care": "santa olinda")."""
        places = set()
        for m in _OWN_PLACE.finditer(self.joined) if self.may_hold("city", "town", "village", "county", "ciudad",
                                                                     "condado") else ():
            words = m.group(1).lower().split()
            places.update(" ".join(words[:n]) for n in range(min(2, len(words)), len(words) + 1))
        return frozenset(places)

    def may_hold(self, *words: str) -> bool:
        """Whether the text may hold one of ``words`` (lower-case ASCII) in any case: a look at the lower-cased text,
        some ten times cheaper than a pattern that ignores case searching all of it, before such a pattern that cannot
        match without one of them. A pattern ignoring case reads "\u0130", "\u0131" and "\u017f" as an i or an s,
        which lower-casing does not: a text holding one of them may hold any word."""
        return self._odd_case or any(word in self.lower for word in words)

    @cached_property
    def _odd_case(self) -> bool:
        return any(letter in self.joined for letter in "\u0130\u0131\u017f")

    def contact_fields(self, pieces: list[Line], after: Line | None = None,
                       names: Iterable[tuple[Segment, int, int]] = ()) -> list[tuple[str, Segment, int, int]]:
        """(kind, segment, start, end) of the street addresses, phones, mailboxes and consumption figures in
        running text that are a person's: not the City's, an office's, a facility's or a firm's. ``after`` is the
        line after the last piece, where a street address cut by a line break goes on; the words of ``names``
        are a person's, not a facility's ("Nicole R. Park, who lives at ...")."""
        contacts, url = self.contacts, self.document.url
        found = []
        listed = []  # an organisation's phone and mailbox, where the text sends people to it
        presented = []  # the lines presenting a business: its address, phone and mailbox are its own
        previous = lines_above = ""  # the end of the line above; of the lines above, where a clause may open
        for k, piece in enumerate(pieces):
            segment, text = piece.segment, piece.segment.text
            before_piece = len(found)
            below = pieces[k + 1] if k + 1 < len(pieces) else after  # where a value a line break cut goes on
            homes: list[tuple[int, int]] = []
            places: list[tuple[int, int]] = []  # the addresses of offices, facilities and firms: no one's home
            taken = [(a.start, a.end) for a in self.anchors_in(segment, piece.start, piece.end)]
            named = [(a, b) for s, a, b in names if s is segment]  # an office's word in a name is none: "Bell-Park"
            if not in_address_element(segment.location.element):
                addresses = [m.span() for m in street_addresses(text, piece.start, piece.end)]
                addresses += [m.span() for m in BOX_ADDRESS_RE.finditer(text, piece.start, piece.end)]
                addresses += [(a, b) for a, b in cued_streets(text, piece.start, piece.end)
                              if not any(s < b and a < e for s, e in addresses)]
                # from a word's start: "... we're at thirty-nine ninety-four Fairview" / "Avenue"
                tail_start = _word_start(text, max(piece.start, piece.end - 40), piece.start)
                head_end = tail_start + len(before_next_column(text[tail_start:piece.end]))
                cut = below is not None and address_across(text[tail_start:head_end], below.text[:60])
                if cut:  # its number and first words, on this line, say whose home it is: "... at 7199 South"
                    # (in one segment the value runs on into the next line: "1234 W\nHolt Ave")
                    whole = (tail_start + cut[0], below.start + cut[1] if below.segment is segment else head_end)
                    # a street cued on this line alone ("residents at 3726 Alder" / "Court") is the whole one's head
                    addresses = [(a, b) for a, b in addresses if not whole[0] <= a < whole[1]] + [whole]
                for start, end in addresses:
                    # (an address before it on the line is no cue: its street's type is no office's word, "12 Park
                    # Ave, 40 Elm St")
                    window = _blank(text[max(piece.start, start - 40):start], start, named + homes + places)
                    before = _own_sentence(window)
                    # "City Hall,\n13220 ..", and a sentence a wrap cut in the facility's name: "the Palomares Park
                    # Community" / "Building at 499 E. Arrow Hwy"
                    opened_above = start - piece.start <= 40 and before == window and before.strip()
                    cue = " ".join((f"{_own_sentence(previous)} {before}" if opened_above
                                    else before if before.strip() else previous).split()[-5:])
                    if opened_above and _LINE_OPENING_LABEL.fullmatch(before):
                        # a label opening the line is the line's own: the words above it make no works' name with
                        # it ("Customer: Ana Ruiz" / "Site: 12 Elm St" names no "Ana Ruiz Site")
                        own = before.split()
                        kept = cue.split()
                        cue = " ".join(kept[:len(kept) - len(own)]) + "\n" + " ".join(own)
                    if parcel_not_premises(text, start, end):
                        continue
                    if (not FACILITY_CUE.search(cue) and not _PARTY_OFFICE.search(before)
                            and not _GOVERNMENT_OFFICE.search(before)
                            and not (not before.strip() and _AGENCY_ENDS.search(
                                previous or text[max(0, piece.start - 40):piece.start].rstrip()))
                            and not contacts.address_is_public(text[start:end])
                            and not _road_work_site(text, start, end)):
                        found.append(("address", segment, start, end))
                        homes.append((start, end))
                    else:
                        places.append((start, end))
            # an identifier's aside in brackets ("Ana Ruiz (PCE account 2-41-...) can be reached at"): the person's,
            # its utility's name no office's cue for the number after it
            asides = [m.span() for m in _ASIDE.finditer(text, piece.start, piece.end)
                      if any(m.start() < a and b < m.end() for a, b in taken)] if taken else []
            for start, end in phone_spans(text, piece.start, piece.end, bare=True):
                if text[start:end].isdigit() and not _CALLED_AT.search(text, max(piece.start, start - _CALLED_AT_REACH), start) \
                        and not (_NAME_AT.search(text, max(piece.start, start - _CALLED_AT_REACH), start)
                                 and _CALLBACK_LIST.search(text, max(piece.start, start - _CALLBACK_LIST_REACH), start)) \
                        and not _named_bracket(text, piece.start, start, end):
                    continue  # ten bare digits are a phone's only where someone calls them ("our calls at 9153626685")
                if any(e <= start < e + _TAIL_REACH and _ADDRESS_TAIL.fullmatch(text, e, start) for _, e in places):
                    continue  # the phone right after an office's address is the office's ("..., CA 90012, (213) ...")
                e164 = to_e164(text[start:end])
                # "..., callback 909-...": the words of a home before it are no office's ("577 Plaza Grove - 909...")
                clause = _FIELD_START.split(_blank(clause_before(text, start, 50), start, homes + named + asides))[-1]
                field = _ROLE_NAMING.sub(lambda m: " " * len(m.group()), clause)
                staff = _STAFF_CONTACT.search(text, max(piece.start, start - 60), start) or _organizations_aside(
                    text, max(piece.start, start - _ASIDE_REACH), start) or _contractors_contact(text, piece.start, start) \
                    or desk_extension(text, start, end)
                after_phone = "" if _ACCOUNT_AFTER.match(text, end) else text[end:end + 20]
                if (e164 and not contacts.phone_is_public(e164) and not any(s < end and start < e for s, e in taken)
                        and (_CUSTOMER_AT.search(clause) or household_reached(text, start)
                             or not public_cue(field, after_phone)
                             or _CALLED_FROM.search(f"{previous if start - piece.start < 50 else ''} {clause}"))
                        and not staff):
                    found.append(("phone", segment, start, end))
            if below is not None and below.segment is not segment:  # "... can be reached at 909" / "392 2571 ..."
                tail = max(piece.start, piece.end - _CUT_PHONE_READ)
                cut = phone_across(text[tail:piece.end], below.text[:_CUT_PHONE_READ])
                if cut and not any(s < piece.end and tail + cut[0] < e for s, e in taken):
                    e164 = to_e164(f"{text[tail + cut[0]:piece.end]} {below.text[:cut[1]]}")
                    if e164 and not contacts.phone_is_public(e164):
                        found.append(("phone", segment, tail + cut[0], piece.end))
            if MAIL_HINT.search(text, piece.start, piece.end):
                for m in EMAIL_RE.finditer(text, piece.start, piece.end):
                    if not contacts.email_is_public(plain_email(m.group()), url) and not _contractors_contact(
                            text, piece.start, m.start()):
                        found.append(("email", segment, *m.span()))
            if below is not None and below.segment is not segment:  # "... at jrivas at hotmail" / "dot com ...",
                tail = _word_start(text, max(piece.start, piece.end - 80), piece.start)  # "... ana.ruiz@g" / "mail.com"
                cut = email_across(text[tail:piece.end], below.text)
                if cut and not contacts.email_is_public(
                        plain_email(f"{text[tail + cut[0]:piece.end].rstrip()}{cut[2]}{below.text[:cut[1]]}"), url):
                    found.append(("email", segment, tail + cut[0], piece.end))
            above = pieces[k - 1] if k and not piece.start and pieces[k - 1].segment is not segment else None
            found += [("usage", segment, start, end)
                      for start, end in consumption_below(text, piece.start, piece.end, above and above.text,
                                                          below and below.text)
                      if not facilitys_use(text, start, lines_above) and not _COLLECTIVE_BEFORE.search(
                          text, max(piece.start, start - _COLLECTIVE_REACH), start)]
            cut = below is not None and consumption_across(text[max(piece.start, piece.end - 60):piece.end],
                                                           below.text[:60])
            if cut and not facilitys_use(text, max(piece.start, piece.end - 60) + cut[0], lines_above):
                base = max(piece.start, piece.end - 60)  # "never used 185" / "kWh in one month"
                found.append(("usage", segment, base + cut[0], base + cut[1]))
            if below is not None:  # "Usage last 3 cyc 376 /" / "413 / 324 kwh"
                base = max(piece.start, piece.end - 60)
                found += [("usage", segment, base + a, base + b)
                          for a, b in listed_across(text[base:piece.end], below.text[:60])]
            # (its addresses blanked: "... 13283 Plaza Orangethorpe" / "11921 Corte Tamarind ..." is no plaza's)
            previous = _blank(text[max(piece.start, piece.end - 40):piece.end], piece.end, homes + places)
            lines_above = f"{lines_above} {text[piece.start:piece.end]}"[-_FACILITY_USE_REACH:]
            listed += [(segment, a, b) for a, b in _organizations_listing(text, piece.start, piece.end)]
            if len(found) > before_piece:  # (not a line holding a personal identifier: a business customer's)
                presented += [(segment, a, b) for a, b in business_listings(text, piece.start, piece.end)
                              if not any(a <= s < b for s, _ in taken)]
        return [f for f in found if not (f[0] in ("phone", "email") and any(
            s is f[1] and a <= f[2] and f[3] <= b for s, a, b in listed)) and not any(
            s is f[1] and a <= f[2] and f[3] <= b for s, a, b in presented)]

    # -- what a value is -----------------------------------------------------------------------------

    def valid(self, kind: str, text: str, tied: str = "") -> bool:
        """Whether a field's value is customer data of its kind (the City's own contacts are not).

        A name must read as a person's, except where it is ``tied`` to a customer: under its own explicit
        header ("customer": Customer Name, Account Holder) a firm's name counts too, in a record with an
        account or usage ("account") any name that is not a firm's or a place's ("Jane Park", not "City
        of Pomona"). Tied to neither, a name that ends with its trade ("Okafor Bike Shop") is a shop's, which a
        business directory lists with its address, phone and mailbox.
        """
        text = text.strip()
        if PLACEHOLDER.fullmatch(text):
            return False  # a template's field left to fill in: "[Customer Name]", "<Service Address>"
        if kind == "name":
            if _STATISTIC.search(text):
                return False  # a chart's series or a table's row of a class: "Residential average", "System total"
            if not tied and trade_name(text):
                return False  # a directory's shop ("Okafor Bike Shop" | address | phone | info@ mailbox): a firm's
            plain = plain_name(text) and ((tied == "customer" and not PUBLIC_BODY.search(text))
                                          or (tied == "account" and not is_place(text)))
            name = person_name(text, strict=False) or (plain and " ".join(text.lower().split()))
            return bool(name) and not self.contacts.name_is_public(name)
        if kind == "address":
            return opens_an_address(text) and not self.contacts.address_is_public(text)
        if kind in ("phone", "contact") and any(
                (e := to_e164(text[a:b])) and e not in self.contacts.phones for a, b in phone_spans(text, bare=True)):
            return True
        if kind in ("email", "contact"):
            return any(not self.contacts.email_is_public(plain_email(m.group()), generic=False)
                       for m in EMAIL_RE.finditer(text))
        if kind in ("account", "identifier"):  # not a form's placeholder ("00-0000-00", "XX-XXXX-XX")
            groups = _DIGIT_GROUP.findall(text)
            return sum(map(len, groups)) >= 4 and any(len(set(group)) > 1 for group in groups)
        if kind == "usage":  # not a trimmed row's zero ("(see CIS) | 0"): nothing was used, nobody's usage is told
            return "$" not in text and any(c in "123456789" for c in text)
        return False

    def reach_is_public(self, value: str) -> bool:
        """Whether a phone or a mailbox (the whole of ``value``) is a published one, the City's, an office's or a
        role's, or reaches no one (no phone number at all): no person's own way to be reached."""
        if EMAIL_RE.fullmatch(value):
            return self.contacts.email_is_public(plain_email(value), self.document.url)
        e164 = to_e164(value)
        return e164 is None or self.contacts.phone_is_public(e164)

    def sniff(self, text: str) -> str | None:
        """The kind of an unlabelled value, by its shape. Worked out once per value: a table repeats its values
        (a rate plan, a city, a status in every row)."""
        if text not in self._shapes:
            self._shapes[text] = self._shape_of(text.strip())
        return self._shapes[text]

    @staticmethod
    def _shape_of(text: str) -> str | None:
        if EMAIL_RE.search(text):
            return "email"
        spans = phone_spans(text)
        if spans == [(0, len(text))] or (
                len(spans) == 1 and spans[0][0] == 0 and _REACH_NOTE.fullmatch(text, spans[0][1])):
            return "phone"  # a tracker's "How to reach" cell says how the number is to be used: "(text only)"
        if ADDRESS_RE.match(text) or BOX_ADDRESS_RE.match(text):  # a box's too: "PO Box 3313, Minot, ND 58701"
            return "address"
        if USAGE_RE.fullmatch(text):
            return "usage"
        if person_name(text, strict=False) and names_in(text, anchored=True) == [(0, len(text))]:
            return "name"  # not a title's or a department's words ("Equipment Mechanic", "Public Works")
        return None

    def judge(self, cells: list[Cell], why: str, *, veto: bool = False, soft: bool = False,
              listing: list[Segment] = (), anchored: bool = False, submitted: bool = False,
              business_contacts: bool = False) -> bool:
        """Add the cells as customer fields if together they make a customer record; True if they do.

        A public listing is no record: a roster's or a facility list's columns (``veto``), a firm's or an
        office's (``soft``) unless a column says "customer", or a plain "Name" that is a place's or a firm's
        (Name | Address | Phone of community centers, Name | Account | kWh of City facilities). An
        ``anchored`` record (it holds a personal identifier the identifier detectors found) is a customer
        record whatever its labels say, as soon as it names a person. A ``submitted`` record (the values typed
        into one form) ties a person to a phone or a mailbox as a column saying "customer" does: one person sent
        them, where a roster's row is one of many listed. A row's ``business_contacts`` (a vendor master list's phone,
        mailbox and remit-to address) are the business's: they tell a vendor column's person as the one their own
        SSN is for, and are not added.
        """
        # a personal identifier counts only where the identifier detectors found one: the City's own EIN under
        # "Federal Tax ID:" or a form's example is no identifier
        cells = [c for c in cells if c.kind != "identifier" or self.anchors_in(c.segment, c.start, c.end)]
        cells = [part for c in cells for part in self._lines_of_a_cell(c)]
        strong = submitted or any(c.strong for c in cells)
        if (veto or (soft and not strong) or self._names_a_place(cells)) and not (anchored and (any(
                c.kind == "name" and (self.names_person(c) or self._card_holder(c, cells)) for c in cells)
                or self.names_person_in_halves(cells))):
            self.context.listing.update(id(s) for s in listing)
            return False
        linked = "account" if anchored or any(c.kind in ("account", "usage", "identifier") for c in cells) else ""
        if linked:
            cells = [self._contact_person(c) for c in cells]
        if not linked and any(page_of(c.segment) in self.context.public_comment
                              or SPEAKER_COLUMN.fullmatch(c.label or "") for c in cells) and not any(
                _PROGRAM_COLUMN.search(c.label or "") for c in cells):
            return False  # a comment card's or a letter writer's own name and address, not a program's recipients';
            # a speaker's row (Speaker | Address | Phone) too: a public commenter, unless an account or usage ties them

        valid = [c for c in cells if self.valid(c.kind, c.text, "customer" if c.strong else linked)
                 or c.kind == "name" and (_named_by_role(c) or self._person_by_column(c) or self._card_holder(c, cells))]
        valid += self._halves_of_a_name(cells, valid)
        kinds = {c.kind for c in valid} | ({"account"} if anchored else set())
        if not ties(kinds, strong):
            return False
        vendor = (any(c.kind == "name" and _VENDOR_COLUMN.search(c.label or "") for c in cells)
                  and self._vendors_row(cells))
        for c in cells:
            if vendor and c.kind == "name" and _VENDOR_COLUMN.search(c.label or ""):
                continue  # a vendor's name beside its EIN: the EIN alone is the finding
            if business_contacts and c.kind in ("address", "phone", "email", "contact"):
                continue
            if c.kind != "name" or c in valid:
                self.add(c.kind, c.segment, c.start, c.end, self.reason(why, c.label))
            self.anchor_pages.add(page_of(c.segment))
        return True

    def _halves_of_a_name(self, cells: list[Cell], valid: list[Cell]) -> list[Cell]:
        """The two cells of a name an export splits into a first-name and a last-name column ("Last Name | First Name":
        "Espinoza" | "Khanh"; "LNAME | FNAME", "Apellido | Nombre"), when neither alone reads as a person's name and
        the two together do: both are the record's name (``customer_name`` reports them as one). A list of people
        with their homes and phones is a list of customers whether its name is one column or two. So is a surname
        that is a common word and reads as no name alone ("Sung-min" | "Park", "Maria" | "Lane") beside a given name
        that does: the half left out, so the two are reported as one name."""
        halves = _first_and_last(cells)
        if not halves or (halves[0] in valid and halves[1] in valid) or not self._halves_read_as_a_name(*halves):
            return []
        return [c for c in halves if c not in valid]

    def names_person_in_halves(self, cells: list[Cell]) -> bool:
        """Whether the record's first-name and last-name cells together name a person (an API's ``"holder": {"first":
        ..., "last": ...}`` beside an account), which neither half does alone."""
        halves = _first_and_last(cells)
        return halves is not None and self._halves_read_as_a_name(*halves)

    def _halves_read_as_a_name(self, first: Cell, last: Cell) -> bool:
        return self.valid("name", f"{first.text.strip()} {last.text.strip()}") or self._split_halves(first, last)

    def _split_halves(self, first: Cell, last: Cell) -> bool:
        """Whether a first-name column's and a last-name column's cell together are a person's name
        (``persons.split_name_halves``: "Tuan" | "Branch", "Bill" | "Ho"), not a public one."""
        given, surname = first.text.strip(), last.text.strip()
        return split_name_halves(given, surname) and not self.contacts.name_is_public(f"{given} {surname}".lower())

    def _lines_of_a_cell(self, cell: Cell) -> list[Cell]:
        """A name's, an address's, a phone's or a contact's cell holding a person's name on one line and their
        street, phone or mailbox on the next ones (a Word table's "Name / Address" column: "Jane Roe\n12 Elm St"; a
        notice list's "Customer / Service Address / Phone": "Jane Roe\n12 Elm St, Town\n(555) 201-3344"): the name,
        the address and the phone, each its own cell, so each is reported as what it is, not the cell as one address."""
        if cell.kind == "contact" and "\n" not in cell.text.strip():
            return self._name_then_reach(cell)
        if cell.kind not in ("name", "address", "phone", "contact") or "\n" not in cell.text.strip():
            return [cell]
        text = cell.segment.text
        shapes = [(self.sniff(text[a:b]), a, b) for m in _CELL_LINE.finditer(cell.text)
                  for a, b in [(cell.start + m.start(1), cell.start + m.end(1))]]
        names = [(a, b) for kind, a, b in shapes if kind == "name"]
        reached = [(kind, a, b) for kind, a, b in shapes if kind in ("phone", "email")]
        street = [(a, b) for kind, a, b in shapes if kind not in ("name", "phone", "email")
                  and not (reached and a > reached[0][1])]  # the street's lines, above the phone's
        if not names or not (street or reached) or street and not ADDRESS_RE.match(text, *street[0]):
            return [cell]
        parts = [Cell("name", cell.segment, a, b, cell.label, cell.strong) for a, b in names]
        if street:
            parts.append(Cell("address", cell.segment, street[0][0], street[-1][1], cell.label, cell.strong))
        return parts + [Cell(kind, cell.segment, a, b, cell.label, cell.strong) for kind, a, b in reached]

    def _name_then_reach(self, cell: Cell) -> list[Cell]:
        """A contact cell on one line giving a person's name and then their phone or mailbox (a CRM case's
        "Contact: PHAM, DUYEN   714-397-0425"): the name its own cell, so the record's person is reported as well as
        the number. An office's or a firm's name before its number ("Planning Division (909) ...") stays the
        contact's."""
        text = cell.segment.text
        reach = [a for a, _ in phone_spans(text, cell.start, cell.end)]
        reach += [cell.start + m.start() for m in EMAIL_RE.finditer(cell.text)]
        if not reach:
            return [cell]
        start, end = span(text, cell.start, min(reach))
        if start == end or self.sniff(text[start:end]) != "name" or named_officially(
                cell.text, start - cell.start, end - cell.start):  # the value alone: its label is "Contact"
            return [cell]
        return [Cell("name", cell.segment, start, end, cell.label, cell.strong),
                Cell("contact", cell.segment, min(reach), cell.end, cell.label, cell.strong)]

    def _contact_person(self, cell: Cell) -> Cell:
        """A contact column's cell holding a person's name alone, in a row tied to an account, usage or a personal
        identifier (a key-accounts list's "Account Name | Contact | Contact Ph | SA #": "Valencia Packaging |
        Dariush Moradi | ..."): the account's contact person, a name of the customer's account information, so a
        name cell. Without the account a contact column is a roster's or a directory's ("Program | Contact |
        Phone"), its name no record's; so is a memo's "Contact:" line above its account, the staff member to ask (a
        whole cell under a column's header only)."""
        text = cell.segment.text
        if cell.kind != "contact" or not cell.segment.label or text[:cell.start].strip() or text[cell.end:].strip():
            return cell
        start, end = span(cell.segment.text, cell.start, cell.end)
        if start == end or self.sniff(cell.segment.text[start:end]) != "name" or named_officially(
                cell.text, start - cell.start, end - cell.start):
            return cell
        return Cell("name", cell.segment, start, end, cell.label, cell.strong)

    def _vendors_row(self, cells: list[Cell]) -> bool:
        """Whether the row of a vendor-named cell is a vendor list's: no account of the City's utility beside the EIN
        (a rebate paid to a customer is paid against their account), nor the person's own SSN or ITIN beside their
        home, phone or mailbox (a refund mailed to a person), nor a service address its column names (a write-off's
        or a refund's payee is the customer the utility served there). A check register's sole proprietor paid under
        an SSN or an ITIN, with none of them given, is a vendor: the number alone is the finding."""
        rows = {id(row): row for c in cells if (row := self.facts.record_of(c.segment)) is not None}
        anchors = [a for row in rows.values() for f in row.fields for a in self.anchors.get(id(f), ())]
        # the payee's own SSN or ITIN, in a cell judged or found in its "TIN" column (a refund tracker's person)
        own_id = any(c.kind == "identifier" and _PERSONS_OWN_ID.search(c.text) for c in cells) or any(
            a.kind == "identifier" and _PERSONS_OWN_ID.fullmatch(a.segment.text[a.start:a.end].strip())
            for a in anchors)
        reached = any(c.kind in ("address", "phone", "email") for c in cells)
        served = any(c.kind == "address" and c.strong for c in cells)
        return not any(a.kind == "account" for a in anchors) and not (own_id and reached) and not served \
            and not self._rebate_paid_home(cells, anchors)

    def _rebate_paid_home(self, cells: list[Cell], anchors: list[Anchor]) -> bool:
        """Whether the row is a utility's rebate paid to a person at home: in a list of rebates (its file name or the
        text above the table says so: "Rebate payments (1099)"), a payee named as a person, with a taxpayer number
        the identifier detectors found and a home's street address (no suite). A rebate goes to a customer, so the
        row is a customer's record; a firm in the same column, or a payee at an office, stays a vendor."""
        if not any(a.kind == "identifier" for a in anchors) or not any(
                c.kind == "name" and self.names_person(c) for c in cells) or not any(
                c.kind == "address" and not _OFFICE_PART.search(c.text) for c in cells):
            return False
        name = self.document.url.rsplit("/", 1)[-1].replace("_", " ")
        first = self.segment_index.get(id(cells[0].segment))
        above = self.joined[max(0, self.offsets[first] - _REBATE_REACH):self.offsets[first]] if first is not None else ""
        return bool(_REBATE_LIST.search(name) or _REBATE_LIST.search(above))

    def _names_a_place(self, cells: list[Cell]) -> bool:
        """Whether the record's name is a place's, a facility's or a firm's ("Palomares Park | 499 E Arrow Hwy |
        12,000 kWh"). A place beside a person's name is the person's town ("LAKE ELMORE" after "Ines Carvalho"); a
        place's words in a column of people's names are a person's ("Ray Park" under "Ivy Ford", ``people_columns``)."""
        names = [c for c in cells if c.kind == "name" and not c.strong]
        joined = " ".join(c.text.strip() for c in names)  # a name split into columns: "Sandra | Parks"
        if len(names) > 1 and person_name(joined, strict=False) and not is_place(joined):
            return False
        halves = _first_and_last(names)
        if halves and self._split_halves(*halves):
            return False  # "Branch | Tuan" under "Last | First": no place has a first name
        return (any(is_place(c.text) and not self._person_by_column(c) and not self._card_holder(c, cells) for c in names)
                and not any(not is_place(c.text) and self.names_person(c) for c in names))

    def _card_holder(self, cell: Cell, cells: list[Cell]) -> bool:
        """A name cell alone in its column, in a card of one record with an account that labels a service address:
        the customer's, whatever place its words also name ("Name | Hope Hall", ``record_cards``)."""
        key = column_key(cell.segment)
        alone = key is None or len(self._columns.get(key, [])) <= 1
        return cell.kind == "name" and any(c.kind == "account" for c in cells) and holder_of_card(
            cell.text.strip(), [c.label or "" for c in cells if c is not cell], alone)

    def reason(self, why: str, label: str | None) -> str:
        """``why.format(label=label)``, one string for every cell of a column: a table's 100,000 fields share
        a handful of reasons."""
        reason = self._reasons.get((why, label))
        if reason is None:
            reason = self._reasons[why, label] = why.format(label=label)
        return reason

    def private_names_in(self, text: str) -> list[tuple[int, int]]:
        """Spans of the private persons' names in a cell's ``text`` (not named with an official's title).
        Worked out once per value: a column of another kind repeats its values (a rate plan in every row)."""
        found = self._private_names.get(text)
        if found is None:
            segment = Segment(text)
            found = self._private_names[text] = [
                (start, end) for start, end in names_in(text, anchored=True)
                if not named_officially(text, start, end) and not self.official_mailbox_after(text, end)
                and self.names_person(Cell("name", segment, start, end))]
        return found

    def official_mailbox_after(self, text: str, end: int) -> bool:
        """Whether the name ending at ``end`` is written with its own mailbox at a government or the site ("Cc:
        Ana Ruiz <aruiz@cityname.gov>; ..."): an official's, though a private person's stands beside it."""
        mailbox = _MAILBOX_AFTER_NAME.match(text, end)
        return bool(mailbox) and self.contacts.email_is_official(mailbox.group(1), self.document.url)

    def names_person(self, cell: Cell) -> bool:
        """A name cell whose value is a private person's name, not a firm's, a place's or a public one: read alone, or
        as its column's other rows are ("Sky Church" among customers' names, ``people_columns``)."""
        return self._names_person_alone(cell) or self._person_by_column(cell)

    @cached_property
    def _columns(self) -> dict:
        return columns(self.document.segments)

    def _person_by_column(self, cell: Cell) -> bool:
        key = column_key(cell.segment)
        if key is None or cell.text.strip() != cell.segment.text.strip() or self._names_person_alone(cell):
            return False
        people = self._column_people.get(key)
        if people is None:
            people = self._column_people[key] = column_people(
                self._columns.get(key, []), lambda s: self._names_person_alone(Cell("name", s, 0, len(s.text))))
        return person_by_column(cell.text, people) and \
            not self.contacts.name_is_public(" ".join(cell.text.lower().split()))

    def _names_person_alone(self, cell: Cell) -> bool:
        text = cell.text.strip()
        role_named = _named_by_role(cell)
        name = person_name(text, strict=False) or (text if role_named else None)
        return bool(name and (role_named or not is_place(text)) and not self.contacts.name_is_public(name)
                    and (is_person(text) or names_in(text, anchored=True) == [(0, len(text))]))


def _named_by_role(cell: Cell) -> bool:
    """A name cell under a column naming who the row is about ("Enrollee", "Customer") whose two words are a given
    name no list knows and a place word that is a surname: "Yupanqui Park", a person, not a park."""
    return person_role_column(cell.label) and given_before_place_surname(cell.text.strip())


# a field's label of one to three words, alone before its value at the start of its line: "Site: ", "Work site: "
_LINE_OPENING_LABEL = re.compile(r"[ \t]*[A-Z][\w'\u2019-]*(?:[ \t]+[\w'\u2019-]+){0,2}[ \t]*:[ \t]*")


def _own_sentence(before: str) -> str:
    """The words of ``before`` in the sentence of the value right after it."""
    earlier = _LAST_SENTENCE.match(before)
    return before[earlier.end():] if earlier else before


def _blank(before: str, end: int, spans: list[tuple[int, int]]) -> str:
    """``before`` (the text that ends at ``end``) with the characters of ``spans`` blanked out."""
    offset = end - len(before)
    chars = list(before)
    for a, b in spans:
        for i in range(max(a, offset), min(b, end)):
            chars[i - offset] = " "
    return "".join(chars)
