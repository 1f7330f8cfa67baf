package vn.ansinh.household;

import java.time.Instant;
import java.time.LocalDate;

/** A member removed from the household, as its page lists them: who, when, by whom and why. */
public record FormerMember(String fullName, LocalDate birthDate, Relation relation, String cccd, String reason,
                           String removedBy, Instant removedAt) {
}
