"""Records in correspondence: letters and notices to a customer, and letters and e-mails from a person
that give their own account or identifier.

A letter runs from its salutation to its closing (over page breaks); a notice without a salutation is one
page. It is to a customer when it speaks of *your* account, bill or usage and names them: a person in the
salutation, an address block (a person's name over a street line) or an account number under any
salutation; a notice needs an address block at its top and an account number or a past-due or shut-off
warning. Its text becomes a "zone" in which the address and usage detectors look for their own values.

A letter or a printed e-mail from a person (a complaint in an agenda packet: "From: Name <mailbox>", a signature under
the closing, or the sender block that signs it with no closing word) that holds an identifier the identifier detectors
found is that person's customer record: the writer's name and the contacts in the signature or the "From:" line; so is
an e-mail from a person's own mailbox that gives the kWh of their own bill, or that tells their own case as a customer
(a shut-off notice for their home, their CARE enrollment) with their home or phone. Without any of these a letter to a
public body stays a public record. Each message of a thread or packet printed as text is read on its own
(``Analysis.message_openers``): one writer's account makes no customer of the next. A message quoted in a reply is its
writer's too: a customer's signs off with their name alone on its last line. A mailbox shown to be a customer's names
them on every header line that gives it.
"""
from __future__ import annotations

import re

from ..model import Segment
from .analysis import Analysis, Line, facilitys_use, page_of, quoted_staff_signature
from .cues import (ADDRESSEE_RE, CLOSING_RE, COMPILED_ITEM, CUSTOMER_ROLE, EMAIL_FROM_RE, NOTICE_CUE_RE, OWN_BUSINESS_RE,
                   SALUTATION_RE, message_mark, running_text_line)
from .lists import business_name, named_as_a_business
from .persons import (addressed_name, name_over_a_listed_surname, named_officially, names_an_official, names_in,
                      person_name, signature_name)
from ..public_contacts import (FACILITY_CUE, ORGANIZATION_CUE, PERSONAL_DOMAINS, PUBLIC_CUE, clause_before,
                              is_role_mailbox, public_cue, to_e164)
from .. import translations
from ..labels import OWN_CONTACT_BEFORE, phone_label_pattern
from .headers import header_kind
from .history import public_story
from .public_people import in_a_role, made_up_or_another_kind
from ..vocabulary import fold, name_like
from .shapes import (ADDRESS_RE, CITY_ITSELF, CITY_LINE_RE, COLUMN_GAP, EMAIL_RE, FACILITY_NAMED, MAIL_HINT, PO_BOX,
                     consumption_spans, opens_an_address, phone_spans, plain_email)

# the writer speaking of their own account ("my bill", "my username" for its portal, "I owe $813 on acct ...", "I live
# at ...", "I dispute the charge on account ..."): a letter *to* a customer says "your" instead; a sum follows what the writer owes ("We owe every
# ratepayer a straight answer" is an official's quote)
_OWN_ACCOUNT = re.compile(r"(?i)\b(?:my|our|mi|nuestra)\s+(?:(?-i:[A-Z][\w&.'\u2019-]*\s+){3,4}|(?:[\w-]+\s+){0,2}?)"
                          # (the program's whole name between: "My Mirador Community Power account ...")
                          r"(?:account|acct|bill|billing|statement|service|"
                          r"meter|usage|ssn|social security|itin|cuenta|factura|servicio|user\s?name|password|log-?in)"
                          r"(?:s|es)?\b"  # in the plural too: "since then my bills have doubled"
                          r"|\b(?:i|we)\s+(?:still\s+)?(?:owe(?=\s+(?:(?:about|around|over|nearly|almost|the\s+city|"
                          r"you)\s+)?\$?\d)|live|reside|rent|was\s+billed|were\s+billed|"
                          r"was\s+charged|were\s+charged|have\s+been\s+(?:an?\s+)?(?:[\w-]+\s+){0,6}?customers?|"
                          r"(?:(?:would\s+like|want|wish)\s+to\s+|am\s+|are\s+)?(?:dispute|disputing|contest|"
                          r"contesting)|"
                          # their own money back: "I want a refund of the generation charges", "we demand a full refund"
                          # (not staff's "I request a credit be applied to the account")
                          r"(?:want|demand|would\s+like|am\s+asking\s+for|are\s+asking\s+for)\s+(?:a\s+|my\s+|our\s+)?"
                          r"(?:full\s+)?(?:refund|reimbursement))\b"
                          # the bill the writer got ("The statement I received shows 2,780 kWh", "the bill we got in
                          # July"), and their household billed or signed up ("my household was billed for ...", "My
                          # family enrolled in ... when it launched")
                          r"|\b(?:bill|statement)\s+(?:that\s+)?(?:i|we)\s+(?:just\s+)?(?:received|got)\b"
                          r"|\b(?:my|our)\s+(?:family|household|home|house)\s+(?:(?:was|were|has\s+been|have\s+been|got)\s+"
                          r"(?:billed|charged|overcharged)|enrolled|signed\s+up|opted\s+out)\b")
# a customer's own wish for how the utility reaches them: "You asked that we use ...", "you prefer us to ..."
_YOU_ASKED = r"\byou\s+(?:asked|requested|preferred|prefer|wish(?:ed)?|want(?:ed)?)\s+(?:that\s+)?(?:we|us\s+to)\s+"
# the words before a phone number in a letter to a customer that make it the customer's own: "a technician will
# call you at ...", "your phone number on file, ...", "Lo llamaremos al ..."
_YOUR_NUMBER = re.compile(r"(?i)(?:\b(?:call|reach|text|contact|phone)(?:s|ed|ing)?\s+you\s+(?:back\s+)?(?:at|on)"
                          # the same in a Chinese letter: "我们会致电 ...", "我們將致電您 ..." (we will call you at)
                          r"|我[们們](?:会|會|将|將)\s*(?:致[电電]|[联聯][系繫]|打[电電][话話][给給])\s*您?\s*$"
                          # staff's note on the customer's copy of a statement: "cust. says call back at ...", "customer
                          # asked to be called at ..."
                          r"|\b(?:cust(?:omer)?|cx|caller)\.?\s+"
                          r"(?:says|said|asks|asked|requests|requested|wants|wanted)\s+(?:to\s+be\s+|a\s+)?"
                          r"(?:call(?:ed)?(?:[\s-]*back)?|callback|cb)\s+(?:at|on)"
                          # the message staff left at the customer's number: "I left a voicemail at ...", "left you a
                          # message on ..."
                          r"|\b(?:left|leave|leaving)\s+(?:you\s+)?(?:a\s+)?(?:voice\s*-?\s*mail|(?:voice\s+)?message)"
                          r"(?:\s+for\s+you)?\s+(?:at|on)"
                          # "your phone number is", "we have noted your preferred callback number as ..."
                          r"|\byour\s+(?:(?:preferred|primary|alternate|home|cell|mobile|daytime|callback|call-back|"
                          r"contact)\s+){0,2}(?:phone|number|cell|telephone)"
                          r"(?:\s+number)?(?:\s+on\s+file)?(?:\s+(?:is|of|as))?"
                          # the number the customer called from: "the arrangement you requested by phone from ..."
                          r"|\byou\b[^.!?\n]{0,50}?\b(?:by\s+(?:tele)?phone|by\s+text|called(?:\s+us)?|phoned(?:\s+us)?|"
                          r"texted(?:\s+us)?)\s+from[\s:]*$"
                          # "the phone number we have on file", "the number on file for you"
                          r"|\b(?:phone|telephone|cell|contact)\s+(?:number\s+)?(?:(?:we|that\s+we)\s+have\s+)?on\s+file"
                          r"(?:\s+for\s+you)?"
                          # a contact block's heading over its label: "CONTACT ON FILE" / "Phone: ..."
                          r"(?:[\s:]+(?:phone|tel|telephone|cell|mobile|home)(?:\s+(?:number|phone))?)?"
                          # the customer's own contact preference: "You asked that we use (620) 255-4931 for future
                          # contact", after their mailbox: "... that we use lefam@isp.net and 785.316.7344"
                          rf"|{_YOU_ASKED}(?:use|call|text|contact\s+you\s+(?:at|on))(?:\s+[\w.+-]+@[\w.-]+\s+(?:and|or))?"
                          # the contact the customer asked for: "You told us you prefer contact by text at ..."
                          r"|\byou\s+(?:(?:told\s+us|said)\s+(?:that\s+)?you\s+)?(?:prefer(?:red)?|want(?:ed)?)\s+"
                          r"(?:to\s+be\s+)?(?:contact(?:ed)?|reached|called|texted|calls|texts)\s+"
                          r"(?:by\s+(?:text|phone|call|cell)\s+)?(?:at|on)"
                          # where the customer said they can be reached, or where staff answered them, maybe after
                          # their mailbox: "You told the CPUC that you could be reached at ...", "We replied to you at
                          # ana@isp.net and at ..."
                          r"|\byou\s+(?:can|could|may|might|would|will)\s+(?:best\s+)?be\s+(?:reached|contacted|called)\s+"
                          r"(?:by\s+(?:text|phone|cell)\s+)?(?:at|on)(?:\s+[\w.+-]+@[\w.-]+,?\s+(?:and|or)(?:\s+(?:at|on))?)?"
                          r"|\b(?:replied|responded|wrote|written|called|phoned)\s+(?:back\s+)?to\s+you\s+(?:at|on)"
                          r"(?:\s+[\w.+-]+@[\w.-]+,?\s+(?:and|or)(?:\s+(?:at|on))?)?"
                          r"|\b(?:le|lo|la)\s+(?:hemos\s+)?llam\w*\s+al|\bsu\s+(?:tel[eé]fono|n[uú]mero|celular)(?:\s+es)?"
                          # the call the letter confirms, at the number the customer was reached on: "Según lo
                          # conversado por teléfono al ...", "as we discussed by phone at ..." (not "llame al ...")
                          r"|\b(?:conversad[oa]|hablad[oa]|acordad[oa]|hablamos|conversamos|discussed|spoke|talked|"
                          r"agreed)\s+(?:(?:por|by|on\s+the)\s+)?(?:tel[eé]fono|phone)\s+(?:al|at|on)"
                          # the call the letter thanks the customer for, at their number: "Thank you for speaking with
                          # us at ...", "after you spoke with our office on ..."
                          r"|\b(?:speaking|talking|spoke|spoken|talked)\s+with\s+(?:us|me|our\s+(?:office|staff|team))\s+"
                          r"(?:(?:by|over\s+the)\s+(?:tele)?phone\s+)?(?:at|on)"
                          # or with a staff member by name, the number of the call in brackets after it: "Thank you
                          # for speaking with Ana Ruiz on the phone (+1 562-928-3019)"
                          r"|\b(?:speaking|talking|spoke|spoken|talked)\s+with\s+(?:[\w'\u2019.-]+\s+){1,4}?"
                          r"(?:on|over|by)\s+(?:the\s+)?(?:tele)?phone\s*\()"
                          r"[\s:,]*$")
# the words before a mailbox in a letter to a customer that make it the customer's own: "You asked that we use
# lefam@isp.net ...", "your e-mail address on file, ...", "we will e-mail you at ..."
_YOUR_MAILBOX = re.compile(rf"(?i)(?:{_YOU_ASKED}(?:use|write\s+to|e-?mail\s+you\s+at)"
                           r"|\be-?mail(?:ed|ing)?\s+you\s+at"
                           r"|\byour\s+(?:(?:preferred|personal|contact)\s+)?e-?mail(?:\s+address)?(?:\s+on\s+file)?"
                           r"(?:\s+(?:is|of|as))?)[\s:,]*$")
_REFERENCE_LINES = 3  # above a salutation: "RE: Account 3-221-4410-17"
_UNOPENED_LINES = 15  # a letter or an e-mail body with no salutation, read back from its closing
_LETTER_LINES = 400  # a letter longer than this is a report that happens to open with "Dear"
_SIGNATURE_LINES = 6
# the first column of a usage history: its billing periods
_PERIOD_HEADER = re.compile(r"(?i)(?:billing\s+|bill\s+|service\s+|read\s+)?(?:month|mes|period|periodo|per[ií]odo|"
                            r"date|fecha|cycle|ciclo|year|a[nñ]o|days?)s?")
# a figure in a row of a usage history; an amount ("$140.12") holds a column too but is never usage
_FIGURE = re.compile(r"(?<![\w.,/-])\$?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?![\w.,/-])")
# "Total kWh this period 718", "Total usage: 1,240", "Total electricity used this period 1,206 kWh": a statement's
# total for the period, not a rate ("$0.31 per kWh")
# and in Spanish, its figure grouped by dots and its unit before the sentence goes on: "Total del periodo: 5.537 kWh."
_TOTAL_USAGE = re.compile(r"(?i)\s*(?:(?:total|billed|metered)\s+"
                          r"(?:kwh|usage|consumption|(?:energy|electricity)(?:\s+used)?)"
                          r"(?:\s+(?:used|this\s+(?:period|month|cycle)))?|"
                          r"(?:consumo\s+)?total\s+(?:del|de\s+(?:este|la))\s+(?:periodo|per[ií]odo|ciclo|mes|factura)|"
                          r"consumo\s+total)\s*:?\s*"
                          r"(\d{1,3}(?:,\d{3})+|\d{1,3}(?:\.\d{3})+|\d+)(?:\s*kwh\b|(?:\s*kwh)?\s*$)")
_BLOCK_LINES = 12  # a notice's or a statement's address block is near the top of its page
_STATEMENT_GAP = 4  # lines after a statement's address block where the account it is for may be
# a line over a block that is the sender's, not the addressee's: "Remit to:", "Make checks payable to", "From:"
# (it ends on "to", "address" or a colon, or on the word itself: "Remit payment to", "Ship from"; a heading that only
# holds such a word, "Notice of Returned Payment (2)", or the postal endorsement "RETURN SERVICE REQUESTED" printed
# over the addressee, introduces no one's return address)
_SENDER_LINE = re.compile(r"(?i)(?:\b(?:remit(?:tance)?|pay(?:able)?|payments?|checks?|send|return|from|vendor|supplier)"
                          r"\b[^\n]{0,20}(?:\bto|\baddress|:)|\b(?:(?:ship(?:ped)?\s+)?from|remit|vendor|supplier))\s*$")


def find(analysis: Analysis) -> None:
    # a reviewer's comment, read right after the paragraph it is on, is no line of the letter: one on the date or the
    # addressee's name would part the inside address from the name over it
    lines = [line for line in analysis.free_lines if line.segment.hidden != "comment"]
    if not lines:
        return
    if analysis.cues.any("customer") or analysis.anchors:
        _to_customers(analysis, lines)
    if analysis.anchors or analysis.cues.any("usage") or analysis.cues.any("customer") or analysis.cues.any(
            "customer possessive") or _OWN_CASE.search(analysis.joined):
        # an e-mail may tie its writer by their own number alone (_own_number_given), or tell their own case as the
        # utility's customer in no other words ("My service address is ...": _own_case_at_home)
        _from_writers(analysis, lines)
        _signed_complaints(analysis, lines)
        _quoted_messages(analysis, lines)
        _named_with_their_mailbox(analysis, lines)
        _fax_headers(analysis, lines)
    if analysis.anchors:
        _running_lines(analysis, lines)
        _mail_drafts_about_accounts(analysis)
        _histories_under_an_account(analysis, lines)
        if _INTRODUCTION_WORDS.search(analysis.lower):
            _self_introduced_writers(analysis, lines)


# a writer introducing themselves in their message ("Hello, this is Vikram Iyer.", "I am Jocelyn Bautista, her daughter
# and the contact on the account", "My name is ..."), the name's capital after it; and its words, looked for first
_SELF_INTRODUCTION = re.compile(r"(?i)(?:^|(?<=[\s,.;:!]))(?:this\s+is|i\s+am|i'm|i\u2019m|my\s+name\s+is)\s+"
                                r"(?=(?-i:[A-Z\u00c0-\u00de]))")
_INTRODUCTION_WORDS = re.compile(r"this is|i am|i'm|i\u2019m|my name is")
# the writer speaking of a relative's account they hold or look after ("My mother's account (...) was disconnected
# while she was in the hospital. I am ..., her daughter and the contact on the account")
_KIN_ACCOUNT = re.compile(r"(?i)\b(?:my|our)\s+(?:late\s+|elderly\s+)?(?:mother|father|mom|mum|dad|parents?|grandmother|"
                          r"grandfather|grandma|grandpa|husband|wife|spouse|partner|son|daughter|brother|sister|aunt|"
                          r"uncle|family)['\u2019]s?\s+(?:[\w-]+\s+)?(?:account|acct|bill|service|meter)\b")
# a letter or message to a customer speaks of "your" account: its writer (staff) is no customer
_YOUR_ACCOUNT = re.compile(r"(?i)\byour\s+(?:[\w-]+\s+){0,2}?(?:account|acct|bill|billing|service|usage)\b")


def _self_introduced_writers(analysis: Analysis, lines: list[Line]) -> None:
    """A message whose writer introduces themselves by name ("Hello, this is Vikram Iyer. I live at ...", "I am
    Jocelyn Bautista, her daughter and the contact on the account") and that gives an account or identifier and speaks
    of the writer's own (``_speaks_of_own``), with no closing or signature to sign it: a customer's letter or e-mail,
    from its salutation or subject line (or its page's top) down to the next message, a closing or the page's end. The
    writer's name and the contacts it gives ("Please contact me: 1-909-... / ana@aol.com", "Phone: ...  Email: ...",
    "my true-up shows 223 kWh") are theirs. Staff's letter to a customer speaks of "your" account and stays theirs."""
    done = -1
    for i, line in enumerate(lines):
        if i <= done or not _INTRODUCTION_WORDS.search(line.text.lower()):
            continue
        intro = _SELF_INTRODUCTION.search(line.text)
        if intro is None:
            continue
        text, at = line.segment.text, line.start + intro.end()
        name = next(((a, b) for a, b in names_in(text, at, line.end, anchored=True) if a == at), None)
        if name is None or not person_name(text[name[0]:name[1]], strict=True) or named_officially(text, *name) or (
                FOR_AN_OFFICE.match(text, name[1], line.end)):
            continue
        page, turn = page_of(line.segment), line.segment.label  # a chat's or a transcript's turn: one speaker's
        top = i
        while top > 0 and i - top < _UNOPENED_LINES and page_of(lines[top - 1].segment) == page and (
                lines[top - 1].segment.label == turn) and not (
                SALUTATION_RE.match(lines[top].text) or ADDRESSEE_RE.match(lines[top].text)
                or EMAIL_FROM_RE.match(lines[top].text) or analysis.opens_a_message(lines[top])
                or _SPEAKERS_TURN.match(lines[top].text)):
            top -= 1
        end = _until(lines, i + 1, lambda k: k - i > _UNOPENED_LINES or lines[k].segment.label != turn
                     or EMAIL_FROM_RE.match(lines[k].text)
                     or SALUTATION_RE.match(lines[k].text) or CLOSING_RE.match(lines[k].text)
                     or analysis.opens_a_message(lines[k]) or k - 1 > i and _signed_off(lines[k - 1].text)
                     or _SPEAKERS_TURN.match(lines[k].text)
                     or _opens_with_a_name(lines[k].text)
                     or _SELF_INTRODUCTION.search(lines[k].text), page)  # the next writer or speaker's own message
        message = analysis.in_record_of(line.segment, lines[top:end])
        told = " ".join(k.text for k in message)
        if not _identified(analysis, message) or not (_speaks_of_own(message) or _KIN_ACCOUNT.search(told)) or (
                _YOUR_ACCOUNT.search(told)):
            continue
        why = "message from a customer who introduces themselves and gives their account"
        _writer(analysis, line, name[0] - line.start, name[1] - line.start, why)
        _contacts(analysis, [k for k in message if _WRITERS_LINE.search(k.text)], why)
        done = end - 1


# a transcript's turn opening on its speaker's label in capitals ("MRS. MOUA: I'm ...", "HEARING OFFICER LEE:"): a
# speaker's words are their own turn's, not a message that runs on over the turns above or below
_SPEAKERS_TURN = re.compile(r"\s*(?:\d{1,2}\s+)?[A-Z][A-Z.'\u2019 -]{1,40}:\s")


# the office or firm a writer introduces themselves for, after their name: "this is Tomas Ybarra from Vista Loma
# Utilities", "I'm Ana Ruiz with Customer Care": staff, or a firm's
FOR_AN_OFFICE = re.compile(r"[ \t]*,?[ \t]*(?:from|with|at|of|here[ \t]+at)[ \t]+(?:the[ \t]+)?(?-i:[A-Z])[^.;!?\n]{0,60}?"
                            r"(?:\b(?:utilit(?:y|ies)|department|dept|office|customer[ \t]+(?:care|service)|billing|"
                            r"program|city|county|district|power|energy|electric|inc|llc|company|corp)\b)", re.I)
# a line in the writer's own words ("Please contact me: ...", "my true-up shows ...") or their contact line opening
# with its label ("Phone: ...  Email: ..."); not a transcript's running foot or another party's line on the page
_WRITERS_LINE = re.compile(r"(?i)\b(?:i|i'm|i\u2019m|me|my|we|our|us)\b|^\s*(?:phone|tel|telephone|cell|mobile|home|"
                           r"e-?mail)\b")
_SIGN_OFF_DASH = re.compile(r"\s*[-\u2013\u2014~]+\s*")


def _signed_off(text: str) -> bool:
    """A message's sign-off line: a name alone, maybe after a dash ("- Rafael Ocampo"); the message ends under it."""
    dash = _SIGN_OFF_DASH.match(text)
    return _name_alone(text[dash.end():] if dash else text)


def _opens_with_a_name(text: str) -> bool:
    """A line opening with a person's name and a comma ("Lucinda Brandt-Oyelaran, Pomona, 909 ..."): the next
    writer's card on a page of several messages, no line of the one above."""
    names = names_in(text, anchored=True)
    return bool(names) and names[0][0] == len(text) - len(text.lstrip()) and text[names[0][1]:].lstrip()[:1] == "," \
        and bool(person_name(text[names[0][0]:names[0][1]], strict=True))


# the recipient's line of a mail draft a mailto: link starts ("To: ana77@gmail.com" over "Subject: Re: account ...")
_DRAFT_RECIPIENT = re.compile(r"To: (?P<to>[^\n]+)\n")


def _mail_drafts_about_accounts(analysis: Analysis) -> None:
    """The recipient of a mail draft a link starts whose subject or body gives an account the identifier detectors
    found ("reply to the sender": To ana77@gmail.com, "Subject: Re: account 8-224-913-005 refund"): staff answer the
    account's holder about it, so the mailbox is the customer's, on a council agenda's late correspondence too. A
    draft to an office's or a role's mailbox ("billing@...") is the customer writing to the utility."""
    for segment in analysis.document.segments:
        recipient = segment.hidden == "link target" and _DRAFT_RECIPIENT.match(segment.text)
        if not recipient or not analysis.anchors_in(segment, recipient.end()):
            continue
        for mailbox in EMAIL_RE.finditer(segment.text, recipient.start("to"), recipient.end("to")):
            if not analysis.contacts.email_is_public(plain_email(mailbox.group()).lower(), analysis.document.url):
                analysis.add("email", segment, *mailbox.span(), "recipient of a mail draft about the account it names")


# the line a fax machine prints atop each page it sends: the sending number and its station's name, the receiver's
# number, the page ("APR-22-2024 08:41  FROM: 6268405987 M NAKAJIMA  TO: 19096202314  P.1/3")
_FAX_HEADER = re.compile(r"(?i)\bfrom\s*:?\s*(?P<number>\+?1?[\s.-]?\(?\d{3}\)?[\s.-]?\d{3}[\s.-]?\d{4})[ \t]+"
                         r"(?P<station>[A-Z][A-Za-z.'-]*(?:[ \t][A-Z][A-Za-z.'-]*){0,3})"
                         r"(?=[ \t]*(?:\t|[ \t]to\s*:|$))(?=.*(?:\bto\s*:|\bp(?:age|g)?\.?\s*\d+\s*/\s*\d+))")


def _fax_headers(analysis: Analysis, lines: list[Line]) -> None:
    """The sending number of a fax header whose station name is a customer the document names ("FROM: 626... M
    NAKAJIMA" over a claim signed by Mikako Nakajima): the customer's own fax or phone line. A station named for an
    office or a firm, or for no one the document calls a customer, says nothing of whose number it is."""
    surnames = {f.text.split()[-1].lower() for f in analysis.context.fields if f.kind == "name" and f.text.split()}
    if not surnames:
        return
    for line in lines:
        header = _FAX_HEADER.search(line.text) if "from" in line.text.lower() else None
        if header and header.group("station").split()[-1].lower() in surnames:
            analysis.add("phone", line.segment, line.start + header.start("number"), line.start + header.end("number"),
                         "fax header naming a customer's station")


def _running_lines(analysis: Analysis, lines: list[Line]) -> None:
    """A file's running header and footer belong to its letter: in a document that names an account, their line
    that calls itself the customer's ("Customer copy - 2388 Holt Ave #12, Pomona, CA 91766 - tel 626-623-8576",
    "cc: customer file (Ana Ruiz, 1234 W Holt Ave)") gives the customer's address and phone, and the private
    person it names before them is the customer (one named after them signs the line off: "- prepared by J. Lee").
    (A page's header and footer on a site are not read.)"""
    why = "customer's line in the running header or footer"
    for line in lines:
        if not (line.segment.chrome and not line.segment.hidden):
            continue
        _case_file_line(analysis, line)
        if "ollow" in line.text or "all" in line.text:
            for start, end in _follow_up_numbers(analysis, line):
                analysis.add("phone", line.segment, start, end, "callback owed in the running header or footer of a "
                                                                 "customer's case file")
        if CUSTOMER_ROLE.search(line.text) or _CASE_PARTY.search(line.text):
            fields = analysis.contact_fields([line])
            for kind, segment, start, end in fields:
                analysis.add(kind, segment, start, end, why)
            text = line.segment.text
            first = min((start for _, _, start, _ in fields), default=line.start)
            for start, end in names_in(text, line.start, first, anchored=True):
                if (person_name(text[start:end], strict=True) and not named_officially(text, start, end)
                        and not analysis.contacts.name_is_public(text[start:end])):
                    analysis.add("name", line.segment, start, end, why)


# the party of the case a running line may speak of instead of its customer: the constituent a council office refers,
# the complainant, appellant or claimant, the tenant ("Referral #381 | constituent tel. 1-626-...")
_CASE_PARTY = re.compile(r"(?i)\b(?:constituent|complainant|appellant|claimant|tenant)\b")


# a follow-up or callback owed at a number, its label right before it: "Follow-up pending: 626-747-5699", "Callback
# due - (909) ...", "Return call: ..."
_FOLLOW_UP_LABEL = re.compile(r"(?i)\b(?:follow[\s-]?up|call[\s-]?back|return[\s-]+call)(?:[ \t]+(?:pending|due|needed|"
                              r"requested|owed|open|at|to))?[ \t]*[:\u2013\u2014-]?[ \t]*$")


def _follow_up_numbers(analysis: Analysis, line: Line) -> list[tuple[int, int]]:
    """The numbers a running header or footer of a document that names an account gives as a callback or follow-up
    owed ("Fire Department | Follow-up pending: 626-747-5699"): a resident's of the case, no office's published line
    (an office's own number is one of the site's public contacts, or an office's word stands in its label: "Follow-up
    questions: Customer Care (833) ...")."""
    text, found = line.segment.text, []
    for start, end in phone_spans(text, line.start, line.end):
        label = _FOLLOW_UP_LABEL.search(text, max(line.start, start - 40), start)
        e164 = to_e164(text[start:end])
        if label and e164 and not analysis.contacts.phone_is_public(e164) and not public_cue(text[label.start():start]):
            found.append((start, end))
    return found


# a running header's or footer's file line: "Case file: Ana Ruiz / 7001234567", "Customer file - Ana Ruiz - 700123..."
_CASE_FILE = re.compile(r"(?i)[ \t]*(?:(?:case|customer|account|billing|claim)[ \t]+)?file[ \t]*(?:no\.?|#)?[ \t]*"
                        r"[:\u2013\u2014-][ \t]*")
_BARE_NUMBER = re.compile(r"(?<![\w-])\d{9,16}(?![\w-])")  # an account's digits run together, no date: "7001234567"


def _case_file_line(analysis: Analysis, line: Line) -> None:
    """A running header or footer that files its document under a person and a number ("Case file: Ana Ruiz /
    7001234567"), in a document that names an account: the customer's name and account, whom the file is kept on.
    A number written as a phone's ("(909) ...") is left to the phone detector; a file named for a project or a
    facility names no person."""
    text = line.segment.text
    label = _CASE_FILE.match(text, line.start)
    if not label:
        return
    names = [(a, b) for a, b in names_in(text, label.end(), line.end, anchored=True)
             if person_name(text[a:b], strict=True) and not named_officially(text, a, b)
             and not analysis.contacts.name_is_public(text[a:b])]
    numbers = [m.span() for m in _BARE_NUMBER.finditer(text, label.end(), line.end)]
    if len(names) == 1 and numbers:
        why = "person and number a running header or footer files the document under"
        analysis.add("name", line.segment, *names[0], why)
        for start, end in numbers:
            analysis.add("number", line.segment, start, end, why)


def _to_customers(analysis: Analysis, lines: list[Line]) -> None:
    """Letters from their salutation to their closing, and notices without a salutation, one page each."""
    page_start, pages = {}, []
    for i, line in enumerate(lines):
        page = page_of(line.segment)
        if page not in page_start:
            page_start[page] = i
            pages.append(page)
    salutations = [i for i, line in enumerate(lines) if SALUTATION_RE.match(line.text)]
    done = -1
    for n, i in enumerate(salutations):
        head = max(page_start[page_of(lines[i].segment)], done + 1)
        limit = salutations[n + 1] if n + 1 < len(salutations) else len(lines)
        if limit < len(lines) and page_start[page_of(lines[limit].segment)] > i:
            limit = page_start[page_of(lines[limit].segment)]  # a mail merge's next letter opens its own page
        done = _letter(analysis, lines, head, i, min(limit, i + _LETTER_LINES))
    lettered = {page_of(lines[i].segment) for i in salutations}
    bounds = [page_start[p] for p in pages] + [len(lines)]
    for page, start, stop in zip(pages, bounds, bounds[1:]):
        if page not in lettered:
            _letter(analysis, lines, start, None, stop)


# a packet's next section, in capitals: a letter without a closing ends before it
_SECTION_HEADING = re.compile(r"\s*(?=[^a-z]*$)(?=.*\b(?:ITEM|AGENDA|STAFF REPORT|RESOLUTION|ORDINANCE|MINUTES|ATTACHMENT|"
                              r"EXHIBIT|BUDGET|MEMORANDUM|MEMO|CONTRACT|AMENDMENT|PUBLIC HEARING|CONSENT CALENDAR)\b)"
                              r"[A-Z0-9][A-Z0-9 .,:;&/()#'\u2013\u2014-]{4,90}\s*")


# the word a greeting puts after the name: Korean "고객" (customer), the Chinese titles ("尊敬的吴伟强女士：", "先生")
_CUSTOMER_OR_TITLE_AFTER = re.compile(r"[ \t]*(?:고객|先生|女士|小姐|太太|阁下|閣下)$")


def _staff_signature(text: str) -> bool:
    """A letter signed with a member of staff's name and title and no closing word before it ("Luis Ortega,
    Customer Service Supervisor"): the letter ends there."""
    if len(text.strip()) > 90:
        return False
    names = names_in(text)
    return bool(names) and not text[:names[0][0]].strip() and named_officially(text, *names[0])


def _range(analysis: Analysis, lines: list[Line]) -> tuple[int, int]:
    """Where lines (in document order) start and end in the analysis' joined text."""
    first, last = lines[0], lines[-1]
    return analysis.offset(first.segment) + first.start, analysis.offset(last.segment) + last.end


def _plaque(analysis: Analysis, block: list) -> bool:
    """Whether an address block is a plaque's or a landmark list's, no addressee's: a line of it or beside it tells a
    history (``history``): "HOME OF" / "JUDGE HENRY S. DORSEY" / "1218 N. Garey Avenue" / "1888 - 1931"."""
    return any(public_story(analysis, line.segment, start, stop, strict=True) for _, line, start, stop in block)


def _addressee_named_in_full(analysis: Analysis, body: list[Line], greeted: str) -> None:
    """The full name of the customer a letter greets by title and surname, where its body gives it ("Dear Ms.
    Castellanos: ... your request ..., submitted by Quoc Bao Castellanos through the portal"): the same person. Not
    an official who shares the surname ("Councilmember Ana Castellanos")."""
    surname = greeted.split()[-1].strip(".,:;")
    if len(surname) < 3 or not surname[:1].isupper():
        return
    for line in body:
        text = line.segment.text
        for start, stop in names_in(text, line.start, line.end, anchored=True):
            words = text[start:stop].split()
            if len(words) >= 2 and words[-1].strip(".,") == surname and not in_a_role(text, start, stop) \
                    and not names_an_official(text[start:stop], analysis.officials) \
                    and not analysis.contacts.name_is_public(text[start:stop]):
                analysis.add("name", line.segment, start, stop, "full name of the customer a letter greets")


def _facility_chart_line(line: Line) -> bool:
    """Whether a line is a bar's of a chart whose title, the first line of its text, gives a City facility's use
    ("Monthly kWh for Central Library, 8871 W Goldenrod Ave" over "Jan 15,726 kWh"): the building's figures, which
    a page read as a notice to a customer shows beside the customer's, are no customer's."""
    text = line.segment.text
    first = text.find("\n")
    if first < 0 or line.start <= first:
        return False
    title = text[:first].rstrip()
    return facilitys_use(title, len(title))


def _letter(analysis: Analysis, lines: list[Line], head: int, salutation: int | None, end: int) -> int:
    """Judge one letter (or a notice without a salutation) and return the index of its last line. A
    customer record or label block on the page names the customer too."""
    first_body = head if salutation is None else salutation
    limit = end  # the closing cuts ``end`` short; a text box anchored below it is the letter's still
    closed = False
    for j in range(first_body, end):
        if CLOSING_RE.match(lines[j].text) or (j > first_body and _staff_signature(lines[j].text)):
            end, closed = j, True
            break
        if j > first_body and (_SECTION_HEADING.fullmatch(lines[j].text) or analysis.opens_a_message(lines[j])):
            end = j  # the packet's next item: "BUDGET AMENDMENT - Item 8.6"; a message pasted below the letter (a
            break  # records response's "From: Ana Ruiz ..."), whose words about an account are its writer's
    if end <= head:
        return head
    start, stop = _range(analysis, lines[head:end])
    page = page_of(lines[head].segment)
    cues = analysis.cues.find("customer", start, stop)
    identified = _identified(analysis, lines[head:end])
    # a letter that says no "your account" is a customer's still when an identifier in it says whose ("Dear
    # Patrick, We received your hardship application for Utility Acct ..."), if its closing ends it on its page
    # (without one, the "letter" runs on over the pages of a packet)
    whole = closed and page_of(lines[end].segment) == page_of(lines[head].segment)
    # a page of comments to a public body holds no letters to customers, but for staff's reply to one that speaks
    # of "your" account and gives its number ("Dear Ana Ruiz, I looked up the account ending 7206 ... your usage"),
    # printed in a council packet with the mails around it
    # so is one whose salutation names a person over their street and city lines and that gives an identifier
    # (``_home_under_salutation``): the addressee and their home, as a notice's address block over its account
    home = _home_under_salutation(analysis, lines, salutation, end) if salutation is not None and identified else []
    if (page in analysis.context.public_comment and not (
            salutation is not None and cues and _identified(analysis, lines[salutation:end]))) or not (
            cues or salutation is None or (identified and (whole or home))):
        return end - 1
    name = None
    if not cues and salutation is None:  # a bill or statement that says no "your": its address block over the account
        block, after = _address_block(analysis, lines, head, min(end, head + _BLOCK_LINES))
        block = [] if _plaque(analysis, block) else block
        printed = block and all(line.segment.label is None and not line.segment.hidden for _, line, _, _ in block)
        # the account above the block, beside it or just below it
        named = printed and (_identified(analysis, lines[head:after + _STATEMENT_GAP])
                             or _account_beside(analysis, block))
        if not named:
            return end - 1
    elif salutation is not None:
        match = SALUTATION_RE.match(lines[salutation].text)
        if match.group("name") and addressed_name(match.group("name")):  # a name in Latin letters
            name = (lines[salutation], match.start("name"), match.end("name"))
        elif other := next((g for g in ("cjk_name", "ko_name") if match.group(g)), None):
            # "尊敬的王秀英：", "최지은 고객님께": the name, without the word for customer a Korean greeting puts after it,
            # or the title a Chinese one does ("吴伟强女士"), unless the surname alone is left ("张先生" is the name)
            written = next((form for form in (_CUSTOMER_OR_TITLE_AFTER.sub("", match.group(other)), match.group(other))
                            if person_name(form, strict=False)), None)
            if written:
                name = (lines[salutation], match.start(other), match.start(other) + len(written))
        block = (_address_block(analysis, lines, head, salutation, match.group("name"))[0]
                 or _text_box_block(analysis, lines, head, limit)
                 or home)
        if name and not cues and not block and _inside_address(lines, head, salutation):
            name = None  # "Consumer Affairs Branch" / "505 Van Ness Ave" / ... / "Dear Ana Ruiz:": the office's staff
        if name and closed and _signed_by_block(lines, end, block):
            name = None  # the block is its writer's own, signed below: "Dear Zachary Rodriguez," greets staff
        if name and names_an_official(match.group("name") or "", analysis.officials):
            name = None  # "Attn: Zhiwei Pan, Program Manager" / "Dear Ms. Pan:": the letter greets the staff it names
        named = name or block or identified
    else:  # a notice: an address block at the top, and an account number or a past-due warning
        block = _address_block(analysis, lines, head, min(end, head + _BLOCK_LINES))[0]
        block = ([] if _plaque(analysis, block) else block) or _text_box_block(analysis, lines, head, limit)
        warned = any(NOTICE_CUE_RE.match(analysis.lower, position) for position in cues)
        named = block and (warned or identified or _account_beside(analysis, block))
    # a letter with a salutation may name its customer in a record on its page; a notice without one is a
    # customer's only by its own address block (a page of case notes, or a web page holding one record, is no notice)
    if not (named or (salutation is not None and page in analysis.anchor_pages)):
        return end - 1
    if name:
        line, start, stop = name
        analysis.add("name", line.segment, line.start + start, line.start + stop,
                     "salutation of a letter to a customer")
        _addressee_named_in_full(analysis, lines[salutation + 1:end], line.segment.text[line.start + start:line.start + stop])
    for kind, line, start, stop in block:
        analysis.add(kind, line.segment, start, stop, "address block of a letter to a customer")
    if salutation is not None:
        _addressee_mailbox(analysis, lines, max(head, salutation - _HEADER_LINES), salutation)
    _usage_history(analysis, lines[first_body:end])
    previous = None
    inside = _inside_address(lines, first_body, end)  # the office a customer's own letter is written to
    tariff = False  # in the rows of a rate table the letter or statement prints
    for line in lines[first_body:end]:
        cells = [cell for cell in COLUMN_GAP.split(line.text.strip()) if cell.strip()]
        tariff = len(cells) >= 2 and (tariff or bool(_RATE_TABLE_HEADER.fullmatch(cells[0])))
        if not _office_contact_line(line.text) and id(line) not in inside and not tariff \
                and not _facility_chart_line(line):
            analysis.add("zone", line.segment, line.start, line.end, "letter to a customer")
        text = line.segment.text
        own_mailbox = False  # the line gives the customer's own mailbox: a phone labelled beside it is theirs too
        for m in EMAIL_RE.finditer(text, line.start, line.end) if MAIL_HINT.search(text, line.start, line.end) else ():
            if (_YOUR_MAILBOX.search(text, max(line.start, m.start() - 60), m.start())
                    or _addressees_mailbox(analysis, line, m)) and \
                    not analysis.contacts.email_is_public(plain_email(m.group()), analysis.document.url):
                analysis.add("email", line.segment, *m.span(), "mailbox of the customer a letter is to")
                own_mailbox = True
        for start, stop in phone_spans(text, line.start, line.end):  # "... will call you at 562.835.8426"
            e164 = to_e164(text[start:stop])
            # the words before it, from the line above too where a line break cut them ("... reply to the phone" /
            # "number we have on file, (909) ...")
            before = text[max(line.start, start - 60):start]
            if len(before) < 60 and previous is not None:
                before = f"{previous.text[-(60 - len(before)):]} {before}"
            if e164 and not analysis.contacts.phone_is_public(e164) and (
                    _YOUR_NUMBER.search(before) or own_mailbox and (
                    _PHONE_LABEL_BEFORE.search(before) or translations.phone_label_before().search(before))):
                analysis.add("phone", line.segment, start, stop, "phone of the customer a letter is to")
        previous = line
    analysis.anchor_pages.add(page)
    return end - 1


# a phone's label right before the number, on a contact line that gives the customer's own mailbox too ("Phone: (951)
# 806-5621<tab>Email: ana@att.net" under a letter's address block; "qua số điện thoại ... hoặc email ..."), in English
# or Spanish here, in the other languages by ``translations.phone_label_before``
_PHONE_LABEL_BEFORE = phone_label_pattern(home=True)
_SOMEONE_ELSES_CLAUSE = 80  # how far back the words naming an office or a firm a mailbox is given for may stand


def _addressees_mailbox(analysis: Analysis, line: Line, match: re.Match) -> bool:
    """Whether a mailbox at a consumer provider in the body of a letter to a customer is the addressee's: a person's
    own, and no words give it to an office, a program or a firm ("contact our contractor, Sol Brite Inc., at ..."),
    whatever the letter says of it in whatever language ("we sent a copy to ...", "enviamos una copia a ...",
    "副本已发送至 ..."). The signer's line, which holds their official mailbox, is theirs."""
    if plain_email(match.group()).rpartition("@")[2].lower() not in PERSONAL_DOMAINS:
        return False
    text, url = line.segment.text, analysis.document.url
    if any(analysis.contacts.email_is_official(plain_email(m.group()), url)
           for m in EMAIL_RE.finditer(text, line.start, line.end)):
        return False
    before = clause_before(text, match.start(), _SOMEONE_ELSES_CLAUSE)
    return not (PUBLIC_CUE.search(before) or ORGANIZATION_CUE.search(before))


# the first column's header of a rate table a statement or a letter prints ("Rate class | On-peak | Off-peak", "Tier |
# kWh | Price"): its rows' kWh are a class's or a tier's, no customer's
_RATE_TABLE_HEADER = re.compile(r"(?i)\s*(?:(?:rate|customer|service)\s+)?(?:class|schedule|plan|tier)s?|rates?|tariffs?")


def _addressee_mailbox(analysis: Analysis, lines: list[Line], start: int, salutation: int) -> None:
    """The mailbox on the "To:" line of the header of an e-mail to a customer, right above its salutation ("To:
    ana.ruiz@aol.com" / "Subject: Your billing inquiry" / "Dear Ana Ruiz,"): the customer's own. Not a public one (a
    reply's copy to the City's office), and only the nearest "To:" line, below any "From:" line."""
    for line in reversed(lines[start:salutation]):
        if EMAIL_FROM_RE.match(line.text):
            return
        if line.text.lstrip()[:3].lower() == "to:":
            text = line.segment.text
            for m in EMAIL_RE.finditer(text, line.start, line.end):
                if not analysis.contacts.email_is_public(plain_email(m.group()), analysis.document.url):
                    analysis.add("email", line.segment, *m.span(), "mailbox of the customer a letter is to")
            return


def _usage_history(analysis: Analysis, lines: list[Line],
                   why: str = "usage history in a letter or statement to a customer") -> None:
    """A customer's usage history laid out in lines in their letter or statement: under a header line whose first
    column is a period and another a usage column ("Month  kWh  Avg/day"), each row's figure in each usage column (a
    commercial bill's "Max Demand (kW)" beside its "kWh"), counted from the right ("Jan 25  540  18.0": a month may take two words); and a total line ("Total kWh this period
    718")."""
    columns = None  # (the usage columns counted from the right, the number of columns after the period) under a header
    for line in lines:
        text = line.text
        total = _TOTAL_USAGE.match(text)
        if total:
            analysis.add("usage", line.segment, line.start + total.start(1), line.start + total.end(1), why)
        header = [c for c in (COLUMN_GAP.split(text.strip()) if COLUMN_GAP.search(text) else text.split()) if c]
        if len(header) >= 2 and _PERIOD_HEADER.fullmatch(header[0]):
            usage = [c for c in range(1, len(header)) if header_kind(header[c])[0] == "usage"]
            columns = (tuple(len(header) - 1 - c for c in usage), len(header) - 1) if usage else None
            continue
        figures = list(_FIGURE.finditer(text))
        trailing = []  # the figures that end the line, last first
        for figure in reversed(figures):
            if text[figure.end():(trailing[-1].start() if trailing else len(text))].strip():
                break
            trailing.append(figure)
        if columns is None or len(trailing) < columns[1] or not text[:trailing[columns[1] - 1].start()].strip():
            columns = None  # the table ends at a line that is not one of its rows
            continue
        for figure in (trailing[c] for c in columns[0]):  # each usage column's: "Max Demand (kW)" beside "kWh"
            if not figure.group().startswith("$"):
                analysis.add("usage", line.segment, line.start + figure.start(), line.start + figure.end(), why)


_HISTORY_HEADING_LINES = 2  # lines between an account's heading and its usage history's header ("Usage history (kWh)")
# the words a heading may give beside its account: its label, the history's title, a period ("SA 8000680838 -
# usage history, 2023"); a sentence naming an account beside a table of other figures is longer
_HEADING_WORDS = 8


def _histories_under_an_account(analysis: Analysis, lines: list[Line]) -> None:
    """A usage history printed under a heading that gives one account the identifier detectors found ("Service
    Account 8000680838" over "Bill date  Days  kWh  Amount" and its month rows, an exhibit of a customer's case in
    an agenda packet): its rows' bare figures are that account's use, the account's holder's record, the unit in
    the column's header only (see ``_usage_history``). Under the City's name or a facility's ("CITY OF ..." over the
    account, "Facility account ...", "Senior Center - SCE account ...") it is the City's own use, which it publishes; a
    table under no account (a program's or the city's months) is no one's."""
    for k, line in enumerate(lines):
        anchors = [a for a in analysis.anchors_in(line.segment, line.start, line.end) if a.kind == "account"]
        if len(anchors) != 1 or len(line.text.split()) > _HEADING_WORDS:
            continue
        header = next((i for i in range(k + 1, min(len(lines), k + 2 + _HISTORY_HEADING_LINES))
                       if _history_header(lines[i].text)), None)
        if header is None or any(CITY_ITSELF.match(above.text) or _names_a_facility(above.text)
                                 or FACILITY_NAMED.search(above.text) for above in lines[max(0, k - 1):header]):
            continue
        _usage_history(analysis, lines[header:], "usage history under its account's heading")


# a firm's legal form, which ``FACILITY_CUE`` counts as a place's word: a business customer's heading ("Key Account
# Load Detail - Rancho Plastics Inc." over its service account) names no facility of the City's
_FIRM_FORM = re.compile(r"(?i)inc|llc|corp|company")


def _names_a_facility(text: str) -> bool:
    """Whether a heading names a building or an office (``FACILITY_CUE``) by more than a firm's legal form."""
    return any(not _FIRM_FORM.fullmatch(m.group()) for m in FACILITY_CUE.finditer(text))


def _history_header(text: str) -> bool:
    """Whether a line is a usage history's header: its first column a period, another a usage column."""
    header = [c for c in (COLUMN_GAP.split(text.strip()) if COLUMN_GAP.search(text) else text.split()) if c]
    return (len(header) >= 2 and bool(_PERIOD_HEADER.fullmatch(header[0]))
            and any(header_kind(cell)[0] == "usage" for cell in header[1:]))


def _home_under_salutation(analysis: Analysis, lines: list[Line], salutation: int, end: int) -> list:
    """The street line (and its city line) right under a salutation that names a person: the addressee's home, where a
    letter sets its inside address under the greeting ("Kính gửi Đặng Thu Trang" / "3910 Tamarind Ave." / "Paloma
    Quebrada, CA 91762", as Vietnamese letters write "Kính gửi:" over the addressee's name and address); not a public
    address (the City's office a customer writes to)."""
    match = SALUTATION_RE.match(lines[salutation].text)
    if salutation + 1 >= end or not (match.group("name") and addressed_name(match.group("name"))):
        return []
    street = _column(lines[salutation + 1])
    if not opens_an_address(street.text) or analysis.contacts.address_is_public(street.text):
        return []
    city = salutation + 2 < end and CITY_LINE_RE.fullmatch(_column(lines[salutation + 2]).text)
    if not (city or ADDRESS_RE.match(street.text.strip())):
        return []
    stop = lines[salutation + 2].start + len(_column(lines[salutation + 2]).text) if (
        city and lines[salutation + 2].segment is street.segment) else street.end
    return [("address", street, street.start, stop)]


def _signed_by_block(lines: list[Line], closing: int, block: list) -> bool:
    """Whether the name of a letter's address block signs it under its closing (line ``closing``): the block is
    its writer's, a customer writing to the utility, and the salutation greets the utility's staff."""
    names = {line.segment.text[a:b].strip().lower() for kind, line, a, b in block if kind == "name"}
    return any(line.text.strip().lower() in names for line in lines[closing + 1:closing + 1 + _SIGNATURE_LINES])


def _column(line: Line) -> Line:
    """A line's first column: a statement printed in two columns sets the account beside the address block
    ("GABRIEL LEE        Customer account 3-511-5552-27")."""
    gap = COLUMN_GAP.search(line.segment.text, line.start, line.end)
    return Line(line.segment, line.start, gap.start()) if gap and gap.start() > line.start else line


# the last word of an agency's unit, a line of its inside address under the agency's name: "Consumer Affairs Branch"
_OFFICE_UNIT = re.compile(r"\b(?:branch|section|unit|bureau|division|desk|office|affairs|relations)\s*$", re.IGNORECASE)


def _address_block(analysis: Analysis, lines: list[Line], head: int, stop: int,
                   greeted: str | None = None) -> tuple[list, int]:
    """A person's name line over a street line or a post-office box (and its city line; a box always has one) before
    a letter's salutation, and the index of the line after the block; a letterhead's address has the City's name
    above it instead, a vendor's remit-to block a firm's name or a "Remit to:" line, an agency's inside address its
    unit under its name ("California Public Utilities Commission" / "Consumer Affairs Branch" / "505 Van Ness
    Avenue"). A name the salutation ``greeted`` by one of its words is the addressee's, whatever a firm's parser
    makes of it ("Maricel Magbanua" / ... / "Mahal na Maricel,")."""
    found, after = [], head
    for k in range(head + 1, stop):
        street, above = _column(lines[k]), _column(lines[k - 1])
        if (not opens_an_address(street.text) or not addressed_name(above.text)
                or (business_name(above.text) and not _greets(greeted, above.text))
                or analysis.contacts.address_is_public(street.text)
                or (k > 1 and _SENDER_LINE.search(lines[k - 2].text))
                or (k > 1 and _OFFICE_UNIT.search(above.text) and _office_line(lines[k - 2].text))):
            continue
        city = k + 1 < len(lines) and CITY_LINE_RE.fullmatch(_column(lines[k + 1]).text)
        if not (city or ADDRESS_RE.match(street.text.strip())):
            continue
        end = lines[k + 1].start + len(_column(lines[k + 1]).text) if (
            city and lines[k + 1].segment is street.segment) else street.end
        found += [("name", above, above.start, above.end), ("address", street, street.start, end)]
        after = k + 2 if city else k + 1
    return found, after


# a salutation's titles and the words joining two of them ("Dear Mr. and Mrs. Lindqvist"): no word of the name
_GREETING_TITLES = frozenset("mr mrs ms miss mx dr sr sra srta and &".split())


def _greets(greeted: str | None, name: str) -> bool:
    """Whether a salutation's name is a word of ``name``, or all of it ("Maricel" of "Maricel Magbanua"), its titles
    aside ("Ms. Lindqvist" of "Ezekiel Lindqvist")."""
    words = name.lower().split()
    written = (greeted or "").lower().replace(".", " ").split()
    greeting = [word for word in written if word not in _GREETING_TITLES]
    if len(greeting) < len(written) and named_as_a_business(name):
        return False  # "Hamilton Hardware" / ... / "Dear Mr. Hamilton:": the owner of the firm written to
    return bool(greeting) and all(word in words for word in greeting)


# the text box a Word paragraph is read from: "paragraph 8 > text box 1 > paragraph 2" is in "paragraph 8 > text box 1"
_TEXT_BOX = re.compile(r".*?> text box \d+(?= > )")


def _text_box_block(analysis: Analysis, lines: list[Line], start: int, stop: int) -> list:
    """An address block typed into a text box of a letter's page (``_address_block``, read within the box): a window
    envelope's address, which Word places where the envelope's window shows it whichever paragraph anchors the box,
    so its lines are read at that paragraph, after the closing as often as before the salutation."""
    page = page_of(lines[start].segment)
    boxes: dict[str, list[int]] = {}
    for k in range(start, stop):
        if page_of(lines[k].segment) != page:
            break
        box = _TEXT_BOX.match(lines[k].segment.location.element or "")
        if box:
            boxes.setdefault(box.group(), []).append(k)
    for box_lines in boxes.values():
        block = _address_block(analysis, lines, box_lines[0], box_lines[-1] + 1)[0]
        if block:
            return block
    return []


# -- letters and e-mails from a person ----------------------------------------------------------------

# a fax cover's or a memo's header that sets its "TO:" and "FROM:" fields side by side on one line, a tab or a wide gap
# between them ("TO: City Clerk<tab>FROM: Mei-Ling Tsai"): the "FROM:" field is read as a sender line of its own
_TO_CELL = re.compile(r"(?i)[ \t]*to[ \t]*:[^\t\n]{1,60}?(?:\t|[ \t]{3,})[ \t]*(?=from[ \t]*:)")


def _from_beside_to(text: str) -> re.Match | None:
    """The "FROM:" field after a "TO:" field on the same header line, matched as ``EMAIL_FROM_RE`` matches a line."""
    to = _TO_CELL.match(text) if "from" in text.lower() else None
    return EMAIL_FROM_RE.match(text, to.end()) if to else None


def _from_writers(analysis: Analysis, lines: list[Line]) -> None:
    """The writer of a letter (the name under its closing) or a printed e-mail (its "From:" line) whose
    body holds an identifier."""
    opened = None  # the line of the salutation of the letter being read, if no closing has ended it
    closed = 0  # the line after the last closing: a letter without a salutation starts no earlier
    read_to = 0  # the line after the last e-mail read from its "From:" line (a quoted message in it is read there)
    for i, line in enumerate(lines):
        sender = EMAIL_FROM_RE.match(line.text) or _from_beside_to(line.text)
        if not sender and message_mark(line.text, lines[i - 1].text if i else None) == "subject":
            # a message printed without its sender ("Subject: Re: meter test" / its body / "--" / "Ana Ruiz"): its
            # signature names them; the letter it may hold is read below as any letter is
            _e_mail(analysis, lines, i, None, _until(lines, i + 1, lambda k: EMAIL_FROM_RE.match(lines[k].text)
                                                     or _out_of_its_quote(lines, i, k)
                                                     or COMPILED_ITEM.fullmatch(lines[k].text)
                                                     or analysis.opens_a_message(lines[k], False)
                                                     or _report_resumes(lines[k].text), page_of(line.segment)))
        if sender:
            closed = i  # an e-mail's header opens a text: a letter signed below it starts no higher
            # its body ends where the next message opens; a reply's quotation below it is read with it (a
            # customer's "Yes, go ahead." over staff's "On ..., Ana Lee wrote: > your account 3-110-...")
            body = read_to = _until(lines, i + 1, lambda k: EMAIL_FROM_RE.match(lines[k].text)
                                    or _out_of_its_quote(lines, i, k) or COMPILED_ITEM.fullmatch(lines[k].text)
                                    or analysis.opens_a_message(lines[k], False) or _report_resumes(lines[k].text),
                                    page_of(line.segment))
            if _from_the_city(analysis, line.text):
                _forwarded(analysis, lines, i + 1, body)
                _reply_to_a_customer(analysis, lines, i + 1, body)
            else:
                _e_mail(analysis, lines, i, sender, body)
        elif i >= read_to and (quoted := _QUOTED_WRITER.search(line.text)):
            # a reply's quotation pasted without its header ("On April 20, Ana Ruiz <aruiz@yahoo.com> wrote:"): its
            # writer is named as a "From:" line names them
            closed = i
            body = _until(lines, i + 1, lambda k: EMAIL_FROM_RE.match(lines[k].text) or _out_of_its_quote(lines, i, k)
                          or _QUOTED_WRITER.search(lines[k].text) or COMPILED_ITEM.fullmatch(lines[k].text)
                          or analysis.opens_a_message(lines[k]), page_of(line.segment))
            _e_mail(analysis, lines, i, quoted, body)
        elif analysis.opens_a_message(line):  # "Subject: ..." under the last message: a letter signed below starts no higher
            closed, opened = i, None
        elif SALUTATION_RE.match(line.text) or ADDRESSEE_RE.match(line.text):
            opened = i
        elif (closing := CLOSING_RE.match(line.text)) or (opened is not None and (
                _signed_as_headed(lines, opened, i) or _signed_by_sender_block(lines, opened, i)
                or _signed_under_body(lines, opened, i))):
            signed = i + 1 if closing else i  # the first line of the signature
            # the letter from its salutation, and the reference line above it ("RE: Account ..."), on the closing's
            # page or the one before it (a two-page letter: its account in the first page's body, its closing on the
            # second); without one ("To Pomona Choice Energy," or a pasted e-mail's body), the lines before the
            # closing on its page
            top = max(closed, _reference_top(lines, opened) if opened is not None else i - _UNOPENED_LINES)
            pages = (page_of(line.segment), *([page_of(lines[opened].segment)] if opened is not None else []))
            if opened is None or len({page_of(k.segment) for k in lines[top:i + 1]}) > 2:
                pages = pages[:1]
            top = next(k for k in range(top, i + 1) if page_of(lines[k].segment) in pages)
            salutation, (opened, closed_before, closed) = opened, (None, closed, i + 1)
            # a letter headed and signed with its writer's name (no closing word) is a private person's own, whatever
            # words it speaks of the account in ("Subject: meter access - acct # ..." / "... my side yard")
            # a letter giving no identifier may still be its writer's record: a customer who gives their own usage
            # and their home ("My February bill shows 2,729 kWh" over the sender block's street), checked below
            by_usage = not _identified(analysis, lines[top:i]) and _tells_own_usage(lines[top:i]) and not (
                _introduced_as_no_record(lines, top, salutation))
            if i - top > _LETTER_LINES or not (by_usage or _identified(analysis, lines[top:i])) or not (
                    _speaks_of_own(lines[top:i]) or not closing):
                continue
            # the lines under the closing on its page, down to the next message ("Ana Ruiz" / "(909) ..." / "From:
            # Lee Park <lpark@...>": the next writer's mailbox is no part of the signature) or the page's running
            # text that goes on below the letter ("For questions contact Ana Ruiz, Community Power, at (760) ...")
            signature = lines[signed:_until(lines, signed, lambda k: k >= signed + _SIGNATURE_LINES or (
                k > signed and (analysis.opens_a_message(lines[k]) or running_text_line(lines[k].text))),
                page_of(line.segment))]
            if closing and (after := _SIGNED_AFTER_CLOSING.fullmatch(line.text, closing.start("after"))):
                # signed on the closing's own line ("Sincerely, Dalia Villanueva"): the signature starts there
                signature = [Line(line.segment, line.start + after.start("name"), line.end), *signature]
            signer = _signer(signature)
            if signer:
                s, a, b = signer
                writer = (s, a - s.start, b - s.start)
                # the letter opens with its writer's name over their address, below the last one's signature
                top = next((k for k in range(top, i) if lines[k].text.strip() == s.segment.text[a:b]), top)
                sender = _sender_block(lines, top, max(closed_before, top - _SENDER_LINES), s.segment.text[a:b])
            elif not _names_anyone(signature[:2]) and (
                    headed := _headed_by_writer(lines, top, max(closed_before, top - _SENDER_LINES), i)) is not None:
                # the name under the closing is unreadable (a signature scanned over the typed name: "Ga\tuetra"):
                # the sender block the letter opens with names its writer, over their street address
                writer = (lines[headed], 0, len(lines[headed].text))
                sender = _sender_block(lines, top, max(closed_before, top - _SENDER_LINES), lines[headed].text.strip())
            else:
                continue
            inside = _inside_address(lines, top, i)
            contacts = sender + [k for k in lines[top:i] if id(k) not in inside] + signature
            if by_usage and (OWN_BUSINESS_RE.search(" ".join(k.text for k in lines[top:i])) or not any(
                    kind == "address" for kind, *_ in analysis.contact_fields(contacts))):
                continue  # a firm's bill, or a usage with no home given: no one's customer record
            why = "letter from a customer giving their own usage" if by_usage else \
                "letter from a customer giving an identifier"
            _writer(analysis, *writer, why)
            _contacts(analysis, contacts, why)


def _reference_top(lines: list[Line], opened: int) -> int:
    """The first line of a letter from its salutation up: the reference lines above it ("RE: Account 3-221-4410-17"),
    up to the running text of what the page gives before the letter, which is no part of it: a paragraph's line, or
    the rest of its sentence a wrap carried onto a line of its own ("... used 422,016 kWh in FY 2024-25 after the LED"
    / "retrofit." / "Dear Mayor ...")."""
    top = opened
    while top > max(0, opened - _REFERENCE_LINES) and not running_text_line(lines[top - 1].text) \
            and not lines[top - 1].text.lstrip()[:1].islower():
        top -= 1
    return top


def _introduced_as_no_record(lines: list[Line], top: int, salutation: int | None) -> bool:
    """Whether the lines that introduce a letter (above its salutation, or the line right above it on its page)
    say it is no customer's record (``public_people.made_up_or_another_kind``): a template, a sample, a hypothetical
    customer's ("Use this template to write to us:", "Sample letter:"). Not whether a firm is named there: the
    addressee may stand above the salutation. The letter's own words are its writer's: "Imagine my surprise when my
    bill came" is a customer's."""
    start = top if salutation is not None and salutation > top else top - 1
    end = salutation if salutation is not None and salutation > top else top
    lead = [k for k in lines[max(0, start):end] if page_of(k.segment) == page_of(lines[top].segment)]
    return bool(lead) and made_up_or_another_kind(" ".join(k.text for k in lead))


# the name a writer signs on the closing's own line, after its comma: "Sincerely, Dalia Villanueva"
_SIGNED_AFTER_CLOSING = re.compile(r"[ \t]*[,.:;\u2013\u2014-][ \t]*(?P<name>\S.*)")


def _signer(signature: list[Line]) -> tuple[Line, int, int] | None:
    """The writer's name in the first two lines under a closing, whatever list has it, and its span in its segment;
    None when none is there or staff signed ("Lorna Fitzgerald, Customer Service Supervisor", or the title on the
    line below): what follows is no writer. A line opening with a house number is the writer's home, whose words after
    the street are its city's ("10349 Lantana Ln, Santa Lucerna"); the first line alone, a person's name no other reading
    finds ("Brisa Ishikawa"), is the writer's."""
    for k, s in enumerate(signature[:2]):
        text = s.segment.text
        if ADDRESS_RE.match(s.text.strip()):
            continue
        names = [(a, b) for a, b in names_in(text, s.start, s.end, anchored=True)
                 if person_name(text[a:b], strict=True)]
        names = names or [span for span in [signature_name(text, s.start, s.end)] if span]
        if not names and not k and _whole_line_name(s.text):
            names = [(s.start + len(s.text) - len(s.text.lstrip()), s.start + len(s.text.rstrip()))]
        below = signature[k + 1].text.strip() if k + 1 < len(signature) else ""
        if names and all(named_officially(text, a, b) or _titled_below(text[a:b], below) for a, b in names):
            return None
        names = [(a, b) for a, b in names if not named_officially(text, a, b)]
        if names:
            return s, *names[0]
    return None


def _whole_line_name(text: str) -> bool:
    """A line that is a given name and a surname and nothing else, read so as a whole and by no firm's words."""
    words = text.split()
    return len(words) == 2 and not any(c.isdigit() for c in text) and person_name(text, strict=True) is not None \
        and not _firm_line(text.strip())


def _names_anyone(lines: list[Line]) -> bool:
    """Whether any of ``lines`` holds a person's name as a signature would (a writer's or staff's)."""
    return any(any(person_name(s.segment.text[a:b], strict=True) for a, b in names_in(s.segment.text, s.start, s.end,
                                                                                       anchored=True))
               or signature_name(s.segment.text, s.start, s.end) for s in lines)


def _headed_by_writer(lines: list[Line], top: int, earliest: int, closing: int) -> int | None:
    """The line of a letter's sender block, within ``_SENDER_LINES`` of ``top`` and above its ``closing``, that is only
    a person's name over their street address ("Nia Okafor" / "1712 W. Holt Ave" / "Pomona, CA 91766"), on the page
    of ``top``; None without one. An inside address to an office opens with the office's name, not a person's."""
    page = page_of(lines[top].segment) if top < len(lines) else None
    for k in range(max(earliest, 0), min(top + _SENDER_LINES, closing)):
        text = lines[k].text.strip()
        if (page_of(lines[k].segment) == page and k + 1 < len(lines) and opens_an_address(lines[k + 1].text.strip())
                and person_name(text, strict=True) and names_in(text, anchored=True) == [(0, len(text))]):
            return k
    return None


def _signed_as_headed(lines: list[Line], opened: int, i: int) -> bool:
    """A letter signed with no closing word: its line ``i`` is only a person's name, the name its sender block
    opens with above the salutation ("Jerzy Rose" / "6094 Live Oak Ct" / ... / "To the Mayor and Council:" / ... /
    "Jerzy Rose")."""
    text, page = lines[i].text.strip(), page_of(lines[i].segment)
    # the cheap test first: a line of the letter that repeats one above it (it runs for every line while a letter is open)
    return i > opened and any(lines[k].text.strip() == text and page_of(lines[k].segment) == page
                              for k in range(max(0, opened - _SENDER_LINES), opened)) and bool(
        person_name(text, strict=True)) and names_in(text, anchored=True) == [(0, len(text))]


def _signed_by_sender_block(lines: list[Line], opened: int, i: int) -> bool:
    """A letter signed with no closing word by its writer's sender block under the body: line ``i`` is only a person's
    name, the next line on its page opens their street address, and the body between the salutation and it speaks of
    the writer's own account or bill ("Dear Council Members," / "I am writing about my bill. My account is ..." / "Ana
    Ruiz" / "1712 W Holt Ave" / "(909) ..."), whoever the letter is addressed to, the name a given one the lists may
    not hold ("Perpetua Zapata"). Staff's letter to a customer, signed over the office's address, speaks of "your"
    account."""
    text = lines[i].text.strip()
    return (i > opened + 1 and i + 1 < len(lines) and page_of(lines[i + 1].segment) == page_of(lines[i].segment)
            and len(text) <= 40 and opens_an_address(lines[i + 1].text.strip())
            and bool(person_name(text, strict=True))
            and (names_in(text, anchored=True) == [(0, len(text))]
                 or name_over_a_listed_surname(text) and not CLOSING_RE.match(text))
            and _speaks_of_own(lines[opened + 1:i]))


def _signed_under_body(lines: list[Line], opened: int, i: int) -> bool:
    """A letter signed with no closing word and no sender block: line ``i`` is only a person's name, right under the
    body's last sentence, and ends the letter (its page ends, or a heading in capitals follows: the packet's next
    attachment), and the body speaks of the writer's own account or bill ("Dear Council," / "... My account number
    is ... Please have someone call me at ..." / "Mei Huang" / "ATTACHMENT D -- ...")."""
    text = lines[i].text.strip()
    if not (i > opened + 1 and len(text) <= 40 and lines[i - 1].text.rstrip().endswith((".", "!", "?"))):
        return False
    last = i + 1 == len(lines) or page_of(lines[i + 1].segment) != page_of(lines[i].segment)
    heading = not last and _CAPITALS_HEADING.match(lines[i + 1].text.strip()) is not None
    return ((last or heading) and bool(person_name(text, strict=True))
            and names_in(text, anchored=True) == [(0, len(text))] and _speaks_of_own(lines[opened + 1:i]))


# a heading in capitals that opens the next part of a document: "ATTACHMENT D -- AMP ENROLLMENTS", "ITEM 10: ..."
_CAPITALS_HEADING = re.compile(r"[A-Z0-9][A-Z0-9 .,:;&/()'\u2013\u2014-]{5,}(?:$|[ \t]*[\u2013\u2014-]{1,2}[ \t])")


# an e-mail's recipients ("To: Utility Commission <commission@hrlw.org>"): the utility's mailboxes, not the writer's
_RECIPIENT_LINE = re.compile(r"(?i)\s*(?:to|cc|bcc|para|cc\s*/\s*bcc)\s*:")
_SENDER_LINES = 8  # a letter's sender block above its date and addressee: name, street, city line


# where a letter's sender block ends: its date line ("October 28, 2026", "10/28/2026") or the first line of the
# inside address, an office's ("ABMU Customer Service" over "P.O. Box 1180": the utility's, not the writer's)
_DATE_LINE = re.compile(r"(?i)\s*(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2},?\s+\d{4}"
                        r"|\d{1,2}/\d{1,2}/\d{2,4})\s*")


def _sender_block(lines: list[Line], top: int, earliest: int, writer: str) -> list[Line]:
    """The lines from the writer's own name at the head of their letter (the sender block above the date:
    "Nicole Price" / "4411 Riverside Dr" / "Harlan Rapids, WI 54309") down to the date or the inside address below
    it, or none."""
    page = page_of(lines[top].segment) if top < len(lines) else None
    for k in range(top - 1, max(earliest, 0) - 1, -1):
        if page_of(lines[k].segment) != page:
            break
        if lines[k].text.strip() == writer:
            end = next((j for j in range(k + 1, top) if _DATE_LINE.fullmatch(lines[j].text) or _office_line(lines[j].text)),
                       top)
            return lines[k:end]
    return []


# an inside address's attention line ("Attn: Billing", "Attention: Customer Accounts"): an office is written to
_ATTENTION = re.compile(r"(?i)\s*(?:attn|attention)\b\.?\s*:?")
# a utility's own name: "Quarry Harbor Municipal Light Plant", "Pinyon Valley Power & Light", "... Electric Cooperative"
_UTILITY_NAME = re.compile(r"(?i)\b(?:light\s+plant|power\s+(?:&|and)\s+light|light\s+(?:&|and)\s+power|"
                           r"electric(?:al)?\s+(?:cooperative|co-?op|department|utility|company|system)|"
                           r"(?:municipal|public)\s+(?:light|power|electric|utilities|utility)|"
                           # a community choice aggregator: "Sonoma Clean Power", "Desert Community Power", "... Power
                           # Authority" ("... Clean Energy" and "... Choice Energy" are read by PUBLIC_CUE's "energy")
                           r"(?:clean|community|choice)\s+power|power\s+authority)\b")


_OFFICE_LINE_WORDS = 10  # an office's name is short: a longer line is a paragraph's ("... from Southern California
# Edison. The meter at" / "1212 N. Orange Grove Ave. recorded ...")


def _office_line(text: str) -> bool:
    """A line naming an office or a firm, with no number in it: an inside address's first line ("ABMU Customer
    Service", "City of Harlan Rapids Utilities", a utility's name) or its attention line ("Attn: Billing"), not a
    street's or a phone's line ("12 Park Ave"), nor a sentence's line that names an office."""
    return not any(c.isdigit() for c in text) and len(text.split()) <= _OFFICE_LINE_WORDS and bool(
        PUBLIC_CUE.search(text) or FACILITY_CUE.search(text) or _ATTENTION.match(text) or _UTILITY_NAME.search(text))


# where a footer's or a letterhead's fields part: "Red Butte Light & Water · 420 N. Copper Ave. · (575) ..."
_FOOTER_FIELD = re.compile(r"\s+[\u00b7|\u2022\u2013\u2014-]\s+|\s*[,;]\s+(?=\d)")


def _office_contact_line(text: str) -> bool:
    """A notice's footer or letterhead line that opens with the office's name and goes on with its street address
    ("Red Butte Municipal Light & Water · 420 N. Copper Ave., Red Butte, NM 88041 · (575) 388-2100"): the
    sender's own contacts, no zone of the customer's, though it stands below the customer's paragraph."""
    fields = _FOOTER_FIELD.split(text.strip(), maxsplit=1)
    return len(fields) == 2 and _office_line(fields[0]) and bool(ADDRESS_RE.match(fields[1]) or PO_BOX.match(fields[1]))


# where a running header's or footer's fields part: "City of Red Butte | 420 N. Copper Ave. | Phone: ...",
# "Red Butte Clean Power, Address: ..."
_RUNNING_FIELD = re.compile(r"\s*[|\u00b7\u2022]\s*|\s+[\u2013\u2014-]\s+|,\s+")


def office_letterhead(lines: list[str]) -> bool:
    """Whether the lines of a file's running header or footer are an organisation's letterhead or contact block: a
    line, or a field of one, names the City, an office, a department or a utility ("City of Red Butte | 420 N. Copper
    Ave. | Phone: (575) ...", "Utilities Department" over "Tel: ..."), and none speaks of a customer. Printed on each
    page of every letter the office sends, its address, phone and mailbox are the office's own, though the page
    is a customer's case; a case file's footer that names the customer ("Re: customer Ana Ruiz, Phone: ...") is not
    the office's."""
    if any(CUSTOMER_ROLE.search(line) for line in lines):
        return False
    return any(_office_line(field) for line in lines for field in _RUNNING_FIELD.split(line.strip()) if field)


_INSIDE_ADDRESS_LINES = 3  # under an office's name: its street or box, its city line
_LETTERHEAD_TOP = 2  # lines of a page above the office's name in a letterhead at most: a seal's caption, a title


_TITLE_LOWER_WORDS = 2  # lower-case words of an office's name ("City of ...", "Department of Public Works") at most


def _title_cased(text: str) -> bool:
    """Whether a line is written as a name is, its words capitalised but a few ("City of Lakeport - Utility Billing"),
    not as a sentence that names an office ("my service address is")."""
    return sum(word[:1].islower() for word in text.split()) <= _TITLE_LOWER_WORDS


# an office's unit named for the customers it serves ("Attn: ..., Customer Escalations", "Customer Care"): no customer
_CUSTOMERS_OFFICE = re.compile(r"(?i)\bcustomer\s+(?:escalations|care|service|services|relations|accounts|support|"
                               r"programs|operations)\b")


def letterhead_address(analysis: Analysis, segment: Segment) -> bool:
    """Whether ``segment`` is a line of the address under an office's name at the top of its page (a letter's or a
    notice's letterhead: "City of Red Butte - Utility Billing" / "420 N. Copper Ave., Red Butte, NM 88041"): the
    sender's own address, not the customer's the letter goes on to give under its labels."""
    if not opens_an_address(segment.text) and not CITY_LINE_RE.fullmatch(segment.text) and not PO_BOX.match(
            segment.text):  # (or its box: "Southern California Edison" / "Attn: ..." / "P.O. Box 800")
        return False
    segments, index = analysis.segments, analysis.segment_index
    k = index.get(id(segment))
    if k is None:
        return False
    page = page_of(segment)
    for j in range(k - 1, max(-1, k - 1 - _INSIDE_ADDRESS_LINES), -1):
        line = segments[j]
        if page_of(line) != page:
            return False
        if _office_line(line.text) and _title_cased(line.text):
            above = [s for s in segments[max(0, j - _LETTERHEAD_TOP - 1):j] if page_of(s) == page]
            return len(above) <= _LETTERHEAD_TOP and not any(CUSTOMER_ROLE.search(_CUSTOMERS_OFFICE.sub("", s.text))
                                                             for s in segments[j:k])
        if not (opens_an_address(line.text) or CITY_LINE_RE.fullmatch(line.text) or PO_BOX.match(line.text)):
            return False
    return False


def _inside_address(lines: list[Line], start: int, stop: int) -> set[int]:
    """``id`` of the lines of the letter's inside address, the office it is written to ("ABMU Customer Service" /
    "P.O. Box 1180" / "Altamaha Bluff, GA 31599"), from an office's line a few lines above ``start`` to ``stop``:
    the utility's address, not the writer's."""
    found = set()
    for k in range(max(0, start - _INSIDE_ADDRESS_LINES), stop):
        if _office_line(lines[k].text) and not SALUTATION_RE.match(lines[k].text):
            for below in lines[k + 1:k + 1 + _INSIDE_ADDRESS_LINES]:
                if page_of(below.segment) != page_of(lines[k].segment) or not (
                        opens_an_address(below.text) or CITY_LINE_RE.fullmatch(below.text)
                        or _OFFICE_UNIT.search(below.text)):  # "Consumer Affairs Branch" under the agency's name
                    break
                found.add(id(below))
    return found


def _e_mail(analysis: Analysis, lines: list[Line], i: int, sender: re.Match | None, body: int) -> None:
    """The e-mail whose sender line (or subject line, ``sender`` None) is ``lines[i]`` and whose body runs to
    ``body``: a customer's when it gives an identifier, or their usage from a person's own mailbox, and speaks of their
    own account; or when it gives an identifier from a mailbox at a consumer provider ("From: Gunbir Kent
    <gkent12@outlook.com>" ... "I'm moving out of 3710 Hamilton Blvd. Account 2-48-...": whose else would it be); or
    when a person tells their own case as a customer with their home or phone (``_own_case_at_home``). A staff
    member's signature under the writer's own (``_forwarders_signature``) is no part of it."""
    line = lines[i]
    if sender and _between_colleagues(lines, i):
        return
    body = _forwarders_signature(analysis, lines, i + 1, body)
    identified = (_identified(analysis, lines[i + 1:body]) or _own_number_given(analysis, lines[i + 1:body])
                  or _identified_in_records(analysis, lines, i, body))
    signed_at_home = _from_a_consumer_mailbox(line.text) and _signed_with_home(analysis, lines, i + 1, body)
    if (identified or signed_at_home or (_own_usage(lines[i + 1:body]) and _from_a_person(analysis, line.text))) and (
            _speaks_of_own(lines[i + 1:body]) or identified and _from_a_consumer_mailbox(line.text)) or (
            _from_a_person(analysis, line.text) and (_own_case_at_home(analysis, lines[i + 1:body])
                                                     or _own_bill_appeal(analysis, lines[i + 1:body]))):
        why = "e-mail from a customer giving an identifier or their usage"
        if sender and sender.group("name") and person_name(sender.group("name"), strict=True):
            _writer(analysis, line, *sender.span("name"), why)
        elif signer := _signer(_signature(lines, i + 1, body)) or _named_by_mailbox(line.text, lines[i + 1:body]):
            # "From: ana52@isp.net" ... "Thanks," / "Ana Ruiz"; "From: hhendricks@..." ... "Heather Hendricks"
            s, a, b = signer
            _writer(analysis, s, a - s.start, b - s.start, why)
        elif introduced := _introduced_writer(lines[i + 1:body]):  # "From: ana52@isp.net" ... "I am Ana Ruiz, ..."
            _writer(analysis, *introduced, why)
        staff = _office_replies_quoted(analysis, lines, i, body)
        _contacts(analysis, [k for k in lines[i:body] if not _RECIPIENT_LINE.match(k.text) and id(k) not in staff], why)


def _between_colleagues(lines: list[Line], i: int) -> bool:
    """Whether the message whose "From:" line is ``lines[i]`` goes to a mailbox at the sender's own domain, one that is
    no consumer provider's (From: a CSR at the City's domain, To: their supervisor at it): mail between colleagues of
    one organisation about a case, whatever the case's customer, not the customer's own; the customer's values it
    gives are found as running text gives them."""
    senders = _mail_domains(lines[i].text)
    if len(senders) != 1 or senders & PERSONAL_DOMAINS:
        return False
    for line in lines[i + 1:i + 1 + _HEADER_LINES]:
        if _RECIPIENT_LINE.match(line.text) and senders & _mail_domains(line.text):
            return True
    return False


def _mail_domains(text: str) -> set[str]:
    return {plain_email(m.group()).rpartition("@")[2].lower() for m in EMAIL_RE.finditer(text)}


def _forwarders_signature(analysis: Analysis, lines: list[Line], start: int, body: int) -> int:
    """Where a second signature opens under a message's own, its block giving a mailbox of the City's or of an
    office's desk ("--" / "Tevita Leota" / "..." then "--" / "Anh Ong" / "Senior Account Representative" / "(626)
    961-4400 ext. 363" / "aong@city.gov"; or, with no dashes, a staff member's name alone on its line over their
    title: "Anh Ong" / "Senior Account Representative" / ... / "aong@city.gov"): the staff member who forwarded or
    printed the message signed below it, their line and desk no part of the writer's message; ``body`` when there
    is none."""
    dashes = [k for k in range(start, body) if _SIGNATURE_DASHES.fullmatch(lines[k].text)]
    titled = [k for k in range(start + 1, body - 1) if _staff_name_over_title(lines[k].text, lines[k + 1].text)]
    for k in sorted(dashes[1:] + titled):
        if any(_from_the_city(analysis, lines[j].text) for j in range(k + 1, min(body, k + 1 + _SIGNATURE_LINES))):
            return k
    return body


def _staff_name_over_title(text: str, below: str) -> bool:
    """Whether a line is only a person's name and the line under it their title ("Anh Ong" / "Senior Account
    Representative"): a member of staff's signature block opens there."""
    name = text.strip()
    return bool(name) and any((a, b) == (0, len(text)) for a, b in names_in(text, 0, len(text), anchored=True)
                              if person_name(text[a:b], strict=True)) and _titled_below(name, below.strip())


# the writer's own appeal: "Subject: my appeal", "I am appealing the charge", "the appeal of my bill"
_OWN_APPEAL = re.compile(r"(?i)\b(?:my|our)\s+(?:[\w-]+\s+)?appeal\b|"
                         r"\b(?:i|we)\s+(?:am\s+|are\s+|(?:would\s+like|wish|want)"
                         r"\s+to\s+)?appeal(?:ing)?\b|\bappeal\s+of\s+(?:my|our)\b")
# an appeal of what no utility bills: a permit, a zoning or planning decision, a citation, a licence, an animal's case
_OTHER_APPEAL = re.compile(r"(?i)\b(?:permits?|zoning|variance|planning|land\s+use|citations?|parking|"
                           r"code\s+enforcement|design\s+review|ceqa|trees?|fences?|licen[cs]es?|animals?|dogs?|"
                           r"assessments?|property\s+tax)\b")
# appeals of a bill: "appealing the $388.17 charge on my April bill", a "billing appeal", an appeals list's columns of
# the appellants' accounts or disputed use ("Appeal # | Appellant | Service Address | SCE Account | Disputed kWh")
_BILL_APPEALS = re.compile(r"(?i)\bappeal\w*\b[^.\n]{0,80}?\b(?:bills?|billing|billed|charges?|kwh|"
                           r"(?:sce|utility|electric|service)\s+acc(?:oun)?t)\b|\b(?:bill(?:ing)?|charge)\s+appeals?\b")


def _own_bill_appeal(analysis: Analysis, lines: list[Line]) -> bool:
    """The writer speaks of their own appeal (``_OWN_APPEAL``: "Subject: Item 9 - my appeal") of a bill (the message
    says so, or the document's appeals are of bills: a packet's attachment of the billing appeals) and gives their
    home or phone ("I am Takeshi Hirano, I live at ... My number is ..."): an appellant's own submission in their
    case as the utility's customer, not a resident's comment on an item. An appeal of a permit, a planning decision
    or a citation is no customer's."""
    told = " ".join(line.text for line in lines)
    if not _OWN_APPEAL.search(told) or _OTHER_APPEAL.search(told) or not (
            _BILL_APPEALS.search(told) or _BILL_APPEALS.search(analysis.joined)):
        return False
    return any(kind in ("address", "phone") for kind, *_ in analysis.contact_fields(lines))


def _introduced_writer(lines: list[Line]) -> tuple[Line, int, int] | None:
    """The line, start and end of the writer's name where the message introduces them ("I am Ana Ruiz, I live at
    ...", "My name is ..."): the writer of an e-mail whose sender line gives a mailbox alone and that is unsigned."""
    for line in lines:
        intro = _SELF_INTRODUCTION.search(line.text)
        if intro is None:
            continue
        text, at = line.segment.text, line.start + intro.end()
        name = next(((a, b) for a, b in names_in(text, at, line.end, anchored=True) if a == at), None)
        if name is not None and person_name(text[name[0]:name[1]], strict=True) and not named_officially(text, *name) \
                and not FOR_AN_OFFICE.match(text, name[1], line.end):
            return line, name[0] - line.start, name[1] - line.start
    return None


def _named_by_mailbox(sender: str, body: list[Line]) -> tuple[Line, int, int] | None:
    """The body's line that is only a person's name, the one the sender's mailbox spells ("From: hhendricks@att.net"
    ... "Heather Hendricks" / "10261 S Olive Grove Ct", a signature with no closing word above it), and its span in its
    segment; None without one: the mailbox's owner signed so."""
    mailbox = EMAIL_RE.search(sender)
    local = re.sub(r"[^a-z]", "", fold(plain_email(mailbox.group()).split("@", 1)[0])) if mailbox else ""
    if len(local) < _SPELT_LOCAL:
        return None
    for s in body:
        text = s.segment.text
        for a, b in names_in(text, s.start, s.end, anchored=True):
            words = [w for w in (re.sub(r"[^a-z]", "", fold(w)) for w in text[a:b].split()) if w]
            if text[s.start:a].strip() or text[b:s.end].strip() or len(words) < 2 or len(words[-1]) < 3 \
                    or not person_name(text[a:b], strict=True) or named_officially(text, a, b):
                continue
            given, surname = words[0], words[-1]
            if surname in local and (given in local or given[0] + surname in local or surname + given[0] in local):
                return s, a, b
    return None


_SPELT_LOCAL = 5  # a mailbox's own part that short spells anyone's initials


def _office_replies_quoted(analysis: Analysis, lines: list[Line], start: int, body: int) -> set[int]:
    """``id`` of the lines of the office's own replies a customer's e-mail quotes: from a quoted header ("> On August
    3, 2025, Marina Ribeiro <marina@...> wrote:") whose mailbox is on the domain of the office desk the e-mail is
    sent to ("To: Utility Billing <utilitybilling@...>") or a government's, down to the next quoted header. Their
    writer answered for the office: the mailbox, the phone and the signature in them are staff's, no customer's."""
    offices = {plain_email(m.group()).rpartition("@")[2].lower()
               for line in lines[start:min(body, start + _HEADER_LINES + 1)]
               if _RECIPIENT_LINE.match(line.text) and _from_the_city(analysis, line.text)
               for m in EMAIL_RE.finditer(line.text)}
    found: set[int] = set()
    staff = False
    for line in lines[start + 1:body]:
        quoted = _QUOTED_WRITER.search(line.text)
        if quoted:
            mailbox = EMAIL_RE.search(line.text, quoted.start("name"))
            address = plain_email(mailbox.group()) if mailbox else ""
            staff = bool(address) and (address.rpartition("@")[2].lower() in offices
                                       or analysis.contacts.email_is_official(address, analysis.document.url))
        if staff or quoted_staff_signature(line.text):
            found.add(id(line))
    return found




# an e-mail's short closing alone on its line ("Thanks,", "Thanks again!", "Best,"): not a letter's "Thanks for ..."
_EMAIL_CLOSING = re.compile(r"(?i)\s*(?:(?:many\s+)?thanks(?:\s+(?:again|so\s+much))?|thx|cheers|best)\s*[,.!]?\s*$")


def _titled_below(name: str, below: str) -> bool:
    """Whether the line under a signature's name is a member of staff's title ("Marta Jelinek" / "Customer Service
    Supervisor"): read as one line, the title after the name makes it an official's. A line of running text is no
    title, whatever its first word: a packet's next item under a pasted letter ("Bruno Avalos" / "Staff recommends
    that the City Council adopt the resolution ...") leaves the writer a resident."""
    return bool(below) and not _PAGE_FOOTER.search(below) and \
        len(_RUNNING_WORD.findall(below)) <= _TYPED_TITLE_WORDS and named_officially(f"{name}, {below}", 0, len(name))


# a lower-case word of running text, not a title's small word ("Director of the Office of Energy and Water")
_RUNNING_WORD = re.compile(r"(?<![\w'\u2019-])(?!(?:of|the|and|for|to|in|on|at|de|del|la|y|e)\b)[a-z][a-z'\u2019-]*")
_TYPED_TITLE_WORDS = 3  # "Billing specialist, utility services": a title typed in lower case has this many at most
# a packet's page footer under the last line of a letter: "City of Harwick Vale    Page 143", no signer's title
_PAGE_FOOTER = re.compile(r"(?i)\bpage\s+\d+(?:\s+of\s+\d+)?\s*$")


# the hidden parts an Office file's or a PDF's title, author and comments are extracted as
_PROPERTIES = frozenset({"document properties", "pdf metadata"})
# a signature's contact line under the writer's name: "H: (626) 353-5678", "Cell 562.555.0199", "ana@isp.net"
_SIGNATURE_CONTACT = re.compile(r"(?i)\s*(?:(?:h|c|m|w|home|cell|mobile|tel|phone|ph)\.?\s*[:.]?\s*)?"
                                r"(?:\+?1[\s.-]?)?\(?\d{3}\)?[\s.-]?\d{3}[\s.-]?\d{4}\s*|\s*[\w.+-]+@[\w-]+(?:\.[\w-]+)+\s*")


def _signature(lines: list[Line], start: int, body: int) -> list[Line]:
    """The lines under the last closing ("Thanks,", "Sincerely,") of an e-mail's body, or, with no closing word,
    the name and the contact lines that end it ("Ana Ruiz" / "H: (626) 353-5678"), or none."""
    while body > start and lines[body - 1].segment.hidden in _PROPERTIES:
        body -= 1  # a Word file's properties ("python-docx", its author) read after its text: no line of the e-mail
    closings = [k for k in range(start, body) if CLOSING_RE.match(lines[k].text) or _EMAIL_CLOSING.match(lines[k].text)]
    if closings:
        return lines[closings[-1] + 1:body]
    named = body - 1
    while named > start and _SIGNATURE_CONTACT.fullmatch(lines[named].text):
        named -= 1
    return lines[named:body] if start < named < body - 1 else []


def _forwarded(analysis: Analysis, lines: list[Line], start: int, body: int) -> None:
    """An e-mail a member of staff forwards (its "From:" line the City's): its writer is the one quoted ("On ...
    Ana Ruiz <aruiz7@gmail.com> wrote:"), down to the staff member's signature, whose name and phone are the
    City's."""
    quoted = next((k for k in range(start, body) if _QUOTED_WRITER.search(lines[k].text)), None)
    if quoted is None:
        return
    end = next((k for k in range(quoted + 1, body) if _SIGNATURE_DASHES.fullmatch(lines[k].text)), body)
    _e_mail(analysis, lines, quoted, _QUOTED_WRITER.search(lines[quoted].text), end)


_HEADER_LINES = 5  # an e-mail's header under its "From:" line: Sent, To, Cc, Subject


def _reply_to_a_customer(analysis: Analysis, lines: list[Line], start: int, body: int) -> None:
    """Staff's e-mail to a person's own mailbox at a consumer provider ("To: Lorenzo Etsitty <...@hotmail.com>" /
    "Hi Lorenzo, the reread came back at 1,709 kWh so the bill stands."): the consumption it gives is the
    addressee's, a customer's reading; a class average or a tariff is none (``consumption_spans``); so is the usage
    history it lays out in lines ("Month  kWh" / "September  1212", see ``_usage_history``)."""
    to = next((k for k in range(start, min(body, start + _HEADER_LINES)) if _RECIPIENT_LINE.match(lines[k].text)
               and lines[k].text.lstrip()[:3].lower() == "to:"), None)
    if to is None or not _from_a_consumer_mailbox(lines[to].text):
        return
    for line in lines[to + 1:body]:
        for at, end in consumption_spans(line.segment.text, line.start, line.end):
            analysis.add("usage", line.segment, at, end, "usage staff report to a customer's own mailbox")
    _usage_history(analysis, lines[to + 1:body])
    _addressee_quoted(analysis, lines, to, body)


def _addressee_quoted(analysis: Analysis, lines: list[Line], to: int, body: int) -> None:
    """The addressee's own message quoted under staff's reply to their mailbox ("To: yoonm@aol.com" / "I reviewed
    service account ..." / "> On Oct 1, 2024, Min-jun Yoon <yoonm@aol.com> wrote:" / "> My solar went in at 4745 Old
    Ranch Rd ..." / "> (562) ..."), when the reply gives the addressee's account or usage: the quoted message is the
    customer's writing, its writer's name on the "wrote:" line and its street, phones and mailboxes theirs. A quoted
    message from anyone else (a colleague's note, another resident's) is not the addressee's."""
    addressees = {plain_email(m.group()).lower() for m in EMAIL_RE.finditer(lines[to].text)}
    for k in range(to + 1, body):
        quoted = _QUOTED_WRITER.search(lines[k].text) or _QUOTED_NAME.match(lines[k].text)
        if not quoted:
            continue
        reply = lines[to + 1:k]
        mailbox = EMAIL_RE.search(lines[k].text, quoted.end("name"))
        if mailbox is None and not _greeted_or_spelt(quoted.group("name"), addressees, reply) or (
                mailbox is not None and plain_email(mailbox.group()).lower() not in addressees):
            continue
        if not (_identified(analysis, reply) or _own_usage(reply)):
            return
        end = _until(lines, k + 1, lambda j: EMAIL_FROM_RE.match(lines[j].text) or _QUOTED_WRITER.search(lines[j].text)
                     or analysis.opens_a_message(lines[j]), page_of(lines[k].segment))
        why = "customer's own message quoted in staff's reply about their account"
        if person_name(quoted.group("name"), strict=True):
            _writer(analysis, lines[k], *quoted.span("name"), why)
        _contacts(analysis, lines[k + 1:end], why)
        return


# a reply's quotation line naming its writer without their mailbox: "On Oct 2, Ana Ruiz wrote:", "On Tue, May 6, 2025
# at 9:14 AM Ana Ruiz wrote:"
_QUOTED_NAME = re.compile(r"\s*(?i:on)\s[^\n]{3,80}?\s(?P<name>[A-Z][a-z\u00e0-\u02af'\u2019-]+"
                          r"(?:\s+[A-Z][a-z\u00e0-\u02af'\u2019-]+){1,3})\s+wrote:\s*$")


def _greeted_or_spelt(name: str, addressees: set[str], reply: list[Line]) -> bool:
    """Whether the writer a quotation line names without a mailbox ("On Oct 2, Ana Ruiz wrote:") is the reply's
    addressee: the reply greets them by a word of that name ("Hi Ana,") or the addressee's mailbox spells one ("To:
    aruiz7@gmail.com"). A colleague's or another resident's quoted note is neither."""
    words = {fold(w) for w in re.split(r"[\s-]+", name) if len(w) >= 3}
    spelt = any(w in re.sub(r"[^a-z]", "", fold(mailbox.split("@", 1)[0])) for w in words for mailbox in addressees)
    greeted = any(SALUTATION_RE.match(line.text) and words & {fold(w) for w in re.findall(r"[\w'\u2019]+", line.text)}
                  for line in reply[:_HEADER_LINES + 2])
    return spelt or greeted


def _quote_depth(line: Line) -> int:
    """How deep a line stands in a reply's quotation: the quote marks before it on its line ("> > "), which
    ``Analysis.lines`` leaves out of its text, and the HTML blockquotes around it."""
    text = line.segment.text
    return text.count(">", text.rfind("\n", 0, line.start) + 1, line.start) + (
        line.segment.location.element or "").count("blockquote")


def _quoted_messages(analysis: Analysis, lines: list[Line]) -> None:
    """Each message quoted in a reply (its lines at one depth of "> " marks or of HTML blockquotes, down to the next
    header or "On ... wrote:"), read as its writer's: when it gives an identifier and speaks of the writer's own
    account ("> My username is ... the password I set is ... Account 8-15-...") it is a customer's, whose sign-off
    is the customer's name ("> Ana Ruiz", alone on the message's last line though no header names them) and whose
    contacts in it are theirs. The staff member's reply around it, and their signature under it, are no part of it."""
    i = 0
    while i < len(lines):
        depth = _quote_depth(lines[i])
        end = i + 1
        while depth and end < len(lines) and _quote_depth(lines[end]) == depth and page_of(
                lines[end].segment) == page_of(lines[i].segment) and not EMAIL_FROM_RE.match(lines[end].text) and not (
                message_mark(lines[end].text, lines[end - 1].text)):
            end += 1
        if depth:
            _quoted_message(analysis, lines[i:end])
        i = end


def _quoted_message(analysis: Analysis, message: list[Line]) -> None:
    if not _identified(analysis, message) or not _speaks_of_own(message):
        return
    why = "message quoted in a reply, from a customer giving an identifier"
    signature = _signature(message, 0, len(message)) or [line for line in message[-1:] if _name_alone(line.text)]
    if signer := _signer(signature):
        s, a, b = signer
        _writer(analysis, s, a - s.start, b - s.start, why)
    _contacts(analysis, message, why)


def _name_alone(text: str) -> bool:
    """A line that is only a person's name ("Ana Ruiz"): a message's sign-off without a closing word."""
    text = text.strip()
    return bool(person_name(text, strict=True)) and names_in(text, anchored=True) == [(0, len(text))]


# a line of an e-mail's header that gives mailboxes ("From:", "To:", "Cc:", "Reply-To:", "De:", "Para:"), and each
# mailbox on it with the name it is shown with ("To: Ruiz, Ana <aruiz7@att.net>; Lee Park <lpark@isp.net>")
_ADDRESSES_LINE = re.compile(r"(?i)\s*(?:from|to|cc|bcc|reply-to|de|para)\s*:")
_SHOWN_AS = re.compile(r"(?P<name>[^<>;:\n]+?)\s*<(?P<mailbox>[\w.+-]+@[\w-]+(?:\.[\w-]+)+)>")


def _named_with_their_mailbox(analysis: Analysis, lines: list[Line]) -> None:
    """A mailbox the document shows to be a customer's (their e-mail's "From:" line, their record) names its holder
    on every header line that gives it with a name: a saved message's own header ("From: Ana Ruiz <aruiz7@att.net>")
    over the printed e-mail whose Outlook header shows her as "Ruiz, Ana". Staff's and council's mailboxes are
    never a customer's, so their header lines stay as they are."""
    customers = {plain_email(m.group()).lower() for f in analysis.context.of_kind("email", "contact")
                 for m in EMAIL_RE.finditer(f.segment.text, f.start, f.end)}
    url = analysis.document.url
    customers = {address for address in customers if not analysis.contacts.email_is_official(address, url)
                 and not analysis.contacts.email_is_public(address, url)}
    if not customers:
        return
    for line in lines:
        header = _ADDRESSES_LINE.match(line.text)
        if not header:
            continue
        for shown in _SHOWN_AS.finditer(line.text, header.end()):
            if plain_email(shown.group("mailbox")).lower() not in customers:
                continue
            a, b = shown.span("name")
            while a < b and line.text[a] in " ,\"'":
                a += 1
            while b > a and line.text[b - 1] in " ,\"'":
                b -= 1
            if person_name(line.text[a:b], strict=True):
                _writer(analysis, line, a, b, "customer named beside their own mailbox in an e-mail's header")


# a staff report's or a memo's own section heading, in capitals ("FISCAL IMPACT", "RECOMMENDATION:"), or its
# author's line ("Prepared by: ...", "Submitted by:", its "Staff contact:"): a message the report quotes has ended above it
_REPORT_HEADING = re.compile(r"\s*(?:(?:FISCAL|BUDGET|ENVIRONMENTAL|FINANCIAL|STAFFING)\s+"
                             r"(?:IMPACT|REVIEW|DETERMINATION)S?|"
                             r"BACKGROUND|DISCUSSION|ANALYSIS|RECOMMENDATIONS?|RECOMMENDED\s+ACTIONS?|ALTERNATIVES?|"
                             r"CONCLUSIONS?|NEXT\s+STEPS|ATTACHMENTS?|(?:EXECUTIVE\s+)?SUMMARY|"
                             r"PUBLIC\s+(?:NOTICE|OUTREACH)|"
                             r"ANTECEDENTES|AN[AÁ]LISIS|IMPACTO\s+FISCAL|RECOMENDACI[OÓ]N(?:ES)?)\s*:?\s*")
_REPORT_AUTHOR = re.compile(r"(?i)\s*(?:(?:prepared|submitted|reviewed|approved|written)\s+by|"
                            r"(?:city\s+|department\s+)?staff\s+contact)\s*:")


# a message's own end mark ("-----End of forwarded message-----", "---------- End forwarded message ----------") or a
# packet's next attachment's heading ("Attachment 8: Staff Report", "Exhibit B - Budget Detail"; not a file the
# message attaches, "Attachment 1: bill.pdf")
_MESSAGE_ENDS = re.compile(r"(?i)\s*[-=_*]*\s*(?:end\s+of\s+(?:the\s+)?(?:forwarded\s+|original\s+|quoted\s+)?"
                           r"(?:message|e-?mail|correspondence)|end\s+(?:of\s+)?forwarded\s+(?:message|e-?mail))"
                           r"\s*[-=_*]*\s*|\s*(?i:attachment|exhibit)\s+(?:[A-Z]|\d{1,2})\s*[:.\u2013\u2014-]\s*"
                           r"[A-Z][\w ,&'-]{2,60}")


def _report_resumes(text: str) -> bool:
    """Whether a line takes a report up again after a message it quotes (``_REPORT_HEADING``, ``_REPORT_AUTHOR``,
    ``_MESSAGE_ENDS``)."""
    return (_REPORT_HEADING.fullmatch(text) is not None or _REPORT_AUTHOR.match(text) is not None
            or _MESSAGE_ENDS.fullmatch(text) is not None)


def _blockquote_of(segment: Segment) -> str | None:
    """The element path of the innermost ``<blockquote>`` an HTML page's line sits in ("main > blockquote:nth-of-type(2)"),
    else None."""
    parts = (segment.location.element or "").split(" > ")
    quotes = [n for n, part in enumerate(parts) if part.split(":", 1)[0] == "blockquote"]
    return " > ".join(parts[:quotes[-1] + 1]) if quotes else None


def _out_of_its_quote(lines: list[Line], i: int, k: int) -> bool:
    """Whether ``lines[k]`` lies outside the ``<blockquote>`` an HTML page quotes the message opening at ``lines[i]``
    in (a complaint summary's quoted e-mail, then the page's own "Questions: complaints@..."): the message ends with
    its quotation; a reply quoted in a blockquote nested in it is still its own."""
    quote = _blockquote_of(lines[i].segment)
    if quote is None:
        return False
    element = lines[k].segment.location.element or ""
    return element != quote and not element.startswith(quote + " > ")


def _until(lines: list[Line], start: int, stop, page) -> int:
    """The index of the first line from ``start`` on its page at which ``stop`` (given a line's index) holds."""
    end = start
    while end < len(lines) and end - start < _LETTER_LINES and page_of(lines[end].segment) == page and not stop(end):
        end += 1
    return end


def _speaks_of_own(lines: list[Line]) -> bool:
    """The writer says "my account", "our bill": read across line ends, where a PDF or a narrow column wraps
    "... My" / "bill at ..."."""
    return bool(_OWN_ACCOUNT.search(" ".join(line.text for line in lines)))


def _from_a_person(analysis: Analysis, text: str) -> bool:
    """Whether a "From:" line gives a mailbox that is no government's, the site's own or a public one (a
    colleague's e-mail about "our program's usage" is the City's)."""
    mailbox = EMAIL_RE.search(text)
    if not mailbox:
        return False
    address, url = plain_email(mailbox.group()), analysis.document.url
    return not analysis.contacts.email_is_official(address, url) and not analysis.contacts.email_is_public(address, url)


def _from_a_consumer_mailbox(text: str) -> bool:
    mailbox = EMAIL_RE.search(text)
    return bool(mailbox) and plain_email(mailbox.group()).rsplit("@", 1)[-1].lower() in PERSONAL_DOMAINS


# a quoted e-mail's header in a forwarded one: "On Tue, Feb 4, 2025 at 7:18 PM Ana Ruiz <aruiz7@gmail.com> wrote:" (the
# name's words capitalised: no "PM"; a double surname's second too, "Ana Ruiz-Palacios"; a capital inside a word,
# "DeShawn", "McAllister")
_QUOTED_WRITER = re.compile(r"(?:^|\s)(?P<name>[A-Z][a-z\u00e0-\u02af'\u2019-]+(?:[A-Z][a-z\u00e0-\u02af'\u2019-]+)?"
                            r"(?:\s+[A-Z][a-z\u00e0-\u02af'\u2019-]+(?:[A-Z][a-z\u00e0-\u02af'\u2019-]+)?"
                            r"(?:-[A-Z][a-z\u00e0-\u02af'\u2019]+)?){1,3})\s*[<\[(]?[\w.+-]+@[\w-]+"
                            r"(?:\.[\w-]+)+[>\])]?\s+wrote:\s*$")
_SIGNATURE_DASHES = re.compile(r"\s*--\s*$")  # the line over an e-mail's signature


def _from_the_city(analysis: Analysis, text: str) -> bool:
    """Whether a "From:" line gives a government's, the site's own or an office's desk mailbox: a member of staff
    forwarding a customer's e-mail into a packet ("From: Ana Ruiz <aruiz@cityname.gov>" / "FW: high bill
    complaint"), whose name and signature are the City's."""
    mailbox = EMAIL_RE.search(text)
    if not mailbox:
        return False
    address = plain_email(mailbox.group())
    local, _, domain = address.rpartition("@")
    # a desk's mailbox at the utility's or a firm's own domain ("customercare@", "billing@"): its staff answering
    return analysis.contacts.email_is_official(address, analysis.document.url) or (
        domain.lower() not in PERSONAL_DOMAINS and is_role_mailbox(local.lower()))


def _own_usage(lines: list[Line]) -> bool:
    """A consumption figure in an e-mail whose writer speaks of their own bill ("I just got my bill and it says
    1,796 kWh"): the customer's usage ties the e-mail to them as an account number would."""
    return any(consumption_spans(line.segment.text, line.start, line.end) for line in lines)


# the writer's own bill or use just before its figure: "My February bill shows 2,729 kWh", "our household's electricity
# use went from about 700 kWh a month to 1,664 kWh", "mi factura de agosto llegó por 2,112 kWh"; not a neighbour's, a
# program's or the average home's, which the writer cites to make a point
_OWN_USAGE_BEFORE = re.compile(r"(?i)\b(?:my|our|mi|mis|nuestr[ao]s?)\s+"
                               r"(?!(?:neighbou?r|friend|landlord|tenant|client|vecin[oa])s?\b)(?:[\w'\u2019-]+\s+){0,4}?"
                               r"(?:bills?|statements?|usage|use|consumption|meter|electricity|power|"
                               r"factura|recibo|consumo|medidor|luz)\b")
_SENTENCE_BREAK = re.compile(r"[.!?;](?=\s)")


def _tells_own_usage(lines: list[Line]) -> bool:
    """A consumption figure the writer gives as their own, the sentence naming their own bill or use before it (the
    figure and its unit may be cut by a line break)."""
    text = " ".join(line.text for line in lines)
    for start, _ in consumption_spans(text):
        sentence = _SENTENCE_BREAK.split(text[max(0, start - 160):start])[-1]
        if _OWN_USAGE_BEFORE.search(sentence):
            return True
    return False


def _identified(analysis: Analysis, lines: list[Line]) -> bool:
    return any(analysis.anchors_in(line.segment, line.start, line.end) for line in lines)


def _account_beside(analysis: Analysis, block: list) -> bool:
    """Whether a customer's record read the account beside the block's name: a statement's "Customer | Account
    number" row ("ANA RUIZ | 3-221-4410-17") over the street and city lines, which end the row's table."""
    names = {id(line.segment) for kind, line, _, _ in block if kind == "name"}
    return any(f.kind == "account" and id(f.segment) in names for f in analysis.context.fields)


def _identified_in_records(analysis: Analysis, lines: list[Line], i: int, body: int) -> bool:
    """An identifier in a record inside the e-mail's body: an HTML e-mail's table ("Service account | 3-073-...")
    is read as a record, no free line, yet it is the writer's as their sentence's would be."""
    first = analysis.segment_index[id(lines[i].segment)] + 1
    last = analysis.segment_index[id(lines[body].segment)] if body < len(lines) else len(analysis.segments)
    return any(analysis.anchors.get(id(segment)) for segment in analysis.segments[first:last]
               if id(segment) not in analysis.free_index)


def _signed_with_home(analysis: Analysis, lines: list[Line], start: int, body: int) -> bool:
    """The e-mail is signed with its writer's name over their street address and phone ("Thanks," / "Ana Ruiz" /
    "412 W. Holt Ave." / "Pomona, CA 91766" / "(909) ..."): from a person's own mailbox about their own bill it is
    their record as an account number would make it; not in a comment to a public body, and not a firm's or an
    office's signature (``contact_fields`` leaves their contacts out)."""
    signature = _signature(lines, start, body)
    if not signature or page_of(signature[0].segment) in analysis.context.public_comment or not _signer(signature):
        return False
    kinds = {kind for kind, *_ in analysis.contact_fields(signature)}
    return {"address", "phone"} <= kinds


# the writer's own case with the utility that only a customer has: a shut-off or disconnection notice they got, their
# enrollment in a discount program for their account (CARE, FERA, Medical Baseline); not a resident's view of a
# policy item ("Please vote yes on the CARE outreach item")
_OWN_CASE = re.compile(r"(?i)\b(?:(?:shut[- ]?off|disconnect(?:ion)?|termination)\s+notice|aviso\s+de\s+(?:desconexi[oó]n|corte)"
                       r"|(?:i|we)\s+(?:am\s+|are\s+|was\s+|were\s+)?(?:enrolled|enroll|signed\s+up|registered|applied)"
                       r"\s+(?:in|for)\s+(?:the\s+)?(?-i:CARE|FERA)\b|(?-i:CARE|FERA)\s+(?:discount\s+)?(?:rate|discount)\s+on\s+my\b"
                       r"|(?:i|we)\s+(?:am\s+|are\s+)?(?:enrolled|enroll|signed\s+up|registered|on)\s+(?:in\s+)?(?:the\s+)?"
                       r"medical\s+baseline|estoy\s+inscrit[oa]\s+en\s+(?-i:CARE|FERA)"
                       # the writer giving the premises of their own service by the utility's word for it, or saying
                       # the account is held in their name: "My service address is ...", "the account is still in my name"
                       r"|\bmy\s+service\s+address\s+(?:is|was|at)\b|\baccount\s+(?:is|was)\s+(?:still\s+)?(?:in|under)\s+"
                       r"my\s+name\b)")


def _own_case_at_home(analysis: Analysis, lines: list[Line]) -> bool:
    """The writer of an e-mail tells their own case as a customer (``_OWN_CASE``: "Edison sent a 48-hour shut off notice
    for my home at ... even though I enrolled in CARE", or ``_says_they_are_a_customer``) and gives their home or their
    phone in it: the message is their customer record, though it gives no account number."""
    if not lines or not (_OWN_CASE.search(" ".join(line.text for line in lines))
                         or _says_they_are_a_customer(analysis, lines)) or not _speaks_of_own_home(lines):
        return False
    return any(kind in ("address", "phone") for kind, *_ in analysis.contact_fields(lines))


# the writer calling themselves the utility's customer: "I'm a PCE customer", "we are SCE customers", "I am a customer of
# Pomona Choice Energy", "soy cliente de PCE"; not "a customer service representative" (``CUSTOMER_ROLE``), not a firm
# ("a small business customer"), not staff's aside ("I'm a PCE customer myself", "... too"), not "I am not a PCE
# customer" nor "we are writing on behalf of customers"
_SELF_DESCRIBED_CUSTOMER = re.compile(
    r"(?i)\b(?:i['\u2019]?m|i\s+am|we['\u2019]?re|we\s+are|soy|somos)\s+(?:an?\s+|un[ao]?\s+)?"
    r"(?:(?!(?:business|commercial|small|agricultural|not|no|never|all|other|of|on|to|for|with|about|from|behalf|by|"
    r"\w+ing)\b)[\w&-]+\s+){0,4}?"
    rf"(?={CUSTOMER_ROLE.pattern[4:]})\w+\b(?!\s+(?:myself|ourselves|too|as\s+well)\b)")


def _says_they_are_a_customer(analysis: Analysis, lines: list[Line]) -> bool:
    """The writer says they are the utility's customer and speaks of their own bill or service ("I'm a PCE customer and
    my August bill doubled"): their own case, as a shut-off notice is. Not in a comment to a public body, where a
    resident says so to make a point about a policy, and not a business owner's words about their firm's bill."""
    text = " ".join(line.text for line in lines)
    return (bool(_SELF_DESCRIBED_CUSTOMER.search(text)) and _speaks_of_own(lines) and not OWN_BUSINESS_RE.search(text)
            and page_of(lines[0].segment) not in analysis.context.public_comment)


# the writer's own home or service: "my home", "my house", "my service", "mi casa", "mi hogar" (a shut-off notice for it)
_OWN_HOME = re.compile(r"(?i)\b(?:my|our|mi|nuestra|nuestro)\s+(?:[\w-]+\s+){0,2}?(?:home|house|apartment|apt|residence|"
                       r"service|account|bill|casa|hogar|servicio|cuenta|factura)\b|\b(?:i|we)\s+(?:enrolled|enroll|"
                       r"signed\s+up|registered|applied|am\s+enrolled|are\s+enrolled|received|got)\b|\brecib[ií]\b")


def _speaks_of_own_home(lines: list[Line]) -> bool:
    return bool(_OWN_HOME.search(" ".join(line.text for line in lines)))


# the writer's own account in trouble: "my PCE bill", "the shutoff on my service", "past due"; not "my meter reading
# tablet", which a meter reader on staff may write of
_OWN_BILL = re.compile(r"(?i)\bmy\s+(?:[\w-]+\s+){0,2}?(?:account|acct|bill|billing|balance|service|refund|deposit)\b|"
                       r"shut[- ]?off|disconnect|past[- ]due")


def _own_number_given(analysis: Analysis, lines: list[Line]) -> bool:
    """The body gives the writer's own phone about their own bill ("Please stop the shutoff on my service. Call me
    at ..."): it ties the e-mail to its sender as an identifier would; not in a comment to a public body."""
    if not lines or page_of(lines[0].segment) in analysis.context.public_comment:
        return False
    return _OWN_BILL.search(" ".join(line.text for line in lines)) is not None and any(
        kind == "phone" and OWN_CONTACT_BEFORE.search(segment.text, max(0, start - 30), start)
        for kind, segment, start, _ in analysis.contact_fields(lines))


# a salutation or addressee line to a public body: a comment on an item, a public record whoever signs it
_TO_A_PUBLIC_BODY = re.compile(r"(?i)\b(?:council|councilmembers?|mayor|commission(?:ers)?|board|supervisors|trustees|"
                               r"members|chair)\b")


# among a packet's correspondence, what makes a message a complaint to the utility about the writer's own account, not
# a comment on an item before the body: it asks the utility's office to act on it ("Nobody in your office has called
# me back", "I would like a refund", "please look into this") ...
_ASKS_THE_UTILITY = re.compile(r"(?i)\b(?:your\s+(?:office|staff|company|customer\s+service|billing|call\s+center|"
                               r"representatives?|reps?|agents?)|(?:call(?:ed)?|get|got(?:ten)?)\s+(?:me\s+)?back\s+to\s+me"
                               r"|call(?:ed)?\s+me\s+back|refund|credit\s+(?:my|me|the)|look\s+into\s+(?:this|it|my)"
                               r"|fix\s+(?:my|this|it)|waive|reverse\s+(?:the|this))\b")
# ... and speaks of no item, vote or policy
_ON_AN_ITEM = re.compile(r"(?i)\b(?:vote|votes|voting|agenda|item\s+(?:no\.?\s*)?\d|(?:i|we)\s+(?:strongly\s+)?"
                         r"(?:oppose|support|urge)|rate\s+(?:increase|hike|proposal|change|adjustment)s?|council|"
                         r"commission(?:ers)?|public\s+comment|ordinance|resolution)\b")
# ... or gives the writer's own account by its number: "My SCE account 8133449346 shows ...", "my account # 2-14-..."
_OWN_ACCOUNT_NUMBER = re.compile(r"(?i)\bmy\s+(?:[\w-]+\s+){0,2}?(?:account|acct)\.?\s*(?:number|no\.?|#)?\s*:?\s*\d")
# a mail app's line under a signature: "Sent from my iPhone", "Get Outlook for Android", "Enviado desde mi iPhone"
_MAILER_LINE = re.compile(r"(?i)\s*(?:sent\s+from\s+my|get\s+outlook\s+for|enviado\s+desde\s+mi)\b")


def _signed_complaints(analysis: Analysis, lines: list[Line]) -> None:
    """A message pasted into a packet or a page without its header (no "From:" line), in which the writer speaks of
    their own bill, account or service ("I was charged twice for my electric service", "Nobody has called me back
    about my account"), signed under a closing or an e-mail's "--" with their name over their own number or their
    mailbox at a consumer provider ("-- " / "Maria Delgado" / "(909) ..." / "mdelgado77@gmail.com" / "Sent from my
    iPhone"): a customer's complaint to the utility, their name and contacts its record though it gives no account
    number. Among a packet's correspondence received it must ask the utility to act on the account and speak of no
    item before the body. Not a comment to a public body (a message to the Council or the Mayor, one on an item), not a
    business owner's words of their firm's bill, not staff's signature (a title, a City mailbox) nor a vendor's (a firm's
    line or a mailbox at the firm's own domain)."""
    for i, line in enumerate(lines):
        if not (CLOSING_RE.match(line.text) or _EMAIL_CLOSING.match(line.text)
                or _SIGNATURE_DASHES.fullmatch(line.text)):
            continue
        page = page_of(line.segment)
        top = i
        while top > 0 and i - top < _UNOPENED_LINES and page_of(lines[top - 1].segment) == page and not (
                CLOSING_RE.match(lines[top - 1].text) or _EMAIL_CLOSING.match(lines[top - 1].text)
                or EMAIL_FROM_RE.match(lines[top - 1].text) or COMPILED_ITEM.fullmatch(lines[top - 1].text)
                or analysis.opens_a_message(lines[top])):
            top -= 1
        body = lines[top:i]
        text = " ".join(k.text for k in body)
        if not body or not _speaks_of_own(body) or OWN_BUSINESS_RE.search(text) or any(
                (SALUTATION_RE.match(k.text) or ADDRESSEE_RE.match(k.text)) and _TO_A_PUBLIC_BODY.search(k.text)
                for k in body) or page in analysis.context.public_comment and (
                not (_ASKS_THE_UTILITY.search(text) or _OWN_ACCOUNT_NUMBER.search(text)) or _ON_AN_ITEM.search(text)):
            continue
        signature = lines[i + 1:_until(lines, i + 1, lambda k: k >= i + 1 + _SIGNATURE_LINES or (
            analysis.opens_a_message(lines[k]) or EMAIL_FROM_RE.match(lines[k].text)), page)]
        if any(ORGANIZATION_CUE.search(k.text) or _firm_line(k.text.strip()) for k in signature
               if not _SIGNATURE_CONTACT.fullmatch(k.text) and not _MAILER_LINE.match(k.text)):
            continue
        signer = _signer(signature)
        mailboxes = [plain_email(m.group()) for k in signature for m in EMAIL_RE.finditer(k.text)]
        if not signer or any(address.rpartition("@")[2].lower() not in PERSONAL_DOMAINS for address in mailboxes):
            continue
        contacts = analysis.contact_fields(signature)
        if not any(kind in ("phone", "email") for kind, *_ in contacts):
            continue
        why = "a customer's complaint about their own bill or account, signed with their own number or mailbox"
        s, a, b = signer
        _writer(analysis, s, a - s.start, b - s.start, why)
        for kind, segment, start, end in contacts:
            analysis.add(kind, segment, start, end, why)


def _firm_line(text: str) -> bool:
    """A signature's line naming a firm (a vendor's): by its own words ("... Inc.", "... Electric"), or as
    ``business_name`` reads a directory's line, unless it is two words no dictionary holds, a name ("Pascual
    Dervishi": probablepeople calls a firm many a pair of names no list holds; "Bluewater Hydro" stays a firm's)."""
    if named_as_a_business(text):
        return True
    words = text.split()
    return business_name(text) and not (len(words) == 2 and all(map(name_like, words))
                                        and person_name(text, strict=True) is not None)


def _writer(analysis: Analysis, line: Line, start: int, end: int, why: str) -> None:
    text = line.text[start:end].strip()
    if not analysis.contacts.name_is_public(person_name(text, strict=True) or text):
        analysis.add("name", line.segment, line.start + start, line.start + end, why)


def _contacts(analysis: Analysis, lines: list[Line], why: str) -> None:
    """The writer's own street address, phones, mailboxes and usage in the letter or e-mail. Not the file's running
    header or footer, which the office prints on every page ("Customer Care | 300 W Civic Center Plaza ..."), under a
    customer's e-mail pasted into a memo as under any other text (a footer that calls itself the customer's is read
    by ``_running_lines``)."""
    for kind, segment, start, end in analysis.contact_fields([k for k in lines if not k.segment.chrome]):
        if kind == "phone" and _QUESTIONS_DIRECTED_TO.search(segment.text, max(0, start - _DIRECTED_REACH), start):
            continue  # a staff note after the e-mail: "Questions may be directed to Ana Ruiz, Billing Supervisor, at ..."
        if kind == "phone" and (titled := _NAME_AND_TITLE_BEFORE.search(segment.text, max(0, start - _DIRECTED_REACH),
                                                                        start)) and _titled_below(*titled.groups()):
            continue  # the office's reply in the thread: "Reply (Ana Ruiz, Customer Service Lead, (626) 914-7144)"
        if kind in ("phone", "email") and quoted_staff_signature(
                segment.text[segment.text.rfind("\n", 0, start) + 1:start]):
            continue  # the office's reply quoted below: "> Ana Ruiz | Management Analyst | (909) ..."
        analysis.add(kind, segment, start, end, why)


# the clause a staff report's note gives its own contact in, right before the number
_QUESTIONS_DIRECTED_TO = re.compile(r"(?i)\b(?:(?:questions|inquiries|comments)\s+(?:may|can|should)\s+be\s+(?:directed|"
                                    r"addressed|sent)\s+to"
                                    # or "For questions, contact Ana Ruiz, Utilities Division, at ..." (not "call me")
                                    r"|for\s+(?:questions|more\s+information|information|assistance)\s*,?\s*(?:please\s+)?"
                                    r"(?:contact|call|reach)(?!\s+(?:me|us)\b))\b[^.;!?\n]*$")
_DIRECTED_REACH = 120  # characters back from the number to the clause's opening
# a name and the title after it right before a number, as staff sign a reply on one line: "Ana Ruiz, City Clerk, "
_NAME_AND_TITLE_BEFORE = re.compile(r"([A-Z][^\W\d_]*(?:[ \t]+[A-Z][^\W\d_'\u2019-]*(?:-[A-Z][^\W\d_]*)?){1,3}),"
                                    r"[ \t]*([^,()\n\d:;]{3,60}?),?[ \t]*(?:(?:at|tel\.?|ph\.?|phone)[ \t]*:?[ \t]*)?$")
