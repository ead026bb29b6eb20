"""Held-out vocabulary ``spend``: a card-spend provider's merchant-category spender audiences.

Modelled on the audiences built from card-transaction data (in the style of Mastercard, Visa or
Cardlytics spend audiences): a provider sees only where money is spent, by merchant category,
so labels name a kind of merchant or service and its spenders ("Sporting goods store spenders",
"Veterinary service spenders", "Crypto exchange funders", "Streaming video subscribers").
Granularity follows the card networks' merchant categories, not interests, and is uneven: food
and drink is split into grocery, quick-service, restaurants, coffee shops, bars and liquor
stores, but a tasting menu is just another restaurant bill, while all video games are one
"Video game store & digital game spenders" and yoga, pilates and spin are one "Boutique fitness
studio spenders". A latent interest shows as the one to three places its holders pay, so some
labels gather unrelated niches: "Fan merchandise spenders" (K-pop, football, basketball),
"Athletic footwear spenders" (activewear, running, sneakers), "Creative software subscribers"
(art, illustration, video editing), "Concert & live event ticket spenders" (festivals and
theatre), "Museum & attraction spenders" (science and history), "Sports event ticket spenders"
(motorsport and football), "Restaurant & fine dining spenders" (everyday restaurants and fine
dining), "Secondhand & thrift store spenders" (environment and zero waste). Spirituality and
astrology, comedy and memes, and celebrities and pop culture leave no trace in card data and
have no label at all. Phrases are written the way a brand's planner briefs a spend-data
provider: shoppers of named retailers and brands, what people buy or pay for, memberships and
subscriptions.

Written blind (without reading the matcher, its interest-matching notes or its results),
before any tuning or measurement of the matcher on it; it must not be adjusted to the
matcher's results. Strings are ";"-separated lists.
"""

from __future__ import annotations

from typing import Any

NAME = "spend"
DESCRIPTION = ("Card-spend data style: about 85 merchant-category spender audiences (where "
               "people pay); uneven granularity, some categories spanning unrelated niches, "
               "three interests invisible in spend.")

LABELS: tuple[str, ...] = (
    # family
    "Toy & baby store spenders", "Children's clothing store spenders",
    "Childcare & nursery spenders", "Dating service subscribers", "Florist & gift shop spenders",
    "Pharmacy & drugstore spenders",
    # fitness and wellness
    "Gym & fitness club members", "Health food & supplement store spenders",
    "Sporting goods store spenders", "Athletic footwear spenders",
    "Race & event registration spenders", "Boutique fitness studio spenders",
    "Spa, massage & wellness spenders", "Health & wellness subscription spenders",
    "Alternative practitioner spenders",
    # beauty and fashion
    "Cosmetics & beauty store spenders", "Dermatology & aesthetic clinic spenders",
    "Hair salon & barber spenders", "Nail salon spenders", "Department store spenders",
    "Apparel store spenders", "Jewellery & watch store spenders",
    "Discount & dollar store spenders", "Online marketplace heavy spenders",
    # games and tech
    "Video game store & digital game spenders", "Comic, manga & hobby shop spenders",
    "Creator & livestream tipping spenders", "Computer & electronics store spenders",
    "Mobile carrier premium plan spenders", "Software & cloud service spenders",
    # money and work
    "Professional services spenders", "Business travel spenders",
    "Brokerage & investment account funders", "Crypto exchange funders",
    "Real estate & mortgage fee spenders", "Office & business supply spenders",
    # food and drink
    "Grocery & supermarket spenders", "Restaurant & fine dining spenders",
    "Quick-service restaurant spenders", "Kitchenware & housewares spenders",
    "Coffee shop spenders", "Liquor & wine store spenders", "Bar & nightclub spenders",
    "Natural & organic grocer spenders",
    # travel
    "Airline spenders", "Travel agency & tour spenders", "Hotel & lodging spenders",
    "Budget airline & hostel spenders", "Fuel & service station spenders",
    "Campground & RV park spenders", "Premium cabin & luxury hotel spenders",
    # music, events and media
    "Music streaming subscribers", "Concert & live event ticket spenders",
    "Musical instrument store spenders", "Fan merchandise spenders",
    "Streaming video subscribers", "Cinema spenders", "Sports event ticket spenders",
    "Sports streaming subscribers", "Sports betting spenders",
    # environment
    "Public transit & bike-share spenders", "Secondhand & thrift store spenders",
    "EV charging & green energy spenders",
    # pets
    "Pet store spenders", "Veterinary service spenders", "Pet grooming & boarding spenders",
    # cars
    "Auto dealer & vehicle purchase spenders", "Auto parts store spenders",
    "Auto repair & body shop spenders", "Car wash & detailing spenders",
    # sport and outdoors
    "Bicycle shop spenders", "Ski resort & adventure activity spenders",
    "Outdoor & camping store spenders", "Hunting & fishing supply spenders",
    # home
    "Furniture & home furnishing spenders", "Home improvement store spenders",
    "Craft & fabric store spenders", "Garden centre & nursery spenders",
    "Home services & contractor spenders",
    # learning and culture
    "Bookshop spenders", "Tuition & online course spenders", "Museum & attraction spenders",
    # luxury and creative
    "Luxury boutique spenders", "Camera & photo store spenders",
    "Art supply & gallery spenders", "Creative software subscribers",
)

# Latent interest -> the merchant categories where a follower holding it spends (none for
# three interests that leave no trace in card data).
REPORTS: dict[str, str] = {
    # parenting
    "Toys, Children & Baby": "Toy & baby store spenders; Children's clothing store spenders",
    "Parenting & Family": "Childcare & nursery spenders; Children's clothing store spenders",
    "Friends, Family & Relationships": "Dating service subscribers;"
                                       " Florist & gift shop spenders",
    "Pregnancy & Maternity": "Toy & baby store spenders; Pharmacy & drugstore spenders",
    # fitness
    "Fitness & Gym": "Gym & fitness club members",
    "Healthy Lifestyle": "Health food & supplement store spenders; Gym & fitness club members",
    "Sports Nutrition & Supplements": "Health food & supplement store spenders",
    "Activewear": "Sporting goods store spenders; Athletic footwear spenders",
    "Running & Marathons": "Race & event registration spenders; Athletic footwear spenders",
    # wellness
    "Yoga & Pilates": "Boutique fitness studio spenders",
    "Meditation & Mindfulness": "Spa, massage & wellness spenders;"
                                " Health & wellness subscription spenders",
    "Alternative Medicine": "Alternative practitioner spenders;"
                            " Health food & supplement store spenders",
    "Spirituality & Astrology": "",
    # beauty
    "Beauty & Cosmetics": "Cosmetics & beauty store spenders",
    "Skincare": "Cosmetics & beauty store spenders; Dermatology & aesthetic clinic spenders",
    "Hair Care & Styling": "Hair salon & barber spenders",
    "Fragrances & Perfume": "Cosmetics & beauty store spenders; Department store spenders",
    "Nail Art": "Nail salon spenders",
    # fashion
    "Clothes, Shoes, Handbags & Accessories": "Apparel store spenders;"
                                              " Department store spenders",
    "Jewellery & Watches": "Jewellery & watch store spenders",
    "Streetwear & Sneakers": "Athletic footwear spenders; Apparel store spenders",
    "Shopping & Retail": "Discount & dollar store spenders; Online marketplace heavy spenders;"
                         " Department store spenders",
    # gaming
    "Gaming": "Video game store & digital game spenders",
    "Esports": "Video game store & digital game spenders",
    "PC & Console Gaming": "Video game store & digital game spenders;"
                           " Computer & electronics store spenders",
    "Anime & Manga": "Comic, manga & hobby shop spenders",
    "Streaming & Live Video": "Creator & livestream tipping spenders",
    # tech
    "Electronics & Computers": "Computer & electronics store spenders",
    "Mobile Phones & Gadgets": "Computer & electronics store spenders;"
                               " Mobile carrier premium plan spenders",
    "Software & Programming": "Software & cloud service spenders",
    "Artificial Intelligence & Data": "Software & cloud service spenders",
    # finance
    "Business & Careers": "Professional services spenders; Business travel spenders",
    "Personal Finance & Investing": "Brokerage & investment account funders",
    "Cryptocurrency & Blockchain": "Crypto exchange funders",
    "Real Estate": "Real estate & mortgage fee spenders",
    "Entrepreneurship": "Office & business supply spenders; Professional services spenders",
    # food
    "Restaurants, Food & Grocery": "Grocery & supermarket spenders;"
                                   " Restaurant & fine dining spenders;"
                                   " Quick-service restaurant spenders",
    "Cooking & Recipes": "Grocery & supermarket spenders; Kitchenware & housewares spenders",
    "Coffee, Tea & Beverages": "Coffee shop spenders",
    "Beer, Wine & Spirits": "Liquor & wine store spenders; Bar & nightclub spenders",
    "Vegan & Vegetarian Food": "Natural & organic grocer spenders",
    # travel
    "Travel, Tourism & Aviation": "Airline spenders; Travel agency & tour spenders",
    "Hotels & Resorts": "Hotel & lodging spenders",
    "Backpacking & Budget Travel": "Budget airline & hostel spenders",
    "Road Trips & Vanlife": "Fuel & service station spenders; Campground & RV park spenders",
    # music
    "Music": "Music streaming subscribers",
    "Concerts & Festivals": "Concert & live event ticket spenders",
    "Hip Hop & Rap": "Music streaming subscribers",
    "Musical Instruments": "Musical instrument store spenders",
    "K-Pop": "Music streaming subscribers; Fan merchandise spenders",
    # sustainability
    "Sustainability & Environment": "Public transit & bike-share spenders;"
                                    " Secondhand & thrift store spenders",
    "Zero Waste & Recycling": "Secondhand & thrift store spenders",
    "Organic & Natural Products": "Natural & organic grocer spenders",
    "Renewable Energy & Electric Vehicles": "EV charging & green energy spenders",
    # pets
    "Pets": "Pet store spenders; Veterinary service spenders",
    "Dogs & Puppies": "Pet store spenders; Veterinary service spenders;"
                      " Pet grooming & boarding spenders",
    "Cats & Kittens": "Pet store spenders; Veterinary service spenders",
    "Pet Food & Supplies": "Pet store spenders",
    # cars
    "Cars & Motorbikes": "Auto dealer & vehicle purchase spenders;"
                         " Fuel & service station spenders",
    "Motorsport & Racing": "Sports event ticket spenders; Sports streaming subscribers",
    "Car Tuning & Modification": "Auto parts store spenders; Auto repair & body shop spenders",
    "Auto Parts & Accessories": "Auto parts store spenders; Car wash & detailing spenders",
    # sports
    "Sports": "Sports streaming subscribers; Sports betting spenders",
    "Football & Soccer": "Sports event ticket spenders; Sports streaming subscribers;"
                         " Fan merchandise spenders",
    "Basketball": "Sports streaming subscribers; Fan merchandise spenders",
    "Cycling": "Bicycle shop spenders",
    "Extreme Sports": "Sporting goods store spenders; Ski resort & adventure activity spenders",
    # home
    "Home Decor, Furniture & Garden": "Furniture & home furnishing spenders",
    "DIY & Crafts": "Home improvement store spenders; Craft & fabric store spenders",
    "Gardening & Plants": "Garden centre & nursery spenders",
    "Interior Design & Architecture": "Furniture & home furnishing spenders;"
                                      " Home services & contractor spenders",
    # entertainment
    "Television & Film": "Streaming video subscribers; Cinema spenders",
    "Celebrities & Pop Culture": "",
    "Comedy & Memes": "",
    "Theatre & Performing Arts": "Concert & live event ticket spenders",
    # education
    "Books & Literature": "Bookshop spenders",
    "Education & Learning": "Tuition & online course spenders",
    "Science": "Museum & attraction spenders",
    "History & Culture": "Museum & attraction spenders",
    "Languages & Linguistics": "Tuition & online course spenders",
    # luxury
    "Luxury Goods": "Luxury boutique spenders; Jewellery & watch store spenders",
    "Luxury Travel": "Premium cabin & luxury hotel spenders",
    "Fine Dining": "Restaurant & fine dining spenders",
    "Designer Fashion": "Luxury boutique spenders",
    # outdoor
    "Camping & Hiking": "Outdoor & camping store spenders; Campground & RV park spenders",
    "Fishing & Hunting": "Hunting & fishing supply spenders",
    "Mountaineering & Climbing": "Outdoor & camping store spenders;"
                                 " Ski resort & adventure activity spenders",
    "Outdoor Gear & Equipment": "Outdoor & camping store spenders;"
                                " Hunting & fishing supply spenders",
    # photography
    "Camera & Photography": "Camera & photo store spenders",
    "Art & Design": "Art supply & gallery spenders; Creative software subscribers",
    "Drawing & Illustration": "Art supply & gallery spenders; Creative software subscribers",
    "Film Making & Video Editing": "Creative software subscribers;"
                                   " Camera & photo store spenders",
}

# niche -> {phrase: the latent interests whose holders are the phrase's audience}, written as
# a planner briefs a spend-data provider: shoppers of retailers and brands, purchases,
# memberships and subscriptions.
PHRASES: dict[str, dict[str, str]] = {
    "parenting": {
        "parents buying nappies and formula": "Toys, Children & Baby; Parenting & Family",
        "families paying for daycare": "Parenting & Family",
        "expectant parents furnishing a nursery": "Pregnancy & Maternity;"
                                                  " Toys, Children & Baby",
        "people who send flowers on anniversaries": "Friends, Family & Relationships",
        "back-to-school shoppers": "Parenting & Family",
        "singles on paid dating sites": "Friends, Family & Relationships",
    },
    "fitness": {
        "people with a gym membership": "Fitness & Gym",
        "protein powder buyers": "Sports Nutrition & Supplements",
        "running shoe buyers": "Running & Marathons; Activewear",
        "marathon entrants": "Running & Marathons",
        "wellness-minded grocery shoppers": "Healthy Lifestyle",
        "Lululemon customers": "Activewear",
    },
    "wellness": {
        "ClassPass members": "Yoga & Pilates; Fitness & Gym",
        "yoga studio class-pack buyers": "Yoga & Pilates",
        "Calm and Headspace subscribers": "Meditation & Mindfulness",
        "acupuncture and chiropractic patients": "Alternative Medicine",
        "tarot and crystal shop customers": "Spirituality & Astrology; Alternative Medicine",
        "naturopathy clients": "Alternative Medicine",
    },
    "beauty": {
        "Sephora and Ulta shoppers": "Beauty & Cosmetics; Skincare",
        "facial and peel clients": "Skincare",
        "people with a standing hair appointment": "Hair Care & Styling",
        "perfume counter buyers": "Fragrances & Perfume",
        "manicure regulars": "Nail Art",
        "drugstore makeup buyers": "Beauty & Cosmetics",
    },
    "fashion": {
        "Zara and H&M shoppers": "Clothes, Shoes, Handbags & Accessories",
        "sneaker drop buyers": "Streetwear & Sneakers",
        "people buying an engagement ring": "Jewellery & Watches; Friends, Family & Relationships",
        "Amazon Prime power shoppers": "Shopping & Retail",
        "bargain bin hunters": "Shopping & Retail",
        "watch buyers": "Jewellery & Watches",
    },
    "gaming": {
        "people who buy every new console release": "PC & Console Gaming; Gaming",
        "Steam sale buyers": "Gaming; PC & Console Gaming",
        "esports fans who buy in-game skins": "Esports; Gaming",
        "manga volume collectors": "Anime & Manga",
        "Twitch subscribers": "Streaming & Live Video",
    },
    "tech": {
        "people who buy a new laptop every two years": "Electronics & Computers",
        "people who upgrade their iPhone every year": "Mobile Phones & Gadgets",
        "developers paying for cloud hosting": "Software & Programming",
        "ChatGPT Plus subscribers": "Artificial Intelligence & Data",
        "smart speaker buyers": "Electronics & Computers; Mobile Phones & Gadgets",
    },
    "finance": {
        "index fund investors": "Personal Finance & Investing",
        "people buying Bitcoin with a card": "Cryptocurrency & Blockchain",
        "recent home purchasers": "Real Estate",
        "freelancers and sole traders": "Entrepreneurship; Business & Careers",
        "road warriors on expense accounts": "Business & Careers",
        "savers and investors": "Personal Finance & Investing",
    },
    "food": {
        "weekly big-shop grocery buyers": "Restaurants, Food & Grocery",
        "fast food regulars": "Restaurants, Food & Grocery",
        "daily Starbucks card reloaders": "Coffee, Tea & Beverages",
        "wine and spirits buyers": "Beer, Wine & Spirits",
        "Whole Foods shoppers": "Organic & Natural Products; Vegan & Vegetarian Food",
        "cookware buyers": "Cooking & Recipes",
        "cocktail bar regulars": "Beer, Wine & Spirits",
    },
    "travel": {
        "frequent air travellers": "Travel, Tourism & Aviation",
        "hotel loyalty members": "Hotels & Resorts",
        "low-cost carrier flyers": "Backpacking & Budget Travel",
        "motorhome hire customers": "Road Trips & Vanlife",
        "package holiday bookers": "Travel, Tourism & Aviation; Hotels & Resorts",
    },
    "music": {
        "Spotify Premium subscribers": "Music",
        "concert ticket buyers": "Concerts & Festivals",
        "guitar and keyboard buyers": "Musical Instruments",
        "K-pop album and lightstick buyers": "K-Pop",
        "rap fans who buy tour merch": "Hip Hop & Rap; Concerts & Festivals",
    },
    "sustainability": {
        "secondhand-first shoppers": "Zero Waste & Recycling; Sustainability & Environment",
        "bike commuters": "Sustainability & Environment; Cycling",
        "electric car drivers": "Renewable Energy & Electric Vehicles",
        "green energy tariff customers": "Renewable Energy & Electric Vehicles;"
                                         " Sustainability & Environment",
        "organic produce buyers": "Organic & Natural Products",
        "refill shop customers": "Zero Waste & Recycling",
    },
    "pets": {
        "dog owners who book groomers": "Dogs & Puppies",
        "cat food buyers": "Cats & Kittens; Pet Food & Supplies",
        "pet insurance holders": "Pets",
        "Chewy and Petco shoppers": "Pet Food & Supplies",
        "households with pets": "Pets",
    },
    "cars": {
        "people who just bought a car": "Cars & Motorbikes",
        "aftermarket parts buyers": "Car Tuning & Modification; Auto Parts & Accessories",
        "car wash club members": "Auto Parts & Accessories",
        "F1 Grand Prix ticket holders": "Motorsport & Racing",
        "motorbike owners": "Cars & Motorbikes",
    },
    "sports": {
        "football season ticket holders": "Football & Soccer",
        "weekly accumulator bettors": "Sports",
        "people paying for NBA League Pass": "Basketball",
        "road bike buyers": "Cycling",
        "ski trip bookers": "Extreme Sports",
        "replica jersey buyers": "Football & Soccer; Basketball",
    },
    "home": {
        "kitchen renovators": "Interior Design & Architecture; Home Decor, Furniture & Garden",
        "IKEA shoppers": "Home Decor, Furniture & Garden",
        "hardware store weekend warriors": "DIY & Crafts",
        "people buying seeds and bulbs": "Gardening & Plants",
        "scrapbookers and sewists": "DIY & Crafts",
        "people hiring interior designers": "Interior Design & Architecture",
    },
    "entertainment": {
        "Netflix and Disney+ households": "Television & Film",
        "moviegoers": "Television & Film",
        "theatre ticket buyers": "Theatre & Performing Arts",
        "comedy club audiences": "Comedy & Memes; Theatre & Performing Arts",
        "celebrity fragrance buyers": "Celebrities & Pop Culture; Fragrances & Perfume",
    },
    "education": {
        "book buyers": "Books & Literature",
        "online course buyers": "Education & Learning",
        "museum members": "History & Culture; Science",
        "language course enrolees": "Languages & Linguistics",
        "parents paying for tutoring": "Education & Learning; Parenting & Family",
    },
    "luxury": {
        "Louis Vuitton and Gucci buyers": "Designer Fashion; Luxury Goods",
        "first-class and business-class flyers": "Luxury Travel",
        "Michelin tasting-menu bookers": "Fine Dining",
        "high-end watch buyers": "Luxury Goods; Jewellery & Watches",
        "affluent guests of five-star hotels": "Luxury Travel; Hotels & Resorts",
    },
    "outdoor": {
        "REI members": "Outdoor Gear & Equipment; Camping & Hiking",
        "hunting licence buyers": "Fishing & Hunting",
        "climbing gym members": "Mountaineering & Climbing",
        "campsite bookers": "Camping & Hiking",
        "fishing tackle buyers": "Fishing & Hunting",
    },
    "photography": {
        "camera and lens buyers": "Camera & Photography",
        "Adobe Creative Cloud subscribers": "Art & Design; Film Making & Video Editing;"
                                            " Drawing & Illustration",
        "paint and sketchbook buyers": "Drawing & Illustration; Art & Design",
        "gallery-goers who buy prints": "Art & Design",
        "drone buyers": "Film Making & Video Editing; Camera & Photography",
    },
}

# Hand-written evaluation segments (keyword arguments of ``segments._seg``). Age and country
# are deliberately correlated in spend-new-parents-in, spend-retirees-gardening-nz and
# spend-teen-gamers-mx; spend-hard-* use phrases a spend provider sees only indirectly.
FIXED_SEGMENTS: tuple[dict[str, Any], ...] = (
    dict(id="spend-new-parents-in", name="New parents 25-34 in India", description="""Indian
         parents buying nappies and formula, furnishing a nursery or paying for daycare.""",
         ages=["25-34"],
         interests=["parents buying nappies and formula",
                    "expectant parents furnishing a nursery", "families paying for daycare"],
         countries=["IN"], languages=["en", "hi"]),
    dict(id="spend-retirees-gardening-nz", name="Retired gardeners 55+ in New Zealand",
         description="""New Zealand retirees buying seeds and bulbs, visiting museums and
         buying books.""",
         ages=["55-64", "65+"],
         interests=["people buying seeds and bulbs", "museum members", "book buyers"],
         countries=["NZ"], filters={"platforms": ["youtube", "instagram"]}),
    dict(id="spend-teen-gamers-mx", name="Teen gamers 13-24 in Mexico", description="""Mexican
         teenagers who buy skins, wait for every Steam sale and subscribe on Twitch.""",
         ages=["13-17", "18-24"],
         interests=["esports fans who buy in-game skins", "Steam sale buyers",
                    "Twitch subscribers"],
         genders=["male"], countries=["MX"], filters={"platforms": ["twitch", "youtube"]}),
    dict(id="spend-gym-members-us", name="Gym members 18-34 in the US", description="""
         American gym members buying protein powder and Lululemon.""",
         ages=["18-24", "25-34"],
         interests=["people with a gym membership", "protein powder buyers",
                    "Lululemon customers"],
         countries=["US"], filters={"platforms": ["instagram", "tiktok"]}),
    dict(id="spend-runners-gb", name="Runners 25-54 in the UK", description="""British
         marathon entrants who replace their running shoes every few months.""",
         ages=["25-34", "35-44", "45-54"],
         interests=["marathon entrants", "running shoe buyers"],
         countries=["GB"]),
    dict(id="spend-beauty-women-sg-my", name="Beauty shoppers, women 18-34 in Singapore and "
         "Malaysia", description="""Young women shopping at Sephora, booking facials and
         keeping a standing manicure.""",
         ages=["18-24", "25-34"],
         interests=["Sephora and Ulta shoppers", "facial and peel clients",
                    "manicure regulars"],
         genders=["female"], countries={"SG": 1.0, "MY": 0.8},
         filters={"platforms": ["instagram", "tiktok"], "min_credibility": 0.7}),
    dict(id="spend-wellness-women-ch", name="Wellness spenders, women 30-54 in Switzerland",
         description="""Swiss women buying yoga class packs, subscribing to Calm or Headspace
         and seeing an acupuncturist.""",
         ages=["25-34", "35-44", "45-54"],
         interests=["yoga studio class-pack buyers", "Calm and Headspace subscribers",
                    "acupuncture and chiropractic patients"],
         genders=["female"], countries=["CH"]),
    dict(id="spend-fashion-es-pt", name="Fashion shoppers 18-34 in Spain and Portugal",
         description="""Young Spaniards and Portuguese shopping Zara and H&M and queuing for
         sneaker drops.""",
         ages=["18-24", "25-34"],
         interests=["Zara and H&M shoppers", "sneaker drop buyers"],
         countries={"ES": 1.0, "PT": 0.5}, languages=["es", "pt"]),
    dict(id="spend-tech-workers-us-ca", name="Tech workers 25-44 in the US and Canada",
         description="""Developers paying for cloud hosting and ChatGPT Plus who upgrade their
         laptop often.""",
         ages=["25-34", "35-44"],
         interests=["developers paying for cloud hosting", "ChatGPT Plus subscribers",
                    "people who buy a new laptop every two years"],
         countries={"US": 1.0, "CA": 0.4}, filters={"platforms": ["youtube", "x"]}),
    dict(id="spend-crypto-men-tr", name="Crypto buyers, men 18-34 in Turkey",
         description="""Young Turkish men buying Bitcoin with a card and putting the rest into
         index funds.""",
         ages=["18-24", "25-34"],
         interests=["people buying Bitcoin with a card", "index fund investors"],
         genders=["male"], countries=["TR"], filters={"platforms": ["x"]}),
    dict(id="spend-foodies-be-nl", name="Food and drink spenders 25-44 in Belgium and the "
         "Netherlands", description="""Cocktail bar regulars who buy good cookware and shop at
         organic grocers.""",
         ages=["25-34", "35-44"],
         interests=["cocktail bar regulars", "cookware buyers", "Whole Foods shoppers"],
         countries={"BE": 1.0, "NL": 1.0}),
    dict(id="spend-travellers-uk-ie", name="Frequent travellers 25-54 in the UK and Ireland",
         description="""Frequent air travellers with hotel loyalty status who book package
         holidays.""",
         ages=["25-34", "35-44", "45-54"],
         interests=["frequent air travellers", "hotel loyalty members",
                    "package holiday bookers"],
         countries={"GB": 1.0, "IE": 0.4}),
    dict(id="spend-kpop-id-ph", name="K-pop fans 13-24 in Indonesia and the Philippines",
         description="""K-pop fans buying albums and lightsticks and paying for Spotify
         Premium.""",
         ages=["13-17", "18-24"],
         interests=["K-pop album and lightstick buyers", "Spotify Premium subscribers",
                    "concert ticket buyers"],
         genders=["female"], countries={"ID": 1.0, "PH": 0.8}),
    dict(id="spend-green-commuters-dk-no", name="Green commuters 25-54 in Denmark and Norway",
         description="""Danes and Norwegians commuting by bike, driving electric cars and
         shopping secondhand first.""",
         ages=["25-34", "35-44", "45-54"],
         interests=["bike commuters", "electric car drivers", "secondhand-first shoppers"],
         countries={"DK": 1.0, "NO": 1.0}),
    dict(id="spend-pet-owners-au", name="Pet owners 25-64 in Australia", description="""
         Australian dog and cat owners who book groomers and insure their pets.""",
         ages=["25-34", "35-44", "45-54", "55-64"],
         interests=["dog owners who book groomers", "cat food buyers", "pet insurance holders"],
         countries=["AU"], filters={"followers": {"max": 500000}}),
    dict(id="spend-car-men-de-at", name="Car spenders, men 25-54 in Germany and Austria",
         description="""German and Austrian men buying aftermarket parts, washing their cars
         weekly and going to a Grand Prix.""",
         ages=["25-34", "35-44", "45-54"],
         interests=["aftermarket parts buyers", "car wash club members",
                    "F1 Grand Prix ticket holders"],
         genders=["male"], countries={"DE": 1.0, "AT": 0.4}, languages=["de"]),
    dict(id="spend-football-men-gb-ng", name="Football spenders, men 18-44 in the UK and "
         "Nigeria", description="""Men with a season ticket or a replica shirt who put on a
         weekly accumulator.""",
         ages=["18-24", "25-34", "35-44"],
         interests=["football season ticket holders", "replica jersey buyers",
                    "weekly accumulator bettors"],
         genders=["male"], countries={"GB": 1.0, "NG": 0.7},
         filters={"platforms": ["x", "instagram"]}),
    dict(id="spend-hard-luxury-it-fr", name="Luxury spenders 35-64 in Italy and France",
         description="""Affluent buyers of Louis Vuitton and Gucci who fly business class and
         book tasting menus.""",
         ages=["35-44", "45-54", "55-64"],
         interests=["Louis Vuitton and Gucci buyers", "first-class and business-class flyers",
                    "Michelin tasting-menu bookers", "high-end watch buyers"],
         countries={"IT": 1.0, "FR": 1.0}, filters={"followers": {"min": 20000}}),
    dict(id="spend-hard-creatives-kr-jp", name="Creative spenders 18-34 in Korea and Japan",
         description="""Young creatives paying for Adobe Creative Cloud, buying drones and
         filling sketchbooks.""",
         ages=["18-24", "25-34"],
         interests=["Adobe Creative Cloud subscribers", "drone buyers",
                    "paint and sketchbook buyers"],
         countries={"KR": 1.0, "JP": 0.8}),
    dict(id="spend-hard-spiritual-comedy-us", name="Crystal and comedy fans 25-44 in the US",
         description="""Americans who shop at tarot and crystal shops and go to comedy
         clubs.""",
         ages=["25-34", "35-44"],
         interests=["tarot and crystal shop customers", "comedy club audiences",
                    "celebrity fragrance buyers"],
         countries=["US"]),
)
