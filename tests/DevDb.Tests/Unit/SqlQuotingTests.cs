using DevDb.Common;
using Xunit;

namespace DevDb.Tests.Unit;

public class SqlQuotingTests
{
    [Theory]
    [InlineData("orders", "\"orders\"")]
    [InlineData("Order Lines", "\"Order Lines\"")]
    [InlineData("a\"b", "\"a\"\"b\"")]
    [InlineData("\"; DROP TABLE x; --", "\"\"\"; DROP TABLE x; --\"")]
    [InlineData("größe", "\"größe\"")]
    public void Quote_wraps_in_double_quotes_and_doubles_embedded_quotes(string name, string expected) =>
        Assert.Equal(expected, Sql.Quote(name));

    [Fact]
    public void Quote_refuses_empty_and_nul() 
    {
        Assert.Throws<DevDbException>(() => Sql.Quote(""));
        Assert.Throws<DevDbException>(() => Sql.Quote("a\0b"));
    }

    [Theory]
    [InlineData("public.country", "public", "country")]
    [InlineData("country", "public", "country")]
    [InlineData("Sales.Orders", "sales", "orders")]
    [InlineData("\"Sales\".\"Order.Lines\"", "Sales", "Order.Lines")]
    [InlineData("\"we\"\"ird\".t", "we\"ird", "t")]
    public void TableName_parses_like_postgres(string text, string schema, string name) =>
        Assert.Equal(new TableName(schema, name), TableName.Parse(text));

    [Theory]
    [InlineData("a.b.c")]
    [InlineData("\"open")]
    [InlineData(".t")]
    public void TableName_rejects_malformed_names(string text) => Assert.Throws<DevDbException>(() => TableName.Parse(text));

    [Fact]
    public void TableName_displays_quotes_only_where_needed()
    {
        Assert.Equal("public.orders", new TableName("public", "orders").ToString());
        Assert.Equal("public.\"Order Lines\"", new TableName("public", "Order Lines").ToString());
        Assert.Equal("\"public\".\"Order Lines\"", new TableName("public", "Order Lines").Quoted);
    }

    [Fact]
    public void Templates_take_only_quoted_identifiers()
    {
        var dir = Directory.CreateTempSubdirectory();
        File.WriteAllText(Path.Combine(dir.FullName, "t.sql"), "SELECT {{column}} FROM {{table}}");
        var files = new SqlFiles(dir.FullName);
        var sql = files.Render("t.sql", new() { ["column"] = SqlFragment.Identifier("x\"; DROP"), ["table"] = new TableName("s", "t") });
        Assert.Equal("SELECT \"x\"\"; DROP\" FROM \"s\".\"t\"", sql);
        Assert.Throws<InvalidOperationException>(() => files.Render("t.sql", new() { ["column"] = SqlFragment.Identifier("x") }));
    }

    [Fact]
    public void Long_production_schema_names_get_a_unique_foreign_schema_within_63_bytes()
    {
        var a = Naming.ForeignSchema(new string('s', 60) + "a");
        var b = Naming.ForeignSchema(new string('s', 60) + "b");
        Assert.NotEqual(a, b);
        Assert.True(System.Text.Encoding.UTF8.GetByteCount(a) <= 63);
        Assert.Equal("devdb_prod_public", Naming.ForeignSchema("public"));
        Assert.True(System.Text.Encoding.UTF8.GetByteCount(Naming.ForeignSchema(new string('ü', 40))) <= 63);
    }
}
