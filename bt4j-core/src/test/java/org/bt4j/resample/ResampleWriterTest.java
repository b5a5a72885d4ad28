package org.bt4j.resample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.bt4j.feed.CsvFeeds;
import org.bt4j.feed.DataFeed;
import org.bt4j.feed.FeedTestFiles;
import org.bt4j.time.TimeFrame;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Every golden {@code resample} case (resample and replay, each switch) against backtrader's output. */
class ResampleWriterTest {

    @TestFactory
    Stream<DynamicTest> everyGoldenResampleCaseMatches() throws IOException {
        List<String> cases = Files.readAllLines(FeedTestFiles.resource("/golden/resample-cases.tsv"));
        assertEquals(34, cases.size());
        return cases.stream().map(line -> {
            String[] f = line.split("\t");
            return DynamicTest.dynamicTest(f[0], () -> runCase(f[1].split(" "), f[2]));
        });
    }

    private static void runCase(String[] args, String expectedFile) throws IOException {
        String data = null;
        TimeFrame tf = null;
        int comp = 1;
        TimeFrame toTf = null;
        int toComp = 1;
        boolean replay = false;
        boolean bar2edge = true;
        Boolean adjbartime = null;
        boolean rightedge = true;
        int boundoff = 0;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--data": data = args[++i]; break;
                case "--timeframe": tf = TimeFrame.parse(args[++i]); break;
                case "--compression": comp = Integer.parseInt(args[++i]); break;
                case "--to-timeframe": toTf = TimeFrame.parse(args[++i]); break;
                case "--to-compression": toComp = Integer.parseInt(args[++i]); break;
                case "--replay": replay = true; break;
                case "--no-bar2edge": bar2edge = false; break;
                case "--no-adjbartime": adjbartime = false; break;
                case "--no-rightedge": rightedge = false; break;
                case "--boundoff": boundoff = Integer.parseInt(args[++i]); break;
                default: throw new IllegalArgumentException(args[i]);
            }
        }
        DataFeed source = CsvFeeds.open(FeedTestFiles.golden(data.substring("data/".length())), tf, comp);
        ResampleParams p = (replay ? ResampleParams.replay(toTf, toComp) : ResampleParams.resample(toTf, toComp))
            .withBar2edge(bar2edge).withRightedge(rightedge).withBoundoff(boundoff);
        if (adjbartime != null) {
            p = p.withAdjbartime(adjbartime);
        }
        AggregatedFeed feed = replay ? new ReplayedFeed(source, p) : new ResampledFeed(source, p);
        StringBuilder out = new StringBuilder();
        ResampleWriter.write(feed, out);
        List<String> got = out.toString().lines().toList();
        List<String> want = Files.readAllLines(FeedTestFiles.resource("/golden/" + expectedFile));
        List<String> diffs = new ArrayList<>();
        if (!got.get(0).equals(want.get(0))) {
            diffs.add("header " + got.get(0));
        }
        for (int i = 1; i < Math.min(got.size(), want.size()) && diffs.size() < 5; i++) {
            if (!rowsMatch(got.get(i), want.get(i))) {
                diffs.add("row " + i + ": got " + got.get(i) + " want " + want.get(i));
            }
        }
        assertTrue(diffs.isEmpty(), String.join("\n", diffs));
        assertEquals(want.size(), got.size(), "row count");
    }

    /** Exact for datetimes and len; numbers within rel/abs 1e-9. */
    static boolean rowsMatch(String a, String b) {
        String[] x = a.split(",");
        String[] y = b.split(",");
        if (x.length != y.length) {
            return false;
        }
        for (int i = 0; i < x.length; i++) {
            if (x[i].contains("T") || i == 0) {
                if (!x[i].equals(y[i])) {
                    return false;
                }
                continue;
            }
            double u = Double.parseDouble(x[i].replace("nan", "NaN"));
            double v = Double.parseDouble(y[i].replace("nan", "NaN"));
            if (Double.isNaN(u) || Double.isNaN(v)) {
                if (Double.isNaN(u) != Double.isNaN(v)) {
                    return false;
                }
            } else if (Math.abs(u - v) > Math.max(1e-9, 1e-9 * Math.max(Math.abs(u), Math.abs(v)))) {
                return false;
            }
        }
        return true;
    }
}
