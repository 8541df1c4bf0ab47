package org.parley.errors;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class OneLineTests {

	@Test
	void eachLineBreakWithItsWhitespaceBecomesOneSpace() {
		assertThat(OneLine.of("Invalid input 'MATCH':\n  expected\r\n\tRETURN")).isEqualTo("Invalid input 'MATCH': expected RETURN");
		assertThat(OneLine.of("a \n\n b")).isEqualTo("a b");
	}

	@Test
	void leavesWhitespaceAwayFromBreaksAlone() {
		assertThat(OneLine.of("  two  words\t")).isEqualTo("  two  words\t");
		assertThat(OneLine.of("")).isEmpty();
	}
}
