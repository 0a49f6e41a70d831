package org.unkg.extract.mention;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.unkg.extract.core.CatalogEntry;
import org.unkg.extract.core.ExtractionContext;
import org.unkg.extract.core.Extractor;
import org.unkg.extract.core.Gazetteer;
import org.unkg.extract.core.LetterAnalysis;
import org.unkg.extract.core.NameMatch;
import org.unkg.extract.rules.PhraseMatcher;
import org.unkg.extract.rules.RuleFiles;
import org.unkg.model.EntityKind;
import org.unkg.model.LetterFacts;
import org.unkg.model.Mention;
import org.unkg.model.Signatory;
import org.unkg.model.Span;
import org.unkg.model.Subject;
import org.unkg.text.FoldedText;
import org.unkg.text.LetterText;

/**
 * Adds a mention for every catalog name the gazetteer finds in the letter (organizations, states, persons,
 * places), for the signatory when the catalog does not know them, and for persons named in apposition to a role
 * ("the Minister for Foreign Affairs of Chile, Alfredo Moreno", "وزير خارجية شيلي، ألفريدو مورينو";
 * role phrases in {@code appositive-roles.txt}), and for persons named after an honorific ({@link HonorificNames}).
 */
public final class MentionExtractor implements Extractor {
    private static final int MAX_NAME_WORDS = 5;
    private static final int ROLE_REACH = 60;
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}\\u0640][\\p{L}\\p{M}\\u0640'’\\-]*");
    private final PhraseMatcher<String> roles;
    private final Set<String> skip = new HashSet<>();
    private final Set<String> asParent = new HashSet<>();
    private final Gazetteer gazetteer;
    private final HonorificNames honorifics;

    /** The extractor with the mention rules ({@code mentions.tsv}, {@code appositive-roles.txt}, {@code honorifics.tsv}) of {@code context}. */
    public MentionExtractor(ExtractionContext context) {
        RuleFiles rules = context.rules();
        Map<String, String> map = new java.util.LinkedHashMap<>();
        for (String[] row : rules.rows("appositive-roles.txt")) {
            map.put(row[0], row[0]);
        }
        roles = new PhraseMatcher<>(map);
        for (String[] row : rules.rows("mentions.tsv")) {
            (row[0].equals("skip") ? skip : asParent).add(row[1]);
        }
        gazetteer = context.gazetteer();
        honorifics = new HonorificNames(rules);
    }

    @Override
    public boolean changesMentions() {
        return true;
    }

    @Override
    public String name() {
        return "mentions";
    }

    @Override
    public void extract(LetterAnalysis analysis, LetterFacts out) {
        LetterText letter = analysis.letter();
        // the UNBIS subject terms of a %%% line classify the letter; they are not names the letter mentions
        int subjectsEnd = out.subjects().stream().map(Subject::span)
                .filter(java.util.Objects::nonNull).mapToInt(org.unkg.model.Span::end).max().orElse(-1);
        List<NameMatch> names = gazetteer.find(letter).stream().filter(n -> n.span().start() > subjectsEnd).toList();
        Set<String> persons = new HashSet<>();
        for (NameMatch n : names) {
            CatalogEntry entry = gazetteer.entry(n.key()).orElse(null);
            if (entry != null && skip.contains(entry.type())) {
                continue;
            }
            String key = entry != null && asParent.contains(entry.type()) && entry.parent() != null ? entry.parent() : n.key();
            out.add(new Mention(n.kind(), key, n.label(), n.span()));
            if (n.kind() == EntityKind.PERSON) {
                persons.add(n.key());
            }
        }
        for (Signatory s : out.signatories()) {
            if (s.personKey() == null) {
                out.add(new Mention(EntityKind.PERSON, null, s.name(), s.span()));
                persons.add(FoldedText.fold(s.name()));
            } else if (persons.add(s.personKey())) {
                out.add(new Mention(EntityKind.PERSON, s.personKey(), s.name(), s.span()));
            }
        }
        for (Mention m : appositives(letter.body(), analysis.folded(), names)) {
            if (persons.add(FoldedText.fold(m.label()))) {
                out.add(m);
            }
        }
        for (Mention m : honorifics.find(letter.body(), names)) {
            if (persons.add(FoldedText.fold(m.label())) && !signed(out, m)) {
                out.add(m);
            }
        }
    }

    /** Whether the name is the signatory's, written there with an honorific. */
    private static boolean signed(LetterFacts out, Mention m) {
        String folded = FoldedText.fold(m.label());
        return out.signatories().stream().anyMatch(sig -> {
            String name = FoldedText.fold(sig.name());
            return name.contains(folded) || folded.contains(name);
        });
    }

    /** Names after a role phrase, its complement and a comma, up to the next punctuation, not catalog names. */
    List<Mention> appositives(String body, FoldedText folded, List<NameMatch> names) {
        List<Mention> out = new ArrayList<>();
        for (PhraseMatcher.Hit<String> role : roles.find(folded)) {
            int limit = Math.min(body.length(), role.end() + ROLE_REACH);
            int comma = -1;
            for (int i = role.end(); i < limit; i++) {
                char c = body.charAt(i);
                if (c == ',' || c == '،') {
                    comma = i;
                    break;
                }
                if (c == '.' || c == ';' || c == '؛' || c == '\n' || c == '(' || c == ':') {
                    break;
                }
            }
            if (comma < 0) {
                continue;
            }
            int end = comma + 1;
            while (end < body.length() && ".,،;؛:()[]\"«»\n".indexOf(body.charAt(end)) < 0) {
                end++;
            }
            Matcher w = WORD.matcher(body).region(comma + 1, end);
            int first = -1;
            int last = -1;
            int count = 0;
            boolean latin = false;
            boolean ok = true;
            while (w.find()) {
                String word = w.group();
                if (first < 0) {
                    first = w.start();
                    latin = word.charAt(0) < '\u0250';
                }
                if (latin && !Character.isUpperCase(word.charAt(0))) {
                    // a lower-case word ends an English name ("..., Alfredo Moreno and the ...")
                    break;
                }
                last = w.end();
                count++;
                if (count > MAX_NAME_WORDS) {
                    ok = false;
                    break;
                }
            }
            if (!ok || count < 2) {
                continue;
            }
            final int s = first;
            final int e = last;
            if (names.stream().anyMatch(n -> n.span().start() < e && s < n.span().end())) {
                continue;
            }
            out.add(new Mention(EntityKind.PERSON, null, body.substring(s, e), new Span(s, e)));
        }
        return out;
    }
}
