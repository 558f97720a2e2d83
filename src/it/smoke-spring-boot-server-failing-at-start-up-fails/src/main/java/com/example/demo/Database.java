package com.example.demo;

import org.springframework.stereotype.Component;

/** Fails the start-up, as a bean that cannot reach its database does. */
@Component
public class Database {
    public Database() {
        throw new IllegalStateException("the database at jdbc:demo://db.invalid/orders is unreachable");
    }
}
