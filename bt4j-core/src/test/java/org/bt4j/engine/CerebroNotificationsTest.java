package org.bt4j.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BiConsumer;
import org.bt4j.feed.DataFeed;
import org.bt4j.feed.DataStatus;
import org.bt4j.feed.LiveFeed;
import org.bt4j.feed.StatusSource;
import org.bt4j.feed.Store;
import org.bt4j.resample.ResampleParams;
import org.bt4j.resample.ResampledFeed;
import org.bt4j.strategy.Strategy;
import org.bt4j.time.TimeFrame;
import org.junit.jupiter.api.Test;

/**
 * Cerebro's notification routing: statuses of feeds that report them reach every strategy's
 * {@code notifyData}, and store notifications reach {@code notifyStore}, on the engine thread,
 * in order, once each — without any bridging by the caller.
 */
class CerebroNotificationsTest {

    private static final long MINUTE = 60_000_000_000L;

    @Test
    void statusesOfAnAddedFeedReachEveryStrategyInOrder() {
        StatusFeed feed = new StatusFeed(5, null);
        Cerebro c = new Cerebro();
        c.addData(feed);
        c.addStrategy(Recorder.class, java.util.Map.of());
        c.addStrategy(Recorder.class, java.util.Map.of());
        List<Strategy> out = c.run();
        List<String> want = List.of("CONNECTED", "DELAYED", "LIVE", "DISCONNECTED");
        for (Strategy s : out) {
            Recorder r = (Recorder) s;
            assertEquals(want, r.statuses);
            assertEquals(5, r.bars);
            for (DataFeed d : r.statusData) {
                assertSame(feed, d);
            }
            for (Thread t : r.threads) {
                assertSame(Thread.currentThread(), t, "delivered on the engine thread");
            }
        }
    }

    @Test
    void aStatusFeedBehindAResamplerIsWiredThroughIt() {
        StatusFeed feed = new StatusFeed(6, null);
        Cerebro c = new Cerebro();
        c.addData(new ResampledFeed(feed, ResampleParams.resample(TimeFrame.Minutes, 2)));
        c.addStrategy(Recorder.class, java.util.Map.of());
        Recorder r = (Recorder) c.run().get(0);
        assertEquals(List.of("CONNECTED", "DELAYED", "LIVE", "DISCONNECTED"), r.statuses);
        assertEquals(1, feed.listeners.size());
    }

    @Test
    void storeNotificationsReachStrategiesOnceWhetherAddedOrReachedThroughAFeed() throws Exception {
        QueueStore store = new QueueStore();
        store.notify("<before the run>");
        StatusFeed feed = new StatusFeed(4, store);
        Cerebro c = new Cerebro();
        c.addStore(store);
        c.addData(feed);
        c.addStore(store);
        c.addStrategy(Recorder.class, java.util.Map.of());
        Recorder r = (Recorder) c.run().get(0);
        assertEquals(List.of("<before the run>", "<bar 1>", "<bar 2>", "<bar 3>", "<bar 4>"), r.messages);
        assertEquals(1, store.signals.size());
        for (Thread t : r.threads) {
            assertSame(Thread.currentThread(), t, "delivered on the engine thread");
        }
    }

    @Test
    void aStrategyReadsTheNoticesCodeIdAndTextAndSeesBacktradersPrintedForm() {
        QueueStore store = new QueueStore();
        store.notify(new org.bt4j.feed.StoreNotice.Error(-1, 2104, "Market data farm connection is OK:usfarm"));
        store.notify(new org.bt4j.feed.StoreNotice.Error(7, 354, "Requested market data is not subscribed."));
        Cerebro c = new Cerebro();
        c.addStore(store);
        c.addData(new StatusFeed(2, null));
        List<org.bt4j.feed.StoreNotice> cb = new ArrayList<>();
        c.addStoreCb(cb::add);
        c.addStrategy(Recorder.class, java.util.Map.of());
        Recorder r = (Recorder) c.run().get(0);
        assertEquals(List.of("<error id=-1, errorCode=2104, errorMsg=Market data farm connection is OK:usfarm>",
            "<error id=7, errorCode=354, errorMsg=Requested market data is not subscribed.>"), r.messages);
        org.bt4j.feed.StoreNotice second = r.notices.get(1);
        assertEquals(List.of(7, 354, "Requested market data is not subscribed."),
            List.of(second.id(), second.code(), second.message()));
        assertEquals(r.notices, cb, "the store callback sees the same notices first");
    }

    @Test
    void notificationsSignalledFromAnotherThreadAreDelivered() throws Exception {
        QueueStore store = new QueueStore();
        Cerebro c = new Cerebro();
        c.addStore(store);
        c.addData(new StatusFeed(3, null));
        c.addStrategy(Recorder.class, java.util.Map.of());
        Thread other = new Thread(() -> store.notify("<from another thread>"));
        other.start();
        other.join();
        Recorder r = (Recorder) c.run().get(0);
        assertEquals(List.of("<from another thread>"), r.messages);
    }

    /** Records what the engine delivers. */
    public static final class Recorder extends Strategy {
        final List<String> statuses = new ArrayList<>();
        final List<DataFeed> statusData = new ArrayList<>();
        final List<String> messages = new ArrayList<>();
        final List<org.bt4j.feed.StoreNotice> notices = new ArrayList<>();
        final List<Thread> threads = new ArrayList<>();
        int bars;

        @Override
        protected void next() {
            bars++;
        }

        @Override
        protected void notifyData(DataFeed data, DataStatus status) {
            statuses.add(status.name());
            statusData.add(data);
            threads.add(Thread.currentThread());
        }

        @Override
        protected void notifyStore(org.bt4j.feed.StoreNotice notice) {
            messages.add(notice.toString());
            notices.add(notice);
            threads.add(Thread.currentThread());
        }
    }

    /**
     * A scripted live feed: {@code n} one-minute bars, all ready; CONNECTED and DELAYED at start,
     * LIVE with the third bar, DISCONNECTED at the end. With a store it queues one notification per bar.
     */
    private static final class StatusFeed extends DataFeed implements LiveFeed, StatusSource {
        final List<BiConsumer<? super DataFeed, ? super DataStatus>> listeners = new CopyOnWriteArrayList<>();
        private final int n;
        private final QueueStore store;
        private int i;
        private boolean finished;

        StatusFeed(int n, QueueStore store) {
            this.n = n;
            this.store = store;
            name("status");
            timeFrame(TimeFrame.Minutes, 1);
        }

        private void report(DataStatus s) {
            for (var l : listeners) {
                l.accept(this, s);
            }
        }

        @Override
        public void addStatusListener(BiConsumer<? super DataFeed, ? super DataStatus> listener) {
            listeners.add(listener);
        }

        @Override
        public Store store() {
            return store;
        }

        @Override
        public void start() {
            super.start();
            report(DataStatus.CONNECTED);
            report(DataStatus.DELAYED);
        }

        @Override
        public boolean isLive() {
            return true;
        }

        @Override
        public boolean isFinished() {
            return finished;
        }

        @Override
        protected boolean load() {
            if (i == n) {
                if (!finished) {
                    finished = true;
                    report(DataStatus.DISCONNECTED);
                }
                return false;
            }
            i++;
            if (i == 3) {
                report(DataStatus.LIVE);
            }
            if (store != null) {
                store.notify("<bar " + i + ">");
            }
            forward();
            double p = 100 + i;
            setBar(i * MINUTE, p, p, p, p, 1, 0);
            return true;
        }
    }

    /** A store queueing its own notices, signalling its listeners. */
    private static final class QueueStore implements Store {
        final ConcurrentLinkedQueue<org.bt4j.feed.StoreNotice> queue = new ConcurrentLinkedQueue<>();
        final List<Runnable> signals = new CopyOnWriteArrayList<>();

        void notify(String message) {
            notify(new org.bt4j.feed.StoreNotice.Notice(0, message));
        }

        void notify(org.bt4j.feed.StoreNotice notice) {
            queue.add(notice);
            for (Runnable r : signals) {
                r.run();
            }
        }

        @Override
        public List<org.bt4j.feed.StoreNotice> drainNotifications() {
            List<org.bt4j.feed.StoreNotice> out = new ArrayList<>();
            for (org.bt4j.feed.StoreNotice s; (s = queue.poll()) != null; ) {
                out.add(s);
            }
            return out;
        }

        @Override
        public void addNotificationListener(Runnable signal) {
            signals.add(signal);
        }
    }
}
