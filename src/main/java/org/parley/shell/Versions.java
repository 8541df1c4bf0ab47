package org.parley.shell;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** {@code --version}: Parley's version, the Neo4j it embeds and the Java runtime. */
final class Versions {

	private Versions() {
	}

	static String text() {
		return "Parley " + version("/org/parley/version.properties", "(development build)") + "\n"
				+ "Neo4j " + mavenVersion("org.neo4j", "neo4j-kernel", "unknown") + " (embedded; 'status' shows an external server's)\n"
				+ "Java " + System.getProperty("java.runtime.version", System.getProperty("java.version")) + " ("
				+ System.getProperty("java.vm.vendor", "unknown vendor") + ", " + System.getProperty("java.home") + ")";
	}

	private static String mavenVersion(String group, String artifact, String otherwise) {
		return version("/META-INF/maven/" + group + "/" + artifact + "/pom.properties", otherwise);
	}

	private static String version(String resource, String otherwise) {
		try (InputStream in = Versions.class.getResourceAsStream(resource)) {
			if (in == null) {
				return otherwise;
			}
			var properties = new Properties();
			properties.load(in);
			return properties.getProperty("version", otherwise);
		}
		catch (IOException ex) {
			return otherwise;
		}
	}
}
