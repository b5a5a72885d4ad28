package org.bt4j.order;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Objects;

/**
 * How long an order stays valid (time in force), as backtrader's {@code valid} argument:
 * good till cancelled, DAY (until 23:59:59.009999 of the creation bar's date in the data's zone,
 * exactly as backtrader's simulator does), an absolute instant, or a duration after the creation
 * bar's time. Resolved once, at order creation, to an epoch-nanosecond limit; the broker expires
 * the order at the first bar strictly later than that limit. Immutable.
 */
public final class Validity {

    private enum Kind { GTC, DAY, AT, AFTER }

    private static final Validity GTC = new Validity(Kind.GTC, 0L);
    private static final Validity DAY = new Validity(Kind.DAY, 0L);
    private static final LocalTime DAY_END = LocalTime.of(23, 59, 59, 9_999_000);

    private final Kind kind;
    private final long nanos;

    private Validity(Kind kind, long nanos) {
        this.kind = kind;
        this.nanos = nanos;
    }

    /** Good till cancelled (backtrader's {@code valid=None}, and also its numeric 0). */
    public static Validity gtc() {
        return GTC;
    }

    /** backtrader's {@code Order.DAY}: until 23:59:59.009999 of the creation bar's date. */
    public static Validity day() {
        return DAY;
    }

    /** Valid up to and including {@code epochNanos} (UTC). */
    public static Validity until(long epochNanos) {
        return new Validity(Kind.AT, epochNanos);
    }

    /** Valid up to and including {@code instant}. */
    public static Validity until(Instant instant) {
        Objects.requireNonNull(instant, "instant");
        return until(instant.getEpochSecond() * 1_000_000_000L + instant.getNano());
    }

    /** Valid for {@code d} after the creation bar's time (backtrader's timedelta). */
    public static Validity after(Duration d) {
        if (d.isNegative()) {
            throw new IllegalArgumentException("validity duration must not be negative, got " + d);
        }
        return d.isZero() ? DAY : new Validity(Kind.AFTER, d.toNanos());
    }

    /**
     * The expiry limit for an order created on a bar stamped {@code barNanos} of a data in zone
     * {@code tz}: 0 means never expires.
     */
    public long resolve(long barNanos, ZoneId tz) {
        switch (kind) {
            case GTC:
                return 0L;
            case AT:
                return nanos;
            case AFTER:
                return barNanos + nanos;
            default:
                Instant bar = Instant.ofEpochSecond(Math.floorDiv(barNanos, 1_000_000_000L),
                        Math.floorMod(barNanos, 1_000_000_000L));
                LocalDateTime end = LocalDateTime.ofInstant(bar, tz).toLocalDate().atTime(DAY_END);
                Instant e = end.atZone(tz).toInstant();
                return e.getEpochSecond() * 1_000_000_000L + e.getNano();
        }
    }

    /** Whether this is good-till-cancelled. */
    public boolean isGtc() {
        return kind == Kind.GTC;
    }

    @Override
    public String toString() {
        switch (kind) {
            case GTC:
                return "GTC";
            case DAY:
                return "DAY";
            case AT:
                return "until(" + nanos + ")";
            default:
                return "after(" + Duration.ofNanos(nanos) + ")";
        }
    }
}
