"""The City's own published contacts, which are never findings, and how to tell a public contact on a
site pubcheck has no config for.

A city site shows its own address, phone numbers and mailboxes on every page; reporting them would bury
the one customer's phone number that matters. The built-in defaults are Pomona's. The ``[public]``
config table extends them, or replaces them for another city:

  email_domains     mail domains of the City and its utilities; their subdomains count too (default:
                    pomonaca.gov, ci.pomona.ca.us, pomonachoiceenergy.org, sce.com)
  phones            published telephone numbers in any common US form (default: City Hall
                    (909) 620-2311, Pomona Choice Energy (909) 620-2079, SCE 1-800-655-4555,
                    1-800-990-7788 and its outage line 1-800-611-1911, SoCalGas 1-800-427-2200, the
                    City's gas utility); every number in the same
                    thousands-block (area code, exchange and the first digit of the line, as
                    carriers assign a switchboard its numbers) counts as the City's too
  addresses         street addresses of public facilities, compared by number and street (default:
                    City Hall 505 S. Garey Ave., Public Library 625 S. Garey Ave., Police Department
                    490 W. Mission Blvd., all Pomona CA 91766)
  names             names of public officials and staff, never reported as customer names
  replace_defaults  true to use only the configured values instead of Pomona's (default false)

With no config these count as public anyway (the ``generic`` checks): role mailboxes (info@, clerk@,
noreply@, permits@ ...) on any domain; mail on government and education domains (.gov, .mil, .edu,
.us) and on the scanned site's own domain; toll-free numbers; numbers in the thousands-block of a number in
the page's header or footer; numbers and addresses labelled as an office's, department's, hotline's,
fax or a facility's (City Hall, Library, Park, Community Center, Fire Station, School ...); addresses
in an ``<address>`` element.
"""
from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import lru_cache
from urllib.parse import urlsplit

import phonenumbers

from .base import as_list, text_before
from .labels import gives_a_real_looking_number, has_stand_in
from .streets import (ABBREVIATIONS, DIRECTIONS, OTHER_DIRECTIONS, SUFFIXES, TYPES_AFTER_NAME, TYPES_BEFORE_NAME,
                      alternation)

DEFAULT_EMAIL_DOMAINS = ("pomonaca.gov", "ci.pomona.ca.us", "pomonachoiceenergy.org", "sce.com")
DEFAULT_PHONES = ("(909) 620-2311", "(909) 620-2079", "1-800-655-4555", "1-800-990-7788", "1-800-611-1911",
                  "1-800-427-2200")
DEFAULT_ADDRESSES = ("505 S. Garey Ave., Pomona, CA 91766", "625 S. Garey Ave., Pomona, CA 91766",
                     "490 W. Mission Blvd., Pomona, CA 91766")

TOLL_FREE = ("800", "833", "844", "855", "866", "877", "888")

ROLE_MAILBOXES = frozenset("""
info information contact contactus help helpdesk support service services customerservice custserv csr
customercare custcare care collections payments payment
admin administrator webmaster web website noreply donotreply no-reply do-not-reply postmaster abuse
clerk cityclerk citymanager manager mayor council citycouncil office frontdesk reception general
permits permit planning building engineering publicworks works finance billing accounts payables
receivables accounting purchasing procurement bids hr humanresources personnel jobs careers employment
recruiting recruitment press media news communications outreach marketing events volunteer volunteers
feedback comment comments publiccomment publiccomments ecomment ecomments questions inquiries records publicrecords
legal compliance privacy security
police fire library libraries parks recreation utilities water energy power sustainability programs
enroll enrollment optout opt-out rebates rebate outage outages sales team staff hello mail
orders reservations reservation bookings catering appointments quotes estimates
""".split())

# consumer mail providers: a mailbox there is a person's own, not an organization's
PERSONAL_DOMAINS = frozenset("""
gmail.com googlemail.com yahoo.com ymail.com rocketmail.com hotmail.com aol.com icloud.com me.com mac.com
outlook.com msn.com live.com sbcglobal.net att.net pacbell.net prodigy.net bellsouth.net verizon.net
charter.net spectrum.net roadrunner.com rr.com twc.com comcast.net cox.net earthlink.net juno.com netzero.net
frontier.com frontiernet.net centurylink.net windstream.net optonline.net protonmail.com proton.me gmx.com
mail.com zoho.com aim.com
qq.com foxmail.com 163.com 126.com yeah.net sina.com sina.cn sohu.com aliyun.com 139.com
naver.com daum.net hanmail.net nate.com kakao.com
yandex.ru yandex.com mail.ru bk.ru list.ru inbox.ru rambler.ru
yahoo.co.jp yahoo.com.vn yahoo.com.ph rediffmail.com
""".split())  # the last lines: the providers the City's Chinese, Korean, Russian, Armenian, Japanese, Vietnamese,
# Filipino and Indian customers keep from home

# the words of an office, a service line and an office's liaison on the City's translated pages (Spanish, Tagalog,
# Vietnamese; Chinese and Korean, written without spaces between words, count inside a label: "办公地址", "客服电话";
# an office in Russian, Punjabi ਦਫ਼ਤਰ, Hindi कार्यालय and दफ़्तर, Farsi دفتر and Armenian գրասենյակ, whose vowel signs
# no \b sees as a word's)
_OFFICE_TRANSLATED = r"\b(?:oficinas?|ayuntamiento|opisina|tanggapan|munisipyo|văn phòng|trụ sở|офис)\b|" \
                     r"办公|辦公|办事处|辦事處|" \
                     r"市政厅|市政廳|사무실|사무소|시청|" \
                     r"\u0a26\u0a2b\u0a3c?\u0a24\u0a30|\u0915\u093e\u0930\u094d\u092f\u093e\u0932\u092f|" \
                     r"\u0926\u092b\u093c?\u094d\u0924\u0930|\u062f\u0641\u062a\u0631|" \
                     r"\u0563\u0580\u0561\u057d\u0565\u0576\u0575\u0561\u056f"
_LINE_TRANSLATED = r"\b(?:l[ií]nea|coordinador|coordinadora|enlace|tagapag-ugnay|đường dây nóng|" \
                   r"điều phối viên)\b|客服|热线|熱線|总机|總機|联络员|聯絡員|联络人|聯絡人|协调员|協調員|고객센터|" \
                   r"담당자(?![가는께])"  # (not the staff member as a verb's subject: "담당자가 909-...(으)로 회신 전화를 드렸습니다")
# words before a phone number or an address that make it an office's, a facility's or a firm's
PUBLIC_CUE = re.compile(rf"(?i){_OFFICE_TRANSLATED}|{_LINE_TRANSLATED}|"
                        r"\b(?:office|offices|dept|department|division|bureau|city|county|state|"
                        r"hall|library|center|centre|station|hotline|helpline|line|fax|facsimile|"
                        r"desk|reception|switchboard|services?|program|call center|"
                        # (not a record's own: "Contact information on the account: primary phone ...")
                        r"information(?!\s+(?:on|for)\s+(?:the|this|that|her|his|their|your)\s+account\b)|"
                        # a customer service line, not "Customer phone 909-...", "the customer's cell"
                        r"customer(?!(?:['\u2019]s)?\s+(?:phone|cell|cellphone|mobile|tel|telephone|contact|number|no|#)\b)|"
                        r"info|inquir(?:y|ies)|media|press|tty|tdd|relay|toll[- ]free|emergency|dispatch|"
                        r"police|fire|sheriff|clerk|council|councilmember|commissioner|mayor|manager|"
                        r"director|coordinator|district|authority|commission|board|health|partners|alliance|"
                        r"coalition|club|society|ministries|network|"
                        r"supervisor|specialist|officer|administrator|staff|team|hr|human resources|"
                        r"personnel|recruitment|planning|permits?|building|engineering|utilit(?:y|ies)|"
                        r"water|energy|electric|edison|sce|pce|business|company|inc|llc|corp|"
                        r"corporation|agency|foundation|association|church|school|college|university|"
                        # a storefront's: "call the shop at", "the bakery's number"
                        r"shop|store|restaurant|cafe|caf\u00e9|bakery|salon|garage|pharmacy|dealership|"
                        r"hospital|clinic|park|museum|court|courthouse|post office|plaza|facility|"
                        # (and a notice's way to pay: "Pay by phone: (562) ...")
                        r"headquarters|civic|chambers|us|our|visit|remit|payments?|pay)\b"
                        # the reader told to call the number right after: "Anything else? You can call (626) ..."
                        r"|\b(?:you\s+(?:can|may|could)|feel\s+free\s+to)\s+call[ \t]*$"
                        # a city's service line by its short code: "Call 311 at (909) ...", "dial 211 or"
                        r"|(?<![\d.-])\b(?:311|211)\b(?![\d.-])")
# a works or a public place the City runs, written as a name: capitalized words before the noun of its kind ("Well
# Site 24", "Corporate Yard", "Animal Shelter", "Transit Center Parking Structure", "Fleet Maintenance Shop", "Okafor
# Sports Complex", "Booster Pump Station"), whatever the words call it; in lower case the noun is a home's or a job's
# ("my yard", "the job site"), and a "Shop" or a "Complex" is a firm's or a home's unless its first word says it
# serves the City's crews or the public ("Sunrise Apartment Complex", "Ana's Flower Shop")
_NAME_WORD = r"[A-Z][\w'\u2019-]*[ \t]+"
WORKS_NAMED = (rf"(?-i:(?:{_NAME_WORD}){{1,3}}(?:Site|Yard|Shelter|Structure|Reservoir|Depot|Substation)s?|"
               # a kind named by two words needs no name before it: "Transit Center", "Water Tank"
               rf"(?:{_NAME_WORD}){{0,3}}(?:(?:Lift|Pump|Pumping|Booster) Station|(?:Water|Storage) Tank|"
               r"(?:Storm Drain|Sewer|Irrigation|Well) Pump|"
               r"(?:Maintenance|Fleet|Equipment|Vehicle|Sign|Traffic) Shop|"
               r"(?:Sports|Athletic|Recreation|Aquatics?|Civic|Justice|Municipal|Public Safety) Complex|"
               r"(?:Sports|Athletic|Soccer|Softball|Baseball|Ball|Memorial) Field|Parking (?:Lot|Garage)|"
               r"(?:Transit|Tennis|Nutrition|Operations|Visitor|Cultural) Center|Memorial (?:Building|Hall)|"
               r"(?:Waste|Recycling|Treatment|Operations) Facility)s?)")
# words just before an address that make it a facility's or a firm's ("the Library, 625 S. Garey Ave."), not the
# end of a name ("O'PARK, JAMIE - 8856 ...")
FACILITY_CUE = re.compile(rf"(?i){_OFFICE_TRANSLATED}|"
                          r"(?<!['\u2019])\b(?:city hall|civic center|library|park|center|centre|station|police|"
                          r"fire|school|preschool|elementary|academy|college|university|museum|court|courthouse|"
                          r"post office|department|dept|"
                          r"division|office|offices|headquarters|chambers|auditorium|plaza|stadium|pool|lobby|"
                          r"facility|hospital|clinic|church|theater|theatre|inc|llc|corp|company|city of|"
                          # a utility's or a city's works: "the Water Reclamation Plant No. 2 at 2900 S. Reservoir St"
                          r"(?:treatment|reclamation|wastewater|sewage|water|power|generating|recycling)\s+plants?|"
                          # a form's "Mail payments to ...", "Mail to: ..."; not a desk note's "c/o James Ruiz, mail to
                          # 1599 E Arroyo Seco Trl", the customer's own mailing address
                          # the reader sent to an office ("or visit 700 N. Main Street", "please visit"); not a crew's
                          # visit to a home ("Crew will visit 986 E Phillips Blvd")
                          r"county of|visit us|(?:please|or|and|,)\s+visit|remit|"
                          rf"{WORKS_NAMED}|"
                          r"mail (?:payments?|checks?|remittances?) to|mail to(?=\s*:))\b")
# words before a mailbox that make it an organization's or its officer's, though at a consumer provider
# ("Friends of the Library: contact Dorothy Hale, ...@sbcglobal.net", "league coordinator ...@gmail.com")
ORGANIZATION_CUE = re.compile(r"(?i)\b(?:club|league|association|assn|society|foundation|friends of|committee|"
                              r"commission|board|council|alliance|coalition|network|ministries|church|school|pta|"
                              r"hoa|chamber|rotary|kiwanis|inc|llc|llp|corp|corporation|company|president|chair|"
                              r"chairman|chairwoman|chairperson|secretary|treasurer|coordinator|director|manager|"
                              r"officer|organizer|captain|coach|instructor|counsel|attorney|consultant|partners|"
                              r"team|program|office)\b|\bco\.")  # "Zhang Landscape Co., ..."
# words that make a phone number or an address a person's, whatever else stands before them (a "callback number"
# is the one someone asked to be called back at: "only if Council asks - callback number 909-...", and so is a note's
# bare "callback" right before the number: "(Staff note: callback (562) ...)"; not an office's offer of "a callback")
PERSONAL_CUE = re.compile(r"(?i)\b(?:cell|cellphone|mobile|home|personal|private|resident|residence|"
                          r"my|his|her|text me|emergency contact(?:'s)?|"  # a relative's, not 911's
                          # a second number the customer names to call, a relative's ("Alternate contact (daughter):")
                          r"(?:alternate|alt|secondary|backup)\.?\s+(?:contact|phone|number)|"
                          # a person handing the number to the office: "she gave us", "he left staff", "provided me"
                          r"(?:gave|gives|left|leaves|provided)\s+(?:us|me|staff)|"
                          r"call[\s-]?back\s+(?:number|no|phone|tel))\b"
                          r"|(?<!\ba )(?<!\ban )(?<!\bour )(?<!\byour )\bcall[\s-]?back\s*[:#]?\s*$")

# an extension after a number ("(909) 555-0190 ext. 4412", "x4412"): a desk's line at an office
_EXTENSION_AFTER = re.compile(r"(?i)[ \t]*,?[ \t]*(?:ext\.?|extension|x)[ \t]*\d{1,5}\b")
# ... which a person's own is only where the words before it say so: their work line, or a callback owed to them or
# the customer reached there ("Callback requested: Rosalind Okafor, tel. 951.337.4820 ext. 15")
_OWN_LINE_BEFORE = re.compile(r"(?i)\b(?:work|office|business|employer'?s?)\s*(?:ph(?:one)?|tel|number|line|#)?\.?\s*:?\s*$"
                              r"|\bcall[\s-]?backs?\b|\breturn\s+(?:the\s+|a\s+|their\s+|his\s+|her\s+)?call|"
                              r"\b(?:customer|cust|caller|resident|tenant|ratepayer|account\s?holder)\b|"
                              # a third person reached there, a case's party, a hearing's party on the line
                              r"\b(?:him|them|appellant|complainant|claimant|applicant|homeowner|household|occupant)\b|"
                              r"\bby\s+(?:tele)?phone\s+(?:from|at)\b|\bwhose\s+(?:phone\s+)?number\b|"
                              # the same in Spanish: "Número para devolver la llamada:", "su teléfono", "del inquilino"
                              r"\bdevolver\s+la\s+llamada\b|\b(?:mi|su)\s+(?:n[úu]mero\s+de\s+)?tel[ée]fono\b|"
                              r"\b(?:inquilin[oa]|client[ea]|titular)\b")


def desk_extension(text: str, start: int, end: int) -> bool:
    """Whether the phone at ``start``-``end`` is a desk's line at an office: an extension follows it ("Call me at
    (909) 555-0190 ext. 4412" in staff's comment on a case) and no words before it call it a person's own ("his cell",
    "cust work ph")."""
    if not _EXTENSION_AFTER.match(text, end):
        return False
    before = text[max(0, start - 60):start]
    return not (PERSONAL_CUE.search(before) or _OWN_LINE_BEFORE.search(before))


_ADDRESS_ELEMENT = re.compile(r"(?:^|[\s>])address(?:$|[\s>.:#\[])", re.IGNORECASE)

STREET_TYPES = frozenset(ABBREVIATIONS.get(word.upper(), word.upper()) for word in SUFFIXES)


_ADDRESS_WORD = re.compile(r"[A-Z0-9]+")


def address_tokens(text: str) -> list[str]:
    """Upper-case words of an address with the usual abbreviations: "South Garey Avenue" -> S GAREY AVE."""
    return [ABBREVIATIONS.get(t, t) for t in _ADDRESS_WORD.findall(text.upper())]


def canonical_address(text: str) -> str:
    return " ".join(address_tokens(text))


def _ascii_digits(text: str) -> str:
    """``text`` with every digit written as an ASCII one ("٥٠٥" -> "505")."""
    return text if text.isascii() else re.sub(r"\d", lambda m: str(int(m.group())), text)


def street_key(text: str) -> str:
    """Number and street, which identify a place whatever city/ZIP spelling follows: "505 S GAREY AVE"."""
    tokens = address_tokens(_ascii_digits(text))
    for i, token in enumerate(tokens[1:6], start=1):
        if token in STREET_TYPES:
            return " ".join(tokens[:i + 1])
    return " ".join(tokens[:4])


# An address written in another language's order (``context.shapes``' ``_OTHER_ORDER``) is compared by the parts it
# spells as the public address does: its number, and its direction, street name and type where it gives them in
# Latin letters or in words ``streets`` translates; a name in another script is left out ("加州波莫纳市南加里大道505号":
# 505, S, AVE is City Hall's 505 S GAREY AVE; "Calle Garey #505": 505, GAREY)
_ENGLISH_ORDER = re.compile(r"\s*\d{1,6}[A-Za-z]?\s+[A-Za-z]")
_CITY_BEFORE = re.compile(r".*(?:市|시)\s*,?", re.DOTALL)
_HOUSE_NUMBER = re.compile(r"\d{1,6}(?!\d)")
# each word's role and its USPS abbreviation ("南": a direction, S; "大道": a type, AVE; "Số": a number's mark)
_OTHER_WORDS = {**{word: ("direction", abbreviation) for word, abbreviation in OTHER_DIRECTIONS.items()},
                **{word: ("type", abbreviation) for word, abbreviation in TYPES_AFTER_NAME.items()},
                **{word: ("type", abbreviation) for word, abbreviation in TYPES_BEFORE_NAME.items()},
                "calle": ("type", ""), "avenida": ("type", "AVE"), "av": ("type", "AVE"), "số": ("mark", ""),
                "no": ("mark", "")}
# a word of a street: one of those, a Latin word, or a run of another script's letters up to one of those
_STREET_WORD = re.compile(rf"(?i:{alternation(_OTHER_WORDS)})(?![A-Za-z])|[A-Za-z]+"
                          rf"|(?:(?!{alternation(_OTHER_WORDS)})[^\W\d_])+")
_DIRECTION_WORDS = frozenset(ABBREVIATIONS.get(d.upper(), d.upper()) for d in DIRECTIONS)


def _street_parts(text: str) -> tuple[str, str, str, str] | None:
    """The number, direction, Latin name and type of an address in another language's order (each "" when it does
    not spell one), or None for an address in the English order."""
    text = _ascii_digits(text)
    number = _HOUSE_NUMBER.search(text)
    if number is None or _ENGLISH_ORDER.match(text):
        return None
    before = text[:number.start()]
    city = _CITY_BEFORE.match(before)
    street = before[city.end() if city else 0:]
    words = _STREET_WORD.findall(street)
    if all(_OTHER_WORDS.get(word.lower(), ("",))[0] == "mark" for word in words):  # "Số 505 đường Garey"
        words = _STREET_WORD.findall(re.split(r"[,\u060c(]", text[number.end():])[0])
    direction, name, kind = "", [], ""
    for i, word in enumerate(words):
        role, abbreviation = _OTHER_WORDS.get(word.lower(), ("", ""))
        upper = ABBREVIATIONS.get(word.upper(), word.upper())
        if role == "direction" or (i == 0 and upper in _DIRECTION_WORDS and len(words) > 2):
            direction = direction or abbreviation or upper
        elif role == "type":
            kind = abbreviation
        elif word.isascii() and upper in STREET_TYPES and i == len(words) - 1:
            kind = upper
        elif word.isascii() and not role:
            name.append(upper)
    return number.group(), direction, " ".join(name), kind


def _english_parts(address: str) -> tuple[str, str, str, str]:
    """The number, direction, name and type of a public address written in the English order."""
    tokens = street_key(address).split()
    direction = tokens[1] if len(tokens) > 2 and tokens[1] in _DIRECTION_WORDS else ""
    kind = tokens[-1] if tokens[-1] in STREET_TYPES else ""
    name = tokens[1 + bool(direction):len(tokens) - bool(kind)]
    return tokens[0], direction, " ".join(name), kind


def _same_street(parts: tuple[str, str, str, str], public: tuple[str, str, str, str]) -> bool:
    """Whether an address in another order's parts are those of a public address: the same number, and each part
    it spells the same, a name or a type among them."""
    return parts[0] == public[0] and any(parts[2:]) and all(
        not mine or mine == theirs for mine, theirs in zip(parts[1:], public[1:]))


# a Mexican mobile written with the "1" its dialling needed until 2019 ("+52 1 55 8872 2260"), as people still write it
_MEXICAN_MOBILE = re.compile(r"\+52[\s.-]*1(?=[\s.-]*\(?\d)")


# a North American number as a bill or an export writes it, "(909) 620-2311" or "909-620-2311" (the area code from 2):
# phonenumbers.parse reads it as the country's code 1 and its ten digits, after general work that was half of reading
# a customer export's 20,000 phones (tests/test_speed62.py holds the two readings equal)
_NORTH_AMERICAN_WRITTEN = re.compile(r"(?a)\(([2-9]\d\d)\) (\d{3})-(\d{4})|([2-9]\d\d)-(\d{3})-(\d{4})")


def _parsed(text: str) -> phonenumbers.PhoneNumber:
    """``phonenumbers.parse(text, "US")``."""
    written = _NORTH_AMERICAN_WRITTEN.fullmatch(text)
    if written:
        return phonenumbers.PhoneNumber(country_code=1, national_number=int("".join(filter(None, written.groups()))))
    return phonenumbers.parse(text, "US")


@lru_cache(maxsize=65536)
def to_e164(text: str) -> str | None:
    """The E.164 form of a valid number: North American unless a country code says otherwise; else None."""
    try:
        number = _parsed(text)
        if not phonenumbers.is_valid_number(number):
            legacy = _MEXICAN_MOBILE.match(text)
            if not legacy:
                return None
            number = phonenumbers.parse("+52 " + text[legacy.end():], None)
            if not phonenumbers.is_valid_number(number):
                return None
    except phonenumbers.NumberParseException:
        return None
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def number_block(e164: str) -> str:
    """"+19096202311" -> "+19096202": the thousands-block (area code, exchange and the line's first digit) a
    carrier assigns to one switchboard; the exchange's other 9,000 numbers are anyone's (residents' too)."""
    return e164[:9]


def is_toll_free(e164: str) -> bool:
    return e164.startswith("+1") and e164[2:5] in TOLL_FREE


def is_role_mailbox(local: str, at_consumer_provider: bool = False) -> bool:
    """A mailbox of a function, not a person: info@, city.clerk@, pce-info@, noreply@, permits2@."""
    local = local.lower()
    if local in ROLE_MAILBOXES:
        return True
    words = [w for w in re.split(r"[._+\-\d]+", local) if w]
    if not words:
        return True
    if words[0] in ROLE_MAILBOXES or "".join(words) in ROLE_MAILBOXES:
        return True
    # a single run such as "cityclerk" or "pomonaparks": a role word at either end; at a consumer provider beside a
    # place's or an office's name ("city", "pomona"), not an initial or a first name ("kparks@gmail.com",
    # "tomwater@yahoo.com", "sparks99@gmail.com" are people's)
    rest = 4 if at_consumer_provider else 0
    return len(words) == 1 and any((local.startswith(r) or local.endswith(r)) and len(local) - len(r) >= rest
                                   for r in ROLE_MAILBOXES if len(r) >= 4)


def is_institutional_domain(domain: str) -> bool:
    """Governments and schools publish their staff's mailboxes: .gov, .mil, .edu and .us (ci.x.ca.us)."""
    return domain.rsplit(".", 1)[-1] in ("gov", "mil", "edu", "us")


# the domains and top-level domains RFC 2606 reserves for documentation and testing: no one's mailbox is there
_RESERVED_DOMAINS = ("example.com", "example.org", "example.net")
_RESERVED_TLDS = ("example", "test", "invalid", "localhost")


def is_reserved_domain(domain: str) -> bool:
    """A form's placeholder mailbox ("jane.doe@example.com"): a domain reserved for examples, which no one can own."""
    return (domain.rsplit(".", 1)[-1] in _RESERVED_TLDS
            or any(domain == d or domain.endswith("." + d) for d in _RESERVED_DOMAINS))


# a word that calls a record's value a stand-in for testing: "Test Customer", "demo.user@example.com"
_TEST_WORD = re.compile(r"(?i)(?<![^\W_])(?:test|testing|demo|dummy|fake|placeholder)(?![^\W_])")
_MAILBOX_DOMAIN = re.compile(r"@([\w-]+(?:\.[\w-]+)+)")


def is_test_fixture(texts: list[str]) -> bool:
    """Whether a record's values (``texts``) are a developer's test fixture, no one's record: its mailboxes all on a
    domain kept for examples (example.com, .test: no one's mailbox can be there) and a value calling itself a test
    or a demo ("Test Customer", "demo.user@..."), as a site's script leaves them for its QA ("DEMO_ACCOUNT = {acct:
    '1234567890', name: 'Test Customer', email: 'test.customer@example.com'}"); or a component's placeholder, a
    stand-in value ("Jane Q. Sample", "123 Any Street") beside no number issued to anyone (a 555 phone, an account of
    zeros) and no mailbox but on such a domain (a design system's story: ``{holder: "John Q. Sample", phone:
    "(909) 555-0100", account: "700000000000"}``)."""
    domains = [m.group(1).lower() for text in texts for m in _MAILBOX_DOMAIN.finditer(text)]
    if not all(map(is_reserved_domain, domains)):
        return False
    if domains and any(_TEST_WORD.search(t) for t in texts):
        return True
    return any(has_stand_in(t) for t in texts) and not any(gives_a_real_looking_number(t) for t in texts)


def same_site(domain: str, url: str) -> bool:
    """True when a mail domain is the scanned site's own (www.cityofx.org serves mail at cityofx.org)."""
    host = (urlsplit(url).hostname or "").lower()
    if not host:
        return False
    base = host[4:] if host.startswith("www.") else host
    return domain == base or domain.endswith("." + base) or base.endswith("." + domain)


def in_address_element(element: str | None) -> bool:
    return bool(element and _ADDRESS_ELEMENT.search(element))


def public_cue(before: str, after: str = "", cue: re.Pattern = PUBLIC_CUE) -> bool:
    """True when the nearest cue before a value calls it an office's (or an office word follows it at
    once, as in "(909) 620-2000 (fax)"); a personal cue nearer to the value wins."""
    public_end = max((m.end() for m in cue.finditer(before)), default=-1)
    personal_end = max((m.end() for m in PERSONAL_CUE.finditer(before)), default=-1)
    if public_end > personal_end:
        return True
    after = after.lstrip(" ([-–,:|/\u00b7")
    word = cue.match(after)
    return (personal_end < 0 and bool(word) and not _SERVICE_AT.match(after)
            and not _MAILBOX_GOES_ON.match(after, word.end()))


# the rest of a mailbox's name and its "@": an office's word right after a number is a mailbox's first word there, the
# next field of a list of contacts ("(909) 318-5520, info@florist.com"), which says nothing of the number before it
_MAILBOX_GOES_ON = re.compile(r"[\w.+-]*@")


# a record's next field, the home served, not an office's word after its number: "909 . 623 . 4471, service at 5 ..."
_SERVICE_AT = re.compile(r"(?i)service\s+(?:at|address|addr|location|loc)\b")


# a transcript's turn opened by who speaks, two to four capitalised words and a colon ("Douglas Amankwah: ", "MS.
# RAMIREZ: ", ">> CHAIR CARRASCO: "), a person's name (``persons.speaker_label_end``): the speaker, not whom the turn's
# first clause is about (``public_holders``: a City facility's account they read out)
SPEAKERS_LABEL = r"(?:^|(?<=\n))[ \t]*(?:>>[ \t]*)?(?:[A-Z][\w.'\u2019-]*[ \t]+){1,3}[A-Z][\w'\u2019-]*:[ \t]+"
# not after "No. " or "St. 1", nor after an initial's or a street direction's point ("505 S. Garey Ave", "Ana M. Ruiz");
# a Chinese or Japanese full stop ends one too ("... 服务。 Ana Ruiz")
_CLAUSE_END = re.compile(r".*(?:(?<!\b[A-Z])[.!?;]\s+(?=[A-Z])|[\u3002\uff01\uff1f]\s*|\n)", re.DOTALL)


def clause_before(text: str, start: int, width: int = 60) -> str:
    """The words just before a value, back to the start of its line or sentence."""
    before = text_before(text, start, width)
    cut = _CLAUSE_END.match(before)
    return before[cut.end():] if cut else before


PUBLIC_KEYS = ("email_domains", "phones", "addresses", "names", "replace_defaults")


@dataclass(frozen=True)
class PublicContacts:
    """The configured (or default) public contacts, in the forms detectors compare against."""

    email_domains: frozenset[str]
    phones: frozenset[str]  # E.164
    blocks: frozenset[str]
    streets: frozenset[str]  # street_key of each address
    places: frozenset[tuple[str, str, str, str]]  # number, direction, name and type of each address
    names: frozenset[str]  # lower case, words joined by one space

    @classmethod
    def from_config(cls, public: Mapping | None) -> PublicContacts:
        public = public or {}
        unknown = sorted(set(public) - set(PUBLIC_KEYS))
        if unknown:
            raise ValueError(f"[public] has no key {unknown[0]!r}; known: {', '.join(PUBLIC_KEYS)}")
        key = tuple((k, tuple(as_list(public.get(k)))) for k in ("email_domains", "phones", "addresses", "names"))
        return _build(key, bool(public.get("replace_defaults", False)))

    def email_is_public(self, address: str, url: str = "", generic: bool = True) -> bool:
        local, _, domain = address.lower().rpartition("@")
        if any(domain == d or domain.endswith("." + d) for d in self.email_domains):
            return True
        return generic and (is_role_mailbox(local, domain in PERSONAL_DOMAINS) or is_institutional_domain(domain)
                            or same_site(domain, url))

    def email_is_official(self, address: str, url: str = "") -> bool:
        """A mailbox of the City, another government or a school, or on the scanned site's own domain: not
        a role mailbox on a consumer provider, which anybody can open."""
        domain = address.lower().rpartition("@")[2]
        return (any(domain == d or domain.endswith("." + d) for d in self.email_domains)
                or is_institutional_domain(domain) or same_site(domain, url))

    def phone_is_public(self, e164: str, generic: bool = True, blocks: Iterable[str] = ()) -> bool:
        if e164 in self.phones:
            return True
        return generic and (is_toll_free(e164) or number_block(e164) in self.blocks
                            or number_block(e164) in blocks)

    def address_is_public(self, text: str) -> bool:
        if street_key(text) in self.streets:
            return True
        parts = _street_parts(text)
        return parts is not None and any(_same_street(parts, place) for place in self.places)

    def name_is_public(self, name: str) -> bool:
        return " ".join(name.lower().split()) in self.names


@lru_cache(maxsize=32)
def _build(key: tuple, replace_defaults: bool) -> PublicContacts:
    config = dict(key)
    defaults = {"email_domains": (), "phones": (), "addresses": (), "names": ()} if replace_defaults else {
        "email_domains": DEFAULT_EMAIL_DOMAINS, "phones": DEFAULT_PHONES, "addresses": DEFAULT_ADDRESSES,
        "names": ()}
    values = {k: [*defaults[k], *config[k]] for k in defaults}
    phones = frozenset(filter(None, (to_e164(p) for p in values["phones"])))
    return PublicContacts(
        email_domains=frozenset(d.lower().lstrip("@") for d in values["email_domains"]),
        phones=phones,
        blocks=frozenset(number_block(p) for p in phones if not is_toll_free(p)),
        streets=frozenset(street_key(a) for a in values["addresses"]),
        places=frozenset(_english_parts(a) for a in values["addresses"]),
        names=frozenset(" ".join(n.lower().split()) for n in values["names"]),
    )


# a firm's staff as a proposal, a bid, a contract award or a consultant's scope presents them: the roles a firm names
# its people by ("Project Manager", "Principal-in-Charge", "Key Personnel", "Contractor's Superintendent"), and the
# licences and credentials written after an engineer's or a planner's name ("Daniel Kim, PE", "Ana Ruiz, AICP")
FIRM_ROLE = re.compile(r"(?i)\b(?:(?:(?:deputy|assistant|senior|lead)\s+)?project\s+(?:manager|engineer|director|lead|"
                       r"executive|principal|architect|coordinator|superintendent)|principal(?:[\s-]+in[\s-]+charge|"
                       r"\s+(?:engineer|planner|architect|consultant|scientist))|partner[\s-]+in[\s-]+charge|"
                       r"key\s+(?:personnel|staff)|proposed\s+(?:staff|team|personnel)|(?:construction|program|contract|"
                       r"account|quality|qa/qc|proposal|business\s+development)\s+manager|estimator|resident\s+engineer|"
                       r"owner['\u2019]s\s+representative|authori[sz]ed\s+(?:representative|signatory|signer)|"
                       r"(?:bidder|proposer|contractor|consultant|vendor|firm)['\u2019]?s?\s+(?:representative|contact|"
                       r"project\s+manager|superintendent|principal)|point\s+of\s+contact|primary\s+contact)\b")
_CREDENTIAL = re.compile(r"\b[A-Z][\w'\u2019-]+,?\s+(?:P\.\s?E\.|PE|S\.E\.|SE|AICP|LEED\s+AP|QSD|QSP|PLS|CPA|PMP|RCE|"
                         r"AIA|ASLA|CEM|ENV\s+SP|GISP|CFM|TE|PTOE)(?![\w-])")
# a firm named in the value's own clause, by its legal form or its trade ("Ana Garcia, Garcia Roofing, 455 W. Holt Ave,
# cell ...", "Kim Engineering, Inc."): a contractors' list gives each firm's contact so
_FIRM_IN_CLAUSE = re.compile(r"\b[A-Z][\w'\u2019-]*(?:\s+(?:&\s+)?[A-Z][\w'\u2019.-]*){0,3},?\s+(?:&\s+)?"
                             r"(?:Electric(?:al)?|Solar|Plumbing|Roofing|HVAC|Heating|Mechanical|Construction|"
                             r"Contractors?|Contracting|Builders|Landscaping|Engineering|Engineers|Consulting|Consultants|"
                             r"Associates|Architects|Surveying|Paving|Inc\.?|LLC|LLP|Corp\.?|Co\.)(?![\w-])")
# whose own number or mailbox it is, said before it: the writer's ("my cell", "call me"), a customer's or a resident's
_OWN_OR_CUSTOMERS = re.compile(r"(?i)\b(?:my|me|i|home|personal|private|resident|residence|customer|tenant|homeowner|"
                               r"caller|applicant|complainant|appellant|ratepayer|account\s+holder)\b")
_CLAUSE_START = re.compile(r".*(?:(?<!\b[A-Z])(?<!\bM[rsx])(?<!\bMrs)(?<!\bDr)[.!?;]\s+(?=[A-Z])|\n)", re.DOTALL)
_STAFF_BLOCK = 3  # a firm's staff block: the name and role line, then the phone, the mobile and the mailbox lines
_LINE_LABEL = 48  # what may open a line before the value: "Mobile:", "susan.ortega@kimengineering.com | cell"


def firm_staff_contact(segments: list, index: int, start: int) -> bool:
    """Whether the phone or mailbox at ``segments[index].text[start]`` is a firm's staff member's: its sentence, or
    one of the few lines above it on its page (a proposal's staff block: "Susan Ortega, PE - Deputy Project Manager" /
    "Mobile: (909) ..."), presents a person in a firm's role or with a professional's credential, or its sentence
    names the person's firm before it (a contractors' list), and nothing between says it is the writer's, a customer's or a resident's own. A firm publishes its people's work numbers and
    mailboxes, mobiles too, to be reached on its contract."""
    segment = segments[index]
    before = segment.text[max(0, start - 160):start]
    cut = _CLAUSE_START.match(before)
    texts = [before[cut.end():] if cut else before]
    if len(texts[0]) <= _LINE_LABEL:  # the value opens its line, after a label at most: the lines above go with it
        for above in reversed(segments[max(0, index - _STAFF_BLOCK):index]):
            if above.chrome or above.hidden != segment.hidden or above.location.page != segment.location.page:
                break
            texts.append(above.text)
    for k, text in enumerate(texts):
        if _OWN_OR_CUSTOMERS.search(text):
            return False
        if FIRM_ROLE.search(text) or _CREDENTIAL.search(text) or not k and _FIRM_IN_CLAUSE.search(text):
            return True
    return False
