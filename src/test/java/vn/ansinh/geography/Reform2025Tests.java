package vn.ansinh.geography;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import vn.ansinh.support.IntegrationTest;

/** The 1 July 2025 layout, checked against the two CSV files the migration was generated from. */
class Reform2025Tests extends IntegrationTest {

    private static final LocalDate LAST_OLD_DAY = LocalDate.of(2025, 6, 30);

    @Autowired
    Geography geography;

    @Test
    void onTheLastOldDayThe260CommunesOfThaiBinhAreValidAndOnTheFirstNewDayThe104OfHungYen() {
        assertThat(geography.communesValidOn(LAST_OLD_DAY)).hasSize(260)
                .allSatisfy(u -> assertThat(u.validTo()).isEqualTo(LAST_OLD_DAY))
                .containsExactlyElementsOf(geography.allCommunes());
        assertThat(geography.communesValidOn(Geography.REFORM_2025)).hasSize(104)
                .allSatisfy(u -> assertThat(u.parentCode()).isEqualTo("33"));
        assertThat(geography.unitsValidOn(Geography.REFORM_2025)).hasSize(105).first()
                .satisfies(p -> assertThat(p.displayName()).isEqualTo("Tỉnh Hưng Yên"));
        assertThat(geography.unitsValidOn(Geography.REFORM_2025))
                .noneMatch(u -> u.level() == AdminUnit.Level.DISTRICT);
        assertThat(geography.unitsValidOn(LAST_OLD_DAY)).hasSize(269);
        assertThat(geography.unitsValidOn(LocalDate.of(2019, 1, 1))).isEmpty();
    }

    @Test
    void newUnitsCarryTheCodesNamesAndTypesOfTheFileWithDiacriticsAndUniqueCodes() throws IOException {
        List<Map<String, String>> rows = csv("geography/hung-yen-2025-units.csv");
        assertThat(rows).hasSize(104);
        assertThat(rows.stream().map(r -> r.get("code")).distinct()).hasSize(104);
        for (Map<String, String> row : rows) {
            AdminUnit unit = geography.unitOn(row.get("code"), Geography.REFORM_2025).orElseThrow();
            assertThat(unit.name()).isEqualTo(row.get("name"));
            assertThat(unit.unitType()).isEqualTo(row.get("type"));
            assertThat(unit.validFrom()).isEqualTo(LocalDate.parse(row.get("valid_from")));
            assertThat(unit.validTo()).isNull();
        }
        assertThat(geography.unitOn("13225", Geography.REFORM_2025).orElseThrow().displayName())
                .isEqualTo("Phường Thái Bình");
        assertThat(geography.unitOn("12826", Geography.REFORM_2025).orElseThrow().name()).contains("Thụy");
    }

    @Test
    void aReusedCodeStillNamesTheOldUnitForTheRegisterAndTheNewOneAfterTheReform() {
        AdminUnit before = geography.unitOn("13225", LAST_OLD_DAY).orElseThrow();
        assertThat(before).isSameAs(geography.commune("13225").orElseThrow());
        assertThat(before.displayName()).isEqualTo("Xã Tân Bình");
        assertThat(geography.districtOf("13225")).isEqualTo("336");
        assertThat(geography.unitOn("13225", Geography.REFORM_2025).orElseThrow().level())
                .isEqualTo(AdminUnit.Level.COMMUNE);
    }

    @Test
    void successionsFollowTheMappingFileRowByRowWithTheirSource() throws IOException {
        List<Map<String, String>> rows = csv("geography/thai-binh-2025-mapping.csv");
        assertThat(rows).hasSize(250);
        for (Map<String, String> row : rows) {
            String oldCode = row.get("old_code");
            assertThat(geography.commune(oldCode).orElseThrow().name()).isEqualTo(row.get("old_name"));
            assertThat(geography.successorOf(oldCode).orElseThrow().code()).isEqualTo(row.get("new_code"));
            Succession succession = geography.succession(oldCode).orElseThrow();
            assertThat(succession.unconfirmed()).isFalse();
            assertThat(succession.source()).isEqualTo(row.get("source"));
            assertThat(geography.predecessorsOf(row.get("new_code"))).extracting(AdminUnit::code).contains(oldCode);
        }
        Map<String, Long> predecessorsInFile = rows.stream()
                .collect(Collectors.groupingBy(r -> r.get("new_code"), Collectors.counting()));
        predecessorsInFile.forEach((newCode, count) ->
                assertThat(geography.predecessorsOf(newCode)).hasSize(count.intValue()));
        assertThat(geography.successorOf(Geography.PROVINCE_CODE).orElseThrow().displayName()).isEqualTo("Tỉnh Hưng Yên");
        assertThat(geography.successorOf("336")).isEmpty();
    }

    @Test
    void theTenOldCommunesWithoutASourceAreFlaggedUnconfirmedAndHaveNoSuccessor() throws IOException {
        List<String> listed = unmappedListedInStatusLine();
        assertThat(listed).hasSize(10);
        assertThat(geography.unconfirmedSuccessions()).extracting(AdminUnit::code).containsExactlyElementsOf(listed);
        for (String code : listed) {
            assertThat(geography.successorOf(code)).isEmpty();
            Succession succession = geography.succession(code).orElseThrow();
            assertThat(succession.unconfirmed()).isTrue();
            assertThat(succession.successorCode()).isEmpty();
        }
        List<String> mapped = csv("geography/thai-binh-2025-mapping.csv").stream().map(r -> r.get("old_code")).toList();
        assertThat(geography.allCommunes()).extracting(AdminUnit::code)
                .allMatch(code -> mapped.contains(code) ^ listed.contains(code));
    }

    private static List<String> unmappedListedInStatusLine() throws IOException {
        String status = lines("geography/thai-binh-2025-mapping.csv").stream()
                .filter(l -> l.startsWith("# STATUS")).findFirst().orElseThrow();
        String afterColon = status.substring(status.indexOf("unmapped")).split(":", 2)[1];
        return Arrays.stream(afterColon.substring(0, afterColon.indexOf('.')).trim().split("\\s+")).sorted().toList();
    }

    private static List<Map<String, String>> csv(String path) throws IOException {
        List<String> data = lines(path).stream().filter(l -> !l.startsWith("#") && !l.isBlank()).toList();
        String[] header = data.get(0).split(",");
        return data.stream().skip(1).map(line -> {
            String[] cells = line.split(",", -1);
            return Arrays.stream(header).collect(Collectors.toMap(h -> h,
                    h -> cells[Arrays.asList(header).indexOf(h)]));
        }).toList();
    }

    private static List<String> lines(String path) throws IOException {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(
                new ClassPathResource(path).getInputStream(), StandardCharsets.UTF_8))) {
            return reader.lines().toList();
        }
    }
}
