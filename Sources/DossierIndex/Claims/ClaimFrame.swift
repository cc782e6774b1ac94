/// What one checkable statement says, slot by slot, each slot pointing at its words in the
/// sentence: a quantity frame ("TimeWarner's profits jumped 76% in the fourth quarter": subject,
/// measure, value, period) or an event frame ("Y signed X in Z on 5 May": subject, event, object,
/// place, date), with its modality and the source document's date.
public struct ClaimFrame: Sendable, Equatable {
    public enum Kind: String, Sendable {
        case quantity, event
    }

    /// Words of the sentence that fill a slot, and the key they are compared by.
    public struct Slot: Sendable, Equatable {
        /// Scalar offsets in the sentence.
        public var range: Range<Int>
        /// The comparable form: an entity's key, a measure's name with its qualifiers.
        public var key: String

        public init(range: Range<Int>, key: String) {
            self.range = range
            self.key = key
        }
    }

    public var kind: Kind
    public var subject: Slot?
    /// What a quantity measures ("pre tax profit", "interest rate").
    public var measure: Slot?
    public var value: Quantity?
    /// The same amount in another unit in the same sentence: "$1.13bn (£600m)".
    public var equivalents: [Quantity] = []
    /// The value is the size of a change ("rose 5%"), not a level ("rose to 5%").
    public var isChange = false
    public var period: ClaimDate?
    /// Where `period` stands in the sentence, when it is stated there.
    public var periodRange: Range<Int>?
    public var modality: ClaimModality = .reported
    public var isNegated = false
    public var event: EventKind?
    /// Where the event word stands.
    public var eventRange: Range<Int>?
    public var object: Slot?
    public var place: Slot?
    /// The source document's date as days since 1970, when it has one.
    public var documentDay: Int?

    public init(kind: Kind) {
        self.kind = kind
    }

    /// The keys this frame is found by: its subject with its measure or event, and for an event
    /// its object with the event too, so that "Y signed X" and "X was signed" meet.
    var blockKeys: [String] {
        switch kind {
        case .quantity:
            guard let subject, let measure else { return [] }
            return ["q|\(SubjectKey.block(subject.key))|\(MeasureName.head(of: measure.key))"]
        case .event:
            guard let event else { return [] }
            return [subject, object].compactMap { $0.map { "e|\(SubjectKey.block($0.key))|\(event.rawValue)" } }
        }
    }

    /// The slots and their words, for showing why two claims were linked, in the order the
    /// panel aligns them.
    public var slots: [(name: String, range: Range<Int>)] {
        var slots: [(name: String, range: Range<Int>)] = []
        if let subject { slots.append(("subject", subject.range)) }
        if let measure { slots.append(("measure", measure.range)) }
        if let eventRange { slots.append(("event", eventRange)) }
        if let object { slots.append(("object", object.range)) }
        if let place { slots.append(("place", place.range)) }
        if let periodRange { slots.append(("period", periodRange)) }
        if let value { slots.append(("value", value.range)) }
        return slots
    }
}
