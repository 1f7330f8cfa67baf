package vn.ansinh.policy.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.ansinh.common.Formats;
import vn.ansinh.common.HomeSection;
import vn.ansinh.common.access.AppUserPrincipal;
import vn.ansinh.common.access.Role;
import vn.ansinh.policy.PolicyVersion;
import vn.ansinh.policy.PolicyWorkbench;
import vn.ansinh.policy.VersionStatus;
import vn.ansinh.policy.VersionSummary;

/** The home page's rules: the rule set in force since when, the drafts, and the versions waiting for another's approval. */
@Component
class PolicyHome implements HomeSection {

    private final PolicyWorkbench workbench;

    PolicyHome(PolicyWorkbench workbench) {
        this.workbench = workbench;
    }

    @Override
    public int order() {
        return 30;
    }

    @Override
    public Optional<Card> cardFor(AppUserPrincipal user) {
        if (user.role() != Role.POLICY_STAFF) {
            return Optional.empty();
        }
        PolicyVersion inForce = workbench.inForce();
        List<VersionSummary> versions = workbench.versions();
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("label", inForce.label());
        v.put("since", Formats.date(inForce.effectiveAt() != null ? inForce.effectiveAt().atZoneSameInstant(Formats.PROVINCE)
                : inForce.createdAt().atZoneSameInstant(Formats.PROVINCE)));
        v.put("what", inForce.changelog() == null ? null : inForce.changelog().what());
        v.put("drafts", versions.stream().filter(s -> s.status() == VersionStatus.DRAFT).count());
        v.put("awaiting", versions.stream().filter(s -> s.status() == VersionStatus.AWAITING_APPROVAL
                && !user.username().equals(s.author())).count());
        v.put("versions", versions.size());
        return Optional.of(new Card("policy/home", v));
    }
}
