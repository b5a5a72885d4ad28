import com.hazelcast.client.HazelcastClient;
import com.hazelcast.client.config.ClientConfig;
import com.hazelcast.cluster.Member;
import com.hazelcast.config.Config;
import com.hazelcast.core.Hazelcast;
import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.core.IExecutorService;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.Serializable;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Future;
import org.apache.ignite.Ignite;
import org.apache.ignite.IgniteCompute;
import org.apache.ignite.Ignition;
import org.apache.ignite.configuration.IgniteConfiguration;
import org.apache.ignite.lang.IgniteCallable;
import org.apache.ignite.lang.IgniteFuture;
import org.apache.ignite.spi.discovery.tcp.TcpDiscoverySpi;
import org.apache.ignite.spi.discovery.tcp.ipfinder.vm.TcpDiscoveryVmIpFinder;
import org.bt4j.feed.CsvFeeds;
import org.bt4j.opt.Optimizer;
import org.bt4j.opt.ParamGrid;
import org.bt4j.strategy.builtin.SmaCross;

/**
 * The cluster-engine choice of issue 19, measured on one machine: for Hazelcast and Apache Ignite,
 * three members as separate JVMs on loopback and a client that measures member start-up (wall and
 * CPU), memory, the round trip of an empty task, empty-task throughput, and the same bt4j sweep
 * (600 SMA-cross combinations on a 1,000-bar file, chunks of 25). Bench code only: not part of the
 * build. Run through run.sh.
 */
public final class EngineProbe {

    static final List<String> GRID = List.of("fast=3:22", "slow=25:54");
    static final Map<String, Optimizer> PLANNED = new ConcurrentHashMap<>();

    /** A chunk of the sweep; the member plans the optimizer once (the data read from its own disk). */
    static final class Chunk implements Callable<Double>, IgniteCallable<Double>, Serializable {
        final String data;
        final int from;
        final int count;

        Chunk(String data, int from, int count) {
            this.data = data;
            this.from = from;
            this.count = count;
        }

        @Override
        public Double call() {
            Optimizer o = PLANNED.computeIfAbsent(data, d -> new Optimizer().strategy(SmaCross.class)
                    .grid(ParamGrid.parse(GRID)).data(CsvFeeds.open(Path.of(d), null, 1)));
            double sum = 0;
            for (int i = from; i < from + count; i++) {
                sum += o.runOne(i).value();
            }
            return sum;
        }
    }

    /** An empty task. */
    static final class Nothing implements Callable<Integer>, IgniteCallable<Integer>, Serializable {
        @Override
        public Integer call() {
            return 1;
        }
    }

    public static void main(String[] a) throws Exception {
        String engine = a[0];
        if (a[1].equals("member")) {
            int n = Integer.parseInt(a[2]);
            if (engine.equals("hazelcast")) {
                Config c = new Config();
                c.setClusterName("probe");
                c.setProperty("hazelcast.phone.home.enabled", "false");
                c.getNetworkConfig().setPort(15700 + n).setPortAutoIncrement(false);
                c.getNetworkConfig().getInterfaces().setEnabled(true).addInterface("127.0.0.1");
                c.getNetworkConfig().getJoin().getMulticastConfig().setEnabled(false);
                c.getNetworkConfig().getJoin().getAutoDetectionConfig().setEnabled(false);
                c.getNetworkConfig().getJoin().getTcpIpConfig().setEnabled(true)
                        .setMembers(List.of("127.0.0.1:15701", "127.0.0.1:15702", "127.0.0.1:15703"));
                c.getExecutorConfig("probe").setPoolSize(1);
                Hazelcast.newHazelcastInstance(c);
            } else {
                Ignition.start(ignite("m" + n, false));
            }
            System.gc();
            var rt = ManagementFactory.getRuntimeMXBean();
            var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
            long heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
            String rss = Files.readAllLines(Path.of("/proc/self/status")).stream().filter(l -> l.startsWith("VmRSS"))
                    .findFirst().orElse("?").replaceAll("\\D+", "");
            System.out.printf("READY wall_ms=%d cpu_ms=%d rss_mb=%d heap_mb=%d%n", rt.getUptime(),
                    os.getProcessCpuTime() / 1_000_000, Long.parseLong(rss) / 1024, heap >> 20);
            System.out.flush();
            Thread.sleep(Long.MAX_VALUE);
            return;
        }
        String data = a[2];
        List<Process> members = new ArrayList<>();
        try {
            long t0 = System.nanoTime();
            for (int n = 1; n <= 3; n++) {
                List<String> cmd = new ArrayList<>(List.of("java", "-Xmx256m", "-XX:+UseSerialGC"));
                cmd.addAll(List.of(System.getProperty("probe.jvmflags", "").split(" ")).stream()
                        .filter(s -> !s.isEmpty()).toList());
                cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), "EngineProbe", engine, "member", "" + n));
                members.add(new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.DISCARD).start());
            }
            for (Process p : members) {
                BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream()));
                String line;
                while ((line = r.readLine()) != null && !line.startsWith("READY")) {
                    // member's own output
                }
                System.out.println(engine + " member " + line);
            }
            System.out.printf("%s three members up in %.1f s (started together)%n", engine, (System.nanoTime() - t0) / 1e9);
            long c0 = System.nanoTime();
            if (engine.equals("hazelcast")) {
                ClientConfig cc = new ClientConfig();
                cc.setClusterName("probe");
                cc.getNetworkConfig().addAddress("127.0.0.1:15701");
                HazelcastInstance client = HazelcastClient.newHazelcastClient(cc);
                System.out.printf("%s client connected in %.2f s%n", engine, (System.nanoTime() - c0) / 1e9);
                IExecutorService ex = client.getExecutorService("probe");
                List<Member> ms = new ArrayList<>(client.getCluster().getMembers());
                measure(engine, task -> ex.submitToMember(task, ms.get((int) (Math.random() * ms.size()))), data);
                client.shutdown();
            } else {
                Ignite client = Ignition.start(ignite("client", true));
                System.out.printf("%s client connected in %.2f s%n", engine, (System.nanoTime() - c0) / 1e9);
                IgniteCompute compute = client.compute(client.cluster().forServers());
                measure(engine, task -> {
                    IgniteFuture<Object> f = compute.callAsync((IgniteCallable<Object>) task);
                    return f;
                }, data);
                client.close();
            }
        } finally {
            for (Process p : members) {
                p.destroyForcibly();
            }
        }
    }

    interface Submit {
        Object submit(Callable<?> task) throws Exception;
    }

    static Object get(Object f) throws Exception {
        return f instanceof Future<?> fu ? fu.get() : ((IgniteFuture<?>) f).get();
    }

    @SuppressWarnings("unchecked")
    static void measure(String engine, Submit s, String data) throws Exception {
        for (int i = 0; i < 200; i++) {
            get(s.submit(new Nothing()));
        }
        long t = System.nanoTime();
        for (int i = 0; i < 1000; i++) {
            get(s.submit(new Nothing()));
        }
        System.out.printf("%s empty task round trip: %.0f us (1000 one after another)%n", engine, (System.nanoTime() - t) / 1e3 / 1000);
        t = System.nanoTime();
        List<Object> fs = new ArrayList<>();
        for (int i = 0; i < 5000; i++) {
            fs.add(s.submit(new Nothing()));
        }
        for (Object f : fs) {
            get(f);
        }
        System.out.printf("%s empty tasks in flight together: %.0f tasks/s (5000)%n", engine, 5000 / ((System.nanoTime() - t) / 1e9));
        for (int round = 1; round <= 3; round++) {
            t = System.nanoTime();
            fs.clear();
            for (int from = 0; from < 600; from += 25) {
                fs.add(s.submit((Callable<Object>) (Callable<?>) new Chunk(data, from, 25)));
            }
            double sum = 0;
            for (Object f : fs) {
                sum += (Double) get(f);
            }
            System.out.printf("%s sweep round %d: 600 combinations in %.2f s (sum of values %.2f)%n", engine, round,
                    (System.nanoTime() - t) / 1e9, sum);
        }
    }

    static IgniteConfiguration ignite(String name, boolean client) {
        TcpDiscoveryVmIpFinder finder = new TcpDiscoveryVmIpFinder();
        finder.setAddresses(List.of("127.0.0.1:47500..47503"));
        TcpDiscoverySpi disco = new TcpDiscoverySpi();
        disco.setIpFinder(finder);
        disco.setLocalAddress("127.0.0.1");
        disco.setLocalPort(47500);
        disco.setLocalPortRange(4);
        IgniteConfiguration c = new IgniteConfiguration();
        c.setIgniteInstanceName(name);
        c.setWorkDirectory(Path.of(System.getProperty("java.io.tmpdir"), "engine-probe-ignite").toString());
        c.setClientMode(client);
        c.setDiscoverySpi(disco);
        c.setLocalHost("127.0.0.1");
        c.setPublicThreadPoolSize(1);
        c.setPeerClassLoadingEnabled(false);
        c.setMetricsLogFrequency(0);
        return c;
    }
}
