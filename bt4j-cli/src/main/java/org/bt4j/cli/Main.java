package org.bt4j.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.bt4j.BadInputException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code bt4j} command: dispatches to the sub-commands. User mistakes (bad options, bad data,
 * unknown names) end with one line on stderr and exit code 2; internal failures with one line and
 * exit code 1 (the stack trace only with {@code BT4J_DEBUG=1}). Each {@link #commandLine()} is a new,
 * independent command line, used on one thread.
 */
@Command(name = "bt4j", mixinStandardHelpOptions = true, version = "bt4j 0.1.0",
        description = "Backtest once, trade many times: backtrader's model in Java, with IB live trading.")
public final class Main implements Callable<Integer> {

    /** Sub-commands, in the order `bt4j --help` lists them. */
    static List<Object> subcommands() {
        return List.of(
                new BacktestCommand(),
                new OptimizeCommand(),
                new DataCommand(),
                new IndicatorCommand(),
                new ResampleCommand(),
                new GatewayCommand(),
                new IbtestCommand()
        );
    }

    @Override
    public Integer call() {
        new CommandLine(this).usage(System.out);
        return 0;
    }

    /** Builds the command line with every sub-command and bt4j's error handling. */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new Main());
        for (Object sub : subcommands()) {
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
            if ("1".equals(System.getenv("BT4J_DEBUG"))) {
                ex.printStackTrace(err);
            }
            err.println("bt4j: internal error: " + ex.getClass().getSimpleName() + ": " + firstLine(ex.getMessage()));
            return 1;
        });
        return cl;
    }

    private static String firstLine(String s) {
        return s == null ? "(no message)" : s.lines().findFirst().orElse("");
    }

    /** Entry point. */
    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }
}
