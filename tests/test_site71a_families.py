"""site71a red team: a household called by the plural of a surname no list holds ("the Okafors", "the Iwus'") or
that is a word too ("the Castillos", "los Torres") is a customer where its sentence makes it one (it used, owes,
lives at, was reached at its number, owns the account); a Spanish hearing summary's "residente de" gives the
resident's home; an account's number in brackets after its holder ("the account of Ms. X (476-446-6575)") is the
account, in a phone's shape too. Press releases' honoured families, family-named businesses and places, a Spanish
public notice, a permit number after a person and an official's line stay public."""
from __future__ import annotations

from detectors.context.plural_families import acting_families
from tests.detector_helpers import docx_memo, pairs_found

PAGE = "https://www.cityofexample.org/utility/appeals-board.html"


def _found(*paragraphs: str) -> set[tuple[str, str]]:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return pairs_found(PAGE, f"<html><head><title>Minutes</title></head><body><h1>Utility Appeals Board Minutes"
                             f"</h1>{body}</body></html>", "text/html")


def _words(text: str) -> list[str]:
    return [text[a:b] for a, b in acting_families(text)]


def test_a_rare_surname_in_the_plural_is_a_household_by_its_act():
    assert _words("The Okafors at 2210 Birch Ln used 940 kWh in July.") == ["Okafors"]
    assert _words("The Lindqvists' account 3-448-201-7730 was moved to a payment plan.") == ["Lindqvists"]
    assert _words("The Iwus' meter at 7294 Saguaro Way was read twice; their bill showed 1,957 kWh.") == ["Iwus"]
    assert _words("Staff reached the Szymanskis at (626) 261-5051; they owe $750.00.") == ["Szymanskis"]
    assert _words("Los Torres, que viven en 263 Calle Olivo, consumieron 2,760 kWh en julio.") == ["Torres"]
    assert _words("The Castillos' account 93-67451-97 was moved to a payment plan.") == ["Castillos"]


def test_no_act_a_place_a_firm_or_a_word_makes_no_household():
    assert not _words("The Okafors were honoured at the Volunteer Luncheon for twenty years at the food pantry.")
    assert not _words("The Johnsons' Hardware on Holt Ave sponsored the cleanup at Los Olivos Park.")
    assert not _words("The Eagles at 1200 Holt Ave used the stadium lights for the electric vehicle fair.")
    assert not _words("The Residents' account of the meeting was read into the record.")
    assert not _words("The Hendersons, who live at 1402 Elm St, hosted the block party.")  # no utility matter
    assert not _words("Los Reyes Magos visitarán el Parque Los Olivos; llame para pagos en Los Olivos.")
    assert not _words("The Villas at 1200 Cobblestone Way, a senior community, used 81,200 kWh in July.")
    assert not _words("The Hills at 400 Ridge Rd used 12,000 kWh in July.")


def test_spanish_los_and_a_listed_surname_that_is_a_word():
    assert _words("Los Robles, que viven en 580 Calle Amapola, consumieron 201 kWh en agosto.") == ["Robles"]
    assert not _words("La reunión será en Los Robles; los vecinos pagan menos por la luz.")


def test_the_number_staff_reached_a_household_at_is_theirs():
    found = _found("Staff reached the Echeverrias at (626) 337-6424 on August 3; they owe $218.00 on the home at "
                   "9658 Wisteria Rd.", "Staff called the Dodgers at (323) 224-1500 about the stadium lights.")
    assert {("customer_name", "Echeverrias"), ("phone", "(626) 337-6424")} <= found
    assert ("phone", "(323) 224-1500") not in found


def test_households_records_in_prose_and_in_a_memo():
    found = _found("The Okafors at 2210 Birch Ln used 940 kWh in July, nearly twice the year before.",
                   "The Thorvaldsens, who live at 4097 Chaparral Rd, were disconnected in error on September 12.",
                   "The Okonjos called on August 9 about their bill; their account is 84-33695-21.")
    assert {("customer_name", "Okafors"), ("address", "2210 Birch Ln"), ("energy_usage", "940 kWh"),
            ("customer_name", "Thorvaldsens"), ("address", "4097 Chaparral Rd"),
            ("customer_name", "Okonjos"), ("account_number", "84-33695-21")} <= found
    memo = pairs_found("https://www.cityofexample.org/files/memo.docx", docx_memo(
        "MEMORANDUM", "Staff reached the Szymanskis at (626) 261-5051 on September 3; they owe $750.00 on the home at "
        "5017 Primrose Way."))
    assert ("customer_name", "Szymanskis") in memo


def test_press_release_families_and_businesses_stay_public():
    found = _found("The Okafors and the Lindqvists were among forty families honoured at the Energy Champions "
                   "breakfast on June 4.", "The Johnsons' Hardware and Castillo's Bakery donated prizes; the event "
                   "was held at Los Olivos Park and the Las Palmas community room.",
                   "Media contact: Harriet Bledsoe, +1 (909) 620-2231.")
    assert not found


def test_spanish_hearing_summary_gives_the_residents_home():
    found = _found("Resumen de la audiencia: Sra. Socorro Escobedo, residente de 5490 Alder Ct, teléfono (562) "
                   "877-2589, presentó una apelación sobre su factura de julio; la audiencia se aplazó.")
    assert {("customer_name", "Sra. Socorro Escobedo"), ("address", "5490 Alder Ct"),
            ("phone", "(562) 877-2589")} <= found


def test_spanish_public_notice_stays_public():
    found = _found("Aviso público. La Ciudad de Pomona celebrará una audiencia pública el 17 de julio en el "
                   "Ayuntamiento, 505 S. Garey Ave. La alcaldesa Lorena Quezada, residente de Pomona desde 1980, "
                   "presidirá la reunión. Para más información, llame al (909) 620-2010. Los Reyes Magos visitarán "
                   "el Parque Los Olivos el 6 de enero.")
    assert not found


def test_account_in_brackets_after_its_holder_in_a_phones_shape():
    found = _found("The account of Ms. Henrietta Mbeki (476-446-6575) was closed.",
                   "Staff closed the service account for Mr. Desmond Okafor (102 210 4830) at the end of June.",
                   "The account of Ms. Seraphina Oyelaran (146.377.9360) was credited $40.00.")
    assert {("account_number", "476-446-6575"), ("account_number", "102 210 4830"),
            ("account_number", "146.377.9360"), ("customer_name", "Ms. Henrietta Mbeki")} <= found
    assert not any(kind == "phone" for kind, _ in found)


def test_permit_numbers_and_officials_lines_in_brackets_stay_public():
    found = _found("Permits were issued to Mr. Reginald Oyama (BP-2026-2171) for the library roof.",
                   "The account of Councilmember Lorena Quezada (909-620-2011) was discussed in closed session.",
                   "The account of the Pomona Public Library (476-446-6575) was credited after the audit.")
    assert not found


def test_shut_off_notice_in_running_text_names_its_household():
    found = _found("Aviso de corte de servicio. Para: Altagracia Bustos, 1921 Mesquite Way. Su servicio eléctrico será "
                   "suspendido el 21 de junio por un saldo vencido. Si tiene preguntas, le llamaremos al (909) "
                   "316-1003.", "Disconnection notice. To: Eduviges Ortiz, 2952 Primrose Dr. Your electric service "
                   "will be shut off on June 10 for a past-due balance.")
    assert {("customer_name", "Altagracia Bustos"), ("customer_name", "Eduviges Ortiz"),
            ("phone", "(909) 316-1003")} <= {(kind, value.rstrip(".")) for kind, value in found}
    assert any(kind == "address" and value.startswith("2952 Primrose Dr") for kind, value in found)


def test_a_facilitys_outage_notice_and_a_staff_memo_stay_public():
    found = _found("Planned outage notice. To: Pomona Public Library, 625 S. Garey Ave. Power will be interrupted on "
                   "June 10 from 8 a.m.; call (909) 620-2043.", "Memo. To: Harriet Bledsoe, 505 S. Garey Ave. Re: "
                   "disconnection policy for past-due accounts.")
    assert not found


def test_spanish_appeal_of_ones_own_bill_ties_an_unlisted_name_to_its_home():
    found = _found("Resumen de la audiencia: Crisanto Arellano, residente de 7999 Cottonwood St, teléfono (626) "
                   "300-5849, presentó una apelación sobre su factura de julio; la audiencia se aplazó.")
    assert {("customer_name", "Crisanto Arellano"), ("address", "7999 Cottonwood St"),
            ("phone", "(626) 300-5849")} <= found
    assert not _found("Para preguntas sobre su factura, comuníquese con Harriet Bledsoe, 505 S. Garey Ave., "
                      "teléfono (909) 620-2241. Pague su factura en línea o en persona.")
