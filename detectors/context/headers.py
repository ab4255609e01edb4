"""The vocabulary of field names: what a column header or a "Label:" in the text says its value is, and
what a row's column headers together say about its rows.

English and, for a bilingual city, Spanish. Kinds: name, address, phone, email, contact, account, usage,
identifier (a person's own number: SSN, ITIN, date of birth); "veto" for a public listing's column (Title,
District, Facility, Hours, Vendor, Project ...); "soft" for a firm's or an office's column, which only an
explicit customer column overrides.
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..labels import CALL_BACK_WORDS
from ..translations import label_ending_at as foreign_label_ending_at, to_english
from .glued_fields import unglued

# who on staff took, entered or worked a row: a call log's "CSR", "Entered By", "Rep"; a form's "Staff contact"; a
# ticket's note's writer (not the staff's notes on the customer)
_STAFF_ROLES = (r"csr|rep|representative|agent|clerk|operator|dispatcher|technician|inspector|investigator|adjuster|"
                r"caseworker|assignee|"
                # who runs a program or handles an account for the utility ("Program | Coordinator | Phone")
                r"coordinators?|(?:program|account|case)\s+managers?|"
                # a code or enforcement case's officer, as a case log's columns name them ("OFFICER", "Officer phone")
                r"(?:code\s+|enforcement\s+|compliance\s+|case\s+|assigned\s+)?officers?|"
                # who audited or rated a home for a program: the program's staff or its contractor, not the resident
                r"auditors?|energy\s+advisors?|(?:hers\s+)?raters?|"
                r"collector|"  # a collections sheet's: who works the past-due account
                # a utility's field work: the crew, lineman or meter reader who worked, posted or read it ("Crew",
                # "Tech", "Posted By", "Read by", "Foreman"); not their notes on the customer ("Tech Notes")
                r"(?:crew|tech|lineman|linemen|line\s?worker|foreman|troubleman|serviceman|(?:meter\s)?reader)"
                r"(?![\s_-]*(?:notes?|comments?|remarks?))|"
                r"(?:posted|read|installed|performed|completed|dispatched|serviced)\s+by|"
                # a CRM record's owner and its writers (Dynamics' "_ownerid_value", "_createdby_value")
                r"owner\s?id|(?:record|case|ticket) owner|(?:created|modified)by|"
                r"staff(?![\s_-]*(?:notes?|comments?|remarks?))|"
                r"(?:entered|taken|handled|worked|updated|created|logged|assigned)(?:\s+(?:by|to))?|"
                # the writer of a ticket's work note or activity entry ("notes": [{"by": ...}] -> "note by")
                r"(?:note|work\s?note|activity|journal|log\s+entry|update)\s+(?:by|author)|"
                # and in Spanish: a complaint log's "Asignado a", "Atendido por", "Agente"
                r"asignad[oa]s?(?:\s+a)?|(?:atendid|tomad|registrad|ingresad|capturad)[oa]\s+por|agente|"
                r"t[eé]cnic[oa]|encargad[oa]")
# a column of who on staff checked or signed off a row: "Verified by", "Prepared by", "Approved by", "Staff"
# (or by the role's name: a permit's "Reviewer", "Plan Checker", "Approver", "Examiner")
# ("Rec'd by", "Rcvd by": a complaint log's who received it, abbreviated)
_SIGNED_OFF = (r"staff|(?:verified|prepared|approved|reviewed|processed|checked|received|signed(?: off)?|"
               r"rec['\u2019]?v?['\u2019]?d\.?|rcv['\u2019]?d\.?|answered|routed|triaged|closed)\s+by|"
               r"(?:plan\s+)?(?:reviewers?|checkers?|approvers?|examiners?)")
_STAFF_COLUMN = re.compile(rf"(?i)\b(?:{_STAFF_ROLES}|{_SIGNED_OFF})\b")
# an elected or appointed body's roster, a volunteer corps' ("Council member | Seat | Phone", "Block captain | Address |
# Phone", "Coach | Neighborhood | Office Phone"); a co-op's plain "Member" is its customer
_PUBLIC_ROSTER_ROLES = (r"seats?|term expires|term ends|council\s*members?|councilors?|councillors?|"
                        r"alder(?:man|men|woman|women|person|persons)|(?:board|committee|commission)\s+members?|"
                        r"commissioners?|captains?|coach(?:es)?")
_PUBLIC_ROSTER_COLUMN = re.compile(rf"(?i)\b(?:{_PUBLIC_ROSTER_ROLES})\b")
_HARD_VETO = re.compile(r"^\s*roles?\s*$|"  # an on-call roster's "Role" ("Caller Role" is a kind of caller)
                        r"\b(?:title|position|job|department|dept|division|district|ward|hours|vendor|staff|"
                        r"contractor|supplier|payee|remit|applicant|project|case|apn|ain|parcel|permit|"
                        r"bidders?|proposer|consultant|candidates?|contributor|donor|organi[sz]er|sponsor|host|"
                        # a campaign's or an ethics filing's public roles: a committee's treasurer, a Form 700 filer,
                        # a registered lobbyist (the filing officer publishes them with their contacts by law)
                        r"treasurers?|filers?|lobbyists?|"
                        rf"{_PUBLIC_ROSTER_ROLES}|"
                        # a budget's columns: "FY2026 Adopted", "Appropriation", "Encumbered", "Object"
                        r"adopted|appropriations?|appropriated|encumb(?:ered|rances?)|object code|"
                        rf"{_STAFF_ROLES}|{_SIGNED_OFF}|"
                        # a statistical table's share and rank: the ten largest ratepayers an annual report publishes
                        r"of total|(?:percent|pct|share) of (?:sales|revenue|system|load)|rank|ranking|"
                        r"energy star|eui|floor area|sq\.? ?ft|square (?:feet|footage)|year built|"
                        r"facility|facilities|fac|park|parks|event|amenities|website|invoice|school|library|"
                        r"cargo|departamento|distrito|horario|proveedor|proyecto)\b|"
                        # a column of the City's own facilities in Spanish, named by them: "Instalación", "Nombre del
                        # edificio", "Parque" (not a rebate form's "Dirección de la instalación", the customer's home,
                        # nor a billing system's "Instalación No.")
                        r"^\s*(?:nombre\s+(?:de\s+la|del)\s+)?(?:instalaci[oó]n(?:es)?|edificios?|parques?|"
                        r"bibliotecas?)\b(?!\s*(?:n[uú]m|no\b|id\b|#))")
# a column of the City's own installations: a streetlight inventory's, an EV charging network's ("Pole ID", "Nearest
# Address", "Station Name", "Port Type"); with no person's column beside it, the table lists the City's equipment
# a street light's own column: its pole's, its fixture's or luminaire's number
_LIGHTING_WORDS = r"poles?|fixtures?|luminaires?|street\s?lights?"
_CITY_EQUIPMENT = re.compile(rf"(?i)\b(?:{_LIGHTING_WORDS}|stations?|ports?|hydrants?|assets?|nearest)\b")
# a column of places: a facility's or a customer's, as its cells say (street addresses, or buildings' names)
PLACE_HEADER = re.compile(r"(?i)\b(?:location|loc|site|where)\b")
# (a premise's owner is not a business's: a utility's data names the customer at the service point so, "premiseOwner")
_SOFT_VETO = re.compile(r"\b(?:business(?! partner)|company|organization|firm|agency|office|(?<!premise )(?<!account )(?<!acct )owner|location|"
                        r"site|property)\b")
# (a callback number is a member of the public's, whom the office is to call back; so is the number a call log's
# "ANI" or "Caller ID" gives, which a call to the office came from)
_STRONG = re.compile(r"\bcustomer\b|account holder|account name|name on (?:the |your )?(?:account|(?:utility )?bill)|"
                     r"ratepayer|service addr(?:ess)?\b|"
                     # a utility's data keying its record by the one who holds the service point: a "premise owner"
                     r"premise (?:owner|holder)|"
                     # ... or by the one who holds or owns the account, the meter or the service ("meterHolder",
                     # "accountOwner", "svcHolder"; not a ledger's "GL Account Owner")
                     r"(?<!gl )(?<!g/l )(?<!ledger )\b(?:account|acct|meter|service|policy) (?:owner|holder)\b|"
                     rf"\b(?:{CALL_BACK_WORDS})\b|^\s*ani\s*$|\bcaller\s?id\b(?!\s+name)|"
                     r"billing address|service account|service agreement|premise\b|subscriber|kwh|usage|consumption|"
                     r"\bcliente\b|titular|direcci[oó]n de servicio|\bconsumo\b")
_LANGUAGES_APART = re.compile(r"\s/\s")


def names_in_each_language(text: str) -> list[str]:
    """A field's or a column's name, or its names when a multilingual form or table writes it in two languages or
    more a slash apart ("Dirección de servicio / Service address", "Nombre / Name / 姓名"): each is judged as a name
    alone."""
    return _LANGUAGES_APART.split(text)


# a column name that opens with the period its figures cover: "12-mo kWh", "3 Yr Avg", "30-day use"; an aging
# bucket's "90+ Days", "31-60 Days"; a notice's lead time, "48-Hr Notice"
PERIOD_COUNT = re.compile(r"(?i)\d{1,3}(?:\s*[-\u2013]\s*\d{1,3}|\s*\+)?[- ]?(?:mo|mos|months?|yrs?|years?|days?|wks?|"
                          r"weeks?|hrs?|hours?)\b\.?")
# a column of the City's own ledger: "GL_ACCT", "G/L Account", "Ledger Acct", "Fund", "Object Code", "Cost Centre",
# "Acct String", "Budget Acct": the fund, department and object a row is booked to, no one's account (not a "Refund
# Acct", nor a "Budget Billing Acct", a customer's level-pay plan)
LEDGER_COLUMN = re.compile(r"(?i)(?<![a-z0-9])(?:gl|g/l|general[\s_]*ledger|ledger|fund|obj(?:ect)?[\s_]*code|"
                           r"cost[\s_]*cent(?:er|re)|(?:acct|account)[\s_]*string|"
                           r"budget[\s_]*(?:acct|account|code|line|org|unit)s?)(?![a-z0-9])")
# a person's own identifier: beside a name it makes the name a customer's as surely as an account does
_IDENTIFIER_WORDS = re.compile(r"\b(?:ssn|s\.s\.n|ss\s*#|social security|soc\.? sec|itin|tin|ein|tax\s*id|taxpayer"
                               r"|date of birth|dob|driver'?s? licen[cs]e|seguro social)(?![\w-])")
_KIND_RULES = [  # first match wins
    ("identifier", _IDENTIFIER_WORDS),
    ("email", re.compile(r"\be-?mail\b|correo|^\s*e[ _-]?addr(?:ess)?\s*$")),  # an export's E_ADDR
    # a notice's ways to pay: "Pay by phone:", "Payments by telephone", "Phone payments", "Pagos por teléfono": the
    # office's payment line, no one's phone
    (None, re.compile(r"\bpay(?:ments?)?[\s-]+(?:by|via|over\s+the)[\s-]+(?:tele)?phone\b|\b(?:tele)?phone\s+payments?\b|"
                      r"\bpag(?:os?|ue)\s+por\s+(?:tel[eé]fono|(?:tele)?phone)\b")),
    # "Best # to call", "Number to call", "Call at": the number a customer asked to be called at
    # and an IVR's or a call log's number the call came from: "Caller ID", "CALLER_ID", "Calling number", "ANI"
    ("phone", re.compile(r"\b(?:phone|telephone|tel|cell|mobile|ph|call[ -]?back|tel[eé]fono|celular|cel)\b|"
                         r"(?:#|\bno\.?|\bnumber|\bnbr)\s+to\s+call\b|\bcall\s+at\b|"
                         # the number the person asked to be reached at: "Best number", "Daytime no.", "Alt #"
                         r"\b(?:best|preferred|daytime|evening|alternate|alt\.?|primary)\s+(?:number|no\b\.?|#)|"
                         r"\bcaller\s?id\b(?!\s+name)|\b(?:caller|calling|originating)\s+(?:number|no\.?|nbr|#)|"
                         r"^\s*ani\s*$")),
    # a form's question of the customer's own use: "About how much electricity do you use per month? (kWh)"
    ("usage", re.compile(r"^(?:about |roughly |approximately )?how much (?:electricity|energy|power) (?:do|does) "
                         r"(?:you|your (?:home|household|family)) use\b")),
    # a form's field of the customer's own average: "Average monthly usage (kWh)", "Consumo mensual promedio"; not
    # a class's or the system's ("Average residential usage", "System average")
    # (or its average after it, in brackets: "Monthly kWh (avg)")
    ("usage", re.compile(r"^(?:average|avg|promedio de)\s+(?:monthly|annual|yearly|daily)\s+(?:usage|use|consumption|"
                         r"kwh)\b|^(?:consumo|uso)\s+(?:mensual|anual)\s+(?:promedio|average)\b|"
                         r"^(?:monthly|annual|yearly|daily)\s+(?:usage|use|consumption|kwh)\s*\((?:average|avg)\.?\)$|"
                         # its average a day or a month, the average word after the period or the unit ("Daily avg
                         # kWh", "kWh per day", "kWh/day (avg)"), as a medical baseline or a load list writes it
                         r"^(?:daily|monthly)\s+(?:average|avg)\s+(?:usage|use|consumption|kwh)$|"
                         r"^(?:kwh|usage|use|consumption)\s*(?:/|per\s+)(?:day|month|mo)\b"
                         r"(?:\s*\((?:average|avg)\))?$")),
    # one customer's own use counted in MWh, as a large account's or a load-research sample's is ("Annual Usage (MWh)",
    # "Consumption MWh"), or by its period alone, as a key-accounts list heads it ("Annual MWh", "MWh (annual)"); a bare
    # "MWh" or a class's or the system's figure stays none ("Class total MWh", "Annual MWh saved")
    ("usage", re.compile(r"^(?:(?:annual|monthly|yearly|12[- ]?mo(?:nth)?)\s+)?(?:usage|consumption)\s*\(?mwh\)?$|"
                         r"^(?:annual|yearly|12[- ]?mo(?:nth)?|fy\s?\d{2,4})\s+mwh$|^mwh\s*\((?:annual|yearly|12[- ]?mo)\)$")),
    # a net-metered home's own solar generation and export in kWh, as an interconnection list or a true-up statement
    # heads it ("Annual Generation kWh", "Solar Generation (kWh)", "kWh Exported"): its meter's figures, the home's;
    # not a design estimate, a system's or a plant's output in MWh, a program's total, nor a site's "Annual
    # Production (kWh)" (the City's solar sites list theirs so)
    ("usage", re.compile(r"^(?:(?:annual|monthly|yearly|12[- ]?mo(?:nth)?|solar|pv|nem|actual|metered)\s+)*"
                         r"(?:generation|generated|exported|export)\s*\(?kwh\)?$|^kwh\s+(?:generated|exported)$|"
                         # ... and its production so named after the panels' own word ("Solar Production (kWh)", "PV
                         # kWh produced"): a plain "Annual Production (kWh)" is the City's solar sites' list's
                         r"^(?:(?:annual|monthly|yearly|12[- ]?mo(?:nth)?|actual|metered)\s+)*(?:solar|pv|nem)\s+"
                         r"(?:(?:annual|monthly|yearly|actual|metered)\s+)?(?:(?:production|produced)\s*\(?kwh\)?|kwh\s+produced)$")),
    # the kWh a billing error touched, a refund's or a credit's table gives per customer ("kWh billed at wrong rate",
    # "kWh charged under the incorrect schedule"): the rate after it names the error, not a tariff's figure
    ("usage", re.compile(r"^kwh\s+(?:(?:billed|charged|metered|read)\s+)?(?:at|under|on)\s+(?:an?\s+|the\s+)?(?:wrong|incorrect|"
                         r"erroneous|mistaken|prior|previous|old)\s+(?:rate|tariff|schedule|plan)s?$")),
    # a household's enrolment in an assistance or a medical program, a payment plan's or a collection's number: one
    # customer's account by another name ("CARE / FERA no.", "Medical Baseline cert #", "Payment plan ID", "Collections
    # ref"), before a baseline's or a plan's figures are read as no one's
    ("account", re.compile(r"\b(?:care|fera|med(?:ical)?\s+baseline|pay(?:ment)?\s+(?:plan|arrangement))"
                           r"(?:\s*[/&]\s*(?:care|fera))?\s*(?:(?:enrol+ment|cert\w*)(?:\s*(?:no|number|nbr|id|#))?|no|nos|number|"
                           r"nbr|id|#)\s*$|\bcollections?\s+case\s*(?:no|number|id|#)?\s*$|"
                           r"\bcollections\s*(?:no|number|id|#|ref)\s*$")),
    (None, re.compile(r"[$¢]|/\s*kwh|\b(?:rate|rates|price|cost|charges?|per|amount|tier|baseline|allowance|date|"
                      r"savings?|saved|reduction|goal|target|average|avg|median|mean|typical|aggregated?|capacity|"
                      r"generation|mwh|gwh|mw|"  # a class's middle figure too ("Median kWh" beside "Average residential kWh")
                      r"production|produced|output|generated|offsets?|avoided|battery|batteries|storage)\b"
                      # the utility's whole system's figure ("systemKwh", "System-wide kWh", "System load")
                      r"|\bsystem(?:[\s-]?wide)?\s+(?:kwh|load|peak|sales|total|usage|consumption)\b")),
    # a class of customers or a count of them, not one customer: "Customer Class", "Rate Class", "Accounts"; the
    # kind of a person a row is about ("Requester type": Resident, Press, Attorney), not the person's name
    # and a meter's make and rating, which a field log gives beside its number ("Meter Form": 2S CL200 240V)
    (None, re.compile(r"\b(?:customer|account|rate|service)\s+(?:class|classes|type|types|category|categories|"
                      r"segment|group|sector)\b|\b(?:class|sector|segment|count|number of|no\. of|# of)\b"
                      r"|^[a-z][a-z ]*\s(?:type|types|category|categories|role)$"
                      r"|\b(?:meter|mtr)\s+(?:form|size|model|make|manufacturer|mfr|multiplier|amps|amperage|volts|"
                      r"voltage|base|socket|kh)\b")),
    # what the customer said, in the reader's words ("customer_says", "Customer Comments", "Cust remarks"): free text,
    # read as text (a name or a callback number in it is found there), the whole cell no one's name
    (None, re.compile(r"\b(?:customer|caller|resident|tenant)(?:'?s)?\s+(?:says|said|words|comments?|notes?|remarks?|"
                      r"statements?)\b")),
    ("name", re.compile(r"account holder|account name|name on (?:the |your )?(?:account|(?:utility )?bill)|customer name|"
                        r"titular|nombre del cliente|"
                        # the one who holds or owns the account, the meter or the service, and the one it bills or
                        # who answers for it, as a billing system's or a widget's keys name them ("accountOwner",
                        # "meterHolder", "svcHolder", "billTo", "billedParty", "responsibleParty", "payorName",
                        # "premiseContact"): the customer, as "account holder" is
                        r"(?<!gl )(?<!g/l )(?<!ledger )\b(?:account|acct|meter|service|premises?|policy)\s+(?:owner|holder)s?\b|"
                        r"\b(?:bill(?:ed)?\s+to|(?:billed|bill)\s+(?:party|recipient|payer|payor)|responsible\s+party|"
                        r"payor|(?:premises?|service|svc)\s+contact)\b(?!\s+(?:address|addr|street|city|state|zip|phone|tel|email|"
                        r"id|no|number|nbr|#)\b)")),
    # an IVR's caller ID name (CNAM: "CALLER_ID_NAME", "CNAM"), the name the phone company lists for the number
    ("name", re.compile(r"\bcaller\s?id\s+name\b|^\s*cnam\s*$")),
    # a figure in watt-hours, its unit in brackets as a Green Button reading's is ("value (Wh)"; a bare "WH" column
    # may be a warehouse's)
    ("usage", re.compile(r"\b(?:kwh|therms?|usage|consumption|energy use|electric(?:ity)? use|kwh used|"
                         r"(?:monthly|annual|yearly|daily) use|uso|consumo)\b|\(wh\)"
                         # a bill history's "Energy Used", "Electricity Consumed"
                         r"|\b(?:energy|electricity|electric|power)\s+(?:used|consumed)\b"
                         # a meter's demand in kW, as a commercial bill gives it beside its kWh ("Max Demand (kW)",
                         # "Billed Demand", "On-Peak Demand", "Peak kW"); the system's peak in MW is vetoed above
                         r"|^(?:(?:max(?:imum)?|peak|billed|billing|metered|recorded|actual|monthly|facilities|"
                         r"(?:on|mid|off|part)[\s-]?peak|non[\s-]?coincident)\s+)+(?:demand(?:\s*\(?kw\)?)?|kw)$"
                         r"|^demand\s*\(?kw\)?$"
                         # a plain "Use" qualified by the period it covers, as a meter's reads are summed: "Use
                         # Jul 23-Jun 24", "Use 2024", "Use (12 mo)", "Use FY24"; not a parcel's "Land use 2024"
                         r"|^\s*use\s*[(:-]?\s*(?:fy\s*'?\d{2}|(?:19|20)\d{2}\b|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|"
                         r"oct|nov|dec)[a-z]*\s*'?\d{2}|\d{1,2}\s*-?\s*mo(?:nths?|s)?\b|(?:last|past|prior)\s+\d{1,2}\b)")),
    # the City's ledger, whatever account word it has ("GL Acct"): no customer's column
    (None, LEDGER_COLUMN),
    # other billing systems' names too: ESI ID (Texas), a service point's, SAP IS-U's contract account, a CIS number
    # (PG&E's service agreement ID is its "SAID", a column named by it alone; "Caller said" is a verb's); not the
    # address of the service point or the meter ("Svc Pt Address", "Meter Address"): a street address
    ("account", re.compile(r"^\s*(?:(?:pg&e|pge|sdg&e|sdge|sce|socalgas|scg|iou|utility)\s+)?said\s*(?:#|no)?\s*$|"
                           r"\b(?:account|acct|sa|meter|service agreement|service id|service (?:point|pt)|sp ?id|esi ?id|"
                           r"esiid|business partner(?! name)|cuenta|medidor|interlocutor comercial|"
                           r"(?:punto|c[oó]digo) de suministro)\b(?!\s+(?:address|addr)\b)"
                           # "A/C" as a billing screen cuts "account" short, alone or after its service ("A/C #",
                           # "PCE A/C", "Trash A/C"); not an air conditioner's ("A/C Units", "A/C Tons", "Central A/C
                           # Type")
                           r"|(?<![\w/])(?<!central )(?<!window )(?<!portable )(?<!wall )(?<!split )a/c(?![\w/])(?!\s*(?:units?|tons?|tonnage|type|size|system|seer|eer|rebates?|"
                           r"replacement|equipment|make|model|age|installed|upgrades?|y/n|yes|\?))"
                           # a billing system's service contract, the account it bills ("CIS_CONTRACT", "Contract
                           # Acct"); not a vendor's "Contract No."
                           r"|\b(?:cis|ccb|utility)\s*contract\b|\bcontract\s*(?:account|acct)\b"
                           r"|\b(?:customer|cust|cis|person|installation|member|mbr|prepaid|prepay|auto ?pay|"
                           # a home's solar interconnection application (``account_number``'s labels)
                           r"nem\s+app(?:lication)?|(?:nem\s+)?interconnection\s+(?:app(?:lication)?|request))\s*"
                           r"(?:no|number|id|#)"
                           # the two halves of a billing system's customer-location key as a fixed-width export
                           # heads them ("CUST-NO", "LOC-NO"; the key in one column is below)
                           r"|\b(?:customer|location)-(?:no|number|nbr|id)(?![a-z])"
                           r"|\bprem(?:ise|ises)?\.?\s*(?:no|nos|number|nbr|id|#)"  # a premise's number, not its address
                           # the number a billing system keys a customer by: "Billing ID", "Billing No." (not a
                           # legislature's "Bill No.")
                           r"|\bbilling\s*(?:no|number|nbr|id|#)"
                           r"|\bloc(?:ation)?\.?\s*(?:no|number|nbr|id|#)"  # a service location's number
                           # a utility billing system's customer-location key, the account it bills, the two numbers
                           # as one ("Cust/Loc", "CUST-LOC", "Customer/Location"; not a "Customer Location", a place),
                           # not the location's address
                           r"|\bcust(?:omer)?\s*[/-]\s*loc(?:ation)?\b(?!\s*(?:address|addr)\b)")),
    ("address", re.compile(r"\b(?:address|addr|street|residence|premises?(?! (?:owner|holder|contact)\b)|service location|where|"
                           r"direcci[oó]n|domicilio)\b")),
    # a name split into columns headed by its part alone ("Last | First"), as exports write it
    # (the last key of a JSON or XML path too: a form plugin's export nests them, "fields.first", "fields.last")
    ("name", re.compile(r"^\s*(?:[\w-]+\.)*(?:last|first|middle|surname|given|apellidos?|apellido (?:paterno|materno))\s*$")),
    ("name", re.compile(r"\b(?:name|customer|ratepayer|resident|tenant|homeowner|participant|subscriber|holder|"
                        r"(?<=premise )owner|"
                        r"enrollee|beneficiary|occupant|caller|requester|requestor|claimant|reported by|attn|attention|"
                        # who sent a form in (a form plugin's "data-last-submitter", a log's "Submitter")
                        r"submitter|"
                        # a party of a utility case or a debt placed for collection: the customer
                        r"complainant|appellant|petitioner|debtor|nombre|cliente|spouse)\b")),
    ("contact", re.compile(r"\bcontact\b")),
]
# the abbreviations of a billing system's export columns (CUST_NM, ACCT_NBR, SVC_ADDR, PREM_ADDR, PHONE_NBR)
_ABBREVIATIONS = {"cust": "customer", "acct": "account", "nm": "name", "nme": "name", "nbr": "number", "num": "number", "svc": "service",
                  "srv": "service", "serv": "service", "prem": "premise", "adr": "address", "phn": "phone", "tel no": "telephone",
                  "fname": "first name", "lname": "last name", "eml": "email", "cb": "callback", "c/b": "callback",
                  "cbr": "callback number", "mtr": "meter", "mob": "mobile", "loc": "location", "occ": "occupant", "usg": "usage",
                  # Oracle CC&B's and SAP's: PER_ID, PER_NAME, EMAILID, SMTP_ADDR, CUST_CL_CD, ACCT_CNT, HOUSE_NUM1
                  "per id": "person id", "per name": "person name", "emailid": "email", "smtp": "email",
                  "cl": "class", "cd": "code", "cnt": "count", "house num": "house number",
                  # a service agreement cut short as a CIS screen or a case sheet labels it ("Svc Agmt")
                  "agmt": "agreement", "agrmt": "agreement",
                  # SAP IS-U's business partner cut short ("Bus. Partner"; not "bus" alone, a transit word)
                  "bus partner": "business partner",
                  # the unit spelt out or cut short, as an old bill history heads its column ("Kilowatt Hours",
                  # "KW-HRS", "Consump."): "hours" alone is an office's
                  "kilowatt hours": "kwh", "kilowatt hour": "kwh", "kilowatt-hours": "kwh", "kw-hrs": "kwh",
                  "kw hrs": "kwh", "kwhrs": "kwh", "consump": "consumption"}
_ABBREVIATION = re.compile(r"(?<![\w/])(?:" + "|".join(map(re.escape, _ABBREVIATIONS)) + r")(?![\w/])")
# SAP IS-U's field names, written as its tables' columns (upper case, whole): the contract account, the business
# partner, the installation, the premise, the meter reading unit, the meter (equipment), the meter's serial number
# and the billed quantity
_SAP_FIELDS = {"VKONT": "contract account", "PARTNER": "business partner", "GPART": "business partner",
               "ANLAGE": "installation number", "VSTELLE": "premise number", "ABLEINH": "meter reading unit",
               "EQUNR": "meter number", "SERNR": "meter serial number", "ABRMENGE": "billed consumption"}
# a CRM's field names are lower case with the words run together after the vendor's prefix (Dynamics' "fullname",
# "mobilephone", "pce_annualkwh", "pce_meterid"): the measure or the field word at the end stands apart
# ("new_accountnumber"; not "accountid", the GUID of the CRM's own account record)
_GLUED_WORDS = re.compile(r"(?<=[a-z]{3})(?=(?:kwh|usage|consumption)\b)|\b(?:full(?=name\b)|"
                          r"(?:mobile|cell|home|work)(?=phone\b)|meter(?=(?:id|no|num|number)\b)|"
                          r"account(?=(?:no|num|number)\b))")
# the system columns a Dynamics export opens with ("(Do Not Modify) Case", "(Do Not Modify) Row Checksum",
# "(Do Not Modify) Modified On"): the CRM's own record key, checksum and time stamp, for re-import; they name nobody,
# whatever entity they name
_CRM_SYSTEM_COLUMN = re.compile(r"(?i)\s*\(do not modify\)")
_SERVICE_DESK = re.compile(r"customer (?:service|care|support|relations)|(?:servicios?|atenci[oó]n) al client[ea]s?")
# a utility's staff named for the customers they serve ("Customer Advocate", "Customer Program Manager", "Customer
# Account Specialist"): their card's name, phone and mailbox are an office's, not a customer's
_CUSTOMER_STAFF = re.compile(r"\bcustomer\s+(?:(?:program|account|outreach|experience|engagement|energy)\s+)?"
                             r"(?:advocates?|liaisons?|specialists?|coordinators?|supervisors?|navigators?|managers?|"
                             r"advis[eo]rs?|analysts?|officers?|agents?)\b")
_THING_NAME = re.compile(r"\b(?:program|project|plan|product|option|measure|event|file|user|street|building|"
                         r"document|rate|bank|institution)\s+name\b"  # names of things, not of people
                         # and the same said the other way round, as an automatic payment's form asks for the bank
                         # ("Name of Financial Institution", "Nombre del banco"); not "Name of bank account holder",
                         # the customer
                         r"|\bname\s+of\s+(?:the\s+|your\s+)?(?:financial\s+institution|bank|credit\s+union)\b"
                         r"(?!\s+(?:account|acct))"
                         r"|\bnombre\s+(?:del\s+banco|de\s+(?:la\s+|su\s+)?instituci[oó]n(?:\s+financiera)?)\b")


# a property a page's meta tags give of the page itself for sharing and indexing (Open Graph's "og:title", Twitter's
# "twitter:title", Dublin Core's "DC.title"): the page's own title or site name, no field of a record in the page
_PAGE_PROPERTY = re.compile(r"(?i)\s*(?:og|twitter|dc|dcterms)[\s:._]+(?:title|description|site|type|url|image|locale|"
                            r"card|creator|subject|publisher|language|updated)")


@lru_cache(maxsize=4096)
def header_kind(header: str) -> tuple[str | None, bool]:
    """What a column header or field label names (see the module's kinds), and whether it says
    "customer" outright."""
    if _CRM_SYSTEM_COLUMN.match(header) or _PAGE_PROPERTY.match(header):
        return None, False
    remark = _REMARK.search(header)
    if remark and remark.start() and (head := header_kind(header[:remark.start()]))[0] is not None:
        return head  # "Tenant (billed through city master meter)": the tenant's name, not a meter's number
    bracket = _BRACKETED.search(header)
    if (bracket and bracket.start() and not _NOT_OWN_FIGURE.search(bracket.group())
            and (head := header_kind(header[:bracket.start()]))[0] == "usage"):
        return head  # "KWH (VCE, same per.)", "kWh (12 mo)": the unit's column, the remark its period or source
    if parcel_and_account(header):
        return "account", False
    header = _SAP_FIELDS.get(header.strip()) or to_english(header)  # "고객 번호", "Số tài khoản": as their English
    h = unglued(_GLUED_WORDS.sub(lambda m: m.group() + " ", split_words(header)))  # "acctnum": "acct num"
    h = re.sub(r"(?<=[A-Za-z])(?=\d)", " ", h)  # a column's number: ADDRESS1, HOUSE_NUM1, CITY1
    h = re.sub(r"(?<=[A-Za-z])\.(?=\s|$)", "", h)  # "Cust. ID", "Svc. Addr.": a word cut short, then the next
    h = _SERVICE_DESK.sub(" ", _ABBREVIATION.sub(lambda m: _ABBREVIATIONS[m.group()],
                                                 h.lower().replace("e-mail", "email")))
    if _SPOUSE.search(h):
        h = _CO_APPLICANT.sub(" ", h)  # "Co-applicant / spouse": the applicant's household, not a permit's co-applicant
    if _HARD_VETO.search(h) or _CUSTOMER_STAFF.search(h):
        return "veto", False
    if _INSTALLER.match(h):
        return "soft", False
    kind = next((k for k, rule in _KIND_RULES if rule.search(h)), None)
    if kind == "name" and _THING_NAME.search(h):
        return None, False
    if _SOFT_VETO.search(h) and kind in (None, "name", "address"):
        return _two_roles(header) or ("soft", False)
    if kind in _CONTACT_KINDS and _person_and_contacts(header):
        kind = "name"  # the person first, then where and how to reach them: the cell's first line is the name
    return kind, bool(kind and _STRONG.search(h))


# a remark in brackets after a column's name, saying how its rows are billed, served or counted: a clause of two words
# or more opening in lower case or on a preposition or a participle ("Tenant (billed through city master meter)",
# "Occupant (per lease)", "Name (as shown on the account)"); not a unit ("Usage (kWh)") nor a field's name ("(Acct #)")
_REMARK = re.compile(r"\s*\((?=[a-z]|(?i:as|per|via|through|from|by|under|incl\.?|including|excluding|see|if|not|only|"
                     r"for|on|at|in|with|without|\w+ed)\s)[^()]*?\w\s+\w[^()]*\)\s*$")


# a usage column's remark in brackets, whatever its case ("KWH (VCE, same per.)", "kWh (12 mo)", "Usage (billed, Jul)");
# not one that makes the figure a class's, a tariff's or the program's ("kWh (avg)", "kWh (system)", "kWh ($/mo)", "kWh (saved)")
_BRACKETED = re.compile(r"\s*\([^()]*\)\s*$")
_NOT_OWN_FIGURE = re.compile(r"(?i)[$¢/]|\b(?:avg|average|median|mean|typical|rate|rates|tier|baseline|allowance|"
                             r"saved|savings?|reduction|goal|target|system|program|class|total|aggregated?|"
                             r"generation|generated|produced|production|capacity|citywide|city-wide|forecast|"
                             r"mw|gw)\b")  # a system's or a plant's power ("Peak Demand (MW)"), no meter's


# a customer's spouse, named on their application ("Co-applicant / spouse"), is of their household
_SPOUSE = re.compile(r"\b(?:spouse|husband|wife|domestic partner)\b")
_CO_APPLICANT = re.compile(r"\bco-?applicant\b")


# the installer's fields of a customer's application ("Installer company", "Installer phone"), a rental's property
# manager's ("Property manager phone", "Management company"): a firm's, as a contractor's are, beside the customer's own
_INSTALLER = re.compile(r"\s*(?:installers?|property\s+manage(?:rs?|ment)|management\s+(?:company|co|office)|"
                        r"leasing\s+office)\b")
_CONTACT_KINDS = frozenset({"address", "phone", "email"})
_REACHED_KINDS = _CONTACT_KINDS | {"contact"}  # a column of a phone in one row, a mailbox in the next is one too
# the kinds of a column that hold one person's own field: who they are, their numbers, where and how to reach them
PERSONS_FIELD_KINDS = frozenset({"name", "identifier", "account", "address", "phone", "email", "contact"})
# the columns of a name an export splits in two: "FirstName" | "LastName", "NAME_FIRST" | "NAME_LAST", "Given Name" |
# "Surname", "FNAME" | "LNAME", Spanish "Nombre" | "Apellido" (a "Nombre" column alone is the whole name)
# (the word may follow another glued in camel case: "NmFirst", "ownerLastName")
_CAMEL_JOIN = r"(?-i:(?<=[a-z])(?=[A-Z]))"
FIRST_NAME_COLUMN = re.compile(rf"(?i)(?:^|[\s_./>-]|{_CAMEL_JOIN})(?:first|given|fname)(?:$|[\s_]|name)|^\s*nombres?\s*$")
LAST_NAME_COLUMN = re.compile(rf"(?i)(?:^|[\s_./>-]|{_CAMEL_JOIN})(?:last|sur|family|lname)(?:$|[\s_]|name)|^\s*apellidos?\s*$")
_FIELDS_LISTED = re.compile(r"(?i)\s*(?:/|,|&|\band\b)\s*")


def _person_and_contacts(header: str) -> bool:
    """A column holding a whole contact in one cell, named field by field ("Customer / Service Address / Phone",
    "Name, Address & Email", under a group's header or not): a person's name and two ways to reach them or more."""
    fields = [part for part in _FIELDS_LISTED.split(header.rsplit(":", 1)[-1]) if part.strip()]
    if len(fields) < 3:
        return False
    kinds = [header_kind(part)[0] for part in fields]
    return "name" in kinds and set(kinds) <= _CONTACT_KINDS | {"name"}


_ROLES_SEPARATOR = re.compile(r"(?<=[A-Za-z.])\s*/\s*(?=[A-Za-z])")
_FIELDS_APART = re.compile(r"\s*/\s*")


@lru_cache(maxsize=1024)
def parcel_and_account(header: str) -> bool:
    """Whether a column is keyed by a parcel and a utility account together, a slash apart ("Parcel / Acct", "APN /
    Account No.", "Account # / APN"), as a roll of delinquent utility charges placed as liens on the tax roll heads
    its first column: each row's account, the parcel only where the lien goes (a parcel's number in it stays a
    parcel's: ``tables``)."""
    parts = _FIELDS_APART.split(header)
    return len(parts) == 2 and any(parcel_column(part) for part in parts) and any(
        not parcel_column(part) and header_kind(part)[0] == "account" for part in parts)


def _two_roles(header: str) -> tuple[str, bool] | None:
    """A column naming two roles a person holds, one an owner's or a business's ("Owner / Customer",
    "Tenant/Owner", a tax-title and lien list's one name column for the owner and the customer): the people of
    the column are customers, its kind the person's role's ("name"). None for any other header."""
    roles = _ROLES_SEPARATOR.split(header)
    if len(roles) < 2:
        return None
    kinds = [header_kind(role) for role in roles]
    if any(kind == "veto" for kind, _ in kinds) or not any(kind == "name" for kind, _ in kinds):
        return None
    return "name", any(strong for kind, strong in kinds if kind == "name")


_METER = re.compile(r"(?i)(?:^|[\W_])(?:meter|mtr|medidor)(?:$|[\W_])")
_ACCOUNT_WORD = re.compile(r"(?i)account|acct|(?:^|[\W_])(?:sa|prem|premise|service|cuenta)(?:$|[\W_])")


# the letters before a permit's, a case's, an order's or an invoice's number: "BLD-482213", "CE-204511", "INV-558120"
OTHER_NUMBER_PREFIX = re.compile(r"BLD|BP|BLDG|PRJ|PROJ|CUP|ENG|SR|CE|CASE|INV|WO|PO|REQ|TKT|RFP|RFQ|APN|PRM|PMT|ZV|ZA|"
                                 r"DR|TR|PM|LLA|VAR|GPA|ZC|SP|EIR|CIP|ORD|RES|APP|APPL|BID|EMP|CSLB|LIC|NEM|OPT|CONF|"
                                 # a number's own label word, or a campaign committee's FPPC or filer id
                                 r"ID|NO|NUM|NBR|FPPC|FILER")
# an organisation's own id for a customer: its letters, a dash or not, and six to twelve digits ("VVCP-4491648")
_PREFIXED_ID = re.compile(r"\s*(?P<prefix>[A-Z]{2,6})[-\u2010-\u2013 ]?\d{6,12}\s*")
_ID_WORD = re.compile(r"(?i)^\W*(?:id|no|nbr|num|number|#)(?:$|[\W_])|^(?-i:ID|Id)$")


def own_id_prefix(value: str) -> str | None:
    """The letters of an organisation's own id ("VVCP" of "VVCP-4491648"), None for any other value and for the
    letters of another kind of number (a permit's BLD-, a work order's WO-, an invoice's INV-)."""
    match = _PREFIXED_ID.fullmatch(value)
    return match["prefix"] if match and not OTHER_NUMBER_PREFIX.fullmatch(match["prefix"]) else None


def names_own_id(label: str, prefix: str) -> bool:
    """Whether a field's name calls it the id of these letters ("VVCP ID", "new_vvcp_id", "vvcpId", "VVCP #"): a CCA's
    or a utility's own number for its customer, whatever the organisation is called."""
    words = re.sub(r"(?<=[a-z])(?=[A-Z])|_", " ", label)
    found = re.search(rf"(?i)(?<![A-Za-z]){re.escape(prefix)}", words)
    return bool(found) and _ID_WORD.search(words[found.end():]) is not None


# a workspace chat export's author of each message (Slack's "user_profile.real_name", "user_profile.display_name"):
# a member of the organisation's workspace, not the customer a message names
_WORKSPACE_AUTHOR = re.compile(r"(?i)user_profile\.\w+")


def workspace_author_column(label: str) -> bool:
    """A column of who in the workspace wrote a message of a chat export (``_WORKSPACE_AUTHOR``): staff."""
    return bool(_WORKSPACE_AUTHOR.fullmatch(label))


def public_roster_column(label: str) -> bool:
    """A column naming a public body's members or a volunteer corps' ("Council member", "Commissioner", "Block
    captain", "Coach"): people the City lists with their seats and offices, no program's participants."""
    return bool(_PUBLIC_ROSTER_COLUMN.search(split_words(label)))


def staff_column(label: str) -> bool:
    """A column naming who on staff took, entered or worked the row ("CSR", "Entered By", a JSON ticket's
    "assignedTo.name"), in English or in a customer's language ("Personal bilingüe", "双语工作人员"): its names are
    staff's."""
    return bool(_STAFF_COLUMN.search(split_words(to_english(label))))


# a column of the organisation each row's person speaks for ("Organization", "Company", "Agency", "Employer",
# "Affiliation", a media log's "Outlet"): a contact list of organisations' people, a call log's reporters and vendors
_ORGANISATION_COLUMN = re.compile(r"(?i)\s*(?:caller'?s?\s+|contact'?s?\s+)?(?:organi[sz]ation|org\.?|company|agency|"
                                  r"firm|employer|affiliation|(?:media\s+|news\s+)?outlet|publication|representing|"
                                  r"on\s+behalf\s+of)(?:\s+name)?\s*:?\s*")
# a column of the number to call the row's person back at ("Call back", "CBR"): strong of a member of the public, yet
# it says nothing of whom the person speaks for
_CALL_BACK = re.compile(rf"(?i)\b(?:{CALL_BACK_WORDS})\b")


# a column of a firm the row's work was done by, hired by the customer or the City: a permit's "Contractor Ph", a
# rebate's "Installer phone", a consultant's e-mail; not one that names the customer too ("Owner/Contractor Phone": an
# owner-builder's own), nor a payables register's "Vendor" or "Supplier", who may be a customer a refund is paid to
_HIRED_FIRMS_COLUMN = re.compile(r"(?i)(?<![a-z])(?:(?:sub)?contractors?|installers?|consultants?|cslb)(?![a-z])")
_OWNER_TOO = re.compile(r"(?i)(?<![a-z])(?:owners?|customers?|applicants?|residents?|homeowners?|tenants?)(?![a-z])")


def hired_firms_column(label: str) -> bool:
    """Whether a column holds the contact of a firm the row's work was done by (see ``_HIRED_FIRMS_COLUMN``): the
    firm's licence, phone and mailbox, published with the permit or the rebate, never the customer's."""
    return (_HIRED_FIRMS_COLUMN.search(label) is not None or _INSTALLER.match(split_words(label).lower()) is not None) \
        and _OWNER_TOO.search(label) is None


def partys_column(label: str) -> bool:
    """Whether a column names the person a row's permit, case or service is about ("Owner", "Property Owner",
    "Applicant", "Tenant", "Customer"), no firm hired for the work."""
    return _OWNER_TOO.search(label) is not None and _HIRED_FIRMS_COLUMN.search(label) is None


def organisation_column(label: str) -> bool:
    """Whether a column names the organisation each row's person is with (see ``_ORGANISATION_COLUMN``)."""
    return bool(_ORGANISATION_COLUMN.fullmatch(split_words(label)))


def call_back_column(label: str) -> bool:
    """Whether a column holds the number to call the row's person back at ("Call back", "Callback #", "CBR")."""
    return bool(_CALL_BACK.search(label))


# (a field name may open with a word of two letters: a legacy export's "NmFirst", "PhHome", "DtBirth", or hold one: a
# mail merge's "CityStZip"; a word may end on a unit or a code in capitals: "AnnualKWH", "customerID")
_WORD_JOINS = re.compile(r"(?<=[a-z]{2})(?=[A-Z][a-z])|(?<=^[A-Z][a-z])(?=[A-Z][a-z]{2})|(?<=[a-z][A-Z][a-z])(?=[A-Z][a-z]{2})|"
                         r"(?<=[a-z]{2})(?=[A-Z]{2,}(?:[A-Z][a-z]|\d|_|$))|_")


def split_words(name: str) -> str:
    """A field name's words apart: "serviceAddress", "service_address", "NmFirst" -> "service Address", "service
    address", "Nm First" (not "kWh")."""
    return _WORD_JOINS.sub(" ", name)


def person_role_column(label: str) -> bool:
    """A column naming the person a row is about by their role ("Customer", "Caller", "Tenant", "Payee"), not a plain
    "Name", which a list of the City's facilities has too: no park or pool calls in or is paid a refund."""
    return bool(_PERSON_ROLE_COLUMN.fullmatch(label))


_PERSON_ROLE_COLUMN = re.compile(r"(?i)\s*(?:customer|caller|resident|tenant|occupant|homeowner|ratepayer|"
                                 r"account\s?holder|requester|complainant|claimant|(?:refund\s+)?payee|enrollee|"
                                 r"participant)(?:'?s)?"
                                 r"(?:\s+name)?\s*:?\s*")


def meter_column(label: str) -> bool:
    """A field named as a meter's alone ("METER_ID", "Mtr No", "Meter #"), not as an account's or a service
    point's ("Meter Account", "Service Meter"): the equipment's number where the record names no customer."""
    return bool(_METER.search(label)) and not _ACCOUNT_WORD.search(label)


@lru_cache(maxsize=1024)
def columns(labels: tuple[str, ...]) -> tuple[str, tuple]:
    """What a table's header row alone says about its rows, and (kind, strong) per column.

    "unlabelled" (no headers: judge the values), "listing" (a staff roster or a facility list),
    "usage" (usage figures only: a customer's if the page names one), "maybe" (headers that can tie a
    person to an account, home or usage: judge the values), or "no".
    """
    if not any(labels):
        return "unlabelled", ()
    kinds_strong = _applicants_of_accounts(labels, tuple(header_kind(label) for label in labels))
    kinds_strong = _owners_of_accounts(labels, kinds_strong)
    kinds_strong = _payees_of_accounts(labels, kinds_strong)
    kinds_strong = _projects_of_people(labels, kinds_strong)
    kinds_strong = _cases_of_customers(labels, kinds_strong)
    kinds_strong = _events_of_usage(labels, kinds_strong)
    kinds_strong = _baselines_of_persons(labels, kinds_strong)
    kinds_strong = _partners_of_contract_accounts(labels, kinds_strong)
    return verdict_of(kinds_strong, labels), kinds_strong


# a column headed by SAP's "BP" alone ("BP", "BP No.", "BP #", "BP ID"), which elsewhere may be a building permit's
_BP = re.compile(r"(?i)\s*bp\s*(?:no\.?|nbr|number|#|id)?\s*")
# ... and SAP IS-U's other columns of a customer's billing beside it: the contract account, the installation, the
# premise (its number, not its address)
_SAP_SIBLING = re.compile(r"(?i)\b(?:contract\s*acc(?:oun)?t|installation\s*(?:no|number|nbr|id|#)|"
                          r"premise\s*(?:no|number|nbr|id|#)|vkont|anlage|vstelle)")


def _partners_of_contract_accounts(labels: tuple[str, ...], kinds_strong: tuple) -> tuple:
    """A "BP No." column beside SAP IS-U's contract account, installation or premise number columns (Name | Svc Address
    | BP No. | Contract Account): an SAP billing extract's business partner, the customer's own number there, as
    "Business Partner" is (a building permit's "BP #" sits beside no contract account)."""
    partners = [i for i, label in enumerate(labels) if kinds_strong[i][0] is None and _BP.fullmatch(label)]
    if not partners or not any(_SAP_SIBLING.search(label) for label in labels):
        return kinds_strong
    return tuple(("account", False) if i in partners else ks for i, ks in enumerate(kinds_strong))


# a demand-response event's column: "Event", "Event date", "Event #"
_EVENT = re.compile(r"(?i)\s*(?:dr\s+)?event\s*(?:#|no\.?|date|day)?\s*")


def _events_of_usage(labels: tuple[str, ...], kinds_strong: tuple) -> tuple:
    """An "Event" column beside usage columns and figures alone (Event | Baseline (kWh) | Your usage (kWh) | Saved): a
    demand-response program's events, each row the customer's use that day, not a calendar of the City's events;
    the column says nothing, and the usage is a customer's where the page names one. Beside a place, a person or a
    sponsor the events stay a public listing."""
    events = [i for i, label in enumerate(labels) if _EVENT.fullmatch(label)]
    others = {kind for i, (kind, _) in enumerate(kinds_strong) if i not in events}
    if not events or "usage" not in others or not others <= {"usage", None}:
        return kinds_strong
    return tuple((None, False) if i in events else ks for i, ks in enumerate(kinds_strong))


# a column of each row's own baseline use in kWh ("Baseline kWh (Aug)", "Baseline usage (kWh)", "Baseline annual kWh":
# a program's pre-project figure for the home): a demand-response
# program's figure for one participant; a tariff's baseline is an allowance, a rate or a zone's, which these words say
# (a data file's key too, either way round: "baseline_kwh", "baselineUsageKwh", "kwh_baseline")
# (or its baseline a day or a month, as a medical baseline list gives it: "Baseline kWh/day", "Baseline usage
# (kWh/day)", "Medical baseline kWh")
_PER_PERIOD = r"(?:\s*/\s*|\s+per\s+)(?:day|d|month|mo)"
_OWN_BASELINE = re.compile(rf"(?i)\s*(?:(?:med(?:ical)?\.?[\s-]+)?baseline[\s-]+(?:(?:annual|yearly|monthly|12[\s-]?mo(?:nth)?)[\s-]+)?"
                           rf"(?:kwh|(?:usage|use|consumption)(?:[\s-]+kwh)?)|"
                           rf"(?:kwh|usage)[\s-]+baseline)(?:{_PER_PERIOD})?(?:\s*\((?:kwh(?:{_PER_PERIOD})?|"
                           rf"[a-z]{{3,9}}\.?)\))?\s*")


def own_baseline_column(label: str) -> bool:
    """Whether a column holds each row's own baseline use in kWh (``_OWN_BASELINE``): "Baseline annual kWh"."""
    return bool(_OWN_BASELINE.fullmatch(split_words(label)))


def _baselines_of_persons(labels: tuple[str, ...], kinds_strong: tuple) -> tuple:
    """A baseline kWh column (``_OWN_BASELINE``) beside a person's name column or a customer's account column, in a
    table with no public listing's column (Participant | Phone | Baseline kWh (Aug), Household | SCE acct | Medical
    baseline kWh): each row's baseline is that person's own use, a customer's usage. A rate table's "Climate zone |
    Baseline kWh" names no person nor account and keeps its figures none."""
    baselines = [i for i, label in enumerate(labels) if own_baseline_column(label)]
    others = {kind for i, (kind, _) in enumerate(kinds_strong) if i not in baselines}
    if not baselines or not others & {"name", "account"} or others & {"veto", "soft"}:
        return kinds_strong
    return tuple(("usage", False) if i in baselines else ks for i, ks in enumerate(kinds_strong))


# a case's number column, maybe under its group's header ("Customer: Case" of an Excel export's "Customer" group), or
# a column of what the case itself is: its title or subject line, its type, status, origin ("Case Title", "Ticket
# Type", "Incident Status Reason", "Case Description"), the free text or the codes of a CRM's case form
_CASE = re.compile(r"(?i)(?:[^:]+:\s*)?\s*(?:case|complaint|ticket|incident|service\s+request)\s*"
                   r"(?:#|no\.?|number|id|title|subject|type|(?:sub-?)?category|status(?:\s+reason)?|reason|"
                   r"description|summary|origin|priority|resolution|stage)?\s*")
# the customer's column of a utility case's list, named by their part in it: "Appellant", "Complainant's name"
_PARTY = re.compile(r"(?i)\s*(?:appellant|complainant|petitioner|claimant)s?(?:'?s)?(?:\s+name)?\s*")


def _cases_of_customers(labels: tuple[str, ...], kinds_strong: tuple) -> tuple:
    """A case's number column ("Case #") beside a column that says "customer" outright (Customer, Account
    Holder, Service Address, kWh), or beside a party's column ("Appellant", "Complainant") and an account's, and no
    other public listing's column but the staff's who work the cases ("Assigned", set aside by ``verdict_of``): a
    utility's complaint or case log, or its hearing calendar of shut-off appeals, whose rows are its customers' (a
    court's or a planning department's case list names no customer, and its appellants have no account there)."""
    cases = [i for i, label in enumerate(labels) if _CASE.fullmatch(label)]
    others = [(label, ks) for i, (label, ks) in enumerate(zip(labels, kinds_strong)) if i not in cases]
    if not cases or any(kind == "veto" and not staff_column(label) for label, (kind, _) in others):
        return kinds_strong
    parties_with_accounts = any(_PARTY.fullmatch(label) for label, _ in others) and any(
        kind == "account" for _, (kind, _) in others)
    if not parties_with_accounts and not any(strong for _, (_, strong) in others):
        return kinds_strong
    return tuple((None, False) if i in cases else ks for i, ks in enumerate(kinds_strong))


_PROJECT = re.compile(r"(?i)\b(?:projects?|proyectos?)\b")


def project_column(label: str) -> bool:
    """Whether a column header names a project and nothing else a public listing's header does."""
    return header_kind(label)[0] == "veto" and bool(_PROJECT.search(label)) and header_kind(
        _PROJECT.sub(" ", label))[0] != "veto"


def _projects_of_people(labels: tuple[str, ...], kinds_strong: tuple) -> tuple:
    """A "Project" column beside the columns of a person's name, home and phone or mailbox (a meeting's sign-in
    sheet: Name | Address | Phone | Email | Project, "Add to project email list?"): the project is what the
    people came about, and they stay people; the column says nothing. A planning list's project beside its
    applicants or firms keeps the listing's veto (their columns veto it too); so does a row without a consumer
    mailbox, a firm's or an architect's contact (``tables``)."""
    projects = [i for i, label in enumerate(labels) if project_column(label)]
    others = {kind for i, (kind, _) in enumerate(kinds_strong) if i not in projects}
    if not projects or "veto" in others or not ({"name", "address"} <= others and others & {"phone", "email"}):
        return kinds_strong
    return tuple((None, False) if i in projects else ks for i, ks in enumerate(kinds_strong))


# the column of the people who applied: a permit's or a job's applicants are a public record; a program form's
# "Facility or applicant name" is one too, which a facility's name fills when a department applies; and the second
# person on the same application ("Co-applicant", "Joint applicant", "Secondary applicant name")
_APPLICANT = re.compile(r"(?i)\s*(?:(?:facility|site|business|organi[sz]ation|company)\s+or\s+)?"
                        r"(?:co-?|joint\s+|second(?:ary)?\s+|additional\s+|2nd\s+)?"
                        r"(?:applicants?|applicant(?:'s)?\s+name)\s*")


# the number a program gives each application: "Applicant ID", "Applicant No.", "Applicant #" (an XML roster's
# <Applicant id="...">, read as "Applicant id")
_APPLICANTS_NUMBER = re.compile(r"(?i)\s*applicant(?:'?s)?\s+(?:id|no\.?|number|nbr|#)\s*")


def _applicants_of_accounts(labels: tuple[str, ...], kinds_strong: tuple) -> tuple:
    """An "Applicant" column beside a utility account's, a usage or a service address's column and no other public
    listing's column (Applicant | Mailing Address | Utility Acct, the applicants of a rebate or bill-assistance
    program; Applicant | Svc addr | Decision, a deposit waiver's): the applicants are the utility's customers, the
    column their names; an "Applicant ID" column there numbers their applications, no public listing's. Beside a
    permit, a
    parcel or a project, or with no account, the applicants stay a public listing."""
    applicants = [i for i, label in enumerate(labels) if _APPLICANT.fullmatch(label)]
    numbers = [i for i, label in enumerate(labels) if _APPLICANTS_NUMBER.fullmatch(split_words(label))]
    theirs = set(applicants + numbers)
    others = [kind for i, (kind, _) in enumerate(kinds_strong) if i not in theirs]
    service_address = any(ks == ("address", True) for i, ks in enumerate(kinds_strong) if i not in theirs)
    if not theirs or "veto" in others or not ({"account", "usage"} & set(others) or service_address):
        return kinds_strong
    return tuple(("name", False) if i in applicants else (None, False) if i in numbers else ks
                 for i, ks in enumerate(kinds_strong))


# the column of who a register pays or writes a balance off for: "Payee", "Payee Name", or paired with the customer
# it is ("Payee / Customer", "Customer/Payee", "Payee (Customer)")
_CUSTOMER_ROLE = r"(?:customer|account\s?holder|ratepayer)"
_PAYEE = re.compile(rf"(?i)\s*(?:{_CUSTOMER_ROLE}\s*[/&]\s*)?payees?(?:'?s)?"
                    rf"(?:\s*(?:[/&]\s*{_CUSTOMER_ROLE}|\(\s*{_CUSTOMER_ROLE}\s*\)))?(?:\s+name)?\s*")


def _payees_of_accounts(labels: tuple[str, ...], kinds_strong: tuple) -> tuple:
    """A "Payee" column beside a column of the service address the utility serves (Payee | Service Address | Billing
    ID | Write-off: a budget's schedule of utility write-offs, a register of closed accounts' refunds) and no other
    public listing's column: the payees are the utility's customers, the column their names. A check register's or a
    vendor list's payees are paid at their office's remit-to address, never at a service address, and keep the
    listing's veto."""
    payees = [i for i, label in enumerate(labels) if _PAYEE.fullmatch(label)]
    others = [ks for i, ks in enumerate(kinds_strong) if i not in payees]
    if not payees or any(kind == "veto" for kind, _ in others) or ("address", True) not in others:
        return kinds_strong
    return tuple(("name", False) if i in payees else ks for i, ks in enumerate(kinds_strong))


# what a utility's or a CCA's customers apply to, as a program's export, its sheet or its file is titled: a rebate, an
# incentive, bill or energy assistance, a discount rate's enrolment (CARE, FERA, Medical Baseline), a home's solar,
# battery, heat pump or EV charger (file names glue their words: "ev_rebate_apps", "MedicalBaselineApplications")
_PROGRAM_APPLIED_TO = re.compile(r"(?i)(?<![a-z])(?:rebates?|incentives?|(?:bill|payment|energy|utility)[\s_-]*"
                                 r"(?:assistance|help|credits?|discounts?)|medical[\s_-]*baseline|enrol?l?ments?|"
                                 r"weatheri[sz]ation|solar|batter(?:y|ies)|heat[\s_-]*pumps?|ev[\s_-]*charg\w*|"
                                 r"chargers?|(?-i:CARE|FERA|EV|LIHEAP)|reembolsos?|incentivos?)(?![a-z])")
# a title naming who applied as no program's customers: a permit's, a licence's, a job's, a board's or a program's
# contractors, vendors and installers, bidders, grants to organisations
_PUBLIC_APPLICANTS = re.compile(r"(?i)(?<![a-z])(?:permits?|licen[cs]es?|jobs?|employment|positions?|recruit\w*|"
                                r"boards?|commissions?|committees?|volunteers?|contractors?|vendors?|installers?|"
                                r"bid(?:s|ders?)?|rfps?|proposals?|organi[sz]ations?|non-?profits?|grantees?)(?![a-z])")


def program_applicants(labels: tuple[str, ...], kinds_strong: tuple, title: str) -> tuple:
    """An "Applicant" column beside the columns of where and how to reach each applicant (a home's address, a
    phone, a mailbox) and no other public listing's column, in a table whose title, sheet or file names a program
    the utility's customers apply to ("EV charger rebate applications": Applicant | Phone | E-mail | Install
    address): the applicants are the program's customers, the column their names. A permit's, a job's, a board's
    or the program's contractors' applicants stay a public listing, as do applicants with no contact columns."""
    applicants = [i for i, label in enumerate(labels) if _APPLICANT.fullmatch(label)]
    others = {kind for i, (kind, _) in enumerate(kinds_strong) if i not in applicants}
    if (not applicants or "veto" in others or not others & _CONTACT_KINDS or not _PROGRAM_APPLIED_TO.search(title)
            or _PUBLIC_APPLICANTS.search(title)):
        return kinds_strong
    return tuple(("name", False) if i in applicants else ks for i, ks in enumerate(kinds_strong))


# a utility's or a CCA's service matter a row is about, as a customer-care export's topic or a register's memo says:
# an opt-out, a bill, a rate, a start or stop of service, a shutoff, a closed account's refund, a meter, solar's
# interconnection ("Opt-out request", "High bill", "Rate question", "CLOSED ACCT REFUND ...", "Svc turn on")
_SERVICE_MATTER = re.compile(r"(?i)(?<![a-z])(?:opt[\s_-]*(?:out|in)|(?:high|final|estimated|disputed)[\s_-]*bills?|"
                             r"bill(?:s|ing)?[\s_-]*(?:error|dispute|inquiry|question|complaint)|"
                             r"rate[\s_-]*(?:question|"
                             r"change|plan)|(?:start|stop|transfer)[\s_-]*(?:of[\s_-]*)?service|(?:svc|service)[\s_-]*"
                             r"(?:turn[\s_-]*(?:on|off)|request|connect\w*)|shut[\s_-]*offs?|disconnect\w*|"
                             r"(?:acct|account|cust(?:omer)?|utility|deposit)[\s_-]*refunds?|"
                             # (what a customer disputes of their own service: "Late fee", "Meter read dispute")
                             r"late[\s_-]*fees?|meter[\s_-]*(?:read(?:ing)?s?[\s_-]*)?(?:disputes?|complaints?|tests?)|"
                             # (what a customer behind on their bills agrees to: "Payment arrangement", "Pay plan")
                             r"pay(?:ment)?[\s_-]*(?:arrangements?|plans?|extensions?)|budget[\s_-]*billing|"
                             r"level(?:ized)?[\s_-]*pay(?:ment)?(?:[\s_-]*plan)?|arrear\w*|"
                             r"net[\s_-]*(?:energy[\s_-]*)?"
                             r"metering|nem|interconnection|baja[\s_-]*voluntaria|factura[\s_-]*alta)(?![a-z])")
# a program's own number for each participant's application, rebate, award or enrolment: "Rebate No.", "App ID",
# "Application #", "Enrollment ID", "Award No", "Reservation No."; an export's reference to it, as accounts payable
# and CRM exports label the number they carry: "Rebate Ref", "Ref (Rebate ID)", "Reference: Application #"
_PROGRAM_ID = re.compile(r"(?i)\s*(?:(?:ref(?:erence)?|tracking)\.?\s*[(:]?\s*)?"
                         # (the word cut short with its period too: "App. ID", "Appl. No.")
                         r"(?:rebate|incentive|app|appl|application|enrol?l?ment|award|reservation|voucher|participant)"
                         r"\.?\s*"
                         r"(?:no\.?|nos\.?|number|nbr|num|#|id|ref(?:erence)?\.?)(?:\s*(?:no\.?|#|id))?\s*\)?\s*")
# a column of figures in kWh a header names no further ("Est. Annual Savings (kWh)", "kWh saved")
_KWH_COLUMN = re.compile(r"(?i)(?<![a-z])kwh(?![a-z])")


def program_id_column(label: str) -> bool:
    """Whether a column holds a program's number for each participant ("Rebate No.", "App ID", "Enrollment #")."""
    return bool(_PROGRAM_ID.fullmatch(split_words(label)))


# a column numbering the row itself, a case's, a ticket's or a check's: "Case Number", "Ticket #", "Check No."
_RECORD_NUMBER = re.compile(r"(?i)(?:\b(?:no|nos|number|nbr|num|id)\b\.?|#)\s*$")
# a column of the row's own case or ticket, as a CRM's export heads its fields: how it came in, its state, its kind,
# when it opened or closed, who on staff owns it ("Case Origin", "Case Status", "Ticket Priority", "Case Reason",
# "Date/Time Opened", "Case Owner")
_RECORD_FIELD = re.compile(r"(?i)\s*(?:(?:case|ticket|request|incident|inquiry|enquiry)\s+(?:origin|source|channel|"
                           r"status|stage|type|sub\s?type|reason|category|priority|subject|owner|queue|age|"
                           r"(?:date\s*/?\s*time|date)(?:\s+(?:opened|closed|created))?|(?:opened|closed|created)"
                           r"(?:\s+date)?)|date\s*/?\s*time\s+(?:opened|closed))\s*")
# the number of a case or a ticket itself: "Case Number", "Case #", "Ticket ID", "Incident No.", "Request ID"
_CASE_NUMBER = re.compile(r"(?i)\s*(?:case|ticket|incident|inquiry|enquiry|(?:service\s+)?request)\s*"
                          r"(?:no\.?|number|nbr|num|#|id)\s*")


def record_field_column(label: str) -> bool:
    """Whether a column holds a field of the row's own case or ticket ("Case Origin", "Case Owner", "Date/Time
    Opened"): the record's, never a public listing's, whatever word it has."""
    return bool(_RECORD_FIELD.fullmatch(split_words(label)))
# a person's column that is an organisation's by its name: a business's, a firm's, an agency's
_FIRMS_COLUMN = re.compile(r"(?i)(?<![a-z])(?:business(?:es)?|compan(?:y|ies)|firms?|dba|agenc(?:y|ies)|employers?|"
                           r"entit(?:y|ies)|organi[sz]ations?|vendors?|contractors?)(?![a-z])")
# who a public process lists, and the process: a meeting's speakers and commenters, a grant's organisations, a
# program's installers, permits and licences, jobs, boards (``_PUBLIC_APPLICANTS``)
_PUBLIC_PROCESS = re.compile(r"(?i)(?<![a-z])(?:speakers?|public[\s_-]*comments?|commenters?|testimony|hearings?|"
                             r"candidates?|nominees?|grants?|sponsors?|donors?|inspect(?:ion|ions|or|ors)|"
                             r"staff|employees?|crews?|work[\s_-]*orders?|code[\s_-]*(?:case|enforcement))(?![a-z])")


# a column of the people who spoke or wrote to a public body: "Speaker", "Speaker Name", "Name of Speaker", "Public
# Commenter", "Testifier", Spanish "Orador"
SPEAKER_COLUMN = re.compile(r"(?i)\s*(?:(?:(?:public|registered)\s+)?(?:speakers?|comment[eo]rs?|testifiers?|"
                            r"orador(?:es|a)?)(?:'?s)?(?:\s+name)?|"
                            r"name\s+of\s+(?:the\s+)?(?:speaker|commenter))\s*:?\s*")


# a person's column a firm's list names by their part in the firm: its contact, owner, principal, representative
_FIRMS_PERSON = re.compile(r"(?i)\b(?:contacts?|owners?|principals?|representatives?|reps?|agents?|president|officers?|"
                           r"signator(?:y|ies)|authori[sz]ed)\b")


def firms_column(label: str) -> bool:
    """Whether a column is an organisation's by its name: a business's, a firm's, a vendor's, a contractor's."""
    return bool(_FIRMS_COLUMN.search(split_words(label)))


def program_matter(text: str) -> bool:
    """Whether a title, a header row or cells name what a utility's customers apply to or call about: a rebate, an
    incentive, an enrolment, an opt-out, a high bill, a closed account's refund (``_PROGRAM_APPLIED_TO``,
    ``_SERVICE_MATTER``)."""
    return bool(_PROGRAM_APPLIED_TO.search(text) or _SERVICE_MATTER.search(text))


def public_process(text: str) -> bool:
    """Whether a title, a header row or cells name a public process whose people are listed as such: a permit's, a
    licence's, a job's, a board's, a grant's, a contractor's, a meeting's speakers, a work order's crew
    (``_PUBLIC_APPLICANTS``, ``_PUBLIC_PROCESS``)."""
    return bool(_PUBLIC_APPLICANTS.search(text) or _PUBLIC_PROCESS.search(text))


# a column of the person to call about each row's program, office or place: "Contact", "Contact Name", "Program Contact"
_CONTACT_PERSON = re.compile(r"(?:(?:program|staff|primary|main|city|office|department|dept)\s+)?contact"
                             r"(?:\s+(?:name|person))?")


def program_participants(labels: tuple[str, ...], kinds_strong: tuple, title: str,
                         cells: tuple[str | None, ...], named: bool = False) -> tuple:
    """A table of a program's or a service's participants no header calls customers or accounts: a column most of
    whose cells (``cells``, each column's kind by its cells' shapes) are people's names, beside columns of where and
    how to reach them (a home's address, a phone, a mailbox), in a table whose title, file name, headers or cells
    name what a utility's customers apply to or call about (a rebate, an enrolment, an opt-out, a high bill, a closed
    account's refund: a CRM's "Ticket | Contact | Contact Ph | Svc Location | Type: Opt-out request", a rebate's
    "Participant | Site Address | Rebate No.", a refund register's "Payee | Payee Address | Memo: CLOSED ACCT
    REFUND"). The people are the program's customers: their columns are their names, homes, phones and mailboxes, a
    program's number for each ("Rebate No.", "App ID") their program account where no column gives their utility
    account, a column in kWh (what each home
    saved) their usage; a ticket's, a case's or a check's number stays no one's. A permit's, a licence's, a job's,
    a board's, a grant's or a contractor's list, a meeting's speakers, a work order's crew, a roster's titles or
    departments and a register paying firms (their names no person's) stay public. A firm's column beside the
    people's own ("Recipient | Install Address | Contractor | Contact Email" of a heat pump rebate's payments) is the
    installer who did the work at the home, set aside, where the people have a home's address: they stay the
    program's customers, unless their own column is a firm's or names their part in a firm (a firm's contact person,
    owner or principal). ``named``: the headers already name the people and how to reach them, with no
    listing's column ("Name | Email", "Participant | Reason | Phone"): under a program's or a matter's title the
    table is the list of its participants, their name beside a phone or a mailbox alone their record, as a case
    list's is."""
    if not program_matter(title) or public_process(title):
        return kinds_strong
    firms = {i for i, label in enumerate(labels) if firms_column(label)}
    people = [i for i, (label, cell) in enumerate(zip(labels, cells)) if cell == "name" and not staff_column(label)
              and kinds_strong[i][0] in ("name", "contact", "soft", "veto", None)]
    # (an installer's or a property manager's phone is the firm's, beside the people's own: its column stays set aside)
    hired = {i for i, label in enumerate(labels) if _INSTALLER.match(split_words(label).lower())}
    reached = [i for i, cell in enumerate(cells) if cell in _REACHED_KINDS and kinds_strong[i][0] not in (
        "name", "account", "identifier") and i not in hired]
    if firms and (len(people) != 1 or people[0] in firms or kinds_strong[people[0]][0] not in ("name", None)
                  or _FIRMS_PERSON.search(split_words(labels[people[0]]))
                  or "address" not in {cells[i] for i in reached}):
        return kinds_strong  # a firm's contact person, owner or principal, at the firm's office
    if len(people) != 1 or not reached or any(
            kind == "veto" and i not in people + reached + list(firms) and not _RECORD_NUMBER.search(split_words(label))
            and not record_field_column(label) and not _IDENTIFIER_WORDS.search(split_words(label).lower())
            for i, (label, (kind, _)) in enumerate(zip(labels, kinds_strong))):
        return kinds_strong  # a roster's "Title", "Department", "Role" or "Crew" keeps it a public listing
    if named and _CONTACT_PERSON.fullmatch(split_words(labels[people[0]]).lower()):
        return kinds_strong  # "Program | Contact | Phone": each row's program or office, and whom to call about it
    # a case list's or a ticket queue's rows are the people who called or wrote about the matter: their name beside a
    # phone or a mailbox alone is their record, as a home's address would make it
    # (so are a program's applicants, as ``program_applicants`` reads the "Applicant" column: "Applicant | Mailbox |
    # Status" of an EV charger rebate's reservations)
    cases = named or _APPLICANT.fullmatch(labels[people[0]]) is not None or any(
        _CASE_NUMBER.fullmatch(split_words(label)) or record_field_column(label) for label in labels)
    # beside the utility's own account column a program's number numbers the application, a program's file
    accounts = any(kind == "account" for kind, _ in kinds_strong)
    inferred = []
    for i, (label, (kind, strong)) in enumerate(zip(labels, kinds_strong)):
        if i in people:
            inferred.append(("name", cases))
        elif i in reached:
            # (a column that says it outright keeps saying so: "Callback" is a customer's number to call back)
            inferred.append((cells[i], strong and kind == cells[i]))
        elif program_id_column(label) and not accounts:
            inferred.append(("account", False))
        elif kind is None and _KWH_COLUMN.search(label):
            inferred.append(("usage", False))  # "Est. Annual Savings (kWh)": the home's, as its usage is
        elif kind == "veto" and staff_column(label) or i in hired:
            inferred.append((kind, strong))  # who on staff owns or took the case, the firm hired: set aside
        else:
            inferred.append((None, False) if kind in ("veto", "soft", "contact") else (kind, strong))
    return tuple(inferred)


# the owner of a parcel as an assessor's roll and a lien list name them: "Owner", "Property Owner", "Owner of Record",
# "Record Owner", "Owner Name", "Owner Mailing Address", "Assessee"
_OWNER = re.compile(r"(?i)\b(?:(?:property|record|legal|parcel)\s+)?(?:owner|assessee)(?:'?s)?\b(?:\s+of\s+record)?")


def _owners_of_accounts(labels: tuple[str, ...], kinds_strong: tuple) -> tuple:
    """A lien roll's columns: a parcel's ("APN") or an owner's ("Owner of Record", "Property Owner", "Assessee")
    beside a column of the utility's account and no other public listing's column (Customer No. | Owner of Record |
    Service Location | APN, delinquent charges put on the owners' tax bills), or beside a home's usage where it is
    (``_homes_usage``: a utility's interconnection queue of homeowners): the owners are the accounts' customers,
    the column their names (or their mailing address, their phone), the property's or site's address column their
    service address, and the parcel is where the lien goes, no listing's column (``_parcels_set_aside``). Without either (a permit log's owner, a zoning notice's parcel
    list) both stay a public record's; a CRM's "Record Owner" with no parcel beside it is staff's; an inventory's
    "Owner" (a street light's pole, a charger's: the City or the utility) beside the City's own accounts is no
    customer's."""
    if any(_CITY_EQUIPMENT.search(split_words(label)) for label in labels):
        return kinds_strong
    parcels = {i for i, label in enumerate(labels) if parcel_column(label)}
    owners = {i for i, label in enumerate(labels) if i not in parcels and _OWNER.search(label)
              and (parcels or not staff_column(label))}
    others = [kind for i, (kind, _) in enumerate(kinds_strong) if i not in owners | parcels]
    if not owners or "veto" in others or "account" not in others and not _homes_usage(
            [label for i, label in enumerate(labels) if i not in owners], others):
        return kinds_strong
    owners -= {i for i in owners if tickets_owner_column(labels[i], labels)}
    if not owners:
        return kinds_strong
    return tuple(_owners_field(label) if i in owners else ("address", False) if ks[0] == "soft" and _PLACE_COLUMN.search(
        split_words(label)) else ks for i, (label, ks) in enumerate(zip(labels, kinds_strong)))


# a lien roll's column of where the owner's account is served: "Property Address", "Site Address", "Service Location"
# (beside an owner and an account, no firm's office nor the City's facility)
_PLACE_COLUMN = re.compile(r"(?i)\b(?:address|location|situs)\b")


# a column naming a building or a facility, or what a building benchmarking disclosure gives for one: its floor area,
# its energy use intensity, its ENERGY STAR score
_BUILDING_COLUMN = re.compile(r"(?i)\b(?:buildings?|facilit(?:y|ies)|propert(?:y|ies)|premises\s+name|floor\s+area|"
                              r"sq\.?\s*f(?:ee)?t|square\s+f(?:ee|oo)t|gfa|eui|energy\s+star|portfolio\s+manager)\b")


def _homes_usage(labels: list[str], others: list) -> bool:
    """Whether the columns beside an owner's (``labels``, their ``others`` kinds) give a home's own consumption where
    it is ("Service Order | Owner | Site | System Size | Prior-Yr Usage": a utility's solar interconnection queue of
    homeowners): a usage column and a column of the place, and none naming a building or a facility (a benchmarking
    disclosure's owners and their buildings' use are public, so are the City's facilities)."""
    return ("usage" in others and bool({"address", "soft"} & set(others))
            and not any(_BUILDING_COLUMN.search(split_words(label)) for label in labels))


# the owner of the row itself, as a CRM's or a case tracker's queue names them: "Owner", "Case Owner", "Assigned owner"
_TICKETS_OWNER = re.compile(r"(?i)\s*(?:(?:case|ticket|record|task|queue|assigned|current)\s+)?owner\s*:?\s*")


@lru_cache(maxsize=1024)
def tickets_owner_column(label: str, labels: tuple[str, ...]) -> bool:
    """Whether a table's "Owner" column (``label`` among its ``labels``) names the staff member who owns each row
    (Ticket | Account holder | Service address | Acct | Notes | Owner: a customer-care queue's): another column names
    the account's holder outright, and no parcel's column makes the owner a property's. A lien roll's "Owner of
    Record" is the customer, and its only name column."""
    return bool(_TICKETS_OWNER.fullmatch(split_words(label))) and not any(parcel_column(other) for other in labels) \
        and any(other != label and header_kind(other) == ("name", True) for other in labels)


def _owners_field(label: str) -> tuple[str | None, bool]:
    """What an owner's column holds: the owner's name, or the field its other words name ("Owner Mailing Address")."""
    kind = header_kind(_OWNER.sub(" ", label))[0]
    return (kind if kind in _CONTACT_KINDS else "name"), False


def _equipment_list(labels: tuple[str, ...], kinds_strong: tuple[tuple[str | None, bool], ...]) -> bool:
    """Whether a table lists the City's installations: a column of its equipment and no person's column (a repair
    request's "Pole | Location | Reported by | Callback" names the resident who called); an export's "POLE_ID" too."""
    labels = tuple(split_words(label) for label in labels)
    return any(_CITY_EQUIPMENT.search(label) for label in labels) and not any(
        kind == "name" and not _CITY_EQUIPMENT.search(label) for label, (kind, _) in zip(labels, kinds_strong))


_STREET_LIGHTING = re.compile(rf"(?i)\b(?:{_LIGHTING_WORDS})\b")
# the columns by which a person is reached or known: a street light has none
_PERSONS_OWN_KINDS = frozenset({"name", "phone", "email", "contact", "identifier"})


@lru_cache(maxsize=1024)
def street_lighting_list(labels: tuple[str, ...]) -> bool:
    """Whether a row's columns are a street-light inventory's ("Pole ID | Street | Fixture | Watts | SCE Acct | Rate"):
    a column of a pole, a fixture or a luminaire and no column of a person's name, phone, mailbox or identifier. Its
    accounts are the City's own street-lighting accounts, which the City publishes with the lights; a repair
    request's "Pole | Reported by | Callback" names the caller."""
    kinds = {header_kind(label)[0] for label in labels}
    return any(_STREET_LIGHTING.search(split_words(label)) for label in labels) and not kinds & _PERSONS_OWN_KINDS


def verdict_of(kinds_strong: tuple[tuple[str | None, bool], ...], labels: tuple[str, ...] = ()) -> str:
    """What columns of these (kind, strong) say about their rows (see ``columns``); ``labels``, their headers,
    when known, set a staff column and a lien roll's parcel column aside (``_staff_set_aside``,
    ``_parcels_set_aside``)."""
    kinds_strong = _staff_set_aside(labels, _parcels_set_aside(labels, _permits_set_aside(labels, kinds_strong)))
    kinds = {kind or "other" for kind, _ in kinds_strong}
    strong = any(s for _, s in kinds_strong)
    # columns that say "customer" outright of a name and of where or how to reach them ("Customer", "Service
    # address", "Callback") make a customers' table whatever else it lists beside them ("Outage event", "Credit"); a
    # customer's name beside their kWh and a rank is an annual report's largest ratepayers
    said_outright = {kind for kind, s in kinds_strong if s}
    customers_table = "name" in said_outright and bool(said_outright & {"address", "account", "phone", "email"})
    if ("veto" in kinds and not customers_table) or ("soft" in kinds and not strong) or _equipment_list(labels,
                                                                                                     kinds_strong):
        return "listing"
    if ties(kinds - {"other", "soft"}, strong):
        return "maybe"
    return "usage" if "usage" in kinds and kinds <= {"usage", "other"} else "no"


# a parcel's own column: "APN", "AIN", "Parcel", "Parcel No.", "Assessor's Parcel Number", "Parcel (APN)"
_PARCEL_COLUMN = re.compile(r"(?i)\s*(?:assessor'?s?\s+)?(?:parcel|apn|ain|a\.p\.n\.)\s*(?:no\.?|number|nbr|#|id)?\s*"
                            r"(?:\((?:apn|ain)\))?\s*")


@lru_cache(maxsize=1024)
def parcel_column(label: str) -> bool:
    """Whether a column holds the county's parcel numbers ("APN", "AIN", "Assessor Parcel No."): public numbers of
    the assessment roll, never a customer's account, whatever their shape."""
    return bool(_PARCEL_COLUMN.fullmatch(label))


def _parcels_set_aside(labels: tuple[str, ...], kinds_strong: tuple) -> tuple:
    """The columns that judge a row, a parcel's column set aside beside a utility account's column and no other
    public listing's (APN | Service Address | Utility Acct | Amount: a roll of delinquent charges a council places as
    liens on the parcels): the parcel is where the lien goes, the rows are the customers' accounts. A permit log's or
    a zoning notice's parcels, with no account beside them, keep the listing's veto. The column's own cells stay
    unread (its kind is kept)."""
    parcels = {i for i, label in enumerate(labels) if parcel_column(label)}
    others = {kind for i, (kind, _) in enumerate(kinds_strong) if i not in parcels}
    if not parcels or "veto" in others or "account" not in others:
        return kinds_strong
    return tuple((None, False) if i in parcels else ks for i, ks in enumerate(kinds_strong))


# a permit's own number column: "Permit", "Permit No.", "Permit #", "Solar Permit", "PERMIT_NUMBER"
_PERMIT_COLUMN = re.compile(r"(?i)\s*(?:(?:building|electrical|solar|pv|ev|battery|interconnection)\s+)?permits?\s*"
                            r"(?:no\.?|number|nbr|#|id)?\s*")


def _permits_set_aside(labels: tuple[str, ...], kinds_strong: tuple) -> tuple:
    """The columns that judge a row, a permit's number column set aside beside a utility account's column and the
    home's usage, phone or mailbox, and no other public listing's column (Permit | Owner | Owner Phone | Service
    Account | kWh (12 mo): a rooftop solar interconnection's export, whose permit is the home's, its rows the
    utility's customers). A permit log (Permit | Applicant | Site | Contractor), with no account beside it, keeps the
    listing's veto. The column's own cells stay unread (its kind is kept)."""
    permits = {i for i, label in enumerate(labels) if _PERMIT_COLUMN.fullmatch(split_words(label))}
    others = {kind for i, (kind, _) in enumerate(kinds_strong) if i not in permits}
    if not permits or "veto" in others or "account" not in others or not others & {"usage", "phone", "email"}:
        return kinds_strong
    return tuple((None, False) if i in permits else ks for i, ks in enumerate(kinds_strong))


def _staff_set_aside(labels: tuple[str, ...], kinds_strong: tuple) -> tuple:
    """The columns that judge a row, without the column of who on staff took or checked it ("Rep", "Handled by",
    "Verified by", a field crew's "Crew", "Read by") when the others make a customer record and are no public
    listing's (Caller | Callback # | Account | Rep; a route sheet's Service address | Meter | kWh | Reader): a call
    log's rows are its callers' records, the staff column only its own cells' (``tables`` leaves them out). A
    roster's "Staff | Title | Phone" keeps its veto; so does any table whose other columns do not make a customer
    record (a standby roster's "Crew | Truck | Yard phone")."""
    staff = {i for i, label in enumerate(labels) if staff_column(label) and kinds_strong[i][0] == "veto"}
    others = tuple(ks for i, ks in enumerate(kinds_strong) if i not in staff)
    kinds = {kind for kind, _ in others}
    if not staff or "veto" in kinds or not ties(kinds - {None, "soft"}, any(s for _, s in others)):
        return kinds_strong
    return others


def ties(kinds: set[str], strong: bool) -> bool:
    """Whether fields of these kinds make a customer record: a person or contact tied to an account or
    usage, or a person with a home and a phone or mailbox (a sign-up sheet); not a roster's name + phone, a
    place's address + phone, nor names with addresses alone (campaign contributors, award winners, landmarks)."""
    if strong and len(kinds) >= 2:
        return True
    linked = kinds & {"account", "usage", "identifier"}
    reachable = kinds & {"phone", "email", "contact"}
    return bool(("name" in kinds and (linked or ("address" in kinds and reachable)))
                or (linked and (reachable or "address" in kinds))
                or {"account", "usage"} <= kinds)


_PHRASES = """name|names|full name|customer|customers|customer name|account holder|account name|name on account
name on the account|name on bill|name on the bill|name on utility bill|name on your bill
acct holder|acct. holder|account holder name|acct holder name|cust name|ratepayer|resident|resident name|tenant|homeowner|first name|last name|contact name|participant|attn|attention
enrollee|beneficiary|occupant|caller|caller name|claimant|claimant name|name of claimant|claimant's name
complainant|appellant|petitioner|debtor|debtor name|spouse
address|service address|billing address|mailing address|home address|street address|residence
residential address|premise address|premise|premises|service location|addr|svc addr
phone|phone number|telephone|telephone number|tel|cell|cell phone|mobile|mobile phone|home phone
daytime phone|contact number|contact phone|ph|callback|call back|callback number|cbr|email|e-mail|email address
best number|best contact|best phone|preferred number|preferred phone|daytime number|alternate number|alt number
e-mail address
account|account no|account number|acct|acct no|service account|service acct|sa|sa id|customer account
customer number|customer no|customer id|cust no|meter number|meter no|service agreement|service id|account id
premise id|esi id|esiid|svc agmt|cust id|meter|meter id|account ending|account ending in|acct ending|acct ending in
water account|water acct|gas account|gas acct|cuenta de agua|cuenta de gas|número de medidor|numero de medidor
núm. de medidor|cuenta que termina en
usage|kwh|kwh usage|kwh used|kwh billed|kwh consumed|kwh metered|energy usage|electricity usage|electric usage|monthly usage|total usage
annual usage|consumption|energy consumption|electricity consumption|usage (kwh)|total kwh|energy use
electricity use|electric use|monthly use|annual use|average monthly use|average monthly usage|avg monthly use
avg monthly usage
contact|title|position|department|dept|division|district|council district|ward|hours|office hours|vendor
contractor|supplier|payee|remit to|applicant|project|case|case no|apn|parcel|permit|company|business
organization|agency|facility|owner|property owner|location|invoice|nombre|nombre del cliente|cliente
titular de la cuenta|dirección|direccion|dirección de servicio|domicilio|teléfono|telefono|celular|cel|cel.|correo
correo electrónico|cuenta|número de cuenta|numero de cuenta|uso|consumo
ssn|ss|social security|social security number|social security no|soc sec|soc sec no|itin|tin|ein|tax id
taxpayer id|date of birth|dob|driver license|drivers license|driver's license|número de seguro social""".replace(
    "\n", "|").split("|")
# the period or the record a field's label qualifies its value by, after its phrase or its unit: "Usage (kWh) last
# period:", "Consumo (kWh) del último periodo:", "kWh used this month:", "Gas account (SoCalGas) on file:", "Cuenta de
# gas en archivo:"; a label's own words, never its value (the ":" ends it)
PERIOD_OR_RECORD = (r"\s+(?:(?:del?|en|el|la|for|in|during|of|the)\s+){0,3}(?:[uú]ltim[oa]|pasad[oa]|anterior|actual|"
                    r"mes|month|period|per[ií]odo|billing|cycle|ciclo|year|a[ñn]o|last|this|previous|prior|current)\b"
                    r"[^:#\n\u2013\u2014-]{0,24}|\s+(?:on|en)\s+(?:the\s+|el\s+)?(?:file|archivo|record|registro)\b")
LABEL_RE = re.compile(r"(?<![\w-])(?P<label>" + "|".join(
    re.escape(p).replace(r"\ ", r"\s+") for p in sorted(set(_PHRASES), key=len, reverse=True))
    # searched back from each ":" or "#"; a qualifier in brackets may stand before it ("Usage (kWh, last billing period):"),
    # or a clause of where ("Domicilio donde se usa el equipo médico:", "Address where the equipment is used:") or of
    # what it copies ("Name as shown on your bill:"); an abbreviation's stop may end the phrase ("Tel.:", "Service
    # addr.:"); a printout's dotted leader may run to the ":" ("Usage (kWh)....: 680")
    + r")\.?\s*(?:#|no\.?|number)?(?:\s*\([^()\n]{1,40}\))?(?:\s+(?:where|donde)\s[^:#\n]{1,36}"
      r"|\s+as\s+(?:shown|it\s+appears|printed)\s+on\s[^:#\n]{1,30}|" + PERIOD_OR_RECORD + r")?\s*(?:\.{2,}\s*)?[:#]$",
    re.IGNORECASE)
# a log's column holding what a caller said, as a phone system transcribes a voicemail: "Transcription", "Voicemail",
# "Message", "Recording" (``speakers`` reads its cells)
MESSAGE_COLUMN = re.compile(r"(?i)\b(?:transcri(?:ption|pt|bed)|voice\s*-?mail|message|recording)s?\b")
TERMINATOR = re.compile(r"[:#\uff1a\u055d]")  # and the full-width colon of CJK text, and the Armenian ՝ a label ends with
_LABEL_REACH = 50  # characters before the ":": the longest phrase and its qualifier


# a billing system's field key printed before its value, its words joined by underscores, perhaps numbered: an
# extract's "CUST_NM:", "SVC_ADDR:", "PHONE_1:", "KWH_LAST_CYCLE:" pasted into a page; ``header_kind`` reads the key
# as it reads a column's (a key of no known kind, "RATE_CD:", is no label)
_FIELD_KEY = re.compile(r"(?<![\w-])(?P<label>[A-Za-z][A-Za-z0-9]*(?:_[A-Za-z0-9]+)+)[ \t]*[:#]$")


def label_ending_at(text: str, end: int) -> re.Match | None:
    """The label phrase whose ":" or "#" ends at ``end``, in English or in another language of the city's pages:
    a field's name is one whatever its language ("Address ng serbisyo" in a Tagalog table's header row is a
    label, never the value of the header cell before it); or a field key of a known kind (``_FIELD_KEY``)."""
    match = LABEL_RE.search(text, max(0, end - _LABEL_REACH), end) or foreign_label_ending_at(text, end)
    if match:
        return match
    key = _FIELD_KEY.search(text, max(0, end - _LABEL_REACH), end)
    return key if key and header_kind(key.group("label"))[0] else None
