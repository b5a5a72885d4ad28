package org.bt4j.gateway.tape;

import org.bt4j.gateway.market.Instrument;
import org.bt4j.gateway.market.SessionSchedule;

/**
 * The default tape: a seeded, deterministic market computed from (seed, instrument, time) with
 * no state, so any instant can be evaluated without replaying from the past.
 *
 * <p>The log price is a sum of value-noise octaves with periods 1 s, 4 s, 16 s … 4^11 s (about
 * 48 days) and amplitudes growing with the square root of the period, which looks like a
 * bounded random walk with the instrument's volatility. Each second holds 0–4 events at
 * millisecond offsets (0–2 outside liquid hours); each event moves the quote (spread of {@code spreadTicks}, sizes in lots)
 * and most events print a trade at the bid or the ask. Forex pairs only quote; indices only print
 * values. Around the clock by default; with {@code followHours} the tape is silent outside each
 * instrument's trading hours. Immutable and thread-safe.
 */
public final class SyntheticTape implements Tape {

    static final int FINE_OCTAVES = 2;
    static final int OCTAVES = 12;
    private static final long SECONDS_PER_YEAR_OF_TRADING = 252L * 23_400;
    private static final int[] EVENTS_PER_SECOND = {0, 1, 1, 2, 2, 2, 3, 4};
    private static final int[] EVENTS_PER_QUIET_SECOND = {0, 0, 0, 0, 0, 1, 1, 2};

    private final long seed;
    private final boolean followHours;

    /**
     * @param seed        the market's seed: the same seed always gives the same prices
     * @param followHours true to trade only inside each instrument's trading hours
     */
    public SyntheticTape(long seed, boolean followHours) {
        this.seed = seed;
        this.followHours = followHours;
    }

    /** The seed. */
    public long seed() {
        return seed;
    }

    /** True when the tape follows trading hours. */
    public boolean followsHours() {
        return followHours;
    }

    @Override
    public TapeCursor cursor(Instrument instrument, long fromNanos) {
        return new Cursor(instrument, fromNanos);
    }

    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }

    /** Uniform in [-1, 1) from a hash. */
    static double signed(long h) {
        return (h >>> 11) * 0x1.0p-52 - 1.0;
    }

    private static double smooth(double f) {
        return f * f * (3 - 2 * f);
    }

    /** One instrument's walk through the tape; allocation-free after construction. */
    private final class Cursor implements TapeCursor {
        private final Instrument ins;
        private final long key;
        private final double[] amp = new double[OCTAVES];
        private final long[] cachedIdx = new long[OCTAVES];
        private final double[] v0 = new double[OCTAVES];
        private final double[] v1 = new double[OCTAVES];
        private final int[] offsets = new int[4];
        private final SessionSchedule hours;
        private final SessionSchedule liquid;
        private long liquidOpen = Long.MIN_VALUE;
        private long liquidClose = Long.MIN_VALUE;
        private long liquidNextCheck = Long.MIN_VALUE;
        private double secondFactor;
        private final boolean trades;
        private final boolean quotes;
        private final double lot;
        private final double base;

        private long sec;
        private int count;
        private int idx;
        private double coarse;
        private long sessionOpen = Long.MIN_VALUE;
        private long sessionClose = Long.MIN_VALUE;

        private long time;
        private double bid;
        private double ask;
        private double bidSize;
        private double askSize;
        private boolean isTrade;
        private double tradePrice;
        private double tradeSize;

        Cursor(Instrument ins, long fromNanos) {
            this.ins = ins;
            this.key = mix(seed * 0x9E3779B97F4A7C15L + ins.tapeKey());
            double perSqrtSecond = ins.volatility() / Math.sqrt(SECONDS_PER_YEAR_OF_TRADING);
            long period = 1;
            for (int o = 0; o < OCTAVES; o++) {
                amp[o] = perSqrtSecond * Math.sqrt(period) * 0.9;
                cachedIdx[o] = Long.MIN_VALUE;
                period *= 4;
            }
            this.hours = followHours ? ins.tradingHours() : null;
            this.liquid = ins.liquidHours().isAlways() ? null : ins.liquidHours();
            this.trades = ins.hasTrades();
            this.quotes = ins.hasQuotes();
            this.lot = ins.lotSize();
            this.base = Math.log(ins.basePrice());
            long fromMs = Math.floorDiv(fromNanos, 1_000_000L) + (Math.floorMod(fromNanos, 1_000_000L) > 0 ? 1 : 0);
            loadSecond(Math.floorDiv(fromMs, 1000));
            long msInSecond = fromMs - sec * 1000;
            while (idx < count && offsets[idx] < msInSecond) {
                idx++;
            }
        }

        private void loadSecond(long s) {
            if (hours != null) {
                s = clampToSession(s);
            }
            sec = s;
            long h = mix(key ^ (s * 0xD1B54A32D192ED03L));
            count = (inLiquidHours(s) ? EVENTS_PER_SECOND : EVENTS_PER_QUIET_SECOND)[(int) (h & 7)];
            for (int j = 0; j < count; j++) {
                offsets[j] = (int) Long.remainderUnsigned(mix(h + j + 1), 1000);
            }
            java.util.Arrays.sort(offsets, 0, count);
            for (int j = 1; j < count; j++) {
                if (offsets[j] <= offsets[j - 1]) {
                    offsets[j] = offsets[j - 1] + 1;
                }
            }
            if (count > 0 && offsets[count - 1] > 999) {
                count--;
            }
            idx = 0;
            coarse = count > 0 ? coarse(s) : 0;
            secondFactor = Math.exp(base + coarse);
        }

        private boolean inLiquidHours(long s) {
            if (liquid == null) {
                return true;
            }
            long n = s * 1_000_000_000L;
            if (n >= liquidOpen && n < liquidClose) {
                return true;
            }
            if (n < liquidNextCheck) {
                return false;
            }
            for (long[] iv : liquid.sessionsBetween(n, n + 9L * 86_400_000_000_000L)) {
                if (iv[1] > n) {
                    liquidOpen = iv[0];
                    liquidClose = iv[1];
                    liquidNextCheck = iv[0];
                    return n >= iv[0];
                }
            }
            liquidNextCheck = n + 86_400_000_000_000L;
            return false;
        }

        private long clampToSession(long s) {
            long n = s * 1_000_000_000L;
            if (n >= sessionOpen && n < sessionClose) {
                return s;
            }
            for (long[] iv : hours.sessionsBetween(n, n + 9L * 86_400_000_000_000L)) {
                if (iv[1] > n) {
                    sessionOpen = iv[0];
                    sessionClose = iv[1];
                    return Math.max(s, Math.floorDiv(iv[0], 1_000_000_000L));
                }
            }
            throw new IllegalStateException("no trading session within 9 days for " + ins);
        }

        private double coarse(long s) {
            double sum = 0;
            long period = 1;
            for (int o = 0; o < OCTAVES; o++) {
                if (o >= FINE_OCTAVES) {
                    long i = Math.floorDiv(s, period);
                    if (i != cachedIdx[o]) {
                        if (i == cachedIdx[o] + 1) {
                            v0[o] = v1[o];
                        } else {
                            v0[o] = node(o, i);
                        }
                        v1[o] = node(o, i + 1);
                        cachedIdx[o] = i;
                    }
                    double f = smooth((double) (s - i * period) / period);
                    sum += amp[o] * (v0[o] + (v1[o] - v0[o]) * f);
                }
                period *= 4;
            }
            return sum;
        }

        private double fine(long ms) {
            double sum = 0;
            long periodMs = 1000;
            for (int o = 0; o < FINE_OCTAVES; o++) {
                long i = Math.floorDiv(ms, periodMs);
                if (i != cachedIdx[o]) {
                    v0[o] = i == cachedIdx[o] + 1 ? v1[o] : node(o, i);
                    v1[o] = node(o, i + 1);
                    cachedIdx[o] = i;
                }
                double f = smooth((double) (ms - i * periodMs) / periodMs);
                sum += amp[o] * (v0[o] + (v1[o] - v0[o]) * f);
                periodMs *= 4;
            }
            return sum;
        }

        private double node(int octave, long i) {
            return signed(mix(key + octave * 0x632BE59BD9B4E019L + i * 0x9E3779B97F4A7C15L));
        }

        @Override
        public boolean next(long limitNanos) {
            while (idx >= count) {
                long nextSecondNanos = (sec + 1) * 1_000_000_000L;
                if (nextSecondNanos >= limitNanos) {
                    return false;
                }
                loadSecond(sec + 1);
            }
            long ms = sec * 1000 + offsets[idx];
            long t = ms * 1_000_000L;
            if (t >= limitNanos) {
                return false;
            }
            idx++;
            compute(ms, t);
            return true;
        }

        private void compute(long ms, long t) {
            time = t;
            long h = mix(key ^ (ms * 0xA24BAED4963EE407L));
            double f = fine(ms);
            double mid = secondFactor * (1 + f + 0.5 * f * f);
            double tick = ins.minTick();
            if (!quotes) {
                double v = ins.roundToTick(mid);
                bid = v;
                ask = v;
                bidSize = 0;
                askSize = 0;
                isTrade = true;
                tradePrice = v;
                tradeSize = 0;
                return;
            }
            int spread = ins.spreadTicks() + ((h & 0x30) == 0x30 ? 1 : 0);
            long bidTicks = (long) Math.floor((mid - spread * tick / 2) / tick + 1e-9);
            bid = ins.priceOfTicks(bidTicks);
            ask = ins.priceOfTicks(bidTicks + spread);
            bidSize = lot * (1 + ((h >>> 8) & 15));
            askSize = lot * (1 + ((h >>> 12) & 15));
            isTrade = trades && ((h >>> 16) & 7) < 5;
            if (isTrade) {
                boolean atAsk = ((h >>> 19) & 1) == 1;
                tradePrice = atAsk ? ask : bid;
                long sz = 1 + ((h >>> 20) & 3);
                if (lot >= 100 && ((h >>> 22) & 7) == 0) {
                    tradeSize = 1 + ((h >>> 25) & 63);
                } else {
                    tradeSize = lot * sz;
                }
            } else {
                tradePrice = Double.NaN;
                tradeSize = 0;
            }
        }

        @Override public long time() { return time; }
        @Override public double bid() { return bid; }
        @Override public double ask() { return ask; }
        @Override public double bidSize() { return bidSize; }
        @Override public double askSize() { return askSize; }
        @Override public boolean isTrade() { return isTrade; }
        @Override public double tradePrice() { return tradePrice; }
        @Override public double tradeSize() { return tradeSize; }
    }
}
