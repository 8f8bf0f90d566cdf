package org.disabilitystandards.validation.internal.constraints;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Locale;
import org.disabilitystandards.core.internal.Codes;
import org.disabilitystandards.core.code.DisabilityCategory;
import org.disabilitystandards.core.code.DisabilityGrade;
import org.disabilitystandards.validation.constraints.ConsistentCertificate;

/**
 * Checks {@link ConsistentCertificate} (registered in {@code META-INF/services}): compares positions 1-18, 19 and 20 of the certificate number with
 * the ID number, category and grade properties. A property that cannot be read is a misconfiguration and
 * fails with an {@link IllegalArgumentException} naming the property (Bean Validation wraps it in a
 * {@code ValidationException}).
 */
public final class ConsistentCertificateValidator implements ConstraintValidator<ConsistentCertificate, Object> {

    private static final String KEY = "org.disabilitystandards.validation.constraints.ConsistentCertificate.";
    private static final int ID_LENGTH = 18;
    private static final int MIN_LENGTH = 20;
    private static final int NO_DIGIT = -1;

    private ConsistentCertificate annotation;

    /** Creates the validator (Bean Validation instantiates it). */
    public ConsistentCertificateValidator() {
        // state is set by initialize
    }

    @Override
    public void initialize(ConsistentCertificate constraint) {
        this.annotation = constraint;
    }

    @Override
    public boolean isValid(Object bean, ConstraintValidatorContext context) {
        if (bean == null) {
            return true;
        }
        Object numberValue = read(bean, annotation.certificateNumber());
        if (!(numberValue instanceof CharSequence) || ((CharSequence) numberValue).length() < MIN_LENGTH) {
            return true;
        }
        CharSequence number = (CharSequence) numberValue;
        Object id = annotation.idNumber().isEmpty() ? null : read(bean, annotation.idNumber());
        if (id instanceof CharSequence && !sameId(number, (CharSequence) id)) {
            return violation(context, "ID_MISMATCH");
        }
        Object category = annotation.category().isEmpty() ? null : read(bean, annotation.category());
        int categoryDigit = category == null ? NO_DIGIT : categoryDigit(category);
        if (category != null && categoryDigit != number.charAt(ID_LENGTH) - '0') {
            return violation(context, "CATEGORY_MISMATCH");
        }
        Object grade = annotation.grade().isEmpty() ? null : read(bean, annotation.grade());
        int gradeDigit = grade == null ? NO_DIGIT : gradeDigit(grade);
        if (grade != null && gradeDigit != number.charAt(ID_LENGTH + 1) - '0') {
            return violation(context, "GRADE_MISMATCH");
        }
        return true;
    }

    private boolean violation(ConstraintValidatorContext context, String reason) {
        Violations.replace(context, "{" + KEY + reason + "}", annotation.certificateNumber());
        return false;
    }

    private static boolean sameId(CharSequence number, CharSequence id) {
        if (id.length() != ID_LENGTH) {
            return false;
        }
        for (int i = 0; i < ID_LENGTH; i++) {
            if (number.charAt(i) != id.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private static int categoryDigit(Object value) {
        if (value instanceof DisabilityCategory) {
            return ((DisabilityCategory) value).digit();
        }
        if (value instanceof Number) {
            return ((Number) value).intValue();
        }
        String text = value.toString();
        if (text.length() == 1) {
            return text.charAt(0) - '0';
        }
        return Codes.findByName(DisabilityCategory.values(), text).map(DisabilityCategory::digit).orElse(NO_DIGIT);
    }

    private static int gradeDigit(Object value) {
        if (value instanceof DisabilityGrade) {
            return ((DisabilityGrade) value).number();
        }
        if (value instanceof Number) {
            return ((Number) value).intValue();
        }
        String text = value.toString();
        if (text.length() == 1) {
            return text.charAt(0) - '0';
        }
        for (DisabilityGrade grade : DisabilityGrade.values()) {
            if (grade.name().equals(text)) {
                return grade.number();
            }
        }
        return NO_DIGIT;
    }

    /** Reads a property through {@code getX()}, {@code isX()}, {@code x()} or a field named {@code x}. */
    private static Object read(Object bean, String property) {
        Class<?> type = bean.getClass();
        String capitalised = property.substring(0, 1).toUpperCase(Locale.ROOT) + property.substring(1);
        for (String name : new String[] {"get" + capitalised, "is" + capitalised, property}) {
            try {
                Method method = type.getMethod(name);
                return method.invoke(bean);
            } catch (NoSuchMethodException e) {
                continue;
            } catch (IllegalAccessException | InvocationTargetException e) {
                throw new IllegalArgumentException("cannot read property " + property + " of " + type.getName(), e);
            }
        }
        for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            try {
                Field field = c.getDeclaredField(property);
                field.setAccessible(true);
                return field.get(bean);
            } catch (NoSuchFieldException e) {
                continue;
            } catch (IllegalAccessException | RuntimeException e) {
                throw new IllegalArgumentException("cannot read property " + property + " of " + type.getName(), e);
            }
        }
        throw new IllegalArgumentException("no property " + property + " on " + type.getName());
    }
}
