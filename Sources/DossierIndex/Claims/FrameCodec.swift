import Foundation

/// Writes a claim frame as one short line of text and reads it back, so that frames are stored
/// in a few dozen bytes and read without extracting them again: fields separated by `|`, parts
/// of a field by `;`, a slot as `key@start-end`. Keys never hold the separators (`SubjectKey`
/// and measure names are letters, digits, spaces and one colon; others are cleaned here).
enum FrameCodec {
    static func encode(_ frame: ClaimFrame) -> String {
        let period = frame.period.map { "\($0.value);\($0.firstDay);\($0.lastDay);\($0.isAnchored ? 1 : 0)" } ?? ""
        let modality = String(frame.modality.rawValue.prefix(1)) + (frame.isNegated ? "n" : "")
        let fields: [String] = [
            frame.kind == .quantity ? "q" : "e",
            slot(frame.subject), slot(frame.measure),
            frame.value.map(quantity) ?? "",
            frame.equivalents.map(quantity).joined(separator: "/"),
            frame.isChange ? "c" : "",
            period,
            frame.periodRange.map(range) ?? "",
            modality,
            frame.event?.rawValue ?? "", frame.eventRange.map(range) ?? "",
            slot(frame.object), slot(frame.place),
            frame.documentDay.map(String.init) ?? "",
        ]
        return fields.joined(separator: "|")
    }

    static func decode(_ text: String) -> ClaimFrame? {
        let fields = text.split(separator: "|", omittingEmptySubsequences: false).map(String.init)
        guard fields.count == 14 else { return nil }
        var frame = ClaimFrame(kind: fields[0] == "q" ? .quantity : .event)
        frame.subject = slot(fields[1])
        frame.measure = slot(fields[2])
        frame.value = quantity(fields[3])
        frame.equivalents = fields[4].split(separator: "/").compactMap { quantity(String($0)) }
        frame.isChange = fields[5] == "c"
        let period = fields[6].split(separator: ";")
        if period.count == 4, let first = Int(period[1]), let last = Int(period[2]) {
            frame.period = ClaimDate(text: "", value: String(period[0]), firstDay: first, lastDay: last, isAnchored: period[3] == "1")
        }
        frame.periodRange = range(fields[7])
        frame.modality = ClaimModality.allCases.first { $0.rawValue.first == fields[8].first } ?? .reported
        frame.isNegated = fields[8].hasSuffix("n")
        frame.event = EventKind(rawValue: fields[9])
        frame.eventRange = range(fields[10])
        frame.object = slot(fields[11])
        frame.place = slot(fields[12])
        frame.documentDay = Int(fields[13])
        return frame
    }

    // MARK: Parts

    private static func slot(_ slot: ClaimFrame.Slot?) -> String {
        guard let slot else { return "" }
        return clean(slot.key) + "@" + range(slot.range)
    }

    private static func slot(_ text: String) -> ClaimFrame.Slot? {
        guard let at = text.lastIndex(of: "@"), let range = range(String(text[text.index(after: at)...])) else { return nil }
        return ClaimFrame.Slot(range: range, key: String(text[..<at]))
    }

    private static func range(_ range: Range<Int>) -> String {
        "\(range.lowerBound)-\(range.upperBound)"
    }

    private static func range(_ text: String) -> Range<Int>? {
        let parts = text.split(separator: "-")
        guard parts.count == 2, let lower = Int(parts[0]), let upper = Int(parts[1]), lower <= upper else { return nil }
        return lower..<upper
    }

    /// value;upper;unit;flags;step;start-end, flags being "~" for approximate, ">" or "<" for a bound.
    private static func quantity(_ quantity: Quantity) -> String {
        let flags = (quantity.isApproximate ? "~" : "") + (quantity.bound == .atLeast ? ">" : quantity.bound == .atMost ? "<" : "")
        return [number(quantity.value), quantity.upperValue.map(number) ?? "", unit(quantity.unit), flags, number(quantity.step), range(quantity.range)]
            .joined(separator: ";")
    }

    private static func quantity(_ text: String) -> Quantity? {
        let parts = text.split(separator: ";", omittingEmptySubsequences: false).map(String.init)
        guard parts.count == 6, let value = Double(parts[0]), let unit = unit(parts[2]), let range = range(parts[5]) else { return nil }
        var quantity = Quantity(range: range, text: "", value: value, upperValue: Double(parts[1]), unit: unit, isApproximate: parts[3].contains("~"),
                                bound: parts[3].contains(">") ? .atLeast : parts[3].contains("<") ? .atMost : nil)
        quantity.step = Double(parts[4]) ?? 1
        return quantity
    }

    private static func number(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int64(value)) : String(value)
    }

    private static func unit(_ unit: QuantityUnit) -> String {
        switch unit {
        case .currency(let code): return "$" + code
        case .percent: return "%"
        case .percentagePoints: return "pp"
        case .points: return "pt"
        case .kilometres: return "km"
        case .tonnes: return "t"
        case .barrels: return "bbl"
        case .cubicMetres: return "m3"
        case .count(let noun): return "#" + clean(noun)
        }
    }

    private static func unit(_ text: String) -> QuantityUnit? {
        if text.hasPrefix("$") { return .currency(String(text.dropFirst())) }
        if text.hasPrefix("#") { return .count(String(text.dropFirst())) }
        return ["%": .percent, "pp": .percentagePoints, "pt": .points, "km": .kilometres, "t": .tonnes, "bbl": .barrels, "m3": .cubicMetres][text]
    }

    /// A key without the codec's separators.
    private static func clean(_ key: String) -> String {
        String(key.unicodeScalars.filter { !"|;@/".unicodeScalars.contains($0) }.map(Character.init))
    }
}
