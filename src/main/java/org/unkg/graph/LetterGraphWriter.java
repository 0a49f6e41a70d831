package org.unkg.graph;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.irix.IRIException;
import org.apache.jena.irix.IRIx;
import org.apache.jena.datatypes.TypeMapper;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.unkg.model.DateValue;
import org.unkg.model.DiscoveredBody;
import org.unkg.model.EntityKind;
import org.unkg.model.Event;
import org.unkg.model.Head;
import org.unkg.model.IndexedSubject;
import org.unkg.model.LetterFacts;
import org.unkg.model.Mandate;
import org.unkg.model.Membership;
import org.unkg.model.Mention;
import org.unkg.model.Meta;
import org.unkg.model.MetaField;
import org.unkg.model.Partner;
import org.unkg.model.Party;
import org.unkg.model.Reference;
import org.unkg.model.Seat;
import org.unkg.model.Signatory;
import org.unkg.model.Subject;
import org.unkg.model.SubjectConcept;
import org.unkg.model.Task;
import org.unkg.text.LetterText;

/**
 * Turns one letter's facts into the RDF of its named graph: the letter and its document, sender,
 * recipient, signatory, citations, subjects, mentions, events, mandates, memberships, seats and heads,
 * each fact with its Web Annotation evidence and {@code prov:wasDerivedFrom} the letter.
 */
public final class LetterGraphWriter {
    /** The prefixes every letter's graph carries, made once. */
    private static final org.apache.jena.shared.PrefixMapping PREFIXES = Vocab.prefixes().lock();
    private final KeyIndex keys;
    private final String softwareVersion;
    /**
     * The literals of subject scores and ranks, made once per value rather than per indexing (every letter has
     * several; their values repeat across letters). Literal nodes belong to no model, so letters share them.
     */
    private final Map<Double, Node> scores = new java.util.concurrent.ConcurrentHashMap<>();
    private final Node[] ranks = new Node[64];

    public LetterGraphWriter(KeyIndex keys, String softwareVersion) {
        this.keys = keys;
        this.softwareVersion = softwareVersion;
    }

    /** The letter's graph as a model of Jena's in-memory graph, with the prefixes of {@link Vocab#prefixes}. */
    public Model write(LetterText text, LetterFacts facts) {
        Model m = ModelFactory.createDefaultModel();
        m.setNsPrefixes(PREFIXES);
        write(m, text, facts);
        return m;
    }

    /**
     * The letter's graph as the build streams it: the same triples as {@link #write}, in the order they were first
     * written, each once ({@link LetterTriples}), without the indexes of an in-memory graph.
     */
    public LetterTriples triples(LetterText text, LetterFacts facts) {
        LetterTriples g = new LetterTriples();
        write(ModelFactory.createModelForGraph(g), text, facts);
        return g;
    }

    private void write(Model m, LetterText text, LetterFacts facts) {
        String stem = text.stem();
        Resource letter = m.createResource(Ids.letter(stem))
                .addProperty(RDF.type, Vocab.Letter)
                .addProperty(Vocab.sourceFile, text.source())
                .addProperty(Vocab.layout, text.layout().name())
                .addProperty(Vocab.text, text.body());
        text.origin().ifPresent(o -> {
            // the media type the file's name gives is implied (StoredTriples.mediaTypeOf), stored only when it differs
            if (!o.mediaType().equals(StoredTriples.mediaTypeOf(text.source()))) {
                letter.addProperty(Vocab.mediaType, o.mediaType());
            }
            letter.addProperty(Vocab.sha256, o.sha256());
        });
        Evidence ev = new Evidence(m, stem, text.body());
        // prov:wasGeneratedBy the build activity is implied, not stored (StoredTriples): a database holds the letters
        // of one software version, whose unkg:Build is described once in the build graph (buildGraph)

        writeMeta(m, letter, facts, ev);
        if (facts.meta(MetaField.LANGUAGE).isEmpty()) {
            letter.addProperty(Vocab.dctLanguage, text.language());
        }
        writeDocument(m, letter, facts, ev);
        for (Party party : facts.parties()) {
            writeParty(m, letter, stem, party, ev);
        }
        for (Signatory s : facts.signatories()) {
            Resource person = person(m, s.personKey(), s.name(), text.language());
            letter.addProperty(Vocab.signatory, person);
            ev.annotate(person, s.span());
        }
        for (Reference r : facts.references()) {
            Resource doc = document(m, r.symbol());
            letter.addProperty(Vocab.cites, doc);
            ev.annotate(doc, r.span());
        }
        for (Subject s : facts.subjects()) {
            letter.addProperty(Vocab.subjectTerm, s.term());
        }
        for (SubjectConcept s : facts.subjectConcepts()) {
            Resource concept = m.createResource(s.concept());
            letter.addProperty(Vocab.dctSubject, concept);
            ev.annotate(concept, s.span());
        }
        for (IndexedSubject s : facts.indexedSubjects()) {
            writeIndexing(m, letter, stem, s, ev);
        }
        for (DiscoveredBody d : facts.discovered()) {
            Resource body = m.createResource(keys.organization(d.key()));
            if (keys.find(d.key()) == null) {
                body.addProperty(RDF.type, Vocab.DiscoveredBody)
                        .addProperty(Vocab.skosNotation, d.key())
                        .addProperty(Vocab.skosPrefLabel, d.name(), d.language())
                        .addProperty(Vocab.discoveredIn, letter);
                if (d.kind() != null) {
                    body.addProperty(RDF.type, m.createResource(Vocab.UNKG + d.kind()));
                }
                body.addProperty(Vocab.provWasDerivedFrom, letter);
            }
            letter.addProperty(Vocab.mentions, body);
            ev.annotate(body, d.span());
        }
        for (Mention mention : facts.mentions()) {
            Resource entity = mentioned(m, mention, text.language());
            letter.addProperty(Vocab.mentions, entity);
            ev.annotate(entity, mention.span());
        }
        for (Event e : facts.events()) {
            writeEvent(m, letter, stem, e, ev);
        }
        for (Mandate mandate : facts.mandates()) {
            writeMandate(m, letter, stem, mandate, ev);
        }
        for (Membership ms : facts.memberships()) {
            for (String member : ms.members()) {
                Resource r = m.createResource(Ids.membership(ms.organization(), member))
                        .addProperty(RDF.type, Vocab.orgMembership)
                        .addProperty(Vocab.orgOrganization, keys.resource(m, ms.organization()))
                        .addProperty(Vocab.orgMember, keys.resource(m, member))
                        .addProperty(Vocab.provWasDerivedFrom, letter);
                ev.annotate(r, ms.span());
            }
        }
        for (Seat seat : facts.seats()) {
            Resource body = keys.resource(m, seat.entity());
            Resource place = place(m, seat.place(), text.language());
            assertLink(m, letter, ev, "/seat/" + seat.entity(), body, Vocab.orgHasSite, place, seat.span());
        }
        for (Partner p : facts.partners()) {
            Resource body = keys.resource(m, p.entity());
            Resource partner = m.createResource(keys.organization(p.partner()));
            assertLink(m, letter, ev, "/partner/" + p.entity() + "/" + p.partner(), body, Vocab.partner, partner, p.span());
        }
        for (Head h : facts.heads()) {
            Resource post = m.createResource(Ids.head(h.entity(), stem))
                    .addProperty(RDF.type, Vocab.Head)
                    .addProperty(Vocab.orgPostIn, keys.resource(m, h.entity()))
                    .addProperty(Vocab.provWasDerivedFrom, letter);
            if (h.post() != null) {
                post.addProperty(RDFS.label, h.post(), text.language());
            }
            if (h.level() != null) {
                post.addProperty(Vocab.level, h.level());
            }
            if (h.person() != null) {
                post.addProperty(Vocab.orgHeldBy, person(m, keys.find(h.person()) != null ? h.person() : null, h.person(), text.language()));
            }
            if (h.date() != null) {
                post.addProperty(Vocab.dctDate, dateLiteral(m, h.date()));
            }
            ev.annotate(post, h.span());
        }
        checkIris(m, text.source());
    }

    /**
     * The build activity every letter written by this writer is {@code prov:wasGeneratedBy}: a {@code unkg:Build}
     * with the software version, stored once in {@link Vocab#BUILD_GRAPH}.
     */
    public Model buildGraph() {
        Model m = ModelFactory.createDefaultModel();
        m.createResource(Ids.build(softwareVersion))
                .addProperty(RDF.type, Vocab.Build)
                .addProperty(Vocab.softwareVersion, softwareVersion);
        return m;
    }

    /**
     * Every IRI of the letter's graph must be a valid IRI (RFC 3987), or a page that names it could not be
     * queried; a letter whose facts would mint an invalid one is refused, naming the file and the IRI.
     */
    static void checkIris(Model m, String file) {
        Set<String> seen = new HashSet<>();
        // the graph's triples in the model's statement order, without a Statement and its resources for each
        m.getGraph().find().forEachRemaining(t -> {
            check(t.getSubject(), seen, file);
            check(t.getPredicate(), seen, file);
            check(t.getObject(), seen, file);
        });
    }

    private static void check(org.apache.jena.graph.Node n, Set<String> seen, String file) {
        if (!n.isURI() || !seen.add(n.getURI()) || plainHttpIri(n.getURI())) {
            return;
        }
        try {
            IRIx.create(n.getURI());
        } catch (IRIException e) {
            throw new InvalidIriException(file + ": would mint an invalid IRI <" + n.getURI() + ">: " + e.getMessage());
        }
    }

    /**
     * Whether {@code iri} is an http(s) IRI of the plainest form, valid without parsing it: a lower-case host, then
     * a path of unreserved characters, sub-delimiters, {@code :}, {@code @}, {@code /} and well-formed percent
     * escapes, and perhaps a fragment of the same characters and {@code ?}. Most IRIs a letter's graph holds are of
     * this form; the others go through the full parser.
     */
    static boolean plainHttpIri(String iri) {
        int i = iri.startsWith("https://") ? 8 : iri.startsWith("http://") ? 7 : -1;
        if (i < 0) {
            return false;
        }
        int n = iri.length();
        int host = i;
        char c = 0;
        while (i < n && (c = iri.charAt(i)) < 128 && HOST[c]) {
            i++;
        }
        if (i == host || i < n && c != '/') {
            return false;
        }
        boolean fragment = false;
        for (; i < n; i++) {
            c = iri.charAt(i);
            if (c == '#' && !fragment) {
                fragment = true;
            } else if (c == '%') {
                if (i + 2 >= n || Character.digit(iri.charAt(i + 1), 16) < 0 || Character.digit(iri.charAt(i + 2), 16) < 0) {
                    return false;
                }
                i += 2;
            } else if (!(c < 128 && PATH[c] || fragment && c == '?')) {
                return false;
            }
        }
        return true;
    }

    /** The characters of a plain host: lower-case letters, digits, {@code .} and {@code -}. */
    private static final boolean[] HOST = new boolean[128];
    /** The characters of a plain path: unreserved characters, sub-delimiters, {@code :}, {@code @} and {@code /}. */
    private static final boolean[] PATH = new boolean[128];

    static {
        for (char c = 0; c < 128; c++) {
            HOST[c] = c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '.' || c == '-';
            PATH[c] = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || "-._~!$&'()*+,;=:@/".indexOf(c) >= 0;
        }
    }

    /**
     * Adds {@code subject property object} and, so the link keeps its evidence and source, a reified
     * {@code rdf:Statement} of it ({@code letter URI + suffix}) derived from the letter and annotated.
     */
    private static void assertLink(Model m, Resource letter, Evidence ev, String suffix, Resource subject,
                                   org.apache.jena.rdf.model.Property property, Resource object, org.unkg.model.Span span) {
        subject.addProperty(property, object);
        // an rdf:Statement by the domain of rdf:subject (not stored)
        Resource stmt = m.createResource(letter.getURI() + suffix)
                .addProperty(RDF.subject, subject).addProperty(RDF.predicate, property)
                .addProperty(RDF.object, object)
                .addProperty(Vocab.provWasDerivedFrom, letter);
        ev.annotate(stmt, span);
    }

    private void writeMeta(Model m, Resource letter, LetterFacts facts, Evidence ev) {
        for (Meta meta : facts.meta()) {
            switch (meta.field()) {
                case DATE -> letter.addProperty(Vocab.dctDate, dateLiteral(m, DateValue.parse(meta.value())));
                case ISSUED -> letter.addProperty(Vocab.dctIssued, dateLiteral(m, DateValue.parse(meta.value())));
                case LANGUAGE -> letter.addProperty(Vocab.dctLanguage, meta.value());
                case ORIGINAL_LANGUAGE -> letter.addProperty(Vocab.originalLanguage, meta.value());
                // the undocs.org page is its document's (rdfs:seeAlso), not repeated on the letter
                case SYMBOL -> letter.addProperty(Vocab.symbol, meta.value());
                case OTHER_SYMBOL -> letter.addProperty(Vocab.otherSymbol, meta.value());
                case ORGAN -> letter.addProperty(Vocab.organ, m.createResource(keys.organization(meta.value())));
                case SESSION -> letter.addLiteral(Vocab.session, m.createTypedLiteral(meta.value(), XSDDatatype.XSDinteger));
                case TITLE -> letter.addProperty(Vocab.title, meta.value());
            }
        }
    }

    /**
     * The document the letter is a version of: by symbol when stated, else by date, sender and recipient
     * ({@code id/document/2005-05-10-secretary-general-president-of-the-security-council}). A symbol document
     * whose letter states its date and both parties is also linked {@code unkg:sameDocumentAs} that dated
     * document, so a language version that does not state the symbol (a translation without its header) is
     * found as a version of the same document. The link is weaker than {@code owl:sameAs}: two documents can
     * share a date, a sender and a recipient. The documents of the letter's other symbols (identical letters
     * issued as {@code A/51/80} and {@code S/1996/150}) are {@code unkg:sameDocumentAs} its symbol document.
     */
    private void writeDocument(Model m, Resource letter, LetterFacts facts, Evidence ev) {
        String symbol = facts.meta(MetaField.SYMBOL).map(Meta::value).orElse(null);
        String date = facts.meta(MetaField.DATE).map(Meta::value).orElse(null);
        String from = partyKey(facts, Party.Slot.SENDER);
        String to = partyKey(facts, Party.Slot.RECIPIENT);
        boolean dated = date != null && !from.equals("unknown") && !to.equals("unknown");
        Resource doc;
        if (symbol != null) {
            doc = document(m, symbol);
            if (dated) {
                doc.addProperty(Vocab.sameDocumentAs, datedDocument(m, date, from, to));
            }
            for (Meta other : facts.meta()) {
                if (other.field() == MetaField.OTHER_SYMBOL && !other.value().equals(symbol)) {
                    doc.addProperty(Vocab.sameDocumentAs, document(m, other.value()));
                }
            }
        } else {
            doc = datedDocument(m, date == null ? "undated" : date, from, to);
        }
        letter.addProperty(Vocab.isVersionOf, doc);
    }

    /** A document by date and parties; a {@code unkg:Document} by the range of the links to it (not stored). */
    private static Resource datedDocument(Model m, String date, String from, String to) {
        return m.createResource(Vocab.ID + "document/" + date + "-" + from + "-" + to);
    }

    private static String partyKey(LetterFacts facts, Party.Slot slot) {
        return facts.parties().stream().filter(p -> p.slot() == slot).findFirst()
                .map(p -> p.state() != null ? p.role() + "-" + p.state() : p.role())
                .orElse("unknown");
    }

    /**
     * A document by symbol; a {@code unkg:Document} by the range of the links to it, and its undocs.org page
     * ({@code rdfs:seeAlso}) follows from its symbol: neither is stored ({@link StoredTriples}).
     */
    private Resource document(Model m, String symbol) {
        return m.createResource(Ids.document(symbol))
                .addProperty(Vocab.symbol, symbol);
    }

    private void writeParty(Model m, Resource letter, String stem, Party party, Evidence ev) {
        String slot = party.slot() == Party.Slot.SENDER ? "sender" : "recipient";
        // a unkg:PartyRole by the range of unkg:sender and unkg:recipient (not stored)
        Resource r = m.createResource(Ids.party(stem, slot))
                .addProperty(Vocab.role, m.createResource(Ids.role(party.role())));
        if (party.state() != null) {
            r.addProperty(Vocab.ofState, keys.resource(m, party.state()));
        }
        if (party.body() != null) {
            r.addProperty(Vocab.ofBody, m.createResource(keys.organization(party.body())));
        }
        letter.addProperty(party.slot() == Party.Slot.SENDER ? Vocab.sender : Vocab.recipient, r);
        ev.annotate(r, party.span());
    }

    private Resource mentioned(Model m, Mention mention, String language) {
        EntityKind kind = mention.kind();
        return switch (kind) {
            case PERSON -> person(m, mention.key(), mention.label(), language);
            case PLACE -> place(m, mention.key() != null ? mention.key() : mention.label(), language);
            case ORGANIZATION, STATE -> {
                if (mention.key() != null) {
                    yield m.createResource(kind == EntityKind.STATE ? keys.orgOrState(mention.key()) : keys.organization(mention.key()));
                }
                yield m.createResource(Ids.org(Ids.slug(mention.label()).toUpperCase(java.util.Locale.ROOT)))
                        .addProperty(Vocab.skosPrefLabel, mention.label(), language);
            }
        };
    }

    /** A catalog person, or a person minted from the name as written. */
    private Resource person(Model m, String key, String name, String language) {
        String uri = keys.find(key);
        if (uri != null) {
            return m.createResource(uri);
        }
        return m.createResource(Ids.person(Ids.slug(name)))
                .addProperty(RDF.type, Vocab.foafPerson)
                .addProperty(Vocab.foafName, name)
                .addProperty(Vocab.skosPrefLabel, name, language);
    }

    /** A catalog place by key, or a place minted from its name. */
    private Resource place(Model m, String keyOrName, String language) {
        String uri = keys.find(keyOrName);
        if (uri == null) {
            uri = keys.find(Ids.slug(keyOrName));
        }
        if (uri != null) {
            return m.createResource(uri);
        }
        return m.createResource(Ids.place(Ids.slug(keyOrName)))
                .addProperty(RDF.type, m.createResource(Vocab.UNKG + "Place"))
                .addProperty(Vocab.skosPrefLabel, keyOrName, language);
    }

    /** The xsd:decimal literal of a subject's score. */
    private Node score(double score) {
        Node known = scores.get(score);
        if (known == null) {
            known = NodeFactory.createLiteralDT(java.math.BigDecimal.valueOf(score).toPlainString(), XSDDatatype.XSDdecimal);
            if (scores.size() < KNOWN_SCORES) {
                scores.put(score, known);
            }
        }
        return known;
    }

    private static final int KNOWN_SCORES = 100_000;

    /** The xsd:integer literal of a subject's rank. */
    private Node rank(int rank) {
        if (rank < 0 || rank >= ranks.length) {
            return NodeFactory.createLiteralDT(String.valueOf(rank), XSDDatatype.XSDinteger);
        }
        Node known = ranks[rank];
        if (known == null) {
            known = NodeFactory.createLiteralDT(String.valueOf(rank), XSDDatatype.XSDinteger);
            ranks[rank] = known; // a benign race: every thread makes the same node
        }
        return known;
    }

    /**
     * The subject indexer's assignment of a concept: {@code letter unkg:indexedBy <id/letter/{stem}/subject/{code}>}
     * with {@code unkg:concept C ; unkg:score S ; unkg:rank R}, its evidence the words naming the concept. Its class
     * ({@code unkg:SubjectIndexing}: the range of {@code unkg:indexedBy}) and its letter (the subject of
     * {@code unkg:indexedBy}, in whose graph it is) are not stored again.
     */
    private void writeIndexing(Model m, Resource letter, String stem, IndexedSubject s, Evidence ev) {
        Resource r = m.createResource(Ids.indexing(stem, s.concept()))
                .addProperty(Vocab.concept, m.createResource(s.concept()))
                .addProperty(Vocab.score, m.asRDFNode(score(s.score())))
                .addProperty(Vocab.rank, m.asRDFNode(rank(s.rank())));
        letter.addProperty(Vocab.indexedBy, r);
        for (org.unkg.model.Span span : s.evidence()) {
            ev.annotate(r, span);
        }
    }

    private void writeEvent(Model m, Resource letter, String stem, Event e, Evidence ev) {
        // a unkg:Event by its class (a subclass) and the domain of unkg:eventType: not stored (StoredTriples); an undated
        // event (a letter without a date stating an intention) is its letter's own and has no unkg:date
        Resource event = m.createResource(e.date() == null ? Ids.undatedEvent(e.type(), e.entity(), stem)
                        : Ids.event(e.type(), e.entity(), e.date().iso()))
                .addProperty(RDF.type, m.createResource(Vocab.UNKG + EventTypes.className(e.type())))
                .addProperty(Vocab.eventType, e.type())
                .addProperty(Vocab.concerns, keys.resource(m, e.entity()))
                .addProperty(Vocab.provWasDerivedFrom, letter);
        if (e.date() != null) {
            event.addProperty(Vocab.date, dateLiteral(m, e.date()));
        } else {
            // the absence of a date cannot be looked up in an index: a marker can (queries/undated-events.rq)
            event.addLiteral(Vocab.undated, m.createTypedLiteral(true));
        }
        if (e.endDate() != null) {
            event.addProperty(Vocab.endDate, dateLiteral(m, e.endDate()));
        }
        if (e.status() != null) {
            event.addProperty(Vocab.status, e.status());
        }
        List<String> participants = e.participants() == null ? List.of() : e.participants();
        for (String p : participants) {
            event.addProperty(Vocab.participant, keys.resource(m, p));
        }
        ev.annotate(event, e.span());
    }

    private void writeMandate(Model m, Resource letter, String stem, Mandate mandate, Evidence ev) {
        // a unkg:Mandate by the domain of unkg:of: not stored (StoredTriples)
        Resource r = m.createResource(Ids.mandate(mandate.entity(), stem))
                .addProperty(Vocab.of, keys.resource(m, mandate.entity()))
                .addLiteral(Vocab.taskCount, m.createTypedLiteral(String.valueOf(mandate.tasks().size()), XSDDatatype.XSDinteger))
                .addProperty(Vocab.provWasDerivedFrom, letter);
        if (mandate.from() != null) {
            r.addProperty(Vocab.date, dateLiteral(m, mandate.from()));
        }
        if (mandate.to() != null) {
            r.addProperty(Vocab.endDate, dateLiteral(m, mandate.to()));
        }
        ev.annotate(r, mandate.span());
        for (Task t : mandate.tasks()) {
            // a unkg:Task by the range of unkg:task (not stored)
            Resource task = m.createResource(r.getURI() + "/task/" + t.order())
                    .addLiteral(Vocab.order, m.createTypedLiteral(String.valueOf(t.order()), XSDDatatype.XSDinteger))
                    .addProperty(RDF.value, t.text());
            r.addProperty(Vocab.task, task);
            ev.annotate(task, t.span());
        }
    }

    /** A date literal typed to keep its precision: xsd:date, xsd:gYearMonth or xsd:gYear. */
    static Literal dateLiteral(Model m, DateValue d) {
        return m.createTypedLiteral(d.iso(), TypeMapper.getInstance().getSafeTypeByName(d.xsdType()));
    }
}
