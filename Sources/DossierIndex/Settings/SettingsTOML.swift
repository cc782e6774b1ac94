import TOMLKit

/// Parses the TOML of dossier.toml once for every kind of correction it holds, so that a syntax
/// error reads the same whichever part of the file is being read.
enum SettingsTOML {
    /// The document's root table, or an error naming the file and the line of the mistake.
    static func root(of text: String, file: String) throws(EntityOverridesError) -> TOMLTable {
        do {
            return try SafeTOML.parse(text)
        } catch let error as SafeTOML.SyntaxError {
            throw EntityOverridesError(file: file, line: error.line, problem: error.description)
        } catch let error as TOMLParseError {
            throw EntityOverridesError(file: file, line: error.source.begin.line, problem: error.description)
        } catch {
            throw EntityOverridesError(file: file, line: nil, problem: "\(error)")
        }
    }
}
