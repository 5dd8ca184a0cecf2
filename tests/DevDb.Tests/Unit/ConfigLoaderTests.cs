using DevDb.Masking;
using DevDb.Common;
using DevDb.Configuration;
using Xunit;

namespace DevDb.Tests.Unit;

public class ConfigLoaderTests
{
    [Fact]
    public void Reads_the_rules_of_the_issue_example()
    {
        var config = ConfigLoader.Parse("""
            seed: 42
            default: { percent: 10 }
            tables:
              public.country: all
              public.audit_log: none
              public.rental: { percent: 1 }
              public.customer: { where: "active", limit: 1000 }
            """);
        Assert.Equal(42, config.Seed);
        Assert.Equal(new SamplingRule(RuleKind.Percent, 10), config.Default);
        Assert.Equal(SamplingRule.All, config.Tables[TableName.Parse("public.country")]);
        Assert.Equal(SamplingRule.None, config.Tables[TableName.Parse("public.audit_log")]);
        Assert.Equal(new SamplingRule(RuleKind.Percent, 1), config.Tables[TableName.Parse("public.rental")]);
        Assert.Equal(new SamplingRule(RuleKind.Filter, null, 1000, "active"), config.Tables[TableName.Parse("public.customer")]);
        Assert.Equal(SamplingRule.None, config.RuleFor(TableName.Parse("audit_log"), out var source));
        Assert.Equal("table rule", source);
        Assert.Equal(config.Default, config.RuleFor(TableName.Parse("public.other"), out source));
        Assert.Equal("default", source);
    }

    [Fact]
    public void Reads_connections_and_paths()
    {
        var config = ConfigLoader.Parse("""
            production: { host: db.internal, port: 6432, database: shop, user: reader, sslmode: require }
            development: { database: shop_dev }
            schemas: [public, sales]
            schema_file: db/schema.sql
            dump_file: out/dev.dump
            fetch_size: 5000
            parallel: 4
            """);
        Assert.Equal(new ServerSection("db.internal", 6432, "shop", "reader", "require"), config.Production);
        Assert.Equal("shop_dev", config.Development.Database);
        Assert.Equal(["public", "sales"], config.Schemas);
        Assert.Equal("db/schema.sql", config.SchemaFile);
        Assert.Equal(5000, config.FetchSize);
        Assert.Equal(4, config.Parallel);
    }

    [Fact]
    public void An_empty_file_means_defaults()
    {
        var config = ConfigLoader.Parse("");
        Assert.Equal(SamplingRule.DefaultRule, config.Default);
        Assert.Empty(config.Tables);
        Assert.Equal(1, config.Parallel);   // one connection, one snapshot of production
    }

    [Theory]
    [InlineData("tables:\n  public.a: { percent: 10\n", "malformed YAML")]
    [InlineData("tabels:\n  public.a: all\n", "unknown key 'tabels'")]
    [InlineData("tables:\n  public.a: some\n", "'some' is not a rule")]
    [InlineData("tables:\n  public.a: { percent: 0 }\n", "greater than 0")]
    [InlineData("tables:\n  public.a: { percent: 150 }\n", "at most 100")]
    [InlineData("tables:\n  public.a: { percent: 5, limit: 3 }\n", "cannot be combined")]
    [InlineData("tables:\n  public.a: { limit: -1 }\n", "whole number")]
    [InlineData("tables:\n  public.a: { where: \"1=1; drop table x\" }\n", "';'")]
    [InlineData("tables:\n  public.a: all\n  a: none\n", "listed twice")]
    [InlineData("production: { password: hunter2 }\n", "passwords do not belong")]
    [InlineData("production: { sslmode: maybe }\n", "not an sslmode")]
    [InlineData("production: { port: 99999 }\n", "whole number from 1 to 65535")]
    [InlineData("- just\n- a list\n", "expected a mapping")]
    [InlineData("parallel: 0\n", "whole number from 1 to 16")]
    [InlineData("parallel: many\n", "whole number from 1 to 16")]
    public void Reports_each_mistake_in_one_line_with_its_place(string yaml, string expected)
    {
        var e = Assert.Throws<DevDbException>(() => ConfigLoader.Parse(yaml, "/x/devdb.yml"));
        Assert.Contains(expected, e.Message);
        Assert.StartsWith("devdb.yml:", e.Message);
        Assert.DoesNotContain('\n', e.Message);
        Assert.DoesNotContain("hunter2", e.Message);
        Assert.Equal(ExitCodes.BadInput, e.ExitCode);
    }

    [Fact]
    public void Names_the_line_of_the_mistake()
    {
        var e = Assert.Throws<DevDbException>(() => ConfigLoader.Parse("seed: 1\ntables:\n  public.a: all\n  public.b: sometimes\n"));
        Assert.StartsWith("devdb.yml:4:", e.Message);
    }

    [Fact]
    public void A_missing_default_file_is_fine_but_a_named_one_is_not()
    {
        Assert.Same(DevDbConfig.Empty, ConfigLoader.LoadFile("/nonexistent/devdb.yml", required: false));
        var e = Assert.Throws<DevDbException>(() => ConfigLoader.LoadFile("/nonexistent/devdb.yml", required: true));
        Assert.Contains("config file not found", e.Message);
    }
}

public class ArgumentNamesTests
{
    [Fact]
    public void Known_arguments_pass()
    {
        ArgumentNames.Check(["target", "prod-host", "dev-db", "config", "force", "dump", "filter"]);
    }

    [Fact]
    public void A_typo_is_refused_with_a_suggestion()
    {
        var e = Assert.Throws<DevDbException>(() => ArgumentNames.Check(["target", "prod-hots"]));
        Assert.StartsWith("unknown argument --prod-hots; did you mean --prod-host?", e.Message);
        Assert.Equal(ExitCodes.BadInput, e.ExitCode);
        Assert.DoesNotContain("did you mean", Assert.Throws<DevDbException>(() => ArgumentNames.Check(["completely-different"])).Message);
    }
}

public class RelationConfigTests
{
    [Fact]
    public void Reads_the_relations_of_the_issue_example_and_a_budget()
    {
        var config = ConfigLoader.Parse("""
            max_rows: { default: 100000, public.page_view: 500 }
            relations:
              - { from: public.order_line(order_id), to: public.orders(id), include: children, max_per_parent: 50 }
              - { from: public.users(referred_by), to: public.users(id), nullify: true }
              - { from: public.comment(subject_id), to: public.post(id), virtual: true }
              - { from: '"Odd Schema"."Line, Item"("Order Id", b)', to: 'x.y(a, "B")' }
            """);
        Assert.Equal(4, config.Relations.Count);
        var children = config.Relations[0];
        Assert.Equal(new ColumnsRef(TableName.Parse("public.order_line"), ["order_id"]), children.From);
        Assert.True(children.IncludeChildren);
        Assert.Equal(50, children.MaxPerParent);
        Assert.True(config.Relations[1].Nullify);
        Assert.True(config.Relations[2].Virtual);
        Assert.Equal(new ColumnsRef(new TableName("Odd Schema", "Line, Item"), ["Order Id", "b"]), config.Relations[3].From);
        Assert.Equal(["a", "B"], config.Relations[3].To.Columns);
        Assert.Equal(500, config.BudgetFor(TableName.Parse("public.page_view")));
        Assert.Equal(100000, config.BudgetFor(TableName.Parse("public.orders")));
        Assert.Equal(7, ConfigLoader.Parse("max_rows: 7").BudgetFor(TableName.Parse("a")));
        Assert.Null(ConfigLoader.Parse("").BudgetFor(TableName.Parse("a")));
    }

    [Theory]
    [InlineData("relations:\n  - { from: a(x), to: \"b(y, z)\" }\n", "same number of columns")]
    [InlineData("relations:\n  - { from: a(x), to: b(y, z) }\n", "needs quotes inside { }")]
    [InlineData("relations:\n  - { from: a, to: b(y) }\n", "must name a table and its columns")]
    [InlineData("relations:\n  - { to: b(y) }\n", "needs 'from:")]
    [InlineData("relations:\n  - { from: a(x), to: b(y), include: siblings }\n", "'siblings' is not known")]
    [InlineData("relations:\n  - { from: a(x), to: b(y), max_per_parent: 3 }\n", "only applies with include: children")]
    [InlineData("relations:\n  - { from: a(x), to: b(y), include: children, nullify: true }\n", "cannot both")]
    [InlineData("relations:\n  - { from: a(x), to: b(y), nullify: yes please }\n", "must be true or false")]
    [InlineData("relations:\n  - { from: a(x), to: b(y) }\n  - { from: a(x), to: b(y) }\n", "listed twice")]
    [InlineData("relations:\n  - { from: a(x), to: b(y), colour: red }\n", "unknown key 'colour'")]
    [InlineData("max_rows: lots\n", "whole number")]
    public void Relation_mistakes_are_one_line_errors(string yaml, string expected)
    {
        var e = Assert.Throws<DevDbException>(() => ConfigLoader.Parse(yaml));
        Assert.Contains(expected, e.Message);
        Assert.StartsWith("devdb.yml:", e.Message);
    }
}

public class MaskConfigTests
{
    [Fact]
    public void Reads_the_masking_rules_of_the_issue_example()
    {
        var config = ConfigLoader.Parse("""
            mask:
              public.customer.email: email
              public.customer.first_name: first_name
              public.customer.phone: { partial: { keep_last: 2 } }
              public.staff.password: { value: "masked" }
              public.customer.birth_date: { date_shift: 30 }
              public.customer.note: { sql: "'note ' || id" }
              public."Odd Table"."E-Mail": email
            keep:
              - public.customer.create_date
            """);
        Assert.Equal(new MaskRule(MaskKind.Email), config.Mask[ColumnName.Parse("public.customer.email")]);
        Assert.Equal(new MaskRule(MaskKind.Partial, KeepLast: 2), config.Mask[ColumnName.Parse("public.customer.phone")]);
        Assert.Equal(new MaskRule(MaskKind.Value, Constant: "masked"), config.Mask[ColumnName.Parse("public.staff.password")]);
        Assert.Equal(new MaskRule(MaskKind.DateShift, Days: 30), config.Mask[ColumnName.Parse("public.customer.birth_date")]);
        Assert.Equal("'note ' || id", config.Mask[ColumnName.Parse("public.customer.note")].Expression);
        Assert.True(config.Mask.ContainsKey(new ColumnName(new TableName("public", "Odd Table"), "E-Mail")));
        Assert.Contains(ColumnName.Parse("public.customer.create_date"), config.Keep);
        Assert.True(config.Mask[ColumnName.Parse("public.customer.email")].NeedsKey);
        Assert.False(config.Mask[ColumnName.Parse("public.staff.password")].NeedsKey);
    }

    [Theory]
    [InlineData("mask:\n  public.customer.email: scramble\n", "'scramble' is not a masker")]
    [InlineData("mask:\n  customer.email: email\n", "write schema.table.column")]
    [InlineData("mask:\n  public.c.e: { date_shift: 0 }\n", "whole number from 1")]
    [InlineData("mask:\n  public.c.e: { sql: \"1; drop table x\" }\n", "';'")]
    [InlineData("mask:\n  public.c.e: { partial: { keep_middle: 1 } }\n", "unknown key 'keep_middle'")]
    [InlineData("keep: public.c.e\n", "expected a list")]
    [InlineData("mask:\n  public.c.e: { jitter: lots }\n", "'lots' is not an amount")]
    [InlineData("mask:\n  public.c.e: { jitter: 0 }\n", "'0' is not an amount")]
    [InlineData("mask:\n  public.c.e: { each: { each: email } }\n", "each element takes a masker of one value")]
    [InlineData("mask:\n  public.c.e: { json: {} }\n", "list at least one path")]
    [InlineData("mask:\n  public.c.e: { json: { \"$.a[\": email } }\n", "a [ is not closed")]
    [InlineData("mask:\n  public.c.e: { json: { \"$.a\": { value: x } } }\n", "a JSON path takes a masker by name")]
    public void Mask_mistakes_are_one_line_errors(string yaml, string expected)
    {
        var e = Assert.Throws<DevDbException>(() => ConfigLoader.Parse(yaml));
        Assert.Contains(expected, e.Message);
    }

    [Fact]
    public void Reads_the_maskers_for_arrays_JSON_numbers_and_formats()
    {
        var config = ConfigLoader.Parse("""
            mask:
              public.m.handle: username
              public.m.phone: digits
              public.m.notes: lorem
              public.m.lat: { jitter: 0.05 }
              public.m.cc: { each: email }
              public.m.ips: { each: ip }
              public.m.payload: json
              public.m.profile: { json: { "$.contact.email": email, "$.items[*].name": full_name, "$['odd key'][0]": null } }
            """);
        MaskRule Rule(string column) => config.Mask[ColumnName.Parse("public.m." + column)];
        Assert.Equal(MaskKind.Username, Rule("handle").Kind);
        Assert.Equal(MaskKind.Digits, Rule("phone").Kind);
        Assert.Equal(MaskKind.Lorem, Rule("notes").Kind);
        Assert.Equal(0.05m, Rule("lat").Amount);
        Assert.Equal(new MaskRule(MaskKind.Email), Rule("cc").Element);
        Assert.Equal("each ip", Rule("ips").ToString());
        Assert.Equal(new MaskRule(MaskKind.Json), Rule("payload"));
        var paths = Rule("profile").Paths!;
        Assert.Equal(["$.contact.email", "$.items[*].name", "$['odd key'][0]"], paths.Select(p => p.Path));
        Assert.Equal([new JsonPathStep(Key: "items"), new JsonPathStep(), new JsonPathStep(Key: "name")], paths[1].Steps);
        Assert.Equal([new JsonPathStep(Key: "odd key"), new JsonPathStep(Index: 0)], paths[2].Steps);
        Assert.Equal(MaskKind.Null, paths[2].Rule.Kind);
        Assert.Equal("""[{"steps":[{"key":"contact"},{"key":"email"}],"mask":"email"},{"steps":[{"key":"items"},{"any":true},{"key":"name"}],"mask":"full_name"},{"steps":[{"key":"odd key"},{"index":0}],"mask":"null"}]""",
            Rule("profile").PathsJson());
        Assert.True(Rule("cc").NeedsKey);
        Assert.False(new MaskRule(MaskKind.Each, Element: new MaskRule(MaskKind.Null)).NeedsKey);
    }
}
