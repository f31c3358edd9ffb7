package heard.security.secondfactor;

import io.nayuki.qrcodegen.QrCode;
import org.springframework.web.util.HtmlUtils;

/**
 * Draws a QR code as an SVG image Heard serves inline (no script, no image request, nothing
 * leaves the page): one path of the dark modules, with the four-module quiet zone the standard
 * asks for. The QR code itself comes from Nayuki's encoder.
 */
final class QrCodeSvg {

    private static final int QUIET_ZONE = 4;

    private QrCodeSvg() {
    }

    /**
     * @param text  what the code holds
     * @param label what the image is, for people who cannot see it
     */
    static String of(String text, String label) {
        QrCode code = QrCode.encodeText(text, QrCode.Ecc.MEDIUM);
        int size = code.size + 2 * QUIET_ZONE;
        StringBuilder path = new StringBuilder();
        for (int y = 0; y < code.size; y++) {
            for (int x = 0; x < code.size; x++) {
                if (code.getModule(x, y)) {
                    path.append('M').append(x + QUIET_ZONE).append(',').append(y + QUIET_ZONE).append("h1v1h-1z");
                }
            }
        }
        String escaped = HtmlUtils.htmlEscape(label);
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"heard-qr-code\" role=\"img\" aria-label=\"" + escaped
                + "\" viewBox=\"0 0 " + size + " " + size + "\" width=\"" + size * 5 + "\" height=\"" + size * 5
                + "\" shape-rendering=\"crispEdges\"><title>" + escaped + "</title>"
                + "<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/><path fill=\"#000000\" d=\"" + path + "\"/></svg>";
    }
}
