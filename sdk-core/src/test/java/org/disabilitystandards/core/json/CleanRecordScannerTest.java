package org.disabilitystandards.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.quicktheories.core.Gen;

/**
 * The fast path of the reader ({@link CleanRecordScanner}) against the careful, Jackson-driven pass: on
 * every line, valid, mutated byte by byte or hostile, {@link PersonRecordReader#read} must give exactly what
 * the careful pass gives (record, problems, raw identifiers); the fast path may only accept a line on which
 * the careful pass finds no problem and builds the same record, and it must accept the clean records.
 */
class CleanRecordScannerTest {

    private static final PersonRecordReader READER = PersonRecordReader.standard();
    private static final CleanRecordScanner SCANNER = new CleanRecordScanner(ReadLimits.defaults());

    /** Clean lines: every field of the format, the minimal record, spacing, escapes avoided. */
    private static final List<String> SEEDS = seeds();

    private static List<String> seeds() {
        try {
            String full = ExchangeJson.newObjectMapper().writeValueAsString(Fixtures.fullRecord());
            return List.of(full, Fixtures.minimal(""),
                    Fixtures.minimal(",\"sex\":\"FEMALE\",\"household\":{},\"needs\":[],\"benefits\":[]"),
                    " \t" + full.replace(":", " : ").replace(",", " ,\t") + "  ",
                    Fixtures.minimal(",\"certificate\":null,\"education\":{\"enrolled\":false}"),
                    Fixtures.minimal(",\"assessments\":[{\"category\":\"VISUAL\",\"assessedOn\":\"2020-02-29\","
                            + "\"grade\":1,\"measurements\":{\"bestCorrectedAcuity\":1.5E-2,"
                            + "\"visualFieldRadiusDegrees\":-0,\"averageLossDbHl\":0.0}}]"),
                    Fixtures.minimal(",\"benefits\":[{\"type\":\"CARE_ALLOWANCE\",\"from\":\"2019-04\","
                            + "\"amountFen\":999999999999999999}]"),
                    Fixtures.minimal(",\"name2\":1").replace("\"name2\":1", "\"householdId\":\"H-\u9ad8\ud83d\ude00\""));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void theFastPathAcceptsCleanRecordsAndBuildsWhatTheCarefulPassBuilds() {
        for (String seed : SEEDS) {
            byte[] bytes = seed.getBytes(StandardCharsets.UTF_8);
            RecordReadResult fast = SCANNER.read(bytes, 0, bytes.length);
            RecordReadResult careful = READER.readCarefully(bytes, 0, bytes.length);
            assertThat(careful.problems()).as(seed).isEmpty();
            assertThat(fast).as(seed).isNotNull();
            assertSame(fast, careful);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {
        // each is a clean record but for one thing the careful pass reports, or a form the fast path leaves to it
        ",\"sex\":\"female\"", ",\"sex\":\"UNKNOWN_SEX\"", ",\"sex\":1", ",\"name2\":\"x\"", ",\"regionCode\":\"630103\"",
        ",\"birthDate\":\"2001-02-29\"", ",\"birthDate\":\"2000-13-01\"", ",\"birthDate\":\"0000-01-01\"",
        ",\"birthDate\":\"2000-1-01\"", ",\"householdId\":\"\"", ",\"householdId\":\"a\\\"b\"",
        ",\"householdId\":\"a\\u0041\"", ",\"certificate\":{\"number\":\"1\"}", ",\"careLevel\":{\"level\":9}",
        ",\"careLevel\":{\"level\":01}", ",\"careLevel\":{\"level\":1.0}", ",\"careLevel\":{\"level\":1e0}",
        ",\"careLevel\":{\"level\":-1}", ",\"careLevel\":{\"level\":1}x", ",\"household\":{\"nearPoverty\":tru}",
        ",\"household\":{\"nearPoverty\":\"true\"}", ",\"household\":{\"nearPoverty\":truex}",
        ",\"needs\":[null]", ",\"needs\":[\"ASSISTIVE_DEVICE_FITTING\",]", ",\"needs\":[,]",
        ",\"benefits\":[{\"type\":\"CARE_ALLOWANCE\",\"from\":\"2019-04\",\"amountFen\":-1}]",
        ",\"benefits\":[{\"type\":\"CARE_ALLOWANCE\",\"from\":\"2019-4\"}]",
        ",\"benefits\":[{\"type\":\"CARE_ALLOWANCE\",\"from\":\"2019-04\",\"amountFen\":1.5}]",
        ",\"benefits\":[{\"type\":\"CARE_ALLOWANCE\",\"from\":\"2019-04\",\"amountFen\":12345678901234567890}]",
        ",\"assessments\":[{\"category\":\"VISUAL\",\"assessedOn\":\"2020-02-29\",\"measurements\":"
                + "{\"bestCorrectedAcuity\":1e999}}]",
        ",\"assessments\":[{\"category\":\"VISUAL\",\"assessedOn\":\"2020-02-29\",\"measurements\":"
                + "{\"bestCorrectedAcuity\":.5}}]",
        ",\"insurance\":{\"pension\":true,\"pension\":false}", ",\"insurance\":{\"pension\":true,}",
        ",\"insurance\":{\"pension\" true}", ",\"insurance\":{\"pension\":true}}", ",\"insurance\":[]",
        ",\"recordId\":\"R2\"", ",\"education\":{\"enrolled\":null}",
    })
    void nearMissesAreLeftToTheCarefulPassAndReadAlike(String extra) {
        String line = Fixtures.minimal(extra);
        byte[] bytes = line.getBytes(StandardCharsets.UTF_8);
        RecordReadResult fast = SCANNER.read(bytes, 0, bytes.length);
        RecordReadResult careful = READER.readCarefully(bytes, 0, bytes.length);
        if (fast != null) {
            assertSame(fast, careful);
        } else {
            assertSame(READER.read(bytes, 0, bytes.length), careful);
        }
        assertThat(fast == null || careful.problems().isEmpty()).as(line).isTrue();
    }

    @Test
    void badUtf8AndControlCharactersInStringsAreLeftToTheCarefulPass() {
        for (byte[] bad : List.of(new byte[] {(byte) 0xC0, (byte) 0xAF}, new byte[] {(byte) 0xED, (byte) 0xA0,
                (byte) 0x80}, new byte[] {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}, new byte[] {(byte) 0xE6},
                new byte[] {(byte) 0x80}, new byte[] {0x01}, new byte[] {(byte) 0xFF})) {
            byte[] line = Fixtures.minimal(",\"householdId\":\"H@\"").getBytes(StandardCharsets.UTF_8);
            int at = indexOf(line, (byte) '@');
            byte[] mutated = new byte[line.length - 1 + bad.length];
            System.arraycopy(line, 0, mutated, 0, at);
            System.arraycopy(bad, 0, mutated, at, bad.length);
            System.arraycopy(line, at + 1, mutated, at + bad.length, line.length - at - 1);
            assertThat(SCANNER.read(mutated, 0, mutated.length)).isNull();
            assertSame(READER.read(mutated, 0, mutated.length), READER.readCarefully(mutated, 0, mutated.length));
        }
    }

    @Test
    void tighterLimitsMakeTheFastPathGiveUpWhereTheCarefulPassWouldReport() {
        ReadLimits tight = new ReadLimits(ReadLimits.DEFAULT_MAX_LINE_BYTES, 3, 6, 1);
        PersonRecordReader reader = PersonRecordReader.withLimits(tight);
        for (String seed : SEEDS) {
            byte[] bytes = seed.getBytes(StandardCharsets.UTF_8);
            assertSame(reader.read(bytes, 0, bytes.length), reader.readCarefully(bytes, 0, bytes.length));
        }
    }

    /** One to four byte-level edits of a clean line: delete, insert, replace or repeat a byte. */
    private static Gen<byte[]> mutatedLines() {
        Gen<List<Integer>> edits = lists().of(integers().all()).ofSizeBetween(1, 4);
        return integers().between(0, SEEDS.size() - 1).zip(edits, (seed, draws) -> {
            List<Byte> line = new ArrayList<>();
            for (byte b : SEEDS.get(seed).getBytes(StandardCharsets.UTF_8)) {
                line.add(b);
            }
            for (int draw : draws) {
                int at = Math.floorMod(draw >> 8, line.size());
                byte value = INTERESTING[Math.floorMod(draw >> 4, INTERESTING.length)];
                switch (Math.floorMod(draw, 4)) {
                    case 0 -> line.remove(at);
                    case 1 -> line.add(at, value);
                    case 2 -> line.set(at, value);
                    default -> line.add(at, line.get(at));
                }
                if (line.isEmpty()) {
                    line.add((byte) '{');
                }
            }
            byte[] bytes = new byte[line.size()];
            for (int i = 0; i < bytes.length; i++) {
                bytes[i] = line.get(i);
            }
            return bytes;
        });
    }

    private static final byte[] INTERESTING = {'"', '{', '}', '[', ']', ',', ':', '0', '1', '9', '-', '.', 'e', 'E',
        '+', 'n', 't', 'f', 'a', 'Z', '_', ' ', '\t', '\\', 0, 0x1F, 0x7F, (byte) 0x80, (byte) 0xBF, (byte) 0xC0,
        (byte) 0xE4, (byte) 0xF0, (byte) 0xFF};

    @Test
    void onEveryMutatedLineTheReaderGivesWhatTheCarefulPassGives() {
        qt().withExamples(20_000).forAll(mutatedLines()).checkAssert(bytes -> {
            RecordReadResult fast = SCANNER.read(bytes, 0, bytes.length);
            RecordReadResult careful = READER.readCarefully(bytes, 0, bytes.length);
            if (fast != null) {
                assertThat(careful.problems()).isEmpty();
                assertSame(fast, careful);
            }
            assertSame(READER.read(bytes, 0, bytes.length), careful);
        });
    }

    private static void assertSame(RecordReadResult actual, RecordReadResult expected) {
        assertThat(actual.record()).isEqualTo(expected.record());
        assertThat(actual.problems()).isEqualTo(expected.problems());
        assertThat(actual.recordId()).isEqualTo(expected.recordId());
        assertThat(actual.idNumber()).isEqualTo(expected.idNumber());
    }

    private static int indexOf(byte[] bytes, byte b) {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == b) {
                return i;
            }
        }
        return -1;
    }
}
