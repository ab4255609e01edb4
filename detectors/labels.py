"""What stands around a number and decides whether it is confidential, shared by the ``ssn``,
``taxpayer_id`` and ``account_number`` detectors (see ``numbers``).

A city site is full of public numbers, so a bare digit run means little on its own: its label says
what it is. The label is either the phrase just before it in the text ("SSN: ", "Acct # ") or the
segment's field name (a column header, ``<th>``, ``<dt>``). A label of another kind of number
("PO#", "APN", "Case No.") right before it says it is not ours; a cue such as "e.g." or "format:"
says it is a form's example. ``LEFT``/``RIGHT`` keep a match from being a piece of a longer number.
"""
from __future__ import annotations

import re
from collections.abc import Callable, Mapping

from .base import as_list, text_before
from .model import Segment
from .streets import SUFFIXES

DASH = "[-\u2010-\u2013]"  # hyphen and the dashes PDF text brings (non-breaking hyphen, en dash)
_JOIN = "[-\u2010-\u2013/]"

# no letter or digit beside the match, nor one joined to it by a dash or slash ("1-512-34-6789",
# "CV-12-3456789", "512-34-6789-01"), nor a decimal point with a digit ("3.512346789")
# a letter or digit of a word; Chinese, Japanese and Korean run words and numbers together ("账户号码是5501238719")
_W = r"[^\W\u2e80-\u9fff\uac00-\ud7af\u3040-\u30ff\uff00-\uffef]"
WORD_CHAR = re.compile(_W)
LEFT = rf"(?<!{_W})(?<!{_W}{_JOIN})(?<!\d\.)"
# (but a slash before the next field's label, a word and its "#" or ":", ends the value: a billing system's note
# writes two numbers of one customer so, "Acct#0140236863/Prem#5003835993")
RIGHT = rf"(?!{_W})(?!{DASH}{_W})(?!/(?![A-Za-z]{{1,15}}\.?[ \t]?[#:]){_W})(?!\.\d)"

WIDTH = 48  # how far before a value its label may start ("Taxpayer Identification Number (TIN): ")

# what may stand between a label and its value: punctuation and the words of "No." / "Number" / "ID" / "is" / "as" /
# "ending in", their Spanish and Tagalog's "ay" ("Acct ID: 4471-99812", "SSN No.", "her account, 6612-0934-17,",
# "su cuenta número 50698866", "mi número de cuenta es el ..."),
# and "on file" / "on record" ("ITIN on file: 9..."): the number the office holds for the person, or the paper it is
# written on ("The premise number on the appeal (306831459)")
# the paper a number is given on, one word perhaps saying which ("on the claim form", "on her application", "on the
# rebate application")
_PAPER = (r"(?:the|his|her|their|this|that)\s+(?:(?:claim|rebate|appeal|application|enrollment|intake|service)\s+)?"
          r"(?:appeal|bill|statement|notice|application|form|claim|letter|invoice|complaint|request|card)")
# (and the Armenian ՝ a label ends with as a colon: "Հաշվի համարը՝ 7949634332"; and the bar of a table an e-mail
# writes out as text: "Service Acct | 800017963492")
_GAP = re.compile(r"(?:[\s:#.,=()\[\]*'\"\u2010-\u2014\uff1a\u3000\u055d|-]|\(s\)|\bon\s+(?:file|record)\b|"
                  # and in Spanish ("Cuenta de gas en archivo: ..."); the utility that keeps it named in brackets ("Gas
                  # account (SoCalGas) on file: ...", "Cuenta (SCE): ...")
                  r"\ben\s+(?:el\s+)?(?:archivo|expediente|registro)\b|\((?-i:[A-Z][A-Za-z&.]{1,11})\)|"
                  rf"\bon\s+{_PAPER}(?:\s+(?:says|said))?\b|"
                  # where the service is: "The meter at your home, 05A370857, will be moved"
                  r"\bat\s+(?:your|his|her|their|the\s+customer['\u2019]s)\s+(?:home|house|residence|property)\b|"
                  # ... or which home it serves: "the meter serving her home is No. V15B-986516", "the meter that
                  # serves the residence, 4410293, ..."
                  r"\b(?:serving|that\s+serves|which\s+serves)\s+(?:your|his|her|their|the\s+customer['\u2019]s|the)\s+"
                  r"(?:home|house|residence|apartment|unit)\b|"
                  # whose name it is in: "the account in his name, 8000-0125-7540, showed ...", "under her name"
                  r"\b(?:in|under)\s+(?:your|his|her|their|the\s+customer['\u2019]s)\s+(?:own\s+)?name\b|"
                  r"\bde\s+su\s+(?:domicilio|casa|hogar|propiedad)\b|"  # "El medidor de su domicilio, núm. 24-559072-M"
                  # which one the text means, the one it is about: "The SCE account in question (4-62-416-9490)
                  # showed ...", "the account at issue", "the account referenced above", "la cuenta en cuestión"
                  r"\b(?:in\s+question|at\s+issue|in\s+dispute|under\s+(?:review|dispute)|concerned|en\s+cuesti[óo]n|"
                  r"(?:referenced|mentioned|noted|cited|identified)\s+(?:above|earlier|previously|below))\b|"
                  # the paper it is printed on, in a sentence: "The account number printed on it, 7004412289, ...",
                  # "the account number written on the claim form is 7007" / "1022 3129."
                  rf"\b(?:printed|shown|listed|written|given|entered)\s+on\s+(?:it|them|{_PAPER})\b|"
                  # how a caller read it out, to whom, ending on "as": "He read his account number to staff as two, two
                  # six, ...", "Account number read back as three, oh eight, ..."
                  # which system keeps it: "customer's account on our side is LS3953812", "the account in our
                  # records, 7004412289", "su cuenta en nuestro sistema es ..."
                  r"\b(?:on\s+(?:our|the\s+(?:utility|city|program)['\u2019]?s?)\s+side|"
                  r"in\s+(?:our|the)\s+(?:billing\s+)?(?:system|records|database|CIS)|with\s+us|"
                  r"en\s+nuestros?\s+(?:sistema|registros))\b|"
                  r"\b(?:(?:read|gave|given|recited|repeated|confirmed)(?:\s+(?:back|out|aloud))?\s+)?"
                  r"(?:to\s+(?:staff|us|me|him|her|them|the\s+(?:agent|clerk|rep|representative|operator|caller|staff))\s+)?"
                  r"as\b|"
                  r"\b(?:no|nos|nbr|num|number|id|is|was|as|ending|ends|in|with|n[úu]mero|n[úu]m|es(?:\s+el)?|era|ay|"
                  r"it['\u2019]s)\b"  # a speaker's "my social, it's ..."
                  # the same words in the City's other languages, in a sentence: Vietnamese "số" (number) and "là"
                  # (is), Tagalog's linker "na", Arabic "رقم" (number), Russian "номер" and "№", Armenian "համարն է"
                  # ("the number is"), Chinese "是"/"为" (is) written onto the number ("账户是5501238719"), Arabic "هو"/"هي"
                  # (is) and "الخاص بكم" (yours) after the label ("رقم حساب الخدمة الخاص بكم هو ...")
                  r"|\b(?:s[ốô]|là|na|رقم|номер|համար[նը]?|է|هو|هي|(?:ال)?خاص(?:ة)?\s+ب(?:كم|ك|ه|ها|هم))\b|№|[是为為]"
                  r"|n\.?[º°]\.?)*", re.IGNORECASE)  # Spanish and Portuguese "nº", "n.º" (número)

# an international dialing prefix right before a number makes it a phone number ("Tel. +31 73-6456500")
_DIALING_PREFIX = re.compile(r"\+\d{1,3}[\s.-]*(?:\(0\)\s*)?$")


# abbreviations longer than two capitals that are a word in lower case: a meter point's "POD" is no "pod" of a park
_WORDS_IN_LOWER_CASE = frozenset({"POD"})


def _capitals_only(label: str) -> str | None:
    """A label of two capitals ("SA", "PO", "SS") is an abbreviation in capitals only: in lower case it is a word of
    some language (Tagalog "sa", "po"); a column key may still write it lower case before "_" ("sa_id"). Nor is it a
    label as an element of an asterisk-delimited record ("BEG*00*SA*P24-01726~"): there two capitals are a code of
    the record's standard (an X12 purchase order's "SA", stand-alone order), and what follows is another element."""
    if re.fullmatch(r"[A-Z]{2}", label) or label in _WORDS_IN_LOWER_CASE:
        return rf"(?-i:{label})(?!(?<=\*{label})\*)|{label.lower()}(?=_)"
    return None


# a word's edge inside a camelCase key: a lower-case letter, then a capital ("payee|Ssn", "ssn|OnFile")
_CAMEL_EDGE = r"(?-i:(?<=[a-z])(?=[A-Z]))"


def phrases_source(labels: list[str], *, in_camel_case: bool = False) -> str:
    """A case-insensitive pattern matching any of the label phrases as whole words; the words of a phrase
    may also be run together or joined by "_" as in a column or JSON key ("accountNumber", "acct_no", "acctNo",
    "ssnId"). ``in_camel_case``: a phrase also counts as one word of a camelCase key ("ssnOnFile", "payeeSsn"), for
    labels that name their number wherever they stand in a key (an SSN's; an account's "acct" also begins the keys of
    other values: "acctOpenedAt")."""
    # words run together only where the case shows where one ends ("accountNumber"): "said" is no "SA ID"; a
    # word may be cut short with a period ("Cust. ID", "Prem. No.", "Svc. Acct."), the next word's capital glued to
    # that period ("Cust.ID:", "Acct.No."), and "#" glued to it ("Mtr#")
    join = r"(?:\.?(?:[\s_]+|(?-i:(?<=[a-z])(?=[A-Z])))|\.(?-i:(?=[A-Z])))"
    alternatives = sorted((_capitals_only(label) or re.escape(label).replace(r"\ \#", r"\.?\s*\#").replace(r"\ ", join)
                           for label in labels), key=len, reverse=True)
    before, after = r"(?<![A-Za-z0-9])", r"(?![A-Za-z0-9])"
    if in_camel_case:
        before, after = f"(?:{before}|{_CAMEL_EDGE})", f"(?:{after}|{_CAMEL_EDGE})"
    return (before + "(?:" + "|".join(alternatives) + r")(?:_(?:no|nbr|num|number|id)|(?-i:No|Nbr|Num|Number|Id|ID))?"
            + after)


def compile_labels(labels: list[str], *, in_camel_case: bool = False) -> re.Pattern:
    """``phrases_source`` compiled, case-insensitive."""
    return re.compile(phrases_source(labels, in_camel_case=in_camel_case), re.IGNORECASE)


# another kind of number's label: the public numbers that share shapes with ours, one vocabulary that every reader of
# such a label uses: ``other_label_before`` and ``staff_label_before`` read it strictly, right before a number;
# ``other_kind_named`` vaguely, anywhere in a column's or a field's name; ``other_label_after`` in brackets after one
# what the City buys, pays and licenses: a purchase order's, an invoice's, a check's, a permit's or a business
# licence's number, also named in brackets after it ("(PO acct)", "(Invoice No.)", "(Business License acct)")
_PURCHASE_KINDS = [
    "PO", "P.O.", "Purchase Order", "Requisition", "Invoice", "Inv.", "Work Order", "WO", "Bid", "RFP", "RFQ",
    "Check", "Cheque", "Warrant", "Voucher", "Permit", "License", "Licence", "Lic.", "Business License",
    "Business Licence", "Factura", "Orden de compra", "Permiso",
]
# the rest: agenda, budget, land, case and phone numbers; a jail's booking number and a book's ISBN-10, ten digits from
# 6 to 9 where a Spanish publisher's begin with 84; a CalPERS employer's ten-digit ID, which may begin with 8 as SCE's
# service accounts do
_OTHER_KINDS = [
    "Order", "Contract", "Agreement", "Project", "CIP", "Job", "APN", "AIN", "Parcel", "Assessor", "Tract",
    "Case", "Docket", "Citation", "Plan Check", "Resolution", "Reso", "Ordinance", "Ord.",
    "Item", "File", "Claim", "Report", "DR", "Incident", "Receipt", "Ref",
    "Reference", "Confirmation", "Conf", "Tracking", "Transaction", "Trans", "Document", "Doc", "Instrument", "Ticket",
    "Request", "Phone", "Telephone", "Tel", "Fax", "Telefax", "Mobile", "Cell", "Call", "Dial", "Text",
    "Toll Free", "Zip", "Fund", "GL", "G/L", "General Ledger", "Ledger", "Object", "Org", "Budget",
    "Serial", "Bond", "Policy", "DUNS", "UEI", "UBI", "CUSIP", "Rebate",
    "Booking", "ISBN", "ISBN-10", "ISBN10", "ISSN",
    # a public employer's and a campaign's numbers with the state agencies (a CalPERS valuation's "CalPERS ID:", a
    # pay schedule's "Position #", a Form 460's "FPPC ID#")
    "CalPERS ID", "CalPERS Employer ID", "CalPERS Number", "Employer Code", "Rate Plan", "Position", "FPPC ID",
    "Filer ID", "Committee ID",
    "Caso", "Resolución", "Ordenanza", "Teléfono",
]
OTHER_LABELS = compile_labels(_PURCHASE_KINDS + _OTHER_KINDS)
# whose number it is, where an account's shape stands after it: a staff member's ("badge 8749624132", "Employee
# No. 4410022917"), a vendor's, a payee's, a grant's; not read before an SSN (an HR roster's "Emp ID" column or "the
# employee as 521-..." holds a person's own, a "Payee SSN" column the payee's)
_STAFF_KINDS = ["Badge", "Employee", "Emp", "Emp."]
_PAYEE_KINDS = ["Vendor", "Supplier", "Payee", "Grant"]
# words that name another kind of number in a column's header only: right before a number they may be the sentence's
# ("read it to staff as ...", "the CARE program 3-..."); a program's and a product's words also before a number in a
# utility's lettered form, whose letters make it theirs ("rebate application PCE-0012-44718", "model WH-5040-2210")
_PROGRAM_KINDS = ["Application", "App", "Program", "Model", "Part"]
_HEADER_KINDS = ["Staff", *_PROGRAM_KINDS]
# the CCA's and a regulator's papers, which number themselves in the utility's lettered form too ("Form PCE-101-2024",
# "Advice Letter SCE-4418-0012", "Staff Report PLN-2023-0115"): read before such a form only; before a bare number or
# in a column's name they are a sentence's or a customer's ("the notice 3-...", "Rate Schedule"), and a report's is a
# vague label there
_PAPER_KINDS = ["Form", "Code", "Schedule", "Rate", "Advice Letter", "Filing", "Notice", "Report"]
_STAFF_LABEL = compile_labels(_STAFF_KINDS)
_PAYEE_LABEL = compile_labels(_PAYEE_KINDS)
_HEADER_ONLY_LABEL = compile_labels(_STAFF_KINDS + _PAYEE_KINDS + _HEADER_KINDS)
_LETTERED_FORM_LABEL = compile_labels(_PAYEE_KINDS + _PROGRAM_KINDS + _PAPER_KINDS)
# the label in brackets right after a number, or opening the next line a PDF's break moved it to; not "(contract
# acct)", SAP's name for a customer's contract account
_LABEL_AFTER = re.compile(r"[ \t]*\n?[ \t]*\([ \t]*(?:" + phrases_source(_PURCHASE_KINDS + _PAYEE_KINDS)
                          + r")[^()\n]{0,20}\)", re.IGNORECASE)

# of those, the labels that name no kind of number in particular: a reference, a ticket, a line item; a form that is
# ours anywhere (an SCE account) is ours beside them too ("Ref 3-847-7718-34" in a complaint log)
_VAGUE_LABELS = frozenset("ref reference confirmation tracking transaction trans document doc item request report "
                          "ticket file".split())

_LETTER = re.compile(r"[^\W\d_]")
# ("Example Ave", "Sample Rd": a capitalised word after it makes it a name, not a cue)
# (not a "real example", an "actual example": a case in point, someone's real record: "Real example: account 3-987-...
# used 2,802 kWh in one billing period")
# (nor a host's or a mailbox's name: "(ftp.utility-edi.example): user cca / pw ..." names a real login's server)
_EXAMPLE_CUE = re.compile(r"(?<![A-Za-z./@])(?:e\.?\s?g|i\.?\s?e|ex|(?<!real )(?<!real-life )(?<!actual )(?<!true )"
                          r"(?:examples?|sample)(?!\s+(?-i:[A-Z][a-z]))|ej|ejemplo|"
                          r"format(?:ted)?(?: as)?|"
                          r"enter(?:ed)? as|written as|such as|looks? like)\b\D{0,25}$|"
                          r"\blike[\s:]*$", re.IGNORECASE)  # "a 10-digit number starting with 8, like 8001234567"
_RUNS = "01234567890123456789", "98765432109876543210"
# a page that shows a specimen bill or notice ("How to read your bill"): its name, address, account and
# usage are made up or somebody's used as an example on purpose, and the page says so (in lower case)
# a sample bill or form, or how to read one, in the languages of translations.py ("以下为示例账单", "예시 청구서",
# "hóa đơn mẫu", "halimbawang bill", "образец счёта", "نمونه صورتحساب", "فاتورة نموذجية", "Հաշվի նմուշ")
_FOREIGN_SAMPLE_WORDS = ("示例", "样本", "樣本", "範例", "范例", "示範", "示范", "样例", "樣例", "如何阅读", "如何閱讀",
                         "예시", "견본", "샘플", "읽는 방법", "見本", "記入例", "見方", "mẫu", "ví dụ", "cách đọc",
                         "halimbawa", "paano basahin", "образец", "пример", "как читать", "նմուշ", "نمونه", "نموذج",
                         "مثال", "كيفية قراءة")
_BILL_WORD = (r"(?:账单|帳單|賬單|表格|通知|청구서|고지서|양식|請求書|hóa đơn|hoá đơn|biểu mẫu|bill|singil|form|"
              r"сч[её]та?|квитанци\w*|заявлени\w*|формы|صورت\s?حساب|قبض|فرم|فاتورة|الفاتورة|فاتورتك|հաշ\w*)")
_FOREIGN_SAMPLE = (r"(?:示例|样本|樣本|範例|范例|示範|示范|样例|樣例|예시|견본|샘플|見本|記入例)\s*" + _BILL_WORD + "|"
                   + _BILL_WORD + r"\s*(?:示例|样本|樣本|範例|范例|예시|견본|샘플|見本|の見方|读法|讀法)|"
                   r"如何(?:阅读|閱讀|看懂)|읽는 방법|"
                   r"(?:hóa đơn|hoá đơn|biểu mẫu) (?:mẫu|ví dụ)\b|\b(?:mẫu|ví dụ về) (?:hóa đơn|hoá đơn)|"
                   r"cách đọc (?:hóa|hoá) đơn|"
                   r"\bhalimbawa(?:ng)? (?:ng )?(?:bill|singil|form)\b|\bpaano basahin\b|"
                   r"(?:образец|пример) " + _BILL_WORD + r"|как читать|"
                   r"(?:نمونه|نموذج|مثال)\s+(?:ل|برای\s+)?" + _BILL_WORD + r"|" + _BILL_WORD + r"\s+(?:نمونه|نموذجية)|"
                   r"كيفية قراءة|" + _BILL_WORD + r"\s+նմուշ|նմուշային")
_SAMPLE = re.compile(r"\b(?:sample|example|specimen|mock-?up)\s+(?:of\s+(?:a|your)\s+)?(?:\w+\s+)?(?:bill|statement|"
                     # a usage download's sample too ("Green Button sample file", "sample data")
                     r"invoice|notice|application|form|file|data)s?\b|"
                     r"\(?(?:example|sample) \(?(?:shown|filled in|completed)\b|"
                     # a form filled in to show how: "(completed example)", "EXAMPLE ONLY - do not submit"
                     r"\b(?:completed|filled[- ]in|filled[- ]out) (?:example|sample)\b|\b(?:example|sample) only\b|"
                     r"\bfor illustration(?: purposes)? only\b|"
                     r"\bfor training(?: purposes| use| only)?\b|"
                     r"how to read (?:your|the|a|an) (?:\w+ )?(?:bill|statement)|"
                     r"understanding your (?:\w+ )?(?:bill|statement)|bill,? explained|"
                     r"(?:factura|estado de cuenta) de (?:muestra|ejemplo)|c[oó]mo leer (?:su|la|tu) factura|"
                     r"ejemplo de (?:su |una |la )?factura|" + _FOREIGN_SAMPLE)
_SAMPLE_WORDS = ("sample", "example", "specimen", "mock", "how to read", "understanding your", "explained", "factura",
                 *_FOREIGN_SAMPLE_WORDS)
# Words saying the customer shown is made up ("the numbers shown are examples", "the customer shown is fictitious",
# "not a real customer's"): a stand-in of the page, unlike a made-up value they tell of no record of their own.
_SAYS_MADE_UP = (r"(?:numbers|figures|information|values|data|customers?|persons?|people|names|applicants?)\s+"
                 r"(?:\w+\s+){0,3}(?:are|is)\s+(?:an?\s+|for\s+)?"
                 # "the numbers shown are samples"; not "a sample of" the real ones, drawn "from" them
                 r"(?:examples?|samples(?!\s+(?:of|from|drawn|pulled|taken|selected)\b)|fictitious|fictional|made[- ]up|"
                 r"illustration|illustrative)\b|"
                 r"not (?:an? |the )?(?:real|actual) (?:customer|person|account)|"
                 # the adjective before its noun: "Green Button sample file (fictitious customer)"
                 r"(?:fictitious|fictional|made[- ]up|hypothetical|imaginary)\s+"
                 r"(?:customer|person|household|account)s?\b")
_SAYS_MADE_UP_RE = re.compile(_SAYS_MADE_UP)
# what makes a sample visibly made up: a stand-in customer or street. A page that calls a bill a "sample"
# but shows a real-looking person at a real-looking address is treated as a customer's bill: staff do
# post a real bill as the example, and that is exactly the leak to catch. Words about the page are no stand-in:
# "Test account for screenshots" names an account staff keep, not the made-up customer a sample bill shows.
_STAND_IN = re.compile(r"\b(?:"  # one word boundary before the worded stand-ins, so each is tried by its first letter
                       r"(?:john|jane|joe|mary)\s+(?:q\.?\s+)?(?:sample|doe|public|customer|consumer|ratepayer)\b|"
                       # "Sample Customer", "Dear Valued Customer"; not the paper that says what it is ("Example
                       # customer notice (as mailed)": a real notice posted as the example)
                       r"(?:sample|valued|example)\s+(?:customer(?![\u2019']?s?\s+(?:notices?|letters?|bills?|"
                       r"statements?|invoices?|forms?|applications?|mailers?|mailings?|postcards?|inserts?|e-?mails?|"
                       r"messages?|correspondence))|name)\b|customer\s+name\s+here\b|"
                       # a training screen's "Customer: TEST CUSTOMER", a field's whole value; not "our test customer
                       # Raghavan", a real one tried out, nor a note's "Row 3 is a test customer."
                       r"(?:(?<=: )|(?<=:\t)|(?<=^)|(?<=\n))test\s+(?:customer|user|account\s?holder)"
                       r"(?=\s*(?:[,.;:)|\]]|$))|"
                       r"any\s?(?:street|st|avenue|ave|road|town|city|where)\b|(?:your|first and last)\s+name\b|"
                       r"(?:juan|juana)\s+(?:p[eé]rez|ejemplo|muestra)\b|"
                       r"(?:calle|avenida|camino)\s+(?:cualquiera|ejemplo|muestra)\b|"
                       + _SAYS_MADE_UP + r"|"
                       r"(?:sample|example|training|test)\s+"
                       r"(?:ave|avenue|st|street|rd|road|ln|lane|dr|drive|blvd|way|ct|court)\b|"
                       # the street every form's placeholder gives
                       r"123\s+main\s+st(?:reet)?\b|"
                       # other languages' John Doe ("Nguyen Van A", "Juan dela Cruz")
                       r"nguy[ễe]n v[ăa]n a\b|juan dela cruz\b|fulano de tal\b)|"
                       # "000 Sample Ave"; not a ledger string's zero object code before the next cell or line
                       # ("570-2510-52100-00000" / "Rebates")
                       r"(?<![\d,.\-/])0{3,}[ \t]+[a-z]|"
                       r"(?<!\d)\d{1,4}(?:-0+){2,}(?!\d)|"  # 2-00-000-0000, 700-000-000-000, 7000-0000-0000
                       r"(?<![\d-])123-45-6789(?![\d-])|"  # the SSN every specimen form prints
                       r"(?<![\d-])0{8,}(?![\d-])|"  # an account of zeros
                       # other scripts' John Doe ("张三", "홍길동", "Иван Иванов"), and a value a page marks as a sample
                       # in brackets ("张三（示例）", "(mẫu)")
                       r"张三|張三|李四|王五|홍길동|山田太郎|иван иванов|иванов иван|"
                       r"[(（]\s*(?:示例|样本|樣本|範例|范例|예시|견본|샘플|見本|sample|example|"
                       r"muestra|ejemplo|mẫu|ví dụ|halimbawa|образец|пример|նմուշ|نمونه|مثال)\s*[)）]")


def label_pattern(defaults: list[str], options: Mapping, *, in_camel_case: bool = False) -> re.Pattern:
    """A detector's label phrases: its defaults plus the ``labels`` option, or only the option's
    phrases when ``replace_labels`` is true (``in_camel_case``: see ``compile_labels``)."""
    source = label_source(defaults, options, in_camel_case=in_camel_case)
    return re.compile(source) if source == NO_LABEL else re.compile(source, re.IGNORECASE)


def label_source(defaults: list[str], options: Mapping, *, in_camel_case: bool = False) -> str:
    """``label_pattern``'s source: a detector that adds alternatives of its own to it compiles the whole once."""
    extra = as_list(options.get("labels"))
    labels = extra if options.get("replace_labels") else [*defaults, *extra]
    return phrases_source(labels, in_camel_case=in_camel_case) if labels else NO_LABEL


NO_LABEL = r"(?!)"  # the pattern of no label phrase at all: it matches nothing


_GAP_CHARS = frozenset(" \t\n\r\u00a0:#.,=()[]*'\"\u2010\u2011\u2012\u2013\u2014-\uff1a\u3000\u055d")


# the end of a street address ("4471 Canyon Vista Dr"): its type word is the street's, not a label's (the
# design review number's "DR")
_STREET_BEFORE = re.compile(r"\b\d{1,6}[A-Za-z]?\s+(?:[A-Za-z][\w'.-]*\s+){1,4}$")


_ON_FILE = re.compile(r"(?i)\bon\s+file$")
# anywhere in a field's name: "SSN on file for the deposit waiver", what the office keeps, no file's number
_KEPT_ON_FILE = re.compile(r"(?i)\bon\s+file\b")
# how something was given, no phone number's label: "asked me for my Social Security number over the phone (...)",
# also where a line break leaves "the phone (...)" opening the next line
_BY_PHONE = re.compile(r"(?i)\b(?:(?:over|on|by)\s+(?:the\s+)?|the\s+)(?:phone|telephone)$")


# a meter's badge is the meter's number, no staff member's ("Meter Badge # 222163192")
_METER_BEFORE = re.compile(r"(?i)\b(?:meter|mtr)[ \t]+$")


def other_label_before(before: str) -> re.Match | None:
    """Another kind of number's label right before a value (the text ``before`` it), unless it is the type word ending
    a street address that stands there (a table row's "4471 Canyon Vista Dr" cell before its account cell)."""
    found = _adjacent(OTHER_LABELS, before)
    if found and _ON_FILE.search(before, 0, found.end()):
        return None  # "ITIN on file:": what the office keeps, no file's number
    if found and _BY_PHONE.search(before, 0, found.end()):
        return None  # "... over the phone (512-...)": the way it was told
    if (found and found.group().lower().rstrip(".") in SUFFIXES
            and _STREET_BEFORE.search(before, 0, found.start())):
        return None
    return found


_ADJACENT_KEPT = 4096  # the texts before a value whose label ``_adjacent`` keeps, over all its patterns
_adjacent_found: dict[int, tuple[re.Pattern, dict[str, re.Match | None]]] = {}


def _adjacent(pattern: re.Pattern, before: str) -> re.Match | None:
    """The last label in ``before`` if nothing but punctuation or "No."/"Number" follows it. Kept for the texts
    asked last: a site's pages and a table's rows put the same words before their values ("Phone: ", "Acct # "),
    and an account's labels (some 90,000 characters of pattern) cost tens of microseconds a search. Kept by the
    pattern's identity (a pattern's own hash reads all its compiled code), with the pattern itself so that its id
    stays its own."""
    entry = _adjacent_found.get(id(pattern))
    if entry is None or entry[0] is not pattern:
        if len(_adjacent_found) > 64:
            _adjacent_found.clear()
        entry = _adjacent_found[id(pattern)] = (pattern, {})
    known = entry[1]
    if before in known:
        return known[before]
    if len(known) >= _ADJACENT_KEPT:
        known.clear()
    found = known[before] = _last_adjacent(pattern, before)
    return found


def _last_adjacent(pattern: re.Pattern, before: str) -> re.Match | None:
    end = len(before)
    while end and before[end - 1] in _GAP_CHARS:
        end -= 1
    if not end or before[end - 1].isdigit():
        return None  # a label ends in a letter (or "#", "."): "(909) 555-1234" has none
    last = None
    for last in pattern.finditer(before):
        pass
    while last and not _GAP.fullmatch(before, last.end()):
        # a longer label may hold, overlapping, the one that ends right before the value: "su cuenta de servicio
        # número" holds "cuenta de servicio" after "su cuenta"
        last = pattern.search(before, last.start() + 1)
    return last


# words in brackets between a label and its value: a bilingual form's translation ("Account number (bee naaltsoos bee
# nééhózin): 72-..."), a qualifier ("Phone (home):"), a form's hint with a small number in it ("Account Number (see
# page 2 of your bill):", "(10 digits)"); never a run of three digits or more, which may be a number of its own
_GLOSS = re.compile(r"[ \t]*\((?:[^()\d\n]|(?<!\d)\d{1,2}(?!\d)){1,44}\)[ \t]*[:#]?[ \t]*$")


def _adjacent_in_brackets(before: str, labels: re.Pattern, text_only: re.Pattern | None) -> bool:
    """Whether the words in brackets right before the value are a label themselves: a translated form's English
    abbreviation after its own language's label ("Mã địa điểm (Prem ID): P-616219-15") is the label, no gloss."""
    gloss = _GLOSS.search(before)
    inside = before[gloss.start():] if gloss else ""
    return bool(inside) and bool(_adjacent(labels, inside) or (text_only and _adjacent(text_only, inside)))


# a speaker's aside between the label and its "is": "My account number, if you need it, is ..."
_ASIDE_BEFORE_IS = re.compile(r",[ \t]+[^,.;:()\d\n]{3,50}, is $")
# a clause between the label and its value that says who gave the number: "The account number she read to me,
# PCE-30...", "the account number the caller gave us, 3-441-..."
_GIVEN_BY_BEFORE = re.compile(r"[ \t]+(?:that[ \t]+)?(?:he|she|they|the[ \t]+(?:customer|caller|resident|tenant))[ \t]+"
                              r"(?:read|gave|provided|quoted|wrote|listed|spelled|spelt)"
                              r"(?:[ \t]+(?:out|back))?(?:[ \t]+(?:to|for)[ \t]+(?:me|us|staff|him|her))?,\s*$")


# the utility's or the program's initials between a label and its colon, where a language puts whose number it is after
# the noun ("Mã khách hàng AGCE: 3184137693", "Número de cliente de SCE: ...", "numero ng account ng AGCE: ...",
# "Customer number (AGCE): ..."): the label of the number after the colon all the same
# (Vietnamese then says whose the account is: "Tài khoản OCE của chị: ...", "tài khoản SCE của ông là ...")
_WHOSE_AFTER_UTILITY = r"(?:[ \t]+c\u1ee7a[ \t]+(?:ông|bà|chị|anh|cô|em|quý[ \t]+vị|quý[ \t]+khách|tôi|mình))?"
_UTILITY_BEFORE_COLON = re.compile(r"[ \t]+(?:(?:ng|de|del|of|for|sa|c\u1ee7a)[ \t]+)?"
                                   r"\(?(?P<initials>(?-i:[A-Z]{2,6}))\)?" + _WHOSE_AFTER_UTILITY
                                   + r"[ \t]*[:#][ \t]*$")

# ... or without a colon after the account's word of a language that names its utility after it: "số tài khoản SCE
# 2994451463", "tài khoản điện của SCE 2994451463", "cuenta de SCE 2994451463"
_UTILITY_AFTER_ACCOUNT = re.compile(r"(?:(?<=khoản)|(?<=điện)|(?<=khoản của)|(?<=điện của)"
                                    r"|(?<=cuenta)|(?<=cuenta de))"
                                    r"[ \t]+\(?(?P<initials>(?-i:[A-Z]{2,6}))\)?" + _WHOSE_AFTER_UTILITY
                                    + r"(?:[ \t]+là)?[ \t]*$")
# ... or between the account's word and the number's, a sentence's "tài khoản PQHP số PQHP-814-97691" ("PQHP account
# number ..."), "cuenta SCE número 2994451463": the label is the words around the initials
_UTILITY_INSIDE_LABEL = re.compile(r"(?i)(?:(?<=khoản)|(?<=cuenta)|(?<=cuenta de))"
                                   r"[ \t]+\(?(?P<initials>(?-i:[A-Z]{2,6}))\)?(?=[ \t]+(?:số|n[úu]m(?:ero|\.)?|no\.)[ \t:#]*$)")


def label_before(segment: Segment, start: int, labels: re.Pattern, text_only: re.Pattern | None = None,
                 depth: int = 0) -> str | None:
    """The label phrase right before the value at ``start`` in the text: one of ``labels`` or of ``text_only``; or
    a plural label before a list the value ends ("accounts 7000918273, 7000918274 and 7000918275")."""
    before = text_before(segment.text, start, WIDTH)
    if before.rstrip(" \t\n:#").endswith(")") and not _adjacent_in_brackets(before, labels, text_only):
        wider = text_before(segment.text, start, WIDTH + 48)
        gloss = _GLOSS.search(wider)
        if gloss:
            before = wider[:gloss.start()][-WIDTH:] + ": "
    if before.rstrip().endswith(","):  # "The account number she read to me, PCE-...": the label before the clause
        wider = text_before(segment.text, start, WIDTH + 40)
        given = _GIVEN_BY_BEFORE.search(wider)
        if given:
            before = wider[:given.start()][-WIDTH:] + " "
    if before.endswith(", is "):  # "My account number, if staff wants to look at it, is 83-...": the label before
        wider = text_before(segment.text, start, WIDTH + 56)  # the aside
        aside = _ASIDE_BEFORE_IS.search(wider)
        if aside:
            before = f"{wider[:aside.start()][-WIDTH:]} is "
    own = _adjacent(labels, before) or (text_only and _adjacent(text_only, before))
    if own:
        return own.group(0)
    owner = (_UTILITY_BEFORE_COLON.search(before) if before.rstrip().endswith((":", "#"))
             else _UTILITY_AFTER_ACCOUNT.search(before))
    if owner and not OTHER_LABELS.fullmatch(owner.group("initials")):  # "Mã khách hàng AGCE: 3184137693"
        before = before[:owner.start()] + ": "
        own = _adjacent(labels, before) or (text_only and _adjacent(text_only, before))
        if own:
            return own.group(0)
    inside = _UTILITY_INSIDE_LABEL.search(before)
    if inside and not OTHER_LABELS.fullmatch(inside.group("initials")):
        before = before[:inside.start()] + before[inside.end():]
        own = _adjacent(labels, before) or (text_only and _adjacent(text_only, before))
        if own:
            return own.group(0)
    listed = _LIST_ITEM_BEFORE.search(before)
    if listed and depth < _LIST_REACH:  # "on separate PCE accounts, 7000918273, 7000918274 and 7000918275"
        first = label_before(segment, start - len(before) + listed.start("item"), labels, text_only, depth + 1)
        if first and _PLURAL_LABEL.search(first):
            return first
    return None


# the item of a list right before a value, and its separator ("7000918273, " / "7000918274 and "), under a plural label
# that names every item: the first item's label, read back through the list
_LIST_ITEM_BEFORE = re.compile(r"(?<![\w-])(?P<item>\d[\d-]{4,}\d)(?:,\s*(?:and\s+|&\s*|or\s+)?|\s+(?:and|&|or)\s+)$")
_PLURAL_LABEL = re.compile(r"(?i)(?:accounts|accts|numbers|nos|ids|cuentas)\W*$")
_LIST_REACH = 12  # items of a list back to its label


def label_of_field(segment: Segment, start: int, label_in_name: Callable[[str], str | None]) -> str | None:
    """The label phrase ``label_in_name`` finds in the segment's field name, unless another kind of number's label
    stands right before the value at ``start``."""
    if not segment.label or other_label_before(text_before(segment.text, start, WIDTH)):
        return None
    return label_in_name(segment.label)


# what may stand beside a label that fills a cell of its own: the utility's initials, in the label's language's way of
# saying whose number it is ("Customer ID ng PCE", "Núm. de cliente PCE", "SCE Customer No.", "Cust ID (PCE)")
_UTILITY_BEFORE_LABEL = re.compile(r"\s*(?-i:[A-Z]{2,6})\s+")
_UTILITY_AFTER_LABEL = re.compile(r"[\s.:#]*(?:\(?(?:(?:ng|de|del|of|for|sa|c\u1ee7a)\s+)?(?-i:[A-Z]{2,6})\)?)?[\s.:#]*")


def label_filling_cell(text: str, labels: re.Pattern) -> str | None:
    """One of ``labels`` that is the whole text of a cell but for the utility's initials beside it (see
    ``_UTILITY_AFTER_LABEL``): a cell that names what the next cell of its row holds."""
    text = text.strip()
    if len(text) > _LABEL_CELL or any(ch.isdigit() for ch in text):
        return None
    opening = _UTILITY_BEFORE_LABEL.match(text)
    found = labels.match(text) or (opening and labels.match(text, opening.end()))
    return found.group(0) if found and _UTILITY_AFTER_LABEL.fullmatch(text, found.end()) else None


_LABEL_CELL = 40  # characters of a cell, at most, that is a label and no more


def other_label_beside(segment: Segment, start: int, vague: bool = True) -> bool:
    """True where the value is labelled as another kind of number: "PO# ..." in the text, or a field
    named so ("APN", "Case No.") that holds only a number, not free text ("Case Notes"). ``vague``: a label that
    names no kind of number in particular ("Ref", "Ticket") counts too."""
    before = text_before(segment.text, start, WIDTH)
    if _DIALING_PREFIX.search(before):
        return True
    found = other_label_before(before) or (segment.label and not _LETTER.search(segment.text)
                                           and OTHER_LABELS.search(_KEPT_ON_FILE.sub(" ", segment.label)))
    return bool(found) and (vague or _label_words(found.group()) not in _VAGUE_LABELS)


# of the vague labels, those that number a transaction: a run of digits after them is the transaction's, even one in an
# SCE account's plain ten-digit form ("confirmation #8251805837", "Tracking 8120044719"), though an SCE account's
# dashed form is still ours there
_TRANSACTION_LABELS = frozenset("confirmation tracking transaction trans ticket request".split())


def transaction_label_beside(segment: Segment, start: int) -> bool:
    """True where a transaction's label ("Confirmation #", "Ticket", "Tracking No.") stands right before the value."""
    found = other_label_before(text_before(segment.text, start, WIDTH))
    return bool(found) and _label_words(found.group()) in _TRANSACTION_LABELS


def staff_label_before(before: str) -> bool:
    """Whether a staff member's number's label stands right before a value ("badge 8749624132", "Employee No."), no
    meter's badge ("Meter Badge # 222163192")."""
    found = _adjacent(_STAFF_LABEL, before)
    return bool(found) and not _METER_BEFORE.search(before, 0, found.start())


def account_veto_before(before: str) -> bool:
    """Whether any label of the vocabulary stands right before a bare number in an account's shape: another kind of
    number's, a staff member's, a vendor's or a grant's ("case #", "badge", "grant")."""
    return bool(other_label_before(before) or staff_label_before(before) or _adjacent(_PAYEE_LABEL, before))


def lettered_form_veto_before(before: str) -> bool:
    """Whether a label of another kind of number stands right before a number in a utility's lettered form (the text
    ``before`` it): a strict kind that names one in particular ("Invoice PCE-5439587", "Resolution PCE 4418220-3"; not a
    vague "Ref", before which a customer's account stands), a staff member's or a payee's, a program's or a
    product's, or a paper's ("rebate application PCE-0012-44718", "Advice Letter SCE-4418-0012")."""
    found = other_label_before(before)
    return bool(found and _label_words(found.group()) not in _VAGUE_LABELS or staff_label_before(before)
                or _adjacent(_LETTERED_FORM_LABEL, before))


def other_kind_named(name: str) -> bool:
    """Whether a column's or a field's name names another kind of number anywhere in it ("Permit #", "Employee ID",
    "Grant Application"), not only a vague one ("Reference": a customer's account may stand under it)."""
    return bool(_HEADER_ONLY_LABEL.search(name)) or any(
        _label_words(m.group()) not in _VAGUE_LABELS for m in OTHER_LABELS.finditer(name))


def other_label_after(text: str, end: int) -> bool:
    """Whether a purchase's, a payment's or a licence's label follows the number ending at ``end`` in brackets, on its
    line or opening the next."""
    return _LABEL_AFTER.match(text, end) is not None


def _label_words(label: str) -> str:
    return " ".join(re.sub(r"[^\w]+", " ", label.lower()).split()[:1])


def is_example(text: str, start: int, digits: str) -> bool:
    """True for a form's sample rather than someone's number: a cue right before it ("e.g.",
    "format:", "enter as", "like") or digits no one is issued in practice (see ``unissued``)."""
    return unissued(digits) or bool(_EXAMPLE_CUE.search(text_before(text, start, WIDTH)))


# a mark right after a value that says it is made up: "Account Number: 12-604-3156-02 (sample)", "Meter No. K88-779453
# [example]", "... 4926463278 - SPECIMEN" at the line's end; the bracket holds the mark alone: "(SAMPLE PULLED FROM MAIL
# RUN)" tells of a real record drawn from others
# (and in the City's other languages: "(ejemplo)", "(halimbawa lamang)", "(mẫu)", "（示例）", "（仅供参考）", "(예시)")
_MARKED_SAMPLE = re.compile(r"(?i)[ \t]*(?:[(\[\uff08][ \t]*(?:(?:sample|example|specimen|illustrative|fictitious|made[- ]up|"
                            r"ejemplo|muestra|halimbawa|mẫu|ví[ \t]?dụ|示例|范例|範例|예시)"
                            r"(?:[ \t]+(?:only|solamente|lamang))?|for[ \t]+(?:illustration|reference)(?:[ \t]+(?:purposes[ \t]+)?only)?|"
                            r"not[ \t]+(?:a[ \t]+)?real|仅供参考|僅供參考)"
                            r"[ \t]*[)\]\uff09]|[\u2013\u2014-][ \t]*(?:sample|example|specimen)[ \t]*(?:$|\n))")


def marked_a_sample(text: str, end: int) -> bool:
    """Whether the value ending at ``end`` is marked made up right after it (``_MARKED_SAMPLE``): a bill insert's or a
    guide's specimen, whoever's number its digits could be."""
    return _MARKED_SAMPLE.match(text, end) is not None


def unissued(digits: str) -> bool:
    """Digits no one is issued in practice: one digit repeated (111111111), a run (123456789), two runs one after
    the other (a form's "123456-654321", "1234-9876"), a form's shape with zeros filled in (3-000-0000-00,
    3000000000) or numbered from zero (0000-00000-01)."""
    return (len(set(digits)) == 1 or any(digits in run for run in _RUNS) or _two_runs(digits)
            or (len(digits) > 5 and (not digits[1:].strip("0") or not digits[:-2].strip("0"))))


# a made-up customer's name by its surname: a given name and "Example", "Customer" or "Sample" ("Pat Example", "Chris
# Customer", "María Ejemplo"); the given name is checked against the Census lists ("Valued Customer", "Residential
# Customer" are none)
_STAND_IN_SURNAME = re.compile(r"\b(?P<given>[A-Z][a-zà-ÿ]+)\s+(?:[A-Z]\.?\s+)?"
                               r"(?:Example|Ejemplo|Customer|Sample|Muestra)\b")


def has_stand_in(text: str) -> bool:
    """Whether ``text`` shows a made-up customer or street ("Jane Doe", "123 Any Street", "fictitious", "Pat
    Example")."""
    if _STAND_IN.search(text.lower()) is not None:
        return True
    if not ("Ex" in text or "Ej" in text or "Cu" in text or "Sa" in text or "Mu" in text):
        return False
    from .vocabulary import fold, given_names  # the name lists load on first use
    return any(fold(m["given"]) in given_names() for m in _STAND_IN_SURNAME.finditer(text))


# words that make a person in a sentence made up: "The Reyes family (a hypothetical household of four) uses ...",
# "an imaginary customer, Ana Ruiz, ...", "la familia Reyes (un hogar hipotético)"
_MADE_UP_PERSON = re.compile(r"(?i)\b(?:hypothetical(?:ly)?|imaginary|imagined|fictional|fictitious|illustrative|"
                             r"made[- ]up|invented|composite|hipot[ée]tic[oa]s?|imaginari[oa]s?|fictici[oa]s?|"
                             r"ilustrativ[oa]s?)\b")
# an apposition right after the name that makes it any household of a kind: "(a typical household of four ...)",
# ", an average family,", "(example customer)", "(un hogar típico)"
_TYPICAL_APPOSITION = re.compile(r"(?i)[ \t]*[(,\u2013\u2014-][ \t]*(?:an?[ \t]+|un[oa]?[ \t]+)?"
                                 r"(?:(?:typical|average|sample|example|representative|model)[ \t]+(?:\w+[ \t]+)?"
                                 r"(?:households?|famil(?:y|ies)|homes?|customers?|residents?|ratepayers?)|"
                                 r"(?:hogar|familia|cliente)[ \t]+(?:t[íi]pic[oa]|promedio|de[ \t]+ejemplo))\b")
# the words that open an example right before the name: "Example: The Reyes family ...", "say the Reyes family uses",
# "For example, the Garcias ...", "Suppose the Nguyen household ...", "Por ejemplo, la familia Reyes ..."
_EXAMPLE_OPENS = re.compile(r"(?i)(?:\b(?:for[ \t]+(?:example|instance)|e\.g\.|example|por[ \t]+ejemplo)[,:]?|"
                            r"(?:^|[,;:(][ \t]*|\blet[\u2019']?s[ \t]+|\blet[ \t]+us[ \t]+)say,?|"
                            r"\b(?:suppose|imagine|consider|supongamos(?:[ \t]+que)?|digamos(?:[ \t]+que)?),?)"
                            r"[ \t]+(?:that[ \t]+)?(?:the[ \t]+|la[ \t]+|el[ \t]+)?$")
# a name that is a household's, not one person's: "the Reyes family", "the Nguyen household", "la familia Reyes"
_HOUSEHOLD_NAME = re.compile(r"(?i)\b(?:famil(?:y|ia)|household|hogar)\b")
_STAND_IN_INITIAL = re.compile(r"\bQ\.?\s")  # the stand-in's middle initial: "John Q. Public", "Jane Q Sample"
_CLAUSE_REACH = 100  # characters either side of a name read for the words that make it made up


def stands_in(text: str, start: int, end: int) -> bool:
    """Whether the name at ``text[start:end]`` is a stand-in of a worked example, not a customer: its sentence calls
    it hypothetical, imaginary or fictional (``_MADE_UP_PERSON``), an apposition makes it any household of a kind
    ("(a typical household of four)"), or an example opens right before a household's name ("Example: the Reyes
    family uses ...", "say the Garcia household ..."). A real customer named in a page that also gives an example
    keeps their own sentence; a person an example names ("For example, Ana Ruiz at 12 Elm St was billed twice") is
    one case told as an example, not a made-up household. A name that is itself a stand-in is one where it carries
    the stand-in's middle initial ("John Q. Public") or an example opens right before it ("Example: Jane Doe
    authorizes ..."); a list's "Applicant Jane Doe, ITIN ..." is someone's record still."""
    before = text[max(0, start - _CLAUSE_REACH):start]
    cut = max(before.rfind(". "), before.rfind("\n"), before.rfind("\x00"), before.rfind("? "), before.rfind("! "))
    before = before[cut + 1:]
    if has_stand_in(text[start:end]) and (_STAND_IN_INITIAL.search(text, start, end) or _EXAMPLE_OPENS.search(before)):
        return True
    after = text[end:end + _CLAUSE_REACH]
    stop = re.search(r"[.!?](?:\s|$)|\n|\x00", after)
    after = after[:stop.start()] if stop else after
    if _MADE_UP_PERSON.search(before) or _MADE_UP_PERSON.search(after) or _TYPICAL_APPOSITION.match(after):
        return True
    household = _HOUSEHOLD_NAME.search(text, start, end) or _HOUSEHOLD_NAME.match(after.lstrip()) \
        or before.lower().endswith(("la familia ", "familia "))
    return bool(household) and bool(_EXAMPLE_OPENS.search(before))


_TOGETHER = 200  # characters: two stand-ins of one form, not two rows of a real export that happen to match


def _stand_ins_together(lower: str) -> bool:
    """Two different stand-ins close together: one made-up record ("Jane Doe", "123 Any Street"), not a leaked
    export of 20,000 customers among whom a Juan Perez and a house number 000 turn up far apart."""
    found = [(m.start(), m.group()) for m in _STAND_IN.finditer(lower)]
    return any(b - a <= _TOGETHER and x != y for (a, x), (b, y) in zip(found, found[1:]))


# the slide or sheet an element names first: "slide 3 > table 1 > row 2", "slide 3 notes", "slide 2 (Rates),
# paragraph 1"; "'Bill Example'!B4", "Queue!A2", "'Bill Example' (sheet name)"
_SLIDE_OR_SHEET = re.compile(r"slide \d+|(?:'(?:[^']|'')*'|\w+)(?=!| \(sheet name\))")


_RUN_LENGTH = 4  # digits of each of two runs a made-up number is written as: "1234-4321"; "123-321" may be issued


def _two_runs(digits: str) -> bool:
    """Whether ``digits`` are two runs of ``_RUN_LENGTH`` digits or more, one after the other: "123456654321"."""
    if not any(digits[:_RUN_LENGTH] in run for run in _RUNS):
        return False  # (most numbers: their first digits are no run)
    return any(digits[:cut] in run and digits[cut:] in other for cut in range(_RUN_LENGTH, len(digits) - _RUN_LENGTH + 1)
               for run in _RUNS for other in _RUNS)


def part_of(segment: Segment) -> tuple:
    """The part of its page a segment is shown in, the reach of a sample bill: a deck's slide or a workbook's sheet
    (the "page" of a deck or workbook is the whole file), and on it what the reader of the sample does not see (a
    hidden column, a cell's comment, the speaker notes) apart from what they do."""
    location = segment.location
    part = _SLIDE_OR_SHEET.match(location.element or "")
    return location.attachment, location.page, part and part.group(), segment.hidden


# a template's field left to fill in, named by what goes there: "[Customer Name]", "<Service Address>",
# "{{ account_no }}", "«Name»"; a bracketed name ("[Ana Ruiz]") or note ("[sic]") names no field
_FIELD_NAME = (r"(?=[^\]>}»\n]{0,40}?(?:name|address|account|number|customer|phone|e-?mail|street|city|zip|date|"
               r"amount|title|premises|usage|meter|signature)(?![a-z]))[a-z][a-z _.'/&#-]{2,40}")
PLACEHOLDER = re.compile(rf"\[{_FIELD_NAME}\]|\{{\{{\s*{_FIELD_NAME}\}}\}}|«{_FIELD_NAME}»|<<?{_FIELD_NAME}>>?", re.IGNORECASE)
# a template's note to its writer: it names the fields to fill in ("replace [Customer Name] and [Account Number]
# before sending") or shows a field's format by example inside a sentence ("enter the holder as on the bill, e.g.
# Mary Public, 100 Any Street"). Its stand-ins are the note's own: a memo of real case notes carrying one is no sample.
_FILL_IN = re.compile(r"\b(?:replace|fill(?:ing)? (?:in|out)|enter|insert|type|substitute|complete|update)\b")
# "e.g. Jane Doe", "Example: Name: Jane Doe" (the example's own field label between them)
_EXAMPLE_BEFORE = re.compile(r"(?:\be\.\s?g\.?|\bfor (?:example|instance)|\bexamples?|\bsuch as)\s*[:,]?\s*"
                             r"(?:[a-z][a-z ]{0,24}:\s*)?$")
_NOTE_WORDS = 6  # lower-case words of a sentence: a sample bill's field or line ("Example: Jane Doe") has fewer
# an instruction to the reader about their own form: "write your name as John Q. Public", "print your account
# number as shown", "escriba su nombre como ..."
_TO_THE_READER = re.compile(r"\b(?:(?:write|print|enter|type|fill in|sign|list)\s+your|"
                            r"(?:escriba|anote|ponga|llene)\s+su)\b")


def writers_note(lower: str) -> bool:
    """Whether a segment's text (in lower case) is a template's note to its writer (see ``PLACEHOLDER``): a sentence
    naming placeholders to fill in, giving its first stand-in after "e.g." or "Example:", or telling the reader
    how to fill in their own form by a stand-in ("write your name as John Q. Public"). A news item or minutes that
    carry such a how-to line beside a customer's story are no sample bill."""
    if sum(word.strip(".,;:()").isalpha() for word in lower.split()) < _NOTE_WORDS:
        return False
    if PLACEHOLDER.search(lower) and _FILL_IN.search(lower):
        return True
    stand_in = _STAND_IN.search(lower)
    return bool(stand_in) and (bool(_EXAMPLE_BEFORE.search(lower, max(0, stand_in.start() - 40), stand_in.start()))
                               or bool(_TO_THE_READER.search(lower)))


def sample_parts(segments: list[Segment]) -> set:
    """The parts of pages (see ``part_of``) that present a sample bill, statement or form whose customer is visibly a
    stand-in (John Sample, Any Street), or that show two stand-ins whatever they say. A page (a PDF's page, an HTML
    page, a whole deck or workbook) is read as a sample in its own text; then of its parts only those that show the
    stand-in or say they are a sample are the sample's: the deck's queue of real applicants two slides on, or a real
    bill in a hidden column beside the made-up one, is no part of it. A slide master's training example says
    nothing of the deck's tables. A note to the writer of a template (``writers_note``) speaks only for itself."""
    texts: dict = {}
    for segment in segments:
        # a template's text (a slide master's, a running header's) shows on every page alike
        if not segment.chrome and not writers_note(segment.text.lower()):
            part = part_of(segment)
            texts.setdefault(part[:2], {}).setdefault(part, []).append(segment.text)
    found = set()
    for parts in texts.values():
        lowers = {part: "\n".join(lines).lower() for part, lines in parts.items()}
        lower = "\n".join(lowers.values())
        if any(word in lower for word in _SAMPLE_WORDS) and _SAMPLE.search(lower) and _STAND_IN.search(lower) \
                or _stand_ins_together(lower):  # no sample word, but "Jane Doe" at "123 Any Street"
            found.update(part for part, text in lowers.items() if len(lowers) == 1 or tells_of_a_sample(text))
    return found


def shows_a_made_up_value(lower: str) -> bool:
    """Whether a text (in lower case) shows a made-up value: a stand-in name, street or number ("Jane Q. Sample",
    "1234 Example St", "0-00-000-0000"), not only words saying the customer shown is made up (``_SAYS_MADE_UP``),
    which leave the customer a sample shows looking real."""
    return any(not _SAYS_MADE_UP_RE.fullmatch(m.group()) for m in _STAND_IN.finditer(lower))


def says_the_customer_is_made_up(lower: str) -> bool:
    """Whether a text (in lower case) says the customer or the values a page shows are made up (``_SAYS_MADE_UP``)."""
    return _SAYS_MADE_UP_RE.search(lower) is not None


# a number a record gives its person: seven digits or more, run together or grouped by dashes or dots (an account
# "8-42-265-6435", a phone "909.318.4402") or by single spaces in groups of three or four (an account as a bill
# prints it, "7008 0849 7018", "2629 852 8491 2"); not a date, an amount or a year's range
_RECORD_NUMBER = re.compile(r"(?<![\w.,/-])(?:\d(?:[-.]?\d){6,}|\d{3,4}(?: \d{3,4}){2,}(?: \d)?)(?![\w/-]|[.,]\d)")
_FICTITIOUS_EXCHANGE = "555"  # the exchange of the numbers films and samples print: (909) 555-0142


def gives_a_real_looking_number(text: str) -> bool:
    """Whether ``text`` holds a number of a record (``_RECORD_NUMBER``) that is issued to someone: not one no one is
    issued (``unissued``) nor a fictitious phone of the 555 exchange."""
    for match in _RECORD_NUMBER.finditer(text):
        digits = re.sub(r"\D", "", match.group())
        local = digits[-7:] if len(digits) in (7, 10, 11) else ""
        if not unissued(digits) and not local.startswith(_FICTITIOUS_EXCHANGE):
            return True
    return False


_MAILBOX = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")


def record_values(text: str) -> list[str]:
    """The values of a record ``text`` gives, as a sample and the sentences beside it are compared by: the digits of
    its numbers (``_RECORD_NUMBER``), its mailboxes in lower case."""
    return ([re.sub(r"\D", "", m.group()) for m in _RECORD_NUMBER.finditer(text)]
            + [m.group().lower() for m in _MAILBOX.finditer(text)])


def block_of(segment: Segment, html: bool) -> tuple:
    """The block of its page a segment stands in, where a sample's record or another record is set out: on an HTML
    page (``html``) its element's parent (the ``<div>`` of a sample bill's lines, the ``<details>`` of a bill print,
    a table's row), whatever is hidden of it; in a file without pages, slides or sheets (a Word memo, an e-mail) the
    segment itself, a paragraph written on its own (a memo's sample line speaks for no other paragraph); in other
    files the part of the page (``part_of``) as a whole (a PDF's sample bill is laid out over many lines)."""
    part = part_of(segment)
    if html:
        return *part[:3], (segment.location.element or "").rpartition(" > ")[0]
    if part[1] is None and part[2] is None:
        return *part[:3], id(segment)
    return *part[:3], ""


_EXAMPLE_WORDS = re.compile(r"\be\.\s?g\b|\bfor instance\b|\billustrat|\bfictitious\b|\bhypothetical\b|\bmade[- ]up\b")


def presents_an_example(lower: str) -> bool:
    """Whether a paragraph's text (in lower case) says it shows an example, a sample or a made-up case in any words
    ("Example: ...", "e.g. ...", "a hypothetical customer"): a paragraph beside a sample that does is the sample's kin,
    whatever it shows."""
    return any(word in lower for word in _SAMPLE_WORDS) or _EXAMPLE_WORDS.search(lower) is not None


def tells_of_a_sample(lower: str) -> bool:
    """Whether a part's text (in lower case) shows the stand-in or says it is a sample: what a sample bill reaches."""
    return bool(_STAND_IN.search(lower) or _SAMPLE.search(lower))


# the element of an HTML heading: "h2", "div#faq > div:nth-of-type(3) > h2", "section > h3.title"
_HEADING = re.compile(r"(?:^|> )h([1-6])(?:[#.:][^ >]*)?$")


def heading_sections(segments: list[Segment]) -> list[tuple[int, ...]]:
    """The section of an HTML page each segment stands in: the positions of the headings (h1-h6) above it, outermost
    first, a heading opening its own section; () before the first heading."""
    open_headings: list[tuple[int, int]] = []  # (level, position)
    sections = []
    for position, segment in enumerate(segments):
        heading = not segment.hidden and _HEADING.search(segment.location.element or "")
        if heading:
            level = int(heading.group(1))
            while open_headings and open_headings[-1][0] >= level:
                open_headings.pop()
            open_headings.append((level, position))
        sections.append(tuple(position for _, position in open_headings))
    return sections


def sample_sections(segments: list[Segment], sections: list[tuple[int, ...]]) -> set[tuple[int, ...]]:
    """The sections of an HTML page (see ``heading_sections``) that say they are a sample or show the stand-in: a
    sample bill reaches these and the sections under them. A CMS page stacks unrelated things under headings (an
    FAQ's answers, staff notes after them): "the values are made up" under "How do I read my bill?" speaks for that
    answer, not for the call notes under the next heading; said under the page's title or before any heading, it
    speaks for the whole page."""
    return {section for segment, section in zip(segments, sections)
            if not segment.chrome and tells_of_a_sample(segment.text.lower())}


# what a budget book, a budget amendment or a staff report's fiscal impact says: its "Account No." is a
# general-ledger account (fund-department-object), not a customer's ("budget billing" is a utility's plan)
_BUDGET_CUE = re.compile(r"\b(?:fund(?:s|ing)?|appropriat\w*|expenditures?|general ledger|fiscal (?:year|impact)|"
                         r"fy ?(?:\d{4}|\d{2})(?:[-/]\d{2,4})?|object code|line item|encumb\w*|(?:adopted|proposed|amended|operating|"
                         r"capital|annual) budget|budget (?:amendment|transfer|adjustment|unit|book|detail)|revenues?|"
                         r"actuals?|year[- ]to[- ]date)\b")
_BUDGET_HINTS = ("fund", "appropriat", "expenditure", "ledger", "fiscal", "fy", "object code", "line item",
                 "encumb", "budget", "revenue", "actual", "year")


class BudgetPages:
    """The pages (``Location.page``; None for HTML and text) that read as a budget: two different budget
    cues ("Fund", "Appropriation", "FY 2024-25", "Actual") on the page."""

    def __init__(self, segments: list[Segment]):
        texts: dict = {}
        for segment in segments:
            texts.setdefault(segment.location.page, []).append(segment.text)
        self.pages = set()
        for page, parts in texts.items():
            lower = "\n".join(parts).lower()
            if not any(hint in lower for hint in _BUDGET_HINTS):
                continue  # str.find first: far faster than the pattern on pages without those words
            cues = set()
            for cue in _BUDGET_CUE.finditer(lower):
                if "budget billing" not in lower[max(0, cue.start() - 8):cue.end() + 8]:
                    cues.add(cue.group(0).rstrip("s").split()[0][:6])
                    if len(cues) >= 2:
                        self.pages.add(page)
                        break

    def __contains__(self, page) -> bool:
        return page in self.pages


# a general-ledger account string: fund (2-3 digits), then department/program and object codes, the last at
# least 3 digits and a department/program code of 4-5 or an object code of 5 ("101-4310-5210", "001.1010.41100",
# "10-410-5210-000", "100-41-52100"); not three, three and four digits, a phone's shape in which staff write a
# customer's ten-digit account ("Acct 482-133-7790"); nor five digits between two or three and three
# (187-37672-008, 27-97877-771): a ledger's object code after a five-digit program has four or five digits, and
# a water utility writes its accounts so, a five-digit location between a route and a sequence; nor two, four and
# three digits (69-2970-816), a co-op's account: a ledger with a two-digit fund ends in an object code of four
_GL = re.compile(r"\d{2,3}(?P<s>[-.\u2010-\u2013])\d{2,6}(?:(?P=s)\d{2,6}){1,3}")


def is_ledger_account(value: str) -> bool:
    """True for a value written the way a city's budget writes a general-ledger account."""
    if not _GL.fullmatch(value):
        return False
    groups = re.split(r"[-.\u2010-\u2013]", value)
    if len(groups) == 3 and len(groups[-1]) == 3 and (len(groups[1]) == 5 or len(groups[0]) == 2):
        return False
    return len(groups[-1]) >= 3 and (any(4 <= len(g) <= 5 for g in groups[1:-1]) or len(groups[-1]) == 5)


# a date written with dashes or dots (2024-03-12, 03-12-2024, 3.12.24): never an account
_DATE = re.compile(r"(?:19|20)\d{2}(?P<a>[-.\u2010-\u2013/])(?:0?[1-9]|1[0-2])(?P=a)(?:0?[1-9]|[12]\d|3[01])|"
                   r"(?:0?[1-9]|1[0-2])(?P<b>[-.\u2010-\u2013/])(?:0?[1-9]|[12]\d|3[01])(?P=b)(?:19|20)?\d{2}|"
                   # day first, as most of the world writes it: "15.03.2025", "26/04/2024" (a four-digit year)
                   r"(?:0?[1-9]|[12]\d|3[01])(?P<c>[-.\u2010-\u2013/])(?:0?[1-9]|1[0-2])(?P=c)(?:19|20)\d{2}")
# a North American phone number with separators ("909-620-2311", "909.620.2311", "909 620 2311")
_PHONE = re.compile(r"[2-9]\d{2}(?P<s>[-.\u2010-\u2013 ])[2-9]\d{2}(?P=s)\d{4}")


# a label of the number to call a member of the public back at ("cb", "C/B", "CBR", "call back", "Callbacks"): one
# alternation, anchored as each use needs (a column's header, a running footer's field, a note line's opening)
CALL_BACK_WORDS = r"cb|c/b|cbr|call[\s-]?backs?"
# the words naming a line to call ("SCE's toll-free line", "(hotline)", "la línea de SCE")
# a relay service's or a text telephone's line too ("Relay: 8007352929 (TTY)")
LINE_WORDS = r"toll[- ]?free|hotline|helpline|line|l[ií]nea|relay|tty|tdd"
# the words giving a number as a line to call, a utility's or an office's, no customer's account of its shape ("Call
# SCE 8006554555", "phone PCE", "text", "dial", "SCE's toll-free line", "Llame a SCE al", "Tawagan ang SCE sa", "gọi"):
# one alternation, anchored as each use needs (right before the utility's letters, or in the clause before a number)
CALL_LINE_WORDS = rf"call|phone|dial|contact|reach|text|ring|tel|llame|llamar|ll[aá]menos|tawagan|g[oọ]i|{LINE_WORDS}"
_PHONE_LABEL_WORDS = (rf"tel(?:ephone)?|phone|ph|cell(?:ular)?|mobile|{CALL_BACK_WORDS}|call|ani|caller\s+id|"
                      r"tel[eé]fono|celular|m[oó]vil")


def phone_label_pattern(*, home: bool = False) -> re.Pattern:
    """A phone's label right before a number ("Tel 9096969372", "cb: 909 ...", "ph# ", "teléfono "). With ``home``, a
    plain "Home" too: on a contact line that gives a person's own mailbox ("Home: (951) 806-5621  Email: ana@att.net")
    it names their phone; elsewhere "home" before a number is as often a house's (a "Home" column of addresses)."""
    words = _PHONE_LABEL_WORDS + ("|home" if home else "")
    return re.compile(rf"(?i)(?<![\w-])(?:{words})\.?\s*(?:#|no\.?|number)?\s*[:#.-]?\s*$")


# a ten-digit run after a phone's label in a customer's record is the customer's phone, not their account
PHONE_LABEL_BEFORE = phone_label_pattern()


def phone_label_ends_line(above: str, line: str) -> bool:
    """Whether the line ``above`` a number that opens ``line`` ends with a phone's label ("... and daytime telephone" /
    "8187672126."): a PDF's letter or form breaks a field's label from its value so. Not a table's header over its
    rows (a tab or a run of spaces between cells: "Account   Name   Phone" over "8123456789   ..."), whose last column
    says nothing of the row's first."""
    end = len(above.rstrip())
    label = PHONE_LABEL_BEFORE.search(above, max(0, end - 24), end)
    return label is not None and "\t" not in above and "\t" not in line and not re.search(
        r"\S {2,}\S", above[max(0, label.start() - 40):end])


# a number the text says someone is reached or called at, a few words before it ("may be contacted by her attorney or
# directly at", "discussed by telephone at", "can be reached on"): a phone's, whatever account form its digits share
PHONE_REACHED_AT = re.compile(r"(?i)\b(?:contact(?:ed)?|reach(?:ed)?|call(?:ed)?|telephone|phone|text(?:ed)?)\b"
                              r"[^.;\n\d]{0,30}?\b(?:at|on)\s*$")

# the writer giving their own contact, in their words: one family for a letter's or an e-mail's body, a reader's
# message in prose, a speaker's turn in minutes and the clause before a phone. Asking to be reached ("call me", "text
# me", "reach me", "contact me", "phone me") ...
REACH_ME = r"(?:call|text|reach|contact|phone)\s+me"
# ... or naming the number or the mailbox their own ("my cell", "my phone", "my number", "my best number", "my new home
# phone", "my e-mail address")
_MY = r"my\s+(?:(?:new|current|best|other)\s+)?(?:home\s+)?"
_MY_NUMBER = rf"{_MY}(?:cell|phone|mobile|number)"
_MY_CONTACT = rf"{_MY}(?:e-?mail|cell|phone|mobile|number)"
# the words anywhere in a clause: the writer asks to be reached ("Please contact me at ...")
ASKS_TO_BE_REACHED = re.compile(rf"(?i)\b{REACH_ME}\b")
# ... or asks so or names their own number ("you can call me at ...", "my cell is ...")
GIVES_OWN_NUMBER = re.compile(rf"(?i)\b(?:{REACH_ME}|{_MY_NUMBER})\b")


def _contact_before(whom: str) -> re.Pattern:
    return re.compile(rf"(?i)(?:\b(?:call|text|reach|contact|phone|e-?mail|write)\s+(?:{whom})\s+(?:back\s+)?"
                      rf"(?:at|on)|\b{_MY_CONTACT}(?:\s+(?:address|number))?\s*(?:is|:))[\s:,]*$")


# right before the writer's own number or mailbox, to be searched in the few characters before it: "call me at",
# "text me back on", "e-mail me at", "my cell is", "my best number is", "my e-mail address:". Only "me": an office's
# letter or e-mail says "call us at" of its own line
OWN_CONTACT_BEFORE = _contact_before("me")
# the writer calling the number theirs right after it: "8187623038 is my cell", "(818)849-7853 is my phone"
OWN_NUMBER_AFTER = r"is\s+my\s+(?:[\w-]+\s+)?(?:cell|phone|number|mobile|line)"
# ... and a household's "call us at", "reach us on" (a reader's message that gives "we live at" as its home)
HOUSEHOLD_CONTACT_BEFORE = _contact_before("me|us")


def is_date(value: str) -> bool:
    return bool(_DATE.fullmatch(value))


def is_phone_number(value: str) -> bool:
    return bool(_PHONE.fullmatch(value))
