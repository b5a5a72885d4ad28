package org.bt4j.ib.client;

import org.bt4j.ib.client.pacing.PacedRequest;
import org.bt4j.ib.wire.ClientMessage;
import org.bt4j.ib.wire.Contract;

/**
 * Classifies outgoing messages for the pacing governor: historical-data requests (identical-request
 * key = every request field but the id; burst key = contract, exchange and whatToShow; BID_ASK
 * weighs two) and real-time-bar requests (they count towards the historical window); everything
 * else is a plain message.
 *
 * <p>Threading: stateless.
 */
final class RequestPacing {

    private RequestPacing() {
    }

    static PacedRequest of(ClientMessage m) {
        if (m instanceof ClientMessage.ReqHistoricalData) {
            ClientMessage.ReqHistoricalData h = (ClientMessage.ReqHistoricalData) m;
            String contract = key(h.contract()) + "|" + h.whatToShow();
            String identity = contract + "|" + h.endDateTime() + "|" + h.barSizeSetting() + "|" + h.durationStr() + "|"
                    + h.useRth() + "|" + h.formatDate() + "|" + h.keepUpToDate() + "|" + h.includeExpired();
            return PacedRequest.historical("BID_ASK".equals(h.whatToShow()) ? 2 : 1, identity, contract);
        }
        if (m instanceof ClientMessage.ReqRealTimeBars) {
            ClientMessage.ReqRealTimeBars r = (ClientMessage.ReqRealTimeBars) m;
            String contract = "rt|" + key(r.contract()) + "|" + r.whatToShow();
            return PacedRequest.historical(1, contract + "|" + r.tickerId(), contract);
        }
        return PacedRequest.PLAIN;
    }

    private static String key(Contract c) {
        return c.conId() + "|" + c.symbol() + "|" + c.secType() + "|" + c.lastTradeDateOrContractMonth() + "|"
                + c.strike() + "|" + c.right() + "|" + c.multiplier() + "|" + c.exchange() + "|" + c.currency() + "|"
                + c.localSymbol();
    }
}
