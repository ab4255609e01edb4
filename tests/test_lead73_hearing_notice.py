"""A land-use hearing notice's applicant, labelled right before their name inside the notice's sentence, is a party
to a public case: their address and phone are a public record (neg67's planning notice, whose lines a PDF wrapped).
The same record beside a utility account, on a page that tells no land-use case, or unlabelled stays reported."""
from tests.detector_helpers import pairs_found, values_of

URL = "https://www.ci.pomona.ca.us/planning/notice-of-hearing.txt"

NOTICE = ("Planning Commission Notice of Public Hearing\n\n"
          "NOTICE OF PUBLIC HEARING. Application: CUP 40217-2025. Applicant: Evander Quist, 2218 Larkspur Way, "
          "Pomona, CA 91767,{cut}(909) 623-4471. Project address: 1480 W Holt Ave (APN 8337-021-044). Request to "
          "construct a 24-unit multifamily building.\n\nProperty owner: Marisol Ybarra.\n")


def test_applicant_in_a_hearing_notices_sentence_is_public_on_one_line_or_wrapped():
    for cut in (" ", "\n"):
        found = pairs_found(URL, NOTICE.format(cut=cut), "text/plain")
        assert not values_of(found, "customer_name") and not values_of(found, "phone"), (repr(cut), found)


def test_owner_and_applicant_label_before_the_name_is_public():
    text = NOTICE.format(cut=" ").replace("Applicant: ", "Property owner / Applicant: ")
    assert not values_of(pairs_found(URL, text, "text/plain"), "customer_name")


def test_applicant_of_a_utility_program_stays_reported():
    text = ("CARE Program enrollment log\n\nApplication received 3/4. Applicant: Evander Quist, 2218 Larkspur Way, "
            "Pomona, CA 91767, (909) 623-4471. Requested the discount on the electric bill.\n")
    found = pairs_found("https://www.pomonachoiceenergy.org/care/log.txt", text, "text/plain")
    assert "Evander Quist" in values_of(found, "customer_name")
    assert "(909) 623-4471" in values_of(found, "phone")


def test_an_unlabelled_resident_beside_a_hearing_notice_stays_reported():
    text = NOTICE.format(cut=" ") + ("\nStaff note: Evander Quist, 2218 Larkspur Way, Pomona, CA 91767, "
                                     "(909) 623-4471, called about his past-due electric bill.\n")
    found = pairs_found(URL, text, "text/plain")
    assert "Evander Quist" in values_of(found, "customer_name")
