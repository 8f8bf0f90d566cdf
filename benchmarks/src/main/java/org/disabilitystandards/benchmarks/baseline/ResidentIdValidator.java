package org.disabilitystandards.benchmarks.baseline;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.regex.Pattern;

/**
 * The usual hand-written check of {@link ResidentId}: a pattern for the shape, then the GB 11643-1999
 * check character (weights 2^(17-i) mod 11, check = (12 - sum mod 11) mod 11, 10 written as X).
 */
public final class ResidentIdValidator implements ConstraintValidator<ResidentId, String> {

    private static final Pattern SHAPE = Pattern.compile("\\d{17}[\\dX]");
    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final char[] CHECK = {'1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'};

    /** Creates the validator (Hibernate Validator instantiates it reflectively). */
    public ResidentIdValidator() {
        // no state
    }

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        if (value == null) {
            return true;
        }
        if (!SHAPE.matcher(value).matches()) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (value.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK[sum % 11] == value.charAt(17);
    }
}
