package dev.gatekeeper.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class ReactorBarrierTest {
    private static final ReactorBarrier BARRIER = ReactorBarrier.forGoal("verdict");
    private final ConcurrentMap<String, Object> shared = new ConcurrentHashMap<>();

    @Test
    void onlyTheLastModuleToArriveClaimsTheVerdict() {
        List<String> all = List.of("g:root:pom:1", "g:core:jar:1", "g:app:jar:1");

        assertThat(BARRIER.arriveAndClaim(shared, "g:root:pom:1", all)).isFalse();
        assertThat(BARRIER.waitingFor(shared, all)).isEqualTo(2);
        assertThat(BARRIER.arriveAndClaim(shared, "g:app:jar:1", all)).isFalse();
        assertThat(BARRIER.arriveAndClaim(shared, "g:core:jar:1", all)).isTrue();
        assertThat(BARRIER.arriveAndClaim(shared, "g:core:jar:1", all))
                .as("a verdict is claimed once per build")
                .isFalse();
    }

    @Test
    void barriersOfDifferentGoalsDoNotShareArrivals() {
        List<String> all = List.of("g:root:pom:1", "g:app:jar:1");
        ReactorBarrier audit = ReactorBarrier.forGoal("audit");

        assertThat(audit.arriveAndClaim(shared, "g:root:pom:1", all)).isFalse();
        assertThat(BARRIER.arriveAndClaim(shared, "g:app:jar:1", all)).isFalse();
        assertThat(audit.arriveAndClaim(shared, "g:app:jar:1", all)).isTrue();
        assertThat(BARRIER.arriveAndClaim(shared, "g:root:pom:1", all)).isTrue();
    }

    @Test
    void theSharedMapHoldsOnlyJdkTypesSoEveryPluginRealmCanReadIt() {
        List<String> all = List.of("g:root:pom:1", "g:app:jar:1");
        BARRIER.arriveAndClaim(shared, "g:root:pom:1", all);
        BARRIER.arriveAndClaim(shared, "g:app:jar:1", all);

        assertThat(shared).isNotEmpty();
        assertThat(shared.values())
                .allSatisfy(value -> assertThat(value.getClass().getClassLoader())
                        .as("%s is loaded by the JDK's own loader", value.getClass())
                        .isNull());
    }

    @Test
    void exactlyOneOfManyConcurrentArrivalsClaims() throws Exception {
        List<String> all = new ArrayList<>(List.of("g:root:pom:1"));
        for (int i = 0; i < 31; i++) {
            all.add("g:m" + i + ":jar:1");
        }
        ExecutorService pool = Executors.newFixedThreadPool(8);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Boolean>> claims = new ArrayList<>();
            for (String p : all) {
                claims.add(pool.submit(() -> {
                    start.await();
                    return BARRIER.arriveAndClaim(shared, p, all);
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
