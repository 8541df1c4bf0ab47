package org.parley.shell;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** {@code --version}: Parley's version, the Neo4j it embeds and the Java runtime. */
final class Versions {

	private Versions() {
	}

	static String text() {
		String parley = Versions.class.getPackage().getImplementationVersion();
		return "Parley " + (parley != null ? parley : mavenVersion("org.parley", "parley", "(development build)")) + "\n"
				+ "Neo4j " + mavenVersion("org.neo4j", "neo4j-kernel", "unknown") + " (embedded; 'status' shows an external server's)\n"
				+ "Java " + System.getProperty("java.runtime.version", System.getProperty("java.version")) + " ("
				+ System.getProperty("java.vm.vendor", "unknown vendor") + ", " + System.getProperty("java.home") + ")";
	}

	private static String mavenVersion(String group, String artifact, String otherwise) {
		String resource = "/META-INF/maven/" + group + "/" + artifact + "/pom.properties";
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
