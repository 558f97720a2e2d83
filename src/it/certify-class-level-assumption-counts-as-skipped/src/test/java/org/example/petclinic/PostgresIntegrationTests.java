package org.example.petclinic;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** spring-petclinic's shape: without Docker the class aborts in @BeforeAll, before either test. */
class PostgresIntegrationTests {
    @BeforeAll
    static void available() {
        assumeTrue(false, "docker not available");
    }

    @Test
    void testFindAll() {}

    @Test
    void testOwnerDetails() {}
}
