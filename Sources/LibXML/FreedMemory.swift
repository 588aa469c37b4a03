internal import CLibXML2

/// Memory a compilation freed, given back to the system. glibc keeps the pages of freed
/// small blocks resident where live blocks sit around them: the parse tree's and the
/// model's nodes, freed once the resolved document is made, stayed in the process beside
/// the rendering buffers, 200 to 300 MB of `build`'s peak at 100,000 activities (issue #15).
public enum FreedMemory {
    /// Returns the free pages of every heap to the system (glibc's `malloc_trim`, which
    /// advises the kernel of each whole free page); nothing where there is no glibc.
    public static func returnToSystem() {
        #if os(Linux)
        _ = malloc_trim(0)
        #endif
    }
}
