/// A question on the prompt line answered with one key: `y` asks for `yes`, `n` for `no` (or
/// says `declined`), and Esc leaves everything as it was.
public struct Confirmation: Sendable, Equatable {
    public var question: String
    public var yes: [Effect]
    public var no: [Effect]
    /// What `n` does, for the prompt's hint: "no", or "rename anyway".
    public var noLabel: String
    /// The status message when the answer is no and `no` asks for nothing.
    public var declined: String

    public init(_ question: String, yes: [Effect], no: [Effect] = [], noLabel: String = "no", declined: String = "Nothing changed") {
        self.question = question
        self.yes = yes
        self.no = no
        self.noLabel = noLabel
        self.declined = declined
    }
}
