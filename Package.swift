// swift-tools-version: 6.0
import PackageDescription

// The dependency graph is the architecture (see ../shared/design/house-style.md):
// only LibXML imports C; renderers see only WGDocModel; the executable is thin.
let package = Package(
    name: "wgdoc",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "wgdoc", targets: ["wgdoc"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
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
            dependencies: ["LibXML", "WGDocModel"],
            resources: [.copy("Resources/Schemas"), .copy("Resources/Templates")]
        ),
        .target(name: "WGDocText", dependencies: ["WGDocModel"]),
        .target(name: "WGDocMarkup"),
        .target(name: "WGDocHTML", dependencies: ["WGDocModel", "WGDocMarkup"]),
        .target(
            name: "WGDocDOCX",
            dependencies: ["WGDocModel", "WGDocMarkup", .product(name: "ZIPFoundation", package: "ZIPFoundation")]
        ),
        .executableTarget(
            name: "wgdoc",
            dependencies: [
                "WGDocCompiler", "WGDocModel", "WGDocText", "WGDocHTML", "WGDocDOCX",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(name: "LibXMLTests", dependencies: ["LibXML"]),
        .testTarget(name: "WGDocModelTests", dependencies: ["WGDocModel"]),
        .testTarget(name: "WGDocCompilerTests", dependencies: ["WGDocCompiler", "WGDocModel"]),
        .testTarget(
            name: "WGDocTextTests",
            dependencies: ["WGDocText", "WGDocCompiler", "WGDocModel"],
            exclude: ["Golden"]
        ),
        .testTarget(name: "WGDocMarkupTests", dependencies: ["WGDocMarkup"]),
        .testTarget(
            name: "WGDocOutputTests",
            dependencies: [
                "WGDocHTML", "WGDocDOCX", "WGDocMarkup", "WGDocCompiler", "WGDocModel", "LibXML",
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ],
            exclude: ["Golden"]
        ),
        .testTarget(name: "CLITests", dependencies: ["wgdoc"], exclude: ["Golden", "Fixtures"]),
    ]
)
