"""Held-out vocabulary ``clubs``: an online-community platform's topic groups.

Modelled on the audiences a forum or community platform sells (in the style of Reddit
communities, Discord servers or Facebook Groups targeting): a provider knows which groups a
person joins and posts in, and reports the groups' topics under the names communities give
themselves, so labels are short, self-chosen and often slangy ("Gym rats", "Fragheads",
"Gearheads' garage", "Crate diggers", "Cozy gamers", "FIRE & frugal living"). Granularity
follows where people gather, not a taxonomy: skincare, watches and ultralight hiking gear each
have their own group, while every kind of football fan is in "Matchday terrace". Groups are
joined by people from several niches, so some labels span unrelated interests: "FIRE & frugal
living" (personal finance and budget travel), "Points & miles hackers" (air travel, hotels and
luxury travel), "Crunchy & natural living" (organic products, alternative medicine and
parenting), "Cozy gamers" (gaming and crafts), "Hypebeasts & sneaker talk" (sneakers and
basketball), "Reality TV & celeb tea" (celebrities and television), "Makers & tinkerers"
(crafts, electronics and car tuning). Shopping as such, live streaming as a medium and healthy
living in general are no group's topic and have no label at all: people gather around
something narrower. Phrases are written the way a brand's planner briefs a community platform:
the groups, threads, rituals and in-jokes of a community, and what its members post about.

Written blind (without reading the matcher, its interest-matching notes or its results),
before any tuning or measurement of the matcher on it; it must not be adjusted to the
matcher's results. Strings are ";"-separated lists.
"""

from __future__ import annotations

from typing import Any

NAME = "clubs"
DESCRIPTION = ("Community-platform style: about 90 topic groups named as communities name "
               "themselves (narrow, slangy); some groups gather members from unrelated niches, "
               "three interests belong to no group.")

LABELS: tuple[str, ...] = (
    # family
    "Bump club", "Toddler wranglers", "Gentle parenting circle", "Relationship advice & dating",
    # body and mind
    "Gym rats", "Couch to 5K & run club", "Athleisure addicts", "Macro counters",
    "Yogis & mat pilates", "Daily meditators", "WitchTok & tarot", "Crunchy & natural living",
    # looks
    "Makeup addicts", "Skincare obsessives", "Curly girls & hair care", "Fragheads",
    "Nail polish addicts", "Fit checks & fashion advice", "Hypebeasts & sneaker talk",
    "Watch nerds", "Thrift flippers",
    # games and screens
    "Cozy gamers", "PCMR & battlestations", "Esports diehards", "Weebs unite",
    # tech
    "Homelab & self-hosting", "Phone nerds", "Learn to code", "AI tinkerers",
    # money and work
    "FIRE & frugal living", "Stock pickers & options degens", "Crypto degens",
    "Landlords & house hackers", "Solopreneurs & side hustlers", "Career advice & job hunting",
    # food and drink
    "Cast-iron home cooks", "Foodies & restaurant hunters", "Home baristas",
    "Homebrewers & beer geeks", "Wine nerds", "Vegan kitchen",
    # travel
    "Points & miles hackers", "Backpackers & digital nomads", "Vanlifers & overlanders",
    # music
    "Festival crew", "Hip-hop heads", "Guitar & synth gearheads", "K-pop multistans",
    "Crate diggers",
    # green
    "Low-waste swappers", "Climate action network", "EV owners club",
    # animals
    "Doggo lovers", "Crazy cat people", "Raw feeders", "Rescue & foster network",
    # cars
    "Gearheads' garage", "F1 paddock", "Tuner & stance scene", "Detailing & car care",
    "Bikers & riders",
    # sport
    "Matchday terrace", "Hoops heads", "Fantasy league managers", "Roadies & MTB",
    "Skate, surf & snow",
    # home
    "DIY & home reno", "Houseplant hoarders", "Cozy interiors", "Makers & tinkerers",
    # culture
    "Cinephiles", "Reality TV & celeb tea", "Dank memes", "Musical theatre nerds",
    "Bookworms' corner", "Study buddies", "Space & science geeks", "History geeks",
    "Language exchange",
    # luxury
    "Luxury fashion & resale", "Tasting-menu chasers",
    # outdoors
    "Thru-hikers & trail talk", "Ultralight gear nerds", "Anglers & hunters",
    "Climbers & boulderers",
    # creative
    "Film shooters & photogs", "Artists & illustrators", "Video editors & filmmakers",
    "Graphic design crit",
)

# Latent interest -> the groups a follower holding it joins (none for three interests no
# community gathers around).
REPORTS: dict[str, str] = {
    # parenting
    "Toys, Children & Baby": "Toddler wranglers",
    "Parenting & Family": "Toddler wranglers; Gentle parenting circle; Crunchy & natural living",
    "Friends, Family & Relationships": "Relationship advice & dating",
    "Pregnancy & Maternity": "Bump club",
    # fitness
    "Fitness & Gym": "Gym rats",
    "Healthy Lifestyle": "",
    "Sports Nutrition & Supplements": "Gym rats; Macro counters",
    "Activewear": "Athleisure addicts",
    "Running & Marathons": "Couch to 5K & run club",
    # wellness
    "Yoga & Pilates": "Yogis & mat pilates; Athleisure addicts",
    "Meditation & Mindfulness": "Daily meditators",
    "Alternative Medicine": "Crunchy & natural living",
    "Spirituality & Astrology": "WitchTok & tarot",
    # beauty
    "Beauty & Cosmetics": "Makeup addicts",
    "Skincare": "Skincare obsessives",
    "Hair Care & Styling": "Curly girls & hair care",
    "Fragrances & Perfume": "Fragheads",
    "Nail Art": "Nail polish addicts; Makeup addicts",
    # fashion
    "Clothes, Shoes, Handbags & Accessories": "Fit checks & fashion advice",
    "Jewellery & Watches": "Watch nerds",
    "Streetwear & Sneakers": "Hypebeasts & sneaker talk; Fit checks & fashion advice",
    "Shopping & Retail": "",
    # gaming
    "Gaming": "Cozy gamers; PCMR & battlestations",
    "Esports": "Esports diehards",
    "PC & Console Gaming": "PCMR & battlestations",
    "Anime & Manga": "Weebs unite",
    "Streaming & Live Video": "",
    # tech
    "Electronics & Computers": "Homelab & self-hosting; Makers & tinkerers",
    "Mobile Phones & Gadgets": "Phone nerds",
    "Software & Programming": "Learn to code; Homelab & self-hosting",
    "Artificial Intelligence & Data": "AI tinkerers",
    # finance
    "Business & Careers": "Career advice & job hunting",
    "Personal Finance & Investing": "FIRE & frugal living; Stock pickers & options degens",
    "Cryptocurrency & Blockchain": "Crypto degens",
    "Real Estate": "Landlords & house hackers",
    "Entrepreneurship": "Solopreneurs & side hustlers",
    # food
    "Restaurants, Food & Grocery": "Foodies & restaurant hunters",
    "Cooking & Recipes": "Cast-iron home cooks",
    "Coffee, Tea & Beverages": "Home baristas",
    "Beer, Wine & Spirits": "Homebrewers & beer geeks; Wine nerds",
    "Vegan & Vegetarian Food": "Vegan kitchen",
    # travel
    "Travel, Tourism & Aviation": "Points & miles hackers",
    "Hotels & Resorts": "Points & miles hackers",
    "Backpacking & Budget Travel": "Backpackers & digital nomads; FIRE & frugal living",
    "Road Trips & Vanlife": "Vanlifers & overlanders",
    # music
    "Music": "Crate diggers",
    "Concerts & Festivals": "Festival crew",
    "Hip Hop & Rap": "Hip-hop heads",
    "Musical Instruments": "Guitar & synth gearheads",
    "K-Pop": "K-pop multistans",
    # sustainability
    "Sustainability & Environment": "Climate action network; Low-waste swappers",
    "Zero Waste & Recycling": "Low-waste swappers; Thrift flippers",
    "Organic & Natural Products": "Crunchy & natural living",
    "Renewable Energy & Electric Vehicles": "EV owners club",
    # pets
    "Pets": "Rescue & foster network",
    "Dogs & Puppies": "Doggo lovers",
    "Cats & Kittens": "Crazy cat people",
    "Pet Food & Supplies": "Raw feeders",
    # cars
    "Cars & Motorbikes": "Gearheads' garage; Bikers & riders",
    "Motorsport & Racing": "F1 paddock",
    "Car Tuning & Modification": "Tuner & stance scene; Makers & tinkerers",
    "Auto Parts & Accessories": "Detailing & car care",
    # sports
    "Sports": "Fantasy league managers",
    "Football & Soccer": "Matchday terrace",
    "Basketball": "Hoops heads; Hypebeasts & sneaker talk",
    "Cycling": "Roadies & MTB",
    "Extreme Sports": "Skate, surf & snow",
    # home
    "Home Decor, Furniture & Garden": "Cozy interiors; DIY & home reno",
    "DIY & Crafts": "DIY & home reno; Makers & tinkerers; Cozy gamers",
    "Gardening & Plants": "Houseplant hoarders",
    "Interior Design & Architecture": "Cozy interiors",
    # entertainment
    "Television & Film": "Cinephiles; Reality TV & celeb tea",
    "Celebrities & Pop Culture": "Reality TV & celeb tea",
    "Comedy & Memes": "Dank memes",
    "Theatre & Performing Arts": "Musical theatre nerds",
    # education
    "Books & Literature": "Bookworms' corner",
    "Education & Learning": "Study buddies",
    "Science": "Space & science geeks",
    "History & Culture": "History geeks",
    "Languages & Linguistics": "Language exchange",
    # luxury
    "Luxury Goods": "Luxury fashion & resale; Watch nerds",
    "Luxury Travel": "Points & miles hackers",
    "Fine Dining": "Tasting-menu chasers; Foodies & restaurant hunters",
    "Designer Fashion": "Luxury fashion & resale",
    # outdoor
    "Camping & Hiking": "Thru-hikers & trail talk",
    "Fishing & Hunting": "Anglers & hunters",
    "Mountaineering & Climbing": "Climbers & boulderers",
    "Outdoor Gear & Equipment": "Ultralight gear nerds",
    # photography
    "Camera & Photography": "Film shooters & photogs",
    "Art & Design": "Graphic design crit; Artists & illustrators",
    "Drawing & Illustration": "Artists & illustrators",
    "Film Making & Video Editing": "Video editors & filmmakers",
}

# niche -> {phrase: the latent interests whose holders are the phrase's audience}, written as
# a planner briefs a community platform: the groups, threads, rituals and in-jokes of a
# community and what its members post.
PHRASES: dict[str, dict[str, str]] = {
    "parenting": {
        "due-date group members swapping pregnancy updates": "Pregnancy & Maternity",
        "parents trading tips on toddler tantrums": "Parenting & Family; Toys, Children & Baby",
        "moms who post nap-schedule threads": "Parenting & Family",
        "people asking strangers whether to break up": "Friends, Family & Relationships",
        "baby-led weaning threads": "Toys, Children & Baby; Parenting & Family",
        "threads about wedding planning drama": "Friends, Family & Relationships",
    },
    "fitness": {
        "lifters posting PRs and progress pics": "Fitness & Gym",
        "people logging every gram of protein": "Sports Nutrition & Supplements; Fitness & Gym",
        "first-time 10K finishers": "Running & Marathons",
        "leggings haul posters": "Activewear",
        "wellness threads about sleep, hydration and daily steps": "Healthy Lifestyle;"
                                                                   " Fitness & Gym",
        "creatine and pre-workout debates": "Sports Nutrition & Supplements",
    },
    "wellness": {
        "reformer and mat practice threads": "Yoga & Pilates",
        "members of a 30-day meditation streak": "Meditation & Mindfulness",
        "full-moon ritual posters": "Spirituality & Astrology",
        "herbal remedy swappers": "Alternative Medicine",
        "birth chart readers": "Spirituality & Astrology",
    },
    "beauty": {
        "people who post their daily face of makeup": "Beauty & Cosmetics",
        "sunscreen and retinol threads": "Skincare",
        "curly hair method followers": "Hair Care & Styling",
        "blind-buy perfume reviewers": "Fragrances & Perfume",
        "nail swatch posters": "Nail Art",
        "drugstore dupes threads": "Beauty & Cosmetics; Skincare",
    },
    "fashion": {
        "people asking the group to rate their outfit": "Clothes, Shoes, Handbags & Accessories",
        "resale price-check threads for Jordans": "Streetwear & Sneakers",
        "wrist-check posters": "Jewellery & Watches",
        "coupon stackers and budget deal alert followers": "Shopping & Retail;"
                                                           " Personal Finance & Investing",
        "secondhand haul posters": "Shopping & Retail; Zero Waste & Recycling",
    },
    "gaming": {
        "Stardew Valley and Animal Crossing players": "Gaming",
        "people sharing their battlestation setups": "PC & Console Gaming",
        "Valorant and League ranked grinders": "Esports; Gaming",
        "seasonal anime watch-along threads": "Anime & Manga",
        "Twitch clip sharers": "Streaming & Live Video; Gaming",
    },
    "tech": {
        "people running a server rack in the closet": "Electronics & Computers",
        "flagship phone comparison threads": "Mobile Phones & Gadgets",
        "bootcamp grads looking for their first dev job": "Software & Programming",
        "people sharing prompt tricks for chatbots": "Artificial Intelligence & Data",
        "Raspberry Pi project posters": "Electronics & Computers; Software & Programming",
    },
    "finance": {
        "people tracking their savings rate to retire at 40": "Personal Finance & Investing",
        "meme stock and options traders": "Personal Finance & Investing",
        "altcoin moonshot chasers": "Cryptocurrency & Blockchain",
        "first-time buy-to-let investors": "Real Estate",
        "people sharing their Etsy shop revenue": "Entrepreneurship",
        "salary negotiation threads": "Business & Careers",
    },
    "food": {
        "sourdough starter posters": "Cooking & Recipes",
        "people who rate every ramen spot in town": "Restaurants, Food & Grocery",
        "pour-over and espresso dialling-in threads": "Coffee, Tea & Beverages",
        "craft beer trade threads": "Beer, Wine & Spirits",
        "tofu and tempeh recipe swappers": "Vegan & Vegetarian Food; Cooking & Recipes",
        "natural wine tasting notes posters": "Beer, Wine & Spirits",
    },
    "travel": {
        "credit card sign-up bonus churners": "Travel, Tourism & Aviation; Hotels & Resorts",
        "people posting trip reports from all-inclusive resorts": "Hotels & Resorts",
        "hostel-hopping gap year travellers": "Backpacking & Budget Travel",
        "people building out a sprinter van": "Road Trips & Vanlife",
        "plane spotters and airline geeks": "Travel, Tourism & Aviation",
    },
    "music": {
        "Coachella and Glastonbury lineup threads": "Concerts & Festivals",
        "people arguing about the best rap album of the year": "Hip Hop & Rap",
        "pedalboard and modular synth posters": "Musical Instruments",
        "fancams and comeback countdown threads": "K-Pop",
        "record store haul posters": "Music",
    },
    "sustainability": {
        "plastic-free July participants": "Zero Waste & Recycling",
        "climate strike organisers": "Sustainability & Environment",
        "Tesla and Ioniq owners comparing range": "Renewable Energy & Electric Vehicles",
        "rooftop solar owners sharing their output": "Renewable Energy & Electric Vehicles;"
                                                    " Sustainability & Environment",
        "people who make their own cleaning sprays": "Organic & Natural Products;"
                                                     " Zero Waste & Recycling",
    },
    "pets": {
        "puppy-training help threads": "Dogs & Puppies",
        "people posting their cat's loaf pose": "Cats & Kittens",
        "BARF diet pet owners": "Pet Food & Supplies",
        "foster volunteers posting adoptable animals": "Pets",
        "people sharing their dog's daily zoomies": "Dogs & Puppies; Pets",
    },
    "cars": {
        "project car build threads": "Car Tuning & Modification",
        "race weekend live threads": "Motorsport & Racing",
        "ceramic coating and paint correction posters": "Auto Parts & Accessories",
        "motorcycle touring ride reports": "Cars & Motorbikes",
        "people asking which used hatchback to buy": "Cars & Motorbikes",
    },
    "sports": {
        "Premier League match threads": "Football & Soccer",
        "NBA trade rumour threads": "Basketball",
        "draft-day and waiver-wire obsessives": "Sports",
        "KOM chasers on Strava": "Cycling",
        "snowboarders comparing powder days": "Extreme Sports",
        "people who play pickup ball on weekends": "Basketball; Sports",
    },
    "home": {
        "bathroom renovation before-and-after posters": "DIY & Crafts",
        "monstera propagation threads": "Gardening & Plants",
        "people asking for help with their living room layout": "Interior Design & Architecture;"
                                                                " Home Decor, Furniture & Garden",
        "knitters and cross-stitchers": "DIY & Crafts",
        "raised-bed vegetable growers": "Gardening & Plants",
    },
    "entertainment": {
        "people who rank every A24 release": "Television & Film",
        "Love Island episode discussion threads": "Celebrities & Pop Culture; Television & Film",
        "shitposters and reaction-image collectors": "Comedy & Memes",
        "people who know every Hamilton lyric": "Theatre & Performing Arts",
        "celebrity breakup gossip threads": "Celebrities & Pop Culture",
    },
    "education": {
        "monthly reading challenge participants": "Books & Literature",
        "people sharing exam revision timetables": "Education & Learning",
        "space and physics question askers": "Science",
        "ancient Rome trivia posters": "History & Culture",
        "people looking for a Spanish conversation partner": "Languages & Linguistics",
    },
    "luxury": {
        "Hermès and Chanel legit-check threads": "Designer Fashion; Luxury Goods",
        "Michelin guide trip planners": "Fine Dining",
        "business-class seat review posters": "Luxury Travel",
        "Rolex waitlist sufferers": "Luxury Goods; Jewellery & Watches",
        "people sharing their overwater villa photos": "Luxury Travel; Hotels & Resorts",
    },
    "outdoor": {
        "Appalachian Trail class-of-this-year members": "Camping & Hiking",
        "base-weight spreadsheet sharers": "Outdoor Gear & Equipment; Camping & Hiking",
        "fly-tying and bass fishing threads": "Fishing & Hunting",
        "bouldering grade debates": "Mountaineering & Climbing",
        "deer season trail-cam posters": "Fishing & Hunting",
    },
    "photography": {
        "people who post their 35mm scans": "Camera & Photography",
        "sketchbook challenge participants": "Drawing & Illustration; Art & Design",
        "colour grading and editing help threads": "Film Making & Video Editing",
        "logo and poster feedback threads": "Art & Design",
        "lens buying advice seekers": "Camera & Photography",
    },
}

# Hand-written evaluation segments (keyword arguments of ``segments._seg``). Age and country
# are deliberately correlated in clubs-new-parents-ph, clubs-retirees-gardens-gb and
# clubs-teen-gamers-br; clubs-hard-* use phrases whose interests belong to no group or to
# groups that gather several niches.
FIXED_SEGMENTS: tuple[dict[str, Any], ...] = (
    dict(id="clubs-new-parents-ph", name="New parents 25-34 in the Philippines",
         description="""Filipino parents in due-date groups who then swap toddler-tantrum and
         nap-schedule tips.""",
         ages=["25-34"],
         interests=["due-date group members swapping pregnancy updates",
                    "parents trading tips on toddler tantrums",
                    "moms who post nap-schedule threads"],
         countries=["PH"], languages=["en", "tl"]),
    dict(id="clubs-retirees-gardens-gb", name="Retired gardeners 55+ in the UK",
         description="""British retirees growing vegetables in raised beds, knitting and
         posting Roman history trivia.""",
         ages=["55-64", "65+"],
         interests=["raised-bed vegetable growers", "knitters and cross-stitchers",
                    "ancient Rome trivia posters"],
         countries=["GB"], filters={"platforms": ["youtube", "instagram"]}),
    dict(id="clubs-teen-gamers-br", name="Teen gamers 13-24 in Brazil", description="""
         Brazilian teenagers grinding ranked Valorant, sharing Twitch clips and their
         battlestations.""",
         ages=["13-17", "18-24"],
         interests=["Valorant and League ranked grinders", "Twitch clip sharers",
                    "people sharing their battlestation setups"],
         genders=["male"], countries=["BR"], filters={"platforms": ["twitch", "youtube"]}),
    dict(id="clubs-lifters-us", name="Lifters 18-34 in the US", description="""American
         lifters posting PRs and logging their protein.""",
         ages=["18-24", "25-34"],
         interests=["lifters posting PRs and progress pics",
                    "people logging every gram of protein", "creatine and pre-workout debates"],
         countries=["US"], filters={"platforms": ["instagram", "tiktok"]}),
    dict(id="clubs-runners-nl", name="New runners 25-54 in the Netherlands", description="""
         Dutch runners who just finished their first 10K and post their leggings hauls.""",
         ages=["25-34", "35-44", "45-54"],
         interests=["first-time 10K finishers", "leggings haul posters"],
         countries=["NL"]),
    dict(id="clubs-skincare-women-kr-th", name="Skincare fans, women 18-34 in Korea and "
         "Thailand", description="""Young women in sunscreen and retinol threads who post
         their makeup and nail swatches.""",
         ages=["18-24", "25-34"],
         interests=["sunscreen and retinol threads",
                    "people who post their daily face of makeup", "nail swatch posters"],
         genders=["female"], countries={"KR": 1.0, "TH": 0.7},
         filters={"platforms": ["instagram", "tiktok"], "min_credibility": 0.7}),
    dict(id="clubs-spiritual-women-au", name="Spiritual women 25-54 in Australia",
         description="""Australian women who post full-moon rituals, read birth charts and
         keep a meditation streak.""",
         ages=["25-34", "35-44", "45-54"],
         interests=["full-moon ritual posters", "birth chart readers",
                    "members of a 30-day meditation streak"],
         genders=["female"], countries=["AU"]),
    dict(id="clubs-sneakers-fr-be", name="Sneaker fans 18-34 in France and Belgium",
         description="""Young French and Belgians price-checking Jordans and asking the group
         to rate their outfits.""",
         ages=["18-24", "25-34"],
         interests=["resale price-check threads for Jordans",
                    "people asking the group to rate their outfit"],
         countries={"FR": 1.0, "BE": 0.5}, languages=["fr"]),
    dict(id="clubs-devs-in", name="Developers 18-34 in India", description="""Indian bootcamp
         graduates and Raspberry Pi tinkerers sharing prompt tricks.""",
         ages=["18-24", "25-34"],
         interests=["bootcamp grads looking for their first dev job",
                    "Raspberry Pi project posters",
                    "people sharing prompt tricks for chatbots"],
         countries=["IN"], languages=["en"], filters={"platforms": ["youtube", "x"]}),
    dict(id="clubs-fire-men-us-ca", name="Early-retirement savers, men 25-44 in the US and "
         "Canada", description="""North American men tracking their savings rate, trading
         options and chasing altcoins.""",
         ages=["25-34", "35-44"],
         interests=["people tracking their savings rate to retire at 40",
                    "meme stock and options traders", "altcoin moonshot chasers"],
         genders=["male"], countries={"US": 1.0, "CA": 0.4}, filters={"platforms": ["x"]}),
    dict(id="clubs-home-baristas-it-es", name="Home cooks and baristas 25-44 in Italy and "
         "Spain", description="""Italians and Spaniards feeding sourdough starters, dialling in
         espresso and writing natural wine notes.""",
         ages=["25-34", "35-44"],
         interests=["sourdough starter posters", "pour-over and espresso dialling-in threads",
                    "natural wine tasting notes posters"],
         countries={"IT": 1.0, "ES": 1.0}),
    dict(id="clubs-vanlife-de-ch", name="Van builders 25-44 in Germany and Switzerland",
         description="""German and Swiss adults building out a van and travelling hostel to
         hostel.""",
         ages=["25-34", "35-44"],
         interests=["people building out a sprinter van",
                    "hostel-hopping gap year travellers"],
         countries={"DE": 1.0, "CH": 0.6}, languages=["de"]),
    dict(id="clubs-kpop-jp-tw", name="K-pop fans 13-24 in Japan and Taiwan", description="""
         Teenagers counting down to comebacks, sharing fancams and festival lineups.""",
         ages=["13-17", "18-24"],
         interests=["fancams and comeback countdown threads",
                    "Coachella and Glastonbury lineup threads"],
         genders=["female"], countries={"JP": 1.0, "TW": 0.8}),
    dict(id="clubs-eco-se-fi", name="Green households 25-54 in Sweden and Finland",
         description="""Swedes and Finns doing plastic-free July, mixing their own cleaning
         sprays and sharing their rooftop solar output.""",
         ages=["25-34", "35-44", "45-54"],
         interests=["plastic-free July participants",
                    "people who make their own cleaning sprays",
                    "rooftop solar owners sharing their output"],
         countries={"SE": 1.0, "FI": 0.7}),
    dict(id="clubs-dog-people-us", name="Dog owners 25-54 in the US", description="""
         American dog owners in puppy-training threads who feed a BARF diet.""",
         ages=["25-34", "35-44", "45-54"],
         interests=["puppy-training help threads", "BARF diet pet owners",
                    "people sharing their dog's daily zoomies"],
         countries=["US"], filters={"followers": {"max": 500000}}),
    dict(id="clubs-car-builders-men-jp", name="Car builders, men 25-54 in Japan",
         description="""Japanese men posting project car builds, paint correction and race
         weekend threads.""",
         ages=["25-34", "35-44", "45-54"],
         interests=["project car build threads", "ceramic coating and paint correction posters",
                    "race weekend live threads"],
         genders=["male"], countries=["JP"], languages=["ja"]),
    dict(id="clubs-football-men-ng-gh", name="Football fans, men 18-44 in Nigeria and Ghana",
         description="""Men in Premier League match threads who run fantasy teams.""",
         ages=["18-24", "25-34", "35-44"],
         interests=["Premier League match threads", "draft-day and waiver-wire obsessives"],
         genders=["male"], countries={"NG": 1.0, "GH": 0.6},
         filters={"platforms": ["x", "instagram"]}),
    dict(id="clubs-hard-luxury-ae-sa", name="Luxury spenders 35-64 in the UAE and Saudi "
         "Arabia", description="""Affluent buyers legit-checking Hermès, on a Rolex waitlist,
         planning Michelin trips and staying in overwater villas.""",
         ages=["35-44", "45-54", "55-64"],
         interests=["Hermès and Chanel legit-check threads", "Rolex waitlist sufferers",
                    "Michelin guide trip planners",
                    "people sharing their overwater villa photos"],
         countries={"AE": 1.0, "SA": 1.0}, filters={"followers": {"min": 20000}}),
    dict(id="clubs-hard-deals-wellness-mx-co", name="Deal hunters 18-44 in Mexico and "
         "Colombia", description="""People stacking coupons, posting secondhand hauls and
         threads about sleep, hydration and daily steps.""",
         ages=["18-24", "25-34", "35-44"],
         interests=["coupon stackers and budget deal alert followers", "secondhand haul posters",
                    "wellness threads about sleep, hydration and daily steps"],
         countries={"MX": 1.0, "CO": 0.7}, languages=["es"]),
    dict(id="clubs-hard-memes-reality-us-gb", name="Meme and reality-TV fans 18-34 in the US "
         "and UK", description="""Shitposters who follow Love Island and celebrity breakup
         gossip and share Twitch clips.""",
         ages=["18-24", "25-34"],
         interests=["shitposters and reaction-image collectors",
                    "Love Island episode discussion threads",
                    "celebrity breakup gossip threads", "Twitch clip sharers"],
         countries={"US": 1.0, "GB": 0.8}),
)
