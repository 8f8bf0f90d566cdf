package org.disabilitystandards.core.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import org.disabilitystandards.core.json.JsonLinesReader;
import org.disabilitystandards.core.json.PersonRecordReader;
import org.disabilitystandards.core.json.ReadLimits;
import org.disabilitystandards.core.json.RecordReadResult;

/**
 * Fuzz test of the JSON Lines reader (seed corpus under {@code JsonLinesFuzzTestInputs}; see
 * docs/fuzzing.md). Properties: nothing escapes but the documented {@link IOException} (which a byte
 * array never raises); every non-blank line yields exactly one entry, in file order; every entry has a
 * record or a problem; a line without a record always says why.
 */
class JsonLinesFuzzTest {

    private static final ReadLimits SMALL = new ReadLimits(2048, 8, 256, 16);

    @FuzzTest(maxDuration = "60s")
    void jsonLines(byte[] input) throws IOException {
        long expected = nonBlankLines(input);
        long entries = 0;
        long lastLine = 0;
        try (JsonLinesReader reader = new JsonLinesReader(new ByteArrayInputStream(input),
                PersonRecordReader.withLimits(SMALL))) {
            for (JsonLinesReader.Entry entry = reader.next(); entry != null; entry = reader.next()) {
                assertThat(entry.lineNumber()).isGreaterThan(lastLine);
                lastLine = entry.lineNumber();
                RecordReadResult result = entry.result();
                assertThat(result.record().isPresent() || !result.problems().isEmpty()).isTrue();
                entries++;
            }
        }
        assertThat(entries).isEqualTo(expected);
    }

    /**
     * Counts the lines (ended by LF, CRLF or a lone CR) holding something other than spaces, tabs and the
     * Unicode spaces U+00A0, U+3000, U+FEFF, skipping a leading UTF-8 BOM.
     */
    private static long nonBlankLines(byte[] input) {
        int start = input.length >= 3 && (input[0] & 0xFF) == 0xEF && (input[1] & 0xFF) == 0xBB
                && (input[2] & 0xFF) == 0xBF ? 3 : 0;
        String bytes = new String(input, start, input.length - start, java.nio.charset.StandardCharsets.ISO_8859_1);
        long count = 0;
        for (String line : bytes.split("[\r\n]", -1)) {
            String rest = line.replace("\u00c2\u00a0", "").replace("\u00e3\u0080\u0080", "")
                    .replace("\u00ef\u00bb\u00bf", "").replace(" ", "").replace("\t", "");
            count += rest.isEmpty() ? 0 : 1;
        }
        return count;
    }
}
