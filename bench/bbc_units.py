"""Check claimx quantities over BBC articles (business by default): units, years, money magnitudes.

Usage: .venv/bin/python bench/bbc_units.py [BBC_BUSINESS_DIR]

BBC_BUSINESS_DIR defaults to /work/shared/bench/bbc/business; the script says so and stops when
it is absent (the texts are not shipped with claimx). It prints:
- canonical units emitted that are not in claimx's unit table (target 0);
- four-digit years emitted as claims: bare 1800-2100 numbers with no unit, scale, comma or
  qualifier (target 0), and, as an independent check, year-like numbers right after a date
  word such as "in", "since" or a month name, whatever claimx made of them;
- money written with a symbol and a scale (`£5.7bn`, `$600m`, `€3 million`, `$10k`) read with a
  magnitude other than an independent regex reading of the same figure (target 0), and such
  figures claimx did not read as money at all;
- the speed of find_quantities in words per second.
"""

from __future__ import annotations

import math
import re
import sys
import time
from collections import Counter
from pathlib import Path

from claimx.quantities import find_quantities
from claimx.units import is_known_unit

DEFAULT_DIR = Path("/work/shared/bench/bbc/business")

# The independent reading: a currency symbol, a number and a scale, nothing else.
MONEY = re.compile(
    r"(?<![A-Za-z$])(?P<sym>US\$|\$|£|€)\s?(?P<num>\d{1,3}(?:,\d{3})*(?:\.\d+)?|\d+(?:\.\d+)?)\s?"
    r"(?P<scale>bn|billion|million|mn|m|k|tn|trillion)\b"
)
SCALE = {"bn": 1e9, "billion": 1e9, "m": 1e6, "mn": 1e6, "million": 1e6, "k": 1e3,
         "tn": 1e12, "trillion": 1e12}
CODE = {"$": "USD", "US$": "USD", "£": "GBP", "€": "EUR"}
DATE_WORD_YEAR = re.compile(
    r"\b(?:in|since|by|until|till|from|during|of|before|after|January|February|March|April|May"
    r"|June|July|August|September|October|November|December)\s+(?P<year>(?:18|19|20)\d\d)\b(?!,\d)"
)


def main(argv: list[str]) -> int:
    root = Path(argv[1]) if len(argv) > 1 else DEFAULT_DIR
    files = sorted(root.glob("*.txt")) if root.is_dir() else []
    if not files:
        print(f"skipped: no BBC business texts at {root}")
        return 0
    unknown: Counter[str] = Counter()
    units: Counter[str] = Counter()
    kinds: Counter[str] = Counter()
    bare_years: list[str] = []
    dated_years: list[str] = []
    wrong_magnitude: list[str] = []
    not_money: list[str] = []
    money_checked = 0
    words = 0
    quantities = 0
    elapsed = 0.0
    for path in files:
        text = path.read_text(encoding="utf-8", errors="replace")
        words += len(text.split())
        t0 = time.perf_counter()
        found = find_quantities(text)
        elapsed += time.perf_counter() - t0
        quantities += len(found)
        for q in found:
            kinds[q.kind] += 1
            if q.unit:
                units[q.unit] += 1
                if not is_known_unit(q.unit):
                    unknown[q.unit] += 1
            core = text[q.number_start:q.number_end]
            if (re.fullmatch(r"\d{4}", core) and 1800 <= q.value <= 2100 and q.unit is None
                    and q.qualifier == "exact"):
                bare_years.append(f"{path.name}: {q.text!r}")
        for m in DATE_WORD_YEAR.finditer(text):
            hit = [q for q in found if q.start <= m.start("year") < q.end]
            if hit and hit[0].unit is None:
                dated_years.append(f"{path.name}: {m.group()!r} -> {hit[0].text!r}")
        for m in MONEY.finditer(text):
            money_checked += 1
            expected = float(m["num"].replace(",", "")) * SCALE[m["scale"]]
            hit = [q for q in found if q.start < m.end() and m.start() < q.end
                   and q.kind in ("money", "vague")]
            label = f"{path.name}: {m.group()!r}"
            if not hit:
                not_money.append(label)
                continue
            q = hit[0]
            read = [q.value] + ([q.value_high] if q.value_high is not None else [])
            if not any(math.isclose(v, expected, rel_tol=1e-9) for v in read):
                wrong_magnitude.append(f"{label} -> {q.text!r} = {q.value:g}")
            elif q.unit and q.unit.split("/")[0] != CODE[m["sym"]]:
                wrong_magnitude.append(f"{label} -> {q.text!r} unit {q.unit}")
    print(f"BBC {root.name}: {len(files)} articles, {words} words, {quantities} quantities")
    print("kinds: " + ", ".join(f"{k} {n}" for k, n in kinds.most_common()))
    print("top units: " + ", ".join(f"{u} {n}" for u, n in units.most_common(15)))
    print(f"units not in the table: {sum(unknown.values())} {dict(unknown) or ''}".rstrip())
    print(f"bare four-digit years emitted: {len(bare_years)}")
    for line in bare_years[:10]:
        print("   ", line)
    print(f"years after a date word emitted as a count: {len(dated_years)}")
    for line in dated_years[:10]:
        print("   ", line)
    print(f"money with a scale suffix checked: {money_checked}; wrong magnitude or currency: "
          f"{len(wrong_magnitude)}; not read as money: {len(not_money)}")
    for line in (wrong_magnitude + not_money)[:20]:
        print("   ", line)
    print(f"find_quantities: {elapsed:.3f}s, {words / elapsed:,.0f} words/s")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
