package org.bt4j.interop;

import java.io.IOException;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * 1,000 sequential connects of IB's official Python client 10.30 (its own handshake and START_API,
 * each to nextValidId, then a disconnect), with no failure: the handshake reply must reach the
 * client whole every time (see {@code connect_storm.py}).
 */
@Tag("peers")
class ConnectStormTest {

    @Test
    void thousandSequentialOfficialConnects() throws IOException, InterruptedException {
        try (PeerGateway gw = new PeerGateway()) {
            new PythonPeer(Peers.require(), "connect-storm", "ibapi-10.30")
                    .run("connect_storm.py", String.valueOf(gw.port()), "1000");
        }
    }
}
