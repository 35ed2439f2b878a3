import Foundation

/// Decodes record JSON with `JSONDecoder`, strictly, and says what went
/// wrong in terms of the record: the field path and the expected type.
/// One decoder serves one thread.
public final class RecordDecoder {
    private let decoder = JSONDecoder()
    private let log = UnknownFieldLog()

    public init() {
        decoder.userInfo[UnknownFieldLog.key] = log
    }

    /// The record and the paths of members no record type knows, or the error.
    public func decode(_ data: Data) -> Result<(record: OnboardingRecord, unknown: [String]), RecordDecodingError> {
        log.reset()
        do {
            let record = try decoder.decode(OnboardingRecord.self, from: data)
            return .success((record, log.paths))
        } catch let error as DecodingError {
            // Foundation says only "not valid JSON" for bad bytes; say which.
            if String(validating: data, as: UTF8.self) == nil {
                return .failure(RecordDecodingError(message: "not a JSON record: the text is not valid UTF-8"))
            }
            return .failure(RecordDecodingError(error))
        } catch {
            return .failure(RecordDecodingError(message: "\(error)"))
        }
    }
}

/// Why a record could not be decoded, in one line.
public struct RecordDecodingError: Error, Sendable, Equatable, CustomStringConvertible {
    public var message: String

    public init(message: String) { self.message = message }

    init(_ error: DecodingError) {
        switch error {
        case .typeMismatch(let type, let context):
            message = "\(FieldPath.format(context.codingPath)): expected \(Self.describe(type))"
                + (context.codingPath.isEmpty ? " (the record must be a JSON object)" : "")
        case .valueNotFound(let type, let context):
            message = "\(FieldPath.format(context.codingPath)): null where \(Self.describe(type)) is required"
        case .keyNotFound(let key, let context):
            message = "\(FieldPath.format(context.codingPath + [key])): required field missing"
        case .dataCorrupted(let context):
            var text = context.debugDescription
            if let underlying = context.underlyingError { text += " " + Self.underlying(underlying) }
            message = context.codingPath.isEmpty ? "not a JSON record: \(text)"
                : "\(FieldPath.format(context.codingPath)): \(text)"
        @unknown default:
            message = "\(error)"
        }
    }

    public var description: String { message }

    private static func describe(_ type: Any.Type) -> String {
        switch type {
        case is String.Type: "a string"
        case is Bool.Type: "true or false"
        case is Double.Type, is Int.Type: "a number"
        case is [Any].Type, is [String].Type: "an array"
        default:
            "\(type)".hasPrefix("Array") ? "an array" : "an object"
        }
    }

    /// Foundation's JSON syntax errors carry the position in their description.
    private static func underlying(_ error: Error) -> String {
        let text = "\(error)"
        return text.count > 200 ? String(text.prefix(200)) + "…" : text
    }
}
