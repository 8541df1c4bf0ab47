package org.parley.attach;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import sun.misc.Signal;

import org.parley.graph.OwnerOnly;

/**
 * The one-shot side: hands the command to the Parley that holds the home through its socket and copies what it
 * answers to this process's stdout and stderr, ending with its exit code. Anything short of a Parley that accepted
 * the command (no socket, a stale one, one that others could have made, another version, other settings) leaves the
 * command to run here as before.
 */
public final class AttachClient {

	/** Set once Ctrl-C asked the serving Parley to stop the command. */
	private static volatile boolean cancelled;

	private AttachClient() {
	}

	/** Whether {@code PARLEY_ATTACH=off} turned attaching off. */
	public static boolean disabled() {
		return "off".equalsIgnoreCase(System.getenv("PARLEY_ATTACH"));
	}

	/**
	 * Runs {@code words} in the Parley serving {@code home}.
	 *
	 * @return its exit code (2 for a {@code PARLEY_ATTACH_TIMEOUT} that is no timeout, 3 when the Parley that holds
	 *         the home said nothing for that long), or empty when no Parley took the command (then it is for this
	 *         process to run)
	 */
	public static OptionalInt run(Path home, List<String> words) {
		if (disabled()) {
			return OptionalInt.empty();
		}
		Duration timeout;
		try {
			timeout = timeout(System.getenv(TIMEOUT));
		}
		catch (IllegalArgumentException ex) {
			System.err.println("parley: " + ex.getMessage());
			return OptionalInt.of(2);
		}
		return run(home, words, timeout, new FileOutputStream(FileDescriptor.out), new FileOutputStream(FileDescriptor.err));
	}

	/**
	 * {@link #run(Path, List)} giving up on a serving Parley that says nothing for {@code timeout}, with the command's
	 * output copied to {@code stdout} and {@code stderr} (this process's own messages go to {@link System#err}).
	 */
	static OptionalInt run(Path home, List<String> words, Duration timeout, OutputStream stdout, OutputStream stderr) {
		Path socket = home.resolve(AttachProtocol.SOCKET);
		if (!Files.exists(socket, LinkOption.NOFOLLOW_LINKS) || !OwnerOnly.supported()) {
			return OptionalInt.empty();
		}
		for (Path path : List.of(home, socket)) {
			var problem = OwnerOnly.problem(path);
			if (problem.isPresent()) {
				System.err.println("parley: not attaching through " + socket + ": " + problem.get()
						+ "; running the command on its own");
				return OptionalInt.empty();
			}
		}
		SocketChannel channel;
		try {
			channel = SocketChannel.open(StandardProtocolFamily.UNIX);
		}
		catch (IOException | RuntimeException ex) {
			return OptionalInt.empty();
		}
		try (channel; var watch = AttachWatch.start(channel, timeout)) {
			try {
				// watched too: a stopped Parley's queue of connections fills up, and then connecting waits
				watch.waiting();
				channel.connect(UnixDomainSocketAddress.of(socket));
			}
			catch (IOException | RuntimeException ex) {
				if (watch.gaveUp()) {
					return notAnswered(home, watch);
				}
				return OptionalInt.empty(); // nobody listens: a socket left by a Parley that was killed
			}
			return exchange(channel, watch, home, words, stdout, stderr);
		}
		catch (IOException ex) {
			return OptionalInt.empty(); // closed before it accepted the command
		}
	}

	/** The serving Parley said nothing before it took the command: it holds the home, so it cannot run here either. */
	private static OptionalInt notAnswered(Path home, AttachWatch watch) {
		System.err.println("parley: the Parley serving " + home + " did not answer in " + seconds(watch.timeout())
				+ " (stopped, or too busy to answer); the command did not run. Try again, or end that Parley to run "
				+ "commands on their own (" + TIMEOUT + " sets the wait)");
		return OptionalInt.of(3);
	}

	/** The variable that sets how long a one-shot waits for a word from the Parley serving its home. */
	public static final String TIMEOUT = "PARLEY_ATTACH_TIMEOUT";

	private static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(15);

	/** The shortest timeout: three of the serving Parley's signs of life, so that one late one is no silence. */
	private static final Duration SHORTEST = AttachProtocol.ALIVE_EVERY.multipliedBy(3);

	private static final Pattern DURATION = Pattern.compile("(\\d{1,6})(s|m)?");

	/**
	 * {@code PARLEY_ATTACH_TIMEOUT}: seconds ({@code 15}) or a duration ({@code 15s}, {@code 2m}); unset, 15 s.
	 *
	 * @throws IllegalArgumentException naming the variable when its value is none of these
	 */
	static Duration timeout(String value) {
		if (value == null || value.isBlank()) {
			return DEFAULT_TIMEOUT;
		}
		Matcher m = DURATION.matcher(value.strip().toLowerCase(Locale.ROOT));
		Duration timeout = !m.matches() ? Duration.ZERO
				: "m".equals(m.group(2)) ? Duration.ofMinutes(Long.parseLong(m.group(1)))
				: Duration.ofSeconds(Long.parseLong(m.group(1)));
		if (timeout.compareTo(SHORTEST) < 0) {
			throw new IllegalArgumentException("invalid " + TIMEOUT + "='" + value
					+ "': expected seconds (15) or a duration such as 15s or 2m, at least " + seconds(SHORTEST));
		}
		return timeout;
	}

	private static OptionalInt exchange(SocketChannel channel, AttachWatch watch, Path home, List<String> words,
			OutputStream stdout, OutputStream stderr) throws IOException {
		cancelled = false;
		var out = new DataOutputStream(new BufferedOutputStream(AttachProtocol.output(channel)));
		var request = new AttachProtocol.Request(Path.of("").toAbsolutePath(),
				AttachProtocol.environment(System.getenv()), words);
		var in = new DataInputStream(new BufferedInputStream(AttachProtocol.input(channel)));
		byte answer;
		try {
			watch.waiting();
			AttachProtocol.writeRequest(out, request);
			answer = in.readByte();
			watch.heard();
		}
		catch (IOException ex) {
			if (watch.gaveUp()) {
				return notAnswered(home, watch);
			}
			throw ex;
		}
		if (answer == AttachProtocol.CLOSING) {
			awaitEnd(in.readLong());
			return OptionalInt.empty();
		}
		if (answer != AttachProtocol.ACCEPTED) {
			return OptionalInt.empty();
		}
		cancelOnInterrupt(out);
		try {
			while (true) {
				watch.waiting();
				byte kind = in.readByte();
				if (kind == AttachProtocol.ALIVE) {
					continue;
				}
				if (kind == AttachProtocol.EXIT) {
					return OptionalInt.of(in.readInt());
				}
				byte[] bytes = in.readNBytes(in.readInt());
				watch.heard(); // writing to stdout may wait on a pager or a pipe: that is no silence of the server
				try {
					(kind == AttachProtocol.STDERR ? stderr : stdout).write(bytes);
				}
				catch (IOException ex) {
					// as a local run: output that cannot be written is an error, and the command stops
					cancel(out);
					System.err.println("parley: cannot write output: " + ex.getMessage());
					return OptionalInt.of(1);
				}
			}
		}
		catch (IOException ex) {
			if (watch.gaveUp()) {
				// after a Ctrl-C too: a stopped Parley did not read the cancel
				System.err.println("parley: the Parley serving " + home + " stopped answering while it ran the command "
						+ "(nothing for " + seconds(watch.timeout()) + "; stopped, or too busy to answer); the command "
						+ "may still run there: check what it did before running the command again");
				return OptionalInt.of(cancelled ? 130 : 3);
			}
			if (cancelled) {
				return OptionalInt.of(130); // Ctrl-C: the serving Parley stopped the command and closed the connection
			}
			System.err.println("parley: lost the Parley serving " + home + " while it ran the command ("
					+ ex.getClass().getSimpleName() + "); check what it did before running the command again");
			return OptionalInt.of(3);
		}
	}

	private static String seconds(Duration duration) {
		return duration.toMillis() % 1000 == 0 ? duration.toSeconds() + " s" : duration.toMillis() + " ms";
	}

	private static void cancelOnInterrupt(DataOutputStream out) {
		try {
			Signal.handle(new Signal("INT"), new sun.misc.SignalHandler() {

				private boolean asked;

				@Override
				public synchronized void handle(Signal signal) {
					if (asked) {
						System.exit(130);
					}
					asked = true;
					cancelled = true;
					cancel(out);
				}
			});
		}
		catch (IllegalArgumentException ex) {
			// no SIGINT handling in this JVM (-Xrs): Ctrl-C ends this process, and the server sees the socket close
		}
	}

	private static void cancel(DataOutputStream out) {
		try {
			synchronized (out) {
				out.writeByte(AttachProtocol.CANCEL);
				out.flush();
			}
		}
		catch (IOException ex) {
			// the server is gone already
		}
	}

	/** How long to wait for a closing Parley to end (it shuts its database down first). */
	private static final Duration RELEASE_WAIT = Duration.ofMinutes(2);

	/**
	 * Waits until the Parley that answered {@link AttachProtocol#CLOSING} (process {@code pid}) has ended: then the home
	 * and its store are free for this command, or for a Parley started after it.
	 */
	private static void awaitEnd(long pid) {
		var closing = ProcessHandle.of(pid);
		if (closing.isEmpty()) {
			return;
		}
		try {
			closing.get().onExit().get(RELEASE_WAIT.toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		catch (ExecutionException | TimeoutException ex) {
			// still there after two minutes: the command runs here and says what it finds
		}
	}
}
