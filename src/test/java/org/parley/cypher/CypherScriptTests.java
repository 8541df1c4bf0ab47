package org.parley.cypher;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.parley.errors.ParleyException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CypherScriptTests {

	@Test
	void splitsAtTopLevelSemicolonsAndKeepsStartLines() {
		var statements = CypherScript.split("s.cypher", """
				// header comment; not a statement
				MERGE (a:Country {id: 'US'});

				MERGE (b:Country {id: 'CN'})
				SET b.name = 'China';
				""");
		assertThat(statements).extracting(CypherScript.Statement::line).containsExactly(2, 4);
		assertThat(statements.get(1).text()).isEqualTo("MERGE (b:Country {id: 'CN'})\nSET b.name = 'China'");
	}

	@Test
	void semicolonsInsideStringsNamesAndCommentsDoNotSplit() {
		var statements = CypherScript.split("s.cypher", """
				CREATE (:Note {text: 'a; b', other: "c; \\"d\\"; e"}); // trailing; comment
				/* block; comment
				   over lines; */ CREATE (:`Odd;Label` {x: 'it\\'s; fine'});
				MATCH (n) RETURN n""");
		assertThat(statements).hasSize(3);
		assertThat(statements.get(0).text()).isEqualTo("CREATE (:Note {text: 'a; b', other: \"c; \\\"d\\\"; e\"})");
		assertThat(statements.get(1).line()).isEqualTo(3);
		assertThat(statements.get(1).text()).startsWith("CREATE (:`Odd;Label`").endsWith("fine'})");
		assertThat(statements.get(2)).isEqualTo(new CypherScript.Statement(4, "MATCH (n) RETURN n"));
	}

	@Test
	void blankAndCommentOnlyScriptsHaveNoStatements() {
		assertThat(CypherScript.split("s.cypher", "")).isEmpty();
		assertThat(CypherScript.split("s.cypher", "// only a comment\n;\n  ;  /* and; this */\n")).isEmpty();
	}

	@Test
	void doubledBackticksStayInsideTheName() {
		List<CypherScript.Statement> statements = CypherScript.split("s.cypher", "RETURN 1 AS `a``;b`; RETURN 2;");
		assertThat(statements).extracting(CypherScript.Statement::text).containsExactly("RETURN 1 AS `a``;b`", "RETURN 2");
	}

	@Test
	void unterminatedStringNamesFileAndLine() {
		assertThatThrownBy(() -> CypherScript.split("seed/10_x.cypher", "RETURN 1;\n\nCREATE (:N {t: 'open});\n"))
			.isInstanceOf(ParleyException.class)
			.hasMessage("seed/10_x.cypher:3: unterminated string");
		assertThatThrownBy(() -> CypherScript.split("seed/10_x.cypher", "RETURN 1;\n/* never closed\n"))
			.hasMessage("seed/10_x.cypher:2: unterminated /* comment");
	}
}
