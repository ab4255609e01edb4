"""Public speakers in meeting transcripts and captions who give their own utility account: the name a speaker opens
their turn with ("thank you mayor my name is ...", "hi good evening this is ...", "I'm ...", "my name's ..."), in
lower case or capitals a listed given name and surname, is the customer's when the turn tells of their own account,
bill or usage with its number or a consumption figure, whatever the meeting's public-comment wording around it (the
clerk's "speaker cards"); the turn runs over the caption lines past their timestamps up to the next speaker's label,
the chair's hand-over or the next speaker's introduction.

Hard negatives: the council and staff (a turn labelled "Mayor", "Councilmember", "City Clerk", "Staff") introducing
an item or reading program statistics and a resolution number, a speaker who gives only their name and city, a
business owner speaking of their business's bill and phone, the clerk's lines, the next commenter's number under
a written comment's sign-off, and a court reporter's number at the foot of a transcript's pages.
"""
from __future__ import annotations

from tests.detector_helpers import pairs_found

URL = "https://www.ci.example.ca.us/meetings/captions/cc-2025-03-10-transcript.txt"

CLERK = ("Mayor Whitfield  0:06:12\nThank you madam clerk how many speaker cards do we have\n\n"
         "City Clerk  0:06:18\nWe have eight speakers mayor each speaker will have three minutes\n\n")


def names(body: str) -> set[str]:
    return {value for category, value in pairs_found(URL, body) if category == "customer_name"}


def test_a_speaker_giving_their_account_is_named_whatever_the_clerk_said():
    body = CLERK + ("Speaker 4  0:07:02\nThank you mayor my name is daniel forsythe my account number is "
                    "3-118-4420-57 and the bill showed 1,930 kilowatt hours in june thank you\n")
    found = pairs_found(URL, body)
    assert ("customer_name", "daniel forsythe") in found
    assert ("energy_usage", "1,930 kilowatt hours") in found


def test_introductions_other_than_my_name_is():
    body = CLERK + ("Speaker 2  0:07:40\nHi good evening this is patricia holloway my edison account is "
                    "2-71-305-9912 my bill said 2,050 kwh in august\n\n"
                    "Mayor Whitfield  0:08:05\nNext speaker please\n\n"
                    "Speaker 3  0:08:09\nGood evening i'm gregory mcallister and my account number is 8830271146 "
                    "we used 1,400 kwh last month\n")
    assert names(body) == {"patricia holloway", "gregory mcallister"}


def test_captions_in_capitals_across_lines_and_timestamps():
    body = ("[00:04:10] [Speaker 1] our next speaker\n"
            "[00:04:12] [Speaker 5] good evening mayor and council my name is theresa\n"
            "[00:04:15] whitmore my bill says i used 2,310 kwh in one month my account\n"
            "[00:04:19] number is 3-401-7726-15 thank you\n"
            "[00:04:22] [Speaker 1] thank you next speaker\n").upper()
    found = {value.lower() for value in names(body)}
    assert found == {"theresa whitmore"}  # the name a caption's line break cut: its cues read as one turn


def test_captions_that_name_no_speaker_end_a_turn_at_the_chairs_hand_over():
    body = ("00:06:00 good evening my name is harold brennan and i'm a resident of upland i support the trail\n"
            "00:06:05 thank you\n"
            "00:06:06 next speaker please\n"
            "00:06:08 thank you mayor my name is lorraine fitch my bill said 3,120 kwh last month\n"
            "00:06:12 my account number is 2-66-418-3309 thank you\n")
    assert names(body) == {"lorraine fitch"}


def test_officials_city_speakers_and_businesses_are_no_customers():
    body = CLERK + (
        "Councilmember Avalos  0:05:30\nThank you mayor this is councilmember avalos our program delivered "
        "312,000 megawatt hours and item 7 is resolution number 2025-31\n\n"
        "Staff  0:05:50\nThank you mayor my name is helen marsh the average customer used 540 kwh and my "
        "account of the program is on page 4\n\n"
        "Speaker 6  0:09:12\nHello council my name is frances ogden and i'm a resident of claremont i support "
        "item 9 thank you\n\n"
        "Speaker 7  0:09:30\nHi my name is walter grissom i own grissom tire center we are located at 1460 west "
        "holt avenue our bill went up to 4,200 kwh my account is 7712093845 customers can reach us at "
        "909-555-0148\n")
    assert names(body) == set()


def test_a_cue_line_of_words_is_no_street():
    body = ("[00:05:02] [Speaker 3] hello my name is jerome pruitt my bill said 1,210 kwh\n"
            "[00:05:05] for the record my account number 1104 5521\n"
            "[00:05:08] 90 that is all\n"
            "[00:05:10] [Speaker 1] next speaker please\n")
    found = pairs_found(URL, body)
    assert ("customer_name", "jerome pruitt") in found
    assert not any(category == "address" for category, _ in found)



def test_a_turn_ends_at_a_written_comments_sign_off():
    """Written comments on a web page, one after the other: the next commenter's name, town and number, under the
    sign-off of the comment before, are no part of its writer's turn."""
    comments = ("<html><body><h1>Written public comments</h1>"
                "<p>My name is Rafael Ocampo and my family lives at 2210 W. Orange Grove Ave. Our PCE account, number "
                "2-48-117-6630, was billed for 2,077 kWh in August.</p><p>- Rafael Ocampo</p>"
                "<p>Lucinda Brandt-Oyelaran, Pomona, 909 477 2018</p>"
                "<p>I support the solar program for schools.</p></body></html>")
    found = pairs_found("https://www.ci.example.ca.us/council/written-comments.html", comments, "text/html")
    assert ("customer_name", "Rafael Ocampo") in found
    assert not {value for category, value in found if category == "phone"}


def _transcript_pdf(pages: list[list[str]], foot: str) -> bytes:
    import io

    from reportlab.pdfgen import canvas
    out = io.BytesIO()
    pdf = canvas.Canvas(out)
    for lines in pages:
        for k, line in enumerate(lines):
            pdf.drawString(72, 740 - 16 * k, line)
        pdf.drawString(72, 40, foot)
        pdf.showPage()
    pdf.save()
    return out.getvalue()


def test_a_paged_transcripts_running_foot_is_no_part_of_a_turn():
    foot = "Ridgeline Reporting Services, Inc.    (909) 474-8811"
    first = ["PUBLIC HEARING - PROPOSED GENERATION RATES", "CHAIR OYELARAN: Next speaker, please."]
    first += ["THE CLERK: Thank you." for _ in range(38)]
    first += ["MS. TAVARES: My name is Odalys Tavares and my account",
              "number is 3-205-7716-40. I used 2,318 kilowatt hours", "in July and my email is"]
    second = ["otavares77@yahoo.com. Thank you.", "CHAIR OYELARAN: Thank you."]
    found = pairs_found("https://www.ci.example.ca.us/pce/rate-hearing-transcript.pdf",
                        _transcript_pdf([first, second], foot), "application/pdf")
    assert ("customer_name", "Odalys Tavares") in found
    assert ("phone", "(909) 474-8811") not in found
