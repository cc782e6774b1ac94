/// The words and symbols of amounts in English news: currencies, scales, units, hedges.
enum QuantityVocabulary {
    static let currencySymbols: [String: String] = ["$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY", "₽": "RUB", "₹": "INR"]

    static let currencyWords: [String: String] = [
        "dollars": "USD", "dollar": "USD", "usd": "USD", "euros": "EUR", "euro": "EUR", "eur": "EUR", "pounds": "GBP",
        "sterling": "GBP", "gbp": "GBP", "rubles": "RUB", "roubles": "RUB", "ruble": "RUB", "rouble": "RUB", "rub": "RUB",
        "rials": "IRR", "rial": "IRR", "tomans": "IRT", "yuan": "CNY", "renminbi": "CNY", "rupees": "INR", "yen": "JPY",
        "lira": "TRY", "liras": "TRY", "dirhams": "AED", "riyals": "SAR", "manats": "AZN", "manat": "AZN",
    ]

    static let scales: [String: Double] = [
        "thousand": 1e3, "million": 1e6, "millions": 1e6, "billion": 1e9, "billions": 1e9, "trillion": 1e12,
        "bn": 1e9, "mn": 1e6, "tn": 1e12, "k": 1e3,
    ]

    /// Scales written as one letter, which mean a scale only after a currency ("$5m").
    static let currencyScales: [String: Double] = ["m": 1e6, "b": 1e9]

    /// Unit words with the factor to the unit's normal form.
    static let units: [String: (QuantityUnit, Double)] = [
        "percent": (.percent, 1), "pct": (.percent, 1),
        "km": (.kilometres, 1), "kilometres": (.kilometres, 1), "kilometers": (.kilometres, 1), "kilometre": (.kilometres, 1),
        "kilometer": (.kilometres, 1), "miles": (.kilometres, 1.609_344), "mile": (.kilometres, 1.609_344),
        "tons": (.tonnes, 1), "tonnes": (.tonnes, 1), "ton": (.tonnes, 1), "tonne": (.tonnes, 1), "kg": (.tonnes, 0.001),
        "kilograms": (.tonnes, 0.001), "barrels": (.barrels, 1), "barrel": (.barrels, 1), "bcm": (.cubicMetres, 1e9),
    ]

    /// Words before an amount that hedge it or bound it.
    static let hedges: [String: (isApproximate: Bool, bound: Quantity.Bound?)] = [
        "about": (true, nil), "around": (true, nil), "approximately": (true, nil), "roughly": (true, nil),
        "nearly": (true, nil), "almost": (true, nil), "some": (true, nil), "an estimated": (true, nil), "close to": (true, nil),
        "estimated": (true, nil), "approx": (true, nil), "circa": (true, nil),
        "more than": (false, .atLeast), "over": (false, .atLeast), "at least": (false, .atLeast), "upwards of": (false, .atLeast),
        "in excess of": (false, .atLeast), "exceeding": (false, .atLeast), "topped": (false, .atLeast), "tops": (false, .atLeast),
        "exceeded": (false, .atLeast), "exceeds": (false, .atLeast), "above": (false, .atLeast), "surpassed": (false, .atLeast),
        "less than": (false, .atMost), "under": (false, .atMost), "up to": (false, .atMost), "at most": (false, .atMost),
        "as much as": (false, .atMost), "as many as": (false, .atMost), "fewer than": (false, .atMost), "below": (false, .atMost),
    ]

    /// Plural words after a number that do not name what is counted.
    static let notCountNouns: Set<String> = [
        "times", "years", "months", "weeks", "days", "hours", "minutes", "seconds", "decades", "centuries", "others", "points",
        "percentages", "levels", "terms", "ones", "pages", "figures", "digits",
    ]

    /// Month names in lowercase, which dates cover and content words leave out.
    static let monthWords: Set<String> = Set(months.map { $0.lowercased() })

    static let months: Set<String> = [
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
        "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
    ]
}
