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
                      "sendero vereda via vista".split())
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


# The words of an address in the order of the City's other languages (``context.shapes``' ``_OTHER_ORDER``): a
# customer writes their home as their own language orders it, largest unit first in Chinese and Korean ("加州波莫纳市
# White Ave 2846号", "캘리포니아주 포모나시 타운 애비뉴 1097"), the number after the street in Spanish and Armenian
# ("Calle Garey #3222", "Grand Ave 335, Պոմոնա"), after "Số" and before "đường" in Vietnamese ("Số 359 đường White"),
# before the street's type and name in Arabic ("١١٣٧ جادة ميشن"). Each type and direction with its USPS abbreviation,
# so that the City's own address translated ("加州波莫纳市南加里大道505号": 505 S ... AVE) is still known as the City's.
# street types written after the name: Chinese, Korean (English types in Hangul), Armenian, Japanese
TYPES_AFTER_NAME = {
    "林荫大道": "BLVD", "林蔭大道": "BLVD", "大道": "AVE", "大街": "ST", "公路": "HWY", "街": "ST", "路": "RD", "巷": "LN",
    "애비뉴": "AVE", "에비뉴": "AVE", "스트리트": "ST", "블러바드": "BLVD", "불러바드": "BLVD", "블루바드": "BLVD",
    "드라이브": "DR", "로드": "RD", "레인": "LN", "하이웨이": "HWY", "파크웨이": "PKWY", "플레이스": "PL", "서클": "CIR",
    "테라스": "TER", "փողոց": "ST", "պողոտա": "AVE", "բուլվար": "BLVD", "ճանապարհ": "RD",
    "通り": "ST", "アベニュー": "AVE", "ストリート": "ST", "ブールバード": "BLVD",
}
# street types written before the name: Vietnamese (whose "đường" is any street), Arabic, Farsi
TYPES_BEFORE_NAME = {"đại lộ": "BLVD", "đường": "", "phố": "ST", "شارع": "ST", "جادة": "AVE", "طريق": "RD",
                     "بوليفارد": "BLVD", "بولفار": "BLVD", "خیابان": "ST", "بلوار": "BLVD"}
# Spanish (Mexican) street types before the name, abbreviated as a Mexican address writes them ("Av. Garey #12")
SPANISH_TYPES_BEFORE_NAME = ("calle", "avenida", "av.", "avda.", "bulevar", "blvd.", "calzada", "calz.", "callejón",
                             "callejon", "camino", "paseo", "privada", "priv.", "prolongación", "prolongacion")
# the directions that open a street's name in other languages ("Oeste San Antonio Ave", "南加里大道")
OTHER_DIRECTIONS = {
    "norte": "N", "sur": "S", "este": "E", "oeste": "W", "oriente": "E", "poniente": "W",
    "北": "N", "南": "S", "东": "E", "東": "E", "西": "W", "노스": "N", "사우스": "S", "이스트": "E", "웨스트": "W",
    "bắc": "N", "nam": "S", "đông": "E", "tây": "W", "شمال": "N", "جنوب": "S", "شرق": "E", "غرب": "W",
    "հյուսիսային": "N", "հարավային": "S", "արևելյան": "E", "արևմտյան": "W",
}
# the mark of a house number: after it in Chinese, Japanese and Korean ("2846号", "1097번지"), before it in Spanish and
# Vietnamese ("#3222", "No. 3222", "Số 359")
NUMBER_MARKS_AFTER = ("号", "號", "番地", "번지")
NUMBER_MARKS_BEFORE = ("#", "no.", "núm.", "num.", "número", "nº", "n°", "№")
# California in the other languages' scripts: before the city in Chinese, Japanese and Korean ("加州波莫纳市",
# "캘리포니아주 포모나시"), after it elsewhere ("Պոմոնա, Կալիֆորնիա 91767", "بومونا، كاليفورنيا")
CALIFORNIA = ("加利福尼亚州", "加利福尼亞州", "加州", "カリフォルニア州", "캘리포니아주", "캘리포니아 주", "캘리포니아",
              "Կալիֆորնիա", "كاليفورنيا", "کالیفرنیا", "Калифорния", "Каліфорнія")
