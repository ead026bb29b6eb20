"""Static vocabulary of the simulated creator economy.

Everything here is plain data: age bands, platforms and their published audience splits,
countries with their languages, regions, the latent interests grouped into niches (which the
``default`` provider reports under these very names), bio material, the default segment
phrases with their hidden mapping, and the anchors (niche, region) from which the latent
audience communities are drawn. Other providers' labels are in ``vocab_iab.py``,
``vocab_broad.py``, ``vocab_social.py``, ``vocab_retail.py``, ``vocab_survey.py``,
``vocab_adplatform.py``, ``vocab_media.py``, ``vocab_apps.py``, ``vocab_lifestyle.py``,
``vocab_spend.py``, ``vocab_clubs.py``, ``vocab_intent.py``, ``vocab_visits.py``,
``vocab_courses.py``, ``vocab_careers.py``, ``vocab_events.py``, ``vocab_trips.py``,
``vocab_owners.py``, ``vocab_players.py``, ``vocab_wearables.py``, ``vocab_donors.py``,
``vocab_property.py``, ``vocab_weather.py``, ``vocab_cooks.py``, ``vocab_daters.py`` and
``vocab_voice.py``, tied together in ``vocabularies.py``.
"""

from __future__ import annotations

from dataclasses import dataclass

AGE_BANDS: tuple[str, ...] = ("13-17", "18-24", "25-34", "35-44", "45-54", "55-64", "65+")
GENDERS: tuple[str, ...] = ("female", "male", "other")
PLATFORMS: tuple[str, ...] = ("instagram", "tiktok", "youtube", "twitch", "x")
PLATFORM_WEIGHTS: tuple[float, ...] = (0.40, 0.30, 0.20, 0.05, 0.05)

# Published age splits, transcribed from shared/data/reference/platform_audience_stats.json.
# Only the bands a source gives are checked; "45+" is split evenly over the three bands.
PUBLISHED_AGE_SHARES: dict[str, dict[str, float]] = {
    # key "instagram_global_age_share_2022" (Meta ad audience via DataReportal 2022)
    "instagram": {"13-17": 0.085, "18-24": 0.301, "25-34": 0.315, "35-44": 0.161,
                  "45-54": 0.080, "55-64": 0.036, "65+": 0.021},
    # key "tiktok_global_age_share_2024"; 45+ = 0.14 split evenly
    "tiktok": {"18-24": 0.362, "25-34": 0.339, "35-44": 0.150,
               "45-54": 0.14 / 3, "55-64": 0.14 / 3, "65+": 0.14 / 3},
    # key "youtube_ad_audience_2022" (18-24 is the source's "18-24_share_approx")
    "youtube": {"18-24": 0.15, "25-34": 0.202, "35-44": 0.155},
}
PUBLISHED_MALE_SHARE: dict[str, float] = {
    "instagram": 0.507,  # key "instagram_global_age_share_2022".gender
    "tiktok": 0.52,  # key "tiktok_global_age_share_2024".gender
}

# Guesses (not from any source) for the bands and platforms the sources do not give.
# Twitch and X are young- and male-skewed by assumption; YouTube skews older than Instagram.
GUESSED_AGE_SHARES: dict[str, dict[str, float]] = {
    "instagram": {},
    "tiktok": {"13-17": 0.05},
    "youtube": {"13-17": 0.07, "45-54": 0.16, "55-64": 0.13, "65+": 0.12},
    "twitch": {"13-17": 0.15, "18-24": 0.38, "25-34": 0.30, "35-44": 0.11,
               "45-54": 0.04, "55-64": 0.015, "65+": 0.005},
    "x": {"13-17": 0.04, "18-24": 0.25, "25-34": 0.37, "35-44": 0.18,
          "45-54": 0.09, "55-64": 0.045, "65+": 0.025},
}
GUESSED_MALE_SHARE: dict[str, float] = {"youtube": 0.54, "twitch": 0.68, "x": 0.62}
OTHER_GENDER_SHARE = 0.01


def platform_age_target(platform: str) -> tuple[float, ...]:
    """Full age split a platform is calibrated to: published bands plus guesses, normalised."""
    merged = {**GUESSED_AGE_SHARES.get(platform, {}), **PUBLISHED_AGE_SHARES.get(platform, {})}
    total = sum(merged[b] for b in AGE_BANDS)
    return tuple(merged[b] / total for b in AGE_BANDS)


def platform_male_target(platform: str) -> float:
    """Male share of all followers a platform is calibrated to."""
    return PUBLISHED_MALE_SHARE.get(platform, GUESSED_MALE_SHARE.get(platform, 0.5))


# ISO2 -> (English name, {ISO 639-1 language: P(language | country)}, relative audience size)
COUNTRIES: dict[str, tuple[str, dict[str, float], float]] = {
    "US": ("United States", {"en": 0.88, "es": 0.12}, 10.0),
    "CA": ("Canada", {"en": 0.76, "fr": 0.22, "es": 0.02}, 2.0),
    "BR": ("Brazil", {"pt": 0.98, "en": 0.02}, 6.0),
    "MX": ("Mexico", {"es": 0.97, "en": 0.03}, 4.0),
    "AR": ("Argentina", {"es": 0.98, "en": 0.02}, 2.0),
    "CO": ("Colombia", {"es": 0.98, "en": 0.02}, 1.8),
    "CL": ("Chile", {"es": 0.98, "en": 0.02}, 1.0),
    "PE": ("Peru", {"es": 0.97, "en": 0.03}, 1.0),
    "GB": ("United Kingdom", {"en": 0.97, "pl": 0.02, "cy": 0.01}, 3.5),
    "IE": ("Ireland", {"en": 0.96, "ga": 0.04}, 0.6),
    "DE": ("Germany", {"de": 0.93, "tr": 0.04, "en": 0.03}, 3.5),
    "AT": ("Austria", {"de": 0.96, "en": 0.04}, 0.8),
    "CH": ("Switzerland", {"de": 0.63, "fr": 0.23, "it": 0.08, "en": 0.06}, 0.8),
    "FR": ("France", {"fr": 0.96, "en": 0.02, "ar": 0.02}, 3.0),
    "ES": ("Spain", {"es": 0.90, "ca": 0.08, "en": 0.02}, 2.5),
    "IT": ("Italy", {"it": 0.98, "en": 0.02}, 2.5),
    "NL": ("Netherlands", {"nl": 0.90, "en": 0.10}, 1.2),
    "BE": ("Belgium", {"nl": 0.55, "fr": 0.40, "en": 0.05}, 0.8),
    "PT": ("Portugal", {"pt": 0.97, "en": 0.03}, 0.8),
    "SE": ("Sweden", {"sv": 0.90, "en": 0.10}, 0.8),
    "NO": ("Norway", {"no": 0.92, "en": 0.08}, 0.5),
    "DK": ("Denmark", {"da": 0.92, "en": 0.08}, 0.5),
    "FI": ("Finland", {"fi": 0.88, "sv": 0.05, "en": 0.07}, 0.5),
    "PL": ("Poland", {"pl": 0.97, "en": 0.03}, 1.8),
    "RO": ("Romania", {"ro": 0.96, "en": 0.04}, 0.9),
    "CZ": ("Czechia", {"cs": 0.96, "en": 0.04}, 0.7),
    "UA": ("Ukraine", {"uk": 0.62, "ru": 0.36, "en": 0.02}, 1.2),
    "HU": ("Hungary", {"hu": 0.97, "en": 0.03}, 0.6),
    "IN": ("India", {"hi": 0.55, "en": 0.32, "ta": 0.07, "bn": 0.06}, 9.0),
    "PK": ("Pakistan", {"ur": 0.72, "en": 0.28}, 2.0),
    "BD": ("Bangladesh", {"bn": 0.92, "en": 0.08}, 1.5),
    "KR": ("South Korea", {"ko": 0.98, "en": 0.02}, 1.8),
    "JP": ("Japan", {"ja": 0.98, "en": 0.02}, 2.5),
    "TW": ("Taiwan", {"zh": 0.97, "en": 0.03}, 0.9),
    "ID": ("Indonesia", {"id": 0.94, "en": 0.06}, 5.0),
    "PH": ("Philippines", {"en": 0.55, "tl": 0.45}, 2.5),
    "TH": ("Thailand", {"th": 0.96, "en": 0.04}, 1.8),
    "VN": ("Vietnam", {"vi": 0.97, "en": 0.03}, 1.8),
    "MY": ("Malaysia", {"ms": 0.58, "en": 0.30, "zh": 0.12}, 1.0),
    "SG": ("Singapore", {"en": 0.80, "zh": 0.20}, 0.4),
    "TR": ("Turkey", {"tr": 0.96, "en": 0.04}, 2.5),
    "SA": ("Saudi Arabia", {"ar": 0.92, "en": 0.08}, 1.2),
    "AE": ("United Arab Emirates", {"ar": 0.45, "en": 0.55}, 0.6),
    "EG": ("Egypt", {"ar": 0.96, "en": 0.04}, 2.0),
    "MA": ("Morocco", {"ar": 0.65, "fr": 0.35}, 1.0),
    "NG": ("Nigeria", {"en": 0.96, "yo": 0.04}, 1.5),
    "ZA": ("South Africa", {"en": 0.80, "af": 0.20}, 1.0),
    "KE": ("Kenya", {"en": 0.62, "sw": 0.38}, 0.7),
    "GH": ("Ghana", {"en": 0.97, "tw": 0.03}, 0.5),
    "AU": ("Australia", {"en": 0.97, "zh": 0.03}, 1.6),
    "NZ": ("New Zealand", {"en": 0.97, "mi": 0.03}, 0.4),
}

# Alternative names seen in vendor exports, used by the messy-export generator.
COUNTRY_ALIASES: dict[str, tuple[str, ...]] = {
    "US": ("United States", "USA", "United States of America"),
    "GB": ("UK", "United Kingdom", "Great Britain"),
    "KR": ("South Korea", "Korea, Republic of"),
    "DE": ("Germany", "Deutschland"),
    "AE": ("UAE", "United Arab Emirates"),
}

# region -> (member countries, neighbouring regions where part of a community may live)
REGIONS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "north_america": (("US", "CA"), ("uk_ie", "oceania", "latam")),
    "latam": (("BR", "MX", "AR", "CO", "CL", "PE"), ("north_america", "western_europe")),
    "uk_ie": (("GB", "IE"), ("north_america", "oceania", "western_europe")),
    "dach": (("DE", "AT", "CH"), ("western_europe", "eastern_europe", "nordics")),
    "western_europe": (("FR", "ES", "IT", "NL", "BE", "PT"), ("dach", "uk_ie", "latam")),
    "nordics": (("SE", "NO", "DK", "FI"), ("dach", "uk_ie")),
    "eastern_europe": (("PL", "RO", "CZ", "UA", "HU"), ("dach", "uk_ie")),
    "south_asia": (("IN", "PK", "BD"), ("mena", "uk_ie", "north_america")),
    "east_asia": (("KR", "JP", "TW"), ("sea", "north_america")),
    "sea": (("ID", "PH", "TH", "VN", "MY", "SG"), ("east_asia", "oceania")),
    "mena": (("TR", "SA", "AE", "EG", "MA"), ("western_europe", "south_asia")),
    "africa": (("NG", "ZA", "KE", "GH"), ("uk_ie", "north_america")),
    "oceania": (("AU", "NZ"), ("uk_ie", "north_america", "sea")),
}


@dataclass(frozen=True)
class Niche:
    """A content niche: its provider labels, how its audience looks, and its text material."""

    key: str
    labels: tuple[str, ...]
    categories: tuple[str, ...]
    female_share: float
    age_profile: tuple[float, ...]
    roles: tuple[str, ...]
    topics: tuple[str, ...]
    phrases: dict[str, tuple[str, ...]]


def _n(key: str, labels: str, categories: str, female: float, ages: tuple[float, ...],
       roles: str, topics: str, phrases: dict[str, str]) -> Niche:
    def split(text: str) -> tuple[str, ...]:
        return tuple(x.strip() for x in text.split(";") if x.strip())

    return Niche(key, split(labels), split(categories), female, ages, split(roles), split(topics),
                 {p: split(v) for p, v in phrases.items()})


NICHES: dict[str, Niche] = {n.key: n for n in (
    _n("parenting", "Toys, Children & Baby; Parenting & Family; Friends, Family & Relationships;"
       " Pregnancy & Maternity", "Parenting & Family; Family; Motherhood; Kids & Toys", 0.78,
       (0.01, 0.10, 0.40, 0.32, 0.11, 0.04, 0.02),
       "mom of two; dad of three; first-time parent; family vlogger",
       "toddler meals; gentle parenting; family routines; baby gear reviews; pregnancy diaries",
       {"organic baby food": "Toys, Children & Baby; Parenting & Family",
        "gentle parenting": "Parenting & Family",
        "toddler activities": "Toys, Children & Baby; Parenting & Family",
        "expecting mothers": "Pregnancy & Maternity",
        "family life with young kids": "Parenting & Family; Friends, Family & Relationships"}),
    _n("fitness", "Fitness & Gym; Healthy Lifestyle; Sports Nutrition & Supplements; Activewear;"
       " Running & Marathons", "Fitness; Health & Fitness; Workouts; Running", 0.45,
       (0.05, 0.30, 0.35, 0.17, 0.08, 0.03, 0.02),
       "personal trainer; certified coach; marathon runner; powerlifter",
       "home workouts; strength training; meal prep; running plans; mobility drills",
       {"home workouts": "Fitness & Gym; Healthy Lifestyle",
        "strength training": "Fitness & Gym",
        "protein and supplements": "Sports Nutrition & Supplements",
        "marathon training": "Running & Marathons; Fitness & Gym",
        "gym wear": "Activewear"}),
    _n("wellness", "Yoga & Pilates; Meditation & Mindfulness; Alternative Medicine;"
       " Spirituality & Astrology", "Yoga; Wellness; Mindfulness; Health & Wellbeing", 0.80,
       (0.02, 0.15, 0.30, 0.25, 0.16, 0.08, 0.04),
       "yoga teacher; breathwork guide; wellness coach; pilates instructor",
       "slow flows; morning rituals; meditation; self-care; breathwork",
       {"yoga practice": "Yoga & Pilates",
        "mindful living": "Meditation & Mindfulness; Healthy Lifestyle",
        "breathwork and meditation": "Meditation & Mindfulness",
        "holistic healing": "Alternative Medicine",
        "astrology and tarot": "Spirituality & Astrology"}),
    _n("beauty", "Beauty & Cosmetics; Skincare; Hair Care & Styling; Fragrances & Perfume;"
       " Nail Art", "Beauty; Makeup; Skincare; Beauty & Personal Care", 0.88,
       (0.08, 0.35, 0.30, 0.14, 0.07, 0.04, 0.02),
       "makeup artist; skincare nerd; licensed esthetician; hairstylist",
       "everyday makeup; skincare routines; product reviews; glow-ups; hair tutorials",
       {"makeup tutorials": "Beauty & Cosmetics",
        "korean skincare routines": "Skincare; Beauty & Cosmetics",
        "clean beauty products": "Skincare; Beauty & Cosmetics",
        "hairstyling tips": "Hair Care & Styling",
        "niche perfumes": "Fragrances & Perfume"}),
    _n("fashion", "Clothes, Shoes, Handbags & Accessories; Jewellery & Watches;"
       " Streetwear & Sneakers; Shopping & Retail", "Fashion; Style; Streetwear; Outfits", 0.70,
       (0.07, 0.36, 0.30, 0.14, 0.07, 0.04, 0.02),
       "stylist; fashion blogger; sneakerhead; vintage collector",
       "outfit ideas; thrift finds; sneaker drops; capsule wardrobes; styling tips",
       {"sneaker culture": "Streetwear & Sneakers",
        "capsule wardrobe": "Clothes, Shoes, Handbags & Accessories; Shopping & Retail",
        "statement jewelry": "Jewellery & Watches",
        "outfit inspiration": "Clothes, Shoes, Handbags & Accessories",
        "thrift hauls": "Shopping & Retail; Clothes, Shoes, Handbags & Accessories"}),
    _n("gaming", "Gaming; Esports; PC & Console Gaming; Anime & Manga; Streaming & Live Video",
       "Gaming; Video Games; Esports; Let's Plays", 0.25,
       (0.18, 0.40, 0.25, 0.10, 0.04, 0.02, 0.01),
       "variety streamer; speedrunner; retired pro player; indie game fan",
       "ranked grinds; new releases; speedruns; gaming setups; funny moments",
       {"competitive shooters": "Gaming; Esports",
        "esports tournaments": "Esports",
        "gaming PC builds": "PC & Console Gaming; Electronics & Computers",
        "anime fans": "Anime & Manga",
        "live game streams": "Streaming & Live Video; Gaming"}),
    _n("tech", "Electronics & Computers; Mobile Phones & Gadgets; Software & Programming;"
       " Artificial Intelligence & Data", "Technology; Tech Reviews; Gadgets; Programming", 0.28,
       (0.05, 0.28, 0.34, 0.19, 0.09, 0.04, 0.01),
       "software engineer; tech reviewer; gadget geek; self-taught developer",
       "phone reviews; coding tips; AI tools; desk setups; unboxings",
       {"smartphone reviews": "Mobile Phones & Gadgets",
        "coding tutorials": "Software & Programming",
        "AI tools": "Artificial Intelligence & Data; Software & Programming",
        "gadget unboxings": "Mobile Phones & Gadgets; Electronics & Computers",
        "building a home lab": "Electronics & Computers"}),
    _n("finance", "Business & Careers; Personal Finance & Investing; Cryptocurrency & Blockchain;"
       " Real Estate; Entrepreneurship", "Finance; Personal Finance; Business; Investing", 0.35,
       (0.01, 0.17, 0.36, 0.25, 0.13, 0.06, 0.02),
       "former banker; CFA charterholder; founder; money coach",
       "index funds; budgeting; side hustles; market news; career advice",
       {"stock market investing": "Personal Finance & Investing",
        "saving for retirement": "Personal Finance & Investing",
        "crypto trading": "Cryptocurrency & Blockchain",
        "property investment": "Real Estate; Personal Finance & Investing",
        "side hustles": "Entrepreneurship; Business & Careers",
        "career growth": "Business & Careers"}),
    _n("food", "Restaurants, Food & Grocery; Cooking & Recipes; Coffee, Tea & Beverages;"
       " Beer, Wine & Spirits; Vegan & Vegetarian Food", "Food; Cooking; Recipes; Food & Drink",
       0.60, (0.03, 0.20, 0.30, 0.22, 0.13, 0.08, 0.04),
       "home cook; trained chef; food critic; baker",
       "easy recipes; restaurant reviews; baking; plant-based meals; coffee",
       {"easy weeknight dinners": "Cooking & Recipes",
        "plant-based recipes": "Vegan & Vegetarian Food; Cooking & Recipes",
        "specialty coffee": "Coffee, Tea & Beverages",
        "natural wine": "Beer, Wine & Spirits",
        "street food spots": "Restaurants, Food & Grocery"}),
    _n("travel", "Travel, Tourism & Aviation; Hotels & Resorts; Backpacking & Budget Travel;"
       " Road Trips & Vanlife", "Travel; Adventure; Travel & Tourism; Vanlife", 0.55,
       (0.02, 0.22, 0.32, 0.20, 0.12, 0.08, 0.04),
       "full-time traveller; travel photographer; flight attendant; vanlifer",
       "hidden gems; travel hacks; city guides; road trips; hotel reviews",
       {"weekend city breaks": "Travel, Tourism & Aviation",
        "boutique hotels": "Hotels & Resorts",
        "backpacking on a budget": "Backpacking & Budget Travel",
        "vanlife adventures": "Road Trips & Vanlife",
        "frequent flyers": "Travel, Tourism & Aviation"}),
    _n("music", "Music; Concerts & Festivals; Hip Hop & Rap; Musical Instruments; K-Pop",
       "Music; Musician; Hip Hop; K-Pop", 0.52, (0.12, 0.38, 0.27, 0.12, 0.06, 0.03, 0.02),
       "singer-songwriter; producer; DJ; guitar teacher",
       "covers; new releases; studio sessions; festival vlogs; dance practice",
       {"live music festivals": "Concerts & Festivals; Music",
        "k-pop fandom": "K-Pop; Music",
        "rap and hip-hop": "Hip Hop & Rap",
        "learning guitar": "Musical Instruments",
        "new music discovery": "Music"}),
    _n("sustainability", "Sustainability & Environment; Zero Waste & Recycling;"
       " Organic & Natural Products; Renewable Energy & Electric Vehicles",
       "Sustainability; Eco Living; Zero Waste; Green Living", 0.66,
       (0.03, 0.22, 0.33, 0.23, 0.11, 0.05, 0.03),
       "climate educator; zero-waster; eco-mom; environmental scientist",
       "low-waste swaps; climate news; natural cleaning; thrifting; composting",
       {"zero waste living": "Zero Waste & Recycling; Sustainability & Environment",
        "climate action": "Sustainability & Environment",
        "natural household products": "Organic & Natural Products",
        "solar panels and EVs": "Renewable Energy & Electric Vehicles",
        "sustainable parenting": "Sustainability & Environment; Parenting & Family"}),
    _n("pets", "Pets; Dogs & Puppies; Cats & Kittens; Pet Food & Supplies",
       "Pets; Animals; Dogs; Cats", 0.68, (0.05, 0.22, 0.28, 0.19, 0.13, 0.08, 0.05),
       "dog trainer; cat parent; vet nurse; animal rescuer",
       "training tips; rescue stories; pet care; funny pets; product tests",
       {"dog training": "Dogs & Puppies; Pets",
        "cat lovers": "Cats & Kittens",
        "raw pet food": "Pet Food & Supplies",
        "rescue animals": "Pets"}),
    _n("cars", "Cars & Motorbikes; Motorsport & Racing; Car Tuning & Modification;"
       " Auto Parts & Accessories", "Cars; Automotive; Motorsport; Motorcycles", 0.15,
       (0.05, 0.25, 0.30, 0.20, 0.12, 0.06, 0.02),
       "mechanic; track-day driver; car reviewer; bike builder",
       "car reviews; project builds; track days; detailing; road tests",
       {"classic car restoration": "Car Tuning & Modification; Cars & Motorbikes",
        "Formula 1 fans": "Motorsport & Racing",
        "motorbike touring": "Cars & Motorbikes",
        "car detailing": "Auto Parts & Accessories"}),
    _n("sports", "Sports; Football & Soccer; Basketball; Cycling; Extreme Sports",
       "Sports; Football; Basketball; Cycling", 0.30,
       (0.10, 0.28, 0.27, 0.17, 0.10, 0.05, 0.03),
       "former pro; sports analyst; amateur cyclist; skater",
       "match analysis; highlights; training days; gear tests; fan culture",
       {"soccer fans": "Football & Soccer; Sports",
        "NBA highlights": "Basketball",
        "road cycling": "Cycling",
        "skateboarding and surfing": "Extreme Sports",
        "fantasy sports leagues": "Sports"}),
    _n("home", "Home Decor, Furniture & Garden; DIY & Crafts; Gardening & Plants;"
       " Interior Design & Architecture", "Home & Garden; Interior Design; DIY; Home Decor", 0.72,
       (0.01, 0.12, 0.30, 0.26, 0.16, 0.10, 0.05),
       "interior designer; DIY renovator; plant lover; architect",
       "room makeovers; renovation diaries; plant care; thrift flips; styling shelves",
       {"small apartment makeovers": "Home Decor, Furniture & Garden;"
                                     " Interior Design & Architecture",
        "houseplant care": "Gardening & Plants",
        "upcycled furniture": "DIY & Crafts; Home Decor, Furniture & Garden",
        "scandinavian interiors": "Interior Design & Architecture"}),
    _n("entertainment", "Television & Film; Celebrities & Pop Culture; Comedy & Memes;"
       " Theatre & Performing Arts", "Entertainment; Comedy; Movies & TV; Pop Culture", 0.55,
       (0.12, 0.36, 0.27, 0.13, 0.07, 0.03, 0.02),
       "comedian; film critic; actor; pop culture commentator",
       "sketches; movie reviews; reaction videos; behind the scenes; celebrity news",
       {"binge-worthy series": "Television & Film",
        "celebrity gossip": "Celebrities & Pop Culture",
        "stand-up comedy": "Comedy & Memes",
        "musical theatre": "Theatre & Performing Arts"}),
    _n("education", "Books & Literature; Education & Learning; Science; History & Culture;"
       " Languages & Linguistics", "Education; Books; Science; Learning", 0.55,
       (0.10, 0.30, 0.25, 0.15, 0.10, 0.06, 0.04),
       "teacher; PhD student; bookworm; polyglot",
       "study tips; book reviews; science explainers; history stories; language lessons",
       {"book club picks": "Books & Literature",
        "study tips for students": "Education & Learning",
        "popular science": "Science",
        "learning a new language": "Languages & Linguistics; Education & Learning",
        "history documentaries": "History & Culture"}),
    _n("luxury", "Luxury Goods; Luxury Travel; Fine Dining; Designer Fashion",
       "Luxury; Lifestyle; Luxury Travel; High Fashion", 0.55,
       (0.01, 0.08, 0.22, 0.27, 0.22, 0.13, 0.07),
       "luxury consultant; jet-setter; sommelier; watch collector",
       "five-star stays; haute couture; fine dining; watch collecting; private islands",
       {"five-star resorts": "Luxury Travel; Hotels & Resorts",
        "designer handbags": "Designer Fashion; Luxury Goods",
        "michelin-star dining": "Fine Dining",
        "luxury watches": "Luxury Goods; Jewellery & Watches",
        "first-class travel": "Luxury Travel; Travel, Tourism & Aviation"}),
    _n("outdoor", "Camping & Hiking; Fishing & Hunting; Mountaineering & Climbing;"
       " Outdoor Gear & Equipment", "Outdoors; Hiking; Camping; Adventure Sports", 0.38,
       (0.04, 0.16, 0.27, 0.23, 0.16, 0.10, 0.04),
       "mountain guide; thru-hiker; angler; climber",
       "trail reports; gear reviews; wild camping; summit days; fishing trips",
       {"long-distance hiking": "Camping & Hiking",
        "fly fishing": "Fishing & Hunting",
        "rock climbing": "Mountaineering & Climbing",
        "ultralight gear": "Outdoor Gear & Equipment; Camping & Hiking"}),
    _n("photography", "Camera & Photography; Art & Design; Drawing & Illustration;"
       " Film Making & Video Editing", "Photography; Art; Design; Filmmaking", 0.50,
       (0.06, 0.30, 0.30, 0.17, 0.10, 0.05, 0.02),
       "photographer; illustrator; filmmaker; graphic designer",
       "photo walks; editing tutorials; sketchbook tours; gear talk; short films",
       {"film photography": "Camera & Photography",
        "digital illustration": "Drawing & Illustration; Art & Design",
        "drone videography": "Film Making & Video Editing; Camera & Photography",
        "graphic design inspiration": "Art & Design"}),
)}

# The latent interests, which are also the default provider's labels.
INTEREST_LABELS: tuple[str, ...] = tuple(lab for n in NICHES.values() for lab in n.labels)
LABEL_NICHE: dict[str, str] = {lab: n.key for n in NICHES.values() for lab in n.labels}
PHRASES: dict[str, tuple[str, ...]] = {
    p: ls for n in NICHES.values() for p, ls in n.phrases.items()}

# How much more often a platform's creators have an audience from a niche (default 1).
PLATFORM_NICHE_AFFINITY: dict[str, dict[str, float]] = {
    "instagram": {"beauty": 1.6, "fashion": 1.6, "travel": 1.5, "food": 1.3, "wellness": 1.3},
    "tiktok": {"entertainment": 1.8, "beauty": 1.4, "music": 1.6, "fashion": 1.3},
    "youtube": {"tech": 2.5, "gaming": 2.0, "education": 2.2, "cars": 1.8, "finance": 1.5},
    "twitch": {"gaming": 14.0, "music": 2.5, "entertainment": 2.5, "sports": 1.5},
    "x": {"finance": 4.0, "tech": 3.0, "sports": 2.5, "entertainment": 2.0},
}

# (niche, region) anchors of the latent communities; more than len(anchors) are drawn at random.
COMMUNITY_ANCHORS: tuple[tuple[str, str], ...] = (
    ("parenting", "north_america"), ("parenting", "latam"), ("parenting", "south_asia"),
    ("fitness", "north_america"), ("fitness", "south_asia"), ("fitness", "latam"),
    ("wellness", "dach"), ("wellness", "north_america"), ("beauty", "east_asia"),
    ("beauty", "north_america"), ("beauty", "sea"), ("fashion", "western_europe"),
    ("fashion", "mena"), ("gaming", "latam"), ("gaming", "north_america"),
    ("gaming", "east_asia"), ("tech", "south_asia"), ("tech", "north_america"),
    ("finance", "uk_ie"), ("finance", "north_america"), ("food", "western_europe"),
    ("food", "latam"), ("travel", "oceania"), ("travel", "uk_ie"), ("music", "east_asia"),
    ("music", "africa"), ("sustainability", "north_america"), ("sustainability", "nordics"),
    ("pets", "north_america"), ("cars", "dach"), ("sports", "latam"), ("sports", "uk_ie"),
    ("home", "nordics"), ("entertainment", "sea"), ("education", "eastern_europe"),
    ("luxury", "mena"), ("luxury", "western_europe"), ("outdoor", "north_america"),
    ("photography", "east_asia"), ("entertainment", "north_america"),
)

FIRST_NAMES: tuple[str, ...] = (
    "Maya", "Lucas", "Sofia", "Mateo", "Aisha", "Noah", "Emma", "Liam", "Priya", "Arjun",
    "Hana", "Minjun", "Yuki", "Kenji", "Camila", "Diego", "Lena", "Jonas", "Chloe", "Hugo",
    "Giulia", "Marco", "Zara", "Omar", "Freya", "Erik", "Amara", "Tunde", "Mei", "Wei",
    "Ana", "Joao", "Laila", "Yusuf", "Nina", "Tom", "Isla", "Jack", "Siti", "Rizky",
)
LAST_NAMES: tuple[str, ...] = (
    "Carter", "Silva", "Garcia", "Khan", "Sharma", "Kim", "Tanaka", "Muller", "Rossi", "Dubois",
    "Nguyen", "Santos", "Lopez", "Novak", "Larsen", "Okafor", "Chen", "Wang", "Ali", "Costa",
    "Schmidt", "Johnson", "Brown", "Park", "Sato", "Fernandez", "Jansen", "Kowalski", "Haddad",
    "Mensah", "Wilson", "Ahmed", "Reyes", "Lindqvist", "Yilmaz", "Moreau", "Ivanova", "Patel",
)
BIO_TEMPLATES: tuple[str, ...] = (
    "{Role} sharing {topic_a} and {topic_b}.",
    "{Topic_a}, {topic_b} and everything in between. {closer}",
    "{Role} based in {country}. {Topic_a} every week. {closer}",
    "Helping you with {topic_a} and {topic_b}, one post at a time.",
    "Your daily dose of {topic_a}. {Role}, {topic_b} enthusiast.",
    "{Role} | {topic_a} | {topic_b}. {closer}",
    "Real talk about {topic_a} from a {role}. {closer}",
    "Welcome! I post {topic_a}, {topic_b} and the occasional {topic_c}.",
)
BIO_CLOSERS: tuple[str, ...] = (
    "DM for collabs.", "New videos every Friday.", "Business inquiries via email.",
    "Let's grow together.", "Links below.", "Opinions are my own.", "Based on real experience.",
)
