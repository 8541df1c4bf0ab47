package org.parley.picture;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

import org.neo4j.driver.Record;
import org.parley.graph.Graph;
import java.util.concurrent.ConcurrentHashMap;

import org.parley.files.TextFiles;

/** The pictures' queries, {@code picture/NAME.cypher} in the jar: read once, always run with {@code $params}. */
final class Queries {

	private static final Map<String, String> CACHE = new ConcurrentHashMap<>();

	private Queries() {
	}

	/** Runs a query in one read transaction; a parameter may be {@code null} (an option not given). */
	static List<Record> read(Graph graph, String name, Map<String, Object> params) {
		return graph.read(get(name), params, record -> record);
	}

	static String get(String name) {
		return CACHE.computeIfAbsent(name, Queries::load);
	}

	private static String load(String name) {
		String path = "picture/" + name + ".cypher";
		try (InputStream in = Queries.class.getClassLoader().getResourceAsStream(path)) {
			if (in == null) {
				throw new IllegalStateException("no query " + path + " in the jar");
			}
			return TextFiles.decode(in.readAllBytes(), path);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}
}
