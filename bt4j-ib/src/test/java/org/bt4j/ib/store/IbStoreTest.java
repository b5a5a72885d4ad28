package org.bt4j.ib.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.bt4j.BadInputException;
import org.bt4j.ib.wire.Contract;
import org.junit.jupiter.api.Test;

class IbStoreTest {

    @Test
    void randomClientIdWhenNotGiven() {
        for (int i = 0; i < 100; i++) {
            int id = IbStoreParams.DEFAULTS.effectiveClientId();
            assertTrue(id >= 1 && id <= 65535, "client id " + id);
        }
        assertEquals(9, IbStoreParams.DEFAULTS.withClientId(9).effectiveClientId());
        assertThrows(IllegalArgumentException.class, () -> IbStoreParams.DEFAULTS.withReconnect(-2, 1));
    }

    @Test
    void failedStartIsANotificationNotAnException() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort();
        }
        try (IbStore store = new IbStore(IbStoreParams.DEFAULTS.withAddress("127.0.0.1", port).withReconnect(0, 0.01))) {
            assertFalse(store.start());
            assertEquals(List.of("cannot connect to 127.0.0.1:" + port
                    + ": connection refused (is TWS or IB Gateway running with the API enabled on this port?)"),
                    store.drainNotifications());
            assertEquals(List.of(), store.drainNotifications());
            assertEquals("cannot look up AAPL STK SMART USD: not connected to TWS",
                    assertThrows(BadInputException.class,
                            () -> store.contractDetails(Contract.of("AAPL", "STK", "SMART", "USD"), 100)).getMessage());
        }
    }

    @Test
    void aNotificationSignalsTheEngineAfterItIsQueued() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort();
        }
        try (IbStore store = new IbStore(IbStoreParams.DEFAULTS.withAddress("127.0.0.1", port).withReconnect(0, 0.01))) {
            List<Object> drainedOnSignal = new CopyOnWriteArrayList<>();
            CountDownLatch signalled = new CountDownLatch(1);
            store.addNotificationListener(() -> {
                drainedOnSignal.addAll(store.drainNotifications());
                signalled.countDown();
            });
            assertFalse(store.start());
            assertTrue(signalled.await(5, TimeUnit.SECONDS), "the store signalled its notification");
            assertEquals(List.of("cannot connect to 127.0.0.1:" + port
                    + ": connection refused (is TWS or IB Gateway running with the API enabled on this port?)"),
                    drainedOnSignal);
            assertEquals(List.of(), store.drainNotifications());
        }
    }
}
