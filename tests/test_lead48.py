"""The lead's merge follow-ups of round 48: rules two branches made true together."""
from detector_helpers import pairs_found


def test_a_shop_named_at_its_address_beside_a_net_metering_story_is_no_customer():
    """A blog post's shop or installer "at ADDRESS" above a customer's true-up story: NEM makes the page a utility
    matter, but a name ending in a trade ("... Pho", "... Boba") is a business's, never a staff note's person."""
    page = ("<p>Before you sign, get three bids. Saigon Star Pho at 4410 Mesa Verde Rd is one of nine installers on "
            "the city list, and Jade Garden Boba at 215 W Olive St hosts our solar workshops.</p>"
            "<p>A cautionary tale: Minh Tran signed a lease in 2022. When the system was switched on, the Vista "
            "Community Power record (Desert Community Energy ID DCE338120) never moved to NEM, so the export credits "
            "did not post for ten months. The true-up showed 2914kWh of net import for the year.</p>")
    found = pairs_found("https://www.example-city.gov/blog/solar.html", page.encode(), "text/html")
    assert ("customer_name", "Minh Tran") in found
    assert not {v for c, v in found if c in ("customer_name", "address") and v != "Minh Tran"}


def test_a_customer_staff_called_back_at_home_on_a_net_metering_matter_is_still_found():
    page = ("<p>NEM true-up desk, week 12. Called back Linh Pham at 6170 Echo Ridge Rd about her true-up bill, SA "
            "3-118-2204-57; she asked for a payment plan.</p>")
    found = pairs_found("https://www.example-city.gov/energy/notes.html", page.encode(), "text/html")
    assert {("customer_name", "Linh Pham"), ("address", "6170 Echo Ridge Rd")} <= found
