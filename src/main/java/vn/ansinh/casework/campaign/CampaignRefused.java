package vn.ansinh.casework.campaign;

import vn.ansinh.common.ConflictException;

/**
 * The campaign cannot do this from where it stands (409): a campaign of the year exists, another one is open, it is
 * still opening, it is closed (read-only), or cases remain open and the close was not confirmed ({@code openCases}).
 * {@code code} is the message key pages show.
 */
public class CampaignRefused extends ConflictException {

    private final String code;
    private final long openCases;

    CampaignRefused(String code, String detail) {
        this(code, detail, 0);
    }

    CampaignRefused(String code, String detail, long openCases) {
        super(detail);
        this.code = code;
        this.openCases = openCases;
    }

    public String code() {
        return code;
    }

    public long openCases() {
        return openCases;
    }
}
