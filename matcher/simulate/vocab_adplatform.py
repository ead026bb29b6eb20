"""Held-out vocabulary ``adplatform``: an ad platform's affinity and in-market audiences.

Modelled on the audience segments an ad platform or DSP data marketplace offers for targeting
(in the style of Google Ads / DV360 audience lists and The Trade Desk marketplace segment
names): long-term interests as "Affinity > ..." paths ("Affinity > Sports & Fitness > Running
Enthusiasts", "Affinity > Media & Entertainment > Gamers > Hardcore Gamers"), lifestyle lists as
"Lifestyles & Hobbies > ..." ("Green Living Enthusiasts", "Thrill Seekers"), purchase intent as
"In-Market > ..." ("In-Market > Consumer Electronics > Laptops & Computers", "In-Market > Autos
& Vehicles > Electric Vehicles") and milestones as "Life Events > ..." ("Becoming a Parent",
"Getting Married", "Recently Moved", "Purchasing a Home Soon", "Starting a Business",
"Graduating from College"). Just under 90 labels. One latent interest is often shown both as an
affinity and as an in-market audience (skincare as "Beauty Mavens" and "Skin Care Products", PC
and console gaming as "Hardcore Gamers" and "Game Consoles"); child nodes sit under parents a
follower is also in ("Soccer Fans" under "Sports Fans"); some lists span niches ("Green Living
Enthusiasts" takes vegetarian food and solar, "Value Shoppers" budget travel, "Thrill Seekers"
climbing, "Art & Theater Aficionados" history lovers, "Arts & Crafts Hobbyists" DIY and
illustration); fishing and hunting have no list of their own and only show as "Outdoor
Enthusiasts"; real estate has no in-market node and only shows as the life events "Purchasing a
Home Soon" and "Recently Moved"; the luxury niche is spread over "Luxury Shoppers", "Luxury
Travelers", "Foodies" and "Fashionistas".

Written blind (without looking at the matcher or its results), before any tuning of the matcher
on it; it must not be adjusted to the matcher's results. Strings are ";"-separated lists.
"""

from __future__ import annotations

from typing import Any

NAME = "adplatform"
DESCRIPTION = ("Ad-platform / DSP marketplace style: about 90 'Affinity > ...', 'Lifestyles & "
               "Hobbies > ...', 'In-Market > ...' and 'Life Events > ...' audience paths.")

_SF = "Affinity > Sports & Fitness"
_SPF = "Affinity > Sports & Fitness > Sports Fans"
_BW = "Affinity > Beauty & Wellness"
_SH = "Affinity > Shoppers"
_ME = "Affinity > Media & Entertainment"
_MUS = "Affinity > Media & Entertainment > Music Lovers"
_GAM = "Affinity > Media & Entertainment > Gamers"
_TEC = "Affinity > Technology"
_FD = "Affinity > Food & Dining"
_TRV = "Affinity > Travel"
_HGA = "Affinity > Home & Garden"
_PET = "Affinity > Pets"
_AUT = "Affinity > Autos"
_FIN = "Affinity > Finance"
_LH = "Lifestyles & Hobbies"
_IM = "In-Market"
_APP = "In-Market > Apparel & Accessories"
_BPC = "In-Market > Beauty & Personal Care"
_CE = "In-Market > Consumer Electronics"
_AV = "In-Market > Autos & Vehicles"
_ISF = "In-Market > Sports & Fitness"
_IHG = "In-Market > Home & Garden"
_LE = "Life Events"

LABELS: tuple[str, ...] = (
    # affinity
    f"{_SF} > Health & Fitness Buffs", f"{_SF} > Running Enthusiasts", _SPF,
    f"{_SPF} > Soccer Fans", f"{_SPF} > Basketball Fans", f"{_SPF} > Motor Sports Enthusiasts",
    f"{_SF} > Cycling Enthusiasts", f"{_SF} > Outdoor Enthusiasts",
    f"{_BW} > Beauty Mavens", f"{_BW} > Frequently Visits Salons",
    f"{_BW} > Yoga & Pilates Enthusiasts", f"{_BW} > Wellness Seekers",
    f"{_SH} > Value Shoppers", f"{_SH} > Luxury Shoppers", f"{_SH} > Shopaholics",
    f"{_ME} > TV & Movie Lovers", f"{_ME} > Comedy Fans",
    f"{_ME} > Celebrity & Entertainment News Enthusiasts", _MUS,
    f"{_MUS} > K-Pop Fans", _GAM, f"{_GAM} > Hardcore Gamers", f"{_GAM} > Esports Fans",
    f"{_ME} > Anime & Manga Fans", f"{_ME} > Live Streaming Viewers", f"{_ME} > Book Lovers",
    f"{_TEC} > Technophiles", f"{_TEC} > Tech Professionals",
    f"{_FD} > Cooking Enthusiasts", f"{_FD} > Foodies", f"{_FD} > Coffee Aficionados",
    f"{_FD} > Wine & Spirits Enthusiasts",
    f"{_TRV} > Travel Buffs", f"{_TRV} > Backpackers & Budget Travelers",
    f"{_HGA} > Home Decor Enthusiasts", f"{_HGA} > Do-It-Yourselfers",
    f"{_HGA} > Gardening Enthusiasts",
    f"{_PET} > Pet Lovers", f"{_PET} > Dog Lovers", f"{_PET} > Cat Lovers",
    f"{_AUT} > Auto Enthusiasts",
    "Affinity > News & Learning > Lifelong Learners",
    f"{_FIN} > Avid Investors", f"{_FIN} > Crypto Enthusiasts",
    # lifestyles and hobbies
    f"{_LH} > Green Living Enthusiasts", f"{_LH} > Fashionistas",
    f"{_LH} > Art & Theater Aficionados", f"{_LH} > Photo & Video Enthusiasts",
    f"{_LH} > Arts & Crafts Hobbyists", f"{_LH} > Thrill Seekers",
    f"{_LH} > Spirituality & New Age", f"{_LH} > Musicians",
    f"{_LH} > Nightlife & Festival Goers",
    f"{_LH} > Luxury Travelers", f"{_LH} > Business Professionals",
    # in-market
    f"{_IM} > Baby & Children's Products",
    f"{_APP} > Activewear & Athletic Shoes", f"{_APP} > Jewelry & Watches",
    f"{_BPC} > Skin Care Products", f"{_BPC} > Fragrances", f"{_BPC} > Makeup & Cosmetics",
    f"{_CE} > Laptops & Computers", f"{_CE} > Smartphones", f"{_CE} > Game Consoles",
    f"{_CE} > Cameras",
    f"{_IM} > Software > Business & Productivity Software",
    f"{_IM} > Financial Services > Investment Services",
    f"{_IM} > Education > Degree & Certificate Programs",
    f"{_IM} > Travel > Flights", f"{_IM} > Travel > Hotels & Vacation Rentals",
    f"{_AV} > New Vehicles", f"{_AV} > Electric Vehicles", f"{_AV} > Parts & Accessories",
    f"{_ISF} > Fitness Equipment", f"{_ISF} > Camping & Outdoor Gear",
    f"{_IM} > Health > Vitamins & Supplements",
    f"{_IM} > Pet Food & Supplies",
    f"{_IM} > Food & Grocery > Meal Kits & Grocery Delivery",
    f"{_IHG} > Furniture", f"{_IHG} > Home Improvement",
    f"{_IM} > Tickets > Concerts & Festivals",
    f"{_IM} > Media > Video Streaming Subscriptions",
    # life events
    f"{_LE} > Becoming a Parent", f"{_LE} > Getting Married", f"{_LE} > Recently Moved",
    f"{_LE} > Purchasing a Home Soon", f"{_LE} > Starting a Business",
    f"{_LE} > Graduating from College",
)

_FITBUFF = f"{_SF} > Health & Fitness Buffs"
_OUTDOOR = f"{_SF} > Outdoor Enthusiasts"
_MAVENS = f"{_BW} > Beauty Mavens"
_SALONS = f"{_BW} > Frequently Visits Salons"
_WELL = f"{_BW} > Wellness Seekers"
_VALUE = f"{_SH} > Value Shoppers"
_LUXSHOP = f"{_SH} > Luxury Shoppers"
_SHOPA = f"{_SH} > Shopaholics"
_TECHIES = f"{_TEC} > Technophiles"
_TECHPRO = f"{_TEC} > Tech Professionals"
_FOODIES = f"{_FD} > Foodies"
_WINE = f"{_FD} > Wine & Spirits Enthusiasts"
_TRAVEL = f"{_TRV} > Travel Buffs"
_HOMEDEC = f"{_HGA} > Home Decor Enthusiasts"
_PETS = f"{_PET} > Pet Lovers"
_AUTOS = f"{_AUT} > Auto Enthusiasts"
_LEARN = "Affinity > News & Learning > Lifelong Learners"
_GREEN = f"{_LH} > Green Living Enthusiasts"
_FASHION = f"{_LH} > Fashionistas"
_ARTS = f"{_LH} > Art & Theater Aficionados"
_PHOTO = f"{_LH} > Photo & Video Enthusiasts"
_CRAFTS = f"{_LH} > Arts & Crafts Hobbyists"
_THRILL = f"{_LH} > Thrill Seekers"
_BIZPRO = f"{_LH} > Business Professionals"
_BABY = f"{_IM} > Baby & Children's Products"
_ATHLETIC = f"{_APP} > Activewear & Athletic Shoes"
_CAMERAS = f"{_CE} > Cameras"
_SOFTWARE = f"{_IM} > Software > Business & Productivity Software"
_HOTELS = f"{_IM} > Travel > Hotels & Vacation Rentals"
_PARTS = f"{_AV} > Parts & Accessories"
_CAMPGEAR = f"{_ISF} > Camping & Outdoor Gear"
_VITAMINS = f"{_IM} > Health > Vitamins & Supplements"
_GROCERY = f"{_IM} > Food & Grocery > Meal Kits & Grocery Delivery"

# Latent interest -> the audiences a follower holding it is put in: an affinity or lifestyle
# list for a lasting interest, an in-market list where it means buying, a life event where it
# means a milestone (one or two each).
REPORTS: dict[str, str] = {
    # parenting
    "Toys, Children & Baby": _BABY,
    "Parenting & Family": _BABY,
    "Friends, Family & Relationships": f"{_LE} > Getting Married",
    "Pregnancy & Maternity": f"{_LE} > Becoming a Parent; {_BABY}",
    # fitness
    "Fitness & Gym": f"{_FITBUFF}; {_ISF} > Fitness Equipment",
    "Healthy Lifestyle": _FITBUFF,
    "Sports Nutrition & Supplements": f"{_VITAMINS}; {_FITBUFF}",
    "Activewear": _ATHLETIC,
    "Running & Marathons": f"{_SF} > Running Enthusiasts; {_ATHLETIC}",
    # wellness
    "Yoga & Pilates": f"{_BW} > Yoga & Pilates Enthusiasts; {_ATHLETIC}",
    "Meditation & Mindfulness": _WELL,
    "Alternative Medicine": f"{_WELL}; {_VITAMINS}",
    "Spirituality & Astrology": f"{_LH} > Spirituality & New Age",
    # beauty
    "Beauty & Cosmetics": f"{_MAVENS}; {_BPC} > Makeup & Cosmetics",
    "Skincare": f"{_BPC} > Skin Care Products; {_MAVENS}",
    "Hair Care & Styling": _SALONS,
    "Fragrances & Perfume": f"{_BPC} > Fragrances",
    "Nail Art": f"{_SALONS}; {_MAVENS}",
    # fashion
    "Clothes, Shoes, Handbags & Accessories": f"{_FASHION}; {_SHOPA}",
    "Jewellery & Watches": f"{_APP} > Jewelry & Watches",
    "Streetwear & Sneakers": f"{_ATHLETIC}; {_FASHION}",
    "Shopping & Retail": f"{_SHOPA}; {_VALUE}",
    # gaming
    "Gaming": _GAM,
    "Esports": f"{_GAM} > Esports Fans; {_GAM}",
    "PC & Console Gaming": f"{_GAM} > Hardcore Gamers; {_CE} > Game Consoles",
    "Anime & Manga": f"{_ME} > Anime & Manga Fans",
    "Streaming & Live Video": f"{_ME} > Live Streaming Viewers",
    # tech
    "Electronics & Computers": f"{_TECHIES}; {_CE} > Laptops & Computers",
    "Mobile Phones & Gadgets": f"{_CE} > Smartphones; {_TECHIES}",
    "Software & Programming": f"{_TECHPRO}; {_SOFTWARE}",
    "Artificial Intelligence & Data": f"{_TECHPRO}; {_TECHIES}",
    # finance
    "Business & Careers": _BIZPRO,
    "Personal Finance & Investing": f"{_FIN} > Avid Investors;"
                                    f" {_IM} > Financial Services > Investment Services",
    "Cryptocurrency & Blockchain": f"{_FIN} > Crypto Enthusiasts",
    "Real Estate": f"{_LE} > Purchasing a Home Soon; {_LE} > Recently Moved",
    "Entrepreneurship": f"{_LE} > Starting a Business; {_BIZPRO}",
    # food
    "Restaurants, Food & Grocery": f"{_FOODIES}; {_GROCERY}",
    "Cooking & Recipes": f"{_FD} > Cooking Enthusiasts",
    "Coffee, Tea & Beverages": f"{_FD} > Coffee Aficionados",
    "Beer, Wine & Spirits": _WINE,
    "Vegan & Vegetarian Food": f"{_GREEN}; {_FITBUFF}",
    # travel
    "Travel, Tourism & Aviation": f"{_TRAVEL}; {_IM} > Travel > Flights",
    "Hotels & Resorts": f"{_HOTELS}; {_TRAVEL}",
    "Backpacking & Budget Travel": f"{_TRV} > Backpackers & Budget Travelers; {_VALUE}",
    "Road Trips & Vanlife": f"{_TRAVEL}; {_OUTDOOR}",
    # music
    "Music": _MUS,
    "Concerts & Festivals": f"{_IM} > Tickets > Concerts & Festivals;"
                            f" {_LH} > Nightlife & Festival Goers",
    "Hip Hop & Rap": _MUS,
    "Musical Instruments": f"{_LH} > Musicians",
    "K-Pop": f"{_MUS} > K-Pop Fans; {_MUS}",
    # sustainability
    "Sustainability & Environment": _GREEN,
    "Zero Waste & Recycling": _GREEN,
    "Organic & Natural Products": f"{_GREEN}; {_GROCERY}",
    "Renewable Energy & Electric Vehicles": f"{_AV} > Electric Vehicles; {_GREEN}",
    # pets
    "Pets": _PETS,
    "Dogs & Puppies": f"{_PET} > Dog Lovers; {_PETS}",
    "Cats & Kittens": f"{_PET} > Cat Lovers; {_PETS}",
    "Pet Food & Supplies": f"{_IM} > Pet Food & Supplies; {_PETS}",
    # cars
    "Cars & Motorbikes": f"{_AUTOS}; {_AV} > New Vehicles",
    "Motorsport & Racing": f"{_SPF} > Motor Sports Enthusiasts; {_SPF}",
    "Car Tuning & Modification": f"{_AUTOS}; {_PARTS}",
    "Auto Parts & Accessories": _PARTS,
    # sports
    "Sports": _SPF,
    "Football & Soccer": f"{_SPF} > Soccer Fans; {_SPF}",
    "Basketball": f"{_SPF} > Basketball Fans; {_SPF}",
    "Cycling": f"{_SF} > Cycling Enthusiasts",
    "Extreme Sports": _THRILL,
    # home
    "Home Decor, Furniture & Garden": f"{_HOMEDEC}; {_IHG} > Furniture",
    "DIY & Crafts": f"{_HGA} > Do-It-Yourselfers; {_CRAFTS}",
    "Gardening & Plants": f"{_HGA} > Gardening Enthusiasts",
    "Interior Design & Architecture": f"{_HOMEDEC}; {_IHG} > Home Improvement",
    # entertainment
    "Television & Film": f"{_ME} > TV & Movie Lovers;"
                         f" {_IM} > Media > Video Streaming Subscriptions",
    "Celebrities & Pop Culture": f"{_ME} > Celebrity & Entertainment News Enthusiasts",
    "Comedy & Memes": f"{_ME} > Comedy Fans",
    "Theatre & Performing Arts": _ARTS,
    # education
    "Books & Literature": f"{_ME} > Book Lovers",
    "Education & Learning": f"{_IM} > Education > Degree & Certificate Programs;"
                            f" {_LE} > Graduating from College",
    "Science": _LEARN,
    "History & Culture": f"{_LEARN}; {_ARTS}",
    "Languages & Linguistics": _LEARN,
    # luxury: no niche node, spread over shopper, travel, dining and fashion lists
    "Luxury Goods": _LUXSHOP,
    "Luxury Travel": f"{_LH} > Luxury Travelers; {_HOTELS}",
    "Fine Dining": f"{_FOODIES}; {_WINE}",
    "Designer Fashion": f"{_LUXSHOP}; {_FASHION}",
    # outdoor
    "Camping & Hiking": f"{_OUTDOOR}; {_CAMPGEAR}",
    "Fishing & Hunting": _OUTDOOR,
    "Mountaineering & Climbing": f"{_THRILL}; {_OUTDOOR}",
    "Outdoor Gear & Equipment": _CAMPGEAR,
    # photography
    "Camera & Photography": f"{_PHOTO}; {_CAMERAS}",
    "Art & Design": f"{_ARTS}; {_CRAFTS}",
    "Drawing & Illustration": _CRAFTS,
    "Film Making & Video Editing": f"{_PHOTO}; {_CAMERAS}",
}

# niche -> {phrase: the latent interests whose holders are the phrase's audience}. Written as
# media buyers and brand planners brief a programmatic campaign: purchase intent ("people
# booking flights in the next 30 days"), brands and retailers, life stages, slang, and a few
# figurative ones: "HODLers" hold crypto; "wanderlusters" travel; "old money aesthetic" is
# designer fashion, not savings; "weekend warriors of the trail" hike; "health nuts" live
# healthily.
PHRASES: dict[str, dict[str, str]] = {
    "parenting": {
        "moms shopping for diapers and strollers": "Toys, Children & Baby;"
                                                   " Pregnancy & Maternity",
        "dads of toddlers": "Parenting & Family; Toys, Children & Baby",
        "couples planning a wedding": "Friends, Family & Relationships",
        "pregnant for the first time": "Pregnancy & Maternity",
        "Pampers and Huggies buyers": "Toys, Children & Baby",
        "busy families with kids at home": "Parenting & Family",
    },
    "fitness": {
        "Planet Fitness members": "Fitness & Gym",
        "Gymshark and Alo buyers": "Activewear",
        "people training for a half marathon": "Running & Marathons",
        "pre-workout and protein bar buyers": "Sports Nutrition & Supplements",
        "health nuts": "Healthy Lifestyle",
        "New Year's resolution gym joiners": "Fitness & Gym; Healthy Lifestyle",
    },
    "wellness": {
        "hot yoga and barre class goers": "Yoga & Pilates",
        "people who meditate before work": "Meditation & Mindfulness",
        "CBD and essential oils shoppers": "Alternative Medicine",
        "zodiac and crystal healing fans": "Spirituality & Astrology; Alternative Medicine",
        "self-care Sunday crowd": "Meditation & Mindfulness; Yoga & Pilates",
        "Goop readers": "Alternative Medicine; Meditation & Mindfulness",
    },
    "beauty": {
        "Ulta rewards members": "Beauty & Cosmetics; Skincare",
        "The Ordinary and CeraVe fans": "Skincare",
        "blowout bar regulars": "Hair Care & Styling",
        "luxury perfume gift shoppers": "Fragrances & Perfume; Luxury Goods",
        "gel nail enthusiasts": "Nail Art",
        "full-glam makeup lovers": "Beauty & Cosmetics",
    },
    "fashion": {
        "fast fashion shoppers": "Clothes, Shoes, Handbags & Accessories; Shopping & Retail",
        "hypebeasts": "Streetwear & Sneakers",
        "engagement and anniversary jewelry shoppers": "Jewellery & Watches;"
                                                       " Friends, Family & Relationships",
        "coupon clippers": "Shopping & Retail",
        "trend-setting women 18-34": "Clothes, Shoes, Handbags & Accessories",
        "Amazon Prime Day shoppers": "Shopping & Retail",
    },
    "gaming": {
        "Xbox Game Pass subscribers": "PC & Console Gaming; Gaming",
        "Fortnite and Call of Duty players": "Gaming",
        "Valorant and CS2 tournament watchers": "Esports",
        "Twitch and Kick viewers": "Streaming & Live Video",
        "otaku": "Anime & Manga",
        "mobile gamers": "Gaming",
    },
    "tech": {
        "MacBook and Surface shoppers": "Electronics & Computers",
        "Samsung Galaxy upgraders": "Mobile Phones & Gadgets",
        "IT decision makers": "Software & Programming; Artificial Intelligence & Data",
        "ML and data science teams": "Artificial Intelligence & Data",
        "gadget lovers": "Mobile Phones & Gadgets",
        "cloud and SaaS buyers": "Software & Programming",
    },
    "finance": {
        "Vanguard and Fidelity account holders": "Personal Finance & Investing",
        "Coinbase users": "Cryptocurrency & Blockchain",
        "people pre-approved for a mortgage": "Real Estate",
        "owners of businesses with under 50 staff": "Entrepreneurship",
        "job seekers and career switchers": "Business & Careers",
        "HODLers": "Cryptocurrency & Blockchain",
    },
    "food": {
        "HelloFresh subscribers": "Restaurants, Food & Grocery; Cooking & Recipes",
        "Nespresso owners": "Coffee, Tea & Beverages",
        "vegans and vegetarians": "Vegan & Vegetarian Food",
        "DoorDash power users": "Restaurants, Food & Grocery",
        "bourbon and craft cocktail fans": "Beer, Wine & Spirits",
        "recipe video watchers": "Cooking & Recipes",
    },
    "travel": {
        "people booking flights in the next 30 days": "Travel, Tourism & Aviation",
        "resort and beach vacation shoppers": "Hotels & Resorts",
        "hostel-hopping students": "Backpacking & Budget Travel",
        "RV and campervan renters": "Road Trips & Vanlife",
        "Marriott Bonvoy members": "Hotels & Resorts; Travel, Tourism & Aviation",
        "wanderlusters": "Travel, Tourism & Aviation",
    },
    "music": {
        "Ticketmaster concert buyers": "Concerts & Festivals",
        "Spotify Premium listeners": "Music",
        "K-pop stans": "K-Pop",
        "trap and drill fans": "Hip Hop & Rap",
        "piano and guitar learners": "Musical Instruments",
        "festival season crowd": "Concerts & Festivals; Music",
    },
    "sustainability": {
        "eco-minded consumers": "Sustainability & Environment",
        "refill and bulk store shoppers": "Zero Waste & Recycling",
        "natural and organic grocery buyers": "Organic & Natural Products",
        "EV shoppers": "Renewable Energy & Electric Vehicles",
        "homeowners pricing solar panels": "Renewable Energy & Electric Vehicles",
        "people who care about their carbon footprint": "Sustainability & Environment;"
                                                        " Zero Waste & Recycling",
    },
    "pets": {
        "new puppy parents": "Dogs & Puppies",
        "cat households": "Cats & Kittens",
        "Chewy customers": "Pet Food & Supplies; Pets",
        "animal lovers": "Pets",
        "dog walkers and dog park regulars": "Dogs & Puppies",
    },
    "cars": {
        "new SUV shoppers": "Cars & Motorbikes",
        "NASCAR and IndyCar fans": "Motorsport & Racing",
        "gearheads": "Car Tuning & Modification; Auto Parts & Accessories",
        "Harley-Davidson riders": "Cars & Motorbikes",
        "AutoZone DIY customers": "Auto Parts & Accessories",
        "JDM tuner scene": "Car Tuning & Modification",
    },
    "sports": {
        "MLS and Premier League fans": "Football & Soccer",
        "March Madness bracket fillers": "Basketball; Sports",
        "weekend road cyclists": "Cycling",
        "snowboarders and surfers": "Extreme Sports",
        "ESPN regulars": "Sports",
        "World Cup watchers": "Football & Soccer; Sports",
    },
    "home": {
        "Home Depot weekend project people": "DIY & Crafts",
        "Wayfair shoppers": "Home Decor, Furniture & Garden",
        "backyard gardeners": "Gardening & Plants",
        "people remodeling a kitchen": "Interior Design & Architecture",
        "HGTV fans": "Interior Design & Architecture; Home Decor, Furniture & Garden",
        "Etsy crafters": "DIY & Crafts",
    },
    "entertainment": {
        "cord-cutters": "Television & Film; Streaming & Live Video",
        "box office opening weekend crowd": "Television & Film",
        "TMZ and People readers": "Celebrities & Pop Culture",
        "meme page followers": "Comedy & Memes",
        "Broadway ticket buyers": "Theatre & Performing Arts",
        "Hulu and Disney+ subscribers": "Television & Film",
    },
    "education": {
        "community college enrollees": "Education & Learning",
        "Kindle Unlimited readers": "Books & Literature",
        "Babbel and Rosetta Stone learners": "Languages & Linguistics",
        "science and space nerds": "Science",
        "class of 2025 graduates": "Education & Learning",
        "history buffs": "History & Culture",
    },
    "luxury": {
        "Louis Vuitton and Chanel clients": "Designer Fashion; Luxury Goods",
        "private jet and first-class flyers": "Luxury Travel",
        "high-income households": "Luxury Goods; Luxury Travel",
        "Michelin guide diners": "Fine Dining",
        "Four Seasons guests": "Luxury Travel; Hotels & Resorts",
        "old money aesthetic": "Designer Fashion",
    },
    "outdoor": {
        "REI co-op members": "Outdoor Gear & Equipment; Camping & Hiking",
        "deer hunters": "Fishing & Hunting",
        "bass fishing fans": "Fishing & Hunting",
        "national park visitors": "Camping & Hiking",
        "indoor climbing gym members": "Mountaineering & Climbing",
        "weekend warriors of the trail": "Camping & Hiking",
    },
    "photography": {
        "Canon and Sony shooters": "Camera & Photography",
        "Adobe Creative Cloud users": "Art & Design; Drawing & Illustration",
        "wedding videographers": "Film Making & Video Editing",
        "sketchbook artists": "Drawing & Illustration",
        "aspiring YouTubers": "Film Making & Video Editing",
        "art museum members": "Art & Design; History & Culture",
    },
}

# Hand-written evaluation segments (keyword arguments of ``segments._seg``). Age and country
# are deliberately correlated in adplatform-teen-gamers-us, adplatform-kpop-stans-ph-th,
# adplatform-graduates-uk and adplatform-retirees-outdoors-na; adplatform-hard-* use figurative
# or slang phrases.
FIXED_SEGMENTS: tuple[dict[str, Any], ...] = (
    dict(id="adplatform-teen-gamers-us", name="Teen and student gamers 13-24 in the US",
         description="""American teenagers and students who play Fortnite and Call of Duty,
         subscribe to Xbox Game Pass and watch Twitch and Kick.""",
         ages=["13-17", "18-24"],
         interests=["Fortnite and Call of Duty players", "Xbox Game Pass subscribers",
                    "Twitch and Kick viewers"],
         genders=["male"], countries=["US"], filters={"platforms": ["youtube", "twitch"]}),
    dict(id="adplatform-kpop-stans-ph-th", name="K-pop stans and otaku 13-24 in the "
         "Philippines and Thailand", description="""Young K-pop stans and anime fans in the
         Philippines and Thailand who follow meme pages.""",
         ages=["13-17", "18-24"],
         interests=["K-pop stans", "otaku", "meme page followers"],
         countries={"PH": 1.0, "TH": 0.8}, filters={"platforms": ["tiktok", "instagram"]}),
    dict(id="adplatform-graduates-uk", name="New graduates 18-24 in the UK", description="""
         British students graduating this year, looking for their first job and travelling on a
         hostel budget.""",
         ages=["18-24"],
         interests=["class of 2025 graduates", "job seekers and career switchers",
                    "hostel-hopping students"],
         countries=["GB"], languages=["en"]),
    dict(id="adplatform-retirees-outdoors-na", name="Retirees who travel and garden 55+ in the "
         "US and Canada", description="""Older Americans and Canadians booking beach resorts,
         visiting national parks and tending their backyard gardens.""",
         ages=["55-64", "65+"],
         interests=["resort and beach vacation shoppers", "national park visitors",
                    "backyard gardeners"],
         countries={"US": 1.0, "CA": 0.6}, filters={"platforms": ["youtube", "instagram"]}),
    dict(id="adplatform-expecting-mx", name="Expecting mothers 25-34 in Mexico",
         description="""Mexican women pregnant for the first time, shopping for diapers and
         strollers.""",
         ages=["25-34"],
         interests=["pregnant for the first time", "moms shopping for diapers and strollers",
                    "Pampers and Huggies buyers"],
         genders=["female"], countries=["MX"], languages=["es"]),
    dict(id="adplatform-weddings-in", name="Couples planning a wedding 25-34 in India",
         description="""Indian couples planning a wedding and shopping for engagement
         jewellery.""",
         ages=["25-34"],
         interests=["couples planning a wedding",
                    "engagement and anniversary jewelry shoppers"],
         countries=["IN"], languages=["en", "hi"], filters={"min_credibility": 0.7}),
    dict(id="adplatform-home-movers-us", name="Home buyers and movers 25-44 in the US",
         description="""Americans pre-approved for a mortgage who shop Wayfair and spend their
         weekends on Home Depot projects.""",
         ages=["25-34", "35-44"],
         interests=["people pre-approved for a mortgage", "Wayfair shoppers",
                    "Home Depot weekend project people"],
         countries=["US"]),
    dict(id="adplatform-ev-solar-no-nl", name="EV and solar shoppers 35-64 in Norway and the "
         "Netherlands", description="""Households shopping for an EV, pricing solar panels and
         caring about their carbon footprint.""",
         ages=["35-44", "45-54", "55-64"],
         interests=["EV shoppers", "homeowners pricing solar panels",
                    "people who care about their carbon footprint"],
         countries={"NO": 1.0, "NL": 1.0}),
    dict(id="adplatform-gym-joiners-br", name="New gym joiners 18-34 in Brazil",
         description="""Young Brazilians joining a gym in January, buying pre-workout and
         protein bars and Gymshark leggings.""",
         ages=["18-24", "25-34"],
         interests=["New Year's resolution gym joiners", "pre-workout and protein bar buyers",
                    "Gymshark and Alo buyers"],
         countries=["BR"], languages=["pt"], filters={"platforms": ["instagram", "tiktok"]}),
    dict(id="adplatform-wellness-women-us", name="Wellness-minded women 25-44 in the US",
         description="""American women who go to hot yoga and barre, keep a self-care Sunday
         and buy CBD and essential oils.""",
         ages=["25-34", "35-44"],
         interests=["hot yoga and barre class goers", "self-care Sunday crowd",
                    "CBD and essential oils shoppers"],
         genders=["female"], countries=["US"]),
    dict(id="adplatform-skincare-makeup-ph-my", name="Skincare and makeup buyers, women 18-34 "
         "in the Philippines and Malaysia", description="""Young women who buy The Ordinary and
         CeraVe, love a full-glam look and keep their gel nails done.""",
         ages=["18-24", "25-34"],
         interests=["The Ordinary and CeraVe fans", "full-glam makeup lovers",
                    "gel nail enthusiasts"],
         genders=["female"], countries={"PH": 1.0, "MY": 0.7},
         filters={"platforms": ["instagram", "tiktok"], "min_credibility": 0.7}),
    dict(id="adplatform-smb-it-uk", name="Small-business and IT buyers 35-54 in the UK",
         description="""Owners of small businesses and IT decision makers shopping for cloud
         and SaaS tools.""",
         ages=["35-44", "45-54"],
         interests=["owners of businesses with under 50 staff", "IT decision makers",
                    "cloud and SaaS buyers"],
         countries=["GB"], filters={"platforms": ["x", "youtube"]}),
    dict(id="adplatform-crypto-ng-tr", name="Crypto users, men 18-34 in Nigeria and Turkey",
         description="""Young men who use Coinbase, hold through every dip and keep some money
         in index funds.""",
         ages=["18-24", "25-34"],
         interests=["Coinbase users", "HODLers", "Vanguard and Fidelity account holders"],
         genders=["male"], countries={"NG": 1.0, "TR": 0.8}, filters={"platforms": ["x"]}),
    dict(id="adplatform-luxury-it-fr", name="Luxury clients 35-64 in Italy and France",
         description="""Louis Vuitton and Chanel clients who stay at Four Seasons hotels and
         eat from the Michelin guide.""",
         ages=["35-44", "45-54", "55-64"],
         interests=["Louis Vuitton and Chanel clients", "Four Seasons guests",
                    "Michelin guide diners"],
         countries={"IT": 1.0, "FR": 1.0}, filters={"followers": {"min": 50000}}),
    dict(id="adplatform-football-ar-mx", name="Football fans, men 18-44 in Argentina and "
         "Mexico", description="""Men who watch every World Cup match, follow MLS and the
         Premier League and have ESPN on all weekend.""",
         ages=["18-24", "25-34", "35-44"],
         interests=["World Cup watchers", "MLS and Premier League fans", "ESPN regulars"],
         genders=["male"], countries={"AR": 1.0, "MX": 1.0}, languages=["es"]),
    dict(id="adplatform-hunters-anglers-us", name="Hunters and anglers, men 25-64 in the US",
         description="""American deer hunters and bass fishermen who are REI co-op members.""",
         ages=["25-34", "35-44", "45-54", "55-64"],
         interests=["deer hunters", "bass fishing fans", "REI co-op members"],
         genders=["male"], countries=["US"], filters={"followers": {"max": 300000}}),
    dict(id="adplatform-tuners-us", name="Car tuners, men 18-34 in the US", description="""
         Young gearheads into the JDM tuner scene who buy parts at AutoZone.""",
         ages=["18-24", "25-34"],
         interests=["JDM tuner scene", "gearheads", "AutoZone DIY customers"],
         genders=["male"], countries=["US"], filters={"platforms": ["youtube", "instagram"]}),
    dict(id="adplatform-hard-wanderlusters-de", name="Wanderlusters 25-44 in Germany",
         description="""Germans with wanderlust who are booking flights in the next month and
         collect Marriott Bonvoy points.""",
         ages=["25-34", "35-44"],
         interests=["wanderlusters", "people booking flights in the next 30 days",
                    "Marriott Bonvoy members"],
         countries=["DE"], languages=["de", "en"]),
    dict(id="adplatform-hard-old-money-uk", name="Old money aesthetic 35-64 in the UK",
         description="""High-income households with an old money aesthetic who fly private or
         first class.""",
         ages=["35-44", "45-54", "55-64"],
         interests=["old money aesthetic", "high-income households",
                    "private jet and first-class flyers"],
         countries=["GB"], filters={"followers": {"min": 20000}}),
    dict(id="adplatform-hard-health-nuts-za-ke", name="Health nuts 25-44 in South Africa and "
         "Kenya", description="""Health nuts and weekend warriors of the trail who think of
         themselves as eco-minded.""",
         ages=["25-34", "35-44"],
         interests=["health nuts", "weekend warriors of the trail", "eco-minded consumers"],
         countries={"ZA": 1.0, "KE": 0.7}),
)
