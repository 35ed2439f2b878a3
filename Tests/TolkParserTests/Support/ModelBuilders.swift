import TolkModel
import TolkParser

/// Short builders for expected model values, shared by the recognizer tests.

func parse(_ text: String) -> Document {
    DocumentParser().parse(text, path: "x.md")
}

/// Diagnostics other than the missing front matter every small fixture has.
func bodyDiagnostics(_ doc: Document) -> [Diagnostic] {
    doc.diagnostics.filter { $0.code != .frontMatterMissing }
}

func at(_ line: Int, _ column: Int) -> SourceLocation {
    SourceLocation(line: line, column: column)
}

func span(_ l1: Int, _ c1: Int, _ l2: Int, _ c2: Int) -> SourceRange {
    SourceRange(start: at(l1, c1), end: at(l2, c2))
}

func text(_ s: String, _ line: Int, _ column: Int) -> Inline {
    Inline(.text(s), at: at(line, column))
}
