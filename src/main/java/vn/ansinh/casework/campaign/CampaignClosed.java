package vn.ansinh.casework.campaign;

import vn.ansinh.common.audit.Audited;

/**
 * Province staff closed the year's campaign: the year's official statuses of {@code fixed} households were written,
 * {@code leftOpen} of its cases were left open for the next year.
 */
public record CampaignClosed(long campaignId, int year, int fixed, long leftOpen) implements Audited {

    @Override
    public String action() {
        return "CAMPAIGN_CLOSED";
    }

    @Override
    public String subjectType() {
        return "review_campaign";
    }

    @Override
    public String subjectId() {
        return String.valueOf(campaignId);
    }

    @Override
    public String detail() {
        return year + ": " + fixed + " households fixed, " + leftOpen + " cases left open";
    }
}
