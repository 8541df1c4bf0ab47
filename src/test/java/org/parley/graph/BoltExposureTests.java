package org.parley.graph;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The password rule, and what may listen beyond loopback. */
class BoltExposureTests {

	@Test
	void weakPasswordsAreRefusedWithTheReason() {
		assertThat(BoltExposure.weakness("12345678")).hasValue("it has 8 characters");
		assertThat(BoltExposure.weakness("password")).hasValue("it has 8 characters");
		assertThat(BoltExposure.weakness("aaaaaaaaaaaaaaaa")).hasValue("it repeats too few characters");
		assertThat(BoltExposure.weakness("abababababab")).hasValue("it repeats too few characters");
		assertThat(BoltExposure.weakness("123456789012")).hasValue("it has no letters");
		assertThat(BoltExposure.weakness("Password1234!")).get().asString().contains("common word");
		assertThat(BoltExposure.weakness("neo4j-neo4j-2024")).get().asString().contains("user name");
		assertThat(BoltExposure.weakness("Parley#2026##")).get().asString().contains("common word");
		assertThat(BoltExposure.weakness("0123-4567-89!?")).hasValue("it has no letters");
	}

	@Test
	void goodPasswordsPass() {
		assertThat(BoltExposure.weakness("Sesame-0pen-7f3k")).isEmpty();
		assertThat(BoltExposure.weakness("correct horse battery staple")).isEmpty();
		assertThat(BoltExposure.weakness("another-password-9")).isEmpty();
	}

	@Test
	void beyondLoopbackNeedsAPasswordAndTlsOrTheOwnersPlainTextOptIn() {
		BoltExposure.check("127.0.0.1", null, BoltSecurity.DEFAULT);
		assertThatThrownBy(() -> BoltExposure.check("0.0.0.0", null, BoltSecurity.DEFAULT))
			.hasMessageContaining("without authentication");
		assertThatThrownBy(() -> BoltExposure.check("0.0.0.0", "Sesame-0pen-7f3k", BoltSecurity.DEFAULT))
			.isInstanceOf(DatabaseUnavailableException.class)
			.hasMessageContaining("without TLS: set PARLEY_TLS_CERT and PARLEY_TLS_KEY");
		BoltExposure.check("0.0.0.0", "Sesame-0pen-7f3k", new BoltSecurity(false, null, null, true));
		assertThatThrownBy(() -> BoltExposure.check("127.0.0.1", "12345678", BoltSecurity.DEFAULT))
			.hasMessage("PARLEY_PASSWORD is too weak: it has 8 characters (" + BoltExposure.RULE + ")");
	}

	@Test
	void userNamesPrintOnOneLine() {
		assertThat(BoltExposure.printable("back\ndoor\u202e'")).isEqualTo("'back\\u000adoor\\u202e\\u0027'");
	}
}
