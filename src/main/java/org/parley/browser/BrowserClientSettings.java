package org.parley.browser;

import static org.neo4j.configuration.SettingValueParsers.BOOL;

import org.neo4j.configuration.Description;
import org.neo4j.configuration.SettingImpl;
import org.neo4j.configuration.SettingsDeclaration;
import org.neo4j.graphdb.config.Setting;

/**
 * Settings Neo4j Browser reads through {@code CALL dbms.clientConfig()} that the community edition does not declare
 * (it declares {@code browser.post_connect_cmd}, {@code browser.remote_content_hostname_whitelist} and
 * {@code client.allow_telemetry} in its {@code ServerSettings}). Declared here so the embedded database accepts and
 * reports them. Public only because Neo4j loads it as a service.
 */
public final class BrowserClientSettings implements SettingsDeclaration {

	@Description("Whether Neo4j Browser may reach the internet (news feeds, Browser sync, remote guides); Parley says no.")
	public static final Setting<Boolean> ALLOW_OUTGOING_CONNECTIONS = SettingImpl
		.newBuilder("browser.allow_outgoing_connections", BOOL, false)
		.build();

	@Description("Whether Neo4j Browser keeps the connection credentials in the web browser's storage.")
	public static final Setting<Boolean> RETAIN_CONNECTION_CREDENTIALS = SettingImpl
		.newBuilder("browser.retain_connection_credentials", BOOL, false)
		.build();
}
