package io.newspulse.streams.signals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.Test;

/** A signal goes to its company's topic only once that topic exists; an expected topic is waited for, within bounds. */
class CompanyTopicRouterTest {

    @Test
    void shouldRouteCompaniesWhoseTopicsExistAndNoOthers() {
        CompanyTopicRouter router = CompanyTopicRouter.of(List.of("acme"));

        assertThat(router.routes("acme")).isTrue();
        assertThat(router.routes("globex")).isFalse();
        assertThat(router.routes(null)).isFalse();
    }

    @Test
    void shouldHoldASignalOfAnExpectedCompanyUntilItsTopicIsMade() {
        CompanyTopicRouter router = CompanyTopicRouter.of(List.of());
        router.expect(List.of("acme", "globex"));

        CompletableFuture<Boolean> routed = CompletableFuture.supplyAsync(() -> router.routes("acme"));

        await().during(Duration.ofMillis(300)).atMost(Duration.ofSeconds(2)).until(() -> !routed.isDone());
        router.addAll(List.of("globex"));
        await().during(Duration.ofMillis(200)).atMost(Duration.ofSeconds(2)).until(() -> !routed.isDone());
        router.add("acme");
        await().atMost(Duration.ofSeconds(5)).until(routed::isDone);
        assertThat(routed.join()).isTrue();
        assertThat(router.expected()).isEmpty();
    }

    @Test
    void shouldStopHoldingSignalsWhenTheExpectedTopicsAreAbandoned() {
        CompanyTopicRouter router = CompanyTopicRouter.of(List.of("initech"));
        router.expect(List.of("acme"));
        CompletableFuture<Boolean> routed = CompletableFuture.supplyAsync(() -> router.routes("acme"));
        await().during(Duration.ofMillis(200)).atMost(Duration.ofSeconds(2)).until(() -> !routed.isDone());

        router.abandon();

        await().atMost(Duration.ofSeconds(5)).until(routed::isDone);
        assertThat(routed.join()).isFalse();
        assertThat(router.routes("acme")).isFalse();
        assertThat(router.routes("initech")).isTrue();
        assertThat(router.knows("acme")).isFalse();
    }

    @Test
    void shouldGiveUpOnAnExpectedTopicAfterItsWait() {
        CompanyTopicRouter router = CompanyTopicRouter.of(List.of(), Duration.ofMillis(50));
        router.expect(List.of("acme"));

        assertThat(router.routes("acme")).isFalse();
        assertThat(router.knows("acme")).isTrue(); // still expected: a later signal waits again
    }

    @Test
    void shouldCountExpectedCompaniesAsRoutedWithoutWaitingForThem() {
        CompanyTopicRouter router = CompanyTopicRouter.of(List.of("initech"));
        router.expect(List.of("acme", "initech"));

        assertThat(router.companies()).containsExactlyInAnyOrder("acme", "initech");
        assertThat(router.expected()).containsExactly("acme"); // an existing topic is not expected again
        assertThat(router.knows("acme")).isTrue();
        assertThat(router.knows("globex")).isFalse();
    }
}
