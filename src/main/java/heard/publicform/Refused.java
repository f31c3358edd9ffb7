package heard.publicform;

/** A request to the public form refused as a whole, with the status and the message (adult version's key) to show. */
class Refused extends RuntimeException {

    private final int status;
    private final String key;

    Refused(int status, String key) {
        super(key);
        this.status = status;
        this.key = key;
    }

    int status() {
        return status;
    }

    String key() {
        return key;
    }
}
