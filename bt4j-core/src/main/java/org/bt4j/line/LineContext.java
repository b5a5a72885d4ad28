package org.bt4j.line;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Collects the indicators created while a strategy (or a test) is being set up and hands them
 * out in a stable dependency order. The engine opens a context around {@code Strategy.init()};
 * tests and tools can open one themselves with {@link #open()}.
 *
 * <p>Creation order alone is not dependency order: an indicator registers in its base
 * constructor, so a parent registers <em>before</em> the helpers its constructor body builds.
 * {@link #indicators()} therefore sorts: every indicator comes after the indicators owning its
 * {@linkplain Indicator#inputs() input lines}, after its clock when that is an indicator, and
 * after the helpers created while it was being constructed; otherwise creation order is kept
 * (a dependency cycle, which only a feedback design can produce, keeps creation order for its
 * members). Set-up time only, one thread.
 */
public final class LineContext implements AutoCloseable {

    private static final ThreadLocal<LineContext> CURRENT = new ThreadLocal<>();

    private final List<Indicator> created = new ArrayList<>();
    private final List<ConstructionSite> sites = new ArrayList<>();
    private final LineContext outer;
    /** Why indicators may not be created here (null: they are collected). */
    private final String refusal;
    private List<Indicator> sorted;

    private LineContext(LineContext outer, String refusal) {
        this.outer = outer;
        this.refusal = refusal;
    }

    /** Opens a context on this thread; close it to restore the previous one. */
    public static LineContext open() {
        return push(null);
    }

    /**
     * Opens a context in which creating an indicator fails with {@code reason} (after the
     * indicator's name): the engine opens one around a run, so an indicator created after
     * {@code init()} (in {@code start()}, {@code next()}, ...), which nothing would compute, is
     * refused at once. A context opened inside it (the one around {@code init()}) collects as usual.
     */
    public static LineContext refusing(String reason) {
        return push(java.util.Objects.requireNonNull(reason, "reason"));
    }

    private static LineContext push(String refusal) {
        LineContext ctx = new LineContext(CURRENT.get(), refusal);
        CURRENT.set(ctx);
        return ctx;
    }

    /** Records {@code indicator}, constructed at {@code site}. */
    static void register(Indicator indicator, ConstructionSite site) {
        LineContext ctx = CURRENT.get();
        if (ctx != null) {
            if (ctx.refusal != null) {
                throw new IllegalStateException(indicator.getClass().getSimpleName() + " " + ctx.refusal);
            }
            ctx.add(indicator, site);
        }
    }

    private void add(Indicator indicator, ConstructionSite site) {
        if (site.depth() > 0) {
            // the most recent indicator whose constructor is still running around this one
            for (int i = created.size() - 1; i >= 0; i--) {
                ConstructionSite.Frame f = sites.get(i).own();
                if (f != null && f.continuedBy(site.outer())) {
                    created.get(i).addHelper(indicator);
                    break;
                }
            }
        }
        created.add(indicator);
        sites.add(site);
        sorted = null;
    }

    /**
     * The indicators registered so far in dependency order (see the class comment); a read-only
     * list, stable for as long as no indicator is added.
     */
    public List<Indicator> indicators() {
        if (sorted == null) {
            sorted = Collections.unmodifiableList(dependencyOrder());
        }
        return sorted;
    }

    /** The indicators registered so far, in creation order. */
    public List<Indicator> creationOrder() {
        return Collections.unmodifiableList(created);
    }

    private List<Indicator> dependencyOrder() {
        Map<Indicator, Boolean> state = new IdentityHashMap<>(); // false: visiting, true: done
        for (Indicator ind : created) {
            state.put(ind, null);
        }
        List<Indicator> out = new ArrayList<>(created.size());
        for (Indicator ind : created) {
            visit(ind, state, out);
        }
        return out;
    }

    /** Depth-first post-order: dependencies first; back edges (cycles) are ignored. */
    private void visit(Indicator ind, Map<Indicator, Boolean> state, List<Indicator> out) {
        if (!state.containsKey(ind) || state.get(ind) != null) {
            return;
        }
        state.put(ind, Boolean.FALSE);
        for (Line in : ind.inputs()) {
            LineSeries owner = in.buffer().owner();
            if (owner instanceof Indicator) {
                visit((Indicator) owner, state, out);
            }
        }
        if (ind.clock() instanceof Indicator) {
            visit((Indicator) ind.clock(), state, out);
        }
        for (Indicator h : ind.helpers()) {
            visit(h, state, out);
        }
        state.put(ind, Boolean.TRUE);
        out.add(ind);
    }

    @Override
    public void close() {
        if (outer == null) {
            CURRENT.remove();
        } else {
            CURRENT.set(outer);
        }
    }
}
