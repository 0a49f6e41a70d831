package org.unkg.graph;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.shared.PrefixMapping;
import org.unkg.model.DiscoveredBody;
import org.unkg.model.Event;
import org.unkg.model.Head;
import org.unkg.model.Mandate;
import org.unkg.model.Task;

/** The namespaces and terms the graph uses: unkg's own and the W3C vocabularies it reuses. */
public final class Vocab {
    private Vocab() {}

    public static final String BASE = "https://w3id.org/unkg/";
    public static final String ID = BASE + "id/";
    public static final String GRAPH = BASE + "graph/";
    public static final String UNKG = BASE + "ontology#";
    public static final String ORG = "http://www.w3.org/ns/org#";
    public static final String PROV = "http://www.w3.org/ns/prov#";
    public static final String OA = "http://www.w3.org/ns/oa#";
    public static final String DCT = "http://purl.org/dc/terms/";
    public static final String SKOS = "http://www.w3.org/2004/02/skos/core#";
    public static final String FOAF = "http://xmlns.com/foaf/0.1/";
    public static final String TIME = "http://www.w3.org/2006/time#";
    public static final String UNDOCS = "https://undocs.org/";

    /** The catalog's named graph. */
    public static final String CATALOG_GRAPH = GRAPH + "catalog";
    /** The ontology's named graph. */
    public static final String ONTOLOGY_GRAPH = GRAPH + "ontology";
    /** The UNBIS Thesaurus's named graph. */
    public static final String THESAURUS_GRAPH = GRAPH + "unbis";
    /** The namespace of UNBIS Thesaurus concepts. */
    public static final String UNBIS = "http://metadata.un.org/thesaurus/";

    /** Prefixes for written RDF and queries. */
    public static PrefixMapping prefixes() {
        PrefixMapping pm = PrefixMapping.Factory.create();
        pm.setNsPrefix("unkg", UNKG);
        pm.setNsPrefix("org", ORG);
        pm.setNsPrefix("prov", PROV);
        pm.setNsPrefix("oa", OA);
        pm.setNsPrefix("dcterms", DCT);
        pm.setNsPrefix("skos", SKOS);
        pm.setNsPrefix("foaf", FOAF);
        pm.setNsPrefix("time", TIME);
        pm.setNsPrefix("rdf", "http://www.w3.org/1999/02/22-rdf-syntax-ns#");
        pm.setNsPrefix("rdfs", "http://www.w3.org/2000/01/rdf-schema#");
        pm.setNsPrefix("xsd", "http://www.w3.org/2001/XMLSchema#");
        pm.setNsPrefix("owl", "http://www.w3.org/2002/07/owl#");
        pm.setNsPrefix("unbis", UNBIS);
        return pm;
    }

    static Resource unkgClass(String local) { return ResourceFactory.createResource(UNKG + local); }
    static Property unkg(String local) { return ResourceFactory.createProperty(UNKG + local); }
    static Property p(String ns, String local) { return ResourceFactory.createProperty(ns + local); }
    static Resource r(String ns, String local) { return ResourceFactory.createResource(ns + local); }

    public static final Resource Letter = unkgClass("Letter");
    public static final Resource Document = unkgClass("Document");
    public static final Resource PartyRole = unkgClass("PartyRole");
    public static final Resource Mandate = unkgClass("Mandate");
    public static final Resource Task = unkgClass("Task");
    public static final Resource Head = unkgClass("Head");
    public static final Resource DiscoveredBody = unkgClass("DiscoveredBody");
    public static final Resource Build = unkgClass("Build");
    public static final Resource Event = unkgClass("Event");
    public static final Resource asserting = unkgClass("asserting");
    public static final Resource SubjectIndexing = unkgClass("SubjectIndexing");

    public static final Property text = unkg("text");
    public static final Property sourceFile = unkg("sourceFile");
    public static final Property mediaType = unkg("mediaType");
    public static final Property sha256 = unkg("sha256");
    public static final Property layout = unkg("layout");
    public static final Property originalLanguage = unkg("originalLanguage");
    public static final Property symbol = unkg("symbol");
    public static final Property otherSymbol = unkg("otherSymbol");
    public static final Property organ = unkg("organ");
    public static final Property session = unkg("session");
    public static final Property title = unkg("title");
    public static final Property subjectTerm = unkg("subjectTerm");
    public static final Property indexedBy = unkg("indexedBy");
    public static final Property unsourced = unkg("unsourced");
    public static final Property concept = unkg("concept");
    public static final Property score = unkg("score");
    public static final Property rank = unkg("rank");
    public static final Property cites = unkg("cites");
    public static final Property mentions = unkg("mentions");
    public static final Property isVersionOf = unkg("isVersionOf");
    public static final Property sameDocumentAs = unkg("sameDocumentAs");
    public static final Property sender = unkg("sender");
    public static final Property recipient = unkg("recipient");
    public static final Property role = unkg("role");
    public static final Property ofState = unkg("ofState");
    public static final Property ofBody = unkg("ofBody");
    public static final Property signatory = unkg("signatory");
    public static final Property eventType = unkg("eventType");
    public static final Property concerns = unkg("concerns");
    public static final Property participant = unkg("participant");
    public static final Property date = unkg("date");
    public static final Property endDate = unkg("endDate");
    public static final Property status = unkg("status");
    public static final Property of = unkg("of");
    public static final Property task = unkg("task");
    public static final Property order = unkg("order");
    public static final Property taskCount = unkg("taskCount");
    public static final Property level = unkg("level");
    public static final Property partner = unkg("partner");
    public static final Property discoveredIn = unkg("discoveredIn");
    public static final Property softwareVersion = unkg("softwareVersion");

    public static final Property dctDate = p(DCT, "date");
    public static final Property dctIssued = p(DCT, "issued");
    public static final Property dctLanguage = p(DCT, "language");
    public static final Property dctIdentifier = p(DCT, "identifier");
    public static final Property dctSubject = p(DCT, "subject");
    public static final Property dctSource = p(DCT, "source");

    public static final Property skosNotation = p(SKOS, "notation");
    public static final Property skosBroader = p(SKOS, "broader");
    public static final Property skosPrefLabel = p(SKOS, "prefLabel");

    public static final Resource foafPerson = r(FOAF, "Person");
    public static final Property foafName = p(FOAF, "name");

    public static final Resource orgMembership = r(ORG, "Membership");
    public static final Property orgMember = p(ORG, "member");
    public static final Property orgOrganization = p(ORG, "organization");
    public static final Property orgHasSite = p(ORG, "hasSite");
    public static final Property orgPostIn = p(ORG, "postIn");
    public static final Property orgHeldBy = p(ORG, "heldBy");

    public static final Property provWasDerivedFrom = p(PROV, "wasDerivedFrom");
    public static final Property provWasGeneratedBy = p(PROV, "wasGeneratedBy");
    public static final Property provUsed = p(PROV, "used");

    public static final Resource oaAnnotation = r(OA, "Annotation");
    public static final Resource oaSpecificResource = r(OA, "SpecificResource");
    public static final Resource oaTextQuoteSelector = r(OA, "TextQuoteSelector");
    public static final Resource oaTextPositionSelector = r(OA, "TextPositionSelector");
    public static final Resource oaIdentifying = r(OA, "identifying");
    public static final Resource oaClassifying = r(OA, "classifying");
    public static final Property oaHasBody = p(OA, "hasBody");
    public static final Property oaHasTarget = p(OA, "hasTarget");
    public static final Property oaHasSource = p(OA, "hasSource");
    public static final Property oaHasSelector = p(OA, "hasSelector");
    public static final Property oaMotivatedBy = p(OA, "motivatedBy");
    public static final Property oaExact = p(OA, "exact");
    public static final Property oaPrefix = p(OA, "prefix");
    public static final Property oaSuffix = p(OA, "suffix");
    public static final Property oaStart = p(OA, "start");
    public static final Property oaEnd = p(OA, "end");
}
