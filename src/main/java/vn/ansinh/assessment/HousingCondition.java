package vn.ansinh.assessment;

public enum HousingCondition { SOUND, DAMAGED_NEEDS_REPAIR, COLLAPSED_OR_HEAVILY_DAMAGED, MAKESHIFT_DILAPIDATED, NO_HOUSE }
