package org.bt4j.analyzer;

import java.util.ServiceLoader;
import java.util.TreeSet;
import org.bt4j.BadInputException;

/**
 * Looks analyzers up by name among every {@link AnalyzerProvider} on the class path. Stateless;
 * safe from any thread.
 */
public final class Analyzers {

    private Analyzers() {
    }

    /** A new analyzer called {@code name}; one-line error listing the known names otherwise. */
    public static Analyzer create(String name) {
        TreeSet<String> known = new TreeSet<>();
        for (AnalyzerProvider p : ServiceLoader.load(AnalyzerProvider.class)) {
            if (p.names().contains(name)) {
                return p.create(name);
            }
            known.addAll(p.names());
        }
        throw new BadInputException("unknown analyzer '" + name + "'; "
                + (known.isEmpty() ? "no analyzers are installed" : "valid: " + String.join(", ", known)));
    }
}
