package org.unkg.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Builds a letter's reading text from its original: page furniture dropped (form feeds, job numbers,
 * barcodes, page numbers, the document symbol repeated as a running header after the first page), visual
 * order repaired line by line for {@link Layout#VISUAL_PDF} ({@link VisualOrderRepair} for a PDF's runs and split
 * words, {@link ChunkOrderRepair} for lines whose chunks keep their words in order; lines that continue a
 * sentence joined with a space), characters cleaned by {@link TextCleanup}. Other layouts keep their line breaks.
 */
final class BodyBuilder {
    private final PageFurniture furniture;
    private final VisualOrderRepair repair = new VisualOrderRepair();
    private final ChunkOrderRepair chunkRepair = new ChunkOrderRepair();
    private final LexiconRepair lexiconRepair;
    private final Lexicon lexicon;
    private final GluedRoleWords glued;
    /** A visual line shorter than this share of the median line length ends its paragraph. */
    static final double SHORT_LINE = 0.6;

    /** A builder that drops {@code furniture} and whose visual-order repair is guided by {@code lexicon}. */
    BodyBuilder(Lexicon lexicon, PageFurniture furniture) {
        this(lexicon, furniture, new GluedRoleWords(List.of(), lexicon.structure()));
    }

    /** A builder as above that also splits role words glued to the word after them ({@link GluedRoleWords}). */
    BodyBuilder(Lexicon lexicon, PageFurniture furniture, GluedRoleWords glued) {
        this.glued = glued;
        this.furniture = furniture;
        this.lexiconRepair = new LexiconRepair(lexicon);
        this.lexicon = lexicon;
    }

    /** One line of the original, form feeds removed, mapped to original offsets. */
    record Line(OffsetText text, int start, int end, boolean pageBreak) {
    }

    OffsetText build(String original, Layout layout) {
        List<Line> lines = keptLines(original);
        return layout == Layout.VISUAL_PDF ? buildVisual(lines, original.length()) : buildLines(lines, original.length());
    }

    /** Logical-order text: lines kept as they are, runs of blank lines made one. */
    private OffsetText buildLines(List<Line> lines, int sourceLength) {
        // at most the original's characters (furniture dropped, blank runs made one): no growing copies
        OffsetTextBuilder out = new OffsetTextBuilder(sourceLength + 1);
        int blank = 0;
        for (Line line : lines) {
            OffsetText text = glued.split(stripTrailing(TextCleanup.clean(line.text())), lexicon);
            if (text.text().isBlank()) {
                blank++;
                continue;
            }
            if (out.length() > 0) {
                int nl = Math.max(0, line.start() - 1);
                out.append('\n', nl);
                if (blank > 0) {
                    out.append('\n', nl);
                }
            }
            blank = 0;
            out.append(text, 0, text.length());
        }
        return out.build(sourceLength);
    }

    /**
     * Visual-order text: each line repaired; a line that continues a sentence is joined to the previous one
     * with a space (blank lines between them do not matter: such PDFs are often double-spaced); a new line
     * starts after sentence-final punctuation, after a line much shorter than the others (a title or the
     * last line of a paragraph) and before a list item.
     */
    private OffsetText buildVisual(List<Line> lines, int sourceLength) {
        List<OffsetText> repaired = new ArrayList<>();
        List<Integer> starts = new ArrayList<>();
        List<Integer> lengths = new ArrayList<>();
        boolean wholeWords = ChunkOrderRepair.applies(lines.stream().map(l -> l.text().text()).toList());
        Lexicon known = wholeWords ? lexicon : lexicon.plusWords(letterWords(lines, LexiconRepair.LETTER_WORD_MIN_COUNT));
        Lexicon joinable = wholeWords ? lexicon : lexicon.plusWords(letterWords(lines, 1));
        for (Line line : lines) {
            OffsetText text = stripTrailing(TextCleanup.clean(wholeWords ? chunkRepair.repair(line.text())
                    : repair.repair(line.text(), known, joinable)));
            int from = firstNonSpace(text.text());
            if (from == text.length()) {
                continue;
            }
            repaired.add(new OffsetTextBuilder().append(text, from, text.length()).build(sourceLength));
            starts.add(line.start());
        }
        if (!wholeWords) {
            repaired = lexiconRepair.repair(repaired);
        }
        if (!glued.isEmpty()) {
            repaired = repaired.stream().map(t -> glued.split(t, lexicon)).toList();
        }
        for (OffsetText text : repaired) {
            lengths.add(text.length());
        }
        List<Integer> sorted = new ArrayList<>(lengths);
        sorted.sort(null);
        int median = sorted.isEmpty() ? 0 : sorted.get(sorted.size() / 2);
        OffsetTextBuilder out = new OffsetTextBuilder();
        for (int i = 0; i < repaired.size(); i++) {
            OffsetText text = repaired.get(i);
            if (i > 0) {
                int joint = Math.max(0, starts.get(i) - 1);
                boolean shortPrev = lengths.get(i - 1) < SHORT_LINE * median;
                out.append(!shortPrev && continues(out, text.text()) ? ' ' : '\n', joint);
            }
            out.append(text, 0, text.length());
        }
        return out.build(sourceLength);
    }

    /**
     * Words the letter itself uses at least {@code minCount} times (tatweel dropped,
     * {@link LexiconRepair#LETTER_WORD_MIN_LENGTH} letters or more) inside a chunk, not at its edges where the
     * halves of split words stand: known words even when no list has them.
     */
    private static List<String> letterWords(List<Line> lines, int minCount) {
        java.util.Map<String, Integer> counts = new java.util.HashMap<>();
        for (Line line : lines) {
            String[] chunks = line.text().text().strip().split("\\s{2,}|\t");
            for (String chunk : chunks) {
                String[] tokens = WhiteSpace.split(chunk.strip());
                for (int i = 1; i + 1 < tokens.length; i++) {
                    String f = Lexicon.fold(tokens[i]);
                    if (f.length() >= LexiconRepair.LETTER_WORD_MIN_LENGTH) {
                        counts.merge(f, 1, Integer::sum);
                    }
                }
            }
        }
        List<String> out = new ArrayList<>();
        counts.forEach((w, n) -> {
            if (n >= minCount) {
                out.add(w);
            }
        });
        return out;
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
            boolean pageBreak = original.lastIndexOf('\f', end - 1) >= start;
            OffsetText text = pageBreak ? withoutFormFeeds(original, start, end) : OffsetText.range(original, start, end);
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

    /** Characters {@code [start, end)} of {@code original} but its form feeds, each mapped to its offset. */
    private static OffsetText withoutFormFeeds(String original, int start, int end) {
        OffsetTextBuilder b = new OffsetTextBuilder(end - start);
        for (int i = start; i < end; i++) {
            char c = original.charAt(i);
            if (c != '\f') {
                b.append(c, i);
            }
        }
        return b.build(original.length());
    }

    /** A list item's number or letter opening a line (compiled once: asked of every visual line). */
    private static final java.util.regex.Pattern NUMBERED = java.util.regex.Pattern.compile("^\\p{Nd}{1,2}\\s*[-.)].*");
    private static final java.util.regex.Pattern LETTERED = java.util.regex.Pattern.compile("^\\(\\p{L}\\).*");

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
        return !(n.startsWith("•") || n.startsWith("- ") || NUMBERED.matcher(n).matches() || LETTERED.matcher(n).matches());
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
