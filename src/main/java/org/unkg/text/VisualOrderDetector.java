package org.unkg.text;

/**
 * Scores whether Arabic text is in visual (left-to-right) order, as PDF extraction leaves it. Strong signs,
 * which logical Arabic text does not show: a word starting with tatweel (the suffix of a justified word),
 * a {@code .} or {@code ،} glued to the start of an Arabic word, a line starting with {@code .}, and a
 * closing bracket before its opening one. A weak sign: a line that starts with whitespace and ends with an
 * Arabic letter, or that has a run of spaces inside (reversed chunks of a justified line). An indented line is also
 * what logical text with indented paragraphs shows, so indentation alone never makes visual order: the other signs
 * must outweigh the sign of logical order visual text does not show, a bracket opened before it is closed round
 * Arabic words ("(توقيع)").
 */
public final class VisualOrderDetector {
    static final double STRONG = 2.0;
    static final double WEAK = 0.5;
    /** Score per Arabic line above which the text is taken as visual order. */
    static final double THRESHOLD_PER_LINE = 0.15;
    /** Least total score for visual order, whatever the length. */
    static final double MIN_SCORE = 4.0;

    /** True when the text is Arabic in visual order. */
    public boolean isVisualOrder(String text) {
        double[] s = score(text);
        return s[1] > 0 && s[0] >= MIN_SCORE && s[0] / s[1] >= THRESHOLD_PER_LINE && s[0] - s[3] > s[2];
    }

    /** {score of visual order, number of Arabic lines, score of logical order, the part of the first from indentation}. */
    double[] score(String text) {
        double score = 0;
        double logical = 0;
        double indented = 0;
        int arabicLines = 0;
        for (String raw : text.split("\n")) {
            String line = raw.replace("\f", "");
            if (!isArabicLine(line)) {
                continue;
            }
            arabicLines++;
            score += lineScore(line);
            logical += logicalScore(line);
            indented += indentScore(line);
        }
        return new double[] {score, arabicLines, logical, indented};
    }

    /** The evidence of logical order in one line: a bracket opened before it is closed round Arabic words. */
    double logicalScore(String line) {
        String t = line.strip();
        int open = t.indexOf('(');
        int close = t.indexOf(')');
        return open >= 0 && close > open + 1 && isArabicLetter(t.charAt(open + 1)) ? STRONG : 0;
    }

    /** The weak sign an indented line gives: it starts with whitespace and ends with an Arabic letter. */
    static double indentScore(String line) {
        String t = line.strip();
        return !line.isEmpty() && Character.isWhitespace(line.charAt(0)) && !t.isEmpty()
                && isArabicLetter(t.charAt(t.length() - 1)) ? WEAK : 0;
    }

    /** The evidence of visual order in one line. */
    double lineScore(String line) {
        String t = line.strip();
        double[] words = new double[1];
        WhiteSpace.words(t, (start, end) -> {
            int k = start;
            while (k < end && t.charAt(k) == TextCleanup.TATWEEL) {
                k++;
            }
            if (k > start && k < end && isArabicLetter(t.charAt(k))) {
                words[0] += STRONG;
            }
            if (end - start > 1 && (t.charAt(start) == '.' || t.charAt(start) == '\u060C') && isArabicLetter(t.charAt(start + 1))) {
                words[0] += STRONG;
            }
        });
        double s = words[0];
        if (t.startsWith(". ") || t.equals(".")) {
            s += STRONG;
        }
        int close = t.indexOf(')');
        int open = t.indexOf('(');
        if (close >= 0 && open > close) {
            s += STRONG;
        }
        s += indentScore(line);
        if (t.contains("   ")) {
            s += WEAK;
        }
        return s;
    }

    static boolean isArabicLine(String line) {
        int arabic = 0;
        int letters = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (Character.isLetter(c)) {
                letters++;
                if (isArabicLetter(c)) {
                    arabic++;
                }
            }
        }
        return letters >= 3 && arabic * 2 >= letters;
    }

    static boolean isArabicLetter(char c) {
        return (c >= '\u0620' && c <= '\u064A') || (c >= '\u066E' && c <= '\u06D3') || c == '\u06D5'
                || (c >= '\u06FA' && c <= '\u06FC') || TextCleanup.isPresentationForm(c);
    }
}
