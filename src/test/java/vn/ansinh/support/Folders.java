package vn.ansinh.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** Copies a folder (e.g. {@code rules/}, possibly a symbolic link) for a test to change. */
public final class Folders {

    private Folders() {
    }

    public static void copy(Path from, Path to) throws IOException {
        Path real = from.toRealPath();
        try (Stream<Path> s = Files.walk(real)) {
            for (Path p : s.toList()) {
                Path target = to.resolve(real.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
    }
}
