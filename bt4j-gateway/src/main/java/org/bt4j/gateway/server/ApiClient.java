package org.bt4j.gateway.server;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Protocol state of one API client after START_API: its subscriptions and account streams.
 * <b>Threading:</b> gateway thread only.
 */
final class ApiClient {
    final ClientSession session;
    final int clientId;
    final Map<Integer, MarketDataDesk.MktSub> mkt = new HashMap<>();
    final Map<Integer, MarketDataDesk.RtSub> rt = new HashMap<>();
    final Map<Integer, HistoryDesk.HistSub> hist = new HashMap<>();
    /** Historical requests being built off the gateway thread (cancel drops the answer). */
    final Set<Integer> building = new HashSet<>();
    final Set<Integer> accountMulti = new HashSet<>();
    boolean accountUpdates;
    /** The account reqAccountUpdates streams. */
    String accountCode = "";
    boolean positions;
    boolean autoOpenOrders;
    /** The market data type asked for with reqMarketDataType: 1 live (default), 2 frozen, 3 delayed, 4 delayed frozen. */
    int marketDataType = 1;

    ApiClient(ClientSession session, int clientId) {
        this.session = session;
        this.clientId = clientId;
    }

    /** Stops the timers of its real-time bar and keepUpToDate streams (they stay listed). */
    void endStreams() {
        for (MarketDataDesk.RtSub r : rt.values()) {
            r.alive = false;
        }
        for (HistoryDesk.HistSub h : hist.values()) {
            h.alive = false;
        }
    }

    /** Forgets every market data subscription, as TWS does when it restores connectivity with data lost. */
    void dropSubscriptions() {
        mkt.clear();
        endStreams();
        rt.clear();
        hist.clear();
        building.clear();
    }
}
