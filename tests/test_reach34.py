"""A notice's title of a utility program ("Net Energy Metering True-Up") above a customer's label block is no one's
name, whatever script the customer's name is written in (reach34)."""
from detector_helpers import pairs_found, values_of

NOTICE = """CITY OF POMONA - POMONA CHOICE ENERGY
505 S. Garey Ave., Pomona, CA 91766 | (909) 620-2251

Net Energy Metering True-Up
Date: March 4, 2026

Customer: {name}
Service Address: 2261 N Gibbs St, Pomona, CA 91767
SCE Customer Account: 7698120443
Phone: (909) 555-0187
"""


def test_a_program_title_above_a_label_block_is_no_name():
    for name in ("अनन्या शर्मा", "Ananya Sharma", "Զարուհի Պետրոսյան"):
        found = values_of(pairs_found("https://www.pomonaca.gov/pce/notices/nem-4471.txt", NOTICE.format(name=name)),
                          "customer_name")
        assert found == {name}, name


def test_an_interconnection_queue_title_is_no_name():
    text = ("Interconnection Enrollment Opt-Out Summary\nCustomer: Oksana Melnyk-Hale, SCE account 7698120444, "
            "(909) 555-0112\n")
    assert values_of(pairs_found("https://www.pomonaca.gov/pce/nem/summary.txt", text), "customer_name") == \
        {"Oksana Melnyk-Hale"}
