// swift-tools-version:6.1
import Foundation
import PackageDescription

let package = Package(
    name: "Dossier",
    products: [
        .executable(name: "dossier", targets: ["dossier"]),
    ],
    dependencies: [
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/LebJe/TOMLKit", from: "0.6.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
    ],
    targets: [
        .systemLibrary(
            name: "CNcurses",
            providers: [.apt(["libncurses-dev"])]
        ),
        .target(
            name: "DossierIndex",
            dependencies: [
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "GRDBSQLite", package: "GRDB.swift"),
                .product(name: "Yams", package: "Yams"),
                .product(name: "TOMLKit", package: "TOMLKit"),
            ],
            exclude: ["ResourceBuilders"],
            resources: [.copy("Resources")]
        ),
        .target(
            name: "DossierUI",
            dependencies: ["DossierIndex", .product(name: "TOMLKit", package: "TOMLKit")],
            exclude: ["ResourceBuilders"]
        ),
        .target(
            name: "DossierTerminal",
            dependencies: ["DossierUI", "CNcurses"]
        ),
        .executableTarget(
            name: "dossier",
            dependencies: [
                "DossierIndex", "DossierUI", "DossierTerminal",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(name: "DossierIndexTests", dependencies: ["DossierIndex"], resources: [.copy("Fixtures")]),
        .testTarget(name: "DossierUITests", dependencies: ["DossierUI", "DossierIndex"], exclude: ["Snapshots"]),
        .testTarget(name: "DossierEndToEndTests", dependencies: ["DossierIndex"]),
    ]
)

// The fuzz target (`make fuzz`) exists only when asked for, so that `make test` never builds it:
// `make fuzz` builds every Swift target with libFuzzer's instrumentation, and the target's main hands
// control to libFuzzer's driver.
if ProcessInfo.processInfo.environment["DOSSIER_FUZZ"] != nil {
    package.products.append(.executable(name: "dossier-fuzz", targets: ["DossierFuzz"]))
    package.targets += [
        .target(name: "CLibFuzzer", path: "Fuzz/CLibFuzzer"),
        .executableTarget(name: "DossierFuzz", dependencies: ["DossierIndex", "DossierUI", "CLibFuzzer"], path: "Fuzz/Sources"),
    ]
}
