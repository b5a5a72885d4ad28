package org.bt4j.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.map.IMap;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.bt4j.BadInputException;
import org.bt4j.opt.Optimizer;
import org.bt4j.opt.ParamGrid;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@link MemberJobs} on one member in this JVM: a sweep's files are fetched and planned once and
 * reused by its later chunks; the data's copy is deleted once planned; only the last
 * {@value MemberJobs#KEPT} sweeps are kept, an older one's folder deleted, and every folder on
 * close; a planner's refusal names the file as the sweep's machine named it.
 */
class MemberJobsTest {

    private static SweepMember member;
    private static HazelcastInstance hz;

    @BeforeAll
    static void start() {
        member = SweepMember.start("127.0.0.1", 0, List.of(), 1, (a, f) -> null, line -> { });
        hz = member.instance();
    }

    @AfterAll
    static void stop() {
        member.close();
    }

    private static SweepJob job(String id, String content) {
        IMap<String, byte[]> map = hz.getMap(SweepJob.FILES_MAP);
        SweepJob job = new SweepJob(id, List.of("fast=1"), List.of("/home/me/data/" + id + ".csv"));
        map.set(job.fileKey(0), content.getBytes(StandardCharsets.UTF_8));
        return job;
    }

    @Test
    void plansOncePerSweepAndKeepsTheLastTwo() {
        List<Path> seen = new ArrayList<>();
        List<String> log = new ArrayList<>();
        MemberJobs jobs = new MemberJobs((args, files) -> {
            seen.add(files.get(0));
            return new Optimizer().grid(ParamGrid.parse(args));
        }, log::add);
        SweepJob a = job("a", "one");
        Optimizer first = jobs.optimizer(a, hz);
        assertSame(first, jobs.optimizer(a, hz), "planned once");
        assertEquals(List.of("sweep a: 1 file(s), 3 bytes received"), log);
        assertTrue(seen.get(0).getFileName().toString().endsWith("a.csv"), seen.toString());
        assertFalse(Files.exists(seen.get(0)), "the data's copy goes once the data is preloaded");
        Path folderA = seen.get(0).getParent();
        jobs.optimizer(job("b", "two"), hz);
        assertTrue(Files.exists(folderA));
        jobs.optimizer(job("c", "three"), hz);
        assertFalse(Files.exists(folderA), "the oldest sweep's folder is deleted");
        assertEquals(3, log.size());
        jobs.close();
        assertFalse(Files.exists(seen.get(2).getParent()), "every folder goes when the member leaves");
    }

    @Test
    void aRefusalNamesTheFileAsGiven() {
        MemberJobs jobs = new MemberJobs((args, files) -> {
            throw new BadInputException(files.get(0) + ":2: high 9.0 is below the open 10.0");
        }, line -> { });
        BadInputException e = assertThrows(BadInputException.class, () -> jobs.optimizer(job("d", "x"), hz));
        assertEquals("/home/me/data/d.csv:2: high 9.0 is below the open 10.0", e.getMessage());
    }
}
