package org.disabilitystandards.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RecordIdFormatTest {

    @Test
    void lengthEdgesOnBothSides() {
        assertThat(RecordIdFormat.isWellFormed("")).isFalse();
        assertThat(RecordIdFormat.isWellFormed("R")).isTrue();
        assertThat(RecordIdFormat.isWellFormed("R".repeat(64))).isTrue();
        assertThat(RecordIdFormat.isWellFormed("R".repeat(65))).isFalse();
    }

    @Test
    void onlyTheFormatsCharacters() {
        assertThat(RecordIdFormat.isWellFormed("QH-2025_0001.a")).isTrue();
        assertThat(RecordIdFormat.isWellFormed("QH 0001")).isFalse();
        assertThat(RecordIdFormat.isWellFormed("张三")).isFalse();
        assertThat(RecordIdFormat.isWellFormed("=HYPERLINK(1)")).isFalse();
        assertThat(RecordIdFormat.isWellFormed("R\u001b[31m")).isFalse();
        assertThat(RecordIdFormat.hasOnlyAllowedCharacters("R".repeat(65))).isTrue();
        assertThat(RecordIdFormat.hasOnlyAllowedCharacters("R/1")).isFalse();
    }
}
