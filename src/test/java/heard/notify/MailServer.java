package heard.notify;

import java.io.IOException;
import java.net.ServerSocket;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

/** GreenMail on a free port of this machine, for the whole test run; it can be stopped to make an outage. */
public final class MailServer {

    private static final int PORT = freePort();
    private static GreenMail running;

    private MailServer() {
    }

    static int port() {
        return PORT;
    }

    public static synchronized GreenMail get() {
        if (running == null || !running.isRunning()) {
            running = new GreenMail(new ServerSetup(PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            running.start();
        }
        return running;
    }

    public static synchronized void stop() {
        if (running != null) {
            running.stop();
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
