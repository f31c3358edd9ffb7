package heard.publicform;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/** Requests written byte by byte to the embedded server, for what only the servlet container sees. */
final class RawRequests {

    private RawRequests() {
    }

    /** Sends a request's bytes and reads the answer up to the end of its page, without sending any more. */
    static String page(int port, String request) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(15_000);
            socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
            ByteArrayOutputStream response = new ByteArrayOutputStream();
            InputStream in = socket.getInputStream();
            byte[] buffer = new byte[8192];
            while (!response.toString(StandardCharsets.UTF_8).contains("</html>")) {
                int n = in.read(buffer);
                if (n < 0) {
                    break;
                }
                response.write(buffer, 0, n);
            }
            return response.toString(StandardCharsets.UTF_8);
        }
    }
}
