package org.bt4j.bench.gateway;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.bt4j.gateway.Gateway;
import org.bt4j.gateway.GatewayConfig;
import org.bt4j.ib.client.IbClient;
import org.bt4j.ib.client.IbClientConfig;
import org.bt4j.ib.client.IbClientListener;
import org.bt4j.ib.client.IbConnectException;
import org.bt4j.ib.client.pacing.PacingRules;
import org.bt4j.ib.wire.ClientMessage;
import org.bt4j.ib.wire.Contract;
import org.bt4j.ib.wire.ServerMessage;
import org.bt4j.time.SimulatedClock;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Time for the simulated gateway to answer one year of AAPL's 1-minute bars ({@code 1 Y},
 * {@code 1 min}, TRADES, regular hours: about 100 000 bars in one historicalData message; around
 * the clock a year would not fit in one 16 MB API message, and the gateway refuses it with 162)
 * to a bt4j {@link IbClient} over loopback: from the request leaving the client to the decoded
 * answer in the client's listener. The bars are built from the deterministic tape each time
 * (nothing is cached); pacing is off on both sides so that the identical request may be repeated
 * at once. The gateway stands on a simulated clock. JMH state; one benchmark thread plus the
 * gateway's and client's own threads.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g"})
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 5, time = 5)
public class GatewayHistoryBenchmark {

    private Gateway gateway;
    private IbClient client;
    private final BlockingQueue<ServerMessage> answers = new ArrayBlockingQueue<>(4);
    private final AtomicInteger bars = new AtomicInteger();
    private ClientMessage.ReqHistoricalData request;

    /** Starts the gateway (no pacing, in-memory state) and connects the client. */
    @Setup(Level.Trial)
    public void start() throws IbConnectException {
        SimulatedClock clock = SimulatedClock.at("2024-01-08T22:00:00Z");
        // a year of 1-minute bars breaks IB's step table (at most 1 D of 1 min), which the gateway enforces by
        // default; the benchmark measures building and shipping the big answer, so the limit is off here
        gateway = Gateway.start(GatewayConfig.builder().port(0).adminPort(-1).clock(clock).seed(5).followHours(false).pacing(false)
                .stepLimit(false).statePath(null).build());
        // the client's governor would hold every repeat of the same request for 15 s of (simulated, frozen) time
        PacingRules unpaced = new PacingRules(10_000, Integer.MAX_VALUE, 1, 0, Integer.MAX_VALUE, 1, 0);
        client = IbClient.connect(IbClientConfig.of("127.0.0.1", gateway.port(), 200).withClock(clock).withPacing(unpaced),
                new IbClientListener() {
                    @Override
                    public void onMessage(ServerMessage m) {
                        if (m instanceof ServerMessage.HistoricalData h) {
                            bars.set(h.bars().size());
                            answers.add(m);
                        } else if (m instanceof ServerMessage.ErrorMsg e && e.code() < 2100) {
                            answers.add(m);
                        }
                    }

                    @Override
                    public void onDisconnected(String reason) {
                        answers.offer(new ServerMessage.ErrorMsg(-1, 0, "disconnected: " + reason, ""));
                    }
                }, null);
        request = new ClientMessage.ReqHistoricalData(0, Contract.of("AAPL", "STK", "SMART", "USD"), false,
                "20240105 17:00:00 US/Eastern", "1 min", "1 Y", true, "TRADES", 2, false);
    }

    /** Disconnects and stops the gateway. */
    @TearDown(Level.Trial)
    public void stop() {
        client.close();
        gateway.close();
        System.out.println("bars per answer: " + bars.get());
    }

    /** One request, one answer. @return the number of bars (consumed by JMH) */
    @Benchmark
    public int oneYearOfMinuteBars() throws InterruptedException {
        int id = client.nextRequestId();
        client.send(new ClientMessage.ReqHistoricalData(id, request.contract(), false, request.endDateTime(),
                request.barSizeSetting(), request.durationStr(), request.useRth(), request.whatToShow(),
                request.formatDate(), false));
        ServerMessage m = answers.poll(120, TimeUnit.SECONDS);
        if (!(m instanceof ServerMessage.HistoricalData h)) {
            throw new IllegalStateException("expected historical bars, got " + m);
        }
        return h.bars().size();
    }
}
