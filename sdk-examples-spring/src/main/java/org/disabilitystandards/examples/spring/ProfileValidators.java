package org.disabilitystandards.examples.spring;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.disabilitystandards.spring.boot.DisabilityStandardsProperties;
import org.disabilitystandards.spring.boot.ExchangeFileValidators;
import org.disabilitystandards.validation.batch.ExchangeFileValidator;
import org.disabilitystandards.validation.rule.Profile;
import org.disabilitystandards.validation.rule.RecordValidator;
import org.springframework.stereotype.Component;

/**
 * The record validator of each profile a request may choose: the starter's (from
 * {@code disability-standards.profile}) and every other bundled profile, and their file validators with the
 * starter's {@code disability-standards.files.*} settings. Built once; thread-safe.
 */
@Component
final class ProfileValidators {

    private final RecordValidator defaultValidator;
    private final Map<String, RecordValidator> byName;
    private final Clock clock;
    private final DisabilityStandardsProperties.Files files;

    ProfileValidators(RecordValidator defaultValidator, Clock clock, DisabilityStandardsProperties properties) {
        this.defaultValidator = defaultValidator;
        this.clock = clock;
        this.files = properties.getFiles();
        Map<String, RecordValidator> map = new LinkedHashMap<>();
        map.put(defaultValidator.profile().name(), defaultValidator);
        for (String name : Profile.names()) {
            map.putIfAbsent(name, RecordValidator.forProfile(Profile.byName(name)));
        }
        this.byName = Map.copyOf(map);
    }

    /** Returns the validator of a profile name, the default one for a blank name. */
    RecordValidator validator(String profile) {
        if (profile == null || profile.isBlank()) {
            return defaultValidator;
        }
        RecordValidator validator = byName.get(profile.strip());
        if (validator == null) {
            throw new BadRequestException("unknown profile (known: " + String.join(", ", names()) + ")");
        }
        return validator;
    }

    /** Returns the file validator of a profile as of a date (today by the application clock if null). */
    ExchangeFileValidator fileValidator(String profile, LocalDate asOf) {
        return new ExchangeFileValidators(validator(profile), clock, files.getThreads(), files.getSpillDirectory())
                .asOf(asOf(asOf));
    }

    /** Returns the as-of date, today by the application's clock when none is given. */
    LocalDate asOf(LocalDate asOf) {
        return asOf != null ? asOf : LocalDate.now(clock);
    }

    /** Returns the profile names, the default first. */
    List<String> names() {
        return byName.keySet().stream().sorted((a, b) -> a.equals(defaultValidator.profile().name()) ? -1
                : b.equals(defaultValidator.profile().name()) ? 1 : a.compareTo(b)).toList();
    }
}
