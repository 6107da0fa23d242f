"""The sample's participants: the people who register for the cluster's events, and the
organisations they come from, each with its identity as funders count it.

Every organisation gets its actor type (industry, academia, research institute, public
sector, civil society, other), a company its size (SME or large), and a fictitious
organisation number that passes the Luhn check (``domain.organisation_numbers``), so that
reach counts each one once; two come from abroad (a Silicon Valley partner of the node in
Palo Alto and a Finnish robotics company), with their own registries' identifiers. The
people are made from lists of Swedish (and a few American and Finnish) names with a fixed
seed: the same sample every time. Written with bulk inserts: the sample is built in tests
and in the wheel's check.
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import bindparam, insert, select, update
from sqlalchemy.orm import Session

from eventplanner.domain.enums import ActorType, CompanySize, OrganisationType
from eventplanner.domain.organisation_numbers import luhn_digit
from eventplanner.persistence.schema import ContactRow, OrganisationRow
from eventplanner.services.sample.catalog import OWN, Catalog

IND, ACA, RES, PUB, CIV, OTH = (
    ActorType.INDUSTRY, ActorType.ACADEMIA, ActorType.RESEARCH_INSTITUTE,
    ActorType.PUBLIC_SECTOR, ActorType.CIVIL_SOCIETY, ActorType.OTHER,
)  # fmt: skip
SME, LARGE = CompanySize.SME, CompanySize.LARGE

_KNOWN: dict[str, tuple[ActorType, CompanySize | None, str, int]] = {
    OWN: (OTH, None, "automationsklustret.example", 0),
    "abb": (IND, LARGE, "abb.example", 9), "hitachi": (IND, LARGE, "hitachienergy.example", 6),
    "westinghouse": (IND, LARGE, "westinghouse.example", 4),
    "alstom": (IND, LARGE, "alstomgroup.example", 4),
    "mekaniska": (IND, SME, "malardalensmekaniska.example", 4),
    "kopingsautomation": (IND, SME, "kopingsautomation.example", 3),
    "robotcell": (IND, SME, "robotcellvast.example", 3),
    "malarstal": (IND, LARGE, "malarstal.example", 6),
    "bergslagen": (IND, SME, "bergslagensspecialstal.example", 4),
    "vsp": (OTH, None, "vasterasscience.example", 2), "almi": (PUB, None, "almi.example", 2),
    "jernkontoret": (CIV, None, "jernkontoret.example", 2),
    "ssc": (PUB, None, "skellefteasciencecity.example", 0),
    "svnode": (OTH, None, "svnode.automationsklustret.example", 0),
    "mdu": (ACA, None, "mdu.example", 7), "rise": (RES, None, "ri.example", 4),
    "kth": (ACA, None, "kth.example", 3),
    "swerim": (RES, None, "swerim.example", 3), "vasteras": (PUB, None, "vasteras.example", 6),
    "region": (PUB, None, "regionvastmanland.example", 4),
    "hallstahammar": (PUB, None, "hallstahammar.example", 5),
    "skelleftea": (PUB, None, "skelleftea.example", 3),
    "wenstromska": (PUB, None, "wenstromska.example", 6),
    "vasterasmassan": (OTH, None, "vasterasmassor.example", 0),
    "stockholmsmassan": (OTH, None, "stockholmsmassan.example", 0),
    "elmia": (OTH, None, "elmia.example", 0),
    "svenskamassan": (OTH, None, "svenskamassan.example", 0),
    "vinnova": (PUB, None, "vinnova.example", 1),
    "tillvaxtverket": (PUB, None, "tillvaxtverket.example", 1),
    "kks": (OTH, None, "kks.example", 1),
    "ifmetall": (CIV, None, "ifmetall.example", 6),
}  # fmt: skip
"""The catalogue's organisations: actor type, size, e-mail domain and how many of their
people take part in events (beside the catalogue's own contacts). Every domain is one of
RFC 2606's reserved ``.example`` names, one for each organisation: a demo's mailto links and
copied addresses can reach no one."""

# Key, name, type, actor type, size, country, e-mail domain, people, notes.
_NEW: Sequence[tuple[str, str, OrganisationType, ActorType, CompanySize | None, str, str,
                     int, str]] = (
    ("volvoce", "Volvo Construction Equipment Eskilstuna", OrganisationType.MEMBER_COMPANY, IND,
     LARGE, "SE", "volvoce.example", 5, "Medlem; automatiserad montering."),
    ("northvolt", "Mälarbatteri AB", OrganisationType.MEMBER_COMPANY, IND, LARGE, "SE",
     "malarbatteri.example", 4, "Battericellsfabrik; följer noden i Skellefteå."),
    ("sandvik", "Sandviken Precision Tools AB", OrganisationType.MEMBER_COMPANY, IND, LARGE,
     "SE", "sandvikenprecision.example", 4, "Skärande verktyg; medlem sedan 2019."),
    ("kolsva", "Kolsva Plåtbearbetning AB", OrganisationType.MEMBER_COMPANY, IND, SME, "SE",
     "kolsvaplat.example", 3, "Legotillverkare, 28 anställda."),
    ("arboga", "Arboga Hydraulik AB", OrganisationType.MEMBER_COMPANY, IND, SME, "SE",
     "arbogahydraulik.example", 3, "Hydraulsystem till gruvmaskiner."),
    ("sala", "Sala Styrsystem AB", OrganisationType.MEMBER_COMPANY, IND, SME, "SE",
     "salastyrsystem.example", 3, "PLC och SCADA för vattenverk."),
    ("fagersta", "Fagersta Valsverk AB", OrganisationType.MEMBER_COMPANY, IND, SME, "SE",
     "fagerstavalsverk.example", 3, "Valsverk; pilotföretag i stålprojektet."),
    ("surahammar", "Surahammars Bruksteknik AB", OrganisationType.MEMBER_COMPANY, IND, SME, "SE",
     "bruksteknik.example", 3, "Underhållstjänster till stålverken."),
    ("eskilstuna", "Eskilstuna Visionsystem AB", OrganisationType.MEMBER_COMPANY, IND, SME, "SE",
     "visionsystem.example", 2, "Maskinseende för kvalitetskontroll."),
    ("enkoping", "Enköpings Elautomatik AB", OrganisationType.MEMBER_COMPANY, IND, SME, "SE",
     "elautomatik.example", 2, "Elkonstruktion och styrskåp."),
    ("digitwin", "Digitwin Mälardalen AB", OrganisationType.MEMBER_COMPANY, IND, SME, "SE",
     "digitwin.example", 2, "Startup: digitala tvillingar för små fabriker."),
    ("cobotik", "Cobotik Sverige AB", OrganisationType.MEMBER_COMPANY, IND, SME, "SE",
     "cobotik.example", 2, "Samarbetande robotar; vann pitchtävlingen."),
    ("koping", "Köpings kommun", OrganisationType.PUBLIC_SECTOR, PUB, None, "SE",
     "koping.example", 3, "Näringslivskontoret."),
    ("arbetsformedlingen", "Arbetsförmedlingen Västerås", OrganisationType.PUBLIC_SECTOR, PUB,
     None, "SE", "arbetsformedlingen.example", 2, "Kompetensförsörjning och omställning."),
    ("rudbeck", "Rudbeckianska gymnasiet", OrganisationType.PUBLIC_SECTOR, PUB, None, "SE",
     "rudbeckianska.example", 3, "Teknikprogrammet."),
    ("hallsta", "Hallstahammars tekniska gymnasium", OrganisationType.PUBLIC_SECTOR, PUB, None,
     "SE", "hallstatekniska.example", 3, "Industritekniska programmet."),
    ("uu", "Uppsala universitet", OrganisationType.UNIVERSITY_OR_INSTITUTE, ACA, None, "SE",
     "uu.example", 2, "Forskargrupp i reglerteknik."),
    ("teknikcollege", "Teknikcollege Västmanland", OrganisationType.OTHER, CIV, None, "SE",
     "teknikcollege.example", 2, "Samverkan mellan skolor och företag."),
    ("unionen", "Unionen Västmanland", OrganisationType.OTHER, CIV, None, "SE",
     "unionen.example", 2, "Tjänstemännens fack."),
    ("ingenjorer", "Föreningen Unga Ingenjörer i Mälardalen", OrganisationType.OTHER, CIV, None,
     "SE", "ungaingenjorer.example", 3, "Ideell förening för ingenjörer i början av karriären."),
    ("teknikens", "Teknikens Hus Västerås", OrganisationType.OTHER, CIV, None, "SE",
     "teknikenshus.example", 2, "Science center för barn och unga."),
    ("bayauto", "Bay Area Automation Partners Inc.", OrganisationType.PARTNER, IND, SME, "US",
     "bayautomation.example", 4, "Partner till noden i Silicon Valley; Palo Alto."),
    ("oulu", "Oulun Robotiikka Oy", OrganisationType.MEMBER_COMPANY, IND, SME, "FI",
     "oulunrobotiikka.example", 2, "Finsk robotintegratör; medlem via nätverket i norr."),
)  # fmt: skip
_FOREIGN_IDS = {"bayauto": "EIN 94-3172658", "oulu": "2958416-9"}
"""A US employer identification number and a Finnish business ID (Y-tunnus, its check digit
right), as fictitious as the Swedish numbers."""

_PREFIX = {
    ActorType.INDUSTRY: "5569",
    ActorType.ACADEMIA: "2021",
    ActorType.RESEARCH_INSTITUTE: "5565",
    ActorType.PUBLIC_SECTOR: "2120",
    ActorType.CIVIL_SOCIETY: "8020",
    ActorType.OTHER: "8024",
}
"""The first digits of the fictitious numbers: 55… a company, 2021… a state body, 2120… a
municipality or region, 802… an association or foundation (as the Swedish series go)."""

_TITLES: dict[ActorType, Sequence[str]] = {
    IND: ("Produktionschef", "Automationsingenjör", "Underhållschef", "VD", "Inköpare",
        "Utvecklingsingenjör", "Kvalitetschef", "Försäljningschef", "Operatör"),
    ACA: ("Doktorand", "Universitetslektor", "Forskare", "Samverkansrådgivare", "Professor"),
    RES: ("Forskare", "Projektledare", "Senior forskare"),
    PUB: ("Näringslivsutvecklare", "Lärare", "Studie- och yrkesvägledare", "Handläggare",
        "Enhetschef", "Politiker, kommunstyrelsen"),
    CIV: ("Ordförande", "Ombudsman", "Skyddsombud", "Verksamhetsledare", "Styrelseledamot"),
    OTH: ("Projektledare", "Affärsutvecklare", "Kommunikatör"),
}  # fmt: skip
_FIRST = (
    "Anna", "Eva", "Maria", "Karin", "Sara", "Kristina", "Lena", "Emma", "Ingrid", "Johanna",
    "Malin", "Linnea", "Elsa", "Frida", "Helena", "Cecilia", "Ida", "Maja", "Ebba", "Astrid",
    "Lars", "Mikael", "Anders", "Johan", "Erik", "Per", "Karl", "Peter", "Thomas", "Jan",
    "Daniel", "Fredrik", "Mattias", "Magnus", "Andreas", "Stefan", "Oskar", "Viktor", "Emil",
    "Ali", "Amir", "Leyla", "Yusuf", "Nadia", "Sven", "Åke", "Örjan", "Gunnel",
)  # fmt: skip
_LAST = (
    "Andersson", "Johansson", "Karlsson", "Nilsson", "Eriksson", "Larsson", "Olsson",
    "Persson", "Svensson", "Gustafsson", "Pettersson", "Jonsson", "Jansson", "Hansson",
    "Bengtsson", "Jönsson", "Lindberg", "Jakobsson", "Magnusson", "Lindström", "Olofsson",
    "Lindqvist", "Lindgren", "Berg", "Axelsson", "Bergström", "Lundberg", "Lind", "Lundgren",
    "Mattsson", "Berglund", "Fredriksson", "Sandberg", "Henriksson", "Forsberg", "Sjöberg",
    "Wallin", "Engström", "Eklund", "Danielsson", "Håkansson", "Lundin", "Björk", "Åström",
    "Öhman", "Hassan", "Yilmaz", "Nyberg",
)  # fmt: skip
_ABROAD = {
    "US": (("Emily", "Michael", "Jessica", "David", "Ashley", "Kevin", "Sarah", "Brian"),
           ("Nguyen", "Garcia", "Patel", "Johnson", "Chen", "Miller", "Rodriguez", "Kim")),
    "FI": (("Mikko", "Aino", "Juha", "Sanna", "Ville", "Laura"),
           ("Virtanen", "Korhonen", "Mäkinen", "Nieminen", "Heikkinen", "Laine")),
}  # fmt: skip
_NEEDS = (
    "Vegetarisk kost", "Vegansk kost", "Glutenfri kost", "Laktosfri kost", "Nötallergi",
    "Vegetarisk; laktosintolerant", "Rullstol: behöver plats utan trappor",
    "Hörslinga i salen", "Fiskallergi", "Halal",
)  # fmt: skip
NEEDS_EVERY = 7
"""One person in this many has a dietary or access need (given on their registrations)."""
SEED = 16
"""The seed of the sample's people: issue 16, the issue that brought them."""


@dataclass(frozen=True, slots=True)
class Person:
    """A participant as the registrations choose them: id, actor type, size, country."""

    id: int
    actor: ActorType
    size: CompanySize | None
    country: str
    organisation: str
    """The sample's key of their organisation."""
    needs: str


def add_people(session: Session, catalog: Catalog) -> tuple[list[Person], int]:
    """Give the catalogue's organisations their identities, add the participants'
    organisations and their people; returns the people and how many organisations were
    made."""
    keys = dict(catalog.organisations)
    numbers = _numbers()
    session.connection().execute(
        update(OrganisationRow).where(OrganisationRow.id == bindparam("b_id"))
        .values(org_number=bindparam("b_number"), actor_type=bindparam("b_actor"),
                size=bindparam("b_size")),
        [{"b_id": keys[key], "b_number": _number(numbers, actor), "b_actor": actor.value,
          "b_size": size.value if size else None}
         for key, (actor, size, _domain, _people) in _KNOWN.items() if key in keys],
    )  # fmt: skip
    session.execute(
        insert(OrganisationRow),
        [{"name": name, "type": kind.value, "web_page": f"https://{domain}", "notes": notes,
          "org_number": _FOREIGN_IDS.get(key) or _number(numbers, actor), "country": country,
          "size": size.value if size else None, "actor_type": actor.value, "version": 1}
         for key, name, kind, actor, size, country, domain, _people, notes in _NEW],
    )  # fmt: skip
    made = dict(
        session.execute(
            select(OrganisationRow.name, OrganisationRow.id).where(
                OrganisationRow.name.in_([n[1] for n in _NEW])
            )
        ).all()
    )
    keys.update({key: made[name] for key, name, *_rest in _NEW})
    wanted = [
        (key, actor, size, "SE", domain, people)
        for key, (actor, size, domain, people) in _KNOWN.items()
        if people
    ]
    wanted += [(key, actor, size, country, domain, people)
               for key, _n, _k, actor, size, country, domain, people, _notes in _NEW]  # fmt: skip
    chance = random.Random(SEED)
    rows: list[dict[str, object]] = []
    names: list[str] = []
    taken = set(session.scalars(select(ContactRow.name)))
    for key, actor, _size, country, domain, count in wanted:
        first, last = _ABROAD.get(country, (_FIRST, _LAST))
        for _ in range(count):
            name = f"{chance.choice(first)} {chance.choice(last)}"
            while name in taken:
                name = f"{chance.choice(first)} {chance.choice(last)}"
            taken.add(name)
            names.append(name)
            rows.append({
                "name": name, "email": f"{_address(name)}@{domain}", "phone": "",
                "organisation_id": keys[key], "title": chance.choice(_TITLES[actor]),
                "version": 1,
            })  # fmt: skip
    session.execute(insert(ContactRow), rows)
    ids = dict(
        session.execute(
            select(ContactRow.name, ContactRow.id).where(ContactRow.name.in_(names))
        ).all()
    )
    people = []
    index = 0
    for key, actor, size, country, _domain, count in wanted:
        for name in names[index : index + count]:
            needs = _NEEDS[index // NEEDS_EVERY % len(_NEEDS)] if index % NEEDS_EVERY == 3 else ""
            people.append(Person(ids[name], actor, size, country, key, needs))
            index += 1
    return people, len(_NEW)


def _numbers() -> dict[ActorType, int]:
    return dict.fromkeys(_PREFIX, 0)


def _number(counters: dict[ActorType, int], actor: ActorType) -> str:
    """The next fictitious organisation number of ``actor``'s series, its check digit right."""
    counters[actor] += 1
    digits = f"{_PREFIX[actor]}{(counters[actor] * 7919 + 1031) % 100_000:05d}"
    return f"{digits[:6]}-{digits[6:]}{luhn_digit(digits)}"


def _address(name: str) -> str:
    plain = name.lower().translate(str.maketrans("åäöé ", "aaoe."))
    return plain


__all__ = ["Person", "add_people"]
