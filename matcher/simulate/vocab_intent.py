"""Held-out vocabulary ``intent``: a retail-media network's shopper-intent audiences.

Modelled on the audiences a large retailer or marketplace sells from its own baskets and
on-site searches (in the style of Amazon Ads, Walmart Connect, Target Roundel or Instacart
audiences): a provider sees only what people search for, put in a basket and buy again at its
stores, so labels say what a shopper is doing about a product category: in the market for it
now ("In-market: strollers & car seats"), buying it again and again ("Repeat buyers: cat food &
litter", "Category loyalists: coffee & tea"), no longer buying it ("Lapsed buyers: diapers &
wipes"), buying it for a season or a life event ("Seasonal: back-to-school supplies", "Life
events: new movers"), or searching for it ("Searchers: crystals, tarot & candles").
Granularity follows what a retailer sells, not interests, and is uneven: consumables (baby,
pet, beauty, grocery) are split finely, big-ticket categories are one label each, and money,
work and travel show only through what people buy for them (books, office supplies, luggage).
Some labels gather unrelated niches: "Fan gear buyers: jerseys & team merch" (football,
basketball, motorsport), "Book buyers: business, money & tech" (careers, investing, crypto,
programming, AI), "In-market: drones & action cameras" (video making and extreme sports),
"Repeat buyers: craft supplies & yarn" (crafts, drawing and art), "Life events: new movers"
(real estate and furnishing), "In-market: power tools & workshop" (DIY and car tuning).
Comedy and memes, theatre and performing arts, and fine dining leave no trace in a retailer's
baskets and have no label at all. Phrases are written the way a brand's planner briefs a
retail-media network: what shoppers searched for, added to the cart, bought, registered for or
stopped buying.

Written blind (without reading the matcher, its interest-matching notes or its results),
before any tuning or measurement of the matcher on it; it must not be adjusted to the
matcher's results. Strings are ";"-separated lists.
"""

from __future__ import annotations

from typing import Any

NAME = "intent"
DESCRIPTION = ("Retail-media style: about 85 shopper-intent audiences from baskets and on-site "
               "search (in-market, repeat, lapsed, seasonal); fine for consumables, coarse for "
               "big-ticket goods, three interests invisible in a retailer's baskets.")

LABELS: tuple[str, ...] = (
    # baby and family
    "In-market: strollers & car seats", "In-market: maternity & prenatal",
    "Repeat buyers: diapers & wipes", "Lapsed buyers: diapers & wipes",
    "Repeat buyers: baby food & formula", "In-market: toys & board games",
    "Seasonal: back-to-school supplies", "Gift buyers: cards, flowers & gift sets",
    # fitness and wellness
    "In-market: home gym equipment", "Repeat buyers: protein & sports nutrition",
    "Category loyalists: activewear", "In-market: running shoes & GPS watches",
    "Repeat buyers: vitamins & supplements", "Repeat buyers: better-for-you snacks",
    "In-market: yoga mats & props", "Searchers: sleep, calm & aromatherapy",
    "Searchers: crystals, tarot & candles",
    # beauty
    "Repeat buyers: makeup", "Category loyalists: skincare",
    "Repeat buyers: hair care & styling tools", "In-market: fragrance",
    "Repeat buyers: nail polish & press-ons", "Lapsed buyers: prestige beauty",
    # fashion and shopping
    "In-market: apparel & shoes", "In-market: sneakers", "Searchers: jewellery & watches",
    "Deal seekers: coupons & clearance", "Frequent shoppers: subscription & same-day delivery",
    # games and tech
    "In-market: video games & consoles", "In-market: gaming PCs & accessories",
    "Repeat buyers: manga, figures & collectibles", "In-market: webcams, mics & streaming gear",
    "In-market: laptops & computers", "In-market: smartphones & accessories",
    "In-market: smart home devices",
    # money and work
    "Book buyers: business, money & tech", "In-market: office furniture & supplies",
    "Small-business buyers: packaging & shipping supplies", "Life events: new movers",
    # food and drink
    "Repeat buyers: fresh groceries", "Repeat buyers: snacks & ready meals",
    "In-market: cookware & kitchen appliances", "Category loyalists: coffee & tea",
    "Repeat buyers: beer, wine & spirits", "Repeat buyers: plant-based foods",
    "Repeat buyers: organic & natural",
    # travel
    "In-market: luggage & travel accessories", "Seasonal: swimwear & holiday shoppers",
    "In-market: car camping & coolers",
    # music
    "In-market: headphones & speakers", "In-market: instruments & music gear",
    "Repeat buyers: vinyl, CDs & band merch", "Seasonal: festival gear",
    # green
    "Repeat buyers: eco & refillable household", "In-market: EV chargers & home solar",
    "In-market: bikes & e-bikes",
    # pets
    "Repeat buyers: dog food & treats", "Repeat buyers: cat food & litter",
    "Repeat buyers: flea, tick & pet health", "In-market: pet beds, crates & toys",
    "Lapsed buyers: pet food",
    # cars and sport
    "In-market: car parts & accessories", "Repeat buyers: car care & detailing",
    "In-market: motorcycle helmets & gear", "Fan gear buyers: jerseys & team merch",
    "In-market: balls & team sports equipment", "In-market: skate, surf & snow gear",
    # home
    "In-market: furniture & decor", "In-market: power tools & workshop",
    "Repeat buyers: craft supplies & yarn", "Seasonal: garden & outdoor living",
    "Repeat buyers: seeds, soil & houseplants", "Searchers: art prints & wall decor",
    # media and learning
    "In-market: TVs & home cinema", "Repeat buyers: movies & series on disc",
    "Repeat buyers: celebrity beauty & fan magazines", "Book buyers: fiction & literature",
    "Book buyers: science, history & nonfiction",
    "Book buyers: language learning & test prep",
    # luxury
    "High spenders: designer & prestige brands",
    # outdoors and cameras
    "In-market: tents, packs & hiking gear", "In-market: fishing & hunting gear",
    "In-market: cameras & lenses", "In-market: drones & action cameras",
)

# Latent interest -> the shopper audiences a follower holding it falls in (none for three
# interests that leave no trace in a retailer's baskets).
REPORTS: dict[str, str] = {
    # parenting
    "Toys, Children & Baby": "Repeat buyers: diapers & wipes;"
                             " Repeat buyers: baby food & formula",
    "Parenting & Family": "Lapsed buyers: diapers & wipes; In-market: toys & board games;"
                          " Seasonal: back-to-school supplies",
    "Friends, Family & Relationships": "Gift buyers: cards, flowers & gift sets",
    "Pregnancy & Maternity": "In-market: strollers & car seats;"
                             " In-market: maternity & prenatal",
    # fitness
    "Fitness & Gym": "In-market: home gym equipment; Repeat buyers: protein & sports nutrition",
    "Healthy Lifestyle": "Repeat buyers: vitamins & supplements;"
                         " Repeat buyers: better-for-you snacks",
    "Sports Nutrition & Supplements": "Repeat buyers: protein & sports nutrition;"
                                      " Repeat buyers: vitamins & supplements",
    "Activewear": "Category loyalists: activewear; In-market: running shoes & GPS watches",
    "Running & Marathons": "In-market: running shoes & GPS watches",
    # wellness
    "Yoga & Pilates": "In-market: yoga mats & props; Category loyalists: activewear",
    "Meditation & Mindfulness": "Searchers: sleep, calm & aromatherapy",
    "Alternative Medicine": "Repeat buyers: vitamins & supplements;"
                            " Searchers: sleep, calm & aromatherapy",
    "Spirituality & Astrology": "Searchers: crystals, tarot & candles",
    # beauty
    "Beauty & Cosmetics": "Repeat buyers: makeup; Lapsed buyers: prestige beauty",
    "Skincare": "Category loyalists: skincare; Lapsed buyers: prestige beauty",
    "Hair Care & Styling": "Repeat buyers: hair care & styling tools",
    "Fragrances & Perfume": "In-market: fragrance; Gift buyers: cards, flowers & gift sets",
    "Nail Art": "Repeat buyers: nail polish & press-ons",
    # fashion
    "Clothes, Shoes, Handbags & Accessories": "In-market: apparel & shoes",
    "Jewellery & Watches": "Searchers: jewellery & watches",
    "Streetwear & Sneakers": "In-market: sneakers; In-market: apparel & shoes",
    "Shopping & Retail": "Deal seekers: coupons & clearance;"
                         " Frequent shoppers: subscription & same-day delivery",
    # gaming
    "Gaming": "In-market: video games & consoles",
    "Esports": "In-market: video games & consoles; In-market: gaming PCs & accessories",
    "PC & Console Gaming": "In-market: video games & consoles;"
                           " In-market: gaming PCs & accessories",
    "Anime & Manga": "Repeat buyers: manga, figures & collectibles",
    "Streaming & Live Video": "In-market: webcams, mics & streaming gear",
    # tech
    "Electronics & Computers": "In-market: laptops & computers; In-market: TVs & home cinema",
    "Mobile Phones & Gadgets": "In-market: smartphones & accessories;"
                               " In-market: smart home devices",
    "Software & Programming": "In-market: laptops & computers;"
                              " Book buyers: business, money & tech",
    "Artificial Intelligence & Data": "In-market: laptops & computers;"
                                      " Book buyers: business, money & tech",
    # finance
    "Business & Careers": "Book buyers: business, money & tech;"
                          " In-market: office furniture & supplies",
    "Personal Finance & Investing": "Book buyers: business, money & tech;"
                                    " Deal seekers: coupons & clearance",
    "Cryptocurrency & Blockchain": "Book buyers: business, money & tech",
    "Real Estate": "Life events: new movers; Book buyers: business, money & tech",
    "Entrepreneurship": "Small-business buyers: packaging & shipping supplies;"
                        " In-market: office furniture & supplies;"
                        " Book buyers: business, money & tech",
    # food
    "Restaurants, Food & Grocery": "Repeat buyers: fresh groceries;"
                                   " Repeat buyers: snacks & ready meals",
    "Cooking & Recipes": "Repeat buyers: fresh groceries;"
                         " In-market: cookware & kitchen appliances",
    "Coffee, Tea & Beverages": "Category loyalists: coffee & tea",
    "Beer, Wine & Spirits": "Repeat buyers: beer, wine & spirits",
    "Vegan & Vegetarian Food": "Repeat buyers: plant-based foods;"
                               " Repeat buyers: organic & natural",
    # travel
    "Travel, Tourism & Aviation": "In-market: luggage & travel accessories;"
                                  " Seasonal: swimwear & holiday shoppers",
    "Hotels & Resorts": "Seasonal: swimwear & holiday shoppers;"
                        " In-market: luggage & travel accessories",
    "Backpacking & Budget Travel": "In-market: luggage & travel accessories",
    "Road Trips & Vanlife": "In-market: car camping & coolers",
    # music
    "Music": "In-market: headphones & speakers; Repeat buyers: vinyl, CDs & band merch",
    "Concerts & Festivals": "Seasonal: festival gear",
    "Hip Hop & Rap": "In-market: headphones & speakers; Repeat buyers: vinyl, CDs & band merch",
    "Musical Instruments": "In-market: instruments & music gear",
    "K-Pop": "Repeat buyers: vinyl, CDs & band merch;"
             " Repeat buyers: manga, figures & collectibles",
    # sustainability
    "Sustainability & Environment": "Repeat buyers: eco & refillable household",
    "Zero Waste & Recycling": "Repeat buyers: eco & refillable household",
    "Organic & Natural Products": "Repeat buyers: organic & natural",
    "Renewable Energy & Electric Vehicles": "In-market: EV chargers & home solar",
    # pets
    "Pets": "Repeat buyers: flea, tick & pet health; In-market: pet beds, crates & toys",
    "Dogs & Puppies": "Repeat buyers: dog food & treats; Repeat buyers: flea, tick & pet health;"
                      " In-market: pet beds, crates & toys",
    "Cats & Kittens": "Repeat buyers: cat food & litter; Repeat buyers: flea, tick & pet health",
    "Pet Food & Supplies": "Repeat buyers: dog food & treats; Repeat buyers: cat food & litter;"
                           " Lapsed buyers: pet food",
    # cars
    "Cars & Motorbikes": "In-market: car parts & accessories;"
                         " In-market: motorcycle helmets & gear",
    "Motorsport & Racing": "Fan gear buyers: jerseys & team merch",
    "Car Tuning & Modification": "In-market: car parts & accessories;"
                                 " In-market: power tools & workshop",
    "Auto Parts & Accessories": "In-market: car parts & accessories;"
                                " Repeat buyers: car care & detailing",
    # sports
    "Sports": "Fan gear buyers: jerseys & team merch; In-market: balls & team sports equipment",
    "Football & Soccer": "Fan gear buyers: jerseys & team merch;"
                         " In-market: balls & team sports equipment",
    "Basketball": "Fan gear buyers: jerseys & team merch;"
                  " In-market: balls & team sports equipment; In-market: sneakers",
    "Cycling": "In-market: bikes & e-bikes",
    "Extreme Sports": "In-market: skate, surf & snow gear; In-market: drones & action cameras",
    # home
    "Home Decor, Furniture & Garden": "Life events: new movers; In-market: furniture & decor",
    "DIY & Crafts": "In-market: power tools & workshop; Repeat buyers: craft supplies & yarn",
    "Gardening & Plants": "Seasonal: garden & outdoor living;"
                          " Repeat buyers: seeds, soil & houseplants",
    "Interior Design & Architecture": "Life events: new movers; In-market: furniture & decor;"
                                      " Searchers: art prints & wall decor",
    # entertainment
    "Television & Film": "In-market: TVs & home cinema; Repeat buyers: movies & series on disc",
    "Celebrities & Pop Culture": "Repeat buyers: celebrity beauty & fan magazines",
    "Comedy & Memes": "",
    "Theatre & Performing Arts": "",
    # education
    "Books & Literature": "Book buyers: fiction & literature",
    "Education & Learning": "Seasonal: back-to-school supplies;"
                            " Book buyers: language learning & test prep",
    "Science": "Book buyers: science, history & nonfiction",
    "History & Culture": "Book buyers: science, history & nonfiction",
    "Languages & Linguistics": "Book buyers: language learning & test prep",
    # luxury
    "Luxury Goods": "High spenders: designer & prestige brands; Searchers: jewellery & watches",
    "Luxury Travel": "High spenders: designer & prestige brands;"
                     " In-market: luggage & travel accessories",
    "Fine Dining": "",
    "Designer Fashion": "High spenders: designer & prestige brands",
    # outdoor
    "Camping & Hiking": "In-market: tents, packs & hiking gear; In-market: car camping & coolers",
    "Fishing & Hunting": "In-market: fishing & hunting gear",
    "Mountaineering & Climbing": "In-market: tents, packs & hiking gear",
    "Outdoor Gear & Equipment": "In-market: tents, packs & hiking gear;"
                                " In-market: fishing & hunting gear",
    # photography
    "Camera & Photography": "In-market: cameras & lenses; In-market: drones & action cameras",
    "Art & Design": "Repeat buyers: craft supplies & yarn; Searchers: art prints & wall decor",
    "Drawing & Illustration": "Repeat buyers: craft supplies & yarn",
    "Film Making & Video Editing": "In-market: cameras & lenses;"
                                   " In-market: drones & action cameras;"
                                   " In-market: webcams, mics & streaming gear",
}

# niche -> {phrase: the latent interests whose holders are the phrase's audience}, written as
# a planner briefs a retail-media network: what shoppers searched for, put in the cart, bought,
# registered for or stopped buying.
PHRASES: dict[str, dict[str, str]] = {
    "parenting": {
        "shoppers who created a baby registry": "Pregnancy & Maternity",
        "households buying size 4 nappies every month": "Toys, Children & Baby",
        "people who searched for a convertible crib": "Pregnancy & Maternity",
        "parents stocking up on lunchbox snacks in August": "Parenting & Family",
        "people who buy anniversary cards and chocolates": "Friends, Family & Relationships",
        "LEGO and Duplo basket builders": "Parenting & Family",
    },
    "fitness": {
        "shoppers who added a squat rack to cart": "Fitness & Gym",
        "whey isolate subscribe-and-save customers": "Sports Nutrition & Supplements",
        "people who searched for a Garmin Forerunner": "Running & Marathons",
        "shoppers of high-waisted leggings and sports bras": "Activewear",
        "households swapping to low-sugar cereal and kombucha": "Healthy Lifestyle",
        "adjustable dumbbell searchers": "Fitness & Gym",
    },
    "wellness": {
        "people who bought a cork yoga block": "Yoga & Pilates",
        "melatonin and weighted blanket buyers": "Meditation & Mindfulness",
        "shoppers searching for sage bundles and zodiac jewellery": "Spirituality & Astrology",
        "elderberry and ashwagandha repeat purchasers": "Alternative Medicine",
        "essential oil diffuser buyers": "Alternative Medicine; Meditation & Mindfulness",
    },
    "beauty": {
        "people who restock mascara and foundation": "Beauty & Cosmetics",
        "retinol serum and SPF 50 reorderers": "Skincare",
        "shoppers who bought a Dyson Airwrap": "Hair Care & Styling",
        "people browsing eau de parfum minis": "Fragrances & Perfume",
        "gel manicure kit buyers": "Nail Art",
        "shoppers who stopped buying department-store cosmetics": "Beauty & Cosmetics;"
                                                                  " Skincare",
    },
    "fashion": {
        "shoppers browsing spring dresses and ankle boots":
            "Clothes, Shoes, Handbags & Accessories",
        "people who searched for Air Jordan 1s": "Streetwear & Sneakers",
        "engagement ring searchers": "Jewellery & Watches; Friends, Family & Relationships",
        "shoppers who only buy on markdown": "Shopping & Retail",
        "people with a weekly same-day delivery habit": "Shopping & Retail",
    },
    "gaming": {
        "people who preordered the next Zelda": "Gaming",
        "shoppers who searched for a PS5 Pro": "PC & Console Gaming; Gaming",
        "gaming mouse and mechanical keyboard buyers": "PC & Console Gaming; Esports",
        "Funko Pop and Jujutsu Kaisen figure collectors": "Anime & Manga",
        "ring light and USB microphone buyers": "Streaming & Live Video",
    },
    "tech": {
        "people comparing MacBook Air configurations": "Electronics & Computers",
        "shoppers who bought a Pixel or Galaxy this quarter": "Mobile Phones & Gadgets",
        "buyers of Python and JavaScript books": "Software & Programming",
        "people who searched for a GPU to run local LLMs": "Artificial Intelligence & Data;"
                                                          " Electronics & Computers",
        "Ring doorbell and smart plug buyers": "Mobile Phones & Gadgets",
    },
    "finance": {
        "buyers of The Psychology of Money": "Personal Finance & Investing",
        "hardware crypto wallet buyers": "Cryptocurrency & Blockchain",
        "shoppers who changed their delivery address after buying a house": "Real Estate",
        "Etsy sellers stocking up on poly mailers": "Entrepreneurship",
        "people who bought an ergonomic office chair": "Business & Careers",
        "warehouse-club bulk buyers on a budget": "Personal Finance & Investing;"
                                                  " Shopping & Retail",
    },
    "food": {
        "weekly online grocery order customers": "Restaurants, Food & Grocery",
        "Dutch oven and stand mixer buyers": "Cooking & Recipes",
        "Nespresso pod subscribers": "Coffee, Tea & Beverages",
        "craft IPA multipack buyers": "Beer, Wine & Spirits",
        "oat milk and tofu reorderers": "Vegan & Vegetarian Food",
        "frozen pizza and microwave meal stockers": "Restaurants, Food & Grocery",
    },
    "travel": {
        "carry-on spinner suitcase buyers": "Travel, Tourism & Aviation",
        "shoppers buying reef-safe sunscreen and beach towels in May":
            "Hotels & Resorts; Travel, Tourism & Aviation",
        "travel adapter and packing cube buyers": "Backpacking & Budget Travel;"
                                                  " Travel, Tourism & Aviation",
        "people who bought a rooftop tent": "Road Trips & Vanlife; Camping & Hiking",
        "neck pillow and noise-cancelling headphone buyers": "Travel, Tourism & Aviation",
    },
    "music": {
        "people who bought a turntable": "Music",
        "shoppers buying glitter, bucket hats and tents in June": "Concerts & Festivals",
        "beginner acoustic guitar searchers": "Musical Instruments",
        "BTS and Stray Kids album preorderers": "K-Pop",
        "Beats and AirPods buyers": "Music; Hip Hop & Rap",
    },
    "sustainability": {
        "shoppers of laundry strips and refill pouches": "Zero Waste & Recycling",
        "people searching for a home battery": "Renewable Energy & Electric Vehicles",
        "level 2 charger searchers": "Renewable Energy & Electric Vehicles",
        "buyers of certified organic baby food": "Organic & Natural Products;"
                                                 " Toys, Children & Baby",
        "compost bin and rain barrel buyers": "Sustainability & Environment;"
                                              " Gardening & Plants",
    },
    "pets": {
        "kibble autoship customers": "Pet Food & Supplies",
        "clumping litter reorderers": "Cats & Kittens",
        "people who bought a puppy crate": "Dogs & Puppies",
        "flea collar and dewormer buyers": "Pets",
        "households that stopped buying wet cat food": "Cats & Kittens",
    },
    "cars": {
        "coilover and exhaust searchers": "Car Tuning & Modification",
        "shoppers who bought clay bar and wax kits": "Auto Parts & Accessories",
        "full-face helmet buyers": "Cars & Motorbikes",
        "Formula 1 team cap buyers": "Motorsport & Racing",
        "wiper blade and floor mat shoppers": "Auto Parts & Accessories; Cars & Motorbikes",
    },
    "sports": {
        "people who bought a Real Madrid shirt": "Football & Soccer",
        "outdoor basketball hoop searchers": "Basketball",
        "shoppers who bought a gravel bike": "Cycling",
        "snowboard and wax buyers": "Extreme Sports",
        "big-game snack and jersey shoppers": "Sports",
        "shin guard and size 5 ball buyers": "Football & Soccer; Sports",
    },
    "home": {
        "people who bought a sofa within a month of moving": "Home Decor, Furniture & Garden;"
                                                            " Real Estate",
        "cordless drill and tile saw buyers": "DIY & Crafts",
        "potting mix and grow light reorderers": "Gardening & Plants",
        "shoppers who bought framed prints and a statement rug":
            "Interior Design & Architecture; Home Decor, Furniture & Garden",
        "yarn and embroidery hoop buyers": "DIY & Crafts",
    },
    "entertainment": {
        "4K box set buyers": "Television & Film",
        "people who bought an OLED TV and a soundbar": "Television & Film;"
                                                      " Electronics & Computers",
        "buyers of celebrity-founded makeup lines": "Celebrities & Pop Culture;"
                                                   " Beauty & Cosmetics",
        "shoppers of joke books and novelty gag gifts": "Comedy & Memes;"
                                                       " Friends, Family & Relationships",
        "buyers of Broadway cast recordings on vinyl": "Theatre & Performing Arts; Music",
    },
    "education": {
        "people who preorder the new Sally Rooney": "Books & Literature",
        "SAT and GCSE revision guide buyers": "Education & Learning",
        "buyers of popular astronomy books and telescopes": "Science",
        "WWII history book buyers": "History & Culture",
        "shoppers of Japanese flashcards and phrasebooks": "Languages & Linguistics",
    },
    "luxury": {
        "shoppers who bought a Gucci belt": "Designer Fashion; Luxury Goods",
        "people searching for a Cartier Tank": "Luxury Goods; Jewellery & Watches",
        "buyers of Rimowa aluminium luggage": "Luxury Travel; Luxury Goods",
        "people who buy caviar and grand cru for dinner parties": "Fine Dining;"
                                                                 " Beer, Wine & Spirits",
        "premium handbag shoppers": "Designer Fashion",
    },
    "outdoor": {
        "two-person backpacking tent buyers": "Camping & Hiking; Outdoor Gear & Equipment",
        "shoppers who bought a crossbow or tackle box": "Fishing & Hunting",
        "climbing harness and chalk bag buyers": "Mountaineering & Climbing",
        "trekking pole and headlamp shoppers": "Outdoor Gear & Equipment",
        "people buying bait and waders": "Fishing & Hunting",
    },
    "photography": {
        "mirrorless camera body searchers": "Camera & Photography",
        "people who bought a DJI Mini": "Film Making & Video Editing",
        "alcohol marker and drawing tablet buyers": "Drawing & Illustration",
        "shoppers of gimbals and lavalier mics": "Film Making & Video Editing",
        "gouache paint set buyers": "Art & Design; Drawing & Illustration",
    },
}

# Hand-written evaluation segments (keyword arguments of ``segments._seg``). Age and country
# are deliberately correlated in intent-new-parents-mx, intent-retired-gardeners-ca and
# intent-teen-gamers-kr; intent-hard-* use phrases whose interests leave no basket trace or
# reach labels gathering several niches.
FIXED_SEGMENTS: tuple[dict[str, Any], ...] = (
    dict(id="intent-new-parents-mx", name="New parents 25-34 in Mexico", description="""
         Mexican parents who created a baby registry, searched for a crib and now buy size 4
         nappies every month.""",
         ages=["25-34"],
         interests=["shoppers who created a baby registry",
                    "people who searched for a convertible crib",
                    "households buying size 4 nappies every month"],
         countries=["MX"], languages=["es"]),
    dict(id="intent-retired-gardeners-ca", name="Retired gardeners 55+ in Canada",
         description="""Canadian retirees reordering potting mix, buying compost bins and WWII
         history books.""",
         ages=["55-64", "65+"],
         interests=["potting mix and grow light reorderers", "compost bin and rain barrel buyers",
                    "WWII history book buyers"],
         countries=["CA"], filters={"platforms": ["youtube", "instagram"]}),
    dict(id="intent-teen-gamers-kr", name="Teen gamers 13-24 in Korea", description="""
         Korean teenagers who searched for a PS5 Pro and buy gaming mice and mechanical
         keyboards.""",
         ages=["13-17", "18-24"],
         interests=["shoppers who searched for a PS5 Pro",
                    "gaming mouse and mechanical keyboard buyers",
                    "people who preordered the next Zelda"],
         genders=["male"], countries=["KR"], filters={"platforms": ["twitch", "youtube"]}),
    dict(id="intent-home-gym-us", name="Home gym builders 18-34 in the US", description="""
         Young Americans adding squat racks and dumbbells to their cart and subscribing to
         whey.""",
         ages=["18-24", "25-34"],
         interests=["shoppers who added a squat rack to cart", "adjustable dumbbell searchers",
                    "whey isolate subscribe-and-save customers"],
         countries=["US"], filters={"platforms": ["instagram", "tiktok"]}),
    dict(id="intent-runners-de", name="Runners 25-54 in Germany", description="""Germans
         who searched for a Garmin and buy leggings and sports bras.""",
         ages=["25-34", "35-44", "45-54"],
         interests=["people who searched for a Garmin Forerunner",
                    "shoppers of high-waisted leggings and sports bras"],
         countries=["DE"], languages=["de"]),
    dict(id="intent-beauty-women-br", name="Beauty shoppers, women 18-34 in Brazil",
         description="""Young Brazilian women restocking mascara, reordering retinol and
         buying gel manicure kits.""",
         ages=["18-24", "25-34"],
         interests=["people who restock mascara and foundation",
                    "retinol serum and SPF 50 reorderers", "gel manicure kit buyers"],
         genders=["female"], countries=["BR"],
         filters={"platforms": ["instagram", "tiktok"], "min_credibility": 0.7}),
    dict(id="intent-wellness-women-at-ch", name="Wellness shoppers, women 30-54 in Austria "
         "and Switzerland", description="""Women buying yoga blocks, essential oil diffusers
         and melatonin.""",
         ages=["25-34", "35-44", "45-54"],
         interests=["people who bought a cork yoga block", "essential oil diffuser buyers",
                    "melatonin and weighted blanket buyers"],
         genders=["female"], countries={"AT": 1.0, "CH": 1.0}),
    dict(id="intent-sneakers-gb-ie", name="Sneaker shoppers 18-34 in the UK and Ireland",
         description="""Young Britons and Irish searching for Air Jordans and browsing spring
         dresses and boots.""",
         ages=["18-24", "25-34"],
         interests=["people who searched for Air Jordan 1s",
                    "shoppers browsing spring dresses and ankle boots"],
         countries={"GB": 1.0, "IE": 0.4}),
    dict(id="intent-tech-buyers-sg-my", name="Tech buyers 25-44 in Singapore and Malaysia",
         description="""Adults comparing MacBooks, buying new phones and a GPU for local
         models.""",
         ages=["25-34", "35-44"],
         interests=["people comparing MacBook Air configurations",
                    "shoppers who bought a Pixel or Galaxy this quarter",
                    "people who searched for a GPU to run local LLMs"],
         countries={"SG": 1.0, "MY": 0.6}, filters={"platforms": ["youtube", "x"]}),
    dict(id="intent-money-men-za", name="Money-minded men 25-44 in South Africa",
         description="""South African men buying The Psychology of Money and hardware crypto
         wallets.""",
         ages=["25-34", "35-44"],
         interests=["buyers of The Psychology of Money", "hardware crypto wallet buyers"],
         genders=["male"], countries=["ZA"], filters={"platforms": ["x"]}),
    dict(id="intent-home-cooks-fr-be", name="Home cooks 25-44 in France and Belgium",
         description="""French and Belgians buying Dutch ovens, Nespresso pods and oat milk.""",
         ages=["25-34", "35-44"],
         interests=["Dutch oven and stand mixer buyers", "Nespresso pod subscribers",
                    "oat milk and tofu reorderers"],
         countries={"FR": 1.0, "BE": 0.6}, languages=["fr"]),
    dict(id="intent-travellers-au", name="Holiday shoppers 25-54 in Australia",
         description="""Australians buying carry-on spinners, packing cubes and beach towels
         before a trip.""",
         ages=["25-34", "35-44", "45-54"],
         interests=["carry-on spinner suitcase buyers", "travel adapter and packing cube buyers",
                    "shoppers buying reef-safe sunscreen and beach towels in May"],
         countries=["AU"]),
    dict(id="intent-kpop-th-vn", name="K-pop fans 13-24 in Thailand and Vietnam",
         description="""Teenagers preordering BTS and Stray Kids albums and buying AirPods.""",
         ages=["13-17", "18-24"],
         interests=["BTS and Stray Kids album preorderers", "Beats and AirPods buyers"],
         genders=["female"], countries={"TH": 1.0, "VN": 0.8}),
    dict(id="intent-green-homes-nl-de", name="Green households 25-54 in the Netherlands and "
         "Germany", description="""Households buying laundry strips, searching for home
         batteries and wallboxes.""",
         ages=["25-34", "35-44", "45-54"],
         interests=["shoppers of laundry strips and refill pouches",
                    "people searching for a home battery", "level 2 charger searchers"],
         countries={"NL": 1.0, "DE": 1.0}),
    dict(id="intent-pet-owners-gb", name="Pet owners 25-64 in the UK", description="""
         British households on kibble autoship who buy flea collars and reorder litter.""",
         ages=["25-34", "35-44", "45-54", "55-64"],
         interests=["kibble autoship customers", "flea collar and dewormer buyers",
                    "clumping litter reorderers"],
         countries=["GB"], filters={"followers": {"max": 500000}}),
    dict(id="intent-car-men-us", name="Car shoppers, men 25-54 in the US", description="""
         American men searching for coilovers, buying clay bars and Formula 1 caps.""",
         ages=["25-34", "35-44", "45-54"],
         interests=["coilover and exhaust searchers",
                    "shoppers who bought clay bar and wax kits", "Formula 1 team cap buyers"],
         genders=["male"], countries=["US"], languages=["en"]),
    dict(id="intent-football-men-es-ar", name="Football shoppers, men 18-44 in Spain and "
         "Argentina", description="""Men who bought a Real Madrid shirt and stock up on snacks
         for the big game.""",
         ages=["18-24", "25-34", "35-44"],
         interests=["people who bought a Real Madrid shirt",
                    "big-game snack and jersey shoppers"],
         genders=["male"], countries={"ES": 1.0, "AR": 0.8},
         filters={"platforms": ["x", "instagram"]}),
    dict(id="intent-hard-luxury-ch-it", name="Luxury shoppers 35-64 in Switzerland and Italy",
         description="""Affluent shoppers buying Gucci belts, Rimowa luggage, searching for a
         Cartier Tank and hosting caviar dinners.""",
         ages=["35-44", "45-54", "55-64"],
         interests=["shoppers who bought a Gucci belt", "buyers of Rimowa aluminium luggage",
                    "people searching for a Cartier Tank",
                    "people who buy caviar and grand cru for dinner parties"],
         countries={"CH": 1.0, "IT": 1.0}, filters={"followers": {"min": 20000}}),
    dict(id="intent-hard-creators-id", name="Video creators 18-34 in Indonesia",
         description="""Young Indonesians buying ring lights, gimbals and a DJI Mini.""",
         ages=["18-24", "25-34"],
         interests=["ring light and USB microphone buyers",
                    "shoppers of gimbals and lavalier mics", "people who bought a DJI Mini"],
         countries=["ID"]),
    dict(id="intent-hard-comedy-stage-us", name="Comedy and stage fans 25-44 in the US",
         description="""Americans buying gag gifts, Broadway cast recordings and
         celebrity-founded makeup.""",
         ages=["25-34", "35-44"],
         interests=["shoppers of joke books and novelty gag gifts",
                    "buyers of Broadway cast recordings on vinyl",
                    "buyers of celebrity-founded makeup lines"],
         countries=["US"]),
)
