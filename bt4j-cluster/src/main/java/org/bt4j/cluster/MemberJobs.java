package org.bt4j.cluster;

import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.map.IMap;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.bt4j.BadInputException;
import org.bt4j.opt.Optimizer;

/**
 * A member's sweeps: the first chunk of a sweep to reach this member copies the sweep's files from
 * the cluster's file map into a folder of its own and plans the {@link Optimizer} (preloading the
 * data); every later chunk of that sweep reuses it. So the data crosses the network once per
 * member, not once per chunk. The data file's copy is deleted once the data is preloaded; the
 * last {@value #KEPT} sweeps are kept, an older one's folder (its jars) deleted, and every folder
 * when the member leaves ({@link #close}).
 *
 * <p>Threading: thread-safe; chunks running on the member's executor threads share it (a chunk
 * that arrives while its sweep is being planned waits for that plan).
 */
final class MemberJobs {

    /** Key of the member's instance in Hazelcast's user context. */
    static final String CONTEXT_KEY = "bt4j.sweeps";
    /** Sweeps kept planned at once. */
    static final int KEPT = 2;

    private record Planned(Optimizer optimizer, Path folder) {
    }

    private final SweepPlanner planner;
    private final Consumer<String> log;
    private final LinkedHashMap<String, Planned> planned = new LinkedHashMap<>(4, 0.75f, true);

    MemberJobs(SweepPlanner planner, Consumer<String> log) {
        this.planner = Objects.requireNonNull(planner, "planner");
        this.log = Objects.requireNonNull(log, "log");
    }

    /** The optimizer of {@code job}, planned on first use from the files in {@code hz}'s file map. */
    synchronized Optimizer optimizer(SweepJob job, HazelcastInstance hz) {
        Planned p = planned.get(job.id());
        if (p != null) {
            return p.optimizer();
        }
        IMap<String, byte[]> map = hz.getMap(SweepJob.FILES_MAP);
        Path folder;
        try {
            folder = Files.createTempDirectory("bt4j-sweep-");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot make a folder for the sweep's files: " + e.getMessage(), e);
        }
        List<Path> local = new ArrayList<>();
        try {
            long bytes = 0;
            for (int i = 0; i < job.files().size(); i++) {
                byte[] b = map.get(job.fileKey(i));
                if (b == null) {
                    throw new IllegalStateException("sweep " + job.id() + " is over (its files are gone)");
                }
                // the file's own name (its extension may tell its format) in a folder of this sweep's
                Path f = folder.resolve(i + "-" + Path.of(job.files().get(i)).getFileName());
                Files.write(f, b);
                local.add(f);
                bytes += b.length;
            }
            Optimizer o = planner.plan(job.args(), local);
            Files.deleteIfExists(local.get(0)); // the data is preloaded now; jars stay for class loading
            planned.put(job.id(), new Planned(o, folder));
            log.accept("sweep " + job.id() + ": " + job.files().size() + " file(s), " + bytes + " bytes received");
            forgetOld();
            return o;
        } catch (IOException e) {
            delete(folder);
            throw new UncheckedIOException("cannot write the sweep's files: " + e.getMessage(), e);
        } catch (BadInputException e) {
            delete(folder);
            String msg = String.valueOf(e.getMessage());
            for (int i = 0; i < local.size(); i++) { // name the file as the sweep's machine knows it
                msg = msg.replace(local.get(i).toString(), job.files().get(i));
            }
            throw new BadInputException(msg);
        } catch (RuntimeException e) {
            delete(folder);
            throw e;
        }
    }

    /** Forgets every sweep and deletes its folder (the member is leaving). */
    synchronized void close() {
        for (Planned p : planned.values()) {
            delete(p.folder());
        }
        planned.clear();
    }

    private void forgetOld() {
        Iterator<Map.Entry<String, Planned>> it = planned.entrySet().iterator();
        while (planned.size() > KEPT && it.hasNext()) {
            delete(it.next().getValue().folder());
            it.remove();
        }
    }

    private static void delete(Path folder) {
        try (Stream<Path> s = Files.walk(folder)) {
            s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temporary folder left behind; nothing to undo
        }
    }
}
