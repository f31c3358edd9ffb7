package heard.reporting;

/**
 * A year's totals from before Heard held the council's records, entered by the complaints manager so that
 * reports can compare with it. The three stages' volumes are required; the rest are null when unknown.
 *
 * @param id      null until saved
 * @param version for optimistic locking: the version the person read
 */
record HistoricalYear(Long id, String label, ReportPeriod period, int stage1Received, int stage2Received,
                      int stage3Received, Integer representations, Integer compliments, Integer memberEnquiries,
                      Integer stage1Responses, Integer stage1OnTime, Integer stage2Responses, Integer stage2OnTime,
                      int version) {
}
