/// Words around and inside names that tell what a name is: titles before people, heads that end
/// the names of organisations, places and events, and the nouns and verbs that describe them.
enum EntityCues {
    /// Words that may begin a title but are not one alone ("Foreign", "Oil", "Deputy Prime").
    static let titleModifiers: Set<String> = [
        "Foreign", "Defence", "Defense", "Interior", "Finance", "Home", "Culture", "Trade", "Health", "Education", "Economy",
        "Energy", "Oil", "Transport", "Justice", "State", "Prime", "Chief", "Deputy", "Vice", "Field", "Rear", "Grand",
        "Supreme", "Crown", "Executive", "Shadow", "Junior", "Senior", "Former", "Acting", "Assistant", "Associate",
        "Attorney", "Solicitor", "Lord", "First", "Lieutenant", "Major", "Brigadier", "Lt", "Maj", "Brig", "Under",
        "Environment", "Agriculture", "Industry", "Science", "Technology", "Treasury", "Labour", "Work", "Pensions",
        "Immigration", "Security", "Intelligence", "Communications", "Information", "Media", "Sport", "Sports",
        "Tourism", "Housing", "Development", "International", "European", "Northern", "Scottish", "Welsh", "Army",
    ]

    /// Titles and ranks that come before a person's name and are not part of it.
    static let titles: Set<String> = [
        "Mr", "Mrs", "Ms", "Miss", "Mx", "Dr", "Prof", "Professor", "Sir", "Dame", "Lord", "Lady", "Baroness", "Baron",
        "President", "Vice-President", "Premier", "Chancellor", "King", "Queen", "Prince", "Princess", "Emperor",
        "Sheikh", "Sheik", "Emir", "Sultan", "Ayatollah", "Imam", "Pope", "Cardinal", "Archbishop", "Bishop", "Rev",
        "Reverend", "Father", "Rabbi", "Gen", "General", "Maj", "Major", "Col", "Colonel", "Lt", "Lieutenant", "Capt",
        "Captain", "Cmdr", "Commander", "Adm", "Admiral", "Brig", "Brigadier", "Sgt", "Sergeant", "Cpl", "Corporal",
        "Marshal", "Field", "Rear", "Vice", "Gov", "Governor", "Sen", "Senator", "Rep", "Representative", "Congressman",
        "Congresswoman", "Mayor", "Judge", "Justice", "Minister", "Secretary", "Ambassador", "Envoy", "Chairman",
        "Chairwoman", "Director", "Commissioner", "Inspector", "Detective", "Constable", "Coach", "Manager", "Striker", "Midfielder", "Defender",
        "Goalkeeper", "Skipper", "Captain", "Spokesman", "Spokeswoman", "Leader", "Speaker", "Comrade", "Saint",
        "General", "Attorney", "Supt", "Superintendent", "Det", "Insp", "Rt", "Hon", "MP", "MEP",
        "MSP", "DJ", "QC", "CEO",
    ]

    /// Titles followed by a given name rather than a surname: "Prince Charles", "Pope John Paul".
    static let givenNameTitles: Set<String> = ["King", "Queen", "Prince", "Princess", "Emperor", "Empress", "Pope", "Saint", "St",
                                               "Sister", "Brother", "Father", "Uncle", "Aunt"]

    /// Holidays and feasts, which are no names of people, places or bodies ("MP3 players at
    /// Christmas"); kept by `NameKey`.
    static let holidays: Set<String> = [
        "christmas", "christmas day", "christmas eve", "easter", "easter sunday", "easter monday", "good friday", "new year",
        "new years", "new years day", "new years eve", "boxing day", "valentines day", "halloween", "thanksgiving",
        "ramadan", "eid", "diwali", "hanukkah", "passover", "yom kippur", "lent", "advent", "pentecost", "whitsun",
        "hogmanay", "st patricks day", "st andrews day", "st georges day", "st davids day", "mothers day", "fathers day",
        "remembrance day", "remembrance sunday", "bonfire night", "guy fawkes night", "labor day", "labour day",
        "memorial day", "chinese new year", "lunar new year", "may day", "bank holiday", "august bank holiday", "xmas",
    ]

    /// Abbreviations of ordinary things, written in capitals but no names: "GDP", "USB", "MPs".
    static let commonAbbreviations: Set<String> = [
        "GDP", "GNP", "FDI", "GMT", "BST", "PC", "ID", "USB", "CD", "DVD", "TV", "MP3", "PDF", "HIV", "DNA", "IT", "VAT",
        "ISP", "SMS", "GPS", "LCD", "CEO", "IPO", "AGM", "HQ", "PR", "RAM", "CPU", "Mbps", "Gbps", "MB", "GB", "KB", "LP",
        "EP", "PIN", "ATM", "MP", "MEP", "MSP", "OK", "AM", "PM", "UFO", "SUV", "FAQ", "URL", "CCTV", "NGO", "CV", "PhD",
        "AIDS", "Aids", "SARS", "Sars", "BSE", "CJD", "MRSA", "MRI", "HDTV", "VOD", "PVR", "DSL", "ADSL", "WMD", "ISDN", "3G",
        "R&B", "IVF", "ADHD", "ME", "TB", "GCSE", "GCSEs", "MBA", "PDA", "VoIP", "WiFi", "Wi-Fi", "RSS", "HTML", "DRM", "P2P",
    ]

    /// Titles that follow the name of a portfolio: "Constitutional Affairs Minister", "Culture Secretary".
    static let portfolioTitles: Set<String> = ["Minister", "Secretary", "Spokesman", "Spokeswoman", "Spokesperson"]

    /// Abbreviated roles written before a name: "Labour MP George Galloway", "DJ John Peel".
    static let roleAbbreviations: Set<String> = ["MP", "MEP", "MSP", "AM", "DJ", "QC", "CEO", "MD", "PM", "Gov", "Sen", "Rep"]

    /// Title words after which a name follows even when they are written as one unit ("Prime Minister").
    static let titleSequences: [[String]] = [
        ["Prime", "Minister"], ["Foreign", "Minister"], ["Foreign", "Secretary"], ["Home", "Secretary"],
        ["Chief", "Executive"], ["Supreme", "Leader"], ["Vice", "President"], ["Secretary", "General"],
        ["Secretary", "of", "State"], ["Attorney", "General"], ["Rear", "Admiral"], ["Vice", "Admiral"],
        ["Field", "Marshal"], ["Lieutenant", "General"], ["Major", "General"], ["Brigadier", "General"],
        ["Maj", "Gen"], ["Lt", "Gen"], ["Brig", "Gen"], ["Chancellor", "of", "the", "Exchequer"],
    ]

    /// Last words of organisation names.
    static let organizationHeads: Set<String> = [
        "Agency", "Council", "Company", "Co", "Corp", "Corporation", "Inc", "Ltd", "Limited", "plc", "PLC", "LLC", "GmbH",
        "AG", "SA", "NV", "Group", "Holdings", "Union", "Organization", "Organisation", "Ministry", "Committee", "Commission",
        "Bank", "Party", "Association", "Institute", "Institution", "University", "College", "School", "Academy",
        "Department", "Office", "Authority", "Court", "Tribunal", "Parliament", "Assembly", "Congress", "Senate", "Cabinet",
        "Army", "Navy", "Forces", "Force", "Guard", "Guards", "Corps", "Brigade", "Brigades", "Militia", "Federation", "League",
        "Club", "Society", "Foundation", "Fund", "Trust", "Centre", "Center", "Service", "Services", "Board", "Bureau",
        "Network", "Networks", "News", "Times", "Post", "Journal", "Herald", "Telegraph", "Guardian", "Gazette", "Tribune",
        "Mirror", "Mail", "Express", "Observer", "Chronicle", "Standard", "Examiner", "Courier", "Echo",
        "Press", "Magazine", "Radio", "TV", "Television", "Broadcasting", "Airlines", "Airways", "Motors", "Industries",
        "Technologies", "Systems", "Software", "Pharmaceuticals", "Energy", "Petroleum", "Oil", "Gas", "Telecom",
        "Communications", "Media", "Studios", "Records", "Entertainment", "Partners", "Capital", "Securities",
        "Exchange", "Reserve", "Police", "Intelligence", "Movement", "Front", "Alliance", "Coalition", "Brotherhood",
        "Hospital", "Church", "Mosque", "Library", "Museum", "Gallery", "Consortium", "FC", "United", "City", "Rovers",
        "Wanderers", "Athletic", "Albion", "Rangers", "Celtic", "Orchestra", "Band", "Ensemble", "Choir", "Nations",
        "Secretariat", "Directorate", "Inspectorate", "Division", "Executive", "Watch", "Initiative Group",
        "Laboratory", "Laboratories", "Lab", "Labs", "Research", "Analytics", "Associates", "Consulting", "Consultants",
        "Electronics", "Pictures", "Films", "Wireless", "Mobile", "Ventures", "Investments", "Insurance", "Brothers", "Bros",
        "Sons", "Stores", "Publishing", "Publishers", "Recordings",
    ]

    /// First words that make a name an organisation's ("Ministry of …", "University of …").
    static let organizationLeads: Set<String> = [
        "Ministry", "Department", "University", "Bank", "Council", "Office", "Organisation", "Organization", "Institute",
        "Commission", "Committee", "Court", "Board", "Federation", "Union", "League", "Association", "House", "Church",
        "Academy", "College", "School", "Agency", "Bureau", "Party", "Army", "Royal", "National", "Federal", "Central",
    ]

    /// Last words of the names of agreements, laws, projects, events and the like.
    static let otherHeads: Set<String> = [
        "Agreement", "Treaty", "Accord", "Accords", "Protocol", "Pact", "Convention", "Charter", "Declaration", "Plan",
        "Deal", "Act", "Bill", "Law", "Initiative", "Project", "Programme", "Program", "Strategy", "Doctrine", "Policy",
        "War", "Wars", "Revolution", "Crisis", "Battle", "Uprising", "Spring", "Summit", "Games", "Cup", "Olympics",
        "Championship", "Championships", "Tournament", "Open", "Prix", "Trophy", "Award", "Awards", "Prize", "Festival",
        "Expo", "Show", "Series", "Marathon", "Derby", "Classic", "Rally", "Conference", "Forum", "Election", "Referendum",
        "Budget", "Sanctions", "Corridor", "Pipeline", "Route", "Initiative", "Premiership", "Paralympics", "Indoors",
    ]

    /// Competitions named by their head word alone: "the Championship", "the Olympics".
    static let competitions: Set<String> = ["Olympics", "Paralympics", "Championship", "Championships", "Premiership", "Games"]

    /// Counts, which open the names of competitions ("Six Nations") but name nothing before a demonym ("Two Britons").
    static let counts: Set<String> = ["Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine", "Ten", "Eleven", "Twelve",
                                      "Twenty", "Tri", "Hundred", "Thousand"]

    /// Words that open the name of a region before a demonym ("South Koreans", "Latin Americans").
    static let compassWords: Set<String> = ["North", "South", "East", "West", "Latin", "Central", "Sub-Saharan", "Northern", "Southern",
                                            "Eastern", "Western", "Roman"]

    /// Nationalities written as nouns for one person ("Briton", "Scot").
    static let demonymNouns: Set<String> = ["Briton", "Scot", "Welshman", "Englishman", "Irishman", "Frenchman", "Dutchman"]

    /// Last words of place names.
    static let placeHeads: Set<String> = [
        "Sea", "Ocean", "River", "Lake", "Gulf", "Bay", "Strait", "Straits", "Canal", "Channel", "Peninsula", "Island",
        "Islands", "Isles", "Mountain", "Mountains", "Mount", "Hills", "Valley", "Desert", "Plain", "Plains", "Basin",
        "Delta", "Coast", "Province", "Region", "County", "District", "State", "Territory", "Oblast", "Governorate",
        "Prefecture", "Republic", "Emirates", "Kingdom", "Borough", "Village", "Town", "Square", "Street", "Avenue",
        "Bridge", "Dam", "Airport", "Port", "Harbour", "Harbor", "Station", "Stadium", "Arena", "Park", "Field", "Fields",
        "Border", "Crossing", "Heights", "Strip", "Pass", "Plateau", "Forest", "Falls", "Theatre", "Theater", "Hall",
        "Gardens", "Palace", "Castle", "Cathedral", "Abbey", "Road", "Lane", "Way", "Place",
        "Empire", "Caliphate", "Sultanate", "Emirate", "Khanate",
    ]

    /// Nouns right before a name that say what it is ("gas producer Gazprom", "analyst Nikita Smagin").
    static let describingNouns: [String: EntityType] = {
        var table: [String: EntityType] = [:]
        for noun in ["producer", "company", "firm", "group", "giant", "agency", "newspaper", "paper", "daily", "channel",
                     "broadcaster", "network", "party", "bank", "lender", "airline", "carrier", "carmaker", "retailer", "maker",
                     "manufacturer", "operator", "club", "team", "side", "band", "label", "studio", "publisher", "insurer",
                     "supermarket", "chain", "website", "service", "organisation", "organization", "charity",
                     "union", "body", "watchdog", "regulator", "institute", "university", "council", "ministry", "outlet",
                     "think-tank", "tank", "movement", "militia", "rebels", "consortium", "developer", "brand", "store"] {
            table[noun] = .organization
        }
        for noun in ["analyst", "expert", "professor", "official", "minister", "spokesman", "spokeswoman", "spokesperson",
                     "chairman", "chairwoman", "director", "chief", "executive", "editor", "writer", "author", "singer",
                     "actor", "actress", "player", "striker", "coach", "manager", "boss", "leader", "president", "candidate",
                     "lawyer", "judge", "diplomat", "envoy", "ambassador", "adviser", "advisor", "colleague", "founder",
                     "economist", "scientist", "researcher", "journalist", "correspondent", "presenter", "director",
                     "star", "musician", "rapper", "comedian", "midfielder", "defender", "goalkeeper",
                     "winger", "forward", "champion", "athlete", "runner", "captain", "veteran", "politician", "mp", "mep",
                     "secretary", "commissioner", "deputy", "governor", "mayor", "senator", "general", "commander",
                     "cleric", "businessman", "businesswoman", "tycoon", "billionaire", "designer", "artist", "chef",
                     "pianist", "guitarist", "drummer", "filmmaker", "novelist", "poet", "historian", "fellow", "scholar"] {
            table[noun] = .person
        }
        for noun in ["film", "movie", "song", "single", "album", "book", "novel", "series", "show", "sitcom", "drama", "play",
                     "musical", "game", "track", "hit", "opera", "documentary", "soap", "programme", "program", "blockbuster",
                     "sequel", "thriller", "comedy", "ballad", "anthem", "memoir", "biography", "treaty", "agreement", "operation",
                     "tournament", "championship", "festival", "award", "prize", "system", "missile", "drone", "aircraft", "jet"] {
            table[noun] = .other
        }
        for noun in ["city", "town", "village", "port", "province", "region", "capital", "country", "island", "state",
                     "republic", "enclave", "district", "county", "neighbourhood", "suburb", "area", "strait", "border",
                     "river", "lake", "sea", "field", "facility", "plant", "site"] {
            table[noun] = .place
        }
        return table
    }()

    /// Lowercase words right after a name that say what it is: prizes are won and nominated for,
    /// organisations have spokesmen and shares.
    static let followingNouns: [String: EntityType] = {
        var table: [String: EntityType] = [:]
        for noun in ["nomination", "nominations", "nominee", "nominees", "winning", "winner", "winners", "ceremony", "ceremonies",
                     "shortlist", "shortlisted", "judges", "nominated", "award", "awards", "prize", "prizes", "trophy", "gold",
                     "golds", "medal", "medals", "medallist", "medallists", "champion", "champions", "title", "titles", "final",
                     "finals", "semi-final", "semi-finals", "quarter-final", "quarter-finals", "opener"] {
            table[noun] = .other
        }
        for noun in ["spokesman", "spokeswoman", "spokesperson", "shares", "shareholders", "headquarters", "subsidiary",
                     "executives", "chairman", "chairwoman", "analyst", "analysts", "economist", "economists", "researchers",
                     "MP", "MPs", "MEP", "MEPs", "MSP", "MSPs", "peer", "peers", "councillor", "councillors", "candidate",
                     "candidates", "activists", "backbencher", "backbenchers", "leader", "boss", "bosses", "manager", "coach",
                     "captain", "striker", "midfielder", "defender", "goalkeeper", "fans", "supporters", "presenter", "correspondent",
                     "staff", "employees", "bassist", "guitarist", "drummer", "singer"] {
            table[noun] = .organization
        }
        for noun in followingPlaceNouns { table[noun] = .place }
        return table
    }()

    /// Nouns after a name that make it a place: islands, provinces, fields and facilities
    /// ("Kish island", "Khuzestan province", "the Fordow facility").
    static let followingPlaceNouns: Set<String> = [
        "island", "islands", "province", "provinces", "region", "field", "fields", "oilfield", "oilfields", "gasfield", "facility",
        "facilities", "plant", "plants", "reactor", "refinery", "refineries", "mine", "mines", "airport", "airbase", "port",
        "peninsula", "valley", "basin", "enclave", "district", "prefecture", "governorate", "oblast", "county", "canton",
    ]

    /// Words of political affiliation written before a member's name ("Tory Dominic Grieve"),
    /// which may also be given names.
    static let partyWords: Set<String> = ["Tory", "Labour", "Conservative", "Liberal", "Democrat", "Democratic", "Republican",
                                          "Green", "Unionist", "Nationalist", "Socialist", "Communist", "Independent"]

    /// Pronouns after "said" that show the speaker was a body: "Siemens said its profits rose".
    static let thingPronouns: Set<String> = ["it", "its", "it's", "it’s"]
    /// Pronouns after "said" that show the speaker was a person: "Parry said he was pleased".
    static let personalPronouns: Set<String> = ["he", "she", "his", "her", "he'd", "she'd", "he’d", "she’d", "he's", "she's", "he’s", "she’s"]

    /// Nouns after a place's name that only its team has: "Liverpool fans", "England captain".
    static let teamNouns: Set<String> = [
        "fans", "supporters", "manager", "boss", "striker", "strikers", "captain", "skipper", "midfielder", "defender",
        "goalkeeper", "keeper", "winger", "player", "players", "squad", "coach", "side", "team", "debut", "career",
        "forward", "full-back", "fly-half", "scrum-half", "centre", "prop", "lock", "hooker", "flanker", "number",
    ]

    /// Verbs in the plural that a group's name takes as subject ("Keane are", "Wales were").
    static let pluralVerbs: Set<String> = ["are", "were", "have", "’ve", "'ve", "aren't", "weren't", "haven't"]

    /// Words after which a name opens a clause as its subject: conjunctions that are not "and".
    static let clauseOpeners: Set<String> = ["but", "that", "while", "whilst", "because", "as", "if", "when", "although", "though",
                                             "so", "yet", "unless", "until", "whether", "since"]

    /// People elected for a place or a party: "Labour MP", "the Kirkcaldy candidate".
    static let electedNouns: Set<String> = ["MP", "MPs", "MEP", "MEPs", "MSP", "MSPs", "AM", "AMs", "councillor", "councillors",
                                            "candidate", "candidates", "peer", "peers", "backbencher", "backbenchers", "activists"]

    /// Kinds of product named after their maker's possessive: "Google's Android software".
    static let productNouns: Set<String> = [
        "software", "system", "systems", "phone", "phones", "handset", "handsets", "smartphone", "smartphones", "console",
        "consoles", "range", "browser", "device", "devices", "player", "players", "chip", "chips", "tablet", "app", "model",
        "models", "car", "cars", "game", "games", "service", "programme", "program", "network", "jet", "jets", "drug",
    ]

    /// Words that end the noun phrase of an apposition: prepositions, relatives and participles
    /// that start what modifies its head ("the carrier based in Oslo", "an economist at …").
    static let appositionEnds: Set<String> = [
        "of", "at", "in", "on", "for", "from", "with", "by", "to", "who", "which", "that", "whose", "based", "and", "or",
        "since", "until", "after", "before", "said", "says", "has", "had", "is", "was", "will", "would",
    ]

    /// Verbs of speaking and thinking that follow people more than anything else.
    static let speechVerbs: Set<String> = [
        "said", "says", "told", "tells", "added", "adds", "argued", "argues", "believes", "believed", "thinks", "thought",
        "recalls", "recalled", "concludes", "concluded", "explained", "explains", "insisted", "insists", "stated",
        "states", "wrote", "writes", "noted", "notes", "warned", "warns", "claimed", "claims", "admitted", "admits",
        "suggested", "suggests", "asked", "asks", "replied", "replies", "remarked", "remarks", "announced", "announces",
        "confirmed", "confirms", "denied", "denies", "urged", "urges", "hopes", "hoped", "feels", "felt", "smiled",
        "revealed", "reveals", "reported", "reports", "predicted", "predicts", "stressed", "stresses", "conceded", "concedes",
        "acknowledged", "acknowledges", "maintained", "maintains", "indicated", "indicates",
    ]

    /// Verbs and words of a match between teams: "Wales beat England", "lost to Arsenal".
    static let matchWords: Set<String> = [
        "beat", "beats", "beating", "beaten", "defeated", "thrashed", "edged", "hammered", "v", "vs", "versus", "overcame", "outplayed",
    ]

    /// Words between a score and the other side: "lost 17-5 to Tunisia", "beaten 33-15 by Samoa".
    static let scoreLinks: Set<String> = ["to", "by", "against", "over", "with", "v", "vs"]

    /// Prepositions of where something happens: the place stays a place in a report on a match.
    static let locativePrepositions: Set<String> = ["in", "at", "near", "outside", "across", "throughout", "around", "towards", "toward"]

    /// Words of reports on team sports: several of them make a document one, where countries and
    /// towns named on their own are mostly teams.
    static let teamSportWords: Set<String> = [
        "coach", "squad", "match", "matches", "striker", "midfielder", "defender", "keeper", "goalkeeper", "flanker", "winger",
        "fly-half", "scrum-half", "fixture", "fixtures", "replay", "kick-off", "half-time", "scored", "goal", "goals", "tries",
        "penalty", "penalties", "league", "premiership", "caps", "cap", "v", "side", "sides", "rugby", "football", "soccer",
        "cricket", "hockey", "netball", "basketball", "semi-final", "quarter-final", "sevens", "innings", "wicket",
        "wickets", "batsman", "bowler", "scrum", "line-out", "lineout", "touchdown", "halftime",
    ]

    /// Distinct team-sport words that make a document a report on a team sport.
    static let teamSportEvidence = 3

    /// Prepositions that put a company after them as often as a place: "bought from Apple", "sold to Sega".
    static let companyPrepositions: Set<String> = ["to", "from"]

    /// Prepositions that put a place after them more often than not.
    static let placePrepositions: Set<String> = ["in", "to", "from", "across", "near", "into", "throughout", "towards", "toward", "via"]

    /// Lowercase words that may sit inside a name between capitalised ones.
    static let connectors: Set<String> = ["of", "for", "and", "&", "de", "del", "della", "da", "di", "du", "des", "van", "von",
                                          "der", "den", "ter", "bin", "ibn", "bint", "al", "el", "la", "le", "y", "upon"]

    /// Lowercase particles of personal names, which may come two together ("van der", "bin al").
    static let particles: Set<String> = ["de", "del", "della", "da", "di", "du", "des", "van", "von", "der", "den", "ter", "bin",
                                         "ibn", "bint", "al", "el", "la", "le"]

    /// Particles found inside personal names and hardly ever inside other names.
    static let personalParticles: Set<String> = ["bin", "ibn", "bint", "van", "von", "der", "den", "ter", "al", "el"]

    /// Adjectives and nouns of faith, which like demonyms describe people without naming anything.
    static let faiths: Set<String> = [
        "Catholic", "Protestant", "Anglican", "Christian", "Muslim", "Moslem", "Islamic", "Jewish", "Jew", "Hindu", "Sikh",
        "Buddhist", "Sunni", "Shia", "Shiite", "Methodist", "Baptist", "Evangelical",
    ]

    /// Capitalised words that are never names by themselves: the calendar and the first person.
    static let neverNames: Set<String> = [
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November",
        "December", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "Monday",
        "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "Mondays", "Tuesdays", "Wednesdays",
        "Thursdays", "Fridays", "Saturdays", "Sundays", "I", "I'm", "I've", "I'd", "I'll",
        "The", "A", "An", "Mr", "Mrs", "Ms", "Dr", "Sir", "OK", "AM", "PM", "TV", "Internet", "Web",
    ]
}
