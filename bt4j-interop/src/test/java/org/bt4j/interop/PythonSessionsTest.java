package org.bt4j.interop;

import java.io.IOException;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The Python clients of {@code $BT4J_PEERS} each run a full session of their own against the
 * gateway: connect, contracts of every kind, history, live ticks and 5-second bars, market (with
 * partial fills), limit, stop and bracket orders, cancel, account updates, positions, executions,
 * account summary, PnL and PnL single, option chain parameters and futures months, head time stamp,
 * matching symbols, market rule, fundamental data (TWS's 430 on the request's id), market depth,
 * historical ticks, tick-by-tick, completed orders, duplicate clientId, reconnect.
 * <ul>
 * <li>IB's official client, API 10.30 (offers server versions up to 187) and 10.46 (up to 225):
 * {@code ibapi_session.py}; every message goes through the official decoder, which must consume
 * exactly its fields;</li>
 * <li>ib_insync 0.9.86 and its successor ib_async 2.0.1 (server version 178, their own decoders):
 * {@code insync_session.py}, through their high-level {@code IB} API and its start-up
 * synchronisation.</li>
 * </ul>
 * The four sessions run side by side, each against its own gateway.
 */
@Tag("peers")
@Execution(ExecutionMode.CONCURRENT)
class PythonSessionsTest {


    static Stream<Arguments> clients() {
        return Stream.of(
                Arguments.of("ibapi-10.30", "ibapi_session.py"),
                Arguments.of("ibapi-10.46", "ibapi_session.py"),
                Arguments.of("ib_insync", "insync_session.py"),
                Arguments.of("ib_async", "insync_session.py"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("clients")
    void fullSession(String client, String script) throws IOException, InterruptedException {
        try (PeerGateway gw = new PeerGateway()) {
            new PythonPeer(Peers.require(), client, client).run(script, String.valueOf(gw.port()), client);
        }
    }
}
