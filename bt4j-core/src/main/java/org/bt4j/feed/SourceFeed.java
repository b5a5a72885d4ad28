package org.bt4j.feed;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.bt4j.time.EpochNanos;
import org.bt4j.time.ZoneConverter;

/**
 * A feed that reads raw bars one at a time from some source (a file, arrays) and applies
 * backtrader's per-feed rules on the way in: bars before {@code fromdate} are skipped, the first
 * bar after {@code todate} ends the feed. Subclasses implement {@link #read(Bar)}. Works both
 * preloaded and streaming (one bar per {@link #next()}, nothing retained beyond the line
 * buffers, so {@code exactbars} runs stay flat). Engine thread only.
 */
public abstract class SourceFeed extends DataFeed {

    private LocalDateTime fromDate;
    private LocalDateTime toDate;
    private LocalDate fromDay;
    private LocalDate toDay;
    private long fromNanos = Long.MIN_VALUE;
    private long toNanos = Long.MAX_VALUE;
    private boolean resolved;
    private boolean ended;
    private ZoneConverter zone;
    private final Bar bar = new Bar();

    /**
     * Reads the next raw bar into {@code bar} (time in UTC epoch nanoseconds).
     *
     * @return false at the end of the source
     * @throws org.bt4j.BadInputException for malformed input
     */
    protected abstract boolean read(Bar bar);

    /** Skip bars before this naive date-time in the feed's zone (backtrader's {@code fromdate}). */
    public final SourceFeed fromDate(LocalDateTime from) {
        this.fromDate = from;
        this.fromDay = null;
        this.resolved = false;
        return this;
    }

    /** Skip bars before this date's session start (a date-only {@code fromdate}). */
    public final SourceFeed fromDate(LocalDate from) {
        this.fromDay = from;
        this.fromDate = null;
        this.resolved = false;
        return this;
    }

    /** End the feed at the first bar after this naive date-time in the feed's zone. */
    public final SourceFeed toDate(LocalDateTime to) {
        this.toDate = to;
        this.toDay = null;
        this.resolved = false;
        return this;
    }

    /** End the feed at the first bar after this date's session end (a date-only {@code todate}). */
    public final SourceFeed toDate(LocalDate to) {
        this.toDay = to;
        this.toDate = null;
        this.resolved = false;
        return this;
    }

    /** The zone converter of this feed's {@link #tz()}, created on first use. */
    protected final ZoneConverter zone() {
        if (zone == null || !zone.zone().equals(tz())) {
            zone = ZoneConverter.of(tz());
        }
        return zone;
    }

    /** UTC epoch nanoseconds of a naive time in this feed's zone. */
    protected final long localToUtc(long localNanos) {
        return zone().toUtc(localNanos);
    }

    @Override
    protected final boolean load() {
        if (ended) {
            return false;
        }
        if (!resolved) {
            resolveLimits();
        }
        while (read(bar)) {
            if (bar.time < fromNanos) {
                continue;
            }
            if (bar.time > toNanos) {
                ended = true;
                return false;
            }
            forwardBar(bar.time, bar.open, bar.high, bar.low, bar.close, bar.volume, bar.openInterest);
            return true;
        }
        ended = true;
        return false;
    }

    /** UTC epoch nanoseconds of {@code fromdate} (bars before it are skipped), or {@code Long.MIN_VALUE}. */
    protected final long fromNanos() {
        if (!resolved) {
            resolveLimits();
        }
        return fromNanos;
    }

    /** UTC epoch nanoseconds of {@code todate} (the first bar after it ends the feed), or {@code Long.MAX_VALUE}. */
    protected final long toNanos() {
        if (!resolved) {
            resolveLimits();
        }
        return toNanos;
    }

    private void resolveLimits() {
        LocalDateTime from = fromDay != null ? fromDay.atTime(sessionStart()) : fromDate;
        LocalDateTime to = toDay != null ? toDay.atTime(sessionEnd()) : toDate;
        fromNanos = from == null ? Long.MIN_VALUE : localToUtc(EpochNanos.of(from));
        toNanos = to == null ? Long.MAX_VALUE : localToUtc(EpochNanos.of(to));
        resolved = true;
    }
}
