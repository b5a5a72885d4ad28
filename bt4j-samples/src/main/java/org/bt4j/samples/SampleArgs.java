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
     * A data file: backtrader's sample file under {@code datas/} named by the value of
     * {@code name} (a path as the sample writes it, {@code ../../datas/x.txt}, or a bare name),
     * or {@code dflt}.
     */
    public Path data(String name, String dflt) {
        return Path.of("datas").resolve(Path.of(get(name, dflt)).getFileName());
    }
}
