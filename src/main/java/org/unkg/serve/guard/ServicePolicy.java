package org.unkg.serve.guard;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecException;
import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.OpVisitorBase;
import org.apache.jena.sparql.algebra.op.OpService;
import org.apache.jena.sparql.algebra.walker.Walker;
import org.apache.jena.sparql.exec.http.Service;
import org.apache.jena.sparql.expr.ExprFunctionOp;
import org.apache.jena.sparql.expr.ExprVisitorBase;
import org.apache.jena.sparql.service.ServiceExecutorRegistry;
import org.apache.jena.sparql.service.single.ServiceExecutor;
import org.apache.jena.sparql.util.Context;

/**
 * Which {@code SERVICE} endpoints a query may call: none by default (a public endpoint that fetches any
 * URL it is given is a server-side request forgery), or exactly the endpoints of an allow-list. A query
 * naming another endpoint, or a variable one, is refused before it runs ({@link #check}); the served
 * dataset's own service executor refuses it again at run time, and bounds the wait for an allowed
 * endpoint's answer by the query timeout.
 */
public final class ServicePolicy {
    private final Set<String> allowed;

    private ServicePolicy(Set<String> allowed) {
        this.allowed = Set.copyOf(allowed);
    }

    /** No SERVICE at all. */
    public static ServicePolicy refuseAll() {
        return new ServicePolicy(Set.of());
    }

    /** SERVICE to exactly these endpoint IRIs. */
    public static ServicePolicy allow(List<String> endpoints) {
        return new ServicePolicy(Set.copyOf(endpoints));
    }

    /** The allowed endpoints. */
    public Set<String> allowed() {
        return allowed;
    }

    /** Throws {@link RefusedQueryException} when the query calls a SERVICE that is not allowed. */
    public void check(Query query) {
        for (Node endpoint : endpoints(Algebra.compile(query))) {
            refuseUnlessAllowed(endpoint);
        }
    }

    private void refuseUnlessAllowed(Node endpoint) {
        if (!endpoint.isURI()) {
            throw new RefusedQueryException("SERVICE " + endpoint + " is not allowed on this server: only fixed endpoints of "
                    + "serve --allow-service can be queried" + (allowed.isEmpty() ? " (none are)" : ""));
        }
        if (!allowed.contains(endpoint.getURI())) {
            throw new RefusedQueryException("SERVICE <" + endpoint.getURI() + "> is not allowed on this server: "
                    + (allowed.isEmpty() ? "federated queries are off (serve --allow-service IRI turns one on)"
                            : "allowed endpoints are " + allowed));
        }
    }

    /** Every SERVICE endpoint of the algebra, including those inside EXISTS and sub-queries. */
    static List<Node> endpoints(Op op) {
        List<Node> found = new ArrayList<>();
        OpVisitorBase ops = new OpVisitorBase() {
            @Override
            public void visit(OpService s) {
                found.add(s.getService());
            }
        };
        ExprVisitorBase exprs = new ExprVisitorBase() {
            @Override
            public void visit(ExprFunctionOp f) {
                found.addAll(endpoints(f.getGraphPattern()));
            }
        };
        Walker.walk(op, ops, exprs);
        return found;
    }

    /**
     * Puts the policy into a dataset's context: Jena's HTTP SERVICE switch, a service executor that checks
     * each endpoint before any request leaves, and the HTTP timeout of an allowed endpoint's answer.
     */
    public void install(Context context, long timeoutMillis) {
        context.set(Service.httpServiceAllowed, !allowed.isEmpty());
        context.set(Service.httpQueryTimeout, timeoutMillis);
        ServiceExecutorRegistry registry = new ServiceExecutorRegistry();
        ServiceExecutor http = ServiceExecutorRegistry.httpService;
        registry.add((opExecute, opOriginal, binding, execCxt) -> {
            refuseUnlessAllowed(opExecute.getService());
            return http.createExecution(opExecute, opOriginal, binding, execCxt);
        });
        ServiceExecutorRegistry.set(context, registry);
    }

    /** A query the server will not run, with the reason for the user. */
    public static final class RefusedQueryException extends QueryExecException {
        RefusedQueryException(String message) {
            super(message);
        }
    }
}
