package org.unkg.extract.mandate;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.unkg.extract.rules.Alternation;
import org.unkg.extract.rules.RuleFiles;
import org.unkg.text.FoldedText;

/**
 * Reads the list that starts at a position of folded text: lettered ({@code (a)}, {@code a)}, {@code (أ)}),
 * numbered ({@code 1.}, {@code ١ -}), roman ({@code (i)}, {@code ii)}: never {@code I.}, the numbering of a document's
 * sections) or bulleted ({@code •}, {@code ::}, {@code -}) items, as the marker kinds of
 * {@code data/rules/common/list-markers.tsv} say; after a colon, items without markers ended by semicolons that all
 * open with the same lead word ("to ...; to ...; and to ..."); with no colon, a sentence's run of clauses that each open
 * with a {@code comma-lead} word ("will be to ..., to ... and to ...", "sera d'appuyer ..., de renforcer ... et de
 * promouvoir ..."). Lettered, numbered and roman items must run in order. An item ends
 * where the next begins; the last where its sentence ends. A list read within a limit (the items of an objective
 * inside the objective) never runs past it.
 */
public final class ListReader {
    private static final int MAX_ITEM = 2500;
    /** Marker patterns compiled on first use, per reader (the reader belongs to one context). */
    private final java.util.Map<String, Pattern> markers = new java.util.concurrent.ConcurrentHashMap<>();
    private static final int PARAGRAPH = 200;
    private static final Pattern BLANK_LINE = Pattern.compile("\n[ \t]*\n");
    /**
     * How an item that is not the last ends: a semicolon, perhaps with a word joining it to the next ({@code
     * item-joiner} of every language's mandate-cues.tsv: "; and", "؛ و").
     */
    private final Pattern itemEnd;
    private final List<Sequence> sequences = new ArrayList<>();
    private final List<String> bullets = new ArrayList<>();
    /** The forms of each lead word that opens every item of a list without markers ("to", "de d'"). */
    private final List<List<String>> leads = new ArrayList<>();
    /** A joining word opening the item after a semicolon ("; and to ..."): not part of the item. */
    private final Pattern leadingJoiner;
    /** The lead words whose items may also be separated by commas ({@code comma-lead}: "to"). */
    private final List<List<String>> commaLeads = new ArrayList<>();
    /** Per {@code comma-lead} row, the endings the word after it must have (an infinitive's: "er ir re"), or none. */
    private final List<List<String>> commaLeadEndings = new ArrayList<>();
    /** Words after a lead word that make it a preposition ({@code not-after-lead}: "to the Government"). */
    private final java.util.Set<String> notAfterLead = new java.util.HashSet<>();
    /** Where an item of a comma run may end: a comma or semicolon, perhaps with a joining word, or a joining word alone. */
    private final Pattern commaSeparator;

    /** One item: {@code [start, end)} of its text (marker excluded). */
    public record Item(int start, int end) {}

    /** Markers that run in order, and the shapes they are written in ({@code paren} "(a)", {@code dot} "a." "a)" "a -", {@code close} "a)"). */
    private record Sequence(List<String> markers, List<Shape> shapes) {}

    /** How a marker is written: {@code PAREN} "(a)", {@code DOT} "a." "a)" "a -", {@code CLOSE} "a)". */
    private enum Shape { PAREN, DOT, CLOSE }

    /** The reader over the list markers of {@code common/list-markers.tsv}. */
    ListReader(RuleFiles rules) {
        itemEnd = Pattern.compile("[;\u061B,]\\s*(?:" + Alternation.ofKind(rules.everyLanguage("mandate-cues.tsv"), "item-joiner", " ")
                + ")?$");
        leadingJoiner = Pattern.compile("(?:" + Alternation.ofKind(rules.everyLanguage("mandate-cues.tsv"), "item-joiner", " ")
                + ")\\s+");
        String joiners = Alternation.ofKind(rules.everyLanguage("mandate-cues.tsv"), "item-joiner", " ");
        commaSeparator = Pattern.compile("[,;\u061B]\\s*(?:(?:" + joiners + ")\\s+)?|\\s+(?:" + joiners + ")\\s+");
        for (String[] row : rules.common("list-markers.tsv")) {
            if (row.length < 2) {
                continue;
            }
            if (row[0].equals("comma-lead")) {
                commaLeads.add(List.of(FoldedText.fold(row[1]).split("\\s+")));
                commaLeadEndings.add(row.length >= 3 && !row[2].isBlank() ? List.of(FoldedText.fold(row[2]).split("\\s+")) : List.of());
            } else if (row[0].equals("not-after-lead")) {
                notAfterLead.add(FoldedText.fold(row[1]));
            } else if (row[0].equals("lead")) {
                leads.add(List.of(FoldedText.fold(row[1]).split("\\s+")));
            } else if (row[0].equals("bullet")) {
                bullets.add(FoldedText.fold(row[1]));
            } else {
                List<Shape> shapes = row[0].equals("roman") ? List.of(Shape.PAREN, Shape.CLOSE) : List.of(Shape.PAREN, Shape.DOT);
                sequences.add(new Sequence(List.of(FoldedText.fold(row[1]).split("\\s+")), shapes));
            }
        }
    }

    /** The items of the list whose first marker is the first thing at or after {@code from}; empty if none. */
    public List<Item> read(String text, int from) {
        return read(text, from, text.length());
    }

    /** As {@link #read(String, int)}, with no item running past {@code limit}. */
    public List<Item> read(String text, int from, int limit) {
        int pos = skip(text, from);
        if (pos >= limit) {
            return List.of();
        }
        for (Sequence seq : sequences) {
            for (Shape shape : seq.shapes()) {
                if (marker(text, pos, seq.markers().get(0), shape) > 0) {
                    return sequence(text, pos, limit, seq.markers(), shape);
                }
            }
        }
        for (String b : bullets) {
            if (text.startsWith(b, pos)) {
                return bulleted(text, pos, limit, b);
            }
        }
        return text.substring(from, pos).indexOf(':') >= 0 ? inline(text, pos, limit) : commaRun(text, pos, limit);
    }

    /**
     * A list written as a sentence's run of clauses, with no colon and no marker: items that each open with the same
     * {@code comma-lead} word, separated by commas, semicolons or a joining word ("will be to assist ..., to strengthen
     * ..., to support ... and to coordinate ..."), two at least; a lead word followed by a {@code not-after-lead} word
     * ("to the Government") is a preposition inside an item, not a new item.
     */
    private List<Item> commaRun(String text, int pos, int limit) {
        String lead = commaLeadAt(text, pos);
        if (lead == null) {
            return List.of();
        }
        int end = Math.min(limit, sentenceEnd(text, pos));
        List<Item> items = new ArrayList<>();
        int start = pos;
        Matcher sep = commaSeparator.matcher(text);
        sep.region(pos, end);
        while (sep.find()) {
            if (sep.end() >= end || !lead.equals(commaLeadAt(text, sep.end()))) {
                continue;
            }
            items.add(new Item(start, trimEnd(text, sep.start())));
            start = sep.end();
        }
        if (items.isEmpty()) {
            return List.of();
        }
        int last = trimEnd(text, end);
        if (last > start && text.charAt(last - 1) == '.') {
            last--;
        }
        items.add(new Item(start, last));
        return items;
    }

    /**
     * The {@code comma-lead} row (its first form) whose form stands at {@code pos} when an item's verb, not a
     * preposition's object, follows it (a form ending in an apostrophe, "d'", is followed by the word itself); else null.
     */
    private String commaLeadAt(String text, int pos) {
        for (int i = 0; i < commaLeads.size(); i++) {
            List<String> forms = commaLeads.get(i);
            List<String> endings = commaLeadEndings.get(i);
            for (String form : forms) {
                int after = pos + form.length();
                boolean elided = form.endsWith("'");
                if (!text.startsWith(form, pos) || after >= text.length()
                        || (elided ? !Character.isLetter(text.charAt(after)) : !Character.isWhitespace(text.charAt(after)))) {
                    continue;
                }
                int w = after;
                while (w < text.length() && Character.isWhitespace(text.charAt(w))) {
                    w++;
                }
                int e = w;
                while (e < text.length() && Character.isLetter(text.charAt(e))) {
                    e++;
                }
                String word = text.substring(w, e);
                if (e > w && !notAfterLead.contains(word) && (endings.isEmpty() || endings.stream().anyMatch(word::endsWith))) {
                    return forms.get(0);
                }
            }
        }
        return null;
    }

    /**
     * A list with no markers, after a colon, in one sentence: items ended by semicolons that each open with a form of
     * the same lead word ({@code lead} of {@code common/list-markers.tsv}: "The mandate of the Office will be: to carry
     * out ...; to cooperate ...; and to report ...", "aurait pour mandat : de créer ...; d'aider ..."), two at least.
     * A joining word after the semicolon ("; and to") is not part of the next item.
     */
    private List<Item> inline(String text, int pos, int limit) {
        int end = Math.min(limit, sentenceEnd(text, pos));
        List<String> lead = leadOf(text, pos);
        if (lead == null) {
            return List.of();
        }
        List<Item> items = new ArrayList<>();
        int start = pos;
        while (start < end) {
            int semi = start;
            while (semi < end && text.charAt(semi) != ';' && text.charAt(semi) != '\u061B') {
                semi++;
            }
            items.add(new Item(start, trimEnd(text, semi)));
            if (semi >= end) {
                break;
            }
            int next = skip(text, semi + 1);
            Matcher joiner = leadingJoiner.matcher(text);
            joiner.region(next, end);
            if (joiner.lookingAt()) {
                next = joiner.end();
            }
            if (!lead.equals(leadOf(text, next))) {
                return List.of();
            }
            start = next;
        }
        if (items.size() < 2) {
            return List.of();
        }
        Item last = items.get(items.size() - 1);
        if (last.end() > 0 && text.charAt(last.end() - 1) == '.') {
            items.set(items.size() - 1, new Item(last.start(), last.end() - 1));
        }
        return items;
    }

    /** The forms of the lead word (a {@code lead} row) the text at {@code pos} opens with, or null. */
    private List<String> leadOf(String text, int pos) {
        for (List<String> forms : leads) {
            for (String f : forms) {
                boolean elided = f.endsWith("'");
                if (text.startsWith(f, pos) && (elided ? pos + f.length() < text.length()
                        && Character.isLetter(text.charAt(pos + f.length()))
                        : pos + f.length() < text.length() && Character.isWhitespace(text.charAt(pos + f.length())))) {
                    return forms;
                }
            }
        }
        return null;
    }

    /**
     * The items of a list whose markers stand anywhere in their lines, as a visual-order repair leaves them
     * ("تعزيز الشراكة بين (أ) الأمم المتحدة ..."): the list starts on the line after {@code from} (nothing but a colon
     * may follow {@code from} on its line); each line holding the next marker (or the bullet) opens an item, other
     * lines go on with the current one, and the item whose text ends a sentence is the last. Empty if the first
     * line holds no first marker.
     */
    public List<Item> readByLines(String text, int from) {
        int lineEnd = text.indexOf('\n', from);
        if (lineEnd < 0 || !text.substring(from, lineEnd).replace(":", "").isBlank()) {
            return List.of();
        }
        List<Item> items = new ArrayList<>();
        List<String> seq = null;
        Shape shape = null;
        String bullet = null;
        int itemStart = -1;
        int lastEnd = -1;
        for (int start = lineEnd + 1; start < text.length(); ) {
            int end = text.indexOf('\n', start);
            end = end < 0 ? text.length() : end;
            int[] found = null;
            if (items.isEmpty() && itemStart < 0) {
                for (Sequence s : sequences) {
                    for (Shape sh : s.shapes()) {
                        int at = markerIn(text, start, end, s.markers().get(0), sh);
                        if (at >= 0 && found == null) {
                            found = new int[] {at};
                            seq = s.markers();
                            shape = sh;
                        }
                    }
                }
                for (String b : bullets) {
                    // a hyphen between spaces joins words in Arabic names ("غينيا - بيساو"): no bullet here
                    if (found == null && !b.equals("-") && bulletIn(text, start, end, b) >= 0) {
                        found = new int[] {start};
                        bullet = b;
                    }
                }
                if (found == null) {
                    return List.of();
                }
            } else {
                int n = items.size() + 1;
                boolean opens = bullet != null ? bulletIn(text, start, end, bullet) >= 0
                        : n < seq.size() && markerIn(text, start, end, seq.get(n), shape) >= 0;
                if (opens) {
                    found = new int[] {start};
                }
            }
            if (found != null) {
                if (itemStart >= 0) {
                    items.add(new Item(itemStart, trimEnd(text, lastEnd)));
                }
                itemStart = start;
            } else if (text.substring(start, end).isBlank()) {
                start = end + 1;
                continue;
            }
            lastEnd = end;
            if (text.substring(itemStart, end).strip().endsWith(".")) {
                items.add(new Item(itemStart, trimEnd(text, end)));
                return items;
            }
            start = end + 1;
        }
        return List.of();
    }

    /** Where marker {@code m} of {@code shape} stands in {@code [start, end)} after a space or the line start, or -1. */
    private int markerIn(String text, int start, int end, String m, Shape shape) {
        for (int p = start; p < end; p++) {
            if ((p == start || Character.isWhitespace(text.charAt(p - 1))) && marker(text, p, m, shape) > 0
                    && p + marker(text, p, m, shape) <= end) {
                return p;
            }
        }
        return -1;
    }

    private static int bulletIn(String text, int start, int end, String bullet) {
        for (int p = text.indexOf(bullet, start); p >= 0 && p < end; p = text.indexOf(bullet, p + 1)) {
            boolean before = p == start || Character.isWhitespace(text.charAt(p - 1));
            boolean after = p + bullet.length() >= end || Character.isWhitespace(text.charAt(p + bullet.length()));
            if (before && after) {
                return p;
            }
        }
        return -1;
    }

    private static int skip(String text, int from) {
        int p = from;
        while (p < text.length() && (Character.isWhitespace(text.charAt(p)) || text.charAt(p) == ':')) {
            p++;
        }
        return p;
    }

    /** Length of marker {@code m} at {@code pos} in the given shape, or 0. */
    private int marker(String text, int pos, String m, Shape shape) {
        Pattern p = markers.computeIfAbsent(shape + "\u0000" + m, k -> switch (shape) {
            case PAREN -> Pattern.compile("\\(\\s*" + Pattern.quote(m) + "\\s*\\)");
            case CLOSE -> Pattern.compile(Pattern.quote(m) + "\\)(?=\\s)");
            default -> Pattern.compile(Pattern.quote(m) + "(?:\\s*[.)]|\\s+-)(?=\\s)");
        });
        Matcher matcher = p.matcher(text);
        matcher.region(pos, Math.min(text.length(), pos + 8));
        return matcher.lookingAt() ? matcher.end() - pos : 0;
    }

    private List<Item> sequence(String text, int pos, int limit, List<String> seq, Shape shape) {
        List<Item> items = new ArrayList<>();
        int start = pos + marker(text, pos, seq.get(0), shape);
        for (int i = 1; ; i++) {
            int next = -1;
            int len = 0;
            if (i < seq.size()) {
                for (int p = start; p < Math.min(limit, start + MAX_ITEM); p++) {
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
            // the next marker is not this list's when a sentence ends before it and a new paragraph, or a long
            // text not ending as an item does, follows ("(d) ... in the country.\n\n I should be grateful ...
            // 97-26301 (E)" ends at (d)); an item may hold two sentences ("(a) To support X. This would include Y;")
            if (next >= 0) {
                int stop = sentenceStop(text, start, next);
                String rest = stop < 0 ? "" : text.substring(stop, next).strip();
                if (stop >= 0 && !itemEnd.matcher(rest).find()
                        && (BLANK_LINE.matcher(rest).find() || rest.length() > PARAGRAPH)) {
                    next = -1;
                }
            }
            if (next < 0) {
                items.add(new Item(start, Math.min(limit, sentenceEnd(text, start))));
                return items;
            }
            items.add(new Item(start, trimEnd(text, next)));
            start = next + len;
        }
    }

    private List<Item> bulleted(String text, int pos, int limit, String bullet) {
        List<Item> items = new ArrayList<>();
        int start = pos + bullet.length();
        while (true) {
            int next = -1;
            for (int p = start; p < Math.min(limit, start + MAX_ITEM); p++) {
                if (text.startsWith(bullet, p) && (p == 0 || Character.isWhitespace(text.charAt(p - 1)))
                        && p + bullet.length() < text.length() && Character.isWhitespace(text.charAt(p + bullet.length()))) {
                    next = p;
                    break;
                }
            }
            int end = Math.min(limit, sentenceEnd(text, start));
            // the next bullet may stand after a blank line and an indent ("•  ...;\n\n            •  ...", an annex)
            int gap = end;
            while (gap < Math.min(limit, text.length()) && Character.isWhitespace(text.charAt(gap))) {
                gap++;
            }
            if (next < 0 || next > Math.max(end + 3, gap)) {
                items.add(new Item(start, end));
                return items;
            }
            items.add(new Item(start, trimEnd(text, next)));
            start = next + bullet.length();
        }
    }

    /**
     * The position right after the first full stop in {@code [from, to)} that ends a sentence (followed by a space,
     * after a word of three letters or more, a digit or a closing bracket: not "e.g.", "No.", "U.N."), or -1.
     */
    private static int sentenceStop(String text, int from, int to) {
        for (int p = from; p < to; p++) {
            if (text.charAt(p) != '.' || p + 1 >= text.length() || !Character.isWhitespace(text.charAt(p + 1))) {
                continue;
            }
            int w = p;
            while (w > from && Character.isLetter(text.charAt(w - 1))) {
                w--;
            }
            char before = p > 0 ? text.charAt(p - 1) : ' ';
            if (p - w >= 3 || Character.isDigit(before) || before == ')' || before == ']') {
                return p + 1;
            }
        }
        return -1;
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
