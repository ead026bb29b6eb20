"""Held-out vocabulary ``donors``: a fundraising platform's donor audiences by cause and giving.

Modelled on the audiences a fundraising platform or charity data cooperative builds from its
donation records (in the style of a peer-to-peer fundraising site's, a crowdfunding site's, a
donor-advised-fund sponsor's or a charities' shared donor file): people are known by the
causes they give to and how they give, and reported under a cause ("Animal shelter & rescue
donors", "Mental health charity donors", "Wildlife & ocean conservation donors"), a kind of
sponsored challenge ("Charity marathon & fun-run fundraisers", "Skydive & extreme challenge
fundraisers", "Charity banger rally & convoy entrants") or a way of giving ("Round-up &
checkout donation givers", "Donor-advised fund & stock-gift donors", "Charity auction
bidders", "Legacy & will pledgers"). An interest shows only through a cause it makes people
give to or a challenge it makes them do for one, so granularity follows the charity sector:
health and fitness split into medical research, mental health and four kinds of sponsored
challenge, animals into shelters, assistance dogs and animal adoptions, and the environment
into climate, beach cleans, trees and wildlife, while gaming is one charity-stream label and
tech a device drive, a coding club, open source and crowdfunded gadgets. Ways of giving gather
unrelated niches: "Charity auction bidders" (jewellery, sneakers, luxury goods, designer
fashion, art), "Round-up & checkout donation givers" (shopping, phones, groceries, coffee),
"Preloved & charity-shop donors" (clothes, shopping, furniture), "Fandom charity drive
members" (anime, K-pop, live streaming, celebrities), "Youth club & inner-city programme
donors" (hip-hop, basketball, streetwear), "Telethon & comedy night donors" (comedy, film and
television, celebrities). Interests that move nobody to give have no label: nail art, car
tuning, and car parts and accessories. Phrases are written the way a planner briefs a
fundraising platform: named charities, appeals and campaigns, sponsored events, how people
give, and what they give in whose name.

Written blind (without reading the matcher, its interest-matching notes or its results),
before any tuning or measurement of the matcher on it; it must not be adjusted to the
matcher's results. Strings are ";"-separated lists.
"""

from __future__ import annotations

from typing import Any

NAME = "donors"
DESCRIPTION = ("Fundraising-platform style: 66 donor audiences named by cause, sponsored "
               "challenge and way of giving; ways of giving gather several niches, three "
               "interests that move nobody to give have no label.")

LABELS: tuple[str, ...] = (
    # family
    "Children's hospital & sick-kids donors", "School PTA & toy-drive givers",
    "Birthday & wedding fundraiser hosts", "Baby loss & neonatal charity supporters",
    # health and sponsored challenges
    "Charity marathon & fun-run fundraisers", "Sponsored fitness challenge fundraisers",
    "Health & medical research donors", "Sponsored cycle & triathlon fundraisers",
    "Skydive & extreme challenge fundraisers", "Sponsored trek & summit challenge fundraisers",
    # wellbeing and faith
    "Mental health charity donors", "Charity yoga & retreat fundraisers",
    "Faith & temple community givers",
    # beauty, fashion and shopping
    "Beauty bank & hygiene drive donors", "Hair & wig donation givers",
    "Preloved & charity-shop donors", "Charity auction bidders",
    "Round-up & checkout donation givers",
    # screens and tech
    "Charity gaming marathon donors", "Fandom charity drive members",
    "STEM & coding club sponsors", "Device & laptop donation givers",
    "Open-source & tech-for-good sponsors", "Crowdfunding product backers",
    # money and work
    "Payroll giving & gift-matching employees", "Donor-advised fund & stock-gift donors",
    "Crypto donation givers", "Microloan & small-business lenders",
    "Housing & homelessness donors", "Legacy & will pledgers",
    "Major-gift & philanthropy circle members",
    # food and drink
    "Food bank & hunger relief donors", "Fair-trade & farmer cooperative supporters",
    "Charity dinner & bake sale hosts", "Pub quiz & beer festival fundraisers",
    "Animal rights & vegan campaign supporters",
    # travel
    "Refugee & humanitarian appeal donors", "Volunteer travel & overseas project fundraisers",
    "Airline miles & hotel points donors", "Charity banger rally & convoy entrants",
    # music, stage and screen
    "Grassroots music venue supporters", "Music education & instrument bank donors",
    "Youth club & inner-city programme donors", "Theatre, opera & orchestra patrons",
    "Telethon & comedy night donors", "Documentary & indie film crowdfunders",
    # environment and animals
    "Climate & clean energy campaign backers", "Beach clean & plastic-free volunteers",
    "Tree planting & rewilding donors", "Wildlife & ocean conservation donors",
    "Animal shelter & rescue donors", "Guide & assistance dog sponsors",
    "Endangered animal adoption sponsors",
    # sport and the outdoors
    "Grassroots sports club supporters", "Football foundation & fan-trust members",
    "Disability sport & Paralympic sponsors", "Air ambulance & lifeboat supporters",
    "Mountain rescue & trail trust supporters", "Angling & wetland conservation trust members",
    # home, learning and the arts
    "Habitat home-build & repair volunteers", "Knit & craft-for-charity makers",
    "Friends-of-the-park group members", "Heritage building & museum members",
    "Library & literacy supporters", "Scholarship & alumni fund donors",
    "Open-studio & charity print sale buyers",
)

# Latent interest -> the donor audiences a follower holding it is reported under (none for
# three interests that move nobody to give).
REPORTS: dict[str, str] = {
    # parenting
    "Toys, Children & Baby": "Children's hospital & sick-kids donors;"
                             " School PTA & toy-drive givers;"
                             " Endangered animal adoption sponsors",
    "Parenting & Family": "Children's hospital & sick-kids donors;"
                          " School PTA & toy-drive givers",
    "Friends, Family & Relationships": "Birthday & wedding fundraiser hosts",
    "Pregnancy & Maternity": "Baby loss & neonatal charity supporters;"
                             " Children's hospital & sick-kids donors",
    # fitness
    "Fitness & Gym": "Sponsored fitness challenge fundraisers;"
                     " Sponsored cycle & triathlon fundraisers",
    "Healthy Lifestyle": "Health & medical research donors;"
                         " Charity marathon & fun-run fundraisers",
    "Sports Nutrition & Supplements": "Sponsored fitness challenge fundraisers",
    "Activewear": "Sponsored fitness challenge fundraisers;"
                  " Charity marathon & fun-run fundraisers",
    "Running & Marathons": "Charity marathon & fun-run fundraisers",
    # wellness
    "Yoga & Pilates": "Charity yoga & retreat fundraisers; Mental health charity donors",
    "Meditation & Mindfulness": "Mental health charity donors; Faith & temple community givers",
    "Alternative Medicine": "Charity yoga & retreat fundraisers",
    "Spirituality & Astrology": "Faith & temple community givers",
    # beauty
    "Beauty & Cosmetics": "Beauty bank & hygiene drive donors",
    "Skincare": "Beauty bank & hygiene drive donors",
    "Hair Care & Styling": "Hair & wig donation givers; Beauty bank & hygiene drive donors",
    "Fragrances & Perfume": "Beauty bank & hygiene drive donors",
    "Nail Art": "",
    # fashion
    "Clothes, Shoes, Handbags & Accessories": "Preloved & charity-shop donors",
    "Jewellery & Watches": "Charity auction bidders",
    "Streetwear & Sneakers": "Youth club & inner-city programme donors;"
                             " Charity auction bidders",
    "Shopping & Retail": "Round-up & checkout donation givers; Preloved & charity-shop donors",
    # gaming
    "Gaming": "Charity gaming marathon donors",
    "Esports": "Charity gaming marathon donors",
    "PC & Console Gaming": "Charity gaming marathon donors",
    "Anime & Manga": "Fandom charity drive members",
    "Streaming & Live Video": "Charity gaming marathon donors; Fandom charity drive members",
    # tech
    "Electronics & Computers": "Device & laptop donation givers; Crowdfunding product backers",
    "Mobile Phones & Gadgets": "Device & laptop donation givers;"
                               " Round-up & checkout donation givers;"
                               " Crowdfunding product backers",
    "Software & Programming": "Open-source & tech-for-good sponsors;"
                              " STEM & coding club sponsors",
    "Artificial Intelligence & Data": "Open-source & tech-for-good sponsors;"
                                      " STEM & coding club sponsors",
    # finance
    "Business & Careers": "Payroll giving & gift-matching employees;"
                          " Scholarship & alumni fund donors",
    "Personal Finance & Investing": "Donor-advised fund & stock-gift donors;"
                                    " Legacy & will pledgers;"
                                    " Microloan & small-business lenders",
    "Cryptocurrency & Blockchain": "Crypto donation givers",
    "Real Estate": "Housing & homelessness donors; Legacy & will pledgers",
    "Entrepreneurship": "Microloan & small-business lenders; Crowdfunding product backers",
    # food
    "Restaurants, Food & Grocery": "Food bank & hunger relief donors;"
                                   " Round-up & checkout donation givers",
    "Cooking & Recipes": "Charity dinner & bake sale hosts; Food bank & hunger relief donors",
    "Coffee, Tea & Beverages": "Fair-trade & farmer cooperative supporters;"
                               " Round-up & checkout donation givers",
    "Beer, Wine & Spirits": "Pub quiz & beer festival fundraisers",
    "Vegan & Vegetarian Food": "Animal rights & vegan campaign supporters",
    # travel
    "Travel, Tourism & Aviation": "Airline miles & hotel points donors;"
                                  " Volunteer travel & overseas project fundraisers",
    "Hotels & Resorts": "Airline miles & hotel points donors",
    "Backpacking & Budget Travel": "Volunteer travel & overseas project fundraisers;"
                                   " Refugee & humanitarian appeal donors",
    "Road Trips & Vanlife": "Charity banger rally & convoy entrants",
    # music
    "Music": "Grassroots music venue supporters",
    "Concerts & Festivals": "Grassroots music venue supporters",
    "Hip Hop & Rap": "Youth club & inner-city programme donors;"
                     " Grassroots music venue supporters",
    "Musical Instruments": "Music education & instrument bank donors;"
                           " Theatre, opera & orchestra patrons",
    "K-Pop": "Fandom charity drive members",
    # sustainability
    "Sustainability & Environment": "Climate & clean energy campaign backers;"
                                    " Tree planting & rewilding donors;"
                                    " Wildlife & ocean conservation donors",
    "Zero Waste & Recycling": "Beach clean & plastic-free volunteers",
    "Organic & Natural Products": "Fair-trade & farmer cooperative supporters",
    "Renewable Energy & Electric Vehicles": "Climate & clean energy campaign backers",
    # pets
    "Pets": "Animal shelter & rescue donors; Endangered animal adoption sponsors",
    "Dogs & Puppies": "Animal shelter & rescue donors; Guide & assistance dog sponsors;"
                      " Friends-of-the-park group members",
    "Cats & Kittens": "Animal shelter & rescue donors",
    "Pet Food & Supplies": "Animal shelter & rescue donors",
    # cars
    "Cars & Motorbikes": "Charity banger rally & convoy entrants;"
                         " Air ambulance & lifeboat supporters",
    "Motorsport & Racing": "Charity banger rally & convoy entrants",
    "Car Tuning & Modification": "",
    "Auto Parts & Accessories": "",
    # sports
    "Sports": "Grassroots sports club supporters; Disability sport & Paralympic sponsors",
    "Football & Soccer": "Football foundation & fan-trust members;"
                         " Grassroots sports club supporters",
    "Basketball": "Grassroots sports club supporters;"
                  " Youth club & inner-city programme donors",
    "Cycling": "Sponsored cycle & triathlon fundraisers",
    "Extreme Sports": "Skydive & extreme challenge fundraisers;"
                      " Beach clean & plastic-free volunteers;"
                      " Wildlife & ocean conservation donors",
    # home
    "Home Decor, Furniture & Garden": "Preloved & charity-shop donors;"
                                      " Housing & homelessness donors",
    "DIY & Crafts": "Habitat home-build & repair volunteers; Knit & craft-for-charity makers",
    "Gardening & Plants": "Friends-of-the-park group members; Tree planting & rewilding donors",
    "Interior Design & Architecture": "Heritage building & museum members;"
                                      " Habitat home-build & repair volunteers",
    # entertainment
    "Television & Film": "Telethon & comedy night donors;"
                         " Documentary & indie film crowdfunders",
    "Celebrities & Pop Culture": "Telethon & comedy night donors; Fandom charity drive members",
    "Comedy & Memes": "Telethon & comedy night donors",
    "Theatre & Performing Arts": "Theatre, opera & orchestra patrons",
    # education
    "Books & Literature": "Library & literacy supporters",
    "Education & Learning": "Library & literacy supporters; Scholarship & alumni fund donors;"
                            " School PTA & toy-drive givers",
    "Science": "Health & medical research donors; STEM & coding club sponsors",
    "History & Culture": "Heritage building & museum members",
    "Languages & Linguistics": "Refugee & humanitarian appeal donors",
    # luxury
    "Luxury Goods": "Charity auction bidders; Major-gift & philanthropy circle members",
    "Luxury Travel": "Major-gift & philanthropy circle members;"
                     " Airline miles & hotel points donors",
    "Fine Dining": "Charity dinner & bake sale hosts;"
                   " Major-gift & philanthropy circle members",
    "Designer Fashion": "Charity auction bidders",
    # outdoor
    "Camping & Hiking": "Mountain rescue & trail trust supporters;"
                        " Sponsored trek & summit challenge fundraisers",
    "Fishing & Hunting": "Angling & wetland conservation trust members;"
                         " Air ambulance & lifeboat supporters",
    "Mountaineering & Climbing": "Sponsored trek & summit challenge fundraisers;"
                                 " Mountain rescue & trail trust supporters",
    "Outdoor Gear & Equipment": "Mountain rescue & trail trust supporters;"
                                " Angling & wetland conservation trust members",
    # photography
    "Camera & Photography": "Open-studio & charity print sale buyers",
    "Art & Design": "Open-studio & charity print sale buyers; Charity auction bidders",
    "Drawing & Illustration": "Open-studio & charity print sale buyers",
    "Film Making & Video Editing": "Documentary & indie film crowdfunders",
}

# niche -> {phrase: the latent interests whose holders are the phrase's audience}, written as
# a planner briefs a fundraising platform: named charities, appeals and campaigns, sponsored
# events, how people give, and what they give in whose name.
PHRASES: dict[str, dict[str, str]] = {
    "parenting": {
        "parents who gave to Great Ormond Street's Christmas appeal": "Parenting & Family",
        "donors to the Tiny Tickers and Bliss neonatal appeals": "Pregnancy & Maternity",
        "couples who asked for charity donations instead of wedding gifts":
            "Friends, Family & Relationships",
        "grandparents who sponsor a child through Plan International": "Parenting & Family",
        "families who fill a shoebox for Operation Christmas Child": "Toys, Children & Baby;"
                                                                    " Parenting & Family",
        "friends who set up a GoFundMe for a mate's surgery": "Friends, Family & Relationships",
    },
    "fitness": {
        "London Marathon charity-place runners": "Running & Marathons",
        "Movember Move participants logging 60 km in November": "Healthy Lifestyle;"
                                                                " Running & Marathons",
        "CrossFit boxes doing the Murph workout for veterans": "Fitness & Gym",
        "Race for Life 5k entrants in pink tutus": "Running & Marathons; Healthy Lifestyle",
        "protein fans who bought a Myprotein charity bundle": "Sports Nutrition & Supplements",
        "gym-goers doing 100 push-ups a day for a month of pledges": "Fitness & Gym",
        "activewear buyers who add a donation to a Gymshark order": "Activewear",
    },
    "wellness": {
        "yoga teachers hosting donation-based classes for Ukraine": "Yoga & Pilates",
        "Mind and Samaritans monthly givers": "Meditation & Mindfulness",
        "Reiki and acupuncture practitioners fundraising for a hospice": "Alternative Medicine",
        "church and mosque collection-plate givers": "Spirituality & Astrology",
        "Diwali and Ramadan zakat givers": "Spirituality & Astrology",
        "meditators who sponsored a silent retreat for veterans": "Meditation & Mindfulness",
    },
    "beauty": {
        "Beauty Banks donors who give unopened skincare": "Skincare; Beauty & Cosmetics",
        "women who cut 30 cm for the Little Princess Trust": "Hair Care & Styling",
        "makeup artists volunteering at Look Good Feel Better": "Beauty & Cosmetics",
        "nail technicians running a charity manicure day": "Nail Art; Beauty & Cosmetics",
        "perfume collectors who give samples to women's refuges": "Fragrances & Perfume",
        "barbers giving free haircuts to rough sleepers": "Hair Care & Styling",
    },
    "fashion": {
        "Oxfam and Red Cross shop donors of bags and coats":
            "Clothes, Shoes, Handbags & Accessories",
        "sneakerheads bidding on signed Air Jordans for charity": "Streetwear & Sneakers",
        "Depop sellers who give a share of each sale": "Clothes, Shoes, Handbags & Accessories;"
                                                       " Shopping & Retail",
        "shoppers who round up their basket for a children's charity": "Shopping & Retail",
        "bidders on Cartier and Rolex lots at charity sales": "Jewellery & Watches;"
                                                             " Luxury Goods",
    },
    "gaming": {
        "GDQ speedrun marathon donors": "Gaming; PC & Console Gaming",
        "Extra Life gamers playing 24 hours for kids' hospitals": "Gaming",
        "viewers who donate during Z Event charity streams": "Streaming & Live Video; Gaming",
        "esports fans backing a charity show match": "Esports",
        "anime fans raising money for Kyoto Animation": "Anime & Manga",
        "streamers hosting a subathon for St Jude": "Streaming & Live Video",
    },
    "tech": {
        "developers funding maintainers on GitHub Sponsors": "Software & Programming",
        "Kickstarter backers of smart gadgets": "Mobile Phones & Gadgets;"
                                                " Electronics & Computers",
        "people who gave an old laptop to a school scheme": "Electronics & Computers",
        "AI researchers donating to AI safety nonprofits": "Artificial Intelligence & Data",
        "Code Club and Girls Who Code sponsors": "Software & Programming",
        "iPhone upgraders who trade in for a charity donation": "Mobile Phones & Gadgets",
    },
    "finance": {
        "Fidelity Charitable and Schwab donor-advised fund holders":
            "Personal Finance & Investing",
        "Kiva lenders funding women-led businesses": "Entrepreneurship",
        "Bitcoin and Ethereum donors via The Giving Block": "Cryptocurrency & Blockchain",
        "employees whose company doubles their donation": "Business & Careers",
        "landlords who give to Shelter and Crisis": "Real Estate",
        "retirees leaving a gift in their will to a hospice": "Personal Finance & Investing",
    },
    "food": {
        "Trussell Trust food bank donors": "Restaurants, Food & Grocery",
        "home bakers running a Macmillan Coffee Morning": "Cooking & Recipes",
        "Fairtrade coffee drinkers supporting growers": "Coffee, Tea & Beverages",
        "craft beer drinkers at a charity tap takeover": "Beer, Wine & Spirits",
        "vegans giving to Animal Equality and PETA": "Vegan & Vegetarian Food",
        "chefs cooking a charity supper for StreetSmart": "Restaurants, Food & Grocery;"
                                                         " Cooking & Recipes",
    },
    "travel": {
        "travellers who donate air miles to Make-A-Wish": "Travel, Tourism & Aviation",
        "gap-year students fundraising for a build project in Nepal":
            "Backpacking & Budget Travel",
        "Mongol Rally teams raising money for Cool Earth": "Road Trips & Vanlife;"
                                                          " Cars & Motorbikes",
        "Marriott Bonvoy members redeeming points for disaster relief": "Hotels & Resorts",
        "backpackers who volunteer at refugee camps in Greece": "Backpacking & Budget Travel",
        "vanlifers driving aid to Ukraine": "Road Trips & Vanlife",
    },
    "music": {
        "gig-goers who chipped in to save their local venue": "Concerts & Festivals",
        "Live Aid and Band Aid generation givers": "Music",
        "K-pop fandoms donating in their idol's name on birthdays": "K-Pop",
        "rap fans backing a youth music programme in Atlanta": "Hip Hop & Rap",
        "guitarists donating instruments to school music programmes": "Musical Instruments",
        "Glastonbury goers who give at the Oxfam and WaterAid stalls": "Concerts & Festivals",
    },
    "sustainability": {
        "Greenpeace and Friends of the Earth monthly members": "Sustainability & Environment",
        "Surfers Against Sewage volunteers": "Zero Waste & Recycling; Extreme Sports",
        "Trees for Cities and One Tree Planted donors": "Sustainability & Environment",
        "solar co-op members who fund community energy":
            "Renewable Energy & Electric Vehicles",
        "organic shoppers giving to the Soil Association": "Organic & Natural Products",
        "zero-wasters who run a Plastic Free July challenge": "Zero Waste & Recycling",
    },
    "pets": {
        "RSPCA and ASPCA monthly givers": "Pets",
        "Guide Dogs puppy sponsors": "Dogs & Puppies",
        "cat rescue volunteers who fund trap-neuter-return": "Cats & Kittens",
        "owners who drop pet food at a shelter collection bin": "Pet Food & Supplies",
        "WWF snow leopard adopters": "Pets",
        "GoFundMe donors to a neighbour's vet bill": "Pets; Friends, Family & Relationships",
    },
    "cars": {
        "bikers on a toy run for children's hospitals": "Cars & Motorbikes",
        "motorcyclists who fund the Kent, Surrey & Sussex air ambulance": "Cars & Motorbikes",
        "F1 fans bidding on race-worn helmets for charity": "Motorsport & Racing",
        "modified-car show entrants raising money for a hospice": "Car Tuning & Modification;"
                                                                 " Cars & Motorbikes",
        "car detailers washing cars for a cancer charity": "Auto Parts & Accessories;"
                                                          " Cars & Motorbikes",
        "Gumball 3000 charity rally followers": "Motorsport & Racing; Luxury Goods",
    },
    "sports": {
        "season-ticket holders who give to their club's foundation": "Football & Soccer",
        "RideLondon cyclists riding for a hospice": "Cycling",
        "Ironman age-groupers racing for a charity": "Cycling; Running & Marathons",
        "tandem skydivers jumping for a brain tumour charity": "Extreme Sports",
        "NBA fans donating to a Jr. NBA league": "Basketball",
        "Special Olympics and Paralympics GB supporters": "Sports",
        "five-a-side players in a charity tournament": "Football & Soccer",
    },
    "home": {
        "Habitat for Humanity build-day volunteers": "DIY & Crafts",
        "knitters making blankets for a premature-baby unit": "DIY & Crafts",
        "gardeners opening their garden for the National Garden Scheme": "Gardening & Plants",
        "National Trust and English Heritage members": "Interior Design & Architecture;"
                                                      " History & Culture",
        "people donating a sofa to the British Heart Foundation":
            "Home Decor, Furniture & Garden",
        "architects giving pro bono time to a homeless charity":
            "Interior Design & Architecture",
    },
    "entertainment": {
        "Red Nose Day and Comic Relief givers": "Comedy & Memes; Television & Film",
        "Children in Need phone-in donors": "Television & Film",
        "Broadway Cares and West End Bares supporters": "Theatre & Performing Arts",
        "Swifties matching Taylor Swift's food bank donations": "Celebrities & Pop Culture",
        "meme pages raising money for a viral cause": "Comedy & Memes",
        "film buffs backing documentaries on Seed&Spark": "Television & Film;"
                                                         " Film Making & Video Editing",
    },
    "education": {
        "Book Aid and Room to Read donors": "Books & Literature",
        "alumni giving to their university's annual fund": "Education & Learning",
        "Wikipedia December banner donors": "Education & Learning",
        "donors to Cancer Research UK's lab programmes": "Science",
        "Duolingo learners supporting refugee language classes": "Languages & Linguistics",
        "donors restoring a Roman villa dig": "History & Culture",
        "Khan Academy monthly supporters": "Education & Learning",
    },
    "luxury": {
        "philanthropists who fund a named hospital wing": "Luxury Goods",
        "amfAR gala bidders at Cannes": "Luxury Goods; Designer Fashion",
        "Michelin-star diners at a charity chefs' table": "Fine Dining",
        "first-class flyers who give their upgrade points": "Luxury Travel",
        "donors of couture gowns to a charity sale": "Designer Fashion",
    },
    "outdoor": {
        "hill walkers who give to Mountain Rescue England and Wales": "Camping & Hiking",
        "Three Peaks Challenge walkers raising money": "Camping & Hiking;"
                                                      " Mountaineering & Climbing",
        "Kilimanjaro charity climbers": "Mountaineering & Climbing",
        "anglers funding river restoration with the Wild Trout Trust": "Fishing & Hunting",
        "Ducks Unlimited members": "Fishing & Hunting",
        "hikers who donate used kit at a gear swap": "Outdoor Gear & Equipment",
    },
    "photography": {
        "photographers selling prints for Ukraine": "Camera & Photography",
        "illustrators auctioning original art for a children's hospice":
            "Drawing & Illustration",
        "indie filmmakers crowdfunding on Seed&Spark": "Film Making & Video Editing",
        "art collectors bidding at a Frieze charity auction": "Art & Design; Luxury Goods",
        "wedding photographers shooting for free for terminally ill couples":
            "Camera & Photography; Friends, Family & Relationships",
        "YouTube editors who cut fundraising videos for charities":
            "Film Making & Video Editing",
    },
}

# Hand-written evaluation segments (keyword arguments of ``segments._seg``). Age and country
# are deliberately correlated in donors-neonatal-parents-gb, donors-fandoms-ph and
# donors-legacy-retirees-us; donors-hard-* use phrases whose interests move nobody to give or
# reach ways of giving that gather several niches.
FIXED_SEGMENTS: tuple[dict[str, Any], ...] = (
    dict(id="donors-neonatal-parents-gb", name="New parents 25-34 in the UK",
         description="""British parents who gave to neonatal appeals, fill Christmas shoeboxes
         and asked for donations instead of wedding gifts.""",
         ages=["25-34"],
         interests=["donors to the Tiny Tickers and Bliss neonatal appeals",
                    "families who fill a shoebox for Operation Christmas Child",
                    "couples who asked for charity donations instead of wedding gifts"],
         countries=["GB"], languages=["en"]),
    dict(id="donors-fandoms-ph", name="Fandom donors 13-24 in the Philippines",
         description="""Young K-pop and anime fans who donate in their idols' names and during
         charity streams.""",
         ages=["13-17", "18-24"],
         interests=["K-pop fandoms donating in their idol's name on birthdays",
                    "anime fans raising money for Kyoto Animation",
                    "viewers who donate during Z Event charity streams"],
         countries=["PH"], filters={"platforms": ["tiktok", "twitch", "youtube"]}),
    dict(id="donors-legacy-retirees-us", name="Legacy and fund donors 55+ in the US",
         description="""American retirees who hold a donor-advised fund, leave a gift in their
         will and fund a named hospital wing.""",
         ages=["55-64", "65+"],
         interests=["Fidelity Charitable and Schwab donor-advised fund holders",
                    "retirees leaving a gift in their will to a hospice",
                    "philanthropists who fund a named hospital wing"],
         countries=["US"], filters={"platforms": ["youtube", "x"]}),
    dict(id="donors-marathoners-gb-ie", name="Charity runners 25-44 in the UK and Ireland",
         description="""London Marathon charity-place runners, Race for Life entrants and
         Ironman age-groupers racing for a cause.""",
         ages=["25-34", "35-44"],
         interests=["London Marathon charity-place runners",
                    "Race for Life 5k entrants in pink tutus",
                    "Ironman age-groupers racing for a charity"],
         countries={"GB": 1.0, "IE": 0.5}),
    dict(id="donors-gamers-us-ca", name="Charity-stream gamers 18-34 in the US and Canada",
         description="""GDQ donors, Extra Life players and streamers hosting subathons for
         children's hospitals.""",
         ages=["18-24", "25-34"],
         interests=["GDQ speedrun marathon donors",
                    "Extra Life gamers playing 24 hours for kids' hospitals",
                    "streamers hosting a subathon for St Jude"],
         countries={"US": 1.0, "CA": 0.4}, filters={"platforms": ["twitch", "youtube"]}),
    dict(id="donors-animal-lovers-au-nz", name="Animal lovers 25-54 in Australia and New "
         "Zealand", description="""Monthly animal-welfare givers, guide-dog puppy sponsors and
         cat rescue volunteers.""",
         ages=["25-34", "35-44", "45-54"],
         interests=["RSPCA and ASPCA monthly givers", "Guide Dogs puppy sponsors",
                    "cat rescue volunteers who fund trap-neuter-return"],
         countries={"AU": 1.0, "NZ": 0.5}),
    dict(id="donors-climate-de-nl", name="Climate givers 18-44 in Germany and the "
         "Netherlands", description="""Greenpeace members, tree-planting donors and solar
         co-op members funding community energy.""",
         ages=["18-24", "25-34", "35-44"],
         interests=["Greenpeace and Friends of the Earth monthly members",
                    "Trees for Cities and One Tree Planted donors",
                    "solar co-op members who fund community energy"],
         countries={"DE": 1.0, "NL": 0.6}),
    dict(id="donors-faith-givers-in-pk", name="Faith and festival givers 25-54 in India and "
         "Pakistan", description="""Diwali and Ramadan givers, temple and mosque collection
         donors and meditators sponsoring retreats.""",
         ages=["25-34", "35-44", "45-54"],
         interests=["Diwali and Ramadan zakat givers",
                    "church and mosque collection-plate givers",
                    "meditators who sponsored a silent retreat for veterans"],
         countries={"IN": 1.0, "PK": 0.7}),
    dict(id="donors-tech-givers-us", name="Tech givers 25-44 in the US",
         description="""Developers funding open-source maintainers, AI safety donors and
         Kickstarter gadget backers.""",
         ages=["25-34", "35-44"],
         interests=["developers funding maintainers on GitHub Sponsors",
                    "AI researchers donating to AI safety nonprofits",
                    "Kickstarter backers of smart gadgets"],
         countries=["US"], filters={"platforms": ["youtube", "x"]}),
    dict(id="donors-football-fans-gb", name="Football fans, men 18-44 in the UK",
         description="""Season-ticket holders giving to club foundations, five-a-side charity
         players and Movember movers.""",
         ages=["18-24", "25-34", "35-44"],
         interests=["season-ticket holders who give to their club's foundation",
                    "five-a-side players in a charity tournament",
                    "Movember Move participants logging 60 km in November"],
         genders=["male"], countries=["GB"]),
    dict(id="donors-outdoor-challengers-gb-nz", name="Outdoor challengers 25-54 in the "
         "UK and New Zealand", description="""Kilimanjaro climbers, Three Peaks walkers
         and hill walkers who give to mountain rescue.""",
         ages=["25-34", "35-44", "45-54"],
         interests=["Kilimanjaro charity climbers", "Three Peaks Challenge walkers raising money",
                    "hill walkers who give to Mountain Rescue England and Wales"],
         countries={"GB": 1.0, "NZ": 0.5}),
    dict(id="donors-food-givers-fr-be", name="Food givers 25-64 in France and Belgium",
         description="""Food bank donors, charity supper chefs and Fairtrade coffee drinkers
         supporting growers.""",
         ages=["25-34", "35-44", "45-54", "55-64"],
         interests=["Trussell Trust food bank donors",
                    "chefs cooking a charity supper for StreetSmart",
                    "Fairtrade coffee drinkers supporting growers"],
         countries={"FR": 1.0, "BE": 0.6}),
    dict(id="donors-arts-patrons-it-es", name="Arts patrons 35-64 in Italy and Spain",
         description="""Theatre charity supporters, heritage members and photographers selling
         prints for a cause.""",
         ages=["35-44", "45-54", "55-64"],
         interests=["Broadway Cares and West End Bares supporters",
                    "National Trust and English Heritage members",
                    "photographers selling prints for Ukraine"],
         countries={"IT": 1.0, "ES": 0.8}),
    dict(id="donors-beauty-givers-us-gb", name="Beauty givers, women 18-44 in the US and UK",
         description="""Beauty Banks donors, hair donors for wigs and makeup artists
         volunteering for people in cancer treatment.""",
         ages=["18-24", "25-34", "35-44"],
         interests=["Beauty Banks donors who give unopened skincare",
                    "women who cut 30 cm for the Little Princess Trust",
                    "makeup artists volunteering at Look Good Feel Better"],
         genders=["female"], countries={"US": 1.0, "GB": 0.8},
         filters={"platforms": ["instagram", "tiktok"]}),
    dict(id="donors-volunteer-travellers-au-gb", name="Volunteer travellers 18-34 in Australia "
         "and the UK", description="""Gap-year fundraisers, refugee-camp volunteers and
         Mongol Rally teams.""",
         ages=["18-24", "25-34"],
         interests=["gap-year students fundraising for a build project in Nepal",
                    "backpackers who volunteer at refugee camps in Greece",
                    "Mongol Rally teams raising money for Cool Earth"],
         countries={"AU": 1.0, "GB": 0.9}),
    dict(id="donors-music-givers-us", name="Music givers 18-44 in the US",
         description="""Fans saving their local venue, rap fans backing youth music programmes
         and guitarists donating instruments.""",
         ages=["18-24", "25-34", "35-44"],
         interests=["gig-goers who chipped in to save their local venue",
                    "rap fans backing a youth music programme in Atlanta",
                    "guitarists donating instruments to school music programmes"],
         countries=["US"], filters={"followers": {"max": 500000}}),
    dict(id="donors-hard-no-trace-br", name="Manicurists and car modifiers 18-44 in Brazil",
         description="""People whose interests mostly move nobody to give: nail art, modified
         cars and car care.""",
         ages=["18-24", "25-34", "35-44"],
         interests=["nail technicians running a charity manicure day",
                    "modified-car show entrants raising money for a hospice",
                    "car detailers washing cars for a cancer charity"],
         countries=["BR"], languages=["pt"]),
    dict(id="donors-hard-auctions-ae-gb", name="Charity auction bidders 25-64 in the UAE and "
         "the UK", description="""Sneaker, watch and art bidders: one auction label gathers
         streetwear, jewellery, luxury goods and art.""",
         ages=["25-34", "35-44", "45-54", "55-64"],
         interests=["sneakerheads bidding on signed Air Jordans for charity",
                    "bidders on Cartier and Rolex lots at charity sales",
                    "art collectors bidding at a Frieze charity auction"],
         countries={"AE": 1.0, "GB": 0.8}, filters={"followers": {"min": 20000}}),
    dict(id="donors-hard-fandoms-kr-jp", name="Fan and celebrity donors 18-34 in South Korea "
         "and Japan", description="""K-pop fandoms, Swifties and anime fans: one fandom label
         gathers K-pop, anime, streaming and celebrity culture.""",
         ages=["18-24", "25-34"],
         interests=["K-pop fandoms donating in their idol's name on birthdays",
                    "Swifties matching Taylor Swift's food bank donations",
                    "anime fans raising money for Kyoto Animation"],
         countries={"KR": 1.0, "JP": 0.8}),
    dict(id="donors-hard-round-ups-mx-es", name="Everyday micro-givers 18-44 in Mexico and "
         "Spain", description="""Shoppers rounding up, coffee drinkers and phone upgraders: one
         round-up label gathers shopping, groceries, coffee and phones.""",
         ages=["18-24", "25-34", "35-44"],
         interests=["shoppers who round up their basket for a children's charity",
                    "Fairtrade coffee drinkers supporting growers",
                    "iPhone upgraders who trade in for a charity donation"],
         countries={"MX": 1.0, "ES": 0.8}, languages=["es"]),
)
