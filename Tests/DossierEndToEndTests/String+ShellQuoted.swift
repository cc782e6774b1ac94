import Foundation

extension String {
    /// The string as one single-quoted shell word, so paths with spaces or quotes survive `sh`.
    var shellQuoted: String {
        "'" + replacingOccurrences(of: "'", with: #"'\''"#) + "'"
    }
}
