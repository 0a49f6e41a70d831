package org.unkg.serve.guard;

import java.util.Map;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.Transformer;
import org.apache.jena.sparql.algebra.TransformCopy;
import org.apache.jena.sparql.algebra.optimize.Optimize;
import org.apache.jena.sparql.algebra.optimize.Rewrite;
import org.apache.jena.sparql.algebra.optimize.RewriteFactory;
import org.apache.jena.sparql.expr.E_Function;
import org.apache.jena.sparql.expr.E_Regex;
import org.apache.jena.sparql.expr.E_StrReplace;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprFunctionN;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.ExprTransformCopy;
import org.apache.jena.sparql.util.Context;

/**
 * The query optimiser of the served dataset (ARQ's {@code sysOptimizerFactory} context setting): Jena's
 * standard optimisation, after every regular-expression function of the query ({@code REGEX},
 * {@code REPLACE}, {@code fn:matches}, {@code fn:replace}, {@code sparql:regex}, {@code sparql:replace}) is
 * replaced by {@link BoundedRegex}, which stops when the query's timeout goes off. Expressions inside
 * {@code FILTER}, {@code BIND}, {@code SELECT} expressions, {@code ORDER BY}, {@code GROUP BY},
 * {@code HAVING}, {@code OPTIONAL} conditions and {@code EXISTS} patterns are all rewritten.
 */
public final class RegexRewrite implements RewriteFactory {
    private static final String FN = "http://www.w3.org/2005/xpath-functions#";
    private static final String SPARQL_FN = "http://www.w3.org/ns/sparql#";
    private static final Map<String, BoundedRegex.Kind> FUNCTIONS = Map.of(
            FN + "matches", BoundedRegex.Kind.MATCH, FN + "replace", BoundedRegex.Kind.REPLACE,
            SPARQL_FN + "regex", BoundedRegex.Kind.MATCH, SPARQL_FN + "replace", BoundedRegex.Kind.REPLACE);

    @Override
    public Rewrite create(Context context) {
        Rewrite standard = Optimize.stdOptimizationFactory.create(context);
        return op -> standard.rewrite(bound(op));
    }

    /** The algebra with every regular-expression function bounded. */
    public static Op bound(Op op) {
        return Transformer.transform(new TransformCopy(), new Bounding(), op);
    }

    private static final class Bounding extends ExprTransformCopy {
        @Override
        public Expr transform(ExprFunctionN func, ExprList args) {
            if (func instanceof E_Regex) {
                return new BoundedRegex(BoundedRegex.Kind.MATCH, args);
            }
            if (func instanceof E_StrReplace) {
                return new BoundedRegex(BoundedRegex.Kind.REPLACE, args);
            }
            if (func instanceof E_Function f && FUNCTIONS.containsKey(f.getFunctionIRI())) {
                return new BoundedRegex(FUNCTIONS.get(f.getFunctionIRI()), args);
            }
            return super.transform(func, args);
        }
    }
}
