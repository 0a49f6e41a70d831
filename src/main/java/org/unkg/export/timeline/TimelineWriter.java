package org.unkg.export.timeline;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/** Writes timeline rows in one format to a stream (a file, a server response). Does not close the stream. */
public interface TimelineWriter {
    /**
     * @param rows  the rows, already filtered and ordered
     * @param query the query that selected them (its language picks labels; formats may record it)
     */
    void write(List<TimelineRow> rows, TimelineQuery query, OutputStream out) throws IOException;
}
