package dev.gatekeeper.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.maven.plugin.MojoExecutionException;
import org.junit.jupiter.api.Test;

class BackgroundGatesTest {
    private final ConcurrentMap<String, Object> rootContext = new ConcurrentHashMap<>();
    // Recorded, not printed: a test's log lines must not end up in the build's output.
    private final RecordingLog mavenLog = new RecordingLog();
    private final MavenGateLog log = new MavenGateLog("verdict", mavenLog);

    @Test
    void twoGatesRunAtTheSameTimeWhenTwoThreadsAreGiven() throws Exception {
        CountDownLatch bothStarted = new CountDownLatch(2);
        List<Boolean> sawTheOther = new CopyOnWriteArrayList<>();
        BackgroundGates gates = BackgroundGates.of(rootContext, 2);

        for (String gate : List.of("smoke", "snapshot")) {
            gates.submit(gate, () -> {
                bothStarted.countDown();
                sawTheOther.add(bothStarted.await(30, TimeUnit.SECONDS));
            });
        }
        BackgroundGates.awaitAll(rootContext, log);

        assertThat(sawTheOther).containsExactly(true, true);
    }

    @Test
    void theVerdictWaitsUntilEveryBackgroundGateHasFinished() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        AtomicBoolean finished = new AtomicBoolean();
        BackgroundGates.of(rootContext, 1).submit("smoke", () -> {
            release.await(30, TimeUnit.SECONDS);
            finished.set(true);
        });

        new Thread(release::countDown).start();
        BackgroundGates.awaitAll(rootContext, log);

        assertThat(finished).isTrue();
        assertThat(rootContext).isEmpty();
        assertThat(mavenLog.lines())
                .allMatch(line -> line.equals("info: verdict: waiting for smoke, still running in the background"));
    }

    @Test
    void aBackgroundGateThatCannotWriteItsResultFailsTheWaitNamingTheGateAfterTheOthersFinished() {
        AtomicBoolean otherFinished = new AtomicBoolean();
        BackgroundGates gates = BackgroundGates.of(rootContext, 1);
        gates.submit("smoke", () -> {
            throw new IOException("cannot write target/gatekeeper/results/smoke.json");
        });
        gates.submit("snapshot", () -> otherFinished.set(true));

        assertThatThrownBy(() -> BackgroundGates.awaitAll(rootContext, log))
                .isInstanceOf(MojoExecutionException.class)
                .hasMessage("background gates failed: smoke: cannot write target/gatekeeper/results/smoke.json");
        assertThat(otherFinished).isTrue();
    }

    @Test
    void theVerdictSaysWhichGateItWaitsForThroughTheMavenLog() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        BackgroundGates.of(rootContext, 1).submit("smoke", () -> release.await(30, TimeUnit.SECONDS));
        Thread releaser = new Thread(() -> {
            long giveUp = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (mavenLog.lines().isEmpty() && System.nanoTime() < giveUp) {
                Thread.onSpinWait();
            }
            release.countDown();
        });
        releaser.start();

        BackgroundGates.awaitAll(rootContext, log);

        assertThat(mavenLog.lines())
                .containsExactly("info: verdict: waiting for smoke, still running in the background");
    }

    @Test
    void waitingWhenNoGateWentToTheBackgroundDoesNothing() throws Exception {
        BackgroundGates.awaitAll(rootContext, log);

        assertThat(rootContext).isEmpty();
        assertThat(mavenLog.lines()).isEmpty();
    }

    @Test
    void theBuildSharesOnePoolWhicheverThreadCountALaterCallerAsksFor() throws Exception {
        List<String> threads = new CopyOnWriteArrayList<>();
        BackgroundGates.of(rootContext, 1)
                .submit("smoke", () -> threads.add(Thread.currentThread().getName()));
        BackgroundGates.of(rootContext, 3)
                .submit("snapshot", () -> threads.add(Thread.currentThread().getName()));
        BackgroundGates.awaitAll(rootContext, log);

        assertThat(threads).containsExactly("gatekeeper-background-1", "gatekeeper-background-1");
        assertThat(rootContext).isEmpty();
    }
}
