package heard;

import heard.commandline.Commands;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.modulith.Modulithic;

/**
 * Heard: children's services complaints, compliments and the statutory annual report.
 *
 * <p>With no arguments (or only {@code --property=value} options) the web application starts.
 * A first argument naming a sub-command ({@code import}, {@code export}, {@code report}, ...)
 * runs that command against the configured database and exits without starting the web server.
 */
@Modulithic
@SpringBootApplication
public class HeardApplication {

    public static void main(String[] args) {
        if (Commands.isCommand(args)) {
            System.exit(Commands.run(HeardApplication.class, args));
        }
        SpringApplication.run(HeardApplication.class, args);
    }
}
