"""Another kind of number's label before a number in a utility's lettered form ("Invoice PCE-5439587"), read from
labels.py's one vocabulary: its strict kinds that name one in particular, a staff member's or a payee's, a program's
or a product's, a paper's; not a vague one, before which a customer's account stands."""
from detectors.labels import lettered_form_veto_before, other_kind_named, other_label_before


def test_the_citys_and_the_ccas_papers_before_a_lettered_form():
    assert lettered_form_veto_before("Invoice ")
    assert lettered_form_veto_before("approved under Resolution No. ")
    assert lettered_form_veto_before("Purchase Order # ")
    assert lettered_form_veto_before("Staff Report ")
    assert lettered_form_veto_before("filed as Advice Letter ")


def test_a_programs_or_a_products_word_counts_before_a_lettered_form_only():
    assert lettered_form_veto_before("the rebate application ")
    assert lettered_form_veto_before("replaced with model ")
    assert lettered_form_veto_before("Tree planting grant ")
    assert not other_label_before("the CARE program ")  # before a bare number it is the sentence's
    assert not other_kind_named("Notice date")  # a paper's word names no other number in a column's name


def test_a_vague_label_or_a_customers_words_leave_the_form_an_account():
    assert not lettered_form_veto_before("Ref ")
    assert not lettered_form_veto_before("Ticket #")
    assert not lettered_form_veto_before("Customer Ana Ruiz, ")
    assert not lettered_form_veto_before("Credit approved for Ana Ruiz (")
