package heard.casework;

/** Who the complainant is in relation to the child. */
public enum ComplainantRole {
    YOUNG_PERSON, PARENT_RELATIVE, FOSTER_CARER, SPECIAL_GUARDIAN, ADOPTER, ADVOCATE, SOLICITOR, PROFESSIONAL,
    ELECTED_MEMBER, FRIEND_OTHER, ANONYMOUS;

    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
