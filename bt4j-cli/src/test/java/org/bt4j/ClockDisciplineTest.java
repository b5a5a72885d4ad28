package org.bt4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.Handle;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/**
 * The determinism rule of DESIGN.md §2 (issue 16), checked on the bytecode: no production class
 * outside the clock classes reads the wall clock or sleeps. Reads, with ASM, every compiled
 * production class of bt4j-core, bt4j-ib, bt4j-gateway, bt4j-report, bt4j-cluster, bt4j-cli and bt4j-samples (each
 * found through a class of its own, so a module missing from the class path fails the test rather
 * than passing unread) and fails naming each class, method and call of: {@code System.nanoTime} /
 * {@code currentTimeMillis}; {@code now()} of {@code java.time} without a {@code Clock} argument;
 * {@code java.time.Clock.system*}; {@code new Date()}; {@code Thread.sleep}, {@code TimeUnit.sleep};
 * a timed {@code Object.wait}; {@code LockSupport.parkNanos}/{@code parkUntil} — as calls or as
 * method references.
 *
 * <p>Allowed: the clock classes {@code org.bt4j.time.SystemClock} (the wall clock and real-time
 * waits), {@code Clock} (its default wait for clocks of unknown speed) and {@code Stopwatch}
 * (elapsed real time for measurements). Not read: bt4j-bench, a measuring tool whose job is to read
 * real time, and bt4j-interop, which has no production classes.
 */
class ClockDisciplineTest {

    /** One production class of each module that must be read. */
    private static final List<Class<?>> MODULES = List.of(
            org.bt4j.engine.Cerebro.class,            // bt4j-core
            org.bt4j.ib.client.IbClient.class,         // bt4j-ib
            org.bt4j.gateway.Gateway.class,            // bt4j-gateway
            org.bt4j.report.RunRecord.class,           // bt4j-report
            org.bt4j.cluster.ClusterSweep.class,       // bt4j-cluster
            org.bt4j.cli.Main.class,                   // bt4j-cli
            org.bt4j.samples.FirstStrategy.class);     // bt4j-samples

    private static final Set<String> CLOCK_CLASSES = Set.of(
            "org/bt4j/time/SystemClock", "org/bt4j/time/Clock", "org/bt4j/time/Stopwatch");

    private static final Set<String> DATE_TIME_TYPES = Set.of("java/time/Instant", "java/time/LocalDate",
            "java/time/LocalTime", "java/time/LocalDateTime", "java/time/ZonedDateTime", "java/time/OffsetDateTime",
            "java/time/OffsetTime", "java/time/Year", "java/time/YearMonth", "java/time/MonthDay");

    @Test
    void noProductionClassOutsideTheClockClassesReadsTheWallClockOrSleeps() throws Exception {
        Set<String> found = new TreeSet<>();
        int read = 0;
        for (Class<?> module : MODULES) {
            Path root = Path.of(module.getProtectionDomain().getCodeSource().getLocation().toURI());
            int n = scan(root, found);
            assertTrue(n > 0, "no classes read from " + root + " (" + module.getName() + ")");
            read += n;
        }
        assertTrue(read > 500, "read only " + read + " classes");
        assertEquals("", String.join("\n", found), "wall-clock reads or sleeps outside the clock classes "
                + "(read or wait through the injected org.bt4j.time.Clock; measure with Stopwatch)");
    }

    @Test
    void theScanSeesCallsAndMethodReferences() throws IOException {
        Set<String> found = new TreeSet<>();
        try (InputStream in = ClockDisciplineTest.class.getResourceAsStream("ClockDisciplineTest$Offender.class")) {
            check(in.readAllBytes(), found);
        }
        assertEquals(Set.of(
                "org.bt4j.ClockDisciplineTest$Offender.calls: java.lang.System.nanoTime",
                "org.bt4j.ClockDisciplineTest$Offender.calls: java.time.LocalDateTime.now",
                "org.bt4j.ClockDisciplineTest$Offender.calls: java.lang.Thread.sleep",
                "org.bt4j.ClockDisciplineTest$Offender.calls: java.lang.Object.wait(long)",
                "org.bt4j.ClockDisciplineTest$Offender.calls: java.util.Date.<init>",
                "org.bt4j.ClockDisciplineTest$Offender.reference: java.lang.System.currentTimeMillis"), found);
    }

    /** What the scan must flag, and (its last line) what it must not: a {@code now} given a clock. */
    @SuppressWarnings("unused")
    private static final class Offender {
        void calls(Object lock) throws InterruptedException {
            System.nanoTime();
            java.time.LocalDateTime.now(java.time.ZoneOffset.UTC);
            Thread.sleep(1);
            lock.wait(1);
            new java.util.Date();
            java.time.Instant.now(java.time.Clock.fixed(java.time.Instant.EPOCH, java.time.ZoneOffset.UTC));
        }

        java.util.function.LongSupplier reference() {
            return System::currentTimeMillis;
        }
    }

    /** Reads the bt4j classes under {@code root} (a folder or a jar) into {@code found}; returns how many. */
    private static int scan(Path root, Set<String> found) throws IOException {
        List<byte[]> classes = new ArrayList<>();
        if (Files.isDirectory(root)) {
            try (Stream<Path> files = Files.walk(root.resolve("org/bt4j"))) {
                files.filter(f -> f.toString().endsWith(".class")).forEach(f -> {
                    try {
                        classes.add(Files.readAllBytes(f));
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
            }
        } else {
            try (JarFile jar = new JarFile(root.toFile())) {
                for (JarEntry e : java.util.Collections.list(jar.entries())) {
                    if (e.getName().startsWith("org/bt4j/") && e.getName().endsWith(".class")) {
                        try (InputStream in = jar.getInputStream(e)) {
                            classes.add(in.readAllBytes());
                        }
                    }
                }
            }
        }
        for (byte[] c : classes) {
            check(c, found);
        }
        return classes.size();
    }

    private static void check(byte[] bytes, Set<String> found) {
        ClassReader reader = new ClassReader(bytes);
        String cls = reader.getClassName();
        String outer = cls.contains("$") ? cls.substring(0, cls.indexOf('$')) : cls;
        if (CLOCK_CLASSES.contains(outer)) {
            return;
        }
        reader.accept(new ClassVisitor(Opcodes.ASM9) {
            @Override
            public MethodVisitor visitMethod(int access, String method, String desc, String sig, String[] exceptions) {
                String where = cls.replace('/', '.') + "." + method + ": ";
                return new MethodVisitor(Opcodes.ASM9) {
                    @Override
                    public void visitMethodInsn(int opcode, String owner, String name, String d, boolean itf) {
                        flag(where, owner, name, d, found);
                    }

                    @Override
                    public void visitInvokeDynamicInsn(String name, String d, Handle bsm, Object... args) {
                        for (Object a : args) {
                            if (a instanceof Handle h) {
                                flag(where, h.getOwner(), h.getName(), h.getDesc(), found);
                            }
                        }
                    }
                };
            }
        }, ClassReader.SKIP_DEBUG | ClassReader.SKIP_FRAMES);
    }

    private static void flag(String where, String owner, String name, String desc, Set<String> found) {
        String call = forbidden(owner, name, desc);
        if (call != null) {
            found.add(where + call);
        }
    }

    /** The forbidden call's name, or null. */
    private static String forbidden(String owner, String name, String desc) {
        String what = owner.replace('/', '.') + "." + name;
        boolean bad = switch (owner) {
            case "java/lang/System" -> name.equals("nanoTime") || name.equals("currentTimeMillis");
            case "java/time/Clock" -> name.startsWith("system");
            case "java/util/Date" -> name.equals("<init>") && desc.equals("()V");
            case "java/lang/Thread", "java/util/concurrent/TimeUnit" -> name.equals("sleep");
            case "java/util/concurrent/locks/LockSupport" -> name.equals("parkNanos") || name.equals("parkUntil");
            default -> DATE_TIME_TYPES.contains(owner) && name.equals("now") && !desc.contains("Ljava/time/Clock;");
        };
        if (!bad && name.equals("wait") && (desc.equals("(J)V") || desc.equals("(JI)V"))) {
            return "java.lang.Object.wait(long)";
        }
        return bad ? what : null;
    }
}
