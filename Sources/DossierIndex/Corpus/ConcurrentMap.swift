import Dispatch
import Foundation
import Synchronization

/// Maps an array on every core, in chunks, keeping the order: for pure work on many small items
/// (sentences, claims) where one item is too little to hand to a thread by itself.
enum ConcurrentMap {
    /// More chunks than cores, so that a core that finishes early takes another.
    private static let chunksPerCore = 8
    private static var cores: Int { ProcessInfo.processInfo.activeProcessorCount }

    /// The results of `transform` for every element, in order. Each chunk gets its own `state`
    /// from `makeState`, for scratch space that would be costly to set up for every element.
    static func map<Element: Sendable, State, Result: Sendable>(
        _ elements: [Element], makeState: @Sendable () -> State, _ transform: @Sendable (inout State, Element) -> Result
    ) -> [Result] {
        let chunkSize = max(1, (elements.count + chunksPerCore * cores - 1) / (chunksPerCore * cores))
        let chunkCount = (elements.count + chunkSize - 1) / chunkSize
        guard chunkCount > 1 else {
            var state = makeState()
            return elements.map { transform(&state, $0) }
        }
        let chunks = Mutex<[Int: [Result]]>([:])
        DispatchQueue.concurrentPerform(iterations: chunkCount) { chunk in
            var state = makeState()
            let range = chunk * chunkSize..<min((chunk + 1) * chunkSize, elements.count)
            let results = elements[range].map { transform(&state, $0) }
            chunks.withLock { $0[chunk] = results }
        }
        return chunks.withLock { table in (0..<chunkCount).flatMap { table[$0] ?? [] } }
    }

    /// The results of `transform` for every element, in order.
    static func map<Element: Sendable, Result: Sendable>(_ elements: [Element], _ transform: @Sendable (Element) -> Result) -> [Result] {
        map(elements, makeState: {}) { _, element in transform(element) }
    }
}
