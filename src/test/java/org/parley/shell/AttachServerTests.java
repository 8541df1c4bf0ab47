package org.parley.shell;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.NoSuchBeanDefinitionException;

import static org.assertj.core.api.Assertions.assertThatCode;

/**
 * The listening thread of a Parley whose start failed: its context is closed before the thread asks for the graph's
 * startup, and the thread ends without a word (a CI run once printed its stack trace under a busy port's one line).
 */
class AttachServerTests {

	@Test
	void aListenerWhoseContextClosedFirstEndsQuietly() {
		var closed = new AttachServer((words, out, err) -> 0, () -> {
			throw new NoSuchBeanDefinitionException("graphStartup"); // what a closed context's provider throws
		});
		assertThatCode(closed::listen).doesNotThrowAnyException();
		var none = new AttachServer((words, out, err) -> 0, () -> null);
		assertThatCode(none::listen).doesNotThrowAnyException();
	}
}
