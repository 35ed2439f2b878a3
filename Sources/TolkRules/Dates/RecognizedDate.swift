import TolkModel

/// A date found in text.
public struct RecognizedDate: Sendable, Equatable {
    public var date: CalendarDate
    /// true when the text had no year and `fallbackYear` was used.
    public var yearInferred: Bool
    /// The matched text and its UTF-8 byte offsets in the searched string.
    public var text: String
    public var utf8Range: Range<Int>

    public init(date: CalendarDate, yearInferred: Bool, text: String, utf8Range: Range<Int>) {
        self.date = date
        self.yearInferred = yearInferred
        self.text = text
        self.utf8Range = utf8Range
    }
}
