import LibXML

extension Compiler {
    /// Gives the pages of what a compilation freed back to the system (`FreedMemory`):
    /// `build` calls it once the resolved document is made and the model released, before
    /// rendering makes the outputs' buffers.
    public static func returnFreedMemory() {
        FreedMemory.returnToSystem()
    }
}
