package com.example.plugin;

import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/** Says hello. Nothing else. */
@Mojo(name = "greet", defaultPhase = LifecyclePhase.VALIDATE, threadSafe = true)
public class GreetMojo extends AbstractMojo {

    /** Whom to greet, for example {@code world}. */
    @Parameter(property = "tiny.name", defaultValue = "world")
    private String name;

    @Override
    public void execute() {
        getLog().info("Hello, " + name);
    }
}
