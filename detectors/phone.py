"""Customers' telephone numbers (PCE-01 4.1, rule 6.3).

In a customer context (a customer record's phone column, a label block, a paragraph tying a person to an
identifier, a list of people; see ``detectors.context``) a number is high, and so are ten bare digits right after a
phone's label ("Tel 9096969372", "cb 9095550147") in a segment that holds a customer's record. Elsewhere in a page body a
number is low when the words right
before it call it a person's own ("cell:", "home phone", "resident John Smith at", "text me at") or
"(home)" follows it, and no office cue stands nearer ("Office (909) ..."); the collector drops it when
the same number shows on many pages of the site (then it is the site's own). A city site publishes
departments', facilities', vendors', instructors' and meeting dial-in numbers in every form, so a number
nothing calls personal is left alone. Never findings either: the City's published numbers and anything
in their thousands-block (``public_contacts``), toll-free numbers, numbers in the page's header, footer or
navigation and in their blocks, numbers labelled as a department's, office's, hotline's, fax, TTY or
a firm's, numbers in a staff or facility listing or on a contact card with a government mailbox (an
official's cell), numbers on a page addressed to a public body (a public comment letter's signature),
a memo writer's "contact me at" number when the memo's sender line names them by a staff title ("FROM: Ana Ruiz,
Customer Care Supervisor"),
and digit runs labelled as another kind of number ("Acct # 909-555-0147").

Options (``[detectors.phone]``):
  outside_context  false to report only numbers in a customer context, none at low severity
                   (default true)
"""
from __future__ import annotations

import re
from collections.abc import Iterator

from .base import text_after
from .context import CustomerContext, CustomerDataDetector, page_of
from .context.plural_families import household_reached
from .context.headers import header_kind, staff_column
from .context.lists import vendor_master_list
from .context.public_people import names_a_business
from .context.public_roles import left_by_public_speaker, published_for_role, states_public_role
from .context.shapes import (NUMBER_CALLED_BEFORE, OWN_NUMBER_BEFORE, answers_number_asked, mask_spelt, phone_across,
                             phone_spans, spelt_phone_cut, spelt_phone_spans)
from .context.tables import work_or_equipment_column
from .labels import (ASKS_TO_BE_REACHED, OWN_CONTACT_BEFORE, OWN_NUMBER_AFTER, PHONE_LABEL_BEFORE, REACH_ME,
                     phone_label_ends_line)
from .masking import mask_digits
from .model import CODE_SEGMENTS, Document, Finding, Segment
from .public_contacts import PUBLIC_CUE, clause_before, desk_extension, firm_staff_contact, number_block, to_e164
from .translations import phone_label_before

# labels of numbers that are not telephone numbers, right before the digits
_OTHER_NUMBER = re.compile(r"(?i)\b(?:account|acct|sa|invoice|inv|order|case|permit|apn|parcel|ref|reference|"
                           r"claim|file|item|resolution|po|contract|meter|serial)\b(?:\W{0,3}(?:no|number|id))?"
                           r"\W{0,4}$")
# a voicemail's or a text message's header line: its time or date, then "From:" and the number alone
_SENDER_LINE = re.compile(r"(?i)[ \t]*(?:\[[^\]\n]{1,24}\][ \t]*|[\d/:.-]+(?:[ \t]*[ap]\.?m\.?)?[ \t]+)?"
                          r"(?:from|caller|calling\s+number)[ \t]*:[ \t]*\+?[\d(][\d() .-]{8,16}\d[ \t]*")


# a meeting's dial-in numbers ("Join by phone: +1 253 215 8782 or +1 346 ..."; "Dial in: ...", "Call-in number")
_DIAL_IN = re.compile(r"(?i)\b(?:join(?:\s+the\s+meeting)?\s+by\s+(?:phone|telephone)|dial[- ]?in|call[- ]in|"
                      r"teleconference|conference\s+line|audio\s+only|meeting\s+id)\b")
# a video meeting's words around its dial-in, on the lines just before the number or right after it ("Zoom webinar ID:
# 895 ... / Passcode: ... / By phone: +1 669 ... (enter the webinar ID followed by #)", "Teams audio: ... Conference
# ID: ..."): the meeting service's number, which every attendee dials
_MEETING_SERVICE = re.compile(r"(?i)\b(?:zoom|webex|(?:microsoft|ms)\s+teams|google\s+meet|gotomeeting|webinar|"
                              r"(?:meeting|conference|access|participant|attendee)\s+(?:id|code|number)|passcode|"
                              r"followed\s+by\s+(?:#|the\s+pound))")
_MEETING_REACH = (120, 60)  # characters before and after the number read for a meeting service's words
# a person named in a work role on the job ("Pike Electric - crew lead Tom Reyes, cell ..."): a contractor's field
# contact, whose cell the page gives for the job; and a staff title right before a name ("the on-call water
# supervisor Patrick Houlihan can be reached on his cell at", a firm's "Vendor account director: Ha-eun Park, cell ..."):
# an official's or a firm's work cell, as a directory gives it, where a resident is never named by a job title
_WORK_ROLE = re.compile(r"(?i)\b(?:crew\s+lead(?:er)?|foreman|forewoman|superintendent|project\s+manager|"
                        r"site\s+(?:supervisor|lead|contact)|field\s+(?:rep|representative|supervisor)|"
                        r"on-call\s+(?:[a-z]+\s+){0,2}(?:supervisor|engineer|operator|technician)|dispatcher|"
                        r"(?:supervisor|engineer|operator|technician|lineworker|lineman|inspector|director|"
                        r"account\s+(?:manager|executive|representative|rep)|"
                        # a post a contact sheet names before its holder: "PSPS Liaison: ...", "Duty Officer: ..."
                        r"(?-i:[A-Z][A-Za-z]+)\s+(?:officer|liaison|lead|coordinator|manager))[ \t]*[:,]?\s+"
                        r"(?-i:[A-Z\u00c0-\u00de][^\W\d_]*(?:['\u2019-][^\W\d_]+)*)"
                        r"(?:\s+(?-i:[A-Z\u00c0-\u00de][^\W\d_]*(?:['\u2019-][^\W\d_]+)*))?)(?![\w'\u2019-])")
# words right before a number that make it a person's own, and the same words just after it ("(home)")
# ("my", "his", "her" before a word or the number, not before a name: "My Ta, (562) ..." is the staff liaison)
_PERSONAL = re.compile(r"(?i)\b(?:cell(?:ular)?|cellphone|celular|mobile(?!\s+homes?)|personal|private|resident|residence|"
                       r"(?-i:(?:[Mm]y|[Hh]is|[Hh]er)(?=\s+[a-z]|\s*[:(]|\s*$))|text me|call me|at home|"
                       r"home(?=\s*(?:phone|number|tel|line|[#:])))\b")
# a local number: an exchange and a line, no area code before it ("348-8994"), not part of a longer run or a range
_LOCAL_NUMBER = re.compile(r"(?<![\w/.$-])(?<!\d[ )])[2-9]\d{2}[-.]\d{4}(?![\w-]|[.,]\d)")
# a phone's label or a callback's right before a local number ("phone 348-8994", "cell: ", "callback at "); not "call",
# which sends a customer to an office as often
_LOCAL_PHONE_LABEL = re.compile(r"(?i)(?<![\w-])(?:tel(?:ephone)?|phone|ph|cell(?:ular)?|mobile|cb|c/b|call[\s-]?back|"
                                r"tel[eé]fono|celular)\.?\s*(?:#|no\.?|number)?\s*(?:is|was|of|at|on)?\s*[:#.-]?\s*$")
_BARE_TEN = re.compile(r"(?<![\w.-])\d{10}(?![\w-])")
_OPENING_TEN = re.compile(r"\s*(\d{10})(?![\w-])")  # ten bare digits opening a line
# words that ask someone to reach a person at the number, or call it a person's number, right before it ("contact her
# at", "call him at", "please call me at", "reach the customer on", "she can be reached at", "a home phone of", "her
# phone number is",
# "tenemos su número de teléfono como", a letter's "we have noted your preferred callback number as"): in a
# customer's record that is the customer's phone, bare or written out; "contact us at" is an office's
_MODAL = r"will|would|shall|should|can|could|must"  # a verb's mood before "call back": no one who calls
# an obituary's or a notice's invitation to its readers to call the number: "Friends may call the family at", "Anyone
# wishing to help may contact ...", "Neighbors are welcome to call ..."
_PUBLIC_INVITED = re.compile(r"(?i)\b(?:friends|neighbou?rs|anyone|those|mourners|visitors|the\s+public|all)\b"
                             r"[^.;:!?]{0,30}?\b(?:may|can|are\s+(?:welcome|invited)\s+to)\s+"
                             r"(?:call|contact|reach|phone|text)\b")
_REACH_PERSON_BEFORE = re.compile(
    r"(?i)(?:\b(?:contact|call|reach|text|phone|ring)(?:ed|ing)?\s+(?:him|her|them|you|me|(?:the\s+)?(?:customer|resident|tenant|"
    r"owner|account\s+holder|ratepayer|household|family|appellant|complainant)|(?-i:M(?:r|s|rs)\.?\s+[A-Z][\w'-]+))"
    r"\s+(?:back\s+)?(?:at|on)"
    # a message left for the person there ("We also left a voicemail for you at"), a wish to be reached there ("He
    # asked to be contacted at ... after 4 p.m.")
    r"|\b(?:left|leave|leaving)\s+(?:a\s+|several\s+)?(?:voice\s*-?mail|message)s?\s+for\s+(?:him|her|them|you|"
    r"(?:the\s+)?(?:customer|household|family|resident|tenant|owner|appellant))\s+(?:at|on)"
    r"|\b(?:asked|asks|prefers?|preferred|wants?|wanted|wishes|wished|requested)\s+to\s+be\s+"
    r"(?:contacted|reached|called|texted)\s+(?:at|on)"
    # the person asking the City to call them there ("asked us to call (909) ... before any visit")
    r"|\b(?:asked|asks|requested|wants|wanted)\s+(?:us|staff|the\s+(?:crew|technician|office|utility))\s+to\s+"
    r"(?:call|text|phone)(?:\s+(?:him|her|them))?(?:\s+(?:at|on))?"
    # a customer's request noted in a log or a comment ("Customer asked for callback at", "caller requested a call
    # back on"): the number the person wants the call on; no subject ("Request a callback at") is an office's offer
    r"|\b(?:customer|cust|caller|resident|tenant|owner|ratepayer|he|she|they)\s+(?:asked|requested|wants|wanted|"
    r"would\s+like)\s+(?:for\s+)?(?:an?\s+)?(?:call[\s-]?back|return\s+call)\s+(?:at|on)"
    # staff or an office said to call back, no one named as the object: "agreed to have Customer Service call back at",
    # "Staff will call back on"; not the reader told to ("Please call back at", "you can call back at": an office's)
    rf"|\b(?!(?:please|you|to|and|or|then|{_MODAL})\b)[A-Za-z]+\s+(?:(?:{_MODAL}|agreed\s+to|promised\s+to)\s+)?"
    r"call(?:ed|s)?\s+back\s+(?:at|on)"
    # the office telling the customer it called them there: "We called (909) ... but could not reach you", "we tried to
    # reach you at"
    r"|\bwe\s+(?:(?:have\s+)?(?:tried|attempted)\s+to\s+(?:call|reach|contact|phone|text)|called|phoned|texted|"
    r"dial(?:l)?ed)(?:\s+you)?(?:\s+(?:at|on))?"
    # ... or that it will call them there: "We will call 909-... to confirm the date", "we'll text you at"
    r"|\bwe(?:\s+will|\s+shall|['\u2019]ll|\s+are\s+going\s+to)\s+(?:(?:also|then|first)\s+)?(?:call|text|phone)"
    r"(?:\s+you)?(?:\s+(?:at|on))?"
    # a staff report's narrative: "Staff reached Jane by phone at (715) 547-5038"
    r"|\breached\s+(?-i:[A-Z][a-z'-]+)(?:\s+(?-i:[A-Z][a-z'-]+))?\s+by\s+(?:tele)?phone\s+(?:at|on)"
    # "she can be reached at", "is best reached on"; "a home phone of", "provided a contact number of"
    r"|(?:\b(?:he|she|they|who|customer|resident|tenant|owner|ratepayer|appellant)|(?-i:M(?:r|s|rs|x)\.?\s+[A-Z][\w'\u2019-]+))"
    r"\s+(?:(?:can|could|may|will)\s+be|is|was|are)\s+(?:best\s+)?reached\s+(?:at|on)"
    r"|\b(?:home|cell|mobile|contact|callback|call-back|daytime|evening)\s+(?:(?:tele)?phone(?:\s+number)?|number|no\.?|#)"
    r"\s+(?:of|is|was|as)"
    # a case line's "Contacted at ...", "by phone (...)"; not one of the ways a notice lists to pay or reach the office
    # ("Pay online at ..., by phone (909) ...", "pay by phone", "payments accepted by phone")
    r"|(?:^|[.;:]\s*|\b(?:customer|cust|resident|he|she|they)\s+(?:was\s+|were\s+)?)contacted\s+(?:at|on)"
    r"|(?<!,\s)(?<!(?i:pay)\s)(?<!(?i:accepted)\s)\bby\s+(?:tele)?phone\s*\(?"
    # the call the office placed to the customer's number: "Automated courtesy call placed to ...", "a reminder text was
    # sent to"
    r"|\b(?:call|calls|text|texts|message|messages)\s+(?:was\s+|were\s+)?(?:placed|made|sent)\s+to"
    # a conversation with the person held at the number, as a letter or a case note recounts it: "the arrangement we
    # discussed by telephone at", "spoke with her over the phone on", "confirmed with you by phone at"
    # (someone held it: "Billing questions can be discussed by telephone at" is an office's offer)
    r"|\b(?:we|i|you|he|she|they|staff)\s+(?:have\s+|had\s+|just\s+|last\s+)?(?:discussed|spoke|talked|agreed|confirmed|"
    r"arranged)(?:\s+(?:with\s+)?(?:you|him|her|them))?\s+(?:by|over\s+the|on\s+the|via)\s+(?:tele)?phone\s+(?:at|on)"
    r"|\b(?:llamar(?:la|lo|les)|contactar(?:la|lo|les)|comunicarse\s+con\s+(?:[eé]l|ella))\s+(?:al|en)"
    r"|\b(?:his|her|their|your|su|sus|mi)\s+(?:(?:preferred|home|cell|mobile|phone|telephone|contact|callback)\s+)?"
    r"(?:phone|telephone|cell|number|tel[eé]fono|celular|n[uú]mero(?:\s+de\s+(?:tel[eé]fono|celular))?)"
    r"(?:\s+(?:number|on\s+file))?\s+(?:is|was|as|es|era|como)"
    # the same said to the customer in a notice in their language: "Intentamos comunicarnos (con usted) al teléfono",
    # "le llamamos al", "marcamos al", "le dejamos un mensaje al"; Vietnamese "Chúng tôi đã gọi đến số" ("we called the number"), "đã liên lạc với
    # Ông/Bà qua số"; Arabic "حاولنا الاتصال بكم على الرقم" ("we tried to call you at the number"); Russian "звонили
    # вам по номеру"; Tagalog "tinawagan namin siya sa" ("we called him/her at"), "sinubukan namin kayong tawagan sa"
    # ("we tried to call you at"); Armenian "կապվել Ձեզ հետ" ("reach you"), "զանգահարեցինք" ("we called"); Chinese
    # "我们曾致电" ("we called"), "我们已拨打您的电话" ("we dialled your phone")
    r"|\b(?:comunicarnos|comunicarme|contactarle|contactarlo|contactarla|llamarle|llamarlo|llamarla)"
    r"(?:\s+con\s+usted(?:es)?)?\s+(?:al|en\s+el)(?:\s+(?:tel[eé]fono|n[uú]mero|celular)(?:\s+de\s+tel[eé]fono)?)?"
    r"|\b(?:(?:le|lo|la|les)\s+(?:llamamos|llam[eé]|hemos\s+llamado)|llamamos|marcamos|"
    r"(?:le\s+)?(?:dejamos|dej[eé])\s+(?:un\s+)?(?:mensaje|recado)(?:\s+de\s+voz)?)\s+(?:al|en\s+el)"
    r"(?:\s+(?:tel[eé]fono|n[uú]mero|celular))?"
    # a case summary's "Se le puede contactar al", "Pidió que la llamaran al", "lo llamarán al": the person reached
    r"|\b(?:le|lo|la|les)\s+(?:puede[n]?\s+|podr[aá]n?\s+)?(?:llamar[aá]n|llamaran|llamara|llamen|llame|llamar|"
    r"contactar[aá]n|contactaran|contactar|localizar)\s+(?:al|en\s+el)(?:\s+(?:tel[eé]fono|n[uú]mero|celular))?"
    # the writer asking to be called there: "llámenme al", "pueden llamarme al", "me pueden contactar al"
    r"|\b(?:ll[aá]me(?:n(?:me)?|me)|ll[aá]mame|llamarme|cont[aá]cte(?:n(?:me)?|me)|contactarme|ll[aá]menos|"
    r"me\s+(?:puede[n]?\s+|podr[ií]an?\s+)?(?:llamar|contactar|localizar))\s+(?:al|en\s+el)"
    r"(?:\s+(?:tel[eé]fono|n[uú]mero|celular))?"
    r"|\b(?:chúng\s+tôi\s+)?đã\s+(?:gọi|liên\s+lạc|liên\s+hệ)(?:\s+(?:cho|với)\s+(?:ông/bà|ông\s+bà|quý\s+vị|ông|bà))?"
    r"(?:\s+(?:đến|tới|vào|qua|theo))?(?:\s+số)?(?:\s+điện\s+thoại)?"
    r"|(?:الاتصال|اتصلنا)\s+(?:بكم|بك)\s+(?:على|عبر)(?:\s+(?:الرقم|رقم|الهاتف|رقم\s+الهاتف))?"
    r"|\b(?:звонили|позвонили|дозвониться|связаться)\s+(?:вам|с\s+вами)\s+(?:по|на)(?:\s+(?:номеру|телефону|номер))?"
    r"|\btinawagan\s+(?:namin|ko)\s+(?:siya|sila|kayo|ka)\s+sa(?:\s+(?:numero|telepono))?"
    r"|\b(?:namin|ko)\s+(?:kayong|kang|siyang|silang)\s+(?:tawagan|tinawagan|kontakin|kinontak)\s+sa"
    r"(?:\s+(?:numero|telepono))?"
    r"|կապվել\s+(?:ձեզ|նրա|նրանց)\s+հետ"
    r"|(?:զանգահարեցինք|զանգեցինք|զանգահարել\s+ենք|զանգել\s+ենք)(?:\s+(?:ձեզ|նրան))?(?:\s+(?:հեռախոսահամարով|համարով))?"
    r"|(?:我们|我們)(?:曾经|曾經|已经|已經|曾|已)?(?:致电|致電|拨打|撥打|打电话给|打電話給|联系|聯繫|联络|聯絡)(?:过|過)?"
    r"(?:您|你)?(?:的)?(?:电话|電話|手机|手機)?(?:号码|號碼)?"
    # a staff note's record of the person asking to be called back there, in their language, as "pidió que la llamen
    # al" above: Vietnamese "xin gọi lại số", Korean "회신 전화 요청" ("callback requested"), Chinese "请回电"/"要求回电",
    # Armenian "խնդրեց զանգահարել" ("asked to call"), Arabic "طلب معاودة الاتصال على"
    r"|\b(?:xin|yêu\s+cầu|muốn|đề\s+nghị)\s+(?:được\s+)?gọi\s+lại(?:\s+(?:cho\s+)?(?:ông|bà|anh|chị|họ))?"
    r"(?:\s+(?:theo|qua|vào|tới|đến))?(?:\s+số)?(?:\s+điện\s+thoại)?"
    r"|(?:회신|콜백)\s*(?:전화)?\s*(?:요청|요망|부탁|희망|번호)"
    r"|(?:请|請|要求|希望)(?:我们|我們)?(?:回电|回電|回复电话|回覆電話)(?:至|到|号码|號碼)?"
    r"|խնդր(?:եց|ել\s+է)\s+(?:իրեն\s+)?(?:զանգահարել|զանգել|հետ\s+զանգել)"
    r"|(?:طلب|طلبت)\s+(?:معاودة|إعادة)\s+الاتصال(?:\s+(?:به|بها|بهم))?\s+(?:على|عبر)(?:\s+(?:الرقم|رقم))?)"
    r"\s*:?\s*$")
# a message staff left for a person named by title and surname, right before the number ("Left a voicemail for Mr.
# Ferrandino at (909) ..."): read on the words before the number as they are, since a clause read back to the title's
# point ("Ferrandino at") has lost whom the message was for; not the reader's "leave a message for Ms. Ruiz at", a
# desk's line
_MESSAGE_LEFT_FOR_TITLED = re.compile(r"(?i)\bleft\s+(?:a\s+|several\s+)?(?:voice\s*-?mail|message)s?"
                                      r"\s+for\s+(?-i:M(?:r|s|rs)\.?\s+[A-Z][\w'-]+)\s+(?:at|on)\s*$")


def reached_before(text: str, start: int) -> bool:
    """Whether the words right before ``text[start]`` reach a person at the number there ("Mr. Ruiz can be reached
    at", "Se le puede contactar al") or say the person called from it ("who called from"): a telephone, whatever
    shape its digits have."""
    return (_REACH_PERSON_BEFORE.search(text, max(0, start - 60), start) is not None
            or _GAVE_NUMBER_BEFORE.search(text, max(0, start - 80), start) is not None
            or household_reached(text, start))


# a notice in Korean says it after the number: "(562) 328-5602(으)로 연락드렸으나" ("we contacted you at ... but")
_REACHED_AFTER = re.compile(r"\s*(?:\(으\)\s*로|으로|로)\s*(?:연락|전화)(?:를)?\s*(?:드렸|드리|했|하였)")
# a call placed to the number, right before it ("call her back at", "I just called", "dial"): a number somebody
# calls is a phone, whatever its first digit (an 818 number has the shape of SCE's 8... service accounts)
CALLED_BEFORE = re.compile(r"(?i)\b(?:call(?:ed|ing)?|phon(?:ed|ing)|text(?:ed|ing)?|dial(?:l?ed|l?ing)?|rang|ring)"
                           r"(?:\s+(?:him|her|them|me|us|back|again))*\s+(?:(?:at|on)\s+)?$")
# a person who called the number, in a customer's own account of it ("I just called 8188348664 and they came out")
_PERSON_CALLED = re.compile(r"(?i)\b(?:i|we|he|she|they)\s+(?:just\s+|then\s+|also\s+)?"
                            r"(?:called|phoned|texted|dial(?:l)?ed)\s+$")
# words saying the customer gave the number or called from it, right before it ("left contact information with the
# Clerk:", "left a callback number of", "gave her number as", "called us from", "phoned in from", "contact info:",
# "number on file:"): in a customer's record the number is the customer's. An office's number is one to call
# ("call the Clerk at"), named for the office ("contact information for the Clerk's office:"), never one left
_GAVE_NUMBER_BEFORE = re.compile(
    r"(?i)(?:\b(?:left|leaves|gave|gives|provided)\s+(?:an?\s+|his\s+|her\s+|their\s+)?"
    r"(?:(?:callback|call-back|contact|phone|cell|home|daytime)\s+)?(?:number|no\.?|info(?:rmation)?|details|phone)"
    r"(?:\s+with\s+(?:the\s+)?[\w'.]+(?:\s+[\w'.]+)?)?(?:\s+(?:as|of))?"
    r"|\b(?:called|calling|phoned|phoning|texted|rang)(?:\s+(?:us|in|the\s+\w+|back))?\s+from"
    r"|\bcontact\s+info(?:rmation)?\s*:"
    r"|\b(?:number|phone|cell)\s+on\s+file(?:\s+(?:is|was))?"
    # a voicemail's or a text message's sender opening its line ("[15:52] From: 3232994050"), and a note's second
    # number ("LVM x2. alt # 951-909-3292", "alternate no.")
    r"|(?:^|\n)[ \t]*(?:\[[^\]\n]{1,24}\][ \t]*|\d{1,2}:\d{2}(?:[ \t]*[ap]\.?m\.?)?[ \t]+)?from"
    r"|\balt(?:ernate)?\.?\s*(?:#|no\.?|number|ph(?:one)?\.?))\s*:?\s*$")
# a request to reach a person at ten bare digits ("Text me 5098210303", "Reach Abena at 4256529612"): a number
# written with no separators after words that call a person there is that person's, in a customer's record
# a route sheet's note "call ahead 5752541343": the crew calls the customer before the visit
_REACH_BARE_BEFORE = re.compile(r"(?i)\b(?:(?:text|call|reach|contact|phone|ring)\s+(?:me|him|her|them|(?-i:[A-Z][a-z'-]+))"
                                r"(?:\s+back)?|call\s+ahead)(?:\s+(?:at|on))?\s*:?\s*$")
# ten bare digits in brackets right after a capitalised name ("spoke w/ Shawn Flores (9095581300) - SA ..."): a call
# note's way with the number the customer gave; not one of SCE's ten-digit account forms (8..., 700...)
_AT_SIGN_BEFORE = re.compile(r"\s@\s*$")  # a call note's "@" for "at": "VM left for Olson, Mark @ 7146248329"
_BRACKETED_AFTER_NAME = re.compile(r"(?-i:[A-Z][\w'\u2019-]+)\s*\($")
_SCE_FORM = re.compile(r"8\d{9}(?!\d)|700\d")
# "may be reached at", "can best be reached on": in a customer's record, whoever the sentence's subject is (the
# claimant, the customer named a clause before), the number is where that person is reached
_REACHED_AT = re.compile(r"(?i)\b(?:be|been|is|was)\s+(?:best\s+)?reached\s+(?:at|on)\s*$")
# (or the writer calling it theirs right after it: "909 555 0142 is my cell", "(818)849-7853 is my phone")
_PERSONAL_AFTER = re.compile(rf"(?i)\s*(?:[(\[-]?\s*(?:home|cell|celular|mobile|personal)|{OWN_NUMBER_AFTER})\b")


# a broadcast's sponsor message ("this broadcast is brought to you by Latu Family Dental ... call 909 ..."): the number
# a sponsor gives is its business's, though a caption file puts the message between the speakers' turns
_SPONSOR_BEFORE = re.compile(r"(?i)\b(?:brought\s+to\s+you\s+by|sponsored\s+by|(?:a\s+)?(?:word|message)\s+from\s+our\s+"
                             r"sponsors?|paid\s+for\s+by)\b[^.!?]*$")
_SPONSOR_REACH = 160


def personal_cue(before: str, after: str) -> bool:
    """True when the nearest cue before a number calls it a person's (nearer than any office cue), or
    "(home)"/"(cell)" follows it with no office cue before."""
    if _ISSUED_AFTER.match(after):
        return False  # "cell (410) 829-8511 (City-issued)": a work phone the employer gave
    personal_end = max((m.end() for m in _PERSONAL.finditer(before)), default=-1)
    public_end = max((m.end() for m in PUBLIC_CUE.finditer(before)), default=-1)
    return personal_end > public_end or (public_end < 0 and bool(_PERSONAL_AFTER.match(after)))


# a phone an employer issued, said right after it: "(City-issued)", "(county cell)", "(work)", "(dept. phone)"
_ISSUED_AFTER = re.compile(r"(?i)\s*[(\[-]\s*(?:(?:city|county|district|department|dept\.?|agency|employer|utility|"
                           r"work)[- ](?:issued|cell|phone|mobile)|work|on[- ]call)\b")


def _reached_bare(segment) -> list[tuple[int, int]]:
    """Ten bare digits after words that reach a person at them ("contact her at 6267427190", "my number is ...") or
    that call them the writer's own after them ("6267427190 is my cell") in page text: no phone
    span of the context's (those need separators), and no script's or URL's number."""
    if segment.hidden in CODE_SEGMENTS or not _BARE_TEN.search(segment.text):
        return []
    return [(m.start(), m.end()) for m in _BARE_TEN.finditer(segment.text)
            if _REACH_PERSON_BEFORE.search(segment.text, max(0, m.start() - 60), m.start())
            or OWN_CONTACT_BEFORE.search(segment.text, max(0, m.start() - 30), m.start())
            or _PERSONAL_AFTER.match(segment.text, m.end())]


def _chrome_numbers(document: Document, context: CustomerContext) -> set[str]:
    """The numbers a page's header or footer gives ("City of Red Butte · 420 N. Copper Ave. · (575) 388-2100"): the
    office's own line, also where an FAQ answer built from a customer's case ends with "Call (575) 388-2100."; the
    exact number only, as a small town's customers share the office's exchange. Not a header or footer that holds
    a customer's record itself (a memo's footer pasted from a case note)."""
    records = {id(f.segment) for f in context.fields}
    return {e for s in document.segments if s.chrome and id(s) not in records
            for a, b in phone_spans(s.text) if (e := to_e164(s.text[a:b]))}


def _bare_contact(field) -> bool:
    """A customer's "Contact No." cell that is ten digits and nothing else: the phone typed without separators (a
    contact field may also hold a mailbox or a name, where a bare run inside more text is no phone)."""
    return field.kind == "contact" and _BARE_TEN.fullmatch(field.text.strip()) is not None


class PhoneDetector(CustomerDataDetector):
    category = "phone"
    severity = "high"
    rule = "PCE-01 6.3"
    option_keys = ('outside_context',)

    def scan(self, document: Document, context: CustomerContext) -> Iterator[Finding]:
        claimed: dict[int, list[tuple[int, int]]] = {}
        identifiers = _identifier_spans(context)
        for segment_id, start, end in identifiers:  # an account's, for every pass: its label wins over a phone's shape
            claimed.setdefault(segment_id, []).append((start, end))
        following = None
        offices = None  # the numbers the page's header and footer give, read at the first candidate
        for f in context.of_kind("phone", "contact", "other"):
            spans = phone_spans(f.segment.text, f.start, f.end, bare=f.kind == "phone" or _bare_contact(f))
            for start, end in spans:
                e164 = to_e164(f.segment.text[start:end])
                if (id(f.segment), start, end) in identifiers:
                    continue  # a "Premise ID" column's 7753479287: the column's name wins over the phone's shape
                if offices is None:
                    offices = _chrome_numbers(document, context)
                if _SPONSOR_BEFORE.search(f.segment.text, max(0, start - _SPONSOR_REACH), start):
                    continue  # "brought to you by Latu Family Dental ... call 909 ...": a sponsor's line, read on air
                # the City's numbers and their thousands-block, its switchboard's lines, which no resident holds
                if e164 and e164 not in self.contacts.phones and number_block(e164) not in self.contacts.blocks \
                        and e164 not in offices:
                    claimed.setdefault(id(f.segment), []).append((start, end))
                    yield self.finding(f.segment, start, end, why=f.why, normalized=e164)
            if f.kind == "phone" and not spans and not f.segment.text[f.end:].strip():
                following = following if following is not None else document.next_lines()
                rest = following.get(id(f.segment))  # a number a line break cut: "... at 909" / "392 2571 ..."
                cut = rest is not None and phone_across(f.text, rest.text[:24])
                e164 = cut and cut[0] == 0 and to_e164(f"{f.text} {rest.text[:cut[1]]}")
                if e164 and e164 not in self.contacts.phones:
                    yield self.finding(f.segment, f.start, f.end, why=f.why, normalized=e164, continued=rest,
                                       continued_end=cut[1])
        # the segments of customers' records, read once for the five passes below (a 20,000-row export's 100,000)
        records = list(_record_segments(context))
        yield from self._labelled_bare([*records, *_row_cells(document, records)], claimed)
        yield from self._labelled_above(document, records, claimed)
        yield from self._local(document, [*records, *_phone_cells(context, records)], claimed)
        customer = {id(s) for s in records}
        yield from self._named_by_its_key(document, customer, claimed)
        yield from self._reached_in_a_row(document, customer, claimed)
        yield from self._sender_over_a_record(document, customer, claimed)
        yield from self._reached_in_a_letter(context, claimed)
        yield from self._spelt_out(document, context, records)
        if self.options.get("outside_context", True):
            yield from self._outside(document, context, claimed)

    def _labelled_bare(self, records: list[Segment], claimed: dict) -> Iterator[Finding]:
        """Ten digits with no separator right after a phone's label in a segment that holds a customer's record
        ("Customer Donald Coffey, Service Account 3-598-4679-99. Tel 9096969372"): the customer's phone, where a
        bare run alone says nothing. After words that reach a person at it ("contact her at", "su número de
        teléfono como") any number there is the customer's, bare or written out, and so after words saying the
        customer gave it or called from it ("left contact information with the Clerk:", "called us from"); ten bare
        digits also after a request to reach a person there ("Text me 5098210303")."""
        for segment in records:
            taken = claimed.setdefault(id(segment), [])
            for start, end in phone_spans(segment.text, bare=True):
                if any(s < end and start < e for s, e in taken):
                    continue
                if desk_extension(segment.text, start, end):
                    continue  # "call me at (909) 555-0190 ext. 4412": staff's desk, in their note on the record
                if _REACH_PERSON_BEFORE.search(segment.text, max(0, start - 60), start) or household_reached(
                        segment.text, start):
                    why = "phone number the customer is reached at, in a customer's record"
                elif segment.text[start:end].isdigit() and (PHONE_LABEL_BEFORE.search(
                        segment.text, max(0, start - 24), start) or phone_label_before().search(
                        segment.text, max(0, start - 40), start)):  # "Call-back number: ", "연락처 "
                    why = "phone number after a phone label in a customer's record"
                elif _REACHED_AFTER.match(segment.text, end):
                    why = "phone number the customer was called at, in a customer's record"
                elif _GAVE_NUMBER_BEFORE.search(segment.text, max(0, start - 80), start):
                    why = "phone number the customer gave or called from, in a customer's record"
                elif segment.text[start:end].isdigit() and _REACH_BARE_BEFORE.search(
                        segment.text, max(0, start - 30), start):
                    why = "phone number a person is asked to be reached at, in a customer's record"
                elif _PERSON_CALLED.search(segment.text, max(0, start - 40), start):
                    why = "phone number a person called, in a customer's record"
                elif _AT_SIGN_BEFORE.search(segment.text, max(0, start - 4), start):
                    why = "phone number after a call note's '@' for 'at', in a customer's record"
                elif _BRACKETED_AFTER_NAME.search(segment.text, max(0, start - 40), start) and \
                        segment.text.startswith(")", end) and not _SCE_FORM.match(segment.text, start):
                    why = "phone number in brackets after the customer's name, in a customer's record"
                else:
                    continue
                e164 = to_e164(segment.text[start:end])
                if e164 and not self.contacts.phone_is_public(e164):
                    taken.append((start, end))
                    yield self.finding(segment, start, end, normalized=e164, why=why)

    def _labelled_above(self, document: Document, records: list[Segment], claimed: dict) -> Iterator[Finding]:
        """Ten bare digits opening a line whose line above ends with a phone's label ("... and daytime telephone" /
        "8187672126. (Claimant: ...)"), where either line holds a customer's record: a PDF's letter or form breaks
        a field's label from its value so, and the label says phone whatever account form the digits share (an
        818 number has SCE's ten digits from 8). The cheap look first: a digit opening the line."""
        held = {id(s) for s in records}
        preceding = None
        for segment in document.segments:
            opening = _OPENING_TEN.match(segment.text)
            if opening is None or segment.chrome:
                continue
            preceding = preceding if preceding is not None else document.previous_lines()
            above = preceding.get(id(segment))
            if above is None or (id(segment) not in held and id(above) not in held) or not phone_label_ends_line(
                    above.text, segment.text):
                continue
            start, end = opening.span(1)
            taken = claimed.setdefault(id(segment), [])
            e164 = to_e164(segment.text[start:end])
            if e164 and not any(s < end and start < e for s, e in taken) and not self.contacts.phone_is_public(e164):
                taken.append((start, end))
                yield self.finding(segment, start, end, normalized=e164,
                                   why="phone number after a phone label ending the line above, in a customer's record")

    def _local(self, document: Document, records: list[Segment], claimed: dict) -> Iterator[Finding]:
        """A local number without its area code ("phone 348-8994", "Last known phone 570-1361", "call her back at
        772-0415") right after a phone's label or words that reach a person at it, in a segment that holds a
        customer's record: small towns write their numbers so. Seven digits alone are a case's, a permit's or an
        amount's as often, so nothing else makes them a phone; an office's line a customer is told to "call", or
        one the City publishes or the page's header or footer gives, is not the customer's."""
        offices = None  # the last seven digits of the City's and the page chrome's numbers, read at the first candidate
        for segment in records:
            taken = claimed.setdefault(id(segment), [])
            for m in _LOCAL_NUMBER.finditer(segment.text):
                start, end = m.span()
                if any(s < end and start < e for s, e in taken):
                    continue
                before = segment.text[max(0, start - 60):start]
                # a phone column's whole cell: an export that keeps the area code in a column of its own
                column = (segment.label and not segment.text[:start].strip() and not segment.text[end:].strip()
                          and header_kind(segment.label)[0] == "phone")
                if not (column or _LOCAL_PHONE_LABEL.search(before) or _REACH_PERSON_BEFORE.search(before)
                        or _GAVE_NUMBER_BEFORE.search(before)) or _OTHER_NUMBER.search(before[-24:]):
                    continue
                digits = re.sub(r"\D", "", m.group())
                if offices is None:
                    offices = {re.sub(r"\D", "", text[a:b])[-7:] for text in
                               [*(s.text for s in document.segments if s.chrome), *self.contacts.phones]
                               for a, b in phone_spans(text, bare=True)}
                if digits in offices:
                    continue  # the City's own line written without its area code ("call 345-2000")
                taken.append((start, end))
                yield self.finding(segment, start, end, normalized=digits,
                                   why="local phone number after a phone cue, in a customer's record")

    def _named_by_its_key(self, document: Document, customer: set[int], claimed: dict) -> Iterator[Finding]:
        """A field of a customer's record (an object of a page's app state, a row) whose own key names a phone
        ("caseFile.phone": "5098053388" beside the holder and account the context found) and whose whole value is
        one: the customer's phone, bare or written out. The object's name before the key says whose record it is,
        not what the field holds (a staff member's object, "assignedTo.phone", is no customer's); ten digits under
        any other key stay what the record calls them. A vendor master list's phone is the business's, though a sole
        proprietor's SSN makes the row's name a finding."""
        for record in document.records:
            if not any(id(f) in customer for f in record.fields) or vendor_master_list(
                    tuple(f.label for f in record.fields)):
                continue
            for field in record.fields:
                key = (field.label or "").rsplit(".", 1)[-1]
                if id(field) in claimed or id(field) in customer or not key or header_kind(key)[0] != "phone" \
                        or work_or_equipment_column(key) or staff_column(field.label):
                    continue
                spans = phone_spans(field.text, bare=True)
                if len(spans) != 1 or field.text[:spans[0][0]].strip() or field.text[spans[0][1]:].strip():
                    continue
                e164 = to_e164(field.text[spans[0][0]:spans[0][1]])
                if e164 and not self.contacts.phone_is_public(e164):
                    yield self.finding(field, *spans[0], normalized=e164,
                                       why=f"phone number under the key '{key}' in a customer's record")

    def _reached_in_a_row(self, document: Document, customer: set[int], claimed: dict) -> Iterator[Finding]:
        """A number in a notes cell of a customer's row after words that reach the person at it (a route sheet's
        "call ahead 5752541343", "text her 505..."): the customer's, though the cell is no record field of its own."""
        for record in document.records:
            if not any(id(f) in customer for f in record.fields):
                continue
            for field in record.fields:
                if id(field) in customer or id(field) in claimed:
                    continue
                for start, end in phone_spans(field.text, bare=True):
                    before = field.text[max(0, start - 30):start]
                    e164 = to_e164(field.text[start:end])
                    if (e164 and not self.contacts.phone_is_public(e164)
                            and (_REACH_BARE_BEFORE.search(before) or _REACH_PERSON_BEFORE.search(before))):
                        yield self.finding(field, start, end, normalized=e164,
                                           why="phone number a note in a customer's row reaches them at")

    def _sender_over_a_record(self, document: Document, customer: set[int], claimed: dict) -> Iterator[Finding]:
        """A voicemail's or a text message's header line giving the number it came from ("[11:04] From: 5627730194")
        right over the message when the message is a customer's record ('"Hi this is ..., the account number is
        ..."'): the caller's number."""
        if not customer:
            return
        following = None
        for segment in document.segments:
            if id(segment) in claimed or not _SENDER_LINE.fullmatch(segment.text):
                continue
            following = following if following is not None else document.next_lines()
            message = following.get(id(segment))
            if message is None or id(message) not in customer:
                continue
            for start, end in phone_spans(segment.text, bare=True):
                e164 = to_e164(segment.text[start:end])
                if e164 and not self.contacts.phone_is_public(e164):
                    yield self.finding(segment, start, end, normalized=e164,
                                       why="number a customer's voicemail or message came from")

    def _reached_in_a_letter(self, context: CustomerContext, claimed: dict) -> Iterator[Finding]:
        """A number in the text of a letter to a customer (its zone, ``context.letters``) that the words around it say
        the writer reached or tried to reach the customer at ("we called you at", "Intentamos comunicarnos al",
        "我们曾致电 ... 但未能联系到您", "...(으)로 연락드렸으나"): the addressee's own, whatever numbers of the City
        the letter's sign-off and footer give around it."""
        for f in context.of_kind("zone"):
            text = f.segment.text
            taken = claimed.setdefault(id(f.segment), [])
            for start, end in phone_spans(text, f.start, f.end, bare=True):
                if any(s < end and start < e for s, e in taken) or not (
                        reached_before(text, start) or _REACHED_AFTER.match(text, end)):
                    continue
                e164 = to_e164(text[start:end])
                if e164 and not self.contacts.phone_is_public(e164):
                    taken.append((start, end))
                    yield self.finding(f.segment, start, end, normalized=e164,
                                       why="phone number a letter to a customer says it reached them at")

    def _spelt_out(self, document: Document, context: CustomerContext, records: list[Segment]) -> Iterator[Finding]:
        """A phone read out in words, in pairs or in words and digits mixed, right after a phone's label or words
        that reach the customer at it, in a segment that holds a customer's record ("phone nine five one, eight eight
        zero, six nine two zero", "call me back at 909 five eight eight 65 five zero"): a number read out on a call.
        Elsewhere only after words that give it as the speaker's own ("my number is", "call me back at"), as a
        voicemail's transcription or a caller's captioned words do, outside the page chrome and a public comment's
        pages (as ``_outside``): ten digit words alone say nothing of whose number it is. A line break may cut the
        number, its rest opening the next line, or stand between the words and the number, as a court reporter's
        transcript and a caption file break speech ("... you can call me back at" / "nine oh nine ...")."""
        held = {id(s) for s in records}
        phoned: dict[int, list[tuple[int, int]]] = {}  # a number a record reads as a customer's
        for f in context.of_kind("phone"):
            phoned.setdefault(id(f.segment), []).append((f.start, f.end))
        following, preceding = document.next_lines(), document.previous_lines()
        for segment in document.segments:
            if id(segment) not in held and id(segment) not in phoned and (
                    segment.chrome or page_of(segment) in context.public_comment):
                continue
            text = segment.text
            spelt = context.spelt_numbers(text)
            spans = [(start, end, digits, None, 0) for start, end, digits in spelt_phone_spans(spelt)]
            below = following.get(id(segment))
            cut = below is not None and spelt_phone_cut(text, spelt, below.text)
            if cut:
                spans.append((*cut[:3], below, cut[3]))
            for start, end, digits, rest, rest_end in spans:
                lead = text[max(0, start - _SPONSOR_REACH):start]
                above = preceding.get(id(segment))
                if above is not None and start < _SPONSOR_REACH:  # the words end the line above, or run onto this one:
                    lead = f"{above.text[-_SPONSOR_REACH:]}\n{lead}"  # "... she can be reached" / "at nine zero nine ..."
                near = lead[-60:]
                cued = OWN_NUMBER_BEFORE.search(near) or id(segment) in held and (
                    PHONE_LABEL_BEFORE.search(lead[-16:]) or _REACH_PERSON_BEFORE.search(near)
                    or _REACHED_AT.search(near) or CALLED_BEFORE.search(near)) or any(
                    a <= start and end <= b for a, b in phoned.get(id(segment), ())) or (  # the record's own number
                    answers_number_asked(above and above.text, text[:start]))
                e164 = cued and to_e164(digits)
                if e164 and _SPONSOR_BEFORE.search(lead):
                    continue  # a sponsor's number read on air between the speakers' turns
                if e164 and not self.contacts.phone_is_public(e164):
                    yield self.finding(segment, start, end, normalized=e164, continued=rest, continued_end=rest_end,
                                       why="phone number read out in words after a phone cue, in a customer's record"
                                       if id(segment) in held else "phone number a speaker reads out as their own")

    def _outside(self, document, context, claimed) -> Iterator[Finding]:
        site = None  # thousands-blocks of the numbers in the page's header and footer, looked up when needed
        for index, segment in enumerate(document.segments):
            found = context.phones.get(id(segment), []) + _reached_bare(segment)
            if (not found or segment.chrome or id(segment) in context.listing or id(segment) in context.official
                    or page_of(segment) in context.public_comment):
                continue
            taken = claimed.get(id(segment), ())
            for start, end in found:
                if any(s < end and start < e for s, e in taken):
                    continue
                e164 = to_e164(segment.text[start:end])
                if not e164 or self.contacts.phone_is_public(e164, generic=True):
                    continue
                if site is None:
                    site = {number_block(e) for s in document.segments if s.chrome
                            for a, b in phone_spans(s.text) if (e := to_e164(s.text[a:b]))}
                before = clause_before(*_text_before(document.segments, index, start))
                if number_block(e164) in site or _OTHER_NUMBER.search(before) or _staff_at_work(before) or (
                        _THROUGH_AN_OFFICE.search(before)) or (
                        _DIAL_IN.search(before) or NUMBER_CALLED_BEFORE.search(before)) or _meeting_dial_in(
                        segment.text, start, end) or not (
                        personal_cue(f"{segment.label or ''} {before}", text_after(segment.text, end, 20))
                        or _REACH_PERSON_BEFORE.search(before) or _REACHED_AFTER.match(segment.text, end)
                        or _MESSAGE_LEFT_FOR_TITLED.search(segment.text, max(0, start - 60), start)
                        or _answers_asked(document.segments, index, start)):
                    continue
                if _FIRST_PERSON.search(before) and _signed_by_firm(document.segments, index):
                    continue
                if desk_extension(segment.text, start, end):
                    continue  # "Questions? Call me at (909) 555-0190 ext. 4412": a desk's line at an office
                if ASKS_TO_BE_REACHED.search(before) and _from_staff(document.segments, index):
                    continue  # "Please contact me at ..." in a memo from "Lilit Hakobyan, Customer Care Supervisor"
                if published_for_role(segment.text, start, end) or left_by_public_speaker(segment.text, start, end):
                    continue  # a league registrar's cell; a public speaker's number in minutes (``public_roles``)
                if _PUBLIC_INVITED.search(before):
                    continue  # a notice's invitation to its readers: "Friends may call the family at ..."
                if segment.label and states_public_role(segment.label):
                    continue  # a class table's "Instructor Cell" column: the role's own line, as its mailbox is
                    # (a "Customer Cell" column names no role)
                if _firm_reached(document.segments, index, start) or firm_staff_contact(
                        document.segments, index, start):
                    continue  # a contractor's line, or a firm's staff member's in its proposal or its award
                yield self.finding(segment, start, end, severity="low", normalized=e164, public_if_repeated=True,
                                   why="phone number labelled as a person's own in page text")

    def mask(self, value: str) -> str:
        return mask_spelt(value) or mask_digits(value, keep_last=4)


def _answers_asked(segments: list[Segment], index: int, start: int) -> bool:
    """Whether the number opens a turn answering the turn above's request for the speaker's number
    (``answers_number_asked``)."""
    above = segments[index - 1] if index else None
    return above is not None and above.location.page == segments[index].location.page and answers_number_asked(
        above.text, segments[index].text[:start])


def _meeting_dial_in(text: str, start: int, end: int) -> bool:
    """Whether the number stands among a video meeting's joining details (``_MEETING_SERVICE``)."""
    reach_before, reach_after = _MEETING_REACH
    return _MEETING_SERVICE.search(text, max(0, start - reach_before), min(len(text), end + reach_after)) is not None


# the writer's own number ("Call me at", "my cell"), and the signature line of a firm under it: a vendor's or a
# contractor's e-mail ("Jake Brunner / Project Manager / Northwoods Electrical Contractors Inc.") gives its work number.
# Any "my" counts, wider than ``labels.GIVES_OWN_NUMBER`` ("my foreman's cell", "my daughter at")
_FIRST_PERSON = re.compile(rf"(?i)\b(?:{REACH_ME}|my)\b")
_FIRM_LINE = re.compile(r"(?i)\s*\S.{0,80}\b(?:inc|incorporated|llc|l\.l\.c|llp|ltd|corp|corporation|company|"
                        r"contractors?|construction|engineering|engineers|consultants?|consulting|associates|"
                        r"architects)\.?\s*")
_SIGNATURE_SEGMENTS = 8  # a signature's lines under the body's last one: name, title, firm, address, phone


_LINE_OPENING = 16  # the words a line may open with before the number and still go on with the line above ("at ")


def _text_before(segments: list[Segment], index: int, start: int) -> tuple[str, int]:
    """The text the words before ``segments[index].text[start]`` are read in, and where the number is in it: the line
    above too when the number opens its line or follows a word or two there, as a PDF's line break leaves a sentence's end ("Pidió que la llamaran
    al" / "213-346-5474.", "I called him back" / "at (951) ...")."""
    segment = segments[index]
    opening = segment.text[:start].strip()
    if not index or len(opening) > _LINE_OPENING or re.search(r"[.;:!?]", opening):
        return segment.text, start
    above = segments[index - 1]
    if above.chrome or above.location.page != segment.location.page or above.hidden != segment.hidden:
        return segment.text, start
    head = above.text.rstrip()
    return f"{head} {segment.text.lstrip()}", len(head) + 1 + start - (len(segment.text) - len(segment.text.lstrip()))


# "reach them at", "call them on": a number given for the ones the sentence named before, maybe a firm
_REACH_THEM = re.compile(r"(?i)\b(?:contact|call|reach|phone|text)\s+them\s+(?:at|on)\s*$")
# a firm named by its trade or its legal form, in capitals ("Brightline Electric & Solar", "Ruiz Plumbing, Inc.")
_FIRM_NAMED = re.compile(r"\b[A-Z][\w'\u2019-]*(?:\s+(?:&\s+)?[A-Z][\w'\u2019.-]*){0,3}\s+(?:&\s+)?"
                         r"(?:Electric(?:al)?|Solar|Plumbing|Roofing|HVAC|Heating|Mechanical|Construction|Contractors?|"
                         r"Builders|Landscaping|Services|Company|Co\.|Inc\.?|LLC|LLP|Corp\.?|Energy|Power|Lighting)\b")
_FIRM_SENTENCE_REACH = 160


def _firm_reached(segments: list[Segment], index: int, start: int) -> bool:
    """Whether the number is given to "reach them" right after a sentence that names a firm ("The coolers were
    installed by Brightline Electric & Solar; reach them at (909) ..."): the contractor's published line, not a
    household's. The firm's name may end the line above, or the sentence before a bare "Call them at" ("Ruiz
    Plumbing, Inc. joined the Green Business program. Call them at ...")."""
    segment = segments[index]
    if not _REACH_THEM.search(segment.text, max(0, start - 30), start):
        return False
    text = segment.text[max(0, start - _FIRM_SENTENCE_REACH):start]
    if index and not re.search(r"[.!?]\s", text) and segments[index - 1].location.page == segment.location.page:
        text = f"{segments[index - 1].text[-_FIRM_SENTENCE_REACH:]} {text}"
    sentence = re.split(r"[.!?]\s+(?=[A-Z])", text)[-1]
    if _REACH_THEM.fullmatch(sentence.strip() + " "):  # "... Inc. joined the Green Business program. Call them at"
        sentence = text  # the sentence before names whom "them" means
    return _FIRM_NAMED.search(sentence) is not None or names_a_business(sentence)


# a number the person is reached through, not at: an office or a post between them and it ("Her family can be reached
# through the watch commander at ...", "... via the front desk at ..."); not a relative or a neighbour who passes the
# message on, whose own number it is
_THROUGH_AN_OFFICE = re.compile(r"\b(?:through|via)\s+(?:the|our)\s+(?!(?:[a-z]+\s+){0,2}(?:neighbou?rs?|family|"
                                r"relatives?|friends?|daughters?|sons?|wife|husband|mother|father|sisters?|brothers?|"
                                r"caregivers?|landlords?|roommates?|home|cell\w*|mobile|personal|private|own)\b)[a-z][a-z-]+(?:\s+[a-z][a-z-]+){0,2}\s+"
                                r"(?:at|on)\s*:?\s*$")


def _staff_at_work(before: str) -> bool:
    """A work role names the person the number reaches, and the writer does not give it as their own ("my cell")."""
    return _WORK_ROLE.search(before) is not None and _FIRST_PERSON.search(before) is None


def _signed_by_firm(segments: list[Segment], index: int) -> bool:
    """Whether a firm's name signs the lines just below segment ``index`` on its page."""
    page = page_of(segments[index])
    for segment in segments[index + 1:index + 1 + _SIGNATURE_SEGMENTS]:
        if page_of(segment) != page:
            return False
        if _FIRM_LINE.fullmatch(segment.text):
            return True
    return False


# a memo's or a report's sender line naming a staff member by their title after a comma ("FROM: Lilit Hakobyan,
# Customer Care Supervisor", "From: Xiaoyan Huang, Senior Planner")
_STAFF_SENDER = re.compile(r"(?:^|(?<=\s))(?:FROM|From)[ \t]*:[ \t]*[^\n,:]{3,60},[ \t]*(?:[A-Z][\w&'\u2019-]*[ \t]+){0,4}"
                           r"(?:Manager|Director|Supervisor|Administrator|Coordinator|Analyst|Specialist|Representative|"
                           r"Officer|Engineer|Clerk|Attorney|Treasurer|Planner|Technician|Superintendent|Chief|Lead)\b")
_SENDER_SEGMENTS = 40  # segments above a number that a memo's heading block stands in


def _from_staff(segments: list[Segment], index: int) -> bool:
    """Whether the page of segment ``index`` is a memo or a report from a staff member, its sender line above the
    number naming them by their title: the writer's "contact me at" number is their work line, which a staff
    directory gives too."""
    page = page_of(segments[index])
    for segment in reversed(segments[max(0, index - _SENDER_SEGMENTS):index + 1]):
        if page_of(segment) != page:
            return False
        if _STAFF_SENDER.search(segment.text):
            return True
    return False


def _identifier_spans(context: CustomerContext) -> set[tuple[int, int, int]]:
    """(segment id, start, end) of the values the context reads as a customer's account: a column or a
    label named them so ("Premise ID", "Acct"), whatever their digits look like (ten digits have a phone's shape)."""
    spans = set()
    for f in context.of_kind("account"):  # not a bare "number" of a row: a phone column with no header is one too
        if f.segment.label and PHONE_LABEL_BEFORE.search(f.segment.label):
            continue  # the field's own label says phone: that name wins ("Phone" over an input of ten digits)
        text = f.segment.text
        start, end = f.start, f.end
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        spans.add((id(f.segment), start, end))
    return spans


def _phone_cells(context: CustomerContext, records: list[Segment]) -> list[Segment]:
    """The cells of a customer record's phone column ("PHONE_NO"), which hold a local number where the export keeps
    the area code in a column of its own ("AREA_CD | PHONE_NO": "626 | 945-9693")."""
    held = {id(s) for s in records}
    cells = {id(f.segment): f.segment for f in context.of_kind("phone") if f.segment.label and id(f.segment) not in held}
    return list(cells.values())


def _row_cells(document: Document, records: list[Segment]) -> list[Segment]:
    """The other cells of the rows that hold a customer's record: a call log laid out in columns ("08/18 14:11 | ANI
    8057773792 | caller Dante Manalo re acct ..."), an export's row, give the caller's number in a cell of its own,
    its label beside it."""
    held = {id(s) for s in records}
    cells = {}
    for record in document.records:
        if any(id(f) in held for f in record.fields):
            cells.update((id(f), f) for f in record.fields if id(f) not in held)
    return list(cells.values())


def _record_segments(context: CustomerContext) -> Iterator[Segment]:
    """Each segment holding a customer's record (a name, a bare number, a home, an account or usage of theirs), once."""
    done = set()
    for f in context.of_kind("name", "number", "address", "account", "usage"):
        if id(f.segment) not in done:
            done.add(id(f.segment))
            yield f.segment
