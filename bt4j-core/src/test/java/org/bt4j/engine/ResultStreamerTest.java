package org.bt4j.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.bt4j.util.AtomicFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link ResultStreamer}: the document written with the orders and trades spilled on a second
 * thread during the run is byte for byte the one-pass document ({@link Backtest.Result#writeJson}),
 * for every golden backtest case in every run mode and both schemas, spilled into memory, into the
 * file or both; a writer thread that cannot
 * spill ends {@code write} with one line and writes nothing; no spill file is left behind.
 */
class ResultStreamerTest {

    @TempDir
    Path dir;

    @Test
    @SuppressWarnings("unchecked")
    void streamedEqualsOnePassForEveryGoldenCaseModeAndSchema() throws IOException {
        long alongside = 0;
        int runs = 0;
        for (Object c : (List<Object>) TestJson.parse(GoldenBacktestsTest.read("backtest-cases.json"))) {
            List<Object> args = (List<Object>) ((Map<String, Object>) c).get("args");
            for (Backtest.Mode mode : Backtest.Mode.values()) {
                for (int schema = 0; schema <= 1; schema++) {
                    // spills all in memory, all in the file, or both (the minute cases pass 3000 bytes)
                    long inMemory = new long[] {Long.MAX_VALUE, 0, 3000}[(mode.ordinal() + schema) % 3];
                    try (ResultStreamer s = ResultStreamer.open(schema, dir, inMemory)) {
                        Backtest.Result r = GoldenBacktestsTest.fromArgs(args).mode(mode).alongside(s).run();
                        ByteArrayOutputStream onePass = new ByteArrayOutputStream();
                        r.writeJson(onePass, schema);
                        assertArrayEquals(onePass.toByteArray(), streamed(s, r, runs % 3), args + " " + mode + " " + schema);
                        alongside += s.elementsAlongside();
                        runs++;
                    }
                }
            }
        }
        assertEquals(180, runs);
        // the minute cases have hundreds of orders: batches went over while they ran
        assertTrue(alongside > 1000, "elements written alongside: " + alongside);
        try (Stream<Path> left = Files.list(dir)) {
            assertEquals(List.of(), left.toList(), "spill files left behind");
        }
    }

    /**
     * The document {@code s} writes: to bytes in memory (0), to an {@link AtomicFile}, whose stream
     * takes the spill file by the kernel's copy (1), or to characters (2).
     */
    private byte[] streamed(ResultStreamer s, Backtest.Result r, int sink) throws IOException {
        if (sink == 1) {
            Path doc = dir.resolve("doc.json");
            try (AtomicFile f = AtomicFile.open(doc)) {
                s.write(r, f.out());
                f.commit();
            }
            byte[] b = Files.readAllBytes(doc);
            Files.delete(doc);
            return b;
        }
        if (sink == 2) {
            java.io.StringWriter w = new java.io.StringWriter();
            s.write(r, w);
            return w.toString().getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        s.write(r, out);
        return out.toByteArray();
    }

    @Test
    void aWriterThatCannotSpillEndsWriteWithOneLineAndWritesNothing() {
        ResultStreamer.Spill full = new ResultStreamer.Spill() {
            @Override
            public OutputStream out() {
                return new OutputStream() {
                    @Override
                    public void write(int b) throws IOException {
                        throw new IOException("No space left on device");
                    }

                    @Override
                    public void write(byte[] b, int off, int len) throws IOException {
                        throw new IOException("No space left on device");
                    }
                };
            }

            @Override
            public InputStream in() {
                return new ByteArrayInputStream(new byte[0]);
            }

            @Override
            public void close() {
            }
        };
        try (ResultStreamer s = new ResultStreamer(0, full, full)) {
            Backtest.Result r = GoldenBacktestsTest.fromArgs(List.of("backtest", "--data", "data/minute-s2.csv",
                "--timeframe", "Minutes", "--strategy", "smacross")).alongside(s).run();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            UncheckedIOException e = assertThrows(UncheckedIOException.class, () -> s.write(r, out));
            assertEquals("cannot spill the orders and trades during the run: No space left on device", e.getMessage());
            assertEquals(0, out.size());
        }
    }

    @Test
    void aStreamerNeverStartedClosesQuietly() throws IOException {
        ResultStreamer.open(0, dir).close();
        try (Stream<Path> left = Files.list(dir)) {
            assertEquals(0, left.count());
        }
        assertThrows(UncheckedIOException.class, () -> ResultStreamer.open(0, dir.resolve("missing")));
    }
}
