import java.nio.file.Files;
import java.nio.file.Path;

/** A fixture generator in the runbook's style: --write regenerates the fixture, --check proves it is current. */
public class GenerateFixtures {
    private static final Path FIXTURE = Path.of("src/test/fixtures/greeting.txt");
    private static final String CONTENT = "Hello from the generator\n";

    public static void main(String[] args) throws Exception {
        String mode = args.length == 1 ? args[0] : "";
        if (mode.equals("--write")) {
            Files.writeString(FIXTURE, CONTENT);
            System.out.println("wrote " + FIXTURE);
        } else if (mode.equals("--check")) {
            if (!Files.readString(FIXTURE).equals(CONTENT)) {
                System.err.println(FIXTURE + " is out of date; run with --write");
                System.exit(1);
            }
            System.out.println(FIXTURE + " is up to date");
        } else {
            System.err.println("usage: GenerateFixtures --write|--check");
            System.exit(2);
        }
    }
}
