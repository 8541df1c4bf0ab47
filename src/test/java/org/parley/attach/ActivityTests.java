package org.parley.attach;

import java.time.Duration;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ActivityTests {

	@BeforeEach
	void open() {
		Activity.open();
	}

	@Test
	void aRunningCommandKeepsTheParleyOpenAndOnceClosingNoCommandIsAccepted() {
		assertThat(Activity.tryStart()).isTrue();
		assertThat(Activity.idle()).isZero();
		assertThat(Activity.closeIfIdle(Duration.ZERO)).as("a command runs").isFalse();
		Activity.ended();
		assertThat(Activity.closeIfIdle(Duration.ofHours(1))).as("idle for less than an hour").isFalse();
		assertThat(Activity.tryStart()).isTrue();
		Activity.ended();
		assertThat(Activity.closeIfIdle(Duration.ZERO)).isTrue();
		assertThat(Activity.tryStart()).as("accepted after the decision to close").isFalse();
		assertThat(Activity.closeIfIdle(Duration.ofHours(1))).as("closing stays closing").isTrue();
	}

	@Test
	void closingWaitsForTheCommandsThatRunAndNoLonger() throws Exception {
		assertThat(Activity.tryStart()).isTrue();
		assertThat(Activity.closeAndAwait(java.time.Duration.ofMillis(50))).as("a command still runs").isFalse();
		var command = new Thread(() -> Activity.ended());
		var closed = java.util.concurrent.CompletableFuture.supplyAsync(() -> {
			try {
				return Activity.closeAndAwait(java.time.Duration.ofSeconds(30));
			}
			catch (InterruptedException ex) {
				throw new IllegalStateException(ex);
			}
		});
		command.start();
		assertThat(closed.get(30, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
		assertThat(Activity.tryStart()).isFalse();
	}

	@Test
	void closingNowRefusesNewCommandsAndOpeningAgainAcceptsThem() throws Exception {
		assertThat(Activity.closeAndAwait(java.time.Duration.ZERO)).as("no command runs").isTrue();
		assertThat(Activity.tryStart()).isFalse();
		Activity.open();
		assertThat(Activity.tryStart()).isTrue();
		Activity.ended();
	}
}
