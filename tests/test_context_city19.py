"""Red team city19's causes, end to end through the extractor and every registry detector: a billing page that
mentions a test customer and a sample bill, a note's lower-case words read as a label, and account labels in
Arabic, Nepali and Spanish. Hard negatives: a sample bill of a made-up customer, the same labels over public numbers."""
from __future__ import annotations

from tests.detector_helpers import values_found

CONTACT = ("customer_name", "address", "phone", "account_number")


def found(name: str, body: str) -> dict[str, list[str]]:
    return values_found(name, body, CONTACT)


DISPUTES = ("<h1>Billing Disputes</h1><table><tr><th>Acct #</th><th>Customer</th><th>Service Address</th></tr>"
            "<tr><td>52-7713-0418</td><td>Teodora Kaczmarek</td><td>77 Tipple Hollow Rd</td></tr>"
            "<tr><td>52-7713-0419</td><td>Rashid Boutros</td><td>12 Furnace St</td></tr>"
            "<tr><td>52-7713-0420</td><td>Gracia Mbemba</td><td>9 Cinder Ave</td></tr></table>"
            "<p>Row 3 is a test customer.</p><img alt='Sample bill' src='bill.png'>")


def test_a_test_customer_and_a_sample_bill_on_a_page_of_real_rows_silence_nothing():
    result = found("disputes.html", DISPUTES)
    assert result["customer_name"] == ["Teodora Kaczmarek", "Rashid Boutros", "Gracia Mbemba"]
    assert len(result["account_number"]) == 3


def test_a_sample_bill_of_a_made_up_customer_is_still_no_finding():
    page = ("<h1>How to read your bill</h1><p>Sample bill</p><p>Customer: John Q. Sample</p>"
            "<p>Service address: 123 Any Street</p><p>Account: 52-7713-0418</p>")
    assert found("sample.html", page) == {}


def test_a_notes_lower_case_words_are_no_label_over_a_name():
    page = ("<p>Customer: Teodora Kaczmarek, Acct # 52-7713-0418</p><p>test customer</p><p>sample</p>")
    assert found("notes.html", page)["customer_name"] == ["Teodora Kaczmarek"]


def test_account_labels_in_arabic_nepali_and_spanish():
    arabic = "<p>السيدة Nadia Haddad، 1948 Tipple Hollow Rd، هاتف (304) 657-8599، رقم اتفاقية الخدمة 7397004785.</p>"
    nepali = ("<ul><li>भीम गुरुङ (Bhim Gurung), ठेगाना: 38 Locust St, फोन: 304.366.4875, ग्राहक आईडी: 0138036-07"
              "</li></ul>")
    spanish = "<p>La señora Marisol Figueroa, 498 Pleasant Valley Rd, número de premisa 309599003.</p>"
    assert found("ar.html", arabic)["account_number"] == ["7397004785"]
    assert found("ne.html", nepali)["account_number"] == ["0138036-07"]
    assert found("es.html", spanish)["account_number"] == ["309599003"]


def test_the_same_labels_over_a_utilitys_public_counts_are_no_accounts():
    page = ("<p>Número de premisas atendidas en 2025: 18,402.</p>"
            "<p>رقم اتفاقية الخدمة النموذجية: انظر الصفحة 4.</p>")
    assert "account_number" not in found("report.html", page)


def test_an_account_label_and_the_paper_it_is_written_on():
    assert found("minutes.html", "<p>The premise number on the appeal (306831459) was confirmed by staff.</p>") == {
        "account_number": ["306831459"]}
    assert found("minutes.html", "<p>The account number on her bill, 4410229177, was read into the record.</p>")[
        "account_number"] == ["4410229177"]
    assert "account_number" not in found("minutes.html", "<p>The number on the appeal form (2026-0412) is the "
                                                         "case number.</p>")
