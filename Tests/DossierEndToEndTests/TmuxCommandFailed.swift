/// A tmux client command that failed, such as `capture-pane` after the server died.
struct TmuxCommandFailed: Error, CustomStringConvertible {
    let arguments: [String]
    /// nil when a signal killed the client.
    let exitStatus: Int32?
    let message: String

    var description: String {
        let ending = exitStatus.map { "exited with status \($0)" } ?? "was killed by a signal"
        return "tmux \(arguments.joined(separator: " ")) \(ending): \(message)"
    }
}
