package org.bt4j.time;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;

/**
 * Converts between naive wall-clock times of one zone and UTC, both as epoch nanoseconds, without
 * allocating on the common path: the offset in force is cached together with the interval over
 * which it stays valid, so only a daylight-saving change costs a lookup.
 *
 * <p>Ambiguous local times (the repeated hour when clocks go back) resolve to the later, standard
 * offset, as pytz's {@code localize(is_dst=False)} does in backtrader; times inside a gap (clocks
 * go forward) are read with the offset before the gap, landing after it. Not thread-safe: one
 * converter per feed, engine thread only.
 */
public final class ZoneConverter {

    private final ZoneId zone;
    private final ZoneRules rules;
    private final long fixedOffsetNanos;
    private final boolean fixed;
    // local -> utc cache: local values in [toUtcFrom, toUtcTo) use toUtcOffset
    private long toUtcFrom = 1, toUtcTo = 0, toUtcOffset;
    // utc -> local cache: utc values in [toLocalFrom, toLocalTo) use toLocalOffset
    private long toLocalFrom = 1, toLocalTo = 0, toLocalOffset;

    private ZoneConverter(ZoneId zone) {
        this.zone = zone;
        this.rules = zone.getRules();
        this.fixed = rules.isFixedOffset();
        this.fixedOffsetNanos = fixed ? rules.getOffset(Instant.EPOCH).getTotalSeconds() * EpochNanos.SECOND : 0;
    }

    /** A converter for {@code zone} (null means UTC). */
    public static ZoneConverter of(ZoneId zone) {
        return new ZoneConverter(zone == null ? ZoneOffset.UTC : zone);
    }

    /** The zone converted. */
    public ZoneId zone() {
        return zone;
    }

    /** UTC epoch nanoseconds of a naive local time in this zone. */
    public long toUtc(long localNanos) {
        if (fixed) {
            return localNanos - fixedOffsetNanos;
        }
        if (localNanos < toUtcFrom || localNanos >= toUtcTo) {
            cacheLocal(localNanos);
        }
        return localNanos - toUtcOffset;
    }

    /** The naive local time in this zone of UTC epoch nanoseconds. */
    public long toLocal(long utcNanos) {
        if (fixed) {
            return utcNanos + fixedOffsetNanos;
        }
        if (utcNanos < toLocalFrom || utcNanos >= toLocalTo) {
            cacheUtc(utcNanos);
        }
        return utcNanos + toLocalOffset;
    }

    private void cacheUtc(long utcNanos) {
        long sec = Math.floorDiv(utcNanos, EpochNanos.SECOND);
        Instant at = Instant.ofEpochSecond(sec);
        toLocalOffset = rules.getOffset(at).getTotalSeconds() * EpochNanos.SECOND;
        ZoneOffsetTransition prev = rules.previousTransition(at.plusSeconds(1));
        ZoneOffsetTransition next = rules.nextTransition(at);
        toLocalFrom = prev == null ? Long.MIN_VALUE : prev.getInstant().getEpochSecond() * EpochNanos.SECOND;
        toLocalTo = next == null ? Long.MAX_VALUE : next.getInstant().getEpochSecond() * EpochNanos.SECOND;
    }

    private void cacheLocal(long localNanos) {
        long localSec = Math.floorDiv(localNanos, EpochNanos.SECOND);
        java.time.LocalDateTime ldt = java.time.LocalDateTime.ofEpochSecond(localSec, 0, ZoneOffset.UTC);
        ZoneOffsetTransition window = rules.getTransition(ldt);
        long offset;
        long from;
        long to;
        if (window != null) {
            offset = resolveAt(window);
            from = localSeconds(window, true);
            to = localSeconds(window, false);
        } else {
            offset = rules.getOffset(ldt).getTotalSeconds();
            Instant utc = Instant.ofEpochSecond(localSec - offset);
            ZoneOffsetTransition prev = rules.previousTransition(utc.plusSeconds(1));
            ZoneOffsetTransition next = rules.nextTransition(utc);
            from = prev == null ? Long.MIN_VALUE / EpochNanos.SECOND : localSeconds(prev, false);
            to = next == null ? Long.MAX_VALUE / EpochNanos.SECOND : localSeconds(next, true);
        }
        toUtcOffset = offset * EpochNanos.SECOND;
        toUtcFrom = from * EpochNanos.SECOND;
        toUtcTo = to * EpochNanos.SECOND;
    }

    /** The local start (low=true) or end of the ambiguous/missing window around a transition. */
    private static long localSeconds(ZoneOffsetTransition t, boolean low) {
        long utc = t.getInstant().getEpochSecond();
        long a = utc + t.getOffsetBefore().getTotalSeconds();
        long b = utc + t.getOffsetAfter().getTotalSeconds();
        return low ? Math.min(a, b) : Math.max(a, b);
    }

    /** Offset for local times inside a transition window: gap -> before, overlap -> after. */
    private static long resolveAt(ZoneOffsetTransition t) {
        return t.isGap() ? t.getOffsetBefore().getTotalSeconds() : t.getOffsetAfter().getTotalSeconds();
    }
}
