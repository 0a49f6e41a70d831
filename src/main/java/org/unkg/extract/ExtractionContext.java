package org.unkg.extract;

import org.unkg.catalog.Catalog;

/** What extractors share across letters: the catalog (and what is built from it once). */
public record ExtractionContext(Catalog catalog) {}
