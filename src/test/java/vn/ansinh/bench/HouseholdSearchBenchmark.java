package vn.ansinh.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextImpl;
import vn.ansinh.AnSinhApplication;
import vn.ansinh.common.TextSearch;
import vn.ansinh.geography.AdminUnit;
import vn.ansinh.geography.Geography;
import vn.ansinh.household.HouseholdManagement;
import vn.ansinh.common.access.AppUserPrincipal;
import vn.ansinh.common.access.Jurisdiction;
import vn.ansinh.common.access.Role;

/**
 * Household search latency (DESIGN §7): 600,000 households (~1.8 M members) over the 260 communes, 20 users
 * searching at once through {@link HouseholdManagement#search}, each signed in with its own jurisdiction.
 * Run: {@code mvn -q -Pbench test-compile exec:java -Dbench=HouseholdSearchBenchmark [-Dhouseholds=600000 -Dsearches=2000]}.
 */
public final class HouseholdSearchBenchmark {

    private static final int THREADS = 20;

    record Sample(String commune, String district, String code, String headKey, String cccd) {
    }

    record User(AppUserPrincipal principal) {
        Jurisdiction scope() {
            return principal.jurisdiction();
        }
    }

    record Query(String kind, String text) {
    }

    record Timing(String kind, String level, double ms, long total) {
    }

    public static void main(String[] args) throws Exception {
        int households = Integer.getInteger("households", 600_000);
        int searches = Integer.getInteger("searches", 2000);
        System.setProperty("ansinh.embedded-postgres.data-dir", "");
        System.setProperty("logging.level.root", "WARN");
        System.setProperty("ansinh.demo-data", System.getProperty("ansinh.demo-data", "false"));
        try (ConfigurableApplicationContext app = SpringApplication.run(AnSinhApplication.class, args)) {
            Geography geography = app.getBean(Geography.class);
            JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
            List<AdminUnit> communes = geography.allCommunes();
            long t0 = System.nanoTime();
            // A standing server already loaded by ProvinceData is searched as it is; otherwise load a fresh register.
            List<Sample> samples = jdbc.queryForObject("select count(*) from household", Long.class) >= households
                    ? fromRegister(jdbc)
                    : new BulkLoad(app.getBean(DataSource.class), jdbc, geography).load(communes, households);
            System.out.printf("loaded %d households, %d members over %d communes in %.1f s%n",
                    jdbc.queryForObject("select count(*) from household", Long.class),
                    jdbc.queryForObject("select count(*) from household_member", Long.class),
                    communes.size(), (System.nanoTime() - t0) / 1e9);
            List<User> users = users(communes);
            HouseholdManagement register = app.getBean(HouseholdManagement.class);
            run("warm-up", 200, users, samples, register);
            java.util.Map<Integer, Long> backends = new java.util.HashMap<>();
            long[] cpu0 = cpu(jdbc, backends);
            String stat0 = firstLine("/proc/stat");
            List<Timing> timings = run("measured", searches, users, samples, register);
            java.util.Map<Integer, Long> before = new java.util.HashMap<>(backends);
            backends.clear();
            cpu(jdbc, backends);
            long pg = backends.entrySet().stream().mapToLong(e -> e.getValue() - before.getOrDefault(e.getKey(), 0L)).sum();
            long[] cpu1 = {((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                    .getOperatingSystemMXBean()).getProcessCpuTime(), cpu0[1] + pg};
            System.out.printf("CPU per search: JVM %.1f ms + PostgreSQL %.1f ms (this database's backends);"
                            + " cpu steal during the run %s jiffies%n",
                    (cpu1[0] - cpu0[0]) / 1e6 / searches, (cpu1[1] - cpu0[1]) / 1e6 / searches,
                    steal(firstLine("/proc/stat")) - steal(stat0));
            report(timings);
            explain(jdbc, samples, slowestKind(timings));
            Runtime rt = Runtime.getRuntime();
            System.out.printf("heap used %d MB; load average %s%n", (rt.totalMemory() - rt.freeMemory()) >> 20,
                    new String(java.nio.file.Files.readAllBytes(java.nio.file.Path.of("/proc/loadavg"))).trim());
        }
        System.exit(0);
    }

    /**
     * This JVM's CPU time and that of each PostgreSQL backend serving this database (its pool), in ns, from /proc
     * (Linux, the database on this machine); a backend missing at the start counts from zero.
     */
    private static long[] cpu(JdbcTemplate jdbc, java.util.Map<Integer, Long> backends) {
        long jvm = ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getProcessCpuTime();
        for (Integer pid : jdbc.queryForList("select pid from pg_stat_activity where datname = current_database()",
                Integer.class)) {
            try {
                String stat = java.nio.file.Files.readString(java.nio.file.Path.of("/proc", pid.toString(), "stat"));
                String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                backends.put(pid, (Long.parseLong(f[11]) + Long.parseLong(f[12])) * 10_000_000L); // utime, stime; USER_HZ 100
            } catch (java.io.IOException | RuntimeException gone) {
                // not on this machine, or ended meanwhile
            }
        }
        return new long[] {jvm, backends.values().stream().mapToLong(Long::longValue).sum()};
    }

    private static String firstLine(String file) {
        try {
            return java.nio.file.Files.readAllLines(java.nio.file.Path.of(file)).get(0);
        } catch (java.io.IOException e) {
            return "cpu 0 0 0 0 0 0 0 0";
        }
    }

    private static long steal(String cpuLine) {
        String[] f = cpuLine.trim().split("\\s+");
        return f.length > 8 ? Long.parseLong(f[8]) : 0;
    }

    /** Every 50th household of the register, as the load would have sampled it. */
    private static List<Sample> fromRegister(JdbcTemplate jdbc) {
        return jdbc.query("""
                select h.commune_code, h.district_code, h.code, h.head_name, m.cccd from household h
                join household_member m on m.household_id = h.id and m.position = 0
                where h.id % 50 = 0 and m.cccd is not null order by h.id""",
                (rs, n) -> new Sample(rs.getString(1), rs.getString(2), rs.getString(3), TextSearch.key(rs.getString(4)),
                        rs.getString(5)));
    }

    /** 12 commune officers (different communes), 5 district approvers, 3 province staff. */
    private static List<User> users(List<AdminUnit> communes) {
        List<User> users = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            AdminUnit c = communes.get(i * communes.size() / 12);
            users.add(user("xa." + c.code(), Role.COMMUNE_OFFICER, Jurisdiction.commune(c.code())));
        }
        String[] districts = {"336", "338", "339", "341", "343"};
        for (String d : districts) {
            users.add(user("huyen." + d, Role.DISTRICT_APPROVER, Jurisdiction.district(d)));
        }
        for (int i = 0; i < 3; i++) {
            users.add(user("tinh." + i, Role.POLICY_STAFF, Jurisdiction.province()));
        }
        return users;
    }

    private static User user(String name, Role role, Jurisdiction scope) {
        return new User(new AppUserPrincipal(name, "x", name, role, scope, true));
    }

    private static List<Timing> run(String label, int count, List<User> users, List<Sample> samples,
                                    HouseholdManagement register) throws Exception {
        List<Timing> timings = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger next = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        long t0 = System.nanoTime();
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                User user = users.get(t);
                Random random = new Random(42 + t);
                futures.add(pool.submit(() -> {
                    SecurityContextHolder.setContext(new SecurityContextImpl(new UsernamePasswordAuthenticationToken(
                            user.principal(), null, user.principal().getAuthorities())));
                    List<Sample> own = samples.stream().filter(s -> covers(user.scope(), s)).toList();
                    for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
                        Query q = query(random, own.isEmpty() || random.nextInt(10) < 3 ? samples : own);
                        long s = System.nanoTime();
                        long total = register.search(q.text(), PageRequest.of(0, 20, Sort.by("id"))).getTotalElements();
                        timings.add(new Timing(q.kind(), user.scope().level().name(), (System.nanoTime() - s) / 1e6, total));
                    }
                    SecurityContextHolder.clearContext();
                    return null;
                }));
            }
            for (Future<?> f : futures) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        System.out.printf("%s: %d searches from %d threads in %.1f s = %.0f searches/s%n",
                label, count, THREADS, seconds, count / seconds);
        return timings;
    }

    private static boolean covers(Jurisdiction scope, Sample s) {
        return scope.coversCommune(s.commune(), s.district());
    }

    private static Query query(Random random, List<Sample> from) {
        Sample s = from.get(random.nextInt(from.size()));
        return switch (random.nextInt(4)) {
            case 0 -> new Query("full-name", s.headKey());
            case 1 -> new Query("family-name", Names.FAMILY_KEYS[random.nextInt(3)]);
            case 2 -> new Query("cccd-fragment", s.cccd().substring(3 + random.nextInt(3), 12));
            default -> new Query("household-code", s.code());
        };
    }

    private static void report(List<Timing> timings) {
        System.out.println("latency in ms (page of 20, sorted by id):");
        System.out.printf("  %-24s %6s %8s %8s %8s %8s %10s%n", "group", "n", "p50", "p95", "p99", "max", "avg hits");
        line("all", timings);
        Map<String, List<Timing>> byKind = new TreeMap<>();
        Map<String, List<Timing>> byLevel = new TreeMap<>();
        Map<String, List<Timing>> byBoth = new TreeMap<>();
        for (Timing t : timings) {
            byKind.computeIfAbsent("kind " + t.kind(), k -> new ArrayList<>()).add(t);
            byLevel.computeIfAbsent("level " + t.level(), k -> new ArrayList<>()).add(t);
            byBoth.computeIfAbsent(t.level() + "/" + t.kind(), k -> new ArrayList<>()).add(t);
        }
        byKind.forEach(HouseholdSearchBenchmark::line);
        byLevel.forEach(HouseholdSearchBenchmark::line);
        byBoth.forEach(HouseholdSearchBenchmark::line);
    }

    private static void line(String group, List<Timing> timings) {
        double[] ms = timings.stream().mapToDouble(Timing::ms).sorted().toArray();
        double hits = timings.stream().mapToLong(Timing::total).average().orElse(0);
        System.out.printf("  %-24s %6d %8.1f %8.1f %8.1f %8.1f %10.0f%n", group, ms.length,
                pct(ms, 50), pct(ms, 95), pct(ms, 99), ms[ms.length - 1], hits);
    }

    private static double pct(double[] sorted, int p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
    }

    private static String slowestKind(List<Timing> timings) {
        Map<String, List<Timing>> byKind = new TreeMap<>();
        timings.forEach(t -> byKind.computeIfAbsent(t.kind(), k -> new ArrayList<>()).add(t));
        return byKind.entrySet().stream().max(java.util.Comparator.comparingDouble(
                e -> pct(e.getValue().stream().mapToDouble(Timing::ms).sorted().toArray(), 95))).orElseThrow().getKey();
    }

    /** Plans of the slowest query kind (by p95) at each level, as the door's queries run them. */
    private static void explain(JdbcTemplate jdbc, List<Sample> samples, String kind) {
        Sample s = samples.get(samples.size() / 2);
        String text = switch (kind) {
            case "full-name" -> s.headKey();
            case "cccd-fragment" -> s.cccd().substring(4);
            case "household-code" -> TextSearch.key(s.code());
            default -> "nguyen";
        };
        System.out.println("slowest kind by p95: " + kind);
        String[][] scopes = {{"PROVINCE", "34"}, {"DISTRICT", s.district()}, {"COMMUNE", s.commune()}};
        for (String[] scope : scopes) {
            for (String sql : ExplainedQueries.forScope(scope[0], scope[1], "%" + text + "%")) {
                System.out.println("EXPLAIN ANALYZE (" + scope[0] + ", " + kind + "): " + sql);
                jdbc.queryForList("explain (analyze, buffers) " + sql, String.class).forEach(l -> System.out.println("    " + l));
            }
        }
    }
}
