package org.example.petclinic;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class OwnersTests {
    @Test
    void findsAnOwner() {
        assertEquals("Owner Davis", new Owners().find("Davis"));
    }
}
