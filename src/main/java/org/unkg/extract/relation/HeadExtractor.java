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
import org.unkg.extract.rules.PhraseScanner;
import org.unkg.model.Head;
import org.unkg.model.LetterFacts;

/**
 * Who heads a body: a head cue ("headed by", "يتولى رئاسة"), the body named nearest it in the sentence, the
 * post after the cue (or after the body) up to a post-end cue ("at the", "من الرتبة"), and the grade that
 * follows ("D-2", "مد - 2" → D-2). Cue words and grade prefixes are rule data ({@code relations.tsv}).
 */
public final class HeadExtractor implements Extractor {
    private static final Pattern ARTICLE = Pattern.compile("^\\s*(?:an?|the)\\s+");
    private final Map<String, RelationCues> cues;
    private final RelationCues none;

    /** The extractor with the relation cues ({@code events/relations.tsv}) of {@code context}. */
    public HeadExtractor(ExtractionContext context) {
        this.cues = RelationCues.all(context.rules());
        this.none = new RelationCues(context.rules(), "");
    }

    @Override
    public String name() {
        return "heads";
    }

    @Override
    public void extract(LetterAnalysis view, LetterFacts out) {
        RelationCues cues = this.cues.getOrDefault(view.language(), none);
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
            String post = ARTICLE.matcher(view.bodyText(postStart, postEnd).replaceAll("[,،]\\s*$", ""))
                    .replaceAll("").replaceAll("\\s+", " ").strip();
            String level = level(text, postEnd, sentence.end(), cues.levelPatterns());
            if (!post.isEmpty() && post.length() < 120) {
                out.add(new Head(body.key(), post, level, null, view.span(m.start(), Math.min(sentence.end(), postEnd + 24))));
            }
        }
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
