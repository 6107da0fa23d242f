"""The sample's world: organisations, contacts, venues and projects, and their creation.

Everything is keyed by a short name of the sample's own (``"abb"``, ``"kontor"``, ``"stal"``)
that the events refer to; :func:`create_catalog` turns the keys into database ids.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from eventplanner.domain.enums import OrganisationType
from eventplanner.domain.model import Contact, Organisation, Project, Venue
from eventplanner.services.sample.calendar import BERLIN, LOS_ANGELES, STOCKHOLM, add_months
from eventplanner.services.workspace import Workspace

SITE = "https://automationsklustret.se"
LIVE = "https://live.automationsklustret.se"

OWN = "klustret"
"""The key of our own association: the organiser unless an event says otherwise."""

_ORGANISATIONS: Sequence[tuple[str, str, OrganisationType, str, str]] = (
    (OWN, "Automationsklustret Västerås", OrganisationType.OTHER, SITE,
     "Vår egen förening: arrangör av de flesta evenemang."),
    ("abb", "ABB", OrganisationType.MEMBER_COMPANY, "https://new.abb.com/se",
     "Medlem sedan starten; delar ofta monter med oss."),
    ("hitachi", "Hitachi Energy Sweden", OrganisationType.MEMBER_COMPANY,
     "https://www.hitachienergy.com/se", "Medlem; kraftöverföring och elnät."),
    ("westinghouse", "Westinghouse Electric Sweden", OrganisationType.MEMBER_COMPANY,
     "https://www.westinghousenuclear.com", "Medlem; kärnbränslefabriken i Västerås."),
    ("alstom", "Alstom Sverige", OrganisationType.MEMBER_COMPANY, "https://www.alstom.com",
     "Medlem; spårfordon och signalsystem (tidigare Bombardier)."),
    ("mekaniska", "Mälardalens Mekaniska Verkstad AB", OrganisationType.MEMBER_COMPANY,
     "https://malardalensmekaniska.se", "Underleverantör, 45 anställda; deltar i mikrofabriker."),
    ("kopingsautomation", "Köpings Automation AB", OrganisationType.MEMBER_COMPANY,
     "https://kopingsautomation.se", "Systemintegratör, PLC och robotceller."),
    ("robotcell", "Robotcell Väst AB", OrganisationType.MEMBER_COMPANY,
     "https://robotcellvast.se", "Litet robotföretag; delar monter på mässorna."),
    ("malarstal", "Mälarstål AB", OrganisationType.MEMBER_COMPANY, "https://malarstal.se",
     "Stålverk i Bergslagen; pilotföretag i stålprojektet."),
    ("bergslagen", "Bergslagens Specialstål AB", OrganisationType.MEMBER_COMPANY,
     "https://bergslagensspecialstal.se", "Specialstål; deltar i stålprojektets workshoppar."),
    ("vsp", "Västerås Science Park", OrganisationType.PARTNER,
     "https://vasterasscience.com", "Värd för klusterkontoret och studion."),
    ("almi", "Almi Företagspartner Mälardalen", OrganisationType.PARTNER,
     "https://www.almi.se/malardalen", "Medarrangör av kurserna för små och medelstora företag."),
    ("jernkontoret", "Jernkontoret", OrganisationType.PARTNER, "https://www.jernkontoret.se",
     "Stålindustrins branschorganisation; sprider stålprojektets resultat."),
    ("ssc", "Skellefteå Science City", OrganisationType.PARTNER,
     "https://skellefteasciencecity.se", "Partner för affärsnoden i Skellefteå."),
    ("svnode", "Svenska affärsnoden Silicon Valley", OrganisationType.PARTNER,
     "https://svnode.automationsklustret.se", "Vår nod i Palo Alto, nio timmar efter Stockholm."),
    ("mdu", "Mälardalens universitet", OrganisationType.UNIVERSITY_OR_INSTITUTE,
     "https://www.mdu.se", "Projektägare för stålprojektet; kursvärd."),
    ("rise", "RISE Research Institutes of Sweden", OrganisationType.UNIVERSITY_OR_INSTITUTE,
     "https://www.ri.se", "Medförfattare till den nationella rapporten; interoperabilitet."),
    ("kth", "KTH Kungliga Tekniska högskolan", OrganisationType.UNIVERSITY_OR_INSTITUTE,
     "https://www.kth.se", "Medförfattare till den nationella rapporten."),
    ("swerim", "Swerim", OrganisationType.UNIVERSITY_OR_INSTITUTE, "https://www.swerim.se",
     "Metallforskningsinstitut; forskningspartner i stålprojektet."),
    ("vasteras", "Västerås stad", OrganisationType.PUBLIC_SECTOR, "https://www.vasteras.se",
     "Näringslivsenheten är med i styrgruppen."),
    ("region", "Region Västmanland", OrganisationType.PUBLIC_SECTOR,
     "https://regionvastmanland.se", "Regional utveckling; finansierar affärsnoderna."),
    ("hallstahammar", "Hallstahammars kommun", OrganisationType.PUBLIC_SECTOR,
     "https://www.hallstahammar.se", "Kommun med stålindustri; målgrupp i stålprojektet."),
    ("skelleftea", "Skellefteå kommun", OrganisationType.PUBLIC_SECTOR,
     "https://skelleftea.se", "Värdkommun för noden i norr."),
    ("wenstromska", "Wenströmska gymnasiet", OrganisationType.PUBLIC_SECTOR,
     "https://www.vasteras.se/wenstromska", "Teknikgymnasium; skolans röst i stålprojektet."),
    ("vasterasmassan", "Västerås Mässor AB", OrganisationType.TRADE_FAIR_ORGANISER,
     "https://vasterasmassor.se", "Arrangerar Automationsmässan Västerås."),
    ("stockholmsmassan", "Stockholmsmässan", OrganisationType.TRADE_FAIR_ORGANISER,
     "https://www.stockholmsmassan.se", "Industrimässan i Älvsjö."),
    ("elmia", "Elmia", OrganisationType.TRADE_FAIR_ORGANISER, "https://www.elmia.se",
     "Underleverantörsmässan i Jönköping."),
    ("svenskamassan", "Svenska Mässan", OrganisationType.TRADE_FAIR_ORGANISER,
     "https://svenskamassan.se", "Automationsmässan i Göteborg."),
    ("vinnova", "Vinnova", OrganisationType.FUNDER, "https://www.vinnova.se",
     "Finansierar stålprojektet och interoperabilitetsprojektet."),
    ("tillvaxtverket", "Tillväxtverket", OrganisationType.FUNDER,
     "https://tillvaxtverket.se", "Regionalfondsmedel till mikrofabrikerna."),
    ("kks", "KK-stiftelsen", OrganisationType.FUNDER, "https://www.kks.se",
     "Finansierar visualiseringsprojektet med Mälardalens universitet."),
    ("ifmetall", "IF Metall Västmanland", OrganisationType.OTHER,
     "https://www.ifmetall.se", "Fackförbund; civilsamhällets röst i stålprojektet."),
)  # fmt: skip

# PTS reserves 070-174 06 xx for fiction; 555-01xx is the fictional range in North America.
_CONTACTS: Sequence[tuple[str, str, str, str, str]] = (
    ("Åsa Lindqvist", "asa.lindqvist@automationsklustret.example", "+46 70-174 06 01", OWN,
     "Verksamhetsledare"),
    ("Jörgen Öberg", "jorgen.oberg@automationsklustret.example", "+46 70-174 06 02", OWN,
     "Evenemangskoordinator"),
    ("Märta Håkansson", "marta.hakansson@automationsklustret.example", "+46 70-174 06 03", OWN,
     "Projektledare mässor"),
    ("Björn Sjöström", "bjorn.sjostrom@automationsklustret.example", "+46 70-174 06 04", OWN,
     "Utbildningsansvarig"),
    ("Henrik Åberg", "henrik.aberg@abb.example", "+46 70-174 06 11", "abb",
     "Teknikchef"),
    ("Lena Åkesson", "lena.akesson@mdu.example", "+46 70-174 06 21", "mdu",
     "Professor, projektledare för stålprojektet"),
    ("Per Nyström", "per.nystrom@ri.example", "+46 70-174 06 22", "rise",
     "Forskare, industriell interoperabilitet"),
    ("Sofia Bergström", "sofia.bergstrom@vinnova.example", "+46 70-174 06 31", "vinnova",
     "Handläggare"),
    ("Erik Dahlgren", "erik.dahlgren@vasteras.example", "+46 70-174 06 41", "vasteras",
     "Näringslivsutvecklare"),
    ("Annika Söderberg", "annika.soderberg@regionvastmanland.example", "+46 70-174 06 42",
     "region", "Regional utvecklingsdirektör"),
    ("Maria Holmgren", "maria.holmgren@hallstahammar.example", "+46 70-174 06 43",
     "hallstahammar", "Näringslivschef"),
    ("Fredrik Löfgren", "fredrik.lofgren@wenstromska.example", "+46 70-174 06 44",
     "wenstromska", "Studie- och yrkesvägledare"),
    ("Göran Karlsson", "goran.karlsson@ifmetall.example", "+46 70-174 06 51", "ifmetall",
     "Ombudsman"),
    ("Lotta Wallin", "lotta.wallin@stockholmsmassan.example", "+46 70-174 06 61",
     "stockholmsmassan", "Utställarservice"),
    ("Niklas Frösén", "niklas.frosen@elmia.example", "+46 70-174 06 62", "elmia",
     "Projektledare Underleverantörsmässan"),
    ("Elin Marklund", "elin.marklund@skellefteasciencecity.example", "+46 70-174 06 71", "ssc",
     "Nodansvarig Skellefteå"),
    ("Karl Strömberg", "karl.stromberg@automationsklustret.example", "+1 650-555-0142", "svnode",
     "Nodansvarig Silicon Valley"),
    ("Priya Raman", "priya.raman@svnode.automationsklustret.example", "+1 650-555-0143", "svnode",
     "Investerarkontakter, Palo Alto"),
    ("Daniel Okafor", "daniel.okafor@svnode.automationsklustret.example", "+1 408-555-0157",
     "svnode", "Rådgivare för unga bolag, San José"),
)  # fmt: skip

_VENUES: Sequence[Venue] = (
    Venue(None, "Klusterkontoret, Västerås Science Park", "Kopparbergsvägen 10, 722 13 Västerås",
          "Västerås", "Sverige", STOCKHOLM, 30, "Mötesrum och kursrum på plan 3."),
    Venue(None, "Studion, Västerås Science Park", "Kopparbergsvägen 10, 722 13 Västerås",
          "Västerås", "Sverige", STOCKHOLM, 40,
          "Sändningsstudio: Scen 1 med publik, Scen 2 digital. Teknik bokas via VSP."),
    Venue(None, "Mikrofabriken, Kopparlunden", "Kopparlunden, 722 13 Västerås", "Västerås",
          "Sverige", STOCKHOLM, 80, "Demonstrationsmiljö för mikrofabriker."),
    Venue(None, "Mälardalens universitet, Campus Västerås", "Universitetsplan 1, 722 20 Västerås",
          "Västerås", "Sverige", STOCKHOLM, 120, "Hörsal Beta och grupprum i U-huset."),
    Venue(None, "Västerås Mässcenter", "Mässgatan 1, 721 30 Västerås", "Västerås", "Sverige",
          STOCKHOLM, 4000, "Hall A; lastkaj på baksidan, inlastning från 07:00."),
    Venue(None, "Folkets hus, Västerås", "Folkets husgatan 3, 722 15 Västerås", "Västerås",
          "Sverige", STOCKHOLM, 150, "Stora salen."),
    Venue(None, "Wenströmska gymnasiet", "Stålgatan 6, 722 13 Västerås", "Västerås", "Sverige",
          STOCKHOLM, 90, "Aulan; kontakt via studie- och yrkesvägledaren."),
    Venue(None, "Kommunhuset, Hallstahammar", "Stadshusgatan 1, 734 80 Hallstahammar",
          "Hallstahammar", "Sverige", STOCKHOLM, 60, "Sessionssalen."),
    Venue(None, "Mälarstål, verket i Surahammar", "Bruksgatan 4, 735 35 Surahammar",
          "Surahammar", "Sverige", STOCKHOLM, 25, "Skyddsutrustning lånas ut vid entrén."),
    Venue(None, "Stockholmsmässan", "Mässvägen 1, 125 80 Älvsjö", "Stockholm", "Sverige",
          STOCKHOLM, None, "Hall C; utställaringång 3."),
    Venue(None, "IVA Konferenscenter", "Grev Turegatan 16, 114 46 Stockholm", "Stockholm",
          "Sverige", STOCKHOLM, 200, "Wallenbergsalen; sändningsteknik finns på plats."),
    Venue(None, "Elmia", "Elmiavägen, 554 54 Jönköping", "Jönköping", "Sverige", STOCKHOLM,
          None, "Hall D; utställarparkering P2."),
    Venue(None, "Svenska Mässan", "Mässans gata 20, 412 51 Göteborg", "Göteborg", "Sverige",
          STOCKHOLM, None, "Hall B."),
    Venue(None, "Campus Skellefteå", "Kanalgatan 75, 931 77 Skellefteå", "Skellefteå",
          "Sverige", STOCKHOLM, 80, "Affärsnodens lokaler; kontakt Elin Marklund."),
    Venue(None, "Svenska affärsnoden, Palo Alto", "228 Hamilton Avenue, Palo Alto, CA 94301",
          "Palo Alto", "USA", LOS_ANGELES, 40,
          "Nio timmar efter Stockholm (åtta några veckor vår och höst, när bara USA bytt "
          "till sommartid)."),
    Venue(None, "Messegelände Hannover", "Messegelände, 30521 Hannover", "Hannover",
          "Tyskland", BERLIN, None, "Hannover Messe; samma tidszon som Stockholm."),
)  # fmt: skip

_VENUE_KEYS = (
    "kontor", "studio", "mikrofabrik", "mdu", "masscenter", "folketshus", "wenstromska",
    "hallstahammar", "malarstal", "stockholmsmassan", "iva", "elmia", "svenskamassan",
    "skelleftea", "paloalto", "hannover",
)  # fmt: skip


_PROJECTS: Sequence[tuple[str, str, str, int, int, str]] = (
    ("mikro", "Mikrofabriker i Mälardalen", "tillvaxtverket", -14, 36,
     "Små, flexibla produktionsenheter nära kunden. Demonstrator i Kopparlunden, "
     "pilotföretag bland medlemmarna och erfarenhetsutbyte med Skellefteå."),
    ("interop", "Interoperabla automationssystem", "vinnova", -10, 24,
     "OPC UA och förvaltningsskal (AAS) i praktiken: maskiner från olika leverantörer "
     "som förstår varandra. Tillsammans med RISE."),
    ("visual", "Visualisering av produktionsdata", "kks", -6, 24,
     "Digitala tvillingar, VR och instrumentpaneler för operatörer och ledning, med "
     "Mälardalens universitet."),
    ("stal", "Stålindustrins digitalisering – från forskning till praktik", "vinnova",
     -9, 27,
     "Forskningsspridning: Mälardalens universitet för resultaten om digitalisering i "
     "stålindustrin ut till kommuner, skolor, fack och företag genom seminarier och "
     "workshoppar. Rapporteras till Vinnova: vad som hölls och vilka som nåddes."),
    ("noder", "Affärsnoder i Skellefteå och Silicon Valley", "region", -20, 48,
     "Noder som öppnar dörrar för medlemsföretagen: batteriindustrin i norr och "
     "teknikmarknaden i Kalifornien."),
    ("smf", "Kompetenslyft för små och medelstora företag", "region", -4, 24,
     "Behovsanpassade kurser och utbildningen i intraprenörskap, med Almi."),
)  # fmt: skip
"""Key, name, funder's key, first month (from this month) and length in months, description."""


@dataclass(frozen=True, slots=True)
class Catalog:
    """The database ids of what :func:`create_catalog` made, by the sample's keys."""

    organisations: dict[str, int]
    venues: dict[str, int]
    projects: dict[str, int]
    contacts: int
    """How many contacts were made (the events never refer to one)."""


def create_catalog(workspace: Workspace, today: date) -> Catalog:
    """Create the organisations, contacts, venues and projects; projects run around ``today``."""
    organisations: dict[str, int] = {}
    for key, name, kind, web_page, notes in _ORGANISATIONS:
        created = workspace.organisations.create(Organisation(None, name, kind, web_page, notes))
        assert created.id is not None
        organisations[key] = created.id
    contacts = 0
    for name, email, phone, org, title in _CONTACTS:
        workspace.contacts.create(Contact(None, name, email, phone, organisations[org], title))
        contacts += 1
    venues: dict[str, int] = {}
    for key, venue in zip(_VENUE_KEYS, _VENUES, strict=True):
        made = workspace.venues.create(venue)
        assert made.id is not None
        venues[key] = made.id
    month = date(today.year, today.month, 1)
    projects: dict[str, int] = {}
    for key, name, funder, start, months, description in _PROJECTS:
        begin = add_months(month, start)
        end = add_months(begin, months) - timedelta(days=1)
        project = workspace.projects.create(
            Project(None, name, organisations[funder], begin, end, description)
        )
        assert project.id is not None
        projects[key] = project.id
    return Catalog(organisations, venues, projects, contacts)
