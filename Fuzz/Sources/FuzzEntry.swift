import CLibFuzzer
import Foundation

/// The fuzzer's main: hands libFuzzer the command line, and each input to ``fuzzOneInput(_:_:)``.
/// SwiftPM gives every executable a main of its own, which then stands in for libFuzzer's.
@main
enum FuzzEntry {
    static func main() {
        var argc = CommandLine.argc
        var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
        exit(LLVMFuzzerRunDriver(&argc, &argv) { data, size in
            guard let data else { return 0 }
            return fuzzOneInput(data, size)
        })
    }
}

/// libFuzzer's entry point: each input, decoded as UTF-8 with bad bytes replaced, goes to the reader
/// `FuzzTarget.current` names.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    FuzzTarget.current.read(String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self))
    return 0
}
