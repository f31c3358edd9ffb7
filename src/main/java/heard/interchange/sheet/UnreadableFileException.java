package heard.interchange.sheet;

import heard.interchange.caselog.Problem;

/** The file cannot be read as a case log at all (not UTF-8, broken quoting, not a workbook...). */
public class UnreadableFileException extends Exception {

    private final transient Problem problem;

    UnreadableFileException(Problem problem, Throwable cause) {
        super(problem.key(), cause);
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }
}
