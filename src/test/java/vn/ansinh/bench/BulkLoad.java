package vn.ansinh.bench;

import java.io.StringReader;
import java.sql.Connection;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.ansinh.common.TextSearch;
import vn.ansinh.geography.AdminUnit;
import vn.ansinh.geography.Geography;

/**
 * The province's register, synthetic and deterministic by seed (README, Province scale), COPYed in chunks of
 * 20.000 households: households spread over the communes by {@link CommuneWeights}, members with ages,
 * disabilities, merit categories, pensions and CCCDs ({@link ProvincePeople}); optionally the surveys of each
 * poverty standard (2011 income only, 2015 D1–D10, 2021 and 2024 E1–E12) and the annual reviews 2012–2024
 * ({@link ProvinceHistory}). {@code search_key} is built as {@code Household.refreshSearchKey} does. Each household
 * draws from its own random stream (seed, number), so the data does not depend on the chunk size.
 */
final class BulkLoad {

    private static final int CHUNK = 20_000;
    private final DataSource dataSource;
    private final JdbcTemplate jdbc;
    private final Geography geography;

    BulkLoad(DataSource dataSource, JdbcTemplate jdbc, Geography geography) {
        this.dataSource = dataSource;
        this.jdbc = jdbc;
        this.geography = geography;
    }

    /** Households and members only (seed 7), as the search and dashboard benchmarks used before. */
    List<HouseholdSearchBenchmark.Sample> load(List<AdminUnit> communes, int count) throws Exception {
        return load(communes, count, 7, false);
    }

    List<HouseholdSearchBenchmark.Sample> load(List<AdminUnit> communes, int count, long seed, boolean history) throws Exception {
        // The search indexes are rebuilt once after the load (exactly as V121 and V127 define them): far faster than
        // COPY into them.
        List<String> searchIndexes = jdbc.queryForList("select indexdef from pg_indexes where indexname in"
                + " ('household_search_squeezed_trgm', 'household_commune_search', 'household_district_search')", String.class);
        jdbc.execute("drop index if exists household_search_squeezed_trgm, household_commune_search, household_district_search");
        // past the sequences too: the application takes household and member ids in blocks (V129) and may hold one
        long nextHousehold = jdbc.queryForObject("select greatest(coalesce(max(id), 0), (select case when is_called"
                + " then last_value else 0 end from household_id_seq)) + 1 from household", Long.class);
        long nextMember = jdbc.queryForObject("select greatest(coalesce(max(id), 0), (select case when is_called"
                + " then last_value else 0 end from household_member_id_seq)) + 1 from household_member", Long.class);
        long nextAssessment = jdbc.queryForObject("select coalesce(max(id), 0) + 1 from assessment", Long.class);
        long codeNumber = jdbc.queryForObject("select nextval('household_code_seq')", Long.class) + 1000;
        String[] communeOf = new CommuneWeights(communes, seed).assign(count);
        ProvincePeople people = new ProvincePeople();
        ProvinceHistory historyOf = new ProvinceHistory();
        List<HouseholdSearchBenchmark.Sample> samples = new ArrayList<>();
        java.util.Map<String, AdminUnit> byCode = communes.stream().collect(Collectors.toMap(AdminUnit::code, c -> c));
        long members = 0;
        long surveys = 0;
        long statuses = 0;
        try (Connection connection = dataSource.getConnection()) {
            CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
            for (int start = 0; start < count; start += CHUNK) {
                StringBuilder hh = new StringBuilder(CHUNK * 320);
                StringBuilder mm = new StringBuilder(CHUNK * 3 * 140);
                StringBuilder aa = new StringBuilder(history ? CHUNK * 4 * 80 : 0);
                StringBuilder yy = new StringBuilder(history ? CHUNK * 5 * 80 : 0);
                for (int i = start; i < Math.min(count, start + CHUNK); i++) {
                    SplittableRandom random = new SplittableRandom(seed * 1_000_003L + i);
                    AdminUnit commune = byCode.get(communeOf[i]);
                    String area = geography.areaOf(commune.code()).name();
                    long id = nextHousehold++;
                    String code = "HGD-" + commune.code() + "-" + String.format("%06d", codeNumber++);
                    ProvincePeople.Household household = people.household(random);
                    String village = Names.VILLAGES[random.nextInt(Names.VILLAGES.length)];
                    String address = "Số " + (1 + random.nextInt(300)) + ", " + village + ", " + commune.name();
                    List<String> parts = new ArrayList<>(List.of(code, household.head().name(), address, village));
                    for (ProvincePeople.Person p : household.members()) {
                        parts.add(p.name());
                        if (p.cccd() != null) {
                            parts.add(p.cccd());
                        }
                        p.appendCopyRow(mm, nextMember++, id);
                        members++;
                    }
                    ProvinceHistory.Story story = historyOf.story(random, household, "URBAN".equals(area));
                    String key = TextSearch.key(parts.stream().filter(s -> s != null && !s.isBlank())
                            .collect(Collectors.joining(" | ")));
                    ProvinceHistory.Review last = story.reviews().get(story.reviews().size() - 1);
                    hh.append(id).append('\t').append(code).append('\t').append(household.head().name()).append('\t')
                            .append(address).append('\t').append(commune.code()).append('\t').append(commune.parentCode())
                            .append('\t').append(village).append('\t').append(area).append('\t')
                            .append(!"URBAN".equals(area) && random.nextInt(3) > 0).append('\t').append(key).append('\t')
                            .append(history ? last.status() : "NONE").append('\t')
                            .append(history && !"NONE".equals(last.status()) ? last.decidedOn().toString() : "\\N").append('\t')
                            .append("2011-06-01 00:00:00+07").append('\n');
                    if (history) {
                        for (ProvinceHistory.Survey s : story.surveys()) {
                            s.appendCopyRow(aa, nextAssessment++, id);
                            surveys++;
                        }
                        for (ProvinceHistory.Review r : story.reviews()) {
                            r.appendCopyRow(yy, id, commune.code(), commune.parentCode(), area);
                            statuses++;
                        }
                    }
                    if (i % 50 == 0) {
                        samples.add(new HouseholdSearchBenchmark.Sample(commune.code(), commune.parentCode(), code,
                                TextSearch.key(household.head().name()), household.head().cccd()));
                    }
                }
                copy.copyIn("copy household (id, code, head_name, address, commune_code, district_code, village, area,"
                        + " agricultural, search_key, official_poverty_status, official_status_since, created_at) from stdin",
                        new StringReader(hh.toString()));
                copy.copyIn("copy household_member (id, household_id, position, full_name, sex, birth_date, relation, cccd,"
                        + " disability, merit_categories, injury_rate, orphan_case, studying, has_pension, has_obliged_supporter,"
                        + " cared_for_by_household, deceased_on) from stdin", new StringReader(mm.toString()));
                if (history) {
                    copy.copyIn("copy assessment (id, household_id, assessed_on, monthly_income_per_capita, deprivations,"
                            + " housing_condition, residence_registered_on, recorded_by) from stdin", new StringReader(aa.toString()));
                    copy.copyIn("copy household_year_status (household_id, year, poverty_status, standard, commune_code,"
                            + " district_code, area_type, decided_on, source) from stdin", new StringReader(yy.toString()));
                }
            }
        }
        jdbc.execute("select setval('household_id_seq', (select max(id) from household))");
        jdbc.execute("select setval('household_member_id_seq', (select max(id) from household_member))");
        if (history) {
            jdbc.execute("select setval('assessment_id_seq', (select coalesce(max(id), 1) from assessment))");
        }
        jdbc.execute("select setval('household_code_seq', " + codeNumber + ")");
        long t = System.nanoTime();
        searchIndexes.forEach(jdbc::execute);
        System.out.printf("copied %d households, %d members, %d surveys, %d yearly statuses; search indexes rebuilt in %.1f s%n",
                count, members, surveys, statuses, (System.nanoTime() - t) / 1e9);
        for (String table : List.of("household", "household_member", "assessment", "household_year_status")) {
            jdbc.execute("vacuum analyze " + table);
        }
        return samples;
    }

    static String date(LocalDate day) {
        return day == null ? "\\N" : day.toString();
    }
}
