// swift-tools-version: 6.0
import PackageDescription

// The dependency graph is the architecture (see ../shared/design/house-style.md):
// only LibXML imports C; renderers see only WGDocModel; the executable is thin.
let package = Package(
    name: "wgdoc",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "wgdoc", targets: ["wgdoc"]),
        // libFuzzer target over the whole pipeline (README, "Fuzzing"); a plain build makes
        // it a replayer of saved inputs, so it compiles with everything else.
        .executable(name: "wgdoc-fuzz", targets: ["WGDocFuzz"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
        // `.wgdoc.toml` (README, "Configuration").
        .package(url: "https://github.com/LebJe/TOMLKit", from: "0.6.0"),
        // Test targets only: the property tests of lossless rewriting (README, "White space").
        .package(url: "https://github.com/x-sheep/swift-property-based", from: "2.0.1"),
    ],
    targets: [
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"])]
        ),
        .target(name: "LibXML", dependencies: ["CLibXML2"]),
        .target(name: "WGDocModel"),
        .target(
            name: "WGDocCompiler",
            dependencies: ["LibXML", "WGDocModel", "WGDocMarkup"],
            resources: [.copy("Resources/Schemas"), .copy("Resources/Templates")]
        ),
        .target(name: "WGDocText", dependencies: ["WGDocModel"]),
        .target(name: "WGDocMarkup"),
        .target(name: "WGDocHTML", dependencies: ["WGDocModel", "WGDocMarkup"]),
        .target(
            name: "WGDocDOCX",
            dependencies: ["WGDocModel", "WGDocMarkup", .product(name: "ZIPFoundation", package: "ZIPFoundation")]
        ),
        // Reads every output back and compares it with the resolved document
        // (`wgdoc build --verify`): it sees outputs as bytes and never a renderer.
        .target(
            name: "WGDocVerify",
            dependencies: ["LibXML", "WGDocModel", .product(name: "ZIPFoundation", package: "ZIPFoundation")]
        ),
        // Maps each output format to its renderer (and PDF to LibreOffice): shared by the
        // command line, the benchmark and the fuzz target, so a new format reaches all three.
        .target(
            name: "WGDocFormats",
            dependencies: ["WGDocCompiler", "WGDocModel", "WGDocText", "WGDocHTML", "WGDocDOCX", "WGDocVerify"]
        ),
        .executableTarget(
            name: "wgdoc",
            dependencies: [
                "WGDocCompiler", "WGDocModel", "WGDocText", "WGDocFormats",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "TOMLKit", package: "TOMLKit"),
            ]
        ),
        .executableTarget(
            name: "WGDocFuzz",
            dependencies: [
                "WGDocCompiler", "WGDocModel", "WGDocFormats", "WGDocDOCX",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(name: "LibXMLTests", dependencies: ["LibXML"]),
        .testTarget(name: "WGDocModelTests", dependencies: ["WGDocModel"]),
        .testTarget(
            name: "WGDocCompilerTests",
            dependencies: [
                "WGDocCompiler", "WGDocModel", "WGDocText", "WGDocHTML", "WGDocDOCX", "WGDocFormats", "LibXML",
                .product(name: "PropertyBased", package: "swift-property-based"),
            ]
        ),
        .testTarget(
            name: "WGDocTextTests",
            dependencies: ["WGDocText", "WGDocCompiler", "WGDocModel"],
            exclude: ["Golden", "Fixtures"]
        ),
        .testTarget(name: "WGDocMarkupTests", dependencies: ["WGDocMarkup"]),
        .testTarget(
            name: "WGDocOutputTests",
            dependencies: [
                "WGDocHTML", "WGDocDOCX", "WGDocMarkup", "WGDocCompiler", "WGDocModel", "LibXML",
                "WGDocText", "WGDocFormats", "WGDocVerify",
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ],
            exclude: ["Golden"]
        ),
        .testTarget(name: "CLITests", dependencies: ["wgdoc", "WGDocFuzz", "WGDocFormats", "WGDocCompiler", "WGDocModel"], exclude: ["Golden", "Fixtures"]),
    ]
)
