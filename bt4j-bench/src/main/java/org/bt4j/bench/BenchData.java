package org.bt4j.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import org.bt4j.bench.compare.BarColumns;
import org.bt4j.feed.BarFile;
import org.bt4j.feed.BarFileWriter;
import org.bt4j.feed.DataFeed;
import org.bt4j.feed.DataFiles;
import org.bt4j.feed.gen.BarGenerator;
import org.bt4j.time.TimeFrame;

/**
 * The data every benchmark runs on: the golden README's benchmark generator (minute mode,
 * seed 42, start price 1000.00, start 2000-01-03), as in-memory columns, as feeds, or as a CSV
 * or {@code .bt4j} file cached under {@code java.io.tmpdir/bt4j-bench-data}. Stateless; the file cache is safe
 * across processes (files are written to a temporary name and moved into place).
 */
public final class BenchData {

    /** The seed of BT-SMACROSS-10-30-S42. */
    public static final long SEED = 42;
    /** Start price in cents (1000.00). */
    public static final long START_CENTS = 100_000;

    private BenchData() {
    }

    /** {@code bars} generated bars as primitive columns. */
    public static BarColumns columns(int bars) {
        return BarColumns.minute(SEED, START_CENTS, bars);
    }

    /** A fresh (not preloaded) in-memory one-minute feed over {@code bars}, named {@code bt_bench}. */
    public static ColumnsFeed feed(BarColumns bars) {
        ColumnsFeed f = new ColumnsFeed(bars);
        f.timeFrame(TimeFrame.Minutes, 1);
        return f;
    }

    /** A preloaded in-memory one-minute feed over {@code bars}. */
    public static ColumnsFeed preloadedFeed(BarColumns bars) {
        ColumnsFeed f = feed(bars);
        f.preload();
        return f;
    }

    /** The CSV file of {@code bars} generated bars (GenericCSV layout), written on first use. */
    public static Path csv(int bars) {
        return cached("bt_bench_" + bars + "_s42.csv",
            tmp -> BarGenerator.minute(SEED, START_CENTS, LocalDate.of(2000, 1, 3), bars).write(tmp));
    }

    /** The {@code .bt4j} bar file of the same bars ({@code bt4j data convert} of {@link #csv}), written on first use. */
    public static Path barFile(int bars) {
        Path csv = csv(bars);
        return cached("bt_bench_" + bars + "_s42" + BarFile.EXTENSION, tmp -> {
            DataFeed feed = DataFiles.open(csv, TimeFrame.Minutes, 1);
            feed.name("bt_bench");
            BarFileWriter.write(tmp, feed);
        });
    }

    /** Writes a file of the cache. */
    private interface Writer {
        void write(Path tmp) throws IOException;
    }

    /** {@code name} in the cache directory, written by {@code writer} to a temporary name and moved into place if missing. */
    private static Path cached(String name, Writer writer) {
        Path dir = Path.of(System.getProperty("java.io.tmpdir"), "bt4j-bench-data");
        Path file = dir.resolve(name);
        try {
            if (Files.isRegularFile(file) && Files.size(file) > 0) {
                return file;
            }
            Files.createDirectories(dir);
            Path tmp = Files.createTempFile(dir, "gen", ".part");
            writer.write(tmp);
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write benchmark data " + file, e);
        }
    }
}
