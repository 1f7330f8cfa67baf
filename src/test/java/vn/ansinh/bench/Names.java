package vn.ansinh.bench;

import java.util.random.RandomGenerator;
import vn.ansinh.common.TextSearch;

/** Vietnamese names with realistic weights: about 38 % Nguyễn, then Trần, Lê, Phạm … */
final class Names {

    static final String[] FAMILY = {"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Phan", "Bùi", "Đặng", "Đỗ",
            "Ngô", "Dương", "Lý", "Đào", "Đinh", "Mai", "Trịnh", "Lương", "Tạ", "Hà"};
    static final String[] FAMILY_KEYS = {"nguyen", "tran", "le"};
    private static final int[] FAMILY_WEIGHT = {38, 11, 9, 7, 5, 5, 4, 3, 3, 3, 2, 2, 1, 1, 1, 1, 1, 1, 1, 1};
    private static final String[] MALE_MIDDLE = {"Văn", "Văn", "Văn", "Đức", "Hữu", "Minh", "Quang", "Công", "Xuân", "Thành"};
    private static final String[] FEMALE_MIDDLE = {"Thị", "Thị", "Thị", "Thị", "Ngọc", "Thu", "Thanh", "Minh", "Hồng", "Phương"};
    private static final String[] MALE = {"An", "Bình", "Cường", "Dũng", "Đạt", "Hải", "Hiếu", "Hùng", "Huy", "Khánh",
            "Long", "Mạnh", "Nam", "Phong", "Phúc", "Quân", "Sơn", "Thắng", "Toàn", "Trung", "Tuấn", "Việt", "Vinh", "Hưng"};
    private static final String[] FEMALE = {"Anh", "Chi", "Dung", "Giang", "Hà", "Hằng", "Hạnh", "Hoa", "Hương", "Lan",
            "Linh", "Loan", "Mai", "Nga", "Ngọc", "Nhung", "Oanh", "Phượng", "Quỳnh", "Thảo", "Trang", "Tuyết", "Vân", "Yến"};
    static final String[] VILLAGES = {"Thôn Đông", "Thôn Tây", "Thôn Nam", "Thôn Bắc", "Thôn Trung", "Thôn Thượng",
            "Thôn Hạ", "Thôn An Lạc", "Thôn Phú Xuân", "Thôn Tân Phong", "Tổ dân phố 1", "Tổ dân phố 2"};
    private static final int TOTAL = java.util.Arrays.stream(FAMILY_WEIGHT).sum();

    private Names() {
    }

    static String family(RandomGenerator random) {
        int r = random.nextInt(TOTAL);
        for (int i = 0; i < FAMILY.length; i++) {
            r -= FAMILY_WEIGHT[i];
            if (r < 0) {
                return FAMILY[i];
            }
        }
        return FAMILY[0];
    }

    static String person(RandomGenerator random, String family, boolean male) {
        return family + " " + (male ? MALE_MIDDLE[random.nextInt(MALE_MIDDLE.length)] : FEMALE_MIDDLE[random.nextInt(FEMALE_MIDDLE.length)])
                + " " + (male ? MALE[random.nextInt(MALE.length)] : FEMALE[random.nextInt(FEMALE.length)]);
    }

    static String key(String text) {
        return TextSearch.key(text);
    }
}
