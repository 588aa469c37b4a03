#ifndef WGDOC_CLIBXML2_SHIM_H
#define WGDOC_CLIBXML2_SHIM_H
#include <libxml/xmlversion.h>
/* Debian builds libxml2 with ICU, so encoding.h pulls in <unicode/ucnv.h>, whose
 * UErrorCode clashes with the ICU copy inside Foundation ("has different definitions in
 * different modules"). wgdoc never touches xmlCharEncodingHandler's ICU fields (the only
 * declarations that depend on this macro), so the headers are read without ICU. */
#undef LIBXML_ICU_ENABLED
#include <libxml/parser.h>
#include <libxml/parserInternals.h>
#include <libxml/tree.h>
#include <libxml/xmlschemas.h>
#include <libxml/xmlreader.h>
#include <libxml/xmlerror.h>
#include <libxml/SAX2.h>
#include <libxml/HTMLparser.h>
/* malloc_trim, for FreedMemory: glibc's, which Swift's Glibc module does not export. */
#ifdef __linux__
#include <malloc.h>
#endif
#endif
