package vn.ansinh.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The demo's start-up as a person starts it (README, Start-up): the application in a JVM of its own on a fresh
 * {@code ANSINH_DATA_DIR} — first start with the register and the demo province seeded — then once more on the same
 * data (restart, nothing seeded). Printed per start: the JVM's time to "Started" (Spring's "process running for"),
 * the register's and the demo province's lines with their own times, the wall time to the last of them, and the load
 * average before and after. Run: {@code mvn -q -Pbench test-compile exec:java -Dbench=StartupBenchmark} after
 * {@code mvn -B -o -q package -DskipTests}; {@code -Dapp=target/app/ansinh-0.1.0-SNAPSHOT.jar} (default: the extracted
 * layout when {@code target/app} exists, else the packaged jar), {@code -Dport=18080}, {@code -Dstarts=2}.
 * {@code -Dscript=start.sh} starts the app as README's launch script does (its JVM options and class-data archive)
 * instead of {@code java -jar}: the script's {@code prepare} (the archive, once per build) runs first and is not timed;
 * with {@code -Dprepare=false} the archive is removed instead, so the first start is a fresh build's (it lists its
 * classes and the archive is made in the background; the restart waits for it, at most 3 minutes, untimed).
 */
public final class StartupBenchmark {

    private static final Pattern STARTED = Pattern.compile("Started AnSinhApplication in ([0-9.]+) seconds \\(process running for ([0-9.]+)\\)");
    private static final Pattern DEMO = Pattern.compile("Demo province seeded in ([0-9.]+) s: (\\d+) cases");
    private static final Pattern REGISTER = Pattern.compile("Demo register: (\\d+) households");
    private static final long LIMIT_SECONDS = 900;

    private StartupBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path app = Path.of(System.getProperty("app", Files.isDirectory(Path.of("target/app"))
                ? "target/app/ansinh-0.1.0-SNAPSHOT.jar" : "target/ansinh-0.1.0-SNAPSHOT.jar"));
        int starts = Integer.getInteger("starts", 2);
        Path data = Files.createTempDirectory("ansinh-startup-");
        String script = System.getProperty("script");
        System.out.printf("app %s, data %s%n", script == null ? app : script, data);
        boolean fresh = "false".equals(System.getProperty("prepare"));
        Path archive = Path.of("target/app/ansinh.jsa");
        if (script != null && fresh) {
            Files.deleteIfExists(archive);
        } else if (script != null) {
            prepare(script);
        }
        for (int i = 0; i < starts; i++) {
            if (i > 0 && script != null && fresh) {
                awaitArchive(archive);
            }
            start(i == 0 ? "first start" : "restart", app, data);
        }
        System.exit(0);
    }

    private static void start(String label, Path app, Path data) throws IOException, InterruptedException {
        String loadBefore = load();
        long[] cpuBefore = cpu();
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String script = System.getProperty("script");
        ProcessBuilder pb = (script == null ? new ProcessBuilder(java, "-jar", app.toAbsolutePath().toString())
                : new ProcessBuilder("bash", Path.of(script).toAbsolutePath().toString()))
                .redirectErrorStream(true);
        pb.environment().put("JAVA_HOME", System.getProperty("java.home"));
        pb.environment().put("ANSINH_DATA_DIR", data.resolve("postgres").toString());
        pb.environment().put("PORT", System.getProperty("port", "18080"));
        long t0 = System.nanoTime();
        Process process = pb.start();
        Double jvmReady = null;
        Double demo = null;
        String register = null;
        double lastLine = 0;
        boolean seeds = label.equals("first start");
        List<String> tail = new ArrayList<>();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                tail.add(line);
                if (tail.size() > 40) {
                    tail.remove(0);
                }
                double now = (System.nanoTime() - t0) / 1e9;
                Matcher started = STARTED.matcher(line);
                if (started.find()) {
                    jvmReady = Double.parseDouble(started.group(2));
                    lastLine = now;
                }
                Matcher reg = REGISTER.matcher(line);
                if (reg.find()) {
                    register = reg.group(1) + " households at " + String.format("%.1f s", now);
                    lastLine = now;
                }
                Matcher d = DEMO.matcher(line);
                if (d.find()) {
                    demo = Double.parseDouble(d.group(1));
                    lastLine = now;
                }
                if (jvmReady != null && (!seeds || demo != null) || now > LIMIT_SECONDS) {
                    break;
                }
            }
        } finally {
            process.destroy();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
        if (jvmReady == null) {
            System.out.println(label + ": did not start; last lines:");
            tail.forEach(System.out::println);
            return;
        }
        System.out.printf("%s: Spring ready %.1f s (JVM start to \"Started\"), register %s, demo province %s, "
                        + "last line at %.1f s; load %s -> %s, CPU stolen by the host %s%n", label, jvmReady,
                register == null ? "-" : register, demo == null ? "-" : String.format("%.1f s", demo), lastLine,
                loadBefore, load(), steal(cpuBefore, cpu()));
    }

    /** The archive the first start's background job makes (its lock gone once it is done), untimed. */
    private static void awaitArchive(Path archive) throws InterruptedException {
        long t0 = System.nanoTime();
        Path lock = archive.resolveSibling(".cds-lock");
        while (Files.exists(lock) && System.nanoTime() - t0 < 180e9) {
            Thread.sleep(1000);
        }
        System.out.printf("archive %s after %.1f s (not part of the starts)%n", Files.exists(archive) ? "made" : "missing",
                (System.nanoTime() - t0) / 1e9);
    }

    /** The script's own preparation (the class-data archive when missing or older than the jar), untimed. */
    private static void prepare(String script) throws IOException, InterruptedException {
        long t0 = System.nanoTime();
        ProcessBuilder pb = new ProcessBuilder("bash", Path.of(script).toAbsolutePath().toString(), "prepare").inheritIO();
        pb.environment().put("JAVA_HOME", System.getProperty("java.home"));
        int exit = pb.start().waitFor();
        System.out.printf("%s prepare: exit %d in %.1f s (not part of the starts)%n", script, exit, (System.nanoTime() - t0) / 1e9);
    }

    /** The machine's CPU time so far ({@code /proc/stat}'s first line): total and steal, in clock ticks. */
    private static long[] cpu() throws IOException {
        String[] f = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
        long total = 0;
        for (int i = 1; i < Math.min(f.length, 9); i++) {
            total += Long.parseLong(f[i]);
        }
        return new long[] {total, f.length > 8 ? Long.parseLong(f[8]) : 0};
    }

    private static String steal(long[] before, long[] after) {
        long total = after[0] - before[0];
        return total <= 0 ? "-" : String.format("%.0f %%", 100.0 * (after[1] - before[1]) / total);
    }

    private static String load() throws IOException {
        String[] avg = Files.readString(Path.of("/proc/loadavg")).split(" ");
        return avg[0] + " " + avg[1] + " " + avg[2];
    }
}
