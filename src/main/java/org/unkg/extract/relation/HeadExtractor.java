package org.unkg.extract.relation;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.unkg.extract.core.ExtractionContext;
import org.unkg.extract.core.Extractor;
import org.unkg.extract.core.LetterAnalysis;
import org.unkg.extract.core.Referent;
import org.unkg.extract.core.Referents;
import org.unkg.extract.core.Sentence;
import org.unkg.extract.core.SubjectFinder;
import org.unkg.extract.date.DateMention;
import org.unkg.extract.rules.Alternation;
import org.unkg.extract.rules.PhraseScanner;
import org.unkg.model.DateValue;
import org.unkg.model.EntityKind;
import org.unkg.model.Head;
import org.unkg.model.Mention;
import org.unkg.model.Meta;
import org.unkg.model.MetaField;
import org.unkg.model.LetterFacts;
import org.unkg.text.WhiteSpace;

/**
 * Who heads a body, and who is appointed to: a head cue ("headed by", "يتولى رئاسة"), the body named nearest it in the sentence, the
 * post after the cue (or after the body) up to a post-end cue ("at the", "من الرتبة"), and the grade that
 * follows ("D-2", "مد - 2" → D-2). Cue words and grade prefixes are rule data ({@code relations.tsv}).
 */
public final class HeadExtractor implements Extractor {
    private static final int PERSON_GAP = 2;
    /**
     * A name as written: an optional honorific ({@code name-honorific} of every language's relations.tsv: "Mr", "Mme"),
     * then two to five words each starting with a capital.
     */
    private final Pattern writtenName;
    /** The articles read off the start of a post's title ({@code post-article} of every language's relations.tsv). */
    private final Pattern article;
    private final Map<String, RelationCues> cues;
    private final RelationCues none;

    /** The extractor with the relation cues (each language's {@code relations.tsv}) of {@code context}. */
    public HeadExtractor(ExtractionContext context) {
        this.cues = RelationCues.all(context.rules(), context.phrases());
        this.none = new RelationCues(context.rules(), "", context.phrases());
        String articles = context.rules().everyLanguage("relations.tsv").stream().filter(r -> r[0].equals("post-article"))
                .map(r -> Pattern.quote(r[1])).collect(java.util.stream.Collectors.joining("|"));
        this.article = Pattern.compile("^\\s*(?:" + (articles.isEmpty() ? "(?!)" : articles) + ")\\s+");
        String honorifics = Alternation.ofKind(context.rules().everyLanguage("relations.tsv"), "name-honorific", "\\s+");
        this.writtenName = Pattern.compile("\\s*(?:" + honorifics + "\\.?\\s+)?(\\p{Lu}[\\p{L}'.-]*(?:\\s+\\p{Lu}[\\p{L}'.-]*){1,4})\\s*");
    }

    @Override
    public String name() {
        return "heads";
    }

    @Override
    public void extract(LetterAnalysis view, LetterFacts out) {
        RelationCues cues = this.cues.getOrDefault(view.language(), none);
        appointments(view, out, cues);
        if (cues.patterns("head").isEmpty()) {
            return;
        }
        Referents referents = view.referents();
        String text = view.text();
        for (PhraseScanner.Match m : cues.find("head", text)) {
            Sentence sentence = view.sentenceAt(m.start());
            Referent body = null;
            int best = Integer.MAX_VALUE;
            for (Referent r : referents.bodies()) {
                if (r.start() < sentence.start() || r.end() > sentence.end()) {
                    continue;
                }
                int d = r.start() >= m.end() ? r.start() - m.end() : m.start() - r.end();
                if (d >= 0 && d < best) {
                    best = d;
                    body = r;
                }
            }
            if (body == null) {
                continue;
            }
            int postStart = body.start() >= m.end() && body.start() - m.end() < 3 ? body.end() : m.end();
            int postEnd = sentence.end();
            for (Pattern end : cues.patterns("post-end")) {
                Matcher e = end.matcher(text);
                e.region(postStart, sentence.end());
                if (e.find() && e.start() < postEnd) {
                    postEnd = e.start();
                }
            }
            String post = WhiteSpace.collapse(article.matcher(view.bodyText(postStart, postEnd).replaceAll("[,،]\\s*$", ""))
                    .replaceAll("")).strip();
            String level = level(text, postEnd, sentence.end(), cues.levelPatterns());
            if (!post.isEmpty() && post.length() < 120) {
                out.add(new Head(body.key(), post, level, null, view.span(m.start(), Math.min(sentence.end(), postEnd + 24))));
            }
        }
    }

    /**
     * An appointment to head a body ("I intend to appoint Ian Martin as my Special Representative and head of the
     * Mission", "nommer M. X Représentant spécial ... et chef de la MINURSO", "تعيين السيد X ممثلا خاصا لي ورئيسا
     * للبعثة"): an {@code appoint} cue, the person named right after it, the post that follows (after an
     * {@code appoint-as} word), and the first body named after the person that is not the Secretary-General or an
     * organ ({@code not-subjects.tsv}, "head"). The date is the one the sentence states after the cue, else the
     * letter's. A post with no person named is no appointment.
     */
    private void appointments(LetterAnalysis view, LetterFacts out, RelationCues cues) {
        if (cues.patterns("appoint").isEmpty()) {
            return;
        }
        String text = view.text();
        SubjectFinder subjects = new SubjectFinder(view);
        DateValue letterDate = out.meta(MetaField.DATE).map(Meta::value).map(DateValue::parse).orElse(null);
        // cue by cue in rule order, each cue's matches in text order, as a scan of each cue's pattern gives them
        for (PhraseScanner.Match m : cues.find("appoint", text)) {
            String who = null;
            int personStart = -1;
            int personEnd = -1;
            for (Mention x : out.mentions()) {
                if (x.kind() != EntityKind.PERSON || x.span() == null) {
                    continue;
                }
                int s = view.folded(x.span().start());
                if (s >= m.end() && view.words(m.end(), s) <= PERSON_GAP && (who == null || s < personStart)) {
                    who = x.key() != null ? x.key() : x.label();
                    personStart = s;
                    personEnd = view.folded(x.span().end());
                }
            }
            if (who == null) {
                // a name the mentions lack, written before the post's "as": "appoint Ian Martin as my ..."
                int[] name = nameBeforeAs(view, cues, m.end());
                if (name == null) {
                    continue;
                }
                who = WhiteSpace.collapse(view.bodyText(name[0], name[1])).strip();
                personStart = name[0];
                personEnd = name[1];
            }
            // a title glued to the name by the mentions is the post's first word ("Ian Martin Représentant spécial")
            for (Pattern title : cues.patterns("post-word")) {
                Matcher tm = title.matcher(view.text());
                tm.region(personStart, personEnd);
                if (tm.find() && tm.start() > personStart && view.text().substring(tm.end(), personEnd).isBlank()) {
                    personEnd = tm.start();
                    who = WhiteSpace.collapse(view.bodyText(personStart, personEnd)).strip();
                    break;
                }
            }
            // the person may follow an honorific the sentence splitter took for a full stop ("nommer M. X")
            Sentence sentence = view.sentenceAt(personStart);
            int from = personEnd;
            Referent body = view.referents().bodies().stream()
                    .filter(r -> r.start() >= from && r.end() <= sentence.end() && !subjects.passesOver("head", r.key()))
                    .findFirst().orElse(null);
            if (body == null) {
                continue;
            }
            int postStart = personEnd;
            for (Pattern as : cues.patterns("appoint-as")) {
                Matcher a = as.matcher(text);
                a.region(personEnd, Math.min(sentence.end(), personEnd + 12));
                if (a.lookingAt() || a.find() && text.substring(personEnd, a.start()).isBlank()) {
                    postStart = a.end();
                }
            }
            String post = text.substring(postStart, body.end()).isBlank() ? null
                    : WhiteSpace.collapse(article.matcher(view.bodyText(postStart, body.end())).replaceAll("")).strip();
            DateValue date = view.datesIn(m.end(), sentence.end()).stream().map(DateMention::value).findFirst().orElse(letterDate);
            out.add(new Head(body.key(), post != null && post.length() < 160 ? post : null, null, who, date,
                    view.span(m.start(), body.end())));
        }
    }

    /** A run of two to five capitalized words right after {@code from} (an honorific skipped) and before an "as" word. */
    private int[] nameBeforeAs(LetterAnalysis view, RelationCues cues, int from) {
        String body = view.body();
        for (Pattern as : cues.patterns("appoint-as")) {
            Matcher a = as.matcher(view.text());
            a.region(from, Math.min(view.text().length(), from + 80));
            if (!a.find()) {
                continue;
            }
            String written = view.bodyText(from, a.start());
            Matcher n = writtenName.matcher(written);
            if (n.matches()) {
                int start = view.folded(view.span(from, a.start()).start() + n.start(1));
                int end = view.folded(view.span(from, a.start()).start() + n.end(1));
                return body.isEmpty() ? null : new int[] {start, end};
            }
        }
        return null;
    }

    private static String level(String text, int from, int to, List<Map.Entry<Pattern, String>> levels) {
        String tail = text.substring(from, Math.min(to, from + 40));
        for (Map.Entry<Pattern, String> l : levels) {
            Matcher m = l.getKey().matcher(tail);
            if (m.find()) {
                return l.getValue() + "-" + m.group(1);
            }
        }
        return null;
    }

}
