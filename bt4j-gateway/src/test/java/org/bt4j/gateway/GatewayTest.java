package org.bt4j.gateway;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.bt4j.time.SimulatedClock;
import org.junit.jupiter.api.Test;

/** The gateway's admin channel: absurd durations and over-long lines get one error line, and the gateway goes on. */
class GatewayTest {

    private static Gateway start() {
        return Gateway.start(GatewayConfig.builder().port(0).adminPort(0).statePath(null)
                .clock(SimulatedClock.at("2024-01-08T15:00:00Z")).build());
    }

    @Test
    void anAbsurdDurationIsAnErrorAndTheGatewayGoesOn() throws IOException {
        try (Gateway gw = start()) {
            String answer = Gateway.adminCommand(gw.adminPort(), "delay 99999999999h");
            assertTrue(answer.startsWith("error bad fault 'delay 99999999999h': duration '99999999999h'"), answer);
            assertTrue(answer.contains("is outside 0 to 30 days"), answer);
            assertEquals("ok clients []", Gateway.adminCommand(gw.adminPort(), "status"));
            assertTrue(Gateway.adminCommand(gw.adminPort(), "delay 720h").startsWith("ok"), "30 days is accepted");
        }
    }

    @Test
    void aLineLongerThanTheLimitIsRefusedWithoutBufferingIt() throws IOException {
        try (Gateway gw = start()) {
            try (Socket s = new Socket(InetAddress.getLoopbackAddress(), gw.adminPort())) {
                s.setSoTimeout(10_000);
                byte[] junk = new byte[64 * 1024];
                Arrays.fill(junk, (byte) 'x');
                OutputStream out = s.getOutputStream();
                try {
                    out.write(junk); // no line end
                    out.flush();
                } catch (IOException closedEarly) {
                    // the gateway stopped reading after the limit and closed: fine
                }
                String answer = new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.US_ASCII))
                        .readLine();
                assertEquals("error line longer than " + Gateway.MAX_ADMIN_LINE + " characters", answer);
            }
            assertEquals("ok clients []", Gateway.adminCommand(gw.adminPort(), "status"));
        }
    }
}
