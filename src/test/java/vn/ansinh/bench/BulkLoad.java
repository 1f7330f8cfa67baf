package vn.ansinh.bench;

import java.sql.Connection;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.ansinh.common.TextSearch;
import vn.ansinh.geography.AdminUnit;
import vn.ansinh.geography.Geography;

/** COPYs synthetic households and members in chunks; search_key is built as Household.refreshSearchKey does. */
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

    List<HouseholdSearchBenchmark.Sample> load(List<AdminUnit> communes, int count) throws Exception {
        // The trigram index is rebuilt once after the load (exactly as V4 defines it): far faster than COPY into it.
        String trgm = jdbc.queryForObject("select indexdef from pg_indexes where indexname = 'household_search_key_trgm'", String.class);
        jdbc.execute("drop index household_search_key_trgm");
        long nextHousehold = jdbc.queryForObject("select coalesce(max(id), 0) + 1 from household", Long.class);
        long nextMember = jdbc.queryForObject("select coalesce(max(id), 0) + 1 from household_member", Long.class);
        long codeNumber = jdbc.queryForObject("select nextval('household_code_seq')", Long.class) + 1000;
        Random random = new Random(7);
        List<HouseholdSearchBenchmark.Sample> samples = new ArrayList<>();
        int[] serials = new int[400];
        try (Connection connection = dataSource.getConnection()) {
            CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
            for (int start = 0; start < count; start += CHUNK) {
                StringBuilder hh = new StringBuilder(CHUNK * 300);
                StringBuilder mm = new StringBuilder(CHUNK * 3 * 120);
                for (int i = start; i < Math.min(count, start + CHUNK); i++) {
                    AdminUnit commune = communes.get(i % communes.size());
                    long id = nextHousehold++;
                    String code = "HGD-" + commune.code() + "-" + String.format("%06d", codeNumber++);
                    String family = Names.family(random);
                    boolean maleHead = random.nextInt(10) < 7;
                    String head = Names.person(random, family, maleHead);
                    String village = Names.VILLAGES[random.nextInt(Names.VILLAGES.length)];
                    String address = "Số " + (1 + random.nextInt(300)) + ", " + village + ", " + commune.name();
                    int size = 1 + random.nextInt(5);
                    List<String> parts = new ArrayList<>(List.of(code, head, address, village));
                    String headCccd = null;
                    for (int p = 0; p < size; p++) {
                        boolean male = p == 0 ? maleHead : random.nextBoolean();
                        String name = p == 0 ? head : Names.person(random, p == 1 ? Names.family(random) : family, male);
                        int year = p == 0 ? 1950 + random.nextInt(45) : 1940 + random.nextInt(80);
                        String relation = p == 0 ? "HEAD" : p == 1 ? "SPOUSE" : year > 1995 ? "CHILD" : "PARENT";
                        int centurySex = (year >= 2000 ? 2 : 0) + (male ? 0 : 1);
                        // serials from 500000 up per century-sex digit and year: clear of the demo seed's small serials
                        String number = String.format("034%d%02d%06d", centurySex, year % 100, 500_000 + serials[centurySex * 100 + year % 100]++);
                        headCccd = p == 0 ? number : headCccd;
                        parts.add(name);
                        parts.add(number);
                        mm.append(nextMember++).append('\t').append(id).append('\t').append(p).append('\t').append(name)
                                .append('\t').append(male ? "MALE" : "FEMALE").append('\t').append(year).append("-0")
                                .append(1 + random.nextInt(9)).append("-1").append(random.nextInt(9)).append('\t')
                                .append(relation).append('\t').append(number).append('\n');
                    }
                    String key = TextSearch.key(parts.stream().filter(s -> s != null && !s.isBlank())
                            .collect(Collectors.joining(" | ")));
                    hh.append(id).append('\t').append(code).append('\t').append(head).append('\t').append(address)
                            .append('\t').append(commune.code()).append('\t').append(commune.parentCode()).append('\t')
                            .append(village).append('\t').append(geography.areaOf(commune.code())).append('\t')
                            .append(random.nextInt(3) > 0).append('\t').append(key).append('\n');
                    if (i % 50 == 0) {
                        samples.add(new HouseholdSearchBenchmark.Sample(commune.code(), commune.parentCode(), code,
                                TextSearch.key(head), headCccd));
                    }
                }
                copy.copyIn("copy household (id, code, head_name, address, commune_code, district_code, village, area,"
                        + " agricultural, search_key) from stdin", new StringReader(hh.toString()));
                copy.copyIn("copy household_member (id, household_id, position, full_name, sex, birth_date, relation, cccd)"
                        + " from stdin", new StringReader(mm.toString()));
            }
        }
        jdbc.execute("select setval('household_id_seq', (select max(id) from household))");
        jdbc.execute("select setval('household_member_id_seq', (select max(id) from household_member))");
        jdbc.execute("select setval('household_code_seq', " + codeNumber + ")");
        long t = System.nanoTime();
        jdbc.execute(trgm);
        System.out.printf("trigram index rebuilt in %.1f s%n", (System.nanoTime() - t) / 1e9);
        jdbc.execute("vacuum analyze household");
        jdbc.execute("vacuum analyze household_member");
        return samples;
    }
}
