package org.bt4j.cluster;

import com.hazelcast.config.Config;
import com.hazelcast.config.JoinConfig;
import com.hazelcast.config.NetworkConfig;
import com.hazelcast.core.Hazelcast;
import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.core.LifecycleEvent;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.function.Consumer;

/**
 * A bt4j worker: an embedded Hazelcast member that runs sweep chunks ({@link SweepChunk}) on an
 * executor of {@code threads} threads and holds a share of the sweeps' file map (with one backup,
 * so a member lost takes no file with it). It listens on {@code bind} (127.0.0.1 unless told
 * otherwise) at {@code port} (0: any free port) and finds the others through the TCP/IP member list
 * it is given — no multicast, no cloud discovery, no phone-home.
 *
 * <p>Threading: start and close from one thread; Hazelcast runs the chunks on its own threads.
 */
public final class SweepMember implements AutoCloseable {

    /** The cluster's name: only bt4j members and coordinators join it. */
    static final String CLUSTER = "bt4j";
    /** The executor that runs the chunks. */
    static final String EXECUTOR = "bt4j-sweep";
    /** The member attribute that tells a coordinator how many chunks this member runs at once. */
    static final String THREADS_ATTRIBUTE = "bt4j.threads";

    private final HazelcastInstance hz;
    private final CountDownLatch down = new CountDownLatch(1);

    private SweepMember(HazelcastInstance hz, MemberJobs jobs) {
        this.hz = hz;
        hz.getLifecycleService().addLifecycleListener(e -> {
            if (e.getState() == LifecycleEvent.LifecycleState.SHUTDOWN) {
                jobs.close();
                down.countDown();
            }
        });
        if (!hz.getLifecycleService().isRunning()) {
            down.countDown();
        }
    }

    /**
     * Starts a member and joins the members at {@code join} (host:port each; none: a cluster of one
     * so far); {@code log} is told of each sweep's files as they arrive.
     */
    public static SweepMember start(String bind, int port, List<String> join, int threads, SweepPlanner planner,
                                    Consumer<String> log) {
        Config c = new Config();
        c.setClusterName(CLUSTER);
        c.setProperty("hazelcast.logging.type", "slf4j");
        c.setProperty("hazelcast.phone.home.enabled", "false");
        c.setProperty("hazelcast.socket.bind.any", "false");
        // a member killed with -9 refuses connections at once; drop it fast rather than after a minute
        c.setProperty("hazelcast.max.no.heartbeat.seconds", "15");
        c.getMemberAttributeConfig().setAttribute(THREADS_ATTRIBUTE, Integer.toString(threads));
        c.getExecutorConfig(EXECUTOR).setPoolSize(threads);
        MemberJobs jobs = new MemberJobs(planner, log);
        c.getUserContext().put(MemberJobs.CONTEXT_KEY, jobs);
        NetworkConfig net = c.getNetworkConfig();
        net.setPort(port).setPortAutoIncrement(false);
        net.getInterfaces().setEnabled(true).addInterface(bind);
        JoinConfig j = net.getJoin();
        j.getMulticastConfig().setEnabled(false);
        j.getAutoDetectionConfig().setEnabled(false);
        j.getTcpIpConfig().setEnabled(true).setMembers(List.copyOf(join));
        return new SweepMember(Hazelcast.newHazelcastInstance(c), jobs);
    }

    /** Where this member listens, as host:port. */
    public String address() {
        InetSocketAddress a = hz.getCluster().getLocalMember().getSocketAddress();
        return a.getAddress().getHostAddress() + ":" + a.getPort();
    }

    /** The embedded Hazelcast member. */
    HazelcastInstance instance() {
        return hz;
    }

    /** Members in the cluster, this one included. */
    public int members() {
        return hz.getCluster().getMembers().size();
    }

    /** Blocks until this member is shut down (by {@link #close} or the JVM's shutdown). */
    public void awaitShutdown() throws InterruptedException {
        down.await();
    }

    /** Leaves the cluster (its share of the file map moves to the others) and deletes its sweeps' folders. */
    @Override
    public void close() {
        hz.shutdown();
    }
}
