"""Score claimx and quantulum3 on the Microsoft Recognizers-Text English number and unit specs.

Usage: .venv/bin/python bench/recognizers.py [SPEC_DIR]

SPEC_DIR defaults to ../shared/bench/recognizers beside the repository. Cases whose
NotSupported or NotSupportedByDesign lists python are left out (counted in the output), as are
expected results without a value (a bare unit word such as "celsius" in "convert 10 celsius to
fahrenheit": claimx finds numbers, not unit names). For each spec file and system it prints
precision, recall and F1 for the value alone and for value and unit together. A prediction
pairs with an expected result when their spans overlap (one-to-one, equal values preferred);
each system is scored only on the mentions of the spec's type (money for Currency, measures
for Dimension, ...), as the Recognizers models are.
"""

from __future__ import annotations

import json
import math
import re
import sys
import time
import warnings
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from claimx.quantities import find_quantities

DEFAULT_DIR = Path(__file__).resolve().parents[2] / "shared/bench/recognizers"
SPEC_FILES = [
    "NumberWithUnit/English/CurrencyModel.json",
    "NumberWithUnit/English/DimensionModel.json",
    "NumberWithUnit/English/AgeModel.json",
    "NumberWithUnit/English/TemperatureModel.json",
    "Number/English/NumberModel.json",
    "Number/English/PercentModel.json",
    "Number/English/NumberRangeModel.json",
    "Number/English/OrdinalModel.json",
]

# Spec unit names -> claimx canonical names (a set where the spec's name is generic).
SPEC_UNITS: dict[str, set[str]] = {
    "Dollar": {"USD"}, "United States dollar": {"USD"}, "Euro": {"EUR"},
    "Chinese yuan": {"CNY"}, "Pound": {"GBP", "pound_mass"}, "British pound": {"GBP"},
    "Cent": {"USX"}, "Pence": {"GBX"}, "Penny": {"GBX"}, "Canadian dollar": {"CAD"},
    "Japanese yen": {"JPY"}, "Franc": {"CHF", "FRF", "XOF", "XAF", "BEF"},
    "Swiss franc": {"CHF"}, "Australian dollar": {"AUD"}, "Bitcoin": {"BTC"},
    "Turkish lira": {"TRY"}, "Rupee": {"INR", "PKR", "LKR", "NPR"}, "Mexican peso": {"MXN"},
    "Finnish markka": {"FIM"}, "Hong Kong dollar": {"HKD"}, "Peseta": {"ESP"},
    "Netherlands guilder": {"NLG"}, "Costa Rican colón": {"CRC"}, "Georgian lari": {"GEL"},
    "Lao kip": {"LAK"}, "Sri Lankan rupee": {"LKR"}, "New Zealand dollar": {"NZD"},
    "Foot": {"foot"}, "Meter": {"metre"}, "Mile": {"mile"}, "Gallon": {"gallon"},
    "Ton": {"tonne"}, "Metric ton": {"tonne"}, "Kilometer per hour": {"kilometre/hour"},
    "Mile per hour": {"mile/hour"}, "Kilogram": {"kilogram"}, "Gram": {"gram"},
    "Microgram": {"microgram"}, "Inch": {"inch"}, "Square meter": {"square_metre"},
    "Square kilometer": {"square_kilometre"}, "Kilometer": {"kilometre"},
    "Millimeter": {"millimetre"}, "Milliliter": {"millilitre"}, "Barrel": {"barrel"},
    "Ounce": {"ounce"}, "Acre": {"acre"}, "Cubic foot": {"cubic_foot"}, "Bit": {"bit"},
    "Decimeter": {"decimetre"}, "Picometer": {"picometre"}, "Megabit": {"megabit"},
    "Megabyte": {"megabyte"}, "Degree": {"degree"},
    "Year": {"year"}, "Month": {"month"}, "Week": {"week"}, "Day": {"day"}, "Age": {"year"},
    "C": {"degree_celsius"}, "F": {"degree_fahrenheit"},
}

# quantulum3 unit names that the generic spelling rules below do not turn into claimx names.
QUANTULUM_UNITS = {
    "pound-mass": "pound_mass", "pound sterling": "GBP", "percentage": "percent",
    "degree Celsius": "degree_celsius", "degree fahrenheit": "degree_fahrenheit",
    "degree Fahrenheit": "degree_fahrenheit", "short ton": "tonne", "ton": "tonne",
    "metric ton": "tonne", "penny": "GBX", "cent": "USX", "litre": "litre",
}


@dataclass(frozen=True)
class Found:
    """One system output in a spec's terms: span, value, canonical unit and mention type."""

    start: int
    end: int
    value: float
    unit: str | None
    kind: str  # money | measure | temperature | age | duration | percent | number


def claimx_found(text: str) -> list[Found]:
    """claimx quantities as Found records."""
    out = []
    for q in find_quantities(text):
        kind = q.kind
        if q.unit in ("degree_celsius", "degree_fahrenheit", "degree"):
            kind = "temperature"
        elif kind == "duration" and _AGE_CUE.search(q.text):
            kind = "age"
        out.append(Found(q.start, q.end, q.value, q.unit, kind))
    return out


_AGE_CUE = re.compile(r"\bold\b|of age|\baged?\b|\byo\b", re.I)


def quantulum_found(text: str) -> list[Found]:
    """quantulum3 quantities as Found records, its unit names mapped to claimx's."""
    from quantulum3 import parser

    out = []
    for q in parser.parse(text):
        unit = q.unit
        entity = unit.entity.name
        if entity == "currency":
            name = getattr(unit, "currency_code", None) or QUANTULUM_UNITS.get(unit.name)
            kind = "money"
        else:
            name = QUANTULUM_UNITS.get(unit.name) or _spelled_unit(unit.name)
            kind = {
                "dimensionless": "number", "time": "duration", "temperature": "temperature",
            }.get(entity, "measure")
            if unit.name == "percentage":
                kind = "percent"
        start, end = q.span
        if kind == "duration" and _AGE_CUE.search(text[start:end + 8]):
            kind = "age"
        if kind == "number" and unit.name == "dimensionless":
            name = None
        out.append(Found(start, end, float(q.value), name, kind))
    return out


def _spelled_unit(name: str) -> str | None:
    """A quantulum3 unit name in claimx spelling ("kilometre per hour" -> "kilometre/hour")."""
    if name in ("dimensionless", ""):
        return None
    name = name.lower().replace("meter", "metre").replace(" per ", "/")
    return name.replace(" ", "_").replace("-", "_")


# Which system outputs a spec file scores: the Recognizers model for that spec finds only these.
SPEC_KINDS: dict[str, set[str]] = {
    "CurrencyModel": {"money"},
    "DimensionModel": {"measure"},
    "AgeModel": {"age"},
    "TemperatureModel": {"temperature"},
    "PercentModel": {"percent"},
}


@dataclass
class Counts:
    """Pairs, predictions and expectations summed over a spec file."""

    value_ok: int = 0
    unit_ok: int = 0
    predicted: int = 0
    expected: int = 0

    def scores(self, hits: int) -> tuple[float, float, float]:
        p = hits / self.predicted if self.predicted else 0.0
        r = hits / self.expected if self.expected else 0.0
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def expected_results(case: dict, spec: str) -> list[tuple[int, int, float, str | None]]:
    """The spec's results as (start, end, value, unit name) with the value parsed."""
    out = []
    for r in case["Results"]:
        res = r.get("Resolution") or {}
        raw = res.get("value")
        if raw is None:
            continue
        raw = str(raw).rstrip("%")
        try:
            value = float(raw)
        except ValueError:
            continue
        unit = res.get("unit")
        if spec == "PercentModel":
            unit = "percent"
        out.append((r["Start"], r["End"] + 1, value, unit))
    return out


def skipped_valueless(case: dict) -> int:
    """How many of a case's results carry no value."""
    return sum(1 for r in case["Results"] if (r.get("Resolution") or {}).get("value") is None)


def unit_matches(spec_unit: str | None, unit: str | None, spec: str) -> bool:
    """Whether a claimx canonical unit agrees with the spec's unit name."""
    if spec == "PercentModel":
        return unit == "percent"
    if spec_unit is None or spec.startswith("Number"):
        return True
    allowed = SPEC_UNITS.get(spec_unit, set())
    # The specs have no rates: "500,000 barrels a day" is annotated as Barrel, so a rate
    # agrees when its numerator does, unless the spec names the rate itself (Mile per hour).
    return unit in allowed or "/" not in "".join(allowed) and (unit or "").split("/")[0] in allowed


def same_value(a: float, b: float) -> bool:
    return math.isclose(a, b, rel_tol=1e-6, abs_tol=1e-9)


def score_case(
    found: list[Found], expected: list[tuple[int, int, float, str | None]], spec: str,
    value_counts: Counts, unit_counts: Counts,
) -> None:
    """Pair one case's outputs with its expected results and add them to both counts.

    Value scoring also takes untyped numbers that overlap an expected result (a system that
    finds "$ 75 million" as the number 75000000 has the value right; a bare count elsewhere in
    the sentence is not annotated by a unit spec, so it is neither right nor wrong);
    value+unit scoring takes only outputs of the spec's type.
    """
    kinds = SPEC_KINDS.get(spec)
    for counts, allowed in ((value_counts, kinds and kinds | {"count", "number"}),
                            (unit_counts, kinds)):
        preds = [
            f for f in found
            if allowed is None or f.kind in (kinds or ()) or f.kind in allowed
            and any(f.start < end and start < f.end for start, end, _, _ in expected)
        ]
        counts.predicted += len(preds)
        counts.expected += len(expected)
        used: set[int] = set()
        for start, end, value, unit in expected:
            overlapping = [
                i for i, f in enumerate(preds) if i not in used and f.start < end and start < f.end
            ]
            if not overlapping:
                continue
            overlapping.sort(key=lambda i: not same_value(preds[i].value, value))
            best = preds[overlapping[0]]
            used.add(overlapping[0])
            if same_value(best.value, value):
                counts.value_ok += 1
                if counts is unit_counts and unit_matches(unit, best.unit, spec):
                    counts.unit_ok += 1


def main(argv: list[str]) -> int:
    root = Path(argv[1]) if len(argv) > 1 else DEFAULT_DIR
    if not root.is_dir():
        print(f"skipped: no spec directory at {root}")
        return 0
    warnings.filterwarnings("ignore")
    systems: dict[str, Callable[[str], list[Found]]] = {
        "claimx": claimx_found, "quantulum3": quantulum_found,
    }
    quantulum_found("warm-up 5 km")  # quantulum3 loads its data on first use: not timed
    header = (f"{'spec':<26}{'cases':>6}{'skip':>5}{'noval':>6}  {'system':<11}"
              f"{'value P/R/F1':>20}  {'value+unit P/R/F1':>20}")
    print(header)
    print("-" * len(header))
    timings = {name: 0.0 for name in systems}
    for rel in SPEC_FILES:
        path = root / rel
        if not path.exists():
            print(f"{rel}: missing, skipped")
            continue
        spec = path.stem
        cases = json.loads(path.read_text(encoding="utf-8-sig"))
        kept = [
            c for c in cases
            if "python" not in (c.get("NotSupported", "") + "," + c.get("NotSupportedByDesign", ""))
            .lower()
        ]
        valueless = sum(skipped_valueless(c) for c in kept)
        for name, system in systems.items():
            value_counts, unit_counts = Counts(), Counts()
            t0 = time.perf_counter()
            outputs = [system(c["Input"]) for c in kept]
            timings[name] += time.perf_counter() - t0
            for case, found in zip(kept, outputs, strict=True):
                score_case(found, expected_results(case, spec), spec, value_counts, unit_counts)
            vp, vr, vf = value_counts.scores(value_counts.value_ok)
            up, ur, uf = unit_counts.scores(unit_counts.unit_ok)
            print(f"{spec:<26}{len(kept):>6}{len(cases) - len(kept):>5}{valueless:>6}  {name:<11}"
                  f"{vp:>8.3f}{vr:>6.3f}{vf:>6.3f}  {up:>8.3f}{ur:>6.3f}{uf:>6.3f}")
    print()
    print("time over all kept cases: " + ", ".join(f"{k} {v:.2f}s" for k, v in timings.items()))
    print("skip = cases marked NotSupported/NotSupportedByDesign for python; "
          "noval = expected results without a value, left out")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
