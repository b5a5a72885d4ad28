package org.bt4j.cli;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.Callable;
import org.bt4j.BadInputException;
import org.bt4j.loop.SessionJournal;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code bt4j replay SESSION}: re-runs a session recorded with {@code --record} — the same command
 * and strategy, fed the recorded events at their recorded clock readings, with no network — and
 * prints the same lines. A journal cut short by a crash is replayed up to its last whole record (one
 * line on stderr says so). Runs on the calling thread, which becomes the engine thread.
 */
@Command(name = "replay", mixinStandardHelpOptions = true,
        description = {"Re-run a session recorded with 'bt4j ibtest|live --record FILE', with no network.",
                "It prints the same lines as the recorded run, byte for byte."})
public final class ReplayCommand implements Callable<Integer> {

    @Parameters(paramLabel = "SESSION", description = "the session journal written by --record")
    Path session;

    @Override
    public Integer call() {
        try (SessionJournal.Reader journal = SessionJournal.open(session)) {
            String[] recorded = journal.header().split(IbSessionOptions.ARG_SEPARATOR, -1);
            int rc;
            if ("ibtest".equals(recorded[0])) {
                IbtestCommand ibtest = new IbtestCommand();
                new CommandLine(ibtest).parseArgs(Arrays.copyOfRange(recorded, 1, recorded.length));
                ibtest.session.replayFrom = journal;
                rc = ibtest.call();
            } else if ("live".equals(recorded[0])) {
                LiveCommand live = new LiveCommand();
                new CommandLine(live).parseArgs(Arrays.copyOfRange(recorded, 1, recorded.length));
                live.session.replayFrom = journal;
                rc = live.call();
            } else {
                throw new BadInputException(session + ": a session of '" + recorded[0] + "', which bt4j replay cannot re-run");
            }
            if (journal.torn()) {
                System.err.println("bt4j: replay: " + session + " ends in a torn record (the recording was cut short);"
                        + " replayed the " + journal.records() + " records before it");
            }
            return rc;
        }
    }
}
