package vn.ansinh.reporting;

import java.util.List;

/** The words of the summary form in the reader's language: title, subtitle, the two header rows, the note. */
record SummaryLabels(String title, String subtitle, String unit, String households, String poor, String nearPoor,
                     List<String> flow, String note) {
}
