package vn.ansinh.policy;

import vn.ansinh.common.BundleTexts;
import java.util.List;
import java.util.regex.Pattern;
import vn.ansinh.common.FieldErrorsResponse.FieldError;
import vn.ansinh.common.InvalidInput;

/** A file path inside {@code rules/} as the workbench accepts it: relative, no {@code ..}, plain names. */
final class RulePaths {
    private static final BundleTexts TEXTS = new BundleTexts("i18n/policy");


    private static final Pattern SEGMENT = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9_.\\-]{0,99}");

    private RulePaths() {
    }

    static String check(String path) {
        String p = path == null ? "" : path;
        if (p.isEmpty() || p.length() > 300 || p.startsWith("/") || p.contains("\\") || p.contains(":")) {
            throw invalid();
        }
        for (String segment : p.split("/", -1)) {
            if (segment.equals("..") || segment.equals(".") || !SEGMENT.matcher(segment).matches()) {
                throw invalid();
            }
        }
        return p;
    }

    private static InvalidInput invalid() {
        return new InvalidInput(List.of(new FieldError("path",
                TEXTS.text("policy.error.path"))));
    }
}
