package vn.ansinh.casework;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Working days as the government counts them: Monday to Friday, minus the public holidays of
 * {@code rules/calendar/holidays.csv}, plus the Saturdays worked in exchange for a swapped day off: a date
 * {@code yyyy-MM-dd} written in a holiday's name is the Saturday worked for it. The name's words are the file's, in
 * whatever language; only the date counts, and it must be a Saturday.
 */
public final class WorkingCalendar {

    private static final Pattern MAKE_UP_SATURDAY = Pattern.compile("\\b(\\d{4}-\\d{2}-\\d{2})\\b");

    private final Set<LocalDate> holidays;
    private final Set<LocalDate> makeUpWorkdays;

    public WorkingCalendar(Set<LocalDate> holidays, Set<LocalDate> makeUpWorkdays) {
        this.holidays = Set.copyOf(holidays);
        this.makeUpWorkdays = Set.copyOf(makeUpWorkdays);
    }

    /** Reads the calendar file (columns {@code date,name,year,source_url}, header first). */
    public static WorkingCalendar load(Path csv) {
        try {
            return parse(Files.readAllLines(csv, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read working-day calendar " + csv.toAbsolutePath(), e);
        }
    }

    static WorkingCalendar parse(List<String> lines) {
        Set<LocalDate> holidays = new HashSet<>();
        Set<LocalDate> makeUp = new HashSet<>();
        for (int i = 1; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] cells = line.split(",", 3);
            try {
                holidays.add(LocalDate.parse(cells[0].strip()));
            } catch (RuntimeException e) {
                throw new IllegalArgumentException("holidays.csv line " + (i + 1) + ": not a date: " + cells[0], e);
            }
            Matcher m = MAKE_UP_SATURDAY.matcher(cells.length > 1 ? cells[1] : "");
            while (m.find()) {
                LocalDate saturday;
                try {
                    saturday = LocalDate.parse(m.group(1));
                } catch (RuntimeException e) {
                    throw new IllegalArgumentException("holidays.csv line " + (i + 1) + ": not a date: " + m.group(1), e);
                }
                if (saturday.getDayOfWeek() != DayOfWeek.SATURDAY) {
                    throw new IllegalArgumentException("holidays.csv line " + (i + 1) + ": the day worked in exchange, "
                            + saturday + ", is not a Saturday");
                }
                makeUp.add(saturday);
            }
        }
        return new WorkingCalendar(holidays, makeUp);
    }

    public boolean isWorkingDay(LocalDate day) {
        if (makeUpWorkdays.contains(day)) {
            return true;
        }
        DayOfWeek dow = day.getDayOfWeek();
        return dow != DayOfWeek.SATURDAY && dow != DayOfWeek.SUNDAY && !holidays.contains(day);
    }

    /** The n-th working day after {@code from} ({@code from} itself is never counted); n = 0 gives {@code from}. */
    public LocalDate addWorkingDays(LocalDate from, int n) {
        if (n < 0) {
            throw new IllegalArgumentException("negative working days: " + n);
        }
        LocalDate day = from;
        for (int counted = 0; counted < n; ) {
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                counted++;
            }
        }
        return day;
    }

    /** Working days in the half-open interval (from, to]. */
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        int count = 0;
        for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
            if (isWorkingDay(day)) {
                count++;
            }
        }
        return count;
    }
}
