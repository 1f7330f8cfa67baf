package vn.ansinh.geography;

import java.util.Optional;

/**
 * What became of an old unit at a reform: its successor and the source that says so, or — when no source was
 * found — no successor and {@code unconfirmed}, so that a person decides instead of the software guessing.
 */
public record Succession(String oldCode, String newCode, String source, boolean unconfirmed, String note) {

    public Optional<String> successorCode() {
        return Optional.ofNullable(newCode);
    }
}
