"""Held-out vocabulary ``media``: a media-measurement panel's content-consumption audiences.

Modelled on the audiences a TV, streaming, podcast and publishing measurement panel sells (in
the style of Nielsen, Comscore, Edison Podcast Metrics or Kantar genre audiences): people are
grouped by what they watch, stream, listen to and read, so every label is a content genre with
a medium ("Cooking-show watchers", "True-crime podcast listeners", "Motorsport viewers",
"Gaming stream viewers", "Glossy magazine readers", "Home shopping TV viewers"). About 85
labels. Some are narrow (cooking shows as "Cooking-show watchers" and "Recipe video viewers";
beauty split into makeup tutorials, skincare videos and beauty vlogs), some broad ("Pet &
animal video viewers" takes the whole pets niche, dogs and cats having channels of their own
besides, "Sports broadcast viewers" the team sports and motorsport, "Outdoor & survival show
viewers" the whole outdoor niche), and some genres take latent interests from unrelated niches:
"ASMR & satisfying video viewers" (nail art, crafts, illustration), "Morning & daytime TV
viewers" (healthy living, pregnancy, alternative medicine), "Health & wellness podcast
listeners" (healthy living, meditation, alternative medicine, organic products), "Haul &
unboxing video viewers" (shopping and gadgets), "Home shopping TV viewers" (shopping and
jewellery), "Glossy magazine readers" (perfume, luxury goods, fine dining, designer fashion),
"Gear review video viewers" (outdoor gear, cameras, film making), "Tech & AI podcast listeners"
(software, AI, crypto), "Reality & dating show watchers" (relationships and celebrities),
"Talent & singing competition viewers" (music and theatre), "Car review show viewers" (cars and
electric vehicles). Pregnancy has no genre of its own and shows as parenting podcasts and
daytime TV; true crime is what history lovers are reported under besides history documentaries;
jewellery shows only as home shopping and luxury lifestyle content; fishing and hunting have
no genre of their own and only show as outdoor and survival shows. Phrases are written the way
brand planners brief a media panel: programmes, channels, presenters and podcasts, plain
descriptions of viewers, slang, and a few figurative ones ("couch potatoes" watch series and
films, "the one percent" are luxury buyers, "tree huggers" care about the environment, "people
who never skip leg day" train and take supplements, "seekers of inner peace" meditate).

Written blind (without looking at the matcher or its results), before any tuning or
measurement of the matcher on it; it must not be adjusted to the matcher's results. Strings
are ";"-separated lists.
"""

from __future__ import annotations

from typing import Any

NAME = "media"
DESCRIPTION = ("Media-measurement panel style: about 85 content-consumption audiences (TV, "
               "streaming, video, podcast and print genres with their medium); some narrow, "
               "some broad, some genres spanning unrelated niches.")

LABELS: tuple[str, ...] = (
    # family
    "Kids' TV co-viewers", "Parenting podcast listeners", "Reality & dating show watchers",
    "Morning & daytime TV viewers",
    # fitness and wellness
    "Workout video followers", "Bodybuilding channel viewers", "Marathon & athletics viewers",
    "Health & wellness podcast listeners", "Yoga & Pilates class streamers",
    "Sleep & meditation audio listeners", "Astrology & tarot content viewers",
    # beauty and fashion
    "Makeup tutorial viewers", "Skincare video viewers", "Beauty vlog viewers",
    "ASMR & satisfying video viewers", "Fashion & style video viewers",
    "Sneaker & streetwear channel viewers", "Haul & unboxing video viewers",
    "Home shopping TV viewers", "Runway & fashion-week viewers",
    # gaming
    "Let's-play & game review viewers", "Esports broadcast viewers", "Gaming stream viewers",
    "Anime streamers",
    # tech and money
    "Tech review video viewers", "Coding tutorial viewers", "Tech & AI podcast listeners",
    "Business news viewers", "Self-improvement & hustle podcast listeners",
    "Business pitch show viewers", "Personal-finance podcast listeners",
    "Crypto YouTube viewers", "Property & house-hunting show viewers",
    # food and drink
    "Cooking-show watchers", "Recipe video viewers", "Food & restaurant show viewers",
    "Mukbang & food challenge viewers", "Food & drink video viewers",
    # travel
    "Travel show viewers", "Travel vlog viewers", "Vanlife & overlanding video viewers",
    # music
    "Music streamers", "Hip-hop & rap streamers", "K-pop music video viewers",
    "Live concert & festival stream viewers", "Music lesson & gear channel viewers",
    "Talent & singing competition viewers",
    # environment and pets
    "Nature & climate documentary viewers", "Sustainable living vlog viewers",
    "EV & clean-tech video viewers", "Pet & animal video viewers",
    "Dog training channel viewers", "Cat video viewers",
    # cars and sport
    "Car review show viewers", "Car build & restoration show viewers", "Motorsport viewers",
    "Sports broadcast viewers", "Football match viewers", "Basketball game viewers",
    "Cycling race viewers", "Action & extreme sports video viewers",
    # home
    "Home-renovation TV viewers", "Gardening show viewers", "DIY & repair how-to viewers",
    # screen entertainment
    "Drama series bingers", "Movie streamers", "Celebrity news readers",
    "Stand-up & sketch comedy viewers", "Late-night talk show viewers",
    "Theatre & musicals viewers",
    # learning
    "Audiobook listeners", "Book review channel viewers", "Educational explainer video viewers",
    "Science & space documentary viewers", "History documentary viewers",
    "True-crime podcast listeners", "Arts & culture programming viewers",
    # affluence
    "Luxury lifestyle content viewers", "Glossy magazine readers",
    # outdoors
    "Outdoor & survival show viewers", "Gear review video viewers",
    # creative
    "Photography channel viewers", "Art tutorial & speed-paint viewers",
    "Filmmaking & editing tutorial viewers",
)

# Latent interest -> the genre audiences a panellist holding it is counted in: what such a
# person watches, streams, listens to or reads (one or two audiences each).
REPORTS: dict[str, str] = {
    # parenting
    "Toys, Children & Baby": "Kids' TV co-viewers",
    "Parenting & Family": "Parenting podcast listeners; Kids' TV co-viewers",
    "Friends, Family & Relationships": "Reality & dating show watchers",
    "Pregnancy & Maternity": "Parenting podcast listeners; Morning & daytime TV viewers",
    # fitness
    "Fitness & Gym": "Workout video followers; Bodybuilding channel viewers",
    "Healthy Lifestyle": "Health & wellness podcast listeners; Morning & daytime TV viewers",
    "Sports Nutrition & Supplements": "Bodybuilding channel viewers; Workout video followers",
    "Activewear": "Workout video followers; Fashion & style video viewers",
    "Running & Marathons": "Marathon & athletics viewers; Workout video followers",
    # wellness
    "Yoga & Pilates": "Yoga & Pilates class streamers; Workout video followers",
    "Meditation & Mindfulness": "Sleep & meditation audio listeners;"
                                " Health & wellness podcast listeners",
    "Alternative Medicine": "Health & wellness podcast listeners; Morning & daytime TV viewers",
    "Spirituality & Astrology": "Astrology & tarot content viewers",
    # beauty
    "Beauty & Cosmetics": "Makeup tutorial viewers; Beauty vlog viewers",
    "Skincare": "Skincare video viewers; Beauty vlog viewers",
    "Hair Care & Styling": "Beauty vlog viewers",
    "Fragrances & Perfume": "Beauty vlog viewers; Glossy magazine readers",
    "Nail Art": "ASMR & satisfying video viewers; Beauty vlog viewers",
    # fashion
    "Clothes, Shoes, Handbags & Accessories": "Fashion & style video viewers",
    "Jewellery & Watches": "Home shopping TV viewers; Luxury lifestyle content viewers",
    "Streetwear & Sneakers": "Sneaker & streetwear channel viewers;"
                             " Fashion & style video viewers",
    "Shopping & Retail": "Haul & unboxing video viewers; Home shopping TV viewers",
    # gaming
    "Gaming": "Let's-play & game review viewers",
    "Esports": "Esports broadcast viewers; Gaming stream viewers",
    "PC & Console Gaming": "Let's-play & game review viewers; Gaming stream viewers",
    "Anime & Manga": "Anime streamers",
    "Streaming & Live Video": "Gaming stream viewers",
    # tech
    "Electronics & Computers": "Tech review video viewers",
    "Mobile Phones & Gadgets": "Tech review video viewers; Haul & unboxing video viewers",
    "Software & Programming": "Coding tutorial viewers; Tech & AI podcast listeners",
    "Artificial Intelligence & Data": "Tech & AI podcast listeners",
    # finance
    "Business & Careers": "Business news viewers; Self-improvement & hustle podcast listeners",
    "Personal Finance & Investing": "Personal-finance podcast listeners; Business news viewers",
    "Cryptocurrency & Blockchain": "Crypto YouTube viewers; Tech & AI podcast listeners",
    "Real Estate": "Property & house-hunting show viewers",
    "Entrepreneurship": "Self-improvement & hustle podcast listeners;"
                        " Business pitch show viewers",
    # food
    "Restaurants, Food & Grocery": "Food & restaurant show viewers;"
                                   " Mukbang & food challenge viewers",
    "Cooking & Recipes": "Cooking-show watchers; Recipe video viewers",
    "Coffee, Tea & Beverages": "Food & drink video viewers",
    "Beer, Wine & Spirits": "Food & drink video viewers",
    "Vegan & Vegetarian Food": "Recipe video viewers; Food & drink video viewers",
    # travel
    "Travel, Tourism & Aviation": "Travel show viewers",
    "Hotels & Resorts": "Travel show viewers",
    "Backpacking & Budget Travel": "Travel vlog viewers",
    "Road Trips & Vanlife": "Vanlife & overlanding video viewers; Travel vlog viewers",
    # music
    "Music": "Music streamers; Talent & singing competition viewers",
    "Concerts & Festivals": "Live concert & festival stream viewers; Music streamers",
    "Hip Hop & Rap": "Hip-hop & rap streamers; Music streamers",
    "Musical Instruments": "Music lesson & gear channel viewers",
    "K-Pop": "K-pop music video viewers; Music streamers",
    # sustainability
    "Sustainability & Environment": "Nature & climate documentary viewers",
    "Zero Waste & Recycling": "Sustainable living vlog viewers",
    "Organic & Natural Products": "Sustainable living vlog viewers;"
                                  " Health & wellness podcast listeners",
    "Renewable Energy & Electric Vehicles": "EV & clean-tech video viewers;"
                                            " Car review show viewers",
    # pets
    "Pets": "Pet & animal video viewers",
    "Dogs & Puppies": "Pet & animal video viewers; Dog training channel viewers",
    "Cats & Kittens": "Pet & animal video viewers; Cat video viewers",
    "Pet Food & Supplies": "Pet & animal video viewers",
    # cars
    "Cars & Motorbikes": "Car review show viewers",
    "Motorsport & Racing": "Motorsport viewers; Sports broadcast viewers",
    "Car Tuning & Modification": "Car build & restoration show viewers",
    "Auto Parts & Accessories": "Car build & restoration show viewers;"
                                " DIY & repair how-to viewers",
    # sports
    "Sports": "Sports broadcast viewers",
    "Football & Soccer": "Football match viewers; Sports broadcast viewers",
    "Basketball": "Basketball game viewers; Sports broadcast viewers",
    "Cycling": "Cycling race viewers",
    "Extreme Sports": "Action & extreme sports video viewers",
    # home
    "Home Decor, Furniture & Garden": "Home-renovation TV viewers",
    "DIY & Crafts": "DIY & repair how-to viewers; ASMR & satisfying video viewers",
    "Gardening & Plants": "Gardening show viewers",
    "Interior Design & Architecture": "Home-renovation TV viewers;"
                                      " Property & house-hunting show viewers",
    # entertainment
    "Television & Film": "Drama series bingers; Movie streamers",
    "Celebrities & Pop Culture": "Celebrity news readers; Reality & dating show watchers",
    "Comedy & Memes": "Stand-up & sketch comedy viewers; Late-night talk show viewers",
    "Theatre & Performing Arts": "Theatre & musicals viewers;"
                                 " Talent & singing competition viewers",
    # education
    "Books & Literature": "Audiobook listeners; Book review channel viewers",
    "Education & Learning": "Educational explainer video viewers",
    "Science": "Science & space documentary viewers; Educational explainer video viewers",
    "History & Culture": "History documentary viewers; True-crime podcast listeners",
    "Languages & Linguistics": "Educational explainer video viewers",
    # luxury: no genre of its own, shown as lifestyle content, glossy print and food shows
    "Luxury Goods": "Luxury lifestyle content viewers; Glossy magazine readers",
    "Luxury Travel": "Luxury lifestyle content viewers; Travel show viewers",
    "Fine Dining": "Food & restaurant show viewers; Glossy magazine readers",
    "Designer Fashion": "Runway & fashion-week viewers; Glossy magazine readers",
    # outdoor
    "Camping & Hiking": "Outdoor & survival show viewers",
    "Fishing & Hunting": "Outdoor & survival show viewers",
    "Mountaineering & Climbing": "Action & extreme sports video viewers;"
                                 " Outdoor & survival show viewers",
    "Outdoor Gear & Equipment": "Gear review video viewers; Outdoor & survival show viewers",
    # photography
    "Camera & Photography": "Photography channel viewers; Gear review video viewers",
    "Art & Design": "Art tutorial & speed-paint viewers; Arts & culture programming viewers",
    "Drawing & Illustration": "Art tutorial & speed-paint viewers;"
                              " ASMR & satisfying video viewers",
    "Film Making & Video Editing": "Filmmaking & editing tutorial viewers;"
                                   " Gear review video viewers",
}

# niche -> {phrase: the latent interests whose holders are the phrase's audience}. Written as
# brand planners brief a media panel: programmes, channels, presenters and podcasts, plain
# descriptions of viewers, slang, and a few figurative ones: "couch potatoes" watch series and
# films; "the one percent" buy luxury goods and travel; "tree huggers" care about the planet and
# waste; "people who never skip leg day" train and take supplements; "seekers of inner peace"
# meditate; "weekend wilderness wanderers" hike; "glam squad" is makeup and hair.
PHRASES: dict[str, dict[str, str]] = {
    "parenting": {
        "Bluey and CoComelon households": "Toys, Children & Baby; Parenting & Family",
        "mums listening to birth-story podcasts": "Pregnancy & Maternity",
        "new mums on maternity leave": "Pregnancy & Maternity; Parenting & Family",
        "parents of preschoolers": "Parenting & Family; Toys, Children & Baby",
        "family movie night households": "Parenting & Family",
        "couples who just got engaged": "Friends, Family & Relationships",
    },
    "fitness": {
        "Peloton riders": "Fitness & Gym",
        "Chloe Ting challenge followers": "Fitness & Gym",
        "people who never skip leg day": "Fitness & Gym; Sports Nutrition & Supplements",
        "London Marathon entrants": "Running & Marathons",
        "protein shake crowd": "Sports Nutrition & Supplements",
        "Vuori and Alo wearers": "Activewear",
        "people on a health kick": "Healthy Lifestyle",
    },
    "wellness": {
        "Calm sleep-story listeners": "Meditation & Mindfulness",
        "Yoga with Adriene followers": "Yoga & Pilates",
        "wall pilates challenge crowd": "Yoga & Pilates",
        "people who check their birth chart": "Spirituality & Astrology",
        "herbal medicine and naturopathy believers": "Alternative Medicine",
        "seekers of inner peace": "Meditation & Mindfulness",
    },
    "beauty": {
        "GRWM video addicts": "Beauty & Cosmetics",
        "skinfluencer followers": "Skincare",
        "Dyson Airwrap owners": "Hair Care & Styling",
        "fragrance collectors who blind-buy": "Fragrances & Perfume",
        "nail salon regulars": "Nail Art",
        "glam squad": "Beauty & Cosmetics; Hair Care & Styling",
    },
    "fashion": {
        "Vogue and Elle readers": "Clothes, Shoes, Handbags & Accessories; Designer Fashion",
        "QVC jewellery shoppers": "Jewellery & Watches; Shopping & Retail",
        "hypebeast teens": "Streetwear & Sneakers",
        "haul-video bingers": "Shopping & Retail",
        "watch nerds": "Jewellery & Watches",
    },
    "gaming": {
        "Minecraft and Roblox kids": "Gaming",
        "Valorant Champions viewers": "Esports",
        "Elden Ring completionists": "PC & Console Gaming",
        "One Piece and Jujutsu Kaisen watchers": "Anime & Manga",
        "Kick and Twitch night owls": "Streaming & Live Video",
        "people who watch other people play games": "Streaming & Live Video; Gaming",
    },
    "tech": {
        "MKBHD viewers": "Mobile Phones & Gadgets; Electronics & Computers",
        "Hard Fork and Lex Fridman listeners": "Artificial Intelligence & Data",
        "aspiring web developers": "Software & Programming",
        "Apple event live-watchers": "Mobile Phones & Gadgets",
        "early adopters": "Mobile Phones & Gadgets; Artificial Intelligence & Data",
    },
    "finance": {
        "CNBC and Bloomberg watchers": "Personal Finance & Investing; Business & Careers",
        "Diary of a CEO listeners": "Entrepreneurship; Business & Careers",
        "Shark Tank and Dragons' Den fans": "Entrepreneurship",
        "Bitcoin maximalists": "Cryptocurrency & Blockchain",
        "first-time buyers watching property shows": "Real Estate",
        "wolves of Wall Street": "Personal Finance & Investing",
    },
    "food": {
        "MasterChef viewers": "Cooking & Recipes",
        "mukbang fans": "Restaurants, Food & Grocery",
        "Anthony Bourdain fans": "Restaurants, Food & Grocery; Travel, Tourism & Aviation",
        "James Hoffmann coffee nerds": "Coffee, Tea & Beverages",
        "cocktail hour crowd": "Beer, Wine & Spirits",
        "plant-powered foodies": "Vegan & Vegetarian Food",
    },
    "travel": {
        "Rick Steves viewers": "Travel, Tourism & Aviation",
        "all-inclusive resort seekers": "Hotels & Resorts",
        "budget backpacking vlog fans": "Backpacking & Budget Travel",
        "overlanders": "Road Trips & Vanlife",
        "jet-setters": "Travel, Tourism & Aviation; Luxury Travel",
    },
    "music": {
        "Tiny Desk concert fans": "Music; Concerts & Festivals",
        "Coachella livestream watchers": "Concerts & Festivals",
        "drill and grime listeners": "Hip Hop & Rap",
        "Stray Kids and NewJeans fans": "K-Pop",
        "guitar lesson channel subscribers": "Musical Instruments",
        "The Voice and X Factor viewers": "Music",
    },
    "sustainability": {
        "David Attenborough documentary fans": "Sustainability & Environment; Science",
        "zero-waste vlog followers": "Zero Waste & Recycling",
        "Fully Charged show viewers": "Renewable Energy & Electric Vehicles",
        "clean-eating organic shoppers": "Organic & Natural Products",
        "tree huggers": "Sustainability & Environment; Zero Waste & Recycling",
    },
    "pets": {
        "dog-video doomscrollers": "Dogs & Puppies",
        "cat video addicts": "Cats & Kittens",
        "The Dodo viewers": "Pets",
        "Zak George followers": "Dogs & Puppies",
        "premium pet food buyers": "Pet Food & Supplies",
    },
    "cars": {
        "Grand Prix weekend viewers": "Motorsport & Racing",
        "MotoGP fans": "Motorsport & Racing",
        "Grand Tour fans": "Cars & Motorbikes; Motorsport & Racing",
        "Wheeler Dealers viewers": "Car Tuning & Modification; Auto Parts & Accessories",
        "ChrisFix DIY car repair followers": "Auto Parts & Accessories",
        "car guys": "Cars & Motorbikes; Car Tuning & Modification",
    },
    "sports": {
        "Match of the Day regulars": "Football & Soccer",
        "NBA Finals viewers": "Basketball",
        "Tour de France watchers": "Cycling",
        "Red Bull extreme sports fans": "Extreme Sports",
        "sports junkies": "Sports",
        "La Liga and Serie A fans": "Football & Soccer",
    },
    "home": {
        "Grand Designs viewers": "Interior Design & Architecture",
        "Fixer Upper fans": "Home Decor, Furniture & Garden; Interior Design & Architecture",
        "Gardeners' World viewers": "Gardening & Plants",
        "Monty Don devotees": "Gardening & Plants",
        "weekend DIYers who learn from YouTube": "DIY & Crafts",
        "crochet and knitting tutorial followers": "DIY & Crafts",
    },
    "entertainment": {
        "Love Island superfans": "Celebrities & Pop Culture; Friends, Family & Relationships",
        "Stranger Things bingers": "Television & Film",
        "Saturday Night Live fans": "Comedy & Memes",
        "couch potatoes": "Television & Film",
        "Hamilton and Wicked fans": "Theatre & Performing Arts",
        "Kardashians followers": "Celebrities & Pop Culture",
        "A24 film buffs": "Television & Film",
    },
    "education": {
        "audiobook commuters": "Books & Literature",
        "Kurzgesagt and Veritasium subscribers": "Science; Education & Learning",
        "Crash Course students": "Education & Learning",
        "true-crime junkies": "History & Culture",
        "people learning Spanish with podcasts": "Languages & Linguistics",
        "WWII documentary viewers": "History & Culture",
    },
    "luxury": {
        "Robb Report readers": "Luxury Goods",
        "Tatler and Vanity Fair readers": "Luxury Goods; Designer Fashion",
        "Chef's Table viewers": "Fine Dining",
        "Paris Fashion Week followers": "Designer Fashion",
        "people who watch superyacht tours": "Luxury Goods; Luxury Travel",
        "the one percent": "Luxury Goods; Luxury Travel",
    },
    "outdoor": {
        "Bear Grylls fans": "Camping & Hiking; Mountaineering & Climbing",
        "hunting and fishing TV regulars": "Fishing & Hunting",
        "Free Solo fans": "Mountaineering & Climbing",
        "thru-hike vlog followers": "Camping & Hiking",
        "outdoor gear review watchers": "Outdoor Gear & Equipment",
        "weekend wilderness wanderers": "Camping & Hiking",
    },
    "photography": {
        "Peter McKinnon subscribers": "Camera & Photography; Film Making & Video Editing",
        "Bob Ross reruns fans": "Drawing & Illustration; Art & Design",
        "Premiere and DaVinci editors": "Film Making & Video Editing",
        "Art Basel followers": "Art & Design",
        "Procreate time-lapse watchers": "Drawing & Illustration",
    },
}

# Hand-written evaluation segments (keyword arguments of ``segments._seg``). Age and country
# are deliberately correlated in media-anime-gamers-jp-kr, media-kids-tv-parents-br,
# media-students-in and media-gardeners-retired-gb; media-hard-* use figurative or slang
# phrases.
FIXED_SEGMENTS: tuple[dict[str, Any], ...] = (
    dict(id="media-anime-gamers-jp-kr", name="Anime and game-stream viewers 13-24 in Japan and "
         "South Korea", description="""Japanese and Korean teenagers and students who watch One
         Piece and Jujutsu Kaisen, stay up on Kick and Twitch and watch the Valorant
         Champions.""",
         ages=["13-17", "18-24"],
         interests=["One Piece and Jujutsu Kaisen watchers", "Kick and Twitch night owls",
                    "Valorant Champions viewers"],
         countries={"JP": 1.0, "KR": 0.8}, filters={"platforms": ["youtube", "twitch"]}),
    dict(id="media-kids-tv-parents-br", name="Parents of preschoolers 25-44 in Brazil",
         description="""Brazilian parents of preschoolers whose TV is on Bluey and CoComelon and
         who keep a family movie night every week.""",
         ages=["25-34", "35-44"],
         interests=["Bluey and CoComelon households", "parents of preschoolers",
                    "family movie night households"],
         countries=["BR"], languages=["pt"]),
    dict(id="media-students-in", name="Students who learn from YouTube 18-24 in India",
         description="""Indian students who learn from Crash Course, Kurzgesagt and Veritasium
         and want to become web developers.""",
         ages=["18-24"],
         interests=["Crash Course students", "Kurzgesagt and Veritasium subscribers",
                    "aspiring web developers"],
         countries=["IN"], languages=["en", "hi"]),
    dict(id="media-gardeners-retired-gb", name="Gardening and history viewers 55+ in the UK",
         description="""British retirees who never miss Gardeners' World, follow Monty Don and
         watch WWII documentaries in the evening.""",
         ages=["55-64", "65+"],
         interests=["Gardeners' World viewers", "Monty Don devotees",
                    "WWII documentary viewers"],
         countries=["GB"], languages=["en"], filters={"platforms": ["youtube", "instagram"]}),
    dict(id="media-new-mums-us", name="New and expecting mums 25-34 in the US", description="""
         American women on maternity leave who listen to birth-story podcasts.""",
         ages=["25-34"],
         interests=["new mums on maternity leave", "mums listening to birth-story podcasts"],
         genders=["female"], countries=["US"], filters={"platforms": ["instagram", "tiktok"]}),
    dict(id="media-home-fitness-au", name="Home-workout women 18-34 in Australia",
         description="""Young Australian women doing the Chloe Ting challenge and wall pilates
         in their Vuori and Alo.""",
         ages=["18-24", "25-34"],
         interests=["Chloe Ting challenge followers", "wall pilates challenge crowd",
                    "Vuori and Alo wearers"],
         genders=["female"], countries={"AU": 1.0, "NZ": 0.4}),
    dict(id="media-beauty-ph-id", name="Beauty video viewers, women 18-34 in the Philippines "
         "and Indonesia", description="""Young women who watch GRWM videos every morning,
         follow skinfluencers and keep their nail salon appointments.""",
         ages=["18-24", "25-34"],
         interests=["GRWM video addicts", "skinfluencer followers", "nail salon regulars"],
         genders=["female"], countries={"PH": 1.0, "ID": 0.8},
         filters={"platforms": ["instagram", "tiktok"], "min_credibility": 0.7}),
    dict(id="media-sneakers-de-nl", name="Streetwear and haul viewers, men 13-24 in Germany "
         "and the Netherlands", description="""Teen hypebeasts who binge haul videos and watch
         every sneaker release.""",
         ages=["13-17", "18-24"],
         interests=["hypebeast teens", "haul-video bingers"],
         genders=["male"], countries={"DE": 1.0, "NL": 0.7}),
    dict(id="media-tech-listeners-us", name="Tech and AI listeners, men 25-44 in the US",
         description="""American men who watch MKBHD, live-watch every Apple event and listen
         to Hard Fork and Lex Fridman.""",
         ages=["25-34", "35-44"],
         interests=["MKBHD viewers", "Apple event live-watchers",
                    "Hard Fork and Lex Fridman listeners"],
         genders=["male"], countries=["US"], filters={"platforms": ["youtube", "x"]}),
    dict(id="media-founders-uk-ie", name="Founders and investors 25-54 in the UK and Ireland",
         description="""People who listen to Diary of a CEO, never miss Dragons' Den and keep
         CNBC or Bloomberg on during the day.""",
         ages=["25-34", "35-44", "45-54"],
         interests=["Diary of a CEO listeners", "Shark Tank and Dragons' Den fans",
                    "CNBC and Bloomberg watchers"],
         countries={"GB": 1.0, "IE": 0.5}, filters={"platforms": ["x", "youtube"]}),
    dict(id="media-food-tv-fr-es", name="Food TV viewers 25-54 in France and Spain",
         description="""People who watch MasterChef and Chef's Table and loved Anthony
         Bourdain.""",
         ages=["25-34", "35-44", "45-54"],
         interests=["MasterChef viewers", "Chef's Table viewers", "Anthony Bourdain fans"],
         countries={"FR": 1.0, "ES": 0.8}),
    dict(id="media-vanlife-ca-us", name="Overlanders and thru-hikers 25-44 in Canada and the "
         "US", description="""Canadians and Americans who watch overlanding and thru-hike vlogs
         and plan their own trips from them.""",
         ages=["25-34", "35-44"],
         interests=["overlanders", "thru-hike vlog followers", "budget backpacking vlog fans"],
         countries={"CA": 1.0, "US": 0.6}, languages=["en", "fr"],
         filters={"followers": {"max": 500000}}),
    dict(id="media-kpop-mx-br", name="K-pop video viewers 13-24 in Mexico and Brazil",
         description="""Latin American teenagers who stream Stray Kids and NewJeans and watch
         Coachella on the livestream.""",
         ages=["13-17", "18-24"],
         interests=["Stray Kids and NewJeans fans", "Coachella livestream watchers"],
         countries={"MX": 1.0, "BR": 0.9}, filters={"platforms": ["tiktok", "youtube"]}),
    dict(id="media-motorsport-it-es", name="Motorsport viewers, men 25-54 in Italy and Spain",
         description="""Men who watch every Grand Prix weekend and MotoGP race and loved the
         Grand Tour.""",
         ages=["25-34", "35-44", "45-54"],
         interests=["Grand Prix weekend viewers", "MotoGP fans", "Grand Tour fans"],
         genders=["male"], countries={"IT": 1.0, "ES": 1.0}),
    dict(id="media-football-ng-gh", name="Football viewers, men 18-34 in Nigeria and Ghana",
         description="""Young Nigerian and Ghanaian men who watch Match of the Day and follow
         La Liga and Serie A every weekend.""",
         ages=["18-24", "25-34"],
         interests=["Match of the Day regulars", "La Liga and Serie A fans", "sports junkies"],
         genders=["male"], countries={"NG": 1.0, "GH": 0.6}, filters={"platforms": ["x"]}),
    dict(id="media-pet-video-us", name="Pet video viewers 18-44 in the US", description="""
         Americans who doomscroll dog videos, watch The Dodo and follow Zak George for
         training.""",
         ages=["18-24", "25-34", "35-44"],
         interests=["dog-video doomscrollers", "The Dodo viewers", "Zak George followers"],
         countries=["US"], filters={"min_credibility": 0.75}),
    dict(id="media-hard-couch-potatoes-se-dk", name="Couch potatoes 25-54 in Sweden and "
         "Denmark", description="""Couch potatoes who binge Stranger Things in a weekend and
         queue up every A24 release.""",
         ages=["25-34", "35-44", "45-54"],
         interests=["couch potatoes", "Stranger Things bingers", "A24 film buffs"],
         countries={"SE": 1.0, "DK": 0.7}),
    dict(id="media-hard-one-percent-ae-sa", name="The one percent 35-64 in the UAE and Saudi "
         "Arabia", description="""The one percent of the Gulf: Robb Report readers who watch
         superyacht tours and jet off whenever they like.""",
         ages=["35-44", "45-54", "55-64"],
         interests=["the one percent", "Robb Report readers", "jet-setters"],
         countries={"AE": 1.0, "SA": 0.8}, filters={"followers": {"min": 50000}}),
    dict(id="media-hard-tree-huggers-no-fi", name="Tree huggers 25-54 in Norway and Finland",
         description="""Tree huggers who watch every David Attenborough documentary and the
         Fully Charged show.""",
         ages=["25-34", "35-44", "45-54"],
         interests=["tree huggers", "David Attenborough documentary fans",
                    "Fully Charged show viewers"],
         countries={"NO": 1.0, "FI": 0.7}),
    dict(id="media-hard-leg-day-mx-co", name="Never skip leg day, men 18-34 in Mexico and "
         "Colombia", description="""Men who never skip leg day, live on protein shakes and
         ride a Peloton at home on rest days.""",
         ages=["18-24", "25-34"],
         interests=["people who never skip leg day", "protein shake crowd", "Peloton riders"],
         genders=["male"], countries={"MX": 1.0, "CO": 0.7}, languages=["es"],
         filters={"platforms": ["instagram", "youtube"]}),
)
