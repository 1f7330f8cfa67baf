package vn.ansinh.audit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BoundedTest {

    @Test
    void keepsWhatFitsAndCutsTheRestWithAnEllipsisCountingCharactersAsPostgresDoes() {
        assertThat(Bounded.fit("203.0.113.9", 64)).isEqualTo("203.0.113.9");
        assertThat(Bounded.fit("a".repeat(64), 64)).isEqualTo("a".repeat(64));
        assertThat(Bounded.fit("a".repeat(65), 64)).isEqualTo("a".repeat(63) + "…");
        String emoji = "😀".repeat(70);
        assertThat(Bounded.fit(emoji, 64).codePointCount(0, Bounded.fit(emoji, 64).length())).isEqualTo(64);
        assertThat(Bounded.fit(null, 10)).isNull();
    }

    @Test
    void turnsControlAndInvisibleFormatCharactersIntoSpaces() {
        assertThat(Bounded.fit("1.2.3.4\r\nX-Injected: yes", 64)).isEqualTo("1.2.3.4  X-Injected: yes");
        assertThat(Bounded.fit("a\u0000b\tc\u202Ed\u200Be", 64)).isEqualTo("a b c d e");
    }
}
