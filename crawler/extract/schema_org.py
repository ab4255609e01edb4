"""schema.org's types of the things a page lists for the public: a business, an organization, a public place.

A business directory, an agency's own page and an event's venue mark their listing up as schema.org data
(JSON-LD or microdata): ``{"@type": "AutoRepair", "name": ..., "founder": {"@type": "Person", ...}, "telephone":
..., "address": ...}`` publishes the shop, its owner and its phone on purpose. A ``Person`` is no such type, nor is
a home (``Residence``, ``House``, ``Apartment``: a place someone lives), nor an ``Invoice`` or an ``Order`` (a
customer's)."""
from __future__ import annotations

import re

# Organization, LocalBusiness and Place and the types below them a directory or a public body's page uses, by the
# name schema.org gives them (the words of a longer name's end catch the rest: "TireShop", "PetStore")
_LISTED_TYPES = frozenset("""
Organization Corporation NGO Consortium Airline Project ResearchOrganization WorkersUnion PoliticalParty
GovernmentOrganization LibrarySystem NewsMediaOrganization PerformingGroup MusicGroup TheaterGroup DanceGroup
SportsTeam EducationalOrganization School CollegeOrUniversity Preschool ElementarySchool MiddleSchool HighSchool
MedicalOrganization Hospital Pharmacy Physician Dentist DiagnosticLab VeterinaryCare MedicalClinic Optician
LocalBusiness AnimalShelter ChildCare DryCleaningOrLaundry EmploymentAgency Library RealEstateAgent SelfStorage
TravelAgency InternetCafe Bakery BarOrPub Brewery Winery Distillery CafeOrCoffeeShop Restaurant IceCreamShop
AutoRepair AutoBodyShop AutoDealer AutoRental AutoWash GasStation MotorcycleDealer MotorcycleRepair
AccountingService AutomatedTeller BankOrCreditUnion InsuranceAgency Attorney Notary BeautySalon DaySpa HairSalon
NailSalon TattooParlor HealthClub Electrician GeneralContractor HVACBusiness HousePainter Locksmith MovingCompany
Plumber RoofingContractor Hotel Motel Hostel Resort BedAndBreakfast Campground Florist
Place CivicStructure GovernmentBuilding CityHall Courthouse DefenceEstablishment Embassy LegislativeBuilding
FireStation PoliceStation EventVenue MusicVenue Museum Park Playground Zoo Aquarium Beach Cemetery Crematorium
PlaceOfWorship Church Mosque Synagogue HinduTemple BuddhistTemple ParkingFacility PublicToilet StadiumOrArena
Airport BusStation BusStop TrainStation SubwayStation TaxiStand MovieTheater PerformingArtsTheater
TouristAttraction TouristDestination LandmarksOrHistoricalBuildings AdministrativeArea City State Country
SchoolDistrict
""".split())
_LISTED_ENDING = re.compile(r"[A-Z][A-Za-z]*(?:Organization|Business|Store|Shop|Restaurant|Service|Agency|Office|"
                            r"Center|Club|Salon|Contractor|Dealer|Clinic|School|Station|Venue|Building)")


def listed_type(kinds) -> bool:
    """Whether a schema.org item of these types (``"@type"``'s value, a name or a list of names, or an
    ``itemtype``'s URLs) is a business, an organization or a public place, and no person besides."""
    names = [str(kind).rstrip("/").rsplit("/", 1)[-1].rsplit(":", 1)[-1]
             for kind in (kinds if isinstance(kinds, list) else str(kinds or "").split())]
    return "Person" not in names and any(name in _LISTED_TYPES or _LISTED_ENDING.fullmatch(name) for name in names)
