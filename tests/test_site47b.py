"""Word memos outside their tables, hidden HTML, CCA account forms and other languages (red team site47).

- A memo's page header "CONFIDENTIAL - Re: NAME / NUMBER" (``running_heads``): the name and the number, and the home
  and usage of the body's paragraph on "the customer in the header". Hard negatives: an office's header, a
  resolution's or an order's number, a date, an official's name; the body's City-wide or facility figures.
- A footer's file name SURNAME_NUMBER.docx and its "cb" phone: the number and the phone. Hard negatives: a file name
  of a date, an agenda's, a PO's; the City's own phone in a footer.
- "Mr. Surname (Given)": the given name too (``prose.given_in_brackets``). Hard negatives: "(retired)", "(Tenant)".
- A Word comment giving a person's own cell by given name, the paragraph naming them in full with their home
  (``review_comments``). Hard negatives: a comment with the Clerk's line, a staff member named by title.
- A hidden CRM sidebar's "Last viewed: Fletcher, Cedric · fletcher.cedric76@hotmail.com · 909 ...": a "Last, First"
  whose mailbox spells both words is a person's (``persons.names_in``). Hard negatives: a volunteer contact, staff.
- An image's alt text "the Ruiz home, 12 Elm St" and title "Ana Ruiz - 7.2 kW" (``image_texts``). Hard negatives:
  an installer's crew at an address, a historic house, a councilmember at a ribbon cutting.
- "NAME cut usage to 626 kWh" (a meta description's story). Hard negative: a building's cut.
- A name with its number in brackets under its label in the City's languages, in a sentence of what they asked for
  or got from the utility's programs ("pidió un plan de pagos", "đã được giảm ... CARE"). Hard negatives: "Call Ana
  Ruiz (phone ...) to set up a payment plan", an award.
- Spanish "número de acuerdo de servicio", Vietnamese "Số tài khoản của bà là" labels.
- Vietnamese "ở" (at) between a name and its home, as "tại" is (``notes``). Hard negatives: an official at City Hall,
  "ở" before the city's name.
- Persian "خانم NAME" and a name in Gurmukhi before its Latin spelling in brackets (``honorifics``).
- "Desert Community Energy ID DCE226970" (the id's letters the name's initials), "cleared the balance on
  ACP-135-61479-E", "We moved AC9949938H to TOU-D-5-8". Hard negatives: a permit's, a PO's, a resolution's number;
  initials that do not match.
"""
from __future__ import annotations

import html

from tests.detector_helpers import docx_memo, pairs_found, values_of

_SITE = "https://www.altamirahills.gov"


def _page(title: str, *paragraphs: str, head: str = "") -> set[tuple[str, str]]:
    body = "".join(f"<p>{html.escape(p)}</p>" for p in paragraphs)
    page = (f"<html><head><title>{title}</title>{head}</head><body><main><h1>{title}</h1>{body}</main>"
            "<footer>City of Altamira Hills · 18000 Civic Plaza Dr, Altamira Hills, CA 91795 · (626) 917-4400</footer>"
            "</body></html>")
    return pairs_found(f"{_SITE}/news/story.html", page)


def _raw(title: str, body: str, head: str = "") -> set[tuple[str, str]]:
    page = f"<html><head><title>{title}</title>{head}</head><body><main><h1>{title}</h1>{body}</main></body></html>"
    return pairs_found(f"{_SITE}/acp/page.html", page)


def _memo(*paragraphs: str, header: str | None = None, footer: str | None = None,
          comment: tuple[int, str] | None = None) -> set[tuple[str, str]]:
    return pairs_found(f"{_SITE}/docs/memos/memo.docx", docx_memo("MEMORANDUM", *paragraphs, header=header, footer=footer, comment=comment))


_BODY = ("As discussed, the customer in the header called again on Monday. She reports that usage of 331kWh in June "
         "is impossible because the house at 6297 S Juanita Ave was vacant for two weeks.")


# --- running heads -----------------------------------------------------------------------------------------------

def test_header_files_the_memo_under_a_customer_and_a_ten_digit_account():
    found = _memo(_BODY, header="CONFIDENTIAL - Re: Navdeep Joshi / 7076329388")
    assert values_of(found, "customer_name") == {"Navdeep Joshi"}
    assert values_of(found, "account_number") == {"7076329388"}
    assert values_of(found, "address") == {"6297 S Juanita Ave"}
    assert values_of(found, "energy_usage") == {"331kWh"}


def test_header_with_a_cca_form():
    found = _memo("Premises where access was refused are listed below.",
                  header="CONFIDENTIAL - Re: Sayuri Watanabe / ACP-584-83546-P")
    assert values_of(found, "customer_name") == {"Sayuri Watanabe"}
    assert values_of(found, "account_number") == {"ACP-584-83546-P"}


def test_office_header_and_public_numbers_make_no_customer():
    found = _memo("The facility at 18000 Civic Plaza Dr used 331,000 kWh last year, she said.",
                  header="City of Altamira Hills - Finance Department | Re: Resolution / 2024-0115")
    assert values_of(found, "customer_name") == set()
    assert values_of(found, "account_number") == set()
    assert values_of(found, "address") == set()


def test_header_naming_an_official_or_a_purchase_order_is_no_case():
    found = _memo(_BODY, header="Re: Mayor Ana Ruiz / PO-4500123456")
    assert values_of(found, "customer_name") == set()
    assert values_of(found, "account_number") == set()
    assert values_of(found, "energy_usage") == set()


def test_body_without_a_filed_customer_is_not_taken():
    found = _memo(_BODY, header="City of Altamira Hills - Customer Care")
    assert values_of(found, "address") == set()
    assert values_of(found, "energy_usage") == set()


def test_footer_file_name_and_call_back_phone():
    found = _memo("Please see below.", footer="File: GREWAL_8065448413.docx | printed 2024-10-04 | cb 1-909-762-7468")
    assert values_of(found, "account_number") == {"8065448413"}
    assert values_of(found, "phone") == {"1-909-762-7468"}
    found = _memo("Please see below.",
                  footer="File: DENG_ACP-971-55048-C.docx | printed 2024-10-11 | cb (562) 738-4975")
    assert values_of(found, "account_number") == {"ACP-971-55048-C"}
    assert values_of(found, "phone") == {"(562) 738-4975"}


def test_footer_of_an_office_file_names_no_account():
    found = _memo("Please see below.",
                  footer="File: AGENDA_20241004.docx | printed 2024-10-04 | Clerk (626) 917-4400")
    assert values_of(found, "account_number") == set()
    assert values_of(found, "phone") == set()
    found = _memo("Please see below.", footer="File: PO_4500123456.docx | cb (626) 917-4400")
    assert values_of(found, "account_number") == set()


# --- "Mr. Surname (Given)" -----------------------------------------------------------------------------------------

def test_given_name_in_brackets_after_title_and_surname():
    found = _memo("Please see below. Mr. Grewal (Meera) has asked the City to waive the reconnection fee. His premise "
                  "on 1730 Fairgrove Ave showed 1,614 kilowatt-hours in the last cycle.")
    assert values_of(found, "customer_name") == {"Mr. Grewal", "Meera"}


def test_bracketed_word_that_is_no_given_name():
    found = _memo("Please see below. Mr. Grewal (Tenant) has asked the City to waive the reconnection fee. His premise "
                  "on 1730 Fairgrove Ave showed 1,614 kilowatt-hours in the last cycle.")
    assert values_of(found, "customer_name") == {"Mr. Grewal"}


# --- a reviewer's comment ------------------------------------------------------------------------------------------

def test_comment_gives_the_own_cell_of_the_paragraphs_person():
    found = _memo("Summary of the matter involving Ximena Bustamante, 10697 Tecolote Dr. Staff recommends approval.",
                  comment=(0, "Check with Ximena first - her cell is 626 275 9404, "
                                 "email ximena_bustamante@hotmail.com"))
    assert values_of(found, "customer_name") == {"Ximena Bustamante"}
    assert {a.rstrip(".") for a in values_of(found, "address")} == {"10697 Tecolote Dr"}
    assert values_of(found, "phone") == {"626 275 9404"}


def test_comment_on_staff_or_an_office_line_makes_no_record():
    found = _memo("Prepared by Senior Analyst Ximena Bustamante, 18000 Civic Plaza Dr. Staff recommends approval.",
                  comment=(0, "Check with Ximena first - her extension is 4410"))
    assert values_of(found, "customer_name") == set()
    assert values_of(found, "address") == set()
    found = _memo("Summary of the matter involving Ximena Bustamante. Staff recommends approval.",
                  comment=(0, "Ask the Clerk at (626) 917-4400 for the file."))
    assert values_of(found, "customer_name") == set()


# --- image texts ---------------------------------------------------------------------------------------------------

_GALLERY = ('<figure><img src="/a.jpg" alt="Rooftop array at the Treviño home, 11709 E Saddleback Dr" '
            'title="Leopoldo Treviño - 7.2 kW, NEM 3.0"><figcaption>A 7.2 kW system installed in 2024.</figcaption>'
            '</figure>')


def test_alt_text_of_a_family_home_and_the_title_naming_its_member():
    found = _raw("Solar Gallery", _GALLERY)
    assert values_of(found, "address") == {"11709 E Saddleback Dr"}
    assert values_of(found, "customer_name") == {"Leopoldo Treviño"}


def test_installer_historic_house_and_official_stay_public():
    found = _raw("Solar Gallery",
                 '<img src="/b.jpg" alt="Sunrise Solar Installers crew at 14100 Puente Ave">'
                 '<img src="/c.jpg" alt="The historic Treviño home, 200 E Main St, built in 1890" '
                 'title="Leopoldo Treviño House - solar added 2024">'
                 '<img src="/d.jpg" alt="Solar array at the Ruiz home, 12 Elm St" '
                 'title="Councilmember Ana Ruiz at the ribbon cutting">'
                 '<img src="/e.jpg" alt="Photo: Leopoldo Treviño" '
                 'title="Tecolote Park solar canopy, 9901 Tecolote Dr">')
    assert values_of(found, "customer_name") == set()
    assert values_of(found, "address") <= {"12 Elm St"}


def test_hidden_crm_sidebar_last_first_spelt_by_the_mailbox():
    found = _raw("Help Paying Your Bill",
                 '<p>Behind on your bill? You may qualify for CARE.</p>'
                 '<div hidden class="crm-sidebar"><span>Last viewed: Fletcher, Cedric &middot; '
                 'fletcher.cedric76@hotmail.com &middot; 909 338 2846</span></div>')
    assert values_of(found, "customer_name") == {"Fletcher, Cedric"}
    assert values_of(found, "email") == {"fletcher.cedric76@hotmail.com"}
    assert values_of(found, "phone") == {"909 338 2846"}


def test_last_first_of_staff_and_a_volunteer_contact_stay_public():
    found = _page("Bike Rally",
                  "To volunteer at the Bike Rally, contact Ruiz, Ana · ana.ruiz@gmail.com · 909 555 0142",
                  "Council liaison: Ruiz, Ana · ana.ruiz@altamirahills.gov · 626 917 4410")
    assert values_of(found, "customer_name") == set()


def test_meta_description_story_cut_usage_to():
    found = _raw("Rebates", "<p>Rebates for heat pumps.</p>",
                 head='<meta name="description" content="Rebate story: Kaveh Shirazi cut usage to 626 kWh">')
    assert values_of(found, "customer_name") == {"Kaveh Shirazi"}
    assert values_of(found, "energy_usage") == {"626 kWh"}


def test_a_building_cutting_usage_is_no_customer():
    found = _page("News", "The Tecolote Library cut usage to 62,600 kWh after the retrofit.")
    assert values_of(found, "customer_name") == set()
    assert values_of(found, "energy_usage") == set()


# --- a name with its number in brackets, in the City's languages ----------------------------------------------------

def test_spanish_don_with_phone_asked_for_a_payment_plan():
    found = _page("Ayuda con su factura",
                  "Otro caso: don Beatriz Olmos (teléfono (951) 290-6894, correo beatrizo224@sbcglobal.net) "
                  "pidió un plan de pagos.")
    assert values_of(found, "customer_name") == {"Beatriz Olmos"}
    assert values_of(found, "phone") == {"(951) 290-6894"}


def test_vietnamese_ong_with_phone_got_a_care_discount():
    found = _page("Tin tức cộng đồng",
                  "Ông Trịnh Văn Tâm (điện thoại (951) 789-4453) đã được giảm 20% nhờ chương trình CARE.")
    assert values_of(found, "customer_name") == {"Trịnh Văn Tâm"}
    assert values_of(found, "phone") == {"(951) 789-4453"}


def test_english_name_with_phone_received_a_discount():
    found = _page("News", "Mr. Tam Trinh (phone (951) 789-4453) received a 20% discount through CARE.")
    assert values_of(found, "customer_name") == {"Mr. Tam Trinh"}


def test_contact_to_call_for_a_payment_plan_and_an_award_stay_public():
    found = _page("Help Paying Your Bill",
                  "Call Ana Ruiz (phone 626-917-4461) to set up a payment plan.",
                  "Llame a Ana Ruiz (teléfono 626-917-4461) para pedir un plan de pagos.",
                  "Jo Lee (626-917-4462) received the Employee of the Month award for her CARE outreach.")
    assert values_of(found, "customer_name") == set()


# --- labels and names in other languages ---------------------------------------------------------------------------

def test_spanish_service_agreement_number_and_service_address():
    found = _page("Acta del Comité Asesor",
                  "Se revisó la queja de Octavio Cárdenas, con domicilio de servicio en 5523 Plateau Dr #298, "
                  "Altamira Hills, número de acuerdo de servicio ACP-767-37608-C. Su uso promedio es de 777 "
                  "kilowatt-hours mensuales.")
    assert values_of(found, "account_number") == {"ACP-767-37608-C"}
    assert values_of(found, "customer_name") == {"Octavio Cárdenas"}
    assert values_of(found, "energy_usage") == {"777 kilowatt-hours"}


def test_vietnamese_account_number_of_hers_is():
    found = _page("Tin tức",
                  "Bà Châu Thị Trang, cư ngụ tại 23613 S Sunburst Pl, cho biết hóa đơn tháng Tám lên tới 333 kwh. "
                  "Số tài khoản của bà là 8857828-04.")
    assert values_of(found, "account_number") == {"8857828-04"}


def test_persian_title_marks_a_name_in_persian_script():
    found = _page("اخبار",
                  "خانم گلناز شیرازی ساکن 6967 Tournament Ave گفت مصرف برق خانه‌اش در مرداد به 1880kWh رسید. "
                  "شماره حساب: ACP-893-14484-G")
    assert "گلناز شیرازی" in values_of(found, "customer_name")


def test_gurmukhi_name_before_its_latin_spelling():
    found = _page("ਖ਼ਬਰਾਂ",
                  "ਰਵਿੰਦਰ ਬੈਂਸ (Ravinder Bains), 16461 E Tonopah Ave, ਖਾਤਾ ਨੰਬਰ AC8402528T, ਨੂੰ $500 ਦੀ ਸਹਾਇਤਾ ਮਿਲੀ।")
    assert values_of(found, "customer_name") == {"ਰਵਿੰਦਰ ਬੈਂਸ", "Ravinder Bains"}


def test_persian_mayor_and_a_bracketed_program_name_are_no_names():
    found = _page("اخبار", "آقای شهردار رضایی گفت برنامه به ۳۰۰ خانواده کمک کرد.",
                  "ਬਿਜਲੀ ਬਿੱਲ ਸਹਾਇਤਾ (Altamira Community Power) ਬਾਰੇ ਜਾਣਕਾਰੀ।")
    assert values_of(found, "customer_name") == set()


def _flyer(*lines: str) -> set[tuple[str, str]]:
    return pairs_found(f"{_SITE}/docs/vi/to-roi.txt", "\n".join(lines) + "\n")


def test_vietnamese_flyer_name_at_home_with_o():
    found = _flyer("Câu chuyện thành công:", "Ông Tam Ho ở 24954 Nutwood Pl đã giảm hóa đơn.",
                   "Mức tiêu thụ tháng 7: 1,208 kilowatt-hours. Tài khoản: ACP-544-95949-E.",
                   "Gọi (626) 917-4400 để biết thêm chi tiết.")
    assert values_of(found, "customer_name") == {"Tam Ho"}
    assert values_of(found, "address") == {"24954 Nutwood Pl"}


def test_vietnamese_o_of_a_city_official_or_the_city_is_no_home():
    found = _flyer("Ông Trần Văn Nam ở 18000 Civic Plaza Dr, Giám đốc chương trình.",
                   "Tài khoản của thành phố: ACP-544-95949-E.")
    assert values_of(found, "customer_name") == set()
    found = _page("Tin tức", "Ông Tam Ho ở Altamira Hills đã giảm hóa đơn nhờ chương trình.")
    assert values_of(found, "customer_name") == set()


# --- account forms -------------------------------------------------------------------------------------------------

def test_cca_id_under_the_cca_name_spelt_out():
    found = _page("Energy Notes",
                  "A cautionary tale: Phuc Ly signed a lease in 2022. When the system was switched on, the record "
                  "(Desert Community Energy ID DCE226970) never moved to NEM.")
    assert values_of(found, "account_number") == {"DCE226970"}


def test_spelt_name_whose_initials_differ_names_no_id():
    found = _page("Energy Notes",
                  "Phuc Ly signed a lease in 2022. The Desert Community Energy ID PRJ226970 was assigned to the "
                  "project, and Building Permit No. BP226970 was issued.")
    assert values_of(found, "account_number") == set()


def test_balance_cleared_on_and_account_moved_to_a_rate():
    found = _page("Success Stories",
                  "A single mother on 13205 S Merced Ave, Hyo-jung had fallen $799 behind. The grant cleared the "
                  "balance on ACP-135-61479-E.",
                  "Arsen was still on the old plan. We moved AC9949938H to TOU-D-5-8 and she saved $41.")
    assert values_of(found, "account_number") == {"ACP-135-61479-E", "AC9949938H"}


def test_orders_permits_and_resolutions_moved_stay_unflagged():
    found = _page("Council News",
                  "Staff moved PO4500123456 to the closed list. We moved CUP-2024-0012 to the planning commission.",
                  "The Council moved Resolution 2024-115 to the consent calendar and cleared the balance on "
                  "INV-2024-00123.")
    assert values_of(found, "account_number") == set()
