package vn.ansinh.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.i18n.LocaleContextHolder;
import vn.ansinh.support.IntegrationTest;

/** Pages name who did a step by the account's full name, the system in words, anything else as stored. */
class PeopleWordsTests extends IntegrationTest {

    @Autowired
    PeopleWords people;

    @AfterEach
    void resetLocale() {
        LocaleContextHolder.resetLocaleContext();
    }

    @Test
    void anAccountByItsFullNameTheSystemInWordsAnUnknownNameAsStored() {
        LocaleContextHolder.setLocale(Locale.forLanguageTag("vi"));
        assertThat(people.name("canbo.vuphuc")).isEqualTo("Trần Văn Nam (X. Vũ Phúc)");
        assertThat(people.name("system")).isEqualTo("Hệ thống");
        assertThat(people.name("rules/")).isEqualTo("rules/");
        assertThat(people.name(null)).isEmpty();
        LocaleContextHolder.setLocale(Locale.ENGLISH);
        assertThat(people.name("system")).isEqualTo("System");
    }
}
