package org.unkg.extract.relation;


import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.unkg.extract.ExtractionContext;
import org.unkg.extract.Extractor;
import org.unkg.extract.discovery.BodyCatalog;
import org.unkg.extract.discovery.Referent;
import org.unkg.extract.discovery.Referents;
import org.unkg.extract.event.LetterView;
import org.unkg.extract.fact.Head;
import org.unkg.extract.fact.LetterFacts;
import org.unkg.text.LetterText;

/**
 * Who heads a body: a head cue ("headed by", "يتولى رئاسة"), the body named nearest it in the sentence, the
 * post after the cue (or after the body) up to a post-end cue ("at the", "من الرتبة"), and the grade that
 * follows ("D-2", "مد - 2" → D-2). Cue words and grade prefixes are rule data ({@code relations.tsv}).
 */
public final class HeadExtractor implements Extractor {
    @Override
    public String name() {
        return "heads";
    }

    @Override
    public void extract(LetterText letter, ExtractionContext context, LetterFacts out) {
        RelationCues cues = RelationCues.of(letter.language());
        if (cues.patterns("head").isEmpty()) {
            return;
        }
        LetterView view = LetterView.of(letter);
        Referents referents = Referents.of(view, out, BodyCatalog.of(context.catalog()));
        String text = view.text();
        for (Pattern cue : cues.patterns("head")) {
            Matcher m = cue.matcher(text);
            while (m.find()) {
                int[] sentence = view.sentenceAt(m.start());
                Referent body = null;
                int best = Integer.MAX_VALUE;
                for (Referent r : referents.bodies()) {
                    if (r.start() < sentence[0] || r.end() > sentence[1]) {
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
                int postEnd = sentence[1];
                for (Pattern end : cues.patterns("post-end")) {
                    Matcher e = end.matcher(text);
                    e.region(postStart, sentence[1]);
                    if (e.find() && e.start() < postEnd) {
                        postEnd = e.start();
                    }
                }
                String post = view.bodyText(postStart, postEnd).replaceAll("[,،]\\s*$", "")
                        .replaceAll("^\\s*(?:an?|the)\\s+", "").replaceAll("\\s+", " ").strip();
                String level = level(text, postEnd, sentence[1], cues.levels());
                if (!post.isEmpty() && post.length() < 120) {
                    out.add(new Head(body.key(), post, level, null, view.span(m.start(), Math.min(sentence[1], postEnd + 24))));
                }
            }
        }
    }

    private static String level(String text, int from, int to, Map<String, String> levels) {
        String tail = text.substring(from, Math.min(to, from + 40));
        for (Map.Entry<String, String> l : levels.entrySet()) {
            Matcher m = Pattern.compile("(?<![\\p{L}])" + Pattern.quote(l.getKey()).replace(" ", "\\E\\s*\\Q")
                    + "\\s*-\\s*(\\d)", Pattern.CASE_INSENSITIVE).matcher(tail);
            if (m.find()) {
                return l.getValue() + "-" + m.group(1);
            }
        }
        return null;
    }

}
