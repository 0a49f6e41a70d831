package org.unkg.ingest;

import java.text.Bidi;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Puts the glyphs of one line of a PDF page in reading (logical) order.
 *
 * <p>Where a glyph stands on the page is its <em>visual</em> order; the order the PDF draws glyphs in
 * (its content stream) is either the reading order or that visual order, depending on the program that
 * made the PDF, and may differ from line to line. Which one a line has is detected from its right-to-left
 * letters: drawn from right to left (each next glyph the left neighbour of the one before) the stream is
 * in reading order and is kept; drawn from left to right it is visual, and the line is put in reading
 * order by the Unicode bidirectional algorithm applied to the glyphs' visual sequence (runs of Arabic
 * reversed, numbers and Latin words inside them kept left to right, the base direction the line's
 * majority script), brackets in right-to-left runs mirrored when the file maps glyphs to the shapes they
 * show. Lines without right-to-left letters are read left to right.
 *
 * <p>Word spaces are the spaces the PDF draws and the gaps wider than {@link #WORD_GAP} of the font size
 * between glyphs; glyphs the PDF gives no text for (justification strokes) count for the gaps but add no
 * text. Bidi runs and mirroring work on whole glyphs, so a ligature such as lam-alef keeps its letters in
 * the order the PDF maps them to.
 */
final class LineOrder {
    /** A gap between two glyphs wider than this share of the font size is a word space. */
    static final double WORD_GAP = 0.2;

    private static final Map<String, String> MIRROR = mirrors("()[]{}<>«»‹›");

    /**
     * Left to right by the middle of each glyph: a glyph drawn with no advance over another (the alef of a
     * lam-alef some fonts draw as two glyphs) sorts by where it stands within it, not by its origin.
     */
    static final Comparator<Glyph> VISUAL = Comparator.comparingDouble((Glyph g) -> g.x() + g.width() / 2)
            .thenComparingInt(Glyph::index);

    /** The order a line's content stream came in. */
    enum StreamOrder {
        /** Right-to-left letters drawn in reading order. */
        LOGICAL,
        /** Right-to-left letters drawn left to right, as they stand on the page. */
        VISUAL,
        /** No right-to-left letters: nothing to detect. */
        LEFT_TO_RIGHT
    }

    /** A line's text in reading order and the stream order it was detected to have. */
    record Line(String text, StreamOrder order) {}

    private LineOrder() {}

    /** A unit of the visual sequence: an inked glyph or a word space. */
    private static final class Unit {
        final String text;
        final Glyph glyph;
        int level;

        Unit(String text, Glyph glyph) {
            this.text = text;
            this.glyph = glyph;
        }

        boolean isSpace() {
            return glyph == null;
        }
    }

    /**
     * The glyphs of one line (any order) as text in reading order.
     *
     * @param mirror whether brackets in right-to-left runs of a visual-order line are mirrored: right for a
     *               PDF that maps each glyph to the character its shape shows, wrong for one that maps it to
     *               the character typed (most do; {@link PdfTextExtractor} decides per file)
     */
    static Line read(List<Glyph> glyphs, boolean mirror) {
        List<Glyph> visual = new ArrayList<>(glyphs);
        visual.sort(VISUAL);
        List<Unit> units = visualUnits(visual);
        int rtl = 0;
        int ltr = 0;
        for (Unit u : units) {
            for (int i = 0; i < u.text.length(); i++) {
                byte d = Character.getDirectionality(u.text.charAt(i));
                if (d == Character.DIRECTIONALITY_RIGHT_TO_LEFT || d == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC) {
                    rtl++;
                } else if (d == Character.DIRECTIONALITY_LEFT_TO_RIGHT) {
                    ltr++;
                }
            }
        }
        if (rtl == 0) {
            return new Line(join(units), StreamOrder.LEFT_TO_RIGHT);
        }
        Map<Glyph, Integer> position = new HashMap<>();
        for (int i = 0; i < units.size(); i++) {
            if (!units.get(i).isSpace()) {
                position.put(units.get(i).glyph, i);
            }
        }
        List<Glyph> stream = new ArrayList<>(glyphs);
        stream.sort(Comparator.comparingInt(Glyph::index));
        if (streamIsLogical(stream, position)) {
            return new Line(fromStream(stream, units, position), StreamOrder.LOGICAL);
        }
        return new Line(fromVisual(units, rtl >= ltr, mirror), StreamOrder.VISUAL);
    }

    /** Inked glyphs in visual order with word spaces between them; glyphs without text only widen gaps. */
    private static List<Unit> visualUnits(List<Glyph> visual) {
        List<Unit> units = new ArrayList<>();
        double prevEnd = Double.NaN;
        boolean drawnSpace = false;
        for (Glyph g : visual) {
            if (g.isSpace()) {
                drawnSpace = true;
                continue;
            }
            if (!Double.isNaN(prevEnd) && !units.isEmpty() && !units.get(units.size() - 1).isSpace()
                    && (drawnSpace || g.x() - prevEnd > WORD_GAP * g.size())) {
                units.add(new Unit(" ", null));
            }
            drawnSpace = false;
            prevEnd = Double.isNaN(prevEnd) ? g.end() : Math.max(prevEnd, g.end());
            if (g.isInk()) {
                units.add(new Unit(g.text(), g));
            }
        }
        return units;
    }

    /**
     * Whether the stream draws the line's right-to-left letters in reading order: of the pairs of
     * right-to-left letters drawn one after the other that stand side by side, more go leftwards than
     * rightwards.
     */
    private static boolean streamIsLogical(List<Glyph> stream, Map<Glyph, Integer> position) {
        int leftwards = 0;
        int rightwards = 0;
        Glyph prev = null;
        for (Glyph g : stream) {
            if (!g.isInk()) {
                continue;
            }
            if (prev != null && isRtl(prev) && isRtl(g)) {
                int a = position.get(prev);
                int b = position.get(g);
                if (b == a - 1) {
                    leftwards++;
                } else if (b == a + 1) {
                    rightwards++;
                }
            }
            prev = g;
        }
        return leftwards > rightwards;
    }

    /** The line in stream order, with the spaces the stream draws and those of gaps between neighbours. */
    private static String fromStream(List<Glyph> stream, List<Unit> units, Map<Glyph, Integer> position) {
        StringBuilder out = new StringBuilder();
        Glyph prev = null;
        boolean drawnSpace = false;
        for (Glyph g : stream) {
            if (g.isSpace()) {
                drawnSpace = true;
                continue;
            }
            if (!g.isInk()) {
                continue;
            }
            if (prev != null) {
                int a = position.get(prev);
                int b = position.get(g);
                boolean gap = Math.abs(a - b) == 2 && units.get((a + b) / 2).isSpace();
                if (drawnSpace || gap) {
                    out.append(' ');
                }
            }
            drawnSpace = false;
            out.append(g.text());
            prev = g;
        }
        return collapse(out.toString());
    }

    /** The visual sequence put in reading order by the bidi algorithm, brackets in right-to-left runs mirrored. */
    private static String fromVisual(List<Unit> units, boolean rightToLeft, boolean mirror) {
        StringBuilder text = new StringBuilder();
        int[] starts = new int[units.size()];
        for (int i = 0; i < units.size(); i++) {
            starts[i] = text.length();
            text.append(units.get(i).text);
        }
        Bidi bidi = new Bidi(text.toString(), rightToLeft ? Bidi.DIRECTION_RIGHT_TO_LEFT : Bidi.DIRECTION_LEFT_TO_RIGHT);
        byte[] levels = new byte[units.size()];
        Unit[] ordered = units.toArray(new Unit[0]);
        for (int i = 0; i < ordered.length; i++) {
            ordered[i].level = bidi.getLevelAt(starts[i]);
            levels[i] = (byte) ordered[i].level;
        }
        Bidi.reorderVisually(levels, 0, ordered, 0, ordered.length);
        StringBuilder out = new StringBuilder();
        for (Unit u : ordered) {
            out.append(mirror && (u.level & 1) == 1 ? MIRROR.getOrDefault(u.text, u.text) : u.text);
        }
        return collapse(out.toString());
    }

    private static boolean isRtl(Glyph g) {
        byte d = Character.getDirectionality(g.text().charAt(0));
        return d == Character.DIRECTIONALITY_RIGHT_TO_LEFT || d == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC;
    }

    private static String join(List<Unit> units) {
        StringBuilder out = new StringBuilder();
        units.forEach(u -> out.append(u.text));
        return collapse(out.toString());
    }

    private static String collapse(String s) {
        return s.replaceAll(" {2,}", " ").strip();
    }

    private static Map<String, String> mirrors(String pairs) {
        Map<String, String> m = new HashMap<>();
        for (int i = 0; i + 1 < pairs.length(); i += 2) {
            String open = pairs.substring(i, i + 1);
            String close = pairs.substring(i + 1, i + 2);
            m.put(open, close);
            m.put(close, open);
        }
        return Map.copyOf(m);
    }
}
