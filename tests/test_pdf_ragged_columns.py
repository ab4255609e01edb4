"""Two columns of running text whose lines are broken by hand or after a count of characters (not where the next
word would not fit) are read column by column; a table whose cells wrap on both sides stays rows."""
from __future__ import annotations

import io

from reportlab.pdfgen import canvas

from crawler.extract import extract

# a story set by hand: its lines end wherever the writer broke them
_STORY = ["SPRING UPDATE - 2027", "Staff presented the storm drain study and the council asked",
          "for a second hearing on the fee schedule", "before it goes to the planning commission in the spring",
          "and the museum roof repair is nearly done.", "The library will reopen its east wing after the",
          "holiday break with longer hours on weekdays for students and", "crews also finished the well house fence",
          "and the new pump controls, and the utility thanks every resident", "who answered the water use survey",
          "this year, which helps plan the next rate study and the", "capital budget for the coming fiscal year",
          "and beyond that, with public meetings at city hall", "on the second Tuesday of each month",
          "and a web page for comments", "that stays open until the end of June."]
_CORNER = ["Customer Corner", "", "Congratulations to our", "thermostat giveaway winner,", "Odina Kelewae of",
           "3318 S 2150 E Unit 9,", "acct 8841092273,", "who trimmed use from 1,400 to", "1,052 kWh a month!", "",
           "Runner-up Meli Fonua", "(acct 22-90417-3)", "can be reached at", "(801) 555-3194", "to share tips."]


def _page(columns: list[tuple[float, list[str]]], header: str | None = None) -> bytes:
    out = io.BytesIO()
    pdf = canvas.Canvas(out, pagesize=(612, 792))
    if header:
        pdf.setFont("Helvetica", 7)
        pdf.drawString(40, 767, header)
    pdf.setFont("Helvetica", 9)
    for x, lines in columns:
        for index, line in enumerate(lines):
            pdf.drawString(x, 730 - 12 * index, line)
    pdf.save()
    return out.getvalue()


def _lines(body: bytes) -> list[str]:
    return [s.text for s in extract("https://example.org/news.pdf", body).segments if s.location.page == 1]


def test_a_corner_beside_a_story_set_by_hand_is_read_after_the_story():
    lines = _lines(_page([(40, _STORY), (340, _CORNER)], header="Utility Board Packet - March 3"))
    assert "acct 8841092273," in lines
    assert lines.index("Congratulations to our") > lines.index(_STORY[-1])
    assert all("\t" not in line for line in lines)


def test_a_table_whose_cells_wrap_on_both_sides_stays_rows():
    left = ["Project", "Feeder cable", "on the north loop and the Elm St switch", "Yard paving",
            "at the water treatment plant with drainage", "Water tank", "paint and coat the east reservoir tank",
            "Well pump", "rebuild the pump at well house seven"]
    right = ["Status", "Two bad splices", "found by crews during the spring outage", "Bids in",
             "under the estimate by nine percent in March", "Out to bid", "with the tank coating work in April",
             "Parts ordered", "from the vendor for delivery in May"]
    lines = _lines(_page([(40, left), (330, right)]))
    assert not any(line.startswith("Crews found") for line in lines)
