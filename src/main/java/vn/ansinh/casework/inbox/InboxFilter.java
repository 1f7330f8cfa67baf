package vn.ansinh.casework.inbox;

import vn.ansinh.casework.Program;

import java.util.List;
import vn.ansinh.common.BundleTexts;
import vn.ansinh.common.FieldErrorsResponse.FieldError;
import vn.ansinh.common.InvalidInput;

/** Inbox filters; null (or blank) means "any". A commune is its GSO code (digits). */
public record InboxFilter(String communeCode, Program program, boolean overdueOnly) {

    private static final BundleTexts TEXTS = new BundleTexts("i18n/casework");

    public InboxFilter {
        communeCode = communeCode == null || communeCode.isBlank() ? null : communeCode.trim();
        if (communeCode != null && !communeCode.matches("\\d{1,10}")) {
            throw new InvalidInput(List.of(new FieldError("commune", TEXTS.text("casework.inbox.commune.invalid"))));
        }
    }

    public static InboxFilter none() {
        return new InboxFilter(null, null, false);
    }
}
