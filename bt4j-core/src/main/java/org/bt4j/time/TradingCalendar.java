package org.bt4j.time;

/**
 * Which days a market trades and when its sessions open and close (backtrader's
 * {@code TradingCalendar}). With a calendar, the "next session end" comes from the calendar
 * instead of the feed's {@code sessionend}, and weekly, monthly and yearly resamplers close a bar
 * on the last trading day of the period instead of waiting for the next period's first bar.
 * Days are epoch days (days since 1970-01-01) of the market's local calendar. Implementations
 * must be immutable and thread-safe.
 */
public interface TradingCalendar {

    /** Whether the market trades on local epoch day {@code epochDay}. */
    boolean isTradingDay(long epochDay);

    /** Session open on a trading day, nanoseconds after local midnight. */
    long openNanos(long epochDay);

    /** Session close on a trading day, nanoseconds after local midnight (early closes included). */
    long closeNanos(long epochDay);

    /**
     * The end of the session containing {@code utcNanos}, or of the next trading session if the
     * time is after that day's close or on a non-trading day (UTC epoch nanoseconds).
     */
    default long nextSessionEnd(long utcNanos, ZoneConverter zone) {
        long local = zone.toLocal(utcNanos);
        long day = EpochNanos.day(local);
        for (int guard = 0; guard < 3660; guard++, day++) {
            if (isTradingDay(day)) {
                long close = zone.toUtc(day * EpochNanos.DAY + closeNanos(day));
                if (close >= utcNanos) {
                    return close;
                }
            }
        }
        throw new IllegalStateException("no trading day within ten years after " + EpochNanos.toLocalDateTime(local));
    }

    /** The next trading day strictly after {@code epochDay}. */
    default long nextTradingDay(long epochDay) {
        long d = epochDay + 1;
        for (int guard = 0; guard < 3660; guard++, d++) {
            if (isTradingDay(d)) {
                return d;
            }
        }
        throw new IllegalStateException("no trading day within ten years after epoch day " + epochDay);
    }

    /** Whether {@code epochDay} is the last trading day of its ISO week. */
    default boolean isLastTradingDayOfWeek(long epochDay) {
        long next = nextTradingDay(epochDay);
        long mondayThis = epochDay - (EpochNanos.dayOfWeek(epochDay) - 1);
        long mondayNext = next - (EpochNanos.dayOfWeek(next) - 1);
        return mondayNext != mondayThis;
    }

    /** Whether {@code epochDay} is the last trading day of its month. */
    default boolean isLastTradingDayOfMonth(long epochDay) {
        return EpochNanos.civil(nextTradingDay(epochDay)) / 100 != EpochNanos.civil(epochDay) / 100;
    }

    /** Whether {@code epochDay} is the last trading day of its year. */
    default boolean isLastTradingDayOfYear(long epochDay) {
        return EpochNanos.year(nextTradingDay(epochDay)) != EpochNanos.year(epochDay);
    }
}
