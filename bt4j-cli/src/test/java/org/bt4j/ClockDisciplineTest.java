package org.bt4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.ArchConfiguration;
import com.tngtech.archunit.core.domain.AccessTarget;
import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.Location;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The determinism rule of DESIGN.md §2 (issue 16), checked on the bytecode: no production class
 * outside the clock classes reads the wall clock or sleeps. Reads, with ArchUnit, every compiled
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
            "org.bt4j.time.SystemClock", "org.bt4j.time.Clock", "org.bt4j.time.Stopwatch");

    private static final Set<String> DATE_TIME_TYPES = Set.of("java.time.Instant", "java.time.LocalDate",
            "java.time.LocalTime", "java.time.LocalDateTime", "java.time.ZonedDateTime", "java.time.OffsetDateTime",
            "java.time.OffsetTime", "java.time.Year", "java.time.YearMonth", "java.time.MonthDay");

    @Test
    void noProductionClassOutsideTheClockClassesReadsTheWallClockOrSleeps() {
        Set<String> found = new TreeSet<>();
        int read = 0;
        for (Class<?> module : MODULES) {
            Location where = Location.of(module.getProtectionDomain().getCodeSource().getLocation());
            JavaClasses classes = importOwnClasses(i -> i.importLocations(Set.of(where)));
            assertTrue(classes.size() > 0, "no classes read for " + module.getName());
            read += classes.size();
            classes.forEach(c -> check(c, found));
        }
        assertTrue(read > 500, "read only " + read + " classes");
        assertEquals("", String.join("\n", found), "wall-clock reads or sleeps outside the clock classes "
                + "(read or wait through the injected org.bt4j.time.Clock; measure with Stopwatch)");
    }

    @Test
    void theScanSeesCallsAndMethodReferences() {
        Set<String> found = new TreeSet<>();
        importOwnClasses(i -> i.importClasses(Offender.class)).forEach(c -> check(c, found));
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

    /**
     * The classes {@code load} imports, alone: a call is named by its owner, name and parameter types,
     * so the classes they refer to need not be read from the class path (many times faster).
     */
    private static JavaClasses importOwnClasses(java.util.function.Function<ClassFileImporter, JavaClasses> load) {
        ArchConfiguration config = ArchConfiguration.get();
        boolean resolve = config.resolveMissingDependenciesFromClassPath();
        config.setResolveMissingDependenciesFromClassPath(false);
        try {
            return load.apply(new ClassFileImporter());
        } finally {
            config.setResolveMissingDependenciesFromClassPath(resolve);
        }
    }

    /** Adds each forbidden call or method reference of {@code c} (not a clock class) to {@code found}. */
    private static void check(JavaClass c, Set<String> found) {
        String outer = c.getName().contains("$") ? c.getName().substring(0, c.getName().indexOf('$')) : c.getName();
        if (CLOCK_CLASSES.contains(outer)) {
            return;
        }
        List<JavaAccess<?>> accesses = new java.util.ArrayList<>();
        accesses.addAll(c.getMethodCallsFromSelf());
        accesses.addAll(c.getConstructorCallsFromSelf());
        accesses.addAll(c.getMethodReferencesFromSelf());
        for (JavaAccess<?> a : accesses) {
            String call = forbidden(a.getTarget());
            if (call != null) {
                found.add(c.getName() + "." + a.getOrigin().getName() + ": " + call);
            }
        }
    }

    /** The forbidden call's name, or null. */
    private static String forbidden(AccessTarget target) {
        String owner = target.getOwner().getName();
        String name = target.getName();
        List<String> params = target instanceof AccessTarget.CodeUnitAccessTarget t
                ? t.getRawParameterTypes().stream().map(JavaClass::getName).collect(Collectors.toList()) : List.of();
        boolean bad = switch (owner) {
            case "java.lang.System" -> name.equals("nanoTime") || name.equals("currentTimeMillis");
            case "java.time.Clock" -> name.startsWith("system");
            case "java.util.Date" -> name.equals("<init>") && params.isEmpty();
            case "java.lang.Thread", "java.util.concurrent.TimeUnit" -> name.equals("sleep");
            case "java.util.concurrent.locks.LockSupport" -> name.equals("parkNanos") || name.equals("parkUntil");
            default -> DATE_TIME_TYPES.contains(owner) && name.equals("now") && !params.contains("java.time.Clock");
        };
        if (!bad && name.equals("wait") && !params.isEmpty() && params.get(0).equals("long")) {
            return "java.lang.Object.wait(long)";
        }
        return bad ? owner + "." + name : null;
    }
}
