package vn.ansinh.policy;

/** A problem of a draft: the file relative to {@code rules/}, the line (0 for the whole file) and what is wrong. */
public record Finding(String file, int line, String message) implements java.io.Serializable {
}
