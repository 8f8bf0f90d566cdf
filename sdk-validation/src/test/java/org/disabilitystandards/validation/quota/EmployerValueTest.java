package org.disabilitystandards.validation.quota;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class EmployerValueTest {

    private static Employer federation(int cadres) {
        return Employer.builder(EmployerType.DISABLED_PERSONS_FEDERATION_ORGAN).level(AdministrativeLevel.PROVINCE)
                .staff(40).cadres(cadres).build();
    }

    @Test
    void employersCompareByEveryComponent() {
        assertThat(federation(10)).isEqualTo(federation(10)).hasSameHashCodeAs(federation(10))
                .isNotEqualTo(federation(11));
        Employer enterprise = Employer.builder(EmployerType.ENTERPRISE).staff(40).build();
        assertThat(enterprise.cadres()).isEmpty();
        assertThat(enterprise.level()).isEmpty();
        assertThat(enterprise).isNotEqualTo(Employer.builder(EmployerType.ENTERPRISE).staff(41).build());
        assertThat(federation(10).cadres()).hasValue(10);
        assertThat(new Employer(EmployerType.ENTERPRISE, Optional.empty(), 40, List.of(), OptionalInt.empty(),
                List.of())).isEqualTo(enterprise);
    }

    @Test
    void theCanonicalConstructorChecksLikeTheBuilder() {
        assertThatThrownBy(() -> new Employer(EmployerType.ENTERPRISE, Optional.empty(), -1, List.of(),
                OptionalInt.empty(), List.of())).isInstanceOf(InvalidEmployerException.class);
        assertThatThrownBy(() -> new Employer(EmployerType.ENTERPRISE, Optional.empty(), 40, List.of(),
                OptionalInt.of(3), List.of())).isInstanceOf(InvalidEmployerException.class);
        assertThatThrownBy(() -> new Employer(EmployerType.PARTY_GOVERNMENT_ORGAN, Optional.empty(), 40, List.of(),
                OptionalInt.empty(), List.of())).isInstanceOf(InvalidEmployerException.class);
        assertThatThrownBy(() -> federation(0)).isInstanceOf(InvalidEmployerException.class);
        assertThat(federation(1).cadres()).hasValue(1);
    }

    @Test
    void toStringShowsCountsOnly() {
        assertThat(federation(10).toString()).isEqualTo("Employer{type=DISABLED_PERSONS_FEDERATION_ORGAN,"
                + " level=PROVINCE, staff=40, disabledEmployees=0, cadres=10, disabledCadres=0}");
        assertThat(Employer.builder(EmployerType.ENTERPRISE).staff(40).build().toString())
                .isEqualTo("Employer{type=ENTERPRISE, staff=40, disabledEmployees=0}");
    }
}
