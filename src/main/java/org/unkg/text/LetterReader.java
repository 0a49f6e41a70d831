package org.unkg.text;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads a letter file as it comes (UTF-8 text from a PDF extraction, a UNBIS record or a clean transcript)
 * and gives a {@link LetterText}: the decoded original, the reading body with offsets mapped back, the
 * matching form, the layout and the language.
 *
 * <p>The original is the file decoded as strict UTF-8 with a byte-order mark dropped and CRLF/CR line ends
 * made LF; every offset in the letter refers to that text. Files that are empty, binary or not UTF-8 are
 * refused with a {@link LetterReadException} naming the file and the problem.
 */
public final class LetterReader {
    private static final Logger LOG = LoggerFactory.getLogger(LetterReader.class);

    private final LayoutDetector layouts;
    private final BodyBuilder bodies;
    private final LanguageDetector languages;

    /**
     * A reader for the languages of {@code profiles} (their scripts, stop words and layout words), whose repair of
     * visual-order Arabic PDF extractions knows the words and phrases of {@code lexicon} (the general word list and the
     * catalog's Arabic labels), and which drops {@code furniture}. Immutable: one reader serves every thread.
     */
    public LetterReader(List<LanguageProfile> profiles, Lexicon lexicon, PageFurniture furniture) {
        this(profiles, lexicon, furniture, List.of());
    }

    /**
     * A reader as above that also splits the role words {@code gluedRoleWords} (the first words of Arabic role and title
     * phrases) where the text glues them to the word after them ({@code رئيسالوزراء}: {@link GluedRoleWords}).
     */
    public LetterReader(List<LanguageProfile> profiles, Lexicon lexicon, PageFurniture furniture,
            java.util.Collection<String> gluedRoleWords) {
        this.layouts = new LayoutDetector(profiles.stream().flatMap(p -> p.layoutWords().stream()).toList());
        this.bodies = new BodyBuilder(lexicon, furniture, new GluedRoleWords(gluedRoleWords, lexicon.structure()));
        this.languages = new LanguageDetector(profiles);
    }

    /** Reads {@code file}. */
    public LetterText read(Path file) throws LetterReadException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new LetterReadException(file, "cannot be read (" + e.getMessage() + ")");
        }
        return read(file, bytes);
    }

    /** Reads a letter given as bytes; {@code fileName} names it in the result and in errors. */
    public LetterText read(String fileName, byte[] bytes) throws LetterReadException {
        return read(Path.of(fileName), bytes);
    }

    private LetterText read(Path file, byte[] bytes) throws LetterReadException {
        return fromOriginal(file.getFileName().toString(), decode(file, bytes));
    }

    /**
     * Reads a letter whose text a format reader has already taken out of its file (a PDF's text layer, a
     * Word document's paragraphs): lines separated by LF, pages by form feeds. {@code source} names the
     * letter (its path relative to the letters folder); the text then goes through the same layout
     * detection and repair as a text file's.
     */
    public LetterText readText(String source, String text) throws LetterReadException {
        String original = text.replace("\r\n", "\n").replace('\r', '\n');
        if (original.isBlank()) {
            throw new LetterReadException(source, "no text");
        }
        return fromOriginal(source, original);
    }

    private LetterText fromOriginal(String source, String original) {
        Layout layout = layouts.detect(original);
        OffsetText body = bodies.build(original, layout);
        OffsetText match = MatchNormalizer.normalizeWithOffsets(body.text());
        String language = languages.detect(body.text());
        LOG.debug("{}: layout {}, language {}, body {} chars", source, layout, language, body.length());
        return new LetterText(source, original, body, match, layout, language);
    }

    /** Strict UTF-8 decoding with the checks for empty and binary files; drops a BOM and makes line ends LF. */
    public static String decode(Path file, byte[] bytes) throws LetterReadException {
        int start = 0;
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            start = 3;
        }
        if (bytes.length - start == 0) {
            throw new LetterReadException(file, "empty file");
        }
        int controls = 0;
        for (int i = start; i < bytes.length; i++) {
            int b = bytes[i] & 0xFF;
            if (b == 0) {
                throw new LetterReadException(file, "binary file (NUL byte at offset " + i + ")");
            }
            if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f') {
                controls++;
            }
        }
        if (controls * 10 > bytes.length - start) {
            throw new LetterReadException(file, "binary file (" + controls + " control bytes in " + (bytes.length - start) + ")");
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        String text;
        try {
            text = decoder.decode(in).toString();
        } catch (MalformedInputException e) {
            int at = in.position();
            throw new LetterReadException(file, String.format("not valid UTF-8 (byte 0x%02X at offset %d)", bytes[at] & 0xFF, at));
        } catch (CharacterCodingException e) {
            throw new LetterReadException(file, "not valid UTF-8 (" + e.getMessage() + ")");
        }
        text = text.replace("\r\n", "\n").replace('\r', '\n');
        if (text.isBlank()) {
            throw new LetterReadException(file, "only whitespace");
        }
        return text;
    }
}
