"""Stories of a resident's own utility service: a name with their home right after it where the
sentences tell of their bill, relief or service ("Ana Ruiz of 12 Elm St, who relies on a home oxygen
concentrator ..."), the names staff helped with their own contact, the people a note follows up with at
their number, a speaker at a meeting with their home beside their own bill, a mailbox's owner in brackets
after it in a line about what the utility sends them.
"""
from __future__ import annotations

import re

from ...base import line_of
from ...model import Segment
from ..analysis import Analysis
from ..cues import HONORIFICS
from ..persons import named_officially
from .homes import CLAUSE, CLAUSE_END, HOME_AFTER_NAME, PHONE_WORDS
from .sentences import BUSINESS, next_line, sentence_bounds


# ... and a number's label in the bracket right after the name, in the languages of the City's pages ("Ana Ruiz (phone
# 909 ...)", "don Ana Ruiz (teléfono ...)", "Ông Tâm (điện thoại ...)", "Gng. Ruiz (telepono ...)")
_NUMBER_IN_BRACKETS = re.compile(rf"\s*\(\s*(?i:phone|tel|cell|mobile|{PHONE_WORDS})\.?\s*:?\s*")
# what a household asked for or received from the utility's programs for customers, told right after its name and
# number ("... asked for a payment plan", "pidió un plan de pagos", "đã được giảm 20% nhờ chương trình CARE" (got a
# 20% reduction through CARE), "nakatanggap ng diskwento"): a customer's own account, as their bill is
RELIEF_TOLD = re.compile(r"(?i)\b(?:asked\s+for|requested|applied\s+for|received|got|gets?|getting|was\s+(?:given|granted)|"
                          r"enrolled\s+in|signed\s+up\s+for|pidi[oó]|solicit[oó]|recibi[oó]|obtuvo|"
                          r"se\s+inscribi[oó]\s+en|\u0111\u00e3\s+\u0111\u01b0\u1ee3c|\u0111\u00e3\s+nh\u1eadn|"
                          r"nakatanggap\s+ng|humiling\s+ng)\b[^.;!?]{0,60}?"
                          r"(?:\bpayment\s+(?:plan|arrangement)|\bplan\s+de\s+pagos?|\barreglo\s+de\s+pagos?|"
                          r"\bdiscount|\bdescuento|\bdiskwento|\bgi\u1ea3m\b|\b(?-i:CARE|FERA)\b|"
                          r"\bmedical\s+baseline|\bbill\s+credit|"
                          # help with their own bill: "asked for help with the bill for her home", "solicitó
                          # asistencia con la factura de su hogar"
                          r"\b(?:help|assistance|asistencia|ayuda)\s+(?:with|paying|con|para\s+pagar)\s+"
                          r"(?:the|her|his|their|la|su|sus)\s+(?:\w+\s+)?(?:bill|factura)s?\b)")
# a contact to be reached, right before the name: "Call Ana Ruiz (phone ...) to set up a payment plan", "Llame a"
_REACH_BEFORE = re.compile(r"(?i)\b(?:contact|call|reach|email|write\s+to|ask\s+for|llame\s+a|comun[ií]quese\s+con|"
                           r"cont[aá]cte\s+a|li[eê]n\s+l[aạ]c(?:\s+v[oớ]i)?|g[oọ]i\s+cho|tawagan|sumulat\s+kay)"
                           r"\W*(?:(?:si|kay|a|con|cho)\s+)?\S{0,6}\s*$")


# a resident's own utility bill or meter told in the sentence that gives their home or number: "her electric bill",
# "the winter bill", "my meter", "the new smart meter ... had doubled the bill"; not a legislature's "the bill would"
OWN_UTILITY_BILL = re.compile(
    r"(?i)\b(?:(?:her|his|their|my|our)\s+(?:(?:[\w-]+|\$[\d,]+(?:\.\d\d)?)\s+){0,2}?"
    r"(?:bills?|meter|usage|shut-?off|disconnection|refund|deposit)"
    r"|(?:the|a)\s+(?:[\w-]+\s+){0,2}?(?:electric(?:ity)?|utility|power|energy|winter|summer|monthly|water|gas)\s+bills?"
    r"|meter\b[^.!?;]{0,80}\bbills?"
    # and in Spanish, a person's appeal or dispute of their own bill ("apeló su factura", "presentó una apelación sobre
    # su factura de julio"); not the reader's ("pague su factura", "preguntas sobre su factura")
    r"|(?:apel[oó]|disput[oó]|reclam[oó]|impugn[oó]|present[oó]\s+(?:[\w\u00e0-\u00ff-]+\s+){1,3}?(?:sobre|contra|de))"
    r"\s+su\s+(?:factura|recibo|medidor|consumo|dep[oó]sito|reembolso))\b")
# a person served by someone, as staff serve a customer: "was helped by", "were assisted in Spanish by", Spanish "fue
# atendida por", Tagalog "ay tinulungan ni"
SERVED_BY = re.compile(r"(?i)\b(?:(?:was|were|got|been)\s+(?:helped|assisted|served|attended\s+to)|"
                        r"(?:fue|fueron)\s+(?:atendid|ayudad|asistid)[oa]s?|(?:ay\s+)?tinulungan)"
                        r"(?:\s+[\w-]+){0,3}?\s+(?:by|por|ni)\s")


# one household behind on its bills and the arrangement made for it: "when Ana Ruiz (909 ...) fell behind, staff set up
# a 12-month arrangement", "got behind on her payments"; not a project behind schedule, nor someone behind a desk
_BEHIND_ON_BILLS = (r"\b(?:fell|falls?|falling|fallen|got|gotten|getting)\s+behind(?=\s*[,.;]|\s+on\s+(?:(?:her|his|their|"
                    r"my|our|the)\s+)?(?:(?:electric|electricity|utility|power|energy|monthly)\s+)?(?:bills?|payments?|"
                    r"account|balance)\b)"
                    r"|\b\d+[- ]month\s+(?:(?:payment|repayment|installment)\s+)?arrangement\b"
                    r"|\b\d+[- ]month\s+(?:payment|repayment|installment)\s+plan\b")
_BEHIND_ON_BILLS_RE = re.compile("(?i)" + _BEHIND_ON_BILLS)
# what happened to one household's utility account, told of the person or by them: a shutoff, an opt-out or a
# re-enrolment, a double autopay draft, a payment plan, a late fee, the medical baseline, years "with" the utility
# the lookahead, first, lets the whole-text search pass over the word ends and the words that open no story in one
# look rather than some sixty (the letters and digits its stories start with; tests/test_speed47.py checks them)
UTILITY_STORY = re.compile(
    r"(?i)\b(?=[a-il-tw\d])(?:shut\s+(?:off\s+)?(?:my|me|our|us|her|him|his|them|their)\b"
    r"|shut[- ]?off\s+(?:notice|of\s+(?:my|her|his|their))"
    r"|(?:was|were|got|been)\s+(?:shut\s+off|disconnected|cut\s+off)|disconnection\s+notice|\d+-day\s+notice"
    r"|opted\s+(?:(?:me|her|him|them|us)\s+)?out|re-?enrolled|(?:was|were)\s+enrolled\s+(?:without|twice|in\s+error)"
    r"|double[- ]enrolled"
    r"|auto-?pay|payment\s+(?:plan|arrangement)|medical[- ]baseline|life[- ]support\s+(?:equipment|devices?|machines?)|"
    r"do\s+not\s+(?:disconnect|shut\s+off)|(?:placed|sent|referred)\s+(?:in|into|to)\s+collections?"
    r"|(?:I|we|she|he|they)(?:['\u2019]ve|\s+ha(?:ve|s))\s+been\s+with\s+(?-i:[A-Z])"
    # a complaint of one household taken to the regulator or settled with a credit: "The informal complaint of Ana
    # Ruiz, 12 Elm St, was referred by the CPUC ...", "... closed with a $62.18 courtesy credit"
    r"|(?:informal|formal|billing)\s+complaints?\s+(?:of|from|by|filed\s+by)\s+(?-i:[A-Z])|courtesy\s+credit"
    # ... or resolved with a credit on the bill: "the complaint of Ana Ruiz at 12 Elm St was resolved with a $85 credit"
    r"|(?:resolved|settled|closed)\s+with\s+an?\s+\$\s?[\d,]+(?:\.\d\d)?\s+"
    r"(?:(?:bill|billing|account|one-time)\s+)?credit"
    # energy billed in error: "a credit for the 1,318 kWh billed at the wrong rate"
    r"|(?:billed|charged)\s+(?:at|under|on)\s+(?:the\s+|an?\s+)?(?:wrong|incorrect|erroneous)\s+(?:rate|tariff|plan|schedule)"
    # ... or after the household left: "was billed for two extra months", "were charged twice", "billed in error"
    r"|(?:was|were|been|got)\s+(?:over-?)?(?:billed|charged)\s+(?:for\s+(?:\w+\s+)?(?:extra|more|additional)\b|"
    r"twice|double|again|in\s+error|by\s+mistake|after)"
    # ... or went on being billed: "kept receiving refuse charges", "continued to receive bills"
    r"|(?:(?<=kept )|(?<=continued to ))(?:receiv(?:e|ing)|get(?:ting)?)\s+(?:\w+\s+){0,2}?(?:bills|charges|statements)\b"
    # a household enrolled in one of the utility's programs for customers: "is enrolled in the Medical Baseline
    # program", "signed up for CARE"; a customer of the utility by name: "has been an Edison customer at ..."
    r"|(?:enrolled|enrolls|signed\s+up|qualifies|qualified)\s+(?:in|for)\s+(?:the\s+|a\s+)?(?:care|fera|medical|"
    r"low-income|discount|pce|sce|edison|(?:\w+\s+){0,2}(?:rate|bill|billing|energy)\s+(?:plan|program|discount|assistance))\b"
    r"|(?:an?|the)\s+(?:(?:longtime|long-time)\s+)?(?:pce|sce|edison|utility|(?-i:[A-Z]\w+)\s+(?:choice\s+)?energy)\s+"
    r"(?:customer|ratepayer|account\s+holder)s?\b"
    # the household's own outage: "his home ... has lost power eleven times", "her power was out for two days"
    r"|\b(?:lost|losing|loses|without)\s+(?:power|electricity|service)\b|\b(?:power|electricity)\s+(?:was|went)\s+(?:out|off)\b"
    # ... and told of the person's own service: "whose service was interrupted during the heat wave", "her electric
    # service had been shut off"
    r"|\b(?:whose|her|his|their)\s+(?:(?:electric(?:al|ity)?|power|utility)\s+)?service\s+(?:was|were|had\s+been|"
    r"has\s+been|got)\s+(?:interrupted|disconnected|shut\s+off|cut\s+off|turned\s+off|restored)\b"
    # one household's service or account closed for good, as a write-off report tells it: "Service to Ana Ruiz at 12
    # Elm St was closed in May", "the account of Ana Ruiz ... was terminated"
    r"|\b(?:service|account)\s+(?:to|for|of)\s+(?-i:[A-Z])[^.;!?]{0,160}?\b(?:was|were|has\s+been|had\s+been)\s+"
    r"(?:closed|terminated|discontinued|finaled|disconnected)\b"
    # a titled person's balance on the utility's books: "The balance of Ms. Ana Ruiz was referred" (see holders_told)
    rf"|\bbalances?\s+(?:of|owed\s+by|due\s+from)\s+(?-i:(?:{HONORIFICS})\.?\s+[A-Z])"
    # one household's account moved to another name: "asked that the account be transferred into her own name"
    r"|\b(?:account|service)\s+(?:be|was|were|is|has\s+been|had\s+been|will\s+be)\s+transferred\b"
    # one household's disconnection put off or set: "Disconnection was postponed for Ana Ruiz at 12 Elm St"
    r"|\bdisconnection\s+(?:was|has\s+been|had\s+been|is|will\s+be)\s+(?:postponed|delayed|deferred|suspended|held|"
    r"stayed|scheduled|cancell?ed)\s+for\s+(?-i:[A-Z])"
    r"|\b(?:postponed|delayed|deferred|suspended|held|stayed|cancell?ed)\s+(?:the\s+)?disconnection\s+(?:for|of)\s+(?-i:[A-Z])"
    # the utility's notice or bill to one household returned by the post office: "the notice to Ana Ruiz at 12 Elm St
    # came back marked 'no such number'"
    r"|\b(?:notice|bill|statement)s?\s+(?:(?:mailed|sent|addressed)\s+)?to\s+(?-i:[A-Z])[^.;!?]{0,120}?\b(?:came\s+back|"
    r"(?:was|were)\s+returned|returned\s+(?:as\s+)?undeliverable)"
    # a utility deposit or overpayment refunded to one person by name: "the deposit refund for Ana Ruiz was mailed to"
    r"|\b(?:deposit|overpayment|credit(?:\s+balance)?)\s+refund(?:\s+check)?\s+(?:for|to|of|owed\s+to)\s+"
    rf"(?:(?:{HONORIFICS})\.?\s+)?(?-i:[A-Z])"
    rf"|{_BEHIND_ON_BILLS})")
# the words before a street address that say someone lives there: "I live at", "She lives at", "who resides at", "his
# home at"; a customer's service there: "has been an Edison customer at"; the household a name is put beside: "Ms.
# Dang, the senior on 18626 Avenida Cielo", "the elderly resident at"
_LIVE_AT = re.compile(r"(?i)\b(?:live|lives|living|reside|resides|residing|customer|ratepayer|(?:his|her|their)\s+home|"
                      r"(?:the|an?)\s+(?:(?:elderly|older|disabled|widowed|\d{2}-year-old)\s+)?(?:resident|senior|"
                      r"homeowner|tenant|renter|occupant|widow|widower))"
                      r"\s+(?:at|on)\s*$"
                      # the home the household left or moved to: "Mr. Hoang (moved out of 12 Elm St in May)"
                      r"|\bmov(?:ed|es|ing)\s+(?:out\s+of|away\s+from|from|into)\s*$")
# a person's age told right after their name, as a news item does: "Ana Ruiz, 81, of 12 Elm St"
_AGE_AFTER_NAME = re.compile(r",\s*(?:age\s+)?\d{1,3}(?=\s*,)")
_UTILITY_WORD = re.compile(r"(?i)\b(?:energy|power|electric\w*|utilit(?:y|ies)|gas|baseline|cpuc|edison|sce|pce)\b")
_HOME_STORY_REACH = 400  # from a name to the home its story gives: a speaker's first few short sentences


_NAME_AFTER_HOME = re.compile(r",[ \t]*")  # "... moving out of 12 Elm St, Ana Ruiz ..."


def homes_in_utility_story(analysis: Analysis, names: list[tuple], fields: list[tuple]) -> list[tuple]:
    """The names, each with its home's place, whose home follows them ("Ana Ruiz of 12 Elm St", "(Ana Ruiz, 12 Elm St)", "My name is Ana Ruiz.
    I live at 12 Elm St", "my mother Ana Ruiz ... She lives at 12 Elm St") where the sentences from the name to the
    one after the home tell what happened to a household's utility account (``UTILITY_STORY``): a customer's story,
    though no account number or "customer" ties it. Not a business's people, nor a name another name follows
    before the home, nor an opt-out of a text about no utility."""
    found = []
    taken = [*names, *(f[1:] for f in fields)]
    for segment, start, end in names:
        text = segment.text
        home = min((f for f in fields if f[1] is segment and f[0] == "address" and 0 <= f[2] - end <= _HOME_STORY_REACH),
                   key=lambda f: f[2], default=None)
        left = next((f for f in fields if f[1] is segment and f[0] == "address" and 0 <= start - f[3] <= 3
                     and _NAME_AFTER_HOME.fullmatch(text, f[3], start)
                     and _LIVE_AT.search(text, max(0, f[2] - 24), f[2])), None)
        if left:  # the home the clause opens with, the name right after it: "After moving out of 12 Elm St, Ana Ruiz
            # kept receiving refuse charges"
            home = left
        elif home is None or any(n[0] is segment and end <= n[1] < home[2] for n in names):
            continue
        age = _AGE_AFTER_NAME.match(text, end)
        if not (left or HOME_AFTER_NAME.fullmatch(text, age.end() if age else end, home[2])
                or _LIVE_AT.search(text, max(0, home[2] - 24), home[2])):
            continue
        opening = sentence_bounds(segment, min(start, home[2]), taken)[0]
        closing = sentence_bounds(segment, sentence_bounds(segment, home[3], taken)[1], taken)[1]
        story = text[opening:closing] + _sentence_runs_on(analysis, segment, text[opening:closing])
        if UTILITY_STORY.search(story) and not BUSINESS.search(story) and (
                analysis.cues.any("utility matter") or _UTILITY_WORD.search(story)):
            found += [(segment, start, end), home[1:]]
    return found


def _sentence_runs_on(analysis: Analysis, segment: Segment, sentence: str) -> str:
    """The rest of a sentence a PDF's or a text's line break cut at the end of ``segment`` ("... Ana Ruiz, 81, of 12
    Elm St, who relies on a home" / "oxygen concentrator and is enrolled in the Medical Baseline program."): the
    next line up to its full stop (past a semicolon), or nothing where the sentence ended on the line."""
    if CLAUSE_END.search(sentence.rstrip()[-1:]):
        return ""
    at = analysis.segment_index.get(id(segment))
    below = analysis.segments[at + 1] if at is not None and at + 1 < len(analysis.segments) else None
    if below is None or not next_line(segment, below):
        return ""
    stop = _FULL_STOP.search(below.text)  # not a semicolon: "came back marked 'no such number'; staff ... with SCE."
    return " " + below.text[:stop.end() if stop else len(below.text)]


_FULL_STOP = re.compile(r"[.!?](?:\s+[A-Z]|\s*$)")


# staff to get back to one person at a number: "she would follow up with him at ...", "staff will call her back at ..."
_FOLLOW_UP_AT = re.compile(r"(?i)\b(?:(?:follow(?:ed|ing)?\s+up\s+with|get\s+back\s+to)\s+(?:him|her|them)"
                           r"|call(?:ed)?\s+(?:him|her|them)\s+back)(?:\s+by\s+(?:tele)?phone)?\s+(?:at|on)\s*$")
_FOLLOW_UP_REACH = 300  # how far after the name the follow-up's number may stand: a sentence or two


def served_ones(names: list[tuple], fields: list[tuple]) -> list[tuple]:
    """The names a sentence says staff helped, their own phone, mailbox or home in the same sentence before the help
    ("A senior (Ana Ruiz, 562-...) was helped by Lyle Pennington"); not a name after the helper's word."""
    found = []
    for segment, start, end in names:
        text = segment.text
        served = SERVED_BY.search(text, end)
        if served and not CLAUSE_END.search(text, end, served.start()) and any(
                f[0] in ("address", "phone", "email") and f[1] is segment and f[2] < served.start()
                and not CLAUSE_END.search(text, min(f[2], start), max(f[3], end)) for f in fields):
            found.append((segment, start, end))
    return found


# what a utility sends a customer at their mailbox: an opt-out's or an enrolment's confirmation, a bill, a refund's
# notice, a paperless or autopay sign-up, a rate change
_MAILED_MATTER = re.compile(r"(?i)\b(?:opt(?:ed|ing|s)?[\s-]?(?:out|in)|enrol\w*|e-?bills?|bills?|billing|statements?|"
                            r"refunds?|deposits?|paperless|auto-?pay|rate\s+(?:change|switch)|shut-?off|disconnect\w*|"
                            r"medical\s+baseline|(?-i:CARE|FERA))\b")


def mailbox_owners_bracketed(names: list[tuple], fields: list[tuple]) -> tuple[list, list]:
    """The names in brackets right after a mailbox that spells them ("Send opt-out confirmation to
    yreddy@sbcglobal.net (Yesenia Reddy)", read by ``private_people_named``), in a line about what the utility sends that person
    (``_MAILED_MATTER``): a customer and their own mailbox, as a work queue or a case note keeps them. ([], []) for
    none; an event's RSVP or a club's contact names no utility matter."""
    found, mailboxes = [], []
    for kind, segment, start, end in fields:
        bracket = BRACKET_AFTER.match(segment.text, end) if kind == "email" else None
        if bracket is None or not _MAILED_MATTER.search(line_of(segment.text, start)):
            continue
        owners = [n for n in names if n[0] is segment and bracket.start("note") <= n[1] and n[2] <= bracket.end("note")]
        if owners:
            found += owners
            mailboxes.append((kind, segment, start, end))
    return found, mailboxes


def followed_up(names: list[tuple], fields: list[tuple]) -> list[tuple]:
    """The names whose own sentence tells of their utility bill, refund or deposit ("Ana Ruiz said he had been
    waiting six weeks for a refund of his PCE deposit") and whom staff are to get back to at a number after it ("The
    Manager said she would follow up with him at 909 ..."), no one else named between but officials: a customer and
    their own phone, which minutes publish as a customer record. Not a speaker on policy with no bill of their own,
    nor one staff give no number for; the number is the person's, since staff call them there."""
    found = []
    for segment, start, end in names:
        text = segment.text
        stop = CLAUSE_END.search(text, end)
        sentence_end = stop.start() if stop else len(text)
        if not OWN_UTILITY_BILL.search(text, end, sentence_end) or BUSINESS.search(text, start, sentence_end):
            continue
        phone = min((f for f in fields if f[0] == "phone" and f[1] is segment and end <= f[2] <= end + _FOLLOW_UP_REACH
                     and _FOLLOW_UP_AT.search(text, max(0, f[2] - 40), f[2])), key=lambda f: f[2], default=None)
        if phone and not any(n[0] is segment and end < n[1] < phone[2] and not named_officially(text, n[1], n[2])
                             for n in names):
            found += [(segment, start, end), phone[1:]]
    return found


# a person telling of the bill, meter or account of a home, in indirect speech: "According to Mr. Acosta, the bill for
# 3747 Fremont Ave doubled in July", "Ana Ruiz said the bill for 12 Elm St ...", "Ana Ruiz told staff that her meter at
# 12 Elm St ...", "Según la Sra. Ruiz, la factura de 12 Elm St ..."
_HOME_BILL = (r"(?:the|her|his|their|la|su)\s+(?:[\w-]+\s+)?(?:bills?|meter|account|service|usage|electricity|power|"
              r"factura|medidor|cuenta|servicio|consumo)\s+(?:for|at|of|on|de|en|del)\s+")
_SAID_OF_HOME_BILL = re.compile(r"\s*,?\s+(?:said|says|told\s+(?:staff|us|the\s+\w+|\w+)|reported|explained|claimed|"
                                r"stated|insisted|complained|wrote|dijo|explic[oó]|report[oó]|asegur[oó])\s+"
                                rf"(?:that\s+|que\s+)?{_HOME_BILL}")
_ACCORDING_TO = re.compile(r"(?i)\b(?:according\s+to|seg[uú]n)\s+$")
_AFTER_ACCORDING = re.compile(rf"\s*,\s+{_HOME_BILL}")
HOME_BILL_TOLD = re.compile(r"(?i)\b(?:said|says|told|reported|explained|claimed|stated|insisted|complained|wrote|"
                            r"according\s+to|seg[uú]n|dijo|explic[oó]|report[oó]|asegur[oó])\b"
                            rf"(?:[^.;!?]|\b(?:Mr|Mrs|Ms|Dr|Sr|Sra|Srta)\.){{0,60}}?\b{_HOME_BILL}\d")
_TOLD_REACH = 80  # how far after the name the home whose bill they tell of is read


def home_bills_told(names: list[tuple], fields: list[tuple]) -> list[tuple]:
    """The names that tell of a home's bill, meter or account right after them, in indirect speech ("According to Mr.
    Acosta, the bill for 3747 Fremont Ave doubled ...", "Ana Ruiz said the bill for 12 Elm St ..."): the person whose
    home it is, as a complaint memo tells a customer's case; not a business's owner on the shop's bill."""
    found = []
    for segment, start, end in names:
        text = segment.text
        home = min((f for f in fields if f[0] == "address" and f[1] is segment and end <= f[2] <= end + _TOLD_REACH),
                   key=lambda f: f[2], default=None)
        if home is None:
            continue
        told = _SAID_OF_HOME_BILL.fullmatch(text, end, home[2]) or (
            _ACCORDING_TO.search(text, max(0, start - 20), start) and _AFTER_ACCORDING.fullmatch(text, end, home[2]))
        stop = CLAUSE_END.search(text, home[3])
        if told and not BUSINESS.search(text, start, stop.start() if stop else len(text)):
            found.append((segment, start, end))
    return found


# a case a person opened, named right before them ("We received a letter from Mr. Herrera on 4/1", "a call from Ana
# Ruiz") or by their own act right after ("Ana Ruiz wrote on 4/1 ...", "Ana Ruiz called in ...")
_CASE_FROM = re.compile(r"(?i)\b(?:letters?|e-?mails?|calls?|complaints?|messages?|voicemails?|inquir(?:y|ies)|requests?|"
                        r"disputes?|appeals?|visits?|notes?|cartas?|llamadas?|quejas?)\s+(?:from|by|de)\s+$")
_CASE_BY = re.compile(r"\s+(?:wrote|called|phoned|emailed|e-mailed|came\s+in|stopped\s+by|complained|escribi[oó]|"
                      r"llam[oó])\b")
# a field a customer's record labels as theirs in a sentence: "The service address is ...", "the callback number is
# ...", "her account number is ...", "La dirección de servicio es ..."
_RECORD_FIELD_LABEL = re.compile(r"(?i)\b(?:service\s+address|call[\s-]?back\s+(?:number|no\.?|#)|"
                                 r"(?:account|acct\.?)\s+(?:number|no\.?|#)|direcci[oó]n\s+de\s+servicio|"
                                 r"n[uú]mero\s+de\s+cuenta)\s*(?:is|was|es|era|:)?\s*$")
# a sentence that gives a case's service address or callback number: "The service address is 12 Elm St", "his
# callback number is (909) ..."
CASE_FIELD_TOLD = re.compile(r"(?i)\b(?:service\s+address|call[\s-]?back\s+(?:number|no\.?))\s+(?:is|was)\s+[(\d]")
_LABEL_REACH = 40  # how far before a field its label is read
_CASE_REACH = 260  # how far after the name its case's labelled fields are read (two or three sentences)


def case_fields_labelled(names: list[tuple], fields: list[tuple]) -> list[tuple]:
    """The person a case note opens with ("We received a letter from Mr. Herrera on 4/1.", "Ana Ruiz called in on
    4/1.") and the fields the next sentences label as the case's own record ("The service address is 12 Elm St; the
    callback number is (909) ..."), no other person named between: the customer whose case it is and their fields."""
    found = []
    for segment, start, end in names:
        text = segment.text
        if not (_CASE_FROM.search(text, max(0, start - 24), start) or _CASE_BY.match(text, end)):
            continue
        following = [n for n in names if n[0] is segment and end < n[1] <= end + _CASE_REACH]
        stop = min((n[1] for n in following), default=end + _CASE_REACH)
        labelled = [f for f in fields if f[1] is segment and end < f[2] <= stop and f[0] in ("address", "phone", "email")
                    and _RECORD_FIELD_LABEL.search(text, max(0, f[2] - _LABEL_REACH), f[2])]
        if labelled and not BUSINESS.search(text, start, labelled[-1][3]):
            found.append((segment, start, end))
            found += [f[1:] for f in labelled]
    return found


def speakers_with_home(names: list[tuple], fields: list[tuple]) -> list[tuple]:
    """The names a street address or a phone follows right away ("Ana Ruiz of 12 Elm St said ...", "Ana Ruiz
    ((909) 555-0100) thanked ...") in a sentence about their own utility bill or meter, or what they asked for or got
    from the utility's programs ("Ana Ruiz (phone 909 ...) asked for a payment plan"; not a contact to call, "Call Ana
    Ruiz (phone ...) to set up a payment plan"): a resident at the lectern or in a program's story telling their own
    account's story, which minutes publish as a customer record. Not a club's or a business's
    people ("Ana Ruiz of the Garden Club, 12 Elm St"), nor a speaker on a legislature's bill."""
    found = []
    for segment, start, end in names:
        text = segment.text
        first = min((f for f in fields if f[1] is segment and f[2] >= end and (f[0] in ("address", "phone") or (
            f[0] == "email" and text[end:f[2]].strip() == "("))), key=lambda f: f[2], default=None)
        if first is None or not (HOME_AFTER_NAME.fullmatch(text, end, first[2])
                                 or _NUMBER_IN_BRACKETS.fullmatch(text, end, first[2])):
            continue
        stop = CLAUSE_END.search(text, first[3])
        sentence_end = min(stop.start() if stop else len(text), first[3] + CLAUSE)
        if (OWN_UTILITY_BILL.search(text, first[3], sentence_end)
                or _BEHIND_ON_BILLS_RE.search(text, first[3], sentence_end)
                or (RELIEF_TOLD.search(text, first[3], sentence_end)
                    and not _REACH_BEFORE.search(text, max(0, start - 40), start))) \
                and not BUSINESS.search(text, start, sentence_end):
            found.append((segment, start, end))
    return found


# a note in brackets right after a mailbox: "send the confirmation to yreddy@... (Yesenia Reddy)"
BRACKET_AFTER = re.compile(r"[ \t]*\((?P<note>[^()\n]{3,60})\)")
