package org.bt4j.interop;

import java.time.Instant;
import org.bt4j.gateway.Gateway;
import org.bt4j.gateway.GatewayConfig;
import org.bt4j.time.EpochNanos;
import org.bt4j.time.SystemClock;

/**
 * A gateway for a peer client, on 127.0.0.1 and an ephemeral port, in memory. Its clock is the wall
 * clock shifted so that the run starts on {@link #START}, a Wednesday at 10:00 in New York: the
 * external client's session runs in real time inside regular trading hours whatever day the build
 * runs on. One controlling thread.
 */
final class PeerGateway implements AutoCloseable {

    /** Wednesday 2026-12-02 10:00 New York. */
    static final Instant START = Instant.parse("2026-12-02T15:00:00Z");

    final Gateway gw;

    PeerGateway() {
        this(GatewayConfig.builder());
    }

    PeerGateway(GatewayConfig.Builder config) {
        SystemClock clock = new SystemClock();
        clock.offsetNanos(START.getEpochSecond() * EpochNanos.SECOND - clock.nanos());
        gw = Gateway.start(config.port(0).adminPort(-1).clock(clock).seed(14).statePath(null).build());
    }

    int port() {
        return gw.port();
    }

    @Override
    public void close() {
        gw.close();
    }
}
