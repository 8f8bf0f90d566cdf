package org.disabilitystandards.validation.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.disabilitystandards.core.json.FormatReason;
import org.disabilitystandards.core.json.ReadProblem;
import org.disabilitystandards.validation.report.Issue;
import org.disabilitystandards.validation.report.MessageRenderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every {@link FormatReason} has a template in both bundles whose placeholders are exactly the reason's
 * arguments; the Chinese rendering holds no English word; and the JSON Lines and CSV readers word the same
 * fault the same way, in both languages.
 */
class FormatMessagesTest {

    private static final MessageRenderer RENDERER = MessageRenderer.standard();
    /** Tokens a Chinese message may hold: format names, JSON literals, patterns and code-system ids. */
    private static final Pattern ALLOWED_LATIN = Pattern.compile(
            "JSON|CSV|UTF-8|null|true|false|yyyy(-MM(-dd)?|/M/d|\\.M\\.d|MMdd)?|E|A-Z|a-z|Excel|[a-z0-9]+(-[a-z0-9]+)+|M|d");
    private static final Pattern LATIN_WORD = Pattern.compile("[A-Za-z][A-Za-z0-9_.-]*");

    private static Issue issue(FormatReason reason) {
        Object[] arguments = new Object[reason.argumentNames().size()];
        for (int i = 0; i < arguments.length; i++) {
            arguments[i] = argument(reason.argumentNames().get(i));
        }
        return TestRecords.NATIONAL.formatIssue(new ReadProblem(ReadProblem.Kind.WRONG_TYPE, "sex", reason, arguments));
    }

    /** A realistic argument: the code system and edition of {@code residence}, an encoding, or a number. */
    private static Object argument(String name) {
        switch (name) {
            case "codeSystem":
                return "residence";
            case "edition":
                return "exchange format 1";
            case "encoding":
                return "UTF-16LE";
            default:
                return 7;
        }
    }

    @ParameterizedTest
    @EnumSource(FormatReason.class)
    void everyReasonIsWordedInBothLanguagesWithItsArguments(FormatReason reason) {
        for (Locale locale : List.of(Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE)) {
            String message = RENDERER.render(issue(reason), locale);
            assertThat(message).as("%s %s", reason, locale).doesNotContain("{", "}", reason.name());
            if (!reason.argumentNames().isEmpty()) {
                assertThat(message).contains(String.valueOf(argument(reason.argumentNames().get(0))));
            }
        }
    }

    @ParameterizedTest
    @EnumSource(FormatReason.class)
    void chineseMessagesHoldNoEnglishWord(FormatReason reason) {
        // identifiers passed as arguments (the code system's id, the encoding) are names, not English
        String message = RENDERER.render(issue(reason), Locale.SIMPLIFIED_CHINESE).replace("residence", "")
                .replace("UTF-16LE", "");
        List<String> english = new ArrayList<>();
        Matcher words = LATIN_WORD.matcher(message);
        while (words.find()) {
            if (!ALLOWED_LATIN.matcher(words.group()).matches()) {
                english.add(words.group());
            }
        }
        assertThat(english).as(message).isEmpty();
    }

    @Test
    void theJsonAndCsvReadersWordTheSameFaultTheSameWay() throws IOException {
        String id = TestRecords.idNumber(1);
        String json = "{\"recordId\":\"R-1\",\"idNumber\":\"" + id + "\",\"name\":\"x\",\"regionCode\":\"630102\","
                + "\"birthDate\":\"1990-13-01\",\"sex\":\"M\",\"certificate\":{\"number\":\"" + id + "11\","
                + "\"category\":\"VISUAL\",\"grade\":9,\"issuedOn\":\"2020-01-01\"}}\n";
        String csv = "recordId,idNumber,name,regionCode,birthDate,sex,certificateNumber,certificateCategory,"
                + "certificateGrade,certificateIssuedOn\nR-1," + id + ",x,630102,1990-13-01,M," + id + "11,VISUAL,9,"
                + "2020-01-01\n";
        for (Locale locale : List.of(Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE)) {
            assertThat(formatMessages(TestRecords.run(json.getBytes(StandardCharsets.UTF_8), InputFormat.JSON_LINES, 1, 4),
                    locale)).hasSize(3).isEqualTo(formatMessages(TestRecords.run(csv.getBytes(StandardCharsets.UTF_8),
                            InputFormat.CSV, 1, 4), locale));
        }
    }

    private static List<String> formatMessages(TestRecords.Outcome outcome, Locale locale) {
        List<String> messages = new ArrayList<>();
        for (Issue issue : outcome.issues()) {
            if (issue.ruleId().startsWith("FORMAT.") || issue.ruleId().startsWith("SERVICE_GRADE.")) {
                messages.add(issue.path() + ": " + RENDERER.render(issue, locale));
            }
        }
        messages.sort(null);
        return messages;
    }
}
