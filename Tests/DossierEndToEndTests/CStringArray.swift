import Foundation

/// A NULL-terminated array of C strings, as `posix_spawn` wants for arguments and environment,
/// freed with the array.
final class CStringArray {
    let pointers: [UnsafeMutablePointer<CChar>?]

    init(_ strings: [String]) {
        pointers = strings.map { strdup($0) } + [nil]
    }

    deinit {
        pointers.forEach { free($0) }
    }
}
