package org.bt4j.gateway.server;

import org.bt4j.gateway.Gateway;
import org.bt4j.gateway.GatewayConfig;
import org.bt4j.time.SimulatedClock;

/**
 * A gateway on loopback whose simulated clock shows Wednesday 2024-01-03 10:00 in New York (the
 * market open for half an hour): the fixture of the desk tests. Test thread only.
 */
final class WednesdayGateway implements AutoCloseable {

    final SimulatedClock clock = SimulatedClock.at("2024-01-03T15:00:00Z");
    final Gateway gw = Gateway.start(GatewayConfig.builder().port(0).adminPort(-1).clock(clock).seed(5)
            .statePath(null).build());

    @Override
    public void close() {
        gw.close();
    }
}
