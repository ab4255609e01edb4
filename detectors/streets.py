"""The words of US street addresses, as the USPS writes them (Publication 28: street suffixes, secondary unit
designators, directionals) and as Southern California names its streets in Spanish ("Calle Encino", "Avenida
Terraza", "Camino Real"), where the type comes before the name.

One vocabulary for the shapes of addresses in running text (``context.shapes``), the masking of street names in
snippets (``masking``), the comparison of the City's own addresses (``public_contacts``) and the reading of
people's names, which a street's words are not (``context.persons``).
"""
from __future__ import annotations

# street types after the name, full and abbreviated (USPS Publication 28, Appendix C1), without the ones that are
# as often a place's name as a street's in running text (Center, Park, Station, Valley, View, Club, Key ...)
SUFFIXES = frozenset("""
alley aly allee arcade arc avenue ave av bend bnd bluff blf boulevard blvd bypass byp canyon cyn causeway cswy
circle cir circ court ct cove cv crescent cres crest crst crossing xing drive dr expressway expy freeway fwy glen
gln grove grv harbor hbr heights hts highway hwy hollow holw knoll knl landing lndg lane ln loop mall manor mnr
meadows mdws mews oval parkway pkwy pass path pike place pl plaza plz point pt ridge rdg road rd route rte row rue
run skyway spur square sq street st summit smt terrace ter trace trce trail trl turnpike tpke walk way wy
""".split())
# the less common USPS street types (Appendix C1), which count only in an address's shape after a house number
# ("3860 Armstrong Fort Apt 16", "2711 Rebecca Greens"), never as a street's word elsewhere: many are surnames or
# words of a place (Mills, Ford, Brooks, Fort). Left out: the plurals a city counts its facilities by ("4 Soccer
# Fields", "2 Dog Parks", "3 Tennis Courts") and words that end other phrases (Land, Rest, Light, Course, Union)
MORE_SUFFIXES = frozenset("""
anex annex bayou beach bluffs bottom branch bridge brook brooks burg burgs cape cliff cliffs commons corner corners
coves creek crossroad crossroads curve dale dam divide drives estate estates extension falls ferry flat flats ford
fords forest forge forges fork forks fort garden gateway glens green greens groves harbors haven hill hills inlet
isle junction knolls manors meadow mill mills motorway mount mountain mountains neck orchard overpass passage pine
pines plain plains points port ports prairie radial ramp ranch rapid rapids ridges river roads shoal shoals shore
shores spring spurs squares stravenue stream streets throughway track trafficway tunnel underpass via viaduct views
villages ville vista walks ways
""".split())
# the names of the secondary units of an address ("Apt 4", "Spc 187", "No. 96", "#201"; USPS Appendix C2)
UNITS = ("apartment", "apt", "unit", "suite", "ste", "space", "spc", "lot", "room", "rm", "building", "bldg",
         "floor", "fl", "trailer", "trlr", "no", "#")
# street types written before the name, in Spanish
PRE_TYPES = frozenset("avenida calle callejon camino caminito circulo corte entrada paseo placita plaza rancho "
                      "sendero vereda via".split())
DIRECTIONS = ("n", "s", "e", "w", "ne", "nw", "se", "sw", "north", "south", "east", "west", "northeast", "northwest",
              "southeast", "southwest")

# the USPS abbreviation of each full form, for comparing addresses however they are spelt
ABBREVIATIONS = {
    "NORTH": "N", "SOUTH": "S", "EAST": "E", "WEST": "W", "AVENUE": "AVE", "AV": "AVE", "STREET": "ST",
    "BOULEVARD": "BLVD", "ROAD": "RD", "DRIVE": "DR", "LANE": "LN", "PLACE": "PL", "COURT": "CT", "PARKWAY": "PKWY",
    "CIRCLE": "CIR", "HIGHWAY": "HWY", "TERRACE": "TER", "TRAIL": "TRL", "SQUARE": "SQ", "APARTMENT": "APT",
    "SUITE": "STE", "CALIFORNIA": "CA", "PLAZA": "PLZ", "CROSSING": "XING", "ALLEY": "ALY", "SPACE": "SPC",
}


def alternation(words) -> str:
    """A regex alternation of words, longest first (so that "avenue" is tried before "av")."""
    return "|".join(sorted((w.replace("#", r"\#") for w in words), key=len, reverse=True))
