"""Held-out vocabulary ``owners``: a product-registration data provider's owner audiences.

Modelled on the audiences a product-registration, warranty and device-activation data
cooperative sells (in the style of warranty-card co-ops, vehicle-registration audiences such as
Polk's, or connected-device makers' owner files): people are known by the durable goods they
register, insure, activate or extend the warranty of, and are reported under what they own
("Espresso & bean-to-cup machine owners", "Road & gravel bike owners", "Official lightstick
owners", "Crypto hardware wallet owners"). An interest shows only through a durable product it
makes people buy, so granularity follows the product catalogue: kitchens split into espresso
machines, stand mixers, air fryers, pizza ovens, wine fridges, blenders and premium ranges,
gaming into consoles, gaming PCs, VR headsets and streaming gear, while travel is two kinds of
luggage and a campervan, and entertainment one home cinema and one ring light. Products draw
owners from unrelated niches: "Graded trading card & collectible owners" (anime, basketball,
investing), "Workstation & high-end laptop owners" (programming, AI, film making),
"Sim-racing rig owners" (motorsport, console and PC gaming), "Home cinema & projector owners"
(film and football), "High-speed blender & juicer owners" (vegan food, supplements, healthy
living), "Infrared sauna & red-light device owners" (alternative medicine, skincare),
"Piano & orchestral instrument owners" (instruments and theatre), "Ring light & vlogging kit
owners" (celebrity culture and live streaming), "Sewing machine & overlocker owners" (clothes
and crafts). Interests that leave nothing to register have no label: spirituality and
astrology, perfume, shopping as such, and comedy. Phrases are written the way a planner briefs
a registration-data provider: brands and models owned, what people registered, insured or
activated, and how they use it.

Written blind (without reading the matcher, its interest-matching notes or its results),
before any tuning or measurement of the matcher on it; it must not be adjusted to the
matcher's results. Strings are ";"-separated lists.
"""

from __future__ import annotations

from typing import Any

NAME = "owners"
DESCRIPTION = ("Product-registration style: 81 owner audiences named by the durable goods "
               "people register, insure or activate; some products draw owners from several "
               "niches, four interests that leave nothing to register have no label.")

LABELS: tuple[str, ...] = (
    # family
    "Pram & pushchair owners", "Baby monitor & breast pump owners", "Child car seat owners",
    "Engagement & wedding ring owners",
    # fitness and wellness
    "Home gym & treadmill owners", "Smartwatch & fitness tracker owners",
    "Pilates reformer owners", "Meditation headband & sleep tech owners",
    "Infrared sauna & red-light device owners",
    # beauty
    "Hair styler & dryer owners", "LED mask & skincare device owners", "UV nail lamp owners",
    # fashion and luxury
    "Authenticated sneaker owners", "Designer handbag owners", "Luxury watch owners",
    "Sewing machine & overlocker owners",
    # gaming
    "Games console owners", "Gaming PC & peripheral owners", "VR headset owners",
    "Streaming mic & capture card owners", "Graded trading card & collectible owners",
    "Sim-racing rig owners",
    # tech
    "Flagship smartphone owners", "Workstation & high-end laptop owners",
    "Smart speaker & smart-home hub owners", "3D printer & maker kit owners",
    "Crypto hardware wallet owners",
    # work and money
    "Home office furniture owners", "Card reader & point-of-sale owners",
    "Precious metals & bullion owners", "New-build home owners",
    # kitchen
    "Espresso & bean-to-cup machine owners", "Stand mixer & baking appliance owners",
    "Air fryer & multicooker owners", "Pizza oven & barbecue owners",
    "Wine fridge & home-brew kit owners", "High-speed blender & juicer owners",
    "Premium kitchen appliance owners",
    # travel
    "Premium luggage owners", "Luggage tracker & travel backpack owners",
    "Campervan & caravan owners", "Pocket translator owners",
    # music
    "Guitar & keyboard owners", "DJ controller & home studio owners", "Turntable & hi-fi owners",
    "Official lightstick owners", "Wireless earbud & headphone owners",
    "Piano & orchestral instrument owners",
    # green and animals
    "Electric vehicle owners", "Home solar & battery owners", "E-bike & e-scooter owners",
    "Water filter & compost bin owners", "Pet camera & GPS collar owners",
    "Self-cleaning litter box owners", "Automatic pet feeder owners",
    # cars and sport
    "Performance car owners", "Motorbike owners", "Dashcam & car tech owners",
    "Classic car owners", "Road & gravel bike owners", "Golf club & launch monitor owners",
    "Surf, skate & snowboard owners", "Home basketball hoop owners",
    "Garden football goal & rebounder owners",
    # home
    "Power tool owners", "Robot mower & garden machinery owners", "Designer furniture owners",
    # screens and learning
    "Home cinema & projector owners", "Ring light & vlogging kit owners", "E-reader owners",
    "Tablet & student laptop owners", "Telescope & microscope owners", "Metal detector owners",
    # outdoors
    "Tent & camping gear owners", "Fishing reel & hunting optics owners",
    "Climbing & avalanche gear owners", "Satellite messenger & GPS watch owners",
    "Kayak & paddleboard owners",
    # photography and art
    "Mirrorless & DSLR camera owners", "Drone & gimbal owners", "Graphics tablet owners",
)

# Latent interest -> the owner audiences a follower holding it is reported under (none for
# four interests that leave nothing to register).
REPORTS: dict[str, str] = {
    # parenting
    "Toys, Children & Baby": "Pram & pushchair owners; Baby monitor & breast pump owners",
    "Parenting & Family": "Pram & pushchair owners; Child car seat owners",
    "Friends, Family & Relationships": "Engagement & wedding ring owners",
    "Pregnancy & Maternity": "Baby monitor & breast pump owners",
    # fitness
    "Fitness & Gym": "Home gym & treadmill owners; Smartwatch & fitness tracker owners",
    "Healthy Lifestyle": "Home gym & treadmill owners; High-speed blender & juicer owners",
    "Sports Nutrition & Supplements": "High-speed blender & juicer owners",
    "Activewear": "Smartwatch & fitness tracker owners",
    "Running & Marathons": "Smartwatch & fitness tracker owners",
    # wellness
    "Yoga & Pilates": "Pilates reformer owners",
    "Meditation & Mindfulness": "Meditation headband & sleep tech owners",
    "Alternative Medicine": "Infrared sauna & red-light device owners",
    "Spirituality & Astrology": "",
    # beauty
    "Beauty & Cosmetics": "LED mask & skincare device owners; Hair styler & dryer owners",
    "Skincare": "LED mask & skincare device owners; Infrared sauna & red-light device owners",
    "Hair Care & Styling": "Hair styler & dryer owners",
    "Fragrances & Perfume": "",
    "Nail Art": "UV nail lamp owners",
    # fashion
    "Clothes, Shoes, Handbags & Accessories": "Sewing machine & overlocker owners;"
                                              " Designer handbag owners",
    "Jewellery & Watches": "Luxury watch owners; Engagement & wedding ring owners",
    "Streetwear & Sneakers": "Authenticated sneaker owners",
    "Shopping & Retail": "",
    # gaming
    "Gaming": "Games console owners; VR headset owners",
    "Esports": "Gaming PC & peripheral owners; Streaming mic & capture card owners",
    "PC & Console Gaming": "Gaming PC & peripheral owners; Games console owners;"
                           " Sim-racing rig owners",
    "Anime & Manga": "Graded trading card & collectible owners",
    "Streaming & Live Video": "Streaming mic & capture card owners;"
                              " Ring light & vlogging kit owners",
    # tech
    "Electronics & Computers": "VR headset owners; Smart speaker & smart-home hub owners;"
                               " 3D printer & maker kit owners",
    "Mobile Phones & Gadgets": "Flagship smartphone owners; Wireless earbud & headphone owners",
    "Software & Programming": "Workstation & high-end laptop owners",
    "Artificial Intelligence & Data": "Workstation & high-end laptop owners;"
                                      " Smart speaker & smart-home hub owners",
    # finance
    "Business & Careers": "Home office furniture owners",
    "Personal Finance & Investing": "Precious metals & bullion owners;"
                                    " Graded trading card & collectible owners",
    "Cryptocurrency & Blockchain": "Crypto hardware wallet owners",
    "Real Estate": "New-build home owners",
    "Entrepreneurship": "Card reader & point-of-sale owners; Home office furniture owners",
    # food
    "Restaurants, Food & Grocery": "Pizza oven & barbecue owners; Air fryer & multicooker owners",
    "Cooking & Recipes": "Stand mixer & baking appliance owners;"
                         " Air fryer & multicooker owners",
    "Coffee, Tea & Beverages": "Espresso & bean-to-cup machine owners",
    "Beer, Wine & Spirits": "Wine fridge & home-brew kit owners",
    "Vegan & Vegetarian Food": "High-speed blender & juicer owners",
    # travel
    "Travel, Tourism & Aviation": "Premium luggage owners;"
                                  " Luggage tracker & travel backpack owners",
    "Hotels & Resorts": "Premium luggage owners",
    "Backpacking & Budget Travel": "Luggage tracker & travel backpack owners",
    "Road Trips & Vanlife": "Campervan & caravan owners",
    # music
    "Music": "Turntable & hi-fi owners; Wireless earbud & headphone owners",
    "Concerts & Festivals": "Official lightstick owners; Wireless earbud & headphone owners",
    "Hip Hop & Rap": "DJ controller & home studio owners",
    "Musical Instruments": "Guitar & keyboard owners; DJ controller & home studio owners;"
                           " Piano & orchestral instrument owners",
    "K-Pop": "Official lightstick owners",
    # sustainability
    "Sustainability & Environment": "Home solar & battery owners; E-bike & e-scooter owners",
    "Zero Waste & Recycling": "Water filter & compost bin owners",
    "Organic & Natural Products": "Water filter & compost bin owners",
    "Renewable Energy & Electric Vehicles": "Electric vehicle owners;"
                                            " Home solar & battery owners",
    # pets
    "Pets": "Pet camera & GPS collar owners; Automatic pet feeder owners",
    "Dogs & Puppies": "Pet camera & GPS collar owners",
    "Cats & Kittens": "Self-cleaning litter box owners; Automatic pet feeder owners",
    "Pet Food & Supplies": "Automatic pet feeder owners",
    # cars
    "Cars & Motorbikes": "Motorbike owners; Classic car owners; Dashcam & car tech owners",
    "Motorsport & Racing": "Performance car owners; Sim-racing rig owners",
    "Car Tuning & Modification": "Performance car owners; Classic car owners",
    "Auto Parts & Accessories": "Dashcam & car tech owners",
    # sports
    "Sports": "Golf club & launch monitor owners; Home basketball hoop owners",
    "Football & Soccer": "Garden football goal & rebounder owners;"
                         " Home cinema & projector owners",
    "Basketball": "Home basketball hoop owners; Graded trading card & collectible owners",
    "Cycling": "Road & gravel bike owners; E-bike & e-scooter owners",
    "Extreme Sports": "Surf, skate & snowboard owners; Kayak & paddleboard owners",
    # home
    "Home Decor, Furniture & Garden": "Designer furniture owners; New-build home owners",
    "DIY & Crafts": "Power tool owners; Sewing machine & overlocker owners;"
                    " 3D printer & maker kit owners",
    "Gardening & Plants": "Robot mower & garden machinery owners",
    "Interior Design & Architecture": "Designer furniture owners;"
                                      " Premium kitchen appliance owners",
    # entertainment
    "Television & Film": "Home cinema & projector owners",
    "Celebrities & Pop Culture": "Ring light & vlogging kit owners",
    "Comedy & Memes": "",
    "Theatre & Performing Arts": "Piano & orchestral instrument owners",
    # education
    "Books & Literature": "E-reader owners",
    "Education & Learning": "Tablet & student laptop owners",
    "Science": "Telescope & microscope owners",
    "History & Culture": "Metal detector owners",
    "Languages & Linguistics": "Pocket translator owners",
    # luxury
    "Luxury Goods": "Luxury watch owners; Designer handbag owners",
    "Luxury Travel": "Premium luggage owners",
    "Fine Dining": "Premium kitchen appliance owners; Wine fridge & home-brew kit owners",
    "Designer Fashion": "Designer handbag owners",
    # outdoor
    "Camping & Hiking": "Tent & camping gear owners; Campervan & caravan owners",
    "Fishing & Hunting": "Fishing reel & hunting optics owners",
    "Mountaineering & Climbing": "Climbing & avalanche gear owners;"
                                 " Satellite messenger & GPS watch owners",
    "Outdoor Gear & Equipment": "Tent & camping gear owners;"
                                " Satellite messenger & GPS watch owners;"
                                " Fishing reel & hunting optics owners",
    # photography
    "Camera & Photography": "Mirrorless & DSLR camera owners; Drone & gimbal owners",
    "Art & Design": "Graphics tablet owners; Designer furniture owners",
    "Drawing & Illustration": "Graphics tablet owners",
    "Film Making & Video Editing": "Drone & gimbal owners; Workstation & high-end laptop owners",
}

# niche -> {phrase: the latent interests whose holders are the phrase's audience}, written as
# a planner briefs a registration-data provider: brands and models owned, what people
# registered, insured or activated, and how they use it.
PHRASES: dict[str, dict[str, str]] = {
    "parenting": {
        "parents who registered a Bugaboo or UPPAbaby stroller": "Toys, Children & Baby;"
                                                                 " Parenting & Family",
        "mums who registered an Elvie or Medela pump": "Pregnancy & Maternity",
        "owners of a Nanit or Owlet baby monitor": "Pregnancy & Maternity;"
                                                   " Toys, Children & Baby",
        "families who registered a Maxi-Cosi or Cybex car seat": "Parenting & Family",
        "couples who insured an engagement ring this year": "Friends, Family & Relationships;"
                                                            " Jewellery & Watches",
    },
    "fitness": {
        "Peloton Bike and Tread owners": "Fitness & Gym; Healthy Lifestyle",
        "Garmin Forerunner owners who log five runs a week": "Running & Marathons",
        "owners of a Theragun or Hyperice": "Fitness & Gym; Running & Marathons",
        "registered owners of a Nutribullet used for protein shakes": "Sports Nutrition &"
                                                                      " Supplements",
        "people who activated a WHOOP band and train in Lululemon": "Activewear; Fitness & Gym",
        "home gym builders with a squat rack and Rogue plates": "Fitness & Gym",
    },
    "wellness": {
        "owners of a home Pilates reformer from Balanced Body": "Yoga & Pilates",
        "registered Muse and Hatch Restore owners": "Meditation & Mindfulness",
        "buyers of a home infrared sauna blanket": "Alternative Medicine; Healthy Lifestyle",
        "owners of an Oura ring who track their sleep": "Healthy Lifestyle;"
                                                        " Meditation & Mindfulness",
        "buyers of a plug-in crystal salt lamp and an aroma diffuser": "Spirituality &"
                                                                       " Astrology;"
                                                                       " Alternative Medicine",
    },
    "beauty": {
        "women who registered a Dyson Airwrap for the warranty": "Hair Care & Styling",
        "owners of a CurrentBody LED mask": "Skincare",
        "women who registered a Foreo cleansing device": "Skincare; Beauty & Cosmetics",
        "home manicurists with a gel UV lamp": "Nail Art",
        "makeup artists who registered an airbrush kit": "Beauty & Cosmetics",
        "collectors who insure a shelf of niche perfumes and designer bags": "Fragrances &"
                                                                             " Perfume;"
                                                                             " Luxury Goods",
    },
    "fashion": {
        "sneakerheads with StockX-verified pairs": "Streetwear & Sneakers",
        "owners of an Entrupy-authenticated Chanel bag": "Designer Fashion; Luxury Goods",
        "home dressmakers who registered a Janome or Brother machine": "Clothes, Shoes, Handbags"
                                                                       " & Accessories",
        "Rolex and Omega owners who registered their warranty card": "Jewellery & Watches;"
                                                                     " Luxury Goods",
        "bargain hunters who register every Black Friday gadget": "Shopping & Retail;"
                                                                  " Mobile Phones & Gadgets",
        "owners of SNKRS-exclusive Jordans": "Streetwear & Sneakers",
    },
    "gaming": {
        "PS5 and Xbox Series X owners": "PC & Console Gaming",
        "Meta Quest 3 owners": "Gaming",
        "owners of a 240Hz monitor and a Razer keyboard": "Esports",
        "streamers who registered an Elgato capture card": "Streaming & Live Video",
        "collectors with PSA-graded Pokémon cards": "Anime & Manga",
        "Nintendo Switch owners who play every evening": "Gaming",
    },
    "tech": {
        "iPhone 16 Pro and Galaxy S25 Ultra owners": "Mobile Phones & Gadgets",
        "developers who bought a maxed-out MacBook Pro": "Software & Programming",
        "owners of a GPU rig for training models at home": "Artificial Intelligence & Data",
        "households with Alexa, Google Nest and Hue installed": "Electronics & Computers",
        "Bambu Lab and Prusa printer owners": "Electronics & Computers",
    },
    "finance": {
        "Ledger and Trezor wallet owners": "Cryptocurrency & Blockchain",
        "buyers of gold coins from the Royal Mint": "Personal Finance & Investing",
        "freelancers who registered a Herman Miller chair for working from home":
            "Business & Careers",
        "café and market-stall owners with a SumUp or Square reader": "Entrepreneurship",
        "buyers of a flat bought off-plan": "Real Estate",
        "landlords who register the appliances in their rental flats": "Real Estate",
    },
    "food": {
        "Breville and De'Longhi espresso machine owners": "Coffee, Tea & Beverages",
        "KitchenAid mixer owners who bake every weekend": "Cooking & Recipes",
        "owners who registered a Ninja dual-basket fryer": "Cooking & Recipes",
        "Ooni pizza oven and Weber grill owners": "Restaurants, Food & Grocery;"
                                                  " Cooking & Recipes",
        "home brewers with a Grainfather": "Beer, Wine & Spirits",
        "Vitamix owners who blend a green smoothie every morning": "Vegan & Vegetarian Food;"
                                                                   " Healthy Lifestyle",
    },
    "travel": {
        "Rimowa owners": "Luxury Travel; Travel, Tourism & Aviation",
        "travellers who put an AirTag in every suitcase": "Travel, Tourism & Aviation",
        "backpackers with an Osprey pack and a Tile tracker": "Backpacking & Budget Travel",
        "VW California and Hymer owners": "Road Trips & Vanlife",
        "people who extended the warranty on a roof tent": "Road Trips & Vanlife;"
                                                           " Camping & Hiking",
        "hotel loyalists travelling with a Tumi carry-on": "Hotels & Resorts",
    },
    "music": {
        "Fender and Yamaha guitar owners": "Musical Instruments",
        "Pioneer DJ controller owners who make beats": "Hip Hop & Rap; Musical Instruments",
        "vinyl collectors with an Audio-Technica turntable": "Music",
        "BTS and BLACKPINK official lightstick holders": "K-Pop",
        "festival-goers who registered waterproof Bluetooth speakers": "Concerts & Festivals",
        "AirPods Max and Sony WH-1000 owners": "Music; Mobile Phones & Gadgets",
    },
    "sustainability": {
        "Tesla Model Y and Kia EV6 owners": "Renewable Energy & Electric Vehicles",
        "households with a Powerwall and rooftop solar": "Renewable Energy & Electric Vehicles;"
                                                         " Sustainability & Environment",
        "commuters who registered a VanMoof or Cowboy e-bike": "Sustainability & Environment;"
                                                               " Cycling",
        "owners of a Brita system and a kitchen composter": "Zero Waste & Recycling;"
                                                            " Organic & Natural Products",
        "households that registered a Lomi food recycler": "Zero Waste & Recycling",
    },
    "pets": {
        "dog owners with a Fi or Tractive collar": "Dogs & Puppies; Pets",
        "Litter-Robot owners": "Cats & Kittens",
        "cat households with a Petlibro feeder": "Cats & Kittens; Pet Food & Supplies",
        "owners of a Furbo dog camera": "Dogs & Puppies; Pets",
        "pet owners who registered a timed feeder for raw food": "Pet Food & Supplies",
    },
    "cars": {
        "Porsche 911 and BMW M3 owners": "Car Tuning & Modification; Motorsport & Racing",
        "Harley-Davidson and Ducati owners": "Cars & Motorbikes",
        "owners of a restored Mini or Beetle": "Car Tuning & Modification",
        "drivers who registered a Nextbase dashcam": "Auto Parts & Accessories",
        "owners of a Fanatec wheel and cockpit": "Motorsport & Racing",
    },
    "sports": {
        "Canyon and Specialized road bike owners": "Cycling",
        "golfers with a TrackMan or Garmin launch monitor": "Sports",
        "families who installed a Lifetime basketball hoop": "Basketball",
        "owners of a Burton snowboard and a Firewire surfboard": "Extreme Sports",
        "parents who bought a garden goal for their young footballer": "Football & Soccer",
        "collectors of graded Panini rookie cards": "Basketball",
    },
    "home": {
        "homeowners who registered a DeWalt or Makita drill": "DIY & Crafts",
        "Husqvarna robot mower owners": "Gardening & Plants",
        "owners of a Vitra or Eames lounge chair": "Interior Design & Architecture;"
                                                   " Home Decor, Furniture & Garden",
        "people who registered a greenhouse heater and a smart watering system":
            "Gardening & Plants",
        "renovators who fitted a Miele or Gaggenau kitchen": "Interior Design & Architecture;"
                                                             " Fine Dining",
    },
    "entertainment": {
        "owners of a 4K projector and a Sonos soundbar": "Television & Film",
        "households that upgraded the TV for the World Cup": "Football & Soccer;"
                                                             " Television & Film",
        "fans who bought a ring light to film celebrity reaction videos": "Celebrities & Pop"
                                                                          " Culture;"
                                                                          " Streaming & Live"
                                                                          " Video",
        "meme page admins who registered a new iPhone": "Comedy & Memes;"
                                                        " Mobile Phones & Gadgets",
        "musical theatre performers with a digital piano at home": "Theatre & Performing Arts;"
                                                                   " Musical Instruments",
    },
    "education": {
        "Kindle Paperwhite and Kobo owners": "Books & Literature",
        "students who registered an iPad and an Apple Pencil for lectures": "Education &"
                                                                            " Learning",
        "amateur astronomers with a Celestron telescope": "Science",
        "metal-detecting hobbyists with a Minelab": "History & Culture",
        "travellers who registered a Pocketalk translator": "Languages & Linguistics",
        "home-schooling families with a microscope kit": "Education & Learning; Science",
    },
    "luxury": {
        "owners of a Patek Philippe or Audemars Piguet": "Luxury Goods; Jewellery & Watches",
        "Hermès Birkin owners": "Designer Fashion; Luxury Goods",
        "first-class flyers with a Globe-Trotter luggage set": "Luxury Travel",
        "collectors with a climate-controlled wine cellar": "Fine Dining; Beer, Wine & Spirits",
        "owners of a Sub-Zero fridge and a La Cornue range": "Fine Dining;"
                                                             " Interior Design & Architecture",
    },
    "outdoor": {
        "Hilleberg and MSR tent owners": "Outdoor Gear & Equipment",
        "thru-hikers who registered an ultralight trekking-pole tent": "Camping & Hiking",
        "anglers who registered a Shimano reel": "Fishing & Hunting",
        "hunters with Swarovski binoculars and scopes": "Fishing & Hunting",
        "climbers with a Petzl harness and an avalanche transceiver": "Mountaineering &"
                                                                      " Climbing",
        "paddlers who registered an inflatable SUP": "Extreme Sports",
    },
    "photography": {
        "Sony Alpha and Canon EOS R owners": "Camera & Photography",
        "DJI Mavic and Ronin owners": "Film Making & Video Editing; Camera & Photography",
        "illustrators with a Wacom or an iPad Pro and Pencil": "Drawing & Illustration",
        "Leica owners": "Camera & Photography",
        "graphic designers who registered a colour-calibrated monitor": "Art & Design",
        "wedding videographers who registered a cinema camera": "Film Making & Video Editing",
    },
}

# Hand-written evaluation segments (keyword arguments of ``segments._seg``). Age and country
# are deliberately correlated in owners-new-parents-nl, owners-console-teens-kr and
# owners-retired-golfers-us; owners-hard-* use phrases whose interests leave nothing to
# register or reach products that draw owners from several niches.
FIXED_SEGMENTS: tuple[dict[str, Any], ...] = (
    dict(id="owners-new-parents-nl", name="New parents 25-34 in the Netherlands",
         description="""Dutch parents who registered a stroller, a breast pump and a car seat
         in the baby's first year.""",
         ages=["25-34"],
         interests=["parents who registered a Bugaboo or UPPAbaby stroller",
                    "mums who registered an Elvie or Medela pump",
                    "families who registered a Maxi-Cosi or Cybex car seat"],
         countries=["NL"], languages=["nl"]),
    dict(id="owners-console-teens-kr", name="Console and PC gamers 13-24 in South Korea",
         description="""Korean teenagers and students with a console, a 240Hz monitor and a
         VR headset.""",
         ages=["13-17", "18-24"],
         interests=["PS5 and Xbox Series X owners",
                    "owners of a 240Hz monitor and a Razer keyboard", "Meta Quest 3 owners"],
         countries=["KR"], filters={"platforms": ["twitch", "youtube"]}),
    dict(id="owners-retired-golfers-us", name="Retired golfers and classic-car owners 55+ in "
         "the US", description="""American retirees with a launch monitor, a restored classic
         and a telescope.""",
         ages=["55-64", "65+"],
         interests=["golfers with a TrackMan or Garmin launch monitor",
                    "owners of a restored Mini or Beetle",
                    "amateur astronomers with a Celestron telescope"],
         countries=["US"], filters={"platforms": ["youtube", "x"]}),
    dict(id="owners-home-gym-us-ca", name="Home-gym owners 25-44 in the US and Canada",
         description="""North Americans with a Peloton, a squat rack and a recovery gun.""",
         ages=["25-34", "35-44"],
         interests=["Peloton Bike and Tread owners",
                    "home gym builders with a squat rack and Rogue plates",
                    "owners of a Theragun or Hyperice"],
         countries={"US": 1.0, "CA": 0.4}, filters={"platforms": ["instagram", "youtube"]}),
    dict(id="owners-beauty-devices-women-kr-jp", name="Beauty-device owners, women 18-44 in "
         "South Korea and Japan", description="""Women with an LED mask, a cleansing device and
         an Airwrap.""",
         ages=["18-24", "25-34", "35-44"],
         interests=["owners of a CurrentBody LED mask",
                    "women who registered a Foreo cleansing device",
                    "women who registered a Dyson Airwrap for the warranty"],
         genders=["female"], countries={"KR": 1.0, "JP": 0.8},
         filters={"min_credibility": 0.7}),
    dict(id="owners-wellness-gear-women-de-ch", name="Wellness-gear owners, women 35-54 in "
         "Germany and Switzerland", description="""Women with a home reformer, an Oura ring and
         an infrared sauna blanket.""",
         ages=["35-44", "45-54"],
         interests=["owners of a home Pilates reformer from Balanced Body",
                    "owners of an Oura ring who track their sleep",
                    "buyers of a home infrared sauna blanket"],
         genders=["female"], countries={"DE": 1.0, "CH": 0.6}, languages=["de"]),
    dict(id="owners-sneakers-us", name="Sneaker owners 18-34 in the US", description="""Young
         Americans with StockX-verified pairs and SNKRS exclusives.""",
         ages=["18-24", "25-34"],
         interests=["sneakerheads with StockX-verified pairs",
                    "owners of SNKRS-exclusive Jordans"],
         countries=["US"], filters={"platforms": ["instagram", "tiktok"]}),
    dict(id="owners-devs-ai-in", name="Developers with serious hardware 18-34 in India",
         description="""Indian developers with a maxed-out laptop, a GPU rig and a smart
         home.""",
         ages=["18-24", "25-34"],
         interests=["developers who bought a maxed-out MacBook Pro",
                    "owners of a GPU rig for training models at home",
                    "households with Alexa, Google Nest and Hue installed"],
         countries=["IN"], languages=["en"]),
    dict(id="owners-small-business-ng-gh", name="Small-business owners 25-44 in Nigeria and "
         "Ghana", description="""Market-stall and café owners with a card reader, a home office
         chair and gold coins.""",
         ages=["25-34", "35-44"],
         interests=["café and market-stall owners with a SumUp or Square reader",
                    "freelancers who registered a Herman Miller chair for working from home",
                    "buyers of gold coins from the Royal Mint"],
         countries={"NG": 1.0, "GH": 0.6}, filters={"platforms": ["x", "instagram"]}),
    dict(id="owners-home-baristas-it-es", name="Home baristas and bakers 25-54 in Italy and "
         "Spain", description="""Italians and Spaniards with an espresso machine, a stand mixer
         and a pizza oven.""",
         ages=["25-34", "35-44", "45-54"],
         interests=["Breville and De'Longhi espresso machine owners",
                    "KitchenAid mixer owners who bake every weekend",
                    "Ooni pizza oven and Weber grill owners"],
         countries={"IT": 1.0, "ES": 0.8}),
    dict(id="owners-vanlifers-nz-au", name="Campervan owners 25-54 in New Zealand and "
         "Australia", description="""Owners of a VW California or Hymer who extended the
         warranty on a roof tent and registered an ultralight tent.""",
         ages=["25-34", "35-44", "45-54"],
         interests=["VW California and Hymer owners",
                    "people who extended the warranty on a roof tent",
                    "thru-hikers who registered an ultralight trekking-pole tent"],
         countries={"NZ": 1.0, "AU": 0.7}),
    dict(id="owners-musicians-gb", name="Guitar and DJ gear owners 18-34 in the UK",
         description="""British musicians with a Fender, a Pioneer controller and a turntable.""",
         ages=["18-24", "25-34"],
         interests=["Fender and Yamaha guitar owners",
                    "Pioneer DJ controller owners who make beats",
                    "vinyl collectors with an Audio-Technica turntable"],
         countries=["GB"], filters={"followers": {"max": 500000}}),
    dict(id="owners-green-homes-no-dk", name="Green homeowners 35-54 in Norway and Denmark",
         description="""Households with an EV, a Powerwall and rooftop solar, and an e-bike.""",
         ages=["35-44", "45-54"],
         interests=["Tesla Model Y and Kia EV6 owners",
                    "households with a Powerwall and rooftop solar",
                    "commuters who registered a VanMoof or Cowboy e-bike"],
         countries={"NO": 1.0, "DK": 0.8}),
    dict(id="owners-pet-tech-fr-be", name="Pet-tech owners 25-54 in France and Belgium",
         description="""Owners with a GPS collar, a dog camera and a self-cleaning litter
         box.""",
         ages=["25-34", "35-44", "45-54"],
         interests=["dog owners with a Fi or Tractive collar", "owners of a Furbo dog camera",
                    "Litter-Robot owners"],
         countries={"FR": 1.0, "BE": 0.6}, languages=["fr"]),
    dict(id="owners-bikers-men-it-de", name="Motorbike and performance-car owners, men 25-54 "
         "in Italy and Germany", description="""Men with a Ducati, a 911 and a sim-racing
         wheel.""",
         ages=["25-34", "35-44", "45-54"],
         interests=["Harley-Davidson and Ducati owners", "Porsche 911 and BMW M3 owners",
                    "owners of a Fanatec wheel and cockpit"],
         genders=["male"], countries={"IT": 1.0, "DE": 1.0}),
    dict(id="owners-outdoor-kit-se-fi", name="Outdoor-kit owners 25-54 in Sweden and Finland",
         description="""Owners of expedition tents, reels, optics and climbing kit.""",
         ages=["25-34", "35-44", "45-54"],
         interests=["Hilleberg and MSR tent owners", "anglers who registered a Shimano reel",
                    "climbers with a Petzl harness and an avalanche transceiver"],
         countries={"SE": 1.0, "FI": 0.8}, filters={"platforms": ["youtube", "instagram"]}),
    dict(id="owners-hard-collectors-us-jp", name="Card collectors 18-44 in the US and Japan",
         description="""Collectors of graded Pokémon and Panini cards and buyers of gold coins:
         owners one collectibles label gathers from anime, basketball and investing.""",
         ages=["18-24", "25-34", "35-44"],
         interests=["collectors with PSA-graded Pokémon cards",
                    "collectors of graded Panini rookie cards",
                    "buyers of gold coins from the Royal Mint"],
         countries={"US": 1.0, "JP": 0.7}),
    dict(id="owners-hard-creators-br", name="Streamers and reaction filmers 13-34 in Brazil",
         description="""Streamers with capture cards, fans filming celebrity reactions with a
         ring light and meme page admins: interests that reach creator gear or nothing at
         all.""",
         ages=["13-17", "18-24", "25-34"],
         interests=["streamers who registered an Elgato capture card",
                    "fans who bought a ring light to film celebrity reaction videos",
                    "meme page admins who registered a new iPhone"],
         countries=["BR"], languages=["pt"], filters={"platforms": ["tiktok", "twitch"]}),
    dict(id="owners-hard-nothing-to-register-mx-co", name="Perfume, crystal and bargain "
         "shoppers 18-44 in Mexico and Colombia", description="""People whose interests mostly
         leave nothing to register: niche perfumes, crystal lamps and Black Friday bargain
         hunting.""",
         ages=["18-24", "25-34", "35-44"],
         interests=["collectors who insure a shelf of niche perfumes and designer bags",
                    "buyers of a plug-in crystal salt lamp and an aroma diffuser",
                    "bargain hunters who register every Black Friday gadget"],
         countries={"MX": 1.0, "CO": 0.8}, languages=["es"]),
    dict(id="owners-hard-kitchens-gb-ae", name="Premium-kitchen owners 35-64 in the UK and "
         "the UAE", description="""Owners of a Sub-Zero and La Cornue, a Miele kitchen and a
         wine cellar: products that take fine dining, interiors and wine together.""",
         ages=["35-44", "45-54", "55-64"],
         interests=["owners of a Sub-Zero fridge and a La Cornue range",
                    "renovators who fitted a Miele or Gaggenau kitchen",
                    "collectors with a climate-controlled wine cellar"],
         countries={"GB": 1.0, "AE": 0.7}, filters={"followers": {"min": 20000}}),
)
