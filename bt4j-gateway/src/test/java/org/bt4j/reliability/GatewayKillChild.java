package org.bt4j.reliability;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.bt4j.gateway.Gateway;
import org.bt4j.gateway.GatewayConfig;
import org.bt4j.time.SimulatedClock;

/**
 * The gateway process {@link GatewayKillTest} kills with {@code kill -9}: a real {@link Gateway} on
 * the state file {@code args[0]}, with the primary account and the two linked ones of
 * {@link GatewayStateChild#ACCOUNTS}, on a virtual clock starting at {@code args[1]} (an instant),
 * filling in small parts (participation 1 %). It prints {@code PORT n} once it listens, and serves
 * the test's client with the clock standing still until a line {@code run} arrives on its standard
 * input; from then it moves the clock 1 s at a time as fast as it goes, printing {@code STEP n} after
 * each, until it is killed or its standard input closes. Main thread steps; one thread reads stdin.
 */
public final class GatewayKillChild {

    private GatewayKillChild() {
    }

    /** Runs until killed. */
    public static void main(String[] args) throws IOException {
        SimulatedClock clock = SimulatedClock.at(Instant.parse(args[1]));
        Gateway gw = Gateway.start(GatewayConfig.builder().port(0).adminPort(-1).clock(clock).seed(23)
                .statePath(Path.of(args[0])).participation(0.01).startingCash(GatewayKillTest.START_CASH)
                .linkedAccount(GatewayStateChild.ACCOUNTS.get(1)).linkedAccount(GatewayStateChild.ACCOUNTS.get(2)).build());
        System.out.println("PORT " + gw.port());
        System.out.flush();
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.US_ASCII));
        if (!"run".equals(in.readLine())) {
            Runtime.getRuntime().halt(3); // the test ended
        }
        Thread orphan = new Thread(() -> {
            try {
                while (in.read() >= 0) {
                    // nothing more is sent
                }
            } catch (IOException e) {
                // closed
            }
            Runtime.getRuntime().halt(3);
        }, "child-orphan-watch");
        orphan.setDaemon(true);
        orphan.start();
        for (long step = 1; ; step++) {
            gw.advance(Duration.ofSeconds(1));
            System.out.println("STEP " + step);
            System.out.flush();
        }
    }
}
