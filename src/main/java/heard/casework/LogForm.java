package heard.casework;

import jakarta.servlet.http.HttpSession;

/** The log form, for another module to start it filled in with a complaint made elsewhere. */
public final class LogForm {

    private LogForm() {
    }

    /**
     * Puts the complaint in the person's session as the log form's draft (in place of any draft there)
     * and returns the address of the form, to send them to.
     */
    public static String startFrom(HttpSession session, ComplaintToLog complaint) {
        LogComplaintController.prefill(session, complaint);
        return LogComplaintController.PATH;
    }
}
