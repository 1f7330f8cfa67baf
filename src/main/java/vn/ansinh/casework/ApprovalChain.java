package vn.ansinh.casework;

import java.util.Arrays;
import java.util.List;

/**
 * Levels a case passes through, in order: the first prepares it (the commune's review, meeting and
 * posting), each following level approves it. A chain of one level approves itself.
 */
public record ApprovalChain(List<ApprovalLevel> levels) {

    public ApprovalChain {
        if (levels.isEmpty()) {
            throw new IllegalArgumentException("an approval chain needs at least one level");
        }
        levels = List.copyOf(levels);
    }

    static ApprovalChain parse(String text) {
        return new ApprovalChain(Arrays.stream(text.split(">")).map(String::strip).map(ApprovalLevel::valueOf).toList());
    }

    public List<ApprovalLevel> approvers() {
        return levels.size() == 1 ? levels : levels.subList(1, levels.size());
    }

    @Override
    public String toString() {
        return String.join(">", levels.stream().map(Enum::name).toList());
    }
}
