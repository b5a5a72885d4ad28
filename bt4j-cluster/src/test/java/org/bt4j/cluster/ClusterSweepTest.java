package org.bt4j.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.hazelcast.core.MemberLeftException;
import com.hazelcast.spi.exception.TargetDisconnectedException;
import java.io.EOFException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import org.bt4j.BadInputException;
import org.bt4j.feed.CsvFeed;
import org.bt4j.feed.CsvFeeds;
import org.bt4j.opt.OptResult;
import org.bt4j.opt.Optimizer;
import org.bt4j.opt.ParamGrid;
import org.bt4j.opt.Progress;
import org.bt4j.strategy.builtin.SmaCross;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link ClusterSweep} with two {@link SweepMember}s in this JVM on loopback (ephemeral ports):
 * the rows equal {@link Optimizer#run}'s, in grid order; a member's refusal (bad option, bad data
 * named by the coordinator's path) is the coordinator's one-line error; which failures count as a
 * member lost. (The kill of a member in its own process is
 * bt4j-cli's WorkerCommandTest.)
 */
class ClusterSweepTest {

    @TempDir
    Path dir;

    /** A sweep of SmaCross over the shipped file (bars checked): args are the grid's --param values. */
    private static Optimizer plan(List<String> args, List<Path> files) {
        CsvFeed feed = CsvFeeds.open(files.get(0), null, 1);
        feed.checkBars(true);
        return new Optimizer().strategy(SmaCross.class).grid(ParamGrid.parse(args)).data(feed);
    }

    private Path data() throws Exception {
        StringBuilder csv = new StringBuilder("Date,Open,High,Low,Close,Volume,OpenInterest\n");
        java.time.LocalDate d = java.time.LocalDate.of(2020, 1, 1);
        for (int i = 0; i < 300; i++) {
            double c = 100 + 10 * Math.sin(i / 9.0) + i * 0.05;
            csv.append(d.plusDays(i)).append(',').append(c).append(',').append(c + 1).append(',').append(c - 1)
                    .append(',').append(c).append(",1000,0\n");
        }
        return Files.writeString(dir.resolve("bars.csv"), csv);
    }

    @Test
    void rowsEqualOneJvmsInGridOrder() throws Exception {
        List<String> params = List.of("fast=2:9", "slow=10:24");
        Path data = data();
        List<OptResult> local = new ArrayList<>();
        plan(params, List.of(data)).run(local::add, Progress.NONE);
        List<String> received = new CopyOnWriteArrayList<>();
        try (SweepMember a = SweepMember.start("127.0.0.1", 0, List.of(), 1, ClusterSweepTest::plan, received::add);
             SweepMember b = SweepMember.start("127.0.0.1", 0, List.of(a.address()), 1, ClusterSweepTest::plan,
                     received::add)) {
            assertTrue(a.address().startsWith("127.0.0.1:"));
            List<OptResult> remote = new ArrayList<>();
            ClusterSweep.Outcome o = new ClusterSweep(List.of(b.address())).run(params, List.of(data),
                    ParamGrid.parse(params), remote::add, Progress.NONE);
            assertTrue(o.summary().complete(), String.valueOf(o.summary().lost()));
            assertEquals(2, o.members());
            assertEquals(0, o.rerun());
            assertEquals(local, remote);
            assertEquals(2, received.size(), "the file reaches each member once: " + received);

            List<OptResult> none = new ArrayList<>();
            BadInputException refused = assertThrows(BadInputException.class, () -> new ClusterSweep(
                    List.of(a.address())).run(List.of("fast=9:3"), List.of(data), ParamGrid.parse(params), none::add,
                    Progress.NONE));
            assertEquals("--param fast=9:3: stop is below start", refused.getMessage());
            assertEquals(List.of(), none);

            Path bad = Files.writeString(dir.resolve("bad.csv"), "Date,Open,High,Low,Close,Volume,OpenInterest\n"
                    + "2020-01-01,10,9,8,9,100,0\n");
            BadInputException badData = assertThrows(BadInputException.class, () -> new ClusterSweep(
                    List.of(a.address())).run(params, List.of(bad), ParamGrid.parse(params), none::add, Progress.NONE));
            assertTrue(badData.getMessage().startsWith(bad + ":2: "), badData.getMessage());
        }
    }

    @Test
    void aBadAddressIsOneLine() {
        BadInputException e = assertThrows(BadInputException.class, () -> new ClusterSweep(List.of("localhost")));
        assertEquals("--cluster: 'localhost' is not host:port", e.getMessage());
    }

    @Test
    void whichFailuresMeanTheMemberIsGone() {
        assertTrue(ClusterSweep.memberLost(new TargetDisconnectedException("gone", new EOFException())));
        assertTrue(ClusterSweep.memberLost(new ExecutionException(new MemberLeftException("left"))));
        assertFalse(ClusterSweep.memberLost(new ExecutionException(new BadInputException("bad data"))));
        assertFalse(ClusterSweep.memberLost(new OutOfMemoryError("Java heap space")));
    }
}
