"""Held-out vocabulary ``iab``: a provider reporting IAB Audience Taxonomy 1.1 interest nodes.

Labels are nodes of the taxonomy's Interest branch (IAB Tech Lab, CC BY 3.0; source table in
``shared/data/reference/iab_audience_taxonomy_1.1.tsv``), written as the taxonomy's own
"Condensed Name" (first, second and last tier) without the leading "Interest | " that every
node shares: "Video Gaming | eSports", "Healthy Living | Running and Jogging". The condensed
name is what IAB-aligned data marketplaces list; leaf names alone are ambiguous in the taxonomy
("Camping", "Education", "Law" occur under several parents) and the constant "Interest" tier
carries no information.

The labels are fairly fine-grained and follow IAB's own cut of the world, which differs from
the project's niches: yoga is only "Wellness" and "Fitness and Exercise", motorsport sits under
"Sports", jewellery and astrology have no node of their own, sneakers are "Street Style".

Written before any tuning of the matcher on it; do not adjust it to the matcher's results.
Strings are ";"-separated lists.
"""

from __future__ import annotations

from typing import Any

NAME = "iab"
DESCRIPTION = ("IAB Audience Taxonomy 1.1 interest nodes (condensed names), fairly "
               "fine-grained, one or two nodes per latent interest.")

# In the taxonomy's order.
LABELS: tuple[str, ...] = (
    "Academic Interests | History",
    "Academic Interests | Physical Science and Engineering",
    "Academic Interests | Environmental Science and Sustainability",
    "Academic Interests | Space and Astronomy",
    "Automotive",
    "Automotive | Auto Technology",
    "Automotive | Classic Cars",
    "Automotive | Green Vehicles",
    "Automotive | Performance Cars",
    "Books and Literature",
    "Books and Literature | Comics and Graphic Novels",
    "Books and Literature | Fiction",
    "Business and Finance | Business",
    "Business and Finance | Small and Medium-sized Business",
    "Business and Finance | Startups",
    "Business and Finance | Green Solutions",
    "Business and Finance | Currencies",
    "Business and Finance | Power and Energy Industry",
    "Careers | Career Advice",
    "Education",
    "Education | Language Learning",
    "Education | Online Education",
    "Family and Relationships",
    "Family and Relationships | Parenting",
    "Family and Relationships | Parenting Babies and Toddlers",
    "Family and Relationships | Parenting Children Aged 4-11",
    "Fine Art | Design",
    "Fine Art | Digital Arts",
    "Fine Art | Modern Art",
    "Fine Art | Theater",
    "Food & Drink | Alcoholic Beverages",
    "Food & Drink | Cooking",
    "Food & Drink | Desserts and Baking",
    "Food & Drink | Dining Out",
    "Food & Drink | Food Movements",
    "Food & Drink | Non-Alcoholic Beverages",
    "Food & Drink | Vegan Diets",
    "Food & Drink | Vegetarian Diets",
    "Food & Drink | World Cuisines",
    "Health and Medical Services | Skin Care Treatments",
    "Healthy Living",
    "Healthy Living | Fitness and Exercise",
    "Healthy Living | Running and Jogging",
    "Healthy Living | Nutrition",
    "Healthy Living | Wellness",
    "Healthy Living | Alternative Medicine",
    "Healthy Living | Holistic Health",
    "Healthy Living | Women's Health",
    "Hobbies & Interests | Arts and Crafts",
    "Hobbies & Interests | Drawing and Sketching",
    "Hobbies & Interests | Photography",
    "Hobbies & Interests | Video Production",
    "Hobbies & Interests | Musical Instruments",
    "Hobbies & Interests | Paranormal Phenomena",
    "Home & Garden",
    "Home & Garden | Gardening",
    "Home & Garden | Home Improvement",
    "Home & Garden | Interior Decorating",
    "Movies",
    "Movies | Documentary Movies",
    "Music and Audio",
    "Music and Audio | Contemporary Hits/Pop/Top 40",
    "Music and Audio | Dance and Electronic Music",
    "Music and Audio | Hip Hop Music",
    "Music and Audio | World/International Music",
    "Personal Finance | Personal Investing",
    "Personal Finance | Retirement Planning",
    "Pets",
    "Pets | Cats",
    "Pets | Dogs",
    "Pets | Pet Adoptions",
    "Pop Culture",
    "Pop Culture | Humor and Satire",
    "Real Estate | Real Estate Buying and Selling",
    "Shopping",
    "Sports",
    "Sports | Auto Racing",
    "Sports | Basketball",
    "Sports | Cycling",
    "Sports | Extreme Sports",
    "Sports | Climbing",
    "Sports | Skateboarding",
    "Sports | Fishing Sports",
    "Sports | Hunting and Shooting",
    "Sports | Soccer",
    "Sports | Sports Equipment",
    "Sports | Walking",
    "Style & Fashion",
    "Style & Fashion | Beauty",
    "Style & Fashion | Body Art",
    "Style & Fashion | Designer Clothing",
    "Style & Fashion | High Fashion",
    "Style & Fashion | Men's Fashion",
    "Style & Fashion | Personal Care",
    "Style & Fashion | Street Style",
    "Style & Fashion | Women's Fashion",
    "Technology & Computing | Artificial Intelligence",
    "Technology & Computing | Computing",
    "Technology & Computing | Web Development",
    "Technology & Computing | Programming Languages",
    "Technology & Computing | Consumer Electronics",
    "Television",
    "Television | Animation TV",
    "Television | Reality TV",
    "Travel",
    "Travel | Adventure Travel",
    "Travel | Beach Travel",
    "Travel | Camping",
    "Travel | Road Trips",
    "Video Gaming",
    "Video Gaming | Console Games",
    "Video Gaming | eSports",
    "Video Gaming | PC Games",
)

# Latent interest -> the IAB nodes a follower holding it is reported under (no roll-up to
# parent nodes: a provider showing a top-N list shows the most specific node that applies).
REPORTS: dict[str, str] = {
    # parenting
    "Toys, Children & Baby": "Family and Relationships | Parenting Babies and Toddlers;"
                             " Family and Relationships | Parenting Children Aged 4-11",
    "Parenting & Family": "Family and Relationships | Parenting",
    "Friends, Family & Relationships": "Family and Relationships",
    "Pregnancy & Maternity": "Healthy Living | Women's Health;"
                             " Family and Relationships | Parenting Babies and Toddlers",
    # fitness
    "Fitness & Gym": "Healthy Living | Fitness and Exercise",
    "Healthy Lifestyle": "Healthy Living",
    "Sports Nutrition & Supplements": "Healthy Living | Nutrition",
    "Activewear": "Sports | Sports Equipment",
    "Running & Marathons": "Healthy Living | Running and Jogging",
    # wellness
    "Yoga & Pilates": "Healthy Living | Fitness and Exercise; Healthy Living | Wellness",
    "Meditation & Mindfulness": "Healthy Living | Wellness",
    "Alternative Medicine": "Healthy Living | Alternative Medicine;"
                            " Healthy Living | Holistic Health",
    "Spirituality & Astrology": "Hobbies & Interests | Paranormal Phenomena",
    # beauty
    "Beauty & Cosmetics": "Style & Fashion | Beauty",
    "Skincare": "Style & Fashion | Personal Care;"
                " Health and Medical Services | Skin Care Treatments",
    "Hair Care & Styling": "Style & Fashion | Personal Care",
    "Fragrances & Perfume": "Style & Fashion | Beauty",
    "Nail Art": "Style & Fashion | Beauty; Style & Fashion | Body Art",
    # fashion
    "Clothes, Shoes, Handbags & Accessories": "Style & Fashion | Women's Fashion;"
                                              " Style & Fashion | Men's Fashion",
    "Jewellery & Watches": "Style & Fashion",
    "Streetwear & Sneakers": "Style & Fashion | Street Style",
    "Shopping & Retail": "Shopping",
    # gaming
    "Gaming": "Video Gaming",
    "Esports": "Video Gaming | eSports",
    "PC & Console Gaming": "Video Gaming | PC Games; Video Gaming | Console Games",
    "Anime & Manga": "Television | Animation TV;"
                     " Books and Literature | Comics and Graphic Novels",
    "Streaming & Live Video": "Video Gaming",
    # tech
    "Electronics & Computers": "Technology & Computing | Computing;"
                               " Technology & Computing | Consumer Electronics",
    "Mobile Phones & Gadgets": "Technology & Computing | Consumer Electronics",
    "Software & Programming": "Technology & Computing | Programming Languages;"
                              " Technology & Computing | Web Development",
    "Artificial Intelligence & Data": "Technology & Computing | Artificial Intelligence",
    # finance
    "Business & Careers": "Careers | Career Advice; Business and Finance | Business",
    "Personal Finance & Investing": "Personal Finance | Personal Investing;"
                                    " Personal Finance | Retirement Planning",
    "Cryptocurrency & Blockchain": "Business and Finance | Currencies",
    "Real Estate": "Real Estate | Real Estate Buying and Selling",
    "Entrepreneurship": "Business and Finance | Startups;"
                        " Business and Finance | Small and Medium-sized Business",
    # food
    "Restaurants, Food & Grocery": "Food & Drink | Dining Out; Food & Drink | World Cuisines",
    "Cooking & Recipes": "Food & Drink | Cooking; Food & Drink | Desserts and Baking",
    "Coffee, Tea & Beverages": "Food & Drink | Non-Alcoholic Beverages",
    "Beer, Wine & Spirits": "Food & Drink | Alcoholic Beverages",
    "Vegan & Vegetarian Food": "Food & Drink | Vegan Diets; Food & Drink | Vegetarian Diets",
    # travel
    "Travel, Tourism & Aviation": "Travel",
    "Hotels & Resorts": "Travel; Travel | Beach Travel",
    "Backpacking & Budget Travel": "Travel | Adventure Travel",
    "Road Trips & Vanlife": "Travel | Road Trips",
    # music
    "Music": "Music and Audio",
    "Concerts & Festivals": "Music and Audio; Music and Audio | Dance and Electronic Music",
    "Hip Hop & Rap": "Music and Audio | Hip Hop Music",
    "Musical Instruments": "Hobbies & Interests | Musical Instruments",
    "K-Pop": "Music and Audio | Contemporary Hits/Pop/Top 40;"
             " Music and Audio | World/International Music",
    # sustainability
    "Sustainability & Environment": "Academic Interests | Environmental Science and"
                                    " Sustainability",
    "Zero Waste & Recycling": "Business and Finance | Green Solutions",
    "Organic & Natural Products": "Food & Drink | Food Movements",
    "Renewable Energy & Electric Vehicles": "Automotive | Green Vehicles;"
                                            " Business and Finance | Power and Energy Industry",
    # pets
    "Pets": "Pets; Pets | Pet Adoptions",
    "Dogs & Puppies": "Pets | Dogs",
    "Cats & Kittens": "Pets | Cats",
    "Pet Food & Supplies": "Pets",
    # cars
    "Cars & Motorbikes": "Automotive",
    "Motorsport & Racing": "Sports | Auto Racing",
    "Car Tuning & Modification": "Automotive | Performance Cars; Automotive | Classic Cars",
    "Auto Parts & Accessories": "Automotive | Auto Technology",
    # sports
    "Sports": "Sports",
    "Football & Soccer": "Sports | Soccer",
    "Basketball": "Sports | Basketball",
    "Cycling": "Sports | Cycling",
    "Extreme Sports": "Sports | Extreme Sports; Sports | Skateboarding",
    # home
    "Home Decor, Furniture & Garden": "Home & Garden; Home & Garden | Interior Decorating",
    "DIY & Crafts": "Home & Garden | Home Improvement; Hobbies & Interests | Arts and Crafts",
    "Gardening & Plants": "Home & Garden | Gardening",
    "Interior Design & Architecture": "Home & Garden | Interior Decorating; Fine Art | Design",
    # entertainment
    "Television & Film": "Television; Movies",
    "Celebrities & Pop Culture": "Pop Culture; Television | Reality TV",
    "Comedy & Memes": "Pop Culture | Humor and Satire",
    "Theatre & Performing Arts": "Fine Art | Theater",
    # education
    "Books & Literature": "Books and Literature; Books and Literature | Fiction",
    "Education & Learning": "Education; Education | Online Education",
    "Science": "Academic Interests | Physical Science and Engineering;"
               " Academic Interests | Space and Astronomy",
    "History & Culture": "Academic Interests | History; Movies | Documentary Movies",
    "Languages & Linguistics": "Education | Language Learning",
    # luxury
    "Luxury Goods": "Style & Fashion | High Fashion; Style & Fashion",
    "Luxury Travel": "Travel | Beach Travel; Travel",
    "Fine Dining": "Food & Drink | Dining Out",
    "Designer Fashion": "Style & Fashion | Designer Clothing; Style & Fashion | High Fashion",
    # outdoor
    "Camping & Hiking": "Travel | Camping; Sports | Walking",
    "Fishing & Hunting": "Sports | Fishing Sports; Sports | Hunting and Shooting",
    "Mountaineering & Climbing": "Sports | Climbing",
    "Outdoor Gear & Equipment": "Sports | Sports Equipment",
    # photography
    "Camera & Photography": "Hobbies & Interests | Photography",
    "Art & Design": "Fine Art | Design; Fine Art | Modern Art",
    "Drawing & Illustration": "Hobbies & Interests | Drawing and Sketching;"
                              " Fine Art | Digital Arts",
    "Film Making & Video Editing": "Hobbies & Interests | Video Production",
}

# niche -> {phrase: the latent interests whose holders are the phrase's audience}. Phrases are
# written the way brand buyers write them; several are traps: brand or community jargon
# ("BTS ARMY", "HODLers"), narrower than any label ("reformer pilates"), or leaning to the
# wrong branch ("battle royale on phones" is gaming, not sports; "cheap laptops for students"
# is computing, not budget cars or education; "street photographers" is not street style).
PHRASES: dict[str, dict[str, str]] = {
    "parenting": {
        "new baby essentials": "Toys, Children & Baby; Pregnancy & Maternity",
        "toddler sleep routines": "Parenting & Family; Toys, Children & Baby",
        "bump to baby journey": "Pregnancy & Maternity",
        "school-run parents": "Parenting & Family; Friends, Family & Relationships",
    },
    "fitness": {
        "HIIT and kettlebell workouts": "Fitness & Gym",
        "whey protein buyers": "Sports Nutrition & Supplements",
        "couch to 5k runners": "Running & Marathons",
        "athleisure shoppers": "Activewear",
        "gym bros": "Fitness & Gym; Sports Nutrition & Supplements",
    },
    "wellness": {
        "vinyasa and yin yoga": "Yoga & Pilates",
        "reformer pilates": "Yoga & Pilates",
        "sound baths and breathwork": "Meditation & Mindfulness",
        "crystals and manifestation": "Spirituality & Astrology",
        "herbal remedies": "Alternative Medicine",
    },
    "beauty": {
        "GRWM makeup looks": "Beauty & Cosmetics",
        "skin cycling and retinol": "Skincare",
        "curly hair care": "Hair Care & Styling",
        "gel nail designs": "Nail Art",
        "signature scents": "Fragrances & Perfume",
    },
    "fashion": {
        "OOTD inspiration": "Clothes, Shoes, Handbags & Accessories",
        "sneaker drops and resale": "Streetwear & Sneakers; Shopping & Retail",
        "fashion haul shoppers": "Shopping & Retail; Clothes, Shoes, Handbags & Accessories",
        "minimalist watches and jewelry": "Jewellery & Watches",
    },
    "gaming": {
        "battle royale on phones": "Gaming; Esports",
        "PS5 and Xbox players": "PC & Console Gaming",
        "Twitch viewers": "Streaming & Live Video; Gaming",
        "League of Legends worlds": "Esports",
        "shonen anime watchers": "Anime & Manga",
    },
    "tech": {
        "cheap laptops for students": "Electronics & Computers",
        "iPhone vs Android debates": "Mobile Phones & Gadgets",
        "self-taught developers": "Software & Programming",
        "ChatGPT power users": "Artificial Intelligence & Data",
        "mechanical keyboards": "Electronics & Computers",
    },
    "finance": {
        "FIRE movement": "Personal Finance & Investing",
        "HODLers and altcoins": "Cryptocurrency & Blockchain",
        "first-time home buyers": "Real Estate",
        "small business owners": "Entrepreneurship",
        "job hunting and CV tips": "Business & Careers",
    },
    "food": {
        "air fryer recipes": "Cooking & Recipes",
        "third-wave coffee": "Coffee, Tea & Beverages",
        "craft beer lovers": "Beer, Wine & Spirits",
        "Veganuary": "Vegan & Vegetarian Food",
        "brunch spots": "Restaurants, Food & Grocery",
    },
    "travel": {
        "all-inclusive beach holidays": "Hotels & Resorts",
        "points and miles hackers": "Travel, Tourism & Aviation",
        "gap year backpackers": "Backpacking & Budget Travel",
        "campervan road trips": "Road Trips & Vanlife",
    },
    "music": {
        "Coachella-goers": "Concerts & Festivals",
        "BTS ARMY": "K-Pop",
        "drill and trap music": "Hip Hop & Rap",
        "home recording and synths": "Musical Instruments",
        "Spotify playlist curators": "Music",
    },
    "sustainability": {
        "EV early adopters": "Renewable Energy & Electric Vehicles",
        "plastic-free swaps": "Zero Waste & Recycling",
        "climate-conscious consumers": "Sustainability & Environment",
        "organic groceries": "Organic & Natural Products",
    },
    "pets": {
        "doodle owners": "Dogs & Puppies",
        "indoor cat enrichment": "Cats & Kittens",
        "grain-free pet food": "Pet Food & Supplies",
        "shelter adoption": "Pets",
    },
    "cars": {
        "JDM tuner culture": "Car Tuning & Modification",
        "F1 and MotoGP weekends": "Motorsport & Racing",
        "dash cams and car gadgets": "Auto Parts & Accessories",
        "new car buyers": "Cars & Motorbikes",
    },
    "sports": {
        "Premier League supporters": "Football & Soccer; Sports",
        "pickup basketball": "Basketball",
        "gravel and road bikes": "Cycling",
        "snowboard and skate crews": "Extreme Sports",
        "matchday superfans": "Sports",
    },
    "home": {
        "renters decorating on a budget": "Home Decor, Furniture & Garden",
        "power tools and weekend DIY": "DIY & Crafts",
        "balcony vegetable gardens": "Gardening & Plants",
        "mid-century modern furniture": "Interior Design & Architecture;"
                                        " Home Decor, Furniture & Garden",
    },
    "entertainment": {
        "Netflix bingers": "Television & Film",
        "Love Island watchers": "Celebrities & Pop Culture",
        "meme pages": "Comedy & Memes",
        "Broadway and West End": "Theatre & Performing Arts",
    },
    "education": {
        "BookTok readers": "Books & Literature",
        "Duolingo streakers": "Languages & Linguistics",
        "NASA launch watchers": "Science",
        "exam revision": "Education & Learning",
        "WWII history buffs": "History & Culture",
    },
    "luxury": {
        "Hermès and Chanel collectors": "Luxury Goods; Designer Fashion",
        "Maldives overwater villas": "Luxury Travel; Hotels & Resorts",
        "tasting-menu diners": "Fine Dining",
        "Rolex and Patek buyers": "Luxury Goods; Jewellery & Watches",
    },
    "outdoor": {
        "thru-hikers": "Camping & Hiking",
        "bass fishing": "Fishing & Hunting",
        "bouldering gyms": "Mountaineering & Climbing",
        "gorpcore gear heads": "Outdoor Gear & Equipment",
    },
    "photography": {
        "street photographers": "Camera & Photography",
        "Procreate artists": "Drawing & Illustration",
        "YouTube video editors": "Film Making & Video Editing",
        "gallery and museum goers": "Art & Design",
    },
}

# Hand-written evaluation segments (keyword arguments of ``segments._seg``).
FIXED_SEGMENTS: tuple[dict[str, Any], ...] = (
    dict(id="iab-mobile-gamers-east-asia", name="Mobile gamers 13-24 in East Asia",
         description="""Teenagers and young adults in Korea, Japan and Taiwan who play battle
         royale games on their phones, follow the League of Legends world championship and
         watch Twitch in the evening.""",
         ages=["13-17", "18-24"],
         interests=["battle royale on phones", "League of Legends worlds", "Twitch viewers"],
         countries={"KR": 1.0, "JP": 0.8, "TW": 0.5},
         filters={"platforms": ["tiktok", "youtube", "twitch"]}),
    dict(id="iab-yoga-women-na", name="Women 25-54 in the US and Canada into yoga",
         description="""North American women who book reformer pilates and vinyasa classes
         and go to sound baths.""",
         ages=["25-34", "35-44", "45-54"],
         interests=["reformer pilates", "vinyasa and yin yoga", "sound baths and breathwork"],
         genders=["female"], countries={"US": 1.0, "CA": 0.5}, languages=["en"]),
    dict(id="iab-jdm-track-us", name="Tuner-car and racing fans, men 18-44 in the US",
         description="""American men who modify Japanese cars, watch Formula 1 and MotoGP on
         weekends and buy dash cams and gadgets for their cars.""",
         ages=["18-24", "25-34", "35-44"],
         interests=["JDM tuner culture", "F1 and MotoGP weekends", "dash cams and car gadgets"],
         genders=["male"], countries=["US"], languages=["en"],
         filters={"platforms": ["youtube", "instagram", "tiktok"]}),
    dict(id="iab-ev-adopters-nordics", name="EV early adopters 25-54 in the Nordics",
         description="""Households in Sweden, Norway and Denmark who have switched to an
         electric car, avoid plastic packaging and buy organic groceries.""",
         ages=["25-34", "35-44", "45-54"],
         interests=["EV early adopters", "plastic-free swaps", "organic groceries"],
         countries={"NO": 1.0, "SE": 0.8, "DK": 0.6}),
    dict(id="iab-student-tech-in", name="Students 18-24 in India shopping for laptops",
         description="""English-speaking Indian students comparing cheap laptops, arguing
         iPhone against Android and teaching themselves to code.""",
         ages=["18-24"],
         interests=["cheap laptops for students", "iPhone vs Android debates",
                    "self-taught developers"],
         countries=["IN"], languages=["en"], filters={"followers": {"max": 1000000}}),
    dict(id="iab-fire-investors-uk", name="Early-retirement investors 25-44 in the UK and Ireland",
         description="""People in the UK and Ireland following the FIRE movement, dabbling in
         altcoins and saving for a first home.""",
         ages=["25-34", "35-44"],
         interests=["FIRE movement", "HODLers and altcoins", "first-time home buyers"],
         countries={"GB": 1.0, "IE": 0.4}, filters={"min_credibility": 0.75}),
    dict(id="iab-new-parents-latam", name="New parents 25-34 in Brazil and Mexico",
         description="""Expecting and new parents in Brazil and Mexico buying baby essentials,
         documenting the bump-to-baby journey and fighting for toddler sleep.""",
         ages=["25-34"],
         interests=["new baby essentials", "bump to baby journey", "toddler sleep routines"],
         countries={"BR": 1.0, "MX": 0.8}, languages=["pt", "es"],
         filters={"platforms": ["instagram", "tiktok"]}),
    dict(id="iab-kpop-army-global", name="BTS ARMY 13-24 in Korea, Indonesia and the US",
         description="""Young K-pop fans who call themselves ARMY, go to festivals and make
         playlists for each other.""",
         ages=["13-17", "18-24"],
         interests=["BTS ARMY", "Coachella-goers", "Spotify playlist curators"],
         genders=["female"], countries={"KR": 1.0, "ID": 0.8, "US": 0.6}),
    dict(id="iab-gym-bros-latam", name="Gym-going men 18-34 in Latin America",
         description="""Men in Mexico, Colombia and Argentina who lift, do HIIT with
         kettlebells and buy whey protein online.""",
         ages=["18-24", "25-34"],
         interests=["gym bros", "HIIT and kettlebell workouts", "whey protein buyers"],
         genders=["male"], countries=["MX", "CO", "AR"], languages=["es"]),
    dict(id="iab-luxury-gulf", name="Luxury shoppers 35-64 in the Gulf", description="""
         High-net-worth residents of the UAE and Saudi Arabia who collect Hermès and Chanel,
         buy Rolex and Patek and holiday in Maldives overwater villas.""",
         ages=["35-44", "45-54", "55-64"],
         interests=["Hermès and Chanel collectors", "Rolex and Patek buyers",
                    "Maldives overwater villas"],
         countries={"AE": 1.0, "SA": 0.7}, filters={"followers": {"min": 50000}}),
    dict(id="iab-grwm-beauty-us-uk", name="GRWM beauty fans, women 18-34 in the US and UK",
         description="""Young women who watch get-ready-with-me videos, follow skin cycling
         with retinol and try gel nail designs.""",
         ages=["18-24", "25-34"],
         interests=["GRWM makeup looks", "skin cycling and retinol", "gel nail designs"],
         genders=["female"], countries={"US": 1.0, "GB": 0.5}, languages=["en"]),
    dict(id="iab-coffee-brunch-au", name="Brunch and coffee lovers 25-44 in Australia and NZ",
         description="""Urban Australians and New Zealanders who rate brunch spots, brew
         third-wave coffee and try vegan January.""",
         ages=["25-34", "35-44"],
         interests=["brunch spots", "third-wave coffee", "Veganuary"],
         countries={"AU": 1.0, "NZ": 0.4}),
    dict(id="iab-outdoor-dach", name="Climbers and hikers 25-54 in DACH", description="""
         German-speaking outdoor people who go bouldering after work, do long thru-hikes in
         the summer and wear technical gear in the city.""",
         ages=["25-34", "35-44", "45-54"],
         interests=["bouldering gyms", "thru-hikers", "gorpcore gear heads"],
         countries={"DE": 1.0, "AT": 0.6, "CH": 0.6}, languages=["de"],
         filters={"followers": {"max": 500000}}),
    dict(id="iab-football-weekend-uk", name="Football supporters, men 18-54 in the UK",
         description="""British men who follow the Premier League every weekend, play
         fantasy leagues and watch every matchday show.""",
         ages=["18-24", "25-34", "35-44", "45-54"],
         interests=["Premier League supporters", "matchday superfans"],
         genders=["male"], countries=["GB"], filters={"platforms": ["x", "youtube"]}),
    dict(id="iab-doodle-cat-us", name="Pet owners 25-54 in the US", description="""
         American doodle and cat owners who enrich indoor cats, adopt from shelters and buy
         grain-free food.""",
         ages=["25-34", "35-44", "45-54"],
         interests=["doodle owners", "indoor cat enrichment", "grain-free pet food",
                    "shelter adoption"],
         countries=["US"], filters={"min_credibility": 0.8}),
    dict(id="iab-creatives-jp-kr", name="Digital creatives 18-34 in Japan and Korea",
         description="""Young illustrators and photographers in Japan and Korea who draw in
         Procreate, shoot street photography and edit their own YouTube videos.""",
         ages=["18-24", "25-34"],
         interests=["Procreate artists", "street photographers", "YouTube video editors"],
         countries={"JP": 1.0, "KR": 1.0}),
    dict(id="iab-home-improvers-nordics", name="Home improvers 25-54 in the Nordics",
         description="""Renters and new owners in Sweden, Denmark and Finland decorating on a
         budget, doing weekend DIY with power tools and growing vegetables on the balcony.""",
         ages=["25-34", "35-44", "45-54"],
         interests=["renters decorating on a budget", "power tools and weekend DIY",
                    "balcony vegetable gardens"],
         countries={"SE": 1.0, "DK": 0.6, "FI": 0.6}),
)
