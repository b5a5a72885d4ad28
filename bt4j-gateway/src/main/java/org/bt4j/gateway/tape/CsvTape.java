package org.bt4j.gateway.tape;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.bt4j.BadInputException;
import org.bt4j.feed.BarRules;
import org.bt4j.gateway.market.Instrument;

/**
 * A tape replaying a real bar file: each OHLCV bar becomes four trades (open, then low and high
 * in the order the bar's direction suggests, then close) spread evenly over the bar, with a
 * quote of the instrument's spread around each. Columns: date ({@code yyyy-MM-dd}, optionally
 * followed by a time in the same or the next column), open, high, low, close, volume (further
 * columns are ignored); a header line is skipped. Intraday timestamps are bar starts, in the
 * instrument's time zone; daily bars are spread over the instrument's liquid session of that day.
 * The whole file is shifted by whole weeks so that its middle lies in the week of {@code now}:
 * half of it is history, half plays live. Outside the file the tape is silent. Immutable and
 * thread-safe (per-instrument expansions are cached).
 */
public final class CsvTape implements Tape {

    private static final long WEEK_NANOS = 7L * 86_400_000_000_000L;

    private final Path file;
    private final LocalDateTime[] stamps;
    private final double[][] ohlcv;
    private final boolean daily;
    private final long nowNanos;
    private final Map<Integer, Events> cache = new ConcurrentHashMap<>();

    private CsvTape(Path file, LocalDateTime[] stamps, double[][] ohlcv, boolean daily, long nowNanos) {
        this.file = file;
        this.stamps = stamps;
        this.ohlcv = ohlcv;
        this.daily = daily;
        this.nowNanos = nowNanos;
    }

    /**
     * Reads {@code file}, every bar checked against {@link BarRules}.
     *
     * @param nowNanos the gateway's start time the file is shifted to
     * @throws BadInputException naming the file and line of a bad row
     */
    public static CsvTape read(Path file, long nowNanos) {
        return read(file, nowNanos, true);
    }

    /**
     * Reads {@code file}; with {@code checkBars} false, rows that break the bar rules load as they are.
     *
     * @throws BadInputException naming the file and line of a bad row
     */
    public static CsvTape read(Path file, long nowNanos, boolean checkBars) {
        java.util.List<LocalDateTime> ts = new java.util.ArrayList<>();
        java.util.List<double[]> rows = new java.util.ArrayList<>();
        boolean anyTime = false;
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                String s = line.trim();
                if (s.isEmpty() || (n == 1 && !Character.isDigit(s.charAt(0)))) {
                    continue;
                }
                String[] f = s.split("[,;\\t]");
                try {
                    int col = 0;
                    String d = f[col++].trim();
                    LocalTime time = null;
                    if (d.length() > 10) {
                        time = LocalTime.parse(d.substring(11).trim());
                        d = d.substring(0, 10);
                    } else if (f.length > 6 && f[col].trim().contains(":")) {
                        time = LocalTime.parse(f[col++].trim());
                    }
                    LocalDate date = LocalDate.parse(d.length() == 8 ? d.substring(0, 4) + "-" + d.substring(4, 6)
                            + "-" + d.substring(6) : d);
                    anyTime |= time != null;
                    double[] v = new double[5];
                    for (int k = 0; k < 5; k++) {
                        v[k] = Double.parseDouble(f[col + k].trim());
                    }
                    String problem = checkBars ? BarRules.problemOfComplete(v[0], v[1], v[2], v[3], v[4]) : null;
                    if (problem != null) {
                        throw new BadInputException(file + ":" + n + ": " + problem + " (--accept-bad-bars loads such rows)");
                    }
                    LocalDateTime stamp = time == null ? date.atStartOfDay() : date.atTime(time);
                    if (!ts.isEmpty() && !stamp.isAfter(ts.get(ts.size() - 1))) {
                        throw new IllegalArgumentException("timestamps must increase");
                    }
                    ts.add(stamp);
                    rows.add(v);
                } catch (BadInputException e) {
                    throw e;
                } catch (RuntimeException e) {
                    throw new BadInputException(file + ":" + n + ": bad bar '" + s + "': " + e.getMessage(), e);
                }
            }
        } catch (IOException e) {
            throw new BadInputException("cannot read tape file " + file + ": " + e.getMessage(), e);
        }
        if (ts.isEmpty()) {
            throw new BadInputException(file + ": no bars");
        }
        return new CsvTape(file, ts.toArray(new LocalDateTime[0]), rows.toArray(new double[0][]), !anyTime, nowNanos);
    }

    /** The file replayed. */
    public Path file() {
        return file;
    }

    /** Number of bars in the file. */
    public int barCount() {
        return stamps.length;
    }

    @Override
    public TapeCursor cursor(Instrument instrument, long fromNanos) {
        Events ev = cache.computeIfAbsent(instrument.conId(), k -> expand(instrument));
        return new ArrayCursor(ev, fromNanos);
    }

    private Events expand(Instrument ins) {
        ZoneId zone = ins.zone();
        int n = stamps.length;
        long[] start = new long[n];
        long[] end = new long[n];
        for (int i = 0; i < n; i++) {
            if (daily) {
                long dayStart = stamps[i].atZone(zone).toEpochSecond() * 1_000_000_000L;
                long[] session = null;
                for (long[] iv : ins.liquidHours().sessionsBetween(dayStart, dayStart + 86_400_000_000_000L)) {
                    if (iv[2] == stamps[i].toLocalDate().toEpochDay()) {
                        session = iv;
                        break;
                    }
                }
                start[i] = session != null ? session[0] : dayStart;
                end[i] = session != null ? session[1] : dayStart + 86_400_000_000_000L;
            } else {
                start[i] = stamps[i].atZone(zone).toEpochSecond() * 1_000_000_000L;
            }
        }
        if (!daily) {
            long step = n > 1 ? medianStep(start) : 60_000_000_000L;
            for (int i = 0; i < n; i++) {
                end[i] = i + 1 < n ? Math.min(start[i] + step, start[i + 1]) : start[i] + step;
            }
        }
        long mid = (start[0] + end[n - 1]) / 2;
        long shift = Math.floorDiv(nowNanos - mid, WEEK_NANOS) * WEEK_NANOS;
        Events ev = new Events(n * 4);
        double tick = ins.minTick();
        double spread = Math.max(1, ins.spreadTicks()) * tick;
        for (int i = 0; i < n; i++) {
            double[] b = ohlcv[i];
            boolean up = b[3] >= b[0];
            double[] path = {b[0], up ? b[2] : b[1], up ? b[1] : b[2], b[3]};
            double vol = b[4];
            double q = Math.floor(vol / 4);
            long span = end[i] - start[i];
            for (int k = 0; k < 4; k++) {
                long t = start[i] + shift + span * k / 4;
                t -= Math.floorMod(t, 1_000_000L);
                double size = k < 3 ? q : vol - 3 * q;
                double p = path[k];
                double bid = ins.hasQuotes() ? ins.roundToTick(p - spread / 2) : p;
                double ask = ins.hasQuotes() ? ins.roundToTick(bid + spread) : p;
                if (ins.hasQuotes() && bid >= p) {
                    bid = ins.roundToTick(p - tick);
                }
                if (ins.hasQuotes() && ask <= p) {
                    ask = ins.roundToTick(p + tick);
                }
                double qs = ins.lotSize() * 10;
                ev.add(t, bid, ask, qs, qs, ins.hasTrades(), p, ins.hasQuotes() ? size : 0);
            }
        }
        return ev;
    }

    private static long medianStep(long[] start) {
        long[] d = new long[start.length - 1];
        for (int i = 1; i < start.length; i++) {
            d[i - 1] = start[i] - start[i - 1];
        }
        Arrays.sort(d);
        return d[d.length / 2];
    }

    /** Expanded events of one instrument, in time order (strictly increasing). */
    private static final class Events {
        long[] time;
        double[] bid, ask, bidSize, askSize, price, size;
        boolean[] trade;
        int n;

        Events(int cap) {
            time = new long[cap];
            bid = new double[cap];
            ask = new double[cap];
            bidSize = new double[cap];
            askSize = new double[cap];
            price = new double[cap];
            size = new double[cap];
            trade = new boolean[cap];
        }

        void add(long t, double b, double a, double bs, double as, boolean tr, double p, double sz) {
            if (n > 0 && t <= time[n - 1]) {
                t = time[n - 1] + 1_000_000L;
            }
            time[n] = t;
            bid[n] = b;
            ask[n] = a;
            bidSize[n] = bs;
            askSize[n] = as;
            trade[n] = tr;
            price[n] = p;
            size[n] = sz;
            n++;
        }
    }

    private static final class ArrayCursor implements TapeCursor {
        private final Events e;
        private int next;
        private int cur = -1;

        ArrayCursor(Events e, long from) {
            this.e = e;
            int i = Arrays.binarySearch(e.time, 0, e.n, from);
            if (i < 0) {
                i = -i - 1;
            }
            this.next = i;
        }

        @Override
        public boolean next(long limitNanos) {
            if (next >= e.n || e.time[next] >= limitNanos) {
                return false;
            }
            cur = next++;
            return true;
        }

        @Override public long time() { return e.time[cur]; }
        @Override public double bid() { return e.bid[cur]; }
        @Override public double ask() { return e.ask[cur]; }
        @Override public double bidSize() { return e.bidSize[cur]; }
        @Override public double askSize() { return e.askSize[cur]; }
        @Override public boolean isTrade() { return e.trade[cur]; }
        @Override public double tradePrice() { return e.price[cur]; }
        @Override public double tradeSize() { return e.size[cur]; }
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "CsvTape[%s, %d bars, %s]", file, stamps.length, daily ? "daily" : "intraday");
    }
}
