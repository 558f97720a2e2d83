package com.example.plugin;

import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/** Says hello. */
@Mojo(name = "greet", threadSafe = true)
public class GreetMojo extends AbstractMojo {

    /** Whom to greet. */
    @Parameter(property = "tiny.name", defaultValue = "world")
    private String name;

    @Override
    public void execute() {
        getLog().info("Hello, " + name);
    }
}
