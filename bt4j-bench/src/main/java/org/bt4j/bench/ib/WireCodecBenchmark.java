package org.bt4j.bench.ib;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.bt4j.ib.wire.Bar;
import org.bt4j.ib.wire.ClientMessage;
import org.bt4j.ib.wire.Contract;
import org.bt4j.ib.wire.Execution;
import org.bt4j.ib.wire.FieldReader;
import org.bt4j.ib.wire.FieldWriter;
import org.bt4j.ib.wire.Order;
import org.bt4j.ib.wire.OrderState;
import org.bt4j.ib.wire.ServerMessage;
import org.bt4j.ib.wire.Wire;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The TWS wire codec (org.bt4j.ib.wire) per message type at server version 187: {@code encode}
 * writes one message's fields into a reused {@link FieldWriter} (the gateway's and client's send
 * path), {@code decode} parses one payload into its message record (the receive path). Covers
 * the messages of the live hot path (ticks, real-time bars, order status, executions, placing
 * an order) plus the heavy ones (openOrder, a 100-bar historicalData answer). Scores are
 * nanoseconds per message. JMH state, one thread.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class WireCodecBenchmark {

    private static final int VERSION = Wire.MAX_VERSION;

    /** The message type under test. */
    @Param({"TickPrice", "TickSize", "RealTimeBar", "OrderStatus", "ExecDetails", "OpenOrder", "HistoricalData100",
        "PlaceOrder", "ReqMktData"})
    public String message;

    private final FieldWriter writer = new FieldWriter();
    private ServerMessage server;
    private ClientMessage client;
    private byte[] payload;

    /** Builds the sample message and its encoded payload. */
    @Setup
    public void setup() {
        Contract aapl = Contract.of("AAPL", "STK", "SMART", "USD").withConId(265598);
        Order order = Order.builder().orderId(17).clientId(1).action("BUY").totalQuantity(100).orderType("LMT")
            .lmtPrice(187.25).tif("DAY").build();
        switch (message) {
            case "TickPrice":
                server = new ServerMessage.TickPrice(1001, 4, 187.23, 300, 0);
                break;
            case "TickSize":
                server = new ServerMessage.TickSize(1001, 5, 300);
                break;
            case "RealTimeBar":
                server = new ServerMessage.RealTimeBar(7, 1_700_000_000L, 187.2, 187.3, 187.1, 187.25, 1200, 187.22, 31);
                break;
            case "OrderStatus":
                server = new ServerMessage.OrderStatus(17, "Filled", 100, 0, 187.25, 123456789L, 0, 187.25, 1, "", 0);
                break;
            case "ExecDetails":
                server = new ServerMessage.ExecDetails(-1, aapl, new Execution(17, "0000e0d5.65a1b2c3.01.01",
                    "20240102 15:30:01 America/New_York", "DU123456", "ISLAND", "BOT", 100, 187.25, 123456789L, 1, 0,
                    100, 187.25, "", "", Wire.UNSET_DOUBLE, "", 1, false));
                break;
            case "OpenOrder":
                server = new ServerMessage.OpenOrder(aapl, order, OrderState.of("Submitted"));
                break;
            case "HistoricalData100":
                List<Bar> bars = new ArrayList<>();
                for (int i = 0; i < 100; i++) {
                    bars.add(new Bar("20240102 09:" + (30 + i % 30) + ":00", 187 + i * 0.01, 187.5, 186.5,
                        187.2 + i * 0.01, 1000 + i, 187.1, 12));
                }
                server = new ServerMessage.HistoricalData(3, "20240102 09:30:00", "20240102 11:10:00", bars);
                break;
            case "PlaceOrder":
                client = new ClientMessage.PlaceOrder(17, aapl, order);
                break;
            case "ReqMktData":
                client = new ClientMessage.ReqMktData(1001, aapl, "", false, false);
                break;
            default:
                throw new IllegalArgumentException("unknown message " + message);
        }
        writer.reset();
        if (server != null) {
            server.write(writer, VERSION);
        } else {
            client.write(writer, VERSION);
        }
        payload = writer.toPayload();
    }

    /** Fields of one message into the reused writer. */
    @Benchmark
    public int encode() {
        FieldWriter w = writer.reset();
        if (server != null) {
            server.write(w, VERSION);
        } else {
            client.write(w, VERSION);
        }
        return w.length();
    }

    /** One payload into its message record. */
    @Benchmark
    public Object decode() {
        FieldReader r = new FieldReader(payload);
        return server != null ? ServerMessage.read(r, VERSION) : ClientMessage.read(r, VERSION);
    }
}
