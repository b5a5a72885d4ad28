package org.bt4j.gateway.server;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import org.bt4j.gateway.GatewayConfig;
import org.bt4j.gateway.market.IbTimes;
import org.bt4j.gateway.market.Instrument;
import org.bt4j.gateway.tape.Quote;
import org.bt4j.gateway.tape.Tape;
import org.bt4j.gateway.tape.TapeCursor;
import org.bt4j.ib.wire.ClientMessage;
import org.bt4j.ib.wire.ServerMessage;

/**
 * Tick data from the tape: historical ticks (reqHistoricalTicks: TRADES, BID_ASK or MIDPOINT, at most
 * 1,000, from a start forward or back from an end) and tick-by-tick streams (Last, AllLast, BidAsk,
 * MidPoint), each on its request's id. <b>Threading:</b> gateway thread only.
 */
final class TickDesk {

    private static final long NS = 1_000_000_000L;
    /** IB's cap on one historical ticks answer. */
    static final int MAX_TICKS = 1000;

    private final GatewayConfig config;
    private final GatewayLoop loop;
    private final ApiClients clients;
    private final ContractDesk contracts;
    private final FaultDesk faults;
    private final Tape tape;
    private final TapeFollower.PerClient streams;

    TickDesk(GatewayConfig config, GatewayLoop loop, ApiClients clients, ContractDesk contracts, FaultDesk faults,
             Tape tape) {
        this.config = config;
        this.loop = loop;
        this.clients = clients;
        this.contracts = contracts;
        this.faults = faults;
        this.tape = tape;
        this.streams = new TapeFollower.PerClient(clients);
    }

    /** Answers reqHistoricalTicks with one message of up to {@link #MAX_TICKS} ticks, done. */
    void historicalTicks(ApiClient c, ClientMessage.ReqHistoricalTicks m) {
        Instrument ins = contracts.resolve(c, m.reqId(), m.contract());
        if (ins == null) {
            return;
        }
        String what = m.whatToShow().toUpperCase(java.util.Locale.ROOT);
        if (!List.of("TRADES", "BID_ASK", "MIDPOINT").contains(what) || m.start().isBlank() == m.end().isBlank()) {
            clients.error(c, m.reqId(), 321, "Error validating request: historical ticks need whatToShow TRADES, "
                    + "BID_ASK or MIDPOINT and exactly one of start and end time");
            return;
        }
        if (!faults.historyAvailable()) {
            clients.error(c, m.reqId(), 162, "Historical Market Data Service error message:HMDS query returned no data");
            return;
        }
        long t;
        try {
            t = IbTimes.parse(m.start().isBlank() ? m.end() : m.start(), config.twsZone());
        } catch (IllegalArgumentException e) {
            clients.error(c, m.reqId(), 321, "Error validating request: " + e.getMessage());
            return;
        }
        int n = Math.max(1, Math.min(MAX_TICKS, m.numberOfTicks()));
        boolean trades = what.equals("TRADES");
        List<Quote> events = m.start().isBlank() ? lastBefore(ins, trades, Math.min(t, loop.now()), n)
                : firstFrom(ins, trades, t, n);
        String venue = venue(ins);
        ServerMessage answer = switch (what) {
            case "TRADES" -> new ServerMessage.HistoricalTicksLast(m.reqId(), events.stream().map(q ->
                    new ServerMessage.HistoricalTickLast(q.time() / NS, 0, q.last(), q.lastSize(), venue, "")).toList(), true);
            case "BID_ASK" -> new ServerMessage.HistoricalTicksBidAsk(m.reqId(), events.stream().map(q ->
                    new ServerMessage.HistoricalTickBidAsk(q.time() / NS, 0, q.bid(), q.ask(), q.bidSize(), q.askSize()))
                    .toList(), true);
            default -> new ServerMessage.HistoricalTicks(m.reqId(), events.stream().map(q ->
                    new ServerMessage.HistoricalTick(q.time() / NS, q.mid(), 0)).toList(), true);
        };
        clients.send(c, answer);
    }

    /** Up to {@code n} tape events (trades only when {@code trades}) from {@code from} on, none after now. */
    private List<Quote> firstFrom(Instrument ins, boolean trades, long from, int n) {
        List<Quote> out = new ArrayList<>();
        TapeCursor cur = tape.cursor(ins, from);
        while (out.size() < n && cur.next(loop.now() + 1)) {
            if (!trades || cur.isTrade()) {
                out.add(Quote.of(cur));
            }
        }
        return out;
    }

    /** The last {@code n} tape events (trades only when {@code trades}) at or before {@code end}. */
    private List<Quote> lastBefore(Instrument ins, boolean trades, long end, int n) {
        long window = 600 * NS;
        Deque<Quote> last = new ArrayDeque<>();
        for (int attempt = 0; attempt < 10 && last.size() < n; attempt++, window *= 4) {
            last.clear();
            TapeCursor cur = tape.cursor(ins, end - window);
            while (cur.next(end + 1)) {
                if (!trades || cur.isTrade()) {
                    last.addLast(Quote.of(cur));
                    if (last.size() > n) {
                        last.removeFirst();
                    }
                }
            }
        }
        return new ArrayList<>(last);
    }

    private static String venue(Instrument ins) {
        return ins.primaryExchange().isEmpty() ? ins.exchange() : ins.primaryExchange();
    }

    /** Answers reqTickByTickData: a stream of the tape's trades, quotes or midpoints until cancelled. */
    void tickByTick(ApiClient c, ClientMessage.ReqTickByTickData m) {
        Instrument ins = contracts.resolve(c, m.reqId(), m.contract());
        if (ins == null) {
            return;
        }
        int type = switch (m.tickType()) {
            case "Last" -> 1;
            case "AllLast" -> 2;
            case "BidAsk" -> 3;
            case "MidPoint" -> 4;
            default -> 0;
        };
        if (type == 0) {
            clients.error(c, m.reqId(), 321, "Error validating request: tick-by-tick type '" + m.tickType()
                    + "' (Last, AllLast, BidAsk or MidPoint)");
            return;
        }
        Map<Integer, TapeFollower> mine = streams.of(c);
        TapeFollower old = mine.remove(m.reqId());
        if (old != null) {
            old.stop();
        }
        double[] previous = {Double.NaN, Double.NaN};
        mine.put(m.reqId(), new TapeFollower(loop, tape, ins, loop.now(), e -> {
            if (!clients.isConnected(c)) {
                cancel(c, m.reqId());
            } else if (faults.dataFlowing()) {
                tick(c, m.reqId(), type, ins, e, previous);
            }
        }));
    }

    private void tick(ApiClient c, int reqId, int type, Instrument ins, TapeCursor e, double[] previous) {
        long s = e.time() / NS;
        if (type <= 2 && e.isTrade()) {
            clients.send(c, new ServerMessage.TickByTickAllLast(reqId, type, s, e.tradePrice(), e.tradeSize(), 0,
                    venue(ins), ""));
        } else if (type == 3 && (e.bid() != previous[0] || e.ask() != previous[1])) {
            previous[0] = e.bid();
            previous[1] = e.ask();
            clients.send(c, new ServerMessage.TickByTickBidAsk(reqId, s, e.bid(), e.ask(), e.bidSize(), e.askSize(), 0));
        } else if (type == 4 && e.mid() != previous[0]) {
            previous[0] = e.mid();
            clients.send(c, new ServerMessage.TickByTickMidPoint(reqId, s, e.mid()));
        }
    }

    /** Answers cancelTickByTickData. */
    void cancel(ApiClient c, int reqId) {
        streams.cancel(c, reqId);
    }
}
