"""Held-out vocabulary ``courses``: an online-learning platform's learner audiences.

Modelled on the audiences an online-course marketplace sells (in the style of Udemy, Coursera,
Skillshare or MasterClass): a provider knows which courses a person enrols in, watches and
finishes, and reports people under the subject of what they set out to learn ("Bread & pastry
baking students", "Web development & coding bootcamp students", "Dog training & behaviour
students", "Spanish, French & Italian learners"). Granularity follows a course catalogue:
languages, creative skills and cooking split finely, while every kind of team sport is in
"Sports coaching & refereeing students" and pets are one care course and one training course.
Some subjects draw learners from unrelated niches: "Japanese, Korean & Chinese learners"
(languages, K-pop and anime), "Van conversion & off-grid living learners" (vanlife and
renewable energy), "Perfume & soap-making learners" (fragrances and natural products),
"Content creator & channel growth learners" (live streaming and entrepreneurship),
"TEFL & teach-abroad students" (budget travel, languages), "Smartphone photography learners"
(phones and photography). Interests nobody takes a course in have no label: celebrity
culture, shopping as such, activewear and luxury travel. Phrases are written the way a planner
briefs a learning platform: the courses, certificates, exams and classes people enrol in or
finish.

Written blind (without reading the matcher, its interest-matching notes or its results),
before any tuning or measurement of the matcher on it; it must not be adjusted to the
matcher's results. Strings are ";"-separated lists.
"""

from __future__ import annotations

from typing import Any

NAME = "courses"
DESCRIPTION = ("Online-learning style: about 80 learner audiences named by the subject studied "
               "(fine for languages and crafts, coarse for sport); some subjects draw several "
               "niches, four interests nobody studies have no label.")

LABELS: tuple[str, ...] = (
    # family
    "Prenatal & birth preparation students", "Positive parenting learners",
    "Early childhood development learners", "Relationship coaching learners",
    # body and mind
    "Personal training certification students", "Nutrition & meal planning learners",
    "Home workout programme learners", "Run coaching programme learners",
    "Yoga teacher training students", "Mindfulness & meditation learners",
    "Herbalism & holistic health students", "Astrology & tarot reading students",
    # looks
    "Makeup artistry students", "Skincare & esthetics students",
    "Hairdressing & barbering students", "Perfume & soap-making learners",
    "Nail technician students", "Fashion design & styling students",
    "Sewing & pattern-cutting learners", "Jewellery-making & gemology students",
    "Luxury brand management students",
    # games and screens
    "Game design & development students", "Esports coaching students",
    "Manga & anime drawing learners", "Content creator & channel growth learners",
    # tech
    "Computer hardware & IT support students", "Smartphone photography learners",
    "Web development & coding bootcamp students", "Data science & machine learning students",
    # money and work
    "Investing & personal finance learners", "Blockchain & Web3 learners",
    "Real estate licensing students", "Small business & startup learners",
    "MBA & leadership students",
    # food and drink
    "Culinary & chef skills learners", "Bread & pastry baking students",
    "Barista & coffee brewing students", "Wine & sommelier students",
    "Plant-based cooking learners",
    # travel
    "Travel writing & photography learners", "Hospitality & tourism management students",
    "Pilot ground school students", "TEFL & teach-abroad students",
    "Van conversion & off-grid living learners",
    # music
    "Music theory learners", "Music production & DJing students",
    "Guitar, piano & singing learners", "Street & K-pop dance students",
    "Event & festival management students",
    # green
    "Climate & sustainability studies learners", "Permaculture & composting learners",
    "Solar installation & EV technician students",
    # animals
    "Dog training & behaviour students", "Pet care & nutrition learners",
    # cars
    "Auto mechanics students", "Track-day & racing school students",
    "Motorcycle licence students",
    # sport
    "Sports coaching & refereeing students", "Bike maintenance learners",
    "Surf, ski & skate lesson students",
    # home
    "Interior design diploma students", "Home repair & woodworking learners",
    "Knitting, crochet & crafts learners", "Horticulture & garden design students",
    # culture
    "Screenwriting & film studies learners", "Stand-up & improv students",
    "Acting & drama school students", "Creative writing & literature learners",
    "Exam prep & study skills students", "Astronomy & science learners",
    "History & archaeology learners", "Spanish, French & Italian learners",
    "Japanese, Korean & Chinese learners",
    # outdoors
    "Wilderness first aid & navigation students", "Fly-fishing & hunter education students",
    "Rock climbing & alpine course students",
    # creative
    "Portrait & landscape photography students", "Graphic design & UX students",
    "Drawing & painting learners", "Video editing & filmmaking students",
)

# Latent interest -> the course subjects a follower holding it studies (none for four
# interests nobody takes a course in).
REPORTS: dict[str, str] = {
    # parenting
    "Toys, Children & Baby": "Early childhood development learners",
    "Parenting & Family": "Positive parenting learners; Early childhood development learners",
    "Friends, Family & Relationships": "Relationship coaching learners",
    "Pregnancy & Maternity": "Prenatal & birth preparation students",
    # fitness
    "Fitness & Gym": "Personal training certification students;"
                     " Home workout programme learners",
    "Healthy Lifestyle": "Nutrition & meal planning learners; Home workout programme learners",
    "Sports Nutrition & Supplements": "Nutrition & meal planning learners",
    "Activewear": "",
    "Running & Marathons": "Run coaching programme learners",
    # wellness
    "Yoga & Pilates": "Yoga teacher training students",
    "Meditation & Mindfulness": "Mindfulness & meditation learners",
    "Alternative Medicine": "Herbalism & holistic health students",
    "Spirituality & Astrology": "Astrology & tarot reading students",
    # beauty
    "Beauty & Cosmetics": "Makeup artistry students",
    "Skincare": "Skincare & esthetics students",
    "Hair Care & Styling": "Hairdressing & barbering students",
    "Fragrances & Perfume": "Perfume & soap-making learners",
    "Nail Art": "Nail technician students",
    # fashion
    "Clothes, Shoes, Handbags & Accessories": "Fashion design & styling students;"
                                              " Sewing & pattern-cutting learners",
    "Jewellery & Watches": "Jewellery-making & gemology students",
    "Streetwear & Sneakers": "Fashion design & styling students",
    "Shopping & Retail": "",
    # gaming
    "Gaming": "Game design & development students",
    "Esports": "Esports coaching students",
    "PC & Console Gaming": "Computer hardware & IT support students;"
                           " Game design & development students",
    "Anime & Manga": "Manga & anime drawing learners; Japanese, Korean & Chinese learners",
    "Streaming & Live Video": "Content creator & channel growth learners",
    # tech
    "Electronics & Computers": "Computer hardware & IT support students",
    "Mobile Phones & Gadgets": "Smartphone photography learners",
    "Software & Programming": "Web development & coding bootcamp students;"
                              " Data science & machine learning students",
    "Artificial Intelligence & Data": "Data science & machine learning students",
    # finance
    "Business & Careers": "MBA & leadership students",
    "Personal Finance & Investing": "Investing & personal finance learners",
    "Cryptocurrency & Blockchain": "Blockchain & Web3 learners",
    "Real Estate": "Real estate licensing students",
    "Entrepreneurship": "Small business & startup learners;"
                        " Content creator & channel growth learners",
    # food
    "Restaurants, Food & Grocery": "Culinary & chef skills learners",
    "Cooking & Recipes": "Culinary & chef skills learners; Bread & pastry baking students",
    "Coffee, Tea & Beverages": "Barista & coffee brewing students",
    "Beer, Wine & Spirits": "Wine & sommelier students",
    "Vegan & Vegetarian Food": "Plant-based cooking learners",
    # travel
    "Travel, Tourism & Aviation": "Pilot ground school students;"
                                  " Travel writing & photography learners",
    "Hotels & Resorts": "Hospitality & tourism management students",
    "Backpacking & Budget Travel": "TEFL & teach-abroad students",
    "Road Trips & Vanlife": "Van conversion & off-grid living learners",
    # music
    "Music": "Music theory learners",
    "Concerts & Festivals": "Event & festival management students",
    "Hip Hop & Rap": "Music production & DJing students; Street & K-pop dance students",
    "Musical Instruments": "Guitar, piano & singing learners",
    "K-Pop": "Street & K-pop dance students; Japanese, Korean & Chinese learners",
    # sustainability
    "Sustainability & Environment": "Climate & sustainability studies learners",
    "Zero Waste & Recycling": "Permaculture & composting learners;"
                              " Sewing & pattern-cutting learners",
    "Organic & Natural Products": "Perfume & soap-making learners;"
                                  " Herbalism & holistic health students",
    "Renewable Energy & Electric Vehicles": "Solar installation & EV technician students;"
                                            " Van conversion & off-grid living learners",
    # pets
    "Pets": "Pet care & nutrition learners",
    "Dogs & Puppies": "Dog training & behaviour students",
    "Cats & Kittens": "Pet care & nutrition learners",
    "Pet Food & Supplies": "Pet care & nutrition learners",
    # cars
    "Cars & Motorbikes": "Auto mechanics students; Motorcycle licence students",
    "Motorsport & Racing": "Track-day & racing school students",
    "Car Tuning & Modification": "Auto mechanics students; Track-day & racing school students",
    "Auto Parts & Accessories": "Auto mechanics students",
    # sports
    "Sports": "Sports coaching & refereeing students",
    "Football & Soccer": "Sports coaching & refereeing students",
    "Basketball": "Sports coaching & refereeing students",
    "Cycling": "Bike maintenance learners",
    "Extreme Sports": "Surf, ski & skate lesson students",
    # home
    "Home Decor, Furniture & Garden": "Interior design diploma students;"
                                      " Horticulture & garden design students",
    "DIY & Crafts": "Home repair & woodworking learners; Knitting, crochet & crafts learners",
    "Gardening & Plants": "Horticulture & garden design students;"
                          " Permaculture & composting learners",
    "Interior Design & Architecture": "Interior design diploma students",
    # entertainment
    "Television & Film": "Screenwriting & film studies learners",
    "Celebrities & Pop Culture": "",
    "Comedy & Memes": "Stand-up & improv students",
    "Theatre & Performing Arts": "Acting & drama school students; Stand-up & improv students",
    # education
    "Books & Literature": "Creative writing & literature learners",
    "Education & Learning": "Exam prep & study skills students",
    "Science": "Astronomy & science learners",
    "History & Culture": "History & archaeology learners",
    "Languages & Linguistics": "Spanish, French & Italian learners;"
                               " Japanese, Korean & Chinese learners; TEFL & teach-abroad students",
    # luxury
    "Luxury Goods": "Luxury brand management students; Jewellery-making & gemology students",
    "Luxury Travel": "",
    "Fine Dining": "Wine & sommelier students; Culinary & chef skills learners",
    "Designer Fashion": "Fashion design & styling students; Luxury brand management students",
    # outdoor
    "Camping & Hiking": "Wilderness first aid & navigation students",
    "Fishing & Hunting": "Fly-fishing & hunter education students",
    "Mountaineering & Climbing": "Rock climbing & alpine course students",
    "Outdoor Gear & Equipment": "Wilderness first aid & navigation students;"
                                " Fly-fishing & hunter education students",
    # photography
    "Camera & Photography": "Portrait & landscape photography students;"
                            " Smartphone photography learners",
    "Art & Design": "Graphic design & UX students; Drawing & painting learners",
    "Drawing & Illustration": "Drawing & painting learners",
    "Film Making & Video Editing": "Video editing & filmmaking students",
}

# niche -> {phrase: the latent interests whose holders are the phrase's audience}, written as
# a planner briefs a learning platform: the courses, certificates, exams and classes people
# enrol in or finish.
PHRASES: dict[str, dict[str, str]] = {
    "parenting": {
        "parents enrolled in a toddler sleep training course": "Parenting & Family;"
                                                               " Toys, Children & Baby",
        "expectant couples who booked an online antenatal class": "Pregnancy & Maternity",
        "learners who finished a baby-led weaning module": "Toys, Children & Baby;"
                                                           " Parenting & Family",
        "people taking a couples communication workshop": "Friends, Family & Relationships",
        "new dads who completed a fatherhood bootcamp": "Parenting & Family;"
                                                        " Pregnancy & Maternity",
    },
    "fitness": {
        "learners working towards a personal trainer certificate":
            "Fitness & Gym; Sports Nutrition & Supplements",
        "students of a sports nutrition diploma": "Sports Nutrition & Supplements",
        "people who signed up for a 12-week strength programme": "Fitness & Gym",
        "enrollees in a couch-to-half-marathon plan": "Running & Marathons",
        "learners in a healthy habits and sleep course": "Healthy Lifestyle",
        "athleisure buyers who unlocked a free workout course": "Activewear; Fitness & Gym",
    },
    "wellness": {
        "students of a 200-hour vinyasa certification": "Yoga & Pilates",
        "learners in an eight-week MBSR course": "Meditation & Mindfulness",
        "people who completed a reiki level one course": "Alternative Medicine;"
                                                         " Spirituality & Astrology",
        "students learning to read a natal chart": "Spirituality & Astrology",
        "learners of Ayurveda and herbal medicine": "Alternative Medicine",
    },
    "beauty": {
        "students of a bridal makeup masterclass": "Beauty & Cosmetics",
        "learners in a cosmetic chemistry course for skincare formulators": "Skincare",
        "people learning to cut and colour hair": "Hair Care & Styling",
        "enrollees in a natural perfume blending workshop": "Fragrances & Perfume",
        "learners practising gel and acrylic nail techniques": "Nail Art",
        "people who watched a contouring and self-tan tutorial series": "Beauty & Cosmetics",
    },
    "fashion": {
        "learners who completed a personal stylist certificate": "Clothes, Shoes, Handbags &"
                                                                 " Accessories",
        "students of a sneaker customisation class": "Streetwear & Sneakers; DIY & Crafts",
        "silversmithing workshop learners": "Jewellery & Watches",
        "learners in a watchmaking introduction": "Jewellery & Watches; Luxury Goods",
        "people enrolled in a retail merchandising course": "Shopping & Retail;"
                                                            " Business & Careers",
    },
    "gaming": {
        "students of a Unity and Unreal game-dev course": "Gaming; Software & Programming",
        "players who bought a Valorant aim coaching course": "Esports; Gaming",
        "learners who draw manga characters in a weekly class": "Anime & Manga;"
                                                                " Drawing & Illustration",
        "would-be streamers in a Twitch growth course": "Streaming & Live Video",
        "learners building their first gaming PC in a hardware class": "PC & Console Gaming;"
                                                                       " Electronics & Computers",
    },
    "tech": {
        "CompTIA A+ candidates": "Electronics & Computers",
        "seniors learning to use a smartphone": "Mobile Phones & Gadgets",
        "bootcamp students learning React and Node": "Software & Programming",
        "learners who completed Andrew Ng's machine learning course":
            "Artificial Intelligence & Data",
        "people taking a prompt engineering course": "Artificial Intelligence & Data",
    },
    "finance": {
        "learners in a stock market investing for beginners course":
            "Personal Finance & Investing",
        "students of a DeFi and smart contracts course": "Cryptocurrency & Blockchain",
        "pre-licence real estate exam candidates": "Real Estate",
        "people enrolled in a how-to-start-an-online-business course": "Entrepreneurship",
        "CFA and CPA exam candidates": "Business & Careers; Personal Finance & Investing",
        "managers taking a negotiation skills course": "Business & Careers",
    },
    "food": {
        "sourdough masterclass enrollees": "Cooking & Recipes",
        "home cooks in a knife skills course": "Cooking & Recipes",
        "latte art course learners": "Coffee, Tea & Beverages",
        "WSET level two students": "Beer, Wine & Spirits",
        "learners in a vegan meal prep course": "Vegan & Vegetarian Food; Cooking & Recipes",
        "food-truck owners in a restaurant business course": "Restaurants, Food & Grocery;"
                                                             " Entrepreneurship",
    },
    "travel": {
        "student pilots studying for a private pilot licence": "Travel, Tourism & Aviation",
        "learners of a travel blogging course": "Travel, Tourism & Aviation;"
                                                " Backpacking & Budget Travel",
        "people getting a certificate to teach English in Asia": "Backpacking & Budget Travel;"
                                                                 " Languages & Linguistics",
        "learners of a camper van electrics course": "Road Trips & Vanlife; DIY & Crafts",
        "hotel management diploma students": "Hotels & Resorts",
    },
    "music": {
        "adults learning piano online": "Musical Instruments",
        "Ableton beat-making course learners": "Hip Hop & Rap; Music",
        "learners in a music appreciation course": "Music",
        "students of a K-pop choreography class": "K-Pop",
        "festival volunteers in an event production course": "Concerts & Festivals",
    },
    "sustainability": {
        "students of a climate science MOOC": "Sustainability & Environment; Science",
        "learners in a zero-waste home course": "Zero Waste & Recycling",
        "people training to install home solar panels": "Renewable Energy & Electric Vehicles",
        "learners making natural soap and skincare at home": "Organic & Natural Products;"
                                                             " Skincare",
        "permaculture design certificate students": "Sustainability & Environment;"
                                                    " Gardening & Plants",
    },
    "pets": {
        "owners in an online puppy obedience course": "Dogs & Puppies",
        "learners of a cat behaviour course": "Cats & Kittens",
        "people studying raw and homemade pet diets": "Pet Food & Supplies",
        "volunteers in a pet first aid course": "Pets",
        "aspiring dog groomers": "Dogs & Puppies; Pets",
    },
    "cars": {
        "learners in an engine rebuild course": "Cars & Motorbikes; Car Tuning & Modification",
        "students of a racing driver school": "Motorsport & Racing",
        "people preparing for their motorcycle riding test": "Cars & Motorbikes",
        "learners of an ECU remapping course": "Car Tuning & Modification",
        "detailing and paint correction course students": "Auto Parts & Accessories",
    },
    "sports": {
        "people taking a football coaching licence": "Football & Soccer",
        "youth basketball coaches in a skills course": "Basketball",
        "learners in a referee certification course": "Sports",
        "cyclists in a bike mechanics course": "Cycling",
        "learners booked for surf camp": "Extreme Sports",
    },
    "home": {
        "students of an online interior styling diploma": "Interior Design & Architecture;"
                                                          " Home Decor, Furniture & Garden",
        "beginners in a woodworking course": "DIY & Crafts",
        "people learning to crochet amigurumi": "DIY & Crafts",
        "learners of a garden design course": "Gardening & Plants;"
                                              " Home Decor, Furniture & Garden",
        "homeowners taking a plumbing and tiling course": "DIY & Crafts",
    },
    "entertainment": {
        "learners in a screenwriting masterclass": "Television & Film;"
                                                   " Film Making & Video Editing",
        "students of an improv comedy course": "Comedy & Memes",
        "people enrolled in a musical theatre singing class": "Theatre & Performing Arts;"
                                                              " Musical Instruments",
        "fans taking a course on the history of Hollywood": "Television & Film;"
                                                            " Celebrities & Pop Culture",
        "learners of a celebrity-taught MasterClass": "Celebrities & Pop Culture;"
                                                      " Education & Learning",
    },
    "education": {
        "members of a novel-writing course": "Books & Literature",
        "students preparing for the SAT and A-levels": "Education & Learning",
        "learners in an astronomy course": "Science",
        "people studying ancient Egypt online": "History & Culture",
        "Duolingo learners who moved to a paid Spanish course": "Languages & Linguistics",
        "learners of conversational Japanese": "Languages & Linguistics",
    },
    "luxury": {
        "learners of a luxury retail and clienteling course": "Luxury Goods; Designer Fashion",
        "sommelier certification candidates": "Fine Dining; Beer, Wine & Spirits",
        "learners of a haute couture sewing course": "Designer Fashion;"
                                                     " Clothes, Shoes, Handbags & Accessories",
        "gemstone grading course students": "Luxury Goods; Jewellery & Watches",
        "learners of a private jet cabin crew course": "Luxury Travel;"
                                                       " Travel, Tourism & Aviation",
    },
    "outdoor": {
        "hikers in a map and compass navigation course": "Camping & Hiking",
        "learners in a wilderness survival course": "Camping & Hiking;"
                                                    " Outdoor Gear & Equipment",
        "fly-tying course students": "Fishing & Hunting",
        "people on an avalanche safety course": "Mountaineering & Climbing; Extreme Sports",
        "hunter safety course takers": "Fishing & Hunting",
    },
    "photography": {
        "learners of a Lightroom editing course": "Camera & Photography",
        "students of a Procreate illustration course": "Drawing & Illustration",
        "learners in a Figma and branding course": "Art & Design",
        "people learning to edit in Premiere Pro": "Film Making & Video Editing",
        "wedding photographers in a posing and lighting course": "Camera & Photography",
    },
}

# Hand-written evaluation segments (keyword arguments of ``segments._seg``). Age and country
# are deliberately correlated in courses-new-parents-mx, courses-retired-learners-gb and
# courses-teen-dancers-ph; courses-hard-* use phrases whose interests nobody studies or reach
# subjects that draw several niches.
FIXED_SEGMENTS: tuple[dict[str, Any], ...] = (
    dict(id="courses-new-parents-mx", name="New parents 25-34 in Mexico", description="""
         Mexican parents in antenatal classes, then toddler sleep and baby-led weaning
         courses.""",
         ages=["25-34"],
         interests=["expectant couples who booked an online antenatal class",
                    "parents enrolled in a toddler sleep training course",
                    "learners who finished a baby-led weaning module"],
         countries=["MX"], languages=["es"]),
    dict(id="courses-retired-learners-gb", name="Retired learners 55+ in the UK",
         description="""British retirees studying ancient Egypt, garden design and how to use
         a smartphone.""",
         ages=["55-64", "65+"],
         interests=["people studying ancient Egypt online", "learners of a garden design course",
                    "seniors learning to use a smartphone"],
         countries=["GB"], filters={"platforms": ["youtube", "instagram"]}),
    dict(id="courses-teen-dancers-ph", name="Teen dancers 13-24 in the Philippines",
         description="""Filipino teenagers in K-pop choreography classes who also learn
         Japanese and draw manga.""",
         ages=["13-17", "18-24"],
         interests=["students of a K-pop choreography class",
                    "learners of conversational Japanese",
                    "learners who draw manga characters in a weekly class"],
         genders=["female"], countries=["PH"], filters={"platforms": ["tiktok", "instagram"]}),
    dict(id="courses-trainers-us", name="Trainers in training 18-34 in the US", description="""
         Americans working towards a personal trainer certificate and a sports nutrition
         diploma.""",
         ages=["18-24", "25-34"],
         interests=["learners working towards a personal trainer certificate",
                    "students of a sports nutrition diploma",
                    "people who signed up for a 12-week strength programme"],
         countries=["US"], filters={"platforms": ["instagram", "tiktok"]}),
    dict(id="courses-yoga-teachers-au", name="Yoga teachers in training, women 25-54 in "
         "Australia", description="""Australian women doing a 200-hour vinyasa certification, an
         MBSR course and reiki.""",
         ages=["25-34", "35-44", "45-54"],
         interests=["students of a 200-hour vinyasa certification",
                    "learners in an eight-week MBSR course",
                    "people who completed a reiki level one course"],
         genders=["female"], countries=["AU"]),
    dict(id="courses-beauty-pros-br", name="Beauty students, women 18-34 in Brazil",
         description="""Brazilian women learning bridal makeup, nail techniques and hair
         colouring.""",
         ages=["18-24", "25-34"],
         interests=["students of a bridal makeup masterclass",
                    "learners practising gel and acrylic nail techniques",
                    "people learning to cut and colour hair"],
         genders=["female"], countries=["BR"], languages=["pt"],
         filters={"platforms": ["instagram", "tiktok"], "min_credibility": 0.7}),
    dict(id="courses-coders-in-pk", name="Coding learners 18-34 in India and Pakistan",
         description="""South Asian bootcamp students learning React, machine learning and
         prompt engineering.""",
         ages=["18-24", "25-34"],
         interests=["bootcamp students learning React and Node",
                    "learners who completed Andrew Ng's machine learning course",
                    "people taking a prompt engineering course"],
         countries={"IN": 1.0, "PK": 0.5}, languages=["en"],
         filters={"platforms": ["youtube", "x"]}),
    dict(id="courses-investors-men-us-ca", name="Finance learners, men 25-44 in the US and "
         "Canada", description="""North American men in beginner investing courses, CFA
         candidates and DeFi students.""",
         ages=["25-34", "35-44"],
         interests=["learners in a stock market investing for beginners course",
                    "CFA and CPA exam candidates",
                    "students of a DeFi and smart contracts course"],
         genders=["male"], countries={"US": 1.0, "CA": 0.4}, filters={"platforms": ["x"]}),
    dict(id="courses-home-bakers-fr-be", name="Home bakers and baristas 25-54 in France and "
         "Belgium", description="""French-speaking home cooks in sourdough, knife skills and
         latte art courses.""",
         ages=["25-34", "35-44", "45-54"],
         interests=["sourdough masterclass enrollees", "home cooks in a knife skills course",
                    "latte art course learners"],
         countries={"FR": 1.0, "BE": 0.5}, languages=["fr"]),
    dict(id="courses-wine-students-za", name="Wine students 25-54 in South Africa",
         description="""South Africans taking WSET level two and a sommelier certification.""",
         ages=["25-34", "35-44", "45-54"],
         interests=["WSET level two students", "sommelier certification candidates"],
         countries=["ZA"]),
    dict(id="courses-van-builders-nl-de", name="Van builders 25-44 in the Netherlands and "
         "Germany", description="""Dutch and Germans learning camper van electrics, woodworking
         and solar installation.""",
         ages=["25-34", "35-44"],
         interests=["learners of a camper van electrics course",
                    "beginners in a woodworking course",
                    "people training to install home solar panels"],
         countries={"NL": 1.0, "DE": 0.8}),
    dict(id="courses-producers-ng-gh", name="Beat makers 18-34 in Nigeria and Ghana",
         description="""Young Nigerians and Ghanaians learning Ableton beat-making, piano and
         event production.""",
         ages=["18-24", "25-34"],
         interests=["Ableton beat-making course learners", "adults learning piano online",
                    "festival volunteers in an event production course"],
         countries={"NG": 1.0, "GH": 0.6}),
    dict(id="courses-eco-learners-dk-fi", name="Green learners 25-54 in Denmark and Finland",
         description="""Danes and Finns in climate science MOOCs, zero-waste home courses and
         permaculture design.""",
         ages=["25-34", "35-44", "45-54"],
         interests=["students of a climate science MOOC", "learners in a zero-waste home course",
                    "permaculture design certificate students"],
         countries={"DK": 1.0, "FI": 0.7}),
    dict(id="courses-dog-owners-us", name="Dog owners 25-54 in the US", description="""
         Americans in online puppy obedience courses, pet first aid and grooming.""",
         ages=["25-34", "35-44", "45-54"],
         interests=["owners in an online puppy obedience course",
                    "volunteers in a pet first aid course", "aspiring dog groomers"],
         countries=["US"], filters={"followers": {"max": 500000}}),
    dict(id="courses-mechanics-men-pl-cz", name="Car mechanics learners, men 18-44 in Poland "
         "and Czechia", description="""Polish and Czech men in engine rebuild and ECU remapping
         courses.""",
         ages=["18-24", "25-34", "35-44"],
         interests=["learners in an engine rebuild course", "learners of an ECU remapping course",
                    "detailing and paint correction course students"],
         genders=["male"], countries={"PL": 1.0, "CZ": 0.6}),
    dict(id="courses-coaches-men-es-pt", name="Grassroots coaches, men 25-54 in Spain and "
         "Portugal", description="""Men taking a football coaching licence and refereeing
         courses.""",
         ages=["25-34", "35-44", "45-54"],
         interests=["people taking a football coaching licence",
                    "learners in a referee certification course"],
         genders=["male"], countries={"ES": 1.0, "PT": 0.6},
         filters={"platforms": ["x", "instagram"]}),
    dict(id="courses-outdoor-skills-ca-us", name="Outdoor skills learners 25-54 in Canada and "
         "the US", description="""North Americans in navigation, wilderness survival and
         hunter safety courses.""",
         ages=["25-34", "35-44", "45-54"],
         interests=["hikers in a map and compass navigation course",
                    "learners in a wilderness survival course", "hunter safety course takers"],
         countries={"CA": 1.0, "US": 0.7}),
    dict(id="courses-hard-luxury-ae-sa", name="Luxury learners 35-64 in the UAE and Saudi "
         "Arabia", description="""Affluent learners in luxury retail, gemstone grading, haute
         couture sewing and private jet cabin crew courses.""",
         ages=["35-44", "45-54", "55-64"],
         interests=["learners of a luxury retail and clienteling course",
                    "gemstone grading course students",
                    "learners of a haute couture sewing course",
                    "learners of a private jet cabin crew course"],
         countries={"AE": 1.0, "SA": 1.0}, filters={"followers": {"min": 20000}}),
    dict(id="courses-hard-pop-culture-us-gb", name="Pop-culture fans 18-34 in the US and UK",
         description="""Fans taking a course on Hollywood history and a celebrity-taught
         MasterClass, and would-be streamers.""",
         ages=["18-24", "25-34"],
         interests=["fans taking a course on the history of Hollywood",
                    "learners of a celebrity-taught MasterClass",
                    "would-be streamers in a Twitch growth course"],
         countries={"US": 1.0, "GB": 0.8}),
    dict(id="courses-hard-shoppers-it-es", name="Retail and athleisure learners 18-44 in Italy "
         "and Spain", description="""Shoppers who unlocked a free workout course with
         athleisure, retail merchandising students and sneaker customisers.""",
         ages=["18-24", "25-34", "35-44"],
         interests=["athleisure buyers who unlocked a free workout course",
                    "people enrolled in a retail merchandising course",
                    "students of a sneaker customisation class"],
         countries={"IT": 1.0, "ES": 1.0}),
)
