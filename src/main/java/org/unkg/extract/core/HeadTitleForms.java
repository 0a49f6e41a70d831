package org.unkg.extract.core;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.unkg.extract.rules.RuleFiles;
import org.unkg.text.FoldedText;

/**
 * The ways a letter names an office through its head's title ({@code data/rules/{language}/head-forms.tsv}): the
 * catalog names "the Office of the Special Envoy of the Secretary-General for the Sahel", the Secretary-General writes
 * "the Office of my Special Envoy for the Sahel", the Council's President "the Office of your Special Envoy", and both
 * "the Office of the Special Envoy for the Sahel"; in Arabic the title's first word takes the possessive suffix instead
 * of the article ("مكتب مبعوثي الخاص إلى اليمن"). A catalog label made of a lead ("Office of the"), a title, the genitive
 * naming the head's principal ("of the Secretary-General") and the rest is also matched with the principal dropped and
 * the lead's other forms, or the title's first word with each possessive suffix. The title alone ("my Special Envoy for
 * the Sahel, Mr. X") is a person's role and gets no form. Immutable.
 */
public final class HeadTitleForms {
    private static final String FILE = "head-forms.tsv";

    /** A lead as folded and the leads written in its place. */
    private record Lead(String folded, List<String> others) {}

    /** One language's principals, leads, article and possessive suffixes (all folded but the leads' other forms). */
    private record Structure(List<String> owners, List<Lead> leads, String article, List<String> suffixes) {}

    private final Map<String, Structure> languages;

    private HeadTitleForms(Map<String, Structure> languages) {
        this.languages = languages;
    }

    /**
     * The forms of those of {@code languages} whose rules folder holds a {@code head-forms.tsv} (rows {@code owner},
     * {@code lead} with its other forms in the next columns, {@code article}, {@code suffix}); a row of another kind or
     * without its form is an error naming the file.
     */
    public static HeadTitleForms of(RuleFiles rules, Collection<String> languages) {
        Map<String, Structure> out = new TreeMap<>();
        for (String language : languages) {
            String name = language + "/" + FILE;
            if (language == null || language.isEmpty() || !rules.has(name)) {
                continue;
            }
            List<String> owners = new ArrayList<>();
            List<Lead> leads = new ArrayList<>();
            List<String> suffixes = new ArrayList<>();
            String article = null;
            for (String[] row : rules.rows(name)) {
                if (row.length < 2 || row[1].isBlank()) {
                    throw new IllegalArgumentException(rules.dir().resolve(name) + ": a row needs a kind and a form");
                }
                switch (row[0]) {
                    case "owner" -> owners.add(norm(FoldedText.fold(row[1])));
                    case "lead" -> {
                        List<String> others = new ArrayList<>();
                        for (int k = 2; k < row.length; k++) {
                            if (!row[k].isBlank()) {
                                others.add(row[k].strip());
                            }
                        }
                        leads.add(new Lead(norm(FoldedText.fold(row[1])), List.copyOf(others)));
                    }
                    case "article" -> article = FoldedText.fold(row[1].strip());
                    case "suffix" -> suffixes.add(row[1].strip());
                    default -> throw new IllegalArgumentException(rules.dir().resolve(name) + ": unknown kind '" + row[0] + "'");
                }
            }
            out.put(language, new Structure(List.copyOf(owners), List.copyOf(leads), article, List.copyOf(suffixes)));
        }
        return new HeadTitleForms(Map.copyOf(out));
    }

    /** Whether no language has forms. */
    public boolean isEmpty() {
        return languages.isEmpty();
    }

    /**
     * The other forms of {@code label} in {@code language}: none when the language has no forms or the label is not
     * built as lead, title, principal and rest.
     */
    public List<String> others(String label, String language) {
        Structure s = languages.get(language);
        if (s == null) {
            return List.of();
        }
        String written = norm(label);
        String folded = FoldedText.fold(written);
        if (folded.length() != written.length()) {
            return List.of();
        }
        Set<String> out = new LinkedHashSet<>();
        for (String owner : s.owners()) {
            int at = folded.indexOf(" " + owner + " ");
            if (at < 0) {
                continue;
            }
            String rest = written.substring(at + owner.length() + 2);
            for (Lead lead : s.leads()) {
                int n = lead.folded().length();
                if (at <= n || !folded.startsWith(lead.folded())) {
                    continue;
                }
                boolean glued = lead.folded().endsWith("'") || lead.folded().endsWith("’");
                if (!glued && folded.charAt(n) != ' ') {
                    continue;
                }
                String title = written.substring(n, at).strip();
                for (String other : lead.others()) {
                    out.add(join(other, title) + " " + rest);
                    String foldedTitle = FoldedText.fold(title);
                    if (s.article() != null && foldedTitle.startsWith(s.article()) && foldedTitle.length() > s.article().length() + 1) {
                        int space = title.indexOf(' ');
                        String first = (space < 0 ? title : title.substring(0, space)).substring(s.article().length());
                        String tail = space < 0 ? "" : title.substring(space);
                        for (String suffix : s.suffixes()) {
                            out.add(join(other, first + suffix + tail) + " " + rest);
                        }
                    }
                }
            }
        }
        out.remove(written);
        return List.copyOf(out);
    }

    private static String join(String lead, String title) {
        return lead.endsWith("'") || lead.endsWith("’") ? lead + title : lead + " " + title;
    }

    private static String norm(String s) {
        return s.strip().replaceAll("\\s+", " ");
    }
}
