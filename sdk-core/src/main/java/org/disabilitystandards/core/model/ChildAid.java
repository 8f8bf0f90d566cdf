package org.disabilitystandards.core.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.Optional;
import org.disabilitystandards.core.code.ChildAidProof;
import org.disabilitystandards.core.code.ChildAidTargetGroup;
import org.immutables.value.Value;

/**
 * The application behind a children's rehabilitation aid service (exchange format 1.1; 国发〔2018〕20号: the
 * guardian applies to the county 残联 of the child's household registration or residence permit).
 */
@Value.Immutable
@JsonSerialize(as = ImmutableChildAid.class)
@JsonDeserialize(as = ImmutableChildAid.class)
public abstract class ChildAid {

    /**
     * For the generated implementation {@code ImmutableChildAid} only; create instances with
     * {@link #builder()}.
     */
    public ChildAid() {
    }

    /**
     * Returns a builder.
     *
     * @return a new builder
     */
    public static ImmutableChildAid.Builder builder() {
        return ImmutableChildAid.builder();
    }

    /**
     * Returns the target group (autism included).
     *
     * @return the group
     */
    public abstract ChildAidTargetGroup targetGroup();

    /**
     * Returns the application date, at which the child's age is judged.
     *
     * @return the date
     */
    public abstract LocalDate applicationDate();

    /**
     * Returns the proof of disability.
     *
     * @return the proof, if recorded
     */
    public abstract Optional<ChildAidProof> proof();

    /**
     * Returns the GB/T 2260 code of the place of household registration or residence permit, as exchanged.
     *
     * @return the region code, if recorded (else the record's {@code regionCode} is used)
     */
    public abstract Optional<String> registrationRegionCode();
}
