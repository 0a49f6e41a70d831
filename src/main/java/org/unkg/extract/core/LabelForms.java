package org.unkg.extract.core;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.SKOS;
import org.unkg.extract.rules.RuleFiles;
import org.unkg.text.FoldedText;

/**
 * The other ways a catalog label is written, worked out from the word structure of its language
 * ({@code data/rules/{language}/label-forms.tsv}), so that names are matched however a letter writes them without the
 * catalog listing every form. Arabic names a body of an organization in two ways: the head noun in construct with the
 * organization and its adjectives after it ("مكتب الأمم المتحدة السياسي", "قوة الأمم المتحدة المؤقتة في لبنان"), or
 * the head noun and its adjectives with the article and the organization after the preposition ل ("المكتب السياسي
 * للأمم المتحدة", "القوة المؤقتة للأمم المتحدة في لبنان"). A label written one way, with at least one adjective, is
 * also matched written the other. Built once per extraction context; immutable.
 */
public final class LabelForms {
    private static final String FILE = "label-forms.tsv";

    /** The word structure of one language: its article, the article after ل as written, the organizations' names. */
    private record Structure(String article, String lamArticle, List<List<String>> owners, Set<String> linkers,
                             Set<String> conjunctions) {}

    private final Map<String, Structure> languages;

    private LabelForms(Map<String, Structure> languages) {
        this.languages = languages;
    }

    /**
     * The forms of those of {@code languages} whose folder in {@code rules} holds a {@code label-forms.tsv} (rows
     * {@code article}, {@code lam-article}, {@code owner}, {@code linker}, {@code conjunction}); a file lacking the article or its form after ل, or with a
     * row of another kind, is an error naming it.
     */
    public static LabelForms of(RuleFiles rules, Collection<String> languages) {
        Map<String, Structure> out = new TreeMap<>();
        for (String language : languages) {
            String name = language + "/" + FILE;
            if (language.isEmpty() || !rules.has(name)) {
                continue;
            }
            String article = null;
            String lam = null;
            List<List<String>> owners = new ArrayList<>();
            Set<String> linkers = new HashSet<>();
            Set<String> conjunctions = new HashSet<>();
            for (String[] row : rules.rows(name)) {
                if (row.length < 2) {
                    throw new IllegalArgumentException(rules.dir().resolve(name) + ": a row needs a kind and a form");
                }
                switch (row[0]) {
                    case "article" -> article = FoldedText.fold(row[1]);
                    case "lam-article" -> lam = FoldedText.fold(row[1]);
                    case "owner" -> owners.add(List.of(FoldedText.fold(row[1]).split("\\s+")));
                    case "linker" -> linkers.add(FoldedText.fold(row[1]));
                    case "conjunction" -> conjunctions.add(FoldedText.fold(row[1]));
                    default -> throw new IllegalArgumentException(rules.dir().resolve(name) + ": unknown kind '" + row[0] + "'");
                }
            }
            if (article == null || lam == null) {
                throw new IllegalArgumentException(rules.dir().resolve(name) + ": needs an 'article' and a 'lam-article' row");
            }
            out.put(language, new Structure(article, lam, List.copyOf(owners), Set.copyOf(linkers), Set.copyOf(conjunctions)));
        }
        return new LabelForms(Map.copyOf(out));
    }

    /**
     * {@code catalog} with the other forms of its labels ({@link #others}, and the forms naming an office through its
     * head's title: {@link HeadTitleForms}) as {@code skos:hiddenLabel}s of the same
     * entities, for the languages of its labels whose rules have forms: a view for name matching (the catalog itself
     * is unchanged). A form that is already a label of any entity is left out.
     */
    public static Model matchingView(Model catalog, RuleFiles rules) {
        Set<String> known = new HashSet<>();
        Set<String> languages = new HashSet<>();
        List<Statement> labels = new ArrayList<>();
        for (Property p : List.of(SKOS.prefLabel, SKOS.altLabel, SKOS.hiddenLabel)) {
            for (Statement st : catalog.listStatements(null, p, (RDFNode) null).toList()) {
                if (st.getObject().isLiteral()) {
                    known.add(FoldedText.fold(st.getString().strip()).replaceAll("\\s+", " "));
                    languages.add(st.getLanguage());
                    labels.add(st);
                }
            }
        }
        LabelForms forms = of(rules, languages);
        HeadTitleForms heads = HeadTitleForms.of(rules, languages);
        if (forms.languages.isEmpty() && heads.isEmpty()) {
            return catalog;
        }
        Model extra = ModelFactory.createDefaultModel();
        for (Statement st : labels) {
            Literal l = st.getObject().asLiteral();
            Resource subject = st.getSubject();
            List<String> others = new ArrayList<>(forms.others(l.getLexicalForm(), l.getLanguage()));
            others.addAll(heads.others(l.getLexicalForm(), l.getLanguage()));
            for (String other : others) {
                if (known.add(FoldedText.fold(other))) {
                    extra.add(subject, SKOS.hiddenLabel, other, l.getLanguage());
                }
            }
        }
        return extra.isEmpty() ? catalog : ModelFactory.createUnion(catalog, extra);
    }

    /**
     * The other forms of {@code label} in {@code language} (none when the language has no forms or the label has no
     * other form), as written words joined by single spaces.
     */
    public List<String> others(String label, String language) {
        Structure s = languages.get(language);
        if (s == null) {
            return List.of();
        }
        String[] written = label.strip().split("\\s+");
        String[] folded = new String[written.length];
        for (int i = 0; i < written.length; i++) {
            folded[i] = FoldedText.fold(written[i]);
        }
        Set<String> out = new LinkedHashSet<>();
        for (List<String> owner : s.owners()) {
            String construct = construct(s, owner, written, folded);
            if (construct != null) {
                out.add(construct);
            }
            String genitive = genitive(s, owner, written, folded);
            if (genitive != null) {
                out.add(genitive);
            }
        }
        out.remove(String.join(" ", written));
        return List.copyOf(out);
    }

    /** "مكتب الأمم المتحدة السياسي X" → "المكتب السياسي للأمم المتحدة X", or null when the label is not so built. */
    private static String construct(Structure s, List<String> owner, String[] written, String[] folded) {
        int n = owner.size();
        if (written.length < n + 2 || folded[0].startsWith(s.article()) || !matches(folded, 1, owner)) {
            return null;
        }
        int adjectives = adjectives(s, folded, n + 1);
        if (adjectives == 0) {
            return null;
        }
        List<String> out = new ArrayList<>();
        out.add(s.article() + written[0]);
        out.addAll(List.of(written).subList(n + 1, n + 1 + adjectives));
        out.add(s.lamArticle() + written[1].substring(s.article().length()));
        out.addAll(List.of(written).subList(2, n + 1));
        out.addAll(List.of(written).subList(n + 1 + adjectives, written.length));
        return String.join(" ", out);
    }

    /** "المكتب السياسي للأمم المتحدة X" → "مكتب الأمم المتحدة السياسي X", or null when the label is not so built. */
    private static String genitive(Structure s, List<String> owner, String[] written, String[] folded) {
        int n = owner.size();
        if (written.length < n + 2 || !folded[0].startsWith(s.article()) || folded[0].length() <= s.article().length() + 1) {
            return null;
        }
        int adjectives = adjectives(s, folded, 1);
        int at = 1 + adjectives;
        // "الفريق القطري التابع للأمم المتحدة": the participle that links the head to the owner is dropped
        if (adjectives > 0 && s.linkers().contains(folded[adjectives])) {
            adjectives--;
        }
        if (adjectives == 0 || at + n > written.length) {
            return null;
        }
        String first = owner.get(0);
        if (!first.startsWith(s.article()) || !folded[at].equals(s.lamArticle() + first.substring(s.article().length()))
                || !matches(folded, at + 1, owner.subList(1, n))) {
            return null;
        }
        // a body of two organizations ("... للأمم المتحدة وجامعة الدول العربية") has no construct form
        if (at + n < written.length && s.conjunctions().stream().anyMatch(folded[at + n]::startsWith)) {
            return null;
        }
        List<String> out = new ArrayList<>();
        out.add(written[0].substring(s.article().length()));
        out.add(s.article() + written[at].substring(s.lamArticle().length()));
        out.addAll(List.of(written).subList(at + 1, at + n));
        out.addAll(List.of(written).subList(1, 1 + adjectives));
        out.addAll(List.of(written).subList(at + n, written.length));
        return String.join(" ", out);
    }

    /** How many words from {@code from} on carry the article (adjectives agreeing with a definite head). */
    private static int adjectives(Structure s, String[] folded, int from) {
        int k = from;
        while (k < folded.length && folded[k].startsWith(s.article()) && folded[k].length() > s.article().length() + 1) {
            k++;
        }
        return k - from;
    }

    private static boolean matches(String[] folded, int at, List<String> words) {
        if (at + words.size() > folded.length) {
            return false;
        }
        for (int k = 0; k < words.size(); k++) {
            if (!folded[at + k].equals(words.get(k))) {
                return false;
            }
        }
        return true;
    }
}
