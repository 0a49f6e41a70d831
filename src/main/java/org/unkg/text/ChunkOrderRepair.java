package org.unkg.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Puts back in reading order the lines of a visual-order Arabic text whose chunks keep their words in reading order:
 * only the order of the chunks (runs of words separated by two or more spaces) is reversed, and brackets are mirrored
 * ({@code )توقيع(} for {@code (توقيع)}). Some extractions, and the tool that makes test letters from logical text
 * ({@code ../shared/tools/mangle_ar.py}), give this simpler form than a PDF's, whose chunks also reverse the runs
 * around numbers and split justified words into halves at a tatweel.
 *
 * <p>Which form a letter is in is decided for the whole letter ({@link #applies}): the PDF form splits justified
 * words, so a token starts or ends with a tatweel; the simpler form stretches whole words (a tatweel only inside a
 * word) and keeps a date's day before its month pair ({@code ٢٩ حزيران/يونيه}), where the PDF form puts the day
 * after it ({@code يونيه/حزيران ٢٩}).
 */
final class ChunkOrderRepair {
    private static final Pattern CHUNK_GAP = Pattern.compile(" {2,}|\t");
    private static final String LETTERS = "[\\u0621-\\u064A\\u0640]+";
    private static final Pattern DAY_BEFORE_PAIR = Pattern.compile("(?:^|\\s)[0-9\\u0660-\\u0669]{1,2}\\s+" + LETTERS + "\\s*/\\s*" + LETTERS);
    private static final Pattern DAY_AFTER_PAIR = Pattern.compile(LETTERS + "\\s*/\\s*" + LETTERS + "\\s+[0-9\\u0660-\\u0669]{1,2}(?![0-9\\u0660-\\u0669])");

    /** Whether the visual-order lines of a letter keep their words in reading order inside each chunk. */
    static boolean applies(List<String> lines) {
        int[] tatweels = new int[2]; // {at a word's edge, inside a word}
        int dayBefore = 0;
        int dayAfter = 0;
        for (String line : lines) {
            if (!VisualOrderDetector.isArabicLine(line)) {
                continue;
            }
            String t = line.strip();
            WhiteSpace.words(t, (start, end) -> {
                if (t.charAt(start) == TextCleanup.TATWEEL || t.charAt(end - 1) == TextCleanup.TATWEEL) {
                    tatweels[0]++;
                } else if (inside(t, TextCleanup.TATWEEL, start + 1, end)) {
                    tatweels[1]++;
                }
            });
            // both day-and-month-pair forms hold a slash
            if (line.indexOf('/') >= 0) {
                dayBefore += count(DAY_BEFORE_PAIR, line);
                dayAfter += count(DAY_AFTER_PAIR, line);
            }
        }
        return tatweels[0] == 0 && dayBefore >= dayAfter && (tatweels[1] > 0 || dayBefore > 0);
    }

    /** Whether {@code c} stands in {@code s} between {@code from} and {@code to}. */
    private static boolean inside(String s, char c, int from, int to) {
        int at = s.indexOf(c, from);
        return at >= 0 && at < to;
    }

    private static int count(Pattern p, String s) {
        Matcher m = p.matcher(s);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    /** The line with its chunks in reverse order, joined by one space, brackets mirrored; offsets kept. */
    OffsetText repair(OffsetText line) {
        String s = line.text();
        List<int[]> chunks = new ArrayList<>();
        Matcher gap = CHUNK_GAP.matcher(s);
        int start = 0;
        while (gap.find()) {
            addChunk(s, start, gap.start(), chunks);
            start = gap.end();
        }
        addChunk(s, start, s.length(), chunks);
        OffsetTextBuilder out = new OffsetTextBuilder();
        for (int c = chunks.size() - 1; c >= 0; c--) {
            int[] chunk = chunks.get(c);
            if (out.length() > 0) {
                out.append(' ', line.sourceOffset(chunk[1]));
            }
            for (int i = chunk[0]; i < chunk[1]; i++) {
                out.append(mirror(s.charAt(i)), line.sourceOffset(i));
            }
        }
        return out.build(line.sourceOffset(line.length()));
    }

    private static void addChunk(String s, int from, int to, List<int[]> chunks) {
        while (from < to && Character.isWhitespace(s.charAt(from))) {
            from++;
        }
        while (to > from && Character.isWhitespace(s.charAt(to - 1))) {
            to--;
        }
        if (to > from) {
            chunks.add(new int[] {from, to});
        }
    }

    private static char mirror(char c) {
        return switch (c) {
            case '(' -> ')';
            case ')' -> '(';
            case '[' -> ']';
            case ']' -> '[';
            default -> c;
        };
    }
}
