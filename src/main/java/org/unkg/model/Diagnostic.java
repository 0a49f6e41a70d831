package org.unkg.model;

import java.util.regex.Pattern;

/**
 * Something an extractor could not read in a letter, for the analyst who must check it and the developer who sees
 * where the rules end: "no date", "an office named in an event but not resolved", "a task list with no owner".
 * Any extractor may add one with {@link LetterFacts#add(Diagnostic)}; the {@code diagnose} command lists them per
 * letter (besides the gaps it finds itself: a letter with no date, symbol, signatory, ...). A diagnostic is not a
 * fact: it never reaches the graph.
 *
 * <p>Codes are short kebab-case words naming the kind of gap, stable across versions so an analyst can filter on
 * them ({@code no-date}, {@code event-subject-unresolved}, {@code task-list-without-owner}); the detail says what,
 * in the words of the letter where possible (at most a line).
 *
 * @param code   the kind of gap, kebab-case ({@code [a-z][a-z0-9-]*})
 * @param detail what exactly, one line (may be empty)
 * @param span   the words concerned in the letter's body, or null when the gap is an absence
 */
public record Diagnostic(String code, String detail, Span span) {
    private static final Pattern CODE = Pattern.compile("[a-z][a-z0-9]*(?:-[a-z0-9]+)*");

    public Diagnostic {
        if (code == null || !CODE.matcher(code).matches()) {
            throw new IllegalArgumentException("diagnostic code must be kebab-case: " + code);
        }
        detail = detail == null ? "" : detail.replaceAll("\\s+", " ").strip();
    }

    /** A gap with no words to point at (something absent). */
    public static Diagnostic absent(String code, String detail) {
        return new Diagnostic(code, detail, null);
    }
}
