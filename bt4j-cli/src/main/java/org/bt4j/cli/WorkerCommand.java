package org.bt4j.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.bt4j.BadInputException;
import org.bt4j.cluster.SweepMember;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code bt4j worker}: a cluster member for {@code bt4j optimize --cluster}. Listens on
 * {@code --bind} (127.0.0.1 by default) at {@code --port}, joins the members named by
 * {@code --join}, prints one line when it is up and one per sweep whose files it received, and
 * runs sweep chunks on {@code --threads} threads until it is stopped (Ctrl-C) or killed. Runs on
 * the calling thread (which waits) and Hazelcast's threads.
 */
@Command(name = "worker", mixinStandardHelpOptions = true,
        description = {"Runs a cluster member for 'bt4j optimize --cluster' until stopped.",
            "First member:  bt4j worker --bind 10.0.0.1",
            "Others:        bt4j worker --bind 10.0.0.2 --join 10.0.0.1:5701",
            "Then:          bt4j optimize ... --cluster 10.0.0.1:5701"})
public final class WorkerCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--join", split = ",", paramLabel = "HOST:PORT",
            description = "members to join (one is enough; none: the first member of a new cluster)")
    List<String> join = new ArrayList<>();

    @Option(names = "--bind", defaultValue = "127.0.0.1",
            description = "this host's address to listen on (default ${DEFAULT-VALUE}: this machine only)")
    String bind;

    @Option(names = "--port", defaultValue = "5701", description = "port to listen on (default ${DEFAULT-VALUE}; 0: any free port)")
    int port;

    @Option(names = "--threads", description = "combinations run at once (default: every core)")
    Integer threads;

    @Override
    public Integer call() throws InterruptedException {
        if (port < 0 || port > 65535) {
            throw new BadInputException("--port: " + port + " is not a port (0..65535)");
        }
        int n = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        if (n < 1) {
            throw new BadInputException("--threads must be >= 1, got " + n);
        }
        PrintWriter out = spec.commandLine().getOut();
        SweepMember member = SweepMember.start(bind, port, join, n, OptimizeCommand::plan, line -> {
            synchronized (out) {
                out.println("bt4j worker: " + line);
                out.flush();
            }
        });
        Runtime.getRuntime().addShutdownHook(new Thread(member::close, "bt4j-worker-stop"));
        synchronized (out) {
            out.println("bt4j worker: listening on " + member.address() + " with " + n + " threads; " + member.members()
                    + " member(s) in the cluster");
            out.flush();
        }
        member.awaitShutdown();
        return 0;
    }
}
