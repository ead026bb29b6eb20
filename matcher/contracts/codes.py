"""ISO country and language codes, and the names exports use for them."""

from __future__ import annotations

import pycountry

COUNTRY_CODES: frozenset[str] = frozenset(c.alpha_2 for c in pycountry.countries)
LANGUAGE_CODES: frozenset[str] = frozenset(
    lang.alpha_2 for lang in pycountry.languages if hasattr(lang, "alpha_2")
)

#: Names seen in vendor exports that pycountry does not resolve by itself.
COUNTRY_ALIASES: dict[str, str] = {
    "usa": "US", "us": "US", "u.s.": "US", "u.s.a.": "US", "united states of america": "US",
    "america": "US", "uk": "GB", "u.k.": "GB", "england": "GB", "scotland": "GB", "wales": "GB",
    "great britain": "GB", "britain": "GB", "south korea": "KR", "korea": "KR",
    "republic of korea": "KR", "north korea": "KP", "russia": "RU", "turkey": "TR",
    "turkiye": "TR", "vietnam": "VN", "iran": "IR", "syria": "SY", "taiwan": "TW",
    "bolivia": "BO", "venezuela": "VE", "tanzania": "TZ", "laos": "LA", "moldova": "MD",
    "czech republic": "CZ", "ivory coast": "CI", "uae": "AE", "hong kong": "HK",
    "macau": "MO", "palestine": "PS", "brasil": "BR", "méxico": "MX", "deutschland": "DE",
    "españa": "ES", "holland": "NL", "the netherlands": "NL", "kosovo": "XK",
}

LANGUAGE_ALIASES: dict[str, str] = {
    "english": "en", "spanish": "es", "portuguese": "pt", "german": "de", "french": "fr",
    "italian": "it", "hindi": "hi", "japanese": "ja", "korean": "ko", "chinese": "zh",
    "mandarin": "zh", "arabic": "ar", "russian": "ru", "turkish": "tr", "indonesian": "id",
    "dutch": "nl", "polish": "pl", "thai": "th", "vietnamese": "vi", "filipino": "tl",
    "tagalog": "tl", "bengali": "bn", "urdu": "ur", "persian": "fa", "farsi": "fa",
    "swedish": "sv", "ukrainian": "uk", "greek": "el", "hebrew": "he", "malay": "ms",
}


def country_code(value: str) -> str:
    """ISO alpha-2 from a code, an alpha-3 code or a country name; ``ValueError`` if unknown."""
    text = str(value).strip()
    if text.upper() in COUNTRY_CODES:
        return text.upper()
    if text.lower() in COUNTRY_ALIASES:
        return COUNTRY_ALIASES[text.lower()]
    try:
        return str(pycountry.countries.lookup(text).alpha_2)
    except LookupError:
        raise ValueError(
            f"unknown country {value!r}, expected an ISO 3166-1 alpha-2 code or a country name"
        ) from None


def language_code(value: str) -> str:
    text = str(value).strip()
    if text.lower() in LANGUAGE_CODES:
        return text.lower()
    if text.lower() in LANGUAGE_ALIASES:
        return LANGUAGE_ALIASES[text.lower()]
    try:
        lang = pycountry.languages.lookup(text)
    except LookupError:
        lang = None
    if lang is not None and hasattr(lang, "alpha_2"):
        return str(lang.alpha_2)
    raise ValueError(f"unknown language {value!r}, expected an ISO 639-1 code or a language name")
