package org.disabilitystandards.validation.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;
import static org.quicktheories.generators.SourceDSL.strings;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CompactKeysTest {

    private static final long HASHED = 1L << 62;

    @Test
    void distinctIdNumbersOfTheStandardShapeHaveDistinctExactKeys() {
        qt().forAll(longs().between(0, 99_999_999_999_999_999L), longs().between(0, 99_999_999_999_999_999L),
                integers().between(0, 10), integers().between(0, 10)).checkAssert((a, b, checkA, checkB) -> {
                    String first = String.format("%017d", a) + (checkA == 10 ? "X" : String.valueOf(checkA));
                    String second = String.format("%017d", b) + (checkB == 10 ? "X" : String.valueOf(checkB));
                    long keyA = CompactKeys.idNumberKey(first);
                    assertThat(keyA).isNotNegative().isLessThan(HASHED);
                    assertThat(keyA == CompactKeys.idNumberKey(second)).isEqualTo(first.equals(second));
                });
    }

    @Test
    void otherIdTextsAreHashedApart() {
        assertThat(CompactKeys.idNumberKey("63010219850715001x") & HASHED).isEqualTo(HASHED);
        assertThat(CompactKeys.idNumberKey("630102850715001") & HASHED).isEqualTo(HASHED);
        assertThat(CompactKeys.idNumberKey("6301021985071500A1") & HASHED).isEqualTo(HASHED);
        assertThat(CompactKeys.idNumberKey("63010219850715001x"))
                .isNotEqualTo(CompactKeys.idNumberKey("63010219850715001X"));
    }

    @Test
    void shortRecordIdsHaveExactKeysAndLongOnesHashedKeys() {
        qt().forAll(strings().basicLatinAlphabet().ofLengthBetween(0, 10),
                strings().basicLatinAlphabet().ofLengthBetween(0, 10)).checkAssert((a, b) -> {
                    long keyA = CompactKeys.recordIdKey(a);
                    assertThat(keyA).isNotNegative();
                    assertThat(keyA == CompactKeys.recordIdKey(b)).isEqualTo(a.equals(b));
                });
        assertThat(CompactKeys.recordIdKey("ABCDEFGHIJ") & HASHED).isZero();
        assertThat(CompactKeys.recordIdKey("zzzzzzzzzz") & HASHED).isZero();
        assertThat(CompactKeys.recordIdKey("ABCDEFGHIJK") & HASHED).isZero();
        assertThat(CompactKeys.recordIdKey("abcdefghijk") & HASHED).isEqualTo(HASHED);
        assertThat(CompactKeys.recordIdKey("ABCDEFGHIJKL") & HASHED).isEqualTo(HASHED);
        assertThat(CompactKeys.recordIdKey("R 1") & HASHED).isEqualTo(HASHED);
    }

    @Test
    void elevenCharacterUpperCaseRecordIdsHaveExactKeysApartFromTheOthers() {
        qt().forAll(longs().between(0, 99_999_999L), longs().between(0, 99_999_999L)).checkAssert((a, b) -> {
            String first = String.format("QH-%08d", a);
            String second = String.format("QH-%08d", b);
            long key = CompactKeys.recordIdKey(first);
            assertThat(key & HASHED).isZero();
            assertThat(key == CompactKeys.recordIdKey(second)).isEqualTo(a.equals(b));
            assertThat(key).isNotEqualTo(CompactKeys.recordIdKey(String.format("Q%08d", a)));
        });
    }

    @Test
    void firstSeenTableAgreesWithAHashMap() {
        qt().forAll(integers().between(1, 20_000), longs().between(1, 1_000_000_000L)).checkAssert((count, seed) -> {
            FirstSeenTable table = new FirstSeenTable();
            Map<Long, Long> reference = new HashMap<>();
            java.util.Random random = new java.util.Random(seed);
            for (long line = 1; line <= count; line++) {
                long key = random.nextInt(count) * 7919L + (random.nextBoolean() ? 0 : Long.MAX_VALUE / 2);
                Long first = reference.putIfAbsent(key, line);
                assertThat(table.putIfAbsent(key, line)).isEqualTo(first == null ? FirstSeenTable.ABSENT : first);
            }
            assertThat(table.size()).isEqualTo(reference.size());
        });
    }
}
