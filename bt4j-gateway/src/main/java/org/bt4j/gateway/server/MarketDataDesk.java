package org.bt4j.gateway.server;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.bt4j.gateway.GatewayConfig;
import org.bt4j.gateway.broker.MatchingEngine;
import org.bt4j.gateway.history.BarAggregator;
import org.bt4j.gateway.history.HistoricalBar;
import org.bt4j.gateway.history.WhatToShow;
import org.bt4j.gateway.market.Instrument;
import org.bt4j.gateway.tape.Quote;
import org.bt4j.gateway.tape.Tape;
import org.bt4j.gateway.tape.TapeCursor;
import org.bt4j.ib.wire.ClientMessage;
import org.bt4j.ib.wire.ServerMessage;

/**
 * Market data: walks each needed instrument's tape in time (ticks for subscribers, events for
 * order matching), top-of-book streams (reqMktData) and 5-second real-time bars. An instrument the
 * account has no market data subscription for ({@link GatewayConfig#unsubscribed()}) is refused
 * with IB's error 354 on a live request; once the client asks for delayed data (reqMarketDataType
 * 3 or 4) it gets error 10167, market data type 3 (or 4) and the delayed tick types (66–76, 88) of
 * the tape as it stood 15 minutes earlier, as TWS does. A client that asked for frozen data (2, or 4
 * delayed frozen) gets that type while the instrument's market is closed: the last values it recorded.
 * <b>Threading:</b> gateway thread only.
 */
final class MarketDataDesk {

    private static final long NS = 1_000_000_000L;
    private static final long RT_BAR = 5 * NS;
    /** How far delayed market data lags, as IB's for US stocks. */
    static final long DELAY = 15 * 60 * NS;

    /** One reqMktData stream. */
    static final class MktSub {
        final int tickerId;
        final Instrument ins;
        final boolean rtVolume;
        /** 0 for live data, {@link #DELAY} for delayed data. */
        final long lag;
        double bid = Double.NaN, ask = Double.NaN, bidSize = -1, askSize = -1, high = Double.NaN, low = Double.NaN;
        double volume;
        double notional;

        MktSub(int tickerId, Instrument ins, boolean rtVolume, long lag) {
            this.tickerId = tickerId;
            this.ins = ins;
            this.rtVolume = rtVolume && lag == 0;
            this.lag = lag;
        }

        /** The tick type of live tick type {@code live} in this stream (IB's delayed types when delayed). */
        int type(int live) {
            if (lag == 0) {
                return live;
            }
            return switch (live) {
                case 0 -> 69;
                case 1 -> 66;
                case 2 -> 67;
                case 3 -> 70;
                case 4 -> 68;
                case 5 -> 71;
                case 6 -> 72;
                case 7 -> 73;
                case 8 -> 74;
                case 9 -> 75;
                case 14 -> 76;
                case 45 -> 88;
                default -> throw new IllegalArgumentException("no delayed tick type for " + live);
            };
        }
    }

    /** One reqRealTimeBars stream. */
    static final class RtSub {
        final int reqId;
        final Instrument ins;
        final WhatToShow what;
        final boolean rth;
        boolean alive = true;

        RtSub(int reqId, Instrument ins, WhatToShow what, boolean rth) {
            this.reqId = reqId;
            this.ins = ins;
            this.what = what;
            this.rth = rth;
        }
    }

    /**
     * Walks one instrument's tape in time, {@code lag} behind: the live walk feeds ticks and order
     * matching, the delayed walk only delayed ticks.
     */
    private final class Driver {
        final Instrument ins;
        final long lag;
        final TapeCursor cursor;
        boolean pending;
        boolean alive = true;

        Driver(Instrument ins, long lag) {
            this.ins = ins;
            this.lag = lag;
            this.cursor = tape.cursor(ins, loop.now() - lag);
        }

        void arm() {
            pending = cursor.next(Long.MAX_VALUE);
            if (pending) {
                loop.schedule(cursor.time() + lag, this::fire);
            }
        }

        void fire() {
            if (!alive) {
                return;
            }
            onTapeEvent(ins, cursor, lag);
            if (!stillNeeded(ins, lag)) {
                alive = false;
                drivers.remove(key(ins, lag));
                return;
            }
            arm();
        }
    }

    private final GatewayLoop loop;
    private final ApiClients clients;
    private final ContractDesk contracts;
    private final FaultDesk faults;
    private final Tape tape;
    private final BarAggregator bars;
    private final MatchingEngine matching;
    private final Set<String> unsubscribed;
    private final boolean followHours;
    private final Map<Long, Driver> drivers = new HashMap<>();

    MarketDataDesk(GatewayConfig config, GatewayLoop loop, ApiClients clients, ContractDesk contracts, FaultDesk faults,
                   Tape tape, BarAggregator bars, MatchingEngine matching) {
        this.unsubscribed = config.unsubscribed();
        this.followHours = config.followHours();
        this.loop = loop;
        this.clients = clients;
        this.contracts = contracts;
        this.faults = faults;
        this.tape = tape;
        this.bars = bars;
        this.matching = matching;
    }

    /** Starts walking {@code ins}'s tape live from now (ticks and order matching) unless it is already walked. */
    void ensureDriver(Instrument ins) {
        ensureDriver(ins, 0);
    }

    private void ensureDriver(Instrument ins, long lag) {
        if (!drivers.containsKey(key(ins, lag))) {
            Driver d = new Driver(ins, lag);
            drivers.put(key(ins, lag), d);
            d.arm();
        }
    }

    private static long key(Instrument ins, long lag) {
        return ((long) ins.conId() << 1) | (lag == 0 ? 0 : 1);
    }

    private boolean stillNeeded(Instrument ins, long lag) {
        if (lag == 0 && matching.hasWorkingOrders(ins)) {
            return true;
        }
        for (ApiClient c : clients.all()) {
            for (MktSub m : c.mkt.values()) {
                if (m.ins.conId() == ins.conId() && m.lag == lag) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Answers reqMarketDataType: later requests of this client use it. */
    void marketDataType(ApiClient c, int type) {
        if (type < 1 || type > 4) {
            clients.error(c, -1, 321, "Error validating request: market data type " + type + " is not 1, 2, 3 or 4");
            return;
        }
        c.marketDataType = type;
    }

    /** Answers reqMktData. */
    void mktData(ApiClient c, ClientMessage.ReqMktData m) {
        Instrument ins = contracts.resolve(c, m.tickerId(), m.contract());
        if (ins == null) {
            return;
        }
        if (c.mkt.containsKey(m.tickerId())) {
            clients.error(c, m.tickerId(), 322, "Error processing request:-'bW' : cause - Duplicate ticker id");
            return;
        }
        boolean rtVolume = false;
        for (String g : m.genericTickList().split(",")) {
            rtVolume |= g.trim().equals("233");
        }
        int type = 1;
        if (unsubscribed.contains(ins.symbol())) {
            if (c.marketDataType < 3) {
                clients.error(c, m.tickerId(), 354, "Requested market data is not subscribed. Check API status by "
                        + "selecting the Account menu then under Management choose Market Data Subscription Manager "
                        + "and/or availability of delayed data.Delayed market data is available." + ins.localSymbol()
                        + " " + (ins.primaryExchange().isEmpty() ? ins.exchange() : ins.primaryExchange()) + "/TOP/ALL");
                return;
            }
            clients.error(c, m.tickerId(), 10167,
                    "Requested market data is not subscribed. Displaying delayed market data.");
            type = 3;
        }
        long lag = type == 3 ? DELAY : 0;
        boolean frozenAsked = c.marketDataType == 2 || c.marketDataType == 4;
        if (frozenAsked && followHours && !ins.tradingHours().isOpen(loop.now() - lag)) {
            type++; // frozen: the market is closed, the last values it recorded (2, or 4 when delayed)
        }
        MktSub sub = new MktSub(m.tickerId(), ins, rtVolume, lag);
        clients.send(c, new ServerMessage.MarketDataType(m.tickerId(), type));
        clients.send(c, new ServerMessage.TickReqParams(m.tickerId(), ins.minTick(), "9c0001", 3));
        initialTicks(c, sub);
        if (m.snapshot() || m.regulatorySnapshot()) {
            clients.send(c, new ServerMessage.TickSnapshotEnd(m.tickerId()));
            return;
        }
        c.mkt.put(m.tickerId(), sub);
        ensureDriver(ins, sub.lag);
    }

    /** Answers cancelMktData. */
    void cancelMktData(ApiClient c, int tickerId) {
        c.mkt.remove(tickerId);
    }

    private void initialTicks(ApiClient c, MktSub s) {
        long now = loop.now() - s.lag;
        Instrument ins = s.ins;
        long[] session = bars.dailySessions(ins, false).containing(now);
        long from = session != null ? session[0] : now - 86_400 * NS;
        HistoricalBar day = bars.window(ins, ins.hasTrades() ? WhatToShow.TRADES : WhatToShow.MIDPOINT, from, now, false);
        HistoricalBar prev = bars.window(ins, ins.hasTrades() ? WhatToShow.TRADES : WhatToShow.MIDPOINT,
                from - 86_400 * NS, from, false);
        Quote q = tape.quoteAt(ins, now);
        int t = s.tickerId;
        if (q != null && ins.hasQuotes()) {
            s.bid = q.bid();
            s.ask = q.ask();
            s.bidSize = q.bidSize();
            s.askSize = q.askSize();
            clients.send(c, new ServerMessage.TickPrice(t, s.type(1), q.bid(), q.bidSize(), 1));
            clients.send(c, new ServerMessage.TickPrice(t, s.type(2), q.ask(), q.askSize(), 1));
        }
        if (q != null && ins.hasTrades()) {
            double last = Double.isNaN(q.last()) ? q.mid() : q.last();
            clients.send(c, new ServerMessage.TickPrice(t, s.type(4), last, q.lastSize(), 0));
        }
        if (day != null) {
            s.high = day.high();
            s.low = day.low();
            clients.send(c, new ServerMessage.TickPrice(t, s.type(6), day.high(), 0, 0));
            clients.send(c, new ServerMessage.TickPrice(t, s.type(7), day.low(), 0, 0));
            clients.send(c, new ServerMessage.TickPrice(t, s.type(14), day.open(), 0, 0));
            if (day.volume() > 0) {
                s.volume = day.volume();
                s.notional = day.volume() * day.wap();
                clients.send(c, new ServerMessage.TickSize(t, s.type(8), day.volume()));
            }
        }
        if (prev != null) {
            clients.send(c, new ServerMessage.TickPrice(t, s.type(9), prev.close(), 0, 0));
        }
    }

    private void onTapeEvent(Instrument ins, TapeCursor e, long lag) {
        if (lag == 0) {
            matching.onEvent(ins, e);
        }
        if (!faults.dataFlowing()) {
            return;
        }
        for (ApiClient c : new ArrayList<>(clients.all())) {
            for (MktSub s : c.mkt.values()) {
                if (s.ins.conId() == ins.conId() && s.lag == lag) {
                    ticks(c, s, e);
                }
            }
        }
    }

    private void ticks(ApiClient c, MktSub s, TapeCursor e) {
        int t = s.tickerId;
        if (s.ins.hasQuotes()) {
            if (e.bid() != s.bid) {
                clients.send(c, new ServerMessage.TickPrice(t, s.type(1), e.bid(), e.bidSize(), 1));
            } else if (e.bidSize() != s.bidSize) {
                clients.send(c, new ServerMessage.TickSize(t, s.type(0), e.bidSize()));
            }
            if (e.ask() != s.ask) {
                clients.send(c, new ServerMessage.TickPrice(t, s.type(2), e.ask(), e.askSize(), 1));
            } else if (e.askSize() != s.askSize) {
                clients.send(c, new ServerMessage.TickSize(t, s.type(3), e.askSize()));
            }
            s.bid = e.bid();
            s.ask = e.ask();
            s.bidSize = e.bidSize();
            s.askSize = e.askSize();
        }
        if (e.isTrade()) {
            double p = e.tradePrice();
            s.volume += e.tradeSize();
            s.notional += p * e.tradeSize();
            clients.send(c, new ServerMessage.TickPrice(t, s.type(4), p, e.tradeSize(), 0));
            if (e.tradeSize() > 0) {
                clients.send(c, new ServerMessage.TickSize(t, s.type(8), s.volume));
            }
            clients.send(c, new ServerMessage.TickString(t, s.type(45), Long.toString(e.time() / NS)));
            if (s.rtVolume) {
                double vwap = s.volume > 0 ? s.notional / s.volume : p;
                clients.send(c, new ServerMessage.TickString(t, 48, String.format(Locale.ROOT, "%s;%s;%d;%s;%s;true",
                        num(p), num(e.tradeSize()), e.time() / 1_000_000L, num(s.volume),
                        num(Math.round(vwap * 1e8) / 1e8))));
            }
            if (Double.isNaN(s.high) || p > s.high) {
                s.high = p;
                clients.send(c, new ServerMessage.TickPrice(t, s.type(6), p, 0, 0));
            }
            if (Double.isNaN(s.low) || p < s.low) {
                s.low = p;
                clients.send(c, new ServerMessage.TickPrice(t, s.type(7), p, 0, 0));
            }
        }
    }

    private static String num(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        return new BigDecimal(Double.toString(v)).stripTrailingZeros().toPlainString();
    }

    /** Answers reqRealTimeBars. */
    void realTimeBars(ApiClient c, ClientMessage.ReqRealTimeBars m) {
        Instrument ins = contracts.resolve(c, m.tickerId(), m.contract());
        if (ins == null) {
            return;
        }
        WhatToShow what = WhatToShow.parseOrNull(m.whatToShow());
        if (what == null || what == WhatToShow.BID_ASK || (what == WhatToShow.TRADES && !ins.hasTrades())) {
            clients.error(c, m.tickerId(), 420, "Invalid Real-time Query: no data of type " + m.whatToShow() + " for "
                    + ins.secType() + " " + ins.localSymbol());
            return;
        }
        if (c.rt.containsKey(m.tickerId())) {
            clients.error(c, m.tickerId(), 322, "Error processing request:-'bW' : cause - Duplicate ticker id");
            return;
        }
        RtSub r = new RtSub(m.tickerId(), ins, what, m.useRth());
        c.rt.put(m.tickerId(), r);
        long start = Math.floorDiv(loop.now(), RT_BAR) * RT_BAR;
        loop.schedule(start + RT_BAR, () -> rtBar(c, r, start));
    }

    /** Answers cancelRealTimeBars. */
    void cancelRealTimeBars(ApiClient c, int tickerId) {
        RtSub r = c.rt.remove(tickerId);
        if (r != null) {
            r.alive = false;
        }
    }

    private void rtBar(ApiClient c, RtSub r, long start) {
        if (!r.alive) {
            return;
        }
        long end = start + RT_BAR;
        if (faults.dataFlowing()) {
            HistoricalBar b = bars.window(r.ins, r.what, start, end, r.rth);
            if (b != null) {
                clients.send(c, new ServerMessage.RealTimeBar(r.reqId, start / NS, b.open(), b.high(), b.low(), b.close(),
                        b.volume(), b.wap(), b.count()));
            }
        }
        loop.schedule(end + RT_BAR, () -> rtBar(c, r, end));
    }
}
