package org.disabilitystandards.core.code;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AdministrativeDivisionsTest {

    private final AdministrativeDivisions table = AdministrativeDivisions.bundled();

    @Test
    void editionsAndProvenanceAreVisible() {
        assertThat(table.edition()).contains("MCA 198012-202512").contains("统计用区划代码 2016-2023");
        assertThat(table.codeSystem().id()).isEqualTo("gbt2260");
        assertThat(table.provenance()).anySatisfy(line -> assertThat(line).startsWith("source:").contains("民政部"));
        assertThat(table.all()).hasSize(6759);
        assertThat(table.statisticalOnly()).hasSize(168);
    }

    @Test
    void qinghaiCurrentCodesMatchTheNewestEdition() {
        List<String> prefectures = table.all().stream()
                .filter(d -> d.code().startsWith("63") && d.level() == DivisionLevel.PREFECTURE && d.isCurrent())
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
                "632801", "632802", "632803", "632821", "632822", "632823");
        assertThat(table.get("630102").nameZh()).isEqualTo("城东区");
        assertThat(table.get("630102").nameEn()).isEqualTo("Chengdong District");
    }

    @Test
    void codesOfNoSourceAreGoneAndRealStatisticalCodesAreKnownAsSuch() {
        assertThat(table.contains("632855")).isFalse();
        assertThat(table.lookup("632856")).isEmpty();
        for (String code : List.of("632857", "632858", "632859")) {
            assertThat(table.contains(code)).as(code).isFalse();
            assertThat(table.isStatisticalOnly(code)).as(code).isTrue();
            assertThat(table.lookup(code)).hasValueSatisfying(d -> assertThat(d.isStatisticalOnly()).isTrue());
        }
        AdministrativeDivision dachaidan = table.findStatistical("632857").orElseThrow();
        assertThat(dachaidan.nameZh()).isEqualTo("大柴旦行政委员会");
        assertThat(dachaidan.isCurrent()).isTrue();
        assertThat(dachaidan.codeSystem().id()).isEqualTo("nbs-statistical-division");
        assertThat(table.findStatistical("632858").orElseThrow().isRetired()).isTrue();
        assertThat(table.prefectureOf("632857").code()).isEqualTo("632800");
        assertThat(table.provinceOf("632857").nameZh()).isEqualTo("青海省");
    }

    @Test
    void huangzhongChainsThroughTwoRenumberings() {
        assertThat(table.successorChain("632124")).extracting(AdministrativeDivision::code)
                .containsExactly("632124", "630122", "630106");
        AdministrativeDivision old = table.get("632124");
        assertThat(old.isRetired()).isTrue();
        assertThat(old.firstEdition()).isEqualTo(1980);
        assertThat(old.lastEdition()).contains(1998);
        assertThat(old.existsIn(1998)).isTrue();
        assertThat(old.existsIn(1999)).isFalse();
        assertThat(table.current("632124").code()).isEqualTo("630106");
        assertThat(table.current("632124").nameZh()).isEqualTo("湟中区");
        assertThat(table.currentSuccessors("630122")).extracting(AdministrativeDivision::code).containsExactly("630106");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "632125, 630123", "632121, 630203", "630221, 630203", "632100, 630200", "632122, 630222",
        "632123, 630202", "632126, 630223", "632721, 632701", "632321, 632301",
        "110103, 110103", "320211, 320211", "130182, 130109", "440811, 440811"})
    void retiredCodesOfSeveralProvincesLeadToTheirCurrentCode(String code, String current) {
        AdministrativeDivision division = table.current(code);
        assertThat(division.code()).isEqualTo(current);
    }

    @Test
    void mergedCodesWithoutNameMatchHaveNoSuccessor() {
        AdministrativeDivision chongwen = table.get("110103");
        assertThat(chongwen.isRetired()).isTrue();
        assertThat(chongwen.successorCodes()).isEmpty();
        assertThat(table.currentSuccessors("110103")).isEmpty();
        assertThat(table.get("630111").isRetired()).isTrue();
    }

    @Test
    void renamedInPlaceKeepsTheCodeWithOnePeriodPerName() {
        AdministrativeDivision binhu = table.get("320211");
        assertThat(binhu.isCurrent()).isTrue();
        assertThat(binhu.periods()).extracting(NamePeriod::nameZh).containsExactly("郊区", "滨湖区");
        assertThat(binhu.nameOn(LocalDate.of(1995, 6, 1))).contains("郊区");
        assertThat(binhu.nameOn(LocalDate.of(2005, 6, 1))).contains("滨湖区");
        assertThat(binhu.nameOn(LocalDate.of(1970, 1, 1))).isEmpty();
        assertThat(table.get("630106").nameOn(LocalDate.of(2019, 3, 1))).contains("湟中区");
        assertThat(table.get("630122").nameOn(LocalDate.of(2019, 3, 1))).contains("湟中县");
    }

    @Test
    void levelsAndParents() {
        assertThat(table.get("630000").level()).isEqualTo(DivisionLevel.PROVINCE);
        assertThat(table.get("632100").level()).isEqualTo(DivisionLevel.PREFECTURE);
        assertThat(table.get("632124").level()).isEqualTo(DivisionLevel.COUNTY);
        assertThat(table.prefectureOf("630102").code()).isEqualTo("630100");
        assertThat(table.prefectureOf("632121").code()).isEqualTo("632100");
        assertThat(table.prefectureOf("632121").isRetired()).isTrue();
        assertThat(table.prefectureOf("630000").code()).isEqualTo("630000");
        assertThat(table.prefectureOf("419001").code()).isEqualTo("410000");
        assertThat(table.provinceOf("110105").nameZh()).isEqualTo("北京市");
    }

    @Test
    void hongKongMacaoTaiwanAreProvinceLevelOnly() {
        assertThat(table.get("810000").firstEdition()).isEqualTo(2013);
        assertThat(table.get("710000").isCurrent()).isTrue();
        assertThat(table.contains("830000")).isFalse();
    }

    @Test
    void unknownCodesAreTypedFailures() {
        assertThat(table.find("639999")).isEmpty();
        assertThat(table.contains("639999")).isFalse();
        assertThatThrownBy(() -> table.get("639999")).isInstanceOf(UnknownCodeException.class)
                .hasMessageContaining("gbt2260");
        assertThatThrownBy(() -> table.successorChain("639999")).isInstanceOf(UnknownCodeException.class);
    }

    @Test
    void loadingABrokenTableNamesTheLine() {
        String header = "code,kind,name,nameEn,from,to,successors,parent\n";
        assertThatThrownBy(() -> load("# edition: test\n" + header + "630102,G,城东区,Chengdong,1980,,,\n"
                + "63010,G,坏,Bad,1980,,,\n")).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("line 4");
        assertThatThrownBy(() -> load(header + "632857,S,大柴旦,,2017,,,\n")).hasMessageContaining("line 2")
                .hasMessageContaining("parent");
        assertThatThrownBy(() -> load(header + "632124,G,湟中县,,1999,1998,,\n")).hasMessageContaining("line 2");
        assertThatThrownBy(() -> load("code,nameZh,nameEn,level,status,successor\n")).hasMessageContaining("line 1");
        assertThatThrownBy(() -> load(header + "630102,G,a,,1980,,,\n630103,G,b,,1980,,,\n630102,G,c,,1990,,,\n"))
                .hasMessageContaining("line 4");
    }

    @Test
    void aSmallTableLoads() throws Exception {
        AdministrativeDivisions small = load("# edition: test 2024\n# source: unit test\n"
                + "code,kind,name,nameEn,from,to,successors,parent\n"
                + "630122,G,湟中县,,1999,2018,630106,\n630106,G,湟中区,Huangzhong,2019,,,\n"
                + "632857,S,大柴旦行政委员会,,2017,,,632800\n");
        assertThat(small.edition()).startsWith("GB/T 2260 test 2024");
        assertThat(small.provenance()).containsExactly("edition: test 2024", "source: unit test");
        assertThat(small.current("630122").nameEn()).isEqualTo("Huangzhong");
        assertThat(small.get("630122").nameEn()).isEqualTo("湟中县");
        assertThat(small.isStatisticalOnly("632857")).isTrue();
    }

    private static AdministrativeDivisions load(String csv) throws Exception {
        return AdministrativeDivisions.load(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)));
    }
}
