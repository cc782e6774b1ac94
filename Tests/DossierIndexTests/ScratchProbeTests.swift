import Testing
import Foundation
@testable import DossierIndex

@Suite struct ScratchProbe {
    @Test func probe() throws {
        let text = try String(contentsOfFile: "/tmp/probe.txt", encoding: .utf8)
        let document = try load(text)
        for m in EntityRecognizer().mentions(in: document) {
            print("PROBE", m.text, m.type?.rawValue ?? "nil", m.confidence, m.key, "|", m.fullName)
        }
    }
}
