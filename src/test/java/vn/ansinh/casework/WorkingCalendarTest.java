package vn.ansinh.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class WorkingCalendarTest {

    private final WorkingCalendar calendar = WorkingCalendar.load(Path.of("rules/calendar/holidays.csv"));

    @Test
    void skipsWeekends() {
        assertThat(calendar.addWorkingDays(LocalDate.of(2024, 3, 1), 3)).isEqualTo(LocalDate.of(2024, 3, 6));
        assertThat(calendar.isWorkingDay(LocalDate.of(2024, 3, 2))).isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2024, 3, 4))).isTrue();
    }

    @Test
    void skipsTheWholeTetHoliday() {
        // Tết Giáp Thìn: Thursday 8 to Wednesday 14 February 2024 off.
        assertThat(calendar.addWorkingDays(LocalDate.of(2024, 2, 7), 3)).isEqualTo(LocalDate.of(2024, 2, 19));
        assertThat(calendar.workingDaysBetween(LocalDate.of(2024, 2, 7), LocalDate.of(2024, 2, 14))).isZero();
    }

    @Test
    void countsTheSaturdayWorkedInExchangeForASwappedDayOff() {
        assertThat(calendar.isWorkingDay(LocalDate.of(2024, 5, 4))).isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.of(2024, 4, 29))).isFalse();
        assertThat(calendar.addWorkingDays(LocalDate.of(2025, 4, 25), 1)).isEqualTo(LocalDate.of(2025, 4, 26));
        assertThat(calendar.isWorkingDay(LocalDate.of(2013, 1, 5))).isTrue();
    }

    @Test
    void skipsSingleDayHolidaysOnWeekdays() {
        assertThat(calendar.isWorkingDay(LocalDate.of(2025, 9, 2))).isFalse();
        assertThat(calendar.addWorkingDays(LocalDate.of(2025, 8, 29), 1)).isEqualTo(LocalDate.of(2025, 9, 3));
    }

    @Test
    void zeroWorkingDaysIsTheSameDay() {
        assertThat(calendar.addWorkingDays(LocalDate.of(2024, 3, 2), 0)).isEqualTo(LocalDate.of(2024, 3, 2));
    }

    @Test
    void refusesANegativeCount() {
        assertThatThrownBy(() -> calendar.addWorkingDays(LocalDate.of(2024, 3, 2), -1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void namesTheLineOfABadDate() {
        assertThatThrownBy(() -> WorkingCalendar.parse(List.of("date,name,year,source_url", "2024-13-01,x,2024,y")))
                .hasMessageContaining("line 2");
    }

    @Test
    void theSaturdayWorkedInExchangeIsTheDateInTheNameInAnyLanguage() {
        WorkingCalendar english = WorkingCalendar.parse(List.of("date,name,year,source_url",
                "2024-04-29,Swapped day off (worked on 2024-05-04),2024,x"));
        assertThat(english.isWorkingDay(LocalDate.of(2024, 5, 4))).isTrue();
        assertThat(english.isWorkingDay(LocalDate.of(2024, 4, 29))).isFalse();
        assertThatThrownBy(() -> WorkingCalendar.parse(List.of("date,name,year,source_url",
                "2024-04-29,Swapped day off (worked on 2024-05-03),2024,x")))
                .hasMessageContaining("line 2").hasMessageContaining("not a Saturday");
    }
}
