package vn.ansinh.policy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;

/** Content addressing of a rule-set tree: SHA-256 of each file, and of the sorted (path, file hash) list. */
final class RuleTree {

    private RuleTree() {
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The tree hash of path → file hash: a change of any file, name or content gives another hash. */
    static String treeHash(Map<String, String> files) {
        StringBuilder lines = new StringBuilder();
        new TreeMap<>(files).forEach((path, sha) -> lines.append(path).append('\0').append(sha).append('\n'));
        return sha256(lines.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** Every regular file under {@code dir} (links followed: a mounted rules folder), by path relative to it. */
    static SortedMap<String, byte[]> read(Path dir) {
        Path root = dir.toAbsolutePath().normalize();
        SortedMap<String, byte[]> out = new TreeMap<>();
        try (Stream<Path> s = Files.walk(root, FileVisitOption.FOLLOW_LINKS)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                out.put(root.relativize(p).toString().replace('\\', '/'), Files.readAllBytes(p));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    static SortedMap<String, String> hashes(Map<String, byte[]> files) {
        SortedMap<String, String> out = new TreeMap<>();
        files.forEach((path, content) -> out.put(path, sha256(content)));
        return out;
    }

    /**
     * Writes the files into {@code target} once: into a sibling folder first, then moved into place, so a reader never
     * sees half a tree; a target that exists already holds the same content (its name is the tree hash).
     */
    static Path writeOnce(Path target, Map<String, byte[]> files) {
        if (Files.isDirectory(target)) {
            return target;
        }
        try {
            Files.createDirectories(target.getParent());
            Path staging = Files.createTempDirectory(target.getParent(), ".staging-");
            write(staging, files);
            try {
                Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException raced) {
                if (!Files.isDirectory(target)) {
                    throw raced;
                }
            }
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void write(Path dir, Map<String, byte[]> files) throws IOException {
        for (Map.Entry<String, byte[]> f : files.entrySet()) {
            Path p = dir.resolve(f.getKey());
            Files.createDirectories(p.getParent());
            Files.write(p, f.getValue());
        }
    }
}
