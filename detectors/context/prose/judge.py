"""The judge of a block: whether its names and fields are a customer's record, and which of them. It
takes the block's contact fields (not the numbers the reader is invited to call), the names and the ties (an
identifier, a usage figure, a customer word), leaves out the public ones (officials, staff, places, firms, a
land-use case's parties, a shut-off notice's other households) and records the rest.
"""
from __future__ import annotations

import re

from ...labels import stands_in
from ...public_contacts import FACILITY_CUE
from ..plural_families import acting_families
from ..analysis import Analysis, Line, joined_by_bars, page_of
from ..cues import OWN_BUSINESS_RE, PUBLIC_PROCESS, to_customers_at_large
from ..headers import header_kind
from ..history import tells_history
from .. import lists
from ..public_people import of_another_kind
from ..public_roles import tells_candidacy
from ..persons import HOLDS_ACCOUNT_AFTER, called_customer, called_party
from ..letters import letterhead_address
from ..community_places import public_place_named
from ..bills_to_call_about import called_about_a_home_bill
from ..shapes import dialable_beside_account
from .bare_numbers import bare_numbers, listed_accounts
from .blocks import cue_in
from .callbacks import (LEFT_OWN_NUMBER, RETURN_CALL_WORDS, callback_list_item, called_back, people_reached,
                        private_fact, utility_callers)
from .customer_sentences import ALL_CUSTOMERS, called_customers_after, customers_sentences
from .customer_stories import story_subjects
from .customers import (customers_home, customers_own_message, holders_told, initialled_customers, own_account_told,
                        someone_elses, unnamed_customers_record, writers_own_record)
from .enrollees import PARTICIPANT, enrollees_reached, homes_labelled, program_participants, ranked_usage
from .headings import possessives
from .homes import (home_and_phone, home_and_phone_with, is_a_home, public_ones_left_out, self_introduced,
                    signed_with_home)
from .invitations import firms_contact, invited_to_call, office_line, offices_invitation
from .land_use import land_use_application, land_use_party, permit_holders, utility_matter_near
from .names import CALL_BACK, HOME_LABEL, posters_name, private_people_named
from .own_use import (CHANGED, CUT_USE, EXPORTED_AFTER_NAME, HISTORY_OF, OWN_USE, TELLS_USE, USED, USE_APPOSED,
                      left_out_of_usage_average, usage_of)
from .places import (OWN_CONTACT_WORDS, city_of_an_address, clause_going_on, family_named, names_facility,
                     own_contact_beside, place_after_a_preposition, providers_named, speaker_telling_of_another,
                     street_named, tail_of_a_place, town_named)
from .seeds import (ADDRESSEE_OPENING, CALLED_ABOUT_NUMBER, CALLED_LEAVING_NUMBER, HELD_IN_NAME, NOTICE_ADDRESSEE,
                    SHUT_OFF_NOTICE)
from .sentences import ORGANIZATION, sentence_bounds
from .utility_stories import (HOME_BILL_TOLD, OWN_UTILITY_BILL, RELIEF_TOLD, SERVED_BY, UTILITY_STORY,
                              case_fields_labelled, followed_up, home_bills_told, homes_in_utility_story, mailbox_owners_bracketed, served_ones,
                              speakers_with_home)


_REPORTED_BY = re.compile(r"(?i)\breported\s+by\b")


def _called_on_line_before(pieces: list[Line], segment, start: int, end: int) -> bool:
    """Whether a name that opens its line is called a customer at the end of the line before, which a line
    break cut from it ("... The customer Mrs." / "Lourdes Ybarra also called ...")."""
    for k, piece in enumerate(pieces[1:], 1):
        if piece.segment is segment and piece.start <= start < piece.end:
            if segment.text[piece.start:start].strip():
                return False
            head = pieces[k - 1].text.rstrip()
            joined = f"{head} {segment.text[start:end]}"
            return called_customer(joined, len(head) + 1, len(joined))
    return False


def judge(analysis: Analysis, pieces: list[Line], after: Line | None) -> list[tuple]:
    """Records the fields of the pieces if they are a customer's record; returns the names recorded (none if
    they are not one, or if the record names no one)."""
    page = page_of(pieces[0].segment)
    anchored = [p for p in pieces if analysis.anchors_in(p.segment, p.start, p.end)]
    fields = _record_fields(analysis, pieces, after, bool(anchored))
    for segment, start, end in holders_told(analysis, pieces):
        analysis.add("name", segment, start, end, "a person the text makes the holder of a utility account")
    if not anchored and not fields:
        return []  # each record below ties its names to an identifier or to the contact details or usage beside them
    usage = [f for f in fields if f[0] == "usage"]
    copied = cue_in(analysis, "customer system", pieces)
    own = any(possessives(analysis, analysis.offset(p.segment) + p.start, analysis.offset(p.segment) + p.end)
              for p in pieces)
    # the pieces read as one text: a line break may cut "... said her" / "February bill showed 314 kWh"
    owned = bool(usage) and any(told.search(" ".join(p.text for p in pieces))
                                for told in (OWN_USE, TELLS_USE, _USE_TOLD, _USE_APPOSED_TOLD))
    # a land-use case's applicant and owner, and the project's address, are public records: a page's utility words
    # (a condition that the applicant coordinate the service drop with the utility) make them no customer's
    party = cue_in(analysis, "party role", pieces)
    utility = party and utility_matter_near(analysis, pieces) and not land_use_application(pieces)
    party = party and any(private_fact(f, utility) for f in fields)
    # a callback owed at a number ("Callback for Tevita Vaifale at 308 ..."): only the name right between them is
    # kept (called_back, utility_callers), so any words that read as a name will do there
    callback = any(f[0] == "phone" for f in fields) and any(
        CALL_BACK.search(p.text) or _RETURN_CALL.search(p.text) or LEFT_OWN_NUMBER.search(p.text)
        or CALLED_ABOUT_NUMBER.search(p.text) or CALLED_LEAVING_NUMBER.search(p.text) or p.text.strip() and callback_list_item(analysis, p.segment, p.start + len(p.text) - len(p.text.lstrip()))
        for p in pieces)
    # a program's participant and their home ("Rebate winner Hodan Abdi of 3450 ..."): see program_participants
    participant = any(is_a_home(f) or f[0] in ("email", "phone", "usage") for f in fields) and any(
        PARTICIPANT.search(p.text) for p in pieces)
    # a resident's home marked on a program's map, with their number: see homes_labelled
    home_labelled = participant or home_and_phone_with(fields, pieces, HOME_LABEL.search)
    # a consumption figure beside a phone or a home, a note copied from the billing system, or two ways to reach
    # someone in a customer's case, tie the words beside them as surely as an identifier: any name will do there,
    # listed or not ("Itzel Luz, 562 693 7172, 538 kWh", "copied from CIS: Jhun Marcelo-Dang / ...", "Staff met
    # with HSIEH, MEI-HUI. The ratepayer asked that notices go to ...@aol.com and the crew call (818) ...")
    # a resident's home or number and their own utility bill ("Ana Ruiz ((909) ...) thanked staff for help with the
    # winter bill"): see speakers_with_home
    bill_told = any(f[0] in ("address", "phone") for f in fields) and any(
        OWN_UTILITY_BILL.search(p.text) or UTILITY_STORY.search(p.text) or RELIEF_TOLD.search(p.text)
        or HOME_BILL_TOLD.search(p.text) for p in pieces)
    # a resident reached at their own home, phone or mailbox whom staff helped, in a text telling utility matters ("A
    # Tagalog-speaking senior (Ana Ruiz, 562...) was helped by Lyle Pennington in Tagalog" among a customer-care
    # report's cases): served as a customer; the helper is staff (``named_officially``)
    served = any(f[0] in ("address", "phone", "email") for f in fields) and any(
        SERVED_BY.search(p.text) for p in pieces) and utility_matter_near(analysis, pieces)
    # a service address given right after a name ("caller Ana Ruiz stated svc addr 12 Elm St"): a utility's customer
    service_told = any(map(is_a_home, fields)) and any(_SERVICE_ADDRESS_LABEL.search(p.text) for p in pieces)
    # a home and a phone in a record joined by bars ("Ana Ruiz|12 Elm St|909 ..."): the field before them holds the
    # person's name, as a table's name column does
    bar_joined = home_and_phone_with(fields, pieces, joined_by_bars)
    # a problem reported from a home with the number to call back ("Outage reported by Ana Ruiz - 12 Elm St - (909)
    # ..."): a resident reporting their own service, whose name need be on no list
    reported = home_and_phone_with(fields, pieces, _REPORTED_BY.search)
    # homes given with names that the next sentence calls customers, all together: see called_customers_after
    listed_homes = any(map(is_a_home, fields)) and any(ALL_CUSTOMERS.search(p.text) for p in pieces)
    # a home whose service the text says is held in someone's name, or by someone ("... holds the PCE account for the
    # duplex at ..."): whoever it names there holds the account
    held = any(map(is_a_home, fields)) and any(pattern.search(" ".join(p.text for p in pieces))
                                           for pattern in (HELD_IN_NAME, HOLDS_ACCOUNT_AFTER))
    # a shut-off notice's addressee right before their home ("Para: Anastasio Echeverria, 3988 ... Su servicio ...
    # será suspendido"): the household whose service it is, whose name need be on no list (``_notice_addressees``)
    addressed = any(map(is_a_home, fields)) and any(
        NOTICE_ADDRESSEE.search(p.text) and SHUT_OFF_NOTICE.search(p.text) for p in pieces)
    names = private_people_named(analysis, pieces, bool(anchored),
                   lenient=bool(anchored) or copied or len(fields) > len(usage) > 0
                   or (own and (len(fields) - len(usage) >= 2 or any(map(is_a_home, fields))))
                   or owned or party or callback or home_labelled or bill_told or served or service_told or bar_joined
                   or reported or listed_homes or held or addressed,
                   mailboxes=[(segment, start, end) for kind, segment, start, end in fields if kind == "email"])
    # (a utility's account or usage makes the proprietor the account's customer: "Ana Ruiz dba Ruiz Tile, acct ...";
    # their own home, phone or mailbox beside the number makes a record of theirs: "... his home address, 12 Elm St")
    utility_anchored = bool(usage) or any(
        a.kind == "account" for p in anchored for a in analysis.anchors_in(p.segment, p.start, p.end))
    # a sole proprietor before their trade name, with no utility matter nor contact of their own: the trade's line
    traders = [name for name in names if lists.trades_under_a_name(name[0].text, name[2]) and not utility_anchored
               and not own_contact_beside(name, fields)]
    names = [name for name in names if not city_of_an_address(name, fields) and not tail_of_a_place(name)
             and not place_after_a_preposition(name)
             and not lists.proprietor_under_trade_name(analysis, name[0], name[0].text[name[1]:name[2]])
             and name not in traders]
    names = [name for name in names if not town_named(name) and not street_named(name)
             and not speaker_telling_of_another(name) and not providers_named(name)
             and not public_place_named(analysis, name, fields)]
    if any(map(family_named, names)) and tells_history(" ".join(p.text for p in pieces)):
        names = [name for name in names if not family_named(name)]  # "The Ybarras settled at ... in 1890"
    # a worked example's made-up household ("The Reyes family (a hypothetical household of four) uses about 640
    # kWh") is no customer, nor is the usage the example gives it
    real = [name for name in names if not stands_in(name[0].text, name[1], name[2])]
    if names and not real:
        return []
    names = real
    if not anchored:  # no identifier ties the record: the paragraph's people and figures may be public ones
        if names and of_another_kind(" ".join(p.text for p in pieces)) \
                and not any(analysis.facts.in_sample(p.segment) for p in pieces):  # a sample bill's is left out later,
            return []  # and the document says so; a bio, a volunteer's profile, an example, a proclamation here
        names, usage = public_ones_left_out(analysis, names, usage)
        fields = [f for f in fields if f[0] != "usage" or f in usage]
    if not names and owned:  # a story's family called only by its surname here: the name that opened the story
        names = story_subjects(analysis, names, usage, pieces)
    ranked = None if names else ranked_usage(analysis, usage)  # a contest's winners whom no list of names holds
    if not names and not ranked:
        if anchored:  # no name, but an account's service address, callback number or usage in its own line
            for kind, segment, start, end in initialled_customers(analysis, pieces, after):
                analysis.add(kind, segment, start, end, "contact details of a customer named by an initial")
            for piece in anchored:
                if names_facility(piece.text) or ORGANIZATION.search(piece.text) or any(
                        t[0] is piece.segment and piece.start <= t[1] < piece.end for t in traders) or (
                        _TRADE_LINE.search(piece.text) and not utility_anchored
                        and not OWN_CONTACT_WORDS.search(piece.text)):
                    continue  # a facility's or an organization's account: "Palomares Park, SCE acct ..."; a trade's
                    # line, its proprietor's name unread ("Perpetua Ruiz dba Ruiz Tree Care | 81 Elm St | SSN ...")
                k = pieces.index(piece)
                below = pieces[k + 1] if k + 1 < len(pieces) else after
                goes_on = clause_going_on(piece, below)
                if goes_on:  # then the line after the one it goes on in is where a value cut there goes on
                    below = (pieces[k + 2] if k + 2 < len(pieces) else after) if k + 1 < len(pieces) else None
                # the line above when it labels the account's service address ("Service address: 12 Elm St" over
                # "PCE account 4455667788"), as a utility's record writes the premise before its account
                above = [pieces[k - 1]] if k and _SERVICE_ADDRESS_LABEL.match(pieces[k - 1].text.lstrip()) else []
                beside = analysis.contact_fields([*above, piece, *goes_on], below)
                for kind, segment, start, end in beside:
                    if not someone_elses(analysis, segment, start, [f[1:] for f in beside]):
                        analysis.add(kind, segment, start, end, "contact details beside a personal identifier")
        else:
            for kind, segment, start, end in customers_home(analysis, fields):
                analysis.add(kind, segment, start, end, "home and mailbox of a customer the clause speaks of")
            for kind, segment, start, end in unnamed_customers_record(analysis, fields):
                analysis.add(kind, segment, start, end, "record of a customer a sentence speaks of, unnamed")
            if page not in analysis.context.public_comment:
                for kind, segment, start, end in writers_own_record(analysis, pieces, fields):
                    analysis.add(kind, segment, start, end, "home and own contact a writer gives in their own "
                                                            "question about their service or a program")
            for kind, segment, start, end in customers_own_message(analysis, fields):
                analysis.add(kind, segment, start, end, "phone of a customer whose home a record of the page holds, "
                                                        "in their own message")
        return []
    if any(FACILITY_CUE.search(s.text, start, end) for s, start, end in names):  # "Nicole R. Park, who lives at"
        fields = _record_fields(analysis, pieces, after, bool(anchored), names)
    homes = [f for f in fields if f[0] == "address"]
    called = [n for n in names if called_customer(n[0].text, *n[1:]) or _called_on_line_before(pieces, *n)
              or called_customers_after(analysis, n) or _posted_by(n) or _household_acting(n)]
    if ranked:
        names, fields = ranked
        why = "a contest's ranked winner named with their own monthly usage"
    elif anchored:  # the account's parties too: its holder's estate's executor, a landlord taking service back
        names, fields = customers_sentences(analysis, names, fields, [*called, *_parties(names), *(f[1:] for f in usage), *(
            (a.segment, a.start, a.end) for p in anchored for a in analysis.anchors_in(p.segment, p.start, p.end)),
            *listed_accounts(analysis, pieces)])
        why = "name beside a personal identifier in running text"
    elif usage and (homes or len(fields) > len(usage)) and not _PREMISES_TOLD.search(" ".join(p.text for p in pieces)):
        # "Itzel Luz, 562 693 7172, consumo 538 kWh"; not a shop owner's quote on the shop's bill
        # the parties too: "The tenants are Ana Ruiz (Unit 3) and Jo Lee (Unit 7). Ms. Ruiz ... showed 3,528 kWh"
        names, fields = customers_sentences(analysis, names, fields, [*called, *_parties(names),
                                                                       *(f[1:] for f in usage)])
        why = "name beside a home address and its consumption" if homes else \
            "name beside their consumption and contact details"
    elif page not in analysis.context.public_comment and (addressees := _notice_addressees(names, fields)):
        names, fields = customers_sentences(analysis, names, fields, addressees)
        why = "the customer a shut-off notice in running text is addressed to, with their home"
    elif (page not in analysis.context.public_comment or own_account_told(pieces)) and called and (
            own_fields := [f for f in fields if not to_customers_at_large(f[1].text, f[2])]):
        # not a program's line in a sentence to customers at large: a testimonial's customer has none of their own
        names, fields = customers_sentences(analysis, names, own_fields, called)
        why = "customer named in running text beside their contact details"
    elif page not in analysis.context.public_comment and home_and_phone(names, fields, pieces) and not (
            PUBLIC_PROCESS.search(" ".join(p.text for p in pieces))
            and not cue_in(analysis, "utility matter", pieces)) and not lists.serving_in_a_role(analysis, pieces[0].segment) \
            and not land_use_party(analysis, pieces, names) and not tells_candidacy(
                " ".join(p.text for p in pieces), lists.list_lead(analysis, pieces[0].segment)) \
            and not permit_holders(analysis, names):
        names, fields = customers_sentences(analysis, names, fields, names)  # not "Defendant: the utility, 411 W ..."
        why = "name beside a home address or a personal mailbox and a phone in one clause"
    elif page not in analysis.context.public_comment and (signed := signed_with_home(names, fields)):
        names = signed  # not the people the quote speaks of
        why = "a quote's speaker signed with their home address"
    elif speakers := speakers_with_home(names, fields):
        names, fields = customers_sentences(analysis, names, fields, speakers)
        why = "a resident's home or number given with their own utility bill"
    elif page not in analysis.context.public_comment and (told := home_bills_told(names, fields)):
        names, fields = customers_sentences(analysis, names, fields, told)
        why = "a person telling of their home's bill, meter or account"
    elif page not in analysis.context.public_comment and service_told and (
            opened := case_fields_labelled(names, fields)):
        names, fields = customers_sentences(analysis, names, fields, opened)
        why = "the person a case note opens with, and the service address or callback number it gives for the case"
    elif told := homes_in_utility_story(analysis, names, fields):
        names, fields = customers_sentences(analysis, names, fields, told)
        why = "a person's home given with what happened to their utility account"
    elif page not in analysis.context.public_comment and (mailed := mailbox_owners_bracketed(names, fields))[0]:
        names, fields = mailed
        why = "customer named in brackets after their own mailbox, in a note of their utility matter"
    elif followed := followed_up(names, fields):
        names, fields = customers_sentences(analysis, names, fields, followed)
        why = "a person who told of their own utility bill, refund or deposit, whom staff will call back"
    elif page not in analysis.context.public_comment and (billed := called_about_a_home_bill(names, fields)):
        names, fields = customers_sentences(analysis, names, fields, billed)
        why = "a person to call about the bill or balance of a home the sentence gives"
    elif page not in analysis.context.public_comment and served and (helped := served_ones(names, fields)):
        names, fields = customers_sentences(analysis, names, fields, helped)  # not the helper, who is staff
        why = "person staff helped in a utility's text, beside their own phone, mailbox or home"
    elif fields and copied:
        why = "name and contact details copied from a customer or billing system"
    elif page not in analysis.context.public_comment and len(fields) > len(usage) and own and not OWN_BUSINESS_RE.search(
            " ".join(p.text for p in pieces)):  # not an owner's words of their firm's bill: "I own Ana's Bakery. My bill"
        why = "name beside their home or contact details and their bill or meter"  # not a testimonial's name alone
    elif (page not in analysis.context.public_comment or own_account_told(pieces)) and party and not permit_holders(
            analysis, names) and (parties := customers_sentences(analysis, _parties(names), fields,
                                            [f[1:] for f in fields if private_fact(f, utility)]))[0]:
        names, fields = parties  # not a bystander named in the same sentence, nor a resident a sentence before names
        why = "party of a utility case beside their own usage, phone, mailbox or service address"
    elif page not in analysis.context.public_comment and (reached := people_reached(analysis, names, pieces, fields)):
        names, fields = customers_sentences(analysis, names, fields, reached)  # not the interpreter named in the same note
        why = "person staff reached about a utility matter beside their own phone, home or usage"
    elif page not in analysis.context.public_comment and (callbacks := called_back(analysis, names, fields)):
        names = callbacks
        why = "person to be called back at their own number"
    elif page not in analysis.context.public_comment and (callers := utility_callers(analysis, names, pieces, fields)):
        names = callers
        why = "person who called about a utility matter, with the number to return the call at"
    elif page not in analysis.context.public_comment and (participants := program_participants(names, fields)):
        names = participants
        why = "a utility program's participant named with their home address"
    elif page not in analysis.context.public_comment and (enrollees := enrollees_reached(analysis, names, fields)):
        names = enrollees
        why = "a utility program's enrollee named with their own mailbox, phone or consumption"
    elif page not in analysis.context.public_comment and (owners := homes_labelled(names, fields)):
        names = owners
        why = "a resident named with their home and number, marked as a private home"
    elif page not in analysis.context.public_comment and (
            left_out := left_out_of_usage_average(analysis, names, fields)):
        names = left_out
        why = "customer left out of an average of customers' usage, with their own details"
    elif page not in analysis.context.public_comment and (introduced := self_introduced(names, fields))[0]:
        names, fields = introduced
        why = "a caller's own name, home and number, as they introduce themselves"
    elif owned and (users := usage_of(analysis, names, usage)):
        names, fields = customers_sentences(analysis, names, fields, users)  # not the other speakers of the block
        why = "name beside their own consumption"
    elif ranked := ranked_usage(analysis, usage):
        names, fields = ranked
        why = "a contest's ranked winner named with their own monthly usage"
    elif owned and (subjects := story_subjects(analysis, names, usage, pieces)):
        names = subjects  # not the family called again by its surname, nor anyone else the story names
        why = "a story's customer named with their own monthly usage"
    else:
        return []
    for segment, start, end in names:
        analysis.add("name", segment, start, end, why)
    for kind, segment, start, end in fields:
        analysis.add(kind, segment, start, end, why)
    for segment, start, end in names:  # "When Ana Ruiz applied (application EVC-48013), the home at ... used ...": the
        # program's number for the customer, their program account (as in a participants' list)
        for number in lists.PROGRAM_NUMBER.finditer(segment.text, *sentence_bounds(segment, start, names)):
            if not analysis.anchors_in(segment, number.start("value"), number.end("value")):
                analysis.add("number", segment, number.start("value"), number.end("value"), why)
    accounts = [a for p in anchored for a in analysis.anchors_in(p.segment, p.start, p.end) if a.kind == "account"]
    for piece in pieces:
        kind = "phone" if piece.segment.label and header_kind(piece.segment.label)[0] == "phone" else "number"
        for start, end in bare_numbers(analysis, piece):  # a field its page names a phone's: "customer:phone"
            if accounts and kind == "number" and (e164 := dialable_beside_account(piece.segment.text[start:end])):
                if not analysis.contacts.phone_is_public(e164):  # the department's own line is nobody's record
                    analysis.add("phone", piece.segment, start, end, why)
                continue
            analysis.add(kind, piece.segment, start, end, why)
    analysis.anchor_pages.add(page)
    return names


# a business's premises the text tells of: its people quoted on "the shop's" bill are no household's customers
_PREMISES_TOLD = re.compile(r"(?i)\b(?:the|her|his|their|my|our)\s+(?:shop|store|restaurant|salon|bakery|business|"
                            r"caf[e\u00e9]|storefront)\b")


# a line naming a trade its proprietor does business under: "... dba Ruiz Tile", "doing business as ..."
_TRADE_LINE = re.compile(r"(?i)\S\s+(?:dba|d/b/a|d\.b\.a\.|doing\s+business\s+as|trading\s+as)\s+\w")


def _record_fields(analysis: Analysis, pieces: list[Line], after: Line | None, anchored: bool,
                   names: list[tuple] = ()) -> list[tuple]:
    """The contact fields of the pieces (see ``Analysis.contact_fields``) but, where no identifier ties them or an
    office's mailbox is offered with it (``office_line``), the numbers the reader is asked to call; never the address
    of a letterhead (``letters.letterhead_address``), the sender's own."""
    return [f for f in analysis.contact_fields(pieces, after, names)
            if not offices_invitation(f) and (not invited_to_call(f) or anchored and not office_line(f))
            and not (f[0] == "address" and letterhead_address(analysis, f[1]))
            and not firms_contact(analysis, f)]


# a text with none of these ties no name so (a use, a history, a change, a solar home's export)
_USE_TOLD = re.compile(rf"(?i)[ \t\x00](?:{USED}|{CUT_USE})[ \t\x00]|{HISTORY_OF}|[ \t\x00]{CHANGED}[ \t\x00]+"
                       rf"(?:about[ \t\x00]+)?\d|{EXPORTED_AFTER_NAME.pattern}")
_USE_APPOSED_TOLD = re.compile(rf"(?-i:[A-Z][^\W\d_]+){USE_APPOSED}")


def _parties(names: list[tuple]) -> list[tuple]:
    """The names called a party of a utility case ("Tenant Ana Ruiz", "the landlord, Ana Ruiz", "Appellant Ana
    Ruiz"). Beside a fact that is no public record (``private_fact``) they are the customer's side of the case; a
    zoning appellant's name beside the project's address is a public record."""
    return [(segment, start, end) for segment, start, end in names if called_party(segment.text, start, end)]


_SERVICE_ADDRESS_LABEL = re.compile(r"(?i)\b(?:svc|service)[ \t]+addr(?:ess)?\b")
_RETURN_CALL = re.compile(RETURN_CALL_WORDS)
_ADDRESSEE_LABEL = re.compile(ADDRESSEE_OPENING + "$")
_ADDRESSEE_LABEL_REACH = 12  # how far before the name the label is read ("Para: ")
_HOME_AFTER_ADDRESSEE = 4  # how far after the name their home starts (", ")


def _notice_addressees(names: list[tuple], fields: list[tuple]) -> list[tuple]:
    """The names a shut-off or past-due notice in running text is addressed to, each right before their home (see
    ``_ADDRESSEE_LABEL``): the household whose service the notice is about."""
    return [(segment, start, end) for segment, start, end in names
            if _ADDRESSEE_LABEL.search(segment.text, max(0, start - _ADDRESSEE_LABEL_REACH), start)
            and SHUT_OFF_NOTICE.search(segment.text)
            and any(is_a_home(f) and f[1] is segment and 0 <= f[2] - end <= _HOME_AFTER_ADDRESSEE for f in fields)]


_HOUSEHOLD_ACT_REACH = 80  # how far after a household's name its act is read ("the Okafors at 2210 Birch Ln used")


def _household_acting(name: tuple) -> bool:
    """Whether the name is a household's plural surname that its sentence makes a customer (``acting_families``):
    "Staff reached the Szymanskis at (626) ...; they owe ... on the home at ...": the household's number and home."""
    segment, start, end = name
    reach = (max(0, start - _HOUSEHOLD_ACT_REACH), min(len(segment.text), end + _HOUSEHOLD_ACT_REACH))
    return (start, end) in acting_families(segment.text, *reach)


def _posted_by(name: tuple) -> bool:
    """Whether the name opens a copied comment as its poster (``posters_name``): the comment's own service is theirs."""
    segment, start, end = name
    poster = posters_name(segment.text, start)
    return poster is not None and poster.span("name") == (start, end)
