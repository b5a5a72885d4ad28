package org.bt4j.ib.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.bt4j.gateway.Gateway;
import org.bt4j.gateway.GatewayConfig;
import org.bt4j.ib.client.StoreEvent;
import org.bt4j.ib.data.IbData;
import org.bt4j.ib.data.IbDataParams;
import org.bt4j.ib.store.IbStore;
import org.bt4j.ib.store.IbStoreParams;
import org.bt4j.ib.wire.ServerMessage;
import org.bt4j.time.TimeFrame;
import org.junit.jupiter.api.Test;

/**
 * Historical mode: weeks of 1-minute bars in one-day chunks through the client's pacing governor,
 * against a gateway that enforces IB's pacing rules on the wall clock — no violation, no gap, no
 * repeat. ({@code -Dbt4j.histdays=365} downloads a year; it takes IB's real pacing time, about an
 * hour.)
 */
class HistoricalDownloadTest {

    private static final long S = 1_000_000_000L;

    @Test
    void weeksOfMinuteBarsWithoutPacingViolation() throws Exception {
        int days = Integer.getInteger("bt4j.histdays", 12);
        try (Gateway gw = Gateway.start(GatewayConfig.builder().port(0).adminPort(-1).seed(3).statePath(null).build());
             IbStore store = new IbStore(new IbStoreParams("127.0.0.1", gw.port(), 51, false, false, 3, 0.5, true,
                     60.0, true))) {
            AtomicInteger violations = new AtomicInteger();
            store.addListener(e -> {
                if (e instanceof StoreEvent.Message m && m.message() instanceof ServerMessage.ErrorMsg err
                        && err.code() == 162) {
                    violations.incrementAndGet();
                }
            });
            long now = Instant.now().getEpochSecond() / 60 * 60 * S;
            IbData data = new IbData(store, "AAPL-STK-SMART-USD", IbDataParams.of().historical(true)
                    .timeframe(TimeFrame.Minutes, 1).fromdate(now - days * 86_400L * S).todate(now));
            List<String> statuses = new ArrayList<>();
            data.addStatusListener((d, s) -> statuses.add(s.name()));
            data.start();
            int n = 0;
            long last = Long.MIN_VALUE;
            long deadline = System.nanoTime() + (days * 2L + 60) * S;
            while (!data.isFinished() && System.nanoTime() < deadline) {
                data.await(100_000_000L);
                while (data.next()) {
                    long t = data.datetime(0);
                    assertTrue(t > last, "strictly increasing bar times");
                    assertEquals(0, t % (60 * S), "minute bars end on the minute");
                    last = t;
                    n++;
                }
            }
            assertEquals(List.of("CONNECTED", "DELAYED", "DISCONNECTED"), statuses);
            assertEquals(0, violations.get(), "no pacing violation");
            assertEquals(days * 1440, n, "every minute of " + days + " days (the simulated market never closes)");
            assertTrue(store.connection().governor().stats().delayed() > 0, "the governor made requests wait");
        }
    }
}
