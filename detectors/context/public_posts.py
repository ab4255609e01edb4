"""The public posts a roster gives its people, cell by cell: a seat, a body, a job, a term.

A headerless list of people with addresses and phones is a customer export ("Salud Whitlock-Ames | 3743 Halstead Dr |
9094017735 | 1367kWh") or the City's roster of its officials and staff ("District 3 | Joy Mekonnen | 1617 Quarry Oaks
Ct | (909) 620-2244", "Rosario Huynh | Community Life Commission | Term ends 6/30/2028 | 106 Anaheim St | ...",
"Ana Ruiz | Billing Supervisor | 505 S. Garey Ave | (909) 620-2231"). A column most of whose cells name such a post
says which: a customer's record holds no seat, no commission, no job title and no term of office.

A table whose header names a badge beside such a post ("Last | First | Badge # | Position") is a staff roster too:
the badge is an employee's, not the meter's badge number a utility's export files under the same word.
"""
from __future__ import annotations

import re

# capitalised words, an office's name's small words among them ("Youth and Family", "Parks & Recreation")
_TITLED_WORDS = r"(?:(?:[A-Z][\w&'./-]*|of|and|for|&)\s+){0,5}"
# a council's or a board's seat: "District 3", "Dist. 3", "City Council District No. 4", "Ward 2", "School Board Seat
# 5", "At-Large", "Mayor"
_SEAT = (rf"{_TITLED_WORDS}(?i:(?:district|dist\.?|ward|seat|precinct|division)\s*(?:no\.?\s*|#\s*)?\d{{1,2}}[a-z]?|"
         r"at[- ]large|mayor(?:\s+pro\s+tem)?)")
# a body people are appointed to: "Planning Commission", "PCE Advisory Board", "Youth and Family Commission"
_BODY = (rf"{_TITLED_WORDS}(?i:commission|board|committee|council|task\s+force|authority|"
         r"advisory\s+(?:group|panel|body))(?i:\s+\((?:chair|vice\s+chair|member|alternate)\))?")
# a job's or a volunteer's title: capitalised words ending in a post's noun, a grade after it ("Account Clerk II",
# "Meter Reader", "Park Ambassador", "Customer Care Agent", "Utility Billing Lead")
_JOB = (rf"{_TITLED_WORDS}(?i:representative|supervisor|analyst|manager|coordinator|clerk|accountant|reader|"
        r"officer|engineer|planner|ranger|inspector|technician|specialist|director|assistant|administrator|"
        r"superintendent|librarian|firefighter|captain|sergeant|lieutenant|operator|mechanic|attendant|aide|"
        r"secretary|treasurer|auditor|controller|dispatcher|worker|electrician|lineworker|intern|chief|"
        r"volunteer|docent|ambassador|mentor|tutor|steward|lifeguard|instructor|coach|agent|lead|associate|"
        r"commissioner|councilmember|council\s+member|trustee|chair(?:man|woman|person)?)(?:\s+(?:I{1,3}|IV|[1-4]))?")
# a term of office: "Term ends 6/30/2028", "Term expires June 2029", "Appointed 3/2/2026"
_TERM = r"(?i:(?:term\s+(?:ends|expires|exp\.?|through|to)|(?:re)?appointed|serves\s+(?:through|until))\b.*)"
_POST = re.compile(rf"\s*(?:{_SEAT}|{_BODY}|{_JOB}|{_TERM})\s*")
_POST_CHARS = 80  # a post's name is short; a note or a sentence is none
# a badge's header, not a meter's ("Badge #", "Badge No.", "ID Badge"; not "Meter Badge", "Mtr Badge No")
_BADGE = re.compile(r"(?i)(?<!meter )(?<!mtr )\bbadge\b")


def names_a_post(text: str) -> bool:
    """Whether a cell names a public post: a seat, an appointed body, a job's title or a term of office."""
    return len(text) <= _POST_CHARS and _POST.fullmatch(text) is not None


def column_of_posts(texts: list[str]) -> bool:
    """Whether more than half of a column's cells name public posts: the people of its rows hold them."""
    return 2 * sum(names_a_post(text) for text in texts) > len(texts)


def staff_badge(label: str, listing: bool) -> bool:
    """Whether a column headed by a badge (no meter's) is an employee's number: its table is a roster by its
    headers (``headers.columns`` read it a listing: a "Position", "Title" or "Department" column beside it)."""
    return listing and _BADGE.search(label) is not None
