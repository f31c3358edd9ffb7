package heard.publicform;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import heard.casework.ChildConsent;
import org.springframework.beans.BeanWrapper;
import org.springframework.beans.PropertyAccessorFactory;
import org.springframework.validation.Errors;

/**
 * The questions of the public form, one a page, in the order they are asked: which apply to a journey,
 * what each takes from the page, and what each refuses. Their words come from {@link Words}.
 */
enum Question {
    WHO("who", Kind.RADIOS, "writer"),
    CHILD_NAME("child-name", Kind.INPUT, "childName"),
    CHILD_AGREES("child-agrees", Kind.RADIOS, "childAgrees"),
    ADVOCATE("advocate", Kind.RADIOS, "advocate"),
    SERVICE("service", Kind.RADIOS, "serviceArea"),
    WHAT("what", Kind.TEXTAREA, "whatHappened"),
    PUT_RIGHT("put-right", Kind.TEXTAREA, "putRight"),
    STAFF("staff", Kind.INPUT, "staffNamed"),
    FILES("files", Kind.FILES),
    NAME("name", Kind.INPUT, "fromName"),
    REPLY("reply", Kind.RADIOS, "replyBy"),
    CONTACT("contact", Kind.INPUT, "email", "phone", "postalAddress");

    /** How a question is asked. */
    enum Kind { RADIOS, INPUT, TEXTAREA, FILES }

    /** The longest answers taken (the columns of V080 hold them, and the records they become). */
    static final int NAME_LENGTH = 200;
    static final int WHAT_LENGTH = 3500;
    static final int PUT_RIGHT_LENGTH = 2000;
    static final int EMAIL_LENGTH = 320;
    static final int PHONE_LENGTH = 40;
    static final int ADDRESS_LENGTH = 400;

    /** The answer for a service when the person does not know which it is. */
    static final String NOT_SURE = "not-sure";

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern PHONE = Pattern.compile("[0-9 +()\\-]{6,40}");
    private static final Pattern NOT_KEPT = Pattern.compile("[\\p{Cntrl}&&[^\\n\\t]]|\\p{Cs}");

    private final String slug;
    private final Kind kind;
    private final List<String> fields;

    Question(String slug, Kind kind, String... fields) {
        this.slug = slug;
        this.kind = kind;
        this.fields = List.of(fields);
    }

    String slug() {
        return slug;
    }

    Kind kind() {
        return kind;
    }

    static java.util.Optional<Question> ofSlug(String slug) {
        return Stream.of(values()).filter(q -> q.slug.equals(slug)).findFirst();
    }

    /** Whether the journey asks this question, given the answers so far. */
    boolean appliesTo(Answers a) {
        return switch (this) {
            case CHILD_NAME, CHILD_AGREES -> a.isComplaint() && a.getWriter() != null && !a.writtenByTheChild();
            case ADVOCATE -> a.isComplaint() && a.writtenByTheChild();
            case PUT_RIGHT -> a.isComplaint();
            case STAFF -> a.kind() == SubmissionKind.COMPLIMENT;
            case CONTACT -> a.getReplyBy() != null && !ReplyBy.NONE.name().equals(a.getReplyBy());
            default -> true;
        };
    }

    /** The field the page shows: the contact question asks for the one way of replying chosen. */
    String field(Answers a) {
        if (this == CONTACT) {
            return switch (ReplyBy.valueOf(a.getReplyBy())) {
                case PHONE -> "phone";
                case POST -> "postalAddress";
                default -> "email";
            };
        }
        return fields.isEmpty() ? null : fields.get(0);
    }

    /**
     * Takes this question's answers from the page's parameters, as typed but for characters no one types
     * (control characters, halves of characters) and the spaces around them.
     */
    void take(Map<String, String[]> parameters, Answers a) {
        if (fields.isEmpty()) {
            return;
        }
        BeanWrapper bean = PropertyAccessorFactory.forBeanPropertyAccess(a);
        String field = field(a);
        String[] given = parameters.get(field);
        String value = given == null || given.length == 0 ? null : given[0];
        if (value != null) {
            value = NOT_KEPT.matcher(value.replace("\r\n", "\n")).replaceAll("").strip();
        }
        bean.setPropertyValue(field, value == null || value.isEmpty() ? null : value);
    }

    /** Refuses what this question cannot take, in words from the journey's version. */
    void validate(Answers a, Set<String> serviceAreas, Words words, Errors errors) {
        switch (this) {
            case WHO -> oneOf(a.getWriter(), names(Writer.values()), "writer", "who.missing", words, errors);
            case CHILD_NAME -> notTooLong(a.getChildName(), NAME_LENGTH, "childName", words, errors);
            case CHILD_AGREES -> oneOf(a.getChildAgrees(), names(ChildConsent.values()), "childAgrees",
                    "childAgrees.missing", words, errors);
            case ADVOCATE -> oneOf(a.getAdvocate(), Set.of("yes", "no"), "advocate", "advocate.missing", words, errors);
            case SERVICE -> {
                if (!NOT_SURE.equals(a.getServiceArea())) {
                    oneOf(a.getServiceArea(), serviceAreas, "serviceArea", "service.missing", words, errors);
                }
            }
            case WHAT -> required(a.getWhatHappened(), WHAT_LENGTH, "whatHappened", words, errors);
            case PUT_RIGHT -> required(a.getPutRight(), PUT_RIGHT_LENGTH, "putRight", words, errors);
            case STAFF -> notTooLong(a.getStaffNamed(), NAME_LENGTH, "staffNamed", words, errors);
            case NAME -> {
                if (a.isComplaint()) {
                    required(a.getFromName(), NAME_LENGTH, "fromName", words, errors);
                } else {
                    notTooLong(a.getFromName(), NAME_LENGTH, "fromName", words, errors);
                }
            }
            case REPLY -> oneOf(a.getReplyBy(), a.isComplaint() ? Set.of("EMAIL", "PHONE", "POST") : names(ReplyBy.values()),
                    "replyBy", a.isComplaint() ? "replyBy.missing.complaint" : "replyBy.missing", words, errors);
            case CONTACT -> validateContact(a, words, errors);
            case FILES -> {
                // Files are checked as they are uploaded (Attachments).
            }
        }
    }

    private static void validateContact(Answers a, Words words, Errors errors) {
        switch (a.getReplyBy() == null ? ReplyBy.NONE : ReplyBy.valueOf(a.getReplyBy())) {
            case EMAIL -> {
                if (required(a.getEmail(), EMAIL_LENGTH, "email", words, errors)
                        && !EMAIL.matcher(a.getEmail()).matches()) {
                    reject(errors, "email", "email.invalid", words);
                }
            }
            case PHONE -> {
                if (required(a.getPhone(), PHONE_LENGTH, "phone", words, errors)
                        && !PHONE.matcher(a.getPhone()).matches()) {
                    reject(errors, "phone", "phone.invalid", words);
                }
            }
            case POST -> required(a.getPostalAddress(), ADDRESS_LENGTH, "postalAddress", words, errors);
            case NONE -> {
                // Nothing to reply to.
            }
        }
    }

    /** Whether the answer is there and not too long; refuses it otherwise. */
    private static boolean required(String value, int length, String field, Words words, Errors errors) {
        if (value == null) {
            reject(errors, field, field + ".missing", words);
            return false;
        }
        return notTooLong(value, length, field, words, errors);
    }

    private static boolean notTooLong(String value, int length, String field, Words words, Errors errors) {
        if (value != null && value.length() > length) {
            errors.rejectValue(field, Words.RESOLVED, words.text("error." + field + ".tooLong", String.valueOf(length)));
            return false;
        }
        return true;
    }

    private static void oneOf(String value, Set<String> allowed, String field, String key, Words words, Errors errors) {
        if (value == null || !allowed.contains(value)) {
            reject(errors, field, key, words);
        }
    }

    private static void reject(Errors errors, String field, String key, Words words) {
        errors.rejectValue(field, Words.RESOLVED, words.text("error." + key));
    }

    private static Set<String> names(Enum<?>[] values) {
        return Stream.of(values).map(Enum::name).collect(java.util.stream.Collectors.toSet());
    }
}
