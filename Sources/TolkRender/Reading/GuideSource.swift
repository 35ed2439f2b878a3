import TolkModel

/// What one file contributes to guides, on one side of its pairs: the title
/// and, for every heading followed by a numbered list, the steps.
///
/// Small on purpose: `tolk site` reads each document into this on the worker
/// thread that parsed it, so no document tree outlives its file.
public struct GuideSource: Sendable, Equatable {
    public var path: String
    /// The file's locale, or the source locale for the English side of a paired file.
    public var locale: String
    /// True for the English view built from the source side of the pairs.
    public var isSourceSide: Bool
    /// Whether the file has span pairs (false for plain translations and source files).
    public var hasPairs: Bool
    /// `ms.date`.
    public var date: CalendarDate?
    public var title: String
    public var procedures: [ProcedureBody]

    public init(path: String, locale: String, isSourceSide: Bool, hasPairs: Bool, date: CalendarDate?,
                title: String, procedures: [ProcedureBody]) {
        self.path = path
        self.locale = locale
        self.isSourceSide = isSourceSide
        self.hasPairs = hasPairs
        self.date = date
        self.title = title
        self.procedures = procedures
    }

    /// The procedure whose heading is on `line`.
    public func procedure(atLine line: Int) -> ProcedureBody? {
        procedures.first { $0.line == line }
    }
}

/// A procedure as one file writes it.
public struct ProcedureBody: Sendable, Equatable {
    /// The heading's line: the rule table's provenance points here.
    public var line: Int
    public var heading: String
    public var steps: [GuideStep]

    public init(line: Int, heading: String, steps: [GuideStep]) {
        self.line = line
        self.heading = heading
        self.steps = steps
    }
}
