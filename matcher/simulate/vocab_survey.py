"""Held-out vocabulary ``survey``: a consumer-research / panel provider of profile segments.

Modelled on the audience profiles that survey-panel and consumer-research providers sell (in the
style of GWI, YouGov Profiles, Mintel or Nielsen lifestyle segments): respondents are grouped by
what they say they do, own, like and believe, so interests sit next to attitudes, life stages
and lifestyles ("Health-conscious", "Early adopters of tech", "Bargain hunters", "Eco-conscious
shoppers", "Home cooks", "Football followers", "Luxury buyers", "Console gamers", "Frequent
flyers", "Expecting & new parents"). About 75 labels. Some are narrow (one latent interest shown
under two narrow labels: PC and console gaming as "Console gamers" and "PC gamers"), some broad
("Pet owners" takes the whole pets niche, "Outdoor enthusiasts" the whole outdoor niche; anglers
and hunters have no label of their own), and the attitude labels take latent interests from
unrelated niches: "Health-conscious" (fitness, yoga, vegetarian food, organic products), "Early
adopters of tech" (gadgets, AI, crypto, electric cars), "Bargain hunters" (shopping and budget
travel), "Creative types" (instruments, crafts, art, photography), "Superfans" (K-pop, anime,
celebrities), "Thrill seekers" (extreme sports, climbing), "Brand-conscious" (sneakers, designer
fashion, luxury goods), "Culture vultures" (theatre, history, art), "Socialisers" (friends and
relationships, festivals). Phrases are written as brand planners brief a panel provider: plain
descriptions of people, brand names, long descriptions, slang and a few figurative ones
("armchair athletes" are sports fans, "champagne lifestyle" is luxury, "Sunday painters" are
amateur artists, "happy campers" are campers).

Written blind (without looking at the matcher or its results), before any tuning of the matcher
on it; it must not be adjusted to the matcher's results. Strings are ";"-separated lists.
"""

from __future__ import annotations

from typing import Any

NAME = "survey"
DESCRIPTION = ("Consumer-research / survey-panel style: about 75 profile labels mixing "
               "interests with attitudes, life stages and lifestyles; some narrow, some broad, "
               "attitude labels spanning unrelated niches.")

LABELS: tuple[str, ...] = (
    # life stage and family
    "Expecting & new parents", "Parents of under-5s", "Family-first", "Socialisers",
    # health and wellbeing
    "Gym-goers", "Health-conscious", "Vitamin & supplement takers", "Athleisure wearers",
    "Runners & joggers", "Yoga & Pilates practitioners", "Mindfulness seekers",
    "Natural remedy users", "Spiritual, not religious",
    # appearance and shopping
    "Beauty enthusiasts", "Skincare devotees", "Appearance-conscious", "Fashion followers",
    "Watch & jewellery buyers", "Sneakerheads & streetwear fans", "Brand-conscious",
    "Recreational shoppers", "Bargain hunters",
    # gaming, fandom and tech
    "Video gamers", "Console gamers", "PC gamers", "Esports & game-stream viewers",
    "Anime & manga fans", "Superfans", "Tech enthusiasts", "Early adopters of tech",
    "Work in IT / software",
    # work and money
    "Career-driven", "Self-employed & business owners", "Investors", "Crypto owners",
    "Planning to buy a home",
    # food and drink
    "Foodies", "Home cooks", "Coffee lovers", "Wine & spirits drinkers",
    "Vegetarians & flexitarians",
    # travel
    "Frequent flyers", "Holidaymakers", "Adventurous travellers",
    # music
    "Music lovers", "Gig & festival goers", "Play a musical instrument",
    # environment
    "Eco-conscious shoppers", "Considering an electric car",
    # pets
    "Pet owners", "Dog owners", "Cat owners",
    # cars and sport
    "Car enthusiasts", "Motorsport fans", "Sports fans", "Football followers",
    "Basketball followers", "Cyclists", "Thrill seekers",
    # home
    "Home-proud", "DIYers", "Keen gardeners",
    # media and culture
    "TV & film bingers", "Celebrity & gossip followers", "Comedy fans", "Culture vultures",
    "Avid readers", "Students", "Lifelong learners",
    # affluence, outdoors, creativity
    "Luxury buyers", "Outdoor enthusiasts", "Creative types",
    "Photography enthusiasts", "Content creators",
)

# Latent interest -> the profile labels a respondent holding it is reported under: what such a
# person says they do, own, like or believe (one or two labels each).
REPORTS: dict[str, str] = {
    # parenting
    "Toys, Children & Baby": "Parents of under-5s",
    "Parenting & Family": "Parents of under-5s; Family-first",
    "Friends, Family & Relationships": "Family-first; Socialisers",
    "Pregnancy & Maternity": "Expecting & new parents",
    # fitness
    "Fitness & Gym": "Gym-goers",
    "Healthy Lifestyle": "Health-conscious",
    "Sports Nutrition & Supplements": "Gym-goers; Vitamin & supplement takers",
    "Activewear": "Athleisure wearers",
    "Running & Marathons": "Runners & joggers",
    # wellness
    "Yoga & Pilates": "Yoga & Pilates practitioners; Health-conscious",
    "Meditation & Mindfulness": "Mindfulness seekers",
    "Alternative Medicine": "Natural remedy users; Vitamin & supplement takers",
    "Spirituality & Astrology": "Spiritual, not religious",
    # beauty
    "Beauty & Cosmetics": "Beauty enthusiasts; Appearance-conscious",
    "Skincare": "Skincare devotees; Beauty enthusiasts",
    "Hair Care & Styling": "Appearance-conscious",
    "Fragrances & Perfume": "Beauty enthusiasts",
    "Nail Art": "Beauty enthusiasts",
    # fashion
    "Clothes, Shoes, Handbags & Accessories": "Fashion followers; Appearance-conscious",
    "Jewellery & Watches": "Watch & jewellery buyers",
    "Streetwear & Sneakers": "Sneakerheads & streetwear fans; Brand-conscious",
    "Shopping & Retail": "Recreational shoppers; Bargain hunters",
    # gaming
    "Gaming": "Video gamers",
    "Esports": "Esports & game-stream viewers; Video gamers",
    "PC & Console Gaming": "Console gamers; PC gamers",
    "Anime & Manga": "Anime & manga fans; Superfans",
    "Streaming & Live Video": "Esports & game-stream viewers",
    # tech
    "Electronics & Computers": "Tech enthusiasts",
    "Mobile Phones & Gadgets": "Tech enthusiasts; Early adopters of tech",
    "Software & Programming": "Work in IT / software",
    "Artificial Intelligence & Data": "Work in IT / software; Early adopters of tech",
    # finance
    "Business & Careers": "Career-driven",
    "Personal Finance & Investing": "Investors",
    "Cryptocurrency & Blockchain": "Crypto owners; Early adopters of tech",
    "Real Estate": "Planning to buy a home",
    "Entrepreneurship": "Self-employed & business owners; Career-driven",
    # food
    "Restaurants, Food & Grocery": "Foodies",
    "Cooking & Recipes": "Home cooks; Foodies",
    "Coffee, Tea & Beverages": "Coffee lovers",
    "Beer, Wine & Spirits": "Wine & spirits drinkers",
    "Vegan & Vegetarian Food": "Vegetarians & flexitarians; Health-conscious",
    # travel
    "Travel, Tourism & Aviation": "Frequent flyers; Holidaymakers",
    "Hotels & Resorts": "Holidaymakers",
    "Backpacking & Budget Travel": "Adventurous travellers; Bargain hunters",
    "Road Trips & Vanlife": "Adventurous travellers",
    # music
    "Music": "Music lovers",
    "Concerts & Festivals": "Gig & festival goers; Socialisers",
    "Hip Hop & Rap": "Music lovers",
    "Musical Instruments": "Play a musical instrument; Creative types",
    "K-Pop": "Music lovers; Superfans",
    # sustainability
    "Sustainability & Environment": "Eco-conscious shoppers",
    "Zero Waste & Recycling": "Eco-conscious shoppers",
    "Organic & Natural Products": "Eco-conscious shoppers; Health-conscious",
    "Renewable Energy & Electric Vehicles": "Considering an electric car;"
                                            " Early adopters of tech",
    # pets
    "Pets": "Pet owners",
    "Dogs & Puppies": "Pet owners; Dog owners",
    "Cats & Kittens": "Pet owners; Cat owners",
    "Pet Food & Supplies": "Pet owners",
    # cars
    "Cars & Motorbikes": "Car enthusiasts",
    "Motorsport & Racing": "Motorsport fans; Sports fans",
    "Car Tuning & Modification": "Car enthusiasts",
    "Auto Parts & Accessories": "Car enthusiasts; DIYers",
    # sports
    "Sports": "Sports fans",
    "Football & Soccer": "Football followers; Sports fans",
    "Basketball": "Basketball followers; Sports fans",
    "Cycling": "Cyclists",
    "Extreme Sports": "Thrill seekers",
    # home
    "Home Decor, Furniture & Garden": "Home-proud",
    "DIY & Crafts": "DIYers; Creative types",
    "Gardening & Plants": "Keen gardeners",
    "Interior Design & Architecture": "Home-proud",
    # entertainment
    "Television & Film": "TV & film bingers",
    "Celebrities & Pop Culture": "Celebrity & gossip followers; Superfans",
    "Comedy & Memes": "Comedy fans",
    "Theatre & Performing Arts": "Culture vultures",
    # education
    "Books & Literature": "Avid readers",
    "Education & Learning": "Students; Lifelong learners",
    "Science": "Lifelong learners",
    "History & Culture": "Culture vultures; Lifelong learners",
    "Languages & Linguistics": "Lifelong learners",
    # luxury: no niche label, shown as affluence and brand attitudes
    "Luxury Goods": "Luxury buyers; Brand-conscious",
    "Luxury Travel": "Luxury buyers; Frequent flyers",
    "Fine Dining": "Foodies; Luxury buyers",
    "Designer Fashion": "Luxury buyers; Brand-conscious",
    # outdoor
    "Camping & Hiking": "Outdoor enthusiasts",
    "Fishing & Hunting": "Outdoor enthusiasts",
    "Mountaineering & Climbing": "Thrill seekers; Outdoor enthusiasts",
    "Outdoor Gear & Equipment": "Outdoor enthusiasts",
    # photography
    "Camera & Photography": "Photography enthusiasts; Creative types",
    "Art & Design": "Creative types; Culture vultures",
    "Drawing & Illustration": "Creative types",
    "Film Making & Video Editing": "Content creators; Creative types",
}

# niche -> {phrase: the latent interests whose holders are the phrase's audience}. Written as
# brand planners brief a panel provider: plain descriptions of people, brands, long
# descriptions, slang, and a few figurative ones: "armchair athletes" follow sport, they do not
# play it; "self-confessed crazy cat people" are cat owners; "champagne lifestyle" is luxury,
# not wine; "happy campers" camp; "Sunday painters" are amateur artists; "MAMILs" are road
# cyclists.
PHRASES: dict[str, dict[str, str]] = {
    "parenting": {
        "mums-to-be in their third trimester": "Pregnancy & Maternity",
        "parents juggling nap schedules and nursery runs": "Toys, Children & Baby;"
                                                           " Parenting & Family",
        "Fisher-Price and Peppa Pig households": "Toys, Children & Baby",
        "people who put family first": "Parenting & Family; Friends, Family & Relationships",
        "newlyweds and young couples": "Friends, Family & Relationships",
        "first-time dads": "Pregnancy & Maternity; Parenting & Family",
    },
    "fitness": {
        "CrossFit regulars": "Fitness & Gym",
        "Saturday morning parkrunners": "Running & Marathons",
        "Lululemon loyalists": "Activewear",
        "whey and creatine stackers": "Sports Nutrition & Supplements",
        "people trying to eat better and move more": "Healthy Lifestyle; Fitness & Gym",
        "couch to 5K starters": "Running & Marathons; Healthy Lifestyle",
    },
    "wellness": {
        "reformer class devotees": "Yoga & Pilates",
        "Headspace and Calm users": "Meditation & Mindfulness",
        "homeopathy and herbal remedy believers": "Alternative Medicine",
        "daily horoscope readers": "Spirituality & Astrology",
        "burnt-out millennials seeking balance": "Meditation & Mindfulness; Yoga & Pilates",
        "moon-cycle manifesters": "Spirituality & Astrology",
    },
    "beauty": {
        "Sephora haul addicts": "Beauty & Cosmetics",
        "ten-step routine fans": "Skincare",
        "salon-every-six-weeks women": "Hair Care & Styling",
        "signature scent seekers": "Fragrances & Perfume",
        "press-on nail girlies": "Nail Art",
        "women who won't leave the house without makeup": "Beauty & Cosmetics;"
                                                          " Hair Care & Styling",
        "SPF-every-day crowd": "Skincare",
    },
    "fashion": {
        "Zara and H&M regulars": "Clothes, Shoes, Handbags & Accessories",
        "Nike and Jordan drop chasers": "Streetwear & Sneakers",
        "Pandora charm collectors": "Jewellery & Watches",
        "retail therapy regulars": "Shopping & Retail",
        "Black Friday deal chasers": "Shopping & Retail",
        "style-conscious twentysomethings": "Clothes, Shoes, Handbags & Accessories",
    },
    "gaming": {
        "PlayStation 5 owners": "PC & Console Gaming",
        "Steam library hoarders": "PC & Console Gaming",
        "Candy Crush players": "Gaming",
        "League of Legends Worlds viewers": "Esports",
        "Twitch lurkers": "Streaming & Live Video",
        "Crunchyroll subscribers": "Anime & Manga",
        "sweaty ranked grinders": "Gaming; Esports",
    },
    "tech": {
        "people who queue for the new iPhone": "Mobile Phones & Gadgets",
        "people using ChatGPT every day": "Artificial Intelligence & Data",
        "software developers": "Software & Programming",
        "PC and laptop upgraders": "Electronics & Computers",
        "smartwatch and earbuds owners": "Mobile Phones & Gadgets",
        "techies": "Electronics & Computers; Software & Programming",
    },
    "finance": {
        "self-directed investors": "Personal Finance & Investing",
        "crypto bros": "Cryptocurrency & Blockchain",
        "saving for a first home deposit": "Real Estate",
        "solopreneurs and freelancers": "Entrepreneurship",
        "ambitious young professionals": "Business & Careers",
        "FIRE movement followers": "Personal Finance & Investing; Real Estate",
        "Robinhood traders": "Personal Finance & Investing; Cryptocurrency & Blockchain",
    },
    "food": {
        "people who cook from scratch most nights": "Cooking & Recipes",
        "Starbucks regulars": "Coffee, Tea & Beverages",
        "flexitarians cutting down on meat": "Vegan & Vegetarian Food",
        "Deliveroo and takeaway regulars": "Restaurants, Food & Grocery",
        "craft beer drinkers": "Beer, Wine & Spirits",
        "Bake Off fans who bake at home": "Cooking & Recipes; Television & Film",
        "brunch crowd": "Restaurants, Food & Grocery; Coffee, Tea & Beverages",
    },
    "travel": {
        "business class road warriors": "Travel, Tourism & Aviation; Luxury Travel",
        "all-inclusive holiday bookers": "Hotels & Resorts",
        "school leavers on a gap year": "Backpacking & Budget Travel",
        "road trippers": "Road Trips & Vanlife",
        "people who take three or more trips a year": "Travel, Tourism & Aviation",
        "Airbnb explorers": "Hotels & Resorts; Backpacking & Budget Travel",
    },
    "music": {
        "Spotify heavy listeners": "Music",
        "Glastonbury and Coachella goers": "Concerts & Festivals; Music",
        "ARMY and BLINK fandoms": "K-Pop",
        "hip-hop heads": "Hip Hop & Rap",
        "weekend guitar and piano players": "Musical Instruments",
        "live music lovers": "Concerts & Festivals",
    },
    "sustainability": {
        "people who always carry a reusable cup": "Zero Waste & Recycling",
        "climate-anxious Gen Z": "Sustainability & Environment",
        "organic food buyers": "Organic & Natural Products",
        "Tesla intenders": "Renewable Energy & Electric Vehicles",
        "ethical consumers who check labels": "Sustainability & Environment;"
                                              " Organic & Natural Products",
        "heat pump and solar households": "Renewable Energy & Electric Vehicles",
    },
    "pets": {
        "dog mums and dads": "Dogs & Puppies",
        "self-confessed crazy cat people": "Cats & Kittens",
        "pet households": "Pets",
        "grain-free pet food buyers": "Pet Food & Supplies",
        "fur baby parents": "Pets; Dogs & Puppies; Cats & Kittens",
    },
    "cars": {
        "petrolheads": "Cars & Motorbikes; Car Tuning & Modification",
        "Top Gear watchers": "Cars & Motorbikes; Motorsport & Racing",
        "F1 Drive to Survive converts": "Motorsport & Racing",
        "weekend mechanics": "Auto Parts & Accessories",
        "modified car scene": "Car Tuning & Modification",
        "bikers": "Cars & Motorbikes",
    },
    "sports": {
        "Premier League die-hards": "Football & Soccer",
        "NBA League Pass subscribers": "Basketball",
        "MAMILs": "Cycling",
        "adrenaline junkies": "Extreme Sports",
        "armchair athletes": "Sports",
        "Champions League night watchers": "Football & Soccer; Sports",
    },
    "home": {
        "IKEA weekend warriors": "Home Decor, Furniture & Garden; DIY & Crafts",
        "people renovating their home": "DIY & Crafts; Interior Design & Architecture",
        "green-fingered retirees": "Gardening & Plants",
        "Pinterest home inspo savers": "Interior Design & Architecture;"
                                       " Home Decor, Furniture & Garden",
        "allotment holders": "Gardening & Plants",
        "knitters and crocheters": "DIY & Crafts",
    },
    "entertainment": {
        "people who binge a whole season in a weekend": "Television & Film",
        "reality TV and celeb gossip fans": "Celebrities & Pop Culture; Television & Film",
        "meme lords": "Comedy & Memes",
        "West End and Broadway goers": "Theatre & Performing Arts",
        "Marvel and Star Wars fans": "Television & Film",
        "Netflix stand-up special fans": "Comedy & Memes; Television & Film",
    },
    "education": {
        "bookworms": "Books & Literature",
        "university students": "Education & Learning",
        "Duolingo streak keepers": "Languages & Linguistics",
        "museum and gallery goers": "History & Culture; Art & Design",
        "curious minds who watch documentaries": "Science; History & Culture",
        "Goodreads reviewers": "Books & Literature",
    },
    "luxury": {
        "Rolex and Cartier buyers": "Luxury Goods; Jewellery & Watches",
        "five-star holiday takers": "Luxury Travel",
        "tasting menu regulars": "Fine Dining",
        "Gucci and Prada shoppers": "Designer Fashion",
        "the affluent": "Luxury Goods; Luxury Travel",
        "champagne lifestyle": "Luxury Goods; Fine Dining",
    },
    "outdoor": {
        "weekend hikers": "Camping & Hiking",
        "carp anglers": "Fishing & Hunting",
        "boulderers": "Mountaineering & Climbing",
        "Patagonia and North Face wearers": "Outdoor Gear & Equipment",
        "happy campers": "Camping & Hiking",
        "nature lovers who get outside every weekend": "Camping & Hiking;"
                                                       " Outdoor Gear & Equipment",
    },
    "photography": {
        "mirrorless camera owners": "Camera & Photography",
        "iPad and Procreate doodlers": "Drawing & Illustration",
        "YouTubers and aspiring creators": "Film Making & Video Editing",
        "design-savvy creatives": "Art & Design",
        "Instagram photographers": "Camera & Photography",
        "Sunday painters": "Drawing & Illustration; Art & Design",
    },
}

# Hand-written evaluation segments (keyword arguments of ``segments._seg``). Age and country
# are deliberately correlated in survey-gamers-br-mx, survey-kpop-superfans-sea,
# survey-students-in and survey-gardeners-retired-uk; survey-hard-* use figurative or slang
# phrases.
FIXED_SEGMENTS: tuple[dict[str, Any], ...] = (
    dict(id="survey-gamers-br-mx", name="Young console and PC gamers 13-24 in Brazil and "
         "Mexico", description="""Brazilian and Mexican teenagers and students who own a
         PlayStation 5 or a big Steam library and lurk on Twitch.""",
         ages=["13-17", "18-24"],
         interests=["PlayStation 5 owners", "Steam library hoarders", "Twitch lurkers"],
         genders=["male"], countries={"BR": 1.0, "MX": 0.8}, languages=["pt", "es"],
         filters={"platforms": ["youtube", "twitch"]}),
    dict(id="survey-kpop-superfans-sea", name="K-pop and anime superfans 13-24 in South-East "
         "Asia", description="""Teenagers and young adults in Indonesia, the Philippines and
         Thailand who are in the ARMY or BLINK fandoms and subscribe to Crunchyroll.""",
         ages=["13-17", "18-24"],
         interests=["ARMY and BLINK fandoms", "Crunchyroll subscribers"],
         countries={"ID": 1.0, "PH": 0.9, "TH": 0.6}),
    dict(id="survey-students-in", name="University students 18-24 in India", description="""
         Indian university students who use ChatGPT for everything and keep a Duolingo
         streak.""",
         ages=["18-24"],
         interests=["university students", "people using ChatGPT every day",
                    "Duolingo streak keepers"],
         countries=["IN"], languages=["en", "hi"]),
    dict(id="survey-gardeners-retired-uk", name="Retired gardeners and readers 55+ in the UK",
         description="""Green-fingered British retirees with an allotment who review what they
         read on Goodreads.""",
         ages=["55-64", "65+"],
         interests=["green-fingered retirees", "allotment holders", "Goodreads reviewers"],
         countries=["GB"], languages=["en"], filters={"platforms": ["youtube", "instagram"]}),
    dict(id="survey-new-parents-us", name="Expecting and new parents 25-34 in the US",
         description="""American mums-to-be, first-time dads and households already full of
         Fisher-Price and Peppa Pig.""",
         ages=["25-34"],
         interests=["mums-to-be in their third trimester", "first-time dads",
                    "Fisher-Price and Peppa Pig households"],
         countries=["US"], filters={"platforms": ["instagram", "tiktok"]}),
    dict(id="survey-health-conscious-dach", name="Health-conscious women 25-44 in Germany and "
         "Austria", description="""Women starting couch to 5K, going to reformer classes and
         buying organic food.""",
         ages=["25-34", "35-44"],
         interests=["couch to 5K starters", "reformer class devotees", "organic food buyers"],
         genders=["female"], countries={"DE": 1.0, "AT": 0.6}, languages=["de"]),
    dict(id="survey-skincare-kr-jp", name="Skincare devotees, women 18-34 in Korea and Japan",
         description="""Young women with a ten-step routine who wear SPF every day and come
         home from Sephora with a haul.""",
         ages=["18-24", "25-34"],
         interests=["ten-step routine fans", "SPF-every-day crowd", "Sephora haul addicts"],
         genders=["female"], countries={"KR": 1.0, "JP": 0.8},
         filters={"platforms": ["instagram", "tiktok"], "min_credibility": 0.7}),
    dict(id="survey-sneakers-fr-uk", name="Sneaker and high-street fashion buyers, men 18-34 "
         "in France and the UK", description="""Young men chasing every Nike and Jordan drop
         who shop Zara and H&M for the rest.""",
         ages=["18-24", "25-34"],
         interests=["Nike and Jordan drop chasers", "Zara and H&M regulars"],
         genders=["male"], countries={"FR": 1.0, "GB": 1.0}),
    dict(id="survey-investors-na", name="Self-directed investors, men 25-44 in the US and "
         "Canada", description="""Men who manage their own portfolio, trade on Robinhood and
         hold some crypto.""",
         ages=["25-34", "35-44"],
         interests=["self-directed investors", "Robinhood traders", "crypto bros"],
         genders=["male"], countries={"US": 1.0, "CA": 0.5},
         filters={"platforms": ["x", "youtube"]}),
    dict(id="survey-foodies-it-es", name="Foodies 25-54 in Italy and Spain", description="""
         People who cook from scratch most nights, go out for brunch at the weekend and drink
         craft beer.""",
         ages=["25-34", "35-44", "45-54"],
         interests=["people who cook from scratch most nights", "brunch crowd",
                    "craft beer drinkers"],
         countries={"IT": 1.0, "ES": 0.9}),
    dict(id="survey-affluent-travellers-gulf", name="Affluent travellers 35-54 in the UAE and "
         "Saudi Arabia", description="""The affluent of the Gulf: business class road
         warriors who book tasting menus wherever they land.""",
         ages=["35-44", "45-54"],
         interests=["business class road warriors", "the affluent", "tasting menu regulars"],
         countries={"AE": 1.0, "SA": 0.8}, filters={"followers": {"min": 50000}}),
    dict(id="survey-backpackers-oceania", name="Backpackers and road trippers 18-34 in "
         "Australia and New Zealand", description="""Young Australians and New Zealanders on a
         gap year, road tripping and staying in Airbnbs.""",
         ages=["18-24", "25-34"],
         interests=["school leavers on a gap year", "road trippers", "Airbnb explorers"],
         countries={"AU": 1.0, "NZ": 0.6}, languages=["en"]),
    dict(id="survey-music-ng-gh", name="Music lovers 18-34 in Nigeria and Ghana",
         description="""Young Nigerians and Ghanaians who stream all day, love hip-hop and go
         to every live show they can.""",
         ages=["18-24", "25-34"],
         interests=["Spotify heavy listeners", "hip-hop heads", "live music lovers"],
         countries={"NG": 1.0, "GH": 0.6}),
    dict(id="survey-eco-households-nordics", name="Eco-conscious households 35-64 in the "
         "Nordics", description="""Swedes, Norwegians and Danes who check labels before they
         buy, heat with a heat pump or solar and are thinking about a Tesla.""",
         ages=["35-44", "45-54", "55-64"],
         interests=["ethical consumers who check labels", "heat pump and solar households",
                    "Tesla intenders"],
         countries={"SE": 1.0, "NO": 0.8, "DK": 0.6}),
    dict(id="survey-pet-parents-us", name="Pet parents 25-54 in the US", description="""
         American fur baby parents with dogs and cats who buy grain-free food.""",
         ages=["25-34", "35-44", "45-54"],
         interests=["fur baby parents", "self-confessed crazy cat people",
                    "grain-free pet food buyers"],
         countries=["US"], filters={"min_credibility": 0.8}),
    dict(id="survey-petrolheads-dach", name="Petrolheads, men 25-54 in DACH", description="""
         German-speaking men who work on their own cars at the weekend and got into F1 through
         Drive to Survive.""",
         ages=["25-34", "35-44", "45-54"],
         interests=["petrolheads", "F1 Drive to Survive converts", "weekend mechanics"],
         genders=["male"], countries={"DE": 1.0, "AT": 0.6, "CH": 0.6}, languages=["de"],
         filters={"platforms": ["youtube", "instagram"]}),
    dict(id="survey-hard-armchair-athletes-uk-ie", name="Armchair athletes, men 18-54 in the "
         "UK and Ireland", description="""Men who would rather watch than play: Premier League
         die-hards who never miss a Champions League night.""",
         ages=["18-24", "25-34", "35-44", "45-54"],
         interests=["armchair athletes", "Premier League die-hards",
                    "Champions League night watchers"],
         genders=["male"], countries={"GB": 1.0, "IE": 0.5},
         filters={"platforms": ["x", "instagram"]}),
    dict(id="survey-hard-champagne-lifestyle-fr-ch", name="Champagne lifestyle 35-64 in "
         "France and Switzerland", description="""People living the champagne lifestyle:
         Rolex and Cartier on the wrist, Gucci and Prada in the wardrobe.""",
         ages=["35-44", "45-54", "55-64"],
         interests=["champagne lifestyle", "Rolex and Cartier buyers",
                    "Gucci and Prada shoppers"],
         countries={"FR": 1.0, "CH": 0.7}, filters={"followers": {"min": 20000}}),
    dict(id="survey-hard-happy-campers-na", name="Happy campers 25-54 in Canada and the US",
         description="""Happy campers and nature lovers who get outside every weekend in their
         Patagonia and North Face.""",
         ages=["25-34", "35-44", "45-54"],
         interests=["happy campers", "nature lovers who get outside every weekend",
                    "Patagonia and North Face wearers"],
         countries={"CA": 1.0, "US": 0.7}, languages=["en", "fr"],
         filters={"followers": {"max": 300000}}),
    dict(id="survey-hard-sunday-painters-jp-tw", name="Sunday painters and creatives 25-44 "
         "in Japan and Taiwan", description="""Amateur artists who paint on Sundays, draw in
         Procreate, shoot on mirrorless cameras and spend their holidays in museums.""",
         ages=["25-34", "35-44"],
         interests=["Sunday painters", "iPad and Procreate doodlers",
                    "mirrorless camera owners", "museum and gallery goers"],
         countries={"JP": 1.0, "TW": 0.7}),
)
