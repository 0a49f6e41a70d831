package org.unkg.export.timeline;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;
import org.unkg.export.CsvCells;

/**
 * CSV for spreadsheets: UTF-8 with a byte-order mark (so Excel reads Arabic right), RFC 4180 quoting and
 * CRLF line ends, one line per row. Several letters of one row fill the letter columns in the same order,
 * separated by {@code "; "}; evidence quotes are separated by {@code " | "}. Cells a spreadsheet would run as
 * formulas (a letter file named {@code =HYPERLINK(...).txt}) are neutralised by {@link CsvCells}.
 */
final class CsvTimelineWriter implements TimelineWriter {
    /** The columns, in order. */
    static final List<String> COLUMNS = List.of("date", "date_precision", "end_date", "end_date_precision", "kind",
            "type", "status", "body_key", "body_label", "body_label_ar", "body_label_en", "body_uri",
            "participants", "letter_symbols", "letter_dates", "letter_files", "letter_stems", "evidence");
    private static final String LIST_SEP = "; ";
    private static final String QUOTE_SEP = " | ";

    @Override
    public void write(Iterable<TimelineRow> rows, TimelineQuery query, OutputStream out) throws IOException {
        CsvSchema.Builder schema = CsvSchema.builder();
        COLUMNS.forEach(schema::addColumn);
        CsvMapper mapper = new CsvMapper();
        mapper.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        w.write('\uFEFF');
        try (SequenceWriter seq = mapper.writerFor(String[].class)
                .with(schema.build().withHeader().withLineSeparator("\r\n"))
                .writeValues(w)) {
            for (TimelineRow r : rows) {
                seq.write(line(r, query.lang()));
            }
        }
        w.flush();
    }

    private static String[] line(TimelineRow r, String lang) {
        List<String> v = new ArrayList<>();
        v.add(r.date() == null ? "" : r.date().iso());
        v.add(r.date() == null ? "" : r.date().precision().name().toLowerCase(Locale.ROOT));
        v.add(r.endDate() == null ? "" : r.endDate().iso());
        v.add(r.endDate() == null ? "" : r.endDate().precision().name().toLowerCase(Locale.ROOT));
        v.add(r.kind().name().toLowerCase(Locale.ROOT));
        v.add(r.type());
        v.add(nz(r.status()));
        v.add(nz(r.body().key()));
        v.add(nz(r.body().label(lang)));
        v.add(nz(r.body().labelAr()));
        v.add(nz(r.body().labelEn()));
        v.add(nz(r.body().uri()));
        v.add(r.participants().stream().map(BodyRef::key).collect(Collectors.joining(LIST_SEP)));
        v.add(r.sources().stream().map(s -> nz(s.symbol())).collect(Collectors.joining(LIST_SEP)));
        v.add(r.sources().stream().map(s -> nz(s.date())).collect(Collectors.joining(LIST_SEP)));
        v.add(r.sources().stream().map(s -> nz(s.file())).collect(Collectors.joining(LIST_SEP)));
        v.add(r.sources().stream().map(s -> nz(s.stem())).collect(Collectors.joining(LIST_SEP)));
        v.add(r.quotes().stream().filter(Objects::nonNull).distinct().collect(Collectors.joining(QUOTE_SEP)));
        return v.stream().map(CsvCells::neutralise).toArray(String[]::new);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
