package org.bt4j.gateway.market;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.bt4j.BadInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UniverseFileTest {

    @Test
    void readsSectionsWithTypeDefaults() throws Exception {
        Path f = Path.of(getClass().getResource("/gateway/instruments.ini").toURI());
        var list = UniverseFile.read(f, LocalDate.of(2024, 1, 5));
        assertEquals(2, list.size());
        Instrument tsla = list.get(0);
        assertEquals(76792991, tsla.conId());
        assertEquals("NASDAQ", tsla.primaryExchange());
        assertEquals("Consumer, Cyclical", tsla.industry());
        Instrument nq = list.get(1);
        assertEquals("20240315", nq.expiry());
        assertEquals("CME", nq.exchange());
        assertEquals(20.0, nq.multiplierValue());
        var u = InstrumentUniverse.defaults(LocalDate.of(2024, 1, 5)).with(list);
        assertEquals(tsla, u.resolve(ContractQuery.of("TSLA", "STK")));
    }

    @Test
    void errorsNameFileAndLine(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("bad.ini");
        Files.writeString(f, "[X]\nsecType = STK\nprice = abc\n");
        var e = assertThrows(BadInputException.class, () -> UniverseFile.read(f, LocalDate.of(2024, 1, 5)));
        assertTrue(e.getMessage().startsWith(f + ":3: bad price 'abc'"), e.getMessage());
        Files.writeString(f, "[X]\ncolour = red\n");
        e = assertThrows(BadInputException.class, () -> UniverseFile.read(f, LocalDate.of(2024, 1, 5)));
        assertTrue(e.getMessage().contains(":2: bad colour"), e.getMessage());
    }
}
