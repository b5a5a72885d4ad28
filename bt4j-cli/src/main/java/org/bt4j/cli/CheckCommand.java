package org.bt4j.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code bt4j check}: the bias checks ({@code lookahead}, {@code warmup}) as sub-commands; alone it
 * prints its usage. Runs on the calling thread.
 */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = {"Bias checks of a strategy or an indicator: look-ahead and warm-up.",
            "Exit code 0: nothing found; 3: the check found something; 2: bad input."},
        subcommands = {CheckLookaheadCommand.class, CheckWarmupCommand.class})
public final class CheckCommand implements Callable<Integer> {

    /** Exit code of a check that found something. */
    static final int FOUND = 3;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return 0;
    }
}
