package org.unkg.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.jena.atlas.logging.Log;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.ARQ;
import org.apache.jena.rdf.model.impl.Util;
import org.apache.jena.riot.out.NodeToLabel;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.riot.rowset.RowSetWriter;
import org.apache.jena.riot.rowset.RowSetWriterRegistry;
import org.apache.jena.riot.rowset.rw.RowSetWriterJSON;
import org.apache.jena.riot.system.SyntaxLabels;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.sys.JenaSystem;

/**
 * SPARQL results as JSON ({@code application/sparql-results+json}), byte for byte what Jena's own writer
 * ({@link RowSetWriterJSON}) prints, at a fraction of its CPU: each value is escaped straight into one buffer (Jena's
 * quotes every string into a buffer of its own and then prints it a character at a time through an indenting writer),
 * and the buffer goes to the stream as UTF-8 every few rows. {@link #install()} makes it Jena's writer of JSON results,
 * so the server's SPARQL JSON answers use it. Booleans (ASK) are Jena's.
 *
 * <p>The layout is Jena's: two spaces per level, a row as {@code { } then one line per bound variable in the header's
 * order, rows and members separated by {@code " ,"}; strings escaped as {@code JsonIO.escape} does them ({@link #quote}).
 */
public final class SparqlJsonWriter implements RowSetWriter {
    /** Characters buffered before they are written out (at the end of a row). */
    private static final int CHUNK = 1 << 15;
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();
    private static final RowSetWriter JENA = RowSetWriterJSON.factory.create(ResultSetLang.RS_JSON);

    /** Registers this writer as Jena's writer of SPARQL JSON results (idempotent). */
    public static synchronized void install() {
        JenaSystem.init();
        RowSetWriterRegistry.register(ResultSetLang.RS_JSON, lang -> new SparqlJsonWriter());
    }

    @Override
    public void write(Writer out, RowSet rowSet, Context context) {
        JENA.write(out, rowSet, context);
    }

    @Override
    public void write(OutputStream out, boolean result, Context context) {
        JENA.write(out, result, context);
    }

    @Override
    public void write(OutputStream out, RowSet rowSet, Context context) {
        boolean givenLabels = context != null && context.isTrue(ARQ.outputGraphBNodeLabels);
        Table t = new Table(out, givenLabels ? SyntaxLabels.createNodeToLabelAsGiven() : SyntaxLabels.createNodeToLabel());
        try {
            t.write(rowSet);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The writing of one result set: the buffer, the indent and whether the next character starts a line. */
    private static final class Table {
        private final OutputStream out;
        private final NodeToLabel labels;
        private final StringBuilder b = new StringBuilder(CHUNK + 4096);
        private int indent;
        /** Where the current line starts in {@link #b} (negative once the line's start was written out). */
        private int lineStart;

        Table(OutputStream out, NodeToLabel labels) {
            this.out = out;
            this.labels = labels;
        }

        void write(RowSet rowSet) throws IOException {
            List<Var> vars = rowSet.getResultVars();
            print("{");
            indent += 2;
            println("\"head\": {");
            indent += 2;
            print("\"vars\": [ ");
            indent += 2;
            for (int i = 0; i < vars.size(); i++) {
                // the name as it is, as Jena's writer prints it (a SPARQL variable name needs no escape)
                print("\"" + vars.get(i).getVarName() + "\"");
                if (i + 1 < vars.size()) {
                    print(" , ");
                }
            }
            indent -= 2;
            println(" ]");
            indent -= 2;
            print("}");
            println(" ,");
            println("\"results\": {");
            indent += 2;
            println("\"bindings\": [");
            indent += 2;
            boolean first = true;
            while (rowSet.hasNext()) {
                Binding binding = rowSet.next();
                if (!first) {
                    println(" ,");
                }
                row(vars, binding);
                first = false;
                if (b.length() >= CHUNK) {
                    flush();
                }
            }
            newline();
            indent -= 2;
            println("]");
            indent -= 2;
            println("}");
            indent -= 2;
            println("}");
            flush();
            out.flush();
        }

        private void row(List<Var> vars, Binding binding) {
            print("{ ");
            indent += 2;
            boolean first = true;
            for (Var var : vars) {
                Node value = binding.get(var);
                if (value == null) {
                    continue;
                }
                if (!first) {
                    print(" ,");
                }
                newline();
                quote(var.getVarName());
                print(": ");
                value(value);
                first = false;
            }
            newline();
            indent -= 2;
            print("}");
        }

        private void value(Node value) {
            boolean triple = value.isTripleTerm();
            if (triple) {
                println("{");
            } else {
                print("{ ");
            }
            indent += 2;
            if (value.isLiteral()) {
                literal(value);
            } else if (value.isURI()) {
                print("\"type\": \"uri\" , \"value\": ");
                quote(value.getURI());
            } else if (value.isBlank()) {
                print("\"type\": \"bnode\" , \"value\": ");
                quote(labels.get(null, value).substring(2));
            } else if (triple) {
                triple(value.getTriple());
            } else if (value.isNodeGraph()) {
                throw new UnsupportedOperationException("Graph terms");
            } else {
                Log.warn(SparqlJsonWriter.class, "Unknown RDFNode type in result set: " + value.getClass());
            }
            if (triple) {
                newline();
            } else {
                print(" ");
            }
            indent -= 2;
            print("}");
        }

        private void literal(Node literal) {
            print("\"type\": \"literal\" , ");
            if (Util.isSimpleString(literal) || Util.isLangString(literal)) {
                String lang = literal.getLiteralLanguage();
                if (lang != null && !lang.isEmpty()) {
                    print("\"xml:lang\": ");
                    quote(lang);
                    print(" , ");
                }
            } else {
                print("\"datatype\": ");
                quote(literal.getLiteralDatatypeURI());
                print(" , ");
            }
            print("\"value\": ");
            quote(literal.getLiteralLexicalForm());
        }

        private void triple(Triple t) {
            print("\"type\": \"triple\" , ");
            newline();
            print("\"value\": ");
            println("{");
            indent += 2;
            print("\"subject\": ");
            print(" ");
            value(t.getSubject());
            println(" ,");
            print("\"predicate\": ");
            value(t.getPredicate());
            println(" ,");
            print("\"object\": ");
            print("  ");
            value(t.getObject());
            indent -= 2;
            newline();
            print("}");
        }

        /** Appends {@code s} (no line ends in it), after spaces up to the indent. */
        private void print(String s) {
            if (!s.isEmpty()) {
                pad();
                b.append(s);
            }
        }

        private void println(String s) {
            print(s);
            newline();
        }

        /** Ends the line, padded to the indent first as Jena's {@code IndentedWriter} pads an empty line. */
        private void newline() {
            pad();
            b.append('\n');
            lineStart = b.length();
        }

        /** Spaces up to the indent when the line is shorter ({@code IndentedWriter} pads whenever it writes). */
        private void pad() {
            for (int column = b.length() - lineStart; column < indent; column++) {
                b.append(' ');
            }
        }

        /** A string between double quotes, escaped. */
        private void quote(String s) {
            pad();
            b.append('"');
            escape(s);
            b.append('"');
        }

        /**
         * Escapes as Jena's {@code JsonIO.escape}: {@code "} and {@code \}, {@code /} after {@code <}, the short escapes
         * of backspace, form feed, line feed, carriage return and tab, and {@code \}{@code uXXXX} (upper-case hex) for
         * the other characters under U+0020, U+007F-U+009F and U+2000-U+20FF.
         */
        private void escape(String s) {
            int n = s.length();
            int run = 0;
            for (int i = 0; i < n; i++) {
                char ch = s.charAt(i);
                if (ch >= ' ' && ch != '"' && ch != '\\' && ch != '/' && !(ch >= '\u007F' && ch <= '\u009F')
                        && !(ch >= '\u2000' && ch < '\u2100')) {
                    continue;
                }
                if (ch == '/' && (i == 0 || s.charAt(i - 1) != '<')) {
                    continue;
                }
                b.append(s, run, i);
                run = i + 1;
                switch (ch) {
                    case '"' -> b.append("\\\"");
                    case '\\' -> b.append("\\\\");
                    case '/' -> b.append("\\/");
                    case '\b' -> b.append("\\b");
                    case '\f' -> b.append("\\f");
                    case '\n' -> b.append("\\n");
                    case '\r' -> b.append("\\r");
                    case '\t' -> b.append("\\t");
                    default -> b.append("\\u").append(HEX[(ch >> 12) & 0xF]).append(HEX[(ch >> 8) & 0xF])
                            .append(HEX[(ch >> 4) & 0xF]).append(HEX[ch & 0xF]);
                }
            }
            b.append(s, run, n);
        }

        private void flush() throws IOException {
            out.write(b.toString().getBytes(StandardCharsets.UTF_8));
            lineStart -= b.length();
            b.setLength(0);
        }
    }
}
