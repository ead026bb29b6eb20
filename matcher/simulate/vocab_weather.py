"""Held-out vocabulary ``weather``: a weather app's audiences by the forecasts people check.

Modelled on the audiences a weather and forecast app sells (in the style of a consumer
weather app's or a forecast publisher's first-party segments built from the forecasts viewed,
the alerts subscribed to, the places saved and the activity forecasts opened): people are
known by what they need the weather for, and reported under an activity forecast ("Surf &
swell forecast checkers", "Morning run forecast checkers", "Golden-hour & sunset forecast
users"), an alert or health index ("Pollen & hay-fever alert subscribers", "Migraine &
joint-pain pressure trackers", "UV index & sunburn alert users") or a habit of use ("Multi-city
destination forecast savers", "Smartwatch weather complication users", "Rainy-weekend indoor
entertainment seekers"). An interest shows only through a forecast it makes people check, so
granularity follows the app's forecasts and alerts: the outdoors splits into trails, summits,
marine and tide forecasts and ticks, sport into match days, outdoor courts, wind for cyclists,
swell and snow, and health into heat, UV, pollen, air quality and pressure, while gaming and
television are one rainy-weekend habit and tech a weather station, an API and a power-cut
alert. Habits and alerts gather unrelated niches: "Rainy-weekend indoor entertainment seekers"
(gaming, esports, film and television, books), "Moon phase & night-sky calendar users"
(astrology, meditation, science, photography), "What-to-wear outfit forecast users" (clothes,
sneakers, activewear, designer fashion), "Smartwatch weather complication users" (watches and
phones), "Outdoor court & streetball weather checkers" (basketball, hip-hop, sneakers),
"Viral forecaster & weather meme sharers" (comedy, celebrities, live streaming). Interests
that make nobody check a forecast have no label: anime, cryptocurrency and nail art. Phrases
are written the way a planner briefs a weather provider: the events, places, seasons and
conditions people plan around, the devices they read the forecast on and what they do when it
turns.

Written blind (without reading the matcher, its interest-matching notes or its results),
before any tuning or measurement of the matcher on it; it must not be adjusted to the
matcher's results. Strings are ";"-separated lists.
"""

from __future__ import annotations

from typing import Any

NAME = "weather"
DESCRIPTION = ("Weather-app style: 65 forecast audiences named by activity forecast, alert or "
               "health index and habit of use; habits and alerts gather several niches, three "
               "interests that make nobody check a forecast have no label.")

LABELS: tuple[str, ...] = (
    # family
    "School-run & playground forecast checkers", "Snow-day & school-closure alert subscribers",
    "Nursery temperature & baby heat alert users", "Wedding-day & garden party weather planners",
    "Day-trip & heritage outing planners",
    # fitness and health
    "Morning run forecast checkers", "Outdoor bootcamp & park workout planners",
    "Heat & hydration alert users", "UV index & sunburn alert users",
    "Pollen & hay-fever alert subscribers", "Migraine & joint-pain pressure trackers",
    "Air quality & smog alert subscribers", "Sunrise yoga & outdoor class planners",
    "Moon phase & night-sky calendar users",
    # beauty and fashion
    "Humidity & frizz forecast checkers", "Weather-matched skin & scent routine users",
    "What-to-wear outfit forecast users", "Rainy-day mall & shopping trip planners",
    "Smartwatch weather complication users",
    # screens and tech
    "Rainy-weekend indoor entertainment seekers", "Storm chaser & live radar stream watchers",
    "Viral forecaster & weather meme sharers", "Home weather station & sensor owners",
    "Weather API & forecast-model users", "Meteorology explainer & forecast discussion readers",
    "Power-cut & outage alert subscribers",
    # money and work
    "Commuter rain & traffic alert users", "Flight delay & airport weather checkers",
    "Energy bill & heating-degree watchers", "Storm-prep & home-protection alert users",
    "Market stall & outdoor trader forecast users",
    # food and drink
    "Al fresco dining & terrace weather checkers", "BBQ & beer-garden weather planners",
    "Vineyard & harvest weather followers", "Pick-your-own & farmers' market planners",
    # travel
    "Beach holiday & resort forecast checkers", "Multi-city destination forecast savers",
    "Road trip & route weather planners", "Marine, tide & fishing forecast users",
    # music and stage
    "Festival & open-air concert forecast checkers",
    "Open-air theatre & outdoor cinema planners", "Indoor humidity & instrument-care trackers",
    # environment and pets
    "Climate & extreme-weather news followers", "Line-drying & laundry-day forecast users",
    "Solar output & wind forecast users", "Dog walk weather planners",
    "Pet heat & fireworks anxiety alert users", "Tick, flea & mosquito season alert users",
    # cars
    "Motorcycle ride forecast checkers", "Grand Prix & race-weekend weather watchers",
    "Car meet & show-day weather checkers", "Winter tyre & frosty-windscreen alert users",
    # sport
    "Match-day & rain-delay checkers", "Outdoor court & streetball weather checkers",
    "Wind & ride forecast users", "Surf & swell forecast checkers",
    "Ski & snow-report checkers",
    # home and garden
    "Frost & plant-protection alert gardeners", "Lawn watering & hosepipe-ban alert users",
    "Paint-day & exterior DIY weather checkers",
    # outdoors and photography
    "Hiking & trail forecast checkers", "Mountain & summit forecast checkers",
    "Golden-hour & sunset forecast users", "Drone flight & wind-limit checkers",
    "Plein-air sketching weather planners",
)

# Latent interest -> the forecast audiences a follower holding it is reported under (none for
# three interests that make nobody check a forecast).
REPORTS: dict[str, str] = {
    # parenting
    "Toys, Children & Baby": "School-run & playground forecast checkers;"
                             " Nursery temperature & baby heat alert users",
    "Parenting & Family": "School-run & playground forecast checkers;"
                          " Snow-day & school-closure alert subscribers",
    "Friends, Family & Relationships": "Wedding-day & garden party weather planners;"
                                       " Day-trip & heritage outing planners",
    "Pregnancy & Maternity": "Nursery temperature & baby heat alert users;"
                             " Heat & hydration alert users",
    # fitness
    "Fitness & Gym": "Outdoor bootcamp & park workout planners",
    "Healthy Lifestyle": "Air quality & smog alert subscribers;"
                         " Pollen & hay-fever alert subscribers",
    "Sports Nutrition & Supplements": "Heat & hydration alert users",
    "Activewear": "Outdoor bootcamp & park workout planners; What-to-wear outfit forecast users",
    "Running & Marathons": "Morning run forecast checkers",
    # wellness
    "Yoga & Pilates": "Sunrise yoga & outdoor class planners",
    "Meditation & Mindfulness": "Sunrise yoga & outdoor class planners;"
                                " Moon phase & night-sky calendar users",
    "Alternative Medicine": "Migraine & joint-pain pressure trackers;"
                            " Pollen & hay-fever alert subscribers",
    "Spirituality & Astrology": "Moon phase & night-sky calendar users",
    # beauty
    "Beauty & Cosmetics": "Weather-matched skin & scent routine users;"
                          " Humidity & frizz forecast checkers",
    "Skincare": "UV index & sunburn alert users; Weather-matched skin & scent routine users",
    "Hair Care & Styling": "Humidity & frizz forecast checkers",
    "Fragrances & Perfume": "Weather-matched skin & scent routine users",
    "Nail Art": "",
    # fashion
    "Clothes, Shoes, Handbags & Accessories": "What-to-wear outfit forecast users",
    "Jewellery & Watches": "Smartwatch weather complication users",
    "Streetwear & Sneakers": "What-to-wear outfit forecast users;"
                             " Outdoor court & streetball weather checkers",
    "Shopping & Retail": "Rainy-day mall & shopping trip planners",
    # gaming
    "Gaming": "Rainy-weekend indoor entertainment seekers",
    "Esports": "Rainy-weekend indoor entertainment seekers",
    "PC & Console Gaming": "Rainy-weekend indoor entertainment seekers;"
                           " Power-cut & outage alert subscribers",
    "Anime & Manga": "",
    "Streaming & Live Video": "Storm chaser & live radar stream watchers;"
                              " Viral forecaster & weather meme sharers",
    # tech
    "Electronics & Computers": "Home weather station & sensor owners;"
                               " Power-cut & outage alert subscribers",
    "Mobile Phones & Gadgets": "Smartwatch weather complication users;"
                               " Drone flight & wind-limit checkers",
    "Software & Programming": "Weather API & forecast-model users",
    "Artificial Intelligence & Data": "Weather API & forecast-model users",
    # finance
    "Business & Careers": "Commuter rain & traffic alert users;"
                          " Flight delay & airport weather checkers",
    "Personal Finance & Investing": "Energy bill & heating-degree watchers",
    "Cryptocurrency & Blockchain": "",
    "Real Estate": "Storm-prep & home-protection alert users",
    "Entrepreneurship": "Market stall & outdoor trader forecast users",
    # food
    "Restaurants, Food & Grocery": "Al fresco dining & terrace weather checkers;"
                                   " Market stall & outdoor trader forecast users",
    "Cooking & Recipes": "BBQ & beer-garden weather planners",
    "Coffee, Tea & Beverages": "Al fresco dining & terrace weather checkers",
    "Beer, Wine & Spirits": "BBQ & beer-garden weather planners;"
                            " Vineyard & harvest weather followers",
    "Vegan & Vegetarian Food": "Pick-your-own & farmers' market planners",
    # travel
    "Travel, Tourism & Aviation": "Flight delay & airport weather checkers;"
                                  " Multi-city destination forecast savers",
    "Hotels & Resorts": "Beach holiday & resort forecast checkers;"
                        " UV index & sunburn alert users",
    "Backpacking & Budget Travel": "Multi-city destination forecast savers",
    "Road Trips & Vanlife": "Road trip & route weather planners",
    # music
    "Music": "Festival & open-air concert forecast checkers",
    "Concerts & Festivals": "Festival & open-air concert forecast checkers",
    "Hip Hop & Rap": "Festival & open-air concert forecast checkers;"
                     " Outdoor court & streetball weather checkers",
    "Musical Instruments": "Indoor humidity & instrument-care trackers",
    "K-Pop": "Festival & open-air concert forecast checkers",
    # sustainability
    "Sustainability & Environment": "Climate & extreme-weather news followers;"
                                    " Line-drying & laundry-day forecast users",
    "Zero Waste & Recycling": "Line-drying & laundry-day forecast users",
    "Organic & Natural Products": "Pick-your-own & farmers' market planners",
    "Renewable Energy & Electric Vehicles": "Solar output & wind forecast users;"
                                            " Energy bill & heating-degree watchers",
    # pets
    "Pets": "Pet heat & fireworks anxiety alert users",
    "Dogs & Puppies": "Dog walk weather planners; Pet heat & fireworks anxiety alert users",
    "Cats & Kittens": "Pet heat & fireworks anxiety alert users",
    "Pet Food & Supplies": "Tick, flea & mosquito season alert users;"
                           " Pet heat & fireworks anxiety alert users",
    # cars
    "Cars & Motorbikes": "Motorcycle ride forecast checkers;"
                         " Winter tyre & frosty-windscreen alert users",
    "Motorsport & Racing": "Grand Prix & race-weekend weather watchers",
    "Car Tuning & Modification": "Car meet & show-day weather checkers",
    "Auto Parts & Accessories": "Winter tyre & frosty-windscreen alert users;"
                                " Car meet & show-day weather checkers",
    # sports
    "Sports": "Match-day & rain-delay checkers",
    "Football & Soccer": "Match-day & rain-delay checkers",
    "Basketball": "Outdoor court & streetball weather checkers",
    "Cycling": "Wind & ride forecast users; Commuter rain & traffic alert users",
    "Extreme Sports": "Surf & swell forecast checkers; Ski & snow-report checkers",
    # home
    "Home Decor, Furniture & Garden": "Lawn watering & hosepipe-ban alert users;"
                                      " Paint-day & exterior DIY weather checkers",
    "DIY & Crafts": "Paint-day & exterior DIY weather checkers",
    "Gardening & Plants": "Frost & plant-protection alert gardeners;"
                          " Lawn watering & hosepipe-ban alert users",
    "Interior Design & Architecture": "Storm-prep & home-protection alert users",
    # entertainment
    "Television & Film": "Rainy-weekend indoor entertainment seekers;"
                         " Open-air theatre & outdoor cinema planners",
    "Celebrities & Pop Culture": "Viral forecaster & weather meme sharers",
    "Comedy & Memes": "Viral forecaster & weather meme sharers",
    "Theatre & Performing Arts": "Open-air theatre & outdoor cinema planners",
    # education
    "Books & Literature": "Rainy-weekend indoor entertainment seekers",
    "Education & Learning": "Snow-day & school-closure alert subscribers;"
                            " Meteorology explainer & forecast discussion readers",
    "Science": "Meteorology explainer & forecast discussion readers;"
               " Moon phase & night-sky calendar users",
    "History & Culture": "Day-trip & heritage outing planners",
    "Languages & Linguistics": "Multi-city destination forecast savers",
    # luxury
    "Luxury Goods": "Marine, tide & fishing forecast users",
    "Luxury Travel": "Beach holiday & resort forecast checkers; Ski & snow-report checkers",
    "Fine Dining": "Al fresco dining & terrace weather checkers;"
                   " Vineyard & harvest weather followers",
    "Designer Fashion": "What-to-wear outfit forecast users",
    # outdoor
    "Camping & Hiking": "Hiking & trail forecast checkers;"
                        " Tick, flea & mosquito season alert users",
    "Fishing & Hunting": "Marine, tide & fishing forecast users;"
                         " Tick, flea & mosquito season alert users",
    "Mountaineering & Climbing": "Mountain & summit forecast checkers;"
                                 " Ski & snow-report checkers",
    "Outdoor Gear & Equipment": "Hiking & trail forecast checkers;"
                                " Mountain & summit forecast checkers",
    # photography
    "Camera & Photography": "Golden-hour & sunset forecast users;"
                            " Moon phase & night-sky calendar users",
    "Art & Design": "Plein-air sketching weather planners;"
                    " Indoor humidity & instrument-care trackers",
    "Drawing & Illustration": "Plein-air sketching weather planners",
    "Film Making & Video Editing": "Drone flight & wind-limit checkers;"
                                   " Golden-hour & sunset forecast users",
}

# niche -> {phrase: the latent interests whose holders are the phrase's audience}, written as
# a planner briefs a weather provider: the events, places, seasons and conditions people plan
# around, the devices they read the forecast on and what they do when it turns.
PHRASES: dict[str, dict[str, str]] = {
    "parenting": {
        "parents checking if it's a wellies day before the school run": "Parenting & Family",
        "mums who check the heat index before taking the pram out": "Toys, Children & Baby",
        "expectant mothers told to avoid heatwaves in the third trimester":
            "Pregnancy & Maternity",
        "couples planning an outdoor wedding in Tuscany next June":
            "Friends, Family & Relationships",
        "families in Ohio hoping a blizzard closes the schools": "Parenting & Family",
        "grandparents planning a beach day with the grandkids":
            "Friends, Family & Relationships",
    },
    "fitness": {
        "parkrun regulars checking Saturday's forecast": "Running & Marathons",
        "Boston Marathon entrants worried about a hot race day": "Running & Marathons",
        "F45 and CrossFit members who train outdoors in summer": "Fitness & Gym",
        "athletes who load up on electrolytes when it tops 30 degrees":
            "Sports Nutrition & Supplements",
        "Lululemon wearers choosing layers for a cold run": "Activewear; Running & Marathons",
        "health-conscious commuters who avoid smoggy days": "Healthy Lifestyle",
    },
    "wellness": {
        "yoga teachers who move classes to the beach at sunrise": "Yoga & Pilates",
        "migraine sufferers who track barometric pressure": "Alternative Medicine",
        "astrology fans who plan around the full moon": "Spirituality & Astrology",
        "meditators who sit outside at dawn": "Meditation & Mindfulness",
        "homeopathy users treating hay fever naturally": "Alternative Medicine",
        "tarot readers tracking Mercury retrograde and eclipses": "Spirituality & Astrology",
    },
    "beauty": {
        "curly-haired women who check the dew point before styling": "Hair Care & Styling",
        "SPF devotees who reapply when the UV hits 6": "Skincare",
        "makeup wearers looking for sweat-proof foundation in a heatwave":
            "Beauty & Cosmetics",
        "gel manicure fans booking before a beach holiday": "Nail Art; Hotels & Resorts",
        "fragrance lovers switching to light summer scents": "Fragrances & Perfume",
        "Glossier and Drunk Elephant fans adjusting their routine for dry winter air":
            "Skincare; Beauty & Cosmetics",
    },
    "fashion": {
        "office workers deciding between a trench coat and an umbrella":
            "Clothes, Shoes, Handbags & Accessories",
        "sneakerheads who won't wear suede if rain is forecast": "Streetwear & Sneakers",
        "shoppers heading to Westfield when it rains": "Shopping & Retail",
        "Apple Watch wearers with the forecast on their watch face":
            "Jewellery & Watches; Mobile Phones & Gadgets",
        "Black Friday shoppers checking if the weekend will be wet": "Shopping & Retail",
        "Zara shoppers buying coats after the first cold snap":
            "Clothes, Shoes, Handbags & Accessories; Shopping & Retail",
    },
    "gaming": {
        "gamers who plan marathon sessions for rainy weekends": "Gaming; PC & Console Gaming",
        "League of Legends fans watching Worlds on a wet Sunday": "Esports",
        "PC gamers with a UPS for storm season": "PC & Console Gaming; Electronics & Computers",
        "Twitch viewers watching storm chasers live in Tornado Alley":
            "Streaming & Live Video",
        "anime fans who stay in with Crunchyroll when it pours":
            "Anime & Manga; Streaming & Live Video",
        "Xbox players stocking up on games before a snowstorm": "Gaming; PC & Console Gaming",
    },
    "tech": {
        "Netatmo and Ecowitt weather station owners": "Electronics & Computers",
        "developers building on the OpenWeather API": "Software & Programming",
        "data scientists comparing the ECMWF and GFS models": "Artificial Intelligence & Data",
        "Pixel and iPhone users who watch the rain radar minute by minute":
            "Mobile Phones & Gadgets",
        "tech buyers who want a generator before hurricane season": "Electronics & Computers",
        "machine-learning fans who follow Google's GraphCast forecasts":
            "Artificial Intelligence & Data; Science",
    },
    "finance": {
        "city commuters who leave early when rail lines flood": "Business & Careers",
        "consultants flying weekly who check airport delays":
            "Business & Careers; Travel, Tourism & Aviation",
        "homeowners in Florida checking hurricane cones": "Real Estate",
        "households watching the gas bill when a cold spell hits":
            "Personal Finance & Investing",
        "food truck owners deciding whether to trade this weekend":
            "Entrepreneurship; Restaurants, Food & Grocery",
        "commodity traders watching the frost risk to coffee crops":
            "Personal Finance & Investing",
        "crypto miners who watch heatwaves for power prices":
            "Cryptocurrency & Blockchain; Electronics & Computers",
    },
    "food": {
        "diners booking a terrace table when the sun is out": "Restaurants, Food & Grocery",
        "Weber owners planning a bank holiday barbecue": "Cooking & Recipes",
        "craft beer drinkers heading out for a pint in the sunshine": "Beer, Wine & Spirits",
        "wine lovers following the Bordeaux harvest": "Beer, Wine & Spirits",
        "iced latte drinkers on the first warm day": "Coffee, Tea & Beverages",
        "vegetarians picking strawberries at a farm on sunny weekends":
            "Vegan & Vegetarian Food",
    },
    "travel": {
        "frequent flyers checking for snow delays at Chicago O'Hare":
            "Travel, Tourism & Aviation",
        "Sandals and Club Med guests checking the forecast before they fly":
            "Hotels & Resorts",
        "interrailers saving forecasts for six cities": "Backpacking & Budget Travel",
        "vanlifers chasing the sun down the coast of Portugal": "Road Trips & Vanlife",
        "Route 66 road-trippers watching for thunderstorms": "Road Trips & Vanlife",
        "holidaymakers checking the hurricane season before booking Cancún":
            "Hotels & Resorts",
    },
    "music": {
        "Glastonbury ticket holders praying it won't be a mudbath": "Concerts & Festivals",
        "Coachella goers checking the desert heat": "Concerts & Festivals; Music",
        "Rolling Loud fans planning an outdoor weekend": "Hip Hop & Rap",
        "BTS ARMY queuing outside the stadium in the rain": "K-Pop",
        "guitarists who keep their acoustic at 45 per cent humidity": "Musical Instruments",
        "music fans at summer concerts in the park": "Music; Concerts & Festivals",
    },
    "sustainability": {
        "climate activists following record heat news": "Sustainability & Environment",
        "households who dry clothes outside to skip the tumble dryer":
            "Zero Waste & Recycling",
        "solar panel owners forecasting tomorrow's generation":
            "Renewable Energy & Electric Vehicles",
        "EV drivers checking how the cold will cut their range":
            "Renewable Energy & Electric Vehicles",
        "organic shoppers at the Saturday market": "Organic & Natural Products",
        "low-waste families collecting rainwater for the garden":
            "Zero Waste & Recycling; Gardening & Plants",
    },
    "pets": {
        "dog owners checking if the pavement is too hot for paws": "Dogs & Puppies",
        "cat owners whose cats hide during thunderstorms": "Cats & Kittens",
        "pet parents dreading fireworks night": "Pets",
        "owners buying tick treatments when spring warms up": "Pet Food & Supplies",
        "labrador owners planning the longest walk of the week": "Dogs & Puppies",
    },
    "cars": {
        "Harley riders checking for rain before a Sunday ride": "Cars & Motorbikes",
        "F1 fans asking if Silverstone will be a wet race": "Motorsport & Racing",
        "JDM car club members hoping for a dry meet": "Car Tuning & Modification",
        "drivers buying winter tyres after the first frost": "Auto Parts & Accessories",
        "NASCAR fans watching for a rain delay at Daytona": "Motorsport & Racing",
        "classic car owners who only drive on dry days": "Cars & Motorbikes",
    },
    "sports": {
        "Premier League fans checking if the game will be called off": "Football & Soccer",
        "Wimbledon ticket holders watching for rain": "Sports",
        "streetball players at Rucker Park": "Basketball",
        "Tour de France fans following the mountain stages": "Cycling",
        "surfers waiting for a big swell at Nazaré": "Extreme Sports",
        "skiers hoping for fresh powder in Whistler": "Extreme Sports",
        "weekend cyclists checking the wind before a long ride": "Cycling",
    },
    "home": {
        "gardeners covering tomatoes before a late frost": "Gardening & Plants",
        "homeowners repainting the fence on a dry weekend":
            "DIY & Crafts; Home Decor, Furniture & Garden",
        "lawn obsessives keeping the grass green through a drought":
            "Gardening & Plants; Home Decor, Furniture & Garden",
        "architects designing homes for hurricane zones": "Interior Design & Architecture",
        "crafters who dye yarn outdoors in the sun": "DIY & Crafts",
        "patio furniture buyers after the first warm weekend":
            "Home Decor, Furniture & Garden",
    },
    "entertainment": {
        "Netflix bingers on a rainy Sunday": "Television & Film",
        "Shakespeare in the Park audiences": "Theatre & Performing Arts",
        "fans of weather presenter bloopers": "Comedy & Memes",
        "people who share memes about the British summer": "Comedy & Memes",
        "celebrity watchers following the Met Gala red carpet in the rain":
            "Celebrities & Pop Culture",
        "rooftop film screening goers": "Television & Film",
    },
    "education": {
        "book lovers who save reading for stormy nights": "Books & Literature",
        "teachers waiting on snow-day announcements": "Education & Learning",
        "amateur meteorologists who read the Met Office blog": "Science",
        "history buffs visiting Stonehenge on a dry day": "History & Culture",
        "Duolingo learners with a forecast for Madrid saved": "Languages & Linguistics",
        "students revising for a geography exam on climate": "Education & Learning; Science",
    },
    "luxury": {
        "superyacht owners watching the Mediterranean sea state": "Luxury Goods",
        "Aspen and Courchevel regulars checking the snow": "Luxury Travel",
        "diners at Michelin-star restaurants with garden terraces": "Fine Dining",
        "Prada and Burberry buyers choosing outerwear": "Designer Fashion",
        "Maldives overwater villa guests checking the monsoon":
            "Luxury Travel; Hotels & Resorts",
    },
    "outdoor": {
        "Appalachian Trail thru-hikers reading mountain forecasts": "Camping & Hiking",
        "bass anglers watching the barometer before a fishing trip": "Fishing & Hunting",
        "deer hunters checking the wind before opening day": "Fishing & Hunting",
        "climbers timing a Mont Blanc summit window": "Mountaineering & Climbing",
        "REI shoppers buying a rain shell before a trek": "Outdoor Gear & Equipment",
        "wild campers in the Scottish Highlands checking the midge forecast":
            "Camping & Hiking",
    },
    "photography": {
        "landscape photographers chasing golden hour in the Dolomites":
            "Camera & Photography",
        "astrophotographers waiting for a clear night to shoot the Milky Way":
            "Camera & Photography",
        "DJI Mavic pilots checking gusts before a shoot": "Film Making & Video Editing",
        "watercolour painters working outdoors": "Art & Design; Drawing & Illustration",
        "urban sketchers meeting on sunny Saturdays": "Drawing & Illustration",
        "YouTube filmmakers shooting timelapses of storms": "Film Making & Video Editing",
    },
}

# Hand-written evaluation segments (keyword arguments of ``segments._seg``). Age and country
# are deliberately correlated in weather-school-parents-us, weather-students-kr and
# weather-retired-gardeners-gb; weather-hard-* use phrases whose interests make nobody check
# a forecast or reach habits and alerts that gather several niches.
FIXED_SEGMENTS: tuple[dict[str, Any], ...] = (
    dict(id="weather-school-parents-us", name="School-run parents 25-44 in the US",
         description="""American parents who check the forecast before the school run, hope
         for snow days and watch the heat with a toddler.""",
         ages=["25-34", "35-44"],
         interests=["parents checking if it's a wellies day before the school run",
                    "families in Ohio hoping a blizzard closes the schools",
                    "mums who check the heat index before taking the pram out"],
         countries=["US"], languages=["en"]),
    dict(id="weather-students-kr", name="Students and K-pop fans 18-24 in South Korea",
         description="""Young Koreans who queue for concerts in the rain, game through wet
         weekends and revise for geography exams.""",
         ages=["18-24"],
         interests=["BTS ARMY queuing outside the stadium in the rain",
                    "gamers who plan marathon sessions for rainy weekends",
                    "students revising for a geography exam on climate"],
         countries=["KR"], filters={"platforms": ["tiktok", "youtube", "instagram"]}),
    dict(id="weather-retired-gardeners-gb", name="Retired gardeners 55+ in the UK",
         description="""British retirees who cover tomatoes before a frost, keep the lawn green
         in a drought and dry washing on the line.""",
         ages=["55-64", "65+"],
         interests=["gardeners covering tomatoes before a late frost",
                    "lawn obsessives keeping the grass green through a drought",
                    "households who dry clothes outside to skip the tumble dryer"],
         countries=["GB"], filters={"platforms": ["youtube", "instagram"]}),
    dict(id="weather-runners-us-ca", name="Runners 25-44 in the US and Canada",
         description="""Parkrunners, marathoners worried about a hot race and athletes who
         load up on electrolytes.""",
         ages=["25-34", "35-44"],
         interests=["parkrun regulars checking Saturday's forecast",
                    "Boston Marathon entrants worried about a hot race day",
                    "athletes who load up on electrolytes when it tops 30 degrees"],
         countries={"US": 1.0, "CA": 0.4}),
    dict(id="weather-surf-ski-au-nz", name="Surfers and skiers 18-34 in Australia and New "
         "Zealand", description="""Board riders who wait for swell, chase powder and film
         with drones.""",
         ages=["18-24", "25-34"],
         interests=["surfers waiting for a big swell at Nazaré",
                    "skiers hoping for fresh powder in Whistler",
                    "DJI Mavic pilots checking gusts before a shoot"],
         countries={"AU": 1.0, "NZ": 0.5}),
    dict(id="weather-festival-goers-gb", name="Festival goers 18-34 in the UK",
         description="""Glastonbury ticket holders, park-concert fans and craft beer drinkers
         out in the sunshine.""",
         ages=["18-24", "25-34"],
         interests=["Glastonbury ticket holders praying it won't be a mudbath",
                    "music fans at summer concerts in the park",
                    "craft beer drinkers heading out for a pint in the sunshine"],
         countries=["GB"]),
    dict(id="weather-hikers-us", name="Hikers and campers 25-54 in the US",
         description="""Thru-hikers, gear buyers and climbers timing a summit window.""",
         ages=["25-34", "35-44", "45-54"],
         interests=["Appalachian Trail thru-hikers reading mountain forecasts",
                    "REI shoppers buying a rain shell before a trek",
                    "climbers timing a Mont Blanc summit window"],
         countries=["US"]),
    dict(id="weather-wellbeing-de-at", name="Wellbeing women 25-54 in Germany and Austria",
         description="""Sunrise yoga teachers, meditators and women who track pressure for
         their migraines.""",
         ages=["25-34", "35-44", "45-54"],
         interests=["yoga teachers who move classes to the beach at sunrise",
                    "meditators who sit outside at dawn",
                    "migraine sufferers who track barometric pressure"],
         genders=["female"], countries={"DE": 1.0, "AT": 0.4}, languages=["de"]),
    dict(id="weather-beauty-br-mx", name="Beauty fans, women 18-34 in Brazil and Mexico",
         description="""Curly-haired women watching the humidity, SPF devotees and makeup
         wearers fighting the heat.""",
         ages=["18-24", "25-34"],
         interests=["curly-haired women who check the dew point before styling",
                    "SPF devotees who reapply when the UV hits 6",
                    "makeup wearers looking for sweat-proof foundation in a heatwave"],
         genders=["female"], countries={"BR": 1.0, "MX": 0.7},
         filters={"platforms": ["instagram", "tiktok"]}),
    dict(id="weather-commuters-nl-be", name="Commuters and cyclists 25-54 in the Netherlands "
         "and Belgium", description="""Commuters whose trains flood, cyclists checking the
         wind and consultants flying weekly.""",
         ages=["25-34", "35-44", "45-54"],
         interests=["city commuters who leave early when rail lines flood",
                    "weekend cyclists checking the wind before a long ride",
                    "consultants flying weekly who check airport delays"],
         countries={"NL": 1.0, "BE": 0.6}),
    dict(id="weather-motor-fans-gb-de", name="Motor fans, men 25-54 in the UK and Germany",
         description="""F1 fans at a wet Silverstone, bikers and car club members hoping for a
         dry meet.""",
         ages=["25-34", "35-44", "45-54"],
         interests=["F1 fans asking if Silverstone will be a wet race",
                    "Harley riders checking for rain before a Sunday ride",
                    "JDM car club members hoping for a dry meet"],
         genders=["male"], countries={"GB": 1.0, "DE": 0.8}),
    dict(id="weather-dog-owners-us-gb", name="Dog and pet owners 25-64 in the US and UK",
         description="""Owners checking hot pavements, dreading fireworks night and buying
         tick treatments.""",
         ages=["25-34", "35-44", "45-54", "55-64"],
         interests=["dog owners checking if the pavement is too hot for paws",
                    "pet parents dreading fireworks night",
                    "owners buying tick treatments when spring warms up"],
         countries={"US": 1.0, "GB": 0.7}),
    dict(id="weather-storm-watchers-us", name="Storm watchers 18-44 in the US",
         description="""Storm-chaser stream viewers, weather-station owners and Florida
         homeowners tracking hurricanes.""",
         ages=["18-24", "25-34", "35-44"],
         interests=["Twitch viewers watching storm chasers live in Tornado Alley",
                    "Netatmo and Ecowitt weather station owners",
                    "homeowners in Florida checking hurricane cones"],
         countries=["US"], filters={"followers": {"max": 500000}}),
    dict(id="weather-travellers-gb-ie", name="Holiday travellers 25-54 in the UK and Ireland",
         description="""Resort guests, interrailers and vanlifers chasing the sun.""",
         ages=["25-34", "35-44", "45-54"],
         interests=["Sandals and Club Med guests checking the forecast before they fly",
                    "interrailers saving forecasts for six cities",
                    "vanlifers chasing the sun down the coast of Portugal"],
         countries={"GB": 1.0, "IE": 0.5}),
    dict(id="weather-al-fresco-fr-it", name="Al fresco diners 25-64 in France and Italy",
         description="""Terrace diners, Bordeaux wine lovers and iced-latte drinkers on the
         first warm day.""",
         ages=["25-34", "35-44", "45-54", "55-64"],
         interests=["diners booking a terrace table when the sun is out",
                    "wine lovers following the Bordeaux harvest",
                    "iced latte drinkers on the first warm day"],
         countries={"FR": 1.0, "IT": 0.8}),
    dict(id="weather-photographers-jp", name="Photographers 25-44 in Japan",
         description="""Landscape and astro photographers and urban sketchers who plan around
         the light and a clear sky.""",
         ages=["25-34", "35-44"],
         interests=["landscape photographers chasing golden hour in the Dolomites",
                    "astrophotographers waiting for a clear night to shoot the Milky Way",
                    "urban sketchers meeting on sunny Saturdays"],
         countries=["JP"], filters={"platforms": ["instagram", "youtube"]}),
    dict(id="weather-hard-no-forecast-ph", name="Anime, crypto and nail fans 18-34 in the "
         "Philippines", description="""People whose interests mostly make nobody check a
         forecast: anime, crypto mining and gel manicures.""",
         ages=["18-24", "25-34"],
         interests=["anime fans who stay in with Crunchyroll when it pours",
                    "crypto miners who watch heatwaves for power prices",
                    "gel manicure fans booking before a beach holiday"],
         countries=["PH"]),
    dict(id="weather-hard-rainy-weekend-pl-cz", name="Stay-at-home entertainment fans 18-34 "
         "in Poland and Czechia", description="""Esports viewers, bingers and readers: one
         rainy-weekend habit gathers gaming, esports, television and books.""",
         ages=["18-24", "25-34"],
         interests=["League of Legends fans watching Worlds on a wet Sunday",
                    "Netflix bingers on a rainy Sunday",
                    "book lovers who save reading for stormy nights"],
         countries={"PL": 1.0, "CZ": 0.6}),
    dict(id="weather-hard-sky-watchers-in", name="Sky watchers 18-44 in India",
         description="""Astrology fans, astrophotographers and model-watching data
         scientists: one moon-phase calendar gathers astrology, meditation, science and
         photography.""",
         ages=["18-24", "25-34", "35-44"],
         interests=["astrology fans who plan around the full moon",
                    "astrophotographers waiting for a clear night to shoot the Milky Way",
                    "machine-learning fans who follow Google's GraphCast forecasts"],
         countries=["IN"], languages=["en"]),
    dict(id="weather-hard-outfits-ae-fr", name="Style buyers 25-44 in the UAE and France",
         description="""Designer outerwear buyers, sneakerheads and Apple Watch wearers: one
         what-to-wear label gathers clothes, sneakers, activewear and designer fashion.""",
         ages=["25-34", "35-44"],
         interests=["Prada and Burberry buyers choosing outerwear",
                    "sneakerheads who won't wear suede if rain is forecast",
                    "Apple Watch wearers with the forecast on their watch face"],
         countries={"AE": 1.0, "FR": 0.8}, filters={"followers": {"min": 20000}}),
)
