package heard.web;

import java.util.Set;

/**
 * An entry in the service navigation. Each module declares its own as a bean, so the layout
 * never needs to know which modules exist.
 *
 * @param messageKey  the label's key in the message bundles
 * @param href        where it leads
 * @param order       position, low first
 * @param authorities who sees it: any one of these authorities (e.g. {@code ROLE_ADMINISTRATOR});
 *                    empty for everyone signed in
 */
public record NavigationItem(String messageKey, String href, int order, Set<String> authorities) {

    public NavigationItem {
        authorities = Set.copyOf(authorities);
    }

    boolean activeFor(String path) {
        return path.equals(href) || path.startsWith(href.endsWith("/") ? href : href + "/");
    }
}
