package org.parley.shell;

import java.io.DataOutputStream;
import java.io.IOException;

import org.parley.attach.AttachProtocol;

/**
 * Tells an attached one-shot that the command it handed over is still running: an {@link AttachProtocol#ALIVE} frame
 * every {@link AttachProtocol#ALIVE_EVERY} until {@link #stop}, so a client that hears nothing for longer knows this
 * Parley is frozen (its whole process), not merely running a silent query; a command stuck inside a live Parley still
 * gets its signs of life, and its query timeout ends it. It is stopped by a flag, never by an interrupt: an
 * interrupt during a write would close the connection before the command's exit code is sent.
 */
final class AttachHeartbeat implements Runnable {

	private final DataOutputStream frames;

	private boolean stopped;

	AttachHeartbeat(DataOutputStream frames) {
		this.frames = frames;
	}

	@Override
	public void run() {
		long every = AttachProtocol.ALIVE_EVERY.toNanos();
		try {
			while (true) {
				synchronized (this) {
					long next = System.nanoTime() + every;
					for (long left = every; !stopped && left > 0; left = next - System.nanoTime()) {
						wait(Math.max(1, left / 1_000_000));
					}
					if (stopped) {
						return;
					}
				}
				synchronized (frames) {
					if (stopped()) {
						return; // the exit code may be on its way: nothing after it
					}
					frames.writeByte(AttachProtocol.ALIVE);
					frames.flush();
				}
			}
		}
		catch (InterruptedException ex) {
			// this Parley is closing: its connections go with it
		}
		catch (IOException ex) {
			// the client is gone: the command's watcher cancels the command
		}
	}

	/** No frame from this heartbeat follows a frame written after this returns. */
	synchronized void stop() {
		stopped = true;
		notifyAll();
	}

	private synchronized boolean stopped() {
		return stopped;
	}
}
