"""People and figures a paragraph gives in public, never a utility customer's record.

A city site writes many paragraphs that name a person with a home, a phone or a kWh figure and are no customer's
record (PCE-01 4.1 protects customers): a staff member's "meet our team" bio with their direct line, a volunteer's
or a retiree's profile, a business's spotlight with the shop's address and its savings, a council member's own
solar story, a proclamation honouring a resident, a rate explainer's "Suppose Maria Lopez uses 500 kWh", a
template's placeholder, and an area's, a class's or the whole city's usage beside a spotlighted customer ("Our
whole service area used 312,400 kWh"). The record modules that read a name and its details from running text
(``case_stories``, ``prose``) ask these questions of a paragraph that no identifier ties; ``notes`` asks
``of_another_kind`` of a staff note's line, and ``letters`` asks ``made_up_or_another_kind`` of the lines that
introduce a letter that gives no identifier ("Use this template to write to us:", "Sample letter:").
"""
from __future__ import annotations

from collections.abc import Sequence

import re

from .cues import OWN_BUSINESS_RE
from .lists import named_as_a_business

# a role written right after or before the name: "Ana Ruiz, our CARE specialist", "Ana Ruiz is a customer advocate
# with ...", "Bakery owner Ana Ruiz", "meter tech Ana Ruiz", "retiree Harold Jensen"; an account's, a home's or a
# property's owner is a customer ("Ana Ruiz, the account owner"); "speaking through interpreter Ana Ferrer"
_ROLES = (r"(?:manager|director|coordinator|specialist|supervisor|planner|analyst|engineer|officer|representative|"
          r"rep|clerk|liaison|assistant|administrator|member|chair|volunteer|"
          r"(?<!account )(?<!property )(?<!home )(?<!house )(?<!unit )owner|advocate|attorney|counsel|"
          r"president|founder|spokes(?:person|woman|man)|councilmember|mayor|tech(?:nician)?|inspector|crew|lineman|"
          r"foreman|worker|staff|agent|navigator|counselor|host|moderator|speaker|retiree|"
          # the meeting's or the office's interpreter, who speaks for a resident: "through interpreter Ana Ferrer"
          r"interpreter|translator|int[eé]rprete|traductora?)")
# ... an appositive's words, no verb among them: "Ana Ruiz, told staff" / "Ana Ruiz, who told the supervisor" is
# no role
_APPOSITIVE_WORD = (r"(?!(?:told|tells|said|says|asked|asks|called|calls|wrote|writes|gave|gives|who|whom|whose|which|"
                    r"that|and|or|to|with|for|from|by)\b)(?![a-z]+ed\b)[\w&'-]+")
_ROLE_AFTER = re.compile(rf"(?i)(?:,|\s+(?:is|was)\s+(?:a|an|the|our))\s*(?:our|the|a|an|city|senior|program)?"
                         rf"\s*(?:{_APPOSITIVE_WORD}\s+){{0,4}}?{_ROLES}s?\b")
# ... or the role's people the name is one of: "Volunteers like Ana Ruiz", "staff such as Ana Ruiz"
_ROLE_BEFORE = re.compile(rf"(?i)\b{_ROLES}s?\s+(?:(?:like|such\s+as|including)\s+)?$")
_ROLE_BEFORE_REACH = 30
# a paragraph of another kind than a customer's record: a template or a hypothetical example, an honour, an
# obituary, a staff member's or a volunteer's profile, a campaign; the City's Spanish pages' examples too ("Supongamos
# que ...", "Imaginemos que ...", "Digamos que ...", "un cliente hipotético"); and an example opened
# by "Say" and a name doing what a customer does ("Say Tom Baker at 45 Oak St uses 700 kWh")
_NOT_A_RECORD = re.compile(r"(?i)\b(?:placeholders?|hypothetical|fictitious|made[\s-]up|imagine|"
                           r"suppose|let['\u2019]s\s+say|let\s+us\s+say|pretend|supongamos|imaginemos|"
                           r"imagin[ae]\s+que|digamos\s+que|pongamos\s+que|hipot[\u00e9e]tic[oa]s?|fictici[oa]s?|"
                           r"proclam\w+|whereas|in\s+memoriam|obituary|passed\s+away|"
                           r"survived\s+by|meet\s+(?:our|the)\s+(?:team|staff)|joined\s+(?:the|our)\s+(?:city|team|"
                           r"staff|department)|volunteer\s+(?:spotlight|profile|corner|of\s+the\s+(?:month|year))|(?:has\s+)?volunteered|"
                           r"volunteering|volunteers\s+(?:every|each|weekly|twice|at\s+the)|campaign|re-?elect\w*)\b"
                           r"|\b(?-i:Say),?[ \t]+(?:that[ \t]+)?"
                           r"(?-i:[A-Z][\w'\u2019-]+(?:[ \t]+[A-Z][\w'\u2019-]+){0,3})[ \t]+"
                           r"(?:uses|used|lives|pays|gets|owns|rents|has|at|on|of|in)\b"
                           r"|\[[^\]]{2,40}\]")
# an old record a history page quotes, dated before 1960: "From the 1925 directory of the Ice and Light Company's
# subscribers: ...", "the 1910 census lists ...", "the Great Register of 1888": its people and their houses are history's
_OLD_RECORD = re.compile(r"(?i)\b(?:1[6-8]\d\d|19[0-5]\d)\s+(?:city\s+|county\s+|telephone\s+|phone\s+|business\s+)?"
                         r"(?:directory|census|tax\s+roll|assessment\s+roll|voter\s+rolls?|great\s+register|phone\s+book)\b"
                         r"|\b(?:directory|census|great\s+register)\s+(?:of|for)\s+(?:1[6-8]\d\d|19[0-5]\d)\b")
# a template's word, and before it in its clause what staff did with one for a real customer ("Used the payment-plan
# template for Mr. Ocampo at ...", "sent him the hardship template", "per the shut-off template"): the note is of that
# customer, the template a tool of the work and not the paragraph's kind
_TEMPLATE = re.compile(r"(?i)\btemplates?\b")
_TEMPLATE_USED = re.compile(r"(?i)\b(?:used|using|uses|sent|sending|e-?mailed|mailed|faxed|applied|"
                            r"filled(?:\s+out|\s+in)?|completed|attached|followed|per|via)\b[^.;:\n\[\]]*$")
_TEMPLATE_USED_REACH = 60
# capitalised words, a business's name perhaps: "Larkfield Hardware at 1880 Foothill Blvd", "Villanueva Electric"
_CAPITALISED_RUN = re.compile(r"(?:[A-Z][\w'&.-]*[ \t]+){0,3}[A-Z][\w'&.-]*")
# words before a figure that make it a class's, an area's or a facility's usage: "the block average of 640 kWh",
# "Our whole service area used 312,400 kWh", "Citywide, residents used ..."
# (Armenian: "Միջին տնային տնտեսությունը ամսական օգտագործում է մոտ 540 կՎտժ", the average household uses about ...;
# its sentence ends at "։")
_OTHERS_USE = re.compile(r"(?i)\b(?:average|typical|median|total|class|area|city(?:wide)?|whole|all|every|"
                         r"t\u00edpica|promedio|trung\s+b\u00ecnh)\b[^.;]{0,30}$"
                         r"|(?<!\w)(?:\u0574\u056b\u057b\u056b\u0576|\u057f\u056b\u057a\u056b\u056f|"
                         r"\u0568\u0576\u0564\u0570\u0561\u0576\u0578\u0582\u0580)[^.;\u0589]{0,60}$")
_OTHERS_USE_REACH = 70
_RECORDS_TOTAL = re.compile(r"(?i):[ \t]total\b[^.;]*$")
# a public comment's speaker, after the heading or the label that names them so: "Public comment: Ana Ruiz",
# "Comentario público: ...", Armenian "Հանրային մեկնաբանություն՝ ..."
_COMMENTER_BEFORE = re.compile(r"(?i)\b(?:public\s+comments?|comentarios?\s+p[u\u00fa]blicos?|"
                               r"\u0570\u0561\u0576\u0580\u0561\u0575\u056b\u0576\s+"
                               r"\u0574\u0565\u056f\u0576\u0561\u0562\u0561\u0576\u0578\u0582\u0569\u0575\u0578\u0582\u0576)"
                               r"(?:\s+(?:by|from|de))?\s*[:\u055d\uff1a\u2013\u2014-]\s*$")
_COMMENTER_REACH = 40


def in_a_role(text: str, start: int, end: int) -> bool:
    """Whether the name at ``text[start:end]`` has a role or a title right beside it: staff, a volunteer, an owner,
    an official, a speaker."""
    return bool(_ROLE_AFTER.match(text, end) or _ROLE_BEFORE.search(text, max(0, start - _ROLE_BEFORE_REACH), start))


def public_commenter(text: str, start: int) -> bool:
    """Whether the name at ``start`` is given as a public comment's speaker ("Public comment: Ana Ruiz")."""
    return bool(_COMMENTER_BEFORE.search(text, max(0, start - _COMMENTER_REACH), start))


# a sample's word: a sample bill's or letter's, or a regulator's sample of real complaints ("Contact for sample
# complaint: Ana Ruiz, ..."), which a record module asks no more of than a story (``not_a_record``)
_SAMPLE = re.compile(r"(?i)\bsamples?\b")


def not_a_record(text: str, besides: Sequence[tuple[int, int]] = ()) -> bool:
    """Whether a paragraph tells no customer's story: it is of another kind (``of_another_kind``), a sample's, or
    a business's (``names_a_business``; a business named within a span of ``besides`` is not the story's subject:
    the installer who did the work at the customer's home)."""
    return made_up_or_another_kind(text) or names_a_business(text, besides)


def made_up_or_another_kind(text: str) -> bool:
    """Whether a text is of another kind than a customer's record (``of_another_kind``) or a sample's: what
    ``not_a_record`` asks but whether it is a business's, for a text that may name a firm without being one's (the
    addressee above a letter's salutation)."""
    return of_another_kind(text) or bool(_SAMPLE.search(text))


def of_another_kind(text: str) -> bool:
    """Whether a paragraph is of a kind that tells no customer's record: a template, a hypothetical example, a
    proclamation, an obituary, a staff bio, a volunteer's profile, a campaign, an old record a history quotes."""
    return bool(_NOT_A_RECORD.search(text) or _OLD_RECORD.search(text)) or any(
        not _TEMPLATE_USED.search(text, max(0, m.start() - _TEMPLATE_USED_REACH), m.start())
        for m in _TEMPLATE.finditer(text))


def names_a_business(text: str, besides: Sequence[tuple[int, int]] = ()) -> bool:
    """Whether a text is a business's: its owner's words of their firm, or a business named by its own words
    ("Sunrise Bakery", "Villanueva Electric") outside the spans of ``besides``."""
    return bool(OWN_BUSINESS_RE.search(text)
                or any(named_as_a_business(m.group()) and not any(a <= m.start() < b for a, b in besides)
                       for m in _CAPITALISED_RUN.finditer(text)))


def others_use(text: str, begin: int, start: int) -> bool:
    """Whether the words right before a usage figure at ``start`` (no further back than ``begin``, its sentence's
    start) make it an area's, a class's or a facility's: an average, a typical home, the whole city. A total after
    the colon of a record that gives a home's number is that home's ("Monthly usage for NAME, 6848 Elm Ave: total 760
    kWh"); after a class's label ("Participants: total 7,600 kWh") it is the class's."""
    found = _OTHERS_USE.search(text, max(begin, start - _OTHERS_USE_REACH), start)
    if found and _RECORDS_TOTAL.match(text, found.start() - 2) and found.group().lower().startswith("total"):
        colon = found.start() - 2
        return not any(c.isdigit() for c in text[begin:colon]) or bool(
            _OTHERS_USE.search(text, max(begin, colon - _OTHERS_USE_REACH), colon))
    return bool(found)


# a name the sentence makes the one who speaks of a customer or presents their case, as staff does in minutes or a
# staff report: "Teresa Alcántara answered that the customer, whose premise ID is ..., is Luz Barajas", "... presented
# the appeal"
_SPEAKS_OF_A_CUSTOMER = re.compile(
    r"(?i)[ \t]+(?:answered|explained|reported|stated|noted|confirmed|clarified|responded|replied|said|told\s+(?:the\s+)?"
    r"(?:council|board|commission|committee|members?)|presented|summarized|summarised|introduced)[ \t]+"
    r"(?:that[ \t]+)?(?:the|this)[ \t]+(?:customer|appellant|complainant|caller|account[ \t]?holder|ratepayer|"
    r"claimant|petitioner|appeal|complaint|case|item|staff[ \t]+report)\b"
    r"(?![ \t]+(?:service|care|support|line|portal|center|centre|office|department|team))")
# a quote's speaker: "... ,” said Ana Ruiz.", "Ana Ruiz said"
_SAID_BEFORE = re.compile(r"(?i)\b(?:said|says|added|adds|explained|explains|noted|notes|according\s+to)[ \t]+$")
_SAID_AFTER = re.compile(r"(?i)[ \t]*,?[ \t]+(?:said|says|added|adds|explained|explains|noted|notes)\b")
# what the utility's staff, not its customer, did, in the first person plural: "We credited account SO-362865"
_WE_THE_UTILITY = re.compile(r"(?i)\bwe(?:['\u2019]ve|\s+have|\s+had)?\s+(?:\w+\s+)?(?:credited|refunded|fixed|corrected|"
                             r"reconnected|restored|waived|adjusted|reversed|re-?billed|reprogrammed|replaced\s+the\s+"
                             r"meter|sent\s+a\s+crew|dispatched|reviewed\s+(?:the|his|her|their)\s+account)\b")
_QUOTE_REACH = 240  # from a speaker's name to the quote they are attributed


def staff_speaking(text: str, start: int, end: int) -> bool:
    """Whether the name at ``text[start:end]`` is the one who speaks of a customer (in the third person, "answered
    that the customer ... is ...", "presented the appeal") or is quoted speaking for the utility ("'We credited
    account ...,' said Ana Ruiz"): staff, not the customer."""
    if _SPEAKS_OF_A_CUSTOMER.match(text, end):
        return True
    if not (_SAID_BEFORE.search(text, max(0, start - 24), start) or _SAID_AFTER.match(text, end)):
        return False
    return bool(_WE_THE_UTILITY.search(text, max(0, start - _QUOTE_REACH), min(len(text), end + _QUOTE_REACH)))
