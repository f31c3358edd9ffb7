package heard.web;

import java.util.Set;
import java.util.function.Supplier;

/**
 * A section of the Settings page. Each module declares its own as a bean.
 *
 * @param titleKey       the link's words, a message key
 * @param descriptionKey one sentence on what the section is for
 * @param href           where it leads
 * @param order          position, low first
 * @param authorities    who sees it: any one of these authorities
 * @param status         how far it is set up, asked each time the page is shown
 */
public record SettingsLink(String titleKey, String descriptionKey, String href, int order, Set<String> authorities,
                           Supplier<SettingsStatus> status) {

    public SettingsLink {
        authorities = Set.copyOf(authorities);
    }
}
