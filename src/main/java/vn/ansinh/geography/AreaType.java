package vn.ansinh.geography;

/** Phường and thị trấn are urban, xã are rural (POLICY.md §1.3 note 4). */
public enum AreaType {
    URBAN,
    RURAL
}
