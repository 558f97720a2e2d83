package dev.gatekeeper.mojo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.apache.maven.model.Model;
import org.apache.maven.project.MavenProject;
import org.junit.jupiter.api.Test;

class ReactorBarrierTest {
    private static final ReactorBarrier BARRIER = ReactorBarrier.forGoal("verdict");
    private final Map<MavenProject, Map<String, Object>> contexts = new ConcurrentHashMap<>();

    private Map<String, Object> contextOf(MavenProject project) {
        return contexts.computeIfAbsent(project, p -> new HashMap<>());
    }

    private static MavenProject project(String artifactId) {
        Model model = new Model();
        model.setGroupId("g");
        model.setArtifactId(artifactId);
        model.setVersion("1");
        return new MavenProject(model);
    }

    @Test
    void onlyTheLastModuleToArriveClaimsTheVerdict() {
        MavenProject root = project("root");
        MavenProject core = project("core");
        MavenProject app = project("app");
        List<MavenProject> all = List.of(root, core, app);

        assertThat(BARRIER.arriveAndClaim(root, all, this::contextOf, root)).isFalse();
        assertThat(BARRIER.waitingFor(all, this::contextOf)).isEqualTo(2);
        assertThat(BARRIER.arriveAndClaim(app, all, this::contextOf, root)).isFalse();
        assertThat(BARRIER.arriveAndClaim(core, all, this::contextOf, root)).isTrue();
        assertThat(BARRIER.arriveAndClaim(core, all, this::contextOf, root))
                .as("a verdict is claimed once per build")
                .isFalse();
    }

    @Test
    void barriersOfDifferentGoalsDoNotShareArrivals() {
        MavenProject root = project("root");
        MavenProject app = project("app");
        List<MavenProject> all = List.of(root, app);
        ReactorBarrier audit = ReactorBarrier.forGoal("audit");

        assertThat(audit.arriveAndClaim(root, all, this::contextOf, root)).isFalse();
        assertThat(BARRIER.arriveAndClaim(app, all, this::contextOf, root)).isFalse();
        assertThat(audit.arriveAndClaim(app, all, this::contextOf, root)).isTrue();
        assertThat(BARRIER.arriveAndClaim(root, all, this::contextOf, root)).isTrue();
    }

    @Test
    void exactlyOneOfManyConcurrentArrivalsClaims() throws Exception {
        MavenProject root = project("root");
        List<MavenProject> all = new ArrayList<>(List.of(root));
        for (int i = 0; i < 31; i++) {
            all.add(project("m" + i));
        }
        ExecutorService pool = Executors.newFixedThreadPool(8);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Boolean>> claims = new ArrayList<>();
            for (MavenProject p : all) {
                claims.add(pool.submit(() -> {
                    start.await();
                    return BARRIER.arriveAndClaim(p, all, this::contextOf, root);
                }));
            }
            start.countDown();
            int claimed = 0;
            for (Future<Boolean> claim : claims) {
                claimed += claim.get(10, TimeUnit.SECONDS) ? 1 : 0;
            }
            assertThat(claimed).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
    }
}
