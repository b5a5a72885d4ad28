package org.bt4j.interop;

import java.io.IOException;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * IB's official Python clients (API 10.30, which offers server versions up to 187, and 10.46, up to
 * 225) each run a full session against the gateway: connect, contracts of every kind, history, live
 * ticks and bars, market (partial fills), limit, stop and bracket orders, cancel, account updates,
 * positions, executions, account summary, duplicate clientId, reconnect, completed orders (see
 * {@code ibapi_session.py}). Every message goes through the official decoder, which must consume
 * exactly its fields.
 */
@Tag("peers")
class IbapiSessionTest {

    static final Map<String, String> GAPS = Map.of(
            "account summary", "issue 14: reqAccountSummary refused with 321 on id -1",
            "immediate reconnect", "issue 14: the gateway may see the new START_API before the old socket's close (326)",
            "completed orders", "issue 14: completedOrder lacks the fields of versions 170..184");

    @ParameterizedTest
    @ValueSource(strings = {"ibapi-10.30", "ibapi-10.46"})
    void fullSession(String client) throws IOException, InterruptedException {
        try (PeerGateway gw = new PeerGateway()) {
            new PythonPeer(Peers.require(), client, client).run(GAPS, "ibapi_session.py", String.valueOf(gw.port()));
        }
    }
}
