package heard.audit;

/** The record an audit event is about: a type ({@code case}, {@code team}, {@code user}...) and its id. */
public record AuditSubject(String type, String id) {

    public AuditSubject {
        if (type == null || type.isBlank()) {
            throw new IllegalArgumentException("An audit subject needs a type");
        }
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("An audit subject needs an id");
        }
    }

    public static AuditSubject of(String type, Object id) {
        return new AuditSubject(type, String.valueOf(id));
    }
}
