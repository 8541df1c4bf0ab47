package org.parley.files;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

import org.parley.errors.ParleyException;

/**
 * A command's standard output that fails loudly: {@link PrintStream} and {@link java.io.PrintWriter} swallow write
 * errors, so {@code report run labels > /dev/full} used to exit 0 with nothing written. This writer throws
 * {@link ParleyException} ({@code cannot write output: No space left on device}, exit 1) on the first failed write,
 * and again on every later one, so a command stops instead of printing into the void.
 */
public final class CheckedOutput extends Writer {

	/** Set by the real entry point: the process's own stdout, written directly so that a failure keeps its reason. */
	private static volatile boolean processStdout;

	private final Writer writer;

	private final PrintStream checked;

	private ParleyException failed;

	private CheckedOutput(OutputStream stream, PrintStream checked) {
		this.writer = new OutputStreamWriter(stream, StandardCharsets.UTF_8);
		this.checked = checked;
	}

	/** Called from {@code main}: {@link #of} then writes to file descriptor 1 itself. */
	public static void useProcessStdout() {
		processStdout = true;
	}

	/**
	 * @param out the stream the command's output goes to; when it is {@link System#out} of a real run, the file
	 *            descriptor behind it, else (in-process tests) the stream itself, checked after each write
	 */
	public static CheckedOutput of(PrintStream out) {
		if (processStdout && out == System.out) {
			out.flush();
			return new CheckedOutput(new FileOutputStream(FileDescriptor.out), null);
		}
		return new CheckedOutput(out, out);
	}

	/** The failure so far, or {@code null}. */
	public ParleyException failure() {
		return failed;
	}

	@Override
	public void write(char[] chars, int off, int len) {
		check();
		try {
			writer.write(chars, off, len);
		}
		catch (IOException ex) {
			throw fail(ex);
		}
		verify();
	}

	@Override
	public void flush() {
		check();
		try {
			writer.flush();
		}
		catch (IOException ex) {
			throw fail(ex);
		}
		verify();
	}

	@Override
	public void close() {
		flush();
	}

	private void check() {
		if (failed != null) {
			throw failed;
		}
	}

	/** A {@link PrintStream} hides its errors: ask it. */
	private void verify() {
		if (checked != null && checked.checkError()) {
			throw fail(new IOException("write error"));
		}
	}

	private ParleyException fail(IOException ex) {
		failed = new ParleyException("cannot write output: "
				+ (ex.getMessage() == null ? ex.getClass().getSimpleName() : ex.getMessage()), ex);
		return failed;
	}
}
