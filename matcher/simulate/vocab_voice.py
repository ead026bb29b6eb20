"""Held-out vocabulary ``voice``: a voice assistant's user audiences by what people ask it.

Modelled on the audiences a voice-assistant and smart-speaker platform sells (in the style of a
smart-speaker maker's first-party segments built from the requests people make, the skills and
actions they enable, the routines they set and the devices they link): people are known by
what they ask for out loud, and reported under a kind of request ("Live score & fixture
askers", "Daily horoscope & tarot askers", "Cocktail recipe & wine-pairing askers"), a skill or
linked device ("Pet camera & treat-dispenser users", "Custom skill & developer-console users",
"Smart-display photo-frame users") or a routine ("Thermostat & energy-saving routine
households", "Pet feeding & walk reminder setters", "Morning briefing & business news
listeners"). An interest shows only through something people ask a speaker, so granularity
follows the requests and skills: the home splits into lighting scenes, automations, watering
reminders and measurements, pets into calming sounds, feeding reminders and pet cameras, food
into recipes, grocery lists, takeaways, kettles and cocktails, while beauty is one
getting-ready label, fashion a parcel tracker, a reorder and a drop reminder, and the outdoors
one tide-and-sunrise request. Requests and devices gather unrelated niches: "Premium
multi-room & hi-fi speaker households" (luxury goods, music, electronics), "Tide-time &
sunrise askers" (hiking, fishing and hunting, climbing, outdoor gear, photography), "Garage &
workshop hands-free users" (car tuning, car parts, crafts), "Voice shopping & reorder users"
(shopping, clothes, activewear), "Live score & fixture askers" (sport, football, basketball,
esports), "Release-date & drop-reminder setters" (sneakers and games), "Smart-display
photo-frame users" (family, photography, art). Interests that make nobody ask a speaker
anything have no label: nail art, perfume, designer fashion, and drawing and illustration.
Phrases are written the way a planner briefs a voice-assistant provider: what people ask,
the skills, services and devices they use by voice, and the routines of their day.

Written blind (without reading the matcher, its interest-matching notes or its results),
before any tuning or measurement of the matcher on it; it must not be adjusted to the
matcher's results. Strings are ";"-separated lists.
"""

from __future__ import annotations

from typing import Any

NAME = "voice"
DESCRIPTION = ("Voice-assistant style: 64 user audiences named by request, skill or linked "
               "device and routine; requests and devices gather several niches, four "
               "interests that make nobody ask a speaker anything have no label.")

LABELS: tuple[str, ...] = (
    # family
    "Bedtime story & lullaby requesters", "Baby-monitor & white-noise users",
    "Family calendar & chore-chart households", "Homework-help & spelling askers",
    "Drop-in & video-call households", "Smart-display photo-frame users",
    # health and fitness
    "Symptom & home-remedy askers", "Workout timer & interval coach users",
    "Step-count & health-stat askers", "Water & supplement reminder setters",
    "Running playlist & pace-coach users", "Yoga flow & stretch-session users",
    "Guided meditation & sleep-sound listeners", "Daily horoscope & tarot askers",
    # beauty and fashion
    "Getting-ready routine & beauty-tip askers", "Voice shopping & reorder users",
    "Parcel-tracking & delivery-update askers", "Smartwatch-paired assistant users",
    "Release-date & drop-reminder setters",
    # screens and tech
    "Voice game & quiz-show players", "Console & TV voice-remote users",
    "Anime soundtrack & Asian-pop requesters", "Smart-home automation & routine builders",
    "Premium multi-room & hi-fi speaker households", "Find-my-phone & device-linking users",
    "Custom skill & developer-console users", "AI chat & open-question askers",
    # money and work
    "Morning briefing & business news listeners", "Calendar, meeting & to-do reminder setters",
    "Stock, crypto & market-price askers", "Home energy & bill-tracking households",
    # food and drink
    "Grocery list & voice-ordering households", "Takeaway reorder & restaurant-booking askers",
    "Step-by-step recipe & kitchen-timer users", "Coffee-maker & smart-kettle routine users",
    "Cocktail recipe & wine-pairing askers",
    # travel
    "Flight status & travel-time askers", "Translation & phrase-of-the-day users",
    "Hotel-room assistant users", "In-car assistant & route users",
    # music and stage
    "Song-request & radio-station listeners", "Showtime, gig & ticket-booking askers",
    "Tuner, metronome & practice-timer users",
    # environment and pets
    "Thermostat & energy-saving routine households",
    "Recycling-day & bin-collection reminder setters", "EV charge & car-status askers",
    "Pet-calming music & dog-TV listeners", "Pet feeding & walk reminder setters",
    "Pet camera & treat-dispenser users",
    # cars and sport
    "Race result & F1 schedule askers", "Garage & workshop hands-free users",
    "Live score & fixture askers", "Live commentary & match-radio listeners",
    "Indoor-trainer & ride-session users", "Snow report & surf-condition askers",
    # home
    "Garden-watering & plant-care reminder setters", "Measurement, conversion & DIY-help askers",
    "Mood lighting & ambience scene users",
    # entertainment and learning
    "Who's-that-actor & celebrity-trivia askers", "Joke, fun-fact & easter-egg askers",
    "Audiobook & read-aloud listeners", "Voice-memo & dictation users",
    "History & on-this-day fact askers",
    # outdoors
    "Tide-time & sunrise askers",
)

# Latent interest -> the user audiences a follower holding it is reported under (none for
# four interests that make nobody ask a speaker anything).
REPORTS: dict[str, str] = {
    # parenting
    "Toys, Children & Baby": "Bedtime story & lullaby requesters;"
                             " Baby-monitor & white-noise users",
    "Parenting & Family": "Family calendar & chore-chart households;"
                          " Homework-help & spelling askers",
    "Friends, Family & Relationships": "Drop-in & video-call households;"
                                       " Smart-display photo-frame users",
    "Pregnancy & Maternity": "Baby-monitor & white-noise users; Symptom & home-remedy askers",
    # fitness
    "Fitness & Gym": "Workout timer & interval coach users; Indoor-trainer & ride-session users",
    "Healthy Lifestyle": "Step-count & health-stat askers; Water & supplement reminder setters",
    "Sports Nutrition & Supplements": "Water & supplement reminder setters",
    "Activewear": "Voice shopping & reorder users",
    "Running & Marathons": "Running playlist & pace-coach users;"
                           " Step-count & health-stat askers",
    # wellness
    "Yoga & Pilates": "Yoga flow & stretch-session users",
    "Meditation & Mindfulness": "Guided meditation & sleep-sound listeners",
    "Alternative Medicine": "Symptom & home-remedy askers",
    "Spirituality & Astrology": "Daily horoscope & tarot askers",
    # beauty
    "Beauty & Cosmetics": "Getting-ready routine & beauty-tip askers",
    "Skincare": "Getting-ready routine & beauty-tip askers",
    "Hair Care & Styling": "Getting-ready routine & beauty-tip askers",
    "Fragrances & Perfume": "",
    "Nail Art": "",
    # fashion
    "Clothes, Shoes, Handbags & Accessories": "Voice shopping & reorder users;"
                                              " Parcel-tracking & delivery-update askers",
    "Jewellery & Watches": "Smartwatch-paired assistant users",
    "Streetwear & Sneakers": "Release-date & drop-reminder setters",
    "Shopping & Retail": "Voice shopping & reorder users;"
                         " Parcel-tracking & delivery-update askers",
    # gaming
    "Gaming": "Voice game & quiz-show players; Release-date & drop-reminder setters",
    "Esports": "Live score & fixture askers",
    "PC & Console Gaming": "Console & TV voice-remote users",
    "Anime & Manga": "Anime soundtrack & Asian-pop requesters",
    "Streaming & Live Video": "Console & TV voice-remote users; Drop-in & video-call households",
    # tech
    "Electronics & Computers": "Smart-home automation & routine builders;"
                               " Premium multi-room & hi-fi speaker households",
    "Mobile Phones & Gadgets": "Smartwatch-paired assistant users;"
                               " Find-my-phone & device-linking users",
    "Software & Programming": "Custom skill & developer-console users",
    "Artificial Intelligence & Data": "Custom skill & developer-console users;"
                                      " AI chat & open-question askers",
    # finance
    "Business & Careers": "Morning briefing & business news listeners;"
                          " Calendar, meeting & to-do reminder setters",
    "Personal Finance & Investing": "Stock, crypto & market-price askers;"
                                    " Home energy & bill-tracking households",
    "Cryptocurrency & Blockchain": "Stock, crypto & market-price askers",
    "Real Estate": "Home energy & bill-tracking households",
    "Entrepreneurship": "Morning briefing & business news listeners;"
                        " Calendar, meeting & to-do reminder setters",
    # food
    "Restaurants, Food & Grocery": "Grocery list & voice-ordering households;"
                                   " Takeaway reorder & restaurant-booking askers",
    "Cooking & Recipes": "Step-by-step recipe & kitchen-timer users",
    "Coffee, Tea & Beverages": "Coffee-maker & smart-kettle routine users",
    "Beer, Wine & Spirits": "Cocktail recipe & wine-pairing askers",
    "Vegan & Vegetarian Food": "Step-by-step recipe & kitchen-timer users;"
                               " Grocery list & voice-ordering households",
    # travel
    "Travel, Tourism & Aviation": "Flight status & travel-time askers;"
                                  " Translation & phrase-of-the-day users",
    "Hotels & Resorts": "Hotel-room assistant users",
    "Backpacking & Budget Travel": "Translation & phrase-of-the-day users;"
                                   " Flight status & travel-time askers",
    "Road Trips & Vanlife": "In-car assistant & route users",
    # music
    "Music": "Song-request & radio-station listeners;"
             " Premium multi-room & hi-fi speaker households",
    "Concerts & Festivals": "Showtime, gig & ticket-booking askers",
    "Hip Hop & Rap": "Song-request & radio-station listeners",
    "Musical Instruments": "Tuner, metronome & practice-timer users",
    "K-Pop": "Song-request & radio-station listeners; Anime soundtrack & Asian-pop requesters",
    # sustainability
    "Sustainability & Environment": "Thermostat & energy-saving routine households;"
                                    " Recycling-day & bin-collection reminder setters",
    "Zero Waste & Recycling": "Recycling-day & bin-collection reminder setters",
    "Organic & Natural Products": "Grocery list & voice-ordering households",
    "Renewable Energy & Electric Vehicles": "Thermostat & energy-saving routine households;"
                                            " EV charge & car-status askers",
    # pets
    "Pets": "Pet-calming music & dog-TV listeners",
    "Dogs & Puppies": "Pet-calming music & dog-TV listeners;"
                      " Pet feeding & walk reminder setters",
    "Cats & Kittens": "Pet-calming music & dog-TV listeners; Pet camera & treat-dispenser users",
    "Pet Food & Supplies": "Pet feeding & walk reminder setters;"
                           " Pet camera & treat-dispenser users",
    # cars
    "Cars & Motorbikes": "In-car assistant & route users; EV charge & car-status askers",
    "Motorsport & Racing": "Race result & F1 schedule askers",
    "Car Tuning & Modification": "Garage & workshop hands-free users",
    "Auto Parts & Accessories": "Garage & workshop hands-free users",
    # sports
    "Sports": "Live score & fixture askers; Live commentary & match-radio listeners",
    "Football & Soccer": "Live score & fixture askers; Live commentary & match-radio listeners",
    "Basketball": "Live score & fixture askers",
    "Cycling": "Indoor-trainer & ride-session users",
    "Extreme Sports": "Snow report & surf-condition askers",
    # home
    "Home Decor, Furniture & Garden": "Smart-home automation & routine builders;"
                                      " Mood lighting & ambience scene users",
    "DIY & Crafts": "Measurement, conversion & DIY-help askers;"
                    " Garage & workshop hands-free users",
    "Gardening & Plants": "Garden-watering & plant-care reminder setters",
    "Interior Design & Architecture": "Mood lighting & ambience scene users;"
                                      " Smart-home automation & routine builders",
    # entertainment
    "Television & Film": "Console & TV voice-remote users;"
                         " Who's-that-actor & celebrity-trivia askers",
    "Celebrities & Pop Culture": "Who's-that-actor & celebrity-trivia askers",
    "Comedy & Memes": "Joke, fun-fact & easter-egg askers",
    "Theatre & Performing Arts": "Showtime, gig & ticket-booking askers",
    # education
    "Books & Literature": "Audiobook & read-aloud listeners; Voice-memo & dictation users",
    "Education & Learning": "Homework-help & spelling askers; AI chat & open-question askers",
    "Science": "AI chat & open-question askers",
    "History & Culture": "History & on-this-day fact askers; Voice game & quiz-show players",
    "Languages & Linguistics": "Translation & phrase-of-the-day users",
    # luxury
    "Luxury Goods": "Premium multi-room & hi-fi speaker households",
    "Luxury Travel": "Hotel-room assistant users; Flight status & travel-time askers",
    "Fine Dining": "Takeaway reorder & restaurant-booking askers;"
                   " Cocktail recipe & wine-pairing askers",
    "Designer Fashion": "",
    # outdoor
    "Camping & Hiking": "Tide-time & sunrise askers",
    "Fishing & Hunting": "Tide-time & sunrise askers",
    "Mountaineering & Climbing": "Snow report & surf-condition askers;"
                                 " Tide-time & sunrise askers",
    "Outdoor Gear & Equipment": "Tide-time & sunrise askers",
    # photography
    "Camera & Photography": "Smart-display photo-frame users; Tide-time & sunrise askers",
    "Art & Design": "Smart-display photo-frame users",
    "Drawing & Illustration": "",
    "Film Making & Video Editing": "Voice-memo & dictation users",
}

# Segment phrase -> the latent interests that truly define its audience, grouped by the niche
# random segments draw it for. Written before any measurement.
PHRASES: dict[str, dict[str, str]] = {
    "parenting": {
        "toddlers who ask the speaker for Baby Shark on repeat": "Toys, Children & Baby",
        "parents who run the family schedule on an Echo Show": "Parenting & Family",
        "grandparents who video-call the grandkids on a Nest Hub":
            "Friends, Family & Relationships",
        "new mums playing white noise on the nursery speaker":
            "Pregnancy & Maternity; Toys, Children & Baby",
        "expectant parents asking how big the baby is this week": "Pregnancy & Maternity",
        "long-distance couples who drop in on each other's Echo":
            "Friends, Family & Relationships",
    },
    "fitness": {
        "home exercisers who ask for a 20-minute HIIT timer": "Fitness & Gym",
        "marathoners who ask for their weekly mileage": "Running & Marathons",
        "Couch to 5K beginners with a voice coach": "Running & Marathons; Healthy Lifestyle",
        "gym-goers reminded to take their creatine":
            "Sports Nutrition & Supplements; Fitness & Gym",
        "health-conscious users asking how many steps they've done": "Healthy Lifestyle",
        "Nike and Gymshark shoppers reordering leggings by voice": "Activewear",
    },
    "wellness": {
        "insomniacs falling asleep to rain sounds": "Meditation & Mindfulness",
        "Headspace users starting the day with a guided breath": "Meditation & Mindfulness",
        "Pilates fans following a stretch routine on a Nest Hub": "Yoga & Pilates",
        "astrology lovers asking for their Scorpio horoscope each morning":
            "Spirituality & Astrology",
        "herbal-remedy fans asking what helps a sore throat": "Alternative Medicine",
        "tarot readers who pull a daily card by voice": "Spirituality & Astrology",
    },
    "beauty": {
        "women who ask for makeup tips while getting ready": "Beauty & Cosmetics",
        "skincare fans asking the UV index before choosing an SPF": "Skincare",
        "curly-haired users timing a deep-conditioning mask by voice": "Hair Care & Styling",
        "perfume lovers asking the speaker to reorder their Dior Sauvage":
            "Fragrances & Perfume; Shopping & Retail",
        "nail artists timing gel layers with a voice timer": "Nail Art; Beauty & Cosmetics",
    },
    "fashion": {
        "online shoppers asking where their parcel is every day": "Shopping & Retail",
        "Zara and H&M shoppers reordering basics by voice":
            "Clothes, Shoes, Handbags & Accessories; Shopping & Retail",
        "Apple Watch and Galaxy Watch owners paired with their assistant":
            "Jewellery & Watches; Mobile Phones & Gadgets",
        "sneakerheads setting reminders for Nike SNKRS drops": "Streetwear & Sneakers",
        "Gucci and Prada buyers tracking designer deliveries":
            "Designer Fashion; Shopping & Retail",
    },
    "gaming": {
        "players of voice quiz games like Jeopardy! on Alexa": "Gaming",
        "gamers counting down to the GTA VI launch": "Gaming",
        "esports fans asking for the League of Legends Worlds score": "Esports",
        "Xbox owners who tell the speaker to turn on the console": "PC & Console Gaming",
        "anime fans asking for the Attack on Titan opening theme": "Anime & Manga",
        "Twitch viewers who cast streams to the TV by voice": "Streaming & Live Video",
    },
    "tech": {
        "smart-home tinkerers with fifty Zigbee devices": "Electronics & Computers",
        "Home Assistant users who write their own automations":
            "Electronics & Computers; Software & Programming",
        "developers building Alexa skills": "Software & Programming",
        "people who ask Gemini on their speaker anything that pops into their head":
            "Artificial Intelligence & Data",
        "owners who ask the speaker to ring their lost phone": "Mobile Phones & Gadgets",
        "machine-learning engineers testing voice models at home":
            "Artificial Intelligence & Data; Software & Programming",
    },
    "finance": {
        "investors asking how the FTSE closed": "Personal Finance & Investing",
        "Bitcoin holders asking the price before bed": "Cryptocurrency & Blockchain",
        "executives who get a Bloomberg flash briefing at 7am": "Business & Careers",
        "freelancers who dictate to-dos to their speaker": "Entrepreneurship",
        "landlords checking smart meters in their rental flats": "Real Estate",
        "homeowners asking what this month's electricity bill will be":
            "Real Estate; Personal Finance & Investing",
    },
    "food": {
        "home cooks following Jamie Oliver recipes on an Echo Show": "Cooking & Recipes",
        "families adding milk to the shopping list by voice": "Restaurants, Food & Grocery",
        "Domino's regulars who reorder pizza through Alexa": "Restaurants, Food & Grocery",
        "tea drinkers whose kettle boils when the alarm goes off": "Coffee, Tea & Beverages",
        "home bartenders asking how to make a negroni": "Beer, Wine & Spirits",
        "vegans asking for a substitute for eggs in baking": "Vegan & Vegetarian Food",
    },
    "travel": {
        "frequent flyers asking if their BA flight is on time": "Travel, Tourism & Aviation",
        "backpackers learning Spanish phrases before a trip to Peru":
            "Backpacking & Budget Travel; Languages & Linguistics",
        "guests using the Alexa in their Marriott room": "Hotels & Resorts",
        "road trippers asking Google for the next petrol station": "Road Trips & Vanlife",
        "vanlifers with a speaker wired into their campervan": "Road Trips & Vanlife",
    },
    "music": {
        "Spotify listeners who ask for a 90s playlist": "Music",
        "BBC Radio 1 listeners in the kitchen": "Music",
        "rap fans asking for the new Kendrick album": "Hip Hop & Rap",
        "guitar players who use a voice tuner": "Musical Instruments",
        "Blackpink fans asking for the latest comeback": "K-Pop",
        "festival-goers asking when Coldplay tickets go on sale": "Concerts & Festivals",
    },
    "sustainability": {
        "households that ask when the recycling bin goes out": "Zero Waste & Recycling",
        "eco-minded families running an energy-saving routine on Nest":
            "Sustainability & Environment",
        "Tesla owners asking how much charge the car has":
            "Renewable Energy & Electric Vehicles",
        "solar-panel owners asking how much the roof made today":
            "Renewable Energy & Electric Vehicles",
        "organic shoppers ordering Ocado veg boxes by voice": "Organic & Natural Products",
        "climate worriers asking about today's air pollution": "Sustainability & Environment",
    },
    "pets": {
        "dog owners who leave calming music on when they go out": "Dogs & Puppies",
        "cat owners who talk to their cat through a Furbo":
            "Cats & Kittens; Pet Food & Supplies",
        "puppy owners reminded about the evening walk": "Dogs & Puppies",
        "pet lovers who play animal sounds for the kids": "Pets; Toys, Children & Baby",
        "Chewy subscribers reminded to reorder kibble": "Pet Food & Supplies",
    },
    "cars": {
        "F1 fans asking who won the Monaco Grand Prix": "Motorsport & Racing",
        "drivers using Alexa Auto on the commute": "Cars & Motorbikes",
        "project-car builders asking for torque specs with greasy hands":
            "Car Tuning & Modification",
        "Halfords shoppers ordering wiper blades by voice": "Auto Parts & Accessories",
        "bikers asking for the route before a Sunday ride": "Cars & Motorbikes",
        "NASCAR fans asking when the Daytona 500 starts": "Motorsport & Racing",
    },
    "sports": {
        "Premier League fans asking for the Arsenal score": "Football & Soccer",
        "football fans listening to talkSPORT commentary in the garden":
            "Football & Soccer; Sports",
        "NBA fans asking how the Lakers did": "Basketball",
        "Zwift riders who start a session by voice": "Cycling",
        "skiers asking for the snow depth in Val d'Isère": "Extreme Sports",
        "fantasy football managers asking for injury news": "Sports; Football & Soccer",
    },
    "home": {
        "Philips Hue owners with a different lighting scene for every room":
            "Home Decor, Furniture & Garden",
        "gardeners asking the speaker when to water the tomatoes": "Gardening & Plants",
        "DIYers asking how many millimetres are in an inch": "DIY & Crafts",
        "interior designers who set up smart blinds for clients":
            "Interior Design & Architecture",
        "crafters timing resin pours by voice": "DIY & Crafts",
        "allotment growers asking when the first frost is due": "Gardening & Plants",
    },
    "entertainment": {
        "viewers asking who that actor is in the Netflix show":
            "Television & Film; Celebrities & Pop Culture",
        "Fire TV owners who search for shows by voice": "Television & Film",
        "people who ask Alexa to tell them a joke": "Comedy & Memes",
        "celebrity-news fans asking how old Beyoncé is": "Celebrities & Pop Culture",
        "theatregoers asking what's on at the National Theatre": "Theatre & Performing Arts",
    },
    "education": {
        "Audible listeners who finish books in the kitchen": "Books & Literature",
        "children asking for help with their times tables": "Education & Learning",
        "curious minds asking how far away the Moon is": "Science",
        "history buffs asking which battle happened in 1066": "History & Culture",
        "language learners practising French with the speaker": "Languages & Linguistics",
        "novelists dictating chapters on long walks": "Books & Literature",
    },
    "luxury": {
        "Bang & Olufsen owners with multi-room audio": "Luxury Goods",
        "guests of Four Seasons suites asking for room service":
            "Luxury Travel; Hotels & Resorts",
        "first-class flyers asking about their Emirates flight": "Luxury Travel",
        "fine-dining fans asking for a table at The Ledbury": "Fine Dining",
        "sommelier-minded diners asking which wine goes with lamb":
            "Fine Dining; Beer, Wine & Spirits",
    },
    "outdoor": {
        "anglers asking for high tide on the Cornish coast": "Fishing & Hunting",
        "hikers asking what time the sun sets before a walk": "Camping & Hiking",
        "climbers asking how cold it will be at the summit": "Mountaineering & Climbing",
        "campers asking the speaker in the van when sunrise is":
            "Camping & Hiking; Road Trips & Vanlife",
        "duck hunters checking legal shooting hours by voice": "Fishing & Hunting",
        "gear buyers reordering gas canisters from REI": "Outdoor Gear & Equipment",
    },
    "photography": {
        "families showing holiday photos on an Echo Show frame":
            "Camera & Photography; Friends, Family & Relationships",
        "photographers asking when golden hour starts": "Camera & Photography",
        "art lovers displaying museum paintings on a Nest Hub": "Art & Design",
        "YouTubers dictating video scripts": "Film Making & Video Editing",
        "illustrators listening to audiobooks while they draw":
            "Drawing & Illustration; Books & Literature",
        "filmmakers timing a shoot by voice": "Film Making & Video Editing",
    },
}

# Hand-written evaluation segments (keyword arguments of ``segments._seg``). Age and country
# are deliberately correlated in voice-young-families-us, voice-students-jp and
# voice-retired-gardeners-gb; voice-hard-* use phrases whose interests make nobody ask a
# speaker anything or reach requests and devices that gather several niches.
FIXED_SEGMENTS: tuple[dict[str, Any], ...] = (
    dict(id="voice-young-families-us", name="Young families 25-44 in the US",
         description="""American parents with a nursery speaker, a family calendar on the
         Echo Show and a toddler asking for songs.""",
         ages=["25-34", "35-44"],
         interests=["new mums playing white noise on the nursery speaker",
                    "parents who run the family schedule on an Echo Show",
                    "toddlers who ask the speaker for Baby Shark on repeat"],
         countries=["US"], languages=["en"]),
    dict(id="voice-students-jp", name="Students and anime fans 18-24 in Japan",
         description="""Young Japanese who ask for anime openings, play voice quiz games and
         practise languages with a speaker.""",
         ages=["18-24"],
         interests=["anime fans asking for the Attack on Titan opening theme",
                    "players of voice quiz games like Jeopardy! on Alexa",
                    "language learners practising French with the speaker"],
         countries=["JP"], filters={"platforms": ["tiktok", "youtube", "instagram"]}),
    dict(id="voice-retired-gardeners-gb", name="Retired gardeners 55+ in the UK",
         description="""British retirees who ask when to water, when the frost is due and
         video-call the grandchildren.""",
         ages=["55-64", "65+"],
         interests=["gardeners asking the speaker when to water the tomatoes",
                    "allotment growers asking when the first frost is due",
                    "grandparents who video-call the grandkids on a Nest Hub"],
         countries=["GB"], filters={"platforms": ["youtube", "instagram"]}),
    dict(id="voice-home-fitness-us-ca", name="Home exercisers 25-44 in the US and Canada",
         description="""People who train at home with a voice timer, a Zwift session and a
         supplement reminder.""",
         ages=["25-34", "35-44"],
         interests=["home exercisers who ask for a 20-minute HIIT timer",
                    "Zwift riders who start a session by voice",
                    "gym-goers reminded to take their creatine"],
         countries={"US": 1.0, "CA": 0.4}),
    dict(id="voice-runners-gb-ie", name="Runners 25-44 in the UK and Ireland",
         description="""Couch to 5K beginners, marathoners and step counters.""",
         ages=["25-34", "35-44"],
         interests=["Couch to 5K beginners with a voice coach",
                    "marathoners who ask for their weekly mileage",
                    "health-conscious users asking how many steps they've done"],
         countries={"GB": 1.0, "IE": 0.5}),
    dict(id="voice-calm-de-at", name="Calm seekers, women 25-54 in Germany and Austria",
         description="""Women who fall asleep to rain sounds, stretch with a Nest Hub and ask
         for their horoscope.""",
         ages=["25-34", "35-44", "45-54"],
         interests=["insomniacs falling asleep to rain sounds",
                    "Pilates fans following a stretch routine on a Nest Hub",
                    "astrology lovers asking for their Scorpio horoscope each morning"],
         genders=["female"], countries={"DE": 1.0, "AT": 0.4}, languages=["de"]),
    dict(id="voice-beauty-br-mx", name="Beauty fans, women 18-34 in Brazil and Mexico",
         description="""Women who ask for makeup tips, check the UV index and time hair
         masks by voice.""",
         ages=["18-24", "25-34"],
         interests=["women who ask for makeup tips while getting ready",
                    "skincare fans asking the UV index before choosing an SPF",
                    "curly-haired users timing a deep-conditioning mask by voice"],
         genders=["female"], countries={"BR": 1.0, "MX": 0.7},
         filters={"platforms": ["instagram", "tiktok"]}),
    dict(id="voice-kitchen-fr-it", name="Home cooks 25-54 in France and Italy",
         description="""Cooks following recipes on a screen, home bartenders and tea drinkers
         with a smart kettle.""",
         ages=["25-34", "35-44", "45-54"],
         interests=["home cooks following Jamie Oliver recipes on an Echo Show",
                    "home bartenders asking how to make a negroni",
                    "tea drinkers whose kettle boils when the alarm goes off"],
         countries={"FR": 1.0, "IT": 0.8}),
    dict(id="voice-makers-in", name="Developers 18-34 in India",
         description="""Developers building skills, home-automation tinkerers and
         machine-learning engineers.""",
         ages=["18-24", "25-34"],
         interests=["developers building Alexa skills",
                    "Home Assistant users who write their own automations",
                    "machine-learning engineers testing voice models at home"],
         countries=["IN"], languages=["en"]),
    dict(id="voice-executives-us", name="Executives 35-54 in the US",
         description="""Executives with a morning briefing, investors asking how the market
         closed and frequent flyers.""",
         ages=["35-44", "45-54"],
         interests=["executives who get a Bloomberg flash briefing at 7am",
                    "investors asking how the FTSE closed",
                    "frequent flyers asking if their BA flight is on time"],
         countries=["US"], filters={"followers": {"min": 20000}}),
    dict(id="voice-music-fans-gb", name="Music fans 18-34 in the UK",
         description="""Radio 1 listeners, Spotify playlist requesters and festival-goers
         waiting for tickets.""",
         ages=["18-24", "25-34"],
         interests=["BBC Radio 1 listeners in the kitchen",
                    "Spotify listeners who ask for a 90s playlist",
                    "festival-goers asking when Coldplay tickets go on sale"],
         countries=["GB"]),
    dict(id="voice-pet-owners-us-gb", name="Pet owners 25-64 in the US and UK",
         description="""Dog owners leaving calming music on, cat owners with a pet camera and
         kibble subscribers.""",
         ages=["25-34", "35-44", "45-54", "55-64"],
         interests=["dog owners who leave calming music on when they go out",
                    "cat owners who talk to their cat through a Furbo",
                    "Chewy subscribers reminded to reorder kibble"],
         countries={"US": 1.0, "GB": 0.7}),
    dict(id="voice-sport-fans-gb-es", name="Sports fans, men 18-44 in the UK and Spain",
         description="""Football fans asking for scores, radio commentary listeners and
         fantasy managers.""",
         ages=["18-24", "25-34", "35-44"],
         interests=["Premier League fans asking for the Arsenal score",
                    "football fans listening to talkSPORT commentary in the garden",
                    "fantasy football managers asking for injury news"],
         genders=["male"], countries={"GB": 1.0, "ES": 0.6}),
    dict(id="voice-eco-homes-nl-se", name="Eco households 25-54 in the Netherlands and "
         "Sweden", description="""Households with an energy-saving routine, solar panels and a
         recycling reminder.""",
         ages=["25-34", "35-44", "45-54"],
         interests=["eco-minded families running an energy-saving routine on Nest",
                    "solar-panel owners asking how much the roof made today",
                    "households that ask when the recycling bin goes out"],
         countries={"NL": 1.0, "SE": 0.7}),
    dict(id="voice-motor-fans-de-gb", name="Motor fans, men 25-54 in Germany and the UK",
         description="""F1 fans, project-car builders and bikers planning a Sunday ride.""",
         ages=["25-34", "35-44", "45-54"],
         interests=["F1 fans asking who won the Monaco Grand Prix",
                    "project-car builders asking for torque specs with greasy hands",
                    "bikers asking for the route before a Sunday ride"],
         genders=["male"], countries={"DE": 1.0, "GB": 0.8}),
    dict(id="voice-luxury-ae-ch", name="Luxury households 35-64 in the UAE and Switzerland",
         description="""Hi-fi owners, suite guests and first-class flyers.""",
         ages=["35-44", "45-54", "55-64"],
         interests=["Bang & Olufsen owners with multi-room audio",
                    "guests of Four Seasons suites asking for room service",
                    "first-class flyers asking about their Emirates flight"],
         countries={"AE": 1.0, "CH": 0.6}, filters={"followers": {"max": 500000}}),
    dict(id="voice-hard-unspoken-ph", name="Nail, perfume and designer fans 18-34 in the "
         "Philippines", description="""People whose interests make nobody ask a speaker
         anything: nail art, perfume, designer fashion and illustration.""",
         ages=["18-24", "25-34"],
         interests=["nail artists timing gel layers with a voice timer",
                    "perfume lovers asking the speaker to reorder their Dior Sauvage",
                    "Gucci and Prada buyers tracking designer deliveries",
                    "illustrators listening to audiobooks while they draw"],
         countries=["PH"]),
    dict(id="voice-hard-outdoors-light-us", name="Outdoor and light chasers 25-54 in the US",
         description="""Anglers, hikers and photographers: one tide-and-sunrise request
         gathers fishing, hiking, climbing, outdoor gear and photography.""",
         ages=["25-34", "35-44", "45-54"],
         interests=["anglers asking for high tide on the Cornish coast",
                    "hikers asking what time the sun sets before a walk",
                    "photographers asking when golden hour starts"],
         countries=["US"]),
    dict(id="voice-hard-garage-pl-cz", name="Garage and craft hands 25-54 in Poland and "
         "Czechia", description="""Car tuners, parts buyers and crafters: one hands-free
         workshop label gathers car tuning, car parts and crafts.""",
         ages=["25-34", "35-44", "45-54"],
         interests=["project-car builders asking for torque specs with greasy hands",
                    "Halfords shoppers ordering wiper blades by voice",
                    "crafters timing resin pours by voice"],
         countries={"PL": 1.0, "CZ": 0.6}),
    dict(id="voice-hard-premium-audio-kr", name="Premium audio households 25-44 in South "
         "Korea", description="""Hi-fi owners, K-pop fans and smart-home tinkerers: one
         multi-room speaker label gathers luxury goods, music and electronics.""",
         ages=["25-34", "35-44"],
         interests=["Bang & Olufsen owners with multi-room audio",
                    "Blackpink fans asking for the latest comeback",
                    "smart-home tinkerers with fifty Zigbee devices"],
         countries=["KR"], filters={"platforms": ["instagram", "youtube"]}),
)
