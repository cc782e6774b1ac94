import Synchronization
import Testing
@testable import DossierIndex

@Suite("Mapping on every core")
struct ConcurrentMapTests {
    @Test(arguments: [0, 1, 7, 1_000])
    func resultsKeepTheOrderOfTheElements(count: Int) {
        let numbers = Array(0..<count)
        #expect(ConcurrentMap.map(numbers) { $0 * $0 } == numbers.map { $0 * $0 })
    }

    @Test func eachChunkKeepsItsOwnState() {
        let statesMade = Atomic<Int>(0)
        // Each element records how many elements its chunk's state had seen before it.
        let seenBefore = ConcurrentMap.map(Array(0..<1_000), makeState: { () -> Int in
            statesMade.add(1, ordering: .relaxed)
            return 0
        }) { seen, _ in
            defer { seen += 1 }
            return seen
        }
        let chunks = statesMade.load(ordering: .relaxed)
        #expect(chunks > 1)
        #expect(seenBefore.filter { $0 == 0 }.count == chunks)
        #expect(seenBefore.max()! < 1_000)
    }
}
