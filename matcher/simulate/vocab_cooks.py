"""Held-out vocabulary ``cooks``: a recipe platform's cook audiences by what people cook.

Modelled on the audiences a recipe and meal-planning platform sells (in the style of a recipe
site's or app's first-party segments built from the recipes saved, searched and cooked, the
diet filters set, the meal plans made and the shopping lists sent to a grocer): people are
known by what they cook and for whom, and reported under a dish or diet ("Plant-based &
meat-free cooks", "High-protein & macro meal preppers", "Sourdough & bread bakers"), an
occasion ("Game-day & game-night snack makers", "Date-night & dinner-for-two cooks",
"Awards-night & watch-party hosts") or a way of cooking and using the platform ("Smart oven &
multicooker recipe users", "Leftover & no-waste cooks", "Grocery list & delivery-basket
senders"). An interest shows only through what it makes people cook, so granularity follows
the recipe catalogue: food splits into weeknight dinners, bread, copycat takeaways, coffee,
cocktails and wine pairing, and health into protein, smoothies, light meals, race fuel and gut
health, while pets are one homemade-treats label, cars and motorsport one tailgate label and
tech a smart oven and an AI meal planner. Occasions and styles gather unrelated niches:
"Brunch & aesthetic café-style cooks" (clothes, designer fashion, hotels, coffee), "Dinner
party & tablescape hosts" (home decor, interior design, jewellery, luxury goods), "World
cuisine & holiday-dish recreators" (travel, budget travel, hotels, languages, luxury travel),
"Game-day & game-night snack makers" (gaming, esports, sport, football, basketball),
"Viral-trend & celebrity chef recipe savers" (celebrities, comedy, sneakers), "Japanese &
Korean home cooks" (anime and K-pop). Interests that change nobody's cooking have no label:
perfume, cryptocurrency, musical instruments and car tuning. Phrases are written the way a
planner briefs a recipe platform: dishes, diets, cookbooks, chefs, shows, appliances,
grocers and the occasions people cook for.

Written blind (without reading the matcher, its interest-matching notes or its results),
before any tuning or measurement of the matcher on it; it must not be adjusted to the
matcher's results. Strings are ";"-separated lists.
"""

from __future__ import annotations

from typing import Any

NAME = "cooks"
DESCRIPTION = ("Recipe-platform style: 55 cook audiences named by dish or diet, occasion and "
               "way of cooking; occasions and styles gather several niches, four interests "
               "that change nobody's cooking have no label.")

LABELS: tuple[str, ...] = (
    # family
    "Toddler & baby-led weaning cooks", "Family dinner & lunchbox planners",
    "Pregnancy-safe & postpartum recipe savers", "Date-night & dinner-for-two cooks",
    # fitness and wellbeing
    "High-protein & macro meal preppers", "Smoothie & protein shake makers",
    "Calorie-counted & light recipe savers", "Carb-loading & race-fuel cooks",
    "Anti-inflammatory & gut-health cooks", "Ayurvedic & mindful eating followers",
    "Religious festival & fasting cooks",
    # beauty and style
    "Glow & collagen beauty-food savers", "Kitchen-cupboard hair & face mask makers",
    "Viral-trend & celebrity chef recipe savers", "Brunch & aesthetic café-style cooks",
    # screens and tech
    "Game-day & game-night snack makers", "Japanese & Korean home cooks",
    "Live cook-along & stream followers", "Smart oven & multicooker recipe users",
    "AI meal-plan & recipe generator users",
    # money and work
    "Grocery deal & budget meal planners", "Desk lunch & quick weekday cooks",
    "Home bakery & food side-hustle sellers", "Housewarming & new-kitchen cooks",
    # food and drink
    "Restaurant copycat & fakeaway cooks", "Grocery list & delivery-basket senders",
    "Weeknight 30-minute dinner cooks", "Sourdough & bread bakers",
    "Coffee, matcha & café drink makers", "Cocktail & home bar mixers",
    "Wine pairing & cheese board hosts", "Plant-based & meat-free cooks",
    # travel and the outdoors
    "World cuisine & holiday-dish recreators", "Campfire, van & one-pot cooks",
    "Energy bar & trail snack makers", "Foraging, game & catch-to-table cooks",
    # music and entertainment
    "House party & pre-drinks food hosts", "TV-show & movie-inspired recipe makers",
    "Awards-night & watch-party hosts",
    # environment
    "Seasonal & low-carbon recipe savers", "Leftover & no-waste cooks",
    "Energy-saving & slow-cooker cooks", "Farm-box & organic produce cooks",
    # pets, cars and sport
    "Homemade dog treat & pet food makers", "Tailgate & trackside picnic cooks",
    # home
    "Preserving, pickling & jam makers", "Grow-your-own & allotment harvest cooks",
    "Dinner party & tablescape hosts",
    # learning
    "Cookbook collectors & food-history readers", "Cooking class & knife-skills learners",
    "Fermentation & food-science experimenters",
    # luxury
    "Caviar, truffle & luxury ingredient cooks", "Tasting-menu & Michelin copycat cooks",
    # photography and art
    "Food photography & recipe-video makers", "Cake decorating & sugar-art bakers",
)

# Latent interest -> the cook audiences a follower holding it is reported under (none for four
# interests that change nobody's cooking).
REPORTS: dict[str, str] = {
    # parenting
    "Toys, Children & Baby": "Toddler & baby-led weaning cooks;"
                             " Family dinner & lunchbox planners",
    "Parenting & Family": "Family dinner & lunchbox planners; Weeknight 30-minute dinner cooks",
    "Friends, Family & Relationships": "Date-night & dinner-for-two cooks;"
                                       " House party & pre-drinks food hosts",
    "Pregnancy & Maternity": "Pregnancy-safe & postpartum recipe savers;"
                             " Toddler & baby-led weaning cooks",
    # fitness
    "Fitness & Gym": "High-protein & macro meal preppers",
    "Healthy Lifestyle": "Calorie-counted & light recipe savers;"
                         " Smoothie & protein shake makers",
    "Sports Nutrition & Supplements": "Smoothie & protein shake makers;"
                                      " High-protein & macro meal preppers",
    "Activewear": "High-protein & macro meal preppers",
    "Running & Marathons": "Carb-loading & race-fuel cooks",
    # wellness
    "Yoga & Pilates": "Ayurvedic & mindful eating followers; Smoothie & protein shake makers",
    "Meditation & Mindfulness": "Ayurvedic & mindful eating followers",
    "Alternative Medicine": "Anti-inflammatory & gut-health cooks;"
                            " Ayurvedic & mindful eating followers",
    "Spirituality & Astrology": "Religious festival & fasting cooks",
    # beauty
    "Beauty & Cosmetics": "Glow & collagen beauty-food savers",
    "Skincare": "Glow & collagen beauty-food savers; Anti-inflammatory & gut-health cooks",
    "Hair Care & Styling": "Kitchen-cupboard hair & face mask makers",
    "Fragrances & Perfume": "",
    "Nail Art": "Kitchen-cupboard hair & face mask makers",
    # fashion
    "Clothes, Shoes, Handbags & Accessories": "Brunch & aesthetic café-style cooks",
    "Jewellery & Watches": "Dinner party & tablescape hosts",
    "Streetwear & Sneakers": "Viral-trend & celebrity chef recipe savers",
    "Shopping & Retail": "Grocery deal & budget meal planners;"
                         " Grocery list & delivery-basket senders",
    # gaming
    "Gaming": "Game-day & game-night snack makers",
    "Esports": "Game-day & game-night snack makers",
    "PC & Console Gaming": "Game-day & game-night snack makers",
    "Anime & Manga": "Japanese & Korean home cooks; TV-show & movie-inspired recipe makers",
    "Streaming & Live Video": "Live cook-along & stream followers",
    # tech
    "Electronics & Computers": "Smart oven & multicooker recipe users",
    "Mobile Phones & Gadgets": "Smart oven & multicooker recipe users;"
                               " Grocery list & delivery-basket senders",
    "Software & Programming": "AI meal-plan & recipe generator users",
    "Artificial Intelligence & Data": "AI meal-plan & recipe generator users",
    # finance
    "Business & Careers": "Desk lunch & quick weekday cooks",
    "Personal Finance & Investing": "Grocery deal & budget meal planners",
    "Cryptocurrency & Blockchain": "",
    "Real Estate": "Housewarming & new-kitchen cooks",
    "Entrepreneurship": "Home bakery & food side-hustle sellers",
    # food
    "Restaurants, Food & Grocery": "Restaurant copycat & fakeaway cooks;"
                                   " Grocery list & delivery-basket senders",
    "Cooking & Recipes": "Weeknight 30-minute dinner cooks; Sourdough & bread bakers",
    "Coffee, Tea & Beverages": "Coffee, matcha & café drink makers;"
                               " Brunch & aesthetic café-style cooks",
    "Beer, Wine & Spirits": "Cocktail & home bar mixers; Wine pairing & cheese board hosts",
    "Vegan & Vegetarian Food": "Plant-based & meat-free cooks; Farm-box & organic produce cooks",
    # travel
    "Travel, Tourism & Aviation": "World cuisine & holiday-dish recreators",
    "Hotels & Resorts": "Brunch & aesthetic café-style cooks;"
                        " World cuisine & holiday-dish recreators",
    "Backpacking & Budget Travel": "World cuisine & holiday-dish recreators;"
                                   " Grocery deal & budget meal planners",
    "Road Trips & Vanlife": "Campfire, van & one-pot cooks",
    # music
    "Music": "House party & pre-drinks food hosts",
    "Concerts & Festivals": "House party & pre-drinks food hosts",
    "Hip Hop & Rap": "House party & pre-drinks food hosts",
    "Musical Instruments": "",
    "K-Pop": "Japanese & Korean home cooks",
    # sustainability
    "Sustainability & Environment": "Seasonal & low-carbon recipe savers;"
                                    " Plant-based & meat-free cooks",
    "Zero Waste & Recycling": "Leftover & no-waste cooks",
    "Organic & Natural Products": "Farm-box & organic produce cooks;"
                                  " Kitchen-cupboard hair & face mask makers",
    "Renewable Energy & Electric Vehicles": "Energy-saving & slow-cooker cooks",
    # pets
    "Pets": "Homemade dog treat & pet food makers",
    "Dogs & Puppies": "Homemade dog treat & pet food makers",
    "Cats & Kittens": "Homemade dog treat & pet food makers",
    "Pet Food & Supplies": "Homemade dog treat & pet food makers",
    # cars
    "Cars & Motorbikes": "Tailgate & trackside picnic cooks",
    "Motorsport & Racing": "Tailgate & trackside picnic cooks",
    "Car Tuning & Modification": "",
    "Auto Parts & Accessories": "Tailgate & trackside picnic cooks",
    # sports
    "Sports": "Game-day & game-night snack makers",
    "Football & Soccer": "Game-day & game-night snack makers; Tailgate & trackside picnic cooks",
    "Basketball": "Game-day & game-night snack makers",
    "Cycling": "Carb-loading & race-fuel cooks",
    "Extreme Sports": "Energy bar & trail snack makers",
    # home
    "Home Decor, Furniture & Garden": "Dinner party & tablescape hosts",
    "DIY & Crafts": "Preserving, pickling & jam makers; Cake decorating & sugar-art bakers",
    "Gardening & Plants": "Grow-your-own & allotment harvest cooks;"
                          " Preserving, pickling & jam makers",
    "Interior Design & Architecture": "Dinner party & tablescape hosts;"
                                      " Housewarming & new-kitchen cooks",
    # entertainment
    "Television & Film": "TV-show & movie-inspired recipe makers;"
                         " Awards-night & watch-party hosts",
    "Celebrities & Pop Culture": "Viral-trend & celebrity chef recipe savers;"
                                 " Awards-night & watch-party hosts",
    "Comedy & Memes": "Viral-trend & celebrity chef recipe savers",
    "Theatre & Performing Arts": "Awards-night & watch-party hosts",
    # education
    "Books & Literature": "Cookbook collectors & food-history readers",
    "Education & Learning": "Cooking class & knife-skills learners;"
                            " Live cook-along & stream followers",
    "Science": "Fermentation & food-science experimenters",
    "History & Culture": "Cookbook collectors & food-history readers;"
                         " Religious festival & fasting cooks",
    "Languages & Linguistics": "World cuisine & holiday-dish recreators",
    # luxury
    "Luxury Goods": "Caviar, truffle & luxury ingredient cooks;"
                    " Dinner party & tablescape hosts",
    "Luxury Travel": "Tasting-menu & Michelin copycat cooks;"
                     " World cuisine & holiday-dish recreators",
    "Fine Dining": "Tasting-menu & Michelin copycat cooks;"
                   " Caviar, truffle & luxury ingredient cooks",
    "Designer Fashion": "Brunch & aesthetic café-style cooks",
    # outdoor
    "Camping & Hiking": "Campfire, van & one-pot cooks; Foraging, game & catch-to-table cooks",
    "Fishing & Hunting": "Foraging, game & catch-to-table cooks",
    "Mountaineering & Climbing": "Energy bar & trail snack makers",
    "Outdoor Gear & Equipment": "Campfire, van & one-pot cooks",
    # photography
    "Camera & Photography": "Food photography & recipe-video makers",
    "Art & Design": "Cake decorating & sugar-art bakers;"
                    " Food photography & recipe-video makers",
    "Drawing & Illustration": "Cake decorating & sugar-art bakers",
    "Film Making & Video Editing": "Food photography & recipe-video makers",
}

# niche -> {phrase: the latent interests whose holders are the phrase's audience}, written as
# a planner briefs a recipe platform: dishes, diets, cookbooks, chefs, shows, appliances,
# grocers and the occasions people cook for.
PHRASES: dict[str, dict[str, str]] = {
    "parenting": {
        "parents searching for finger foods for a nine-month-old": "Toys, Children & Baby",
        "mums packing bento boxes for school": "Parenting & Family",
        "expecting mums looking for recipes without soft cheese": "Pregnancy & Maternity",
        "couples cooking a Valentine's steak dinner at home":
            "Friends, Family & Relationships",
        "families planning a Thanksgiving menu for twelve": "Parenting & Family",
        "new parents batch-cooking freezer meals before the due date":
            "Pregnancy & Maternity",
    },
    "fitness": {
        "gym-goers prepping chicken and rice for the week": "Fitness & Gym",
        "MyFitnessPal users logging the macros of every recipe":
            "Healthy Lifestyle; Sports Nutrition & Supplements",
        "Huel and Myprotein fans blending post-workout shakes":
            "Sports Nutrition & Supplements",
        "marathoners eating pasta the night before the race": "Running & Marathons",
        "people on a Weight Watchers points plan": "Healthy Lifestyle",
        "Gymshark fans cooking protein pancakes": "Activewear; Fitness & Gym",
    },
    "wellness": {
        "yogis cooking kitchari after a retreat": "Yoga & Pilates",
        "people healing their gut with bone broth and kefir": "Alternative Medicine",
        "mindful eaters who put their phone away at dinner": "Meditation & Mindfulness",
        "Ramadan cooks planning iftar and suhoor": "Spirituality & Astrology",
        "Diwali sweet makers preparing ladoo and barfi": "Spirituality & Astrology",
        "naturopathy fans cooking with turmeric and ginger": "Alternative Medicine",
    },
    "beauty": {
        "women eating for glowing skin": "Skincare",
        "makeup lovers who follow beauty-from-within recipes": "Beauty & Cosmetics",
        "DIYers making avocado and honey hair masks": "Hair Care & Styling",
        "nail artists who paint their biscuits too": "Nail Art; Drawing & Illustration",
        "perfume lovers baking with rose and lavender": "Fragrances & Perfume;"
                                                        " Cooking & Recipes",
        "K-beauty fans drinking barley tea for their skin": "Skincare",
    },
    "fashion": {
        "fashion girls recreating Parisian café breakfasts":
            "Clothes, Shoes, Handbags & Accessories",
        "Supreme and Nike fans making viral TikTok snacks": "Streetwear & Sneakers",
        "Aldi and Lidl shoppers cooking on a budget":
            "Shopping & Retail; Personal Finance & Investing",
        "Instacart users sending a recipe straight to their basket":
            "Shopping & Retail; Mobile Phones & Gadgets",
        "Cartier collectors setting a formal dinner table": "Jewellery & Watches",
        "shoppers cooking their way through a Costco haul": "Shopping & Retail",
    },
    "gaming": {
        "Call of Duty players making loaded nachos for a late session":
            "Gaming; PC & Console Gaming",
        "esports watch parties with wings and dips": "Esports",
        "Studio Ghibli fans recreating the ramen from the films":
            "Anime & Manga; Television & Film",
        "Twitch viewers who cook along with a streamer": "Streaming & Live Video",
        "Minecraft and Zelda fans baking themed cookies": "Gaming",
        "manga readers making onigiri from One Piece": "Anime & Manga",
    },
    "tech": {
        "Thermomix owners cooking from the guided recipes": "Electronics & Computers",
        "Instant Pot and air fryer gadget fans":
            "Mobile Phones & Gadgets; Electronics & Computers",
        "engineers who ask ChatGPT to plan the week's meals": "Artificial Intelligence & Data",
        "developers who scrape recipe sites into their own app": "Software & Programming",
        "smart fridge owners tracking what's left in stock": "Electronics & Computers",
    },
    "finance": {
        "consultants cooking a ten-minute lunch between calls": "Business & Careers",
        "cupcake sellers turning a hobby into an Etsy shop": "Entrepreneurship",
        "new homeowners cooking the first meal in their kitchen": "Real Estate",
        "FIRE savers cutting their grocery bill to 50 dollars a week":
            "Personal Finance & Investing",
        "crypto investors meal-prepping to save for more coins":
            "Cryptocurrency & Blockchain; Personal Finance & Investing",
        "founders who eat lunch at their desk": "Entrepreneurship; Business & Careers",
    },
    "food": {
        "fans of KFC and Nando's copycat recipes": "Restaurants, Food & Grocery",
        "home cooks who want dinner on the table in half an hour": "Cooking & Recipes",
        "sourdough starter keepers feeding it every morning": "Cooking & Recipes",
        "Nespresso owners making iced coffee at home": "Coffee, Tea & Beverages",
        "Aperol spritz and margarita mixers": "Beer, Wine & Spirits",
        "vegans cooking from the Bosh! cookbook": "Vegan & Vegetarian Food",
        "Veganuary first-timers": "Vegan & Vegetarian Food",
    },
    "travel": {
        "travellers recreating a pad thai they ate in Bangkok": "Travel, Tourism & Aviation",
        "backpackers cooking in hostel kitchens": "Backpacking & Budget Travel",
        "vanlifers cooking on a two-burner stove": "Road Trips & Vanlife",
        "all-inclusive holidaymakers missing the resort brunch": "Hotels & Resorts",
        "expats in Dubai cooking the dishes of home": "Travel, Tourism & Aviation",
    },
    "music": {
        "hip-hop fans hosting a house party with wings": "Hip Hop & Rap",
        "festival goers packing camping food for Reading festival":
            "Concerts & Festivals; Camping & Hiking",
        "K-pop fans cooking tteokbokki from a BLACKPINK vlog": "K-Pop",
        "music lovers throwing a listening party with snacks": "Music",
        "Taylor Swift fans baking for an Eras Tour pre-party": "Music; Concerts & Festivals",
        "orchestra players cooking quick meals after late rehearsals":
            "Musical Instruments; Cooking & Recipes",
    },
    "sustainability": {
        "climate-conscious cooks eating less meat": "Sustainability & Environment",
        "Too Good To Go users cooking with rescued food": "Zero Waste & Recycling",
        "Riverford and Abel & Cole veg box subscribers": "Organic & Natural Products",
        "slow-cooker fans cutting their energy bill":
            "Renewable Energy & Electric Vehicles; Personal Finance & Investing",
        "solar homeowners baking when the panels peak":
            "Renewable Energy & Electric Vehicles",
        "zero-waste cooks using every part of the vegetable": "Zero Waste & Recycling",
    },
    "pets": {
        "dog owners baking peanut butter pup treats": "Dogs & Puppies",
        "raw feeders prepping their own dog food": "Pet Food & Supplies; Dogs & Puppies",
        "cat owners cooking fresh food for a fussy cat": "Cats & Kittens",
        "pet parents baking a birthday cake for their dog": "Pets",
    },
    "cars": {
        "NASCAR tailgaters grilling at Talladega": "Motorsport & Racing",
        "petrolheads cooking at a track day": "Cars & Motorbikes; Motorsport & Racing",
        "Le Mans campers cooking between stints": "Motorsport & Racing",
        "car meet regulars firing up a grill in the car park":
            "Car Tuning & Modification; Cooking & Recipes",
        "road-trippers packing a cool box for a long drive":
            "Cars & Motorbikes; Road Trips & Vanlife",
    },
    "sports": {
        "Super Bowl party hosts making seven-layer dip": "Sports",
        "Premier League fans cooking for a Sunday match": "Football & Soccer",
        "NBA fans making snacks for the Finals": "Basketball",
        "cyclists making rice cakes for long rides": "Cycling",
        "climbers and skiers making flapjacks for the mountain":
            "Extreme Sports; Mountaineering & Climbing",
        "surfers making acai bowls after a session": "Extreme Sports",
    },
    "home": {
        "allotment holders cooking their courgette glut": "Gardening & Plants",
        "jam makers with a cupboard of Kilner jars": "DIY & Crafts",
        "hosts styling a table with candles and linen for friends":
            "Home Decor, Furniture & Garden",
        "interior lovers cooking in a newly renovated kitchen":
            "Interior Design & Architecture",
        "tomato growers making passata every August": "Gardening & Plants",
        "crafters making edible Christmas gifts": "DIY & Crafts",
    },
    "entertainment": {
        "Great British Bake Off fans baking the technical challenge": "Television & Film",
        "Oscars party hosts planning themed canapés":
            "Celebrities & Pop Culture; Television & Film",
        "fans of the viral feta pasta and Gordon Ramsay's reactions":
            "Celebrities & Pop Culture; Comedy & Memes",
        "people cooking the dishes from The Bear": "Television & Film",
        "theatre fans making dinner before a West End show": "Theatre & Performing Arts",
        "meme lovers trying cursed recipes from TikTok": "Comedy & Memes",
    },
    "education": {
        "readers of Salt Fat Acid Heat": "Books & Literature",
        "home cooks taking a Masterclass with a famous chef": "Education & Learning",
        "fans of Kenji López-Alt's kitchen experiments": "Science",
        "kombucha brewers tracking pH and brewing times":
            "Science; Coffee, Tea & Beverages",
        "history buffs cooking recipes from medieval manuscripts": "History & Culture",
        "language learners cooking their way through Italian": "Languages & Linguistics",
        "students learning to cook their first meals at university": "Education & Learning",
    },
    "luxury": {
        "buyers of Oscietra caviar and white truffles": "Luxury Goods",
        "diners recreating their Noma tasting menu": "Fine Dining",
        "first-class flyers copying a dish from their Aman stay": "Luxury Travel",
        "Chanel and Dior fans hosting a chic brunch": "Designer Fashion",
        "wagyu and champagne home hosts": "Luxury Goods; Fine Dining",
    },
    "outdoor": {
        "campers cooking in a Dutch oven over the fire": "Camping & Hiking",
        "anglers cooking their catch on the riverbank": "Fishing & Hunting",
        "deer hunters making venison chili": "Fishing & Hunting",
        "wild garlic pickers on spring walks": "Camping & Hiking",
        "mountaineers dehydrating meals for an expedition": "Mountaineering & Climbing",
        "Jetboil and MSR stove owners": "Outdoor Gear & Equipment",
    },
    "photography": {
        "food photographers styling a flat lay": "Camera & Photography",
        "Tasty-style overhead recipe video editors": "Film Making & Video Editing",
        "cake artists piping buttercream flowers": "Art & Design",
        "illustrators who draw their recipes as comics": "Drawing & Illustration",
        "Instagram foodies shooting their brunch": "Camera & Photography",
    },
}

# Hand-written evaluation segments (keyword arguments of ``segments._seg``). Age and country
# are deliberately correlated in cooks-weaning-parents-au, cooks-students-gb and
# cooks-retired-preservers-ca; cooks-hard-* use phrases whose interests change nobody's
# cooking or reach occasions and styles that gather several niches.
FIXED_SEGMENTS: tuple[dict[str, Any], ...] = (
    dict(id="cooks-weaning-parents-au", name="New parents 25-34 in Australia",
         description="""Australian parents weaning a baby, packing lunchboxes and batch-cooking
         before the birth.""",
         ages=["25-34"],
         interests=["parents searching for finger foods for a nine-month-old",
                    "mums packing bento boxes for school",
                    "new parents batch-cooking freezer meals before the due date"],
         countries=["AU"], languages=["en"]),
    dict(id="cooks-students-gb", name="Students 18-24 in the UK",
         description="""British students learning to cook at university, cooking on a budget
         and trying viral recipes.""",
         ages=["18-24"],
         interests=["students learning to cook their first meals at university",
                    "Aldi and Lidl shoppers cooking on a budget",
                    "meme lovers trying cursed recipes from TikTok"],
         countries=["GB"], filters={"platforms": ["tiktok", "instagram"]}),
    dict(id="cooks-retired-preservers-ca", name="Retired preservers 55+ in Canada",
         description="""Canadian retirees with an allotment, a cupboard of jars and a summer
         tomato harvest.""",
         ages=["55-64", "65+"],
         interests=["allotment holders cooking their courgette glut",
                    "jam makers with a cupboard of Kilner jars",
                    "tomato growers making passata every August"],
         countries=["CA"], filters={"platforms": ["youtube", "instagram"]}),
    dict(id="cooks-meal-preppers-us", name="Meal preppers 18-34 in the US",
         description="""Gym-goers prepping chicken and rice, shake blenders and macro
         counters.""",
         ages=["18-24", "25-34"],
         interests=["gym-goers prepping chicken and rice for the week",
                    "Huel and Myprotein fans blending post-workout shakes",
                    "MyFitnessPal users logging the macros of every recipe"],
         countries=["US"]),
    dict(id="cooks-plant-based-de-nl", name="Plant-based cooks 18-44 in Germany and the "
         "Netherlands", description="""Vegans, Veganuary first-timers and climate-conscious
         cooks eating less meat.""",
         ages=["18-24", "25-34", "35-44"],
         interests=["vegans cooking from the Bosh! cookbook", "Veganuary first-timers",
                    "climate-conscious cooks eating less meat"],
         countries={"DE": 1.0, "NL": 0.6}),
    dict(id="cooks-game-day-us", name="Game-day hosts, men 25-44 in the US",
         description="""Super Bowl party hosts, NBA fans making snacks and NASCAR
         tailgaters.""",
         ages=["25-34", "35-44"],
         interests=["Super Bowl party hosts making seven-layer dip",
                    "NBA fans making snacks for the Finals",
                    "NASCAR tailgaters grilling at Talladega"],
         genders=["male"], countries=["US"]),
    dict(id="cooks-japanese-korean-fans-ph-id", name="Anime and K-pop cooks 13-24 in the "
         "Philippines and Indonesia", description="""Fans cooking ramen from Ghibli films,
         onigiri from One Piece and tteokbokki from idol vlogs.""",
         ages=["13-17", "18-24"],
         interests=["Studio Ghibli fans recreating the ramen from the films",
                    "manga readers making onigiri from One Piece",
                    "K-pop fans cooking tteokbokki from a BLACKPINK vlog"],
         countries={"PH": 1.0, "ID": 0.8}, filters={"platforms": ["tiktok", "youtube"]}),
    dict(id="cooks-wellness-in", name="Wellness cooks 25-54 in India",
         description="""Yogis cooking kitchari, gut-health cooks and naturopathy fans cooking
         with turmeric.""",
         ages=["25-34", "35-44", "45-54"],
         interests=["yogis cooking kitchari after a retreat",
                    "people healing their gut with bone broth and kefir",
                    "naturopathy fans cooking with turmeric and ginger"],
         countries=["IN"], languages=["en"]),
    dict(id="cooks-festival-cooks-tr-eg", name="Festival and fasting cooks 25-54 in Turkey "
         "and Egypt", description="""Families planning iftar and suhoor, festive sweet makers
         and history buffs cooking old recipes.""",
         ages=["25-34", "35-44", "45-54"],
         interests=["Ramadan cooks planning iftar and suhoor",
                    "Diwali sweet makers preparing ladoo and barfi",
                    "history buffs cooking recipes from medieval manuscripts"],
         countries={"TR": 1.0, "EG": 0.8}),
    dict(id="cooks-tech-kitchens-us-kr", name="Connected-kitchen cooks 25-44 in the US and "
         "South Korea", description="""Thermomix owners, gadget fans and engineers planning
         meals with AI.""",
         ages=["25-34", "35-44"],
         interests=["Thermomix owners cooking from the guided recipes",
                    "Instant Pot and air fryer gadget fans",
                    "engineers who ask ChatGPT to plan the week's meals"],
         countries={"US": 1.0, "KR": 0.6}),
    dict(id="cooks-drinks-es-it", name="Home drinks makers 25-44 in Spain and Italy",
         description="""Spritz and margarita mixers, iced-coffee makers and kombucha
         brewers.""",
         ages=["25-34", "35-44"],
         interests=["Aperol spritz and margarita mixers",
                    "Nespresso owners making iced coffee at home",
                    "kombucha brewers tracking pH and brewing times"],
         countries={"ES": 1.0, "IT": 0.8}),
    dict(id="cooks-outdoor-cooks-us-ca", name="Outdoor cooks 25-54 in the US and Canada",
         description="""Dutch-oven campers, anglers cooking their catch and hunters making
         venison chili.""",
         ages=["25-34", "35-44", "45-54"],
         interests=["campers cooking in a Dutch oven over the fire",
                    "anglers cooking their catch on the riverbank",
                    "deer hunters making venison chili"],
         countries={"US": 1.0, "CA": 0.5}, filters={"followers": {"max": 500000}}),
    dict(id="cooks-pet-bakers-gb-us", name="Pet treat bakers 25-54 in the UK and US",
         description="""Dog owners baking treats, raw feeders and cat owners cooking for a
         fussy cat.""",
         ages=["25-34", "35-44", "45-54"],
         interests=["dog owners baking peanut butter pup treats",
                    "raw feeders prepping their own dog food",
                    "cat owners cooking fresh food for a fussy cat"],
         countries={"GB": 1.0, "US": 0.8}),
    dict(id="cooks-tv-bakers-gb-ie", name="TV bakers 25-54 in the UK and Ireland",
         description="""Bake Off fans, cooks of the dishes from The Bear and cake artists.""",
         ages=["25-34", "35-44", "45-54"],
         interests=["Great British Bake Off fans baking the technical challenge",
                    "people cooking the dishes from The Bear",
                    "cake artists piping buttercream flowers"],
         countries={"GB": 1.0, "IE": 0.5}),
    dict(id="cooks-budget-savers-mx-co", name="Budget cooks 25-44 in Mexico and Colombia",
         description="""Savers cutting the grocery bill, Costco shoppers and zero-waste
         cooks.""",
         ages=["25-34", "35-44"],
         interests=["FIRE savers cutting their grocery bill to 50 dollars a week",
                    "shoppers cooking their way through a Costco haul",
                    "zero-waste cooks using every part of the vegetable"],
         countries={"MX": 1.0, "CO": 0.6}, languages=["es"]),
    dict(id="cooks-endurance-fr-be", name="Endurance athletes 25-44 in France and Belgium",
         description="""Marathoners carb-loading, cyclists making rice cakes and climbers
         making flapjacks.""",
         ages=["25-34", "35-44"],
         interests=["marathoners eating pasta the night before the race",
                    "cyclists making rice cakes for long rides",
                    "climbers and skiers making flapjacks for the mountain"],
         countries={"FR": 1.0, "BE": 0.6}),
    dict(id="cooks-hard-no-trace-br", name="Perfume, crypto, music and car fans 18-44 in "
         "Brazil", description="""People whose interests mostly change nobody's cooking:
         perfume, crypto, orchestral instruments and modified cars.""",
         ages=["18-24", "25-34", "35-44"],
         interests=["perfume lovers baking with rose and lavender",
                    "crypto investors meal-prepping to save for more coins",
                    "orchestra players cooking quick meals after late rehearsals",
                    "car meet regulars firing up a grill in the car park"],
         countries=["BR"], languages=["pt"]),
    dict(id="cooks-hard-brunch-ae-fr", name="Style brunchers, women 25-44 in the UAE and "
         "France", description="""Designer-fashion fans, café-breakfast recreators and resort
         holidaymakers: one brunch label gathers clothes, designer fashion, hotels and
         coffee.""",
         ages=["25-34", "35-44"],
         interests=["Chanel and Dior fans hosting a chic brunch",
                    "fashion girls recreating Parisian café breakfasts",
                    "all-inclusive holidaymakers missing the resort brunch"],
         genders=["female"], countries={"AE": 1.0, "FR": 0.8},
         filters={"platforms": ["instagram", "tiktok"]}),
    dict(id="cooks-hard-dinner-party-gb-ch", name="Dinner party hosts 35-64 in the UK and "
         "Switzerland", description="""Watch collectors, table stylists and caviar buyers: one
         dinner-party label gathers jewellery, home decor, interiors and luxury goods.""",
         ages=["35-44", "45-54", "55-64"],
         interests=["Cartier collectors setting a formal dinner table",
                    "hosts styling a table with candles and linen for friends",
                    "buyers of Oscietra caviar and white truffles"],
         countries={"GB": 1.0, "CH": 0.6}, filters={"followers": {"min": 20000}}),
    dict(id="cooks-hard-world-cuisine-sg-my", name="World-cuisine cooks 25-44 in Singapore "
         "and Malaysia", description="""Travellers, language learners and first-class flyers
         recreating dishes: one world-cuisine label gathers travel, languages and luxury
         travel.""",
         ages=["25-34", "35-44"],
         interests=["travellers recreating a pad thai they ate in Bangkok",
                    "language learners cooking their way through Italian",
                    "first-class flyers copying a dish from their Aman stay"],
         countries={"SG": 1.0, "MY": 0.8}),
)
