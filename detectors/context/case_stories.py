"""A paragraph that tells one private utility customer's case, their name and their details in different sentences.

News items, blog posts, FAQ answers, newsletters and staff reports retell a real customer's case in ordinary prose:
the person named in one sentence, their home, phone, mailbox and usage in another ("When Ana Ruiz enrolled in the
pilot, the family's bill was the highest on the block. Their home at 12 Elm St used 1,746 kWh", "a customer moving
from 12 Elm St was billed twice. We fixed it the same day for Ana Ruiz", "ayudamos a Ana Ruiz. Su correo es ..."). The
name and the details are one customer's record (PCE-01 4.1).

Three things must hold, each by the grammar of the paragraph and not by a word somewhere on the page:

* the paragraph names exactly one person, a private one (no official, staff member, firm's or business's person, no
  role or title beside the name, no public commenter, no example's stand-in, no history's or honour's subject), and
  names no business;
* its name's sentence makes that person the customer of a utility case: a customer word naming them ("One caller,
  Ana Ruiz, ...", "That respondent is Ana Ruiz"), what staff did for them ("we helped Ana Ruiz", "we fixed it for
  Ana Ruiz", "we connected them"), what they did as a customer ("Ana Ruiz enrolled", "... wrote to staff", "...
  called us"), or "her name was Ana Ruiz" after a sentence about one unnamed customer; and the paragraph is about a
  utility matter (a bill, an account, usage, a shut-off, a program);
* each detail is theirs by the sentence that gives it: the name's own sentence; a later sentence that refers back to
  them before the detail ("Her service address, ...", "Their home at ...", "The unit at ...", "Su teléfono ...",
  their given name again), each sentence between doing so too (the detail's own may instead tell how the usage
  changed: "... the family replaced the unit. September usage fell to 420 kWh"); the next sentence's service to their
  home ("We had a generator delivered to ..."); or an earlier sentence about one unnamed customer ("a customer on 12
  Elm St called us", "a customer moving from 12 Elm St") that the name's sentence identifies. The paragraphs after
  the name's go on with the case when they refer back to the person, their given name alone included ("'We kept the
  blinds closed,' Tam said"), and name no one else but the staff who served them with their organization.

Not cases: a staff member's, a volunteer's or an official's paragraph (their role is beside the name, or they are the
one who helped, not the one helped), a business's spotlight, a template or hypothetical example, a proclamation or
obituary, a public comment, an office's number in a sentence inviting the reader to call, and an area's or a class's
usage ("the block average of 640 kWh").
"""
from __future__ import annotations

import re

from ..labels import is_date, stands_in
from .analysis import Analysis, page_of
from .community_places import names_a_community
from .cues import SENTENCE_END
from .history import public_story, tells_history
from .lists import named_as_a_business
from .persons import (NOTE_VERBS, named_by_role, named_officially, names_an_official, names_in, opens_sentence,
                      person_name)
from .public_people import in_a_role, not_a_record, others_use
from .shapes import street_addresses

_CHEAP_WORDS = ("kwh", "bill", "account", "usage", "care", "sce", "enrol", "cuenta", "factura", "consumo",
                "kho\u1ea3n", "kh\u00e1ch", "meter", "outage", "refund", "charged", "descuento", "shut", "service")
# the utility matter the case is about
_UTILITY = re.compile(r"(?i)\b(?:bill(?:s|ed|ing)?|accounts?|usage|kwh|kilowatt|meters?|service\s+address|"
                      r"enroll\w*|outages?|shut-?offs?|disconnect\w*|refund\w*|charged|generation|"
                      r"facturas?|cuentas?|consumo|descuento|"
                      r"h\u00f3a\s+\u0111\u01a1n|t\u00e0i\s+kho\u1ea3n|m\u00e3\s+kh\u00e1ch\s+h\u00e0ng)\b|"
                      r"\b(?:CARE|FERA|SCE|PCE|PG&E|SDG&E|Edison|CCA)\b|(?i:medical\s+baseline)")
_CUSTOMER_WORD = (r"(?:customer|caller|respondent|ratepayer|account\s?holder|applicant|enrollee|participant|"
                  r"household|cliente|kh\u00e1ch\s+h\u00e0ng)")
# right before the name, what makes them the case's customer: "One caller, ", "That respondent is ", "Her name was ",
# "we helped ", "ayudamos a ", "fixed it the same day for "
_CUSTOMER_BEFORE = re.compile(
    rf"(?i)(?:\b{_CUSTOMER_WORD}\s*,?|\b(?:that|this|the)\s+{_CUSTOMER_WORD}\s+(?:is|was)|"
    # the customer named by their home first, the name set after it: "The customer at 12 Elm St, Ana Ruiz, ...",
    # "the customer who lives at 12 Elm St, ...", "el cliente que vive en 12 Elm St, ..."
    rf"\b(?:the|a|one|that|this|el|la|una?)\s+{_CUSTOMER_WORD}\s+(?:(?:who\s+lives|living|residing|que\s+vive)\s+)?"
    r"(?:at|on|of|from|en|de)\s+\d{1,6}[a-z]?\s+[^,;:()\n]{2,40},|"
    r"\b(?:her|his|their)\s+name\s+(?:is|was)|"
    r"\b(?:we|staff|our\s+team|my\s+office|the\s+team)\s+(?:\w+\s+)?(?:helped|assisted|enrolled|refunded|credited|"
    r"called|reached|visited|connected)|"
    # a case note's call, its writer left out: "Spoke with Ana Ruiz today re: enrollment", "Talked to ..."
    r"(?:^|[.;!?]\s+|\b(?:we|staff|i)\s+)(?:spoke|talked)\s+(?:with|w/|to)|"
    r"\b(?:ayudamos|inscribimos|llamamos)\s+a|"
    r"\b(?:fixed\s+it|refunded\s+\w+|credited\s+\w+|restored\s+\w+|reconnected\s+\w+|waived\s+\w+)"
    r"(?:\s+[\w-]+){0,4}?\s+for)\s*$")
_BEFORE_REACH = 60
# right after the name, what they did as a customer: "Ana Ruiz enrolled", "... wrote to staff", "... called us",
# "Ông ... đã đăng ký", "Ana Ruiz of 12 Elm St had been billed twice"; "'s home" after "That was" identifies an
# earlier sentence's customer (the possessive read as the name's or not)
_CUSTOMER_AFTER = re.compile(r"(?i)(?:,?\s+(?:of|from|on)\s+\d[^,.;:!?]{3,50}?,?(?=\s+(?:has|had|was)\b))?"
                             r"\s*(?:(?:has|had)\s+)?(?:enrolled|signed\s+up|applied|wrote\s+(?:to|in)|"
                             r"been\s+(?:double[\s-])?(?:billed|charged|overcharged|disconnected|shut\s+off)|"
                             r"e-?mailed\s+(?:us|staff)|texted\s+(?:us|staff)|called\s+(?:us|in|our|the\s+(?:city|"
                             r"office|hotline))|fell\s+behind|had\s+fallen|was\s+(?:billed|charged|disconnected|"
                             r"shut\s+off|enrolled)|se\s+inscribi\u00f3|llam\u00f3|"
                             # a customer's visit or call to the utility's office, their appeal or complaint: "called
                             # the Utility Services counter", "appealed the denial of a leak adjustment", "filed a
                             # billing complaint"
                             r"(?:called|contacted|phoned|visited|wrote\s+to)\s+the\s+(?:[\w&'-]+\s+){0,4}?(?:counter|"
                             r"office|desk|department|dept|division|call\s+cent(?:er|re)|customer\s+service)|"
                             r"(?:appealed|disputed|contested)\s+(?:the|a|an|her|his|their)|"
                             r"filed\s+(?:a|an)\s+(?:[\w-]+\s+)?(?:complaint|appeal|dispute|claim)|"
                             r"\u0111\u00e3\s+(?:\u0111\u0103ng\s+k\u00fd|g\u1ecdi))\b"
                             r"|(?:['\u2019]s|(?<=['\u2019]s))\s+(?:home|house|apartment|unit|account|bill|meter)\b")
# staff acting for the person named, the pronoun in the name's sentence: "... did, and we connected them at ..."
_STAFF_FOR_THEM = re.compile(r"(?i)\b(?:we|staff)\s+(?:\w+\s+)?(?:helped|connected|enrolled|called|reached|"
                             r"refunded|credited)\s+(?:them|her|him)\b")
# one customer a sentence tells of before naming them: "a customer on 12 Elm St called us", "One respondent ..."
_ONE_UNNAMED = re.compile(rf"(?i)\b(?:a|one|another|this|that)\s+{_CUSTOMER_WORD}\b|\b(?:un|una)\s+cliente\b")
_EARLIER_REACH = 2  # sentences back from the name's to that one
# the sentence after a home's address that names whose it is: "That was Ana Ruiz's home"
_THAT_WAS = re.compile(r"(?i)\b(?:that|this|it)\s+(?:was|is)\s+$")
_HOME_OF = re.compile(r"(?:['\u2019]s|(?<=['\u2019]s))\s+(?:home|house|apartment|unit|residence)\b")
# a sentence that refers back to the person before its detail: a pronoun or a possessive, a definite "the unit", ...
_REFERS_BACK = re.compile(r"(?i)\b(?:she|he|they|her|his|their|it|its|him|them|su|sus|b\u00e0|\u00f4ng)\b"
                          r"|\b(?:the|this)\s+(?:unit|home|house|apartment|residence|household|family|customer|caller|"
                          r"respondent)\b")
# the sentence after such references telling how the usage changed, its owner the one they refer to: "After ... the
# family replaced the unit. September usage fell to 420 kWh.", "... usage dropped by nearly half to 610 kWh" (the
# change's size before the level it went to)
_USAGE_WENT = re.compile(r"(?i)\b(?:usage|consumption)\s+(?:[\w-]+\s+){0,2}?(?:fell|dropped|rose|climbed|jumped|"
                         r"went\s+(?:down|up)|came\s+down|decreased|increased|declined|was\s+(?:cut|down|up))\s+"
                         r"(?:by\s+(?:[\w%.,-]+\s+){1,3}?|(?:[\w-]+\s+){0,2}?)(?:to|from)\s+$")
# staff named with the organization they serve the customer for: "by Vinh Thach of Altamira Community Power"
_STAFF_OF = re.compile(r",?[ \t]+(?:of|from|with)[ \t]+(?:the[ \t]+)?(?:[A-Z][\w&'.-]*[ \t]+){0,4}?"
                       r"(?:Power|Energy|Electric|Edison|Utilit(?:y|ies)|Department|Dept\.?|Office|Program|Agency|"
                       r"Authority|Services?|Care|Team)\b")
# a paragraph that goes on with the case opens with such a reference: "Her service address, ...", "The unit at ..."
_OPENS_BACK = re.compile(r"[ \t]*(?:(?:Their|Her|His|She|He|They|Su|Sus)\b|The\s+(?:unit|home|house|apartment|"
                         r"residence|household|family|customer|account|caller)\b|"
                         r"[A-Z][a-z'-]*(?:[ \t]+[a-z][\w'-]*){0,3},?[ \t]+(?:their|her|his|she|he|they|the[ \t]+(?:unit|"
                         r"home|house|apartment|residence|household|family))\b)")
_FOLLOWING_PARAGRAPHS = 2
# the next sentence's service to the person's home: "We ... had a generator delivered to ...", "a crew went out to",
# or what happened to it: "During the storm the power at 12 Elm St was out for nineteen hours"
_SERVED_AT = re.compile(r"(?i)\b(?:delivered|sent|mailed|dispatched|installed|brought|went\s+out|drove\s+out|"
                        r"came\s+out)\s+(?:to|at)\s*$|\bthe\s+(?:power|lights|electricity|service)\s+at\s*$")
# the same in the sentence, before its address: the next sentence goes on with the person's home
_HOME_NEXT = re.compile(r"(?i)\bthe\s+(?:power|lights|electricity|service)\s+at\s+\d")
# a sentence inviting the reader to call or write, or giving a staff member's line: its number or mailbox is an office's
_INVITES = re.compile(r"(?i)\b(?:if\s+you|you\s+(?:can|may|should)|please|call\s+us|contact\s+us|reach\s+(?:us|me)|"
                      r"questions?|for\s+(?:help|assistance|information)|direct\s+line|office|desk|ext\.?|extension|"
                      r"ll[aá]me(?:nos)?|g\u1ecdi\s+\(|call\s+[(\d]|to\s+(?:book|schedule|sign\s+up|register)\b|"
                      r"rsvp|best\s+number)")
# an office's or a centre's name right before a number or mailbox: "Pomona Family Resource Center, (909) ..."
_PLACES_LINE = re.compile(r"(?i)\b(?:center|centre|office|agency|department|hotline|help\s?line|desk|clinic|library)"
                          r"\W{0,3}$")
_PLACES_REACH = 40
# a business the story names as the one who did the work at the home, not the story's subject: "Installer SunPath
# Energy Services LLC (...) finished the job", "installed by Bright Roofs Inc"
_VENDOR = re.compile(r"(?i:\b(?:installer|contractor|installed\s+by|hired))[ \t]+(?:[A-Z][\w'&.-]*[ \t]+){0,5}"
                     r"[A-Z][\w'&.-]*")
# a business's premises the story is about: "the shop's bill", "our store"
_PREMISES = re.compile(r"(?i)\b(?:the|her|his|their|my|our)\s+(?:shop|store|restaurant|salon|bakery|business|caf[e\u00e9]|"
                       r"storefront|office)\b")
# after the name, the one who runs a program, a firm or a shop: "Ana Ruiz, who runs the CARE program"
_WHO_RUNS = re.compile(r"(?i),?\s*who\s+(?:owns|runs|manages|directs|leads|heads|oversees|coordinates|works|"
                       r"teaches|serves)\b")
# a family named in the plural as the story's subject: "The Bautistas were the first to sign up"
_FAMILY = re.compile(r"\b[Tt]he[ \t]+([A-Z][a-z]+(?:s|es))\b(?=[ \t]+(?:were|are|have|had|signed|enrolled|applied|"
                     r"called|moved|live[ds]?|bought)\b)")
# a given name alone before the customer's account in brackets, a surname after "last name" (a case summary's
# "Chidi (account ending in 6250) ...; last name Holloway")
_GIVEN_BRACKETED = re.compile(r"\b[A-Z][a-z]{2,}(?=[ \t]+\((?:account|acct|cust(?:omer)?|SAID|premise|meter)\b)")
_LAST_NAME = re.compile(r"(?<=\b(?:last|Last)[ \t]name[ \t])[A-Z][a-z'-]{2,}\b")
# an interview's opening, right before the name: "We sat down with Ana Ruiz", "we talked with ..."
_INTERVIEW = re.compile(r"(?i)\b(?:sat\s+down|spoke|talked|chatted|caught\s+up)\s+with\s+$")
# an interview's answer in which the interviewee introduces themselves, right before their name: "Who are you? I'm Ana
# Ruiz, and I've rented at ...", "My name is ..."
_SELF_INTRODUCED = re.compile(r"(?i)\b(?:I['\u2019]m|I\s+am|my\s+name\s+is)\s+$")
# a paragraph that is a question and its answer: "Where do you live? 4501 N Olinda Ave, ..."
_QUESTION = re.compile(r"[ \t]*[^?.!\n]{3,120}\?[\"\u201d]?[ \t]+(?=\S)")
_ANSWERS = 8
# the interviewee's own answer: the question asks them ("you", "your") or the answer speaks for them
_ASKS_THEM = re.compile(r"(?i)\b(?:you|your)\b")
_FIRST_PERSON = re.compile(r"\b(?:I|[Mm]y|[Mm]e|[Oo]ur|[Ww]e|[Uu]s)\b")
# a paragraph whose first words name the customer its previous paragraph told of: "His name is Dae-sung Jung"
_NAME_GIVEN = re.compile(r"[ \t]*(?:Her|His|Their)\s+name\s+(?:is|was)\b")
# their own utility matter, in a sentence that is theirs: "her bill", "our usage", "the household averaged", "it used"
_THEIR_OWN = re.compile(r"(?i)\b(?:her|his|their|my|our)\s+(?:[\w-]+\s+){0,2}?(?:bills?|usage|accounts?|meters?|"
                        r"statements?|consumption)\b|\b(?:it|the\s+(?:house|home|household|unit|apartment))\s+"
                        r"(?:\w+\s+)?(?:used|averaged|consumed|drew)\b|"
                        r"\b(?:the|this)\s+(?:house|home|household|unit|apartment)['\u2019]s\s+(?:[\w-]+\s+){0,2}?"
                        r"(?:bills?|usage|consumption)\b")
# their account number, given after the account is named: "We looked up the account - his is SA382392315"
_THEIRS_IS = re.compile(r"(?i)\b(?:account|acct)\b[^.;]{0,30}?\b(?:his|hers|theirs|(?:her|his|their)\s+(?:number|no\.?))"
                        r"\s+(?:is|was|:)\s+((?:[A-Z]{1,4}-?)?\d[\d-]{4,16}\d[A-Z]?)\b")
# a town's name, that names_in may read as a person's
_TOWN = re.compile(r"(?:Santa|San|Los|Las|El|Rancho|Fort|Mount|Mt\.|Port|Lake|Saint|St\.)\s")
_IN_TOWN = re.compile(r"\bin\s+$")
# a program's, a rate's or a tier's name, that names_in may read as a person's: "the Altamira Green tier"
_PROGRAM_AFTER = re.compile(r"(?i)[ \t]+(?:tier|program|programme|plan|rate|rebate|pilot|option|schedule|fund|"
                            r"initiative|incentive|service|choice)s?\b")
# a quotation of the person whose quote the sentence before attributed: "'That got my attention.'"
_QUOTED = re.compile(r"[ \t]*[\"\u201c]")
# a byline: the paragraph names the story's writer, whose surname a customer of the story may share
_BYLINE = re.compile(r"(?i)[ \t]*(?:(?:written|posted|story|text|words|reported)[ \t]+)?by[ \t]+$")
_WHY = "a customer whose case a paragraph tells, named in another sentence than their details"


def find(analysis: Analysis) -> None:
    if not analysis.may_hold(*_CHEAP_WORDS):
        return
    free = analysis.free
    for k, segment in enumerate(free):
        names = _private_names(analysis, segment)
        if not names or len(_people(names)) != 1:
            continue  # none, or two people: whose details they are is not told
        told, answers = _told(analysis, free, k, names)
        story = " ".join(s.text for s in told)
        if not any(c.isdigit() for c in story) and "@" not in story:
            continue
        if any(s.text[max(0, a - 4):a].lower() == "the " for s, a, _ in names) and tells_history(story):
            continue  # a family's history: "The Ybarras were the first to sign up for electric service, in 1912"
        vendors = [m.span() for m in _VENDOR.finditer(story)]
        if page_of(segment) in analysis.context.public_comment or not _UTILITY.search(story) \
                or not_a_record(story, vendors) or _PREMISES.search(story):
            continue
        names = names + [(s, a, b) for s in told if s is not segment for a, b in _story_names(s.text)]
        if len(_people(names)) != 1:
            continue  # a name on a paragraph that goes on: whose details they are is not told
        sentences = [(s, a, b) for s in told for a, b in _sentences(s.text)]
        named = [i for i, (s, a, b) in enumerate(sentences) if any(n is s and a <= x < b for n, x, _ in names)]
        fields = analysis.contact_fields(analysis.lines(told), None, names) + _accounts(analysis, told)
        kept = [f for f in fields if _customers(f) and (f[1] in answers or _tied(sentences, named, names, f))]
        if not any(_names_the_customer(sentences, i, names) for i in named) \
                and not any(f[0] == "usage" and _their_own(f) for f in kept):
            continue
        if not any(f[0] != "usage" for f in kept):
            continue  # a testimonial's own usage alone: a story told in public
        for where, start, end in names:
            possessive = where.text[end - 2:end] in ("'s", "\u2019s")  # "That was Ana Ruiz's home"
            analysis.add("name", where, start, end - 2 if possessive else end, _WHY)
        for kind, where, start, end in kept:
            analysis.add(kind, where, start, end, _WHY)


def _told(analysis: Analysis, free: list, k: int, names: list) -> tuple[list, set]:
    """The paragraphs that tell the case of the person named in ``free[k]``, and those of them that are an
    interview's answers: the paragraph before, when this one gives the name of the customer it told of ("His name
    is ..."); the paragraphs after that refer back to them or name them again, or that are the questions and answers
    of an interview the paragraph opens ("We sat down with ...", or its first answer: "Who are you? I'm ...")."""
    segment = free[k]
    told = [segment]
    if k and _NAME_GIVEN.match(segment.text) and page_of(free[k - 1]) == page_of(segment):
        told.insert(0, free[k - 1])
    answers = set()
    introduced = any(_SELF_INTRODUCED.search(segment.text, max(0, a - 16), a) for _, a, _ in names)
    if introduced or any(_INTERVIEW.search(segment.text, max(0, a - 30), a) for _, a, _ in names):
        opening = len(told)
        for following in free[k + 1:k + 1 + _ANSWERS]:
            question = _QUESTION.match(following.text)
            if page_of(following) != page_of(segment) or not question:
                break
            told.append(following)
            if _ASKS_THEM.search(question.group()) or _FIRST_PERSON.search(following.text, question.end()):
                answers.add(following)
        if len(told) > opening:
            if introduced:
                answers.add(segment)  # the interview's first answer, the interviewee's own name in it
            return told, answers
        # no questions follow: a case note's "Spoke with NAME today", whose next paragraphs go on as any story's
    entries = _later_log_entries(analysis, segment)
    if entries:  # a dated log's row: its later rows are the case's, their details the person's
        return told + entries, set(entries)
    passed_over = False  # a paragraph of another matter set inside the story (a caption, a program's figure)
    for following in free[k + 1:k + 2 + _FOLLOWING_PARAGRAPHS]:
        if page_of(following) != page_of(segment):
            break
        named = _names_in(following.text)
        again = _not_serving(following.text, named)
        if not _OPENS_BACK.match(following.text) and not (
                again and len(_people(names + [(following, a, b) for a, b in again])) == 1) \
                and not (not again and _named_again(following.text, names)):
            if passed_over or named:
                break  # the story ends, or goes on of someone else
            passed_over = True
            continue
        told.append(following)
    return told, answers


# a table's cell's element: its table's and its row's part ("main > table > tr:nth-of-type(2) > td:nth-of-type(2)",
# "table 1 > row 3 > cell 2")
_CELL_OF_ROW = re.compile(r"(?P<row>(?P<table>.*\btable\b[^>]*>)\s*(?:tr|row)\b[^>]*>)\s*(?:td|th|cell)\b")
_LOG_ROWS = 12  # how many cells below its row a dated log's case may go on in


def _later_log_entries(analysis: Analysis, segment) -> list:
    """The cells of the rows below ``segment`` (the table's, read as its records, not as free text) when it is the
    entry of a dated log's table, a date alone in the cell before it in its row ("01/14/2026 | Ana Ruiz disputed the
    January bill ..." / "01/20/2026 | Field check at 12 Elm St"): a log's rows tell one case, up to a row that names a
    person or the table's end."""
    cell = _CELL_OF_ROW.match(segment.location.element or "")
    at = analysis.segment_index[id(segment)]
    if not cell or not at:
        return []
    dated = analysis.segments[at - 1]  # the row's cell before the entry's (not free text: a date is no sentence)
    before = _CELL_OF_ROW.match(dated.location.element or "")
    if not before or before["row"] != cell["row"] or not is_date(dated.text.strip()):
        return []
    entries = []
    for following in analysis.segments[at + 1:at + 1 + _LOG_ROWS]:
        below = _CELL_OF_ROW.match(following.location.element or "")
        if not below or below["table"] != cell["table"] or _names_in(following.text):
            break
        if not is_date(following.text.strip()):
            entries.append(following)
    return entries


def _sentences(text: str) -> list[tuple[int, int]]:
    ends = [m.end() for m in SENTENCE_END.finditer(text)]
    starts = [0] + ends
    return list(zip(starts, ends + [len(text)]))


def _private_names(analysis: Analysis, segment) -> list[tuple]:
    """(segment, start, end) of the names of people in ``segment``: a full name, a family in the plural, a case
    summary's given name before a bracketed account and its "last name ..."; an empty list when any of them is an
    official's, staff's, a firm's or a business's person, an example's stand-in or a history's subject: their
    paragraph is no customer's case."""
    text = segment.text
    found = []
    for start, end in _names_in(text):
        value = text[start:end]
        # a given name and a place's word the sentence makes a person's ("Wendell Plaza of 2857 N. Mesquite Cir asked
        # for a review of Acct # ...") is one, though person_name, reading the words alone, refuses a plaza
        name = person_name(value, strict=False) or (named_by_role(text, start, end) and value.lower())
        if not name or (value.split()[0].lower() in NOTE_VERBS and opens_sentence(text, start)):
            continue  # "Call Marlene at the Center": an instruction and a given name, no one's full name
        if _BYLINE.fullmatch(text, 0, start):
            return []  # "By Narine Hovhannisyan": the writer's byline, no one's case
        if analysis.contacts.name_is_public(name) or names_an_official(value, analysis.officials) \
                or named_officially(text, start, end) or in_a_role(text, start, end) or _WHO_RUNS.match(text, end) \
                or stands_in(text, start, end) or public_story(analysis, segment, start, end) \
                or names_a_community(text, start, end):
            return []
        found.append((segment, start, end))
    for start, end in _bare_names(text):
        if any(a < end and start < b for _, a, b in found):
            continue
        if named_as_a_business(text[start:end]) or public_story(analysis, segment, start, end) \
                or names_a_community(text, start, end):
            return []
        found.append((segment, start, end))
    return sorted(found, key=lambda n: n[1])


def _names_in(text: str) -> list[tuple[int, int]]:
    """The spans of people's names in ``text``, not a town's ("a typical home in Santa Olinda", "San Marino's")."""
    return [(start, end) for start, end in names_in(text, 0, len(text), True)
            if not _TOWN.match(text, start) and not _IN_TOWN.search(text, max(0, start - 4), start)
            and not _PROGRAM_AFTER.match(text, end)]


def _story_names(text: str) -> list[tuple[int, int]]:
    """The spans of people's names in a paragraph that goes on with a case (``_not_serving``)."""
    return _not_serving(text, _names_in(text))


def _not_serving(text: str, named: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The ``named`` spans of ``text`` less those of the staff who served the customer, named with their organization
    ("After a free audit by Vinh Thach of Altamira Community Power, ...") or their role: no second party to the
    case."""
    return [(start, end) for start, end in named if not _STAFF_OF.match(text, end) and not in_a_role(text, start, end)]


def _named_again(text: str, names: list[tuple]) -> bool:
    """Whether a paragraph names the case's person again by a word of their name alone, their given name as a
    story's quote does ("'We kept the blinds closed,' Tam said")."""
    words = {w for segment, start, end in names for w in re.findall(r"[^\W\d_]{3,}", segment.text[start:end])
             if w[0].isupper()}
    return any(re.search(rf"\b{re.escape(w)}\b", text) for w in words)


def _bare_names(text: str) -> list[tuple[int, int]]:
    """The spans of a family named in the plural ("The Bautistas were ..."), a given name before its account in
    brackets and a surname after "last name"."""
    spans = [m.span(1) for m in _FAMILY.finditer(text)] if "he " in text else []
    if "(" in text:
        spans += [m.span() for m in _GIVEN_BRACKETED.finditer(text) if not _town_of_address(text, m.start())]
    if "ast name" in text:
        spans += [m.span() for m in _LAST_NAME.finditer(text)]
    return spans


def _town_of_address(text: str, start: int) -> bool:
    """Whether the word at ``start`` is the town of the street address just before it ("my bill for 1234 E Fremont
    St, Pomona (account ...)"): a place, not a case summary's given name."""
    return any(0 < start - m.end() <= 2 and not text[m.end():start].strip(", ")
               for m in street_addresses(text, max(0, start - _ADDRESS_REACH), start))


# how far before a bracketed account's word its street address may begin
_ADDRESS_REACH = 80


def _people(names: list[tuple]) -> list[set[str]]:
    """The distinct people among ``names``: a name again by a word of it ("Ana Ruiz ... Ms. Ruiz", "The Ruizes ...
    Ms. Ruiz") is the same, and so is a surname after "last name" (the given name's before it).
    Two whole names that differ in a word are two people, whatever word they share ("Rafael Sandoval" and "Dariusz
    Sandoval", "Rafael Sandoval" and "Rafael Rahman": two speakers of one family or one given name)."""
    people: list[set[str]] = []
    wholes: list[list[set[str]]] = []  # each person's whole names (two words or more), as written
    for segment, start, end in names:
        if _LAST_NAME.match(segment.text, start) and people:
            continue
        base = {w.lower() for w in re.findall(r"[^\W\d_]{2,}", segment.text[start:end])} - _TITLE_WORDS
        words = base | {w[:-1] for w in base if w.endswith("s")} | {w[:-2] for w in base if w.endswith("es")}
        same = next((i for i, p in enumerate(people) if p & words and not (
            len(base) >= 2 and wholes[i] and all(not (base <= whole or whole <= base) for whole in wholes[i]))), None)
        if same is None:
            people.append(words)
            wholes.append([base] if len(base) >= 2 else [])
        else:
            people[same] |= words
            if len(base) >= 2:
                wholes[same].append(base)
    return people


# a title or an article before a name, no word of it ("Ms. Ruiz", "the Ruizes")
_TITLE_WORDS = frozenset({"mr", "mrs", "ms", "mx", "dr", "miss", "the", "sr", "sra", "srta", "don", "do\u00f1a"})


def _names_the_customer(sentences: list, i: int, names: list[tuple]) -> bool:
    """Whether sentence ``i`` makes the person it names a utility case's customer (see the module's docstring)."""
    segment, a, b = sentences[i]
    text = segment.text
    for where, start, end in names:
        if where is not segment or not a <= start < b:
            continue
        if _CUSTOMER_BEFORE.search(text, max(a, start - _BEFORE_REACH), start) or _CUSTOMER_AFTER.match(text, end, b) \
                or _STAFF_FOR_THEM.search(text, a, b):
            return True
    return False


def _identifies(sentence: tuple, names: list[tuple]) -> bool:
    """Whether the name's sentence says who an earlier sentence's unnamed customer was: "Her name was ...", "That
    respondent is ...", "We fixed it ... for ...", "That was ...'s home"."""
    segment, a, b = sentence
    text = segment.text
    return any(where is segment and a <= start < b and (_CUSTOMER_BEFORE.search(text, max(a, start - _BEFORE_REACH),
                                                                                 start) or _HOME_OF.match(text, end))
               for where, start, end in names)


def _home_named(sentence: tuple, names: list[tuple]) -> bool:
    """Whether the name's sentence says the home the sentence before gave is theirs: "That was Ana Ruiz's home"."""
    segment, a, b = sentence
    text = segment.text
    return any(where is segment and a <= start < b and _THAT_WAS.search(text, max(a, start - 20), start)
               and _HOME_OF.match(text, end) for where, start, end in names)


def _accounts(analysis: Analysis, told: list) -> list[tuple]:
    """("number", segment, start, end) of the account numbers the paragraphs give as someone's: "his is ...", and
    those the account detector found under their label ("Her account, 0042-118830-01, was credited"), whose sentence
    must still refer back to the person (``_tied``)."""
    spoken = [("number", s, *m.span(1)) for s in told if "is " in s.text for m in _THEIRS_IS.finditer(s.text)]
    labelled = [("number", a.segment, a.start, a.end) for s in told for a in analysis.anchors_in(s)
                if a.kind == "account" and not any(f[1] is s and f[2] == a.start for f in spoken)]
    return spoken + labelled


def _their_own(field: tuple) -> bool:
    """Whether the sentence giving a usage figure says, before it, that it is the person's own: "her bill", "our
    usage went from", "the household averaged", "it used"."""
    _, segment, start, _ = field
    ends = [m.end() for m in SENTENCE_END.finditer(segment.text, 0, start)]
    return bool(_THEIR_OWN.search(segment.text, ends[-1] if ends else 0, start))


def _tied(sentences: list, named: list[int], names: list[tuple], field: tuple) -> bool:
    """Whether the sentence giving ``field`` makes it the named person's (see the module's docstring)."""
    _, where, start, _ = field
    at = next((i for i, (s, a, b) in enumerate(sentences) if s is where and a <= start < b), None)
    if at is None:
        return False
    for i in named:
        if at == i:
            return True
        if at > i:
            between = sentences[i + 1:at]
            segment, a, _ = sentences[at]
            if all(_REFERS_BACK.search(s.text, x, y) or _goes_on_quoting(s.text, x, y)
                   or n == i + 1 and _HOME_NEXT.search(s.text, x, y) for n, (s, x, y) in enumerate(between, i + 1)) \
                    and (_REFERS_BACK.search(segment.text, a, start)
                         or field[0] == "usage" and _USAGE_WENT.search(segment.text, max(a, start - 60), start)):
                return True
            if at == i + 1 and field[0] == "address" and _SERVED_AT.search(segment.text, max(a, start - 40), start):
                return True
        elif i - at <= _EARLIER_REACH and _identifies(sentences[i], names) \
                and any(_ONE_UNNAMED.search(sentences[u][0].text, *sentences[u][1:])
                        and all(_REFERS_BACK.search(s.text, x, y) for s, x, y in sentences[u + 1:at + 1])
                        for u in range(max(0, i - _EARLIER_REACH - 1), at + 1)):
            return True  # "A customer on ... wrote. We looked up the account, his is ... His name is ..."
        elif i - at == 1 and field[0] == "address" and _home_named(sentences[i], names):
            return True
    return False


def _goes_on_quoting(text: str, start: int, end: int) -> bool:
    """Whether a sentence is a quotation speaking in the first person, the speaker's the sentence before named:
    "'My bill was ...,' said Ana Ruiz. 'That got my attention.'"."""
    return bool(_QUOTED.match(text, start) and _FIRST_PERSON.search(text, start, end))


def _customers(field: tuple) -> bool:
    """Whether a field of the told paragraph may be the person's: not in a sentence inviting the reader to call, or
    right after one ("For billing questions call Customer Care. Best number: ..."), not an office's or a business's
    line, not an area's or a class's usage."""
    kind, segment, start, end = field
    text = segment.text
    ends = [m.end() for m in SENTENCE_END.finditer(text, 0, start)]
    begin = ends[-1] if ends else 0
    stop = SENTENCE_END.search(text, end)
    sentence = text[begin:stop.start() if stop else len(text)]
    before = text[ends[-2] if len(ends) > 1 else 0:begin]
    if kind in ("phone", "email") and (_INVITES.search(sentence) or _INVITES.search(before)
                                       or _PLACES_LINE.search(text, max(begin, start - _PLACES_REACH), start)):
        return False
    if kind == "usage" and others_use(text, begin, start):
        return False
    return True
