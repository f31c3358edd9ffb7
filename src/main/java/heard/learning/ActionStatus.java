package heard.learning;

/** Where an action stands: agreed, being carried out, done (with evidence), or dropped (with a reason). */
public enum ActionStatus {
    AGREED, IN_PROGRESS, DONE, DROPPED;

    /** Still to be done: agreed or in progress. */
    public boolean open() {
        return this == AGREED || this == IN_PROGRESS;
    }
}
