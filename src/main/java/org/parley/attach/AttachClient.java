package org.parley.attach;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

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
	 * @return its exit code, or empty when no Parley took the command (then it is for this process to run)
	 */
	public static OptionalInt run(Path home, List<String> words) {
		Path socket = home.resolve(AttachProtocol.SOCKET);
		if (disabled() || !Files.exists(socket, LinkOption.NOFOLLOW_LINKS) || !OwnerOnly.supported()) {
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
			channel = SocketChannel.open(UnixDomainSocketAddress.of(socket));
		}
		catch (IOException | RuntimeException ex) {
			return OptionalInt.empty(); // nobody listens: a socket left by a Parley that was killed
		}
		try (channel) {
			return exchange(channel, home, words);
		}
		catch (IOException ex) {
			return OptionalInt.empty(); // closed before it accepted the command
		}
	}

	private static OptionalInt exchange(SocketChannel channel, Path home, List<String> words) throws IOException {
		var out = new DataOutputStream(new BufferedOutputStream(AttachProtocol.output(channel)));
		var request = new AttachProtocol.Request(Path.of("").toAbsolutePath(),
				AttachProtocol.environment(System.getenv()), words);
		AttachProtocol.writeRequest(out, request);
		var in = new DataInputStream(new BufferedInputStream(AttachProtocol.input(channel)));
		byte answer = in.readByte();
		if (answer == AttachProtocol.CLOSING) {
			awaitEnd(in.readLong());
			return OptionalInt.empty();
		}
		if (answer != AttachProtocol.ACCEPTED) {
			return OptionalInt.empty();
		}
		cancelOnInterrupt(out);
		OutputStream stdout = new FileOutputStream(FileDescriptor.out);
		OutputStream stderr = new FileOutputStream(FileDescriptor.err);
		try {
			while (true) {
				byte kind = in.readByte();
				if (kind == AttachProtocol.EXIT) {
					return OptionalInt.of(in.readInt());
				}
				byte[] bytes = in.readNBytes(in.readInt());
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
			if (cancelled) {
				return OptionalInt.of(130); // Ctrl-C: the serving Parley stopped the command and closed the connection
			}
			System.err.println("parley: lost the Parley serving " + home + " while it ran the command ("
					+ ex.getClass().getSimpleName() + "); check what it did before running the command again");
			return OptionalInt.of(3);
		}
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
