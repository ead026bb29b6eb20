"""Held-out vocabulary ``careers``: a professional network's member audiences.

Modelled on the audiences a business social network sells to advertisers (in the style of
LinkedIn's or Xing's targeting by job function, industry, skills, member groups and the
interests it infers from what members follow): a member is known by the work they do, the
skills they list, the groups they join and the topics and companies they follow, and is
reported under professional labels ("Fitness & personal training professionals", "Data science
& AI skills", "Working parents group members", "Sports business followers"). A consumer
interest shows only as far as it touches working life, so granularity follows the labour
market: food splits into chefs, hospitality managers, the wine trade and the food and drink
industry, while beauty is one industry label with salons and dermatology beside it. Several
labels take part of unrelated niches: "Sports business followers" (team sports, esports and
motorsport), "Creator economy followers" (live streaming and entrepreneurship), "Remote &
digital nomad workers" (budget travel, vanlife, entrepreneurship), "Hospitality & restaurant
management professionals" (restaurants and hotels), "Illustration & animation skills" (drawing
and anime); "Executive & C-suite members" gathers the luxury niche. Interests that leave no
trace in working life have no label: spirituality and astrology, nail art, K-pop and comedy.
Phrases are written the way a planner briefs a professional network: job titles, seniority,
employers, certifications, skills, groups and the pages members follow.

Written blind (without reading the matcher, its interest-matching notes or its results),
before any tuning or measurement of the matcher on it; it must not be adjusted to the
matcher's results. Strings are ";"-separated lists.
"""

from __future__ import annotations

from typing import Any

NAME = "careers"
DESCRIPTION = ("Professional-network style: 70 member audiences by job function, industry, "
               "listed skills, groups and followed topics; some span parts of unrelated niches "
               "(sports business, creator economy, executives), four interests that leave no "
               "trace in working life have no label.")

LABELS: tuple[str, ...] = (
    # family
    "Early-years & childcare professionals", "Working parents group members",
    "Parental leave returners", "Family therapy & coaching professionals",
    # fitness and wellbeing
    "Fitness & personal training professionals", "Nutrition & dietetics professionals",
    "Workplace wellbeing followers", "Sportswear & athleisure industry followers",
    "Endurance sports followers", "Yoga & movement teaching professionals",
    "Complementary & holistic health practitioners",
    # beauty and fashion
    "Beauty & cosmetics industry professionals", "Salon & barbering professionals",
    "Dermatology & aesthetic medicine professionals",
    "Fashion design & merchandising professionals", "Retail & e-commerce professionals",
    "Luxury brand management followers",
    # games, tech and creators
    "Game development professionals", "Creator economy followers",
    "Software engineering professionals", "Data science & AI skills",
    "Consumer electronics industry followers",
    # work and money
    "Open-to-work members", "Human resources & recruiting professionals",
    "Leadership & management followers", "Wealth management & financial planning professionals",
    "Retail investing followers", "Blockchain & fintech professionals",
    "Property & real estate professionals", "Startup founders & small-business owners",
    "Executive & C-suite members",
    # food and drink
    "Hospitality & restaurant management professionals", "Chefs & culinary professionals",
    "Food & beverage industry followers", "Wine & spirits trade professionals",
    # travel
    "Travel & tourism industry professionals", "Aviation & airline professionals",
    "Frequent business travellers", "Remote & digital nomad workers",
    # music and the stage
    "Music industry professionals", "Live events & festival production professionals",
    "Music teaching & performance skills", "Performing arts professionals",
    # green
    "Sustainability & ESG professionals", "Renewable energy & cleantech professionals",
    "Circular economy followers",
    # animals
    "Veterinary & animal care professionals", "Pet care industry followers",
    # cars and sport
    "Automotive industry professionals", "Automotive engineering & mechanic skills",
    "Electric mobility followers", "Sports business followers",
    "Coaching & PE teaching professionals",
    # home
    "Interior design professionals", "Architecture & planning professionals",
    "Construction & skilled trades members", "Horticulture & landscaping professionals",
    # media and learning
    "Film & TV production professionals", "Media, PR & publicity professionals",
    "Teaching & academic professionals", "Publishing & writing professionals",
    "Research & laboratory scientists", "Languages & translation skills",
    "Museum & heritage professionals",
    # outdoors and creative
    "Outdoor recreation industry professionals", "Agriculture, fishing & forestry workers",
    "Photography skills", "Graphic & UX design professionals", "Illustration & animation skills",
    "Video production & editing skills",
)

# Latent interest -> the member audiences a follower holding it is reported under (none for
# four interests that leave no trace in working life).
REPORTS: dict[str, str] = {
    # parenting
    "Toys, Children & Baby": "Early-years & childcare professionals",
    "Parenting & Family": "Working parents group members; Early-years & childcare professionals",
    "Friends, Family & Relationships": "Family therapy & coaching professionals",
    "Pregnancy & Maternity": "Parental leave returners; Working parents group members",
    # fitness
    "Fitness & Gym": "Fitness & personal training professionals",
    "Healthy Lifestyle": "Workplace wellbeing followers; Nutrition & dietetics professionals",
    "Sports Nutrition & Supplements": "Nutrition & dietetics professionals;"
                                      " Fitness & personal training professionals",
    "Activewear": "Sportswear & athleisure industry followers",
    "Running & Marathons": "Endurance sports followers",
    # wellness
    "Yoga & Pilates": "Yoga & movement teaching professionals; Workplace wellbeing followers",
    "Meditation & Mindfulness": "Workplace wellbeing followers;"
                                " Family therapy & coaching professionals",
    "Alternative Medicine": "Complementary & holistic health practitioners",
    "Spirituality & Astrology": "",
    # beauty
    "Beauty & Cosmetics": "Beauty & cosmetics industry professionals;"
                          " Salon & barbering professionals",
    "Skincare": "Dermatology & aesthetic medicine professionals;"
                " Beauty & cosmetics industry professionals",
    "Hair Care & Styling": "Salon & barbering professionals",
    "Fragrances & Perfume": "Beauty & cosmetics industry professionals;"
                            " Luxury brand management followers",
    "Nail Art": "",
    # fashion
    "Clothes, Shoes, Handbags & Accessories": "Fashion design & merchandising professionals;"
                                              " Retail & e-commerce professionals",
    "Jewellery & Watches": "Luxury brand management followers",
    "Streetwear & Sneakers": "Sportswear & athleisure industry followers;"
                             " Fashion design & merchandising professionals",
    "Shopping & Retail": "Retail & e-commerce professionals",
    # gaming
    "Gaming": "Game development professionals",
    "Esports": "Sports business followers; Game development professionals",
    "PC & Console Gaming": "Game development professionals;"
                           " Consumer electronics industry followers",
    "Anime & Manga": "Illustration & animation skills",
    "Streaming & Live Video": "Creator economy followers; Video production & editing skills",
    # tech
    "Electronics & Computers": "Consumer electronics industry followers;"
                               " Software engineering professionals",
    "Mobile Phones & Gadgets": "Consumer electronics industry followers",
    "Software & Programming": "Software engineering professionals",
    "Artificial Intelligence & Data": "Data science & AI skills",
    # finance
    "Business & Careers": "Open-to-work members; Human resources & recruiting professionals;"
                          " Leadership & management followers",
    "Personal Finance & Investing": "Wealth management & financial planning professionals;"
                                    " Retail investing followers",
    "Cryptocurrency & Blockchain": "Blockchain & fintech professionals; Retail investing followers",
    "Real Estate": "Property & real estate professionals",
    "Entrepreneurship": "Startup founders & small-business owners; Creator economy followers;"
                        " Remote & digital nomad workers",
    # food
    "Restaurants, Food & Grocery": "Hospitality & restaurant management professionals;"
                                   " Food & beverage industry followers",
    "Cooking & Recipes": "Chefs & culinary professionals",
    "Coffee, Tea & Beverages": "Food & beverage industry followers",
    "Beer, Wine & Spirits": "Wine & spirits trade professionals",
    "Vegan & Vegetarian Food": "Food & beverage industry followers;"
                               " Nutrition & dietetics professionals",
    # travel
    "Travel, Tourism & Aviation": "Travel & tourism industry professionals;"
                                  " Aviation & airline professionals; Frequent business travellers",
    "Hotels & Resorts": "Hospitality & restaurant management professionals;"
                        " Frequent business travellers",
    "Backpacking & Budget Travel": "Remote & digital nomad workers;"
                                   " Travel & tourism industry professionals",
    "Road Trips & Vanlife": "Remote & digital nomad workers",
    # music
    "Music": "Music industry professionals",
    "Concerts & Festivals": "Live events & festival production professionals",
    "Hip Hop & Rap": "Music industry professionals",
    "Musical Instruments": "Music teaching & performance skills",
    "K-Pop": "",
    # sustainability
    "Sustainability & Environment": "Sustainability & ESG professionals",
    "Zero Waste & Recycling": "Circular economy followers",
    "Organic & Natural Products": "Food & beverage industry followers; Circular economy followers",
    "Renewable Energy & Electric Vehicles": "Renewable energy & cleantech professionals;"
                                            " Electric mobility followers",
    # pets
    "Pets": "Veterinary & animal care professionals; Pet care industry followers",
    "Dogs & Puppies": "Veterinary & animal care professionals",
    "Cats & Kittens": "Veterinary & animal care professionals",
    "Pet Food & Supplies": "Pet care industry followers",
    # cars
    "Cars & Motorbikes": "Automotive industry professionals; Electric mobility followers",
    "Motorsport & Racing": "Sports business followers; Automotive engineering & mechanic skills",
    "Car Tuning & Modification": "Automotive engineering & mechanic skills",
    "Auto Parts & Accessories": "Automotive industry professionals;"
                                " Automotive engineering & mechanic skills",
    # sports
    "Sports": "Sports business followers; Coaching & PE teaching professionals",
    "Football & Soccer": "Sports business followers; Coaching & PE teaching professionals",
    "Basketball": "Sports business followers",
    "Cycling": "Endurance sports followers",
    "Extreme Sports": "Outdoor recreation industry professionals",
    # home
    "Home Decor, Furniture & Garden": "Interior design professionals",
    "DIY & Crafts": "Construction & skilled trades members",
    "Gardening & Plants": "Horticulture & landscaping professionals;"
                           " Agriculture, fishing & forestry workers",
    "Interior Design & Architecture": "Interior design professionals;"
                                      " Architecture & planning professionals",
    # entertainment
    "Television & Film": "Film & TV production professionals",
    "Celebrities & Pop Culture": "Media, PR & publicity professionals",
    "Comedy & Memes": "",
    "Theatre & Performing Arts": "Performing arts professionals",
    # education
    "Books & Literature": "Publishing & writing professionals",
    "Education & Learning": "Teaching & academic professionals",
    "Science": "Research & laboratory scientists; Teaching & academic professionals;"
               " Data science & AI skills",
    "History & Culture": "Museum & heritage professionals",
    "Languages & Linguistics": "Languages & translation skills",
    # luxury
    "Luxury Goods": "Luxury brand management followers; Executive & C-suite members",
    "Luxury Travel": "Executive & C-suite members; Frequent business travellers",
    "Fine Dining": "Chefs & culinary professionals; Executive & C-suite members",
    "Designer Fashion": "Luxury brand management followers;"
                        " Fashion design & merchandising professionals",
    # outdoor
    "Camping & Hiking": "Outdoor recreation industry professionals",
    "Fishing & Hunting": "Agriculture, fishing & forestry workers",
    "Mountaineering & Climbing": "Outdoor recreation industry professionals;"
                                 " Endurance sports followers",
    "Outdoor Gear & Equipment": "Outdoor recreation industry professionals",
    # photography
    "Camera & Photography": "Photography skills",
    "Art & Design": "Graphic & UX design professionals; Museum & heritage professionals",
    "Drawing & Illustration": "Illustration & animation skills",
    "Film Making & Video Editing": "Video production & editing skills;"
                                   " Film & TV production professionals",
}

# niche -> {phrase: the latent interests whose holders are the phrase's audience}, written as
# a planner briefs a professional network: job titles, seniority, employers, certifications,
# skills, groups and the pages members follow.
PHRASES: dict[str, dict[str, str]] = {
    "parenting": {
        "parents back at work after a year of leave": "Pregnancy & Maternity; Parenting & Family",
        "nursery owners and Montessori teachers": "Toys, Children & Baby; Parenting & Family",
        "members who announced a new baby on their profile": "Pregnancy & Maternity;"
                                                              " Parenting & Family",
        "category managers at Mattel, Hasbro and LEGO": "Toys, Children & Baby",
        "marriage counsellors and relationship coaches": "Friends, Family & Relationships",
        "working mums in director-level roles": "Parenting & Family",
    },
    "fitness": {
        "personal trainers with a NASM or ACE certificate": "Fitness & Gym",
        "club managers at PureGym and Planet Fitness": "Fitness & Gym",
        "registered dietitians and sports nutritionists": "Sports Nutrition & Supplements;"
                                                          " Healthy Lifestyle",
        "product managers at Nike, Adidas and Lululemon": "Activewear",
        "professionals who post their marathon finishing times": "Running & Marathons",
        "members who join office step challenges and share healthy-habit posts":
            "Healthy Lifestyle",
    },
    "wellness": {
        "yoga teachers with an RYT-200 credential": "Yoga & Pilates",
        "HR leads who run mindfulness programmes for staff": "Meditation & Mindfulness",
        "licensed acupuncturists and naturopathic doctors": "Alternative Medicine",
        "reiki healers and astrologers with a business page": "Spirituality & Astrology;"
                                                              " Alternative Medicine",
        "owners of reformer Pilates studios": "Yoga & Pilates",
    },
    "beauty": {
        "brand managers at L'Oréal and Estée Lauder": "Beauty & Cosmetics",
        "aesthetic nurses and cosmetic dermatologists": "Skincare",
        "salon owners and senior stylists": "Hair Care & Styling",
        "perfumers and fragrance evaluators at Givaudan and IFF": "Fragrances & Perfume",
        "self-employed nail technicians and lash artists": "Nail Art; Beauty & Cosmetics",
        "freelance makeup artists for film and fashion shoots": "Beauty & Cosmetics",
    },
    "fashion": {
        "buyers and merchandisers at Inditex and H&M": "Clothes, Shoes, Handbags & Accessories;"
                                                       " Shopping & Retail",
        "store managers at high-street chains": "Shopping & Retail",
        "footwear designers at sneaker brands": "Streetwear & Sneakers",
        "gemologists and watchmakers": "Jewellery & Watches",
        "e-commerce managers at online fashion stores": "Shopping & Retail;"
                                                        " Clothes, Shoes, Handbags & Accessories",
    },
    "gaming": {
        "game designers at Ubisoft and Riot Games": "Gaming; PC & Console Gaming",
        "esports team managers and tournament organisers": "Esports",
        "Unity and Unreal Engine developers": "PC & Console Gaming; Software & Programming",
        "manga translators and anime studio in-betweeners": "Anime & Manga",
        "partnership managers at Twitch and Kick": "Streaming & Live Video",
        "QA testers for console titles": "Gaming; PC & Console Gaming",
    },
    "tech": {
        "senior backend engineers who list Python and Go": "Software & Programming",
        "machine learning engineers with PyTorch experience": "Artificial Intelligence & Data;"
                                                              " Software & Programming",
        "hardware engineers at Apple and Samsung": "Electronics & Computers;"
                                                   " Mobile Phones & Gadgets",
        "product managers at smartphone makers": "Mobile Phones & Gadgets",
        "IT managers who buy laptops for their company": "Electronics & Computers",
        "members who follow OpenAI and Anthropic company pages": "Artificial Intelligence & Data",
    },
    "finance": {
        "mid-career professionals quietly looking for a new job": "Business & Careers",
        "chartered financial planners and wealth advisers": "Personal Finance & Investing",
        "blockchain developers and DeFi founders": "Cryptocurrency & Blockchain",
        "commercial estate agents and property developers": "Real Estate",
        "founders of seed-stage startups": "Entrepreneurship",
        "members who follow Warren Buffett and index-fund content": "Personal Finance & Investing",
    },
    "food": {
        "head chefs and sous chefs at independent restaurants": "Cooking & Recipes;"
                                                                " Restaurants, Food & Grocery",
        "operations managers at restaurant groups": "Restaurants, Food & Grocery",
        "specialty coffee roasters and café owners": "Coffee, Tea & Beverages",
        "sommeliers and wine importers": "Beer, Wine & Spirits",
        "product developers at plant-based food startups": "Vegan & Vegetarian Food",
        "brewers at independent craft breweries": "Beer, Wine & Spirits",
    },
    "travel": {
        "consultants who fly to client sites every week": "Travel, Tourism & Aviation",
        "cabin crew and airline pilots": "Travel, Tourism & Aviation",
        "general managers at Marriott and Hilton properties": "Hotels & Resorts",
        "remote workers who list a new country every few months": "Backpacking & Budget Travel",
        "members who work from a converted camper van": "Road Trips & Vanlife",
    },
    "music": {
        "A&R scouts and label managers at Universal and Sony Music": "Music; Hip Hop & Rap",
        "festival producers and tour managers": "Concerts & Festivals",
        "session guitarists and piano teachers": "Musical Instruments",
        "hip-hop producers who list beatmaking as a skill": "Hip Hop & Rap; Music",
        "marketing staff at HYBE and SM Entertainment": "K-Pop; Music",
        "audio engineers at recording studios": "Music; Musical Instruments",
    },
    "sustainability": {
        "ESG analysts and chief sustainability officers": "Sustainability & Environment",
        "solar installers and wind-farm engineers": "Renewable Energy & Electric Vehicles",
        "waste and recycling operations managers": "Zero Waste & Recycling",
        "founders of refill and zero-packaging brands": "Zero Waste & Recycling",
        "buyers of organic ranges at grocery chains": "Organic & Natural Products",
        "engineers at EV charging networks": "Renewable Energy & Electric Vehicles",
    },
    "pets": {
        "small-animal vets and veterinary nurses": "Pets; Dogs & Puppies; Cats & Kittens",
        "professional dog trainers and groomers": "Dogs & Puppies",
        "feline behaviourists": "Cats & Kittens",
        "brand managers at Purina and Royal Canin": "Pet Food & Supplies",
        "animal shelter managers": "Pets",
    },
    "cars": {
        "sales managers at car dealerships": "Cars & Motorbikes",
        "race engineers at Formula 1 and Formula E teams": "Motorsport & Racing",
        "master mechanics who list engine remapping as a skill": "Car Tuning & Modification",
        "distributors of aftermarket car accessories": "Auto Parts & Accessories",
        "engineers at Ducati and Harley-Davidson": "Cars & Motorbikes",
    },
    "sports": {
        "commercial staff at Premier League and LaLiga clubs": "Football & Soccer",
        "analytics staff at NBA franchises": "Basketball",
        "executives at sports marketing agencies": "Sports",
        "bike fitters and cycling coaches": "Cycling",
        "surf school and ski school instructors": "Extreme Sports",
        "grassroots football coaches with a UEFA badge": "Football & Soccer",
    },
    "home": {
        "interior designers who post client room reveals": "Interior Design & Architecture;"
                                                           " Home Decor, Furniture & Garden",
        "architects at residential practices": "Interior Design & Architecture",
        "carpenters, joiners and renovation contractors": "DIY & Crafts",
        "landscape gardeners and plant nursery growers": "Gardening & Plants",
        "visual merchandisers at IKEA and West Elm": "Home Decor, Furniture & Garden",
    },
    "entertainment": {
        "TV producers and streaming commissioners": "Television & Film",
        "talent agents and celebrity publicists": "Celebrities & Pop Culture",
        "stand-up comedians who also write for television": "Comedy & Memes; Television & Film",
        "stage managers and musical theatre performers": "Theatre & Performing Arts",
        "social media managers who run meme accounts for brands": "Comedy & Memes;"
                                                                  " Celebrities & Pop Culture",
    },
    "education": {
        "secondary school teachers and heads of department": "Education & Learning",
        "editors and literary agents at publishing houses": "Books & Literature",
        "postdoctoral researchers in physics and biology": "Science",
        "curators and archivists": "History & Culture",
        "freelance translators and conference interpreters": "Languages & Linguistics",
        "instructional designers at edtech companies": "Education & Learning",
    },
    "luxury": {
        "C-suite executives at companies over 5,000 staff": "Luxury Goods; Luxury Travel",
        "client advisers at Louis Vuitton and Hermès": "Designer Fashion; Luxury Goods",
        "five-star hotel concierges and private jet brokers": "Luxury Travel",
        "Michelin-trained chefs": "Fine Dining",
        "private bankers serving ultra-high-net-worth clients": "Personal Finance & Investing",
    },
    "outdoor": {
        "park rangers and mountain leaders": "Camping & Hiking; Mountaineering & Climbing",
        "gamekeepers and fishing guides": "Fishing & Hunting",
        "product developers at Patagonia and The North Face": "Outdoor Gear & Equipment",
        "instructors at indoor climbing walls": "Mountaineering & Climbing",
        "Duke of Edinburgh expedition leaders": "Camping & Hiking",
    },
    "photography": {
        "freelance wedding and portrait photographers": "Camera & Photography",
        "UX designers with a Figma portfolio": "Art & Design",
        "children's book illustrators": "Drawing & Illustration",
        "editors who know Premiere Pro and DaVinci Resolve": "Film Making & Video Editing",
        "art directors at advertising agencies": "Art & Design",
    },
}

# Hand-written evaluation segments (keyword arguments of ``segments._seg``). Age and country
# are deliberately correlated in careers-new-parents-se, careers-grad-engineers-in and
# careers-senior-bankers-ch; careers-hard-* use phrases whose interests leave no trace in
# working life or reach labels that span several niches.
FIXED_SEGMENTS: tuple[dict[str, Any], ...] = (
    dict(id="careers-new-parents-se", name="New parents 25-44 in Sweden", description="""
         Swedish professionals back at work after parental leave who announced a new baby
         and run their careers around the family.""",
         ages=["25-34", "35-44"],
         interests=["parents back at work after a year of leave",
                    "members who announced a new baby on their profile",
                    "working mums in director-level roles"],
         countries=["SE"], languages=["sv", "en"]),
    dict(id="careers-grad-engineers-in", name="Young engineers 18-34 in India", description="""
         Indian backend and machine learning engineers who follow the big AI labs.""",
         ages=["18-24", "25-34"],
         interests=["senior backend engineers who list Python and Go",
                    "machine learning engineers with PyTorch experience",
                    "members who follow OpenAI and Anthropic company pages"],
         countries=["IN"], languages=["en"], filters={"platforms": ["youtube", "x"]}),
    dict(id="careers-senior-bankers-ch", name="Senior finance people 45-64 in Switzerland",
         description="""Swiss private bankers, wealth advisers and executives of large
         companies.""",
         ages=["45-54", "55-64"],
         interests=["private bankers serving ultra-high-net-worth clients",
                    "chartered financial planners and wealth advisers",
                    "C-suite executives at companies over 5,000 staff"],
         countries=["CH"], languages=["de", "fr"]),
    dict(id="careers-trainers-us", name="Fitness professionals 18-34 in the US",
         description="""American personal trainers, gym managers and sports nutritionists.""",
         ages=["18-24", "25-34"],
         interests=["personal trainers with a NASM or ACE certificate",
                    "club managers at PureGym and Planet Fitness",
                    "registered dietitians and sports nutritionists"],
         countries=["US"], filters={"platforms": ["instagram", "tiktok"]}),
    dict(id="careers-wellbeing-women-gb", name="Wellbeing practitioners, women 25-54 in the UK",
         description="""British yoga teachers, studio owners and HR leads running mindfulness
         at work.""",
         ages=["25-34", "35-44", "45-54"],
         interests=["yoga teachers with an RYT-200 credential",
                    "owners of reformer Pilates studios",
                    "HR leads who run mindfulness programmes for staff"],
         genders=["female"], countries=["GB"]),
    dict(id="careers-beauty-trade-kr-jp", name="Beauty trade 25-44 in South Korea and Japan",
         description="""Brand managers at cosmetics houses, aesthetic nurses and freelance
         makeup artists.""",
         ages=["25-34", "35-44"],
         interests=["brand managers at L'Oréal and Estée Lauder",
                    "aesthetic nurses and cosmetic dermatologists",
                    "freelance makeup artists for film and fashion shoots"],
         countries={"KR": 1.0, "JP": 0.7}, filters={"min_credibility": 0.7}),
    dict(id="careers-fashion-buyers-es-it", name="Fashion retail staff 25-44 in Spain and Italy",
         description="""Buyers, merchandisers and e-commerce managers at fashion chains.""",
         ages=["25-34", "35-44"],
         interests=["buyers and merchandisers at Inditex and H&M",
                    "e-commerce managers at online fashion stores",
                    "store managers at high-street chains"],
         countries={"ES": 1.0, "IT": 1.0}),
    dict(id="careers-game-devs-pl", name="Game developers, men 18-34 in Poland", description="""
         Polish game designers, Unreal developers and console QA testers.""",
         ages=["18-24", "25-34"],
         interests=["game designers at Ubisoft and Riot Games",
                    "Unity and Unreal Engine developers", "QA testers for console titles"],
         genders=["male"], countries=["PL"], filters={"platforms": ["twitch", "youtube"]}),
    dict(id="careers-founders-ng-ke", name="Startup founders 25-44 in Nigeria and Kenya",
         description="""Seed-stage founders, DeFi builders and index investors in West and East
         Africa.""",
         ages=["25-34", "35-44"],
         interests=["founders of seed-stage startups", "blockchain developers and DeFi founders",
                    "members who follow Warren Buffett and index-fund content"],
         countries={"NG": 1.0, "KE": 0.8}, languages=["en"]),
    dict(id="careers-hospitality-fr", name="Food and wine trade 25-54 in France",
         description="""French chefs, sommeliers and restaurant group managers.""",
         ages=["25-34", "35-44", "45-54"],
         interests=["head chefs and sous chefs at independent restaurants",
                    "sommeliers and wine importers", "operations managers at restaurant groups"],
         countries=["FR"], languages=["fr"]),
    dict(id="careers-road-workers-au", name="Remote workers 25-44 in Australia", description="""
         Australians who work remotely while travelling, some from a camper van, and fly to
         clients often.""",
         ages=["25-34", "35-44"],
         interests=["remote workers who list a new country every few months",
                    "members who work from a converted camper van",
                    "consultants who fly to client sites every week"],
         countries=["AU"]),
    dict(id="careers-music-trade-us-gb", name="Music industry 18-44 in the US and UK",
         description="""A&R scouts, hip-hop producers, festival producers and studio
         engineers.""",
         ages=["18-24", "25-34", "35-44"],
         interests=["A&R scouts and label managers at Universal and Sony Music",
                    "hip-hop producers who list beatmaking as a skill",
                    "festival producers and tour managers",
                    "audio engineers at recording studios"],
         countries={"US": 1.0, "GB": 0.6}),
    dict(id="careers-green-energy-de-dk", name="Clean-energy people 25-54 in Germany and "
         "Denmark", description="""ESG analysts, solar and wind engineers and EV charging
         engineers.""",
         ages=["25-34", "35-44", "45-54"],
         interests=["ESG analysts and chief sustainability officers",
                    "solar installers and wind-farm engineers",
                    "engineers at EV charging networks"],
         countries={"DE": 1.0, "DK": 0.5}),
    dict(id="careers-animal-care-ca", name="Animal care professionals 25-54 in Canada",
         description="""Canadian vets, dog trainers and animal shelter managers.""",
         ages=["25-34", "35-44", "45-54"],
         interests=["small-animal vets and veterinary nurses",
                    "professional dog trainers and groomers", "animal shelter managers"],
         countries=["CA"], filters={"followers": {"max": 500000}}),
    dict(id="careers-motor-trade-men-it", name="Motor trade, men 25-54 in Italy",
         description="""Italian race engineers, motorbike engineers and mechanics who remap
         engines.""",
         ages=["25-34", "35-44", "45-54"],
         interests=["race engineers at Formula 1 and Formula E teams",
                    "engineers at Ducati and Harley-Davidson",
                    "master mechanics who list engine remapping as a skill"],
         genders=["male"], countries=["IT"], languages=["it"]),
    dict(id="careers-design-trade-nl-be", name="Design professionals 25-44 in the Netherlands "
         "and Belgium", description="""Architects, interior designers, UX designers and art
         directors.""",
         ages=["25-34", "35-44"],
         interests=["architects at residential practices",
                    "interior designers who post client room reveals",
                    "UX designers with a Figma portfolio", "art directors at advertising agencies"],
         countries={"NL": 1.0, "BE": 0.6}, filters={"platforms": ["instagram", "youtube"]}),
    dict(id="careers-academics-de", name="Academics and teachers 25-64 in Germany",
         description="""German researchers, school teachers, curators and interpreters.""",
         ages=["25-34", "35-44", "45-54", "55-64"],
         interests=["postdoctoral researchers in physics and biology",
                    "secondary school teachers and heads of department",
                    "curators and archivists"],
         countries=["DE"], languages=["de"]),
    dict(id="careers-hard-sports-biz-br-mx", name="Sports business, men 18-44 in Brazil and "
         "Mexico", description="""Club commercial staff, esports team managers and race
         engineers: people a professional network files under one sports-business label.""",
         ages=["18-24", "25-34", "35-44"],
         interests=["commercial staff at Premier League and LaLiga clubs",
                    "esports team managers and tournament organisers",
                    "race engineers at Formula 1 and Formula E teams"],
         genders=["male"], countries={"BR": 1.0, "MX": 0.8},
         filters={"platforms": ["x", "youtube", "twitch"]}),
    dict(id="careers-hard-no-trace-kr-th", name="Pop and beauty workers 18-34 in South Korea "
         "and Thailand", description="""K-pop agency marketers, nail technicians, astrologers
         and meme-account managers: interests that leave little trace in working life.""",
         ages=["18-24", "25-34"],
         interests=["marketing staff at HYBE and SM Entertainment",
                    "self-employed nail technicians and lash artists",
                    "reiki healers and astrologers with a business page",
                    "social media managers who run meme accounts for brands"],
         countries={"KR": 1.0, "TH": 0.8}),
    dict(id="careers-hard-creators-us", name="Creator-economy workers 18-34 in the US",
         description="""Twitch partnership managers, video editors and anime studio staff: a
         creator-economy label and a skills label each take part of several niches.""",
         ages=["18-24", "25-34"],
         interests=["partnership managers at Twitch and Kick",
                    "editors who know Premiere Pro and DaVinci Resolve",
                    "manga translators and anime studio in-betweeners"],
         countries=["US"], filters={"followers": {"min": 10000}}),
)
