package org.unkg.export.timeline;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.OutputStream;

/**
 * The documented JSON form (docs/timeline.md): {@code {"query": {...}, "rows": [...]}}, UTF-8, indented; written row
 * by row (the same bytes as serialising the whole document at once).
 */
final class JsonTimelineWriter implements TimelineWriter {
    @Override
    public void write(Iterable<TimelineRow> rows, TimelineQuery query, OutputStream out) throws IOException {
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
                .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        try (JsonGenerator gen = mapper.writer().createGenerator(out)) {
            RowJson.document(gen, query, rows, null);
        }
    }
}
