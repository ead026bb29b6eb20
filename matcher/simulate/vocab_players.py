"""Held-out vocabulary ``players``: a gaming platform's player audiences by titles and play style.

Modelled on the audiences a games platform or publisher network sells (in the style of a
console network's, a PC storefront's or a user-generated-games platform's player segments, or
an in-game advertising network's): the platform knows which titles and genres people play,
how they play them and what they buy in them, and reports them under the kind of game ("Sim
racing & F1 game players", "Farming & homestead sim players", "Flight simulator players"), a
play style ("Competitive ranked players", "Completionists & achievement hunters", "Game
streamers & clip creators") or an in-game purchase or event ("Branded fashion skin buyers",
"In-game concert attendees", "Energy drink & snack promo redeemers"). An interest shows only
through the games it makes people play, so granularity follows the games catalogue: gaming
itself splits into consoles, PC strategy, competitive shooters, gacha, handhelds, retro
collections and achievement hunting, sport into football, basketball, golf and tennis, extreme
sports, management sims and virtual cycling, while beauty is one makeover genre and pets one
animal-sim genre. Genres and purchases gather unrelated niches: "Branded fashion skin buyers"
(streetwear, designer fashion, jewellery, luxury goods), "Party & couch co-op players"
(friends and family, comedy, drinks), "Business & tycoon sim players" (careers,
entrepreneurship, shopping, hotels), "City builder & eco-sim players" (the environment,
recycling, renewable energy, architecture), "Energy drink & snack promo redeemers"
(supplements, beverages, fast food), "In-game concert attendees" (festivals, hip-hop, K-pop,
celebrities), "Survival & crafting players" (camping, climbing, outdoor gear). Interests no
game shows have no label: pregnancy, alternative medicine, perfume, and organic products.
Phrases are written the way a planner briefs a games platform: titles, franchises and modes
played, hours and ranks, and what people buy or attend in the game.

Written blind (without reading the matcher, its interest-matching notes or its results),
before any tuning or measurement of the matcher on it; it must not be adjusted to the
matcher's results. Strings are ";"-separated lists.
"""

from __future__ import annotations

from typing import Any

NAME = "players"
DESCRIPTION = ("Gaming-platform style: 68 player audiences named by genre, title family, play "
               "style and in-game purchase; genres and purchases gather several niches, four "
               "interests no game shows have no label.")

LABELS: tuple[str, ...] = (
    # family and social
    "Family & kids' game players", "Kids' sandbox & Roblox players",
    "Party & couch co-op players", "Visual novel & dating sim players",
    # fitness and wellness
    "Fitness & exergame players", "VR workout players", "Zwift & virtual race players",
    "Energy drink & snack promo redeemers", "Cozy & relaxation game players",
    # beauty and fashion
    "Makeover & fashion game players", "Avatar & character customisers",
    "Branded fashion skin buyers",
    # core gaming and play style
    "Console game players", "Mobile casual game players", "Competitive shooter players",
    "Competitive ranked players", "Esports pass & tournament viewers",
    "Completionists & achievement hunters", "Retro & emulation collectors",
    "Handheld & cloud gamers", "Anime-style gacha players", "Fantasy RPG & MMO players",
    "Game streamers & clip creators", "Premium edition & collector's box buyers",
    # tech
    "VR headset players", "High-end PC rig gamers", "Modders & game creators",
    "Programming & puzzle game players", "Factory & automation game players",
    "PC strategy & 4X players",
    # money and work
    "Business & tycoon sim players", "Trading & economy sim players",
    "Web3 & NFT game players", "Life sim & house building players",
    # food
    "Restaurant & cooking game players", "Farming & homestead sim players",
    # travel and driving
    "Flight simulator players", "Open-world exploration players",
    "Geography & map quiz players", "Truck & driving sim players",
    # music
    "Rhythm & music game players", "In-game concert attendees",
    "Rocksmith & instrument game players",
    # green and animals
    "City builder & eco-sim players", "Pet & animal sim players",
    # cars
    "Arcade racing players", "Sim racing & F1 game players",
    "Car mechanic & tuning sim players",
    # sport
    "Football game players", "Basketball game players", "Golf & tennis game players",
    "Skate, snow & extreme sports game players", "Sports management sim players",
    # home
    "Sandbox & crafting players", "Home design & makeover game players",
    # screen and stories
    "Licensed film & TV game players", "Narrative & choice adventure players",
    # learning
    "Educational & brain-training players", "Word & trivia game players",
    "Space & science sim players", "Historical strategy players",
    # outdoors
    "Survival & crafting players", "Fishing & hunting sim players",
    "Climbing & mountain game players",
    # photography and art
    "Photo mode & virtual photographers", "Creative & art game players",
    "Machinima & replay editors", "Horror & thriller game players",
)

# Latent interest -> the player audiences a follower holding it is reported under (none for
# four interests no game shows).
REPORTS: dict[str, str] = {
    # parenting
    "Toys, Children & Baby": "Family & kids' game players; Kids' sandbox & Roblox players",
    "Parenting & Family": "Family & kids' game players",
    "Friends, Family & Relationships": "Party & couch co-op players;"
                                       " Visual novel & dating sim players",
    "Pregnancy & Maternity": "",
    # fitness
    "Fitness & Gym": "Fitness & exergame players; VR workout players",
    "Healthy Lifestyle": "Fitness & exergame players",
    "Sports Nutrition & Supplements": "Energy drink & snack promo redeemers",
    "Activewear": "Branded fashion skin buyers; Fitness & exergame players",
    "Running & Marathons": "Zwift & virtual race players; VR workout players",
    # wellness
    "Yoga & Pilates": "Fitness & exergame players; Cozy & relaxation game players",
    "Meditation & Mindfulness": "Cozy & relaxation game players",
    "Alternative Medicine": "",
    "Spirituality & Astrology": "Fantasy RPG & MMO players; Cozy & relaxation game players",
    # beauty
    "Beauty & Cosmetics": "Makeover & fashion game players",
    "Skincare": "Makeover & fashion game players",
    "Hair Care & Styling": "Makeover & fashion game players; Avatar & character customisers",
    "Fragrances & Perfume": "",
    "Nail Art": "Makeover & fashion game players",
    # fashion
    "Clothes, Shoes, Handbags & Accessories": "Avatar & character customisers;"
                                              " Makeover & fashion game players",
    "Jewellery & Watches": "Branded fashion skin buyers",
    "Streetwear & Sneakers": "Branded fashion skin buyers",
    "Shopping & Retail": "Business & tycoon sim players; Mobile casual game players",
    # gaming
    "Gaming": "Console game players; Mobile casual game players;"
              " Completionists & achievement hunters",
    "Esports": "Competitive ranked players; Esports pass & tournament viewers",
    "PC & Console Gaming": "Competitive shooter players; Console game players;"
                           " PC strategy & 4X players",
    "Anime & Manga": "Anime-style gacha players; Fantasy RPG & MMO players",
    "Streaming & Live Video": "Game streamers & clip creators",
    # tech
    "Electronics & Computers": "High-end PC rig gamers; VR headset players",
    "Mobile Phones & Gadgets": "Handheld & cloud gamers; Mobile casual game players",
    "Software & Programming": "Modders & game creators; Programming & puzzle game players",
    "Artificial Intelligence & Data": "Factory & automation game players;"
                                      " PC strategy & 4X players",
    # finance
    "Business & Careers": "Business & tycoon sim players",
    "Personal Finance & Investing": "Trading & economy sim players",
    "Cryptocurrency & Blockchain": "Web3 & NFT game players",
    "Real Estate": "Life sim & house building players",
    "Entrepreneurship": "Business & tycoon sim players; Trading & economy sim players",
    # food
    "Restaurants, Food & Grocery": "Restaurant & cooking game players;"
                                   " Energy drink & snack promo redeemers",
    "Cooking & Recipes": "Restaurant & cooking game players",
    "Coffee, Tea & Beverages": "Energy drink & snack promo redeemers;"
                               " Cozy & relaxation game players",
    "Beer, Wine & Spirits": "Party & couch co-op players",
    "Vegan & Vegetarian Food": "Farming & homestead sim players",
    # travel
    "Travel, Tourism & Aviation": "Flight simulator players; Open-world exploration players",
    "Hotels & Resorts": "Business & tycoon sim players",
    "Backpacking & Budget Travel": "Open-world exploration players;"
                                   " Geography & map quiz players",
    "Road Trips & Vanlife": "Truck & driving sim players",
    # music
    "Music": "Rhythm & music game players",
    "Concerts & Festivals": "In-game concert attendees",
    "Hip Hop & Rap": "In-game concert attendees; Rhythm & music game players",
    "Musical Instruments": "Rocksmith & instrument game players;"
                           " Rhythm & music game players",
    "K-Pop": "In-game concert attendees; Rhythm & music game players",
    # sustainability
    "Sustainability & Environment": "City builder & eco-sim players",
    "Zero Waste & Recycling": "City builder & eco-sim players",
    "Organic & Natural Products": "",
    "Renewable Energy & Electric Vehicles": "City builder & eco-sim players;"
                                            " Factory & automation game players",
    # pets
    "Pets": "Pet & animal sim players",
    "Dogs & Puppies": "Pet & animal sim players",
    "Cats & Kittens": "Pet & animal sim players; Cozy & relaxation game players",
    "Pet Food & Supplies": "Pet & animal sim players",
    # cars
    "Cars & Motorbikes": "Arcade racing players; Car mechanic & tuning sim players",
    "Motorsport & Racing": "Sim racing & F1 game players",
    "Car Tuning & Modification": "Car mechanic & tuning sim players; Arcade racing players",
    "Auto Parts & Accessories": "Car mechanic & tuning sim players",
    # sports
    "Sports": "Golf & tennis game players; Sports management sim players",
    "Football & Soccer": "Football game players; Sports management sim players",
    "Basketball": "Basketball game players",
    "Cycling": "Zwift & virtual race players",
    "Extreme Sports": "Skate, snow & extreme sports game players",
    # home
    "Home Decor, Furniture & Garden": "Life sim & house building players;"
                                      " Home design & makeover game players",
    "DIY & Crafts": "Sandbox & crafting players; Home design & makeover game players",
    "Gardening & Plants": "Farming & homestead sim players",
    "Interior Design & Architecture": "Home design & makeover game players;"
                                      " City builder & eco-sim players",
    # entertainment
    "Television & Film": "Licensed film & TV game players; Horror & thriller game players",
    "Celebrities & Pop Culture": "In-game concert attendees; Licensed film & TV game players",
    "Comedy & Memes": "Party & couch co-op players",
    "Theatre & Performing Arts": "Narrative & choice adventure players",
    # education
    "Books & Literature": "Narrative & choice adventure players;"
                          " Visual novel & dating sim players",
    "Education & Learning": "Educational & brain-training players;"
                            " Kids' sandbox & Roblox players",
    "Science": "Space & science sim players",
    "History & Culture": "Historical strategy players; Retro & emulation collectors",
    "Languages & Linguistics": "Word & trivia game players",
    # luxury
    "Luxury Goods": "Branded fashion skin buyers; Premium edition & collector's box buyers",
    "Luxury Travel": "Open-world exploration players",
    "Fine Dining": "Restaurant & cooking game players",
    "Designer Fashion": "Branded fashion skin buyers; Makeover & fashion game players",
    # outdoor
    "Camping & Hiking": "Survival & crafting players; Open-world exploration players",
    "Fishing & Hunting": "Fishing & hunting sim players",
    "Mountaineering & Climbing": "Climbing & mountain game players;"
                                 " Survival & crafting players",
    "Outdoor Gear & Equipment": "Survival & crafting players; Fishing & hunting sim players",
    # photography
    "Camera & Photography": "Photo mode & virtual photographers",
    "Art & Design": "Creative & art game players; Modders & game creators",
    "Drawing & Illustration": "Creative & art game players",
    "Film Making & Video Editing": "Machinima & replay editors;"
                                   " Photo mode & virtual photographers",
}

# niche -> {phrase: the latent interests whose holders are the phrase's audience}, written as
# a planner briefs a games platform: titles, franchises and modes played, hours and ranks, and
# what people buy or attend in the game.
PHRASES: dict[str, dict[str, str]] = {
    "parenting": {
        "parents who play Mario Kart and Just Dance with their kids": "Parenting & Family;"
                                                                      " Toys, Children & Baby",
        "under-12s building obbies on Roblox": "Toys, Children & Baby",
        "couples who play It Takes Two together": "Friends, Family & Relationships",
        "households running a Nintendo Switch family group": "Parenting & Family",
        "expecting parents playing calm puzzle games on late feeds": "Pregnancy & Maternity;"
                                                                     " Parenting & Family",
    },
    "fitness": {
        "Ring Fit Adventure players who finished the campaign": "Fitness & Gym;"
                                                                " Healthy Lifestyle",
        "Beat Saber and Supernatural subscribers on Quest": "Fitness & Gym",
        "runners who train on Zwift Run in winter": "Running & Marathons",
        "gamers who redeem G Fuel and Monster codes": "Sports Nutrition & Supplements",
        "players who bought the Nike and Adidas sneaker packs": "Activewear;"
                                                                " Streetwear & Sneakers",
        "people who play Wii Fit to stay in shape": "Healthy Lifestyle",
    },
    "wellness": {
        "players of Unpacked, Flower and other calm games": "Meditation & Mindfulness",
        "VR players who open TRIPP for a breathing session": "Meditation & Mindfulness;"
                                                             " Yoga & Pilates",
        "tarot and astrology mini-game fans in Genshin events": "Spirituality & Astrology",
        "players who use Fitness Boxing for a morning stretch": "Yoga & Pilates;"
                                                                " Healthy Lifestyle",
        "gamers who swear by herbal remedies for long sessions": "Alternative Medicine;"
                                                                  " PC & Console Gaming",
    },
    "beauty": {
        "players of Covet Fashion and Love Nikki": "Beauty & Cosmetics;"
                                                  " Clothes, Shoes, Handbags & Accessories",
        "teen girls playing salon and makeup apps": "Beauty & Cosmetics",
        "Sims players who download custom hair and skin packs": "Hair Care & Styling;"
                                                                " Skincare",
        "nail salon simulator players": "Nail Art",
        "Gucci Garden visitors on Roblox who collect fragrance drops": "Fragrances & Perfume;"
                                                                      " Designer Fashion",
    },
    "fashion": {
        "buyers of the Balenciaga Fortnite outfits": "Designer Fashion; Streetwear & Sneakers",
        "Dress to Impress players on Roblox": "Clothes, Shoes, Handbags & Accessories",
        "players who bought the Cartier or Tag Heuer in-game watches":
            "Jewellery & Watches",
        "sneakerheads collecting Jordan skins in NBA 2K": "Streetwear & Sneakers; Basketball",
        "players of Supermarket Simulator and shop tycoons": "Shopping & Retail",
    },
    "gaming": {
        "PS5 owners with more than 200 trophies": "Gaming",
        "Valorant and Counter-Strike 2 ranked players": "Esports",
        "League of Legends Worlds pass buyers": "Esports",
        "Genshin Impact and Honkai: Star Rail spenders": "Anime & Manga",
        "Candy Crush and Royal Match daily players": "Gaming",
        "Twitch streamers who clip their Fortnite wins": "Streaming & Live Video",
    },
    "tech": {
        "Steam users with an RTX 4090 rig": "Electronics & Computers",
        "Steam Deck and Xbox Cloud players": "Mobile Phones & Gadgets",
        "Nexus Mods authors and Roblox Studio developers": "Software & Programming",
        "Zachtronics and Human Resource Machine fans": "Software & Programming",
        "Factorio and Satisfactory players optimising megabases": "Artificial Intelligence"
                                                                   " & Data",
        "Meta Quest 3 owners who play daily": "Electronics & Computers",
    },
    "finance": {
        "Capitalism Lab and Big Ambitions players": "Business & Careers; Entrepreneurship",
        "EVE Online traders who play the market": "Personal Finance & Investing",
        "Axie Infinity and Sorare players": "Cryptocurrency & Blockchain",
        "Sims 4 players who build houses to flip": "Real Estate",
        "Stock Market Game and Wall Street sim fans": "Personal Finance & Investing;"
                                                      " Business & Careers",
    },
    "food": {
        "Overcooked and Cooking Mama players": "Cooking & Recipes",
        "Stardew Valley farmers who grow every crop": "Gardening & Plants",
        "players who redeem Domino's and KFC in-game offers": "Restaurants, Food & Grocery",
        "Coffee Talk and Venba players": "Coffee, Tea & Beverages; Cooking & Recipes",
        "Jackbox night hosts who play with a beer": "Beer, Wine & Spirits;"
                                                    " Friends, Family & Relationships",
        "Michelin-star chef sim players": "Fine Dining; Cooking & Recipes",
    },
    "travel": {
        "Microsoft Flight Simulator pilots flying real routes": "Travel, Tourism & Aviation",
        "GeoGuessr players with a world-map rating": "Backpacking & Budget Travel",
        "Euro Truck Simulator and American Truck Simulator drivers": "Road Trips & Vanlife",
        "Planet Coaster and Two Point Hotel managers": "Hotels & Resorts; Business & Careers",
        "players who explore every corner of Forza Horizon's map": "Travel, Tourism &"
                                                                   " Aviation",
    },
    "music": {
        "Travis Scott and Ariana Grande Fortnite concert attendees": "Concerts & Festivals;"
                                                                    " Hip Hop & Rap",
        "Rocksmith+ subscribers learning guitar": "Musical Instruments",
        "Beat Saber custom-song mappers": "Music",
        "BLACKPINK in-game event players on PUBG Mobile": "K-Pop",
        "Guitar Hero and Rock Band veterans": "Music; Musical Instruments",
        "rap battle and beat-making game players": "Hip Hop & Rap",
    },
    "sustainability": {
        "Terra Nil and Cities: Skylines eco-district builders": "Sustainability & Environment",
        "players of recycling and clean-up games for kids": "Zero Waste & Recycling;"
                                                             " Toys, Children & Baby",
        "Factorio players who run a solar-only base": "Renewable Energy & Electric Vehicles",
        "Eco and Frostpunk climate-strategy fans": "Sustainability & Environment",
        "gamers who buy organic snacks for raid nights": "Organic & Natural Products;"
                                                           " Restaurants, Food & Grocery",
    },
    "pets": {
        "Nintendogs and Petz players": "Dogs & Puppies",
        "Stray and Little Kitty, Big City players": "Cats & Kittens",
        "Animal Crossing villagers who breed pets": "Pets",
        "Adopt Me! players on Roblox": "Pets; Toys, Children & Baby",
        "players who redeemed a Purina pet-sim bundle": "Pet Food & Supplies",
    },
    "cars": {
        "Gran Turismo 7 and iRacing licence holders": "Motorsport & Racing",
        "F1 24 career-mode players": "Motorsport & Racing",
        "Car Mechanic Simulator players rebuilding engines": "Auto Parts & Accessories;"
                                                            " Car Tuning & Modification",
        "Need for Speed Unbound tuners": "Car Tuning & Modification",
        "Forza Horizon car collectors": "Cars & Motorbikes",
        "Ride 5 motorbike racers": "Cars & Motorbikes; Motorsport & Racing",
    },
    "sports": {
        "EA Sports FC Ultimate Team grinders": "Football & Soccer",
        "NBA 2K MyCareer players": "Basketball",
        "Football Manager save-game obsessives": "Football & Soccer; Sports",
        "PGA Tour 2K and Top Spin players": "Sports",
        "Skate and Tony Hawk's Pro Skater players": "Extreme Sports",
        "Zwift racers in the Tour de Zwift": "Cycling",
    },
    "home": {
        "House Flipper and Design Home players": "Interior Design & Architecture;"
                                                 " Home Decor, Furniture & Garden",
        "Minecraft builders with survival worlds of redstone": "DIY & Crafts",
        "Animal Crossing islanders who landscape their gardens": "Gardening & Plants;"
                                                                 " Home Decor, Furniture & Garden",
        "Sims 4 build-mode architects": "Interior Design & Architecture",
        "PowerWash Simulator players": "DIY & Crafts",
    },
    "entertainment": {
        "Hogwarts Legacy and Marvel's Spider-Man players": "Television & Film",
        "Detroit: Become Human and Life is Strange players": "Theatre & Performing Arts;"
                                                             " Books & Literature",
        "players who joined the Fortnite Star Wars season": "Television & Film;"
                                                            " Celebrities & Pop Culture",
        "Goat Simulator and Fall Guys players who stream for laughs": "Comedy & Memes;"
                                                                      " Streaming & Live Video",
        "Kim Kardashian: Hollywood players": "Celebrities & Pop Culture",
    },
    "education": {
        "Brain Age and Lumosity streak keepers": "Education & Learning",
        "Kerbal Space Program players who reached Mun": "Science",
        "Civilization VI and Total War players": "History & Culture",
        "Wordle and Words With Friends players": "Languages & Linguistics",
        "Minecraft Education classroom players": "Education & Learning;"
                                                 " Toys, Children & Baby",
        "Disco Elysium and 80 Days readers": "Books & Literature",
    },
    "luxury": {
        "buyers of the Louis Vuitton League of Legends capsule": "Luxury Goods;"
                                                                 " Designer Fashion",
        "players who pre-order every collector's edition": "Luxury Goods",
        "players who sail yachts around Forza Horizon's Monaco": "Luxury Travel",
        "Michelin restaurant builders in Chef Life": "Fine Dining",
        "Burberry and Moncler skin collectors on Roblox": "Designer Fashion",
    },
    "outdoor": {
        "The Long Dark and Valheim survivors": "Camping & Hiking; Outdoor Gear & Equipment",
        "theHunter: Call of the Wild players": "Fishing & Hunting",
        "Call of the Wild: The Angler players": "Fishing & Hunting",
        "Jusant and Cairn climbers": "Mountaineering & Climbing",
        "Death Stranding porters who plan every route": "Camping & Hiking",
        "players of The Forest who carry every tool": "Outdoor Gear & Equipment",
    },
    "photography": {
        "Ghost of Tsushima photo-mode shooters": "Camera & Photography",
        "Pokémon Snap players": "Camera & Photography",
        "Art Academy and Dreams creators": "Drawing & Illustration; Art & Design",
        "Rockstar Editor and replay-cinematic makers": "Film Making & Video Editing",
        "Roblox UGC item designers": "Art & Design",
        "Passpartout painters": "Drawing & Illustration",
    },
}

# Hand-written evaluation segments (keyword arguments of ``segments._seg``). Age and country
# are deliberately correlated in players-roblox-kids-us, players-ranked-students-kr and
# players-retired-pilots-gb; players-hard-* use phrases whose interests no game shows or
# reach genres and purchases that gather several niches.
FIXED_SEGMENTS: tuple[dict[str, Any], ...] = (
    dict(id="players-roblox-kids-us", name="Roblox and Switch kids 13-17 in the US",
         description="""American teenagers building on Roblox, adopting pets and playing
         Mario Kart with family.""",
         ages=["13-17"],
         interests=["under-12s building obbies on Roblox", "Adopt Me! players on Roblox",
                    "parents who play Mario Kart and Just Dance with their kids"],
         countries=["US"], filters={"platforms": ["youtube", "tiktok"]}),
    dict(id="players-ranked-students-kr", name="Ranked PC players 18-24 in South Korea",
         description="""Korean students grinding Valorant ranks, buying the Worlds pass and
         running an RTX rig.""",
         ages=["18-24"],
         interests=["Valorant and Counter-Strike 2 ranked players",
                    "League of Legends Worlds pass buyers",
                    "Steam users with an RTX 4090 rig"],
         countries=["KR"], filters={"platforms": ["twitch", "youtube"]}),
    dict(id="players-retired-pilots-gb", name="Flight and strategy sim players 55+ in the UK",
         description="""British retirees flying real routes in Flight Simulator and playing
         Civilization and Football Manager.""",
         ages=["55-64", "65+"],
         interests=["Microsoft Flight Simulator pilots flying real routes",
                    "Civilization VI and Total War players",
                    "Football Manager save-game obsessives"],
         countries=["GB"], filters={"platforms": ["youtube", "x"]}),
    dict(id="players-exergamers-jp", name="Exergame players 25-44 in Japan",
         description="""Japanese adults who finished Ring Fit, box in the morning and play
         Wii Fit.""",
         ages=["25-34", "35-44"],
         interests=["Ring Fit Adventure players who finished the campaign",
                    "players who use Fitness Boxing for a morning stretch",
                    "people who play Wii Fit to stay in shape"],
         countries=["JP"], languages=["ja"]),
    dict(id="players-gacha-sea", name="Gacha and MMO players 18-34 in South-East Asia",
         description="""Genshin and Star Rail spenders in the Philippines, Indonesia and
         Thailand who also join BLACKPINK events.""",
         ages=["18-24", "25-34"],
         interests=["Genshin Impact and Honkai: Star Rail spenders",
                    "BLACKPINK in-game event players on PUBG Mobile",
                    "tarot and astrology mini-game fans in Genshin events"],
         countries={"PH": 1.0, "ID": 0.8, "TH": 0.6}),
    dict(id="players-sim-racers-de-nl", name="Sim racers, men 25-54 in Germany and the "
         "Netherlands", description="""Men with a Gran Turismo licence, an F1 career save and
         a rebuilt engine in Car Mechanic Simulator.""",
         ages=["25-34", "35-44", "45-54"],
         interests=["Gran Turismo 7 and iRacing licence holders",
                    "F1 24 career-mode players",
                    "Car Mechanic Simulator players rebuilding engines"],
         genders=["male"], countries={"DE": 1.0, "NL": 0.6}),
    dict(id="players-football-br-ar", name="Football gamers 18-34 in Brazil and Argentina",
         description="""Ultimate Team grinders and Football Manager obsessives who redeem
         energy-drink codes.""",
         ages=["18-24", "25-34"],
         interests=["EA Sports FC Ultimate Team grinders",
                    "Football Manager save-game obsessives",
                    "gamers who redeem G Fuel and Monster codes"],
         countries={"BR": 1.0, "AR": 0.7}),
    dict(id="players-cozy-farmers-us-ca", name="Cozy farming players, women 25-44 in the US "
         "and Canada", description="""Stardew farmers, Animal Crossing gardeners and calm-game
         players.""",
         ages=["25-34", "35-44"],
         interests=["Stardew Valley farmers who grow every crop",
                    "Animal Crossing islanders who landscape their gardens",
                    "players of Unpacked, Flower and other calm games"],
         genders=["female"], countries={"US": 1.0, "CA": 0.4},
         filters={"platforms": ["instagram", "tiktok"]}),
    dict(id="players-builders-nordics", name="Builders and factory players 18-44 in the "
         "Nordics", description="""Minecraft redstone builders, Factorio megabase optimisers
         and eco-district planners.""",
         ages=["18-24", "25-34", "35-44"],
         interests=["Minecraft builders with survival worlds of redstone",
                    "Factorio and Satisfactory players optimising megabases",
                    "Terra Nil and Cities: Skylines eco-district builders"],
         countries={"SE": 1.0, "NO": 0.6, "DK": 0.6, "FI": 0.6}),
    dict(id="players-hoops-us", name="Basketball gamers 13-24 in the US",
         description="""NBA 2K MyCareer players who collect Jordan skins.""",
         ages=["13-17", "18-24"],
         interests=["NBA 2K MyCareer players",
                    "sneakerheads collecting Jordan skins in NBA 2K"],
         countries=["US"], filters={"platforms": ["tiktok", "twitch"]}),
    dict(id="players-rhythm-fr-be", name="Rhythm and music game players 18-34 in France and "
         "Belgium", description="""Beat Saber mappers, Guitar Hero veterans and Rocksmith+
         learners.""",
         ages=["18-24", "25-34"],
         interests=["Beat Saber custom-song mappers", "Guitar Hero and Rock Band veterans",
                    "Rocksmith+ subscribers learning guitar"],
         countries={"FR": 1.0, "BE": 0.6}, languages=["fr"]),
    dict(id="players-makeover-women-mx-es", name="Makeover and fashion game players, women "
         "18-34 in Mexico and Spain", description="""Covet Fashion and Dress to Impress
         players who download custom hair packs.""",
         ages=["18-24", "25-34"],
         interests=["players of Covet Fashion and Love Nikki",
                    "Dress to Impress players on Roblox",
                    "Sims players who download custom hair and skin packs"],
         genders=["female"], countries={"MX": 1.0, "ES": 0.7}, languages=["es"]),
    dict(id="players-survival-ca-nz", name="Survival and outdoor game players 25-44 in "
         "Canada and New Zealand", description="""The Long Dark survivors, theHunter players
         and virtual climbers.""",
         ages=["25-34", "35-44"],
         interests=["The Long Dark and Valheim survivors",
                    "theHunter: Call of the Wild players", "Jusant and Cairn climbers"],
         countries={"CA": 1.0, "NZ": 0.6}, filters={"followers": {"max": 500000}}),
    dict(id="players-story-readers-gb-ie", name="Narrative game players 25-44 in the UK "
         "and Ireland", description="""Players of Life is Strange, Disco Elysium and Hogwarts
         Legacy.""",
         ages=["25-34", "35-44"],
         interests=["Detroit: Become Human and Life is Strange players",
                    "Disco Elysium and 80 Days readers",
                    "Hogwarts Legacy and Marvel's Spider-Man players"],
         countries={"GB": 1.0, "IE": 0.5}),
    dict(id="players-virtual-photographers-it-de", name="Virtual photographers and "
         "replay editors 18-44 in Italy and Germany", description="""Photo-mode shooters,
         Rockstar Editor cinematographers and Dreams creators.""",
         ages=["18-24", "25-34", "35-44"],
         interests=["Ghost of Tsushima photo-mode shooters",
                    "Rockstar Editor and replay-cinematic makers",
                    "Art Academy and Dreams creators"],
         countries={"IT": 1.0, "DE": 0.8}, filters={"platforms": ["instagram", "youtube"]}),
    dict(id="players-tycoons-in", name="Tycoon and trading sim players 18-34 in India",
         description="""Indian players of business tycoons, EVE traders and shop
         simulators.""",
         ages=["18-24", "25-34"],
         interests=["Capitalism Lab and Big Ambitions players",
                    "EVE Online traders who play the market",
                    "players of Supermarket Simulator and shop tycoons"],
         countries=["IN"], languages=["en"]),
    dict(id="players-hard-luxury-skins-ae-fr", name="Luxury skin buyers 18-34 in the UAE "
         "and France", description="""Buyers of Balenciaga, Louis Vuitton and Burberry skins:
         one skins label gathers streetwear, designer fashion, jewellery and luxury goods.""",
         ages=["18-24", "25-34"],
         interests=["buyers of the Balenciaga Fortnite outfits",
                    "buyers of the Louis Vuitton League of Legends capsule",
                    "Burberry and Moncler skin collectors on Roblox"],
         countries={"AE": 1.0, "FR": 0.8}, filters={"min_credibility": 0.7}),
    dict(id="players-hard-no-game-shows-it", name="Perfume drops, herbal remedies and "
         "organic snacks 18-44 in Italy", description="""Players whose interests mostly no
         game shows: fragrance drops, herbal remedies for long sessions and organic raid
         snacks.""",
         ages=["18-24", "25-34", "35-44"],
         interests=["Gucci Garden visitors on Roblox who collect fragrance drops",
                    "gamers who swear by herbal remedies for long sessions",
                    "gamers who buy organic snacks for raid nights"],
         countries=["IT"], languages=["it"]),
    dict(id="players-hard-concerts-us-kr", name="In-game concert-goers 13-34 in the US and "
         "South Korea", description="""Fortnite concert attendees, BLACKPINK event players
         and Fortnite Star Wars season players: one concert label gathers festivals, hip-hop,
         K-pop and celebrities.""",
         ages=["13-17", "18-24", "25-34"],
         interests=["Travis Scott and Ariana Grande Fortnite concert attendees",
                    "BLACKPINK in-game event players on PUBG Mobile",
                    "players who joined the Fortnite Star Wars season"],
         countries={"US": 1.0, "KR": 0.8}, filters={"platforms": ["tiktok", "instagram"]}),
    dict(id="players-hard-parents-au", name="Parents and expecting parents 25-44 in "
         "Australia", description="""Expecting parents on late feeds, couples playing It Takes
         Two and Switch family groups: pregnancy leaves no game trace.""",
         ages=["25-34", "35-44"],
         interests=["expecting parents playing calm puzzle games on late feeds",
                    "couples who play It Takes Two together",
                    "households running a Nintendo Switch family group"],
         countries=["AU"]),
)
