"""Detection throughput: all registry detectors against the numeric ones alone, on the same text.

    python benchmarks/detect_throughput.py [--documents 400] [--rounds 5] [--seed 7] [--each]

Generates city-like documents (pages with navigation and a footer, news and agenda paragraphs with
public phones, mailboxes, addresses and kWh figures, staff, council, park and rate tables, PDF letters,
now and then a customer table or a label block, and two 300-page PDFs as their lines: a budget book and an
agenda packet with staff reports, public comment letters and minutes), runs ``engine.scan_document`` over
them with 1. only the numeric detectors (ssn, taxpayer_id, account_number) and 2. every registry detector,
and prints MB/s of text for each and their ratio (target: all detectors at least half as fast); ``--each``
adds every detector's own rate (a detector alone pays for the customer context too, without the anchors).
Rates are CPU time of this process, so that other work on a shared machine does not move them.
"""
from __future__ import annotations

import argparse
import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from detectors.engine import scan_document  # noqa: E402
from detectors.model import Document, Location, Record, Segment  # noqa: E402
from detectors.registry import load_detectors  # noqa: E402

NUMERIC = ("ssn", "taxpayer_id", "account_number")
WORDS = ("council water budget park library permit street hearing resolution program energy residents approve "
         "contract service community public safety planning housing grant report renewable power customers "
         "rates meeting agenda item staff recommend fiscal year city manager department").split()
FIRST = "Maria Robert Ana John Jane Luis Karen David Sofia Michael Linda James".split()
LAST = "Lopez Chen Ruiz Smith Doe Garcia Nguyen Brown Martinez Kim Patel Johnson".split()
STREETS = "Holt Ave|Garey Ave|Mission Blvd|Towne Ave|Foothill Blvd|Arrow Hwy|White Ave|Grand Ave".split("|")


def _words(rng: random.Random, n: int) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(n)).capitalize() + "."


def _person(rng: random.Random) -> str:
    return f"{rng.choice(FIRST)} {rng.choice(LAST)}"


def _street(rng: random.Random) -> str:
    return f"{rng.randrange(100, 3000)} {rng.choice('NSEW')} {rng.choice(STREETS)}"


def _phone(rng: random.Random, exchange: str = "555") -> str:
    return f"(909) {exchange}-{rng.randrange(1000, 9999)}"


def _paragraph(rng: random.Random) -> str:
    extras = [
        f"For details call the Planning Division at {_phone(rng, '620')}.",
        f"Email planning@pomonaca.gov or {rng.choice(FIRST).lower()}.{rng.choice(LAST).lower()}@pomonaca.gov.",
        f"The hearing will be held at {_street(rng)}, Pomona, CA 91766 on June {rng.randrange(1, 28)}.",
        f"Pomona residents used {rng.randrange(300, 500)} GWh in 2023; the average home uses 550 kWh a month.",
        f"Tier 1: 0-300 kWh at $0.{rng.randrange(10, 30)}/kWh; Resolution No. 2024-{rng.randrange(100, 999)}.",
        f"Approve contract with ABC Electric, {_street(rng)}, in the amount of ${rng.randrange(1000, 99999):,}.",
        f"Mayor Tim Sandoval thanked {_person(rng)} for the {rng.choice(WORDS)} work.",
        f"Questions? Contact {_person(rng)} at {_phone(rng)}.",
    ]
    return " ".join([_words(rng, 40), rng.choice(extras), _words(rng, 30)])


def _table(rng, headers, row, rows):
    segments, records = [], []
    for r in range(rows):
        fields = [Segment(v, Location(line=r + 10, element=f"table > tr:nth-of-type({r + 1}) > td:nth-of-type({c})"),
                          label=h) for c, (h, v) in enumerate(zip(headers, row(rng)), start=1)]
        segments += fields
        records.append(Record(fields))
    return segments, records


TABLES = [
    (("Name", "Title", "Department", "Phone", "Email"),
     lambda r: (_person(r), "Analyst", "Finance", _phone(r, "620"), "staff@pomonaca.gov")),
    (("Name", "District", "Email", "Phone"), lambda r: (_person(r), str(r.randrange(1, 7)), "council@pomonaca.gov",
                                                        _phone(r, "620"))),
    (("Park", "Address", "Amenities"), lambda r: ("Ganesha Park", _street(r), "Pool, playground")),
    (("Rate Schedule", "Tier", "$/kWh"),
     lambda r: ("Domestic", f"Tier {r.randrange(1, 3)}", f"0.{r.randrange(10, 40)}")),
    (("Item", "Description", "Amount"),
     lambda r: (f"2024-{r.randrange(100, 999)}", _words(r, 6), f"${r.randrange(99, 9999)}")),
    (("Customer Name", "Service Address", "Phone", "Account #", "Usage kWh"),  # a planted customer table
     lambda r: (_person(r), _street(r), _phone(r), f"2-{r.randrange(10, 99)}-{r.randrange(100, 999)}-"
                f"{r.randrange(1000, 9999)}", str(r.randrange(200, 900)))),
]


def _page(rng: random.Random, i: int) -> Document:
    nav = Segment(" ".join(f"Section {k}" for k in range(30)), Location(line=1, element="header > nav"), chrome=True)
    footer = Segment("City Hall, 505 S. Garey Ave., Pomona, CA 91766 (909) 620-2311 cityclerk@pomonaca.gov",
                     Location(line=99, element="footer"), chrome=True)
    segments = [nav] + [Segment(_paragraph(rng), Location(line=k + 2, element=f"main > p:nth-of-type({k + 1})"))
                        for k in range(8)]
    records = []
    for headers, row in rng.sample(TABLES[:-1], 2) + ([TABLES[-1]] if i % 50 == 0 else []):
        table_segments, table_records = _table(rng, headers, row, rng.randrange(5, 15))
        segments += table_segments
        records += table_records
    if i % 40 == 0:
        segments.append(Segment(f"Customer: {_person(rng)}  Service Address: {_street(rng)}  Acct: 2-23-456-7890",
                                Location(line=90)))
    return Document(url=f"https://www.pomonaca.gov/page{i}", content_type="text/html",
                    segments=segments + [footer], records=records)


def _letter(rng: random.Random, i: int) -> Document:
    person, street = _person(rng), _street(rng)
    lines = ["City of Pomona", "505 S. Garey Ave.", "Pomona, CA 91766", "July 30, 2024", person, street,
             "Pomona, CA 91767", f"Dear {person},",
             f"We reviewed your account after your billing dispute. The meter at your home at {street} recorded "
             f"usage of {rng.randrange(500, 2000):,} kWh in July.",
             *(_words(rng, 18) for _ in range(40)), "Please call us at (909) 620-2079.", "Sincerely,", "Jane Doe"]
    return Document(url=f"https://www.pomonaca.gov/docs/letter{i}.pdf", content_type="application/pdf",
                    segments=[Segment(t, Location(page=1 + k // 30, line=1 + k % 30)) for k, t in enumerate(lines)])


def _wrapped(text: str, width: int = 95) -> list[str]:
    lines, line = [], ""
    for word in text.split():
        if line and len(line) + len(word) >= width:
            lines.append(line)
            line = ""
        line = f"{line} {word}" if line else word
    return lines + [line] if line else lines


def _budget_page(rng: random.Random, page: int) -> list[str]:
    lines = [f"CITY OF POMONA - ADOPTED BUDGET FY 2024-25 - {rng.choice(WORDS).upper()} - PAGE {page}",
             "Account Number       Description                     FY 2022-23 Actual   FY 2024-25 Adopted"]
    for _ in range(36):
        lines.append(f"{rng.randrange(100, 999)}-{rng.randrange(1000, 9999)}-{rng.randrange(1000, 9999)}        "
                     f"{' '.join(rng.choice(WORDS) for _ in range(3)).title():32}${rng.randrange(1000, 999999):,}"
                     f"          ${rng.randrange(1000, 999999):,}")
    lines += [f"Street lights used {rng.randrange(100, 999):,},000 kWh; City facilities used 6.1 GWh.",
              f"Department contact: {_person(rng)}, Public Works Superintendent, {_phone(rng, '620')}."]
    return lines


def _packet_page(rng: random.Random, page: int) -> list[str]:
    kind = page % 4
    if kind == 0:  # a public comment letter
        person = _person(rng)
        return ["Dear Mayor Sandoval and Councilmembers:", *_wrapped(_words(rng, 60) + " " + _words(rng, 40)),
                "Sincerely,", person, _street(rng), "Pomona, CA 91768", _phone(rng), "resident@gmail.com"]
    if kind == 1:  # minutes naming speakers
        return ["MINUTES OF THE REGULAR MEETING OF THE CITY COUNCIL", "PUBLIC COMMENT",
                *(f"{_person(rng)}, {_street(rng)}, spoke about {' '.join(rng.choice(WORDS) for _ in range(6))}."
                  for _ in range(8)), *_wrapped(" ".join(_words(rng, 30) for _ in range(6)))]
    return ["STAFF REPORT", "TO: Honorable Mayor and Members of the City Council",
            f"FROM: {_person(rng)}, City Manager", *_wrapped(" ".join(_paragraph(rng) for _ in range(4)))]


def _pdf(url: str, pages: list[list[str]]) -> Document:
    return Document(url=url, content_type="application/pdf", pages=len(pages),
                    segments=[Segment(text, Location(page=p, line=n)) for p, lines in enumerate(pages, start=1)
                              for n, text in enumerate(lines, start=1)])


def city_documents(count: int = 400, seed: int = 7) -> list[Document]:
    """``count`` documents of a city site (mostly HTML pages, one in ten a PDF letter to a customer), then a
    300-page budget book and a 300-page agenda packet."""
    rng = random.Random(seed)
    documents = [_letter(rng, i) if i % 10 == 9 else _page(rng, i) for i in range(count)]
    documents.append(_pdf("https://www.pomonaca.gov/docs/budget.pdf", [_budget_page(rng, p) for p in range(300)]))
    documents.append(_pdf("https://www.pomonaca.gov/docs/packet.pdf", [_packet_page(rng, p) for p in range(300)]))
    return documents


def throughput(detectors, documents: list[Document], rounds: int = 3) -> float:
    """Best-of-``rounds`` MB/s (of CPU time) of document text through ``scan_document`` with ``detectors``.
    Each round scans fresh copies of the documents, so that nothing cached on a document object carries over."""
    size = sum(d.text_size for d in documents)
    best = float("inf")
    for _ in range(rounds):
        copies = [Document(d.url, d.content_type, list(d.segments), list(d.records)) for d in documents]
        started = time.process_time()
        for document in copies:
            scan_document(document, detectors)
        best = min(best, time.process_time() - started)
    return size / best / 1e6


def compare(documents: list[Document], rounds: int = 3, skip: tuple[str, ...] = ()) -> tuple[float, float]:
    """(numeric detectors only, all detectors but ``skip``) in MB/s, rounds interleaved so that load on
    a shared machine hits both alike."""
    every = [d for d in load_detectors() if d.category not in skip]
    numeric = [d for d in every if d.category in NUMERIC]
    rates = {"numeric": 0.0, "all": 0.0}
    for _ in range(rounds):
        rates["numeric"] = max(rates["numeric"], throughput(numeric, documents, 1))
        rates["all"] = max(rates["all"], throughput(every, documents, 1))
    return rates["numeric"], rates["all"]


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--documents", type=int, default=400)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--each", action="store_true", help="also print each detector's own MB/s")
    parser.add_argument("--skip", action="append", default=[], metavar="CATEGORY",
                        help="leave this detector out of 'all detectors' (repeatable)")
    args = parser.parse_args(argv)
    documents = city_documents(args.documents, args.seed)
    print(f"text: {sum(d.text_size for d in documents) / 1e6:.1f} MB in {len(documents)} documents")
    numeric_rate, all_rate = compare(documents, args.rounds, tuple(args.skip))
    print(f"numeric detectors only ({', '.join(NUMERIC)}): {numeric_rate:.2f} MB/s")
    skipped = f" but {', '.join(args.skip)}" if args.skip else ""
    print(f"all detectors{skipped} ({len(load_detectors()) - len(args.skip)}): {all_rate:.2f} MB/s")
    print(f"ratio all/numeric: {all_rate / numeric_rate:.2f} (target >= 0.50)")
    if args.each:
        for detector in load_detectors():
            print(f"  {detector.category}: {throughput([detector], documents, args.rounds):.2f} MB/s alone")


if __name__ == "__main__":
    main()
