"""Held-out vocabulary ``property``: a real-estate portal's home-seeker and homeowner audiences.

Modelled on the audiences a property portal sells or lets agents and advertisers reach (in the
style of a listings portal's, a rental marketplace's or a home-valuation site's segments built
from searches, saved filters, enquiries, viewings booked and homes tracked): people are known
by the homes they look for and the homes they own, and reported under a search filter or home
feature ("Home gym & garage conversion searchers", "Soundproofed studio & music-room seekers",
"Chef's kitchen & open-plan seekers"), a kind of property or area ("Period & listed home
buyers", "Ski-in ski-out & mountain chalet browsers", "Café, bar & restaurant quarter
renters") or a stage of the housing journey ("Growing-family upsizers", "Buy-to-let
landlords", "Home valuation trackers"). An interest shows only through the home it makes
people want, so granularity follows the listings' filters: home and garden split into
renovation projects, period homes, architect-designed homes, gardens and new builds, and
money into landlords, mortgage checkers, valuation trackers, cash buyers and office seekers,
while gaming is one broadband-and-gaming-room search and beauty one salon unit and one
dressing room. Features and areas gather unrelated niches: "Walk-in wardrobe &
dressing-room seekers" (makeup, clothes, jewellery, designer fashion), "Spa bathroom, sauna &
pool home seekers" (healthy living, yoga, alternative medicine, hotels), "Dream-home & viral
listing browsers" (comedy, celebrities, film and television), "Home cinema & media-room
seekers" (consoles, film, film making), "Smallholding & self-sufficiency buyers" (vegetarian
food, zero waste, organic products, gardening), "Cash buyers & overseas investors"
(cryptocurrency, luxury goods). Interests that make nobody look for a different home have no
label: skincare, perfume, anime, and K-pop. Phrases are written the way a planner briefs a
property portal: searches and saved filters, named areas, streets and developments, the
feature people want, and where they are in buying, renting or owning.

Written blind (without reading the matcher, its interest-matching notes or its results),
before any tuning or measurement of the matcher on it; it must not be adjusted to the
matcher's results. Strings are ";"-separated lists.
"""

from __future__ import annotations

from typing import Any

NAME = "property"
DESCRIPTION = ("Property-portal style: 53 home-seeker and homeowner audiences named by search "
               "filter, home feature, area and stage of the housing journey; features and "
               "areas gather several niches, four interests that change nobody's home search "
               "have no label.")

LABELS: tuple[str, ...] = (
    # family
    "School catchment searchers", "Growing-family upsizers", "First-time buyer couples",
    "Multigenerational & granny-annexe home seekers",
    # fitness and wellbeing
    "Home gym & garage conversion searchers", "Near-park & running-route home seekers",
    "Spa bathroom, sauna & pool home seekers", "Quiet retreat & garden-studio seekers",
    # beauty and fashion
    "Salon & beauty-room premises renters", "Walk-in wardrobe & dressing-room seekers",
    "High-street & shopping district renters",
    # screens and tech
    "Gigabit broadband & gaming room seekers", "Smart-home & tech-ready property seekers",
    "Home office & remote-worker searchers",
    # money and work
    "Buy-to-let landlords", "Mortgage rate & affordability checkers", "Home valuation trackers",
    "Cash buyers & overseas investors", "Shop & office space renters",
    # food and drink
    "Chef's kitchen & open-plan seekers", "Café, bar & restaurant quarter renters",
    "Vineyard & wine-country property browsers", "Smallholding & self-sufficiency buyers",
    # travel
    "Holiday home & short-let investors", "Overseas & relocation searchers",
    "Flatshare & room-to-rent seekers", "Off-grid land & van-parking seekers",
    # music
    "Soundproofed studio & music-room seekers", "Nightlife & venue-district renters",
    # green living
    "Eco & passive-house buyers", "EV charger & solar-panel home seekers",
    "Cycle storage & bike-friendly commute searchers",
    # animals
    "Pet-friendly rental seekers", "Large-garden & dog-friendly home seekers",
    # cars
    "Double garage & workshop seekers",
    # sport and the outdoors
    "Near-stadium & club-ground renters", "Coastal surf-town searchers",
    "Ski-in ski-out & mountain chalet browsers", "Rural & sporting estate buyers",
    "Cabin & national-park edge seekers", "Waterfront & marina home browsers",
    # home
    "Fixer-upper & renovation project buyers", "Period & listed home buyers",
    "Architect-designed & modern home browsers", "Garden & allotment-plot seekers",
    "New-build & show-home visitors",
    # screen, stage and learning
    "Dream-home & viral listing browsers", "Home cinema & media-room seekers",
    "Theatreland & city-centre flat renters", "Near-campus & student-let renters",
    "Home library & reading-nook seekers",
    # luxury and the arts
    "Prime & super-prime listing browsers", "Studio, loft & warehouse conversion seekers",
)

# Latent interest -> the portal audiences a follower holding it is reported under (none for
# four interests that change nobody's home search).
REPORTS: dict[str, str] = {
    # parenting
    "Toys, Children & Baby": "Growing-family upsizers; School catchment searchers",
    "Parenting & Family": "School catchment searchers; Growing-family upsizers",
    "Friends, Family & Relationships": "First-time buyer couples;"
                                       " Multigenerational & granny-annexe home seekers",
    "Pregnancy & Maternity": "Growing-family upsizers; First-time buyer couples",
    # fitness
    "Fitness & Gym": "Home gym & garage conversion searchers",
    "Healthy Lifestyle": "Near-park & running-route home seekers;"
                         " Spa bathroom, sauna & pool home seekers",
    "Sports Nutrition & Supplements": "Home gym & garage conversion searchers",
    "Activewear": "Near-park & running-route home seekers;"
                  " Home gym & garage conversion searchers",
    "Running & Marathons": "Near-park & running-route home seekers",
    # wellness
    "Yoga & Pilates": "Quiet retreat & garden-studio seekers;"
                      " Spa bathroom, sauna & pool home seekers",
    "Meditation & Mindfulness": "Quiet retreat & garden-studio seekers",
    "Alternative Medicine": "Spa bathroom, sauna & pool home seekers;"
                            " Quiet retreat & garden-studio seekers",
    "Spirituality & Astrology": "Quiet retreat & garden-studio seekers",
    # beauty
    "Beauty & Cosmetics": "Salon & beauty-room premises renters;"
                          " Walk-in wardrobe & dressing-room seekers",
    "Skincare": "",
    "Hair Care & Styling": "Salon & beauty-room premises renters",
    "Fragrances & Perfume": "",
    "Nail Art": "Salon & beauty-room premises renters",
    # fashion
    "Clothes, Shoes, Handbags & Accessories": "Walk-in wardrobe & dressing-room seekers",
    "Jewellery & Watches": "Prime & super-prime listing browsers;"
                           " Walk-in wardrobe & dressing-room seekers",
    "Streetwear & Sneakers": "High-street & shopping district renters",
    "Shopping & Retail": "High-street & shopping district renters",
    # gaming
    "Gaming": "Gigabit broadband & gaming room seekers",
    "Esports": "Gigabit broadband & gaming room seekers",
    "PC & Console Gaming": "Gigabit broadband & gaming room seekers;"
                           " Home cinema & media-room seekers",
    "Anime & Manga": "",
    "Streaming & Live Video": "Gigabit broadband & gaming room seekers;"
                              " Soundproofed studio & music-room seekers",
    # tech
    "Electronics & Computers": "Smart-home & tech-ready property seekers",
    "Mobile Phones & Gadgets": "Smart-home & tech-ready property seekers",
    "Software & Programming": "Home office & remote-worker searchers;"
                              " Smart-home & tech-ready property seekers",
    "Artificial Intelligence & Data": "Smart-home & tech-ready property seekers;"
                                      " Home office & remote-worker searchers",
    # finance
    "Business & Careers": "Home office & remote-worker searchers; Shop & office space renters;"
                          " Overseas & relocation searchers",
    "Personal Finance & Investing": "Buy-to-let landlords;"
                                    " Mortgage rate & affordability checkers;"
                                    " Home valuation trackers",
    "Cryptocurrency & Blockchain": "Cash buyers & overseas investors",
    "Real Estate": "Buy-to-let landlords; Home valuation trackers;"
                   " Holiday home & short-let investors",
    "Entrepreneurship": "Shop & office space renters; Home office & remote-worker searchers",
    # food
    "Restaurants, Food & Grocery": "Café, bar & restaurant quarter renters",
    "Cooking & Recipes": "Chef's kitchen & open-plan seekers",
    "Coffee, Tea & Beverages": "Café, bar & restaurant quarter renters",
    "Beer, Wine & Spirits": "Vineyard & wine-country property browsers;"
                            " Café, bar & restaurant quarter renters",
    "Vegan & Vegetarian Food": "Smallholding & self-sufficiency buyers",
    # travel
    "Travel, Tourism & Aviation": "Overseas & relocation searchers;"
                                  " Holiday home & short-let investors",
    "Hotels & Resorts": "Holiday home & short-let investors;"
                        " Spa bathroom, sauna & pool home seekers",
    "Backpacking & Budget Travel": "Flatshare & room-to-rent seekers",
    "Road Trips & Vanlife": "Off-grid land & van-parking seekers",
    # music
    "Music": "Nightlife & venue-district renters; Soundproofed studio & music-room seekers",
    "Concerts & Festivals": "Nightlife & venue-district renters",
    "Hip Hop & Rap": "Nightlife & venue-district renters;"
                     " Soundproofed studio & music-room seekers",
    "Musical Instruments": "Soundproofed studio & music-room seekers",
    "K-Pop": "",
    # sustainability
    "Sustainability & Environment": "Eco & passive-house buyers;"
                                    " Cycle storage & bike-friendly commute searchers",
    "Zero Waste & Recycling": "Eco & passive-house buyers;"
                              " Smallholding & self-sufficiency buyers",
    "Organic & Natural Products": "Smallholding & self-sufficiency buyers",
    "Renewable Energy & Electric Vehicles": "EV charger & solar-panel home seekers;"
                                            " Eco & passive-house buyers",
    # pets
    "Pets": "Pet-friendly rental seekers",
    "Dogs & Puppies": "Pet-friendly rental seekers; Large-garden & dog-friendly home seekers",
    "Cats & Kittens": "Pet-friendly rental seekers",
    "Pet Food & Supplies": "Pet-friendly rental seekers",
    # cars
    "Cars & Motorbikes": "Double garage & workshop seekers;"
                         " EV charger & solar-panel home seekers",
    "Motorsport & Racing": "Double garage & workshop seekers",
    "Car Tuning & Modification": "Double garage & workshop seekers",
    "Auto Parts & Accessories": "Double garage & workshop seekers",
    # sports
    "Sports": "Near-stadium & club-ground renters",
    "Football & Soccer": "Near-stadium & club-ground renters",
    "Basketball": "Near-stadium & club-ground renters",
    "Cycling": "Cycle storage & bike-friendly commute searchers",
    "Extreme Sports": "Coastal surf-town searchers; Ski-in ski-out & mountain chalet browsers",
    # home
    "Home Decor, Furniture & Garden": "New-build & show-home visitors;"
                                      " Fixer-upper & renovation project buyers",
    "DIY & Crafts": "Fixer-upper & renovation project buyers",
    "Gardening & Plants": "Garden & allotment-plot seekers;"
                          " Large-garden & dog-friendly home seekers;"
                          " Smallholding & self-sufficiency buyers",
    "Interior Design & Architecture": "Architect-designed & modern home browsers;"
                                      " Period & listed home buyers",
    # entertainment
    "Television & Film": "Home cinema & media-room seekers;"
                         " Dream-home & viral listing browsers",
    "Celebrities & Pop Culture": "Dream-home & viral listing browsers",
    "Comedy & Memes": "Dream-home & viral listing browsers",
    "Theatre & Performing Arts": "Theatreland & city-centre flat renters",
    # education
    "Books & Literature": "Home library & reading-nook seekers",
    "Education & Learning": "Near-campus & student-let renters; School catchment searchers",
    "Science": "Near-campus & student-let renters",
    "History & Culture": "Period & listed home buyers; Home library & reading-nook seekers",
    "Languages & Linguistics": "Overseas & relocation searchers",
    # luxury
    "Luxury Goods": "Prime & super-prime listing browsers; Cash buyers & overseas investors",
    "Luxury Travel": "Ski-in ski-out & mountain chalet browsers;"
                     " Waterfront & marina home browsers",
    "Fine Dining": "Chef's kitchen & open-plan seekers;"
                   " Vineyard & wine-country property browsers",
    "Designer Fashion": "Prime & super-prime listing browsers;"
                        " Walk-in wardrobe & dressing-room seekers",
    # outdoor
    "Camping & Hiking": "Cabin & national-park edge seekers;"
                        " Off-grid land & van-parking seekers",
    "Fishing & Hunting": "Rural & sporting estate buyers; Waterfront & marina home browsers",
    "Mountaineering & Climbing": "Cabin & national-park edge seekers;"
                                 " Ski-in ski-out & mountain chalet browsers",
    "Outdoor Gear & Equipment": "Cabin & national-park edge seekers;"
                                " Rural & sporting estate buyers",
    # photography
    "Camera & Photography": "Studio, loft & warehouse conversion seekers",
    "Art & Design": "Studio, loft & warehouse conversion seekers;"
                    " Architect-designed & modern home browsers",
    "Drawing & Illustration": "Studio, loft & warehouse conversion seekers",
    "Film Making & Video Editing": "Studio, loft & warehouse conversion seekers;"
                                   " Home cinema & media-room seekers",
}

# niche -> {phrase: the latent interests whose holders are the phrase's audience}, written as
# a planner briefs a property portal: searches and saved filters, named areas, streets and
# developments, the feature people want, and where they are in buying, renting or owning.
PHRASES: dict[str, dict[str, str]] = {
    "parenting": {
        "parents searching Ofsted Outstanding catchments in Surrey": "Parenting & Family;"
                                                                    " Education & Learning",
        "couples who saved a four-bed search after the baby scan": "Pregnancy & Maternity",
        "families upsizing from a two-bed flat": "Parenting & Family; Toys, Children & Baby",
        "buyers filtering for a playroom and a nursery": "Toys, Children & Baby",
        "adult children hunting a house with an annexe for mum": "Friends, Family &"
                                                                 " Relationships",
        "friends co-buying their first flat together": "Friends, Family & Relationships",
    },
    "fitness": {
        "buyers who want a garage they can turn into a gym": "Fitness & Gym",
        "runners who want a flat next to Richmond Park": "Running & Marathons",
        "Peloton owners needing a spare room for the bike": "Fitness & Gym",
        "health-conscious renters near a parkrun course": "Healthy Lifestyle;"
                                                          " Running & Marathons",
        "CrossFit coaches looking for a home with a big garage": "Fitness & Gym;"
                                                                 " Sports Nutrition &"
                                                                 " Supplements",
    },
    "wellness": {
        "yoga teachers searching for a home with a studio outbuilding": "Yoga & Pilates",
        "buyers who filter for a home sauna or hot tub": "Alternative Medicine;"
                                                         " Healthy Lifestyle",
        "meditators wanting a quiet cottage away from traffic": "Meditation & Mindfulness",
        "feng shui followers checking which way the house faces": "Spirituality & Astrology",
        "retreat-style home searchers in Byron Bay and Ubud": "Yoga & Pilates;"
                                                              " Spirituality & Astrology",
    },
    "beauty": {
        "hairdressers looking for a chair-rental salon unit": "Hair Care & Styling",
        "nail techs renting a treatment room above a shop": "Nail Art",
        "makeup artists needing a vanity room with good light": "Beauty & Cosmetics",
        "skincare brand founders searching for a live-work unit": "Skincare; Entrepreneurship",
        "perfume lovers who want a dressing room for their bottles": "Fragrances & Perfume;"
                                                                    " Clothes, Shoes,"
                                                                    " Handbags & Accessories",
        "estheticians setting up a facial studio at home": "Skincare; Beauty & Cosmetics",
    },
    "fashion": {
        "shoppers who need a second bedroom just for clothes":
            "Clothes, Shoes, Handbags & Accessories",
        "sneaker collectors needing a display wall": "Streetwear & Sneakers",
        "renters who want to live above Carnaby Street": "Shopping & Retail;"
                                                        " Streetwear & Sneakers",
        "buyers of homes with a safe for watches and jewellery": "Jewellery & Watches",
        "shopaholics searching flats near Westfield": "Shopping & Retail",
    },
    "gaming": {
        "gamers filtering for full-fibre broadband": "Gaming; PC & Console Gaming",
        "Twitch streamers searching for a soundproof spare room": "Streaming & Live Video",
        "esports players sharing a team house in Seoul": "Esports",
        "anime fans relocating to Tokyo": "Anime & Manga; Travel, Tourism & Aviation",
        "console gamers who want a den for an 85-inch TV": "PC & Console Gaming;"
                                                           " Television & Film",
    },
    "tech": {
        "tech workers searching homes wired for Google Nest and Hue": "Mobile Phones & Gadgets",
        "software engineers needing a second bedroom for a desk setup":
            "Software & Programming",
        "data scientists relocating to Zurich": "Artificial Intelligence & Data",
        "gadget fans filtering for homes with keyless smart locks": "Mobile Phones & Gadgets;"
                                                                    " Electronics & Computers",
        "home-lab builders who need a cool room for servers": "Electronics & Computers",
    },
    "finance": {
        "landlords browsing HMO listings in Manchester": "Real Estate",
        "homeowners who check their Zestimate every month": "Real Estate",
        "first-time buyers saving in a Lifetime ISA": "Personal Finance & Investing",
        "Bitcoin holders buying a flat with crypto": "Cryptocurrency & Blockchain",
        "founders hunting a first office for their start-up": "Entrepreneurship;"
                                                              " Business & Careers",
        "consultants relocating for a new job in Dubai": "Business & Careers",
    },
    "food": {
        "home cooks who filter for a kitchen island and range cooker": "Cooking & Recipes",
        "renters who want a flat near Borough Market": "Restaurants, Food & Grocery",
        "coffee lovers searching near the cafés of Fitzroy": "Coffee, Tea & Beverages",
        "wine lovers browsing châteaux in Bordeaux": "Beer, Wine & Spirits",
        "vegans looking for land to grow their own food": "Vegan & Vegetarian Food;"
                                                          " Gardening & Plants",
        "brewers searching for a unit to start a microbrewery": "Beer, Wine & Spirits",
    },
    "travel": {
        "buyers looking for a holiday let in Cornwall": "Hotels & Resorts;"
                                                        " Travel, Tourism & Aviation",
        "expats relocating to Singapore": "Travel, Tourism & Aviation",
        "backpackers looking for a room in a shared house in Sydney":
            "Backpacking & Budget Travel",
        "vanlifers searching for a plot to park their van": "Road Trips & Vanlife",
        "frequent flyers who want to live near Heathrow": "Travel, Tourism & Aviation",
    },
    "music": {
        "musicians searching for a soundproofed basement": "Musical Instruments",
        "drummers who need a detached house": "Musical Instruments",
        "gig-goers renting near Brixton Academy": "Concerts & Festivals",
        "producers who want a home setup for making beats": "Hip Hop & Rap; Music",
        "K-pop fans moving to Seoul for a year": "K-Pop; Travel, Tourism & Aviation",
    },
    "sustainability": {
        "buyers filtering for an EPC A rating": "Sustainability & Environment;"
                                                " Renewable Energy & Electric Vehicles",
        "Tesla drivers who need a driveway charger": "Renewable Energy & Electric Vehicles;"
                                                     " Cars & Motorbikes",
        "Passivhaus self-builders": "Sustainability & Environment",
        "zero-wasters looking for a home with room to compost": "Zero Waste & Recycling",
        "homeowners with solar panels and a heat pump": "Renewable Energy & Electric Vehicles",
    },
    "pets": {
        "renters searching for flats that allow pets in London": "Pets",
        "dog owners filtering for an enclosed garden": "Dogs & Puppies",
        "cat owners who need a flat with a netted balcony": "Cats & Kittens",
        "Rover dog-sitters who want a house near a park": "Dogs & Puppies",
        "horse owners searching for a property with paddocks": "Pets",
    },
    "cars": {
        "petrolheads searching for a house with room for three cars": "Cars & Motorbikes;"
                                                                      " Car Tuning &"
                                                                      " Modification",
        "project-car builders who need a workshop with power": "Car Tuning & Modification",
        "motorcyclists filtering for secure bike parking": "Cars & Motorbikes",
        "fans who want a home near Silverstone": "Motorsport & Racing",
        "car parts traders looking for a lock-up": "Auto Parts & Accessories",
    },
    "sports": {
        "Arsenal fans renting near the Emirates": "Football & Soccer",
        "Lakers fans searching downtown LA lofts": "Basketball",
        "surfers searching for a house in Ericeira": "Extreme Sports",
        "skiers browsing chalets in Verbier": "Extreme Sports; Luxury Travel",
        "commuters who filter for a lockable bike shed": "Cycling",
        "golfers looking for a home on a golf estate": "Sports",
    },
    "home": {
        "buyers hunting a doer-upper to renovate": "DIY & Crafts;"
                                                   " Home Decor, Furniture & Garden",
        "Grand Designs fans browsing self-build plots": "Interior Design & Architecture",
        "buyers searching for Georgian townhouses": "History & Culture;"
                                                    " Interior Design & Architecture",
        "gardeners who filter for a south-facing garden": "Gardening & Plants",
        "renters who want an unfurnished flat to decorate": "Home Decor, Furniture & Garden",
        "visitors to Barratt and Persimmon show homes": "Home Decor, Furniture & Garden",
    },
    "entertainment": {
        "people who scroll Zillow Gone Wild for fun": "Comedy & Memes",
        "fans touring celebrity mansions on listing sites": "Celebrities & Pop Culture",
        "Selling Sunset viewers browsing Hollywood Hills listings": "Television & Film;"
                                                                    " Celebrities & Pop"
                                                                    " Culture",
        "actors renting near the West End": "Theatre & Performing Arts",
        "film buffs who want a cinema room in the basement": "Television & Film",
    },
    "education": {
        "students searching for a house share near campus": "Education & Learning",
        "researchers moving for a post at CERN": "Science",
        "book lovers who filter for built-in shelves": "Books & Literature",
        "buyers of Tudor cottages and listed barns": "History & Culture",
        "language teachers relocating to Madrid": "Languages & Linguistics;"
                                                  " Education & Learning",
        "PhD students renting close to Oxford colleges": "Education & Learning; Science",
    },
    "luxury": {
        "buyers browsing £10m-plus homes in Mayfair": "Luxury Goods",
        "Sotheby's International Realty browsers": "Luxury Goods; Designer Fashion",
        "yacht owners searching for a villa with a berth": "Luxury Travel",
        "gourmets who want a kitchen fit for a private chef": "Fine Dining; Cooking & Recipes",
        "fashion designers looking at penthouses in Milan": "Designer Fashion",
    },
    "outdoor": {
        "hikers wanting a cottage near the Lake District fells": "Camping & Hiking",
        "anglers searching for a house with fishing rights": "Fishing & Hunting",
        "hunters looking for acreage in Montana": "Fishing & Hunting",
        "climbers moving to Chamonix": "Mountaineering & Climbing",
        "campers who want a house backing onto a national forest": "Camping & Hiking;"
                                                                   " Outdoor Gear & Equipment",
    },
    "photography": {
        "photographers searching for a space with north light": "Camera & Photography",
        "artists looking for a live-work space in Bushwick": "Art & Design",
        "illustrators who want a garden office": "Drawing & Illustration",
        "filmmakers needing an edit suite at home": "Film Making & Video Editing",
        "architecture photographers browsing modernist homes": "Camera & Photography;"
                                                               " Interior Design &"
                                                               " Architecture",
    },
}

# Hand-written evaluation segments (keyword arguments of ``segments._seg``). Age and country
# are deliberately correlated in property-new-parents-ie, property-students-gb and
# property-rural-retirees-us; property-hard-* use phrases whose interests change nobody's home
# search or reach features that gather several niches.
FIXED_SEGMENTS: tuple[dict[str, Any], ...] = (
    dict(id="property-new-parents-ie", name="New parents 25-34 in Ireland",
         description="""Irish couples who saved a four-bed search after the baby scan, want a
         playroom and are upsizing from a flat.""",
         ages=["25-34"],
         interests=["couples who saved a four-bed search after the baby scan",
                    "buyers filtering for a playroom and a nursery",
                    "families upsizing from a two-bed flat"],
         countries=["IE"], languages=["en"]),
    dict(id="property-students-gb", name="Students 18-24 in the UK",
         description="""Students looking for a house share near campus or close to Oxford
         colleges, and room-seekers in shared houses.""",
         ages=["18-24"],
         interests=["students searching for a house share near campus",
                    "PhD students renting close to Oxford colleges",
                    "backpackers looking for a room in a shared house in Sydney"],
         countries=["GB"], filters={"platforms": ["tiktok", "instagram"]}),
    dict(id="property-rural-retirees-us", name="Rural home-seekers 55+ in the US",
         description="""American retirees looking for acreage to hunt, fishing rights and a
         south-facing garden.""",
         ages=["55-64", "65+"],
         interests=["hunters looking for acreage in Montana",
                    "anglers searching for a house with fishing rights",
                    "gardeners who filter for a south-facing garden"],
         countries=["US"], filters={"platforms": ["youtube", "x"]}),
    dict(id="property-landlords-gb", name="Landlords and investors 35-64 in the UK",
         description="""Buy-to-let landlords browsing HMOs, homeowners tracking their value and
         holiday-let buyers in Cornwall.""",
         ages=["35-44", "45-54", "55-64"],
         interests=["landlords browsing HMO listings in Manchester",
                    "homeowners who check their Zestimate every month",
                    "buyers looking for a holiday let in Cornwall"],
         countries=["GB"], filters={"min_credibility": 0.7}),
    dict(id="property-first-buyers-au-nz", name="First-time buyers 25-34 in Australia and "
         "New Zealand", description="""Savers in a first-home account, friends co-buying and
         health-conscious renters near a parkrun.""",
         ages=["25-34"],
         interests=["first-time buyers saving in a Lifetime ISA",
                    "friends co-buying their first flat together",
                    "health-conscious renters near a parkrun course"],
         countries={"AU": 1.0, "NZ": 0.5}),
    dict(id="property-remote-tech-us-ca", name="Remote tech workers 25-44 in the US and "
         "Canada", description="""Software engineers needing a desk room, smart-home gadget
         fans and home-lab builders.""",
         ages=["25-34", "35-44"],
         interests=["software engineers needing a second bedroom for a desk setup",
                    "tech workers searching homes wired for Google Nest and Hue",
                    "home-lab builders who need a cool room for servers"],
         countries={"US": 1.0, "CA": 0.4}, filters={"platforms": ["youtube", "x"]}),
    dict(id="property-gamers-br-mx", name="Gamers and streamers 18-34 in Brazil and Mexico",
         description="""Gamers filtering for full fibre, streamers wanting a soundproof room and
         console gamers wanting a TV den.""",
         ages=["18-24", "25-34"],
         interests=["gamers filtering for full-fibre broadband",
                    "Twitch streamers searching for a soundproof spare room",
                    "console gamers who want a den for an 85-inch TV"],
         countries={"BR": 1.0, "MX": 0.7}, filters={"platforms": ["twitch", "youtube"]}),
    dict(id="property-eco-homes-se-dk", name="Eco home-seekers 25-54 in Sweden and Denmark",
         description="""Passivhaus self-builders, heat-pump homeowners and buyers filtering for
         the top energy rating.""",
         ages=["25-34", "35-44", "45-54"],
         interests=["Passivhaus self-builders", "homeowners with solar panels and a heat pump",
                    "buyers filtering for an EPC A rating"],
         countries={"SE": 1.0, "DK": 0.7}),
    dict(id="property-dog-owners-gb", name="Dog and pet owners 25-54 in the UK",
         description="""Dog owners filtering for an enclosed garden, dog-sitters near a park and
         renters looking for flats that allow pets.""",
         ages=["25-34", "35-44", "45-54"],
         interests=["dog owners filtering for an enclosed garden",
                    "Rover dog-sitters who want a house near a park",
                    "renters searching for flats that allow pets in London"],
         countries=["GB"], filters={"followers": {"max": 500000}}),
    dict(id="property-car-lovers-de", name="Car lovers, men 25-54 in Germany",
         description="""Petrolheads wanting room for three cars, project-car builders needing a
         workshop and motorsport fans.""",
         ages=["25-34", "35-44", "45-54"],
         interests=["petrolheads searching for a house with room for three cars",
                    "project-car builders who need a workshop with power",
                    "fans who want a home near Silverstone"],
         genders=["male"], countries=["DE"], languages=["de"]),
    dict(id="property-mountain-ch-fr", name="Mountain home-seekers 25-54 in Switzerland and "
         "France", description="""Skiers browsing chalets, climbers moving to Chamonix and
         hikers wanting a cottage near the fells.""",
         ages=["25-34", "35-44", "45-54"],
         interests=["skiers browsing chalets in Verbier", "climbers moving to Chamonix",
                    "hikers wanting a cottage near the Lake District fells"],
         countries={"CH": 1.0, "FR": 0.7}),
    dict(id="property-foodies-it-fr", name="Food and wine home-seekers 35-64 in Italy and "
         "France", description="""Home cooks wanting a kitchen island, wine lovers browsing
         châteaux and gourmets wanting a chef's kitchen.""",
         ages=["35-44", "45-54", "55-64"],
         interests=["home cooks who filter for a kitchen island and range cooker",
                    "wine lovers browsing châteaux in Bordeaux",
                    "gourmets who want a kitchen fit for a private chef"],
         countries={"IT": 1.0, "FR": 0.8}),
    dict(id="property-prime-ae-sa", name="Prime buyers 35-64 in the UAE and Saudi Arabia",
         description="""Buyers browsing £10m-plus homes, Sotheby's listings browsers and yacht
         owners wanting a villa with a berth.""",
         ages=["35-44", "45-54", "55-64"],
         interests=["buyers browsing £10m-plus homes in Mayfair",
                    "Sotheby's International Realty browsers",
                    "yacht owners searching for a villa with a berth"],
         countries={"AE": 1.0, "SA": 0.7}, filters={"followers": {"min": 20000}}),
    dict(id="property-city-renters-gb-au", name="City-centre renters 18-34 in the UK and "
         "Australia", description="""Renters who want to live near markets, cafés and gig
         venues.""",
         ages=["18-24", "25-34"],
         interests=["renters who want a flat near Borough Market",
                    "coffee lovers searching near the cafés of Fitzroy",
                    "gig-goers renting near Brixton Academy"],
         countries={"GB": 1.0, "AU": 0.6}),
    dict(id="property-creatives-us", name="Creative space seekers 25-44 in the US",
         description="""Photographers wanting north light, artists looking for live-work space
         and filmmakers needing an edit suite.""",
         ages=["25-34", "35-44"],
         interests=["photographers searching for a space with north light",
                    "artists looking for a live-work space in Bushwick",
                    "filmmakers needing an edit suite at home"],
         countries=["US"], filters={"platforms": ["instagram", "youtube"]}),
    dict(id="property-renovators-nl-be", name="Renovators 25-54 in the Netherlands and "
         "Belgium", description="""Buyers hunting a doer-upper, self-build plot browsers and
         buyers of period townhouses.""",
         ages=["25-34", "35-44", "45-54"],
         interests=["buyers hunting a doer-upper to renovate",
                    "Grand Designs fans browsing self-build plots",
                    "buyers searching for Georgian townhouses"],
         countries={"NL": 1.0, "BE": 0.6}),
    dict(id="property-hard-no-trace-kr-jp", name="Skincare, perfume and fandom movers 18-34 "
         "in South Korea and Japan", description="""People whose interests mostly change
         nobody's home search: skincare, perfume, K-pop and anime.""",
         ages=["18-24", "25-34"],
         interests=["estheticians setting up a facial studio at home",
                    "K-pop fans moving to Seoul for a year",
                    "anime fans relocating to Tokyo"],
         countries={"KR": 1.0, "JP": 0.8}),
    dict(id="property-hard-dressing-rooms-fr-it", name="Dressing-room seekers, women 25-54 in "
         "France and Italy", description="""Makeup artists, jewellery owners and fashion
         designers: one dressing-room label gathers makeup, clothes, jewellery and designer
         fashion.""",
         ages=["25-34", "35-44", "45-54"],
         interests=["makeup artists needing a vanity room with good light",
                    "buyers of homes with a safe for watches and jewellery",
                    "fashion designers looking at penthouses in Milan"],
         genders=["female"], countries={"FR": 1.0, "IT": 0.8}),
    dict(id="property-hard-retreats-au-id", name="Retreat-home seekers 25-54 in Australia "
         "and Indonesia", description="""Yoga teachers, sauna seekers and holiday-let buyers:
         one spa-home label gathers yoga, healthy living, alternative medicine and hotels.""",
         ages=["25-34", "35-44", "45-54"],
         interests=["yoga teachers searching for a home with a studio outbuilding",
                    "buyers who filter for a home sauna or hot tub",
                    "retreat-style home searchers in Byron Bay and Ubud"],
         countries={"AU": 1.0, "ID": 0.6}),
    dict(id="property-hard-viral-listings-us-ph", name="Listing scrollers 18-44 in the US and "
         "the Philippines", description="""Meme scrollers, celebrity-home tourists and reality
         TV viewers: one viral-listing label gathers comedy, celebrities and television.""",
         ages=["18-24", "25-34", "35-44"],
         interests=["people who scroll Zillow Gone Wild for fun",
                    "fans touring celebrity mansions on listing sites",
                    "Selling Sunset viewers browsing Hollywood Hills listings"],
         countries={"US": 1.0, "PH": 0.8}),
)
