"""Held-out vocabulary ``broad``: an influencer-analytics provider with few, broad labels.

Modelled on the label sets in ``shared/data/reference/interest_label_sets.md``: about 25
consumer labels, several of them long compounds ("Clothes, Shoes, Handbags & Accessories"),
some in TikTok's wording ("Sports & Outdoors", "Beauty & Personal Care", "Games"). Several
niches collapse into one label (sports, outdoor and motorsport all show as "Sports &
Outdoors"; yoga, meditation, gym and running as "Fitness & Wellness"), and the luxury niche has
no label of its own: its followers show up under jewellery, clothes, travel and food. A phrase
therefore usually truly maps to a label much broader than itself.

Written before any tuning of the matcher on it; do not adjust it to the matcher's results.
Strings are ";"-separated lists.
"""

from __future__ import annotations

from typing import Any

NAME = "broad"
DESCRIPTION = ("Influencer-analytics style: 26 broad consumer labels, several niches per "
               "label, one niche (luxury) without a label of its own.")

LABELS: tuple[str, ...] = (
    "Toys, Children & Baby",
    "Friends, Family & Relationships",
    "Fitness & Wellness",
    "Healthcare & Medicine",
    "Religion & Spirituality",
    "Beauty & Personal Care",
    "Clothes, Shoes, Handbags & Accessories",
    "Jewellery & Watches",
    "Shopping & Retail",
    "Games",
    "Electronics & Computers",
    "Business, Finance & Investing",
    "Food & Drink",
    "Wine, Beer & Spirits",
    "Travel & Tourism",
    "Music",
    "Green Living",
    "Pets & Animals",
    "Cars & Motorbikes",
    "Sports & Outdoors",
    "Home & Garden",
    "Television & Film",
    "Entertainment & Pop Culture",
    "Art, Design & Photography",
    "Education & Science",
    "Books & Comics",
)

# Latent interest -> the broad labels a follower holding it is reported under.
REPORTS: dict[str, str] = {
    # parenting
    "Toys, Children & Baby": "Toys, Children & Baby",
    "Parenting & Family": "Toys, Children & Baby; Friends, Family & Relationships",
    "Friends, Family & Relationships": "Friends, Family & Relationships",
    "Pregnancy & Maternity": "Toys, Children & Baby; Healthcare & Medicine",
    # fitness
    "Fitness & Gym": "Fitness & Wellness",
    "Healthy Lifestyle": "Fitness & Wellness",
    "Sports Nutrition & Supplements": "Fitness & Wellness",
    "Activewear": "Clothes, Shoes, Handbags & Accessories; Fitness & Wellness",
    "Running & Marathons": "Fitness & Wellness; Sports & Outdoors",
    # wellness
    "Yoga & Pilates": "Fitness & Wellness",
    "Meditation & Mindfulness": "Fitness & Wellness",
    "Alternative Medicine": "Healthcare & Medicine",
    "Spirituality & Astrology": "Religion & Spirituality",
    # beauty
    "Beauty & Cosmetics": "Beauty & Personal Care",
    "Skincare": "Beauty & Personal Care",
    "Hair Care & Styling": "Beauty & Personal Care",
    "Fragrances & Perfume": "Beauty & Personal Care",
    "Nail Art": "Beauty & Personal Care",
    # fashion
    "Clothes, Shoes, Handbags & Accessories": "Clothes, Shoes, Handbags & Accessories",
    "Jewellery & Watches": "Jewellery & Watches",
    "Streetwear & Sneakers": "Clothes, Shoes, Handbags & Accessories",
    "Shopping & Retail": "Shopping & Retail",
    # gaming
    "Gaming": "Games",
    "Esports": "Games",
    "PC & Console Gaming": "Games; Electronics & Computers",
    "Anime & Manga": "Television & Film; Books & Comics",
    "Streaming & Live Video": "Games",
    # tech
    "Electronics & Computers": "Electronics & Computers",
    "Mobile Phones & Gadgets": "Electronics & Computers",
    "Software & Programming": "Electronics & Computers",
    "Artificial Intelligence & Data": "Electronics & Computers",
    # finance
    "Business & Careers": "Business, Finance & Investing",
    "Personal Finance & Investing": "Business, Finance & Investing",
    "Cryptocurrency & Blockchain": "Business, Finance & Investing",
    "Real Estate": "Business, Finance & Investing",
    "Entrepreneurship": "Business, Finance & Investing",
    # food
    "Restaurants, Food & Grocery": "Food & Drink",
    "Cooking & Recipes": "Food & Drink",
    "Coffee, Tea & Beverages": "Food & Drink",
    "Beer, Wine & Spirits": "Wine, Beer & Spirits",
    "Vegan & Vegetarian Food": "Food & Drink",
    # travel
    "Travel, Tourism & Aviation": "Travel & Tourism",
    "Hotels & Resorts": "Travel & Tourism",
    "Backpacking & Budget Travel": "Travel & Tourism",
    "Road Trips & Vanlife": "Travel & Tourism",
    # music
    "Music": "Music",
    "Concerts & Festivals": "Music",
    "Hip Hop & Rap": "Music",
    "Musical Instruments": "Music",
    "K-Pop": "Music",
    # sustainability
    "Sustainability & Environment": "Green Living",
    "Zero Waste & Recycling": "Green Living",
    "Organic & Natural Products": "Green Living",
    "Renewable Energy & Electric Vehicles": "Green Living; Cars & Motorbikes",
    # pets
    "Pets": "Pets & Animals",
    "Dogs & Puppies": "Pets & Animals",
    "Cats & Kittens": "Pets & Animals",
    "Pet Food & Supplies": "Pets & Animals",
    # cars
    "Cars & Motorbikes": "Cars & Motorbikes",
    "Motorsport & Racing": "Cars & Motorbikes; Sports & Outdoors",
    "Car Tuning & Modification": "Cars & Motorbikes",
    "Auto Parts & Accessories": "Cars & Motorbikes",
    # sports
    "Sports": "Sports & Outdoors",
    "Football & Soccer": "Sports & Outdoors",
    "Basketball": "Sports & Outdoors",
    "Cycling": "Sports & Outdoors",
    "Extreme Sports": "Sports & Outdoors",
    # home
    "Home Decor, Furniture & Garden": "Home & Garden",
    "DIY & Crafts": "Home & Garden; Art, Design & Photography",
    "Gardening & Plants": "Home & Garden",
    "Interior Design & Architecture": "Home & Garden",
    # entertainment
    "Television & Film": "Television & Film",
    "Celebrities & Pop Culture": "Entertainment & Pop Culture",
    "Comedy & Memes": "Entertainment & Pop Culture",
    "Theatre & Performing Arts": "Entertainment & Pop Culture",
    # education
    "Books & Literature": "Books & Comics",
    "Education & Learning": "Education & Science",
    "Science": "Education & Science",
    "History & Culture": "Education & Science",
    "Languages & Linguistics": "Education & Science",
    # luxury: no label of its own
    "Luxury Goods": "Jewellery & Watches; Clothes, Shoes, Handbags & Accessories",
    "Luxury Travel": "Travel & Tourism",
    "Fine Dining": "Food & Drink",
    "Designer Fashion": "Clothes, Shoes, Handbags & Accessories",
    # outdoor
    "Camping & Hiking": "Sports & Outdoors; Travel & Tourism",
    "Fishing & Hunting": "Sports & Outdoors",
    "Mountaineering & Climbing": "Sports & Outdoors",
    "Outdoor Gear & Equipment": "Sports & Outdoors",
    # photography
    "Camera & Photography": "Art, Design & Photography",
    "Art & Design": "Art, Design & Photography",
    "Drawing & Illustration": "Art, Design & Photography",
    "Film Making & Video Editing": "Art, Design & Photography",
}

# niche -> {phrase: the latent interests whose holders are the phrase's audience}. Traps:
# "PUBG Mobile and Free Fire squads" is games (not sports, not phones), "cheap Chromebooks" is
# electronics (not shopping or clothes), "Tesla and EV drivers" must find "Cars & Motorbikes"
# as well as "Green Living", "wedding photographers" is photography (not relationships),
# "guided meditation apps" is wellness (not electronics), "festival season campers" is music.
PHRASES: dict[str, dict[str, str]] = {
    "parenting": {
        "diaper and stroller shoppers": "Toys, Children & Baby",
        "mums-to-be": "Pregnancy & Maternity",
        "screen time for kids": "Parenting & Family",
        "wedding planning couples": "Friends, Family & Relationships",
    },
    "fitness": {
        "CrossFit boxes": "Fitness & Gym",
        "creatine and pre-workout": "Sports Nutrition & Supplements",
        "half-marathon runners": "Running & Marathons",
        "leggings and sports bras": "Activewear",
        "clean eating habits": "Healthy Lifestyle",
    },
    "wellness": {
        "hot yoga regulars": "Yoga & Pilates",
        "guided meditation apps": "Meditation & Mindfulness",
        "birth chart readings": "Spirituality & Astrology",
        "acupuncture and herbal medicine": "Alternative Medicine",
    },
    "beauty": {
        "lip gloss and lashes": "Beauty & Cosmetics",
        "SPF and sensitive skin": "Skincare",
        "braids and wigs": "Hair Care & Styling",
        "perfume collectors": "Fragrances & Perfume",
        "press-on nails": "Nail Art",
    },
    "fashion": {
        "fast-fashion hauls": "Clothes, Shoes, Handbags & Accessories; Shopping & Retail",
        "Jordans and Yeezys": "Streetwear & Sneakers",
        "Black Friday deal hunters": "Shopping & Retail",
        "gold hoops and layered necklaces": "Jewellery & Watches",
    },
    "gaming": {
        "PUBG Mobile and Free Fire squads": "Esports; Gaming",
        "Nintendo Switch owners": "PC & Console Gaming",
        "Minecraft and Roblox players": "Gaming",
        "VTuber fans": "Streaming & Live Video; Anime & Manga",
        "manga readers": "Anime & Manga",
    },
    "tech": {
        "cheap Chromebooks": "Electronics & Computers",
        "foldable phone buyers": "Mobile Phones & Gadgets",
        "no-code and SaaS tools": "Software & Programming",
        "machine learning engineers": "Artificial Intelligence & Data; Software & Programming",
        "smart home gadgets": "Mobile Phones & Gadgets; Electronics & Computers",
    },
    "finance": {
        "dividend investors": "Personal Finance & Investing",
        "Bitcoin maxis": "Cryptocurrency & Blockchain",
        "buy-to-let landlords": "Real Estate",
        "solopreneurs": "Entrepreneurship",
        "remote job seekers": "Business & Careers",
    },
    "food": {
        "meal prep Sundays": "Cooking & Recipes",
        "matcha and bubble tea": "Coffee, Tea & Beverages",
        "whisky collectors": "Beer, Wine & Spirits",
        "flexitarian eaters": "Vegan & Vegetarian Food",
        "food delivery app users": "Restaurants, Food & Grocery",
    },
    "travel": {
        "long-haul flight deals": "Travel, Tourism & Aviation",
        "hostel hoppers": "Backpacking & Budget Travel",
        "cruise holidays": "Hotels & Resorts; Travel, Tourism & Aviation",
        "overlanding": "Road Trips & Vanlife; Camping & Hiking",
    },
    "music": {
        "Afrobeats fans": "Music",
        "festival season campers": "Concerts & Festivals",
        "vinyl collectors": "Music",
        "guitar pedal nerds": "Musical Instruments",
        "Blackpink fans": "K-Pop",
    },
    "sustainability": {
        "Tesla and EV drivers": "Renewable Energy & Electric Vehicles",
        "secondhand and vintage shoppers": "Zero Waste & Recycling; Shopping & Retail",
        "eco-friendly cleaning": "Organic & Natural Products",
        "climate activists": "Sustainability & Environment",
    },
    "pets": {
        "French bulldog owners": "Dogs & Puppies",
        "cat cafe regulars": "Cats & Kittens",
        "aquarium and reptile keepers": "Pets",
        "premium dog treats": "Pet Food & Supplies",
    },
    "cars": {
        "drift and time-attack builds": "Car Tuning & Modification; Motorsport & Racing",
        "NASCAR fans": "Motorsport & Racing",
        "superbike riders": "Cars & Motorbikes",
        "car care and ceramic coating": "Auto Parts & Accessories",
    },
    "sports": {
        "Champions League viewers": "Football & Soccer; Sports",
        "March Madness brackets": "Basketball; Sports",
        "Tour de France followers": "Cycling",
        "BMX and parkour": "Extreme Sports",
        "padel and pickleball players": "Sports",
    },
    "home": {
        "IKEA hacks": "DIY & Crafts; Home Decor, Furniture & Garden",
        "cottagecore homes": "Home Decor, Furniture & Garden; Interior Design & Architecture",
        "allotment growers": "Gardening & Plants",
        "knitting and crochet": "DIY & Crafts",
    },
    "entertainment": {
        "Marvel movie fans": "Television & Film",
        "K-drama bingers": "Television & Film",
        "celebrity red carpet watchers": "Celebrities & Pop Culture",
        "improv and sketch comedy": "Comedy & Memes",
        "ballet and opera patrons": "Theatre & Performing Arts",
    },
    "education": {
        "audiobook listeners": "Books & Literature",
        "MOOC learners": "Education & Learning",
        "physics explainer fans": "Science",
        "ancient Rome buffs": "History & Culture",
        "Spanish learners": "Languages & Linguistics",
    },
    "luxury": {
        "private jet travellers": "Luxury Travel",
        "Birkin bag collectors": "Luxury Goods; Designer Fashion",
        "omakase and tasting menus": "Fine Dining",
        "haute couture week followers": "Designer Fashion",
    },
    "outdoor": {
        "backcountry skiers": "Mountaineering & Climbing; Extreme Sports",
        "hunting season": "Fishing & Hunting",
        "tent and sleeping bag buyers": "Outdoor Gear & Equipment; Camping & Hiking",
        "national park trails": "Camping & Hiking",
    },
    "photography": {
        "mirrorless camera upgraders": "Camera & Photography",
        "wedding photographers": "Camera & Photography",
        "tattoo art lovers": "Art & Design; Drawing & Illustration",
        "TikTok video editing": "Film Making & Video Editing",
    },
}

# Hand-written evaluation segments (keyword arguments of ``segments._seg``).
FIXED_SEGMENTS: tuple[dict[str, Any], ...] = (
    dict(id="broad-mobile-squads-latam", name="Mobile battle-royale players 13-24 in LatAm",
         description="""Teenagers and young adults in Brazil and Mexico who play PUBG Mobile
         and Free Fire in squads and watch VTubers.""",
         ages=["13-17", "18-24"],
         interests=["PUBG Mobile and Free Fire squads", "VTuber fans"],
         countries={"BR": 1.0, "MX": 0.7}, filters={"platforms": ["tiktok", "youtube"]}),
    dict(id="broad-hot-yoga-us", name="Women 25-44 in the US into hot yoga and meditation",
         description="""American women who go to hot yoga several times a week, use guided
         meditation apps and try acupuncture.""",
         ages=["25-34", "35-44"],
         interests=["hot yoga regulars", "guided meditation apps",
                    "acupuncture and herbal medicine"],
         genders=["female"], countries=["US"], languages=["en"]),
    dict(id="broad-ev-drivers-na", name="EV drivers 25-54 in the US and Canada",
         description="""North American drivers of Teslas and other EVs who clean with
         eco-friendly products and care about the climate.""",
         ages=["25-34", "35-44", "45-54"],
         interests=["Tesla and EV drivers", "eco-friendly cleaning", "climate activists"],
         countries={"US": 1.0, "CA": 0.5}, languages=["en"]),
    dict(id="broad-drift-builds-dach", name="Drift and track-car builders, men 18-44 in DACH",
         description="""German-speaking men who build drift and time-attack cars, watch
         NASCAR and spend on ceramic coatings.""",
         ages=["18-24", "25-34", "35-44"],
         interests=["drift and time-attack builds", "NASCAR fans",
                    "car care and ceramic coating"],
         genders=["male"], countries={"DE": 1.0, "AT": 0.6, "CH": 0.6},
         filters={"platforms": ["youtube", "instagram"], "followers": {"min": 10000}}),
    dict(id="broad-chromebook-students-na", name="Students 18-24 in the US and Canada",
         description="""North American students looking for cheap Chromebooks and foldable
         phones, and experimenting with no-code tools.""",
         ages=["18-24"],
         interests=["cheap Chromebooks", "foldable phone buyers", "no-code and SaaS tools"],
         countries={"US": 1.0, "CA": 0.4}, languages=["en"]),
    dict(id="broad-sneakerheads-fr-it", name="Sneakerheads 18-34 in France and Italy",
         description="""Young people in France and Italy who queue for Jordans and Yeezys,
         haul fast fashion and hunt Black Friday deals.""",
         ages=["18-24", "25-34"],
         interests=["Jordans and Yeezys", "fast-fashion hauls", "Black Friday deal hunters"],
         countries={"FR": 1.0, "IT": 0.8}),
    dict(id="broad-landlords-uk", name="Property investors 35-64 in the UK", description="""
         British buy-to-let landlords and dividend investors, many of them running a
         one-person business.""",
         ages=["35-44", "45-54", "55-64"],
         interests=["buy-to-let landlords", "dividend investors", "solopreneurs"],
         countries=["GB"], filters={"min_credibility": 0.75}),
    dict(id="broad-mums-to-be-in", name="Expecting mothers 18-34 in India", description="""
         Indian women expecting their first child, shopping for diapers and strollers and
         reading about screen time for kids.""",
         ages=["18-24", "25-34"],
         interests=["mums-to-be", "diaper and stroller shoppers", "screen time for kids"],
         genders=["female"], countries=["IN"], languages=["hi", "en"],
         filters={"platforms": ["instagram", "youtube"]}),
    dict(id="broad-afrobeats-africa", name="Afrobeats fans 18-34 in Nigeria, Ghana and Kenya",
         description="""Young music fans in West and East Africa who stream Afrobeats, collect
         vinyl and travel to festivals.""",
         ages=["18-24", "25-34"],
         interests=["Afrobeats fans", "festival season campers", "vinyl collectors"],
         countries={"NG": 1.0, "GH": 0.6, "KE": 0.6}),
    dict(id="broad-private-jet-mena", name="Ultra-affluent travellers 35-64 in the Gulf and Europe",
         description="""Private-jet travellers who collect Birkin bags, book omakase and
         tasting menus and follow the couture weeks.""",
         ages=["35-44", "45-54", "55-64"],
         interests=["private jet travellers", "Birkin bag collectors",
                    "omakase and tasting menus", "haute couture week followers"],
         countries=["AE", "SA", "FR", "IT"], filters={"followers": {"min": 50000}}),
    dict(id="broad-backcountry-na", name="Backcountry people 25-54 in the US and Canada",
         description="""Backcountry skiers, hunters and national-park hikers who buy tents and
         sleeping bags every season.""",
         ages=["25-34", "35-44", "45-54"],
         interests=["backcountry skiers", "hunting season", "tent and sleeping bag buyers",
                    "national park trails"],
         countries={"US": 1.0, "CA": 0.8}, filters={"followers": {"max": 300000}}),
    dict(id="broad-kdrama-blackpink-sea", name="K-culture fans 13-24 in South-East Asia",
         description="""Teenagers and young adults in Thailand, Vietnam and Indonesia who
         binge K-dramas and follow Blackpink.""",
         ages=["13-17", "18-24"],
         interests=["K-drama bingers", "Blackpink fans"],
         countries={"TH": 1.0, "VN": 0.8, "ID": 0.8}),
    dict(id="broad-wedding-creatives-uk-us", name="Wedding photographers and creatives 25-44",
         description="""Photographers in the UK and the US shooting weddings, upgrading to
         mirrorless cameras and editing short videos for TikTok.""",
         ages=["25-34", "35-44"],
         interests=["wedding photographers", "mirrorless camera upgraders",
                    "TikTok video editing"],
         countries={"GB": 1.0, "US": 1.0}, languages=["en"]),
    dict(id="broad-crossfit-br", name="CrossFit athletes 18-44 in Brazil", description="""
         Brazilians who train at CrossFit boxes, take creatine and pre-workout and run
         half-marathons.""",
         ages=["18-24", "25-34", "35-44"],
         interests=["CrossFit boxes", "creatine and pre-workout", "half-marathon runners"],
         countries=["BR"], languages=["pt"], filters={"platforms": ["instagram"]}),
    dict(id="broad-ikea-hackers-nordics", name="IKEA hackers 25-44 in the Nordics",
         description="""Nordic renters and homeowners who hack IKEA furniture, knit and grow
         vegetables on allotments.""",
         ages=["25-34", "35-44"],
         interests=["IKEA hacks", "knitting and crochet", "allotment growers"],
         countries={"SE": 1.0, "DK": 0.7, "NO": 0.7, "FI": 0.5}),
    dict(id="broad-cat-cafe-jp-tw", name="Cat people 18-44 in Japan and Taiwan",
         description="""Cat lovers in Japan and Taiwan who visit cat cafes, drink matcha and
         bubble tea and buy premium treats for their pets.""",
         ages=["18-24", "25-34", "35-44"],
         interests=["cat cafe regulars", "matcha and bubble tea", "premium dog treats"],
         countries={"JP": 1.0, "TW": 0.7}),
    dict(id="broad-football-latam", name="Football fans, men 18-44 in Argentina and Colombia",
         description="""Men who never miss a Champions League night and play padel at the
         weekend.""",
         ages=["18-24", "25-34", "35-44"],
         interests=["Champions League viewers", "padel and pickleball players"],
         genders=["male"], countries={"AR": 1.0, "CO": 0.8}, languages=["es"],
         filters={"platforms": ["x", "youtube", "instagram"]}),
)
