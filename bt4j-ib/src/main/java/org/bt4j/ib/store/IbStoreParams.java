package org.bt4j.ib.store;

import java.util.concurrent.ThreadLocalRandom;

/**
 * backtrader's IBStore parameters: {@code host}, {@code port} (7496 live, 7497 paper),
 * {@code clientId} (null = random 1..65535), {@code notifyall} (every TWS message becomes a store
 * notification, not only errors), {@code debug} (print every message), {@code reconnect}
 * (further attempts, −1 forever), {@code timeout} (seconds between attempts), {@code timeoffset},
 * {@code timerefresh} (seconds), {@code indcash} (treat IND like CASH for prices).
 *
 * <p>Threading: immutable.
 */
public record IbStoreParams(String host, int port, Integer clientId, boolean notifyall, boolean debug, int reconnect,
                            double timeout, boolean timeOffset, double timeRefresh, boolean indCash) {

    /** backtrader's defaults. */
    public static final IbStoreParams DEFAULTS = new IbStoreParams("127.0.0.1", 7496, null, false, false, 3, 3.0,
            true, 60.0, true);

    /** Checks the values. */
    public IbStoreParams {
        if (reconnect < -1) {
            throw new IllegalArgumentException("reconnect must be -1 (forever), 0 or more, got " + reconnect);
        }
        if (timeout < 0 || timeRefresh <= 0) {
            throw new IllegalArgumentException("timeout must be >= 0 and timerefresh > 0");
        }
    }

    /** @return the configured client id, or a random one in 1..65535 as backtrader picks */
    public int effectiveClientId() {
        return clientId != null ? clientId : ThreadLocalRandom.current().nextInt(1, 65536);
    }

    /** @return a copy connecting to {@code host:port} */
    public IbStoreParams withAddress(String h, int p) {
        return new IbStoreParams(h, p, clientId, notifyall, debug, reconnect, timeout, timeOffset, timeRefresh, indCash);
    }

    /** @return a copy with a fixed client id */
    public IbStoreParams withClientId(int id) {
        return new IbStoreParams(host, port, id, notifyall, debug, reconnect, timeout, timeOffset, timeRefresh, indCash);
    }

    /** @return a copy with other retry settings */
    public IbStoreParams withReconnect(int attempts, double timeoutSeconds) {
        return new IbStoreParams(host, port, clientId, notifyall, debug, attempts, timeoutSeconds, timeOffset,
                timeRefresh, indCash);
    }
}
