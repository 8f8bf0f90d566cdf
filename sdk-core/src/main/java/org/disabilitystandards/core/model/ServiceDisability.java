package org.disabilitystandards.core.model;

import java.time.LocalDate;
import java.util.Optional;
import org.disabilitystandards.core.code.DisabilityCategory;
import org.disabilitystandards.core.code.DisabilityNature;
import org.disabilitystandards.core.code.MilitaryDisabilityGrade;
import org.disabilitystandards.core.id.Masking;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;

/**
 * A disabled serviceman certificate (残疾军人证) or disabled police certificate (伤残人民警察证): grade 1-10 and nature of the disability under 《军人抚恤优待条例》 and 《军人残疾等级评定标准》.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableServiceDisability.class)
@JsonDeserialize(as = ImmutableServiceDisability.class)
public abstract class ServiceDisability {

    /**
     * For the generated implementation {@code ImmutableServiceDisability} only; create instances with
     * {@link #builder()}.
     */
    public ServiceDisability() {
    }

    /**
     * Returns a builder.
     *
     * @return a new builder
     */
    public static ImmutableServiceDisability.Builder builder() {
        return ImmutableServiceDisability.builder();
    }

    /**
     * Returns the grade (1 most severe).
     *
     * @return the grade
     */
    public abstract MilitaryDisabilityGrade grade();

    /**
     * Returns the nature (因战, 因公, 因病).
     *
     * @return the nature
     */
    public abstract DisabilityNature nature();

    /**
     * Returns the certificate number (no national format exists). Personal data.
     *
     * @return the number, if recorded
     */
    public abstract Optional<String> certificateNumber();

    /**
     * Returns the date of issue.
     *
     * @return the date, if recorded
     */
    public abstract Optional<LocalDate> issuedOn();

    /**
     * Returns the national category the impairment falls in, if known.
     *
     * @return the category, if known
     */
    public abstract Optional<DisabilityCategory> impairedCategory();

    /**
     * Returns a description with the certificate number masked.
     *
     * @return the description
     */
    @Override
    public String toString() {
        return "ServiceDisability{grade=" + grade().number() + ", nature=" + nature()
                + certificateNumber().map(n -> ", certificateNumber=" + Masking.mask(n)).orElse("")
                + issuedOn().map(d -> ", issuedOn=" + d).orElse("")
                + impairedCategory().map(c -> ", impairedCategory=" + c).orElse("") + "}";
    }
}
