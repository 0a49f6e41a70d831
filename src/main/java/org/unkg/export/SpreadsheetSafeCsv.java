package org.unkg.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.riot.rowset.RowSetWriter;
import org.apache.jena.riot.rowset.RowSetWriterRegistry;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.sys.JenaSystem;

/**
 * SPARQL results as CSV (the W3C "SPARQL 1.1 Query Results CSV" format: a header of variable names,
 * IRIs and literals by their text, CRLF line ends, RFC 4180 quoting) with every cell made
 * spreadsheet-safe by {@link CsvCells}. {@link #install()} makes it Jena's CSV results writer, so the
 * server's {@code text/csv} answers and {@code unkg query --format csv} use it. TSV needs no such care:
 * its strings are written quoted ({@code "=..."}) and its IRIs in angle brackets.
 */
public final class SpreadsheetSafeCsv implements RowSetWriter {
    private static final String EOL = "\r\n";

    /** Registers this writer as Jena's writer of {@code text/csv} results (idempotent). */
    public static synchronized void install() {
        JenaSystem.init();
        RowSetWriterRegistry.register(ResultSetLang.RS_CSV, lang -> new SpreadsheetSafeCsv());
    }

    @Override
    public void write(OutputStream out, RowSet rows, Context context) {
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        write(w, rows, context);
    }

    @Override
    public void write(Writer w, RowSet rows, Context context) {
        try {
            List<Var> vars = rows.getResultVars();
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < vars.size(); i++) {
                line.append(i == 0 ? "" : ",").append(field(vars.get(i).getVarName()));
            }
            w.write(line.append(EOL).toString());
            while (rows.hasNext()) {
                Binding b = rows.next();
                line.setLength(0);
                for (int i = 0; i < vars.size(); i++) {
                    Node n = b.get(vars.get(i));
                    line.append(i == 0 ? "" : ",").append(n == null ? "" : field(text(n)));
                }
                w.write(line.append(EOL).toString());
            }
            w.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void write(OutputStream out, boolean result, Context context) {
        try {
            out.write(("_askResult" + EOL + result + EOL).getBytes(StandardCharsets.UTF_8));
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String text(Node n) {
        if (n.isURI()) {
            return n.getURI();
        }
        if (n.isLiteral()) {
            return n.getLiteralLexicalForm();
        }
        if (n.isBlank()) {
            return "_:" + n.getBlankNodeLabel();
        }
        return n.toString();
    }

    /** One field: neutralised, then quoted when it holds a quote, comma or line break. */
    static String field(String value) {
        String v = CsvCells.neutralise(value);
        if (v.indexOf('"') >= 0 || v.indexOf(',') >= 0 || v.indexOf('\n') >= 0 || v.indexOf('\r') >= 0) {
            return '"' + v.replace("\"", "\"\"") + '"';
        }
        return v;
    }
}
