package org.parley.shell;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Supplier;

import jdk.net.ExtendedSocketOptions;
import org.parley.graph.RunningQueries;
import org.parley.attach.AttachClient;
import org.parley.attach.Activity;
import org.parley.attach.AttachProtocol;
import org.parley.graph.OwnerOnly;
import org.parley.attach.ThreadErr;
import org.parley.files.WorkingDirectory;
import org.parley.graph.GraphStartup;

/**
 * The serving side of {@code $PARLEY_HOME/parley.sock}: a console or {@code serve} that holds the home's store runs
 * the one-shot commands handed to it, each in its own thread, through the same runner as its own commands, with
 * the caller's working directory and its stdout, stderr and exit code sent back. Only the owner can connect: the
 * socket lives in the owner-only home, is itself owner-only, and each peer's user is checked.
 */
final class AttachServer implements AutoCloseable {

	/** Commands that stay with the one-shot: they block, replace the store, or run for minutes in their own JVM. */
	private static final Set<String> OWN_PROCESS = Set.of("serve", "restore", "generate", "load", "bench");

	interface Runner {

		int run(List<String> words, PrintStream out, PrintStream err);
	}

	private final Runner runner;

	private final Supplier<GraphStartup> startup;

	private final ExecutorService pool = Executors.newCachedThreadPool(task -> {
		var thread = new Thread(task, "parley-attached");
		thread.setDaemon(true);
		return thread;
	});

	private final String environment = AttachProtocol.environment(System.getenv());

	private final Path cwd = Path.of("").toAbsolutePath();

	private volatile ServerSocketChannel server;

	private volatile Path socket;

	private volatile Object socketKey;

	/** Set by {@link #close()}: a listener that binds after it closes what it bound. */
	private volatile boolean closed;

	AttachServer(Runner runner, Supplier<GraphStartup> startup) {
		this.runner = runner;
		this.startup = startup;
	}

	/** Opens the socket in the background once the database is open, if this process serves the home. */
	void start() {
		Activity.open();
		if (AttachClient.disabled() || !OwnerOnly.supported()) {
			return;
		}
		var thread = new Thread(this::listen, "parley-attach");
		thread.setDaemon(true);
		thread.start();
	}

	/** The listening thread's work; package-private for its test. */
	void listen() {
		if (closed) {
			return;
		}
		GraphStartup graph;
		try {
			// a context that failed to start (a busy HTTP port) may be closed before this thread looks: then there is
			// no startup to ask, and the command that needed the database has said why
			graph = startup.get();
			if (graph == null || !graph.serving()) {
				return;
			}
		}
		catch (RuntimeException ex) {
			return; // the command that needs the database reports it
		}
		Path home = graph.settings().home();
		var problem = OwnerOnly.problem(home);
		if (problem.isPresent()) {
			System.err.println("parley: one-shot commands will not run in this Parley: " + problem.get());
			return;
		}
		Path file = home.resolve(AttachProtocol.SOCKET);
		try {
			// left by a Parley that was killed: this process holds the home's lock now
			Files.deleteIfExists(file);
			var channel = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
			channel.bind(UnixDomainSocketAddress.of(file));
			OwnerOnly.restrict(file);
			socketKey = Files.readAttributes(file, BasicFileAttributes.class).fileKey();
			socket = file;
			server = channel;
			if (closed) { // closed while this thread was binding: close() may not have seen the channel
				close();
				return;
			}
			ThreadErr.install();
			while (channel.isOpen()) {
				SocketChannel connection = channel.accept();
				try {
					pool.execute(() -> serve(connection));
				}
				catch (RejectedExecutionException ex) {
					connection.close(); // accepted as this Parley closed: the client runs the command itself
				}
			}
		}
		catch (IOException ex) {
			if (server == null) {
				System.err.println("parley: one-shot commands will not run in this Parley: cannot open " + file + ": "
						+ ex.getMessage());
			}
		}
	}

	private void serve(SocketChannel connection) {
		try (connection) {
			var peer = connection.getOption(ExtendedSocketOptions.SO_PEERCRED);
			if (!peer.user().getName().equals(Files.getOwner(Path.of("/proc/self")).getName())) {
				return; // the socket's permissions keep others out; this is the second lock
			}
			var in = new DataInputStream(new BufferedInputStream(AttachProtocol.input(connection)));
			var out = new DataOutputStream(new BufferedOutputStream(AttachProtocol.output(connection)));
			AttachProtocol.Request request = AttachProtocol.readRequest(in);
			List<String> words = request.words();
			if (!request.environment().equals(environment) || words.isEmpty() || OWN_PROCESS.contains(words.get(0))
					|| (words.get(0).equals("seed") && !request.cwd().equals(cwd))) {
				out.writeByte(AttachProtocol.FALL_BACK);
				out.flush();
				return;
			}
			if (!Activity.tryStart()) {
				// this Parley has begun to close (a resident idle for its time, or a console that exits): the client
				// waits for this process to end, then runs the command itself
				out.writeByte(AttachProtocol.CLOSING);
				out.writeLong(ProcessHandle.current().pid());
				out.flush();
				return;
			}
			try {
				out.writeByte(AttachProtocol.ACCEPTED);
				out.flush();
				run(request, in, out);
			}
			finally {
				Activity.ended();
			}
		}
		catch (IOException | RuntimeException ex) {
			// the client went away or spoke another protocol: nothing to answer
		}
	}

	private void run(AttachProtocol.Request request, DataInputStream in, DataOutputStream frames) throws IOException {
		var stdout = new PrintStream(new BufferedOutputStream(new Frames(frames, AttachProtocol.STDOUT), 8192), false,
				StandardCharsets.UTF_8);
		var stderr = new PrintStream(new Frames(frames, AttachProtocol.STDERR) {

			@Override
			public void write(byte[] b, int off, int len) throws IOException {
				stdout.flush(); // as on a terminal: what the command printed before its message comes first
				super.write(b, off, len);
			}
		}, true, StandardCharsets.UTF_8);
		var cancel = new Cancel(Thread.currentThread());
		pool.execute(() -> cancel.watch(in));
		var heartbeat = new AttachHeartbeat(frames);
		pool.execute(heartbeat);
		int code;
		WorkingDirectory.set(request.cwd());
		ThreadErr.route(stderr);
		try {
			// the client hands the line over unchecked: usage errors, help, --version and completion scripts
			// answer here exactly as its own preflight would have
			var answered = Preflight.check(request.words(), stdout, stderr);
			code = answered.isPresent() ? answered.getAsInt() : runner.run(request.words(), stdout, stderr);
			stdout.flush();
		}
		finally {
			ThreadErr.clear();
			WorkingDirectory.clear();
			cancel.done();
			heartbeat.stop();
		}
		synchronized (frames) {
			frames.writeByte(AttachProtocol.EXIT);
			frames.writeInt(cancel.cancelled() ? 130 : code);
			frames.flush();
		}
	}

	/** Ctrl-C in the client (or the client gone): the command's thread is interrupted, which stops its query. */
	private static final class Cancel {

		private final Thread command;

		private boolean done;

		private boolean cancelled;

		Cancel(Thread command) {
			this.command = command;
		}

		void watch(DataInputStream in) {
			try {
				int b;
				do {
					b = in.read();
				}
				while (b != -1 && b != AttachProtocol.CANCEL);
			}
			catch (IOException ex) {
				// closed: the same as a cancel while the command runs
			}
			synchronized (this) {
				if (!done) {
					cancelled = true;
					RunningQueries.cancel(command); // interrupts it and stops its query in the database
				}
			}
		}

		synchronized void done() {
			done = true;
			Thread.interrupted(); // an interrupt meant for this command must not reach the next one in this thread
		}

		synchronized boolean cancelled() {
			return cancelled;
		}
	}

	/** One stream of the command's output as frames on the connection. */
	private static class Frames extends OutputStream {

		private final DataOutputStream frames;

		private final byte kind;

		Frames(DataOutputStream frames, byte kind) {
			this.frames = frames;
			this.kind = kind;
		}

		@Override
		public void write(int b) throws IOException {
			write(new byte[] { (byte) b }, 0, 1);
		}

		@Override
		public void write(byte[] b, int off, int len) throws IOException {
			if (len == 0) {
				return;
			}
			synchronized (frames) {
				frames.writeByte(kind);
				frames.writeInt(len);
				frames.write(b, off, len);
				frames.flush();
			}
		}
	}

	@Override
	public void close() {
		closed = true;
		var channel = server;
		if (channel == null) {
			pool.shutdownNow();
			return;
		}
		// no command is accepted any more: closing began when the context closed (see ParleyApplication)
		try {
			// the socket first: a connection accepted after the pool stopped would wait for an answer that never comes
			channel.close();
		}
		catch (IOException ex) {
			// closed already
		}
		pool.shutdownNow();
		try {
			// only this process's socket: a Parley that took the home after this one has its own
			if (Files.exists(socket) && socketKey != null
					&& socketKey.equals(Files.readAttributes(socket, BasicFileAttributes.class).fileKey())) {
				Files.deleteIfExists(socket);
			}
		}
		catch (IOException ex) {
			// the next serving Parley removes it
		}
	}
}
