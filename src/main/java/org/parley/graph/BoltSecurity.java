package org.parley.graph;

import java.nio.file.Files;
import java.nio.file.Path;

import org.parley.errors.ParleyException;

/**
 * How the embedded database's Bolt connector is guarded, bound from {@code parley.*} properties or the matching
 * environment variables like {@link ParleySettings}.
 *
 * @param boltAdmin     {@code PARLEY_BOLT_ADMIN=true}: Bolt clients may create, alter and drop users and change the
 *                      password; by default Parley refuses every change to the {@code system} database but its own
 * @param tlsCert       {@code PARLEY_TLS_CERT}: PEM certificate (chain) for Bolt; with {@code tlsKey}, Bolt requires TLS
 * @param tlsKey        {@code PARLEY_TLS_KEY}: the certificate's PEM private key (PKCS#8, unencrypted)
 * @param boltPlaintext {@code PARLEY_BOLT_PLAINTEXT=true}: allow a non-loopback address without TLS
 */
public record BoltSecurity(boolean boltAdmin, Path tlsCert, Path tlsKey, boolean boltPlaintext) {

	/** No admin access, no TLS, loopback or TLS only. */
	public static final BoltSecurity DEFAULT = new BoltSecurity(false, null, null, false);

	/** Whether Bolt requires TLS with the owner's certificate. */
	public boolean tls() {
		return tlsCert != null || tlsKey != null;
	}

	/** Checks the TLS files before Neo4j starts, so a mistake is one line naming the setting. */
	void checkFiles() {
		if (!tls()) {
			return;
		}
		if (tlsCert == null || tlsKey == null) {
			throw new ParleyException("TLS needs both PARLEY_TLS_CERT and PARLEY_TLS_KEY; only "
					+ (tlsCert == null ? "PARLEY_TLS_KEY" : "PARLEY_TLS_CERT") + " is set");
		}
		readable(tlsCert, "PARLEY_TLS_CERT", "CERTIFICATE");
		readable(tlsKey, "PARLEY_TLS_KEY", "PRIVATE KEY");
	}

	private static void readable(Path file, String setting, String pem) {
		String text;
		try {
			text = Files.readString(file, java.nio.charset.StandardCharsets.US_ASCII);
		}
		catch (java.io.IOException | RuntimeException ex) {
			throw new ParleyException(setting + " " + file + " cannot be read: " + ex.getClass().getSimpleName()
					+ (ex.getMessage() == null ? "" : " " + Graph.oneLine(ex.getMessage())));
		}
		if (!text.contains("-----BEGIN " + pem + "-----")) {
			throw new ParleyException(setting + " " + file + " is not a PEM file with a '" + pem + "' block"
					+ (pem.equals("PRIVATE KEY") ? " (PKCS#8, unencrypted: openssl pkcs8 -topk8 -nocrypt)" : ""));
		}
	}
}
