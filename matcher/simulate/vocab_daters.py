"""Held-out vocabulary ``daters``: a dating app's member audiences by what their profiles show.

Modelled on the audiences a dating app sells to advertisers (in the style of a dating app's
first-party segments built from the interest badges on members' profiles, their prompt answers,
the lifestyle filters they set, what they say they are looking for and the date ideas and spots
they pick): people are known by how they present themselves to a match, and reported under a
profile badge or trait ("Dog-parent daters", "Gym-goer & workout-partner daters", "Star-sign &
compatibility matchers"), a date idea ("Coffee-date singles", "Gig & festival date singles",
"Museum & culture-date singles") or what they look for and how they use the app ("Long-term
relationship seekers", "Passport-mode & long-distance matchers", "Video-date & virtual-first
daters", "AI wingman & profile-helper users"). An interest shows only through what people put
on a profile to be matched on, so granularity follows the app's badges and date ideas: food
splits into restaurants, home cooking, coffee, wine bars, vegan and tasting menus, the outdoors
into hiking, fishing photos and climbing walls, sport into football supporters, cycling and
adrenaline, while beauty is one glam label and luxury goods, luxury travel and designer
fashion one premium tier. Traits gather
unrelated niches: "Artist & creative-type singles" (art, illustration, film making, musical
instruments, crafts), "Gadget-lover & early-adopter daters" (electronics, phones,
cryptocurrency, electric vehicles), "Premium-tier & verified-profile members" (luxury goods,
luxury travel, designer fashion, watches), "Movie-night & binge-watch daters" (film and
television, consoles), "Eco-conscious & climate-minded daters" (the environment, zero waste,
organic products, electric vehicles). Interests that nobody puts on a dating profile have no
label: pregnancy, perfume, and car parts and accessories. Phrases are written the way a
planner briefs a dating app: what people put in their bios and photos, the prompts they
answer, who they want to meet and the dates, events, brands and shows they would suggest.

Written blind (without reading the matcher, its interest-matching notes or its results),
before any tuning or measurement of the matcher on it; it must not be adjusted to the
matcher's results. Strings are ";"-separated lists.
"""

from __future__ import annotations

from typing import Any

NAME = "daters"
DESCRIPTION = ("Dating-app style: 65 member audiences named by profile badge or trait, date "
               "idea and what members look for; traits gather several niches, three interests "
               "nobody puts on a dating profile have no label.")

LABELS: tuple[str, ...] = (
    # family and relationships
    "Single-parent daters", "Wants-kids & family-minded singles",
    "Long-term relationship seekers",
    # fitness and wellness
    "Gym-goer & workout-partner daters", "Active-lifestyle & early-riser singles",
    "Sober & sober-curious daters", "Run-club & marathon singles",
    "Yoga & mindful-living daters", "Star-sign & compatibility matchers",
    # beauty and fashion
    "Glam & grooming-focused singles", "Style-conscious & dressed-up daters",
    "Sneakerhead & streetwear singles", "Flea-market & vintage-date singles",
    # screens and tech
    "Gamer & co-op date singles", "Anime, cosplay & con-going daters",
    "Video-date & virtual-first daters", "Tech-worker & startup singles",
    "Gadget-lover & early-adopter daters", "AI wingman & profile-helper users",
    # money and work
    "Ambitious career-focused singles", "Financially-savvy & investing singles",
    "Homeowner & settled-down singles",
    # food and drink
    "Foodie & restaurant-date singles", "Cook-for-you home-chef daters", "Coffee-date singles",
    "Wine bar & cocktail-date singles", "Vegan & vegetarian daters",
    # travel
    "Wanderlust & frequent-traveller singles", "Passport-mode & long-distance matchers",
    "Vanlife & road-trip daters", "Weekend-getaway & hotel-stay daters",
    # music
    "Playlist-matching music-lover singles", "Gig & festival date singles",
    "Hip-hop & club-night singles", "Musician & band-member daters", "K-pop stan singles",
    # environment and pets
    "Eco-conscious & climate-minded daters", "Animal-lover & pet-friendly singles",
    "Dog-parent daters", "Cat-person singles",
    # cars and sport
    "Petrolhead & car-enthusiast singles", "F1 & race-day date singles",
    "Sports-fan & game-night daters", "Football-supporter singles",
    "Cycling & bike-ride date singles", "Surf, ski & adrenaline singles",
    "Climbing-gym & bouldering date singles",
    # home
    "DIY, crafts & maker daters", "Plant-parent & gardening singles",
    "Cosy homebody & interiors singles",
    # entertainment and culture
    "Movie-night & binge-watch daters", "Reality-TV & pop-culture singles",
    "Meme-sharing & witty-banter singles", "Theatre & musical date singles",
    "Bookworm & book-club singles", "Graduate-educated & lifelong-learner singles",
    "Science & trivia-night daters", "Museum & culture-date singles",
    "Language-exchange & bilingual matchers",
    # luxury
    "Premium-tier & verified-profile members", "Fine-dining & tasting-menu date singles",
    # outdoors and photography
    "Hiking & camping date singles", "Fishing & hunting profile daters",
    "Photography & photo-walk daters", "Artist & creative-type singles",
)

# Latent interest -> the member audiences a follower holding it is reported under (none for
# three interests nobody puts on a dating profile).
REPORTS: dict[str, str] = {
    # parenting
    "Toys, Children & Baby": "Single-parent daters",
    "Parenting & Family": "Single-parent daters; Wants-kids & family-minded singles",
    "Friends, Family & Relationships": "Long-term relationship seekers;"
                                       " Wants-kids & family-minded singles",
    "Pregnancy & Maternity": "",
    # fitness
    "Fitness & Gym": "Gym-goer & workout-partner daters",
    "Healthy Lifestyle": "Active-lifestyle & early-riser singles; Sober & sober-curious daters",
    "Sports Nutrition & Supplements": "Gym-goer & workout-partner daters",
    "Activewear": "Gym-goer & workout-partner daters; Active-lifestyle & early-riser singles",
    "Running & Marathons": "Run-club & marathon singles; Active-lifestyle & early-riser singles",
    # wellness
    "Yoga & Pilates": "Yoga & mindful-living daters",
    "Meditation & Mindfulness": "Yoga & mindful-living daters; Sober & sober-curious daters",
    "Alternative Medicine": "Star-sign & compatibility matchers; Yoga & mindful-living daters",
    "Spirituality & Astrology": "Star-sign & compatibility matchers",
    # beauty
    "Beauty & Cosmetics": "Glam & grooming-focused singles",
    "Skincare": "Glam & grooming-focused singles",
    "Hair Care & Styling": "Glam & grooming-focused singles",
    "Fragrances & Perfume": "",
    "Nail Art": "Glam & grooming-focused singles",
    # fashion
    "Clothes, Shoes, Handbags & Accessories": "Style-conscious & dressed-up daters",
    "Jewellery & Watches": "Style-conscious & dressed-up daters;"
                           " Premium-tier & verified-profile members",
    "Streetwear & Sneakers": "Sneakerhead & streetwear singles",
    "Shopping & Retail": "Flea-market & vintage-date singles",
    # gaming
    "Gaming": "Gamer & co-op date singles",
    "Esports": "Gamer & co-op date singles",
    "PC & Console Gaming": "Gamer & co-op date singles; Movie-night & binge-watch daters",
    "Anime & Manga": "Anime, cosplay & con-going daters",
    "Streaming & Live Video": "Video-date & virtual-first daters",
    # tech
    "Electronics & Computers": "Tech-worker & startup singles;"
                               " Gadget-lover & early-adopter daters",
    "Mobile Phones & Gadgets": "Gadget-lover & early-adopter daters;"
                               " Video-date & virtual-first daters",
    "Software & Programming": "Tech-worker & startup singles; AI wingman & profile-helper users",
    "Artificial Intelligence & Data": "Tech-worker & startup singles;"
                                      " AI wingman & profile-helper users",
    # finance
    "Business & Careers": "Ambitious career-focused singles",
    "Personal Finance & Investing": "Financially-savvy & investing singles",
    "Cryptocurrency & Blockchain": "Financially-savvy & investing singles;"
                                   " Gadget-lover & early-adopter daters",
    "Real Estate": "Financially-savvy & investing singles; Homeowner & settled-down singles",
    "Entrepreneurship": "Ambitious career-focused singles; Tech-worker & startup singles",
    # food
    "Restaurants, Food & Grocery": "Foodie & restaurant-date singles;"
                                   " Fine-dining & tasting-menu date singles",
    "Cooking & Recipes": "Cook-for-you home-chef daters",
    "Coffee, Tea & Beverages": "Coffee-date singles",
    "Beer, Wine & Spirits": "Wine bar & cocktail-date singles",
    "Vegan & Vegetarian Food": "Vegan & vegetarian daters",
    # travel
    "Travel, Tourism & Aviation": "Wanderlust & frequent-traveller singles",
    "Hotels & Resorts": "Weekend-getaway & hotel-stay daters",
    "Backpacking & Budget Travel": "Wanderlust & frequent-traveller singles;"
                                   " Passport-mode & long-distance matchers",
    "Road Trips & Vanlife": "Vanlife & road-trip daters",
    # music
    "Music": "Playlist-matching music-lover singles",
    "Concerts & Festivals": "Gig & festival date singles",
    "Hip Hop & Rap": "Hip-hop & club-night singles; Sneakerhead & streetwear singles",
    "Musical Instruments": "Musician & band-member daters; Artist & creative-type singles",
    "K-Pop": "K-pop stan singles",
    # sustainability
    "Sustainability & Environment": "Eco-conscious & climate-minded daters",
    "Zero Waste & Recycling": "Eco-conscious & climate-minded daters;"
                              " Flea-market & vintage-date singles",
    "Organic & Natural Products": "Eco-conscious & climate-minded daters;"
                                  " Vegan & vegetarian daters",
    "Renewable Energy & Electric Vehicles": "Eco-conscious & climate-minded daters;"
                                            " Gadget-lover & early-adopter daters",
    # pets
    "Pets": "Animal-lover & pet-friendly singles",
    "Dogs & Puppies": "Dog-parent daters; Animal-lover & pet-friendly singles",
    "Cats & Kittens": "Cat-person singles; Animal-lover & pet-friendly singles",
    "Pet Food & Supplies": "Dog-parent daters; Cat-person singles",
    # cars
    "Cars & Motorbikes": "Petrolhead & car-enthusiast singles",
    "Motorsport & Racing": "F1 & race-day date singles",
    "Car Tuning & Modification": "Petrolhead & car-enthusiast singles",
    "Auto Parts & Accessories": "",
    # sports
    "Sports": "Sports-fan & game-night daters",
    "Football & Soccer": "Football-supporter singles; Sports-fan & game-night daters",
    "Basketball": "Sports-fan & game-night daters",
    "Cycling": "Cycling & bike-ride date singles",
    "Extreme Sports": "Surf, ski & adrenaline singles; Climbing-gym & bouldering date singles",
    # home
    "Home Decor, Furniture & Garden": "Homeowner & settled-down singles;"
                                      " Cosy homebody & interiors singles",
    "DIY & Crafts": "DIY, crafts & maker daters; Artist & creative-type singles",
    "Gardening & Plants": "Plant-parent & gardening singles",
    "Interior Design & Architecture": "Cosy homebody & interiors singles",
    # entertainment
    "Television & Film": "Movie-night & binge-watch daters; Reality-TV & pop-culture singles",
    "Celebrities & Pop Culture": "Reality-TV & pop-culture singles",
    "Comedy & Memes": "Meme-sharing & witty-banter singles",
    "Theatre & Performing Arts": "Theatre & musical date singles",
    # education
    "Books & Literature": "Bookworm & book-club singles",
    "Education & Learning": "Graduate-educated & lifelong-learner singles",
    "Science": "Science & trivia-night daters",
    "History & Culture": "Museum & culture-date singles; Science & trivia-night daters",
    "Languages & Linguistics": "Language-exchange & bilingual matchers;"
                               " Passport-mode & long-distance matchers",
    # luxury
    "Luxury Goods": "Premium-tier & verified-profile members",
    "Luxury Travel": "Premium-tier & verified-profile members;"
                     " Weekend-getaway & hotel-stay daters",
    "Fine Dining": "Fine-dining & tasting-menu date singles; Foodie & restaurant-date singles",
    "Designer Fashion": "Style-conscious & dressed-up daters;"
                        " Premium-tier & verified-profile members",
    # outdoor
    "Camping & Hiking": "Hiking & camping date singles; Vanlife & road-trip daters",
    "Fishing & Hunting": "Fishing & hunting profile daters",
    "Mountaineering & Climbing": "Climbing-gym & bouldering date singles;"
                                 " Surf, ski & adrenaline singles",
    "Outdoor Gear & Equipment": "Hiking & camping date singles;"
                                " Fishing & hunting profile daters",
    # photography
    "Camera & Photography": "Photography & photo-walk daters",
    "Art & Design": "Artist & creative-type singles; Museum & culture-date singles",
    "Drawing & Illustration": "Artist & creative-type singles",
    "Film Making & Video Editing": "Artist & creative-type singles;"
                                   " Photography & photo-walk daters",
}

# Segment phrase -> the latent interests that truly define its audience, grouped by the niche
# random segments draw it for. Written before any measurement.
PHRASES: dict[str, dict[str, str]] = {
    "parenting": {
        "single dads with weekend custody": "Parenting & Family",
        "single mums looking for someone great with kids":
            "Parenting & Family; Friends, Family & Relationships",
        "singles whose profile says they want children in the next few years":
            "Friends, Family & Relationships; Parenting & Family",
        "divorced parents getting back out there":
            "Parenting & Family; Friends, Family & Relationships",
        "people looking for marriage, not flings": "Friends, Family & Relationships",
        "parents of toddlers planning a first date around nap time":
            "Toys, Children & Baby; Parenting & Family",
        "expecting single mums open to dating": "Pregnancy & Maternity; Parenting & Family",
    },
    "fitness": {
        "gym rats who want a spotter and a partner": "Fitness & Gym",
        "singles who list CrossFit as a personality trait":
            "Fitness & Gym; Sports Nutrition & Supplements",
        "parkrun regulars looking for a running buddy": "Running & Marathons",
        "London Marathon finishers on Hinge": "Running & Marathons",
        "early risers who'd rather do a 6am workout than brunch":
            "Healthy Lifestyle; Fitness & Gym",
        "protein-shake drinkers who meal-prep on Sundays":
            "Sports Nutrition & Supplements; Healthy Lifestyle",
        "singles whose photos are all in Gymshark": "Activewear",
    },
    "wellness": {
        "reformer Pilates regulars on the apps": "Yoga & Pilates",
        "singles who ask for your star sign before your name": "Spirituality & Astrology",
        "people who put their big three in their bio": "Spirituality & Astrology",
        "meditators looking for a calm, sober partner":
            "Meditation & Mindfulness; Healthy Lifestyle",
        "Reiki and crystal-healing fans": "Alternative Medicine",
        "yoga teachers who'd love a retreat date in Bali": "Yoga & Pilates; Hotels & Resorts",
    },
    "beauty": {
        "makeup lovers who do a full face for a first date": "Beauty & Cosmetics",
        "skincare junkies with a ten-step routine": "Skincare",
        "men who get a fresh fade before every date": "Hair Care & Styling",
        "nail techs with Sephora-level glam in their photos":
            "Nail Art; Beauty & Cosmetics",
        "fragrance lovers who notice cologne on a first date":
            "Fragrances & Perfume; Beauty & Cosmetics",
    },
    "fashion": {
        "sneakerheads who judge your trainers": "Streetwear & Sneakers",
        "Supreme and Palace drop queuers looking for a plus-one": "Streetwear & Sneakers",
        "well-dressed singles who'd wear a suit to a first date":
            "Clothes, Shoes, Handbags & Accessories",
        "Rolex wearers on Raya": "Jewellery & Watches; Luxury Goods",
        "vintage shoppers who'd take you to a car-boot sale":
            "Shopping & Retail; Zero Waste & Recycling",
        "Depop sellers looking for a thrifting partner":
            "Shopping & Retail; Clothes, Shoes, Handbags & Accessories",
    },
    "gaming": {
        "gamers looking for a duo partner in Fortnite": "Gaming",
        "Valorant players who want a gamer girlfriend": "Esports; Gaming",
        "PS5 owners who'd rather stay in and game": "PC & Console Gaming",
        "Comic-Con cosplayers looking for a couples costume": "Anime & Manga",
        "Studio Ghibli fans who'd pick a manga café date": "Anime & Manga",
        "Twitch streamers looking for someone who gets the late nights":
            "Streaming & Live Video; Gaming",
    },
    "tech": {
        "software engineers who'd rather not talk about work": "Software & Programming",
        "Silicon Valley founders on The League": "Entrepreneurship; Software & Programming",
        "people who use ChatGPT to write their opening lines":
            "Artificial Intelligence & Data",
        "Apple early adopters who queue for every iPhone": "Mobile Phones & Gadgets",
        "PC builders who'd show you their setup on a video call":
            "Electronics & Computers; Streaming & Live Video",
        "data scientists swiping in Bangalore": "Artificial Intelligence & Data",
    },
    "finance": {
        "investment bankers who list their work ethic first": "Business & Careers",
        "women in consulting looking for an equal": "Business & Careers",
        "index-fund investors who split the bill by app": "Personal Finance & Investing",
        "crypto bros with Bitcoin in their bio": "Cryptocurrency & Blockchain",
        "first-time buyers who just got the keys to a flat": "Real Estate",
        "side-hustle founders who take calls on a date": "Entrepreneurship",
    },
    "food": {
        "foodies who want to try every new opening in Soho": "Restaurants, Food & Grocery",
        "singles whose perfect date is cooking them dinner": "Cooking & Recipes",
        "third-wave coffee drinkers who'd meet at a roastery": "Coffee, Tea & Beverages",
        "natural-wine fans who want a wine bar first date": "Beer, Wine & Spirits",
        "vegans who only want to date vegans": "Vegan & Vegetarian Food",
        "craft-beer lovers who'd do a brewery crawl": "Beer, Wine & Spirits",
        "bakers who bring sourdough to the second date": "Cooking & Recipes",
    },
    "travel": {
        "travellers with thirty countries in their bio": "Travel, Tourism & Aviation",
        "backpackers matching in Bangkok hostels": "Backpacking & Budget Travel",
        "expats using passport mode before a move to Lisbon":
            "Travel, Tourism & Aviation; Backpacking & Budget Travel",
        "vanlifers looking for someone to share the road": "Road Trips & Vanlife",
        "couples-to-be planning a spa weekend away": "Hotels & Resorts",
        "cabin crew dating across time zones": "Travel, Tourism & Aviation",
    },
    "music": {
        "Spotify users who match on shared playlists": "Music",
        "Glastonbury-goers looking for a festival buddy": "Concerts & Festivals; Music",
        "Drake fans who want a date to his tour": "Hip Hop & Rap; Concerts & Festivals",
        "guitarists in bands who gig every weekend": "Musical Instruments",
        "BTS ARMY members looking for a fellow stan": "K-Pop",
        "Taylor Swift fans trading Eras Tour bracelets": "Music; Concerts & Festivals",
    },
    "sustainability": {
        "climate activists who won't date a frequent flyer": "Sustainability & Environment",
        "zero-wasters who bring their own cup on a coffee date":
            "Zero Waste & Recycling; Coffee, Tea & Beverages",
        "Tesla drivers who charge up on the way to a date":
            "Renewable Energy & Electric Vehicles",
        "singles who shop organic at the farmers' market": "Organic & Natural Products",
        "Extinction Rebellion marchers looking for a comrade": "Sustainability & Environment",
    },
    "pets": {
        "dog owners whose profile pics are all of their golden retriever": "Dogs & Puppies",
        "cat ladies and cat dads seeking a fellow cat lover": "Cats & Kittens",
        "animal lovers who volunteer at a rescue": "Pets",
        "people who won't date anyone allergic to their puppy": "Dogs & Puppies",
        "pet parents who buy raw food and fancy treats": "Pet Food & Supplies; Pets",
        "rescue-cat adopters": "Cats & Kittens; Pets",
    },
    "cars": {
        "petrolheads who'd take you for a drive in their Porsche": "Cars & Motorbikes",
        "F1 fans who watched every season of Drive to Survive":
            "Motorsport & Racing; Television & Film",
        "JDM tuners who spend weekends at car meets": "Car Tuning & Modification",
        "bikers looking for a pillion passenger": "Cars & Motorbikes",
        "car-parts sellers on eBay Motors swiping in Birmingham":
            "Auto Parts & Accessories; Entrepreneurship",
        "MotoGP fans who'd take a date to Silverstone": "Motorsport & Racing",
    },
    "sports": {
        "Premier League supporters who don't date rival fans": "Football & Soccer",
        "NBA fans who want a courtside date": "Basketball",
        "Super Bowl party hosts": "Sports",
        "road cyclists who'd date anyone who can keep up": "Cycling",
        "surfers and snowboarders chasing the next adrenaline rush": "Extreme Sports",
        "Peloton riders who want a sweaty first date": "Cycling; Fitness & Gym",
    },
    "home": {
        "houseplant collectors with a jungle for a flat": "Gardening & Plants",
        "allotment growers looking for someone to share the harvest": "Gardening & Plants",
        "IKEA-hack fans who'd build a shelf together": "DIY & Crafts",
        "homebodies who love a candlelit night in": "Home Decor, Furniture & Garden",
        "architects who'd judge your flat's layout": "Interior Design & Architecture",
        "knitters and potters who'd do a pottery class date": "DIY & Crafts",
    },
    "entertainment": {
        "Love Island viewers who want a villa-style romance":
            "Celebrities & Pop Culture; Television & Film",
        "film buffs who'd pick an arthouse cinema date": "Television & Film",
        "singles who send memes instead of texts": "Comedy & Memes",
        "stand-up fans who'd take a date to a comedy club": "Comedy & Memes",
        "West End musical lovers who want a theatre date": "Theatre & Performing Arts",
        "celebrity-gossip fans who follow Deuxmoi": "Celebrities & Pop Culture",
    },
    "education": {
        "book-club members who want to swap favourite novels": "Books & Literature",
        "PhD students looking for someone who gets it": "Education & Learning",
        "pub-quiz champions looking for a teammate": "Science; History & Culture",
        "history buffs who'd love a date at the British Museum": "History & Culture",
        "language learners looking for a Spanish-speaking partner":
            "Languages & Linguistics",
        "astronomy nerds who'd take you stargazing": "Science",
    },
    "luxury": {
        "millionaires on exclusive invite-only apps":
            "Luxury Goods; Personal Finance & Investing",
        "jet-setters who'd whisk a date away to Mykonos": "Luxury Travel",
        "Michelin-star diners looking for a tasting-menu partner": "Fine Dining",
        "Gucci and Chanel devotees": "Designer Fashion",
        "Hermès bag owners with a verified badge": "Designer Fashion; Luxury Goods",
    },
    "outdoor": {
        "hikers who want a trail partner for the Three Peaks": "Camping & Hiking",
        "singles holding up a fish in their photos": "Fishing & Hunting",
        "deer hunters who want someone happy in the countryside": "Fishing & Hunting",
        "boulderers who'd meet at the climbing wall": "Mountaineering & Climbing",
        "Patagonia-fleece gear nerds": "Outdoor Gear & Equipment",
        "wild campers looking for a tent buddy":
            "Camping & Hiking; Outdoor Gear & Equipment",
    },
    "photography": {
        "photographers who'd take you on a photo walk": "Camera & Photography",
        "film-camera shooters with a darkroom": "Camera & Photography",
        "painters and illustrators looking for a muse":
            "Drawing & Illustration; Art & Design",
        "gallery-goers who'd do a Tate Modern date": "Art & Design",
        "YouTubers who edit videos till 2am": "Film Making & Video Editing",
    },
}

# Hand-written evaluation segments (keyword arguments of ``segments._seg``). Age and country
# are deliberately correlated in daters-single-parents-us, daters-students-kr and
# daters-second-chance-gb; daters-hard-* use phrases whose interests nobody puts on a dating
# profile or reach traits that gather several niches.
FIXED_SEGMENTS: tuple[dict[str, Any], ...] = (
    dict(id="daters-single-parents-us", name="Single parents 35-54 in the US",
         description="""American single and divorced parents dating again around custody
         weekends and nap times.""",
         ages=["35-44", "45-54"],
         interests=["single dads with weekend custody",
                    "divorced parents getting back out there",
                    "parents of toddlers planning a first date around nap time"],
         countries=["US"], languages=["en"]),
    dict(id="daters-students-kr", name="Students and K-pop fans 18-24 in South Korea",
         description="""Young Korean singles who look for a fellow stan, a gaming duo and a
         language partner.""",
         ages=["18-24"],
         interests=["BTS ARMY members looking for a fellow stan",
                    "gamers looking for a duo partner in Fortnite",
                    "language learners looking for a Spanish-speaking partner"],
         countries=["KR"], filters={"platforms": ["tiktok", "youtube", "instagram"]}),
    dict(id="daters-second-chance-gb", name="Second-chance singles 55+ in the UK",
         description="""British singles over 55 who want marriage, share an allotment and
         would love a museum date.""",
         ages=["55-64", "65+"],
         interests=["people looking for marriage, not flings",
                    "allotment growers looking for someone to share the harvest",
                    "history buffs who'd love a date at the British Museum"],
         countries=["GB"], filters={"platforms": ["youtube", "instagram"]}),
    dict(id="daters-gym-us-ca", name="Fitness singles 18-34 in the US and Canada",
         description="""Gym-goers, CrossFitters and Peloton riders who want a training
         partner.""",
         ages=["18-24", "25-34"],
         interests=["gym rats who want a spotter and a partner",
                    "singles who list CrossFit as a personality trait",
                    "Peloton riders who want a sweaty first date"],
         countries={"US": 1.0, "CA": 0.4}),
    dict(id="daters-runners-gb-ie", name="Runners 25-44 in the UK and Ireland",
         description="""Parkrunners, marathon finishers and early risers who would rather
         train than brunch.""",
         ages=["25-34", "35-44"],
         interests=["parkrun regulars looking for a running buddy",
                    "London Marathon finishers on Hinge",
                    "early risers who'd rather do a 6am workout than brunch"],
         countries={"GB": 1.0, "IE": 0.5}),
    dict(id="daters-wellness-de-at", name="Wellness women 25-44 in Germany and Austria",
         description="""Pilates regulars, meditators and Reiki fans looking for a calm
         partner.""",
         ages=["25-34", "35-44"],
         interests=["reformer Pilates regulars on the apps",
                    "meditators looking for a calm, sober partner",
                    "Reiki and crystal-healing fans"],
         genders=["female"], countries={"DE": 1.0, "AT": 0.4}, languages=["de"]),
    dict(id="daters-glam-br-mx", name="Glam daters, women 18-34 in Brazil and Mexico",
         description="""Makeup lovers, skincare junkies and nail techs who dress up for a
         first date.""",
         ages=["18-24", "25-34"],
         interests=["makeup lovers who do a full face for a first date",
                    "skincare junkies with a ten-step routine",
                    "nail techs with Sephora-level glam in their photos"],
         genders=["female"], countries={"BR": 1.0, "MX": 0.7},
         filters={"platforms": ["instagram", "tiktok"]}),
    dict(id="daters-foodies-fr-it", name="Foodies 25-44 in France and Italy",
         description="""Singles who want a wine bar first date, cook dinner for a match and
         try every new opening.""",
         ages=["25-34", "35-44"],
         interests=["natural-wine fans who want a wine bar first date",
                    "singles whose perfect date is cooking them dinner",
                    "foodies who want to try every new opening in Soho"],
         countries={"FR": 1.0, "IT": 0.8}),
    dict(id="daters-tech-in", name="Tech singles 18-34 in India",
         description="""Engineers and data scientists who let an AI write their openers.""",
         ages=["18-24", "25-34"],
         interests=["software engineers who'd rather not talk about work",
                    "data scientists swiping in Bangalore",
                    "people who use ChatGPT to write their opening lines"],
         countries=["IN"], languages=["en"]),
    dict(id="daters-travellers-au-nz", name="Travellers 25-34 in Australia and New Zealand",
         description="""Backpackers, vanlifers and country-counters who want someone to see
         the world with.""",
         ages=["25-34"],
         interests=["travellers with thirty countries in their bio",
                    "backpackers matching in Bangkok hostels",
                    "vanlifers looking for someone to share the road"],
         countries={"AU": 1.0, "NZ": 0.5}),
    dict(id="daters-festival-goers-gb", name="Festival goers 18-34 in the UK",
         description="""Glastonbury-goers, Swifties and Drake fans who want a gig date.""",
         ages=["18-24", "25-34"],
         interests=["Glastonbury-goers looking for a festival buddy",
                    "Taylor Swift fans trading Eras Tour bracelets",
                    "Drake fans who want a date to his tour"],
         countries=["GB"]),
    dict(id="daters-pet-owners-us-gb", name="Pet owners 25-54 in the US and UK",
         description="""Dog people, cat people and rescue volunteers who want a match who
         loves their animals.""",
         ages=["25-34", "35-44", "45-54"],
         interests=["dog owners whose profile pics are all of their golden retriever",
                    "cat ladies and cat dads seeking a fellow cat lover",
                    "animal lovers who volunteer at a rescue"],
         countries={"US": 1.0, "GB": 0.7}),
    dict(id="daters-sport-fans-gb-es", name="Sports fans, men 18-44 in the UK and Spain",
         description="""Football supporters, NBA fans and Super Bowl hosts who want someone
         to watch the game with.""",
         ages=["18-24", "25-34", "35-44"],
         interests=["Premier League supporters who don't date rival fans",
                    "NBA fans who want a courtside date",
                    "Super Bowl party hosts"],
         genders=["male"], countries={"GB": 1.0, "ES": 0.6}),
    dict(id="daters-outdoors-us", name="Outdoor singles 25-54 in the US",
         description="""Hikers, wild campers and hunters who want someone happy outdoors.""",
         ages=["25-34", "35-44", "45-54"],
         interests=["hikers who want a trail partner for the Three Peaks",
                    "wild campers looking for a tent buddy",
                    "deer hunters who want someone happy in the countryside"],
         countries=["US"], filters={"followers": {"max": 500000}}),
    dict(id="daters-luxury-ae-ch", name="Luxury singles 25-54 in the UAE and Switzerland",
         description="""Members of invite-only apps, jet-setters and designer devotees.""",
         ages=["25-34", "35-44", "45-54"],
         interests=["millionaires on exclusive invite-only apps",
                    "jet-setters who'd whisk a date away to Mykonos",
                    "Gucci and Chanel devotees"],
         countries={"AE": 1.0, "CH": 0.6}, filters={"followers": {"min": 20000}}),
    dict(id="daters-eco-nl-se", name="Eco-minded singles 25-44 in the Netherlands and Sweden",
         description="""Climate activists, zero-wasters and vegans who want a partner who
         shares their values.""",
         ages=["25-34", "35-44"],
         interests=["climate activists who won't date a frequent flyer",
                    "zero-wasters who bring their own cup on a coffee date",
                    "vegans who only want to date vegans"],
         countries={"NL": 1.0, "SE": 0.7}),
    dict(id="daters-hard-unprofiled-pl-cz", name="Unprofiled interests 25-44 in Poland and "
         "Czechia", description="""Expecting mums, fragrance lovers and car-parts sellers:
         interests nobody puts on a dating profile.""",
         ages=["25-34", "35-44"],
         interests=["expecting single mums open to dating",
                    "fragrance lovers who notice cologne on a first date",
                    "car-parts sellers on eBay Motors swiping in Birmingham"],
         countries={"PL": 1.0, "CZ": 0.6}),
    dict(id="daters-hard-creatives-jp", name="Creative types 18-34 in Japan",
         description="""Illustrators, video editors and band guitarists: one creative-type
         trait gathers art, film making, instruments and crafts.""",
         ages=["18-24", "25-34"],
         interests=["painters and illustrators looking for a muse",
                    "YouTubers who edit videos till 2am",
                    "guitarists in bands who gig every weekend"],
         countries=["JP"], filters={"platforms": ["instagram", "youtube"]}),
    dict(id="daters-hard-early-adopters-us", name="Early adopters, men 25-44 in the US",
         description="""iPhone queuers, crypto holders and Tesla drivers: one early-adopter
         trait gathers phones, cryptocurrency and electric vehicles.""",
         ages=["25-34", "35-44"],
         interests=["Apple early adopters who queue for every iPhone",
                    "crypto bros with Bitcoin in their bio",
                    "Tesla drivers who charge up on the way to a date"],
         genders=["male"], countries=["US"]),
    dict(id="daters-hard-premium-sg-my", name="Premium members 25-54 in Singapore and "
         "Malaysia", description="""Watch wearers, Hermès owners and jet-setters: one premium
         tier gathers watches, designer fashion, luxury goods and luxury travel.""",
         ages=["25-34", "35-44", "45-54"],
         interests=["Rolex wearers on Raya",
                    "Hermès bag owners with a verified badge",
                    "jet-setters who'd whisk a date away to Mykonos"],
         countries={"SG": 1.0, "MY": 0.6}),
)
