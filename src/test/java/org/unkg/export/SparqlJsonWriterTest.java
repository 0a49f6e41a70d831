package org.unkg.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.ARQ;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.riot.rowset.RowSetWriter;
import org.apache.jena.riot.rowset.rw.RowSetWriterJSON;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingBuilder;
import org.apache.jena.sparql.exec.RowSetStream;
import org.apache.jena.sparql.util.Context;
import org.junit.jupiter.api.Test;

/** {@link SparqlJsonWriter} prints the bytes Jena's SPARQL JSON writer prints, for every kind of term and layout. */
class SparqlJsonWriterTest {
    private static final RowSetWriter JENA = RowSetWriterJSON.factory.create(ResultSetLang.RS_JSON);
    private static final Var A = Var.alloc("a");
    private static final Var B = Var.alloc("b");
    private static final Var C = Var.alloc("c");

    private static Binding row(Node a, Node b, Node c) {
        BindingBuilder bb = BindingBuilder.create();
        if (a != null) {
            bb.add(A, a);
        }
        if (b != null) {
            bb.add(B, b);
        }
        if (c != null) {
            bb.add(C, c);
        }
        return bb.build();
    }

    private static byte[] jena(List<Var> vars, List<Binding> rows, Context context) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        JENA.write(out, RowSetStream.create(vars, rows.iterator()), context);
        return out.toByteArray();
    }

    private static byte[] ours(List<Var> vars, List<Binding> rows, Context context) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new SparqlJsonWriter().write(out, RowSetStream.create(vars, rows.iterator()), context);
        return out.toByteArray();
    }

    private static void assertSameBytes(List<Var> vars, List<Binding> rows) {
        assertThat(new String(ours(vars, rows, null), java.nio.charset.StandardCharsets.UTF_8))
                .isEqualTo(new String(jena(vars, rows, null), java.nio.charset.StandardCharsets.UTF_8));
        assertThat(ours(vars, rows, null)).isEqualTo(jena(vars, rows, null));
    }

    @Test
    void iriAndLiteralsOfEveryKindArePrintedAsJenaPrintsThem() {
        List<Binding> rows = List.of(
                row(NodeFactory.createURI("https://w3id.org/unkg/id/org/UNTOP"), NodeFactory.createLiteralString("UNTOP"),
                        NodeFactory.createLiteralLang("Bureau d'appui", "fr")),
                row(NodeFactory.createLiteral("2006-06-30", XSDDatatype.XSDdate),
                        NodeFactory.createLiteral("2006", XSDDatatype.XSDgYear),
                        NodeFactory.createLiteral("12", XSDDatatype.XSDinteger)),
                row(NodeFactory.createLiteral("x", NodeFactory.getType("http://example.org/dt")), null,
                        NodeFactory.createLiteralLang("Nairobi", "en-GB")),
                row(null, null, null),
                row(null, NodeFactory.createURI("urn:x"), null));
        assertSameBytes(List.of(A, B, C), rows);
    }

    @Test
    void stringsAreEscapedAsJenaEscapesThem() {
        List<Binding> rows = new ArrayList<>();
        for (String s : List.of("quote \" backslash \\ slash / and </script>", "<//<", "/", "tab\tnl\ncr\rbs\bff\f",
                "\u0000\u0001\u001F\u007F\u0085\u009F\u00A0", "\u2000\u2028\u2029\u20AC\u20FF\u2100", "é ü Ж 中文 😀",
                "", " ", "a\u001Fb\u001Ec")) {
            rows.add(row(NodeFactory.createLiteralString(s), NodeFactory.createURI("http://example.org/" + s.strip()),
                    NodeFactory.createLiteralLang(s, "en")));
        }
        assertSameBytes(List.of(A, B, C), rows);
    }

    @Test
    void blankNodesGetJenasLabelsInOrderAndTheSameLabelWhenRepeated() {
        Node x = NodeFactory.createBlankNode("x1");
        Node y = NodeFactory.createBlankNode("y2");
        List<Binding> rows = List.of(row(x, y, x), row(y, null, NodeFactory.createBlankNode()));
        assertSameBytes(List.of(A, B, C), rows);
        Context given = new Context();
        given.set(ARQ.outputGraphBNodeLabels, true);
        assertThat(ours(List.of(A, B, C), rows, given)).isEqualTo(jena(List.of(A, B, C), rows, given));
    }

    @Test
    void tripleTermsAreLaidOutOverLinesAsJenaDoes() {
        Node s = NodeFactory.createURI("http://example.org/s");
        Node p = NodeFactory.createURI("http://example.org/p");
        Node inner = NodeFactory.createTripleTerm(Triple.create(s, p, NodeFactory.createLiteralString("o")));
        Node outer = NodeFactory.createTripleTerm(Triple.create(inner, p, NodeFactory.createBlankNode("b")));
        assertSameBytes(List.of(A, B, C), List.of(row(inner, s, outer)));
    }

    @Test
    void emptyResultsAndNoVariablesArePrintedAsJenaPrintsThem() {
        assertSameBytes(List.of(A, B), List.of());
        assertSameBytes(List.of(), List.of());
        assertSameBytes(List.of(), List.of(row(null, null, null), row(null, null, null)));
    }

    @Test
    void manyRowsSpanningSeveralWritesGiveTheSameBytes() {
        List<Binding> rows = new ArrayList<>();
        for (int i = 0; i < 5000; i++) {
            rows.add(row(NodeFactory.createURI("https://w3id.org/unkg/id/event/" + i),
                    NodeFactory.createLiteralString("row " + i + " ".repeat(i % 7) + "\u00E9\u4E2D"),
                    i % 3 == 0 ? null : NodeFactory.createLiteral(Integer.toString(i), XSDDatatype.XSDinteger)));
        }
        assertSameBytes(List.of(A, B, C), rows);
    }

    @Test
    void booleansAreJenasBytes() {
        for (boolean b : new boolean[] {true, false}) {
            ByteArrayOutputStream theirs = new ByteArrayOutputStream();
            JENA.write(theirs, b, null);
            ByteArrayOutputStream ours = new ByteArrayOutputStream();
            new SparqlJsonWriter().write(ours, b, null);
            assertThat(ours.toByteArray()).isEqualTo(theirs.toByteArray()).isNotEmpty();
        }
    }

    @Test
    void installingMakesItTheWriterOfJsonResults() {
        SparqlJsonWriter.install();
        assertThat(org.apache.jena.riot.rowset.RowSetWriterRegistry.getFactory(ResultSetLang.RS_JSON)
                .create(ResultSetLang.RS_JSON)).isInstanceOf(SparqlJsonWriter.class);
    }
}
