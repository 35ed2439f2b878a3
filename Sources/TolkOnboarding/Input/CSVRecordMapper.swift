import Foundation

/// Turns CSV rows into record JSON. The header row names each column by its
/// record path (`customer.address.city`); an empty cell is a field not
/// given. Three columns have a form of their own:
/// `customer.address.lines` holds one address line per line of the (quoted)
/// cell, `existingCustomer` is `true` or `false`, and `subscriptions` is
/// `offer:licenses;offer:licenses` (the licenses after the last colon).
/// The JSON then goes through the same strict decoding as JSON input.
struct CSVRecordMapper {
    /// Every column the record format has, in documentation order.
    static let columns = [
        "schemaVersion", "id", "submittedOn", "locale", "actorRole", "partnerType", "existingCustomer",
        "customer.legalName", "customer.address.lines", "customer.address.city", "customer.address.region",
        "customer.address.postalCode", "customer.address.country", "customer.primaryContact.name",
        "customer.primaryContact.email", "customer.primaryContact.phone", "agreement.name", "agreement.acceptedOn",
        "agreement.signer.firstName", "agreement.signer.lastName", "agreement.signer.email", "agreement.signer.phone",
        "indirectReseller.name", "indirectReseller.id", "subscriptions",
    ]

    let header: [String]
    /// Header columns no record field has: warned about once, then ignored.
    let unknownColumns: [String]

    init(header: [String]) {
        // A byte order mark before the first column name is not part of it.
        self.header = header.enumerated().map { index, name in
            (index == 0 && name.hasPrefix("\u{FEFF}") ? String(name.dropFirst()) : name).trimmingCharacters(in: .whitespaces)
        }
        unknownColumns = self.header.filter { !Self.columns.contains($0) }
    }

    /// The record JSON of one row, or why the row cannot be one.
    func json(_ fields: [String]) -> Result<Data, UnreadableRecord> {
        guard fields.count == header.count else {
            return .failure(UnreadableRecord(message: "the row has \(fields.count) fields; the header has \(header.count)"))
        }
        var object: [String: Any] = [:]
        for (column, cell) in zip(header, fields) where !cell.isEmpty && Self.columns.contains(column) {
            set(value(column, cell), at: column.split(separator: ".").map(String.init), in: &object)
        }
        do {
            return .success(try JSONSerialization.data(withJSONObject: object))
        } catch {
            return .failure(UnreadableRecord(message: "the row cannot be made into JSON: \(error)"))
        }
    }

    /// Whether a row is blank (a line break alone), which is skipped.
    static func isBlank(_ fields: [String]) -> Bool { fields.allSatisfy(\.isEmpty) }

    private func value(_ column: String, _ cell: String) -> Any {
        switch column {
        case "existingCustomer":
            // Anything else stays text, so decoding names the wrong type.
            switch cell.lowercased() {
            case "true": return true
            case "false": return false
            default: return cell
            }
        case "customer.address.lines":
            return cell.split(omittingEmptySubsequences: true) { $0 == "\n" || $0 == "\r\n" }.map(String.init)
        case "subscriptions":
            return cell.split(separator: ";").map { item -> [String: Any] in
                let text = String(item)
                guard let colon = text.lastIndex(of: ":") else { return ["offer": text.trimmingCharacters(in: .whitespaces)] }
                let offer = text[..<colon].trimmingCharacters(in: .whitespaces)
                let licenses = text[text.index(after: colon)...].trimmingCharacters(in: .whitespaces)
                var out: [String: Any] = ["offer": offer]
                if let number = Double(licenses), number.isFinite { out["licenses"] = number } else if !licenses.isEmpty {
                    out["licenses"] = licenses
                }
                return out
            }
        default:
            return cell
        }
    }

    private func set(_ value: Any, at path: [String], in object: inout [String: Any]) {
        guard let first = path.first else { return }
        if path.count == 1 {
            object[first] = value
            return
        }
        var child = object[first] as? [String: Any] ?? [:]
        set(value, at: Array(path.dropFirst()), in: &child)
        object[first] = child
    }
}

/// The CSV form of records, for documentation and other tools.
public enum OnboardingCSV {
    /// The columns a header may name: every leaf path of the record.
    public static let columns = CSVRecordMapper.columns

    /// Every record row of a CSV file, read and decoded by the reader `tolk validate` uses.
    public static func records(inCSVFile url: URL) throws -> [Result<OnboardingRecord, RecordDecodingError>] {
        let descriptor = open(url.path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw RecordDecodingError(message: "cannot open \(url.path)") }
        defer { close(descriptor) }
        let decoder = RecordDecoder()
        var out: [Result<OnboardingRecord, RecordDecodingError>] = []
        let reader = RecordBatcher(name: url.lastPathComponent, format: .csv, batchSize: 1024)
        try reader.read(descriptor, batch: { items in
            for item in items {
                switch item.payload {
                case .success(let json): out.append(decoder.decode(json).map(\.record))
                case .failure(let error): out.append(.failure(RecordDecodingError(message: error.message)))
                }
            }
        }, warning: { _ in })
        return out
    }
}
