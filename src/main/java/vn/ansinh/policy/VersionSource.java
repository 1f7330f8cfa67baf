package vn.ansinh.policy;

/** Where a version came from: the {@code rules/} folder at start-up (a change reviewed in git) or the workbench. */
public enum VersionSource {
    FILES, WORKBENCH
}
