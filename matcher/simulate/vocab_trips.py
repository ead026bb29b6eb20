"""Held-out vocabulary ``trips``: a travel-booking provider's traveller audiences.

Modelled on the audiences an online travel agency, airline and hotel-loyalty data provider
sells (in the style of Expedia Group Media Solutions, Sojern, Booking.com or an airline's
frequent-flyer audiences): the provider knows where people fly, what they book and what they
buy on board and in duty-free, and reports them under the kind of trip ("Ski & snowboard
holiday bookers", "Babymoon bookers", "Wine region & vineyard travellers"), the destination
("Japan travellers", "Seoul & South Korea travellers") or how they travel ("Points & miles
collectors", "Rail-only & flight-free travellers", "Frequent business flyers"). An interest
shows only through the trips it makes people take, so granularity follows the travel
catalogue: travel itself splits into leisure flyers, hotel loyalty members, beach resorts,
cruises, hostels, gap years, campervans and fly-drives, sport into football away days, North
American sports trips, ski, surf, cycling and golf holidays, while beauty is one duty-free
counter and tech one duty-free counter and one conference label. Destinations and trip types
gather unrelated niches: "Seoul & South Korea travellers" (K-pop, skincare, esports), "Japan
travellers" (anime, sneakers), "Los Angeles & Hollywood travellers" (film, celebrities, live
streaming), "New York city-break bookers" (shopping, theatre), "Spa & wellness break bookers"
(healthy living, alternative medicine, skincare), "Eco-lodge & sustainable stay bookers" (the
environment, organic products, vegan food), "Digital nomad & long-stay renters" (programming,
entrepreneurship), "Craft & creative holiday bookers" (crafts, drawing, art). Interests that
make nobody travel have no label: nail art, cryptocurrency, pet food and supplies, and car
parts and accessories. Phrases are written the way a planner briefs a travel provider:
destinations, named resorts, routes, events and loyalty schemes, trip types, and how often
people travel.

Written blind (without reading the matcher, its interest-matching notes or its results),
before any tuning or measurement of the matcher on it; it must not be adjusted to the
matcher's results. Strings are ";"-separated lists.
"""

from __future__ import annotations

from typing import Any

NAME = "trips"
DESCRIPTION = ("Travel-booking style: 72 traveller audiences named by trip type, destination "
               "and travel behaviour; destinations and trip types gather several niches, four "
               "interests that make nobody travel have no label.")

LABELS: tuple[str, ...] = (
    # family
    "Theme park break bookers", "Family all-inclusive holiday bookers", "Babymoon bookers",
    "Honeymoon & anniversary trip bookers", "Multi-generation family trip bookers",
    # fitness and wellness
    "Fitness & bootcamp holiday bookers", "Destination marathon travellers",
    "Yoga & meditation retreat bookers", "Spa & wellness break bookers",
    "Spiritual & pilgrimage travellers",
    # duty-free and shopping
    "Duty-free beauty & fragrance buyers", "Duty-free watch & jewellery buyers",
    "Shopping break travellers", "Duty-free electronics buyers",
    # games, tech and work
    "Gaming & anime convention travellers", "Esports tournament travellers",
    "Tech conference & trade show travellers", "Frequent business flyers",
    "Digital nomad & long-stay renters", "Points & miles collectors", "Holiday-let hosts",
    # destinations
    "Japan travellers", "Seoul & South Korea travellers", "Los Angeles & Hollywood travellers",
    "New York city-break bookers", "Nashville & New Orleans music-trip travellers",
    # food and drink
    "Food tour & cooking holiday bookers", "Wine region & vineyard travellers",
    "Gastronomy trip bookers",
    # how people travel
    "Frequent leisure flyers", "Hotel loyalty elite members", "Beach resort holidaymakers",
    "Ocean cruise passengers", "Hostel & budget airline travellers",
    "Gap-year & round-the-world travellers", "Campervan & motorhome renters",
    "Fly-drive & road-trip renters",
    # music and shows
    "Music festival travel package bookers", "Concert tour travellers",
    "West End & Broadway theatre break bookers", "Arts & fringe festival travellers",
    "Film location & studio tour bookers",
    # green and animals
    "Eco-lodge & sustainable stay bookers", "Rail-only & flight-free travellers",
    "Electric car rental drivers", "Pet-friendly stay bookers",
    "Pet-sitting & house-sit travellers", "Wildlife safari & photo tour bookers",
    # cars and sport
    "Motorbike tour bookers", "Grand Prix travel package bookers",
    "Supercar & track-day experience bookers",
    "Football away-match & stadium tour travellers", "North American sports trip bookers",
    "Ski & snowboard holiday bookers", "Surf & dive trip bookers", "Cycling holiday bookers",
    "Golf break bookers",
    # home and design
    "Design hotel & architecture trip bookers", "Garden & flower-show tour bookers",
    "Craft & creative holiday bookers",
    # culture and learning
    "Cultural & heritage tour bookers", "Art & museum city-break bookers",
    "Language immersion trip bookers", "Study abroad & school trip travellers",
    "Eclipse, aurora & space-launch trip bookers",
    # luxury
    "First & business class leisure flyers", "Private villa & yacht charter bookers",
    "Expedition cruise passengers",
    # outdoors
    "Trekking & hiking holiday bookers", "Campsite & glamping bookers",
    "Fishing & hunting lodge guests", "Climbing & mountaineering expedition travellers",
)

# Latent interest -> the traveller audiences a follower holding it is reported under (none for
# four interests that make nobody travel).
REPORTS: dict[str, str] = {
    # parenting
    "Toys, Children & Baby": "Theme park break bookers; Family all-inclusive holiday bookers",
    "Parenting & Family": "Family all-inclusive holiday bookers;"
                          " Multi-generation family trip bookers",
    "Friends, Family & Relationships": "Honeymoon & anniversary trip bookers;"
                                       " Multi-generation family trip bookers",
    "Pregnancy & Maternity": "Babymoon bookers",
    # fitness
    "Fitness & Gym": "Fitness & bootcamp holiday bookers",
    "Healthy Lifestyle": "Spa & wellness break bookers; Fitness & bootcamp holiday bookers",
    "Sports Nutrition & Supplements": "Fitness & bootcamp holiday bookers",
    "Activewear": "Fitness & bootcamp holiday bookers",
    "Running & Marathons": "Destination marathon travellers",
    # wellness
    "Yoga & Pilates": "Yoga & meditation retreat bookers",
    "Meditation & Mindfulness": "Yoga & meditation retreat bookers;"
                                " Spiritual & pilgrimage travellers",
    "Alternative Medicine": "Spa & wellness break bookers",
    "Spirituality & Astrology": "Spiritual & pilgrimage travellers",
    # beauty
    "Beauty & Cosmetics": "Duty-free beauty & fragrance buyers",
    "Skincare": "Duty-free beauty & fragrance buyers; Spa & wellness break bookers;"
                " Seoul & South Korea travellers",
    "Hair Care & Styling": "Duty-free beauty & fragrance buyers",
    "Fragrances & Perfume": "Duty-free beauty & fragrance buyers",
    "Nail Art": "",
    # fashion
    "Clothes, Shoes, Handbags & Accessories": "Shopping break travellers",
    "Jewellery & Watches": "Duty-free watch & jewellery buyers",
    "Streetwear & Sneakers": "Shopping break travellers; Japan travellers",
    "Shopping & Retail": "Shopping break travellers; New York city-break bookers",
    # gaming
    "Gaming": "Gaming & anime convention travellers",
    "Esports": "Esports tournament travellers; Seoul & South Korea travellers",
    "PC & Console Gaming": "Gaming & anime convention travellers; Duty-free electronics buyers",
    "Anime & Manga": "Japan travellers; Gaming & anime convention travellers",
    "Streaming & Live Video": "Gaming & anime convention travellers;"
                              " Los Angeles & Hollywood travellers",
    # tech
    "Electronics & Computers": "Duty-free electronics buyers;"
                               " Tech conference & trade show travellers",
    "Mobile Phones & Gadgets": "Duty-free electronics buyers",
    "Software & Programming": "Tech conference & trade show travellers;"
                              " Digital nomad & long-stay renters",
    "Artificial Intelligence & Data": "Tech conference & trade show travellers",
    # finance
    "Business & Careers": "Frequent business flyers",
    "Personal Finance & Investing": "Points & miles collectors",
    "Cryptocurrency & Blockchain": "",
    "Real Estate": "Holiday-let hosts",
    "Entrepreneurship": "Digital nomad & long-stay renters; Frequent business flyers",
    # food
    "Restaurants, Food & Grocery": "Food tour & cooking holiday bookers; Gastronomy trip bookers",
    "Cooking & Recipes": "Food tour & cooking holiday bookers",
    "Coffee, Tea & Beverages": "Food tour & cooking holiday bookers",
    "Beer, Wine & Spirits": "Wine region & vineyard travellers",
    "Vegan & Vegetarian Food": "Eco-lodge & sustainable stay bookers;"
                               " Yoga & meditation retreat bookers",
    # travel
    "Travel, Tourism & Aviation": "Frequent leisure flyers",
    "Hotels & Resorts": "Hotel loyalty elite members; Beach resort holidaymakers;"
                        " Ocean cruise passengers",
    "Backpacking & Budget Travel": "Hostel & budget airline travellers;"
                                   " Gap-year & round-the-world travellers",
    "Road Trips & Vanlife": "Campervan & motorhome renters; Fly-drive & road-trip renters",
    # music
    "Music": "Concert tour travellers; Nashville & New Orleans music-trip travellers",
    "Concerts & Festivals": "Music festival travel package bookers; Concert tour travellers",
    "Hip Hop & Rap": "Music festival travel package bookers",
    "Musical Instruments": "Nashville & New Orleans music-trip travellers",
    "K-Pop": "Seoul & South Korea travellers; Concert tour travellers",
    # sustainability
    "Sustainability & Environment": "Eco-lodge & sustainable stay bookers;"
                                    " Rail-only & flight-free travellers",
    "Zero Waste & Recycling": "Rail-only & flight-free travellers",
    "Organic & Natural Products": "Eco-lodge & sustainable stay bookers",
    "Renewable Energy & Electric Vehicles": "Electric car rental drivers",
    # pets
    "Pets": "Pet-friendly stay bookers; Pet-sitting & house-sit travellers",
    "Dogs & Puppies": "Pet-friendly stay bookers",
    "Cats & Kittens": "Pet-sitting & house-sit travellers",
    "Pet Food & Supplies": "",
    # cars
    "Cars & Motorbikes": "Motorbike tour bookers; Fly-drive & road-trip renters",
    "Motorsport & Racing": "Grand Prix travel package bookers;"
                           " Supercar & track-day experience bookers",
    "Car Tuning & Modification": "Supercar & track-day experience bookers",
    "Auto Parts & Accessories": "",
    # sports
    "Sports": "Football away-match & stadium tour travellers;"
              " North American sports trip bookers; Golf break bookers",
    "Football & Soccer": "Football away-match & stadium tour travellers",
    "Basketball": "North American sports trip bookers",
    "Cycling": "Cycling holiday bookers",
    "Extreme Sports": "Ski & snowboard holiday bookers; Surf & dive trip bookers",
    # home
    "Home Decor, Furniture & Garden": "Design hotel & architecture trip bookers",
    "DIY & Crafts": "Craft & creative holiday bookers",
    "Gardening & Plants": "Garden & flower-show tour bookers",
    "Interior Design & Architecture": "Design hotel & architecture trip bookers",
    # entertainment
    "Television & Film": "Film location & studio tour bookers;"
                         " Los Angeles & Hollywood travellers",
    "Celebrities & Pop Culture": "Los Angeles & Hollywood travellers",
    "Comedy & Memes": "Arts & fringe festival travellers",
    "Theatre & Performing Arts": "West End & Broadway theatre break bookers;"
                                 " Arts & fringe festival travellers; New York city-break bookers",
    # education
    "Books & Literature": "Cultural & heritage tour bookers",
    "Education & Learning": "Study abroad & school trip travellers;"
                            " Language immersion trip bookers",
    "Science": "Eclipse, aurora & space-launch trip bookers; Expedition cruise passengers",
    "History & Culture": "Cultural & heritage tour bookers; Art & museum city-break bookers",
    "Languages & Linguistics": "Language immersion trip bookers;"
                               " Gap-year & round-the-world travellers",
    # luxury
    "Luxury Goods": "Private villa & yacht charter bookers; Duty-free watch & jewellery buyers",
    "Luxury Travel": "First & business class leisure flyers;"
                     " Private villa & yacht charter bookers",
    "Fine Dining": "Gastronomy trip bookers",
    "Designer Fashion": "Shopping break travellers",
    # outdoor
    "Camping & Hiking": "Trekking & hiking holiday bookers; Campsite & glamping bookers",
    "Fishing & Hunting": "Fishing & hunting lodge guests",
    "Mountaineering & Climbing": "Climbing & mountaineering expedition travellers;"
                                 " Trekking & hiking holiday bookers",
    "Outdoor Gear & Equipment": "Campsite & glamping bookers; Fishing & hunting lodge guests",
    # photography
    "Camera & Photography": "Wildlife safari & photo tour bookers;"
                            " Eclipse, aurora & space-launch trip bookers",
    "Art & Design": "Art & museum city-break bookers; Craft & creative holiday bookers",
    "Drawing & Illustration": "Craft & creative holiday bookers",
    "Film Making & Video Editing": "Film location & studio tour bookers;"
                                   " Wildlife safari & photo tour bookers",
}

# niche -> {phrase: the latent interests whose holders are the phrase's audience}, written as
# a planner briefs a travel provider: destinations, named resorts, routes, events and loyalty
# schemes, trip types, and how often people travel.
PHRASES: dict[str, dict[str, str]] = {
    "parenting": {
        "families booking Center Parcs and Disneyland Paris breaks": "Parenting & Family;"
                                                                     " Toys, Children & Baby",
        "parents flying with a baby under one": "Toys, Children & Baby; Parenting & Family",
        "couples booking a last trip before the baby arrives": "Pregnancy & Maternity",
        "bookers of school-holiday resorts with a kids' club": "Parenting & Family",
        "grandparents taking the grandchildren abroad": "Friends, Family & Relationships;"
                                                        " Parenting & Family",
        "newlyweds flying off the week after the wedding": "Friends, Family & Relationships",
    },
    "fitness": {
        "guests at Ibiza fitness bootcamps": "Fitness & Gym",
        "runners who fly to the Tokyo or Berlin marathon": "Running & Marathons",
        "travellers who choose hotels for the gym": "Fitness & Gym; Healthy Lifestyle",
        "bookers of detox and juice-cleanse weeks": "Healthy Lifestyle",
        "CrossFit athletes who drop in at boxes abroad": "Fitness & Gym",
        "triathletes booking warm-weather training camps in Lanzarote": "Fitness & Gym; Cycling;"
                                                                        " Running & Marathons",
    },
    "wellness": {
        "guests at SHA and Kamalaya wellness clinics": "Healthy Lifestyle; Alternative Medicine",
        "people booking a silent retreat in Rishikesh": "Meditation & Mindfulness;"
                                                        " Spirituality & Astrology",
        "yoga teacher-training travellers to Bali": "Yoga & Pilates",
        "Camino de Santiago pilgrims": "Spirituality & Astrology; Camping & Hiking",
        "visitors to Sedona vortex and crystal tours": "Spirituality & Astrology;"
                                                       " Alternative Medicine",
        "bookers of Ayurveda and thermal bath weeks": "Alternative Medicine; Healthy Lifestyle",
    },
    "beauty": {
        "travellers who stock up on makeup at the airport": "Beauty & Cosmetics",
        "beauty tourists visiting Seoul skin clinics": "Skincare",
        "flyers who buy perfume in the departure lounge": "Fragrances & Perfume",
        "hen parties booking nail and blow-dry packages": "Nail Art; Hair Care & Styling;"
                                                          " Friends, Family & Relationships",
        "guests booking a hotel facial and a hammam": "Skincare; Beauty & Cosmetics",
    },
    "fashion": {
        "shoppers flying to Milan and Paris for the sales": "Clothes, Shoes, Handbags &"
                                                            " Accessories; Designer Fashion",
        "sneaker collectors planning Tokyo trips around drops": "Streetwear & Sneakers",
        "passengers buying a watch on the way through the airport": "Jewellery & Watches;"
                                                                    " Luxury Goods",
        "Dubai Shopping Festival visitors": "Shopping & Retail",
        "day-trippers to Bicester Village and La Vallée outlets": "Shopping & Retail;"
                                                                  " Clothes, Shoes, Handbags &"
                                                                  " Accessories",
    },
    "gaming": {
        "gamers travelling to Gamescom and Tokyo Game Show": "Gaming; PC & Console Gaming",
        "fans flying to the League of Legends Worlds": "Esports",
        "anime fans on an Akihabara pilgrimage": "Anime & Manga",
        "IRL streamers broadcasting from abroad": "Streaming & Live Video",
        "travellers who bring a Steam Deck or Switch on every flight": "Gaming;"
                                                                       " PC & Console Gaming",
    },
    "tech": {
        "CES and Mobile World Congress delegates": "Electronics & Computers;"
                                                   " Mobile Phones & Gadgets",
        "developers flying to AWS re:Invent and Google I/O": "Software & Programming;"
                                                             " Artificial Intelligence & Data",
        "travellers who buy a new phone abroad to save money": "Mobile Phones & Gadgets",
        "passengers carrying a laptop, a tablet and noise-cancelling headphones":
            "Electronics & Computers; Mobile Phones & Gadgets",
        "NeurIPS and AI summit attendees": "Artificial Intelligence & Data",
    },
    "finance": {
        "road warriors on 50 or more company flights a year": "Business & Careers",
        "founders working from Lisbon and Bali for months": "Entrepreneurship",
        "travel hackers maximising Amex and Chase points": "Personal Finance & Investing;"
                                                           " Travel, Tourism & Aviation",
        "owners of a holiday flat they let on Airbnb": "Real Estate",
        "Bitcoin conference delegates in Miami and Lugano": "Cryptocurrency & Blockchain;"
                                                            " Entrepreneurship",
        "overseas property hunters on viewing trips to Spain": "Real Estate",
    },
    "food": {
        "food-tour bookers in Bangkok and Mexico City": "Restaurants, Food & Grocery",
        "travellers booking pasta-making classes in Tuscany": "Cooking & Recipes",
        "visitors to Napa and Bordeaux wineries": "Beer, Wine & Spirits",
        "whisky distillery tourists on Islay": "Beer, Wine & Spirits",
        "coffee lovers booking farm stays in Colombia": "Coffee, Tea & Beverages",
        "vegan travellers choosing plant-based retreats": "Vegan & Vegetarian Food",
    },
    "travel": {
        "people who fly eight or more times a year for pleasure": "Travel, Tourism & Aviation",
        "Marriott Bonvoy and Hilton Honors gold members": "Hotels & Resorts",
        "Ryanair and easyJet weekenders": "Backpacking & Budget Travel;"
                                          " Travel, Tourism & Aviation",
        "Interrailers and Hostelworld bookers": "Backpacking & Budget Travel",
        "couples renting a camper for the NC500 or Route 66": "Road Trips & Vanlife",
        "Royal Caribbean and MSC cruise guests": "Hotels & Resorts",
    },
    "music": {
        "fans flying abroad to see Taylor Swift on tour": "Music; Concerts & Festivals",
        "Tomorrowland Global Journey package bookers": "Concerts & Festivals",
        "BTS fans planning trips to Seoul": "K-Pop",
        "Rolling Loud Europe travel-package buyers": "Hip Hop & Rap; Concerts & Festivals",
        "musicians on a Memphis and Nashville studio pilgrimage": "Musical Instruments; Music",
        "jazz lovers booking New Orleans long weekends": "Music",
    },
    "sustainability": {
        "travellers who pick B Corp and carbon-neutral hotels": "Sustainability & Environment",
        "people who take the train across Europe instead of flying": "Sustainability &"
                                                                     " Environment;"
                                                                     " Zero Waste & Recycling",
        "EV drivers renting a Tesla on holiday": "Renewable Energy & Electric Vehicles",
        "guests at organic farm stays": "Organic & Natural Products",
        "volunteers on reef and rainforest conservation trips": "Sustainability & Environment",
    },
    "pets": {
        "owners who take the dog on every holiday": "Dogs & Puppies; Pets",
        "TrustedHousesitters sitters looking after cats abroad": "Cats & Kittens; Pets",
        "travellers who book a dog-friendly cottage in Cornwall": "Dogs & Puppies",
        "pet owners booking a kennel or cattery before flying": "Pets",
        "owners packing special food and supplements for a travelling pet": "Pet Food &"
                                                                             " Supplies; Pets",
    },
    "cars": {
        "riders on guided Alps motorbike tours": "Cars & Motorbikes",
        "Monaco and Silverstone race-weekend package buyers": "Motorsport & Racing",
        "Nürburgring Nordschleife track-day tourists": "Car Tuning & Modification;"
                                                       " Motorsport & Racing",
        "drivers who hire a convertible for the Amalfi coast": "Cars & Motorbikes;"
                                                               " Road Trips & Vanlife",
        "drivers who fit roof boxes and bike racks before a road trip": "Auto Parts &"
                                                                        " Accessories;"
                                                                        " Road Trips & Vanlife",
    },
    "sports": {
        "Premier League away-day travellers": "Football & Soccer",
        "fans booking a trip to see the Lakers or the Knicks": "Basketball",
        "skiers booking Whistler and Verbier weeks": "Extreme Sports",
        "Mallorca cycling camp riders": "Cycling",
        "golfers booking Algarve and St Andrews trips": "Sports",
        "surfers chasing swells in Bali and Portugal": "Extreme Sports",
    },
    "home": {
        "guests choosing hotels designed by famous architects": "Interior Design & Architecture",
        "visitors to Keukenhof and the gardens of Giverny": "Gardening & Plants",
        "travellers booking pottery and woodworking holidays": "DIY & Crafts",
        "homeowners on a Copenhagen design and furniture trip": "Interior Design &"
                                                                " Architecture;"
                                                                " Home Decor, Furniture & Garden",
        "travellers who bring home rugs and ceramics from Marrakech": "Home Decor, Furniture &"
                                                                      " Garden;"
                                                                      " Shopping & Retail",
    },
    "entertainment": {
        "Harry Potter studio tour and Hobbiton visitors": "Television & Film",
        "tourists who book a celebrity homes tour in Beverly Hills": "Celebrities & Pop Culture;"
                                                                     " Television & Film",
        "Edinburgh Fringe comedy weekenders": "Comedy & Memes",
        "theatregoers booking a Broadway show and a hotel": "Theatre & Performing Arts",
        "Game of Thrones filming-location tour bookers in Dubrovnik": "Television & Film",
        "fans travelling to a stand-up special taping in Las Vegas": "Comedy & Memes;"
                                                                     " Celebrities & Pop Culture",
    },
    "education": {
        "students on a semester abroad": "Education & Learning",
        "adults booking Spanish immersion weeks in Salamanca": "Languages & Linguistics",
        "visitors to Hay-on-Wye and literary Dublin": "Books & Literature",
        "eclipse chasers and Northern Lights hunters": "Science; Camera & Photography",
        "history buffs on Normandy battlefield tours": "History & Culture",
        "Galápagos and Antarctica small-ship cruisers": "Science",
    },
    "luxury": {
        "passengers flying Emirates first class": "Luxury Travel",
        "superyacht charter clients in the Med": "Luxury Travel",
        "buyers of a Rolex on a trip to Geneva": "Luxury Goods; Jewellery & Watches",
        "travellers who plan trips around three-Michelin-star restaurants": "Fine Dining",
        "Aman and Six Senses devotees": "Luxury Travel",
        "passengers who shop Hermès and Chanel in airport boutiques": "Designer Fashion;"
                                                                      " Luxury Goods",
    },
    "outdoor": {
        "trekkers booking Everest base camp and Kilimanjaro": "Mountaineering & Climbing;"
                                                              " Camping & Hiking",
        "walkers on the Tour du Mont Blanc": "Camping & Hiking",
        "anglers booking salmon beats in Norway and Alaska": "Fishing & Hunting",
        "hunters on guided elk and red stag trips": "Fishing & Hunting",
        "campers who bring their own kit to Eurocamp and Huttopia sites": "Camping & Hiking;"
                                                                          " Outdoor Gear &"
                                                                          " Equipment",
        "climbers heading to Kalymnos and Yosemite": "Mountaineering & Climbing",
    },
    "photography": {
        "photographers on Maasai Mara safari workshops": "Camera & Photography",
        "visitors to the Louvre, the Prado and the Uffizi": "Art & Design; History & Culture",
        "sketchers booking an urban-sketching holiday in Porto": "Drawing & Illustration",
        "drone filmmakers travelling to Iceland and the Faroes": "Film Making & Video Editing;"
                                                                 " Camera & Photography",
        "Venice Biennale and Art Basel travellers": "Art & Design",
    },
}

# Hand-written evaluation segments (keyword arguments of ``segments._seg``). Age and country
# are deliberately correlated in trips-babymoon-gb, trips-gap-year-au and
# trips-cruise-retirees-us; trips-hard-* use phrases whose interests make nobody travel or
# reach destinations that gather several niches.
FIXED_SEGMENTS: tuple[dict[str, Any], ...] = (
    dict(id="trips-babymoon-gb", name="Parents-to-be 25-34 in the UK", description="""
         British couples booking a last trip before the baby, then Center Parcs breaks and
         flights with a baby.""",
         ages=["25-34"],
         interests=["couples booking a last trip before the baby arrives",
                    "families booking Center Parcs and Disneyland Paris breaks",
                    "parents flying with a baby under one"],
         countries=["GB"], languages=["en"]),
    dict(id="trips-gap-year-au", name="Gap-year travellers 18-24 in Australia",
         description="""Young Australians on Interrail passes, budget-airline weekends and
         language weeks abroad.""",
         ages=["18-24"],
         interests=["Interrailers and Hostelworld bookers", "Ryanair and easyJet weekenders",
                    "adults booking Spanish immersion weeks in Salamanca"],
         countries=["AU"], filters={"platforms": ["tiktok", "instagram"]}),
    dict(id="trips-cruise-retirees-us", name="Cruise-going retirees 55+ in the US",
         description="""American retirees on ocean cruises who take the grandchildren away and
         tour battlefields.""",
         ages=["55-64", "65+"],
         interests=["Royal Caribbean and MSC cruise guests",
                    "grandparents taking the grandchildren abroad",
                    "history buffs on Normandy battlefield tours"],
         countries=["US"], filters={"platforms": ["youtube", "x"]}),
    dict(id="trips-marathon-tourists-de", name="Destination runners 25-44 in Germany",
         description="""German runners who fly to city marathons, train in Lanzarote and choose
         hotels for the gym.""",
         ages=["25-34", "35-44"],
         interests=["runners who fly to the Tokyo or Berlin marathon",
                    "triathletes booking warm-weather training camps in Lanzarote",
                    "travellers who choose hotels for the gym"],
         countries=["DE"], languages=["de"]),
    dict(id="trips-retreats-women-us-ca", name="Retreat-goers, women 25-54 in the US and "
         "Canada", description="""North American women on yoga teacher trainings in Bali,
         silent retreats and Ayurveda weeks.""",
         ages=["25-34", "35-44", "45-54"],
         interests=["yoga teacher-training travellers to Bali",
                    "people booking a silent retreat in Rishikesh",
                    "bookers of Ayurveda and thermal bath weeks"],
         genders=["female"], countries={"US": 1.0, "CA": 0.4}),
    dict(id="trips-duty-free-beauty-ae", name="Duty-free beauty buyers, women 18-44 in the "
         "UAE", description="""Women who buy makeup and perfume in the departure lounge and book
         hotel facials.""",
         ages=["18-24", "25-34", "35-44"],
         interests=["travellers who stock up on makeup at the airport",
                    "flyers who buy perfume in the departure lounge",
                    "guests booking a hotel facial and a hammam"],
         genders=["female"], countries=["AE"], filters={"min_credibility": 0.7}),
    dict(id="trips-shopping-breaks-sa-ae", name="Shopping-break travellers 25-44 in Saudi "
         "Arabia and the UAE", description="""Shoppers who fly to Milan and Paris for the sales
         and visit the Dubai Shopping Festival.""",
         ages=["25-34", "35-44"],
         interests=["shoppers flying to Milan and Paris for the sales",
                    "Dubai Shopping Festival visitors",
                    "day-trippers to Bicester Village and La Vallée outlets"],
         countries={"SA": 1.0, "AE": 0.8}),
    dict(id="trips-gaming-cons-men-br-mx", name="Convention-travelling gamers, men 18-34 in "
         "Brazil and Mexico", description="""Young men who fly to Gamescom and the League of
         Legends Worlds and game on every flight.""",
         ages=["18-24", "25-34"],
         interests=["gamers travelling to Gamescom and Tokyo Game Show",
                    "fans flying to the League of Legends Worlds",
                    "travellers who bring a Steam Deck or Switch on every flight"],
         genders=["male"], countries={"BR": 1.0, "MX": 0.8},
         filters={"platforms": ["twitch", "youtube"]}),
    dict(id="trips-tech-delegates-in", name="Tech conference travellers 25-44 in India",
         description="""Indian engineers flying to re:Invent, Google I/O, NeurIPS and CES.""",
         ages=["25-34", "35-44"],
         interests=["developers flying to AWS re:Invent and Google I/O",
                    "NeurIPS and AI summit attendees",
                    "CES and Mobile World Congress delegates"],
         countries=["IN"], languages=["en"]),
    dict(id="trips-road-warriors-sg-my", name="Road warriors and points collectors 25-54 in "
         "Singapore and Malaysia", description="""Business travellers on 50 flights a year who
         maximise card points and hold hotel status.""",
         ages=["25-34", "35-44", "45-54"],
         interests=["road warriors on 50 or more company flights a year",
                    "travel hackers maximising Amex and Chase points",
                    "Marriott Bonvoy and Hilton Honors gold members"],
         countries={"SG": 1.0, "MY": 0.6}, filters={"platforms": ["x", "youtube"]}),
    dict(id="trips-foodies-fr-it", name="Food and wine travellers 25-54 in France and Italy",
         description="""Travellers who book food tours, winery visits and pasta classes.""",
         ages=["25-34", "35-44", "45-54"],
         interests=["food-tour bookers in Bangkok and Mexico City",
                    "visitors to Napa and Bordeaux wineries",
                    "travellers booking pasta-making classes in Tuscany"],
         countries={"FR": 1.0, "IT": 1.0}),
    dict(id="trips-festival-flyers-nl-be", name="Festival travellers 18-34 in the Netherlands "
         "and Belgium", description="""Young fans who fly to festivals and to see tours
         abroad.""",
         ages=["18-24", "25-34"],
         interests=["Tomorrowland Global Journey package bookers",
                    "Rolling Loud Europe travel-package buyers",
                    "fans flying abroad to see Taylor Swift on tour"],
         countries={"NL": 1.0, "BE": 0.7}),
    dict(id="trips-flight-free-se-no", name="Flight-free travellers 18-44 in Sweden and Norway",
         description="""Travellers who take the train across Europe, choose carbon-neutral
         hotels and rent an EV on holiday.""",
         ages=["18-24", "25-34", "35-44"],
         interests=["people who take the train across Europe instead of flying",
                    "travellers who pick B Corp and carbon-neutral hotels",
                    "EV drivers renting a Tesla on holiday"],
         countries={"SE": 1.0, "NO": 0.8}),
    dict(id="trips-dog-holidays-gb-ie", name="Holidaymakers with dogs 35-64 in the UK and "
         "Ireland", description="""Owners who take the dog on every holiday and book
         dog-friendly cottages.""",
         ages=["35-44", "45-54", "55-64"],
         interests=["owners who take the dog on every holiday",
                    "travellers who book a dog-friendly cottage in Cornwall"],
         countries={"GB": 1.0, "IE": 0.5}, filters={"followers": {"max": 500000}}),
    dict(id="trips-race-weekends-men-gb-de", name="Race-weekend travellers, men 25-54 in the "
         "UK and Germany", description="""Men who buy Grand Prix weekend packages, drive the
         Nordschleife and ride Alpine tours.""",
         ages=["25-34", "35-44", "45-54"],
         interests=["Monaco and Silverstone race-weekend package buyers",
                    "Nürburgring Nordschleife track-day tourists",
                    "riders on guided Alps motorbike tours"],
         genders=["male"], countries={"GB": 1.0, "DE": 0.8}),
    dict(id="trips-ski-surf-fr-es", name="Ski and surf travellers 18-44 in France and Spain",
         description="""Young adults booking ski weeks, surf trips and cycling camps.""",
         ages=["18-24", "25-34", "35-44"],
         interests=["skiers booking Whistler and Verbier weeks",
                    "surfers chasing swells in Bali and Portugal",
                    "Mallorca cycling camp riders"],
         countries={"FR": 1.0, "ES": 0.8}, filters={"platforms": ["instagram", "youtube"]}),
    dict(id="trips-hard-seoul-id-th", name="Seoul-bound fans 13-34 in Indonesia and Thailand",
         description="""K-pop fans, skin-clinic tourists and esports fans whose trips all lead
         to one destination that gathers several niches.""",
         ages=["13-17", "18-24", "25-34"],
         interests=["BTS fans planning trips to Seoul",
                    "beauty tourists visiting Seoul skin clinics",
                    "fans flying to the League of Legends Worlds"],
         countries={"ID": 1.0, "TH": 0.8}),
    dict(id="trips-hard-hollywood-us", name="Hollywood tourists 18-44 in the US",
         description="""Film-location visitors, celebrity-home tourists and streamers on the
         road: audiences one destination label holds across film, celebrity and live
         video.""",
         ages=["18-24", "25-34", "35-44"],
         interests=["tourists who book a celebrity homes tour in Beverly Hills",
                    "Harry Potter studio tour and Hobbiton visitors",
                    "IRL streamers broadcasting from abroad"],
         countries=["US"]),
    dict(id="trips-hard-no-trips-ph-ng", name="Hen parties, pet packers and roof-box drivers "
         "18-44 in the Philippines and Nigeria", description="""People whose interests mostly
         make nobody travel: nail packages on hen weekends, pet food packed for a trip, car
         accessories and crypto conferences.""",
         ages=["18-24", "25-34", "35-44"],
         interests=["hen parties booking nail and blow-dry packages",
                    "owners packing special food and supplements for a travelling pet",
                    "drivers who fit roof boxes and bike racks before a road trip",
                    "Bitcoin conference delegates in Miami and Lugano"],
         countries={"PH": 1.0, "NG": 0.8}),
    dict(id="trips-hard-luxury-ch-ae", name="Luxury travellers 35-64 in Switzerland and the "
         "UAE", description="""First-class flyers, yacht charterers and airport-boutique
         shoppers: labels that take luxury goods and luxury travel from several kinds of
         trip.""",
         ages=["35-44", "45-54", "55-64"],
         interests=["passengers flying Emirates first class",
                    "superyacht charter clients in the Med",
                    "passengers who shop Hermès and Chanel in airport boutiques"],
         countries={"CH": 1.0, "AE": 0.8}, filters={"followers": {"min": 20000}}),
)
