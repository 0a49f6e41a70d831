package org.unkg.export.timeline;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.unkg.model.DateValue;
import org.unkg.model.Precision;

/** The binary form of a {@link TimelineRow} in {@link SortedRows}' temporary files: every field, nulls kept. */
final class RowCodec {
    private RowCodec() {}

    static void write(DataOutput out, TimelineRow r) throws IOException {
        string(out, r.id());
        out.writeByte(r.kind().ordinal());
        string(out, r.type());
        date(out, r.date());
        date(out, r.endDate());
        string(out, r.status());
        body(out, r.body());
        out.writeInt(r.participants().size());
        for (BodyRef b : r.participants()) {
            body(out, b);
        }
        out.writeInt(r.sources().size());
        for (SourceRef s : r.sources()) {
            string(out, s.letter());
            string(out, s.stem());
            string(out, s.symbol());
            string(out, s.date());
            string(out, s.file());
            string(out, s.language());
            out.writeInt(s.quotes().size());
            for (String q : s.quotes()) {
                string(out, q);
            }
        }
    }

    static TimelineRow read(DataInput in) throws IOException {
        String id = string(in);
        TimelineRow.Kind kind = TimelineRow.Kind.values()[in.readByte()];
        String type = string(in);
        DateValue date = date(in);
        DateValue endDate = date(in);
        String status = string(in);
        BodyRef body = body(in);
        int n = in.readInt();
        List<BodyRef> participants = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            participants.add(body(in));
        }
        n = in.readInt();
        List<SourceRef> sources = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            String letter = string(in);
            String stem = string(in);
            String symbol = string(in);
            String letterDate = string(in);
            String file = string(in);
            String language = string(in);
            int q = in.readInt();
            List<String> quotes = new ArrayList<>(q);
            for (int j = 0; j < q; j++) {
                quotes.add(string(in));
            }
            sources.add(new SourceRef(letter, stem, symbol, letterDate, file, language, quotes));
        }
        return new TimelineRow(id, kind, type, date, endDate, status, body, participants, sources);
    }

    private static void body(DataOutput out, BodyRef b) throws IOException {
        string(out, b.key());
        string(out, b.uri());
        out.writeInt(b.labels().size());
        for (Map.Entry<String, String> e : b.labels().entrySet()) {
            string(out, e.getKey());
            string(out, e.getValue());
        }
    }

    private static BodyRef body(DataInput in) throws IOException {
        String key = string(in);
        String uri = string(in);
        int n = in.readInt();
        Map<String, String> labels = new TreeMap<>();
        for (int i = 0; i < n; i++) {
            labels.put(string(in), string(in));
        }
        return new BodyRef(key, uri, labels);
    }

    private static void date(DataOutput out, DateValue d) throws IOException {
        if (d == null) {
            out.writeByte(-1);
            return;
        }
        out.writeByte(d.precision().ordinal());
        string(out, d.iso());
    }

    private static DateValue date(DataInput in) throws IOException {
        byte p = in.readByte();
        if (p < 0) {
            return null;
        }
        return new DateValue(string(in), Precision.values()[p]);
    }

    /** A string of any length (writeUTF stops at 64 KB) as its UTF-16 units, so any string comes back as it was; null kept. */
    private static void string(DataOutput out, String s) throws IOException {
        if (s == null) {
            out.writeInt(-1);
            return;
        }
        out.writeInt(s.length());
        out.writeChars(s);
    }

    private static String string(DataInput in) throws IOException {
        int n = in.readInt();
        if (n < 0) {
            return null;
        }
        char[] c = new char[n];
        for (int i = 0; i < n; i++) {
            c[i] = in.readChar();
        }
        return new String(c);
    }
}
