package dev.gatekeeper.mojo;

import dev.gatekeeper.core.CommandSpec;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Parameter;

/** A goal that runs commands of the project (scripts, generators, the product): they share one output cap. */
abstract class AbstractCommandGateMojo extends AbstractGateMojo {

    /**
     * How much output, in megabytes, a command may print (standard output and error together) before it
     * is stopped with everything it started and fails; it keeps runaway output from filling the disk.
     */
    @Parameter(property = CommandSpec.MAX_OUTPUT_PROPERTY, defaultValue = "" + CommandSpec.DEFAULT_MAX_OUTPUT_MEGABYTES)
    protected int maxOutputMegabytes;

    /** The cap in bytes; a value below 1 is refused naming the property. */
    protected long maxCommandOutputBytes() throws MojoExecutionException {
        if (maxOutputMegabytes < 1) {
            throw new MojoExecutionException(gateName() + ": " + CommandSpec.MAX_OUTPUT_PROPERTY + " is "
                    + maxOutputMegabytes + "; give a positive number of megabytes (default "
                    + CommandSpec.DEFAULT_MAX_OUTPUT_MEGABYTES + ")");
        }
        return CommandSpec.megabytes(maxOutputMegabytes);
    }

    /** The commands with this goal's output cap. */
    protected List<CommandSpec> capped(List<CommandSpec> commands) throws MojoExecutionException {
        long limit = maxCommandOutputBytes();
        return commands.stream()
                .map(command -> command.withMaxOutputBytes(limit))
                .toList();
    }
}
