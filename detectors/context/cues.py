"""Cues: the words that say who a text is written to and about. Words to a customer about their account
("your bill", "past due", "shut-off"), words of a page addressed to a public body ("Dear Mayor and
Councilmembers", "Public comments received"), words that call a person a customer, salutations and
closings of letters.

Every cue of a document is found in one pass over its lower-cased text by an Aho-Corasick automaton of
the cues' literal first words (pyahocorasick), then confirmed by the cue's pattern at that place: however
many cues there are, the text is read once, not once per word.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from collections import defaultdict
from functools import lru_cache

import ahocorasick

# the courtesy titles before a surname ("Ms. Ruiz", "Dr. Okafor", "Sra. Arreola"), as bare alternations that a pattern
# wraps as it needs ("(?:{HONORIFICS})\.?\s"); each title is a whole word, so a pattern that wants a stop or a space
# after it matches the same whatever the order. The sets differ on purpose where a reading wants fewer:
HONORIFICS = r"Mr|Mrs|Ms|Mx"  # the English ones, no doctor's
PERSONAL_TITLES = rf"{HONORIFICS}|Dr"  # and a doctor's
SPANISH_TITLES = r"Sr|Sra|Srta"
ABBREVIATED_TITLES = rf"{PERSONAL_TITLES}|{SPANISH_TITLES}"  # every title written with a full stop ("Miss" has none)
COURTESY_TITLES = rf"{ABBREVIATED_TITLES}|Miss"  # every one

# the words of a customer's own matter with the utility that every reader of one shares: their bill, its payment and
# balance, past due or in arrears, a shut-off, their account, meter and use, a rebate; the bill's, the shut-off's, the
# account's and the meter's words are read on their own too (prose's speakers and land-use parties, a record's field)
BILL_WORDS = r"bill(?:s|ing|ed)?"
SHUT_OFF_WORDS = r"shut-?offs?|disconnect\w*"
ACCOUNT_WORDS = r"accounts?"
METER_WORDS = r"meters?|usage|kwh"
SERVICE_WORDS = (rf"{BILL_WORDS}|payments?|past[\s-]*due|arrear\w*|balance|{SHUT_OFF_WORDS}|{ACCOUNT_WORDS}|"
                 rf"{METER_WORDS}|rebates?")
# a utility's assistance a customer enrols in, as a table's row or a list item names it: the programs by their names
# (CARE, FERA, LIHEAP), the Medical Baseline allowance, a payment plan or arrangement, an arrearage management plan
ASSISTANCE_NAMES = r"CARE|FERA|LIHEAP"
ASSISTANCE_PLANS = r"\bmedical\s+baseline|\bpayment\s+(?:plan|arrangement)|\barrear(?:age|s)\s+management"
# what a customer's own matter with the utility is about, in a case note, a call log's entry, a resident's letter or a
# mail log's subjects: the words above, a payment's plan, a hold, their deposit or refund, a program they enrol in
# (CARE, FERA, medical baseline, an opt-out, a true-up)
SERVICE_MATTER = re.compile(rf"(?i)\b(?:{SERVICE_WORDS}|pay(?:ment)?\s+plan|arrangement|holds?|refunds?|deposits?|acct|"
                            r"estimated?|therms?|service\s+address|late\s+fees?|autopay|enrol\w*|recertif\w*|CARE|FERA|"
                            r"medical\s+baseline|opt[\s-]?(?:out|in)|true-?up|outages?|appeal)\b")


# the words that open a letter before its addressee's name, in the languages of a California city's notices
# (English, Spanish: "Estimado(a)", "Estimada/o", "Apreciable", a household's "Estimada familia"; Vietnamese "Kính gửi"
# and the title after it, "Ông", "Bà", "Cô" (Ms.), "Bác", "Chú"...; Tagalog "Mahal na"; Russian;
# Chinese "尊敬的", written without a space before the name; Korean puts "님께" or "귀하" after it; Punjabi, Lao)
_SALUTATION_WORDS = (r"(?:Dear|(?:Estimad|Querid)(?:[oa](?:s|\([oa]s?\)|/[oa]s?)?|@s?)|Apreciables?|"
                     r"K[ií]nh\s+(?:g\w{1,2}i|th\w{1,2}a)(?:\s+(?:[ÔôOo]ng\s*/\s*[Bb][àa]|[ÔôOo]ng|[Bb][àa]|Anh|Ch\w{1,2}|C[ôo]|B[áa]c|C[ụu]|Em|Qu[ýy]\s+[Kk]h[áa]ch))?|Mahal\s+na(?:\s+(?:G\.|Gng\.|Bb\.))?|"
                     # Russian and Ukrainian: "Уважаемый(ая)", "Уважаемая", "Шановний"
                     r"Уважаем(?:ый|ая|ые)(?:\((?:ая|ый)\))?|Шановн(?:ий|а|і)(?:\((?:а|ий)\))?|"
                     # Punjabi "ਪਿਆਰੇ", "ਸਤਿਕਾਰਯੋਗ"; Lao "ຮຽນ"; Armenian "Հարգելի"; Arabic "السيد/السيدة" (Mr./Mrs.),
                     # "عزيزي", "عزيزتي" (dear), "حضرة" (to the honourable), a form letter's both ("عزيزي/عزيزتي")
                     r"ਪਿਆਰੇ|ਸਤਿਕਾਰਯੋਗ|ຮຽນ|Հարգելի|(?:السيد|السيدة|عزيزي|عزيزتي|حضرة)"
                     r"(?:\s*/\s*(?:السيد|السيدة|عزيزي|عزيزتي|ة))?)")
# a salutation's words opening a sentence before a name (or in capitals: "DEAR"): no word of the name
SALUTATION_WORD = re.compile(rf"(?:{_SALUTATION_WORDS}|DEAR)(?=\s)")
# the first letter of the addressee's name: a capital in Latin, Cyrillic or Armenian script, or any Arabic letter
_NAME_START = r"[A-Z\u00c0-\u024f\u1e00-\u1eff\u0400-\u042f\u0531-\u0556\u0621-\u064a]"
SALUTATION_RE = re.compile(
    rf"\s*(?:{_SALUTATION_WORDS}(?:\s+familia)?\s+(?P<name>{_NAME_START}[^,:;!\n\u060c]{{1,58}}?)\s*(?:[,:;!\u060c\u0589]|$)"
    r"|(?:尊敬的|親愛的|亲爱的)\s*(?P<cjk_name>[^,:;，：；\n]{1,20}?)\s*(?:[,:;，：；]|$)"
    r"|(?P<ko_name>[^,:;\n]{1,20}?)\s*(?:님께|님|귀하)\s*(?:[,:;]|$))")
CLOSING_RE = re.compile(r"(?i)\s*(?:sincerely|respectfully(?: yours)?|(?:best |kind |warm )?regards|"
                        r"(?:very )?truly yours|yours truly|cordially|thank you|atentamente|cordialmente|"
                        r"sinceramente|respetuosamente|saludos|tr\w{1,2}n\s+tr\w{1,2}ng|"
                        r"(?:lubos\s+na\s+)?(?:gumagalang|sumasainyo)|此致|敬上|謹上|谨上|감사합니다|올림|드림)"
                        # a few words, or the writer's name signed after a comma, however long ("Sincerely, Ana Ruiz")
                        r"(?:\b|(?<=\W))(?P<after>.{0,24}|,[ \t]*(?-i:[A-Z\u00c0-\u00de][\w.'\u2019-]*"
                        r"(?:[ \t]+[A-Z\u00c0-\u00de][\w.'\u2019-]*){1,3}))$")
NOTICE_CUE_RE = re.compile(r"past[- ]due|shut[- ]?off|disconnect|amount due|balance due|final notice|"
                           r"desconexi[oó]n|pago vencido|aviso final")
# a word that calls a person a customer ("cust:" of a note too), not a customer-service desk's or a customer
# class's, in English or Spanish ("servicio al cliente", "atención al cliente": the desk's staff)
# the family names most Vietnamese are born to, with their marks and without (a name after "khách hàng" opens with one:
# cues are read in lower case, where a name's capital is lost); not those that are common words too ("mai", "cao", "hà")
_VIETNAMESE_FAMILY_NAMES = (r"(?:nguy\u1ec5n|nguyen|tr\u1ea7n|tran|l\u00ea|ph\u1ea1m|pham|ho\u00e0ng|hoang|hu\u1ef3nh|"
                           r"huynh|phan|v\u0169|vu|v\u00f5|\u0111\u1eb7ng|dang|b\u00f9i|bui|\u0111\u1ed7|h\u1ed3|"
                           r"ng\u00f4|ngo|d\u01b0\u01a1ng|duong|l\u00fd|\u0111inh|dinh|\u0111o\u00e0n|doan|"
                           r"tr\u01b0\u01a1ng|truong|l\u01b0u|luu|qu\u00e1ch|quach|t\u00f4n|ton|ch\u00e2u|chau|"
                           r"tri\u1ec7u|trieu|ki\u1ec1u|kieu|t\u0103ng|t\u1eeb|\u00f4ng|b\u00e0|anh|ch\u1ecb|"
                           r"c\u00f4)\b")
CUSTOMER_ROLE = re.compile(
    r"(?i)\b(?<!servicio al )(?<!servicios al )(?<!servicio a )(?<!atenci\u00f3n al )(?<!atencion al )"
    r"(?:customers?|account\s?holders?|ratepayers?|subscribers?|client[ea]s?|titular|macmiil(?:ka)?|kliyan|"
    r"(?:cust|caller|call[ \t-]?back)(?=\.?\s*:)"  # a call note's "Callback: Ana Ruiz": whom to call back
    r"|cust(?=\.?(?:[ \t]+[a-z]|[ \t]*$))|cx(?=[\s:]))\b"  # a call centre's "cx" and "cust maria lopez" (customer)
    r"(?!\s+(?:service|care|support|relations|programs?|class|classes|type|count|base|stories|story|outreach|"
    r"experience|engagement|name\s*:|accounts|accounting|account\s+(?:manager|supervisor|specialist|clerk|representative|rep|"
    r"services?|division|department|team|unit|office)|advocates?\b|liaisons?\b|specialists?\b|coordinators?\b|"
    r"supervisors?\b|navigators?\b|managers?\b|advis[eo]rs?\b|analysts?\b|officers?\b|energy\s+advis[eo]rs?\b|"
    r"ombuds(?:man|men|woman|women|person|persons|people)?\b|representatives?\b|ambassadors?\b|seats?\b))"
    # a job title or an office: "Customer Accounts Manager", "Customer Advocate", "Customer Energy Advisor", the
    # "Utility Customer Ombudsman" who takes customers' complaints, a "Customer Representative" at the counter; a
    # board's seat for customers ("Residential customer seat"), which an appointee fills
    # the City's translated notices: Chinese 客户/用户 run into the name after them ("客户杨秀荣女士"), the Korean 고객
    # stands apart from it ("고객 박정숙 씨", "PCE 고객인 오영호 씨"), the Vietnamese khách hàng goes before an
    # honorific ("khách hàng Ông ..."); not the desk, the hotline, a count or a number of customers ("客户服务中心",
    # "고객센터", "고객 번호", "dịch vụ khách hàng", "chăm sóc khách hàng", "số khách hàng"), or right before a family
    # name ("Khách hàng Vũ Văn Quân, địa chỉ ..."; not "khách hàng PCE", "khách hàng có thể")
    r"|(?:客户|客戶|用户|用戶)(?!服务|服務|中心|热线|熱線|数|數|号|號|编号|編號|账|帳|姓名|名称|名稱|代表|经理|經理)"
    r"|(?<![\uac00-\ud7a3])고객(?:인|이신)?(?=[ \t]|$)(?![ \t]+(?:센터|서비스|번호|수|여러분)(?![\uac00-\ud7a3]))"
    rf"|(?<!d\u1ecbch v\u1ee5 )(?<!ch\u0103m s\u00f3c )(?<!s\u1ed1 )(?<!dich vu )(?<!cham soc )(?<!so )"
    rf"\bkh[a\u00e1]ch h[a\u00e0]ng(?=[ \t]+{_VIETNAMESE_FAMILY_NAMES}|[ \t]*$)")  # typed with its marks or without
# a business owner speaking of their business: "i own ortiz auto repair", "we are located at", "our restaurant"; their
# words about its bill are the firm's, no household's. Not the office a resident called, wrote to or came to: a council
# member's or an agency's own ("Ana Ruiz called my office", "contacted our office", "came by my office", "our office
# received a complaint from ..."), whose writer tells a constituent's or a customer's case
OWN_BUSINESS_RE = re.compile(r"(?i)\b(?:i\s+own\s+(?!a\s+home|the\s+home|my\s+home|our\s+home)|we\s+are\s+located|"
                             r"(?:my|our)\s+(?:business|shop|store|restaurant|company|clinic|salon|firm)|"
                             r"(?<!called\s)(?<!phoned\s)(?<!contacted\s)(?<!reached\s)(?<!visited\s)(?<!emailed\s)"
                             r"(?<!e-mailed\s)(?<!to\s)(?<!by\s)(?<!into\s)(?:my|our)\s+office"
                             r"(?!\s+(?:has\s+|had\s+)?(?:received|got|logged|took|opened|handled|reviewed|was\s+contacted)\b)|"
                             r"we\s+employ|customers\s+can\s+reach\s+us)")
# a word that makes a private person a party on the customer's side of a utility case, though it does not say
# "customer": a tenant or landlord in a service dispute, an appellant, complainant or claimant, a household, and
# who stands in for an account holder or answers for the account (an estate's personal representative or executor,
# a co-signer, a guarantor)
PARTY_WORDS = (r"\b(?:tenants?|renters?|lessees?|landlords?|"
               r"appellants?|complainants?|claimants?|plaintiffs?|petitioners?|applicants?|"
               r"residents?|homeowners?|households?|occupants?|ratepayers?|personal\s+representatives?|executors?|executrix|"
               r"co-?signers?|guarantors?|(?:previous|prior|former)\s+owners?|"
               # the same parties on the City's translated pages: Spanish inquilino/arrendador, Tagalog umuupa
               # (renter) and may-ari ng bahay (the house's owner), Vietnamese người thuê nhà and chủ nhà
               r"inquilin[oa]s?|arrendador(?:a|es|as)?|arrendatari[oa]s?|propietari[oa]\s+de\s+la\s+vivienda|"
               r"solicitantes?|"  # the applicant: "Solicitante: Perpetua Alcantar. Dirección de servicio: ..."
               r"umuupa|nangungupahan|may-?ari\s+ng\s+(?:bahay|paupahan)|ng\u01b0\u1eddi\s+thu\u00ea\s+nh\u00e0|"
               r"ch\u1ee7\s+nh\u00e0)\b")
PARTY_ROLE = re.compile(PARTY_WORDS, re.IGNORECASE)
# a resident taking part in a public process, which minutes record with their home and number: "... spoke regarding
# variance V-26-14", "... addressed the Commission in opposition to the rezoning" (about a bill, they are a customer)
PUBLIC_PROCESS = re.compile(r"(?i)\b(?:(?:spoke|speaks|speaking)\s+(?:regarding|about|on|against|for|in)\b|"
                            r"addressed\s+the|testified|in\s+(?:opposition|favou?r|support)|opposed|rezoning|"
                            r"variance|zoning|annexation|subdivision|site\s+plan|conditional\s+use|petition(?:ed)?|"
                            # an applicant for a seat on a board: "- Applying for Harbor Commission."
                            r"(?:applying|applied|applicant|application|candidate|nominated|nominee)\s+(?:for|to)\s+"
                            r"(?:appointment|(?:the\s+)?(?:[A-Z][\w&'-]*\s+){0,4}(?:commission|board|committee|council|"
                            r"authority|task\s+force)))\b")
# an e-mail printed into a packet: its "From:" line names the writer and, often, their own mailbox; a name with or without its mailbox, or the mailbox alone ("From: ana52@isp.net"), whose
# ``name`` is then None
EMAIL_FROM_RE = re.compile(r"\s*from:\s*(?:(?P<name>[^<\n@]{3,60}?)\s*(?:<[^>\n]*>|\[[^\]\n]*\])?"
                           r"|<?[\w.+-]+@[\w-]+(?:\.[\w-]+)+>?)\s*$", re.IGNORECASE)

# a line of an e-mail's header printed as text (in English or Spanish): "From:", "Sent:", "To:", "Subject:", "Asunto:"
EMAIL_HEADER_LINE = re.compile(r"(?i)\s*(?:from|sent|date|to|cc|bcc|reply-to|subject|de|para|enviado|fecha|asunto)\s*:")


_SIGNATURE_LOWER_WORDS = 4  # lower-case words a letter's own line has fewer of ("Director of Public Works")


def running_text_line(text: str) -> bool:
    """Whether a line reads as running text (a paragraph's line: "Permit for a wireless facility at 14943"), not as a
    letter's own short line (the signature's name, title, street, phone or mailbox; a "RE:" line above its salutation)."""
    return sum(word.isalpha() and word.islower() for word in text.split()) >= _SIGNATURE_LOWER_WORDS
# what opens the next message of a thread or a packet printed as text: its header's first line ("From: ...", or
# "Subject: ..." / "Asunto: ..." where the printout leaves the sender out), a mailer's marker ("-----Original
# Message-----", "---------- Forwarded message ---------", "Begin forwarded message:") or a reply's quotation ("On
# Tue, May 6, 2025 at 9:14 AM Ana Ruiz <aruiz7@gmail.com> wrote:", "El ... escribió:")
_SENDER_OPENS = re.compile(r"(?i)\s*from\s*:")
_SUBJECT_OPENS = re.compile(r"(?i)\s*(?:subject|asunto)\s*:")
_MAILER_MARK = re.compile(r"(?i)\s*(?:-{2,}\s*(?:original\s+message|forwarded\s+message|mensaje\s+original|"
                          r"mensaje\s+reenviado)\s*-{2,}|begin\s+forwarded\s+message\s*:?)\s*$")
_REPLY_QUOTATION = re.compile(r"(?i)\s*(?:on|el)\s[^\n]{6,200}?\s(?:wrote|escribi[oó])\s*:\s*$")
# the heading of the next submission of an e-comment export ("Guest User Location: Old Town Submitted At: 10:17AM
# 04-28-2026 Position: Oppose"; its fields on lines of their own too): each comment below is its own writer's
_SUBMISSION = re.compile(r"(?i)(?:^|.*\s)submitted\s+(?:at|on)\s*:")


def message_mark(text: str, above: str | None) -> str | None:
    """How a line opens a message of an e-mail thread or packet printed as text, the line ``above`` it being the
    last of what came before: "sender" (a header's "From:"), "subject" (its "Subject:" or "Asunto:"), "mark" (a
    mailer's marker) or "quotation" (a reply's "On ... wrote:"); None for a line that opens none (a header's
    "Subject:" under its "From:" and "To:")."""
    if _MAILER_MARK.match(text) or _SUBMISSION.match(text):
        return "mark"
    if _REPLY_QUOTATION.match(text):
        return "quotation"
    if above is not None and EMAIL_HEADER_LINE.match(above):
        return None
    if _SENDER_OPENS.match(text):
        return "sender"
    return "subject" if _SUBJECT_OPENS.match(text) else None


# the heading of the next item of a compilation of comments, where the e-mail or the paragraph above it ends:
# "Comment 4", "Letter No. 12", "Public Comment #3", "Correspondence 7:"
COMPILED_ITEM = re.compile(r"(?i)\s*(?:(?:public|written)\s+)?(?:comment|letter|correspondence|e-?mail|submission)"
                           r"\s*(?:no\.?\s*|#\s*)?\d{1,3}\s*[:.]?\s*")

# a letter's addressee line to a public body ("Honorable Mayor and Members of the City Council", "To the City
# Council,") or to an office, not a memo's "TO:" field: it opens a letter as a salutation does
_ADDRESSEE = (r"(?:to\s+(?:the\s+)?)?(?:honorable|hon\.)\s+(?:mayor|vice mayor|chair|council|commissioners?|members|"
              r"board|supervisors?|trustees|directors)"
              r"|to\s+(?:the\s+)?(?:mayor|city council|council|planning commission|commission|board of \w+)\b"
              r"[^\n\x00]{0,60}(?:$|[\n\x00])"
              # or to an office, a line of its own: "To the Energy Program staff:", "To whom it may concern,"
              r"|(?:to\s+(?:the\s+)?(?:[\w&'-]+\s+){0,3}(?:staff|department|office|team|division)|to\s+whom\s+it\s+"
              r"may\s+concern)\s*[:,]?[ \t]*(?:$|[\n\x00])")
ADDRESSEE_RE = re.compile(rf"\s*(?:{_ADDRESSEE})", re.IGNORECASE | re.MULTILINE)

# each kind of cue: its pattern (matched at a hit of one of its first words, in lower-cased text) and those words
_CUES = {
    # words to a customer about their account
    "customer": (re.compile(
        # ("your most recent bill")
        r"your\s+(?:(?:electric(?:ity)?|energy|utility|pce|sce|edison|monthly|most\s+(?:recent|current)|current|"
        r"recent|last|final|total|"
        r"past[- ]due|previous|prior|latest|estimated|actual|average|annual|daily|"  # "your January usage"
        r"(?:(?:january|february|march|april|may|june|july|august|september|october|november|december),?\s+"
        r"(?:(?:and|&)\s+)?)*(?:january|february|march|april|may|june|july|august|september|october|november|"
        r"december)|summer|winter|spring|fall)\s+)?"  # months listed: "your June, July and August bills"
        r"(?:account|bill|billing|statement|service|usage|consumption|meter|balance|payment|"
        r"charges|home|residence|property|premises|deposit|refund|(?:bill|statement|account|meter|payment)s)\b|"
        # a customer portal's e-mail: "your SmartHub account", "your password has been reset", "your login"
        # and another company's: "your Columbia Gas account", "your Eversource Gas account"
        r"your\s+(?:[a-z][\w-]*\s+){0,2}(?:account|password|passcode|login|log-in|username|user\s+name|pin)\b|"
        # a utility program's answer to the customer's own application: "your request to enroll in the Medical
        # Baseline program", "your CARE recertification", "your application for the heat pump rebate"
        r"your\s+(?:[a-z][\w-]*\s+)?(?:request|application|enrol(?:l)?ment|participation|eligibility|"
        r"(?:re)?certification)\b(?![^.!?\n\x00]{0,60}?\b(?:serve|board|commission|committee|position|job|permit|"
        r"licen[cs]e|grant)s?\b)[^.!?\n\x00]{0,60}?\b(?:program|discount|rebate|care|fera|medical\s+baseline|"
        r"incentive)\b|"
        r"past[- ]due|shut[- ]?off|disconnect|amount due|"
        r"balance due|"
        r"final notice|billing dispute|su (?:cuenta|factura|uso|consumo|hogar|casa|servicio)\b|desconexi[oó]n|"
        r"pago vencido|aviso final|"
        # a letter's salutation to the customer as such: "Dear Customer:", "Dear Valued ALCP Customer,"
        r"dear\s+(?:(?:valued|residential|utility|electric|[a-z&.-]{2,12})\s+){0,2}"
        r"(?:customer|ratepayer|account\s?holder)s?\b(?!\s+(?:service|care|support|relations))"
        # the same in Vietnamese ("tài khoản của quý vị", "tài khoản dịch vụ số ... của quý khách", "hóa đơn của Ông/Bà"
        # and "thanh toán quá hạn", past due), Tagalog ("iyong bill", "inyong konsumo", "inyong Numero ng serbisyo"),
        # Chinese ("您的账户", "您上个月的用电量": your last month's usage) and Korean ("귀하의 요금")
        # (and "mức tiêu thụ điện tháng trước của quý vị", the usage of your last month)
        r"|(?:t[aà]i\s+kho\w{1,2}n|h[oó]a\s+\w{1,2}n|d[iị]ch\s+v\w{1,2}|m\w{1,2}c\s+ti[eê]u\s+th\w{1,2})"
        r"(?:\s+[^\s.,;:]+){0,4}?\s+c\w{1,2}a\s+"
        r"(?:qu[yý]\s+(?:v[iị]|kh[aá]ch)|[oô]ng\s*/\s*b[aà]|[oô]ng\s+b[aà])"
        r"|thanh\s+to[aá]n\s+qu[aá]\s+h[aạ]n"
        # "lượng điện quý vị dùng" ("the electricity you used"), "tiền điện của quý vị" ("your electricity bill")
        r"|(?:l\w{1,2}ng\s+đi\w{1,2}n|ti\w{1,2}n\s+đi\w{1,2}n)\s+(?:c\w{1,2}a\s+)?qu[yý]\s+v[iị]"
        r"|(?:iyong|inyong)\s+(?:[\w-]+\s+){0,2}?(?:account|bill|singil|serbisyo|kuryente|konsumo|metro|bayarin)"
        r"|您[^\s，。、的]{0,4}的\s*(?:账户|帳戶|账单|帳單|电费|電費|用电|用電|服务|服務)"
        r"|귀하의\s*(?:계정|계좌|요금|청구서|전기|서비스)"
        # Russian: "вашего лицевого счёта", "ваш счёт", "вашей задолженности"
        r"|ваш(?:его|ей|а|у|им)?\s+(?:лицевого\s+|лицевой\s+)?(?:сч[её]та?|задолженност\w*|электроснабжени\w*)"
        # past due and "your household" in Vietnamese ("đã quá hạn thanh toán", "gia đình Ông/Bà đã sử dụng"), the
        # Korean "고객님의" ("the customer's", a notice's "your"; "고객님께", a letter's "to the customer", its "Dear
        # Customer"), the Armenian "Ձեր հաշիվ" ("your account"), and
        # Arabic "your account / bill / consumption" and "late in paying" ("حسابكم", "استهلاككم", "متأخر في السداد")
        r"|qu[aá]\s+h[aạ]n\s+thanh\s+to[aá]n|(?:gia\s+đình|nhà|hộ)\s+(?:của\s+)?(?:ông/bà|ông\s+bà|quý\s+vị)"
        r"|고객님(?:의|께|에게)|ձեր\s+(?:հաշ[իվ]\w*|վճար\w*|սպառ\w*|ծառայ\w*)"
        r"|(?:حساب|فاتورت|استهلاك)(?:كم|ك)(?!\w)|متأخر(?:ة)?\s+في\s+(?:السداد|الدفع)"),
        ("your", "past", "shut", "disconnect", "amount due", "balance due", "final notice", "billing dispute",
         "su ", "desconexi", "pago vencido", "aviso final", "tài", "tai", "hóa", "hoa", "dịch", "dich", "mức", "muc", "thanh", "lượng",
         "luong", "tiền", "tien", "iyong", "inyong", "您", "귀하의", "ваш", "quá", "qua", "gia", "nhà", "hộ", "고객님",
         "ձեր", "حساب", "فاتورت",
         "استهلاك", "متأخر", "dear")),
    # words of what residents submit to a public body (the Brown Act makes it a public record); a compilation's
    # numbered comment and when it came in head its page ("Comment 3 of 12 - received April 4", "Comment #3 (received
    # 4/12)", "Comentario 2 de 5, recibido ..."): a case log's "Comment 2 of 3: customer says ..." is none
    "public comment": (re.compile(
        r"(?:ecomments?|speaker cards?|requests? to speak|comment cards?|(?:public|written) comments? received|"
        r"written communications? received|"
        r"(?:comments?|comentarios?)\s+(?:no\.?\s*|#\s*)?\d{1,4}(?:\s+(?:of|de)\s+\d{1,4})?\s*[-\u2013\u2014:,(]?\s*"
        r"(?:received|recibido)|"
        r"correspondence received|comentarios? p[uú]blicos? recibidos)\b"),
        ("ecomment", "speaker card", "request", "comment card", "public comment", "written comment",
         "correspondence received", "comentario", "written communication", "comment")),
    # a public meeting's sign-in sheet: residents' homes and numbers given to a public body, as a comment's are,
    # where the page is about no utility matter (a utility's own meeting on a water main is its customers')
    # (or a sheet that says it is one: "Signing in is voluntary. This sheet is a public record.")
    "sign-in sheet": (re.compile(r"(?:sign[- ]?in\s+sheets?|attendance\s+(?:sheets?|rosters?|records?)|"
                                 r"signing\s+in\s+is\s+(?:voluntary|optional)|"
                                 r"(?:this\s+)?(?:sheet|sign-?in|roster)\s+is\s+a\s+public\s+record)\b"),
                      ("sign", "attendance", "sheet is", "roster is")),
    # the same, where the words must open a line: a salutation or an addressee line to a public body ("Honorable
    # Mayor and Members of the City Council" alone on its line; not a staff report's "TO: Honorable Mayor ..."), an
    # e-mail's "To:" one
    "public comment line": (re.compile(
        r"(?:dear|estimad[oa]s?)\s+(?:the\s+)?(?:honorable\s+|hon\.\s+)?(?:mayor|vice mayor|chair|council|"
        r"commissioner|planning commission|board|supervisor|members of|city clerk|trustees|directors|alcalde)"
        rf"|{_ADDRESSEE}"
        r"|to:[^\n\x00]*(?:public\s*comment|council|clerk|commission|board)[^\n\x00]*@"
        # a heading over the comments themselves ("Written public comments - Item 4", "Public comment letters:"), not
        # a sentence on how to send one ("Written comments may be submitted to ...")
        r"|(?:written\s+(?:public\s+)?comments?|public\s+comment\s+(?:letters?|cards?|e-?mails?|submissions?))"
        r"(?:\s+received)?[ \t]*(?:[-\u2013\u2014:(]|$|(?=[\n\x00]))"),
        ("dear", "estimad", "to:", "honorable", "hon.", "to the honorable", "to honorable", "to the mayor",
         "to mayor", "to the city council", "to city council", "to the council", "to council",
         "to the planning commission", "to the commission", "to the board", "written", "public comment")),
    # a person called a customer in running text
    "customer role": (CUSTOMER_ROLE, ("customer", "account holder", "accountholder", "ratepayer", "subscriber",
                                      "cliente", "clienta", "titular", "cust", "caller", "callback", "call back", "call-back", "cx", "客户", "客戶", "用户", "用戶",
                                      "고객", "khách hàng", "khach hang")),
    # a person called a party of a utility case: tenant, landlord, appellant ...
    "party role": (PARTY_ROLE, ("tenant", "renter", "lessee", "landlord",
                                "appellant", "complainant", "claimant", "plaintiff", "petitioner",
                                "applicant", "resident",
                                "homeowner", "household", "occupant", "ratepayer", "personal representative", "executor",
                                "executrix", "co-signer", "cosigner", "guarantor", "previous", "prior", "former",
                                "inquilin", "arrendador", "arrendatari", "propietari", "solicitante", "umuupa",
                                "nangungupahan",
                                "may-ari", "mayari", "thu\u00ea nh\u00e0", "ch\u1ee7 nh\u00e0")),
    # words of a utility matter: a page that has them tells a utility case (a bill appeal, a service dispute), not
    # a code-enforcement log's or a lost-dog notice's; a PDF's or a text file's line may break between two of its
    # words ("a power" / "surge"), and the lines of the joined text are apart by "\x00"
    "utility matter": (re.compile(r"(?:utilit(?:y|ies)|electric(?:ity|al)?|billing|bills?|meters?|kwh|kilowatt|"
                                  r"shut[- ]?off|disconnect\w*|service[\s\x00]+(?:at|address|account)|"
                                  r"account[\s\x00]+(?:no|number|#)|power[\s\x00]+(?:surges?|outages?|failures?|spikes?)|"
                                  r"outages?|(?:payment|pmt)[\s\x00]+(?:arrangements?|plans?)|auto[- ]?pay|"
                                  # a utility's safety shut-off and the program for customers on medical equipment
                                  r"psps|medical[\s\x00]+baseline|"
                                  # an outage report's failed equipment and the service it cut ("a transformer failed
                                  # ..., interrupting service to 169 customers")
                                  r"transformers?|(?:service|power)[\s\x00]+(?:interruptions?|restor(?:ed|ation))|"
                                  r"interrupt(?:ed|ing|ion)[\s\x00]+(?:of[\s\x00]+)?(?:electric[\s\x00]+)?(?:service|power)|"
                                  # a solar customer's net metering and its yearly settlement ("NEM 2.0", "true-up")
                                  r"nem|net[\s\x00]+(?:energy[\s\x00]+)?metering|true[\s\x00-]?ups?|"
                                  r"(?:sent|placed|referred|turned[\s\x00]+over)[\s\x00]+(?:to|in|into)[\s\x00]+"
                                  r"collections|"
                                  # the same on the City's translated pages: Spanish "las facturas", "la cuenta de
                                  # luz", "el medidor"; Tagalog "kuryente"; Vietnamese hóa đơn (bill), đồng hồ điện
                                  # (meter), tiền điện (the power bill), tài khoản điện (the electric account)
                                  r"facturas?|cuenta[\s\x00]+de[\s\x00]+(?:luz|electricidad)|medidor(?:es)?|"
                                  # Spanish shut-offs: "la lista de desconexión", "fueron desconectados"
                                  r"desconexi(?:\u00f3n|on|ones)|desconectad[oa]s?|"
                                  r"electricidad|kuryente|h\u00f3a[\s\x00]+\u0111\u01a1n|"
                                  r"(?:\u0111\u1ed3ng[\s\x00]+h\u1ed3|ti\u1ec1n|t\u00e0i[\s\x00]+kho\u1ea3n)[\s\x00]+\u0111i\u1ec7n)\b"),  # a claim for a fridge a
                       # power surge ruined; an account's payment arrangement ("Pmt arrangement per ...")
                       ("utilit", "electric", "billing", "bill", "meter", "kwh", "kilowatt", "shut", "disconnect",
                        "service", "account", "power", "outage", "payment", "pmt", "auto", "sent", "placed",
                        "referred", "turned", "psps", "medical", "nem", "net", "true", "transformer", "interrupt",
                        "factura", "cuenta", "medidor", "electricidad", "kuryente", "desconex", "desconect",
                        "h\u00f3a \u0111\u01a1n", "\u0111\u1ed3ng h\u1ed3", "ti\u1ec1n \u0111i\u1ec7n",
                        "t\u00e0i kho\u1ea3n")),
    # a note that says its data was copied from the utility's customer or billing system ("copied from CIS screen",
    # "pulled from the billing system", "per CIS"); not a page that mentions the system ("billing system upgrade")
    "customer system": (re.compile(
        r"(?:(?:copied|pasted|pulled|exported|taken|printed|screen\s?shot)\s+(?:from|of|out of)\s+(?:the\s+)?|"
        r"(?:from|per)\s+(?:the\s+)?)"
        r"(?:cis|customer information system|billing system|billing records?|customer records?|customer database|"
        r"account (?:screen|lookup|history))\b|cis\s+(?:screen|record|notes?|entry)\b"),
        ("copied", "pasted", "pulled", "exported", "taken", "printed", "screenshot", "screen shot", "from", "per",
         "cis")),
    # a person's own utility account, bill or meter, said by or of them ("my bill is too high", "she says her meter
    # at 402 Palm Dr reads wrong",
    # "the customer's bill for July"); a dispute someone filed, the service someone receives, what the customer
    # asked: where a staff report tells one customer's case ("a billing dispute from Jae-sung Kwon, who receives
    # service at ...", "The ratepayer asked that future notices go to ...")
    "customer possessive": (re.compile(
        r"(?:(?:my|his|her|their|the\s+(?:customer|ratepayer|account\s?holder)['\u2019]s)\s+"
        r"(?:(?:electric(?:ity)?|energy|utility|pce|sce|edison|monthly|current|recent|last|final|"
        r"past[- ]due|"  # and the months the bill is for: "my August bill", "their June and July bills"
        r"(?:(?:january|february|march|april|may|june|july|august|september|october|november|december),?\s+"
        r"(?:(?:and|&)\s+)?)*(?:january|february|march|april|may|june|july|august|september|october|november|"
        r"december)|summer|winter)\s+)?"
        r"(?:account|acct|bill|billing|statement|meter|usage|consumption|balance|charges|(?:bill|statement|meter)s|"
        r"arrears|arrearages?)\b"  # "call Ms. X (909) ... about her arrears"
        r"(?!\s+of\b)"  # not "by her account of the meeting"
        r"|billing\s+(?:dispute|complaint|inquiry|question)\s+(?:from|by|filed\s+by|submitted\s+by)\s"
        # an agenda's or a packet's item of one customer's bill: "Bill appeal of Kwabena Bautista, 461 ...", "billing
        # appeal by ...", "bill adjustment request from ..."
        r"|bill(?:ing)?\s+(?:appeal|dispute|adjustment(?:\s+request)?)\s+(?:of|from|by|filed\s+by|submitted\s+by)\s"
        r"|(?:who|the\s+(?:customer|ratepayer|account\s?holder))\s+(?:receives?|received|gets?)\s+"
        r"(?:(?:electric(?:ity)?|electrical|utility|pce|sce)\s+)?service\s+at\s"
        r"|the\s+(?:customer|ratepayer|account\s?holder)\s+(?:asked|asks|requested|requests|stated|states|said|"
        r"says|reported|reports|complained|called|wrote|wants|wishes|disputes?|disputed|can\s+be\s+reached|"
        r"may\s+be\s+reached)\b"
        r"|mi\s+(?:cuenta|factura|medidor|consumo|recibo)\b"
        # Spanish "su factura" after what the person did or had done about it, which makes the "su" theirs, not the
        # reader's ("Yolanda Ruiz llamó por su factura", "fue atendida por ... con su cuenta"; "Pague su factura" is
        # the reader's)
        r"|(?:llam[oó]|escribi[oó]|pregunt[oó]|report[oó]|reclam[oó]|disput[oó]|pidi[oó]|se\s+quej[oó]|"
        r"(?:fue|fueron)\s+(?:atendid|ayudad|asistid|orientad)[oa]s?)(?![\w])[^.;:!?\n]{0,60}?"
        r"\bsus?\s+(?:factura|cuenta|medidor|consumo|recibo)s?\b"
        # Tagalog "kanyang account" ("his/her account"), "kanyang sambahayan" ("his/her household")
        r"|(?:kanyang|kaniyang|niyang|kanilang)\s+(?:account|akawnt|bill|singil|metro|konsumo|sambahayan)\b"
        # Tagalog's possessive marker before a name: "ang metro ni G. Reyes" ("Mr. Reyes's meter")
        r"|(?:account|akawnt|bill|singil|metro|konsumo)\s+ni\s"
        # Vietnamese "of him/her" after the meter, the bill or the account: "đồng hồ điện của ông Tâm" ("Mr. Tâm's
        # electric meter"), "hóa đơn của bà", "tài khoản điện của chị"
        r"|(?:\u0111\u1ed3ng\s+h\u1ed3|h\u00f3a\s+\u0111\u01a1n|t\u00e0i\s+kho\u1ea3n)(?:\s+(?:ti\u1ec1n\s+)?\u0111i\u1ec7n)?"
        r"\s+c\u1ee7a\s+(?:\u00f4ng|b\u00e0|ch\u1ecb|anh|c\u00f4)\b"
        # a refund the utility pays to a person: "Refund check issued to Ana Ruiz, mailed to ..."
        r"|(?:deposit\s+)?(?:refund|rebate)\s+(?:check\s+|cheque\s+)?(?:was\s+)?(?:issued|mailed|sent|paid)\s+to\s)"),
        ("my ", "mi ", "his ", "her ", "their ", "llamó", "llamo", "escribió", "escribio", "preguntó", "pregunto",
         "reportó", "reporto", "reclamó", "reclamo", "disputó", "disputo", "pidió", "pidio", "se quej", "fue ",
         "fueron ", "kanyang", "kaniyang", "niyang", "kanilang", "the customer",
         "account ni", "akawnt ni", "bill ni", "singil ni", "metro ni", "konsumo ni",
         "\u0111\u1ed3ng h\u1ed3", "h\u00f3a \u0111\u01a1n", "t\u00e0i kho\u1ea3n",
         "the ratepayer", "the account", "billing dispute", "bill appeal", "billing appeal", "bill dispute",
         "bill adjustment", "billing adjustment",
         "billing complaint", "billing inquiry", "billing question", "who receive", "who get", "refund", "rebate",
         "deposit")),
    # a consumption figure's unit (and Chinese 千瓦时, and 度 right after a figure: "1,234 度电", "上月用电 1,234 度"),
    # and the kilowatt-hour of the City's Armenian, Russian, Arabic, Persian, Korean and Khmer notices
    "usage": (re.compile(r"kwh|kw-h|kilowatt|kilovatio|therm|千瓦小?[时時]|(?<=[\d ])度|"
                         r"կվտ|կիլովատ|квт|киловатт|[كک][يی]لو\s?وا[طت]|킬로와트|គីឡូវ៉ាត់"),
              ("kwh", "kw-h", "kilowatt", "kilovatio", "therm", "千瓦", "度", "կվտ", "կիլովատ", "квт", "киловатт", "كيلو",
               "کیلو", "킬로와트", "គីឡូវ៉ាត់")),
}
_LINE_START = {"public comment line"}
_AFTER_FIGURES = {"usage"}  # kinds whose words may follow a digit at once ("640kWh")


@lru_cache(maxsize=1)
def _automaton() -> ahocorasick.Automaton:
    automaton = ahocorasick.Automaton()
    for kind, (_, words) in _CUES.items():
        for word in words:
            kinds = automaton.get(word, (len(word), ()))[1]
            automaton.add_word(word, (len(word), (*kinds, kind)))
    automaton.make_automaton()
    return automaton


class CueIndex:
    """The confirmed cues of one lower-cased text: their kinds and starting positions, in order."""

    def __init__(self, lower: str):
        self.text = lower
        found: dict[str, set[int]] = defaultdict(set)
        for end, (length, kinds) in _automaton().iter(lower):
            start = end - length + 1
            for kind in kinds:
                before = lower[start - 1] if start else " "
                if start in found[kind] or (before.isalpha() and lower[start].isascii()) or (
                        before.isdigit() and kind not in _AFTER_FIGURES):  # Chinese runs words together
                    continue
                if kind in _LINE_START and lower[_line_start(lower, start):start].strip():
                    continue
                if _CUES[kind][0].match(lower, start):
                    found[kind].add(start)
        self.positions = {kind: sorted(positions) for kind, positions in found.items()}

    def find(self, kind: str, start: int = 0, end: int | None = None) -> list[int]:
        """Positions of cues of ``kind`` in ``text[start:end]``."""
        positions = self.positions.get(kind, [])
        end = len(self.text) if end is None else end
        return positions[bisect_left(positions, start):bisect_left(positions, end)]

    def any(self, kind: str, start: int = 0, end: int | None = None) -> bool:
        return bool(self.find(kind, start, end))


def _line_start(text: str, position: int) -> int:
    return max(text.rfind("\n", 0, position), text.rfind("\x00", 0, position)) + 1


# a sentence's end: its stop (a quote or a bracket may close after it) before the next sentence's capital, not an
# initial's period ("Ana M. Ruiz"); a Chinese or Japanese full stop before an English sentence ("... PCE 服务。 Ana Ruiz
# spoke ...")
SENTENCE_END = re.compile(r"(?<!\b[A-Z])[.!?][\"\u201d\u2019)]?(?=\s+[\"\u201c]?[A-Z])"
                          r"|[\u3002\uff01\uff1f][\"\u201d\u2019)]?(?=\s*[\"\u201c]?[A-Z])")
# a sentence to customers at large ("Income-qualified customers may qualify for a free upgrade: (360) 555-4040"): its
# number is the program's, not that of a customer a sentence before named
_SPEAKS_TO_ALL = re.compile(r"(?i)\b(?:customers|residents|ratepayers|households|homeowners|renters)\b")
_TWO_CAPITALISED = re.compile(r"\b[A-Z][a-z'\u2019-]+[ \t]+[A-Z][a-z'\u2019-]+")  # a name, as a list of customers gives


def to_customers_at_large(text: str, position: int) -> bool:
    """Whether the sentence of ``text`` around ``position`` speaks to customers at large (see ``_SPEAKS_TO_ALL``) and
    names none of them ("These ratepayers were moved to the tier: Odette Varga, 318 Juniper Ave; ..." lists some)."""
    opened = max((m.end() for m in SENTENCE_END.finditer(text, 0, position)), default=0)
    closed = SENTENCE_END.search(text, position)
    end = closed.start() if closed else len(text)
    return _SPEAKS_TO_ALL.search(text, opened, end) is not None and _TWO_CAPITALISED.search(text, opened, end) is None


# the contact an event's, a league's or a program's notice invites readers to call or write, right before their name:
# a label naming what to ask about ("Vendor and volunteer inquiries:", "RSVP:", "Questions:", "Contact person:") or
# an invitation opening its clause ("For more information, contact", "To volunteer, call", "Questions? E-mail"), a
# verb, not a record's label ("Email: ..."); someone who published their cell and mailbox to be reached, not a
# customer's record
_INVITATION = (
    r"(?:\b(?:inquir(?:y|ies)|enquir(?:y|ies)|questions|information|info|details|rsvps?|registration|"
    r"reservations|sign-?ups?|tickets|sponsorships?|booths?|contact\s+person|organi[sz]er|coordinator)"
    r"(?:\s*\([^()]{0,30}\))?\s*[:\u2013\u2014]"
    r"|(?:^|[.;:?!]\s*|\bfor\s+(?:more\s+)?(?:information|info|details|questions|tickets|reservations)\b,?\s*|"
    r"\bto\s+(?:volunteer|register|rsvp|sign\s+up|reserve\s+\w+|book\s+\w+|join)\b,?\s*)"
    r"(?:please\s+)?(?:(?:call|text|e-?mail)\s*(?:or|and|/)\s*)?"  # "text or call Ana Ruiz", "call/text"
    r"(?:contact|call|e-?mail|text|write\s+to|reach\s+out\s+to|rsvp\s+to)\b(?!\s*:))")
_INVITED_CONTACT = re.compile(rf"(?i){_INVITATION}\s*$")
_INVITATION_RE = re.compile(rf"(?i){_INVITATION}")
_CONTACT_REACH = 80  # from an invitation to the name it gives, and from the name to the contact's mailbox
# what an invitation to a customer's own case says: "Billing questions:", "Outage inquiries: ..." are no event's
_CASE_WORDS = re.compile(r"(?i)\b(?:bills?|billing|accounts?|payments?|outages?|services?|disconnect\w*|shut-?off|"
                         r"complain\w*|claims?|disputes?|callbacks?|call\s+backs?|tickets?\s+#)\b")


def invited_contact(text: str, start: int) -> bool:
    """Whether the name at ``text[start:]`` is a notice's published contact (see ``_INVITED_CONTACT``), not a
    customer's case: the words before the name speak of no bill, account or outage ("Billing questions:",
    "Callback requested. Contact:"), and the text says no customer."""
    before = max(0, start - _CONTACT_REACH)
    return bool(_INVITED_CONTACT.search(text, before, start)) and not _a_case(text, before, start)


def invited_mailbox(text: str, start: int) -> bool:
    """Whether the mailbox at ``text[start:]`` is the one an invitation in its clause gives, after the contact's name
    and number ("Vendor inquiries: Ana Ruiz, 909-555-0101, ana.ruiz@gmail.com"), as ``invited_contact`` reads it;
    not a mailbox the writer asks a reply at ("Complainant asked to stay anonymous. Email reply to ...")."""
    before = max(0, start - 2 * _CONTACT_REACH)
    last = None
    for last in _INVITATION_RE.finditer(text, before, start):
        pass
    between = text[last.end():start] if last else ""
    return last is not None and bool(_TWO_CAPITALISED.search(between)) and not re.search(r"[.;!?](?:\s|$)", between) \
        and not _a_case(text, before, start)


# a call instruction right before a name and its number after it: "call Marisol Ortega at (909) ...", Spanish "llame a
# ... al", "comuníquese con ... al", Tagalog "tawagan si ... sa", Vietnamese "gọi cho ... theo số", "liên lạc với
# ..."; an imperative: the verb opens its clause, or follows "or", "please" ("Staff will call Ana Ruiz at ..." is no
# instruction)
_CALL_BEFORE = re.compile(r"(?i)(?:^|[.!?:;,(\n][ \t]*|\b(?:or|and|please|then|o|y|u|favor\s+de|at|ho[aặ]c|hay|xin|"
                          r"vui\s+l[oò]ng)[ \t]+)(?:call|phone|contact|reach|llame\s+a|ll[aá]mele\s+a|"
                          r"comun[ií]quese\s+con|cont[aá]cte(?:se\s+con|\s+a)|"
                          r"tawagan\s+(?:si|kay)|g[oọ]i\s+(?:cho|cho\s+s[oố])|"
                          r"li[eê]n\s+l[aạ]c\s+v[oớ]i|li[eê]n\s+h[eệ]\s+v[oớ]i)[ \t]+$")
_NUMBER_AFTER_CALLED = re.compile(r"(?i)[ \t]*(?:,[ \t]*)?(?:at|al|en\s+el|sa|theo\s+s[oố]|t[aạ]i\s+s[oố]|s[oố])?[ \t]*"
                                  r"(?:\(\d{3}\)|\+?\d)")
# the reader addressed in the second person: "your bill", "Pague su factura", "usted", Tagalog "inyong", "ninyo",
# Vietnamese "quý vị", "bạn"
_SECOND_PERSON = re.compile(r"(?i)\b(?:your|you|su|sus|usted|ustedes|inyong|ninyo|kayo|iyong|qu[yý]\s+v[iị]|b[aạ]n)\b")
# what ties the person called to an account of their own after the name: "... about her account", "sobre la cuenta de
# ella", "ang kanyang account", "tài khoản của bà"
_OWN_ACCOUNT_TOLD = re.compile(r"(?i)\b(?:her|his|their)\s+(?:own\s+)?(?:[\w-]+\s+)?(?:account|acct|bill|balance|"
                               r"payment|service|usage|meter|arrangement|plan)\b|\bkanyang\b"
                               r"|\bc[uủ]a\s+(?:b[aà]|[oô]ng)\b|\b(?:de\s+ella|de\s+[eé]l)\b")
_CALL_REACH = 200  # how far before the call the words addressing the reader may stand: the sentence and the one before


def contact_to_call(text: str, start: int, end: int) -> bool:
    """Whether the name at ``text[start:end]`` is the contact an instruction to the reader sends them to call at a
    number ("Pague su factura en línea o llame a Marisol Ortega al (909) ...", "Pay your bill online or call Marisol
    Ortega at ...", "tawagan si ... sa", "gọi cho ... theo số"): staff or an agent of the sender, public, unless the
    text ties the person to an account of their own after the name ("Call Ana Ruiz at 909-... about her account"),
    as a staff note to call a customer back does."""
    if not _CALL_BEFORE.search(text, max(0, start - 40), start) or not _NUMBER_AFTER_CALLED.match(text, end):
        return False
    stop = SENTENCE_END.search(text, end)
    after = text[end:stop.start() if stop else min(len(text), end + _CALL_REACH)]
    return _SECOND_PERSON.search(text, max(0, start - _CALL_REACH), start) is not None \
        and _OWN_ACCOUNT_TOLD.search(after) is None


def _a_case(text: str, before: int, start: int) -> bool:
    """Whether the words before a contact speak of a customer's case, or the text says customer."""
    return bool(_CASE_WORDS.search(text, before, start) or CUSTOMER_ROLE.search(text))
