package org.unkg.export.timeline;

import java.io.IOException;
import java.io.OutputStream;

/**
 * Writes timeline rows in one format to a stream (a file, a server response), row by row as it reads them (a format
 * whose head summarises the rows reads them twice). Does not close the stream.
 */
public interface TimelineWriter {
    /**
     * @param rows  the rows, already filtered and ordered; may be read more than once
     * @param query the query that selected them (its language picks labels; formats may record it)
     */
    void write(Iterable<TimelineRow> rows, TimelineQuery query, OutputStream out) throws IOException;
}
