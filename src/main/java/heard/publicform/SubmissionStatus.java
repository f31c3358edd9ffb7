package heard.publicform;

/** Where a submission is: waiting in the inbox, logged as one of Heard's records, or set aside with a reason. */
enum SubmissionStatus {
    NEW, LOGGED, NOT_FOR_HEARD
}
