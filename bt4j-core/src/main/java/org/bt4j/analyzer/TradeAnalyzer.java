package org.bt4j.analyzer;

import java.util.LinkedHashMap;
import java.util.Map;
import org.bt4j.broker.Trade;

/**
 * backtrader's {@code TradeAnalyzer}: nested statistics of the closed trades — totals, win/loss
 * streaks, gross and net profit, won/lost and long/short breakdowns, and trade lengths in bars —
 * with backtrader's keys, key order and quirks (a trade with {@code pnlcomm == 0} counts as won;
 * an unset minimum length shows {@code sys.maxsize}). Engine thread only.
 */
public final class TradeAnalyzer extends AnalyzerBase {

    /** backtrader's {@code TradeAnalyzer} has no parameters. */
    @Override
    public java.util.Map<String, Object> params() {
        return java.util.Map.of();
    }


    private static final String[] WL = {"won", "lost"};
    private static final String[] LS = {"long", "short"};

    @Override
    protected void onStart() {
        rets.clear();
        sub(rets, "total").put("total", 0);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> sub(Map<String, Object> m, String key) {
        return (Map<String, Object>) m.computeIfAbsent(key, k -> new LinkedHashMap<String, Object>());
    }

    private static long i(Map<String, Object> m, String key) {
        Object v = m.get(key);
        return v == null ? 0 : ((Number) v).longValue();
    }

    private static double d(Map<String, Object> m, String key) {
        Object v = m.get(key);
        return v == null ? 0.0 : ((Number) v).doubleValue();
    }

    /** Python's {@code x or default} for a stored number (0 and unset are falsy). */
    private static long orLong(Map<String, Object> m, String key, long dflt) {
        long v = i(m, key);
        return v != 0 ? v : dflt;
    }

    private static Object num(long v) {
        return v == (int) v ? (Object) (int) v : (Object) v;
    }

    @Override
    protected void onTrade(Trade trade) {
        Map<String, Object> total = sub(rets, "total");
        if (trade.justOpened()) {
            total.put("total", num(i(total, "total") + 1));
            total.put("open", num(i(total, "open") + 1));
            return;
        }
        if (!trade.isClosed()) {
            return;
        }
        double pnl = trade.pnl();
        double pnlcomm = trade.pnlcomm();
        long barlen = trade.barLen();
        int won = pnlcomm >= 0.0 ? 1 : 0;
        int lost = 1 - won;
        int tlong = trade.isLong() ? 1 : 0;
        int tshort = 1 - tlong;
        int[] wl = {won, lost};
        int[] ls = {tlong, tshort};

        total.put("open", num(i(total, "open") - 1));
        total.put("closed", num(i(total, "closed") + 1));
        long closed = i(total, "closed");

        Map<String, Object> streak = sub(rets, "streak");
        for (int k = 0; k < 2; k++) {
            Map<String, Object> s = sub(streak, WL[k]);
            long current = i(s, "current") * wl[k] + wl[k];
            s.put("current", num(current));
            s.put("longest", num(Math.max(i(s, "longest"), current)));
        }

        Map<String, Object> trpnl = sub(rets, "pnl");
        Map<String, Object> gross = sub(trpnl, "gross");
        gross.put("total", d(gross, "total") + pnl);
        gross.put("average", d(gross, "total") / closed);
        Map<String, Object> net = sub(trpnl, "net");
        net.put("total", d(net, "total") + pnlcomm);
        net.put("average", d(net, "total") / closed);

        for (int k = 0; k < 2; k++) {
            Map<String, Object> trwl = sub(rets, WL[k]);
            trwl.put("total", num(i(trwl, "total") + wl[k]));
            Map<String, Object> p = sub(trwl, "pnl");
            double pc = pnlcomm * wl[k];
            p.put("total", d(p, "total") + pc);
            long cnt = i(trwl, "total");
            p.put("average", d(p, "total") / (cnt != 0 ? cnt : 1.0));
            double wm = d(p, "max");
            p.put("max", k == 0 ? pyMax(wm, pc) : pyMin(wm, pc));
        }

        for (int t = 0; t < 2; t++) {
            Map<String, Object> trls = sub(rets, LS[t]);
            trls.put("total", num(i(trls, "total") + ls[t]));
            Map<String, Object> p = sub(trls, "pnl");
            p.put("total", d(p, "total") + pnlcomm * ls[t]);
            long cnt = i(trls, "total");
            p.put("average", d(p, "total") / (cnt != 0 ? cnt : 1.0));
            for (int k = 0; k < 2; k++) {
                double pc = pnlcomm * wl[k] * ls[t];
                trls.put(WL[k], num(i(trls, WL[k]) + (long) wl[k] * ls[t]));
                Map<String, Object> pw = sub(p, WL[k]);
                pw.put("total", d(pw, "total") + pc);
                long c2 = i(trls, WL[k]);
                pw.put("average", d(pw, "total") / (c2 != 0 ? c2 : 1.0));
                double wm = d(pw, "max");
                pw.put("max", k == 0 ? pyMax(wm, pc) : pyMin(wm, pc));
            }
        }

        Map<String, Object> len = sub(rets, "len");
        len.put("total", num(i(len, "total") + barlen));
        len.put("average", (double) i(len, "total") / closed);
        len.put("max", num(Math.max(i(len, "max"), barlen)));
        len.put("min", num(Math.min(orLong(len, "min", MAXINT), barlen)));

        for (int k = 0; k < 2; k++) {
            addLength(sub(len, WL[k]), barlen * wl[k], i(sub(rets, WL[k]), "total"), false);
        }
        for (int t = 0; t < 2; t++) {
            Map<String, Object> trls = sub(len, LS[t]);
            addLength(trls, barlen * ls[t], i(sub(rets, LS[t]), "total"), true);
            for (int k = 0; k < 2; k++) {
                addLength(sub(trls, WL[k]), barlen * ls[t] * wl[k], i(sub(rets, LS[t]), WL[k]), true);
            }
        }
    }

    /**
     * Adds a trade of {@code bars} bars (0 when the trade is not of this section's kind) to a length
     * section whose trades number {@code count}. backtrader sets {@code min} only for a trade of
     * the kind in the won/lost sections, but on every trade (keeping its value) in the long/short ones.
     */
    private static void addLength(Map<String, Object> s, long bars, long count, boolean minOnEveryTrade) {
        s.put("total", num(i(s, "total") + bars));
        s.put("average", i(s, "total") / (count != 0 ? (double) count : 1.0));
        s.put("max", num(Math.max(i(s, "max"), bars)));
        long min = orLong(s, "min", MAXINT);
        if (bars != 0) {
            s.put("min", num(Math.min(min, bars)));
        } else if (minOnEveryTrade) {
            s.put("min", num(min));
        }
    }

    /** Python's max(a, b): a unless b is greater. */
    private static double pyMax(double a, double b) {
        return b > a ? b : a;
    }

    private static double pyMin(double a, double b) {
        return b < a ? b : a;
    }
}
