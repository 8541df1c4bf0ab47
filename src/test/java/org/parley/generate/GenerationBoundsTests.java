package org.parley.generate;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.errors.ParleyException;
import org.parley.errors.UsageException;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class GenerationBoundsTests {

	@TempDir
	Path dir;

	@Test
	void sizesBeyondTheBoundsAreUsageErrorsThatSayWhy() {
		assertThatThrownBy(() -> GenerationBounds.check(Integer.MAX_VALUE, 2))
			.isInstanceOf(UsageException.class)
			.hasMessage("--people 2,147,483,647 is too many: at most 10,000,000 (each person holds about 200 bytes of "
					+ "memory while the network is generated)");
		assertThatThrownBy(() -> GenerationBounds.check(100, 50_000_001)).isInstanceOf(UsageException.class)
			.hasMessageStartingWith("--interactions 50,000,001 is too many: at most 50,000,000");
		assertThatCode(() -> GenerationBounds.check(1000, 10_000)).doesNotThrowAnyException();
	}

	@Test
	void sizesTheHeapCannotHoldNameTheHeapToAskFor() {
		long heap = Runtime.getRuntime().maxMemory();
		int interactions = (int) Math.min(50_000_000, heap / 60);
		int people = (int) Math.min(10_000_000, (heap - interactions * 60L) / 200 + 1_000_000);
		if (people * 200L + interactions * 60L > heap * 3 / 4) {
			assertThatThrownBy(() -> GenerationBounds.check(people, interactions))
				.isInstanceOf(UsageException.class)
				.hasMessageContaining("more than this Java's heap can give")
				.hasMessageContaining("run java -Xmx");
		}
	}

	@Test
	void aDiskWithoutRoomIsRefusedBeforeWriting() {
		assertThatThrownBy(() -> GenerationBounds.checkDisk(dir.resolve("net"), 1_000_000, 10_000_000, 1L << 30))
			.isInstanceOf(ParleyException.class)
			.hasMessage("not enough disk space for " + dir.resolve("net") + ": 1,000,000 people and 10,000,000 "
					+ "interactions need about 1.5 GB of CSV files, 1.0 GB is free");
		assertThatCode(() -> GenerationBounds.checkDisk(dir.resolve("net"), 1000, 10_000, 1L << 30)).doesNotThrowAnyException();
	}

	@Test
	void networkFilesAlreadyThereNeedForce() throws IOException {
		Path net = Files.createDirectories(dir.resolve("net"));
		assertThatCode(() -> GenerationBounds.refuseExisting("net", net, false)).doesNotThrowAnyException();
		Files.writeString(net.resolve("people.csv"), "id\n");
		Files.writeString(net.resolve("events.csv"), "id\n");
		assertThatThrownBy(() -> GenerationBounds.refuseExisting("net", net, false))
			.hasMessage("net already holds people.csv and 1 more network files; add --force to replace them");
		assertThatCode(() -> GenerationBounds.refuseExisting("net", net, true)).doesNotThrowAnyException();
	}
}
