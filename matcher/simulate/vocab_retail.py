"""Held-out vocabulary ``retail``: a retail-media / e-commerce provider of product categories.

Modelled on a retailer's or retail-media network's audience segments: shoppers are grouped by
the product categories they buy, written as paths of a product taxonomy in the style of Google's
product taxonomy ("Apparel & Accessories > Shoes", "Health & Beauty > Personal Care > Cosmetics
> Skin Care", "Sporting Goods > Exercise & Fitness > Yoga & Pilates", "Vehicles & Parts >
Vehicle Parts & Accessories"), plus a few "In-Market:" service segments for what a shop does not
sell (flights, hotels, investing, property, online courses, food delivery, streaming). About 60
labels. Lifestyle interests show up as the categories people spend on: yoga as yoga gear and
fitness equipment, meditation as books and health care, gaming as video game consoles and
computers, K-pop as music recordings and collectibles, vanlife as vehicle parts and camping gear,
luxury as jewellery, handbags, hotels and flights (the luxury niche has no label of its own).
Parent and child nodes both exist and a purchase may roll up to the parent ("> Yoga & Pilates"
and "Sporting Goods > Exercise & Fitness"); fishing and hunting have no node of their own and
only show as the parent "Sporting Goods > Outdoor Recreation", which camping and climbing
purchases roll up to.

Written blind (without looking at the matcher or its results), before any tuning of the matcher
on it; it must not be adjusted to the matcher's results. Strings are ";"-separated lists.
"""

from __future__ import annotations

from typing import Any

NAME = "retail"
DESCRIPTION = ("Retail-media / e-commerce style: about 60 product-taxonomy paths ('A > B > C') "
               "and a few 'In-Market:' service segments; interests shown as what people buy.")

_PET = "Animals & Pet Supplies > Pet Supplies"
_APP = "Apparel & Accessories"
_HOBBY = "Arts & Entertainment > Hobbies & Creative Arts"
_FOOD = "Food, Beverages & Tobacco"
_HB = "Health & Beauty"
_COS = "Health & Beauty > Personal Care > Cosmetics"
_HG = "Home & Garden"
_SG = "Sporting Goods"
_OR = "Sporting Goods > Outdoor Recreation"

LABELS: tuple[str, ...] = (
    _PET,
    f"{_PET} > Dog Supplies",
    f"{_PET} > Cat Supplies",
    f"{_APP} > Clothing",
    f"{_APP} > Clothing > Activewear",
    f"{_APP} > Shoes",
    f"{_APP} > Jewelry",
    f"{_APP} > Handbags, Wallets & Cases",
    "Arts & Entertainment > Event Tickets",
    "Arts & Entertainment > Party & Celebration",
    f"{_HOBBY} > Arts & Crafts",
    f"{_HOBBY} > Collectibles",
    f"{_HOBBY} > Musical Instruments",
    "Baby & Toddler",
    "Cameras & Optics > Cameras",
    "Electronics > Audio",
    "Electronics > Communications > Telephony > Mobile Phones",
    "Electronics > Computers",
    "Electronics > Video Game Consoles",
    f"{_FOOD} > Beverages > Alcoholic Beverages",
    f"{_FOOD} > Beverages > Coffee",
    f"{_FOOD} > Food Items",
    "Furniture",
    "Hardware > Power & Electrical Supplies",
    "Hardware > Tools",
    f"{_HB} > Health Care",
    f"{_HB} > Health Care > Fitness & Nutrition > Vitamins & Supplements",
    f"{_COS} > Makeup",
    f"{_COS} > Perfume & Cologne",
    f"{_COS} > Skin Care",
    f"{_HB} > Personal Care > Hair Care",
    f"{_HG} > Decor",
    f"{_HG} > Household Supplies",
    f"{_HG} > Kitchen & Dining",
    f"{_HG} > Lawn & Garden",
    "Luggage & Bags",
    "Media > Books",
    "Media > Music & Sound Recordings",
    "Office Supplies",
    "Software > Computer Software",
    f"{_SG} > Athletics",
    f"{_SG} > Athletics > Basketball",
    f"{_SG} > Athletics > Soccer",
    f"{_SG} > Exercise & Fitness",
    f"{_SG} > Exercise & Fitness > Yoga & Pilates",
    _OR,
    f"{_OR} > Camping & Hiking",
    f"{_OR} > Climbing",
    f"{_OR} > Cycling",
    f"{_OR} > Skateboarding",
    "Toys & Games",
    "Vehicles & Parts > Vehicle Parts & Accessories",
    "Vehicles & Parts > Vehicles > Motor Vehicles",
    "In-Market: Education > Online Courses",
    "In-Market: Financial Services > Investment Services",
    "In-Market: Real Estate > Residential Properties",
    "In-Market: Restaurants & Food Delivery",
    "In-Market: Streaming Services",
    "In-Market: Travel > Air Travel",
    "In-Market: Travel > Hotels & Accommodations",
)

_CLOTHING = f"{_APP} > Clothing"
_BAGS = f"{_APP} > Handbags, Wallets & Cases"
_TICKETS = "Arts & Entertainment > Event Tickets"
_COLLECT = f"{_HOBBY} > Collectibles"
_CRAFTS = f"{_HOBBY} > Arts & Crafts"
_HEALTH = f"{_HB} > Health Care"
_VITAMINS = f"{_HB} > Health Care > Fitness & Nutrition > Vitamins & Supplements"
_FOODITEMS = f"{_FOOD} > Food Items"
_KITCHEN = f"{_HG} > Kitchen & Dining"
_HOUSEHOLD = f"{_HG} > Household Supplies"
_FITNESS = f"{_SG} > Exercise & Fitness"
_ATHLETICS = f"{_SG} > Athletics"
_PARTS = "Vehicles & Parts > Vehicle Parts & Accessories"
_VEHICLES = "Vehicles & Parts > Vehicles > Motor Vehicles"
_COURSES = "In-Market: Education > Online Courses"
_INVEST = "In-Market: Financial Services > Investment Services"
_DINING = "In-Market: Restaurants & Food Delivery"
_STREAMING = "In-Market: Streaming Services"
_AIR = "In-Market: Travel > Air Travel"
_HOTELS = "In-Market: Travel > Hotels & Accommodations"

# Latent interest -> the product categories (and in-market segments) a follower holding it is
# reported under: what such a person buys.
REPORTS: dict[str, str] = {
    # parenting
    "Toys, Children & Baby": "Baby & Toddler; Toys & Games",
    "Parenting & Family": "Toys & Games",
    "Friends, Family & Relationships": "Arts & Entertainment > Party & Celebration",
    "Pregnancy & Maternity": f"Baby & Toddler; {_HEALTH}",
    # fitness
    "Fitness & Gym": _FITNESS,
    "Healthy Lifestyle": f"{_HEALTH}; {_FOODITEMS}",
    "Sports Nutrition & Supplements": _VITAMINS,
    "Activewear": f"{_APP} > Clothing > Activewear",
    "Running & Marathons": f"{_APP} > Shoes; {_FITNESS}",
    # wellness
    "Yoga & Pilates": f"{_SG} > Exercise & Fitness > Yoga & Pilates; {_FITNESS}",
    "Meditation & Mindfulness": f"Media > Books; {_HEALTH}",
    "Alternative Medicine": f"{_HEALTH}; {_VITAMINS}",
    "Spirituality & Astrology": f"Media > Books; {_HG} > Decor",
    # beauty
    "Beauty & Cosmetics": f"{_COS} > Makeup",
    "Skincare": f"{_COS} > Skin Care",
    "Hair Care & Styling": f"{_HB} > Personal Care > Hair Care",
    "Fragrances & Perfume": f"{_COS} > Perfume & Cologne",
    "Nail Art": f"{_COS} > Makeup",
    # fashion
    "Clothes, Shoes, Handbags & Accessories": f"{_CLOTHING}; {_APP} > Shoes",
    "Jewellery & Watches": f"{_APP} > Jewelry",
    "Streetwear & Sneakers": f"{_APP} > Shoes; {_CLOTHING}",
    "Shopping & Retail": f"{_CLOTHING}; {_BAGS}",
    # gaming
    "Gaming": "Electronics > Video Game Consoles",
    "Esports": "Electronics > Video Game Consoles; Electronics > Computers",
    "PC & Console Gaming": "Electronics > Video Game Consoles; Electronics > Computers",
    "Anime & Manga": f"Media > Books; {_COLLECT}",
    "Streaming & Live Video": _STREAMING,
    # tech
    "Electronics & Computers": "Electronics > Computers; Electronics > Audio",
    "Mobile Phones & Gadgets": "Electronics > Communications > Telephony > Mobile Phones;"
                               " Electronics > Audio",
    "Software & Programming": "Software > Computer Software; Electronics > Computers",
    "Artificial Intelligence & Data": "Software > Computer Software",
    # finance
    "Business & Careers": f"Office Supplies; {_COURSES}",
    "Personal Finance & Investing": _INVEST,
    "Cryptocurrency & Blockchain": _INVEST,
    "Real Estate": "In-Market: Real Estate > Residential Properties",
    "Entrepreneurship": "Office Supplies; Software > Computer Software",
    # food
    "Restaurants, Food & Grocery": f"{_FOODITEMS}; {_DINING}",
    "Cooking & Recipes": f"{_KITCHEN}; {_FOODITEMS}",
    "Coffee, Tea & Beverages": f"{_FOOD} > Beverages > Coffee; {_KITCHEN}",
    "Beer, Wine & Spirits": f"{_FOOD} > Beverages > Alcoholic Beverages",
    "Vegan & Vegetarian Food": _FOODITEMS,
    # travel
    "Travel, Tourism & Aviation": f"{_AIR}; Luggage & Bags",
    "Hotels & Resorts": _HOTELS,
    "Backpacking & Budget Travel": f"Luggage & Bags; {_HOTELS}",
    "Road Trips & Vanlife": f"{_PARTS}; {_OR} > Camping & Hiking",
    # music
    "Music": "Media > Music & Sound Recordings; Electronics > Audio",
    "Concerts & Festivals": _TICKETS,
    "Hip Hop & Rap": "Media > Music & Sound Recordings",
    "Musical Instruments": f"{_HOBBY} > Musical Instruments",
    "K-Pop": f"Media > Music & Sound Recordings; {_COLLECT}",
    # sustainability
    "Sustainability & Environment": f"{_HOUSEHOLD}; {_FOODITEMS}",
    "Zero Waste & Recycling": _HOUSEHOLD,
    "Organic & Natural Products": f"{_FOODITEMS}; {_HOUSEHOLD}",
    "Renewable Energy & Electric Vehicles": f"Hardware > Power & Electrical Supplies; {_VEHICLES}",
    # pets
    "Pets": _PET,
    "Dogs & Puppies": f"{_PET} > Dog Supplies",
    "Cats & Kittens": f"{_PET} > Cat Supplies",
    "Pet Food & Supplies": _PET,
    # cars
    "Cars & Motorbikes": f"{_VEHICLES}; {_PARTS}",
    "Motorsport & Racing": f"{_TICKETS}; {_PARTS}",
    "Car Tuning & Modification": _PARTS,
    "Auto Parts & Accessories": f"{_PARTS}; Hardware > Tools",
    # sports
    "Sports": f"{_ATHLETICS}; {_TICKETS}",
    "Football & Soccer": f"{_SG} > Athletics > Soccer; {_ATHLETICS}",
    "Basketball": f"{_SG} > Athletics > Basketball; {_ATHLETICS}",
    "Cycling": f"{_OR} > Cycling",
    "Extreme Sports": f"{_OR} > Skateboarding",
    # home
    "Home Decor, Furniture & Garden": f"{_HG} > Decor; Furniture",
    "DIY & Crafts": f"Hardware > Tools; {_CRAFTS}",
    "Gardening & Plants": f"{_HG} > Lawn & Garden",
    "Interior Design & Architecture": f"Furniture; {_HG} > Decor",
    # entertainment
    "Television & Film": _STREAMING,
    "Celebrities & Pop Culture": _STREAMING,
    "Comedy & Memes": _STREAMING,
    "Theatre & Performing Arts": _TICKETS,
    # education
    "Books & Literature": "Media > Books",
    "Education & Learning": f"{_COURSES}; Office Supplies",
    "Science": f"Media > Books; {_COURSES}",
    "History & Culture": "Media > Books",
    "Languages & Linguistics": f"{_COURSES}; Media > Books",
    # luxury: no label of its own
    "Luxury Goods": f"{_APP} > Jewelry; {_BAGS}",
    "Luxury Travel": f"{_AIR}; {_HOTELS}",
    "Fine Dining": f"{_DINING}; {_FOOD} > Beverages > Alcoholic Beverages",
    "Designer Fashion": f"{_BAGS}; {_CLOTHING}",
    # outdoor
    "Camping & Hiking": f"{_OR} > Camping & Hiking; {_OR}",
    "Fishing & Hunting": _OR,
    "Mountaineering & Climbing": f"{_OR} > Climbing; {_OR}",
    "Outdoor Gear & Equipment": f"{_OR} > Camping & Hiking; {_CLOTHING}",
    # photography
    "Camera & Photography": "Cameras & Optics > Cameras",
    "Art & Design": f"{_CRAFTS}; {_HG} > Decor",
    "Drawing & Illustration": f"{_CRAFTS}; Electronics > Computers",
    "Film Making & Video Editing": "Cameras & Optics > Cameras; Software > Computer Software",
}

# niche -> {phrase: the latent interests whose holders are the phrase's audience}. Written as
# retail and brand planners brief: purchase behaviour ("espresso machine owners"), life stage
# ("new homeowners furnishing"), brands, and a few traps: "gram-weenies" are ultralight hikers,
# not dieters; "lawn care dads" are gardeners, not parents; "Sunday league heroes" play
# football; "Pokémon card collectors" are gamers and anime fans, not sports-card collectors.
PHRASES: dict[str, dict[str, str]] = {
    "parenting": {
        "stroller and car seat shoppers": "Toys, Children & Baby",
        "prenatal vitamin buyers": "Pregnancy & Maternity",
        "birthday party planners": "Friends, Family & Relationships; Parenting & Family",
        "LEGO and Montessori toy parents": "Parenting & Family; Toys, Children & Baby",
        "back-to-school moms": "Parenting & Family; Education & Learning",
        "wedding registry couples": "Friends, Family & Relationships;"
                                    " Home Decor, Furniture & Garden",
    },
    "fitness": {
        "home gym equipment buyers": "Fitness & Gym",
        "protein powder subscribers": "Sports Nutrition & Supplements",
        "gym leggings shoppers": "Activewear",
        "first marathon in training": "Running & Marathons",
        "wellness-focused 30-somethings": "Healthy Lifestyle",
        "Peloton households": "Fitness & Gym; Cycling",
        "macro counters": "Healthy Lifestyle; Sports Nutrition & Supplements",
    },
    "wellness": {
        "yoga mat and block buyers": "Yoga & Pilates",
        "mindfulness app subscribers": "Meditation & Mindfulness",
        "tarot deck collectors": "Spirituality & Astrology",
        "adaptogen and ashwagandha users": "Alternative Medicine",
        "pilates reformer at home": "Yoga & Pilates",
        "crystal and sage shoppers": "Spirituality & Astrology",
        "stressed professionals looking for calm": "Meditation & Mindfulness",
    },
    "beauty": {
        "lipstick and foundation shoppers": "Beauty & Cosmetics",
        "dermatologist-recommended skincare": "Skincare",
        "Dyson Airwrap wishlisters": "Hair Care & Styling",
        "gift-set perfume buyers": "Fragrances & Perfume",
        "at-home gel manicure kits": "Nail Art",
        "anti-aging serums for over-40s": "Skincare",
        "beauty advent calendar buyers": "Beauty & Cosmetics; Skincare; Fragrances & Perfume",
    },
    "fashion": {
        "workwear and office outfits": "Clothes, Shoes, Handbags & Accessories",
        "limited-edition sneaker collectors": "Streetwear & Sneakers",
        "online fashion bargain hunters": "Shopping & Retail;"
                                          " Clothes, Shoes, Handbags & Accessories",
        "engagement ring shoppers": "Jewellery & Watches; Friends, Family & Relationships",
        "everyday watch buyers": "Jewellery & Watches",
        "weekend mall shoppers": "Shopping & Retail",
    },
    "gaming": {
        "next-gen console owners": "PC & Console Gaming; Gaming",
        "gaming headset and chair shoppers": "PC & Console Gaming; Gaming",
        "Pokémon card collectors": "Anime & Manga; Gaming",
        "esports jersey buyers": "Esports",
        "manga box set buyers": "Anime & Manga",
        "people who watch streamers instead of TV": "Streaming & Live Video",
        "Roblox and Minecraft kids": "Gaming",
        "budget Android phone gamers": "Gaming; Mobile Phones & Gadgets",
    },
    "tech": {
        "laptop upgraders": "Electronics & Computers",
        "noise-cancelling headphone buyers": "Mobile Phones & Gadgets",
        "developers and data scientists": "Software & Programming;"
                                          " Artificial Intelligence & Data",
        "generative AI early adopters": "Artificial Intelligence & Data",
        "phone upgrade cycle": "Mobile Phones & Gadgets",
        "smart home setups": "Electronics & Computers; Mobile Phones & Gadgets",
    },
    "finance": {
        "retail investors": "Personal Finance & Investing",
        "Bitcoin and Ethereum holders": "Cryptocurrency & Blockchain",
        "people house-hunting this year": "Real Estate",
        "Shopify store owners": "Entrepreneurship",
        "MBA applicants": "Business & Careers; Education & Learning",
        "wealth builders in their 30s": "Personal Finance & Investing; Real Estate",
    },
    "food": {
        "weekly online grocery shoppers": "Restaurants, Food & Grocery",
        "Uber Eats regulars": "Restaurants, Food & Grocery",
        "cast iron and Dutch oven cooks": "Cooking & Recipes",
        "espresso machine owners": "Coffee, Tea & Beverages",
        "craft gin and whisky buyers": "Beer, Wine & Spirits",
        "meat-free Mondays": "Vegan & Vegetarian Food",
        "Ninja air fryer owners": "Cooking & Recipes",
        "wine club members": "Beer, Wine & Spirits",
    },
    "travel": {
        "summer holiday bookers": "Travel, Tourism & Aviation; Hotels & Resorts",
        "carry-on only travellers": "Backpacking & Budget Travel; Travel, Tourism & Aviation",
        "airline loyalty members": "Travel, Tourism & Aviation",
        "campervan hire": "Road Trips & Vanlife",
        "budget hostel bookers": "Backpacking & Budget Travel",
        "honeymoon planners": "Hotels & Resorts; Friends, Family & Relationships",
    },
    "music": {
        "record store regulars": "Music",
        "people buying festival tickets": "Concerts & Festivals",
        "beat makers and DJs": "Musical Instruments; Hip Hop & Rap",
        "K-pop album collectors": "K-Pop",
        "rap fans": "Hip Hop & Rap",
        "beginner guitarists": "Musical Instruments",
    },
    "sustainability": {
        "eco-friendly household shoppers": "Organic & Natural Products; Zero Waste & Recycling",
        "reusable water bottle crowd": "Zero Waste & Recycling",
        "homeowners going solar": "Renewable Energy & Electric Vehicles",
        "conscious consumers": "Sustainability & Environment",
        "electric car shoppers": "Renewable Energy & Electric Vehicles; Cars & Motorbikes",
    },
    "pets": {
        "new puppy owners": "Dogs & Puppies",
        "cat litter and scratching post buyers": "Cats & Kittens",
        "premium pet food shoppers": "Pet Food & Supplies",
        "multi-pet households": "Pets; Dogs & Puppies; Cats & Kittens",
        "aquarium hobbyists": "Pets",
    },
    "cars": {
        "new car intenders": "Cars & Motorbikes",
        "track day enthusiasts": "Motorsport & Racing; Car Tuning & Modification",
        "performance exhaust and tuning parts": "Car Tuning & Modification",
        "motorcycle gear shoppers": "Cars & Motorbikes",
        "Grand Prix fans": "Motorsport & Racing",
        "car wash and wax DIYers": "Auto Parts & Accessories",
    },
    "sports": {
        "football kit buyers": "Football & Soccer",
        "basketball shoe and jersey fans": "Basketball",
        "season ticket holders": "Sports; Football & Soccer",
        "e-bike commuters": "Cycling",
        "skate shop regulars": "Extreme Sports",
        "Sunday league heroes": "Football & Soccer; Sports",
    },
    "home": {
        "new homeowners furnishing": "Home Decor, Furniture & Garden; Real Estate",
        "power drill and sander buyers": "DIY & Crafts",
        "lawn care dads": "Gardening & Plants",
        "sofa shoppers": "Home Decor, Furniture & Garden; Interior Design & Architecture",
        "Architectural Digest readers": "Interior Design & Architecture",
        "scrapbookers and card makers": "DIY & Crafts",
    },
    "entertainment": {
        "streaming subscription stackers": "Television & Film; Streaming & Live Video",
        "celebrity magazine readers": "Celebrities & Pop Culture",
        "comedy podcast listeners": "Comedy & Memes",
        "theatre subscription holders": "Theatre & Performing Arts",
        "movie night households": "Television & Film",
        "pop culture merch buyers": "Celebrities & Pop Culture; Television & Film",
    },
    "education": {
        "Kindle readers": "Books & Literature",
        "online certificate learners": "Education & Learning",
        "telescope and microscope buyers": "Science",
        "historical fiction fans": "Books & Literature; History & Culture",
        "language app subscribers": "Languages & Linguistics",
        "college students": "Education & Learning",
    },
    "luxury": {
        "high-net-worth shoppers": "Luxury Goods; Designer Fashion",
        "premium cabin flyers": "Luxury Travel",
        "fine jewelry buyers": "Luxury Goods; Jewellery & Watches",
        "designer resale shoppers": "Designer Fashion; Shopping & Retail",
        "chef-driven restaurant goers": "Fine Dining",
    },
    "outdoor": {
        "camping gear shoppers": "Outdoor Gear & Equipment; Camping & Hiking",
        "tackle shop regulars": "Fishing & Hunting",
        "climbing shoe and harness buyers": "Mountaineering & Climbing",
        "day hikers": "Camping & Hiking",
        "bowhunters": "Fishing & Hunting",
        "waterproof jacket shoppers": "Outdoor Gear & Equipment",
        "gram-weenies": "Outdoor Gear & Equipment; Camping & Hiking",
    },
    "photography": {
        "camera lens upgraders": "Camera & Photography",
        "art supply shoppers": "Drawing & Illustration; Art & Design",
        "wall art and print buyers": "Art & Design",
        "vloggers buying gear": "Film Making & Video Editing",
        "iPad illustrators": "Drawing & Illustration",
        "portrait photographers": "Camera & Photography",
    },
}

# Hand-written evaluation segments (keyword arguments of ``segments._seg``). Age and country
# are deliberately correlated in retail-phone-gamers-in, retail-kpop-albums-sea,
# retail-students-us and retail-garden-retirees-jp; retail-hard-* use figurative or niche
# phrases.
FIXED_SEGMENTS: tuple[dict[str, Any], ...] = (
    dict(id="retail-phone-gamers-in", name="Young mobile gamers 13-24 in India",
         description="""Indian teenagers and students who game on budget Android phones, buy
         gaming headsets and watch streamers instead of TV.""",
         ages=["13-17", "18-24"],
         interests=["budget Android phone gamers", "gaming headset and chair shoppers",
                    "people who watch streamers instead of TV"],
         genders=["male"], countries=["IN"], languages=["hi", "en"],
         filters={"platforms": ["youtube", "instagram"]}),
    dict(id="retail-kpop-albums-sea", name="K-pop album collectors 13-24 in South-East Asia",
         description="""Teenagers and young adults in the Philippines, Indonesia and Malaysia
         who buy every K-pop album version and Pokémon cards.""",
         ages=["13-17", "18-24"],
         interests=["K-pop album collectors", "Pokémon card collectors"],
         countries={"PH": 1.0, "ID": 0.9, "MY": 0.5}),
    dict(id="retail-students-us", name="College students 18-24 in the US", description="""
         American college students upgrading their laptops, taking online certificates and
         buying noise-cancelling headphones.""",
         ages=["18-24"],
         interests=["college students", "laptop upgraders", "noise-cancelling headphone buyers"],
         countries=["US"], languages=["en"]),
    dict(id="retail-garden-retirees-jp", name="Gardeners and readers 55+ in Japan",
         description="""Older Japanese who tend their gardens, read historical fiction on
         Kindle and take up a new language in retirement.""",
         ages=["55-64", "65+"],
         interests=["lawn care dads", "historical fiction fans", "language app subscribers"],
         countries=["JP"], languages=["ja"], filters={"platforms": ["youtube"]}),
    dict(id="retail-hard-gram-weenies-na", name="Ultralight hikers 25-44 in the US and Canada",
         description="""Gram-weenies who cut the labels out of their gear, buy a new waterproof
         jacket every season and count day hikes as rest days.""",
         ages=["25-34", "35-44"],
         interests=["gram-weenies", "waterproof jacket shoppers", "day hikers"],
         countries={"US": 1.0, "CA": 0.7}, languages=["en"],
         filters={"followers": {"max": 300000}}),
    dict(id="retail-hard-sunday-league-uk", name="Sunday-league footballers, men 18-44 in the "
         "UK", description="""Weekend footballers who think of themselves as Sunday league
         heroes, buy every new kit and hold season tickets.""",
         ages=["18-24", "25-34", "35-44"],
         interests=["Sunday league heroes", "football kit buyers", "season ticket holders"],
         genders=["male"], countries=["GB"], filters={"platforms": ["x", "instagram"]}),
    dict(id="retail-new-parents-br", name="New and expecting parents 25-34 in Brazil",
         description="""Brazilian parents-to-be buying strollers, car seats and prenatal
         vitamins.""",
         ages=["25-34"],
         interests=["stroller and car seat shoppers", "prenatal vitamin buyers"],
         countries=["BR"], languages=["pt"], filters={"platforms": ["instagram"]}),
    dict(id="retail-home-gym-de", name="Home-gym builders 25-44 in Germany", description="""
         Germans kitting out a home gym, subscribing to protein powder and counting macros.""",
         ages=["25-34", "35-44"],
         interests=["home gym equipment buyers", "protein powder subscribers", "macro counters"],
         countries=["DE"], languages=["de"]),
    dict(id="retail-yoga-wellness-ca", name="Women 25-54 in Canada into yoga and calm",
         description="""Canadian women buying yoga mats and a Pilates reformer for home, using
         mindfulness apps and adaptogens.""",
         ages=["25-34", "35-44", "45-54"],
         interests=["yoga mat and block buyers", "pilates reformer at home",
                    "mindfulness app subscribers", "adaptogen and ashwagandha users"],
         genders=["female"], countries=["CA"], languages=["en", "fr"]),
    dict(id="retail-beauty-gifting-uk-fr", name="Beauty gift shoppers, women 18-44 in the UK "
         "and France", description="""Women buying beauty advent calendars, gift-set perfumes
         and lipstick for the holidays.""",
         ages=["18-24", "25-34", "35-44"],
         interests=["beauty advent calendar buyers", "gift-set perfume buyers",
                    "lipstick and foundation shoppers"],
         genders=["female"], countries={"GB": 1.0, "FR": 0.8},
         filters={"platforms": ["instagram", "tiktok"], "min_credibility": 0.7}),
    dict(id="retail-ev-solar-nl-de", name="EV and solar households 35-64 in the Netherlands "
         "and Germany", description="""Homeowners going solar and shopping for an electric
         car, who buy eco-friendly household products.""",
         ages=["35-44", "45-54", "55-64"],
         interests=["homeowners going solar", "electric car shoppers",
                    "eco-friendly household shoppers"],
         countries={"NL": 1.0, "DE": 1.0}),
    dict(id="retail-luxury-shoppers-gulf", name="High-net-worth shoppers 35-64 in the Gulf",
         description="""Affluent residents of the UAE and Saudi Arabia who buy fine jewellery,
         fly premium cabins and eat at chef-driven restaurants.""",
         ages=["35-44", "45-54", "55-64"],
         interests=["high-net-worth shoppers", "fine jewelry buyers", "premium cabin flyers",
                    "chef-driven restaurant goers"],
         countries={"AE": 1.0, "SA": 0.8}, filters={"followers": {"min": 50000}}),
    dict(id="retail-coffee-kitchen-it-es", name="Home cooks and coffee lovers 25-54 in Italy "
         "and Spain", description="""People who own an espresso machine, cook in cast iron and
         are in a wine club.""",
         ages=["25-34", "35-44", "45-54"],
         interests=["espresso machine owners", "cast iron and Dutch oven cooks",
                    "wine club members"],
         countries={"IT": 1.0, "ES": 0.8}),
    dict(id="retail-new-homeowners-au", name="New homeowners 25-44 in Australia",
         description="""Australians who just bought a house, are shopping for sofas and
         picking up power drills for weekend jobs.""",
         ages=["25-34", "35-44"],
         interests=["new homeowners furnishing", "sofa shoppers",
                    "power drill and sander buyers"],
         countries=["AU"], languages=["en"]),
    dict(id="retail-pet-households-us", name="Multi-pet households 25-54 in the US",
         description="""American households with dogs and cats buying premium food and a new
         puppy's first supplies.""",
         ages=["25-34", "35-44", "45-54"],
         interests=["multi-pet households", "premium pet food shoppers", "new puppy owners"],
         countries=["US"], filters={"min_credibility": 0.8}),
    dict(id="retail-track-day-dach", name="Track-day drivers, men 25-54 in DACH",
         description="""German-speaking men who take their cars to track days, fit performance
         exhausts and follow every Grand Prix.""",
         ages=["25-34", "35-44", "45-54"],
         interests=["track day enthusiasts", "performance exhaust and tuning parts",
                    "Grand Prix fans"],
         genders=["male"], countries={"DE": 1.0, "AT": 0.6, "CH": 0.6}, languages=["de"],
         filters={"platforms": ["youtube", "instagram"]}),
    dict(id="retail-creators-kr-tw", name="Creators buying gear 18-34 in Korea and Taiwan",
         description="""Young vloggers, iPad illustrators and portrait photographers buying
         cameras, lenses and art supplies.""",
         ages=["18-24", "25-34"],
         interests=["vloggers buying gear", "iPad illustrators", "camera lens upgraders"],
         countries={"KR": 1.0, "TW": 0.7}),
    dict(id="retail-investors-uk-ie", name="Wealth builders 25-44 in the UK and Ireland",
         description="""Retail investors in their thirties house-hunting and holding some
         Bitcoin and Ethereum.""",
         ages=["25-34", "35-44"],
         interests=["wealth builders in their 30s", "people house-hunting this year",
                    "Bitcoin and Ethereum holders"],
         countries={"GB": 1.0, "IE": 0.4}, filters={"platforms": ["x", "youtube"]}),
    dict(id="retail-holiday-bookers-nordics", name="Summer holiday bookers 25-54 in the "
         "Nordics", description="""Swedes, Norwegians and Danes booking summer holidays and
         honeymoons, travelling carry-on only.""",
         ages=["25-34", "35-44", "45-54"],
         interests=["summer holiday bookers", "honeymoon planners", "carry-on only travellers"],
         countries={"SE": 1.0, "NO": 0.7, "DK": 0.7}),
    dict(id="retail-festival-music-ng-za", name="Music buyers 18-34 in Nigeria and South "
         "Africa", description="""Young Nigerians and South Africans buying festival tickets,
         making beats and rapping.""",
         ages=["18-24", "25-34"],
         interests=["people buying festival tickets", "beat makers and DJs", "rap fans"],
         countries={"NG": 1.0, "ZA": 0.8}),
)
