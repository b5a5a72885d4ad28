package org.bt4j.time;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.locks.LockSupport;

/**
 * Virtual time for a whole in-process system — the simulated gateway and a live client sharing one
 * clock — that runs faster than real time and the same way on every run. The clock moves only when
 * the system is quiet: no counted work in flight ({@link #hold}/{@link #release}: an event in an
 * inbox, a frame on a socket {@link #sent}/{@link #received}, a reconnect) and every participant
 * (a thread that waits through {@link #parkUntil}) waiting; it then jumps to the earliest deadline.
 * Participants due at the same instant run one at a time, in the order of their thread names, each
 * until it waits again and its work has drained, so the order of events does not depend on thread
 * scheduling.
 *
 * <p>Threading: thread-safe.
 */
public final class VirtualClock extends SimulatedClock {

    private final Object lock = new Object();
    private final Map<Thread, Long> waiting = new HashMap<>();
    private final Set<Thread> participants = new HashSet<>();
    private final Map<Object, Integer> inFlight = new HashMap<>();
    private final Set<Object> closed = new HashSet<>();
    private int busy;

    /** A virtual clock showing {@code startNanos}. */
    public VirtualClock(long startNanos) {
        super(startNanos);
    }

    @Override
    public void join() {
        synchronized (lock) {
            participants.add(Thread.currentThread());
        }
    }

    @Override
    public void leave() {
        synchronized (lock) {
            participants.remove(Thread.currentThread());
            waiting.remove(Thread.currentThread());
        }
        next();
    }

    @Override
    public void hold() {
        synchronized (lock) {
            busy++;
        }
    }

    @Override
    public void release() {
        synchronized (lock) {
            busy--;
        }
        next();
    }

    @Override
    public void sent(Object channel) {
        synchronized (lock) {
            if (closed.contains(channel)) {
                return;
            }
            inFlight.merge(channel, 1, Integer::sum);
            busy++;
        }
    }

    @Override
    public void received(Object channel) {
        synchronized (lock) {
            Integer n = inFlight.get(channel);
            if (n == null || n == 0) {
                return;
            }
            inFlight.put(channel, n - 1);
            busy--;
        }
        next();
    }

    @Override
    public void closed(Object channel) {
        synchronized (lock) {
            closed.add(channel);
            Integer n = inFlight.remove(channel);
            if (n != null) {
                busy -= n;
            }
        }
        next();
    }

    /**
     * Waits, as a participant, until the clock reads {@code deadlineNanos} and it is this thread's
     * turn, or until the thread is unparked (an event for it).
     */
    @Override
    public void parkUntil(long deadlineNanos) {
        Thread me = Thread.currentThread();
        synchronized (lock) {
            participants.add(me);
            waiting.put(me, deadlineNanos);
            if (turn(me)) {
                waiting.remove(me);
                return;
            }
        }
        next();
        try {
            LockSupport.park(this);
        } finally {
            synchronized (lock) {
                waiting.remove(me);
            }
        }
    }

    /** Whether {@code deadlineNanos} has come for the calling thread: the clock reads it and it is its turn. */
    @Override
    public boolean reached(long deadlineNanos) {
        Thread me = Thread.currentThread();
        synchronized (lock) {
            participants.add(me);
            Long before = waiting.put(me, deadlineNanos);
            boolean t = turn(me);
            if (before == null) {
                waiting.remove(me);
            } else {
                waiting.put(me, before);
            }
            return t;
        }
    }

    /** Whether {@code me}, waiting, may go on: nothing in flight, everyone waiting, and the first one due is {@code me}. */
    private boolean turn(Thread me) {
        Thread first = firstDue();
        return first == me;
    }

    /** With nothing in flight and every participant waiting: the first due participant by name, else null. */
    private Thread firstDue() {
        if (busy > 0) {
            return null;
        }
        participants.removeIf(t -> !t.isAlive());
        if (!waiting.keySet().containsAll(participants)) {
            return null;
        }
        long now = nanos();
        Thread first = null;
        for (Map.Entry<Thread, Long> e : waiting.entrySet()) {
            if (e.getValue() <= now && (first == null || e.getKey().getName().compareTo(first.getName()) < 0)) {
                first = e.getKey();
            }
        }
        return first;
    }

    /** When the system is quiet: lets the first due participant go, or moves the clock to the earliest deadline. */
    private void next() {
        long to;
        synchronized (lock) {
            Thread first = firstDue();
            if (first != null) {
                LockSupport.unpark(first);
                return;
            }
            if (busy > 0 || !waiting.keySet().containsAll(participants) || waiting.isEmpty()) {
                return;
            }
            to = Long.MAX_VALUE;
            for (long d : waiting.values()) {
                to = Math.min(to, d);
            }
            if (to == Long.MAX_VALUE || to <= nanos()) {
                return;
            }
        }
        set(to); // listeners run outside the lock
        synchronized (lock) {
            Thread first = firstDue();
            if (first != null) {
                LockSupport.unpark(first);
            }
        }
    }

    /** The participants and what they wait for (diagnostics). */
    public String describe() {
        synchronized (lock) {
            List<String> w = new ArrayList<>();
            for (Map.Entry<Thread, Long> e : waiting.entrySet()) {
                w.add(e.getKey().getName() + "@" + (e.getValue() == Long.MAX_VALUE ? "-" : e.getValue() - nanos()));
            }
            return "now " + nanos() + ", busy " + busy + ", waiting " + w + " of " + participants.size();
        }
    }
}
