package org.unkg.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * Everything the extractors found in one letter. Extractors add to it; the graph writer turns it into
 * the letter's named graph. Lists keep insertion order so builds are deterministic.
 */
public final class LetterFacts {
    private final List<Meta> meta = new ArrayList<>();
    private final List<Party> parties = new ArrayList<>();
    private final List<Signatory> signatories = new ArrayList<>();
    private final List<Reference> references = new ArrayList<>();
    private final List<Subject> subjects = new ArrayList<>();
    private final List<SubjectConcept> subjectConcepts = new ArrayList<>();
    private final List<IndexedSubject> indexedSubjects = new ArrayList<>();
    private final List<Mention> mentions = new ArrayList<>();
    private final List<DiscoveredBody> discovered = new ArrayList<>();
    private final List<Event> events = new ArrayList<>();
    private final List<Mandate> mandates = new ArrayList<>();
    private final List<Membership> memberships = new ArrayList<>();
    private final List<Seat> seats = new ArrayList<>();
    private final List<Head> heads = new ArrayList<>();
    private final List<Partner> partners = new ArrayList<>();
    private final List<Diagnostic> diagnostics = new ArrayList<>();

    public void add(Meta m) { meta.add(m); }
    public void add(Party p) { parties.add(p); }
    public void add(Signatory s) { signatories.add(s); }
    public void add(Reference r) { references.add(r); }
    public void add(Subject s) { subjects.add(s); }
    public void add(SubjectConcept s) { subjectConcepts.add(s); }
    public void add(IndexedSubject s) { indexedSubjects.add(s); }
    public void add(Mention m) { mentions.add(m); }
    public void add(DiscoveredBody d) { discovered.add(d); }
    public void add(Event e) { events.add(e); }
    public void add(Mandate m) { mandates.add(m); }
    public void add(Membership m) { memberships.add(m); }
    public void add(Seat s) { seats.add(s); }
    public void add(Head h) { heads.add(h); }
    public void add(Partner p) { partners.add(p); }
    /** Records what could not be read (see {@link Diagnostic}); never written to the graph. */
    public void add(Diagnostic d) { diagnostics.add(d); }

    /**
     * Replaces a mention by another (same position in the list), for when later evidence shows the words name
     * another entity; returns false when {@code old} is not among the mentions.
     */
    public boolean replace(Mention old, Mention now) {
        int i = mentions.indexOf(old);
        if (i < 0) {
            return false;
        }
        mentions.set(i, now);
        return true;
    }

    /** The first value given for a metadata field. */
    public Optional<Meta> meta(MetaField field) {
        return meta.stream().filter(m -> m.field() == field).findFirst();
    }

    public List<Meta> meta() { return Collections.unmodifiableList(meta); }
    public List<Party> parties() { return Collections.unmodifiableList(parties); }
    public List<Signatory> signatories() { return Collections.unmodifiableList(signatories); }
    public List<Reference> references() { return Collections.unmodifiableList(references); }
    public List<Subject> subjects() { return Collections.unmodifiableList(subjects); }
    /** The {@code %%%} terms that name a UNBIS concept, linked to it. */
    public List<SubjectConcept> subjectConcepts() { return Collections.unmodifiableList(subjectConcepts); }
    /** The concepts the subject indexer assigned from the text, strongest first. */
    public List<IndexedSubject> indexedSubjects() { return Collections.unmodifiableList(indexedSubjects); }
    public List<Mention> mentions() { return Collections.unmodifiableList(mentions); }
    public List<DiscoveredBody> discovered() { return Collections.unmodifiableList(discovered); }
    public List<Event> events() { return Collections.unmodifiableList(events); }
    public List<Mandate> mandates() { return Collections.unmodifiableList(mandates); }
    public List<Membership> memberships() { return Collections.unmodifiableList(memberships); }
    public List<Seat> seats() { return Collections.unmodifiableList(seats); }
    public List<Head> heads() { return Collections.unmodifiableList(heads); }
    public List<Partner> partners() { return Collections.unmodifiableList(partners); }
    /** What the extractors could not read, in the order they said so. */
    public List<Diagnostic> diagnostics() { return Collections.unmodifiableList(diagnostics); }
}
