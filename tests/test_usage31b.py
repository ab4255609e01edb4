"""A customer's usage shown as a bar chart's labels (``detectors.context.usage_charts``), told to them in words on
their own statement or confirmation (``detectors.context.your_usage``), and summed in a usage history's Total row
(``detectors.context.tables``); a vehicle column of a customer's record is no address.

Hard negatives: a public report's chart of monthly sales in GWh, a rate chart (cents per kWh), a bill-amount chart in
dollars, a temperature chart and a chart of meetings held by month, all on a customer's page or on none; a sample
bill's chart; a program's and the utility's totals ("NEM customers sent ... back", "customers used 398,000 MWh"), a
table's "Total | 1,118 customers" row, a rate table's Total row and a usage history's Average row; what a sentence
supposes or projects ("If you use 650 kWh ...", "we estimate about 10,900 kWh a year").
"""
from __future__ import annotations

import io

from tests.detector_helpers import values_found

MONTHS = ["May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec", "Jan", "Feb", "Mar", "Apr"]
BARS = [612, 698, 1044, 1377, 1251, 903, 644, 720, 815, 702, 588, 640]
HEAD = ["Home Energy Report", "Dolores Whitcombe", "2871 N Towne Ave, Pomona, CA 91767",
        "Service account 704 118 392 655"]


def chart_pdf(head: list[str], caption: str, bars: list[str], months: list[str], foot: tuple[str, ...] = (),
              labels_under: bool = False) -> bytes:
    """A one-page PDF: ``head`` lines, then a bar chart (its caption, each bar's label above it at the bar's height,
    or all of them in a row under the months, the months under the bars), then ``foot`` lines."""
    from reportlab.pdfgen import canvas
    out = io.BytesIO()
    pdf = canvas.Canvas(out)
    y = 760
    for line in head:
        pdf.drawString(72, y, line)
        y -= 16
    pdf.drawString(72, y - 8, caption)
    base = y - 200
    heights = [float(b.replace(",", "").replace("$", "")) for b in bars]
    top = max(heights)
    for k, (label, height) in enumerate(zip(bars, heights)):
        x = 72 + 36 * k
        bar = 150 * height / top
        pdf.rect(x, base, 24, bar, fill=1)
        pdf.drawString(x, base - 30 if labels_under else base + bar + 4, label)
    for k, month in enumerate(months):
        pdf.drawString(72 + 36 * k, base - 14, month)
    for n, line in enumerate(foot):
        pdf.drawString(72, base - 40 - 16 * n, line)
    pdf.save()
    return out.getvalue()


def cells_pdf(rows: list[str]) -> bytes:
    """A one-page PDF of lines whose tab-separated cells stand in columns 130 points apart, as a table prints."""
    from reportlab.pdfgen import canvas
    out = io.BytesIO()
    pdf = canvas.Canvas(out)
    for k, row in enumerate(rows):
        for n, cell in enumerate(row.split("\t")):
            pdf.drawString(72 + 130 * n, 760 - 16 * k, cell)
    pdf.save()
    return out.getvalue()


def usage(name: str, body: bytes | str) -> list[str]:
    return values_found(name, body, ("energy_usage",)).get("energy_usage", [])


# -- bar charts ------------------------------------------------------------------------------------------------------

def test_bar_labels_of_a_customers_usage_chart_are_found():
    found = usage("report.pdf", chart_pdf(HEAD, "Electricity used each month (kWh)", [f"{b:,}" for b in BARS], MONTHS))
    assert sorted(found) == sorted(f"{b:,}" for b in BARS)


def test_chart_with_its_caption_under_the_months():
    found = usage("report.pdf", chart_pdf(HEAD, "", [str(b) for b in BARS[:6]], MONTHS[:6],
                                          foot=("Your monthly consumption, kWh",)))
    assert sorted(found) == sorted(str(b) for b in BARS[:6])


def test_figures_printed_under_a_row_of_months():
    body = chart_pdf(HEAD, "Usage history (kWh)", [str(b) for b in BARS[:6]], MONTHS[:6], labels_under=True)
    assert sorted(usage("report.pdf", body)) == sorted(str(b) for b in BARS[:6])


def test_charts_of_other_measures_on_a_customers_page_are_not_usage():
    for caption, bars in [("Generation rate (\u00a2/kWh)", ["10.4", "10.9", "12.6", "12.6", "12.1", "9.8"]),
                          ("Monthly bill amount ($)", ["$88", "$97", "$151", "$203", "$184", "$122"]),
                          ("Average high temperature (F)", ["78", "86", "94", "97", "91", "80"]),
                          ("Community meetings held", ["3", "5", "2", "6", "4", "3"]),
                          ("Program savings by month (kWh)", ["31", "44", "52", "61", "40", "28"])]:
        found = usage("report.pdf", chart_pdf(HEAD, caption, bars, MONTHS[:6]))
        assert not set(found) & set(bars), caption


def test_public_reports_chart_of_system_sales_is_not_usage():
    head = ["Pomona Choice Energy 2025 Annual Report", "Retail sales by month"]
    bars = ["31.2", "33.8", "41.0", "44.9", "42.2", "35.1"]
    assert usage("annual.pdf", chart_pdf(head, "Retail sales (GWh)", bars, MONTHS[:6])) == []
    bars = [str(b) for b in BARS[:6]]
    assert usage("annual.pdf", chart_pdf(head, "Residential usage per month (kWh)", bars, MONTHS[:6])) == []


def test_sample_bills_chart_is_no_ones_usage():
    head = ["SAMPLE BILL - How to read your bill", "This is a sample bill for illustration only.",
            "Customer name: JOHN SAMPLE", "Account number: 0000-9999-00"]
    assert usage("sample.pdf", chart_pdf(head, "Your monthly usage (kWh)", [str(b) for b in BARS[:6]],
                                         MONTHS[:6])) == []


def test_axis_ticks_beside_the_bars_are_not_usage():
    from reportlab.pdfgen import canvas
    out = io.BytesIO()
    pdf = canvas.Canvas(out)
    for k, line in enumerate(HEAD + ["kWh used per month"]):
        pdf.drawString(72, 760 - 16 * k, line)
    for tick in (0, 500, 1000, 1500):  # the axis' scale at the left, a bar's label beside a tick at its height
        pdf.drawString(40, 500 + tick / 10, f"{tick:,}")
    for k, (label, month) in enumerate(zip(["612", "698", "1,044"], MONTHS)):
        pdf.drawString(100 + 40 * k, 500 + int(label.replace(",", "")) / 10, label)
        pdf.drawString(100 + 40 * k, 485, month)
    pdf.save()
    assert sorted(usage("report.pdf", out.getvalue())) == ["1,044", "612", "698"]


# -- usage told in words ---------------------------------------------------------------------------------------------

STATEMENT = ["Net Energy Metering Annual Statement", "Customer\tOctavio Brandvold", "Service account\t759 301 446 218",
             "Service address\t1140 E Alvarado St, Pomona, CA 91767"]


def test_sentences_telling_the_customer_their_usage_are_found():
    body = cells_pdf(STATEMENT + [
        "Over the past twelve months your panels produced 5,880 kilowatt-hours. You drew 5,214 kWh from the",
        "grid and returned 2,961 kWh to it, a net usage of 2,253 kWh.",
        "If you use 650 kWh next month, your bill would be about $182.",
        "Net metering customers sent 21,400,000 kWh back to the grid in 2024; customers used 398,000 MWh."])
    assert sorted(usage("nem.pdf", body)) == ["2,253 kWh", "2,961 kWh", "5,214 kWh"]


def test_confirmation_page_telling_the_customer_their_years_usage():
    html = ("<html><body><h1>Welcome to the EV rate</h1><table>"
            "<tr><th>Account holder</th><td>Rosalind Achterberg</td></tr>"
            "<tr><th>Service account</th><td>781204559310</td></tr>"
            "<tr><th>Vehicle</th><td>2024 Hyundai Ioniq 5</td></tr></table>"
            "<p>Your electricity use over the past year came to 9,412 kilowatt-hours. With an EV we estimate "
            "about 12,900 kilowatt-hours a year.</p>"
            "<p>Program note: 3,102 customers are enrolled; EV charging added 10.2 GWh of load.</p></body></html>")
    found = values_found("confirm.html", html, ("energy_usage", "address"))
    assert found.get("energy_usage") == ["9,412 kilowatt-hours"]
    assert "address" not in found  # the vehicle's model year and make are no house number and street


def test_total_line_under_a_customers_usage_history():
    body = cells_pdf(["12-Month Usage History", "Prepared for:", "ANSELM VOORHEES", "PO BOX 2231",
                      "LA VERNE CA 91750",
                      "Account No.\tPCE-44190276", "Billing Period\tDays\tUsage (kWh)\tAmount",
                      "Apr 25\t30\t512\t$151.20", "May 25\t31\t604\t$178.40", "Jun 25\t30\t733\t$216.10",
                      "Total consumption, past 12 months: 7,710 kWh. Your peak month was Aug 25.",
                      "How you compare: the average home in Pomona uses 520 kWh a month."])
    found = usage("history.pdf", body)
    assert "7,710 kWh" in found and "520 kWh" not in found


# -- Total rows ------------------------------------------------------------------------------------------------------

def test_total_row_of_a_customers_usage_history_pdf():
    body = cells_pdf(STATEMENT + ["Month\tDelivered (kWh)\tReceived (kWh)\tNet (kWh)\tCharges",
                                  "Apr 2025\t402\t133\t269\t$77.10", "May 2025\t455\t210\t245\t$70.30",
                                  "Total\t857\t343\t514", "Average\t428\t171\t257"])
    found = usage("nem.pdf", body)
    assert {"857", "343", "514"} <= set(found) and not {"428", "171", "257"} & set(found)


def test_total_row_of_an_interval_export():
    csv = ("Interval Usage Export\nCustomer Name,Philippa Okonjo\nAccount Number,716-402-338-901\n"
           "Service Address,\"2215 N Garey Ave, Pomona, CA 91767\"\nMeter Number,222019283746\nUnits,kWh\n\n"
           "Date,Start Time,End Time,Usage (kWh),Estimated\n2025-06-01,00:00,00:15,0.184,N\n"
           "2025-06-01,00:15,00:30,0.201,N\n2025-06-01,00:30,00:45,0.176,N\nTotal,,,0.561,\n")
    assert "0.561" in usage("interval.csv", csv)


def test_public_total_rows_are_not_usage():
    html = ("<html><body><h2>Enrollment by program</h2><table><tr><th>Program</th><th>Customers</th></tr>"
            "<tr><td>CARE</td><td>842</td></tr><tr><td>FERA</td><td>276</td></tr>"
            "<tr><td>Total</td><td>1,118 customers</td></tr></table>"
            "<h2>Rate components</h2><table><tr><th>Component</th><th>Rate (cents/kWh)</th></tr>"
            "<tr><td>Generation</td><td>10.4</td></tr><tr><td>Delivery</td><td>18.9</td></tr>"
            "<tr><td>Total</td><td>29.3</td></tr></table>"
            "<h2>Monthly deliveries</h2><table><tr><th>Month</th><th>kWh</th></tr>"
            "<tr><td>Jan</td><td>31,204,000</td></tr><tr><td>Feb</td><td>29,880,000</td></tr>"
            "<tr><td>Total</td><td>61,084,000</td></tr></table></body></html>")
    assert usage("programs.html", html) == []
