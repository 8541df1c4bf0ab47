package org.parley.attach;

import java.io.IOException;
import java.nio.channels.SocketChannel;
import java.time.Duration;

/**
 * The one-shot's guard against a serving Parley that stops answering (its whole process stopped with SIGSTOP or
 * Ctrl-Z, or starved): while the one-shot waits for the serving Parley's next word, a thread of its own closes the
 * connection once that wait passes the timeout, which ends the blocked read. Time spent writing what came back (a pager, a full pipe) does
 * not count: the server sends {@link AttachProtocol#ALIVE} every second while a command runs, so only a wait for it
 * can run out.
 */
final class AttachWatch implements AutoCloseable, Runnable {

	/** A wake-up this much later than asked for means this process did not run in between. */
	private static final long LATE = Duration.ofSeconds(1).toNanos();

	private final SocketChannel channel;

	private final Duration timeout;

	/** When the current wait began ({@link System#nanoTime}), or 0 while the one-shot is not waiting. */
	private long waitingSince;

	private boolean gaveUp;

	private boolean closed;

	private AttachWatch(SocketChannel channel, Duration timeout) {
		this.channel = channel;
		this.timeout = timeout;
	}

	static AttachWatch start(SocketChannel channel, Duration timeout) {
		var watch = new AttachWatch(channel, timeout);
		var thread = new Thread(watch, "parley-attach-watch");
		thread.setDaemon(true);
		thread.start();
		return watch;
	}

	Duration timeout() {
		return timeout;
	}

	/** The one-shot begins to wait for the serving Parley's next word: the timeout counts from now. */
	synchronized void waiting() {
		waitingSince = System.nanoTime() | 1; // never 0, which means not waiting
		notifyAll();
	}

	/** The one-shot heard from the serving Parley and stops waiting. */
	synchronized void heard() {
		waitingSince = 0;
	}

	/** Whether this watch closed the connection because the serving Parley said nothing in time. */
	synchronized boolean gaveUp() {
		return gaveUp;
	}

	@Override
	public void run() {
		synchronized (this) {
			try {
				while (!closed) {
					if (waitingSince == 0) {
						wait();
						continue;
					}
					long now = System.nanoTime();
					long left = waitingSince + timeout.toNanos() - now;
					if (left > 0) {
						wait(Math.max(1, left / 1_000_000));
						if (System.nanoTime() - (now + left) > LATE) {
							// this process was stopped itself (Ctrl-Z, then fg) or starved: what it waited for may be
							// in its buffer already, so the wait starts again
							waitingSince = System.nanoTime() | 1;
						}
						continue;
					}
					gaveUp = true;
					try {
						channel.close(); // the blocked read ends with an AsynchronousCloseException
					}
					catch (IOException ex) {
						// closed already
					}
					return;
				}
			}
			catch (InterruptedException ex) {
				// the JVM is ending
			}
		}
	}

	@Override
	public synchronized void close() {
		closed = true;
		notifyAll();
	}
}
