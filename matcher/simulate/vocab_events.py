"""Held-out vocabulary ``events``: a ticketing and event platform's attendee audiences.

Modelled on the audiences a ticketing, registration and RSVP platform sells (in the style of
Ticketmaster, Eventbrite, Dice or Meetup): the platform knows which events a person buys
tickets for, registers for or says they will attend, and reports people under the kind of event
("Marathon & road race registrants", "Esports final ticket buyers", "Wine tasting & beer
festival ticket buyers", "Careers fair & networking RSVPs"). An interest shows only where it
has events, so granularity follows the events calendar: live music splits into stadium
concerts, festivals, club nights, K-pop fan meetings and open mics, sport into match tickets by
sport, while cooking, coffee or pets are one or two kinds of event each. Several labels gather
unrelated niches: "Creator & influencer meetup attendees" (live streaming, celebrities,
entrepreneurship), "Wellness festival & retreat ticket buyers" (yoga, meditation, healthy
living, alternative medicine), "Obstacle race & triathlon registrants" (fitness, running,
cycling), "Vegan & plant-based fair attendees" (vegan food, organic products, the environment),
"Mind, body & spirit fair attendees" (astrology, alternative medicine, organic products),
"Charity gala & black-tie ball guests" (luxury goods, designer fashion, jewellery), "Polo,
regatta & racecourse hospitality guests" (luxury travel and sport), "Anime & comic convention
attendees" (anime and illustration), "Auction & art fair preview guests" (art and luxury
goods). Everyday consumption that has no events has no label: nail art, pet food and supplies,
and car parts and accessories. Phrases are written the way a planner briefs an event platform:
named events, shows, tours and festivals, ticket types, and how often people book.

Written blind (without reading the matcher, its interest-matching notes or its results),
before any tuning or measurement of the matcher on it; it must not be adjusted to the
matcher's results. Strings are ";"-separated lists.
"""

from __future__ import annotations

from typing import Any

NAME = "events"
DESCRIPTION = ("Ticketing and event-platform style: 77 attendee audiences named by the kind of "
               "event people buy tickets for, register for or RSVP to; conventions, festivals "
               "and galas gather several niches, three everyday interests with no events have "
               "no label.")

LABELS: tuple[str, ...] = (
    # family
    "Family show & kids' event ticket buyers", "Baby & parenting expo attendees",
    "Wedding fair & bridal show attendees", "Speed dating & singles night ticket buyers",
    # fitness and wellness
    "Fitness class & bootcamp bookers", "Marathon & road race registrants",
    "Obstacle race & triathlon registrants", "Health & fitness expo attendees",
    "Yoga & pilates workshop bookers", "Wellness festival & retreat ticket buyers",
    "Mind, body & spirit fair attendees",
    # beauty and fashion
    "Beauty expo & masterclass attendees", "Fashion week & runway show ticket buyers",
    "Sample sale & pop-up shop RSVPs", "Sneaker convention attendees",
    # games and creators
    "Esports final ticket buyers", "Gaming convention attendees",
    "Anime & comic convention attendees", "LAN party & tournament registrants",
    "Creator & influencer meetup attendees",
    # tech and money
    "Tech conference registrants", "Hackathon & developer meetup RSVPs",
    "AI & data webinar registrants", "Consumer electronics show attendees",
    "Careers fair & networking RSVPs", "Investing & money seminar registrants",
    "Crypto & Web3 conference registrants", "Property show & investor evening attendees",
    "Startup pitch night & founder summit RSVPs",
    # food and drink
    "Food festival & street-food market ticket buyers", "Cooking class bookers",
    "Wine tasting & beer festival ticket buyers", "Coffee, tea & chocolate festival attendees",
    "Vegan & plant-based fair attendees", "Supper club & chef's table bookers",
    # travel
    "Travel show & holiday expo attendees", "Walking tour & pub crawl bookers",
    "Camper & caravan show attendees", "Air show & aviation day ticket buyers",
    # music
    "Stadium & arena concert ticket buyers", "Music festival pass holders",
    "Hip-hop & club night ticket buyers", "K-pop tour & fan meeting ticket buyers",
    "Open mic & music gear show registrants",
    # green and animals
    "Climate & sustainability summit registrants", "Repair café & swap event RSVPs",
    "EV test-drive & green home show attendees", "Dog show & pet expo attendees",
    "Animal rescue adoption day RSVPs",
    # cars and sport
    "Motor show & car meet attendees", "Grand prix & race day ticket buyers",
    "Track day & driving experience bookers", "Football match ticket buyers",
    "Basketball game ticket buyers", "Sportive & cycling event registrants",
    "Action sports & surf contest spectators",
    # home
    "Home & garden show attendees", "Design week & architecture tour ticket buyers",
    "Craft fair & maker workshop bookers",
    # shows and learning
    "Cinema premiere & film festival ticket buyers", "Comedy show ticket buyers",
    "Theatre & musical ticket buyers", "Live TV show audience members",
    "Literary festival & author talk ticket buyers", "Science festival & public lecture RSVPs",
    "Heritage tour & history talk ticket buyers", "Language exchange meetup RSVPs",
    "Open day & education fair registrants",
    # luxury
    "Charity gala & black-tie ball guests", "Polo, regatta & racecourse hospitality guests",
    "Auction & art fair preview guests",
    # outdoors and creative
    "Guided hike & trail event registrants", "Outdoor & adventure show attendees",
    "Mountain film festival ticket buyers", "Photo walk & photography workshop bookers",
    "Art exhibition ticket buyers", "Film-making & creator workshop bookers",
)

# Latent interest -> the attendee audiences a follower holding it is reported under (none for
# three everyday interests that have no events).
REPORTS: dict[str, str] = {
    # parenting
    "Toys, Children & Baby": "Family show & kids' event ticket buyers;"
                             " Baby & parenting expo attendees",
    "Parenting & Family": "Family show & kids' event ticket buyers",
    "Friends, Family & Relationships": "Wedding fair & bridal show attendees;"
                                       " Speed dating & singles night ticket buyers",
    "Pregnancy & Maternity": "Baby & parenting expo attendees",
    # fitness
    "Fitness & Gym": "Fitness class & bootcamp bookers; Obstacle race & triathlon registrants",
    "Healthy Lifestyle": "Wellness festival & retreat ticket buyers;"
                         " Health & fitness expo attendees",
    "Sports Nutrition & Supplements": "Health & fitness expo attendees",
    "Activewear": "Health & fitness expo attendees; Sample sale & pop-up shop RSVPs",
    "Running & Marathons": "Marathon & road race registrants;"
                           " Obstacle race & triathlon registrants",
    # wellness
    "Yoga & Pilates": "Yoga & pilates workshop bookers; Wellness festival & retreat ticket buyers",
    "Meditation & Mindfulness": "Wellness festival & retreat ticket buyers",
    "Alternative Medicine": "Mind, body & spirit fair attendees;"
                            " Wellness festival & retreat ticket buyers",
    "Spirituality & Astrology": "Mind, body & spirit fair attendees",
    # beauty
    "Beauty & Cosmetics": "Beauty expo & masterclass attendees",
    "Skincare": "Beauty expo & masterclass attendees",
    "Hair Care & Styling": "Beauty expo & masterclass attendees",
    "Fragrances & Perfume": "Beauty expo & masterclass attendees",
    "Nail Art": "",
    # fashion
    "Clothes, Shoes, Handbags & Accessories": "Sample sale & pop-up shop RSVPs;"
                                              " Fashion week & runway show ticket buyers",
    "Jewellery & Watches": "Wedding fair & bridal show attendees;"
                           " Charity gala & black-tie ball guests",
    "Streetwear & Sneakers": "Sneaker convention attendees; Sample sale & pop-up shop RSVPs",
    "Shopping & Retail": "Sample sale & pop-up shop RSVPs",
    # gaming
    "Gaming": "Gaming convention attendees",
    "Esports": "Esports final ticket buyers; LAN party & tournament registrants",
    "PC & Console Gaming": "LAN party & tournament registrants; Gaming convention attendees",
    "Anime & Manga": "Anime & comic convention attendees",
    "Streaming & Live Video": "Creator & influencer meetup attendees;"
                              " Film-making & creator workshop bookers",
    # tech
    "Electronics & Computers": "Consumer electronics show attendees",
    "Mobile Phones & Gadgets": "Consumer electronics show attendees",
    "Software & Programming": "Tech conference registrants; Hackathon & developer meetup RSVPs",
    "Artificial Intelligence & Data": "AI & data webinar registrants; Tech conference registrants",
    # finance
    "Business & Careers": "Careers fair & networking RSVPs; AI & data webinar registrants",
    "Personal Finance & Investing": "Investing & money seminar registrants",
    "Cryptocurrency & Blockchain": "Crypto & Web3 conference registrants",
    "Real Estate": "Property show & investor evening attendees",
    "Entrepreneurship": "Startup pitch night & founder summit RSVPs;"
                        " Creator & influencer meetup attendees",
    # food
    "Restaurants, Food & Grocery": "Food festival & street-food market ticket buyers;"
                                   " Supper club & chef's table bookers",
    "Cooking & Recipes": "Cooking class bookers",
    "Coffee, Tea & Beverages": "Coffee, tea & chocolate festival attendees",
    "Beer, Wine & Spirits": "Wine tasting & beer festival ticket buyers",
    "Vegan & Vegetarian Food": "Vegan & plant-based fair attendees",
    # travel
    "Travel, Tourism & Aviation": "Travel show & holiday expo attendees;"
                                  " Air show & aviation day ticket buyers",
    "Hotels & Resorts": "Travel show & holiday expo attendees",
    "Backpacking & Budget Travel": "Walking tour & pub crawl bookers",
    "Road Trips & Vanlife": "Camper & caravan show attendees",
    # music
    "Music": "Stadium & arena concert ticket buyers",
    "Concerts & Festivals": "Music festival pass holders; Stadium & arena concert ticket buyers",
    "Hip Hop & Rap": "Hip-hop & club night ticket buyers",
    "Musical Instruments": "Open mic & music gear show registrants",
    "K-Pop": "K-pop tour & fan meeting ticket buyers",
    # sustainability
    "Sustainability & Environment": "Climate & sustainability summit registrants;"
                                    " Vegan & plant-based fair attendees",
    "Zero Waste & Recycling": "Repair café & swap event RSVPs",
    "Organic & Natural Products": "Vegan & plant-based fair attendees;"
                                  " Mind, body & spirit fair attendees",
    "Renewable Energy & Electric Vehicles": "EV test-drive & green home show attendees",
    # pets
    "Pets": "Dog show & pet expo attendees; Animal rescue adoption day RSVPs",
    "Dogs & Puppies": "Dog show & pet expo attendees",
    "Cats & Kittens": "Animal rescue adoption day RSVPs",
    "Pet Food & Supplies": "",
    # cars
    "Cars & Motorbikes": "Motor show & car meet attendees",
    "Motorsport & Racing": "Grand prix & race day ticket buyers",
    "Car Tuning & Modification": "Motor show & car meet attendees;"
                                 " Track day & driving experience bookers",
    "Auto Parts & Accessories": "",
    # sports
    "Sports": "Football match ticket buyers; Basketball game ticket buyers;"
              " Polo, regatta & racecourse hospitality guests",
    "Football & Soccer": "Football match ticket buyers",
    "Basketball": "Basketball game ticket buyers",
    "Cycling": "Sportive & cycling event registrants; Obstacle race & triathlon registrants",
    "Extreme Sports": "Action sports & surf contest spectators;"
                      " Mountain film festival ticket buyers",
    # home
    "Home Decor, Furniture & Garden": "Home & garden show attendees",
    "DIY & Crafts": "Craft fair & maker workshop bookers",
    "Gardening & Plants": "Home & garden show attendees",
    "Interior Design & Architecture": "Design week & architecture tour ticket buyers;"
                                      " Home & garden show attendees",
    # entertainment
    "Television & Film": "Cinema premiere & film festival ticket buyers;"
                         " Live TV show audience members",
    "Celebrities & Pop Culture": "Live TV show audience members;"
                                 " Creator & influencer meetup attendees",
    "Comedy & Memes": "Comedy show ticket buyers",
    "Theatre & Performing Arts": "Theatre & musical ticket buyers",
    # education
    "Books & Literature": "Literary festival & author talk ticket buyers",
    "Education & Learning": "Open day & education fair registrants;"
                            " Science festival & public lecture RSVPs",
    "Science": "Science festival & public lecture RSVPs",
    "History & Culture": "Heritage tour & history talk ticket buyers",
    "Languages & Linguistics": "Language exchange meetup RSVPs",
    # luxury
    "Luxury Goods": "Charity gala & black-tie ball guests; Auction & art fair preview guests",
    "Luxury Travel": "Polo, regatta & racecourse hospitality guests",
    "Fine Dining": "Supper club & chef's table bookers",
    "Designer Fashion": "Fashion week & runway show ticket buyers;"
                        " Charity gala & black-tie ball guests",
    # outdoor
    "Camping & Hiking": "Guided hike & trail event registrants",
    "Fishing & Hunting": "Outdoor & adventure show attendees",
    "Mountaineering & Climbing": "Mountain film festival ticket buyers;"
                                 " Guided hike & trail event registrants",
    "Outdoor Gear & Equipment": "Outdoor & adventure show attendees",
    # photography
    "Camera & Photography": "Photo walk & photography workshop bookers",
    "Art & Design": "Art exhibition ticket buyers; Auction & art fair preview guests",
    "Drawing & Illustration": "Anime & comic convention attendees; Art exhibition ticket buyers;"
                              " Craft fair & maker workshop bookers",
    "Film Making & Video Editing": "Film-making & creator workshop bookers;"
                                   " Cinema premiere & film festival ticket buyers",
}

# niche -> {phrase: the latent interests whose holders are the phrase's audience}, written as
# a planner briefs an event platform: named events, shows, tours and festivals, ticket types
# and how often people book.
PHRASES: dict[str, dict[str, str]] = {
    "parenting": {
        "families booking Peppa Pig Live and Disney on Ice": "Parenting & Family;"
                                                             " Toys, Children & Baby",
        "expectant couples with tickets to The Baby Show": "Pregnancy & Maternity",
        "engaged couples who registered for a bridal fair": "Friends, Family & Relationships",
        "buyers of family passes to Christmas grottos": "Toys, Children & Baby;"
                                                        " Parenting & Family",
        "singles who book a speed-dating evening every month": "Friends, Family & Relationships",
        "parents booking half-term kids' workshops": "Parenting & Family",
    },
    "fitness": {
        "Hyrox and Spartan race entrants": "Fitness & Gym; Running & Marathons",
        "London and Berlin marathon ballot entrants": "Running & Marathons",
        "attendees of FIBO and the Arnold Sports Festival": "Sports Nutrition & Supplements;"
                                                            " Fitness & Gym",
        "people who book an outdoor bootcamp session every week": "Fitness & Gym",
        "sign-ups for Lululemon and Gymshark in-store sweat events": "Activewear",
        "visitors to healthy-living shows who sit in on nutrition talks": "Healthy Lifestyle",
    },
    "wellness": {
        "Wanderlust festival pass holders": "Yoga & Pilates; Meditation & Mindfulness",
        "people booking sound baths and breathwork sessions": "Meditation & Mindfulness",
        "visitors to reiki and homeopathy fairs": "Alternative Medicine",
        "ticket buyers for tarot nights and astrology workshops": "Spirituality & Astrology",
        "bookers of pop-up Pilates classes in parks": "Yoga & Pilates",
    },
    "beauty": {
        "Cosmoprof and Beautycon attendees": "Beauty & Cosmetics",
        "ticket holders for a skincare masterclass with a dermatologist": "Skincare",
        "visitors to Salon International hairdressing shows": "Hair Care & Styling",
        "buyers of perfume-blending workshop tickets": "Fragrances & Perfume",
        "bookers of nail art and lash workshops": "Nail Art; Beauty & Cosmetics",
        "visitors to makeup artist pro shows": "Beauty & Cosmetics",
    },
    "fashion": {
        "ticket holders for London and Paris fashion week shows": "Designer Fashion;"
                                                                  " Clothes, Shoes, Handbags &"
                                                                  " Accessories",
        "shoppers queuing at designer sample sales": "Shopping & Retail;"
                                                     " Clothes, Shoes, Handbags & Accessories",
        "Sneaker Con attendees": "Streetwear & Sneakers",
        "visitors to watch and jewellery fairs": "Jewellery & Watches",
        "RSVPs to late-night Black Friday shopping events": "Shopping & Retail",
    },
    "gaming": {
        "League of Legends Worlds final ticket holders": "Esports",
        "Gamescom and PAX attendees": "Gaming; PC & Console Gaming",
        "Comic-Con and Anime Expo badge holders": "Anime & Manga; Celebrities & Pop Culture",
        "VidCon and TwitchCon ticket buyers": "Streaming & Live Video",
        "LAN tournament entrants who bring their own rigs": "PC & Console Gaming; Esports",
        "cosplayers entering masquerade contests": "Anime & Manga",
    },
    "tech": {
        "Web Summit and Collision badge holders": "Entrepreneurship",
        "PyCon and JSConf registrants": "Software & Programming",
        "registrants for generative AI webinars": "Artificial Intelligence & Data",
        "CES and IFA trade visitors": "Electronics & Computers; Mobile Phones & Gadgets",
        "fans at Apple keynote watch parties": "Mobile Phones & Gadgets",
        "weekend hackathon teams": "Software & Programming",
    },
    "finance": {
        "graduate careers fair registrants": "Business & Careers",
        "attendees of retirement-planning seminars": "Personal Finance & Investing",
        "Bitcoin and Ethereum conference ticket buyers": "Cryptocurrency & Blockchain",
        "buy-to-let investor evening attendees": "Real Estate; Personal Finance & Investing",
        "founders pitching at startup demo days": "Entrepreneurship",
        "delegates at leadership summits": "Business & Careers",
    },
    "food": {
        "Taste of London ticket holders": "Restaurants, Food & Grocery",
        "people who book pasta-making evenings": "Cooking & Recipes",
        "Oktoberfest tent reservation holders": "Beer, Wine & Spirits",
        "London Coffee Festival visitors": "Coffee, Tea & Beverages",
        "VegFest attendees": "Vegan & Vegetarian Food",
        "regulars at night food markets": "Restaurants, Food & Grocery",
    },
    "travel": {
        "holiday show visitors planning long-haul trips": "Travel, Tourism & Aviation",
        "buyers of hotel staycation packages bundled with show tickets": "Hotels & Resorts",
        "backpackers booking free walking tours and hostel pub crawls": "Backpacking & Budget"
                                                                        " Travel",
        "visitors to motorhome and campervan shows": "Road Trips & Vanlife",
        "air show spectators at Farnborough and Oshkosh": "Travel, Tourism & Aviation",
    },
    "music": {
        "Coldplay and Taylor Swift stadium ticket buyers": "Music; Concerts & Festivals",
        "Coachella and Primavera Sound pass holders": "Concerts & Festivals",
        "Rolling Loud ticket buyers": "Hip Hop & Rap; Concerts & Festivals",
        "fans at BTS and Stray Kids fan meetings": "K-Pop",
        "open mic night performers": "Musical Instruments; Music",
        "visitors to guitar shows and NAMM": "Musical Instruments",
    },
    "sustainability": {
        "delegates at COP side events and climate summits": "Sustainability & Environment",
        "people who bring broken toasters to fix-it events": "Zero Waste & Recycling",
        "visitors to electric vehicle shows": "Renewable Energy & Electric Vehicles",
        "visitors to organic food fairs": "Organic & Natural Products",
        "beach clean-up volunteers": "Sustainability & Environment; Zero Waste & Recycling",
    },
    "pets": {
        "Crufts visitors": "Dogs & Puppies; Pets",
        "cat show exhibitors": "Cats & Kittens",
        "visitors to adoption days at animal rescues": "Pets",
        "owners booking puppy socialisation classes": "Dogs & Puppies",
        "pet expo visitors stocking up on treats and toys": "Pet Food & Supplies; Pets",
    },
    "cars": {
        "Goodwood Festival of Speed ticket holders": "Motorsport & Racing; Cars & Motorbikes",
        "Le Mans and Monaco Grand Prix ticket buyers": "Motorsport & Racing",
        "regulars at modified car meets": "Car Tuning & Modification",
        "EICMA motorcycle show visitors": "Cars & Motorbikes",
        "autojumble and parts swap-meet visitors": "Auto Parts & Accessories;"
                                                   " Car Tuning & Modification",
    },
    "sports": {
        "Champions League final ticket holders": "Football & Soccer",
        "buyers of EuroLeague and NBA Paris Game tickets": "Basketball",
        "RideLondon and Étape du Tour sportive entrants": "Cycling",
        "X Games and surf contest spectators": "Extreme Sports",
        "season ticket holders at any club": "Sports",
        "Super Bowl watch party RSVPs": "Sports",
    },
    "home": {
        "Ideal Home Show visitors": "Home Decor, Furniture & Garden",
        "Chelsea Flower Show ticket holders": "Gardening & Plants",
        "Milan Design Week visitors": "Interior Design & Architecture",
        "people who book woodworking and upholstery workshops": "DIY & Crafts",
        "bookers of Open House architecture tours": "Interior Design & Architecture",
    },
    "entertainment": {
        "buyers of Marvel opening-night tickets": "Television & Film",
        "Edinburgh Fringe comedy ticket buyers": "Comedy & Memes; Theatre & Performing Arts",
        "Hamilton and Wicked ticket holders": "Theatre & Performing Arts",
        "studio audience members at chat-show tapings": "Television & Film;"
                                                        " Celebrities & Pop Culture",
        "fans paying for celebrity meet-and-greets": "Celebrities & Pop Culture",
        "audiences at viral TikTok comedians' live tours": "Comedy & Memes",
    },
    "education": {
        "Hay Festival ticket buyers": "Books & Literature",
        "Royal Institution lecture attendees": "Science",
        "university open day visitors": "Education & Learning",
        "regulars at language cafés and tandem meetups": "Languages & Linguistics",
        "ticket buyers for historical re-enactments": "History & Culture",
        "TEDx attendees": "Education & Learning; Science",
    },
    "luxury": {
        "table buyers at black-tie charity galas": "Luxury Goods; Designer Fashion",
        "Royal Ascot enclosure ticket holders": "Luxury Goods; Luxury Travel",
        "guests at chefs' tasting-menu dinners": "Fine Dining",
        "buyers of private-jet weekend packages to the Monaco Grand Prix": "Luxury Travel;"
                                                                           " Motorsport & Racing",
        "Art Basel VIP preview guests": "Luxury Goods; Art & Design",
    },
    "outdoor": {
        "registrants for guided summit hikes": "Camping & Hiking; Mountaineering & Climbing",
        "Kendal Mountain Festival ticket buyers": "Mountaineering & Climbing",
        "Outdoor Retailer and ISPO visitors": "Outdoor Gear & Equipment",
        "CLA Game Fair visitors": "Fishing & Hunting",
        "bass fishing tournament entrants": "Fishing & Hunting",
    },
    "photography": {
        "photo walk participants with a DSLR": "Camera & Photography",
        "visitors to The Photography Show": "Camera & Photography",
        "ticket buyers for life drawing evenings": "Drawing & Illustration",
        "Frieze and Venice Biennale ticket holders": "Art & Design",
        "people who book a short-film workshop": "Film Making & Video Editing",
    },
}

# Hand-written evaluation segments (keyword arguments of ``segments._seg``). Age and country
# are deliberately correlated in events-baby-show-ie, events-kpop-teens-id and
# events-retirement-seminars-us; events-hard-* use phrases whose interests have no events or
# reach labels that gather several niches.
FIXED_SEGMENTS: tuple[dict[str, Any], ...] = (
    dict(id="events-baby-show-ie", name="Expectant parents 25-44 in Ireland", description="""
         Irish couples with tickets to baby shows who book kids' shows and half-term
         workshops.""",
         ages=["25-34", "35-44"],
         interests=["expectant couples with tickets to The Baby Show",
                    "families booking Peppa Pig Live and Disney on Ice",
                    "parents booking half-term kids' workshops"],
         countries=["IE"]),
    dict(id="events-kpop-teens-id", name="K-pop fans 13-24 in Indonesia", description="""
         Indonesian teenagers and students at K-pop fan meetings and stadium concerts.""",
         ages=["13-17", "18-24"],
         interests=["fans at BTS and Stray Kids fan meetings",
                    "Coldplay and Taylor Swift stadium ticket buyers"],
         genders=["female"], countries=["ID"], filters={"platforms": ["tiktok", "instagram"]}),
    dict(id="events-retirement-seminars-us", name="Pre-retirees 55+ in the US", description="""
         Americans at retirement-planning seminars and buy-to-let investor evenings.""",
         ages=["55-64", "65+"],
         interests=["attendees of retirement-planning seminars",
                    "buy-to-let investor evening attendees"],
         countries=["US"], filters={"platforms": ["youtube", "x"]}),
    dict(id="events-hybrid-racers-gb", name="Hybrid racers 25-44 in the UK", description="""
         British Hyrox and Spartan entrants, marathon ballot entrants and weekly bootcampers.""",
         ages=["25-34", "35-44"],
         interests=["Hyrox and Spartan race entrants",
                    "London and Berlin marathon ballot entrants",
                    "people who book an outdoor bootcamp session every week"],
         countries=["GB"], filters={"platforms": ["instagram", "tiktok"]}),
    dict(id="events-wellness-women-au", name="Wellness festival-goers, women 25-54 in "
         "Australia", description="""Australian women at Wanderlust, sound baths and Pilates
         in the park.""",
         ages=["25-34", "35-44", "45-54"],
         interests=["Wanderlust festival pass holders",
                    "people booking sound baths and breathwork sessions",
                    "bookers of pop-up Pilates classes in parks"],
         genders=["female"], countries=["AU"]),
    dict(id="events-beauty-shows-women-br", name="Beauty show visitors, women 18-34 in Brazil",
         description="""Brazilian women at beauty trade shows, makeup artist shows and
         hairdressing shows.""",
         ages=["18-24", "25-34"],
         interests=["Cosmoprof and Beautycon attendees", "visitors to makeup artist pro shows",
                    "visitors to Salon International hairdressing shows"],
         genders=["female"], countries=["BR"], languages=["pt"],
         filters={"min_credibility": 0.7}),
    dict(id="events-sneaker-heads-us-ca", name="Sneaker and sample-sale crowd 18-34 in the US "
         "and Canada", description="""Young people at Sneaker Con and queuing at designer
         sample sales.""",
         ages=["18-24", "25-34"],
         interests=["Sneaker Con attendees", "shoppers queuing at designer sample sales"],
         countries={"US": 1.0, "CA": 0.4}),
    dict(id="events-esports-men-kr-jp", name="Esports crowds, men 18-34 in South Korea and "
         "Japan", description="""Young men at Worlds finals, LAN tournaments and Gamescom.""",
         ages=["18-24", "25-34"],
         interests=["League of Legends Worlds final ticket holders",
                    "LAN tournament entrants who bring their own rigs",
                    "Gamescom and PAX attendees"],
         genders=["male"], countries={"KR": 1.0, "JP": 0.8},
         filters={"platforms": ["twitch", "youtube"]}),
    dict(id="events-devs-in", name="Developer conference-goers 18-34 in India",
         description="""Indian developers at PyCon, weekend hackathons and AI webinars.""",
         ages=["18-24", "25-34"],
         interests=["PyCon and JSConf registrants", "weekend hackathon teams",
                    "registrants for generative AI webinars"],
         countries=["IN"], languages=["en"]),
    dict(id="events-founders-de-nl", name="Founders 25-44 in Germany and the Netherlands",
         description="""Founders pitching at demo days, at Web Summit and at leadership
         summits.""",
         ages=["25-34", "35-44"],
         interests=["founders pitching at startup demo days",
                    "Web Summit and Collision badge holders", "delegates at leadership summits"],
         countries={"DE": 1.0, "NL": 0.7}, filters={"platforms": ["x", "youtube"]}),
    dict(id="events-food-festivals-mx", name="Food festival-goers 25-44 in Mexico",
         description="""Mexicans at food festivals, night markets and pasta-making evenings.""",
         ages=["25-34", "35-44"],
         interests=["Taste of London ticket holders", "regulars at night food markets",
                    "people who book pasta-making evenings"],
         countries=["MX"], languages=["es"]),
    dict(id="events-beer-wine-de-at", name="Beer and coffee festival-goers 25-54 in Germany "
         "and Austria", description="""Oktoberfest tent holders who also go to coffee
         festivals and VegFest.""",
         ages=["25-34", "35-44", "45-54"],
         interests=["Oktoberfest tent reservation holders", "London Coffee Festival visitors",
                    "VegFest attendees"],
         countries={"DE": 1.0, "AT": 0.6}, languages=["de"]),
    dict(id="events-festival-pass-es-pt", name="Festival pass holders 18-34 in Spain and "
         "Portugal", description="""Young Iberians with festival passes, Rolling Loud tickets
         and open mic slots.""",
         ages=["18-24", "25-34"],
         interests=["Coachella and Primavera Sound pass holders", "Rolling Loud ticket buyers",
                    "open mic night performers"],
         countries={"ES": 1.0, "PT": 0.5}),
    dict(id="events-green-volunteers-dk-fi", name="Green volunteers 18-44 in Denmark and "
         "Finland", description="""Climate summit delegates, beach clean-up volunteers and
         repair event regulars.""",
         ages=["18-24", "25-34", "35-44"],
         interests=["delegates at COP side events and climate summits",
                    "beach clean-up volunteers",
                    "people who bring broken toasters to fix-it events"],
         countries={"DK": 1.0, "FI": 0.8}),
    dict(id="events-dog-shows-gb", name="Dog show-goers 35-64 in the UK", description="""
         British dog owners at Crufts, puppy classes and rescue adoption days.""",
         ages=["35-44", "45-54", "55-64"],
         interests=["Crufts visitors", "owners booking puppy socialisation classes",
                    "visitors to adoption days at animal rescues"],
         countries=["GB"], filters={"followers": {"max": 500000}}),
    dict(id="events-race-days-men-fr-it", name="Race-day crowds, men 25-54 in France and Italy",
         description="""Men with Le Mans and Monaco tickets, Goodwood passes and places at car
         meets.""",
         ages=["25-34", "35-44", "45-54"],
         interests=["Le Mans and Monaco Grand Prix ticket buyers",
                    "Goodwood Festival of Speed ticket holders",
                    "regulars at modified car meets"],
         genders=["male"], countries={"FR": 1.0, "IT": 1.0}),
    dict(id="events-matchday-ar-co", name="Match ticket buyers 18-44 in Argentina and Colombia",
         description="""Football fans with Champions League final tickets and season tickets,
         and Super Bowl watch parties.""",
         ages=["18-24", "25-34", "35-44"],
         interests=["Champions League final ticket holders", "season ticket holders at any club",
                    "Super Bowl watch party RSVPs"],
         countries={"AR": 1.0, "CO": 0.8}, filters={"platforms": ["x", "instagram"]}),
    dict(id="events-hard-galas-ae-gb", name="Gala and auction guests 35-64 in the UAE and UK",
         description="""Table buyers at charity galas, Art Basel VIPs and Royal Ascot
         enclosures: guests a few luxury-event labels gather from several niches.""",
         ages=["35-44", "45-54", "55-64"],
         interests=["table buyers at black-tie charity galas", "Art Basel VIP preview guests",
                    "Royal Ascot enclosure ticket holders",
                    "buyers of private-jet weekend packages to the Monaco Grand Prix"],
         countries={"AE": 1.0, "GB": 0.7}, filters={"followers": {"min": 20000}}),
    dict(id="events-hard-conventions-us", name="Convention-goers 13-34 in the US",
         description="""Comic-Con badge holders, cosplayers and VidCon ticket buyers: crowds
         one convention label holds across anime, celebrities and creators.""",
         ages=["13-17", "18-24", "25-34"],
         interests=["Comic-Con and Anime Expo badge holders",
                    "cosplayers entering masquerade contests",
                    "VidCon and TwitchCon ticket buyers"],
         countries=["US"]),
    dict(id="events-hard-no-events-ph-my", name="Nail, pet and car-part buyers 18-44 in the "
         "Philippines and Malaysia", description="""People whose interests mostly have no
         events: nail art workshops, pet expo treat buyers and parts swap meets.""",
         ages=["18-24", "25-34", "35-44"],
         interests=["bookers of nail art and lash workshops",
                    "pet expo visitors stocking up on treats and toys",
                    "autojumble and parts swap-meet visitors"],
         countries={"PH": 1.0, "MY": 0.8}),
)
