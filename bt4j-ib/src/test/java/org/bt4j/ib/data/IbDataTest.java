package org.bt4j.ib.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;
import org.bt4j.ib.client.StoreEvent;
import org.bt4j.feed.DataStatus;
import org.bt4j.ib.client.FakeTws;
import org.bt4j.ib.store.IbStore;
import org.bt4j.ib.store.IbStoreParams;
import org.bt4j.ib.wire.Bar;
import org.bt4j.ib.wire.ClientMessage;
import org.bt4j.ib.wire.Contract;
import org.bt4j.ib.wire.ContractDetails;
import org.bt4j.ib.wire.ServerMessage;
import org.bt4j.time.SimulatedClock;
import org.bt4j.time.TimeFrame;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * IbData's own plumbing against a scripted TWS on 127.0.0.1 (the state machine has its own test):
 * what it asks TWS for, which replies it takes, how IB's bars become end-stamped bars, and the
 * statuses it reports. The store and the feed share a virtual clock standing at 2024-01-05 15:00 UTC.
 */
class IbDataTest {

    private static final long S = 1_000_000_000L;
    /** 2024-01-05 15:00:00 UTC in epoch seconds. */
    private static final long T15 = 1_704_466_800L;
    private static final int CON_ID = 12_345;

    private final SimulatedClock clock = SimulatedClock.at(Instant.ofEpochSecond(T15));
    private FakeTws tws;
    private IbStore store;
    /** Every request the scripted TWS received after the handshake. */
    private final BlockingQueue<ClientMessage> requests = new LinkedBlockingQueue<>();
    private volatile List<Bar> historyReply = List.of();

    @AfterEach
    void close() throws Exception {
        if (store != null) {
            store.close();
        }
        if (tws != null) {
            tws.close();
        }
    }

    /** A TWS that resolves every contract to conId 12345 (zone US/Eastern) and answers history with {@link #historyReply}. */
    private void startTws() throws Exception {
        tws = new FakeTws(187);
        tws.serveOnce(List.of(new ServerMessage.ManagedAccounts(List.of("DU1")), new ServerMessage.NextValidId(1)));
        Thread responder = new Thread(() -> {
            try {
                while (true) {
                    ClientMessage m = tws.next();
                    requests.add(m);
                    if (m instanceof ClientMessage.ReqContractDetails rc) {
                        Contract c = rc.contract();
                        Contract resolved = new Contract(CON_ID, c.symbol(), c.secType(), "", 0, "", "",
                                c.exchange(), "NYSE", c.currency(), c.symbol(), c.symbol(), "", "");
                        tws.send(new ServerMessage.ContractData(rc.reqId(),
                                ContractDetails.builder(resolved).timeZoneId("US/Eastern").build()));
                        tws.send(new ServerMessage.ContractDataEnd(rc.reqId()));
                    } else if (m instanceof ClientMessage.ReqHistoricalData rh) {
                        tws.send(new ServerMessage.HistoricalData(rh.reqId(), "", "", historyReply));
                    }
                }
            } catch (Throwable end) {
                // the test is over (nothing more within 5 s, or the socket closed)
            }
        }, "scripted-tws");
        responder.setDaemon(true);
        responder.start();
        store = new IbStore(IbStoreParams.DEFAULTS.withAddress("127.0.0.1", tws.port()).withClientId(7)
                .withReconnect(0, 0.01), clock);
    }

    private IbData feed(String dataname, TimeFrame tf, int comp, IbDataParams params) {
        return new IbData(store, dataname, params.timeframe(tf, comp).qcheck(Duration.ofMillis(20)));
    }

    /** The next request of type {@code type}, skipping others (handshake, current time, ids). */
    private <T extends ClientMessage> T next(Class<T> type) throws InterruptedException {
        long deadline = System.nanoTime() + 5 * S;
        while (System.nanoTime() < deadline) {
            ClientMessage m = requests.poll(100, TimeUnit.MILLISECONDS);
            if (type.isInstance(m)) {
                return type.cast(m);
            }
        }
        throw new AssertionError("no " + type.getSimpleName() + " within 5 s");
    }

    /**
     * Runs the store's loop as the engine does — one event (or a timer at the clock's time) per turn,
     * then the feed's clock check, then every bar as {time, o, h, l, c, v} — until {@code done}.
     */
    private void pump(IbData data, List<double[]> bars, BooleanSupplier done) {
        long giveUp = System.nanoTime() + 5 * S;
        do {
            if (store.loop().idle()) {
                LockSupport.parkNanos(1_000_000L); // the reader thread has not offered the next event yet
            }
            store.loop().step(Long.MIN_VALUE);
            data.check(0);
            while (data.next()) {
                bars.add(new double[] {data.datetime(0), data.open().get(0), data.high().get(0), data.low().get(0),
                        data.close().get(0), data.volume().get(0)});
            }
            assertTrue(System.nanoTime() < giveUp, "the feed did not get there within 5 s");
        } while (!done.getAsBoolean());
    }

    private static List<String> names(List<DataStatus> statuses) {
        return statuses.stream().map(Enum::name).toList();
    }

    @Test
    void withoutTwsTheFeedEndsDisconnectedAtOnce() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort();
        }
        store = new IbStore(IbStoreParams.DEFAULTS.withAddress("127.0.0.1", port).withReconnect(0, 0.01), clock);
        IbData data = feed("AAPL-STK-SMART-USD", TimeFrame.Minutes, 1, IbDataParams.of());
        List<DataStatus> statuses = new ArrayList<>();
        data.addStatusListener((d, st) -> statuses.add(st));
        assertNull(data.status(), "no status before start");
        assertTrue(data.isLive());
        data.start();
        assertFalse(data.next());
        assertEquals(List.of("DISCONNECTED"), names(statuses));
        assertEquals(DataStatus.DISCONNECTED, data.status());
        assertTrue(data.isFinished());
        assertNull(data.contractDetails(), "nothing was resolved");
        assertEquals(ZoneOffset.UTC.getRules(), data.tz().getRules());
    }

    @Test
    void historicalDownloadAsksForTheSpanAndStampsBarsAtTheirEnd() throws Exception {
        startTws();
        // IB stamps bars at their start (formatDate=2: epoch seconds); 14:55 … 14:59 UTC
        historyReply = List.of(
                new Bar(String.valueOf(T15 - 300), 10.0, 10.5, 9.8, 10.2, 1200, 10.1, 12),
                new Bar(String.valueOf(T15 - 240), 10.2, 10.4, 10.0, 10.3, 800, 10.2, 8),
                new Bar(String.valueOf(T15 - 180), 10.3, 10.9, 10.3, 10.8, 2500, 10.6, 30),
                new Bar(String.valueOf(T15 - 120), 10.8, 10.8, 10.1, 10.1, 900, 10.4, 9),
                new Bar(String.valueOf(T15 - 60), 10.1, 10.2, 10.0, 10.05, 400, 10.1, 4));
        IbData data = feed("TWTR-STK-SMART-USD", TimeFrame.Minutes, 1,
                IbDataParams.of().historical(true).fromdate((T15 - 300) * S).todate(T15 * S));
        assertFalse(data.isLive(), "a historical download is not live");
        List<DataStatus> statuses = new ArrayList<>();
        data.addStatusListener((d, st) -> statuses.add(st));
        data.start();

        ClientMessage.ReqContractDetails lookup = next(ClientMessage.ReqContractDetails.class);
        assertEquals("TWTR", lookup.contract().symbol());
        assertEquals("STK", lookup.contract().secType());
        assertEquals("SMART", lookup.contract().exchange());
        assertEquals("USD", lookup.contract().currency());
        ClientMessage.ReqHistoricalData req = next(ClientMessage.ReqHistoricalData.class);
        assertEquals(CON_ID, req.contract().conId(), "history is asked for the resolved contract");
        assertEquals("20240105-15:00:00", req.endDateTime(), "explicit UTC end");
        assertEquals("1 min", req.barSizeSetting());
        assertEquals("300 S", req.durationStr(), "five minutes");
        assertEquals("TRADES", req.whatToShow(), "stocks show trades");
        assertFalse(req.useRth());
        assertEquals(2, req.formatDate());
        assertFalse(req.keepUpToDate());

        List<double[]> bars = new ArrayList<>();
        pump(data, bars, data::isFinished);
        assertEquals(5, bars.size());
        // each bar is stamped at its end: start + 60 s
        assertArrayEquals(new double[] {(T15 - 240) * S, 10.0, 10.5, 9.8, 10.2, 1200}, bars.get(0), 1e-9);
        assertArrayEquals(new double[] {(T15 - 120) * S, 10.3, 10.9, 10.3, 10.8, 2500}, bars.get(2), 1e-9);
        assertArrayEquals(new double[] {T15 * S, 10.1, 10.2, 10.0, 10.05, 400}, bars.get(4), 1e-9);
        assertEquals(List.of("CONNECTED", "DELAYED", "DISCONNECTED"), names(statuses));
        assertTrue(data.isFinished());
        assertEquals(CON_ID, data.contractDetails().contract().conId());
        assertEquals(CON_ID, data.tradeContract().conId(), "orders go to the data's own contract");
        assertEquals(ZoneOffset.ofHours(-5), data.tz().getRules().getOffset(Instant.ofEpochSecond(T15)),
                "the contract's US/Eastern zone");
    }

    @Test
    void quoteHistoryHasNoVolumeAndIsDeliveredWithZero() throws Exception {
        startTws();
        historyReply = List.of(new Bar(String.valueOf(T15 - 60), 1.1, 1.2, 1.0, 1.15, -1, -1, -1));
        IbData data = feed("EUR.USD-CASH-IDEALPRO", TimeFrame.Minutes, 1,
                IbDataParams.of().historical(true).what("MIDPOINT").fromdate((T15 - 60) * S).todate(T15 * S));
        data.start();
        assertEquals("MIDPOINT", next(ClientMessage.ReqHistoricalData.class).whatToShow());
        List<double[]> bars = new ArrayList<>();
        pump(data, bars, data::isFinished);
        assertEquals(1, bars.size());
        assertArrayEquals(new double[] {T15 * S, 1.1, 1.2, 1.0, 1.15, 0.0}, bars.get(0), 1e-9);
    }

    @Test
    void forexHistoryShowsBidsUnlessToldOtherwise() throws Exception {
        startTws();
        IbData data = feed("EUR.USD-CASH-IDEALPRO", TimeFrame.Minutes, 1,
                IbDataParams.of().historical(true).fromdate((T15 - 60) * S).todate(T15 * S));
        data.start();
        assertEquals("BID", next(ClientMessage.ReqHistoricalData.class).whatToShow(), "TRADES does not exist for forex");
    }

    @Test
    void liveStocksSubscribeToRtVolumeAndStopCancels() throws Exception {
        startTws();
        IbData data = feed("TWTR-STK-SMART-USD", TimeFrame.Seconds, 5, IbDataParams.of().backfillStart(false));
        data.start();
        ClientMessage.ReqMktData sub = next(ClientMessage.ReqMktData.class);
        assertEquals(CON_ID, sub.contract().conId());
        assertEquals("233", sub.genericTickList(), "RTVolume");
        assertFalse(sub.snapshot());
        data.stop();
        assertEquals(sub.tickerId(), next(ClientMessage.CancelMktData.class).tickerId());
    }

    @Test
    void liveForexSubscribesToPlainQuotes() throws Exception {
        startTws();
        IbData data = feed("EUR.USD-CASH-IDEALPRO", TimeFrame.Seconds, 5, IbDataParams.of().backfillStart(false));
        data.start();
        assertEquals("", next(ClientMessage.ReqMktData.class).genericTickList(), "forex has no RTVolume: bid ticks");
        data.stop();
    }

    @Test
    void rtVolumeTradesBecomeBarsClosedOnTheClock() throws Exception {
        startTws();
        IbData data = feed("TWTR-STK-SMART-USD", TimeFrame.Seconds, 5, IbDataParams.of().backfillStart(false));
        List<DataStatus> statuses = new ArrayList<>();
        data.addStatusListener((d, st) -> statuses.add(st));
        List<ServerMessage> taken = new ArrayList<>();
        store.addListener(e -> {
            if (e instanceof StoreEvent.Message m && m.message() instanceof ServerMessage.TickString) {
                taken.add(m.message());
            }
        });
        data.start();
        int ticker = next(ClientMessage.ReqMktData.class).tickerId();
        long ms = T15 * 1000;
        // price;size;epochMillis;totalVolume;vwap;singleTrade — trades at 15:00:01 and 15:00:03
        tws.send(new ServerMessage.TickString(ticker, 48, "101.5;100;" + (ms + 1000) + ";100;101.5;true"));
        tws.send(new ServerMessage.TickString(ticker, 48, "101.7;200;" + (ms + 3000) + ";300;101.63;true"));
        tws.send(new ServerMessage.TickString(ticker + 1, 48, "999.0;1;" + (ms + 3500) + ";1;999.0;true"));
        tws.send(new ServerMessage.TickString(ticker, 45, String.valueOf(T15 + 4)));
        List<double[]> bars = new ArrayList<>();
        pump(data, bars, () -> taken.size() == 4);
        assertTrue(bars.isEmpty(), "the bar 15:00:00–15:00:05 is still open at 15:00:00 on the clock");
        assertEquals((T15 + 5) * S + 250_000_000L, data.nextCheckNanos(0, 0), "due at its end plus the settle time");
        clock.advance(Duration.ofSeconds(6));
        pump(data, bars, () -> true);
        assertEquals(1, bars.size());
        // another ticker's print and a non-RTVolume string are ignored
        assertArrayEquals(new double[] {(T15 + 5) * S, 101.5, 101.7, 101.5, 101.7, 300}, bars.get(0), 1e-9);
        assertTrue(statuses.contains(DataStatus.LIVE), names(statuses).toString());
        data.stop();
    }
}
