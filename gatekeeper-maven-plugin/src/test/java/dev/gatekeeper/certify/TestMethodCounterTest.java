package dev.gatekeeper.certify;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Counts test methods in class files javac wrote (these nested classes), as certify finds them in target/test-classes. */
class TestMethodCounterTest {
    @TempDir
    Path testClasses;

    abstract static class DatabaseTests {
        @Test
        void findsOwners() {}

        @Test
        void findsVets() {}

        void helper() {}
    }

    /** Abstract, so that no test run (even one selecting this package with -Dtest) runs it here. */
    abstract static class PostgresTests extends DatabaseTests {
        @Override
        @Test
        void findsOwners() {}

        @ParameterizedTest
        @ValueSource(strings = {"a", "b"})
        void findsByName(String name) {}

        @RepeatedTest(3)
        void repeats() {}
    }

    @Test
    void countsOwnAndInheritedTestMethodsOnceEach() throws Exception {
        copy(DatabaseTests.class);
        copy(PostgresTests.class);

        // findsOwners (overridden: once), findsVets (inherited), findsByName, repeats; helper is no test.
        assertThat(TestMethodCounter.count(testClasses, PostgresTests.class.getName()))
                .isEqualTo(4);
    }

    @Test
    void superclassOutsideTheTestClassesIsNotRead() throws Exception {
        copy(PostgresTests.class);

        assertThat(TestMethodCounter.count(testClasses, PostgresTests.class.getName()))
                .isEqualTo(3);
    }

    @Test
    void missingOrBrokenClassFileCountsNothing() throws Exception {
        assertThat(TestMethodCounter.count(testClasses, "com.example.Missing")).isZero();

        Files.createDirectories(testClasses.resolve("com/example"));
        Files.writeString(testClasses.resolve("com/example/Broken.class"), "not a class file");
        assertThat(TestMethodCounter.count(testClasses, "com.example.Broken")).isZero();
    }

    private void copy(Class<?> type) throws Exception {
        Path target = testClasses.resolve(type.getName().replace('.', '/') + ".class");
        Files.createDirectories(target.getParent());
        String resource = type.getName().substring(type.getPackageName().length() + 1) + ".class";
        try (InputStream in = type.getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            Files.copy(in, target);
        }
    }
}
