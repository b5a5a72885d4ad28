package org.bt4j.ib.data;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import org.bt4j.feed.DataFeed;
import org.bt4j.feed.DataStatus;
import org.bt4j.feed.LiveFeed;
import org.bt4j.feed.StatusSource;
import org.bt4j.feed.Store;
import org.bt4j.ib.client.StoreEvent;
import org.bt4j.ib.client.pacing.SendListener;
import org.bt4j.ib.contract.DataName;
import org.bt4j.ib.contract.TwsZones;
import org.bt4j.ib.wire.ClientMessage;
import org.bt4j.ib.wire.Contract;
import org.bt4j.ib.wire.ContractDetails;
import org.bt4j.ib.wire.ServerMessage;
import org.bt4j.time.TimeFrame;

/**
 * backtrader's IBData: a live data feed from Interactive Brokers through a store's {@link Port}
 * ({@code IbStore.getData(...)}, backtrader's {@code store.getdata(...)}).
 * Trades come from RTVolume (generic tick 233), from bid/ask prices for CASH and CFD, or from
 * 5-second real-time bars ({@code rtbar}); they are cut into bars of the feed's time frame by
 * {@link LiveBarBuilder} (a Ticks feed delivers every trade), closed on the clock when no trade
 * comes, stamped at their end. History — start-up backfill, the gap after every outage, or the
 * whole run with {@code historical} — comes as IB bars normalised to end stamps, de-duplicated by
 * time. Without a market data subscription (TWS's 354) the feed asks its store to switch the session
 * to delayed data and subscribes again ({@link Port#fallBackToDelayed}); delayed prices come as
 * the delayed tick types (68, the last trade; 66/67 bid/ask for CASH), 10168 (no delayed data either)
 * ends it NOTSUBSCRIBED. The {@link IbDataMachine} decides every step and reports every status change to the
 * {@link #addStatusListener status listeners}; {@code Cerebro.addData} subscribes by itself and
 * routes the statuses to {@code notifyData}, and this feed's {@link #store() store}'s notifications
 * to {@code notifyStore}.
 *
 * <p>A single-threaded state machine fed by the store's engine loop: the store hands it every
 * {@link StoreEvent} the loop takes; it keeps those for its ticker and its history requests and
 * runs them through the machine at once, at the store's server time ({@link #now()}). Finished bars
 * and statuses wait in a primitive ring for {@link #next()}. Its ids come from the store.
 *
 * <p>Threading: engine thread only.
 */
public final class IbData extends DataFeed implements LiveFeed, StatusSource {

    /**
     * What a feed needs from its store ({@code IbStore} implements it): ids, the connection's
     * requests and subscriptions, contract look-ups, shared historical requests and server time.
     * Engine thread only, like the feed.
     */
    public interface Port extends Store {
        /** A fresh request id of the store. */
        int nextRequestId();

        /** Registers a listener for the store's events, called on the engine thread. */
        void addListener(java.util.function.Consumer<StoreEvent> listener);

        /** Connects if not connected; false when every attempt failed. */
        boolean start();

        /** Server time: the loop's reading of the current event plus the measured TWS offset. */
        long now();

        /** TWS time minus local time as last measured, nanoseconds. */
        long offsetNanos();

        /** Resolves {@code contract} to exactly one contract, running the loop until the answer. */
        ContractDetails contractDetails(Contract contract, long timeoutMillis);

        /** After a 354 for {@code symbol}: whether the session switched to delayed data (ask again). */
        boolean fallBackToDelayed(String symbol);

        /** Sends a live subscription now (if connected) and again after every reconnect. */
        void subscribe(int id, ClientMessage request);

        /** Forgets subscription {@code id} and sends {@code cancel} if connected. */
        void unsubscribe(int id, ClientMessage cancel);

        /** Sends, or joins an identical, historical request; false when not connected. */
        boolean requestHistorical(ClientMessage.ReqHistoricalData request, java.util.function.IntConsumer listenTo,
                                  SendListener onSent);

        /** One user of historical request {@code reqId} gives up on it. */
        void cancelHistorical(int reqId);

        /** Offers {@code e} to the store's own inlet, handed to its listeners at a later turn. */
        void post(StoreEvent e);
    }

    private static final int BAR = 0;
    private static final int STATUS = 1;

    private final Port store;
    private final String dataname;
    private final IbDataParams p;
    private final int tickerId;
    private final Out out = new Out();

    private boolean started;
    private int activeHist = -1;
    private final List<BiConsumer<? super DataFeed, ? super DataStatus>> statusListeners = new ArrayList<>();
    private IbDataMachine machine;
    private Contract contract;
    private ContractDetails details;
    private Contract tradeContract;
    private ClientMessage subscription;
    private boolean subscribed;
    private boolean cash;
    private String what;
    private DataStatus status;
    private boolean farmOutage;
    /** TWS sends this feed delayed data (marketDataType 3 or 4): prices come as the delayed tick types. */
    private boolean delayed;
    /** 354s answered by asking again for delayed data since the last connection. */
    private int refusals;
    private long handleNow;
    private final RtVolume.Trade onTrade = (time, price, size) -> machine.onTick(time, price, size, handleNow);

    /**
     * @param store    the store whose connection serves this feed ({@code IbStore})
     * @param dataname backtrader's contract string ({@code TWTR-STK-SMART-USD}, {@code EUR.USD-CASH-IDEALPRO} ...)
     */
    public IbData(Port store, String dataname, IbDataParams params) {
        this.store = store;
        this.dataname = dataname;
        this.p = params;
        this.tickerId = store.nextRequestId();
        name(dataname);
        timeFrame(params.timeframe, params.compression);
        store.addListener(this::onStoreEvent);
    }

    /** Adds a listener hearing every status change, called on the engine thread ({@code Cerebro.addData} adds one). */
    @Override
    public void addStatusListener(BiConsumer<? super DataFeed, ? super DataStatus> listener) {
        statusListeners.add(java.util.Objects.requireNonNull(listener, "listener"));
    }

    /** The store serving this feed. */
    @Override
    public Port store() {
        return store;
    }

    private void reportStatus(DataStatus s) {
        status = s;
        for (BiConsumer<? super DataFeed, ? super DataStatus> l : statusListeners) {
            l.accept(this, s);
        }
    }

    @Override
    public boolean isLive() {
        return !p.historical;
    }

    /** The last status reported, null before start. */
    public DataStatus status() {
        return status;
    }

    /** The resolved contract details (null before start): time zone, hours, min tick, multiplier. */
    public ContractDetails contractDetails() {
        return details;
    }

    /** The contract orders go to: the {@code tradename} contract, else the data's own. */
    public Contract tradeContract() {
        return tradeContract;
    }

    /** Server time: the loop's reading of the current event plus the measured TWS offset. */
    public long now() {
        return store.now();
    }

    // ---- start -------------------------------------------------------------------------------------

    @Override
    public void start() {
        boolean connected = store.start();
        Contract parsed = DataName.parse(dataname, p.sectype, p.exchange, p.currency);
        cash = "CASH".equals(parsed.secType()) || "CFD".equals(parsed.secType());
        what = p.what != null ? p.what : cash ? "BID" : "TRADES";
        ZoneId zone = p.tz != null ? TwsZones.of(p.tz) : ZoneId.of("UTC");
        if (connected) {
            details = store.contractDetails(parsed, 10_000);
            contract = details.contract();
            if (p.tz == null) {
                zone = TwsZones.orUtc(details.timeZoneId());
            }
            tradeContract = p.tradename == null ? contract
                    : store.contractDetails(DataName.parse(p.tradename, p.sectype, p.exchange, p.currency), 10_000)
                    .contract();
        }
        tz(zone);
        sessions(sessionStart(), p.sessionEnd);
        TimeFrame tf = p.timeframe;
        boolean ticks = tf == TimeFrame.Ticks || tf == TimeFrame.MicroSeconds;
        BarBuckets buckets = ticks ? null : BarBuckets.of(tf, p.compression, zone, p.sessionEnd);
        IbDataMachine.Config cfg = IbDataMachine.Config.live(IbBarSize.forBackfill(tf, p.compression))
                .withHistorical(p.historical).withBackfill(p.backfillStart, p.backfill)
                .withDates(p.fromdate, p.todate);
        machine = new IbDataMachine(cfg, buckets, p.latethrough, new MachinePort(), new Listener());
        boolean rt = p.rtbar && !cash && buckets != null && buckets.length() % 5_000_000_000L == 0;
        subscription = rt ? new ClientMessage.ReqRealTimeBars(tickerId, contract, 5, what, p.useRTH)
                : new ClientMessage.ReqMktData(tickerId, contract, cash ? "" : "233", false, false);
        started = true;
        if (!connected) {
            machine.fail();
            return;
        }
        if (p.backfillFrom != null) {
            copyBackfillFrom(p.backfillFrom);
        }
        machine.start(now());
    }

    private void copyBackfillFrom(DataFeed from) {
        from.start();
        try {
            while (from.next()) {
                long end = from.datetime(0);
                machine.onBackfillFromBar(end, from.open().get(0), from.high().get(0), from.low().get(0),
                        from.close().get(0), from.volume().get(0));
            }
        } finally {
            from.stop();
        }
    }

    @Override
    public void stop() {
        if (machine != null && !machine.isOver()) {
            machine.onGivenUp();
            flushStatuses();
        }
        started = false;
    }

    // ---- engine side -------------------------------------------------------------------------------

    @Override
    protected boolean load() {
        boolean posted = false;
        while (out.count > 0) {
            int i = out.head;
            if (out.kind[i] == STATUS) {
                DataStatus s = DataStatus.values()[(int) out.time[i]];
                out.pop();
                reportStatus(s);
                posted = true;
                continue;
            }
            if (posted) {
                return false;
            }
            forward();
            setBar(out.time[i], out.o[i], out.h[i], out.l[i], out.c[i], out.v[i], 0.0);
            out.pop();
            return true;
        }
        return false;
    }

    private void flushStatuses() {
        while (out.count > 0) {
            int i = out.head;
            if (out.kind[i] == STATUS) {
                reportStatus(DataStatus.values()[(int) out.time[i]]);
            }
            out.pop();
        }
    }

    @Override
    public boolean isFinished() {
        return machine != null && machine.isOver() && out.count == 0;
    }

    /** Runs the machine's clock at server time (the feed reads it itself, {@link #now()}). */
    @Override
    public void check(long nowUtcNanos) {
        if (machine != null) {
            machine.tick(now());
        }
    }

    /** When the machine next acts on the clock (a bar to close, a backfill to start, a request to retry or time out). */
    @Override
    public long nextCheckNanos(long nowUtcNanos, long qcheckNanos) {
        long due = machine == null ? Long.MAX_VALUE : machine.nextDueNanos();
        return due == Long.MAX_VALUE ? due : due - store.offsetNanos();
    }

    private void handle(Object m) {
        long now = now();
        handleNow = now;
        if (m instanceof ServerMessage.TickString) {
            RtVolume.parse(((ServerMessage.TickString) m).value(), onTrade);
        } else if (m instanceof ServerMessage.TickPrice) {
            ServerMessage.TickPrice t = (ServerMessage.TickPrice) m;
            if (t.price() > 0) {
                machine.onTick(now, t.price(), cash ? 0.0 : Math.max(0.0, t.size()), now);
            }
        } else if (m instanceof ServerMessage.MarketDataType) {
            delayed = ((ServerMessage.MarketDataType) m).marketDataType() >= 3;
        } else if (m instanceof ServerMessage.RealTimeBar) {
            ServerMessage.RealTimeBar b = (ServerMessage.RealTimeBar) m;
            long start = b.time() * 1_000_000_000L;
            machine.onLiveBar(start, start + 5_000_000_000L, b.open(), b.high(), b.low(), b.close(), b.volume(), now);
        } else if (m instanceof ServerMessage.HistoricalData) {
            ServerMessage.HistoricalData h = (ServerMessage.HistoricalData) m;
            IbBarSize size = IbBarSize.forBackfill(p.timeframe, p.compression);
            for (var bar : h.bars()) {
                long end = size.endNanos(bar.time(), tz(), p.sessionEnd);
                machine.onHistoricalBar(h.reqId(), end, bar.open(), bar.high(), bar.low(), bar.close(),
                        Math.max(0.0, bar.volume()));
            }
            machine.onHistoricalEnd(h.reqId(), now);
        } else if (m instanceof ServerMessage.ErrorMsg) {
            ServerMessage.ErrorMsg e = (ServerMessage.ErrorMsg) m;
            if (e.reqId() == tickerId) {
                if (e.code() == 354 && subscription instanceof ClientMessage.ReqMktData && refusals < 2
                        && store.fallBackToDelayed(contract.symbol())) {
                    refusals++;
                    store.subscribe(tickerId, subscription); // now under the delayed market data type
                } else if (e.code() == 354 || e.code() == 420 || e.code() == 10168) {
                    machine.onNotSubscribed();
                } else if (e.code() == 10225) {
                    machine.onConnectionRestored(true, now);
                }
            } else {
                machine.onHistoricalError(e.reqId(), e.code(), now);
            }
        } else if (m instanceof StoreEvent.NotSent) {
            machine.onHistoricalError(((StoreEvent.NotSent) m).reqId(), 504, now);
        } else if (m instanceof StoreEvent.Connected) {
            machine.onConnectionRestored(true, now);
        } else if (m instanceof StoreEvent.Disconnected) {
            farmOutage = false; // the reconnection restores everything
            machine.onConnectionLost(true);
            if (!((StoreEvent.Disconnected) m).willRetry()) {
                machine.onGivenUp();
            }
        } else if (m instanceof StoreEvent.GaveUp) {
            machine.onGivenUp();
        } else if (m instanceof StoreEvent.ConnectivityLost) {
            farmOutage = false;
            machine.onConnectionLost(false);
        } else if (m instanceof StoreEvent.ConnectivityRestored) {
            farmOutage = false;
            machine.onConnectionRestored(((StoreEvent.ConnectivityRestored) m).dataLost(), now);
        } else if (m instanceof StoreEvent.FarmStatus) {
            onMarketFarm(((StoreEvent.FarmStatus) m).ok(), now);
        }
    }

    /**
     * A market-data farm outage (2103) stops the live stream like a connectivity loss: the feed
     * goes CONNBROKEN, and on the farm's recovery (2104) it backfills the outage as after a 1102.
     * A 2103 that comes with a 1100 (or while the feed is already broken) is left to the
     * connectivity events, and a 2104 after the feed has recovered changes nothing.
     */
    private void onMarketFarm(boolean ok, long now) {
        IbDataMachine.State s = machine.state();
        if (!ok) {
            if (s != IbDataMachine.State.BROKEN && s != IbDataMachine.State.HISTORICAL) {
                farmOutage = true;
                machine.onConnectionLost(false);
            }
        } else if (farmOutage) {
            farmOutage = false;
            if (s == IbDataMachine.State.BROKEN) {
                machine.onConnectionRestored(false, now);
            }
        }
    }

    // ---- store events (engine thread) ---------------------------------------------------------------

    private void onStoreEvent(StoreEvent e) {
        if (!started || machine == null) {
            return;
        }
        if (e instanceof StoreEvent.Message) {
            ServerMessage m = ((StoreEvent.Message) e).message();
            if (mine(m)) {
                handle(m);
            }
        } else if (e instanceof StoreEvent.Connected) {
            refusals = 0;
            if (((StoreEvent.Connected) e).reconnect()) {
                handle(e);
            }
        } else if (e instanceof StoreEvent.FarmStatus) {
            StoreEvent.FarmStatus f = (StoreEvent.FarmStatus) e;
            if (f.code() == 2103 || f.code() == 2104) { // the market-data farm (not HMDS, not sec-def)
                handle(e);
            }
        } else if (e instanceof StoreEvent.NotSent) {
            if (((StoreEvent.NotSent) e).reqId() == activeHist) {
                handle(e);
            }
        } else if (!(e instanceof StoreEvent.Resubscribed) && !(e instanceof StoreEvent.Paced)) {
            handle(e);
        }
    }

    private boolean mine(ServerMessage m) {
        if (m instanceof ServerMessage.TickString) {
            ServerMessage.TickString t = (ServerMessage.TickString) m;
            return !delayed && t.tickerId() == tickerId && t.tickType() == 48;
        }
        if (m instanceof ServerMessage.TickPrice) {
            // live: bid/ask for CASH and CFD (RTVolume for the rest); delayed: 66/67, and the delayed last (68)
            ServerMessage.TickPrice t = (ServerMessage.TickPrice) m;
            int wanted = !cash ? 68 : ("ASK".equals(what) ? 2 : 1) + (delayed ? 65 : 0);
            return (cash || delayed) && t.tickerId() == tickerId && t.tickType() == wanted;
        }
        if (m instanceof ServerMessage.MarketDataType) {
            return ((ServerMessage.MarketDataType) m).reqId() == tickerId;
        }
        if (m instanceof ServerMessage.RealTimeBar) {
            return ((ServerMessage.RealTimeBar) m).reqId() == tickerId;
        }
        if (m instanceof ServerMessage.HistoricalData) {
            return ((ServerMessage.HistoricalData) m).reqId() == activeHist;
        }
        if (m instanceof ServerMessage.ErrorMsg) {
            ServerMessage.ErrorMsg err = (ServerMessage.ErrorMsg) m;
            return (err.reqId() == tickerId || err.reqId() == activeHist) && (err.code() < 2000 || err.code() == 10168);
        }
        return false;
    }

    // ---- machine adapters (engine thread) ----------------------------------------------------------

    private final class MachinePort implements IbDataMachine.Port {
        @Override
        public int requestHistorical(HistoricalRequest r) {
            int id = store.nextRequestId();
            int[] listen = {id};
            ClientMessage.ReqHistoricalData req = new ClientMessage.ReqHistoricalData(id, contract, false,
                    r.endDateTime(), r.barSize().text(), r.duration(), p.useRTH, what, 2, false);
            SendListener paced = new SendListener() { // engine thread, at a later turn than this request
                @Override
                public void sent() {
                    if (machine != null) {
                        machine.onHistoricalSent(listen[0], now());
                    }
                }

                @Override
                public void queued() {
                    if (machine != null) {
                        machine.onHistoricalQueued(listen[0]);
                    }
                }
            };
            boolean sent = store.requestHistorical(req, shared -> {
                listen[0] = shared;
                activeHist = shared;
            }, paced);
            if (!sent) {
                store.post(new StoreEvent.NotSent(listen[0]));
            }
            return listen[0];
        }

        @Override
        public void cancelHistorical(int reqId) {
            if (activeHist == reqId) {
                activeHist = -1;
            }
            store.cancelHistorical(reqId);
        }

        @Override
        public void subscribe() {
            if (!subscribed) {
                subscribed = true;
                store.subscribe(tickerId, subscription);
            }
        }

        @Override
        public void unsubscribe() {
            if (subscribed) {
                subscribed = false;
                ClientMessage cancel = subscription instanceof ClientMessage.ReqRealTimeBars
                        ? new ClientMessage.CancelRealTimeBars(tickerId) : new ClientMessage.CancelMktData(tickerId);
                store.unsubscribe(tickerId, cancel);
            }
        }
    }

    private final class Listener implements IbDataMachine.Listener {
        @Override
        public void status(DataStatus s) {
            out.push(STATUS, s.ordinal(), 0, 0, 0, 0, 0);
        }

        @Override
        public void bar(long end, double o, double h, double l, double c, double v, double oi) {
            out.push(BAR, end, o, h, l, c, v);
        }
    }

    /** A growable ring of pending deliveries, primitive arrays (no allocation per bar). */
    private static final class Out {
        int[] kind = new int[64];
        long[] time = new long[64];
        double[] o = new double[64];
        double[] h = new double[64];
        double[] l = new double[64];
        double[] c = new double[64];
        double[] v = new double[64];
        int head;
        int count;

        void push(int k, long t, double oo, double hh, double ll, double cc, double vv) {
            if (count == kind.length) {
                grow();
            }
            int i = (head + count) % kind.length;
            kind[i] = k;
            time[i] = t;
            o[i] = oo;
            h[i] = hh;
            l[i] = ll;
            c[i] = cc;
            v[i] = vv;
            count++;
        }

        void pop() {
            head = (head + 1) % kind.length;
            count--;
        }

        private void grow() {
            int n = kind.length * 2;
            int[] k2 = new int[n];
            long[] t2 = new long[n];
            double[][] d2 = {new double[n], new double[n], new double[n], new double[n], new double[n]};
            double[][] d1 = {o, h, l, c, v};
            for (int j = 0; j < count; j++) {
                int i = (head + j) % kind.length;
                k2[j] = kind[i];
                t2[j] = time[i];
                for (int a = 0; a < 5; a++) {
                    d2[a][j] = d1[a][i];
                }
            }
            kind = k2;
            time = t2;
            o = d2[0];
            h = d2[1];
            l = d2[2];
            c = d2[3];
            v = d2[4];
            head = 0;
        }
    }

    @Override
    public String toString() {
        return "IbData[" + dataname + ", " + timeFrame() + "/" + compression() + "]";
    }
}
