"""Held-out vocabulary ``social``: a social-listening / creator-marketplace provider.

Modelled on the audience "affinities" that social-listening and creator-marketplace tools show
for a creator's followers: community and subculture names, hashtags and platform slang rather
than category names ("#VanLife", "Sneakerheads", "K-Beauty", "Gym Bros", "BookTok", "Plant
Parents", "Crypto Twitter", "Stan Twitter", "Hook & Bullet Crowd"). About 85 labels. Some are
narrow (one latent interest shown under two community names: yoga as "Yogis" and "Pilates
Princesses", running as "Run Clubs" and "Strava Athletes"), many are community labels that span
niches ("Stan Twitter" takes K-pop and celebrity fans, "Strava Athletes" runners and cyclists,
"Thrifters" shoppers and zero-wasters, "Digital Nomads" budget travellers and founders,
"Luxury Lifestyle" most of the luxury niche, "Dark Academia" students and history lovers), and
look-alike names sit in different niches ("Pet Parents" / "Plant Parents", "Film Twitter" /
"Tech Twitter" / "Sports Twitter"). Phrases are written the way brand planners brief creator
campaigns: slang, brand names, long descriptions, and a few figurative or very niche ones.

Written blind (without looking at the matcher or its results), before any tuning of the matcher
on it; it must not be adjusted to the matcher's results. Strings are ";"-separated lists.
"""

from __future__ import annotations

from typing import Any

NAME = "social"
DESCRIPTION = ("Social-listening / creator-marketplace style: about 85 community, hashtag and "
               "slang labels, some narrow splits of one interest, many spanning niches.")

LABELS: tuple[str, ...] = (
    # family
    "#MomLife", "#Bumpstagram", "#RelationshipGoals",
    # fitness and wellness
    "Gym Bros", "FitTok", "#ThatGirl", "Run Clubs", "Strava Athletes", "Yogis",
    "Pilates Princesses", "Holistic Health", "WitchTok",
    # beauty and fashion
    "MakeupTok", "K-Beauty", "SkinTok", "#HairTok", "Fragrance Heads", "#OOTD",
    "#WatchFam", "Sneakerheads", "Hypebeasts", "Thrifters", "#TikTokMadeMeBuyIt",
    # gaming and tech
    "Gamers", "PC Master Race", "Weebs", "Twitch Community", "Gadget Geeks", "Tech Twitter",
    # money
    "#CareerTok", "FinTok", "Bogleheads", "Crypto Twitter", "#RealEstateTok", "Hustle Culture",
    "Digital Nomads",
    # food and travel
    "Foodies", "FoodTok", "Coffee Snobs", "#WineTok", "Plant-Based Eaters",
    "Wanderlust", "AvGeeks", "Backpackers", "#VanLife",
    # music and entertainment
    "Music Lovers", "Festival Crowd", "Hip Hop Heads", "Bedroom Producers", "K-Pop Stans",
    "Stan Twitter", "Film Twitter", "Meme Lords",
    "Theatre Kids",
    # green living, pets, cars, sports
    "Eco Warriors", "EV Community", "Pet Parents", "#DogsOfInstagram", "#CatsOfInstagram",
    "Petrolheads", "F1 Twitter", "JDM & Tuner Scene", "Sports Twitter",
    "Football Fandom", "NBA Twitter", "Adrenaline Junkies",
    # home, learning, luxury
    "#HomeInspo", "Cottagecore", "Crafters", "Plant Parents", "BookTok", "StudyTok",
    "Dark Academia", "Science Nerds", "History Buffs", "Polyglots", "Luxury Lifestyle",
    "Old Money Aesthetic",
    # outdoors and creative
    "Outdoorsy Folks", "Gorpcore", "Hook & Bullet Crowd", "Climbing Community",
    "Photography Community", "Art Twitter", "Content Creators",
)

# Latent interest -> the community labels a follower holding it is reported under.
REPORTS: dict[str, str] = {
    # parenting
    "Toys, Children & Baby": "#MomLife",
    "Parenting & Family": "#MomLife",
    "Friends, Family & Relationships": "#RelationshipGoals",
    "Pregnancy & Maternity": "#Bumpstagram; #MomLife",
    # fitness
    "Fitness & Gym": "Gym Bros; FitTok",
    "Healthy Lifestyle": "FitTok; #ThatGirl",
    "Sports Nutrition & Supplements": "Gym Bros",
    "Activewear": "FitTok; #OOTD",
    "Running & Marathons": "Run Clubs; Strava Athletes",
    # wellness
    "Yoga & Pilates": "Yogis; Pilates Princesses",
    "Meditation & Mindfulness": "Yogis; #ThatGirl",
    "Alternative Medicine": "Holistic Health",
    "Spirituality & Astrology": "WitchTok",
    # beauty
    "Beauty & Cosmetics": "MakeupTok; K-Beauty",
    "Skincare": "SkinTok; K-Beauty",
    "Hair Care & Styling": "#HairTok",
    "Fragrances & Perfume": "Fragrance Heads",
    "Nail Art": "MakeupTok",
    # fashion
    "Clothes, Shoes, Handbags & Accessories": "#OOTD",
    "Jewellery & Watches": "#WatchFam; #OOTD",
    "Streetwear & Sneakers": "Sneakerheads; Hypebeasts",
    "Shopping & Retail": "#TikTokMadeMeBuyIt; Thrifters",
    # gaming
    "Gaming": "Gamers",
    "Esports": "Gamers; Twitch Community",
    "PC & Console Gaming": "Gamers; PC Master Race",
    "Anime & Manga": "Weebs",
    "Streaming & Live Video": "Twitch Community",
    # tech
    "Electronics & Computers": "Gadget Geeks",
    "Mobile Phones & Gadgets": "Gadget Geeks",
    "Software & Programming": "Tech Twitter",
    "Artificial Intelligence & Data": "Tech Twitter",
    # finance
    "Business & Careers": "#CareerTok",
    "Personal Finance & Investing": "FinTok; Bogleheads",
    "Cryptocurrency & Blockchain": "Crypto Twitter",
    "Real Estate": "#RealEstateTok",
    "Entrepreneurship": "Hustle Culture; Digital Nomads",
    # food
    "Restaurants, Food & Grocery": "Foodies; FoodTok",
    "Cooking & Recipes": "FoodTok",
    "Coffee, Tea & Beverages": "Coffee Snobs",
    "Beer, Wine & Spirits": "#WineTok",
    "Vegan & Vegetarian Food": "Plant-Based Eaters",
    # travel
    "Travel, Tourism & Aviation": "Wanderlust; AvGeeks",
    "Hotels & Resorts": "Wanderlust",
    "Backpacking & Budget Travel": "Backpackers; Digital Nomads",
    "Road Trips & Vanlife": "#VanLife",
    # music
    "Music": "Music Lovers",
    "Concerts & Festivals": "Festival Crowd; Music Lovers",
    "Hip Hop & Rap": "Hip Hop Heads",
    "Musical Instruments": "Bedroom Producers",
    "K-Pop": "K-Pop Stans; Stan Twitter",
    # sustainability
    "Sustainability & Environment": "Eco Warriors",
    "Zero Waste & Recycling": "Eco Warriors; Thrifters",
    "Organic & Natural Products": "Holistic Health; Eco Warriors",
    "Renewable Energy & Electric Vehicles": "EV Community",
    # pets
    "Pets": "Pet Parents",
    "Dogs & Puppies": "#DogsOfInstagram",
    "Cats & Kittens": "#CatsOfInstagram",
    "Pet Food & Supplies": "Pet Parents",
    # cars
    "Cars & Motorbikes": "Petrolheads",
    "Motorsport & Racing": "F1 Twitter",
    "Car Tuning & Modification": "JDM & Tuner Scene; Petrolheads",
    "Auto Parts & Accessories": "Petrolheads",
    # sports
    "Sports": "Sports Twitter",
    "Football & Soccer": "Football Fandom; Sports Twitter",
    "Basketball": "NBA Twitter; Sports Twitter",
    "Cycling": "Strava Athletes",
    "Extreme Sports": "Adrenaline Junkies",
    # home
    "Home Decor, Furniture & Garden": "#HomeInspo; Cottagecore",
    "DIY & Crafts": "Crafters",
    "Gardening & Plants": "Plant Parents; Cottagecore",
    "Interior Design & Architecture": "#HomeInspo",
    # entertainment
    "Television & Film": "Film Twitter",
    "Celebrities & Pop Culture": "Stan Twitter",
    "Comedy & Memes": "Meme Lords",
    "Theatre & Performing Arts": "Theatre Kids",
    # education
    "Books & Literature": "BookTok",
    "Education & Learning": "StudyTok; Dark Academia",
    "Science": "Science Nerds",
    "History & Culture": "History Buffs; Dark Academia",
    "Languages & Linguistics": "Polyglots",
    # luxury
    "Luxury Goods": "Luxury Lifestyle; #WatchFam",
    "Luxury Travel": "Luxury Lifestyle; Wanderlust",
    "Fine Dining": "Foodies; Luxury Lifestyle",
    "Designer Fashion": "Old Money Aesthetic; Luxury Lifestyle",
    # outdoor
    "Camping & Hiking": "Outdoorsy Folks",
    "Fishing & Hunting": "Hook & Bullet Crowd",
    "Mountaineering & Climbing": "Climbing Community; Adrenaline Junkies",
    "Outdoor Gear & Equipment": "Gorpcore; Outdoorsy Folks",
    # photography
    "Camera & Photography": "Photography Community",
    "Art & Design": "Art Twitter",
    "Drawing & Illustration": "Art Twitter",
    "Film Making & Video Editing": "Content Creators; Film Twitter",
}

# niche -> {phrase: the latent interests whose holders are the phrase's audience}. Traps:
# "crag rats" are climbers, "foster fails" are pet adopters, "Roman Empire thinkers" are history
# fans, "festival wristband collectors" go to festivals, "sourdough starters" bake at home;
# "backcountry camping weekends" is hiking, not budget travel; "Pilates girlies" is yoga, not
# "#ThatGirl"; "plane spotters" are aviation fans (travel), not gadget people.
PHRASES: dict[str, dict[str, str]] = {
    "parenting": {
        "baby registry must-haves": "Toys, Children & Baby; Pregnancy & Maternity",
        "dads who post about their kids": "Parenting & Family",
        "newlyweds and engaged couples": "Friends, Family & Relationships",
        "third trimester": "Pregnancy & Maternity",
        "crunchy parents who cloth diaper": "Parenting & Family; Organic & Natural Products",
        "households with a toddler": "Parenting & Family; Toys, Children & Baby",
    },
    "fitness": {
        "gym rats": "Fitness & Gym",
        "protein shake after every session": "Sports Nutrition & Supplements; Fitness & Gym",
        "Lululemon and Gymshark shoppers": "Activewear",
        "parkrun regulars": "Running & Marathons",
        "people trying to eat cleaner and sleep better": "Healthy Lifestyle",
        "runners who also cook vegan": "Running & Marathons; Vegan & Vegetarian Food",
        "75 Hard challenge": "Fitness & Gym; Healthy Lifestyle",
    },
    "wellness": {
        "Pilates girlies": "Yoga & Pilates",
        "morning journaling and gratitude": "Meditation & Mindfulness",
        "reiki and energy healing": "Alternative Medicine; Spirituality & Astrology",
        "Mercury retrograde memes": "Spirituality & Astrology",
        "yoga retreats in Bali": "Yoga & Pilates; Hotels & Resorts",
        "nervous system regulation": "Meditation & Mindfulness; Alternative Medicine",
    },
    "beauty": {
        "drugstore makeup dupes": "Beauty & Cosmetics",
        "glass skin": "Skincare",
        "4C hair journeys": "Hair Care & Styling",
        "fragrance collectors who blind buy": "Fragrances & Perfume",
        "chrome and glazed-donut nails": "Nail Art",
        "Sephora kids": "Beauty & Cosmetics; Skincare",
        "sunscreen obsessives": "Skincare",
    },
    "fashion": {
        "fit checks": "Clothes, Shoes, Handbags & Accessories",
        "people who camp out for Supreme drops": "Streetwear & Sneakers",
        "Depop and Vinted sellers": "Shopping & Retail; Zero Waste & Recycling",
        "permanent jewelry and ear stacks": "Jewellery & Watches",
        "Amazon finds addicts": "Shopping & Retail",
        "streetwear kids who also skate": "Streetwear & Sneakers; Extreme Sports",
    },
    "gaming": {
        "Fortnite and Valorant grinders": "Gaming; Esports",
        "RGB battlestation builders": "PC & Console Gaming; Electronics & Computers",
        "One Piece and Jujutsu Kaisen fans": "Anime & Manga",
        "Twitch chat regulars": "Streaming & Live Video",
        "cozy gamers": "Gaming",
        "Free Fire and BGMI players": "Gaming; Esports",
        "casual phone gamers": "Gaming",
    },
    "tech": {
        "early adopters of every new iPhone": "Mobile Phones & Gadgets",
        "vibe coders": "Software & Programming; Artificial Intelligence & Data",
        "prompt engineers": "Artificial Intelligence & Data",
        "homelab and self-hosting nerds": "Electronics & Computers; Software & Programming",
        "open-source contributors": "Software & Programming",
        "smartwatch and earbuds shoppers": "Mobile Phones & Gadgets",
    },
    "finance": {
        "index fund buy-and-hold investors": "Personal Finance & Investing",
        "memecoin degens": "Cryptocurrency & Blockchain",
        "house hackers": "Real Estate; Personal Finance & Investing",
        "laptop lifestyle founders": "Entrepreneurship",
        "corporate girlies climbing the ladder": "Business & Careers",
        "Etsy shop owners": "Entrepreneurship; DIY & Crafts",
        "young professionals budgeting their first salary": "Personal Finance & Investing;"
                                                            " Business & Careers",
    },
    "food": {
        "Sunday roast and comfort food cooks": "Cooking & Recipes",
        "oat milk latte crowd": "Coffee, Tea & Beverages",
        "mezcal and negroni drinkers": "Beer, Wine & Spirits",
        "hole-in-the-wall restaurant hunters": "Restaurants, Food & Grocery",
        "tofu and tempeh recipes": "Vegan & Vegetarian Food; Cooking & Recipes",
        "sourdough starters": "Cooking & Recipes",
        "Trader Joe's haul fans": "Restaurants, Food & Grocery",
    },
    "travel": {
        "long-weekend getaway planners": "Travel, Tourism & Aviation",
        "plane spotters": "Travel, Tourism & Aviation",
        "hostel and night-bus travellers": "Backpacking & Budget Travel",
        "overlanders in converted Sprinters": "Road Trips & Vanlife",
        "spa hotel weekenders": "Hotels & Resorts",
        "solo female travellers": "Backpacking & Budget Travel; Hotels & Resorts",
        "work-from-anywhere crowd": "Backpacking & Budget Travel; Business & Careers",
    },
    "music": {
        "amapiano heads": "Music",
        "festival wristband collectors": "Concerts & Festivals",
        "UK drill listeners": "Hip Hop & Rap",
        "people learning piano on YouTube": "Musical Instruments",
        "Stray Kids and NewJeans stans": "K-Pop",
        "vinyl crate diggers": "Music",
        "Swifties who went to the Eras Tour": "Concerts & Festivals; Music",
    },
    "sustainability": {
        "low-impact living": "Sustainability & Environment; Zero Waste & Recycling",
        "refill shop regulars": "Zero Waste & Recycling",
        "heat pump and rooftop solar households": "Renewable Energy & Electric Vehicles",
        "non-toxic home swaps": "Organic & Natural Products",
        "car-free commuters": "Cycling; Sustainability & Environment",
        "eco-anxious Gen Z": "Sustainability & Environment",
    },
    "pets": {
        "golden retriever people": "Dogs & Puppies",
        "crazy cat ladies": "Cats & Kittens",
        "dog moms who buy fresh food subscriptions": "Dogs & Puppies; Pet Food & Supplies",
        "exotic pet keepers": "Pets",
        "foster fails": "Pets",
    },
    "cars": {
        "car meet regulars": "Car Tuning & Modification; Cars & Motorbikes",
        "Drive to Survive converts": "Motorsport & Racing",
        "Harley and Triumph riders": "Cars & Motorbikes",
        "aftermarket wheels and coilovers": "Car Tuning & Modification;"
                                            " Auto Parts & Accessories",
        "DIY car maintenance": "Auto Parts & Accessories",
    },
    "sports": {
        "matchday ultras": "Football & Soccer",
        "hoopers": "Basketball",
        "Zwift and Peloton riders": "Cycling; Fitness & Gym",
        "surfers and snowboarders": "Extreme Sports",
        "fantasy football managers": "Sports; Football & Soccer",
        "pickleball converts": "Sports",
    },
    "home": {
        "houseplant hoarders": "Gardening & Plants",
        "renovating a fixer-upper": "DIY & Crafts; Home Decor, Furniture & Garden",
        "Japandi interiors": "Interior Design & Architecture",
        "crocheters": "DIY & Crafts",
        "grow-your-own veg patch": "Gardening & Plants",
        "rental-friendly decor": "Home Decor, Furniture & Garden",
    },
    "entertainment": {
        "A24 film fans": "Television & Film",
        "Real Housewives recappers": "Celebrities & Pop Culture",
        "people who live on brainrot memes": "Comedy & Memes",
        "community theatre and musicals": "Theatre & Performing Arts",
        "celebrity drama followers": "Celebrities & Pop Culture",
        "stand-up special watchers": "Comedy & Memes; Television & Film",
    },
    "education": {
        "romantasy readers": "Books & Literature",
        "med school hopefuls": "Education & Learning; Science",
        "space and astronomy nerds": "Science",
        "Roman Empire thinkers": "History & Culture",
        "Japanese learners": "Languages & Linguistics",
        "nonfiction and self-help readers": "Books & Literature; Education & Learning",
    },
    "luxury": {
        "quiet luxury dressers": "Designer Fashion; Luxury Goods",
        "business-class upgraders": "Luxury Travel",
        "chef's-table bookers": "Fine Dining",
        "superyacht charters": "Luxury Travel",
        "Cartier Love bracelet owners": "Luxury Goods; Jewellery & Watches",
    },
    "outdoor": {
        "backcountry camping weekends": "Camping & Hiking",
        "duck hunters and bass anglers": "Fishing & Hunting",
        "crag rats": "Mountaineering & Climbing",
        "Arc'teryx and Patagonia fans": "Outdoor Gear & Equipment",
        "peak baggers": "Mountaineering & Climbing; Camping & Hiking",
        "kayak fishing": "Fishing & Hunting",
    },
    "photography": {
        "35mm film shooters": "Camera & Photography",
        "anime fan artists": "Drawing & Illustration; Anime & Manga",
        "YouTubers learning DaVinci Resolve": "Film Making & Video Editing",
        "contemporary art collectors": "Art & Design",
        "Lightroom preset buyers": "Camera & Photography",
        "UGC creators": "Film Making & Video Editing",
    },
}

# Hand-written evaluation segments (keyword arguments of ``segments._seg``). Age and country
# are deliberately correlated in social-mobile-gamers-in, social-kpop-stans-sea,
# social-veg-patch-uk and social-hook-bullet-us; social-hard-* use figurative or niche phrases.
FIXED_SEGMENTS: tuple[dict[str, Any], ...] = (
    dict(id="social-mobile-gamers-in", name="Teen and young-adult mobile gamers in India",
         description="""Indian teenagers and students aged 13-24 who play Free Fire and BGMI
         in squads on cheap Android phones and watch their favourite streamers.""",
         ages=["13-17", "18-24"],
         interests=["Free Fire and BGMI players", "casual phone gamers", "Twitch chat regulars"],
         countries=["IN"], languages=["hi", "en"],
         filters={"platforms": ["youtube", "instagram"]}),
    dict(id="social-kpop-stans-sea", name="K-pop stans 13-24 in Indonesia, the Philippines "
         "and Thailand", description="""Young K-pop fans in South-East Asia who stan Stray Kids
         and NewJeans and swear by glass-skin routines.""",
         ages=["13-17", "18-24"],
         interests=["Stray Kids and NewJeans stans", "glass skin"],
         genders=["female"], countries={"ID": 1.0, "PH": 0.9, "TH": 0.7},
         filters={"platforms": ["tiktok", "instagram"]}),
    dict(id="social-veg-patch-uk", name="Home growers 55+ in the UK and Ireland",
         description="""Retired and semi-retired Britons and Irish who keep a veg patch, fill
         the house with plants and knit or crochet in the evenings.""",
         ages=["55-64", "65+"],
         interests=["grow-your-own veg patch", "houseplant hoarders", "crocheters"],
         countries={"GB": 1.0, "IE": 0.4}, languages=["en"],
         filters={"platforms": ["youtube", "instagram"]}),
    dict(id="social-hook-bullet-us", name="Hunters and anglers, men 45-64 in the US",
         description="""Middle-aged American men who hunt ducks in the autumn, fish for bass
         and kayak-fish in the summer.""",
         ages=["45-54", "55-64"],
         interests=["duck hunters and bass anglers", "kayak fishing"],
         genders=["male"], countries=["US"], languages=["en"],
         filters={"platforms": ["youtube", "x"]}),
    dict(id="social-hard-crag-rats-dach", name="Climbers and peak baggers 25-44 in DACH",
         description="""German-speaking crag rats who spend every dry weekend on rock and bag
         alpine summits in summer, dressed head to toe in Arc'teryx.""",
         ages=["25-34", "35-44"],
         interests=["crag rats", "peak baggers", "Arc'teryx and Patagonia fans"],
         countries={"DE": 1.0, "AT": 0.7, "CH": 0.7}, languages=["de"]),
    dict(id="social-hard-roman-empire-uk", name="History-obsessed men 25-54 in the UK",
         description="""Men who think about the Roman Empire more than they admit, collect
         festival wristbands and keep a sourdough starter alive.""",
         ages=["25-34", "35-44", "45-54"],
         interests=["Roman Empire thinkers", "festival wristband collectors",
                    "sourdough starters"],
         genders=["male"], countries=["GB"]),
    dict(id="social-pilates-girlies-us", name="Pilates girlies 18-34 in the US",
         description="""Young American women who do reformer Pilates, journal every morning
         and buy Lululemon and Gymshark.""",
         ages=["18-24", "25-34"],
         interests=["Pilates girlies", "morning journaling and gratitude",
                    "Lululemon and Gymshark shoppers"],
         genders=["female"], countries=["US"], languages=["en"],
         filters={"platforms": ["tiktok", "instagram"]}),
    dict(id="social-run-club-au", name="Run-club regulars 25-44 in Australia and NZ",
         description="""Australians and New Zealanders who never miss parkrun, cook vegan after
         long runs and ride Zwift in winter.""",
         ages=["25-34", "35-44"],
         interests=["parkrun regulars", "runners who also cook vegan", "Zwift and Peloton riders"],
         countries={"AU": 1.0, "NZ": 0.5}),
    dict(id="social-hypebeast-fr-uk", name="Streetwear kids 18-24 in France and the UK",
         description="""Young people who camp out for Supreme drops, skate, and flip pieces on
         Depop and Vinted.""",
         ages=["18-24"],
         interests=["people who camp out for Supreme drops", "streetwear kids who also skate",
                    "Depop and Vinted sellers"],
         countries={"FR": 1.0, "GB": 1.0}),
    dict(id="social-vibe-coders-na", name="AI builders 18-34 in the US and Canada",
         description="""North American developers who vibe-code with AI, write prompts for a
         living and contribute to open source.""",
         ages=["18-24", "25-34"],
         interests=["vibe coders", "prompt engineers", "open-source contributors"],
         countries={"US": 1.0, "CA": 0.5}, languages=["en"],
         filters={"platforms": ["x", "youtube"]}),
    dict(id="social-degens-global", name="Crypto degens 18-34", description="""Young men
         trading memecoins and dreaming of a laptop-lifestyle business.""",
         ages=["18-24", "25-34"],
         interests=["memecoin degens", "laptop lifestyle founders"],
         genders=["male"], filters={"platforms": ["x", "youtube"], "min_credibility": 0.7}),
    dict(id="social-crunchy-parents-na", name="Crunchy parents 25-44 in the US and Canada",
         description="""Parents of toddlers who cloth-diaper, swap to non-toxic home products
         and build their baby registry carefully.""",
         ages=["25-34", "35-44"],
         interests=["crunchy parents who cloth diaper", "households with a toddler",
                    "non-toxic home swaps"],
         countries={"US": 1.0, "CA": 0.4}, languages=["en"],
         filters={"followers": {"min": 5000, "max": 500000}}),
    dict(id="social-quiet-luxury-gulf-eu", name="Quiet-luxury dressers 35-64 in the Gulf and "
         "Europe", description="""Affluent people who dress in quiet luxury, wear a Cartier Love
         bracelet, fly business and book chef's tables.""",
         ages=["35-44", "45-54", "55-64"],
         interests=["quiet luxury dressers", "Cartier Love bracelet owners",
                    "business-class upgraders", "chef's-table bookers"],
         countries=["AE", "SA", "GB", "FR", "IT"], filters={"followers": {"min": 50000}}),
    dict(id="social-vanlife-eu", name="Vanlifers and remote workers 25-44 in Western Europe",
         description="""People living out of converted Sprinters or working from anywhere,
         travelling cheaply on night buses and hostels.""",
         ages=["25-34", "35-44"],
         interests=["overlanders in converted Sprinters", "work-from-anywhere crowd",
                    "hostel and night-bus travellers"],
         countries=["ES", "PT", "FR", "NL", "DE"]),
    dict(id="social-film-bros-us-uk", name="Film buffs 18-34 in the US and UK",
         description="""Young A24 fans who shoot on 35mm film and are learning to edit in
         DaVinci Resolve.""",
         ages=["18-24", "25-34"],
         interests=["A24 film fans", "35mm film shooters", "YouTubers learning DaVinci Resolve"],
         countries={"US": 1.0, "GB": 0.6}, languages=["en"]),
    dict(id="social-reality-tv-latam", name="Reality-TV and celebrity fans, women 18-44 in "
         "Brazil and Mexico", description="""Women who recap Real Housewives, follow every
         celebrity feud and live on memes.""",
         ages=["18-24", "25-34", "35-44"],
         interests=["Real Housewives recappers", "celebrity drama followers",
                    "people who live on brainrot memes"],
         genders=["female"], countries={"BR": 1.0, "MX": 0.8}, languages=["pt", "es"],
         filters={"platforms": ["tiktok", "instagram"]}),
    dict(id="social-dog-moms-us", name="Dog moms 25-54 in the US", description="""American
         women who treat their golden retriever like a child and pay for fresh-food
         subscriptions; many fostered before they adopted.""",
         ages=["25-34", "35-44", "45-54"],
         interests=["golden retriever people", "dog moms who buy fresh food subscriptions",
                    "foster fails"],
         genders=["female"], countries=["US"], filters={"min_credibility": 0.75}),
    dict(id="social-car-meets-jp", name="Car-meet regulars, men 18-34 in Japan",
         description="""Young Japanese men who go to car meets, fit aftermarket wheels and
         coilovers and watched Drive to Survive.""",
         ages=["18-24", "25-34"],
         interests=["car meet regulars", "aftermarket wheels and coilovers",
                    "Drive to Survive converts"],
         genders=["male"], countries=["JP"], filters={"platforms": ["youtube", "instagram"]}),
    dict(id="social-booktok-students-eu", name="Readers and students 18-24 in Eastern Europe",
         description="""Students in Poland, Romania and Czechia who read romantasy and
         self-help, learn Japanese and want to get into medical school.""",
         ages=["18-24"],
         interests=["romantasy readers", "nonfiction and self-help readers",
                    "Japanese learners", "med school hopefuls"],
         countries={"PL": 1.0, "RO": 0.7, "CZ": 0.6}),
    dict(id="social-eco-anxious-nordics", name="Eco-anxious young adults 18-34 in the Nordics",
         description="""Young Swedes, Danes and Norwegians who live low-impact, refill their
         shampoo and commute without a car.""",
         ages=["18-24", "25-34"],
         interests=["eco-anxious Gen Z", "refill shop regulars", "car-free commuters"],
         countries={"SE": 1.0, "DK": 0.7, "NO": 0.7}),
)
