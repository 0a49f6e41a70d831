package org.unkg.serve.guard;

import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprEvalException;
import org.apache.jena.sparql.expr.ExprFunctionN;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.expr.RegexEngine;
import org.apache.jena.sparql.function.FunctionEnv;
import org.apache.jena.vocabulary.RDF;

/**
 * SPARQL's {@code REGEX} and {@code REPLACE} (and their {@code fn:}/{@code sparql:} function forms) with
 * the same semantics as Jena's (Java regular expressions, the flags {@code i s m x q}), except that the
 * match reads the string through {@link CancellableText}: when the query's timeout goes off, a pattern
 * that backtracks catastrophically stops instead of running on for minutes after the answer was due.
 */
final class BoundedRegex extends ExprFunctionN {
    /** Which of the two functions. */
    enum Kind { MATCH, REPLACE }

    private final Kind kind;

    BoundedRegex(Kind kind, ExprList args) {
        super(kind == Kind.MATCH ? "regex" : "replace", args);
        int n = args.size();
        if (kind == Kind.MATCH ? n < 2 || n > 3 : n < 3 || n > 4) {
            throw new ExprEvalException(getFunctionSymbol().getSymbol() + ": wrong number of arguments (" + n + ")");
        }
        this.kind = kind;
    }

    @Override
    public NodeValue eval(List<NodeValue> args, FunctionEnv env) {
        if (!(env instanceof ExecutionContext ec)) {
            return eval(args);
        }
        AtomicBoolean cancel = ec.getCancelSignal();
        Node subject = stringLiteral(args.get(0));
        String pattern = args.get(1).getString();
        int flagsAt = kind == Kind.MATCH ? 2 : 3;
        String flags = args.size() > flagsAt ? args.get(flagsAt).getString() : null;
        Pattern p = RegexEngine.makePattern(getFunctionSymbol().getSymbol(), pattern, flags);
        Matcher m = p.matcher(new CancellableText(subject.getLiteralLexicalForm(), cancel));
        if (kind == Kind.MATCH) {
            return NodeValue.makeBoolean(m.find());
        }
        String replacement = args.get(2).getString();
        if (flags != null && flags.contains("q")) {
            replacement = Matcher.quoteReplacement(replacement);
        }
        String out;
        try {
            out = m.replaceAll(replacement);
        } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
            throw new ExprEvalException("replace: bad replacement '" + replacement + "': " + e.getMessage());
        }
        String lang = subject.getLiteralLanguage();
        return lang == null || lang.isEmpty() ? NodeValue.makeString(out) : NodeValue.makeLangString(out, lang);
    }

    /** The first argument, which must be a simple or language-tagged string literal. */
    private Node stringLiteral(NodeValue nv) {
        Node n = nv.asNode();
        if (n.isLiteral()) {
            String dt = n.getLiteralDatatypeURI();
            if (dt == null || XSDDatatype.XSDstring.getURI().equals(dt) || RDF.dtLangString.getURI().equals(dt)
                    || RDF.dtDirLangString.getURI().equals(dt)) {
                return n;
            }
        }
        throw new ExprEvalException(getFunctionSymbol().getSymbol() + ": not a string: " + nv);
    }

    /**
     * Evaluation outside a query (ARQ's constant folding while it optimises): refused, so the expression
     * stays in the plan and runs under the query's cancel signal.
     */
    @Override
    public NodeValue eval(List<NodeValue> args) {
        throw new ExprEvalException(getFunctionSymbol().getSymbol() + ": evaluated only while the query runs");
    }

    @Override
    public Expr copy(ExprList newArgs) {
        return new BoundedRegex(kind, newArgs);
    }
}
