"""The canonical unit table: every unit name claimx may emit and the written forms mapping to it."""

from __future__ import annotations

# ISO 4217 codes claimx emits for money, plus the minor units the guidelines name (GBX pence,
# USX US cents) and BTC, the code news and exchanges use for bitcoin.
CURRENCY_CODES = frozenset(
    """
    AED AFN ALL AMD ANG AOA ARS AUD AWG AZN BAM BBD BDT BGN BHD BIF BMD BND BOB BRL BSD BTN
    BWP BYN BZD CAD CDF CHF CLP CNY COP CRC CUP CVE CZK DJF DKK DOP DZD EGP ERN ETB EUR FJD
    FKP GBP GEL GHS GIP GMD GNF GTQ GYD HKD HNL HTG HUF IDR ILS INR IQD IRR ISK JMD JOD JPY
    KES KGS KHR KMF KPW KRW KWD KYD KZT LAK LBP LKR LRD LSL LYD MAD MDL MGA MKD MMK MNT MOP
    MRU MUR MVR MWK MXN MYR MZN NAD NGN NIO NOK NPR NZD OMR PAB PEN PGK PHP PKR PLN PYG QAR
    RON RSD RUB RWF SAR SBD SCR SDG SEK SGD SHP SLE SOS SRD SSP STN SYP SZL THB TJS TMT TND
    TOP TRY TTD TWD TZS UAH UGX USD UYU UZS VES VND VUV WST XAF XCD XOF XPF YER ZAR ZMW ZWL
    FRF DEM ITL ESP NLG FIM BEF ATS IEP PTE GRD
    GBX USX BTC
    """.split()
)

# Non-money canonical units: singular, British spelling, `_` inside multiword names.
UNITS = frozenset(
    """
    percent percentage_point basis_point fraction magnitude degree
    hectare acre square_kilometre square_mile square_metre square_foot
    kilometre mile metre decimetre centimetre millimetre micrometre nanometre picometre
    foot inch yard nautical_mile
    tonne kilogram gram milligram microgram pound_mass ounce carat
    barrel litre millilitre gallon cubic_metre cubic_foot
    degree_celsius degree_fahrenheit
    year month week day working_day hour minute second millisecond decade century
    watt kilowatt megawatt gigawatt terawatt
    watt_hour kilowatt_hour megawatt_hour gigawatt_hour terawatt_hour
    joule kilojoule megajoule gigajoule calorie kilocalorie
    bit kilobit megabit gigabit byte kilobyte megabyte gigabyte terabyte
    hertz kilohertz megahertz gigahertz
    megaflop gigaflop teraflop petaflop
    knot
    """.split()
)
# The units of area among them.
AREA_UNITS = frozenset(u for u in UNITS if u in ("hectare", "acre") or u.startswith("square_"))


def is_known_unit(name: str | None) -> bool:
    """True when `name` is a canonical unit, or a rate whose every side is one."""
    if not name:
        return False
    return all(part in UNITS or part in CURRENCY_CODES for part in name.split("/"))


def unit_kind(name: str) -> str:
    """The Quantity kind of a canonical unit: money, percent, duration, fraction or measure."""
    head = name.split("/")[0]
    if head in CURRENCY_CODES:
        return "money"
    if head in ("percent", "percentage_point", "basis_point"):
        return "percent"
    if head in _DURATIONS:
        return "duration"
    if head == "fraction":
        return "fraction"
    return "measure"


_DURATIONS = frozenset(
    "year month week day working_day hour minute second millisecond decade century".split()
)

# Currency written before the number. Matched case-sensitively: "A$" is the Australian
# dollar while "a $5 fee" is not.
CURRENCY_PREFIXES: dict[str, str] = {
    "US$": "USD", "U.S.$": "USD", "US $": "USD", "U.S. $": "USD",
    "A$": "AUD", "AU$": "AUD", "C$": "CAD", "CA$": "CAD", "Can$": "CAD", "HK$": "HKD",
    "NT$": "TWD", "NZ$": "NZD", "S$": "SGD", "SG$": "SGD", "Mex$": "MXN", "R$": "BRL",
    "$": "USD", "£": "GBP", "€": "EUR", "¥": "JPY", "₹": "INR", "₦": "NGN", "₽": "RUB",
    "₩": "KRW", "₺": "TRY", "₴": "UAH", "₱": "PHP", "₫": "VND", "₪": "ILS", "₼": "AZN",
    "₡": "CRC", "₾": "GEL", "₭": "LAK", "₸": "KZT", "฿": "THB", "₿": "BTC",
    "Rs.": "INR", "Rs": "INR", "RMB": "CNY",
}

# Currency written after the number, lower-cased; adjectives pin the currency down.
CURRENCY_WORDS: dict[str, str] = {
    "us dollars": "USD", "us dollar": "USD", "u.s. dollars": "USD", "american dollars": "USD",
    "australian dollars": "AUD", "australian dollar": "AUD",
    "canadian dollars": "CAD", "canadian dollar": "CAD",
    "hong kong dollars": "HKD", "hong kong dollar": "HKD",
    "new zealand dollars": "NZD", "new zealand dollar": "NZD",
    "singapore dollars": "SGD", "singapore dollar": "SGD",
    "taiwan dollars": "TWD", "taiwanese dollars": "TWD", "new taiwan dollars": "TWD",
    "zimbabwe dollars": "ZWL", "zimbabwean dollars": "ZWL",
    "dollars": "USD", "dollar": "USD",
    "euros": "EUR", "euro": "EUR",
    "pounds sterling": "GBP", "pound sterling": "GBP", "sterling": "GBP",
    "british pounds": "GBP", "egyptian pounds": "EGP", "lebanese pounds": "LBP",
    "pence": "GBX", "penny": "GBX", "us cents": "USX", "cents": "USX", "cent": "USX",
    "japanese yen": "JPY", "yen": "JPY",
    "chinese yuan": "CNY", "yuan": "CNY", "renminbi": "CNY", "rmb": "CNY",
    "indian rupees": "INR", "pakistani rupees": "PKR", "sri lankan rupees": "LKR",
    "nepalese rupees": "NPR", "rupees": "INR", "rupee": "INR",
    "azerbaijani manat": "AZN", "turkmen manat": "TMT", "manat": "AZN",
    "russian roubles": "RUB", "russian rubles": "RUB", "roubles": "RUB", "rubles": "RUB",
    "rouble": "RUB", "ruble": "RUB",
    "turkish lira": "TRY", "lira": "TRY", "liras": "TRY",
    "nigerian naira": "NGN", "naira": "NGN",
    "south african rand": "ZAR", "rand": "ZAR",
    "swiss francs": "CHF", "swiss franc": "CHF", "french francs": "FRF",
    "cfa francs": "XOF", "francs": "CHF", "franc": "CHF",
    "mexican pesos": "MXN", "argentine pesos": "ARS", "philippine pesos": "PHP",
    "chilean pesos": "CLP", "colombian pesos": "COP", "pesos": "MXN",
    "brazilian reais": "BRL", "reais": "BRL",
    "polish zloty": "PLN", "zlotys": "PLN", "zloty": "PLN", "złotys": "PLN", "złoty": "PLN",
    "danish kroner": "DKK", "norwegian kroner": "NOK", "swedish kronor": "SEK",
    "swedish krona": "SEK", "kronor": "SEK", "kroner": "DKK",
    "israeli shekels": "ILS", "shekels": "ILS", "shekel": "ILS",
    "uae dirhams": "AED", "dirhams": "AED", "dirham": "AED",
    "saudi riyals": "SAR", "riyals": "SAR", "riyal": "SAR", "qatari riyals": "QAR",
    "iranian rials": "IRR", "rials": "IRR", "rial": "IRR", "omani rials": "OMR",
    "yemeni rials": "YER", "kuwaiti dinars": "KWD", "jordanian dinars": "JOD",
    "bahraini dinars": "BHD", "algerian dinars": "DZD", "tunisian dinars": "TND",
    "libyan dinars": "LYD", "serbian dinars": "RSD", "czech crowns": "CZK", "koruna": "CZK",
    "romanian lei": "RON", "lei": "RON", "kyats": "MMK", "kyat": "MMK", "bolivars": "VES",
    "afghanis": "AFN", "turkish lire": "TRY", "italian lire": "ITL", "lire": "ITL",
    "escudos": "PTE", "drachmas": "GRD", "irish punts": "IEP", "belgian francs": "BEF",
    "ringgit": "MYR", "baht": "THB", "rupiah": "IDR", "hryvnias": "UAH", "hryvnia": "UAH",
    "korean won": "KRW", "south korean won": "KRW", "dong": "VND", "tenge": "KZT",
    "kenyan shillings": "KES", "ugandan shillings": "UGX", "tanzanian shillings": "TZS",
    "shillings": "KES", "cedis": "GHS", "kwacha": "ZMW", "birr": "ETB", "taka": "BDT",
    "dinars": "IQD", "forint": "HUF", "lari": "GEL", "dram": "AMD", "drams": "AMD",
    "pesetas": "ESP", "deutsche marks": "DEM", "deutschmarks": "DEM",
    "guilders": "NLG", "dutch guilders": "NLG", "finnish markka": "FIM", "markka": "FIM",
    "bitcoins": "BTC", "bitcoin": "BTC",
}

# ISO codes as news writes them beside a number ("AZN 5m", "5bn USD"). Codes that are also
# upper-case English words (ALL, TOP, PEN, CUP, MAD, ...) are left out on purpose.
WRITTEN_CODES = frozenset(
    """
    USD EUR GBP JPY CNY INR AZN AUD CAD CHF HKD NZD SGD KRW TWD RUB BRL MXN ZAR NGN KES PLN
    SEK NOK DKK AED SAR QAR EGP PKR BDT IDR MYR THB PHP VND UAH KZT ILS CZK HUF RON GHS ARS
    CLP COP PEN UGX TZS ETB XOF XAF IRR IQD KWD BHD OMR JOD LKR NPR MMK GEL AMD UZS BYN
    """.split()
) - {"PEN"}

# Measures written after the number (lower-cased unless listed in MEASURE_SYMBOLS).
MEASURE_WORDS: dict[str, str] = {
    "per cent": "percent", "percent": "percent", "percents": "percent",
    "percentage points": "percentage_point", "percentage point": "percentage_point",
    "basis points": "basis_point", "basis point": "basis_point",
    "hectares": "hectare", "hectare": "hectare", "acres": "acre", "acre": "acre",
    "square kilometres": "square_kilometre", "square kilometers": "square_kilometre",
    "square kilometre": "square_kilometre", "square kilometer": "square_kilometre",
    "sq km": "square_kilometre", "sq. km": "square_kilometre", "square km": "square_kilometre",
    "sq mi": "square_mile",
    "square miles": "square_mile", "square mile": "square_mile", "sq miles": "square_mile",
    "square metres": "square_metre", "square meters": "square_metre",
    "square metre": "square_metre", "square meter": "square_metre", "sq m": "square_metre",
    "square feet": "square_foot", "square foot": "square_foot", "sq ft": "square_foot",
    "cubic metres": "cubic_metre", "cubic meters": "cubic_metre", "cubic metre": "cubic_metre",
    "cubic meter": "cubic_metre", "cubic feet": "cubic_foot", "cubic foot": "cubic_foot",
    "kilometres": "kilometre", "kilometers": "kilometre", "kilometre": "kilometre",
    "kilometer": "kilometre", "miles": "mile", "mile": "mile",
    "nautical miles": "nautical_mile", "nautical mile": "nautical_mile",
    "metres": "metre", "meters": "metre", "metre": "metre", "meter": "metre",
    "centimetres": "centimetre", "centimeters": "centimetre", "centimetre": "centimetre",
    "centimeter": "centimetre", "millimetres": "millimetre", "millimeters": "millimetre",
    "millimetre": "millimetre", "millimeter": "millimetre",
    "micrometres": "micrometre", "micrometers": "micrometre", "microns": "micrometre",
    "nanometres": "nanometre", "nanometers": "nanometre", "picometres": "picometre",
    "picometers": "picometre", "picometre": "picometre", "picometer": "picometre",
    "decimetres": "decimetre", "decimeters": "decimetre",
    "feet": "foot", "foot": "foot", "inches": "inch", "inch": "inch",
    "yards": "yard", "yard": "yard",
    "tonnes": "tonne", "tonne": "tonne", "metric tons": "tonne", "metric ton": "tonne",
    "tons": "tonne", "ton": "tonne",
    "kilogrammes": "kilogram", "kilograms": "kilogram", "kilogram": "kilogram",
    "kilos": "kilogram", "kilo": "kilogram",
    "grams": "gram", "gram": "gram", "grammes": "gram", "gramme": "gram",
    "milligrams": "milligram", "milligram": "milligram",
    "micrograms": "microgram", "microgram": "microgram", "microgrammes": "microgram",
    "ounces": "ounce", "ounce": "ounce", "carats": "carat",
    "barrels": "barrel", "barrel": "barrel",
    "litres": "litre", "liters": "litre", "litre": "litre", "liter": "litre",
    "millilitres": "millilitre", "milliliters": "millilitre",
    "gallons": "gallon", "gallon": "gallon",
    "degrees celsius": "degree_celsius", "degree celsius": "degree_celsius",
    "degrees centigrade": "degree_celsius", "degrees c": "degree_celsius",
    "deg celsius": "degree_celsius", "deg c": "degree_celsius",
    "celsius": "degree_celsius", "celcius": "degree_celsius", "centigrade": "degree_celsius",
    "degrees fahrenheit": "degree_fahrenheit", "degree fahrenheit": "degree_fahrenheit",
    "degrees farenheit": "degree_fahrenheit", "degrees f": "degree_fahrenheit",
    "deg fahrenheit": "degree_fahrenheit", "deg f": "degree_fahrenheit",
    "fahrenheit": "degree_fahrenheit", "farenheit": "degree_fahrenheit",
    "degrees": "degree", "degree": "degree", "deg": "degree",
    "miles per hour": "mile/hour", "miles an hour": "mile/hour", "mph": "mile/hour",
    "kilometres per hour": "kilometre/hour", "kilometers per hour": "kilometre/hour",
    "kilometres an hour": "kilometre/hour", "kilometers an hour": "kilometre/hour",
    "kph": "kilometre/hour", "kmph": "kilometre/hour", "km/h": "kilometre/hour",
    "km/hr": "kilometre/hour", "knots": "knot",
    "years": "year", "year": "year", "yrs": "year", "months": "month", "month": "month",
    "weeks": "week", "week": "week", "days": "day", "day": "day",
    "working days": "working_day", "working day": "working_day", "business days": "working_day",
    "business day": "working_day",
    "hours": "hour", "hour": "hour", "hrs": "hour", "minutes": "minute", "minute": "minute",
    "mins": "minute", "seconds": "second", "second": "second", "secs": "second",
    "milliseconds": "millisecond", "decades": "decade", "decade": "decade",
    "centuries": "century", "century": "century",
    "kilowatt-hours": "kilowatt_hour", "kilowatt hours": "kilowatt_hour",
    "kilowatt-hour": "kilowatt_hour", "kilowatt hour": "kilowatt_hour",
    "megawatt-hours": "megawatt_hour", "megawatt hours": "megawatt_hour",
    "gigawatt-hours": "gigawatt_hour", "gigawatt hours": "gigawatt_hour",
    "terawatt-hours": "terawatt_hour", "terawatt hours": "terawatt_hour",
    "watts": "watt", "kilowatts": "kilowatt", "kilowatt": "kilowatt",
    "megawatts": "megawatt", "megawatt": "megawatt", "gigawatts": "gigawatt",
    "gigawatt": "gigawatt", "terawatts": "terawatt",
    "gigajoules": "gigajoule", "gigajoule": "gigajoule", "megajoules": "megajoule",
    "joules": "joule", "calories": "calorie", "kilocalories": "kilocalorie",
    "megabytes": "megabyte", "gigabytes": "gigabyte", "terabytes": "terabyte",
    "kilobytes": "kilobyte", "bytes": "byte", "megabits": "megabit", "gigabits": "gigabit",
    "megabyte": "megabyte", "gigabyte": "gigabyte", "terabyte": "terabyte",
    "kilobyte": "kilobyte", "byte": "byte", "megabit": "megabit", "gigabit": "gigabit",
    "kilobits": "kilobit", "kilobit": "kilobit",
    "bits": "bit", "bit": "bit",
    "hertz": "hertz", "kilohertz": "kilohertz", "megahertz": "megahertz",
    "gigahertz": "gigahertz",
    # Computing speed, floating-point operations a second ("360 teraflops").
    "megaflops": "megaflop", "gigaflops": "gigaflop", "teraflops": "teraflop",
    "petaflops": "petaflop", "megaflop": "megaflop", "gigaflop": "gigaflop",
    "teraflop": "teraflop", "petaflop": "petaflop",
    # Singular forms ("a 100 watt bulb", "one kilocalorie", "1 millisecond").
    "millisecond": "millisecond", "watt": "watt", "terawatt": "terawatt",
    "joule": "joule", "kilojoule": "kilojoule", "kilojoules": "kilojoule",
    "megajoule": "megajoule", "calorie": "calorie", "kilocalorie": "kilocalorie",
    "carat": "carat", "knot": "knot", "nanometre": "nanometre", "nanometer": "nanometre",
    "micrometre": "micrometre", "micrometer": "micrometre", "micron": "micrometre",
    "decimetre": "decimetre", "decimeter": "decimetre",
    "millilitre": "millilitre", "milliliter": "millilitre",
    "megawatt hour": "megawatt_hour", "megawatt-hour": "megawatt_hour",
    "gigawatt hour": "gigawatt_hour", "gigawatt-hour": "gigawatt_hour",
    "terawatt hour": "terawatt_hour", "terawatt-hour": "terawatt_hour",
    "watt hour": "watt_hour", "watt-hour": "watt_hour", "watt hours": "watt_hour",
    "watt-hours": "watt_hour",
}

# Abbreviations and symbols, matched case-sensitively ("5 MB" is megabytes, "5G" is a name).
MEASURE_SYMBOLS: dict[str, str] = {
    "%": "percent", "pc": "percent", "ppt": "percentage_point", "pp": "percentage_point",
    "bps": "basis_point", "bp": "basis_point",
    "ha": "hectare", "km²": "square_kilometre", "km2": "square_kilometre",
    "sq km": "square_kilometre", "m²": "square_metre", "m2": "square_metre",
    "km": "kilometre", "dm": "decimetre", "cm": "centimetre", "mm": "millimetre", "m": "metre",
    "ft": "foot", "in": "inch", "yd": "yard", "mi": "mile",
    "t": "tonne", "kg": "kilogram", "g": "gram", "mg": "milligram", "μg": "microgram",
    "mcg": "microgram", "lb": "pound_mass", "lbs": "pound_mass", "oz": "ounce",
    "bbl": "barrel", "l": "litre", "L": "litre", "ml": "millilitre", "mL": "millilitre",
    "°C": "degree_celsius", "° C": "degree_celsius", "ºC": "degree_celsius",
    "C": "degree_celsius", "°F": "degree_fahrenheit", "° F": "degree_fahrenheit",
    "F": "degree_fahrenheit", "°": "degree",
    "mph": "mile/hour", "mpg": "mile/gallon",
    "bpd": "barrel/day", "b/d": "barrel/day", "km/h": "kilometre/hour", "kph": "kilometre/hour",
    "kmph": "kilometre/hour", "km/hr": "kilometre/hour",
    "kWh": "kilowatt_hour", "MWh": "megawatt_hour", "GWh": "gigawatt_hour",
    "TWh": "terawatt_hour", "kW": "kilowatt", "MW": "megawatt", "GW": "gigawatt",
    "GJ": "gigajoule", "MJ": "megajoule", "W": "watt",
    "KB": "kilobyte", "MB": "megabyte", "GB": "gigabyte", "TB": "terabyte",
    "Mb": "megabit", "Gb": "gigabit", "mb": "megabit", "kb": "kilobit",
    # Line speeds and clock rates of tech news: "a 512kbps connection", "8Mbps", "3.8GHz".
    "kbps": "kilobit/second", "Kbps": "kilobit/second", "kbit/s": "kilobit/second",
    "Mbps": "megabit/second", "mbps": "megabit/second", "Mbit/s": "megabit/second",
    "Gbps": "gigabit/second", "gbps": "gigabit/second", "Gbit/s": "gigabit/second",
    "Hz": "hertz", "kHz": "kilohertz", "MHz": "megahertz", "GHz": "gigahertz",
    "yo": "year",
}

# Units a rate may be "per": `$3 per gigajoule`, `barrels a day`, `£5bn a year`.
RATE_DENOMINATORS: dict[str, str] = {
    "year": "year", "annum": "year", "month": "month", "week": "week", "day": "day",
    "hour": "hour", "minute": "minute", "second": "second",
    "barrel": "barrel", "tonne": "tonne", "ton": "tonne", "kilogram": "kilogram",
    "kilo": "kilogram", "kg": "kilogram", "gram": "gram", "ounce": "ounce", "oz": "ounce",
    "pound": "pound_mass", "lb": "pound_mass", "litre": "litre", "liter": "litre",
    "gallon": "gallon", "hectare": "hectare", "acre": "acre", "mile": "mile",
    "kilometre": "kilometre", "kilometer": "kilometre", "km": "kilometre",
    "square metre": "square_metre", "square meter": "square_metre",
    "square kilometre": "square_kilometre", "square kilometer": "square_kilometre",
    "sq km": "square_kilometre", "square mile": "square_mile", "sq mile": "square_mile",
    "square foot": "square_foot", "sq ft": "square_foot",
    "gigajoule": "gigajoule", "megawatt hour": "megawatt_hour",
    "megawatt-hour": "megawatt_hour", "kilowatt hour": "kilowatt_hour",
    "kilowatt-hour": "kilowatt_hour", "kwh": "kilowatt_hour", "mwh": "megawatt_hour",
    "cubic metre": "cubic_metre", "cubic meter": "cubic_metre",
}
