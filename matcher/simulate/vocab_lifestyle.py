"""Held-out vocabulary ``lifestyle``: a segmentation provider's lifestyle personas.

Modelled on geodemographic and psychographic segmentation systems (in the style of Experian
Mosaic, Claritas PRIZM or Acxiom PersonicX): every person is scored against a few dozen named
personas, and a provider reports who belongs to which persona, never the interest itself. So
labels are evocative names of kinds of people ("Weekend Adventurers", "Budget-Conscious
Families", "Early Tech Adopters", "Culture Vultures"), broad and overlapping: one latent
interest puts a follower into one to three personas (yoga into "Mindful Seekers",
"Athleisure Trendsetters" and "Self-Care Enthusiasts"; cryptocurrency into "Risk-Taking
Investors", "Early Tech Adopters" and "Self-Made Hustlers"), and most personas gather
interests from unrelated niches ("Gen Z Trendsetters": sneakers, K-pop, hip-hop, basketball and
memes; "Garage Tinkerers": electronics, car tuning and car parts; "Creative Makers": crafts,
instruments, drawing and art). A few personas are narrow ("Active Dog Owners", "Green Thumbs",
"Happy-Hour Regulars"). Nail art and anime have no persona at all: a segmentation model built
from household and purchase data does not see them. Phrases are written the way a brand's
planner describes a target group in a brief: kinds of people, life stages, habits and a few
labels of slang.

Written blind (without reading the matcher, its interest-matching notes or its results),
before any tuning or measurement of the matcher on it; it must not be adjusted to the
matcher's results. Strings are ";"-separated lists.
"""

from __future__ import annotations

from typing import Any

NAME = "lifestyle"
DESCRIPTION = ("Geodemographic / psychographic segmentation style: about 55 lifestyle personas "
               "(named kinds of people); one latent interest counts toward one to three "
               "personas, most personas span unrelated niches, two interests have none.")

LABELS: tuple[str, ...] = (
    # life stage and family
    "Nesting Newlyweds", "Busy Young Families", "Budget-Conscious Families",
    "Suburban Sports Parents", "Social Butterflies",
    # body and mind
    "Gym Devotees", "Health-First Achievers", "Athleisure Trendsetters",
    "Endurance Enthusiasts", "Mindful Seekers", "Natural Living Advocates",
    "Self-Care Enthusiasts",
    # looks and shopping
    "Beauty Mavens", "Style-Conscious Shoppers", "Deal Hunters", "Gen Z Trendsetters",
    # screens and technology
    "Hardcore Gamers", "Digital Natives", "Early Tech Adopters", "Tech Professionals",
    # work and money
    "Career Climbers", "Self-Made Hustlers", "Prudent Planners", "Risk-Taking Investors",
    "Aspiring Homeowners",
    # food and drink
    "Kitchen Creatives", "Urban Foodies", "Happy-Hour Regulars", "Café Culture Urbanites",
    "Plant-Based Pioneers",
    # travel and going out
    "Globetrotters", "Jet-Set Elite", "Free-Spirited Wanderers", "Weekend Adventurers",
    "Music Devotees", "Live Event Chasers",
    # values
    "Eco-Conscious Consumers",
    # animals, cars, sport
    "Devoted Pet Parents", "Active Dog Owners", "Car Enthusiasts", "Garage Tinkerers",
    "Armchair Sports Fans", "Adrenaline Seekers", "Country Sportsmen",
    # home
    "Home Improvers", "Green Thumbs", "Design-Savvy Nesters",
    # culture and media
    "Binge Watchers", "Pop Culture Junkies", "Culture Vultures", "Lifelong Learners",
    # affluence
    "Affluent Connoisseurs",
    # creativity
    "Creative Makers", "Aspiring Creators", "Visual Storytellers",
)

# Latent interest -> the personas a follower holding it is counted in (none for two interests
# a segmentation model does not see).
REPORTS: dict[str, str] = {
    # parenting
    "Toys, Children & Baby": "Busy Young Families; Budget-Conscious Families",
    "Parenting & Family": "Busy Young Families; Suburban Sports Parents",
    "Friends, Family & Relationships": "Social Butterflies; Nesting Newlyweds",
    "Pregnancy & Maternity": "Nesting Newlyweds; Busy Young Families",
    # fitness
    "Fitness & Gym": "Gym Devotees; Health-First Achievers",
    "Healthy Lifestyle": "Health-First Achievers; Self-Care Enthusiasts",
    "Sports Nutrition & Supplements": "Gym Devotees",
    "Activewear": "Athleisure Trendsetters; Gym Devotees",
    "Running & Marathons": "Endurance Enthusiasts; Health-First Achievers",
    # wellness
    "Yoga & Pilates": "Mindful Seekers; Athleisure Trendsetters; Self-Care Enthusiasts",
    "Meditation & Mindfulness": "Mindful Seekers; Self-Care Enthusiasts",
    "Alternative Medicine": "Natural Living Advocates; Mindful Seekers",
    "Spirituality & Astrology": "Mindful Seekers",
    # beauty
    "Beauty & Cosmetics": "Beauty Mavens; Style-Conscious Shoppers",
    "Skincare": "Beauty Mavens; Self-Care Enthusiasts",
    "Hair Care & Styling": "Beauty Mavens",
    "Fragrances & Perfume": "Beauty Mavens; Affluent Connoisseurs",
    "Nail Art": "",
    # fashion
    "Clothes, Shoes, Handbags & Accessories": "Style-Conscious Shoppers",
    "Jewellery & Watches": "Style-Conscious Shoppers; Affluent Connoisseurs",
    "Streetwear & Sneakers": "Gen Z Trendsetters; Athleisure Trendsetters",
    "Shopping & Retail": "Deal Hunters; Style-Conscious Shoppers; Budget-Conscious Families",
    # gaming
    "Gaming": "Hardcore Gamers; Digital Natives",
    "Esports": "Hardcore Gamers; Armchair Sports Fans",
    "PC & Console Gaming": "Hardcore Gamers; Early Tech Adopters",
    "Anime & Manga": "",
    "Streaming & Live Video": "Digital Natives; Aspiring Creators",
    # tech
    "Electronics & Computers": "Early Tech Adopters; Garage Tinkerers",
    "Mobile Phones & Gadgets": "Early Tech Adopters; Digital Natives",
    "Software & Programming": "Tech Professionals",
    "Artificial Intelligence & Data": "Tech Professionals; Early Tech Adopters",
    # finance
    "Business & Careers": "Career Climbers; Tech Professionals",
    "Personal Finance & Investing": "Prudent Planners; Risk-Taking Investors",
    "Cryptocurrency & Blockchain": "Risk-Taking Investors; Early Tech Adopters;"
                                   " Self-Made Hustlers",
    "Real Estate": "Aspiring Homeowners; Self-Made Hustlers; Prudent Planners",
    "Entrepreneurship": "Self-Made Hustlers; Career Climbers",
    # food
    "Restaurants, Food & Grocery": "Urban Foodies; Social Butterflies",
    "Cooking & Recipes": "Kitchen Creatives; Budget-Conscious Families",
    "Coffee, Tea & Beverages": "Café Culture Urbanites",
    "Beer, Wine & Spirits": "Happy-Hour Regulars; Urban Foodies",
    "Vegan & Vegetarian Food": "Plant-Based Pioneers; Kitchen Creatives",
    # travel
    "Travel, Tourism & Aviation": "Globetrotters",
    "Hotels & Resorts": "Globetrotters; Jet-Set Elite",
    "Backpacking & Budget Travel": "Free-Spirited Wanderers; Deal Hunters",
    "Road Trips & Vanlife": "Free-Spirited Wanderers; Weekend Adventurers",
    # music
    "Music": "Music Devotees",
    "Concerts & Festivals": "Live Event Chasers; Free-Spirited Wanderers",
    "Hip Hop & Rap": "Music Devotees; Gen Z Trendsetters",
    "Musical Instruments": "Music Devotees; Creative Makers",
    "K-Pop": "Gen Z Trendsetters; Pop Culture Junkies",
    # sustainability
    "Sustainability & Environment": "Eco-Conscious Consumers",
    "Zero Waste & Recycling": "Eco-Conscious Consumers; Natural Living Advocates",
    "Organic & Natural Products": "Natural Living Advocates; Plant-Based Pioneers",
    "Renewable Energy & Electric Vehicles": "Eco-Conscious Consumers; Early Tech Adopters",
    # pets
    "Pets": "Devoted Pet Parents",
    "Dogs & Puppies": "Devoted Pet Parents; Active Dog Owners",
    "Cats & Kittens": "Devoted Pet Parents",
    "Pet Food & Supplies": "Devoted Pet Parents",
    # cars
    "Cars & Motorbikes": "Car Enthusiasts",
    "Motorsport & Racing": "Car Enthusiasts; Armchair Sports Fans; Adrenaline Seekers",
    "Car Tuning & Modification": "Car Enthusiasts; Garage Tinkerers",
    "Auto Parts & Accessories": "Garage Tinkerers",
    # sports
    "Sports": "Armchair Sports Fans",
    "Football & Soccer": "Armchair Sports Fans; Suburban Sports Parents",
    "Basketball": "Armchair Sports Fans; Gen Z Trendsetters",
    "Cycling": "Endurance Enthusiasts; Weekend Adventurers",
    "Extreme Sports": "Adrenaline Seekers; Weekend Adventurers",
    # home
    "Home Decor, Furniture & Garden": "Home Improvers; Design-Savvy Nesters",
    "DIY & Crafts": "Home Improvers; Creative Makers",
    "Gardening & Plants": "Green Thumbs; Home Improvers",
    "Interior Design & Architecture": "Design-Savvy Nesters; Aspiring Homeowners",
    # entertainment
    "Television & Film": "Binge Watchers",
    "Celebrities & Pop Culture": "Pop Culture Junkies",
    "Comedy & Memes": "Binge Watchers; Digital Natives; Gen Z Trendsetters",
    "Theatre & Performing Arts": "Culture Vultures; Live Event Chasers",
    # education
    "Books & Literature": "Lifelong Learners; Culture Vultures",
    "Education & Learning": "Lifelong Learners",
    "Science": "Lifelong Learners",
    "History & Culture": "Culture Vultures; Lifelong Learners",
    "Languages & Linguistics": "Lifelong Learners; Globetrotters",
    # luxury
    "Luxury Goods": "Affluent Connoisseurs",
    "Luxury Travel": "Jet-Set Elite",
    "Fine Dining": "Affluent Connoisseurs; Urban Foodies",
    "Designer Fashion": "Affluent Connoisseurs; Style-Conscious Shoppers",
    # outdoor
    "Camping & Hiking": "Weekend Adventurers",
    "Fishing & Hunting": "Country Sportsmen",
    "Mountaineering & Climbing": "Adrenaline Seekers; Endurance Enthusiasts",
    "Outdoor Gear & Equipment": "Weekend Adventurers; Country Sportsmen",
    # photography
    "Camera & Photography": "Visual Storytellers",
    "Art & Design": "Creative Makers; Culture Vultures; Design-Savvy Nesters",
    "Drawing & Illustration": "Creative Makers",
    "Film Making & Video Editing": "Visual Storytellers; Aspiring Creators",
}

# niche -> {phrase: the latent interests whose holders are the phrase's audience}, written as a
# planner describes target groups: kinds of people, life stages and habits.
PHRASES: dict[str, dict[str, str]] = {
    "parenting": {
        "parents of toddlers and preschoolers": "Toys, Children & Baby; Parenting & Family",
        "women in their third trimester": "Pregnancy & Maternity",
        "newly engaged couples": "Friends, Family & Relationships",
        "sideline soccer parents": "Parenting & Family; Football & Soccer",
        "households expecting their first baby": "Pregnancy & Maternity;"
                                                 " Toys, Children & Baby",
        "singles looking for a partner": "Friends, Family & Relationships",
    },
    "fitness": {
        "regular gym-goers": "Fitness & Gym",
        "shaker-bottle gym bros": "Sports Nutrition & Supplements; Fitness & Gym",
        "half-marathon finishers": "Running & Marathons",
        "calorie-counting clean eaters": "Healthy Lifestyle",
        "leggings-all-day dressers": "Activewear",
        "weekend 10k runners": "Running & Marathons",
    },
    "wellness": {
        "spiritual seekers": "Spirituality & Astrology; Meditation & Mindfulness",
        "studio pilates devotees": "Yoga & Pilates",
        "daily meditators": "Meditation & Mindfulness",
        "homeopathy and herbal remedy users": "Alternative Medicine",
        "horoscope readers": "Spirituality & Astrology",
        "crystal healing believers": "Spirituality & Astrology; Alternative Medicine",
    },
    "beauty": {
        "makeup junkies": "Beauty & Cosmetics",
        "women with a ten-step skincare routine": "Skincare",
        "salon blowout regulars": "Hair Care & Styling",
        "people with a shelf of perfume bottles": "Fragrances & Perfume",
        "nail and makeup lovers": "Nail Art; Beauty & Cosmetics",
        "glam squad beauty buyers": "Beauty & Cosmetics; Skincare",
    },
    "fashion": {
        "fashion-forward women": "Clothes, Shoes, Handbags & Accessories",
        "sneaker-obsessed teens": "Streetwear & Sneakers",
        "fine jewellery buyers": "Jewellery & Watches",
        "extreme couponers": "Shopping & Retail",
        "outlet-mall bargain shoppers": "Shopping & Retail;"
                                        " Clothes, Shoes, Handbags & Accessories",
    },
    "gaming": {
        "hardcore console players": "PC & Console Gaming; Gaming",
        "competitive gaming fans": "Esports",
        "people who watch Twitch every night": "Streaming & Live Video",
        "otaku gamers": "Anime & Manga; Gaming",
        "casual mobile gamers": "Gaming",
    },
    "tech": {
        "people who preorder every new phone": "Mobile Phones & Gadgets",
        "professional programmers": "Software & Programming",
        "AI enthusiasts": "Artificial Intelligence & Data",
        "home computer builders": "Electronics & Computers",
        "data scientists and ML engineers": "Artificial Intelligence & Data;"
                                            " Software & Programming",
    },
    "finance": {
        "DIY stock pickers": "Personal Finance & Investing",
        "crypto true believers": "Cryptocurrency & Blockchain",
        "first-time homebuyers": "Real Estate",
        "owners of a small shop or startup": "Entrepreneurship; Business & Careers",
        "fast-track graduates climbing the ladder": "Business & Careers",
        "early-retirement savers": "Personal Finance & Investing",
        "people with a rental property on the side": "Real Estate",
    },
    "food": {
        "home bakers and weeknight cooks": "Cooking & Recipes",
        "bottomless-brunch regulars": "Restaurants, Food & Grocery; Coffee, Tea & Beverages",
        "IPA and taproom fans": "Beer, Wine & Spirits",
        "flexitarians": "Vegan & Vegetarian Food",
        "flat white drinkers": "Coffee, Tea & Beverages",
        "people who collect wine": "Beer, Wine & Spirits",
    },
    "travel": {
        "frequent holidaymakers": "Travel, Tourism & Aviation",
        "resort vacationers": "Hotels & Resorts",
        "gap-year travellers": "Backpacking & Budget Travel",
        "campervan owners": "Road Trips & Vanlife",
        "airline miles collectors": "Travel, Tourism & Aviation",
    },
    "music": {
        "music superfans": "Music",
        "festival season regulars": "Concerts & Festivals",
        "trap and drill listeners": "Hip Hop & Rap",
        "amateur musicians": "Musical Instruments",
        "BTS ARMY members": "K-Pop",
        "record-shop crate diggers": "Music",
    },
    "sustainability": {
        "climate-concerned consumers": "Sustainability & Environment",
        "low-waste households": "Zero Waste & Recycling",
        "people who only eat organic": "Organic & Natural Products",
        "EV drivers": "Renewable Energy & Electric Vehicles",
        "solar homeowners": "Renewable Energy & Electric Vehicles",
        "green living families": "Sustainability & Environment; Parenting & Family",
    },
    "pets": {
        "people who walk a dog twice a day": "Dogs & Puppies",
        "cat people": "Cats & Kittens",
        "owners who feed grain-free pet food": "Pet Food & Supplies",
        "animal-mad households": "Pets; Dogs & Puppies; Cats & Kittens",
        "families who just got a puppy": "Dogs & Puppies",
    },
    "cars": {
        "car nuts": "Cars & Motorbikes; Car Tuning & Modification",
        "Grand Prix viewers": "Motorsport & Racing",
        "people who fix their own cars": "Car Tuning & Modification; Auto Parts & Accessories",
        "motorcycle riders": "Cars & Motorbikes",
        "households shopping for a new car": "Cars & Motorbikes",
    },
    "sports": {
        "die-hard football supporters": "Football & Soccer",
        "NBA fans": "Basketball",
        "weekend cyclists": "Cycling",
        "board-sport lovers": "Extreme Sports",
        "sports bettors": "Sports",
        "people glued to live sport": "Sports",
    },
    "home": {
        "DIY renovators": "DIY & Crafts; Home Decor, Furniture & Garden",
        "allotment and vegetable-patch growers": "Gardening & Plants",
        "people redecorating their living room": "Home Decor, Furniture & Garden;"
                                                  " Interior Design & Architecture",
        "knitters and crafters": "DIY & Crafts",
        "architecture buffs": "Interior Design & Architecture",
    },
    "entertainment": {
        "box-set bingers": "Television & Film",
        "people who follow every celebrity breakup": "Celebrities & Pop Culture",
        "meme lovers": "Comedy & Memes",
        "West End and Broadway theatregoers": "Theatre & Performing Arts",
        "cinema regulars": "Television & Film",
    },
    "education": {
        "people who read a book a week": "Books & Literature",
        "adult learners": "Education & Learning",
        "science buffs": "Science",
        "museum goers": "History & Culture",
        "language learners": "Languages & Linguistics",
    },
    "luxury": {
        "high-net-worth individuals": "Luxury Goods; Luxury Travel",
        "luxury fashion buyers": "Designer Fashion",
        "fine-dining devotees": "Fine Dining",
        "people who fly private": "Luxury Travel",
        "Rolex and Cartier collectors": "Luxury Goods; Jewellery & Watches",
    },
    "outdoor": {
        "backcountry hikers": "Camping & Hiking",
        "hunters and anglers": "Fishing & Hunting",
        "climbers and mountaineers": "Mountaineering & Climbing",
        "camping gear buyers": "Outdoor Gear & Equipment; Camping & Hiking",
        "nature lovers": "Camping & Hiking",
    },
    "photography": {
        "hobby photographers": "Camera & Photography",
        "teens who want to be YouTubers": "Film Making & Video Editing; Streaming & Live Video",
        "art lovers": "Art & Design",
        "sketchers and doodlers": "Drawing & Illustration",
        "indie filmmakers": "Film Making & Video Editing",
    },
}

# Hand-written evaluation segments (keyword arguments of ``segments._seg``). Age and country
# are deliberately correlated in lifestyle-young-families-mx, lifestyle-retired-gardeners-gb
# and lifestyle-teen-trendsetters-kr; lifestyle-hard-* use the vaguest planner wording.
FIXED_SEGMENTS: tuple[dict[str, Any], ...] = (
    dict(id="lifestyle-young-families-mx", name="Young families 25-34 in Mexico",
         description="""Mexican parents of toddlers, many expecting another baby, who plan
         weekends around their children.""",
         ages=["25-34"],
         interests=["parents of toddlers and preschoolers",
                    "households expecting their first baby"],
         countries=["MX"], languages=["es"]),
    dict(id="lifestyle-retired-gardeners-gb", name="Retired gardeners 55+ in the UK",
         description="""British retirees who are keen gardeners, go to museums and read a
         lot.""",
         ages=["55-64", "65+"],
         interests=["allotment and vegetable-patch growers", "museum goers",
                    "people who read a book a week"],
         countries=["GB"], filters={"platforms": ["youtube", "instagram"]}),
    dict(id="lifestyle-teen-trendsetters-kr", name="Teen trendsetters 13-24 in Korea",
         description="""Korean teenagers in the BTS ARMY who follow sneaker culture and share
         memes all day.""",
         ages=["13-17", "18-24"],
         interests=["BTS ARMY members", "sneaker-obsessed teens", "meme lovers"],
         countries=["KR"], filters={"platforms": ["tiktok", "instagram"]}),
    dict(id="lifestyle-gym-men-br", name="Gym men 18-34 in Brazil", description="""Brazilian
         men at the gym five times a week, living on protein shakes and counting calories.""",
         ages=["18-24", "25-34"],
         interests=["regular gym-goers", "shaker-bottle gym bros",
                    "calorie-counting clean eaters"],
         genders=["male"], countries=["BR"]),
    dict(id="lifestyle-mindful-women-de-at", name="Mindful women 30-54 in Germany and Austria",
         description="""German and Austrian women who meditate daily, go to pilates and read
         their horoscope.""",
         ages=["25-34", "35-44", "45-54"],
         interests=["daily meditators", "studio pilates devotees", "horoscope readers"],
         genders=["female"], countries={"DE": 1.0, "AT": 0.4}, languages=["de"]),
    dict(id="lifestyle-beauty-women-ph-th", name="Beauty lovers, women 18-34 in the "
         "Philippines and Thailand", description="""Young women who are makeup junkies with a
         ten-step skincare routine and a perfume collection.""",
         ages=["18-24", "25-34"],
         interests=["makeup junkies", "women with a ten-step skincare routine",
                    "people with a shelf of perfume bottles"],
         genders=["female"], countries={"PH": 1.0, "TH": 0.8},
         filters={"platforms": ["instagram", "tiktok"], "min_credibility": 0.7}),
    dict(id="lifestyle-gamers-us-ca", name="Console gamers 13-34 in the US and Canada",
         description="""Hardcore console players who follow competitive gaming and watch
         Twitch every night.""",
         ages=["13-17", "18-24", "25-34"],
         interests=["hardcore console players", "competitive gaming fans",
                    "people who watch Twitch every night"],
         countries={"US": 1.0, "CA": 0.3},
         filters={"platforms": ["twitch", "youtube"]}),
    dict(id="lifestyle-tech-builders-in", name="Developers and AI enthusiasts 18-34 in India",
         description="""Indian software developers and data scientists excited about AI.""",
         ages=["18-24", "25-34"],
         interests=["professional programmers", "data scientists and ML engineers",
                    "AI enthusiasts"],
         countries=["IN"], languages=["en"], filters={"platforms": ["youtube", "x"]}),
    dict(id="lifestyle-investors-uk-ie", name="Investors 25-44 in the UK and Ireland",
         description="""Retail investors following the FIRE movement, some of them buy-to-let
         landlords.""",
         ages=["25-34", "35-44"],
         interests=["DIY stock pickers", "early-retirement savers",
                    "people with a rental property on the side"],
         countries={"GB": 1.0, "IE": 0.4}),
    dict(id="lifestyle-foodies-fr-it", name="Foodies 25-54 in France and Italy",
         description="""The brunch crowd who drink flat whites by day and belong to a wine
         club.""",
         ages=["25-34", "35-44", "45-54"],
         interests=["bottomless-brunch regulars", "flat white drinkers", "people who collect wine"],
         countries={"FR": 1.0, "IT": 0.9}),
    dict(id="lifestyle-wanderers-au-nz", name="Free spirits 18-34 in Australia and New "
         "Zealand", description="""Gap-year travellers and campervan owners who plan their year
         around festival season.""",
         ages=["18-24", "25-34"],
         interests=["gap-year travellers", "campervan owners", "festival season regulars"],
         countries={"AU": 1.0, "NZ": 0.6}),
    dict(id="lifestyle-eco-nordics", name="Eco-minded households 25-54 in Sweden and Denmark",
         description="""Climate-concerned Swedes and Danes running low-waste homes and driving
         electric cars.""",
         ages=["25-34", "35-44", "45-54"],
         interests=["climate-concerned consumers", "low-waste households", "EV drivers"],
         countries={"SE": 1.0, "DK": 0.7}),
    dict(id="lifestyle-dog-owners-us", name="Dog owners 25-54 in the US", description="""
         American dog owners, many with a new puppy, who buy premium pet food.""",
         ages=["25-34", "35-44", "45-54"],
         interests=["people who walk a dog twice a day", "families who just got a puppy",
                    "owners who feed grain-free pet food"],
         countries=["US"], filters={"followers": {"max": 500000}}),
    dict(id="lifestyle-petrolheads-de", name="Petrolheads, men 25-54 in Germany",
         description="""German men who wrench on their own cars at weekends and never miss a
         Grand Prix.""",
         ages=["25-34", "35-44", "45-54"],
         interests=["car nuts", "people who fix their own cars", "Grand Prix viewers"],
         genders=["male"], countries=["DE"], languages=["de"]),
    dict(id="lifestyle-football-men-ar-co", name="Football men 18-44 in Argentina and "
         "Colombia", description="""Die-hard football supporters who bet on matches and have
         live sport on all weekend.""",
         ages=["18-24", "25-34", "35-44"],
         interests=["die-hard football supporters", "sports bettors",
                    "people glued to live sport"],
         genders=["male"], countries={"AR": 1.0, "CO": 0.8},
         filters={"platforms": ["x", "instagram"]}),
    dict(id="lifestyle-home-renovators-nl-be", name="Home renovators 30-54 in the Netherlands "
         "and Belgium", description="""Dutch and Belgian DIY renovators redecorating their
         living rooms.""",
         ages=["25-34", "35-44", "45-54"],
         interests=["DIY renovators", "people redecorating their living room",
                    "architecture buffs"],
         countries={"NL": 1.0, "BE": 0.7}),
    dict(id="lifestyle-luxury-ae-sa", name="High-net-worth individuals 35-64 in the UAE and "
         "Saudi Arabia", description="""Wealthy Gulf residents who fly private, collect Rolex
         and Cartier and buy luxury fashion.""",
         ages=["35-44", "45-54", "55-64"],
         interests=["high-net-worth individuals", "people who fly private",
                    "Rolex and Cartier collectors", "luxury fashion buyers"],
         countries={"AE": 1.0, "SA": 0.8}, filters={"followers": {"min": 20000}}),
    dict(id="lifestyle-hard-outdoorsy-us-ca", name="Nature lovers 25-64 in the US and Canada",
         description="""Nature lovers who hunt and fish and buy their own camping gear.""",
         ages=["25-34", "35-44", "45-54", "55-64"],
         interests=["nature lovers", "hunters and anglers", "camping gear buyers"],
         countries={"US": 1.0, "CA": 0.6}),
    dict(id="lifestyle-hard-creatives-jp-tw", name="Young creatives 18-34 in Japan and Taiwan",
         description="""Art lovers who sketch, take photographs and dream of being
         YouTubers.""",
         ages=["18-24", "25-34"],
         interests=["art lovers", "sketchers and doodlers", "teens who want to be YouTubers"],
         countries={"JP": 1.0, "TW": 0.7}),
    dict(id="lifestyle-hard-hustlers-ng-ke", name="Hustlers 18-34 in Nigeria and Kenya",
         description="""Ambitious young professionals and crypto bros building their own
         small businesses.""",
         ages=["18-24", "25-34"],
         interests=["fast-track graduates climbing the ladder", "crypto true believers",
                    "owners of a small shop or startup"],
         countries={"NG": 1.0, "KE": 0.7}),
)
