"""Held-out vocabulary ``wearables``: a fitness-tracker platform's activity audiences.

Modelled on the audiences a wearable and activity-tracking platform sells or lets partners
reach (in the style of a smartwatch maker's, a fitness band's or an activity-sharing network's
segments built from logged workouts, sleep, heart rate, GPS traces and linked apps): people are
known by what their device records, and reported under a logged activity ("Trail & ultra
runners", "Yoga & Pilates session loggers", "Golf round trackers"), a health or sleep pattern
("Late-night screen-time sleepers", "Night-waking new-parent sleepers", "Stress & HRV monitor
users") or how they use the platform ("Designer watch face & band buyers", "Health research
study participants", "Insurance rewards step-goal members"). An interest shows only through
what a device on the wrist can see, so granularity follows the activity catalogue: fitness
splits into strength, classes, steps, nutrition logging and recovery, running into road races
and trails, cycling into road and smart-trainer riding and commuting, while gaming, tech and
entertainment are one late-night sleep pattern, one desk-bound day and a few platform habits.
Activities and patterns gather unrelated niches: "Late-night screen-time sleepers" (gaming,
esports, anime, film), "Designer watch face & band buyers" (clothes, jewellery, nail art,
designer fashion), "Dance cardio loggers" (hip-hop, K-pop, theatre), "Weekend city-centre
walkers" (shopping, budget travel, history), "Active commuters" (the environment, careers,
cycling), "Shoe mileage trackers" (sneakers and activewear), "Custom watch face
creators" (art, drawing, programming). Interests a device cannot see have no label: perfume,
cryptocurrency, comedy, and languages. Phrases are written the way a planner briefs an
activity platform: devices worn, activities logged, challenges joined, routes and races, and
the habits the data shows.

Written blind (without reading the matcher, its interest-matching notes or its results),
before any tuning or measurement of the matcher on it; it must not be adjusted to the
matcher's results. Strings are ";"-separated lists.
"""

from __future__ import annotations

from typing import Any

NAME = "wearables"
DESCRIPTION = ("Fitness-tracker style: 59 activity audiences named by logged activity, health "
               "and sleep pattern and platform habit; patterns gather several niches, four "
               "interests a device cannot see have no label.")

LABELS: tuple[str, ...] = (
    # family
    "Family step challenge members", "Night-waking new-parent sleepers",
    "Pregnancy & cycle tracking users",
    # fitness
    "Strength workout loggers", "HIIT & class workout loggers", "10k-a-day step walkers",
    "Calorie & macro loggers", "Sleep score & recovery trackers",
    "Road race & marathon runners", "Trail & ultra runners", "Shoe mileage trackers",
    # wellness
    "Yoga & Pilates session loggers", "Breathwork & mindfulness session users",
    "Stress & HRV monitor users", "Cold plunge & sauna session loggers",
    "Wind-down routine sleepers",
    # beauty and fashion
    "Water intake & beauty sleep trackers", "Designer watch face & band buyers",
    "Smart-ring & luxury smartwatch wearers", "Weekend city-centre walkers",
    # screens and desks
    "Late-night screen-time sleepers", "Low-activity desk-day users",
    "Live-streamed workout class members", "Multi-device gadget early adopters",
    "Quantified-self data exporters", "Health research study participants",
    # work and money
    "Active commuters", "Insurance rewards step-goal members", "Early-rising short sleepers",
    "Recently relocated users",
    # food and drink
    "Meal photo & food diary loggers", "Caffeine & hydration loggers",
    "Alcohol & sober-streak trackers",
    # travel and driving
    "Jet-lag & time-zone travellers", "Multi-day hike & trek loggers",
    "Long-distance drivers", "Motorcycle ride loggers",
    "Track-day & karting heart-rate loggers",
    # music and dance
    "Music-synced workout users", "Festival weekend high-step users", "Dance cardio loggers",
    # green and animals
    "E-bike riders", "Plogging & nature walk loggers", "Dog-walk loggers",
    "Linked pet-tracker households",
    # sport
    "Golf round trackers", "Court sport loggers", "Football & five-a-side match loggers",
    "Road cycling & smart-trainer riders", "Surf, ski & snowboard session trackers",
    "Open-water & pool swimmers",
    # home
    "Yard work & DIY activity loggers",
    # screen fans and learning
    "Branded & celebrity challenge members", "Campus & exam-season students",
    # outdoors
    "Hunting & fishing GPS trackers", "Altitude & climbing loggers",
    # photography and art
    "Photo walk loggers", "Custom watch face creators", "Action cam & GPS overlay users",
)

# Latent interest -> the activity audiences a follower holding it is reported under (none for
# four interests a device cannot see).
REPORTS: dict[str, str] = {
    # parenting
    "Toys, Children & Baby": "Family step challenge members; Night-waking new-parent sleepers",
    "Parenting & Family": "Family step challenge members; Night-waking new-parent sleepers",
    "Friends, Family & Relationships": "Family step challenge members",
    "Pregnancy & Maternity": "Pregnancy & cycle tracking users;"
                             " Night-waking new-parent sleepers",
    # fitness
    "Fitness & Gym": "Strength workout loggers; HIIT & class workout loggers",
    "Healthy Lifestyle": "10k-a-day step walkers; Sleep score & recovery trackers;"
                         " Insurance rewards step-goal members",
    "Sports Nutrition & Supplements": "Calorie & macro loggers; Strength workout loggers",
    "Activewear": "HIIT & class workout loggers; Shoe mileage trackers",
    "Running & Marathons": "Road race & marathon runners; Trail & ultra runners",
    # wellness
    "Yoga & Pilates": "Yoga & Pilates session loggers",
    "Meditation & Mindfulness": "Breathwork & mindfulness session users;"
                                " Wind-down routine sleepers",
    "Alternative Medicine": "Cold plunge & sauna session loggers; Stress & HRV monitor users",
    "Spirituality & Astrology": "Breathwork & mindfulness session users",
    # beauty
    "Beauty & Cosmetics": "Water intake & beauty sleep trackers",
    "Skincare": "Water intake & beauty sleep trackers",
    "Hair Care & Styling": "Water intake & beauty sleep trackers",
    "Fragrances & Perfume": "",
    "Nail Art": "Designer watch face & band buyers",
    # fashion
    "Clothes, Shoes, Handbags & Accessories": "Designer watch face & band buyers",
    "Jewellery & Watches": "Designer watch face & band buyers;"
                           " Smart-ring & luxury smartwatch wearers",
    "Streetwear & Sneakers": "Shoe mileage trackers",
    "Shopping & Retail": "Weekend city-centre walkers",
    # gaming
    "Gaming": "Late-night screen-time sleepers; Low-activity desk-day users",
    "Esports": "Late-night screen-time sleepers",
    "PC & Console Gaming": "Late-night screen-time sleepers; Low-activity desk-day users",
    "Anime & Manga": "Late-night screen-time sleepers",
    "Streaming & Live Video": "Live-streamed workout class members;"
                              " Late-night screen-time sleepers",
    # tech
    "Electronics & Computers": "Multi-device gadget early adopters",
    "Mobile Phones & Gadgets": "Multi-device gadget early adopters;"
                               " Smart-ring & luxury smartwatch wearers",
    "Software & Programming": "Low-activity desk-day users; Quantified-self data exporters;"
                              " Custom watch face creators",
    "Artificial Intelligence & Data": "Quantified-self data exporters;"
                                      " Health research study participants",
    # finance
    "Business & Careers": "Active commuters; Stress & HRV monitor users;"
                          " Early-rising short sleepers",
    "Personal Finance & Investing": "Insurance rewards step-goal members",
    "Cryptocurrency & Blockchain": "",
    "Real Estate": "Recently relocated users",
    "Entrepreneurship": "Early-rising short sleepers; Stress & HRV monitor users",
    # food
    "Restaurants, Food & Grocery": "Meal photo & food diary loggers",
    "Cooking & Recipes": "Meal photo & food diary loggers",
    "Coffee, Tea & Beverages": "Caffeine & hydration loggers",
    "Beer, Wine & Spirits": "Alcohol & sober-streak trackers",
    "Vegan & Vegetarian Food": "Meal photo & food diary loggers; Calorie & macro loggers",
    # travel
    "Travel, Tourism & Aviation": "Jet-lag & time-zone travellers",
    "Hotels & Resorts": "Jet-lag & time-zone travellers; Open-water & pool swimmers",
    "Backpacking & Budget Travel": "Multi-day hike & trek loggers; Weekend city-centre walkers",
    "Road Trips & Vanlife": "Long-distance drivers",
    # music
    "Music": "Music-synced workout users",
    "Concerts & Festivals": "Festival weekend high-step users",
    "Hip Hop & Rap": "Dance cardio loggers; Music-synced workout users",
    "Musical Instruments": "Music-synced workout users",
    "K-Pop": "Dance cardio loggers; Festival weekend high-step users",
    # sustainability
    "Sustainability & Environment": "Active commuters; Plogging & nature walk loggers",
    "Zero Waste & Recycling": "Plogging & nature walk loggers",
    "Organic & Natural Products": "Meal photo & food diary loggers",
    "Renewable Energy & Electric Vehicles": "E-bike riders",
    # pets
    "Pets": "Dog-walk loggers; Linked pet-tracker households",
    "Dogs & Puppies": "Dog-walk loggers",
    "Cats & Kittens": "Linked pet-tracker households",
    "Pet Food & Supplies": "Linked pet-tracker households",
    # cars
    "Cars & Motorbikes": "Long-distance drivers; Motorcycle ride loggers",
    "Motorsport & Racing": "Track-day & karting heart-rate loggers",
    "Car Tuning & Modification": "Track-day & karting heart-rate loggers",
    "Auto Parts & Accessories": "Long-distance drivers",
    # sports
    "Sports": "Golf round trackers; Court sport loggers",
    "Football & Soccer": "Football & five-a-side match loggers",
    "Basketball": "Court sport loggers",
    "Cycling": "Road cycling & smart-trainer riders; Active commuters",
    "Extreme Sports": "Surf, ski & snowboard session trackers",
    # home
    "Home Decor, Furniture & Garden": "Recently relocated users",
    "DIY & Crafts": "Yard work & DIY activity loggers",
    "Gardening & Plants": "Yard work & DIY activity loggers",
    "Interior Design & Architecture": "Recently relocated users",
    # entertainment
    "Television & Film": "Late-night screen-time sleepers",
    "Celebrities & Pop Culture": "Branded & celebrity challenge members",
    "Comedy & Memes": "",
    "Theatre & Performing Arts": "Dance cardio loggers",
    # education
    "Books & Literature": "Wind-down routine sleepers",
    "Education & Learning": "Campus & exam-season students",
    "Science": "Health research study participants",
    "History & Culture": "Weekend city-centre walkers",
    "Languages & Linguistics": "",
    # luxury
    "Luxury Goods": "Smart-ring & luxury smartwatch wearers",
    "Luxury Travel": "Jet-lag & time-zone travellers; Open-water & pool swimmers",
    "Fine Dining": "Meal photo & food diary loggers; Alcohol & sober-streak trackers",
    "Designer Fashion": "Designer watch face & band buyers",
    # outdoor
    "Camping & Hiking": "Multi-day hike & trek loggers",
    "Fishing & Hunting": "Hunting & fishing GPS trackers",
    "Mountaineering & Climbing": "Altitude & climbing loggers; Trail & ultra runners",
    "Outdoor Gear & Equipment": "Multi-day hike & trek loggers; Hunting & fishing GPS trackers;"
                                " Altitude & climbing loggers",
    # photography
    "Camera & Photography": "Photo walk loggers",
    "Art & Design": "Custom watch face creators",
    "Drawing & Illustration": "Custom watch face creators",
    "Film Making & Video Editing": "Action cam & GPS overlay users",
}

# niche -> {phrase: the latent interests whose holders are the phrase's audience}, written as
# a planner briefs an activity platform: devices worn, activities logged, challenges joined,
# routes and races, and the habits the data shows.
PHRASES: dict[str, dict[str, str]] = {
    "parenting": {
        "parents whose Fitbit shows three night wake-ups a week": "Parenting & Family",
        "mums logging buggy walks around the park": "Toys, Children & Baby;"
                                                   " Parenting & Family",
        "Flo and Natural Cycles users who linked their watch": "Pregnancy & Maternity",
        "families competing in a weekend step battle": "Friends, Family & Relationships;"
                                                       " Parenting & Family",
        "couples sharing their Apple Watch activity rings": "Friends, Family & Relationships",
    },
    "fitness": {
        "lifters who log every set on a Whoop": "Fitness & Gym",
        "F45 and Orangetheory members with a chest strap": "Fitness & Gym; Activewear",
        "wearers who close all three rings every day": "Healthy Lifestyle",
        "MyFitnessPal users who track protein grams": "Sports Nutrition & Supplements",
        "London and Berlin marathon finishers on Garmin": "Running & Marathons",
        "Vitality members earning points for steps": "Healthy Lifestyle;"
                                                     " Personal Finance & Investing",
    },
    "wellness": {
        "Oura members who check readiness before a yoga class": "Yoga & Pilates",
        "Headspace and Calm users who link their watch": "Meditation & Mindfulness",
        "Wim Hof breathers who log ice baths": "Alternative Medicine",
        "full-moon meditation circle regulars": "Spirituality & Astrology;"
                                                " Meditation & Mindfulness",
        "reformer Pilates fans who log four classes a week": "Yoga & Pilates; Fitness & Gym",
    },
    "beauty": {
        "women tracking water and sleep for clearer skin": "Skincare; Beauty & Cosmetics",
        "makeup artists on their feet twelve hours a day": "Beauty & Cosmetics",
        "hairdressers who swap bands to match their outfit": "Hair Care & Styling;"
                                                             " Clothes, Shoes, Handbags &"
                                                             " Accessories",
        "nail techs who change their Apple Watch face daily": "Nail Art",
        "perfume lovers who wear a gold-toned smartwatch": "Fragrances & Perfume;"
                                                          " Jewellery & Watches",
    },
    "fashion": {
        "buyers of Hermès Apple Watch bands": "Designer Fashion; Jewellery & Watches",
        "sneakerheads who log miles on every new pair": "Streetwear & Sneakers",
        "shoppers whose weekend steps peak on Oxford Street": "Shopping & Retail",
        "Lululemon loyalists on a Fitbit Luxe": "Activewear; Clothes, Shoes, Handbags &"
                                                " Accessories",
        "wearers of a Withings hybrid or a Garmin Lily": "Jewellery & Watches",
    },
    "gaming": {
        "gamers whose watch logs sleep after 3am": "Gaming; PC & Console Gaming",
        "esports pros tracking heart rate in clutch rounds": "Esports",
        "Twitch streamers who log eight sitting hours a day": "Streaming & Live Video",
        "anime fans whose sleep drops during a new season": "Anime & Manga",
        "Pokémon GO walkers who hatch eggs on their watch": "Gaming",
    },
    "tech": {
        "owners of a Galaxy Watch, Ring and Buds together": "Mobile Phones & Gadgets;"
                                                           " Electronics & Computers",
        "developers who sit for ten hours and code at night": "Software & Programming",
        "users who export Garmin data to spreadsheets and APIs": "Artificial Intelligence &"
                                                                 " Data",
        "Apple Heart and Movement Study volunteers": "Science; Artificial Intelligence & Data",
        "tech reviewers testing every new wearable": "Electronics & Computers",
    },
    "finance": {
        "founders who sleep five hours and wake at 5am": "Entrepreneurship",
        "consultants who cycle to the office": "Business & Careers",
        "traders whose stress score spikes at market open": "Personal Finance & Investing",
        "STEPN move-to-earn walkers": "Cryptocurrency & Blockchain; Healthy Lifestyle",
        "home buyers who just moved to a new postcode": "Real Estate",
    },
    "food": {
        "users who photograph every meal in Lose It!": "Restaurants, Food & Grocery;"
                                                      " Cooking & Recipes",
        "coffee drinkers logging four cups before noon": "Coffee, Tea & Beverages",
        "Dry January finishers who track their streak": "Beer, Wine & Spirits",
        "plant-based athletes logging every meal": "Vegan & Vegetarian Food",
        "home cooks tracking macros of their own recipes": "Cooking & Recipes",
        "wine lovers whose resting heart rate rises after tastings": "Beer, Wine & Spirits;"
                                                                    " Fine Dining",
    },
    "travel": {
        "long-haul flyers who adjust sleep across time zones": "Travel, Tourism & Aviation",
        "all-inclusive guests who swim in the resort pool": "Hotels & Resorts",
        "backpackers logging the Inca Trail and Annapurna": "Backpacking & Budget Travel;"
                                                           " Camping & Hiking",
        "van dwellers driving the Pacific Coast Highway": "Road Trips & Vanlife",
        "travellers who walk 25,000 steps on a city break": "Backpacking & Budget Travel;"
                                                           " History & Culture",
    },
    "music": {
        "Spotify users who run to 180-bpm playlists": "Music; Running & Marathons",
        "Glastonbury and Coachella goers with 30,000-step days": "Concerts & Festivals",
        "K-pop dance cover crews who log rehearsals": "K-Pop",
        "hip-hop dance class regulars": "Hip Hop & Rap",
        "drummers who track calories during gigs": "Musical Instruments",
    },
    "sustainability": {
        "commuters who swapped the car for the bike": "Sustainability & Environment; Cycling",
        "plogging runners who pick up litter": "Zero Waste & Recycling",
        "VanMoof and Cowboy riders with assisted-ride data": "Renewable Energy & Electric"
                                                            " Vehicles",
        "organic shoppers who log every meal": "Organic & Natural Products",
        "beach clean-up volunteers on Strava": "Zero Waste & Recycling;"
                                               " Sustainability & Environment",
    },
    "pets": {
        "dog owners who walk 90 minutes a day": "Dogs & Puppies",
        "owners who linked a Fi or Tractive collar": "Pets",
        "canicross runners with their dog": "Dogs & Puppies; Running & Marathons",
        "cat owners who linked a smart feeder": "Cats & Kittens; Pet Food & Supplies",
        "new puppy owners whose steps doubled": "Dogs & Puppies; Pets",
    },
    "cars": {
        "karting regulars at Teesside and Daytona": "Motorsport & Racing",
        "riders who log motorbike trips on a Garmin zumo": "Cars & Motorbikes",
        "Nürburgring track-day drivers": "Car Tuning & Modification; Motorsport & Racing",
        "drivers who log 40,000 km a year": "Cars & Motorbikes; Auto Parts & Accessories",
        "F1 fans whose heart rate peaks on race Sunday": "Motorsport & Racing",
    },
    "sports": {
        "Arccos and Garmin Approach golfers": "Sports",
        "Sunday-league footballers with a GPS vest": "Football & Soccer",
        "pickup basketball players who log games": "Basketball",
        "Zwift and Wahoo KICKR riders": "Cycling",
        "snowboarders tracking runs at Whistler and Niseko": "Extreme Sports",
        "padel and tennis players logging matches": "Sports",
    },
    "home": {
        "gardeners who burn 600 calories mowing": "Gardening & Plants",
        "weekend DIYers logging renovation workouts": "DIY & Crafts",
        "homeowners who just furnished a new flat": "Home Decor, Furniture & Garden;"
                                                    " Real Estate",
        "architects who walk site visits every day": "Interior Design & Architecture",
        "allotment holders logging steps on plot days": "Gardening & Plants",
    },
    "entertainment": {
        "Netflix bingers whose sleep starts at 2am": "Television & Film",
        "fans doing The Rock's Project Rock challenge": "Celebrities & Pop Culture",
        "West End dancers logging eight shows a week": "Theatre & Performing Arts",
        "stand-up comics who walk before every set": "Comedy & Memes; Healthy Lifestyle",
        "Taylor Swift Eras Tour step challenge joiners": "Celebrities & Pop Culture;"
                                                         " Concerts & Festivals",
    },
    "education": {
        "readers who log a Kindle wind-down before sleep": "Books & Literature",
        "university students whose sleep falls in exam weeks": "Education & Learning",
        "museum lovers walking the Louvre and the Met": "History & Culture",
        "citizen scientists in Fitbit research programmes": "Science",
        "Duolingo learners who practise on their morning walk": "Languages & Linguistics;"
                                                                " Healthy Lifestyle",
        "teachers who log 12,000 steps on a school day": "Education & Learning",
    },
    "luxury": {
        "owners of a gold Apple Watch Ultra and a Rolex": "Luxury Goods; Jewellery & Watches",
        "first-class travellers who swim at Aman resorts": "Luxury Travel",
        "tasting-menu diners who track wine and sleep": "Fine Dining",
        "wearers of a Tag Heuer Connected": "Luxury Goods",
        "buyers of Gucci and Chanel watch straps": "Designer Fashion",
    },
    "outdoor": {
        "thru-hikers tracking the Appalachian Trail": "Camping & Hiking",
        "hunters with a Garmin Tactix and an Alpha collar": "Fishing & Hunting",
        "Everest base camp trekkers with altitude alerts": "Mountaineering & Climbing",
        "anglers who mark fishing spots on their watch": "Fishing & Hunting",
        "outdoor gear testers who log every trip": "Outdoor Gear & Equipment",
        "boulderers logging climbing sessions": "Mountaineering & Climbing",
    },
    "photography": {
        "street photographers logging golden-hour walks": "Camera & Photography",
        "GoPro mountain bikers who overlay speed and heart rate": "Film Making & Video Editing;"
                                                                  " Extreme Sports",
        "illustrators who design Garmin Connect IQ faces": "Drawing & Illustration",
        "designers who sell watch faces on Facer": "Art & Design",
        "wedding photographers who walk 20,000 steps a shoot": "Camera & Photography",
        "vloggers who film their runs with an Insta360": "Film Making & Video Editing;"
                                                         " Running & Marathons",
    },
}

# Hand-written evaluation segments (keyword arguments of ``segments._seg``). Age and country
# are deliberately correlated in wearables-new-parents-se, wearables-students-jp and
# wearables-retired-golfers-us; wearables-hard-* use phrases whose interests a device cannot
# see or reach patterns that gather several niches.
FIXED_SEGMENTS: tuple[dict[str, Any], ...] = (
    dict(id="wearables-new-parents-se", name="New parents 25-34 in Sweden",
         description="""Swedish parents with broken sleep who log buggy walks and share
         family step battles.""",
         ages=["25-34"],
         interests=["parents whose Fitbit shows three night wake-ups a week",
                    "mums logging buggy walks around the park",
                    "families competing in a weekend step battle"],
         countries=["SE"], languages=["sv"]),
    dict(id="wearables-students-jp", name="University students 18-24 in Japan",
         description="""Japanese students whose sleep falls in exam weeks, who stay up with
         anime and log K-pop dance rehearsals.""",
         ages=["18-24"],
         interests=["university students whose sleep falls in exam weeks",
                    "anime fans whose sleep drops during a new season",
                    "K-pop dance cover crews who log rehearsals"],
         countries=["JP"], filters={"platforms": ["tiktok", "youtube"]}),
    dict(id="wearables-retired-golfers-us", name="Retired golfers and walkers 55+ in the US",
         description="""American retirees with a golf tracker, a daily dog walk and a
         research-study enrolment.""",
         ages=["55-64", "65+"],
         interests=["Arccos and Garmin Approach golfers", "dog owners who walk 90 minutes a day",
                    "Apple Heart and Movement Study volunteers"],
         countries=["US"], filters={"platforms": ["youtube", "x"]}),
    dict(id="wearables-marathoners-de-at", name="Marathon runners 25-54 in Germany and "
         "Austria", description="""Garmin-tracked marathon finishers who run to 180-bpm
         playlists and log protein.""",
         ages=["25-34", "35-44", "45-54"],
         interests=["London and Berlin marathon finishers on Garmin",
                    "Spotify users who run to 180-bpm playlists",
                    "MyFitnessPal users who track protein grams"],
         countries={"DE": 1.0, "AT": 0.5}, languages=["de"]),
    dict(id="wearables-gym-us-ca", name="Gym and class regulars 18-34 in the US and Canada",
         description="""Whoop lifters, Orangetheory members and ring closers.""",
         ages=["18-24", "25-34"],
         interests=["lifters who log every set on a Whoop",
                    "F45 and Orangetheory members with a chest strap",
                    "wearers who close all three rings every day"],
         countries={"US": 1.0, "CA": 0.4}, filters={"platforms": ["instagram", "tiktok"]}),
    dict(id="wearables-mindful-women-au-nz", name="Mindful movers, women 25-44 in Australia "
         "and New Zealand", description="""Women who check readiness before yoga, link
         Headspace and log reformer classes.""",
         ages=["25-34", "35-44"],
         interests=["Oura members who check readiness before a yoga class",
                    "Headspace and Calm users who link their watch",
                    "reformer Pilates fans who log four classes a week"],
         genders=["female"], countries={"AU": 1.0, "NZ": 0.5}),
    dict(id="wearables-cyclists-nl-be", name="Cyclists and e-bike commuters 25-54 in the "
         "Netherlands and Belgium", description="""Zwift riders, e-bike commuters and people
         who swapped the car for the bike.""",
         ages=["25-34", "35-44", "45-54"],
         interests=["Zwift and Wahoo KICKR riders",
                    "VanMoof and Cowboy riders with assisted-ride data",
                    "commuters who swapped the car for the bike"],
         countries={"NL": 1.0, "BE": 0.6}),
    dict(id="wearables-hikers-ch-fr", name="Hikers and climbers 25-54 in Switzerland and "
         "France", description="""Thru-hikers, Everest base camp trekkers and boulderers.""",
         ages=["25-34", "35-44", "45-54"],
         interests=["thru-hikers tracking the Appalachian Trail",
                    "Everest base camp trekkers with altitude alerts",
                    "boulderers logging climbing sessions"],
         countries={"CH": 1.0, "FR": 0.7}, filters={"platforms": ["instagram", "youtube"]}),
    dict(id="wearables-footballers-gb", name="Sunday-league footballers, men 18-44 in the UK",
         description="""Men wearing a GPS vest on Sundays, playing padel in the week and
         karting with mates.""",
         ages=["18-24", "25-34", "35-44"],
         interests=["Sunday-league footballers with a GPS vest",
                    "padel and tennis players logging matches",
                    "karting regulars at Teesside and Daytona"],
         genders=["male"], countries=["GB"]),
    dict(id="wearables-gamers-kr", name="Late-night gamers and streamers 18-34 in South Korea",
         description="""Gamers sleeping after 3am, esports pros and long-sitting streamers.""",
         ages=["18-24", "25-34"],
         interests=["gamers whose watch logs sleep after 3am",
                    "esports pros tracking heart rate in clutch rounds",
                    "Twitch streamers who log eight sitting hours a day"],
         countries=["KR"], filters={"platforms": ["twitch", "youtube"]}),
    dict(id="wearables-snow-surf-ca-jp", name="Snowboarders and action-cam riders 18-44 in "
         "Canada and Japan", description="""Riders tracking runs at Whistler and Niseko and
         filming trails with speed overlays.""",
         ages=["18-24", "25-34", "35-44"],
         interests=["snowboarders tracking runs at Whistler and Niseko",
                    "GoPro mountain bikers who overlay speed and heart rate"],
         countries={"CA": 1.0, "JP": 0.6}),
    dict(id="wearables-foodies-it-es", name="Food and wine loggers 25-54 in Italy and Spain",
         description="""People who photograph every meal, track wine tastings and log home
         recipes.""",
         ages=["25-34", "35-44", "45-54"],
         interests=["users who photograph every meal in Lose It!",
                    "wine lovers whose resting heart rate rises after tastings",
                    "home cooks tracking macros of their own recipes"],
         countries={"IT": 1.0, "ES": 0.8}),
    dict(id="wearables-luxury-ae-sa", name="Luxury smartwatch wearers 25-54 in the UAE and "
         "Saudi Arabia", description="""Owners of a gold Apple Watch and a Rolex, Hermès band
         buyers and first-class travellers.""",
         ages=["25-34", "35-44", "45-54"],
         interests=["owners of a gold Apple Watch Ultra and a Rolex",
                    "buyers of Hermès Apple Watch bands",
                    "first-class travellers who swim at Aman resorts"],
         countries={"AE": 1.0, "SA": 0.7}, filters={"followers": {"min": 20000}}),
    dict(id="wearables-festival-goers-gb-us", name="Festival-goers 18-34 in the UK and US",
         description="""Glastonbury and Coachella goers, hip-hop dance class regulars and Eras
         Tour step challengers.""",
         ages=["18-24", "25-34"],
         interests=["Glastonbury and Coachella goers with 30,000-step days",
                    "hip-hop dance class regulars",
                    "Taylor Swift Eras Tour step challenge joiners"],
         countries={"GB": 1.0, "US": 1.0}, filters={"platforms": ["tiktok", "instagram"]}),
    dict(id="wearables-dog-owners-ie-gb", name="Dog owners 25-64 in Ireland and the UK",
         description="""Dog walkers, canicross runners and owners who linked a GPS collar.""",
         ages=["25-34", "35-44", "45-54", "55-64"],
         interests=["dog owners who walk 90 minutes a day",
                    "canicross runners with their dog",
                    "owners who linked a Fi or Tractive collar"],
         countries={"IE": 1.0, "GB": 0.8}, filters={"followers": {"max": 500000}}),
    dict(id="wearables-devs-in", name="Developers and data tinkerers 18-34 in India",
         description="""Indian developers who code at night, export their Garmin data and
         review every new wearable.""",
         ages=["18-24", "25-34"],
         interests=["developers who sit for ten hours and code at night",
                    "users who export Garmin data to spreadsheets and APIs",
                    "tech reviewers testing every new wearable"],
         countries=["IN"], languages=["en"]),
    dict(id="wearables-hard-devices-cannot-see-br", name="Perfume lovers, crypto walkers and "
         "comics 18-44 in Brazil", description="""People whose interests mostly no device
         sees: perfume, move-to-earn crypto and stand-up comedy.""",
         ages=["18-24", "25-34", "35-44"],
         interests=["perfume lovers who wear a gold-toned smartwatch",
                    "STEPN move-to-earn walkers",
                    "stand-up comics who walk before every set"],
         countries=["BR"], languages=["pt"]),
    dict(id="wearables-hard-late-nights-us-ph", name="Night owls 18-34 in the US and the "
         "Philippines", description="""Netflix bingers, anime fans and gamers: one late-night
         sleep pattern gathers film, anime and gaming.""",
         ages=["18-24", "25-34"],
         interests=["Netflix bingers whose sleep starts at 2am",
                    "anime fans whose sleep drops during a new season",
                    "gamers whose watch logs sleep after 3am"],
         countries={"US": 1.0, "PH": 0.8}),
    dict(id="wearables-hard-watch-faces-fr-it", name="Watch-face and band customisers "
         "18-44 in France and Italy", description="""Nail techs changing faces daily, Gucci
         strap buyers and Facer designers: one band-buyers label gathers nail art, fashion and
         jewellery.""",
         ages=["18-24", "25-34", "35-44"],
         interests=["nail techs who change their Apple Watch face daily",
                    "buyers of Gucci and Chanel watch straps",
                    "designers who sell watch faces on Facer"],
         genders=["female"], countries={"FR": 1.0, "IT": 0.8}),
    dict(id="wearables-hard-city-walkers-es-pt", name="City walkers 18-54 in Spain and "
         "Portugal", description="""Weekend shoppers, city-break walkers and museum lovers: one
         city-centre walking pattern gathers shopping, budget travel and history.""",
         ages=["18-24", "25-34", "35-44", "45-54"],
         interests=["shoppers whose weekend steps peak on Oxford Street",
                    "travellers who walk 25,000 steps on a city break",
                    "museum lovers walking the Louvre and the Met"],
         countries={"ES": 1.0, "PT": 0.7}),
)
