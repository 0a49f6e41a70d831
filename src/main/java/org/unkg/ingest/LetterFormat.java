package org.unkg.ingest;

import java.util.List;
import java.util.Locale;

/**
 * A kind of letter file: a name, its media type and the file name extensions it comes with. The formats
 * unkg reads are {@link #TEXT}, {@link #PDF}, {@link #DOCX} and {@link #DOC}; {@link LetterFormats} maps
 * each to the {@link TextExtractor} that takes its text out.
 */
public record LetterFormat(String name, String mediaType, List<String> extensions) {
    /** UTF-8 text, as a PDF-to-text tool or a transcript gives it; also any file whose extension no format claims. */
    public static final LetterFormat TEXT = new LetterFormat("text", "text/plain", List.of("txt", "text"));
    /** A PDF with a text layer. */
    public static final LetterFormat PDF = new LetterFormat("PDF", "application/pdf", List.of("pdf"));
    /** A Word document (Office Open XML). */
    public static final LetterFormat DOCX = new LetterFormat("Word (.docx)",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document", List.of("docx"));
    /** A Word 97-2003 document. */
    public static final LetterFormat DOC = new LetterFormat("Word 97-2003 (.doc)", "application/msword", List.of("doc"));

    public LetterFormat {
        extensions = List.copyOf(extensions);
    }

    /** Whether {@code fileName} ends with one of this format's extensions (case-insensitive). */
    public boolean matches(String fileName) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        return extensions.stream().anyMatch(e -> lower.endsWith("." + e));
    }
}
