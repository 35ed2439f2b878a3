/// An RFC 4180 CSV parser fed chunk by chunk: fields separated by commas,
/// rows by CRLF or LF; a quoted field may hold commas, line breaks and
/// doubled quotes. A malformed row is reported with its line and skipped;
/// the rows after it are still read.
struct CSVParser {
    /// One row: its first line, and its fields or why it cannot be read.
    struct Row {
        var line: Int
        var fields: Result<[String], UnreadableRecord>
    }

    private enum State { case fieldStart, unquoted, quoted, quoteInQuoted }

    private var state = State.fieldStart
    private var field: [UInt8] = []
    private var fields: [[UInt8]] = []
    private var line = 1
    private var rowLine = 1
    private var problem: String?

    mutating func feed(_ chunk: [UInt8], emit: (Row) -> Void) {
        for byte in chunk { step(byte, emit: emit) }
    }

    mutating func finish(emit: (Row) -> Void) {
        if state == .quoted { problem = problem ?? "a quoted field is not closed before the end of the input" }
        if state != .fieldStart || !fields.isEmpty || problem != nil { endRow(emit: emit) }
    }

    private mutating func step(_ byte: UInt8, emit: (Row) -> Void) {
        switch state {
        case .fieldStart:
            switch byte {
            case 0x22: state = .quoted
            case 0x2C: endField()
            case 0x0A: endField(); endRow(emit: emit); line += 1
            default: field.append(byte); state = .unquoted
            }
        case .unquoted:
            switch byte {
            case 0x2C: endField()
            case 0x0A:
                if field.last == 0x0D { field.removeLast() }
                endField(); endRow(emit: emit); line += 1
            case 0x22:
                problem = problem ?? "a quote inside an unquoted field (quote the whole field and double the quote)"
                field.append(byte)
            default: field.append(byte)
            }
        case .quoted:
            if byte == 0x22 { state = .quoteInQuoted } else {
                if byte == 0x0A { line += 1 }
                field.append(byte)
            }
        case .quoteInQuoted:
            switch byte {
            case 0x22: field.append(byte); state = .quoted
            case 0x2C: endField()
            case 0x0A: endField(); endRow(emit: emit); line += 1
            case 0x0D: break // CRLF after a closing quote
            default:
                problem = problem ?? "text after the closing quote of a field"
                field.append(byte)
                state = .unquoted
            }
        }
    }

    private mutating func endField() {
        fields.append(field)
        field.removeAll(keepingCapacity: true)
        state = .fieldStart
    }

    private mutating func endRow(emit: (Row) -> Void) {
        if state != .fieldStart { endField() }
        defer {
            fields.removeAll(keepingCapacity: true)
            problem = nil
            state = .fieldStart
            rowLine = line + 1
        }
        if let problem {
            emit(Row(line: rowLine, fields: .failure(UnreadableRecord(message: problem))))
            return
        }
        var texts: [String] = []
        for bytes in fields {
            guard let text = String(validating: bytes, as: UTF8.self) else {
                emit(Row(line: rowLine, fields: .failure(UnreadableRecord(message: "a field is not valid UTF-8"))))
                return
            }
            texts.append(text)
        }
        emit(Row(line: rowLine, fields: .success(texts)))
    }
}

struct UnreadableRecord: Error {
    var message: String
}
