package org.unkg.ingest;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.unkg.text.LetterReadException;
import org.unkg.text.LetterReader;

/**
 * The registry of letter formats: which {@link LetterFormat} a file is (by its extension) and which
 * {@link TextExtractor} reads it, in the manner of Jena RIOT's language registry. A file whose extension
 * no format claims is read as {@link LetterFormat#TEXT}, as letters always were.
 */
public final class LetterFormats {
    private final Map<LetterFormat, TextExtractor> extractors = new LinkedHashMap<>();

    private LetterFormats() {}

    /** An empty registry. */
    public static LetterFormats empty() {
        return new LetterFormats();
    }

    /** Text, PDF (PDFBox), .docx and .doc (Apache POI). */
    public static LetterFormats defaults() {
        return new LetterFormats()
                .register(LetterFormat.TEXT, LetterFormats::plainText)
                .register(LetterFormat.PDF, new PdfTextExtractor())
                .register(LetterFormat.DOCX, new DocxTextExtractor())
                .register(LetterFormat.DOC, new DocTextExtractor());
    }

    /** Adds or replaces the extractor of {@code format}; returns this registry. */
    public LetterFormats register(LetterFormat format, TextExtractor extractor) {
        extractors.put(format, extractor);
        return this;
    }

    /** The registered formats, text first. */
    public List<LetterFormat> formats() {
        return new ArrayList<>(extractors.keySet());
    }

    /** The format of a file called {@code fileName}: the first registered whose extension it has, else text. */
    public LetterFormat formatOf(String fileName) {
        for (LetterFormat f : extractors.keySet()) {
            if (f != LetterFormat.TEXT && f.matches(fileName)) {
                return f;
            }
        }
        return LetterFormat.TEXT;
    }

    /** The extractor of {@code format}. */
    public TextExtractor extractor(LetterFormat format) {
        TextExtractor e = extractors.get(format);
        if (e == null) {
            throw new IllegalArgumentException("no reader registered for " + format.name());
        }
        return e;
    }

    /** UTF-8 text: the text layer's own strict decoding (BOM, line ends, empty and binary files refused). */
    static String plainText(String name, byte[] bytes) throws LetterReadException {
        try {
            return LetterReader.decode(Path.of(name), bytes);
        } catch (LetterReadException e) {
            throw new LetterReadException(name, e.problem());
        }
    }
}
