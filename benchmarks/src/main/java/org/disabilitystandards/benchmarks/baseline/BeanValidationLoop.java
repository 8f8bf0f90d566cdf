package org.disabilitystandards.benchmarks.baseline;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

/**
 * The integrator's baseline of docs/performance.md: read a JSON Lines exchange file line by line, bind
 * each line to {@link PersonBean} with Jackson databind and validate it with Hibernate Validator, on one
 * thread. Prints one JSON line: records, valid, invalid, malformed, violations, elapsedMillis.
 */
public final class BeanValidationLoop {

    private BeanValidationLoop() {
    }

    /**
     * Runs the loop over one file.
     *
     * @param args the path of a JSON Lines file
     * @throws IOException if the file cannot be read
     */
    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: BeanValidationLoop FILE.jsonl");
            return;
        }
        long start = System.nanoTime();
        ObjectMapper mapper = new ObjectMapper()
                .registerModule(new JavaTimeModule())
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        long records = 0;
        long valid = 0;
        long malformed = 0;
        long violations = 0;
        try (ValidatorFactory factory = Validation.buildDefaultValidatorFactory();
                BufferedReader reader = Files.newBufferedReader(Path.of(args[0]), StandardCharsets.UTF_8)) {
            Validator validator = factory.getValidator();
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                records++;
                try {
                    PersonBean bean = mapper.readValue(line, PersonBean.class);
                    Set<ConstraintViolation<PersonBean>> found = validator.validate(bean);
                    if (found.isEmpty()) {
                        valid++;
                    }
                    violations += found.size();
                } catch (JsonProcessingException e) {
                    malformed++;
                }
            }
        }
        long elapsedMillis = (System.nanoTime() - start) / 1_000_000;
        System.out.println("{\"program\":\"databind+bean-validation\",\"records\":" + records + ",\"valid\":" + valid
                + ",\"invalid\":" + (records - valid) + ",\"malformed\":" + malformed + ",\"violations\":" + violations
                + ",\"elapsedMillis\":" + elapsedMillis + "}");
    }
}
