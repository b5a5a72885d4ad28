package org.bt4j.ib.data;

import java.util.ArrayDeque;
import org.bt4j.feed.DataStatus;

/**
 * The explicit state machine of an IB live feed (backtrader's IBData {@code _load} states, made
 * explicit and fixed): start-up, live streaming, backfill after start and after every outage,
 * historical download, and the end. It is driven by events — live samples, historical bars and
 * their end or error, connectivity changes, and {@link #tick clock ticks} — and acts through a
 * {@link Port} (subscribe, request history) and a {@link Listener} (status changes, finished bars).
 *
 * <p>Rules, and how they differ from backtrader:
 * <ul>
 *   <li>Every status change is delivered, CONNECTED included; CONNBROKEN on a lost socket and on
 *       TWS's 1100; CONNECTED again when it comes back.</li>
 *   <li>Backfill starts at the first live sample after start-up or an outage. It covers from the
 *       last delivered bar (else {@code fromdate}, else one maximal request) up to the first bar
 *       boundary at or after that sample, waiting (DELAYED) until that boundary has passed so the
 *       bar containing the sample comes complete from history; live samples before the boundary
 *       are then dropped. When the wait would exceed {@code maxWaitNanos} (daily bars) the
 *       backfill stops at the previous boundary instead.</li>
 *   <li>LIVE is emitted once the backfill is complete, not when a queue looks short.</li>
 *   <li>A failed or silent history request is retried with back-off; it never blocks. A request
 *       is silent when no answer came {@code requestTimeoutNanos} after it actually left
 *       ({@link #onHistoricalSent}); the time the pacing governor held it in the queue (up to ten
 *       minutes and more under IB's 60-per-10-minutes rule) does not count, so a paced request is
 *       never cancelled and sent again.</li>
 * </ul>
 * Engine thread only.
 */
public final class IbDataMachine {

    /** What the machine asks of the connection. */
    public interface Port {
        /**
         * Sends a historical request (the connection may hold it for its pacing turn); returns its
         * request id. The port reports when the request actually leaves with
         * {@link IbDataMachine#onHistoricalSent} (and, should a pacing violation put it back in the
         * queue, {@link IbDataMachine#onHistoricalQueued}): the request's timeout runs only while it
         * is out.
         */
        int requestHistorical(HistoricalRequest request);

        /** Cancels a historical request still running, or removes it from the pacing queue unsent. */
        void cancelHistorical(int reqId);

        /** (Re)subscribes the live stream (ticks or real-time bars). */
        void subscribe();

        /** Cancels the live stream. */
        void unsubscribe();
    }

    /** What the machine produces, in order. */
    public interface Listener extends LiveBarBuilder.Sink {
        /** The status changed (only changes are reported). */
        void status(DataStatus status);
    }

    /** Settings (backtrader's IBData parameters that shape the machine). */
    public record Config(boolean historical, boolean backfillStart, boolean backfill, long fromNanos, long toNanos,
                         IbBarSize backfillSize, long settleNanos, long maxWaitNanos, long retryNanos,
                         long requestTimeoutNanos, int maxRetries) {

        /** No {@code fromdate}/{@code todate}. */
        public static final long NONE = Long.MIN_VALUE;

        /** Defaults: live, backfill at start and after outages, 250 ms settle, 2 s first retry. */
        public static Config live(IbBarSize backfillSize) {
            return new Config(false, true, true, NONE, NONE, backfillSize, 250_000_000L, 60_000_000_000L,
                    2_000_000_000L, 60_000_000_000L, 8);
        }

        /** With another historical flag. */
        public Config withHistorical(boolean h) {
            return new Config(h, backfillStart, backfill, fromNanos, toNanos, backfillSize, settleNanos, maxWaitNanos,
                    retryNanos, requestTimeoutNanos, maxRetries);
        }

        /** With other backfill switches. */
        public Config withBackfill(boolean atStart, boolean afterOutage) {
            return new Config(historical, atStart, afterOutage, fromNanos, toNanos, backfillSize, settleNanos,
                    maxWaitNanos, retryNanos, requestTimeoutNanos, maxRetries);
        }

        /** With {@code fromdate}/{@code todate} (NONE for none). */
        public Config withDates(long from, long to) {
            return new Config(historical, backfillStart, backfill, from, to, backfillSize, settleNanos, maxWaitNanos,
                    retryNanos, requestTimeoutNanos, maxRetries);
        }

        /** With other retry timings. */
        public Config withRetry(long firstRetryNanos, long timeoutNanos, int retries) {
            return new Config(historical, backfillStart, backfill, fromNanos, toNanos, backfillSize, settleNanos,
                    maxWaitNanos, firstRetryNanos, timeoutNanos, retries);
        }
    }

    /** The machine's states. */
    public enum State {
        /** Not started. */
        IDLE,
        /** Streaming (possibly waiting for the first sample that triggers a backfill). */
        LIVE,
        /** Waiting for the backfill end boundary to pass. */
        WAIT_BOUNDARY,
        /** Backfill requests running. */
        BACKFILL,
        /** Historical download running. */
        HISTORICAL,
        /** Connection lost; waiting for it to come back. */
        BROKEN,
        /** Finished for good. */
        OVER
    }

    private record Sample(long start, long end, double o, double h, double l, double c, double v) {
    }

    private static final long NONE = Long.MIN_VALUE;

    private final Config cfg;
    private final Port port;
    private final Listener listener;
    private final LiveBarBuilder builder;
    private final ArrayDeque<Sample> stash = new ArrayDeque<>();

    private State state = State.IDLE;
    private DataStatus status;
    private boolean needBackfill;
    private long backfillEnd = NONE;
    private HistoricalChunks chunks;
    private HistoricalRequest pending;
    private int activeReq = -1;
    /** When the active request left, NONE while it waits in the pacing queue. */
    private long sentAt = NONE;
    private long retryAt = NONE;
    private int retries;
    private long historicalEnd = NONE;

    /**
     * @param buckets the feed's bar size (null for a Ticks feed: every sample is a bar)
     */
    public IbDataMachine(Config cfg, BarBuckets buckets, boolean latethrough, Port port, Listener listener) {
        this.cfg = cfg;
        this.port = port;
        this.listener = listener;
        this.builder = new LiveBarBuilder(buckets, latethrough, listener);
    }

    /** Current state. */
    public State state() {
        return state;
    }

    /** Last status reported, null before start. */
    public DataStatus status() {
        return status;
    }

    /** End of the last delivered bar, {@link LiveBarBuilder#NONE} when none. */
    public long lastDelivered() {
        return builder.lastEnd();
    }

    /** Whether the feed has ended. */
    public boolean isOver() {
        return state == State.OVER;
    }

    /** Whether a historical request is running (for tests and diagnostics). */
    public int activeRequest() {
        return activeReq;
    }

    private void report(DataStatus s) {
        if (s != status) {
            status = s;
            listener.status(s);
        }
    }

    // ---- start ---------------------------------------------------------------------------------

    /** Starts the feed once connected and the contract resolved; {@code now} is server time. */
    public void start(long now) {
        if (state != State.IDLE) {
            throw new IllegalStateException("feed already started (state " + state + ")");
        }
        report(DataStatus.CONNECTED);
        if (cfg.historical()) {
            if (cfg.backfillSize() == null) {
                report(DataStatus.NOTSUPPORTED_TF);
                end(DataStatus.DISCONNECTED);
                return;
            }
            report(DataStatus.DELAYED);
            historicalEnd = cfg.toNanos() != Config.NONE ? Math.min(cfg.toNanos(), now) : now;
            long begin = cfg.fromNanos() != Config.NONE ? cfg.fromNanos() : HistoricalChunks.NO_BEGIN;
            chunks = new HistoricalChunks(cfg.backfillSize(), begin, historicalEnd);
            state = State.HISTORICAL;
            sendNext(now);
            return;
        }
        port.subscribe();
        state = State.LIVE;
        if (cfg.backfillStart() && cfg.backfillSize() != null) {
            needBackfill = true;
            report(DataStatus.DELAYED);
        }
    }

    /** The feed could not connect, or its contract is unknown or ambiguous: it ends. */
    public void fail() {
        end(DataStatus.DISCONNECTED);
    }

    private void end(DataStatus s) {
        if (state == State.OVER) {
            return;
        }
        if (state == State.LIVE || state == State.WAIT_BOUNDARY || state == State.BACKFILL) {
            port.unsubscribe();
        }
        if (activeReq >= 0) {
            port.cancelHistorical(activeReq);
            activeReq = -1;
        }
        if (state == State.HISTORICAL) {
            builder.flush();
        }
        state = State.OVER;
        report(s);
    }

    /**
     * A bar from {@code backfill_from} (another feed, delivered before anything from IB), stamped
     * at its end; de-duplicated like every other bar.
     */
    public void onBackfillFromBar(long end, double o, double h, double l, double c, double v) {
        builder.add(end - 1, end, o, h, l, c, v);
        builder.closeUpTo(end);
    }

    // ---- live samples ----------------------------------------------------------------------------

    /** A live trade tick at {@code t} (server time). */
    public void onTick(long t, double price, double size, long now) {
        onSample(t, t, price, price, price, price, size, now);
    }

    /** A live bar {@code [start, end)} (a 5-second real-time bar, already end-normalised). */
    public void onLiveBar(long start, long end, double o, double h, double l, double c, double v, long now) {
        onSample(start, end, o, h, l, c, v, now);
    }

    private void onSample(long start, long end, double o, double h, double l, double c, double v, long now) {
        switch (state) {
            case LIVE:
                if (needBackfill) {
                    stash.add(new Sample(start, end, o, h, l, c, v));
                    beginBackfill(start, now);
                } else {
                    report(DataStatus.LIVE);
                    builder.add(start, end, o, h, l, c, v);
                }
                break;
            case WAIT_BOUNDARY:
            case BACKFILL:
            case BROKEN:
                stash.add(new Sample(start, end, o, h, l, c, v));
                break;
            default:
                break;
        }
    }

    private void beginBackfill(long firstStart, long now) {
        IbBarSize size = cfg.backfillSize();
        BarBuckets b = builder.buckets();
        long end;
        if (b == null) {
            long g = size.nanos();
            end = Math.floorDiv(firstStart + g - 1, g) * g;
        } else {
            end = b.ceilBoundary(firstStart);
            if (end - now > cfg.maxWaitNanos()) {
                end = b.startOf(firstStart);
            }
        }
        builder.discardPartial();
        backfillEnd = end;
        report(DataStatus.DELAYED);
        state = State.WAIT_BOUNDARY;
        tick(now);
    }

    // ---- clock -------------------------------------------------------------------------------------

    /**
     * The clock moved to {@code now} (server time): closes the live bar whose end has passed,
     * starts a backfill whose boundary has passed, retries or times out history requests.
     */
    public void tick(long now) {
        switch (state) {
            case LIVE:
                if (!needBackfill && status == DataStatus.LIVE) {
                    builder.closeUpTo(now - cfg.settleNanos());
                }
                break;
            case WAIT_BOUNDARY:
                if (now >= backfillEnd + cfg.settleNanos()) {
                    long last = builder.lastEnd();
                    long begin = last != LiveBarBuilder.NONE ? last
                            : cfg.fromNanos() != Config.NONE ? cfg.fromNanos() : HistoricalChunks.NO_BEGIN;
                    state = State.BACKFILL;
                    if (begin != HistoricalChunks.NO_BEGIN && begin >= backfillEnd) {
                        finishBackfill(now);
                        return;
                    }
                    chunks = new HistoricalChunks(cfg.backfillSize(), begin, backfillEnd);
                    pending = null;
                    retries = 0;
                    sendNext(now);
                }
                break;
            case BACKFILL:
            case HISTORICAL:
                if (activeReq < 0 && retryAt != NONE && now >= retryAt) {
                    retryAt = NONE;
                    sendNext(now);
                } else if (activeReq >= 0 && sentAt != NONE && now - sentAt > cfg.requestTimeoutNanos()) {
                    port.cancelHistorical(activeReq);
                    activeReq = -1;
                    scheduleRetry(now);
                }
                break;
            default:
                break;
        }
    }

    /**
     * When {@link #tick} next acts on its own, in server time: the end (plus settle time) of the live
     * bar in progress, the backfill boundary, a retry, or a request's timeout; Long.MAX_VALUE when
     * only an event can change anything.
     */
    public long nextDueNanos() {
        switch (state) {
            case LIVE: {
                long end = builder.partialEnd();
                return !needBackfill && status == DataStatus.LIVE && end != LiveBarBuilder.NONE
                        ? end + cfg.settleNanos() : Long.MAX_VALUE;
            }
            case WAIT_BOUNDARY:
                return backfillEnd + cfg.settleNanos();
            case BACKFILL:
            case HISTORICAL:
                if (activeReq < 0 && retryAt != NONE) {
                    return retryAt;
                }
                return activeReq >= 0 && sentAt != NONE ? sentAt + cfg.requestTimeoutNanos() + 1 : Long.MAX_VALUE;
            default:
                return Long.MAX_VALUE;
        }
    }

    private void sendNext(long now) {
        if (pending == null) {
            pending = chunks.next();
        }
        if (pending == null) {
            if (state == State.HISTORICAL) {
                end(DataStatus.DISCONNECTED);
            } else {
                finishBackfill(now);
            }
            return;
        }
        sentAt = NONE; // queued: timed from onHistoricalSent
        activeReq = port.requestHistorical(pending);
    }

    private void scheduleRetry(long now) {
        retries++;
        if (retries > cfg.maxRetries()) {
            pending = null;
            if (state == State.HISTORICAL) {
                end(DataStatus.DISCONNECTED);
            } else {
                finishBackfill(now);
            }
            return;
        }
        long delay = cfg.retryNanos() << Math.min(retries - 1, 5);
        retryAt = now + delay;
    }

    private void finishBackfill(long now) {
        builder.closeUpTo(backfillEnd);
        needBackfill = false;
        chunks = null;
        pending = null;
        state = State.LIVE;
        report(DataStatus.LIVE);
        long covered = backfillEnd;
        backfillEnd = NONE;
        Sample s;
        while ((s = stash.poll()) != null) {
            if (s.start() >= covered) {
                builder.add(s.start(), s.end(), s.o(), s.h(), s.l(), s.c(), s.v());
            }
        }
        builder.closeUpTo(now - cfg.settleNanos());
    }

    // ---- history -----------------------------------------------------------------------------------

    /**
     * Request {@code reqId} left for TWS at {@code now} (server time) after its pacing turn: its
     * timeout starts now (again, when it is re-sent after a pacing violation).
     */
    public void onHistoricalSent(int reqId, long now) {
        if (reqId == activeReq) {
            sentAt = now;
        }
    }

    /** Request {@code reqId} waits in the pacing queue again (after a pacing violation): no timeout meanwhile. */
    public void onHistoricalQueued(int reqId) {
        if (reqId == activeReq) {
            sentAt = NONE;
        }
    }

    /** One historical bar {@code [end - size, end)} of request {@code reqId}, already end-stamped. */
    public void onHistoricalBar(int reqId, long end, double o, double h, double l, double c, double v) {
        if (reqId != activeReq || (state != State.BACKFILL && state != State.HISTORICAL)) {
            return;
        }
        long limit = state == State.BACKFILL ? backfillEnd : historicalEnd;
        if (state == State.BACKFILL && end > limit) {
            return;
        }
        builder.add(end - cfg.backfillSize().nanos(), end, o, h, l, c, v);
    }

    /** Request {@code reqId} delivered all its bars. */
    public void onHistoricalEnd(int reqId, long now) {
        if (reqId != activeReq) {
            return;
        }
        activeReq = -1;
        pending = null;
        retries = 0;
        sendNext(now);
    }

    /**
     * Request {@code reqId} failed with TWS error {@code code} (162 pacing or no data, 200, 321,
     * 366 ...): retried after a back-off; 354 and 420 (no permission) end the feed with
     * NOTSUBSCRIBED.
     */
    public void onHistoricalError(int reqId, int code, long now) {
        if (reqId != activeReq) {
            return;
        }
        activeReq = -1;
        if (code == 354 || code == 420) {
            end(DataStatus.NOTSUBSCRIBED);
            return;
        }
        scheduleRetry(now);
    }

    // ---- connectivity ------------------------------------------------------------------------------

    /** Market data refused (354, 420 on the live request): the feed ends NOTSUBSCRIBED. */
    public void onNotSubscribed() {
        end(DataStatus.NOTSUBSCRIBED);
    }

    /**
     * TWS lost its connection to IB (1100), or our socket to TWS dropped ({@code socket}). A live
     * feed's pending backfill is given up: the backfill after the break starts again from the last
     * delivered bar, so the live samples it held back are dropped too (that backfill covers them);
     * kept, the oldest of them would end the new backfill before the break.
     */
    public void onConnectionLost(boolean socket) {
        if (state == State.OVER || state == State.IDLE) {
            return;
        }
        if (socket) {
            activeReq = -1;
        }
        if (state != State.HISTORICAL) {
            builder.discardPartial();
            if (activeReq >= 0) {
                port.cancelHistorical(activeReq);
                activeReq = -1;
            }
            if (cfg.backfill() && cfg.backfillSize() != null) {
                stash.clear();
            }
            state = State.BROKEN;
        }
        report(DataStatus.CONNBROKEN);
    }

    /**
     * The connection is back: TWS restored it (1101 data lost, 1102 data kept) or the store
     * reconnected our socket ({@code resubscribe} then). The next live sample starts a backfill.
     */
    public void onConnectionRestored(boolean resubscribe, long now) {
        if (state == State.OVER || state == State.IDLE) {
            return;
        }
        report(DataStatus.CONNECTED);
        if (state == State.HISTORICAL) {
            report(DataStatus.DELAYED);
            if (activeReq < 0) {
                retryAt = now;
            }
            return;
        }
        if (resubscribe) {
            port.subscribe();
        }
        if (activeReq >= 0) {
            port.cancelHistorical(activeReq);
            activeReq = -1;
        }
        state = State.LIVE;
        needBackfill = cfg.backfill() && cfg.backfillSize() != null;
        Sample first = stash.peek();
        if (first == null) {
            return;
        }
        if (needBackfill) {
            beginBackfill(first.start(), now);
        } else {
            report(DataStatus.LIVE);
            Sample s;
            while ((s = stash.poll()) != null) {
                builder.add(s.start(), s.end(), s.o(), s.h(), s.l(), s.c(), s.v());
            }
        }
    }

    /** The store gave up reconnecting, or the run is stopping: the feed ends DISCONNECTED. */
    public void onGivenUp() {
        end(DataStatus.DISCONNECTED);
    }
}
