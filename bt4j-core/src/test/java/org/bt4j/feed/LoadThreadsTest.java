package org.bt4j.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicIntegerArray;
import org.junit.jupiter.api.Test;

class LoadThreadsTest {

    @Test
    void everyTaskRunsOnceWhateverTheThreads() {
        for (int threads : new int[] {1, 2, 3, 8}) {
            AtomicIntegerArray runs = new AtomicIntegerArray(100);
            LoadThreads.run(100, threads, runs::incrementAndGet);
            for (int i = 0; i < 100; i++) {
                assertEquals(1, runs.get(i), "task " + i + " with " + threads + " threads");
            }
        }
    }

    @Test
    void oneThreadOrOneTaskRunsOnTheCaller() {
        Set<Thread> seen = ConcurrentHashMap.newKeySet();
        LoadThreads.run(5, 1, i -> seen.add(Thread.currentThread()));
        LoadThreads.run(1, 4, i -> seen.add(Thread.currentThread()));
        assertEquals(Set.of(Thread.currentThread()), seen);
        LoadThreads.run(0, 4, i -> seen.add(null));
        assertEquals(1, seen.size(), "no task, nothing run");
    }

    @Test
    void theLowestFailingTasksExceptionReachesTheCallerAfterAllTasksRan() {
        AtomicIntegerArray runs = new AtomicIntegerArray(40);
        IllegalStateException seventh = new IllegalStateException("task 7");
        RuntimeException thrown = assertThrows(RuntimeException.class, () -> LoadThreads.run(40, 3, i -> {
            runs.incrementAndGet(i);
            if (i == 7) {
                throw seventh;
            }
            if (i == 31) {
                throw new IllegalArgumentException("task 31");
            }
        }));
        assertSame(seventh, thrown);
        for (int i = 0; i < 40; i++) {
            assertEquals(1, runs.get(i), "task " + i);
        }
        assertTrue(LoadThreads.available() >= 1);
    }
}
