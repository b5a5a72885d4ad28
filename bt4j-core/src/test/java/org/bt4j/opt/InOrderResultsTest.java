package org.bt4j.opt;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@link InOrderResults}: rows leave in index order, each index once, however they arrive. */
class InOrderResultsTest {

    private static OptResult row(long i, String error) {
        return new OptResult(i, Map.of("n", i), error == null ? i : Double.NaN, 0.0, Map.of(), error);
    }

    @Test
    void outOfOrderAndRepeatedResultsLeaveInOrderOnce() {
        List<Long> written = new ArrayList<>();
        InOrderResults in = new InOrderResults(r -> written.add(r.index()));
        assertEquals(0, in.accept(row(2, null)));
        assertEquals(0, in.accept(row(1, "bad")));
        assertEquals(0, in.accept(row(2, null)), "a repeat waiting is dropped");
        assertEquals(3, in.accept(row(0, null)));
        assertEquals(0, in.accept(row(1, "bad")), "a repeat already written is dropped");
        assertEquals(1, in.accept(row(3, null)));
        assertEquals(List.of(0L, 1L, 2L, 3L), written);
        assertEquals(4, in.written());
        assertEquals(1, in.failed());
    }
}
