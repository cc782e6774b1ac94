/// The English words that say what a quantity measures, how it moved, and which of its kinds is
/// meant. Written for Dossier from general English usage in business, economic, political and
/// cultural reporting (the vocabulary of any style guide's section on figures); no list here was
/// counted or copied from a corpus.
enum MeasureLexicon {
    /// Nouns naming what an amount measures, by every inflection, to one name per measure:
    /// synonyms a reporter uses for the same figure share a name ("turnover" and "sales").
    static let measures: [String: String] = {
        var measures: [String: String] = [:]
        let groups: [String: [String]] = [
            "profit": ["profit", "profits", "earnings"],
            "income": ["income"],
            "loss": ["loss", "losses"],
            "revenue": ["revenue", "revenues"],
            "sales": ["sales", "turnover"],
            "dividend": ["dividend", "dividends", "payout", "payouts"],
            "debt": ["debt", "debts"],
            "deficit": ["deficit", "deficits"],
            "surplus": ["surplus", "surpluses"],
            "budget": ["budget", "budgets"],
            "spending": ["spending", "expenditure"],
            "investment": ["investment", "investments"],
            "cost": ["cost", "costs"],
            "price": ["price", "prices", "value", "valuation", "worth"],
            "fine": ["fine", "fines", "penalty", "penalties"],
            "fee": ["fee", "fees"],
            "pay": ["pay", "salary", "salaries", "wage", "wages", "bonus", "bonuses"],
            "tax": ["tax", "taxes", "levy"],
            "compensation": ["compensation", "damages", "settlement"],
            "bid": ["bid", "bids", "offer", "offers"],
            "funding": ["funding", "grant", "grants", "subsidy", "subsidies"],
            "aid": ["aid"],
            "lending": ["lending", "loan", "loans", "mortgages", "borrowing"],
            "savings": ["savings"],
            "reserves": ["reserves"],
            "assets": ["assets"],
            "stake": ["stake", "stakes", "holding", "shareholding"],
            "market share": ["share"],
            "share price": ["shares", "stock"],
            "exports": ["exports"],
            "imports": ["imports"],
            "trade": ["trade"],
            "output": ["output", "production"],
            "growth": ["growth", "expansion"],
            "gdp": ["gdp", "economy"],
            "inflation": ["inflation"],
            "unemployment": ["unemployment", "joblessness", "jobless"],
            "rate": ["rate", "rates"],
            "yield": ["yield", "yields"],
            "index": ["index"],
            "takings": ["takings", "gross", "grosses"],
            "audience": ["audience", "audiences", "viewers", "viewing", "listeners", "readers", "readership", "ratings"],
            "subscribers": ["subscribers", "subscriptions"],
            "customers": ["customers", "clients"],
            "users": ["users"],
            "members": ["members", "membership"],
            "votes": ["votes", "vote"],
            "seats": ["seats"],
            "majority": ["majority"],
            "turnout": ["turnout"],
            "support": ["support", "backing"],
            "lead": ["lead"],
            "jobs": ["jobs", "posts", "redundancies", "staff", "employees", "workers", "workforce", "job"],
            "population": ["population"],
            "visitors": ["visitors", "tourists", "passengers", "attendance", "crowd", "crowds"],
            "deaths": ["deaths", "dead", "casualties", "victims", "fatalities"],
            "copies": ["copies", "downloads", "units"],
            "contract": ["contract", "deal", "deals", "sponsorship"],
            "emissions": ["emissions"],
            "capacity": ["capacity"],
        ]
        for (name, words) in groups {
            for word in words { measures[word] = name }
        }
        return measures
    }()

    /// Words before a measure that make it another figure ("pre-tax profit" and "operating
    /// profit", "interest rate" and "exchange rate", "house prices" and "oil prices").
    static let qualifiers: Set<String> = [
        "pre", "tax", "operating", "net", "gross", "underlying", "interim", "retail", "wholesale", "consumer", "producer",
        "annual", "quarterly", "monthly", "weekly", "daily", "yearly", "core", "headline",
        "interest", "base", "exchange", "mortgage", "lending", "borrowing", "jobless", "unemployment", "inflation", "growth",
        "house", "home", "housing", "property", "oil", "gas", "petrol", "fuel", "food", "energy", "electricity", "share", "stock",
        "ticket", "advertising", "trade", "budget", "current", "account", "public", "national", "government", "state",
        "broadband", "mobile", "online", "internet", "music", "album", "film", "box", "office", "opening", "weekend",
        "market", "export", "import", "manufacturing", "industrial", "factory", "services", "sales", "profit", "birth",
        "death", "crime", "murder", "poverty", "pension", "corporation", "income", "stamp", "council", "fuel",
    ]

    /// Adjectives between a subject and its measure that change nothing ("Australian economic
    /// growth", "UK GDP growth"): read past, kept out of the measure's name.
    static let transparent: Set<String> = ["economic", "gdp", "overall", "total", "combined", "average", "record", "latest", "official"]

    /// Words of a clause that make its figure one for part of the period it names: "0.2% in the
    /// last three months of 2004" is a quarter's figure, not the year's.
    static let subPeriods: [String: String] = [
        "quarter": "quarter", "quarters": "quarter", "months": "month", "month": "month", "monthly": "month", "week": "week",
        "weeks": "week", "weekend": "week", "half": "half", "day": "day", "daily": "day",
    ]

    /// Verbs before an amount that say what it measures when no noun does: "own 29% of the club"
    /// is a stake, "bought it for $9.3bn" a price, "offered £1.3bn" a bid.
    static let verbs: [String: String] = [
        "own": "stake", "owns": "stake", "owned": "stake", "holds": "stake", "hold": "stake", "held": "stake", "controls": "stake",
        "paid": "price", "pay": "price", "pays": "price", "bought": "price", "buy": "price", "sold": "price", "sell": "price",
        "acquired": "price", "valued": "price", "valuing": "price",
        "offered": "bid", "offer": "bid", "offering": "bid", "bid": "bid",
        "cost": "cost", "costs": "cost", "spent": "spending", "spend": "spending", "fined": "fine", "earned": "profit", "earns": "profit",
    ]

    /// Qualifiers that name a span of time, kept in the measure since a monthly figure and an
    /// annual one of the same thing differ.
    static let periodQualifiers: [String: String] = [
        "annual": "year", "yearly": "year", "year": "year", "full": "year", "quarterly": "quarter", "quarter": "quarter",
        "monthly": "month", "month": "month", "weekly": "week", "week": "week", "weekend": "week", "daily": "day", "half": "half",
        "interim": "half",
    ]

    /// Verbs, adverbs and nouns of a change upward: "rose 5%", "up 5%", "a 5% rise".
    static let rises: Set<String> = [
        "rose", "rise", "rises", "rising", "risen", "increased", "increase", "increases", "increasing", "grew", "grow", "grows",
        "growing", "grown", "climbed", "climb", "climbs", "climbing", "jumped", "jump", "jumps", "jumping", "soared", "soar",
        "soars", "soaring", "surged", "surge", "surges", "surging", "gained", "gain", "gains", "gaining", "up", "higher",
        "advanced", "advance", "rallied", "rally", "boosted", "boost", "raised", "raise", "raises", "raising", "added",
        "expanded", "expand", "expands", "improved", "hike", "hikes", "hiked", "upturn", "leap", "leapt", "leaped",
    ]

    /// Verbs, adverbs and nouns of a change downward: "fell 2%", "down 2%", "a 2% drop".
    static let falls: Set<String> = [
        "fell", "fall", "falls", "falling", "fallen", "dropped", "drop", "drops", "dropping", "declined", "decline", "declines",
        "declining", "slipped", "slip", "slips", "slumped", "slump", "slumps", "plunged", "plunge", "plunges", "tumbled",
        "tumble", "tumbles", "shrank", "shrink", "shrinks", "shrunk", "contracted", "contraction", "down", "lower",
        "lost", "lose", "loses", "eased", "ease", "eases", "dipped", "dip", "dips", "cut", "cuts", "cutting", "reduced",
        "reduce", "reduction", "slid", "slide", "slides", "sank", "sink", "sinks", "decreased", "decrease", "decreases",
        "weakened", "downturn", "shed", "sheds", "lowered",
    ]

    /// Words before an amount that make it a level, not the size of a change: "rose to 4%",
    /// "stood at 4%", "a rate of 4%".
    static let levelMarkers: Set<String> = ["to", "at", "of", "reached", "hit", "totalled", "totaled", "was", "were", "is", "are", "be", "been"]

    /// Words that make an amount the earlier value a change is measured from: "from $639m",
    /// "compared with 5%", "against 3.1% a year earlier".
    static let priorMarkers: Set<String> = ["from", "compared", "versus", "against", "previous", "previously", "earlier", "before"]
}
