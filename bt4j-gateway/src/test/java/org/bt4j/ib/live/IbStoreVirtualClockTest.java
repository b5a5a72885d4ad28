package org.bt4j.ib.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.bt4j.BadInputException;
import org.bt4j.gateway.Gateway;
import org.bt4j.gateway.GatewayConfig;
import org.bt4j.gateway.fault.FaultSpec;
import org.bt4j.ib.store.IbStore;
import org.bt4j.ib.store.IbStoreParams;
import org.bt4j.ib.wire.Contract;
import org.bt4j.loop.EngineLoop;
import org.bt4j.time.SimulatedClock;
import org.bt4j.time.VirtualClock;
import org.junit.jupiter.api.Test;

/**
 * IbStore's request timeouts on a {@link VirtualClock}, which moves only when the whole system is
 * quiet: a look-up TWS does not answer ends at its timeout, exactly, instead of waiting for ever.
 */
class IbStoreVirtualClockTest {

    private static final long S = 1_000_000_000L;

    @Test
    void anUnansweredContractLookUpEndsAtItsTimeoutOnVirtualTime() {
        VirtualClock clock = new VirtualClock(SimulatedClock.at("2024-01-08T15:00:00Z").nanos());
        clock.join(); // this thread is the engine thread
        Gateway gw = Gateway.start(GatewayConfig.builder().port(0).adminPort(-1).statePath(null).followHours(false)
                .seed(3).clock(clock).build());
        EngineLoop loop = new EngineLoop(clock);
        IbStore store = new IbStore(new IbStoreParams("127.0.0.1", gw.port(), 31, false, false, 0, 1.0, false, 60.0,
                true), loop);
        try {
            assertTrue(store.start());
            gw.inject(FaultSpec.parseNow("delay 60s")); // every request is handled a minute late
            long before = loop.now();
            BadInputException e = assertThrows(BadInputException.class,
                    () -> store.contractDetails(Contract.of("AAPL", "STK", "SMART", "USD"), 10_000));
            assertEquals("no contract details for " + Contract.of("AAPL", "STK", "SMART", "USD").describe()
                    + " within 10000 ms", e.getMessage());
            assertEquals(10 * S, loop.now() - before, "the timeout, on virtual time");
        } finally {
            store.stop();
            gw.close();
            clock.leave();
        }
    }
}
