package org.unkg.ingest;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The text of one PDF page from its glyphs, laid out as a PDF-to-text tool lays it out: lines from top to
 * bottom (header first, footer last), each in reading order ({@link LineOrder}), a blank line where the
 * space between two lines is clearly more than the page's line pitch (a new paragraph), and the parts of
 * a line separated by a wide gap (a block of the header set apart from another) on lines of their own.
 */
final class PageText {
    /** Glyphs whose baselines differ by less than this share of the font size stand on one line. */
    static final double SAME_LINE = 0.4;
    /** A gap wider than this many font sizes separates two blocks of one line. */
    static final double BLOCK_GAP = 3.0;
    /** Space between lines beyond the page's line pitch, in font sizes, that marks a new paragraph. */
    static final double PARAGRAPH_GAP = 0.35;

    /** What was read from the page: its text and how many of its lines came in each stream order. */
    record Page(String text, int logicalLines, int visualLines) {}

    private record Row(List<Glyph> glyphs, double y, double size) {}

    private PageText() {}

    /** The page's text (lines separated by LF, no trailing line end); {@code mirror} as for {@link LineOrder#read}. */
    static Page read(List<Glyph> glyphs, boolean mirror) {
        List<Row> rows = rows(glyphs);
        List<Double> pitches = new ArrayList<>();
        for (int i = 1; i < rows.size(); i++) {
            pitches.add(rows.get(i).y() - rows.get(i - 1).y());
        }
        pitches.sort(null);
        // the pitch of lines within a paragraph: a low quantile, as paragraph gaps and headers only widen it
        double pitch = pitches.isEmpty() ? 0 : pitches.get(pitches.size() / 4);
        StringBuilder out = new StringBuilder();
        int logical = 0;
        int visual = 0;
        Row prev = null;
        for (Row row : rows) {
            List<LineOrder.Line> blocks = new ArrayList<>();
            for (List<Glyph> block : blocks(row)) {
                LineOrder.Line line = LineOrder.read(block, mirror);
                if (!line.text().isEmpty()) {
                    blocks.add(line);
                }
            }
            if (blocks.isEmpty()) {
                continue;
            }
            if (rightToLeft(blocks)) {
                java.util.Collections.reverse(blocks);
            }
            if (prev != null) {
                out.append('\n');
                if (row.y() - prev.y() - pitch > PARAGRAPH_GAP * Math.max(row.size(), prev.size())) {
                    out.append('\n');
                }
            }
            for (int i = 0; i < blocks.size(); i++) {
                LineOrder.Line line = blocks.get(i);
                out.append(i > 0 ? "\n" : "").append(line.text());
                if (line.order() == LineOrder.StreamOrder.LOGICAL) {
                    logical++;
                } else if (line.order() == LineOrder.StreamOrder.VISUAL) {
                    visual++;
                }
            }
            prev = row;
        }
        return new Page(out.toString(), logical, visual);
    }

    /** Glyphs grouped into lines by baseline, top to bottom. */
    private static List<Row> rows(List<Glyph> glyphs) {
        List<Glyph> byY = new ArrayList<>(glyphs);
        byY.sort(Comparator.comparingDouble(Glyph::y).thenComparingDouble(Glyph::x));
        List<Row> rows = new ArrayList<>();
        List<Glyph> current = new ArrayList<>();
        double y = 0;
        double size = 0;
        for (Glyph g : byY) {
            if (!current.isEmpty() && Math.abs(g.y() - y) > SAME_LINE * Math.max(size, g.size())) {
                rows.add(new Row(current, y, size));
                current = new ArrayList<>();
            }
            if (current.isEmpty()) {
                y = g.y();
                size = g.size();
            } else if (g.isInk()) {
                size = Math.max(size, g.size());
            }
            current.add(g);
        }
        if (!current.isEmpty()) {
            rows.add(new Row(current, y, size));
        }
        return rows;
    }

    /** The blocks of a line, left to right: runs of glyphs without a gap wider than {@link #BLOCK_GAP} font sizes. */
    private static List<List<Glyph>> blocks(Row row) {
        List<Glyph> byX = new ArrayList<>(row.glyphs());
        byX.sort(LineOrder.VISUAL);
        List<List<Glyph>> blocks = new ArrayList<>();
        List<Glyph> current = new ArrayList<>();
        double end = Double.NaN;
        for (Glyph g : byX) {
            if (!g.isInk()) {
                current.add(g);
                continue;
            }
            if (!Double.isNaN(end) && g.x() - end > BLOCK_GAP * Math.max(g.size(), row.size() / 2)) {
                blocks.add(current);
                current = new ArrayList<>();
            }
            current.add(g);
            end = Double.isNaN(end) ? g.end() : Math.max(end, g.end());
        }
        if (!current.isEmpty()) {
            blocks.add(current);
        }
        return blocks;
    }

    /** Whether most of the line's letters are right-to-left (its blocks then read from the right). */
    private static boolean rightToLeft(List<LineOrder.Line> blocks) {
        int rtl = 0;
        int ltr = 0;
        for (LineOrder.Line b : blocks) {
            for (int i = 0; i < b.text().length(); i++) {
                byte d = Character.getDirectionality(b.text().charAt(i));
                if (d == Character.DIRECTIONALITY_RIGHT_TO_LEFT || d == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC) {
                    rtl++;
                } else if (d == Character.DIRECTIONALITY_LEFT_TO_RIGHT) {
                    ltr++;
                }
            }
        }
        return rtl > ltr;
    }
}
