package org.unkg.extract.reference;

import org.unkg.extract.core.Extractor;
import org.unkg.extract.core.LetterAnalysis;
import org.unkg.model.LetterFacts;
import org.unkg.model.Span;
import org.unkg.model.Subject;

/** Reads the UNBIS subject terms of a {@code %%%TERM|TERM|...|} header line, as written. */
public final class SubjectExtractor implements Extractor {
    private static final String MARK = "%%%";

    @Override
    public String name() {
        return "subjects";
    }

    @Override
    public void extract(LetterAnalysis letter, LetterFacts out) {
        String body = letter.body();
        int lineStart = 0;
        while (lineStart < body.length() && Character.isWhitespace(body.charAt(lineStart))) {
            lineStart++;
        }
        if (!body.startsWith(MARK, lineStart)) {
            return;
        }
        int end = body.indexOf('\n', lineStart);
        end = end < 0 ? body.length() : end;
        int pos = lineStart + MARK.length();
        while (pos < end) {
            int bar = body.indexOf('|', pos);
            int termEnd = bar < 0 || bar > end ? end : bar;
            String raw = body.substring(pos, termEnd);
            String term = raw.strip();
            if (!term.isEmpty()) {
                int s = pos + raw.indexOf(term);
                out.add(new Subject(term, new Span(s, s + term.length())));
            }
            pos = termEnd + 1;
        }
    }
}
