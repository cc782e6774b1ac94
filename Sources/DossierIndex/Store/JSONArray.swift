import Foundation

/// Lists written as JSON arrays, the form `json_each` reads them in, since SQLite binds no arrays.
enum JSONArray {
    static func of(_ ids: some Sequence<Int64>) -> String {
        "[" + ids.map(String.init).joined(separator: ",") + "]"
    }

    /// Quotes and backslashes in the strings are escaped, so any name or path round-trips.
    static func of(_ strings: some Sequence<String>) -> String {
        String(decoding: (try? JSONEncoder().encode(Array(strings))) ?? Data("[]".utf8), as: UTF8.self)
    }
}
