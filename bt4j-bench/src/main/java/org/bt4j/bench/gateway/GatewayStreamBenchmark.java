package org.bt4j.bench.gateway;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import org.bt4j.gateway.Gateway;
import org.bt4j.gateway.GatewayConfig;
import org.bt4j.gateway.clock.ManualClock;
import org.bt4j.ib.client.IbClient;
import org.bt4j.ib.client.IbClientConfig;
import org.bt4j.ib.client.IbClientListener;
import org.bt4j.ib.client.IbConnectException;
import org.bt4j.ib.wire.ClientMessage;
import org.bt4j.ib.wire.Contract;
import org.bt4j.ib.wire.ServerMessage;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The simulated gateway streaming market data over loopback to 1 and 10 bt4j clients
 * ({@link IbClient}), each subscribed to AAPL's ticks. The gateway runs on a manual clock; one
 * invocation moves it 10 simulated minutes ahead (the tape's events fire as fast as the gateway
 * thread can produce them), then every client asks for the current time and waits for the
 * answer, which arrives behind all its ticks. Scores: invocations per second, and the
 * {@code ticks} counter = tick messages received per second by all clients together. JMH state,
 * one benchmark thread plus the gateway's and clients' own threads.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx1g"})
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 5, time = 2)
public class GatewayStreamBenchmark {

    /** Number of connected clients. */
    @Param({"1", "10"})
    public int clients;

    private Gateway gateway;
    private IbClient[] ibClients;
    private Counter[] counters;

    /** Tick messages received, reported by JMH as a rate. */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.OPERATIONS)
    public static class Received {
        /** Tick messages received by all clients during the iteration. */
        public long ticks;

        /** Cleared per iteration. */
        @Setup(Level.Iteration)
        public void clear() {
            ticks = 0;
        }
    }

    /** Counts ticks and current-time answers; runs on a client's reader thread. */
    private static final class Counter implements IbClientListener {
        final AtomicLong ticks = new AtomicLong();
        final AtomicLong answers = new AtomicLong();

        @Override
        public void onMessage(ServerMessage m) {
            if (m instanceof ServerMessage.TickPrice || m instanceof ServerMessage.TickSize
                || m instanceof ServerMessage.TickString || m instanceof ServerMessage.TickGeneric) {
                ticks.incrementAndGet();
            } else if (m instanceof ServerMessage.CurrentTime) {
                answers.incrementAndGet();
            }
        }

        @Override
        public void onDisconnected(String reason) {
            // end of the trial
        }
    }

    /** Starts the gateway (in-memory state, no pacing) and connects and subscribes the clients. */
    @Setup(Level.Trial)
    public void start() throws IbConnectException {
        gateway = Gateway.start(GatewayConfig.builder().port(0).adminPort(-1)
            .clock(ManualClock.at("2024-01-08T15:00:00Z")).seed(5).followHours(false).pacing(false).statePath(null).build());
        ibClients = new IbClient[clients];
        counters = new Counter[clients];
        Contract aapl = Contract.of("AAPL", "STK", "SMART", "USD");
        for (int i = 0; i < clients; i++) {
            counters[i] = new Counter();
            ibClients[i] = IbClient.connect(IbClientConfig.of("127.0.0.1", gateway.port(), 100 + i), counters[i], null);
            ibClients[i].send(new ClientMessage.ReqMktData(1000 + i, aapl, "233", false, false));
        }
        drain();
    }

    /** Disconnects the clients and stops the gateway. */
    @TearDown(Level.Trial)
    public void stop() {
        for (IbClient c : ibClients) {
            c.close();
        }
        gateway.close();
    }

    /** Ten simulated minutes of ticks to every client. */
    @Benchmark
    public long stream(Received received) {
        long before = totalTicks();
        gateway.advance(Duration.ofMinutes(10));
        drain();
        long got = totalTicks() - before;
        received.ticks += got;
        return got;
    }

    private long totalTicks() {
        long t = 0;
        for (Counter c : counters) {
            t += c.ticks.get();
        }
        return t;
    }

    /** Asks each client for the time and waits for every answer (they queue behind the ticks). */
    private void drain() {
        long[] want = new long[clients];
        for (int i = 0; i < clients; i++) {
            want[i] = counters[i].answers.get() + 1;
            ibClients[i].send(new ClientMessage.ReqCurrentTime());
        }
        for (int i = 0; i < clients; i++) {
            while (counters[i].answers.get() < want[i]) {
                LockSupport.parkNanos(20_000);
            }
        }
    }
}
