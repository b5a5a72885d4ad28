package org.bt4j.line;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.bt4j.feed.ArrayFeed;
import org.bt4j.indicator.Average;
import org.bt4j.indicator.CrossDown;
import org.bt4j.indicator.CrossOver;
import org.bt4j.indicator.CrossUp;
import org.bt4j.indicator.Delay;
import org.bt4j.indicator.ExponentialMovingAverage;
import org.bt4j.indicator.ExponentialSmoothing;
import org.bt4j.indicator.Highest;
import org.bt4j.indicator.MovingAverageSimple;
import org.bt4j.indicator.NonZeroDifference;
import org.bt4j.indicator.SmoothedMovingAverage;
import org.bt4j.indicator.SumN;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * {@link OncePipeline}: the indicators it computes a span at a time on its own thread end bit for
 * bit as {@link Indicator#runOnce} leaves them, whatever the spans; a failure of the pass reaches
 * the waiting thread as the same exception; {@link OncePipeline#takes} refuses what it cannot
 * compute beside the loop; {@link OncePipeline#close} stops the pass.
 */
class OncePipelineTest {

    /**
     * {@code n} bars whose closes have what the opted-in passes treat apart: flat stretches longer
     * than the slow average (equal averages: zero differences that keep the last non-zero one),
     * zeros first (the window sum's scale chosen late), a NaN and a huge value (the window sum's
     * general path), a tick-sized walk otherwise.
     */
    private static ArrayFeed feed(int n) {
        long[] t = new long[n];
        double[] c = new double[n];
        long state = 42;
        double price = 0;
        for (int i = 0; i < n; i++) {
            t[i] = (i + 1) * 60_000_000_000L;
            state = state * 6364136223846793005L + 1442695040888963407L;
            int phase = (i / 97) % 5;
            if (i < 40) {
                price = 0; // zeros, then a jump
            } else if (i == 40) {
                price = 1000;
            } else if (phase != 3) { // phase 3: flat for 97 bars
                price += ((state >>> 33) % 9 - 4) * 0.25;
            }
            c[i] = i % 1999 == 1000 ? Double.NaN : i % 2503 == 7 ? 1e300 : price;
        }
        return ArrayFeed.of("d", t, c, c, c, c, c, null);
    }

    /** Every opted-in indicator class, chained as strategies chain them, in dependency order. */
    private static List<Indicator> indicators(ArrayFeed d) {
        d.preload();
        d.home();
        try (LineContext ctx = LineContext.open()) {
            MovingAverageSimple fast = new MovingAverageSimple(d.close(), 10);
            MovingAverageSimple slow = new MovingAverageSimple(d.close(), 30);
            new CrossOver(fast, slow);
            new CrossUp(fast, slow);
            new CrossDown(fast, slow);
            ExponentialMovingAverage ema = new ExponentialMovingAverage(d.close(), 12);
            new SmoothedMovingAverage(ema.line(0), 5);
            new ExponentialSmoothing(fast.line(0), 7, 0.3);
            new Average(d.close(), 4);
            new SumN(slow.line(0), 3);
            new Delay(slow.line(0), 2);
            new NonZeroDifference(d.close(), ema.line(0));
            return ctx.indicators();
        }
    }

    /** Each line of each indicator, its first {@code n} values as raw bits, and its size. */
    private static List<String> lines(List<Indicator> inds, int n) {
        List<String> out = new ArrayList<>();
        for (Indicator ind : inds) {
            for (LineBuffer b : ind.buffers()) {
                StringBuilder s = new StringBuilder(ind + " size " + b.size() + ":");
                double[] a = b.array();
                for (int i = 0; i < n; i++) {
                    s.append(' ').append(Long.toHexString(Double.doubleToRawLongBits(a[i])));
                }
                out.add(s.toString());
            }
        }
        return out;
    }

    @ParameterizedTest
    @CsvSource({"1, 1, 1", "5, 1, 8", "29, 4, 4", "30, 1, 2", "31, 3, 3", "250, 1, 1", "4095, 7, 64", "4096, 4096, 16384",
        "4097, 4096, 16384", "9000, 1000, 1000", "70001, 4096, 16384", "150001, 4096, 16384"})
    void thePipelinedPassGivesTheSequentialPassBitForBit(int bars, int firstSpan, int maxSpan) {
        List<Indicator> sequential = indicators(feed(bars));
        for (Indicator ind : sequential) {
            ind.runOnce(bars);
        }
        List<Indicator> pipelined = indicators(feed(bars));
        try (OncePipeline p = OncePipeline.start(pipelined, bars, firstSpan, maxSpan)) {
            int ready = 0;
            while (ready < bars) {
                ready = p.awaitReady(ready + 1);
            }
            p.finish();
        }
        assertEquals(lines(sequential, bars), lines(pipelined, bars));
        for (Indicator ind : pipelined) {
            assertEquals(0, ind.len(), "no cursor moved: " + ind);
        }
    }

    private static OncePipeline failingAt(int failAt, Throwable failure) {
        ArrayFeed d = feed(20_000);
        d.preload();
        List<Indicator> inds;
        try (LineContext ctx = LineContext.open()) {
            new SpanCopy(d.close(), failAt, failure);
            inds = ctx.indicators();
        }
        return OncePipeline.start(inds, 20_000, 1000, 1000);
    }

    @Test
    void aFailureOfThePassIsThrownAsItIsWhereTheLoopWaitsForItsBars() {
        IllegalStateException boom = new IllegalStateException("boom at bar 5500");
        try (OncePipeline p = failingAt(5500, boom)) {
            assertTrue(p.awaitReady(5000) >= 5000, "the spans before the failing one are published");
            assertSame(boom, assertThrows(IllegalStateException.class, () -> p.awaitReady(5001)));
            assertSame(boom, assertThrows(IllegalStateException.class, p::finish));
        }
        OutOfMemoryError oom = new OutOfMemoryError("Java heap space");
        try (OncePipeline p = failingAt(0, oom)) {
            assertSame(oom, assertThrows(OutOfMemoryError.class, () -> p.awaitReady(1)));
        }
    }

    /** Opted in; its second span waits until the test lets it go, and records each span's thread. */
    private static final class Gated extends Indicator {
        final CountDownLatch inSecondSpan = new CountDownLatch(1);
        final CountDownLatch release = new CountDownLatch(1);
        final List<String> spans = new ArrayList<>();

        Gated(Line in) {
            super(new String[] {"v"}, in);
        }

        @Override
        protected boolean onceInSpans() {
            return true;
        }

        @Override
        protected void next() {
        }

        @Override
        protected void once(int start, int end) {
            Thread t = Thread.currentThread();
            synchronized (spans) {
                spans.add(start + ".." + end + " on " + t.getName() + (t.isDaemon() ? " (daemon)" : ""));
            }
            if (start > 0) {
                inSecondSpan.countDown();
                try {
                    release.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }
    }

    /** A pipeline over 10,000 bars in spans of 1,000 whose only indicator is {@code g}. */
    private static OncePipeline gated(Gated g) {
        return OncePipeline.start(List.of(g), 10_000, 1000, 1000);
    }

    private static Gated gate() {
        ArrayFeed d = feed(10_000);
        d.preload();
        try (LineContext ctx = LineContext.open()) {
            return new Gated(d.close());
        }
    }

    /** Lets {@code g}'s second span go once {@code waiter} waits (untimed) on the pipeline. */
    private static void releaseWhenWaiting(Gated g, Thread waiter, boolean interrupt) {
        while (waiter.getState() != Thread.State.WAITING) {
            Thread.onSpinWait();
        }
        if (interrupt) {
            waiter.interrupt();
            while (waiter.getState() != Thread.State.WAITING) { // it waits again
                Thread.onSpinWait();
            }
        }
        g.release.countDown();
    }

    @Test
    void closeStopsThePassAfterItsCurrentSpanOnItsOwnDaemonThread() throws InterruptedException {
        Gated g = gate();
        OncePipeline p = gated(g);
        g.inSecondSpan.await();
        Thread closing = new Thread(p::close, "closing");
        closing.start();
        releaseWhenWaiting(g, closing, false); // close() set the flag and waits for the thread
        closing.join();
        p.close(); // again: nothing left to stop
        synchronized (g.spans) {
            assertEquals(List.of("0..1000 on bt4j-precompute (daemon)", "1000..2000 on bt4j-precompute (daemon)"), g.spans);
        }
    }

    @Test
    void anInterruptDuringAWaitIsKeptForAfterIt() throws InterruptedException {
        Gated g = gate();
        try (OncePipeline p = gated(g)) {
            g.inSecondSpan.await();
            Thread waiter = Thread.currentThread();
            Thread releasing = new Thread(() -> releaseWhenWaiting(g, waiter, true), "releasing");
            releasing.start();
            assertTrue(p.awaitReady(1500) >= 2000, "the wait went on after the interrupt");
            assertTrue(Thread.interrupted(), "the interrupt is set again");
            releasing.join();
            p.finish();
        }
    }

    @Test
    void takesOnlyOptedInIndicatorsOverTheFeedAndIndicatorsBeforeThem() {
        int enough = OncePipeline.MIN_BARS;
        ArrayFeed d = feed(100);
        List<Indicator> all = indicators(d);
        assertTrue(OncePipeline.takes(all, d, enough));
        assertFalse(OncePipeline.takes(all, d, enough - 1), "too few bars: computed before the loop");
        try (LineContext ctx = LineContext.open()) {
            MovingAverageSimple sma = new MovingAverageSimple(d.close(), 5);
            Highest high = new Highest(d.close(), 5);
            assertTrue(OncePipeline.takes(List.of(sma), d, enough));
            assertFalse(OncePipeline.takes(List.of(sma, high), d, enough), "Highest is not opted in");
            MovingAverageSimple ofHigh = new MovingAverageSimple(high.line(0), 3);
            assertFalse(OncePipeline.takes(List.of(ofHigh), d, enough), "its input is computed elsewhere");
            CrossOver cross = new CrossOver(sma, ofHigh);
            List<Indicator> crossed = ctx.indicators().subList(ctx.indicators().indexOf(cross) - 1,
                ctx.indicators().size()); // its NonZeroDifference helper, then itself
            assertFalse(OncePipeline.takes(crossed, d, enough), "their inputs are not in the list");
            ArrayFeed other = feed(100);
            other.preload();
            assertFalse(OncePipeline.takes(List.of(new MovingAverageSimple(other.close(), 5)), d, enough),
                "another feed's line");
        }
        List<Indicator> reversed = new ArrayList<>(all);
        java.util.Collections.reverse(reversed);
        assertFalse(OncePipeline.takes(reversed, d, enough), "an indicator before its inputs");
    }
}
