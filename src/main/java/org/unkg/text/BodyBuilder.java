package org.unkg.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Builds a letter's reading text from its original: page furniture dropped (form feeds, job numbers,
 * barcodes, page numbers, the document symbol repeated as a running header after the first page), visual
 * order repaired line by line for {@link Layout#VISUAL_PDF} (lines that continue a sentence joined with a
 * space), characters cleaned by {@link TextCleanup}. Other layouts keep their line breaks.
 */
final class BodyBuilder {
    private final PageFurniture furniture = PageFurniture.defaults();
    private final VisualOrderRepair repair = new VisualOrderRepair();

    /** One line of the original, form feeds removed, mapped to original offsets. */
    record Line(OffsetText text, int start, int end, boolean pageBreak) {
    }

    OffsetText build(String original, Layout layout) {
        List<Line> lines = keptLines(original);
        OffsetTextBuilder out = new OffsetTextBuilder();
        boolean visual = layout == Layout.VISUAL_PDF;
        int pendingNewlines = 0;
        int pendingOffset = 0;
        for (Line line : lines) {
            OffsetText text = line.text();
            if (visual) {
                text = repair.repair(text);
            }
            text = TextCleanup.clean(text);
            text = stripTrailing(text);
            if (text.text().isBlank()) {
                if (out.length() > 0) {
                    pendingNewlines = 2;
                    pendingOffset = line.start();
                }
                continue;
            }
            if (out.length() > 0) {
                if (pendingNewlines == 0) {
                    pendingNewlines = visual && continues(out, text.text()) ? 0 : 1;
                    pendingOffset = line.start() > 0 ? line.start() - 1 : 0;
                    if (pendingNewlines == 0) {
                        out.append(' ', pendingOffset);
                    }
                }
                for (int k = 0; k < pendingNewlines; k++) {
                    out.append('\n', pendingOffset);
                }
            }
            pendingNewlines = 0;
            int from = visual ? firstNonSpace(text.text()) : 0;
            out.append(text, from, text.length());
        }
        return out.build(original.length());
    }

    /** Lines that are letter text, furniture dropped. */
    List<Line> keptLines(String original) {
        List<Line> kept = new ArrayList<>();
        boolean afterFirstPage = false;
        String firstSymbol = null;
        int start = 0;
        while (start <= original.length()) {
            int nl = original.indexOf('\n', start);
            int end = nl < 0 ? original.length() : nl;
            OffsetTextBuilder b = new OffsetTextBuilder();
            boolean pageBreak = false;
            for (int i = start; i < end; i++) {
                char c = original.charAt(i);
                if (c == '\f') {
                    pageBreak = true;
                } else {
                    b.append(c, i);
                }
            }
            OffsetText text = b.build(original.length());
            if (pageBreak && !text.text().isBlank() && !kept.isEmpty()) {
                afterFirstPage = true;
            }
            PageFurniture.Kind kind = furniture.classify(text.text());
            boolean drop = false;
            if (kind == PageFurniture.Kind.JOB || kind == PageFurniture.Kind.BARCODE || kind == PageFurniture.Kind.PAGE) {
                drop = true;
                afterFirstPage = true;
            } else if (kind == PageFurniture.Kind.SYMBOL) {
                String symbol = text.text().strip();
                drop = afterFirstPage && (firstSymbol == null || firstSymbol.equals(symbol));
                if (firstSymbol == null && !afterFirstPage) {
                    firstSymbol = symbol;
                }
            }
            if (!drop) {
                kept.add(new Line(text, start, end, pageBreak));
            }
            if (nl < 0) {
                break;
            }
            start = nl + 1;
        }
        return kept;
    }

    /** Whether a visual-order line continues the sentence the text so far ends in. */
    private static boolean continues(OffsetTextBuilder out, String next) {
        int i = out.length() - 1;
        while (i >= 0 && out.charAt(i) == ' ') {
            i--;
        }
        if (i < 0) {
            return false;
        }
        char last = out.charAt(i);
        if (last == '.' || last == ':' || last == '\u061B' || last == '\u061F' || last == '!' || last == ';') {
            return false;
        }
        String n = next.strip();
        return !(n.startsWith("•") || n.startsWith("- ") || n.matches("^\\p{Nd}{1,2}\\s*[-.)].*") || n.matches("^\\(\\p{L}\\).*"));
    }

    private static int firstNonSpace(String s) {
        int i = 0;
        while (i < s.length() && s.charAt(i) == ' ') {
            i++;
        }
        return i;
    }

    private static OffsetText stripTrailing(OffsetText t) {
        int end = t.length();
        while (end > 0 && Character.isWhitespace(t.text().charAt(end - 1))) {
            end--;
        }
        if (end == t.length()) {
            return t;
        }
        return new OffsetTextBuilder().append(t, 0, end).build(t.sourceOffset(t.length()));
    }
}
