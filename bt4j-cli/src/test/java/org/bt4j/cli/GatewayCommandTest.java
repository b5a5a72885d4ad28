package org.bt4j.cli;

import static org.junit.jupiter.api.Assertions.*;

import java.io.BufferedInputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.bt4j.gateway.Gateway;
import org.bt4j.ib.wire.ClientMessage;
import org.bt4j.ib.wire.FieldReader;
import org.bt4j.ib.wire.FieldWriter;
import org.bt4j.ib.wire.Framing;
import org.bt4j.ib.wire.ServerMessage;
import org.bt4j.ib.wire.VersionRange;
import org.bt4j.ib.wire.Wire;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code bt4j gateway} end to end in-process: start on a free port, serve a client, admin channel, clean stop. */
class GatewayCommandTest {

    @TempDir Path dir;

    @Test
    void servesAClientAndStopsCleanlyWithTheStateSaved() throws Exception {
        CommandLine cl = Main.commandLine();
        GatewayCommand cmd = (GatewayCommand) cl.getSubcommands().get("gateway").getCommand();
        Path state = dir.resolve("gw.db");
        CompletableFuture<Integer> exit = CompletableFuture.supplyAsync(() -> cl.execute("gateway", "--port", "0",
                "--admin-port", "0", "--state", state.toString(), "--seed", "3", "--participation", "0.5"));
        CompletableFuture.anyOf(cmd.started(), exit).get(10, TimeUnit.SECONDS);
        assertFalse(exit.isDone(), () -> "gateway command ended early with " + exit.join());
        Gateway g = cmd.started().join();
        assertSame(g, cmd.running());
        try (Socket s = new Socket(InetAddress.getLoopbackAddress(), g.port())) {
            assertEquals(new ServerMessage.ManagedAccounts(java.util.List.of("DU1234567")), firstMessage(s));
            StringWriter fault = new StringWriter();
            CommandLine admin = Main.commandLine();
            admin.setOut(new PrintWriter(fault));
            assertEquals(0, admin.execute("gateway", "fault", "--admin-port", Integer.toString(g.adminPort()), "status"));
        }
        cmd.stop();
        assertEquals(0, exit.get(10, TimeUnit.SECONDS));
        assertNull(cmd.running());
        assertTrue(Files.size(state) > 0, "state database written");
    }

    /**
     * A state file keeps its linked accounts: started again without one of them, {@code bt4j gateway}
     * refuses the file with one line naming the account and the option, and leaves it byte for byte;
     * with the account given again (in another order, with a new one) it starts and manages them all.
     */
    @Test
    void aStateFileIsRefusedWithoutTheLinkedAccountsItHolds() throws Exception {
        Path state = dir.resolve("linked.db");
        assertEquals(java.util.List.of("DU1234567", "DU7654321"), runAndStop("--state", state.toString(),
                "--linked-accounts", "DU7654321"));
        byte[] before = Files.readAllBytes(state);
        CommandLine cl = Main.commandLine();
        StringWriter err = new StringWriter();
        cl.setErr(new PrintWriter(err));
        assertEquals(2, cl.execute("gateway", "--port", "0", "--admin-port", "-1", "--state", state.toString()));
        assertEquals("bt4j: gateway state " + state + " holds account DU7654321, which this gateway does not manage: add it"
                + " with --linked-accounts DU7654321, or choose another --state", err.toString().strip());
        assertArrayEquals(before, Files.readAllBytes(state), "the refused file is left as it was");
        assertEquals(java.util.List.of("DU1234567", "DU5555555", "DU7654321"), runAndStop("--state", state.toString(),
                "--linked-accounts", "DU5555555,DU7654321"));
    }

    /**
     * A linked account's row that its executions contradict (its cash changed behind the gateway's
     * back) stops {@code bt4j gateway} with one line naming the account and the row, exit 2, and the
     * file left as it was.
     */
    @Test
    void aLinkedAccountsBrokenRowIsOneLineNamingIt() throws Exception {
        Path state = dir.resolve("broken.db");
        runAndStop("--state", state.toString(), "--linked-accounts", "DU7654321");
        try (java.sql.Connection db = java.sql.DriverManager.getConnection("jdbc:sqlite:" + state);
             java.sql.Statement s = db.createStatement()) {
            assertEquals(1, s.executeUpdate("UPDATE accounts SET cash = 999990 WHERE code = 'DU7654321'"));
        }
        byte[] before = Files.readAllBytes(state);
        CommandLine cl = Main.commandLine();
        StringWriter err = new StringWriter();
        cl.setErr(new PrintWriter(err));
        assertEquals(2, cl.execute("gateway", "--port", "0", "--admin-port", "-1", "--state", state.toString(),
                "--linked-accounts", "DU7654321"));
        assertEquals("bt4j: gateway state " + state + ": account DU7654321: cash is 999990.0 but the starting cash"
                + " 1000000.0 less its executions gives 1000000.0; refusing to start on it", err.toString().strip());
        assertArrayEquals(before, Files.readAllBytes(state), "the refused file is left as it was");
    }

    /** Starts {@code bt4j gateway} with {@code args}, reads the managed accounts a client is told, stops it (exit 0). */
    private static java.util.List<String> runAndStop(String... args) throws Exception {
        CommandLine cl = Main.commandLine();
        GatewayCommand cmd = (GatewayCommand) cl.getSubcommands().get("gateway").getCommand();
        String[] all = new String[args.length + 5];
        System.arraycopy(new String[] {"gateway", "--port", "0", "--admin-port", "-1"}, 0, all, 0, 5);
        System.arraycopy(args, 0, all, 5, args.length);
        CompletableFuture<Integer> exit = CompletableFuture.supplyAsync(() -> cl.execute(all));
        CompletableFuture.anyOf(cmd.started(), exit).get(10, TimeUnit.SECONDS);
        assertFalse(exit.isDone(), () -> "gateway command ended early with " + exit.join());
        java.util.List<String> accounts;
        try (Socket s = new Socket(InetAddress.getLoopbackAddress(), cmd.started().join().port())) {
            accounts = ((ServerMessage.ManagedAccounts) firstMessage(s)).accounts().stream().sorted().toList();
        }
        cmd.stop();
        assertEquals(0, exit.get(10, TimeUnit.SECONDS));
        return accounts;
    }

    /** Handshakes at version 187 as client 9 and returns the first message the gateway sends. */
    private static ServerMessage firstMessage(Socket s) throws java.io.IOException {
        s.setSoTimeout(5000);
        InputStream in = new BufferedInputStream(s.getInputStream());
        OutputStream out = s.getOutputStream();
        Framing.writeClientHello(out, VersionRange.parse("v176..187"));
        out.flush();
        int version = Framing.readServerHello(in, Wire.MAX_FRAME_SIZE).serverVersion();
        assertEquals(187, version);
        FieldWriter w = new FieldWriter();
        new ClientMessage.StartApi(9, "").write(w, version);
        w.writeFrame(out);
        out.flush();
        return ServerMessage.read(new FieldReader(Framing.readFrame(in, Wire.MAX_FRAME_SIZE)), version);
    }

    @Test
    void badSettingsEndWithOneLine() {
        CommandLine cl = Main.commandLine();
        StringWriter err = new StringWriter();
        cl.setErr(new PrintWriter(err));
        assertEquals(2, cl.execute("gateway", "--port", "0", "--participation", "1.5", "--state", dir.resolve("x.db").toString()));
        assertEquals("bt4j: --participation must be in (0, 1], got 1.5", err.toString().strip());
        StringWriter err2 = new StringWriter();
        CommandLine cl2 = Main.commandLine();
        cl2.setErr(new PrintWriter(err2));
        assertEquals(2, cl2.execute("gateway", "--port", "0", "--fault", "10s:explode", "--state", dir.resolve("y.db").toString()));
        assertTrue(err2.toString().startsWith("bt4j: --fault: bad fault '10s:explode': unknown fault kind"), err2.toString());
        assertEquals(1, err2.toString().lines().count());
    }

    @Test
    void helpDocumentsTheOptions() {
        CommandLine cl = Main.commandLine();
        StringWriter out = new StringWriter();
        cl.setOut(new PrintWriter(out));
        assertEquals(0, cl.execute("gateway", "--help"));
        for (String opt : new String[] {"--port", "--state", "--seed", "--tape", "--fault", "--participation", "--admin-port",
                "--[no-]step-limit", "--24h", "--book-levels", "--read-only", "--no-subscription", "--linked-accounts"}) {
            assertTrue(out.toString().contains(opt), opt);
        }
    }

    @Test
    void stepLimitIsOnUnlessSwitchedOff() {
        CommandLine on = Main.commandLine();
        on.parseArgs("gateway", "--port", "0");
        assertTrue(((GatewayCommand) on.getSubcommands().get("gateway").getCommand()).stepLimit);
        CommandLine off = Main.commandLine();
        off.parseArgs("gateway", "--port", "0", "--no-step-limit");
        assertFalse(((GatewayCommand) off.getSubcommands().get("gateway").getCommand()).stepLimit);
    }
}
