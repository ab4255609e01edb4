"""The words of the two variants: sentence templates, labels, headers and layouts.

``DEV`` is what the tests crawl; ``HELDBACK`` (in ``heldback.py``: detector developers, don't read it) is a second,
disjoint set (no template, label wording, header
vocabulary or layout of one appears in the other) that the lead runs once, at the end, to see whether what was
built for the dev site generalises. Keep them disjoint when editing: ``test_recall_city_site`` checks it.

Template fields that hold a confidential value (see ``FIELD_CATEGORY``) are planted; the others (``date``,
``case``, ``amount``, ``program`` ...) are public filler. ``{acct_label} {account}`` writes a labelled account in any
shape; ``{sce_account}`` writes one of the SCE shapes that count without a label.
"""
from __future__ import annotations

from dataclasses import dataclass

FIELD_CATEGORY = {
    "name": "customer_name", "address": "address", "phone": "phone", "email": "email",
    "account": "account_number", "sce_account": "account_number", "usage": "energy_usage",
    "usage2": "energy_usage", "kwh": "energy_usage", "ssn": "ssn", "itin": "taxpayer_id",
}


@dataclass(frozen=True)
class Phrasing:
    name: str
    city_kinds: tuple[str, ...]  # program names: "<City> <kind>"
    city_names: tuple[str, ...]
    acct_labels: tuple[str, ...]  # "{acr}" is the program's acronym
    ssn_labels: tuple[str, ...]
    itin_labels: tuple[str, ...]
    phone_labels: tuple[str, ...]
    account_prefixes: tuple[str, ...]  # letter prefixes of labelled accounts besides the program acronym
    case_notes: tuple[str, ...]
    case_notes_intro: tuple[str, ...]
    payment_items: tuple[str, ...]
    payment_layouts: tuple[str, ...]  # how a list of items is marked up (see hiding.list_markup)
    assistance_items: tuple[str, ...]
    personnel_notices: tuple[str, ...]
    complaint_letters: tuple[str, ...]
    billing_examples: tuple[str, ...]
    roster_headers: tuple[str, ...]  # public columns of a committee roster
    roster_rows: tuple[str, ...]  # the row a customer was pasted in as (cells separated by "|")
    program_table: tuple[tuple[str, ...], str, str]  # headers, the customer row, a public row (a City facility)
    comments: tuple[str, ...]
    hidden_blocks: tuple[str, ...]
    templates: tuple[str, ...]
    noscripts: tuple[str, ...]
    hidden_inputs: tuple[tuple[tuple[str, str], ...], ...]  # forms: (input name, field)
    memos: tuple[str, ...]
    export_headers: dict[str, tuple[str, ...]]  # field -> header wordings
    attachment_lines: tuple[str, ...]  # one record per line of a multi-page PDF attachment
    attachment_titles: tuple[str, ...]
    budget_lines: tuple[str, ...]
    budget_titles: tuple[str, ...]
    legacy_items: tuple[str, ...]  # the windows-1252 page
    stand_ins: tuple[tuple[str, str, str], ...]  # sample bill: name, address, account (visibly not real)
    comment_page_entries: tuple[str, ...]  # a public comment page: speakers with their own contacts


DEV = Phrasing(
    name="dev",
    city_kinds=("Community Energy", "Clean Power", "Choice Energy"),
    city_names=("Cerro Alto", "Piedra Blanca", "Encina Valley", "Solana Ridge", "Rio Dorado", "Palmera Springs",
                "Arbolada", "Pinecrest"),
    acct_labels=("SCE acct", "Acct #", "Account No.", "{acr} account", "acct", "SCE account #", "Acct. No.",
                 "{acr} acct no."),
    ssn_labels=("SSN", "SSN:", "Social Security No.", "SS#"),
    itin_labels=("ITIN", "ITIN #", "ITIN:"),
    phone_labels=("callback", "cell", "ph.", "tel.", "phone"),
    account_prefixes=("SA", "CA"),
    case_notes_intro=(
        "Customer service case notes for the {month} billing cycle, posted for the {program} team.",
        "Open cases carried over from last week. Please update the notes after each call.",
    ),
    case_notes=(
        "Spoke with the customer, {name}, at {address} about a high bill; {acct_label} {account}, usage {usage}, "
        "{phone_label} {phone}.",
        "{date}: {name} called disputing the {month} bill for {address} ({acct_label} {account}). Meter read "
        "shows {usage} for the period. Left voicemail at {phone}.",
        "Customer {name} emailed from {email} asking why {acct_label} {account} was enrolled in {program}. "
        "Explained the opt-out process; no further action.",
        "Field visit to {address} on {date}. Resident {name} reports the meter is running fast. Last bill was "
        "{usage}; {acct_label} {account}. Ticket sent to SCE.",
        "Escalated to supervisor: {name} ({phone}, {email}) says the generation charge doubled. Usage went from "
        "{usage2} to {usage}. {acct_label} {account}.",
        "Called {name} back at {phone} about the medical baseline request for {address}, {sce_account}. "
        "Form mailed {date}.",
        "Case {case}. {name} is moving out of {address} on {date}; final read requested for {acct_label} "
        "{account}. Forwarding contact {email}.",
    ),
    payment_items=(
        "{name} &ndash; {address} &ndash; {acct_label} {account} &ndash; 6 monthly installments of {amount}",
        "{name}, {sce_account}, balance {amount}, plan approved {date}",
        "{name} ({acct_label} {account}) &mdash; {amount} over 12 months; contact {phone}",
        "{address}: {name}, {acct_label} {account}, first payment due {date}",
        "{name} / {email} / {acct_label} {account} / arrears {amount}",
    ),
    payment_layouts=("ul", "ol"),
    assistance_items=(
        "Applicant {name}, {itin_label} {itin}, {address}, household of {household}",
        "{name} &ndash; {ssn_label} {ssn} &ndash; {address} &ndash; approved {amount}",
        "Applicant: {name}; {itin_label} {itin}; phone {phone}; grant {amount}",
        "{name} ({address}), {ssn_label} {ssn}, SCE {sce_account}, award {amount}",
        "{name}, {itin_label} {itin}, {email}, pending documents",
    ),
    personnel_notices=(
        "PERSONNEL ACTION NOTICE\nAction: {action}\nEffective date: {date}\nEmployee: {name}\n{ssn_label} {ssn}\n"
        "Position: {position}\nDepartment: {department}\nHome address: {address}\nApproved by: {approver}, "
        "Human Resources Manager",
        "NOTICE TO ALL DEPARTMENTS\nPlease be advised that {name} ({ssn_label} {ssn}), {position} in "
        "{department}, is on {action} effective {date}. Direct questions to Human Resources.",
        "PAYROLL CHANGE\nThe following change takes effect on {date}: {name}, {position}, {department}. "
        "{ssn_label} {ssn}. Reason: {action}. Mailing address: {address}.",
    ),
    complaint_letters=(
        "From: {name} <{email}>\nSent: {date} 9:14 PM\nTo: City Clerk <{clerk_mail}>\nSubject: My {program} "
        "bill\n\nTo the City Council,\n\nI am writing about my electric bill. My {acct_label} {account} was "
        "charged for {usage} last month at {address}, which is twice what we normally use. Nobody at "
        "{program} has called me back.\n\n{name}",
        "{date}\n\nHonorable Mayor and Members of the City Council\n\nRE: {program} opt-out\n\nI never asked to "
        "be enrolled. My service address is {address} and my {acct_label} {account}. Please take me off "
        "the program and refund the difference.\n\nSincerely,\n{name}\n{phone}",
        "From: {name} <{email}>\nTo: publiccomment@{domain}\nSubject: Agenda item {item}\n\nMy account "
        "({sce_account}) shows {usage} in July at {address}. I want to know how the new rate is fair to "
        "seniors.\n\n-- {name}",
    ),
    billing_examples=(
        "<h2>Example: a summer bill under the new rates</h2><p>Here is how the new rates change a real bill. "
        "{name} of {address} ({acct_label} {account}) used {usage} in August. Under the old rates the "
        "generation charge was {amount}; under the new rates it is {amount2}.</p>",
        "<h2>Bill example</h2><p>Customer: {name}<br>Service address: {address}<br>{acct_label} {account}<br>"
        "Usage this period: {usage}<br>Total due: {amount}</p>",
    ),
    roster_headers=("Name", "Position", "Appointed", "Term Expires", "Email"),
    roster_rows=("{name}|{acct_label} {account}|{address}|{phone}|{email}",
                 "{name}|Customer|{sce_account}|{date}|{email}"),
    program_table=(("Site", "Address", "System Size (kW)", "Annual Production (kWh)", "Completed"),
                   "Residence of {name} ({acct_label} {account})|{address}|{kw}|{usage}|{date}",
                   "{facility}|{facility_address}|{kw}|{production}|{date}"),
    comments=(
        "<!-- TODO remove before go-live. Test record: {name}, {address}, {acct_label} {account} -->",
        "<!-- <tr><td>{name}</td><td>{address}</td><td>{sce_account}</td><td>{usage}</td></tr> -->",
        "<!-- per {staff}: customer {name} ({phone}) asked for a callback about {acct_label} {account} -->",
    ),
    hidden_blocks=(
        '<div style="display:none"><p>Customer: {name}<br>Address: {address}<br>{acct_label} {account}<br>'
        "Usage: {usage}</p></div>",
        "<p hidden>{name} &ndash; {email} &ndash; {acct_label} {account}</p>",
    ),
    templates=(
        '<template id="customer-row"><tr><td>{name}</td><td>{address}</td><td>{sce_account}</td>'
        "<td>{usage}</td></tr></template>",
    ),
    noscripts=(
        "<noscript><p>Your account: {name}, {acct_label} {account}, {phone}</p></noscript>",
    ),
    hidden_inputs=(
        (("custName", "name"), ("acctNo", "account"), ("svcAddr", "address"), ("kwh", "usage")),
        (("customer_name", "name"), ("customer_email", "email"), ("phone", "phone"), ("account", "account")),
    ),
    memos=(
        "MEMORANDUM\n\nTO: {staff}, Customer Care Supervisor\nFROM: {staff2}, Energy Programs\nDATE: {date}\n"
        "RE: Hardship waiver request\n\n{name} of {address} asked us to waive the late fees on {acct_label} "
        "{account}. Usage has been {usage} a month since a family member started home oxygen. I recommend we "
        "approve the waiver and enroll the household in Medical Baseline.",
        "MEMORANDUM\n\nTO: File\nFROM: {staff}\nDATE: {date}\nRE: Billing dispute\n\nOn {date} I met with "
        "{name} ({phone}) about {acct_label} {account}. The customer disputes {usage} billed for July. Meter "
        "test scheduled.",
    ),
    export_headers={
        "account": ("Account Number", "Acct No", "SCE Account"),
        "name": ("Customer Name", "Name", "Account Holder"),
        "address": ("Service Address", "Address"),
        "phone": ("Phone", "Phone Number"),
        "email": ("Email", "E-mail Address"),
        "usage": ("kWh", "Usage (kWh)", "Annual kWh"),
    },
    attachment_titles=("ATTACHMENT C - ARREARAGE MANAGEMENT PLAN ENROLLEES",
                       "ATTACHMENT B - ACCOUNTS REFERRED TO COLLECTIONS"),
    attachment_lines=(
        "{name}   {address}   {acct_label} {account}   balance {amount}",
        "{sce_account}   {name}   {usage}   {phone}",
        "{name}, {address}, {acct_label} {account}, enrolled {date}",
    ),
    budget_titles=("SCHEDULE OF ACCOUNTS WRITTEN OFF AS UNCOLLECTIBLE",),
    budget_lines=(
        "Written off: {name}, {address}, {acct_label} {account}, amount {amount}",
        "{name}   {sce_account}   {amount}   final bill {date}",
    ),
    legacy_items=(
        "<p>Aprobado: {name} &#150; {address} &#150; {acct_label} {account} &#150; consumo {usage}</p>",
        "<p>{name} (\u201c{email}\u201d), {acct_label} {account}, tel. {phone}</p>",
    ),
    stand_ins=(("JOHN SAMPLE", "1234 ANY STREET", "2-00-000-0000"),
               ("JANE CUSTOMER", "100 MAIN ST", "3-000-0000-00")),
    comment_page_entries=(
        "<p><strong>{name}</strong>, {address}, spoke in opposition to the rate increase. Contact: {phone}, "
        "{email}.</p>",
        "<p>{name} ({email}) submitted a written comment supporting the solar canopy.</p>",
    ),
)

def phrasing_of(variant: str) -> Phrasing:
    """The phrasing of a variant. The held-back one lives in its own module (``heldback.py``), so that whoever
    works on the detectors against the dev site can keep from reading it."""
    if variant == "dev":
        return DEV
    if variant == "heldback":
        from .heldback import HELDBACK
        return HELDBACK
    raise ValueError(f"no variant {variant!r}; known: dev, heldback")
