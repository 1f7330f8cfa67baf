package vn.ansinh.household.imports;

import static vn.ansinh.household.imports.ImportColumn.*;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.ansinh.common.FieldErrorsResponse.FieldError;
import vn.ansinh.household.HouseholdForm;
import vn.ansinh.household.MemberForm;
import vn.ansinh.household.Relation;

/**
 * The rows of one household key, read into the household form: the household columns from its first row (a later
 * row may repeat them or leave them empty, but not differ), one member per row; the head's name is the name on the
 * row whose relation is the head. What cannot be read is a rejection of its row and column.
 */
final class SurveyHousehold {

    private static final List<ImportColumn> HOUSEHOLD_COLUMNS =
            List.of(COMMUNE_CODE, VILLAGE, ADDRESS, AGRICULTURAL, DIFFICULT_AREA);
    private static final Pattern MEMBER_FIELD = Pattern.compile("^members\\[(\\d+)]\\.?(\\w*)");

    final String key;
    final List<SurveyRow> rows = new ArrayList<>();
    final List<Rejection> rejections = new ArrayList<>();
    HouseholdForm form;

    SurveyHousehold(String key) {
        this.key = key;
    }

    SurveyRow first() {
        return rows.get(0);
    }

    String communeCode() {
        return first().get(COMMUNE_CODE);
    }

    List<String> cccds() {
        return form.getMembers().stream().map(MemberForm::getCccd).filter(c -> c != null && !c.isBlank()).toList();
    }

    /** Reads the rows into {@link #form}; false when a cell could not be read (the rejections say which). */
    boolean read(CellValues values, Function<String, String> message) {
        SurveyRow first = first();
        for (SurveyRow row : rows.subList(1, rows.size())) {
            for (ImportColumn column : HOUSEHOLD_COLUMNS) {
                String value = row.get(column);
                if (!value.isBlank() && !ImportColumn.normalise(value).equals(ImportColumn.normalise(first.get(column)))) {
                    rejections.add(Rejection.of(row.line(), column, message.apply("household.import.householdColumnDiffers")));
                }
            }
        }
        form = new HouseholdForm();
        form.setCommuneCode(first.get(COMMUNE_CODE));
        form.setVillage(blankToNull(first.get(VILLAGE)));
        form.setAddress(blankToNull(first.get(ADDRESS)));
        form.setAgricultural(yesNo(first, AGRICULTURAL, message));
        form.setEspeciallyDifficultArea(yesNo(first, DIFFICULT_AREA, message));
        for (SurveyRow row : rows) {
            form.getMembers().add(member(row, values, message));
        }
        List<SurveyRow> heads = rows.stream().filter(r -> form.getMembers().get(rows.indexOf(r)).getRelation() == Relation.HEAD).toList();
        if (heads.size() != 1 && rejections.isEmpty()) {
            rejections.add(Rejection.of((heads.isEmpty() ? first : heads.get(1)).line(), RELATION,
                    message.apply(heads.isEmpty() ? "household.import.noHead" : "household.import.twoHeads")));
        }
        if (!heads.isEmpty()) {
            form.setHeadName(form.getMembers().get(rows.indexOf(heads.get(0))).getFullName());
        }
        return rejections.isEmpty();
    }

    private MemberForm member(SurveyRow row, CellValues values, Function<String, String> message) {
        MemberForm member = new MemberForm();
        member.setFullName(blankToNull(row.get(FULL_NAME)));
        member.setCccd(CellValues.cccd(row.get(CCCD)));
        try {
            member.setSex(values.sex(row.get(SEX)));
        } catch (CellValues.Bad bad) {
            reject(row, SEX, bad, message);
        }
        try {
            member.setRelation(values.relation(row.get(RELATION)));
        } catch (CellValues.Bad bad) {
            reject(row, RELATION, bad, message);
        }
        try {
            member.setBirthDate(CellValues.day(row.get(BIRTH_DATE)));
        } catch (CellValues.Bad bad) {
            reject(row, BIRTH_DATE, bad, message);
        }
        try {
            member.setDeceasedOn(CellValues.day(row.get(DECEASED_ON)));
        } catch (CellValues.Bad bad) {
            reject(row, DECEASED_ON, bad, message);
        }
        try {
            member.setDisability(values.disability(row.get(DISABILITY)));
        } catch (CellValues.Bad bad) {
            reject(row, DISABILITY, bad, message);
        }
        try {
            member.setOrphanCase(values.orphanCase(row.get(ORPHAN_CASE)));
        } catch (CellValues.Bad bad) {
            reject(row, ORPHAN_CASE, bad, message);
        }
        try {
            member.setInjuryRate(CellValues.whole(row.get(INJURY_RATE)));
        } catch (CellValues.Bad bad) {
            reject(row, INJURY_RATE, bad, message);
        }
        String merit = row.get(MERIT_CATEGORIES);
        member.setMeritCategories(merit.isBlank() ? new ArrayList<>()
                : new ArrayList<>(Arrays.stream(merit.split("[,;\\s]+")).filter(s -> !s.isBlank()).toList()));
        member.setStudying(yesNo(row, STUDYING, message));
        member.setHasPension(yesNo(row, PENSION, message));
        member.setHasMonthlySocialInsurance(yesNo(row, MONTHLY_SOCIAL_INSURANCE, message));
        member.setHasObligedSupporter(yesNo(row, OBLIGED_SUPPORTER, message));
        member.setSingleParent(yesNo(row, SINGLE_PARENT, message));
        member.setHivPositive(yesNo(row, HIV_POSITIVE, message));
        member.setCaredForByHousehold(yesNo(row, CARED_FOR_BY_HOUSEHOLD, message));
        member.setSocialPensionRequested(yesNo(row, SOCIAL_PENSION_REQUESTED, message));
        member.setPregnant(yesNo(row, PREGNANT, message));
        member.setCommunityCareTakenIn(yesNo(row, COMMUNITY_CARE_TAKEN_IN, message));
        member.setReceivedChildAllowance(yesNo(row, RECEIVED_CHILD_ALLOWANCE, message));
        return member;
    }

    private boolean yesNo(SurveyRow row, ImportColumn column, Function<String, String> message) {
        try {
            return CellValues.yesNo(row.get(column));
        } catch (CellValues.Bad bad) {
            reject(row, column, bad, message);
            return false;
        }
    }

    private void reject(SurveyRow row, ImportColumn column, CellValues.Bad bad, Function<String, String> message) {
        rejections.add(Rejection.of(row.line(), column, message.apply(bad.key)));
    }

    /** The register's field errors of the form, each put back on its row and column of the file. */
    void refusedBy(List<FieldError> errors) {
        for (FieldError error : errors) {
            Matcher m = MEMBER_FIELD.matcher(error.field());
            if (m.find()) {
                int index = Integer.parseInt(m.group(1));
                SurveyRow row = index < rows.size() ? rows.get(index) : first();
                rejections.add(Rejection.of(row.line(), memberColumn(m.group(2)), error.message()));
            } else {
                rejections.add(Rejection.of(first().line(), householdColumn(error.field()), error.message()));
            }
        }
    }

    void reject(SurveyRow row, ImportColumn column, String reason) {
        rejections.add(Rejection.of(row.line(), column, reason));
    }

    private static ImportColumn memberColumn(String field) {
        return switch (field) {
            case "fullName" -> FULL_NAME;
            case "sex" -> SEX;
            case "birthDate" -> BIRTH_DATE;
            case "relation" -> RELATION;
            case "cccd" -> CCCD;
            case "disability" -> DISABILITY;
            case "meritCategories" -> MERIT_CATEGORIES;
            case "injuryRate" -> INJURY_RATE;
            case "orphanCase" -> ORPHAN_CASE;
            case "deceasedOn" -> DECEASED_ON;
            default -> null;
        };
    }

    private static ImportColumn householdColumn(String field) {
        return switch (field) {
            case "headName" -> FULL_NAME;
            case "address" -> ADDRESS;
            case "village" -> VILLAGE;
            case "communeCode" -> COMMUNE_CODE;
            case "members" -> HOUSEHOLD_KEY;
            default -> null;
        };
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
