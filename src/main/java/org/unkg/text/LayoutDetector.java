package org.unkg.text;

/**
 * Tells which {@link Layout} a letter's text comes in. A {@code %%%} first line is a UNBIS record; Arabic
 * text whose lines are in visual order is {@link Layout#VISUAL_PDF} even when it also has a
 * {@code Distr.: General} header; otherwise such a header near the top makes {@link Layout#DISTR_HEADER}.
 */
public final class LayoutDetector {
    /** How many non-blank lines from the top may hold the {@code Distr.:} line. */
    static final int HEADER_LINES = 15;

    private final VisualOrderDetector visual = new VisualOrderDetector();
    private final java.util.regex.Pattern distribution;

    /**
     * A detector whose {@code Distr.: General} line opens with one of {@code layoutWords} (the languages' layout
     * words, {@link LanguageProfile#layoutWords()}), case aside.
     */
    public LayoutDetector(java.util.Collection<String> layoutWords) {
        String words = layoutWords.stream().distinct().map(java.util.regex.Pattern::quote)
                .collect(java.util.stream.Collectors.joining("|"));
        this.distribution = java.util.regex.Pattern.compile("(?i)(?:" + (words.isEmpty() ? "(?!)" : words)
                + ")\\.?\\s*:\\s*\\p{L}+.*");
    }

    /** The layout of {@code text} (the decoded file). */
    public Layout detect(String text) {
        String[] lines = text.split("\n", -1);
        String first = "";
        for (String l : lines) {
            if (!l.isBlank()) {
                first = l.strip();
                break;
            }
        }
        if (first.startsWith("%%%")) {
            return Layout.UNBIS_ONE_LINE;
        }
        if (visual.isVisualOrder(text)) {
            return Layout.VISUAL_PDF;
        }
        int seen = 0;
        for (String l : lines) {
            String t = l.replace("\f", "").strip();
            if (t.isEmpty()) {
                continue;
            }
            if (distribution.matcher(t).matches()) {
                return Layout.DISTR_HEADER;
            }
            if (++seen >= HEADER_LINES) {
                break;
            }
        }
        return Layout.PLAIN;
    }
}
