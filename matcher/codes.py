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
