package heard.casework;

/** For a complaint made on a child's behalf: whether the child agrees to it being made. */
public enum ChildConsent {
    AGREES, DOES_NOT_AGREE, NOT_YET_ASKED, NOT_ABLE_TO_SAY
}
