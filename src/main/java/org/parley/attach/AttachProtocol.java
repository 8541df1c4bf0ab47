package org.parley.attach;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The wire format. The client sends one request: {@link #VERSION}, its working directory, its
 * command-relevant environment ({@link #environment}) and the command words. The server answers with frames
 * (a kind byte, then a length and bytes, or an exit code) until {@link #EXIT}, with an {@link #ALIVE} at least every
 * {@link #ALIVE_EVERY} while the command runs; the client may send {@link #CANCEL} at any time (Ctrl-C).
 * {@link #FALL_BACK} tells the client to run the command itself.
 */
public final class AttachProtocol {

	public static final int VERSION = 2;

	/** The socket's name in the home. */
	public static final String SOCKET = "parley.sock";

	/** The first answer of a Parley that runs the command; after it, a lost connection is an error, not a fall-back. */
	public static final byte ACCEPTED = 'A';

	public static final byte STDOUT = 'O';

	public static final byte STDERR = 'E';

	public static final byte EXIT = 'X';

	public static final byte FALL_BACK = 'F';

	/**
	 * A frame of its kind byte alone, sent while a command runs: the serving Parley is alive, however long the command
	 * stays silent (a client that hears nothing for its {@code PARLEY_ATTACH_TIMEOUT} gives up on it).
	 */
	public static final byte ALIVE = 'L';

	/** How often the serving Parley sends {@link #ALIVE} while it runs a command. */
	public static final Duration ALIVE_EVERY = Duration.ofSeconds(1);

	public static final byte CANCEL = 'C';

	/**
	 * The answer of a Parley that has begun to close (a resident idle for its time, a console that exits), followed by
	 * its pid (a long): the client waits for that process to end, then runs the command as if none served it.
	 */
	public static final byte CLOSING = 'S';

	/**
	 * Environment variables that change what a command does in the process that runs it, so client and server must
	 * agree on them; the Bolt listener's, the password's and the launcher's own do not matter to a command run
	 * inside the server.
	 */
	private static final List<String> IGNORED = List.of("PARLEY_HOME", "PARLEY_ATTACH", "PARLEY_ATTACH_TIMEOUT",
			"PARLEY_TRACE", "PARLEY_JVM_TUNING", "PARLEY_RESIDENT", "PARLEY_PASSWORD", "PARLEY_BOLT_", "PARLEY_TLS_",
			"PARLEY_PAGE_CACHE");

	private AttachProtocol() {
	}

	public record Request(Path cwd, String environment, List<String> words) {
	}

	public static void writeRequest(DataOutputStream out, Request request) throws IOException {
		out.writeInt(VERSION);
		writeString(out, request.cwd().toString());
		writeString(out, request.environment());
		out.writeInt(request.words().size());
		for (String word : request.words()) {
			writeString(out, word);
		}
		out.flush();
	}

	public static Request readRequest(DataInputStream in) throws IOException {
		if (in.readInt() != VERSION) {
			throw new IOException("another version of Parley");
		}
		Path cwd = Path.of(readString(in));
		String environment = readString(in);
		int n = in.readInt();
		if (n < 0 || n > 10_000) {
			throw new IOException("bad request");
		}
		var words = new ArrayList<String>(n);
		for (int i = 0; i < n; i++) {
			words.add(readString(in));
		}
		return new Request(cwd, environment, List.copyOf(words));
	}

	private static void writeString(DataOutputStream out, String s) throws IOException {
		byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
		out.writeInt(bytes.length);
		out.write(bytes);
	}

	private static String readString(DataInputStream in) throws IOException {
		int n = in.readInt();
		if (n < 0 || n > 1 << 20) {
			throw new IOException("bad request");
		}
		return new String(in.readNBytes(n), StandardCharsets.UTF_8);
	}

	/**
	 * The {@code PARLEY_*} and {@code SPRING_*} variables that change what a command does, one {@code NAME=value} a
	 * line in name order (the peer is the same user, who can read the other process's environment anyway).
	 */
	public static String environment(Map<String, String> env) {
		var relevant = new TreeMap<String, String>();
		for (Map.Entry<String, String> entry : env.entrySet()) {
			String name = entry.getKey().toUpperCase(Locale.ROOT);
			if ((name.startsWith("PARLEY_") || name.startsWith("SPRING_")) && !ignored(name)) {
				relevant.put(name, entry.getValue());
			}
		}
		var text = new StringBuilder();
		for (Map.Entry<String, String> entry : relevant.entrySet()) {
			text.append(entry.getKey()).append('=').append(entry.getValue()).append('\n');
		}
		return text.toString();
	}

	private static boolean ignored(String name) {
		for (String prefix : IGNORED) {
			if (name.startsWith(prefix)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * A socket channel's input, read without the channel's blocking lock that {@code Channels.newInputStream} holds
	 * while it waits (which would stop the other direction's writes).
	 */
	public static InputStream input(SocketChannel channel) {
		return new InputStream() {

			@Override
			public int read() throws IOException {
				byte[] one = new byte[1];
				int n = read(one, 0, 1);
				return n < 0 ? -1 : one[0] & 0xff;
			}

			@Override
			public int read(byte[] b, int off, int len) throws IOException {
				if (len == 0) {
					return 0;
				}
				return channel.read(ByteBuffer.wrap(b, off, len));
			}
		};
	}

	/** A socket channel's output, written directly (see {@link #input}). */
	public static OutputStream output(SocketChannel channel) {
		return new OutputStream() {

			@Override
			public void write(int b) throws IOException {
				write(new byte[] { (byte) b }, 0, 1);
			}

			@Override
			public void write(byte[] b, int off, int len) throws IOException {
				var buffer = ByteBuffer.wrap(b, off, len);
				while (buffer.hasRemaining()) {
					channel.write(buffer);
				}
			}
		};
	}
}
