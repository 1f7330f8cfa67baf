package vn.ansinh.bench;

import java.io.ByteArrayOutputStream;
import java.lang.management.ManagementFactory;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextImpl;
import vn.ansinh.AnSinhApplication;
import vn.ansinh.common.access.AppUserPrincipal;
import vn.ansinh.common.access.Jurisdiction;
import vn.ansinh.common.access.Role;
import vn.ansinh.household.imports.HouseholdImports;
import vn.ansinh.household.imports.ImportStatus;

/**
 * The household import of a commune survey file: a generated XLSX of {@code rows} member rows (50.000 by default,
 * ≈ 14.300 households of 1–6 members, every member with a CCCD) imported by the commune officer of Vũ Phúc through
 * the import door in VALID_ROWS mode, on an empty register. Prints the file size, the time and the heap.
 * Run: {@code mvn -q -Pbench test-compile exec:java -Dbench=HouseholdImportBenchmark [-Drows=50000 -Dmode=VALID_ROWS]}.
 */
public final class HouseholdImportBenchmark {

    private static final String COMMUNE = "12466";
    private static final String[] FAMILY = {"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Ngô"};
    private static final String[] MIDDLE = {"Văn", "Thị", "Đức", "Minh", "Thu", "Hữu", "Ngọc", "Quang"};
    private static final String[] GIVEN = {"An", "Bình", "Cúc", "Dũng", "Giang", "Hà", "Hùng", "Lan", "Mai", "Nam",
            "Phúc", "Quý", "Sơn", "Tâm", "Thảo", "Tuấn", "Vân", "Yến"};
    private static final String[] RELATIONS = {"Vợ/chồng", "Con", "Con", "Cha/mẹ", "Cháu"};

    public static void main(String[] args) throws Exception {
        int rows = Integer.getInteger("rows", 50_000);
        String mode = System.getProperty("mode", "VALID_ROWS");
        System.setProperty("ansinh.embedded-postgres.data-dir", "");
        System.setProperty("logging.level.root", "WARN");
        System.setProperty("ansinh.demo-data", System.getProperty("ansinh.demo-data", "false"));
        long g0 = System.nanoTime();
        byte[] xlsx = survey(rows, new Random(12));
        System.out.printf("generated %d rows: %.1f MB XLSX in %.1f s%n", rows, xlsx.length / 1e6, (System.nanoTime() - g0) / 1e9);
        try (ConfigurableApplicationContext app = SpringApplication.run(AnSinhApplication.class, args)) {
            JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
            AppUserPrincipal officer = new AppUserPrincipal("bench.import", "x", "bench.import", Role.COMMUNE_OFFICER,
                    Jurisdiction.commune(COMMUNE), true);
            SecurityContextHolder.setContext(new SecurityContextImpl(new UsernamePasswordAuthenticationToken(
                    officer, null, List.of())));
            HouseholdImports imports = app.getBean(HouseholdImports.class);
            long before = jdbc.queryForObject("select count(*) from household", Long.class);
            long t0 = System.nanoTime();
            UUID job = imports.submit(new MockMultipartFile("file", "khao-sat.xlsx", null, xlsx), mode, "SKIP").jobId();
            long accepted = System.nanoTime();
            ImportStatus status;
            long peakHeap = 0;
            do {
                Thread.sleep(250);
                status = imports.status(job);
                Runtime rt = Runtime.getRuntime();
                peakHeap = Math.max(peakHeap, rt.totalMemory() - rt.freeMemory());
            } while ("RUNNING".equals(status.status()));
            double seconds = (System.nanoTime() - t0) / 1e9;
            System.out.printf("upload checked (header, row count) in %.1f s%n", (accepted - t0) / 1e9);
            System.out.printf("import %s: %s, %d rows, %d imported, %d rejected, %d households created in %.1f s"
                            + " (%.0f rows/s)%n", mode, status.status(), status.rows(), status.imported(),
                    status.rejectedRows(), status.households().created(), seconds, status.rows() / seconds);
            System.out.printf("register: %d households before, %d after; %d members%n", before,
                    jdbc.queryForObject("select count(*) from household", Long.class),
                    jdbc.queryForObject("select count(*) from household_member", Long.class));
            System.out.printf("heap: peak sampled %.0f MB of max %.0f MB; load %.2f on %d cores%n", peakHeap / 1e6,
                    Runtime.getRuntime().maxMemory() / 1e6, ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                    Runtime.getRuntime().availableProcessors());
            if (!status.rejected().isEmpty()) {
                System.out.println("first rejections: " + status.rejected().subList(0, Math.min(5, status.rejected().size())));
            }
        }
    }

    /** The survey layout (the template's header), households of 1–6 members written as they are generated. */
    static byte[] survey(int rows, Random random) throws Exception {
        try (SXSSFWorkbook book = new SXSSFWorkbook(200); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            SXSSFSheet sheet = book.createSheet("Hộ gia đình");
            String[] header = {"Mã hộ trong phiếu", "Mã xã/phường", "Thôn/tổ dân phố", "Địa chỉ", "Họ và tên", "Giới tính",
                    "Ngày sinh", "Quan hệ với chủ hộ", "Số CCCD", "Mức độ khuyết tật", "Đang đi học"};
            Row head = sheet.createRow(0);
            for (int i = 0; i < header.length; i++) {
                head.createCell(i).setCellValue(header[i]);
            }
            int line = 1;
            int household = 0;
            long cccd = 34_000_000_000L;
            while (line <= rows) {
                household++;
                int size = Math.min(1 + random.nextInt(6), rows - line + 1);
                String key = "HO-" + household;
                String village = "Thôn " + (1 + random.nextInt(12));
                for (int m = 0; m < size; m++) {
                    Row row = sheet.createRow(line++);
                    boolean head0 = m == 0;
                    int year = head0 ? 1940 + random.nextInt(50) : 1950 + random.nextInt(74);
                    String[] cells = {key, head0 ? COMMUNE : "", head0 ? village : "", head0 ? "Số " + household + ", " + village : "",
                            FAMILY[random.nextInt(FAMILY.length)] + " " + MIDDLE[random.nextInt(MIDDLE.length)] + " "
                                    + GIVEN[random.nextInt(GIVEN.length)],
                            random.nextBoolean() ? "Nam" : "Nữ",
                            String.format("%02d/%02d/%d", 1 + random.nextInt(28), 1 + random.nextInt(12), year),
                            head0 ? "Chủ hộ" : RELATIONS[random.nextInt(RELATIONS.length)],
                            String.format("%012d", cccd++), random.nextInt(20) == 0 ? "Nhẹ" : "Không",
                            year > 2006 ? "Có" : "Không"};
                    for (int i = 0; i < cells.length; i++) {
                        row.createCell(i).setCellValue(cells[i]);
                    }
                }
            }
            book.write(out);
            book.dispose();
            return out.toByteArray();
        }
    }
}
