"""The held-back variant's words: run once, at the end, by the lead. Detector developers: do not read on."""
from __future__ import annotations

from .phrasing import Phrasing

HELDBACK = Phrasing(
    name="heldback",
    city_kinds=("Power Authority", "Clean Energy Alliance", "Energy Authority"),
    city_names=("Lomita Springs", "Alta Cresta", "Cedar Bluff", "Vista Serena", "Los Nogales", "Sycamore Flats",
                "Canada del Oro", "Bellavista Heights"),
    acct_labels=("Customer Account", "Service Account", "SA#", "{acr} acct", "account number", "Svc Acct",
                 "Cust. Acct.", "billing account"),
    ssn_labels=("Social Security Number", "Soc. Sec. No.", "S.S.N.", "social security #"),
    itin_labels=("Individual Taxpayer ID", "Taxpayer ID (ITIN)", "ITIN no."),
    phone_labels=("best # to reach", "mobile", "home phone", "contact number", "reached at"),
    account_prefixes=("SVC", "AC"),
    case_notes_intro=(
        "Ticket log exported from the CRM, {month}. Internal working notes.",
        "Weekly escalations for the {program} call center.",
    ),
    case_notes=(
        "Per the caller, {name}, the premises is {address} and the {acct_label} is {account}; billed "
        "consumption {usage}. {phone_label}: {phone}.",
        "Ticket {case}: {name} writes in ({email}) that the bill for {address} is too high. Pulled history on "
        "{acct_label} {account}: {usage} in {month}.",
        "Rep note {date} &mdash; {name} wants to opt out. Verified identity with {acct_label} {account} and the "
        "phone on file, {phone}.",
        "Meter tech at {address} found a stuck register. Household of {name}. Rebill {acct_label} {account} "
        "from {usage} down to {usage2}.",
        "Voicemail from {name} at {phone}: lights out at {address} since {date}. {sce_account} flagged for SCE.",
        "{name} came to the counter with a shut-off notice for {acct_label} {account}; arranged extension. "
        "Will confirm by email to {email}.",
    ),
    payment_items=(
        "{name} | {acct_label} {account} | {amount} down, remainder over 9 months",
        "Approved {date} for {name} at {address}: {acct_label} {account}",
        "{sce_account} &ndash; {name} &ndash; deferred to {date} &ndash; {phone_label} {phone}",
        "{name}; {email}; {acct_label} {account}; {amount} monthly",
    ),
    payment_layouts=("br", "dl"),
    assistance_items=(
        "{name} (household {household}) &middot; {itin_label} {itin} &middot; {address}",
        "Recipient {name}, {ssn_label} {ssn}, {phone}, {amount} credited",
        "{address} &ndash; {name} &ndash; {itin_label}: {itin}",
        "{name}: {ssn_label} {ssn}; {email}; under review",
    ),
    personnel_notices=(
        "NOTICE OF SEPARATION\n{name}, {position}, {department}, separates from City service on {date} "
        "({action}). {ssn_label}: {ssn}. Final paycheck to be mailed to {address}.",
        "HUMAN RESOURCES BULLETIN - {date}\nNew hire: {name}\nClassification: {position}\n{ssn_label} {ssn}\n"
        "Emergency contact phone: {phone}",
    ),
    complaint_letters=(
        "From: {name} [mailto:{email}]\nDate: {date}\nTo: Council Members\nRe: shutoff threat\n\nThey say I owe "
        "{amount} on {acct_label} {account}. I live at {address} and never used {usage} in one month, "
        "that is impossible for a one-bedroom.\n\nRegards, {name}",
        "Dear Councilmembers,\n\nI have been a {program} customer since it started ({acct_label} {account}). "
        "My bill at {address} went up again even though we used {usage}. Please explain.\n\nRespectfully,\n"
        "{name}\n{email}\n{phone}",
    ),
    billing_examples=(
        '<div class="bill-example"><h3>Reading your statement</h3><dl><dt>Account holder</dt><dd>{name}</dd>'
        "<dt>Premises</dt><dd>{address}</dd><dt>{acct_label}</dt><dd>{account}</dd><dt>Consumption</dt>"
        "<dd>{usage}</dd></dl></div>",
        "<h2>What a typical household pays</h2><p>Take {name}, who lives at {address}. In January the home "
        "consumed {usage} and the statement for {acct_label} {account} came to {amount}.</p>",
    ),
    roster_headers=("Member", "Seat", "Term Begins", "Term Ends", "Contact"),
    roster_rows=("{name}|{address}|{acct_label} {account}|{phone}|{email}",),
    program_table=(("Location", "Street Address", "Chargers", "kWh Dispensed (FY)", "Host Account"),
                   "Residence ({name})|{address}|1|{usage}|{acct_label} {account}",
                   "{facility}|{facility_address}|{chargers}|{production}|City of {city} (municipal)"),
    comments=(
        "<!-- copied from CIS screen: {name} / {account} / {phone} -->",
        "<!-- <li>{name} &mdash; {email} &mdash; {acct_label} {account}</li> -->",
        "<!--\n  old version of this block:\n  <p>Example customer {name}, {address}, {usage}</p>\n-->",
    ),
    hidden_blocks=(
        '<section style="visibility: hidden"><h3>Account holder</h3><p>{name}, {address}; {acct_label} '
        "{account}</p></section>",
        '<span style="display: none;">{name} {phone} {sce_account}</span>',
    ),
    templates=(
        '<template class="lookup-result"><div class="result"><b>{name}</b> {acct_label} {account} '
        "{email}</div></template>",
    ),
    noscripts=(
        "<noscript>Account holder {name} &middot; {address} &middot; {usage} last cycle</noscript>",
    ),
    hidden_inputs=(
        (("account_holder", "name"), ("sa_id", "account"), ("premise_address", "address"),
         ("contact_phone", "phone")),
        (("holder", "name"), ("mail", "email"), ("svc_acct", "account"), ("last_usage", "usage")),
    ),
    memos=(
        "INTEROFFICE MEMO\n\nDate: {date}\nTo: {staff}\nFrom: {staff2}\nSubject: Account review\n\nWe reviewed "
        "{acct_label} {account} held by {name}, {address}. Consumption of {usage} is consistent with the "
        "household's equipment. The complaint should be closed.",
    ),
    export_headers={
        "account": ("SA_ID", "ACCT_NBR", "Service Acct"),
        "name": ("CUST_NM", "Holder", "Customer"),
        "address": ("SVC_ADDR", "Premise Address", "Location"),
        "phone": ("PHONE_NBR", "Contact Phone"),
        "email": ("EMAIL_ADDR", "Contact Email"),
        "usage": ("KWH_12MO", "Consumption", "kWh (Jan)"),
    },
    attachment_titles=("EXHIBIT 2 - CUSTOMERS ON EXTENDED PAYMENT PLANS",),
    attachment_lines=(
        "{acct_label} {account} - {name} - {address} - {phone}",
        "{name} ... {email} ... {usage}",
    ),
    budget_titles=("APPENDIX F - UTILITY USERS TAX EXEMPTIONS GRANTED",),
    budget_lines=(
        "Exemption granted to {name} at {address} ({acct_label} {account}) effective {date}",
    ),
    legacy_items=(
        "<li>{name} \u2014 {address} \u2014 {acct_label} {account}</li>",
        "<li>{name}, {phone}, consumo {usage}</li>",
    ),
    stand_ins=(("PAT EXAMPLE", "000 SAMPLE AVE", "700-000-000-000"),),
    comment_page_entries=(
        "<li>{name} of {address} ({phone}) asked the Council to delay the vote.</li>",
    ),
)
