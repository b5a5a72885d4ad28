package org.bt4j.line;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.bt4j.engine.Cerebro;
import org.bt4j.feed.ArrayFeed;
import org.bt4j.indicator.CrossOver;
import org.bt4j.indicator.MovingAverageSimple;
import org.bt4j.strategy.Strategy;
import org.junit.jupiter.api.Test;

/**
 * {@link LineContext}: construction scopes (helpers built in a constructor's arguments or body are
 * nested and computed first), dependency order, and the refusal outside any scope.
 */
class LineContextTest {

    /** close minus SMA(3) of close, the SMA built in the constructor body (after this registered). */
    static final class CloseMinusSma extends Indicator {
        private final MovingAverageSimple sma;

        CloseMinusSma(Line in) {
            super(new String[] {"diff"}, in);
            sma = helper(() -> new MovingAverageSimple(in, 3));
            setMinPeriod(sma.minPeriod());
        }

        @Override
        protected void next() {
            out(0).set(0, input(0).get(0) - sma.get(0));
        }
    }

    /** A parent whose body builds a helper whose own constructor builds another helper. */
    static final class Nested extends Indicator {
        private final CloseMinusSma inner;

        Nested(Line in) {
            super(new String[] {"nested"}, in);
            inner = helper(() -> new CloseMinusSma(in));
            setMinPeriod(inner.minPeriod());
        }

        @Override
        protected void next() {
            out(0).set(0, 2 * inner.get(0));
        }
    }

    private static ArrayFeed feed(int n) {
        long[] t = new long[n];
        double[] c = new double[n];
        for (int i = 0; i < n; i++) {
            t[i] = (i + 1) * 86_400_000_000_000L;
            c[i] = 100 + Math.sin(i / 3.0) * 5 + i * 0.1;
        }
        return ArrayFeed.of("d", t, c, c, c, c, c, null);
    }

    @Test
    void parentComesAfterTheHelpersItsConstructorBuilt() {
        ArrayFeed data = feed(10);
        try (LineContext ctx = LineContext.open()) {
            MovingAverageSimple first = new MovingAverageSimple(data.close(), 2);
            Nested nested = new Nested(data.close());
            CrossOver cross = new CrossOver(first.line(0), nested.line(0));
            List<Indicator> created = ctx.creationOrder();
            List<Indicator> order = ctx.indicators();
            assertEquals(created.size(), order.size());
            assertSame(nested, created.get(1), "the parent registers before its helpers");
            for (Indicator ind : order) {
                int at = order.indexOf(ind);
                for (Line in : ind.inputs()) {
                    if (in.buffer().owner() instanceof Indicator) {
                        assertTrue(order.indexOf((Indicator) in.buffer().owner()) < at, ind + " after its inputs");
                    }
                }
                for (Indicator h : ind.helpers()) {
                    assertTrue(order.indexOf(h) < at, ind + " after its helper " + h);
                }
            }
            assertSame(first, order.get(0), "creation order kept where dependencies allow");
            assertSame(cross, order.get(order.size() - 1));
            assertTrue(nested.helpers().length == 1 && nested.helpers()[0].isNested());
        }
    }

    @Test
    void helpersBuiltInTheArgumentsBelongToTheIndicatorConstructed() {
        ArrayFeed data = feed(10);
        try (LineContext ctx = LineContext.open()) {
            MovingAverageSimple declared = new MovingAverageSimple(data.close(), 2);
            CrossOver cross = new CrossOver(declared, new MovingAverageSimple(data.close(), 3));
            List<Indicator> nested = ctx.creationOrder().stream().filter(Indicator::isNested).toList();
            assertEquals(1, nested.size(), "only CrossOver's NonZeroDifference is nested: " + ctx.creationOrder());
            assertEquals(List.of(nested.get(0)), List.of(((Indicator) cross).helpers()));
            assertEquals(4, ctx.creationOrder().size(), "the SMA built in the strategy's own expression is declared");
        }
    }

    @Test
    void anIndicatorCreatedOutsideAnyScopeIsRefusedWithOneSentence() {
        ArrayFeed data = feed(10);
        IllegalStateException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class,
            () -> new MovingAverageSimple(data.close(), 2));
        assertEquals("MovingAverageSimple was created outside any construction scope: create indicators in a"
            + " strategy's init() (backtrader's __init__), or inside LineContext.open() when using them on their own",
            e.getMessage());
        try (LineContext ctx = LineContext.open()) {
            assertEquals(1, List.of(new MovingAverageSimple(data.close(), 2)).size());
        }
        org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class,
            () -> new CrossOver(data.close(), data.open()), "closing the context closes its scope");
    }

    /** Runs a strategy using {@link Nested} in every mode; values must be 2 * (close - SMA3). */
    public static final class UsesNested extends Strategy {
        Nested ind;
        int checked;

        @Override
        protected void init() {
            ind = new Nested(close());
        }

        @Override
        protected void next() {
            double expect = 2 * (close().get(0) - (close().get(0) + close().get(-1) + close().get(-2)) / 3);
            assertEquals(expect, ind.get(0), 1e-9, "bar " + len());
            checked++;
        }
    }

    /** Runs a fresh strategy over 50 bars runonce, bar by bar and with exactbars=1, then checks it. */
    private static <S extends Strategy> void inEveryMode(java.util.function.Supplier<S> make,
        java.util.function.BiConsumer<S, String> check) {
        for (int mode = 0; mode < 3; mode++) {
            S s = make.get();
            Cerebro c = new Cerebro().addData(feed(50)).addStrategy(s, Map.of());
            if (mode == 1) {
                c.runonce(false);
            } else if (mode == 2) {
                c.exactbars(1);
            }
            c.run();
            check.accept(s, "mode " + mode);
        }
    }

    @Test
    void helpersBuiltInTheConstructorBodyAreComputedFirstInEveryMode() {
        inEveryMode(UsesNested::new, (s, mode) -> assertEquals(48, s.checked, mode));
    }

    /** {@link CloseMinusSma} as a user might write it: the SMA built in the body without helper(...). */
    static final class CloseMinusSmaNoHelper extends Indicator {
        private final MovingAverageSimple sma;

        CloseMinusSmaNoHelper(Line in) {
            super(new String[] {"diff"}, in);
            sma = new MovingAverageSimple(in, 3);
            setMinPeriod(sma.minPeriod());
        }

        @Override
        protected void next() {
            out(0).set(0, input(0).get(0) - sma.get(0));
        }
    }

    /** Declares both spellings; they must agree on every bar, on the current bar's SMA. */
    public static final class UsesBoth extends Strategy {
        CloseMinusSma withHelper;
        CloseMinusSmaNoHelper without;
        int checked;

        @Override
        protected void init() {
            without = new CloseMinusSmaNoHelper(close());
            withHelper = new CloseMinusSma(close());
        }

        @Override
        protected void next() {
            double expect = close().get(0) - (close().get(0) + close().get(-1) + close().get(-2)) / 3;
            assertEquals(expect, withHelper.get(0), 1e-9, "helper, bar " + len());
            assertEquals(withHelper.get(0), without.get(0), 0.0, "no helper, bar " + len());
            checked++;
        }
    }

    @Test
    void anIndicatorBuiltInTheBodyWithoutHelperIsAdoptedAsTheHelperInEveryMode() {
        inEveryMode(UsesBoth::new, (s, mode) -> {
            assertEquals(48, s.checked, mode);
            assertTrue(s.without.helpers().length == 1 && s.without.helpers()[0].isNested(), mode);
            assertEquals(2, s.indicators().stream().filter(i -> !i.isNested()).count(), mode);
        });
    }
}
