"""A customer's own record told without a label: a holder the text makes of a utility account ("The
balance of Mr. Jo Lee was referred ..."), a writer's "my name is ... and I live at ..." above their account,
a message's "please call me at ..." beside their own home, an unnamed customer's home, phone, usage or
mailbox in one sentence ("The customer called from ...", "A customer at 12 Elm St ..."), and the fields that
are someone else's in a sentence of their own.
"""
from __future__ import annotations

import re

from ...labels import HOUSEHOLD_CONTACT_BEFORE, has_stand_in
from ...model import Segment
from ...public_contacts import PERSONAL_DOMAINS
from ..analysis import Analysis, Line, page_of
from ..cues import HONORIFICS, PERSONAL_TITLES
from ..public_people import public_commenter
from ..persons import called_customer, named_officially, names_an_official, names_in, person_name
from .blocks import cue_in
from .sentences import names_another, runs_on_from_above, sentence_bounds, sentence_opening
from .utility_stories import OWN_UTILITY_BILL, UTILITY_STORY


# a customer whom minutes or a report call by title and initial only, opening a sentence: "Mr. G. has been difficult
# to reach.", "Dr. T. asked ..."; and a sentence that goes on about them by a pronoun: "She asked to be contacted at ..."
_INITIALLED = re.compile(rf"(?:^|(?<=[.!?;:]\s))\s*(?:{PERSONAL_TITLES})\.\s?[A-Z]\.(?=\s)")
_PRONOUN_OPENS = re.compile(r"\s*(?:He|She|They|His|Her|Their)\b")


def initialled_customers(analysis: Analysis, pieces: list[Line], after: Line | None) -> list[tuple]:
    """In a record an identifier ties and that names no one, the customer the text calls by title and initial from
    a sentence's start ("Mr. G. has been difficult to reach. He asked to be contacted at 213 ... after 4 p.m. His
    account is ..."): the phone, home or mailbox in each sentence from there on that opens on that title or on a
    pronoun, when the identifier's sentence opens so too (the account is theirs). A line break may cut each sentence.
    Not a sentence that opens on anyone else ("Staff contact: (909) ...", "Member Huynh asked ...")."""
    first = next((k for k, piece in enumerate(pieces)
                  if _INITIALLED.search(piece.segment.text, piece.start, piece.end)), None)
    if first is None:
        return []
    told = pieces[first:]
    fields = analysis.contact_fields(told, after)
    taken = [f[1:] for f in fields] + [(a.segment, a.start, a.end) for p in told
                                       for a in analysis.anchors_in(p.segment, p.start, p.end)]

    def about_them(segment: Segment, start: int) -> bool:
        opening, begin, _ = sentence_opening(analysis, segment, sentence_bounds(segment, start, taken), taken)
        return bool(_INITIALLED.match(opening.text, begin) or _PRONOUN_OPENS.match(opening.text, begin))
    if not any(about_them(a.segment, a.start) for p in told for a in analysis.anchors_in(p.segment, p.start, p.end)):
        return []
    return [f for f in fields if f[0] in ("phone", "address", "email") and about_them(f[1], f[2])]


# a balance on the utility's books owned by a titled person, as a write-off or collections report tells it: "The
# balance of Ms. Ana Ruiz was referred to the agency", "the unpaid balance owed by Mr. Jo Lee"; not a speaker's "the
# balance of Mr. Lee's time", nor "the balance of the fund"
_BALANCE_OF = re.compile(r"(?i)\bbalances?\s+(?:of|owed\s+by|due\s+from)\s+$")
_HONORIFIC_OPENS = re.compile(rf"(?:{HONORIFICS})\.?\s")
# what the text says became of such a balance or account
_COLLECTION = re.compile(r"(?i)\b(?:referred|collections?|written\s+off|write-?off|uncollect\w*|payment\s+plan|owed?|"
                         r"owes|past[- ]due|delinquent|discharged|bankruptcy|agency)\b")
# a sentence's stop in the text read as one (a PDF's lines joined by NULs): a stop before a capital or the text's end
_JOINED_STOP = re.compile(r"[.!?](?=[\s\x00]+[\"\u201c]?[A-Z]|[\s\x00]*$)")
_HOLDER_REACH = 240  # how far a name's sentence reaches: a clause or two


def holders_told(analysis: Analysis, pieces: list[Line]) -> list[tuple]:
    """The names the pieces make a utility account's holder with no field beside them: a titled person whose balance
    the text says was referred, owed or written off ("The balance of Mr. Jo Lee was referred previously"), and a name
    the text calls the utility's customer whose own sentence goes on with what happened to their account ("Her
    neighbor Ana Ruiz, also a PCE customer, applied too; she enrolled in CARE the same week"). A customer's name is
    the customer's record (PCE-01 4.1), whatever else the text gives. Not a testimonial's name with no story of the
    account ("Ana Ruiz, a PCE customer, said the program helped"), a speaker in public comment ("Public comment: ...",
    "... urged the Board to"), an official."""
    if not analysis.cues.any("utility matter") or page_of(pieces[0].segment) in analysis.context.public_comment:
        return []
    found = []
    for piece in pieces:
        text = piece.segment.text
        for start, end in names_in(text, piece.start, piece.end, True):
            value = text[start:end]
            name = person_name(value, strict=False)
            if not name or analysis.contacts.name_is_public(name) or names_an_official(value, analysis.officials) \
                    or named_officially(text, start, end) or text.startswith(("'s", "\u2019s"), end) \
                    or public_commenter(text, start):
                continue
            at = analysis.offset(piece.segment) + end
            stop = _JOINED_STOP.search(analysis.joined, at, at + _HOLDER_REACH)
            sentence = analysis.joined[at:stop.start() if stop else at + _HOLDER_REACH]
            if _ADDRESSES_THE_BODY.search(sentence):
                continue  # "Ana Ruiz, a Medical Baseline customer, urged the Board to ...": a speaker at a meeting
            if _HONORIFIC_OPENS.match(value) and _BALANCE_OF.search(text, max(0, start - 40), start):
                if _COLLECTION.search(sentence):
                    found.append((piece.segment, start, end))
            elif called_customer(text, start, end) and any(
                    not re.search(r"(?i)customer|ratepayer|holder", m.group())
                    for m in UTILITY_STORY.finditer(analysis.joined, at, at + len(sentence) + 1)):
                found.append((piece.segment, start, end))
            elif _ACCOUNT_PARTY_BEFORE.search(text, max(0, start - 40), start) and _ACCOUNT_KEPT.search(sentence):
                found.append((piece.segment, start, end))
    return found


# a speaker's words to the body whose meeting they address, in the name's sentence: "urged the Board to", "asked the
# Council", "spoke in favor of"
_ADDRESSES_THE_BODY = re.compile(r"(?i)\b(?:urged|asked|told|thanked|addressed|implored|encouraged|called\s+on)\s+(?:the\s+)?"
                                 r"(?:board|council|commission|committee|directors|commissioners|councilmembers)\b|"
                                 r"\bspoke\s+(?:in\s+(?:favou?r|support|opposition)|against|about|on|to\s+the)\b")


# a tenant, a landlord or an owner named as a party right before the name ("The tenant, Luis Ortega, says the landlord,
# Karen Whitfield, never transferred the account"), whose sentence tells who kept, moved or closed the utility account:
# the account's parties (a lease's or a building's owner alone is no customer)
_ACCOUNT_PARTY_BEFORE = re.compile(r"(?i)\b(?:tenant|landlord|renter|lessee|roommate|"
                                   r"(?:property\s+|home\s+|building\s+)?owner|inquilin[oa]|arrendador[a]?|"
                                   rf"due\u00f1[oa])\s*,?\s+(?:(?:{HONORIFICS})\.?\s+)?$")
_ACCOUNT_KEPT = re.compile(r"(?i)\b(?:transfer(?:red|s)?|kept|keeps?|put|puts|closed?|closes|opened|opens?|moved?|"
                           r"moves|switch(?:ed|es)?|cancell?ed|cancels?)\s+(?:the|his|her|their)\s+"
                           r"(?:(?:pce|sce|edison|electric|electricity|utility|power|energy)\s+)?(?:account|service)"
                           r"(?=\s*(?:[.,;:!?)]|$)|\s+(?:to|in|into|for|at|over|back|under|from|with|after|until|when|"
                           r"because|on|and|or|since)\b)")


def own_account_told(pieces: list[Line]) -> bool:
    """Whether the pieces tell of someone's own utility bill or account (a late fee, a shutoff, "her winter bill"):
    a customer named as one in a public comment then speaks of their account, which minutes publish as its record,
    not of a public matter ("Ana Ruiz, a PCE customer at ..., said she had been charged a late fee")."""
    return any(OWN_UTILITY_BILL.search(p.text) or UTILITY_STORY.search(p.text) or _CHARGED.search(p.text)
               for p in pieces)


# where someone lives, right before a street address: "lives at", "resides at", "living at", or lived till they
# moved out ("who moved out of the house at 12 Elm St": a former customer's last service address)
_LIVES_AT = re.compile(r"(?i)\b(?:(?:lives|living|resides|residing|reside)\s+at|moved\s+(?:out\s+of|from)\s+"
                       r"(?:the|his|her|their)\s+(?:house|home|apartment|unit|residence)\s+(?:at|on))\s*$")
_LIVES_AT_REACH = 48
_ANY_CUSTOMER = re.compile(r"(?i)\b(?:average|typical|every|each|any|all|most|many|some|no)\s+(?:\w+\s+)?customers?\b")


# a message's writer giving their own home and asking to be called: "I have lived at 12 Elm St for 30 years ...
# Please call me at 626-..."
_OWN_HOME_BEFORE = re.compile(r"(?i)\b(?:(?:I|we)(?:['\u2019]ve|\s+have)?\s+(?:live[ds]?|resided?|rent(?:ed)?)\s+"
                              r"(?:at|on)|\bmy\s+(?:home|house|apartment|unit)\s+(?:at|on))\s*$")


# the writer's own home, in their words: "I'm at", "we live at", "my house on", "my address is"
_WRITERS_HOME_BEFORE = re.compile(r"(?i)(?:\b(?:I|we)(?:['\u2019]m|['\u2019]re|\s+am|\s+are)\s+(?:at|on)|"
                                  r"\bmy\s+(?:home\s+|street\s+|service\s+)?address\s+is)\s*$")
# what the writer asks about: their service or a program of the utility's ("Can I get a rebate for a heat pump?")
_PROGRAM_ASKED = re.compile(r"(?i)\b(?:rebates?|incentives?|enrol\w*|opt(?:ed|ing)?[\s-]+out|solar|heat\s+pumps?|"
                            r"chargers?|weatheriz\w*|energy\s+audit|rate\s+plan)\b")


def writers_own_record(analysis: Analysis, pieces: list[Line], fields: list[tuple]) -> list[tuple]:
    """The home a message's writer gives as their own ("I'm at 19906 Redwood Hollow Ln", "I live at ...") and the
    mailbox or number they ask to be reached at ("Reach me at ...@hotmail.com") in the same block, when it asks about
    their utility service or one of the utility's programs (a reader's question pasted into an "Ask the energy team"
    post, a web form's message): a customer's record, though they sign no name. Not a block that gives no contact of
    the writer's own, nor one of another matter (a neighbour's note about a block party)."""
    homes = [f for f in fields if f[0] == "address" and (
        _WRITERS_HOME_BEFORE.search(f[1].text, max(0, f[2] - 30), f[2])
        or _OWN_HOME_BEFORE.search(f[1].text, max(0, f[2] - 30), f[2]))]
    contacts = [f for f in fields if f[0] in ("email", "phone") and HOUSEHOLD_CONTACT_BEFORE.search(
        f[1].text, max(0, f[2] - 30), f[2])]
    if not homes or not contacts:
        return []
    if not (cue_in(analysis, "utility matter", pieces) or any(_PROGRAM_ASKED.search(p.text) for p in pieces)):
        return []
    return homes + contacts


def customers_own_message(analysis: Analysis, fields: list[tuple]) -> list[tuple]:
    """The phone a message asks to be called at ("Please call me at ..."), when its writer gives their own home
    ("I have lived at ...") and a customer's record of the page holds that home (a staff report's table of the
    disputes, then the e-mail one of the customers sent): the customer's phone, their name signed or not."""
    homes = [segment.text[start:end].lower() for kind, segment, start, end in fields if kind == "address"
             and _OWN_HOME_BEFORE.search(segment.text, max(0, start - 30), start)]
    if not homes:
        return []
    held = {f.segment.text[f.start:f.end].lower() for f in analysis.context.fields if f.kind == "address"}
    if not any(home in held for home in homes):
        return []
    return [f for f in fields
            if f[0] == "phone" and HOUSEHOLD_CONTACT_BEFORE.search(f[1].text, max(0, f[2] - 20), f[2])]


def customers_home(analysis: Analysis, fields: list[tuple]) -> list[tuple]:
    """A customer's home and personal mailbox in a clause that calls the person a customer and says where they live
    though it names them not ("Speaker notes: customer email pualani.k@comcast.net, lives at 6476 Float House Rd"):
    the street address after "lives at" and the mailbox at a consumer provider in the same sentence."""
    found = []
    for kind, segment, start, end in fields:
        if kind != "address" or not _LIVES_AT.search(segment.text, max(0, start - _LIVES_AT_REACH), start):
            continue
        clause = sentence_bounds(segment, start, [f[1:] for f in fields])
        offset = analysis.offset(segment)
        if not analysis.cues.any("customer role", offset + clause[0], offset + start) or _ANY_CUSTOMER.search(
                segment.text, clause[0], start):
            continue
        found.append((kind, segment, start, end))
        found += [f for f in fields if f[0] == "email" and f[1] is segment and clause[0] <= f[2] < clause[1]
                  and f[1].text[f[2]:f[3]].rpartition("@")[2].lower() in PERSONAL_DOMAINS]
    return found


# a sentence that opens on one customer: "The customer called from ...", "Customer reports ...", "The caller ..."
_ONE_CUSTOMER_OPENS = re.compile(r"(?i)\s*(?:the\s+|this\s+|our\s+)?(?:customer|caller|account\s?holder|ratepayer|"
                                 r"appellant|complainant|petitioner|claimant)\b"
                                 r"(?!\s+(?:service|care|support|relations|programs?|class|base|count))")
# one field alone is the party's when the sentence says it is: the home they receive service at ("The Appellant
# receives residential service at 6580 Baywood St"), a case party's own usage ("The Appellant's billing history
# shows 2,565 kWh in January"; a FAQ's "the customer's average bill" is anyone's)
_SERVED_AT = re.compile(r"(?i)\b(?:receives?|received|has|had|takes?)\s+(?:\w+\s+){0,2}service\s+at\s*$")
_OWN_HISTORY = re.compile(r"(?i)\s*(?:the\s+)?(?:appellant|complainant|petitioner|claimant)['\u2019]s\s+"
                          r"(?:\w+\s+){0,2}(?:bill|billing|usage|consumption|meter)")
_RECORD_KINDS = ("phone", "address", "usage", "email")
# the customer's own bill or use told by the sentence that opens on them: "Customer was billed on an estimated read of
# 2,060 kWh", "The ratepayer used 1,480 kWh in July" (a FAQ's "the customer may use ..." says what anyone may)
_BILLED = re.compile(_ONE_CUSTOMER_OPENS.pattern + r"\s+(?:(?:was|were|had\s+been)\s+(?:\w+\s+)?(?:billed|charged)"
                                                  r"|used|consumed)\b")
# the customer's own number by its label in a note: "Customer phone (530) ...", "Caller's cell: 916-..."
# the number the account's record holds for its holder: "Phone on file:", "Teléfono registrado:" (a letter's footer
# or a merged notice's field: the addressee's, as a customer's own record gives it)
_NUMBER_ON_FILE = (r"(?i:(?:phone|cell|mobile|tel(?:ephone)?)(?:\s+(?:number|no\.?|#))?\s+on\s+(?:file|record)|"
                   r"tel[e\u00e9]fono\s+(?:registrado|en\s+(?:archivo|expediente)))")
CUSTOMERS_NUMBER = (r"(?i)\b(?:(?:customer|caller|ratepayer|account\s?holder)(?:['\u2019]s)?\s+(?:phone|cell|mobile|"
                     r"tel(?:ephone)?)(?:\s+(?:number|no\.?|#))?|" + _NUMBER_ON_FILE + r")\s*[:#-]?\s*")
_NUMBER_ON_FILE_OPENS = re.compile(r"\s*" + _NUMBER_ON_FILE)
_CUSTOMERS_NUMBER_BEFORE = re.compile(CUSTOMERS_NUMBER + "$")


def unnamed_customers_record(analysis: Analysis, fields: list[tuple]) -> list[tuple]:
    """A sentence that opens on one customer and gives two of their phone, home, usage or mailbox, one of them their
    usage or the number they called from, naming them not ("The customer called from 308-234-1609 disputing the
    February bill of 1,888 kWh at the service address 75375 Rd 131"): theirs, as a named customer's would be. A
    statement about customers at large ("The customer may call (800) ... or visit 12 Main St") is none."""
    found, taken = [], [f[1:] for f in fields]
    for segment in {id(f[1]): f[1] for f in fields}.values():
        own = [f for f in fields if f[1] is segment and f[0] in _RECORD_KINDS]
        judged: set[tuple[int, int]] = set()  # each sentence once, however many fields it holds
        for kind, _, start, end in own:
            clause = sentence_bounds(segment, start, taken)
            if clause in judged:
                continue
            judged.add(clause)
            together = [f for f in own if clause[0] <= f[2] < clause[1]]
            if _premise_reread(segment.text, clause, together):
                found += [f for f in together if f not in found]
                continue
            if not (_ONE_CUSTOMER_OPENS.match(segment.text, clause[0])
                    or _NUMBER_ON_FILE_OPENS.match(segment.text, clause[0])
                    or _a_customers_case(segment.text, *clause, together)) or _ANY_CUSTOMER.search(
                    segment.text, clause[0], clause[1]) or runs_on_from_above(analysis, segment, clause, taken):
                continue  # a wrapped line's "customer used ..." goes on with "the average residential" above it
            if len(together) >= 2 and any(
                    f[0] == "usage" or _CALLED_FROM.search(segment.text, max(0, f[2] - 20), f[2]) for f in together) \
                    or len(together) == 1 and (
                        together[0][0] == "address" and (_SERVED_AT.search(segment.text, max(0, start - 60), start)
                                                         or _a_customers_case(segment.text, *clause, together))
                        or together[0][0] == "usage" and (_OWN_HISTORY.match(segment.text, clause[0])
                                                          or _BILLED.match(segment.text, clause[0]))
                        or together[0][0] == "phone" and _CUSTOMERS_NUMBER_BEFORE.search(
                            segment.text, max(0, start - 40), start)):
                found += [f for f in together if f not in found]
    return found


_CALLED_FROM = re.compile(r"(?i)\b(?:called|calling|phoned|texted|wrote)\s+(?:in\s+)?from\s*$")
# a sentence that opens on a home (after a footnote's number or "The meter at"), then what the utility did to its
# meter's reading: "2 15391 San Bernardino Rd was re-read by SCE in March (555 kWh)."
_PREMISE_OPENS = re.compile(r"(?i)\s*(?:\d{1,2}\s+(?=\d)|\*\s*)?(?:the\s+meter\s+(?:at|for)\s+)?")
_METER_EVENT_AFTER = re.compile(r"(?i)\s*(?:['\u2019]s\s+meter\s+)?(?:was|were|has\s+been|had\s+been)\s+"
                                r"(?:re-?read|mis-?read|re-?billed|back-?billed|over-?billed|under-?billed|"
                                r"billed\s+on\s+an?\s+estimated?)\b")


def _premise_reread(text: str, clause: tuple[int, int], together: list[tuple]) -> bool:
    """A sentence that opens on a home and says the utility read its meter again or wrongly, with the reading
    ("2 15391 San Bernardino Rd was re-read by SCE in March (555 kWh)", a staff report's footnote): one service
    account's address and use, though it names no one. A facility's or a class's figures open on no street address."""
    opening = _PREMISE_OPENS.match(text, clause[0]).end()
    home = next((f for f in together if f[0] == "address" and f[2] == opening), None)
    return bool(home and any(f[0] == "usage" for f in together) and _METER_EVENT_AFTER.match(text, home[3]))


# a sentence that opens on one customer by the home they wrote or called from, as a FAQ retells a real case: "A customer
# at 12047 Cypress Hollow Rd Apt. 158 asked this after her first true-up showed 2355 kWh"
# ("Last spring the owner of the fourplex at 489 E Elm Dr asked us to ...": a time in the past before it makes "the"
# one real person too, as "a" does; a landlord's building is their service address as a customer's home is)
_A_CUSTOMER_AT = re.compile(r"(?i)\s*(?:(?:yes|no)[.,!]\s+)?(?:(?:(?:last|this\s+past)\s+(?:spring|summer|fall|autumn|"
                            r"winter|year|month|week)|(?:earlier|late)\s+this\s+year|recently|in\s+(?:jan|feb|mar|apr|"
                            r"may|jun|jul|aug|sep|oct|nov|dec)[a-z]*(?:\s+\d{4})?)\s*,?\s+(?:a|one|the)|a|one)\s+"
                            r"(?:(?:solar|residential|senior|longtime|long-time)\s+)?(?:customer|caller|"
                            r"ratepayer|resident|homeowner|owner|landlord|property\s+owner|tenant)"
                            r"(?:\s+of\s+(?:the|a|an)\s+(?:duplex|triplex|fourplex|house|home|building|apartments?|"
                            r"apartment\s+(?:building|complex)|condo|property|units?|mobile\s+home))?"
                            r"\s+(?:at|on|from)\s+(?=\d)")
# what that customer did: the event of their case, told in the past, and their own bill or meter ("her first true-up")
_CASE_EVENT = re.compile(r"(?i)\b(?:asked|called|phoned|wrote|e-?mailed|reported|complained|disputed|contacted|"
                         r"came\s+in|visited|noticed|discovered|told\s+us)\b")
_THEIR_OWN = re.compile(r"(?i)\b(?:her|his|their)\b")
# a worked example's words: "if", "would", "say", "suppose", "for example" (an FAQ's made-up customer)
_HYPOTHETICAL = re.compile(r"(?i)\b(?:if|would|could|might|suppose|(?<!to\s)say|imagine|example|e\.g|"
                           r"hypothetical(?:ly)?|"
                           r"let['\u2019]s|assume|typical|sample)\b")


def _a_customers_case(text: str, start: int, end: int, together: list[tuple]) -> bool:
    """Whether a sentence retells one real customer's case without naming them: it opens on "a customer at" their
    home and tells what they did, in the past, and of their own bill or meter ("A customer at 12047 Cypress Hollow Rd
    Apt. 158 asked this after her first true-up showed 2355 kWh of net usage"). A worked example is none: its words say
    so ("if", "would", "for example"), it tells no event nor anything of theirs ("A customer at 4521 Oak Ave uses 500
    kWh a month"), or its values are stand-ins ("123 Main St")."""
    opening = _A_CUSTOMER_AT.match(text, start, end)
    return (opening is not None and _CASE_EVENT.search(text, opening.end(), end) is not None
            and _THEIR_OWN.search(text, opening.end(), end) is not None
            and not _HYPOTHETICAL.search(text, start, end)
            and not any(has_stand_in(f[1].text[f[2]:f[3]]) for f in together))


def someone_elses(analysis: Analysis, segment: Segment, start: int, fields: list[tuple]) -> bool:
    """Whether a field beside an identifier stands in a sentence of its own that names another person, a firm or a
    place ("Your account 4414 ... was reviewed. Larkfield Hardware at 1880 Foothill Blvd, (714) ... donated ..."):
    theirs, not the account's."""
    sentence = sentence_bounds(segment, start, fields)
    return not analysis.anchors_in(segment, *sentence) and names_another(segment, *sentence, fields)


# a charge on someone's own bill, which a comment tells of once it calls them a utility's customer
_CHARGED = re.compile(r"(?i)\b(?:late\s+fees?|charged\s+twice|double[- ]charged|overcharged)\b")
