package heard.interchange.transfer;

/** Told how far a check or an import has gone, so that a person waiting on a large file can see it move. */
public interface Progress {

    Progress NONE = new Progress() {
        @Override
        public void read(int rows) {
        }

        @Override
        public void written(int rows, int of) {
        }
    };

    /** Rows read and checked so far. */
    void read(int rows);

    /** Records written so far, of how many. */
    void written(int rows, int of);
}
