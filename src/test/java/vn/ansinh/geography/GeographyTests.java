package vn.ansinh.geography;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.ansinh.support.IntegrationTest;

class GeographyTests extends IntegrationTest {

    @Autowired
    Geography geography;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void flywayLoadsThaiBinhWithItsEightDistrictsAndAllCommuneLevelUnits() {
        assertThat(geography.districts()).hasSize(8).extracting(AdminUnit::code)
                .containsExactly("336", "338", "339", "340", "341", "342", "343", "344");
        assertThat(geography.allCommunes()).hasSize(260);
        assertThat(jdbc.queryForObject("select count(*) from admin_unit where unit_type = 'phuong'", Integer.class)).isEqualTo(10);
        assertThat(jdbc.queryForObject("select count(*) from admin_unit where unit_type = 'thi_tran'", Integer.class)).isEqualTo(9);
        assertThat(jdbc.queryForObject("select count(*) from flyway_schema_history where success", Integer.class)).isGreaterThanOrEqualTo(3);
    }

    @Test
    void wardsAndTownshipsAreUrbanCommunesAreRural() {
        assertThat(geography.areaOf("12433")).isEqualTo(AreaType.URBAN);
        assertThat(geography.commune("12433").orElseThrow().displayName()).isEqualTo("Phường Lê Hồng Phong");
        assertThat(geography.areaOf("12466")).isEqualTo(AreaType.RURAL);
        assertThat(geography.districtOf("13255")).isEqualTo("344");
        assertThat(geography.communesOf("344")).hasSize(30);
        String township = jdbc.queryForObject("select code from admin_unit where unit_type = 'thi_tran' limit 1", String.class);
        assertThat(geography.areaOf(township)).isEqualTo(AreaType.URBAN);
    }

    @Test
    void aUnitIsNamedWithItsKindInTheReadersLanguageAndADistrictsKindOnlyOnce() {
        LocaleContextHolder.setLocale(Locale.forLanguageTag("vi"));
        assertThat(geography.nameOf("344")).isEqualTo("Huyện Vũ Thư");
        assertThat(geography.nameOf("336")).isEqualTo("Thành phố Thái Bình");
        assertThat(geography.nameOf("12466")).isEqualTo("Xã Vũ Phúc");
        LocaleContextHolder.setLocale(Locale.ENGLISH);
        assertThat(geography.nameOf("344")).isEqualTo("Vũ Thư District");
        assertThat(geography.nameOf("336")).isEqualTo("Thái Bình City");
        assertThat(geography.nameOf("12466")).isEqualTo("Vũ Phúc Commune");
        assertThat(geography.nameOf("34")).isEqualTo("Thái Bình Province");
    }

    @AfterEach
    void resetLocale() {
        LocaleContextHolder.resetLocaleContext();
    }
}
