"""Held-out vocabulary ``apps``: an app-intelligence provider's app-usage audiences.

Modelled on the audiences app-intelligence and mobile-measurement providers sell (in the style
of Sensor Tower, data.ai or Apptopia usage segments): people are grouped by the apps and app
categories they use and by what they do in them, so labels name an app category with its users
("Fitness tracker users", "Food delivery app users", "Crypto wallet users", "Language-learning
app users", "Mobile RPG players") or an in-app behaviour ("Paying mobile gamers",
"Buy-now-pay-later app users", "Short-video app heavy users", "Social media app power users").
Just under 90 labels. Some are narrow (one latent interest shown under two app categories:
cryptocurrency as "Crypto exchange app users" and "Crypto wallet users", personal finance as
"Stock trading app users" and "Budgeting & mobile banking app users"), some broad ("Pet care &
vet app users" takes the whole pets niche, "Music streaming app users" music, hip-hop and
K-pop), and app categories take latent interests from unrelated niches: "Running & cycling GPS
app users" (running and cycling), "Sportswear & sneaker app shoppers" (activewear and
sneakers), "Ingredient scanner app users" (skincare, organic products, vegetarian food),
"Resale & thrift app users" (zero waste, sneakers, designer fashion), "Deal & coupon app users"
(shopping and budget travel), "Smart-home app users" (electronics and solar), "Productivity &
note-taking app users" (AI and careers), "Offline maps & navigation app users" (road
trips and hiking), "Surf, ski & snow forecast app users" (extreme sports and climbing),
"Racing game players" (motorsport and car tuning), "Mobile RPG players" (gaming and anime),
"Concert & event ticketing app users" (festivals and theatre), "Kids' learning app households"
(young children and education), "Short-video app heavy users" (comedy, celebrities, hip-hop),
"Podcast app users" (science and history), "Restaurant booking app users" (restaurants and
fine dining). Luxury has no app category of its own and shows as luxury shopping, airline
loyalty, hotel and restaurant booking apps; pregnancy shows as cycle-tracker and baby-tracker
apps; fishing and hunting have no category and show as navigation and outdoor retailer apps;
science shows only as podcast and course apps. Phrases are written the way
brand planners brief an app-data provider: app and brand names, plain descriptions of users,
in-app behaviour, slang, and a few figurative ones ("lovebirds" are people in or looking for a
relationship, "degens" trade crypto, "gacha whales" spend heavily in mobile games, "high rollers"
buy luxury, "step-count obsessives" live healthily, "planet savers" care about the environment
and waste).

Written blind (without looking at the matcher or its results), before any tuning or
measurement of the matcher on it; it must not be adjusted to the matcher's results. Strings
are ";"-separated lists.
"""

from __future__ import annotations

from typing import Any

NAME = "apps"
DESCRIPTION = ("App-intelligence style: about 90 app-usage audiences (users of an app "
               "category or of an in-app behaviour); some narrow, some broad, some app "
               "categories spanning unrelated niches.")

LABELS: tuple[str, ...] = (
    # family and relationships
    "Baby tracker & monitor app users",
    "Kids' learning app households", "Family organiser & location-sharing app users",
    "Dating app users", "Social media app power users",
    # fitness and wellness
    "Fitness tracker users", "Gym workout app users", "Running & cycling GPS app users",
    "Calorie & macro counter users", "Sportswear & sneaker app shoppers",
    "Meditation & sleep app users", "Yoga & Pilates app users", "Astrology & horoscope app users",
    "Women's health & cycle tracker users", "Wellness & self-care app users",
    # beauty and fashion
    "Beauty retailer app shoppers", "Selfie & beauty filter app users",
    "Ingredient scanner app users", "Salon & beauty booking app users",
    "Fashion shopping app users", "Buy-now-pay-later app users",
    "Deal & coupon app users", "Resale & thrift app users", "Luxury shopping app users",
    # games
    "Casual & puzzle game players", "Mobile RPG players",
    "Mobile shooter & battle-royale players", "Paying mobile gamers",
    "Console companion app users", "Gamer chat & voice app users", "Game streaming app users",
    "Manga & webtoon reader app users", "Racing game players",
    # tech
    "Smart-home app users", "Wearable companion app users", "AI chatbot app users",
    "Developer & coding app users", "Tech news app readers",
    "Productivity & note-taking app users",
    # money and work
    "Budgeting & mobile banking app users", "Stock trading app users", "Crypto wallet users",
    "Crypto exchange app users", "Property search app users",
    "Job search & professional networking app users", "Small-business & invoicing app users",
    # food and drink
    "Food delivery app users", "Grocery delivery app users", "Recipe & meal-planning app users",
    "Coffee chain app users", "Wine & beer rating app users", "Restaurant booking app users",
    "Food-waste & surplus app users",
    # travel
    "Flight booking app users", "Airline loyalty app users", "Hotel booking app users",
    "Holiday rental & hostel app users", "Offline maps & navigation app users",
    # music and entertainment
    "Music streaming app users", "Concert & event ticketing app users",
    "K-pop fan community app users", "Music-making & instrument-learning app users",
    "Video streaming app subscribers", "Short-video app heavy users",
    # environment and pets
    "EV charging app users", "Carbon footprint tracker users", "Pet care & vet app users",
    "Dog walking & pet-sitting app users", "Pet supply shopping app users",
    # cars and sport
    "Car marketplace app users", "Motorsport app users", "Car diagnostics app users",
    "Live scores & sports news app users", "Sports betting & fantasy app users",
    "Football club app users", "Surf, ski & snow forecast app users",
    # home
    "Furniture & home shopping app users", "Room planner & interior design app users",
    "Plant care & gardening app users", "DIY & craft project app users",
    # learning
    "Language-learning app users", "E-reader & audiobook app users",
    "Online course & study app users", "Podcast app users",
    # outdoors and creative
    "Hiking trail app users", "Outdoor retailer app shoppers",
    "Photo editing app users", "Video editing app users", "Drawing & design app users",
)

# Latent interest -> the app audiences a user holding it is counted in: the app categories such
# a person uses and what they do in them (one or two audiences each).
REPORTS: dict[str, str] = {
    # parenting
    "Toys, Children & Baby": "Baby tracker & monitor app users; Kids' learning app households",
    "Parenting & Family": "Family organiser & location-sharing app users;"
                          " Baby tracker & monitor app users",
    "Friends, Family & Relationships": "Dating app users; Social media app power users",
    "Pregnancy & Maternity": "Women's health & cycle tracker users;"
                             " Baby tracker & monitor app users",
    # fitness
    "Fitness & Gym": "Gym workout app users; Fitness tracker users",
    "Healthy Lifestyle": "Fitness tracker users; Calorie & macro counter users",
    "Sports Nutrition & Supplements": "Calorie & macro counter users; Gym workout app users",
    "Activewear": "Sportswear & sneaker app shoppers",
    "Running & Marathons": "Running & cycling GPS app users; Fitness tracker users",
    # wellness
    "Yoga & Pilates": "Yoga & Pilates app users; Wellness & self-care app users",
    "Meditation & Mindfulness": "Meditation & sleep app users; Wellness & self-care app users",
    "Alternative Medicine": "Wellness & self-care app users;"
                            " Women's health & cycle tracker users",
    "Spirituality & Astrology": "Astrology & horoscope app users",
    # beauty
    "Beauty & Cosmetics": "Beauty retailer app shoppers; Selfie & beauty filter app users",
    "Skincare": "Beauty retailer app shoppers; Ingredient scanner app users",
    "Hair Care & Styling": "Salon & beauty booking app users; Selfie & beauty filter app users",
    "Fragrances & Perfume": "Beauty retailer app shoppers; Luxury shopping app users",
    "Nail Art": "Salon & beauty booking app users",
    # fashion
    "Clothes, Shoes, Handbags & Accessories": "Fashion shopping app users;"
                                              " Buy-now-pay-later app users",
    "Jewellery & Watches": "Luxury shopping app users; Fashion shopping app users",
    "Streetwear & Sneakers": "Sportswear & sneaker app shoppers; Resale & thrift app users",
    "Shopping & Retail": "Deal & coupon app users; Buy-now-pay-later app users",
    # gaming
    "Gaming": "Casual & puzzle game players; Mobile RPG players",
    "Esports": "Mobile shooter & battle-royale players; Paying mobile gamers",
    "PC & Console Gaming": "Console companion app users; Gamer chat & voice app users",
    "Anime & Manga": "Manga & webtoon reader app users; Mobile RPG players",
    "Streaming & Live Video": "Game streaming app users",
    # tech
    "Electronics & Computers": "Tech news app readers; Smart-home app users",
    "Mobile Phones & Gadgets": "Wearable companion app users; Tech news app readers",
    "Software & Programming": "Developer & coding app users; AI chatbot app users",
    "Artificial Intelligence & Data": "AI chatbot app users;"
                                      " Productivity & note-taking app users",
    # finance
    "Business & Careers": "Job search & professional networking app users;"
                          " Productivity & note-taking app users",
    "Personal Finance & Investing": "Stock trading app users;"
                                    " Budgeting & mobile banking app users",
    "Cryptocurrency & Blockchain": "Crypto exchange app users; Crypto wallet users",
    "Real Estate": "Property search app users",
    "Entrepreneurship": "Small-business & invoicing app users;"
                        " Job search & professional networking app users",
    # food
    "Restaurants, Food & Grocery": "Food delivery app users; Grocery delivery app users;"
                                   " Restaurant booking app users",
    "Cooking & Recipes": "Recipe & meal-planning app users",
    "Coffee, Tea & Beverages": "Coffee chain app users",
    "Beer, Wine & Spirits": "Wine & beer rating app users",
    "Vegan & Vegetarian Food": "Recipe & meal-planning app users; Ingredient scanner app users",
    # travel
    "Travel, Tourism & Aviation": "Flight booking app users; Airline loyalty app users",
    "Hotels & Resorts": "Hotel booking app users",
    "Backpacking & Budget Travel": "Holiday rental & hostel app users; Deal & coupon app users",
    "Road Trips & Vanlife": "Offline maps & navigation app users;"
                            " Holiday rental & hostel app users",
    # music
    "Music": "Music streaming app users",
    "Concerts & Festivals": "Concert & event ticketing app users",
    "Hip Hop & Rap": "Music streaming app users; Short-video app heavy users",
    "Musical Instruments": "Music-making & instrument-learning app users",
    "K-Pop": "K-pop fan community app users; Music streaming app users",
    # sustainability
    "Sustainability & Environment": "Carbon footprint tracker users",
    "Zero Waste & Recycling": "Food-waste & surplus app users; Resale & thrift app users",
    "Organic & Natural Products": "Ingredient scanner app users; Grocery delivery app users",
    "Renewable Energy & Electric Vehicles": "EV charging app users; Smart-home app users",
    # pets
    "Pets": "Pet care & vet app users",
    "Dogs & Puppies": "Dog walking & pet-sitting app users; Pet care & vet app users",
    "Cats & Kittens": "Pet care & vet app users",
    "Pet Food & Supplies": "Pet supply shopping app users; Pet care & vet app users",
    # cars
    "Cars & Motorbikes": "Car marketplace app users",
    "Motorsport & Racing": "Motorsport app users; Racing game players",
    "Car Tuning & Modification": "Car diagnostics app users; Racing game players",
    "Auto Parts & Accessories": "Car diagnostics app users",
    # sports
    "Sports": "Live scores & sports news app users; Sports betting & fantasy app users",
    "Football & Soccer": "Football club app users; Live scores & sports news app users",
    "Basketball": "Live scores & sports news app users",
    "Cycling": "Running & cycling GPS app users",
    "Extreme Sports": "Surf, ski & snow forecast app users",
    # home
    "Home Decor, Furniture & Garden": "Furniture & home shopping app users",
    "DIY & Crafts": "DIY & craft project app users",
    "Gardening & Plants": "Plant care & gardening app users",
    "Interior Design & Architecture": "Room planner & interior design app users;"
                                      " Furniture & home shopping app users",
    # entertainment
    "Television & Film": "Video streaming app subscribers",
    "Celebrities & Pop Culture": "Social media app power users; Short-video app heavy users",
    "Comedy & Memes": "Short-video app heavy users",
    "Theatre & Performing Arts": "Concert & event ticketing app users",
    # education
    "Books & Literature": "E-reader & audiobook app users",
    "Education & Learning": "Online course & study app users; Kids' learning app households",
    "Science": "Podcast app users; Online course & study app users",
    "History & Culture": "Podcast app users",
    "Languages & Linguistics": "Language-learning app users",
    # luxury: no app category of its own, shown as shopping, travel and booking apps
    "Luxury Goods": "Luxury shopping app users",
    "Luxury Travel": "Airline loyalty app users; Hotel booking app users",
    "Fine Dining": "Restaurant booking app users",
    "Designer Fashion": "Luxury shopping app users; Resale & thrift app users",
    # outdoor
    "Camping & Hiking": "Hiking trail app users; Offline maps & navigation app users",
    "Fishing & Hunting": "Offline maps & navigation app users; Outdoor retailer app shoppers",
    "Mountaineering & Climbing": "Hiking trail app users; Surf, ski & snow forecast app users",
    "Outdoor Gear & Equipment": "Outdoor retailer app shoppers",
    # photography
    "Camera & Photography": "Photo editing app users",
    "Art & Design": "Drawing & design app users",
    "Drawing & Illustration": "Drawing & design app users",
    "Film Making & Video Editing": "Video editing app users",
}

# niche -> {phrase: the latent interests whose holders are the phrase's audience}. Written as
# brand planners brief an app-data provider: apps and brands, plain descriptions of users,
# in-app behaviour, slang, and a few figurative ones: "lovebirds" are in or looking for a
# relationship; "degens" trade crypto; "gacha whales" spend heavily in mobile games and love
# anime; "high rollers" buy luxury goods and travel; "step-count obsessives" live healthily;
# "planet savers" care about the environment and waste; "trail junkies" hike.
PHRASES: dict[str, dict[str, str]] = {
    "parenting": {
        "BabyCenter app mums": "Pregnancy & Maternity; Toys, Children & Baby",
        "Huckleberry sleep-schedule parents": "Toys, Children & Baby; Parenting & Family",
        "Life360 families": "Parenting & Family",
        "Hinge and Bumble daters": "Friends, Family & Relationships",
        "ABCmouse households": "Toys, Children & Baby; Education & Learning",
        "lovebirds": "Friends, Family & Relationships",
    },
    "fitness": {
        "Strava segment hunters": "Running & Marathons; Cycling",
        "MyFitnessPal loggers": "Healthy Lifestyle; Sports Nutrition & Supplements",
        "Fitbit and Whoop wearers": "Fitness & Gym; Healthy Lifestyle",
        "athleisure app shoppers": "Activewear",
        "step-count obsessives": "Healthy Lifestyle",
    },
    "wellness": {
        "Insight Timer meditators": "Meditation & Mindfulness",
        "Co-Star and The Pattern users": "Spirituality & Astrology",
        "Alo Moves streamers": "Yoga & Pilates",
        "natural-remedy tracker users": "Alternative Medicine",
        "crystal girls": "Spirituality & Astrology; Alternative Medicine",
    },
    "beauty": {
        "Sephora app loyalists": "Beauty & Cosmetics; Skincare",
        "Yuka and INCI Beauty scanners": "Skincare; Organic & Natural Products",
        "FaceTune and Perfect365 users": "Beauty & Cosmetics",
        "Fresha and Booksy bookers": "Hair Care & Styling; Nail Art",
        "fragrance wishlist keepers": "Fragrances & Perfume",
        "baddies": "Beauty & Cosmetics; Hair Care & Styling",
    },
    "fashion": {
        "ASOS and Zalando app shoppers": "Clothes, Shoes, Handbags & Accessories",
        "Klarna shoppers": "Clothes, Shoes, Handbags & Accessories; Shopping & Retail",
        "SNKRS app raffle entrants": "Streetwear & Sneakers",
        "Honey and RetailMeNot coupon users": "Shopping & Retail",
        "Temu and AliExpress bargain seekers": "Shopping & Retail",
        "Chrono24 browsers": "Jewellery & Watches",
    },
    "gaming": {
        "Genshin Impact players": "Gaming; Anime & Manga",
        "Free Fire and CoD Mobile squads": "Esports",
        "Discord server regulars": "PC & Console Gaming",
        "Webtoon and Tapas readers": "Anime & Manga",
        "Twitch mobile viewers": "Streaming & Live Video",
        "gacha whales": "Gaming; Anime & Manga",
    },
    "tech": {
        "Claude and Gemini app users": "Artificial Intelligence & Data",
        "GitHub mobile users": "Software & Programming",
        "Notion and Obsidian power users": "Business & Careers",
        "Apple Watch owners": "Mobile Phones & Gadgets",
        "Google Home and Alexa households": "Electronics & Computers",
    },
    "finance": {
        "Revolut and Monzo users": "Personal Finance & Investing",
        "MetaMask holders": "Cryptocurrency & Blockchain",
        "Binance traders": "Cryptocurrency & Blockchain",
        "Rightmove and Zillow scrollers": "Real Estate",
        "LinkedIn job hunters": "Business & Careers",
        "Shopify merchants": "Entrepreneurship",
        "degens": "Cryptocurrency & Blockchain",
    },
    "food": {
        "Uber Eats and Grab Food regulars": "Restaurants, Food & Grocery",
        "Instacart and Ocado shoppers": "Restaurants, Food & Grocery",
        "Mealime and Paprika planners": "Cooking & Recipes",
        "Costa and Starbucks app orderers": "Coffee, Tea & Beverages",
        "Vivino users": "Beer, Wine & Spirits",
        "HappyCow users": "Vegan & Vegetarian Food",
    },
    "travel": {
        "Skyscanner and Hopper fare watchers": "Travel, Tourism & Aviation",
        "Booking.com Genius members": "Hotels & Resorts",
        "Hostelworld users": "Backpacking & Budget Travel",
        "park4night campers": "Road Trips & Vanlife; Camping & Hiking",
        "Emirates and Qatar app frequent flyers": "Travel, Tourism & Aviation; Luxury Travel",
    },
    "music": {
        "Spotify Wrapped sharers": "Music",
        "Dice and Ticketmaster app users": "Concerts & Festivals",
        "Weverse members": "K-Pop",
        "Yousician and Simply Piano learners": "Musical Instruments",
        "SoundCloud rap listeners": "Hip Hop & Rap",
    },
    "sustainability": {
        "Too Good To Go users": "Zero Waste & Recycling",
        "Vinted and Depop sellers": "Zero Waste & Recycling",
        "Zapmap and ChargePoint users": "Renewable Energy & Electric Vehicles",
        "Tesla app owners": "Renewable Energy & Electric Vehicles; Cars & Motorbikes",
        "Joro and Klima users": "Sustainability & Environment",
        "planet savers": "Sustainability & Environment; Zero Waste & Recycling",
    },
    "pets": {
        "Rover dog owners": "Dogs & Puppies",
        "Chewy app autoshippers": "Pet Food & Supplies",
        "Petcube and Furbo owners": "Pets",
        "new kitten owners": "Cats & Kittens",
        "people who book dog walkers in-app": "Dogs & Puppies",
        "furparents": "Pets; Dogs & Puppies; Cats & Kittens",
    },
    "cars": {
        "AutoTrader and Carvana browsers": "Cars & Motorbikes",
        "F1 TV app subscribers": "Motorsport & Racing",
        "OBD scanner DIYers": "Car Tuning & Modification; Auto Parts & Accessories",
        "Gran Turismo and Forza players": "Motorsport & Racing; Car Tuning & Modification",
        "motorcycle route planners": "Cars & Motorbikes; Road Trips & Vanlife",
        "revheads": "Cars & Motorbikes; Car Tuning & Modification",
    },
    "sports": {
        "FotMob and OneFootball users": "Football & Soccer",
        "DraftKings and FanDuel players": "Sports",
        "NBA 2K mobile players": "Basketball",
        "ESPN app alert junkies": "Sports",
        "Surfline subscribers": "Extreme Sports",
        "Zwift riders": "Cycling",
        "weekend punters": "Sports",
    },
    "home": {
        "IKEA Place and Houzz users": "Interior Design & Architecture;"
                                      " Home Decor, Furniture & Garden",
        "PictureThis plant identifiers": "Gardening & Plants",
        "houseplant app owners": "Gardening & Plants",
        "Ravelry knitters": "DIY & Crafts",
        "home reno planners": "Interior Design & Architecture; DIY & Crafts",
    },
    "entertainment": {
        "Netflix and Prime Video subscribers": "Television & Film",
        "TikTok doomscrollers": "Comedy & Memes; Celebrities & Pop Culture",
        "Letterboxd loggers": "Television & Film",
        "9GAG and Reddit meme browsers": "Comedy & Memes",
        "TodayTix users": "Theatre & Performing Arts",
        "people who follow every celebrity on Instagram": "Celebrities & Pop Culture",
    },
    "education": {
        "Busuu and Memrise learners": "Languages & Linguistics",
        "Kindle and Audible users": "Books & Literature",
        "Coursera and Udemy learners": "Education & Learning",
        "SkyView and Star Walk stargazers": "Science",
        "Quizlet-cramming students": "Education & Learning",
        "people who listen to history podcasts": "History & Culture",
    },
    "luxury": {
        "Farfetch and Net-a-Porter app shoppers": "Designer Fashion; Luxury Goods",
        "Vestiaire Collective buyers": "Designer Fashion",
        "Resy and Tock diners": "Fine Dining",
        "Amex Platinum app users": "Luxury Travel; Luxury Goods",
        "high rollers": "Luxury Goods; Luxury Travel",
        "Mr Porter men": "Designer Fashion",
    },
    "outdoor": {
        "AllTrails users": "Camping & Hiking",
        "Fishbrain anglers": "Fishing & Hunting",
        "onX Hunt users": "Fishing & Hunting",
        "Mountain Project climbers": "Mountaineering & Climbing",
        "Decathlon app shoppers": "Outdoor Gear & Equipment; Activewear",
        "trail junkies": "Camping & Hiking",
    },
    "photography": {
        "Lightroom mobile editors": "Camera & Photography",
        "CapCut editors": "Film Making & Video Editing",
        "Procreate and Canva users": "Drawing & Illustration; Art & Design",
        "Halide and ProCamera shooters": "Camera & Photography",
        "budding YouTubers editing on their phone": "Film Making & Video Editing",
        "Instagram aesthetic curators": "Camera & Photography; Art & Design",
    },
}

# Hand-written evaluation segments (keyword arguments of ``segments._seg``). Age and country
# are deliberately correlated in apps-mobile-gamers-id-ph, apps-students-pl-ro,
# apps-retired-gardeners-de and apps-teen-sneakers-us; apps-hard-* use figurative or slang
# phrases.
FIXED_SEGMENTS: tuple[dict[str, Any], ...] = (
    dict(id="apps-mobile-gamers-id-ph", name="Mobile gamers 13-24 in Indonesia and the "
         "Philippines", description="""Indonesian and Filipino teenagers who squad up in PUBG
         Mobile and Free Fire and play Genshin Impact between matches.""",
         ages=["13-17", "18-24"],
         interests=["Free Fire and CoD Mobile squads", "Genshin Impact players",
                    "Twitch mobile viewers"],
         genders=["male"], countries={"ID": 1.0, "PH": 0.8},
         filters={"platforms": ["tiktok", "youtube"]}),
    dict(id="apps-students-pl-ro", name="Students who study on their phone 18-24 in Poland "
         "and Romania", description="""Polish and Romanian university students cramming with
         Quizlet, taking Coursera and Udemy courses and learning languages on Busuu.""",
         ages=["18-24"],
         interests=["Quizlet-cramming students", "Coursera and Udemy learners",
                    "Busuu and Memrise learners"],
         countries={"PL": 1.0, "RO": 0.7}),
    dict(id="apps-retired-gardeners-de", name="Retired gardeners 55+ in Germany",
         description="""German retirees who identify plants with PictureThis, keep a houseplant
         app and listen to history podcasts.""",
         ages=["55-64", "65+"],
         interests=["PictureThis plant identifiers", "houseplant app owners",
                    "people who listen to history podcasts"],
         countries=["DE"], languages=["de"], filters={"platforms": ["youtube", "instagram"]}),
    dict(id="apps-teen-sneakers-us", name="Sneaker raffle teens, men 13-24 in the US",
         description="""American teenagers entering every SNKRS raffle and paying with
         Klarna.""",
         ages=["13-17", "18-24"],
         interests=["SNKRS app raffle entrants", "Klarna shoppers"],
         genders=["male"], countries=["US"], filters={"platforms": ["instagram", "tiktok"]}),
    dict(id="apps-new-parents-ca", name="New parents 25-34 in Canada", description="""
         Canadian parents using BabyCenter and Huckleberry to get through the first year and
         Life360 to keep the family in sight.""",
         ages=["25-34"],
         interests=["BabyCenter app mums", "Huckleberry sleep-schedule parents",
                    "Life360 families"],
         countries=["CA"], languages=["en", "fr"]),
    dict(id="apps-runners-nl-be", name="Runners and cyclists 25-44 in the Netherlands and "
         "Belgium", description="""Strava segment hunters who ride Zwift in winter and log
         every meal in MyFitnessPal.""",
         ages=["25-34", "35-44"],
         interests=["Strava segment hunters", "Zwift riders", "MyFitnessPal loggers"],
         countries={"NL": 1.0, "BE": 0.8}),
    dict(id="apps-beauty-kr-th", name="Beauty app shoppers, women 18-34 in Korea and "
         "Thailand", description="""Young women loyal to the Sephora app who scan every
         ingredient with Yuka and book their nails through Fresha and Booksy.""",
         ages=["18-24", "25-34"],
         interests=["Sephora app loyalists", "Yuka and INCI Beauty scanners",
                    "Fresha and Booksy bookers"],
         genders=["female"], countries={"KR": 1.0, "TH": 0.7},
         filters={"platforms": ["instagram", "tiktok"], "min_credibility": 0.7}),
    dict(id="apps-wellness-women-uk", name="Wellness app women 25-44 in the UK",
         description="""British women meditating with Insight Timer, streaming Alo Moves and
         reading their Co-Star every morning.""",
         ages=["25-34", "35-44"],
         interests=["Insight Timer meditators", "Alo Moves streamers",
                    "Co-Star and The Pattern users"],
         genders=["female"], countries=["GB"]),
    dict(id="apps-crypto-traders-tr-ae", name="Crypto app traders, men 18-34 in Turkey and "
         "the UAE", description="""Young men trading on Binance, holding tokens in MetaMask and
         keeping the rest on Revolut.""",
         ages=["18-24", "25-34"],
         interests=["Binance traders", "MetaMask holders", "Revolut and Monzo users"],
         genders=["male"], countries={"TR": 1.0, "AE": 0.8}, filters={"platforms": ["x"]}),
    dict(id="apps-ai-builders-in", name="AI and developer app users 18-34 in India",
         description="""Indian developers who use Claude and Gemini every day, review code on
         GitHub mobile and plan their work in Notion.""",
         ages=["18-24", "25-34"],
         interests=["Claude and Gemini app users", "GitHub mobile users",
                    "Notion and Obsidian power users"],
         countries=["IN"], languages=["en"], filters={"platforms": ["youtube", "x"]}),
    dict(id="apps-foodies-us", name="Food app regulars 25-44 in the US", description="""
         Americans who order on Uber Eats, get groceries from Instacart and plan the rest of
         the week with Mealime.""",
         ages=["25-34", "35-44"],
         interests=["Uber Eats and Grab Food regulars", "Instacart and Ocado shoppers",
                    "Mealime and Paprika planners"],
         countries=["US"]),
    dict(id="apps-vanlife-au-nz", name="Campervan travellers 25-44 in Australia and New "
         "Zealand", description="""Australians and New Zealanders finding campsites on
         park4night, walking AllTrails routes and booking hostels on the way.""",
         ages=["25-34", "35-44"],
         interests=["park4night campers", "AllTrails users", "Hostelworld users"],
         countries={"AU": 1.0, "NZ": 0.7}, filters={"followers": {"max": 500000}}),
    dict(id="apps-kpop-weverse-jp-tw", name="Weverse fans 13-24 in Japan and Taiwan",
         description="""Teenagers and students who are Weverse members, share their Spotify
         Wrapped and buy concert tickets in-app.""",
         ages=["13-17", "18-24"],
         interests=["Weverse members", "Spotify Wrapped sharers",
                    "Dice and Ticketmaster app users"],
         genders=["female"], countries={"JP": 1.0, "TW": 0.8}),
    dict(id="apps-ev-drivers-no-se", name="EV drivers 35-54 in Norway and Sweden",
         description="""Norwegians and Swedes who own a Tesla, find chargers on Zapmap and
         ChargePoint and track their footprint in Joro.""",
         ages=["35-44", "45-54"],
         interests=["Tesla app owners", "Zapmap and ChargePoint users",
                    "Joro and Klima users"],
         countries={"NO": 1.0, "SE": 0.9}),
    dict(id="apps-anglers-hunters-us-ca", name="Anglers and hunters, men 25-64 in the US and "
         "Canada", description="""North American men logging catches in Fishbrain, scouting
         with onX Hunt and buying gear from the Decathlon app.""",
         ages=["25-34", "35-44", "45-54", "55-64"],
         interests=["Fishbrain anglers", "onX Hunt users", "Decathlon app shoppers"],
         genders=["male"], countries={"US": 1.0, "CA": 0.6},
         filters={"followers": {"max": 300000}}),
    dict(id="apps-football-betting-uk-ie", name="Football and betting app users, men 18-44 "
         "in the UK and Ireland", description="""Men who follow every score on FotMob, bet on
         DraftKings and FanDuel style apps and keep ESPN alerts on.""",
         ages=["18-24", "25-34", "35-44"],
         interests=["FotMob and OneFootball users", "DraftKings and FanDuel players",
                    "ESPN app alert junkies"],
         genders=["male"], countries={"GB": 1.0, "IE": 0.5},
         filters={"platforms": ["x", "instagram"]}),
    dict(id="apps-hard-lovebirds-br-ar", name="Lovebirds 18-34 in Brazil and Argentina",
         description="""Young lovebirds who met on Hinge or Bumble and doomscroll TikTok
         together.""",
         ages=["18-24", "25-34"],
         interests=["lovebirds", "Hinge and Bumble daters", "TikTok doomscrollers"],
         countries={"BR": 1.0, "AR": 0.7}),
    dict(id="apps-hard-degens-ng-za", name="Degens, men 18-34 in Nigeria and South Africa",
         description="""Crypto degens who live in Binance and MetaMask and place weekend
         punts on football.""",
         ages=["18-24", "25-34"],
         interests=["degens", "Binance traders", "weekend punters"],
         genders=["male"], countries={"NG": 1.0, "ZA": 0.8}),
    dict(id="apps-hard-high-rollers-ch-it", name="High rollers 35-64 in Switzerland and "
         "Italy", description="""High rollers with an Amex Platinum who shop Farfetch and book
         their tables on Resy and Tock.""",
         ages=["35-44", "45-54", "55-64"],
         interests=["high rollers", "Amex Platinum app users",
                    "Farfetch and Net-a-Porter app shoppers"],
         countries={"CH": 1.0, "IT": 0.8}, filters={"followers": {"min": 20000}}),
    dict(id="apps-hard-planet-savers-fr-es", name="Planet savers 25-44 in France and Spain",
         description="""Planet savers who rescue food on Too Good To Go and sell their clothes
         on Vinted and Depop.""",
         ages=["25-34", "35-44"],
         interests=["planet savers", "Too Good To Go users", "Vinted and Depop sellers"],
         countries={"FR": 1.0, "ES": 0.9}, languages=["fr", "es"]),
)
