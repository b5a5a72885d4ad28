package org.bt4j.cli.badinput;

import static org.bt4j.cli.badinput.Cli.refused;
import static org.bt4j.cli.badinput.Cli.refusedAfterStreaming;
import static org.bt4j.cli.badinput.Cli.run;
import static org.bt4j.cli.badinput.Cli.runCapturingSystemStreams;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Bad command-line options, strategy parameters, indicator names and parameters, timeframes,
 * gateway settings and gateway instrument, tape and state files, through the real {@code bt4j}
 * entry point: one line naming the option (or the file and line), a non-zero exit, no stack trace,
 * and — for {@code bt4j gateway} — no server started. In the argument lists {@code @good} is a valid
 * data file, {@code @dir} the test's folder, {@code @state} a fresh gateway state file there.
 */
class OptionBadInputTest {

    @TempDir
    Path dir;

    static Stream<Arguments> cases() {
        List<Arguments> c = new ArrayList<>();
        String[] bt = {"backtest", "--data", "@good", "--strategy", "smacross"};
        add(c, bt, new String[] {"--bogus"}, "--bogus");
        add(c, bt, new String[] {"--cash", "abc"}, "--cash", "abc");
        add(c, bt, new String[] {"--cash", "NaN"}, "--cash");
        add(c, bt, new String[] {"--cash", "-5"}, "--cash");
        add(c, bt, new String[] {"--compression", "0"}, "--compression");
        add(c, bt, new String[] {"--compression", "x"}, "--compression", "x");
        add(c, bt, new String[] {"--mode", "bogus"}, "--mode", "bogus");
        add(c, bt, new String[] {"--timeframe", "Fortnights"}, "--timeframe", "Fortnights");
        add(c, bt, new String[] {"--param", "nosuch=1"}, "nosuch");
        add(c, bt, new String[] {"--param", "fast=abc"}, "fast", "abc");
        add(c, bt, new String[] {"--param", "fast"}, "fast");
        add(c, bt, new String[] {"--param", "fast=0"}, "fast");
        add(c, bt, new String[] {"--analyzer", "Bogus"}, "Bogus");
        add(c, bt, new String[] {"--strategy-jar", "@dir/missing.jar"}, "missing.jar");
        add(c, new String[] {"backtest", "--data", "@good", "--strategy", "com.example.Nope"},
                new String[] {"--strategy-jar", "@dir/not-a-db.db"}, "com.example.Nope");
        add(c, bt, new String[] {"--commission", "x"}, "--commission");
        add(c, new String[] {"backtest", "--data", "@good"}, new String[0], "--strategy");
        add(c, new String[] {"backtest", "--data", "@good", "--strategy", "nosuch"}, new String[0], "nosuch");
        add(c, new String[] {"backtest", "--strategy", "smacross", "--data"}, new String[0], "--data");
        add(c, bt, new String[] {"--writer", "@good"}, "--writer", "is the input data file");
        add(c, bt, new String[] {"--out", "@good"}, "--out", "is the input data file");
        add(c, new String[] {"optimize", "--data", "@good", "--strategy", "smacross", "--param", "fast=5:6"},
                new String[] {"--out", "@good"}, "--out", "is the input data file");

        String[] ind = {"indicator", "--data", "@good"};
        add(c, ind, new String[] {"--name", "Bogus"}, "Bogus");
        add(c, ind, new String[] {"--name", "SMA", "--param", "period=abc"}, "period", "abc");
        add(c, ind, new String[] {"--name", "SMA", "--param", "bogus=3"}, "bogus");
        add(c, ind, new String[] {"--name", "SMA", "--param", "period=0"}, "period");
        add(c, ind, new String[] {"--name", "SMA", "--param", "period=-5"}, "period");
        add(c, ind, new String[] {"--name", "SMA", "--param", "period"}, "period");
        add(c, ind, new String[] {"--name", "MACD", "--param", "movav=Bogus"}, "--param", "Bogus");

        String[] rs = {"resample", "--data", "@good"};
        add(c, rs, new String[] {"--to-timeframe", "bogus"}, "bogus");
        add(c, rs, new String[] {"--to-timeframe", "Weeks", "--to-compression", "0"}, "--to-compression");
        add(c, rs, new String[] {"--to-timeframe", "Weeks", "--boundoff", "x"}, "--boundoff");
        add(c, rs, new String[] {"--to-timeframe", "Weeks", "--timeframe", "Eons"}, "--timeframe", "Eons");

        String[] gen = {"data", "generate", "--mode", "daily", "--seed", "1", "--start-price", "100.00"};
        add(c, gen, new String[] {"--start-date", "2015-01-05", "--bars", "-1", "--out", "@dir/g.csv"}, "--bars");
        add(c, gen, new String[] {"--start-date", "2015-02-30", "--bars", "5", "--out", "@dir/g.csv"}, "--start-date");
        add(c, gen, new String[] {"--start-date", "2015-01-05", "--bars", "x", "--out", "@dir/g.csv"}, "--bars");
        add(c, gen, new String[] {"--start-date", "2015-01-05", "--bars", "5", "--out"}, "--out");
        add(c, gen, new String[] {"--start-date", "2015-01-05", "--bars", "5", "--out", "@dir/no/such/dir/g.csv"},
                "g.csv");

        String[] gw = {"gateway", "--port", "0", "--admin-port", "-1"};
        add(c, new String[] {"gateway", "--admin-port", "-1", "--state", "@state"}, new String[] {"--port", "99999"},
                "99999");
        add(c, gw, new String[] {"--state", "@state", "--port", "abc"}, "--port", "abc");
        add(c, gw, new String[] {"--state", "@state", "--host", "8.8.8.8"}, "8.8.8.8");
        add(c, gw, new String[] {"--state", "@state", "--host", "no-such-host.invalid"}, "no-such-host.invalid");
        add(c, gw, new String[] {"--state", "@state", "--fault", "bogus"}, "bogus");
        add(c, gw, new String[] {"--state", "@state", "--participation", "2"}, "--participation");
        add(c, gw, new String[] {"--state", "@state", "--book-levels", "0"}, "--book-levels");
        add(c, gw, new String[] {"--state", "@state", "--cash", "abc"}, "--cash", "abc");
        add(c, gw, new String[] {"--state", "@state", "--instruments", "@dir/missing.ini"}, "missing.ini");
        add(c, gw, new String[] {"--state", "@state", "--instruments", "@dir/bad-line.ini"}, "bad-line.ini:3");
        add(c, gw, new String[] {"--state", "@state", "--instruments", "@dir/bad-value.ini"}, "bad-value.ini:4");
        add(c, gw, new String[] {"--state", "@state", "--tape", "@dir/missing-tape.csv"}, "missing-tape.csv");
        add(c, gw, new String[] {"--state", "@state", "--tape", "@dir/bad-tape.csv"}, "bad-tape.csv:7");
        add(c, gw, new String[] {"--state", "@state", "--tape", "@dir/bad-bar-tape.csv"},
                "bad-bar-tape.csv:6: high 101.0 is below the close 102.0 (--accept-bad-bars loads such rows)");
        add(c, gw, new String[] {"--state", "@dir/not-a-db.db/state.db"}, "state.db");
        add(c, gw, new String[] {"--state", "@dir/not-a-db.db"}, "not-a-db.db");
        add(c, gw, new String[] {"--state", "@dir/empty.db"}, "empty.db is empty (0 bytes)");
        return c.stream();
    }

    private static void add(List<Arguments> c, String[] base, String[] more, String... fragments) {
        String[] all = new String[base.length + more.length];
        System.arraycopy(base, 0, all, 0, base.length);
        System.arraycopy(more, 0, all, base.length, more.length);
        c.add(Arguments.of(String.join(" ", all), all, fragments));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void badOptionIsOneLineNamingIt(String name, String[] args, String[] fragments) throws IOException {
        BadFiles f = new BadFiles(dir);
        Path good = f.good();
        f.text("bad-line.ini", "# extra instruments\n[TSLA]\nthis line has no equals sign\n");
        f.text("bad-value.ini", "[TSLA]\nsecType = STK\nconId = 76792991\nprice = cheap\n");
        f.withRow("bad-tape.csv", 5, "2015-01-12,100,abc,99,100.5,1000,0");
        f.withRow("bad-bar-tape.csv", 4, "2015-01-09,100,101,99,102,1000,0");
        f.garbage("not-a-db.db", 7, 8192);
        f.text("empty.db", "");
        String[] resolved = new String[args.length];
        for (int i = 0; i < args.length; i++) {
            resolved[i] = args[i].replace("@good", good.toString()).replace("@state", dir.resolve("gw.db").toString())
                    .replace("@dir", dir.toString());
        }
        refused(run(resolved), fragments);
    }

    /**
     * Names the parser accepts as backtrader does (a 4-digit "expiry" makes an OPT, an unknown
     * security type passes through) and that the simulated TWS then refuses with error 200, the
     * empty name the parser refuses, and a well-formed name of an unknown symbol.
     */
    static Stream<Arguments> contractNames() {
        String refused = "TWS has no security definition for it";
        return Stream.of(Arguments.of("AAPL-XYZ-SMART", new String[] {"unknown contract AAPL XYZ SMART", refused}),
                Arguments.of("ES-2016-GLOBEX", new String[] {"unknown contract ES OPT 2016 GLOBEX", refused}),
                Arguments.of("EUR.USD-CASH", new String[] {"unknown contract EUR CASH SMART USD", refused}),
                Arguments.of("", new String[] {"empty IB data name"}),
                Arguments.of("NOSUCH-STK-SMART-USD", new String[] {"unknown contract NOSUCH STK SMART USD", refused}));
    }

    /**
     * A contract name that cannot be parsed, or that the simulated TWS does not know (error 200),
     * through {@code bt4j ibtest --sim}: one line naming it, a non-zero exit, no stack trace and no
     * log line on stderr (System.err is captured as well as picocli's writer).
     */
    @ParameterizedTest(name = "ibtest --sim --data0 ''{0}''")
    @MethodSource("contractNames")
    void badContractNameIsOneLineNamingIt(String name, String[] fragments) {
        refusedAfterStreaming(runCapturingSystemStreams("ibtest", "--sim", "--data0", name, "--reconnect", "0",
                "--clientId", "31"), fragments);
    }

    @Test
    void gatewayFaultWithNoGatewayListeningIsOneLine() throws IOException {
        int port;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort(); // free once closed: nothing listens there
        }
        refused(run("gateway", "fault", "--admin-port", Integer.toString(port), "connloss", "5s"),
                Integer.toString(port));
    }

    @Test
    void noPartialFileIsLeftWhenGenerationIsRefused() throws IOException {
        Path out = dir.resolve("g.csv");
        refused(run("data", "generate", "--mode", "hourly", "--seed", "1", "--start-price", "100.00", "--start-date",
                "2015-01-05", "--bars", "5", "--out", out.toString()), "--mode");
        try (Stream<Path> left = Files.list(dir)) {
            org.junit.jupiter.api.Assertions.assertEquals(List.of(), left.toList());
        }
    }
}
