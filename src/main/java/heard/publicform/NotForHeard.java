package heard.publicform;

/** Why a submission is not one of Heard's records. */
enum NotForHeard {
    SPAM, DUPLICATE, WRONG_COUNCIL, NOT_CHILDRENS_SERVICES
}
