package heard.security;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a handler method (or every handler of a controller) that gives out records in bulk, or
 * changes how a person signs in: the person must have confirmed who they are within the last few
 * minutes ({@code heard.security.confirmed-within}, 5 by default) — their password, and the code of
 * their second factor where they have one; or, for a council account, a fresh sign-in at the council's
 * identity provider. Otherwise Heard asks them to, then sends them on (OWASP ASVS 7.5.3).
 *
 * <pre>{@code
 * @GetMapping("/export")
 * @ConfirmedRecently
 * String exportForm(...)
 * }</pre>
 *
 * A GET handler continues where it was asked for. A POST can only continue at a page: by default the
 * GET of its own path (the form that posts it), or the page named by {@link #returnTo()}.
 */
@Target({ElementType.METHOD, ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface ConfirmedRecently {

    /** Where a refused POST sends the person after they confirm; empty for the GET of the POST's own path. */
    String returnTo() default "";
}
