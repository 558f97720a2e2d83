package dev.gatekeeper.certify;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.objectweb.asm.AnnotationVisitor;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/**
 * Counts the test methods of a compiled test class, for a class that surefire reports as an empty
 * suite because it was skipped as a whole. Methods inherited from superclasses in the same test
 * classes directory count too; a superclass elsewhere (a jar) is not read.
 */
final class TestMethodCounter {
    /** JUnit 5 and JUnit 4 annotations that make a method one or more tests. */
    private static final Set<String> TEST_ANNOTATIONS = Set.of(
            "Lorg/junit/jupiter/api/Test;",
            "Lorg/junit/jupiter/params/ParameterizedTest;",
            "Lorg/junit/jupiter/api/RepeatedTest;",
            "Lorg/junit/jupiter/api/TestFactory;",
            "Lorg/junit/jupiter/api/TestTemplate;",
            "Lorg/junit/Test;",
            "Lorg/testng/annotations/Test;");

    private static final int MAX_SUPERCLASSES = 20;

    private TestMethodCounter() {}

    /** The number of test methods, or 0 when the class file is missing, unreadable or has none. */
    static int count(Path testClassesDirectory, String className) {
        if (testClassesDirectory == null || className == null) {
            return 0;
        }
        int count = 0;
        Set<String> seen = new HashSet<>();
        String internalName = className.replace('.', '/');
        for (int depth = 0; internalName != null && depth < MAX_SUPERCLASSES; depth++) {
            Path classFile = testClassesDirectory.resolve(internalName + ".class");
            if (!Files.isRegularFile(classFile)) {
                break;
            }
            Visitor visitor = new Visitor(seen);
            try (InputStream in = Files.newInputStream(classFile)) {
                new ClassReader(in)
                        .accept(visitor, ClassReader.SKIP_CODE | ClassReader.SKIP_DEBUG | ClassReader.SKIP_FRAMES);
            } catch (IOException | RuntimeException e) {
                // Not a class file ASM can read: the count is unknown, and the class is still named.
                return count;
            }
            count += visitor.tests;
            internalName = visitor.superName;
        }
        return count;
    }

    private static final class Visitor extends ClassVisitor {
        private final Set<String> seen;
        private int tests;
        private String superName;

        Visitor(Set<String> seen) {
            super(Opcodes.ASM9);
            this.seen = seen;
        }

        @Override
        public void visit(
                int version, int access, String name, String signature, String superName, String[] interfaces) {
            this.superName = superName;
        }

        @Override
        public MethodVisitor visitMethod(
                int access, String name, String descriptor, String signature, String[] exceptions) {
            // An overriding method in a subclass hides the superclass's one: count it once.
            boolean first = seen.add(name + descriptor);
            return new MethodVisitor(Opcodes.ASM9) {
                private boolean counted;

                @Override
                public AnnotationVisitor visitAnnotation(String annotation, boolean visible) {
                    if (first && !counted && TEST_ANNOTATIONS.contains(annotation)) {
                        counted = true;
                        tests++;
                    }
                    return null;
                }
            };
        }
    }
}
