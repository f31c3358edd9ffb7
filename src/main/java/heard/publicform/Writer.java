package heard.publicform;

import heard.casework.ComplainantRole;

/** Who is writing, in relation to the child the feedback is about. */
enum Writer {
    CHILD(ComplainantRole.YOUNG_PERSON),
    PARENT_RELATIVE(ComplainantRole.PARENT_RELATIVE),
    FOSTER_CARER(ComplainantRole.FOSTER_CARER),
    PROFESSIONAL_ADVOCATE(ComplainantRole.ADVOCATE),
    SOMEONE_ELSE(ComplainantRole.FRIEND_OTHER);

    private final ComplainantRole role;

    Writer(ComplainantRole role) {
        this.role = role;
    }

    /** The complainant's role as casework records it. */
    ComplainantRole role() {
        return role;
    }
}
