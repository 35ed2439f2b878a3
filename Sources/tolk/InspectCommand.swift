import ArgumentParser
import Foundation
import TolkModel
import TolkParser

/// `tolk inspect FILE --emit tree|json|original|target|source`
struct InspectCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "inspect",
        abstract: "Show the document model of one file, or write it back in one of its views."
    )

    enum Emit: String, ExpressibleByArgument, CaseIterable {
        case tree, json, original, target, source
    }

    @Argument(help: "The Markdown file.")
    var file: String

    @Option(name: .long, help: "What to print: \(Emit.allCases.map(\.rawValue).joined(separator: ", ")).")
    var emit: Emit = .tree

    @Flag(name: .long, help: "With --emit tree: show text as ‹length#hash› (structure and positions only).")
    var redact = false

    @Flag(name: .long, help: "Exit 1 when any warning or error diagnostic is found.")
    var strict = false

    func run() throws {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: file, isDirectory: &isDirectory) else {
            throw InputError(description: "\(file): no such file")
        }
        guard !isDirectory.boolValue else { throw InputError(description: "\(file): is a directory; inspect takes one file") }
        let document = ContentLoader(jobs: 1).load(file)
        switch emit {
        case .tree: Output.standardOutput(DocumentTreeDump.render(document, text: redact ? .redacted : .verbatim))
        case .json: Output.standardOutput(try Output.json(document))
        case .original: Output.standardOutput(document.render(.original))
        case .target: Output.standardOutput(document.render(.target))
        case .source: Output.standardOutput(document.render(.source))
        }
        Output.report(document.diagnostics, path: file)
        let status = ExitStatus.forDiagnostics(document.diagnostics, strict: strict)
        if status != 0 { throw ExitCode(status) }
    }
}
