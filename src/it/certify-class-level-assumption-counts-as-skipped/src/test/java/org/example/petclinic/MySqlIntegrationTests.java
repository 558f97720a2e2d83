package org.example.petclinic;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(DockerAvailable.class)
class MySqlIntegrationTests {
    @Test
    void testFindAll() {}

    @Test
    void testOwnerDetails() {}
}
