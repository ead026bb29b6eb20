"""Turning messy vendor rows into clean profiles, or a precise reason why not.

Rules, each applied only where the reading is unambiguous:

* counts: ``"48.5M"``, ``"12.5K"``, ``"1,234"`` -> integers;
* shares: ``"41%"`` -> 0.41; a block whose plain numbers exceed 1 is read as percentages;
* complete blocks (age, gender) summing to within ``COMPLETE_TOLERANCE`` of 1 are rescaled to 1;
  partial blocks (countries, languages) summing to at most ``1 + COMPLETE_TOLERANCE`` are
  rescaled down to 1 when over;
* countries and languages given by name or alpha-3 code -> ISO alpha-2;
* rates (engagement, credibility) given as percentages -> fractions;
* platforms by common alias (``ig``, ``yt``, ``twitter``).

Everything else raises ``RowError`` naming the field and what was expected.
"""

from __future__ import annotations

import base64
import json
import math
import re
from collections.abc import Callable
from typing import Any

from pydantic import ValidationError

from matcher.contracts.codes import country_code, language_code
from matcher.contracts.profiles import AGE_BANDS, ENGAGEMENT_RATIO_MAX, GENDERS, Influencer
from matcher.errors import RowError, error_field

#: How far a complete distribution may sum from 1 and still be rescaled (0.98, 1.03 pass).
COMPLETE_TOLERANCE = 0.05
_MULTIPLIERS = {"k": 1e3, "m": 1e6, "b": 1e9}
_COUNT = re.compile(r"^([0-9]*\.?[0-9]+)\s*([kmb])?$", re.IGNORECASE)
PLATFORM_ALIASES = {
    "ig": "instagram", "insta": "instagram", "yt": "youtube", "twitter": "x", "tt": "tiktok",
    "tik tok": "tiktok", "fb": "facebook",
}

RESERVED_ID_ENDING = "/lookalikes"


def _is_blank(value: Any) -> bool:
    return value is None or (isinstance(value, float) and math.isnan(value)) or value == ""


def parse_count(value: Any, field: str) -> int:
    """``48500000``, ``"48.5M"``, ``"12.5K"``, ``"1,234"`` -> int >= 0."""
    if isinstance(value, bool):
        raise RowError(field, f"expected a count, got {value!r}")
    if isinstance(value, (int, float)):
        try:
            number = float(value)
        except OverflowError:  # an integer past a float's range, such as 10**400
            raise RowError(field, "expected a finite count >= 0, got an integer of "
                                  f"{math.floor(math.log10(abs(value))) + 1} digits") from None
    else:
        text = str(value).strip().replace(",", "").replace("_", "")
        match = _COUNT.match(text)
        if not match:
            raise RowError(field, f"expected a count such as 12500 or '12.5K', got {value!r}")
        number = float(match.group(1)) * _MULTIPLIERS.get((match.group(2) or "").lower(), 1)
    if not math.isfinite(number) or number < 0:
        raise RowError(field, f"expected a finite count >= 0, got {value!r}")
    return int(round(number))


def parse_number(value: Any, field: str) -> tuple[float, bool]:
    """A number and whether it was written as a percentage (``"41%"``)."""
    if isinstance(value, bool):
        raise RowError(field, f"expected a number, got {value!r}")
    if isinstance(value, (int, float)):
        if isinstance(value, float) and not math.isfinite(value):
            raise RowError(field, f"expected a finite number, got {value!r}")
        try:
            return float(value), False
        except OverflowError:
            raise RowError(field, f"expected a finite number, got {value!r}") from None
    text = str(value).strip()
    if text.count(",") == 1 and "." not in text:
        text = text.replace(",", ".")
    percent = text.endswith("%")
    try:
        number = float(text.rstrip("%").strip())
    except ValueError:
        raise RowError(field, f"expected a number or a percentage such as '41%', "
                              f"got {value!r}") from None
    return number, percent


def parse_rate(value: Any, field: str, maximum: float = 1.0) -> float:
    """A rate from 0 to ``maximum``; ``3.1``, ``"3.1%"`` (percent) -> 0.031, ``"150%"`` ->
    1.5 where the maximum allows it."""
    number, percent = parse_number(value, field)
    if percent or 1.0 < number <= 100.0:
        number /= 100.0
    if not 0.0 <= number <= maximum:
        raise RowError(field, f"expected a rate between 0 and {maximum:g} (or 0-"
                              f"{maximum * 100:g}%), got {value!r}")
    return number


def _band_key(key: str) -> str:
    text = str(key).strip().lower().replace("_", "-").replace(" ", "").replace("to", "-")
    if text in ("65-plus", "65plus", "65-+", "65+", "65-"):
        return "65+"
    if text in AGE_BANDS:
        return text
    raise RowError("audience.age", f"unknown age band {key!r}, expected one of {list(AGE_BANDS)}")


def _json_cell(raw: Any, field: str, expected: str) -> Any:
    """A flat file's cell holding a JSON object, decoded; any other value as it is."""
    if not isinstance(raw, str):
        return raw
    try:
        return json.loads(raw)
    except (ValueError, RecursionError):  # also: nested too deep, a 5000-digit number
        raise RowError(field, f"expected a JSON object of {expected}, got {raw[:40]!r}") from None


def _share_block(raw: Any, field: str, complete: bool) -> dict[str, float] | None:
    if _is_blank(raw):
        return None
    raw = _json_cell(raw, field, "shares")
    if not isinstance(raw, dict):
        raise RowError(field, f"expected an object of label -> share, got {type(raw).__name__}")
    values: dict[str, float] = {}
    bare: list[str] = []
    for key, value in raw.items():
        if _is_blank(value):
            continue
        number, percent = parse_number(value, f"{field}.{key}")
        if number < 0 or number > 100:
            raise RowError(f"{field}.{key}", f"expected a share between 0 and 1 or a "
                                             f"percentage up to 100, got {value!r}")
        values[str(key)] = number / 100.0 if percent else number
        if not percent:
            bare.append(str(key))
    if not values:
        return None
    if bare and max(values[k] for k in bare) > 1.0:
        for key in bare:
            values[key] /= 100.0
    if field.endswith("interests"):
        return values
    total = sum(values.values())
    if complete and abs(total - 1.0) > COMPLETE_TOLERANCE:
        raise RowError(field, f"shares sum to {total:.3f}, expected 1 (within "
                              f"{COMPLETE_TOLERANCE}; percentages should sum to 100)")
    if not complete and total > 1.0 + COMPLETE_TOLERANCE:
        raise RowError(field, f"shares sum to {total:.3f}, expected at most 1")
    if complete or total > 1.0:
        values = {k: v / total for k, v in values.items()}
    return values


def _keyed(block: dict[str, float] | None, field: str, to_code: Any) -> dict[str, float] | None:
    if block is None:
        return None
    out: dict[str, float] = {}
    for key, share in block.items():
        try:
            code = to_code(key)
        except ValueError as err:
            raise RowError(field, str(err)) from None
        out[code] = out.get(code, 0.0) + share
    return out


def _listed(value: Any, field: str, separators: str) -> Any:
    """A text cell as a list: a JSON array, or parts split on ``separators``; anything else
    as it is."""
    if not isinstance(value, str):
        return value
    text = value.strip()
    if text.startswith("["):
        try:
            return json.loads(text)
        except (ValueError, RecursionError):  # also: nested too deep, a 5000-digit number
            raise RowError(field, f"expected a JSON array, got {text[:40]!r}") from None
    return re.split(separators, text)


def _categories(value: Any) -> list[str]:
    if _is_blank(value):
        return []
    value = _listed(value, "categories", r"[|;,]")
    if not isinstance(value, (list, tuple)):
        raise RowError("categories", f"expected a list of strings, got {type(value).__name__}")
    return [str(v).strip() for v in value if not _is_blank(v) and str(v).strip()]


def _audience(raw: Any) -> dict[str, Any]:
    if _is_blank(raw):
        return {}
    if not isinstance(raw, dict):
        raise RowError("audience", f"expected an object, got {type(raw).__name__}")
    unknown = set(raw) - {"age", "gender", "countries", "languages", "interests", "age_gender",
                          "age_country", "top_countries", "top_languages", "top_interests",
                          "dominant_gender", "dominant_age"}
    if unknown:
        raise RowError("audience", f"unknown blocks {sorted(unknown)}")
    age = _share_block(raw.get("age"), "audience.age", complete=True)
    gender = _share_block(raw.get("gender"), "audience.gender", complete=True)
    out: dict[str, Any] = {
        "age": None if age is None else {_band_key(k): v for k, v in age.items()},
        "gender": None if gender is None else {k.strip().lower(): v for k, v in gender.items()},
        "countries": _keyed(_share_block(raw.get("countries"), "audience.countries", False),
                            "audience.countries", country_code),
        "languages": _keyed(_share_block(raw.get("languages"), "audience.languages", False),
                            "audience.languages", language_code),
        "interests": _share_block(raw.get("interests"), "audience.interests", False),
    }
    if not _is_blank(raw.get("age_gender")):
        out["age_gender"] = _joint_by_gender(raw["age_gender"], "audience.age_gender")
    if not _is_blank(raw.get("age_country")):
        out["age_country"] = _joint_by_country(raw["age_country"], "audience.age_country")
    if not _is_blank(raw.get("top_countries")):
        out["top_countries"] = _ranked_codes(raw["top_countries"], "audience.top_countries",
                                             country_code)
    if not _is_blank(raw.get("top_languages")):
        out["top_languages"] = _ranked_codes(raw["top_languages"], "audience.top_languages",
                                             language_code)
    if not _is_blank(raw.get("top_interests")):
        out["top_interests"] = _ranked_labels(raw["top_interests"], "audience.top_interests")
    if not _is_blank(raw.get("dominant_gender")):
        out["dominant_gender"] = _named(raw["dominant_gender"], "audience.dominant_gender",
                                        str.lower, GENDERS)
    if not _is_blank(raw.get("dominant_age")):
        out["dominant_age"] = _named(raw["dominant_age"], "audience.dominant_age", _band_key,
                                     AGE_BANDS)
    return out


def _joint_by_gender(raw: Any, field: str) -> Any:
    """A joint gender -> band -> share block, its shares read as ``_joint_shares`` reads them
    (the genders are checked by the contract)."""
    raw = _json_cell(raw, field, "gender -> band -> share")
    if not isinstance(raw, dict) or not all(isinstance(b, dict) for b in raw.values()):
        return raw  # the contract names what is wrong
    return _joint_shares({str(k).strip().lower(): v for k, v in raw.items()}, field)


def _joint_by_country(raw: Any, field: str) -> Any:
    """A joint country -> band -> share block with its countries as ISO codes and its bands
    as ``AGE_BANDS`` spell them (the shares are checked by the contract)."""
    raw = _json_cell(raw, field, "country -> band -> share")
    if not isinstance(raw, dict):
        raise RowError(field, f"expected an object of country -> band -> share, got "
                              f"{type(raw).__name__}")
    out: dict[str, Any] = {}
    for key, bands in raw.items():
        try:
            code = country_code(key)
        except ValueError as err:
            raise RowError(field, str(err)) from None
        if not isinstance(bands, dict):
            raise RowError(f"{field}.{code}", f"expected an object of band -> share, got "
                                              f"{type(bands).__name__}")
        if code in out:
            raise RowError(field, f"country {code} appears twice")
        out[code] = bands
    return _joint_shares(out, field)


def _joint_shares(block: dict[str, Any], field: str) -> dict[str, dict[str, float]]:
    """A joint block's band shares read as the marginals' are: blanks skipped, ``"30%"`` or
    a block of bare numbers over 1 read as percentages, a band spelt twice refused."""
    out: dict[str, dict[str, float]] = {}
    bare: list[tuple[str, str]] = []
    for outer, bands in block.items():
        out[outer] = {}
        for band, value in bands.items():
            if _is_blank(value):
                continue
            try:
                key = _band_key(band)
            except RowError as err:
                raise RowError(f"{field}.{outer}", err.reason) from None
            if key in out[outer]:
                raise RowError(f"{field}.{outer}", f"band {key} appears twice")
            number, percent = parse_number(value, f"{field}.{outer}.{key}")
            if number < 0 or number > 100:
                raise RowError(f"{field}.{outer}.{key}", f"expected a share between 0 and 1 "
                                                         f"or a percentage up to 100, got "
                                                         f"{value!r}")
            out[outer][key] = number / 100.0 if percent else number
            if not percent:
                bare.append((outer, key))
    if bare and max(out[o][k] for o, k in bare) > 1.0:
        for outer, key in bare:
            out[outer][key] /= 100.0
    return out


def _named(value: Any, field: str, to_key: Callable[[str], str], allowed: tuple[str, ...]
           ) -> str:
    """One value of a closed set (a dominant gender or age band), or a RowError."""
    if not isinstance(value, str):
        raise RowError(field, f"expected one of {', '.join(allowed)}, got "
                              f"{type(value).__name__}")
    try:
        key = to_key(value.strip())
    except RowError:
        key = ""
    if key not in allowed:
        raise RowError(field, f"expected one of {', '.join(allowed)}, got {value!r}")
    return key


def _ranked_codes(value: Any, field: str, to_code: Callable[[str], str]) -> list[str]:
    """A ranked list of codes from a list, a JSON array or "BR|US|PT" (one name is a list of
    one); names become codes, an unknown one is a RowError."""
    value = _listed(value, field, r"[|;]")
    if not isinstance(value, (list, tuple)):
        raise RowError(field, f"expected a ranked list of codes, got {type(value).__name__}")
    try:
        return [to_code(str(item)) for item in value
                if not _is_blank(item) and str(item).strip()]
    except ValueError as err:
        raise RowError(field, str(err)) from None


def _ranked_labels(value: Any, field: str) -> list[str]:
    """A ranked list of interest labels from a list, a JSON array or "Fitness;Nutrition" (split
    on ";" only: a label may hold "|" or ","; one label is a list of one); the contract checks
    for repeats."""
    value = _listed(value, field, r";")
    if not isinstance(value, (list, tuple)):
        raise RowError(field, f"expected a ranked list of labels, got {type(value).__name__}")
    if not all(isinstance(item, str) for item in value if not _is_blank(item)):
        raise RowError(field, "expected a ranked list of labels (texts)")
    return [item.strip() for item in value if not _is_blank(item) and item.strip()]


def normalise_profile(raw: dict[str, Any]) -> Influencer:
    """A clean ``Influencer`` from a nested raw row, or ``RowError``."""
    try:
        return _normalise_profile(raw)
    except RecursionError:  # json.loads returns values nested deeper than its caller can walk
        raise RowError("row", "nested deeper than a profile can be") from None


def _normalise_profile(raw: dict[str, Any]) -> Influencer:
    if _is_blank(raw.get("id")):
        raise RowError("id", "missing; every profile needs a unique, stable id")
    data: dict[str, Any] = {"id": str(raw["id"]).strip()}
    if data["id"].endswith(RESERVED_ID_ENDING):  # the API reads it as the lookalikes route
        raise RowError("id", f"must not end in {RESERVED_ID_ENDING!r}")
    for key in ("handle", "name", "bio"):
        data[key] = "" if _is_blank(raw.get(key)) else str(raw[key])
    platform = str(raw.get("platform") or "").strip().lower()
    platform = PLATFORM_ALIASES.get(platform, platform)
    data["platform"] = platform
    data["categories"] = _categories(raw.get("categories"))
    for key, to_code in (("country", country_code), ("language", language_code)):
        if not _is_blank(raw.get(key)):
            try:
                data[key] = to_code(raw[key])
            except ValueError as err:
                raise RowError(key, str(err)) from None
    if _is_blank(raw.get("followers")):
        raise RowError("followers", "missing; expected a count >= 0")
    data["followers"] = parse_count(raw["followers"], "followers")
    if not _is_blank(raw.get("engagement_rate")):
        data["engagement_rate"] = parse_rate(raw["engagement_rate"], "engagement_rate",
                                             ENGAGEMENT_RATIO_MAX)
    if not _is_blank(raw.get("avg_views")):
        data["avg_views"] = parse_count(raw["avg_views"], "avg_views")
    if not _is_blank(raw.get("credibility")):
        data["credibility"] = parse_rate(raw["credibility"], "credibility")
    if not _is_blank(raw.get("price_usd")):
        price, _ = parse_number(str(raw["price_usd"]).lstrip("$"), "price_usd")
        data["price_usd"] = price
    data["audience"] = _audience(raw.get("audience"))
    if not _is_blank(raw.get("audience_sketch")):
        data["audience_sketch"] = _sketch_text(raw["audience_sketch"])
    try:
        return Influencer.model_validate(data)
    except ValidationError as err:
        first = err.errors()[0]
        field = error_field(first) or "row"
        raise RowError(field, _describe(first)) from None


def _sketch_text(value: Any) -> str:
    """A sketch cell as ``audience_sketch`` text: a binary cell (Parquet) holds the serialised
    sketch itself, a text cell its base64."""
    if isinstance(value, bytes | bytearray | memoryview):
        return base64.b64encode(bytes(value)).decode("ascii")
    return str(value)


def _describe(error: Any) -> str:
    message = str(error["msg"]).removeprefix("Value error, ")
    if error["type"] == "enum":
        return f"got {error['input']!r}; {message.lower()}"
    if tuple(error.get("loc", ())) == ("audience_sketch",):  # the input is kilobytes
        return message
    if "input" in error and not isinstance(error["input"], dict):
        return f"{message} (got {error['input']!r})"
    return message
