package heard.publicform;

import java.util.List;

import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockMultipartFile;

/** A compliment sent on the public form with a letter: for tests of who may see what the public sent. */
public record ASubmissionWithAFile(String reference, String storedName) {

    public static ASubmissionWithAFile sent(ApplicationContext context) {
        Answers answers = new Answers(SubmissionKind.COMPLIMENT, false);
        answers.setWriter(Writer.PARENT_RELATIVE.name());
        answers.setServiceArea(Question.NOT_SURE);
        answers.setWhatHappened("Thank you for the visits");
        answers.setFromName("Pat Parent");
        answers.setReplyBy(ReplyBy.NONE.name());
        Attachments attachments = context.getBean(Attachments.class);
        attachments.keep(answers.draftId(), List.of(
                new MockMultipartFile("files", "letter.pdf", "application/pdf", PublicFormFixtures.aPdf())));
        String reference = context.getBean(PublicForm.class).submit(answers).reference();
        long id = context.getBean(SubmissionRepository.class).find(reference).orElseThrow().id();
        return new ASubmissionWithAFile(reference, attachments.ofSubmission(id).get(0).storedName());
    }

    /** The submission, with its file, logged as this statutory complaint by a complaints officer. */
    public ASubmissionWithAFile loggedAs(ApplicationContext context, heard.casework.CaseReference complaint) {
        SubmissionRepository submissions = context.getBean(SubmissionRepository.class);
        Submission s = submissions.find(reference).orElseThrow();
        submissions.decide(s.id(), s.version(), SubmissionStatus.LOGGED,
                Decision.ofCase(heard.casework.RecordType.COMPLAINT, heard.casework.ProcedureKind.STATUTORY), "olive",
                context.getBean(java.time.Clock.class).instant(), complaint.value(), null, null);
        return this;
    }

    /** The address of the submission's page in the inbox. */
    public String address() {
        return "/from-the-public/" + reference;
    }

    /** The address the file is downloaded from. */
    public String fileAddress() {
        return "/from-the-public/" + reference + "/files/" + storedName;
    }
}
