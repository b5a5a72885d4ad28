package org.bt4j.cluster;

import com.hazelcast.client.HazelcastClient;
import com.hazelcast.client.HazelcastClientNotActiveException;
import com.hazelcast.client.config.ClientConfig;
import com.hazelcast.cluster.Member;
import com.hazelcast.cluster.MembershipEvent;
import com.hazelcast.cluster.MembershipListener;
import com.hazelcast.core.ExecutionCallback;
import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.core.HazelcastInstanceNotActiveException;
import com.hazelcast.core.IExecutorService;
import com.hazelcast.map.IMap;
import com.hazelcast.spi.exception.RetryableException;
import com.hazelcast.spi.exception.TargetDisconnectedException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import org.bt4j.BadInputException;
import org.bt4j.opt.InOrderResults;
import org.bt4j.opt.OptResult;
import org.bt4j.opt.Optimizer;
import org.bt4j.opt.ParamGrid;
import org.bt4j.opt.Progress;
import org.bt4j.opt.ResultSink;
import org.bt4j.time.Stopwatch;

/**
 * Runs a sweep on a cluster of bt4j workers ({@link SweepMember}) as a Hazelcast client: puts the
 * sweep's files once into the cluster's file map, sends chunks of consecutive combinations to the
 * members (each member at most two chunks per thread at a time, the emptiest first), and writes
 * the results in grid order through {@link InOrderResults} — the same rows, in the same order, as
 * {@link Optimizer#run} on one JVM. When a member leaves (killed, or its connection lost), the
 * chunks it held go to the others; a chunk that ran twice is written once, since rows are kept by
 * combination index. The sweep stops short, with a reason in the {@link Optimizer.Summary}, only
 * when every member has left or a chunk fails for a reason of its own (OutOfMemoryError on a
 * member); a member's refusal of the sweep (bad data, a bad option) is thrown as the
 * {@link BadInputException} it was there.
 *
 * <p>Threading: {@link #run} blocks its calling thread, which alone dispatches and writes;
 * Hazelcast's threads only hand completions to it through a queue.
 */
public final class ClusterSweep {

    /**
     * How a cluster sweep went: the summary as one JVM would give it ({@code threads} = every
     * member's threads), the members at the end, and the combinations sent again after a member
     * left. Immutable.
     */
    public record Outcome(Optimizer.Summary summary, int members, long rerun) {
    }

    /** Chunks in flight per member thread (one running, one waiting, to hide the round trip). */
    static final int CHUNKS_PER_THREAD = 2;
    /** Chunks that may be sent ahead of the first row not yet written, per member thread. */
    static final int AHEAD_PER_THREAD = 8;
    /** Largest chunk: a member lost costs at most this many runs per chunk it held. */
    static final int MAX_CHUNK = 64;
    /** How long to try the cluster's addresses before giving up. */
    static final int CONNECT_MILLIS = 20_000;

    private final List<String> addresses;

    /** A coordinator for the cluster whose members listen at {@code addresses} (host:port; one is enough). */
    public ClusterSweep(List<String> addresses) {
        if (addresses.isEmpty()) {
            throw new BadInputException("--cluster: give at least one member as host:port");
        }
        for (String a : addresses) {
            if (!a.matches("[^\\s:]+:\\d{1,5}") && !a.matches("\\[[0-9a-fA-F:]+]:\\d{1,5}")) {
                throw new BadInputException("--cluster: '" + a + "' is not host:port");
            }
        }
        this.addresses = List.copyOf(addresses);
    }

    /**
     * Runs every combination of {@code grid} on the cluster; {@code args} and {@code files} are what
     * each member's {@link SweepPlanner} is given (files copied once per member). Closes the sink.
     *
     * @throws BadInputException when a member refuses the sweep (its one line, naming the file as
     *                           given here)
     */
    public Outcome run(List<String> args, List<Path> files, ParamGrid grid, ResultSink sink, Progress progress)
            throws InterruptedException {
        List<byte[]> bytes = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (Path f : files) {
            try {
                bytes.add(Files.readAllBytes(f));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + f + ": " + e.getMessage(), e);
            }
            names.add(f.toString());
        }
        SweepJob job = new SweepJob(UUID.randomUUID().toString(), args, names);
        HazelcastInstance client = connect();
        try {
            IMap<String, byte[]> map = client.getMap(SweepJob.FILES_MAP);
            for (int i = 0; i < bytes.size(); i++) {
                map.set(job.fileKey(i), bytes.get(i));
            }
            try {
                return new Dispatch(client, job, grid, sink, progress).run();
            } finally {
                for (int i = 0; i < bytes.size(); i++) {
                    map.delete(job.fileKey(i));
                }
            }
        } finally {
            sink.close();
            client.shutdown();
        }
    }

    private HazelcastInstance connect() {
        ClientConfig cc = new ClientConfig();
        cc.setClusterName(SweepMember.CLUSTER);
        cc.setProperty("hazelcast.logging.type", "slf4j");
        cc.getNetworkConfig().setAddresses(new ArrayList<>(addresses));
        cc.getConnectionStrategyConfig().getConnectionRetryConfig().setClusterConnectTimeoutMillis(CONNECT_MILLIS);
        try {
            return HazelcastClient.newHazelcastClient(cc);
        } catch (IllegalStateException e) {
            throw new BadInputException("--cluster: no bt4j worker answered at " + String.join(",", addresses) + " within "
                    + CONNECT_MILLIS / 1000 + " s (start one with: bt4j worker)");
        }
    }

    /** Whether a chunk failed because its member went away (so it runs again elsewhere). */
    static boolean memberLost(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof RetryableException || c instanceof TargetDisconnectedException
                    || c instanceof HazelcastInstanceNotActiveException) {
                return true;
            }
        }
        return false;
    }

    /** One member as the dispatcher sees it: its threads and the chunks it holds (by first index). */
    private static final class Slot {
        final Member member;
        final int threads;
        final Set<Long> chunks = new HashSet<>();

        Slot(Member member) {
            this.member = member;
            int t;
            try {
                t = Integer.parseInt(String.valueOf(member.getAttribute(SweepMember.THREADS_ATTRIBUTE)));
            } catch (NumberFormatException e) {
                t = 1;
            }
            this.threads = Math.max(1, t);
        }

        int free() {
            return threads * CHUNKS_PER_THREAD - chunks.size();
        }
    }

    /** One sweep's dispatch state, touched by the calling thread only. */
    private static final class Dispatch {
        private final IExecutorService executor;
        private final SweepJob job;
        private final ParamGrid grid;
        private final Progress progress;
        private final InOrderResults ordered;
        private final long total;
        private final BlockingQueue<Runnable> events = new LinkedBlockingQueue<>();
        private final Map<UUID, Slot> slots = new HashMap<>();
        private final PriorityQueue<Long> again = new PriorityQueue<>();
        private final Stopwatch elapsed = Stopwatch.start();
        private final int chunk;
        private long next;
        private long rerun;
        private String lost;
        private BadInputException refused;

        Dispatch(HazelcastInstance client, SweepJob job, ParamGrid grid, ResultSink sink, Progress progress) {
            this.executor = client.getExecutorService(SweepMember.EXECUTOR);
            this.job = job;
            this.grid = grid;
            this.progress = progress;
            this.ordered = new InOrderResults(sink);
            this.total = grid.size();
            client.getCluster().addMembershipListener(new MembershipListener() {
                @Override
                public void memberAdded(MembershipEvent e) {
                    events.add(() -> slots.putIfAbsent(e.getMember().getUuid(), new Slot(e.getMember())));
                }

                @Override
                public void memberRemoved(MembershipEvent e) {
                    events.add(() -> left(e.getMember().getUuid()));
                }
            });
            for (Member m : client.getCluster().getMembers()) {
                slots.put(m.getUuid(), new Slot(m));
            }
            // chunks small enough that every thread gets several, at most MAX_CHUNK combinations
            long per = total / Math.max(1, threads() * 8L);
            this.chunk = (int) Math.max(1, Math.min(MAX_CHUNK, per));
        }

        private int threads() {
            int t = 0;
            for (Slot s : slots.values()) {
                t += s.threads;
            }
            return t;
        }

        Outcome run() throws InterruptedException {
            while (ordered.written() < total && lost == null) {
                send();
                if (slots.isEmpty()) {
                    lost = "every cluster member left";
                    break;
                }
                events.take().run();
            }
            if (refused != null) {
                throw refused;
            }
            Optimizer.Summary s = new Optimizer.Summary(ordered.written(), total, ordered.failed(), elapsed.elapsedNanos(),
                    threads(), lost);
            return new Outcome(s, slots.size(), rerun);
        }

        /** Sends chunks (those to run again first) while a member has room and the rows may run ahead. */
        private void send() {
            long ahead = ordered.written() + (long) chunk * AHEAD_PER_THREAD * Math.max(1, threads());
            while (lost == null) {
                long from;
                if (!again.isEmpty()) {
                    from = again.peek();
                } else if (next < total && next < ahead) {
                    from = next;
                } else {
                    return;
                }
                Slot s = emptiest();
                if (s == null) {
                    return;
                }
                if (from == next) {
                    next = Math.min(total, next + chunk);
                } else {
                    again.poll();
                }
                submit(s, from);
            }
        }

        private Slot emptiest() {
            Slot best = null;
            for (Slot s : slots.values()) {
                if (s.free() > 0 && (best == null || s.free() > best.free())) {
                    best = s;
                }
            }
            return best;
        }

        private void submit(Slot s, long from) {
            int count = (int) Math.min(chunk, total - from);
            s.chunks.add(from);
            UUID id = s.member.getUuid();
            ExecutionCallback<ChunkRows> back = new ExecutionCallback<>() {
                @Override
                public void onResponse(ChunkRows rows) {
                    events.add(() -> done(id, from, rows));
                }

                @Override
                public void onFailure(Throwable t) {
                    events.add(() -> failed(id, from, t));
                }
            };
            try {
                executor.submitToMember(new SweepChunk(job, from, count), s.member, back);
            } catch (HazelcastClientNotActiveException e) {
                s.chunks.remove(from);
                lost = "the connection to the cluster was lost";
            }
        }

        private void done(UUID member, long from, ChunkRows rows) {
            Slot s = slots.get(member);
            if (s != null) {
                s.chunks.remove(from);
            }
            for (OptResult r : rows.results(grid)) {
                ordered.accept(r);
            }
            progress.update(ordered.written(), total, ordered.failed(), elapsed.elapsedNanos());
        }

        private void failed(UUID member, long from, Throwable t) {
            Slot s = slots.get(member);
            if (s == null) {
                return; // its member left: the chunk is already sent again
            }
            s.chunks.remove(from);
            if (memberLost(t)) {
                runAgain(from);
            } else if (lost == null) {
                Throwable c = rootOf(t);
                String msg = String.valueOf(c.getMessage()).lines().findFirst().orElse("");
                if (c instanceof BadInputException || c instanceof IllegalArgumentException) {
                    refused = new BadInputException(msg);
                    lost = "a member refused the sweep: " + msg;
                } else {
                    lost = "a worker was lost: " + c.getClass().getSimpleName() + ": " + msg;
                }
            }
        }

        private void left(UUID member) {
            Slot s = slots.remove(member);
            if (s != null) {
                for (long from : s.chunks) {
                    runAgain(from);
                }
            }
        }

        private void runAgain(long from) {
            if (from + chunk > ordered.written()) { // else every row of it is already written
                again.add(from);
                rerun += Math.min(chunk, total - from);
            }
        }

        /** The exception a chunk threw on its member, out of Hazelcast's wrappers. */
        private static Throwable rootOf(Throwable t) {
            Throwable c = t;
            while (c.getCause() != null && (c instanceof java.util.concurrent.ExecutionException
                    || c.getClass().getName().startsWith("com.hazelcast."))) {
                c = c.getCause();
            }
            return c;
        }
    }
}
