package dev.gatekeeper.mojo;

import java.io.File;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One {@code <command>} of the certify goal, as written in the POM. An executable and its
 * arguments, never a shell string.
 */
public class CertificationCommand {
    /** Names the command in logs and evidence; its output goes to {@code target/gatekeeper/certify/<name>.log}. */
    private String name;

    /** The program to run; a relative path with a separator is resolved against the working directory. */
    private String executable;

    private List<String> arguments = new ArrayList<>();

    /** Defaults to the module's base directory. */
    private File workingDirectory;

    /** Added to the environment Maven runs in. Values of secret-looking names never reach logs or evidence. */
    private Map<String, String> environment = new LinkedHashMap<>();

    /** How long the command may run before it is killed with its whole process tree: 90s, 10m, 1h or PT10M. */
    private String timeout = "10m";

    private List<Integer> allowedExitCodes = new ArrayList<>(List.of(0));

    public String getName() {
        return name;
    }

    public String getExecutable() {
        return executable;
    }

    public List<String> getArguments() {
        return arguments;
    }

    public File getWorkingDirectory() {
        return workingDirectory;
    }

    public Map<String, String> getEnvironment() {
        return environment;
    }

    public String getTimeout() {
        return timeout;
    }

    public List<Integer> getAllowedExitCodes() {
        return allowedExitCodes;
    }

    public void setName(String name) {
        this.name = name;
    }

    public void setExecutable(String executable) {
        this.executable = executable;
    }

    public void setArguments(List<String> arguments) {
        this.arguments = arguments;
    }

    public void setWorkingDirectory(File workingDirectory) {
        this.workingDirectory = workingDirectory;
    }

    public void setEnvironment(Map<String, String> environment) {
        this.environment = environment;
    }

    public void setTimeout(String timeout) {
        this.timeout = timeout;
    }

    public void setAllowedExitCodes(List<Integer> allowedExitCodes) {
        this.allowedExitCodes = allowedExitCodes;
    }
}
