"""The people, streets and numbers of a generated city: large name pools of many origins, street names and
every shape of number a customer record carries.

Pools come from Faker's per-locale person lists (thousands of given names and surnames, Latin script only)
plus lists of names Faker lacks (African American given names, Vietnamese, Korean, Filipino, Armenian
names). Each pool is split in two by a stable hash of the name: the ``dev`` variant draws from one half, the
``heldback`` variant from the other, so a detector tuned on the dev site has never seen a held-back name.
"""
from __future__ import annotations

import importlib
import random
import re
import unicodedata
import zlib
from dataclasses import dataclass
from functools import lru_cache

import phonenumbers
from stdnum.us import ssn as stdnum_ssn

VARIANTS = ("dev", "heldback")

# name origin -> (Faker person locales for given names, for surnames); extra names are added below
FAKER_ORIGINS = {
    "anglo": (("en_US", "en_GB"), ("en_US", "en_GB")),
    "hispanic": (("es_MX", "es_ES", "es_CO", "es_AR"), ("es_MX", "es_ES", "es_CO", "es_AR")),
    "chinese": (("zh_CN", "zh_TW"), ("zh_CN", "zh_TW")),
    "japanese": (("ja_JP",), ("ja_JP",)),
    "south_asian": (("en_IN",), ("en_IN",)),
    "european": (("de_DE", "it_IT", "fr_FR", "pl_PL", "pt_BR", "nl_NL"),
                 ("de_DE", "it_IT", "fr_FR", "pt_BR", "nl_NL")),
    "african_american": (("en_US",), ("en_US",)),
}

EXTRA_GIVEN = {
    "african_american": """DeShawn Latoya Tyrone Keisha Jamal Imani Darnell Shaniqua Marquis Tanisha Andre Ebony
        Terrell Aaliyah Jalen Kenya Rashad Nia Lamar Tamika Cedric Monique Demetrius Shanice Malik Latisha Darius
        Jasmine Reginald Lakisha Antwan Ayanna Kareem Tiana Jermaine Precious Dante Shante Quincy Aisha Tremaine
        Kiara Desmond Octavia Roosevelt Dominique Terrence LaShonda Deandre Yolanda Cornelius Raven Alonzo Essence
        Marcellus Chiquita Jabari Kenyatta Isaiah Ciara Maurice Latrice Jamar Tameka Leroy Shameka Khalil Bernice""",
    "vietnamese": """Anh Bao Binh Chau Cuong Dung Duc Giang Hai Hanh Hieu Hoa Hung Huong Khanh Khoa Lan Linh Long
        Mai Minh My Nam Ngoc Nhung Phuc Phuong Quang Quynh Son Tam Thanh Thao Thu Thuy Tien Trang Trinh Trung Tuan
        Tuyet Uyen Van Viet Vinh Xuan Yen""",
    "korean": """Min-jun Seo-yeon Ji-ho Ha-eun Do-yun Ji-woo Seo-jun Su-bin Ye-jin Hyun-woo Jae-won Eun-ji
        Sung-min Hye-jin Dong-hyun Mi-kyung Young-ho Soo-jin Jin-woo Kyung-soo Hae-won Joon-young So-yeon
        Tae-yang Byung-chul Myung-hee Sang-hoon Yoo-na""",
    "filipino": """Maricel Jericho Rowena Arnel Lorna Ronaldo Marites Jocelyn Dindo Rodelio Analyn Jhun Rosalie
        Noel Edna Cherry Jonjon Marivic Reynaldo Imelda Florante Liezl Rommel Charmaine Ramil Girlie Bong Janelle
        Mylene Rogelio Kristine Efren Leah Rizalino""",
    "armenian": """Armen Ani Aram Anahit Arsen Lusine Gevorg Nare Hovhannes Siranush Karen Arpi Tigran Mariam
        Vahe Shushan Ashot Gayane Narek Hasmik Levon Tamar Sarkis Nune Vartan Astghik Garen Lilit Raffi Seda""",
    "middle_eastern": """Omar Layla Karim Yasmin Tariq Nadia Samir Rania Hassan Leila Khalid Dalia Youssef Amira
        Bilal Farah Nabil Huda Ziad Mona Fadi Salma Rami Noor Walid Hiba Jamil Zainab Fouad Lina""",
}

EXTRA_SURNAMES = {
    "african_american": """Washington Jefferson Booker Banks Mosley Jackson Dorsey Gaines Pettaway Bivens
        Whitfield Gadson Battle Merriweather Singleton Tubman Staton Holloway Marbury Lockett Funderburk Ruffin
        Dukes Oglesby Hairston Person Mayweather Chisholm Spraggins Fauntleroy Ware Toomer Witherspoon""",
    "vietnamese": """Nguyen Tran Le Pham Hoang Huynh Phan Vu Vo Dang Bui Do Ho Ngo Duong Ly Truong Dinh Lam Mai
        Trinh Luu Quach Ta Thai Cao Doan Vuong La""",
    "korean": """Kim Lee Park Choi Jung Kang Cho Yoon Jang Lim Han Oh Seo Shin Kwon Hwang Ahn Song Jeon Hong
        Yoo Ko Moon Yang Son Bae Baek Heo Nam Noh""",
    "filipino": """Dela_Cruz Santos Reyes Bautista Villanueva Mendoza Aquino Ramos Garcia Manalo Magbanua Dimaculangan
        Pangilinan Macaraeg Tolentino Soriano Dizon Mercado Salazar Lacson Navarro Buenaventura Panganiban
        Mangubat Ocampo Gatchalian Sison Quiambao Lagman Evangelista Marcelo""",
    "armenian": """Petrosyan Hovsepian Sarkissian Kardashian Avakian Manoogian Boghossian Der Bedrossian
        Terzian Mardirossian Gasparian Khachatryan Grigoryan Hakobyan Harutyunyan Vartanian Keshishian
        Babayan Minasian Nazarian Ohanian Papazian Simonian Yeghiazaryan Zakarian Arakelian Kazarian""",
    "middle_eastern": """Haddad Khoury Nasser Saleh Mansour Farouk Hamdan Aziz Darwish Said Yousef Khalil Rahman
        Karam Habib Ghanem Shadid Jaber Najjar Bishara Sabbagh Tannous Awad Masri Qasim Zaher""",
}
SURNAME_PARTICLES = {  # origin -> particles a surname may carry
    "hispanic": ("de la", "del", "de", "De La", "de los"),
    "european": ("van", "van der", "von", "De", "Di", "La", "St."),
    "anglo": ("O'", "Mc", "Mac", "St. "),
    "middle_eastern": ("Al-", "El-", "Abu "),
    "filipino": ("De ", "Del ", "San "),
}
ORIGIN_WEIGHTS = {"anglo": 22, "hispanic": 30, "chinese": 6, "japanese": 3, "south_asian": 5, "european": 7,
                  "african_american": 10, "vietnamese": 5, "korean": 4, "filipino": 5, "armenian": 3,
                  "middle_eastern": 3}

# "_" joins the words of one name
STREET_BASES = [base.replace("_", " ") for base in """Acacia Alder Almond Amber Aspen Avocado Bayberry Birch Bluebell
    Bougainvillea Buckeye Cactus
    Camellia Canary Cedar Chaparral Cherry Chestnut Clover Cottonwood Cypress Dahlia Desert_Bloom Dogwood Elder Elm
    Eucalyptus Fig Foothill Fir Gardenia Hawthorn Hazel Heather Hibiscus Holly Ironwood Jacaranda Jasmine Juniper
    Larkspur Laurel Lavender Lemon Lilac Live_Oak Magnolia Manzanita Maple Mesquite Mimosa Myrtle Oleander Olive
    Orange_Blossom Palm Palo_Verde Peach Pepper_Tree Pine Pinon Plum Poppy Primrose Quail Redwood Rosewood Sage
    Sagebrush Sequoia Sumac Sycamore Tamarack Tamarind Tumbleweed Walnut Willow Wisteria Yucca Adobe Arroyo Bluff
    Boulder Butte Canyon Cliff Crest Dune Glen Grove Hillside Lakeview Meadow Mesa Mission Orchard Prairie Rancho
    Ridge Sandstone Sierra Summit Sunset Valley Vista Alta_Loma Amapola Bonita Buena_Vista Calle_Mayor Camino_Real
    Canada_Verde Cerritos Colina Corona Del_Mar Del_Norte Del_Sol El_Camino Encino Escondido Esperanza Estrella
    Hermosa La_Paz Las_Flores Linda_Vista Loma_Linda Los_Robles Lomita Luna Madrone Mariposa Mirada Montecito
    Monterey Nogales Palomar Paloma Paseo_Grande Portola Presidio Rosarito San_Antonio San_Bernardino San_Carlos
    San_Gabriel Santa_Ana Santa_Fe Serrano Sonora Terraza Tierra Valencia Ventura Verano Zapata Alameda Almeria
    Andalusia Baldwin Bonnie_Brae Carmel Catalina Chapman Citrus Colorado Cypress_Point Eastgate Elmwood Fairview
    Foothill Garfield Grand Greenleaf Hacienda Harbor Highland Holt Humboldt Huntington Imperial Industrial
    Kellogg Lincoln Mountain_View Newport Olympic Orangethorpe Pacific Park Pioneer Redlands Riverside Sepulveda
    Sheridan Stanford Sunrise Tustin Victoria Washington Whittier Yorba Arrow Base_Line Cajon Cherry_Valley
    Etiwanda Haven Milliken Archibald Hermosa Vineyard Carnelian Sapphire Turquoise Emerald Opal Topaz Jade Onyx
    Garnet Agate Quartz Obsidian Coral Pearl Granite Cobalt Silverado Goldfinch Meadowlark Oriole Roadrunner
    Sparrow Swallow Heron Kestrel Falcon Condor Osprey Hummingbird Cardinal Bluejay Pheasant Dove
    Mockingbird""".split()]
STREET_TYPES = ("St", "Street", "Ave", "Avenue", "Blvd", "Boulevard", "Dr", "Drive", "Rd", "Road", "Ln", "Lane",
                "Way", "Ct", "Court", "Pl", "Place", "Cir", "Circle", "Ter", "Terrace", "Pkwy", "Trl", "Trail",
                "Loop", "Pass", "Row", "Run", "Sq", "Hwy")
SPANISH_PREFIXES = ("Calle", "Camino", "Via", "Paseo", "Avenida", "Corte", "Vereda", "Plaza")
DIRECTIONALS = ("N", "S", "E", "W", "N.", "S.", "E.", "W.", "North", "South", "East", "West", "NE", "SW")
UNITS = ("Apt {n}", "Apt. {n}{l}", "Unit {n}", "#{n}", "Spc {n}", "Space {n}", "Ste {n}", "No. {n}")
PERSONAL_MAIL_DOMAINS = ("gmail.com", "yahoo.com", "hotmail.com", "outlook.com", "aol.com", "icloud.com",
                         "att.net", "sbcglobal.net", "verizon.net", "charter.net", "msn.com", "live.com",
                         "ymail.com", "me.com", "protonmail.com", "earthlink.net", "cox.net", "comcast.net")


def variant_of(token: str) -> str:
    """The variant a name or street word belongs to: a stable hash splits every pool in two halves."""
    return VARIANTS[zlib.crc32(token.casefold().encode()) % 2]


def _latin(text: str) -> bool:
    return all(ord(c) < 0x250 or unicodedata.category(c).startswith("Z") for c in text)


def _faker_pool(locales: tuple[str, ...], attrs: tuple[str, ...]) -> set[str]:
    names: set[str] = set()
    for locale in locales:
        provider = importlib.import_module(f"faker.providers.person.{locale}").Provider
        for attr in attrs:
            values = getattr(provider, attr, None) or ()
            names.update(values.keys() if isinstance(values, dict) else values)
    return {n.strip().title() if n.isupper() else n.strip() for n in names if n.strip() and _latin(n)}


@lru_cache(maxsize=None)
def name_pools(variant: str) -> dict[str, tuple[tuple[str, ...], tuple[str, ...]]]:
    """origin -> (given names, surnames) of one variant's half."""
    pools = {}
    for origin in ORIGIN_WEIGHTS:
        given: set[str] = {n.replace("_", " ") for n in EXTRA_GIVEN.get(origin, "").split()}
        surnames: set[str] = {n.replace("_", " ") for n in EXTRA_SURNAMES.get(origin, "").split()}  # "_": one name
        if origin in FAKER_ORIGINS:
            given_locales, surname_locales = FAKER_ORIGINS[origin]
            if origin != "african_american":
                given |= _faker_pool(given_locales, ("first_romanized_names", "first_names", "first_names_male",
                                                     "first_names_female"))
            surnames |= _faker_pool(surname_locales, ("last_romanized_names", "last_names"))
        given = {g for g in given if len(g) > 1 and variant_of(g) == variant}
        surnames = {s for s in surnames if len(s) > 1 and variant_of(s) == variant}
        pools[origin] = (tuple(sorted(given)), tuple(sorted(surnames)))
    return pools


@lru_cache(maxsize=None)
def street_pool(variant: str) -> tuple[str, ...]:
    return tuple(sorted({b for b in STREET_BASES if variant_of(b) == variant}))


@dataclass(frozen=True)
class Person:
    given: str
    middle: str  # an initial or "" 
    surname: str
    title: str  # Mr., Ms., Mrs., Dr. or ""

    def written(self, style: str) -> str:
        """The name as a document writes it."""
        middle = f" {self.middle}" if self.middle else ""
        return {
            "plain": f"{self.given} {self.surname}",
            "middle": f"{self.given}{middle} {self.surname}",
            "titled": f"{self.title or 'Ms.'} {self.given} {self.surname}",
            "last_first": f"{self.surname}, {self.given}{middle}",
            "upper_last_first": f"{self.surname.upper()}, {self.given.upper()}",
            "upper": f"{self.given.upper()}{middle.upper()} {self.surname.upper()}",
            "upper_no_comma": f"{self.surname.upper()} {self.given.upper()}",
        }[style]

    @property
    def salutation(self) -> str:
        return f"{self.title or 'Ms.'} {self.surname}"


class Population:
    """Draws people, addresses and numbers for one site, from one variant's pools, by one seeded RNG."""

    def __init__(self, rng: random.Random, variant: str, area_codes: tuple[str, ...]):
        self.rng, self.variant, self.area_codes = rng, variant, area_codes
        self.pools = name_pools(variant)
        self.streets = street_pool(variant)
        self.used: set[str] = set()  # every value handed out, so no two records share one

    def _unique(self, make) -> str:
        for _ in range(1000):
            value = make()
            key = re.sub(r"\W", "", value).casefold()
            if key not in self.used:
                self.used.add(key)
                return value
        raise RuntimeError("pool exhausted")

    # -- people ----------------------------------------------------------------------------------------
    def person(self, origin: str | None = None) -> Person:
        rng = self.rng
        origin = origin or rng.choices(list(ORIGIN_WEIGHTS), weights=list(ORIGIN_WEIGHTS.values()))[0]
        given_pool, surname_pool = self.pools[origin]
        if not given_pool:  # an origin whose extra list fell wholly into the other half: borrow US names
            given_pool = self.pools["anglo"][0]
        if not surname_pool:
            surname_pool = self.pools["anglo"][1]

        def make() -> str:
            given = rng.choice(given_pool)
            surname = rng.choice(surname_pool)
            roll = rng.random()
            if origin == "hispanic" and roll < 0.25:
                surname = f"{surname} {rng.choice(surname_pool)}"
            elif roll < 0.12:
                surname = f"{surname}-{rng.choice(self.pools[rng.choice(list(ORIGIN_WEIGHTS))][1] or surname_pool)}"
            elif roll < 0.22 and origin in SURNAME_PARTICLES:
                particle = rng.choice(SURNAME_PARTICLES[origin])
                glued = particle.endswith(("'", "-", " ")) or particle in ("Mc", "Mac")
                surname = f"{particle}{surname}" if glued else f"{particle} {surname}"
            return f"{given}|{surname}"

        given, surname = self._unique(make).split("|")
        middle = rng.choice(["", "", "", f"{rng.choice('ABCDEFGHJKLMNPRSTVW')}."])
        title = rng.choice(["Mr.", "Ms.", "Mrs.", "Dr."])
        return Person(given, middle, surname, title)

    # -- addresses -------------------------------------------------------------------------------------
    def street(self) -> str:
        rng = self.rng
        base = rng.choice(self.streets)
        if rng.random() < 0.15:
            name = f"{rng.choice(SPANISH_PREFIXES)} {base}"
        else:
            name = f"{base} {rng.choice(STREET_TYPES)}"
        if rng.random() < 0.35:
            name = f"{rng.choice(DIRECTIONALS)} {name}"
        return name

    def street_address(self, unit: bool | None = None) -> str:
        rng = self.rng

        def make() -> str:
            number = str(rng.choice([rng.randint(100, 999), rng.randint(1000, 9999), rng.randint(10000, 19999)]))
            line = f"{number} {self.street()}"
            if unit if unit is not None else rng.random() < 0.2:
                line += " " + rng.choice(UNITS).format(n=rng.randint(1, 240), l=rng.choice("ABCD"))
            return line
        return self._unique(make)

    # -- contacts --------------------------------------------------------------------------------------
    def phone(self) -> str:
        rng = self.rng

        def make() -> str:
            while True:
                area = rng.choice(self.area_codes)
                exchange = f"{rng.randint(2, 9)}{rng.randint(0, 9)}{rng.randint(0, 9)}"
                line = f"{rng.randint(0, 9999):04d}"
                if exchange[1:] == "11" or exchange == "555":
                    continue
                if phonenumbers.is_valid_number(phonenumbers.parse(area + exchange + line, "US")):
                    break
            return rng.choice(["({a}) {e}-{l}", "{a}-{e}-{l}", "{a}.{e}.{l}", "({a}){e}-{l}", "{a} {e} {l}",
                               "1-{a}-{e}-{l}", "+1 {a} {e} {l}"]).format(a=area, e=exchange, l=line)
        return self._unique(make)

    def email(self, person: Person) -> str:
        rng = self.rng

        def make() -> str:
            given = _ascii(person.given).lower().replace(" ", "").replace("-", "")
            surname = _ascii(person.surname).lower().replace(" ", "").replace("'", "").replace("-", "")
            local = rng.choice([f"{given}.{surname}", f"{given[0]}{surname}", f"{given}{surname}{rng.randint(1, 99)}",
                                f"{surname}.{given}", f"{given}_{surname}", f"{given}{rng.randint(1950, 2004)}",
                                f"{surname}{given[0]}{rng.randint(10, 999)}"])
            return f"{local}@{rng.choice(PERSONAL_MAIL_DOMAINS)}"
        return self._unique(make)

    # -- numbers ---------------------------------------------------------------------------------------
    def _digits(self, n: int, first: str = "") -> str:
        return first + "".join(str(self.rng.randint(0, 9)) for _ in range(n - len(first)))

    def account(self, shape: str, prefix: str = "") -> str:
        """An account number of one shape (see ACCOUNT_SHAPES)."""
        rng = self.rng

        def make() -> str:
            d = self._digits
            if shape == "sce_customer":
                x = d(9)
                return f"2-{x[:2]}-{x[2:5]}-{x[5:]}"
            if shape == "sce_service":
                x = d(9)
                return f"3-{x[:3]}-{x[3:7]}-{x[7:]}"
            if shape == "service_dashed":
                x = d(9)
                return f"8-{x[:3]}-{x[3:6]}-{x[6:]}"
            if shape == "service_bare":
                return d(10, "8")
            if shape.startswith("sce_700"):
                x = d(12, "700")
                return {"sce_700_dashed": f"{x[:3]}-{x[3:6]}-{x[6:9]}-{x[9:]}",
                        "sce_700_spaced": f"{x[:4]} {x[4:8]} {x[8:]}", "sce_700_bare": x}[shape]
            if shape == "prefixed":
                return f"{prefix}-{d(rng.randint(6, 10))}"
            if shape == "dotted":
                n = rng.randint(8, 12)
                x = d(n, str(rng.randint(1, 9)))
                return f"{x[:4]}.{x[4:8]}.{x[8:]}" if n > 8 else f"{x[:4]}.{x[4:]}"
            if shape == "spaced":
                n = rng.randint(9, 14)
                x = d(n, str(rng.randint(1, 9)))
                return " ".join(x[i:i + 4] for i in range(0, n, 4))
            if shape == "plain":
                return d(rng.randint(6, 16), str(rng.randint(1, 9)))
            if shape == "dashed":
                n = rng.randint(8, 13)
                x = d(n, str(rng.randint(1, 9)))
                cut = rng.randint(3, 5)
                return f"{x[:cut]}-{x[cut:-2]}-{x[-2:]}" if rng.random() < 0.5 else f"{x[:cut]}-{x[cut:]}"
            raise ValueError(shape)
        return self._unique(make)

    def ssn(self, form: str) -> str:
        def make() -> str:
            while True:
                x = self._digits(9, str(self.rng.randint(0, 7)))
                if stdnum_ssn.is_valid(x) and x[:3] not in ("000", "666") and x[3:5] != "00" and x[5:] != "0000":
                    break
            return {"dashed": f"{x[:3]}-{x[3:5]}-{x[5:]}", "spaced": f"{x[:3]} {x[3:5]} {x[5:]}", "bare": x}[form]
        return self._unique(make)

    def itin(self, form: str) -> str:
        rng = self.rng

        def make() -> str:
            group = rng.choice([*range(50, 66), *range(70, 89), 90, 91, 92, *range(94, 100)])
            x = f"9{rng.randint(0, 99):02d}{group}{rng.randint(0, 9999):04d}"
            return {"dashed": f"{x[:3]}-{x[3:5]}-{x[5:]}", "spaced": f"{x[:3]} {x[3:5]} {x[5:]}", "bare": x}[form]
        return self._unique(make)

    def kwh(self) -> str:
        """A bare kWh figure, as an export's usage column holds it."""
        return self._unique(lambda: str(self.rng.choice([self.rng.randint(140, 999), self.rng.randint(1000, 14000)])))

    def usage(self) -> str:
        rng = self.rng

        def make() -> str:
            kwh = rng.choice([rng.randint(140, 999), rng.randint(1000, 3400)])
            number = f"{kwh:,}" if rng.random() < 0.6 else str(kwh)
            return rng.choice([f"{number} kWh", f"{number} kWh", f"{number}kWh", f"{number} KWH", f"{number} kwh"])
        return self._unique(make)


ACCOUNT_SHAPES_ANYWHERE = ("sce_customer", "sce_service", "service_dashed", "service_bare", "sce_700_dashed",
                           "sce_700_spaced", "sce_700_bare")
ACCOUNT_SHAPES_LABELLED = ("prefixed", "dotted", "spaced", "plain", "dashed")


def _ascii(text: str) -> str:
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
