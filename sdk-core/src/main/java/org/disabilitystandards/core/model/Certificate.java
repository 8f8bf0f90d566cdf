package org.disabilitystandards.core.model;

import java.time.LocalDate;
import java.util.Optional;
import org.disabilitystandards.core.code.DisabilityCategory;
import org.disabilitystandards.core.code.DisabilityGrade;
import org.disabilitystandards.core.id.Masking;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;

/**
 * The disability certificate (残疾人证) a person holds, as recorded in the exchange format. The number is kept as text so that a malformed one can still be reported; see {@link org.disabilitystandards.core.id.DisabilityCertificateNumber} for the parsed form.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableCertificate.class)
@JsonDeserialize(as = ImmutableCertificate.class)
public abstract class Certificate {

    /**
     * For the generated implementation {@code ImmutableCertificate} only; create instances with
     * {@link #builder()}.
     */
    public Certificate() {
    }

    /**
     * Returns a builder.
     *
     * @return a new builder
     */
    public static ImmutableCertificate.Builder builder() {
        return ImmutableCertificate.builder();
    }

    /**
     * Returns the certificate number as exchanged (20-22 characters when well-formed). Personal data.
     *
     * @return the number
     */
    public abstract String number();

    /**
     * Returns the category recorded on the certificate.
     *
     * @return the category
     */
    public abstract DisabilityCategory category();

    /**
     * Returns the grade recorded on the certificate.
     *
     * @return the grade
     */
    public abstract DisabilityGrade grade();

    /**
     * Returns the date of issue.
     *
     * @return the issue date
     */
    public abstract LocalDate issuedOn();

    /**
     * Returns the end of validity (certificates are valid for 10 years, 《残疾人证管理办法》 art. 19).
     *
     * @return the last valid date, if recorded
     */
    public abstract Optional<LocalDate> validUntil();

    /**
     * Returns a description with the number masked.
     *
     * @return the description
     */
    @Override
    public String toString() {
        return "Certificate{number=" + Masking.mask(number()) + ", category=" + category() + ", grade="
                + grade().number() + ", issuedOn=" + issuedOn() + validUntil().map(d -> ", validUntil=" + d).orElse("")
                + "}";
    }
}
