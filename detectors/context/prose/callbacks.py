"""Callers and callbacks: the names a note asks staff to call back at the number right after them
("Call back Danielle Browning at (559) ..."), the items of a callback list, the people who called about a
utility matter and the number to return their call at, and the people staff reached about one: a resident
who called in, and their own number. And which of a party's fields are no public record.
"""
from __future__ import annotations

import re

from ...model import Segment
from ..analysis import Analysis, Line, page_of
from ..persons import named_officially
from ..shapes import phone_spans
from .blocks import cue_in
from .homes import is_a_home, personal_mailbox
from .sentences import BUSINESS


# the words before a street address that make it the home a utility serves: "transferred service at ...", "service
# address ...", "receives service at ...", "the SCE account for ..."
_SERVICE_AT = re.compile(r"(?i)\b(?:service\s+(?:address\s*:?|(?:at|to|for))|account\s+(?:for|at))\s*$")
# a party's own home, which a utility case tells ("His home at 3318 ...", "her residence on ..."), not a property a
# zoning appeal is about
# where a party gets the bills, the account's billing address: "was still receiving bills at his new address, ...",
# "receives the bills at his home, ..."
# "whose bills go to P.O. Box ...", "the bills are mailed to ..."
_BILLS_AT = re.compile(r"(?i)\b(?:(?:receiv\w*|gets?|getting|got)\s+(?:the\s+|its\s+|their\s+)?bills?\s+at\s+(?:(?:his|"
                       r"her|their)\s+(?:[\w-]+\s+)?(?:address|home|house|residence|office)\s*,?\s*)?|"
                       r"bills?\s+(?:go|goes|went|(?:are|is|were|was)\s+(?:sent|mailed|going))\s+to\s*)$")
# ... and the home a tenant occupies or rents: "The tenant, Ana Ruiz, occupies 12 Elm St, Unit 3"
_OWN_HOME_AT = re.compile(r"(?i)\b(?:(?:his|her|their)\s+(?:own\s+)?(?:home|house|residence|apartment)\s+(?:at|on|is)|"
                          r"(?:occupies|occupied|occupying|rents|rented|renting|leases|leased)(?:\s+the\s+"
                          r"(?:home|house|unit|apartment)\s+at)?)\s*$")
# the same cues on the City's translated pages, beside the English ones: where a party lives (Spanish "vive en", "con
# domicilio en"; Tagalog "nakatira sa"; Vietnamese "sống tại", "thuê nhà tại" (rents a home at)) and where they get
# the bills (Spanish "recibe las facturas en", Tagalog "tumatanggap ng bill sa", Vietnamese "nhận hóa đơn tại")
_LIVES_AT_TRANSLATED = (r"(?:vive|viven|vivo|reside|residen)\s+en|con\s+domicilio\s+en|(?:ay\s+|na\s+)?nakatira\s+sa|"
                        r"s\u1ed1ng\s+t\u1ea1i|thu\u00ea\s+nh\u00e0\s+t\u1ea1i")
_BILLS_AT_TRANSLATED = (r"recib(?:e|en|ía|ia)\s+(?:las\s+|sus\s+)?facturas\s+en|tumatanggap\s+ng\s+(?:mga\s+)?bill\s+sa|"
                        r"nh\u1eadn\s+h\u00f3a\s+\u0111\u01a1n\s+t\u1ea1i")
_TRANSLATED_HOME_AT = re.compile(rf"(?i)(?<!\w)(?:{_LIVES_AT_TRANSLATED}|{_BILLS_AT_TRANSLATED})\s*$")


def private_fact(field: tuple, utility: bool) -> bool:
    """Whether a field is no public record beside a party's name: their consumption, the address a utility serves
    ("transferred service at 12 Elm St"), and in a text about a utility matter (``utility``) a phone not a firm's or
    a mailbox at a consumer provider (a code-enforcement complainant's cell is a loose contact, not an account's)."""
    kind, segment, start, end = field
    text = segment.text
    if kind == "usage":
        return True
    if kind == "phone":
        return utility and not BUSINESS.search(text, max(0, start - 60), start)
    if kind == "email" and utility:
        return personal_mailbox(text[start:end])
    if kind == "address" and utility and (_OWN_HOME_AT.search(text, max(0, start - 30), start)
                                          or _BILLS_AT.search(text, max(0, start - 60), start)
                                          or _TRANSLATED_HOME_AT.search(text, max(0, start - 40), start)):
        return True
    return kind == "address" and bool(_SERVICE_AT.search(text, max(0, start - 30), start)
                                      or _ACCOUNT_HELD_AT.search(text, max(0, start - 120), start))


# the home whose account the clause says someone holds, their name between: "the account held by his landlord, Karen
# Whitfield, at 1412 N. Garey Ave", "the PCE account in her mother's name for 12 Elm St", "the account of his landlord
# Ana Ruiz for ..."; not a bank's, an escrow's or a trust's account
_ACCOUNT_HELD_AT = re.compile(r"(?i)(?<!bank )(?<!escrow )(?<!trust )(?<!savings )(?<!checking )(?<!brokerage )"
                              r"\baccount\s+(?:of\b|(?:(?:is|was)\s+)?(?:held|opened|registered|carried|listed)\s+"
                              r"(?:by|to|under|in\s+the\s+name\s+of)\b)(?:[^.;!?\n]|(?:Mrs?|Ms|Dr|\b[A-Z])\.){0,80}?"
                              r"(?:\bat|\bfor|\bon|,)\s*$"
                              r"|(?<!bank )(?<!escrow )(?<!trust )(?<!savings )(?<!checking )(?<!brokerage )"
                              r"\baccount\s+(?:(?:is|was)\s+)?in\s+(?:the\s+name\s+of\b|(?:his|her|their)\s+)"
                              r"(?:[^.;!?\n]|(?:Mrs?|Ms|Dr|\b[A-Z])\.){0,60}?(?:\bat|\bfor|\bon|,)\s*$")


# staff reaching a person, or a person's claim, in a call, collections, claim or field note: "Called Baljit Bains at
# ...", "Spoke with Ana Ruiz through the interpreter", "LVM for Ana Ruiz", "Claim of Nour Al-Masri.", "Claim 24-0512: Nour
# Al-Masri of ..."; or the person
# reaching staff: "our CSR received a call from Ana Ruiz", "was contacted by Ana Ruiz", "met at the counter with"
REACHING = (r"\b(?:called|phoned|texted|e-?mailed|contacted(?:\s+by)?|interviewed|visited|"
             r"(?:received|took|got|returned|answered|logged|had)\s+(?:a\s+)?(?:(?:tele)?phone\s+)?call\s+from|"
             r"met\s+(?:at\s+the\s+(?:front\s+)?(?:counter|desk|window|door)\s+)?with|"
             r"(?:spoke|spk|talked|met)\s+(?:w/|with|to)|left\s+(?:a\s+)?(?:message|voicemail|vm)\s+(?:for|with)|"
             r"(?:lvm|lm)\s+(?:for|w/|with)|claim\s+(?:of|by|from|filed\s+by)|"
             # a claim's log entry, its number then the claimant: "Claim 24-0512: Ana Ruiz of ..."
             r"claim\s+(?:no\.?\s*|#\s*)?\d[\d-]*\d\s*:|"
             # a call staff owe, asked of them or promised: "asked staff to contact", "Staff will call"
             r"staff\s+(?:to|will|would|shall|should)\s+(?:contact|call|phone|reach|follow\s+up\s+with))")
_REACHED_BEFORE = re.compile(rf"(?i){REACHING}\s+(?:(?:cust(?:omer)?|mr|ms|mrs|dr)\.?\s+)?$")
# a firm's person: "Called Ana Ruiz of Ruiz Electric", "Spoke with Ana Ruiz at Acme Plumbing Inc."
_OF_A_FIRM = re.compile(r"\s*(?:,\s*)?(?:of|from|at|with)\s+(?:the\s+)?[A-Z]")


# a callback owed to someone: "Call back Danielle Browning at (559) ...", "called back Mr. Ruiz on ...", a note's
# "Callback for Tevita Vaifale at ...", "Return call to Ana Ruiz at ..."
# and on the City's translated pages: Spanish "Devolver la llamada a Marisol Ibáñez al ...", "llamar de vuelta a la
# Sra. ...", Tagalog "Tawagan muli si ...", Vietnamese "Gọi lại cho bà ..."
CALLING_BACK = (r"(?i:\b(?:(?:call(?:ed)?|phoned?|text(?:ed)?)\s+back|(?:call[\s-]?back|return(?:ed)?\s+call)"
                 r"(?:\s+(?:request(?:ed)?|needed|owed))?\s+(?:for|to)|"
                 r"(?:devolver|devolvi[oó]|regresar|regres[oó])(?:le)?\s+(?:la\s+)?llamada\s+a|"
                 r"llamar(?:le)?\s+de\s+(?:vuelta|regreso)\s+a|tawagan\s+(?:muli|ulit)\s+si|"
                 r"g\u1ecdi\s+l\u1ea1i\s+cho)\s+"
                 r"(?:(?:la|el)\s+)?(?:(?:mr|ms|mrs|dr|sra|sr|srta|\u00f4ng|b\u00e0|anh|ch\u1ecb|c\u00f4)\.?\s+)?)")
# the same callback with the name between its words ("Remember to call Ana Ruiz back at ..."), the caller returning
# staff's call from their number ("Ms. Ana Ruiz called back from (626) ..."), and a callback list's or label's items
# ("Callback list (SCE referral):" / "Ana Ruiz – 626.555.0101", "Call back: Ana Ruiz, 909 ...")
CALLING_NAME = r"(?i:\b(?:call|phone|text|ring)\s+(?:(?:mr|ms|mrs|dr)\.?\s+)?)"
CALLED_BACK_FROM = re.compile(r"\s+(?:called|phoned|rang)\s+(?:us\s+|staff\s+)?back\s+from\s+")
# (the people staff are to follow up with, a household's own contact, a life-support customer: "Follow-up contact:",
# "Household contact:", "Life-support:")
# and the people who asked for the call ("Residents who asked to be called back:", "Attendees requesting a return
# call:", "Customers who want a callback:")
CALLBACK_LABEL = (r"(?i:\b(?:call[\s-]?backs?|return\s+calls?|follow[\s-]?ups?(?:\s+(?:contacts?|calls?))?|"
                   r"household\s+contacts?|life[\s-]support(?:\s+customers?)?|medical\s+baseline(?:\s+customers?)?|"
                   r"(?:asked|asking|requested|requesting|wanted|wanting|want|wish(?:ed)?)\s+(?:to\s+be\s+called\s+back|"
                   r"(?:for\s+)?an?\s+(?:call[\s-]?back|return\s+call)))"
                   r"(?:\s+(?:list|log|queue|needed|requested|requests))?\b[^:\n\x00]{0,40}:)")
_CALLBACK_LABEL_BEFORE = re.compile(CALLBACK_LABEL + r"[ \t\n]*(?:[-*\u2022\u2013][ \t]*)?$")
# what stands between a callback's name and its number: a dash or a comma, and the number's label ("Ana Ruiz, tel.
# 562.596.7018", "Ana Ruiz - cell: ...")
_DASH_OR_COMMA = re.compile(r"[ \t]*(?:[,:\u2013\u2014]|-(?!\d))?[ \t]*"
                            r"(?:(?i:tel|telephone|ph|phone|cell|mobile|home)\b\.?[ \t]*(?:#|no\.?)?[ \t]*:?[ \t]*)?")
_CALL_BACK_BEFORE = re.compile(CALLING_BACK + "$")
_CALLING_NAME_BEFORE = re.compile(CALLING_NAME + "$")
_AT_NUMBER = re.compile(r"\s+(?:at|on|al|sa|theo\s+s\u1ed1)\s+")  # Spanish "al", Tagalog "sa", Vietnamese "theo số"
_BACK_AT_NUMBER = re.compile(r"\s+back\s+(?:at|on)\s+")
_AT_LINE_END = re.compile(r"[ \t]+(?:at|on)[ \t]*")  # a callback's name ending its line, its number on the next
_CALLBACK_REACH = 30  # characters before a name where the callback's words stand
_LIST_REACH = 60  # characters before a name where a callback label on its own line stands
_LIST_ITEMS = 12  # how many items of a callback list may stand between its label and a name
_CALLBACK_LABEL_RE = re.compile(CALLBACK_LABEL)
# the items of a callback list before a name in its label's line, each a name, its number and a comma or semicolon
_ITEMS_BEFORE = re.compile(r"(?:[ \t]*(?:and[ \t]+)?[A-Z][^,;:\n\d]{1,60}?(?:[ \t]+(?:at|on)[ \t]+|[ \t]*[,:\u2013\u2014-][ \t]*)"
                           r"\+?[\d(][\d \t().-]{6,18}\d[ \t]*[,;][ \t]*)+(?:and[ \t]+)?")
_LISTED_REACH = _LIST_ITEMS * 60  # how far before a name a callback label of the same line may stand
# the list's word an item may open with before its name ("Callback Robert O'Brien – 626 ...")
_ITEM_WORD = re.compile(r"(?i)^(?:call[\s-]?back|caller|customer)[ \t:#-]*$")


def called_back(analysis: Analysis, names: list[tuple], fields: list[tuple]) -> list[tuple]:
    """The names a note asks staff to call back at the number right after them ("Call back Danielle Browning at (559)
    953-4837 before the meeting"): a resident who called in, and their own number; an office's contact is called,
    not called back, and officials and staff are no names here ("Call Public Works Director Ana Ruiz at ...")."""
    return [(segment, start, end) for segment, start, end in names
            if any(kind == "phone" and (where is segment and _called_back_at(analysis, segment, start, end, at)
                                        or _called_back_below(analysis, segment, start, end, where, at))
                   for kind, where, at, _ in fields)]


def _called_back_below(analysis: Analysis, segment: Segment, start: int, end: int, below: Segment, at: int) -> bool:
    """Whether the name at ``segment.text[start:end]`` is an item of a callback list whose number a line break put at
    the start of the next line ("... called back: Ana Ruiz at (626) ..., Luis Soto at" / "1-909-555-0184.")."""
    return (below is not segment and not below.text[:at].strip() and bool(_AT_LINE_END.fullmatch(segment.text, end))
            and analysis.facts.line_before(below) is segment and callback_list_item(analysis, segment, start))


def _called_back_at(analysis: Analysis, segment: Segment, start: int, end: int, at: int) -> bool:
    """Whether the name at ``text[start:end]`` is one staff are to call back, or who called staff back, at the
    number that starts at ``at``: "Call back Ana Ruiz at", "call Ana Ruiz back at", "Ana Ruiz called back from",
    or an item of a callback list ("Callback list:" / "Ana Ruiz – 626 ..."), its label an item or two above."""
    text, head = segment.text, max(0, start - _CALLBACK_REACH)
    return bool(_CALL_BACK_BEFORE.search(text, head, start) and (_AT_NUMBER.fullmatch(text, end, at)
                                                                  or _DASH_OR_COMMA.fullmatch(text, end, at))
                or _CALLING_NAME_BEFORE.search(text, head, start) and _BACK_AT_NUMBER.fullmatch(text, end, at)
                or CALLED_BACK_FROM.fullmatch(text, end, at)
                or (_DASH_OR_COMMA.fullmatch(text, end, at) or _AT_NUMBER.fullmatch(text, end, at))
                and callback_list_item(analysis, segment, start))


def callback_items(analysis: Analysis, segment: Segment, start: int):
    """The starts of the items of the callback list whose label is at ``start``: the lines below it that each hold
    a phone, up to the first that does not."""
    lines = analysis.free_lines
    i = analysis.line_at(segment, start)
    if i is None:
        return
    for line in lines[i + 1:i + 1 + _LIST_ITEMS]:
        if not line.text.strip():
            continue
        if not phone_spans(line.text) or page_of(line.segment) != page_of(segment):
            return
        yield line.segment, line.start


def callback_list_item(analysis: Analysis, segment: Segment, start: int) -> bool:
    """Whether a name opens an item of a callback list: right after its label ("Call back: Ana Ruiz, ..."), or at
    the start of a line under it, the lines between items too (each with its phone): a text box's "Callback list
    (SCE referral):" / "Ana Ruiz – 626 ..." / "Luis Soto – 213 ...". A label names a list of people whom staff owe
    a call, not an office's contacts ("Questions:", "Contact:")."""
    if _CALLBACK_LABEL_BEFORE.search(segment.text, max(0, start - _LIST_REACH), start):
        return True
    head = max(0, start - _LISTED_REACH)
    if any(_ITEMS_BEFORE.fullmatch(segment.text, label.end(), start)
           for label in _CALLBACK_LABEL_RE.finditer(segment.text, head, start)):
        return True  # a later item of a list run on in its label's line: "... called back: Ana Ruiz at 909 ..., Luis ..."
    lines = analysis.free_lines
    i = analysis.line_at(segment, start)
    if i is None or _ITEM_WORD.sub("", lines[i].text[:start - lines[i].start].strip(" \t-*\u2022\u2013")):
        return False
    for above in range(i - 1, max(-1, i - _LIST_ITEMS - 1), -1):
        text = lines[above].text
        if _CALLBACK_LABEL_BEFORE.search(text):
            return page_of(lines[above].segment) == page_of(segment)
        if text.strip() and not phone_spans(text):
            return False
    return False


# a caller, right after their name, and the words before the number to return their call at: "Keola Mahoe called twice
# about the billing adjustment on his account; please return the call at (850) ...", "Ana Ruiz phoned re her bill,
# call her back at ..."
_CALLED_IN = re.compile(r"\s+(?:called|phoned|rang|left\s+(?:a\s+)?(?:message|voice\s?mail|vm))\b")
RETURN_CALL_WORDS = (r"(?i)\b(?:return(?:ed)?\s+(?:the\s+|his\s+|her\s+|their\s+)?call|call\s+(?:him|her|them)\s+back|"
                      r"reach\s+(?:him|her|them)|"
                      # the number the caller asked to be called back at: "Best callback 909.642.3365", "best number:"
                      r"(?:best|preferred|good)\s+(?:(?:call[\s-]?back|contact|phone)(?:\s+(?:number|no\.?|#))?|number)|"
                      r"call[\s-]?back\s+(?:number|no\.?|#))")
_RETURN_CALL_AT = re.compile(RETURN_CALL_WORDS + r"\s*(?:is\s+)?(?:at|on)?\s*:?\s*$")
_RETURN_REACH = 50  # characters before the number where the words asking to return the call stand
# the caller leaving their own number, right between their name and it: "Ms. Ana Ruiz left a cell number, 909-...",
# "Caller (Ana Ruiz) left his number 626...", "Ana Ruiz dejó su número de celular, ..."
LEFT_OWN_NUMBER = re.compile(r"(?i)\)?[ \t,]+(?:left|dej[oó])[ \t]+(?:a|an|his|her|their|su)[ \t]+"
                              r"(?:(?:cell|mobile|home|work|daytime|callback|call-back|contact|phone|best|alternate)"
                              r"[ \t]+)?"
                              r"(?:(?:phone[ \t]+)?number|phone|n[uú]mero(?:[ \t]+de[ \t]+(?:tel[eé]fono|celular))?)"
                              r"(?:[ \t]+(?:is|as|of|at|es))?[ \t]*[,:]?[ \t]*")

# the caller's own number right after what they called about, in one clause: "Ana Ruiz called about the same meter
# route, 562-...", "Ana Ruiz phoned in re: her deposit - 909-..."; or in the log entry's next field, labelled as
# the caller's number or mailbox: "Ana Ruiz called re high bill. Ph: 909-...", "... about her deposit; email: ana@..."
CALLED_ABOUT = re.compile(r"(?i)[ \t]+(?:called|phoned|rang)(?:[ \t]+(?:in|us|staff))?[ \t]+(?:about|re:?|regarding)"
                           r"[ \t]+[^.;:!?\n()]{1,80}?[ \t]*(?:[,\u2013\u2014-][ \t]*(?:at[ \t]+)?|"
                           r"[.;][ \t]+(?:cb|callback|tel|ph|phone|cell|mobile|e-?mail)\b\.?[ \t]*[#:]?[ \t]*)")
# a phone message's caller and the number they called from, a dash, a comma or a callback's abbreviation between:
# "Ana Ruiz also called - 909-...", "Ana Ruiz called, cb 909-...", "Ana Ruiz phoned again: cell 626-..." (not a number
# the person dialled, which follows the verb with no mark: "Ana Ruiz called 909-555-0100 to report ...")
CALLED_LEAVING = re.compile(r"(?i)[ \t]+(?:also[ \t]+|again[ \t]+)?(?:called|phoned|rang)"
                             r"(?:[ \t]+(?:in|again|back|twice|today|yesterday))?[ \t]*(?:[,:\u2013\u2014]|-(?!\d))[ \t]*"
                             r"(?:(?:cb|call[ \t-]?back|callback|tel|ph|phone|cell|mobile)\b\.?[ \t]*[#:]?[ \t]*)?")


def utility_callers(analysis: Analysis, names: list[tuple], pieces: list[Line], fields: list[tuple]) -> list[tuple]:
    """The names of people who called about a utility matter (their bill, their account) and the number their call
    is to be returned at, in one note, or the number they left right after their name ("Ana Ruiz left a cell number,
    909-...") on a page about one, or the number or mailbox labelled right after what they called about: a customer
    and their own phone. A firm's or an office's caller, or a call about
    no utility matter (a park, a pothole), is none."""
    told = cue_in(analysis, "utility matter", pieces) or cue_in(analysis, "customer", pieces)
    if not (told or analysis.cues.any("utility matter")):
        return []
    phones = [(where, at) for kind, where, at, _ in fields if kind == "phone"]
    contacts = [(where, at) for kind, where, at, _ in fields if kind in ("phone", "email")]
    returned = [(where, at) for where, at in phones
                if _RETURN_CALL_AT.search(where.text, max(0, at - _RETURN_REACH), at)]
    return [(segment, start, end) for segment, start, end in names
            if (told and _CALLED_IN.match(segment.text, end)
                and any(where is segment and at > end for where, at in returned)
                or any(where is segment and LEFT_OWN_NUMBER.fullmatch(segment.text, end, at) for where, at in phones)
                or told and any(where is segment and CALLED_ABOUT.fullmatch(segment.text, end, at)
                                for where, at in contacts)
                or any(where is segment and CALLED_LEAVING.fullmatch(segment.text, end, at) for where, at in phones))
            and not _OF_A_FIRM.match(segment.text, end) and not named_officially(segment.text, start, end)]


def people_reached(analysis: Analysis, names: list[tuple], pieces: list[Line], fields: list[tuple]) -> list[tuple]:
    """The names staff reached about a utility matter, in a note that gives their own phone, home or usage
    ("Called Baljit Bains at 626-... re past-due bal", "Claim of Nour Al-Masri. The claimant, who resides at ...
    alleges that a power surge ..."): the customer of a collections, claim, interpreter or field note, though no
    word calls them one. Not a firm's person ("Spoke with Ana Ruiz of Ruiz Electric"), nor a text that speaks of no
    utility matter (a code-enforcement call); officials and staff are no names here. A person's own call and the
    number it came from ("Per Ana Ruiz's call from 909-..., she will attend the hearing") is a customer's in a
    document about a utility matter (a summary of billing appeals), though its sentence names none."""
    told = cue_in(analysis, "utility matter", pieces) or cue_in(analysis, "customer", pieces)
    if not (told or analysis.cues.any("utility matter")) or not any(private_fact(f, True) or is_a_home(f) for f in fields):
        return []
    return [(segment, start, end) for segment, start, end in names
            if (told and _REACHED_BEFORE.search(segment.text, max(0, start - 40), start)
                or OWN_CALL_FROM.match(segment.text, end))
            and not _OF_A_FIRM.match(segment.text, end) and not BUSINESS.search(segment.text, end, end + 60)]


# the person's own call or message and the number or mailbox it came from, after their name: "Per Ana Ruiz's call
# from 909...", "Ana Ruiz called from 909...", "Ana Ruiz's voicemail from ...", "Ana Ruiz e-mailed from ...", or said of
# them by a pronoun right after the name, as speaker notes and case notes go on: "Ana Ruiz - she's the one who emailed
# from ...", "Ana Ruiz; he called from ...", "Ana Ruiz, who wrote in from ..." (a staff member "- she's the one who
# handles refunds, reach her at ..." wrote or called from nothing)
_PRONOUN_BRIDGE = (r"(?:[ \t]*[-\u2013\u2014,;:][ \t]*(?:(?:she|he|they)(?:['\u2019](?:s|re)|[ \t]+(?:is|was|are|were))?"
                   r"(?:[ \t]+the[ \t]+one)?(?:[ \t]+(?:who|that))?|who))?")
OWN_CALL_FROM = re.compile(r"(?i)(?:['\u2019]s?[ \t]+(?:(?:tele)?phone[ \t]+)?(?:call|voice\s*-?mail|message)|"
                          rf"{_PRONOUN_BRIDGE}[ \t]+(?:called|phoned|rang|texted|e-?mailed|wrote)"
                          r"(?:[ \t]+(?:us|staff|in))?)[ \t]+from\b")
