import ArgumentParser
import DossierIndex

extension Corpus {
    /// The one document `name` stands for, or an error that says why there is none.
    func requireDocument(named name: String) throws -> DocumentSummary {
        switch try document(named: name) {
        case .found(let found): return found
        case .none: throw ValidationError("no document matches '\(name)'; `dossier docs` lists them")
        case .ambiguous(let matches):
            throw ValidationError("'\(name)' matches \(matches.count) documents: \(matches.prefix(5).map { OutputLine.text($0.path) }.joined(separator: ", "))")
        }
    }
}
