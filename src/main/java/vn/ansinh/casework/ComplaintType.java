package vn.ansinh.casework;

/** The kinds of complaint a household or neighbour may raise while a list is posted. */
public enum ComplaintType {
    WRONG_DATA, WRONGLY_INCLUDED, WRONGLY_EXCLUDED
}
