using DevDb.Configuration;
using Xunit;

namespace DevDb.Tests.Unit;

public class WhereClauseGuardTests
{
    [Theory]
    [InlineData("active")]
    [InlineData("created_at >= date '2024-01-01' AND (status = 'paid' OR status = 'shipped')")]
    [InlineData("name = 'it''s (not) a; problem'")]
    [InlineData("\"Odd;Column)\" > 3")]
    [InlineData("note = $x$ ) ; $x$")]
    [InlineData("id = ANY('{1,2}')")]
    public void Accepts_one_expression(string where) => Assert.Null(WhereClauseGuard.Problem(where));

    [Theory]
    [InlineData("true; DROP TABLE orders", "';'")]
    [InlineData("true) UNION SELECT (1", "unmatched ')'")]
    [InlineData("(true", "unmatched '('")]
    [InlineData("true -- comment", "comment")]
    [InlineData("true /* x */", "comment")]
    [InlineData("name = 'open", "unclosed string")]
    [InlineData("\"open", "unclosed quoted identifier")]
    [InlineData("  ", "empty")]
    public void Refuses_anything_that_escapes_the_parentheses(string where, string reason) =>
        Assert.Contains(reason, WhereClauseGuard.Problem(where));
}
