package org.bt4j.ib.client;

import java.util.function.Consumer;
import org.bt4j.ib.client.pacing.PacingRules;
import org.bt4j.ib.wire.Wire;
import org.bt4j.time.Clock;
import org.bt4j.time.SystemClock;

/**
 * Settings of one TWS connection: where ({@code host}, {@code port}), who ({@code clientId}),
 * how long to wait for the TCP connection and for the handshake ({@code connectTimeoutMillis}),
 * whether to print every message ({@code debug}, to {@code debugSink}), pacing limits, the clock
 * pacing is measured on ({@code time}: the wall clock, or a {@link org.bt4j.time.SimulatedClock}
 * shared with an in-process gateway) and the largest accepted frame.
 *
 * <p>Threading: immutable.
 */
public record IbClientConfig(String host, int port, int clientId, int connectTimeoutMillis, boolean debug,
                             Consumer<String> debugSink, PacingRules pacing, Clock time, int maxFrameSize) {

    /** Checks the values. */
    public IbClientConfig {
        if (host == null || host.isBlank()) {
            throw new IllegalArgumentException("host must be given");
        }
        if (port <= 0 || port > 65535) {
            throw new IllegalArgumentException("port must be 1..65535, got " + port);
        }
        if (connectTimeoutMillis <= 0) {
            throw new IllegalArgumentException("connect timeout must be positive, got " + connectTimeoutMillis);
        }
        if (maxFrameSize <= 0 || maxFrameSize > Wire.MAX_FRAME_SIZE) {
            throw new IllegalArgumentException("max frame size must be 1.." + Wire.MAX_FRAME_SIZE + ", got " + maxFrameSize);
        }
        debugSink = debugSink == null ? System.out::println : debugSink;
        pacing = pacing == null ? PacingRules.IB : pacing;
        time = time == null ? new SystemClock() : time;
    }

    /** Defaults: 3 s timeout, no debug, IB pacing, wall clock, 16 MB frames. */
    public static IbClientConfig of(String host, int port, int clientId) {
        return new IbClientConfig(host, port, clientId, 3000, false, null, null, null, Wire.MAX_FRAME_SIZE);
    }

    /** @return a copy with another client id */
    public IbClientConfig withClientId(int id) {
        return new IbClientConfig(host, port, id, connectTimeoutMillis, debug, debugSink, pacing, time, maxFrameSize);
    }

    /** @return a copy with another connect/handshake timeout */
    public IbClientConfig withConnectTimeoutMillis(int ms) {
        return new IbClientConfig(host, port, clientId, ms, debug, debugSink, pacing, time, maxFrameSize);
    }

    /** @return a copy printing every message to {@code sink} */
    public IbClientConfig withDebug(Consumer<String> sink) {
        return new IbClientConfig(host, port, clientId, connectTimeoutMillis, true, sink, pacing, time, maxFrameSize);
    }

    /** @return a copy with other pacing rules */
    public IbClientConfig withPacing(PacingRules rules) {
        return new IbClientConfig(host, port, clientId, connectTimeoutMillis, debug, debugSink, rules, time, maxFrameSize);
    }

    /** @return a copy measuring pacing on {@code clock} */
    public IbClientConfig withClock(Clock clock) {
        return new IbClientConfig(host, port, clientId, connectTimeoutMillis, debug, debugSink, pacing, clock, maxFrameSize);
    }
}
