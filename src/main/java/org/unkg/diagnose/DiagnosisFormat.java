package org.unkg.diagnose;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The forms of a diagnosis report: a plain-text table to scan (one line per letter with gaps, their codes, then a
 * count per code), CSV for spreadsheets (UTF-8 with a byte-order mark, one row per gap) and JSON (one object per
 * letter with its gaps).
 */
public enum DiagnosisFormat {
    /** Aligned text: one line per letter with gaps (every letter with {@code all}), then the count of each code. */
    TABLE,
    /** One row per gap, every value quoted: letter, layout, language, date, symbol, code, detail, start, end, words. */
    CSV,
    /** A JSON array: per letter {@code letter, layout, language, date, symbol, gaps: [{code, detail, start, end, words}]}. */
    JSON;

    /** The CSV columns, in order. */
    public static final List<String> COLUMNS = List.of("letter", "layout", "language", "date", "symbol", "code", "detail",
            "start", "end", "words");

    /** The format named {@code name} (any case). */
    public static DiagnosisFormat of(String name) {
        return valueOf(name.toUpperCase(Locale.ROOT));
    }

    /** Writes {@code report}; {@code all} includes the letters without gaps. */
    public void write(List<LetterDiagnosis> report, boolean all, OutputStream out) throws IOException {
        List<LetterDiagnosis> rows = all ? report : report.stream().filter(LetterDiagnosis::hasGaps).toList();
        switch (this) {
            case TABLE -> table(report, rows, out);
            case CSV -> csv(rows, out);
            case JSON -> json(rows, out);
        }
    }

    private static void table(List<LetterDiagnosis> report, List<LetterDiagnosis> rows, OutputStream out) {
        PrintWriter w = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        int width = Math.max(6, rows.stream().mapToInt(r -> r.letter().length()).max().orElse(0));
        String format = "%-" + width + "s  %-14s %-4s %-10s  %-16s %s%n";
        w.printf(format, "letter", "layout", "lang", "date", "symbol", "gaps");
        for (LetterDiagnosis r : rows) {
            String gaps = r.gaps().isEmpty() ? "-" : r.gaps().stream().map(LetterDiagnosis.Gap::code).distinct()
                    .collect(Collectors.joining(", "));
            w.printf(format, r.letter(), dash(r.layout()), dash(r.language()), dash(r.date()), dash(r.symbol()), gaps);
        }
        Map<String, Integer> letters = new TreeMap<>();
        for (LetterDiagnosis r : report) {
            r.gaps().stream().map(LetterDiagnosis.Gap::code).distinct().forEach(c -> letters.merge(c, 1, Integer::sum));
        }
        long withGaps = report.stream().filter(LetterDiagnosis::hasGaps).count();
        w.printf("%n%d letters, %d with gaps%s%n", report.size(), withGaps, letters.isEmpty() ? "" : ": "
                + letters.entrySet().stream().map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", ")));
        w.flush();
    }

    private static String dash(String s) {
        return s == null || s.isEmpty() ? "-" : s;
    }

    private static void csv(List<LetterDiagnosis> rows, OutputStream out) throws IOException {
        CsvSchema.Builder schema = CsvSchema.builder();
        COLUMNS.forEach(schema::addColumn);
        CsvMapper mapper = new CsvMapper();
        mapper.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        mapper.enable(com.fasterxml.jackson.dataformat.csv.CsvGenerator.Feature.ALWAYS_QUOTE_STRINGS);
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        w.write('\uFEFF');
        try (SequenceWriter seq = mapper.writerFor(String[].class)
                .with(schema.build().withHeader().withLineSeparator("\r\n")).writeValues(w)) {
            for (LetterDiagnosis r : rows) {
                if (r.gaps().isEmpty()) {
                    seq.write(new String[] {r.letter(), r.layout(), r.language(), r.date(), r.symbol(), "", "", "", "", ""});
                }
                for (LetterDiagnosis.Gap g : r.gaps()) {
                    seq.write(new String[] {r.letter(), r.layout(), r.language(), r.date(), r.symbol(), g.code(), g.detail(),
                            g.start() < 0 ? "" : Integer.toString(g.start()), g.end() < 0 ? "" : Integer.toString(g.end()), g.words()});
                }
            }
        }
        w.flush();
    }

    private static void json(List<LetterDiagnosis> rows, OutputStream out) throws IOException {
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        mapper.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        ArrayNode array = mapper.createArrayNode();
        for (LetterDiagnosis r : rows) {
            ObjectNode o = array.addObject();
            o.put("letter", r.letter());
            o.put("layout", r.layout());
            o.put("language", r.language());
            o.put("date", r.date());
            o.put("symbol", r.symbol());
            ArrayNode gaps = o.putArray("gaps");
            for (LetterDiagnosis.Gap g : r.gaps()) {
                ObjectNode n = gaps.addObject();
                n.put("code", g.code());
                n.put("detail", g.detail());
                if (g.start() >= 0) {
                    n.put("start", g.start());
                    n.put("end", g.end());
                    n.put("words", g.words());
                }
            }
        }
        mapper.writeValue(out, array);
        out.write('\n');
        out.flush();
    }
}
