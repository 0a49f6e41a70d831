package org.unkg.export.timeline;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/** The documented JSON form (docs/timeline.md): {@code {"query": {...}, "rows": [...]}}, UTF-8, indented. */
final class JsonTimelineWriter implements TimelineWriter {
    @Override
    public void write(List<TimelineRow> rows, TimelineQuery query, OutputStream out) throws IOException {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        root.put("format", "unkg-timeline/1");
        root.set("query", RowJson.query(query));
        root.set("rows", RowJson.rows(rows));
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
                .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
                .writeValue(out, root);
    }
}
