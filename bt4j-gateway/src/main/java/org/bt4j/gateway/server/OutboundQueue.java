package org.bt4j.gateway.server;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A bounded queue of encoded frames from the gateway thread to one client's writer thread.
 * {@link #offer} never blocks: when the client stops reading and the queue fills, it returns
 * false and the gateway drops that client, so one slow reader never stalls the others.
 * Thread-safe (single producer, single consumer).
 */
public final class OutboundQueue {

    private static final byte[] CLOSE = new byte[0];

    private final BlockingQueue<byte[]> q;

    /** @param capacity maximum frames waiting */
    public OutboundQueue(int capacity) {
        this.q = new ArrayBlockingQueue<>(capacity);
    }

    /** Adds a payload; false when full. */
    public boolean offer(byte[] payload) {
        return q.offer(payload);
    }

    /** Asks the writer to stop after what is queued (best effort when full). */
    public void close() {
        if (!q.offer(CLOSE)) {
            q.clear();
            q.offer(CLOSE);
        }
    }

    /** Next payload, waiting up to {@code millis}; null on time-out; an empty array means "closed". */
    public byte[] take(long millis) throws InterruptedException {
        return q.poll(millis, TimeUnit.MILLISECONDS);
    }

    /** Next payload without waiting, or null. */
    public byte[] poll() {
        return q.poll();
    }

    /** Frames waiting. */
    public int size() {
        return q.size();
    }

    static boolean isClose(byte[] p) {
        return p == CLOSE;
    }
}
