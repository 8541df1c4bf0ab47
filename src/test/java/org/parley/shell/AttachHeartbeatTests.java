package org.parley.shell;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.parley.attach.AttachProtocol;

import static org.assertj.core.api.Assertions.assertThat;

class AttachHeartbeatTests {

	/** Signs of life while the command runs, and none after the exit code that follows {@code stop()}. */
	@Test
	void signsOfLifeUntilStoppedAndNoneAfterTheExitCode() throws Exception {
		var bytes = new ByteArrayOutputStream();
		var frames = new DataOutputStream(bytes);
		var heartbeat = new AttachHeartbeat(frames);
		var thread = new Thread(heartbeat, "heartbeat");
		thread.start();
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
		while (size(bytes, frames) < 2) {
			assertThat(System.nanoTime()).as("two signs of life within 30 s").isLessThan(deadline);
			Thread.sleep(50); // polling for a condition
		}
		heartbeat.stop();
		synchronized (frames) {
			frames.writeByte(AttachProtocol.EXIT);
			frames.flush();
		}
		thread.join(TimeUnit.SECONDS.toMillis(30));
		assertThat(thread.isAlive()).as("the heartbeat ends once stopped").isFalse();
		byte[] sent = bytes.toByteArray();
		assertThat(sent[sent.length - 1]).as("the last frame").isEqualTo(AttachProtocol.EXIT);
		for (int i = 0; i < sent.length - 1; i++) {
			assertThat(sent[i]).as("frame %d", i).isEqualTo(AttachProtocol.ALIVE);
		}
	}

	private static int size(ByteArrayOutputStream bytes, DataOutputStream frames) {
		synchronized (frames) {
			return bytes.size();
		}
	}
}
