package org.unkg.extract.mandate;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.unkg.extract.rules.RuleFiles;
import org.unkg.text.FoldedText;

/**
 * Reads the list that starts at a position of folded text: lettered ({@code (a)}, {@code (أ)}), numbered
 * ({@code 1.}, {@code ١ -}) or bulleted ({@code •}, {@code ::}, {@code -}) items, as the marker kinds of
 * {@code data/rules/mandates/markers.tsv} say. Lettered and numbered items must run in order. The last item
 * ends where its sentence ends.
 */
public final class ListReader {
    private static final int MAX_ITEM = 2500;
    private final List<List<String>> sequences = new ArrayList<>();
    private final List<String> bullets = new ArrayList<>();

    /** One item: {@code [start, end)} of its text (marker excluded). */
    public record Item(int start, int end) {}

    /** The reader over the list markers of {@code mandates/markers.tsv}. */
    ListReader(RuleFiles rules) {
        for (String[] row : rules.rows("mandates/markers.tsv")) {
            if (row.length < 2) {
                continue;
            }
            if (row[0].equals("bullet")) {
                bullets.add(row[1]);
            } else {
                sequences.add(List.of(FoldedText.fold(row[1]).split("\\s+")));
            }
        }
    }

    /** The items of the list whose first marker is the first thing at or after {@code from}; empty if none. */
    public List<Item> read(String text, int from) {
        int pos = skip(text, from);
        for (List<String> seq : sequences) {
            for (String shape : List.of("paren", "dot")) {
                if (marker(text, pos, seq.get(0), shape) > 0) {
                    return sequence(text, pos, seq, shape);
                }
            }
        }
        for (String b : bullets) {
            if (text.startsWith(b, pos)) {
                return bulleted(text, pos, b);
            }
        }
        return List.of();
    }

    private static int skip(String text, int from) {
        int p = from;
        while (p < text.length() && (Character.isWhitespace(text.charAt(p)) || text.charAt(p) == ':')) {
            p++;
        }
        return p;
    }

    /** Length of marker {@code m} at {@code pos} in the given shape, or 0. */
    private static int marker(String text, int pos, String m, String shape) {
        Pattern p = shape.equals("paren")
                ? Pattern.compile("\\(\\s*" + Pattern.quote(m) + "\\s*\\)")
                : Pattern.compile(Pattern.quote(m) + "(?:\\s*[.)]|\\s+-)(?=\\s)");
        Matcher matcher = p.matcher(text);
        matcher.region(pos, Math.min(text.length(), pos + 8));
        return matcher.lookingAt() ? matcher.end() - pos : 0;
    }

    private List<Item> sequence(String text, int pos, List<String> seq, String shape) {
        List<Item> items = new ArrayList<>();
        int start = pos + marker(text, pos, seq.get(0), shape);
        for (int i = 1; ; i++) {
            int next = -1;
            int len = 0;
            if (i < seq.size()) {
                for (int p = start; p < Math.min(text.length(), start + MAX_ITEM); p++) {
                    if (p > 0 && !Character.isWhitespace(text.charAt(p - 1))) {
                        continue;
                    }
                    len = marker(text, p, seq.get(i), shape);
                    if (len > 0) {
                        next = p;
                        break;
                    }
                }
            }
            if (next < 0) {
                items.add(new Item(start, sentenceEnd(text, start)));
                return items;
            }
            items.add(new Item(start, trimEnd(text, next)));
            start = next + len;
        }
    }

    private List<Item> bulleted(String text, int pos, String bullet) {
        List<Item> items = new ArrayList<>();
        int start = pos + bullet.length();
        while (true) {
            int next = -1;
            for (int p = start; p < Math.min(text.length(), start + MAX_ITEM); p++) {
                if (text.startsWith(bullet, p) && (p == 0 || Character.isWhitespace(text.charAt(p - 1)))
                        && p + bullet.length() < text.length() && Character.isWhitespace(text.charAt(p + bullet.length()))) {
                    next = p;
                    break;
                }
            }
            int end = sentenceEnd(text, start);
            if (next < 0 || next > end + 3) {
                items.add(new Item(start, end));
                return items;
            }
            items.add(new Item(start, trimEnd(text, next)));
            start = next + bullet.length();
        }
    }

    /** End of the sentence starting at {@code start}: after a full stop followed by space, or a blank line. */
    private static int sentenceEnd(String text, int start) {
        for (int p = start; p < text.length(); p++) {
            char c = text.charAt(p);
            if (c == '.' && (p + 1 >= text.length() || Character.isWhitespace(text.charAt(p + 1)))) {
                return p + 1;
            }
            if (c == '\n' && p + 1 < text.length() && text.indexOf('\n', p + 1) >= 0
                    && text.substring(p + 1, text.indexOf('\n', p + 1)).isBlank() && p > start + 1) {
                return p;
            }
        }
        return text.length();
    }

    private static int trimEnd(String text, int end) {
        int e = end;
        while (e > 0 && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        return e;
    }
}
