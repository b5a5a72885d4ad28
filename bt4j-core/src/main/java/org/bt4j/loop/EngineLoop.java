package org.bt4j.loop;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.bt4j.time.Clock;
import org.bt4j.time.SimulatedClock;

/**
 * The one engine loop of a run, backtest or live, in the style of an Agrona agent: other threads
 * (socket readers, timers) only {@link #offer} typed events to its {@link Inbox}; the engine thread
 * {@link #step steps}, taking one event at a time, giving it the next sequence number and one
 * reading of the injected {@link Clock} ({@link #now()}, the time every component uses while it
 * handles the event), and handing it to its {@link Inlet}. When nothing arrives it parks until the
 * caller's next due time and then takes a {@link Event#TIMER timer}.
 *
 * <p>Every taken event can be {@link #record recorded} in a {@link SessionJournal}; a loop made
 * with {@link #replaying} takes the journal's events instead, with their recorded readings on a
 * {@link SimulatedClock}, so that the same components, fed the same events at the same times,
 * do exactly what they did — with no network.
 *
 * <p>Threading: {@link #offer}, {@link #stop} and {@link #wake} from any thread; everything else
 * on the engine thread (the first thread that steps, or the one that called {@link #bind}).
 */
public final class EngineLoop {

    private final Clock clock;
    private final Inbox inbox = new Inbox();
    private final Map<String, Inlet<?>> inlets = new LinkedHashMap<>();
    private final SessionJournal.Reader replay;
    private final SimulatedClock replayClock;
    private SessionJournal.Writer recorder;
    private volatile Thread engine;
    private long seq;
    private long now;
    private boolean stopped;

    /** A live loop on {@code clock}. */
    public EngineLoop(Clock clock) {
        this.clock = java.util.Objects.requireNonNull(clock, "clock");
        this.now = clock.nanos();
        this.replay = null;
        this.replayClock = null;
    }

    private EngineLoop(SessionJournal.Reader journal) {
        this.replayClock = new SimulatedClock(journal.startNanos());
        this.clock = replayClock;
        this.now = journal.startNanos();
        this.replay = journal;
    }

    /** A loop that takes the events of {@code journal}, on a simulated clock set to their readings. */
    public static EngineLoop replaying(SessionJournal.Reader journal) {
        return new EngineLoop(journal);
    }

    /** Whether this loop replays a journal (no network: components must not connect). */
    public boolean isReplay() {
        return replay != null;
    }

    /** The loop's clock (a simulated one following the journal when replaying); any thread. */
    public Clock clock() {
        return clock;
    }

    /** Registers {@code inlet} under its name (before the events for it are offered or replayed). */
    public <I extends Inlet<?>> I register(I inlet) {
        Inlet<?> old = inlets.putIfAbsent(inlet.name(), inlet);
        if (old != null && old != inlet) {
            throw new IllegalArgumentException("an inlet named '" + inlet.name() + "' is already registered");
        }
        if (replay != null) {
            replay.bind(inlet);
        }
        return inlet;
    }

    /** Writes every event taken from now on to {@code journal} (engine thread, before the run). */
    public void record(SessionJournal.Writer journal) {
        if (replay != null) {
            throw new IllegalStateException("a replaying loop cannot record");
        }
        this.recorder = journal;
    }

    /** Offers {@code payload} for {@code to}; any thread, never blocks. Ignored while replaying. */
    public <T> void offer(Inlet<T> to, T payload) {
        if (replay == null) {
            clock.hold(); // released once the event is handled: a virtual clock waits for it
            inbox.offer(new Event.Input<>(to, payload));
        }
    }

    /** Wakes the engine thread to take a clock reading and look at its feeds again ({@link Event#WAKE}); any thread. */
    public void wake() {
        if (replay == null) {
            clock.hold();
            inbox.offer(Event.WAKE);
        }
    }

    /** Stops the run: at once on the engine thread, else through the inbox; any thread. */
    public void stop() {
        if (Thread.currentThread() == engine || engine == null && replay != null) {
            stopped = true;
        } else {
            clock.hold();
            inbox.offer(Event.STOP);
        }
    }

    /** Whether a stop was taken (or asked for on the engine thread). */
    public boolean stopped() {
        return stopped;
    }

    /** Clears a stop (a new run on the same loop). Engine thread. */
    public void resume() {
        stopped = false;
    }

    /** Makes the calling thread the engine thread. */
    public void bind() {
        engine = Thread.currentThread();
        clock.join();
    }

    /** Whether the calling thread is the engine thread. */
    public boolean onEngineThread() {
        return Thread.currentThread() == engine;
    }

    /** The clock reading of the event being handled (or the last one); engine thread. */
    public long now() {
        return now;
    }

    /** The sequence number of the event being handled (1 for the first); engine thread. */
    public long seq() {
        return seq;
    }

    /** Whether nothing waits in the inbox (live loops; engine thread). */
    public boolean idle() {
        return replay == null && inbox.isEmpty();
    }

    /**
     * Takes the next event — waiting on the clock until one is offered or the clock reads
     * {@code deadlineNanos}, which gives a {@link Event#TIMER} ({@link Long#MIN_VALUE}: do not
     * wait) — reads the clock once, records the event, and hands an input to its inlet. A replaying
     * loop takes the journal's next event and reading instead, and a {@link Event#STOP} at its end.
     */
    public Event step(long deadlineNanos) {
        if (engine == null) {
            bind();
        }
        Event e;
        boolean taken = false;
        if (replay != null) {
            SessionJournal.Entry x = replay.next();
            if (x == null) {
                e = Event.STOP;
            } else {
                e = x.event();
                if (x.nanos() > replayClock.nanos()) {
                    replayClock.set(x.nanos());
                }
                now = x.nanos();
            }
        } else {
            e = inbox.take(clock, deadlineNanos);
            taken = e != null;
            if (e == null) {
                e = Event.TIMER;
            }
            now = Math.max(now, clock.nanos());
            if (recorder != null) {
                recorder.append(now, e);
            }
        }
        seq++;
        try {
            if (e instanceof Event.Input<?> in) {
                in.deliver();
            } else if (e instanceof Event.Stop) {
                stopped = true;
            }
        } finally {
            if (taken) {
                clock.release();
            }
        }
        return e;
    }

    /**
     * Steps until {@code done} holds, the loop stops, or {@code timeoutNanos} of clock time passed
     * since {@link #now()}; returns {@code done}'s last answer. Engine thread.
     */
    public boolean runUntil(BooleanSupplier done, long timeoutNanos) {
        long deadline = timeoutNanos >= Long.MAX_VALUE - now ? Long.MAX_VALUE : now + timeoutNanos;
        while (!done.getAsBoolean()) {
            if (stopped) {
                return false;
            }
            Event e = step(deadline);
            if (e instanceof Event.Timer && now >= deadline) {
                return done.getAsBoolean();
            }
        }
        return true;
    }
}
