package org.bt4j.strategy.builtin;


import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.bt4j.BadInputException;
import org.bt4j.strategy.ParamBinder;
import org.bt4j.strategy.Strategy;

/**
 * Strategies by name: the built-ins of {@code bt4j backtest} ({@code smacross},
 * {@code smacross-ls}, {@code bracket}, {@code targetpct}, {@code oco}) and user strategies by
 * fully qualified class name, optionally from jar files. Immutable; safe from any thread.
 */
public final class StrategyRegistry {

    private static final Map<String, Class<? extends Strategy>> BUILT_IN = new LinkedHashMap<>();

    static {
        BUILT_IN.put("smacross", SmaCross.class);
        BUILT_IN.put("smacross-ls", SmaCrossLongShort.class);
        BUILT_IN.put("bracket", SmaBracket.class);
        BUILT_IN.put("targetpct", TargetPercent.class);
        BUILT_IN.put("oco", SmaOco.class);
    }

    private StrategyRegistry() {
    }

    /** Names of the built-in strategies, in listing order. */
    public static Set<String> builtInNames() {
        return BUILT_IN.keySet();
    }

    /**
     * The strategy class called {@code name}: a built-in name, or a class name looked up in
     * {@code jars} (may be empty) and then on the class path.
     */
    public static Class<? extends Strategy> resolve(String name, Path... jars) {
        for (Path jar : jars) { // a mistyped jar is an error even when a built-in name is used
            if (!Files.isRegularFile(jar)) {
                throw new BadInputException("strategy jar not found: " + jar);
            }
        }
        Class<? extends Strategy> builtIn = BUILT_IN.get(name);
        if (builtIn != null) {
            return builtIn;
        }
        ClassLoader loader = loaderFor(jars);
        Class<?> c;
        try {
            c = Class.forName(name, false, loader);
        } catch (ClassNotFoundException | LinkageError e) {
            throw new BadInputException("unknown strategy '" + name + "'; valid: "
                    + String.join(", ", BUILT_IN.keySet()) + ", or a Strategy class name"
                    + (jars.length == 0 ? "" : " inside the given jar(s)"));
        }
        if (!Strategy.class.isAssignableFrom(c)) {
            throw new BadInputException("class '" + name + "' is not a subclass of " + Strategy.class.getName());
        }
        return c.asSubclass(Strategy.class);
    }

    private static ClassLoader loaderFor(Path... jars) {
        ClassLoader parent = StrategyRegistry.class.getClassLoader();
        if (jars.length == 0) {
            return parent;
        }
        URL[] urls = new URL[jars.length];
        for (int i = 0; i < jars.length; i++) {
            if (!Files.isRegularFile(jars[i])) {
                throw new BadInputException("strategy jar not found: " + jars[i]);
            }
            try {
                urls[i] = jars[i].toUri().toURL();
            } catch (MalformedURLException e) {
                throw new BadInputException("bad strategy jar path: " + jars[i], e);
            }
        }
        return new URLClassLoader(urls, parent);
    }

    /** A new instance of {@code type} with its parameters set from {@code params}. */
    public static Strategy instantiate(Class<? extends Strategy> type, String displayName, Map<String, ?> params) {
        Strategy s;
        try {
            var ctor = type.getDeclaredConstructor();
            ctor.setAccessible(true);
            s = ctor.newInstance();
        } catch (ReflectiveOperationException e) {
            throw new BadInputException("cannot create strategy " + type.getName()
                    + ": it needs a public no-argument constructor");
        }
        ParamBinder.setAll(s, displayName, params);
        return s;
    }

}
