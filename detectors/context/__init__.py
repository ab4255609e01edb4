"""Customer context: the places in a document that tie a person or a home to an account or to usage.

A name, a street address or a phone number alone is public life on a city site (council members,
parks, meeting places). What PCE-01 4.1 forbids is a *customer's* name, address, contact details and
consumption, and what makes them a customer's is what stands beside them. The engine runs the identifier
detectors first and hands their findings (account numbers, SSNs, ITINs) to ``analyze``, which works out,
once per document, the spans that are customer data, for the five contact detectors to report. One
module per kind of record finds them:

- ``tables``: table, CSV and spreadsheet rows whose headers tie a person to an account, a home or usage,
  any row that holds an identifier beside a person's name, and rows of tables laid out in text;
- ``label_blocks``: "Customer: ...  Service Address: ...  Acct: ..." in free text and form fields;
- ``prose``: a person named in the same paragraph or short block as an identifier, or called a customer
  beside their contact details;
- ``letters``: letters and notices to a customer, and letters and e-mails from one giving an identifier;
- ``lists``: lists of people with addresses and phones that lost their table structure;
- ``account_lists``: names and account numbers listed under a heading of customers' accounts ("Accounts referred
  to collections"), the heading the numbers' label;
- ``usage_charts``: a bar chart of a customer's usage by month, its bars' figures over the months, and a grid of
  months down the page under a usage caption;
- ``your_usage``: the usage a customer's own statement or confirmation tells them in words;
- ``case_parties``: the party a hearing decision or an appeal's report defines by a term its account is tied to
  ("Appellant"), named in the caption, beside the term or again in a proof of service;
- ``notes``: a reviewer's note (a PDF's sticky note) on the page of a customer's case, naming no one, or recording a
  resident's request to the program;
- ``password_resets``: the customer a reset note or a ticket's row gives a temporary password for;
- ``prompts``: the customer a confirmation prompt (a ``<dialog>``'s question) names over their account's details;
- ``running_heads``: the customer a Word memo's page header or footer files it under ("Re: NAME / NUMBER", a file
  name SURNAME_NUMBER.docx beside a call-back phone), and the home and usage its body tells of "the customer";
- ``image_texts``: the home a picture's alt text places a family at ("the Ruiz home, 12 Elm St"), and the household
  member its title names;
- ``review_comments``: the person a reviewer's Word comment gives the own phone or mailbox of by their given name,
  named in full (and their home) in the paragraph the comment is on;
- ``hidden_mailboxes``: the person text the page hides from its readers (an HTML comment, a collapsed staff-view
  panel) names right beside their own mailbox at a consumer provider;
- ``hidden_notes``: the person a note the page publishes but shows no one (a comment, a hidden panel, a noscript
  block, a meta description, an image's alt or title, a button's aria-label) names right beside their own home or
  phone, and the note's other details;
- ``answer_writers``: the writer of a free-text answer in an export (a survey's, a feedback form's, a 311 export's
  cell or field) who gives their own name and ties themselves to their own utility service;
- ``spelt_mailboxes``: a mailbox at a consumer provider that spells the name of a customer the document names (a
  memo's ``mailto:`` link under "send confirmation").
- ``mail_senders``: the senders a customer-service mail log gives as a mail system writes them ("Ana Ruiz <mailbox>",
  "mailbox (Ana Ruiz)");
- ``reached_at``: the person a case note or a memo says can be reached at their own phone or mailbox ("reach at",
  "best # is") in a sentence about their service;
- ``program_rosters``: the households a utility program's page lists under a heading of its applications or approvals
  ("Recent approvals": "NAME - home - approved"), each item a name and what a status line says;
- ``chosen_holders``: the one name a form's list labelled "Account holder" offers, chosen already.

Two kinds of page hold no customer data: a page presenting a sample bill with a stand-in customer ("How to
read your bill"), and, unless an identifier or usage ties it, a page addressed to a public body (a letter
or e-mail to the council, a comment card). The context also marks those pages, public listings and the
contact cards of officials (segments beside a government mailbox) for the phone and email detectors,
which report no loose contact there. Adding a kind of record means adding a module and its tests and
naming it in ``STRATEGIES``.
"""
from __future__ import annotations

import re
from collections.abc import Iterable
from typing import ClassVar

from ..base import Detector
from ..facts import DocumentFacts
from ..model import CODE_SEGMENTS, ELEMENT_DESCRIPTIONS, Document, Finding, Segment
from ..public_contacts import PERSONAL_DOMAINS, PublicContacts
from . import (account_lists, case_parties, case_stories, hidden_mailboxes, hidden_notes, image_texts, label_blocks, letters, lists,
               notes, password_resets, prompts, properties, prose, review_comments, running_heads, sections,
               sideways_usage, speakers, tables, usage_charts, your_usage)
from . import answer_writers
from . import call_transcripts
from . import calls_returned
from . import case_subjects
from . import spelt_mailboxes
from . import mailing_labels
from . import text_messages
from . import home_usage
from . import interval_blocks
from . import interviews
from . import refunds
from . import service_addresses
from . import mail_recipients
from . import mail_senders
from . import reached_at
from . import program_recipients
from . import program_rosters
from . import chosen_holders
from . import chart_owners
from .analysis import Analysis, page_of
from .fields import Anchor, CustomerContext, CustomerField
from .persons import OFFICIAL_HEADING, person_name
from .shapes import EMAIL_RE, consumption_spans, plain_email

__all__ = ["CustomerContext", "CustomerField", "CustomerDataDetector", "analyze", "page_of"]

RULES_NOT_RUN = "customer records not all read within the time limit (see [crawl] extract_timeout)"


def analyze(document: Document, contacts: PublicContacts, findings: Iterable[Finding] = (),
            facts: DocumentFacts | None = None, deadline: float | None = None) -> CustomerContext:
    """The customer context of ``document``, given the raw findings of the identifier detectors and the
    engine's facts about the document. ``deadline`` (a :func:`detectors.work_clock.now` value): past it, the strategies left are not
    run, and the document says so (``unchecked``): a 240-page agenda packet's records read on a loaded machine keep
    what the rules that ran found, where the worker's time limit would have lost every finding."""
    facts = facts or DocumentFacts(document)
    findings = list(findings)
    analysis = Analysis(document, contacts, Anchor.from_findings(findings), facts)
    analysis.secrets = [(f.segment, f.start, f.end) for f in findings if f.category == "credential"]
    analysis.deadline = deadline
    for strategy in STRATEGIES:
        if analysis.out_of_time():
            break
        strategy(analysis)
    if analysis.ran_out and RULES_NOT_RUN not in document.unchecked:
        document.unchecked.append(RULES_NOT_RUN)
    context = analysis.context
    if context.fields:
        context.fields = [f for f in context.fields if not facts.in_sample(f.segment)
                          and not (f.kind == "name" and names_the_files_editor(f.segment)
                                   and f.why != properties.AUTHOR_WHY)]
    if context.mail and facts.sample_parts:  # a made-up customer's mailbox is no one's, in a record or not
        context.mail = [segment for segment in context.mail if not facts.in_sample(segment)]
    return context


# a file's properties naming who wrote or edited it: Office's author and lastModifiedBy, OpenDocument's
# initial-creator and creator, RTF's author and operator, a PDF's Author and XMP dc:creator
_EDITOR_PROPERTIES = frozenset({"author", "lastmodifiedby", "creator", "initialcreator", "operator"})
_METADATA = frozenset({"document properties", "pdf metadata"})


def names_the_files_editor(segment: Segment) -> bool:
    """Whether ``segment`` is a property naming who wrote or last edited the file: staff, never the customer the
    title or the subject beside it names ("MBL approval - Ana Ruiz" / "Acct 7432-..." / author "Lee Park")."""
    return segment.hidden in _METADATA and bool(segment.label) and \
        segment.label.lower().replace("_", "").replace("-", "").replace(" ", "") in _EDITOR_PROPERTIES


_CARD_SEGMENTS = 5  # an official's card: the heading, then district, phone, mailbox, office address
# a card's line is short: a paragraph beside the mailbox ("... customers before de-energizing: Quoc E. Bui at 3337 ...;
# reach her son at ...") is a memo's text, not a line of the card of whoever "Questions may be directed to"
_CARD_LINE_CHARS = 120


def _card_line(segment: Segment) -> bool:
    """Whether a segment beside an official's mailbox can be a line of their card: short, no element's description
    (a link's title, a photo's alt, a widget's data-*) nor a reviewer's comment on a paragraph, each a note on what
    it describes ("Call Ana Ruiz back at ..." on a staff directory's line), and no one's consumption (a card tells
    how to reach its person; a resident's testimonial below a program's staff contact, "“Ana Ruiz” —
    ana.r@gmail.com: 2,743 kWh", is a customer's record)."""
    return segment.hidden not in ELEMENT_DESCRIPTIONS and segment.hidden != "comment" and all(
        len(line) <= _CARD_LINE_CHARS for line in segment.text.split("\n")) and not consumption_spans(segment.text)


def _script_code(segment: Segment) -> bool:
    """A script's code (not the data a literal in it holds): a mailbox it names (``var supportMail = ...``) makes no
    card, and it is no line of one."""
    return segment.hidden in CODE_SEGMENTS[:2] and not segment.label


def _card_of(segments: list[Segment], i: int) -> list[Segment]:
    """The lines of the card whose mailbox ``segments[i]`` holds: the two before and after it on its page, up to the
    card's own heading before it and short of the next heading after it, which opens another part of the page (a
    hidden list of callbacks under its own heading, right after a manager's mailbox, is no line of the card). A line
    giving a mailbox of its own at a consumer provider is someone else's contact, not the official's card ("Contact
    for the complaint: Ana Ruiz, ana.r@icloud.com, ..." over "Questions: jlee@cityname.gov")."""
    page = page_of(segments[i])
    if "\n" in segments[i].text and (consumption_spans(segments[i].text) or _own_personal_mailbox(segments[i])):
        return []  # a block of lines that tells someone's usage or gives a person's own mailbox, a staff contact
        # its last line: an article or a list of contacts, no card
    card = [segments[i]]
    for s in reversed(segments[max(0, i - 2):i]):
        if page_of(s) != page or _script_code(s):
            break
        if _card_line(s) and not _own_personal_mailbox(s):
            card.append(s)
        if prose.HEADING_ELEMENT.search(s.location.element or ""):
            break
    for k, s in enumerate(segments[i + 1:i + 3], i + 1):
        if page_of(s) != page or _script_code(s) or prose.HEADING_ELEMENT.search(s.location.element or "") \
                or _opens_a_paragraph_after(segments[i], segments[k:k + 2]):
            break
        if _card_line(s) and not _own_personal_mailbox(s):
            card.append(s)
    return card


# a line of running prose a wrap ended: long, its last word cut off from the rest of its sentence on the next line
_WRAPPED_PROSE_CHARS = 60
_ENDS_IN_MID_PHRASE = re.compile(r"[^\W\d_],?[ \t]*$")
_ENDS_A_SENTENCE = re.compile(r"[.!?][\"'\u201d\u2019)\]]*[ \t]*$")


def _opens_a_paragraph_after(mailbox: Segment, lines: list[Segment]) -> bool:
    """Whether the first of ``lines``, a PDF's or a text file's lines after the one giving an official's mailbox, opens
    a paragraph of its own: the mailbox's sentence ended its line ("... o escriba a pce@cityname.gov.") and the line
    is running prose a wrap cut in mid-phrase, its sentence going on in lower case on the next line ("Aviso de corte
    de servicio. Para: Ana Ruiz, 12 Elm St. Su servicio eléctrico" / "será suspendido ..."): a notice's or a case's
    text set right under the office's, no line of its card. A page's lines come with no blank line between
    paragraphs; a card's lines are fields, each ending where its value does."""
    line, below = lines[0], lines[1] if len(lines) > 1 else None
    return mailbox.location.element is None and line.location.element is None and below is not None \
        and below.location.element is None and below.location.page == line.location.page \
        and below.location.line == (line.location.line or 0) + 1 \
        and bool(_ENDS_A_SENTENCE.search(mailbox.text)) and len(line.text.strip()) > _WRAPPED_PROSE_CHARS \
        and bool(_ENDS_IN_MID_PHRASE.search(line.text)) and below.text.lstrip()[:1].islower()


def _own_personal_mailbox(segment: Segment) -> bool:
    """Whether a segment gives a mailbox at a consumer provider (gmail.com, icloud.com ...): a person's own."""
    return "@" in segment.text and any(plain_email(m.group()).rpartition("@")[2].lower() in PERSONAL_DOMAINS
                                       for m in EMAIL_RE.finditer(segment.text))


def _contact_cards(analysis: Analysis) -> None:
    """A staff member's or an official's card, whose cell or home number is published with it on purpose: the
    segments within two of one holding a government or the site's own mailbox, and the four after a heading that
    gives an official's title and name ("Councilmember Ana Ruiz, District 3"), on the same page; and the entries of a
    list of a program's volunteers who asked it to publish how to reach them (``lists.serving_in_a_role``). (A staff
    listing's cells are public anyway.)"""
    context, url = analysis.context, analysis.document.url
    for segment in context.mail:
        if id(segment) in context.listing or _script_code(segment) or not any(
                analysis.contacts.email_is_official(plain_email(m.group()), url) and not _recipient(segment.text, m.start())
                for m in EMAIL_RE.finditer(segment.text)):
            continue
        context.official.update(id(s) for s in _card_of(analysis.segments, analysis.segment_index[id(segment)]))
    for i, segment in enumerate(analysis.segments):
        if len(segment.text) <= _HEADING_CHARS and OFFICIAL_HEADING.match(segment.text):
            context.official.update(id(s) for s in analysis.segments[i:i + _CARD_SEGMENTS]
                                    if page_of(s) == page_of(segment))
        elif "\n" in segment.text and _role_card(segment):
            context.official.add(id(segment))
        elif _role_under_name(analysis.segments, i):
            context.official.update(id(s) for s in _role_card_lines(analysis.segments, i))
    # a program's volunteers listed with the contacts they asked it to publish
    context.official.update(id(segment) for segment in context.mail if lists.serving_in_a_role(analysis, segment))


# the role a directory entry publishes its person for: a program's volunteer, a firm's owner or principal, a
# group's officer ("Neighborhood Ambassador - Lincoln Park", "Gregory Duke, owner"), an agency's staff member ("Board
# Clerk"); "homeowner" is no role
_PUBLIC_ROLE = re.compile(r"(?i)\b(?:ambassadors?|volunteers?|liaisons?|promotor[ae]s?|navigators?|advocates?|"
                          r"(?:co-)?owner|proprietor|principal|(?:co-)?founder|president|coordinator|representative|"
                          r"captain|chair(?:person|woman|man)?|organizer|leader|mentor|instructor|coach|director|"
                          r"manager|officer|specialist|analyst|consultant|"
                          # a public agency's staff titles on its cards: "Board Clerk", "Senior Planner", "Community Outreach"
                          r"clerk|secretary|treasurer|engineer|planner|inspector|supervisor|superintendent|"
                          r"administrator|outreach)\b")
_ROLE_LINE_CHARS = 60
_ROLE_LINES = 3  # the name, or a firm over the name ("Calpine Energy Solutions, LLC" / "Heather Hood, Account Director")
_CARD_LINES = 8


def _role_card(segment: Segment) -> bool:
    """A directory entry of short lines, whom it lists on the first (under their firm's name, maybe) and their
    public role after a comma or on a line of its own ("Brandon Holloway" / "Neighborhood Ambassador - Lincoln
    Park" / "Cell: ..." / "...@att.net"): the cell and the mailbox are published for the role, as on an official's
    card. A customer context found in the entry still reports them; this only keeps them from the low findings of a
    stray personal contact."""
    lines = [line.strip() for line in segment.text.split("\n") if line.strip()]
    if not 2 <= len(lines) <= _CARD_LINES or not _card_line(segment):
        return False
    roles = [line.rpartition(",")[2] for line in lines[:_ROLE_LINES]] + lines[1:_ROLE_LINES]
    return any(len(role) <= _ROLE_LINE_CHARS and _PUBLIC_ROLE.search(role) and not any(c.isdigit() for c in role)
               for role in roles)


def _role_under_name(segments: list[Segment], i: int) -> bool:
    """A card laid out an element a line whose public role (``_PUBLIC_ROLE``) is the line right under a heading that
    is a person's name alone ("<h4>Brandon Holloway</h4>" over "Neighborhood Ambassador - Lincoln Park"), as
    ``_role_card`` reads a card of one element's lines."""
    role = segments[i]
    if not i or len(role.text) > _ROLE_LINE_CHARS or any(c.isdigit() for c in role.text) or not (
            _PUBLIC_ROLE.search(role.text) and _card_line(role)):
        return False
    name = segments[i - 1]
    return page_of(name) == page_of(role) and bool(prose.HEADING_ELEMENT.search(name.location.element or "")) and \
        len(name.text) <= _ROLE_LINE_CHARS and person_name(name.text.strip()) is not None


def _role_card_lines(segments: list[Segment], i: int) -> list[Segment]:
    """The lines of the card whose role line is ``segments[i]``: its name's heading, the role, and the short lines
    after it up to the next heading (the cell and the mailbox it publishes for the role)."""
    card = segments[i - 1:i + 1]
    for s in segments[i + 1:i - 1 + _CARD_LINES]:
        if page_of(s) != page_of(segments[i]) or prose.HEADING_ELEMENT.search(s.location.element or "") or \
                not _card_line(s):
            break
        card.append(s)
    return card


_HEADING_CHARS = 100
# a pasted e-mail's header line that names its recipients: a resident writing to the City is no official's card
_RECIPIENT_LINE = re.compile(r"(?i)[ \t]*(?:to|cc|bcc|sent to|para)[ \t]*:")


def _recipient(text: str, position: int) -> bool:
    """Whether the mailbox at ``position`` stands in a "To:" or "Cc:" line of an e-mail printed in the text."""
    return bool(_RECIPIENT_LINE.match(text, text.rfind("\n", 0, position) + 1))


# the record strategies in the order they run: a later one reads what earlier ones found (contact cards skip
# public listings; a letter counts when a record on its page names the customer; a customer named again by title
# once any record named them; a usage table, a sideways one too, when anything on its page does; a case file's
# custom XML data parts and then its properties, last, once its body gave a customer's case; the number a customer
# was called back at once staff's notes named them too)
STRATEGIES = (tables.find, _contact_cards, tables.text_rows, refunds.text_rows, label_blocks.find, prose.find, speakers.find, call_transcripts.find, interviews.find,
              letters.find, answer_writers.find,
              lists.find, account_lists.find, sections.find, case_parties.find, prose.titled_again,
              prose.given_in_brackets, prose.named_in_full_before, prose.party_named_once, case_stories.find,
              case_subjects.find, text_messages.find,
              sideways_usage.find, usage_charts.find, mail_recipients.find, mail_senders.find, reached_at.find,
              your_usage.find, home_usage.find, interval_blocks.find,
              tables.usage_histories, notes.find, calls_returned.find, password_resets.find, prompts.find, properties.data_parts,
              properties.find, running_heads.find, image_texts.find, review_comments.find, hidden_mailboxes.find,
              hidden_notes.find, spelt_mailboxes.find, mailing_labels.find, service_addresses.find,
              program_recipients.find, program_rosters.find, chosen_holders.find,
              chart_owners.find)


class CustomerDataDetector(Detector):
    """Base of the detectors of customer data (name, address, phone, email, usage): they share the
    City's public contacts and read each document's customer context, which the engine works out once
    for all of them and passes to ``scan``."""

    needs_context: ClassVar[bool] = True

    def __init__(self, options=None, public=None):
        super().__init__(options, public)
        self.contacts = PublicContacts.from_config(self.public)
