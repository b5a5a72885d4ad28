package org.bt4j.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.bt4j.analyzer.Analyzer;
import org.bt4j.analyzer.Analyzers;
import org.bt4j.engine.Cerebro;
import org.bt4j.ib.broker.IbBroker;
import org.bt4j.ib.data.IbData;
import org.bt4j.ib.journal.OrderJournal;
import org.bt4j.ib.store.IbStore;
import org.bt4j.order.Order;
import org.bt4j.strategy.Strategy;
import org.bt4j.util.Json;
import org.bt4j.writer.WriterFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code bt4j live}: the user's strategy ({@code --strategy} as {@code bt4j backtest} names it,
 * from {@code --strategy-jar}s, with {@code --param}s) on live IB feeds, trading through IB with
 * {@code --broker} or only watching, against a real TWS / IB Gateway ({@code --host --port
 * --clientId}) or the built-in one ({@code --sim}). Notifications, orders, trades and bars are
 * printed as backtrader's {@code ibtest} prints them; at the end the analyzers' results, the orders
 * left working at TWS, and with {@code --report} the session's HTML report. The run ends when the
 * strategy calls {@code runstop()}, the feeds end, or on Ctrl-C (SIGINT/SIGTERM), each a clean stop:
 * the journal, recording and report are complete. Runs on the calling thread, which becomes the
 * engine thread.
 */
@Command(name = "live", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Trade a strategy live with Interactive Brokers (TWS / IB Gateway), or --sim.",
                "Built-in strategies as in 'bt4j backtest', or a Strategy class from --strategy-jar, e.g.:",
                "  bt4j live --sim --strategy-jar my.jar --strategy com.example.MyCross --data0 TWTR-STK-SMART-USD "
                        + "--resample --timeframe Seconds --compression 5 --broker --report session.html"})
public final class LiveCommand implements Callable<Integer> {

    /** Names under which the log rides along as an analyzer (bt4j's own: not reported). */
    private static final String LOG = WriterFile.INTERNAL_PREFIX + "live-log";

    @Mixin
    StrategyOptions strategy;

    @Mixin
    IbSessionOptions session;

    @Option(names = "--analyzer", description = "analyzer name (repeatable), e.g. DrawDown; printed at the end")
    List<String> analyzers = new ArrayList<>();

    @Option(names = "--report", paramLabel = "FILE", description = "write the session's HTML report at the end, FILE.html")
    Path report;

    @Spec
    CommandSpec spec;

    /** The run in progress, for Ctrl-C (the shutdown hook's thread). */
    private volatile Cerebro running;
    private volatile boolean interrupted;

    @Override
    public Integer call() {
        strategy.create(); // the class, jars and parameters checked before anything connects
        for (String name : analyzers) {
            Analyzers.create(name);
        }
        RunOutputs outputs = new RunOutputs(null, report, null);
        CountDownLatch done = new CountDownLatch(1);
        Thread interrupt = new Thread(() -> {
            interrupted = true;
            Cerebro c = running;
            if (c != null) {
                c.runstop();
            }
            try {
                done.await(30, TimeUnit.SECONDS); // the engine thread completes the session's files and closes it
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "bt4j-live-stop");
        Runtime.getRuntime().addShutdownHook(interrupt);
        try {
            return session.session(IbSessionOptions.header(spec), store -> run(store, outputs));
        } finally {
            done.countDown();
            try {
                Runtime.getRuntime().removeShutdownHook(interrupt);
            } catch (IllegalStateException shuttingDown) {
                // Ctrl-C: the hook is running and has waited for this
            }
        }
    }

    private int run(IbStore store, RunOutputs outputs) {
        Cerebro cerebro = new Cerebro().loop(store.loop()).live(true).qcheck(session.qcheckDuration());
        IbData ib0 = session.addFeeds(cerebro, store);
        List<OrderJournal> journals = new ArrayList<>(1);
        IbBroker broker = session.addBroker(cerebro, store, journals::add);
        cerebro.addStore(store);
        LiveLog log = new LiveLog(System.out, store.loop()::now, ib0::tz,
                ref -> broker == null ? null : broker.ibOrder(ref));
        cerebro.addStoreCb(log::store).addDataCb((d, s) -> log.data(s));
        Strategy s = strategy.create();
        cerebro.addStrategy(s);
        for (String name : analyzers) {
            cerebro.addAnalyzer(name, () -> Analyzers.create(name));
        }
        cerebro.addAnalyzer(LOG, () -> log);
        outputs.attach(cerebro);
        running = cerebro;
        try {
            if (interrupted) {
                return 0; // Ctrl-C while connecting
            }
            cerebro.run();
            Map<String, Map<String, Object>> analyses = analyses(s);
            for (Map.Entry<String, Map<String, Object>> e : analyses.entrySet()) {
                System.out.println("***** ANALYZER " + e.getKey() + ": " + Json.compact(e.getValue()));
            }
            leftWorking(cerebro.broker().openOrders());
            outputs.finish(analyses, strategy.strategy + " live on " + session.data0, settings());
        } finally {
            running = null;
            for (OrderJournal j : journals) {
                j.close();
            }
        }
        return 0;
    }

    private Map<String, Map<String, Object>> analyses(Strategy s) {
        Map<String, Map<String, Object>> out = new LinkedHashMap<>();
        List<Analyzer> an = s.analyzers();
        for (int i = 0; i < analyzers.size(); i++) {
            out.put(analyzers.get(i), an.get(i).analysis());
        }
        return out;
    }

    /** Lists the orders still working at TWS when the session ends: they stay there. */
    private static void leftWorking(List<Order> open) {
        if (open.isEmpty()) {
            return;
        }
        System.err.println("bt4j: " + open.size() + " order(s) left working at TWS (not cancelled):");
        for (Order o : open) {
            System.err.println("bt4j:   ref " + o.ref() + " " + (o.isBuy() ? "BUY" : "SELL") + " "
                    + IbtestText.number(o.size()) + " " + o.data().name() + " " + o.execType().name()
                    + " " + o.status().name());
        }
    }

    private Map<String, Object> settings() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("mode", session.sim ? "live (simulated TWS)" : "live " + session.host + ":" + session.port);
        m.put("data0", session.data0);
        if (session.data1 != null) {
            m.put("data1", session.data1);
        }
        m.put("timeframe", session.timeframe + "/" + session.compression);
        m.put("strategy", strategy.strategy);
        strategy.params().forEach((k, v) -> m.put("param " + k, v));
        m.put("broker", session.broker ? "IB" : "none (watching)");
        return m;
    }
}
