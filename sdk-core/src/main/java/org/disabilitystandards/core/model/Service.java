package org.disabilitystandards.core.model;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import java.util.OptionalLong;
import org.disabilitystandards.core.code.ItemKind;
import org.disabilitystandards.core.code.ServiceProgramme;
import org.disabilitystandards.core.code.ServiceType;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;

/**
 * A service a person received on a date. From exchange format 1.1 a service may also carry the coded item
 * (a rehabilitation item, an aid item, a retrofit item or an assistive product, with its code system and
 * edition), the programme it belongs to, the amount paid, the months it covers, the date of the assessment
 * behind it and, for children's rehabilitation aid, the application. All of these are optional, so that
 * version 1.0 files stay valid.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableService.class)
@JsonDeserialize(as = ImmutableService.class)
public abstract class Service {

    /**
     * For the generated implementation {@code ImmutableService} only; create instances with
     * {@link #builder()}.
     */
    public Service() {
    }

    /**
     * Returns a builder.
     *
     * @return a new builder
     */
    public static ImmutableService.Builder builder() {
        return ImmutableService.builder();
    }

    /**
     * Returns the service type.
     *
     * @return the type
     */
    public abstract ServiceType type();

    /**
     * Returns the date of the service.
     *
     * @return the date
     */
    public abstract LocalDate date();

    /**
     * Returns the provider id.
     *
     * @return the provider, if recorded
     */
    public abstract Optional<String> providerId();

    /**
     * Returns the coded item (exchange format 1.1).
     *
     * @return the item, if recorded
     */
    public abstract Optional<ServiceItem> item();

    /**
     * Returns the programme the service belongs to (exchange format 1.1).
     *
     * @return the programme, if recorded
     */
    public abstract Optional<ServiceProgramme> programme();

    /**
     * Returns the amount paid for the service in fen (0.01 CNY) (exchange format 1.1).
     *
     * @return the amount, if money was paid
     */
    public abstract OptionalLong amountFen();

    /**
     * Returns the months the service covers (exchange format 1.1).
     *
     * @return the period, if recorded
     */
    public abstract Optional<ServicePeriod> period();

    /**
     * Returns the date of the assessment behind the service, for example an assistive-device assessment
     * (exchange format 1.1).
     *
     * @return the date, if assessed
     */
    public abstract Optional<LocalDate> assessedOn();

    /**
     * Returns the children's rehabilitation aid application (exchange format 1.1).
     *
     * @return the application, if the service is child aid
     */
    public abstract Optional<ChildAid> childAid();

    /**
     * Returns whether the service belongs to a programme: its {@code programme} says so, or, for a service
     * without one, its 1.1 fields do (a child-aid application; an accessibility retrofit with an item; an
     * assistive-device fitting with an assistive product). Uncoded services of format 1.0 belong to none, so
     * their findings do not change.
     *
     * @param candidate the programme
     * @return true if the service is one of the programme's
     */
    public boolean isIn(ServiceProgramme candidate) {
        Optional<ServiceProgramme> declared = programme();
        if (declared.isPresent()) {
            return declared.get() == candidate;
        }
        switch (candidate) {
            case CHILD_REHABILITATION_AID:
                return childAid().isPresent();
            case HOUSEHOLD_ACCESSIBILITY_RETROFIT:
                return type() == ServiceType.ACCESSIBILITY_RETROFIT && item().isPresent();
            case ASSISTIVE_DEVICE_FITTING:
                return type() == ServiceType.ASSISTIVE_DEVICE_FITTING && item().isPresent()
                        && item().get().kind() == ItemKind.ASSISTIVE_PRODUCT;
            default:
                return false;
        }
    }

    /**
     * Returns the months the service covers: its period, else the month of its date.
     *
     * @return the months
     */
    public ServicePeriod coveredMonths() {
        Optional<ServicePeriod> period = period();
        if (period.isPresent()) {
            return period.get();
        }
        YearMonth month = YearMonth.from(date());
        return ServicePeriod.builder().from(month).to(month).build();
    }
}
