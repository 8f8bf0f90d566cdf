package org.disabilitystandards.core.model;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.disabilitystandards.core.code.AdaptiveBehavior;
import org.disabilitystandards.core.code.PhysicalFinding;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;

/**
 * Measurements behind an assessment (GB/T 26341-2010 clause 5). Which keys belong to which category: visual {@code bestCorrectedAcuity}, {@code visualFieldRadiusDegrees}; hearing {@code averageLossDbHl}; speech {@code intelligibilityPercent}; intellectual {@code developmentalQuotient}, {@code iq}, {@code adaptiveBehavior}, {@code whodasScore}; mental {@code whodasScore}, {@code adaptiveBehavior}; physical {@code findings}. Absent means not measured.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableMeasurements.class)
@JsonDeserialize(as = ImmutableMeasurements.class)
public abstract class Measurements {

    /**
     * For the generated implementation {@code ImmutableMeasurements} only; create instances with
     * {@link #builder()}.
     */
    public Measurements() {
    }

    /**
     * Returns a builder.
     *
     * @return a new builder
     */
    public static ImmutableMeasurements.Builder builder() {
        return ImmutableMeasurements.builder();
    }

    /**
     * Returns the best-corrected visual acuity of the better eye, decimal notation (0 = no light perception).
     *
     * @return the acuity, if measured
     */
    public abstract OptionalDouble bestCorrectedAcuity();

    /**
     * Returns the visual-field radius around fixation, in degrees.
     *
     * @return the radius, if measured
     */
    public abstract OptionalDouble visualFieldRadiusDegrees();

    /**
     * Returns the average hearing loss of the better ear, unaided, in dB HL.
     *
     * @return the loss, if measured
     */
    public abstract OptionalDouble averageLossDbHl();

    /**
     * Returns the speech intelligibility (语音清晰度) in percent.
     *
     * @return the intelligibility, if measured
     */
    public abstract OptionalDouble intelligibilityPercent();

    /**
     * Returns the developmental quotient (发展商, ages 0-6).
     *
     * @return the DQ, if measured
     */
    public abstract OptionalInt developmentalQuotient();

    /**
     * Returns the intelligence quotient (智商, age 7 and over).
     *
     * @return the IQ, if measured
     */
    public abstract OptionalInt iq();

    /**
     * Returns the level of adaptive behaviour impairment (适应行为).
     *
     * @return the level, if assessed
     */
    public abstract Optional<AdaptiveBehavior> adaptiveBehavior();

    /**
     * Returns the WHO-DAS II simple score (36-180).
     *
     * @return the score, if assessed
     */
    public abstract OptionalInt whodasScore();

    /**
     * Returns the physical findings of clause 5.5.
     *
     * @return the findings, possibly empty
     */
    public abstract List<PhysicalFinding> findings();

    /**
     * Returns whether no measurement at all is present.
     *
     * @return true if empty
     */
    @JsonIgnore
    public boolean isEmpty() {
        return bestCorrectedAcuity().isEmpty() && visualFieldRadiusDegrees().isEmpty() && averageLossDbHl().isEmpty()
                && intelligibilityPercent().isEmpty() && developmentalQuotient().isEmpty() && iq().isEmpty()
                && adaptiveBehavior().isEmpty() && whodasScore().isEmpty() && findings().isEmpty();
    }
}
