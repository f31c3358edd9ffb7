package heard.calendar;

/**
 * The timescales of the statutory children's social care complaints procedure (Children Act 1989
 * Representations Procedure (England) Regulations 2006 and the guidance <i>Getting the Best from
 * Complaints</i>), fixed in code because the law fixes them. Each counts working days from its start date,
 * which is day 0; what starts each clock is the casework module's business.
 */
public final class StatutoryTimescales {

    /** Stage 1, local resolution: answer in 10 working days, or at most 20 when extended with the complainant's agreement. */
    public static final Timescale STAGE_1 = Timescale.extendable("Stage 1 response", 10, 20);

    /** Stage 2, investigation: 25 working days from the agreed statement of complaint, extendable to at most 65. */
    public static final Timescale STAGE_2 = Timescale.extendable("Stage 2 response", 25, 65);

    /** Stage 3: the review panel meets within 30 working days of the request. */
    public static final Timescale STAGE_3_PANEL = Timescale.of("Stage 3 review panel", 30);

    /** Stage 3: the panel reports within 5 working days of meeting. */
    public static final Timescale STAGE_3_PANEL_REPORT = Timescale.of("Stage 3 panel report", 5);

    /** Stage 3: the authority answers within 15 working days of the panel's report. */
    public static final Timescale STAGE_3_AUTHORITY_RESPONSE = Timescale.of("Stage 3 authority response", 15);

    /**
     * The complainant may ask for the next stage within 20 working days of an answer: Stage 2 after the
     * Stage 1 answer, Stage 3 after the Stage 2 answer.
     */
    public static final Timescale ESCALATION_REQUEST = Timescale.of("Request for the next stage", 20);

    /** An enquiry from an MP or councillor is answered within 5 working days (the council's standard, kept beside the statutory ones). */
    public static final Timescale MEMBER_ENQUIRY = Timescale.of("Member enquiry response", 5);

    private StatutoryTimescales() {
    }
}
