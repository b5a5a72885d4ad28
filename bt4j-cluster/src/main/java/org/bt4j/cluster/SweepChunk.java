package org.bt4j.cluster;

import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.core.HazelcastInstanceAware;
import java.io.Serializable;
import java.util.Objects;
import java.util.concurrent.Callable;
import org.bt4j.opt.Optimizer;

/**
 * One chunk of a sweep, run on a member: combinations {@code from} to {@code from + count - 1}, one
 * after another on the executor thread that runs it, with the member's planned {@link Optimizer}
 * for the sweep ({@link MemberJobs}). A combination that fails is a failed row, as on one JVM; an
 * error that is not the combination's (OutOfMemoryError) fails the chunk.
 *
 * <p>Threading: sent to a member, then run once on one executor thread there.
 */
final class SweepChunk implements Callable<ChunkRows>, Serializable, HazelcastInstanceAware {

    private static final long serialVersionUID = 1L;

    private final SweepJob job;
    private final long from;
    private final int count;
    private transient HazelcastInstance hz;

    SweepChunk(SweepJob job, long from, int count) {
        this.job = Objects.requireNonNull(job, "job");
        this.from = from;
        this.count = count;
    }

    @Override
    public void setHazelcastInstance(HazelcastInstance instance) {
        this.hz = instance;
    }

    @Override
    public ChunkRows call() {
        MemberJobs jobs = (MemberJobs) hz.getUserContext().get(MemberJobs.CONTEXT_KEY);
        if (jobs == null) {
            throw new IllegalStateException("this cluster member is not a bt4j worker");
        }
        Optimizer o = jobs.optimizer(job, hz);
        ChunkRows rows = new ChunkRows(from, count);
        for (int i = 0; i < count; i++) {
            rows.add(o.runOne(from + i));
        }
        return rows;
    }
}
