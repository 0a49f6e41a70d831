package org.unkg.extract.core;

import java.util.List;
import org.unkg.model.EntityKind;

/**
 * One catalog entity as the gazetteer knows it.
 *
 * @param key     its {@code skos:notation}
 * @param kind    what kind of name it is
 * @param type    the {@code rdf:type} (class URI) its kind was read from
 * @param parent  key of the organization it is part of ({@code org:subOrganizationOf}), or null
 * @param iri     its URI
 * @param english its English name ({@code foaf:name} or English {@code skos:prefLabel}), or the key
 * @param labels  every label (pref, alt, hidden; all languages) as written in the catalog
 */
public record CatalogEntry(String key, EntityKind kind, String type, String parent, String iri, String english, List<String> labels) {}
