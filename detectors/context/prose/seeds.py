"""Where a record in running text may be: at an identifier, at a customer word right beside a name (or
at the end of the line above it, which a line break cut), at a kWh or therm figure, at a callback list's
items and at a person's own bill or meter.
"""
from __future__ import annotations

import re

from ..analysis import Analysis
from ..plural_families import acting_families
from ..persons import CUSTOMER_LIST, HOLDS_ACCOUNT_AFTER, NAME_TO_ROLE, NAMED_AS, ROLE_QUALIFIER, name_after_role
from ..shapes import consumption_spans
from .blocks import same_block
from .callbacks import CALLED_ABOUT, CALLED_LEAVING, LEFT_OWN_NUMBER, OWN_CALL_FROM, callback_items
from .customer_sentences import ALL_CUSTOMERS
from .customers import CUSTOMERS_NUMBER
from .headings import possessives
from .homes import personal_mailbox
from .names import CALL_BACK, HOME_LABEL, REACHED, ROLE_ENDS_LINE, ROLE_WORD
from .utility_stories import CASE_FIELD_TOLD, HOME_BILL_TOLD, OWN_UTILITY_BILL, RELIEF_TOLD, UTILITY_STORY


# "customer, Ana Ruiz", "customer Ana Ruiz", "customer" / "Ana Ruiz" (a line break between), "customer (Ana Ruiz, ...)"
_ROLE_BESIDE_NAME = re.compile(r"[ ,:]{1,3}(?:the )?[A-Z]|[ \t,:]*\n[ \t]*[A-Z]|[ \t]?\([A-Z]")
# "Ana Ruiz, a PCE customer", "Pham, John S. (PCE customer", "..., a medical-baseline customer", "Ms. Khoury is a PCE
# customer"
_NAME_BESIDE_ROLE = re.compile(rf"[A-Za-z]\.?{NAME_TO_ROLE}{ROLE_QUALIFIER}$")
_NAME_BESIDE_ROLE_REACH = 90  # "Ana Ruiz, who identified herself as a Pomona Choice Energy customer"
# the role word a sentence gives the person it opened with: "Ana Ruiz of 12 Elm St was mentioned as the customer ..."
_NAMED_AS_ROLE = re.compile(rf"{NAMED_AS}$")
_HOME_LABEL_WORDS = ("home", "residence", "household")  # "homeowner" holds "home"


def record_seeds(analysis: Analysis):
    """Where a record in running text may be: at an identifier, at a customer word right beside a name, at
    a kWh or therm figure."""
    for anchors in analysis.anchors.values():
        for anchor in anchors:
            yield anchor.segment, anchor.start
    for position in analysis.cues.find("customer role"):
        segment, start = analysis.locate(position)
        role = ROLE_WORD.match(analysis.lower, position)
        if not role.group().isascii():  # a translated notice's 客户, 고객, khách hàng: the cue says a name follows
            yield segment, start
            continue
        end = start + role.end() - position
        if (_ROLE_BESIDE_NAME.match(segment.text, end) or _name_opens_next_line(analysis, segment, start, end)
                or _LIVES_AT_AHEAD.search(segment.text, end, end + 120) or CUSTOMER_LIST.match(segment.text, start)
                or _NAME_BESIDE_ROLE.search(segment.text, max(0, start - _NAME_BESIDE_ROLE_REACH), start)
                or _NAMED_AS_ROLE.search(segment.text, max(0, start - _NAME_BESIDE_ROLE_REACH), start)
                or (segment.text[end:end + 3].strip(" ,:")[:1].islower() and name_after_role(segment.text, end))):
            yield segment, start
    for position in possessives(analysis):
        yield analysis.locate(position)
    if analysis.cues.any("utility matter") or analysis.may_hold("arrear"):  # a household acting in its sentence
        # ("Los Paredes, que viven en 12 Elm St, pidieron ...", "The Reyes remain in arrears on the account at ..."),
        # as the judge's _household_acting reads it
        yield from (analysis.locate(start) for start, _ in acting_families(analysis.joined))
    if SHUT_OFF_NOTICE.search(analysis.joined):  # "Aviso de corte ... Para: Ana Ruiz, 12 Elm St": the addressee,
        for m in NOTICE_ADDRESSEE.finditer(analysis.joined):  # where no "your" of English opens a record
            yield analysis.locate(m.end())
    for kind in ("customer system", "party role"):
        for position in analysis.cues.find(kind):
            yield analysis.locate(position)
    for m in ALL_CUSTOMERS.finditer(analysis.joined):  # "... Ana Ruiz (12 Elm St) and ... All three are customers"
        yield analysis.locate(m.start())
    if analysis.may_hold("name"):  # the pattern tries up to 80 characters after each "account", "bill", "service"
        for m in HELD_IN_NAME.finditer(analysis.joined):  # "The service at 12 Elm St remains in the name of Ana Ruiz"
            yield analysis.locate(m.start())
    if analysis.may_hold("held", "holds"):
        for m in HOLDS_ACCOUNT_AFTER.finditer(analysis.joined):  # "Dmitri Volkov holds the PCE account for ..."
            yield analysis.locate(m.start())
    # each pattern below searches the whole text ignoring case, in most texts for nothing: only a text that holds one
    # of its words is searched
    if (analysis.cues.any("utility matter") or analysis.cues.any("customer")) and analysis.may_hold(*_REACHING_WORDS):
        for m in REACHED.finditer(analysis.joined):  # "Spoke with Ana Ruiz through the interpreter. ...": see people_reached
            yield analysis.locate(m.start())
        for m in OWN_CALL_FROM.finditer(analysis.joined):  # "Per Ana Ruiz's call from 909-...": see people_reached
            yield analysis.locate(m.start())
    if analysis.may_hold(*_CALLING_BACK_WORDS):
        for m in CALL_BACK.finditer(analysis.joined):
            yield analysis.locate(m.start())
            if m.group().endswith(":"):  # a callback list's label: each item below is a record of its own
                yield from callback_items(analysis, *analysis.locate(m.start()))
    if analysis.cues.any("utility matter") and analysis.may_hold("@"):
        for m in _MAILBOX_AND_BRACKET.finditer(analysis.joined):  # "... to yreddy@sbcglobal.net (Yesenia Reddy)"
            if personal_mailbox(m.group("mailbox")):
                yield analysis.locate(m.start())
    if analysis.may_hold("left", "dej"):
        for m in LEFT_OWN_NUMBER.finditer(analysis.joined):  # "Ana Ruiz left a cell number, 909-...": see utility_callers
            yield analysis.locate(m.start())
    if analysis.cues.any("utility matter") and analysis.may_hold("called", "phoned", "rang"):
        for m in CALLED_ABOUT_NUMBER.finditer(analysis.joined):  # "Ana Ruiz called about ..., 909-...": see utility_callers
            yield analysis.locate(m.start())
        for m in CALLED_LEAVING_NUMBER.finditer(analysis.joined):  # "Ana Ruiz also called - 909-...": see utility_callers
            yield analysis.locate(m.start())
    whose, number = _CUSTOMERS_NUMBER_WORDS
    if analysis.may_hold(*whose) and analysis.may_hold(*number):
        # "Customer phone (530) ...": see unnamed_customers_record
        for m in _CUSTOMERS_NUMBER_AHEAD.finditer(analysis.joined):
            yield analysis.locate(m.start())
    if analysis.may_hold(*_OWN_UTILITY_BILL_WORDS):
        for m in OWN_UTILITY_BILL.finditer(analysis.joined):  # "Ana Ruiz of 12 Elm St said ... her electric bill"
            yield analysis.locate(m.start())
    if analysis.may_hold(*_OWN_UTILITY_BILL_WORDS) and analysis.may_hold(*_SAYING_WORDS):
        for m in HOME_BILL_TOLD.finditer(analysis.joined):  # "According to Mr. Acosta, the bill for 3747 Fremont Ave"
            yield analysis.locate(m.start())
    if analysis.may_hold("service", "callback", "call-back", "call back"):
        for m in CASE_FIELD_TOLD.finditer(analysis.joined):  # "... from Mr. Herrera on 4/1. The service address is 12 Elm"
            yield analysis.locate(m.start())
    if analysis.may_hold(*_UTILITY_STORY_WORDS):
        for m in UTILITY_STORY.finditer(analysis.joined):  # "My name is Ana Ruiz. I live at ... They shut me off"
            yield analysis.locate(m.start())
    if analysis.may_hold(*_RELIEF_WORDS):
        for m in RELIEF_TOLD.finditer(analysis.joined):  # "Ana Ruiz (phone 909 ...) asked for a payment plan"
            yield analysis.locate(m.start())
    average, left_out = _LEFT_OUT_WORDS
    if analysis.may_hold(*average) and analysis.may_hold(*left_out):
        for m in _LEFT_OUT_OF_AVERAGE.finditer(analysis.joined):  # "Avg excludes Benito Rascon, 562 ...": see judge
            yield analysis.locate(m.start())
    if analysis.may_hold(*_HOME_LABEL_WORDS):
        for m in HOME_LABEL.finditer(analysis.joined):  # "Home charger: Ana Ruiz, 12 Elm St": see homes_labelled
            yield analysis.locate(m.end())
    for position in analysis.cues.find("usage"):
        segment, start = analysis.locate(position)
        if consumption_spans(segment.text, max(0, start - 64), start + 16) or analysis.usage_cut_at(segment, start):
            # a consumption, not a tariff (the window holds the unit's longest spelling: "kilowatt-hours")
            yield segment, start


def _name_opens_next_line(analysis: Analysis, segment, start: int, end: int) -> bool:
    """Whether a role word ends its line (a segment of its own: a PDF or text line) and the next line opens with
    a capital, the name the line break cut from it ("... her neighbour, customer" / "Tomasz Wisniewski ...")."""
    if not ROLE_ENDS_LINE.fullmatch(segment.text, end):
        return False
    i = analysis.line_at(segment, start)
    lines = analysis.free_lines
    return i is not None and i + 1 < len(lines) and lines[i + 1].text.lstrip()[:1].isupper() and same_block(
        lines[i], lines[i + 1])


_LIVES_AT_AHEAD = re.compile(r"(?i)\b(?:lives|living|resides|residing)\s+at\s+\d")
_CUSTOMERS_NUMBER_AHEAD = re.compile(CUSTOMERS_NUMBER + r"(?=[(+\d])")
# its two words: whose number ("account holder" holds "holder", the record "file" or "registrado") and what number
# ("tel" of "telephone" and "teléfono")
_CUSTOMERS_NUMBER_WORDS = (("customer", "caller", "ratepayer", "holder", "file", "record", "registrado", "archivo",
                            "expediente"), ("phone", "cell", "mobile", "tel"))
_RELIEF_WORDS = ("plan", "pago", "discount", "descuento", "diskwento", "gi\u1ea3m", "care", "fera", "baseline",
                 "credit", "bill", "factura")
_SAYING_WORDS = ("said", "says", "told", "reported", "explained", "claimed", "stated", "insisted", "complained",
                 "wrote", "according", "seg", "dijo", "explic", "report", "asegur")
_OWN_UTILITY_BILL_WORDS = ("bill", "meter", "usage", "shut", "disconnection", "refund", "deposit", "su ")  # one in each
# a word each of its stories holds ("notice" of a disconnection's and a 10-day one, "auto" of "autopay", "been" of
# "we've been with", "collection" of "collections", "complaint" of "complaints", "enroll" of "enrolls", "qualif" of
# "qualifies", "customer" of "an Edison customer", "power" of "lost power", "service" of a closed service, "balance"
# of a titled person's, "disconnect" of one put off or forbidden, "returned" and "came back" of mail returned, "life"
# of life support, "transferred" of an account moved, "behind" of bills fallen behind, "month" of a 12-month plan)
_UTILITY_STORY_WORDS = ("refund", "shut", "disconnect", "cut", "notice", "opted", "enroll", "auto", "payment", "medical", "life",
                        "collection", "been", "complaint", "courtesy", "wrong", "incorrect", "erroneous", "signed",
                        "qualif", "customer", "ratepayer", "holder", "power", "electricity", "service", "balance",
                        "returned", "came back", "transferred", "behind", "month", "billed", "charged", "kept",
                        "continued")
# a word each of REACHING's phrases holds ("call" of "called" and "call from", "mailed" of "e-mailed", "met" of "met
# with" and "met to"): a text with none of them holds no such phrase (see Analysis.may_hold)
_REACHING_WORDS = ("call", "phoned", "texted", "mailed", "contacted", "interviewed", "visited", "met", "spoke", "spk",
                   "talked", "left", "lvm", "lm", "claim", "staff", "wrote", "rang")
_CALLING_BACK_WORDS = ("back", "return", "follow", "household", "life", "medical",  # one is in each callback's words
                       "llamada", "de vuelta", "de regreso", "tawagan", "g\u1ecdi l\u1ea1i")
_LEFT_OUT_OF_AVERAGE = re.compile(r"(?i)\b(?:avg|average|mean|median)\b[^.;:!?\n\x00]{0,40}?"
                                  r"\b(?:exclud|excl\.|except|omit|leaves\s+out|(?:does\s+)?not\s+includ)")
# _LEFT_OUT_OF_AVERAGE's two words: the average and what it leaves out ("exclud" of "excludes", "includ" of "not
# included")
_LEFT_OUT_WORDS = ("avg", "average", "mean", "median"), ("exclud", "excl.", "except", "omit", "leaves", "includ")
CALLED_ABOUT_NUMBER = re.compile(CALLED_ABOUT.pattern
                                  + r"(?=(?:\+?1[ \t.-]?)?\(?\d{3}\)?[ \t.-]?\d{3}[ \t.-]?\d{4}\b|[\w.+-]+@[\w-]+\.)")
CALLED_LEAVING_NUMBER = re.compile(CALLED_LEAVING.pattern
                                    + r"(?=(?:\+?1[ \t.-]?)?\(?\d{3}\)?[ \t.-]?\d{3}[ \t.-]?\d{4}\b)")
# an account or a home's service held in a person's name ("The service at 12 Elm St remains in the name of Ana Ruiz",
# "the SCE account for ... is still in the name of her landlord, ..."): see persons.called_customer; not a lease's
# (the home between may hold an abbreviation's or a direction's dot: "The account at 4007 W. Foothill Blvd Apt 210", "at
# 648 Mesa Verde Dr. remained in the name of the late ...", "the account at 2250 N. Towne Ave is in the name of ...")
HELD_IN_NAME = re.compile(r"(?i)\b(?:account|acct|service|bill|meter)\b(?:[^.!?]|(?<=\b[A-Za-z])\.|"
                           r"\b(?:st|ave|blvd|rd|dr|ln|ct|pl|pkwy|hwy|no|apt|ste)\.|"
                           r"\.(?=[ \t]+(?-i:[a-z\d#])|,)){0,80}?\b(?:is|was|remains|remained|"
                           r"stays|stayed)[ \t\n\x00]+(?:still[ \t\n\x00]+)?in[ \t\n\x00]+the[ \t\n\x00]+name"
                           r"[ \t\n\x00]+of\b")
# a mailbox and a name in brackets right after it, on a page of utility matters: the mailbox's owner, a customer to
# send something to, when the mailbox spells the name (``name_spelt_in_email``)
_MAILBOX_AND_BRACKET = re.compile(r"(?P<mailbox>[\w.+-]+@[\w-]+(?:\.[\w-]+)+)[ \t]*\((?-i:[A-Z])[^()\n]{2,59}\)")


# a notice's addressee in running text, before their home: "Aviso de corte de servicio. Para: Ana Ruiz, 12 Elm St. Su
# servicio eléctrico será suspendido ...", "To: Ana Ruiz, 12 Elm St. Your service will be shut off ..."; the label as a
# sentence opens with it, read right before the name (``_ADDRESSEE_LABEL``) and before a capital (``NOTICE_ADDRESSEE``)
ADDRESSEE_OPENING = r"(?:^|(?<=[.:;]\s))(?:To|Para|Attn\.?|Atenci[oó]n)[ \t]*:[ \t]*"
# what makes the notice one to a customer about their service: a shut-off, a past-due balance
SHUT_OFF_NOTICE = re.compile(r"(?i)\b(?:shut[- ]?off|disconnect(?:ed|ion)|past[- ]due|will\s+be\s+(?:suspended|"
                              r"interrupted)|corte\s+de\s+(?:servicio|luz)|ser[aá]\s+(?:suspendido|desconectado|"
                              r"cortado)|saldo\s+vencido|desconexi[oó]n)")
# the same label before the addressee's name: where the notice's record is read
NOTICE_ADDRESSEE = re.compile(ADDRESSEE_OPENING + "(?=[A-Z])")
