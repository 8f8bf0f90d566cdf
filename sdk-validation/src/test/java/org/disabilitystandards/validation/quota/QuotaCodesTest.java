package org.disabilitystandards.validation.quota;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.disabilitystandards.core.code.CodedConcept;
import org.junit.jupiter.api.Test;

class QuotaCodesTest {

    @Test
    void everyEmployerTypeAndLevelHasBothNamesFromItsPackageTable() {
        for (CodedConcept concept : new CodedConcept[] {EmployerType.ENTERPRISE, EmployerType.SCHOOL_OR_KINDERGARTEN,
            EmployerType.PARTY_GOVERNMENT_ORGAN, EmployerType.PUBLIC_INSTITUTION,
            EmployerType.DISABLED_PERSONS_FEDERATION_ORGAN, AdministrativeLevel.PROVINCE,
            AdministrativeLevel.PREFECTURE, AdministrativeLevel.COUNTY, AdministrativeLevel.TOWNSHIP}) {
            assertThat(concept.nameZh()).isNotBlank().isNotEqualTo(concept.code());
            assertThat(concept.nameEn()).matches("[\\x20-\\x7E]+");
            assertThat(concept.displayName(Locale.CHINA)).isEqualTo(concept.nameZh());
        }
        assertThat(EmployerType.SCHOOL_OR_KINDERGARTEN.nameZh()).isEqualTo("中小学、幼儿园");
        assertThat(AdministrativeLevel.PREFECTURE.nameEn()).isEqualTo("Prefecture");
    }
}
