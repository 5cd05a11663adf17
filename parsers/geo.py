"""Places named in trade news, and the region code that prefixes metric keys.

The domain's figures are about the world, a few economic blocs, countries (the main trading ones
with the names and demonyms news uses, the others under their ISO names), and China's provinces and
large cities.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import pycountry

from parsers import folding
from parsers.alternation import compiled, gathered_words

# name -> (aliases and demonyms, region code used in metric keys)
PLACES: dict[str, tuple[tuple[str, ...], str]] = {
    "World": (("global", "globally", "worldwide", "the world", "world's", "world"), "world"),
    "EU": (("EU", "European Union", "the bloc", "bloc's", "European"), "eu"),
    "Europe": (("Europe",), "europe"),
    "Developing economies": (
        ("developing economies", "developing countries", "developing nations"),
        "developing",
    ),
    "Developed economies": (
        ("developed economies", "developed countries", "advanced economies"),
        "developed",
    ),
    "Developing Asia": (("developing Asia",), "developing_asia"),
    "Least-developed countries": (("least-developed countries", "least developed countries", "LDCs"), "ldc"),
    "ASEAN": (("ASEAN", "Southeast Asia", "Southeast Asian", "South-East Asia"), "asean"),
    "GCC": (("GCC", "Gulf Cooperation Council", "Gulf states", "Gulf Arab states"), "gcc"),
    "Eurasian Economic Union": (("Eurasian Economic Union", "EAEU"), "eaeu"),
    "Mercosur": (("Mercosur", "MERCOSUR"), "mercosur"),
    "CPTPP": (
        ("CPTPP", "Comprehensive and Progressive Agreement for Trans-Pacific Partnership"),
        "cptpp",
    ),
    "RCEP": (("RCEP", "Regional Comprehensive Economic Partnership"), "rcep"),
    "CARICOM": (("CARICOM", "Caricom", "Caribbean Community"), "caricom"),
    "CARIFORUM": (("CARIFORUM", "Cariforum"), "cariforum"),
    "EAC": (("EAC", "East African Community"), "eac"),
    "SADC": (("SADC", "Southern African Development Community"), "sadc"),
    "ECOWAS": (("ECOWAS", "Economic Community of West African States"), "ecowas"),
    "WAEMU": (("WAEMU", "UEMOA", "West African Economic and Monetary Union"), "waemu"),
    "COMESA": (("COMESA", "Common Market for Eastern and Southern Africa"), "comesa"),
    "Latin America and the Caribbean": (("Latin America and the Caribbean",), "lac"),
    "Caribbean": (("Caribbean",), "caribbean"),
    "Sub-Saharan Africa": (("Sub-Saharan Africa", "sub-Saharan Africa", "Sub-Saharan African"), "ssa"),
    "Africa": (("Africa", "African", "AfCFTA"), "africa"),
    "Asia-Pacific": (("Asia-Pacific", "APEC"), "apac"),
    "Latin America": (("Latin America", "Latin American"), "latam"),
    # (the parts of continents the press names as one market, before the continent's name inside them
    # reads as the continent or, "America", as the United States)
    "Central America": (("Central America", "Central American"), "central_america"),
    "South America": (("South America", "South American"), "south_america"),
    "Southern Cone": (("Southern Cone",), "southern_cone"),
    "West Africa": (("West Africa", "West African"), "west_africa"),
    "East Africa": (("East Africa", "East African"), "east_africa"),
    "North Africa": (("North Africa", "North African"), "north_africa"),
    "Central and Eastern Europe": (("Central and Eastern Europe", "Central and East European"), "cee"),
    "Western Balkans": (("Western Balkans",), "western_balkans"),
    "East Asia": (("East Asia", "East Asian"), "east_asia"),
    "Central Asia": (("Central Asia", "Central Asian"), "central_asia"),
    "South Asia": (("South Asia", "South Asian"), "south_asia"),
    "Asia": (("Asia", "Asian"), "asia"),
    "Middle East": (("Middle East",), "mideast"),
    "Nordic countries": (("Nordic countries", "Nordics", "Nordic region", "Nordic"), "nordic"),
    "Pacific Islands": (
        (
            "Pacific Islands",
            "Pacific Island countries",
            "Pacific island countries",
            "Pacific Island nations",
            "Pacific island nations",
            "Pacific Island states",
            "Pacific island states",
        ),
        "pacific_islands",
    ),
    "North America": (("North America", "North American"), "namerica"),
    "China": (("China", "Chinese", "PRC", "Chinese mainland", "the mainland"), "cn"),
    "United States": (("United States", "US", "U.S.", "USA", "America", "American"), "us"),
    "India": (("India", "Indian"), "in"),
    "Malaysia": (("Malaysia", "Malaysian"), "my"),
    "Singapore": (("Singapore", "Singaporean"), "sg"),
    "Indonesia": (("Indonesia", "Indonesian"), "id"),
    "Vietnam": (("Vietnam", "Viet Nam", "Vietnamese"), "vn"),
    "Thailand": (("Thailand", "Thai"), "th"),
    "Philippines": (("Philippines", "Philippine", "Filipino"), "ph"),
    "Japan": (("Japan", "Japanese"), "jp"),
    "South Korea": (("South Korea", "Korea", "Korean", "ROK"), "kr"),
    "United Kingdom": (
        ("United Kingdom", "UK", "U.K.", "Britain", "British"),
        "uk",
    ),  # the code news and statistics use, not ISO's GB
    "Germany": (("Germany", "German"), "de"),
    "France": (("France", "French"), "fr"),
    "Russia": (("Russia", "Russian"), "ru"),
    "Brazil": (("Brazil", "Brazilian"), "br"),
    "Australia": (("Australia", "Australian"), "au"),
    "Canada": (("Canada", "Canadian"), "ca"),
    "Hong Kong": (("Hong Kong", "HKSAR", "Hong Kong SAR"), "hk"),
    "Saudi Arabia": (("Saudi Arabia", "Saudi"), "sa"),
    "United Arab Emirates": (("United Arab Emirates", "UAE"), "ae"),
    "Kenya": (("Kenya", "Kenyan"), "ke"),
    "Nigeria": (("Nigeria", "Nigerian"), "ng"),
    "South Africa": (("South Africa", "South African"), "za"),
    "Taiwan": (("Taiwan", "Taiwanese"), "tw"),
    "Macao": (("Macao", "Macau", "Macao SAR", "MSAR"), "mo"),
    "Ireland": (("Ireland", "Irish"), "ie"),
    "Netherlands": (("Netherlands", "the Netherlands", "Dutch"), "nl"),
    "Belgium": (("Belgium", "Belgian"), "be"),
    "Italy": (("Italy", "Italian"), "it"),
    "Spain": (("Spain", "Spanish"), "es"),
    "Portugal": (("Portugal", "Portuguese"), "pt"),
    "Switzerland": (("Switzerland", "Swiss"), "ch"),
    "Austria": (("Austria", "Austrian"), "at"),
    "Sweden": (("Sweden", "Swedish"), "se"),
    "Denmark": (("Denmark", "Danish"), "dk"),
    "Norway": (("Norway", "Norwegian"), "no"),
    "Finland": (("Finland", "Finnish"), "fi"),
    "Poland": (("Poland", "Polish"), "pl"),
    "Czech Republic": (("Czech Republic", "Czechia", "Czech"), "cz"),
    "Hungary": (("Hungary", "Hungarian"), "hu"),
    "Romania": (("Romania", "Romanian"), "ro"),
    "Greece": (("Greece", "Greek"), "gr"),
    "Estonia": (("Estonia", "Estonian"), "ee"),
    "Latvia": (("Latvia", "Latvian"), "lv"),
    "Lithuania": (("Lithuania", "Lithuanian"), "lt"),
    "Bulgaria": (("Bulgaria", "Bulgarian"), "bg"),
    "Croatia": (("Croatia", "Croatian"), "hr"),
    "Slovakia": (("Slovakia", "Slovak", "Slovak Republic"), "sk"),
    "Slovenia": (("Slovenia", "Slovenian"), "si"),
    "Luxembourg": (("Luxembourg",), "lu"),
    "Cyprus": (("Cyprus", "Cypriot"), "cy"),
    "Malta": (("Malta", "Maltese"), "mt"),
    "Ukraine": (("Ukraine", "Ukrainian"), "ua"),
    # the two Congos: ISO's names put the Democratic Republic's after a comma, which is never written so
    "Democratic Republic of the Congo": (
        (
            "Democratic Republic of the Congo",
            "Democratic Republic of Congo",
            "DR Congo",
            "DRC",
            "Congo-Kinshasa",
        ),
        "cd",
    ),
    "Congo": (("Congo", "Republic of the Congo", "Republic of Congo", "Congo-Brazzaville"), "cg"),
    "Turkey": (("Turkey", "Türkiye", "Turkish"), "tr"),
    "Israel": (("Israel", "Israeli"), "il"),
    "Egypt": (("Egypt", "Egyptian"), "eg"),
    "Morocco": (("Morocco", "Moroccan"), "ma"),
    "Ghana": (("Ghana", "Ghanaian"), "gh"),
    "Ethiopia": (("Ethiopia", "Ethiopian"), "et"),
    "Rwanda": (("Rwanda", "Rwandan"), "rw"),
    "Qatar": (("Qatar", "Qatari"), "qa"),
    "Pakistan": (("Pakistan", "Pakistani"), "pk"),
    "Bangladesh": (("Bangladesh", "Bangladeshi"), "bd"),
    "Sri Lanka": (("Sri Lanka", "Sri Lankan"), "lk"),
    "Kazakhstan": (("Kazakhstan", "Kazakh"), "kz"),
    "Cambodia": (("Cambodia", "Cambodian"), "kh"),
    "Laos": (("Laos", "Lao PDR", "Lao"), "la"),
    "Myanmar": (("Myanmar",), "mm"),
    "Brunei": (("Brunei", "Bruneian"), "bn"),
    "New Zealand": (("New Zealand", "NZ", "Aotearoa"), "nz"),
    "Mexico": (("Mexico", "Mexican"), "mx"),
    "Chile": (("Chile", "Chilean"), "cl"),
    "Argentina": (("Argentina", "Argentine", "Argentinian"), "ar"),
    "Colombia": (("Colombia", "Colombian"), "co"),
    "Peru": (("Peru", "Peruvian"), "pe"),
    "Papua New Guinea": (("Papua New Guinea", "PNG", "Papua New Guinean"), "pg"),
}
# What the people of a country the ISO list adds are called ("Kuwaiti buyers", "Ugandans spent"), where
# the news uses the word.
PEOPLES = {
    "Afghanistan": "Afghan",
    "Albania": "Albanian",
    "Algeria": "Algerian",
    "Angola": "Angolan",
    "Armenia": "Armenian",
    "Azerbaijan": "Azerbaijani",
    "Bahrain": "Bahraini",
    "Belarus": "Belarusian",
    "Bolivia": "Bolivian",
    "Cameroon": "Cameroonian",
    "Costa Rica": "Costa Rican",
    "Cuba": "Cuban",
    "Dominican Republic": "Dominican",
    "Ecuador": "Ecuadorian",
    "Fiji": "Fijian",
    "Guatemala": "Guatemalan",
    "Haiti": "Haitian",
    "Honduras": "Honduran",
    "Iran": "Iranian",
    "Iraq": "Iraqi",
    "Iceland": "Icelandic",
    "Jamaica": "Jamaican",
    "Jordan": "Jordanian",
    "Kuwait": "Kuwaiti",
    "Kyrgyzstan": "Kyrgyz",
    "Lebanon": "Lebanese",
    "Libya": "Libyan",
    "Madagascar": "Malagasy",
    "Malawi": "Malawian",
    "Mauritius": "Mauritian",
    "Moldova": "Moldovan",
    "Mongolia": "Mongolian",
    "Mozambique": "Mozambican",
    "Namibia": "Namibian",
    "Nepal": "Nepali",
    "Nicaragua": "Nicaraguan",
    "Oman": "Omani",
    "Panama": "Panamanian",
    "Paraguay": "Paraguayan",
    "El Salvador": "Salvadoran",
    "Samoa": "Samoan",
    "Senegal": "Senegalese",
    "Serbia": "Serbian",
    "Sudan": "Sudanese",
    "Syria": "Syrian",
    "Tajikistan": "Tajik",
    "Tanzania": "Tanzanian",
    "Tonga": "Tongan",
    "Tunisia": "Tunisian",
    "Turkmenistan": "Turkmen",
    "Uganda": "Ugandan",
    "Uruguay": "Uruguayan",
    "Uzbekistan": "Uzbek",
    "Venezuela": "Venezuelan",
    "Yemen": "Yemeni",
    "Zambia": "Zambian",
    "Zimbabwe": "Zimbabwean",
}
# A place's name in its own language, as its institutions write it ("BANCO CENTRAL DE RESERVA DEL PERÚ",
# "Autoridad del Canal de Panamá", "Banco Central do Brasil", Québec's government in English too), where it
# differs from the English.
OWN_NAMES = {"Perú": "Peru", "México": "Mexico", "Panamá": "Panama", "Brasil": "Brazil", "Québec": "Quebec"}
# Names of countries more often a person's or a US state's in the news. (Georgia is the country in trade news,
# the state where the text says so: US_GEORGIA.)
NOT_COUNTRY_NAMES = frozenset({"Chad", "Jersey", "Guernsey"})
US_GEORGIA = re.compile(
    r"(?:\bstate\s+of\s+|\bAtlanta,?\s+|\bSavannah,?\s+)Georgia\b|\bGeorgia(?:,?\s+(?:U\.?S\.?A?|USA)\b|\s+state\b|"
    r"['’]s\s+(?:governor|legislature|state)\b)"
)


def _iso_countries() -> dict[str, tuple[tuple[str, ...], str]]:
    """Every country the list above leaves out, under its short ISO 3166 name: digital trade news reaches
    Uzbekistan and Fiji too. A name that only lengthens a known one ("Russian Federation", "Brunei
    Darussalam") is the same place under its formal name, already known; a formal name that does not
    hold the short one ("Kyrgyz Republic", as its ministries write it) is added."""
    known = {alias for name, (aliases, _) in PLACES.items() for alias in (name, *aliases)}
    added: dict[str, tuple[tuple[str, ...], str]] = {}
    for country in pycountry.countries:
        name = getattr(country, "common_name", None) or country.name
        if "," in name or "(" in name or name in known or name in NOT_COUNTRY_NAMES:
            continue
        if any(name.startswith(f"{other} ") for other in known):
            continue
        people = (PEOPLES[name],) if name in PEOPLES else ()
        formal = getattr(country, "official_name", "")
        formal_name = (formal,) if formal and name not in formal and not formal.startswith("the ") else ()
        added[name] = ((name, *people, *formal_name), country.alpha_2.lower())
    return added


PLACES.update(_iso_countries())
# The month a government's fiscal year begins, where it is not January: "FY2024-25" in India
# runs from April 2024 to March 2025.
FISCAL_YEAR_START = {"India": 4, "Japan": 4, "United Kingdom": 4, "Hong Kong": 4, "Canada": 4,
                     "Singapore": 4, "Australia": 7, "New Zealand": 7, "Pakistan": 7, "Bangladesh": 7,
                     "Egypt": 7, "Kenya": 7, "Uganda": 7, "Tanzania": 7, "Fiji": 8, "United States": 10,
                     "Thailand": 10, "South Africa": 4, "Kuwait": 4, "Jamaica": 4, "Botswana": 4,
                     "Namibia": 4, "Myanmar": 4, "Malawi": 4, "Ethiopia": 7, "Nepal": 7, "Rwanda": 7,
                     "Mauritius": 7, "Barbados": 4, "Samoa": 7, "Trinidad and Tobago": 10,
                     "Bahamas": 7, "Bhutan": 7, "Tonga": 7, "Nauru": 7, "Dominica": 7, "Belize": 4,
                     "Saint Lucia": 4, "Lesotho": 4, "Eswatini": 4, "Haiti": 10, "Iran": 3}  # fmt: skip
CHINESE_PROVINCES = (
    "Guangdong", "Zhejiang", "Jiangsu", "Shandong", "Fujian", "Hainan", "Sichuan", "Hubei", "Hunan",
    "Henan", "Hebei", "Anhui", "Jiangxi", "Shaanxi", "Shanxi", "Yunnan", "Guizhou", "Guangxi", "Liaoning",
    "Jilin", "Heilongjiang", "Inner Mongolia", "Xinjiang", "Tibet", "Xizang", "Gansu", "Qinghai", "Ningxia",
)  # fmt: skip
CHINESE_CITIES = (
    "Beijing", "Shanghai", "Tianjin", "Chongqing", "Shenzhen", "Guangzhou", "Hangzhou", "Ningbo", "Yiwu",
    "Suzhou", "Nanjing", "Xiamen", "Qingdao", "Chengdu", "Wuhan", "Xi'an", "Zhengzhou", "Dongguan", "Hefei",
    "Changsha", "Kunming", "Haikou", "Sanya", "Jinhua", "Wenzhou", "Fuzhou", "Quanzhou", "Shenyang", "Dalian",
    "Harbin", "Changchun", "Jinan", "Yantai", "Nanning", "Nanchang", "Taiyuan", "Shijiazhuang", "Lanzhou",
    "Urumqi", "Guiyang", "Foshan", "Wuxi", "Changzhou", "Zhuhai", "Shantou", "Huizhou", "Zhongshan",
    "Jiaxing", "Shaoxing", "Hohhot", "Yinchuan", "Xining", "Lhasa", "Weihai", "Lianyungang", "Zhuzhou",
    "Luoyang",
    # the zones and new areas the press reports on as places of their own
    "Qianhai", "Hengqin", "Nansha", "Pudong",
)  # fmt: skip
CHINESE_PLACES = CHINESE_PROVINCES + CHINESE_CITIES


# Subdivisions whose names read as something else: a country ("Georgia", "México"), a government
# ("Washington"), a person ("Victoria", "Hidalgo"), a word ("Para", "Acre"), another country's province
# ("Punjab"), or the city where shares trade ("New York").
NOT_SUBDIVISIONS = frozenset({"Georgia", "Washington", "Victoria", "Punjab", "Para", "Acre", "Amazonas",
                              "Distrito Federal", "Puerto Rico", "Guam", "American Samoa",
                              "New York", "Hidalgo", "Guerrero", "Morelos", "México",
                              # Japan's capital stands for its government; "Saga" and "Mie" read as words
                              "Tokyo", "Saga", "Mie",
                              # a bank, a currency, a city of Argentina and Spain, a capital, a name, a word
                              "Santander", "Bolívar", "Bolivar", "Córdoba", "Cordoba", "Sucre", "Magdalena",
                              "Cesar", "San Martín", "San Martin", "La Libertad", "Lima",
                              "El Callao",
                              # the Dominican Republic's provinces named as other countries' cities; a New
                              # Zealand region named as its sea ("trans-Tasman"), another a country's coast
                              "Santiago", "San Juan", "Tasman", "West Coast",
                              # Argentina's provinces named as its capital, Bolivia's city, Taiwan of old,
                              # a region of Spain, a city of the United States
                              "Buenos Aires", "Santa Cruz", "Formosa", "La Rioja", "Santa Fe",
                              # provinces of Mozambique and Zimbabwe named as their cities, a region of
                              # England, the Congo of old
                              "Maputo", "Harare", "Bulawayo", "Midlands", "Zaire"})  # fmt: skip
# States and provinces the press names outside China, besides ISO's for the federations below.
OTHER_SUBDIVISIONS = {
    "Dubai": "United Arab Emirates", "Abu Dhabi": "United Arab Emirates", "Sharjah": "United Arab Emirates",
    "Ras Al Khaimah": "United Arab Emirates", "Ras al-Khaimah": "United Arab Emirates",
    "Ajman": "United Arab Emirates", "Fujairah": "United Arab Emirates",
    "Umm Al Quwain": "United Arab Emirates",
    "Johor": "Malaysia", "Penang": "Malaysia", "Selangor": "Malaysia", "Sabah": "Malaysia",
    "Sarawak": "Malaysia", "Lagos": "Nigeria", "Sindh": "Pakistan", "Khyber Pakhtunkhwa": "Pakistan",
    "West Java": "Indonesia", "Bali": "Indonesia", "Cebu": "Philippines", "Gauteng": "South Africa",
    "Western Cape": "South Africa", "Bavaria": "Germany", "Scotland": "United Kingdom",
    "Wales": "United Kingdom", "Northern Ireland": "United Kingdom", "Gyeonggi": "South Korea",
    "Greater Manchester": "United Kingdom",
    "Gangwon": "South Korea", "Jeju": "South Korea", "North Chungcheong": "South Korea",
    "South Chungcheong": "South Korea", "North Gyeongsang": "South Korea", "South Gyeongsang": "South Korea",
    "North Jeolla": "South Korea", "South Jeolla": "South Korea",
    # Germany's Länder as the English press names them (ISO writes them in German; its city-states are cities)
    "Baden-Württemberg": "Germany", "Baden-Wurttemberg": "Germany", "Brandenburg": "Germany",
    "Hesse": "Germany", "Lower Saxony": "Germany", "Mecklenburg-Western Pomerania": "Germany",
    "Mecklenburg-Vorpommern": "Germany", "North Rhine-Westphalia": "Germany",
    "Rhineland-Palatinate": "Germany", "Saarland": "Germany", "Saxony": "Germany", "Saxony-Anhalt": "Germany",
    "Schleswig-Holstein": "Germany", "Thuringia": "Germany",
    # Indonesia's provinces as the English press names them (ISO writes them in Indonesian: "Jawa Timur")
    "East Java": "Indonesia", "Central Java": "Indonesia", "Banten": "Indonesia",
    "North Sumatra": "Indonesia", "West Sumatra": "Indonesia", "South Sumatra": "Indonesia",
    "South Sulawesi": "Indonesia", "North Sulawesi": "Indonesia", "East Kalimantan": "Indonesia",
    "West Kalimantan": "Indonesia", "West Nusa Tenggara": "Indonesia", "East Nusa Tenggara": "Indonesia",
}  # fmt: skip


# "Bavarian SMEs", "Texan exporters": the states the press names by their people.
SUBDIVISION_PEOPLES = {"Bavarian": "Bavaria", "Californian": "California", "Texan": "Texas"}


COUNTRY_OF_CODE = {code: name for name, (_, code) in PLACES.items() if len(code) == 2}
# The first-level regions of unitary countries whose ISO 3166-2 names the English press also writes, by the
# kind ISO gives them (their cities and districts left out)
REGION_KINDS = {
    "VN": "Province", "LA": "Province", "TH": "Province", "PL": "Voivodship", "CO": "Department",
    "CL": "Region", "PE": "Region", "FR": "Metropolitan region", "FI": "Region", "EC": "Province",
    "NZ": "Region", "CR": "Province", "DO": "Province", "AR": "Province", "NO": "County", "MZ": "Province",
    "ZW": "Province", "AO": "Province",
}  # fmt: skip
# Regions the English press names in English where ISO writes them in their own language.
ENGLISH_REGIONS = {
    "Lombardy": "Italy", "Lazio": "Italy", "Campania": "Italy", "Tuscany": "Italy", "Piedmont": "Italy",
    "Veneto": "Italy", "Emilia-Romagna": "Italy", "Sicily": "Italy", "Sardinia": "Italy", "Apulia": "Italy",
    "Catalonia": "Spain", "Andalusia": "Spain", "Basque Country": "Spain", "Valencian Community": "Spain",
    "Aragon": "Spain", "Attica": "Greece", "Central Macedonia": "Greece", "Crete": "Greece",
    "Flanders": "Belgium", "Wallonia": "Belgium", "Central Denmark Region": "Denmark",
    "North Jutland": "Denmark", "Central Visayas": "Philippines",
    "Western Visayas": "Philippines", "Davao Region": "Philippines", "Calabarzon": "Philippines",
    "Central Luzon": "Philippines",
    # Sweden's counties (ISO writes "Skåne län") and Denmark's regions as the press names them
    "Skåne": "Sweden", "Scania": "Sweden", "Västra Götaland": "Sweden", "Stockholm County": "Sweden",
    "Östergötland": "Sweden", "Norrbotten": "Sweden", "Västerbotten": "Sweden", "Jämtland": "Sweden",
    "Capital Region of Denmark": "Denmark", "Region Zealand": "Denmark",
    "Region of Southern Denmark": "Denmark", "North Denmark Region": "Denmark",
    "Region Hovedstaden": "Denmark", "Region Midtjylland": "Denmark", "Region Syddanmark": "Denmark",
    "Region Sjælland": "Denmark", "Region Nordjylland": "Denmark",
    # Japan's regions, which group its prefectures and report as one ("Kansai's cross-border e-commerce")
    "Kansai": "Japan", "Kanto": "Japan", "Kyushu": "Japan", "Tohoku": "Japan", "Chubu": "Japan",
    "Chugoku": "Japan", "Shikoku": "Japan", "Hokuriku": "Japan",
}  # fmt: skip


def _subdivisions() -> dict[str, str]:
    """The states and provinces of the federations trade news reports by state (the US, India, Canada,
    Australia, Brazil, Mexico), Japan's prefectures and the regions of ``REGION_KINDS``, under their ISO
    3166-2 names as the English press writes them, and a few others. (A region's name of four letters or
    fewer is left out: "Nan", "Tak", "Meta" read as other things.)"""
    country_of = {
        "US": "United States", "IN": "India", "CA": "Canada", "AU": "Australia", "BR": "Brazil",
        "MX": "Mexico", "JP": "Japan",
    }  # fmt: skip
    found: dict[str, str] = {}
    for subdivision in pycountry.subdivisions:
        code = subdivision.country_code
        if code in REGION_KINDS and subdivision.type == REGION_KINDS[code] and len(subdivision.name) > 4:
            country: str | None = COUNTRY_OF_CODE[code.lower()]
        else:
            country = None if code in REGION_KINDS else country_of.get(code)
        if country is None:
            continue
        for name in {subdivision.name, folding.without_accents(subdivision.name)}:
            if name not in NOT_SUBDIVISIONS and name not in PLACES and "," not in name and "[" not in name:
                found[name] = country
    return found | OTHER_SUBDIVISIONS | ENGLISH_REGIONS


# state or province -> its country
SUBDIVISIONS = _subdivisions()


def _world_cities() -> dict[str, str]:
    """The cities outside China the press reports figures for (``cities.tsv``, from GeoNames), each under its
    name and its name without diacritics, mapped to its country; none that is also a state or a country."""
    by_code = COUNTRY_OF_CODE | {"gb": "United Kingdom"}
    found: dict[str, str] = {}
    for line in Path(__file__).with_name("cities.tsv").read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        name, code = line.split("\t")
        for written in {name, folding.without_accents(name)}:
            if written not in SUBDIVISIONS and written not in PLACES:
                found[written] = by_code[code.lower()]
    return found


# city -> its country
WORLD_CITIES = _world_cities()
CITY_NAMES = re.compile(r"\b(" + gathered_words(sorted(WORLD_CITIES, key=len, reverse=True)) + r")\b")
# "the country's", "the province's", "the city's": resolved to the place the article is mostly about ("the
# State's", in capitals, as an Indian or Malaysian state government writes of itself: the state's).
ANAPHORA = re.compile(
    r"\b(?:(?:the|this)\s+(country|nation|province|prefecture|city|municipality|continent|region)(?:'s)?|"
    r"(national|nationwide)|(?-i:[Tt]he\s+(State))(?:'s)?)\b",
    re.IGNORECASE,
)
ANAPHOR_KINDS = {"country": "country", "nation": "country", "province": "province", "prefecture": "province",
                 "city": "city",
                 "municipality": "city", "continent": "region", "region": "region",
                 "national": "country", "nationwide": "country", "state": "province"}  # fmt: skip
COUNTRIES = frozenset(name for name, (_, code) in PLACES.items() if len(code) == 2)
# Blocs and continents an article can be about ("the continent's exports"); the world is never "the region".
REGIONS = frozenset(name for name, (_, code) in PLACES.items() if len(code) > 2 and name != "World")


# Places that are a city and a country (or a territory counted as one) at once.
CITY_STATES = frozenset({"Hong Kong", "Singapore", "Macao"})
# What "the country", "the region", "the province" and "the city" can stand for.
PLACE_KINDS: dict[str, frozenset[str]] = {
    "country": COUNTRIES,
    "region": REGIONS,
    "province": frozenset(CHINESE_PROVINCES) | frozenset(SUBDIVISIONS),
    "city": frozenset(CHINESE_CITIES),
}


@dataclass(frozen=True, slots=True)
class PlaceMention:
    start: int
    end: int
    name: str


_NON_WORDS = re.compile(r"\W+")


def region_code(name: str | None) -> str:
    """The prefix of metric keys for a place: Chinese provinces and cities count as China.

    A figure without a place is not the world's: it gets its own prefix, so a country the
    gazetteer does not know never merges with the world's series.
    """
    if name is None:
        return "unplaced"
    if name in CHINESE_PLACES:
        return "cn"
    if name in SUBDIVISIONS:
        return PLACES[SUBDIVISIONS[name]][1]  # "Karnataka's software exports" are India's series
    if name in WORLD_CITIES:
        return PLACES[WORLD_CITIES[name]][1]  # "Tashkent city — $602.7 million" is of a series of Uzbekistan
    return PLACES[name][1] if name in PLACES else name_code(name)


def name_code(name: str) -> str:
    """A name as the prefix of a key: "Kervan Pazaryeri" -> "kervan_pazaryeri"."""
    return _NON_WORDS.sub("_", name.lower()).strip("_")


def _alias_table() -> dict[str, str]:
    table = {alias: name for name, (aliases, _) in PLACES.items() for alias in (name, *aliases)}
    table.update({place: place for place in (*CHINESE_PLACES, *SUBDIVISIONS)})
    table.update(SUBDIVISION_PEOPLES)
    table.update(OWN_NAMES)
    table.update({own.upper(): name for own, name in OWN_NAMES.items()})
    # "Brazilians spent ...", "South Africans spent ...": a people named in the plural.
    table.update({a + "s": n for a, n in list(table.items()) if a.endswith("an") and a.istitle()})
    # "Least developed countries received ...": a group's name opening a sentence.
    table.update({a[0].upper() + a[1:]: n for a, n in list(table.items()) if " " in a and a[0].islower()})
    # "MALAYSIA: GMV RM52.6bn", a dateline's "BEIJING": a name in capitals is the same place.
    table.update({name.upper(): name for name in (*PLACES, *CHINESE_PLACES) if name.upper() not in table})
    return table


_Trie = dict[str, "_Trie"]


def _longest_first(words: list[str]) -> str:
    """An alternation of ``words`` that tries the longest word first, written as a trie.

    "Hong Kong|Hong|Hangzhou" becomes "H(?:angzhou|ong(?: Kong)?)": at each position of
    a text only the words that begin with its letter are tried, not every word in turn.
    Going deeper before stopping makes the longest word that fits win, as in a list of
    the words sorted longest first.
    """
    trie: _Trie = {}
    for word in words:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def pattern(node: _Trie) -> str:
        branches = [re.escape(char) + pattern(child) for char, child in sorted(node.items()) if char]
        if not branches:
            return ""
        if "" in node:
            return "(?:" + "|".join(branches) + ")?"
        return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"

    return pattern(trie)


_ALIASES = _alias_table()
_KNOWN_NAMES = frozenset(_ALIASES.values()) | frozenset(WORLD_CITIES)
# The names of peoples among them: plurals ("Africans", "South Africans") and adjectives that are their own
# plural ("Japanese").
_PEOPLES = frozenset(
    alias
    for alias in _ALIASES
    if alias[:1].isupper() and ((alias.endswith("ans") and alias[:-1] in _ALIASES) or alias.endswith("ese"))
)


def names_a_people(mention: str) -> bool:
    """Whether a place was named by its people ("38% of Africans"), not by its own name."""
    return mention in _PEOPLES


# The longest alias wins at each position; the look-ahead for the letters aliases start with spares the
# rest at every position that starts none. Case-sensitive: "US" is a country, "us" a pronoun; "US$" is a
# currency.
_PLACE_RE = re.compile(
    r"(?=["
    + "".join(sorted({re.escape(alias[0]) for alias in _ALIASES}))
    + r"])(?<![\w.])("
    + _longest_first(list(_ALIASES))
    + r")(?![\w$])"
)
# "global", "worldwide", "the world's": the world as a place ("(?=[gw])" spares the rest elsewhere).
# "global capability centres", "global business services": a kind of firm or trade, not the world's.
# ("the global services sector": the Caribbean's name for its outsourcing industry)
KIND_OF_FIRM_AFTER = re.compile(
    r"\s+(?:(?:capability|business|in-house|delivery)\s+(?:centres?|centers?|services)|services\s+sector)\b",
    re.IGNORECASE,
)
WORLD_RANKING_AFTER = re.compile(
    r"(?:['’]s)?\s+(?:(?:second|third|fourth|fifth|sixth)[-\s]+)?(?:most|least|leading|top|biggest|largest|[a-z]{2,}est)\b"
)
_LOWER_WORLD = compiled(r"(?=[gw])\b(?:global(?:ly)?|worldwide|world(?:'s)?)\b", re.IGNORECASE)
LOWERCASE_WORLD = folding.lowercased(_LOWER_WORLD)
# A capitalised word of a name, just before "Global" or "World" in the same name.
NAME_WORD_BEFORE = re.compile(r"\b[A-Z][a-z]+\s$")
NAME_WORD_AFTER = re.compile(r"\s+[A-Z][a-z]+\s+[A-Z][a-z]+")
# "world tours", "a world record", "World Cup", "world-class": phrases that name no place.
NO_PLACE_AFTER = re.compile(
    r"\s+(?:tours?|records?|cup|championships?|war)\b|-class"
    # "the Digital Europe Programme", "the Global Gateway Fund": a place inside the name of a programme
    r"|\s+(?-i:Programme|Program|Fund|Facility)\b"
    # "Lumen Asia Research", "Andes Capital Partners": a place inside the name of a firm
    r"|\s+(?-i:Research|Capital|Partners|Ventures|Consulting|Advisory|Insights|Analytics|Intelligence)\b"
    # "the Asian Development Bank expects it to grow": a lender named after the region it lends in
    r"|\s+(?-i:Development\s+Bank|Infrastructure\s+Investment\s+Bank)\b"
    # "Kyushu Global Express (9278 JP)", "Andes Pay (NASDAQ: ANDP)": a place opening a listed company's name
    r"|(?-i:(?:[ \t]+[A-Z][\w&'’.-]*){1,4}[ \t]+\((?:\d{4}\s+[A-Z]{2}|[A-Z]{2,10}:\s*[A-Z0-9.]{1,10})\))"
    # "Only the French text is authentic", "the Arabic version": a language, not its country
    r"|\s+(?:text|version|translation|original|language|-language|speakers?|-speaking)\b",
    re.IGNORECASE,
)

# "U.S. dollars", "HK$", "in US terms": a place's name in its currency's
DOLLARS_AFTER = re.compile(r"[\s-]*(?:dollars?\b|\$|terms\b)", re.IGNORECASE)

# "'s " between two places: the second is the first's ("India's GCC revenue").
OWNER_GAP = re.compile(r"['’]s\s+(?:intra-)?")  # ("Ghana's intra-African trade payments": Ghana's)
# A place after these words is a trading partner or a venue, not where a figure belongs. (The look-ahead:
# the letters the words start with, or the end, so most positions are passed over at once.)
PARTNER_BEFORE = re.compile(
    r"(?=[tfwiabsvrchop]|$)(?:\b(?:to|from|with|into|towards?|against|between|said\s+in|visit(?:ed|ing)?|rest\s+of|"
    r"(?:clients|customers|buyers)\s+in|"
    # ("parcels that came from outside the European Union", "sales to buyers outside Canada": where the figure
    # is not; place_counts still counts the place)
    r"(?:from\s+)?outside|"
    # "opened hubs in Riyadh and São Paulo": where a company put its sites, not where the figure is
    r"(?:hubs?|offices|warehouses|plants|factories|facilities|branches)\s+in(?:\s+[A-Z][\w-]*,?\s+and)?|"
    # ("the allowance for parcels entering the Kyrgyz Republic, set by the rules of the Eurasian Economic
    # Union": the body whose rules a bar follows, not the place it is of)
    r"(?:set|fixed)\s+(?:by|under)\s+(?:the\s+)?(?:common\s+)?(?:rules|regulations|laws?|legislation)\s+of)\s+"
    # ("exports to the member states of the Eurasian Economic Union": to the bloc's members)
    # ("exports to other African countries": to others of a region)
    r"(?:the\s+)?(?:other\s+|fellow\s+)?(?:(?:member\s+)?(?:states|countries|members|nations|economies)\s+of\s+(?:the\s+)?)?|"
    r"\bbetween\s+\S+(?:\s+\S+)?\s+and\s+(?:the\s+)?|"
    # ("name VAT registration in other EU countries": anywhere in a region but where the figure is)
    r"\b(?:in|across|among)\s+(?:the\s+)?other\s+|^)$",
    re.IGNORECASE,
)
LOWERCASE_PARTNER_BEFORE = folding.lowercased(PARTNER_BEFORE)
# How far before a place PARTNER_BEFORE looks: "to the member states of the " and a little more.
PARTNER_REACH = 40
# "Europe was the largest market, taking $258.6 billion": a place named as a market or partner.
PARTNER_ROLE = re.compile(
    r"\s+(?:was|is|were|are|remained|remains|became)\s+(?:the|its|their)\s+"
    # ("Indonesia remained the region's largest market, with GMV of": a market ranked in its region, with
    # numbers of its own)
    r"(?!(?:region|bloc|continent|world)['’]s\b)(?:[\w'’-]+\s+){0,3}?"
    # ("China remained the largest source, accounting for 54.3 per cent of the month's inbound volume")
    r"(?:market|destination|partner|buyer|customer|supplier|(?<=largest\s)source)\b"
    # (but "the largest market, with 31% of exports" takes a share of the text's own flow)
    r"(?!,?\s+with\b(?!\s+(?:about\s+|around\s+|roughly\s+|some\s+|nearly\s+)?[\d.]+\s*(?:%|per\s*cent|percent)\s+of\b))"
    # "the Eurasian Economic Union (EAEU) accounted for 38% of foreign sales": a market's share of sales
    r"|(?:\s*\([^()]{1,30}\)|\))?\s+(?:accounted\s+for|made\s+up|took)\s+(?:about\s+|some\s+|nearly\s+)?[\d.]+\s*"
    r"(?:%|per\s*cent|percent)\s+of\s+(?:(?:the|its|their)\s+)?(?:[\w-]+\s+)?(?:foreign|overseas|export)\b",
    re.IGNORECASE,
)
# "Hong Kong-listed shares", "a Singapore-headquartered marketplace", "a Guangzhou-based think tank":
# where a company is listed or based describes the company or the source, not where the figures are
# ("Zhejiang-based firms", by contrast, are Zhejiang's).
DESCRIBES_A_COMPANY = re.compile(
    r"-(?:listed|headquartered)\b|-based\s+(?:[\w-]+\s+){0,2}?(?:consultancy|think\s+tank|research\s+(?:firm|house|group)|"
    r"bank|brokerage|analysts?|agency|institute|company|marketplace|platform|startup|group|firm|operator|retailer|"
    r"lender|carrier|provider)\b"
    # ", Latin America's most valuable listed company,": the place describes the company in apposition
    r"|['’]s\s+(?:[\w-]+\s+){0,4}?(?:company|firm|group|platform|marketplace|retailer|lender|operator),"
    # ", the Latin American online marketplace,", "the Japanese e-commerce operator,": so does a people's
    # adjective (ending as "American", "Japanese" and "British" do) before what the company is
    r"|(?<=[neh])\s+(?:[\w-]+\s+){0,3}?(?:company|firm|group|platform|marketplace|retailer|lender|operator),",
    re.IGNORECASE,
)
LIST_GAP = re.compile(r",?\s+(?:and|or)\s+(?:the\s+)?|,\s+(?:the\s+)?")
# "with Asia alone exporting $1.1 trillion": the place is the subject of what follows, not a partner.
SUBJECT_OF_WITH = re.compile(r"(?:'s|’s)?\s+(?:alone\s+|itself\s+)?[a-z]+ing\b")
FOLLOWED_BY = re.compile(r"\bfollowed\s+by\s+(?:the\s+)?$", re.IGNORECASE)
# "registered with Uzbekistan's IT Park": a place owning what comes after "with" is no partner.
OWNER_AFTER_WITH = re.compile(r"(?:'s|’s)\s+(?!(?:neighbou?rs|partners|rivals|competitors)\b)")
REST_OF = re.compile(r"\brest\s+of\s+(?:the\s+)?$", re.IGNORECASE)
# "Canada's trade deficit with the world", "exports to the world": the world as every partner at once.
WITH_THE_WORLD = re.compile(r"\b(?:with|to)\s+the\s+$", re.IGNORECASE)
# "exports from Africa", "exports of digitally delivered services from the EU" are Africa's and the EU's
# exports; "imports from Africa" are someone else's.
OWN_FLOW_BEFORE = re.compile(r"\bexports?\s+(?:of\s+(?:[\w-]+\s+){1,4})?from\s+(?:the\s+)?$", re.IGNORECASE)
# "BEIJING, Nov 5 (Xinhua)", "FUZHOU --", "SINGAPORE, November 13, 2025 --": where the story was filed.
DATELINE = re.compile(
    r"^[A-Z][A-Z ,.'-]{2,40}(?:\s*,\s*[A-Z][a-z]{2,8}\.?\s*\d{1,2}(?:,\s*\d{4})?)?\s*(?:\(|--|[—–])"
)


# "Hangzhou, capital of East China's Zhejiang province": the province says where the city is.
LOCATING_APPOSITION = re.compile(
    r",\s+(?:(?:the\s+)?(?:provincial\s+)?capital\s+of\s+|a\s+city\s+in\s+)?"
    r"(?:(?i:east|south|north|west|central|southwest|northwest|northeast|southeast)\s+China(?:'s|’s)\s+)?"
    r"(?P<province>" + "|".join(CHINESE_PROVINCES) + r")\b"
)


# "Lviv Oblast", "Harju County", "the Kurdistan Region", "Chüy region", "Santa Cruz department": a region of a
# country named with the word for its kind, though no list knows it. With that word in capitals it is part
# of the name; in lower case it is not ("Chüy"). (Not "Commerce Department", "the customs department" or
# "Special Administrative Region": a department in capitals, or one named by its work, is a body's.)
_STATUS_WORD = r"(?:Special|Administrative|Autonomous|Economic|Free)\b"
_WORK_WORD = (
    r"(?:Trade|Commerce|Finance|Customs|Revenue|Treasury|State|Justice|Health|Planning|Statistics|Industry|"
    r"Labou?r|Agriculture|Education|Transport|Energy|Foreign|Home|Tax|Immigration|Police)\b"
)
DIVISION = re.compile(
    r"(?<![\w'’-])(?!(?:The|A|An|In|Its|By|For|Per|Each|Every|Other|This|That|Our|Which|Same|Capital)\b)"
    rf"(?!{_WORK_WORD})"
    rf"(?!{_STATUS_WORD})(?P<name>[A-Z][\w'’-]+(?:[ -](?!{_STATUS_WORD})[A-Z][\w'’-]+){{0,2}})"
    r"(?P<kind>\s+(?:Oblast|County|Province|Region|Governorate|Prefecture|Voivodeship|Parish|Canton|Krai)"
    r"|\s+(?:oblast|county|province|region|governorate|prefecture|voivodeship|parish|canton|department))\b"
)
DIVISION_WORDS = ("oblast", "county", "province", "region", "governorate", "prefecture", "voivodeship",
                  "parish", "canton", "krai", "department")  # fmt: skip


def _divisions(text: str, lowered: str, found: list[PlaceMention]) -> list[PlaceMention]:
    """The regions ``DIVISION`` names that no known place's or city's name overlaps or opens (which wins:
    "Xinjiang Uygur Autonomous Region" is Xinjiang)."""
    added = []
    for match in DIVISION.finditer(text) if any(word in lowered for word in DIVISION_WORDS) else ():
        # ("the Riyadh Region", "Santiago Metropolitan Region": a city's, which the rules for cities read)
        if any(m.start < match.end() and match.start() < m.end for m in found) or CITY_NAMES.match(
            text, match.start()
        ):
            continue
        kind = match.group("kind")
        name = match.group(0) if kind.strip()[0].isupper() else match.group("name")
        added.append(PlaceMention(match.start(), match.end(), " ".join(name.split())))
    return added


def known_place(name: str) -> bool:
    """Whether a place is one the lists know, not a region ``DIVISION`` found by the word for its kind."""
    return name in _KNOWN_NAMES


def _located_cities(text: str, found: list[PlaceMention]) -> list[PlaceMention]:
    """Drop the province (and region) that only locates a city named just before it."""
    located: list[tuple[int, int]] = []
    for mention in found:
        if mention.name in CHINESE_CITIES:
            apposition = LOCATING_APPOSITION.match(text, mention.end)
            if apposition:
                located.append((mention.end, apposition.end()))
    if not located:
        return found  # (the usual case: no city located by its province)
    return [m for m in found if not any(low <= m.start < high for low, high in located)]


def find_places(text: str, *, partners: bool = True) -> list[PlaceMention]:
    """Place mentions in ``text``, in order, without overlaps.

    With ``partners=False``, places named as trading partners or venues ("exports to
    the EU", "held in Hangzhou") and a dateline's city are left out.
    """
    # (a whole text is scanned once and not kept: only sentence-sized texts are remembered, so the cache
    # stays small whatever the size of the texts read)
    return list(
        _remembered_places(text, partners) if len(text) <= REMEMBERED_LENGTH else _places(text, partners)
    )


# The longest text whose places are remembered: a long sentence, not a whole article.
REMEMBERED_LENGTH = 2000


def _places(text: str, partners: bool) -> tuple[PlaceMention, ...]:
    """``find_places`` as a tuple of frozen mentions, which no caller can change for the next one."""
    found: list[PlaceMention] = []
    # (the text lowercased, where IGNORECASE patterns' lowercase copies find the same in it, faster)
    low = folding.lowered(text)
    partner_end = -1  # where the last place named as a partner ends
    previous_end = -2  # where the last name ends
    for m in _PLACE_RE.finditer(text):
        before = text[max(0, m.start() - 25) : m.start()]
        paired, previous_end = previous_end == m.start() - 1, m.end()
        if (
            before.endswith("non-")
            or NO_PLACE_AFTER.match(text, m.end())
            or (m.group(1) == "Georgia" and US_GEORGIA.search(text, max(0, m.start() - 16), m.end() + 20))
            # "1.1 billion US dollars", "in US terms": the currency the world reckons in, not the country
            or (_ALIASES[m.group(1)] == "United States" and DOLLARS_AFTER.match(text, m.end()))
            or (m.group(1).lower() == "global" and KIND_OF_FIRM_AFTER.match(text, m.end()))
            # "one of the world's most connected economies": a rank among places, not the world
            or (_ALIASES[m.group(1)] == "World" and WORLD_RANKING_AFTER.match(text, m.end()))
        ):
            continue  # "exports to non-EU countries": anywhere but there; "world tours"
        if not partners and (
            # "the EU-US Data Privacy Framework": a relation between two places, neither one's figure
            (paired and before.endswith("-"))
            or (text.startswith("-", m.end()) and _PLACE_RE.match(text, m.end() + 1))
            or (
                (
                    PARTNER_BEFORE.search(text[max(0, m.start() - PARTNER_REACH) : m.start()])
                    if low is None
                    else LOWERCASE_PARTNER_BEFORE.search(low[max(0, m.start() - PARTNER_REACH) : m.start()])
                )
                and m.start() > 0
                and not OWN_FLOW_BEFORE.search(text, max(0, m.start() - 70), m.start())
                and not (
                    before.endswith("with ")
                    and (SUBJECT_OF_WITH.match(text, m.end()) or OWNER_AFTER_WITH.match(text, m.end()))
                )
            )
            or (m.start() == 0 and DATELINE.match(text))
            # "India's GCC revenue", "China's ASEAN exports": a region after a place's is not whose they are
            or (
                found
                and _ALIASES[m.group(1)] in REGIONS
                and OWNER_GAP.fullmatch(text, found[-1].end, m.start()) is not None
            )
            or PARTNER_ROLE.match(text, m.end())
            or DESCRIBES_A_COMPANY.match(text, m.end())
            # "shipments to Japan, China and the United States": each item of the partner's list, and the
            # ones ranked after a partner ("with the United States taking 29 pct, followed by Britain")
            or (
                partner_end >= 0
                and (
                    LIST_GAP.fullmatch(text, partner_end, m.start())
                    or FOLLOWED_BY.search(text, max(0, m.start() - 16), m.start())
                )
            )
        ):
            partner_end = m.end()
            continue
        partner_end = -1
        found.append(PlaceMention(m.start(), m.end(), _ALIASES[m.group(1)]))
    # Each match lowercases to "world..." or "global...": a text without either is spared the scan.
    lowered = text.lower() if low is None else low
    world = _LOWER_WORLD.finditer(text) if low is None else LOWERCASE_WORLD.finditer(low)
    for match in world if "world" in lowered or "global" in lowered else ():
        if (
            any(m.start < match.end() and match.start() < m.end for m in found)
            or NO_PLACE_AFTER.match(text, match.end())
            or KIND_OF_FIRM_AFTER.match(text, match.end())
            or (match.group()[0] in "wW" and WORLD_RANKING_AFTER.match(text, match.end()))
        ):
            continue
        if not partners and (
            REST_OF.search(text[max(0, match.start() - 25) : match.start()])
            or (
                match.group() == "world"
                and WITH_THE_WORLD.search(text, max(0, match.start() - 10), match.start())
            )
        ):
            continue  # "exports to the rest of the world": a partner, not the place
        if text[match.start()].isupper() and (
            NAME_WORD_BEFORE.search(text, max(0, match.start() - 20), match.start())
            or NAME_WORD_AFTER.match(text, match.end())
        ):
            continue  # "Fortune Global 500 companies", "4th Global Digital Trade Expo": a word inside a name
        found.append(PlaceMention(match.start(), match.end(), "World"))
    found.extend(_divisions(text, lowered, found))
    found.sort(key=lambda m: m.start)
    return tuple(found if partners else _located_cities(text, found))


# A sentence's places are asked for by the place, metric and target rules in turn.
_remembered_places = lru_cache(maxsize=512)(_places)


def place_aliases() -> dict[str, str]:
    """Every name a place goes by, and the name it is recorded under ("Türkiye": "Turkey")."""
    return dict(_ALIASES)


def names_place_first(text: str) -> bool:
    """Whether a place name opens the text, after an opening quotation mark or "In ": a cheap test before
    find_places."""
    at = 1 if text[:1] in "\"“'‘" else 0
    at += 3 if text.startswith("In ", at) else 0
    return bool(_PLACE_RE.match(text, at) or _LOWER_WORLD.match(text, at))


def place_counts(text: str) -> Counter[str]:
    """How often the text names each place (partners, venues and the dateline left out, and names the text
    gives to something else: ``redefined_names``). A country or state named as where a figure is not
    ("customers outside Pakistan") is still one the text is about."""
    other = redefined_names(text)
    counts = Counter(m.name for m in find_places(text, partners=False) if text[m.start : m.end] not in other)
    for outside in OUTSIDE.finditer(text) if "outside" in text else ():
        named = find_places(text[outside.end() : outside.end() + OUTSIDE_REACH])
        if named and named[0].start == 0 and (named[0].name in COUNTRIES or named[0].name in SUBDIVISIONS):
            counts[named[0].name] += 1  # (not a bloc: "parcels from outside the EU" in a text on Spain)
    return counts


# "outside the EU": the place after the word (``PARTNER_BEFORE`` leaves it out of a figure's places)
OUTSIDE = re.compile(r"(?<!from\s)\boutside\s+(?:of\s+)?(?:the\s+)?")
OUTSIDE_REACH = 40


# "the Remessa Conforme Programme (PRC)": a capitalised name with an abbreviation in brackets after it.
DEFINED_IN_BRACKETS = re.compile(
    r"(?P<name>[A-Z][\w'’-]*(?:\s+(?:[A-Z][\w'’-]*|of|for|and|de|do|da|del)){1,6})\s*\((?P<short>[A-Z]{2,5})\)"
)


def redefined_names(text: str) -> frozenset[str]:
    """A place's abbreviation that the text defines as another thing's ("the Remessa Conforme Programme
    (PRC)"): there it names that thing, not the place ("consignments declared under the PRC" are Brazil's).
    "The People's Republic of China (PRC)" and "Papua New Guinea (PNG)" define the place itself."""
    return frozenset(
        short
        for match in DEFINED_IN_BRACKETS.finditer(text)
        if (short := match.group("short")) in _ALIASES
        and not any(p.name == _ALIASES[short] for p in find_places(match.group("name")))
    )


def country_counts(counts: Counter[str]) -> Counter[str]:
    """How often a text names each country, its states and prefectures counted for it ("parcels from Japan"
    under a Japanese association, readings for Fukuoka and Aichi, and customs checks in the United States
    twice: Japan's)."""
    named = Counter({name: n for name, n in counts.items() if name in COUNTRIES})
    named.update(SUBDIVISIONS[name] for name in counts.elements() if name in SUBDIVISIONS)
    return named


# A headline that opens with a place and a colon: "Montenegro: Staff Concluding Statement ..."
HEADLINE_PLACE = re.compile(r"\s*(?P<place>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}):\s+[A-Z]")


def main_places(text: str, counts: Counter[str] | None = None) -> dict[str, str]:
    """The country, province and city an article is mostly about: the most mentioned of each kind
    (``any``: the most mentioned place of any kind, the world included)."""
    counts = place_counts(text) if counts is None else counts
    if (headed := HEADLINE_PLACE.match(text)) and (
        headline := find_places(headed.group("place"), partners=False)
    ):
        # "Montenegro: Staff Concluding Statement of the 2024 Article IV Mission": the headline's place
        counts = counts + Counter({headline[0].name: 2})
    found = {}
    countries: Counter[str] = Counter()
    for kind, names in PLACE_KINDS.items():
        named = (
            country_counts(counts)
            if kind == "country"
            else Counter({name: n for name, n in counts.items() if name in names})
        )
        if kind == "country":
            countries = named
        if named:
            found[kind] = _most_named(named, text)
    if counts:
        found["any"] = _most_named(counts, text)
        if found["any"] in countries and countries[found["country"]] > countries[found["any"]]:
            found["any"] = found["country"]
    # (the whole text is scanned for cities only where they could outweigh its countries)
    few = "country" not in found or countries[found["country"]] <= FEW_MENTIONS
    cities = Counter(WORLD_CITIES[m.group(1)] for m in CITY_NAMES.finditer(text)) if few else Counter()
    city_country, city_mentions = cities.most_common(1)[0] if cities else ("", 0)
    if cities and (
        "country" not in found
        # ("residents in Almaty ..., Astana ..., Shymkent" in a Kazakh hub's newsletter that names the United
        # States, the United Kingdom and Germany once each as markets: the cities' country)
        or (city_mentions >= CITY_WEIGHT * countries[found["country"]] and city_country not in countries)
    ):
        # a budget speech "delivered in Islamabad" on "parks in Karachi" that names its country only as a
        # partner or not at all, or names regions only ("platforms based in Europe" in a ministry's note from
        # Amman on traders in Irbid): the country of the cities it names (else only when it names them far
        # more often than any country: a city is mostly a venue)
        found["country"] = city_country
    city_state = found.get("country")
    if city_state in CITY_STATES and counts[city_state] > counts.get(found.get("city", ""), 0):
        found["city"] = city_state  # "air cargo through the city" in a text on Hong Kong: Hong Kong
    inside = [
        found[kind] for kind in ("province", "city") if kind in found and found[kind] not in CITY_STATES
    ]
    if inside and counts.get(found.get("country", ""), 0) <= max(counts[place] for place in inside):
        # "Guangxi's exports to Vietnam": a Chinese province's text is China's, a state's its country's
        top = max(inside, key=lambda place: counts[place])
        found["country"] = SUBDIVISIONS.get(top, "China")
    if (country := SUBDIVISIONS.get(found.get("any", ""))) and (
        sum(SUBDIVISIONS.get(name) == country for name in counts) >= (2 if counts[country] else 3)
    ):
        # ("Firms in Gauteng made up 44% ... in the Western Cape 31%" and "led by the Western Cape" in a
        # survey of South Africa's exporters: a text that names its country and sets its states side by side
        # is the country's; so is one that sets three of them side by side without naming it: "Gujarat ...,
        # followed by Maharashtra ... and Tamil Nadu" in a briefing from New Delhi)
        found["any"] = country
    return found


# How many times more often a text must name one country's cities than any country for them to say whose
# text it is.
CITY_WEIGHT = 4
# How often a text may name its most named country for its cities still to be counted against it.
FEW_MENTIONS = 2


def _most_named(counts: Counter[str], text: str) -> str:
    """The most named place; of places named equally often, the one whose city the text's first lines
    name ("Rome, 5 November" over a note naming Italy and the United States twice each)."""
    (top, most), *others = counts.most_common()
    if not others or others[0][1] < most:
        return top
    tied = {name for name, n in counts.items() if n == most}
    if not tied <= PLACE_KINDS["country"]:
        # ("Bengaluru" over a text naming Karnataka and India equally: the state's, not the city's)
        return top
    head = text[:HEADER_REACH]
    for match in CITY_NAMES.finditer(head):
        if (country := WORLD_CITIES[match.group(1)]) in tied:
            return country
    return top


# How far into a text its header reaches: the lines that name its issuer, its subject and the city it is
# written in.
HEADER_REACH = 200


def main_country(text: str) -> str | None:
    return main_places(text).get("country")
