"""Is this a person's name, and whose: a private person's or one the site names on purpose (an official,
a member of staff, a firm's contact)?

Three kept libraries share the work. nameparser splits a value into title, first, middle and last name.
probablepeople (usaddress's sibling, a CRF trained on names) tells a person ("Maria Lopez", "Jose and
Elena Ramirez") from an organisation ("Castellanos Tree Trimming", "Pomona Public Library"). The US
Census given-name frequency lists shipped in the ``names`` package tell a given name ("Ana", "Dale") from a
street, a department or a heading word ("Holt", "Finance", "Council"), which is what lets names be found in
running text, where no column header says that a value is a name.
"""
from __future__ import annotations

import dataclasses
import re
import unicodedata
from functools import lru_cache

import probablepeople
from nameparser import HumanName, Lexicon

from ..base import text_before
from ..public_contacts import PERSONAL_DOMAINS, SPEAKERS_LABEL, WORKS_NAMED, clause_before
from ..streets import PRE_TYPES, SUFFIXES, UNITS, alternation
from ..translations import LANGUAGE_NAME, only_labels
from ..vocabulary import (PARTICLES, common_word, fold, frequent, given_names, label_words, name_like, surname_shares,
                           surnames, word_frequencies)
from .cues import ABBREVIATED_TITLES, CUSTOMER_ROLE, PARTY_WORDS, PERSONAL_TITLES, SALUTATION_WORD
from .place_surnames import described_as_facility, person_by_role
from .plural_families import acting_families, unchanged_plural_families
from .word_given_names import double_surname, given_and_surname_by_role, given_name_no_word, holdings_after
from .family_first import KOREAN_FAMILIES, KOREAN_SYLLABLE, family_first_name, syllable_and_family, whole_names
from .honorifics import CHINESE_SURNAMES, KHMER_SURNAMES, KOREAN_SURNAMES, chinese_word, honorific_names
from .shapes import BOX_ADDRESS_RE, opens_an_address, street_addresses

# words of firms and places: never in a person's name ("ABC Electric", "Pomona Senior Center"), nor a utility
# program's, which a roll-up's "Program / participant" column writes between its participants ("Smart Thermostat
# Rebate | 268 | 1,688,150")
FIRM_OR_PLACE = frozenset("""
inc llc llp ltd corp corporation co company companies association assn foundation group partners services
service solutions systems electric electrical energy power solar utility utilities construction builders
contractors contracting engineering engineers consulting consultants surveying architects paving plumbing roofing
landscaping excavating demolition asphalt concrete mechanical hvac trucking hauling towing janitorial irrigation bank church school schools academy college university district department
dept division city county state council commission committee board agency authority office center centre
park parks library hall plaza station club society trust fund program project team staff store market
restaurant cafe hotel apartments homes realty properties management hospital clinic medical museum
theater theatre gallery studio fairplex edison choice pomona california house ranch building mansion adobe
community valley regional unified elementary senior youth neighbors family families friends league
payment payments bill bills statement notice assistance arrangement arrangements application request form
rebate rebates incentive incentives thermostat thermostats
courier gazette tribune chronicle bulletin sentinel examiner dispatch newspaper
falls springs heights lakes creek hollow bluff bluffs pines gardens estates terrace harbor cove junction crossing
canyon village township borough
sce pce scg socalgas ladwp smud
people alliance coalition network collective ministries ministry pta ptsa boosters orchestra symphony choir chorale
ensemble olympics scouts pantry outreach relief literacy habitat rescue guild auxiliary cooperative fellowship
congregation synagogue mosque veterans legion vfw charities charity
escalations operations relations collections resources
""".split())  # and a newspaper's ("told the Ardeno Courier"), and a town's ("Harrowgate Falls", "Cedar Springs"), and a
# utility's initials, which an owner's or a holder's column writes for the utility ("SCE", "City/SCE"), and the
# nouns a non-profit is named by, no legal suffix after them ("Eastside Tree People", "Latino Business Network",
# "Catholic Charities", "Valley Food Pantry", "Rosa Parks Elementary PTA", "Eastside Youth Orchestra", "Grace Ministries",
# "Veterans Post 12"),
# and an office's units ("Customer Escalations", "Billing Operations", "Community Relations", "Credit and Collections",
# "Water Resources")
_SURNAMES = frozenset({"park", "hall", "lane", "hill"})  # place words that are common surnames too ("Jane Park")
# what a "Name" column of a utility's or a city's accounts names when it is no person: a facility or a piece of
# plant ("Ganesha Pool", "Reservoir Pump", "Solar Array A"); a few are surnames too ("Plant", "Tower"), which
# ``is_place`` gives to a person after a given name
_FACILITY = frozenset("""
pool pools pump pumps reservoir reservoirs tank tanks array arrays plant plants facility facilities complex yard yards
gym garage fountain arena stadium lights lighting signal signals irrigation sewer wastewater stormwater warehouse
depot terminal airport cemetery campus annex tower towers substation
booster wellfield greenhouse pavilion playground shelter branch branches clubhouse clubhouses gymnasium
auditorium amphitheater amphitheatre
""".split())
# words of salutations, labels and prose that no name is made of
NOT_PERSON = FIRM_OR_PLACE | frozenset("""
customer customers caller callers resident residents occupant owner tenant name names none unknown tbd sir madam friend
friends neighbor neighbors colleague colleagues member members valued current dear all everyone applicant
homeowner homeowners ratepayer ratepayers participant mayor councilmember councilmembers honorable chair
commissioner commissioners director manager redacted the and of for to in on at by with from your our this
that re subject date page total month amount usage address phone email account billing street avenue ave
blvd road suite case item ticket file note notes log order invoice permit report representative specialist analyst
coordinator supervisor officer clerk planner engineer technician inspector superintendent agent rep csr
my his her their its we us no yes svc srv acct cust util dep rebill rebilled rebilling refund refunded credit credited
req pmt pmts arr arrg arrgmt bal amt adj disc reconn lvm ltr msg
traf sig sigs ltg ctrl cntrl irr irrig maint sta
pro tem tempore am pm appellant appellants complainant complainants claimant claimants landlord landlords tenants
household households works branch
renter renters lessee lessees lessor roommate roommates subscriber subscribers
inquilino inquilina inquilinos inquilinas arrendatario arrendataria propietario propietaria dueno duena dueño dueña
solicitante residente
metering true-up trueup interconnection enrollment opt-out
macmiil macmiilka kliyan kliyente kustomer kostumer abonne abonné client cliente
hello hi greetings aloha hola bonjour salaam ya'at'eeh yá'át'ééh
""".split())  # the customer in Somali, Haitian Creole, French and Spanish, greetings before a name, a department's
# or a library's unit ("Public Works", "Library Main Branch"; a given name before it keeps a person's name: "Michelle
# Branch"), and a CIS note's abbreviations in capitals ("REQ PMT ARR": requested a payment arrangement; "LVM": left a
# voicemail) and a check register's for the City's plant ("TRAF SIG": traffic signals, "ST LTG", "IRR CTRL", "PUMP
# STA"); the parties of an account written before a name as a role ("Renter Amira Haddad", "Inquilino Rogelio Nava"), in English and Spanish
# (and the Tagalog customer: kliyente, kustomer, kostumer)
# the words of a Vietnamese notice's or form's title that no name is made of ("THỎA THUẬN TRẢ GÓP" - payment plan
# agreement, "THÔNG BÁO" - notice, "PHIẾU", "TIỀN NƯỚC", "HỦY"), though its other words (Thuận, Thông) are given names;
# read with their tone marks, which tell them from the names they fold to (trả, not the name Trà; báo, not Bảo); and
# "tiếng", a language's ("Tiếng Việt" in a sign-up sheet's language column)
_VIETNAMESE_TITLE_WORDS = frozenset("""
thỏa thoả trả góp khoản báo phiếu nước điện phí nợ cước toán hoạch hủy huỷ ngừng tiếng
""".split())
# lower-case particles of surnames: Spanish, Portuguese, Italian, French, Dutch ("van 't", "ter", "ten", "op de"),
# German ("zu", "zur"), Arabic ("bin", "al-Masri"); the Dutch "'t" is the article's "het"
_DUTCH_AND_OTHER_PARTICLES = ("'t", "\u2019t", "het", "ter", "ten", "te", "op", "zu", "zur", "della", "delle", "degli",
                              "des", "dal", "dei", "ibn", "ben", "abu", "dela", "delos",
                              # Malay: "Siti binti Abdullah", "Nur binte Rahman" (daughter of), as "bin" is son of
                              "binti", "binte")
_PARTICLES = frozenset("de la del los las da di van von der den le du dos das bin al y st".split()) | frozenset(
    _DUTCH_AND_OTHER_PARTICLES)
# "al-Masri", "d'Souza", "dell'Acqua": a surname, its article joined to it in lower case
_ARTICLE_JOINED = re.compile(r"(?:(?:al|el)-|(?:d|dell)['\u2019])[^\W\d_a-z]")
_JOINED_ARTICLE_OPENING = re.compile(r"^(?:(?:al|el)-|(?:d|dell)['\u2019])")
_NAME_WORD = re.compile(r"['\u2019]t\b|[^\W\d_]+(?:['\u2019-][^\W\d_]+)*\.?")
# street types and place words: a capitalized run ending in one is a street or a place ("Dale Evans Pkwy")
_PLACE_AFTER = (frozenset("""
avenue ave av street st boulevard blvd road rd drive dr lane ln way court ct place pl parkway pkwy circle cir
terrace ter highway hwy trail trl square sq loop canyon creek ridge hills heights estates village vista high
middle row run pass walk path pike alley aly crossing xing springs
""".split()) | FIRM_OR_PLACE) - _SURNAMES


_OPENING, _CLOSING = "\"(\u201c", "\")\u201d"
# a nickname between a given name and a surname: 'Caridad "Nene" Santillan', "Roberto (Bobby) Salcedo",
# "Guadalupe 'Lupe' Ramirez"
_NICKNAME = (r" (?:\"[A-Z][\w'-]{1,15}\"|\u201c[A-Z][\w'-]{1,15}\u201d|\([A-Z][a-z'-]{1,15}\)"
             r"|'[A-Z][\w-]{1,15}'|\u2018[A-Z][\w-]{1,15}\u2019) ")


_SPEAKERS_LABEL = re.compile(SPEAKERS_LABEL)
_LABEL_HONORIFIC = re.compile(r"(?i)\s*(?:>>\s*)?(?:(?:mr|ms|mrs|mx|dr)\.?\s+|(?:vice\s+)?(?:chair|chairwoman|chairman|"
                              r"mayor|director|commissioner|councilmember|council\s+member|supervisor|clerk)\s+)?")


def speaker_label_end(text: str) -> int:
    """Where the words after the last transcript speaker's label in ``text`` start ("Douglas Amankwah: ", "MS.
    RAMIREZ: ", ">> DOLORES YBARRA: "), a person's name and a colon at a line's start; 0 without one. A field's
    label ("Service Address: ", "Community Energy Authority EIN: ") names no person and is no speaker."""
    for m in reversed(list(_SPEAKERS_LABEL.finditer(text))):
        label = m.group().strip().rstrip(":")
        name = label[_LABEL_HONORIFIC.match(label).end():]
        if person_name(name.title() if name.isupper() else name, strict=False) or \
                (len(name.split()) == 1 and name != label.lstrip("> ")):  # "MS. RAMIREZ": a title and a surname
            return m.end()
    return 0


@lru_cache(maxsize=65536)
def person_name(value: str, strict: bool = True) -> str | None:
    """The lower-case "first [middle] last" of a value that reads as one person's name, else None.

    ``strict`` (free text) also wants capitalized words, as names are written in prose. A nickname in quotes or
    brackets between the names is left out ('Caridad "Nene" Santillan').
    """
    text = re.sub(_NICKNAME, " ", " ".join(value.split())).strip(" ,;")
    if _CHINESE_NAME.fullmatch(text) and not chinese_word(text) or _KHMER_NAME.fullmatch(text) or (
            _HANGUL_NAME.fullmatch(text) and not _korean_word(text.replace(" ", ""))):
        return text  # "王秀英", "최지현": a surname's character and a given name, with no space to split them by
    if _HANGUL_WORDS.fullmatch(text) or (_CJK_WORDS.fullmatch(text) and (
            _KANA.search(text.split()[0]) or any(map(chinese_word, text.split())))):
        return None  # Korean words that are not a surname's syllable and a given name: "예를 들어" (for example);
        # Japanese or Chinese words before a space, a phrase's: "例えば 山田", "例如 住在" (a family name is no kana)
    if not 3 <= len(text) <= 60 or re.search(r"[\d@/\\|:;()\[\]{}<>=_&+*#$%!?\"]", text):
        return None
    if _HANGUL.search(text):
        return None  # Hangul has no capitals to tell a name by: a Korean name is the surname's syllable and a given
        # name (above), never a sentence's words ("안녕하세요. 제 이름은 ...")
    words = _NAME_WORD.findall(text)
    if not 1 <= len(words) <= 6 or ((any(w.lower().rstrip(".") in NOT_PERSON for w in words)
                                     # a place named after someone: "Daniela Ortega Field", "Kwame Asante Memorial Pool"
                                     or _place_named_after_someone([fold(w) for w in words], 0) is not None)
                                    and not _word_of_a_name(text, words)) or any(
            w.lower() in _VIETNAMESE_TITLE_WORDS for w in words):
        return None
    if strict and any(w[0].islower() and w.lower() not in _PARTICLES and not _ARTICLE_JOINED.match(w) for w in words):
        return None
    if _reads_plainly(text):
        return text.lower()
    human = HumanName(text)
    parts = [p for p in (human.first, human.middle, human.last) if p]
    if human.first and human.last and len(parts) + bool(human.title) <= 5:
        return " ".join(parts).lower()
    if human.title and len(parts) == 1:  # "Ms. Lopez"
        return parts[0].lower()
    return None


# a couple's first title and the "and" after it: "Mr. and Mrs. ", "Mr. & Mrs. ", "Sr. y Sra. "
_COUPLE_ADDRESSED = re.compile(r"^\s*(?:Mr|Mrs|Ms|Dr|Sr|Sra)\.?\s+(?:and|&|y)\s+(?=(?:Mr|Mrs|Ms|Dr|Sr|Sra)\.?\s)")


def addressed_name(value: str) -> str | None:
    """The name a letter's salutation gives ("Dear Victoria Hall,"): a person's, whose surname may be a place word
    that after a frequent given name would make a place ("Victoria Park"), since no one writes to a park. A couple
    written to by both titles ("Mr. and Mrs. Stephen D'Angelo") is read by the second."""
    value = _COUPLE_ADDRESSED.sub("", value, count=1)
    name = person_name(value, strict=True)
    if name:
        return name
    words = value.split()
    if (len(words) == 2 and words[0][:1].isupper() and words[1][:1].isupper() and fold(words[0]) in given_names()
            and fold(words[1]) in _surnames_after_initial()):
        return " ".join(words).lower()
    if (len(words) == 2 and words[0].endswith(".") and _plain(words[0]) in _PERSONAL_TITLES
            and _PLAIN_WORD.fullmatch(words[1]) and _word_surname_after_title([_plain(w) for w in words], 0, 1)):
        return words[1].lower()  # "Dear Mr. Street:", "Dear Ms. Park,": a title greets a person by a surname that
        # is a word too
    return None


def _nameparser_words() -> frozenset[str]:
    """Every word nameparser gives a role of its own: titles, suffixes, particles, conjunctions, maiden markers ..."""
    lexicon = Lexicon.default()
    vocabularies = (getattr(lexicon, f.name) for f in dataclasses.fields(lexicon))
    return frozenset(word for vocabulary in vocabularies if isinstance(vocabulary, frozenset)
                     for key in vocabulary for word in key.lower().replace(".", " ").split())


_NAMEPARSER_WORDS = _nameparser_words()
_PLAIN_WORD = re.compile(r"[A-Z][a-z]+(?:[-'][A-Za-z][a-z]+)?")


def _reads_plainly(text: str) -> bool:
    """Two or three capitalised words, none of which nameparser gives a role of its own: nameparser reads them
    as first, [middle,] last name, so ``person_name`` need not ask it (it costs 80 µs a name, most of a leaked
    export's detection; tests/test_big_tables.py checks the shortcut against nameparser on many names)."""
    words = text.split(" ")
    return 2 <= len(words) <= 3 and all(_PLAIN_WORD.fullmatch(w) and w.lower() not in _NAMEPARSER_WORDS
                                        for w in words)


def is_place(value: str) -> bool:
    """A name column's value that names a place, a facility or a firm ("Pomona Senior Center", "Palomares Park",
    "Ganesha Pool", "ABC Electric"), not a person whose surname is a place word ("ISAIAH A. CHURCH", "Jane Park")
    nor a person's own trust ("Kimberly P. French Living Trust"). A nickname between the names is none of its
    words: "William (Bill) Fairweather" is no bill."""
    value = re.sub(_NICKNAME, " ", value)
    words = _NAME_WORD.findall(value)
    return (any(w.lower().rstrip(".") in FIRM_OR_PLACE or w.lower() in _FACILITY for w in words)
            and not _word_of_a_name(value, words) and not personal_trust(value))


# the trust a household holds its home in, named after its people, as an assessment roll or a lien list names the
# owner: "Kimberly P. French Living Trust", "The Okafor Family Trust", "Ruiz 2009 Revocable Trust"
_PERSONAL_TRUST = re.compile(r"(?i)\s*(?:the\s+)?(?P<name>[^\d,]+?),?\s+(?:(?:19|20)\d\d\s+)?"
                             r"(?:(?:living|revocable|irrevocable|family|survivor'?s?)\s+)+trust\s*")


def personal_trust(value: str) -> bool:
    """Whether a name is a person's or a family's living, revocable or family trust: a private household, whose
    name is a person's ("Kimberly P. French Living Trust"), not a charity's or a firm's ("Pomona Valley Community
    Trust", "First Republic Trust")."""
    match = _PERSONAL_TRUST.fullmatch(value)
    if not match:
        return False
    name = match["name"]
    return bool(person_name(name, strict=False)) or all(fold(w) in surnames() for w in name.split())


def surname_after_given(given: str, surname: str) -> bool:
    """A place word or a label's word that is a common surname after a given name ("Ji-ho Park", "Catherine Park",
    "Sheena Church", "Eric Hall", "Odalys Page"), not after the namesake of a park or a hall ("Lincoln Park", "Jackson Hall") nor after a word
    ("Victoria Park", "Laurel Hill", "Grace Church"): the first word is a hyphenated given name (Korean and
    Chinese names in roman letters) or a given name more often a given name than a surname and, if it is a
    frequent word, far more often a name than that word."""
    if (fold(surname) not in _surnames_after_initial() and fold(surname) not in _label_surnames()) \
            or not given[:1].isupper():
        return False
    plain = fold(given)
    if "-" in plain:
        return name_like(given)  # a place's name is seldom hyphenated ("Lakeview Park")
    return _more_given_than_surname(plain) and (not frequent(given) or _name_more_than_word(plain))


# how many times more often a frequent word must be borne as a given name than written as a word for a place word
# after it to be a surname: Catherine, Mary, Emma (50 and more) are people's; Grace, Rose, Victoria (10 to 30) the
# parks', halls' and churches' named after the word
_NAME_OVER_WORD = 40


def _name_more_than_word(plain: str) -> bool:
    """Whether the share of people bearing the given name ``plain`` is ``_NAME_OVER_WORD`` times its frequency
    as a word of the language."""
    return given_names()[plain] / 200 >= _NAME_OVER_WORD * word_frequencies().get(plain, 0.0)


def _surname_by_role(text: str, given: tuple[int, int], surname: tuple[int, int]) -> bool:
    """A place word that is a common surname after a given name more often a given name than a surname, where the
    sentence makes the two a person (``place_surnames.person_by_role``): "PCE customer Grace Hall", "Ivan Park,
    whose service account ...", whatever word the given name also spells; or the possessive of an account after a
    given name that is no word ("Ezequiel Parks's account": a park's would be Victoria's or Lincoln's)."""
    bare = _without_possessive(text[surname[0]:surname[1]])
    return (fold(bare) in _word_surnames() and text[given[0]:given[0] + 1].isupper()
            and _more_given_than_surname(fold(text[given[0]:given[1]]))
            and (person_by_role(text, given[0], surname[1]) or (
                holdings_after(text, surname[0] + len(bare)) and given_name_no_word(text[given[0]:given[1]]))))


def named_by_role(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is a given name and a place word that is a surname that the sentence makes a
    person (``_surname_by_role``), which ``person_name``, reading the words alone, refuses."""
    words = [m.span() for m in re.finditer(r"\S+", text[start:end])]
    return len(words) == 2 and _surname_by_role(text, (start + words[0][0], start + words[0][1]),
                                                 (start + words[1][0], start + words[1][1]))


def _surname_after_unlisted_given(given: str, surname: str) -> bool:
    """A place word that is a common surname after a given name no Census list knows, as a surname or as a given
    name, and that no vocabulary holds as a word ("Xiaoling Park", "Nguyet Hall"), where an identifier ties the
    words to a person: a park or a hall is named after a word ("Central Park", "Ganesha Park") or a surname
    ("Palomares Park"), not after a rare given name."""
    plain = fold(given)
    return (fold(surname) in _surnames_after_initial() and given[:1].isupper() and given[1:].islower()
            and name_like(given) and plain not in given_names() and plain not in surnames())


# what makes the words before it a person, not a place named after one: "Jorge Park, a resident of ...", "Ana Hall, who
# lives at ..." (no park or hall resides anywhere)
_RESIDENT_AFTER = re.compile(r",?[ \t]+(?:(?:an?|the)[ \t]+(?:(?:longtime|long-time|lifelong|local|retired|elderly|"
                             r"senior)[ \t]+)?(?:resident|homeowner|tenant|renter)[ \t]+(?:of|at|on)\b|who[ \t]+"
                             r"(?:lives|lived|resides|resided)[ \t]+(?:at|on)\b)")


# a mailbox right after a name, in angle brackets or brackets as a message's header or a list writes it: "Clay Park
# <claypark95@yahoo.com>", "Joy Church (joy.church@gmail.com)"
_MAILBOX_RIGHT_AFTER = re.compile(r"[ \t]*[<(\[]?[ \t]*(?:mailto:)?(?P<local>[\w.+-]+)@(?P<domain>[\w-]+(?:\.[\w-]+)+)")


def _own_mailbox_after(text: str, given: tuple[int, int], surname: tuple[int, int]) -> bool:
    """A given name and a place word that is a common surname ("Clay Park", "Joy Church", "Luz Hall") written right
    before a mailbox at a personal mail provider (``PERSONAL_DOMAINS``) whose letters spell the two and nothing else
    ("claypark95@", "joy.church@", "parkclay@") or the initial and the surname ("cpark@"): a person's own address, as no park, church or hall
    keeps one at yahoo.com (a park's is at its city's or its district's domain)."""
    first, last = text[given[0]:given[1]], text[surname[0]:surname[1]]
    if not (first[:1].isupper() and first[1:].islower() and fold(last) in _surnames_after_initial()
            and fold(first) in given_names()):
        return False
    mailbox = _MAILBOX_RIGHT_AFTER.match(text, surname[1])
    if not mailbox or mailbox.group("domain").lower() not in PERSONAL_DOMAINS:
        return False
    own = re.sub(r"[^a-z]", "", fold(mailbox.group("local")))
    g, s = fold(first), fold(last)
    return own in (g + s, s + g, g[0] + s)  # the letters are the name's alone: no office's "gracechurchoffice@"


def given_before_place_surname(value: str) -> bool:
    """A cell of two words, a given name no list knows and a place word that is a common surname ("Yupanqui Park",
    "Jiwoo Park"): a person where the column names who the row is about (``headers.person_role_column``), since no
    park or hall enrols, calls or is paid a refund."""
    words = value.split()
    return len(words) == 2 and _surname_after_unlisted_given(*words)


def given_before_word_surname(value: str) -> bool:
    """Two capitalised words, a given name borne more often as a given name than as a surname and a place's or a
    label's word that is a surname too ("Hope Hall", "Bill Plaza", "Filomena Street"): a person where the record
    says whose it is (``record_cards``), though the words alone read as a hall, a plaza or a street."""
    words = value.split()
    return (len(words) == 2 and all(_PLAIN_WORD.fullmatch(w) for w in words)
            and _more_given_than_surname(fold(words[0])) and fold(words[1]) in _word_surnames())


def split_name_halves(given: str, surname: str) -> bool:
    """A first-name column's cell and a last-name column's cell of one row that are a person's halves, whatever
    word the surname also spells ("Tuan" | "Branch", "Bill" | "Ho", "Joy" | "Church"): a place, a facility or a firm
    has no first name for a row to split it into. The given name is one listed or name-like word (or two, "Mary
    Ann"), the surname one listed surname (one American in 100,000 bears it)."""
    given_words, surname_words = given.split(), surname.split()
    return (1 <= len(given_words) <= 2 and len(surname_words) == 1
            and all(_PLAIN_NAME_WORD.fullmatch(w) and len(w) > 1 and (fold(w) in given_names() or name_like(w))
                    for w in given_words)
            and _PLAIN_NAME_WORD.fullmatch(surname_words[0]) is not None
            and surname_shares().get(fold(surname_words[0]), 0.0) >= _LISTED_SURNAME)


def surname_after_initial(given: str, surname: str) -> bool:
    """A place word that is a surname after a given name and a middle initial ("Nicole R. Park", "Andrew J.
    Hall", "Isaiah A. Church"): no park, hall or church is named so, but the given name must be more often a given
    name than a surname ("Lincoln R. Park" is no one's), or hyphenated as Korean and Chinese given names are in roman
    letters ("Seung-hoon M. Park"), which no list holds whole."""
    plain = fold(given)
    return fold(surname) in _surnames_after_initial() and given[:1].isupper() and (
        name_like(given) if "-" in plain else _more_given_than_surname(plain))


# how many Americans must bear a place's word as a surname for a role to make it one's after a given name: Plaza (2
# in 100,000) and Street (8) are; a label's word must be a common surname (1 in 10,000: Page, Case), as "To", "Re" and
# "Her" are no one's however a list counts them
_ROLE_PLACE_SURNAME_SHARE = 1e-5
_ROLE_LABEL_SURNAME_SHARE = 1e-4


@lru_cache(maxsize=1)
def _label_surnames() -> frozenset[str]:
    """Words of labels and prose that are common surnames (Page, Case): after a given name that is no frequent word
    ("Odalys Page") one's surname, as no label or page is named after a given name."""
    shares = surname_shares()
    places = FIRM_OR_PLACE | _PLACE_AFTER | _SURNAMES | _FACILITY
    return frozenset(w for w in NOT_PERSON - places if shares.get(w, 0.0) >= _ROLE_LABEL_SURNAME_SHARE)


@lru_cache(maxsize=1)
def _word_surnames() -> frozenset[str]:
    """Words of places, firms and labels that are surnames too, rare ones included (Plaza, Street, Page, Church,
    Park): a sentence's role for a person ("PCE customer Hortensia Plaza", "Dolores Street of 1663 Buckthorn Way
    (Acct # ...)") makes one a surname after a given name, where the word alone reads as a place or a label."""
    shares = surname_shares()
    places = FIRM_OR_PLACE | _PLACE_AFTER | _SURNAMES | _FACILITY
    return frozenset(w for w in places if shares.get(w, 0.0) >= _ROLE_PLACE_SURNAME_SHARE) | _label_surnames()


@lru_cache(maxsize=1)
def _surnames_after_initial() -> frozenset[str]:
    """Place and firm words that are common surnames (at least 1 in 10,000 Americans: Hall, Park, Parks,
    House, Church, Pike): after a given name and a middle initial ("ISAIAH A. CHURCH") they are one's surname."""
    shares = surname_shares()
    return frozenset(w for w in FIRM_OR_PLACE | _PLACE_AFTER | _SURNAMES | _FACILITY if shares.get(w, 0.0) >= 1e-4)


# the trade a shop's name ends with ("Hamilton Hardware", "Olukunga Lawn Care", "Ortiz Tires"): words no surname is
# (not "Baker", "Market", "Glass"), or a trade of two words whose last one is ("Lawn Care", "Body Shop", "Auto Glass")
_TRADE_END = re.compile(
    r"(?i)\s(?:hardware|bakery|bakeshop|repair|tires?|automotive|plumbing|electric|roofing|cleaners|laundromat|"
    r"barbershop|caf[eé]|restaurant|deli|grocery|groceries|pharmacy|florists?|nursery|landscaping|construction|"
    r"hauling|towing|insurance|realty|dental|clinic|studio|printing|jewelers|jewelry|boutique|motors|garage|"
    r"pizzeria|tacos|taqueria|diner|brewery|liquor|supply|supplies|lumber|bistro|catering|fitness|tailoring|"
    r"alterations|upholstery|cabinets|flooring|painting|grooming|veterinary|daycare|tutoring|transmission|"
    r"collision|detailing|carwash|bookstore|cycles|antiques|kitchen|grill|eatery|cantina|cocina|panader[ií]a|"
    r"creamery|taproom|bakehouse|(?:bike|auto|iron|wood|glass|sign)\s+works|"
    r"(?:lawn|tree|pet|auto|nail|hair|home|yard)\s+(?:care|service|salon|repair)|(?:auto|window|plate)\s+glass|"
    r"[\w'\u2019-]+\s+shop|bookshop|ceramics|pottery|roasters|roastery|"
    r"(?:pho|coffee|tea|steak|pancake|noodle|burger|curry|chop)\s+house|"
    r"(?:hair|nail|beauty)\s+salon|(?:meat|farmers|food)\s+(?:market|mart)|"
    # the everyday kinds of a city's licensed businesses: shops and markets, food, personal care, health, fitness and
    # schooling, home and car trades, offices (a business licence list's "Evergreen Market", "Seoul Nail Spa",
    # "Desert Bloom Physical Therapy"); no word here is a surname of one American in 100,000 ("Barber", "Mercado",
    # "Solar" and "Center" are, so they end a name only after a trade's word: "Tire Center")
    r"market|markets|minimart|supermarket|spa|salon|lashes|threading|nails|barbers|tattoos?|cosmetics|"
    r"chiropractic|acupuncture|massage|wellness|therapy|optometry|optical|orthodontics|pediatrics|podiatry|"
    r"dermatology|apothecary|kennels?|pilates|yoga|dojo|karate|taekwondo|gymnastics|preschool|montessori|childcare|"
    r"laundry|locksmiths?|bikes|motorsports|storage|movers|trucking|logistics|courier|janitorial|maids|"
    r"handyman|exterminators?|hvac|fencing|masonry|drywall|stucco|remodeling|cabinetry|countertops|appliances?|"
    r"electronics|wireless|cellular|computers|graphics|signs|photography|framing|donuts|bagels|pizza|sushi|ramen|"
    r"pho|boba|teriyaki|banh\s+mi|dim\s+sum|tofu|noodles?|tailors?|parts|"
    r"bbq|barbecue|smokehouse|burgers|tortiller[ií]a|carnicer[ií]a|pupuser[ií]a|paleter[ií]a|winery|distillery|"
    r"gastropub|buffet|patisserie|chocolates|gifts|apparel|fashions|consignment|furniture|mattress(?:es)?|carpets|"
    r"mortgage|escrow|notary|lending|travel|limousine|rooter|"
    r"(?:auto|tire|tires|smog|lube|body|glass|learning|tutoring|fitness|dance|music|art|medical|dental|urgent\s+care|"
    r"garden|home|design|copy|print|recycling|service|shopping)\s+(?:center|centre)|"
    r"[\w'\u2019-]+\s+(?:services?|academy|school|studio|gym|pros)|"
    r"(?:physical|massage|speech|occupational)\s+therapy|martial\s+arts|animal\s+hospital|car\s+wash|"
    r"real\s+estate|dry\s+cleaners?|pest\s+control)\s*$")


def trade_name(name: str) -> bool:
    """A name that ends with a trade after the owner's name or another word ("Olukunga Lawn Care", "Tran Home
    Daycare", "Hamilton Hardware"): a sole proprietor's business, which names no person though its owner's name
    is in it."""
    return bool(_TRADE_END.search(name.strip()))


def plain_name(value: str) -> bool:
    """A value a column explicitly headed "Customer Name" may hold: a firm as well as a person, but no month or
    day (a "Name" column of monthly totals), no total row, no name masked for the screen ("J*** M***",
    "R••• Diaz": a page that masks the name shows no one's), and no note in brackets standing where the name would
    ("(see CIS)", "(on file)": a trimmed sheet's pointer to the system that holds the name)."""
    words = value.split()
    return (1 <= len(words) <= 8 and any(c.isalpha() for c in value) and not re.search(r"[@\d]|[*•●█]{2}", value)
            and not re.fullmatch(r"\s*[(\[][^()\[\]]*[)\]]\s*", value)
            and not re.fullmatch(r"(?i)[\sx*█_.-]+|n/?a|none|tbd|unknown|redacted|\[redacted\]", value)
            and not _CALENDAR_OR_TOTAL.fullmatch(value.strip(" .:")))


_CALENDAR_OR_TOTAL = re.compile(
    r"(?i)(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|"
    r"oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|(?:mon|tues|wednes|thurs|fri|satur|sun)day|"
    r"(?:grand |sub-?)?totals?|average|avg|mean|median|all)")


def _word_of_a_name(text: str, words: list[str]) -> bool:
    """Whether the words that are a place's or a firm's are a name's here: a surname after a given name ("Ji-ho
    Park") or a middle initial ("Nicole R. Park"), or before a given name ("PARK, YOUNG-HO"), a given name after a
    title ("Mrs. Bill Gibson"), a hyphenated given name after the surname, in Korean order without a comma ("PARK
    JI-HOON"), "My" before a surname ("My Le": whose, the callers say), or "Bill" before a surname that is no word
    ("Bill Kowalski"; not "Bill Summary"), and a syllable of a name written family name first ("Ahn Duc My") or
    before a family name no English word spells ("My Baek")."""
    if family_first_name(words) or (len(words) == 2 and syllable_and_family(*words) and not frequent(words[1])):
        return True  # "My Baek", not "My Son"
    if len(words) == 3:
        plain = [fold(w.rstrip(".")) for w in words]
        return ((len(plain[1]) == 1 and surname_after_initial(words[0], words[2]))
                or (plain[0] in _TITLES and _given_after_title(plain, 1))  # "Mrs. Bill Gibson"
                # "PARK, Eun-ji J.", "Hall, Denise M.": a surname first, its given name and a middle initial
                or ("," in text and len(plain[2]) == 1 and word_surname_first(words[0], words[1])))
    return len(words) == 2 and (
        surname_after_given(words[0], words[1]) or _hmong_her(words)
        or (("," in text or "-" in words[1]) and word_surname_first(words[0], words[1]))
        or (words[0] in ("My", "MY") and words[1].lower() not in NOT_PERSON
            and surname_shares().get(fold(words[1]), 0.0) >= 1e-5)
        or (words[0] in ("Bill", "BILL") and fold(words[1]) in surnames() and name_like(words[1])))


# the syllables Burmese and Karen names are made of, written as separate capitalised words ("Aye Aye Aung", "Saw Eh Doh
# Htoo", "Naw Mu Lar Say"), with the honorifics that open them (Karen "Saw", "Naw"; Burmese "U", "Daw", "Ko", "Ma",
# "Maung"): most are no English word, and a name has at least one of those
_BURMESE_SYLLABLES = frozenset(
    "aung kyaw htoo htet hla myint thein zaw naing nyein khin mya tun maung myo htun phyo hnin hser lwin thant soe "
    "thiha thura kyi nyunt oo thwe sandar ohn khaing moe moo wint yadanar ei phyu shwe thuzar nwe myat pyae sithu "
    "linn htay nant wah ler doh mu ku lar blu hsa eh dah taw thaw mahn thra khu kyu htwe nyi lin aye hnaung".split())
_BURMESE_ALSO_ENGLISH = frozenset("saw naw say win min nay yan su thu may ko ma u daw ni paw gay poe nee san than "
                                  "thet zin wai".split())
_BURMESE_WORDS = _BURMESE_SYLLABLES | _BURMESE_ALSO_ENGLISH


def _burmese_name(words: list[str], i: int) -> int | None:
    """The index of the last word of a Burmese or Karen name that starts at ``words[i]``: two to five words, each a
    syllable of such names, at least one of them no English word ("Say Win" is a sentence's)."""
    j = i
    while j < len(words) and j - i < _MAX_WORDS and words[j] in _BURMESE_WORDS:
        j += 1
    return j - 1 if j - i >= 2 and any(w in _BURMESE_SYLLABLES for w in words[i:j]) else None


def _hmong_her(words: list[str]) -> bool:
    """Whether two words are a given name and the Hmong surname Her ("Nou Her", "Kou Her"), not the pronoun: "Her"
    capitalised right after a capitalised rare word, no sentence's or a heading's verb ("Ask Her", "Love Her")."""
    return (len(words) == 2 and words[1].rstrip(",.") == "Her" and words[0][:1].isupper() and words[0][1:].islower()
            and not frequent(words[0]))


@lru_cache(maxsize=16384)
def probable_kind(text: str) -> str | None:
    """What probablepeople reads ``text`` as: "Person", "Household" ("Jose and Elena Ramirez") or
    "Corporation"; None when it cannot read it as one. It reads the letters without their accents: its model
    takes a rare accented word for a firm's ("Martín Logan" is a Corporation, "Martin Logan" a Person)."""
    plain = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
    try:
        return probablepeople.tag(plain)[1]
    except probablepeople.RepeatedLabelError:
        return None


def is_person(text: str) -> bool:
    return probable_kind(text) in ("Person", "Household")


# -- names in running text -------------------------------------------------------------------------

_TITLES = frozenset("mr mrs ms miss mx dr sr sra srta senor senora senorita don dona".split())
# the letters of Latin script with its extensions, by case: "María López", "Michał Dąbrowski"; the IPA block's
# letters that national alphabets took up, lower case only, their capitals being in Latin Extended-B (Azerbaijani
# "ə": "Nüsrət Məmmədova", Akan and Ewe "ɛ", "ɔ": "Ɔpɔkuɛ"); and Latin Extended Additional, which holds Vietnamese
# vowels with two marks ("Nguyễn Thị Hương", "HOÀNG, BẢO VĂN")
_UPPER = "A-Z" + "".join(c for c in map(chr, [*range(0xC0, 0x2B0), *range(0x1E00, 0x1F00)]) if c.isupper())
_LOWER = "a-z" + "".join(c for c in map(chr, [*range(0xC0, 0x2B0), *range(0x1E00, 0x1F00)]) if c.islower())
_LETTER = _UPPER + _LOWER


@lru_cache(maxsize=4096)
def given_and_listed_surname(value: str) -> bool:
    """A whole value that reads as a given name and a listed surname, whatever else the words are: a place word
    ("Jordan Hall", "Tom Pool", "Darío Park") or a given name that is a word too ("Augusto Robles"). Only where the
    column and the row say a person stands there (a caller's, a payee's beside their SSN): no park calls or is paid
    under an SSN. probablepeople must still read the words as a person's, and the Census list hold the surname."""
    words = value.split()
    if not 2 <= len(words) <= 3 or not all(_PLAIN_NAME_WORD.fullmatch(w) for w in words):
        return False
    given, surname = fold(words[0]), fold(words[-1])
    return (surname_shares().get(surname, 0.0) >= _LISTED_SURNAME and (given in given_names() or given in surnames())
            and (len(words) == 2 or len(words[1].rstrip(".")) == 1) and is_person(value))


# a word of a name as a name column writes it: "Darío", "Mi-Kyung", "HALL", or an initial
_PLAIN_NAME_WORD = re.compile(rf"[{_UPPER}][{_LOWER}]+(?:-[{_UPPER}][{_LOWER}]+)?|[{_UPPER}]+(?:-[{_UPPER}]+)?|"
                              rf"[{_UPPER}]\.?")
_RAREST_SURNAMES = 2e-5  # below two Americans in 100,000: the rarest surnames the Census lists (one in 100,000)
_LISTED_SURNAME = 1e-5  # a surname borne by one American in 100,000 ("Pool", "Robles"; not a mere word of the list)


def name_over_a_listed_surname(value: str) -> bool:
    """Two words that read as a person's, the second a listed surname, the first a given name the lists may not hold
    or spell as a word ("Perpetua Zapata", "Urbano Bustamante"): the name a sender block under a letter opens with."""
    words = value.split()
    return (len(words) == 2 and all(_PLAIN_NAME_WORD.fullmatch(w) and len(w) > 1 for w in words)
            and surname_shares().get(fold(words[1]), 0.0) >= _LISTED_SURNAME and is_person(value))


# a word of a name: capitalised or upper case, with inner capitals, apostrophes and hyphens ("McLarson", "O'Mejia",
# "DeShawn", "Mi-kyung", "Rogers-Chin", "El-Qasim", "COMPTON-LA"); or an initial ("M.")
# the ʻokina of Hawaiian names ("Kaʻiulani", "ʻAkau") is a letter of the word, typed as U+02BB or a turned quote;
# before a name's first vowel (Tongan "'Ana", "ʻOfa") an apostrophe or a turned quote types it too
_OKINA = "\u02bb\u2018"
# a pronoun and a verb run together ("I'm", "I'd", "We'll"): a word of speech, never of a name ("Hi, I'm Ana Ruiz")
_CONTRACTION = r"(?i:i|you|we|they|he|she|it|that|there|what|who|let)['\u2019](?i:m|d|s|ll|ve|re)(?![\w'\u2019])"
# an Irish surname's h before a vowel after "Ó", "Ní" or "Uí" ("Ó hEanna", "Ní hAodha") is a letter of the word too
_IRISH_H = r"(?:(?<=\u00d3 )|(?<=N\u00ed )|(?<=U\u00ed ))h(?=[AEIOU\u00c1\u00c9\u00cd\u00d3\u00da])"
_WORD = (rf"[{_UPPER}]\.|(?!{_CONTRACTION})(?:\u02bb|['\u2018](?=[AEIOU])|{_IRISH_H})?[{_UPPER}][{_LETTER}'\u2019{_OKINA}]*"
         rf"(?:-[{_LETTER}][{_LETTER}'\u2019{_OKINA}]*)*(?<!['\u2019{_OKINA}])")
# particles of surnames written in lower case ("Ana de la Cruz", "Jörgen van de Kooij"), and "St." ("Valerie St.
# Kaufman"), which in a run of names is no street
_PARTICLE = (r"(?:de|del|la|los|las|van|von|der|den|da|di|du|dos|das|y|le|bin|St\.|"
             + "|".join(map(re.escape, _DUTCH_AND_OTHER_PARTICLES)) + ")")
# an Arabic surname's article joined by a hyphen: "Nour al-Masri", "Omar el-Amin"; an Italian or a French one's by an
# apostrophe: "Priya d'Souza", "Luca dell'Acqua"
_JOINED_ARTICLE = rf"(?:(?:al|el)-|(?:d|dell)['\u2019])[{_UPPER}][{_LETTER}'\u2019]*"
# a Spanish title in lower case, as a sentence writes it after its article: "la señora Gómez", "el sr. Paredes", and
# "La señora Perpetua Navarrete, de ..." opening a sentence (see ``_after_spanish_article``)
_ARTICLE_TITLE = (r"(?:(?<=\bla )|(?<=\bel )|(?<=\bal )|(?<=\bdel )|(?<=\bLa )|(?<=\bEl ))"
                  rf"(?:se\u00f1ora|se\u00f1orita|se\u00f1or|sra\.|srta\.|sr\.)(?=[ \t]+[{_UPPER}])")
# an Armenian case ending or article hyphened onto a name in Latin letters: "Rodel Santos-ի բողոքը" (Rodel Santos's
# complaint), "Santos-ը", "Santos-ին" (to), "Santos-ից" (from)
_ARMENIAN_ENDING = r"(?=-[\u0561-\u0587]{1,3}(?![\w-]))"
_TOKEN = re.compile(rf"(?<![\w'\u2019{_OKINA}.-])(?:(?:{ABBREVIATED_TITLES})\.|S[tT]\.(?=[ \t]+[{_UPPER}])"
                    rf"|{_WORD}|{_ARTICLE_TITLE})(?:(?![\w'\u2019{_OKINA}-])|{_ARMENIAN_ENDING})"
                    rf"|(?<![\w'\u2019-]){_JOINED_ARTICLE}(?![\w'\u2019-])"
                    rf"|(?<![\w-]){_PARTICLE}(?=[ \t]+(?:[{_UPPER}]|(?:la|los|las|de|der|den|van|von|het|['\u2019]t) ))")
# what may stand between two words of a name: a space or two (PDF text spaces justified words), not the wider
# gap or the tab between two fields ("Robert Chen   Department: Parks")
_GAP = re.compile(r" {1,2}|, ?(?=(?:Jr|Sr|II|III|IV)\b)|" + _NICKNAME)
_LAST_FIRST = re.compile(rf"(?<![\w'\u2019.-])(?:(?:de la|de los|de las|del|de|van der|van|von|da|dos|le|du|di|bin|St\.) )?"
                         rf"(?:{_WORD}|{_JOINED_ARTICLE})(?: {{1,2}}(?:{_PARTICLE} )?(?:{_WORD})){{0,2}}, ?"  # CC&B's "LOZANO,ILSE"
                         rf"(?:{_WORD})(?: (?:{_WORD}))?"
                         # a household's second given name: "NGUYEN, TUAN & ELIZABETH", as lien rolls write owners
                         rf"(?P<joint>[ \t]+&[ \t]+(?P<second>{_WORD}))?"
                         rf"(?=\s*(?:[;:,()/|\u00b7\u2013\u2014\u2026]|\.\.|\s-\s|$)|\s+[a-z\d]|\s+@\s|\.(?:\s|$)"
                         rf"|(?<=\.)['\u2019]s\s)")  # "Lim, Lei C.'s account": the possessive of an initialled name
_PARTICLE_WORDS = PARTICLES | frozenset(_DUTCH_AND_OTHER_PARTICLES)
_LOCAL_PART = re.compile(r"([\w.+-]+)@[\w-]+\.")  # a mailbox's local part, which may spell its owner's name
# words that open the name of a street in Spanish ("Camino Hazel", "Vereda Lilac"): a run holding one is a street
_STREET_PREFIXES = PRE_TYPES
_UNIT_WORDS = frozenset(UNITS)
_MONTHS = frozenset("january february march april may june july august september october november december jan feb "
                    "mar apr jun jul aug sep sept oct nov dec monday tuesday wednesday thursday friday saturday "
                    "sunday "
                    # other languages' months that are nobody's name (not "Julio", "Mayo", "Abril"), and Tagalog's
                    # "noong" ("in", before a month): "Noong Pebrero, gumamit kayo ng 74 therms"
                    "enero febrero septiembre setiembre octubre noviembre diciembre pebrero marso hunyo hulyo "
                    "setyembre oktubre nobyembre disyembre janeiro fevereiro janvier fevrier juillet noong".split())
_MAX_WORDS = 5
# the titles of an office or a rank said before a person's name, which no given name is ("Deputy Soo-ah Bergstrom",
# "Captain Ji-ho Ames", "Recording Secretary Mei Tan"): a run of words from one reads the name after it, the staff
# member's whom the title makes public (the office words that are stops already, "clerk", "officer", need no place)
_TITLE_OF_OFFICE_WORDS = frozenset("""
deputy captain sergeant sgt lieutenant lt detective corporal chief secretary treasurer assistant president trustee judge
attorney counsel constable assessor administrator councilwoman councilman chairwoman chairman chairperson sheriff
marshal
""".split())
# the places a city names after a person, the noun right after the person's name: "Dolores Huerta Park", "the Daniela
# Ortega Aquatic Center", "Kwame Asante Field" (a given name and a place word that is a surname, "Ji-ho Park", is a
# person: see surname_after_given)
_NAMED_AFTER_SOMEONE = frozenset("park center centre library pool field fields school complex stadium gym gymnasium "
                                 "arena pavilion playground auditorium".split())


def _place_named_after_someone(words: list[str], first: int) -> int | None:
    """The index of the place noun (``_NAMED_AFTER_SOMEONE``) that ends the words of a place named after a person
    whose name opens at ``first`` (lower-case words): two name words or more before it, not an initial right before
    it ("Nicole R. Park"); when the noun is a surname too, a third word before it ("Kwame Asante Memorial Park"),
    "the" before the name ("The Daniela Ortega Field") or a surname right before it that is no given name ("Cesar
    Chavez Park", "Daniela Ortega Pool"), not "Maria Elena Field", a person."""
    for k in range(first + 2, len(words)):
        if words[k] in _NAMED_AFTER_SOMEONE and len(words[k - 1].rstrip(".")) > 1 and (
                k >= first + 3 or surname_shares().get(words[k], 0.0) < _SURNAME_OF_A_PLACE
                or first and words[first - 1] == "the" or words[k - 1] not in given_names()):
            return k
    return None


_SURNAME_OF_A_PLACE = 1e-5  # the share of Americans bearing a place noun as a surname (Park, Field, Pool, Center)
# holidays, whose names a given name may follow ("Christmas Eve"): no one's name ("Easter" is a surname: not here)
_HOLIDAYS = frozenset("christmas thanksgiving halloween hanukkah chanukah kwanzaa juneteenth passover ramadan diwali "
                      "yuletide".split())


# an office's title inside a capitalised run ends the run before the name: "Administrative Law Judge Ignatius
# Oyelaran presiding" names Ignatius Oyelaran, whom the title before him makes an official's name
_TITLE_WORDS = frozenset({"Judge", "JUDGE", "Mayor", "MAYOR", "Senator", "SENATOR", "Councilmember", "COUNCILMEMBER",
                          "Commissioner", "COMMISSIONER", "Assemblymember", "ASSEMBLYMEMBER", "Superintendent",
                          "Councilor", "COUNCILOR", "Councillor", "Councilwoman", "Councilman",
                          # a speaker's role in minutes and case notes, capitalised before the name: "Commenter Hoang
                          # Tran (resides at ...)", "Appellant Ana Ruiz": no word of the name
                          "Commenter", "COMMENTER", "Speaker", "SPEAKER", "Appellant", "APPELLANT", "Petitioner",
                          "Complainant", "Claimant", "Applicant", "Resident", "Ratepayer",
                          # an office's title written before the name as a rank is: "Ombudsman Teresa Oyelaran"
                          "Ombudsman", "OMBUDSMAN", "Ombudsperson", "Ombudswoman",
                          # a list's or a record's word for whose item it is, capitalised before the name: "Callback
                          # Robert O'Brien", "Tenant Ana Ruiz", "Customer Jesús Ortega": no given name
                          "Callback", "CALLBACK", "Caller", "CALLER", "Customer", "CUSTOMER", "Tenant", "TENANT",
                          "Owner", "OWNER", "Landlord", "LANDLORD", "Homeowner", "Renter", "Occupant", "APPLICANT"})


# the word after a name that calls what "the" names a person's household ("solar at the Ana Ruiz home, 12 Elm St",
# "the Ana Ruiz residence"), in lower case as a landmark's is not ("the Phillips House")
_HOUSEHOLD_AFTER = re.compile(r"[ \t]+(?:home|residence|household|family)\b")


def _possessive(text: str, start: int, end: int) -> bool:
    """Whether the word at ``text[start:end]`` is a possessive ("Quang's"): what follows is the thing owned, no
    further word of the name ("Quang's Olivares Community Energy account")."""
    return text[end - 2:end] in ("'s", "\u2019s", "'S", "\u2019S") and end - start > 3


# the word after a capital "I" that makes it the pronoun, not a name's numeral ("... Vance I live at", "I'm", "I'd")
_PRONOUN_I_AFTER = re.compile(r"[ \t]+[a-z]|['\u2019][a-z]")


def names_in(text: str, start: int = 0, end: int | None = None, anchored: bool = False) -> list[tuple[int, int]]:
    """Spans of people's names in running text: a title and a surname ("Ms. Lopez"), or a given name, an
    optional middle name or initial and particles, and a surname ("Ana de la Cruz", "Kyle M. Dorsey",
    "DOLORES WHITCOMB"). Never the words of a firm, a place or a street ("Dale Evans Pkwy", "Linda Vista Ave",
    "Mesa Linda Community Energy", "Camino Real"), nor a heading of common words ("Payroll Change").

    In plain running text the Census lists must know the given name and the surname (or the given name be a
    frequent one), and probablepeople read the words as a person. In text ``anchored`` by an identifier any
    words that read as names will do ("Maanas Krishna", "Advay Shah"): words no common vocabulary holds, or
    that are more often names than words, with none a common word of the language."""
    end = len(text) if end is None else end
    tokens = [(a, b) for a, b in (m.span() for m in _TOKEN.finditer(text, start, end))
              if not (a and text[a - 1] in _OPENING and text[b:b + 1] in _CLOSING)  # a nickname: no word of a run
              and text[a:b] not in _TITLE_WORDS]
    found, i = [], 0
    while i < len(tokens):
        # a run of words with only blanks between them
        j = i + 1
        while j < len(tokens) and not _possessive(text, *tokens[j - 1]) and (
                _GAP.fullmatch(text, tokens[j - 1][1], tokens[j][0]) or _wrapped_name(text, tokens, i, j)):
            j += 1
        a = tokens[i][0]
        if j == i + 1:  # one word alone: ``_names_in_run`` reads a name of two words at least, ``_name_in_slot`` of two
            i = j  # (a page's capitalised words are mostly such: "Maintenance", "Park", a table's "Account")
            continue
        run = tokens[i:j]
        if len(run) > 2 and text[slice(*run[-1])] == "I" and _PRONOUN_I_AFTER.match(text, run[-1][1]):
            run = run[:-1]  # "my name is Teodora Vance I live at ...": a transcript's unpunctuated pronoun
        if len(run) > 2 and _opens_a_label(text, *run[-1]):
            run = run[:-1]  # "Employee: Hollis Pennington Start date: ...": the next field's label, its spacing lost
        if len(run) > 2 and text[slice(*run[0])].lower() in NOTE_VERBS and opens_sentence(text, run[0][0]):
            run = run[1:]  # "Call Rita Ochoa (acct ...) about her bill": a note's instruction, no given name
        run = _after_salutation(text, run)  # "Dear Ji-yeon, thank you ...": "Dear" is no Korean surname
        run = _after_rank(text, run)  # "Fire Chief Ramon Garcia": a department's rank before the name, none of it
        run, title = _after_spanish_article(text, run)  # "La señora Perpetua Navarrete, de ...": "La" no word of it
        # "the Valley Oak Ledger", "the Riverbend Flats": a thing's name; but "the Ana Ruiz home": a household's
        # and a rural route's box ("Star Route 1 Box 133", a surname and a given name's words): an address; and the
        # town ending a street address's line ("307 Cottonwood Blvd, Piedra Blanca")
        if (text[max(0, a - 4):a].lower() != "the " or _HOUSEHOLD_AFTER.match(text, run[-1][1])) \
                and not BOX_ADDRESS_RE.match(text, a) and not (run and _town_after_street(text, run)):
            found += [(run[1][0] if first == title and len(run) > 2 else first, last)
                      for first, last in _with_suffix(text, run, anchored)]
        i = j
    # an acronym after a name read as its surname ("Phelps, Gary COPA acct ..."): the words are surname first
    acronym_ended = [(a, b) for a, b in found if _acronym_after(text, _words_of(text, a, b)[0])]
    # a mailbox beside a "Last, First" that spells both its words says whose it is: a person's ("Fletcher, Cedric ·
    # fletcher.cedric76@hotmail.com", a CRM's "Last viewed" line)
    mailboxes = [m.group(1).lower() for m in _LOCAL_PART.finditer(text, start, end)] if "@" in text[start:end] else []
    commas = text.find(",", start, end) >= 0  # "Last, First" has one
    if mailboxes and not anchored and commas:
        for m in _LAST_FIRST.finditer(text, start, end):
            span = _last_first(text, m) if m["joint"] is None else None
            words = [_plain(w) for w in re.findall(r"[^\W\d_]{3,}", text[span[0]:span[1]])] if span else []
            if len(words) >= 2 and any(all(w in box for w in words) for box in mailboxes) and not any(
                    a < span[1] and span[0] < b and not (span[0] <= a and b <= span[1]) for a, b in found):
                found = sorted([f for f in found if not (span[0] <= f[0] and f[1] <= span[1])] + [span])
    if anchored or acronym_ended:  # "LOPEZ, MARIA", "Domínguez Maestre, Campo D.": as exports and lists write names
        for m in _LAST_FIRST.finditer(text, start, end) if commas else ():
            span = _last_first(text, m)
            overlapping = [(a, b) for a, b in found if span and a < span[1] and span[0] < b]
            if span and (anchored or set(overlapping) & set(acronym_ended)) and all(
                    (span[0] <= a and b <= span[1]) or (a, b) in acronym_ended for a, b in overlapping):
                found = [f for f in found if f not in overlapping] + [span]  # "Lara Llabrés, Yudy M."
        found.sort()
    if _HANGUL.search(text, start, end):
        found = sorted(found + _hangul_names(text, start, end, anchored))
    if _OTHER_SCRIPT.search(text, start, end):
        found = sorted(found + _other_script_names(text, start, end, anchored))
    # a name an honorific of a translated page marks ("Chị Đặng Thị Yến", "김경수 씨", "si Romeo Villaruel Lacsamana"):
    # the whole name, over what the capitalised words alone made of it ("Chị Đặng Thị")
    for a, b in honorific_names(text, start, end):
        a = _after_roles(text, a, b)
        if a < b:
            found = sorted([f for f in found if not (f[0] < b and a < f[1])] + [(a, b)])
    found = whole_names(text, tokens, found, anchored)  # "Jeon Mi Hye", not "Mi Hye" alone
    if "-" in text[start:end]:
        found = sorted(found + [m.span() for m in _ROMAN_KOREAN_NAME.finditer(text, start, end)
                                if all(KOREAN_SYLLABLE.fullmatch(part) for part in m["given"].lower().split("-"))
                                and not any(f[0] < m.end() and m.start() < f[1] for f in found)])
    if "(" in text[start:end]:
        for m in _TITLE_AND_FULL_NAME.finditer(text, start, end):
            spans = [(m.start(), m.end("surname")), m.span("full")]
            found = sorted(found + [(a, b) for a, b in spans if not any(f[0] < b and a < f[1] for f in found)])
    # a translated form's label ("Անուն Ազգանուն / Name:") and a language's name ("Tiếng Việt") are capitalised words
    # of no one; nor is a place after "City of" in capitals, one run with it ("CUSTOMER: CITY OF VALLE SERENO"); and
    # what someone is enrolled in or switched to is a program or a rate plan ("enrolled in Base Green")
    return [(a, b) for a, b in found if not only_labels(text[a:b]) and not LANGUAGE_NAME.fullmatch(text, a, b)
            and not _PLACE_OF.search(text, max(0, a - 20), a) and not _PLAN_ENROLLED_IN.search(text, max(0, a - 40), a)
            and not _tail_of_a_program(text, a, b)]


# a program's or a financing's last word that is a surname too: "Community Development Block Grant", "Measure W Revenue
# Bond", "Lighting Assessment Levy"
_PROGRAM_END = re.compile(r"(?:Grant|GRANT|Bond|BOND|Levy|LEVY)s?")
# the common word in capitals right before such a name, of the same title ("Development Block Grant")
_TITLE_WORD_BEFORE = re.compile(r"(?<![\w.'\u2019-])([A-Z][a-z]+|[A-Z]+)[ \t]+$")


def _tail_of_a_program(text: str, start: int, end: int) -> bool:
    """Whether the name at ``text[start:end]`` is the tail of a program's or a financing's title: its last word a
    grant's, a bond's or a levy's, and a common word of the same title right before it ("Community Development Block
    Grant - Account No. 101-2210-11" on a budget page: no Ms. Block Grant). A person named Grant stands alone ("Dale
    Grant") or after a role ("Customer Dale Grant")."""
    words = text[start:end].split()
    before = _TITLE_WORD_BEFORE.search(text, max(0, start - 24), start)
    return (len(words) == 2 and bool(_PROGRAM_END.fullmatch(words[-1])) and before is not None
            and common_word(before.group(1)) and before.group(1) not in _TITLE_WORDS)


# a generational suffix that ends a name ("Temitope Eze III", "Bill van der Berg Jr.", "Ramon Ortiz, Sr.")
_SUFFIX = re.compile(r"(?:Jr|JR|Sr\.?|SR|II|III|IV)")


def _with_suffix(text: str, run: list[tuple[int, int]], anchored: bool) -> list[tuple[int, int]]:
    """The names in a run, a generational suffix that ends it read as the name's last word: the name is read
    without it (a suffix is no surname, and no list knows "III"), then given it back ("Temitope Eze III")."""
    suffixed = len(run) > 2 and _SUFFIX.fullmatch(text, *run[-1])
    if suffixed and _STREET_AFTER_SUFFIX.match(text, run[-1][1]):
        return []  # "Martin Luther King Jr. Blvd": a street named after someone
    words = run[:-1] if suffixed else run
    found = _names_in_run(text, words, anchored) or (_name_in_slot(text, words) if anchored else [])
    return [(a, run[-1][1] if suffixed and b == words[-1][1] else b) for a, b in found]


# the words before a program's or a rate plan's name, whatever capitalised words name it
_PLAN_ENROLLED_IN = re.compile(r"(?i)\b(?:(?:re-?)?enroll(?:ed|s|ing)?|signed\s+up|switch(?:ed|es|ing)?|"
                               r"opted\s+(?:up|down)|upgraded|defaulted)\s+(?:in|into|for|to)\s+$")


# a party's or a customer's role written capitalised between a person marker and the name ("si Customer Maria Delgado",
# "si Kustomer ...", "si Residente ..."), in English, Spanish and Tagalog
_LEADING_ROLE = re.compile(rf"(?i:(?:customers?|account\s?holders?|ratepayers?|subscribers?|client[ea]s?|kliyan|"
                           rf"kliyente|k[ou]stomer|residente|titular)\b|{PARTY_WORDS})[ \t]+")


# a rank or a post that a department's word opens ("Fire Chief", "Police Captain", "Library Director", "Fire Marshal"),
# left in a run of capitalised words before the name it titles
_RANK_WORDS = frozenset({"Chief", "Marshal", "Captain", "Lieutenant", "Sergeant", "Officer", "Detective", "Deputy",
                         "Director", "Inspector", "Commander", "Corporal", "Superintendent", "Supervisor", "Manager",
                         "Coordinator", "Specialist", "Analyst", "Administrator", "Engineer", "Librarian"})


def _after_rank(text: str, run: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The words of a run after a department's rank inside it ("Fire Chief Ramon Garcia" -> "Ramon Garcia"), when
    two words or more follow the rank: a given name and a surname."""
    for k in range(1, len(run) - 2):
        if text[slice(*run[k])] in _RANK_WORDS:
            return run[k + 1:]
    return run


def _after_roles(text: str, start: int, end: int) -> int:
    """Where a name marked by an honorific begins after the role words that open it: no role word is a name's, and
    a role before one word leaves no name read ("si Customer Delgado")."""
    role = _LEADING_ROLE.match(text, start, end)
    if role is None:
        return start
    while role is not None:
        start, role = role.end(), _LEADING_ROLE.match(text, role.end(), end)
    return start if re.search(r"[ \t]", text[start:end]) else end


# a Korean given name in roman letters, its two syllables hyphenated, before a common Korean surname ("Eun-ji Park",
# "Seo-yeon Kim", "Min-Jun Lee"): no Census list holds such a given name whole, and no place or firm is named so
_ROMAN_KOREAN_NAME = re.compile(r"(?<![\w'\u2019-])(?P<given>[A-Z][a-z]{0,4}-[A-Za-z][a-z]{0,4})[ \t]+"
                                rf"(?:{'|'.join(KOREAN_FAMILIES)})"
                                r"(?![\w'\u2019-])")


# a title and a surname, then the full name in brackets ending in the same surname: "Ms. To (Thao To)", "Mr. Long (Wei
# Long)": both are the person's name, whatever word of the language the surname also is
_TITLE_AND_FULL_NAME = re.compile(rf"\b(?:{PERSONAL_TITLES}|Miss)\.?[ \t]+(?P<surname>[A-Z][a-z'\u2019-]+)[ \t]+\("
                                  r"(?P<full>[A-Z][a-z'\u2019-]+(?:[ \t][A-Z][a-z'\u2019-]+)?[ \t](?P=surname))\)")


def _after_salutation(text: str, run: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """A run of capitalised words without the salutation that opens it ("Dear", "Estimada", "Kính gửi Ông"): the
    letter's greeting, whatever the name after it, of which it is no word ("Dear Kwame" is no given name and surname;
    a surname the Census lists hold, "Dear", reads as one)."""
    salutation = SALUTATION_WORD.match(text, run[0][0]) if len(run) > 1 else None
    if salutation is None or not opens_sentence(text, run[0][0]):
        return run
    return [token for token in run if token[0] >= salutation.end()]


# a capitalised Spanish article and the title after it, opening a sentence: "La señora", "El Sr.", "La Srta."
_ARTICLE_AND_TITLE = re.compile(r"(?:La|El)[ \t]+(?:se\u00f1ora|se\u00f1orita|se\u00f1or|[Ss]ra\.|[Ss]rta\.|[Ss]r\.)"
                                r"(?![\w.])")


def _after_spanish_article(text: str, run: list[tuple[int, int]]) -> tuple[list[tuple[int, int]], int | None]:
    """A run without the capitalised article that opens it before a title ("La señora Perpetua Navarrete" ->
    "señora Perpetua Navarrete"), and where that title starts if it is spelt out: the title says a person's name
    follows (a word given name, "Perpetua", reads as one), but no word of a given name and surname is it ("Perpetua
    Navarrete"); before a surname alone it stays ("señora Gómez"), and an abbreviated one stays as "Ms." does ("El
    Sr. Ricardo de los Santos" -> "Sr. Ricardo de los Santos")."""
    if len(run) < 3 or not _ARTICLE_AND_TITLE.fullmatch(text, run[0][0], run[1][1]) \
            or not opens_sentence(text, run[0][0]):
        return run, None
    if fold(text[run[2][0]:run[2][1]]) in _OFFICES_AFTER_TITLE:
        # the title addresses an office ("La señora Alcaldesa Rosalba Ochoa visitó ..."): its holder's name after it,
        # the office before it, as a rank is (``_after_rank``)
        return (run[3:] if len(run) > 4 else run), None
    return run[1:], None if text[run[1][1] - 1] == "." else run[1][0]


_LABEL_GOES_ON = re.compile(r"(?:[ \t]+[a-z][a-z.#]*){1,2}[ \t]*:(?!\d)")  # "Start| date:", "Mailing| address:"


def _opens_a_label(text: str, start: int, end: int) -> bool:
    """Whether a capitalised English word opens the label of the next field ("Start date:", "Service address:"),
    as a line of fields reads once a document's tabs or runs of spaces are gone."""
    return _LABEL_GOES_ON.match(text, end) is not None and _english_word(text[start:end])


_LINE_BREAK = re.compile(r"[ \t]*\n[ \t]*")
_PROSE_BEFORE = re.compile(r"(?<![\w'\u2019-])[a-z]{2,}\b")
_LABEL_BEFORE = re.compile(r"[^:\n]{1,40}:[ \t]*")  # "Nombre del cliente: María" / "Dirección de servicio: ...": a field
_PROSE_AFTER = re.compile(rf"(?:[ \t]+{_WORD})?(?:[,;.:)]|[ \t]+[a-z]|[ \t]*$)", re.MULTILINE)


def _wrapped_name(text: str, tokens: list[tuple[int, int]], i: int, j: int) -> bool:
    """Whether a line of prose breaks inside a name, wrapped as PDF lines and plain-text mail wrap a paragraph:
    "... the customer, Mrs. Adaeze\nOkonkwo-Hale, of ...". The line before runs in words of lower case and
    ends in a title or a given name (two words of the name at most), and the next line goes on after the rest of
    the name with punctuation or a lower-case word; a list of names, one a line, has neither, and a label's value
    ends its line."""
    if j - i > 2 or not _LINE_BREAK.fullmatch(text, tokens[j - 1][1], tokens[j][0]):
        return False
    line_start = text.rfind("\n", 0, tokens[i][0]) + 1
    head = tokens[i][0]
    if not _PROSE_BEFORE.search(text, line_start, head) or _LABEL_BEFORE.fullmatch(text, line_start, head):
        return False
    return _PROSE_AFTER.match(text, tokens[j][1]) is not None


# what follows a person's name where a record gives it, in a minute's or a list's slot: "... of 900 Tannery Ln",
# ", sole proprietor", ", owner", ", 41 Canal St"; a minute's speaker telling of their account ("Speaker 6: Augusto
# Vela said her PCE account ...")
_SLOT_AFTER = re.compile(r"[ \t]+of[ \t]+\d|[ \t]*,[ \t]*(?:sole[ \t]+proprietor|(?:home|property[ \t]+)?owner|\d+[ \t]+[A-Z])"
                         r"|[ \t]+(?:said|stated|asked|told|reported|explained|complained|disputed)[ \t]+(?:her|his|their|"
                         r"that)\b")
_SLOT_BEFORE = re.compile(r"(?:^|[.!?:;,(\u2022\u2013\u2014-]|\b[a-z]+)[ \t]*$")  # a line's, a clause's or a lower word's end
_ENGLISH_WORD = 3.0  # wordfreq's Zipf frequency of "foundry": an English word as frequent is no unknown given name
_LISTED_GIVEN_NAME = 0.001  # a given name's share in the given-name lists, "Evaristo"'s or more


def _name_in_slot(text: str, run: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Two capitalised words in a name's slot beside an identifier ("Augusto Rossi of 900 Tannery Ln appeared
    regarding account ...", "Fue Vue, sole proprietor - commercial account ...", "Speaker 6: Augusto Vela said her
    account ..."), the last a Census surname: a person,
    though no list knows the first word as a given name or another language has it as a word ("augusto", "fue"), or
    the surname is an English word too ("Fue Hang"). Not an English word first ("Foundry Rossi"), a title ("Fue
    Mayor of ..."), a street's or a place's word ("Augusto Street", "Oak Hill"), nor a firm's."""
    if len(run) != 2 or not _SLOT_AFTER.match(text, run[1][1]) or not _SLOT_BEFORE.search(text, 0, run[0][0]):
        return []
    given, surname = (text[a:b] for a, b in run)
    if not all(w[:1].isupper() and w[1:].islower() and w.isalpha() and len(w) > 1 for w in (given, surname)):
        return []
    if (fold(surname) not in surnames() or fold(surname) in _surnames_after_initial() or _english_word(given)
            or any(_stop(fold(w)) or fold(w) in _TITLES or _OFFICIAL_BEFORE.match(w) for w in (given, surname))
            or probable_kind(f"{given} {surname}") == "Corporation"):
        return []
    return [(run[0][0], run[1][1])]


@lru_cache(maxsize=4096)
def _english_word(word: str) -> bool:
    """Whether ``word`` is a frequent English word ("Central", "Foundry"), whatever other language has it."""
    import wordfreq  # loaded on first use, as the vocabulary loads it
    return wordfreq.zipf_frequency(word.lower(), "en") >= _ENGLISH_WORD


# a Korean name in Hangul: a common surname's syllable (or a two-syllable one) and a given name of one or two
# syllables, maybe with a space between ("문명자", "남궁 민수"). Korean runs words together and many common words
# open with a surname's syllable (서비스, 주소, 이름), so such a name counts only as the value of a label that says
# person, or alone in its cell of a record an identifier ties
_HANGUL = re.compile(r"[\uac00-\ud7a3]")
_KOREAN_HONORIFIC = re.compile(r"(?<=[\uac00-\ud7a3])[ \t]?(?:님|씨|귀하)$")  # "임하은님": Ms. Im Ha-eun


def name_end(text: str, start: int, end: int) -> int:
    """Where the name in ``text[start:end]`` ends: before a Korean honorific written after it ("임하은님")."""
    honorific = _KOREAN_HONORIFIC.search(text, start, end) if end - start > 2 else None
    return honorific.start() if honorific else end
_HANGUL_NAME = re.compile(rf"(?<![\uac00-\ud7a3])(?:{KOREAN_SURNAMES})[ \t]?[\uac00-\ud7a3]{{1,2}}"
                          r"(?:(?![\uac00-\ud7a3])|(?=님|씨|귀하))")  # "문명자님께"
# words of Hangul alone, a space between them: a name of them is a surname's syllable and a given name (_HANGUL_NAME)
_HANGUL_WORDS = re.compile(r"[\uac00-\ud7a3]+(?:[ \t]+[\uac00-\ud7a3]+)*")
# words of Chinese characters and Japanese kana, a space between them, and the kana alone
_CJK_WORDS = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff]+(?:[ \t]+[\u3040-\u30ff\u4e00-\u9fff]+)+")
_KANA = re.compile(r"[\u3040-\u30ff]")
# a label that calls its value a person: "Applicant ..........", "Account holder:", "신청인:", "고객명", "성명"
# ("Name:" alone, not a facility's or a project's: "Facility name: 정수장")
_PERSON_LABEL_BEFORE = re.compile(r"(?i)(?:(?:applicant|account[ \t]?holder|customer|tenant|resident|caller|claimant|"
                                  r"ratepayer)(?:[ \t]+name)?|(?<![^\W\d_][ \t])(?<![^\W\d_])name|"
                                  r"신청인|신청자|고객명?|성명|이름|예금주|세대주|계약자|명의자|담당자?|직원)"
                                  r"[ \t]*(?:[:：]|\.{2,}|[ \t]{2,})[ \t]*$")
# the words a utility's or a city's Korean page uses that a surname's syllable opens: no one's name; and the words a
# sentence of an FAQ or a notice opens with (예컨대 "for example", 하지만 "however", 한편, 이번, 현재, 최근, 우선 ...)
_KOREAN_WORDS = frozenset("서비스 주소 주소지 이름 성명 고객 고객명 전화 전기 정보 신청 신청인 신청서 안내 문의 요금 사용 사용량 계좌 "
                          "번호 부서 시청 공사 도로 기간 한국 한국어 영어 이메일 우편 지역 시간 기타 민원 조회 변경 연락 연락처 "
                          "주민 주택 임대 임차인 소유 소유자 세대 세대주 정산 유형 구분 비고 합계 금액 날짜 일자 월별 연도 "
                          "계약 계약자 명의 명의자 예금주 담당 담당자 관리 부과 감면 할인 지원 대상 신규 해지 이전 전입 전출 "
                          "예컨대 예시 예를 하지만 한편 함께 이후 이번 이미 이때 이외 이처럼 최근 현재 우선 오늘 지금 지난 전체 "
                          "주로 조금 경우 추가 기존 기준 정도 "
                          # a news page's or a blog's headings: 고객 이야기 (customer stories), 소식, 사례, 공지, 행사
                          "이야기 이웃 소식 사례 공지 정책 절약 행사 홍보 조사".split())


def _korean_word(word: str) -> bool:
    """Whether Hangul that a surname's syllable opens is one of the page's words, alone or with the particle a
    sentence gives it ("주소는 ...": "the address is ...")."""
    return word in _KOREAN_WORDS or (word[-1:] in _KOREAN_PARTICLES and word[:-1] in _KOREAN_WORDS)


# the last syllable of a place's, an office's, a firm's or a gathering's Korean name, rare at the end of a given name:
# 정수장 (water plant), 도서관 (library), 요금과 (billing division), 시청 (city hall), 사무소, 본점, 회사, 설명회 (an
# information session), 박람회 (a fair)
_PLACE_SYLLABLES = frozenset("장관과청실국팀당교소사부점센처회")


def _hangul_names(text: str, start: int, end: int, anchored: bool) -> list[tuple[int, int]]:
    """Spans of Korean names in Hangul in ``text[start:end]``: after a label that says person, or, in text an
    identifier ties (``anchored``), standing alone as the whole value (a table cell of names) or set apart before the
    person's mailbox or phone (``_CONTACT_AFTER``) or opening a note about them (``_subject_of_a_note``)."""
    whole = text[start:end].strip()
    found = []
    for m in _HANGUL_NAME.finditer(text, start, end):
        if _korean_word(_KOREAN_HONORIFIC.sub("", m.group().replace(" ", ""))):
            continue  # (a word before an honorific is no name either: "고객님 1234 W Holt Ave" is "Dear customer, ...")
        if _labelled_as_a_person(text, start, m.start()) or (
                anchored and (m.group() == whole or _CONTACT_AFTER.match(text, m.end())
                              or (_subject_of_a_note(text, start, m) and m.group()[-1] not in _KOREAN_PARTICLES))
                and m.group()[-1] not in _PLACE_SYLLABLES) or (
                _HOUSE_NUMBER_AFTER.match(text, m.end())):  # "최지현 4441 Calle Arboleda Unit 12B": a name at home
            found.append(m.span())
    return found


# names in the scripts of Southern California's Armenian, Russian, Ukrainian, Greek and Chinese customers. Russian,
# Greek and Armenian capitalise a sentence's first word only, so two to four capitalised words of one of those scripts
# in a row are a name ("Ольга Смирнова", "Γιώργος Παπαδόπουλος", "Արեգ Մուշկամբարյան"). A Chinese name is a surname's
# character and one or two more, written apart from other Chinese ("王秀英"): Chinese runs words together, so it counts
# only standing apart (a cell's or a field's value, before a Latin address or number) or after a label that says person
_CYRILLIC_WORD = "[\u0400-\u042f][\u0430-\u045f\u0301]+"
_GREEK_WORD = "[\u0386\u0388-\u038f\u0391-\u03ab][\u03ac-\u03ce]+"
_ARMENIAN_WORD = "[\u0531-\u0556][\u0561-\u0587]+"
# (a middle initial may stand between, in the script or in Latin: "Чеслав S. Ларионов"; a list may write the surname
# first in capitals: "МАРТЫНОВА, АВКСЕНТИЙ"; Armenian may set a case ending or the article after a hyphen:
# "Լուսինե Սարգսյան-ը", "-ի", "-ից")
_ARMENIAN_CASE_ENDING = "(?=-[\\u0561-\\u0587]{1,3}(?![\\w-]))|"
_CASED_NAME = re.compile("|".join(
    f"(?<![\\w-]){word}(?:-{word})?(?:[ \\t](?:[A-Z]|{upper})\\.)?(?:[ \\t]{word}(?:-{word})?){{1,3}}"
    f"(?:{ending}(?![\\w-]))"
    f"|(?<![\\w-]){upper}{{2,}}(?:-{upper}{{2,}})?,[ \\t]?{upper}{{2,}}(?![\\w-])"
    for word, upper, ending in ((_CYRILLIC_WORD, "[\\u0400-\\u042f]", ""),
                                (_GREEK_WORD, "[\\u0386\\u0388-\\u038f\\u0391-\\u03ab]", ""),
                                (_ARMENIAN_WORD, "[\\u0531-\\u0556]", _ARMENIAN_CASE_ENDING))))
_HAN = "\u4e00-\u9fff"
# A name the word for customer runs into stands apart by an honorific after it: "客户杨秀荣女士", "用户陈志明先生", or
# by what a call note says the customer did: "客户吴丽娟来电" (called), "致电", "要求" (asked), "询问" (enquired)
_CHINESE_NAME = re.compile(f"(?<![{_HAN}])(?:{CHINESE_SURNAMES})[{_HAN}]{{1,2}}(?![{_HAN}])"
                           f"|(?<=客户|客戶|用户|用戶)(?:{CHINESE_SURNAMES})[{_HAN}]{{1,2}}"
                           f"(?=女士|先生|小姐|太太|来电|來電|致电|致電|打电话|打電話|要求|询问|詢問|反映|投诉|投訴)")
# a Cambodian name in Khmer script: a family name, a space, and the given name's word ("សុខ ចាន់ធី"); Khmer writes
# its words run together and sets a name apart by spaces, so a space or a stop (។) ends it
_KHMER_LETTERS = "\u1780-\u17dd"
_KHMER_NAME = re.compile(f"(?<![{_KHMER_LETTERS}])(?:{KHMER_SURNAMES})[ \t]+[{_KHMER_LETTERS}]{{2,14}}"
                         f"(?![{_KHMER_LETTERS}])")
# an Arabic name in quotes: two to four words ("“كامل الترهي”"), a quoted testimonial's byline
_ARABIC_NAME = re.compile(r"(?<=[\u201c\"\u00ab])[\u0621-\u064a]{2,}(?:[ \t][\u0621-\u064a]{2,}){1,3}(?=[\u201d\"\u00bb])")
# an Arabic name opening an English sentence, the subject of its verb: "محمود الحداد called about account ..."; in a
# record an identifier ties, Arabic words set in English text and doing what a person does are a name, not a label
_ARABIC_SUBJECT = re.compile(r"(?:^|(?<=[.!?][ \t])|(?<=\n))[\u0621-\u064a]{2,}(?:[ \t][\u0621-\u064a]{2,}){1,3}"
                             r"(?=[ \t]+(?:called|asked|said|says|phoned|visited|came|requested|reported|disputed|"
                             r"disputes|wants|wanted|wrote|e-?mailed|left|paid|applied|stated|complained|"
                             r"explained|needs|needed)\b)")
_OTHER_SCRIPT = re.compile(f"[\u0400-\u045f\u0386-\u03ce\u0531-\u0587\u0621-\u064a{_HAN}{_KHMER_LETTERS}]")
# a label that calls its value a person, in those languages: client, subscriber, full name, applicant; customer,
# account holder, full name, applicant
_OTHER_PERSON_LABEL = re.compile("(?i)(?:клиент|абонент|ф\\.?\\s?и\\.?\\s?о\\.?|имя|заявитель|владелец|πελάτης|όνομα|"
                                 "αιτών|հաճախորդ|բաժանորդ|անուն|դիմող|客户|客戶|用户|用戶|户主|戶主|姓名|申请人|申請人|"
                                 "账户持有人|帳戶持有人|顾客|顧客|អតិថិជន|ឈ្មោះ)[ \\t]*(?:姓名|名称|名稱)?[ \\t]*[:：]?[ \\t]*$")
_CHINESE_NAME_AFTER = re.compile(r"[ \t,，、]+(?:\d|\(\d{3}\))")  # "王欢 21188 Larkspur Terrace", "王欢, (626) ..."
# a name set apart by a closing quote, a dash or a colon right before its owner's mailbox or phone, as a quoted
# testimonial's byline or a list's entry gives it: "“刘娟” — fnelson@...", "김영철: 909-..."
_CONTACT_AFTER = re.compile(r"(?:[\u201d\"\u00bb\u300d\u300f][ \t]*|[ \t,，、]+)(?:[:：|\u2013\u2014-][ \t]*)?"
                            r"(?:[\w.+-]+@[\w-]+\.|\+?1?[ .-]?\(?\d{3}\)?[ .-]?\d{3}[ .-]?\d{4}(?!\d))")
# a house number and street right after a name in another script: the person's home
_HOUSE_NUMBER_AFTER = re.compile(r"[ \t,，、]+\d{1,6}[ \t]+(?:[NSEW]\.?[ \t]+)?[A-Z][a-z]")
# an English word for a party of an account right before a name in another script: "customer 김도윤 (...)"
_ROLE_WORD_BEFORE = re.compile(r"(?i)\b(?:customer|account[ \t]?holder|tenant|resident|caller|applicant|ratepayer|"
                               r"subscriber|claimant|my[ \t]+name[ \t]+is|"
                               # the same said in Vietnamese or Tagalog: "Tôi là 何家豪", "khách hàng 陈美玲", "Ako si ..."
                               r"(?:tên[ \t]+)?tôi[ \t]+là|khách[ \t]+hàng|ako[ \t]+(?:po[ \t]+)?si)[ \t]+$"
                               r"|(?<![\uac00-\ud7a3])고객(?:인|이신)?[ \t]+$")  # Korean "customer": "고객 박정숙 씨"


_LABEL_REACH = 40  # characters of its line before a name in another script in which a label may call it a person's
_NOTE_SENTENCE_STOP = re.compile(r"[.。!?！？;；]\s*$")
# a word of the same script after a space: what the note goes on to say of the person ("住在 ...", "거주지 ...")
_WORD_AFTER_SPACE = re.compile(rf"[ \t]+[{_HAN}\uac00-\ud7a3]")
# the particles a Korean noun takes at a sentence's opening ("정전이 발생", "사용량은"): a word's ending, not a name's
_KOREAN_PARTICLES = frozenset("이가은는을를의에도로와과")


def _subject_of_a_note(text: str, start: int, match: re.Match) -> bool:
    """Whether a name of three syllables or characters in Hangul or Chinese opens its line or sentence and a space
    sets it apart from the words after it, in the language's way of writing a meeting's or a case's note about a
    resident ("李春梅 住在 ...; 提供了账户号码 ...", "양성수 거주지 ...; 계정 번호를 알려줌 ..."): in text an identifier
    ties, the person the note tells of. Chinese runs its words together, so a space after a name marks it."""
    line_start = max(start, text.rfind("\n", 0, match.start()) + 1)
    before = text[line_start:match.start()]
    return len(match.group()) == 3 and (not before.strip() or bool(_NOTE_SENTENCE_STOP.search(before))) \
        and bool(_WORD_AFTER_SPACE.match(text, match.end()))


def _opens_a_sentence(text: str, start: int, at: int) -> bool:
    """Whether nothing but a sentence's stop stands before ``at`` on its line (from ``start``): "ម៉ៅ សុភា ស្នើសុំ ..."."""
    before = text[max(start, text.rfind("\n", 0, at) + 1):at]
    return not before.strip() or bool(_NOTE_SENTENCE_STOP.search(before) or before.rstrip().endswith("\u17d4"))


def _labelled_as_a_person(text: str, start: int, at: int) -> bool:
    """Whether a label that says person ("Customer:", "고객명:") or an English party's word ("customer 김도윤")
    stands before the name at ``at`` in its line (no earlier than ``start``)."""
    line_start = max(start, text.rfind("\n", 0, at) + 1, at - _LABEL_REACH)
    return bool(_PERSON_LABEL_BEFORE.search(text, line_start, at) or _ROLE_WORD_BEFORE.search(text, line_start, at))


def _other_script_names(text: str, start: int, end: int, anchored: bool) -> list[tuple[int, int]]:
    """Spans of names in Cyrillic, Greek, Armenian or Chinese in ``text[start:end]`` (see _CASED_NAME): after a label
    that says person, in any language; in text an identifier ties (``anchored``), a cased script's capitalised run,
    or a Chinese name standing alone or before a house number or a phone, or a Chinese or an Arabic name set apart
    before the person's mailbox or phone (``_CONTACT_AFTER``), or a Chinese name opening a note about the person
    (``_subject_of_a_note``), or an Arabic name opening an English sentence as its verb's subject
    (``_ARABIC_SUBJECT``)."""
    found = []
    for pattern in (_CASED_NAME, _CHINESE_NAME, _ARABIC_NAME, _ARABIC_SUBJECT, _KHMER_NAME):
        for m in pattern.finditer(text, start, end):
            a, b = m.span()
            if pattern is _CHINESE_NAME and chinese_word(m.group()):
                continue
            role = _FIRST_WORD.match(text, a, b)
            if role and role.group(1).lower() in _ROLE_WORDS | _POSSESSIVES:  # "Клиент Венедикт Шарапов": the role,
                # then the name; "Ձեր Սպասարկման հաշիվ" ("Your Service account"), capitalised as a label is: no one
                if len(text[role.end():b].split()) < 2:
                    continue
                a = role.end()
            labelled = _labelled_as_a_person(text, start, a) or bool(
                _OTHER_PERSON_LABEL.search(text, max(start, text.rfind("\n", 0, a) + 1, a - _LABEL_REACH), a))
            if pattern is _ARABIC_NAME:  # words no case sets apart: only where quotes and the contact after them do
                if anchored and _CONTACT_AFTER.match(text, b):
                    found.append((a, b))
            elif pattern is _ARABIC_SUBJECT:
                if anchored:
                    found.append((a, b))
            elif pattern is _KHMER_NAME:  # its family names are everyday words too (ជា "is", សុខ "well-being"): a
                # label's, or opening a line or a sentence of text an identifier ties, or before the person's contact
                if labelled or anchored and (text[start:end].strip() == text[a:b] or _CONTACT_AFTER.match(text, b)
                                             or _opens_a_sentence(text, start, a)):
                    found.append((a, b))
            elif labelled or _HOUSE_NUMBER_AFTER.match(text, b) or anchored and (
                    pattern is _CASED_NAME or text[start:end].strip() == text[a:b]
                    or _CHINESE_NAME_AFTER.match(text, b) or _CONTACT_AFTER.match(text, b)
                    or pattern is _CHINESE_NAME and _subject_of_a_note(text, start, m)):
                found.append((a, b))
    return found


# a sentence's first word naming the person's role or addressing them, capitalised as the sentence opens: client,
# subscriber, applicant, Mr., Mrs., citizen, dear (Russian); customer, Mr., Mrs. (Greek); Mr., Mrs., customer (Armenian)
_ROLE_WORDS = frozenset("клиент клиентка абонент абонентка заявитель заявительница господин госпожа гражданин "
                        "гражданка уважаемый уважаемая жилец владелец πελάτης κύριος κυρία αιτών պարոն տիկին "
                        "հաճախորդ բաժանորդ".split())
# "your" and "our" in Armenian and Russian, which open a label or a heading, never a name
_POSSESSIVES = frozenset("ձեր մեր ваш ваша ваше ваши наш наша наше наши".split())
_FIRST_WORD = re.compile(r"(\w+)\.?[ \t]+")


# a surname as a household is called by it, double-barrelled or after an apostrophe too ("the Vasquez-Oduya household",
# "la familia Ruiz-Tagle", "the O'Neill family"), no hyphen ending it
_FAMILY_SURNAME_WORD = rf"[{_UPPER}](?:['\u2019][{_UPPER}])?[{_LOWER}'\u2019]+(?:-[{_UPPER}]?[{_LOWER}'\u2019]+)?"
# a household named by its surname: "the Abiodun family", "the Quintero household", "la familia Choi", an engineer's
# aside in brackets after the home ("the residence at 12 Elm St (Quintero household, 2,140 kWh in July)"); and a
# surname in the plural: "the Nguyens", "the Garcias"
_FAMILY = re.compile(rf"\b(?:(?:[Tt]he\s+|(?<=\())(?P<surname>{_FAMILY_SURNAME_WORD})\s+"
                     r"(?:family|household|residence|home)"
                     rf"|[Ll]a\s+familia\s+(?P<spanish>{_FAMILY_SURNAME_WORD}))\b"
                     # and on the City's translated pages, the surname kept in Latin letters: Tagalog "ang pamilya
                     # Holloway" (the Holloway family), Chinese "Vo家"/"Vo一家" and Korean "Kim 가족" (the Vo family)
                     rf"|\b[Aa]ng\s+pamilya\s+(?:nina?\s+)?(?P<tagalog>[{_UPPER}][{_LOWER}'\u2019-]+)\b"
                     rf"|\b(?P<cjk>[{_UPPER}][{_LOWER}'\u2019-]+)[ \t]?(?=家(?![庭具電电用居務务鄉乡])|一家|가족)"
                     # and a customer called by their surname alone after the word for one: "our test customer
                     # Raghavan used 1,583 kWh", "ratepayer Okonkwo" (not a full name: "customer Ana Ruiz" is read
                     # whole)
                     rf"|\b(?i:customer|ratepayer|account[ \t]?holder)[ \t]+(?P<customer>[{_UPPER}][{_LOWER}'\u2019-]+)"
                     rf"\b(?![ \t]+[{_UPPER}]|[ \t]*[-\u2013]?[ \t]*"
                     r"(?i:service|care|support|portal|account|number|no\.?|id)\b)")
_PLURAL_SURNAME = re.compile(rf"\b[Tt]he\s+(?P<plural>[{_UPPER}][{_LOWER}'\u2019-]+?(?:e?s))\b(?!\s+(?:family|household))")
_FAMILY_SURNAME = 1e-5  # a surname borne by 1 in 100,000 Americans or more ("Kang", "Pham", "Garcia")


def family_names(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Spans of households named by their surname in running text: "Abiodun family" (of "the Abiodun family"; "the
    Sarkissian residence", "the Nguyen home" name the household by its home as well),
    "Nguyens" (of "the Nguyens"). A customer's household is named so in a newsletter or a shut-off list; the surname
    must be no word of the language nor a place's or a firm's ("the Parks family" is no one's), and a plural a listed
    surname's and no frequent word ("the Garcias"; not "the Rivers", "the Eagles"), or the surname itself as its
    plural ("the Vargas", "los Hernández": ``plural_families``)."""
    end = len(text) if end is None else end
    found = []
    for m in _FAMILY.finditer(text, start, end):
        group = next(g for g in ("surname", "spanish", "tagalog", "cjk", "customer") if m.group(g))
        word = m.group(group)
        if not _stop(_plain(word)) and not common_word(word) and (fold(word) in surnames() or name_like(word)) \
                and not (group in ("tagalog", "cjk") and _word_more_than_surname(word)) \
                and not (group == "customer" and _word_more_than_surname(word)  # "Customer Care", "customer Portal"
                         and (word.lower() in word_frequencies() or not name_like(word))):  # ("Raghavan": no word)
            found.append((m.start(group), m.end()) if group == "surname" else m.span(group) if group in (
                "tagalog", "cjk", "customer") else (m.start(), m.end()))
    for m in _PLURAL_SURNAME.finditer(text, start, end):
        word = m.group("plural")
        stems = {fold(word[:-1]), fold(word[:-2]) if word.endswith("es") else ""} - {""}
        if not _stop(_plain(word)) and not frequent(word) and any(
                surname_shares().get(stem, 0.0) >= _FAMILY_SURNAME for stem in stems):
            found.append(m.span("plural"))
    return found + [span for span in {*unchanged_plural_families(text, start, end), *acting_families(text, start, end)}
                    if span not in found]


def _word_more_than_surname(word: str) -> bool:
    """Whether a capitalised word before another language's word for a household is more often an English or a
    Spanish word than a surname ("Power家", "ang pamilya Para sa Lahat"; not "Vo家", "Kim 가족")."""
    return surname_shares().get(fold(word), 0.0) <= word_frequencies().get(word.lower(), 0.0)


# an account holder written before their own account in brackets, as an item of a list of such pairs: "Patel
# (700-571-...), Garcia (700-987-...) and Amador (700-907-...)"; the items apart by a comma, a semicolon or "and"
_HOLDER_BEFORE_BRACKET = re.compile(rf"(?<![\w'\u2019.-])(?P<name>(?:(?:{PERSONAL_TITLES})\.?[ \t]+)?"
                                    rf"[{_UPPER}][{_LETTER}'\u2019-]+(?:[ \t]+[{_UPPER}][{_LETTER}'\u2019-]+){{0,2}})"
                                    r"[ \t]*\([ \t]*$")
_BRACKET_CLOSES = re.compile(r"[ \t]*\)")
_NEXT_PAIR = re.compile(r"[ \t]*(?:[,;][ \t]*(?:(?:and|&)[ \t]+)?|[ \t]+(?:and|&)[ \t]+)")
_HOLDER_REACH = 60  # the longest name with its title before its bracket


def holders_of_bracketed_accounts(text: str, accounts: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Spans of the names each written right before its own account number in brackets, in a list of two such
    pairs or more ("Credit these accounts: Patel (700-571-888-008), Garcia (700-987-574-995) and Amador (...)"): the
    accounts' holders, though a surname alone names them. A name must read as a person's or be a listed surname or
    a rare word (no acronym), and no word of the language nor a firm's or a place's; a list of council members and
    their districts, or of vendors and their purchase orders, has no account in its brackets."""
    pairs = []
    for start, end in sorted(accounts):
        name = _HOLDER_BEFORE_BRACKET.search(text, max(0, start - _HOLDER_REACH), start)
        close = _BRACKET_CLOSES.match(text, end)
        # (not the number's own label before it: "the CARE/FERA ID (C411432620) and Meter Number (BX609623)")
        if name and close and _holders_name(name.group("name")) and not _LABEL_ENDING.search(name.group("name")):
            pairs.append((name.start("name"), name.end("name"), close.end()))
    holders = []
    for k, (start, end, close) in enumerate(pairs):
        listed_before = k and _NEXT_PAIR.fullmatch(text, pairs[k - 1][2], start)
        listed_after = k + 1 < len(pairs) and _NEXT_PAIR.fullmatch(text, close, pairs[k + 1][0])
        if listed_before or listed_after:
            holders.append((start, end))
    return holders


# an account holder written after their account in brackets, as a memo's subject line or header gives the case it is
# about: "Re: Account 8-203-114-872 (Okonkwo)", "acct 7001-223-889 (Mr. Haddad)"
_HOLDER_IN_BRACKET_AFTER = re.compile(rf"[ \t]*\([ \t]*(?P<name>(?:(?:{PERSONAL_TITLES})\.?[ \t]+)?"
                                      rf"[{_UPPER}][{_LETTER}'\u2019-]+(?:[ \t]+[{_UPPER}][{_LETTER}'\u2019-]+){{0,2}})"
                                      r"[ \t]*\)")


# a bracket that names the number's kind after it, not its holder: "3297 9607 76 (Premise ID)", "(SA ID)", "(Acct #)"
_LABEL_ENDING = re.compile(r"(?i)(?:\b(?:id|no|nbr|num|acct|account|number)\.?|#)\s*$")


def holders_bracketed_after_accounts(text: str, accounts: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Spans of the names written in brackets right after an account number, alone there ("Re: Account
    8-203-114-872 (Okonkwo)"): the account's holder, though a surname alone names them. The name must read as a
    person's or be a listed surname or a rare word, as a list's holders before their brackets must: a bracket's
    status, class or place ("(closed)", "(CARE)", "(Pomona)") names no one."""
    holders = []
    for _, end in accounts:
        name = _HOLDER_IN_BRACKET_AFTER.match(text, end)
        if name and not _LABEL_ENDING.search(name.group("name")) and _holders_name(
                re.sub(rf"^(?:{PERSONAL_TITLES})\.?\s+", "", name.group("name"))):
            holders.append(name.span("name"))
    return holders


# a person written by a given name and the initial of their surname, as a case note or a newsletter keeps a customer's
# privacy halfway: "Dwight A. (acct ending 6157)", "Hasmik G. gave me permission ...; the account no. ..."; not a
# name going on to its surname ("John A. Smith")
_GIVEN_AND_INITIAL = re.compile(rf"(?<![\w'\u2019.-])[{_UPPER}][{_LOWER}'\u2019-]{{2,}}[ \t]+[{_UPPER}]\."
                                rf"(?![ \t]*[{_UPPER}][{_LOWER}])")


def given_names_and_initials(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Spans of a given name and an initial ("Dwight A."): the first word a listed given name or a word that reads as
    a name, no word of the language ("Plan B.", "Section C.", "Exhibit A.")."""
    found = []
    for m in _GIVEN_AND_INITIAL.finditer(text, start, end):
        given = m.group().split()[0]
        if not common_word(given) and not _stop(_plain(given)) and (fold(given) in given_names() or name_like(given)):
            found.append(m.span())
    return found


# a person written by their surname and initials, as a ledger or a definition list files a customer ("Quenneville, R.
# (acct ...)", "OKAFOR, T. J."): the surname a word no vocabulary reads as common ("Section, A." is not one)
_SURNAME_AND_INITIALS = re.compile(rf"(?<![\w'\u2019.-])(?P<surname>[{_UPPER}](?:[{_LOWER}'\u2019-]{{2,}}"
                                   rf"|[{_UPPER}'\u2019-]{{2,}})),[ \t]*[{_UPPER}]\.(?:[ \t]*[{_UPPER}]\.)?(?![\w'\u2019-])")


def surnames_and_initials(text: str) -> list[tuple[int, int]]:
    """Spans of a surname and one or two initials after a comma ("Quenneville, R."), the surname a word that
    reads as a name rather than a word of the language."""
    return [m.span() for m in _SURNAME_AND_INITIALS.finditer(text) if name_like(m.group("surname"))]


def _holders_name(value: str) -> bool:
    words = value.split()
    if len(words) > 1:
        return person_name(value) is not None
    plain = _plain(value)
    return not _stop(plain) and not common_word(value) and (
        surname_shares().get(plain, 0.0) >= _LISTED_SURNAME or not value.isupper() and name_like(value))


# a call centre's note item opens with its customer as staff type them in a hurry: a given name and surname in lower
# case right before the account's label ("* dana whitfield acct#7007...", "- jose ruiz sa 3-250-..."), or the surname
# alone in capitals right before the home ("* SOLIZ (1431 S. Hamilton Blvd) - ...", "- OKAFOR, 12 Elm St - ...")
_NOTE_ITEM = r"(?:^|(?<=\n))[ \t]*(?:[-*\u2022\u25aa\u25e6\u2023\u2013]|\d{1,2}[.)])[ \t]+"
_LOWER_NAME_BEFORE_ACCOUNT = re.compile(_NOTE_ITEM + r"(?P<name>[a-z][a-z'-]+(?:[ \t][a-z][a-z'-]+){1,2})[ \t]*"
                                        r"(?:acct|account|sa|svc)\b")
_CAPITAL_SURNAME_BEFORE_HOME = re.compile(_NOTE_ITEM + rf"(?P<name>[{_UPPER}]{{2,}}(?:-[{_UPPER}]{{2,}})?)"
                                          r"[ \t]*[(,:\u2013-][ \t]*\d{1,6}[ \t]+(?:[NSEW]\.?[ \t]+)?[A-Z][a-z]")


def note_items_customer(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The span of the customer that opens a bulleted or numbered note item in ``text[start:end]``, written in a
    hurry: "christopher phillips" before "acct#..." (a given name and a listed surname), "SOLIZ" before "(1431 S.
    Hamilton Blvd)" (a listed surname, more often a name than a word, no acronym of the desk's: "IVR (909) ...");
    not a note's words that a given name opens ("will call acct ...", "rose garden acct ...", "* MAIN (120 ...")."""
    lower = _LOWER_NAME_BEFORE_ACCOUNT.search(text, start, end)
    if lower and name_like(lower.group("name").split()[-1]) and given_and_listed_surname(lower.group("name").title()):
        return lower.span("name")
    capital = _CAPITAL_SURNAME_BEFORE_HOME.search(text, start, end)
    if capital and name_like(capital.group("name").capitalize()) and _holders_name(capital.group("name").capitalize()):
        return capital.span("name")
    return None


# a call note's title and surname typed in lower case: "called back ms. zhang re high bill", "spoke w/ mr mendoza"
# ("dr." left out: "2299 juniper dr. says ..." is a street's)
_LOWER_TITLED_SURNAME = re.compile(r"(?<![\w.])(?:mr|mrs|ms|mx|miss)\.?[ \t]+(?P<surname>[a-z][a-z'-]{1,24})(?![\w'-])")


def lower_titled_surnames(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The surnames a lower-case title stands before in a call note ("called back mrs. pham re high bill -- acct
    ..."), where the note's identifier or usage ties them (the caller's to say): a Census surname or a word no
    dictionary holds ("ms. okonkwo"), no frequent word unless a common surname ("ms. lopez"); not "mr. and mrs.",
    "ms. may", "mr. will"."""
    found = []
    for m in _LOWER_TITLED_SURNAME.finditer(text, start, end):
        surname = m.group("surname")
        if ((surname in surnames() or name_like(surname)) and _lower_surname(surname, True)
                and surname not in _TITLES and surname not in NOT_PERSON):
            found.append(m.span("surname"))
    return found


_COUPLE_BEFORE = re.compile(rf"(?<![\w'\u2019-])(?P<given>[{_UPPER}][{_LOWER}'\u2019-]+)\s+(?:and|&)\s+$")


# the word before "and" ends a place's name after "of": "between the City of San Ardeno and Minh Dung"
_PLACE_NAME_ENDS = re.compile(rf"\bof\s+(?:[{_UPPER}][{_LOWER}'\u2019-]+\s+){{0,2}}$")


def couple_start(text: str, start: int) -> int:
    """Where a couple's name starts that ends with the name at ``start``: a given name and "and" before it ("Emeka
    and Adebayo Abiodun", "Jose & Elena Ramirez" share the surname); else ``start``. The word must be a given name
    and no word of the language ("Parks and Ana Ruiz" is a place and a person, "Holt and Ana Ruiz" a street and a
    person), nor the last word of a place after "of" ("the City of San Ardeno and Minh Dung").
    """
    m = _COUPLE_BEFORE.search(text, max(0, start - 30), start)
    if not m:
        return start
    given = m.group("given")
    if _stop(_plain(given)) or common_word(given) or given in ("The", "And") or _PLACE_NAME_ENDS.search(
            text, max(0, m.start() - 40), m.start()):
        return start
    plain = fold(given)  # more often a given name than a surname ("Holt and Maria Lopez" is a street's word)
    listed = _more_given_than_surname(plain)
    return m.start() if listed or (plain not in surnames() and name_like(given)) else start


# identifiers' labels written as one word, before their number: no given name of a "Last, First" ("Said" is one)
_RUN_TOGETHER_LABELS = frozenset({"said", "acct", "acctno", "custid", "ssn", "itin"})
_NUMBER_AFTER = re.compile(r"\s*[#:]?\s*\d")


# a title's issue after its comma: a season or a month, then a year ("Newsletter, Spring 2026")
_ISSUE_DATE = re.compile(r"[ \t]+(?:19|20)\d{2}\b")
_SEASONS_AND_MONTHS = frozenset("spring summer fall autumn winter january february march april may june july august "
                                "september october november december".split())


def _title_and_issue(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]``, read as "Last, First", is a publication's title and the season or month of its
    issue, a year after it ("Newsletter, Spring 2026")."""
    after = text[start:end].rpartition(",")[2].split()
    return len(after) == 1 and after[0].lower() in _SEASONS_AND_MONTHS and bool(_ISSUE_DATE.match(text, end))


_ROUTE_AFTER = re.compile(r"(?i)\s*(?:rt|rte|route|rr|hc|hcr|(?:rural|star) route|highway contract(?: route)?|p\.?\s?o|"
                          r"box|apt|unit|ste|spc|space|lot)\b\.?\s*(?:box\s*)?#?\d")


_PRONOUNS_CLAUSE = re.compile(r"[ \t]+[a-z]")  # "I" and a word in lower case: the pronoun and its verb ("I live")


def _last_first(text: str, match: re.Match) -> tuple[int, int] | None:
    """The name in a "Last, First" match, without the words before it that are none of it ("Resident Flynn,
    Damian", "Take Jacobson, Andre, who ...": the pattern reads up to three words as the surname). A household's
    second given name after "&" is the name's too when it is more often a given name than a surname, or a rare word
    no one bears as a surname ("NGUYEN, TUAN & ELIZABETH", "LOPEZ, KATHLEEN & ESPARTACO"; not a firm's partner,
    "Dewey, Cheatham & Howe")."""
    if match["joint"]:
        second = _plain(match["second"])
        first = _last_first(text, _LAST_FIRST.fullmatch(text, match.start(), match.start("joint")))
        given = _more_given_than_surname(second) or (second not in surnames() and name_like(match["second"]))
        return (first[0], match.end()) if first and given and not _stop(second) else None
    tokens, words = _words_of(text, match.start(), match.end())
    comma, end = text.index(",", match.start()), match.end()
    if _STATE_AFTER.match(text, comma) and not text[match.start():comma].isupper():
        return None  # a city and its state: "Lomita Springs, CA 92362"
    if _STATE_AFTER.match(text, end) or _after_house_number(text, match.start()):
        return None  # the end of a street line and its city: "4411 Forge Falls, Murphybury, CA 92058"
    if _ROUTE_AFTER.match(text, comma + 1):
        return None  # a name and then a rural route or a box: "Kulwant Kaur, Rt. 3 Box 382"
    before, after = text[match.start():comma].split(), text[comma + 1:end].split()
    if after == ["I"] and _PRONOUNS_CLAUSE.match(text, end):
        return None  # the writer's "I" opening the next clause: "I am Takeshi Hirano, I live at ..."
    if before == ["I"]:
        return None  # a declaration's writer before their name: "I, Gwendolyn Achebe, authorize ..." (the name alone)
    initialled = _surname_and_initials(text, match.start(), comma, after)
    if initialled is not None:
        return initialled, end  # "in the name of Manukyan, G.", "Customer de la Cruz, M. R.": a surname and initials,
        # as a bill's name line writes them
    if after and len(after[0]) > 1 and after[0].isupper() and not before[-1].isupper():
        return None  # a name and then a label in capitals: "Maria Ortega, SAID 48213377" (a name is one or the other)
    if len(after) == 1 and after[0].lower() in _RUN_TOGETHER_LABELS and _NUMBER_AFTER.match(text, end):
        return None  # "JONEL PANGILINAN, SAID 8103947721": an identifier's label, run together, before its number
    if len(after) == 1 and _partners_firm(text, end, after[0]):
        return None  # "Jackson, Russell and Lawrence": a firm named after its partners
    if _title_and_issue(text, match.start(), end):
        return None  # "Customer Newsletter, Spring 2026", "Annual Report, June 2025": a title and its issue
    while words and (_stop(words[0]) or words[0] in _TITLES) and not (
            tokens[0][0] == match.start() and tokens[1:] and tokens[0][1] <= comma < tokens[1][0]
            and _word_as_surname(text, tokens, words)):
        tokens, words = tokens[1:], words[1:]
    if len(tokens) > 2 and tokens[-2][0] > comma and _acronym_after(text, tokens):
        tokens, words = tokens[:-1], words[:-1]  # "Phelps, Gary COPA acct ...": the utility's acronym follows
        end = tokens[-1][1]
    while tokens and tokens[1:] and tokens[1][0] < comma:  # a shorter surname: drop the first word and read again
        if _reads_as_last_first(text, tokens, words):
            return tokens[0][0], end
        tokens, words = tokens[1:], words[1:]
    return (tokens[0][0], end) if tokens and (_reads_as_last_first(text, tokens, words)
                                              or _listed_last_first_initialled(text, tokens, words)) else None


def _listed_last_first_initialled(text: str, tokens: list, words: list) -> bool:
    """A surname (listed, or more a name than a word), a comma, a listed name and a middle initial ("Yuan, Lei E.",
    "Tesfaye, My B."), first on its line or after a customer's role: the form a bill's or a list's name line takes,
    whatever words of the language the surname and the given name also spell (the currency's "yuan", "my")."""
    if len(tokens) != 3 or not text.find(",", tokens[0][1], tokens[1][0]) >= 0 or len(words[2]) != 1:
        return False
    surname, given = (text[a:b] for a, b in tokens[:2])
    shares = surname_shares()
    return (all(w[:1].isupper() and w[1:].islower() and w.isalpha() for w in (surname, given))
            and (shares.get(words[0], 0.0) >= _LISTED_SURNAME or name_like(surname)) and not _stop(words[0])
            and (words[1] in given_names() or (shares.get(words[1], 0.0) >= _LISTED_SURNAME and not _stop(words[1])))
            and text[tokens[2][1] - 1] == "." and _first_word(text, tokens[0][0]))


_INITIAL_ONLY = re.compile(rf"[{_UPPER}]\.?")


def _surname_and_initials(text: str, start: int, comma: int, after: list[str]) -> int | None:
    """Where a surname (with its particles) before one or two initials begins ("Manukyan, G.", "el-Sayed, M. K.",
    "Customer van Houten, R."): a role's or a label's word before it is none of it; the surname is one word that
    reads as one, first on its line but for the role."""
    if not 1 <= len(after) <= 2 or not all(_INITIAL_ONLY.fullmatch(w) for w in after):
        return None
    words = list(re.finditer(r"\S+", text[start:comma]))
    while len(words) > 1 and (_stop(_plain(words[0].group())) or _plain(words[0].group()) in _TITLES) \
            and words[0].group().lower() not in _PARTICLE_WORDS:  # "St. Clair, D. P.": the particle is the surname's
        words = words[1:]
    surname = [w.group() for w in words if w.group().lower() not in _PARTICLE_WORDS]
    if not surname and len(words) == 1 and words[0].group()[:1].isupper():
        surname = [words[0].group()]  # "Le, G.", "DU, M. K.": a short surname that is a particle elsewhere
    begin = start + words[0].start()
    if len(surname) == 1 and _first_word(text, begin) and not common_word(surname[0]) and (
            fold(surname[0]) in surnames() or name_like(surname[0])):
        return begin
    return None
_AND_NEXT = re.compile(r"\s*(?:and|&)\s+([A-Z][a-z'\u2019-]+)\b")
_PARTNER_SURNAME = 1e-4  # a surname borne by 1 in 10,000 Americans or more (Russell, Lawrence, Young)


def _partners_firm(text: str, end: int, second: str) -> bool:
    """Whether a "Last, First" goes on with "and" a third word and both words after the comma are common
    surnames, or the third is a surname more than a given name: a law or accounting firm named after its partners
    ("Jackson, Russell and Lawrence", "Smith, Howard & Young", "Dickerson, Lee and Liu"), not a household ("Lopez,
    Maria and Jose")."""
    third = _AND_NEXT.match(text, end)
    if not third or surname_shares().get(fold(second), 0.0) < _PARTNER_SURNAME:
        return False
    last = fold(third.group(1))
    share = surname_shares().get(last, 0.0)
    return share >= _PARTNER_SURNAME or (share > 0 and given_names().get(last, 0.0) / 200 < share)


def _acronym_after(text: str, tokens: list) -> bool:
    """The last word in capitals after words that are not ("Gary COPA", "Phelps, Gary SFEA"): an agency's
    acronym after a name, which is written one way or the other ("Gary Phelps", "GARY PHELPS")."""
    words = [text[a:b] for a, b in tokens]
    return len(words) > 1 and len(words[-1]) > 1 and words[-1].isalpha() and words[-1].isupper() and not any(
        w.isupper() and len(w) > 1 for w in words[:-1])


def _reads_as_last_first(text: str, tokens: list, words: list) -> bool:
    stops = [k for k, w in enumerate(words) if _stop(w) and not _month_given_last(text, tokens, words, k)]
    return (not _after_house_number(text, tokens[0][0])
            and (not stops or (stops == [0] and len(tokens) > 1 and text.find(",", tokens[0][1], tokens[1][0]) >= 0
                               and _first_word(text, tokens[0][0]) and _word_as_surname(text, tokens, words)))
            and _reads_as_name(text, tokens, words, False, True, given_last=True))


_DAY_OR_YEAR_AFTER = re.compile(r"[ \t]*(?:,[ \t]*)?\d")


def _month_given_last(text: str, tokens: list, words: list, k: int) -> bool:
    """A month that is a given name after the comma of "Last, First", a listed surname no word before it and no day
    or year after it ("Navarrete, June paid in person", "OKAFOR, APRIL"; not "Friday, June 12", "Report, May 2026")."""
    surname = [text[a:b] for a, b in tokens[:k]]
    return (k > 0 and all(len(w) == 1 for w in words[k + 1:]) and words[k] in _MONTH_GIVEN_NAMES  # "WHITCOMB, June M."
            and not _DAY_OR_YEAR_AFTER.match(text, tokens[k][1])
            and all((w in surnames() or name_like(word)) and not _stop(w) for w, word in zip(words, surname))
            and not any(common_word(w) for w in surname))  # "FALANIKO, Jun T.", whom no list knows


def _first_word(text: str, start: int) -> bool:
    """No capitalised word nor an article stands before ``start`` on its line ("Ganesha Park, Kevin", "the Park,
    Kevin": a place, then a name). A customer's role is no place: "Ratepayer al-Amin, A." is the ratepayer's name."""
    before = text[max(0, start - 40):start]
    return not re.search(rf"(?:[{_UPPER}][\w'’.-]*|\b[Tt]he)[ \t]+$", before) or bool(
        re.search(rf"(?<![\w-]){_LEADING_ROLE.pattern}$", before))


def _word_as_surname(text: str, tokens: list, words: list) -> bool:
    return word_surname_first(text[tokens[0][0]:tokens[0][1]], text[tokens[1][0]:tokens[1][1]])


def word_surname_first(surname: str, given: str) -> bool:
    """A month or a place word that is a surname, written first before a given name ("MAY, JOEL", "PARK,
    YOUNG-HO", "Hall, Denise"): the given name after the comma is hyphenated, or more often a given name than a
    surname, and neither a month's nor a place's word ("May, June", "Park, Lincoln" are no one). A role's or a
    label's word is no surname there, though the Census lists hold it: in "Deputy City Clerk Soo-ah Bergstrom",
    "Captain Ji-ho Ames" the title stands before the given name."""
    plain, last = fold(given), _plain(surname)
    if last not in surnames() or last in _UNIT_WORDS or _stop(_plain(given)) or (
            last in NOT_PERSON and last not in FIRM_OR_PLACE and last not in _FACILITY and last not in _word_surnames()
    ) or last in _TITLE_OF_OFFICE_WORDS:
        return False  # (a label's word that is a common surname is one first: "PAGE, CAROLE", "Case, Maria")
    return ("-" in plain and name_like(given)) or _more_given_than_surname(plain)


def _without_possessive(word: str) -> str:
    """"Power's" -> "Power"; a word of three letters or fewer as it is ("Jo's" may be a given name's)."""
    return word[:-2] if len(word) > 3 and word[-2:] in ("'s", "\u2019s", "'S", "\u2019S") else word


def _plain(word: str) -> str:
    """"María" -> "maria", as the Census lists spell it; "St." ("ST.") of a surname stays "st." (not the street's
    "st")."""
    return "st." if word in ("St.", "ST.") else fold(word.rstrip("."))


def _vietnamese_title_word(text: str, span: tuple[int, int]) -> bool:
    """Whether the word at ``span`` is one of a Vietnamese title's (``_VIETNAMESE_TITLE_WORDS``), with its marks."""
    return text[span[0]:span[1]].lower() in _VIETNAMESE_TITLE_WORDS


# the letters of Vietnamese that no English or Spanish word has: ă, đ, ơ, ư and the vowels with a tone mark ("ế", "ữ")
_VIETNAMESE_LETTER = re.compile(r"[\u0102\u0103\u0110\u0111\u01a0\u01a1\u01af\u01b0\u1ea0-\u1ef9]")


def _stop_word(text: str, span: tuple[int, int], word: str) -> bool:
    """``_stop`` of a name's next word at ``span`` (``word`` its plain form), but a Vietnamese word is not the English
    one its plain form spells: "Thế" (of "Hoàng Thế Quân") is no "the". (A name's first word stays a stop word: "Số"
    opens a label, "Số An Sinh Xã Hội".)"""
    return _stop(word) and not _VIETNAMESE_LETTER.search(text, *span) and not _lower_particle(text, span, word)


def _lower_particle(text: str, span: tuple[int, int], word: str) -> bool:
    """A surname's particle in lower case inside a run of capitalised words ("Jan ter Horst", "Ana de la Cruz"): no
    street's "Ter" (terrace) nor any other stop word, whatever word of a list it spells."""
    return word in _PARTICLE_WORDS and text[span[0]].islower()


def _stop(word: str) -> bool:
    """A word no name is made of: a label's, a firm's or a place's, a month's, a holiday's, a street's or its unit's."""
    return (word in NOT_PERSON or word in _PLACE_AFTER or word in _MONTHS or word in _HOLIDAYS
            or word in _STREET_PREFIXES or word in _UNIT_WORDS
            or (len(word) > 1 and word in label_words() and word not in _PARTICLE_WORDS))  # "SSN", "Acct"


# what stands before a trade name: "Sara Casares dba Casares Lawn Care", "doing business as Ruiz Tile"; the trade a
# Spanish or Vietnamese shop's name opens with, before its owner's name ("Taquería Hernández", "Tiệm bánh mì Hương
# Lan", "Nhà hàng Phở Minh")
_TRADE_NAME_BEFORE = re.compile(r"(?i:\b(?:dba|d/b/a|d\.b\.a\.|doing business as|trading as|t/a))\s*[:,-]?\s*$"
                                r"|(?i:\b(?:panader[ií]a|taquer[ií]a|carnicer[ií]a|peluquer[ií]a|lavander[ií]a|tienda|"
                                r"restaurante|taller|est[ée]tica)|(?<!\w)(?:ti\u1ec7m|qu\u00e1n|nh\u00e0\s+h\u00e0ng|"
                                r"c\u1eeda\s+h\u00e0ng))(?:\s+[a-z\u0111][^\W\d_]*){0,2}\s+$")
# what stands around the name of a place: "City of Palmera Springs", "Palmera Springs, CA 92240"
_PLACE_OF = re.compile(r"(?i)\b(?:city|town|county|village|state|university|port|district)\s+of\s+$")
# (not "PO Box"); a state and ZIP a line break put on the next line: "137 Eric Knolls, West Matthew," / "CA 92101"
# (OCR reads a city line's comma as ";" or "." too: "Harwick Vale; CA 93561"); not a name's suffix ("Ana Ruiz II",
# "ANA RUIZ JR"); not two capitals before a number
# other than a ZIP or a "#": an identifier's label after a name ("Maria Lopez, SA 8707279017", "SA # 8814 888 281")
# (two capitals glued to a dash and digits are a code's prefix, no state: "(Ana Ruiz, SO-845058, 2,950kWh)"; nor
# two joined to an ampersand, a utility's or a firm's initials: "Ana Ruiz's PG&E account", "Ana Ruiz AT&T bill")
_STATE_AFTER = re.compile(r",?[ \t]+(?:(?!II\b|IV\b|JR\b|SR\b)[A-Z]{2}(?![ \t]*(?:#|\d(?!\d{4}\b)|ID\b)|[-\u2010-\u2013]\d|&)|California)\b"
                          r"(?![ \t.]*(?i:box)\b)"
                          r"(?:[ \t]+\d{5})?"
                          r"|[;.][ \t]*[A-Z]{2}[ \t]+\d{5}(?:-\d{4})?\b"
                          r"|,[ \t]*\n[ \t]*(?:[A-Z]{2}|California)[ \t]+\d{5}")


# a house number on the name's own line; no time or date ("10:31", "3/2")
_NUMBER_BEFORE = re.compile(r"(?<![\w:/-])\d{1,6}[A-Za-z]?[ \t]*\Z")
# "7006 3999 8682", "6165.1195.87"; not a record's dash between fields ("Patricia Long - 3860 Armstrong Fort")
_NUMBER_GROUP_END = re.compile(r"\d-?\s*$|\d\.$")
# a month's name before the number: the day of a date ("On March 26 Ms. Reddy of ... called"), no house number
_MONTH_BEFORE = re.compile(r"(?i)\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)(?:[a-z]{0,6}|\.)[ \t]+$")


def _after_house_number(text: str, start: int) -> bool:
    """Right after a house number on the same line ("1234 Maria Lopez Ave"), not after the last group of an
    account number written in groups ("7006 3999 8682 JESUSA ESTEBAN", "Svc Acct 6165.1195.87 Garen Hakobyan") nor
    after a date's day ("On March 26 Ms. Reddy ...")."""
    number = _NUMBER_BEFORE.search(text, max(0, start - 10), start)
    return bool(number) and not _NUMBER_GROUP_END.search(text, max(0, number.start() - 3), number.start()) \
        and not _MONTH_BEFORE.search(text, max(0, number.start() - 12), number.start())


# a footnote's or an item's number opening a line: "1 Jason Cotto, service account ..."
_NOTE_NUMBER = re.compile(r"[ \t]*\d{1,2}[ \t]+")


def _footnote(text: str, run: list[tuple[int, int]]) -> bool:
    """A run of words after a footnote's number at the start of its line and ended by a comma or a semicolon: the
    note's subject, not a street named after someone ("1 Jason Cotto, service account ...")."""
    line_start = text.rfind("\n", 0, run[0][0]) + 1
    return bool(_NOTE_NUMBER.fullmatch(text, line_start, run[0][0])) and text[run[-1][1]:run[-1][1] + 1] in (",", ";")


# a person's generational suffix with its point, then a street's type: "Martin Luther King Jr. Blvd" is a street
_STREET_AFTER_SUFFIX = re.compile(r"(?<=[JS]r)\.?[ \t]+(?:Avenue|Ave|Street|St|Boulevard|Blvd|Road|Rd|Drive|Dr|Lane|Ln|"
                                  r"Way|Court|Ct|Place|Pl|Parkway|Pkwy|Highway|Hwy|Circle|Cir|Terrace)\b", re.IGNORECASE)


# the part or the equipment of a park, a hall or a yard, in lower case after its name: "Ravensong Park ballfield lights",
# "Ellery Hall boiler", "Tanaka Park restroom"
_PART_OF_A_PLACE = re.compile(r"[ \t]+(?:ball ?fields?|(?:field |court |sports |security )?lights|lighting|restrooms?|"
                              r"pool|splash pad|playground|irrigation|pumps?|boiler|hvac|chiller|parking lot|"
                              r"snack bar|concession stand|gym(?:nasium)?)\b")

# the works' noun ends its word: "Corisande Yardley", "Anna Sitek" and "Lena Depotter" are people, not a yard or a site
_WORKS_NAME = re.compile(rf"{WORKS_NAMED}\b")


def _place_with_its_part(text: str, run: list[tuple[int, int]]) -> bool:
    """Whether the run ends in a place's word that is a surname too ("Ravensong Park", "Ellery Hall") and the lower-case
    name of the place's part or equipment follows it: the City's park or hall whose lights or pool a line tells of, no
    person "Ravensong Park". Or the run opens a works' or a public place's name ("Harwell Well Site 3", "Okafor Sports
    Complex": see ``WORKS_NAMED``), whose first words are no person either."""
    last = text[run[-1][0]:run[-1][1]]
    return (len(run) >= 2 and last[:1].isupper() and fold(last) in FIRM_OR_PLACE | _SURNAMES | _FACILITY
            and _PART_OF_A_PLACE.match(text, run[-1][1]) is not None) or _WORKS_NAME.match(text, run[0][0]) is not None


# the article, an acronym, then a lower-case noun it names: "An SCE account ...", "An ASCE customer no. ..."
_ARTICLE_BEFORE_ACRONYM = re.compile(r"An?[ \t]+[A-Z]{2,6}[ \t]+[a-z]")


def _article_before_acronym(text: str, start: int) -> bool:
    """Whether the words at ``start`` are the article before a program's or a utility's acronym naming a thing ("An
    ASCE customer no. ... held by ..."), not the given name An before a surname in capitals."""
    return _ARTICLE_BEFORE_ACRONYM.match(text, start) is not None


# a street named without its number after the preposition a home is "on" ("lives on Maple Lane", "her kitchen on N.
# Pepper Tree Lane"), the run ending in the street's type
_ON_BEFORE = re.compile(r"(?i:\b(?:on|along|off|onto))[ \t]+(?:[NSEW]\.?[ \t]+)?$")
_STREET_TYPE = re.compile(rf"(?i:{alternation(SUFFIXES)})\.?")


# a street address and its comma right before a town's name: "307 Cottonwood Blvd, Piedra Blanca"
_STREET_BEFORE_TOWN = re.compile(rf"\b\d{{1,6}}[A-Z]?[ \t]+(?:[\w.'\u2019-]+[ \t]+){{0,4}}(?i:{alternation(SUFFIXES)})"
                                 r"\.?,[ \t]*$")


# a street address and its town in brackets, the bracket closing right after the town: "(350 W. Mission Promenade,
# Rosa Linda)"
_ADDRESS_IN_BRACKETS = re.compile(r".*\(\d{1,6}[A-Z]?[ \t][^()\n]*,[ \t]*[^()\n,]*\)", re.DOTALL)


def _town_after_street(text: str, run: list[tuple[int, int]]) -> bool:
    """Whether the run is the town that ends a street address's line, the state left off, as a letter's sender block
    gives it under the writer's name ("Zacarias Santangelo" / "307 Cottonwood Blvd, Piedra Blanca" / "(760) ..."), or
    closes an address given in brackets after a place's name ("The Civic Center (350 W. Mission Promenade, Rosa
    Linda) used ..."); a given name and a listed surname there are a person's still ("12 Elm St, Ana Ruiz"). In
    running text, the town a street address is said to be in ("the premises at 10303 Tesoro Lane in Sierra Linda:
    ...")."""
    line_end = text.find("\n", run[-1][1])
    if (_STREET_BEFORE_TOWN.search(text, max(0, run[0][0] - 80), run[0][0]) is not None
            and (not text[run[-1][1]:len(text) if line_end < 0 else line_end].strip(" \t.,")
                 or _ADDRESS_IN_BRACKETS.fullmatch(text, max(0, run[0][0] - 80), run[-1][1] + 1) is not None)
            and not given_and_listed_surname(text[run[0][0]:run[-1][1]])):
        return True
    said_in = _IN_BEFORE_TOWN.search(text, max(0, run[0][0] - 8), run[0][0])
    return said_in is not None and any(m.end() == said_in.start() for m in street_addresses(
        text, max(0, said_in.start() - 80), said_in.start()))


_IN_BEFORE_TOWN = re.compile(r",?[ \t]+in[ \t]+$")  # "... 10303 Tesoro Lane in " before the town's name


def _street_named_on(text: str, run: list[tuple[int, int]]) -> bool:
    """Whether the run is a street's name after "on" ("on Maple Lane", "on N. Pepper Tree Lane"): its last word is a
    street's type and no possessive follows ("on Jessica Lane's proposal" is a person's)."""
    return (len(run) >= 2 and _ON_BEFORE.search(text, max(0, run[0][0] - 12), run[0][0]) is not None
            and _STREET_TYPE.fullmatch(text, *run[-1]) is not None and text[run[-1][1]:run[-1][1] + 1] not in "'\u2019")


# a mailing block's city line in capitals, the state's code and the ZIP after the city with no comma ("SANTA ANA CA
# 92701"): the state's code ends the run of capitalised words, the city before it no one's name
_US_STATES = frozenset("AL AK AZ AR CA CO CT DE DC FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM "
                       "NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY PR GU VI".split())
_ZIP_AFTER = re.compile(r"[ \t]+\d{5}(?:-\d{4})?(?!\d)")


def _city_state_zip(text: str, run: list[tuple[int, int]]) -> bool:
    return len(run) >= 2 and text[run[-1][0]:run[-1][1]] in _US_STATES and _ZIP_AFTER.match(text, run[-1][1]) is not None


def _names_in_run(text: str, run: list[tuple[int, int]], anchored: bool) -> list[tuple[int, int]]:
    if run and ((_after_house_number(text, run[0][0]) and not _footnote(text, run)) or _street_named_on(text, run)
                or _city_state_zip(text, run)
                or _STREET_AFTER_SUFFIX.match(text, run[-1][1])
                or _TRADE_NAME_BEFORE.search(text, max(0, run[0][0] - 24), run[0][0])
                or _PLACE_OF.search(text, max(0, run[0][0] - 20), run[0][0]) or _STATE_AFTER.match(text, run[-1][1])
                or _firm_named_after_partners(text, run) or _place_with_its_part(text, run)):
        return []  # "1234 Maria Lopez Ave", "Martin Luther King Jr. Blvd": a street named after someone; a city;
        # "dba Casares Lawn Care": a trade name; "Hansen Allen & Luce, Inc.": a firm; "Ravensong Park ballfield lights"
    # a possessive's word is read without its "'s": "Mirasol Clean Power's rates" ends in a firm's word, as
    # "Mirasol Clean Power" does
    words = [_plain(_without_possessive(text[a:b])) for a, b in run]
    if any(_place_word(text, run, words, k) for k in range(len(words))):
        words, run = _before_place(text, words, run)
    found, i = [], 0
    while i < len(words) - 1:
        burmese = _burmese_name(words, i)
        if burmese is not None:
            found.append((run[i][0], run[burmese][1]))  # "Saw Eh Doh Htoo", whose "Saw" and "Eh" are words too
            i = burmese + 1
            continue
        if anchored and i + 2 == len(words) and (
                not _stop(words[i]) or words[i] in given_names() or double_surname(text[run[i + 1][0]:run[i + 1][1]])
                or syllable_and_family(text[run[i][0]:run[i][1]], text[run[i + 1][0]:run[i + 1][1]])) \
                and not is_place(text[run[i][0]:run[i + 1][1]]) and given_and_surname_by_role(text, run[i], run[i + 1]):
            found.append((run[i][0], run[i + 1][1]))  # "from My Zhou, whose service account ...", "Favour Hakobyan, 12
            break  # Elm St, ...": a given name that is a word, or no list's, before a surname that is none
        titled = words[i] in _TITLES  # "Dr." is a title here, though "dr" is also a street's ("Oak Dr")
        last = _initials_and_surname(text, run, words, i) if anchored else None
        if last is None and anchored and _my_and_surname(text, run, words, i):
            last = i + 1
        if last is not None:
            found.append((run[i][0], run[last][1]))  # "R. Castellanos, 71 Aster Ct, 1,050 kWh"
            i = last + 1
            continue
        if anchored and _roll_name(text, run, i):
            found.append((run[i][0], run[i + 2][1]))  # "JACOBS KENNETH B, 3439 W FERNLEAF AVE, Acct ..."
            i += 3
            continue
        if anchored and _saints_surname(text, run, words, i):
            found.append((run[i][0], run[i + 2][1]))  # "Raf St. Kosten", whose "Raf" no list of names knows
            i += 3
            continue
        if anchored and _surname_in_capitals(text, run, i):
            found.append((run[i][0], run[i + 1][1]))  # "NGUYEN Mei - 7120 E Quail Run Ln - acct ..."
            i += 2
            continue
        month_named = (anchored or words[i] in _ABBREVIATED_MONTH_NAMES) and _month_given_name(text, run, words, i)
        korean = i + 1 < len(words) and "-" in words[i + 1] and word_surname_first(  # "PARK JI-HOON"
            text[run[i][0]:run[i][1]], text[run[i + 1][0]:run[i + 1][1]])
        if not titled and not month_named and not korean and (
                _stop(words[i]) or words[i] in _TITLE_OF_OFFICE_WORDS or _vietnamese_title_word(text, run[i])
                or (words[i] in _PARTICLE_WORDS and not _vietnamese_word(text, run, words, i)
                    and not (anchored and _given_particle_opens(text, run[i:], words[i:])))
                or len(words[i]) == 1 or _article_before_acronym(text, run[i][0])
                or common_word(text[run[i][0]:run[i][1]])):
            i += 1  # no name starts with a common word ("Called Leroy Shea back")
            continue
        j = i + 1
        while j < len(words) and j - i <= _MAX_WORDS and words[j] not in _TITLES and (
                not (_stop_word(text, run[j], words[j]) or _vietnamese_title_word(text, run[j]))
                or (titled and j == i + 1 and (_given_after_title(words, j)
                                               or _word_surname_after_title(words, i, j)))
                or _month_surname(text, run, words, i, j)
                or _given_after_vietnamese_middle(text, run, words, i, j)
                or (j == i + 1 and _hmong_her([text[run[i][0]:run[i][1]], text[run[j][0]:run[j][1]]]))):
            j += 1
        if j == i + 1 < len(words) and (
                (surname_after_given(text[run[i][0]:run[i][1]], text[run[j][0]:run[j][1]])
                 and not described_as_facility(text, run[j][1]))
                or (anchored and j + 1 == len(words) and _surname_after_unlisted_given(
                    text[run[i][0]:run[i][1]], text[run[j][0]:run[j][1]]))
                or (j + 1 == len(words) and _RESIDENT_AFTER.match(text, run[j][1]) and surname_after_initial(
                    text[run[i][0]:run[i][1]], text[run[j][0]:run[j][1]]))
                or (j + 1 == len(words) and _own_mailbox_after(text, run[i], run[j]))
                or (j + 1 == len(words) and _surname_by_role(text, run[i], run[j]))):
            j += 1  # "Ji-ho Park"; beside an identifier "Xiaoling Park"; "Jorge Park, a resident of ..."; "Clay Park
            # <claypark95@yahoo.com>"; "Ivan Park, 3424 N. Monterey Ave, Account No. ..., disputed"
        elif j == i + 2 < len(words) and len(words[i + 1]) == 1 and surname_after_initial(
                text[run[i][0]:run[i][1]], text[run[j][0]:run[j][1]]):
            j += 1  # "Nicole R. Park"
        elif _surname_after_titled_given(words, i, j):
            j += 1  # "Ms. Grace Park"
        if titled and j == i + 2 and _AND_A_NAME.match(text, run[i + 1][1]) and (
                _more_given_than_surname(words[i + 1]) or _COUPLES_TITLES.search(text, max(0, run[i][0] - 8), run[i][0])):
            i += 1  # "Mr. & Mrs. Dale and Judy Patla": the title's word is a couple's given name, not a surname
            continue
        place = None if titled else _place_named_after_someone(words[:j + 1], i)
        if place is not None:
            i = place + 1  # "Daniela Ortega Pool", "Kwame Asante Memorial Field": a place named after a person
            continue
        if not titled and not month_named and (  # "Jun Soriano wrote in ...": a given name opens the sentence
                (j - i >= 3 and _verb_before_given(text, run, words, i))
                or (j - i == 2 and _imperative_first(text, run, words, i))):
            i += 1  # "Call Marta Ruiz": a word of the sentence, surname though it is, before a given name
            continue
        if (j - i > 2 and common_word(text[run[j - 1][0]:run[j - 1][1]])
                and not _lower_particle(text, run[j - 2], words[j - 2])  # "Omar bin Laden": a surname, no trade
                and probable_kind(text[run[i][0]:run[j - 1][1]]) == "Corporation"):
            i = j  # a firm named after its owner: "John Smith Plumbing"
            continue
        for last in range(j - 1, i, -1):  # the longest reading first: "Kyle M. Dorsey" before "Kyle M"
            ends_run = last == len(words) - 1
            if len(words[last]) > 1 and not _initials_before_label(text, *run[last]) and (
                    words[last] not in _PARTICLE_WORDS or _vietnamese_word(text, run, words, last) or (
                    ends_run and _particle_surname(text, run[last], words[last]))) and (_reads_as_name(
                    text, run[i:last + 1], words[i:last + 1], titled, anchored)
                    or (last == i + 1 and ends_run and _surname_by_role(text, run[i], run[last]))):
                found.append((run[i][0], run[last][1]))  # (a role makes "Teodoro Church" a name: no word list need)
                i = last
                break
        i += 1
    return [(a, b) for a, b in found if not _opens_a_trade_name(text, a, b, run[-1][1])
            and not _after_a_dish(text, a)]


# a Vietnamese restaurant's name opens with its dish, the owner's or a place's name after it ("Pho Minh", "Pho Hoa
# Binh", "Banh Mi Thanh", "Com Tam Thanh Long"): no given name is read in the dish's words
_DISH = r"(?:pho|banh[ \t]+mi|com[ \t]+tam|bun[ \t]+bo|hu[ \t]+tieu)"
_DISH_OPENING = re.compile(rf"(?i)(?<![\w'\u2019-]){_DISH}[ \t]+")
_DISH_REACH = 12


def _after_a_dish(text: str, start: int) -> bool:
    """Whether a name found at ``start`` is in a restaurant's name, its first word or the next in or after a dish's
    words ("Tam Thanh Long" of "Com Tam Thanh Long")."""
    return any(m.start() <= start <= m.end() for m in _DISH_OPENING.finditer(text, max(0, start - _DISH_REACH),
                                                                             start + _DISH_REACH))


def _opens_a_trade_name(text: str, start: int, end: int, run_end: int) -> bool:
    """Whether the name's words open a firm's name that the rest of their run ends with a trade ("Redhawk Fleet" of
    "Redhawk Fleet Supply", "Dana Whitlow" of "Dana Whitlow Tree Service"): the firm's words, not a person's, whatever
    the name reads as; one space apart, as a name is written (a printout's gap of two spaces may part two columns)."""
    return end < run_end and text[end] == " " and text[end + 1] != " " and trade_name(text[start:run_end])


# a firm's legal form after its name ("Hansen Allen & Luce, Inc.", "Intermountain Line Constructors, LLC",
# "Ortiz Law, P.C."), and a partner's name after "&" ("Hansen Allen & Luce")
_LEGAL_FORM = r"(?:Inc|INC|LLC|L\.L\.C|LLP|L\.L\.P|PLLC|P\.L\.L\.C|P\.C|PC|P\.A|L\.C|LC|Ltd|LTD|Co\.|Corp|CORP)(?![\w-])"
_PARTNER = rf"[{_UPPER}][{_LETTER}'\u2019-]*"
_FIRM_AFTER = re.compile(rf"(?:(?:[ \t]*,|[ \t]+and)[ \t]+(?!{_LEGAL_FORM}){_PARTNER}(?![ \t]+[{_UPPER}])"
                         rf"|[ \t]+&[ \t]+{_PARTNER}(?:[ \t]+{_PARTNER})*)*,?[ \t]+{_LEGAL_FORM}")
_LAST_PARTNER_AFTER = re.compile(rf"[ \t]+&[ \t]+(?P<partner>{_PARTNER})(?![ \t]+[{_UPPER}]|[\w'\u2019-])")


def _firm_named_after_partners(text: str, run: list[tuple[int, int]]) -> bool:
    """Whether a capitalised run opens a firm's name, whatever its words: its legal form follows, after the other
    partners' names or not ("Hansen Allen & Luce, Inc.", "Intermountain Line Constructors, LLC"), or the run of two
    words or more goes on with "&" and one more word that is no given name ("Hansen Allen & Luce", "Dale Whitcomb &
    Sons"). A couple is no firm: "Ana & Luis Ortiz" (one given name before "&"), "Mr. & Mrs. Lee", "Luis Ortiz &
    Ana" (a given name after it)."""
    end = run[-1][1]
    if _FIRM_AFTER.match(text, end):
        return True
    partner = _LAST_PARTNER_AFTER.match(text, end)
    words = [_plain(text[a:b]) for a, b in run]
    return bool(partner) and len(words) >= 2 and not any(w in _TITLES for w in words) and not (
        _more_given_than_surname(fold(partner.group("partner"))))


_COUPLES_TITLES = re.compile(r"(?i)\bmr\.?[ \t]*(?:&|and)[ \t]*$")  # "Mr. & Mrs. Oluwaseun and Baljiwan Adeyemi"
_AND_A_NAME = re.compile(rf"\s+(?:and|&)\s+(?!(?:{ABBREVIATED_TITLES})\.?\s)[{_UPPER}]")


def _more_given_than_surname(plain: str) -> bool:
    """Whether the folded word ``plain`` is borne more often as a given name than as a surname ("Dale", not "Ruiz"),
    or is a listed given name, no word, that hardly anyone bears as a surname ("Anselmo", "Marciano": the Census
    counts them among the rarest surnames, fewer than two Americans in 100,000; not "Sunday", "Marine")."""
    return plain in given_names() and (given_names()[plain] / 200 >= surname_shares().get(plain, 0.0)
                                       or surname_shares().get(plain, 0.0) < _RAREST_SURNAMES and not frequent(plain))


def _surname_in_capitals(text: str, run: list[tuple[int, int]], i: int) -> bool:
    """A surname in capitals before a given name, as many countries' rosters write a name ("NGUYEN Mei", "PARK
    Ji-hoon", "DUBOIS Marie"): the capitals a surname's, the word after it more often a given name, or a listed
    surname before a word no vocabulary holds, as Chinese given names are ("ZHANG Jianguo", "LIU Yuting"; not an
    acronym's "PCE Program", "NE Office")."""
    if i + 1 >= len(run):
        return False
    surname, given = text[run[i][0]:run[i][1]], text[run[i + 1][0]:run[i + 1][1]]
    if not (len(surname) >= 2 and surname.isalpha() and surname.isupper() and given[:1].isupper()
            and not given.isupper()):
        return False
    return word_surname_first(surname, given) or (
        _plain(surname) in surnames() and not _stop(_plain(surname)) and given[1:].islower() and name_like(given)
        and not _stop(_plain(given)))


# a preposition that puts a street's name after it ("on Holt St. ...", "from Garey St. ..."); not "of" nor "to", which
# stand before a person as often ("the meter of Raf St. Kosten", "a refund to Kit St. Onge")
_STREETS_PREPOSITION = re.compile(r"(?i)\b(?:on|at|along|near|from|off|via|onto|corner|between)[ \t]+$")


def _saints_surname(text: str, run: list[tuple[int, int]], words: list[str], i: int) -> bool:
    """A given name and a surname opened by "St." that end the run ("Raf St. Kosten", "Bill St. John"): the given
    name may be any word (a nickname no list knows, "Raf"; a word's, "Bill"), the surname reads as one and no
    street's type follows it (not "Main St. Andrews Pl"; the run would hold "Pl"), nor is the first word a place's,
    a street's or a label's."""
    if i + 3 != len(run) or words[i + 1] != "st.":
        return False
    given, surname = text[run[i][0]:run[i][1]], text[run[i + 2][0]:run[i + 2][1]]
    return (len(given) > 2 and given[1:].islower() and not _stop(words[i]) and words[i] not in SUFFIXES
            and not _after_house_number(text, run[i][0]) and not _stop(words[i + 2])
            and not _STREETS_PREPOSITION.search(text, max(0, run[i][0] - 12), run[i][0])  # "from Holt St. Claremont"
            and (words[i + 2] in surnames() or name_like(surname)) and not common_word(surname))


def _roll_name(text: str, run: list[tuple[int, int]], i: int) -> bool:
    """A name as an assessor's roll and a lien list write it, ending its run: the surname, the given name and the
    middle initial, in capitals, without a comma or a point ("JACOBS KENNETH B", "RUIZ ANA M"): a listed surname,
    then a word more often a given name than a surname ("SECTION GRANT B" is a heading's)."""
    if i + 3 != len(run):
        return False
    surname, given, initial = (text[a:b] for a, b in run[i:i + 3])
    return (len(initial) == 1 and initial.isalpha() and len(surname) > 1 and len(given) > 1
            and (surname + given).isalpha() and (surname + given + initial).isupper()
            and not _stop(_plain(surname)) and word_surname_first(surname, given))


_MONTH_GIVEN_NAMES = frozenset({"april", "may", "june", "august", "jun", "jan"})
# ... and the other word a label or a bill holds that is a frequent given name: "Bill Kowalski, acct ..."
_WORD_GIVEN_NAMES = _MONTH_GIVEN_NAMES | frozenset({"bill"})
# a month's abbreviation is written before a day or a year, never before a surname: "Jun Yamazaki", "Jan Novak"
_ABBREVIATED_MONTH_NAMES = frozenset({"jun", "jan"})
_FIELD_BEFORE = re.compile(r"(?:^|[|;/\u00b7\u2013\u2014]|\s-)[ \t]*$")
_FIELD_AFTER = re.compile(r"[ \t]*(?:$|[|;,/\u00b7\u2013\u2014]|-\s)", re.MULTILINE)


# a day or a year after a month ("May 5", "May of 2025"); not a home ("Andrew May of 1439 Rosalind Court")
_DAY_AFTER = re.compile(r"[ \t]*(?:\d|of\b(?![ \t]+\d{1,6}[ \t]+(?:[NSEW]\.?[ \t]+)?[A-Z][a-z]+[ \t]+[A-Z][a-z]))")


def _month_surname(text: str, run: list, words: list[str], i: int, j: int) -> bool:
    """A month that is also a surname right after a given name (a title before it or not) and ending the run, no
    day after it ("Karen May called", "Mr. Andrew May of 1439 Rosalind Court"; not "Karen May 5 meeting notes",
    "Through May")."""
    given = j - 1
    return ((j == i + 1 or j == i + 2 and words[i] in _TITLES) and j == len(words) - 1 and words[j] in _MONTHS
            and surname_shares().get(words[j], 0.0) >= 1e-5 and words[given] in given_names()
            and not common_word(text[run[given][0]:run[given][1]]) and not _DAY_AFTER.match(text, run[j][1]))


def _month_given_name(text: str, run: list, words: list[str], i: int) -> bool:
    """A month or a bill's word that is a given name before a surname that ends the run and reads as no word, where
    an identifier ties the words to a person ("Household of April Patrick", "June Okafor", "Bill Kowalski, acct ...";
    not "May Council Meeting", "June Newsletter", "Bill Summary"), or before a place's word the sentence makes a surname
    ("a complaint from June Hall"), or anywhere for a month's abbreviation ("Jun Yamazaki")."""
    last = i + 1  # the surname, after its particles ("Jan ter Horst", "June van der Berg", "Bill St. Clair")
    while last < len(words) - 1 and (_lower_particle(text, run[last], words[last]) or words[last] == "st."):
        last += 1
    surname = text[run[last][0]:run[last][1]] if last < len(run) else ""
    if words[i] in _WORD_GIVEN_NAMES and last == i + 1 == len(words) - 1 and _surname_by_role(text, run[i], run[last]):
        return True  # "June Hall of 5174 S. Esperanza Blvd (Acct # ...)", "Escalation: Bill Plaza, account ...": a
        # sentence's role makes the place's word a surname
    return (words[i] in _WORD_GIVEN_NAMES and last + 1 == len(words) and not _stop(words[last])
            and (words[last] in surnames() or name_like(surname)) and not common_word(surname)  # "Bill Faleolo" too
            and (words[i] in _MONTH_GIVEN_NAMES or name_like(surname) or not frequent(surname)))  # "Bill Tran",
    # "Bill Okafor", not "Bill Pay", "Bill Summary"


def _my_and_surname(text: str, run: list, words: list[str], i: int) -> bool:
    """The Vietnamese given name My and a surname, as a record's field of its own beside an identifier ("Acct
    3-012-3456-78 - My Le - 12 Elm St") or set in capitals in a sentence ("from MY HUYNH at ..."); in a
    sentence "My" is the word ("My Home acct ...", "MY HOME ACCOUNT 2-23-...")."""
    if (words[i] != "my" or i + 2 != len(words) or _stop(words[i + 1])
            or surname_shares().get(words[i + 1], 0.0) < 1e-5):
        return False
    line_start = text.rfind("\n", 0, run[i][0]) + 1
    line_end = len(text) if (end := text.find("\n", run[i + 1][1])) < 0 else end
    if text[run[i][0]:run[i + 1][1]].isupper() and not text[line_start:line_end].isupper():
        return True  # set in capitals in a line that is not: "Voicemail from MY HUYNH at 442-..."
    return bool(_FIELD_BEFORE.search(text, line_start, run[i][0]) and _FIELD_AFTER.match(text, run[i + 1][1]))


_UNLISTED_SURNAME_LETTERS = 5  # a surname no Census list holds, after an initial, reads as a name from this long


def _initials_and_surname(text: str, run: list, words: list[str], i: int) -> int | None:
    """Where one or two initials and a surname that is no word of the language end the run from ``i`` ("R.
    Castellanos", "R. J. Castellanos", "M. Tuilagi", "N. H. Du Pont": a Census surname after its particles, or a longer word that reads as a name),
    where an identifier or a home with its usage ties the words to a person; never a street's direction ("N.
    Garey").  None when the words at ``i`` are none."""
    def initial(k: int) -> bool:
        return len(words[k]) == 1 and text[run[k][1] - 1] == "."

    if not initial(i):
        return None
    last = i + 1 + (i + 2 < len(run) and initial(i + 1))
    while last < len(run) - 1 and (words[last] in _PARTICLE_WORDS or words[last] == "st."):
        last += 1  # "N. H. Du Pont", "J. de la Cruz", "R. St. Onge": the surname's particles
    if last != len(run) - 1 or words[i] in "nsew" and _street_direction(text, run[0][0], run[last][1]):
        return None
    surname = text[run[last][0]:run[last][1]]
    listed = _census_surname(words[last]) or (len(words[last]) >= _UNLISTED_SURNAME_LETTERS and name_like(surname))
    return last if listed and not common_word(surname) and not _stop(words[last]) else None


# what stands before a street's name opened by its direction: a place's preposition or a house number ("on N. Garey",
# "corner of S. Towne", "1100 E. Holt")
_PLACE_BEFORE = re.compile(r"(?i)(?:\b(?:on|at|of|along|near|and|to|from|off|via|onto|corner)|&|\d)[ \t]*$")
_STREET_TYPE_AFTER = re.compile(rf"[ \t]+(?:{alternation(SUFFIXES)})\b", re.IGNORECASE)


def _street_direction(text: str, start: int, end: int) -> bool:
    """Whether an initial N., S., E. or W. at ``start`` opens a street's name ("on N. Garey", "S. Towne Ave"), not a
    person's given name ("tech met S. Avetisyan at ..."): a place's word or a house number before it, or a street's
    type after the name."""
    return bool(_PLACE_BEFORE.search(text, max(0, start - 12), start) or _STREET_TYPE_AFTER.match(text, end))


def _census_surname(word: str) -> bool:
    """Whether a (plain) word is a Census surname, or a double surname joined by a hyphen one of whose halves is
    and none of which is a word of the language ("halvorsen-mbeki", "okonkwo-reyes"; not "well-being")."""
    if word in surnames():
        return True
    halves = word.split("-")
    return len(halves) == 2 and all(len(h) > 1 and not common_word(h) for h in halves) and any(
        h in surnames() for h in halves)


def _reads_as_name(text: str, run: list, words: list[str], titled: bool, anchored: bool,
                   given_last: bool = False) -> bool:
    """``given_last``: the words are written surname first ("Morcillo, Jordi")."""
    if titled:
        return _titled(text, run[0], words[1:])
    surname_at = 0 if given_last else len(words) - 1  # "Duc Le", "LE, TAM"
    kept = [k for k, ((a, b), w) in enumerate(zip(run, words)) if len(w) > 1 and (
        w not in _PARTICLE_WORDS or _vietnamese_word(text, run, words, k)
        or (k == surname_at and (_particle_surname(text, (a, b), w)
                                 or (given_last and text[b:b + 1] == ",")))  # "Du, Fang"
        or (given_last and k == len(words) - 1 and _particle_given(text, (a, b), w))
        or (anchored and k == 0 and not given_last and _given_particle_opens(text, run, words)))]
    core = [text[slice(*run[k])] for k in kept]
    if len(core) < 2 or all(_plain(word) in _VIETNAMESE_BESIDE for word in core):
        return False  # "Le Van", "Le Thi": a Vietnamese surname and middle name, without the given name
    if _JOINED_ARTICLE_OPENING.match(core[-1]) and core[-1][0] == "d" and fold(core[0]) not in given_names():
        return False  # "Côte d'Ivoire", "Val d'Or": a place; "Priya d'Souza": a given name before the surname
    if anchored and _hmong_her(core):  # beside an identifier: a rare given name and the Hmong surname ("Nou Her")
        return True
    # a word after a surname's particle in lower case is the surname, whatever word of the language it also spells
    # ("Omar bin Laden", "Ana del Rio", "Luz de la Paz")
    common = [not (k and _lower_particle(text, run[k - 1], words[k - 1]))
              and (common_word(word) or all(common_word(part) for part in word.split("-")))
              for k, word in zip(kept, core)]
    if not given_last and fold(core[0]) not in given_names() and any(
            k and _lower_particle(text, run[k - 1], words[k - 1]) and common_word(word) for k, word in zip(kept, core)):
        return False  # an office's words, no given name before the particle: "Facturación de Servicios"
    # a billing system writes the surname in capitals before the given name ("RADEL, Sibilla"): no acronym
    mixed = _mixed_case(core) and not (given_last and core[0].isupper() and not any(w.isupper() for w in core[1:]))
    if not any(common):
        if anchored and not mixed and (
                any(name_like(word) or any(name_like(part) for part in word.split("-")) for word in core)
                or (not any(frequent(word) for word in core) and is_person(text[run[0][0]:run[-1][1]]))):
            return True  # any words that read as a name: beside an identifier no list need know them ("Priya Raman"),
            # but not a job's words ("Meter Reader")
        given = int(not given_last and _vietnamese_word(text, run, words, 0))  # "Le Thi Thu Trang": surname first
        return _plausible(words[given], words[-1], text[run[given][0]:run[-1][1]])
    # a heading or a place ("Payroll Change", "Recreation Leader", "Cerro Alto"), unless two names stand before a
    # surname that is also a word ("Edilma Alzate Mate", "Azeneth Viera Roma")
    named = sum(name_like(word) for word in core)
    if mixed:
        return False  # an acronym among words: a title ("QSWL Bid Tabulation"), not a name
    if given_last:  # a surname that reads as one before a given name that is also a word ("Morcillo, Jordi")
        return anchored and not common[0] and sum(common) == 1 and common[-1] and named >= 1
    return anchored and not common[0] and sum(common) == 1 and (
        named >= 2 or (_two_word_surname(core, common) and not _FIRM_GOES_ON.match(text, run[-1][1]))
        or _surname_another_language_writes(core))


def _surname_another_language_writes(core: list[str]) -> bool:
    """A listed given name that is no word, then a surname that is a word of another language and no frequent
    English one ("Miriam Seco", "Evaristo Almagro"): beside an identifier, a person. English words ("Grace Hall")
    stay out, and so do places whose first word is a word too ("Alta Loma", "Mira Loma")."""
    return (len(core) == 2 and name_like(core[0]) and (given_names().get(fold(core[0])) or 0.0) >= _LISTED_GIVEN_NAME
            and not _english_word(core[1]))


# a firm's name that goes on after "&" or "and" ("Harlan Rapids Light & Water", "Baxter Two Rivers and Sons")
_FIRM_GOES_ON = re.compile(r"\s*(?:&|\band\b)\s*[A-Z]")


def _two_word_surname(core: list[str], common: list[bool]) -> bool:
    """A given name and a surname of two words whose first is a word of the language, as many Lakota and other
    Native surnames are ("Ximena Two Bulls", "Wambli Red Cloud"): the given name reads as no word, the last word
    is a Census surname, and only the middle word is a common one."""
    return (len(core) == 3 and common == [False, True, False] and name_like(core[0])
            and fold(core[0]) in given_names() and fold(core[2]) in surnames())


# Vietnamese name words that are particles elsewhere (the surname Lê, the middle name Văn written "Le", "Van"),
# and the middle name Thị ("Thi") that stands beside them
_VIETNAMESE_PARTICLES = frozenset({"le", "van"})
_VIETNAMESE_BESIDE = _VIETNAMESE_PARTICLES | {"thi"}


def _vietnamese_word(text: str, run: list, words: list[str], k: int) -> bool:
    """A capitalised "Le" or "Van" beside another capitalised one or "Thi" ("Le Van Thanh", "Thanh Le Van", "Le Thi
    Thu Trang"): a Vietnamese name's word, not a particle ("Jörgen van der Kooij", "Ana Le Blanc" stay as they are)."""
    def capitalised(m: int) -> bool:
        return 0 <= m < len(words) and text[run[m][0]].isupper() and text[run[m][0] + 1:run[m][1]].islower()

    return words[k] in _VIETNAMESE_PARTICLES and capitalised(k) and any(
        capitalised(m) and words[m] in _VIETNAMESE_BESIDE for m in (k - 1, k + 1))


def _given_after_vietnamese_middle(text: str, run: list, words: list[str], i: int, j: int) -> bool:
    """A listed name that ends the run after a capitalised Vietnamese middle name "Thi" or "Van", the surname before
    it ("Adeyemi Thi My", "Nguyen Van Long", "Tupou Van Jun"): the name's last word, whatever English word or month
    it also spells."""
    return (j == i + 2 == len(words) - 1 and words[j - 1] in ("thi", "van") and text[run[j - 1][0]].isupper()
            and text[run[j][0]].isupper() and text[run[j][0] + 1:run[j][1]].islower()
            and (words[j] in given_names() or surname_shares().get(words[j], 0.0) >= _LISTED_SURNAME))


def _particle_surname(text: str, span: tuple[int, int], word: str) -> bool:
    """A capitalised particle that ends a name is its surname ("Duc Le", "Hanh Do"): a particle stands before one.
    A rarer surname ("Son La", "Minh Du") only where a field's separator follows it, which no particle stands
    before ("Son La – son.la@...", "Kim La, 12 Elm St")."""
    share = surname_shares().get(word, 0.0) or 0.0
    return text[span[0]].isupper() and (share >= 4e-5 or share > 0 and _FIELD_SEPARATOR.match(text, span[1]) is not None)


# a separator after a record's field on its line: a comma, a semicolon, a bracket, a bar, a dash or a tab
_FIELD_SEPARATOR = re.compile(r"[ \t]*(?:[,;(|/\u2013\u2014]|[ \t]-[ \t]|\t)")


# what ends a field after a name: a comma, a bracket, a dash, a bar, a tab or a wide gap, the line's end
_FIELD_ENDS = re.compile(r"[ \t]*(?:[,;:(|/\u2013\u2014]|[ \t]-[ \t]|\t|[ \t]{2,}|$)", re.MULTILINE)


def _given_particle_opens(text: str, run: list, words: list[str]) -> bool:
    """A capitalised particle that is a frequent given name, then one surname that ends the field: "Van Do-Wendt —
    acct ...", "Van Nguyen, 3-044-...", as an identifier's row writes a Vietnamese given name; not "Van Buren Street",
    "Van Ness Ave" (more words follow), "Van Pool", "Van Fleet" (a word, no name, after the vehicle), nor "De Leon"
    (no given name)."""
    return (len(words) >= 2 and words[0] in _PARTICLE_WORDS and words[1] not in _PARTICLE_WORDS
            and _particle_given(text, run[0], words[0]) and _FIELD_ENDS.match(text, run[1][1]) is not None
            and name_like(text[run[1][0]:run[1][1]]))


def _particle_given(text: str, span: tuple[int, int], word: str) -> bool:
    """A capitalised particle that ends a name written surname first is its given name ("Duong, Van")."""
    return text[span[0]].isupper() and given_names().get(word, 0.0) >= 0.01


def _mixed_case(words: list[str]) -> bool:
    """Words in capitals beside capitalised ones ("Rebill SFEA"): an agency's acronym after a word, not a name,
    which is written one way or the other ("Ana Ruiz", "ANA RUIZ")."""
    upper = [len(w) > 1 and w.isupper() for w in words]
    return any(upper) and not all(upper)


def _words_of(text: str, begin: int, end: int) -> tuple[list, list[str]]:
    tokens = [t.span() for t in _TOKEN.finditer(text, begin, end)]
    return tokens, [_plain(text[a:b]) for a, b in tokens]


def _verb_before_given(text: str, run: list, words: list[str], i: int) -> bool:
    """A frequent word that is no given name before one ("Call Marta Ruiz", "Email Ana Lopez"): the sentence's
    word, not the first of the name, though the Census counts it as a surname."""
    return (frequent(text[run[i][0]:run[i][1]]) and words[i] not in given_names() and words[i + 1] in given_names()
            and len(words[i + 1]) > 1 and words[i + 1] not in _PARTICLE_WORDS)  # not "Ho Van Tran"


def _imperative_first(text: str, run: list, words: list[str], i: int) -> bool:
    """A sentence that opens with a frequent English word that is neither a given name nor a surname of any count
    before one word ("Reach Lilit at 951-..."): a verb and a given name, not a name of two words ("Seda Arakelian":
    "seda" is a Spanish word)."""
    before = text[max(0, run[i][0] - 3):run[i][0]]
    word = text[run[i][0]:run[i][1]]
    return ((not before.strip() or before.rstrip()[-1:] in ".!?:;") and frequent(word) and _english_word(word)
            and words[i] not in given_names() and surname_shares().get(words[i], 0.0) < 2e-5)


def _given_after_title(words: list[str], k: int) -> bool:
    """A word of a label or a bill that is a given name too, after a title and before a surname ("Mrs. Bill
    Gibson"): the title says a name follows."""
    if k + 1 >= len(words) or _stop(words[k + 1]):
        return False
    if words[k] in _MONTH_GIVEN_NAMES:  # "Mr. Jun Magsaysay", "Ms. April Okafor": after a title a month is a name
        return not common_word(words[k + 1])
    return words[k] in given_names() and words[k + 1] in surnames()


# the titles a person alone is called by, before their surname: no street's "Dr." (drive), no Spanish "Don" (a
# given name too)
_PERSONAL_TITLES = frozenset("mr mrs ms miss mx".split())
# how common a surname that is also a place's, a label's or a month's word must be for a personal title to make it
# a surname ("Mr. Branch", "Dear Ms. Park", "Mrs. Page", "Mr. Street"): borne by 3 Americans in 100,000 or more
_TITLED_WORD_SURNAME = 3e-5


def _surname_after_titled_given(words: list[str], i: int, j: int) -> bool:
    """A personal title, a given name and, ending the run, a place word that is a common surname ("Ms. Grace Park",
    "Mr. Hye-jin Park", "Mrs. Dolores Hall"): no park or hall is called "Ms.", though "Grace Park" alone may be one."""
    return (0 <= i and j == i + 2 == len(words) - 1 and words[i] in _PERSONAL_TITLES
            and fold(words[j]) in _surnames_after_initial()
            and (fold(words[i + 1]) in given_names() or name_like(words[i + 1])))


def _word_surname_after_title(words: list[str], i: int, j: int) -> bool:
    """A personal title (``_PERSONAL_TITLES``) and, ending the run of capitalised words, one word that is a common
    surname though it is a place's or a label's word too ("Mr. Branch may be reached at ...", "Dear Ms. Park:",
    "Mrs. Street"): a title calls a person, and no park, branch or street is "Mr." or "Ms.". A word followed by
    more capitalised words is left to the run ("Ms. Park Avenue"... is read as it was)."""
    return (words[i] in _PERSONAL_TITLES and j == len(words) - 1 and words[j] not in _TITLES
            and surname_shares().get(words[j], 0.0) >= _TITLED_WORD_SURNAME)


def _titled(text: str, title: tuple[int, int], words: list[str]) -> bool:
    """A title and a name: an abbreviated title ("Ms. Okonkwo"), or a spelt-out one before a Census given
    name or surname ("Señora Lopez", not "Señora Spoke"); never a title before an office's
    name ("la Sra. Alcaldesa", "el Sr. Presidente": the mayor, the chair). A personal title before one common surname
    that is a word too is a name ("Mr. Branch": ``_word_surname_after_title``)."""
    if len(words) == 1 and text[title[1] - 1] == "." and _word_surname_after_title(
            [_plain(text[title[0]:title[1]]), words[0]], 0, 1):
        return True
    if _surname_after_titled_given([_plain(text[title[0]:title[1]]), *words], 0, 2):
        return True  # "Ms. Grace Park"
    if words[-1] in NOT_PERSON or words[-1] in _OFFICES_AFTER_TITLE:
        return False
    return text[title[1] - 1] == "." or words[-1] in surnames() or any(w in given_names() for w in words)


# the offices a Spanish title addresses their holder by ("el Sr. Presidente", "la Sra. Alcaldesa", "la Sra. Concejal")
_OFFICES_AFTER_TITLE = frozenset("""alcalde alcaldesa presidente presidenta concejal concejala regidor regidora
secretario secretaria director directora gerente administrador administradora juez jueza comisionado comisionada
tesorero tesorera jefe jefa""".split())


def _plausible(given: str, surname: str, candidate: str) -> bool:
    """A given name and a surname that make a person: a Census given name and surname, or a frequent given
    name ("Theresa Okonkwo"), not a heading that starts with a rare one ("Grant Agreement"); and probablepeople
    agrees."""
    if given not in given_names():
        return False
    surname = _JOINED_ARTICLE_OPENING.sub("", surname)  # "d'souza", "al-hassan": the Census lists "souza", "hassan"
    known = surname in surnames() or (given_names().get(given, 0.0) >= 0.05 and len(surname) >= 3)
    return known and is_person(candidate)


def _place_word(text: str, run: list, words: list[str], k: int) -> bool:
    """Whether the run's ``k``-th word is a place's ("Holt Ave", "Senior Center"): not a title before a name
    ("Dr. Ana Ruiz"), a given name after one ("Mrs. Bill Gibson"), nor a place word that is a surname after a given
    name and an initial ("Isaiah A. Church") or the run's last word after a given name ("Sheena Church")."""
    word = words[k]
    if word not in _PLACE_AFTER or (word in _TITLES and k < len(words) - 1) or _lower_particle(text, run[k], word):
        return False  # "Jan ter Horst": a surname's particle, not a terrace
    if k >= 1 and words[k - 1] in _TITLES and (_given_after_title(words, k) or _word_surname_after_title(words, k - 1, k)):
        return False  # "Mrs. Bill Gibson"; "Dear Mr. Street:", "Ms. Church said"
    if _surname_after_titled_given(words, k - 2, k):
        return False  # "Ms. Grace Park", "Mr. Hye-jin Park"
    if k == 0 and _month_given_name(text, run, words, k):
        return False  # "Bill Kowalski": a given name before the surname that ends the run, a name beside an identifier
    if k == len(words) - 1 and k >= 1 and ((surname_after_given(text[run[k - 1][0]:run[k - 1][1]], text[run[k][0]:run[k][1]])
                                            and not described_as_facility(text, run[k][1]))
                                           or _own_mailbox_after(text, run[k - 1], run[k])
                                           or _surname_by_role(text, run[k - 1], run[k])):
        return False  # "Sheena Church", not "Sheena Church Ave" nor "Grace Church"; "Joy Church (joy.church@gmail.com)";
        # "a complaint from Ivan Church"
    return not (k >= 2 and len(words[k - 1]) == 1
                and surname_after_initial(text[run[k - 2][0]:run[k - 2][1]], text[run[k][0]:run[k][1]]))


def _before_place(text: str, words: list[str], run: list) -> tuple[list[str], list]:
    """The part of a run before the words of the place it names: "Ana Ruiz" of "Ana Ruiz Senior Center"
    is no person either, so the whole run up to the last place word goes."""
    last_place = max(k for k in range(len(words)) if _place_word(text, run, words, k))
    return words[last_place + 1:], run[last_place + 1:]


# the words of an identifier's label between a name and the identifier: "Priya Raman, SCE acct. #", "R. Chen SSN"
# ("Aoife Byrne's water acct W-50193", "Losa Tuilagi, Mbr No.", "conta n.º")
_ID_LABEL = re.compile(r"(?i)[\s,;:(#.-]*(?:\b(?:sce|pce|edison|customer|service|svc|utility|electric|account|acct|no|"
                       r"number|sa|ssn|ss|s\.s\.n|social|security|soc|sec|itin|tin|taxpayer|id|ending|in|is|cuenta|"
                       r"n[uú]mero|de|water|gas|propane|sewer|refuse|trash|member|mbr|loc|conta|da)\b[\s,;:(#.-]*){1,6}$")
_NAME_AT_END = re.compile(rf"(?:{_WORD})(?: {{1,2}}(?:{_WORD}|de|del|la|van|von|da|dos)){{1,4}}$"
                          rf"|(?:{_WORD}), (?:{_WORD})(?: (?:{_WORD}))?$")  # "LOPEZ, MARIA" as exports write it
# the name after the role word, or at the start of the next line where a line break cut the two apart, or opening
# the brackets after it that give who the customer is and how to reach them ("The affected customer (Mei Liu, ...)")
# (a bracket after the role word closes after the name, a phone's area code bracketed in it too: "customer (Ana Ruiz,
# 12 Elm St, (909) 555-0142) asked ...")
_NAME_AFTER_ROLE = re.compile(rf"(?:[ ,:]{{1,3}}(?:the )?|[ \t]?\((?=[^()\n]*(?:\([^()\n]*\)[^()\n]*)*\))|(?<=\n)|^)"
                              rf"(?P<name>(?:{_WORD})"
                              rf"(?: {{1,2}}(?:{_WORD}|de|del|la|van|von|da|dos)){{1,3}}"
                              rf"|(?:{_WORD}), ?(?:{_WORD})(?: (?:{_WORD}))?)(?![\w'\u2019-])")  # "LOPEZ, MARIA"


def name_before_identifier(text: str, start: int) -> tuple[int, int] | None:
    """The name run straight into an identifier's label ("Priya Raman, acct. 3-012-3456-78", "Dolores Ibarra
    SSN ..."), also across the name of the utility whose account it is ("Ashley Waller  Loveland Water & Power
    acct ..."): beside an identifier, a name need not be one of the Census lists' to count, and a utility's
    name is none."""
    head = max(0, start - 90)
    label = _ID_LABEL.search(text, head, start)
    if not label or not label.group().strip(" "):
        return None
    joined = _JOINED_UTILITY_WORD.search(text, head, label.start())  # "... Water & Power": the name ends at "Water"
    found = _NAME_AT_END.search(text, head, joined.start() if joined else label.start())
    span = found and without_utility_name(text, found.start(), found.end())
    if found and span is None:  # "Haley Parker (Xcel Energy acct ...": the name before the utility's
        before = _OPENING_BEFORE.search(text, head, found.start())
        found = before and _NAME_AT_END.search(text, head, before.start())
        span = found and without_utility_name(text, found.start(), found.end())
    span = span and _up_to_possessive(text, *_without_initials_at_end(text, *span))
    name = _beside(text, *span) if span and not _article_before_acronym(text, span[0]) else None
    if name and _OWNER_BEFORE.search(text, max(0, name[0] - 8), name[0]):
        return None  # "My Piedra Blanca Choice Energy account ...": what the writer owns, a program's place name
    if name and _PROGRAM_AFTER_PLACE.match(text, name[1]) and not given_and_listed_surname(text[name[0]:name[1]]):
        return None  # "charges on Monte Alto Community Energy account ...": the program's place name, no person's
    return name


def _without_initials_at_end(text: str, start: int, end: int) -> tuple[int, int]:
    """The run without a program's initials ending it, right before the account's label ("INBOUND  RVCP acct ...",
    "Ana Ruiz MVCE acct ...")."""
    last = text.rfind(" ", start, end)
    if last > start and _initials_before_label(text, last + 1, end):
        return start, len(text[:last].rstrip())
    return start, end


# an account's label right after a word
_ACCOUNT_LABEL_AFTER = re.compile(r"[ \t]+(?i:acct\b|account\b|a/c\b|id\b|no\b|#)")


def _initials_before_label(text: str, start: int, end: int) -> bool:
    """Whether the word at ``start:end`` is a utility's or a program's initials before its account's label: three to six
    capitals that no surname list holds ("MVCE acct"; ``JOHN SMITH acct`` keeps SMITH)."""
    word = text[start:end]
    return (3 <= len(word) <= 6 and word.isalpha() and word.isupper() and fold(word) not in surnames()
            and _ACCOUNT_LABEL_AFTER.match(text, end) is not None)


# a community choice program's name after its place's ("... Community Energy", "... Choice Power", "... Clean Power")
_PROGRAM_AFTER_PLACE = re.compile(r"[ \t]+(?:community|choice|clean)[ \t]+(?:energy|power)\b", re.IGNORECASE)


# a possessive determiner right before the words: they name what someone owns, no one's name
_OWNER_BEFORE = re.compile(r"(?i)\b(?:my|our|your|his|her|their|mi|su|nuestra|nuestro)[ \t]+$")


def _up_to_possessive(text: str, start: int, end: int) -> tuple[int, int] | None:
    """A run's words up to the first possessive in it, where more words follow: the words after it name what the
    person owns ("Quang's Olivares Community Energy account": the program's name, no surname); None when fewer than
    two words are left, a given name alone."""
    for token in re.finditer(r"\S+", text[start:end]):
        if _possessive(text, start + token.start(), start + token.end()) and start + token.end() < end:
            end = start + token.end()
            return (start, end) if len(text[start:end].split()) >= 2 else None
    return start, end


_UTILITY_WORDS = frozenset({"energy", "water", "gas", "electric", "utilities", "utility", "authority", "district",
                            "cooperative", "co-op", "propane", "sewer", "broadband", "emc", "pud", "mud"})
_JOINED_UTILITY_WORD = re.compile(r"[ \t]*(?:&|\band\b)[ \t]*(?:Power|Light|Water|Gas|Electric)[ \t]*$")


_OPENING_BEFORE = re.compile(r"[ \t]*[(,][ \t]*$")


def without_utility_name(text: str, start: int, end: int) -> tuple[int, int] | None:
    """A run of capitalised words without the utility's name it runs on into ("Ashley Waller  Loveland Water"
    before "& Power acct ..."): cut at the last wide gap before the utility's words, else before the one word
    naming it ("Loveland", "Xcel"); None when no two words are left, the run all a utility's name ("Loveland
    Water", "Mesa Linda Water District"). A surname that is a word (Power, Light, Edison) ends no utility's name."""
    tokens = list(re.finditer(r"\S+", text[start:end]))
    utility = 0
    while utility < len(tokens) and tokens[len(tokens) - 1 - utility].group().lower() in _UTILITY_WORDS:
        utility += 1
    if utility:
        gaps = [k for k in range(2, len(tokens) - utility + 1) if tokens[k].start() - tokens[k - 1].end() > 1]
        kept = gaps[-1] if gaps else len(tokens) - utility - 1
    elif _ACRONYM.fullmatch(tokens[-1].group()) and _ACCOUNT_WORD_AFTER.match(text, end) and not all(
            t.group().isupper() for t in tokens):  # (not a name in capitals: "LOPEZ, MARIA acct ...")
        kept = len(tokens) - 1  # "Verified LVP customer number ...", "Ana Ruiz DCE acct ...": the utility's initials
    else:  # "Maria Ruiz Loveland" before " Water acct": "Loveland" names the utility
        following = _NEXT_UTILITY_WORD.match(text, end, min(len(text), end + 24))
        if not following:
            return start, end
        kept = len(tokens) - 1
    return (start, start + tokens[kept - 1].end()) if kept >= 2 else None


# a utility's initials ending a run of capitalised words, an account's word after them ("... LVP customer number")
_ACRONYM = re.compile(r"[A-Z]{2,6}")
_ACCOUNT_WORD_AFTER = re.compile(r"(?i)[ \t]+(?:account|acct|customer|cust|service|svc)\b")


# the run's next word, one space on, is a utility's ("Loveland" before " Water & Power acct"), capitalised as a name
# is: "Aoife Byrne water acct" names the kind of account, not a utility called "Byrne Water"
_NEXT_UTILITY_WORD = re.compile(" (?:{})\\b".format("|".join(
    re.escape(form) for word in sorted(_UTILITY_WORDS, key=len, reverse=True) for form in (word.capitalize(), word.upper()))))


def name_spelt_in_email(text: str, start: int, end: int, mailbox: str) -> tuple[int, int] | None:
    """The run of two or three capitalised words (and the particles between them: "Duuk van der Horst") between
    ``start`` and ``end`` whose given name or surname the
    mailbox's own part spells ("Andrew Hall ... halla361@verizon.net", "RUBY JAÉN ... ruby1997@ymail.com"): in
    a customer's record an address names its owner, so a surname that is a place's word ("Hall") or a given
    name that is a word ("Ruby") is theirs. Not a heading or an office ("Customer Service ... customerservice@").
    """
    own = re.sub(r"[^a-z]", "", fold(mailbox.split("@", 1)[0]))
    tokens = [m.span() for m in _TOKEN.finditer(text, start, end)]
    i = 0
    while i < len(tokens):
        j = i + 1
        while j < len(tokens) and _GAP.fullmatch(text, tokens[j - 1][1], tokens[j][0]):
            j += 1
        run = _after_salutation(text, tokens[i:j])
        if len(run) > 2 and text[slice(*run[0])].lower() in NOTE_VERBS and opens_sentence(text, run[0][0]):
            run = run[1:]  # "Meet Quang Bui: ...": the story's verb, no given name
        words = [_plain(text[a:b]) for a, b in run]
        i = j
        # two or three words of a name, and the particles between them ("Duuk van der Horst")
        if not 2 <= len([w for w in words if w not in _PARTICLE_WORDS]) <= 3 or len(run) > 5 \
                or any(len(w) == 1 or w in _PARTICLE_WORDS for w in (words[0], words[-1])):
            continue
        # the word the mailbox spells is a name, not a word ("Energy Programs ... energy@")
        spelt = [w for w in (words[0], words[-1]) if len(w) >= 3 and w.isalpha() and w in own
                 and (w in given_names() or w in surnames() or name_like(w))]
        if (spelt and not any(w in NOT_PERSON - surnames() or w in label_words() or w in _MONTHS or w in _TITLES
                              for w in words)
                and not _after_house_number(text, run[0][0]) and is_person(text[run[0][0]:run[-1][1]])):
            return run[0][0], run[-1][1]
    return None


# the words between a name and the role word that calls them a customer or a party: an article, a relative clause
# ("who identified himself as a", "who is the"), "also", "former", and the utility's or program's name of up to four
# capitalised words or one other ("a Pomona Choice Energy customer", "a PCE account holder", "a medical-baseline
# customer")
ROLE_QUALIFIER = (r"(?:who\s+(?:(?:identified|described|introduced)\s+(?:him|her|them)sel(?:f|ves)\s+as|is|was)\s+)?"
                  r"(?:also\s+)?(?:(?:an?|the|our)\s+)?(?:former\s+)?(?:(?-i:(?:[A-Z][\w&.'-]*\s+){1,4})|[\w-]+\s+)?")
# a lower-case name after the word, with a middle name or initial or without ("cx john minh nguyen", "israel rojo")
_LOWER_NAMES_AFTER_ROLE = tuple(re.compile(
    rf"[ ,:/]{{1,3}}(?P<name>(?P<given>[a-z]{{2,}}){middle} (?P<surname>[a-z]{{2,}}))(?![\w'-])")
    for middle in (r" (?P<middle>[a-z]{2,})", r"(?: [a-z]\.?)?"))
# what joins a name to the role after it: a comma or a bracket ("Ana Ruiz, a PCE ", "... (PCE "), or a plain "is" or
# "was" ("Ms. Khoury is a PCE customer and said ...", a field narrative's way of saying whose home it is)
NAME_TO_ROLE = r"(?:\s*[,(]\s*|\s+(?:is|was)\s+)"
_ROLE_AFTER_NAME = re.compile(rf"{NAME_TO_ROLE}{ROLE_QUALIFIER}$")


# a case's caption before the party's name: "In the Matter of the Appeal of", "IN RE THE COMPLAINT OF"
_CAPTION = re.compile(r"(?i)\b(?:in (?:the )?matter of|in re)(?: the (?:appeal|application|complaint|petition|claim|"
                      r"protest|dispute|hearing) of)?(?=[ \t])")


def party_in_caption(text: str) -> tuple[int, int] | None:
    """The name of the party a case's caption opens with ("In the Matter of the Appeal of Ana Ruiz, Appellant",
    "IN RE THE COMPLAINT OF ANA RUIZ"): where a hearing decision or an order names its appellant."""
    caption = _CAPTION.search(text)
    return name_after_role(text, caption.end(), anchored=True) if caption else None


def name_before_role(text: str, start: int) -> tuple[int, int] | None:
    """The name right before the word at ``start`` that calls its bearer a customer ("Jiménez, Óscar (PCE
    customer, ...)", "Ana Ruiz, a PCE customer"): there too a name need not be one of the Census lists'."""
    head = max(0, start - 90)
    role = _ROLE_AFTER_NAME.search(text, head, start)
    found = role and _NAME_AT_END.search(text, head, role.start())
    return _beside(text, found.start(), found.end()) if found else None


def name_before_own_call(text: str, start: int) -> tuple[int, int] | None:
    """The name right before the words at ``start`` that tell of its bearer's own call and the number it came from
    ("Per Mandla Kubheka's call from 714...", "Ana Ruiz called from ..."): the caller, a Census list's or not."""
    found = _NAME_AT_END.search(text, max(0, start - 90), start)
    return _beside(text, found.start(), found.end()) if found else None


def _lower_surname(word: str, anchored: bool) -> bool:
    """A lower-case surname after a listed given name: no frequent word ("will call back"), unless a common surname
    ("lopez"), or, where an identifier ties the record, a word only somewhat frequent, as other languages' words
    are in English text ("rojo"; not "mark", "be")."""
    return (not frequent(word) or surname_shares().get(word, 0.0) >= 1e-3
            or (anchored and word_frequencies().get(word, 0.0) < 1e-4))


# after a role word in lower case these are the sentence's verb when a word of the language follows, though lists
# hold "May", "Will", "Can" as names: "the customer may reach staff at ...", "appellants can call ..." (not "cx may
# chen called")
_MODAL_VERBS = frozenset({"can", "could", "may", "might", "must", "shall", "should", "will", "would"})


def name_after_role(text: str, end: int, anchored: bool = False) -> tuple[int, int] | None:
    """The name right after a word that calls somebody a customer ("the customer, Priya Brown", "Customer
    Oluwaseun Lopez at ..."): there too a name need not be one of the Census lists'. Written in lower case (a
    call centre's notes: "cx dana whitfield called"), it must be a listed given name and a listed surname that is
    no frequent word ("the customer will call back") unless it is a common surname ("cust maria lopez") or an
    identifier ties the record ("cx israel rojo ... acct ...": "rojo" is a Spanish word)."""
    for pattern in _LOWER_NAMES_AFTER_ROLE:
        lower = pattern.match(text, end)
        if (lower and lower.group("given") in given_names() and lower.group("surname") in surnames()
                and not (lower.group("given") in _MODAL_VERBS and not name_like(lower.group("surname")))
                and not common_word(lower.group("given")) and _lower_surname(lower.group("surname"), anchored)
                and ("middle" not in pattern.groupindex or not common_word(lower.group("middle")))):
            return lower.span("name")
    found = _NAME_AFTER_ROLE.match(text, end)
    span = _beside(text, found.start("name"), found.end("name")) if found else None
    if span and _title_and_issue(text, *span):  # "Customer Newsletter, Spring 2026"
        return None
    if span and not anchored:  # a Census name in it: not a heading's words ("Customers Resolution Hearing")
        words = [_plain(w) for w in text[span[0]:span[1]].replace(",", " ").split()]
        given, surname = (words[-1], words[0]) if "," in text[span[0]:span[1]] else (words[0], words[-1])
        if not (given in given_names() or given in _MONTH_GIVEN_NAMES or surname in surnames()  # "CHOU, MEI-CHUAN" is written surname first
                or span in names_in(text, *span, anchored=True)):  # no common word: "Farzaneh Ghorbani", "Wilner Pierre-Louis"
            return None
    return span



# an office's or a role's word, no name's: "this is councilmember ...", "i'm pce staff"
_ROLE_WORD = re.compile(r"council\w*|mayor|clerk|chair\w*|commissioner|director|manager|supervisor|staff|attorney|"
                        r"officer|secretary|moderator|pce|sce|edison")
_FUNCTION_WORD = 1e-3  # a word this frequent is the language's ("an", "will"), though a list holds it as a name
# the words a speaker gives as their name in lower-case speech, two or three (accents kept: "marika kärkkäinen")
_SPOKEN_WORDS = re.compile(r"[ ,]{1,3}(?P<first>[^\W\d_]{2,})(?: (?P<second>[^\W\d_]{2,}(?:-[^\W\d_]{2,})?))"
                           r"(?: (?P<third>[^\W\d_]{2,}(?:-[^\W\d_]{2,})?))?(?![\w'\u2019-])")


def spoken_name(text: str, end: int) -> tuple[int, int] | None:
    """The name a speaker gives for themself right after "my name is", "this is" or "I'm" in lower-case captions or
    a machine transcript ("thank you mayor my name is marika kärkkäinen we're on ..."): the Census lists hold few of
    the names residents bear, so a word counts as a name's when the lists hold it or it is no frequent word of the
    language ("i'm here to", "this is about my bill" are no names), and no word is a label's or a role's
    ("this is councilmember ...")."""
    found = name_after_role(text, end, anchored=True)
    if found and all(word_frequencies().get(w.lower(), 0.0) < _FUNCTION_WORD for w in text[found[0]:found[1]].split()):
        return found  # not "i'm an edison customer": "an" and "edison" are listed names
    words = _SPOKEN_WORDS.match(text, end)
    if not words:
        return None
    given, surname, third = (words.group(k) for k in ("first", "second", "third"))
    if not (_spoken_word(given, given_names()) and _spoken_word(surname, surnames())):
        return None
    if third and _spoken_word(third, surnames()) and not frequent(third):  # "maria luiza rezende"
        return words.start("first"), words.end("third")
    return words.start("first"), words.end("second")


def _spoken_word(word: str, listed) -> bool:
    """A word of a name a speaker gives: listed as such and no common word nor one of the language's function words
    ("an", "will"), or no frequent word at all; not a label's word, a title or a role's."""
    plain = fold(word)
    if plain in label_words() or plain in _TITLES or plain in NOT_PERSON or _ROLE_WORD.fullmatch(plain):
        return False
    return (plain in listed and not common_word(word) and word_frequencies().get(word, 0.0) < _FUNCTION_WORD) \
        or not frequent(word)


_NEXT_WORD = re.compile(r"[\s,]+")  # the blanks (and a comma) before the run's next word
# a staff note's instruction opening a sentence before the customer's name ("Call Rita Ochoa (acct ...) about her
# bill", "Mention Amanda Brown ..."), and a feature story's introduction ("Meet Quang Bui: a retired teacher ..."):
# the verb is none of the name, though "Call" and "Ask" are surnames too
NOTE_VERBS = frozenset("""
    ask call cc credit email e-mail mail mention message notify phone refund remind send tell text thank
    transfer visit meet introducing
""".split())


def opens_sentence(text: str, at: int) -> bool:
    """Whether ``text[at:]`` opens the text, a line, a sentence or a list item."""
    before = text[max(0, at - 40):at].rstrip(" \t")
    return not before or before[-1] in ".!?:;\n-\u2022*("


def _beside(text: str, begin: int, end: int) -> tuple[int, int] | None:
    """The person's name in a capitalized run found beside an identifier or a customer word, without the
    words that are none of it (a heading's "Customer", a title such as "Señora") nor a possessive's "'s"."""
    if text[end - 2:end] in ("'s", "\u2019s") or (text[end - 2:end] == " I" and _PRONOUN_I_AFTER.match(text, end)):
        end -= 2  # "Ana Ruiz's"; a transcript's "my name is Ana Ruiz I live at"
    words = [_plain(w) for w in text[begin:end].replace(",", " ").split()]
    if _PLACE_OF.match(" ".join(words[:2]) + " "):
        return None  # "Customer: CITY OF VALLE SERENO": the City itself, no one's name after its "of"
    while words and (words[0] in NOT_PERSON or words[0] in _PLACE_AFTER or words[0] in _TITLES
                     or (len(words) > 2 and common_word(words[0]))  # "Recipient Nilo Feijoo, SSN ..."
                     or (len(words) > 2 and words[0] in NOTE_VERBS and opens_sentence(text, begin))  # "Call Ana Ruiz"
                     or (len(words) > 2 and words[0] in _TAGALOG_MARKERS)):  # "Si Rogelio Bautista, account ..."
        gap = _NEXT_WORD.search(text, begin, end)
        if gap is None:
            return None  # every word dropped: "Servicio al Cliente"
        begin, words = gap.end(), words[1:]
    candidate = text[begin:end]
    tokens, plain = _words_of(text, begin, end)
    if (len(words) < 2 or (any(_stop(w) for w in plain[_month_first(plain):]) and not _hmong_her(candidate.split()))
            or not person_name(candidate, strict=True) or _after_house_number(text, begin)):
        return None  # no street ("1061 Vereda Hermosa, acct ..."), heading or place
    if (_reads_as_name(text, tokens, plain, False, True, given_last="," in candidate)
            or _given_word_and_surname(text, tokens)):  # "Du, Fang C.": written surname first
        return begin, end
    return None


# Tagalog's person markers, which open a sentence before a name ("Si Rogelio Bautista, account ...": "Rogelio
# Bautista") and are none of it (see honorifics); not "Kay", which is a given name too
_TAGALOG_MARKERS = frozenset({"si", "ni", "sina", "kina"})


_SIGNED = re.compile(rf"(?:{_WORD})(?: {{1,2}}(?:{_PARTICLE} )?(?:{_WORD})){{1,3}}"
                     rf"|(?:{_WORD})(?: (?:{_PARTICLE} )?(?:{_WORD}))?, (?:{_WORD})(?: (?:{_WORD}))?")


def signature_name(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The name a letter is signed with: the line under its closing names the writer by its place, so any words
    that read as a person's will do ("Joon-young Park", "OVIEDO, UMA"), but no title, firm, place, heading or
    common words ("Concerned Resident", "The Garcia Family", "Thank You")."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1] in " \t,":
        end -= 1
    candidate = text[start:end]
    if not _SIGNED.fullmatch(candidate):
        return None
    tokens, words = _words_of(text, start, end)
    if words[:1] == ["my"] and len(words) == 2 and name_like(text[tokens[1][0]:tokens[1][1]]):
        return start, end  # "My Ho", "My Phan": the Vietnamese given name My, before a surname no word spells
    if any((_stop(w) and w not in _SURNAMES) or w in _TITLES for w in words) or any(
            common_word(text[a:b]) for a, b in tokens if _plain(text[a:b]) not in _PARTICLE_WORDS):
        return None
    return (start, end) if is_person(candidate) else None


def _month_first(words: list[str]) -> int:
    """1 where a month or a bill's word that is a given name opens two words beside an identifier or a customer word
    ("Customer Jun Santos", "account holder April Okafor", "Bill Tran (acct ...)"): no stop word there; else 0."""
    return int(len(words) == 2 and words[0] in _WORD_GIVEN_NAMES and not common_word(words[1]))


def _given_word_and_surname(text: str, tokens: list[tuple[int, int]]) -> bool:
    """Two capitalised words straight beside an identifier or a customer word, the second a surname that is
    no word of the language: the first is a given name, even one that is also a word ("Ale Alejandro",
    "Nilo Feijoo"), where in running text it would open a heading ("Grant Agreement")."""
    if len(tokens) != 2:
        return False
    first, last = (text[a:b] for a, b in tokens)
    return (first[:1].isupper() and first[1:].islower() and last[:1].isupper() and not common_word(last)
            and (fold(last) in surnames() or name_like(last))
            and (name_like(first) or name_like(last)))  # not a headline's words ("Households Stay Warm")


# -- whose name ----------------------------------------------------------------------------------

# who keeps a document itself, as its label before a name: staff ("Template owner: Lee Park, (909) ...", "Document
# author", "Author:", "Maintained by", "Last updated by"), never the customers whose records the document holds
DOCUMENT_KEEPER = (r"(?:(?:template|document|doc|form|file|workbook|spreadsheet|deck|presentation|report|page|content|"
                   r"procedure|policy|script|macro)\s+(?:owner|author|maintainer|custodian)|author(?=\s*:)|maintained\s+by|"
                   r"(?:last\s+)?(?:updated|edited|revised|modified|saved)\s+by)")
# words right before a name that make it an official's, a member of staff's or a firm contact's; a memo's or
# e-mail's "To:" heading its line names a colleague as its "From:" does (a customer's own mailbox after the name
# still makes them a customer: see named_officially), unlike "Refund issued to: ..."
_OFFICIAL_BEFORE = re.compile(
    r"(?i)(?:^\s*to\s*:|\b(?:mayor(?: pro tem(?:pore)?)?|vice mayor|council\s?(?:member|woman|man)|councill?or|"
    r"board\s+member|trustee|commissioner|supervisor|director|"
    r"manager|officer|clerk|planner|engineer|analyst|specialist|coordinator|(?<!personal )representative|rep|csr|agent|"
    r"technician|inspector|superintendent|chief|captain|sgt|sergeant|detective|deputy|lieutenant|marshal|librarian|"
    r"instructor|coach|president|chair|"
    r"chairperson|secretary|treasurer|attorney|counsel|staff|administrator|assistant|liaison|"
    r"prepared by|entered by|reviewed by|approved by|submitted by|signed by|handled by|assigned to|cc|per|from\s*:|"
    # who moved the case along inside the office: "Escalated by Sue Ng (ext. 3312): Ana Ruiz, SA # ..."
    r"(?:escalated|forwarded|routed|logged|taken|opened|closed|resolved|reassigned)\s+(?:by|to)|"
    # who took a form in at the counter, its label: "Received by: Desmond Achterberg" under the customer's fields (not
    # a notice's "received by Ana Ruiz at 12 Elm St")
    r"received\s+by\s*:|"
    # who ran a report off the billing system: "Exported from CIS 2025-09-02 by Fern Okonkwo"
    r"(?:exported|generated|printed|compiled|pulled|extracted|downloaded)\b[^\n.;]{0,40}?\bby|"
    # staff's work on the case: "re-read by", "inspected by", "verified by", a ticket's "remediation owner"
    r"(?:re-?)?read by|inspected by|verified by|investigated by|processed by|completed by|performed by|"
    r"(?:remediation|action|task|ticket|case|incident|project) owner|"
    rf"{DOCUMENT_KEEPER}|"
    # a contact's label ("Contact: Alan Chernoff"), not the verb of whom staff are to call back ("asked staff to contact
    # Mr. Antonio Ruiz at ... about his bill"), nor the person staff are to follow up with or a household's own
    # contact ("Follow-up contact: Ana Ruiz, (562) ...", "Household contact: ...", a case's party's: "Occupant
    # contact: ...", "Tenant contact: ...")
    r"(?<!\bto )(?<!follow-up )(?<!follow up )(?<!followup )(?<!household )(?<!occupant )(?<!tenant )(?<!resident )"
    r"(?<!homeowner )contact|"
    r"questions|speakers?|spoke|presented by|honorable|hon\.?|senator|assemblymember|judge|vendor|"
    r"remit to|pay to|payable to|supplier|contractor|consultant|ombuds(?:person|man|woman)|"
    r"volunteer|in honou?r of|in memory of|named (?:for|after)|"  # a park's or a pavilion's honoree
    # who carried the mail an incident report tells of: "Carrier Dwight Ames", "the letter carrier, Dwight Ames"
    r"carrier|postmaster|mail\s?(?:man|woman)|postal\s+(?:worker|clerk)|"
    # a New England town's elected officers: "Moderator", "Constable", "Select Board", "Tree Warden"
    r"moderator|constable|select\s?(?:board|man|woman|person)|selectmen|assessor|(?:tree\s+)?warden|"
    r"coordinador[a]?|enlace|tagapag-ugnay|kinatawan|\u0111i\u1ec1u ph\u1ed1i vi\u00ean|"  # Spanish, Tagalog, Vietnamese
    r"(?:award(?:ed)?\s+(?:a\s+|the\s+)?contract(?:\s+no\.?\s*[\w-]+)?|contract\s+(?:is\s+|be\s+|was\s+)?awarded)"
    r"\s+to)"  # the vendor a contract goes to
    r"(?:\s+(?:on\s+(?:duty|call)|in\s+charge))?"
    r"|(?:联络员|聯絡員|联络人|聯絡人|协调员|協調員|专员|專員|经理|經理|主任|담당자|코디네이터))\W*$")  # "Supervisor on duty: ..."; CJK titles have no word boundary
# a staff title and the office it serves, as a label before a name: "Supervisor of Customer Service: Ana Ruiz",
# "Supervisora de Servicio al Cliente: Rosa Garza", "Representante de Servicio al Cliente - ..."
_TITLE_OF_OFFICE_BEFORE = re.compile(
    r"(?i)\b(?:supervisor|supervisora|manager|director|directora|gerente|representative|representante|"
    r"coordinator|coordinador|coordinadora|specialist|especialista|analyst|analista|jef[ea]|agent|agente)"
    r"(?:[ \t]+(?:of|for|de|del|para|al|a|la|el|the|y|and|&|(?-i:[A-Z\u00c0-\u00de][\w'-]*))){1,5}"
    r"[ \t]*[:,\u2013\u2014-][ \t]*$")
# a verb after a name makes the name its subject and the role after it the one it speaks to: "The tenant, Ana Ruiz, told
# staff ..."
_TOLD = r"(?:told|asked|informed|notified|thanked|called|contacted|e-?mailed|wrote|showed|gave|sent|urged)\b"
# a title right after a name: "Priya Raman, Senior Management Analyst", "Carla Ruiz\nCustomer Programs Specialist", a
# staff card's next field "Name: Carla Ruiz<tab>Title: Billing Supervisor"
_OFFICIAL_AFTER = re.compile(
    rf"(?i)\s*(?:,|\(|-|\u2013|\n|\t[ \t]*(?:job[ \t]+)?(?:title|position)[ \t]*:)\s*(?:(?!{_TOLD})[\w.&'-]+\s+){{0,4}}?(?:mayor|council\s?member|councilmember|"
    r"commissioner|supervisor|director|manager|officer|clerk|planner|engineer|analyst|specialist|coordinator|"
    r"representative|accountant|auditor|controller|advisor|supervisora|directora|gerente|representante|coordinador|"
    r"coordinadora|especialista|analista|"
    r"technician|inspector|superintendent|chief|president|chair|secretary|treasurer|attorney|counsel|csr|"
    r"administrator|assistant|staff|mmc|cmc|esq|ph\.?d|p\.e\.|inc|llc|llp|corp|corporation|company|"
    # an employer's "... Energy", not a household's service: "Ana Ruiz, home energy audit request"
    r"(?<!home\s)energy(?!\s+(?:audits?|assessments?|savings|upgrades?|assistance|bills?|use|usage)\b)|"
    r"utilities|department|division|authority|city of|county of|ombuds(?:person|man|woman)|liaison|investigator|"
    # the desk staff answer for: "Reginald Ainsley, Customer Care.", not a customer's "customer service complaint"
    r"customer\s+(?:care|service|support|relations)(?!\s+(?:complaints?|requests?|issues?|calls?|tickets?|cases?))|"
    r"(?:mail|letter|postal|route)\s+carrier|postmaster|mail\s?(?:man|woman)|postal\s+(?:worker|clerk))\b")
# a reporter, by their trade or their outlet (no house number before it: "Ana Ruiz, 14 Herald St" is a home): "told
# Marcus Odegaard, WTFL News 6", "Aisha Mohamud of Sahan Journal", "Tyler Bybee of KPVI News 6 attended"
_PRESS_AFTER = re.compile(
    r"(?i)\s*(?:,|\(|\s+of)\s+(?:the\s+)?(?:[A-Za-z][\w.&'-]*\s+){0,3}?(?:reporter|correspondent|journalist|editor|"
    r"news|journal|times|tribune|gazette|herald|radio|television|magazine|chronicle|courier|sentinel|examiner|"
    r"observer|ledger|post|press|bee|dispatch|inquirer|tv|network|broadcasting|public\s+media)"
    r"\b(?!\s+(?:st|street|ave|avenue|rd|road|dr|drive|ln|lane|way|blvd|ct|pl|hwy|office|box)\b)")
# a heading or card line that gives an elected or appointed official's title and then their name
_CAPITAL = f"[{_UPPER}]"  # a name's first letter: "Ángel", "Øyvind", "Łukasz", "Đặng"
_OFFICIAL_TITLE = (r"(?:(?:vice|deputy)\s+)?(?:mayor(?:\s+pro\s+tem(?:pore)?)?|council\s?(?:member|woman|man|or)|"
                   r"commissioner|supervisor|trustee|director|(?:board|committee)\s+member|chair(?:man|woman|person)?|"
                   r"(?:city|town)\s+(?:manager|clerk|attorney|treasurer|administrator|moderator)|"
                   r"select\s?(?:man|woman|person|board\s+member)|moderator|constable|assembly\s?member|senator|judge)")
# ... or their name and then their title, as a board's page heads each member's bio ("Ellen Marsh, Chair")
OFFICIAL_HEADING = re.compile(
    rf"\s*{_OFFICIAL_TITLE}\s+"
    rf"(?-i:{_CAPITAL}[\w'\u2019.-]+)(?:\s+(?-i:{_CAPITAL}[\w'\u2019.-]*)){{0,4}}\s*(?:,|\(|$)"
    rf"|\s*(?-i:{_CAPITAL}[\w'\u2019.-]+)(?:[ \t]+(?-i:{_CAPITAL}[\w'\u2019.-]*)){{1,3}}[ \t]*,[ \t]*"
    rf"(?:{_OFFICIAL_TITLE}|member|clerk|secretary|treasurer)"
    r"[ \t]*(?:,|\(|$|\n)", re.IGNORECASE)
# a mailbox at a government's domain later in the name's sentence ("... at 909 ... or aruiz@cityofx.gov", "(aruiz@
# x.ca.us)"): its local part spelling the surname, it is the staff member's work mailbox
_GOVERNMENT_MAILBOX_AFTER = re.compile(r"[^\n.?!@]{0,70}?(?<![\w.+-])(?P<local>[\w.+-]+)@(?:[\w-]+\.)+(?:gov|ca\.us)\b",
                                       re.IGNORECASE)
_OWN_MAILBOX_AFTER = re.compile(r"\s*[(<\[][^>\]@\n]{0,48}@([\w.-]+\.[a-z]{2,})", re.IGNORECASE)
# a sentence that lists customers after a colon, the list not an invitation to call or write someone
CUSTOMER_LIST = re.compile(r"(?i)\b(?:customers|account\s?holders|ratepayers|subscribers|clientes)\b"
                            r"(?![^:]*\b(?:call|contact|email|e-mail|write|visit|reach|questions|help|assist)\w*\b)"
                            r"[^.:;!?]{0,80}:\s")
_ROLE_AFTER = re.compile(rf"(?i){NAME_TO_ROLE}{ROLE_QUALIFIER}(?:customers?|account\s?holders?|"
                         r"ratepayers?|subscribers?|client[ea]s?|titular)\b"  # "..., a medical-baseline customer"
                         # not "..., Customer Service Supervisor", "... is a PCE customer advocate with Legal Aid",
                         # "..., Utility Customer Ombudsman" (the office that takes customers' complaints)
                         r"(?!\s+(?:service|care|support|relations|programs?|advocates?|representatives?|liaisons?|"
                         r"specialists?|ombuds(?:man|men|woman|women|person|persons|people)?)\b)")
# a staff member's title a line break cuts after its first word: "Ana Ruiz, Customer" / "Programs Coordinator, at
# ..." (a narrow or justified column); the role is written lower case or with its article ("Ana Ruiz, a PCE customer")
_TITLE_CUT_AFTER = re.compile(r",[ \t]*Customer[ \t]*(?:\n|$)")
_ROLE_AFTER_REACH = 90  # "Ana Ruiz, who identified herself as a Pomona Choice Energy account holder"
# the name's own clause gives their service address, which only a utility's customer has: a contact centre's "caller
# Ana Ruiz stated svc addr 12 Elm St", "Ana Ruiz, service address 12 Elm St"
_SERVICE_ADDRESS_AFTER = re.compile(r"(?i)[ \t]*,?[ \t]*(?:(?:stated|gave|confirmed|verified|reported|said)[ \t]+(?:(?:her|his|their|the)[ \t]+)?)?"
                                    r"(?:svc|service)[ \t]+(?:addr(?:ess)?|location)\b[ \t:.#]*(?:is[ \t]+|as[ \t]+)?\d")

# the name the sentence opens with holds a utility account: "Dmitri Volkov holds the PCE account for the duplex at ...",
# "Ana Ruiz has held the electric account at 12 Elm St since 2019" (not a record, a seat or a title: "holds the seat")
HOLDS_ACCOUNT_AFTER = re.compile(r"(?i)[ \t]+(?:still[ \t]+)?(?:holds|held|has[ \t]+held|had[ \t]+held)[ \t]+"
                                  r"(?:the|an?|his|her|their)[ \t]+(?:(?:pce|sce|edison|electric|electricity|utility|"
                                  r"power|energy|service|gas|water|residential)[ \t]+){0,2}(?:account|acct)\b"
                                  r"(?![ \t]+(?:executive|manager|representative|rep|team|director|services|specialist|"
                                  r"coordinator|position|role|title)\b)")


# the name's own clause calls them the customer in brackets: "Babatunde Okafor, 223 Bayberry Rd (customer, by mail)"
_CUSTOMER_AFTER = re.compile(r"(?i)[^;\n()]{0,60}\(\s*(?:the\s+)?(?:customer|account\s+holder|ratepayer|co-?signer)\b")
# a caller's own call about an account or a bill right after their name: "called again re: acct ...", "phoned about
# her bill", "came in regarding the account", "e-mailed twice re: shutoff notice": the one a case note is about, a
# customer, though a role word before the name says whom the note is for ("Escalation for supervisor:"); not staff
# calling a customer ("called the customer re: ...": the call's object comes first)
_CALLED_ABOUT_ACCOUNT_AFTER = re.compile(
    r"(?i)[ \t]+(?:called|phoned|rang|e-?mailed|wrote|came\s+in|walked\s+in|stopped\s+by|visited)"
    r"(?:[ \t]+(?:again|back|in|twice|today|yesterday|this\s+(?:morning|afternoon|week)|for\s+the\s+\w+\s+time)){0,2}"
    r"[ \t]+(?:re\b[ \t]*:?|regarding|about|concerning|on)[ \t]+(?:(?:her|his|their|the|a|this)[ \t]+)?"
    r"(?:[\w-]+[ \t]+){0,2}?(?:acct|account|a/c|bill|billing|balance|usage|meter|shut-?off|disconnect\w*)\b")


# words that make the name right after them the one who helped a customer, as the utility's or the City's staff do:
# "was helped with her bill by", "assisted by", "with the help of"; Tagalog "tinulungan (siya) ni", "sa tulong ni",
# "inasikaso ni"; Spanish "atendida por", "fue ayudado con su factura por", "con la ayuda de". The name must follow at
# once ("helped by her daughter Ana Ruiz" is a relative, no helper on staff), and the words between the verb and "by"
# stay in its clause
_HELPED_BY = re.compile(
    r"(?i)(?:\b(?:helped|assisted|served|aided|guided|attended\s+to|walked\s+through)\b[^.;:!?\n]{0,40}?\bby|"
    r"\bwith\s+(?:the\s+)?(?:help|assistance|support)\s+(?:of|from)|"
    r"\b(?:tinulungan|inasikaso|inalalayan|pinagsilbihan|ginabayan)\b[^.;:!?\n]{0,40}?\bni(?:na)?|"
    r"\bsa\s+tulong\s+ni(?:na)?|"
    r"\b(?:atendid|ayudad|asistid|asesorad|orientad|guiad)[oa]s?\b[^.;:!?\n]{0,40}?\bpor|"
    r"\bcon\s+(?:la\s+)?(?:ayuda|asistencia)\s+de)[ \t]+$")
_HELPED_BY_REACH = 80

# a roll call's label and the list of names after it on its line: "Board members present: Ellis Whitaker (Chair),
# Amina Dualeh, ...", "Commissioners absent: ...", "Present: ..." or a meeting note's "Attendees: ..." opening a line
_ROLL_CALL_BEFORE = re.compile(
    r"(?i)(?:\b(?:board|council|committee|commission|staff|members?|commissioners|directors|trustees|officials|also)"
    r"\s+(?:present|absent|excused|in\s+attendance|attending)|(?:^|\n)[ \t]*(?:present|absent|attendees|attending|"
    r"in\s+attendance))[ \t]*:[^:;\n]{0,240}$")


# a body's members listed after their plural title, the names parted by commas and "and" ("Councilmembers Ana Ruiz,
# Jo Lee and Eli Park", "Commissioners Ruiz and Lee", "Board Members: ..."): each of them is an official
_MEMBERS_LISTED_BEFORE = re.compile(
    r"(?i)\b(?:council\s*members|councilmembers|councilwomen|councilmen|councilors|councillors|commissioners|"
    r"(?:board|committee|commission)\s+members|directors|trustees|supervisors|aldermen|alderpersons)[ \t]*:?[ \t]+"
    r"(?-i:(?:[A-Z][\w'\u2019.-]*[ \t]+){0,3}[A-Z][\w'\u2019.-]*(?:[ \t]*,[ \t]*(?:and[ \t]+)?|[ \t]+and[ \t]+)){0,8}$")


# a notice's addressee called the premises' occupant after the name ("TO: ANA RUIZ, and all persons occupying the
# premises at ...", "Notice is hereby given to Ana Ruiz, owner/occupant of ...")
_OCCUPANT_AFTER = re.compile(r"(?i)[ \t]*,?[ \t]*(?:and[ \t]+all[ \t]+(?:other[ \t]+)?(?:persons|occupants|residents|tenants)\b|"
                             r"(?:the[ \t]+)?(?:owner[ \t]*(?:/|and|or)[ \t]*)?(?:occupants?|tenants?)[ \t]+(?:of|at)\b)")


# a notice's or letter's "To:" line that goes on from the name to a street address or a box: the resident it is
# addressed to ("NOTICE OF INTENT TO DISCONNECT. To: Ana Ruiz, 12 Elm St, ..."), not a memo's colleague, whose
# "To:" line goes on to a title or an office
_TO_LINE = re.compile(r"(?i)(?:^|\n|[.!?][ \t]+)[ \t]*to[ \t]*:\s*$")  # not "Remit to:", "Pay to:"
_HOME_RIGHT_AFTER = re.compile(r"[ \t]*,?[ \t]*\n?[ \t]*(?=\d{1,6}(?:[ \t]+1/2)?[ \t]+[A-Za-z]|\d{1,6}[ \t]*$|(?i:p\.?[ \t]?o\.?[ \t]*box[ \t]*\d))")


_NUMBER_ENDS_LINE = re.compile(r"\d{1,6}[ \t]*$")  # "To: Ana Ruiz, 1234" / "N. Elm St": a wrap cut the address


def _addressed_to_home(text: str, start: int, end: int) -> bool:
    """Whether the name at ``start``-``end`` follows a "To:" label and is followed by a home (a house number or a box,
    its street maybe on the next line)."""
    home = _TO_LINE.search(text, max(0, start - 40), start) and _HOME_RIGHT_AFTER.match(text, end)
    rest = text[home.end():home.end() + 80] if home else ""
    return bool(home) and (opens_an_address(rest) or _NUMBER_ENDS_LINE.match(rest) is not None)


def named_officially(text: str, start: int, end: int, titles_after: bool = True) -> bool:
    """Whether the name at ``text[start:end]`` is named as an official, staff or a firm's contact: by a
    title or role right before it (nearer than any customer word) or right after it; not when the person's own
    mailbox at a consumer provider follows the name ("Supervisor: Ana Ruiz (ana.r@gmail.com)" is a caller).
    Without ``titles_after`` a job title after the name does not count: beside an employee's SSN the employee is
    named with their position ("Vergara, Isabela, Administrative Assistant ... SSN ...")."""
    own = _OWN_MAILBOX_AFTER.match(text, end, min(len(text), end + 80))
    if own and own.group(1).lower() in PERSONAL_DOMAINS:
        return False
    work = _GOVERNMENT_MAILBOX_AFTER.match(text, end, min(len(text), end + 100))
    if work and text[start:end].split()[-1].lower().strip(".,'’") in work.group("local").lower():
        return True  # "Call Ana Ruiz at (909) ... or write to aruiz@cityofx.gov": the mailbox the City gave its staff
    initial = _INITIAL_BEFORE.search(text, max(0, start - 4), start)
    start = initial.start() if initial else start  # "per N. Linares Sanches": a name found without its initial
    if _INITIAL.match(text, start) and _BY_BEFORE.search(text, max(0, start - 6), start) and not (
            _HELD_BY_BEFORE.search(text, max(0, start - 16), start)):
        return True  # a desk's initialled signature on its work: "Enrolled at the fair booth by I. Sandoval"; not
        # whose a debt or a home is ("the late fees owed by J. P. Pendergast on account ...")
    if _HELPED_BY.search(text, max(0, start - _HELPED_BY_REACH), start):
        return True  # "Rosa Delgado was helped with her bill by Lyle Pennington": the helper, staff, not the customer
    if _KOREAN_STAFF_BEFORE.search(text, max(0, start - 12), start) or _KOREAN_TITLE_AFTER.match(text, end) or \
            _TRANSLATED_TITLE_BEFORE.search(text, max(0, start - 24), start):
        return True
    if _ROLL_CALL_BEFORE.search(text, max(0, start - 280), start) or _MEMBERS_LISTED_BEFORE.search(
            text, max(0, start - 280), start):
        return True  # a board's or a council's members, listed as present or after their plural title
    if _OWN_TAXPAYER_ID_AFTER.match(text, end, min(len(text), end + 40)):
        return False  # "staff: Eli Kasayulie 7125-759889 ITIN 912-...": the person the note identifies, whoever
    if _CUSTOMER_AFTER.match(text, end, min(len(text), end + 80)):
        return False  # "cc: ...; Babatunde Okafor, 223 Bayberry Rd (customer, by mail)": the letter's customer
    if _OCCUPANT_AFTER.match(text, end, min(len(text), end + 60)) or _addressed_to_home(text, start, end):
        return False  # "TO: Ana Ruiz, and all persons occupying the premises at ...": a notice's occupant, no staff
    if _CALLED_ABOUT_ACCOUNT_AFTER.match(text, end, min(len(text), end + 80)):
        return False  # "Escalation for supervisor: Ana Ruiz called again re: acct ...": the caller, whoever the note
        # is for
    before = clause_before(text, start, 50)
    titles = [m for pattern in (_OFFICIAL_BEFORE, _TITLE_OF_OFFICE_BEFORE) for m in pattern.finditer(before)
              if not _SENTENCE_ENDED.search(m.group()) and not _own_case_after(text, m, end)
              and not (_SOURCE_BEFORE_TITLE.search(before, 0, m.start()) and not _APPOSITION_AFTER.match(text, end))]
    official = max((m.end() for m in titles), default=-1)
    # a customer word in an earlier item of a list parted by semicolons is another person's ("Appearances: the
    # customer, in person; Ana Ruiz, Billing Supervisor, for the utility")
    customer = max((m.end() for m in CUSTOMER_ROLE.finditer(before, before.rfind(";") + 1)), default=-1)
    if official > customer and not (all(_SOURCE.fullmatch(m.group()) for m in titles)
                                    and _OWN_ACCOUNT_AFTER.match(text, end, min(len(text), end + 40))) \
            and not _speaks_of_own_bill(text, before, end) \
            and not _copied_at_home(text, max(titles, key=lambda m: m.end()), end):
        return True
    if _SELF_INTRODUCED.search(text, max(0, start - 16), start) and _FOR_THEIR_EMPLOYER.match(
            text, end, min(len(text), end + 100)):
        return True  # "This is Ana Ruiz from Customer Care", "my name is ... and I'm with the billing team": staff
    if _EXTENSION_AFTER.match(text, end, min(len(text), end + 16)) or _IN_AN_OFFICE_AFTER.match(
            text, end, min(len(text), end + 48)):
        return True  # a desk's extension or office: "Escalated by Sue Ng (ext. 3312)", "... Dana Whitfield x2318"
    if _thanked_for_service(text, start, end) or _PRESS_AFTER.match(text, end, min(len(text), end + 60)):
        return True  # a reporter, whatever customer the sentence before spoke of
    after = _OFFICIAL_AFTER.match(text, end, min(len(text), end + 60)) if titles_after and customer < 0 else None
    home = _HOME_AFTER.match(text, end, min(len(text), end + 60))
    if after and home and (after.end() <= home.end() or after.end() > home.end()
                           and _SENTENCE_ENDS.search(text, home.end(), after.end())):
        after = None  # "Mrs. Ana Ruiz, 12 Elm St. Staff recommended ...": her home, then the next sentence's subject;
        # "Kiaan Raman, 4930 S Calle Mayor Ct": a title's word in her street's name
    # "Haley Parker (Xcel Energy acct ...)", "Ana Ruiz, a Pomona Choice Energy customer": the utility named is the
    # one whose customer they are, not their employer ("Ana Ruiz, whose Mesa Utilities service account is ...")
    return bool(after) and not _ACCOUNT_OF.match(text, after.end(), min(len(text), after.end() + 24)) \
        and not _ROLE_AFTER.match(text, end, min(len(text), end + _ROLE_AFTER_REACH))


# a writer or caller introducing themselves ("This is", "My name is", "I'm") right before the name, and the office, team
# or employer they speak for right after it ("... from Customer Care", "... and I'm with the billing team", "... with
# Pomona Choice Energy customer service", "... here at the City of Pomona"): staff writing to or calling a customer,
# in a letter, a voicemail script or an e-mail. The employer's words are its name's capitals and at most two lower
# case words before an office's word, so a resident's own words ("from Pomona, and my Choice Energy bill") and a
# utility named for their own account ("with SCE account ...") do not count.
_SELF_INTRODUCED = re.compile(r"(?i)\b(?:this\s+is|my\s+name\s+is|my\s+name['\u2019]s|i\s+am|i['\u2019]m)\s+$")
_FOR_THEIR_EMPLOYER = re.compile(
    r"[ \t]*,?[ \t]*(?:and[ \t]+)?(?:(?i:I[ \t]+am|I['\u2019]m|I[ \t]+work)[ \t]+)?"
    r"(?i:from|with|at|here[ \t]+at|in)[ \t]+"
    r"(?:(?i:the)[ \t]+)?(?:[A-Z][\w&'.-]*[ \t]+){0,5}(?:[a-z]+[ \t]+){0,2}?"
    r"(?i:team|department|dept|office|customer[ \t]+(?:care|service|support|relations)|billing|utilit(?:y|ies)|"
    r"call[ \t]+cent(?:er|re)|help[ \t]?desk|service[ \t]+desk|division|bureau|city[ \t]+of[ \t]+[A-Z][\w-]*|"
    r"(?:power|energy|electric|edison)(?:[ \t]+(?:company|authority|agency))?)\b"
    r"(?![ \t]+(?i:accounts?|acct|bills?|customers?|ratepayers?|rates?|usage)\b)")
# a title that ends its sentence, the name opening the next: "Approved by the Utility Services Supervisor. Ana Ruiz,
# 12 Elm St, acct ..." names the approver by title alone and the customer after; a title's abbreviation ("Hon.",
# "Sgt.", "Rep.") is shorter and names the person after it
_SENTENCE_ENDED = re.compile(r"[^\W\d_]{5,}[.!?]\s+$")
# an initial before a name, which the name's reader left out of it
_INITIAL_BEFORE = re.compile(rf"(?<![{_LETTER}])[{_UPPER}]\.[ \t]*$")
# an initial and a surname is how a note signs the staff's work; a customer or their relative is written out ("paid
# by her son Luis Ortega")
_INITIAL = re.compile(rf"[{_UPPER}]\.[ \t]+")  # "Ú. Rascón" too
_BY_BEFORE = re.compile(r"(?i)\bby[ \t]+$")
# the verbs that make "by" name whose a debt, a home or a service is: its holder, no desk's signature
_HELD_BY_BEFORE = re.compile(r"(?i)\b(?:owed|owned|occupied|held|used|incurred|rented|leased)[ \t]+by[ \t]+$")
# an office extension right after a name: staff are named with their desk's line, a customer with their own number
_EXTENSION_AFTER = re.compile(r"(?i)[ \t]*[,(]?[ \t]*(?:ext|extn|x)\.?[ \t]*\d{2,5}\b")
# the utility's office a staff member works in, right after their name: "transferred to Omar Haddad in billing", "spoke
# w/ Ana Ruiz from customer care" (not a customer's matter in it: "Ana Ruiz with billing questions")
_IN_AN_OFFICE_AFTER = re.compile(
    r"(?i)[ \t]+(?:in|from|at|with)[ \t]+(?:the[ \t]+)?(?:billing|collections|customer[ \t]+(?:service|care|support)|"
    r"call[ \t]+cent(?:er|re)|metering|credit(?:[ \t]+(?:and|&)[ \t]+collections)?|accounts[ \t]+receivable|dispatch|"
    r"field[ \t]+services)(?:[ \t]+(?:dept|department|team|office|unit))?\b"
    r"(?![ \t]+(?:address|statements?|history|disputes?|issues?|problems?|errors?|questions?|concerns?|complaints?))")
_COPY_CUE = re.compile(r"(?i)\W*b?cc\W*")
# a stop after a street's name, the next sentence opening: "... 12 Elm St. Staff ...", "... 29 Quail Run Road. Staff"
_SENTENCE_ENDS = re.compile(r"[.;!?][ \t]+[A-Z]")
# a house number and a street after a name and a comma or a dash: the person's home ("Darnell Whitfield, 2214
# Meadowlark Dr", "Kiaan Raman \u2013 4930 S Calle Mayor Ct")
_HOME_AFTER = re.compile(rf"[ \t]*(?:,|[\u2013\u2014]|[ \t]-)[ \t]*\d{{1,6}}(?:-?[A-Z])?[ \t]+(?:[\w.'-]+[ \t]+){{0,4}}?"
                         rf"(?i:{alternation(SUFFIXES)})\b")


# a contact's or a question's cue that is the case's own, not an office's: the verb "contact" ("For the billing dispute,
# contact Tevita Fifita at ...") or a topic's label ("Billing questions: Marisol Quintero, ...")
_CASE_CUE = re.compile(r"(?i)\W*(?:contact|questions)\W*")
# the named person's own account or bill told after them, in their sentence or the next one's opening pronoun ("...
# or tfifita88@yahoo.com; his account is ...", "... asked why her June bill doubled", "... (626) 555-0110. His PCE
# account is ..."): the words between are a month, a utility's name or a bill's kind, never a verb ("her team reviews
# account disputes" is staff's)
_OWN_CASE_AFTER = re.compile(r"\b(?i:his|her|their|whose)\s+(?:(?:[A-Z][\w-]*|\d{4}|(?i:own|last|latest|current|"
                             r"monthly|previous|high|higher|electric|electricity|utility|power|energy|service|"
                             r"billing|customer|residential))\s+){0,2}(?i:bills?|account|acct|meter|statement|"
                             r"usage)\b(?!\s+(?i:team|manager|representative|rep|services|specialists?|executive|"
                             r"assistance|help|programs?|workshops?|clinics?))")
_CASE_REACH = 200  # how far after the name its own account may be told


def _own_case_after(text: str, cue: re.Match, end: int) -> bool:
    """Whether ``cue`` (a title or role before a name ending at ``end``) is the verb "contact" or a topic's label and
    the text right after the name tells that person's own account or bill: the person to contact about a customer's
    case, or the one a label's topic files the record under, is the customer, not a member of staff. Staff are
    given with their title, their office and the reader's account ("please contact Ana Ruiz, Billing Supervisor,
    about your account")."""
    if not _CASE_CUE.fullmatch(cue.group()):
        return False
    stop = _SENTENCE_STOP.search(text, end, end + _CASE_REACH)
    if stop:  # the next sentence counts only where it opens with the pronoun: "... 555-0110. His PCE account is ..."
        ahead = _OWN_CASE_AFTER.match(text, stop.end()) or _OWN_CASE_AFTER.search(text, end, stop.start())
    else:
        ahead = _OWN_CASE_AFTER.search(text, end, min(len(text), end + _CASE_REACH))
    return ahead is not None


# the role of a customer a letter copies, right after their name in its "cc:" line: "cc: Ines Brennan, account holder,
# ...", "cc: Ana Ruiz (joint account holder)", "cc: Tomas Reyes, co-signer"; not a customer office's staff ("cc: Ana
# Ruiz, Customer Service Manager")
_COPIED_CUSTOMER_AFTER = re.compile(
    r"(?i)[ \t]*[,(][ \t]*(?:the[ \t]+|an?[ \t]+)?(?:joint[ \t]+|co-?[ \t]?)?"
    r"(?:customer|account[ \t]?holder|ratepayer|signer|subscriber)s?\b"
    r"(?![ \t]+(?:service|care|support|relations|programs?|advocates?|representatives?|liaisons?|specialists?|"
    r"managers?|supervisors?|coordinators?)\b)")


def _copied_at_home(text: str, cue: re.Match, end: int) -> bool:
    """Whether a letter's or memo's "cc:" copies the person at their home ("cc: Darnell Whitfield, 2214 Meadowlark
    Dr, ..."), or as a customer of the account, named so right after the name ("cc: Ines Brennan, account holder,
    ..."): staff are copied by name and title, the customer the letter is about at the address it goes to or by
    their part in the account."""
    return bool(_COPY_CUE.fullmatch(cue.group()) and (_HOME_AFTER.match(text, end, min(len(text), end + 60))
                                                      or _COPIED_CUSTOMER_AFTER.match(text, end, min(len(text), end + 40))))


# a member of the public at the lectern: "The next speaker, Ana Ruiz of ...", "Speaker Maria Soriano of ... spoke
# about her bill", unlike an event's "Speaker: Dr. ...", who speaks of no bill of their own
_PUBLIC_SPEAKER = re.compile(r"(?i)\b(?:(?:next|first|second|third|another|following|final|last)\s+)?speakers?\W*$")
# the speaker's own bill, usage, meter or shutoff told in the sentence after their name ("... told the Board her June
# usage was 1,977 kilowatt hours"): what the minutes record is their account, not a public topic; the utility named by
# its initials ("her PG&E service agreement ID", "his DWP acct")
_OWN_BILL_AHEAD = re.compile(r"(?i)\b(?:her|his|their|my|our)\s+(?:[\w&-]+\s+){0,2}?(?:bills?|usage|consumption|"
                             r"account|accts?|meter|statement|service\s+agreement|(?:nem|interconnection)\s+application|"
                             r"shut-?off|disconnection|kwh)\b")
# (not an abbreviation's period: "Rt. 5 Box 238", "1427 W. Olive Ave.")
_SENTENCE_STOP = re.compile(r"(?<![^\w]\w)(?<![^\w]\w\w)(?<![^\w]\w\w\w)[.!?](?:\s|$)")


# a speaker card's field after the speaker's name, which gives what they speak about: "Speaker: Ana Ruiz. Topic: my
# CHCP bill.", "Subject: ...", "Re: ..."
_CARDS_TOPIC = re.compile(r"(?i)[ \t]*(?:topic|subject|re|regarding|item|comments?)[ \t]*:")


def _speaks_of_own_bill(text: str, before: str, end: int) -> bool:
    """Whether the name after ``before`` is a public speaker's who, in the same sentence or in their card's topic
    right after it ("Speaker: Ana Ruiz. Topic: my CHCP bill. Account number (optional): ..."), speaks of their own
    bill."""
    if not _PUBLIC_SPEAKER.search(before):
        return False
    stop = _SENTENCE_STOP.search(text, end, end + 300)
    if stop and _CARDS_TOPIC.match(text, stop.end()):
        stop = _SENTENCE_STOP.search(text, stop.end(), stop.end() + 300)
    return bool(_OWN_BILL_AHEAD.search(text, end, stop.start() if stop else min(len(text), end + 300)))


def official_named_in(text: str, start: int = 0, end: int | None = None, anchored: bool = False) -> bool:
    """Whether ``text[start:end]`` names an official or a member of staff with their title ("Contact: Alan Chernoff,
    Public Works Director, (907) ..."): whom to ask, no customer. ``anchored`` as for ``names_in``."""
    return any(named_officially(text, a, b) for a, b in names_in(text, start, end, anchored))


# a person's own taxpayer number right after their name, past an account's number at most ("Eli Kasayulie 7125-759889
# ITIN 912-78-4411", "Ana Ruiz, SSN ..."): the name is the one the number identifies, a staff member's as well
_OWN_TAXPAYER_ID_AFTER = re.compile(r"(?i)[ \t]*[,(\u2013\u2014-]?[ \t]*(?:\d[\d -]{4,14}\d[ \t]*[,;]?[ \t]*)?"
                                    r"(?:ssn|s\.s\.n\.|itin|social security(?: no\.?| number)?)\b[ \t]*[#:]?[ \t]*\d")


# the person a speaker thanks for a service done to them ("... thanked Rosalind Chee for setting up a payment plan on
# account no. ...", "praised Ana Ruiz for her help"): the member of staff who served the customer, not a customer
_THANKED_BEFORE = re.compile(r"(?i)\b(?:thank(?:ed|s|ing)?|praised|commended|credited|complimented)\s+"
                             r"(?:(?:mr|mrs|ms|dr)\.?\s+)?$")
_FOR_SERVICE_AFTER = re.compile(r"(?i)\s*,?\s*(?:of\s+(?:the\s+)?[\w&' -]{2,40}?\s+)?for\s+(?:(?:her|his|their)\s+"
                                r"(?:help|assistance|service|patience|kindness|work|efforts?)\b|(?:setting|helping|"
                                r"fixing|resolving|arranging|getting|working|waiving|explaining|finding|sorting|"
                                r"walking|processing|restoring|reconnecting|handling|answering|reviewing)\b)")


def _thanked_for_service(text: str, start: int, end: int) -> bool:
    return bool(_THANKED_BEFORE.search(text, max(0, start - 24), start)
                and _FOR_SERVICE_AFTER.match(text, end, min(len(text), end + 80)))


# an official's or a staff member's title and the capitalised name right after it, anywhere in a document ("Present:
# Chair Gallagher. General Manager Szymanski.", "Commissioner Ines Duarte moved ..."): a roll call or a staff list
# names the officials whom the minutes then call "Mr. Szymanski" or "Ines Duarte"
_TITLED_NAME = re.compile(
    r"(?i)\b(?:(?:vice|deputy|acting)\s+)?(?:mayor|council(?:or|lor|\s?member|woman|man)|commissioner|selectman|"
    r"selectwoman|select\s?board\s+member|alderman|alderwoman|trustee|chair(?:man|woman|person)?|(?:general\s+)?manager|"
    r"director|superintendent|treasurer|clerk|secretary|engineer|supervisor|chief|attorney|solicitor|counsel|"
    r"administrator|inspector)\s+"
    rf"(?P<name>(?-i:{_CAPITAL}[\w'\u2019-]+)(?:[ \t]+(?-i:{_CAPITAL}[\w'\u2019-]+)){{0,2}})")
# ... and the name with its title after a comma, as a letter's attention line or a transcript's appearances give it
# ("Attn: Zhiwei Pan, Program Manager", "Appearing for PCE: Zhiwei Pan, Program Manager"): the title capitalised, a
# few capitalised words of its office before it; not an employee's record ("KENJI ODA, Records Specialist, ... SSN")
_NAME_THEN_TITLE = re.compile(
    r"(?i:\b(?:attn|attention|cc|appearing[ \t]+for[ \t]+[^\W\d_][\w. ]{0,30}?)[ \t]*:[ \t]*)"
    rf"(?P<name>{_CAPITAL}[\w'\u2019-]+(?:[ \t]+{_CAPITAL}[\w'\u2019-]+){{1,2}}),[ \t]+"
    rf"(?:{_CAPITAL}[\w&'\u2019-]*[ \t]+){{0,3}}"
    r"(?:Manager|Director|Supervisor|Administrator|Coordinator|Analyst|Specialist|Representative|Officer|Engineer|"
    r"Clerk|Attorney|Treasurer|"
    # or the office's unit the person works in ("Attn: Odalys Arellano, Billing Operations", "Attn: Jo Lee, Customer
    # Escalations"): an attention line names whom in the office the letter goes to
    r"Operations|Escalations|Services|Department|Division|Office|Unit|Team|Billing|Accounts|Relations|Care)\b")
_HONORIFIC = re.compile(r"(?i)\s*(?:(?:mr|mrs|ms|miss|mx|dr)\b\.?\s*)?")


def titled_names(text: str) -> set[tuple[str, ...]]:
    """The words (folded) of each name ``text`` gives right after an official's or a staff member's title, or right
    before it after a comma ("Zhiwei Pan, Program Manager")."""
    return {tuple(fold(word) for word in m.group("name").split())
            for pattern in (_TITLED_NAME, _NAME_THEN_TITLE) for m in pattern.finditer(text)}


# a display name and its mailbox, as an e-mail's header or a quoted reply's line gives them: "Trent Holloway
# <tholloway@redmesa.gov>", "Holloway, Trent <...>"
_NAMED_MAILBOX = re.compile(rf"(?P<name>(?:{_CAPITAL}[\w'\u2019-]*,?[ \t]+){{0,3}}{_CAPITAL}[\w'\u2019-]*)[ \t]*"
                            r"<(?P<mailbox>[^<>\s@]+@[^<>\s]+)>")


def mailbox_names(text: str) -> list[tuple[tuple[str, ...], str]]:
    """The words (folded) of each display name ``text`` gives before a mailbox in angle brackets, and the mailbox."""
    return [(tuple(fold(word) for word in m.group("name").replace(",", " ").split()), m.group("mailbox"))
            for m in _NAMED_MAILBOX.finditer(text)]


def names_an_official(name: str, officials: set[tuple[str, ...]]) -> bool:
    """Whether ``name`` ("Mr. Szymanski", "Ines Duarte") is one of the titled ``officials`` named again: its words,
    past an honorific, are the official's and end with their surname. "Nour Szymanski" is someone else."""
    words = tuple(fold(word) for word in name[_HONORIFIC.match(name).end():].split())
    return bool(words) and any(words[-1] == official[-1] and set(words) <= set(official) for official in officials)


# a Korean staff member: "담당자: 김민수", "김민수 과장", "이영희 시의원": staff or an official, not a customer
_KOREAN_STAFF_BEFORE = re.compile(r"(?:담당자?|직원|공무원)[ \t]*[:：]?[ \t]*$")
# an elected official's or an officer's title right before the name on a translated page: mayor and council member
# in Chinese ("市长 Mai Đang"), Vietnamese ("Nghị viên", "Thị trưởng", "Viên chức Điều trần" a hearing officer),
# Tagalog ("Konsehala", "Alkalde", "Kagawad") and Spanish ("la concejal", "el alcalde")
_TRANSLATED_TITLE_BEFORE = re.compile(
    r"(?:市长|市長|副市长|副市長|市议员|市議員|议员|議員|市经理|市經理|主任|经理|經理|시장|시의원|의원)[ \t]*[:：]?[ \t]*$"
    r"|(?i:\b(?:ngh\u1ecb\s+vi\u00ean|th\u1ecb\s+tr\u01b0\u1edfng|vi\u00ean\s+ch\u1ee9c(?:\s+\w+){0,2}|konsehala?|"
    r"alkalde|kagawad|concejal(?:a|es)?|alcalde(?:sa|s)?|regidora?|"
    # a Spanish office with its department: "la directora de Parques", "el jefe de Bomberos"
    r"(?:directora?|jef[ae]|gerente|supervisora?|coordinadora?)\s+de(?:l|\s+la|\s+los|\s+las)?\s+\w+|"
    # a Spanish title addressing the office before the name: "El señor Jefe ...", "La señora Directora ..."
    rf"(?:se\u00f1or(?:a|ita)?|sra?\.|srta\.)\s+(?:{'|'.join(sorted(_OFFICES_AFTER_TITLE))}))"
    r"[ \t]*[:,]?[ \t]*$)")
_KOREAN_TITLE_AFTER = re.compile(r"[ \t]*(?:과장|팀장|부장|차장|대리|주임|계장|실장|국장|시장|부시장|시의원|의원|위원장?|"
                                 r"주무관|사무관|직원|담당자?)")


# a note's source, "per Ana Ruiz", is staff's word unless their own account follows the name: "Per Denise Allen
# (Customer No. 812-...)", "Per Ana Ruiz (Riverside Public Utilities Acct ...)" is what the customer said
_SOURCE = re.compile(r"(?i)\W*per\W*")
# the official a clause cites before its subject, who is someone else: "Per the hearing officer, Ana Ruiz keeps service",
# "According to the supervisor, Ana Ruiz called twice" (not "Per the supervisor, Ana Ruiz, ...": the supervisor named)
_SOURCE_BEFORE_TITLE = re.compile(r"(?i)\b(?:per|according\s+to)\s+(?:the|our|a)\s+(?:[\w-]+\s+){0,2}$")
_APPOSITION_AFTER = re.compile(r"\s*[,(]")
# what makes the person a source names a party of the account ("per Ana Ruiz, customer", "per Claire Trainor (tenant)"),
# or their own call and the number it came from ("Per Ana Ruiz's call from 909-...": a caller, no staff member)
_OWN_ACCOUNT_AFTER = re.compile(r"(?i)\s*[,(]\s*(?:(?:an?|the|our)\s+)?(?:[\w&.'-]+\s+){0,4}(?:customers?|account\s?holders?|"
                                r"ratepayers?|acct|account|said|sa|tenants?|occupants?|homeowners?|landlords?)\b"
                                r"|['\u2019]s?[ \t]+(?:(?:tele)?phone[ \t]+)?(?:call|voice\s*-?mail|message)[ \t]+from\b")
_ACCOUNT_OF = re.compile(r"(?i)(?:[ \t]*(?:&|\band\b)[ \t]*\w+)?[ \t]*"
                         r"(?:(?:service|customer|billing|electric|residential|utility)[ \t]+)?(?:acct|account|a/c)\b")


# a saying's author: "As Dolores Huerta once said", "in the words of Cesar Chavez", "quoting Abraham Lincoln"
_SAYING_BEFORE = re.compile(r"(?i)\b(?:in\s+the\s+words\s+of|quoting)\s+$")
_AS_BEFORE = re.compile(r"(?i)\bas\s+$")
_SAYING_AFTER = re.compile(r"\s+(?:once|famously)\s+(?:said|wrote|put\s+it|observed|reminded\s+us)\b")


def quoted_author(text: str, start: int, end: int) -> bool:
    """Whether the name at ``text[start:end]`` is a saying's author, a public figure quoted in a speech or a note
    ("As Dolores Huerta once said, ...", "in the words of Cesar Chavez"), not a person the text is about."""
    return bool(_SAYING_BEFORE.search(text, max(0, start - 30), start)
                or (_AS_BEFORE.search(text, max(0, start - 4), start) and _SAYING_AFTER.match(text, end)))


# the name an account is held in, given after the note's words for it: "Full name on the account is Harpreet Kaur
# Sandhu", "the account is in the name of ...", "the bill is listed under ...", "my mom's account is under ..."; the
# service or account a line break may have left on the line above: "The service at 745 Elm St" / "remains in the name
# of Ana Ruiz", "is still in the name of her landlord, ...", "remains in the name of his late wife, ...", "is in the
# name of her former roommate, ..."
_NAME_ON_ACCOUNT = re.compile(r"(?i)\b(?:(?:full|legal)\s+)?name\s+on\s+(?:the|this|his|her|their)\s+(?:account|acct|bill)"
                              r"\s+(?:is|was|reads|shows)\s*:?\s*$|\b(?:account|acct|bill)\s+(?:is|was)\s+"
                              r"(?:in\s+the\s+name\s+of|(?:listed\s+)?under(?:\s+the\s+name)?)\s*:?\s*$"
                              r"|\b(?:is|was|remains|remained|stays|stayed)\s+(?:still\s+)?in\s+the\s+name\s+of\s+"
                              r"(?:(?:her|his|their|the)\s+(?:(?:late|former|previous|prior|ex|old)[\s-]+)?"
                              r"(?:[a-z-]+\s*,?\s+)?)?$")


# a customer the sentence opens on, who then gives their name: "The next speaker, a ratepayer from 12 Elm St whose
# shutoff notice was dated May 2, gave her name as Ms. Ana Ruiz"
_CUSTOMER_GAVE_NAME = re.compile(r"(?i)\b(?:a|the)\s+(?:[\w-]+\s+){0,3}?(?:customer|ratepayer|account\s?holder)\b"
                                 r"[^.!?;]{0,160}\b(?:gave|stated|spelled)\s+(?:his|her|their)\s+(?:full\s+)?name"
                                 rf"\s+(?:as|is)\s*:?\s*(?:(?:{PERSONAL_TITLES}|Sr|Sra)\.?\s+)?$")


# a caller or customer saying who they are, their name right after: "Caller states he is Ana Ruiz and ...", "the
# customer said her name is ...", "La persona que llama dice ser Ana Ruiz y vive en ...", "El cliente dijo llamarse"
_SAYS_NAME = (r"(?i)\b(?:caller|customer|cust|cx|ratepayer|account\s?holder|persona\s+que\s+llama|quien\s+llama|"
              r"client[ea])\b[^.!?;\n]{0,40}?\b(?:states?|stated|says|said|claims?|claimed|dice|dijo)\s+(?:that\s+)?"
              r"(?:(?:he|she|they)\s+(?:is|was|are|were)|(?:his|her|their)\s+name\s+(?:is|was)|ser|llamarse|"
              rf"que\s+se\s+llama|que\s+su\s+nombre\s+es)\s*:?\s*(?:(?-i:{PERSONAL_TITLES}|Sr|Sra)\.?\s+)?")
SAYS_NAME_BEFORE = re.compile(_SAYS_NAME)  # where the name it says begins: its match's end
_SAYS_NAME_ENDS = re.compile(_SAYS_NAME + "$")


# a customer reached at their phone, mailbox or home, then named in brackets: "a customer reachable at 909.287.6113
# (Ana Ruiz)", "the ratepayer at 1234 W Holt Ave (Ana Ruiz)", "a customer who can be reached at ana@mail.com (Ana
# Ruiz)"; what stands after "at" holds a digit or a mailbox's @ (not "customers at the Civic Center (Ana Ruiz, Outreach)")
# and no bracket but a phone's area code; not the desk ("Customer Service at 909-... (Ana Ruiz)")
_CUSTOMER_AT_BRACKETED = re.compile(r"(?i)\b(?:customers?|ratepayers?|account\s?holders?|subscribers?)\s+"
                                    r"(?:(?:who\s+(?:is|was|can\s+be|could\s+be)\s+)?(?:reachable|reached|living|"
                                    r"residing)\s+)?(?:at|on)\s+(?=[^()\n;]*[\d@])(?:[^()\n;]|\(\d{3}\))+?"
                                    r"[ \t]*,?[ \t]*\([ \t]*$")
_CUSTOMER_AT_REACH = 100  # "a customer reachable at " and a street address with its unit


def called_customer(text: str, start: int, end: int) -> bool:
    """Whether the name at ``text[start:end]`` is called a customer: "the customer, Ana Ruiz",
    "SCE customer Ana Ruiz", "Ana Ruiz, an account holder", "Full name on the account is Ana Ruiz", "a ratepayer
    from 12 Elm St ... gave her name as Ana Ruiz", "a customer reachable at 909-... (Ana Ruiz)", "Ana Ruiz holds the
    PCE account for ...", or an item of a list of customers ("The following customers were enrolled: Ana Ruiz, 12 Elm
    St; ...")."""
    return bool(CUSTOMER_ROLE.search(clause_before(text, start, 30))
                or _NAME_ON_ACCOUNT.search(text, max(0, start - 60), start)
                or _CUSTOMER_GAVE_NAME.search(_sentence_before(text, start))
                or _SAYS_NAME_ENDS.search(_sentence_before(text, start))
                or "(" in text[max(0, start - 3):start] and _CUSTOMER_AT_BRACKETED.search(
                    text, max(0, start - _CUSTOMER_AT_REACH), start)
                or _ROLE_AFTER.match(text, end, min(len(text), end + _ROLE_AFTER_REACH))
                and not _TITLE_CUT_AFTER.match(text, end)
                or CUSTOMER_LIST.search(_sentence_before(text, start))
                or _SERVICE_ADDRESS_AFTER.match(text, end) is not None
                or HOLDS_ACCOUNT_AFTER.match(text, end) is not None
                or _NAMED_AS_CUSTOMER_AFTER.match(text, end, min(len(text), end + _NAMED_AS_REACH)) is not None)


# minutes' or a report's passive naming of whose case it was, after the name (and its home): "Ana Ruiz of 12 Elm St was
# mentioned as the customer whose complaint ...", "Ana Ruiz was identified as the account holder"; in its own sentence
# (a street's abbreviation "St." before a lower-case word ends none), never a role for a staff member ("... as the
# customer service lead")
NAMED_AS = (r"\b(?:is|was|were|has\s+been|had\s+been)\s+(?:[a-z]+\s+)?"
            r"(?:mentioned|identified|named|described|referred\s+to|cited|listed|confirmed)\s+as\s+(?:an?|the)\s+"
            r"(?:[\w-]+\s+){0,2}?")
_NAMED_AS_CUSTOMER_AFTER = re.compile(
    r"(?:[^.;!?\n]|\.(?![ \t]+[A-Z]))*?" + NAMED_AS + r"(?:customer|account\s?holder|ratepayer|complainant)\b"
    r"(?!\s+(?:service|care|support|relations|programs?|advocates?|representatives?|liaisons?|specialists?)\b)")
_NAMED_AS_REACH = 120


# "the landlord, "; Tagalog's personal marker after the word: "ang umuupa na si ", "may-ari ng bahay, si "
# (and the label of a party's contact: "Occupant contact: Ana Ruiz 951 ...", "Tenant's name: ...")
# (and the households an outage report lists: "Among the households affected, Ana Ruiz (12 Elm St) ...")
_PARTY_BEFORE = re.compile(rf"(?:{PARTY_WORDS})(?:['\u2019]s)?"
                           r"(?:[ \t]+(?:contact|name|phone|affected|impacted|involved))?[\s,:]*"
                           r"(?:the\s+|(?:na\s+)?si\s+)?$", re.IGNORECASE)
# "the complainant, a retired schoolteacher named Ana Ruiz"
_PARTY_NAMED = re.compile(rf"(?:{PARTY_WORDS}),\s+an?\s+(?:[\w-]+\s+){{0,3}}(?:named|called)\s+$", re.IGNORECASE)
_PARTY_AFTER = re.compile(rf"\s*[,(]\s*{ROLE_QUALIFIER}(?:{PARTY_WORDS})",
                          re.IGNORECASE)  # "Ana Ruiz, the tenant,"


# a sentence that lists the parties: "The tenants are Ana Ruiz (Unit 3), Jo Lee (Unit 7) and ...", "The claimants
# were: ..."
_PARTY_LIST = re.compile(rf"\s*(?:(?:the|its|their)\s+)?(?:[\w-]+\s+)?(?:{PARTY_WORDS})\s+(?:are|were|include[sd]?)"
                         r"\s*:?\s", re.IGNORECASE)


# the account's holder in a dispute over it: "the account is held by the owner, Ana Ruiz", "service remains held by"
# (a line of its own where a PDF's line break cut the account from it: "... the account" / "is held by ...")
_HELD_BY = re.compile(r"(?im)(?:\b(?:account|service)\s+|^[ \t]*)(?:is|was|remains|remained)\s+(?:still\s+)?held\s+by\s+"
                      r"(?:the\s+(?:property\s+)?(?:owner|landlord|tenant)\s*,?\s*)?$")


def called_party(text: str, start: int, end: int) -> bool:
    """Whether the name at ``text[start:end]`` is called a party of a utility case right before or after it
    ("Tenant Ana Ruiz", "the landlord, Ana Ruiz", "Ana Ruiz, the appellant", the holder of the disputed account: "the
    account is held by the owner, Ana Ruiz"), or stands in a sentence that lists the parties ("The tenants are ..."):
    on the customer's side, though no word says "customer"."""
    return bool(_PARTY_BEFORE.search(clause_before(text, start, 30)) or _PARTY_NAMED.search(clause_before(text, start, 60))
                or _HELD_BY.search(text, max(0, start - 60), start)
                or _PARTY_AFTER.match(text, end, min(len(text), end + 40))
                or _PARTY_LIST.match(_sentence_before(text, start)))


_SENTENCE_END = re.compile(r".*(?:[.!?]\s+(?=[A-Z])|\n)", re.DOTALL)


def _sentence_before(text: str, start: int, width: int = 300) -> str:
    """The words before ``start`` back to the start of its sentence or line (a list's items, apart by
    semicolons, are one sentence)."""
    before = text_before(text, start, width)
    cut = _SENTENCE_END.match(before)
    return before[cut.end():] if cut else before
