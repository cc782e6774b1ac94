import Foundation

/// How far one phase of a sync has gone: what a progress bar, a status bar or a pane notice shows.
public struct IndexProgress: Sendable, Equatable {
    public var phase: IndexPhase
    /// Documents this phase has finished in this sync, and how many it has to do.
    public var done: Int
    public var total: Int
    /// Seconds since the phase began.
    public var seconds: Double

    public init(phase: IndexPhase, done: Int, total: Int, seconds: Double) {
        self.phase = phase
        self.done = done
        self.total = total
        self.seconds = seconds
    }

    public var isFinished: Bool { done >= total }

    /// Whole percent done, 0 to 100.
    public var percent: Int { total == 0 ? 100 : min(100, done * 100 / total) }

    /// Documents a second so far, or nil before the first batch has landed.
    public var rate: Double? {
        guard done > 0, seconds > 0 else { return nil }
        return Double(done) / seconds
    }

    /// Seconds still to go at the rate so far, or nil while there is no rate yet.
    public var secondsLeft: Double? {
        rate.map { Double(total - done) / $0 }
    }

    /// "entities: 41% · 3,200 docs/s · 12 s left".
    public var summary: String {
        var parts = ["\(phase.name): \(percent)%"]
        if let rate { parts.append("\(Int(rate.rounded()).formatted()) docs/s") }
        if let left = secondsLeft, !isFinished { parts.append(Self.duration(left) + " left") }
        return parts.joined(separator: " · ")
    }

    /// "12 s", "3 min", "1 h 05 min".
    public static func duration(_ seconds: Double) -> String {
        let whole = Int(seconds.rounded(.up))
        if whole < 60 { return "\(whole) s" }
        if whole < 3_600 { return "\((whole + 30) / 60) min" }
        return String(format: "%d h %02d min", whole / 3_600, (whole % 3_600) / 60)
    }
}
