/// Decides which theme the explorer starts with.
public enum ThemeChoice {
    /// `--theme`, else `theme` in `config.toml`, else `mono` when `NO_COLOR` is set, else `default`.
    /// An explicit choice outranks `NO_COLOR`, as no-color.org asks of programs.
    public static func startingName(option: String?, configured: String?, environment: [String: String]) -> String {
        if let option { return option }
        if let configured { return configured }
        if let noColor = environment["NO_COLOR"], !noColor.isEmpty { return "mono" }
        return "default"
    }
}
