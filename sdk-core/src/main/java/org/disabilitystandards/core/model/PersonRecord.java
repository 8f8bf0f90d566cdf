package org.disabilitystandards.core.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.disabilitystandards.core.code.Residence;
import org.disabilitystandards.core.code.ServiceType;
import org.disabilitystandards.core.code.Sex;
import org.disabilitystandards.core.id.Masking;
import org.immutables.value.Value;

/**
 * One person record of the exchange format, version 1: identity, residence, the disability certificate
 * and its assessments, military, police, work-injury and care grades, household means-test status,
 * benefits, insurance, needs, services, education and employment.
 *
 * <p>The ID number and region code are kept as exchanged, so that invalid ones can be reported by the
 * validator. {@link #toString()} masks the ID number and never shows the name.
 */
@Value.Immutable
@JsonSerialize(as = ImmutablePersonRecord.class)
@JsonDeserialize(as = ImmutablePersonRecord.class)
public abstract class PersonRecord {

    /**
     * For the generated implementation {@code ImmutablePersonRecord} only; create instances with
     * {@link #builder()}.
     */
    public PersonRecord() {
    }

    /**
     * Returns a builder.
     *
     * @return a new builder
     */
    public static ImmutablePersonRecord.Builder builder() {
        return ImmutablePersonRecord.builder();
    }

    /**
     * Returns the record id, unique within one file.
     *
     * @return the record id
     */
    public abstract String recordId();

    /**
     * Returns the resident ID number as exchanged. Personal data.
     *
     * @return the ID number text
     */
    public abstract String idNumber();

    /**
     * Returns the person's name. Personal data: never echoed in issues or reports.
     *
     * @return the name
     */
    public abstract String name();

    /**
     * Returns the recorded sex.
     *
     * @return the sex, if recorded
     */
    public abstract Optional<Sex> sex();

    /**
     * Returns the recorded birth date.
     *
     * @return the birth date, if recorded
     */
    public abstract Optional<LocalDate> birthDate();

    /**
     * Returns the GB/T 2260 county-level code of the current residence, as exchanged.
     *
     * @return the region code text
     */
    public abstract String regionCode();

    /**
     * Returns urban or rural residence.
     *
     * @return the residence, if recorded
     */
    public abstract Optional<Residence> residence();

    /**
     * Returns the household id that groups the people of one household.
     *
     * @return the household id, if recorded
     */
    public abstract Optional<String> householdId();

    /**
     * Returns the disability certificate.
     *
     * @return the certificate, if the person holds one
     */
    public abstract Optional<Certificate> certificate();

    /**
     * Returns the assessments, one per assessed category.
     *
     * @return the assessments, possibly empty
     */
    public abstract List<Assessment> assessments();

    /**
     * Returns the disabled serviceman certificate (残疾军人证).
     *
     * @return the military disability, if any
     */
    public abstract Optional<ServiceDisability> military();

    /**
     * Returns the disabled police certificate (伤残人民警察证).
     *
     * @return the police disability, if any
     */
    public abstract Optional<ServiceDisability> police();

    /**
     * Returns the work-injury grade (GB/T 16180-2014).
     *
     * @return the work injury, if any
     */
    public abstract Optional<WorkInjury> workInjury();

    /**
     * Returns the long-term-care dependency assessment.
     *
     * @return the care level, if assessed
     */
    public abstract Optional<CareAssessment> careLevel();

    /**
     * Returns the household's means-test status.
     *
     * @return the household status, if recorded
     */
    public abstract Optional<Household> household();

    /**
     * Returns the benefits received.
     *
     * @return the benefits, possibly empty
     */
    public abstract List<Benefit> benefits();

    /**
     * Returns insurance enrolment.
     *
     * @return the insurance, if recorded
     */
    public abstract Optional<Insurance> insurance();

    /**
     * Returns the services the person needs (needs survey).
     *
     * @return the needs, possibly empty
     */
    public abstract List<ServiceType> needs();

    /**
     * Returns the services received.
     *
     * @return the services, possibly empty
     */
    public abstract List<Service> services();

    /**
     * Returns school enrolment.
     *
     * @return the education, if recorded
     */
    public abstract Optional<Education> education();

    /**
     * Returns employment status.
     *
     * @return the employment, if recorded
     */
    public abstract Optional<Employment> employment();

    /**
     * Returns a short description with the ID number masked and without the name.
     *
     * @return the description
     */
    @Override
    public String toString() {
        return "PersonRecord{recordId=" + recordId() + ", idNumber=" + Masking.mask(idNumber()) + ", regionCode="
                + regionCode() + certificate().map(c -> ", certificate=" + c).orElse("") + ", assessments="
                + assessments().size() + ", benefits=" + benefits().size() + ", services=" + services().size() + "}";
    }
}
