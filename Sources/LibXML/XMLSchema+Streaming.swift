internal import CLibXML2

extension XMLSchema {
    /// Parses `input` and validates it against this schema in one SAX pass, building a
    /// `CompactTree` instead of libxml2's tree (issue #15: the tree was 9 times the input,
    /// and making, walking and freeing it was most of `validate`'s time).
    ///
    /// libxml2's validator rides on the parser's SAX events (`xmlSchemaSAXPlug`, as
    /// `xmlSchemaValidateStream` does), in front of `CompactTreeBuilder`'s handlers. The
    /// parser is `XMLParser`'s, with its options and safety: the same input checks, no
    /// network, no entities, a DOCTYPE stopped before its internal subset, and `xsi:` schema
    /// locations never followed (the validation context is this compiled schema's).
    ///
    /// Returns nil when the pass met anything the tree path (`XMLParser.parse`, then
    /// `validate`) might report: an error or warning of the parser or the validator, a
    /// namespace error, a DOCTYPE, an XML version other than 1.0, `xml:id`, a text node over
    /// libxml2's limit. The caller then runs the tree path, so every diagnostic is exactly
    /// the tree path's; a valid document, the common case, never builds libxml2's tree.
    public func streamingTree(_ input: XMLInput, url: String) -> CompactTree? {
        let bytes = input.bytes
        // The compact tree counts bytes in 32 bits.
        guard bytes.count < Int(Int32.max / 4) else { return nil }
        LibXML.initialize()
        let builder = UnsafeMutablePointer<CompactTreeBuilder>.allocate(capacity: 1)
        builder.initialize(to: CompactTreeBuilder(expectedBytes: bytes.count, source: bytes))
        defer {
            builder.deinitialize(count: 1)
            builder.deallocate()
        }
        guard let validation = xmlSchemaNewValidCtxt(pointer) else { return nil }
        defer { xmlSchemaFreeValidCtxt(validation) }
        guard let context = xmlNewParserCtxt() else { return nil }
        defer { xmlFreeParserCtxt(context) }
        context.pointee._private = UnsafeMutableRawPointer(builder)
        Self.install(on: context)

        let report: xmlStructuredErrorFunc = { builder, _ in
            builder?.assumingMemoryBound(to: CompactTreeBuilder.self).pointee.failed = true
        }
        xmlSchemaSetValidStructuredErrors(validation, report, UnsafeMutableRawPointer(builder))
        xmlSetStructuredErrorFunc(UnsafeMutableRawPointer(builder), report)
        defer { xmlSetStructuredErrorFunc(nil, nil) }

        guard let plug = xmlSchemaSAXPlug(validation, &context.pointee.sax, &context.pointee.userData) else {
            return nil
        }
        // `xmlCtxtReadMemory` applies the options to the plugged handler (NOCDATA then sends
        // CDATA sections to both layers as character data) and parses; it makes no document,
        // as the handlers below never ask for one. No encoding is named: the bytes are UTF-8
        // (`XMLInput`), which libxml2 then reads in place, where naming "UTF-8" as the tree
        // path does makes it decode them into a second buffer (twice the input at its peak).
        let document: xmlDocPtr? = bytes.withUnsafeBufferPointer { buffer in
            // Text and values are looked up in the input while it is read (`CompactTree.source`).
            builder.pointee.sourceBuffer = buffer
            defer { builder.pointee.sourceBuffer = nil }
            return buffer.baseAddress.flatMap { base in
                base.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
                    xmlCtxtReadMemory(context, $0, Int32(clamping: buffer.count), url, nil, XMLParser.options)
                }
            }
        }
        let valid = xmlSchemaIsValid(validation) == 1
        xmlSchemaSAXUnplug(plug)
        if let document {
            xmlFreeDoc(document)
            return nil
        }
        let version = context.pointee.version.map { String(cString: $0) } ?? "1.0"
        guard valid, !builder.pointee.failed, builder.pointee.isComplete, context.pointee.wellFormed != 0,
            context.pointee.nsWellFormed != 0, version == "1.0"
        else { return nil }
        return builder.pointee.finish()
    }

    /// Replaces libxml2's SAX2 tree-building handlers with `CompactTreeBuilder`'s. The
    /// handlers receive the parser context (the plug passes on the user data it replaced).
    private static func install(on context: xmlParserCtxtPtr) {
        guard let sax = context.pointee.sax else { return }
        sax.pointee.startDocument = nil
        sax.pointee.endDocument = nil
        sax.pointee.reference = nil
        sax.pointee.externalSubset = nil
        sax.pointee.internalSubset = { userData, _, _, _ in
            guard let userData else { return }
            let parser = userData.assumingMemoryBound(to: xmlParserCtxt.self)
            if let pointer = parser.pointee._private { pointer.assumingMemoryBound(to: CompactTreeBuilder.self).pointee.failed = true }
            xmlStopParser(parser)
        }
        sax.pointee.startElementNs = { userData, localName, _, uri, _, _, attributeCount, _, attributes in
            guard let userData else { return }
            let parser = userData.assumingMemoryBound(to: xmlParserCtxt.self)
            guard let pointer = parser.pointee._private else { return }
            pointer.assumingMemoryBound(to: CompactTreeBuilder.self).pointee.startElement(
                parser, localName: localName, uri: uri, attributeCount: Int(attributeCount), attributes: attributes)
        }
        sax.pointee.endElementNs = { userData, _, _, _ in
            guard let userData else { return }
            let parser = userData.assumingMemoryBound(to: xmlParserCtxt.self)
            guard let pointer = parser.pointee._private else { return }
            pointer.assumingMemoryBound(to: CompactTreeBuilder.self).pointee.endElement()
        }
        let characters: charactersSAXFunc = { userData, characters, length in
            guard let userData else { return }
            let parser = userData.assumingMemoryBound(to: xmlParserCtxt.self)
            guard let pointer = parser.pointee._private else { return }
            pointer.assumingMemoryBound(to: CompactTreeBuilder.self).pointee.characters(parser, characters, Int(length))
        }
        sax.pointee.characters = characters
        sax.pointee.ignorableWhitespace = characters
        sax.pointee.cdataBlock = characters
        sax.pointee.comment = { userData, _ in
            guard let userData else { return }
            let parser = userData.assumingMemoryBound(to: xmlParserCtxt.self)
            guard let pointer = parser.pointee._private else { return }
            pointer.assumingMemoryBound(to: CompactTreeBuilder.self).pointee.otherNode()
        }
        sax.pointee.processingInstruction = { userData, _, _ in
            guard let userData else { return }
            let parser = userData.assumingMemoryBound(to: xmlParserCtxt.self)
            guard let pointer = parser.pointee._private else { return }
            pointer.assumingMemoryBound(to: CompactTreeBuilder.self).pointee.otherNode()
        }
    }
}
