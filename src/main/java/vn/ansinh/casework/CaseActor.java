package vn.ansinh.casework;

import java.util.List;

/**
 * Who acts on a case: a user name and the one area their role covers. Their candidate group is
 * {@code commune:<code>}, {@code district:<code>} or {@code province:<code>}.
 */
public record CaseActor(String username, ApprovalLevel level, String code) {

    public String group() {
        return level.name().toLowerCase() + ":" + code;
    }

    List<String> groups() {
        return List.of(group());
    }

    boolean covers(String communeCode, String districtCode) {
        return switch (level) {
            case PROVINCE -> true;
            case DISTRICT -> code.equals(districtCode);
            case COMMUNE -> code.equals(communeCode);
        };
    }
}
