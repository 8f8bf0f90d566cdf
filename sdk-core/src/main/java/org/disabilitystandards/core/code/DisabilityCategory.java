package org.disabilitystandards.core.code;

import java.util.Optional;
import org.disabilitystandards.core.internal.Codes;

/**
 * Disability categories (残疾类别) of GB/T 26341-2010, clause 4, with the digit the second-generation
 * disability certificate number carries in position 19.
 */
public enum DisabilityCategory implements CodedConcept {
    /** 视力残疾, certificate digit 1. */
    VISUAL(1, "视力残疾", "Visual disability"),
    /** 听力残疾, certificate digit 2. */
    HEARING(2, "听力残疾", "Hearing disability"),
    /** 言语残疾, certificate digit 3. */
    SPEECH(3, "言语残疾", "Speech disability"),
    /** 肢体残疾, certificate digit 4. */
    PHYSICAL(4, "肢体残疾", "Physical disability"),
    /** 智力残疾, certificate digit 5. */
    INTELLECTUAL(5, "智力残疾", "Intellectual disability"),
    /** 精神残疾, certificate digit 6. */
    MENTAL(6, "精神残疾", "Mental disability"),
    /** 多重残疾 (two or more categories), certificate digit 7. */
    MULTIPLE(7, "多重残疾", "Multiple disabilities");

    /** The code system: GB/T 26341-2010 categories as coded in the certificate number. */
    public static final CodeSystem SYSTEM = new CodeSystem("gbt26341-category",
            "Disability categories (残疾类别)", "GB/T 26341-2010", "GB/T 26341-2010 clause 4; 残疾人证 number digit 19");

    private static final DisabilityCategory[] VALUES = values();

    private final int digit;
    private final String nameZh;
    private final String nameEn;

    DisabilityCategory(int digit, String nameZh, String nameEn) {
        this.digit = digit;
        this.nameZh = nameZh;
        this.nameEn = nameEn;
    }

    /**
     * Returns the certificate digit (1-7).
     *
     * @return the digit
     */
    public int digit() {
        return digit;
    }

    /**
     * Returns whether this is one of the six single categories (everything but {@link #MULTIPLE}).
     *
     * @return true for a single category
     */
    public boolean isSingle() {
        return this != MULTIPLE;
    }

    @Override
    public String code() {
        return Integer.toString(digit);
    }

    @Override
    public String nameZh() {
        return nameZh;
    }

    @Override
    public String nameEn() {
        return nameEn;
    }

    @Override
    public CodeSystem codeSystem() {
        return SYSTEM;
    }

    /**
     * Returns the category with a certificate digit.
     *
     * @param digit 1-7
     * @return the category
     * @throws UnknownCodeException for any other digit
     */
    public static DisabilityCategory fromDigit(int digit) {
        return Codes.byNumber(VALUES, 1, digit);
    }

    /**
     * Finds the category with a certificate digit, without throwing.
     *
     * @param digit the digit
     * @return the category, or empty for a digit outside 1-7
     */
    public static Optional<DisabilityCategory> findByDigit(int digit) {
        return digit >= 1 && digit <= VALUES.length ? Optional.of(VALUES[digit - 1]) : Optional.empty();
    }

    /**
     * Returns the category with an enum name, Chinese or English name.
     *
     * @param name for example {@code HEARING} or {@code 听力残疾}
     * @return the category
     * @throws UnknownCodeException if no category has the name
     */
    public static DisabilityCategory fromName(String name) {
        return Codes.getByName(VALUES, name);
    }
}
