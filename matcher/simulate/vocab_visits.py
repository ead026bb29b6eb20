"""Held-out vocabulary ``visits``: a location-data provider's place-visit audiences.

Modelled on the audiences a foot-traffic provider sells (in the style of Foursquare,
Placer.ai, GroundTruth or Near): a provider sees which kinds of place a phone is carried to,
how often and when, and reports people under the place they frequent ("Gym & fitness club
goers", "Garden centre shoppers", "Dog park regulars", "Frequent airport travellers"). An
interest shows only where it leaves a place trace, so granularity follows the map: pets split
into pet stores, vet clinics and dog parks, while a stadium cannot tell a football crowd from a
basketball, esports or K-pop one, and one "Mall shoppers" label takes clothes, activewear,
cosmetics and shopping as such. Several labels gather unrelated niches: "Arena & stadium goers"
(sports, concerts, esports, K-pop), "Convention & expo centre attendees" (anime and business),
"Coworking space regulars" (programming and entrepreneurship), "Natural & organic grocery
shoppers" (healthy living, organic products, vegan food, alternative medicine), "Museum &
gallery visitors" (science, history, art). Interests that happen on a screen leave no place
trace and have no label: artificial intelligence, cryptocurrency, celebrity culture and live
streaming. Phrases are written the way a planner briefs a location provider: the places,
brands and events people are seen at, how often and when.

Written blind (without reading the matcher, its interest-matching notes or its results),
before any tuning or measurement of the matcher on it; it must not be adjusted to the
matcher's results. Strings are ";"-separated lists.
"""

from __future__ import annotations

from typing import Any

NAME = "visits"
DESCRIPTION = ("Location-data style: 80 place-visit audiences named by the kind of place people "
               "frequent; places gather several niches (stadiums, malls, museums), four "
               "screen-only interests leave no place trace and have no label.")

LABELS: tuple[str, ...] = (
    # family
    "Toy store shoppers", "Baby & maternity store shoppers", "Family attraction visitors",
    "School drop-off parents", "Wedding venue & bridal shop visitors",
    # body and mind
    "Gym & fitness club goers", "Natural & organic grocery shoppers",
    "Vitamin & supplement store shoppers", "Race-day & running track visitors",
    "Yoga & pilates studio goers", "Retreat & meditation centre visitors",
    "Holistic clinic & apothecary visitors",
    # looks and shopping
    "Beauty retailer shoppers", "Dermatology & med-spa visitors",
    "Hair salon & barbershop regulars", "Nail salon regulars", "Department store shoppers",
    "Mall shoppers", "Outlet & discount store shoppers", "Jewellery store shoppers",
    "Sneaker boutique regulars",
    # games and tech
    "Video game store shoppers", "Arcade & gaming café regulars",
    "Comic, manga & hobby shop regulars", "Electronics superstore shoppers",
    "Phone store visitors", "Coworking space regulars",
    # work and money
    "Business district office workers", "Convention & expo centre attendees",
    "Bank branch visitors", "Open house & new-development visitors",
    # food and drink
    "Casual dining regulars", "Farmers' market regulars", "Kitchenware store shoppers",
    "Coffee shop regulars", "Brewery, winery & taproom visitors", "Bar & nightclub regulars",
    # travel
    "Frequent airport travellers", "Hotel & resort guests", "Hostel & budget lodging guests",
    "Campground & RV park visitors",
    # music and shows
    "Live music venue regulars", "Festival grounds attendees", "Music instrument store shoppers",
    "Arena & stadium goers", "Cinema goers", "Comedy club regulars",
    "Theatre & concert hall goers",
    # green
    "Thrift store & refill shop regulars", "EV charging station visitors",
    # animals
    "Pet store shoppers", "Dog park regulars", "Vet clinic visitors",
    # cars
    "Car dealership visitors", "Racetrack & speedway visitors", "Auto parts store shoppers",
    "Car wash regulars",
    # sport
    "Sports bar regulars", "Sports pitch & court regulars", "Sporting goods store shoppers",
    "Bike shop visitors", "Ski resort & skate park visitors",
    # home
    "Furniture & home store shoppers", "Garden centre shoppers",
    "Home improvement store shoppers", "Craft store shoppers",
    # learning and culture
    "Bookshop & library visitors", "University campus regulars", "Museum & gallery visitors",
    "Heritage site visitors", "Language school visitors",
    # luxury
    "Luxury boutique shoppers", "Airport lounge visitors", "Fine-dining restaurant guests",
    # outdoors
    "National park & trailhead visitors", "Tackle & hunting store shoppers",
    "Climbing gym regulars", "Outdoor gear store shoppers",
    # creative
    "Camera store shoppers", "Art supply store shoppers",
)

# Latent interest -> the place audiences a follower holding it is seen in (none for four
# interests that leave no place trace).
REPORTS: dict[str, str] = {
    # parenting
    "Toys, Children & Baby": "Toy store shoppers; Baby & maternity store shoppers",
    "Parenting & Family": "School drop-off parents; Family attraction visitors",
    "Friends, Family & Relationships": "Wedding venue & bridal shop visitors",
    "Pregnancy & Maternity": "Baby & maternity store shoppers",
    # fitness
    "Fitness & Gym": "Gym & fitness club goers",
    "Healthy Lifestyle": "Natural & organic grocery shoppers; Vitamin & supplement store shoppers",
    "Sports Nutrition & Supplements": "Vitamin & supplement store shoppers",
    "Activewear": "Mall shoppers; Sporting goods store shoppers",
    "Running & Marathons": "Race-day & running track visitors",
    # wellness
    "Yoga & Pilates": "Yoga & pilates studio goers",
    "Meditation & Mindfulness": "Retreat & meditation centre visitors",
    "Alternative Medicine": "Holistic clinic & apothecary visitors;"
                            " Natural & organic grocery shoppers",
    "Spirituality & Astrology": "Retreat & meditation centre visitors",
    # beauty
    "Beauty & Cosmetics": "Beauty retailer shoppers; Mall shoppers",
    "Skincare": "Beauty retailer shoppers; Dermatology & med-spa visitors",
    "Hair Care & Styling": "Hair salon & barbershop regulars",
    "Fragrances & Perfume": "Department store shoppers; Beauty retailer shoppers",
    "Nail Art": "Nail salon regulars",
    # fashion
    "Clothes, Shoes, Handbags & Accessories": "Mall shoppers; Department store shoppers",
    "Jewellery & Watches": "Jewellery store shoppers",
    "Streetwear & Sneakers": "Sneaker boutique regulars",
    "Shopping & Retail": "Mall shoppers; Outlet & discount store shoppers",
    # gaming
    "Gaming": "Video game store shoppers; Arcade & gaming café regulars",
    "Esports": "Arena & stadium goers; Arcade & gaming café regulars",
    "PC & Console Gaming": "Electronics superstore shoppers; Video game store shoppers",
    "Anime & Manga": "Comic, manga & hobby shop regulars; Convention & expo centre attendees",
    "Streaming & Live Video": "",
    # tech
    "Electronics & Computers": "Electronics superstore shoppers",
    "Mobile Phones & Gadgets": "Phone store visitors; Electronics superstore shoppers",
    "Software & Programming": "Coworking space regulars",
    "Artificial Intelligence & Data": "",
    # finance
    "Business & Careers": "Business district office workers;"
                          " Convention & expo centre attendees",
    "Personal Finance & Investing": "Bank branch visitors",
    "Cryptocurrency & Blockchain": "",
    "Real Estate": "Open house & new-development visitors",
    "Entrepreneurship": "Coworking space regulars",
    # food
    "Restaurants, Food & Grocery": "Casual dining regulars; Farmers' market regulars",
    "Cooking & Recipes": "Kitchenware store shoppers; Farmers' market regulars",
    "Coffee, Tea & Beverages": "Coffee shop regulars",
    "Beer, Wine & Spirits": "Brewery, winery & taproom visitors; Bar & nightclub regulars",
    "Vegan & Vegetarian Food": "Natural & organic grocery shoppers",
    # travel
    "Travel, Tourism & Aviation": "Frequent airport travellers",
    "Hotels & Resorts": "Hotel & resort guests",
    "Backpacking & Budget Travel": "Hostel & budget lodging guests",
    "Road Trips & Vanlife": "Campground & RV park visitors",
    # music
    "Music": "Live music venue regulars",
    "Concerts & Festivals": "Festival grounds attendees; Arena & stadium goers",
    "Hip Hop & Rap": "Bar & nightclub regulars; Live music venue regulars",
    "Musical Instruments": "Music instrument store shoppers",
    "K-Pop": "Arena & stadium goers",
    # sustainability
    "Sustainability & Environment": "Farmers' market regulars;"
                                    " Thrift store & refill shop regulars",
    "Zero Waste & Recycling": "Thrift store & refill shop regulars",
    "Organic & Natural Products": "Natural & organic grocery shoppers; Farmers' market regulars",
    "Renewable Energy & Electric Vehicles": "EV charging station visitors",
    # pets
    "Pets": "Pet store shoppers",
    "Dogs & Puppies": "Dog park regulars; Vet clinic visitors",
    "Cats & Kittens": "Vet clinic visitors; Pet store shoppers",
    "Pet Food & Supplies": "Pet store shoppers",
    # cars
    "Cars & Motorbikes": "Car dealership visitors",
    "Motorsport & Racing": "Racetrack & speedway visitors",
    "Car Tuning & Modification": "Auto parts store shoppers; Racetrack & speedway visitors",
    "Auto Parts & Accessories": "Auto parts store shoppers; Car wash regulars",
    # sports
    "Sports": "Sports bar regulars; Sporting goods store shoppers",
    "Football & Soccer": "Arena & stadium goers; Sports pitch & court regulars",
    "Basketball": "Arena & stadium goers; Sports pitch & court regulars",
    "Cycling": "Bike shop visitors",
    "Extreme Sports": "Ski resort & skate park visitors",
    # home
    "Home Decor, Furniture & Garden": "Furniture & home store shoppers; Garden centre shoppers",
    "DIY & Crafts": "Home improvement store shoppers; Craft store shoppers",
    "Gardening & Plants": "Garden centre shoppers",
    "Interior Design & Architecture": "Furniture & home store shoppers",
    # entertainment
    "Television & Film": "Cinema goers",
    "Celebrities & Pop Culture": "",
    "Comedy & Memes": "Comedy club regulars",
    "Theatre & Performing Arts": "Theatre & concert hall goers",
    # education
    "Books & Literature": "Bookshop & library visitors",
    "Education & Learning": "University campus regulars; Bookshop & library visitors",
    "Science": "Museum & gallery visitors",
    "History & Culture": "Museum & gallery visitors; Heritage site visitors",
    "Languages & Linguistics": "Language school visitors",
    # luxury
    "Luxury Goods": "Luxury boutique shoppers; Jewellery store shoppers",
    "Luxury Travel": "Airport lounge visitors; Hotel & resort guests;"
                     " Fine-dining restaurant guests",
    "Fine Dining": "Fine-dining restaurant guests",
    "Designer Fashion": "Luxury boutique shoppers; Department store shoppers",
    # outdoor
    "Camping & Hiking": "National park & trailhead visitors; Campground & RV park visitors",
    "Fishing & Hunting": "Tackle & hunting store shoppers",
    "Mountaineering & Climbing": "Climbing gym regulars; National park & trailhead visitors",
    "Outdoor Gear & Equipment": "Outdoor gear store shoppers; Sporting goods store shoppers;"
                                " Tackle & hunting store shoppers",
    # photography
    "Camera & Photography": "Camera store shoppers",
    "Art & Design": "Museum & gallery visitors; Art supply store shoppers",
    "Drawing & Illustration": "Art supply store shoppers",
    "Film Making & Video Editing": "Camera store shoppers",
}

# niche -> {phrase: the latent interests whose holders are the phrase's audience}, written as
# a planner briefs a location provider: the places, brands and events people are seen at, how
# often and when.
PHRASES: dict[str, dict[str, str]] = {
    "parenting": {
        "parents seen at weekday school gates at 8am": "Parenting & Family",
        "expectant parents visiting prenatal clinics": "Pregnancy & Maternity",
        "weekend visitors to soft-play centres and children's museums": "Parenting & Family",
        "shoppers at Smyths and Toys R Us in the run-up to Christmas": "Toys, Children & Baby",
        "guests at wedding receptions on summer Saturdays": "Friends, Family & Relationships",
        "families at zoos and aquariums during school holidays": "Parenting & Family",
    },
    "fitness": {
        "people who check in at a gym before 7am three times a week": "Fitness & Gym",
        "CrossFit box members seen most weekdays": "Fitness & Gym",
        "GNC and Holland & Barrett visitors": "Sports Nutrition & Supplements;"
                                              " Healthy Lifestyle",
        "parkrun finishers seen every Saturday morning": "Running & Marathons",
        "Lululemon and Gymshark store visitors": "Activewear",
        "people whose week mixes salad bars, juice shops and workouts": "Healthy Lifestyle;"
                                                                        " Fitness & Gym",
    },
    "wellness": {
        "reformer studio regulars": "Yoga & Pilates",
        "hot yoga class attendees seen twice a week": "Yoga & Pilates",
        "visitors to Buddhist centres and silent retreats": "Meditation & Mindfulness;"
                                                            " Spirituality & Astrology",
        "acupuncture and naturopath patients": "Alternative Medicine",
        "crystal shop and psychic fair visitors": "Spirituality & Astrology",
    },
    "beauty": {
        "Sephora and Ulta visitors in the last 30 days": "Beauty & Cosmetics; Skincare",
        "people with a monthly facial appointment": "Skincare",
        "customers who see their hairdresser every six weeks": "Hair Care & Styling",
        "perfume counter browsers at airport duty free": "Fragrances & Perfume;"
                                                         " Travel, Tourism & Aviation",
        "gel manicure regulars": "Nail Art",
        "lash and brow bar visitors": "Beauty & Cosmetics",
    },
    "fashion": {
        "weekend shoppers at Zara, H&M and Uniqlo": "Clothes, Shoes, Handbags & Accessories;"
                                                    " Shopping & Retail",
        "people queueing outside Foot Locker on release days": "Streetwear & Sneakers",
        "Pandora and Swarovski store visitors": "Jewellery & Watches",
        "outlet village day-trippers": "Shopping & Retail;"
                                       " Clothes, Shoes, Handbags & Accessories",
        "Black Friday shopping centre crowds": "Shopping & Retail",
    },
    "gaming": {
        "GameStop and GAME shoppers on launch nights": "Gaming; PC & Console Gaming",
        "Round1 and Dave & Buster's regulars": "Gaming",
        "LAN party and esports final attendees": "Esports",
        "Comic-Con and Anime Expo attendees": "Anime & Manga",
        "people who spend Friday nights at a PC bang": "PC & Console Gaming; Gaming",
        "TwitchCon attendees": "Streaming & Live Video; Gaming",
    },
    "tech": {
        "Apple Store Genius Bar visitors": "Mobile Phones & Gadgets; Electronics & Computers",
        "Best Buy and Currys shoppers": "Electronics & Computers",
        "people seen at a carrier store on new-iPhone launch day": "Mobile Phones & Gadgets",
        "hackathon attendees": "Software & Programming; Artificial Intelligence & Data",
        "developers who work from WeWork desks": "Software & Programming",
        "attendees of AI summits and data science meetups": "Artificial Intelligence & Data;"
                                                            " Business & Careers",
    },
    "finance": {
        "walk-ins at wealth management offices and brokerages": "Personal Finance & Investing",
        "Bitcoin conference attendees": "Cryptocurrency & Blockchain; Business & Careers",
        "house hunters touring show homes at weekends": "Real Estate",
        "downtown commuters in the financial district": "Business & Careers",
        "founders who work from incubators and startup hubs": "Entrepreneurship",
        "trade show exhibitors and attendees": "Business & Careers; Entrepreneurship",
    },
    "food": {
        "people who eat at Chipotle or Nando's every week": "Restaurants, Food & Grocery",
        "Saturday morning produce stall shoppers": "Organic & Natural Products;"
                                                   " Restaurants, Food & Grocery",
        "Starbucks visitors seen five days a week": "Coffee, Tea & Beverages",
        "craft brewery taproom crawlers": "Beer, Wine & Spirits",
        "Williams Sonoma and Le Creuset outlet shoppers": "Cooking & Recipes",
        "regulars at vegan cafés": "Vegan & Vegetarian Food",
    },
    "travel": {
        "travellers through Heathrow and JFK more than four times a year":
            "Travel, Tourism & Aviation",
        "guests at all-inclusive beach resorts": "Hotels & Resorts",
        "backpackers staying at Generator and Selina": "Backpacking & Budget Travel",
        "KOA campground overnighters on road trips": "Road Trips & Vanlife",
        "tourists seen at three or more landmarks in a day": "Travel, Tourism & Aviation;"
                                                             " History & Culture",
    },
    "music": {
        "people at a gig two or more nights a month": "Music; Concerts & Festivals",
        "Glastonbury and Lollapalooza attendees": "Concerts & Festivals",
        "regulars at hip-hop club nights": "Hip Hop & Rap",
        "Guitar Center shoppers": "Musical Instruments",
        "BTS and Blackpink stadium tour attendees": "K-Pop; Concerts & Festivals",
    },
    "sustainability": {
        "refill station and bulk store shoppers": "Zero Waste & Recycling",
        "drivers who stop at Tesla Superchargers": "Renewable Energy & Electric Vehicles",
        "climate march participants": "Sustainability & Environment",
        "Whole Foods and Planet Organic regulars": "Organic & Natural Products",
        "visitors to recycling centres and repair cafés": "Zero Waste & Recycling;"
                                                          " Sustainability & Environment",
    },
    "pets": {
        "morning dog walkers at off-leash parks": "Dogs & Puppies",
        "Petco and Pets at Home shoppers": "Pet Food & Supplies; Pets",
        "cat owners seen at cat cafés and feline clinics": "Cats & Kittens",
        "visitors to animal shelters and adoption events": "Pets",
        "puppy class attendees": "Dogs & Puppies",
    },
    "cars": {
        "people who visited two or more car showrooms this month": "Cars & Motorbikes",
        "Formula 1 grand prix weekend attendees": "Motorsport & Racing",
        "AutoZone and Halfords shoppers": "Auto Parts & Accessories",
        "track-day regulars at the Nürburgring and Laguna Seca": "Car Tuning & Modification;"
                                                                 " Motorsport & Racing",
        "Harley-Davidson dealer visitors": "Cars & Motorbikes",
    },
    "sports": {
        "Premier League matchday crowds": "Football & Soccer",
        "NBA game attendees": "Basketball",
        "fans who watch big games at pubs with screens": "Sports",
        "Sunday league footballers at local pitches": "Football & Soccer",
        "cyclists seen at velodromes and bike cafés": "Cycling",
        "skiers with a season pass at Whistler or Vail": "Extreme Sports",
    },
    "home": {
        "IKEA visitors back for a second trip within a month": "Home Decor, Furniture & Garden;"
                                                               " Interior Design & Architecture",
        "Home Depot and B&Q weekend shoppers": "DIY & Crafts",
        "nursery and plant shop visitors in spring": "Gardening & Plants",
        "Hobby Lobby and Michaels shoppers": "DIY & Crafts",
        "visitors to design fairs and architecture biennales": "Interior Design & Architecture;"
                                                               " Art & Design",
    },
    "entertainment": {
        "opening-weekend moviegoers at IMAX screens": "Television & Film",
        "stand-up night audiences": "Comedy & Memes",
        "West End and Broadway audiences": "Theatre & Performing Arts",
        "people who took a TV studio or film set tour": "Television & Film;"
                                                        " Celebrities & Pop Culture",
        "fans waiting at red-carpet premieres": "Celebrities & Pop Culture; Television & Film",
    },
    "education": {
        "Barnes & Noble and Waterstones browsers": "Books & Literature",
        "students seen on a university campus most weekdays": "Education & Learning",
        "visitors to science centres and planetariums": "Science",
        "people who tour castles and historic houses": "History & Culture",
        "evening-class attendees at language institutes": "Languages & Linguistics",
        "public library regulars": "Books & Literature; Education & Learning",
    },
    "luxury": {
        "shoppers on Bond Street and Rodeo Drive": "Luxury Goods; Designer Fashion",
        "diners at Michelin-starred restaurants": "Fine Dining",
        "first-class passengers seen in premium lounges": "Luxury Travel",
        "guests at five-star city hotels": "Luxury Travel; Hotels & Resorts",
        "Rolex and Cartier boutique visitors": "Luxury Goods; Jewellery & Watches",
    },
    "outdoor": {
        "visitors to Yosemite and the Lake District": "Camping & Hiking",
        "REI and Decathlon shoppers": "Outdoor Gear & Equipment",
        "anglers seen at lakeside piers before dawn": "Fishing & Hunting",
        "bouldering wall members": "Mountaineering & Climbing",
        "wild campers parking at trailheads overnight": "Camping & Hiking; Road Trips & Vanlife",
    },
    "photography": {
        "people who visit a camera shop more than once a quarter": "Camera & Photography",
        "visitors to the Tate Modern and MoMA": "Art & Design",
        "life-drawing class attendees": "Drawing & Illustration",
        "film festival goers at Sundance and Berlinale": "Film Making & Video Editing;"
                                                         " Television & Film",
        "Blick and Cass Art customers": "Drawing & Illustration; Art & Design",
    },
}

# Hand-written evaluation segments (keyword arguments of ``segments._seg``). Age and country
# are deliberately correlated in visits-school-run-parents-in, visits-retired-gardeners-nz and
# visits-teen-arcades-kr; visits-hard-* use phrases whose interests leave no place trace or
# reach labels that gather several niches.
FIXED_SEGMENTS: tuple[dict[str, Any], ...] = (
    dict(id="visits-school-run-parents-in", name="School-run parents 25-44 in India",
         description="""Indian parents seen at school gates on weekday mornings who take the
         children to soft-play centres and zoos at weekends.""",
         ages=["25-34", "35-44"],
         interests=["parents seen at weekday school gates at 8am",
                    "weekend visitors to soft-play centres and children's museums",
                    "families at zoos and aquariums during school holidays"],
         countries=["IN"], languages=["en", "hi"]),
    dict(id="visits-retired-gardeners-nz", name="Retired gardeners 55+ in New Zealand",
         description="""New Zealand retirees at plant nurseries in spring, at the hardware
         store at weekends and touring historic houses.""",
         ages=["55-64", "65+"],
         interests=["nursery and plant shop visitors in spring",
                    "Home Depot and B&Q weekend shoppers",
                    "people who tour castles and historic houses"],
         countries=["NZ"], filters={"platforms": ["youtube", "instagram"]}),
    dict(id="visits-teen-arcades-kr", name="Teen gamers 13-24 in South Korea",
         description="""Korean teenagers spending Friday nights at a PC bang, at arcades and at
         esports finals.""",
         ages=["13-17", "18-24"],
         interests=["people who spend Friday nights at a PC bang",
                    "Round1 and Dave & Buster's regulars",
                    "LAN party and esports final attendees"],
         genders=["male"], countries=["KR"], languages=["ko"],
         filters={"platforms": ["twitch", "youtube"]}),
    dict(id="visits-early-gym-us", name="Early gym-goers 18-34 in the US", description="""
         Americans checking in at the gym before 7am, in CrossFit boxes and at supplement
         stores.""",
         ages=["18-24", "25-34"],
         interests=["people who check in at a gym before 7am three times a week",
                    "CrossFit box members seen most weekdays",
                    "GNC and Holland & Barrett visitors"],
         countries=["US"], filters={"platforms": ["instagram", "tiktok"]}),
    dict(id="visits-parkrunners-gb-ie", name="Parkrunners 25-54 in the UK and Ireland",
         description="""British and Irish runners at parkrun every Saturday who shop at
         Lululemon and Gymshark.""",
         ages=["25-34", "35-44", "45-54"],
         interests=["parkrun finishers seen every Saturday morning",
                    "Lululemon and Gymshark store visitors"],
         countries={"GB": 1.0, "IE": 0.5}),
    dict(id="visits-beauty-women-th-my", name="Beauty shoppers, women 18-34 in Thailand and "
         "Malaysia", description="""Young women at Sephora, lash and brow bars and gel
         manicure appointments.""",
         ages=["18-24", "25-34"],
         interests=["Sephora and Ulta visitors in the last 30 days",
                    "lash and brow bar visitors", "gel manicure regulars"],
         genders=["female"], countries={"TH": 1.0, "MY": 0.6},
         filters={"platforms": ["instagram", "tiktok"], "min_credibility": 0.7}),
    dict(id="visits-yoga-women-de-at", name="Studio yogis, women 25-54 in Germany and Austria",
         description="""German-speaking women at reformer and hot yoga studios who also go on
         silent retreats.""",
         ages=["25-34", "35-44", "45-54"],
         interests=["reformer studio regulars", "hot yoga class attendees seen twice a week",
                    "visitors to Buddhist centres and silent retreats"],
         genders=["female"], countries={"DE": 1.0, "AT": 0.5}, languages=["de"]),
    dict(id="visits-sneaker-queues-us", name="Sneaker queuers 18-34 in the US",
         description="""Young Americans queueing outside Foot Locker on release days and
         shopping Zara and Uniqlo at weekends.""",
         ages=["18-24", "25-34"],
         interests=["people queueing outside Foot Locker on release days",
                    "weekend shoppers at Zara, H&M and Uniqlo"],
         countries=["US"], filters={"platforms": ["instagram", "tiktok"]}),
    dict(id="visits-coworking-devs-in", name="Coworking developers 18-34 in India",
         description="""Indian developers working from WeWork desks, at hackathons and at the
         Apple Store.""",
         ages=["18-24", "25-34"],
         interests=["developers who work from WeWork desks", "hackathon attendees",
                    "Apple Store Genius Bar visitors"],
         countries=["IN"], languages=["en"], filters={"platforms": ["youtube", "x"]}),
    dict(id="visits-house-hunters-ca", name="House hunters 25-44 in Canada", description="""
         Canadians touring show homes at weekends who walk in at wealth managers and shop for
         furniture at IKEA.""",
         ages=["25-34", "35-44"],
         interests=["house hunters touring show homes at weekends",
                    "walk-ins at wealth management offices and brokerages",
                    "IKEA visitors back for a second trip within a month"],
         countries=["CA"]),
    dict(id="visits-foodies-fr-it", name="Food lovers 25-54 in France and Italy",
         description="""French and Italians at Saturday produce stalls, craft taprooms and
         cookware shops.""",
         ages=["25-34", "35-44", "45-54"],
         interests=["Saturday morning produce stall shoppers", "craft brewery taproom crawlers",
                    "Williams Sonoma and Le Creuset outlet shoppers"],
         countries={"FR": 1.0, "IT": 1.0}),
    dict(id="visits-backpackers-au", name="Backpackers 18-34 in Australia", description="""
         Young Australians staying in hostels, sleeping at campgrounds on road trips and
         flying often.""",
         ages=["18-24", "25-34"],
         interests=["backpackers staying at Generator and Selina",
                    "KOA campground overnighters on road trips",
                    "travellers through Heathrow and JFK more than four times a year"],
         countries=["AU"]),
    dict(id="visits-festival-crowd-gb", name="Festival-goers 18-34 in the UK", description="""
         British festival crowds who go to gigs twice a month and to hip-hop club nights.""",
         ages=["18-24", "25-34"],
         interests=["Glastonbury and Lollapalooza attendees",
                    "people at a gig two or more nights a month",
                    "regulars at hip-hop club nights"],
         countries=["GB"]),
    dict(id="visits-green-drivers-no-se", name="Green households 25-54 in Norway and Sweden",
         description="""Norwegians and Swedes stopping at Superchargers, shopping at refill
         stations and taking things to repair cafés.""",
         ages=["25-34", "35-44", "45-54"],
         interests=["drivers who stop at Tesla Superchargers",
                    "refill station and bulk store shoppers",
                    "visitors to recycling centres and repair cafés"],
         countries={"NO": 1.0, "SE": 0.8}),
    dict(id="visits-dog-walkers-us", name="Dog owners 25-54 in the US", description="""
         Americans walking dogs at off-leash parks, at puppy classes and at the pet store.""",
         ages=["25-34", "35-44", "45-54"],
         interests=["morning dog walkers at off-leash parks", "puppy class attendees",
                    "Petco and Pets at Home shoppers"],
         countries=["US"], filters={"followers": {"max": 500000}}),
    dict(id="visits-track-days-men-de", name="Track-day drivers, men 25-54 in Germany",
         description="""German men at Nürburgring track days, grand prix weekends and car
         parts stores.""",
         ages=["25-34", "35-44", "45-54"],
         interests=["track-day regulars at the Nürburgring and Laguna Seca",
                    "Formula 1 grand prix weekend attendees", "AutoZone and Halfords shoppers"],
         genders=["male"], countries=["DE"], languages=["de"]),
    dict(id="visits-matchday-men-br-ar", name="Matchday crowds, men 18-44 in Brazil and "
         "Argentina", description="""Men at football grounds on matchdays who play Sunday league
         and watch big games at the pub.""",
         ages=["18-24", "25-34", "35-44"],
         interests=["Premier League matchday crowds", "Sunday league footballers at local pitches",
                    "fans who watch big games at pubs with screens"],
         genders=["male"], countries={"BR": 1.0, "AR": 0.6},
         filters={"platforms": ["x", "instagram"]}),
    dict(id="visits-hard-luxury-ae-sa", name="Luxury travellers 35-64 in the UAE and Saudi "
         "Arabia", description="""Affluent travellers in first-class lounges, five-star hotels,
         Rolex boutiques and on Bond Street.""",
         ages=["35-44", "45-54", "55-64"],
         interests=["first-class passengers seen in premium lounges",
                    "guests at five-star city hotels", "Rolex and Cartier boutique visitors",
                    "shoppers on Bond Street and Rodeo Drive"],
         countries={"AE": 1.0, "SA": 1.0}, filters={"followers": {"min": 20000}}),
    dict(id="visits-hard-screen-fans-us-gb", name="Screen-culture fans 18-34 in the US and UK",
         description="""Fans at red-carpet premieres, TwitchCon and Bitcoin conferences: people
         whose interests mostly live on a screen.""",
         ages=["18-24", "25-34"],
         interests=["fans waiting at red-carpet premieres", "TwitchCon attendees",
                    "Bitcoin conference attendees",
                    "attendees of AI summits and data science meetups"],
         countries={"US": 1.0, "GB": 0.8}),
    dict(id="visits-hard-stadiums-jp-tw", name="Stadium crowds 13-34 in Japan and Taiwan",
         description="""Young people at K-pop stadium tours, NBA games and esports finals:
         crowds the same arenas hold.""",
         ages=["13-17", "18-24", "25-34"],
         interests=["BTS and Blackpink stadium tour attendees", "NBA game attendees",
                    "LAN party and esports final attendees"],
         countries={"JP": 1.0, "TW": 0.8}),
)
