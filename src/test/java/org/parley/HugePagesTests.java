package org.parley;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class HugePagesTests {

	@Test
	void aKernelThatGivesHugePagesOnRequestGetsAskedForThem() {
		assertThat(HugePages.options("always [madvise] never\n")).containsExactly("-XX:+UseTransparentHugePages");
	}

	@Test
	void aKernelThatGivesThemToAllMemoryNeverOrDoesNotSayGetsNoOption() {
		assertThat(HugePages.options("[always] madvise never\n")).isEmpty();
		assertThat(HugePages.options("always madvise [never]\n")).isEmpty();
		assertThat(HugePages.options(null)).isEmpty();
		assertThat(HugePages.options("")).isEmpty();
	}
}
