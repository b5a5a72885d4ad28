package org.bt4j.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PushFeedTest {

    @Test
    void deliversPushedBarsInOrderAndEndsAfterFinish() throws Exception {
        PushFeed f = new PushFeed("live");
        assertTrue(f.isLive());
        assertFalse(f.next(), "nothing yet");
        assertFalse(f.isFinished());
        for (int i = 0; i < 3000; i++) {
            f.pushTick(i, i, 1);
        }
        for (int i = 0; i < 3000; i++) {
            assertTrue(f.next());
            assertEquals(i, f.close().get(0));
            assertEquals(i, f.datetime(0));
        }
        f.finish();
        assertFalse(f.next());
        assertTrue(f.isFinished());
        assertThrows(IllegalStateException.class, () -> f.pushTick(1, 1, 1));
        assertThrows(IllegalStateException.class, f::preload);
    }

    @Test
    void everyPushAndTheFinishRunTheArrivalSignalOnThePushingThread() throws Exception {
        PushFeed f = new PushFeed("live");
        java.util.List<Thread> heard = new java.util.concurrent.CopyOnWriteArrayList<>();
        f.onArrival(() -> heard.add(Thread.currentThread()));
        Thread producer = new Thread(() -> {
            f.push(5, 1, 2, 0.5, 1.5, 10, 0);
            f.finish();
        });
        producer.start();
        producer.join();
        assertEquals(java.util.List.of(producer, producer), heard);
        assertTrue(f.next());
        assertEquals(1.5, f.close().get(0));
    }
}
