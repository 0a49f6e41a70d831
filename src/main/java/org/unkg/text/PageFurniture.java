package org.unkg.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Recognises page furniture lines (job-number footers, barcodes, page numbers, running document symbols)
 * with the patterns in the rule file {@code org/unkg/text/page-furniture.txt}.
 */
public final class PageFurniture {
    /** What a furniture line is. */
    public enum Kind {
        /** Job number footer such as {@code 11-30456 (E) 120511} or {@code 2 11-30456}. */
        JOB,
        /** Barcode line such as {@code *0534927*}. */
        BARCODE,
        /** A bare page number. */
        PAGE,
        /** A document symbol alone on a line, e.g. {@code S/2005/323}. */
        SYMBOL
    }

    private record Rule(Kind kind, Pattern pattern) {
    }

    private static final String RESOURCE = "page-furniture.txt";
    private static final PageFurniture DEFAULT = load();

    private final List<Rule> rules;

    private PageFurniture(List<Rule> rules) {
        this.rules = rules;
    }

    /** The rules shipped with unkg. */
    public static PageFurniture defaults() {
        return DEFAULT;
    }

    /** The kind of furniture {@code line} is, or {@code null} when it is letter text. */
    public Kind classify(String line) {
        String t = line.strip();
        if (t.isEmpty()) {
            return null;
        }
        for (Rule r : rules) {
            if (r.pattern().matcher(t).matches()) {
                return r.kind();
            }
        }
        return null;
    }

    private static PageFurniture load() {
        List<Rule> rules = new ArrayList<>();
        try (InputStream in = PageFurniture.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                int tab = line.indexOf('\t');
                rules.add(new Rule(Kind.valueOf(line.substring(0, tab).strip()),
                        Pattern.compile(line.substring(tab + 1).strip())));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new PageFurniture(List.copyOf(rules));
    }
}
