package org.example.petclinic;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/** Says what Testcontainers' @Testcontainers(disabledWithoutDocker = true) says on a machine without Docker. */
public class DockerAvailable implements ExecutionCondition {
    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        return ConditionEvaluationResult.disabled("disabledWithoutDocker is true and Docker is not available");
    }
}
