package org.bt4j.gateway.server;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.bt4j.gateway.history.BarAggregator;
import org.bt4j.gateway.history.BarSize;
import org.bt4j.gateway.history.HistoricalBar;
import org.bt4j.gateway.history.HistoricalService;
import org.bt4j.gateway.history.WhatToShow;
import org.bt4j.gateway.market.IbTimes;
import org.bt4j.gateway.market.Instrument;
import org.bt4j.ib.wire.Bar;
import org.bt4j.ib.wire.ClientMessage;
import org.bt4j.ib.wire.ServerMessage;
import org.bt4j.ib.wire.ServerVersion;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Historical bars and their keepUpToDate updates. <b>Threading:</b> gateway thread, except that
 * a large answer (years of daily bars) is folded from the immutable tape on the "gateway-history"
 * thread and posted back to the gateway thread to send.
 */
final class HistoryDesk {

    private static final Logger LOG = LoggerFactory.getLogger(HistoryDesk.class);
    private static final long NS = 1_000_000_000L;
    private static final long RT_BAR = 5 * NS;

    /** One keepUpToDate subscription. */
    static final class HistSub {
        final int reqId;
        final Instrument ins;
        final WhatToShow what;
        final BarSize size;
        final boolean rth;
        final int formatDate;
        long barStart;
        boolean alive = true;

        HistSub(int reqId, Instrument ins, WhatToShow what, BarSize size, boolean rth, int formatDate, long barStart) {
            this.reqId = reqId;
            this.ins = ins;
            this.what = what;
            this.size = size;
            this.rth = rth;
            this.formatDate = formatDate;
            this.barStart = barStart;
        }
    }

    private final GatewayLoop loop;
    private final ApiClients clients;
    private final ContractDesk contracts;
    private final FaultDesk faults;
    private final HistoricalService history;
    private final BarAggregator bars;
    /** Builds large historical answers so that the gateway thread never folds years of tape. */
    private final ExecutorService historyBuilder = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "gateway-history");
        t.setDaemon(true);
        return t;
    });

    HistoryDesk(GatewayLoop loop, ApiClients clients, ContractDesk contracts, FaultDesk faults, HistoricalService history) {
        this.loop = loop;
        this.clients = clients;
        this.contracts = contracts;
        this.faults = faults;
        this.history = history;
        this.bars = history.aggregator();
    }

    /** Stops the history thread. */
    void stop() {
        historyBuilder.shutdownNow();
    }

    /** Answers reqHistoricalData. */
    void historical(ApiClient c, ClientMessage.ReqHistoricalData m) {
        Instrument ins = contracts.resolve(c, m.reqId(), m.contract());
        if (ins == null) {
            return;
        }
        if (!faults.historyAvailable()) {
            clients.error(c, m.reqId(), 162,
                    "Historical Market Data Service error message:HMDS data farm connection is broken:ushmds");
            return;
        }
        HistoricalService.Result r = history.admit(ins, m.endDateTime(), m.barSizeSetting(), m.durationStr(),
                m.useRth(), m.whatToShow(), m.keepUpToDate(), loop.now(),
                c.session.serverVersion() >= ServerVersion.MIN_FRAMED);
        if (r.failed()) {
            clients.error(c, m.reqId(), r.errorCode(), r.errorText());
            return;
        }
        HistoricalService.Request q = r.request();
        if (!history.isLarge(q)) {
            answerHistorical(c, m, q, history.build(q));
            return;
        }
        // years of daily bars take seconds to fold from the tape the first time: build them on the
        // history thread and answer from the gateway thread, unless cancelled or disconnected meanwhile
        c.building.add(m.reqId());
        loop.clock().hold(); // until the answer is posted back: a virtual clock waits for it
        historyBuilder.execute(() -> {
            List<HistoricalBar> built;
            try {
                built = history.build(q);
            } catch (RuntimeException e) {
                LOG.error("building historical request {} failed", m.reqId(), e);
                built = null;
            }
            List<HistoricalBar> answer = built;
            loop.post(() -> {
                if (!c.building.remove(m.reqId()) || !clients.isConnected(c)) {
                    return;
                }
                if (answer == null) {
                    clients.error(c, m.reqId(), 322,
                            "Error processing request:-'bX' : cause - historical bars could not be built");
                } else {
                    answerHistorical(c, m, q, answer);
                }
            });
            loop.clock().release();
        });
    }

    /** Answers cancelHistoricalData. */
    void cancel(ApiClient c, int reqId) {
        HistSub h = c.hist.remove(reqId);
        if (c.building.remove(reqId)) {
            LOG.debug("clientId {}: historical request {} cancelled while being built", c.clientId, reqId);
        } else if (h != null) {
            h.alive = false;
        } else {
            clients.error(c, reqId, 366, "No historical data query found for ticker id:" + reqId);
        }
    }

    private void answerHistorical(ApiClient c, ClientMessage.ReqHistoricalData m, HistoricalService.Request q,
                                  List<HistoricalBar> built) {
        Instrument ins = q.instrument();
        List<Bar> out = new ArrayList<>(built.size());
        for (HistoricalBar b : built) {
            out.add(wireBar(b, ins, m.formatDate()));
        }
        String label = ins.ibTimeZoneId();
        if (!clients.send(c, new ServerMessage.HistoricalData(m.reqId(), IbTimes.format(q.start(), ins.zone(), label),
                IbTimes.format(q.end(), ins.zone(), label), out))) {
            clients.error(c, m.reqId(), 162, "Historical Market Data Service error message:Time length exceed max. ("
                    + out.size() + " bars do not fit in one API message of at most 16 MB; request a shorter duration "
                    + "or larger bars)");
            return;
        }
        if (m.keepUpToDate()) {
            long now = loop.now();
            long len = q.barSize().seconds() * NS;
            // daily and longer: updates rebuild the answer's last bar up to now, so they start from it
            long barStart = !q.barSize().isDaily() ? BarAggregator.gridStart(now, len, ins.zone())
                    : built.isEmpty() ? q.start() : built.get(built.size() - 1).start();
            HistSub h = new HistSub(m.reqId(), ins, q.what(), q.barSize(), m.useRth(), m.formatDate(), barStart);
            c.hist.put(m.reqId(), h);
            loop.schedule((Math.floorDiv(now, RT_BAR) + 1) * RT_BAR, () -> histUpdate(c, h));
        }
    }

    private static Bar wireBar(HistoricalBar b, Instrument ins, int formatDate) {
        String time = b.date() != null ? IbTimes.formatDate(b.date())
                : formatDate == 2 ? Long.toString(b.startSeconds()) : IbTimes.format(b.start(), ins.zone(), ins.ibTimeZoneId());
        return new Bar(time, b.open(), b.high(), b.low(), b.close(), b.volume(), b.wap(), b.count());
    }

    private void histUpdate(ApiClient c, HistSub h) {
        if (!h.alive) {
            return;
        }
        long now = loop.now();
        if (faults.dataFlowing()) {
            long len = h.size.seconds() * NS;
            if (!h.size.isDaily()) {
                long current = BarAggregator.gridStart(now - 1, len, h.ins.zone());
                if (current > h.barStart) {
                    HistoricalBar done = bars.window(h.ins, h.what, h.barStart, current, h.rth);
                    if (done != null) {
                        clients.send(c, new ServerMessage.HistoricalDataUpdate(h.reqId, wireBar(done, h.ins, h.formatDate)));
                    }
                    h.barStart = current;
                }
            }
            HistoricalBar forming = h.size.isDaily() ? lastDailyBar(h) : bars.window(h.ins, h.what, h.barStart, now, h.rth);
            if (forming != null) {
                clients.send(c, new ServerMessage.HistoricalDataUpdate(h.reqId, wireBar(forming, h.ins, h.formatDate)));
            }
        }
        loop.schedule(now + RT_BAR, () -> histUpdate(c, h));
    }

    /**
     * The forming day, week or month of a keepUpToDate subscription, built exactly as a historical
     * answer's last bar (ended sessions from the daily-bar cache, so each update folds at most the
     * current session); the subscription moves on to it. Null when there is no data.
     */
    private HistoricalBar lastDailyBar(HistSub h) {
        List<HistoricalBar> recent = bars.bars(h.ins, h.what, h.size, h.barStart, loop.now(), h.rth);
        if (recent.isEmpty()) {
            return null;
        }
        HistoricalBar last = recent.get(recent.size() - 1);
        h.barStart = last.start();
        return last;
    }
}
