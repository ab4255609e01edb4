"""Run results as a large crawl hands them to the reports, generated without crawling: a city site of
thousands of pages linked from every page's navigation, and a leaked customer export with one finding per
field of each row. The reports' tests and benchmarks/report_outputs.py measure the outputs with them."""
from __future__ import annotations

import hashlib
import random

from crawler.results import DocumentResult, RunInfo, RunResult
from detectors.masking import mask_digits, mask_email, mask_words
from detectors.model import Detection, Location

SITE = "https://www.mesalinda.gov"
LOCAL_SITE = "http://127.0.0.1:40123"
# page titles as a CivicPlus site puts them in its URLs (/1234/Street-Sweeping, /DocumentCenter/View/1234/...)
TITLES = ("Street-Sweeping", "Water-Conservation-Rebates", "City-Council-Agendas", "Planning-Commission",
          "Business-License", "Community-Choice-Energy-Rates", "Park-Facility-Rentals", "Building-Permits",
          "Press-Releases", "Budget-and-Finance", "Public-Works", "Agenda-Packet-2026-03-11", "Staff-Report")
FIRST = ("Alma Bao Carmen Dmitri Esther Farid Gloria Hiroshi Imani Jorge Keiko Lucia Mateo Nadia Omar Priya "
         "Quentin Rosa Samir Teresa Uriel Valeria Wen Ximena Yusuf Zoe").split()
LAST = ("Abadi Becerra Castellanos Duong Echeverria Fitzgerald Gutierrez Hakimi Ibarra Jankowski Kowalczyk "
        "Lindqvist Mendoza Nakamura Okafor Pacheco Quiroga Rahman Salazar Tran Ulloa Villanueva").split()
STREETS = ("Mission Blvd", "Holt Ave", "Towne Ave", "Arrow Hwy", "Foothill Blvd", "Reservoir St", "Kingsley Ave")


def site_run(pages: int, seed: int = 3, city_urls: bool = False) -> RunResult:
    """A crawl of ``pages`` URLs with no findings: pages, PDFs and a few skipped and failed links; every
    page is linked from the navigation of every other, as on a real city site. URLs are those of a generated
    site served on 127.0.0.1 (``/page12.html``, ``/docs/doc10.pdf``), or with ``city_urls`` those of a
    CivicPlus city site (``/1234/Street-Sweeping``, ``/DocumentCenter/View/1234/...``)."""
    rng = random.Random(seed)
    if city_urls:
        urls = [f"{SITE}/DocumentCenter/View/{1000 + i}/{rng.choice(TITLES)}-PDF" if i % 5 == 0
                else f"{SITE}/{1000 + i}/{rng.choice(TITLES)}" for i in range(pages)]
    else:
        urls = [f"{LOCAL_SITE}/docs/doc{i}.pdf" if i % 5 == 0 else f"{LOCAL_SITE}/page{i}.html" for i in range(pages)]
    documents = []
    for i, url in enumerate(urls):
        pdf = url.endswith(".pdf")
        linked_from = [u for u in rng.sample(urls, 6) if u != url][:5]
        status, reason = "scanned", None
        if i % 97 == 0 and i:
            status, reason = "skipped", "outside the crawl scope"
        elif i % 251 == 0 and i:
            status, reason = "failed", "HTTP 404 Not Found"
        documents.append(DocumentResult(
            url, kind="document" if pdf else "page", status=status, reason=reason,
            content_type="application/pdf" if pdf else "text/html", http_status=200 if status == "scanned" else None,
            size=rng.randrange(8_000, 3_000_000), pages=rng.randrange(1, 300) if pdf else None,
            referrers=linked_from,
            referrer_count=pages - 1 if i < 40 else rng.randrange(1, 60)))
    run = RunInfo(command="crawl", targets=[urls[0]], started="2026-11-24T02:00:00+00:00",
                  finished="2026-11-24T03:10:00+00:00", version="0.1.0", limits={"max_pages": pages + 1000},
                  timings={"fetch": 5123.4, "extraction": 812.9, "detection": 377.1})
    return RunResult(run, [], documents)


def _detection(url: str, category: str, severity: str, value: str, masked: str, line: int, column: str,
               key: str | None = None) -> Detection:
    key = key or value
    return Detection(url=url, category=category, severity=severity, rule="PCE-01 6.3", masked=masked, value=value,
                     key=key, location=Location(line=line, element=f"row {line - 1}, column {column}"), hidden=None,
                     label=column, context=f"{masked} …", why=f"{column.lower()} in a customer record",
                     fingerprint=hashlib.sha256(f"{category}:{key}:{line}".encode()).hexdigest()[:32])


def customer_export_run(rows: int, seed: int = 5) -> tuple[RunResult, str]:
    """A small site whose one CSV export holds ``rows`` customers: an account number, a name, a service
    address, a phone, an email and a monthly usage each. Returns the result and the export's URL."""
    rng = random.Random(seed)
    export = f"{SITE}/uploads/billing/customers-{rows}.csv"
    findings = []
    for row in range(rows):
        line = row + 2
        account = f"3{rng.randrange(10**8, 10**9)}"
        name = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
        address = f"{rng.randrange(100, 9999)} {rng.choice(STREETS)}"
        phone = f"(909) {rng.randrange(200, 999)}-{rng.randrange(0, 10000):04d}"
        email = f"{name.split()[0].lower()}.{name.split()[1].lower()}{row}@example.net"
        usage = f"{rng.randrange(80, 2400):,} kWh"
        findings += [
            _detection(export, "account_number", "high", account, mask_digits(account), line, "Account Number"),
            _detection(export, "customer_name", "high", name, mask_words(name), line, "Customer Name", name.lower()),
            _detection(export, "address", "high", address, mask_words(mask_digits(address)), line, "Service Address"),
            _detection(export, "phone", "high", phone, mask_digits(phone), line, "Phone",
                       "".join(c for c in phone if c.isdigit())),
            _detection(export, "email", "high", email, mask_email(email), line, "Email"),
            _detection(export, "energy_usage", "medium", usage, mask_digits(usage), line, "Usage (kWh)",
                       usage.split()[0].replace(",", "")),
        ]
    documents = [DocumentResult(f"{SITE}/", kind="page", status="scanned", reason=None, content_type="text/html",
                                http_status=200, size=24_000),
                 DocumentResult(f"{SITE}/utilities/billing", kind="page", status="scanned", reason=None,
                                content_type="text/html", http_status=200, size=31_000, referrers=[f"{SITE}/"],
                                referrer_count=1),
                 DocumentResult(export, kind="document", status="scanned", reason=None, content_type="text/csv",
                                http_status=200, size=rows * 105, findings=len(findings),
                                referrers=[f"{SITE}/utilities/billing"], referrer_count=1)]
    run = RunInfo(command="crawl", targets=[f"{SITE}/"], started="2026-11-24T02:00:00+00:00",
                  finished="2026-11-24T02:01:00+00:00", version="0.1.0")
    return RunResult(run, findings, documents), export
