package org.bt4j.line;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The construction scopes of indicators: every indicator registers, in its base constructor, with
 * the innermost scope open on its thread, and a context collects all of them. The engine opens a
 * context around {@code Strategy.init()}; tests and tools open one with {@link #open()}. Creating
 * an indicator with no scope open fails with one sentence saying where to create it.
 *
 * <p>Inside a context an indicator opens its own scope while it builds its sub-indicators (see
 * {@link Indicator#building} for the ones built in the arguments of its {@code super(...)} call
 * and {@link Indicator#helper} for the ones built in its constructor body): those are its
 * helpers, {@linkplain Indicator#isNested() nested} (not shown in charts or the writer), and are
 * computed before it. Nothing inspects the call stack.
 *
 * <p>{@link #indicators()} hands the engine a dependency order: every indicator after the
 * indicators owning its {@linkplain Indicator#inputs() input lines}, after its clock when that is
 * an indicator, and after its helpers; otherwise creation order is kept (a dependency cycle, which
 * only a feedback design can produce, keeps creation order for its members). Before ordering, an
 * indicator that holds in an instance field (an {@code Indicator} or one of its lines) an
 * indicator registered after it, which it does not depend on already and which does not depend on
 * it, adopts it as its nested helper: that is one its constructor body built without
 * {@link Indicator#helper}, which would otherwise be computed after it and read a bar late (in
 * backtrader such a sub-indicator just works). Set-up time only, one
 * thread: a context and its scopes belong to the thread that opened them.
 */
public final class LineContext implements AutoCloseable {

    /** The innermost open scope on this thread (null: none). Deliberate per-thread state: see the class comment. */
    private static final ThreadLocal<Scope> CURRENT = new ThreadLocal<>();

    private final List<Indicator> created = new ArrayList<>();
    private final Scope scope;
    /** Why indicators may not be created here (null: they are collected). */
    private final String refusal;
    private List<Indicator> sorted;

    private LineContext(String refusal) {
        this.refusal = refusal;
        this.scope = new Scope(CURRENT.get(), this, null, false);
        CURRENT.set(scope);
    }

    /** Opens a context on this thread; close it to restore the previous scope. */
    public static LineContext open() {
        return new LineContext(null);
    }

    /**
     * Opens a context in which creating an indicator fails with {@code reason} (after the
     * indicator's name): the engine opens one around a run, so an indicator created after
     * {@code init()} (in {@code start()}, {@code next()}, ...), which nothing would compute, is
     * refused at once. A context opened inside it (the one around {@code init()}) collects as usual.
     */
    public static LineContext refusing(String reason) {
        return new LineContext(java.util.Objects.requireNonNull(reason, "reason"));
    }

    /**
     * Records {@code indicator} in the innermost scope: it takes the helpers built for it just
     * before (in the arguments of its constructor call), and becomes a helper itself when the
     * scope belongs to an indicator under construction. Returns whether it is nested.
     */
    static boolean register(Indicator indicator) {
        Scope s = CURRENT.get();
        if (s == null) {
            throw outsideAnyScope(indicator.getClass().getSimpleName());
        }
        LineContext ctx = s.context;
        if (ctx.refusal != null) {
            throw new IllegalStateException(indicator.getClass().getSimpleName() + " " + ctx.refusal);
        }
        for (Indicator h : s.pending) {
            indicator.addHelper(h);
        }
        s.pending.clear();
        if (s.owner != null) {
            s.owner.addHelper(indicator);
        } else if (s.nested) {
            s.built.add(indicator);
        }
        ctx.created.add(indicator);
        ctx.sorted = null;
        return s.nested;
    }

    /**
     * Opens the scope of an indicator about to be constructed (its constructor call's arguments):
     * what registers here goes, on {@link Scope#close()}, to the next indicator registering in the
     * enclosing scope, which is the one being constructed.
     */
    static Scope openArguments() {
        return push(null);
    }

    /** Opens the scope of {@code owner}'s constructor body: what registers here is its helper. */
    static Scope openBody(Indicator owner) {
        return push(java.util.Objects.requireNonNull(owner, "owner"));
    }

    private static Scope push(Indicator owner) {
        Scope outer = CURRENT.get();
        if (outer == null) {
            throw outsideAnyScope(owner == null ? "an indicator" : owner.getClass().getSimpleName());
        }
        Scope s = new Scope(outer, outer.context, owner, true);
        CURRENT.set(s);
        return s;
    }

    private static IllegalStateException outsideAnyScope(String what) {
        return new IllegalStateException(what + " was created outside any construction scope: create indicators in a"
            + " strategy's init() (backtrader's __init__), or inside LineContext.open() when using them on their own");
    }

    /**
     * The indicators registered so far in dependency order (see the class comment); a read-only
     * list, stable for as long as no indicator is added.
     */
    public List<Indicator> indicators() {
        if (sorted == null) {
            adoptStrays();
            sorted = Collections.unmodifiableList(dependencyOrder());
        }
        return sorted;
    }

    /** The indicators registered so far, in creation order. */
    public List<Indicator> creationOrder() {
        return Collections.unmodifiableList(created);
    }

    /** Adopts the strays (see the class comment): a reflective look at each indicator's fields, once per ordering. */
    private void adoptStrays() {
        Map<Indicator, Integer> index = new IdentityHashMap<>();
        for (int i = 0; i < created.size(); i++) {
            index.put(created.get(i), i);
        }
        for (Indicator owner : created) {
            int at = index.get(owner);
            for (Indicator held : heldIndicators(owner)) {
                Integer heldAt = index.get(held);
                if (heldAt != null && heldAt > at && !dependsOn(owner, held, new IdentityHashMap<>())
                    && !dependsOn(held, owner, new IdentityHashMap<>())) {
                    owner.adopt(held);
                }
            }
        }
    }

    /** The indicators {@code owner}'s instance fields hold, themselves or through one of their lines. */
    private static List<Indicator> heldIndicators(Indicator owner) {
        List<Indicator> held = new ArrayList<>(4);
        for (Class<?> c = owner.getClass(); c != null && c != Indicator.class; c = c.getSuperclass()) {
            for (java.lang.reflect.Field f : c.getDeclaredFields()) {
                if (java.lang.reflect.Modifier.isStatic(f.getModifiers())
                    || !(Indicator.class.isAssignableFrom(f.getType()) || Line.class.isAssignableFrom(f.getType()))
                    || !f.trySetAccessible()) {
                    continue;
                }
                Object v;
                try {
                    v = f.get(owner);
                } catch (IllegalAccessException e) {
                    continue;
                }
                if (v instanceof Line) {
                    v = ((Line) v).buffer().owner();
                }
                if (v instanceof Indicator && v != owner) {
                    held.add((Indicator) v);
                }
            }
        }
        return held;
    }

    /** Whether {@code ind} reads {@code target} through its inputs, clock or helpers, directly or not. */
    private static boolean dependsOn(Indicator ind, Indicator target, Map<Indicator, Boolean> seen) {
        if (ind == target) {
            return true;
        }
        if (seen.put(ind, Boolean.TRUE) != null) {
            return false;
        }
        for (Line in : ind.inputs()) {
            if (in.buffer().owner() instanceof Indicator && dependsOn((Indicator) in.buffer().owner(), target, seen)) {
                return true;
            }
        }
        if (ind.clock() instanceof Indicator && dependsOn((Indicator) ind.clock(), target, seen)) {
            return true;
        }
        for (Indicator h : ind.helpers()) {
            if (dependsOn(h, target, seen)) {
                return true;
            }
        }
        return false;
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

    /** Closes this context and restores the scope that was open before it. */
    @Override
    public void close() {
        scope.close();
    }

    /**
     * One open construction scope: a context's own (not nested), the arguments of an indicator's
     * constructor call (owner null) or an indicator's constructor body (owner set).
     */
    static final class Scope implements AutoCloseable {
        private final Scope outer;
        private final LineContext context;
        private final Indicator owner;
        private final boolean nested;
        /** Indicators registered directly in an argument scope, handed on at close. */
        private final List<Indicator> built = new ArrayList<>(4);
        /** Helpers built for the next indicator to register here (from closed argument scopes). */
        private final List<Indicator> pending = new ArrayList<>(4);

        private Scope(Scope outer, LineContext context, Indicator owner, boolean nested) {
            this.outer = outer;
            this.context = context;
            this.owner = owner;
            this.nested = nested;
        }

        /** Closes this scope: restores the enclosing one and hands on what was built here. */
        @Override
        public void close() {
            if (nested) {
                if (owner != null) {
                    for (Indicator h : pending) {
                        owner.addHelper(h);
                    }
                } else {
                    outer.pending.addAll(built);
                    outer.pending.addAll(pending);
                }
            }
            if (outer == null) {
                CURRENT.remove();
            } else {
                CURRENT.set(outer);
            }
        }
    }
}
