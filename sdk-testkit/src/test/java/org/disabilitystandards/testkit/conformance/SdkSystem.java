package org.disabilitystandards.testkit.conformance;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.disabilitystandards.core.id.IdentifierKind;
import org.disabilitystandards.core.catalogue.AssistiveProductCatalogue;
import org.disabilitystandards.core.json.PersonRecordReader;
import org.disabilitystandards.core.json.ReadProblem;
import org.disabilitystandards.core.json.RecordReadResult;
import org.disabilitystandards.validation.batch.BatchListener;
import org.disabilitystandards.validation.batch.ExchangeFileValidator;
import org.disabilitystandards.validation.batch.InputFormat;
import org.disabilitystandards.validation.rule.Profile;
import org.disabilitystandards.validation.rule.ProfileParameters;
import org.disabilitystandards.validation.rule.RecordValidator;
import org.disabilitystandards.validation.report.Issue;

/**
 * The SDK itself as a system under test: each line read with {@link PersonRecordReader} (read problems
 * through {@link RecordValidator#formatIssue}), each record validated with {@link RecordValidator}, record
 * ids and ID numbers seen twice reported with {@link RecordValidator#fileIssue}; CSV cases through the batch
 * validator.
 */
final class SdkSystem implements SystemUnderTest {

    private final PersonRecordReader reader = PersonRecordReader.standard();

    @Override
    public Set<String> reportedRuleIds(ConformanceCase testCase, String profileName) {
        Profile profile = Profile.byName(profileName);
        if (!testCase.parameters().isEmpty()) {
            profile = profile.toBuilder().parameters(p -> override(p, testCase.parameters())).build();
        }
        RecordValidator validator = testCase.catalogue().isEmpty() ? RecordValidator.forProfile(profile)
                : RecordValidator.forProfile(profile).withAssistiveProductCatalogue(AssistiveProductCatalogue.load(
                        new ByteArrayInputStream((String.join("\n", testCase.catalogue()) + "\n")
                                .getBytes(StandardCharsets.UTF_8))));
        if (testCase.format() == ConformanceCase.InputFormat.CSV) {
            return csv(validator, testCase);
        }
        Set<String> reported = new LinkedHashSet<>();
        Map<String, Integer> recordIds = new HashMap<>();
        Map<String, Integer> persons = new HashMap<>();
        int lineNumber = 0;
        for (String line : testCase.lines()) {
            lineNumber++;
            RecordReadResult result = reader.read(line);
            for (ReadProblem problem : result.problems()) {
                reported.add(validator.formatIssue(problem).ruleId());
            }
            reportRepeat(validator, "FORMAT.DUPLICATE_RECORD_ID", "recordId", recordIds,
                    result.recordId().orElse(null), lineNumber, reported);
            reportRepeat(validator, "FORMAT.DUPLICATE_PERSON", "idNumber", persons, result.idNumber().orElse(null),
                    lineNumber, reported);
            result.record().ifPresent(r -> reported.addAll(validator.validate(r, testCase.asOf()).ruleIds()));
        }
        return reported;
    }

    /** CSV cases go through the SDK's batch validator, the only reader of the CSV flavour. */
    private static Set<String> csv(RecordValidator validator, ConformanceCase testCase) {
        Set<String> reported = new LinkedHashSet<>();
        byte[] file = (String.join("\n", testCase.lines()) + "\n").getBytes(StandardCharsets.UTF_8);
        try {
            ExchangeFileValidator.builder(validator, testCase.asOf()).threads(1).build()
                    .validate(new ByteArrayInputStream(file), InputFormat.CSV, new BatchListener() {
                        @Override
                        public void onIssue(Issue issue) {
                            reported.add(issue.ruleId());
                        }
                    });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return reported;
    }

    private static void reportRepeat(RecordValidator validator, String ruleId, String path, Map<String, Integer> seen,
            String key, int lineNumber, Set<String> reported) {
        if (key == null) {
            return;
        }
        Integer first = seen.putIfAbsent(key, lineNumber);
        if (first != null) {
            Issue issue = validator.fileIssue(ruleId, path, first);
            reported.add(issue.ruleId());
        }
    }

    private static ProfileParameters.Builder override(ProfileParameters.Builder builder, Map<String, Object> values) {
        for (Map.Entry<String, Object> entry : values.entrySet()) {
            Object value = entry.getValue();
            switch (entry.getKey()) {
                case "acceptFifteenDigitIds":
                    builder.acceptFifteenDigitIds((Boolean) value);
                    break;
                case "careAllowanceGrade3IntellectualMental":
                    builder.careAllowanceGrade3IntellectualMental((Boolean) value);
                    break;
                case "regionPrefix":
                    builder.regionPrefix((String) value);
                    break;
                case "childAidMaxAge":
                    builder.childAidMaxAge((Integer) value);
                    break;
                case "childAidCertificateFromAge":
                    builder.childAidCertificateFromAge((Integer) value);
                    break;
                case "acceptedIdKinds":
                    Set<IdentifierKind> kinds = EnumSet.noneOf(IdentifierKind.class);
                    for (String kind : ((String) value).split(",")) {
                        kinds.add(IdentifierKind.valueOf(kind.strip()));
                    }
                    builder.acceptedIdKinds(kinds);
                    break;
                case "allowStatisticalRegionCodes":
                    builder.allowStatisticalRegionCodes((Boolean) value);
                    break;
                case "earliestBirthYear":
                    builder.earliestBirthYear((Integer) value);
                    break;
                case "addressCodeGraceYears":
                    builder.addressCodeGraceYears((Integer) value);
                    break;
                default:
                    throw new IllegalArgumentException("no override for parameter " + entry.getKey());
            }
        }
        return builder;
    }
}
