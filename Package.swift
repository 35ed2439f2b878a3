// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "Tolk",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "tolk", targets: ["tolk"]),
        .library(name: "TolkModel", targets: ["TolkModel"]),
        .library(name: "TolkParser", targets: ["TolkParser"]),
        .library(name: "TolkRules", targets: ["TolkRules"]),
        .library(name: "TolkChecks", targets: ["TolkChecks"]),
        .library(name: "TolkOnboarding", targets: ["TolkOnboarding"]),
        .library(name: "TolkRender", targets: ["TolkRender"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.0.0"),
    ],
    targets: [
        // Debian's libcmark-dev (cmark 0.30); the only Markdown parser Tolk uses.
        .systemLibrary(
            name: "CCmark",
            pkgConfig: "libcmark",
            providers: [.apt(["libcmark-dev"])]
        ),
        .target(name: "TolkModel"),
        .target(
            name: "TolkParser",
            dependencies: ["TolkModel", "CCmark", .product(name: "Yams", package: "Yams")]
        ),
        // Rule table: extraction, locale-aware dates, configuration, JSON and SQLite I/O.
        .target(
            name: "TolkRules",
            dependencies: [
                "TolkModel",
                .product(name: "Yams", package: "Yams"),
                .product(name: "GRDB", package: "GRDB.swift"),
            ],
            resources: [.copy("Resources/default-rules.yml"), .copy("Resources/rules.schema.json")]
        ),
        // Translation checks, reporters (text, JSON, SARIF, JUnit) and the status report.
        .target(
            name: "TolkChecks",
            dependencies: ["TolkModel", "TolkRules", .product(name: "Yams", package: "Yams")],
            resources: [.copy("Resources/default-checks.yml")]
        ),
        // Onboarding records judged against the rule table: `tolk validate`.
        .target(
            name: "TolkOnboarding",
            dependencies: ["TolkModel", "TolkRules"],
            resources: [.copy("Resources/onboarding-record.schema.json")]
        ),
        // Step guides (text, Markdown, HTML, JSON) and the static site.
        .target(name: "TolkRender", dependencies: ["TolkModel", "TolkRules"]),
        .executableTarget(
            name: "tolk",
            dependencies: [
                "TolkModel", "TolkParser", "TolkRules", "TolkChecks", "TolkOnboarding", "TolkRender",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(name: "TolkModelTests", dependencies: ["TolkModel"]),
        // The golden tree dumps are read from the source tree (#filePath), not bundled.
        .testTarget(name: "TolkParserTests", dependencies: ["TolkParser", "TolkModel"], exclude: ["Fixtures"]),
        .testTarget(name: "TolkRulesTests", dependencies: ["TolkRules", "TolkParser", "TolkModel"]),
        // Fixtures are read from the source tree (#filePath), not bundled.
        .testTarget(name: "TolkChecksTests", dependencies: ["TolkChecks", "TolkRules", "TolkParser", "TolkModel"],
                    exclude: ["Fixtures", "Reporters/sarif-schema-2.1.0.json", "Reporters/sarif-schema-2.1.0.NOTICE.md"]),
        .testTarget(name: "TolkCLITests", dependencies: ["tolk", "TolkParser", "TolkModel", "TolkRules", "TolkChecks"]),
        // Fixture records are read from the source tree (#filePath), not bundled.
        .testTarget(name: "TolkOnboardingTests",
                    dependencies: ["TolkOnboarding", "TolkRules", "TolkParser", "TolkModel"],
                    exclude: ["Fixtures"]),
        // Golden files and fixtures are read from the source tree (#filePath), not bundled.
        .testTarget(name: "TolkRenderTests", dependencies: ["TolkRender", "TolkRules", "TolkParser", "TolkModel"],
                    exclude: ["Golden"]),
    ],
    swiftLanguageModes: [.v6]
)
