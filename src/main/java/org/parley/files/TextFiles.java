package org.parley.files;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

import org.parley.errors.ParleyException;

/**
 * The one rule for reading the text files people give Parley (saved reports, seed scripts, {@code --file} command
 * files): strictly UTF-8, a leading byte-order mark dropped, and NUL bytes refused (a binary file). A file that breaks
 * the rule fails with {@code FILE:LINE: not UTF-8 text (byte N)}, naming the first bad byte (counted from 0) and
 * its line, instead of a {@code MalformedInputException} that names nothing.
 */
public final class TextFiles {

	private static final byte[] BOM = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };

	private TextFiles() {
	}

	/**
	 * @param display how messages name the file
	 * @throws ParleyException when it cannot be read or is not UTF-8 text
	 */
	public static String read(Path file, String display) {
		byte[] bytes;
		try {
			bytes = Files.readAllBytes(file);
		}
		catch (NoSuchFileException ex) {
			throw new ParleyException(display + " does not exist", ex);
		}
		catch (AccessDeniedException ex) {
			throw new ParleyException("cannot read " + display + ": permission denied", ex);
		}
		catch (IOException ex) {
			throw new ParleyException("cannot read " + display + ": " + ex.getMessage(), ex);
		}
		return decode(bytes, display);
	}

	/** The text of bytes read elsewhere (a resource in the jar), by the same rule. */
	public static String decode(byte[] bytes, String display) {
		int start = startsWithBom(bytes) ? BOM.length : 0;
		CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
			.onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT);
		ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
		CharBuffer out = CharBuffer.allocate(bytes.length - start);
		CoderResult result = decoder.decode(in, out, true);
		if (!result.isError()) {
			result = decoder.flush(out);
		}
		int bad = result.isError() ? in.position() : -1;
		for (int i = start; i < bytes.length && (bad < 0 || i < bad); i++) {
			if (bytes[i] == 0) {
				bad = i;
				break;
			}
		}
		if (bad >= 0) {
			throw new ParleyException(notText(display, bytes, bad));
		}
		return out.flip().toString();
	}

	/** {@code FILE:LINE: not UTF-8 text (byte N)}. */
	static String notText(String display, byte[] bytes, int offset) {
		int line = 1;
		for (int i = 0; i < offset; i++) {
			if (bytes[i] == '\n') {
				line++;
			}
		}
		return display + ":" + line + ": not UTF-8 text (byte " + offset + ")";
	}

	private static boolean startsWithBom(byte[] bytes) {
		return bytes.length >= 3 && bytes[0] == BOM[0] && bytes[1] == BOM[1] && bytes[2] == BOM[2];
	}
}
