package org.bt4j.gateway.server;

import java.util.Map;
import org.bt4j.gateway.tape.Quote;
import org.bt4j.gateway.market.Instrument;
import org.bt4j.gateway.tape.Tape;
import org.bt4j.gateway.tape.TapeCursor;
import org.bt4j.ib.wire.ClientMessage;
import org.bt4j.ib.wire.ServerMessage;

/**
 * Market depth (reqMktDepth): a book of up to {@link #MAX_ROWS} rows a side built around the tape's
 * quote (the best row is the quote itself; each further row one tick worse with more size), sent as
 * inserts, then as row updates whenever the quote moves. At most {@link #MAX_SUBSCRIPTIONS} books per
 * client (309 beyond, as TWS's default); indices have no book (10092). <b>Threading:</b> gateway
 * thread only.
 */
final class DepthDesk {

    static final int MAX_ROWS = 10;
    static final int MAX_SUBSCRIPTIONS = 3;
    private static final int INSERT = 0;
    private static final int UPDATE = 1;
    private static final int ASK = 0;
    private static final int BID = 1;

    private final GatewayLoop loop;
    private final ApiClients clients;
    private final ContractDesk contracts;
    private final FaultDesk faults;
    private final Tape tape;
    private final TapeFollower.PerClient books;

    DepthDesk(GatewayLoop loop, ApiClients clients, ContractDesk contracts, FaultDesk faults, Tape tape) {
        this.loop = loop;
        this.clients = clients;
        this.contracts = contracts;
        this.faults = faults;
        this.tape = tape;
        this.books = new TapeFollower.PerClient(clients);
    }

    /** Answers reqMktDepth. */
    void depth(ApiClient c, ClientMessage.ReqMktDepth m) {
        Instrument ins = contracts.resolve(c, m.tickerId(), m.contract());
        if (ins == null) {
            return;
        }
        if (!ins.hasQuotes()) {
            clients.error(c, m.tickerId(), 10092, "Deep market data is not supported for this combination of security type/exchange");
            return;
        }
        Map<Integer, TapeFollower> mine = books.of(c);
        if (!mine.containsKey(m.tickerId()) && mine.size() >= MAX_SUBSCRIPTIONS) {
            clients.error(c, m.tickerId(), 309, "Max number (" + MAX_SUBSCRIPTIONS + ") of market depth requests has been reached");
            return;
        }
        cancel(c, m.tickerId());
        int rows = Math.max(1, Math.min(MAX_ROWS, m.numRows()));
        String maker = ins.primaryExchange().isEmpty() ? ins.exchange() : ins.primaryExchange();
        Quote q = tape.quoteAt(ins, loop.now());
        if (q != null) {
            book(c, m.tickerId(), ins, maker, rows, m.smartDepth(), INSERT, q.bid(), q.bidSize(), q.ask(), q.askSize());
        }
        double[] last = {q == null ? Double.NaN : q.bid(), q == null ? Double.NaN : q.ask()};
        books.of(c).put(m.tickerId(), new TapeFollower(loop, tape, ins, loop.now() + 1, e -> moved(c, m, ins, maker, rows, e, last)));
    }

    private void moved(ApiClient c, ClientMessage.ReqMktDepth m, Instrument ins, String maker, int rows, TapeCursor e,
                       double[] last) {
        if (!clients.isConnected(c)) {
            cancel(c, m.tickerId());
            return;
        }
        if (!faults.dataFlowing() || (e.bid() == last[0] && e.ask() == last[1])) {
            return;
        }
        int op = Double.isNaN(last[0]) ? INSERT : UPDATE;
        last[0] = e.bid();
        last[1] = e.ask();
        book(c, m.tickerId(), ins, maker, rows, m.smartDepth(), op, e.bid(), e.bidSize(), e.ask(), e.askSize());
    }

    private void book(ApiClient c, int id, Instrument ins, String maker, int rows, boolean smart, int op, double bid,
                      double bidSize, double ask, double askSize) {
        double tick = ins.minTick();
        double lot = Math.max(1, ins.lotSize());
        for (int k = 0; k < rows; k++) {
            double more = k * lot;
            clients.send(c, new ServerMessage.UpdateMktDepthL2(id, k, maker, op, BID, round(bid - k * tick, tick),
                    bidSize + more, smart));
            clients.send(c, new ServerMessage.UpdateMktDepthL2(id, k, maker, op, ASK, round(ask + k * tick, tick),
                    askSize + more, smart));
        }
    }

    private static double round(double price, double tick) {
        return Math.round(Math.round(price / tick) * tick * 1e8) / 1e8;
    }

    /** Answers cancelMktDepth. */
    void cancel(ApiClient c, int tickerId) {
        books.cancel(c, tickerId);
    }
}
