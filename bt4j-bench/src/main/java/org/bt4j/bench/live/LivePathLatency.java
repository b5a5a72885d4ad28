package org.bt4j.bench.live;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.locks.LockSupport;
import org.HdrHistogram.Histogram;
import org.bt4j.bench.compare.Machine;
import org.bt4j.ib.client.IbClient;
import org.bt4j.ib.client.IbClientConfig;
import org.bt4j.ib.client.IbClientListener;
import org.bt4j.ib.client.pacing.PacingRules;
import org.bt4j.ib.wire.ClientMessage;
import org.bt4j.ib.wire.Contract;
import org.bt4j.ib.wire.FieldReader;
import org.bt4j.ib.wire.FieldWriter;
import org.bt4j.ib.wire.FrameBuffer;
import org.bt4j.ib.wire.Framing;
import org.bt4j.ib.wire.Order;
import org.bt4j.ib.wire.ServerMessage;
import org.bt4j.ib.wire.Wire;

/**
 * Latency of the live path tick → strategy → order, in process over loopback
 * ({@code java -jar benchmarks.jar live [seconds] [ticksPerSecond]}). A minimal TWS stand-in
 * (this class's server thread, speaking the real wire codec) streams last-price ticks at a fixed
 * rate and stamps each one as it writes it; bt4j's {@link IbClient} reads, decodes and hands each
 * tick to a strategy callback that answers with a limit order at the tick's price; the stand-in
 * decodes the PlaceOrder and records, in an HdrHistogram, the time from writing the tick to
 * reading the order. So the figure covers both socket hops, the client's reader and writer
 * threads, decoding, the strategy and encoding — everything but TWS itself. The client's pacing
 * is lifted (one order per tick would otherwise queue behind IB's 50 messages/s). Prints
 * p50/p90/p99/p99.9/max. Threads: the caller, the stand-in's writer and reader, the client's two.
 *
 * <p>{@code live [seconds] [ticksPerSecond] floor} measures the machine's floor instead: a bare
 * echo thread in place of bt4j's client sends every tick frame back unchanged, so the figure is
 * the same two loopback hops and thread wake-ups with no client code at all. Run it next to the
 * real one to see how much of a percentile is the machine's.
 */
public final class LivePathLatency {

    private static final int TICKER = 1001;
    private static final double BASE = 1000.0;

    private final int ticksPerSecond;
    private final int seconds;
    private final int warmupSeconds;
    private final Histogram histogram = new Histogram(TimeUnit.SECONDS.toNanos(10), 3);
    private final boolean floor;
    private StrategyListener strategy;
    private AtomicLongArray sentAt;
    private volatile int ordersSeen;

    private LivePathLatency(int seconds, int ticksPerSecond, int warmupSeconds, boolean floor) {
        this.seconds = seconds;
        this.ticksPerSecond = ticksPerSecond;
        this.warmupSeconds = warmupSeconds;
        this.floor = floor;
    }

    /** Runs with {@code [seconds=30] [ticksPerSecond=1000] [floor]} and prints the percentiles. */
    public static void main(String[] args) throws Exception {
        run(args, System.out);
    }

    /** Like {@link #main}, printing to {@code out}; returns the number of orders measured. */
    static long run(String[] args, PrintStream out) throws Exception {
        int secs = args.length > 0 ? Integer.parseInt(args[0]) : 30;
        int rate = args.length > 1 ? Integer.parseInt(args[1]) : 1000;
        boolean floor = args.length > 2 && args[2].equals("floor");
        if (secs < 1 || rate < 1 || rate > 100_000 || args.length > 2 && !floor) {
            throw new IllegalArgumentException("usage: live [seconds >= 1] [ticksPerSecond 1..100000] [floor]");
        }
        LivePathLatency live = new LivePathLatency(secs, rate, Math.min(10, Math.max(2, secs / 3)), floor);
        live.run(out);
        return live.histogram.getTotalCount();
    }

    private void run(PrintStream out) throws Exception {
        int total = (warmupSeconds + seconds) * ticksPerSecond;
        sentAt = new AtomicLongArray(total);
        try (ServerSocket server = new ServerSocket()) {
            server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
            CountDownLatch subscribed = new CountDownLatch(1);
            Thread serverThread = new Thread(() -> serve(server, subscribed, total), "tws-standin");
            serverThread.setDaemon(true);
            serverThread.start();
            Contract contract = Contract.of("AAPL", "STK", "SMART", "USD");
            if (floor) {
                try (Socket echo = new Socket(InetAddress.getLoopbackAddress(), server.getLocalPort())) {
                    Thread echoThread = new Thread(() -> echo(echo, contract), "echo");
                    echoThread.setDaemon(true);
                    echoThread.start();
                    serverThread.join(TimeUnit.SECONDS.toMillis(warmupSeconds + seconds + 30L));
                }
            } else {
                PacingRules lifted = new PacingRules(1_000_000, 60, 600_000_000_000L, 15_000_000_000L, 5,
                    2_000_000_000L, 0);
                StrategyListener strategy = new StrategyListener(contract, warmupSeconds * ticksPerSecond, total);
                this.strategy = strategy;
                IbClient client = IbClient.connect(
                    IbClientConfig.of("127.0.0.1", server.getLocalPort(), 1).withPacing(lifted), strategy, null);
                strategy.client = client;
                client.send(new ClientMessage.ReqMktData(TICKER, contract, "", false, false));
                serverThread.join(TimeUnit.SECONDS.toMillis(warmupSeconds + seconds + 30L));
                client.close();
            }
        }
        out.println(floor ? "machine floor: tick -> bare echo -> back over loopback (no bt4j client code)"
            : "live path tick -> strategy -> order over loopback (bt4j IbClient against a TWS stand-in)");
        out.println("machine: " + Machine.current());
        out.printf(Locale.ROOT, "%d ticks/s for %d s after %d s warm-up; %,d orders measured%n", ticksPerSecond, seconds,
            warmupSeconds, histogram.getTotalCount());
        out.printf(Locale.ROOT, "latency us: p50 %.1f  p90 %.1f  p99 %.1f  p99.9 %.1f  max %.1f%n",
            us(histogram.getValueAtPercentile(50)), us(histogram.getValueAtPercentile(90)),
            us(histogram.getValueAtPercentile(99)), us(histogram.getValueAtPercentile(99.9)),
            us(histogram.getMaxValue()));
        if (strategy != null && strategy.allocatedBytes >= 0) {
            out.printf(Locale.ROOT, "client reader thread allocated %.0f B per tick after the warm-up "
                + "(decode, strategy, encode, write)%n", strategy.allocatedBytes / (double) strategy.measuredTicks);
        }
    }

    private static double us(long nanos) {
        return nanos / 1000.0;
    }

    /** The strategy: a limit buy at the price of every last-price tick. Runs on the client's reader thread. */
    private static final class StrategyListener implements IbClientListener {
        private final Contract contract;
        volatile IbClient client;
        private final int firstMeasured;
        private final int lastTick;
        private int nextOrderId = -1;
        private long allocatedAtStart = -1;
        /** Bytes the reader thread allocated from the first measured tick to the last; -1 until known. */
        volatile long allocatedBytes = -1;
        int measuredTicks;

        StrategyListener(Contract contract, int firstMeasured, int lastTick) {
            this.contract = contract;
            this.firstMeasured = firstMeasured;
            this.lastTick = lastTick - 1;
        }

        /** The reader thread's allocation so far (HotSpot's per-thread counter), or -1 if unsupported. */
        private static long allocated() {
            java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
            return mx instanceof com.sun.management.ThreadMXBean
                ? ((com.sun.management.ThreadMXBean) mx).getThreadAllocatedBytes(Thread.currentThread().getId()) : -1;
        }

        @Override
        public void onMessage(ServerMessage m) {
            if (m instanceof ServerMessage.NextValidId) {
                nextOrderId = ((ServerMessage.NextValidId) m).orderId();
            } else if (m instanceof ServerMessage.TickPrice) {
                ServerMessage.TickPrice t = (ServerMessage.TickPrice) m;
                if (t.tickType() == 4 && client != null) {
                    Order o = Order.builder().orderId(nextOrderId).action("BUY").totalQuantity(1).orderType("LMT")
                        .lmtPrice(t.price()).tif("DAY").build();
                    client.send(new ClientMessage.PlaceOrder(nextOrderId++, contract, o));
                    int seq = (int) Math.round((t.price() - BASE) * 100);
                    if (seq == firstMeasured) {
                        allocatedAtStart = allocated();
                    } else if (seq == lastTick && allocatedAtStart >= 0) {
                        measuredTicks = lastTick - firstMeasured;
                        allocatedBytes = allocated() - allocatedAtStart;
                    }
                }
            }
        }

        @Override
        public void onDisconnected(String reason) {
            // the run is over
        }
    }

    /**
     * The floor's client: the handshake and the market-data request, then every tick frame
     * (message id 1) written back unchanged at once. Runs on its own thread.
     */
    private static void echo(Socket s, Contract contract) {
        try {
            s.setTcpNoDelay(true);
            InputStream in = new BufferedInputStream(s.getInputStream(), 1 << 16);
            OutputStream out = new BufferedOutputStream(s.getOutputStream(), 1 << 14);
            Framing.writeClientHello(out, org.bt4j.ib.wire.VersionRange.CLIENT);
            out.flush();
            int v = Framing.readServerHello(in, Wire.MAX_FRAME_SIZE).serverVersion();
            FieldWriter w = new FieldWriter();
            new ClientMessage.StartApi(1, "").write(w, v);
            w.writeFrame(out);
            w.reset();
            new ClientMessage.ReqMktData(TICKER, contract, "", false, false).write(w, v);
            w.writeFrame(out);
            out.flush();
            FrameBuffer frame = new FrameBuffer();
            while (frame.read(in, Wire.MAX_FRAME_SIZE)) {
                byte[] b = frame.array();
                if (frame.length() > 2 && b[0] == '1' && b[1] == 0) {
                    int n = frame.length();
                    out.write(new byte[] {(byte) (n >>> 24), (byte) (n >>> 16), (byte) (n >>> 8), (byte) n});
                    out.write(b, 0, n);
                    out.flush();
                }
            }
        } catch (IOException e) {
            // the stand-in closed the socket: the run is over
        }
    }

    /** The TWS stand-in: handshake, then ticks out on this thread and orders in on a reader thread. */
    private void serve(ServerSocket server, CountDownLatch subscribed, int total) {
        try (Socket s = server.accept()) {
            s.setTcpNoDelay(true);
            InputStream in = new BufferedInputStream(s.getInputStream(), 1 << 16);
            OutputStream out = new BufferedOutputStream(s.getOutputStream(), 1 << 14);
            Framing.readClientHello(in);
            int v = Wire.MAX_VERSION;
            Framing.writeServerHello(out, v, "20240105 10:00:00 EST");
            out.flush();
            ClientMessage.read(new FieldReader(Framing.readFrame(in, Wire.MAX_FRAME_SIZE)), v);
            FieldWriter w = new FieldWriter();
            send(w, out, new ServerMessage.NextValidId(1), v);
            send(w, out, new ServerMessage.ManagedAccounts(java.util.List.of("DU1234567")), v);
            out.flush();
            while (true) {
                ClientMessage m = ClientMessage.read(new FieldReader(Framing.readFrame(in, Wire.MAX_FRAME_SIZE)), v);
                if (m instanceof ClientMessage.ReqMktData) {
                    break;
                }
            }
            Thread reader = new Thread(() -> readOrders(in, v, total), "tws-standin-orders");
            reader.setDaemon(true);
            reader.start();
            subscribed.countDown();
            long period = 1_000_000_000L / ticksPerSecond;
            long next = System.nanoTime();
            for (int seq = 0; seq < total; seq++) {
                next += period;
                long wait;
                while ((wait = next - System.nanoTime()) > 0) {
                    if (wait > 100_000) {
                        LockSupport.parkNanos(wait - 50_000);
                    } else {
                        Thread.onSpinWait();
                    }
                }
                w.reset();
                new ServerMessage.TickPrice(TICKER, 4, BASE + seq / 100.0, 100, 0).write(w, v);
                sentAt.set(seq, System.nanoTime());
                w.writeFrame(out);
                out.flush();
            }
            reader.join(5_000);
        } catch (IOException | InterruptedException e) {
            if (ordersSeen == 0) {
                throw new IllegalStateException("the TWS stand-in failed: " + e, e);
            }
        }
    }

    private static void send(FieldWriter w, OutputStream out, ServerMessage m, int v) throws IOException {
        w.reset();
        m.write(w, v);
        w.writeFrame(out);
    }

    private void readOrders(InputStream in, int v, int total) {
        int warmupTicks = warmupSeconds * ticksPerSecond;
        try {
            while (ordersSeen < total) {
                byte[] frame = Framing.readFrame(in, Wire.MAX_FRAME_SIZE);
                long now = System.nanoTime();
                if (frame == null) {
                    return;
                }
                double price;
                if (floor) {
                    price = ((ServerMessage.TickPrice) ServerMessage.read(new FieldReader(frame), v)).price();
                } else {
                    ClientMessage m = ClientMessage.read(new FieldReader(frame), v);
                    price = m instanceof ClientMessage.PlaceOrder ? ((ClientMessage.PlaceOrder) m).order().lmtPrice()
                        : Double.NaN;
                }
                if (price == price) {
                    int seq = (int) Math.round((price - BASE) * 100);
                    if (seq >= warmupTicks && seq < total) {
                        histogram.recordValue(Math.min(now - sentAt.get(seq), histogram.getHighestTrackableValue()));
                    }
                    ordersSeen++;
                }
            }
        } catch (IOException e) {
            // the client closed the socket: the run is over
        }
    }
}
