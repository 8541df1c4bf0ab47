package org.parley.graph;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.TreeMap;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The {@code .cypher} files packaged with Parley (seed scripts, saved reports, migrations), found through the index
 * the build writes ({@value #INDEX}, see the pom): looking them up by a classpath pattern walks every entry of the
 * flat jar, 75,000 of them, on every start. Where no index is on the class path (a class path without Parley's
 * build output), the pattern lookup is the fallback.
 */
public final class PackagedFiles {

	static final String INDEX = "META-INF/parley/packaged-files.txt";

	private PackagedFiles() {
	}

	/** A packaged file: its name (the path below {@code directory}) and where to read it. */
	public record Packaged(String name, URL url) {

		public byte[] bytes() throws IOException {
			try (InputStream in = url.openStream()) {
				return in.readAllBytes();
			}
		}
	}

	/**
	 * The {@code .cypher} files in {@code directory} on the class path of {@code loader}, sorted by name; with
	 * {@code nested}, also those in its subdirectories.
	 */
	public static List<Packaged> list(ClassLoader loader, String directory, boolean nested) {
		try {
			var indexes = Collections.list(loader.getResources(INDEX));
			return indexes.isEmpty() ? scan(loader, directory, nested) : indexed(loader, indexes, directory, nested);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static List<Packaged> indexed(ClassLoader loader, List<URL> indexes, String directory, boolean nested)
			throws IOException {
		var found = new TreeMap<String, Packaged>();
		String prefix = directory + "/";
		for (URL index : indexes) {
			String text;
			try (InputStream in = index.openStream()) {
				text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
			}
			for (String line : text.split("\\R")) {
				String path = line.strip();
				String name = path.startsWith(prefix) ? path.substring(prefix.length()) : "";
				if (!name.endsWith(".cypher") || (!nested && name.contains("/")) || found.containsKey(name)) {
					continue;
				}
				URL url = loader.getResource(path);
				if (url != null) {
					found.put(name, new Packaged(name, url));
				}
			}
		}
		return new ArrayList<>(found.values());
	}

	private static List<Packaged> scan(ClassLoader loader, String directory, boolean nested) throws IOException {
		var resolver = new PathMatchingResourcePatternResolver(loader);
		var found = new TreeMap<String, Packaged>();
		String pattern = "classpath*:" + directory + (nested ? "/**/*.cypher" : "/*.cypher");
		for (Resource resource : resolver.getResources(pattern)) {
			String url = resource.getURL().toString();
			String name = url.substring(url.lastIndexOf(directory + "/") + directory.length() + 1);
			found.putIfAbsent(name, new Packaged(name, resource.getURL()));
		}
		return new ArrayList<>(found.values());
	}
}
