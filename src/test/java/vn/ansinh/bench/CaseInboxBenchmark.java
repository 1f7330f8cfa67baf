package vn.ansinh.bench;

import java.time.LocalDate;
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
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextImpl;
import vn.ansinh.AnSinhApplication;
import vn.ansinh.casework.CaseActor;
import vn.ansinh.casework.CaseActors;
import vn.ansinh.casework.CaseList;
import vn.ansinh.casework.CaseListFilter;
import vn.ansinh.casework.CaseListPage;
import vn.ansinh.casework.CaseStatus;
import vn.ansinh.casework.Program;
import vn.ansinh.casework.inbox.CaseDashboard;
import vn.ansinh.casework.inbox.CaseInbox;
import vn.ansinh.casework.inbox.InboxFilter;
import vn.ansinh.common.access.AppUserPrincipal;
import vn.ansinh.common.access.Jurisdiction;
import vn.ansinh.common.access.Role;
import vn.ansinh.geography.AdminUnit;
import vn.ansinh.geography.Geography;

/**
 * The inbox, the case list and the case dashboard with ≈ 1.000.000 cases (issue 12): {@link CaseRows} builds the
 * cases with their Flowable runtime rows (a few hundred real cases driven through {@code CaseWorkflow}, multiplied
 * in SQL), then 20 client threads — 12 commune officers, 5 district approvers, 3 province approvers, each signed in
 * with its own area — call the real doors without pause: {@link CaseInbox#of} (no filter, a program, a commune,
 * overdue only), {@link CaseList#page} (first page and the next pages by cursor, with and without a status) and
 * {@link CaseDashboard#of}. Prints p50/p95/p99 per door and level, throughput, and EXPLAIN (ANALYZE, BUFFERS) of the
 * slowest door's queries.
 * Run: {@code MAVEN_OPTS=-Xmx1g SPRING_DATASOURCE_URL=… mvn -q -Pbench test-compile exec:java -Dbench=CaseInboxBenchmark
 * [-Dcases=1000000 -Dhouseholds=150000 -Drequests=4000]}.
 */
public final class CaseInboxBenchmark {

    private static final int THREADS = 20;

    record User(AppUserPrincipal principal) {
        Jurisdiction scope() {
            return principal.jurisdiction();
        }
    }

    record Timing(String door, String level, double ms, int rows) {
    }

    public static void main(String[] args) throws Exception {
        int cases = Integer.getInteger("cases", 1_000_000);
        int households = Integer.getInteger("households", 150_000);
        int requests = Integer.getInteger("requests", 4000);
        System.setProperty("ansinh.embedded-postgres.data-dir", "");
        System.setProperty("logging.level.root", "WARN");
        System.setProperty("ansinh.demo-data", System.getProperty("ansinh.demo-data", "false"));
        try (ConfigurableApplicationContext app = SpringApplication.run(AnSinhApplication.class, args)) {
            Geography geography = app.getBean(Geography.class);
            JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
            List<AdminUnit> communes = geography.allCommunes();
            long t0 = System.nanoTime();
            if (jdbc.queryForObject("select count(*) from household", Long.class) < households) {
                new BulkLoad(app.getBean(DataSource.class), jdbc, geography).load(communes, households);
                System.out.printf("households loaded in %.1f s%n", (System.nanoTime() - t0) / 1e9);
            }
            new CaseRows(app, jdbc).build(cases);
            System.out.printf("data: %s households, %s cases (%s open), %s tasks, %s identity links, %s variables,"
                            + " %s executions; ready in %.1f s; load average %s%n",
                    count(jdbc, "household"), count(jdbc, "casework_case"),
                    jdbc.queryForObject("select count(*) from casework_case where status not in ('APPROVED','REJECTED','CLOSED')", Long.class),
                    count(jdbc, "act_ru_task"), count(jdbc, "act_ru_identitylink"), count(jdbc, "act_ru_variable"),
                    count(jdbc, "act_ru_execution"), (System.nanoTime() - t0) / 1e9, loadAverage());
            List<User> users = users(jdbc);
            run(app, "warm-up", 400, users);
            List<Timing> timings = run(app, "measured", requests, users);
            report(timings);
            explain(app, jdbc, users, slowest(timings));
            Runtime rt = Runtime.getRuntime();
            System.out.printf("heap used %d MB; load average %s%n", (rt.totalMemory() - rt.freeMemory()) >> 20, loadAverage());
        }
        System.exit(0);
    }

    private static String count(JdbcTemplate jdbc, String table) {
        return String.format("%,d", jdbc.queryForObject("select count(*) from " + table, Long.class));
    }

    static String loadAverage() {
        try {
            return new String(java.nio.file.Files.readAllBytes(java.nio.file.Path.of("/proc/loadavg"))).trim();
        } catch (java.io.IOException e) {
            return "?";
        }
    }

    /** 12 commune officers of different communes, 5 district approvers, 3 province approvers (all with open cases). */
    private static List<User> users(JdbcTemplate jdbc) {
        List<String> communes = jdbc.queryForList("select commune_code from casework_case where status = 'ASSESSMENT'"
                + " group by commune_code order by commune_code", String.class);
        List<String> districts = jdbc.queryForList("select district_code from casework_case where status = 'APPROVAL'"
                + " and approval_level = 'DISTRICT' group by district_code order by district_code", String.class);
        List<User> users = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            String c = communes.get(i * communes.size() / 12);
            users.add(user("xa." + c, Role.COMMUNE_OFFICER, Jurisdiction.commune(c)));
        }
        for (int i = 0; i < 5; i++) {
            String d = districts.get(i * districts.size() / 5);
            users.add(user("huyen." + d, Role.DISTRICT_APPROVER, Jurisdiction.district(d)));
        }
        for (int i = 0; i < 3; i++) {
            users.add(user("tinh." + i, Role.PROVINCE_APPROVER, Jurisdiction.province()));
        }
        return users;
    }

    private static User user(String name, Role role, Jurisdiction scope) {
        return new User(new AppUserPrincipal(name, "x", name, role, scope, true));
    }

    private static void signIn(User user) {
        SecurityContextHolder.setContext(new SecurityContextImpl(new UsernamePasswordAuthenticationToken(
                user.principal(), null, user.principal().getAuthorities())));
    }

    private static List<Timing> run(ConfigurableApplicationContext app, String label, int count, List<User> users)
            throws Exception {
        CaseInbox inbox = app.getBean(CaseInbox.class);
        CaseList list = app.getBean(CaseList.class);
        CaseDashboard dashboard = app.getBean(CaseDashboard.class);
        CaseActors actors = app.getBean(CaseActors.class);
        List<String> communes = app.getBean(Geography.class).allCommunes().stream().map(AdminUnit::code).toList();
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
                    signIn(user);
                    CaseActor actor = actors.current();
                    String level = user.scope().level().name();
                    List<String> own = communes.stream().filter(c -> user.scope().coversCommune(c,
                            app.getBean(Geography.class).commune(c).map(AdminUnit::parentCode).orElse(null))).toList();
                    for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
                        int kind = random.nextInt(10);
                        if (kind < 4) {
                            InboxFilter filter = switch (random.nextInt(4)) {
                                case 0 -> InboxFilter.none();
                                case 1 -> new InboxFilter(null, Program.values()[random.nextInt(3) == 0 ? 0 : 5], false);
                                case 2 -> new InboxFilter(own.get(random.nextInt(own.size())), null, false);
                                default -> new InboxFilter(null, null, true);
                            };
                            long s = System.nanoTime();
                            int n = inbox.of(actor, filter).size();
                            timings.add(new Timing("inbox", level, (System.nanoTime() - s) / 1e6, n));
                        } else if (kind < 9) {
                            CaseStatus status = random.nextInt(3) == 0 ? CaseStatus.APPROVAL : null;
                            CaseListFilter filter = new CaseListFilter(status, null, null, null, null, false, null,
                                    CaseListFilter.DEFAULT_SIZE);
                            long s = System.nanoTime();
                            CaseListPage page = list.page(actor, filter);
                            timings.add(new Timing("list-first", level, (System.nanoTime() - s) / 1e6, page.rows().size()));
                            for (int p = 0; p < 3 && page.hasMore(); p++) {
                                long s2 = System.nanoTime();
                                page = list.page(actor, filter.after(page.next()));
                                timings.add(new Timing("list-next", level, (System.nanoTime() - s2) / 1e6, page.rows().size()));
                            }
                        } else {
                            long s = System.nanoTime();
                            CaseDashboard.Summary summary = dashboard.of(actor);
                            timings.add(new Timing("dashboard", level, (System.nanoTime() - s) / 1e6,
                                    summary.overdue().size() + summary.postingEndsThisWeek().size()));
                        }
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
        System.out.printf("%s: %d requests (%d door calls) from %d threads in %.1f s = %.0f calls/s; load average %s%n",
                label, count, timings.size(), THREADS, seconds, timings.size() / seconds, loadAverage());
        return timings;
    }

    private static void report(List<Timing> timings) {
        System.out.println("latency in ms:");
        System.out.printf("  %-24s %6s %8s %8s %8s %8s %9s%n", "group", "n", "p50", "p95", "p99", "max", "avg rows");
        line("all", timings);
        Map<String, List<Timing>> byDoor = new TreeMap<>();
        Map<String, List<Timing>> byBoth = new TreeMap<>();
        for (Timing t : timings) {
            byDoor.computeIfAbsent(t.door(), k -> new ArrayList<>()).add(t);
            byBoth.computeIfAbsent(t.door() + "/" + t.level(), k -> new ArrayList<>()).add(t);
        }
        byDoor.forEach(CaseInboxBenchmark::line);
        byBoth.forEach(CaseInboxBenchmark::line);
    }

    private static void line(String group, List<Timing> timings) {
        double[] ms = timings.stream().mapToDouble(Timing::ms).sorted().toArray();
        double rows = timings.stream().mapToInt(Timing::rows).average().orElse(0);
        System.out.printf("  %-24s %6d %8.1f %8.1f %8.1f %8.1f %9.0f%n", group, ms.length,
                pct(ms, 50), pct(ms, 95), pct(ms, 99), ms[ms.length - 1], rows);
    }

    private static double pct(double[] sorted, int p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
    }

    /** The door and level with the highest p95. */
    private static Timing slowest(List<Timing> timings) {
        Map<String, List<Timing>> byBoth = new TreeMap<>();
        timings.forEach(t -> byBoth.computeIfAbsent(t.door() + "/" + t.level(), k -> new ArrayList<>()).add(t));
        List<Timing> worst = byBoth.values().stream().max(java.util.Comparator.comparingDouble(
                v -> pct(v.stream().mapToDouble(Timing::ms).sorted().toArray(), 95))).orElseThrow();
        return worst.get(0);
    }

    /** EXPLAIN (ANALYZE, BUFFERS) of every statement the slowest door sends, captured as it runs once more. */
    private static void explain(ConfigurableApplicationContext app, JdbcTemplate jdbc, List<User> users, Timing slowest) {
        User user = users.stream().filter(u -> u.scope().level().name().equals(slowest.level())).findFirst().orElseThrow();
        System.out.println("slowest by p95: " + slowest.door() + " / " + slowest.level() + " (" + user.principal().username() + ")");
        signIn(user);
        CaseActor actor = app.getBean(CaseActors.class).current();
        List<String> statements = new ArrayList<>(StatementCapture.during(() -> {
            switch (slowest.door()) {
                case "inbox" -> app.getBean(CaseInbox.class).of(actor, InboxFilter.none());
                case "dashboard" -> app.getBean(CaseDashboard.class).of(actor);
                default -> {
                    CaseList list = app.getBean(CaseList.class);
                    CaseListPage first = list.page(actor, CaseListFilter.none());
                    if (slowest.door().equals("list-next") && first.hasMore()) {
                        list.page(actor, CaseListFilter.none().after(first.next()));
                    }
                }
            }
        }));
        statements.addAll(jdbcStatements(slowest.door(), user.scope()));
        SecurityContextHolder.clearContext();
        for (String sql : statements) {
            System.out.println("EXPLAIN (ANALYZE, BUFFERS): " + sql);
            jdbc.queryForList("explain (analyze, buffers) " + sql, String.class).forEach(l -> System.out.println("    " + l));
        }
    }

    /** The JdbcTemplate statements of the door (not logged): the case list's first page, as {@code CaseList} writes it. */
    private static List<String> jdbcStatements(String door, Jurisdiction scope) {
        if (!door.startsWith("list")) {
            return List.of();
        }
        String where = switch (scope.level()) {
            case PROVINCE -> "true";
            case DISTRICT -> "district_code = '" + scope.code() + "'";
            case COMMUNE -> "commune_code = '" + scope.code() + "'";
        };
        return List.of("select id, household_id, program, status, opened_at, approval_due_on, posting_ends_on, overdue,"
                + " decided_on, member_id from casework_case where " + where + " order by opened_at desc, id desc limit 51");
    }

    static LocalDate today() {
        return LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh"));
    }
}
