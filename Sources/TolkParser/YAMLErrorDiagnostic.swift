import TolkModel
import Yams

// Errors Yams throws, turned into one-line diagnostics at file positions.

extension YAMLReader {
    /// One diagnostic for an error Yams threw, at its position in the file.
    func yamlErrorDiagnostic(for error: Error?, text: String, region: YAMLRegion,
                             fallbackMessage: String?) -> Diagnostic {
        var problem = fallbackMessage ?? "cannot read it"
        var context: String?
        var offset = region.start
        if let yamlError = error as? YamlError {
            switch yamlError {
            case let .reader(readerProblem, characterOffset, _, _):
                problem = readerProblem
                if let characterOffset,
                   let index = text.index(text.startIndex, offsetBy: characterOffset, limitedBy: text.endIndex) {
                    let scalars = text.unicodeScalars.distance(from: text.startIndex, to: index)
                    offset = region.advance(from: region.start, scalars: scalars)
                }
            case let .scanner(errorContext, scannerProblem, mark, _),
                 let .parser(errorContext, scannerProblem, mark, _),
                 let .composer(errorContext, scannerProblem, mark, _):
                // libyaml words some problems as the second half of a sentence.
                problem = scannerProblem.hasPrefix("but ") ? String(scannerProblem.dropFirst(4)) : scannerProblem
                offset = region.byteOffset(of: mark)
                if let errorContext {
                    let where_ = locator.location(of: region.byteOffset(of: errorContext.mark))
                    context = "\(errorContext.text) at \(where_)"
                }
            case let .duplicatedKeysInMapping(duplicates, errorContext):
                problem = "duplicate key " + duplicates.map { "'\($0)'" }.joined(separator: ", ")
                offset = region.byteOffset(of: errorContext.mark)
            default:
                problem = "\(yamlError)"
            }
        } else if let error {
            problem = "\(error)"
        }
        var message = "invalid YAML in front matter: \(oneLine(problem))"
        if let context { message += " (\(oneLine(context)))" }
        return Diagnostic(.frontMatterYAML, .error, at: locator.location(of: offset), message)
    }
}

/// Text fit for a one-line message.
private func oneLine(_ text: String) -> String {
    var result = ""
    var lastWasSpace = false
    for character in text {
        if character.isNewline || character == "\t" {
            if !lastWasSpace { result.append(" ") }
            lastWasSpace = true
        } else {
            result.append(character)
            lastWasSpace = character == " "
        }
    }
    return shortened(result.trimmingSpaces(), limit: 160)
}

private extension String {
    func trimmingSpaces() -> String {
        var scalars = Substring(self)
        while scalars.first == " " { scalars = scalars.dropFirst() }
        while scalars.last == " " { scalars = scalars.dropLast() }
        return String(scalars)
    }
}
