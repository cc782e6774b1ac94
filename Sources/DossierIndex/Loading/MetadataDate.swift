import Foundation

/// Normalises the date a document declares about itself to ISO 8601 at the precision given.
public enum MetadataDate {
    private static let fullDateFormats = [
        "yyyy-MM-dd", "yyyy/MM/dd", "MMMM d, yyyy", "MMM d, yyyy", "d MMMM yyyy", "d MMM yyyy",
        "EEEE, MMMM d, yyyy", "EEE, d MMM yyyy", "MMMM d yyyy",
    ]

    /// Returns `yyyy-MM-dd`, `yyyy-MM` or `yyyy`, or nil when the string is not a recognisable date.
    public static func normalize(_ raw: String) -> String? {
        let text = raw.trimmingCharacters(in: .whitespacesAndNewlines)
        if let match = text.firstMatch(of: /^(\d{4})-(\d{2})-(\d{2})(?:[T ].*)?$/) {
            return "\(match.1)-\(match.2)-\(match.3)"
        }
        if let match = text.wholeMatch(of: /(\d{4})-(\d{2})/) { return "\(match.1)-\(match.2)" }
        if let match = text.wholeMatch(of: /\d{4}/) { return String(match.0) }
        for format in fullDateFormats {
            if let date = formatter(format).date(from: text) { return formatter("yyyy-MM-dd").string(from: date) }
        }
        for format in ["MMMM yyyy", "MMM yyyy"] {
            if let date = formatter(format).date(from: text) { return formatter("yyyy-MM").string(from: date) }
        }
        return nil
    }

    private static func formatter(_ format: String) -> DateFormatter {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = format
        formatter.isLenient = false
        return formatter
    }
}
