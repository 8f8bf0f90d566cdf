package org.disabilitystandards.core.code;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AdministrativeDivisionsTest {

    private final AdministrativeDivisions table = AdministrativeDivisions.bundled();

    @Test
    void editionIsVisible() {
        assertThat(table.edition()).contains("2023");
        assertThat(table.codeSystem().id()).isEqualTo("gbt2260");
    }

    @Test
    void qinghaiMatchesTheReference() {
        List<String> prefectures = table.all().stream()
                .filter(d -> d.code().startsWith("63") && d.level() == DivisionLevel.PREFECTURE && !d.isRetired())
                .map(AdministrativeDivision::code).collect(Collectors.toList());
        assertThat(prefectures).containsExactly("630100", "630200", "632200", "632300", "632500", "632600", "632700",
                "632800");
        assertThat(table.currentCounties("63")).extracting(AdministrativeDivision::code).containsExactly(
                "630102", "630103", "630104", "630105", "630106", "630121", "630123",
                "630202", "630203", "630222", "630223", "630224", "630225",
                "632221", "632222", "632223", "632224",
                "632301", "632322", "632323", "632324",
                "632521", "632522", "632523", "632524", "632525",
                "632621", "632622", "632623", "632624", "632625", "632626",
                "632701", "632722", "632723", "632724", "632725", "632726",
                "632801", "632802", "632803", "632821", "632822", "632823", "632857");
        assertThat(table.get("630102").nameZh()).isEqualTo("城东区");
        assertThat(table.get("630102").nameEn()).isEqualTo("Chengdong District");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "632100, 630200", "632121, 630203", "632122, 630222", "632123, 630202", "632126, 630223",
        "632127, 630224", "632128, 630225", "632721, 632701", "630122, 630106", "632321, 632301",
        "632855, 632803", "632856, 632803"})
    void retiredQinghaiCodesPointToTheirSuccessors(String retired, String successor) {
        AdministrativeDivision division = table.get(retired);
        assertThat(division.isRetired()).isTrue();
        assertThat(division.successorCode()).contains(successor);
        assertThat(table.current(retired).code()).isEqualTo(successor);
        assertThat(table.current(retired).isRetired()).isFalse();
    }

    @Test
    void prefectureAndProvinceOfCounties() {
        assertThat(table.prefectureOf("630102").code()).isEqualTo("630100");
        assertThat(table.prefectureOf("632121").code()).isEqualTo("632100");
        assertThat(table.prefectureOf("632121").isRetired()).isTrue();
        assertThat(table.provinceOf("632857").code()).isEqualTo("630000");
        assertThat(table.provinceOf("632857").nameZh()).isEqualTo("青海省");
        assertThat(table.prefectureOf("630000").code()).isEqualTo("630000");
    }

    @Test
    void unknownCodesAreTypedFailures() {
        assertThat(table.find("639999")).isEmpty();
        assertThat(table.contains("639999")).isFalse();
        assertThatThrownBy(() -> table.get("639999")).isInstanceOf(UnknownCodeException.class)
                .hasMessageContaining("gbt2260");
    }

    @Test
    void loadingABrokenTableNamesTheLine() {
        String csv = "# edition: test\ncode,nameZh,nameEn,level,status,successor\n630102,城东区,Chengdong,3,CURRENT,\n"
                + "63010,坏,Bad,3,CURRENT,\n";
        assertThatThrownBy(() -> AdministrativeDivisions.load(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("line 4");
        String retiredWithoutSuccessor = "code,nameZh,nameEn,level,status,successor\n632121,平安县,Ping'an,3,RETIRED,\n";
        assertThatThrownBy(() -> AdministrativeDivisions.load(
                new ByteArrayInputStream(retiredWithoutSuccessor.getBytes(StandardCharsets.UTF_8))))
                .hasMessageContaining("line 2").hasMessageContaining("successor");
    }
}
