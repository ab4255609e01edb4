"""SCE and Pomona Choice Energy customer and service account numbers (PCE-01 4.1, rule 6.3).

PCE customers are billed on their SCE account, so most numbers are SCE's, but staff write a customer's
account every way there is. Seven rules:

- **SCE's own forms count anywhere**: customer account 2-DD-DDD-DDDD, service account 3-DDD-DDDD-DD and
  8-DDD-DDD-DDD, ten digits starting with 8 (8001026149) and the twelve-digit customer accounts starting
  with 700 (700-123-456-789, 7001 2345 6789, 700123456789); no public number of a city site has them.
- **Beside an account label, any form**: 6 to 16 digits (up to 22 as a plain or grouped number), grouped by dashes, dots or spaces, with a letter
  prefix or not (PCE-20481357, SA-448120, 4418 2291 07, SCE's spaced 3 423 2939 43), with capital letters among
  or after the digits (an SCE meter's V482N-133779, 1ZB4821337, PCE235-H55625), in a phone's shape (392-697-3484:
  not the City's published lines, their block or a toll-free number, nor under a column named as a phone's);
  the last four or more digits after "account ending in"; five digits after a label naming an account outright
  ("Utility Acct 80601", an "A/C No." column) with a person's name in its line or row. A label is the phrase just before the value ("PCE
  acct", "Acct #", "Account No.", "Cust. ID", "Customer Account", "Service Account", "SA#", "Acct ID:", "your
  account number is", a plain "account" or "cuenta" in a sentence; a meter's or a premise's number, which is the
  service account's: "Meter #", "Mtr No.", "Premise #", "Prem. No.", "Número de medidor"; other billing systems':
  "ESI ID" with up to 22 digits, "Service Point", "CIS #", "Contract Account", "UB #", "Bill Acct"; a meter point's: "POD" (in capitals),
  "Point of Delivery", "MPAN", "MPRN", "Supply No.", "Meter Point") or its field name (a
  column header naming an account, a nested JSON key's path "account.number"; a bare "Account" or "Meter" column only in a row that also holds a customer's
  name, address or usage; a column named for a utility service, "Water", "Trash", "Energy (BCP)", only for a code of
  six digits or more, no figure, in a row naming a private person: a referral list's household).

- **An organisation's own id under its letters**: a CCA's or a utility's number for its customer, letters and six
  to twelve digits (VVCP-4491648), after a label giving the same letters in a line about a person ("Her VVCP id is
  VVCP-4491648"), or after the organisation's name spelt out, its initials the id's letters ("Desert Community Energy
  ID DCE226970"), or in a column so named ("VVCP ID", "new_vvcp_id") of a customer's row; never a permit's, a case's,
  an order's or an invoice's letters (BLD-, CE-, WO-, INV-).
- **A utility's own form under its letters, no label**: the utility's or an account's letters (PCE, SCE, CUST ...) or
  any letters right after the service's name ("water W-675292-08", "gas G-..."), then two or three groups of eight
  digits or more, in a line that names a person who is no official, a street address or usage ("Credit approved for
  Ana Ruiz (PCE-0085-42328)."); not a year as the first group ("PCE-2024-03"), fewer digits ("PCE-101"), a program's,
  a form's or a product's word before it ("rebate application PCE-...", "model ...").
- **A utility's or a hauler's own name for the label**: a number of 7 to 16 digits (letters before them or not) after
  a gas, electric or water utility's name or a trash hauler's ("SoCalGas 779 658 7617 2", "Arroyo Vista Disposal
  (trash) 6396776", "BCP / Edison: BC38499545"), in a customer's list of their accounts: another account labelled in
  its line or its block of lines; not a phone's shape (the company's line to call), a date.
- **Words between the label and the number**: an account label naming an account outright, a few words that say
  which, then a colon, "was" or "is" ("LADWP account from previous home: 220 668 3803", "Her gas account with
  SoCalGas before she moved here was 72 044 9204 4 4"), in a line about a person; not an office's line or an amount
  ("Accounts payable:", "account representative is", "account balance was"). A gas account's check digits a line
  break moved to the next line are the account's.
- **In a customer's record, no label needed**: a bare number of 7 to 16 digits that stands as a field of a record
  the customer context found in running text ("copied from CIS: Name / 8047 4919 4579 1 / 626.391.2619"), read
  after the context (``scan_records``); not a date or a phone.

Not findings: a number under another kind of label (APN, case, permit, resolution, ordinance, PO,
invoice, bid, GL, phone; "PO# 8001026149", an APN column) or with its prefix ("INV-2024-00123", "WO-2024-0012");
the premise IDs, meters and accounts in a table of the City's own facilities (City Hall, the Library, a park's
restroom) or in a line of prose that names the facility before them and no person, or that calls the account the
City's ("Edison - City acct ..."); a toll-free number given as a line to call ("Call SCE 8006554555 about ...");
a phone written as ten digits from 8 where a mailing block puts it (after the
address's ZIP, before a mailbox) or under a Phone column of a table laid out as lines; a meter's reading; a meter's
number in a record's meter field ("METER_ID") of a record that names no customer (a work order's, a GIS layer's
equipment); dates, phone numbers, a URL parameter of
another name (``?id=8123456789``) and an unlabelled bare run in a script or a link target (code and URLs
are full of numeric ids); a city budget's general-ledger accounts, which a budget writes beside
a plain "Account No." as fund-department-object (101-4310-5210) and on pages that speak of funds,
appropriations and fiscal years; a form's examples ("e.g. 8001234567", 2345678901); and the numbers on a
page that presents a sample bill of a visibly made-up customer ("How to read your bill" for John Sample,
Any Street; one PDF page, or the whole of a web page).

Options (``[detectors.account_number]``):
  labels               extra account label phrases (added to the defaults above and their Spanish
                       Número/No. de cuenta, Cuenta de servicio/cliente)
  replace_labels       true to use only ``labels`` instead of the defaults (default false)
  patterns             extra regular expressions of account numbers that count beside a label
  unlabelled_patterns  extra regular expressions of account numbers that count anywhere
"""
from __future__ import annotations

import re
from itertools import accumulate, chain
from collections.abc import Iterator, Mapping
from functools import cached_property, lru_cache
from typing import TYPE_CHECKING

from . import translations
from .account_labels import CUSTOMER_LABELS, GENERIC_LABELS
from .base import as_list, line_of, sentence_of, text_before, with_line_above
from .labels import (CALL_LINE_WORDS, LEFT, LINE_WORDS, OTHER_LABELS, OWN_CONTACT_BEFORE, OWN_NUMBER_AFTER,
                     PHONE_LABEL_BEFORE, PHONE_REACHED_AT, RIGHT, WIDTH, is_date, is_ledger_account, is_phone_number,
                     label_before, label_filling_cell, label_source, lettered_form_veto_before, other_kind_named,
                     other_label_after, other_label_beside, phone_label_ends_line, staff_label_before,
                     transaction_label_beside)
from .masking import mask_digits
from .model import CODE_SEGMENTS, Document, Finding, Segment
from .context.cues import PARTY_WORDS
from .context.headers import LEDGER_COLUMN, columns, header_kind, meter_column, names_own_id, own_id_prefix
from .context.ledger_codes import budget_line_item, ledger_code
from .context.persons import (holders_bracketed_after_accounts, is_place, named_officially, names_in, person_name,
                               trade_name)
from .context.analysis import page_of
from .context.lists import business_register, register_account_column
from .context.public_posts import staff_badge
from .context.public_holders import (CITY_HOLDS, DWELLING_OR_FIRM, FORM_BLOCK, billed_to_agency, city_facility,
                                     citys_account_with_vendor, held_by_agency, names_no_person)
from .context.shapes import (ADDRESS_RE, BANK_ROUTING, EMAIL_RE, ROUTING_NUMBER,
                             mask_spelt, opens_an_address, person_word, phone_spans, plain_email, short_coded_account,
                             spelt_number_spans)
from .public_contacts import PERSONAL_DOMAINS, TOLL_FREE, PublicContacts, is_toll_free, to_e164
from .translations import to_english
from .facts import DocumentFacts, without_caption_notes
from .numbers import (Candidate, LabelledNumberDetector, Shape, Verdict, WrappedReading, digits_of, example,
                      sample_bill, test_fixture_record)
from .phone import CALLED_BEFORE, reached_before

if TYPE_CHECKING:
    from .context import CustomerContext

_CUSTOMER_LABEL = re.compile(r"(?i)service|customer|cust\b|utility|electric|energy|billing|\b(?:sce|pce|edison|sa|said)\b|"
                             r"ending|termina|prepaid|prepay\b|auto ?pay|interconnection (?:application|app|request)|nem app|"
                             r"(?:acuerdo|arreglo|convenio) de pagos?|cuenta (?:de )?contrato|interlocutor comercial|"
                             r"(?:punto|c[oó]digo) de suministro|"
                             r"['\u2019]s\b|\b(?:your|my|his|her|their|su|mi)\b|cliente|\bsvc|\bprem|meter|"
                             r"\bmtr\b|medidor|\besi|service point|\bsp ?id\b|contract acc|business partner|\bcis\b|"
                             r"\bloc(?:ation)?\b|\bpod\b|point of delivery|\bmpan\b|\bmprn\b|\bsupply\b|\bub\b|"
                             r"\bbill\s+acc|\bcare\b|\bfera\b|baseline|pay(?:ment)?\s+(?:plan|arrangement)|collections\b|"
                             r"collection\s+case|plan\s+de\s+pagos|cobranza|opt[ -]?out|\bcca\s+enrol|" +
                             "|".join(map(re.escape, translations.phrases_for("customer number", "meter number",
                                                                              "service account"))))


@lru_cache(maxsize=4096)
def _names_customers_account(label: str) -> bool:
    """Whether a label names a customer's or a service point's account (``_CUSTOMER_LABEL``): worked out once per
    label, the pattern's hundreds of phrases in other languages cost 10 us a search, and a table's column gives
    the same label to each of its 20,000 numbers."""
    return _CUSTOMER_LABEL.search(label) is not None


# a utility's or a program's account, by its acronym ("SRCE account", "LADWP acct", "SDG&E Account"): community
# choice programs and utilities are known by acronyms no list can hold
_UTILITY_ACCOUNT = (r"(?<![A-Za-z0-9&])(?!(?:GL|PO|CIP|RFP|RFQ|APN|AIN|DR|FY|ID|IT|HR)\s)(?-i:[A-Z]{2,6}(?:&[A-Z]{1,2})?)"
                    r"\s+(?:accounts?|accts?)\.?(?![A-Za-z0-9])"  # "PCE accounts 7000918273, 7000918274 and ..."
                    # or a customer's enrolment with it, as a community choice program numbers the one service it
                    # enrolled or moved ("3CE Enrollment ID 33-516188", "SJCE enrolment no. E389357116")
                    r"|(?<![A-Za-z0-9&])(?!(?:GL|PO|CIP|RFP|RFQ|FY|ID|IT|HR)\s)(?-i:\d?[A-Z]{2,6})\s+enrol+ment"
                    r"\s*(?:id\b|no\b\.?|number\b|nbr\b|#)"
                    # or its bill with the account it is billed to in brackets after it ("her VRP bill (VR84575209K)
                    # doubled"): a bill's own number is written "bill no.", never in brackets after the bill
                    r"|(?<![A-Za-z0-9&])(?!(?:AB|SB|HB|GL|PO|FY)\s)(?-i:[A-Z]{2,6}(?:&[A-Z]{1,2})?)\s+bills?"
                    r"(?=[ \t]*\()"
                    # or a person's number with it, the number in brackets after it ("we found her ASCE number
                    # (003652480)"); not a tax, a licence's or a parcel's number ("his EIN number (...)")
                    r"|\b(?:her|his|their|my|your|our)\s+(?!(?:SSN|EIN|TIN|ITIN|FEIN|DUNS|APN|NPI|PIN|ID|DL|VIN|UEI)\s)"
                    r"(?-i:[A-Z]{2,6}(?:&[A-Z]{1,2})?)\s+(?:number|no\.?)(?=[ \t]*\()"
                    # and its account in the words of a translated notice, the acronym kept in Latin letters: "SCE
                    # 帳戶 2458213957" (Chinese), "OPC 계좌" (Korean), "OPC հաշիվ՝ OPC6539653N" (Armenian)
                    r"|(?<![A-Za-z0-9&])(?!(?:GL|PO|CIP|RFP|RFQ|APN|AIN|DR|FY|ID|IT|HR)\s)(?-i:[A-Z]{2,6}(?:&[A-Z]{1,2})?)"
                    r"[ \t]?(?:帳戶|账户|帐户|賬戶|계좌|계정|հաշիվ(?:ը|ն)?|հաշվի)(?![\u0561-\u0587])"
                    # in Spanish, the utility's whole name between the account and its number: "Su cuenta de Verde
                    # Ridge Power núm. VRP-4320481-9", "cuenta con Edison número ..."; not a bank's ("cuenta de Banco
                    # Popular núm. ...", "cuenta de Wells Fargo no. ...")
                    r"|\bcuenta\s+(?:de|con)\s+(?!(?-i:Banco|Bank|Wells|Chase|Citi|Cooperativa|Credit|Cr[eé]dito|Caja|"
                    r"BBVA|Santander|Banamex|Bancomer|Banorte|HSBC|PayPal|Venmo|Zelle)\b)"
                    r"(?-i:[A-Z][\w&'.-]*)(?:\s+(?-i:[A-Z][\w&'.-]*)){0,3}\s+(?:n[úu]m(?:ero)?\.?|no\.|#)"
                    # or by its acronym alone, as "PCE account" is in English: "su cuenta de RCP RC780296235"; not a
                    # bank's, nor a tax's or a ledger's ("cuenta de IVA", "cuenta de GL")
                    r"|\bcuenta\s+(?:de|con)\s+(?!(?-i:BBVA|HSBC|IVA|ISR|RFC|CURP|SAT|GL|PO|FY)\b)"
                    r"(?-i:[A-Z]{2,6}(?:&[A-Z]{1,2})?)(?![\w&])"
                    # the utility's statements or bills for the account they are billed to: "encloses Edison
                    # statements for 7-26-104-7795", "her SoCalGas bills on 0521 884 3306 7"
                    r"|(?<![A-Za-z0-9&])(?!(?:AB|SB|HB|GL|PO|FY|IRS|FTB)\s)(?-i:[A-Z]{2,6}(?:&[A-Z]{1,2})?|Edison|SoCalGas)"
                    r"\s+(?:statements?|bills?|invoices?)\s+(?:for|on|under)(?![\w-])")
# a bill's account as a billing system's log cuts it short ("Bill Acct 007.8299.713"): not among the labels' phrases,
# whose words are read as no one's name when masking, and Bill is a given name
_BILL_ACCOUNT = r"(?<![A-Za-z0-9])bill\s+(?:acct|account)(?![A-Za-z0-9])"
# a questioning's question asking for the account and the answer's mark: "Q. What is the account in question? A. ...",
# "Q: Your account number? A: ..."; the witness answers with the number
_ASKED_ACCOUNT = (r"(?<![A-Za-z0-9])(?:account|acct)(?:\s+(?:number|no\.?|#))?(?:\s+[\w-]+){0,3}\s*\?"
                  r"\s*A[.:](?=\s)")
# a co-op's member named, then the member's number after "#": "Member Dwayne Ortiz, #1519452, disputed ..." (a co-op
# calls its customers members); not a council's, a board's or a staff's member, whose "#" is no account's
_NAMED_MEMBER = (r"(?<!council )(?<!board )(?<!staff )(?<!committee )(?<!commission )(?<!chamber )(?<!family )"
                 r"(?<!team )(?<!crew )\bmember\s+(?-i:[A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019.-]*){1,3})(?=,?\s*#)")
# a short account's value alone in its field: four or five digits ("8835"); letters before them make a code of
# another kind as often ("FY24017"), which the coded forms' own rules judge
_SHORT_ACCOUNT = re.compile(r"\s*\d{4,5}\s*")
# a database's key column ("cust_id", "CustomerID"): a table's row number, beside the account it keys
_KEY_COLUMN = re.compile(r"(?:^|[\W_])(?i:id)$|(?<=[a-z])ID$")
# a bare "Account" column is a customer's in a row that names a customer, a service address or usage
# (and SAP IS-U's "Installation", the utility service a premise is billed for, which its exports head so)
_BARE_ACCOUNT = re.compile(r"(?i)\s*(?:account|acct|accounts|cuenta|conta|meter|mtr|medidor|premise|prem|installation)"
                           r"\.?\s*:?\s*")
_CUSTOMER_COLUMN = re.compile(r"(?i)customer|\bname\b|service address|\baddress\b|kwh|usage|consumption|"
                              r"ratepayer|account\s+holder|titular|cliente|nombre|direcci[oó]n|\bnome\b|morada|endere[cç]o|"
                              # a CIS extract's name parts and the holder's SSN: "LAST | FIRST | SSN"
                              r"^\s*(?:last|first|given|family|sur)(?:[\s_-]*(?:name|nm))?\s*$|^\s*ssn\s*$")
# a group header over columns that each name whose account they hold, joined to the column's own header as the
# extraction writes it ("Account numbers: Water district", "Accounts: Trash hauler"): an account column like a bare
# "Account" one, unless the column names the City's ledger
_ACCOUNTS_GROUP = re.compile(r"(?i)\s*(?:(?:utility|customer|service|billing)\s+)?(?:account|acct)s?\.?"
                             r"(?:\s*(?:numbers|nos\.?|#s))?\s*:\s*(?!.*\b(?:gl|g/l|ledger|fund|budget|object|org)\b)\S")
# a column of a household's row named for a utility service, its provider's letters after it maybe ("Water",
# "Trash", "Energy (BCP)"): a referral list's or an assistance application's account with that service
_SERVICE_COLUMN = re.compile(r"(?i)\s*(?:water|sewer|gas|trash|refuse|garbage|solid\s+waste|electric|electricity|"
                             r"energy|power|propane)(?:\s*\(\s*(?-i:[A-Z][A-Za-z&]{1,9})\s*\))?\s*")
# a column of usage, which a budget's line of a utility may give too
_USAGE_COLUMN = re.compile(r"(?i)kwh|usage|consumption")
# a column naming the person whose row it is
_PERSON_COLUMN = re.compile(r"(?i)customer|\bname\b|household|resident|tenant|ratepayer|homeowner|applicant|occupant|"
                            r"cliente|nombre")
# a figure (a quantity or an amount), no account: "14,220", "1,250.00"
_FIGURE = re.compile(r"[$]?\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+\.\d+")
# a column that counts or sums customers, not one naming a customer ("Customer accounts (count)", "Total kWh")
_COUNT_COLUMN = re.compile(r"(?i)\bcount\b|number\s+of|#\s*of|\btotal\b|\baverage\b|\bavg\b|percent|%")
# a nested record's field named by its path's last keys ("account.number", "account > id" in a JSON export): the
# account's number, as "account_number" is
_ACCOUNT_PATH = r"(?<![A-Za-z0-9])(?:account|acct|cuenta)(?:\.|\s*>\s*)(?:number|no|nbr|num|id|numero)(?![A-Za-z0-9])"
# a service request's field named by what is done to the account, as its caption ends in a colon ("Account to close:",
# "Acct. to be transferred:", "Account being closed:"): a transfer or stop form's customer account
_ACCOUNT_TO_CHANGE = (r"(?<![A-Za-z0-9])(?:account|acct)\.?(?:\s*(?:no|number|#)\.?)?\s+(?:to\s+(?:be\s+)?|being\s+)"
                      r"(?:close|closed|open|opened|transfer|transferred|stop|stopped|start|started|cancel|cancell?ed)"
                      r"(?=\s*:)")
# a plain "account" of another kind than a utility's, right before the value
_ANOTHER_ACCOUNT = re.compile(r"(?i)\b(?:grant|bank|banking|budget|fund|trust|escrow|savings|checking|capital|reserve|"
                              r"deposit|revenue|rental|concession|expense|expenditure|ledger|gl|project|suspense|clearing|holding|"
                              r"investment|retirement|pension|payroll|enterprise|agency|donor|brokerage|"
                              # a treasury's own bank accounts by their purpose: "General Account ending 5475"
                              r"general|operating|disbursement|sweep|lockbox|concentration|"
                              # a local government's investment pool: California's LAIF, a state's LGIP, "CAMP"
                              r"laif|lgip|camp|pool|treasury|"
                              # a campaign committee's bank account, which its Statement of Organization (Form 410)
                              # and its Form 460 give: "campaign account no. ...", "committee account"
                              r"campaign|committee)\s+(?:account|acct)"
                              r"\.?(?:\s*(?:no|nbr|number|num|#)\.?)?"
                              # "bank acct ending 0023": the last digits of a bank's account, which a bank's own
                              # receipts print, are no utility's account (as "card ending" is none)
                              r"(?:\s+(?:ending(?:\s+(?:in|with))?|termina(?:da|do)?\s+en))?"
                              r"\W*$")  # "Trust Account No. 1-801-5013-5135"
# ... or named so before the bank it is at, the number's own label after it: "Operating account at Wells Fargo
# (account ending 7029)", "the payroll account with Citizens Business Bank, acct no. ...": a treasury's bank account
_ANOTHER_ACCOUNT_AT_BANK = re.compile(
    r"(?i)\b(?:bank|banking|checking|savings|operating|general|disbursement|sweep|lockbox|concentration|payroll|"
    r"investment|trust|escrow|money\s+market)\s+accounts?\s+(?:(?:is\s+)?(?:held\s+|maintained\s+)?(?:at|with)|in)"
    r"\s+(?:the\s+)?(?-i:[A-Z][\w&.'\u2019-]*)(?:\s+(?:(?-i:[A-Z][\w&.'\u2019-]*)|of|the|N\.A\.)){0,4}\s*[(,:\u2013\u2014-]?\s*"
    r"(?:account|acct)\.?(?:\s*(?:no|nbr|number|num|#)\.?)?(?:\s+(?:ending(?:\s+(?:in|with))?))?\W*$")


def _another_kind_of_account(candidate: Candidate) -> bool:
    """Whether the account a candidate's label names is of another kind than a utility's: "grant account
    2240-8810-22", "bank account 0031-88211" (wrapped or not), "Operating account at Wells Fargo (account ending
    7029)"; not a form's field for a customer's own bank account, which stays a customer's."""
    reach = WIDTH + len(candidate.label)
    return bool(_ANOTHER_ACCOUNT.search(text_before(*with_line_above(candidate, reach)[:2], reach))
                or _ANOTHER_ACCOUNT_AT_BANK.search(text_before(candidate.text, candidate.start, 120))) \
        and not _customers_bank_field(candidate)


# a form's field for a customer's own bank account, its caption opening its line or its cell ("CHECKING ACCT #:
# 64331992519", "Savings Account No.: ..."), as an automatic payment's authorization or a refund's form asks for it
_BANK_ACCOUNT_FIELD = re.compile(r"(?i)(?:^|\t)[ \t]*(?:bank|checking|savings)[ \t]+(?:account|acct)\.?"
                                 r"(?:[ \t]*(?:no|nbr|number|num|#)\.?)?[ \t]*:[ \t]*$")
# a form's field naming whose form it is: "Customer Name:", "CUSTOMER NAME: ...", "Account Holder<tab>..."
_CUSTOMER_FIELD = re.compile(r"(?i)(?:^|\t)[ \t]*(?:customer|account holder|applicant|resident|tenant|ratepayer|"
                             r"homeowner|property owner|depositor)(?:['\u2019]s)?(?:[ \t]+name)?"
                             # a bilingual form's translation after a slash: "Customer Name / Nombre del cliente:"
                             r"(?:[ \t]*/[^:\t\n]{1,40})?[ \t]*(?::|\t)")
# a box form's caption over a customer's bank account, on the line above the boxes, a translation after a slash
# maybe ("Bank Account No. / No. de cuenta bancaria")
_BANK_ACCOUNT_CAPTION = re.compile(r"(?i)[ \t]*(?:bank|checking|savings)[ \t]+(?:account|acct)\.?"
                                   r"(?:[ \t]*(?:no|nbr|number|num|#)\.?)?[ \t]*(?:/[^\t]{1,40})?")
_PUBLIC_OWNER_AFTER = re.compile(r"(?i)[ \t]*[(,\u2013\u2014-]?[ \t]*(?:city|county|district|utility|municipal|"
                                 r"public|state)[- ](?:owned|operated)\b")
_ACCOUNT_WORD = re.compile(r"(?i)\b(?:account|acct)\b")
# the City's remittance instructions for a wire or an ACH payment name the bank's routing (``BANK_ROUTING``) beside its
# account: characters of the value's line before it, and half as many after, that may name it
_BANK_REACH = 160
# a member of another body than a utility's co-op, right before its member label: "Chamber member no.", "CalPERS
# Member ID", "Board Member No. 3" (a seat), "union membership no."
_ANOTHER_MEMBERSHIP = re.compile(r"(?i)\b(?:chamber|association|union|club|board|council|commission|committee|"
                                 r"calpers|pers|retirement|pension|library|alumni|aarp|rotary|lodge|league|"
                                 r"society|gym|plan|health|dental|insurance)\W+(?:member(?:ship)?|mbr)\b(?:\W*(?:no|number|nbr|id)\b)?[\s.:#]*$")
_MEMBER_LABEL = re.compile(r"(?i)\b(?:member|mbr)")
# a meter in the text that is no customer's: a parking meter's number; a case's year and sequence after "meter"
_PARKING = re.compile(r"(?i)\bparking\s+(?:meter|mtr)\W*$")
_CASE_FORM = re.compile(r"(?:19|20)\d\d-\d{3,6}")
# a value glued to a URL parameter of another name (?id=8123456789)
_QUERY_KEY = re.compile(r"[?&;]\w+=$")
_DASH = "[-\u2010-\u2013.]"
# "ending in", and Spanish "que termina en" / "terminada en"
_ENDING = re.compile(r"(?i)\b(?:ending(?:\s+(?:in|with))?|termina(?:da|do)?\s+en)[\s:#]*(?=\d)")


def _in_a_list_of_accounts(segment: Segment, start: int, end: int, facts: DocumentFacts | None) -> bool:
    """Whether the line ``start:end`` of ``segment`` stands in a list whose neighbouring lines (``_LIST_LINES`` on
    either side, in its own text or the segments around it on its page) give an account under its label ("Acct# ...",
    "Gas co acct # ...")."""
    text = segment.text
    above = text[:start].split("\n")[-_LIST_LINES - 1:-1] if "\n" in text[:start] else []
    below = text[end:].split("\n")[1:_LIST_LINES + 1]
    if facts is not None and (len(above) < _LIST_LINES or len(below) < _LIST_LINES):
        at = facts.positions.get(id(segment))
        if at is not None:
            segments = facts.document.segments
            near = segments[max(0, at - _LIST_LINES):at] + segments[at + 1:at + 1 + _LIST_LINES]
            above += [s.text for s in near if s.location.page == segment.location.page and not s.label]
    return any(_ACCOUNT_OUTRIGHT.search(line) for line in above + below)


def _utility_named(segment: Segment, match: re.Match, facts: DocumentFacts | None) -> bool:
    """Whether a number after a utility's or a hauler's name (``_UTILITY_NAMED``) is the customer's account there: not
    a phone's shape (a utility's line to call, "SoCalGas 1-800-427-2200"; eleven digits in groups of an account's are
    no phone cut short) nor a date, in a customer's list of accounts: its line or its block of lines (up to a blank
    line) gives another account under its label ("SCE acct 7009291487 | SoCalGas ..."), or the lines around it do
    (``_in_a_list_of_accounts``); or in a list of customers, its line naming the person and their home."""
    value = match.group("value")
    digits = digits_of(value)
    text = segment.text
    line_start, line_end = text.rfind("\n", 0, match.start()) + 1, text.find("\n", match.end())
    line = text[line_start:line_end if line_end >= 0 else len(text)].replace(match.group(), " ", 1)
    # ten digits run together after the utility's name, on a line that labels another of the customer's accounts in
    # any language ("Número de cuenta: CCE-320676 · SCE: 7417015402"): the account's, as a phone is written in groups
    listed_beside = value.isdigit() and not is_toll_free(to_e164(value) or "") and bool(
        _LISTED_ACCOUNT.search(line) or _LISTED_ACCOUNT.search(to_english(line)))
    if value[:1].isdigit() and (is_phone_number(value) or to_e164(value) is not None) and not listed_beside or (
            is_date(value) or _DATED.fullmatch(digits)):  # "Edison 20240314 notice": a day's
        return False
    if _CALL_BEFORE.search(segment.text, max(0, match.start() - 24), match.start()):
        return False
    if not 7 <= len(digits) <= 16:
        return False
    block_start = text.rfind("\n\n", 0, match.start())
    block_end = text.find("\n\n", match.end())
    block = text[block_start + 1 if block_start >= 0 else 0:block_end if block_end >= 0 else len(text)]
    rest = block.replace(match.group(), " ", 1)
    return listed_beside or bool(_LISTED_ACCOUNT.search(rest)) or any(
        _LISTED_ACCOUNT.search(line) for line in _block_lines(segment, facts)) or bool(
        _METERED_AFTER.match(text, match.end()) and _card_with_a_personal_mailbox(segment, facts)) or (
        _persons_home_line(line))


def _names_a_private_person(text: str) -> bool:
    """Whether ``text`` names a person, not officially (no council member's, staff member's or office's name)."""
    return any(not named_officially(text, a, b) for a, b in names_in(text, anchored=True))


def _persons_home_line(line: str) -> bool:
    """Whether a line names a person who is no official and a street address: a customer's line in a list of
    customers ("- Ana Ruiz, 1412 Elm St - SCE 7631 2907 9865"), the number after the utility's name their account."""
    return bool(ADDRESS_RE.search(line)) and any(not named_officially(line, a, b)
                                                 for a, b in names_in(line, anchored=True))


# the account's own consumption right after it on its line ("SoCalGas 0418 229 310 7 · 93 therms last winter", "Edison
# 7004 1187 2290 - 612 kWh"), as a customer's card writes their line for that utility
_METERED_AFTER = re.compile(r"[ \t]*[\u00b7|,;\u2013\u2014-][ \t]*\d{1,3}(?:,\d{3})*(?:\.\d+)?[ \t]*(?:therms?|kwh|ccf|hcf)\b",
                            re.IGNORECASE)
_CARD_REACH = 4  # segments on either side of a line of a card that may give the card's mailbox


def _card_with_a_personal_mailbox(segment: Segment, facts: DocumentFacts | None) -> bool:
    """Whether the segment is a line of a card (the elements of one parent: "<div class=card><h4>NAME</h4><p>...")
    that gives a person's mailbox at a consumer provider: a customer's card, not a City facility's nor a firm's."""
    at = facts.positions.get(id(segment)) if facts is not None else None
    card = (segment.location.element or "").rpartition(" > ")[0]
    if at is None or not card:
        return False
    segments = facts.document.segments
    for other in segments[max(0, at - _CARD_REACH):at + _CARD_REACH + 1]:
        if (other.location.element or "").startswith(card + " > "):
            for mailbox in EMAIL_RE.finditer(other.text):
                if mailbox.group().rpartition("@")[2].lower() in PERSONAL_DOMAINS:
                    return True
    return False


_BLOCK_REACH = 5  # lines of a list of accounts on either side of a line that names its utility


def _block_lines(segment: Segment, facts: DocumentFacts | None) -> list[str]:
    """The texts of the lines around ``segment`` that a plain text's reader made segments of their own, up to a
    blank line (a gap in the line numbers) or ``_BLOCK_REACH`` lines away: the rest of a list of the customer's
    accounts, one a line."""
    at = facts.positions.get(id(segment)) if facts is not None else None
    if at is None or segment.location.line is None:
        return []
    segments = facts.document.segments
    lines = []
    for step in (-1, 1):
        line, k = segment.location.line, at + step
        while 0 <= k < len(segments) and abs(k - at) <= _BLOCK_REACH:
            near = segments[k]
            if near.label or near.location.line != line + step:
                break
            lines.append(near.text)
            line, k = near.location.line, k + step
    return lines


def _partly_masked(match: re.Match) -> bool:
    """Whether a value ``_PARTLY_MASKED`` matched masks some of its digits and shows at least five: a mask after its
    utility's letters or after some of its digits. A mask that only opens a bare number is the digits after it."""
    body = match.group("body")
    if sum(c.isdigit() for c in body) < _PARTLY_MASKED_DIGITS or not _MASK_RE.search(body):
        return False
    return bool(match.group("prefix")) or bool(_MASK_AFTER_DIGIT.search(body))


def _may_say_ending(text: str) -> bool:
    """Whether a segment may hold an ``_ENDING`` cue: a substring test before the pattern, as most text has none."""
    return "nding" in text or "NDING" in text or "ermina" in text or "ERMINA" in text


# what makes a single digit after a number's groups a count rather than its check digit: a month ("4 March"), a unit
# ("4 kWh", "4 %") or a plural noun ("4 meters", "4 units")
_MONTHS = "jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec"
_NOT_A_COUNT = rf"(?![ \t]*(?i:(?:{_MONTHS})[a-z]*\.?(?![a-z])|k?wh|kw|mwh|%|gal|ccf|hcf|therms?|[a-z]{{3,}}s\b|x\b))"

# SCE's service account as a plain run of ten digits from 8: a transaction's label before it makes it the transaction's
SCE_TEN_DIGITS = Shape("SCE service account form", r"8\d{9}", anywhere=True)
SCE_FORMS = (
    Shape("SCE customer account form", rf"2(?P<c>{_DASH})\d{{2}}(?P=c)\d{{3}}(?P=c)\d{{4}}", anywhere=True),
    Shape("SCE service account form", rf"3(?P<s>{_DASH})\d{{3}}(?P=s)\d{{4}}(?P=s)\d{{2}}", anywhere=True),
    Shape("SCE service account form", rf"8(?P<e>{_DASH})\d{{3}}(?P=e)\d{{3}}(?P=e)\d{{3}}", anywhere=True),
    SCE_TEN_DIGITS,
    Shape("SCE customer account form", rf"700(?P<t>{_DASH}| {{1,2}})\d{{3}}(?P=t)\d{{3}}(?P=t)\d{{3}}|"
                                       r"700\d(?P<f>[-\u2010-\u2013.]| {1,2})\d{4}(?P=f)\d{4}|700\d{9}", anywhere=True),
)
# SCE's customer account form with another first digit than 2 (8-54-300-1791): no label needed where its sentence ties
# it to a customer's account (``_CUSTOMERS_ACCOUNT_CUE``), any label as any number's; alone it may be a file's
# reference ("6-41-220-7390 is the reference of the audit file")
CUED_CUSTOMER_FORM = Shape("SCE customer account form", rf"[013-9](?P<q>{_DASH})\d{{2}}(?P=q)\d{{3}}(?P=q)\d{{4}}",
                           anywhere=True)
# what ties such a number to a customer's account in its sentence: an account opened or put in someone's name, a bill
# or service under it ("Someone opened 8-54-300-1791 in the name of ...", "the new bill is under 8-72-308-4463")
_CUSTOMERS_ACCOUNT_CUE = re.compile(r"(?i)\b(?:opened|opens?|open(?:ing)?|under|in[ \t]+(?:the[ \t]+)?names?[ \t]+of|"
                                    r"bill(?:s|ed|ing)?|account|acct|service|a[ \t]+nombre[ \t]+de|cuenta|factura|"
                                    r"servicio|abri[óo]|abrieron)\b")
_SENTENCE_BOUND = re.compile(r"[.!?;\n](?:\s|$)")
_CUE_REACH = 120  # characters of the sentence each side of the number


def _customers_account_sentence(candidate: Candidate) -> bool:
    """Whether the number's sentence ties it to a customer's account (``_CUSTOMERS_ACCOUNT_CUE``) before or after it."""
    text = candidate.text
    before = text[max(0, candidate.start - _CUE_REACH):candidate.start]
    bounds = [m.end() for m in _SENTENCE_BOUND.finditer(before)]
    before = before[bounds[-1]:] if bounds else before
    after = text[candidate.end:candidate.end + _CUE_REACH]
    stop = _SENTENCE_BOUND.search(after)
    after = after[:stop.start()] if stop else after
    return bool(_CUSTOMERS_ACCOUNT_CUE.search(before) or _CUSTOMERS_ACCOUNT_CUE.search(after))


ANY_FORM = (
    # SCE's forms spaced out ("Account 3 423 2939 43"), the customer account's 1-2-3-4 groups whatever its first digit
    # ("Svc Acct 5 53 741 3485"); beside a label only: a row of a statistics table is spaced so
    Shape("labelled", r"\d(?P<cs> {1,2})\d{2}(?P=cs)\d{3}(?P=cs)\d{4}|3(?P<ss> {1,2})\d{3}(?P=ss)\d{4}(?P=ss)\d{2}|"
                      r"8(?P<es> {1,2})\d{3}(?P=es)\d{3}(?P=es)\d{3}"),
    # a number cut at its dash by a line's end ("Account: 6928-748-" / "483") is one number
    Shape("labelled", rf"\d+(?:{_DASH}\d+)*(?:-\n[ \t]*\d+(?:{_DASH}\d+)*)?", prefixed=True),
    # 4418 2291 07, 0088 281374 02; a gas bill's check digit after two or three groups: 5472 66815 4, 5341 881 460 3,
    # or two such digits (SoCalGas' 72 044 9204 4 4), unless the last counts what follows it ("acct 5472 66815 4
    # meters", "... 4 March 2026")
    Shape("labelled", r"\d{2,6}(?P<g> {1,2})\d{2,6}(?:(?P=g)\d{2,6}){0,3}(?:(?P=g)\d(?:(?P=g)\d)?" + _NOT_A_COUNT
          + ")?", prefixed=True),
    # digit by digit, as a speech-to-text transcript writes a number read out: "my account number is 3 0 0 6 4 4 1 0 2 9"
    Shape("labelled", r"\d(?: \d){6,15}(?! ?\d)"),
    # a customer number and its location's check digits after a slash, as some billing systems print them ("Acct:
    # 0926666/13", "Núm. de cuenta: 0179317/12"); beside a label only: "2024/25" or a map's "1234567/8" elsewhere
    Shape("labelled", r"\d{6,10}/\d{1,3}"),
)
# one or two capital letters then a space before the digits, right after an account's label ("water account
# W 6304-4263-73", "Acct RB 24926181"): a utility's prefix typed apart from its number. Only there: a space after a
# letter is also a unit's, a route's, a form's, an exhibit's or a grid address's ("Unit B 1204", "Exhibit B 2024-113",
# "700 W 400 N"). Three or four letters before a number in groups are a utility's own, as its bills print the number
# ("Account No. PCE 81 8468 53", "Account # ACP 104-8978"; not a fiscal year's "FY 2024 25"), a check character
# after the groups too, a letter maybe ("No. de cuenta RV 17 6057532 K", a program's code, region, serial and check)
_CHECKED_CODE = r"(?!FY )[A-Z]{1,4} \d{2,8}(?: \d{2,8}){1,2} [A-Z\d](?![\w\u2010-\u2013-])"
SPACED_PREFIX = Shape("labelled", r"(?<![\w/\u2010-\u2013-])"
                                  rf"(?:{_CHECKED_CODE}|"
                                  r"(?:[A-Z]{1,2}|(?!FY )[A-Z]{3,4}(?= \d{2,6}(?: {1,2}|-)\d)) "
                                  rf"(?:{ANY_FORM[2].pattern}|{ANY_FORM[1].pattern}))")
_SPACED_PREFIX = re.compile(SPACED_PREFIX.pattern + RIGHT)
_CHECKED_SPACED = re.compile(_CHECKED_CODE)
_LETTER_SPACE_DIGIT = re.compile(r"\b[A-Z]{1,4} \d")
# a small utility's or co-op's coded account, three or four capital letters, a space and five to twelve digits
# ("propane acct ORP 35352", "Co-op member #: ORP 64018", a CCA's "Customer No. CCA 089131402"): the letters name the
# company. Only right after an account's or a member's label or in an account column of a customer's row: the same
# look is a form's, a route's, a bill's or a statute's elsewhere ("Form ABC 12345", "Route SR 125", "HB 1234", "ORS
# 656"); a year is no account ("FY 2026"). A utility's own initials before nine digits or more are the label's, the
# number after them the account ("số tài khoản SCE 2994451463")
SPACED_CODE = Shape("labelled", r"(?<![\w/\u2010-\u2013-])(?!FY )(?!(?:SCE|PCE|SCG|PGE|SDGE|CUST|ACCT|CIS|ESI) \d{9})"
                                r"[A-Z]{3,4} \d{5,12}")
_SPACED_CODE = re.compile(SPACED_CODE.pattern + RIGHT)
# an account's form right after a person's name and a dash, a desk note's or a wiki list's record ("Ngoc Anh Dang —
# RB24926181. Medical certificate on file", "Ana Ruiz - 4423190-2"): letters glued to six or more digits, or digits with
# a check digit or in three groups; the dash stands for "acct". A call log's slash between a record's fields does the
# same ("Ana Ruiz / 8000-412-733 / 912 kwh last cycle"). A title's, a permit's or an extension's words after the dash
# ("Jane Doe — Director", "Tom Lee — Ext. 4410") are no such form, and a year's, a phone's or a date's shape stays out
NAMED_FORM = Shape("account form after a person's name and a dash",
                   r"[A-Z]{1,4}-?\d{6,12}|\d{5,10}-\d{1,2}|\d{3,6}-\d{3,6}-\d{1,4}", anywhere=True)
_NAMED_FORM = re.compile(r"(?: [-\u2013\u2014/]{1,2} ?|[\u2013\u2014] ?)(?P<value>" + NAMED_FORM.pattern + ")" + RIGHT)
# the same form in brackets right after a private person's name, no label in them: a case note's "Escalation: Quoc
# Huynh (VRP-1507489-1) wants the fee waived", "Ana Ruiz (7004418823) called": what staff write after a customer's
# name to say which account is theirs, or "Ana Ruiz (38-76582-694)". Not a phone's (ten bare digits a phone could have: "spoke w/ Shawn Flores
# (9095581300)"), a date's ("Ana Ruiz (20240113)"), a year's and sequence's or another kind's prefix
NAMED_IN_BRACKETS = Shape("account form in brackets after a person's name", r"\S+", anywhere=True)
_NAMED_IN_BRACKETS = re.compile(r"\((?P<value>(?:[A-Z]{1,4}[-\u2010-\u2013]?)?\d{5,12}"
                                r"(?:[-\u2010-\u2013]\d{1,6}){0,3}"
                                # or a route's, a location's and a sequence's groups, as utility billing systems
                                # write accounts, in a line about the bill ("Rustam Nguyen-Le (38-76582-694) still
                                # shows 3,555 kWh"; a permit's "Ana Ruiz (24-00123-01)" is no account)
                                r"|(?P<groups>\d{2,3}[-\u2010-\u2013]\d{4,6}[-\u2010-\u2013]\d{2,4}))\)")
_BILL_WORDS = re.compile(r"(?i)\b(?:bill(?:s|ed|ing)?|kwh|kilowatt|usage|balance|past[- ]due|shut-?off)\b")
# a customer's record written in brackets as a list: a private person's name, a comma, an account's form, then the
# bill's usage ("replace the real bill used during testing (Ana Ruiz, SO-845058, 2,950kWh)"): the three fields of a
# bill say whose account the code is, no label needed. Not without the usage: "(Ana Ruiz, AB-123456)" may be a
# permit's or a case's reference
_RECORD_IN_BRACKETS = re.compile(r"\((?P<name>[^(),;\n]{3,40}),[ \t]*(?P<value>" + NAMED_FORM.pattern + r")[ \t]*,"
                                 r"[^()\n]{0,30}?\d[ \t]?(?i:kwh|kilowatt[\s-]?hours?)\b[^()\n]{0,30}\)")
_LABEL_BELOW_REACH = 40  # characters before a line's end in which an account's form whose label opens the next may start
# an account's form with its label after it: the label in brackets ("0511043-04 (acct) – Diaconu, Marioara",
# "K9-74363458 (meter) is the one at the rear") or the sentence saying what it is ("011-139-4821-7 is your gas account
# number", "... es su número de cuenta"). The words in brackets must be an account's label and nothing more; the
# value six to sixteen digits, no phone's or date's shape
LABEL_AFTER_FORM = Shape("account form its label follows", r"(?:[A-Z]{1,4}[-\u2010-\u2013]?)?\d[\dA-Z]*"
                         r"(?:(?:[-\u2010-\u2013/.]|(?<=\d) (?=\d))[\dA-Z]+)*", anywhere=True)
_LABEL_AFTER_HINT = re.compile(r"[(\[\uff08][ \t]*[^\W\d_]|\b(?:is|es)[ \t]+(?:your|his|her|their|my|the|su)\b|[是為为][ \t]*[您你]的|"
                               r"\u0570\u0561\u0577")  # Armenian "հաշ-", the account's word's stem
# Chinese "... is your (service) account number", written onto the number: "3-33-678-4573是您的账户号码"
_ACCOUNT_AFTER_ZH = (r"[ \t]*[是為为][ \t]*[您你]的[ \t]*(?:服务|服務|电力|電力)?[ \t]*(?:账户|帳戶|賬戶|账号|帳號)"
                     r"(?:[ \t]*(?:号码|號碼|编号|編號))?")
_ACCOUNT_AFTER = r"(?i:account|acct|meter|premise)(?:[ \t]+(?i:number|no\b\.?|#|id\b))?"
# Armenian names the account after its number, in any case of the noun: "իր 48-19359-74 հաշվին գրանցված էր 1,349 kWh"
# ("registered to her account 48-19359-74"), "հաշիվը", "հաշվից", "հաշվում"; not a longer word of its stem ("հաշվետու",
# reporting)
_ACCOUNT_AFTER_HY = r"[ \t]+(?:հաշվ(?:ին|ից|ում|ի)|հաշիվ(?:ը|ն)?)(?![\u0561-\u0587])"
# an account's form listed before another, a comma or "and" between them: both the label after the last one names
_LISTED_BEFORE = re.compile(r"(?<![\w/\u2010-\u2013.-])(?P<value>" + LABEL_AFTER_FORM.pattern + r")[ \t]*"
                            r"(?:,[ \t]*(?:(?:and|or|y|o|&)[ \t]+)?|[ \t]+(?:and|or|y|o|&)[ \t]+)$")
_LISTED_REACH = 40  # characters before a number in which the one listed before it may start
# the label's brackets: round, square as a clerk's note writes them ("[Acct. No.]"), or full-width as Chinese text sets
# them ("（帐号）")
_OPENING, _CLOSING = r"[(\[\uff08]", r"[)\]\uff09]"
_OPENING_BRACKETS = "([\uff08"
# a label in brackets a line break cut: its opening words end the number's line, the rest and the closing bracket open
# the next
_CUT_LABEL = 32  # characters of a line's end in which the label's opening bracket may stand
_LABEL_OPEN_AT_END = re.compile(r"\d[ \t]*" + _OPENING + r"[^()\[\]\uff08\uff09\d\n]{1,30}$")
_LABEL_CLOSED_AT_START = re.compile(r"[ \t]*[^()\[\]\uff08\uff09\d\n]{1,30}" + _CLOSING)
_LABEL_AFTER = re.compile(r"(?<![\w/\u2010-\u2013.-])(?P<value>" + LABEL_AFTER_FORM.pattern + r")"
                          r"(?![^\W\u3400-\u9fff]|[/\u2010-\u2013-])"
                          r"(?:[ \t]*" + _OPENING + r"(?P<label>[^()\[\]\uff08\uff09\d\n]{1,30})" + _CLOSING + "|"
                          + _ACCOUNT_AFTER_ZH + "|" + _ACCOUNT_AFTER_HY + "|"
                          r"[ \t]+is[ \t]+(?:your|his|her|their|my)[ \t]+(?:[\w&'\u2019-]+[ \t]+){0,3}?"
                          + _ACCOUNT_AFTER + r"(?![\w-])|"
                          # "PC-942-5322 is the acct on the bill": "the" account only as the one a bill or notice shows
                          r"[ \t]+is[ \t]+the[ \t]+(?:[\w&'\u2019-]+[ \t]+){0,2}?" + _ACCOUNT_AFTER
                          + r"[ \t]+(?:on|in)[ \t]+(?:the|my|his|her|their|your)[ \t]+(?:[\w-]+[ \t]+)?"
                          r"(?P<document>bill|statement|notice|invoice)s?\b|"
                          r"[ \t]+es[ \t]+su[ \t]+(?i:n[úu]mero[ \t]+de[ \t]+(?:cuenta|medidor)|cuenta)\b)")
# a program's initials alone in brackets after its own coded account, the code opening with them
_OWN_INITIALS = re.compile(r"[A-Z]{2,6}")
# a word of the City's ledger right before a number ("Expense 570-5811-42110", "charged to GL 101-4310-5210")
_LEDGER_WORD_BEFORE = re.compile(r"(?i)\b(?:expense|expenditure|charge[ds]?|coded|gl|g/l|ledger|fund|object|budget|"
                                 r"org|account\s+(?:code|string))\W*(?:to\W+)?(?:no\.?|#)?\W*$")
# whose account the words in brackets say it is, before its label: "4105 9016 8805 (their account number)"
_LABELLED_AFTER_PLAIN_DIGITS = 22  # digits of a plain number its label in brackets follows (an ESI ID's 17 or 22)
_NUMBER_WORD_AFTER = re.compile(r"(?i)(?<=[\w.])\s+(?:no|nbr|num|number)\.?$")
# ... and the Spanish "number of" before it: "(No. de cuenta de basura)" is "(cuenta de basura)"
_NUMBER_WORDS_BEFORE = re.compile(r"(?i)^(?:n[úu]m(?:ero|\.)?|no\.?|n\.?[º°]\.?)[ \t]*de[ \t]+(?=\w)")
_POSSESSIVE = re.compile(r"(?i)^(?:your|his|her|their|my|the\s+customer['\u2019]s)\s+(?=\w)")
# the same forms, or nine digits or more, opening a list's entry before the dash and the name ("7004418823 — Maximino
# Santiago. Final bill $1,487.74"): a write-off or a collections list puts the account first
FORM_BEFORE_NAME = Shape("account form opening an entry before a person's name", NAMED_FORM.pattern + r"|\d{9,12}",
                         anywhere=True)
_FORM_THEN_NAME = re.compile(r"(?m)^[ \t]*(?:[*\u2022][ \t]*|\d{1,3}[.)][ \t]+)?(?P<value>" + FORM_BEFORE_NAME.pattern
                             + r")(?: [-\u2013\u2014]{1,2} ?|[\u2013\u2014] ?)")
_NAME_REACH = 60  # how far before the dash a name may start
# an electric co-op's service location number, eight digits, a dash and three ("36660633-007"), after a plain
# "location" or "loc" in the text ("SPEC Location 39102972-005", "(location 32024728-009)") or under a location's
# column: the location is what the co-op bills, as a service account. Only this form: a location's other numbers
# (a map's, a project's, a case's "location 2024-113") stay out
LOCATION_FORM = Shape("co-op service location form", r"\d{8}-\d{3}", anywhere=True)
_LOCATION_NUMBER = re.compile(r"(?i:(?<!project )(?<!map )(?<!gis )(?<!site )(?<!sample )(?<!survey )(?<!storage )"
                              r"(?<!incident )(?<!case )(?<!work )(?<!file )\b(?:location|loc)\b\.?)"
                              r"[ \t]*(?:#|no\.?)?[ \t]*:?[ \t]*(?P<value>\d{8}-\d{3})" + RIGHT)
_LOCATION_COLUMN = re.compile(r"(?i)\b(?:location|loc)\b")
_LOCATION_CELL = re.compile(r"\s*(?P<value>\d{8}-\d{3})\s*")
_DATE_FIRST = re.compile(r"(?:19|20)\d\d(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])")  # 20240113-001
_LOCATION_SHAPE = re.compile(r"\d{8}-\d{3}")  # the cheap look before the two above
# a co-op's "Map No." (some rural co-ops bill by the service's map location: "Map No. 17-21-366"), three groups of digits,
# counts in a sentence about a member's service or bill ("called about his bill on Map No. 17-21-366", "The account
# (Map No. 14-22-301) shows 3,285 kWh"); a map number is otherwise a parcel's, a plat's or a GIS sheet's
MAP_FORM = Shape("co-op map number in a member's sentence", r"\d{1,3}-\d{1,3}-\d{2,4}", anywhere=True)
_MAP_NUMBER = re.compile(r"(?i:(?<![\w-])map\s*(?:no\.?|number|#)\s*:?\s*)(?P<value>" + MAP_FORM.pattern + ")" + RIGHT)
_MEMBER_SERVICE = re.compile(r"(?i)\b(?:bills?|billing|billed|member|accounts?|acct|kwh|usage|meters?|call(?:s|ed)?|"
                             r"customer|household|disconnect\w*|deposit)\b")
_DATE_OR_YEAR_LAST = re.compile(r"-(?:19|20)\d\d$|^\d{1,2}-\d{1,2}-\d{2}$")  # "3-12-2024", "3-12-24": a date
_LAND_RECORD = re.compile(r"(?i)\b(?:parcels?|apn|assessor\w*|tax\s+map|zoning|plat|subdivision|gis|flood|fema|"
                          r"survey\w*|deed|easement|right[- ]of[- ]way|sheet|quadrangle|township|range|section)\b")
# an account of 17 to 22 digits (an ESI ID, a gas utility's "00051923544415922705") in a PDF table's row under an
# account's column ("Member | ESI ID | Service Address" above "Dwayne Ortiz | 10443720012345678 | ..."): the extractor
# gives each row as a line of tab-separated cells, so the header cell above is the value's only label; the customer
# context reads a row's bare numbers up to 16 digits only
LONG_IN_COLUMN = Shape("long account under an account's column", r"\d{17,22}", anywhere=True)
_LONG_CELL = re.compile(r"(?:^|(?<=\t))[ ]*(?P<value>" + LONG_IN_COLUMN.pattern + r")[ ]*(?=\t|$)")
LAST_DIGITS = Shape("last digits", r"\d{4,16}")
_LAST_DIGITS = re.compile(LAST_DIGITS.pattern + RIGHT)
# the whole account in brackets right after its last digits, ending with them: "his account ending 3678 (full no.
# PCE-4483678)", "acct ending in 2204 (4 66 588 2204)": the whole number is the finding, not its tail
WHOLE_AFTER_LAST_DIGITS = Shape("whole account after its last digits", r"[A-Z]{0,6}[-\u2010-\u2013 ]?\d[\d -]{2,20}\d",
                                anywhere=True)
_WHOLE_AFTER = re.compile(r"[ \t]*\((?:[A-Za-z][A-Za-z. ]{0,20}?(?:no\.?|number|#|is)[ \t:#]*)?(?P<value>"
                          + WHOLE_AFTER_LAST_DIGITS.pattern + r")[ \t]*\)")
# the last digits alone in a cell or a definition under an account's "ending" column ("Acct Ending" over "4798", "account
# ending in" over "8619"): the column's name says they are an account's; a card's "Card Ending" names no account label
_ENDING_COLUMN = re.compile(r"(?i)nding")
_LAST_DIGITS_CELL = re.compile(r"\s*(?P<value>\d{4,5})\s*")
# a small utility's five-digit account ("Utility Acct 80601", an "A/C No." column's 61945) after a label that names an
# account outright, not a plain "account" (a budget's "Account 80601"), beside a person: in the value's line, or a name
# column of its row
FIVE_DIGITS = Shape("five-digit account beside an account label", r"\d{5}")
_FIVE_DIGITS = re.compile(LEFT + FIVE_DIGITS.pattern + RIGHT)
_FIVE_DIGITS_CELL = re.compile(r"\s*\d{5}\s*")
_SHORT_ACCOUNT_CUE = re.compile(r"(?i)(?:\bacct|\baccount|\ba/c)\b\W{0,6}(?:(?:no|nbr|num|number|id)\b\W{0,3})?\d{5}(?!\d)")
_ACCOUNT_OUTRIGHT = re.compile(r"(?i)\bacct\b|\ba/c\b|\baccount\W*(?:no|nbr|num|number|id|#)|"
                               r"\b(?:utility|bill(?:ing)?|water|electric|gas|sewer|service|svc|customer|cust)\W+acc(?:oun)?t\b")
_LINES_ABOVE = 2  # lines of the same block of text above the value's that may name its person
_PERSON_REACH = 160  # characters of the value's paragraph on either side in which a person makes it a customer's
# an account masked but for its last digits ("acct xxxx-xx3869", "Account ****-**-4412"): the digits are still the account's
_MASKED_LAST_DIGITS = re.compile(r"(?<![\w*])(?:[xX]{2,}|\*{2,})(?:[-\u2010-\u2013 ]?(?:[xX]+|\*+))*[-\u2010-\u2013 ]?\d{4,5}"
                                 + RIGHT)
# an account with a few of its digits masked that still shows five or more of them, its utility's letters before it
# ("account # VRP-***40629-1", "Account #: 070194-XXX", "acct 3-***-4410-17"): what is shown still identifies the
# customer. A mask that only opens the number ("**66210882") is read as the digits after it are
PARTLY_MASKED = Shape("account masked but for most of its digits", r"\S+")
_MASK = r"(?:[xX]{2,}|\*{2,})"
_PARTLY_MASKED = re.compile(rf"(?<![\w*])(?P<prefix>[A-Z]{{1,5}}[-\u2010-\u2013])?(?P<body>(?:\d+|{_MASK})"
                            rf"(?:[-\u2010-\u2013]?(?:\d+|{_MASK}))+)" + RIGHT)
_MASK_RE = re.compile(_MASK)
_MASK_AFTER_DIGIT = re.compile(rf"\d[-\u2010-\u2013]?{_MASK}")
_PARTLY_MASKED_DIGITS = 5
# capital letters among or after the digits, beside a label: an SCE meter's "V482N-133779", a billing system's
# "1ZB4821337" or "PCE235-H55625"; a letter beside a digit is the cheap look that a segment may hold one
LETTERS_AMONG_DIGITS = Shape("labelled", r"[A-Z\d]+(?:[-\u2010-\u2013/.][A-Z\d]+)*")  # "EL733256/8": a check digit
_LETTERS_AMONG_DIGITS = re.compile(r"(?<![\w/\u2010-\u2013-])" + LETTERS_AMONG_DIGITS.pattern + RIGHT)
# (or a dash apart from its digits: a water account's "E-404913-W"; a slash or a dot: "HG/51946/7", "W.3171.3407.7")
# (or two groups of letters before the digits: the utility's and a rate class's or a district's, "PCE-RS-204518")
# (or a group of letters between dashed digits: a meter's "2234-AX-88")
# (each alternative opens with its capital or its digit, and "[A-Z](?<!\w[A-Z])" is "\b[A-Z]": so the search skips, one
# character at a time, what can open none of them, as a pattern whose alternatives open with a "\b" cannot;
# tests/test_speed64.py holds the two equal)
_LETTER_BESIDE_DIGIT = re.compile(r"[A-Z]\d|\d[A-Z]|\d[-\u2010-\u2013][A-Z]\b|[A-Z](?<!\w[A-Z])[A-Z]{0,3}[/.]\d|"
                                  r"\d[-\u2010-\u2013][A-Z]{2,3}[-\u2010-\u2013]\d|"
                                  r"[A-Z](?<!\w[A-Z])-\d{5}|"  # "PCE-R-7633624-8": a rate class's letter
                                  r"[A-Z](?<!\w[A-Z])[A-Z]{1,4}[-\u2010-\u2013][A-Z]{2,4}[-\u2010-\u2013]\d{4}")
# a small utility's short account, one to four capital letters, a dash and five digits ("water acct W-72590", "propane
# account CPG-69576"): a water or propane company's customer ledger is short. Counts beside an account's label only, as
# the five-digit coded form does (``short_coded_account``): a form's, a case's or a permit's number looks the same alone
_DASHED_SHORT_CODE = re.compile(r"(?<![\w/\u2010-\u2013-])[A-Z]{1,4}[-\u2010-\u2013]\d{5}" + RIGHT)
# a line of a customer's list of their accounts that names the account by its utility or service alone ("City water
# 079854-732" between "Acct# VRP-1968977-1" and "Best number: ..."): the list's other lines say what its numbers are
SERVICE_NAMED = Shape("account named by its utility in a list of the customer's accounts", r"\S+", anywhere=True)
_SERVICE_NAMED = re.compile(r"(?im)^[ \t]*(?:[-*\u2022][ \t]*)?(?:(?:city|county|district|municipal|the)[ \t]+)?"
                            r"(?:water|sewer|gas|trash|refuse|electric|electricity|power|propane)"
                            r"(?:[ \t]+(?:co\.?|company|utility|utilities|dept\.?|department|district|service))?"
                            r"[ \t]*[:#-]?[ \t]*(?P<value>[A-Z]{0,4}[-\u2010-\u2013]?\d[\d\u2010-\u2013-]{4,18}\d)"
                            r"[ \t]*$")
_LIST_LINES = 2  # lines of the list on either side of such a line, one of which gives an account's label
# ... or by the utility's or the hauler's own name, no account word ("SCE acct 7009291487 | SoCalGas 779 658 7617 2",
# "Arroyo Vista Disposal (trash) 6396776", "BCP / Edison: BC38499545"): a customer's list of their accounts at each
# utility writes the company for the label. The name: a gas or electric utility known by its brand (SoCalGas, Edison,
# SDG&E, PG&E, LADWP, SMUD), or capitalised words ending in a utility's or a hauler's word ("Upper Sycamore Water
# District", "Arroyo Vista Disposal", "Valley Waste Management"), or such a name after a program's letters and a slash
# ("BCP / Edison", the CCA billed on the utility's account); a service's word in brackets may follow ("(trash)")
UTILITY_NAMED = Shape("account named by the utility's or the hauler's name in a customer's list of accounts", r"\S+",
                      anywhere=True)
_UTILITY_BRAND = (r"SoCal[ \t]?Gas|Southern[ \t]+California[ \t]+(?:Edison|Gas(?:[ \t]+Co(?:mpany|\.)?)?)|Edison|SCE|SCG|"
                  r"SDG&E|PG&E|LADWP|SMUD")
_UTILITY_WORD = (r"Water(?:[ \t]+(?:District|Dist\.?|Co\.?|Company|Agency|Authority|Dept\.?|Department))?|"
                 r"(?:Municipal[ \t]+)?Utilit(?:y|ies)(?:[ \t]+(?:District|Dept\.?|Department))?|Irrigation[ \t]+District|"
                 r"Disposal(?:[ \t]+(?:Co\.?|Company|Service|Services))?|Sanitation(?:[ \t]+District)?|"
                 r"Waste(?:[ \t]+(?:Management|Services|Solutions))?|Refuse|Recycling|Hauling|Rubbish|Garbage|"
                 r"Gas(?:[ \t]+Co(?:mpany|\.)?)?|Power(?:[ \t]+(?:District|Authority))?|Electric(?:[ \t]+Co(?:mpany|\.)?)?")
_UTILITY_NAME = rf"(?:{_UTILITY_BRAND}|(?:[A-Z][A-Za-z'\u2019-]+[ \t]+){{1,4}}(?:{_UTILITY_WORD}))"
_UTILITY_NAMED = re.compile(rf"(?<![\w&-])(?P<name>(?:[A-Z]{{2,5}}[ \t]*/[ \t]*)?(?-i:{_UTILITY_NAME}))"
                            r"(?:[ \t]*\((?i:trash|refuse|garbage|recycling|water|sewer|gas|electric|electricity|power)\))?"
                            r"[ \t]*(?:[:#\u2013\u2014-][ \t]*)?"
                            r"(?P<value>(?:[A-Z]{1,4}[- ]?)?\d(?:[ -]?\d){6,15})" + RIGHT)
_UTILITY_NAMED_HINT = re.compile(r"Gas|Edison|SCE|SCG|SDG&E|PG&E|LADWP|SMUD|Water|Utilit|District|Disposal|Sanitation|"
                                 r"Waste|Refuse|Recycling|Hauling|Rubbish|Garbage|Power|Electric")
# another line of the customer's list that labels its account ("SoCalGas acct: ...", "Water District - Customer No. ...")
_LISTED_ACCOUNT = re.compile(r"(?i)\bacct\b|\ba/c\b|\baccount\W*(?:no|nbr|num|number|id|#)|\bn[uú]m(?:ero|\.)?\s+de\s+cuenta\b|"
                             r"\b(?:customer|cust)\.?[ \t]*(?:no\b|nbr\b|number\b|#)|"
                             r"\b(?:utility|bill(?:ing)?|water|electric|gas|sewer|service|svc|customer|cust)\W+acc(?:oun)?t\b")
# a utility's own account form right after a verb or a noun of billing ("The City shall credit TV-125517-97",
# "refund to TV-125517-97", "past-due bal on W62-40418", "balance on 5530 2174 906"): a settlement or a collections
# note names the account it moves money on without the word "account". Its forms: letters (and digits) then groups
# of digits, or nine digits or more in groups; a case's, a permit's or an invoice's number has its year among the
# groups (WO-2024-0012) or a prefix naming its kind (PO, INV, APN), an amount its "$" and commas, a phone its shape
# (and a CCA's forms with a check letter: "cleared the balance on ACP-135-61479-E", "AC9949938H")
BILLED_FORM = Shape("utility's account form after a verb of billing",
                    r"[A-Z]{1,5}\d{0,3}-\d{4,10}(?:-\d{1,6}){0,2}|[A-Z]{1,5}-\d{2,5}(?:-\d{2,8}){1,2}-[A-Z]"
                    r"|[A-Z]{1,4}\d{6,10}[A-Z]|\d{1,4}(?P<bs>[- ])\d{3,4}(?:(?P=bs)\d{1,4}){1,2}|\d{9,16}",
                    anywhere=True)
_BILLED = re.compile(r"(?i:\b(?:(?:credit|debit|charg)(?:s|ed|e|ing)?(?:[ \t]+(?:to|on|against))?|"
                     r"(?:refund|appl(?:y|ie)|transfer(?:r)?|post)(?:s|ed|d|ing)?[ \t]+(?:to|on|against)|"
                     r"(?:bal(?:ance)?s?|arrears|past[- ]due)\.?[ \t]+(?:on|for)|"
                     # a payables line's "UTIL DEP REFUND 60865101521167": the deposit a customer's service held is
                     # refunded to the account (a developer's, a bid's or a permit's deposit is no customer's)
                     r"(?:util(?:ity)?|cust(?:omer)?|water|elec(?:tric)?|service|svc)\.?[ \t]+dep(?:osit)?\.?[ \t]+"
                     r"ref(?:und)?\.?(?:[ \t]+(?:acct|account|a/c)\.?)?(?:[ \t]+(?:no\.?|#))?))"
                     # the number in its own cell: a tab ends a text table's cell, and a register's next cell is
                     # another column ("WATER DEPOSIT REFUND<tab>101-0000-4610": the ledger account it is booked to)
                     r" +(?P<value>" + BILLED_FORM.pattern + ")" + RIGHT)
# ... and a payables memo's deposit refund under any utility's letters or none ("JCP DEPOSIT REFUND 418989097336 / 3631
# W VIA SERENA", "DEP REFUND 60865101521167 - 812 N ELM ST"), the service's street address after the number: the
# deposit a customer's service held, refunded to them with their account and home (``_service_deposit_refund``), a
# payee that is a person (a firm's refund is published with what the City pays it, as ``refund_to_firm`` says)
_DEPOSIT_REFUND = re.compile(r"(?i:(?<![\w-])(?:(?P<kind>[a-z][\w.]*)[ \t]+)?dep(?:osit)?\.?[ \t]+ref(?:und)?\.?"
                             r"(?:[ \t]+(?:acct|account|a/c)\.?)?(?:[ \t]+(?:no\.?|#))?)"
                             r" +(?P<value>" + BILLED_FORM.pattern + ")" + RIGHT)  # in its cell, as ``_BILLED``
# the deposits a city holds that no utility service does: a bid's, a permit's or a hall's, a hydrant meter's
_NOT_A_SERVICE_DEPOSIT = re.compile(r"(?i)bid|bond|permit|plan|const\w*|encroach\w*|hydrant|meter|rent\w*|facility|"
                                    r"park|hall|room|picnic|event|key|grading|tree|damage|cleaning|bldg|building|"
                                    r"develop\w*|escrow|performance|security|cash|trust|contractor|vendor")
# an account moved to another rate or plan by staff, no label before it ("We moved AC9949938H to TOU-D-5-8", "switched
# 8001234567 to the CARE rate"): only an account is put on a rate
_MOVED_TO_RATE = re.compile(r"(?i:\b(?:moved|switched|changed|transferred|put|placed|enrolled|migrated)[ \t]+)"
                            r"(?P<value>" + BILLED_FORM.pattern + ")" + RIGHT +
                            r"(?i:[ \t]+(?:to|on|onto|into|in)[ \t]+(?:the[ \t]+)?(?:[\w-]+[ \t]+)?"
                            r"(?:rate|plan|tariff|schedule|tou|care|fera|nem|medical[ \t]+baseline)\b)")
_BILLING_HINTS = ("redit", "ebit", "harg", "efund", "EFUND", "ppl", "ransfer", "ost", "bal", "rrears", "due")
# the same look in one search: has_extra asks it of every segment, and ten "in" tests cost twice the search
_BILLING_HINT = re.compile("|".join(map(re.escape, _BILLING_HINTS)))

# a utility's own account form with no label: letters naming the utility or the account ("PCE-0085-42328"), or any
# letters right after the service's name ("water W-675292-08"), then two or three groups of eight digits or more in all,
# in a line that names a person, a street address or usage ("Credit approved for Ana Ruiz (PCE-0085-42328)."). The
# utility's letters on a city site also number its programs, forms and notices ("PCE-2024-03", "PCE-101"), and other
# letters a permit's or a case's ("B-2024-00412", "CE-23-0117"): a year first or fewer digits make none an account
UTILITY_FORM = Shape("utility's account form under its letters",
                     r"[A-Z]{1,5}[-\u2010-\u2013]\d{2,8}(?:[-\u2010-\u2013]\d{2,8}){1,2}", anywhere=True)
_UTILITY_FORM = re.compile(r"(?<![\w/.\u2010-\u2013-])(?P<prefix>[A-Z]{1,5})[-\u2010-\u2013](?P<first>\d{2,8})"
                           r"(?:[-\u2010-\u2013]\d{2,8}){1,2}" + RIGHT)
# the CCA's and the utility's own form in one group ("Denisa Ardelean (PCE-28632633, 186 N. Rebecca St.)"): eight
# digits or more under the letters, no date among them ("PCE-20250314" numbers a notice of that day)
_UTILITY_ONE_GROUP = re.compile(r"(?<![\w/.\u2010-\u2013-])(?P<prefix>PCE|SCE)[-\u2010-\u2013](?P<first>\d{8,10})" + RIGHT)
# ... or seven digits under the CCA's or the utility's letters ("Customer Ana Ruiz, PCE-7715024, disputed ..."), or its
# letters, a space, seven to ten digits and a check digit after a dash ("Ana Ruiz (PCE 000481223-2) was referred"):
# the customer's account in a line that names the customer or their home, as the longer forms are; no year opens it
# ("PCE-2024071" numbers a report), and a product's "PCE-100" or a report's "PCE 2024-07" has fewer digits
_SHORT_GROUP_DIGITS = 7
_UTILITY_SHORT_GROUP = re.compile(r"(?<![\w/.\u2010-\u2013-])(?P<prefix>PCE|SCE)[-\u2010-\u2013](?P<first>\d{7})" + RIGHT)
_UTILITY_CHECKED = re.compile(r"(?<![\w/.\u2010-\u2013-])(?P<prefix>PCE|SCE)[ \t]+(?P<first>\d{7,10})"
                              r"[-\u2010-\u2013]\d{1,2}" + RIGHT)
_OPENS_WITH_YEAR = re.compile(r"20[0-3]\d")  # a report's year and its number: "PCE-2024071"
# ... or, in a note's shorthand, the utility's letters then a space or a colon and ten digits in one run ("cb
# 951-699-5293 - TRUONG @ 15850 S Loma Alta Dr / SCE 4028405801"): the customer's account with that utility in a line
# that names the customer or their home, as the dashed form is; not a toll-free line ("SCE 8006554555")
_UTILITY_SPACED = re.compile(r"(?<![\w/.\u2010-\u2013-])(?P<prefix>PCE|SCE|SCG|SDGE|PGE|LADWP)[ \t]*[: \t][ \t]*"
                             r"(?P<first>\d{10})" + RIGHT)
# words that make the number after the utility's letters its line to call: "Call SCE 6264022200", "phone PCE at"
_CALL_BEFORE = re.compile(rf"(?i)\b(?:{CALL_LINE_WORDS}|at)\b\W*$")
_DATED = re.compile(r"(?:19|20)\d\d(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])\d{0,2}")
_UTILITY_LETTERS = re.compile(r"PCE|SCE|SCG|SDGE|PGE|LADWP|CUST|ACCT|SA|CIS|ESI")
_SERVICE_BEFORE = re.compile(r"(?i)(?<![\w-])(?:water|gas|electric|electricity|sewer|refuse|trash|propane|pce|sce|edison)"
                             r"[ \t]*:?[ \t]*$")
_UTILITY_FORM_DIGITS = 8
_USAGE = re.compile(r"(?i)\d[ \t]*(?:[km]wh|therms?|ccf|hcf|gallons?)\b")


def _utility_form(segment: Segment, facts: DocumentFacts | None, match: re.Match) -> bool:
    """Whether an unlabelled "PCE-0085-42328" is a customer's account: the utility's letters or the service named
    right before it, no year as its first group, eight digits or more, no other kind of number's label before it, and
    a person who is no official, a street address or usage in its line, or in its block when the segment is a
    short block of one field a line (a slide's grouped shapes, a label: "Ana Ruiz / 909-555-0147 / PCE-0085-42328"),
    or a private person's name in its table row (``_cell_of_a_customers_row``)."""
    text = segment.text
    if (len(digits_of(match.group())) < _UTILITY_FORM_DIGITS or _YEAR_START.fullmatch(match["first"])
            or not (_UTILITY_LETTERS.fullmatch(match["prefix"])
                    or _SERVICE_BEFORE.search(text, max(0, match.start() - 16), match.start()))
            or lettered_form_veto_before(text_before(text, match.start(), WIDTH))):
        return False
    return _customers_line(text, match.start()) or _cell_of_a_customers_row(segment, facts, match)


def _short_utility_form(segment: Segment, facts: DocumentFacts | None, match: re.Match) -> bool:
    """Whether an unlabelled "PCE-7715024" or "PCE 000481223-2" is a customer's account: no year opens its seven digits,
    no other kind of number's label before it, and a person who is no official, a street address or usage in its
    line, or a private person's name in its table row."""
    text, first = segment.text, match["first"]
    return not (len(first) == _SHORT_GROUP_DIGITS and _OPENS_WITH_YEAR.match(first) or _DATED.fullmatch(first)
                or lettered_form_veto_before(text_before(text, match.start(), WIDTH))
                ) and (_customers_line(text, match.start()) or _cell_of_a_customers_row(segment, facts, match))


def _cell_of_a_customers_row(segment: Segment, facts: DocumentFacts | None, match: re.Match) -> bool:
    """Whether the utility's form fills its table cell on its own ("PCE 520684370-5" under "Reference") in a row
    whose other cells give a private person's name and a street address: the row's customer's account, under a
    column that numbers nothing else (an employee's, a grant's, a permit's id). A City facility's row ("City Hall
    Annex | 505 S. Garey Ave | PCE-4418220") names no person."""
    if facts is None or segment.text.strip() != match.group() or other_kind_named(segment.label or ""):
        return False
    record = facts.record_of(segment)
    others = [f for f in record.fields if f is not segment] if record is not None else []
    return any(ADDRESS_RE.match(f.text.strip()) for f in others) and any(
        person_name(f.text.strip(), strict=False) and names_in(f.text, anchored=True)
        and not is_place(f.text) and not named_officially(f.text, 0, len(f.text)) for f in others)


def _customers_line(text: str, at: int) -> bool:
    """Whether the line at ``at`` names a person who is no official, a street address or usage, or its block does
    when the text is a short block of one field a line (a slide's grouped shapes, a label: "Ana Ruiz / 909-555-0147
    / PCE-0085-42328")."""
    lines = text.strip().split("\n")
    line = text if len(lines) <= _FIELD_BLOCK_LINES and all(len(x) <= _FIELD_LINE_CHARS for x in lines) else (
        line_of(text, at))
    return bool(any(not named_officially(line, a, b) for a, b in names_in(line, anchored=True))
                or ADDRESS_RE.search(line) or _USAGE.search(line))


# a call note's service agreement in lower case before ten digits no phone has ("hi bill cmplnt, 2173kWh Mar. sa
# 0610167415"): "SA" is the label in capitals only, as "sa" is a word in Tagalog and Spanish ("Tawagan sa 951 379
# 2265"), but ten digits that dial no number (an area code from 0 or 1, or none in service) are no phone's
_LOWER_SA = re.compile(r"(?<![\w/-])sa[ \t]*(?:#|no\.?|id)?[ \t]*:?[ \t]*(?P<value>\d{10})(?![\w-])")


_FIELD_BLOCK_LINES = 5  # a shape's or a label's block of fields, one a line: name, street, town, phone, account
_FIELD_LINE_CHARS = 48


# an organisation's own id for its customer, its letters then its digits ("VVCP-6822812"), where the label before it or
# its field's name gives the same letters as the id's ("Her VVCP id is VVCP-6822812", a "VVCP ID" or "new_vvcp_id"
# column): a CCA's or a utility's number for the customer's service, whatever the organisation is called
OWN_ID = Shape("organisation's own customer id under its name", r"[A-Z]{2,6}[-\u2010-\u2013 ]?\d{6,12}", anywhere=True)
_OWN_ID = re.compile(LEFT + OWN_ID.pattern + RIGHT)
_OWN_ID_LABEL = re.compile(r"(?i)(?<![A-Za-z])(?P<prefix>[A-Z]{2,6})[ \t_-]*(?:id|no|nbr|number|#)\.?"
                           r"(?:[ \t]+(?:is|was))?[ \t:#]*$")
# ... or its name spelt out, the id's letters its initials ("Desert Community Energy ID DCE226970", "Clean Power
# Alliance account CPA-1234567")
_SPELT_OWN_ID_LABEL = re.compile(r"(?<![A-Za-z])(?P<name>[A-Z][A-Za-z'\u2019-]*(?:[ \t]+(?:of[ \t]+|the[ \t]+)?"
                                 r"[A-Z][A-Za-z'\u2019-]*){1,5})[ \t]+(?i:id|no|nbr|number|#|account|acct|"
                                 r"customer[ \t]+(?:id|no|number))\.?(?:[ \t]+(?:is|was))?[ \t:#]*$")

# an account's label, then words that say which account it is, then its number after a colon, "was" or "is" ("LADWP
# account from previous home: 220 668 3803", "Her gas account with SoCalGas before she moved here was 72 044 9204 4 4"):
# a customer's account at another utility or another home, in a phone's shape or a gas utility's groups too
QUALIFIED_FORM = Shape("account number after its label and the words that say which", r"\d{1,6}(?:[- ]\d{1,6}){1,5}",
                       anywhere=True)
_QUALIFIED = re.compile(r"(?::|[ \t](?:was|is)\b)[ \t]*(?P<value>" + QUALIFIED_FORM.pattern + ")" + RIGHT)
_WHICH_WORDS = re.compile(r"(?:[ \t]+[A-Za-z&'\u2019-]+){1,8}[ \t]*")
_WHICH_REACH = 90  # characters before the colon or the "was" in which the account's label may stand
# words that make the number after them an office's line or an amount, not the account's: "Water account questions:
# 909-620-2300", "account balance was 1 250", "accounts payable:"
_NOT_WHICH_ACCOUNT = re.compile(r"(?i)\b(?:phone|telephone|tel|call\w*|fax|cell|mobile|contact|text|e-?mail|manager|"
                                r"rep|representative|executive|specialist|team|department|dept|office|services?|"
                                r"hotline|line|desk|payable|receivable|balance|total|amount|due|credit|payments?|paid|"
                                r"fund|ledger|budget|routing|bank|ext|extension|questions?|inquir\w*|help|support|"
                                r"hours|count|kwh|therms?|usage|charges?|fees?|deposit)\b")
_QUALIFIED_DIGITS = range(7, 17)
# a number of an account's length opening an unlabelled line: a wrapped paragraph's, its label on the line above
_OPENING_NUMBER = re.compile(r"\d[\d -]{5,}\d(?![\w-])")
# the account a customer says is held in a relative's or their own name, then its number ("The account is in my
# husband's name, 7031-792-224", "the acct is under my mother's name: 3-048-1182-09"): the customer's account
_HELD_IN_NAME = re.compile(r"(?i)\b(?:account|acct)\.?[ \t]+(?:(?:is|was|'s|\u2019s)[ \t]+)?(?:still[ \t]+)?"
                           r"(?:in|under)[ \t]+(?:my|his|her|their|our|the)[ \t]+(?:[\w'\u2019-]+[ \t]+){0,3}?names?"
                           r"[ \t]*[,:;-]?\s*(?:(?:no\.?|number|#)[ \t]*:?[ \t]*)?"
                           r"(?P<value>\d{6,16}|" + QUALIFIED_FORM.pattern + ")" + RIGHT)
# an account's label, then the private person it is held by, then its number: "the account of Ms. Zuniga, no. 4471902-3",
# "credited to the account of Ana Ruiz, number 0045-882193-7", "the account for Ana Ruiz #4471902-3", "the account in
# the name of Ana Ruiz, number PC-0048213", "Account holder Ana Ruiz, no. 100-2294-01": the holder's name parts the
# label from the number it labels
HOLDER_NAMED_FORM = Shape("account number after its label and its holder's name", r"\S+", anywhere=True)
_HOLDER_NAMED = re.compile(r"(?i)\b(?:account|acct)\.?[ \t]+(?:of|for|in[ \t]+the[ \t]+name[ \t]+of|holder)[ \t]+"
                           r"(?P<name>[^\d\n,:;#()]{3,48}?)[ \t]*,?[ \t]*(?:(?:no\.?|number|num\.?|nbr\.?)[ \t]*:?|[#:])"
                           r"[ \t]*(?P<value>[A-Z]{1,4}-?\d{4,12}(?:-\d{1,6}){0,3}|\d{1,12}(?:-\d{1,6}){1,5}|\d{6,16})"
                           + RIGHT)
# ... or its number in brackets right after the holder's name, in a phone's shape too, which a phone's place never
# is: "the account of Ms. Mbeki (476-446-6575) was credited", "the service account for Mr. Okafor (102 210 4830)"
_HOLDER_BRACKETED = re.compile(r"(?i)\b(?:account|acct)\.?[ \t]+(?:of|for|in[ \t]+the[ \t]+name[ \t]+of|holder)[ \t]+"
                               r"(?P<name>[^\d\n,:;#()]{3,48}?)[ \t]*\([ \t]*(?:(?:no\.?|number|#)[ \t]*:?[ \t]*)?"
                               r"(?P<value>[A-Z]{1,4}-?\d{4,12}(?:-\d{1,6}){0,3}|\d{1,12}(?:[-. ]\d{1,6}){1,5}|\d{6,16})"
                               r"[ \t]*\)")
# a number read out in words and then written in digits after an arrow, as a call's note takes down what the caller
# read ('cust read acct no. over phone as "seven zero zero one ..." -> 7001 0907 69'): the digits repeat the reading,
# so they are the same number; an account's when an account's label stands before the reading in its sentence
TRANSCRIBED_FORM = Shape("account number read out and written down in digits", r"\d{1,6}(?:[- ]\d{1,6}){1,5}|\d{6,16}",
                         anywhere=True)
_TRANSCRIBED = re.compile(r"[\"'\u201d\u2019]?[ \t]*(?:-{1,2}>|=>|\u2192|\u21d2)[ \t]*(?P<value>(?:"
                          + TRANSCRIBED_FORM.pattern + "))" + RIGHT)
_ARROW_HINT = re.compile(r"->|=>|\u2192|\u21d2")
_ANY_DIGIT = re.compile(r"\d")  # (what has_extra's patterns of a number need, as they read one: any decimal digit)
# the words between the label and the reading: how it was given ("acct no. over phone as", "account number, read
# back as"), and the reading's opening quote
_HOW_READ = re.compile(r"[ \t.,:#]*(?:[A-Za-z'\u2019-]+[ \t.,:]+){0,8}[\"'\u201c\u2018]?[ \t]*")
# how it was read, which names a phone as the way, not as the number ("over the phone", "by phone")
_BY_PHONE = re.compile(r"(?i)\b(?:over|by|on)[ \t]+(?:the[ \t]+)?(?:tele)?phone\b")
# a gas account's check digits a PDF's line break put at the next line's start ("... was 72 044 9204" / "4 4 and ..."):
# one or two single digits after a number in spaced groups that ended its line of prose, the sentence going on after
# them in lower case or ending, unless they count what follows them (a table's next cell, "9 Ash Ct", is no such line)
_SPACED_GROUPS = re.compile(r"\d{2,6}(?: \d{2,6})+")
# (not the number of a list's next item: "2. Account Number: 7720 0455 8812" / "3. Service Address: ...")
_CHECK_DIGITS_AFTER_BREAK = re.compile(r"[ \t]*\d(?: \d)?(?![.)][ \t]+[A-Z])(?=[.,;)]|[ \t]+[a-z]|[ \t]*$)"
                                       + _NOT_A_COUNT)


def _ledger(candidate: Candidate) -> bool:
    """A general-ledger account: a plain "Account No." before a fund-department-object string, or any
    account under one on a page that reads as a budget, unless the lines just above give a person's SSN, phone or
    name, or the sentence names a person before it (a customer's label block or case in a staff report, whose
    "Fiscal Impact ... General Fund" makes any agenda page read as a budget; a utility whose accounts are written
    3-4-3, "Account: 182-1188-529", as a ledger's string can be)."""
    label = candidate.label
    if candidate.shape.anywhere or not label or _names_customers_account(label) or _names_the_utility(candidate):
        return False
    if ledger_code(candidate):
        return True  # "Acct. No. 205-47-6610" in a fiscal impact, an "Acct" column of a GL export: an SSN's shape
    if _FUND_AFTER.match(candidate.text, candidate.end) or _FUND_BEFORE.search(
            candidate.text, max(0, candidate.start - 60), candidate.start):
        return True  # "Account 501-4410 (Electric Fund)": the fund names the ledger it is in
    if _PAID_FROM.search(candidate.text, max(0, candidate.start - 160), candidate.start):
        return True  # "Funding is available in account 401-5310-534.46-00": the line a staff report's item is paid from
    if _BUDGET_BEFORE.search(candidate.text, max(0, candidate.start - 60), candidate.start) and is_ledger_account(
            candidate.value):
        return True  # "$1,200 from the Customer Programs budget (Account 610-4400-5264)": the budget names its ledger
    if _BUDGET_TRANSFER.search(candidate.text, max(0, candidate.start - 140), candidate.start) and is_ledger_account(
            candidate.value):
        return True  # "transfer $12,000 from account 01-122-5300-000 (Snow & Ice) to account 01-422-5340-000"
    if _CHARGED_TO.search(candidate.text, max(0, candidate.start - _CHARGED_TO_REACH), candidate.start) \
            and is_ledger_account(candidate.value) and not _about_a_person(candidate):
        return True  # "postage is charged to Account No. 101-1510-52250": its sentence says it, whatever is above
    if _holders_matter_beside(candidate):
        return False  # "The account (7213 340 274) has been placed on hold", "Acct 77-620-38967 | Page 1 | ana@yahoo.com"
    # a budget's strings are digits: a letter's prefix is a billing system's ("Gas Acct # G-780022-71"), wherever
    # the page's "funding is available in the adopted budget" makes it read as a budget
    on_budget_page = (candidate.facts is not None and candidate.page in candidate.facts.budget_pages
                      and not candidate.value[:1].isalpha())
    if _UTILITY_BILLING_FORM.fullmatch(candidate.value) and not on_budget_page:
        return False
    ledger_form = is_ledger_account(candidate.value)
    if not (ledger_form or on_budget_page):  # "204-5531-118" may be either: whose is it?
        return False
    if not ledger_form and _BILLING_QUALIFIER.search(text_before(candidate.text, candidate.start, WIDTH + 24)):
        return False  # "Utility Billing Acct 88764425-238209" on a page a fiscal impact makes a budget: a billing system's
    sentence = _sentence_start(candidate.text, candidate.start)
    return (not _below_personal_lines(candidate) and not _after_a_persons_name(candidate, sentence)
            and not _labelled_after_a_persons_sentence(candidate, sentence)
            and not _CUSTOMERS_SENTENCE.search(candidate.text, sentence, candidate.start)
            and (ledger_form or not _WRITERS_OWN_BILL.search(text_before(candidate.text, candidate.start,
                                                                         _OWN_BILL_REACH)))
            and not _customers_sentence_above(candidate)
            and not _persons_phone_in_row(candidate)
            and (ledger_form or not _persons_phone_above(candidate))
            and (ledger_form or not _above_personal_lines(candidate))
            and (ledger_form or not _persons_home_before(candidate, sentence))
            and (ledger_form or not _BILL_SUBJECT.match(candidate.text, candidate.text.rfind("\n", 0, candidate.start) + 1))
            # "Escalated: Dev Loke, 1323 Live Oak Blvd, Gas Acct # 780022-71": a person's record, which no budget's
            # line is; a ledger's own string after a facility's address ("repairs at 1475 N Hacienda Blvd") stays one
            and (ledger_form or not ADDRESS_RE.search(candidate.text, sentence, candidate.start))
            # "The appellant lives at 1960 Fairplex Dr and disputes" / "charges on account 393194-71.": a PDF's wrap
            and (ledger_form or not _home_in_sentence_above(candidate, sentence))
            # "account 8467-2621 recorded 634 kWh over the cycle": a meter's account, whatever budget the page has
            and not _RECORDED_USAGE_AFTER.match(candidate.text, candidate.end)
            # "Account Number 0-958-074-7898 Customer Ana Ruiz Service Address ...": a record's line goes on with its holder
            and (ledger_form or not _HOLDER_FIELD_AFTER.match(candidate.text, candidate.end))
            and (ledger_form or not _held_by_a_person(candidate)))


# a letter's writer speaking of their own bill or account in the sentence before the number ("I am writing about my
# bill. Gas Acct: 1042 430 233 3", "Les escribo sobre mi factura. Cuenta de gas: ..."): a customer's letter, which a
# budget book may bind in as an attachment; no ledger's line is anyone's bill
_WRITERS_OWN_BILL = re.compile(r"(?i)\b(?:my|our)\s+(?:[\w'\u2019-]+\s+){0,2}?(?:bills?|account|acct|meter|"
                               r"statement|(?:electric|gas|water|utility)\s+service)\b|"
                               r"\b(?:mi|mis|nuestr[oa]s?)\s+(?:factura|facturas|cuenta|recibo|medidor)\b")
_OWN_BILL_REACH = 120  # characters before the number, in its line: the sentence before it and the label


# the words of a billing system right before a plain account label ("Utility Billing Acct", "UB Acct No.", "Customer
# Service Acct #"): its customer's account, which no budget's ledger line is called
_BILLING_QUALIFIER = re.compile(r"(?i)\b(?:utility\s+billing|ub|customer(?:\s+service)?|billing\s+system)\s+"
                                r"(?:acct|account)\.?(?:\s*(?:no\.?|nbr|number|#|id))?\s*[:#]?\s*$")


# the next field of a customer's record right after the number, its label without a colon: the holder's name or their
# service address ("... 0-958-074-7898 Customer Ana Ruiz", "... Name Ana Ruiz", "... Service Address 1220 ..."); not an
# office ("Customer Service Division")
_HOLDER_FIELD_AFTER = re.compile(r"[ \t]+(?:(?:Customer|Account Holder|Name)(?:[ \t]+Name)?[ \t]*:?[ \t]+"
                                 r"(?!(?:Service|Care|Program|Class|Count|Charge|Relations|Support)s?\b)[A-Z][a-z]|"
                                 r"(?:Service|Svc\.?)[ \t]+Addr(?:ess)?\.?[ \t]*:?[ \t]+\d)")
# the number's clause going on with the person who holds it ("Account 7-271-9819-77 held by Ramon Lombardi", "... in
# the name of Ana Ruiz"): a person's account, as no ledger's line is held by anyone (a program page's "Funding is
# limited ... annual budget" makes the page read as a budget); a fund or a department holding it stays a ledger's
_HELD_BY_AFTER = re.compile(r"[ \t]+(?:(?:held|owned)[ \t]+by|(?:in|under)[ \t]+the[ \t]+name[ \t]+of)[ \t]+"
                            r"(?P<name>[A-Z][\w'.-]*(?:[ \t]+[A-Z][\w'.-]*){1,3})")


def _held_by_a_person(candidate: Candidate) -> bool:
    held = _HELD_BY_AFTER.match(candidate.text, candidate.end)
    return bool(held and person_name(held.group("name").rstrip(".")))


# the number's clause going on with the energy it recorded or was billed for: no ledger's line records kWh
_RECORDED_USAGE_AFTER = re.compile(r"[ \t)]*(?:,[ \t]*)?(?:recorded|registered|used|showed|shows|billed|metered|"
                                   r"consumed|logged)[ \t]+(?:[a-z]+[ \t]+){0,2}?\d[\d,]*(?:\.\d+)?[ \t]*"
                                   r"(?:kWh|kilowatt[ -]hours?|therms?)\b", re.IGNORECASE)


# a label of an account by a utility's or a program's initials ("LCE account no.", "RCEA acct #")
_INITIALS_LABEL = re.compile(r"(?P<initials>[A-Z]{2,6})\s+(?i:accounts?|accts?)\b")
# a utility's or a community choice program's name the document spells out ("Linda Choice Energy", "Southern
# California Edison", "Harbor Valley Power"): its initials label its customers' accounts; a joint powers body's
# last word is its initials' too ("Clean Power Alliance", CPA; "Redwood Coast Energy Authority", RCEA)
_UTILITY_SPELT = re.compile(r"\b(?:[A-Z][a-z]+\s+){1,4}(?:Energy|Power|Edison|Electric|Gas|Water|Utilities)"
                            r"(?:\s+(?:Alliance|Authority|Agency|District|Cooperative))?\b")


def _utility_initials(document: Document) -> frozenset[str]:
    return frozenset("".join(word[0] for word in m.group().split()) for segment in document.segments
                     for m in _UTILITY_SPELT.finditer(segment.text))


def _names_the_utility(candidate: Candidate) -> bool:
    """Whether the account's label calls it by the initials of a utility or a program the document names ("LCE
    account no. 64-58073-142" where "Linda Choice Energy" runs the program): a customer's account, which no budget's
    ledger is, however the page speaks of funds and revenues. A grant's or a fund's initials ("CDBG account") spell
    no utility. A utility known by its brand ("SDG&E acct no.", "PG&E Account", "SoCalGas acct") needs no spelling
    out: a staff report's "operating reserve" makes its page read as a budget, and the customer's account is still
    the utility's."""
    if _BRAND_ACCOUNT_LABEL.match(candidate.label or ""):
        return True
    label = _INITIALS_LABEL.match(candidate.label or "")
    return bool(label) and candidate.facts is not None and \
        label["initials"] in candidate.facts.computed(_utility_initials)


# a utility's brand, spelt out or not, and its account's word: an account's label before the number, or alone in
# brackets after it ("(SoCalGas acct)", "(Southern California Gas acct no.)")
_BRAND_ACCOUNT_LABEL = re.compile(rf"(?:{_UTILITY_BRAND})\s+(?i:accounts?|accts?)\b\.?(?:\s*(?i:no\.?|number|#|id))?")


_PARAGRAPH_LINES = 3  # lines above a number that may open its paragraph: a case note's three lines

# what a customer's account goes through, said right after its number ("The account (7213 340 274) has been placed on
# hold", "... was disconnected", "... is past due"): no ledger's line is billed, disconnected or put on hold
_HOLDERS_STATE_AFTER = re.compile(r"(?i)[ \t]*[)\]]?[ \t]*,?[ \t]*(?:(?:has|have)[ \t]+been|was|is|were|got)[ \t]+"
                                  r"(?:(?:now|then|already|also|temporarily)[ \t]+)?"
                                  r"(?:(?:placed|put)[ \t]+on[ \t]+(?:a[ \t]+)?hold|on[ \t]+hold|disconnected|"
                                  r"shut[ \t-]*off|(?:over|double[ \t-]?|re)?billed|enrolled|disputed|past[ \t-]+due|"
                                  r"delinquent|in[ \t]+arrears|(?:sent|referred)[ \t]+to[ \t]+collections?)\b")
# the holder's contact the record keeps, later in the number's line ("Account 72-910-99799 was flagged; e-mail on file")
_ON_FILE_AFTER = re.compile(r"(?i)[^\n.]{0,40}?\b(?:e-?mail|phone|number|address|contact)[ \t]+on[ \t]+file\b")
# a caller's words before the account's label: "hi this is Rodel calling about account", "called regarding her acct #"
_CALLER_BEFORE = re.compile(r"(?i)\b(?:call(?:ing|ed|s)?|phon(?:ing|ed|es))[ \t]+(?:about|regarding|re:?)[ \t]+"
                            r"(?:(?:my|his|her|their|our|the|an?)[ \t]+)?(?:[\w-]+[ \t]+)?(?:account|acct)\.?"
                            r"(?:[ \t]*(?:no\.?|number|#))?[ \t:#(]*$")
# an e-mail's subject line ("Subject: RE: acct 74-276-83780 - billing question"), and the topic set after its number
# by a dash or a colon that speaks of a bill; not a budget's subject ("Budget transfer to account 101-4410-5220 for the
# water bill printing contract")
_SUBJECT_LINE = re.compile(r"(?i)[ \t]*(?:subject|subj)[ \t]*:")
_BILL_WORDS_AFTER = re.compile(r"(?i)[ \t]*[-\u2013\u2014:|]+[ \t]*(?:[\w'\u2019-]+[ \t]+){0,2}?(?:bills?|billing|"
                               r"statement|meter|shut-?off|disconnect\w*|refund|payment[ \t]+plan|usage)\b")
_BUDGET_SUBJECT = re.compile(r"(?i)\b(?:budget|transfer|fund|appropriat\w*|contract|invoice|purchase|expenditure|"
                             r"ledger|gl)\b")
# a phone the text calls a person's own, before the number in its paragraph: "Her cell is 909-667-5274. Account ..."
# (its words looked for first: the phones are read only where they stand)
_OWN_PHONE_WORDS = re.compile(r"(?i)\b(?:his|her|their|my)[ \t]+(?:\w+[ \t]+)?(?:cell|phone|mobile|number|telephone)\b")
_OWN_PHONE_BEFORE = re.compile(r"(?i)\b(?:his|her|their|my)[ \t]+(?:(?:home|cell|mobile|personal|daytime)[ \t]+)?"
                               r"(?:cell|phone|mobile|number|telephone)(?:[ \t]+(?:number|no\.?))?[ \t]*(?:is|:)?[ \t]*$")


def _holders_matter_beside(candidate: Candidate) -> bool:
    """Whether the words beside the number speak of a customer's account, whatever its groups' shape (a ledger's
    string and a ten-digit account written 2-3-5 look alike): the account's state after it (``_HOLDERS_STATE_AFTER``),
    the contact on file later in its line, a caller's "calling about account" before it, an e-mail's subject line that
    speaks of a bill after it, a mailbox at a consumer provider in its line (a notice's footer "Acct ... | Page 1 |
    ana@yahoo.com", an endnote's "account ..., contact ana@outlook.com"), or a phone its paragraph calls a person's
    own before it. A budget's line says none of these."""
    text, start, end = candidate.text, candidate.start, candidate.end
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    if _HOLDERS_STATE_AFTER.match(text, end) or _ON_FILE_AFTER.match(text, end, line_end):
        return True
    if _CALLER_BEFORE.search(text, max(line_start, start - 80), start):
        return True
    if _SUBJECT_LINE.match(text, line_start) and _BILL_WORDS_AFTER.match(text, end, line_end) and not (
            _BUDGET_SUBJECT.search(text, line_start, line_end)):
        return True
    if "@" in text[line_start:line_end] and any(
            plain_email(m.group()).rpartition("@")[2].lower() in PERSONAL_DOMAINS
            for m in EMAIL_RE.finditer(text, line_start, line_end)):
        return True
    return _OWN_PHONE_WORDS.search(text, 0, start) is not None and any(
        _OWN_PHONE_BEFORE.search(text, max(0, a - 40), a) for a, _ in phone_spans(text, 0, start))


def _persons_phone_above(candidate: Candidate) -> bool:
    """Whether the number's line before it, or a line of its paragraph above it (a PDF's lines of one block), gives
    a phone that is no public one: a case note's "Staff reached Ana Ruiz at 951-..." over its "Enrollment submitted
    for account 4564178906.", a sticky note's "Callback: Ana Ruiz, ..., 714-... (acct 4420733543)" are a customer's,
    though the page's transfers and invoices make it read as a budget."""
    above = candidate.facts.lines_above(candidate.segment, _PARAGRAPH_LINES) if candidate.facts else ()
    for line, end in [(candidate.segment, candidate.start), *((line, len(line.text)) for line in above)]:
        for a, b in phone_spans(line.text, 0, end):
            e164 = to_e164(line.text[a:b])
            if e164 and not candidate.detector.contacts.phone_is_public(e164):
                return True
    return False


def _persons_phone_in_row(candidate: Candidate) -> bool:
    """Whether another cell of the number's row is a phone that is no public one: a callback queue's or a call log's
    row ("09:26 | (562) 367-3008 | KIM HYE-WON | ACCT 053-3267-788"), whose account a utility writes 3-4-3 as a
    ledger writes its strings. A budget's or a warrant register's row gives no one's phone."""
    record = candidate.facts.record_of(candidate.segment) if candidate.facts else None
    for field in record.fields if record is not None else ():
        if field is not candidate.segment and any(
                b - a >= len(field.text.strip()) - 2 and (e164 := to_e164(field.text[a:b]))
                and not candidate.detector.contacts.phone_is_public(e164)
                for a, b in phone_spans(field.text, 0, len(field.text))):
            return True
    return False


def _customers_sentence_above(candidate: Candidate) -> bool:
    """The value opens its line and the line above it, where its sentence began, speaks of a customer ("The landlord
    is the account holder for the common-area meter, account" / "7002284411.") or names a person who is no official
    ("(1) Complaint of Ana Ruiz, account" / "930-113-5507, resolved by a bill credit.", a report's footnote): a PDF
    wraps a sentence so."""
    if candidate.facts is None or candidate.text[:candidate.start].strip(" \t([") or candidate.label_in_text is None:
        return False
    above = candidate.facts.line_before(candidate.segment)
    if above is None:
        return False
    text = above.text
    if _CUSTOMERS_SENTENCE.search(text) or any(
            not named_officially(text, a, b) for a, b in names_in(text, _sentence_start(text, len(text)), anchored=True)):
        return True
    # the sentence before it in its paragraph tells of a person, the account's sentence going on about them ("Itzel
    # Echeverría called us in August worried" / "about a bill. A quick review of the account" / "(67-21425-302)
    # showed the home was on the wrong rate"); a ledger's own string stays the ledger's under a narrative naming
    # someone
    if is_ledger_account(candidate.value):
        return False
    start = _sentence_start(text, len(text))
    opened = [text[:start]] + [line.text for line in candidate.facts.lines_above(above, _PARAGRAPH_LINES - 1)]
    return any(not named_officially(line, a, b) for line in opened for a, b in names_in(line, anchored=True))


# a pasted e-mail's subject line that speaks of a bill, a meter or a shutoff before the number: "Subject: RE: high bill
# - acct 407-9165-9", a customer's own case (a budget's line is no e-mail's subject of a bill)
_BILL_SUBJECT = re.compile(r"(?i)[ \t]*(?:subject|subj|re)[ \t]*:[^\n]{0,80}?\b(?:bills?|billing|statement|meter|"
                           r"shut-?off|disconnect\w*|refund|payment[ \t]+plan|usage|disput\w*|charges|overcharg\w*)\b")
# a name's home right after it: "Mrs. Ana Ruiz, 1275 Vista Encinas Drive."
_HOME_AFTER_NAME = re.compile(r"[ \t]*,[ \t]*(?=\d)")
# ... or given by "of", in brackets or by where the person lives ("Ana Ruiz of 1275 ...", "Ana Ruiz (residence: 1275
# ...)", "Ana Ruiz, who lives at 1275 ..."), which a donor's or a firm's line writes too ("a donation from Ana Ruiz of
# 12 Elm St ... deposited to Account No. ..."): read only where the number's sentence speaks of the account as the one
# the case is about ("The account in question, ...", "the same account")
_HOME_OF_NAME = re.compile(r"(?i)[ \t]*(?:[ \t]of|\((?:[ \t]*(?:residence|home|res\.?|service(?:[ \t]+address)?|address|"
                           r"lives[ \t]+at)[ \t]*:?)?|,?[ \t]+who[ \t]+(?:lives|resides)[ \t]+at)[ \t]*(?=\d)")
_THE_CASES_ACCOUNT = re.compile(r"(?i)\b(?:the|this|that)[ \t]+(?:same[ \t]+)?(?:account|acct)\b[ \t]*(?:in[ \t]+question|"
                                r"at[ \t]+issue|in[ \t]+dispute|under[ \t]+review|concerned)?")
_HOME_REACH = 240  # characters before the number, in its paragraph, where the person's name and home may stand


def _persons_home_before(candidate: Candidate, sentence: int) -> bool:
    """Whether the sentence right before the number's names a person who is no official, their home right after the
    name, in the same paragraph or in the line above where the number's sentence began there (a PDF's wrap): a
    minutes' item of a customer's bill adjustment ("Request for bill adjustment -- Mrs. Ana Ruiz, 1275 Vista Encinas
    Drive. Staff recommended a" / "credit of $183.52 on account 335-1203-9"), which the agenda's "no fiscal impact to
    the General Fund" makes read as a budget. A budget's line names no one's home before its account."""
    text, start, at = candidate.text, sentence, candidate.start
    above = candidate.facts.line_before(candidate.segment) if candidate.facts is not None else None
    # the number's sentence, or the one before it, may have begun on the line above (a line opening in lower case
    # goes on with the sentence above: "Ana Ruiz, 12 Elm St, called" / "about a high bill. Water Acct No.: ...")
    if above is not None and (not text[:sentence].strip() or _RUNS_ON.match(text)):
        text = f"{above.text} {text}"
        at = len(above.text) + 1 + candidate.start
        start = _sentence_start(text, at)
    the_cases = _THE_CASES_ACCOUNT.search(text, start, at) is not None
    for a, b in names_in(text, max(0, start - _HOME_REACH), start, anchored=True):
        home = _HOME_AFTER_NAME.match(text, b) or (_HOME_OF_NAME.match(text, b) if the_cases else None)
        if home and ADDRESS_RE.match(text, home.end()) and not named_officially(text, a, b):
            return True
    return False


def _charged_to_a_ledger(candidate: Candidate) -> bool:
    """A fund-department-object string a cost is charged to with no word "account" ("Overtime charged to
    610-5066-5126."): a budget's line, unless the sentence is about a person or a customer's account."""
    return (is_ledger_account(candidate.value) and not _below_personal_lines(candidate)
            and not _about_a_person(candidate))


def _about_a_person(candidate: Candidate) -> bool:
    """Whether the number's sentence names a person before it or speaks of a customer's account."""
    sentence = _sentence_start(candidate.text, candidate.start)
    return bool(_after_a_persons_name(candidate, sentence)
                or _CUSTOMERS_SENTENCE.search(candidate.text, sentence, candidate.start))


# a cost charged to an account, right before the account's label: "postage is charged to Account No.", "coded to acct",
# also where the account's purpose is named first and its label repeated: "charged to the Enterprise Fund bad-debt
# account, Account No."
_CHARGED_TO = re.compile(r"(?i)\b(?:charged|expensed|coded|written\s+off)\s+to\s+(?:the\s+)?"
                         r"(?:(?:[\w&'-]+\s+){0,5}?(?:account|acct)\s*[,:(\u2013\u2014]\s*)?(?:account|acct)\.?\s*"
                         r"(?:no\.?|number|#)?\s*:?\s*$")
_CHARGED_TO_REACH = 90  # characters before the number where the words charging a cost to it stand


# a fund named right before the account's label: "from the Customer Assistance Fund (Account 101-4410-5220)"
_FUND_BEFORE = re.compile(r"\b(?:Fund|[Ff]und['\u2019]s)[ \t]*[(,:\u2013\u2014-]?[ \t]*(?i:account|acct)\.?[ \t]*(?i:no\.?|number|#)?[ \t]*:?[ \t]*$")
# a budget named right before the account in brackets or after a dash: "from the Customer Programs budget (Account
# 610-4400-5264)" (not "Budget Billing (acct ...)", a customer's plan: the word right before the account is "budget")
_BUDGET_BEFORE = re.compile(r"(?i)\bbudget[ \t]*[(,:\u2013\u2014-][ \t]*(?:account|acct)\.?[ \t]*(?:no\.?|number|#)?[ \t]*:?[ \t]*$")


# a sentence that calls the holder a customer before the number: "She has been a customer since 2009 under acct ...",
# "the ratepayer's acct", "account holder"; a budget's ledger line names no customer
_CUSTOMERS_SENTENCE = re.compile(r"(?i)\b(?:a|the|our|this|longtime|long-time|residential)\s+customer\b(?!\s+(?:service|"
                                 r"care|accounts?\s+(?:division|fund|system)|information\s+system))|\bratepayer\b|"
                                 r"\baccount\s*holder\b|"
                                 # a person's own account: "Staff reviewed her BGE acct 5627711728"
                                 r"\b(?:his|her|their|my|your|whose)\s+(?:[\w&'\u2019-]+\s+){0,2}(?:account|acct)\b|"
                                 # or a customer's, named so: "Update: Customer's water account 21-56904-22 ..."
                                 r"\b(?:customer|resident|tenant|homeowner|occupant|caller)['\u2019]s\s+"
                                 r"(?:[\w&'\u2019-]+\s+){0,2}(?:account|acct)\b")


# a staff report's words for the budget line an item is paid from, right before its account's label: "Funding is
# available in account", "funds are budgeted in Account No.", "Funding comes from Account No.", "the cost will be
# charged to account", "appropriated from" (not a customer's "refund charged to account", "payment posted to account")
_PAID_FROM = re.compile(r"(?i)\b(?:fund(?:s|ing)?\b[^.;:]{0,40}?\b(?:available|budgeted|appropriated|encumbered|allocated|"
                        r"included|programmed|comes?|came|drawn|derived|provided)|(?:expenditure|cost|purchase|expense|contract)s?\b"
                        r"[^.;:]{0,40}?\bcharged\s+to|"
                        # an agreement's compensation clause: "Compensation shall not exceed $300,000 per fiscal year,
                        # charged to account ..."
                        r"\bcompensation\b(?:[^.;:]|\.(?=\d)){0,120}?\bcharged\s+to|"
                        r"expensed\s+to|appropriated\s+(?:from|in)|(?:budgeted|encumbered)\s+(?:in|to|under|from)|paid\s+out\s+of)\s+(?:in\s+|from\s+|to\s+|under\s+)?(?:the\s+)?(?:[\w-]+\s+){0,2}?"
                        r"(?:account|acct\.?|line[ -]item|budget\s+line)\s*(?:no\.?|number|#)?\s*:?\s*$")
# a budget transfer's accounts, from and to; a ledger's by their shape (a credit moved between two customers' accounts
# is no budget's)
_BUDGET_TRANSFER = re.compile(r"(?i)\btransfer(?:s|red|ring)?\s+(?:of\s+)?(?:\$[\d,.]+|funds)[^.;:]{0,100}?\b(?:from|to)"
                              r"\s+(?:the\s+)?(?:account|acct\.?|line[ -]item)\s*(?:no\.?|number|#)?\s*:?\s*$")
# a fund or ledger named right after the number: "(Electric Fund)", "- General Fund", "Water Enterprise Fund",
# "(General Ledger)"
_FUND_AFTER = re.compile(r"[ \t]*[(\u2013\u2014-]?[ \t]*(?:[A-Z][\w&.'-]*[ \t]+){0,3}(?:Fund|Ledger)\b[ \t]*"
                         r"(?:\)|[,;:.]|$|balance|appropriation|budget)")
# a utility billing system's account, two digits then two groups of four ("Acct # 31-6534-2722"): a budget's ledger
# string starts with a fund of three digits (101-4310-5210), so this form is a ledger's only on a page read as a budget
_UTILITY_BILLING_FORM = re.compile(r"\d{2}(?P<s>[-\u2010-\u2013])\d{4}(?P=s)\d{4}")


# the label of a person's field at the start of a line: "SSN:", "Phone:", "Name:", "Service Address:"
_PERSONAL_FIELD = re.compile(r"(?i)\s*(?:ssn|social security(?: no| number)?|itin|phone|tel|cell|(?:customer )?name|"
                             r"customer|cust|account holder|"
                             # a case's party and their home ("Appellant: ...", "Premises: ...")
                             r"appellant|complainant|petitioner|claimant|ratepayer|premises|"
                             r"(?:service |mailing |billing )?address|e-?mail|"
                             # and in Spanish, which the vocabulary reads as it is ("Nombre:", "Domicilio:")
                             r"nombre|domicilio|direcci[oó]n|tel[eé]fono|celular|correo)\b\.?\s*[:#]")
_PERSONAL_LINES_BELOW = 2  # a record's fields after its account's line ("Account #: ..." over "Phone: ...")


def _below_personal_lines(candidate: Candidate) -> bool:
    """Whether one of the three segments above the number's on its page is a person's field ("SSN: ...",
    "Appellant: ...", or a field so labelled)."""
    return _personal_lines(candidate, -3, 0)


def _above_personal_lines(candidate: Candidate) -> bool:
    """Whether one of the two segments below the number's on its page is a person's field: a record's block that
    gives its account before its phone ("Account #: ..." over "Phone: ...")."""
    return _personal_lines(candidate, 1, 1 + _PERSONAL_LINES_BELOW)


def _personal_lines(candidate: Candidate, start: int, stop: int) -> bool:
    """Whether a segment from ``start`` to ``stop`` segments off the number's, on its page, is a person's field."""
    facts, segment = candidate.facts, candidate.segment
    if facts is None:
        return False
    at = facts.positions.get(id(segment)) or 0
    for beside in facts.document.segments[max(0, at + start):at + stop]:
        if beside.location.page == segment.location.page and (
                _PERSONAL_FIELD.match(beside.text) or _PERSONAL_FIELD.match(f"{beside.label or ''}:")
                or _foreign_personal_field(beside.text)):
            return True
    return False


def _foreign_personal_field(text: str) -> bool:
    """Whether a line opens with a person's field labelled in another language: ``_PERSONAL_FIELD``'s words
    translated ("Họ tên:", "Địa chỉ:", "Pangalan:", "Teléfono:")."""
    head = text[:_FIELD_HEAD]
    return ":" in head and not head.isascii() and bool(_PERSONAL_FIELD.match(to_english(head)))


_FIELD_HEAD = 40  # characters of a line in which a field's label and its colon stand


def _after_a_persons_name(candidate: Candidate, sentence: int) -> bool:
    """Whether the number's own sentence names a person who is no official before it ("an appeal was filed by
    Cynthia Richards (account 7812-759338-40, ...)", "Tonino Babati (account 4053-427136-62) of ..."): a
    customer's account in a staff report, whose "Fiscal Impact" section makes the page read as a budget. The
    number is the identifier that lets a rare name read as one."""
    text, start = candidate.text, candidate.start
    if any(not named_officially(text, a, b) for a, b in names_in(text, sentence, start, anchored=True)):
        return True
    above = _sentence_above(candidate, sentence)
    return above is not None and any(not named_officially(above, a, b) for a, b in
                                     names_in(above, _sentence_start(above, len(above)), anchored=True))


_LABEL_REACH = 30  # characters, at most, of a sentence that opens with the number's label ("Account number: ")


def _labelled_after_a_persons_sentence(candidate: Candidate, sentence: int) -> bool:
    """Whether the number's sentence is its label and the number, right after a sentence that names a person who is
    no official ("... stopped after N. D. Nwachukwu paid in person." / "Account number: 537286-95."): a customer's
    account a staff report's narrative gives, on a page its "Fiscal Impact" makes read as a budget. The sentence
    before is in the number's line, or ends the line above on the same page."""
    text, start = candidate.text, candidate.start
    opening = text[sentence:start]
    if not candidate.label_in_text or len(opening.strip()) > _LABEL_REACH or \
            candidate.label_in_text.lower() not in opening.lower():
        return False
    if sentence:
        before = text[:sentence].rstrip()
    else:
        above = candidate.facts.line_before(candidate.segment) if candidate.facts else None
        before = above.text.rstrip() if above is not None else ""
    if before[-1:] not in (".", "!", "?"):
        return False
    opens = _sentence_start(before, len(before) - 1)
    return any(not named_officially(before, a, b) and not _TITLE_CASE_BEFORE.search(before, opens, a)
               for a, b in names_in(before, opens, anchored=True))


# a capitalised word right before a name: the name is the tail of a program's or a body's title ("Community
# Development Block Grant funds ..."), not a person
_TITLE_CASE_BEFORE = re.compile(r"(?<![\w.'\u2019-])[A-Z][\w'\u2019-]*[ \t]+$")


def _home_in_sentence_above(candidate: Candidate, sentence: int) -> bool:
    """Whether the number's sentence began on the line above (a PDF wraps a paragraph line by line) and gives a
    street address there: the home of the person whose account it is, which no budget's line gives."""
    above = _sentence_above(candidate, sentence)
    if above is None:
        return False
    opens = _sentence_start(above, len(above))
    return ADDRESS_RE.search(above, opens) is not None and _SOMEONES_HOME.search(above, opens) is not None


# the words that make an address someone's home: "The appellant lives at ...", "her home at ...", "the tenant at ..."
_SOMEONES_HOME = re.compile(rf"(?i)\b(?:lives?|living|resides?|residing|his|her|their)\b|{PARTY_WORDS}")


_RUNS_ON = re.compile(r"\s*[a-z(]")  # a line opening in lower case: the sentence of the line above goes on


def _sentence_above(candidate: Candidate, sentence: int) -> str | None:
    """The line above the number's when its sentence opens there: a PDF page or a wrapped text gives each line of a
    paragraph as a segment, and "One example: Ramón Cárdenas, a veteran" / "living at ..., was three months behind on
    water account 073.8154.990;" names the account's holder a line before it. The number's line opens in lower case
    on no sentence's start, and the line above ends on none's end."""
    facts, segment = candidate.facts, candidate.segment
    if sentence or facts is None or not _RUNS_ON.match(candidate.text):
        return None
    at = facts.positions.get(id(segment))
    if not at:
        return None
    above = facts.document.segments[at - 1]
    if above.location.page != segment.location.page or above.label or above.text.rstrip()[-1:] in ".!?:":
        return None
    return above.text


# a title's, an abbreviation's or an initial's period is no sentence's end ("Ms. Ochoa", "Account No. 30-510637-92",
# "Apt. 2B", "N. D. Nwachukwu")
_TITLE_STOP = re.compile(r"(?i)(?<![\w.])(?:mr|mrs|ms|mx|dr|no|nos|acct|apt|ste|st|ave|rd|blvd|ln|ct|inc|co|corp|jr|sr"
                         r"|(?-i:[A-Z]))$")


def _sentence_start(text: str, start: int, reach: int = 160) -> int:
    """Where the sentence holding ``start`` begins, at most ``reach`` characters back."""
    floor, at = max(0, start - reach), start
    while (stop := max(text.rfind(". ", floor, at), text.rfind("\n", floor, at))) >= 0:
        if text[stop] == "\n" or not _TITLE_STOP.search(text, max(0, stop - 5), stop):
            return stop + 1
        at = stop
    return floor


_YEARS = re.compile(r"(?:19|20)\d{2}\s?[-\u2010-\u2013/]\s?(?:19|20)?\d{2}")  # a fiscal year: "2024-2025", "2024-25"
# a life span or a term of office: a year before 1960, a dash, a later year ("1888 - 1931", "1931-2019")
_LIFE_SPAN = re.compile(r"\s*(1[6-9]\d\d)\s*[-\u2010-\u2014]\s*((?:1[6-9]|20)\d\d)\s*")


def _life_span(value: str) -> bool:
    """Whether a bare number is a span of years a history gives, the first before 1960 and the second later."""
    span = _LIFE_SPAN.fullmatch(value)
    return span is not None and int(span[1]) < 1960 and int(span[1]) < int(span[2])


# a year and a sequence after a letter prefix: a case's, a work order's, an invoice's ("WO-2024-0012", "INV-2024-00123")
_YEAR_SEQUENCE = re.compile(r"[A-Z]{1,5}[-\u2010-\u2013 ]?(?:19|20)\d{2}[-\u2010-\u2013]\d{2,6}")
# ... but a billing system that numbers its customers by the year they signed up and a serial writes the same shape,
# and a label naming the customer's account says which it is ("Customer No. OLN-2024-19875", "cust#: OLN-2023-60138",
# "under OPC account OLN-2024-55657"): a serial of four digits or more
_ENROLMENT_SERIAL = re.compile(r"[A-Z]{2,5}[-\u2010-\u2013](?:19|20)\d{2}[-\u2010-\u2013]\d{4,6}")
_PROGRAM_ACCOUNT_LABEL = re.compile(r"(?-i:[A-Z]{2,6})\s+(?:account|acct)\.?")
_PREFIX_LETTERS = re.compile(r"[A-Za-z]+\.?")
_ACCOUNT_PREFIX = re.compile(r"(?i)pce|sce|cust|acct|sa|cis|esi")  # a utility's or an account's prefix
_PHONE_FIELD = re.compile(r"(?i)phone|\b(?:tel|cell|mobile|fax|contact|call|cb|ph)\b|tel[eé]fono|celular")


def _other_kinds_label_after(candidate: Candidate) -> bool:
    """Whether a label of another kind of number follows the value in brackets, on its line or opening the next."""
    if other_label_after(candidate.text, candidate.end):
        return True
    if candidate.facts is None or candidate.segment.label or candidate.text[candidate.end:].strip():
        return False
    below = candidate.facts.computed(Document.next_lines).get(id(candidate.segment))
    return below is not None and not below.label and other_label_after(below.text, 0)


def not_an_account(candidate: Candidate) -> bool:
    """A date, a fiscal year, a phone number or a ledger account where only a label made it a candidate; a
    prefix that names another kind of number ("PO-1234567", "INV-2024-00123")."""
    value = candidate.value
    if _phones_local_part(candidate):
        return True
    if len(value) == 10 and value.isdigit() and (PHONE_LABEL_BEFORE.search(
            candidate.text, max(0, candidate.start - 16), candidate.start) or PHONE_REACHED_AT.search(
            candidate.text, max(0, candidate.start - 48), candidate.start) or _in_phone_field(candidate)
            or _phone_label_ending_line_above(candidate)):
        return True  # "cb # 8066346000", "ANI 8057773792", "reached directly at 8187136045", a "PH_PRI" column's
        # 8433247881: a phone, whatever account form it shares (805, 818 and 858 numbers are SCE's ten digits from 8)
    if staff_label_before(text_before(candidate.text, candidate.start, WIDTH)):
        return True  # "Public Works crew lead, badge 8749624132": an employee's number, in any account's form
    if _other_kinds_label_after(candidate):
        return True  # "Foothill Fleet Parts - 8371730447" / "(vendor acct)": a warrant register's vendor number
    if candidate.shape is BILLED_FORM:
        return _charged_to_a_ledger(candidate)
    if budget_line_item(candidate):
        return True  # "Account Number | Description | FY25 Adopted": "2-15-227-5210" is fund 2's line item
    if candidate.shape.anywhere:
        return False
    if value[0].isalpha():
        prefix = _PREFIX_LETTERS.match(value).group(0)
        if OTHER_LABELS.fullmatch(prefix) or OTHER_LABELS.fullmatch(prefix + ".") or (
                _YEAR_SEQUENCE.fullmatch(value) and not _ACCOUNT_PREFIX.fullmatch(prefix)
                and not _enrolment_serial(candidate)):
            return True  # "WO-2024-0012", not the utility's own "PCE-2000-201019"
    if is_phone_number(value):
        return not _account_in_phone_shape(candidate)
    if value[:1] == "1" and value[1:2] in ("-", ".", " ") and is_phone_number(value[2:]) and \
            is_toll_free(to_e164(value[2:]) or ""):
        return True  # "Numero ng serbisyo: 1-800-655-4555": a toll-free line dialled with its 1, the office's
    return is_date(value) or _YEARS.fullmatch(value) is not None or _ledger(candidate)


def _enrolment_serial(candidate: Candidate) -> bool:
    """A customer's number in a year-and-serial form under a label that names a customer's account ("Customer ID",
    "Cust #", a program's "OPC account"), or under a plain account's with its holder bracketed after it ("status for
    account OLN-2023-00432 (Araceli Arreola)"); a plain "Account:" alone or "Ref" before it leaves it a case's or an
    order's."""
    label = candidate.label or ""
    return _ENROLMENT_SERIAL.fullmatch(candidate.value) is not None and (
        _names_customers_account(label) or _PROGRAM_ACCOUNT_LABEL.fullmatch(label) is not None or (
            _ACCOUNT_WORD.search(label) is not None
            and bool(holders_bracketed_after_accounts(candidate.text, [(candidate.start, candidate.end)]))))


# a statute's citation right before the number: dotted capitals of a state's statutes ("K.S.A. 75-4319", "R.S.Mo.
# 386.020", "O.R.S.", "N.H. R.S.A."), a federal code ("42 U.S.C. 8621", "7 CFR 1710"), a code's section sign ("Cal. Pub.
# Util. Code § 739", "M.G.L. c. 164 § 1"): "S.A." inside "K.S.A." is no service account's label
_STATUTE_BEFORE = re.compile(r"(?:(?<![A-Za-z])(?:[A-Z][a-z]{0,2}\.){3,}|\b(?:U\.?S\.?C|C\.?F\.?R|Stat|Ann|Code|Rev)\.?|"
                             r"\b[Cc]h?\.\s*\d+[A-Z]?|§+)[ \t\u00a0]*(?:§+[ \t\u00a0]*)?$")


def statute_citation(candidate: Candidate) -> bool:
    """A section of a statute or a code cited by its abbreviation ("closed session under K.S.A. 75-4319(b)(2)")."""
    return _STATUTE_BEFORE.search(text_before(candidate.text, candidate.start, WIDTH)) is not None


# a word before an account's or a location's label that names whose number it is, when that is no customer's: a firm's
# remittance account in the City's payables ("Remit Acct", "Vendor Account No."), an asset's location ("Pole Loc #",
# "Hydrant Location No."), a City permit's or licence's billing ("Fire Permit Acct #", "Alarm Account No.")
_HOLDER_NOT_A_CUSTOMER = re.compile(
    r"(?i)\b(?:remit(?:tance)?|vendor|payee|supplier|pole|streetlight|street\s+light|lamp|hydrant|valve|manhole|"
    r"transformer|xfmr|asset|signal|permit|licen[cs]e|alarm)\W+(?:acct|account|a/c|loc(?:ation)?)\b"
    r"(?:\W+(?:no|nbr|num|number|id)\b)?[\W_]*$")


def firm_or_asset_number(candidate: Candidate) -> bool:
    """An account or a location label whose own words name a firm's or an asset's number ("Remit Acct 88-2201-5" of a
    vendor in an accounts-payable table, "Pole Loc # 112233-001"), in the text or as the field's name."""
    if candidate.label_in_text:
        return _HOLDER_NOT_A_CUSTOMER.search(text_before(candidate.text, candidate.start, WIDTH + 16)) is not None
    return bool(candidate.segment.label) and _HOLDER_NOT_A_CUSTOMER.search(candidate.segment.label) is not None


# a column naming a City permit or licence, and a plain account's label (no utility's, no service point's)
_PERMIT_COLUMN = re.compile(r"(?i)\b(?:permit|licen[cs]e)s?\b")
_PLAIN_ACCOUNT_LABEL = re.compile(r"(?i)[\W_]*(?:billing\s+)?(?:acct|account|a/c)\b[\W_]*"
                                  r"(?:(?:no|nbr|num|number)\b[\W_]*)?")


def permit_billing_row(candidate: Candidate) -> bool:
    """A number under a plain account column ("Billing Account", "Account No.") of a table row that has a permit's or
    a licence's column and names no person: a business's invoice account for a City permit ("Annual Fire Operating
    Permits: Business | Address | Billing Account | Permit Type | Fee"), not a utility customer's. A utility's column
    ("SCE Acct") or a person in the row (a solar permit's owner) keeps it."""
    record = candidate.facts.record_of(candidate.segment) if candidate.facts else None
    label = candidate.segment.label
    if record is None or not label or candidate.shape.anywhere or not _PLAIN_ACCOUNT_LABEL.fullmatch(label):
        return False
    texts = [f"{f.label or ''}: {f.text}" for f in record.fields]
    return (any(f.label and _PERMIT_COLUMN.search(f.label) for f in record.fields if f is not candidate.segment)
            and all(map(names_no_person, texts)))


def refund_to_firm(candidate: Candidate) -> bool:
    """A refund's account ("CUST REFUND 02-262-0341-00") in a payables row (a warrant register's, a check register's)
    whose payee is no person: a firm's ("PACIFIC PIPE SUPPLY LLC", a trade name, "GRAINGER"), whose account the City
    publishes with what it pays. A refund to a person with their utility account is a customer's record."""
    label = candidate.label_in_text
    if not label or not _REFUND_LABEL.search(label):
        return False
    return _paid_to_no_person(candidate)


def _paid_to_no_person(candidate: Candidate) -> bool:
    """Whether the payables row of ``candidate`` (a record's, or a line of tab-separated cells) names no person in any
    other cell, so its payee is a firm; False for a sentence."""
    record = candidate.facts.record_of(candidate.segment) if candidate.facts else None
    if record is not None:
        cells = [f.text for f in record.fields if f is not candidate.segment]
    elif "\t" in candidate.text:
        column = candidate.text.count("\t", 0, candidate.start)
        cells = [cell for i, cell in enumerate(line_of(candidate.text, candidate.start).split("\t")) if i != column]
    else:
        return False  # a sentence: its refund's account is the customer's the label says it is
    return not any(_payee_person(cell.strip()) for cell in cells)


_PAYEE_WORDS = range(2, 6)  # a person's name in a payee column: a given name and a surname, a middle name or two


def _payee_person(cell: str) -> bool:
    """A payee cell that may name a person ("MANUEL ANTONELLI", "Lopez, Maria"): two to five words of letters, no
    firm's or place's word, no trade after the owner's name ("GARCIA PLUMBING"), no legal form."""
    words = cell.replace(",", " ").split()
    return (len(words) in _PAYEE_WORDS and not any(ch.isdigit() for ch in cell) and not is_place(cell)
            and not trade_name(cell.title()) and not DWELLING_OR_FIRM.search(cell))


def ledger_column(candidate: Candidate) -> bool:
    """A value under a column named as the City's ledger (``LEDGER_COLUMN``), in a workbook's or a page's table: the
    fund, department and object a row is booked to, never a customer's account, whatever customer columns stand beside
    it (a billing system's exception list gives each customer's contract account and the GL account it posts to). A
    label in the cell's own text before the value speaks for it instead."""
    header = candidate.segment.label or candidate.header_above
    return bool(header) and not candidate.label_in_text and LEDGER_COLUMN.search(header) is not None


def label_from_row_above(candidate: Candidate) -> bool:
    """A value in a row of tab-separated cells (a PDF's table) whose only label is the last word of the row above:
    that row's last cell ("... | stuck meter") is another column than this row's first ("A26002 | ..."), no label."""
    segment, facts = candidate.segment, candidate.facts
    if facts is None or "\t" not in segment.text or candidate.label_in_text is None or label_before(
            segment, candidate.start, candidate.detector.label_re, candidate.detector.text_label_re):
        return False
    above = facts.line_before(segment)
    return above is not None and "\t" in above.text


def _short_coded_form(candidate: Candidate) -> bool:
    """Five digits among capital letters ("RF79453A", "HLW12345A"): an account beside an account's label, though six
    digits are the fewest a plain number needs; no year among its groups."""
    return candidate.shape is LETTERS_AMONG_DIGITS and short_coded_account(candidate.value)


def _billed_account(value: str) -> bool:
    """A number after a verb or a noun of billing that is no case's, permit's or invoice's: seven digits or more
    after letters, nine or more without (no phone's or date's shape), no year among its groups, no prefix naming
    another kind of number."""
    if value[0].isdigit():
        return len(digits_of(value)) >= 9 and not is_phone_number(value) and not is_date(value)
    prefix = _PREFIX_LETTERS.match(value).group(0)
    return (len(digits_of(value)) >= 7 and not _YEAR_SEQUENCE.fullmatch(value)
            and not OTHER_LABELS.fullmatch(prefix) and not OTHER_LABELS.fullmatch(prefix + "."))


def _service_deposit_refund(text: str, match: re.Match) -> bool:
    """Whether a deposit refund's number (``_DEPOSIT_REFUND``) is a customer's account: a deposit of no bid's, permit's
    or rental's kind, an account's form (``_billed_account``), and a street address after the number in its line, the
    service the deposit was held for (a bid's or a permit's refund names its project or its number, no home)."""
    return (not (match["kind"] and _NOT_A_SERVICE_DEPOSIT.fullmatch(match["kind"].rstrip(".")))
            and _billed_account(match["value"])
            and ADDRESS_RE.search(text, match.end(), text.find("\n", match.end()) % (len(text) + 1)) is not None)


def _after_a_private_name(text: str, dash: int) -> bool:
    """Whether a person's name ends right before the dash at ``dash``, and no title names them staff or an official."""
    end = len(text[:dash].rstrip())
    return any(b == end and not named_officially(text, a, b)
               for a, b in names_in(text, max(0, end - _NAME_REACH), end, anchored=True))


def _before_a_private_name(text: str, start: int) -> bool:
    """Whether a person's name starts at ``start``, right after the dash, and no title names them staff or an official."""
    return any(a == start and not named_officially(text, a, b)
               for a, b in names_in(text, start, min(len(text), start + _NAME_REACH), anchored=True))


def _named_form(value: str) -> bool:
    """An account's form, not a phone's, a date's, a year's and sequence's ("2024-113-02") or a prefix of another kind
    of number ("PO-4412087")."""
    if value[0].isalpha():
        prefix = _PREFIX_LETTERS.match(value).group(0)
        return not (OTHER_LABELS.fullmatch(prefix) or OTHER_LABELS.fullmatch(prefix + "."))
    return not (is_phone_number(value) or is_date(value) or _YEARS.match(value) or _CASE_FORM.match(value))


def _bracketed_form(value: str) -> bool:
    """An account's form in brackets after its holder: a phone's shape too (the account's label before the holder
    says what the number is), not a date's, a year's and sequence's or another kind of number's prefix."""
    if value[0].isalpha():
        return _named_form(value)
    return not (is_date(value) or _YEARS.match(value) or _CASE_FORM.match(value))


def _phones_local_part(candidate: Candidate) -> bool:
    """Seven digits after a phone's area code ("Prepared by Billing Services, (909) 620-2241" in a footer cell under an
    "Acct #" column): the rest of the phone number, whatever column it stands in."""
    start, end = candidate.start, candidate.end
    return any(begin < start and end <= stop for begin, stop in phone_spans(
        candidate.text, max(0, start - 8), min(len(candidate.text), end + 1)))


# a header naming two fields of one cell: "Customer (account)", "Name - Acct", "Account / customer"
_HEADER_PARTS = re.compile(r"\s*(?:[()/&,+\u2013\u2014]|\s-\s|\band\b)\s*")


def _person_and_account_cell(candidate: Candidate) -> bool:
    """A cell under a header naming a person and a plain account together ("Customer (account)", "Resident / meter")
    that names a person beside the number ("Ana Ruiz (3284482196)"): a service log's way of writing both in one cell.
    A facility's, a vendor's or a staff member's column names no person's role, and a cell naming no one (a facility
    under a customer's header) holds no person's account."""
    parts = [part for part in _HEADER_PARTS.split(candidate.segment.label) if part.strip()]
    people = [part for part in parts if not _BARE_ACCOUNT.fullmatch(part)]
    # (a bilingual header names one field twice, "Cuenta / Account": no person's part)
    if len(parts) != 2 or len(people) != 1 or header_kind(people[0])[0] != "name":
        return False
    text = candidate.text
    return any(end <= candidate.start or start >= candidate.end for start, end in names_in(text, anchored=True))


def _phone_label_ending_line_above(candidate: Candidate) -> bool:
    """Whether the number opens its line and the line above ends with a phone's label ("... and daytime telephone" /
    "8187672126."): a PDF's letter or form breaks a field's label from its value so (see ``labels``)."""
    if candidate.text[:candidate.start].strip() or candidate.facts is None:
        return False
    above = candidate.facts.line_before(candidate.segment)
    return above is not None and phone_label_ends_line(above.text, candidate.text)


def _in_phone_field(candidate: Candidate) -> bool:
    """Whether the number is a field or a column named as a phone's ("PH_PRI", "Cell", "Home Phone"), also in a table
    laid out as lines of cells (a PDF's "Proposer | Address | Contact | Phone" over "... | 8182719296 | ...")."""
    label = candidate.segment.label or candidate.header_above
    return bool(label) and not candidate.label_in_text and header_kind(label)[0] == "phone"


def _account_in_phone_shape(candidate: Candidate) -> bool:
    """A phone's shape right after an account label in the text is the account ("his account number is
    392-697-3484", "Acct # 909-555-0147": staff write ten digits that way), unless it is one of the City's
    published numbers or in their thousands-block, or toll-free ("Account # 909-620-2311" names City Hall's line).
    So does a field named as an account's ("Svc. Acct." in a definition list), unless its name calls it a phone's
    too (an "Acct Phone" column holds phones)."""
    if not candidate.label_in_text and (not (candidate.label or AccountNumberDetector._bare_account_column(candidate))
                                        or _PHONE_FIELD.search(candidate.segment.label or "")):
        return False  # (a bare "Account" column beside a customer's counts: "412 568 9694" is its account whole)
    e164 = to_e164(candidate.value)  # None: no area code or exchange in service has the digits
    if e164 is not None and (_LINE_NAMED_AFTER.match(candidate.text, candidate.end) or _dialled_elsewhere(candidate)):
        return False  # "SA 909-836-1247 is the interconnection desk"; a call log's number a line above
    return e164 is None or not candidate.detector.contacts.phone_is_public(e164, generic=True)


# words after a number that name it a line to call: "... is the interconnection desk", "(the billing line)"
_LINE_NAMED_AFTER = re.compile(r"(?i)[ \t]*[(,:\u2013\u2014-]?[ \t]*(?:is[ \t]+)?(?:the|our|a)[ \t]+(?:[\w-]+[ \t]+){0,3}"
                               rf"(?:desk|{LINE_WORDS}|office|switchboard|counter|number[ \t]+to[ \t]+call)\b")
# an account's label right before a number: where the same digits stand as an account, not as a phone
_ACCOUNT_LABEL_ENDS = re.compile(r"(?i)\b(?:acc(?:oun)?t|acct|sa|s\.a\.|service[ \t]+agreement|cuenta)\b\W{0,4}$")
_ACCOUNT_LABEL_REACH = 24


def _dialled_elsewhere(candidate: Candidate) -> bool:
    """Whether the document gives the same ten digits elsewhere as a phone, with no account's label before them
    (a call log's "cb (909) 836-1247" and, in a wrapped line, "SA 909-836-1247"): the number is the caller's phone,
    which a label reaching over it does not make an account."""
    if candidate.facts is None:
        return False
    digits = candidate.digits[-10:]
    return any(segment is not candidate.segment or not start <= candidate.start < end
               for segment, start, end in candidate.facts.computed(_unlabelled_phones).get(digits, ()))


def _unlabelled_phones(document) -> dict[str, list[tuple[Segment, int, int]]]:
    """The document's phones by their ten digits, each where it stands, but for those an account's label opens."""
    found: dict[str, list[tuple[Segment, int, int]]] = {}
    for segment in document.segments:
        text = segment.text
        for start, end in phone_spans(text, 0, len(text)):
            if not _ACCOUNT_LABEL_ENDS.search(text, max(0, start - _ACCOUNT_LABEL_REACH), start):
                found.setdefault(digits_of(text[start:end])[-10:], []).append((segment, start, end))
    return found


def called_number(candidate: Candidate) -> bool:
    """Ten digits with no label right after a call placed to them ("I just called 8188348664"), words that reach a
    person at them ("Mr. Ruiz can be reached at 8187504055") or a call made from them ("who called from 8182989005"):
    a telephone number (an 818 number has the shape of SCE's 8... service accounts), not an account; so are ten
    digits the writer gives as their own number ("my number is 8187623038", "8187623038 is my cell")."""
    return (not candidate.label and len(candidate.digits) == 10 and to_e164(candidate.value) is not None
            and (CALLED_BEFORE.search(candidate.text, max(0, candidate.start - 40), candidate.start) is not None
                 or reached_before(candidate.text, candidate.start)
                 or OWN_CONTACT_BEFORE.search(candidate.text, max(0, candidate.start - 30), candidate.start) is not None
                 or _OWN_NUMBER_AFTER.match(candidate.text, candidate.end) is not None))


_OWN_NUMBER_AFTER = re.compile(rf"(?i)\s*{OWN_NUMBER_AFTER}\b")  # "8187623038 is my cell"


# words that give a toll-free number as a line to call, before it in its clause: "Call SCE 8006554555 about ...",
# "call Southern California Edison at", "SCE's toll-free line", "Llame a SCE al", "Tawagan ang SCE sa", or whom to ask
# ("Retirement questions: CalPERS 8882257377"); the words between name whom to call, never an account's or a person's
# ("called about her SCE account ...")
_TOLL_FREE_CUE_BEFORE = re.compile(rf"(?i)\b(?:{CALL_LINE_WORDS}|questions?|preguntas)\b[:?]?"
                                   r"(?P<gap>[^\n.;:!?\d]{0,40}?)(?::[ \t]*)?$")
_NOT_A_LINE_GAP = re.compile(r"(?i)\b(?:account|acct|cuenta|bill|meter|service|her|his|their|my|your|su|sus)\b")
_TOLL_FREE_CUE_AFTER = re.compile(rf"(?i)[ \t]*\(?(?:(?:{LINE_WORDS})\b|24/7|24 hours)")


def _business_register_account(candidate: Candidate) -> bool:
    """A number under a business register's account column (``lists.register_account_column``: "Location Account #"
    of a licence list, or "Account No." beside its "License Type"): the City's business-tax account of a business,
    which the City publishes with the licence, not a utility customer's account."""
    record = candidate.facts.record_of(candidate.segment) if candidate.facts is not None else None
    if record is None:
        return False
    labels = tuple(f.label for f in record.fields)
    return register_account_column(candidate.segment.label, labels) and business_register(labels)


def _employees_badge(candidate: Candidate) -> bool:
    """A number under a badge's column (no meter's) of a table its headers make a staff roster ("Last | First |
    Badge # | Position | Work Location"): an employee's badge, not the meter's badge number of a utility's export."""
    record = candidate.facts.record_of(candidate.segment) if candidate.facts is not None else None
    if record is None:
        return False
    labels = tuple(f.label or "" for f in record.fields)
    return staff_badge(candidate.segment.label, columns(labels)[0] == "listing")


def toll_free_line(candidate: Candidate) -> bool:
    """Ten digits from 8 with no label in a toll-free exchange (800, 833, 844, 855, 866, 877, 888) given as a line to
    call: a call verb or a line's word before it in its clause ("Call SCE 8006554555 about outages", "Llame a SCE al
    8006554555", "llame a SCE: 8006554555") or a line's word after it ("8006554555 (toll-free)"), or one of the
    published lines of the City and its utilities ("Apagones - SCE: 8006554555"). SCE's service accounts share the
    form (8001026149), so a toll-free exchange alone is no line: only the words that give it as one."""
    if candidate.shape is not SCE_TEN_DIGITS or candidate.label or candidate.digits[:3] not in TOLL_FREE:
        return False  # (the cheap tests first: a customer export holds thousands of ten-digit accounts)
    e164 = to_e164(candidate.value) or ""
    if not is_toll_free(e164):
        return False
    if candidate.detector.contacts.phone_is_public(e164, generic=False):
        return True
    cue = _TOLL_FREE_CUE_BEFORE.search(candidate.text, max(0, candidate.start - 60), candidate.start)
    if cue is not None and not _NOT_A_LINE_GAP.search(cue["gap"]):
        return True
    return _TOLL_FREE_CUE_AFTER.match(candidate.text, candidate.end) is not None


# the state and ZIP that end an address's last line, before a phone on the same line or the next
_STATE_ZIP_BEFORE = re.compile(r"\b[A-Z]{2},?[ \t]+\d{5}(?:-\d{4})?[ \t,;|]*\n?[ \t]*$")
# what follows a phone in a mailing block: a mailbox, or the block's end
_MAILBOX_OR_END = re.compile(r"[ \t,;|]*(?:\n[ \t]*)?(?:[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b|$)")


def mailing_block_phone(candidate: Candidate) -> bool:
    """Ten digits from 8 with no label where a mailing block puts its phone: right after the address's state and ZIP
    and before a mailbox or the block's end (a contract's Notices cell: "Attn: ... / ..., CA 92467 / 8183451889 /
    name@firm.com"), in an area code in service and not a toll-free one, which an SCE account shares."""
    if candidate.shape is not SCE_TEN_DIGITS or candidate.label:
        return False
    e164 = to_e164(candidate.value)
    return (e164 is not None and not is_toll_free(e164)
            and _STATE_ZIP_BEFORE.search(candidate.text, max(0, candidate.start - 30), candidate.start) is not None
            and _MAILBOX_OR_END.match(candidate.text, candidate.end) is not None)


# a line of a text file laid out as a delimited record ("TRD*733547*...*SCHED*ANA RUIZ*9046601413~", "A|B|C|D"): its
# elements apart by one delimiter, a segment terminator maybe at its end; its first element a record's tag ("TRD")
_RECORD_DELIMITERS = "*|^"
_RECORD_ELEMENTS = 4  # elements of a line, at least, that make it a record
_RECORD_TAG = re.compile(r"[A-Z][A-Z0-9]{1,3}")
_PHONE_ELEMENT = re.compile(r"\+?1?[ .-]?\(?\d{3}\)?[ .-]?\d{3}[ .-]?\d{4}")


def _record_layout(text: str) -> tuple[str, list[str], str] | None:
    """The delimiter, the elements and the tag of a line laid out as a delimited record; None for any other line."""
    body = text.strip().rstrip("~")
    for delimiter in _RECORD_DELIMITERS:
        elements = body.split(delimiter)
        if len(elements) >= _RECORD_ELEMENTS:
            tag = elements[0].strip()
            return delimiter, elements, tag if _RECORD_TAG.fullmatch(tag) else ""
    return None


def _phone_positions(document: Document) -> frozenset[tuple[str, str, int, int]]:
    """The positions (delimiter, tag, elements, index) of the document's delimited records that hold a telephone
    number outside SCE's ten-digit form (a 904 or a 713 area code): a column of phones (a trade confirmation's
    scheduler's number), where a number from 8 is a phone's too."""
    positions = set()
    for segment in document.segments:
        if segment.label or not any(d in segment.text for d in _RECORD_DELIMITERS):
            continue
        layout = _record_layout(segment.text)
        if layout is None:
            continue
        delimiter, elements, tag = layout
        for index, element in enumerate(elements):
            element = element.strip()
            if _PHONE_ELEMENT.fullmatch(element) and not digits_of(element)[-10:].startswith("8") \
                    and to_e164(element) is not None:
                positions.add((delimiter, tag, len(elements), index))
    return frozenset(positions)


def phone_column_of_records(candidate: Candidate) -> bool:
    """Ten digits from 8 with no label as an element of a delimited record whose same element holds a phone in other
    records of the document ("...*SCHED*ANA RUIZ*9046601413" above "...*SCHED*LI WEI*8587331299"): a column of
    phones, and a dialable number from 8 there is a phone in an 8xx area code, not an SCE service account (whose
    column holds numbers from 8 only)."""
    if candidate.shape is not SCE_TEN_DIGITS or candidate.label or candidate.segment.label or candidate.facts is None:
        return False
    layout = _record_layout(candidate.segment.text)
    if layout is None or to_e164(candidate.value) is None:
        return False
    delimiter, elements, tag = layout
    leading = len(candidate.segment.text) - len(candidate.segment.text.lstrip())
    index = candidate.segment.text[leading:candidate.start].count(delimiter)
    if index >= len(elements) or elements[index].strip() != candidate.value:
        return False  # the number is not a whole element
    return (delimiter, tag, len(elements), index) in candidate.facts.computed(_phone_positions)


_CUSTOMER_FIELD_KINDS = ("name", "address", "phone", "email", "usage", "identifier", "contact")


def equipment_meter(candidate: Candidate) -> bool:
    """A meter's number in a field of a record that names no customer (a work order's WO_NUM | METER_ID | CREW, a GIS
    layer's equipment): the equipment's, not an account's. Beside a customer's name, address or usage the meter is
    the customer's service account information (PCE-01 4.1), whether or not the record gives the account too; so it
    is beside a column naming a premise's or a service account outright (a meter exchange's OWNER_OF_RECORD |
    SITE_ADDR | PREMISE_ID | METER_NO: the premise is reported as the service's account, the meter is the same
    service's), or beside any account's field holding an account's number (a notice's "Meter Number | LN940656" over
    "Account Number | 730-01918-872": the account's meter; a work order's equipment gives no account)."""
    segment = candidate.segment
    if candidate.label_in_text or not segment.label or not meter_column(segment.label):
        return False
    record = candidate.facts.record_of(segment) if candidate.facts else None
    if record is None:
        return False
    return not any(header_kind(f.label)[0] in _CUSTOMER_FIELD_KINDS or header_kind(f.label) == ("account", True)
                   or header_kind(f.label)[0] == "account" and not meter_column(f.label)
                   and _ACCOUNT_VALUE.fullmatch(f.text)
                   for f in record.fields if f is not segment and f.label)


# a field's whole value an account's number: 6 to 22 digits, grouped or not, letters before them maybe ("730-01918-872")
_ACCOUNT_VALUE = re.compile(r"\s*(?:[A-Z]{1,5}[- ]?)?\d(?:[- .]?\d){5,21}\s*")


# a payables line's description of a refund to a utility's customer, the customer's account after it ("CUST REFUND
# 02-262-0341-00" in a warrant register, "CLOSED ACCT REFUND MCP-00625284" in a check register): the account the refund
# settles, when the payee is a person (``refund_to_firm``); a closed account's credit balance refunded ("CLOSED ACCT CR
# BAL REFUND PL1922562", "CREDIT BALANCE REFUND ...", "CR REFUND ...") is its holder's, as a billing system writes it
REFUND_LABELS = ("Cust Refund", "Customer Refund", "Cust Rfnd", "Customer Rfnd", "Utility Refund", "Util Refund",
                 "UB Refund", "Acct Refund", "Account Refund", "Acct Rfnd", "Account Rfnd", "Bal Refund",
                 "Balance Refund", "Bal Rfnd", "Credit Refund", "CR Refund", "Credit Rfnd", "CR Rfnd")
_REFUND_LABEL = re.compile(r"(?i)\b(?:refund|rfnd)$")


# a utility's service contract (SAP IS-U bills by contract: "Contract No. 8830624008"), written as a label in the text;
# a city's contracts share the word, so it counts only for a plain run of digits in a line or row that names a person
SERVICE_CONTRACT_LABELS = ("Contract", "Contract No", "Contract Number", "Contract Nbr", "Contract #", "Contrato",
                           "No. de contrato", "Número de contrato", "Numero de contrato")
_SERVICE_CONTRACT = re.compile(r"(?i)\bcontra(?:ct|to)\b")
_CONTRACT_NUMBER = re.compile(r"\d{8,12}")
# the words of a city's own contract: its approval, its vendor, the firm's form ("with Garcia Engineering, Inc."), its
# project and staff contact
_CITY_CONTRACT_WORDS = re.compile(r"(?i)\b(?:approv\w*|award\w*|agreements?|amendments?|vendors?|contractors?|bid|"
                                  r"rfp|rfq|council|board|purchase|inc|llc|corp|corporation|company|services|"
                                  r"engineering|construction|consultants?|project|contact|staff|department|division)\b")


def city_contract(candidate: Candidate) -> bool:
    """A number under a contract label that is not a customer's service contract: one with letters or dashes
    ("ILA-2026-07", "2024-118"), in a line or table row that speaks of a city's contract ("Council approved Contract
    No. 4500012345 with Garcia Engineering"), or that names no person."""
    label = candidate.label_in_text
    if not label or not _SERVICE_CONTRACT.search(label) or _names_customers_account(label):
        return False  # "Contract Account": SAP's customer account, whatever its form
    if not _CONTRACT_NUMBER.fullmatch(candidate.value):
        return True
    texts = _line_or_row(candidate)
    return any(_CITY_CONTRACT_WORDS.search(text) for text in texts) or all(map(names_no_person, texts))


def _line_or_row(candidate: Candidate) -> list[str]:
    """The texts of the number's table row with their column names ("Vendor", "Contact"), or its line."""
    record = candidate.facts.record_of(candidate.segment) if candidate.facts else None
    return [f"{f.label or ''}: {f.text}" for f in record.fields] if record else [line_of(candidate.text, candidate.start)]


# a key a minifier or a terse developer wrote for a field (``{n:'Ruiz, Ana', a:'700...', s:'...'}``): one or two
# characters, which name nothing ("id" names the record's own key)
_MINIFIED_KEY = re.compile(r"(?!id$)[A-Za-z_$][\w$]?", re.IGNORECASE)


def _minified_customer_field(candidate: Candidate) -> bool:
    """Whether a bare run of digits in a script stands under a minified key (``a:'700123456789'``) of a record whose
    other fields hold a person's name and a street address (``{n:'Ruiz, Ana', a:..., s:'812 E Holt Ave'}``): the
    number a customer's record keeps beside their name and home is their account, though no key says so; a record
    of ids and counts beside no person and home stays code's."""
    segment, facts = candidate.segment, candidate.facts
    if not (segment.label and _MINIFIED_KEY.fullmatch(segment.label) and facts) or \
            candidate.value != segment.text.strip():
        return False
    record = facts.record_of(segment)
    others = [f.text.strip() for f in record.fields if f is not segment] if record else []
    return any(names_in(text, anchored=True) == [(0, len(text))] for text in others) and any(
        opens_an_address(text) and ADDRESS_RE.match(text) for text in others)


# a bill's or a collection's word in a file's name ("Ruiz_700123456789_final-notice.pdf", "8001234567-shutoff.pdf")
_BILLING_FILE_WORD = re.compile(r"(?i)(?<![^\W\d_])(?:bill(?:ing)?|notice|statement|acct|account|disconnect(?:ion)?|"
                                r"shut-?off|past-due|delinquen(?:t|cy)|collections?|arrears|refund)(?![^\W\d_])")


def _file_named_for_account(candidate: Candidate) -> bool:
    """Whether a bare run of SCE's digits in a link's path stands in a file's name beside a person's name or a bill's
    word (``/notices/Ruiz_700123456789_final-notice.pdf``, read as "Ruiz 700123456789 final-notice.pdf"): staff
    name a customer's notice after the account; a CMS's numeric ids sit beside no one's name and no bill."""
    segment = candidate.segment
    if segment.hidden != "link target" or candidate.shape not in SCE_FORMS:
        return False
    text = segment.text
    start = text.rfind(" / ", 0, candidate.start)
    start = 0 if start < 0 else start + 3
    end = text.find(" / ", candidate.end)
    name = text[start:len(text) if end < 0 else end]
    return bool(_BILLING_FILE_WORD.search(name) or any(not named_officially(name, a, b)
                                                        for a, b in names_in(name, anchored=True)))


def _households_service(candidate: Candidate) -> bool:
    """Whether a value under a column named for a utility service (``_SERVICE_COLUMN``) is the household's account
    with it: a code of six digits or more alone in its cell (its own label before it maybe: "Refuse 6555165"),
    no figure, in a row whose person's column names a private person (a referral list's "Household | Address |
    Water | Trash | Energy (BCP)"); a facility's or a firm's row, or a usage figure, is none."""
    if _FIGURE.fullmatch(candidate.value) or len(candidate.digits) < 6:
        return False
    record = candidate.facts.record_of(candidate.segment)
    return bool(record) and any(f.label and _PERSON_COLUMN.search(f.label) and not _COUNT_COLUMN.search(f.label)
                                and person_name(f.text, strict=False) and names_in(f.text, anchored=True)
                                and not is_place(f.text) for f in record.fields if f is not candidate.segment)


def _customer_short_account(candidate: Candidate) -> bool:
    """A five-digit value labelled as an account outright ("Utility Acct 80601", an "A/C No." column) beside a person:
    a name or a customer's word ("the customer", "her") near it in its paragraph, or a name column in its row; not
    on a budget's page."""
    label = candidate.label
    if not label or not _ACCOUNT_OUTRIGHT.search(label) or (
            candidate.facts and candidate.segment.location.page in candidate.facts.budget_pages):
        return False  # a budget's "Acct No. 61520" of its customer service division
    if candidate.label_in_text:
        text, at = candidate.text, candidate.start
        # a record's lines given one a segment each: "Name" / "Street" / "A/C No. 80601"
        for line in candidate.facts.lines_above(candidate.segment, _LINES_ABOVE) if candidate.facts else ():
            text, at = f"{line.text}\n{text}", at + len(line.text) + 1
        paragraph = text.rfind("\n\n", 0, at)
        start = max(paragraph + 2 if paragraph >= 0 else 0, at - _PERSON_REACH)
        end = text.find("\n\n", at)
        end = min(end if end >= 0 else len(text), at + len(candidate.value) + _PERSON_REACH)
        return bool(person_word(text, start, end) or names_in(text, start, end, anchored=True))
    record = candidate.facts.record_of(candidate.segment) if candidate.facts else None
    return bool(record) and _FIVE_DIGITS_CELL.fullmatch(candidate.segment.text) is not None and any(
        f.label and _CUSTOMER_COLUMN.search(f.label) and names_in(f.text, anchored=True)
        for f in record.fields if f is not candidate.segment)


def _customers_bank_field(candidate: Candidate) -> bool:
    """Whether the value fills a form's field for a customer's bank account (``_BANK_ACCOUNT_FIELD``): a field of its
    line or of the lines of its block above names the customer ("CUSTOMER NAME: Ana Ruiz", "Account Holder:"), none
    the City as the holder. A PDF box form read with each caption before its value ("CHECKING ACCT #: 6433...") is
    then what the same form in Word is, a bank account under its caption in a customer's record; a bank's or a
    trust's account named in prose ("deposited to the bank account 0031-88211") stays another kind of account."""
    text, start = candidate.text, candidate.start
    if not _BANK_ACCOUNT_FIELD.search(text, text.rfind("\n", 0, start) + 1, start):
        return False
    above = candidate.facts.lines_above(candidate.segment, FORM_BLOCK) if candidate.facts else ()
    lines = [line_of(text, start), *(line.text for line in above)]
    return any(_CUSTOMER_FIELD.search(line) for line in lines) and not any(CITY_HOLDS.search(line) for line in lines)


def _customers_bank_caption(candidate: Candidate) -> str | None:
    """The caption over a box of a form that asks for the customer's bank account (``_BANK_ACCOUNT_CAPTION``, a row of
    captions over a row of boxes: "Routing / ABA No. (9 digits) | Bank Account No." over "121357108 | 77883645"), where
    a field of the form's lines above names the customer and none the City as the holder (see
    ``_customers_bank_field``): an automatic payment's authorization gives the customer's own account."""
    caption = candidate.header_above
    if not caption or not _BANK_ACCOUNT_CAPTION.fullmatch(caption) or candidate.facts is None:
        return None
    lines = [line.text for line in candidate.facts.lines_above(candidate.segment, FORM_BLOCK)]
    if any(_CUSTOMER_FIELD.search(line) for line in lines) and not any(CITY_HOLDS.search(line) for line in lines):
        return caption.strip()
    return None


def _beside_bank_routing(candidate: Candidate) -> bool:
    """Whether a bank's routing number or code is named near the value, in its line or its paragraph's line before."""
    text, value_start, value_end = with_line_above(candidate, _BANK_REACH)
    start = max(text.rfind("\n", 0, value_start) + 1, value_start - _BANK_REACH)
    end = text.find("\n", value_end)
    end = min(end if end >= 0 else len(text), value_end + _BANK_REACH // 2)
    return BANK_ROUTING.search(text, start, end) is not None or _routing_line_beside(candidate)


def _routing_line_beside(candidate: Candidate) -> bool:
    """Whether the line right above or below the value's, on its page, gives a bank's routing number under its label
    (a remittance page's "Account number: ..." over "ABA routing: 122000247", each a paragraph of its own), in a block
    whose lines above name no customer (a customer's autopay form's "Customer Name:" over its routing and bank
    account fields keeps the account the customer's)."""
    facts = candidate.facts
    i = facts.positions.get(id(candidate.segment)) if facts else None
    if i is None:
        return False
    page = candidate.segment.location.page
    segments = facts.document.segments
    beside = [segments[j] for j in range(max(0, i - FORM_BLOCK), min(len(segments), i + 2))
              if segments[j].location.page == page]
    return any(ROUTING_NUMBER.search(s.text) for s in segments[max(0, i - 1):i + 2] if s.location.page == page) and \
        not any(_CUSTOMER_FIELD.search(s.text) for s in beside)


_ID_PARAGRAPH_LINES = 3  # lines of a PDF's or a text's paragraph above an id's line that may name whose it is


def _told_of_a_person(segment: Segment, facts: DocumentFacts | None, start: int) -> bool:
    """Whether the line of an id at ``start`` speaks of a person, or a line of its paragraph above it does: a PDF
    wraps a staff report's paragraph ("... Ms. Losa Fifita, who receives electric service at" / "... contacted the
    Utility Billing" / "counter to dispute a bill of $502.99. The billing history for RCP ID RCP-34960841 shows")."""
    if not names_no_person(line_of(segment.text, start)):
        return True
    return bool(facts) and any(not names_no_person(above.text) for above in facts.lines_above(segment,
                                                                                                _ID_PARAGRAPH_LINES))


# a utility's or a program's accounts by its initials ("RCP acct # RC835387821", "SCE account"), as
# ``_UTILITY_ACCOUNT`` reads them
_ACRONYM_ACCOUNT = re.compile(r"(?<![A-Za-z0-9&])(?!(?:GL|PO|CIP|RFP|RFQ|APN|AIN|DR|FY|ID|IT|HR)\s)"
                              r"(?P<prefix>[A-Z]{2,6})\s+(?i:accounts?|accts?)\.?(?![A-Za-z0-9])")
# the same initials' id ("RCP ID R-966-68525"), whatever letters the number has
_ACRONYM_ID = re.compile(r"(?<![A-Za-z0-9&])(?P<prefix>[A-Z]{2,6})[ \t]+(?:ID|Id)[ \t]*[:#]?[ \t]*"
                         r"(?P<value>" + LABEL_AFTER_FORM.pattern + ")" + RIGHT)


def _account_acronyms(document: Document) -> frozenset[str]:
    """The initials the document calls a utility's or a program's accounts by ("RCP acct #", "SCE account"): an id
    under the same initials elsewhere in it ("RCP ID R-966-68525") is that utility's customer id, an account."""
    return frozenset(m["prefix"] for segment in document.segments if "cc" in segment.text or "CC" in segment.text
                     for m in _ACRONYM_ACCOUNT.finditer(segment.text))


def _named_own_id(segment: Segment, facts: DocumentFacts | None, start: int, end: int, prefix: str) -> bool:
    """Whether an id of these letters is a customer's: right after a label giving them ("VVCP id is", "VVCP #:"), or
    the organisation's name they are the initials of ("Desert Community Energy ID"), in a line that speaks of a person
    ("Her VVCP id is ..."), or alone in a field so named ("VVCP ID", "new_vvcp_id") of a
    row that names a customer, an address or usage, or in the cell after one calling it the customer's under those
    letters (a label | value sheet's "AVD cust" | "AVD-568978"). The same look is an asset's or a station's id in a line or a
    listing of no one ("GIS ID GIS-4819305")."""
    before = text_before(segment.text, start, WIDTH)
    label = _OWN_ID_LABEL.search(before)
    if label and label["prefix"].upper() == prefix:
        return _told_of_a_person(segment, facts, start)
    spelt = _SPELT_OWN_ID_LABEL.search(before)
    if spelt and "".join(word[0] for word in spelt["name"].split() if word not in ("of", "the")) == prefix:
        return _told_of_a_person(segment, facts, start)
    if label:
        return False
    if segment.text[:start].strip() or segment.text[end:].strip():
        return False
    record = facts.record_of(segment) if facts else None
    if record and _labelled_in_the_cell_before(record, segment, prefix):
        return True
    if not (segment.label and names_own_id(segment.label, prefix)):
        return False
    return bool(record) and any(f.label and _CUSTOMER_COLUMN.search(f.label) and not _COUNT_COLUMN.search(f.label)
                                for f in record.fields if f is not segment)


# a sheet's cell that labels the value in the next cell as the organisation's customer number: its letters, then a
# word naming the customer or the account ("AVD cust" | "AVD-568978", "VVCP acct no." | "VVCP-4491648")
_OWN_CUSTOMER_LABEL = re.compile(r"(?P<prefix>[A-Z]{2,6})[ \t_-]*(?i:cust(?:omer)?|acct|account)\.?"
                                 r"(?:[ \t]*(?i:id|no|nbr|number|#))?\.?[ \t:#]*")


def _labelled_in_the_cell_before(record, segment: Segment, prefix: str) -> bool:
    """Whether the cell before ``segment`` in its row labels it as the organisation's customer number, its letters the
    id's (``_OWN_CUSTOMER_LABEL``): a sheet written as label | value rows, whose first row a reader takes for a
    header; the label says whose number it is, as a column named so does."""
    fields = record.fields
    at = next((k for k, f in enumerate(fields) if f is segment), 0)
    label = _OWN_CUSTOMER_LABEL.fullmatch(fields[at - 1].text.strip()) if at else None
    return bool(label) and label["prefix"] == prefix


_BARE_LABELS = frozenset({"account", "acct", "accounts", "accts", "cuenta", "meter", "mtr", "medidor", "premise",
                          "premises", "prem"})


# an account written in groups of digits, and the groups that open the next line when a line break cut it ("PCE
# account 7002 4471" / "9920. I just want ..."): as long as its last group, no year, no count or amount after them
_YEAR_START = re.compile(r"(?:19|20)\d\d$")
# (and a gas account's single check digit after them, the sentence ending or going on: "1676 945" / "925 2. The ...")
_GROUPS_OPENING = re.compile(r"[ \t]*(?P<groups>\d{2,6}(?: \d{2,6})*)(?P<check> \d(?=[.,;)]|[ \t]+[a-z]|[ \t]*$))?"
                             r"(?!\d|[.,]\d)" + _NOT_A_COUNT)


def _go_on_below(finding: Finding, below: Segment | None) -> None:
    """Take into ``finding`` the rest of its grouped account that opens the next line: its check digits ("72 044
    9204" / "4 4 and nobody ...", ``_CHECK_DIGITS_AFTER_BREAK``) or groups as long as its last
    (``_GROUPS_OPENING``). Not in a table's cells, whose next line is another field."""
    if below is None or below.label:
        return
    check = _CHECK_DIGITS_AFTER_BREAK.match(below.text)
    if check:
        finding.continued, finding.continued_end = below, check.end()
        finding.normalized = digits_of(finding.value) + digits_of(check.group())
        return
    opening = _GROUPS_OPENING.match(below.text)
    if not opening:
        return
    last = len(finding.value.rsplit(" ", 1)[-1])
    groups = opening.group("groups").split()
    digits = f"{finding.normalized}{''.join(groups)}{digits_of(opening.group('check') or '')}"
    if all(len(g) == last and not _YEAR_START.match(g) for g in groups) and len(digits) <= 16:
        finding.continued, finding.continued_end, finding.normalized = below, opening.end(), digits


# a table cell that holds only the end of the number in the cell before it: a billing system's suffix or check
# digits set in a column of their own ("W-628244 | -66", "PCE-0301 | -560117")
_SUFFIX_CELL = re.compile(r"\s*[-\u2010-\u2013./]\d{1,8}\s*")
# the header of such a column, or none: a column of signed figures ("Adjustment", "Balance") holds amounts
_SUFFIX_COLUMN = re.compile(r"(?i)\s*(?:sfx|suffix|suf|ext|chk|check(?:\s+digits?)?|cd|ck|seq|sub)\.?\s*")
_CODE_CELL = re.compile(r"\s*(?:[A-Z]{1,4}[-\u2010-\u2013/]?)?\d[\d-]*\d\s*")
# a customer-location account split as its billing system stores it, the customer's number in one column and the
# location's two digits in the next ("Acct | Loc" over "0470710 | 14"): no dash in the tail, so only under a location's
# or a suffix's header, after a number that is an account's alone
_LOCATION_SUFFIX_CELL = re.compile(r"\s*\d{1,3}\s*")
_LOCATION_SUFFIX_COLUMN = re.compile(r"(?i)\s*(?:loc|location|sfx|suffix|chk|check(?:\s+digits?)?|cd)\.?\s*")
_WHOLE_CODE_CELL = re.compile(r"\s*(?:[A-Z]{1,4}[-\u2010-\u2013/]?)?\d{6,12}\s*")
# a billing system's customer-location key in two columns, each a number of its own ("CUST-NO | LOC-NO" over "936383 |
# 260600", "Customer No. | Location No."): the account is the pair, as "Cust/Loc" writes it in one column
_CUSTOMER_NUMBER_COLUMN = re.compile(r"(?i)\s*cust(?:omer)?\.?[\s_-]*(?:no|nbr|number|num|#)\.?\s*")
_LOCATION_NUMBER_COLUMN = re.compile(r"(?i)\s*loc(?:ation)?\.?[\s_-]*(?:no|nbr|number|num|#)\.?\s*")
_LOCATION_NUMBER_CELL = re.compile(r"\s*\d{3,10}\s*")


def suffix_cells(document: Document) -> dict[int, Segment]:
    """Each record's cell (by ``id``) whose number goes on in the next cell of its row (``_SUFFIX_CELL``), under a
    suffix's header, no header or its own; or whose account's location digits stand in the next cell under a
    location's header (``_LOCATION_SUFFIX_CELL``), or its location's number under a location number's header after a
    customer number's (``_LOCATION_NUMBER_COLUMN``): the number is the two cells' text read together."""
    cells: dict[int, Segment] = {}
    for record in document.records:
        for head, tail in zip(record.fields, record.fields[1:]):
            if (_SUFFIX_CELL.fullmatch(tail.text) and _CODE_CELL.fullmatch(head.text)
                    and (not tail.label or tail.label == head.label or _SUFFIX_COLUMN.fullmatch(tail.label))):
                cells[id(head)] = tail
            elif (tail.label and _LOCATION_SUFFIX_COLUMN.fullmatch(tail.label)
                  and _LOCATION_SUFFIX_CELL.fullmatch(tail.text) and _WHOLE_CODE_CELL.fullmatch(head.text)):
                cells[id(head)] = tail
            elif (head.label and tail.label and _CUSTOMER_NUMBER_COLUMN.fullmatch(head.label)
                  and _LOCATION_NUMBER_COLUMN.fullmatch(tail.label) and _LOCATION_NUMBER_CELL.fullmatch(tail.text)
                  and _WHOLE_CODE_CELL.fullmatch(head.text)):
                cells[id(head)] = tail
    return cells


# the first group of a grouped account alone at its line's end, a PDF's line break having put the rest on the next line
# ("... about the March bill for account 7102" / "4418 3307 at 12 Elm St."): too short alone to be read as a number
_LONE_GROUP_AT_END = re.compile(r"(?<![\w.,/-])(?:(?P<prefix>[A-Z]{2,4})[ \t])?(?P<group>\d{3,6})[ \t]*$")
# a community choice aggregator's account, its letters before two groups of four ("Acct BCP 2274" / "5538, Feb read"):
# eight digits make it whole, as they do unwrapped
_PREFIXED_DIGITS = 8


class _WrappedGroupsCandidate(Candidate):
    """The first group of an account at its line's end, read with the groups as long as it that open the next line
    (``_GROUPS_OPENING``): its digits are all the groups'."""

    def __init__(self, detector: LabelledNumberDetector, segment: Segment, facts: DocumentFacts | None, start: int,
                 end: int, rest: str):
        super().__init__(detector, segment, start, end, ANY_FORM[2], facts)
        self.rest = rest

    @cached_property
    def digits(self) -> str:
        return digits_of(self.value) + digits_of(self.rest)


# a piece of a value typed box by box on a form: letters maybe, then digits and dashes ("PC-98", "8-2753", "16-114-")
_BOX_PIECE = re.compile(r"[ ]*(?:[A-Z]{1,4}-?)?[\d-]*\d[\d-]*[ ]*")
# what two pieces make together: one account's form, seven to sixteen digits, no dash doubled or at an end
_JOINED_BOXES = re.compile(r"(?:[A-Z]{1,4}-?)?\d+(?:-\d+)*")
_BOX_DIGITS = range(7, 17)
_BOX_CAPTION = 60  # characters of a caption line over a form's boxes, at most


def _phone_label_beside(text: str, start: int) -> bool:
    """Whether a phone's label stands right before the value in its cell ("cb 9092284686"), or fills the cell before
    it in a row of tab-separated cells ("Mobile | 9092284686"). A provider's name in the cell before that ends with a
    phone's word ("Spectrum Mobile | 231907784415") labels no phone."""
    cell = text.rfind("\t", 0, start) + 1
    if PHONE_LABEL_BEFORE.search(text, max(cell, start - 16), start):
        return True
    if not cell:
        return False
    before = text[text.rfind("\t", 0, cell - 1) + 1:cell]
    label = PHONE_LABEL_BEFORE.search(before)
    return label is not None and not before[:label.start()].strip()


class _SplitBoxCandidate(Candidate):
    """A value a form split over two adjacent boxes of one field ("[PC-98] [8-2753]"), read across both, under the
    caption that labels the field."""

    def __init__(self, detector: LabelledNumberDetector, segment: Segment, facts: DocumentFacts | None, start: int,
                 end: int, caption: str):
        super().__init__(detector, segment, start, end, LETTERS_AMONG_DIGITS, facts)
        self.caption = caption

    @cached_property
    def label(self) -> str | None:
        return self.caption


class _SplitCellCandidate(Candidate):
    """A number a table split across two cells, read in the first: its digits are both cells'."""

    def __init__(self, detector: LabelledNumberDetector, segment: Segment, facts: DocumentFacts | None, tail: Segment):
        text = segment.text
        start = len(text) - len(text.lstrip())
        super().__init__(detector, segment, start, len(text.rstrip()), LETTERS_AMONG_DIGITS, facts)
        self.tail = tail

    @cached_property
    def digits(self) -> str:
        return digits_of(self.value) + digits_of(self.tail.text)


# a remittance stub's OCR scan line: one run of digits longer than any account, alone between blanks
_SCAN_LINE_DIGITS = 18
_SCAN_LINE = re.compile(rf"(?<![\w.,/-])\d{{{_SCAN_LINE_DIGITS},40}}(?![\w.,/-])")
_SCAN_LINE_ACCOUNT = 8  # digits of an account found on the page, at least, that a scan line is searched for
# a log's line that opens with a short label and a number, then a dash and whose it is before a colon ("SCE acct
# 2-09-000-6430 - Ana Ruiz: 12 installments ...", "Ref KT/55102/8 - Jo Lee: ..."): when most of a log's lines give a
# customer's account there, the number in the same place of its other lines is one too, whatever their label
_LOG_LINE = re.compile(r"[ \t]*(?P<label>[A-Za-z][A-Za-z.#]*(?:[ \t]+[A-Za-z.#]+){0,2})[ \t]*:?[ \t]+"
                       r"(?P<value>[A-Z\d]+(?:[-/. ][A-Z\d]+)*)[ \t]+[-\u2013\u2014][ \t]+"
                       r"(?P<name>[^\W\d_][^:;\n\d]{2,60}?)[ \t]*:")
# a log's line that closes on whose record it is and the record's number in brackets under a short label ("07/14:
# corrected est. read for Hao Liu (Ref. No. R-0986977)" among "... for Tam Pham (Mtr # 110629750)"): the same reading
_LOG_BRACKETED = re.compile(r"\((?P<label>[A-Za-z][A-Za-z.#/]*(?:[ \t]+[A-Za-z.#/]+){0,2})[ \t]*:?[ \t]*"
                            r"(?P<value>[A-Z\d]+(?:[-/.][A-Z\d]+)*)\)[ \t.;]*$")
_LOG_ACCOUNTS = 3  # a log's lines giving an account in that place, at least, and more than those that do not
_LOG_ACCOUNT_DIGITS = 6


# a reference the utility's billing keeps on the customer's account and looks the account up by: a deposit's or a
# refund's ("Deposit Ref", "Dep. Ref", "refund reference", a leak credit's "Adjustment reference"), the user id of the
# customer's login to the payment portal ("Payment portal ID", "the payment portal says my user ID ...",
# "Identificación del portal de pagos", "Mã số cổng thanh toán"), the number of a program's loan to the customer (an
# on-bill solar or efficiency loan's "Loan No.") or of their membership of a charging network ("EV network ID"). A
# one-off transaction's confirmation is none.
_RECORD_REFERENCE_LABEL = (r"(?:\b(?:deposit|dep|refund|adjustment)\.?[ \t]+ref(?:erence)?\b\.?"
                           r"|\bloan[ \t]*(?:no\b\.?|number\b|#|id\b)|\bnetwork[ \t]+id\b"
                           r"(?:[ \t]*(?:no\b\.?|number\b|#|id\b))?"
                           r"|\b(?:payment[ \t]+)?portal[ \t]+(?:user[ \t]*)?(?:id|login)\b"
                           r"|\bportal\b(?:[ \t]+[\w'\u2019]+){0,3}?[ \t]+user[ \t]*(?:id|name)\b"
                           r"|\b(?:identificaci[oó]n|usuario|id)[ \t]+del[ \t]+portal(?:[ \t]+de[ \t]+pagos?)?\b"
                           r"|\bm[aã][ \t]+(?:s[oố][ \t]+)?c[oổ]ng[ \t]+thanh[ \t]+to[aá]n\b)")
# what stands between such a label and its value: punctuation, or a few words and "was" / "is" ("The refund
# reference you gave me was DEP-...", "... applies": after the value)
_REFERENCE_GAP = r"(?:[ \t]*[:#][ \t]*|[ \t]+(?:(?:[a-z]+[ \t]+){0,3}?(?:was|is|es)[ \t]+)?)"
# the reference: capitals and digits in groups, at least six of them, a digit among them or three groups of four
# ("DEP-2024-0043817", "RFD24-118372", "PMT353702726", "A5V9-SZTQ-NEKW")
_RECORD_REFERENCE_VALUE = (r"(?=[-A-Z\d]*\d|[A-Z]{4}-[A-Z]{4}-)(?=(?:[-]?[A-Z\d]){6})"
                           r"[A-Z\d]{2,}(?:-[A-Z\d]{2,})*(?![\w-])")
_RECORD_REFERENCE = re.compile(rf"(?i:{_RECORD_REFERENCE_LABEL}){_REFERENCE_GAP}(?P<value>{_RECORD_REFERENCE_VALUE})")
# the column's label, a program's or a provider's words before it maybe ("EV network ID", "SunRun loan #")
_RECORD_REFERENCE_COLUMN = re.compile(rf"(?i)[ \t]*(?:[^\W\d_]+[ \t]+){{0,2}}?{_RECORD_REFERENCE_LABEL}[ \t.:#]*")
_RECORD_REFERENCE_CELL = re.compile(rf"[ \t]*(?P<value>{_RECORD_REFERENCE_VALUE})[ \t]*")
_RECORD_REFERENCE_HINT = re.compile(r"(?i)ref|portal|c[oổ]ng|loan|network")
_CUSTOMER_KINDS = ("name", "address")


class AccountNumberDetector(LabelledNumberDetector):
    category = "account_number"
    rule = "PCE-01 6.3"
    reads_records = True
    option_keys = ("labels", "replace_labels", "patterns", "unlabelled_patterns")
    labels = GENERIC_LABELS + CUSTOMER_LABELS
    # "(account 5501-23871)", "Premise 3055626914" in a sentence or a cell; a bare "Account" or "Premise" column is a
    # customer's only in a row that names one; a service contract's number only in a customer's line or row; a bare
    # "Svc Loc" before the number ("Svc Loc 571742-269"), not as a column: it may head the service address
    text_labels = ("Account", "Cuenta", "Meter", "Mtr", "Medidor", "Premise", "Premises", "Prem", "Svc Loc", "Service Loc",
                   *SERVICE_CONTRACT_LABELS, *REFUND_LABELS)
    shapes = SCE_FORMS + (CUED_CUSTOMER_FORM,) + ANY_FORM
    fewest_digits = 6
    # a number read out after an account's label ("my account number is seven zero zero, eight one four, ..."), as a
    # verbatim transcript writes it: as many digits as an account's written form
    read_out_digits = (8, 16)
    filters = (example, sample_bill, test_fixture_record, not_an_account, city_facility, called_number,
               mailing_block_phone, toll_free_line, phone_column_of_records, city_contract, equipment_meter,
               statute_citation, firm_or_asset_number, permit_billing_row, refund_to_firm, ledger_column,
               label_from_row_above)

    def __init__(self, options=None, public=None):
        super().__init__(options, public)
        self.contacts = PublicContacts.from_config(self.public)
        self.configured = [(Shape("configured account form", p, anywhere=anywhere), re.compile(LEFT + f"(?:{p})" + RIGHT))
                           for anywhere, key in ((True, "unlabelled_patterns"), (False, "patterns"))
                           for p in as_list(self.options.get(key, []))]

    def compiled_labels(self) -> re.Pattern:
        """The labels' pattern with an account's labelled phrases besides (unless the option replaces the labels),
        compiled once as a whole: the labels' own part alone is half of it, and a tenth of a second's compiling."""
        if self.options.get("replace_labels"):
            return super().compiled_labels()
        source = self.pattern_source(self.options)
        return _DEFAULT_LABELS if source == _DEFAULT_LABELS.pattern else re.compile(source, re.IGNORECASE)

    @classmethod
    def pattern_source(cls, options: Mapping) -> str:
        """The source of :meth:`compiled_labels`' pattern for the detector's ``options``."""
        labels = label_source(list(cls.labels), options, in_camel_case=cls.labels_in_camel_case)
        return (f"{labels}|{_UTILITY_ACCOUNT}|{_ACCOUNT_PATH}|{_NAMED_MEMBER}|{_ACCOUNT_TO_CHANGE}"
                f"|{_BILL_ACCOUNT}|{_ASKED_ACCOUNT}")

    def scan(self, document: Document, facts: DocumentFacts | None = None) -> Iterator[Finding]:
        facts = facts or DocumentFacts(document)
        following = None
        split = suffix_cells(document)
        found: list[Finding] = []
        for finding in super().scan(document, facts):
            segment = finding.segment
            if _SPACED_GROUPS.fullmatch(finding.value) and not segment.label and not segment.text[finding.end:].strip():
                following = following if following is not None else document.next_lines()
                _go_on_below(finding, following.get(id(segment)))
            tail = split.get(id(segment))
            if tail is not None:
                del split[id(segment)]
                if not segment.text[finding.end:].strip():
                    finding.continued, finding.continued_end = tail, len(tail.text.rstrip())
                    finding.normalized = digits_of(finding.value)
            found.append(finding)
            yield finding
        yield from self._split_cells(document, split, facts)
        yield from self._wrapped(document, facts)  # by this detector's hooks, after the split cells (``reads_wrapped``
        # would read them in the base's pass, whose findings the loop above carries on to the next line)
        yield from self._labelled_below(document, facts)
        yield from self._split_boxes(document, facts)
        yield from self._scan_lines(document, found)
        yield from self._log_lines_alike(document, found)

    def _log_lines_alike(self, document: Document, found: list[Finding]) -> Iterator[Finding]:
        """The number in a log's line laid out as the log's lines whose account was found ("Ref KT/55102/8 - Jo Lee:
        6 installments agreed" among "SCE acct ... - Ana Ruiz: 12 installments ..."): a payment-arrangement or a
        collections log gives each customer's account in the same place, under whatever label the clerk typed. It
        takes most of the log's lines, three at least, giving a found account there; the number needs six digits,
        no date's shape, and whose it is must read as a person's name."""
        accounts = {id(f.segment): (f.start, f.end) for f in found if not f.segment.label}
        for layout in (_LOG_LINE, _LOG_BRACKETED):
            lines = [(segment, match) for segment in document.segments if not segment.label
                     for match in [layout.match(segment.text) if layout is _LOG_LINE
                                   else ")" in segment.text and layout.search(segment.text)] if match]
            given = [(segment, match) for segment, match in lines if id(segment) in accounts
                     and accounts[id(segment)][0] >= match.start("value")
                     and accounts[id(segment)][1] <= match.end("value")]
            if len(given) < _LOG_ACCOUNTS or 2 * len(given) <= len(lines):
                continue
            for segment, match in lines:
                value = match.group("value")
                if (id(segment) in accounts or len(digits_of(value)) < _LOG_ACCOUNT_DIGITS or is_date(value)
                        or not self._logs_customer(segment, match, layout)):
                    continue
                yield self.finding(segment, match.start("value"), match.end("value"), normalized=digits_of(value),
                                   why=f"number in the place of a log's lines giving {len(given)} customers' accounts")

    @staticmethod
    def _logs_customer(segment: Segment, match: re.Match, layout: re.Pattern) -> bool:
        """Whether a log's line names a person as whose its number is: the name before the colon, or a private
        person's name right before the brackets, whose number is an account's form under no other kind of number's
        label ("(Reso. No. 2024-113)", "(PO# 4410223)")."""
        if layout is _LOG_LINE:
            return person_name(match.group("name").strip()) is not None
        return (_named_form(match.group("value")) and not other_label_beside(segment, match.start("value"), vague=False)
                and _after_a_private_name(segment.text, match.start()))

    def wrapped_tail(self, segment: Segment) -> re.Match | None:
        """A grouped account's first group alone at its line's end, right after an account's label ("for account
        7102" / "4418 3307 at ..."), no year: read with the groups opening the next line (``wrapped_readings``)."""
        lone = _LONE_GROUP_AT_END.search(segment.text)
        return None if lone is None or _YEAR_START.match(lone.group("group")) else lone

    def wrapped_readings(self, segment: Segment, lone: re.Match, below: Segment,
                         facts: DocumentFacts) -> Iterator[WrappedReading]:
        """The account the groups opening the next line make with ``lone`` (``wrapped_tail``): as long as the first,
        no year among them, ten to sixteen digits in all (eight after a letter prefix), a valid value."""
        opening = _GROUPS_OPENING.match(below.text)
        if not opening:
            return
        groups = opening.group("groups").split()
        width = len(lone.group("group"))
        if any(len(g) != width or _YEAR_START.match(g) for g in groups):
            return
        candidate = _WrappedGroupsCandidate(self, segment, facts, lone.start(), lone.end("group"),
                                            opening.group("groups"))
        if (_PREFIXED_DIGITS if lone.group("prefix") else 10) <= len(candidate.digits) <= 16 and self.valid(candidate):
            yield WrappedReading(candidate, candidate.end, opening.end())

    def _labelled_below(self, document: Document, facts: DocumentFacts) -> Iterator[Finding]:
        """An account's form that ends its line, its label in brackets opening the next one: a PDF's line break
        between the two ("Ana Ruiz, 12 Elm St, 3-117-884-2219" / "(SCE acct) - refund returned"), read as the one
        line it was (``_labelled_after``), where the two lines name a private person. Not in a table's cells, whose
        next line is another field."""
        following = None
        for segment in document.segments:
            text = segment.text.rstrip()
            if segment.label:
                continue
            # or the label's words cut by the break, its bracket opened on the number's line ("... reviewed
            # CU-4515071 (Cust." / "ID) and found ...")
            cut = not text[-1:].isdigit()
            if cut and not (any(bracket in text[-_CUT_LABEL:] for bracket in _OPENING_BRACKETS)
                            and _LABEL_OPEN_AT_END.search(text, max(0, len(text) - _LABEL_BELOW_REACH))):
                continue
            following = following if following is not None else document.next_lines()
            below = following.get(id(segment))
            if below is None or below.label or not (
                    _LABEL_CLOSED_AT_START.match(below.text) if cut else below.text.lstrip()[:1] in _OPENING_BRACKETS):
                continue
            joined = f"{text} {below.text.lstrip()}"
            # the person the two lines name, or the lines of its paragraph above ("Jian Ibarguen of 6344 S Tamarack
            # Street disputed" / "two estimated bills. Staff reviewed CU-2596291" / "(No. de cliente) and found ...")
            if not any(_names_a_private_person(lines) for lines in (joined, self._paragraph_above(segment, facts))):
                continue  # the account of nobody the lines name: a budget's transfer, a facility's meter
            for match in _LABEL_AFTER.finditer(joined, max(0, len(text) - _LABEL_BELOW_REACH)):
                if (not match.end("value") < len(text) <= match.end() if cut else match.end("value") != len(text)) \
                        or match.group("label") is None or not self._labelled_after(match):
                    continue
                candidate = Candidate(self, segment, match.start("value"), match.end("value"), LABEL_AFTER_FORM, facts)
                if not self.valid(candidate) or any(is_false_positive(candidate) for is_false_positive in self.filters):
                    continue
                verdict = self.verdict(candidate)
                if verdict:
                    yield self.finding(segment, candidate.start, candidate.end, why=verdict.why,
                                       severity=verdict.severity)

    @staticmethod
    def _paragraph_above(segment: Segment, facts: DocumentFacts) -> str:
        """The lines of ``segment``'s block of text above it, up to _PARAGRAPH_LINES, that its sentence may run on
        from: none once a line above ends a sentence and the one below it opens a new one."""
        lines, line = [], segment
        for _ in range(_PARAGRAPH_LINES - 1):
            above = facts.line_before(line)
            if above is None or not above.text.strip():
                break
            lines.insert(0, above.text.strip())
            line = above
        return " ".join(lines)

    def _split_boxes(self, document: Document, facts: DocumentFacts) -> Iterator[Finding]:
        """A value a form split over two adjacent boxes ("[2958] [58237]", "[16-114-] [3834-00]"), a line of cells
        under the field's caption: the line above is the caption alone, over the two boxes alone, or the row of
        captions has one cell fewer than the row of boxes and the pair stands under its caption. The two pieces make
        one account's form of seven to sixteen digits, and the caption names a customer's account, or the customer's
        bank account on a customer's form (``_customers_bank_caption``); a date's or a phone's boxes have no such
        caption."""
        for segment in document.segments:
            text = segment.text
            if segment.label or "\t" not in text:
                continue
            cells = text.split("\t")
            starts = list(accumulate((len(cell) + 1 for cell in cells[:-1]), initial=0))
            for i in range(len(cells) - 1):
                first, second = cells[i], cells[i + 1]
                if not (_BOX_PIECE.fullmatch(first) and _BOX_PIECE.fullmatch(second)):
                    continue
                value = first.strip() + second.strip()
                if not _JOINED_BOXES.fullmatch(value) or len(digits_of(value)) not in _BOX_DIGITS:
                    continue
                caption = self._box_caption(segment, facts, len(cells), i)
                if caption is None:
                    continue
                start = starts[i] + len(first) - len(first.lstrip())
                end = starts[i + 1] + len(second.rstrip())
                candidate = _SplitBoxCandidate(self, segment, facts, start, end, caption)
                if any(is_false_positive(candidate) for is_false_positive in self.filters):
                    continue
                verdict = self.verdict(candidate)
                if verdict:
                    yield self.finding(segment, start, end, why=verdict.why, severity=verdict.severity,
                                       normalized=digits_of(value))

    def _box_caption(self, segment: Segment, facts: DocumentFacts, cells: int, at: int) -> str | None:
        """The caption over the boxes ``at`` and ``at + 1`` of a line of ``cells`` boxes, when it names a customer's
        account or bank account (see ``_split_boxes``)."""
        above = facts.line_before(segment)
        if above is None or len(above.text) > _BOX_CAPTION * 3 or any(ch.isdigit() for ch in without_caption_notes(above.text)):
            return None
        captions = above.text.split("\t")
        if len(captions) == 1 and cells == 2:
            caption = captions[0]
        elif len(captions) == cells - 1:
            caption = captions[at]
        else:
            return None
        if len(caption) > _BOX_CAPTION:
            return None
        found = self.label_re.search(caption)
        if found and _names_customers_account(found.group()):
            return found.group()
        if _BANK_ACCOUNT_CAPTION.fullmatch(caption):
            lines = [line.text for line in facts.lines_above(above, FORM_BLOCK)]
            if any(_CUSTOMER_FIELD.search(line) for line in lines) and not any(CITY_HOLDS.search(l) for l in lines):
                return caption.strip()
        return None

    def _scan_lines(self, document: Document, found: list[Finding]) -> Iterator[Finding]:
        """A remittance stub's scan line ("0096812660300000884880": the account, then the amount due and a check
        digit) on a page where the account it holds was found: the run gives the customer's account as the line
        above it does. Only accounts of ``_SCAN_LINE_ACCOUNT`` digits and more are looked for in it."""
        accounts: dict[object, set[str]] = {}
        for finding in found:
            digits = digits_of(finding.value)
            if len(digits) >= _SCAN_LINE_ACCOUNT:
                accounts.setdefault(page_of(finding.segment), set()).add(digits)
        if not accounts:
            return
        for segment in document.segments:
            held = accounts.get(page_of(segment))
            if not held or len(segment.text) < _SCAN_LINE_DIGITS:
                continue
            for match in _SCAN_LINE.finditer(segment.text):
                account = next((digits for digits in held if digits in match.group()), None)
                if account and match.group() not in held:
                    yield self.finding(segment, match.start(), match.end(), normalized=match.group(),
                                       why=f"scan line holding the account {account[:2]}... found on its page")

    def _split_cells(self, document: Document, split: dict[int, Segment], facts: DocumentFacts) -> Iterator[Finding]:
        """The numbers split across two cells whose first part alone was too short to be one ("PCE-0301 |
        -560117" under "Account | Sfx"): judged as one number, read in the first cell."""
        if not split:
            return
        for segment in document.segments:
            tail = split.get(id(segment))
            if tail is None:
                continue
            candidate = _SplitCellCandidate(self, segment, facts, tail)
            if not self.valid(candidate) or any(is_false_positive(candidate) for is_false_positive in self.filters):
                continue
            verdict = self.verdict(candidate)
            if verdict:
                yield self.finding(segment, candidate.start, candidate.end, why=verdict.why, severity=verdict.severity,
                                   normalized=candidate.digits, continued=tail,
                                   continued_end=len(tail.text.rstrip()))

    def scan_records(self, document: Document, context: CustomerContext) -> Iterator[Finding]:
        """Numbers with no label that stand as a field of a customer's record ("copied from CIS: Name /
        8047 4919 4579 1 / 626.391.2619"): the record makes them its account."""
        split = None
        for f in context.of_kind("number"):
            if _phone_label_beside(f.segment.text, f.start):
                continue  # "... / cb 9092284686": the phone detector's
            if _life_span(f.text):
                continue  # a plaque's or an obituary's "1888 - 1931" beside a record: years, no account
            split = split if split is not None else suffix_cells(document)
            tail = split.get(id(f.segment)) if not f.segment.text[f.end:].strip() else None
            if tail is not None:  # "936383 | 260600" under "CUST-NO | LOC-NO": one account, the two cells' digits
                yield self.finding(f.segment, f.start, f.end, why=f.why, continued=tail,
                                   continued_end=len(tail.text.rstrip()), normalized=digits_of(f.text + tail.text))
                continue
            yield self.finding(f.segment, f.start, f.end, why=f.why, normalized=re.sub(r"\D", "", f.text))
        yield from self._record_references(document, context)
        for f in context.of_kind("account"):  # a small utility's short account in a customer's labelled record
            digits = re.sub(r"\D", "", f.text)  # ("Customer: Ramon Escobar / Account Number: 8835 / Service ..."),
            if (_SHORT_ACCOUNT.fullmatch(f.text) and len(digits) < self.fewest_digits  # fewer than the pass reads
                    and not _KEY_COLUMN.search(f.segment.label or "")):
                yield self.finding(f.segment, f.start, f.end, why=f.why, normalized=digits)

    def _record_references(self, document: Document, context: CustomerContext) -> Iterator[Finding]:
        """A deposit's or a refund's reference or a payment portal's user id under its label
        (``_RECORD_REFERENCE_LABEL``), in a customer's record: a row that names the customer or gives their address,
        a letter or a message whose page does. Utility Billing looks the customer's account up by it (medium). The
        same reference in a table of no customer (a check register, an aggregate) or on a page naming none (a
        vendor's invoice) is a transaction's."""
        customers = context.of_kind(*_CUSTOMER_KINDS)
        if not customers:
            return
        pages = {page_of(f.segment) for f in customers}
        named = {id(f.segment) for f in customers}
        rows = {id(field): record for record in document.records for field in record.fields} if any(
            segment.label for segment in document.segments) else {}
        for segment in document.segments:
            text = segment.text
            if segment.label and _RECORD_REFERENCE_COLUMN.fullmatch(segment.label):
                record = rows.get(id(segment))
                cell = _RECORD_REFERENCE_CELL.fullmatch(text)
                if cell and record and any(id(other) in named for other in record.fields):
                    yield self.finding(segment, cell.start("value"), cell.end("value"), severity="medium",
                                       why=f"reference under '{segment.label.strip()}' in a customer's row")
                continue
            if page_of(segment) not in pages or not _RECORD_REFERENCE_HINT.search(text):
                continue
            for match in _RECORD_REFERENCE.finditer(text):
                yield self.finding(segment, match.start("value"), match.end("value"), severity="medium",
                                   why="reference the customer's account is looked up by, on a customer's page")

    def valid(self, candidate: Candidate) -> bool:
        digits = len(candidate.digits)
        return candidate.shape.anywhere or 6 <= digits <= 16 or (
            candidate.shape is LAST_DIGITS and digits >= 4) or candidate.shape is FIVE_DIGITS or (
            candidate.shape is PARTLY_MASKED and digits >= _PARTLY_MASKED_DIGITS) or (
            # "Refuse acct # RF79453A", or in a bare "Account" column of a customer's row
            (_short_coded_form(candidate) or candidate.shape is SPACED_CODE)
            and bool(candidate.label or self._bare_account_column(candidate))) or (
            # a longer number only beside an account's label ("ESI ID 10089018014126906", "Acct #: 00039714507367238030",
            # an "acct_no" column's): a utility may number its accounts with up to 22 digits; a plain "account" in a
            # sentence names a trust's or a fund's as often ("Account 10089018014126906 of the trust")
            16 < digits <= 22 and (bool(candidate.label) and candidate.label.lower() not in ("account", "cuenta")
                                   or bool(self._bare_account_column(candidate)))) or (
            # a billing system's code more letters than digits, beside such a label ("Service Account: PSP2-YXXY-64NH")
            candidate.shape is LETTERS_AMONG_DIGITS and digits >= 2 and bool(candidate.label)
            and _names_customers_account(candidate.label) and sum(c.isalnum() for c in candidate.value) >= 8)

    def verdict(self, candidate: Candidate) -> Verdict | None:
        label = candidate.label
        if label and _ACCOUNT_WORD.search(label) and _another_kind_of_account(candidate):
            return None
        if label and not _names_customers_account(label) and _beside_bank_routing(candidate) \
                and not _customers_bank_field(candidate):
            return None  # "ABA Routing No. 121143260, Account No. 00074491023356618": a bank's account
        if (label and (billed_to_agency(candidate) or held_by_agency(candidate))
                or citys_account_with_vendor(candidate)):
            return None  # "Bill to: City of Pomona ... Customer No. C6748-POM", "Customer Name: City of Pomona - Public
            # Works Yard", "City customer no. with vendor": the City's own account
        if candidate.segment.label and not candidate.label_in_text and _business_register_account(candidate):
            return None  # "Account No." of a licence list ("Account No. | DBA | Owner | Business Address | License
            # Type"): the licence office's account of a business, published with its licence
        if candidate.segment.label and not candidate.label_in_text and _employees_badge(candidate):
            return None  # "Last | First | Badge # | Position": a staff roster's badge, an employee's number
        if label and _MEMBER_LABEL.search(label) and _ANOTHER_MEMBERSHIP.search(
                text_before(candidate.text, candidate.start, WIDTH + len(label))):
            return None  # "Chamber member no. 104422": a member of another body than a co-op
        if label and label.lower() in ("meter", "mtr") and (
                _PARKING.search(text_before(candidate.text, candidate.start, WIDTH))
                or _CASE_FORM.fullmatch(candidate.value) or _PUBLIC_OWNER_AFTER.match(candidate.text, candidate.end)):
            # "Parking meter 10045123", "meter 2024-0012 inspection", "Meter 41467727 (City-owned, Substation 4 yard)":
            # a street's meter, a case number, the City's own meter
            return None
        label = label or self._bare_account_column(candidate) or _customers_bank_caption(candidate)
        if label:
            return Verdict(f"account number beside label '{label}'")
        if candidate.shape is SCE_TEN_DIGITS and transaction_label_beside(candidate.segment, candidate.start):
            return None  # "confirmation #8251805837": a plain run of ten digits is the transaction's
        if candidate.shape is CUED_CUSTOMER_FORM and not _customers_account_sentence(candidate):
            return None  # "6-41-220-7390 is the reference of the audit file": the form alone, another first digit
        if not candidate.shape.anywhere or candidate.named_otherwise or _QUERY_KEY.search(
                candidate.text, max(0, candidate.start - 40), candidate.start):
            return None
        if candidate.value.isdigit() and candidate.segment.hidden in CODE_SEGMENTS and not _minified_customer_field(
                candidate) and not _file_named_for_account(candidate):
            return None  # scripts and URLs are full of numeric ids: there a bare run needs its label
        return Verdict(f"number in the {candidate.shape.name}")

    def has_extra(self, segment: Segment) -> bool:
        """Whether ``segment`` may hold a candidate the digit-run pass cannot see. The patterns that each need a
        digit are tried only in a text with one: most segments have none, and one search for a digit is cheaper."""
        text = segment.text
        return (bool(self.configured) or _may_say_ending(text) or "\u2014" in text or "\u2013" in text
                or "Map" in text or "map" in text or "MAP" in text or "xx" in text or "XX" in text or "**" in text
                or (segment.label is not None and _ENDING_COLUMN.search(segment.label) is not None)
                or " -" in text or _LABEL_AFTER_HINT.search(text) is not None
                or _BILLING_HINT.search(text) is not None or _ARROW_HINT.search(text) is not None
                or (_ANY_DIGIT.search(text) is not None and (
                    _LOCATION_SHAPE.search(text) is not None or ("\t" in text and _LONG_CELL.search(text) is not None)
                    or _LETTER_BESIDE_DIGIT.search(text) is not None or _LETTER_SPACE_DIGIT.search(text) is not None
                    or _DASHED_SHORT_CODE.search(text) is not None or _OWN_ID.search(text) is not None
                    or (segment.label is None and _SERVICE_NAMED.search(text) is not None)
                    or (segment.label is None and _UTILITY_NAMED_HINT.search(text) is not None
                        and _UTILITY_NAMED.search(text) is not None)
                    or ("(" in text and (_NAMED_IN_BRACKETS.search(text) is not None
                                         or _RECORD_IN_BRACKETS.search(text) is not None))
                    or _UTILITY_FORM.search(text) is not None or _UTILITY_SPACED.search(text) is not None
                    or _QUALIFIED.search(text) is not None or _HELD_IN_NAME.search(text) is not None
                    or _HOLDER_NAMED.search(text) is not None
                    or ("(" in text and _HOLDER_BRACKETED.search(text) is not None)
                    or ("sa" in text and _LOWER_SA.search(text) is not None)
                    or (segment.label is None and _OPENING_NUMBER.match(text) is not None)
                    or _SHORT_ACCOUNT_CUE.search(text) is not None
                    or (segment.label is not None and _FIVE_DIGITS_CELL.fullmatch(text) is not None))))

    def extra_candidates(self, segment: Segment, facts: DocumentFacts | None) -> Iterator[Candidate]:
        text = segment.text
        if _LETTER_BESIDE_DIGIT.search(text):  # "Meter # V482N-133779": no run of digits holds it whole
            for match in _LETTERS_AMONG_DIGITS.finditer(text):
                token = match.group(0)
                if not token.isdigit() and _LETTER_BESIDE_DIGIT.search(token):
                    yield Candidate(self, segment, match.start(), match.end(), LETTERS_AMONG_DIGITS, facts)
        for match in _DASHED_SHORT_CODE.finditer(text):  # "water acct W-72590": no letter touches a digit
            yield Candidate(self, segment, match.start(), match.end(), LETTERS_AMONG_DIGITS, facts)
        if _LETTER_SPACE_DIGIT.search(text):  # "water account W 6304-4263-73": the label stands before the letter
            for match in _SPACED_PREFIX.finditer(text):
                candidate = Candidate(self, segment, match.start(), match.end(), SPACED_PREFIX, facts)
                number = Candidate(self, segment, text.index(" ", match.start()) + 1, match.end(), SPACED_PREFIX, facts)
                # "SA ID 8732983588": the letters are the label's own word; a label reaching over them as a utility's
                # initials is the same label where a check character ends the code ("No. de cuenta RV 17 6057532 K";
                # not "ACCOUNT NUMBER IS 3-118-4407-62")
                if candidate.label_in_text and (number.label_in_text is None or (
                        number.label_in_text == candidate.label_in_text and _CHECKED_SPACED.fullmatch(match.group()))):
                    yield candidate
            for match in _SPACED_CODE.finditer(text):  # "propane acct ORP 35352": in a sentence or a column
                candidate = Candidate(self, segment, match.start(), match.end(), SPACED_CODE, facts)
                if not candidate.other_label and (candidate.label_in_text or match.span() == (0, len(text.strip()))):
                    yield candidate
        if "\u2014" in text or "\u2013" in text or " -" in text or " /" in text:  # "Ngoc Anh Dang — RB24926181"
            for match in _NAMED_FORM.finditer(text):
                if _after_a_private_name(text, match.start()) and _named_form(match.group("value")):
                    yield Candidate(self, segment, match.start("value"), match.end("value"), NAMED_FORM, facts)
            for match in _FORM_THEN_NAME.finditer(text):  # "7004418823 — Maximino Santiago. Final bill ..."
                if _before_a_private_name(text, match.end()) and _named_form(match.group("value")):
                    yield Candidate(self, segment, match.start("value"), match.end("value"), FORM_BEFORE_NAME, facts)
        if "(" in text:  # "Quoc Huynh (VRP-1507489-1) wants ...": the account after its customer's name
            for match in _NAMED_IN_BRACKETS.finditer(text):
                value = match.group("value")
                if sum(c.isdigit() for c in value) >= 6 and _named_form(value) and not _DATE_FIRST.fullmatch(
                        value) and not (value.isdigit() and to_e164(value)) and _after_a_private_name(
                        text, match.start()) and not (match["groups"] and not _BILL_WORDS.search(
                        line_of(text, match.start()))):
                    yield Candidate(self, segment, match.start("value"), match.end("value"), NAMED_IN_BRACKETS, facts)
            for match in _RECORD_IN_BRACKETS.finditer(text):  # "(Ana Ruiz, SO-845058, 2,950kWh)": a bill's record
                # (the name read up to its comma: "Villanueva, SO" would read as a town and its state)
                if _named_form(match.group("value")) and _after_a_private_name(text[:match.end("name")],
                                                                                match.end("name")):
                    yield Candidate(self, segment, match.start("value"), match.end("value"), NAMED_IN_BRACKETS, facts)
        if segment.label and _LOCATION_COLUMN.search(segment.label):  # a "SPEC location" column's cell
            match = _LOCATION_CELL.fullmatch(text)
            if match and not _DATE_FIRST.match(match.group("value")):
                yield Candidate(self, segment, match.start("value"), match.end("value"), LOCATION_FORM, facts)
        if "\t" in text:
            for match in _LONG_CELL.finditer(text):
                candidate = Candidate(self, segment, match.start("value"), match.end("value"), LONG_IN_COLUMN, facts)
                if candidate.label_of_column:
                    yield candidate
        for match in _LOCATION_NUMBER.finditer(text) if _LOCATION_SHAPE.search(text) else ():  # "SPEC Location 3910..."
            if not _DATE_FIRST.match(match.group("value")):  # "location 20240113-001": a date's log entry
                yield Candidate(self, segment, match.start("value"), match.end("value"), LOCATION_FORM, facts)
        if "xx" in text or "XX" in text or "**" in text:  # "acct xxxx-xx3869": a label before the masked digits
            for match in _MASKED_LAST_DIGITS.finditer(text):
                candidate = Candidate(self, segment, match.start(), match.end(), LAST_DIGITS, facts)
                if candidate.label_in_text:
                    yield candidate
            for match in _PARTLY_MASKED.finditer(text):  # "account # VRP-***40629-1", "Account #: 070194-XXX"
                if _partly_masked(match):
                    candidate = Candidate(self, segment, match.start(), match.end(), PARTLY_MASKED, facts)
                    if candidate.label_in_text:
                        yield candidate
        if not segment.label:
            for match in _SERVICE_NAMED.finditer(text):  # "City water 079854-732" in a list of the customer's accounts
                if sum(c.isdigit() for c in match.group("value")) >= 6 and _in_a_list_of_accounts(
                        segment, match.start(), match.end(), facts):
                    yield Candidate(self, segment, match.start("value"), match.end("value"), SERVICE_NAMED, facts)
            for match in _UTILITY_NAMED.finditer(text) if _UTILITY_NAMED_HINT.search(text) else ():
                if _utility_named(segment, match, facts):  # "SoCalGas 779 658 7617 2" beside "SCE acct ..."
                    yield Candidate(self, segment, match.start("value"), match.end("value"), UTILITY_NAMED, facts)
        if segment.label and _ENDING_COLUMN.search(segment.label):  # an "Acct Ending" column's "4798"
            match = _LAST_DIGITS_CELL.fullmatch(text)
            if match:
                yield Candidate(self, segment, match.start("value"), match.end("value"), LAST_DIGITS, facts)
        if _may_say_ending(text):  # "account ending in 4821": fewer digits than a whole number
            for cue in _ENDING.finditer(text):
                match = _LAST_DIGITS.match(text, cue.end())
                if not match or len(match.group(0)) >= self.fewest_digits:
                    continue
                whole = _WHOLE_AFTER.match(text, match.end())
                if whole and digits_of(whole.group("value")).endswith(match.group(0)) and \
                        len(digits_of(whole.group("value"))) > len(match.group(0)):
                    yield Candidate(self, segment, whole.start("value"), whole.end("value"), WHOLE_AFTER_LAST_DIGITS,
                                    facts)
                else:
                    yield Candidate(self, segment, match.start(), match.end(), LAST_DIGITS, facts)
        if "Map" in text or "map" in text or "MAP" in text:  # "Map No. 17-21-366" in a sentence about a member's bill
            for match in _MAP_NUMBER.finditer(text):
                sentence = sentence_of(text, match.start())
                if (_MEMBER_SERVICE.search(sentence) and not _LAND_RECORD.search(sentence)
                        and not _DATE_OR_YEAR_LAST.search(match.group("value"))):
                    yield Candidate(self, segment, match.start("value"), match.end("value"), MAP_FORM, facts)
        if not (facts and segment.location.page in facts.budget_pages):  # a budget's transfers
            for match in _BILLED.finditer(text):
                if _billed_account(match.group("value")):
                    yield Candidate(self, segment, match.start("value"), match.end("value"), BILLED_FORM, facts)
            for match in _DEPOSIT_REFUND.finditer(text) if "EFUND" in text or "efund" in text else ():
                candidate = Candidate(self, segment, match.start("value"), match.end("value"), BILLED_FORM, facts)
                if _service_deposit_refund(text, match) and not _paid_to_no_person(candidate):
                    yield candidate
            for match in _MOVED_TO_RATE.finditer(text) if "to " in text or "TO " in text else ():
                if _billed_account(match.group("value")):
                    yield Candidate(self, segment, match.start("value"), match.end("value"), BILLED_FORM, facts)
        for match in _LABEL_AFTER.finditer(text) if _LABEL_AFTER_HINT.search(text) else ():  # "0511043-04 (acct)"
            if self._labelled_after(match):
                yield Candidate(self, segment, match.start("value"), match.end("value"), LABEL_AFTER_FORM, facts)
                # the numbers listed before it, its label theirs too: "768920-31, 499310-21 and 275745-93 (A/C)"
                if match.group("label") is not None:
                    yield from self._listed_before(segment, facts, match)
        for match in _FIVE_DIGITS.finditer(text) if len(text) > 5 or segment.label else ():
            candidate = Candidate(self, segment, match.start(), match.end(), FIVE_DIGITS, facts)
            if _customer_short_account(candidate):
                yield candidate
        for match in chain(_UTILITY_FORM.finditer(text), _UTILITY_ONE_GROUP.finditer(text)):
            if _utility_form(segment, facts, match) and not _DATED.fullmatch(match["first"]):  # "... Ana Ruiz (PCE-0085-42328)."
                yield Candidate(self, segment, match.start(), match.end(), UTILITY_FORM, facts)
        for match in chain(_UTILITY_SHORT_GROUP.finditer(text), _UTILITY_CHECKED.finditer(text)) if "CE" in text else ():
            if _short_utility_form(segment, facts, match):  # "Customer Ana Ruiz, PCE-7715024, ...", "(PCE 000481223-2)"
                yield Candidate(self, segment, match.start("first"), match.end(), UTILITY_FORM, facts)
        for match in _UTILITY_SPACED.finditer(text) if "CE" in text or "PGE" in text or "LADWP" in text else ():
            if _utility_form(segment, facts, match) and not is_toll_free(to_e164(match["first"]) or "") and not (
                    _CALL_BEFORE.search(text, max(0, match.start() - 24), match.start())):  # not "call SCE 626..."
                yield Candidate(self, segment, match.start("first"), match.end("first"), UTILITY_FORM, facts)
        for match in _OWN_ID.finditer(text):  # "Her VVCP id is VVCP-6822812"
            prefix = own_id_prefix(match.group())
            if prefix and _named_own_id(segment, facts, match.start(), match.end(), prefix):
                yield Candidate(self, segment, match.start(), match.end(), OWN_ID, facts)
        for match in _ACRONYM_ID.finditer(text) if facts and "ID" in text else ():  # "RCP ID R-966-68525"
            if (match["prefix"] in facts.computed(_account_acronyms) and 6 <= len(digits_of(match["value"])) <= 16
                    and not _YEAR_SEQUENCE.fullmatch(match["value"])):
                yield Candidate(self, segment, match.start("value"), match.end("value"), OWN_ID, facts)
        for match in _QUALIFIED.finditer(text):  # "LADWP account from previous home: 220 668 3803"
            if self._qualified_account(segment, match):
                yield Candidate(self, segment, match.start("value"), match.end("value"), QUALIFIED_FORM, facts)
        yield from self._held_in_name(segment, facts)
        for match in _HOLDER_NAMED.finditer(text) if "cc" in text or "CC" in text else ():  # "account of Ana Ruiz, no. ..."
            value = match.group("value")
            if 6 <= len(digits_of(value)) <= 16 and _named_form(value) and _after_a_private_name(text, match.end("name")):
                yield Candidate(self, segment, match.start("value"), match.end("value"), HOLDER_NAMED_FORM, facts)
        for match in _HOLDER_BRACKETED.finditer(text) if "cc" in text or "CC" in text else ():  # "... of Ms. Mbeki (...)"
            value = match.group("value")
            if 6 <= len(digits_of(value)) <= 16 and _bracketed_form(value) and _after_a_private_name(
                    text, match.end("name")):
                yield Candidate(self, segment, match.start("value"), match.end("value"), HOLDER_NAMED_FORM, facts)
        for match in _LOWER_SA.finditer(text) if "sa" in text else ():  # "... 2173kWh Mar. sa 0610167415"
            if to_e164(match.group("value")) is None and _customers_line(text, match.start()):
                yield Candidate(self, segment, match.start("value"), match.end("value"), QUALIFIED_FORM, facts)
        for start, end, digits in spelt_number_spans(text) if _ARROW_HINT.search(text) else ():
            match = _TRANSCRIBED.match(text, end)  # '... over phone as "seven zero zero one ..." -> 7001 0907 69'
            if match and digits_of(match.group("value")) == digits and self._read_as_account(text, start):
                yield Candidate(self, segment, match.start("value"), match.end("value"), TRANSCRIBED_FORM, facts)
        for shape, pattern in self.configured:
            for match in pattern.finditer(text):
                if match.end() > match.start():  # a configured pattern may match nothing
                    yield Candidate(self, segment, match.start(), match.end(), shape, facts)

    def _listed_before(self, segment: Segment, facts: DocumentFacts | None, match: re.Match) -> Iterator[Candidate]:
        """The numbers listed before one its label in brackets follows, a comma or "and" between them ("768920-31,
        499310-21 and 275745-93 (A/C)"): the label names each of them."""
        start = match.start("value")
        while (listed := _LISTED_BEFORE.search(segment.text, max(0, start - _LISTED_REACH), start)) is not None:
            if not self._labelled_after(match, listed.group("value")):
                return
            yield Candidate(self, segment, listed.start("value"), listed.end("value"), LABEL_AFTER_FORM, facts)
            start = listed.start("value")

    def _labelled_after(self, match: re.Match, value: str | None = None) -> bool:
        """Whether a number with its label after it is an account's: six to sixteen digits, an account's form (no
        phone's, date's, year's and sequence's or case's ("2024-001187"), ledger string's, no other kind of number's
        prefix: "WO-2024-118822"), and the words in brackets after it (if that is how it is labelled) one of the
        account's labels, whole, after whose account it is ("their account number"). ``value``: another number the
        label is also of, listed before the match's."""
        value, label = (value or match.group("value")).strip(), match.group("label")
        digits = len(digits_of(value))
        if not (6 <= digits <= 16 or label is not None and digits <= _LABELLED_AFTER_PLAIN_DIGITS and value.isdigit()) \
                or _CASE_FORM.fullmatch(value):
            return False
        # a year and a serial is a case's or an order's ("WO-2024-118822 (acct)"), unless its prefix is the
        # utility's or an account's own, as a label before it may say ("PCE-2026-21417 (account number)"), and the
        # words in brackets are an account's label (below)
        if _YEAR_SEQUENCE.fullmatch(value) and not (
                label is not None and _ACCOUNT_PREFIX.fullmatch(_PREFIX_LETTERS.match(value).group(0))):
            return False
        if label is not None:
            label = _POSSESSIVE.sub("", label.strip(" \t.:#"))
            # or the label without its own "no." or "number" after it: "(Gas acct no.)" is "(Gas acct)"
            # (and "(Sewer Acct. No.)" is "(Sewer Acct)", "(No. de cuenta de gas)" is "(cuenta de gas)")
            if not any(self._names_an_account(words, value) for words in {
                    label, _NUMBER_WORD_AFTER.sub("", label).rstrip(" ."), _NUMBER_WORDS_BEFORE.sub("", label)}):
                return False
        # a phone's shape is an account's where the words in brackets say it is one ("886-391-6853 (SA ID)")
        if not (_named_form(value) or (label is not None and is_phone_number(value) and not is_date(value))):
            return False
        return not is_ledger_account(value) or self._on_customers_bill(match)

    def _names_an_account(self, label: str, value: str) -> bool:
        """Whether the words in brackets after a number are one of the account's labels, whole."""
        return bool(self.label_re.fullmatch(label) or (self.text_label_re and self.text_label_re.fullmatch(label))
                    or label_filling_cell(label, self.label_re)  # "(SCE service account)", "(Svc Acct RVCP)"
                    or _BRAND_ACCOUNT_LABEL.fullmatch(label)  # "(SoCalGas acct)", "(Southern California Gas acct)"
                    or _OWN_INITIALS.fullmatch(label) and value.startswith(label))  # "RVCP60655215 (RVCP)"

    @staticmethod
    def _on_customers_bill(match: re.Match) -> bool:
        """Whether the words after the number say it is the account on a bill, a statement or a notice ("644-889-5481-109
        is the acct on the bill"), with no word of the City's ledger before it ("Expense", "Charge", "GL", "Fund"): the
        account a customer's bill shows, whatever its groups look like (a telecom's 3-3-4-3 has a ledger string's
        shape); an invoice's account is a vendor's and stays a ledger's look-alike."""
        document = match.group("document")
        return (document is not None and document.lower() != "invoice"
                and not _LEDGER_WORD_BEFORE.search(match.string, max(0, match.start() - 30), match.start()))

    def _held_in_name(self, segment: Segment, facts: DocumentFacts | None) -> Iterator[Candidate]:
        """The number of an account a customer says is held in their own or a relative's name (``_HELD_IN_NAME``),
        in its line or opening the next one (a text file's wrapped paragraph: "... The account is in my husband's
        name," / "7031-792-224, service at ..."); not a date nor a published or toll-free line."""
        text, shift = segment.text, 0
        above = facts.line_before(segment) if facts is not None and text[:1].isdigit() else None
        if above is not None and "name" in above.text[-80:].lower():
            text, shift = f"{above.text} {segment.text}", len(above.text) + 1
        elif "name" not in text.lower():
            return
        for match in _HELD_IN_NAME.finditer(text):
            value = match.group("value")
            if match.start("value") >= shift and len(digits_of(value)) in _QUALIFIED_DIGITS and not is_date(value) \
                    and not (is_phone_number(value) and self.contacts.phone_is_public(to_e164(value) or "")):
                yield Candidate(self, segment, match.start("value") - shift, match.end("value") - shift,
                                QUALIFIED_FORM, facts)

    def _qualified_account(self, segment: Segment, match: re.Match) -> bool:
        """Whether the words before a number say which account of a person's it is: a label naming an account
        outright, not a bare "account" ("LADWP account", "her gas account"), then a few words and no word of an
        office's line or an amount among them; a person in the line; the number an account's length, no date,
        ledger string or published line."""
        value, text = match.group("value"), segment.text
        if len(digits_of(value)) not in _QUALIFIED_DIGITS or is_date(value) or is_ledger_account(value):
            return False
        floor = max(0, match.start() - _WHICH_REACH)
        floor = max(floor, *(text.rfind(stop, floor, match.start()) + len(stop) for stop in (". ", "; ", "\n")))
        label = None
        for found in self.label_re.finditer(text, floor, match.start()):
            if _WHICH_WORDS.fullmatch(text, found.end(), match.start()):
                label = found
        if (label is None or label.group().lower() in _BARE_LABELS
                or _NOT_WHICH_ACCOUNT.search(text, label.end(), match.start())):
            return False
        line = line_of(text, match.start("value"))
        if names_no_person(line):
            return False
        e164 = to_e164(value) if is_phone_number(value) else None
        return e164 is None or not self.contacts.phone_is_public(e164, generic=True)

    def _read_as_account(self, text: str, reading: int) -> bool:
        """Whether an account's label stands before a number read out, in its sentence, with only the words that say
        how it was given between ("acct no. over phone as"); none of an office's line or an amount among them, no
        other kind of account ("bank account")."""
        floor = max(0, reading - _WHICH_REACH)
        floor = max(floor, *(text.rfind(stop, floor, reading) + len(stop) for stop in ("; ", "\n")))
        for found in self.label_re.finditer(text, floor, reading):
            if (_HOW_READ.fullmatch(text, found.end(), reading)
                    and not _NOT_WHICH_ACCOUNT.search(_BY_PHONE.sub("", text[found.end():reading]))
                    and not _ANOTHER_ACCOUNT.search(text_before(text, found.end(), WIDTH + found.end() - found.start()))):
                return True
        return False

    @staticmethod
    def _bare_account_column(candidate: Candidate) -> str | None:
        """A bare "Account" column label, when the row also names a customer, an address or usage; or a column
        naming a person and their account in one header ("Customer (account)"), when the cell names the person."""
        segment, facts = candidate.segment, candidate.facts
        if not (segment.label and facts) or candidate.other_label:
            return None
        if _person_and_account_cell(candidate):
            return segment.label
        if _SERVICE_COLUMN.fullmatch(segment.label):
            return segment.label if _households_service(candidate) else None
        grouped = not _BARE_ACCOUNT.fullmatch(segment.label)
        if grouped and not _ACCOUNTS_GROUP.match(segment.label):
            return None
        record = facts.record_of(segment)
        if grouped and not (record and any(not named_officially(f.text, a, b) for f in record.fields if f is not segment
                                           for a, b in names_in(f.text, anchored=True))):
            return None  # a group header's column holds a person's account in a row that names the person
        customers = [f.label for f in record.fields if f is not segment and f.label
                     and _CUSTOMER_COLUMN.search(f.label) and not _COUNT_COLUMN.search(f.label)] if record else []
        if customers and all(_USAGE_COLUMN.search(c) for c in customers) and is_ledger_account(candidate.value) \
                and candidate.page in facts.budget_pages:
            return None  # a budget's line: "101-4310-5200 | Electricity | $412,000 | 80,094 kWh", usage by the City
        return segment.label if customers else None

    def mask(self, value: str) -> str:
        return mask_spelt(value) or mask_digits(value)


# the default labels' pattern, compiled at import (a third of a second): an extraction worker forked from the fork
# server that imported this module has it compiled (crawler.worker)
_DEFAULT_LABELS = re.compile(AccountNumberDetector.pattern_source({}), re.IGNORECASE)
