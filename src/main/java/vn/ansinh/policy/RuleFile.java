package vn.ansinh.policy;

/** A file of a version: its path relative to {@code rules/} and the SHA-256 of its content. */
public record RuleFile(String path, String sha256) {
}
