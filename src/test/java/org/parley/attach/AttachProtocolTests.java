package org.parley.attach;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AttachProtocolTests {

	@Test
	void aRequestSurvivesTheWire() throws Exception {
		var request = new AttachProtocol.Request(Path.of("/tmp/x y"), "PARLEY_QUERY_TIMEOUT=5s\n",
				List.of("who", "Treasury Secretary", "--at", "2019-07-30", "ünïcødé"));
		var bytes = new ByteArrayOutputStream();
		AttachProtocol.writeRequest(new DataOutputStream(bytes), request);
		assertThat(AttachProtocol.readRequest(new DataInputStream(new ByteArrayInputStream(bytes.toByteArray()))))
			.isEqualTo(request);
	}

	@Test
	void onlySettingsThatChangeACommandMustAgree() {
		String env = AttachProtocol.environment(Map.of("PARLEY_HOME", "/h", "PARLEY_BOLT_PORT", "7771", "PARLEY_TRACE",
				"1", "PARLEY_PASSWORD", "secret secret", "PATH", "/bin", "PARLEY_QUERY_TIMEOUT", "5s",
				"PARLEY_REPORTS_DIR", "/r", "SPRING_CONFIG_LOCATION", "/c"));
		assertThat(env).isEqualTo("PARLEY_QUERY_TIMEOUT=5s\nPARLEY_REPORTS_DIR=/r\nSPRING_CONFIG_LOCATION=/c\n");
		assertThat(AttachProtocol.environment(Map.of("PARLEY_HOME", "/other"))).isEmpty();
	}
}
