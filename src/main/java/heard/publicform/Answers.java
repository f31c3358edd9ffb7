package heard.publicform;

import java.io.Serializable;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;

/**
 * The answers given so far on one journey through the public form, as typed: the draft, which waits in
 * the person's session (kept in the database) until it is sent. The properties are in the order the
 * questions come, which is the order of the error summary. Files wait in the database under the draft's id.
 */
class Answers implements Serializable {

    private final String draftId = UUID.randomUUID().toString();
    private final SubmissionKind kind;
    private final boolean young;
    /** The questions answered, by their address: the next one asked is the first that applies and is not. */
    private final Set<String> answered = new LinkedHashSet<>();

    private String writer;
    private String childName;
    private String childAgrees;
    private String advocate;
    private String serviceArea;
    private String whatHappened;
    private String putRight;
    private String staffNamed;
    private String fromName;
    private String replyBy;
    private String email;
    private String phone;
    private String postalAddress;
    /** Never set: the files question's field, which its errors are about. */
    private String files;

    Answers(SubmissionKind kind, boolean young) {
        this.kind = kind;
        this.young = young;
    }

    String draftId() {
        return draftId;
    }

    SubmissionKind kind() {
        return kind;
    }

    boolean young() {
        return young;
    }

    boolean hasAnswered(Question question) {
        return answered.contains(question.slug());
    }

    void answered(Question question) {
        answered.add(question.slug());
    }

    boolean isComplaint() {
        return kind == SubmissionKind.COMPLAINT;
    }

    boolean writtenByTheChild() {
        return Writer.CHILD.name().equals(writer);
    }

    // Bean properties, for the page's binding (th:object) and its error summary.

    public String getWriter() {
        return writer;
    }

    public void setWriter(String writer) {
        this.writer = writer;
    }

    public String getChildName() {
        return childName;
    }

    public void setChildName(String childName) {
        this.childName = childName;
    }

    public String getChildAgrees() {
        return childAgrees;
    }

    public void setChildAgrees(String childAgrees) {
        this.childAgrees = childAgrees;
    }

    public String getAdvocate() {
        return advocate;
    }

    public void setAdvocate(String advocate) {
        this.advocate = advocate;
    }

    public String getServiceArea() {
        return serviceArea;
    }

    public void setServiceArea(String serviceArea) {
        this.serviceArea = serviceArea;
    }

    public String getWhatHappened() {
        return whatHappened;
    }

    public void setWhatHappened(String whatHappened) {
        this.whatHappened = whatHappened;
    }

    public String getPutRight() {
        return putRight;
    }

    public void setPutRight(String putRight) {
        this.putRight = putRight;
    }

    public String getStaffNamed() {
        return staffNamed;
    }

    public void setStaffNamed(String staffNamed) {
        this.staffNamed = staffNamed;
    }

    public String getFromName() {
        return fromName;
    }

    public void setFromName(String fromName) {
        this.fromName = fromName;
    }

    public String getReplyBy() {
        return replyBy;
    }

    public void setReplyBy(String replyBy) {
        this.replyBy = replyBy;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getPostalAddress() {
        return postalAddress;
    }

    public void setPostalAddress(String postalAddress) {
        this.postalAddress = postalAddress;
    }

    public String getFiles() {
        return files;
    }
}
