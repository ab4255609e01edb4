"""What every part of the generator shares: the city, the ground truth record type, and ``Context.fill``, which
writes one customer record into a template and plants each confidential value it wrote."""
from __future__ import annotations

import random
import string
from dataclasses import dataclass, field

from .phrasing import FIELD_CATEGORY, Phrasing
from .population import ACCOUNT_SHAPES_ANYWHERE, ACCOUNT_SHAPES_LABELLED, Person, Population

NAME_STYLES = {"plain": 50, "middle": 15, "titled": 8, "last_first": 12, "upper": 8, "upper_last_first": 5,
               "upper_no_comma": 2}
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December")
POSITIONS = ("Maintenance Worker II", "Account Clerk", "Customer Service Representative", "Meter Reader",
             "Senior Accountant", "Recreation Leader", "Police Records Specialist", "Utility Billing Technician",
             "Equipment Mechanic", "Administrative Assistant", "Building Inspector I", "Librarian")
DEPARTMENTS = ("Public Works", "Finance", "Community Services", "Police", "Utilities", "Development Services",
               "Library", "Human Resources")
ACTIONS = ("administrative leave", "resignation", "retirement", "step increase", "transfer", "probation release")
# SCE territory: (region, area codes, ZIP prefix)
REGIONS = (("Inland Empire", ("909", "951"), "917"), ("Inland Empire", ("909", "951"), "923"),
           ("Riverside County", ("951",), "925"), ("High Desert", ("760", "442"), "923"),
           ("San Gabriel Valley", ("626",), "917"), ("Gateway Cities", ("562",), "906"),
           ("Antelope Valley", ("661",), "935"), ("Ventura County", ("805",), "930"),
           ("Coachella Valley", ("760", "442"), "922"))


@dataclass(frozen=True)
class Planted:
    """One confidential value written on the site: the ground truth the scorer compares findings with."""
    path: str  # the file, relative to the site root
    category: str  # README categories: customer_name, address, phone, email, account_number, ssn, ...
    value: str  # as written in the file
    hiding_place: str


@dataclass(frozen=True)
class City:
    name: str
    program: str  # the community choice energy program
    acronym: str
    domain: str
    program_domain: str
    zip_code: str
    area_codes: tuple[str, ...]
    region: str
    hall_address: str
    main_phone: str


@dataclass
class Context:
    """One site being generated: its RNG, people, words, city, and the values planted so far."""
    rng: random.Random
    phrasing: Phrasing
    pop: Population
    city: City
    planted: list[Planted] = field(default_factory=list)

    # -- public filler ---------------------------------------------------------------------------------
    def date(self) -> str:
        rng = self.rng
        month, day, year = rng.randint(1, 12), rng.randint(1, 28), rng.choice((2024, 2025))
        return rng.choice([f"{month}/{day}/{year}", f"{MONTHS[month - 1]} {day}, {year}",
                           f"{MONTHS[month - 1][:3]}. {day}, {year}", f"{year}-{month:02d}-{day:02d}"])

    def amount(self) -> str:
        return f"${self.rng.randint(20, 2400):,}.{self.rng.randint(0, 99):02d}"

    def staff_name(self) -> str:
        """A staff member's name: public wherever it appears (Latin-1, so that it fits any document)."""
        while not _fits(name := self.pop.person().written("plain"), "latin-1"):
            pass
        return name

    def city_phone(self) -> str:
        """A City department's number: same exchange as City Hall."""
        area, exchange = self.city.main_phone[1:4], self.city.main_phone[6:9]
        return f"({area}) {exchange}-{self.rng.randint(1000, 9999)}"

    def filler(self) -> dict[str, str]:
        rng, city = self.rng, self.city
        return {
            "date": self.date(), "month": rng.choice(MONTHS), "amount": self.amount(), "amount2": self.amount(),
            "case": f"{rng.choice(['CS', 'TKT', 'INC', 'CR'])}-{rng.randint(2024, 2025)}-{rng.randint(100, 99999):05d}",
            "program": city.program, "acr": city.acronym, "household": str(rng.randint(1, 8)),
            "item": f"{rng.randint(3, 9)}.{rng.randint(1, 6)}", "domain": city.domain,
            "clerk_mail": f"cityclerk@{city.domain}", "staff": self.staff_name(), "staff2": self.staff_name(),
            "approver": self.staff_name(), "position": rng.choice(POSITIONS), "department": rng.choice(DEPARTMENTS),
            "action": rng.choice(ACTIONS), "kw": f"{rng.uniform(3, 12):.1f}", "city": city.name,
        }

    # -- records ---------------------------------------------------------------------------------------
    def account(self, labelled: bool) -> str:
        rng = self.rng
        shapes = ACCOUNT_SHAPES_ANYWHERE + (ACCOUNT_SHAPES_LABELLED if labelled else ())
        shape = rng.choice(shapes)
        prefix = rng.choice((self.city.acronym, *self.phrasing.account_prefixes))
        return self.pop.account(shape, prefix)

    def fill(self, template: str, path: str, place: str, *, person: Person | None = None, encodable: str = "",
             name_style: str | None = None, plant: bool = True) -> str:
        """``template`` with one fresh customer's values; every confidential field written is planted (unless
        ``plant`` is false: a public speaker or a stand-in). ``encodable`` names a codec the text must fit."""
        fields = {f for _, f, _, _ in string.Formatter().parse(template) if f}
        while True:
            person = person or self.pop.person()
            if not encodable or _fits(f"{person.given} {person.middle} {person.surname}", encodable):
                break
            person = None
        rng = self.rng
        style = name_style or rng.choices(list(NAME_STYLES), weights=list(NAME_STYLES.values()))[0]
        values = self.filler()
        values.update({
            "acct_label": rng.choice(self.phrasing.acct_labels).format(acr=self.city.acronym),
            "ssn_label": rng.choice(self.phrasing.ssn_labels),
            "itin_label": rng.choice(self.phrasing.itin_labels),
            "phone_label": rng.choice(self.phrasing.phone_labels),
        })
        makers = {
            "name": lambda: person.written(style), "address": self.pop.street_address,
            "phone": self.pop.phone, "email": lambda: self.pop.email(person),
            "account": lambda: self.account(labelled=True), "sce_account": lambda: self.account(labelled=False),
            "usage": self.pop.usage, "usage2": self.pop.usage, "kwh": self.pop.kwh,
            "ssn": lambda: self.pop.ssn(rng.choice(("dashed", "dashed", "spaced", "bare"))),
            "itin": lambda: self.pop.itin(rng.choice(("dashed", "dashed", "spaced", "bare"))),
        }
        for name in sorted(fields & set(makers)):
            values[name] = makers[name]()
            if plant:
                self.planted.append(Planted(path, FIELD_CATEGORY[name], values[name], place))
        return template.format(**values)


def _fits(text: str, codec: str) -> bool:
    try:
        text.encode(codec)
    except UnicodeEncodeError:
        return False
    return True
