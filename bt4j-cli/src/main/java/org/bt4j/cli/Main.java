package org.bt4j.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.bt4j.BadInputException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The {@code bt4j} command: dispatches to the sub-commands. User mistakes (bad options, bad data,
 * unknown names) end with one line on stderr and exit code 2; internal failures with one line and
 * exit code 1 (the stack trace only with {@code BT4J_DEBUG=1}). Each {@link #commandLine()} is a new,
 * independent command line, used on one thread.
 */
@Command(name = "bt4j", mixinStandardHelpOptions = true, version = "bt4j 0.1.0",
        description = "Backtest once, trade many times: backtrader's model in Java, with IB live trading.",
        footer = {"", "Environment:",
            "  BT4J_LOG=debug|info|warn  log level of bt4j's own messages on stderr (default warn)",
            "  BT4J_DEBUG=1              print the stack trace of an internal error",
            "  BT4J_JAVA_OPTS='...'      JVM options for ./bt4j (replace its JIT and GC choice for one-shot commands; -Xss4m stays)"})
public final class Main implements Callable<Integer> {

    /** Sub-commands, in the order `bt4j --help` lists them. */
    static final List<Class<?>> SUBCOMMANDS = List.of(
            BacktestCommand.class,
            OptimizeCommand.class,
            WorkerCommand.class,
            WalkforwardCommand.class,
            CheckCommand.class,
            DataCommand.class,
            IndicatorCommand.class,
            ResampleCommand.class,
            GatewayCommand.class,
            IbtestCommand.class,
            LiveCommand.class,
            ReplayCommand.class
    );

    @Spec
    CommandSpec spec;

    /** {@code bt4j} alone: the usage, with every command. */
    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return 0;
    }

    /** Builds the command line with every sub-command and bt4j's error handling. */
    public static CommandLine commandLine() {
        return commandLine(SUBCOMMANDS);
    }

    /**
     * The command line that runs {@code args}: when they start with a sub-command's name, with only
     * that sub-command (picocli reflects over every command it is given, about 0.1 s of a short run's
     * CPU for all of them); for {@code --version} alone, with none; otherwise with every one.
     */
    static CommandLine commandLine(String[] args) {
        if (args.length == 1 && (args[0].equals("--version") || args[0].equals("-V"))) {
            return commandLine(List.of());
        }
        for (Class<?> sub : SUBCOMMANDS) {
            if (args.length > 0 && sub.getAnnotation(Command.class).name().equals(args[0])) {
                return commandLine(List.of(sub));
            }
        }
        return commandLine();
    }

    private static CommandLine commandLine(List<Class<?>> subcommands) {
        CommandLine cl = new CommandLine(new Main());
        for (Class<?> sub : subcommands) {
            cl.addSubcommand(sub);
        }
        cl.setParameterExceptionHandler((ex, args) -> {
            PrintWriter err = ex.getCommandLine().getErr();
            err.println("bt4j: " + ex.getMessage().lines().findFirst().orElse("bad arguments")
                    + " (see '" + ex.getCommandLine().getCommandSpec().qualifiedName() + " --help')");
            return 2;
        });
        cl.setExecutionExceptionHandler((ex, c, parsed) -> {
            PrintWriter err = c.getErr();
            if (ex instanceof BadInputException || ex instanceof IllegalArgumentException) {
                err.println("bt4j: " + firstLine(ex.getMessage()));
                return 2;
            }
            String io = ioProblem(ex);
            if (io != null) {
                err.println("bt4j: " + io);
                return 1;
            }
            if ("1".equals(System.getenv("BT4J_DEBUG"))) {
                ex.printStackTrace(err);
            }
            StackTraceElement user = userFrame(ex);
            String what = ex.getClass().getSimpleName() + ": " + firstLine(ex.getMessage());
            err.println(user != null ? "bt4j: error at " + user + ": " + what : "bt4j: internal error: " + what);
            return 1;
        });
        return cl;
    }

    /**
     * The frame of the user's own code nearest to where the root cause of {@code ex} was thrown:
     * its first frame outside bt4j, the JDK and picocli (a strategy loaded with --strategy-jar), or null.
     */
    static StackTraceElement userFrame(Throwable ex) {
        Throwable root = ex;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        for (StackTraceElement f : root.getStackTrace()) {
            String c = f.getClassName();
            if (!(c.startsWith("org.bt4j.") || c.startsWith("java.") || c.startsWith("jdk.") || c.startsWith("sun.")
                    || c.startsWith("picocli."))) {
                return f;
            }
        }
        return null;
    }

    private static String firstLine(String s) {
        return s == null ? "(no message)" : s.lines().findFirst().orElse("");
    }

    /**
     * One line for an I/O failure anywhere in {@code ex}'s causes (a full disk, a write refused),
     * saying what ran out and what to change; null when it is not one.
     */
    static String ioProblem(Throwable ex) {
        Throwable io = ex;
        while (io != null && !(io instanceof java.io.UncheckedIOException) && !(io instanceof java.io.IOException)) {
            io = io.getCause();
        }
        if (io == null) {
            return null;
        }
        Throwable root = io;
        boolean full = false;
        for (Throwable t = io; t != null; t = t.getCause()) {
            root = t;
            String m = String.valueOf(t.getMessage());
            full |= m.contains("No space left on device") || m.contains("disk is full");
        }
        String msg = firstLine(io.getMessage());
        String cause = firstLine(root.getMessage());
        if (root != io && !msg.contains(cause)) {
            msg += " (" + cause + ")";
        }
        return full ? "the disk is full: " + msg + "; free some space or write to another disk" : "I/O error: " + msg;
    }

    /** The one line that ends a run out of memory, with the heap it had and what to change. */
    static String outOfMemory(OutOfMemoryError e) {
        return "bt4j: out of memory (" + firstLine(e.getMessage()) + ") with a heap of "
                + (Runtime.getRuntime().maxMemory() >> 20) + " MB: give the JVM more (BT4J_JAVA_OPTS=-Xmx2g), or use less:"
                + " a shorter data file, fewer --threads";
    }

    /** picocli's system property: built-in converters it does not register (regular expressions of class names). */
    static final String CONVERTERS_EXCLUDES = "picocli.converters.excludes";
    /**
     * The types of picocli's built-in converters that no bt4j option has (MainTest checks): picocli
     * looks each up by reflection for every command line it builds, ~9 ms of a cold start.
     */
    static final String UNUSED_CONVERTERS = "java\\.(sql|time)\\..*";

    /**
     * picocli's system property that turns its Groovy closure support off (Main sets it unless the
     * user did): otherwise its factory looks up {@code groovy.lang.Closure} when it initialises, and
     * that miss opens the jar and reads its 14,000-entry central directory, ~10 ms of a cold start,
     * where every other class comes from the class-data archive. bt4j has no Groovy.
     */
    static final String CLOSURES = "picocli.disable.closures";

    /** Entry point. Out of memory on any thread ends the process with one line. */
    public static void main(String[] args) {
        if (System.getProperty(CONVERTERS_EXCLUDES) == null) {
            System.setProperty(CONVERTERS_EXCLUDES, UNUSED_CONVERTERS);
        }
        if (System.getProperty(CLOSURES) == null) {
            System.setProperty(CLOSURES, "true");
        }
        Thread.setDefaultUncaughtExceptionHandler((t, e) -> {
            if (e instanceof OutOfMemoryError oom) {
                System.err.println(outOfMemory(oom));
                Runtime.getRuntime().halt(1);
            }
            System.err.println("bt4j: thread " + t.getName() + " failed: " + e.getClass().getSimpleName() + ": "
                    + firstLine(e.getMessage()));
        });
        int code;
        try {
            CommandLine cl = commandLine(args);
            BacktestCommand.printBytesTo(cl, System.out);
            code = cl.execute(args);
        } catch (OutOfMemoryError e) {
            System.err.println(outOfMemory(e));
            code = 1;
        }
        System.exit(code);
    }
}
