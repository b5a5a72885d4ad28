package org.bt4j.ib.wire;

/**
 * One bar as IB sends it in historical data and keepUpToDate updates. {@code time} is the
 * text TWS sent: epoch seconds ({@code formatDate=2}), {@code yyyyMMdd HH:mm:ss zone},
 * {@code yyyyMMdd  HH:mm:ss} or a date {@code yyyyMMdd} for daily and longer bars; it is the
 * bar's <em>start</em>. Volume and WAP are decimals (−1 when IB has none, e.g. MIDPOINT).
 *
 * <p>Threading: immutable.
 */
public record Bar(String time, double open, double high, double low, double close, double volume, double wap,
                  int barCount) {
}
