package org.bt4j.samples;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The command line of a sample, with the option names of the backtrader sample it ports
 * ({@code --period 10}, {@code --multi}). Immutable once read; one thread.
 */
public final class SampleArgs {

    private final Map<String, String> values = new HashMap<>();
    private final Set<String> flags = new HashSet<>();

    private SampleArgs() {
    }

    /** Reads {@code --name value} pairs; an option followed by another option (or nothing) is a flag. */
    public static SampleArgs of(String... args) {
        SampleArgs a = new SampleArgs();
        for (int i = 0; i < args.length; i++) {
            if (!args[i].startsWith("--")) {
                throw new IllegalArgumentException("unexpected argument '" + args[i] + "': options are --name [value]");
            }
            if (i + 1 < args.length && !args[i + 1].startsWith("--")) {
                a.values.put(args[i], args[++i]);
            } else {
                a.flags.add(args[i]);
            }
        }
        return a;
    }

    /** The value of {@code name}, or {@code dflt}. */
    public String get(String name, String dflt) {
        return values.getOrDefault(name, dflt);
    }

    /** The integer value of {@code name}, or {@code dflt}. */
    public int getInt(String name, int dflt) {
        String v = values.get(name);
        return v == null ? dflt : Integer.parseInt(v);
    }

    /** The number value of {@code name}, or {@code dflt}. */
    public double getDouble(String name, double dflt) {
        String v = values.get(name);
        return v == null ? dflt : Double.parseDouble(v);
    }

    /** Whether the flag {@code name} was given. */
    public boolean flag(String name) {
        return flags.contains(name);
    }

    /**
     * backtrader's {@code fromdate}/{@code todate} of a feed from {@code --fromdate} and
     * {@code --todate} ({@code YYYY-MM-DD}), or the defaults; a null default sets no limit.
     */
    public void dates(org.bt4j.feed.CsvFeed data, String fromDflt, String toDflt) {
        String from = get("--fromdate", fromDflt);
        String to = get("--todate", toDflt);
        if (from != null) {
            data.fromDate(java.time.LocalDate.parse(from).atStartOfDay());
        }
        if (to != null) {
            data.toDate(java.time.LocalDate.parse(to).atStartOfDay());
        }
    }

    /**
     * backtrader's {@code bt.WriterFile} writing to {@code out}, with CSV rows when
     * {@code --writercsv} is given (the samples' {@code csv=args.writercsv}).
     */
    public org.bt4j.writer.WriterFile writer(java.io.PrintStream out) {
        return org.bt4j.writer.WriterFile.to(new java.io.OutputStreamWriter(out, java.nio.charset.StandardCharsets.UTF_8),
            false).csv(flag("--writercsv"));
    }

    /**
     * A data file: backtrader's sample file under {@code datas/} named by the value of
     * {@code name} (a path as the sample writes it, {@code ../../datas/x.txt}, or a bare name),
     * or {@code dflt}.
     */
    public Path data(String name, String dflt) {
        return Path.of("datas").resolve(Path.of(get(name, dflt)).getFileName());
    }
}
